"""A commune attaches evidence and publishes its draft score; the level above reads the evidence and approves once
the publication period is over."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture
def seeded() -> None:
    # A transactional test database is flushed between tests: put the shipped criteria sets back.
    from pbgdpl.assessment import defaults, models

    defaults.seed({name: getattr(models, name) for name in ("CriteriaSet", "Group", "Criterion", "Indicator")})


def test_commune_publishes_and_the_level_above_approves_after_the_period(seeded, world, page, browser_login):
    from pbgdpl.assessment.models import Assessment, CriteriaSet

    browser_login(world.commune_focal)
    page.goto("/can-bo/danh-gia/")
    page.get_by_label("Bộ tiêu chí").select_option(str(CriteriaSet.objects.get(code="qd25-2021").pk))
    page.get_by_label("Năm").fill("2025")
    page.get_by_role("button", name="Lập", exact=True).click()
    page.wait_for_url("**/can-bo/danh-gia/*/")
    for code, points in {"1.1.1": "10", "2.1.1": "10", "2.2.2": "10", "3.2.1": "10", "4.1.1": "20",
                         "5.1.1": "10", "5.2.1": "10"}.items():
        page.get_by_label(f"Điểm {code}", exact=True).fill(points)
        page.get_by_label(f"Minh chứng {code}", exact=True).fill("Biên bản họp")
    for code in ("2.2.1", "3.1.1"):
        page.get_by_label(f"Giá trị đo {code}", exact=True).fill("90")
        page.get_by_label(f"Minh chứng {code}", exact=True).fill("Số liệu năm")
    page.get_by_role("button", name="Lưu điểm").click()
    assert page.get_by_text("Đã lưu điểm.").is_visible()
    assert page.locator("#total").inner_text() == "100"
    assert page.locator("#rating").inner_text() == "Đạt chuẩn tiếp cận pháp luật"
    # a small PDF made here, attached to criterion 1.1.1 as evidence
    page.get_by_label("Chỉ tiêu").select_option("1.1.1")
    page.get_by_label("Tệp minh chứng").set_input_files(
        {"name": "bien-ban-hop.pdf", "mimeType": "application/pdf", "buffer": PDF})
    page.get_by_role("button", name="Đính kèm").click()
    assert page.get_by_text("Đã đính kèm “bien-ban-hop.pdf”.").is_visible()
    link = page.locator("#minh-chung + table").get_by_role("link", name="bien-ban-hop.pdf")
    download_url = link.get_attribute("href")
    assert page.request.get(download_url).body() == PDF
    page.get_by_role("button", name="Công khai kết quả tự chấm").click()
    assert page.locator("#status").inner_text() == "Đang công khai"
    item = Assessment.objects.get()
    page.goto("/chuan-tiep-can-phap-luat/")
    page.get_by_role("link", name=world.commune.name).click()
    assert page.get_by_text("Đạt chuẩn tiếp cận pháp luật").first.is_visible()
    assert page.get_by_text("bien-ban-hop.pdf").count() == 0  # the evidence files are not published

    page.context.clear_cookies()
    browser_login(world.reviewer)
    page.goto(f"/can-bo/danh-gia/{item.pk}/")
    page.get_by_role("button", name="Phê duyệt").click()
    assert page.get_by_text("ít nhất 5 ngày làm việc").is_visible()
    assert page.locator("#status").inner_text() == "Đang công khai"
    Assessment.objects.filter(pk=item.pk).update(published_on=dt.date(2025, 12, 1))  # the period has passed
    page.reload()
    page.get_by_role("button", name="Phê duyệt").click()
    assert page.locator("#status").inner_text() == "Đã phê duyệt"
    assert page.request.get(download_url).body() == PDF  # the level above reads the evidence
    assert page.get_by_role("button", name="Xóa bien-ban-hop.pdf").count() == 0

    page.context.clear_cookies()  # anonymous: to the login page, not the file
    response = page.request.get(download_url, max_redirects=0)
    assert response.status == 302 and "/dang-nhap/" in response.headers["location"]
