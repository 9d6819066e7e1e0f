from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pbgdpl.accounts.scope import scope_of
from pbgdpl.core import policy, uploads
from pbgdpl.core.views import today
from pbgdpl.org.models import Unit

from . import selectors, services, workflow
from .forms import EvidenceUploadForm
from .models import Assessment, CriteriaSet, EvidenceFile
from .permissions import AUTHORS


def _errors(error: ValidationError) -> list[str]:
    if hasattr(error, "error_dict"):
        return [m for problems in error.message_dict.values() for m in problems]
    return list(error.messages)


@login_required
def assessment_list(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Assessment)
    year = int(request.GET["year"]) if request.GET.get("year", "").isdigit() else None
    scope = scope_of(request.user)
    own = Unit.objects.all() if scope.is_admin else Unit.objects.filter(scope.unit_q("self", *AUTHORS))
    return render(request, "assessment/list.html", {
        "items": selectors.assessments(request.user, year=year)[:200], "year": year,
        "sets": CriteriaSet.objects.filter(is_active=True), "own_units": list(own.order_by("path")[:300]),
        "this_year": today().year,
    })


@login_required
@require_POST
def assessment_create(request: HttpRequest) -> HttpResponse:
    cset = get_object_or_404(CriteriaSet, pk=request.POST.get("criteria_set") or 0)
    unit = get_object_or_404(Unit, pk=request.POST.get("unit") or 0)
    try:
        year = int(request.POST.get("year", ""))
        item = services.assessment_create(by=request.user, criteria_set=cset, unit=unit, year=year)
    except ValueError:
        messages.error(request, _("Năm không hợp lệ."))
        return redirect("assessment:list")
    except ValidationError as error:
        for problem in _errors(error):
            messages.error(request, problem)
        return redirect("assessment:list")
    return redirect("assessment:detail", pk=item.pk)


def _get(request: HttpRequest, pk: int) -> Assessment:
    item = get_object_or_404(Assessment.objects.select_related("criteria_set", "unit", "unit__parent"), pk=pk)
    policy.require(request.user, "view", item)
    return item


@login_required
def assessment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = _get(request, pk)
    problems: list[str] = []
    if request.method == "POST":
        entries: dict[str, dict[str, Any]] = {}
        for key, value in request.POST.items():
            for part in ("measured", "points", "evidence"):
                prefix = f"{part}-"
                if key.startswith(prefix):
                    entries.setdefault(key[len(prefix):], {})[part] = value
        try:
            services.assessment_edit(by=request.user, assessment=item, entries=_changed(item, entries),
                                     disqualified=request.POST.get("disqualified") == "on",
                                     disqualify_note=request.POST.get("disqualify_note", ""))
        except ValidationError as error:
            problems = _errors(error)
        else:
            messages.success(request, _("Đã lưu điểm."))
            return redirect("assessment:detail", pk=item.pk)
    tree = selectors.tree(item, with_files=True)
    transitions = workflow.available(item.status, services.needs_publication(item))
    open_for_edits = item.status in workflow.EDITABLE
    return render(request, "assessment/detail.html", {
        "item": item, "tree": tree, "problems": problems, "transitions": transitions,
        "editable": open_for_edits and policy.can(request.user, "change", item),
        "may_attach": open_for_edits and policy.can(request.user, "attach", item),
        "evidence_form": EvidenceUploadForm(indicators=tree.indicators),
        "approvable_from": services.approvable_from(item),
    })


def _changed(item: Assessment, entries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Only the indicators whose fields differ from what is stored (a page posts every row)."""
    stored = {v.indicator.code: v for v in item.values.select_related("indicator")}
    out = {}
    for code, entry in entries.items():
        value = stored.get(code)
        current = {
            "measured": "" if value is None or value.measured is None else f"{value.measured.normalize():f}",
            "points": "" if value is None else f"{value.points.normalize():f}",
            "evidence": "" if value is None else value.evidence,
        }
        changed = {k: v for k, v in entry.items() if str(v).strip() != current.get(k, "")}
        if changed:
            if "evidence" not in changed:
                changed["evidence"] = entry.get("evidence", "")
            out[code] = changed
    return out


@login_required
@require_POST
def assessment_refresh(request: HttpRequest, pk: int) -> HttpResponse:
    item = _get(request, pk)
    try:
        services.assessment_refresh(by=request.user, assessment=item)
    except ValidationError as error:
        for problem in _errors(error):
            messages.error(request, problem)
    return redirect("assessment:detail", pk=pk)


@login_required
@require_POST
def assessment_transition(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    item = _get(request, pk)
    try:
        services.assessment_transition(by=request.user, assessment=item, action=action,
                                       comment=request.POST.get("comment", ""))
    except ValidationError as error:
        for problem in _errors(error):
            messages.error(request, problem)
    else:
        messages.success(request, _("Đã cập nhật trạng thái."))
    return redirect("assessment:detail", pk=pk)


@login_required
@require_POST
def evidence_upload(request: HttpRequest, pk: int) -> HttpResponse:
    item = _get(request, pk)
    policy.require(request.user, "attach", item)
    form = EvidenceUploadForm(request.POST, request.FILES, indicators=selectors.tree(item).indicators)
    if form.is_valid():
        try:
            added = services.evidence_add(by=request.user, assessment=item,
                                          indicator_code=form.cleaned_data["indicator"],
                                          upload=form.cleaned_data["file"])
        except ValidationError as error:
            for problem in _errors(error):
                messages.error(request, problem)
        else:
            messages.success(request, _("Đã đính kèm “%(name)s”.") % {"name": added.name})
    else:
        for field_problems in form.errors.values():
            for message in field_problems:
                messages.error(request, str(message))
    return redirect(reverse("assessment:detail", args=[item.pk]) + "#minh-chung")


def _evidence(request: HttpRequest, pk: int) -> EvidenceFile:
    return get_object_or_404(EvidenceFile.objects.select_related("value__assessment__unit__parent",
                                                                 "value__indicator"), pk=pk)


@login_required
@require_POST
def evidence_delete(request: HttpRequest, pk: int) -> HttpResponse:
    evidence = _evidence(request, pk)
    assessment_pk = evidence.value.assessment_id
    try:
        services.evidence_delete(by=request.user, item=evidence)
    except ValidationError as error:
        for problem in _errors(error):
            messages.error(request, problem)
    else:
        messages.success(request, _("Đã xóa tệp minh chứng “%(name)s”.") % {"name": evidence.name})
    return redirect(reverse("assessment:detail", args=[assessment_pk]) + "#minh-chung")


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    """Evidence files only through here: whoever may view the assessment, never the public."""
    evidence = _evidence(request, pk)
    policy.require(request.user, "view", evidence)
    return uploads.attachment_response(evidence.file, evidence.name, evidence.content_type)


# --- Public ----------------------------------------------------------------------------------------


def public_list(request: HttpRequest) -> HttpResponse:
    return render(request, "assessment/public_list.html", {"items": selectors.public_assessments()[:200]})


def public_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(selectors.public_assessments(), pk=pk)
    return render(request, "assessment/public_detail.html", {
        "item": item, "tree": selectors.tree(item), "approvable_from": services.approvable_from(item)})
