"""A staff member records an activity; the focal point submits the 6-month report; the reviewer above returns it
with a comment; it is resubmitted and approved; the dashboards show it."""

from __future__ import annotations

import pytest

from pbgdpl.reporting.defaults import ensure_seeded
from pbgdpl.reporting.models import Activity, Status, Submission

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _switch(page, browser_login, user):
    page.context.clear_cookies()
    return browser_login(user)


def test_activity_to_approved_six_month_report(world, page, browser_login):
    ensure_seeded()
    browser_login(world.staff)
    page.goto("/can-bo/hoat-dong/them/")
    page.get_by_label("Nội dung hoạt động").fill("Hội nghị phổ biến Luật Chuyển đổi số")
    page.get_by_label("Hình thức").select_option(label="Hội nghị, tập huấn, bồi dưỡng, tọa đàm")
    page.get_by_label("Ngày (từ ngày)").fill("2025-03-10")
    page.get_by_label("Tổng số người tham dự").fill("40")
    page.get_by_label("Trong đó nữ").fill("15")
    page.get_by_label("Cán bộ, công chức, viên chức", exact=True).fill("40")
    page.get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_url("**/can-bo/hoat-dong/*/")
    assert page.get_by_role("heading", name="Hội nghị phổ biến Luật Chuyển đổi số").is_visible()
    assert Activity.objects.get().unit == world.science_office

    _switch(page, browser_login, world.focal)
    page.goto("/can-bo/bao-cao/?year=2025")
    page.get_by_label("Đơn vị").select_option(label="Văn phòng Sở")
    page.get_by_label("Kỳ báo cáo").select_option(label="Báo cáo 6 tháng đầu năm 2025")
    page.get_by_role("button", name="Lập báo cáo").click()
    page.wait_for_url("**/can-bo/bao-cao/*/")
    total_row = page.get_by_role("row").filter(has_text="TONG_NG")
    assert total_row.get_by_role("link", name="40").is_visible()
    page.get_by_role("button", name="Gửi báo cáo").click()
    assert page.get_by_text("Đã thực hiện: Gửi báo cáo.").is_visible()
    report_url = page.url

    _switch(page, browser_login, world.reviewer)
    page.goto(report_url)
    page.get_by_label("Ý kiến").fill("Đề nghị bổ sung số liệu đối tượng đặc thù.")
    page.get_by_role("button", name="Trả lại").click()
    assert page.get_by_text("Đã thực hiện: Trả lại.").is_visible()

    _switch(page, browser_login, world.focal)
    page.goto(report_url)
    assert page.get_by_text("Đề nghị bổ sung số liệu đối tượng đặc thù.").first.is_visible()
    page.get_by_label("I. Kết quả thực hiện").fill("Đã bổ sung: không có đối tượng đặc thù trong kỳ.")
    page.get_by_role("button", name="Lưu báo cáo").click()
    page.get_by_role("button", name="Gửi báo cáo").click()
    assert page.get_by_text("Đã thực hiện: Gửi báo cáo.").is_visible()

    _switch(page, browser_login, world.reviewer)
    page.goto(report_url)
    page.get_by_role("button", name="Phê duyệt").click()
    assert page.get_by_text("Đã thực hiện: Phê duyệt.").is_visible()
    submission = Submission.objects.get()
    assert submission.status == Status.APPROVED
    assert [e.action for e in submission.events.all()] == ["submit", "return", "submit", "approve"]

    page.goto(f"/can-bo/bao-cao/tien-do/?year=2025&schedule={submission.schedule_id}")
    row = page.get_by_role("row").filter(has_text="Văn phòng Sở")
    assert row.get_by_text("Đã duyệt").is_visible()
    page.goto("/can-bo/thong-ke/?year=2025")
    assert page.get_by_role("img", name="Số hoạt động theo tháng, chia theo hình thức").is_visible()
    assert page.get_by_role("listitem").filter(has_text="Hội nghị, tập huấn, bồi dưỡng, tọa đàm: 1").is_visible()
