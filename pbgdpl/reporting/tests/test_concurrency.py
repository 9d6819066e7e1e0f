"""Two people acting on the same report at the same moment: one wins, the other gets a clear refusal."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import OperationalError, close_old_connections, connection

from pbgdpl.reporting import services
from pbgdpl.reporting.models import Submission, SubmissionEvent

from .factories import schedule

pytestmark = pytest.mark.django_db(transaction=True)


def _race(work: Callable[[], Any], runners: int = 2) -> list[Any]:
    barrier = threading.Barrier(runners)
    outcomes: list[Any] = []

    def run() -> None:
        try:
            barrier.wait(timeout=10)
            outcomes.append(work())
        except (ValidationError, OperationalError) as error:
            outcomes.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(runners)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return outcomes


def _skip_on_shared_memory_sqlite() -> None:
    if connection.vendor == "sqlite" and connection.is_in_memory_db():  # type: ignore[attr-defined]
        pytest.skip("threads need a real database file or PostgreSQL (the suite's SQLite test DB is in memory)")


def test_two_focal_points_submitting_at_once_submit_once(world):
    _skip_on_shared_memory_sqlite()
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=schedule("semiannual", "2025-H1"))
    outcomes = _race(lambda: services.submission_transition(
        by=world.focal, submission=Submission.objects.get(pk=sub.pk), action="submit"))
    wins = [o for o in outcomes if isinstance(o, Submission)]
    refusals = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(wins) == 1 and len(refusals) == 1
    assert "Đã gửi" in refusals[0].messages[0]
    assert SubmissionEvent.objects.filter(submission=sub, action="submit").count() == 1


def test_two_people_opening_the_same_report_at_once_make_one(world):
    _skip_on_shared_memory_sqlite()
    h1 = schedule("semiannual", "2025-H1")
    outcomes = _race(lambda: services.submission_create(by=world.focal, unit=world.science, schedule=h1))
    assert sum(isinstance(o, Submission) for o in outcomes) == 1
    assert sum(isinstance(o, ValidationError) for o in outcomes) == 1
    assert Submission.objects.filter(unit=world.science, schedule=h1).count() == 1
