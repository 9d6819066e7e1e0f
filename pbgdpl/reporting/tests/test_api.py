from __future__ import annotations

import datetime as dt

from pbgdpl.accounts.models import ApiToken
from pbgdpl.reporting import services

from .factories import activity, schedule

D = dt.date


def test_activities_api_filters_and_scopes(world, client):
    activity(world.staff, world.science_office, D(2025, 2, 1), participants=10, audiences={"can-bo": (10, 4)},
             women=4, laws="64/2025/QH15")
    activity(world.staff, world.science_office, D(2025, 8, 1), "tu-van")
    activity(world.outsider, world.culture, D(2025, 2, 1))
    _, raw = ApiToken.issue(world.focal)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    data = client.get("/api/activities", **auth).json()
    assert data["count"] == 2
    data = client.get("/api/activities", {"period": "2025-H1", "form": "hoi-nghi"}, **auth).json()
    assert data["count"] == 1
    item = data["items"][0]
    assert item["laws"] == ["64/2025/QH15"] and item["audiences"] == [{"group": "can-bo", "participants": 10, "women": 4}]
    assert client.get("/api/activities", {"unit": world.culture.pk}, **auth).json()["count"] == 0
    assert client.get("/api/activities", {"period": "2025-X"}, **auth).status_code == 400
    assert client.get("/api/activities").status_code == 401


def test_report_api_gives_codes_values_status_and_children(world, client):
    h1 = schedule("semiannual", "2025-H1")
    activity(world.staff, world.science_office, D(2025, 2, 1), participants=30)
    activity(world.focal, world.science, D(2025, 2, 1), participants=5)
    office = services.submission_create(by=world.focal, unit=world.science_office, schedule=h1)
    services.submission_transition(by=world.focal, submission=office, action="submit")
    services.submission_transition(by=world.leader, submission=office, action="approve")
    services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    client.force_login(world.focal)
    data = client.get(f"/api/reports/semiannual/2025-H1/{world.science.pk}").json()
    values = {row["code"]: row for row in data["indicators"]}
    assert data["status"] == "draft"
    assert float(values["TONG_NG"]["value"]) == 35 and float(values["TONG_NG"]["own"]) == 5
    child = next(c for c in data["children"] if c["unit_id"] == world.science_office.pk)
    assert child["status"] == "approved" and float(child["values"]["TONG_NG"]) == 30
    client.force_login(world.outsider)
    assert client.get(f"/api/reports/semiannual/2025-H1/{world.science.pk}").status_code == 403
    assert client.get(f"/api/reports/annual/2025/{world.science.pk}").status_code == 404
