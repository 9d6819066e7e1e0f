"""In-app notifications and the e-mails that go with them (sent after the transaction commits)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from pbgdpl.accounts.models import User
from pbgdpl.accounts.roles import Role
from pbgdpl.core import audit
from pbgdpl.org.models import Unit

from .models import Notification


def notify(*, user: Any, title: str, body: str = "", url: str = "", kind: str = "", email: bool = False) -> Notification:
    note = Notification.objects.create(user=user, title=title[:255], body=body, url=url, kind=kind)
    if email and user.email:
        address, subject, text = user.email, title, f"{body}\n\n{url}".strip()

        def _send() -> None:
            send_mail(subject, text, settings.DEFAULT_FROM_EMAIL, [address], fail_silently=True)

        transaction.on_commit(_send)
    return note


def people_of(unit: Unit, *roles: str) -> list[User]:
    """The holders of ``roles`` responsible for ``unit``: the deepest ones whose scope covers it
    (a department's focal point answers for its internal units that have none)."""
    from .selectors import ancestor_paths

    ancestors = ancestor_paths(unit)
    candidates = (User.objects.filter(is_active=True, role_assignments__role__in=roles)
                  .filter(Q(role_assignments__unit__path__in=ancestors)
                          | Q(role_assignments__unit__isnull=True, unit__path__in=ancestors))
                  .select_related("unit").prefetch_related("role_assignments__unit").distinct())
    best: dict[int, list[User]] = {}
    for user in candidates:
        depth = -1
        for assignment in user.role_assignments.all():
            if assignment.role not in roles:
                continue
            home = user.unit.path if user.unit is not None else ""
            path = assignment.unit.path if assignment.unit is not None else home
            if path in ancestors:
                depth = max(depth, path.count("/"))
        if depth >= 0:
            best.setdefault(depth, []).append(user)
    return best[max(best)] if best else []


def focal_points(unit: Unit) -> list[User]:
    return people_of(unit, Role.FOCAL) or people_of(unit, Role.LEADER)


@transaction.atomic
def mark_read(*, by: Any, notification: Notification | None = None) -> int:
    """Mark one (or all) of the user's notifications read."""
    qs = Notification.objects.filter(user=by, read_at__isnull=True)
    if notification is not None:
        qs = qs.filter(pk=notification.pk)
    count = qs.update(read_at=timezone.now())
    if count:
        audit.record(actor=by, action="notification.read", target_type="plans.notification",
                     target_id=notification.pk if notification else "*", data={"count": count})
    return count
