"""The site's icon: /favicon.ico answers (no 404 logged on every page load), pages link the icon, both files are
served as static files under the Content-Security-Policy and hold nothing it would refuse."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db


def test_favicon_ico_is_not_404_and_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302 and response["Location"] == "/static/favicon.ico"
    assert "Content-Security-Policy" in response.headers
    icon = client.get("/favicon.ico", follow=True)
    assert icon.status_code == 200
    body = b"".join(icon.streaming_content) if icon.streaming else icon.content
    assert body[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert int.from_bytes(body[4:6], "little") == 3  # 16, 32 and 48 px


def test_public_and_staff_pages_link_the_icons(client, world, login):
    for html in (client.get("/").content.decode(), login(world.admin).get("/can-bo/").content.decode()):
        assert re.search(r'<link rel="icon" href="/static/favicon\.svg" type="image/svg\+xml">', html)
        assert '<link rel="icon" href="/static/favicon.ico"' in html


def test_the_svg_icon_is_plain_shapes(client):
    response = client.get("/static/favicon.svg")
    assert response.status_code == 200 and response["Content-Type"].startswith("image/svg+xml")
    text = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
    root = ET.fromstring(text)  # noqa: S314 - our own file
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert tags <= {"svg", "rect", "circle", "path", "line", "g"}
    assert "style" not in text and "script" not in text and "href" not in text
