"""JSON API of activities and reports; the same policies as the pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from pbgdpl.core import policy
from pbgdpl.org.models import Unit

from . import selectors
from .models import Activity, Schedule, Submission

router = Router(tags=["reporting"])


class AudienceOut(Schema):
    group: str
    participants: int
    women: int


class ActivityOut(Schema):
    id: int
    unit_id: int
    unit: str
    title: str
    date_from: dt.date
    date_to: dt.date | None
    form: str
    sessions: int
    participants: int
    women: int
    copies: int
    cost: Decimal
    laws: list[str]
    audiences: list[AudienceOut]


class ActivityPage(Schema):
    count: int
    items: list[ActivityOut]


@router.get("/activities", response=ActivityPage, summary="Hoạt động PBGDPL")
def list_activities(request: HttpRequest, unit: int | None = None, period: str | None = None,
                    form: str | None = None, limit: int = 100, offset: int = 0) -> dict[str, object]:
    """Activities visible to the caller; ``unit`` includes the units below it, ``period`` is 2025 or 2025-H1,
    ``form`` a form code."""
    policy.require(request.user, "view", Activity)
    unit_obj = get_object_or_404(Unit, pk=unit) if unit is not None else None
    try:
        items = selectors.activities(request.user, unit=unit_obj, period=period, form=form)
    except ValueError as error:
        raise HttpError(400, str(error)) from None
    limit = max(1, min(limit, 1000))
    page = list(items.prefetch_related("audiences__group")[offset:offset + limit])
    return {"count": items.count(), "items": [{
        "id": a.pk, "unit_id": a.unit_id, "unit": a.unit.name, "title": a.title, "date_from": a.date_from,
        "date_to": a.date_to, "form": a.form.code, "sessions": a.sessions, "participants": a.participants,
        "women": a.women, "copies": a.copies, "cost": a.cost, "laws": a.law_numbers,
        "audiences": [{"group": g.group.code, "participants": g.participants, "women": g.women}
                      for g in a.audiences.all()],
    } for a in page]}


class ValueOut(Schema):
    code: str
    label: str
    unit: str
    own: Decimal
    value: Decimal


class ChildOut(Schema):
    unit_id: int
    unit: str
    status: str | None
    values: dict[str, Decimal]


class ReportOut(Schema):
    type: str
    period: str
    unit_id: int
    unit: str
    status: str
    start: dt.date
    cutoff: dt.date
    due: dt.date
    submitted_at: dt.datetime | None
    indicators: list[ValueOut]
    children: list[ChildOut]


@router.get("/reports/{report_type}/{period}/{unit_id}", response=ReportOut, summary="Báo cáo của một đơn vị")
def report(request: HttpRequest, report_type: str, period: str, unit_id: int) -> dict[str, object]:
    """Indicator codes and values, status, and the figures of each unit directly below (approved ones count)."""
    schedule = get_object_or_404(Schedule.objects.select_related("report_type"), report_type__code=report_type,
                                 period=period)
    submission = get_object_or_404(Submission.objects.select_related("unit"), schedule=schedule, unit_id=unit_id)
    policy.require(request.user, "view", submission)
    view = selectors.report_view(submission)
    return {
        "type": report_type, "period": period, "unit_id": submission.unit_id, "unit": submission.unit.name,
        "status": submission.status, "start": schedule.start, "cutoff": schedule.cutoff,
        "due": schedule.due_for(submission.unit), "submitted_at": submission.submitted_at,
        "indicators": [{"code": r["indicator"].code, "label": r["indicator"].label,
                        "unit": r["indicator"].unit_label, "own": r["own"], "value": r["total"]} for r in view.rows],
        "children": [{"unit_id": child.unit_id, "unit": child.unit.name, "status": child.status,
                      "values": {r["indicator"].code: r["children"][i] for r in view.rows
                                 if r["children"][i] is not None}}
                     for i, child in enumerate(view.children)],
    }
