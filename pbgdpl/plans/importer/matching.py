"""Unit names as a plan writes them, matched to the unit tree: exact, generic group, then fuzzy."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from pbgdpl.core.text import key
from pbgdpl.org.models import GenericGroup, Unit
from pbgdpl.org.selectors import find_group, resolve_group, resolve_name

SURE = 90  # a fuzzy match at or above this is preselected without a flag
MAYBE = 70  # below this a name is reported as unmatched


@dataclass
class Match:
    name: str
    units: list[Unit] = field(default_factory=list)
    confidence: int = 0
    kind: str = "none"  # exact | group | fuzzy | none

    @property
    def flagged(self) -> bool:
        return self.kind == "none" or self.confidence < SURE


class Matcher:
    """Match many names against the units active on one date, reading the tree once."""

    def __init__(self, *, context: Unit | None, on: dt.date) -> None:
        self.context = context
        self.on = on
        self.units = list(Unit.objects.active_on(on).order_by("path"))
        self.choices: dict[int, str] = {}
        for unit in self.units:
            self.choices[unit.pk] = key(unit.name)
        self.by_pk = {unit.pk: unit for unit in self.units}
        self.cache: dict[str, Match] = {}

    def match(self, name: str) -> Match:
        if name not in self.cache:
            self.cache[name] = self._match(name)
        return self.cache[name]

    def _match(self, name: str) -> Match:
        group = find_group(name)
        if group is not None:
            members = resolve_group(group, context=self.context, on=self.on)
            return Match(name, members, 100 if members else 0, "group" if members else "none")
        exact = resolve_name(name, context=self.context, on=self.on)
        if exact:
            return Match(name, exact, 100, "exact")
        if not self.choices:
            return Match(name)
        wanted = key(self._expand(name))
        best = process.extractOne(wanted, self.choices, scorer=fuzz.token_sort_ratio)
        if best is None or best[1] < MAYBE:
            return Match(name)
        _choice, score, pk = best
        return Match(name, [self.by_pk[pk]], int(round(score)), "fuzzy")

    def _expand(self, name: str) -> str:
        """ "UBND" and "Sở" written for the issuing body's own name ("Văn phòng Sở" inside a department)."""
        text = name.replace("UBND", "Ủy ban nhân dân")
        return text


def tree_names(on: dt.date) -> list[str]:
    """The names the unit tree knows on ``on``, for the extractor to keep whole: every unit active that
    day (full and short names, whatever the importing user's scope: a plan names units all over the
    province, and the preview matches against the whole tree too) and the generic groups' names and
    aliases ("Các sở, ban, ngành, đoàn thể tỉnh"). Two queries."""
    names: set[str] = set()
    for name, short in Unit.objects.active_on(on).values_list("name", "short_name"):
        names.add(name)
        if short:
            names.add(short)
    for group in GenericGroup.objects.only("name", "aliases"):
        names.update(group.all_names())
    return sorted(names)
