from __future__ import annotations

from typing import Any

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pbgdpl.core import audit, policy
from pbgdpl.org.models import Unit

from .models import ApiToken, RoleAssignment, User
from .roles import Role

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
                                    "roles": sorted(user.role_assignments.values_list("role", flat=True)),
                                    "role_scope": user.role_assignments.exclude(unit=None).values_list("unit_id", flat=True).first()}
    for field in ("username", "full_name", "email", "unit", "position", "phone", "is_active"):
        if field in data:
            setattr(user, field, data[field])
    if password:
        validate_password(password, user)
        user.set_password(password)
    unknown = set(roles) - set(Role.values)
    if unknown:
        raise ValidationError(_("Vai trò không hợp lệ: %(roles)s") % {"roles": ", ".join(sorted(unknown))})
    if not creating and user.pk == getattr(by, "pk", None) and Role.ADMIN not in roles and not user.is_superuser:
        raise ValidationError(_("Không thể tự bỏ vai trò quản trị của chính mình."))
    user.full_clean(exclude=["password"])
    user.save()
    user.role_assignments.exclude(role__in=roles).delete()
    for role in roles:
        # The form sets one scope for all roles: keep one assignment per role, over ``scope_unit``.
        held = list(user.role_assignments.filter(role=role).order_by("pk"))
        if held:
            held[0].unit = scope_unit
            held[0].save(update_fields=["unit"])
            RoleAssignment.objects.filter(pk__in=[a.pk for a in held[1:]]).delete()
        else:
            RoleAssignment.objects.create(user=user, role=role, unit=scope_unit)
    after = {**audit.snapshot(user, [f.removesuffix("_id") for f in USER_FIELDS]), "roles": sorted(roles),
             "role_scope": scope_unit.pk if scope_unit and roles else None}
    old, new = audit.diff(before, after)
    audit.record(actor=by, action="user.create" if creating else "user.update", target=user, before=old or None,
                 after=new, data={"password_changed": bool(password)})
    return user


@transaction.atomic
def password_set(*, user: User, by: Any, password: str, how: str) -> User:
    """Set a new (already validated) password: ``how`` is "change" (by the user) or "reset" (by e-mail link)."""
    if how not in ("change", "reset"):
        raise ValueError(how)
    user.set_password(password)
    user.save(update_fields=["password"])
    audit.record(actor=by, action=f"user.password_{how}", target=user)
    return user


@transaction.atomic
def user_unlock(*, by: Any, user: User) -> int:
    """Lift a lock-out after repeated failed logins before its cool-off ends."""
    from axes.utils import reset

    policy.require(by, "unlock", user)
    removed = reset(username=user.username)
    audit.record(actor=by, action="user.unlock", target=user, data={"attempts_removed": removed})
    return removed


@transaction.atomic
def token_issue(*, user: User, by: Any = None, name: str = "cli") -> str:
    token, raw = ApiToken.issue(user, name)
    audit.record(actor=by or user, action="api_token.issue", target=user, data={"token_id": token.pk, "name": name})
    return raw
