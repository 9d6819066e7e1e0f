from __future__ import annotations

import unicodedata

import pytest

from pbgdpl.accounts import demo as accounts_demo
from pbgdpl.library import demo
from pbgdpl.library.models import BookshelfItem, Document, Node
from pbgdpl.library.workflow import State
from pbgdpl.org import demo as org_demo

pytestmark = pytest.mark.django_db


def test_the_demo_loads_eight_real_laws_and_bookshelf_items_once() -> None:
    messages: list[str] = []
    org_demo.load(messages.append)
    accounts_demo.load(messages.append)
    demo.load(messages.append)
    demo.load(messages.append)  # idempotent
    numbers = set(Document.objects.values_list("number", flat=True))
    assert numbers == {"29/2013/QH13", "50/2005/QH11", "68/2006/QH11", "04/2011/QH13", "05/2007/QH12",
                       "18/2008/QH12", "14/2012/QH13", "104/2016/QH13"}
    measurement = Document.objects.get(number="04/2011/QH13")  # shipped in NFD: stored in NFC
    assert unicodedata.is_normalized("NFC", measurement.text)
    assert Node.objects.filter(document__number="14/2012/QH13", kind="dieu").count() == 41
    assert Document.objects.get(number="05/2007/QH12").title == "Luật Chất lượng sản phẩm, hàng hóa"
    assert {f.name for f in Document.objects.get(number="104/2016/QH13").fields.all()} == {
        "Tiếp cận thông tin", "Phổ biến, giáo dục pháp luật"}
    states = sorted(BookshelfItem.objects.values_list("state", flat=True))
    assert states == sorted([State.PUBLISHED, State.PUBLISHED, State.CHECKED, State.DRAFT])
    assert BookshelfItem.objects.get(state=State.CHECKED).documents.get().number == "14/2012/QH13"


def test_the_menus_offer_the_library(client, login, world) -> None:
    home = client.get("/").content.decode()
    assert 'href="/van-ban/"' in home and 'href="/tu-sach-phap-luat/"' in home
    staff = login(world.staff).get("/can-bo/").content.decode()
    assert 'href="/can-bo/van-ban/"' in staff and 'href="/can-bo/van-ban/tu-sach/"' in staff
