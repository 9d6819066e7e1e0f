from django.core.management import call_command

from pbgdpl.accounts.services import token_issue


def test_units_need_authentication(client, world):
    assert client.get("/api/units").status_code == 401


def test_bearer_token_lists_units_flat(client, world):
    token = token_issue(user=world.staff)
    response = client.get("/api/units", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 200
    units = response.json()
    science = next(u for u in units if u["abbreviation"] == "SKHCN")
    assert set(science) == {"id", "name", "short_name", "abbreviation", "type", "parent_id", "valid_from", "valid_to"}
    assert science["parent_id"] == world.province.pk
    ict = next(u for u in units if u["abbreviation"] == "STTTT")
    assert ict["valid_to"] == "2025-03-01"


def test_units_on_a_date(client, world):
    token = token_issue(user=world.staff)
    names = {u["name"] for u in client.get("/api/units?on=2025-05-01", HTTP_AUTHORIZATION=f"Bearer {token}").json()}
    assert "Sở Thông tin và Truyền thông" not in names and "Ủy ban nhân dân phường Phố Hiến" not in names


def test_wrong_token_is_refused(client, world):
    assert client.get("/api/units", HTTP_AUTHORIZATION="Bearer nope").status_code == 401


def test_inactive_users_token_is_refused(client, world):
    token = token_issue(user=world.staff)
    world.staff.is_active = False
    world.staff.save()
    assert client.get("/api/units", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 401


def test_openapi_schema_is_published(client, world):
    schema = client.get("/api/openapi.json").json()
    assert "/api/units" in schema["paths"]


def test_api_token_command_prints_a_working_token(client, world, capsys):
    call_command("api-token", "staff")
    token = capsys.readouterr().out.strip()
    assert client.get("/api/units", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 200
