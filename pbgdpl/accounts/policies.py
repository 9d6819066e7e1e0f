"""A base for the common policy shape: objects belong to a unit, its subtree's people see them and the
writer roles of that subtree change them; admins do everything."""

from __future__ import annotations

from typing import Any, ClassVar

from django.db import models

from pbgdpl.core.policy import Policy

from .roles import Role
from .scope import scope_of


class UnitOwnedPolicy(Policy):
    writers: ClassVar[tuple[str, ...]] = (Role.STAFF, Role.FOCAL, Role.LEADER)
    unit_field: ClassVar[str] = "unit"

    def unit_of(self, obj: Any) -> Any:
        return getattr(obj, self.unit_field)

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if scope.is_admin:
            return True
        if obj is None:
            return bool(scope.assignments) if action == "view" else bool(scope.paths(*self.writers))
        if action == "view":
            return scope.covers(self.unit_of(obj))
        return scope.covers(self.unit_of(obj), *self.writers)

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(scope_of(user).unit_q(self.unit_field))
