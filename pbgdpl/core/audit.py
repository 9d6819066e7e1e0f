"""The audit trail: every state change records who, what, when, which object, before and after.

Call :func:`record` inside the service's transaction so the record and the change commit together.
"""

from __future__ import annotations

import datetime as dt
import decimal
import uuid
from typing import Any

from django.db import models, transaction
from django.db.models.fields.files import FieldFile

from .models import AuditRecord


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, FieldFile):  # before the duck-typed check: .url raises on an empty file
        return value.name or None
    if hasattr(value, "name") and hasattr(value, "url") and not isinstance(value, str):  # FieldFile
        return value.name or None
    return value


def snapshot(obj: models.Model, fields: list[str] | None = None) -> dict[str, Any]:
    """The concrete field values of ``obj`` (foreign keys as ids), JSON-ready."""
    data: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        if fields is not None and field.name not in fields:
            continue
        data[field.attname] = _jsonable(getattr(obj, field.attname))
    return data


def diff(before: dict[str, Any] | None, after: dict[str, Any] | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Only the keys that changed, for compact records."""
    before = before or {}
    after = after or {}
    keys = [k for k in {*before, *after} if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in sorted(keys)}, {k: after.get(k) for k in sorted(keys)}


def record(
    *,
    actor: Any,
    action: str,
    target: models.Model | None = None,
    target_type: str | None = None,
    target_id: Any = None,
    target_repr: str | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    data: dict[str, Any] | None = None,
    unit_path: str = "",
) -> AuditRecord:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit.record must be called inside the service's transaction")
    if target is not None:
        target_type = target_type or target._meta.label_lower
        target_id = target.pk if target_id is None else target_id
        target_repr = target_repr or str(target)[:255]
        if not unit_path:
            unit_path = _unit_path_of(target)
    user = actor if getattr(actor, "is_authenticated", False) else None
    return AuditRecord.objects.create(
        actor=user,
        actor_name=(str(actor) if actor is not None else "system")[:150],
        action=action,
        target_type=target_type or "",
        target_id="" if target_id is None else str(target_id),
        target_repr=(target_repr or "")[:255],
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
        data=_jsonable(data) if data is not None else None,
        unit_path=unit_path,
    )


def _unit_path_of(obj: models.Model) -> str:
    path = getattr(obj, "path", None)
    if isinstance(path, str) and obj._meta.label_lower == "org.unit":
        return path
    unit = getattr(obj, "unit", None)
    return getattr(unit, "path", "") or ""
