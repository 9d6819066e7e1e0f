"""Evidence files on an assessment's values: who attaches, what is refused (and not stored), who downloads,
that a published score does not publish its files, and that approval freezes them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pbgdpl.accounts.roles import Role
from pbgdpl.assessment import services
from pbgdpl.assessment.models import Assessment, AssessmentStatus, EvidenceFile
from pbgdpl.core.audit import AuditRecord
from pbgdpl.core.testing import make_user

from .helpers import FULL, FULL_MEASURED, commune, enter

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def pdf(name: str = "bien-ban-hop.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def stored_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT) / "assessment"
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.fixture
def commune_staff(world):
    return make_user("commune_staff", world.commune, Role.STAFF, full_name="Nguyễn Thị Hoa")


def attach(world, item: Assessment, user=None, upload=None, code: str = "1.1.1") -> EvidenceFile:
    return services.evidence_add(by=user or world.commune_focal, assessment=item, indicator_code=code,
                                 upload=upload or pdf())


def approve(world, item: Assessment) -> Assessment:
    item = enter(world, item, FULL, FULL_MEASURED)
    services.assessment_transition(by=world.commune_focal, assessment=item, action="publish")
    Assessment.objects.filter(pk=item.pk).update(published_on=dt.date(2025, 1, 2))
    return services.assessment_transition(by=world.reviewer, assessment=item, action="approve")


def test_the_units_staff_attach_a_pdf_through_the_page_and_see_it_listed(world, login, commune_staff):
    item = commune(world)
    client = login(commune_staff)
    response = client.post(reverse("assessment:evidence-upload", args=[item.pk]),
                           {"indicator": "1.1.1", "file": pdf()})
    assert response.status_code == 302 and response["Location"].endswith("#minh-chung")
    evidence = EvidenceFile.objects.get()
    assert (evidence.name, evidence.size, evidence.uploaded_by, evidence.value.indicator.code) == \
        ("bien-ban-hop.pdf", len(PDF), commune_staff, "1.1.1")
    assert evidence.content_type == "application/pdf"
    [path] = stored_files()
    assert path.read_bytes() == PDF and path.name != "bien-ban-hop.pdf"  # a random name in the data directory
    assert str(path).startswith(str(settings.DATA_DIR))
    page = client.get(reverse("assessment:detail", args=[item.pk])).content.decode()
    assert "Đã đính kèm “bien-ban-hop.pdf”." in page
    assert reverse("assessment:evidence", args=[evidence.pk]) in page
    assert "Nguyễn Thị Hoa" in page and f"{len(PDF)}\xa0byte" in page
    assert AuditRecord.objects.filter(action="assessment.evidence_add").get().data["file"] == "bien-ban-hop.pdf"


def test_other_units_and_the_level_above_cannot_attach(world, login):
    item = commune(world)
    url = reverse("assessment:evidence-upload", args=[item.pk])
    assert login(world.outsider).post(url, {"indicator": "1.1.1", "file": pdf()}).status_code == 403
    assert login(world.reviewer).post(url, {"indicator": "1.1.1", "file": pdf()}).status_code == 403
    with pytest.raises(PermissionDenied):
        attach(world, item, user=world.staff)  # staff of a department, not of this commune
    assert EvidenceFile.objects.count() == 0 and stored_files() == []


@pytest.mark.parametrize(("name", "content", "message"), [
    ("virus.exe", b"MZ\x90\x00", "Loại tệp không được chấp nhận (.exe)"),
    ("fake.pdf", b"<html>not a pdf</html>", "Nội dung tệp không khớp với loại .pdf"),
    ("empty.pdf", b"", "Tệp rỗng"),
    ("huge.pdf", PDF + b"0" * 64, "Tệp quá lớn: tối đa"),
])
def test_wrong_type_or_oversize_is_refused_with_a_message_and_nothing_stored(world, login, settings, name, content,
                                                                             message):
    settings.UPLOAD_MAX_BYTES = len(PDF) + 10
    item = commune(world)
    client = login(world.commune_focal)
    response = client.post(reverse("assessment:evidence-upload", args=[item.pk]),
                           {"indicator": "1.1.1", "file": SimpleUploadedFile(name, content)}, follow=True)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert EvidenceFile.objects.count() == 0 and stored_files() == []
    assert not AuditRecord.objects.filter(action="assessment.evidence_add").exists()


def test_an_unknown_indicator_is_refused(world):
    with pytest.raises(ValidationError, match="Không có chỉ tiêu 9.9.9"):
        attach(world, commune(world), code="9.9.9")
    assert stored_files() == []


def test_download_is_for_the_unit_and_the_level_above_only(world, login, client):
    item = commune(world)
    evidence = attach(world, item)
    url = reverse("assessment:evidence", args=[evidence.pk])
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(reverse("accounts:login"))
    for user in (world.commune_focal, world.reviewer, world.admin):
        response = login(user).get(url)
        assert response.status_code == 200, user
        assert b"".join(response.streaming_content) == PDF
        assert 'attachment; filename="bien-ban-hop.pdf"' in response["Content-Disposition"]
    other_commune = make_user("other_commune", world.commune2, Role.FOCAL)
    for user in (world.outsider, other_commune, world.staff):
        assert login(user).get(url).status_code in (403, 404), user


def test_files_of_a_published_commune_score_are_not_public(world, login, client):
    item = enter(world, commune(world), FULL, FULL_MEASURED)
    evidence = attach(world, item)
    services.assessment_transition(by=world.commune_focal, assessment=item, action="publish")
    public = client.get(reverse("assessment:public-detail", args=[item.pk]))
    assert public.status_code == 200
    html = public.content.decode()
    assert "bien-ban-hop.pdf" not in html and reverse("assessment:evidence", args=[evidence.pk]) not in html
    assert client.get(reverse("assessment:evidence", args=[evidence.pk])).status_code == 302
    assert client.get(f"{settings.MEDIA_URL}{evidence.file.name}").status_code == 404
    # still listed for the unit, but no longer editable: no upload form, no delete button
    page = login(world.commune_focal).get(reverse("assessment:detail", args=[item.pk])).content.decode()
    assert "bien-ban-hop.pdf" in page and "Xóa bien-ban-hop.pdf" not in page
    assert reverse("assessment:evidence-upload", args=[item.pk]) not in page


def test_delete_while_editable_removes_the_row_and_the_file_audited(world, login,
                                                                    django_capture_on_commit_callbacks):
    item = commune(world)
    evidence = attach(world, item)
    client = login(world.commune_focal)
    page = client.get(reverse("assessment:detail", args=[item.pk])).content.decode()
    assert "Xóa bien-ban-hop.pdf" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("assessment:evidence-delete", args=[evidence.pk]))
    assert response.status_code == 302
    assert EvidenceFile.objects.count() == 0 and stored_files() == []
    assert AuditRecord.objects.filter(action="assessment.evidence_delete").get().data["file"] == "bien-ban-hop.pdf"


def test_others_cannot_delete(world, login):
    evidence = attach(world, commune(world))
    assert login(world.outsider).post(reverse("assessment:evidence-delete", args=[evidence.pk])).status_code == 403
    assert login(world.reviewer).post(reverse("assessment:evidence-delete", args=[evidence.pk])).status_code == 403
    assert EvidenceFile.objects.count() == 1


def test_after_approval_files_can_neither_be_deleted_nor_added(world, login):
    item = commune(world)
    evidence = attach(world, item)
    item = approve(world, item)
    assert item.status == AssessmentStatus.APPROVED
    with pytest.raises(ValidationError, match="không sửa được"):
        services.evidence_delete(by=world.commune_focal, item=evidence)
    response = login(world.commune_focal).post(reverse("assessment:evidence-delete", args=[evidence.pk]), follow=True)
    assert "không sửa được" in response.content.decode()
    with pytest.raises(ValidationError, match="không sửa được"):
        attach(world, item, upload=pdf("them.pdf"))
    assert EvidenceFile.objects.count() == 1 and len(stored_files()) == 1


def test_an_attached_file_counts_as_evidence_for_a_value_typed_in(world):
    item = commune(world)
    with pytest.raises(ValidationError, match="minh chứng"):
        services.assessment_edit(by=world.commune_focal, assessment=item, entries={"1.1.1": {"points": "8"}})
    attach(world, item, code="1.1.1")
    item = services.assessment_edit(by=world.commune_focal, assessment=item, entries={"1.1.1": {"points": "8"}})
    assert item.values.get(indicator__code="1.1.1").points == 8


def test_detail_page_query_count_with_files(world, login, django_assert_max_num_queries):
    item = commune(world)
    for code in ("1.1.1", "2.1.1", "3.2.1"):
        attach(world, item, code=code, upload=pdf(f"{code}.pdf"))
    client = login(world.commune_focal)
    with django_assert_max_num_queries(20):
        page = client.get(reverse("assessment:detail", args=[item.pk])).content.decode()
    assert all(f"{code}.pdf" in page for code in ("1.1.1", "2.1.1", "3.2.1"))
