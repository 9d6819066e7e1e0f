"""A focal point derives the department's plan from the province's, assigns its units; a unit reports
progress with an evidence file; the leader approves; the dashboard moves."""

from __future__ import annotations

import datetime as dt

import pytest

from pbgdpl.plans import services
from pbgdpl.plans.models import Plan, Task
from pbgdpl.plans.tests.factories import province_plan, science_task

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _done_count(page) -> int:
    page.goto("/can-bo/theo-doi/")
    return int(page.locator('[data-count="done"]').inner_text())


def test_derive_assign_report_approve_and_the_dashboard_moves(world, page, browser_login, tmp_path):
    today = dt.date.today()
    year = today.year
    parent = province_plan(world, year=year, date=today - dt.timedelta(days=60), title=f"Triển khai Đề án 977 năm {year}")
    science_task(world, parent, code="1", title="Quán triệt nội dung Đề án", timeframe=f"Năm {year}")
    science_task(world, parent, code="2", title="Việc của Sở Văn hóa", lead_units=[world.culture], coordinating_units=[],
                 timeframe=f"Năm {year}")
    services.plan_transition(by=world.admin, plan=parent, name="issue")

    browser_login(world.focal)
    assert _done_count(page) == 0
    page.goto(f"/can-bo/ke-hoach/{parent.pk}/")
    page.get_by_role("link", name="Xây dựng kế hoạch của đơn vị từ kế hoạch này").click()
    ours = page.get_by_role("checkbox", name="1. Quán triệt nội dung Đề án")
    assert ours.is_checked()  # the task assigned to the department is picked already
    assert not page.get_by_role("checkbox", name="2. Việc của Sở Văn hóa").is_checked()
    page.get_by_label("Số").fill("21")
    page.get_by_role("button", name="Tạo kế hoạch triển khai").click()
    page.wait_for_url("**/can-bo/ke-hoach/*/")
    assert page.get_by_text("Đã tạo kế hoạch triển khai với 1 nhiệm vụ").is_visible()
    derived = Plan.objects.get(parent=parent)
    assert derived.number_symbol == "21/KH-SKHCN"

    # Assign the department's own units.
    page.get_by_role("link", name="Quán triệt nội dung Đề án").click()
    page.get_by_role("link", name="Sửa").click()
    page.get_by_label("Chủ trì (như văn bản ghi)").fill("Thanh tra Sở")
    page.get_by_label("Phối hợp (như văn bản ghi)").fill("Văn phòng Sở")
    page.get_by_role("button", name="Lưu").click()
    assert page.get_by_text("Đã lưu nhiệm vụ 1.").is_visible()
    assert page.get_by_role("cell", name="Thanh tra Sở").is_visible()
    assert page.get_by_role("cell", name="Văn phòng Sở").is_visible()

    # Issue the plan, then report as the lead unit with an evidence file.
    page.get_by_role("link", name=derived.number_symbol).click()
    page.get_by_role("button", name="Ban hành").click()
    assert page.get_by_text("Đã ban hành").first.is_visible()
    task = Task.objects.get(plan=derived)
    page.goto(f"/can-bo/nhiem-vu/{task.pk}/")
    evidence = tmp_path / "bien-ban-hoi-nghi.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%%EOF\n")
    page.get_by_label("Đơn vị báo cáo").select_option(str(world.science_inspect.pk))
    page.get_by_role("combobox", name="Tình trạng").select_option("done")
    page.get_by_label("Tiến độ (%)").fill("100")
    page.get_by_label("Kết quả, ghi chú").fill("Đã tổ chức hội nghị quán triệt cho 45 công chức.")
    page.get_by_label("Tệp minh chứng", exact=False).set_input_files(str(evidence))
    page.get_by_role("button", name="Gửi báo cáo").click()
    assert page.get_by_text("Đã ghi nhận báo cáo tiến độ.").is_visible()
    assert page.get_by_role("link", name="bien-ban-hoi-nghi.pdf").is_visible()
    assert _done_count(page) >= 1

    # The leader approves completion; the province's task shows the department's progress.
    page.context.clear_cookies()
    browser_login(world.leader)
    page.goto(f"/can-bo/nhiem-vu/{task.pk}/")
    page.get_by_role("button", name="Phê duyệt hoàn thành").click()
    assert page.get_by_text("Đã phê duyệt hoàn thành nhiệm vụ.").is_visible()
    page.context.clear_cookies()
    browser_login(world.reviewer)
    province_task = parent.tasks.get(code="1")
    page.goto(f"/can-bo/nhiem-vu/{province_task.pk}/")
    rollup = page.get_by_role("table", name="Tiến độ các đơn vị triển khai")
    assert rollup.get_by_role("row").filter(has_text="Sở Khoa học và Công nghệ").filter(has_text="100").is_visible()
