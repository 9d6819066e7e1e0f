"""A citizen finds an article in the legal library; a staff member drafts a bookshelf item and the
unit's leader checks, approves and publishes it."""

import pytest

from pbgdpl.library import importing, services
from pbgdpl.library.models import BookshelfItem, Document
from pbgdpl.library.tests.helpers import LAW_A, LAW_B
from pbgdpl.library.workflow import State

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def library() -> None:
    services.import_sources(importing.sources_from_bytes("a.txt", LAW_A.encode()))
    services.import_sources(importing.sources_from_bytes("b.txt", LAW_B.encode()))
    services.reindex_all()


def test_a_citizen_searches_and_opens_an_article(library, page):
    page.goto("/")
    page.get_by_role("link", name="Văn bản pháp luật").click()
    page.get_by_label("Từ khóa, câu hỏi hoặc trích dẫn").fill("tu sach phap luat")
    page.get_by_role("button", name="Tìm", exact=True).click()
    hit = page.locator(".hits li").first
    assert hit.locator("mark").count() >= 1
    hit.get_by_role("link").first.click()
    page.wait_for_url("**/van-ban/*/#dieu-*")
    anchor = page.url.rsplit("#", 1)[1]
    assert page.locator(f"article#{anchor}").is_visible()
    # a citation goes straight to the provision, and the cited decree is one click away
    page.goto("/van-ban/")
    page.get_by_label("Từ khóa, câu hỏi hoặc trích dẫn").fill("khoản 2 Điều 2 Luật 14/2012/QH13")
    page.get_by_role("button", name="Tìm", exact=True).click()
    page.wait_for_url("**#dieu-2-khoan-2")
    assert page.locator("#dieu-2-khoan-2").is_visible()
    page.locator("#dieu-2-khoan-2").get_by_role("link", name="78/2025/NĐ-CP").click()
    assert page.get_by_role("heading", level=1).inner_text() == Document.objects.get(number="78/2025/NĐ-CP").title


def test_staff_drafts_a_bookshelf_item_and_the_leader_publishes_it(world, page, browser_login):
    browser_login(world.staff)
    page.goto("/can-bo/van-ban/tu-sach/")
    page.get_by_role("link", name="Thêm tài liệu").click()
    page.get_by_label("Đơn vị").select_option(str(world.science_office.pk))
    page.get_by_label("Loại tài liệu").select_option("pho-thong")
    page.get_by_label("Tên tài liệu").fill("Hỏi đáp về quyền tiếp cận thông tin")
    page.get_by_label("Cơ quan biên soạn").fill("Sở Khoa học và Công nghệ")
    page.get_by_label("Ngày phát hành").fill("2025-11-09")
    page.get_by_label("Tóm tắt").fill("Những câu hỏi thường gặp.")
    page.get_by_label("Nội dung").fill("Hỏi: Ai có quyền tiếp cận thông tin? Đáp: Mọi công dân.")
    page.get_by_role("button", name="Lưu dự thảo").click()
    page.get_by_role("button", name="Gửi rà soát").click()
    assert page.get_by_text("Chờ rà soát").first.is_visible()
    assert page.get_by_role("button", name="Duyệt").count() == 0  # not the staff member's to approve
    page.get_by_role("button", name="Đăng xuất").click()

    browser_login(world.leader)
    page.goto("/can-bo/van-ban/tu-sach/")
    page.get_by_role("link", name="Hỏi đáp về quyền tiếp cận thông tin").click()
    page.get_by_role("button", name="Xác nhận đã đối chiếu bản gốc").click()
    page.get_by_role("button", name="Duyệt").click()
    page.get_by_role("button", name="Đăng tải").click()
    assert page.get_by_text("Tài liệu đã chuyển sang trạng thái “Đã đăng tải”.").is_visible()
    assert BookshelfItem.objects.get().state == State.PUBLISHED
    page.get_by_role("button", name="Đăng xuất").click()

    page.goto("/tu-sach-phap-luat/")
    page.get_by_role("link", name="Hỏi đáp về quyền tiếp cận thông tin").click()
    assert page.get_by_text("Những câu hỏi thường gặp.").is_visible()
