"""Who may see and do what with self-assessments.

- the unit's focal points and leaders score, submit and publish;
- leaders and reviewers whose subtree holds the unit's parent (the level above) return and approve;
- criteria sets: admins change, everyone with a role reads.
Published and approved commune scores are public (see the public page); that needs no permission.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from pbgdpl.accounts.roles import Role
from pbgdpl.accounts.scope import scope_of
from pbgdpl.core.policy import Policy, register

AUTHORS = (Role.FOCAL, Role.LEADER)
REVIEWERS = (Role.LEADER, Role.REVIEWER)


@register
class AssessmentPolicy(Policy):
    resource = "assessment.assessment"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if obj is None:
            if action == "view":
                return scope.is_admin or bool(scope.assignments)
            if action == "approve":
                return scope.is_admin or bool(scope.paths(*REVIEWERS))
            return scope.is_admin or bool(scope.paths(*AUTHORS))
        unit = obj.unit
        if action == "view":
            return scope.covers(unit) or (unit.parent is not None and scope.covers(unit.parent, *REVIEWERS))
        if action in ("change", "submit"):
            return scope.covers(unit, *AUTHORS)
        if action == "approve":
            if unit.parent is None:
                return scope.is_admin
            return scope.covers(unit.parent, *REVIEWERS)
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(scope_of(user).unit_q("unit"))


@register
class CriteriaSetPolicy(Policy):
    resource = "assessment.criteriaset"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        return (scope.is_admin or bool(scope.assignments)) if action == "view" else scope.is_admin
