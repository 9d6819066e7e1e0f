"""Who may do what in the legal library.

Documents: the library is public; staff with an editing role anywhere (leader, focal point) or an
administrator import, edit and delete documents; every signed-in staff member may browse the staff pages.

Bookshelf items belong to a unit: anyone holding a role in the unit's subtree drafts items for it and
submits them; the unit's focal point or leader checks them against the original (or returns them); only the
unit's leader approves and publishes. Drafts are edited only while in draft. The public sees published
items only (through :func:`pbgdpl.library.selectors.bookshelf_public`).
"""

from __future__ import annotations

from typing import Any

from django.db import models

from pbgdpl.accounts.roles import EDITOR_ROLES, Role
from pbgdpl.accounts.scope import scope_of
from pbgdpl.core.policy import Policy, register

from .workflow import State

AUTHOR_ROLES = (Role.STAFF, Role.FOCAL, Role.LEADER)


@register
class DocumentPolicy(Policy):
    resource = "library.document"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if action == "view":
            return scope.is_admin or bool(scope.assignments)
        if action in ("add", "change", "delete", "import"):
            return scope.is_admin or bool(scope.paths(*EDITOR_ROLES))
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset if self.can(user, "view") else queryset.none()


@register
class ImportJobPolicy(DocumentPolicy):
    resource = "library.importjob"

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        scope = scope_of(user)
        if scope.is_admin:
            return queryset
        return queryset.filter(created_by=user) if self.can(user, "view") else queryset.none()


@register
class BookshelfItemPolicy(Policy):
    resource = "library.bookshelfitem"

    def can(self, user: Any, action: str, obj: Any = None) -> bool:
        scope = scope_of(user)
        if obj is None:
            # "may this user do it somewhere?" (menus, list pages, create buttons)
            if action == "view":
                return scope.is_admin or bool(scope.assignments)
            if action == "add":
                return scope.is_admin or bool(scope.paths(*AUTHOR_ROLES))
            if action == "publish":
                return scope.is_admin or bool(scope.paths(Role.LEADER))
            return False
        unit = obj.unit if obj.unit_id else None
        if action == "view":
            return obj.state == State.PUBLISHED or scope.covers(unit)
        if action == "add":
            return scope.covers(unit, *AUTHOR_ROLES)
        if action in ("change", "submit"):
            return obj.state == State.DRAFT and scope.covers(unit, *AUTHOR_ROLES)
        if action == "check":
            return scope.covers(unit, *EDITOR_ROLES)
        if action in ("approve", "publish"):
            return scope.covers(unit, Role.LEADER)
        return False

    def scope(self, user: Any, queryset: models.QuerySet[Any]) -> models.QuerySet[Any]:
        return queryset.filter(scope_of(user).unit_q("unit") | models.Q(state=State.PUBLISHED))
