"""Small helpers shared by views: pagination, parsing of dd/mm/yyyy query parameters, the 500 page."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils import timezone

from .text import parse_date_value


def paginate(request: HttpRequest, items: Any, per_page: int = 50) -> Page:
    return Paginator(items, per_page).get_page(request.GET.get("page"))


def today() -> dt.date:
    return timezone.localdate()


def parse_date_param(value: str | None, default: dt.date | None = None) -> dt.date | None:
    """Accepts dd/mm/yyyy (what people type) and yyyy-mm-dd (what date inputs send)."""
    if not value:
        return default
    parsed = parse_date_value(value)
    return default if parsed is None else parsed


# --- Holiday calendar page (the audit trail page is in audit_views.py) -------------------------------------------------

from django.contrib import messages  # noqa: E402
from django.contrib.auth.decorators import login_required  # noqa: E402
from django.http import Http404  # noqa: E402
from django.shortcuts import get_object_or_404, redirect, render  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils.translation import gettext_lazy as _  # noqa: E402

from pbgdpl.core import policy  # noqa: E402

from .models import Holiday  # noqa: E402

WEEKDAYS = (_("Thứ Hai"), _("Thứ Ba"), _("Thứ Tư"), _("Thứ Năm"), _("Thứ Sáu"), _("Thứ Bảy"), _("Chủ nhật"))
HOLIDAY_SOURCES = {"computed": _("Tính theo luật"), "decision": _("Thông báo hằng năm"), "admin": _("Quản trị viên")}


@login_required
def holidays(request: HttpRequest) -> Any:
    """The yearly holiday table; administrators add, change and delete days (services in core.calendar)."""
    from . import calendar as workdays
    from .forms import HolidayForm

    policy.require(request.user, "view", Holiday)
    raw_year = request.GET.get("year") or request.POST.get("year") or ""
    year = int(raw_year) if raw_year.isdigit() and 1901 <= int(raw_year) <= 2099 else today().year
    can_change = policy.can(request.user, "change", Holiday)
    editing: Holiday | None = None
    form: HolidayForm | None = None
    if request.method == "POST":
        policy.require(request.user, "change", Holiday)
        row_id = request.POST.get("id", "")
        editing = get_object_or_404(Holiday, pk=row_id) if row_id.isdigit() else None
        if request.POST.get("action") == "delete":
            if editing is None:
                raise Http404
            workdays.holiday_delete(by=request.user, holiday=editing)
            messages.success(request, _("Đã xoá ngày %(date)s khỏi lịch.") % {"date": editing.date.strftime("%d/%m/%Y")})
            return redirect(f"{reverse('core:holidays')}?year={editing.date.year}")
        form = HolidayForm(request.POST, holiday=editing)
        if form.is_valid():
            saved = workdays.holiday_save(by=request.user, holiday=editing, **form.cleaned_data)
            messages.success(request, _("Đã lưu ngày %(date)s.") % {"date": saved.date.strftime("%d/%m/%Y")})
            return redirect(f"{reverse('core:holidays')}?year={saved.date.year}")
    elif can_change:
        edit_id = request.GET.get("edit", "")
        editing = get_object_or_404(Holiday, pk=edit_id) if edit_id.isdigit() else None
        form = HolidayForm(holiday=editing) if editing else HolidayForm(initial={"date": dt.date(year, 1, 1)})
    rows = [(row, WEEKDAYS[row.date.weekday()], HOLIDAY_SOURCES.get(row.source, row.source))
            for row in Holiday.objects.filter(date__year=year)]
    working = workdays.working_days_between(dt.date(year - 1, 12, 31), dt.date(year, 12, 31))
    years = sorted({*range(2020, 2036), year})
    return render(request, "core/holidays.html", {
        "rows": rows, "year": year, "years": years, "form": form, "editing": editing, "can_change": can_change,
        "working_days": working, "days_off": sum(1 for row, _w, _s in rows if row.kind == "holiday"
                                                 and row.date.weekday() < 5),
    })


def server_error(request: HttpRequest) -> HttpResponse:
    """The 500 page: the site's layout and names, but no request context processors (they may be what
    failed, e.g. the database), so nothing that needs the user or the session."""
    html = loader.get_template("500.html").render({"SITE_NAME": settings.SITE_NAME, "AGENCY_NAME": settings.AGENCY_NAME})
    return HttpResponseServerError(html)


def favicon(request: HttpRequest) -> HttpResponse:
    """``/favicon.ico``, which browsers ask for on their own: the static icon (pages link it, see base.html)."""
    from django.http import HttpResponseRedirect
    from django.templatetags.static import static

    response = HttpResponseRedirect(static("favicon.ico"))
    response["Cache-Control"] = "public, max-age=86400"
    return response
