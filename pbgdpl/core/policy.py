"""One permission policy per resource, asked by views, templates and the API alike.

A policy subclasses :class:`Policy`, names the resource it answers for and registers itself::

    @register
    class PlanPolicy(Policy):
        resource = "plans.plan"
        def can(self, user, action, obj=None): ...
        def scope(self, user, queryset): ...

Use :func:`can`, :func:`require` and :func:`visible`; templates use ``{% can "change" obj as ok %}``.
"""

from __future__ import annotations

from typing import Any, ClassVar, TypeVar

from django.core.exceptions import PermissionDenied
from django.db import models

M = TypeVar("M", bound=models.Model)

_REGISTRY: dict[str, Policy] = {}


class Policy:
    resource: ClassVar[str]

    def can(self, user: Any, action: str, obj: Any = None) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def scope(self, user: Any, queryset: models.QuerySet[M]) -> models.QuerySet[M]:
        """The objects of ``queryset`` the user may view."""
        return queryset if self.can(user, "view") else queryset.none()


def register(policy_class: type[Policy]) -> type[Policy]:
    _REGISTRY[policy_class.resource] = policy_class()
    return policy_class


def resource_of(target: Any) -> str:
    if isinstance(target, str):
        return target
    if isinstance(target, models.Model) or (isinstance(target, type) and issubclass(target, models.Model)):
        return target._meta.label_lower
    if isinstance(target, models.QuerySet):
        return target.model._meta.label_lower
    raise TypeError(f"No resource for {target!r}")


def policy_for(target: Any) -> Policy:
    name = resource_of(target)
    try:
        return _REGISTRY[name]
    except KeyError:
        raise LookupError(f"No permission policy registered for {name}") from None


def can(user: Any, action: str, target: Any) -> bool:
    """May ``user`` do ``action`` on ``target`` (an object, a model class or a resource name)?"""
    if user is None or not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return False
    obj = target if isinstance(target, models.Model) else None
    return policy_for(target).can(user, action, obj)


def require(user: Any, action: str, target: Any) -> None:
    if not can(user, action, target):
        raise PermissionDenied(f"{action} on {resource_of(target)}")


def visible(user: Any, queryset: models.QuerySet[M]) -> models.QuerySet[M]:
    if user is None or not getattr(user, "is_authenticated", False) or not getattr(user, "is_active", False):
        return queryset.none()
    return policy_for(queryset).scope(user, queryset)
