"""JSON API of self-assessments; the same policy as the pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError

from pbgdpl.core import policy
from pbgdpl.org.models import Unit

from . import selectors
from .models import Assessment

router = Router(tags=["assessment"])


class IndicatorScore(Schema):
    code: str
    name: str
    max_points: Decimal
    measured: Decimal | None
    points: Decimal
    from_data: bool
    evidence: str


class CriterionScore(Schema):
    code: str
    name: str
    max_points: Decimal
    points: Decimal
    indicators: list[IndicatorScore]


class GroupScore(Schema):
    code: str
    name: str
    max_points: Decimal
    points: Decimal
    share: Decimal
    criteria: list[CriterionScore]


class AssessmentOut(Schema):
    year: int
    unit_id: int
    unit: str
    criteria_set: str
    status: str
    published_on: dt.date | None
    total: Decimal
    max_total: Decimal
    rating: str
    recognised: bool | None
    disqualified: bool
    reasons: list[str]
    groups: list[GroupScore]


@router.get("/assessments/{year}/{unit_id}", response=list[AssessmentOut], summary="Kết quả tự đánh giá")
def assessment_scores(request: HttpRequest, year: int, unit_id: int) -> list[dict[str, object]]:
    """The unit's self-assessments of the year (one per criteria set), with points per group, criterion and
    indicator."""
    unit = get_object_or_404(Unit, pk=unit_id)
    items = list(Assessment.objects.filter(unit=unit, year=year).select_related("criteria_set", "unit__parent"))
    if not items:
        raise HttpError(404, "Chưa có bản tự đánh giá.")
    out = []
    for item in items:
        policy.require(request.user, "view", item)
        t = selectors.tree(item)
        out.append({
            "year": item.year, "unit_id": unit.pk, "unit": unit.name, "criteria_set": item.criteria_set.code,
            "status": item.status, "published_on": item.published_on, "total": t.result.total,
            "max_total": t.result.max_total, "rating": t.result.rating, "recognised": t.result.recognised,
            "disqualified": item.disqualified, "reasons": t.result.reasons,
            "groups": [{"code": g.code, "name": g.name, "max_points": g.max, "points": g.points, "share": g.share,
                        "criteria": [{"code": c.code, "name": c.name, "max_points": c.max, "points": c.points,
                                      "indicators": [{"code": r.indicator.code, "name": r.indicator.name,
                                                      "max_points": r.indicator.max_points,
                                                      "measured": r.value.measured if r.value else None,
                                                      "points": r.points,
                                                      "from_data": bool(r.value and r.value.from_data),
                                                      "evidence": r.value.evidence if r.value else ""}
                                                     for r in c.indicators]} for c in g.criteria]}
                       for g in t.groups],
        })
    return out
