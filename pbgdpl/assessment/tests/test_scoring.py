"""Scoring rules at their boundaries: 79 vs 80 points, 49% vs 50% of a criterion, a disqualifying event; bands."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from pbgdpl.assessment import scoring, services
from pbgdpl.assessment.models import CriteriaSet, Indicator

from .helpers import FULL, FULL_MEASURED, commune, enter

pytestmark = pytest.mark.django_db
D = Decimal


def test_shipped_sets_have_the_published_structure():
    agency = CriteriaSet.objects.get(code="tt03-2018")
    assert agency.groups.count() == 5
    assert [g.name.split(":")[0] for g in agency.groups.all()][2].startswith("Điều kiện bảo đảm")
    standard = CriteriaSet.objects.get(code="qd25-2021")
    assert standard.groups.count() == 5
    assert standard.pass_total == 80 and standard.min_group_share == 50 and standard.publish_working_days == 5
    total = sum(i.max_points for i in Indicator.objects.filter(criterion__group__criteria_set=standard))
    assert total == 100
    assert Indicator.objects.filter(unconfirmed=False).count() == 0  # every point value is marked (unconfirmed)


@pytest.mark.parametrize(("measured", "points"), [(D(100), 4), (D(85), 4), (D("84.99"), 3), (D(70), 3),
                                                    (D("69.9"), 2), (D(0), 0), (None, 0)])
def test_bands_give_points_from_the_highest_band_reached(measured, points):
    bands = [{"min": 85, "points": 4}, {"min": 70, "points": 3}, {"min": 50, "points": 2}, {"min": 1, "points": 1}]
    assert scoring.band_points(bands, measured) == points


def _groups(*pairs: tuple[int | str, int]) -> list[scoring.GroupScore]:
    return [scoring.GroupScore(f"TC{i}", "", D(str(m)), D(str(p))) for i, (p, m) in enumerate(pairs, start=1)]


@pytest.mark.parametrize(("total_points", "recognised"), [(80, True), (79, False)])
def test_recognition_needs_eighty_points(total_points, recognised):
    groups = _groups((10, 10), (30, 30), (20, 20), (total_points - 70, 20), (10, 20))
    result = scoring.decide(groups=groups, pass_total=D(80), min_group_share=D(50), disqualified=False,
                            rating_bands=[])
    assert result.total == total_points
    assert result.recognised is recognised


@pytest.mark.parametrize(("points", "recognised"), [("10", True), ("9.8", False)])
def test_every_criterion_needs_half_its_maximum(points, recognised):
    groups = _groups((10, 10), (30, 30), (20, 20), (points, 20), (20, 20))  # 49% or 50% of criterion 4
    result = scoring.decide(groups=groups, pass_total=D(80), min_group_share=D(50), disqualified=False,
                            rating_bands=[])
    assert result.total >= 80
    assert result.recognised is recognised


def test_a_disqualifying_event_blocks_recognition_at_full_marks():
    groups = _groups((10, 10), (30, 30), (20, 20), (20, 20), (20, 20))
    result = scoring.decide(groups=groups, pass_total=D(80), min_group_share=D(50), disqualified=True, rating_bands=[])
    assert result.total == 100 and result.recognised is False
    assert "không được công nhận" in " ".join(result.reasons)


def test_commune_scores_at_the_boundaries_through_the_service(world):
    item = commune(world)
    # 80 points: criteria 4 and 5 at exactly 50% of their maximum (10/20)
    enter(world, item, dict(FULL, **{"4.1.1": 10, "5.1.1": 5, "5.2.1": 5}), FULL_MEASURED)
    item.refresh_from_db()
    assert (item.total, item.recognised) == (D(80), True)
    assert item.rating == "Đạt chuẩn tiếp cận pháp luật"
    enter(world, item, {"3.2.1": 9})
    item.refresh_from_db()
    assert (item.total, item.recognised) == (D(79), False)
    enter(world, item, {"3.2.1": 10, "5.1.1": 10, "4.1.1": "9.8"})  # 84.8 points, criterion 4 at 49%
    item.refresh_from_db()
    assert item.total == D("84.8") and item.recognised is False
    enter(world, item, {"4.1.1": 20, "5.2.1": 10}, disqualified=True, disqualify_note="Chủ tịch UBND xã bị kỷ luật khiển trách")
    item.refresh_from_db()
    assert item.total == 100 and item.recognised is False
    assert item.rating == "Chưa đạt chuẩn tiếp cận pháp luật"


def test_typed_values_need_evidence_and_stay_within_the_maximum(world):
    item = commune(world)
    with pytest.raises(ValidationError) as error:
        services.assessment_edit(by=world.commune_focal, assessment=item, entries={"1.1.1": {"points": "5"}})
    assert "minh chứng" in str(error.value)
    with pytest.raises(ValidationError):
        enter(world, item, {"1.1.1": 11})
    with pytest.raises(ValidationError):
        enter(world, item, {"1.1.1": 5}, disqualified=True)  # a disqualifying event needs its description
