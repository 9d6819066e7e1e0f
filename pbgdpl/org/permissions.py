from typing import Any

from django.db import models

from pbgdpl.accounts.scope import scope_of
from pbgdpl.core.policy import Policy, register


@register
class UnitPolicy(Policy):
    """Every staff member sees the unit tree (it is public administrative structure); admins change it."""

    resource = "org.unit"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        if action == "view":
            return True
        return scope_of(user).is_admin

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset


@register
class GroupPolicy(UnitPolicy):
    resource = "org.genericgroup"
