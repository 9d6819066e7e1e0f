"""A focal point edits a section of the annual report and exports it as DOCX."""

from __future__ import annotations

import io

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded() -> None:
    # A transactional test database is flushed between tests: put the shipped configuration back.
    from pbgdpl.reporting import defaults, models

    defaults.seed({name: getattr(models, name) for name in ("Form", "AudienceGroup", "BudgetItem", "ReportType",
                                                             "IndicatorSet", "Indicator", "Schedule", "Deadline")})


def test_focal_point_edits_a_section_and_exports_the_report(seeded, world, page, browser_login):
    from docx import Document

    from pbgdpl.narrative.tests.helpers import activities

    activities(world)
    browser_login(world.focal)
    page.goto("/can-bo/bao-cao-tong-hop/")
    page.get_by_label("Đơn vị").select_option(str(world.science.pk))
    page.get_by_label("Loại báo cáo").select_option("annual")
    page.get_by_label("Kỳ").select_option("2025")
    page.get_by_role("button", name="Mở báo cáo").click()
    page.wait_for_url(f"**/can-bo/bao-cao-tong-hop/{world.science.pk}/annual/2025/")
    assert page.locator("#draft-notice").get_by_text("DỰ THẢO").is_visible()
    # not approved yet: the department's own activities count, the units below only once approved (none is)
    assert page.locator("[data-section=i2]").get_by_text("thu hút 306 lượt người").is_visible()
    page.get_by_role("textbox", name="II.2. Hạn chế, vướng mắc").fill("- Cán bộ làm công tác pháp chế còn kiêm nhiệm nhiều việc.")
    page.get_by_role("textbox", name="I.3. Mô hình, cách làm phổ biến, giáo dục pháp luật").fill(
        "Sở đã hướng dẫn pháp luật cho {businesses_reached} tổ chức, doanh nghiệp.")
    page.get_by_role("button", name="Lưu bản nháp").click()
    assert page.get_by_text("Đã lưu bản nháp báo cáo.").is_visible()
    assert page.locator("[data-section=i3]").get_by_text("hướng dẫn pháp luật cho 226 tổ chức, doanh nghiệp").is_visible()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Xuất DOCX").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".docx")
    doc = Document(io.BytesIO(open(download.path(), "rb").read()))  # noqa: SIM115 - read once
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "- Cán bộ làm công tác pháp chế còn kiêm nhiệm nhiều việc." in text
    assert "Sở đã hướng dẫn pháp luật cho 226 tổ chức, doanh nghiệp." in text
    assert text.startswith("DỰ THẢO")
