"""Helpers for the reporting tests: activities entered through the service, schedules by code."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pbgdpl.org.models import Unit

from ..models import AudienceGroup, Form, Schedule
from ..services import ActivityData, activity_create


def form(code: str) -> Form:
    return Form.objects.get(code=code)


def group(code: str) -> AudienceGroup:
    return AudienceGroup.objects.get(code=code)


def schedule(code: str, period: str) -> Schedule:
    return Schedule.objects.get(report_type__code=code, period=period)


def activity(by: Any, unit: Unit, day: dt.date, form_code: str = "hoi-nghi", *, sessions: int = 1,
             participants: int = 0, women: int = 0, copies: int = 0, audiences: dict[str, tuple[int, int]] | None = None,
             title: str = "Hội nghị phổ biến pháp luật", **extra: Any) -> Any:
    data = ActivityData(unit=unit, title=title, date_from=day, form=form(form_code), sessions=sessions,
                        participants=participants, women=women, copies=copies,
                        audiences={group(code): value for code, value in (audiences or {}).items()}, **extra)
    return activity_create(by=by, data=data)
