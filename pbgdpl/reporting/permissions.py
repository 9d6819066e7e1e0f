"""Who may see and do what with activities and reports: one policy per resource, asked everywhere.

- Activities: anyone holding a role over the unit's subtree sees them; staff, focal points and leaders of
  the subtree record and change them.
- Submissions: focal points and leaders of the unit's subtree fill and submit; leaders and reviewers whose
  subtree holds the unit's *parent* (the level above) return, approve and reopen.
- Configuration (forms, audiences, report types, schedules, indicator sets): admins change, staff read.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from pbgdpl.accounts.policies import UnitOwnedPolicy
from pbgdpl.accounts.roles import Role
from pbgdpl.accounts.scope import scope_of
from pbgdpl.core.policy import Policy, register

WRITERS = (Role.STAFF, Role.FOCAL, Role.LEADER)
REPORTERS = (Role.FOCAL, Role.LEADER)
REVIEWERS = (Role.LEADER, Role.REVIEWER)


@register
class ActivityPolicy(UnitOwnedPolicy):
    resource = "reporting.activity"
    writers = WRITERS


@register
class EvidencePolicy(Policy):
    """Evidence follows its activity."""

    resource = "reporting.evidence"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        return ActivityPolicy().can(user, action, obj.activity if obj is not None else None)

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(scope_of(user).unit_q("activity__unit"))


@register
class SubmissionPolicy(Policy):
    resource = "reporting.submission"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if obj is None:
            if action == "view":
                return scope.is_admin or bool(scope.assignments)
            if action in ("review", "approve", "return", "reopen"):
                return scope.is_admin or bool(scope.paths(*REVIEWERS))
            return scope.is_admin or bool(scope.paths(*REPORTERS))
        unit = obj.unit
        if action == "view":
            return scope.covers(unit)
        if action in ("change", "submit", "refresh", "create"):
            return scope.covers(unit, *REPORTERS)
        if action in ("review", "approve", "return", "reopen"):
            parent = unit.parent
            if parent is None:
                return scope.is_admin
            return scope.covers(parent, *REVIEWERS)
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(scope_of(user).unit_q("unit"))


class _ConfigPolicy(Policy):
    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if action == "view":
            return scope.is_admin or bool(scope.assignments)
        return scope.is_admin

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset


for _name in ("form", "audiencegroup", "budgetitem", "reporttype", "schedule", "indicatorset", "indicator"):
    register(type(f"{_name.title()}Policy", (_ConfigPolicy,), {"resource": f"reporting.{_name}"}))
