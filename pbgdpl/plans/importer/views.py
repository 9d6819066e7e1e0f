"""Staff pages: upload a plan file, correct the extraction in an editable table, create the plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pbgdpl.accounts.scope import scope_of
from pbgdpl.core import policy
from pbgdpl.org.models import Unit
from pbgdpl.plans.models import Plan
from pbgdpl.plans.permissions import EDITORS

from . import PlanImportError, extract
from .forms import HeaderForm, TaskRowFormSet, UploadForm
from .matching import Matcher, tree_names
from .services import TaskRow, cited_parent, plan_import
from .units import KnownNames, compile_known, split_units


def _editable_units(user: Any) -> Any:
    scope = scope_of(user)
    units = Unit.objects.all() if scope.is_admin else Unit.objects.filter(scope.unit_q("self", *EDITORS))
    return units.order_by("path")


def _known_names() -> KnownNames | None:
    """The names of today's unit tree, compiled once for as long as the tree keeps them (see tree_names)."""
    return compile_known(tree_names(dt.date.today()))  # noqa: DTZ011 - the tree as of a calendar day


def _parents(user: Any) -> Any:
    return policy.visible(user, Plan.objects.select_related("unit")).order_by("-year", "-id")


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "add", Plan)
    units = _editable_units(request.user)
    home = request.user.unit if request.user.unit in units else units.first()  # type: ignore[union-attr]
    form = UploadForm(
        request.POST or None, request.FILES or None, units=units, initial={"unit": home.pk if home else None}
    )
    if request.method == "POST" and form.is_valid():
        upload_file = form.cleaned_data["file"]
        known = _known_names()
        try:
            result = extract(upload_file.read(), upload_file.name, known_names=known)
        except PlanImportError as error:
            form.add_error("file", str(error))
        else:
            return _preview(request, result, form.cleaned_data["unit"], upload_file.name, known)
    return render(request, "plans/importer/upload.html", {"form": form})


def _preview(
    request: HttpRequest, result: dict[str, Any], unit: Unit, name: str, known: KnownNames | None
) -> HttpResponse:
    year = result["year"] or dt.date.today().year  # noqa: DTZ011 - a calendar year, not a moment
    parent = cited_parent(result["cited_numbers"], by=request.user)
    signer = result.get("signer") or {}
    header = HeaderForm(
        units=_editable_units(request.user),
        parents=_parents(request.user),
        initial={
            "unit": unit.pk,
            "title": result["title"],
            "number_text": result["number"] or "",
            "year": year,
            "date": result["date"],
            "place": result["place"] or "",
            "parent": parent.pk if parent else None,
            "purposes": "\n".join(result.get("purposes", [])),
            "requirements": "\n".join(result.get("requirements", [])),
            "budget_text": result.get("budget", ""),
            "recipients": "\n".join(result.get("recipients", [])),
            "signer_title": signer.get("position") or "",
            "signer_name": signer.get("name") or "",
            "cited_numbers": "\n".join(result["cited_numbers"]),
            "source_name": name,
        },
    )
    on = dt.date.fromisoformat(result["date"]) if result["date"] else dt.date(year, 1, 1)
    matcher = Matcher(context=unit, on=on)
    initial = []
    for task in result["tasks"]:
        lead = [m for n in task["lead_units"] for m in [matcher.match(n)]]
        coord = [m for n in task["coordinating_units"] for m in [matcher.match(n)]]
        initial.append(
            {
                "keep": True,
                "code": task["code"],
                "parent_code": task["parent_code"] or "",
                "title": task["title"],
                "content": task["content"],
                "lead_text": "; ".join(task["lead_units"]),
                "coordinating_text": "; ".join(task["coordinating_units"]),
                "lead_units": [u.pk for m in lead for u in m.units if not m.flagged],
                "coordinating_units": [u.pk for m in coord for u in m.units if not m.flagged],
                "timeframe": task["timeframe"] or "",
                "due_date": task["deadline"],
                "on_request": task["on_request"],
                "products": "\n".join(task["products"]),
                "is_group": task.get("is_group", False),
            }
        )
    formset = TaskRowFormSet(initial=initial, prefix="t", form_kwargs={"unit_choices": _choices(matcher)})
    return _render_preview(request, header, formset, matcher, result.get("warnings", []), known)


def _choices(matcher: Matcher) -> list[tuple[int, str]]:
    return [(u.pk, ("— " * max(u.depth - 1, 0)) + u.name) for u in matcher.units]


def _render_preview(
    request: HttpRequest,
    header: HeaderForm,
    formset: Any,
    matcher: Matcher,
    warnings: list[str],
    known: KnownNames | None,
    status: int = 200,
) -> HttpResponse:
    rows = []
    for form in formset:
        lead_text = form["lead_text"].value() or ""
        coord_text = form["coordinating_text"].value() or ""
        rows.append(
            {
                "form": form,
                "lead": [matcher.match(n) for n in split_units(lead_text.replace("; ", "\n"), known)],
                "coord": [matcher.match(n) for n in split_units(coord_text.replace("; ", "\n"), known)],
            }
        )
    flagged = sum(1 for row in rows for m in [*row["lead"], *row["coord"]] if m.flagged)
    return render(
        request,
        "plans/importer/preview.html",
        {
            "header": header,
            "formset": formset,
            "rows": rows,
            "warnings": warnings,
            "flagged": flagged,
        },
        status=status,
    )


@login_required
@require_POST
def confirm(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "add", Plan)
    header = HeaderForm(request.POST, units=_editable_units(request.user), parents=_parents(request.user))
    unit: Unit | None = None
    on = dt.date.today()  # noqa: DTZ011 - the unit tree as of a calendar day
    if header.is_valid():
        unit = header.cleaned_data["unit"]
        on = header.cleaned_data["date"] or dt.date(header.cleaned_data["year"], 1, 1)
    matcher = Matcher(context=unit, on=on)
    formset = TaskRowFormSet(request.POST, prefix="t", form_kwargs={"unit_choices": _choices(matcher)})
    if header.is_valid() and formset.is_valid():
        data = header.cleaned_data
        kept = [f.cleaned_data for f in formset if f.cleaned_data.get("keep")]
        codes = {row["code"] for row in kept}
        rows = [
            TaskRow(
                code=row["code"],
                title=row["title"],
                parent_code=row["parent_code"] if row["parent_code"] in codes else None,
                content=row["content"],
                lead_units=[matcher.by_pk[pk] for pk in row["lead_units"]],
                coordinating_units=[matcher.by_pk[pk] for pk in row["coordinating_units"]],
                lead_text=row["lead_text"],
                coordinating_text=row["coordinating_text"],
                timeframe=row["timeframe"],
                due_date=row["due_date"],
                on_request=row["on_request"],
                products=[p for p in row["products"].splitlines() if p.strip()],
            )
            for row in kept
        ]
        try:
            plan = plan_import(
                by=request.user,
                unit=data["unit"],
                title=data["title"],
                year=data["year"],
                number_text=data["number_text"],
                date=data["date"],
                place=data["place"],
                parent=data["parent"],
                purposes=data["purposes"],
                requirements=data["requirements"],
                budget_text=data["budget_text"],
                recipients=[r for r in data["recipients"].splitlines() if r.strip()],
                signer_name=data["signer_name"],
                signer_title=data["signer_title"],
                cited_numbers=[n for n in data["cited_numbers"].splitlines() if n.strip()],
                rows=rows,
                source_name=data["source_name"],
            )
        except ValidationError as error:
            for message in error.messages:
                header.add_error(None, message)
        else:
            messages.success(request, _("Đã nhập kế hoạch với %(n)d nhiệm vụ.") % {"n": len(rows)})
            return redirect("plans:plan", pk=plan.pk)
    return _render_preview(request, header, formset, matcher, [], _known_names(), status=400)
