"""The audit trail page: browse and filter, read-only (there is no route that changes a record)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest
from django.shortcuts import render
from django.views.decorators.http import require_safe

from pbgdpl.core import policy

from .models import AuditRecord
from .views import paginate, parse_date_param

FILTERS = ("actor", "action", "target_type", "target_id", "since", "until")


@login_required
@require_safe
def audit_list(request: HttpRequest) -> Any:
    policy.require(request.user, "view", AuditRecord)
    visible = policy.visible(request.user, AuditRecord.objects.all())
    filters = {name: request.GET.get(name, "").strip() for name in FILTERS}
    records = visible
    if filters["actor"]:
        records = records.filter(actor_name__icontains=filters["actor"])
    if filters["action"]:
        records = records.filter(action__startswith=filters["action"])
    if filters["target_type"]:
        records = records.filter(target_type=filters["target_type"])
    if filters["target_id"]:
        records = records.filter(target_id=filters["target_id"])
    since = parse_date_param(filters["since"])
    until = parse_date_param(filters["until"])
    if since:
        records = records.filter(at__date__gte=since)
    if until:
        records = records.filter(at__date__lte=until)
    types = visible.order_by("target_type").values_list("target_type", flat=True).distinct()
    return render(request, "core/audit_list.html", {
        "page": paginate(request, records.select_related(None)), "filters": filters,
        "types": [t for t in types if t], "filtered": any(filters.values()),
    })
