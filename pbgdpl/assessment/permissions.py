"""Who may see and do what with self-assessments.

- the unit's focal points and leaders score, submit and publish;
- leaders and reviewers whose subtree holds the unit's parent (the level above) return and approve;
- criteria sets: admins change, everyone with a role reads;
- evidence files: the unit's staff, focal points and leaders attach and delete them ("attach"); whoever may view
  the assessment (its unit's people, the level above) downloads them.
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
ATTACHERS = (Role.STAFF, Role.FOCAL, Role.LEADER)


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
        if action == "attach":
            return scope.covers(unit, *ATTACHERS)
        if action == "approve":
            if unit.parent is None:
                return scope.is_admin
            return scope.covers(unit.parent, *REVIEWERS)
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(scope_of(user).unit_q("unit"))


@register
class EvidenceFilePolicy(Policy):
    """An evidence file follows its assessment: "view" (download) as the assessment's "view", "delete" as its
    "attach"."""

    resource = "assessment.evidencefile"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        assessment = obj.value.assessment if obj is not None else None
        return AssessmentPolicy().can(user, "view" if action == "view" else "attach", assessment)

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(scope_of(user).unit_q("value__assessment__unit"))


@register
class CriteriaSetPolicy(Policy):
    resource = "assessment.criteriaset"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        return (scope.is_admin or bool(scope.assignments)) if action == "view" else scope.is_admin
