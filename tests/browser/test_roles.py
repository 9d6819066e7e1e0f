"""Each role logs in and sees its dashboard; a user opening what is not theirs is refused."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("role", ["admin", "leader", "focal", "staff", "reviewer", "commune_focal"])
def test_each_role_logs_in_and_sees_its_dashboard(world, page, browser_login, role):
    user = world.users[role]
    browser_login(user)
    assert page.get_by_role("heading", name="Bảng điều khiển").is_visible()
    assert page.get_by_text(f"Xin chào {user.display_name}").is_visible()


def test_wrong_password_shows_an_error_and_lockout_after_repeated_failures(world, page):
    for _ in range(5):
        page.goto("/dang-nhap/")
        page.get_by_label("Tên đăng nhập").fill("staff")
        page.get_by_label("Mật khẩu").fill("wrong-password")
        page.get_by_role("button", name="Đăng nhập").click()
    page.goto("/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill("staff")
    page.get_by_label("Mật khẩu").fill("test-pass-123")
    page.get_by_role("button", name="Đăng nhập").click()
    assert page.get_by_text("Tài khoản tạm khoá").is_visible()


def test_staff_cannot_open_the_admin_only_unit_form(world, page, browser_login):
    browser_login(world.staff)
    response = page.goto(f"/can-bo/don-vi/{world.science.pk}/sua/")
    assert response.status == 403
