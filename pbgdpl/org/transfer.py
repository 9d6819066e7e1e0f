"""Import and export of the unit tree as CSV or JSON.

Each record: ``id, name, short_name, abbreviation, type, parent_id, valid_from, valid_to,
successor_ids`` (dates as YYYY-MM-DD or dd/mm/yyyy; successor ids separated by spaces in CSV).
An ``id`` that exists updates that unit; an unknown or empty ``id`` creates one, and other records
of the same file may point to it as parent by that id. Every record is validated before anything is
written; one bad line names its line and field and the import changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pbgdpl.core import audit, policy
from pbgdpl.core.text import parse_date_value

from .models import Succession, SuccessionKind, Unit, UnitType
from .services import _refresh_descendant_paths, _set_path

FIELDS = ["id", "name", "short_name", "abbreviation", "type", "parent_id", "valid_from", "valid_to", "successor_ids"]


class ImportError_(ValueError):
    """A record that cannot be imported: ``line`` (1-based, header is line 1 in CSV) and ``field``."""

    def __init__(self, line: int, field: str, message: str) -> None:
        super().__init__(_("Dòng %(line)s, trường “%(field)s”: %(message)s") % {"line": line, "field": field, "message": message})
        self.line = line
        self.field = field
        self.message = message


@dataclass
class Row:
    line: int
    key: str
    data: dict[str, Any]
    parent_key: str
    successor_keys: list[str]


def export_records() -> list[dict[str, Any]]:
    successors: dict[int, list[int]] = {}
    for pred, succ in Succession.objects.values_list("predecessor_id", "successor_id"):
        successors.setdefault(pred, []).append(succ)
    return [
        {
            "id": unit.pk, "name": unit.name, "short_name": unit.short_name, "abbreviation": unit.abbreviation,
            "type": unit.type, "parent_id": unit.parent_id,
            "valid_from": unit.valid_from.isoformat() if unit.valid_from else None,
            "valid_to": unit.valid_to.isoformat() if unit.valid_to else None,
            "successor_ids": sorted(successors.get(unit.pk, [])),
        }
        for unit in Unit.objects.order_by("path")
    ]


def export_json() -> str:
    return json.dumps(export_records(), ensure_ascii=False, indent=2)


def export_csv() -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for record in export_records():
        writer.writerow({**record, "parent_id": record["parent_id"] or "",
                         "valid_from": record["valid_from"] or "", "valid_to": record["valid_to"] or "",
                         "successor_ids": " ".join(str(i) for i in record["successor_ids"])})
    return out.getvalue()


def _parse_date(line: int, field: str, value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    parsed = parse_date_value(text)
    if parsed is not None:
        return parsed
    raise ImportError_(line, field, _("ngày không hợp lệ “%(text)s” (cần YYYY-MM-DD hoặc dd/mm/yyyy)") % {"text": text})


def _parse_records(records: list[tuple[int, dict[str, Any]]]) -> list[Row]:
    rows: list[Row] = []
    seen: set[str] = set()
    valid_types = set(UnitType.values)
    for line, raw in records:
        if not isinstance(raw, dict):
            raise ImportError_(line, "*", _("mỗi bản ghi phải là một đối tượng"))
        unknown = set(raw) - set(FIELDS)
        if unknown:
            raise ImportError_(line, sorted(unknown)[0], _("trường không được hỗ trợ"))
        key = str(raw.get("id") or "").strip() or f"new:{line}"
        if key in seen:
            raise ImportError_(line, "id", _("mã “%(key)s” lặp lại") % {"key": key})
        seen.add(key)
        name = str(raw.get("name") or "").strip()
        if not name:
            raise ImportError_(line, "name", _("không được để trống"))
        if len(name) > 255:
            raise ImportError_(line, "name", _("dài quá 255 ký tự"))
        unit_type = str(raw.get("type") or "").strip()
        if unit_type not in valid_types:
            raise ImportError_(line, "type", _("loại “%(type)s” không hợp lệ (%(choices)s)") % {"type": unit_type, "choices": ", ".join(sorted(valid_types))})
        valid_from = _parse_date(line, "valid_from", raw.get("valid_from"))
        valid_to = _parse_date(line, "valid_to", raw.get("valid_to"))
        if valid_from and valid_to and valid_to <= valid_from:
            raise ImportError_(line, "valid_to", _("phải sau ngày bắt đầu hiệu lực"))
        successors = raw.get("successor_ids") or []
        if isinstance(successors, str):
            successors = successors.split()
        if not isinstance(successors, list):
            raise ImportError_(line, "successor_ids", _("phải là danh sách mã"))
        rows.append(Row(
            line=line, key=key,
            data={"name": name, "short_name": str(raw.get("short_name") or "").strip(),
                  "abbreviation": str(raw.get("abbreviation") or "").strip(), "type": unit_type,
                  "valid_from": valid_from, "valid_to": valid_to},
            parent_key=str(raw.get("parent_id") or "").strip(),
            successor_keys=[str(s).strip() for s in successors],
        ))
    return rows


def parse_json(text: str) -> list[Row]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportError_(error.lineno, "*", _("JSON không hợp lệ: %(error)s") % {"error": error.msg}) from None
    if not isinstance(data, list):
        raise ImportError_(1, "*", _("tệp JSON phải là một danh sách đơn vị"))
    return _parse_records([(index + 1, record) for index, record in enumerate(data)])


def parse_csv(text: str) -> list[Row]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if not reader.fieldnames or "name" not in reader.fieldnames:
        raise ImportError_(1, "name", _("thiếu dòng tiêu đề với cột name"))
    records: list[tuple[int, dict[str, Any]]] = []
    for row in reader:
        if None in row:
            raise ImportError_(reader.line_num, "*", _("nhiều cột hơn dòng tiêu đề"))
        records.append((reader.line_num, {k: v for k, v in row.items() if k}))
    return _parse_records(records)


def parse(text: str, fmt: str) -> list[Row]:
    if fmt == "json":
        return parse_json(text)
    if fmt == "csv":
        return parse_csv(text)
    raise ValueError(f"unknown format {fmt}")


@transaction.atomic
def import_units(*, rows: list[Row], by: Any) -> dict[str, int]:
    """Apply parsed rows in one transaction: all or nothing."""
    policy.require(by, "change", Unit)
    existing = {str(u.pk): u for u in Unit.objects.filter(pk__in=[r.key for r in rows if r.key.isdigit()])}
    keys = {r.key for r in rows}
    for row in rows:
        if row.parent_key and row.parent_key not in keys and not Unit.objects.filter(pk=row.parent_key if row.parent_key.isdigit() else 0).exists():
            raise ImportError_(row.line, "parent_id", _("không tìm thấy đơn vị cấp trên “%(key)s”") % {"key": row.parent_key})
        for succ in row.successor_keys:
            if succ not in keys and not Unit.objects.filter(pk=succ if succ.isdigit() else 0).exists():
                raise ImportError_(row.line, "successor_ids", _("không tìm thấy đơn vị kế thừa “%(key)s”") % {"key": succ})
    resolved: dict[str, Unit] = {}
    created = updated = 0
    for row in rows:
        unit = existing.get(row.key)
        if unit is None:
            unit = Unit(**row.data)
            unit.save()
            created += 1
        else:
            for field, value in row.data.items():
                setattr(unit, field, value)
            updated += 1
        resolved[row.key] = unit
    for row in rows:
        unit = resolved[row.key]
        parent = resolved.get(row.parent_key) or (Unit.objects.get(pk=row.parent_key) if row.parent_key else None)
        if parent is not None and parent.pk == unit.pk:
            raise ImportError_(row.line, "parent_id", _("đơn vị không thể là cấp trên của chính nó"))
        unit.parent = parent
    # Paths from the roots down; a parent chain that comes back to itself is a cycle.
    line_of = {unit.pk: row.line for row in rows for unit in [resolved[row.key]]}
    placed: set[int] = set()

    def place(unit: Unit, chain: tuple[int, ...]) -> None:
        if unit.pk in placed:
            return
        if unit.pk in chain:
            raise ImportError_(line_of.get(unit.pk, 0), "parent_id", _("vòng lặp trong quan hệ cấp trên"))
        if unit.parent is not None and unit.parent.pk in line_of:
            place(unit.parent, (*chain, unit.pk))
        _set_path(unit)
        try:
            unit.full_clean(exclude=["path", "parent", "successors"])
        except ValidationError as error:
            field, messages = next(iter(error.message_dict.items()))
            raise ImportError_(line_of.get(unit.pk, 0), field, "; ".join(messages)) from None
        unit.save()
        placed.add(unit.pk)

    for unit in resolved.values():
        place(unit, ())
    for unit in resolved.values():
        _refresh_descendant_paths(unit)
    for row in rows:
        unit = resolved[row.key]
        for succ in row.successor_keys:
            target = resolved.get(succ) or Unit.objects.get(pk=succ)
            Succession.objects.get_or_create(
                predecessor=unit, successor=target,
                defaults={"kind": SuccessionKind.MERGE, "on": unit.valid_to or target.valid_from or timezone.localdate()},
            )
    audit.record(actor=by, action="unit.import", target_type="org.unit", target_repr=_("%(n)d đơn vị") % {"n": len(rows)},
                 data={"created": created, "updated": updated})
    return {"created": created, "updated": updated}
