"""Generic groups managed in the UI, a unit's dated history, and the import command."""

import datetime as dt
import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command

from pbgdpl.core.models import AuditRecord
from pbgdpl.org import selectors, services
from pbgdpl.org.models import GenericGroup, Succession, Unit, UnitType


def test_groups_page_shows_what_each_group_stands_for(world, login):
    page = login(world.staff).get("/can-bo/don-vi/nhom/?on=2026-01-01").content.decode()
    assert "Các sở, ban, ngành, đoàn thể tỉnh" in page
    assert "Sở KH&amp;CN" in page and "Sở Thông tin và Truyền thông" not in page  # merged on 01/3/2025
    assert "Chọn đơn vị ban hành để xem" in page  # the relative group needs an issuing unit
    page = login(world.staff).get(f"/can-bo/don-vi/nhom/?on=2026-01-01&context={world.science.pk}").content.decode()
    assert "Thanh tra Sở" in page and "Văn phòng Sở" in page
    assert "Thêm nhóm" not in page  # staff do not manage groups
    assert "Sở, ban, ngành, Đoàn thể, tổ chức" in page and "department" not in page


def test_admin_adds_and_edits_a_group(world, login):
    client = login(world.admin)
    response = client.post("/can-bo/don-vi/nhom/them/", {
        "name": "Các đoàn thể tỉnh", "aliases": "Các tổ chức chính trị - xã hội tỉnh", "anchor": world.province.pk,
        "unit_types": [UnitType.ORGANISATION], "direct_children_only": "on"})
    assert response.status_code == 302, response.content.decode()
    group = GenericGroup.objects.get(name="Các đoàn thể tỉnh")
    assert selectors.find_group("các tổ chức chính trị - xã hội tỉnh") == group
    response = client.post(f"/can-bo/don-vi/nhom/{group.pk}/", {
        "name": "Các đoàn thể tỉnh", "aliases": "", "anchor": world.province.pk,
        "unit_types": [UnitType.ORGANISATION, UnitType.DEPARTMENT], "direct_children_only": "on"})
    assert response.status_code == 302
    group.refresh_from_db()
    assert group.unit_types == ["organisation", "department"] and group.aliases == ""
    record = AuditRecord.objects.get(action="group.update", target_id=str(group.pk))
    assert record.before["unit_types"] == ["organisation"] and record.after["unit_types"] == ["organisation", "department"]
    assert AuditRecord.objects.filter(action="group.create", target_id=str(group.pk)).exists()


def test_a_fixed_group_needs_an_anchor(world, login):
    response = login(world.admin).post("/can-bo/don-vi/nhom/them/", {"name": "Nhóm lạ", "unit_types": []})
    assert response.status_code == 200 and "Chọn đơn vị gốc" in response.content.decode()
    assert not GenericGroup.objects.filter(name="Nhóm lạ").exists()


@pytest.mark.parametrize("role", ["leader", "focal", "staff", "reviewer"])
def test_others_cannot_change_groups(world, login, role):
    client = login(world.users[role])
    group = GenericGroup.objects.first()
    assert client.get("/can-bo/don-vi/nhom/them/").status_code == 403
    assert client.post(f"/can-bo/don-vi/nhom/{group.pk}/", {"name": "Đổi"}).status_code == 403
    group.refresh_from_db()
    assert group.name != "Đổi"


def test_unit_detail_shows_the_timeline_of_a_merge(world, login):
    services.unit_end(unit=world.ict, on=dt.date(2025, 3, 1), by=world.admin, successors=[world.science],
                      note="QĐ 123/QĐ-UBND")
    client = login(world.staff)
    page = client.get(f"/can-bo/don-vi/{world.ict.pk}/").content.decode()
    assert "Lịch sử đơn vị" in page and "01/03/2025" in page
    assert "Sáp nhập: chuyển sang" in page and "Chấm dứt hoạt động" in page and "QĐ 123/QĐ-UBND" in page
    assert "Hiện nay công việc do" in page and "Sở Khoa học và Công nghệ" in page
    page = client.get(f"/can-bo/don-vi/{world.science.pk}/").content.decode()
    assert "Sáp nhập: tiếp nhận từ" in page and "Sở Thông tin và Truyền thông" in page


def test_timeline_orders_events_by_date(world):
    services.unit_end(unit=world.ict, on=dt.date(2025, 3, 1), by=world.admin, successors=[world.science])
    heir = services.unit_create(by=world.admin, name="Sở mới", type="department", parent=world.province,
                                valid_from=dt.date(2024, 1, 1))
    services.unit_end(unit=heir, on=dt.date(2026, 1, 1), by=world.admin, successors=[world.culture], kind="transfer")
    Succession.objects.create(predecessor=world.ict, successor=heir, kind="split", on=dt.date(2025, 3, 1))
    kinds = [(e.on, e.kind) for e in selectors.timeline(heir)]
    assert kinds == [(dt.date(2024, 1, 1), "start"), (dt.date(2025, 3, 1), "in"), (dt.date(2026, 1, 1), "out"),
                     (dt.date(2026, 1, 1), "end")]


def test_admin_ends_a_unit_with_successors_through_the_form(world, login):
    client = login(world.admin)
    response = client.post(f"/can-bo/don-vi/{world.culture.pk}/cham-dut/", {
        "on": "2026-01-01", "kind": "split", "successors": [world.science.pk, world.justice.pk], "note": ""})
    assert response.status_code == 302
    world.culture.refresh_from_db()
    assert world.culture.valid_to == dt.date(2026, 1, 1)
    assert set(selectors.successors_on(world.culture, dt.date(2026, 6, 1))) == {world.science, world.justice}
    assert login(world.focal).post(f"/can-bo/don-vi/{world.justice.pk}/cham-dut/",
                                   {"on": "2026-01-01", "kind": "merge"}).status_code == 403


def test_a_unit_cannot_succeed_itself_or_end_before_it_starts(world):
    with pytest.raises(ValidationError):
        services.unit_end(unit=world.culture, on=dt.date(2026, 1, 1), by=world.admin, successors=[world.culture])
    with pytest.raises(ValidationError):
        services.unit_end(unit=world.commune, on=dt.date(2025, 1, 1), by=world.admin)
    world.culture.refresh_from_db()
    assert world.culture.valid_to is None


def test_admin_edits_a_unit_and_the_tree_shows_it(world, login):
    client = login(world.admin)
    response = client.post(f"/can-bo/don-vi/{world.culture.pk}/sua/", {
        "name": "Sở Văn hóa và Thể thao", "short_name": "Sở VH&TT", "abbreviation": "SVHTT", "type": "department",
        "parent": world.province.pk, "valid_from": "", "valid_to": "", "email": "", "sort_order": 3})
    assert response.status_code == 302
    assert "Sở Văn hóa và Thể thao" in client.get("/can-bo/don-vi/").content.decode()
    record = AuditRecord.objects.get(action="unit.update", target_id=str(world.culture.pk))
    assert record.before["name"] == "Sở Văn hóa, Thể thao và Du lịch" and record.after["abbreviation"] == "SVHTT"


def test_edit_form_refuses_a_cycle_in_the_tree(world, login):
    response = login(world.admin).post(f"/can-bo/don-vi/{world.science.pk}/sua/", {
        "name": world.science.name, "type": "department", "parent": world.science_office.pk, "sort_order": 0})
    assert response.status_code == 200
    world.science.refresh_from_db()
    assert world.science.parent == world.province


def test_tree_page_query_count_does_not_grow_with_units(world, login, django_assert_max_num_queries):
    for index in range(40):
        services.unit_create(by=world.admin, name=f"Phòng {index}", type="internal", parent=world.science)
    client = login(world.staff)
    with django_assert_max_num_queries(12):
        assert client.get("/can-bo/don-vi/").status_code == 200


def test_units_import_command_reads_csv_and_json(world, tmp_path):
    csv_file = tmp_path / "units.csv"
    csv_file.write_text(f"id,name,type,parent_id,valid_from\n,Phòng Pháp chế,internal,{world.science.pk},01/07/2025\n",
                        encoding="utf-8")
    call_command("units", "import", str(csv_file))
    unit = Unit.objects.get(name="Phòng Pháp chế")
    assert unit.parent == world.science and unit.valid_from == dt.date(2025, 7, 1)
    assert unit.path == f"{world.science.path}{unit.pk}/"
    json_file = tmp_path / "units.json"
    json_file.write_text(json.dumps([{"id": unit.pk, "name": "Phòng Pháp chế - Tổng hợp", "type": "internal",
                                      "parent_id": world.science.pk}]), encoding="utf-8")
    call_command("units", "import", str(json_file), "--as-user", "admin")
    unit.refresh_from_db()
    assert unit.name == "Phòng Pháp chế - Tổng hợp"
    assert AuditRecord.objects.filter(action="unit.import", actor=world.admin).count() == 2


def test_units_import_command_names_line_and_field_and_changes_nothing(world, tmp_path):
    count = Unit.objects.count()
    bad = tmp_path / "units.csv"
    bad.write_text("id,name,type,valid_to\n,Phòng A,internal,\n,Phòng B,internal,2025-13-01\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Dòng 3, trường “valid_to”"):
        call_command("units", "import", str(bad))
    with pytest.raises(CommandError, match="json hoặc csv"):
        call_command("units", "import", str(tmp_path / "units.xml"))
    assert Unit.objects.count() == count


def test_unit_detail_and_groups_pages_have_bounded_query_counts(world, login, django_assert_max_num_queries):
    for index in range(20):
        services.unit_create(by=world.admin, name=f"Phòng {index}", type="internal", parent=world.science)
        services.unit_create(by=world.admin, name=f"Sở {index}", type="department", parent=world.province)
    client = login(world.admin)
    with django_assert_max_num_queries(14):
        assert client.get(f"/can-bo/don-vi/{world.science.pk}/").status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get(f"/can-bo/don-vi/nhom/?context={world.science.pk}").status_code == 200


def test_web_import_of_json_creates_units_under_their_parents(world, login):
    from django.core.files.uploadedfile import SimpleUploadedFile

    payload = json.dumps([{"id": "a", "name": "Trung tâm mới", "type": "internal", "parent_id": world.science.pk},
                          {"id": "b", "name": "Phòng thuộc trung tâm", "type": "internal", "parent_id": "a"}])
    response = login(world.admin).post("/can-bo/don-vi/nhap/",
                                       {"file": SimpleUploadedFile("units.json", payload.encode())})
    assert response.status_code == 302
    child = Unit.objects.get(name="Phòng thuộc trung tâm")
    assert child.parent.name == "Trung tâm mới" and child.path.startswith(world.science.path)
    assert login(world.focal).post("/can-bo/don-vi/nhap/", {
        "file": SimpleUploadedFile("units.json", payload.encode())}).status_code == 403


def test_unit_detail_links_to_its_audit_records_for_those_who_may_read_them(world, login):
    link = f"?target_type=org.unit&amp;target_id={world.culture.pk}"
    assert link in login(world.admin).get(f"/can-bo/don-vi/{world.culture.pk}/").content.decode()
    assert link not in login(world.staff).get(f"/can-bo/don-vi/{world.culture.pk}/").content.decode()
