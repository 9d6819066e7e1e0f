"""The audit trail: written with the change in one transaction, browsed and filtered, never edited."""

import datetime as dt

import pytest
from django.db import transaction
from django.urls import Resolver404, resolve
from django.utils import timezone

from pbgdpl.core import audit
from pbgdpl.core.models import AuditRecord
from pbgdpl.org import services
from pbgdpl.org.models import Unit


@pytest.fixture
def trail(world):
    """Records in two departments, one inside the science department and one at province level."""
    services.unit_update(unit=world.science_office, by=world.admin, short_name="VP Sở")
    services.unit_update(unit=world.culture, by=world.admin, short_name="Sở VH")
    services.unit_update(unit=world.province, by=world.admin, short_name="UBND")
    with transaction.atomic():
        audit.record(actor=world.focal, action="plan.create", target=world.science_inspect, data={"n": 1})
    return world


def page_of(client, query=""):
    response = client.get("/can-bo/he-thong/nhat-ky/" + query)
    assert response.status_code == 200
    return response.content.decode()


def test_admin_filters_by_actor_action_type_and_object(trail, login):
    client = login(trail.admin)
    page = page_of(client)
    assert page.count("<code>unit.update</code>") == 3 and "<code>plan.create</code>" in page
    page = page_of(client, "?action=plan.")
    assert "<code>plan.create</code>" in page and "<code>unit.update</code>" not in page
    page = page_of(client, "?actor=focal")
    assert "<code>plan.create</code>" in page and "<code>unit.update</code>" not in page
    page = page_of(client, f"?target_type=org.unit&target_id={trail.culture.pk}")
    assert page.count("<code>unit.update</code>") == 1 and "Sở VH" in page


def test_admin_filters_by_date(trail, login):
    client = login(trail.admin)
    today = timezone.localdate()
    assert "<code>unit.update</code>" in page_of(client, f"?since={today:%Y-%m-%d}&until={today:%d/%m/%Y}")
    tomorrow = today + dt.timedelta(days=1)
    page = page_of(client, f"?since={tomorrow:%Y-%m-%d}")
    assert "Không có bản ghi nào" in page
    assert "<code>unit.update</code>" not in page_of(client, f"?until={today - dt.timedelta(days=1):%Y-%m-%d}")


def test_a_leader_sees_only_the_records_of_their_subtree(trail, login):
    page = page_of(login(trail.leader))
    assert "VP Sở" in page and "<code>plan.create</code>" in page
    assert "Sở VH" not in page and "UBND tỉnh" not in page.split("<tbody>")[1]
    assert "Sở VH" not in page_of(login(trail.leader), f"?target_id={trail.culture.pk}")


@pytest.mark.parametrize("role", ["focal", "staff", "reviewer", "outsider", "commune_focal"])
def test_other_roles_cannot_browse_the_trail(trail, login, role):
    assert login(trail.users[role]).get("/can-bo/he-thong/nhat-ky/").status_code == 403


def test_the_trail_page_accepts_no_writes_and_has_no_edit_routes(trail, login):
    client = login(trail.admin)
    record = AuditRecord.objects.first()
    assert client.post("/can-bo/he-thong/nhat-ky/", {"id": record.pk}).status_code == 405
    for path in (f"/can-bo/he-thong/nhat-ky/{record.pk}/", f"/can-bo/he-thong/nhat-ky/{record.pk}/sua/",
                 f"/can-bo/he-thong/nhat-ky/{record.pk}/xoa/"):
        with pytest.raises(Resolver404):
            resolve(path)
    assert AuditRecord.objects.count() == 4


def test_records_cannot_be_changed_or_deleted(trail):
    record = AuditRecord.objects.first()
    record.action = "forged"
    with pytest.raises(PermissionError):
        record.save()
    with pytest.raises(PermissionError):
        record.delete()
    with pytest.raises(PermissionError):
        AuditRecord.objects.filter(pk=record.pk).update(action="forged")
    with pytest.raises(PermissionError):
        AuditRecord.objects.all().delete()
    assert not AuditRecord.objects.filter(action="forged").exists() and AuditRecord.objects.count() == 4


def test_the_record_is_written_in_the_same_transaction_as_the_change(world):
    before = AuditRecord.objects.count()
    with pytest.raises(RuntimeError, match="boom"), transaction.atomic():
        services.unit_update(unit=world.culture, by=world.admin, name="Đổi tên rồi lỗi")
        assert AuditRecord.objects.filter(action="unit.update").exists()
        raise RuntimeError("boom")
    assert AuditRecord.objects.count() == before
    assert Unit.objects.get(pk=world.culture.pk).name == "Sở Văn hóa, Thể thao và Du lịch"


def test_a_refused_change_leaves_no_record(world):
    before = AuditRecord.objects.count()
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied
        services.unit_update(unit=world.culture, by=world.focal, name="Không được")
    assert AuditRecord.objects.count() == before


@pytest.mark.django_db(transaction=True)
def test_record_refuses_to_run_outside_a_transaction(world):
    with pytest.raises(RuntimeError, match="inside the service's transaction"):
        audit.record(actor=world.admin, action="x.y", target=world.science)


def test_record_keeps_who_what_which_object_and_the_change(world):
    services.unit_update(unit=world.culture, by=world.admin, abbreviation="SVH")
    record = AuditRecord.objects.get(action="unit.update")
    assert record.actor == world.admin and record.actor_name == str(world.admin)
    assert (record.target_type, record.target_id) == ("org.unit", str(world.culture.pk))
    assert record.before == {"abbreviation": "SVHTTDL"} and record.after == {"abbreviation": "SVH"}
    assert record.unit_path == world.culture.path
    assert abs((timezone.now() - record.at).total_seconds()) < 600


def test_audit_page_query_count_is_bounded(trail, login, django_assert_max_num_queries):
    for index in range(30):
        services.unit_update(unit=trail.culture, by=trail.admin, sort_order=index + 1)
    client = login(trail.admin)
    with django_assert_max_num_queries(10):
        page_of(client)
