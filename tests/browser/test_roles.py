"""Each role logs in and sees its dashboard; a user opening what is not theirs is refused; the layout works
by keyboard (focus order, visible focus, skip link) and every form control has an accessible name."""

import pytest

from pbgdpl.core.testing import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Accessible name of a form control, as a browser computes it (enough of the accname algorithm for our markup).
ACCESSIBLE_NAMES = """() => Array.from(document.querySelectorAll('input, select, textarea'))
  .filter(el => el.type !== 'hidden' && el.offsetParent !== null)
  .map(el => {
    const byLabel = Array.from(el.labels || []).map(l => l.innerText.trim()).join(' ');
    const byAria = el.getAttribute('aria-label') || '';
    const byRef = (el.getAttribute('aria-labelledby') || '').split(' ').filter(Boolean)
      .map(id => (document.getElementById(id) || {}).innerText || '').join(' ');
    return {name: el.name || el.id, label: (byLabel || byAria || byRef).trim()};
  })"""


@pytest.mark.parametrize("role", ["admin", "leader", "focal", "staff", "reviewer", "commune_focal"])
def test_each_role_logs_in_and_sees_its_dashboard(world, page, browser_login, role):
    user = world.users[role]
    browser_login(user)
    assert page.get_by_role("heading", name="Bảng điều khiển").is_visible()
    assert page.get_by_text(f"Xin chào {user.display_name}").is_visible()


def test_menus_follow_the_role(world, page, browser_login):
    browser_login(world.staff)
    nav = page.get_by_role("navigation", name="Khu vực cán bộ")
    assert nav.get_by_role("link", name="Đơn vị").is_visible()
    assert nav.get_by_role("link", name="Nhật ký").count() == 0  # the trail is for admins and leaders


def test_wrong_password_shows_an_error_and_lockout_after_repeated_failures(world, page):
    for _ in range(5):
        page.goto("/dang-nhap/")
        page.get_by_label("Tên đăng nhập").fill("staff")
        page.get_by_label("Mật khẩu").fill("wrong-password")
        page.get_by_role("button", name="Đăng nhập").click()
    page.goto("/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill("staff")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    assert page.get_by_text("Tài khoản tạm khoá").is_visible()


def test_logout_from_the_header(world, page, browser_login):
    browser_login(world.staff)
    page.get_by_role("button", name="Đăng xuất").click()
    page.wait_for_url("**/")
    assert page.get_by_role("link", name="Đăng nhập").is_visible()
    page.goto("/can-bo/")
    assert "/dang-nhap/" in page.url


def test_staff_cannot_open_the_admin_only_unit_form(world, page, browser_login):
    browser_login(world.staff)
    response = page.goto(f"/can-bo/don-vi/{world.science.pk}/sua/")
    assert response.status == 403
    assert page.get_by_role("heading", name="Không có quyền truy cập").is_visible()
    assert page.get_by_role("link", name="Về bảng điều khiển").is_visible()


def test_a_focal_point_cannot_open_another_departments_person(world, page, browser_login):
    browser_login(world.outsider)
    response = page.goto(f"/can-bo/nguoi-dung/{world.staff.pk}/")
    assert response.status == 403
    assert page.get_by_role("heading", name="Không có quyền truy cập").is_visible()


def test_login_form_focus_order_by_keyboard(world, page):
    page.goto("/dang-nhap/")
    focused = lambda: page.evaluate("document.activeElement.id || document.activeElement.innerText.trim()")  # noqa: E731
    assert focused() == "id_username"  # autofocus
    order = [focused()]
    for _ in range(3):
        page.keyboard.press("Tab")
        order.append(focused())
    assert order == ["id_username", "id_password", "Đăng nhập", "Quên mật khẩu?"]
    # Keyboard focus is visible (an outline, never removed).
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    # Typing and Enter submit the form without the mouse.
    page.get_by_label("Tên đăng nhập").focus()
    page.keyboard.type("staff")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/can-bo/")


def test_skip_link_is_the_first_stop_and_moves_to_the_content(world, page):
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = page.evaluate("(() => { const r = document.activeElement.getBoundingClientRect(); return [r.left, r.top, r.width]; })()")
    assert box[0] >= 0 and box[1] >= 0 and box[2] > 0  # on screen when focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("user", ["admin", None])
def test_every_form_control_on_the_main_pages_has_an_accessible_name(world, page, browser_login, user):
    if user:
        browser_login(world.users[user])
        paths = ["/can-bo/", "/can-bo/don-vi/", f"/can-bo/don-vi/{world.science.pk}/sua/", "/can-bo/don-vi/nhom/",
                 "/can-bo/nguoi-dung/", f"/can-bo/nguoi-dung/{world.staff.pk}/", "/can-bo/he-thong/nhat-ky/",
                 "/tai-khoan/doi-mat-khau/"]
    else:
        paths = ["/", "/dang-nhap/", "/quen-mat-khau/"]
    for path in paths:
        page.goto(path)
        controls = page.evaluate(ACCESSIBLE_NAMES)
        assert controls, path
        assert [c for c in controls if not c["label"]] == [], path


def test_pages_fit_a_phone_screen_without_sideways_scrolling(world, page, browser_login):
    page.set_viewport_size({"width": 360, "height": 740})
    for path in ("/", "/dang-nhap/"):
        page.goto(path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
    browser_login(world.focal)
    for path in ("/can-bo/", "/can-bo/don-vi/"):
        page.goto(path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
    # The staff menu folds behind a button; it opens by keyboard, closes with Escape, and its links work.
    page.goto("/can-bo/")
    nav = page.get_by_role("navigation", name="Khu vực cán bộ")
    toggle = nav.get_by_role("button", name="Danh mục chức năng")
    units = nav.get_by_role("link", name="Đơn vị")
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert not units.is_visible()
    assert page.evaluate("document.querySelector('.site-header').getBoundingClientRect().height < 260")
    toggle.focus()
    page.keyboard.press("Enter")
    assert toggle.get_attribute("aria-expanded") == "true" and units.is_visible()
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false" and not units.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "staff-menu"
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the first link of the open menu
    assert page.evaluate("document.activeElement.closest('#staff-menu') !== null")
    units.click()
    page.wait_for_url("**/can-bo/don-vi/")
    assert page.get_by_role("heading", level=1).first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def test_the_staff_menu_stays_open_on_a_wide_screen(world, page, browser_login):
    page.set_viewport_size({"width": 1280, "height": 800})
    browser_login(world.focal)
    nav = page.get_by_role("navigation", name="Khu vực cán bộ")
    assert not nav.get_by_role("button", name="Danh mục chức năng").is_visible()
    assert nav.get_by_role("link", name="Đơn vị").is_visible()


def test_switching_the_language_to_english_on_the_login_page(world, page):
    page.goto("/dang-nhap/")
    page.get_by_label("Ngôn ngữ").select_option("en")
    page.get_by_role("button", name="Đổi ngôn ngữ").click()
    page.wait_for_load_state()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.get_by_label("Username").is_visible() and page.get_by_label("Password").is_visible()
    assert page.get_by_role("button", name="Log in").is_visible()
    page.get_by_label("Language").select_option("vi")
    page.get_by_role("button", name="Change language").click()
    page.wait_for_load_state()
    assert page.get_by_label("Tên đăng nhập").is_visible()
