"""JSON API of the narrative app: the report document as DOCX (or PDF) and the register."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from pbgdpl.core import policy
from pbgdpl.org.models import Unit
from pbgdpl.reporting.models import Schedule

from . import selectors, services
from .models import OutgoingDocument

router = Router(tags=["narrative"])
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.post("/reports/{report_type}/{period}/{unit_id}/document", summary="Báo cáo kết quả công tác PBGDPL (DOCX)",
             response={200: None})
def report_document(request: HttpRequest, report_type: str, period: str, unit_id: int,
                    format: str = "docx") -> HttpResponse:  # noqa: A002 - the query parameter's name
    """The narrative report for the unit and period from the saved draft (created from the defaults and the
    previous report when there is none). ``format=pdf`` converts with LibreOffice when installed (else 501).
    Headers ``X-Report-Draft: 1`` and ``X-Missing-Units`` tell when the statistics are not all approved."""
    unit = get_object_or_404(Unit, pk=unit_id)
    try:
        schedule = selectors.schedule_for(report_type, period)
    except Schedule.DoesNotExist:
        raise HttpError(404, "Không có kỳ báo cáo này.") from None
    if format not in ("docx", "pdf"):
        raise HttpError(400, "format: docx hoặc pdf")
    policy.require(request.user, "export", services.ReportDocument(unit=unit))  # before any work
    try:
        made = services.generate(by=request.user, unit=unit, schedule=schedule, fmt=format)
    except RuntimeError as error:
        raise HttpError(501, str(error)) from None
    response = HttpResponse(made.content, content_type=DOCX if format == "docx" else "application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{made.filename}"'
    response["X-Report-Draft"] = "1" if made.figures.is_draft else "0"
    response["X-Missing-Units"] = ",".join(str(u.pk) for u in made.figures.statistics.missing)
    return response


class EntryOut(Schema):
    unit_id: int
    number: str
    date: dt.date
    kind: str
    summary: str
    source: str


@router.get("/register", response=list[EntryOut], summary="Sổ văn bản đi")
def register(request: HttpRequest, unit: int, year: int) -> list[dict[str, object]]:
    """The unit's outgoing documents of the year, issued plans included."""
    unit_obj = get_object_or_404(Unit, pk=unit)
    policy.require(request.user, "view", OutgoingDocument(unit=unit_obj))
    entries = selectors.register_entries(units=Q(unit=unit_obj), start=dt.date(year, 1, 1),
                                         end=dt.date(year, 12, 31))
    return [{"unit_id": e.unit.pk, "number": e.number_symbol, "date": e.date, "kind": e.kind, "summary": e.summary,
             "source": e.source} for e in entries]
