"""Who may see and change plans and tasks.

- a unit's people see the plans of their subtree and the plans that assign tasks to a unit in it;
  the reviewer above (and the province) sees everything below, hence the roll-up;
- focal points and leaders create and edit their unit's plans; leaders issue, close and approve;
- only the people of an assigned unit report on its part of a task.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from pbgdpl.accounts.roles import Role
from pbgdpl.accounts.scope import scope_of
from pbgdpl.core.policy import Policy, register

from .models import Assignment, Plan, PlanStatus, Task

EDITORS = (Role.LEADER, Role.FOCAL)
LEADERS = (Role.LEADER,)
REPORTERS = (Role.LEADER, Role.FOCAL, Role.STAFF)


def _assigned_plan_ids(user: Any) -> models.QuerySet[Any]:
    return Assignment.objects.filter(scope_of(user).unit_q("unit")).values("task__plan_id")


def plan_visible_q(user: Any) -> models.Q:
    scope = scope_of(user)
    if scope.is_admin:
        return models.Q()
    return scope.unit_q("unit") | models.Q(pk__in=_assigned_plan_ids(user))


def can_view_plan(user: Any, plan: Plan) -> bool:
    scope = scope_of(user)
    if scope.covers(plan.unit):
        return True
    return Assignment.objects.filter(models.Q(task__plan=plan) & scope.unit_q("unit")).exists()


@register
class PlanPolicy(Policy):
    resource = "plans.plan"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if obj is None:
            if action == "view":
                return scope.is_admin or bool(scope.assignments)
            if action in ("add", "change"):
                return scope.is_admin or bool(scope.paths(*EDITORS))
            return scope.is_admin
        plan: Plan = obj
        if action == "view":
            return can_view_plan(user, plan)
        if action in ("add", "change", "delete", "archive", "derive"):
            if action == "change" and plan.status == PlanStatus.CLOSED:
                return False
            if action == "derive":
                return can_view_plan(user, plan) and bool(scope.paths(*EDITORS))
            return scope.covers(plan.unit, *EDITORS)
        if action == "issue":
            return scope.covers(plan.unit, *EDITORS)
        if action in ("close", "approve"):
            return scope.covers(plan.unit, *LEADERS)
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(plan_visible_q(user))


@register
class TaskPolicy(Policy):
    resource = "plans.task"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if obj is None:
            if action == "view":
                return scope.is_admin or bool(scope.assignments)
            return scope.is_admin or bool(scope.paths(*EDITORS))
        task: Task = obj
        if action == "view":
            return can_view_plan(user, task.plan)
        if action in ("add", "change", "delete"):
            return task.plan.status != PlanStatus.CLOSED and scope.covers(task.plan.unit, *EDITORS)
        if action == "approve":
            return scope.covers(task.plan.unit, *LEADERS)
        if action == "report":
            return any(scope.covers(a.unit, *REPORTERS) for a in task.assignments.select_related("unit"))
        if action == "fire":
            return scope.covers(task.plan.unit, *EDITORS) or any(
                scope.covers(a.unit, *EDITORS) for a in task.assignments.select_related("unit")
            )
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        scope = scope_of(user)
        if scope.is_admin:
            return queryset
        return queryset.filter(models.Q(plan__in=Plan.objects.filter(plan_visible_q(user)).values("pk")))


def can_report_for(user: Any, assignment: Assignment) -> bool:
    """The people of the assigned unit (its subtree's leaders, focal points and staff)."""
    return scope_of(user).covers(assignment.unit, *REPORTERS)


@register
class NotificationPolicy(Policy):
    resource = "plans.notification"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        return obj is None or obj.user_id == user.pk

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(user=user)


@register
class EvidencePolicy(Policy):
    resource = "plans.evidence"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        if obj is None:
            return False
        if action == "view":
            return can_view_plan(user, obj.report.task.plan)
        return False
