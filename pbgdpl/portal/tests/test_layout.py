"""The layout is usable by keyboard and screen reader, with AA contrast, on every foundation page."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from pbgdpl.portal.tests.a11y import problems

CSS = Path(settings.BASE_DIR, "static", "css", "pbgdpl.css").read_text(encoding="utf-8")


def variables() -> dict[str, str]:
    root = re.search(r":root\s*\{(.*?)\}", CSS, re.S)
    assert root
    return dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", root.group(1)))


def luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_helper_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize(("fg", "bg"), [
    ("ink", "bg"), ("muted", "bg"), ("muted", "soft"), ("link", "bg"), ("brand-ink", "brand"), ("brand", "bg"),
    ("ok", "bg"), ("warn", "bg"), ("bad", "bg"), ("info", "bg"), ("ink", "focus"), ("ink", "soft"),
])
def test_text_colours_meet_wcag_aa(fg, bg):
    colours = variables()
    assert contrast(colours[fg], colours[bg]) >= 4.5


def test_fixed_colours_in_the_stylesheet_meet_wcag_aa():
    colours = variables()
    assert contrast("#ffffff", "#5e120d") >= 4.5  # main navigation
    assert contrast(colours["link"], "#e8f0fa") >= 4.5  # info message
    assert contrast(colours["bad"], "#fbe9e9") >= 4.5  # error message
    assert contrast("#767f8a", "#ffffff") >= 3  # input borders (non-text contrast)
    assert contrast(colours["focus"], colours["brand"]) >= 3  # focus ring on the header
    assert contrast(colours["ink"], colours["bg"]) >= 3  # focus ring's dark halo on white


def test_keyboard_focus_is_always_visible():
    rule = re.search(r"a:focus-visible[^{]*\{([^}]*)\}", CSS)
    assert rule and "outline: 3px solid" in rule.group(1)
    assert re.search(r"\.skip-link:focus\s*\{[^}]*left:\s*1rem", CSS)
    assert "outline: none" not in CSS and "outline:0" not in CSS.replace(" ", "")


def test_checker_finds_what_it_should():
    bad = ('<html><head><title></title></head><body><a href="#nowhere" class="skip-link">x</a>'
           '<input name="q"><select id="s"></select><label for="t">T</label><textarea id="t"></textarea>'
           '<button></button><img src="x.png"><span id="d"></span><span id="d"></span></body></html>')
    found = problems(bad)
    assert "<html> has no lang attribute" in found and "page has no <title>" in found
    assert "page has 0 <h1> elements" in found and "no skip link to an element of the page" in found
    assert "form control without a label: <input name='q'>" in found
    assert "form control without a label: <select name='s'>" in found
    assert not any("textarea" in p for p in found)
    assert "button without text: 'button'" in found and "duplicate ids: ['d']" in found
    assert any(p.startswith("image without alt") for p in found)


def staff_pages(world):
    unit, person, group = world.science.pk, world.staff.pk, world.province.pk
    from pbgdpl.org.models import GenericGroup

    group = GenericGroup.objects.first().pk
    return ["/can-bo/", "/can-bo/don-vi/", f"/can-bo/don-vi/{unit}/", "/can-bo/don-vi/them/",
            f"/can-bo/don-vi/{unit}/sua/", f"/can-bo/don-vi/{unit}/cham-dut/", "/can-bo/don-vi/nhap/",
            "/can-bo/don-vi/nhom/", "/can-bo/don-vi/nhom/them/", f"/can-bo/don-vi/nhom/{group}/",
            "/can-bo/nguoi-dung/", "/can-bo/nguoi-dung/them/", f"/can-bo/nguoi-dung/{person}/",
            "/can-bo/he-thong/nhat-ky/", "/tai-khoan/", "/tai-khoan/doi-mat-khau/"]


def test_staff_pages_pass_the_accessibility_checks(world, login):
    client = login(world.admin)
    for path in staff_pages(world):
        response = client.get(path)
        assert response.status_code == 200, path
        assert problems(response.content.decode()) == [], path


@pytest.mark.parametrize("path", ["/", "/dang-nhap/", "/quen-mat-khau/", "/khong-co/"])
def test_public_pages_pass_the_accessibility_checks(client, db, path):
    response = client.get(path)
    assert response.status_code in (200, 404)
    assert problems(response.content.decode()) == []


def test_forms_with_errors_still_pass_and_announce_the_errors(world, login):
    response = login(world.admin).post("/can-bo/don-vi/them/", {"name": "", "type": "nope"})
    html = response.content.decode()
    assert response.status_code == 200 and "errorlist" in html
    assert problems(html) == []
    assert 'aria-invalid="true"' in html  # Django marks invalid fields for screen readers


def test_pages_declare_the_language_and_a_responsive_viewport(client, db):
    html = client.get("/").content.decode()
    assert '<html lang="vi">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@media (max-width" in CSS


def test_the_stylesheet_and_htmx_are_found_by_the_static_finders():
    from django.contrib.staticfiles import finders

    assert finders.find("css/pbgdpl.css")
    assert finders.find("vendor/htmx/htmx.min.js")
