"""Excel in and out: the activity import template, the import itself (all rows valid or nothing), the report
export in the form layout and indicator sets.

The import is two passes: every row is parsed and validated (errors listed per row and column), and only when
none has an error are the activities created, in one transaction.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from pbgdpl.core import policy
from pbgdpl.core.text import SPREADSHEET_DATE_FORMATS, key, parse_date_value
from pbgdpl.org.models import Unit, UnitType

from . import selectors, services
from .models import Activity, AudienceGroup, BudgetItem, Form, Indicator, Submission

MAX_ROWS = 5000
BASE_COLUMNS = [
    ("unit", "Đơn vị thực hiện"),
    ("title", "Nội dung hoạt động"),
    ("form", "Hình thức (mã hoặc tên)"),
    ("date_from", "Từ ngày (dd/mm/yyyy)"),
    ("date_to", "Đến ngày"),
    ("sessions", "Số cuộc, buổi, tin bài"),
    ("participants", "Tổng số người"),
    ("women", "Trong đó nữ"),
    ("copies", "Số tài liệu phát hành"),
    ("laws", "Văn bản phổ biến (số, ký hiệu; cách nhau bằng ;)"),
    ("commune", "Tại xã, phường"),
]


def columns() -> list[tuple[str, str]]:
    cols = list(BASE_COLUMNS)
    cols += [(f"g:{g.code}", f"Đối tượng: {g.name}") for g in AudienceGroup.objects.filter(is_active=True)]
    cols += [(f"c:{i.code}", f"Kinh phí: {i.name} (đồng)") for i in BudgetItem.objects.all()]
    return cols


def template() -> bytes:
    """An empty import file: the header row, an example row, and a sheet listing the accepted codes."""
    book = Workbook()
    sheet = book.active
    sheet.title = "HoatDong"
    cols = columns()
    for index, (_code, label) in enumerate(cols, start=1):
        cell = sheet.cell(row=1, column=index, value=label)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(index)].width = 18 if index > 2 else 34
    example = {"unit": "Văn phòng Sở", "title": "Hội nghị phổ biến Luật Khoa học, công nghệ và đổi mới sáng tạo",
               "form": "hoi-nghi", "date_from": "15/03/2025", "sessions": 1, "participants": 80, "women": 35,
               "copies": 80, "laws": "93/2025/QH15", "g:can-bo": 80}
    for index, (code, _label) in enumerate(cols, start=1):
        if code in example:
            sheet.cell(row=2, column=index, value=example[code])
    codes = book.create_sheet("MaDanhMuc")
    codes.append(["Loại", "Mã", "Tên"])
    for form in Form.objects.filter(is_active=True):
        codes.append(["Hình thức", form.code, form.name])
    for group in AudienceGroup.objects.filter(is_active=True):
        codes.append(["Đối tượng", group.code, group.name])
    for item in BudgetItem.objects.all():
        codes.append(["Mục chi", item.code, item.name])
    return _save(book)


def _save(book: Workbook) -> bytes:
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@dataclass
class ImportResult:
    created: list[Activity] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)
    rows: int = 0


class _Resolver:
    def __init__(self, user: Any) -> None:
        self.user = user
        self.forms = {}
        for form in Form.objects.all():
            self.forms[form.code] = form
            self.forms[key(form.name)] = form
        self.groups = {g.code: g for g in AudienceGroup.objects.all()}
        self.items = {i.code: i for i in BudgetItem.objects.all()}
        self.units: dict[str, list[Unit]] = {}
        for unit in Unit.objects.all():
            for name in {unit.name, unit.short_name, unit.abbreviation and unit.name}:
                if name:
                    self.units.setdefault(key(name), []).append(unit)
            self.units.setdefault(str(unit.pk), []).append(unit)

    def unit(self, text: str, *, commune: bool = False) -> Unit:
        found = self.units.get(key(text)) or self.units.get(text.strip()) or []
        if commune:
            found = [u for u in found if u.type == UnitType.COMMUNE]
        if len(found) > 1:
            mine = [u for u in found if policy.can(self.user, "add", Activity(unit=u))]
            found = mine or found
        if not found:
            raise ValueError(_("không tìm thấy đơn vị “%(t)s”") % {"t": text})
        if len(found) > 1:
            raise ValueError(_("“%(t)s” trùng tên nhiều đơn vị; ghi mã số đơn vị") % {"t": text})
        return found[0]


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    parsed = parse_date_value(value, SPREADSHEET_DATE_FORMATS)
    if parsed is None:
        raise ValueError(_("ngày “%(t)s” không đúng dạng dd/mm/yyyy") % {"t": str(value).strip()})
    return parsed


def _int(value: Any) -> int:
    if value in (None, ""):
        return 0
    number = services.parse_number(value)
    if number != number.to_integral_value():
        raise ValueError(_("“%(v)s” phải là số nguyên") % {"v": value})
    return int(number)


def read_activities(content: bytes, *, user: Any) -> tuple[list[tuple[int, services.ActivityData]], list[tuple[int, str]]]:
    """Parse and validate every row; returns (row number, data) pairs and (row number, message) errors."""
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any unreadable file gets the same plain message
        raise ValidationError(_("Không đọc được tệp Excel: %(e)s") % {"e": error}) from None
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if not header:
        raise ValidationError(_("Tệp không có dòng tiêu đề."))
    by_label = {key(label): code for code, label in columns()}
    by_label.update({code: code for code, _label in columns()})
    codes = [by_label.get(key(str(h or ""))) or by_label.get(str(h or "").strip()) for h in header]
    if "unit" not in codes or "title" not in codes or "form" not in codes or "date_from" not in codes:
        raise ValidationError(_("Thiếu cột bắt buộc: Đơn vị thực hiện, Nội dung hoạt động, Hình thức, Từ ngày. "
                                "Hãy dùng tệp mẫu."))
    resolver = _Resolver(user)
    good: list[tuple[int, services.ActivityData]] = []
    errors: list[tuple[int, str]] = []
    for number, values in enumerate(rows, start=2):
        if number - 1 > MAX_ROWS:
            errors.append((number, _("quá %(n)d dòng; hãy chia tệp") % {"n": MAX_ROWS}))
            break
        row = {code: value for code, value in zip(codes, values, strict=False) if code}
        if all(v in (None, "") for v in row.values()):
            continue
        problems: list[str] = []

        def attempt(label: str, func: Any, *args: Any, problems: list[str] = problems, **kw: Any) -> Any:
            try:
                return func(*args, **kw)
            except (ValueError, ValidationError) as error:
                text = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
                problems.append(f"{label}: {text}")
                return None

        unit = attempt(_("Đơn vị"), resolver.unit, str(row.get("unit") or ""))
        form_text = str(row.get("form") or "").strip()
        form = resolver.forms.get(form_text) or resolver.forms.get(key(form_text))
        if form is None:
            problems.append(_("Hình thức: không có “%(f)s” (xem sheet MaDanhMuc)") % {"f": form_text})
        date_from = attempt(_("Từ ngày"), _date, row.get("date_from"))
        if date_from is None and not any(p.startswith(_("Từ ngày")) for p in problems):
            problems.append(_("Từ ngày: bắt buộc"))
        date_to = attempt(_("Đến ngày"), _date, row.get("date_to"))
        numbers = {name: attempt(label, _int, row.get(name)) for name, label in
                   (("sessions", _("Số buổi")), ("participants", _("Tổng số người")), ("women", _("Nữ")),
                    ("copies", _("Tài liệu")))}
        if row.get("sessions") in (None, ""):
            numbers["sessions"] = 1
        commune = attempt(_("Xã, phường"), resolver.unit, str(row.get("commune")), commune=True) \
            if row.get("commune") else None
        audiences = {}
        costs = {}
        for code, value in row.items():
            if code.startswith("g:") and value not in (None, ""):
                people = attempt(resolver.groups[code[2:]].name, _int, value)
                if people is not None:
                    audiences[resolver.groups[code[2:]]] = (people, 0)
            elif code.startswith("c:") and value not in (None, ""):
                amount = attempt(resolver.items[code[2:]].name, services.parse_number, value)
                if amount is not None:
                    costs[resolver.items[code[2:]]] = Decimal(amount)
        if unit is not None and not policy.can(user, "add", Activity(unit=unit)):
            problems.append(_("Đơn vị: không có quyền ghi nhận cho %(u)s") % {"u": unit.display_name})
        if not problems and unit is not None and form is not None and date_from is not None:
            data = services.ActivityData(
                unit=unit, title=str(row.get("title") or ""), date_from=date_from, date_to=date_to, form=form,
                sessions=numbers["sessions"], participants=numbers["participants"], women=numbers["women"],
                copies=numbers["copies"], audiences=audiences, costs=costs, laws=str(row.get("laws") or ""),
                commune=commune)
            for field_name, messages in services.validate_activity(data).items():
                problems.extend(f"{_FIELD_LABELS.get(field_name, field_name)}: {m}" for m in messages)
            lock = services.locking_submission(unit, date_from)
            if lock is not None:
                problems.append(_("Kỳ báo cáo đã khóa: %(s)s") % {"s": lock.schedule})
            if not problems:
                good.append((number, data))
        errors.extend((number, p) for p in problems)
    return good, errors


_FIELD_LABELS = {"title": _l("Nội dung"), "sessions": _l("Số buổi"), "participants": _l("Tổng số người"),
                 "women": _l("Nữ"), "copies": _l("Tài liệu"), "date_from": _l("Từ ngày"), "date_to": _l("Đến ngày"),
                 "audiences": _l("Đối tượng"), "costs": _l("Kinh phí"), "commune": _l("Xã, phường"),
                 "form": _l("Hình thức")}


def import_activities(content: bytes, *, user: Any) -> ImportResult:
    """Import every row or none: with any error nothing is created and all errors are returned."""
    policy.require(user, "add", Activity)
    good, errors = read_activities(content, user=user)
    result = ImportResult(rows=len(good) + len({n for n, _ in errors}), errors=errors)
    if errors:
        return result
    try:
        with transaction.atomic():
            for _number, data in good:
                result.created.append(services.activity_create(by=user, data=data))
    except (ValidationError, PermissionDenied) as error:  # a race with a lock between the passes
        result.created = []
        result.errors = [(0, "; ".join(getattr(error, "messages", [str(error)])))]
    return result


# --- Report export ----------------------------------------------------------------------------


def export_report(submission: Submission) -> bytes:
    """The report in the form layout: indicators with this period, the previous period and the previous year;
    a second sheet with the figures of each unit below."""
    view = selectors.report_view(submission)
    schedule = submission.schedule
    book = Workbook()
    sheet = book.active
    sheet.title = "BieuMau"
    sheet.append([submission.unit.name])
    sheet.append([f"{schedule.report_type.name} — {schedule.period_label}"])
    sheet.append([f"Số liệu từ {schedule.start:%d/%m/%Y} đến {schedule.cutoff:%d/%m/%Y}; "
                  f"trạng thái: {submission.get_status_display()}"])
    sheet.append([])
    prev = view.previous.period_label if view.previous else "—"
    last = view.last_year.period_label if view.last_year else "—"
    header = ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", f"Kỳ trước ({prev})", f"Cùng kỳ năm trước ({last})"]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    number = 0
    for row in view.rows:
        ind: Indicator = row["indicator"]
        if row["new_section"]:
            sheet.append(["", "", row["new_section"]])
            sheet.cell(row=sheet.max_row, column=3).font = Font(bold=True)
        number += 1
        sheet.append([number, ind.code, ind.label, ind.unit_label, _num(row["total"]), _num(row["previous"]),
                      _num(row["last_year"])])
    for letter, width in zip("ABCDEFG", (6, 12, 60, 12, 14, 18, 22), strict=True):
        sheet.column_dimensions[letter].width = width
    if view.children:
        units = book.create_sheet("TheoDonVi")
        units.append(["Mã", "Chỉ tiêu", "Của đơn vị", *[c.unit.display_name for c in view.children], "Tổng"])
        units.append(["", "Trạng thái", "", *[c.get_status_display() for c in view.children], ""])
        for row in view.rows:
            units.append([row["indicator"].code, row["indicator"].label, _num(row["own"]),
                          *[_num(v) for v in row["children"]], _num(row["total"])])
    return _save(book)


def _num(value: Decimal | None) -> Any:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


# --- Indicator sets -----------------------------------------------------------------------------

INDICATOR_COLUMNS = ["code", "label", "unit", "section", "rule", "metric", "forms", "audiences", "formula"]


def indicator_rows_from_xlsx(content: bytes) -> list[dict[str, Any]]:
    book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    rows = book.worksheets[0].iter_rows(values_only=True)
    header = [str(h or "").strip().lower() for h in next(rows, ())]
    out = []
    for values in rows:
        row = dict(zip(header, values, strict=False))
        if not any(v not in (None, "") for v in row.values()):
            continue
        for name in ("forms", "audiences"):
            row[name] = [p.strip() for p in str(row.get(name) or "").replace(";", ",").split(",") if p.strip()]
        out.append({k: ("" if row.get(k) is None else row.get(k)) for k in INDICATOR_COLUMNS})
    return out


def indicator_set_xlsx(indicators: list[Indicator]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "ChiTieu"
    sheet.append(INDICATOR_COLUMNS)
    for ind in indicators:
        sheet.append([ind.code, ind.label, ind.unit_label, ind.section, ind.rule, ind.metric, ", ".join(ind.forms),
                      ", ".join(ind.audiences), ind.formula])
    return _save(book)


def units_q(unit: Unit) -> Q:
    return Q(path__startswith=unit.path)
