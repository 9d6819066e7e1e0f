from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from pbgdpl.accounts.scope import scope_of
from pbgdpl.core import policy
from pbgdpl.core.dashboard import staff_widget
from pbgdpl.core.models import AuditRecord
from pbgdpl.org.models import Unit


@staff_widget(order=90)
def my_scope(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    scope = scope_of(user)
    units = Unit.objects.all() if scope.is_admin else Unit.objects.filter(scope.unit_q("self"))
    return {"title": _("Phạm vi của tôi"), "template": "portal/_w_scope.html", "count": units.count()}


@staff_widget(order=95)
def recent_audit(request: HttpRequest) -> dict[str, Any] | None:
    if not policy.can(request.user, "view", AuditRecord):
        return None
    records = policy.visible(request.user, AuditRecord.objects.all())[:5]
    return {"title": _("Thay đổi gần đây"), "template": "portal/_w_audit.html", "records": records}
