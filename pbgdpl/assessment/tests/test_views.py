"""Pages and API of self-assessment: staff pages, the public page, allowed and forbidden paths."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from pbgdpl.assessment import services
from pbgdpl.assessment.models import Assessment, AssessmentStatus, CriteriaSet

from .helpers import FULL, FULL_MEASURED, commune, enter

pytestmark = pytest.mark.django_db


def test_commune_creates_scores_and_publishes_through_the_pages(world, login):
    client = login(world.commune_focal)
    cset = CriteriaSet.objects.get(code="qd25-2021")
    response = client.post(reverse("assessment:create"), {"criteria_set": cset.pk, "unit": world.commune.pk,
                                                          "year": 2025})
    item = Assessment.objects.get()
    assert response.url == reverse("assessment:detail", args=[item.pk])
    page = client.get(response.url)
    assert page.status_code == 200 and "Tiếp cận thông tin" in page.content.decode()
    form = {f"points-{code}": str(p) for code, p in FULL.items()} | \
        {f"evidence-{code}": "Biên bản" for code in [*FULL, *FULL_MEASURED]} | \
        {f"measured-{code}": str(v) for code, v in FULL_MEASURED.items()}
    assert client.post(response.url, form).status_code == 302
    item.refresh_from_db()
    assert item.total == 100 and item.recognised is True
    assert client.post(reverse("assessment:transition", args=[item.pk, "publish"])).status_code == 302
    item.refresh_from_db()
    assert item.status == AssessmentStatus.PUBLISHED
    public = client.get(reverse("assessment:public-detail", args=[item.pk]))
    assert public.status_code == 200 and "Đạt chuẩn tiếp cận pháp luật" in public.content.decode()
    listing = client.get(reverse("assessment:public")).content.decode()
    assert world.commune.name in listing


def test_drafts_are_not_public_and_outsiders_cannot_open_them(world, login, client):
    item = commune(world)
    assert client.get(reverse("assessment:public-detail", args=[item.pk])).status_code == 404
    assert login(world.outsider).get(reverse("assessment:detail", args=[item.pk])).status_code == 403
    response = login(world.outsider).post(reverse("assessment:transition", args=[item.pk, "publish"]))
    assert response.status_code == 403


def test_reviewer_cannot_approve_early_then_can(world, login):
    item = enter(world, commune(world), FULL, FULL_MEASURED)
    services.assessment_transition(by=world.commune_focal, assessment=item, action="publish")
    client = login(world.reviewer)
    client.post(reverse("assessment:transition", args=[item.pk, "approve"]))
    item.refresh_from_db()
    assert item.status == AssessmentStatus.PUBLISHED
    Assessment.objects.filter(pk=item.pk).update(published_on=dt.date(2025, 1, 2))
    client.post(reverse("assessment:transition", args=[item.pk, "approve"]))
    item.refresh_from_db()
    assert item.status == AssessmentStatus.APPROVED


def test_list_page_query_count(world, login, django_assert_max_num_queries):
    for unit in (world.commune, world.commune2):
        services.assessment_create(by=world.admin, criteria_set=CriteriaSet.objects.get(code="qd25-2021"), unit=unit,
                                   year=2025)
    services.assessment_create(by=world.admin, criteria_set=CriteriaSet.objects.get(code="tt03-2018"),
                               unit=world.science, year=2025)
    client = login(world.admin)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("assessment:list"))
    assert response.content.decode().count("/can-bo/danh-gia/") >= 3


def test_api_returns_scores_per_criterion(world, login):
    item = enter(world, commune(world), FULL, FULL_MEASURED)
    data = login(world.commune_focal).get(f"/api/assessments/2025/{world.commune.pk}").json()
    assert len(data) == 1
    result = data[0]
    assert result["criteria_set"] == "qd25-2021" and float(result["total"]) == 100 and result["recognised"] is True
    assert [g["code"] for g in result["groups"]] == ["TC1", "TC2", "TC3", "TC4", "TC5"]
    assert float(result["groups"][1]["points"]) == 30
    assert result["groups"][1]["criteria"][1]["indicators"][0]["code"] == "2.2.1"
    assert login(world.outsider).get(f"/api/assessments/2025/{world.commune.pk}").status_code == 403
    assert login(world.reviewer).get(f"/api/assessments/2025/{world.commune.pk}").status_code == 200
    assert login(world.reviewer).get(f"/api/assessments/2024/{world.commune.pk}").status_code == 404
    assert item.pk


def test_dashboard_card_lists_what_waits_for_the_reviewer(world, login):
    item = enter(world, commune(world), FULL, FULL_MEASURED)
    services.assessment_transition(by=world.commune_focal, assessment=item, action="publish",
                                   today=dt.date(2025, 12, 1))
    body = login(world.reviewer).get("/can-bo/").content.decode()
    assert "Chờ phê duyệt:" in body and "duyệt từ 08/12/2025" in body
    assert "Chờ phê duyệt:" not in login(world.commune_focal).get("/can-bo/").content.decode()
