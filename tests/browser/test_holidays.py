"""The admin keeps the holiday table in the browser; other staff only read it."""

import datetime as dt

import pytest

from pbgdpl.core.calendar import is_working_day
from pbgdpl.core.models import Holiday

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_adds_a_bridge_day_and_a_working_saturday(world, page, browser_login):
    browser_login(world.admin)
    page.goto("/can-bo/he-thong/lich-nghi/?year=2027")
    page.get_by_role("textbox", name="Ngày").fill("2027-05-04")
    page.get_by_label("Tên").fill("Nghỉ hoán đổi dịp 30/4 - 1/5")
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url("**/lich-nghi/?year=2027")
    assert page.get_by_text("Đã lưu ngày 04/05/2027.").is_visible()
    page.get_by_role("textbox", name="Ngày").fill("2027-05-08")
    page.get_by_label("Tên").fill("Làm bù cho ngày 04/5")
    page.get_by_label("Loại").select_option("workday")
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url("**/lich-nghi/?year=2027")
    row = page.get_by_role("row").filter(has_text="08/05/2027")
    assert row.get_by_text("Ngày làm bù").is_visible()
    assert Holiday.objects.get(date=dt.date(2027, 5, 8)).source == "admin"
    assert not is_working_day(dt.date(2027, 5, 4)) and is_working_day(dt.date(2027, 5, 8))
    row.get_by_role("button", name="Xoá").click()
    page.wait_for_url("**/lich-nghi/?year=2027")
    assert page.get_by_text("Đã xoá ngày 08/05/2027 khỏi lịch.").is_visible()
    assert page.get_by_role("row").filter(has_text="08/05/2027").count() == 0


def test_focal_point_reads_the_table_without_forms(world, page, browser_login):
    Holiday.objects.update_or_create(date=dt.date(2025, 9, 2), defaults={"name": "Quốc khánh (02/9)"})
    browser_login(world.focal)
    page.goto("/can-bo/he-thong/lich-nghi/?year=2025")
    assert page.get_by_role("cell", name="Quốc khánh (02/9)").is_visible()
    assert page.get_by_role("button", name="Lưu").count() == 0
    assert page.get_by_role("button", name="Xoá").count() == 0
