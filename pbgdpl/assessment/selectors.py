"""Reads of the assessment app: lists, the score tree of one assessment, the public list of commune scores."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Prefetch, QuerySet

from pbgdpl.core import policy

from . import scoring
from .models import Assessment, AssessmentStatus, EvidenceFile, Indicator, SetKind, Value

PUBLIC_STATES = (AssessmentStatus.PUBLISHED, AssessmentStatus.APPROVED)


def assessments(user: Any, *, year: int | None = None) -> QuerySet[Assessment]:
    items = policy.visible(user, Assessment.objects.all())
    from pbgdpl.accounts.scope import scope_of

    # the level above also sees what is submitted or published to it
    scope = scope_of(user)
    if not scope.is_admin:
        above = Assessment.objects.filter(scope.unit_q("unit__parent", "leader", "reviewer")).exclude(
            status=AssessmentStatus.DRAFT)
        items = Assessment.objects.filter(pk__in=items.values("pk")) | Assessment.objects.filter(
            pk__in=above.values("pk"))
    if year:
        items = items.filter(year=year)
    return items.select_related("unit", "criteria_set").order_by("-year", "unit__path")


def public_assessments() -> QuerySet[Assessment]:
    return (Assessment.objects.filter(criteria_set__kind=SetKind.COMMUNE, status__in=PUBLIC_STATES)
            .select_related("unit", "criteria_set").order_by("-year", "unit__name"))


@dataclass
class IndicatorRow:
    indicator: Indicator
    value: Value | None

    @property
    def points(self) -> Decimal:
        return scoring.clamp(self.value.points, self.indicator.max_points) if self.value else Decimal(0)

    @property
    def files(self) -> list[EvidenceFile]:
        """Evidence files (prefetched by ``tree(…, with_files=True)``; empty otherwise)."""
        cache = getattr(self.value, "_prefetched_objects_cache", {}) if self.value else {}
        return list(cache.get("files", []))


@dataclass
class CriterionRow:
    code: str
    name: str
    max: Decimal = Decimal(0)
    points: Decimal = Decimal(0)
    indicators: list[IndicatorRow] = field(default_factory=list)


@dataclass
class GroupRow:
    code: str
    name: str
    max: Decimal = Decimal(0)
    points: Decimal = Decimal(0)
    criteria: list[CriterionRow] = field(default_factory=list)

    @property
    def share(self) -> Decimal:
        return (100 * self.points / self.max).quantize(Decimal("0.01")) if self.max else Decimal(0)


@dataclass
class Tree:
    assessment: Assessment
    groups: list[GroupRow]
    result: scoring.Result

    @property
    def files(self) -> list[tuple[Indicator, EvidenceFile]]:
        return [(r.indicator, f) for g in self.groups for c in g.criteria for r in c.indicators for f in r.files]

    @property
    def indicators(self) -> list[Indicator]:
        return [r.indicator for g in self.groups for c in g.criteria for r in c.indicators]


def tree(assessment: Assessment, *, with_files: bool = False) -> Tree:
    """Groups → criteria → indicators with their values and points (four queries; one more ``with_files``,
    the evidence files with who uploaded them, for staff pages only)."""
    values_qs = assessment.values.all()
    if with_files:
        values_qs = values_qs.prefetch_related(
            Prefetch("files", queryset=EvidenceFile.objects.select_related("uploaded_by")))
    values = {v.indicator_id: v for v in values_qs}
    indicators = (Indicator.objects.filter(criterion__group__criteria_set_id=assessment.criteria_set_id)
                  .select_related("criterion__group")
                  .order_by("criterion__group__position", "criterion__position", "position"))
    groups: dict[int, GroupRow] = {}
    criteria: dict[int, CriterionRow] = {}
    for ind in indicators:
        crit, group = ind.criterion, ind.criterion.group
        g = groups.get(group.pk)
        if g is None:
            g = groups[group.pk] = GroupRow(group.code, group.name)
        c = criteria.get(crit.pk)
        if c is None:
            c = criteria[crit.pk] = CriterionRow(crit.code, crit.name)
            g.criteria.append(c)
        row = IndicatorRow(ind, values.get(ind.pk))
        c.indicators.append(row)
        c.max += ind.max_points
        c.points += row.points
        g.max += ind.max_points
        g.points += row.points
    result = scoring.decide(
        groups=[scoring.GroupScore(g.code, g.name, g.max, g.points) for g in groups.values()],
        pass_total=assessment.criteria_set.pass_total, min_group_share=assessment.criteria_set.min_group_share,
        disqualified=assessment.disqualified, rating_bands=assessment.criteria_set.rating_bands)
    return Tree(assessment, list(groups.values()), result)
