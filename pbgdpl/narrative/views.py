from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pbgdpl.accounts.scope import scope_of
from pbgdpl.core import policy
from pbgdpl.core.views import today
from pbgdpl.org.models import Unit
from pbgdpl.reporting.models import ReportType, Schedule

from . import document, selectors, services
from .forms import EntryForm, HeaderForm, ImportForm, SectionsForm
from .models import DocKind, OutgoingDocument, ReportDocument
from .permissions import WRITERS

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _units(user: Any, *roles: str) -> Any:
    scope = scope_of(user)
    units = Unit.objects.all() if scope.is_admin else Unit.objects.filter(scope.unit_q("self", *roles))
    return units.order_by("path")


def _errors(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [m for messages_ in error.message_dict.values() for m in messages_]
    return list(error.messages)


# --- Register ----------------------------------------------------------------------------------


@login_required
def register(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", OutgoingDocument)
    visible = _units(request.user)
    unit_id = request.GET.get("unit", "")
    unit = visible.filter(pk=unit_id).first() if unit_id.isdigit() else None
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else today().year
    kind = request.GET.get("kind", "")
    q = request.GET.get("q", "").strip()
    units_q = Q(unit=unit) if unit is not None else scope_of(request.user).unit_q("unit")
    entries = selectors.register_entries(units=units_q, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31),
                                         kind=kind, q=q)
    return render(request, "narrative/register.html", {
        "entries": entries[:500], "count": len(entries), "units": list(visible[:300]), "unit": unit, "year": year,
        "years": list(range(today().year + 1, today().year - 6, -1)), "kinds": DocKind.choices, "kind": kind, "q": q,
    })


@login_required
def register_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    entry = get_object_or_404(OutgoingDocument.objects.select_related("unit"), pk=pk) if pk else None
    policy.require(request.user, "change" if entry else "add", entry or OutgoingDocument)
    units = _units(request.user, *WRITERS)
    initial = {}
    if entry is not None:
        initial = {name: getattr(entry, name) for name in ("unit", "number", "symbol", "date", "kind", "summary",
                                                           "signer")}
    form = EntryForm(request.POST or None, initial=initial, units=units)
    if request.method == "POST" and form.is_valid():
        data = services.EntryData(**form.cleaned_data)
        try:
            if entry is None:
                services.entry_create(by=request.user, data=data)
            else:
                services.entry_update(by=request.user, entry=entry, data=data)
        except ValidationError as error:
            for field, problems in getattr(error, "message_dict", {"__all__": error.messages}).items():
                for problem in problems:
                    form.add_error(field if field in form.fields else None, problem)
        else:
            messages.success(request, _("Đã ghi vào sổ văn bản đi."))
            return redirect(f"{_reverse('narrative:register')}?year={data.date.year}&unit={data.unit.pk}")
    return render(request, "narrative/register_form.html", {"form": form, "entry": entry})


def _reverse(name: str) -> str:
    from django.urls import reverse

    return reverse(name)


@login_required
@require_POST
def register_delete(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(OutgoingDocument, pk=pk)
    services.entry_delete(by=request.user, entry=entry)
    messages.success(request, _("Đã xóa khỏi sổ."))
    return redirect("narrative:register")


@login_required
def register_import(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "add", OutgoingDocument)
    form = ImportForm(request.POST or None, request.FILES or None, units=_units(request.user, *WRITERS))
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            made = services.register_import(by=request.user, unit=form.cleaned_data["unit"],
                                            content=form.cleaned_data["file"].read())
        except ValidationError as error:
            problems = _errors(error)
        else:
            messages.success(request, _("Đã nhập %(n)d văn bản.") % {"n": len(made)})
            return redirect("narrative:register")
    return render(request, "narrative/register_import.html", {"form": form, "problems": problems})


@login_required
def import_template(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", OutgoingDocument)
    response = HttpResponse(services.import_template(), content_type=XLSX)
    response["Content-Disposition"] = 'attachment; filename="mau-so-van-ban-di.xlsx"'
    return response


# --- Report documents ----------------------------------------------------------------------------


@login_required
def report_pick(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", ReportDocument)
    units = _units(request.user)
    unit_id, type_code, period = request.GET.get("unit", ""), request.GET.get("type", ""), request.GET.get("period", "")
    if unit_id.isdigit() and type_code and period:
        return redirect("narrative:report", unit_id=int(unit_id), report_type=type_code, period=period)
    docs = policy.visible(request.user, ReportDocument.objects.select_related("unit", "report_type"))[:50]
    periods = sorted({s.period for s in Schedule.objects.all()}, reverse=True)
    return render(request, "narrative/report_pick.html", {
        "units": list(units[:300]), "types": ReportType.objects.exclude(code="adhoc"), "periods": periods,
        "docs": docs})


def _context(request: HttpRequest, unit_id: int, report_type: str, period: str) -> tuple[Unit, Schedule,
                                                                                            ReportDocument | None]:
    unit = get_object_or_404(Unit, pk=unit_id)
    schedule = get_object_or_404(Schedule.objects.select_related("report_type", "indicator_set"),
                                 report_type__code=report_type, period=period)
    doc = selectors.document_for(unit, schedule)
    policy.require(request.user, "view", doc or ReportDocument(unit=unit))
    return unit, schedule, doc


@login_required
def report(request: HttpRequest, unit_id: int, report_type: str, period: str) -> HttpResponse:
    unit, schedule, doc = _context(request, unit_id, report_type, period)
    texts = doc.sections if doc else selectors.starting_text(unit, schedule)
    fig = selectors.figures(unit, schedule)
    header_initial: dict[str, Any] = {}
    if doc is not None:
        header_initial = {name: getattr(doc, name) for name in services.HEADER_FIELDS}
    sections_form = SectionsForm(request.POST or None, initial=texts)
    header_form = HeaderForm(request.POST or None, initial=header_initial, prefix="h")
    problems: list[str] = []
    if request.method == "POST":
        if sections_form.is_valid() and header_form.is_valid():
            try:
                if doc is None:
                    doc = services.report_document_start(by=request.user, unit=unit, schedule=schedule)
                services.report_document_save(by=request.user, doc=doc, sections=sections_form.cleaned_data,
                                              header=header_form.cleaned_data)
            except ValidationError as error:
                problems = _errors(error)
            else:
                messages.success(request, _("Đã lưu bản nháp báo cáo."))
                return redirect("narrative:report", unit_id=unit.pk, report_type=report_type, period=period)
    rendered = selectors.render_sections(dict(sections_form.data.items()) if sections_form.is_bound else texts, fig)
    fields = {spec.key: sections_form[spec.key] for spec in selectors.SECTIONS}
    rows = [{"section": r, "field": fields[r.spec.key]} for r in rendered]
    return render(request, "narrative/report.html", {
        "unit": unit, "schedule": schedule, "doc": doc, "figures": fig, "rows": rows, "header_form": header_form,
        "problems": problems, "draft_notes": document.draft_notes(fig) if fig.is_draft else [],
        "names": selectors.available_names(fig), "pdf_available": document.pdf_available(),
        "can_change": policy.can(request.user, "change", doc or ReportDocument(unit=unit)),
        "report_type": report_type, "period": period,
    })


@login_required
@require_POST
def report_export(request: HttpRequest, unit_id: int, report_type: str, period: str, fmt: str) -> HttpResponse:
    unit, schedule, _doc = _context(request, unit_id, report_type, period)
    if fmt not in ("docx", "pdf"):
        raise ValidationError(_("Định dạng không hỗ trợ."))
    try:
        made = services.generate(by=request.user, unit=unit, schedule=schedule, fmt=fmt)
    except RuntimeError as error:
        messages.error(request, str(error))
        return redirect("narrative:report", unit_id=unit.pk, report_type=report_type, period=period)
    content_type = ("application/pdf" if fmt == "pdf" else
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    response = HttpResponse(made.content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{made.filename}"'
    return response
