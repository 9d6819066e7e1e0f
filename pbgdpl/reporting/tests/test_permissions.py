"""Who may do what with reports: asked through the policy, as views, templates and the API do."""

from __future__ import annotations

import pytest

from pbgdpl.core import policy
from pbgdpl.reporting.models import Activity, Submission

from .factories import schedule


def _sub(unit):
    return Submission(unit=unit, schedule=schedule("semiannual", "2025-H1"))


@pytest.mark.parametrize(("who", "unit", "action", "allowed"), [
    ("focal", "science", "submit", True),
    ("focal", "science_office", "submit", True),       # the focal point's scope is the whole department
    ("leader", "science", "submit", True),
    ("staff", "science_office", "submit", False),      # staff record activities, focal points report
    ("outsider", "science", "submit", False),
    ("commune_focal", "commune", "submit", True),
    ("commune_focal", "commune2", "submit", False),
    ("reviewer", "science", "submit", False),
    ("reviewer", "science", "approve", True),          # the level above (province subtree)
    ("leader", "science_office", "approve", True),     # the department's leader decides on its units
    ("leader", "science", "approve", False),           # ... but not on the department's own report
    ("focal", "science_office", "approve", False),
    ("reviewer", "commune", "return", True),
    ("reviewer", "province", "approve", False),        # nobody above the province but the admin
    ("admin", "province", "approve", True),
    ("outsider", "science", "view", False),
    ("reviewer", "science_office", "view", True),
])
def test_report_policy(world, who, unit, action, allowed):
    assert policy.can(getattr(world, who), action, _sub(getattr(world, unit))) is allowed


@pytest.mark.parametrize(("who", "unit", "allowed"), [
    ("staff", "science_office", True), ("staff", "science_inspect", False), ("focal", "science_inspect", True),
    ("reviewer", "science_office", False), ("outsider", "science_office", False), ("admin", "commune", True),
])
def test_activity_policy(world, who, unit, allowed):
    assert policy.can(getattr(world, who), "add", Activity(unit=getattr(world, unit))) is allowed


def test_lists_show_only_the_subtree(world):
    from pbgdpl.reporting import services

    h1 = schedule("semiannual", "2025-H1")
    services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    services.submission_create(by=world.outsider, unit=world.culture, schedule=h1)
    assert [s.unit for s in policy.visible(world.focal, Submission.objects.all())] == [world.science]
    assert policy.visible(world.reviewer, Submission.objects.all()).count() == 2
