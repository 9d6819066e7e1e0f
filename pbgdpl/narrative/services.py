"""Writes of the narrative app: register entries (by hand and from XLSX) and report document drafts.

Keyword-only, permission-checked, validated and audited in one transaction.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pbgdpl.core import audit, docnumbers, policy
from pbgdpl.core.text import SPREADSHEET_DATE_FORMATS, parse_date_value
from pbgdpl.org.models import Unit
from pbgdpl.plans.models import Plan
from pbgdpl.reporting.models import Schedule

from . import document, selectors, templating
from .models import DocKind, OutgoingDocument, ReportDocument

AUDITED = ["unit", "number", "symbol", "date", "kind", "summary", "signer"]


@dataclass
class EntryData:
    unit: Unit
    number: int
    symbol: str
    date: dt.date
    kind: str
    summary: str
    signer: str = ""


def validate_entry(data: EntryData, *, exclude: int | None = None) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}

    def bad(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    if data.number is None or data.number < 1:
        bad("number", _("Số văn bản phải là số nguyên dương."))
    symbol = data.symbol.strip()
    if not symbol:
        bad("symbol", _("Nhập ký hiệu văn bản (ví dụ BC-SKHCN)."))
    elif docnumbers.parse(f"{data.number or 1}/{symbol}") is None:
        bad("symbol", _("Ký hiệu “%(s)s” không đúng dạng (ví dụ BC-SKHCN, SKHCN-VP).") % {"s": symbol})
    if data.kind not in DocKind.values:
        bad("kind", _("Loại văn bản phải là một trong %(k)s.") % {"k": ", ".join(DocKind.values)})
    if not data.summary.strip():
        bad("summary", _("Nhập trích yếu."))
    if data.date is None:
        bad("date", _("Nhập ngày ban hành."))
    elif data.date > timezone.localdate():
        bad("date", _("Ngày ban hành ở tương lai."))
    if not errors:
        same = OutgoingDocument.objects.filter(unit=data.unit, year=data.date.year, number=data.number,
                                               symbol=symbol)
        if exclude is not None:
            same = same.exclude(pk=exclude)
        if same.exists():
            bad("number", _("Số %(n)02d/%(s)s năm %(y)d đã có trong sổ.") % {"n": data.number, "s": symbol,
                                                                            "y": data.date.year})
        elif Plan.objects.filter(unit=data.unit, year=data.date.year, number=data.number, symbol=symbol,
                                 status__in=selectors.ISSUED).exists():
            bad("number", _("Số %(n)02d/%(s)s là một kế hoạch đã ban hành: kế hoạch tự có trong sổ.")
                % {"n": data.number, "s": symbol})
    return errors


def _fill(entry: OutgoingDocument, data: EntryData) -> None:
    entry.unit, entry.number, entry.symbol, entry.date = data.unit, data.number, data.symbol.strip(), data.date
    entry.year = data.date.year
    entry.kind, entry.summary, entry.signer = data.kind, data.summary.strip(), data.signer.strip()


@transaction.atomic
def entry_create(*, by: Any, data: EntryData) -> OutgoingDocument:
    entry = OutgoingDocument(unit=data.unit)
    policy.require(by, "add", entry)
    errors = validate_entry(data)
    if errors:
        raise ValidationError(errors)
    _fill(entry, data)
    entry.created_by = by
    entry.save()
    audit.record(actor=by, action="register.create", target=entry, after=audit.snapshot(entry, AUDITED))
    return entry


@transaction.atomic
def entry_update(*, by: Any, entry: OutgoingDocument, data: EntryData) -> OutgoingDocument:
    entry = OutgoingDocument.objects.select_for_update().get(pk=entry.pk)
    policy.require(by, "change", entry)
    policy.require(by, "change", OutgoingDocument(unit=data.unit))
    errors = validate_entry(data, exclude=entry.pk)
    if errors:
        raise ValidationError(errors)
    before = audit.snapshot(entry, AUDITED)
    _fill(entry, data)
    entry.save()
    old, new = audit.diff(before, audit.snapshot(entry, AUDITED))
    audit.record(actor=by, action="register.update", target=entry, before=old, after=new)
    return entry


@transaction.atomic
def entry_delete(*, by: Any, entry: OutgoingDocument) -> None:
    policy.require(by, "delete", entry)
    audit.record(actor=by, action="register.delete", target=entry, before=audit.snapshot(entry, AUDITED))
    entry.delete()


# --- XLSX import -----------------------------------------------------------------------------

IMPORT_HEADERS = ["Số", "Ký hiệu", "Ngày ban hành", "Loại", "Trích yếu", "Đơn vị ban hành", "Người ký"]


def import_template() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "So van ban di"
    ws.append(IMPORT_HEADERS)
    ws.append([12, "BC-SKHCN", "15/06/2025", "BC", "Báo cáo kết quả công tác PBGDPL 6 tháng đầu năm 2025",
               "", "Nguyễn Văn A"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _cell_date(value: Any) -> dt.date | None:
    return parse_date_value(value, SPREADSHEET_DATE_FORMATS)


def _kind_of(text: str) -> str:
    raw = text.strip()
    for value, label in DocKind.choices:
        if raw.lower() in (value.lower(), str(label).lower()):
            return value
    return raw


def _resolve_unit(name: str, default: Unit) -> Unit | None:
    name = name.strip()
    if not name:
        return default
    return (Unit.objects.filter(abbreviation__iexact=name).first() or Unit.objects.filter(name__iexact=name).first()
            or Unit.objects.filter(short_name__iexact=name).first())


@transaction.atomic
def register_import(*, by: Any, unit: Unit, content: bytes) -> list[OutgoingDocument]:
    """Rows of an XLSX sheet (headers as :data:`IMPORT_HEADERS`). Every row is checked; when any row is wrong
    nothing is imported and the ValidationError lists the problems by row number."""
    from openpyxl import load_workbook

    policy.require(by, "add", OutgoingDocument(unit=unit))
    try:
        wb = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise ValidationError(_("Không đọc được tệp XLSX: %(e)s") % {"e": error}) from None
    ws = wb.worksheets[0]
    rows = list(ws.iter_rows(values_only=True))
    if not rows:
        raise ValidationError(_("Tệp rỗng."))
    problems: list[str] = []
    parsed: list[EntryData] = []
    seen: set[tuple[int, int, int, str]] = set()
    for number, row in enumerate(rows[1:], start=2):
        cells = list(row) + [None] * (len(IMPORT_HEADERS) - len(row))
        if not any(str(c or "").strip() for c in cells):
            continue
        where = _("Dòng %(n)d") % {"n": number}
        raw_number, symbol, raw_date, kind, summary, unit_name, signer = cells[:7]
        try:
            doc_number = int(str(raw_number).strip())
        except (TypeError, ValueError):
            problems.append(f"{where}: " + _("số “%(v)s” không phải số nguyên.") % {"v": raw_number or ""})
            continue
        day = _cell_date(raw_date)
        row_unit = _resolve_unit(str(unit_name or ""), unit)
        if row_unit is None:
            problems.append(f"{where}: " + _("không có đơn vị “%(u)s”.") % {"u": unit_name})
            continue
        if not policy.can(by, "add", OutgoingDocument(unit=row_unit)):
            problems.append(f"{where}: " + _("không có quyền ghi sổ cho %(u)s.") % {"u": row_unit.display_name})
            continue
        if day is None:
            problems.append(f"{where}: " + _("ngày “%(v)s” không đọc được (dd/mm/yyyy).") % {"v": raw_date or ""})
            continue
        data = EntryData(unit=row_unit, number=doc_number, symbol=str(symbol or "").strip(), date=day,
                         kind=_kind_of(str(kind or "")), summary=str(summary or ""), signer=str(signer or ""))
        errors = validate_entry(data)
        for messages in errors.values():
            problems.extend(f"{where}: {m}" for m in messages)
        key = (row_unit.pk, day.year, doc_number, data.symbol)
        if key in seen:
            problems.append(f"{where}: " + _("trùng số với một dòng trước trong tệp."))
        seen.add(key)
        parsed.append(data)
    if problems:
        raise ValidationError(problems)
    if not parsed:
        raise ValidationError(_("Tệp không có dòng dữ liệu nào."))
    made = []
    for data in parsed:
        entry = OutgoingDocument(created_by=by)
        _fill(entry, data)
        entry.save()
        made.append(entry)
    audit.record(actor=by, action="register.import", target=unit, data={"rows": len(made)})
    return made


# --- Report documents ------------------------------------------------------------------------

HEADER_FIELDS = ["number", "symbol", "place", "date", "signer_title", "signer_name", "recipients"]


@transaction.atomic
def report_document_start(*, by: Any, unit: Unit, schedule: Schedule) -> ReportDocument:
    """The unit's draft for the period, created from the defaults and the previous period's prose if new."""
    doc = selectors.document_for(unit, schedule)
    if doc is not None:
        policy.require(by, "view", doc)
        return doc
    doc = ReportDocument(unit=unit, report_type=schedule.report_type, period=schedule.period)
    policy.require(by, "change", doc)
    previous = selectors.previous_document(unit, schedule)
    doc.sections = selectors.starting_text(unit, schedule)
    if previous is not None:
        for name in ("symbol", "place", "signer_title", "signer_name", "recipients"):
            setattr(doc, name, getattr(previous, name))
    else:
        doc.symbol = f"BC-{unit.abbreviation}" if unit.abbreviation else "BC"
        doc.recipients = "\n".join([unit.parent.name if unit.parent else "", "Lưu: VT"]).strip()
    doc.updated_by = by
    doc.save()
    audit.record(actor=by, action="report_document.create", target=doc,
                 data={"period": schedule.period, "from_previous": previous.pk if previous else None})
    return doc


@transaction.atomic
def report_document_save(*, by: Any, doc: ReportDocument, sections: dict[str, str] | None = None,
                         header: dict[str, Any] | None = None) -> ReportDocument:
    """Save edited section templates and header fields. Placeholders must be known names."""
    doc = ReportDocument.objects.select_for_update(of=("self",)).select_related("unit", "report_type").get(pk=doc.pk)
    policy.require(by, "change", doc)
    schedule = selectors.schedule_for(doc.report_type.code, doc.period)
    known = selectors.figures(doc.unit, schedule).values
    errors: dict[str, list[str]] = {}
    new_sections = dict(doc.sections)
    for key, text in (sections or {}).items():
        if key not in selectors.SECTION_KEYS:
            continue
        unknown = templating.unknown_names(text, known)
        if unknown:
            errors.setdefault(key, []).append(_("Không có số liệu tên: %(n)s.") % {"n": ", ".join(unknown)})
        new_sections[key] = text.replace("\r\n", "\n").strip()
    if errors:
        raise ValidationError(errors)
    before = audit.snapshot(doc, HEADER_FIELDS + ["sections"])
    for name, value in (header or {}).items():
        if name in HEADER_FIELDS:
            if name in ("number", "date") and value in ("", None):
                value = None
            elif value is None:
                value = ""
            setattr(doc, name, value)
    doc.sections = new_sections
    doc.updated_by = by
    doc.updated_at = timezone.now()
    doc.full_clean()
    doc.save()
    old, new = audit.diff(before, audit.snapshot(doc, HEADER_FIELDS + ["sections"]))
    audit.record(actor=by, action="report_document.edit", target=doc, before=old, after=new)
    return doc


@dataclass
class Generated:
    doc: ReportDocument
    figures: selectors.Figures
    sections: list[selectors.RenderedSection]
    content: bytes
    filename: str


def generate(*, by: Any, unit: Unit, schedule: Schedule, fmt: str = "docx") -> Generated:
    """The report file (DOCX, or PDF through LibreOffice) from the saved draft, or from a fresh one."""
    doc = selectors.document_for(unit, schedule)
    if doc is None:
        if policy.can(by, "change", ReportDocument(unit=unit)):
            doc = report_document_start(by=by, unit=unit, schedule=schedule)
        else:  # a reader (the level above) exports the starting draft without saving it
            doc = ReportDocument(unit=unit, report_type=schedule.report_type, period=schedule.period,
                                 sections=selectors.starting_text(unit, schedule),
                                 symbol=f"BC-{unit.abbreviation}" if unit.abbreviation else "BC")
    policy.require(by, "export", doc)
    fig = selectors.figures(unit, schedule)
    sections = selectors.render_sections(doc.sections, fig)
    content = document.build_docx(doc, fig, sections)
    stem = f"bao-cao-pbgdpl-{schedule.report_type.code}-{schedule.period}-{unit.abbreviation or unit.pk}"
    if fmt == "pdf":
        content = document.to_pdf(content)
    return Generated(doc, fig, sections, content, f"{stem}.{fmt}")
