import datetime as dt
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pbgdpl.core.models import AuditRecord
from pbgdpl.org import selectors, services, transfer
from pbgdpl.org.models import Succession, Unit


def test_tree_as_of_date_follows_the_2025_reform(world):
    services.unit_end(unit=world.ict, on=dt.date(2025, 3, 1), by=world.admin, successors=[world.science])
    before = {u.name for u in selectors.flatten(selectors.tree_as_of(dt.date(2025, 2, 28)))}
    after = {u.name for u in selectors.flatten(selectors.tree_as_of(dt.date(2025, 3, 1)))}
    assert "Sở Thông tin và Truyền thông" in before
    assert "Sở Thông tin và Truyền thông" not in after
    assert "Ủy ban nhân dân phường Phố Hiến" not in before  # communes exist from 01/7/2025
    assert "Ủy ban nhân dân phường Phố Hiến" in {u.name for u in selectors.flatten(selectors.tree_as_of(dt.date(2025, 7, 1)))}


def test_successors_on_a_date_lead_to_the_merged_unit(world):
    services.unit_end(unit=world.ict, on=dt.date(2025, 3, 1), by=world.admin, successors=[world.science])
    assert selectors.successors_on(world.ict, dt.date(2025, 6, 1)) == [world.science]
    assert selectors.successors_on(world.ict, dt.date(2024, 6, 1)) == [world.ict]
    assert Succession.objects.get(predecessor=world.ict).successor == world.science


def test_tree_nests_children_under_parents(world):
    roots = selectors.tree_as_of(dt.date(2026, 1, 1))
    assert [n.unit for n in roots] == [world.province]
    science = next(n for n in roots[0].children if n.unit == world.science)
    assert {n.unit.name for n in science.children} == {"Thanh tra Sở", "Văn phòng Sở"}


def test_generic_groups_resolve_relative_to_the_issuing_unit(world):
    internal = selectors.resolve_name("Các phòng, đơn vị", context=world.science, on=dt.date(2026, 1, 1))
    assert set(internal) == {world.science_inspect, world.science_office}
    depts = selectors.resolve_name("Các sở, ban, ngành", context=None, on=dt.date(2026, 1, 1))
    assert world.science in depts and world.culture in depts and world.ict not in depts
    communes = selectors.resolve_name("UBND các xã, phường, đặc khu", context=None, on=dt.date(2026, 1, 1))
    assert set(communes) == {world.commune, world.commune2}
    assert selectors.resolve_name("sở khoa học và công nghệ", context=None, on=dt.date(2026, 1, 1)) == [world.science]


def test_unit_create_is_audited_and_sets_the_path(world):
    unit = services.unit_create(by=world.admin, name="Phòng Quản lý khoa học", parent=world.science, type="internal")
    assert unit.path == f"{world.science.path}{unit.pk}/"
    record = AuditRecord.objects.get(action="unit.create", target_id=str(unit.pk))
    assert record.actor == world.admin and record.after["name"] == "Phòng Quản lý khoa học"


def test_only_admins_change_the_tree(world):
    with pytest.raises(PermissionDenied):
        services.unit_create(by=world.focal, name="X", type="other")
    with pytest.raises(PermissionDenied):
        services.unit_update(unit=world.science, by=world.leader, name="Y")


def test_moving_a_unit_under_its_own_child_is_refused(world):
    with pytest.raises(ValidationError):
        services.unit_update(unit=world.science, by=world.admin, parent=world.science_inspect)


def test_update_moves_the_subtree_paths(world):
    services.unit_update(unit=world.science, by=world.admin, parent=world.council)
    world.science_inspect.refresh_from_db()
    assert world.science_inspect.path.startswith(world.council.path)
    record = AuditRecord.objects.filter(action="unit.update").latest("id")
    assert record.before == {"parent_id": world.province.pk, "path": f"{world.province.path}{world.science.pk}/"} or "parent_id" in record.before


def test_json_export_import_round_trip(world):
    exported = transfer.export_json()
    records = json.loads(exported)
    assert {"id", "name", "type", "parent_id", "valid_from", "valid_to", "successor_ids"} <= set(records[0])
    records.append({"id": "", "name": "Phòng mới", "type": "internal", "parent_id": world.science.pk})
    result = transfer.import_units(rows=transfer.parse_json(json.dumps(records)), by=world.admin)
    assert result == {"created": 1, "updated": len(records) - 1}
    assert Unit.objects.get(name="Phòng mới").parent == world.science


def test_malformed_csv_names_the_line_and_field_and_changes_nothing(world):
    count = Unit.objects.count()
    text = "id,name,type,parent_id\n,Phòng A,internal,\n,Phòng B,khong-hop-le,\n"
    with pytest.raises(transfer.ImportError_) as error:
        transfer.import_units(rows=transfer.parse_csv(text), by=world.admin)
    assert error.value.line == 3 and error.value.field == "type"
    assert Unit.objects.count() == count


def test_malformed_json_and_bad_dates_are_reported(world):
    with pytest.raises(transfer.ImportError_) as error:
        transfer.parse_json('[{"name": "A", "type": "other"},')
    assert error.value.field == "*"
    with pytest.raises(transfer.ImportError_) as error:
        transfer.parse_json('[{"name": "A", "type": "other", "valid_from": "31/02/2025"}]')
    assert error.value.line == 1 and error.value.field == "valid_from"


def test_import_with_unknown_parent_changes_nothing(world):
    count = Unit.objects.count()
    text = json.dumps([{"name": "A", "type": "other"}, {"name": "B", "type": "other", "parent_id": "999999"}])
    with pytest.raises(transfer.ImportError_) as error:
        transfer.import_units(rows=transfer.parse_json(text), by=world.admin)
    assert error.value.line == 2 and error.value.field == "parent_id"
    assert Unit.objects.count() == count
