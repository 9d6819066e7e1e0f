"""Reads of the unit tree: the tree as of a date, successors, generic groups."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from pbgdpl.core.text import key

from .models import GenericGroup, Unit


@dataclass
class TreeNode:
    unit: Unit
    children: list[TreeNode] = field(default_factory=list)


def tree_as_of(on: dt.date, root: Unit | None = None) -> list[TreeNode]:
    """The units that exist on ``on`` as a forest (one query), each node's children in order."""
    units = Unit.objects.active_on(on)
    if root is not None:
        units = units.subtree_of(root)
    ordered = sorted(units, key=lambda u: (u.depth, u.sort_order, u.name))
    nodes = {u.pk: TreeNode(u) for u in ordered}
    roots: list[TreeNode] = []
    for unit in ordered:
        parent = nodes.get(unit.parent_id) if unit.parent_id else None
        (parent.children if parent else roots).append(nodes[unit.pk])
    return roots


def flatten(nodes: list[TreeNode]) -> list[Unit]:
    out: list[Unit] = []
    for node in nodes:
        out.append(node.unit)
        out.extend(flatten(node.children))
    return out


def successors_on(unit: Unit, on: dt.date) -> list[Unit]:
    """Follow successor links until units that exist on ``on`` (a merged unit's work goes to its heir)."""
    if unit.is_active_on(on):
        return [unit]
    found: list[Unit] = []
    seen = {unit.pk}
    frontier = [unit]
    while frontier:
        nxt: list[Unit] = []
        for current in frontier:
            for successor in current.successors.all():
                if successor.pk in seen:
                    continue
                seen.add(successor.pk)
                if successor.is_active_on(on):
                    found.append(successor)
                else:
                    nxt.append(successor)
        frontier = nxt
    return found


def find_group(text: str) -> GenericGroup | None:
    wanted = key(text)
    for group in GenericGroup.objects.all():
        if any(key(name) == wanted for name in group.all_names()):
            return group
    return None


def resolve_group(group: GenericGroup, *, context: Unit | None, on: dt.date) -> list[Unit]:
    """The units a generic group stands for on ``on``; relative groups count from ``context``."""
    anchor = context if group.relative else group.anchor
    if anchor is None:
        return []
    units = Unit.objects.active_on(on).subtree_of(anchor).exclude(pk=anchor.pk)
    if group.direct_children_only:
        units = units.filter(parent=anchor)
    if group.unit_types:
        units = units.filter(type__in=group.unit_types)
    return list(units.order_by("sort_order", "name"))


def resolve_name(text: str, *, context: Unit | None, on: dt.date) -> list[Unit]:
    """A unit name or generic group as written in a plan, resolved to units (empty if unknown)."""
    group = find_group(text)
    if group is not None:
        return resolve_group(group, context=context, on=on)
    wanted = key(text)
    matches = [unit for unit in Unit.objects.active_on(on)
               if wanted in {key(unit.name), key(unit.short_name or ""), key(unit.abbreviation or "")}]
    if len(matches) > 1 and context is not None:
        # Several units share the name ("Văn phòng Sở" in every department): the one nearest the context.
        def shared_depth(unit: Unit) -> int:
            mine, theirs = context.path.strip("/").split("/"), unit.path.strip("/").split("/")
            common = 0
            while common < min(len(mine), len(theirs)) and mine[common] == theirs[common]:
                common += 1
            return common

        matches.sort(key=lambda unit: (-shared_depth(unit), unit.depth))
    return matches[:1]


@dataclass
class TimelineEvent:
    on: dt.date
    kind: str  # "start", "end", "in" (received from a predecessor), "out" (passed to a successor)
    label: str
    other: Unit | None = None
    note: str = ""


def timeline(unit: Unit) -> list[TimelineEvent]:
    """A unit's dated history: when it started, what it took over, what it passed on and when it ended."""
    from django.utils.translation import gettext as _

    from .models import Succession

    events: list[TimelineEvent] = []
    if unit.valid_from:
        events.append(TimelineEvent(unit.valid_from, "start", _("Bắt đầu hoạt động")))
    for link in Succession.objects.filter(successor=unit).select_related("predecessor"):
        events.append(TimelineEvent(link.on, "in", _("%(kind)s: tiếp nhận từ") % {"kind": link.get_kind_display()},
                                    link.predecessor, link.note))
    for link in Succession.objects.filter(predecessor=unit).select_related("successor"):
        events.append(TimelineEvent(link.on, "out", _("%(kind)s: chuyển sang") % {"kind": link.get_kind_display()},
                                    link.successor, link.note))
    if unit.valid_to:
        events.append(TimelineEvent(unit.valid_to, "end", _("Chấm dứt hoạt động")))
    order = {"start": 0, "in": 1, "out": 2, "end": 3}
    return sorted(events, key=lambda e: (e.on, order[e.kind], e.other.name if e.other else ""))
