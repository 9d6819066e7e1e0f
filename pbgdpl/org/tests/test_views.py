import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from pbgdpl.org.models import Unit


def test_tree_page_lists_units_as_of_a_date(world, login):
    client = login(world.staff)
    page = client.get("/can-bo/don-vi/?on=2025-02-01").content.decode()
    assert "Sở Thông tin và Truyền thông" in page
    page = client.get("/can-bo/don-vi/?on=2025-08-01").content.decode()
    assert "Sở Thông tin và Truyền thông" not in page.split("Đơn vị đã chấm dứt")[0]


def test_anonymous_is_sent_to_login(client, world):
    response = client.get("/can-bo/don-vi/")
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]


def test_admin_adds_a_unit_and_others_are_refused(world, login):
    client = login(world.focal)
    assert client.get("/can-bo/don-vi/them/").status_code == 403
    assert client.post("/can-bo/don-vi/them/", {"name": "X", "type": "other"}).status_code == 403
    client = login(world.admin)
    response = client.post("/can-bo/don-vi/them/", {"name": "Phòng Quản lý khoa học", "type": "internal",
                                                    "parent": world.science.pk, "sort_order": 0})
    assert response.status_code == 302
    assert Unit.objects.get(name="Phòng Quản lý khoa học").parent == world.science


def test_web_import_reports_line_and_changes_nothing(world, login):
    client = login(world.admin)
    count = Unit.objects.count()
    upload = SimpleUploadedFile("units.csv", "id,name,type\n,Phòng A,internal\n,,internal\n".encode())
    response = client.post("/can-bo/don-vi/nhap/", {"file": upload})
    assert response.status_code == 200
    assert "Dòng 3, trường “name”" in response.content.decode()
    assert Unit.objects.count() == count


def test_export_json_and_csv(world, login):
    client = login(world.staff)
    data = json.loads(client.get("/can-bo/don-vi/xuat.json").content)
    assert any(item["name"] == "Sở Khoa học và Công nghệ" for item in data)
    assert "Sở Khoa học và Công nghệ" in client.get("/can-bo/don-vi/xuat.csv").content.decode("utf-8-sig")
    assert client.get("/can-bo/don-vi/xuat.xml").status_code == 404


def test_units_export_command_prints_json(world, capsys):
    call_command("units", "export", "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert {item["abbreviation"] for item in data} >= {"SKHCN", "STP", "HĐPH"}
