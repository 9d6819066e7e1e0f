"""Under the strict Content-Security-Policy (no inline script or style) the main public and staff pages,
the htmx parts and the little JavaScript there is still work, and the browser reports no violation."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pbgdpl.library import importing
from pbgdpl.library import services as library_services
from pbgdpl.library.models import Document
from pbgdpl.library.tests.helpers import LAW_A
from pbgdpl.plans import services
from pbgdpl.plans.tests.factories import province_plan, science_task

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LISTEN = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile || location.pathname}:${e.lineNumber}`);
});
"""


class Violations:
    """CSP violations seen by the page: console messages and securitypolicyviolation events."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.console: list[str] = []
        page.add_init_script(LISTEN)
        page.on("console", self._console)

    def _console(self, message: Any) -> None:
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            self.console.append(f"{self.page.url}: {message.text}")

    def visit(self, path: str) -> None:
        response = self.page.goto(path)
        assert response is not None and "default-src 'self'" in (response.headers.get("content-security-policy") or "")
        self.page.wait_for_load_state("load")
        self.check(path)

    def check(self, where: str) -> None:
        events = self.page.evaluate("window.__csp || []")
        assert not events and not self.console, f"{where}: {events} {self.console}"


@pytest.fixture
def plan(world):
    year = dt.date.today().year
    plan = province_plan(world, year=year, date=dt.date.today() - dt.timedelta(days=30))
    science_task(world, plan, code="1", title="Hội nghị", due_date=dt.date.today() - dt.timedelta(days=3))
    science_task(world, plan, code="2", title="Tọa đàm", timeframe=f"Năm {year}")
    return services.plan_transition(by=world.admin, plan=plan, name="issue")


@pytest.fixture
def law() -> Document:
    library_services.import_sources(importing.sources_from_bytes("a.txt", LAW_A.encode()))
    library_services.reindex_all()
    return Document.objects.get()


def test_public_pages_report_no_violation(world, page, law):
    seen = Violations(page)
    for path in ("/", "/dang-nhap/", "/quen-mat-khau/", "/van-ban/", "/van-ban/?q=t%E1%BB%A7+s%C3%A1ch",
                 f"/van-ban/{law.pk}/", f"/van-ban/{law.pk}/ban-in/", "/tu-sach-phap-luat/",
                 "/chuan-tiep-can-phap-luat/", "/khong-co-trang-nay/"):
        seen.visit(path)
    # The print view's button works without an inline handler.
    page.goto(f"/van-ban/{law.pk}/ban-in/")
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.get_by_role("button", name="In").click()
    assert page.evaluate("window.__printed") == 1
    seen.check("print view")


def test_staff_pages_report_no_violation(world, page, browser_login, plan, law):
    seen = Violations(page)
    browser_login(world.admin)
    seen.check("log-in")
    seen.visit("/can-bo/")
    menu = page.eval_on_selector_all("nav.staff-nav a[href]", "links => links.map(a => a.getAttribute('href'))")
    assert len(menu) >= 8, menu
    task = plan.tasks.get(code="1")
    extra = [f"/can-bo/ke-hoach/{plan.pk}/", f"/can-bo/ke-hoach/{plan.pk}/theo-doi/", f"/can-bo/nhiem-vu/{task.pk}/",
             "/can-bo/ke-hoach/them/", "/can-bo/thong-bao/", "/can-bo/theo-doi/", "/api/docs"]
    for path in dict.fromkeys([*menu, *extra]):
        seen.visit(path)
    # htmx still works: the plan form asks the server for the next number when the unit changes.
    page.goto("/can-bo/ke-hoach/them/")
    with page.expect_response(lambda r: "so-tiep-theo" in r.url):
        page.get_by_label("Đơn vị ban hành").select_option(str(world.science.pk))
    seen.check("plan form (htmx)")
    # The report list's year picker submits itself without an inline handler.
    page.goto("/can-bo/bao-cao/")
    years = page.locator("select#year option").all_inner_texts()
    if len(years) > 1:
        with page.expect_navigation():
            page.locator("select#year").select_option(years[-1])
        assert f"year={years[-1]}" in page.url
    seen.check("report list")
