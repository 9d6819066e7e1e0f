from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pbgdpl.library import importing, services
from pbgdpl.library.models import BookshelfItem, Document, ImportJob
from pbgdpl.library.workflow import State

from .helpers import LAW_A, LAW_B, blank_pdf, docx_bytes, jsonl

pytestmark = pytest.mark.django_db


@pytest.fixture
def library() -> dict[str, Document]:
    services.import_sources(importing.sources_from_bytes("a.txt", LAW_A.encode()))
    services.import_sources(importing.sources_from_bytes("b.txt", LAW_B.encode()))
    services.reindex_all()
    return {"law": Document.objects.get(number="14/2012/QH13"), "decree": Document.objects.get(number="78/2025/NĐ-CP")}


def _item(world, state: str = State.DRAFT) -> BookshelfItem:
    item = services.item_create(by=world.staff, unit=world.science_office, content_type="pho-thong",
                                title="Hỏi đáp tủ sách", compiler="Sở KH&CN", released=dt.date(2025, 1, 1),
                                validity="con-gia-tri", summary="Tóm tắt", body="Nội dung")
    steps = [("submit", world.staff), ("check", world.focal), ("approve", world.leader), ("publish", world.leader)]
    for name, actor in steps:
        if item.state == state:
            break
        item = services.item_transition(item=item, by=actor, name=name)
    return item


# --- public search ----------------------------------------------------------------------------------------------

def test_public_search_shows_ranked_articles_with_highlighted_snippets(client, library) -> None:
    response = client.get(reverse("library:search"), {"q": "tủ sách pháp luật"})
    assert response.status_code == 200
    body = response.content.decode()
    assert "<mark>" in body
    assert f'href="/van-ban/{library["decree"].pk}/#dieu-1"' in body


def test_search_without_diacritics_finds_the_same_articles(client, library) -> None:
    response = client.get(reverse("library:search"), {"q": "tu sach phap luat"})
    assert f'/van-ban/{library["decree"].pk}/#dieu-1' in response.content.decode()


def test_a_citation_goes_straight_to_the_provision(client, library) -> None:
    response = client.get(reverse("library:search"), {"q": "Điều 2 Luật 14/2012/QH13"})
    assert response.status_code == 302
    assert response["Location"] == f"/van-ban/{library['law'].pk}/#dieu-2"
    response = client.get(reverse("library:search"), {"q": "78/2025/NĐ-CP"})
    assert response["Location"] == f"/van-ban/{library['decree'].pk}/"


def test_search_page_query_count_is_pinned(client, library, django_assert_max_num_queries) -> None:
    with django_assert_max_num_queries(6):
        response = client.get(reverse("library:search"), {"q": "phạm vi điều chỉnh", "page": 1})
    assert response.status_code == 200


def test_search_filters_keep_only_matching_documents(client, library) -> None:
    response = client.get(reverse("library:search"), {"q": "phạm vi điều chỉnh", "type": "nghi-dinh"})
    body = response.content.decode()
    assert f"/van-ban/{library['decree'].pk}/" in body
    assert f"/van-ban/{library['law'].pk}/#" not in body


@pytest.mark.parametrize("query", [
    "", "   ", "a" * 10_000, '"""""', '"tủ sách', "*", "* * *", "NEAR", "tủ NEAR sách", "AND", "OR NOT AND",
    "((((", "(tủ) AND (sách))", "'; DROP TABLE library_document; --", "1=1 OR '1'='1'", "<script>alert(1)</script>",
    "title:foo^3 ~2 [a TO b]", "\x00\x01", "Điều 999 Luật 14/2012/QH13",
])
def test_bad_queries_give_a_result_or_a_message_never_an_error(client, library, query: str) -> None:
    response = client.get(reverse("library:search"), {"q": query})
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert "<script>alert" not in response.content.decode()
    assert Document.objects.count() == 2


def test_bad_filters_are_ignored_with_a_message(client, library) -> None:
    response = client.get(reverse("library:search"), {"q": "tủ sách", "year": "abc", "type": "zzz", "page": "-4"})
    assert response.status_code == 200
    assert "Bộ lọc không hợp lệ" in response.content.decode()


def test_an_empty_query_asks_for_words_and_lists_documents(client, library) -> None:
    response = client.get(reverse("library:search"), {"q": ""})
    body = response.content.decode()
    assert "Hãy nhập từ khóa" in body and "Luật Phổ biến, giáo dục pháp luật" in body


# --- document pages ------------------------------------------------------------------------------------------------

def test_document_page_has_toc_anchors_links_and_relations(client, library, django_assert_max_num_queries) -> None:
    law, decree = library["law"], library["decree"]
    with django_assert_max_num_queries(12):
        response = client.get(reverse("library:document", args=[law.pk]))
    body = response.content.decode()
    assert 'id="dieu-2"' in body and 'id="dieu-2-khoan-2"' in body and 'id="dieu-2-khoan-2-diem-a"' in body
    assert 'href="#dieu-3"' in body  # table of contents
    assert f'<a class="cited" href="/van-ban/{decree.pk}/">78/2025/NĐ-CP</a>' in body
    assert "01/01/2013" in body  # effective date, dd/mm/yyyy
    decree_page = client.get(reverse("library:document", args=[decree.pk])).content.decode()
    assert f'href="/van-ban/{law.pk}/"' in decree_page  # cited both ways


def test_print_view_and_missing_documents(client, library) -> None:
    response = client.get(reverse("library:document_print", args=[library["law"].pk]))
    assert response.status_code == 200 and "@media print" not in response.content.decode()
    assert b"library/library.css" in response.content
    assert client.get("/van-ban/999999/").status_code == 404
    assert client.get(reverse("library:document_original", args=[library["law"].pk])).status_code == 404


# --- staff pages ---------------------------------------------------------------------------------------------------

def test_staff_upload_is_for_library_editors_only(client, login, world) -> None:
    url = reverse("library:upload")
    assert client.get(url).status_code == 302  # anonymous: to the login page
    assert login(world.staff).get(url).status_code == 403
    response = login(world.focal).post(url, {"file": SimpleUploadedFile("luat.docx", docx_bytes(LAW_A)),
                                             "status": "chua-co-hieu-luc"})
    document = Document.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/van-ban/{document.pk}/"
    assert document.status == "chua-co-hieu-luc" and document.original
    assert client.get(reverse("library:document_original", args=[document.pk])).status_code == 200


@pytest.mark.parametrize(("name", "content", "message"), [
    ("scan.pdf", blank_pdf(), "chỉ có hình ảnh"),
    ("locked.pdf", blank_pdf(password="x"), "mã hóa"),
    ("virus.exe", b"MZ", "Chỉ nhận tệp DOCX, PDF hoặc TXT"),
    ("fake.pdf", b"hello", "Nội dung tệp không khớp với loại .pdf"),
    ("empty.docx", b"", "Tệp rỗng"),
    ("notes.txt", b"\xff\xfe\x00", "Hãy lưu lại tệp dưới dạng UTF-8"),
    ("empty.txt", "Chỉ một dòng, không có điều nào".encode(), "không tìm thấy điều khoản"),
])
def test_bad_uploads_get_a_clear_message(login, world, name: str, content: bytes, message: str) -> None:
    response = login(world.focal).post(reverse("library:upload"), {"file": SimpleUploadedFile(name, content)})
    assert response.status_code == 200
    assert message.lower() in response.content.decode().lower()
    assert Document.objects.count() == 0


def test_reuploading_the_same_number_with_another_text_updates_and_warns(login, world) -> None:
    client = login(world.focal)
    client.post(reverse("library:upload"), {"file": SimpleUploadedFile("a.txt", LAW_A.encode())})
    changed = LAW_A.replace("Họp báo", "Họp báo, trả lời phỏng vấn")
    response = client.post(reverse("library:upload"), {"file": SimpleUploadedFile("a.txt", changed.encode())}, follow=True)
    assert "nội dung khác" in response.content.decode()
    assert Document.objects.count() == 1 and "trả lời phỏng vấn" in Document.objects.get().text


def test_bulk_import_creates_a_job_whose_page_polls_progress(login, world) -> None:
    client = login(world.focal)
    upload = SimpleUploadedFile("batch.jsonl", jsonl({"title": "Quy chế", "text": "Điều 1. Phạm vi\nÁp dụng."}))
    response = client.post(reverse("library:import"), {"file": upload})
    job = ImportJob.objects.get()
    assert response["Location"] == reverse("library:job", args=[job.pk])
    assert 'hx-trigger="every 1s"' in client.get(response["Location"]).content.decode()
    services.run_job(job_id=job.pk)
    partial = client.get(response["Location"], headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in partial and "1 / 1" in partial
    assert login(world.outsider).get(response["Location"]).status_code == 404  # someone else's job
    assert login(world.staff).post(reverse("library:import"), {"file": upload}).status_code == 403


def test_staff_edit_document_metadata(login, world, library) -> None:
    law = library["law"]
    url = reverse("library:edit", args=[law.pk])
    assert login(world.staff).get(url).status_code == 403
    client = login(world.focal)
    response = client.post(url, {"number": "14/2012/QH13", "type": "luat", "title": law.title, "issuer": "Quốc hội",
                                 "signer": "Nguyễn Sinh Hùng", "issued": "2012-06-20", "effective": "2013-01-01",
                                 "expiry": "", "status": "het-hieu-luc-mot-phan"})
    assert response.status_code == 302
    law.refresh_from_db()
    assert (law.signer, law.status) == ("Nguyễn Sinh Hùng", "het-hieu-luc-mot-phan")


def test_staff_documents_list(login, world, library, django_assert_max_num_queries) -> None:
    client = login(world.staff)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("library:staff_documents"))
    assert response.status_code == 200 and "14/2012/QH13" in response.content.decode()


# --- bookshelf ---------------------------------------------------------------------------------------------------------

def test_public_bookshelf_shows_published_items_only(client, world, django_assert_max_num_queries) -> None:
    draft, published = _item(world), _item(world, State.PUBLISHED)
    with django_assert_max_num_queries(6):
        response = client.get(reverse("library:bookshelf"))
    body = response.content.decode()
    assert f"/tu-sach-phap-luat/{published.pk}/" in body and f"/tu-sach-phap-luat/{draft.pk}/" not in body
    assert client.get(reverse("library:bookshelf_item", args=[published.pk])).status_code == 200
    assert client.get(reverse("library:bookshelf_item", args=[draft.pk])).status_code == 404


def test_staff_creates_an_item_and_the_leader_publishes_it(login, world) -> None:
    client = login(world.staff)
    response = client.post(reverse("library:bookshelf_add"), {
        "unit": world.science_office.pk, "content_type": "de-cuong", "title": "Đề cương Luật PBGDPL",
        "compiler": "Sở KH&CN", "released": "2025-03-01", "validity": "con-gia-tri", "summary": "Tóm tắt",
        "body": "Nội dung", "file": SimpleUploadedFile("de-cuong.txt", "Đề cương".encode())})
    item = BookshelfItem.objects.get()
    assert response.status_code == 302 and item.file
    transition = lambda name: reverse("library:bookshelf_transition", args=[item.pk, name])  # noqa: E731
    client.post(transition("submit"))
    assert client.post(transition("check")).status_code == 403
    login(world.focal).post(transition("check"))
    client = login(world.leader)
    client.post(transition("approve"))
    response = client.post(transition("publish"), follow=True)
    item.refresh_from_db()
    assert item.state == State.PUBLISHED
    assert "Đã đăng tải" in response.content.decode()
    response = client.post(transition("publish"), follow=True)  # twice: a message, not an error
    assert response.status_code == 200 and "Không thể" in response.content.decode()


def test_staff_bookshelf_list_is_scoped_to_the_unit(login, world, django_assert_max_num_queries) -> None:
    item = _item(world)
    client = login(world.leader)
    with django_assert_max_num_queries(10):
        response = client.get(reverse("library:staff_bookshelf"))
    assert item.title in response.content.decode()
    assert item.title not in login(world.outsider).get(reverse("library:staff_bookshelf")).content.decode()
    assert login(world.outsider).get(reverse("library:staff_bookshelf_item", args=[item.pk])).status_code == 403
    assert login(world.outsider).get(reverse("library:bookshelf_add")).status_code == 200  # for their own unit


def test_home_page_and_dashboard_show_the_library(client, login, world) -> None:
    published, submitted = _item(world, State.PUBLISHED), _item(world, State.REVIEW)
    home = client.get("/").content.decode()
    assert 'action="/van-ban/"' in home and f"/tu-sach-phap-luat/{published.pk}/" in home
    dashboard = login(world.focal).get("/can-bo/").content.decode()
    assert f"/can-bo/van-ban/tu-sach/{submitted.pk}/" in dashboard  # the focal point checks it next
    assert f"/can-bo/van-ban/tu-sach/{submitted.pk}/" not in login(world.staff).get("/can-bo/").content.decode()


def test_a_job_left_running_by_a_dead_process_stops_polling_and_says_so(login, world) -> None:
    from django.utils import timezone

    job = ImportJob.objects.create(created_by=world.focal, filename="x.jsonl", state=ImportJob.State.RUNNING)
    ImportJob.objects.filter(pk=job.pk).update(touched=timezone.now() - ImportJob.STALL_AFTER * 2)
    body = login(world.focal).get(reverse("library:job", args=[job.pk]), headers={"HX-Request": "true"}).content.decode()
    assert "hx-trigger" not in body and "dừng giữa chừng" in body


def test_filters_without_words_browse_the_documents(client, library, django_assert_max_num_queries) -> None:
    with django_assert_max_num_queries(8):
        response = client.get(reverse("library:search"), {"q": "", "type": "nghi-dinh"})
    body = response.content.decode()
    assert "1 văn bản trong thư viện" in body and "Hãy nhập từ khóa" not in body
    assert f"/van-ban/{library['decree'].pk}/" in body and f"/van-ban/{library['law'].pk}/" not in body


def test_a_replaced_document_says_so_and_links_its_replacement(client, world) -> None:
    newer = LAW_A.replace("14/2012/QH13", "99/2026/QH15").replace(
        "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2013.",
        "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực.")
    services.import_sources(importing.sources_from_bytes("a.txt", LAW_A.encode()))
    services.import_sources(importing.sources_from_bytes("new.txt", newer.encode()))
    old, new = Document.objects.get(number="14/2012/QH13"), Document.objects.get(number="99/2026/QH15")
    body = client.get(reverse("library:document", args=[old.pk])).content.decode()
    assert "Hết hiệu lực toàn bộ" in body and f'Được thay thế bởi <a href="/van-ban/{new.pk}/">' in body


def test_staff_add_and_remove_relations_on_the_edit_page(login, world, library) -> None:
    decree = library["decree"]
    url = reverse("library:relation_add", args=[decree.pk])
    assert login(world.staff).post(url, {"kind": "guides", "number": "14/2012/QH13"}).status_code == 403
    client = login(world.focal)
    response = client.post(url, {"kind": "guides", "number": "14/2012/QH13"}, follow=True)
    assert "Đã thêm quan hệ" in response.content.decode() and "cán bộ nhập" in response.content.decode()
    response = client.post(url, {"kind": "guides", "number": ""}, follow=True)
    assert response.status_code == 200 and "Chọn loại quan hệ" in response.content.decode()
    relation = decree.relations_out.get(manual=True)
    client.post(reverse("library:relation_delete", args=[relation.pk]))
    assert not decree.relations_out.filter(manual=True).exists()
