"""Every response carries a strict Content-Security-Policy, and no template needs it relaxed.

The browser side (no violation reported while the main pages are used) is in tests/browser/test_csp.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.conf import settings

EXPECTED = {
    "default-src": "'self'", "script-src": "'self'", "style-src": "'self'", "img-src": "'self' data:",
    "frame-ancestors": "'none'", "form-action": "'self'", "base-uri": "'self'", "object-src": "'none'",
}


def directives(response) -> dict[str, str]:
    header = response.headers.get("Content-Security-Policy")
    assert header, f"no Content-Security-Policy on {response.request['PATH_INFO']}"
    parts = (part.strip().split(None, 1) for part in header.split(";") if part.strip())
    return {name: value for name, value in parts}


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/dang-nhap/", "/khong-co-trang-nay/", "/static/css/pbgdpl.css"])
def test_public_pages_static_files_and_errors_carry_the_policy(client, path):
    assert directives(client.get(path)) == EXPECTED


@pytest.mark.django_db
def test_staff_pages_carry_the_policy(world, login):
    response = login(world.admin).get("/can-bo/")
    assert response.status_code == 200
    assert directives(response) == EXPECTED


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/library/search?q=luat", "/api/plans", "/api/openapi.json"])
def test_api_responses_carry_the_policy(world, login, path):
    response = login(world.admin).get(path)
    assert response.status_code == 200, response.content[:200]
    assert directives(response) == EXPECTED


@pytest.mark.django_db
def test_the_api_docs_use_bundled_swagger_not_a_cdn(world, login):
    html = login(world.admin).get("/api/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn." not in html


def templates() -> list[Path]:
    return sorted(p for p in Path(settings.BASE_DIR).rglob("templates/**/*.html"))


INLINE = [
    (re.compile(r"\sstyle\s*=", re.I), "a style= attribute (use a class in the stylesheet)"),
    (re.compile(r"<style[\s>]", re.I), "a <style> block (use the stylesheet)"),
    (re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>", re.I),
     "an inline <script> (use a static JS file)"),
    (re.compile(r"\son[a-z]+\s*=", re.I), "an on*= event handler (use static/js/pbgdpl.js)"),
    (re.compile(r"\bhx-on", re.I), "an hx-on attribute (evaluated code)"),
    (re.compile(r"javascript:", re.I), "a javascript: URL"),
]


def test_templates_need_no_inline_script_or_style():
    assert len(templates()) > 50
    found = [f"{path.relative_to(settings.BASE_DIR)}: {what}"
             for path in templates() for pattern, what in INLINE if pattern.search(path.read_text(encoding="utf-8"))]
    assert not found, "\n".join(found)


def test_the_inline_check_catches_what_it_looks_for():
    samples = ['<p style="x">', "<style>p{}</style>", "<script>alert(1)</script>", '<a onclick="x()">',
               '<div hx-on:click="x">', '<a href="javascript:x()">']
    for (pattern, _), sample in zip(INLINE, samples, strict=True):
        assert pattern.search(sample)
    assert not INLINE[2][0].search('<script src="/static/js/pbgdpl.js" defer></script>')
