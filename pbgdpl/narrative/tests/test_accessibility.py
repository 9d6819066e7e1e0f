"""The register, report, assessment and public score pages pass the offline accessibility checks."""

from __future__ import annotations

import datetime as dt

import pytest

from pbgdpl.assessment import services as assessment_services
from pbgdpl.assessment.models import CriteriaSet
from pbgdpl.narrative import services
from pbgdpl.portal.tests.a11y import problems

pytestmark = pytest.mark.django_db


def test_pages_pass_the_accessibility_checks(world, login, client):
    entry = services.entry_create(by=world.focal, data=services.EntryData(
        unit=world.science, number=5, symbol="CV-SKHCN", date=dt.date(2025, 2, 1), kind="CV", summary="Công văn"))
    item = assessment_services.assessment_create(by=world.admin, criteria_set=CriteriaSet.objects.get(
        code="qd25-2021"), unit=world.commune, year=2025)
    assessment_services.assessment_transition(by=world.admin, assessment=item, action="publish")
    agency = assessment_services.assessment_create(by=world.admin, criteria_set=CriteriaSet.objects.get(
        code="tt03-2018"), unit=world.science, year=2025)
    staff = login(world.admin)
    for path in ["/can-bo/so-van-ban-di/", "/can-bo/so-van-ban-di/them/", f"/can-bo/so-van-ban-di/{entry.pk}/sua/",
                 "/can-bo/so-van-ban-di/nhap/", "/can-bo/bao-cao-tong-hop/",
                 f"/can-bo/bao-cao-tong-hop/{world.science.pk}/annual/2025/", "/can-bo/danh-gia/",
                 f"/can-bo/danh-gia/{item.pk}/", f"/can-bo/danh-gia/{agency.pk}/"]:
        response = staff.get(path)
        assert response.status_code == 200, path
        assert problems(response.content.decode()) == [], path
    client.logout()
    for path in ["/chuan-tiep-can-phap-luat/", f"/chuan-tiep-can-phap-luat/{item.pk}/"]:
        response = client.get(path)
        assert response.status_code == 200, path
        assert problems(response.content.decode()) == [], path
