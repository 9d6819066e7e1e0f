"""Scores and ratings, computed from the data of a criteria set (no rule is written in code but these)::

    points of an indicator = its band for the measured value (highest ``min`` reached), or the points entered,
                             never above its maximum;
    recognised (sets with a pass mark) = total ≥ pass_total
                                         and every group ≥ min_group_share % of its maximum
                                         and no disqualifying event;
    rating = the first rating band whose ``min`` the total reaches (sets that rate).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

ZERO = Decimal(0)


def band_points(bands: list[dict[str, Any]], measured: Decimal | None) -> Decimal:
    if measured is None:
        return ZERO
    for band in sorted(bands, key=lambda b: Decimal(str(b["min"])), reverse=True):
        if measured >= Decimal(str(band["min"])):
            return Decimal(str(band["points"]))
    return ZERO


def clamp(points: Decimal, maximum: Decimal) -> Decimal:
    return max(ZERO, min(points, maximum))


@dataclass
class GroupScore:
    code: str
    name: str
    max: Decimal
    points: Decimal = ZERO

    @property
    def share(self) -> Decimal:
        return (100 * self.points / self.max).quantize(Decimal("0.01")) if self.max else ZERO


@dataclass
class Result:
    total: Decimal
    max_total: Decimal
    groups: list[GroupScore] = field(default_factory=list)
    recognised: bool | None = None
    rating: str = ""
    reasons: list[str] = field(default_factory=list)


def decide(*, groups: list[GroupScore], pass_total: Decimal | None, min_group_share: Decimal | None,
           disqualified: bool, rating_bands: list[dict[str, Any]]) -> Result:
    total = sum((g.points for g in groups), ZERO)
    result = Result(total=total, max_total=sum((g.max for g in groups), ZERO), groups=groups)
    if pass_total is not None:
        ok = True
        if total < pass_total:
            ok = False
            result.reasons.append(f"Tổng điểm {total.normalize():f} < {pass_total.normalize():f}")
        if min_group_share is not None:
            for g in groups:
                if g.max and g.points * 100 < min_group_share * g.max:
                    ok = False
                    result.reasons.append(f"{g.code}: {g.share.normalize():f}% < {min_group_share.normalize():f}%")
        if disqualified:
            ok = False
            result.reasons.append("Có trường hợp không được công nhận")
        result.recognised = ok
        result.rating = "Đạt chuẩn tiếp cận pháp luật" if ok else "Chưa đạt chuẩn tiếp cận pháp luật"
    else:
        for band in sorted(rating_bands, key=lambda b: Decimal(str(b["min"])), reverse=True):
            if total >= Decimal(str(band["min"])):
                result.rating = str(band["label"])
                break
    return result


def score(assessment: Any) -> Result:
    """Score a saved assessment from its values (three queries)."""
    from .models import Indicator, Value

    cset = assessment.criteria_set
    indicators = list(Indicator.objects.filter(criterion__group__criteria_set=cset)
                      .select_related("criterion__group").order_by("criterion__group__position", "position"))
    values = {v.indicator_id: v for v in Value.objects.filter(assessment=assessment)}
    groups: dict[int, GroupScore] = {}
    for group in cset.groups.all():
        groups[group.pk] = GroupScore(group.code, group.name, ZERO)
    for ind in indicators:
        g = groups[ind.criterion.group_id]
        g.max += ind.max_points
        value = values.get(ind.pk)
        if value is not None:
            g.points += clamp(value.points, ind.max_points)
    return decide(groups=list(groups.values()), pass_total=cset.pass_total, min_group_share=cset.min_group_share,
                  disqualified=assessment.disqualified, rating_bands=cset.rating_bands)


def group_scores(assessment: Any) -> list[dict[str, Any]]:
    return [{"code": g.code, "name": g.name, "max": g.max, "points": g.points, "share": g.share}
            for g in score(assessment).groups]
