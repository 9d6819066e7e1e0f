from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from pbgdpl.core import policy
from pbgdpl.core.views import parse_date_param, today

from . import selectors, services, transfer
from .forms import GroupForm, UnitEndForm, UnitForm, UnitImportForm
from .models import GenericGroup, Unit


@login_required
def tree(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Unit)
    on = parse_date_param(request.GET.get("on"), today()) or today()
    roots = selectors.tree_as_of(on)
    ended = Unit.objects.filter(valid_to__isnull=False, valid_to__lte=on).order_by("-valid_to")[:30]
    groups = GenericGroup.objects.select_related("anchor")
    return render(request, "org/tree.html", {"roots": roots, "on": on, "ended": ended, "groups": groups,
                                             "count": len(selectors.flatten(roots))})


@login_required
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(Unit.objects.select_related("parent"), pk=pk)
    policy.require(request.user, "view", unit)
    on = today()
    return render(request, "org/unit_detail.html", {
        "unit": unit,
        "children": unit.children.order_by("sort_order", "name"),
        "timeline": selectors.timeline(unit),
        "heirs": [] if unit.is_active_on(on) else selectors.successors_on(unit, on),
        "staff": policy.visible(request.user, unit.staff.order_by("full_name")),
    })


@login_required
def unit_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    unit = get_object_or_404(Unit, pk=pk) if pk else None
    policy.require(request.user, "change" if unit else "add", unit or Unit)
    initial = {"parent": request.GET.get("parent")} if not unit else None
    form = UnitForm(request.POST or None, instance=unit, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = {f: form.cleaned_data[f] for f in form.Meta.fields}
        try:
            saved = services.unit_update(unit=unit, by=request.user, **data) if unit else services.unit_create(by=request.user, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Đã lưu đơn vị %(name)s.") % {"name": saved.name})
            return redirect("org:unit", pk=saved.pk)
    return render(request, "org/unit_form.html", {"form": form, "unit": unit})


@login_required
def unit_end(request: HttpRequest, pk: int) -> HttpResponse:
    unit = get_object_or_404(Unit, pk=pk)
    policy.require(request.user, "change", unit)
    form = UnitEndForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.unit_end(unit=unit, on=form.cleaned_data["on"], by=request.user,
                              successors=list(form.cleaned_data["successors"]), kind=form.cleaned_data["kind"],
                              note=form.cleaned_data["note"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Đã ghi nhận chấm dứt hoạt động của %(name)s.") % {"name": unit.name})
            return redirect("org:unit", pk=unit.pk)
    return render(request, "org/unit_end.html", {"form": form, "unit": unit})


@login_required
def units_import(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "change", Unit)
    form = UnitImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        fmt, text = form.cleaned_data["file"]
        try:
            result = transfer.import_units(rows=transfer.parse(text, fmt), by=request.user)
        except transfer.ImportError_ as error:
            form.add_error("file", str(error))
        else:
            messages.success(request, _("Đã nhập: %(created)d đơn vị mới, %(updated)d đơn vị cập nhật.") % result)
            return redirect("org:tree")
    return render(request, "org/import.html", {"form": form})


@login_required
def units_export(request: HttpRequest, fmt: str) -> HttpResponse:
    policy.require(request.user, "view", Unit)
    if fmt not in ("csv", "json"):
        raise Http404
    if fmt == "json":
        response = HttpResponse(transfer.export_json(), content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse("\ufeff" + transfer.export_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="don-vi.{fmt}"'
    return response


@login_required
def groups(request: HttpRequest) -> HttpResponse:
    """Generic groups written in plans, each with the units it stands for on a date."""
    policy.require(request.user, "view", GenericGroup)
    on = parse_date_param(request.GET.get("on"), today()) or today()
    context_id = request.GET.get("context", "")
    context = Unit.objects.filter(pk=context_id).first() if context_id.isdigit() else None
    rows = [(group, selectors.resolve_group(group, context=context, on=on) if (context or not group.relative) else None)
            for group in GenericGroup.objects.select_related("anchor")]
    return render(request, "org/groups.html", {"rows": rows, "on": on, "context": context,
                                               "units": Unit.objects.active_on(on).order_by("path")})


@login_required
def group_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    group = get_object_or_404(GenericGroup, pk=pk) if pk else None
    policy.require(request.user, "change" if group else "add", group or GenericGroup)
    form = GroupForm(request.POST or None, instance=group)
    if request.method == "POST" and form.is_valid():
        data = {f: form.cleaned_data[f] for f in form.Meta.fields}
        try:
            saved = services.group_save(by=request.user, group=group, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Đã lưu nhóm %(name)s.") % {"name": saved.name})
            return redirect("org:groups")
    return render(request, "org/group_form.html", {"form": form, "group": group})
