from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from pbgdpl.reporting import services
from pbgdpl.reporting.models import Activity, Evidence, IndicatorSet, Status, Submission

from .factories import activity, form, group, schedule

D = dt.date


def _post_activity(client, world, **extra):
    data = {"unit": world.science_office.pk, "title": "Tập huấn Luật Chuyển đổi số", "form": form("hoi-nghi").pk,
            "date_from": "2025-03-10", "sessions": 1, "participants": 50, "women": 20, "copies": 50,
            "laws": "71/2025/QH15", f"g_{group('can-bo').code}": 50, f"gw_{group('can-bo').code}": 20,
            "c_hoi-nghi": "1500000"}
    data.update(extra)
    return client.post(reverse("reporting:activity-add"), data)


def test_staff_records_an_activity_through_the_quick_form(world, login):
    client = login(world.staff)
    response = _post_activity(client, world)
    item = Activity.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("reporting:activity", args=[item.pk])
    assert item.cost == 1_500_000 and item.audiences.get().participants == 50
    page = client.get(reverse("reporting:activity", args=[item.pk]))
    assert "Tập huấn Luật Chuyển đổi số" in page.content.decode()


def test_quick_form_shows_clear_errors(world, login):
    client = login(world.staff)
    response = _post_activity(client, world, participants=10, women=30)
    assert response.status_code == 200
    body = response.content.decode()
    assert "lớn hơn tổng số người" in body
    assert not Activity.objects.exists()


def test_quick_form_refuses_a_unit_outside_the_scope(world, login):
    client = login(world.staff)
    response = _post_activity(client, world, unit=world.culture.pk)
    assert response.status_code == 200 and not Activity.objects.exists()


def test_activity_list_is_scoped_and_query_count_pinned(world, login, django_assert_max_num_queries):
    for day in range(1, 20):
        activity(world.staff, world.science_office, D(2025, 3, day))
    activity(world.outsider, world.culture, D(2025, 3, 1), title="Của Sở Văn hóa")
    client = login(world.staff)
    with django_assert_max_num_queries(12):
        body = client.get(reverse("reporting:activities")).content.decode()
    assert "Của Sở Văn hóa" not in body
    assert body.count("Hội nghị phổ biến pháp luật") == 19
    filtered = client.get(reverse("reporting:activities"), {"period": "2025-H1", "form": "tu-van"}).content.decode()
    assert "Hội nghị phổ biến pháp luật" not in filtered


def test_outsider_cannot_open_another_units_activity_or_evidence(world, login):
    item = activity(world.staff, world.science_office, D(2025, 3, 1))
    pdf = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    evidence = services.evidence_add(by=world.staff, activity=item, upload=pdf)
    client = login(world.outsider)
    assert client.get(reverse("reporting:activity", args=[item.pk])).status_code == 403
    assert client.get(reverse("reporting:evidence", args=[evidence.pk])).status_code == 403
    client = login(world.reviewer)
    response = client.get(reverse("reporting:evidence", args=[evidence.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize(("name", "content"), [("virus.exe", b"MZ..."), ("fake.pdf", b"not a pdf"), ("empty.png", b"")])
def test_evidence_type_and_content_are_checked(world, login, name, content):
    item = activity(world.staff, world.science_office, D(2025, 3, 1))
    client = login(world.staff)
    client.post(reverse("reporting:evidence-upload", args=[item.pk]), {"file": SimpleUploadedFile(name, content)})
    assert not Evidence.objects.exists()


def test_evidence_size_is_limited(world, login, settings):
    settings.UPLOAD_MAX_BYTES = 10
    item = activity(world.staff, world.science_office, D(2025, 3, 1))
    client = login(world.staff)
    client.post(reverse("reporting:evidence-upload", args=[item.pk]),
                {"file": SimpleUploadedFile("a.pdf", b"%PDF-1.4 " + b"x" * 100)})
    assert not Evidence.objects.exists()


def _xlsx(rows):
    book = Workbook()
    sheet = book.active
    sheet.append(["Đơn vị thực hiện", "Nội dung hoạt động", "Hình thức (mã hoặc tên)", "Từ ngày (dd/mm/yyyy)",
                  "Tổng số người", "Trong đó nữ", "Đối tượng: Người dân"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    out.seek(0)
    out.name = "hoat-dong.xlsx"
    return out


def test_import_template_downloads_and_reimports(world, login):
    client = login(world.staff)
    response = client.get(reverse("reporting:import-template"))
    assert response.status_code == 200
    book = load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["HoatDong", "MaDanhMuc"]
    content = io.BytesIO(response.content)
    content.name = "mau.xlsx"
    response = client.post(reverse("reporting:activity-import"), {"file": content})
    assert response.status_code == 302
    assert Activity.objects.get().unit == world.science_office


def test_import_reports_errors_per_row_and_imports_nothing(world, login):
    client = login(world.staff)
    upload = _xlsx([
        ["Văn phòng Sở", "Hội nghị 1", "hoi-nghi", "10/03/2025", 30, 10, 30],
        ["Văn phòng Sở", "Hội nghị 2", "khong-co", "10/03/2025", 30, 10, 0],
        ["Văn phòng Sở", "Hội nghị 3", "Tư vấn, giải đáp pháp luật", "32/13/2025", -5, 0, 0],
        ["Sở Văn hóa, Thể thao và Du lịch", "Của người khác", "hoi-nghi", "10/03/2025", 5, 0, 0],
        ["Văn phòng Sở", "Hội nghị 5", "hoi-nghi", "10/03/2025", 10, 0, 20],
    ])
    response = client.post(reverse("reporting:activity-import"), {"file": upload})
    body = response.content.decode()
    assert response.status_code == 200
    assert not Activity.objects.exists()
    rows = {int(r) for r, _ in response.context["result"].errors}
    assert rows == {3, 4, 5, 6}
    assert "khong-co" in body and "dd/mm/yyyy" in body and "không có quyền" in body


def test_import_all_valid_rows(world, login):
    client = login(world.staff)
    upload = _xlsx([["Văn phòng Sở", f"Hội nghị {i}", "hoi-nghi", f"{i:02d}/03/2025", 30, 10, 30]
                    for i in range(1, 6)])
    assert client.post(reverse("reporting:activity-import"), {"file": upload}).status_code == 302
    assert Activity.objects.count() == 5


def test_report_journey_over_http(world, login):
    activity(world.focal, world.science, D(2025, 2, 1), participants=40, women=10)
    h1 = schedule("semiannual", "2025-H1")
    client = login(world.focal)
    response = client.post(reverse("reporting:report-create"), {"unit": world.science.pk, "schedule": h1.pk})
    sub = Submission.objects.get()
    assert response["Location"] == reverse("reporting:report", args=[sub.pk])
    response = client.post(reverse("reporting:report", args=[sub.pk]), {"m_BCV": "12", "results": "Đã tổ chức"})
    assert response.status_code == 302
    page = client.get(reverse("reporting:report", args=[sub.pk])).content.decode()
    assert "Đã tổ chức" in page and "Gửi báo cáo" in page
    client.post(reverse("reporting:report-transition", args=[sub.pk, "submit"]))
    sub.refresh_from_db()
    assert sub.status == Status.SUBMITTED
    # the focal point cannot approve its own report
    assert client.post(reverse("reporting:report-transition", args=[sub.pk, "approve"])).status_code == 403
    client = login(world.reviewer)
    client.post(reverse("reporting:report-transition", args=[sub.pk, "approve"]))
    sub.refresh_from_db()
    assert sub.status == Status.APPROVED
    drill = client.get(reverse("reporting:report-drilldown", args=[sub.pk, "TONG_NG"])).content.decode()
    assert "Hội nghị phổ biến pháp luật" in drill
    export = client.get(reverse("reporting:report-export", args=[sub.pk]))
    sheet = load_workbook(io.BytesIO(export.content)).active
    values = {row[1]: row[4] for row in sheet.iter_rows(values_only=True) if row and len(row) > 4}
    assert values["TONG_NG"] == 40 and values["BCV"] == 12


def test_outsider_cannot_see_or_create_another_units_report(world, login):
    h1 = schedule("semiannual", "2025-H1")
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    client = login(world.outsider)
    assert client.get(reverse("reporting:report", args=[sub.pk])).status_code == 403
    assert client.post(reverse("reporting:report-create"),
                       {"unit": world.science.pk, "schedule": schedule("annual", "2025").pk}).status_code == 403


def test_completeness_and_dashboard_pages(world, login):
    h1 = schedule("semiannual", "2025-H1")
    activity(world.staff, world.science_office, D(2025, 2, 1), participants=40, audiences={"nguoi-dan": (40, 0)})
    sub = services.submission_create(by=world.focal, unit=world.science_office, schedule=h1)
    services.submission_transition(by=world.focal, submission=sub, action="submit")
    client = login(world.leader)
    body = client.get(reverse("reporting:completeness"), {"year": 2025, "schedule": h1.pk}).content.decode()
    assert "đã nhận 1/2" in body
    body = client.get(reverse("reporting:dashboard"), {"year": 2025}).content.decode()
    assert "<svg" in body and "Người dân" in body and "Hội nghị, tập huấn" in body
    assert "Tiến độ nộp Báo cáo 6 tháng đầu năm 2025" in body and "1/2 (50%)" in body
    home = client.get("/can-bo/").content.decode()
    assert "Hoạt động và báo cáo PBGDPL" in home


def test_admin_imports_a_revised_indicator_set_and_bad_rows_are_listed(world, login):
    client = login(world.admin)
    rows = ('[{"code": "A", "label": "Số hội nghị", "rule": "count", "forms": ["hoi-nghi"]},'
            '{"code": "B", "label": "Người", "rule": "sum", "metric": "participants"},'
            '{"code": "C", "label": "Bình quân", "rule": "formula", "formula": "B / A"}]')
    response = client.post(reverse("reporting:indicator-import"), {"code": "tt16-2025", "name": "Mẫu mới", "text": rows})
    assert response.status_code == 302
    assert IndicatorSet.objects.get(code="tt16-2025").indicators.count() == 3
    bad = '[{"code": "A", "label": "x", "rule": "formula", "formula": "Z * 2"}, {"code": "A", "label": "", "rule": "sum"}]'
    response = client.post(reverse("reporting:indicator-import"), {"code": "bad", "name": "x", "text": bad})
    body = response.content.decode()
    assert "mã bị trùng" in body and "Z" in body and not IndicatorSet.objects.filter(code="bad").exists()
    staff = login(world.staff)
    assert staff.post(reverse("reporting:indicator-import"), {"code": "x", "name": "x", "text": rows}).status_code == 403


def test_indicator_set_round_trips_through_xlsx(world, login):
    client = login(world.admin)
    default = IndicatorSet.objects.get(code="pbgdpl-2025")
    content = client.get(reverse("reporting:indicator-set-file", args=[default.pk, "xlsx"])).content
    upload = io.BytesIO(content)
    upload.name = "chi-tieu.xlsx"
    response = client.post(reverse("reporting:indicator-import"),
                           {"code": "pbgdpl-2026", "name": "Biểu mẫu sửa đổi", "file": upload})
    assert response.status_code == 302
    revised = IndicatorSet.objects.get(code="pbgdpl-2026")
    assert list(revised.indicators.values_list("code", "formula")) == list(
        default.indicators.values_list("code", "formula"))
    h2026 = schedule("annual", "2026")
    client.post(reverse("reporting:schedules"), {"schedule": h2026.pk, "indicator_set": revised.pk})
    h2026.refresh_from_db()
    assert h2026.indicator_set == revised


def test_drilldown_lists_the_units_below(world, login):
    h1 = schedule("semiannual", "2025-H1")
    activity(world.staff, world.science_office, D(2025, 2, 1), participants=30)
    office = services.submission_create(by=world.focal, unit=world.science_office, schedule=h1)
    services.submission_transition(by=world.focal, submission=office, action="submit")
    services.submission_transition(by=world.leader, submission=office, action="approve")
    dept = services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    client = login(world.focal)
    body = client.get(reverse("reporting:report-drilldown", args=[dept.pk, "TONG_NG"])).content.decode()
    assert "Văn phòng Sở" in body and reverse("reporting:report-drilldown", args=[office.pk, "TONG_NG"]) in body
    assert dept.values.get(indicator__code="TONG_NG").total == 30
    assert Status.APPROVED == Submission.objects.get(pk=office.pk).status


def test_admin_changes_cut_off_and_due_dates_per_level(world, login):
    h1 = schedule("semiannual", "2025-H1")
    url = reverse("reporting:schedule-edit", args=[h1.pk])
    assert login(world.focal).get(url).status_code == 403
    client = login(world.admin)
    data = {"start": "2025-01-01", "cutoff": "2025-06-15", "default_due": "2025-06-20", "due_internal": "2025-06-16",
            "due_commune": "2025-06-10"}
    response = client.post(url, data)
    assert response.status_code == 200 and "Hạn gửi trước ngày chốt số liệu" in response.content.decode()
    data["due_commune"] = "2025-06-18"
    assert client.post(url, data).status_code == 302
    h1.refresh_from_db()
    assert h1.cutoff == D(2025, 6, 15) and h1.due_for(world.commune) == D(2025, 6, 18)
    assert h1.due_for(world.science) == D(2025, 6, 20)  # department deadline cleared: the general one applies


def test_report_list_and_report_page_query_counts_do_not_grow(world, login, django_assert_max_num_queries):
    h1 = schedule("semiannual", "2025-H1")
    for unit in (world.science_office, world.science_inspect):
        sub = services.submission_create(by=world.focal, unit=unit, schedule=h1)
        services.submission_transition(by=world.focal, submission=sub, action="submit")
        services.submission_transition(by=world.leader, submission=sub, action="approve")
    dept = services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    client = login(world.focal)
    with django_assert_max_num_queries(15):
        assert client.get(reverse("reporting:reports"), {"year": 2025}).status_code == 200
    with django_assert_max_num_queries(25):
        assert client.get(reverse("reporting:report", args=[dept.pk])).status_code == 200


def test_admin_creates_an_ad_hoc_report_and_units_fill_it(world, login):
    from pbgdpl.reporting.models import IndicatorSet, ReportType, Schedule

    data = {"create": "1", "report_type": ReportType.objects.get(code="adhoc").pk, "period": "2025-dot-1",
            "title": "Báo cáo kết quả hưởng ứng Ngày Pháp luật", "start": "2025-10-01", "cutoff": "2025-11-15",
            "default_due": "2025-11-20", "indicator_set": IndicatorSet.objects.get(code="pbgdpl-2025").pk}
    assert login(world.focal).post(reverse("reporting:schedules"), data).status_code == 403
    client = login(world.admin)
    assert client.post(reverse("reporting:schedules"), data).status_code == 302
    assert client.post(reverse("reporting:schedules"), data).status_code == 200  # the same period twice: refused
    adhoc = Schedule.objects.get(report_type__code="adhoc")
    activity(world.focal, world.science, D(2025, 11, 9), "ngay-phap-luat", participants=120)
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=adhoc)
    assert sub.values.get(indicator__code="NPL_NG").total == 120
    client.force_login(world.focal)
    assert client.get(f"/api/reports/adhoc/2025-dot-1/{world.science.pk}").json()["status"] == "draft"


def test_evidence_is_removed_only_by_someone_who_may_change_the_activity(world, login):
    item = activity(world.staff, world.science_office, D(2025, 3, 1))
    evidence = services.evidence_add(by=world.staff, activity=item,
                                     upload=SimpleUploadedFile("anh.png", b"\x89PNG\r\n\x1a\n0000"))
    url = reverse("reporting:evidence-delete", args=[evidence.pk])
    assert login(world.reviewer).post(url).status_code == 403
    assert login(world.staff).post(url).status_code == 302
    assert not Evidence.objects.exists()
