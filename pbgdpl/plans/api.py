"""JSON API for plans: the same policies as the staff pages."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from pbgdpl.core import policy
from pbgdpl.core.views import today

from . import exports, selectors
from .models import Plan

router = Router(tags=["plans"])


class Counts(Schema):
    done: int
    not_done: int
    waiting: int
    overdue: int
    in_progress: int
    not_started: int
    total: int


class PlanOut(Schema):
    id: int
    number: str
    title: str
    unit_id: int
    unit: str
    year: int
    date: dt.date | None
    programme: str
    status: str
    parent_id: int | None
    counts: Counts


class UnitRef(Schema):
    id: int
    name: str


class TaskOut(Schema):
    id: int
    code: str
    parent_code: str | None
    title: str
    content: str
    lead_units: list[UnitRef]
    coordinating_units: list[UnitRef]
    lead_text: str
    coordinating_text: str
    timeframe: str
    due_date: dt.date | None
    trigger: str
    triggered_on: dt.date | None
    trigger_days: int | None
    deliverables: list[str]
    standing: bool
    state: str
    bucket: str
    percent: int
    parent_plan_task_id: int | None


class PlanDetailOut(PlanOut):
    tasks: list[TaskOut]


def _plan_out(plan: Plan, counts: selectors.Counts) -> dict[str, object]:
    return {
        "id": plan.pk, "number": plan.number_symbol, "title": plan.title, "unit_id": plan.unit_id,
        "unit": plan.unit.name, "year": plan.year, "date": plan.date, "programme": plan.programme,
        "status": plan.status, "parent_id": plan.parent_id, "counts": counts.as_dict(),
    }


@router.get("/plans", response=list[PlanOut], summary="Danh sách kế hoạch trong phạm vi")
def list_plans(request: HttpRequest, year: int | None = None, programme: str = "", status: str = "") -> list[dict[str, object]]:
    policy.require(request.user, "view", Plan)
    plans = list(selectors.plan_list(request.user, year=year, programme=programme, status=status)
                 .order_by("-year", "unit__path", "number", "id")[:1000])
    counts = selectors.counts_by_plan([p.pk for p in plans], today())
    return [_plan_out(p, counts.get(p.pk, selectors.Counts())) for p in plans]


@router.get("/plans/{plan_id}", response=PlanDetailOut, summary="Một kế hoạch với các nhiệm vụ")
def get_plan(request: HttpRequest, plan_id: int) -> dict[str, object]:
    plan = get_object_or_404(Plan.objects.select_related("unit"), pk=plan_id)
    policy.require(request.user, "view", plan)
    now = today()
    tasks = selectors.plan_tasks(plan)
    data = _plan_out(plan, selectors.counts_for(plan.tasks.all(), now))
    data["tasks"] = [{
        "id": t.pk, "code": t.code, "parent_code": t.parent.code if t.parent else None, "title": t.title,
        "content": t.content,
        "lead_units": [{"id": u.pk, "name": u.name} for u in t.lead_units.all()],
        "coordinating_units": [{"id": u.pk, "name": u.name} for u in t.coordinating_units.all()],
        "lead_text": t.lead_text, "coordinating_text": t.coordinating_text, "timeframe": t.timeframe,
        "due_date": t.due_date, "trigger": t.trigger_text, "triggered_on": t.triggered_on,
        "trigger_days": t.trigger_days, "deliverables": list(t.deliverables), "standing": t.standing,
        "state": t.state, "bucket": selectors.bucket_of(t, now), "percent": t.percent,
        "parent_plan_task_id": t.parent_plan_task_id,
    } for t in tasks]
    return data


@router.get("/plans/{plan_id}/export.docx", summary="Kế hoạch dạng DOCX (thể thức NĐ 30/2020)")
def export_docx(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = get_object_or_404(Plan.objects.select_related("unit__parent"), pk=plan_id)
    policy.require(request.user, "view", plan)
    response = HttpResponse(exports.plan_docx(plan),
                            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    response["Content-Disposition"] = f'attachment; filename="plan-{plan.pk}.docx"'
    return response


@router.get("/plans/{plan_id}/tasks.xlsx", summary="Nhiệm vụ của kế hoạch dạng XLSX")
def export_xlsx(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = get_object_or_404(Plan, pk=plan_id)
    policy.require(request.user, "view", plan)
    response = HttpResponse(exports.tasks_xlsx(plan),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="plan-{plan.pk}-tasks.xlsx"'
    return response
