"""Writes to the unit tree. Every change is audited in the same transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pbgdpl.core import audit, policy

from .models import GenericGroup, Succession, SuccessionKind, Unit

UNIT_FIELDS = ("name", "short_name", "abbreviation", "type", "parent", "valid_from", "valid_to", "email", "sort_order")


def _set_path(unit: Unit) -> None:
    parent = unit.parent
    unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
    unit.depth = (parent.depth + 1) if parent else 0


def _refresh_descendant_paths(unit: Unit) -> None:
    for child in Unit.objects.filter(parent=unit):
        _set_path(child)
        child.save(update_fields=["path", "depth"])
        _refresh_descendant_paths(child)


@transaction.atomic
def unit_create(*, by: Any, **fields: Any) -> Unit:
    policy.require(by, "add", Unit)
    unit = Unit(**{k: v for k, v in fields.items() if k in UNIT_FIELDS})
    unit.full_clean(exclude=["path"])
    unit.save()
    _set_path(unit)
    unit.save(update_fields=["path", "depth"])
    audit.record(actor=by, action="unit.create", target=unit, after=audit.snapshot(unit))
    return unit


@transaction.atomic
def unit_update(*, unit: Unit, by: Any, **fields: Any) -> Unit:
    policy.require(by, "change", unit)
    unit = Unit.objects.select_for_update().get(pk=unit.pk)
    before = audit.snapshot(unit)
    for key, value in fields.items():
        if key not in UNIT_FIELDS:
            raise ValidationError({key: _("Trường không hợp lệ")})
        setattr(unit, key, value)
    new_parent: Unit | None = unit.parent
    if new_parent is not None and (new_parent.pk == unit.pk or new_parent.path.startswith(unit.path)):
        raise ValidationError({"parent": _("Đơn vị cấp trên không thể là chính nó hoặc đơn vị cấp dưới của nó.")})
    unit.full_clean(exclude=["path"])
    old_path = unit.path
    _set_path(unit)
    unit.save()
    if unit.path != old_path:
        _refresh_descendant_paths(unit)
    old, new = audit.diff(before, audit.snapshot(unit))
    if new:
        audit.record(actor=by, action="unit.update", target=unit, before=old, after=new)
    return unit


@transaction.atomic
def unit_end(*, unit: Unit, on: dt.date, by: Any, successors: list[Unit] | None = None,
             kind: str = SuccessionKind.MERGE, note: str = "") -> Unit:
    """End ``unit`` on ``on`` (its first day of not existing) and link its successors."""
    policy.require(by, "change", unit)
    if unit.valid_from and on <= unit.valid_from:
        raise ValidationError({"valid_to": _("Ngày chấm dứt phải sau ngày bắt đầu hiệu lực.")})
    if any(successor.pk == unit.pk for successor in successors or []):
        raise ValidationError({"successors": _("Đơn vị không thể kế thừa chính nó.")})
    if kind not in SuccessionKind.values:
        raise ValidationError({"kind": _("Hình thức không hợp lệ.")})
    before = audit.snapshot(unit, ["valid_to"])
    unit.valid_to = on
    unit.save(update_fields=["valid_to"])
    for successor in successors or []:
        Succession.objects.update_or_create(
            predecessor=unit, successor=successor, defaults={"kind": kind, "on": on, "note": note}
        )
    audit.record(
        actor=by, action="unit.end", target=unit, before=before, after={"valid_to": on},
        data={"successors": [s.pk for s in successors or []], "kind": kind},
    )
    return unit


GROUP_FIELDS = ("name", "aliases", "relative", "anchor", "unit_types", "direct_children_only")


@transaction.atomic
def group_save(*, by: Any, group: GenericGroup | None = None, **fields: Any) -> GenericGroup:
    """Create or change a generic group ("Các sở, ban, ngành, đoàn thể tỉnh") and how it resolves."""
    creating = group is None or group.pk is None
    policy.require(by, "add" if creating else "change", group if not creating else GenericGroup)
    # Reload: a bound ModelForm has already written the new values onto the instance it was given.
    group = GenericGroup() if creating else GenericGroup.objects.select_for_update().get(pk=group.pk)  # type: ignore[union-attr]
    before = None if creating else audit.snapshot(group)
    for key, value in fields.items():
        if key not in GROUP_FIELDS:
            raise ValidationError({key: _("Trường không hợp lệ")})
        setattr(group, key, value)
    if group.relative:
        group.anchor = None
    group.full_clean()
    group.save()
    old, new = audit.diff(before, audit.snapshot(group))
    audit.record(actor=by, action="group.create" if creating else "group.update", target=group,
                 before=old if before else None, after=new)
    return group
