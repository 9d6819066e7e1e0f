"""Small helpers shared by views: pagination and parsing of dd/mm/yyyy query parameters."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest
from django.utils import timezone


def paginate(request: HttpRequest, items: Any, per_page: int = 50) -> Page:
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def today() -> dt.date:
    return timezone.localdate()


def parse_date_param(value: str | None, default: dt.date | None = None) -> dt.date | None:
    """Accepts dd/mm/yyyy (what people type) and yyyy-mm-dd (what date inputs send)."""
    if not value:
        return default
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date()  # noqa: DTZ007 - a calendar date, no time
        except ValueError:
            continue
    return default


# --- Audit trail and holiday calendar pages -------------------------------------------------

from django.contrib.auth.decorators import login_required  # noqa: E402
from django.shortcuts import render  # noqa: E402

from pbgdpl.core import policy  # noqa: E402

from .models import AuditRecord, Holiday  # noqa: E402


@login_required
def audit_list(request: HttpRequest) -> Any:
    policy.require(request.user, "view", AuditRecord)
    records = policy.visible(request.user, AuditRecord.objects.all())
    filters = {
        "actor": request.GET.get("actor", "").strip(),
        "action": request.GET.get("action", "").strip(),
        "target_type": request.GET.get("target_type", "").strip(),
        "target_id": request.GET.get("target_id", "").strip(),
        "since": request.GET.get("since", ""),
        "until": request.GET.get("until", ""),
    }
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
    types = AuditRecord.objects.order_by().values_list("target_type", flat=True).distinct()
    return render(request, "core/audit_list.html", {"page": paginate(request, records), "filters": filters,
                                                    "types": sorted(set(types))})


@login_required
def holidays(request: HttpRequest) -> Any:
    from . import calendar as workdays

    policy.require(request.user, "view", Holiday)
    year = int(request.GET.get("year") or today().year) if (request.GET.get("year") or "").isdigit() or not request.GET.get("year") else today().year
    if request.method == "POST":
        return workdays.handle_holiday_form(request, year)  # type: ignore[attr-defined]  # calendar work pending
    rows = Holiday.objects.filter(date__year=year)
    return render(request, "core/holidays.html", {"rows": rows, "year": year, "years": range(2020, 2036)})
