"""Where a user may act: the unit subtrees their roles cover.

Policies build on these helpers so the "unit subtree" rule is written once.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django.db.models import Q

from pbgdpl.org.models import Unit

from .roles import Role


class Scope:
    """The roles of one user, each over a unit subtree (path prefix). Cached per request user."""

    def __init__(self, user: Any) -> None:
        self.user = user

    @cached_property
    def is_admin(self) -> bool:
        return bool(self.user.is_superuser) or any(role == Role.ADMIN for role, _ in self.assignments)

    @cached_property
    def assignments(self) -> list[tuple[str, str]]:
        """(role, unit path) pairs; a role without a unit applies to the user's own unit."""
        pairs: list[tuple[str, str]] = []
        home = self.user.unit.path if self.user.unit_id else None
        for assignment in self.user.role_assignments.select_related("unit"):
            path = assignment.unit.path if assignment.unit_id else home
            if path or assignment.role == Role.ADMIN:
                pairs.append((assignment.role, path or "/"))
        return pairs

    def roles(self) -> set[str]:
        return {role for role, _ in self.assignments}

    def paths(self, *roles: str) -> list[str]:
        wanted = set(roles) if roles else None
        return sorted({path for role, path in self.assignments if wanted is None or role in wanted})

    def has(self, role: str, unit: Unit | None = None) -> bool:
        """Does the user hold ``role`` over ``unit`` (or anywhere, when ``unit`` is None)?"""
        for held, path in self.assignments:
            if held == role and (unit is None or unit.path.startswith(path)):
                return True
        return False

    def covers(self, unit: Unit | None, *roles: str) -> bool:
        """Is ``unit`` inside a subtree where the user holds one of ``roles`` (any role if none)?"""
        if self.is_admin:
            return True
        if unit is None:
            return False
        return any(unit.path.startswith(path) for path in self.paths(*roles))

    def unit_q(self, field: str = "unit", *roles: str) -> Q:
        """A filter for objects whose ``field`` unit lies in the user's subtrees."""
        if self.is_admin:
            return Q()
        paths = self.paths(*roles)
        if not paths:
            return Q(pk__in=[])
        prefix = "path" if field in ("", "self") else f"{field}__path"
        query = Q()
        for path in paths:
            query |= Q(**{f"{prefix}__startswith": path})
        return query


def scope_of(user: Any) -> Scope:
    cached = getattr(user, "_pbgdpl_scope", None)
    if cached is None:
        cached = Scope(user)
        user._pbgdpl_scope = cached
    return cached
