"""Reminders for tasks due soon and overdue, meant to run daily from cron (``pbgdpl send_reminders``).

The focal points of the lead units and of the coordinating units are reminded (the latter with their
own text, "Đơn vị phối hợp"). Each (task, unit, kind, window) is recorded in :class:`SentReminder`, so
running twice sends nothing twice: the window is the due date for "due soon" and the week's Monday for
"overdue" (one a week). A person answering for several units of one task gets one reminder per run.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Case, Q, When
from django.urls import reverse
from django.utils.translation import gettext as _

from pbgdpl.core import audit

from .models import (
    DONE_STATES,
    Assignment,
    AssignmentRole,
    Plan,
    PlanSnapshot,
    PlanStatus,
    ReminderKind,
    SentReminder,
    TaskState,
)
from .notifications import focal_points, notify
from .selectors import counts_by_plan


@dataclass
class Result:
    due_soon: int = 0
    overdue: int = 0
    coordinating: int = 0  # reminders to coordinating units (due soon and overdue); the two above count lead units
    notifications: int = 0
    skipped: int = 0
    snapshots: int = 0


def _pending(today: dt.date) -> list[Assignment]:
    """Open assignments of open tasks, lead units first (a coordinating unit is not reminded of a task
    its lead units have finished)."""
    return list(
        Assignment.objects.filter(
            task__plan__status=PlanStatus.ISSUED, task__plan__archived_at__isnull=True,
            task__standing=False, task__due_date__isnull=False, task__children__isnull=True,
        ).filter(Q(task__trigger_text="") | Q(task__triggered_on__isnull=False))
        .exclude(state__in=[*DONE_STATES, TaskState.NOT_DONE])
        .exclude(task__state__in=[*DONE_STATES, TaskState.NOT_DONE])
        .select_related("unit", "task__plan")
        .order_by(Case(When(role=AssignmentRole.LEAD, then=0), default=1), "task_id", "unit__sort_order", "id")
    )


def _texts(assignment: Assignment, kind: str) -> tuple[str, str]:
    task = assignment.task
    assert task.due_date is not None
    names = {"task": task.title[:120], "due": task.due_date.strftime("%d/%m/%Y")}
    plan = task.plan.number_symbol or task.plan.title[:80]
    if assignment.role == AssignmentRole.COORDINATING:
        if kind == ReminderKind.OVERDUE:
            title = _("Đơn vị phối hợp — quá hạn: %(task)s (hạn %(due)s)") % names
        else:
            title = _("Đơn vị phối hợp — sắp đến hạn: %(task)s (hạn %(due)s)") % names
        body = _("Kế hoạch %(plan)s — đơn vị %(unit)s là đơn vị phối hợp; tiến độ chung %(pct)s%%.") % {
            "plan": plan, "unit": assignment.unit.name, "pct": task.percent}
        return title, body
    if kind == ReminderKind.OVERDUE:
        title = _("Quá hạn: %(task)s (hạn %(due)s)") % names
    else:
        title = _("Sắp đến hạn: %(task)s (hạn %(due)s)") % names
    body = _("Kế hoạch %(plan)s — đơn vị %(unit)s, tiến độ %(pct)s%%.") % {
        "plan": plan, "unit": assignment.unit.name, "pct": assignment.percent}
    return title, body


def send_reminders(*, today: dt.date, days_ahead: int = 7, email: bool = True) -> Result:
    result = Result()
    monday = today - dt.timedelta(days=today.weekday())
    reminded: set[tuple[int, int]] = set()  # (task, user) already reminded in this run
    for assignment in _pending(today):
        task = assignment.task
        assert task.due_date is not None
        if task.due_date < today:
            kind, window = ReminderKind.OVERDUE, monday
        elif task.due_date <= today + dt.timedelta(days=days_ahead):
            kind, window = ReminderKind.DUE_SOON, task.due_date
        else:
            continue
        with transaction.atomic():
            try:
                with transaction.atomic():
                    SentReminder.objects.create(task=task, unit=assignment.unit, kind=kind, window=window)
            except IntegrityError:
                result.skipped += 1
                continue
            coordinating = assignment.role == AssignmentRole.COORDINATING
            if coordinating:
                result.coordinating += 1
            elif kind == ReminderKind.OVERDUE:
                result.overdue += 1
            else:
                result.due_soon += 1
            title, body = _texts(assignment, kind)
            url = reverse("plans:task", args=[task.pk])
            for user in focal_points(assignment.unit):
                if (task.pk, user.pk) in reminded:
                    continue
                reminded.add((task.pk, user.pk))
                notify(user=user, title=title, body=body, url=url, email=email,
                       kind=f"reminder.coordinating.{kind}" if coordinating else f"reminder.{kind}")
                result.notifications += 1
            audit.record(actor=None, action=f"task.reminder.{kind}", target=task,
                         data={"unit": assignment.unit_id, "window": window, "role": assignment.role},
                         unit_path=assignment.unit.path)
    result.snapshots = take_snapshots(today=today)
    return result


def take_snapshots(*, today: dt.date) -> int:
    """Today's counts of each issued plan, for progress over time (one row per plan and day)."""
    plans = Plan.objects.filter(status=PlanStatus.ISSUED, archived_at__isnull=True)
    counts = counts_by_plan(plans, today)
    made = 0
    for plan_id, c in counts.items():
        PlanSnapshot.objects.update_or_create(plan_id=plan_id, on=today, defaults={
            "done": c.done, "in_progress": c.in_progress, "overdue": c.overdue, "waiting": c.waiting,
            "total": c.total, "percent": c.percent_done})
        made += 1
    return made
