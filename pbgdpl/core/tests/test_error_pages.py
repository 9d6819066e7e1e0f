"""With DEBUG off (the demo's default too) errors show the site's own pages, in Vietnamese, with the layout."""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings
from django.test import RequestFactory
from django.utils import translation

from pbgdpl.core.views import server_error

pytestmark = pytest.mark.django_db


def test_a_missing_page_renders_the_sites_404_page(client, settings):
    assert settings.DEBUG is False
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    assert [t.name for t in response.templates][0] == "404.html"
    html = response.content.decode()
    assert "Không tìm thấy trang" in html and 'href="/"' in html
    assert 'class="site-header"' in html  # the site's layout, not Django's plain page


def test_a_missing_page_in_english_when_english_is_chosen(client):
    client.cookies["django_language"] = "en"
    with translation.override("vi"):  # the request activates English; leave the thread as it was
        html = client.get("/khong-co-trang-nay/").content.decode()
    assert "Page not found" in html


def test_a_server_error_renders_the_sites_500_page():
    with translation.override("vi"):  # what the language middleware does before the view fails
        response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Lỗi hệ thống" in html and "vui lòng thử lại" in html
    assert "Traceback" not in html
    assert django_settings.SITE_NAME in html and django_settings.AGENCY_NAME in html


def test_the_500_handler_is_the_sites(client):
    from pbgdpl import urls

    assert urls.handler500 == "pbgdpl.core.views.server_error"
