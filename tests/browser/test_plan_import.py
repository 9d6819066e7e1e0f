"""A focal point uploads a Word plan, fixes an unmatched unit in the preview and creates the plan."""

from pathlib import Path

import pytest

from pbgdpl.plans.importer.tests import render
from pbgdpl.plans.importer.tests.plans import GIO_LINH, G, Plan, T
from pbgdpl.plans.models import Plan as PlanModel

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCIENCE_PLAN = Plan(
    **{
        **GIO_LINH.__dict__,
        "slug": "skhcn-2025",
        "issuer": ["UBND TỈNH HƯNG YÊN", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"],
        "number": "52/KH-SKHCN",
        "place": "Hưng Yên",
        "date_line": "Hưng Yên, ngày 10 tháng 3 năm 2025",
        "date": "2025-03-10",
        "year": 2025,
        "title": ["Phổ biến, giáo dục pháp luật năm 2025"],
        "items": [
            G(
                "Tuyên truyền pháp luật",
                [
                    T(
                        "Tuyên truyền Luật Khoa học, công nghệ và đổi mới sáng tạo",
                        ["Thanh tra Sở"],
                        ["Các phòng, đơn vị"],
                        "Quý II/2025",
                        "2025-06-30",
                    ),
                    T(
                        "Cập nhật văn bản mới lên Cổng thông tin điện tử",
                        ["Trung tâm Thông tin số"],
                        ["Thanh tra Sở"],
                        "Cả năm",
                        "2025-12-31",
                    ),
                ],
            )
        ],
    }
)


def test_focal_point_imports_a_word_plan_after_fixing_a_unit(world, page, browser_login, tmp_path: Path):
    source = tmp_path / "ke-hoach-skhcn.docx"
    source.write_bytes(render.to_docx(SCIENCE_PLAN))
    browser_login(world.focal)

    page.goto("/can-bo/ke-hoach/nhap/")
    page.get_by_label("Tệp kế hoạch").set_input_files(str(source))
    page.get_by_label("Đơn vị ban hành").select_option(str(world.science.pk))
    page.get_by_role("button", name="Đọc tệp").click()

    page.get_by_role("heading", name="Kiểm tra kế hoạch trước khi lưu").wait_for()
    row = page.locator("#import-tasks tbody tr").filter(has_text="Trung tâm Thông tin số")
    assert row.get_by_text("chưa khớp — hãy chọn").is_visible()
    row.get_by_label("Đơn vị chủ trì").select_option(str(world.science_office.pk))
    first = page.locator("#import-tasks tbody tr").filter(has_text="Tuyên truyền Luật Khoa học")
    assert first.get_by_text("khớp 100%").is_visible()
    page.get_by_role("button", name="Tạo kế hoạch và nhiệm vụ").click()

    page.wait_for_url("**/can-bo/ke-hoach/*/")
    assert page.get_by_text("Đã nhập kế hoạch với 3 nhiệm vụ.").is_visible()
    assert page.get_by_text("Cập nhật văn bản mới lên Cổng thông tin điện tử").first.is_visible()
    plan = PlanModel.objects.get(number=52, symbol="KH-SKHCN")
    fixed = plan.tasks.get(title__startswith="Cập nhật văn bản")
    assert list(fixed.lead_units.all()) == [world.science_office]
