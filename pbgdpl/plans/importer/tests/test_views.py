"""The staff upload page, the editable preview and the one-transaction confirmation."""

import datetime as dt
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pbgdpl.core.models import AuditRecord
from pbgdpl.plans import services as plan_services
from pbgdpl.plans.models import Plan, Task

pytestmark = pytest.mark.django_db

PLAN_TEXT = """SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 31/KH-SKHCN
Hưng Yên, ngày 20 tháng 3 năm 2024
KẾ HOẠCH
Triển khai Kế hoạch số 07/KH-HĐPH năm 2024
Thực hiện Kế hoạch số 07/KH-HĐPH ngày 15/3/2024 của Hội đồng phối hợp PBGDPL tỉnh, Sở ban hành Kế hoạch:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Triển khai kịp thời các nhiệm vụ của tỉnh.
II. NHIỆM VỤ
1. Tuyên truyền pháp luật về khoa học và công nghệ
a) Đơn vị chủ trì: Thanh tra Sở.
b) Đơn vị phối hợp: Các phòng, đơn vị.
c) Thời gian thực hiện: Quý II/2024.
2. Cập nhật văn bản lên Cổng thông tin điện tử của Sở
a) Đơn vị chủ trì: Văn phòng Sở KHCN.
b) Đơn vị phối hợp: Trung tâm Ứng dụng tiến bộ khoa học.
c) Thời gian thực hiện: Cả năm.
III. TỔ CHỨC THỰC HIỆN
Thanh tra Sở theo dõi, đôn đốc thực hiện Kế hoạch.
Nơi nhận:
- Sở Tư pháp;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn An
"""


def _upload(client: Any, world: Any, text: str = PLAN_TEXT, name: str = "ke-hoach.txt") -> Any:
    return client.post(
        reverse("plans:import"),
        {"file": SimpleUploadedFile(name, text.encode()), "unit": world.science.pk},
    )


def _post_data(response: Any) -> dict[str, Any]:
    """What the browser would send back: every field of the preview as rendered."""
    data: dict[str, Any] = {}
    header, formset = response.context["header"], response.context["formset"]
    for form in [header, formset.management_form, *formset]:
        for bound in form:
            value = bound.value()
            if value is None or value is False:
                continue
            if value is True:
                value = "on"
            if isinstance(value, dt.date):
                value = value.isoformat()
            data[bound.html_name] = value
    return data


def _council_plan(world: Any) -> Plan:
    plan = plan_services.plan_create(
        by=world.admin, unit=world.council, title="Đề án 977 năm 2024", number=7, year=2024, symbol="KH-HĐPH"
    )
    plan_services.task_create(
        by=world.admin, plan=plan, code="1", title="Triển khai tại các sở", lead_units=[world.science]
    )
    return plan


def test_focal_points_and_leaders_see_the_upload_page(world: Any, login: Any) -> None:
    for user in (world.focal, world.leader):
        response = login(user).get(reverse("plans:import"))
        assert response.status_code == 200
        assert "Nhập kế hoạch từ tệp" in response.content.decode()


def test_staff_without_an_editing_role_cannot_import(world: Any, login: Any) -> None:
    client = login(world.staff)
    assert client.get(reverse("plans:import")).status_code == 403
    assert client.post(reverse("plans:import-confirm"), {}).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in(client: Any) -> None:
    response = client.get(reverse("plans:import"))
    assert response.status_code == 302
    assert "next=" in response["Location"]


def test_the_preview_matches_unit_names_to_the_tree(world: Any, login: Any) -> None:
    _council_plan(world)
    response = _upload(login(world.focal), world)

    assert response.status_code == 200
    rows = {row["form"]["code"].value(): row for row in response.context["rows"]}
    inspect = rows["1"]["lead"][0]
    assert (inspect.kind, inspect.confidence, inspect.units) == ("exact", 100, [world.science_inspect])
    group = rows["1"]["coord"][0]
    assert group.kind == "group" and set(group.units) == {world.science_inspect, world.science_office}
    assert rows["1"]["form"]["coordinating_units"].value() == [u.pk for u in group.units]
    fuzzy = rows["2"]["lead"][0]
    assert fuzzy.kind == "fuzzy" and fuzzy.units == [world.science_office] and 70 <= fuzzy.confidence < 100
    assert rows["2"]["coord"][0].kind == "none"
    page = response.content.decode()
    assert "chưa khớp — hãy chọn" in page
    assert response.context["header"]["parent"].value() == Plan.objects.get(number=7).pk


def test_confirming_creates_the_plan_and_its_tasks_linked_to_the_cited_parent(world: Any, login: Any) -> None:
    parent = _council_plan(world)
    client = login(world.focal)
    preview = _upload(client, world)
    data = _post_data(preview)
    data["t-1-lead_units"] = [world.science_office.pk]  # the reader fixes the fuzzy match

    response = client.post(reverse("plans:import-confirm"), data)

    plan = Plan.objects.exclude(pk=parent.pk).get()
    assert response.status_code == 302 and response["Location"] == reverse("plans:plan", args=[plan.pk])
    assert (plan.number, plan.symbol, plan.year, plan.unit, plan.parent) == (
        31,
        "KH-SKHCN",
        2024,
        world.science,
        parent,
    )
    tasks = list(plan.tasks.order_by("position"))
    assert [t.code for t in tasks] == ["1", "2"]
    assert list(tasks[0].lead_units.all()) == [world.science_inspect]
    assert tasks[0].due_date == dt.date(2024, 6, 30)
    assert list(tasks[1].lead_units.all()) == [world.science_office]
    assert AuditRecord.objects.filter(action="plan.import").count() == 1


def test_nothing_is_written_when_one_task_is_refused(world: Any, login: Any) -> None:
    client = login(world.focal)
    data = _post_data(_upload(client, world))
    data["t-1-due_date"] = "2024-01-01"  # before the plan's date: task_create refuses it
    plans, tasks = Plan.objects.count(), Task.objects.count()

    response = client.post(reverse("plans:import-confirm"), data)

    assert response.status_code == 400
    assert "Hạn hoàn thành" in response.content.decode()
    assert (Plan.objects.count(), Task.objects.count()) == (plans, tasks)


def test_a_bad_file_gets_its_message_and_nothing_is_written(world: Any, login: Any) -> None:
    client = login(world.focal)
    plans = Plan.objects.count()

    empty = _upload(client, world, text="", name="rong.txt")
    report = _upload(client, world, text="BÁO CÁO\nKết quả công tác năm 2024\n", name="bao-cao.txt")

    assert "Tệp rỗng" in empty.content.decode()
    assert "không phải là một kế hoạch" in report.content.decode()
    assert Plan.objects.count() == plans


def test_an_outsider_cannot_import_into_another_department(world: Any, login: Any) -> None:
    data = _post_data(_upload(login(world.focal), world))
    client = login(world.outsider)  # the same test client, now logged in as the outsider
    plans = Plan.objects.count()

    response = client.post(reverse("plans:import-confirm"), data)

    assert response.status_code == 400  # the science department is not among the outsider's units
    assert Plan.objects.count() == plans


def test_the_preview_reads_the_unit_tree_a_bounded_number_of_times(
    world: Any, login: Any, django_assert_max_num_queries: Any
) -> None:
    client = login(world.focal)
    many = PLAN_TEXT.replace(
        "III. TỔ CHỨC THỰC HIỆN",
        "".join(
            f"{n}. Nhiệm vụ số {n}\na) Đơn vị chủ trì: Thanh tra Sở.\nb) Đơn vị phối hợp: Các phòng, đơn vị.\n"
            for n in range(3, 40)
        )
        + "III. TỔ CHỨC THỰC HIỆN",
    )
    with django_assert_max_num_queries(40):
        response = _upload(client, world, text=many)
    assert len(response.context["rows"]) == 39
