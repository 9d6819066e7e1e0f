"""Pages and API of the register and the report document: allowed and forbidden paths, query counts."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse

from pbgdpl.narrative import services
from pbgdpl.narrative.models import OutgoingDocument, ReportDocument
from pbgdpl.plans import services as plan_services

from .helpers import activities, approve_all, docx_text, submit_and_approve

pytestmark = pytest.mark.django_db
REPORT = "/can-bo/bao-cao-tong-hop/{unit}/annual/2025/"


def _xlsx(rows: list[list[object]]) -> io.BytesIO:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(services.IMPORT_HEADERS)
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    buffer.name = "so.xlsx"
    return buffer


def test_register_page_lists_entries_and_issued_plans(world, login, django_assert_max_num_queries):
    plan = plan_services.plan_create(by=world.focal, unit=world.science, title="Kế hoạch PBGDPL năm 2025", number=7,
                                     year=2025, date=dt.date(2025, 1, 16))
    plan_services.plan_transition(by=world.leader, plan=plan, name="issue")
    draft = plan_services.plan_create(by=world.focal, unit=world.science, title="Dự thảo chưa ban hành", number=9,
                                      year=2025, date=dt.date(2025, 2, 1))
    for n in range(1, 6):
        services.entry_create(by=world.focal, data=services.EntryData(
            unit=world.science, number=100 + n, symbol="BC-SKHCN", date=dt.date(2025, 3, n), kind="BC",
            summary=f"Báo cáo số {n}"))
    client = login(world.focal)
    with django_assert_max_num_queries(12):
        response = client.get("/can-bo/so-van-ban-di/?year=2025")
    body = response.content.decode()
    assert response.status_code == 200
    assert "07/KH-SKHCN" in body and "101/BC-SKHCN" in body and "105/BC-SKHCN" in body
    assert draft.title not in body
    other = login(world.outsider).get("/can-bo/so-van-ban-di/?year=2025").content.decode()
    assert "07/KH-SKHCN" not in other and "101/BC-SKHCN" not in other


def test_staff_record_an_entry_and_outsiders_cannot(world, login):
    data = {"unit": world.science.pk, "number": 12, "symbol": "BC-SKHCN", "date": "2025-06-15", "kind": "BC",
            "summary": "Báo cáo kết quả công tác PBGDPL 6 tháng"}
    response = login(world.focal).post(reverse("narrative:register-add"), data)
    assert response.status_code == 302
    entry = OutgoingDocument.objects.get()
    assert (entry.number, entry.year, entry.summary) == (12, 2025, data["summary"])
    again = login(world.focal).post(reverse("narrative:register-add"), data)
    assert "đã có trong sổ" in again.content.decode()
    outsider = login(world.outsider).post(reverse("narrative:register-add"), data)
    assert outsider.status_code == 200 and "unit" in outsider.context["form"].errors
    assert login(world.outsider).post(reverse("narrative:register-delete", args=[entry.pk])).status_code == 403
    assert OutgoingDocument.objects.count() == 1


def test_import_is_all_or_nothing_with_errors_per_row(world, login):
    client = login(world.focal)
    bad = _xlsx([[1, "CV-SKHCN", "05/02/2025", "CV", "Về việc tuyên truyền Luật Căn cước", ""],
                 ["x", "BC-SKHCN", "06/02/2025", "BC", "Báo cáo", ""],
                 [3, "TB-SKHCN", "31/02/2025", "TB", "Thông báo", ""],
                 [4, "TTr-SKHCN", "07/02/2025", "Tờ trình", "", ""]])
    response = client.post(reverse("narrative:register-import"), {"unit": world.science.pk, "file": bad})
    body = response.content.decode()
    assert "Dòng 3" in body and "Dòng 4" in body and "Dòng 5" in body and "Dòng 2:" not in body
    assert OutgoingDocument.objects.count() == 0
    good = _xlsx([[1, "CV-SKHCN", "05/02/2025", "CV", "Về việc tuyên truyền Luật Căn cước", ""],
                  [4, "TTr-SKHCN", dt.date(2025, 2, 7), "Tờ trình", "Tờ trình ban hành kế hoạch", "SKHCN"]])
    response = client.post(reverse("narrative:register-import"), {"unit": world.science.pk, "file": good})
    assert response.status_code == 302
    assert sorted(OutgoingDocument.objects.values_list("kind", flat=True)) == ["CV", "TTr"]
    foreign = _xlsx([[5, "CV-SVHTTDL", "05/02/2025", "CV", "Văn bản của sở khác", "SVHTTDL"]])
    response = client.post(reverse("narrative:register-import"), {"unit": world.science.pk, "file": foreign})
    assert "không có quyền ghi sổ" in response.content.decode()


def test_focal_point_edits_a_section_and_exports(world, login):
    activities(world)
    client = login(world.focal)
    url = REPORT.format(unit=world.science.pk)
    page = client.get(url)
    assert page.status_code == 200
    assert "DỰ THẢO" in page.content.decode()
    assert not ReportDocument.objects.exists()  # looking does not write
    form = {key: text for key, text in services.selectors.starting_text(
        world.science, services.selectors.schedule_for("annual", "2025")).items()}
    form["ii2"] = "- Còn thiếu cán bộ chuyên trách về pháp chế."
    form["h-signer_name"] = "Nguyễn Văn Hùng"
    assert client.post(url, form).status_code == 302
    doc = ReportDocument.objects.get()
    assert doc.sections["ii2"] == form["ii2"]
    response = client.post(url + "xuat.docx")
    assert response.status_code == 200
    text = docx_text(response.content)
    assert "Còn thiếu cán bộ chuyên trách về pháp chế." in text and "Nguyễn Văn Hùng" in text
    bad = dict(form, i2="Có {khong_ton_tai} việc")
    assert "khong_ton_tai" in client.post(url, bad).content.decode()


def test_report_pages_are_forbidden_outside_the_unit(world, login):
    url = REPORT.format(unit=world.science.pk)
    assert login(world.outsider).get(url).status_code == 403
    assert login(world.outsider).post(url + "xuat.docx").status_code == 403
    assert login(world.staff).post(url + "xuat.docx").status_code == 403
    assert login(world.reviewer).get(url).status_code == 200


def test_api_returns_the_docx_and_refuses_others(world, login):
    activities(world)
    approve_all(world)
    client = login(world.focal)
    url = f"/api/reports/annual/2025/{world.science.pk}/document"
    response = client.post(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert response["X-Report-Draft"] == "0"
    assert "BÁO CÁO" in docx_text(response.content)
    assert login(world.outsider).post(url).status_code == 403
    assert login(world.focal).post("/api/reports/annual/2031/1/document").status_code == 404


def test_api_draft_headers_name_missing_units(world, login):
    activities(world)
    submit_and_approve(world, world.science_inspect, world.leader)
    response = login(world.focal).post(f"/api/reports/annual/2025/{world.science.pk}/document")
    assert response["X-Report-Draft"] == "1"
    assert response["X-Missing-Units"] == str(world.science_office.pk)


def test_report_routes_do_not_clash_in_the_schema(world, login):
    schema = login(world.admin).get("/api/openapi.json").json()
    paths = schema["paths"]
    assert "get" in paths["/api/reports/{report_type}/{period}/{unit_id}"]
    assert "post" in paths["/api/reports/{report_type}/{period}/{unit_id}/document"]
    assert "get" in paths["/api/assessments/{year}/{unit_id}"]


def test_pdf_is_offered_only_with_libreoffice(world, login, monkeypatch):
    from pbgdpl.narrative import document

    client = login(world.focal)
    url = REPORT.format(unit=world.science.pk)
    monkeypatch.setattr(document.shutil, "which", lambda name: None)
    body = client.get(url).content.decode()
    assert 'id="pdf-absent"' in body and "Xuất PDF</button>" not in body
    response = client.post(url + "xuat.pdf", follow=True)
    assert "LibreOffice" in response.content.decode()
    api = client.post(f"/api/reports/annual/2025/{world.science.pk}/document?format=pdf")
    assert api.status_code == 501


def test_pdf_export_with_libreoffice(world, login):
    import shutil

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    response = login(world.focal).post(REPORT.format(unit=world.science.pk) + "xuat.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")


def test_report_list_and_template_download(world, login, django_assert_max_num_queries):
    from pbgdpl.reporting.models import Schedule

    for sched in Schedule.objects.filter(year=2025):
        services.report_document_start(by=world.focal, unit=world.science, schedule=sched)
    client = login(world.focal)
    with django_assert_max_num_queries(10):
        body = client.get(reverse("narrative:reports")).content.decode()
    assert body.count("/can-bo/bao-cao-tong-hop/") >= 3
    response = client.get(reverse("narrative:register-template"))
    assert response.status_code == 200 and response.content.startswith(b"PK")
