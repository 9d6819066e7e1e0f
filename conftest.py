"""Fixtures for the whole suite: the test world, logged-in clients, and Debian's Chromium via Playwright."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.test import Client

from pbgdpl.core.testing import PASSWORD, World, make_world

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
SHARED = Path(__file__).resolve().parent.parent / "shared"
CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()), None)


def skip_or_fail(reason: str) -> None:
    """Missing infrastructure: a visible skip for a developer, a failure in CI."""
    if CI:
        pytest.fail(f"{reason} (CI=true: required)")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def _isolated_data_dir(settings: Any, tmp_path: Path) -> None:
    settings.DATA_DIR = tmp_path / "data"
    settings.MEDIA_ROOT = tmp_path / "data" / "media"
    settings.DATA_DIR.mkdir(parents=True, exist_ok=True)


@pytest.fixture(autouse=True)
def _fresh_holiday_cache() -> Iterator[None]:
    # The working-day calendar caches the holiday table per process; a rolled-back test must not leak into the next.
    from pbgdpl.core import calendar

    calendar.clear_cache()
    yield
    calendar.clear_cache()


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.exists():
        skip_or_fail(f"../shared is absent ({SHARED})")
    return SHARED


@pytest.fixture
def world(db: None) -> World:
    return make_world()


@pytest.fixture
def login(client: Client) -> Callable[[Any], Client]:
    def _login(user: Any) -> Client:
        client.force_login(user)
        return client

    return _login


@pytest.fixture(scope="session")
def _browser() -> Iterator[Any]:
    if CHROMIUM is None:
        skip_or_fail("Chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                  "--disable-sync", "--no-first-run", "--disable-quic"],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(_browser: Any, live_server: Any) -> Iterator[Any]:
    context = _browser.new_context(base_url=live_server.url, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    context.set_default_timeout(15000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def browser_login(page: Any) -> Callable[[Any], Any]:
    def _login(user: Any) -> Any:
        page.goto("/dang-nhap/")
        page.get_by_label("Tên đăng nhập").fill(user.username)
        page.get_by_label("Mật khẩu").fill(PASSWORD)
        page.get_by_role("button", name="Đăng nhập").click()
        page.wait_for_url("**/can-bo/")
        return page

    return _login


def pytest_report_header(config: Any) -> list[str]:
    from django.conf import settings

    return [f"database: {settings.DATABASE_VENDOR}", f"chromium: {CHROMIUM or 'absent'}", f"shared: {SHARED.exists()}"]


def which(name: str) -> str | None:
    return shutil.which(name)
