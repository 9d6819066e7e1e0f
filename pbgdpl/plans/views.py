"""Staff pages for plans and tasks. Thin: parse input, call one service or selector, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pbgdpl.accounts.scope import scope_of
from pbgdpl.core import policy
from pbgdpl.core.views import paginate, today
from pbgdpl.org.models import Unit

from . import charts, exports, selectors, services, workflow
from .forms import DeriveForm, IssueForm, PlanForm, ReportForm, TaskForm, TriggerForm
from .models import Evidence, Notification, Plan, PlanStatus, Programme, ProgressReport, Task
from .notifications import mark_read
from .permissions import EDITORS, REPORTERS


def _editable_units(user: Any) -> Any:
    scope = scope_of(user)
    units = Unit.objects.all() if scope.is_admin else Unit.objects.filter(scope.unit_q("self", *EDITORS))
    return units.order_by("path")


def _home_unit(user: Any, units: Any) -> Unit | None:
    """The unit a focal point or leader acts for: the root of their editing scope (the department, not
    the internal unit they sit in), else their own unit."""
    paths = scope_of(user).paths(*EDITORS)
    home = Unit.objects.filter(path__in=paths).order_by("depth", "path").first() if paths else None
    if home is None and user.unit_id and units.filter(pk=user.unit_id).exists():
        home = user.unit
    return home or units.first()


def _plan(request: HttpRequest, pk: int, action: str = "view") -> Plan:
    plan = get_object_or_404(Plan.objects.select_related("unit__parent", "parent__unit"), pk=pk)
    policy.require(request.user, action, plan)
    return plan


def _task(request: HttpRequest, pk: int, action: str = "view") -> Task:
    task = get_object_or_404(Task.objects.select_related("plan__unit", "parent", "parent_plan_task__plan__unit"), pk=pk)
    policy.require(request.user, action, task)
    return task


def _error(form: Any, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


# --- Plans -------------------------------------------------------------------------------------

@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Plan)
    year = request.GET.get("year", "")
    filters: dict[str, Any] = {"year": year, "programme": request.GET.get("programme", ""), "status": request.GET.get("status", ""),
               "q": request.GET.get("q", "").strip(), "archived": request.GET.get("archived") == "1"}
    plans = selectors.plan_list(request.user, year=int(year) if year.isdigit() else None,
                                programme=filters["programme"], status=filters["status"], q=filters["q"],
                                archived=filters["archived"])
    page = paginate(request, plans.order_by("-year", "unit__path", "-number", "-id"), 30)
    counts = selectors.counts_by_plan([p.pk for p in page.object_list], today())
    rows = [(p, counts.get(p.pk, selectors.Counts())) for p in page.object_list]
    return render(request, "plans/plan_list.html", {
        "page": page, "rows": rows, "filters": filters, "programmes": Programme.choices, "statuses": PlanStatus.choices,
    })


@login_required
def plan_add(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "add", Plan)
    units = _editable_units(request.user)
    parents = policy.visible(request.user, Plan.objects.select_related("unit"))
    initial: dict[str, Any] = {"year": today().year, "place": "", "programme": Programme.YEARLY}
    home = _home_unit(request.user, units)
    if home is not None:
        initial["unit"] = home.pk
        initial["number"] = services.next_free_number(unit=home, year=today().year,
                                                      symbol=services.default_symbol(home))
        initial["symbol"] = services.default_symbol(home)
    form = PlanForm(request.POST or None, units=units, parents=parents, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_create(by=request.user, **form.service_kwargs())
        except ValidationError as error:
            _error(form, error)
        else:
            messages.success(request, _("Đã tạo kế hoạch."))
            return redirect("plans:plan", pk=plan.pk)
    return render(request, "plans/plan_form.html", {"form": form, "plan": None})


@login_required
def next_number(request: HttpRequest) -> HttpResponse:
    """htmx helper: the next free number for a unit and year (numbers restart yearly)."""
    policy.require(request.user, "add", Plan)
    unit = get_object_or_404(Unit, pk=request.GET.get("unit") or 0)
    year = int(request.GET.get("year") or today().year)
    symbol = services.default_symbol(unit)
    number = services.next_free_number(unit=unit, year=year, symbol=symbol)
    return HttpResponse(_("Số trống tiếp theo: %(num)02d/%(symbol)s") % {"num": number, "symbol": symbol})


@login_required
def plan_edit(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, "change")
    units = _editable_units(request.user)
    parents = policy.visible(request.user, Plan.objects.exclude(pk=plan.pk).select_related("unit"))
    form = PlanForm(request.POST or None, units=units, parents=parents, initial=PlanForm.initial_from(plan))
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_update(by=request.user, plan=plan, version=form.cleaned_data.get("version"),
                                        **form.service_kwargs())
        except services.StaleEdit as error:
            messages.warning(request, " ".join(error.messages))
            form.add_error(None, error.messages)
        except ValidationError as error:
            _error(form, error)
        else:
            messages.success(request, _("Đã lưu kế hoạch."))
            return redirect("plans:plan", pk=plan.pk)
    return render(request, "plans/plan_form.html", {"form": form, "plan": plan})


def _tree(tasks: list[Task]) -> list[tuple[Task, int]]:
    by_id = {t.pk: t for t in tasks}
    out = []
    for task in tasks:
        depth, current = 0, task
        while current.parent_id in by_id and depth < 6:
            depth += 1
            current = by_id[current.parent_id]  # type: ignore[index]
        out.append((task, depth))
    return out


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    tasks = selectors.plan_tasks(plan)
    now = today()
    children_of = {t.parent_id for t in tasks if t.parent_id}
    rows = [{"task": t, "depth": d, "bucket": selectors.bucket_of(t, now), "heading": t.pk in children_of}
            for t, d in _tree(tasks)]
    counts = selectors.counts_for(plan.tasks.all(), now)
    return render(request, "plans/plan_detail.html", {
        "plan": plan, "rows": rows, "counts": counts, "transitions": [t for t in workflow.available(plan.status) if policy.can(request.user, t.action, plan)],
        "legal_bases": selectors.legal_bases(plan),
        "children": policy.visible(request.user, plan.children.select_related("unit")),
        "issue_form": IssueForm(), "has_progress": services.plan_has_progress(plan),
        "labels": selectors.BUCKET_LABELS,
    })


@login_required
@require_POST
def plan_transition(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    plan = _plan(request, pk)
    form = IssueForm(request.POST, request.FILES)
    pdf = request.FILES.get("signed_pdf") if form.is_valid() else None
    try:
        services.plan_transition(by=request.user, plan=plan, name=name, signed_pdf=pdf)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Đã cập nhật trạng thái kế hoạch."))
    return redirect("plans:plan", pk=plan.pk)


@login_required
@require_POST
def plan_delete(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, "delete")
    try:
        services.plan_delete(by=request.user, plan=plan)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("plans:plan", pk=plan.pk)
    messages.success(request, _("Đã xóa kế hoạch."))
    return redirect("plans:list")


@login_required
@require_POST
def plan_archive(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, "archive")
    services.plan_archive(by=request.user, plan=plan, archived=not plan.is_archived)
    messages.success(request, _("Đã lưu trữ kế hoạch.") if not plan.is_archived else _("Đã bỏ lưu trữ kế hoạch."))
    return redirect("plans:plan", pk=plan.pk)


@login_required
def plan_signed_pdf(request: HttpRequest, pk: int) -> FileResponse:
    plan = _plan(request, pk)
    if not plan.signed_pdf:
        raise Http404
    return FileResponse(plan.signed_pdf.open("rb"), as_attachment=False, filename=f"{plan.number_symbol or plan.pk}.pdf",
                        content_type="application/pdf")


def _filename(plan: Plan, ext: str) -> str:
    base = (plan.number_symbol or f"ke-hoach-{plan.pk}").replace("/", "-")
    return f"{base}.{ext}"


@login_required
def plan_docx(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    response = HttpResponse(exports.plan_docx(plan),
                            content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    response["Content-Disposition"] = f'attachment; filename="{_filename(plan, "docx")}"'
    return response


@login_required
def plan_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    response = HttpResponse(exports.tasks_xlsx(plan),
                            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response["Content-Disposition"] = f'attachment; filename="{_filename(plan, "xlsx")}"'
    return response


@login_required
def plan_derive(request: HttpRequest, pk: int) -> HttpResponse:
    parent = _plan(request, pk, "derive")
    units = _editable_units(request.user)
    home = _home_unit(request.user, units)
    # Tasks that concern the unit are pre-ticked: assigned to it (or to a group that resolved to it).
    concerning = selectors.tasks_concerning(parent, home) if home is not None else []
    initial = {"unit": home.pk if home else None, "tasks": concerning, "date": today(), "place": parent.place,
               "title": selectors.derived_title(parent, home)}
    if home is not None:
        initial["number"] = services.next_free_number(unit=home, year=today().year, symbol=services.default_symbol(home))
    form = DeriveForm(request.POST or None, units=units, tasks=parent.tasks.order_by("position", "id"), initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            plan = services.plan_derive(by=request.user, parent=parent, unit=data["unit"], tasks=list(data["tasks"]),
                                        title=data["title"], number=data["number"], date=data["date"],
                                        place=data["place"], year=(data["date"].year if data["date"] else None))
        except ValidationError as error:
            _error(form, error)
        else:
            messages.success(request, _("Đã tạo kế hoạch triển khai với %(n)s nhiệm vụ; hãy giao cho các đơn vị.")
                             % {"n": len(data["tasks"])})
            return redirect("plans:plan", pk=plan.pk)
    return render(request, "plans/plan_derive.html", {"form": form, "parent": parent, "concerning": set(concerning)})


# --- Tasks -------------------------------------------------------------------------------------

@login_required
def task_add(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    policy.require(request.user, "add", Task(plan=plan))
    next_code = str(plan.tasks.filter(parent__isnull=True).count() + 1)
    form = TaskForm(request.POST or None, plan=plan, initial={"code": request.GET.get("code", next_code),
                                                              "parent": request.GET.get("parent")})
    if request.method == "POST" and form.is_valid():
        try:
            task = services.task_create(by=request.user, plan=plan, **form.service_kwargs())
        except ValidationError as error:
            _error(form, error)
        else:
            messages.success(request, _("Đã thêm nhiệm vụ %(code)s.") % {"code": task.code})
            return redirect(reverse("plans:plan", args=[plan.pk]) + f"#task-{task.pk}")
    return render(request, "plans/task_form.html", {"form": form, "plan": plan, "task": None})


@login_required
def task_edit(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk, "change")
    form = TaskForm(request.POST or None, plan=task.plan, initial=TaskForm.initial_from(task))
    stale = False
    if request.method == "POST" and form.is_valid():
        try:
            task = services.task_update(by=request.user, task=task, version=form.cleaned_data.get("version") or 0,
                                        **form.service_kwargs())
        except services.StaleEdit as error:
            stale = True
            form.add_error(None, error.messages)
        except ValidationError as error:
            _error(form, error)
        else:
            messages.success(request, _("Đã lưu nhiệm vụ %(code)s.") % {"code": task.code})
            return redirect("plans:task", pk=task.pk)
    return render(request, "plans/task_form.html", {"form": form, "plan": task.plan, "task": task, "stale": stale},
                  status=409 if stale else 200)


def _report_units(user: Any, task: Task) -> Any:
    scope = scope_of(user)
    mine = [a.unit_id for a in task.assignments.select_related("unit") if scope.covers(a.unit, *REPORTERS)]
    return Unit.objects.filter(pk__in=mine).order_by("path")


@login_required
def task_detail(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk)
    assignments = list(task.assignments.select_related("unit").order_by("role", "unit__sort_order", "unit__name"))
    units = _report_units(request.user, task)
    report_form = None
    if units.exists():
        first = next((a for a in assignments if a.unit_id == units[0].pk), None)
        report_form = ReportForm(units=units, initial={"unit": units[0].pk, "state": first.state if first else None,
                                                       "percent": first.percent if first else 0})
    reports = (ProgressReport.objects.filter(task=task).select_related("assignment__unit", "author")
               .prefetch_related("evidence")[:50])
    derived = list(task.derived_tasks.select_related("plan__unit").order_by("plan__unit__sort_order"))
    visible_plans = set(policy.visible(request.user, Plan.objects.filter(pk__in=[d.plan_id for d in derived]))
                        .values_list("pk", flat=True))
    return render(request, "plans/task_detail.html", {
        "task": task, "plan": task.plan, "assignments": assignments, "report_form": report_form, "reports": reports,
        "derived": [d for d in derived if d.plan_id in visible_plans], "bucket": selectors.bucket_of(task, today()),
        "labels": selectors.BUCKET_LABELS, "trigger_form": TriggerForm(initial={"on": today(), "days": task.trigger_days}),
        "reportable": task.plan.status in workflow.REPORTABLE,
    })


@login_required
@require_POST
def task_report(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk)
    units = _report_units(request.user, task)
    if not units.exists():
        raise PermissionDenied
    form = ReportForm(request.POST, request.FILES, units=units)
    if form.is_valid():
        try:
            services.task_report_progress(by=request.user, task=task, **form.service_kwargs())
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Đã ghi nhận báo cáo tiến độ."))
    else:
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return redirect("plans:task", pk=task.pk)


@login_required
@require_POST
def task_approve(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk, "approve")
    try:
        services.task_approve(by=request.user, task=task)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Đã phê duyệt hoàn thành nhiệm vụ."))
    return redirect("plans:task", pk=task.pk)


@login_required
@require_POST
def task_fire(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk, "fire")
    form = TriggerForm(request.POST)
    if form.is_valid():
        try:
            task = services.task_fire_trigger(by=request.user, task=task, on=form.cleaned_data["on"],
                                              days=form.cleaned_data["days"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Đã ghi nhận sự kiện; hạn hoàn thành: %(due)s.")
                             % {"due": task.due_date.strftime("%d/%m/%Y") if task.due_date else "—"})
    else:
        messages.error(request, _("Ngày sự kiện không hợp lệ."))
    return redirect("plans:task", pk=task.pk)


@login_required
@require_POST
def task_delete(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk, "delete")
    try:
        services.task_delete(by=request.user, task=task)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("plans:task", pk=task.pk)
    messages.success(request, _("Đã xóa nhiệm vụ."))
    return redirect("plans:plan", pk=task.plan_id)


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    evidence = get_object_or_404(Evidence.objects.select_related("report__task__plan__unit"), pk=pk)
    policy.require(request.user, "view", evidence)
    response = FileResponse(evidence.file.open("rb"), as_attachment=True, filename=evidence.original_name,
                            content_type=evidence.content_type or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    return response


# --- My tasks, notifications, dashboards ---------------------------------------------------------

@login_required
def my_tasks(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Task)
    include_done = request.GET.get("done") == "1"
    now = today()
    rows = [{"a": a, "bucket": selectors.bucket_of(a.task, now, a.state)}
            for a in selectors.my_tasks(request.user, now, include_done=include_done)]
    return render(request, "plans/my_tasks.html", {"rows": rows, "include_done": include_done,
                                                   "labels": selectors.BUCKET_LABELS})


@login_required
def notifications(request: HttpRequest) -> HttpResponse:
    items = policy.visible(request.user, Notification.objects.all())
    if request.method == "POST":
        target = request.POST.get("id")
        note = get_object_or_404(items, pk=target) if target else None
        mark_read(by=request.user, notification=note)
        if note is not None and note.url:
            return redirect(note.url)
        return redirect("plans:notifications")
    page = paginate(request, items, 30)
    return render(request, "plans/notifications.html", {"page": page, "unread": selectors.unread_count(request.user)})


def _year_param(request: HttpRequest) -> int | None:
    value = request.GET.get("year", "")
    return int(value) if value.isdigit() else None


@login_required
def province_dashboard(request: HttpRequest) -> HttpResponse:
    """Across departments: every plan the user sees, broken down by lead unit."""
    policy.require(request.user, "view", Plan)
    year = _year_param(request)
    board = selectors.dashboard(request.user, today(), year=year)
    return render(request, "plans/dashboard.html", {
        "board": board, "scope_title": _("Toàn bộ kế hoạch trong phạm vi"), "year": year,
        "chart": charts.unit_bars(board.units, url=lambda u: reverse("plans:unit-dashboard", args=[u.pk])),
        "history": charts.history_line(board.history), "labels": selectors.BUCKET_LABELS,
    })


@login_required
def unit_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(Unit, pk=pk)
    policy.require(request.user, "view", Plan)
    year = _year_param(request)
    board = selectors.dashboard(request.user, today(), unit=unit, year=year)
    return render(request, "plans/dashboard.html", {
        "board": board, "scope_title": _("Đơn vị: %(name)s") % {"name": unit.name}, "unit": unit, "year": year,
        "chart": charts.unit_bars(board.units), "history": charts.history_line(board.history),
        "labels": selectors.BUCKET_LABELS,
    })


@login_required
def plan_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    board = selectors.dashboard(request.user, today(), plan=plan)
    return render(request, "plans/dashboard.html", {
        "board": board, "scope_title": str(plan), "plan": plan,
        "chart": charts.unit_bars(board.units), "history": charts.history_line(board.history),
        "labels": selectors.BUCKET_LABELS,
    })
