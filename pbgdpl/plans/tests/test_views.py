from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from pbgdpl.plans import services
from pbgdpl.plans.models import Notification, Plan, Task
from pbgdpl.plans.tests.factories import province_plan, science_task

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture
def setup(world):
    plan = province_plan(world)
    task = science_task(world, plan)
    plan = services.plan_transition(by=world.admin, plan=plan, name="issue")
    return plan, task


def test_the_plan_list_shows_plans_in_scope_only(world, login, setup):
    plan, _ = setup
    services.plan_create(by=world.outsider, unit=world.culture, title="Kế hoạch riêng của Sở VHTTDL", year=2024)
    page = login(world.focal).get(reverse("plans:list"))
    assert page.status_code == 200
    assert plan.title in page.content.decode()
    assert "riêng của Sở VHTTDL" not in page.content.decode()


def test_the_plan_page_shows_tasks_and_refuses_outsiders(world, login, setup):
    plan, task = setup
    client = login(world.focal)
    page = client.get(reverse("plans:plan", args=[plan.pk]))
    assert page.status_code == 200 and task.title in page.content.decode()
    client.force_login(world.commune_focal)
    assert client.get(reverse("plans:plan", args=[plan.pk])).status_code == 403


def test_a_focal_point_creates_a_plan_with_the_suggested_number(world, login):
    province_plan(world)
    client = login(world.focal)
    form = client.get(reverse("plans:add"))
    assert 'value="1"' in form.content.decode()  # the next free number for the science department
    hint = client.get(reverse("plans:next-number"), {"unit": world.science.pk, "year": 2024})
    assert "01/KH-SKHCN" in hint.content.decode()
    response = client.post(reverse("plans:add"), {
        "unit": world.science.pk, "number": 21, "symbol": "", "year": 2024, "date": "2024-01-26", "place": "Hưng Yên",
        "title": "Công tác PBGDPL năm 2024", "programme": "yearly", "signer_prefix": "KT.",
        "signer_title": "Phó Giám đốc", "signer_name": "Nguyễn Văn Hùng",
        "legal_bases": "Kế hoạch số 162/KH-UBND ngày 15/3/2024", "recipients": "UBND tỉnh\nSở Tư pháp",
    })
    assert response.status_code == 302
    plan = Plan.objects.get(unit=world.science)
    assert plan.number_symbol == "21/KH-SKHCN" and plan.recipients == ["UBND tỉnh", "Sở Tư pháp"]


def test_editing_a_task_opened_before_someone_else_saved_warns(world, login, setup):
    plan, task = setup
    client = login(world.admin)
    data = {"code": "1", "title": "Bản của tôi", "timeframe": "Quý III/2024", "version": task.version}
    services.task_update(by=world.admin, task=task, version=task.version, title="Bản của người khác")
    response = client.post(reverse("plans:task-edit", args=[task.pk]), data)
    assert response.status_code == 409
    assert "người khác" in response.content.decode()
    task.refresh_from_db()
    assert task.title == "Bản của người khác"


def test_a_due_date_before_the_plan_date_is_refused_in_the_form(world, login, setup):
    plan, _ = setup
    response = login(world.admin).post(reverse("plans:task-add", args=[plan.pk]), {
        "code": "9", "title": "Quá sớm", "due_date": "2024-01-01"})
    assert response.status_code == 200
    assert "trước ngày ban hành" in response.content.decode()
    assert not Task.objects.filter(title="Quá sớm").exists()


def test_a_unit_reports_with_evidence_served_only_to_those_who_see_the_plan(world, login, setup):
    plan, task = setup
    client = login(world.focal)
    response = client.post(reverse("plans:task-report", args=[task.pk]), {
        "unit": world.science.pk, "state": "in_progress", "percent": 50, "note": "Đã tổ chức 1 hội nghị",
        "links": "https://skhcn.example.vn/tin/1",
        "evidence": SimpleUploadedFile("bien-ban.pdf", PDF, content_type="application/pdf"),
    })
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.percent == 50
    evidence = task.reports.get().evidence.get()
    url = reverse("plans:evidence", args=[evidence.pk])
    assert client.get(url).status_code == 200
    client.force_login(world.commune_focal)
    assert client.get(url).status_code == 403
    page = login(world.focal).get(reverse("plans:task", args=[task.pk])).content.decode()
    assert url in page and "/media/" not in page


def test_another_unit_cannot_report_over_http(world, login, setup):
    _, task = setup
    client = login(world.outsider)
    response = client.post(reverse("plans:task-report", args=[task.pk]),
                           {"unit": world.science.pk, "state": "done", "percent": 100})
    assert response.status_code == 403


def test_deleting_a_plan_with_progress_is_refused_with_a_message(world, login, setup):
    plan, task = setup
    services.task_report_progress(by=world.focal, task=task, unit=world.science, state="in_progress", percent=5)
    client = login(world.admin)
    response = client.post(reverse("plans:delete", args=[plan.pk]), follow=True)
    assert Plan.objects.filter(pk=plan.pk).exists()
    assert "lưu trữ" in response.content.decode()


def test_firing_a_trigger_sets_the_due_date(world, login, setup):
    plan, _ = setup
    task = science_task(world, plan, code="2", timeframe="khi có hướng dẫn của Sở Tư pháp", trigger_days=5)
    response = login(world.focal).post(reverse("plans:task-fire", args=[task.pk]), {"on": "2024-06-03"})
    assert response.status_code == 302
    task.refresh_from_db()
    assert task.triggered_on == dt.date(2024, 6, 3) and task.due_date is not None


def test_my_tasks_lists_waiting_tasks_as_such(world, login, setup):
    plan, _ = setup
    science_task(world, plan, code="2", title="Khảo sát nhu cầu", timeframe="khi có hướng dẫn của Sở Tư pháp")
    page = login(world.focal).get(reverse("plans:my-tasks")).content.decode()
    assert "Khảo sát nhu cầu" in page and 'data-bucket="waiting"' in page


def test_the_leader_approves_from_the_task_page(world, login, setup):
    plan, task = setup
    services.task_report_progress(by=world.focal, task=task, unit=world.science, state="done", percent=100)
    client = login(world.leader)
    assert client.post(reverse("plans:task-approve", args=[task.pk])).status_code == 403  # not the province's leader
    client.force_login(world.admin)
    assert client.post(reverse("plans:task-approve", args=[task.pk])).status_code == 302
    task.refresh_from_db()
    assert task.approved_at is not None


def test_notifications_page_and_widget(world, login):
    Notification.objects.create(user=world.focal, title="Sắp đến hạn: hội nghị", url=reverse("plans:my-tasks"))
    client = login(world.focal)
    home = client.get(reverse("portal:staff-home")).content.decode()
    assert 'data-unread="1"' in home
    assert "Sắp đến hạn: hội nghị" in client.get(reverse("plans:notifications")).content.decode()
    client.post(reverse("plans:notifications"))
    assert not Notification.objects.filter(user=world.focal, read_at__isnull=True).exists()


def test_dashboards_render_with_an_svg_chart(world, login, setup):
    plan, task = setup
    client = login(world.reviewer)
    for url in (reverse("plans:province-dashboard"), reverse("plans:plan-dashboard", args=[plan.pk]),
                reverse("plans:unit-dashboard", args=[world.science.pk])):
        page = client.get(url)
        assert page.status_code == 200
        body = page.content.decode()
        assert "<svg" in body and "pat-progress" in body


# --- Exports ------------------------------------------------------------------------------------

def _docx_text(content: bytes) -> tuple[str, object]:
    from docx import Document

    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts), doc


def test_the_docx_export_holds_the_nine_elements_of_nd_30(world, login):
    council = services.plan_create(
        by=world.admin, unit=world.science, title="Triển khai Đề án 977 tại Sở Khoa học và Công nghệ năm 2024",
        number=7, year=2024, date=dt.date(2024, 3, 15), place="Hưng Yên", programme="977",
        signer_prefix="KT.", signer_title="Phó Giám đốc", signer_name="Nguyễn Xuân Hải",
        purposes="Triển khai kịp thời Đề án.", requirements="Bám sát nhiệm vụ.",
        recipients=["UBND tỉnh (để báo cáo)", "Lưu: VT"], legal_bases=["Kế hoạch số 07/KH-HĐPH ngày 15/3/2024"],
    )
    science_task(world, council, code="1", title="Tuyên truyền nội dung Đề án")
    science_task(world, council, code="1.5", title="Tham mưu, đôn đốc thực hiện", standing=True)
    response = login(world.focal).get(reverse("plans:docx", args=[council.pk]))
    assert response.status_code == 200
    text, doc = _docx_text(response.content)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text  # 1 motto
    assert "UBND TỈNH HƯNG YÊN" in text and "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in text  # 2 issuing body, parent above
    assert "Số: 07/KH-SKHCN" in text  # 3 number and symbol
    assert "Hưng Yên, ngày 15 tháng 3 năm 2024" in text  # 4 place and date
    assert "KẾ HOẠCH" in text and "Triển khai Đề án 977 tại Sở Khoa học" in text  # 5 type and title
    assert "I. MỤC ĐÍCH, YÊU CẦU" in text and "II. NHIỆM VỤ" in text and "III. TỔ CHỨC THỰC HIỆN" in text  # 6 body
    assert "Nơi nhận:" in text and "- UBND tỉnh (để báo cáo);" in text  # 7 recipients
    assert "KT. GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" in text  # 8 signer's authority and position
    assert "Nguyễn Xuân Hải" in text  # 9 signer's name
    header = doc.tables[0]
    assert len(header.columns) == 2
    borders = header._tbl.tblPr.xml
    assert 'w:val="nil"' in borders  # borderless
    section = doc.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.left_margin.mm) == 30
    assert doc.styles["Normal"].font.name == "Times New Roman"


def test_the_docx_opens_in_libreoffice(world, login, tmp_path):
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: DOCX-to-PDF conversion not checked")
    plan = province_plan(world)
    science_task(world, plan)
    path = tmp_path / "plan.docx"
    path.write_bytes(login(world.admin).get(reverse("plans:docx", args=[plan.pk])).content)
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"  # its own profile: no lock shared with others
    subprocess.run([soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],  # noqa: S603
                   check=True, timeout=120, capture_output=True)
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")


def test_the_xlsx_export_lists_tasks(world, login, setup):
    from openpyxl import load_workbook

    plan, task = setup
    response = login(world.focal).get(reverse("plans:xlsx", args=[plan.pk]))
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [c.value for c in sheet[2]][:8] == ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
                                                "Thời gian thực hiện", "Hạn hoàn thành", "Sản phẩm", "Tình trạng"]
    row = [c.value for c in sheet[3]]
    assert row[0] == "1" and row[1] == task.title and "Sở Khoa học và Công nghệ" in row[2]
    assert row[5].date() == dt.date(2024, 9, 30)


# --- API ----------------------------------------------------------------------------------------

def test_the_api_lists_plans_with_counts_and_details_with_tasks(world, login, setup):
    plan, task = setup
    derived = services.plan_derive(by=world.focal, parent=plan, unit=world.science, tasks=[task], title="Triển khai")
    client = login(world.focal)
    listing = client.get("/api/plans").json()
    row = next(p for p in listing if p["id"] == derived.pk)
    assert row["parent_id"] == plan.pk and row["counts"]["total"] == 1
    detail = client.get(f"/api/plans/{derived.pk}").json()
    item = detail["tasks"][0]
    assert item["parent_plan_task_id"] == task.pk
    assert item["lead_units"] == [{"id": world.science.pk, "name": world.science.name}]
    assert item["due_date"] == "2024-09-30"
    assert client.get(f"/api/plans/{plan.pk}/export.docx").status_code == 200
    assert client.get(f"/api/plans/{plan.pk}/tasks.xlsx").status_code == 200


def test_the_api_applies_the_same_policy(world, login, setup):
    plan, _ = setup
    client = login(world.commune_focal)
    assert plan.pk not in [p["id"] for p in client.get("/api/plans").json()]
    assert client.get(f"/api/plans/{plan.pk}").status_code == 403
    assert client.get(f"/api/plans/{plan.pk}/export.docx").status_code == 403
    client.logout()
    assert client.get("/api/plans").status_code == 401


# --- Query counts -------------------------------------------------------------------------------

def _grow(world, plans: int, tasks: int, start: int = 100) -> Plan:
    first = None
    for p in range(start, start + plans):
        plan = province_plan(world, number=100 + p, title=f"Kế hoạch {p}")
        for t in range(tasks):
            science_task(world, plan, code=str(t + 1), coordinating_units=[world.justice, world.culture])
        plan = services.plan_transition(by=world.admin, plan=plan, name="issue")
        first = first or plan
    assert first is not None
    return first


def test_the_province_dashboard_query_count_does_not_grow_with_plans(world, login, django_assert_max_num_queries):
    _grow(world, 4, 5)
    client = login(world.reviewer)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("plans:province-dashboard")).status_code == 200
    _grow(world, 4, 5, start=200)
    with django_assert_max_num_queries(14):
        assert client.get(reverse("plans:province-dashboard")).status_code == 200


def test_the_plan_page_query_count_does_not_grow_with_tasks(world, login, django_assert_max_num_queries):
    plan = _grow(world, 1, 12)
    client = login(world.focal)
    with django_assert_max_num_queries(20):
        assert client.get(reverse("plans:plan", args=[plan.pk])).status_code == 200


def test_the_plan_list_query_count_is_pinned(world, login, django_assert_max_num_queries):
    _grow(world, 6, 2)
    client = login(world.focal)
    with django_assert_max_num_queries(8):
        assert client.get(reverse("plans:list")).status_code == 200


def test_the_reviewer_above_sees_each_departments_progress_on_the_province_task(world, login, setup):
    plan, task = setup
    derived = services.plan_derive(by=world.focal, parent=plan, unit=world.science, tasks=[task], title="Triển khai",
                                   number=21, date=dt.date(2024, 4, 1))
    services.plan_transition(by=world.focal, plan=derived, name="issue")
    copy = derived.tasks.get()
    services.task_report_progress(by=world.focal, task=copy, unit=world.science, state="in_progress", percent=70)
    page = login(world.reviewer).get(reverse("plans:task", args=[task.pk])).content.decode()
    assert "Tiến độ các đơn vị triển khai" in page and "21/KH-SKHCN" in page
    client = login(world.outsider)
    assert client.get(reverse("plans:task", args=[task.pk])).status_code == 403


def test_issuing_with_the_signed_pdf_and_reading_it_back(world, login):
    plan = services.plan_create(by=world.focal, unit=world.science, title="KH PBGDPL", year=2024, number=21,
                                date=dt.date(2024, 1, 26))
    client = login(world.focal)
    response = client.post(reverse("plans:transition", args=[plan.pk, "issue"]),
                           {"signed_pdf": SimpleUploadedFile("ban-ky.pdf", PDF, content_type="application/pdf")})
    assert response.status_code == 302
    plan.refresh_from_db()
    assert plan.status == "issued"
    assert client.get(reverse("plans:signed-pdf", args=[plan.pk])).status_code == 200
    client.force_login(world.commune_focal)
    assert client.get(reverse("plans:signed-pdf", args=[plan.pk])).status_code == 403


def test_an_outsider_cannot_issue_or_edit(world, login):
    plan = services.plan_create(by=world.focal, unit=world.science, title="KH", year=2024, number=3,
                                date=dt.date(2024, 1, 26))
    client = login(world.outsider)
    assert client.post(reverse("plans:transition", args=[plan.pk, "issue"])).status_code == 403
    assert client.get(reverse("plans:edit", args=[plan.pk])).status_code == 403
    plan.refresh_from_db()
    assert plan.status == "draft"


def test_the_plan_list_links_to_the_import_page_for_editors_only(world, login):
    import_url = reverse("plans:import")
    assert import_url in login(world.focal).get(reverse("plans:list")).content.decode()
    assert import_url not in login(world.staff).get(reverse("plans:list")).content.decode()
