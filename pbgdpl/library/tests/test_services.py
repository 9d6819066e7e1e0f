from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from pbgdpl.core.models import AuditRecord
from pbgdpl.library import importing, selectors, services
from pbgdpl.library.importing import ImportProblem
from pbgdpl.library.models import BookshelfItem, Document, EffectStatus, ImportJob, Node, Relation
from pbgdpl.library.workflow import State

from .helpers import LAW_A, LAW_B, blank_pdf, cp1258, docx_bytes, jsonl

pytestmark = pytest.mark.django_db


def _import_text(text: str, name: str = "law.txt", encoding: str = "utf-8") -> services.ImportSummary:
    return services.import_sources(importing.sources_from_bytes(name, text.encode(encoding)))


def test_it_imports_a_plain_text_law_with_metadata_and_structure() -> None:
    summary = _import_text(LAW_A)
    assert (summary.created, summary.messages) == (1, [])
    document = Document.objects.get()
    assert document.number == "14/2012/QH13"
    assert document.type == "luat"
    assert document.issuer == "Quốc hội"
    assert document.issued == dt.date(2012, 6, 20)
    assert document.effective == dt.date(2013, 1, 1)
    assert document.signer == "Nguyễn Sinh Hùng"
    assert document.status == EffectStatus.IN_FORCE
    anchors = list(Node.objects.filter(document=document).values_list("anchor", flat=True))
    assert {"chuong-i", "dieu-1", "dieu-2", "dieu-2-khoan-2", "dieu-2-khoan-2-diem-a", "dieu-3"} <= set(anchors)
    clause = Node.objects.get(document=document, anchor="dieu-2-khoan-2")
    assert clause.parent is not None and clause.parent.anchor == "dieu-2"
    assert [a.article_number for a in selectors.article_docs()] == ["1", "2", "3"]


def test_it_normalises_text_to_nfc() -> None:
    import unicodedata

    _import_text(unicodedata.normalize("NFD", LAW_A))
    document = Document.objects.get()
    assert unicodedata.is_normalized("NFC", document.text)
    assert document.title == "Luật Phổ biến, giáo dục pháp luật"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1258"])
def test_it_reads_other_encodings_and_says_which(encoding: str) -> None:
    data = cp1258(LAW_A) if encoding == "cp1258" else LAW_A.encode(encoding)
    text, used = importing.decode(data, "x.txt")
    assert "Phạm vi điều chỉnh" in text
    summary = services.import_sources(importing.sources_from_bytes("x.txt", data))
    assert summary.created == 1 and Document.objects.get().number == "14/2012/QH13"
    assert summary.messages == [f"x.txt được đọc theo bảng mã {encoding}."]
    assert used == encoding


def test_an_unreadable_encoding_gives_a_clear_message() -> None:
    garbage = bytes(range(128, 256)) * 50 + b"\x81\x8d\x8f\x90"
    summary = services.import_sources(importing.sources_from_bytes("bad.txt", garbage))
    assert summary.created == 0
    assert "UTF-8" in summary.messages[0]


def test_it_imports_json_lines_with_text_or_articles_and_null_numbers() -> None:
    data = jsonl(
        {"number": "78/2025/NĐ-CP", "type": "Nghị định", "title": "Nghị định về tủ sách pháp luật",
         "issuer": "Chính phủ", "issued": "2025-04-01", "effective": "01/07/2025", "status": "Còn hiệu lực",
         "fields": ["Phổ biến pháp luật"], "text": "Điều 1. Phạm vi\nNghị định này quy định tủ sách."},
        {"number": None, "type": "Quyết định", "title": "Quy chế tủ sách của tỉnh", "status": "Chưa có hiệu lực",
         "articles": [{"number": "1", "title": "Phạm vi", "text": "Quy chế này áp dụng cho các xã."},
                      {"number": "2", "title": "Trách nhiệm", "text": "1. Sở Tư pháp hướng dẫn.\n2. UBND xã thực hiện."}]},
    )
    summary = services.import_sources(importing.sources_from_bytes("docs.jsonl", data))
    assert (summary.created, summary.messages) == (2, [])
    decree = Document.objects.get(number="78/2025/NĐ-CP")
    assert (decree.type, decree.effective, decree.status) == ("nghi-dinh", dt.date(2025, 7, 1), "con-hieu-luc")
    assert [f.name for f in decree.fields.all()] == ["Phổ biến pháp luật"]
    rules = Document.objects.get(number="")
    assert rules.status == EffectStatus.NOT_YET
    assert list(Node.objects.filter(document=rules, kind="dieu").values_list("number", flat=True)) == ["1", "2"]
    # the title identifies a document without a number: importing again updates it
    again = services.import_sources(importing.sources_from_bytes("docs.jsonl", data))
    assert again.created == 0 and Document.objects.count() == 2


def test_bad_json_lines_are_reported_per_line_and_the_rest_imported() -> None:
    data = b'{"title": "A", "text": "\xc4\x90i\xe1\xbb\x81u 1. X\\nY"}\nnot json\n{"title": "", "text": "x"}\n' \
           b'{"title": "B", "text": "Dieu", "status": "sap het"}\n'
    summary = services.import_sources(importing.sources_from_bytes("mixed.jsonl", data))
    assert summary.created == 1
    assert len(summary.messages) == 3
    assert "mixed.jsonl:2" in summary.messages[0] and "JSON" in summary.messages[0]
    assert "title" in summary.messages[1]
    assert "Tình trạng hiệu lực" in summary.messages[2]


def test_reimporting_the_same_document_updates_it_and_audits_a_changed_text() -> None:
    _import_text(LAW_A)
    again = _import_text(LAW_A)
    assert (again.created, again.unchanged) == (0, 1)
    changed = _import_text(LAW_A.replace("quyền và nghĩa vụ", "quyền, nghĩa vụ"))
    assert changed.updated == 1
    assert "nội dung khác" in changed.messages[0]
    document = Document.objects.get()
    assert "quyền, nghĩa vụ" in document.text
    assert Node.objects.get(document=document, anchor="dieu-1").text.startswith("Luật này quy định về quyền, nghĩa vụ")
    record = AuditRecord.objects.get(action="document.text_changed")
    assert record.before is not None and record.after is not None
    assert record.before["content_hash"] != record.after["content_hash"]


def test_citations_become_relations_that_resolve_when_the_target_arrives() -> None:
    _import_text(LAW_A)
    law = Document.objects.get(number="14/2012/QH13")
    relation = Relation.objects.get(source=law, target_number="78/2025/NĐ-CP")
    assert relation.kind == "cites" and relation.target is None
    _import_text(LAW_B, "decree.txt")
    decree = Document.objects.get(number="78/2025/NĐ-CP")
    relation.refresh_from_db()
    assert relation.target == decree
    back = Relation.objects.get(source=decree, target_number="14/2012/QH13")
    assert back.target == law


def test_a_replaced_document_is_marked_no_longer_in_force() -> None:
    _import_text(LAW_A)
    newer = LAW_A.replace("14/2012/QH13", "99/2026/QH15").replace(
        "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2013.",
        "Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2027.\n"
        "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 hết hiệu lực kể từ ngày Luật này có hiệu lực.")
    _import_text(newer, "new.txt")
    old = Document.objects.get(number="14/2012/QH13")
    assert old.status == EffectStatus.EXPIRED
    assert old.expiry == dt.date(2027, 1, 1)
    assert Relation.objects.get(target=old).kind == "replaces"


def test_it_imports_a_docx_upload_and_attaches_the_original(world) -> None:
    upload = SimpleUploadedFile("luat.docx", docx_bytes(LAW_A))
    outcome = services.import_upload(by=world.focal, upload=upload)
    assert outcome.action == "created"
    assert str(outcome.document.original.name).endswith(".docx")
    assert Path(outcome.document.original.path).exists()


@pytest.mark.parametrize(("name", "content", "message"), [
    ("scan.pdf", blank_pdf(), "hình ảnh"),
    ("locked.pdf", blank_pdf(password="secret"), "mã hóa"),
    ("broken.pdf", b"%PDF-1.4\n garbage", "hỏng"),
    ("broken.docx", b"PK\x03\x04 garbage", "DOCX"),
])
def test_bad_office_files_get_a_clear_message(world, name: str, content: bytes, message: str) -> None:
    with pytest.raises(ImportProblem, match=message):
        services.import_upload(by=world.focal, upload=SimpleUploadedFile(name, content))


def test_uploads_are_checked_for_type_and_size(world, settings) -> None:
    with pytest.raises(ValidationError, match="không được chấp nhận"):
        services.import_upload(by=world.focal, upload=SimpleUploadedFile("x.exe", b"MZ..."))
    with pytest.raises(ValidationError, match="Tệp rỗng"):
        services.import_upload(by=world.focal, upload=SimpleUploadedFile("x.txt", b""))
    settings.UPLOAD_MAX_BYTES = 10
    with pytest.raises(ValidationError, match="MB"):
        services.import_upload(by=world.focal, upload=SimpleUploadedFile("x.txt", LAW_A.encode()))
    assert Document.objects.count() == 0


@pytest.mark.parametrize(("name", "content"), [
    ("fake.pdf", b"hello"),  # the shared check reads the first bytes before the importer opens the file
    ("fake.docx", "Điều 1. Không phải DOCX".encode()),
    ("fake.zip", b"not a zip"),
])
def test_a_file_whose_content_does_not_match_its_type_is_refused_before_reading(world, name, content) -> None:
    with pytest.raises(ValidationError, match="không khớp với loại"):
        services.import_upload(by=world.focal, upload=SimpleUploadedFile(name, content))
    with pytest.raises(ValidationError, match="không khớp với loại"):
        services.job_create(by=world.focal, upload=SimpleUploadedFile(name, content))
    assert Document.objects.count() == 0 and ImportJob.objects.count() == 0


def test_the_batch_import_accepts_its_text_types_and_refuses_empty_or_oversized_files(world, settings) -> None:
    job = services.job_create(by=world.focal, upload=SimpleUploadedFile("a.jsonl", jsonl({"title": "A"})))
    assert job.filename == "a.jsonl"
    with pytest.raises(ValidationError, match="Tệp rỗng"):
        services.job_create(by=world.focal, upload=SimpleUploadedFile("b.jsonl", b""))
    settings.UPLOAD_MAX_BYTES = 5
    with pytest.raises(ValidationError, match="quá lớn"):
        services.job_create(by=world.focal, upload=SimpleUploadedFile("c.jsonl", jsonl({"title": "C"})))
    assert ImportJob.objects.count() == 1


def test_only_library_editors_import(world) -> None:
    with pytest.raises(PermissionDenied):
        services.import_upload(by=world.staff, upload=SimpleUploadedFile("luat.txt", LAW_A.encode()))


def test_an_import_job_reports_progress_and_problems(world) -> None:
    upload = SimpleUploadedFile("batch.jsonl", jsonl({"title": "A", "text": "Điều 1. X\nNội dung."}, {"title": ""}))
    job = ImportJob.objects.create(created_by=world.focal, filename="batch.jsonl")
    job.file.save("batch.jsonl", upload)
    job = services.run_job(job_id=job.pk)
    assert (job.state, job.total, job.done, job.created_count) == ("done", 2, 2, 1)
    assert len(job.messages) == 1


def test_the_command_line_import_reads_a_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(LAW_A, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(LAW_B, encoding="utf-16")
    (tmp_path / "notes.md").write_text("ignored")
    seen: list[tuple[int, int]] = []
    summary = services.import_path(tmp_path, progress=lambda done, total, label, s: seen.append((done, total)))
    assert (summary.created, summary.messages) == (2, ["sub/b.txt được đọc theo bảng mã utf-16."])
    assert seen == [(1, 2), (2, 2)]


# --- bookshelf -------------------------------------------------------------------------------------------------

def _item(world, by=None, **extra) -> BookshelfItem:
    values = {"unit": world.science_office, "content_type": "pho-thong", "title": "Hỏi đáp về tủ sách pháp luật",
              "compiler": "Sở Khoa học và Công nghệ", "released": dt.date(2025, 5, 1), "validity": "con-gia-tri",
              "summary": "Mười câu hỏi thường gặp.", "body": "Hỏi: ... Đáp: ..."}
    values.update(extra)
    return services.item_create(by=by or world.staff, **values)


def test_bookshelf_item_goes_through_the_workflow_and_each_step_is_audited(world) -> None:
    item = _item(world)
    assert item.state == State.DRAFT
    item = services.item_transition(item=item, by=world.staff, name="submit")
    item = services.item_transition(item=item, by=world.focal, name="check")
    item = services.item_transition(item=item, by=world.leader, name="approve")
    item = services.item_transition(item=item, by=world.leader, name="publish")
    assert item.state == State.PUBLISHED and item.published_at is not None
    assert list(selectors.bookshelf_public()) == [item]
    actions = list(AuditRecord.objects.filter(target_type="library.bookshelfitem").values_list("action", flat=True))
    assert sorted(actions) == sorted(["bookshelf.create", "bookshelf.submit", "bookshelf.check", "bookshelf.approve",
                                      "bookshelf.publish"])


def test_bookshelf_forbidden_transitions(world) -> None:
    item = _item(world)
    with pytest.raises(ValidationError):  # cannot publish a draft
        services.item_transition(item=item, by=world.leader, name="publish")
    services.item_transition(item=item, by=world.staff, name="submit")
    with pytest.raises(PermissionDenied):  # staff cannot check their own item
        services.item_transition(item=item, by=world.staff, name="check")
    with pytest.raises(PermissionDenied):  # another department's focal point
        services.item_transition(item=item, by=world.outsider, name="check")
    services.item_transition(item=item, by=world.focal, name="check")
    with pytest.raises(PermissionDenied):  # only the leader approves
        services.item_transition(item=item, by=world.focal, name="approve")
    with pytest.raises(PermissionDenied):  # no editing once submitted
        services.item_update(item=item, by=world.staff, title="Khác")
    services.item_transition(item=item, by=world.focal, name="return")
    item.refresh_from_db()
    assert item.state == State.DRAFT
    assert list(selectors.bookshelf_public()) == []


def test_bookshelf_items_need_a_body_or_a_file_and_a_unit_of_ones_own(world) -> None:
    with pytest.raises(ValidationError):
        _item(world, body="")
    with pytest.raises(PermissionDenied):
        _item(world, by=world.outsider)


def test_imports_edits_and_deletes_reach_the_search_index(world, django_capture_on_commit_callbacks) -> None:
    from pbgdpl.library.search import SearchFilters, get_backend

    with django_capture_on_commit_callbacks(execute=True):
        _import_text(LAW_A)
    document = Document.objects.get()
    hits = get_backend().search("tủ sách pháp luật tại cơ sở", limit=5).hits
    assert hits and hits[0].document_id == document.pk and hits[0].article == "2"
    with django_capture_on_commit_callbacks(execute=True):
        services.document_update(document=document, by=world.focal, status=EffectStatus.EXPIRED)
    in_force = get_backend().search("tủ sách pháp luật", limit=5, filters=SearchFilters(in_force_only=True))
    assert in_force.hits == []
    with django_capture_on_commit_callbacks(execute=True):
        services.document_delete(document=document, by=world.admin)
    assert get_backend().search("tủ sách pháp luật", limit=5).hits == []


def test_it_imports_a_pdf_with_a_text_layer(world) -> None:
    # fixtures/law-a.pdf: LAW_A printed to PDF by Chromium (embedded fonts with a ToUnicode map)
    pdf = (Path(__file__).parent / "fixtures" / "law-a.pdf").read_bytes()
    outcome = services.import_upload(by=world.focal, upload=SimpleUploadedFile("luat.pdf", pdf))
    document = outcome.document
    assert (document.number, document.title, document.issued) == (
        "14/2012/QH13", "Luật Phổ biến, giáo dục pháp luật", dt.date(2012, 6, 20))
    assert Node.objects.filter(document=document, kind="dieu").count() == 3
    assert str(document.original.name).endswith(".pdf")


def test_staff_relations_survive_reimport_and_resolve_when_the_target_arrives(world) -> None:
    _import_text(LAW_B, "decree.txt")
    decree = Document.objects.get(number="78/2025/NĐ-CP")
    with pytest.raises(PermissionDenied):
        services.relation_add(document=decree, by=world.staff, kind="guides", number="14/2012/QH13")
    with pytest.raises(ValidationError):
        services.relation_add(document=decree, by=world.focal, kind="guides", number="78/2025/NĐ-CP")
    services.relation_add(document=decree, by=world.focal, kind="guides", number="14/2012/qh13")
    _import_text(LAW_B.replace("tủ sách pháp luật", "tủ sách pháp luật điện tử"), "decree.txt")
    relation = Relation.objects.get(source=decree, target_number="14/2012/QH13")
    assert (relation.kind, relation.manual, relation.target) == ("guides", True, None)
    _import_text(LAW_A)
    relation.refresh_from_db()
    assert relation.target == Document.objects.get(number="14/2012/QH13")
    services.relation_delete(relation=relation, by=world.focal)
    assert AuditRecord.objects.filter(action__in=["document.relation_add", "document.relation_delete"]).count() == 2
