from typing import Any

from django.db import models

from pbgdpl.core.policy import Policy, register

from .scope import scope_of


@register
class UserPolicy(Policy):
    """Staff see people of their subtrees; admins manage accounts and roles."""

    resource = "accounts.user"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if scope.is_admin:
            return True
        if action == "view":
            return obj is None or obj.pk == user.pk or scope.covers(obj.unit)
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        scope = scope_of(user)
        if scope.is_admin:
            return queryset
        return queryset.filter(scope.unit_q("unit") | models.Q(pk=user.pk))


@register
class AuditPolicy(Policy):
    """Admins browse the whole trail; leaders the records of their subtree. Nobody edits it."""

    resource = "core.auditrecord"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        if action != "view":
            return False
        scope = scope_of(user)
        if scope.is_admin:
            return True
        return bool(scope.paths("leader")) and (obj is None or any(obj.unit_path.startswith(p) for p in scope.paths("leader")))

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        scope = scope_of(user)
        if scope.is_admin:
            return queryset
        paths = scope.paths("leader")
        if not paths:
            return queryset.none()
        query = models.Q()
        for path in paths:
            query |= models.Q(unit_path__startswith=path)
        return queryset.filter(query)


@register
class HolidayPolicy(Policy):
    resource = "core.holiday"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        return action == "view" or scope_of(user).is_admin
