"""The admin manages the unit tree in the browser; others are refused."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_admin_edits_a_unit_and_sees_it_in_the_tree(world, page, browser_login):
    browser_login(world.admin)
    page.goto(f"/can-bo/don-vi/{world.culture.pk}/")
    page.get_by_role("link", name="Sửa", exact=True).click()
    page.get_by_label("Tên đầy đủ").fill("Sở Văn hóa và Thể thao")
    page.get_by_label("Viết tắt trong ký hiệu văn bản").fill("SVHTT")
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url(f"**/can-bo/don-vi/{world.culture.pk}/")
    assert page.get_by_role("heading", name="Sở Văn hóa và Thể thao").is_visible()
    assert page.get_by_text("Đã lưu đơn vị Sở Văn hóa và Thể thao.").is_visible()
    page.goto("/can-bo/don-vi/")
    tree = page.locator("#unit-tree")
    assert tree.get_by_role("link", name="Sở Văn hóa và Thể thao").is_visible()
    assert tree.get_by_text("(SVHTT)").is_visible()


def test_admin_merges_a_unit_and_the_tree_as_of_a_date_follows(world, page, browser_login):
    browser_login(world.admin)
    page.goto(f"/can-bo/don-vi/{world.culture.pk}/cham-dut/")
    page.get_by_label("Chấm dứt từ ngày").fill("2026-01-01")
    page.get_by_label("Hình thức").select_option("merge")
    page.get_by_label("Đơn vị kế thừa").select_option(str(world.science.pk))
    page.get_by_role("button", name="Lưu").click()
    page.wait_for_url(f"**/can-bo/don-vi/{world.culture.pk}/")
    assert page.get_by_text("Sáp nhập: chuyển sang").is_visible()
    page.goto("/can-bo/don-vi/?on=2026-02-01")
    assert page.locator("#unit-tree").get_by_text("Sở Văn hóa, Thể thao và Du lịch").count() == 0
    page.goto("/can-bo/don-vi/?on=2025-12-31")
    assert page.locator("#unit-tree").get_by_text("Sở Văn hóa, Thể thao và Du lịch").is_visible()


@pytest.mark.parametrize("role", ["leader", "focal", "reviewer"])
def test_a_user_who_is_not_admin_gets_the_403_page_on_the_unit_form(world, page, browser_login, role):
    browser_login(world.users[role])
    page.goto(f"/can-bo/don-vi/{world.science.pk}/")
    assert page.get_by_role("link", name="Sửa", exact=True).count() == 0  # not offered
    response = page.goto(f"/can-bo/don-vi/{world.science.pk}/sua/")
    assert response.status == 403
    assert page.get_by_role("heading", name="Không có quyền truy cập").is_visible()
    assert "org.unit" not in page.content()
