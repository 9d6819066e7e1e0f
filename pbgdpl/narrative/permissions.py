"""Who may see and write the register and the report documents.

- Register entries: anyone holding a role over the issuing unit's subtree sees them; its staff, focal points and
  leaders record, correct and delete them.
- Report documents: anyone holding a role over the unit (the reviewer above included) sees and exports them;
  its focal points and leaders edit them.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from pbgdpl.accounts.policies import UnitOwnedPolicy
from pbgdpl.accounts.roles import Role
from pbgdpl.accounts.scope import scope_of
from pbgdpl.core.policy import Policy, register

WRITERS = (Role.STAFF, Role.FOCAL, Role.LEADER)
AUTHORS = (Role.FOCAL, Role.LEADER)


@register
class OutgoingDocumentPolicy(UnitOwnedPolicy):
    resource = "narrative.outgoingdocument"
    writers = WRITERS


@register
class ReportDocumentPolicy(Policy):
    resource = "narrative.reportdocument"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if scope.is_admin:
            return True
        if obj is None:
            return bool(scope.assignments) if action == "view" else bool(scope.paths(*AUTHORS))
        if action in ("view", "export"):
            return scope.covers(obj.unit)
        if action == "change":
            return scope.covers(obj.unit, *AUTHORS)
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(scope_of(user).unit_q("unit"))
