"""The public home page and the staff dashboard."""

import pytest
from django.conf import settings


def test_public_home_shows_the_agency_and_a_login_link(client, db):
    html = client.get("/").content.decode()
    assert settings.AGENCY_NAME in html and settings.SITE_NAME in html
    assert 'href="/dang-nhap/"' in html
    assert "Khu vực cán bộ" not in html  # no staff link for visitors


def test_site_names_come_from_the_environment(client, db, settings):
    settings.SITE_NAME = "Cổng PBGDPL tỉnh Thử nghiệm"
    settings.AGENCY_NAME = "Hội đồng phối hợp PBGDPL tỉnh Thử nghiệm"
    html = client.get("/").content.decode()
    assert "Cổng PBGDPL tỉnh Thử nghiệm" in html and "Hội đồng phối hợp PBGDPL tỉnh Thử nghiệm" in html


@pytest.mark.parametrize(("role", "label"), [("admin", "Quản trị hệ thống"), ("leader", "Lãnh đạo đơn vị"),
                                             ("focal", "Đầu mối PBGDPL"), ("reviewer", "Cán bộ thẩm định cấp trên")])
def test_dashboard_greets_the_user_with_unit_and_roles(world, login, role, label):
    user = world.users[role]
    html = login(user).get("/can-bo/").content.decode()
    assert f"Xin chào {user.display_name}." in html and user.unit.name in html and label in html
    assert "Phạm vi của tôi" in html


def test_only_admins_and_leaders_see_recent_changes_on_the_dashboard(world, login):
    assert "Thay đổi gần đây" in login(world.admin).get("/can-bo/").content.decode()
    assert "Thay đổi gần đây" in login(world.leader).get("/can-bo/").content.decode()
    assert "Thay đổi gần đây" not in login(world.staff).get("/can-bo/").content.decode()


def test_the_staff_menu_follows_the_policies(world, login):
    admin = login(world.admin).get("/can-bo/").content.decode()
    assert 'href="/can-bo/he-thong/nhat-ky/"' in admin and 'href="/can-bo/nguoi-dung/"' in admin
    staff = login(world.staff).get("/can-bo/").content.decode()
    assert 'href="/can-bo/he-thong/nhat-ky/"' not in staff and 'href="/can-bo/don-vi/"' in staff
    assert 'aria-current="page"' in staff


@pytest.mark.parametrize(("path", "current"), [("/can-bo/", "/can-bo/"), ("/can-bo/don-vi/", "/can-bo/don-vi/"),
                                               ("/can-bo/don-vi/nhom/", "/can-bo/don-vi/"),
                                               ("/can-bo/nguoi-dung/them/", "/can-bo/nguoi-dung/")])
def test_exactly_one_menu_entry_is_marked_current(world, login, path, current):
    import re

    html = login(world.admin).get(path).content.decode()
    nav = html.split('aria-label="Khu vực cán bộ"')[1].split("</nav>")[0]
    assert re.findall(r'href="([^"]+)" aria-current="page"', nav) == [current]
