from __future__ import annotations

from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.db import transaction

from pbgdpl.core import audit, policy
from pbgdpl.org.models import Unit

from .models import ApiToken, RoleAssignment, User

USER_FIELDS = ["username", "full_name", "email", "unit_id", "position", "phone", "is_active"]


@transaction.atomic
def user_save(
    *, by: Any, user: User | None = None, data: dict[str, Any], roles: list[str], scope_unit: Unit | None = None,
    password: str | None = None,
) -> User:
    """Create or update an account with its roles (over ``scope_unit``'s subtree, or the user's unit)."""
    policy.require(by, "change" if user else "add", user or User)
    creating = user is None
    user = user or User()
    before = None if creating else {**audit.snapshot(user, [f.removesuffix("_id") for f in USER_FIELDS]),
                                    "roles": sorted(user.role_assignments.values_list("role", flat=True))}
    for field in ("username", "full_name", "email", "unit", "position", "phone", "is_active"):
        if field in data:
            setattr(user, field, data[field])
    if password:
        validate_password(password, user)
        user.set_password(password)
    user.full_clean(exclude=["password"])
    user.save()
    user.role_assignments.exclude(role__in=roles).delete()
    for role in roles:
        RoleAssignment.objects.update_or_create(user=user, role=role, defaults={"unit": scope_unit})
    after = {**audit.snapshot(user, [f.removesuffix("_id") for f in USER_FIELDS]), "roles": sorted(roles)}
    old, new = audit.diff(before, after)
    audit.record(actor=by, action="user.create" if creating else "user.update", target=user, before=old or None,
                 after=new, data={"password_changed": bool(password)})
    return user


@transaction.atomic
def token_issue(*, user: User, by: Any = None, name: str = "cli") -> str:
    token, raw = ApiToken.issue(user, name)
    audit.record(actor=by or user, action="api_token.issue", target=user, data={"token_id": token.pk, "name": name})
    return raw
