from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pbgdpl.accounts.scope import scope_of
from pbgdpl.core import policy, uploads
from pbgdpl.core.views import paginate, today
from pbgdpl.org.models import Unit

from . import charts, selectors, services, workflow, xlsx
from .forms import (
    ActivityForm,
    EvidenceForm,
    ImportForm,
    IndicatorSetImportForm,
    ScheduleCreateForm,
    ScheduleForm,
    SubmissionEditForm,
)
from .models import (
    Activity,
    Evidence,
    Form,
    Indicator,
    IndicatorSet,
    ReportType,
    Rule,
    Schedule,
    Status,
    Submission,
)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _xlsx(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _unit_param(request: HttpRequest) -> Unit | None:
    value = request.GET.get("unit")
    return Unit.objects.filter(pk=value).first() if value and value.isdigit() else None


def _visible_units(user: Any) -> Any:
    scope = scope_of(user)
    return Unit.objects.all() if scope.is_admin else Unit.objects.filter(scope.unit_q("self"))


# --- Activities ---------------------------------------------------------------------------------


@login_required
def activity_list(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Activity)
    unit = _unit_param(request)
    period = request.GET.get("period") or ""
    try:
        items = selectors.activities(request.user, unit=unit, period=period or None,
                                     form=request.GET.get("form") or None, q=request.GET.get("q") or None)
    except ValueError as error:
        messages.error(request, str(error))
        items = selectors.activities(request.user, unit=unit)
    return render(request, "reporting/activity_list.html", {
        "page": paginate(request, items), "units": _visible_units(request.user).order_by("path"),
        "forms": Form.objects.all(), "unit": unit, "period": period,
    })


@login_required
def activity_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    activity = get_object_or_404(Activity, pk=pk) if pk else None
    policy.require(request.user, "change" if activity else "add", activity or Activity)
    initial = None
    if activity is None:
        initial = {"date_from": today(), "unit": getattr(request.user, "unit_id", None), "sessions": 1, "participants": 0, "women": 0,
                   "copies": 0}
    form = ActivityForm(request.POST or None, user=request.user, instance=activity, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            data = form.to_data()
            if activity:
                saved = services.activity_update(by=request.user, activity=activity, data=data)
            else:
                saved = services.activity_create(by=request.user, data=data)
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Đã lưu hoạt động “%(t)s”.") % {"t": saved.title})
            if "again" in request.POST:
                return redirect("reporting:activity-add")
            return redirect("reporting:activity", pk=saved.pk)
    return render(request, "reporting/activity_form.html", {"form": form, "activity": activity})


def _form_errors(form: Any, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


@login_required
def activity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    activity = get_object_or_404(Activity.objects.select_related("unit", "form", "commune", "task"), pk=pk)
    policy.require(request.user, "view", activity)
    return render(request, "reporting/activity_detail.html", {
        "activity": activity, "audiences": activity.audiences.select_related("group"),
        "costs": activity.costs.select_related("item"), "evidence": activity.evidence.all(),
        "documents": activity.documents.all(), "evidence_form": EvidenceForm(),
        "lock": services.locking_submission(activity.unit, activity.date_from),
    })


@login_required
@require_POST
def activity_delete(request: HttpRequest, pk: int) -> HttpResponse:
    activity = get_object_or_404(Activity, pk=pk)
    try:
        services.activity_delete(by=request.user, activity=activity)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("reporting:activity", pk=pk)
    messages.success(request, _("Đã xóa hoạt động."))
    return redirect("reporting:activities")


@login_required
@require_POST
def evidence_upload(request: HttpRequest, pk: int) -> HttpResponse:
    activity = get_object_or_404(Activity, pk=pk)
    form = EvidenceForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.evidence_add(by=request.user, activity=activity, upload=form.cleaned_data["file"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Đã đính kèm minh chứng."))
    else:
        messages.error(request, _("Chọn một tệp."))
    return redirect("reporting:activity", pk=pk)


@login_required
@require_POST
def evidence_delete(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Evidence.objects.select_related("activity__unit"), pk=pk)
    activity_pk = item.activity_id
    services.evidence_delete(by=request.user, item=item)
    messages.success(request, _("Đã xóa minh chứng."))
    return redirect("reporting:activity", pk=activity_pk)


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    item = get_object_or_404(Evidence.objects.select_related("activity__unit"), pk=pk)
    policy.require(request.user, "view", item)
    return uploads.attachment_response(item.file, item.name, item.content_type)


@login_required
def activity_import(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "add", Activity)
    form = ImportForm(request.POST or None, request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            result = xlsx.import_activities(form.cleaned_data["file"].read(), user=request.user)
        except ValidationError as error:
            form.add_error("file", error)
        else:
            if not result.errors:
                messages.success(request, _("Đã nhập %(n)d hoạt động.") % {"n": len(result.created)})
                return redirect("reporting:activities")
    return render(request, "reporting/activity_import.html", {"form": form, "result": result})


@login_required
def import_template(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "add", Activity)
    return _xlsx(xlsx.template(), "mau-nhap-hoat-dong.xlsx")


# --- Reports --------------------------------------------------------------------------------------


def _year(request: HttpRequest) -> int:
    value = request.GET.get("year") or ""
    return int(value) if value.isdigit() else today().year


@login_required
def report_list(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Submission)
    year = _year(request)
    schedules = list(selectors.schedules_for_year(year))
    submissions = policy.visible(request.user, Submission.objects.filter(schedule__year=year)) \
        .select_related("unit", "schedule__report_type").order_by("schedule__cutoff", "unit__path")
    scope = scope_of(request.user)
    from .permissions import REPORTERS

    reporters = Unit.objects.filter(depth__lte=1) if scope.is_admin else \
        Unit.objects.filter(scope.unit_q("self", *REPORTERS))
    own_units = list(reporters.order_by("path")[:200])
    years = sorted(set(Schedule.objects.values_list("year", flat=True)), reverse=True)
    return render(request, "reporting/report_list.html", {
        "year": year, "years": years, "schedules": schedules, "submissions": submissions, "own_units": own_units,
    })


@login_required
@require_POST
def report_create(request: HttpRequest) -> HttpResponse:
    schedule = get_object_or_404(Schedule, pk=request.POST.get("schedule") or 0)
    unit = get_object_or_404(Unit, pk=request.POST.get("unit") or 0)
    existing = Submission.objects.filter(unit=unit, schedule=schedule).first()
    if existing is not None:
        messages.warning(request, _("%(u)s đã có báo cáo kỳ này; mở báo cáo đã có.") % {"u": unit.display_name})
        return redirect("reporting:report", pk=existing.pk)
    try:
        submission = services.submission_create(by=request.user, unit=unit, schedule=schedule)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("reporting:reports")
    return redirect("reporting:report", pk=submission.pk)


def _submission(request: HttpRequest, pk: int) -> Submission:
    submission = get_object_or_404(Submission.objects.select_related("unit", "unit__parent", "schedule__report_type",
                                                                      "schedule__indicator_set"), pk=pk)
    policy.require(request.user, "view", submission)
    return submission


@login_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission(request, pk)
    editable = submission.status in workflow.EDITABLE and policy.can(request.user, "change", submission)
    form = SubmissionEditForm(request.POST or None, initial={
        name: getattr(submission, name) for name in ("results", "assessment", "proposals", "next_tasks")})
    if request.method == "POST":
        if not editable:
            raise PermissionDenied
        manual = {key[2:]: value for key, value in request.POST.items() if key.startswith("m_")}
        if form.is_valid():
            try:
                services.submission_edit(by=request.user, submission=submission, manual=manual, notes=form.cleaned_data)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Đã lưu báo cáo."))
                return redirect("reporting:report", pk=pk)
    view = selectors.report_view(submission)
    actions = [t for t in workflow.available(submission.status) if policy.can(request.user, t.permission, submission)]
    return render(request, "reporting/report_detail.html", {
        "s": submission, "view": view, "form": form, "editable": editable, "actions": actions,
        "events": submission.events.select_related("by"), "manual_rule": Rule.MANUAL,
        "due": submission.schedule.due_for(submission.unit),
    })


@login_required
@require_POST
def report_transition(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    submission = _submission(request, pk)
    try:
        services.submission_transition(by=request.user, submission=submission, action=action,
                                       comment=request.POST.get("comment", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Đã thực hiện: %(a)s.") % {"a": workflow.TRANSITIONS[action].label})
    return redirect("reporting:report", pk=pk)


@login_required
@require_POST
def report_refresh(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission(request, pk)
    try:
        services.submission_refresh(by=request.user, submission=submission)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Đã cập nhật số liệu từ hoạt động và báo cáo đơn vị cấp dưới."))
    return redirect("reporting:report", pk=pk)


@login_required
def report_drilldown(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    submission = _submission(request, pk)
    indicator = get_object_or_404(Indicator, indicator_set=submission.schedule.indicator_set, code=code)
    value = submission.values.filter(indicator=indicator).first()
    data = selectors.drilldown(submission, indicator)
    return render(request, "reporting/report_drilldown.html", {
        "s": submission, "indicator": indicator, "value": value, "activities": data["activities"][:500],
        "children": data["children"], "count": data["activities"].count(),
    })


@login_required
def report_export(request: HttpRequest, pk: int) -> HttpResponse:
    submission = _submission(request, pk)
    name = f"bao-cao-{submission.schedule.report_type.code}-{submission.schedule.period}-{submission.unit_id}.xlsx"
    return _xlsx(xlsx.export_report(submission), name)


@login_required
def completeness(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Submission)
    year = _year(request)
    schedules = list(selectors.schedules_for_year(year))
    schedule = next((s for s in schedules if str(s.pk) == request.GET.get("schedule")), schedules[0] if schedules else None)
    scope = scope_of(request.user)
    roots = list(Unit.objects.filter(parent__isnull=True)) if scope.is_admin else \
        list(Unit.objects.filter(scope.unit_q("self")).order_by("depth")[:1])
    levels = []
    if schedule is not None:
        for root in roots:
            levels.extend(selectors.completeness_tree(root, schedule))
    bars = charts.horizontal_bars([
        (level.unit.display_name, level.received_share,
         _("%(r)d/%(e)d (%(p)d%%), đúng hạn %(o)d") % {"r": level.received, "e": level.expected,
                                                       "p": level.received_share, "o": level.on_time}) for level in levels
    ], maximum=100)
    return render(request, "reporting/completeness.html", {
        "year": year, "schedules": schedules, "schedule": schedule, "levels": levels, "bars": bars,
    })


# --- Dashboard ------------------------------------------------------------------------------------


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Activity)
    year = _year(request)
    unit = _unit_param(request)
    monthly = selectors.monthly_by_form(request.user, year, unit)
    audiences = selectors.participants_by_audience(request.user, year, unit)
    totals = selectors.year_totals(request.user, year, unit)
    candidates = Schedule.objects.filter(year=year, cutoff__lte=today()).exclude(report_type__code="adhoc") \
        .select_related("report_type").order_by("-cutoff")
    schedule = candidates.filter(submissions__isnull=False).distinct().first() or candidates.first()
    levels = []
    if schedule is not None:
        for root in selectors.scope_roots(request.user, unit):
            levels.extend(selectors.completeness_tree(root, schedule))
    completeness_bars = charts.horizontal_bars([
        (level.unit.display_name, level.received_share,
         _("%(r)d/%(e)d (%(p)d%%), đúng hạn %(o)d") % {"r": level.received, "e": level.expected,
                                                       "p": level.received_share, "o": level.on_time}) for level in levels
    ], maximum=100)
    return render(request, "reporting/dashboard.html", {
        "schedule": schedule, "completeness_bars": completeness_bars if levels else None,
        "year": year, "unit": unit, "units": _visible_units(request.user).order_by("path"),
        "columns": charts.stacked_columns(monthly["months"], monthly["series"]),
        "audience_bars": charts.horizontal_bars([
            (name, people, _("%(p)s (nữ %(w)s)") % {"p": f"{people:,}".replace(",", "."),
                                                     "w": f"{women:,}".replace(",", ".")}) for name, people, women in audiences]),
        "totals": totals,
    })


# --- Indicator sets ---------------------------------------------------------------------------------


@login_required
def indicator_sets(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", IndicatorSet)
    sets = IndicatorSet.objects.prefetch_related("indicators", "schedules")
    return render(request, "reporting/indicator_sets.html", {"sets": sets})


@login_required
def indicator_set_detail(request: HttpRequest, pk: int, fmt: str = "") -> HttpResponse:
    iset = get_object_or_404(IndicatorSet, pk=pk)
    policy.require(request.user, "view", iset)
    indicators = list(iset.indicators.all())
    if fmt == "json":
        return HttpResponse(json.dumps(_as_rows(indicators), ensure_ascii=False, indent=1),
                            content_type="application/json; charset=utf-8")
    if fmt == "xlsx":
        return _xlsx(xlsx.indicator_set_xlsx(indicators), f"chi-tieu-{iset.code}.xlsx")
    return render(request, "reporting/indicator_set.html", {"iset": iset, "indicators": indicators})


def _as_rows(indicators: list[Indicator]) -> list[dict[str, Any]]:
    return [{"code": i.code, "label": i.label, "unit": i.unit_label, "section": i.section, "rule": i.rule,
             "metric": i.metric, "forms": i.forms, "audiences": i.audiences, "formula": i.formula} for i in indicators]


@login_required
def indicator_set_import(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "change", IndicatorSet)
    source = IndicatorSet.objects.filter(pk=request.GET.get("from") or 0).first()
    initial = {}
    if source is not None:
        initial = {"code": source.code, "name": source.name, "legal_basis": source.legal_basis, "replace": True,
                   "text": json.dumps(_as_rows(list(source.indicators.all())), ensure_ascii=False, indent=1)}
    form = IndicatorSetImportForm(request.POST or None, request.FILES or None, initial=initial)
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        rows: list[dict[str, Any]] | None = None
        upload = form.cleaned_data.get("file")
        try:
            if upload is not None and (upload.name or "").lower().endswith(".xlsx"):
                rows = xlsx.indicator_rows_from_xlsx(upload.read())
            else:
                text = upload.read().decode("utf-8-sig") if upload is not None else form.cleaned_data["text"]
                rows = json.loads(text)
                if not isinstance(rows, list):
                    raise ValueError(_("JSON phải là một danh sách chỉ tiêu."))
        except (ValueError, UnicodeDecodeError) as error:
            problems.append(_("Không đọc được tệp: %(e)s") % {"e": error})
        if rows is not None:
            try:
                iset = services.indicator_set_import(by=request.user, code=form.cleaned_data["code"],
                                                     name=form.cleaned_data["name"], rows=rows,
                                                     legal_basis=form.cleaned_data["legal_basis"],
                                                     replace=form.cleaned_data["replace"])
            except ValidationError as error:
                problems.extend(error.messages)
            else:
                messages.success(request, _("Đã lưu bộ chỉ tiêu %(c)s.") % {"c": iset.code})
                return redirect("reporting:indicator-set", pk=iset.pk)
    return render(request, "reporting/indicator_import.html", {"form": form, "problems": problems})


@login_required
def schedules(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Schedule)
    create_form = ScheduleCreateForm(request.POST if "create" in request.POST else None,
                                     initial={"report_type": ReportType.objects.filter(code="adhoc").first()})
    if request.method == "POST" and "create" in request.POST:
        if create_form.is_valid():
            try:
                made = services.schedule_create(by=request.user, **create_form.cleaned_data)
            except ValidationError as error:
                _form_errors(create_form, error)
            else:
                messages.success(request, _("Đã tạo %(s)s.") % {"s": made})
                return redirect("reporting:schedules")
    elif request.method == "POST":
        schedule = get_object_or_404(Schedule, pk=request.POST.get("schedule") or 0)
        iset = get_object_or_404(IndicatorSet, pk=request.POST.get("indicator_set") or 0)
        try:
            services.schedule_set_indicators(by=request.user, schedule=schedule, indicator_set=iset)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Đã đổi biểu mẫu của %(s)s.") % {"s": schedule})
        return redirect("reporting:schedules")
    items = Schedule.objects.select_related("report_type", "indicator_set").prefetch_related("deadlines")
    return render(request, "reporting/schedules.html", {"schedules": items, "sets": IndicatorSet.objects.all(),
                                                         "approved": Status.APPROVED, "create_form": create_form})


@login_required
def schedule_edit(request: HttpRequest, pk: int) -> HttpResponse:
    schedule = get_object_or_404(Schedule.objects.select_related("report_type"), pk=pk)
    policy.require(request.user, "change", schedule)
    initial: dict[str, Any] = {"start": schedule.start, "cutoff": schedule.cutoff, "default_due": schedule.default_due}
    initial.update({f"due_{d.unit_type}": d.due for d in schedule.deadlines.all()})
    form = ScheduleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.schedule_update(by=request.user, schedule=schedule, start=form.cleaned_data["start"],
                                     cutoff=form.cleaned_data["cutoff"], default_due=form.cleaned_data["default_due"],
                                     deadlines=form.deadlines())
        except ValidationError as error:
            _form_errors(form, error)
        else:
            messages.success(request, _("Đã lưu %(s)s.") % {"s": schedule})
            return redirect("reporting:schedules")
    return render(request, "reporting/schedule_form.html", {"form": form, "schedule": schedule})
