"""The narrative report read back with python-docx: sections, figures equal to the database, the draft mark."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pbgdpl.narrative import selectors, services, templating
from pbgdpl.narrative.document import DRAFT_MARK
from pbgdpl.narrative.models import ReportDocument
from pbgdpl.narrative.selectors import SECTIONS
from pbgdpl.plans import services as plan_services
from pbgdpl.reporting import aggregation
from pbgdpl.reporting.tests.factories import schedule

from .helpers import ANNUAL, activities, approve_all, docx_text, submit_and_approve

pytestmark = pytest.mark.django_db


def _n(value: Decimal | int) -> str:
    return templating.format_value(Decimal(value))


def _expected(world) -> dict[str, Decimal]:  # type: ignore[no-untyped-def]
    """Independently of the narrative app: the whole subtree's activities in the window, through the same
    indicator set."""
    sched = schedule(*ANNUAL)
    cube = aggregation.cube(units=[world.science], subtree=True, start=sched.start, end=sched.cutoff)
    return aggregation.indicator_values(list(sched.indicator_set.indicators.all()), cube)


def test_every_section_and_figure_is_in_the_document(world):
    activities(world)
    approve_all(world)
    made = services.generate(by=world.focal, unit=world.science, schedule=schedule(*ANNUAL))
    text = docx_text(made.content)
    assert not made.figures.is_draft
    assert DRAFT_MARK not in text
    for heading in ("I. KẾT QUẢ CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "II. NHẬN XÉT, ĐÁNH GIÁ",
                    "III. ĐỀ XUẤT, KIẾN NGHỊ", "IV. NHIỆM VỤ TRỌNG TÂM NĂM 2026", "BÁO CÁO", "Nơi nhận:",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"):
        assert heading in text
    for spec in SECTIONS:
        if "." in spec.number:
            assert f"{spec.number.split('.')[1]}. {spec.heading}" in text
    expected = _expected(world)
    assert expected["TONG_NG"] == 120 + 186 + 95
    assert f"thu hút {_n(expected['TONG_NG'])} lượt người" in text
    assert f"tổ chức {_n(expected['TONG_HD'])} hoạt động" in text
    assert f"{_n(expected['TONG_BUOI'])} cuộc, buổi, tin bài" in text
    assert f"(trong đó {_n(expected['TONG_NU'])} lượt nữ)" in text
    assert f"hướng dẫn pháp luật cho {_n(expected['DT_DN'])} lượt tổ chức" in text
    assert f"đăng {_n(expected['CT_SO'])} tin, bài" in text
    assert "- Tư vấn, hướng dẫn pháp luật cho doanh nghiệp (12/06/2025): 186 lượt người tham dự." in text
    assert text.index("(12/06/2025): 186") < text.index("(05/03/2025): 120") < text.index("(09/11/2025): 95")
    assert "Sau ngày chốt số liệu" not in text
    assert unicodedata.is_normalized("NFC", text)
    assert "Sở Khoa học và Công nghệ báo cáo kết quả công tác phổ biến, giáo dục pháp luật năm 2025" in text


def test_unapproved_statistics_mark_the_draft_and_name_the_missing_units(world):
    activities(world)
    submit_and_approve(world, world.science_inspect, world.leader)
    made = services.generate(by=world.focal, unit=world.science, schedule=schedule(*ANNUAL))
    text = docx_text(made.content)
    assert made.figures.is_draft
    assert text.splitlines()[0] == DRAFT_MARK
    assert [u.pk for u in made.figures.statistics.missing] == [world.science_office.pk]
    assert "Chưa có báo cáo thống kê được phê duyệt của: Văn phòng Sở." in text
    assert "Số liệu thống kê của Sở KH&CN kỳ này chưa được phê duyệt." in text
    # live figures: the science department's own activities plus the approved report below, not the office's
    sched = schedule(*ANNUAL)
    own = aggregation.cube(units=[world.science, world.science_inspect], subtree=False, start=sched.start,
                           end=sched.cutoff)
    people = aggregation.indicator_values(list(sched.indicator_set.indicators.all()), own)["TONG_NG"]
    assert f"thu hút {_n(people)} lượt người" in text


def test_section_one_lists_the_register_with_issued_plans(world):
    plan = plan_services.plan_create(by=world.focal, unit=world.science, title="Kế hoạch phổ biến pháp luật năm 2025",
                                     number=7, year=2025, date=dt.date(2025, 1, 16), place="Hưng Yên")
    plan_services.plan_transition(by=world.leader, plan=plan, name="issue")
    services.entry_create(by=world.focal, data=services.EntryData(
        unit=world.science, number=498, symbol="SKHCN-VP", date=dt.date(2025, 3, 12), kind="CV",
        summary="Về việc tuyên truyền, tập huấn sử dụng ứng dụng VNeID"))
    services.entry_create(by=world.focal, data=services.EntryData(
        unit=world.science, number=3, symbol="BC-SKHCN", date=dt.date(2024, 12, 20), kind="BC",
        summary="Báo cáo năm trước: ngoài kỳ"))
    made = services.generate(by=world.focal, unit=world.science, schedule=schedule(*ANNUAL))
    text = docx_text(made.content)
    assert "- Kế hoạch số 07/KH-SKHCN ngày 16/01/2025 về phổ biến pháp luật năm 2025." in text
    assert "- Công văn số 498/SKHCN-VP ngày 12/03/2025 về việc tuyên truyền, tập huấn sử dụng ứng dụng VNeID." in text
    assert "03/BC-SKHCN" not in text
    assert "đã ban hành 2 văn bản chỉ đạo, hướng dẫn, trong đó 1 kế hoạch" in text


def test_edited_template_is_used_and_unknown_names_are_refused(world):
    activities(world)
    sched = schedule(*ANNUAL)
    doc = services.report_document_start(by=world.focal, unit=world.science, schedule=sched)
    services.report_document_save(by=world.focal, doc=doc, sections={
        "i3": "Sở đã tuyên truyền, hướng dẫn pháp luật cho {businesses_reached} tổ chức, doanh nghiệp {{ghi chú}}."},
        header={"number": "15", "place": "Hưng Yên", "date": dt.date(2025, 12, 5), "signer_title": "Phó Giám đốc",
                "signer_name": "Nguyễn Văn Hùng"})
    with pytest.raises(ValidationError) as error:
        services.report_document_save(by=world.focal, doc=doc, sections={"ii1": "Có {khong_co} điều."})
    assert "khong_co" in str(error.value)
    text = docx_text(services.generate(by=world.focal, unit=world.science, schedule=sched).content)
    assert "hướng dẫn pháp luật cho 226 tổ chức, doanh nghiệp {ghi chú}." in text
    assert "Số: 15/BC-SKHCN" in text
    assert "Hưng Yên, ngày 05 tháng 12 năm 2025" in text
    assert "KT. GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" in text and "Nguyễn Văn Hùng" in text


def test_prose_starts_from_the_previous_period(world):
    h1 = schedule("semiannual", "2025-H1")
    previous = services.report_document_start(by=world.focal, unit=world.science, schedule=h1)
    services.report_document_save(by=world.focal, doc=previous, sections={"ii2": "- Thiếu người chuyên trách."},
                                  header={"signer_name": "Nguyễn Văn Hùng"})
    doc = services.report_document_start(by=world.focal, unit=world.science, schedule=schedule(*ANNUAL))
    assert doc.sections["ii2"] == "- Thiếu người chuyên trách."
    assert doc.sections["i2"] == selectors.DEFAULT_TEXT["i2"]
    assert doc.signer_name == "Nguyễn Văn Hùng"


def test_only_the_units_authors_write_and_the_level_above_reads(world):
    sched = schedule(*ANNUAL)
    for user in (world.outsider, world.staff, world.commune_focal):
        with pytest.raises(PermissionDenied):
            services.generate(by=user, unit=world.science, schedule=sched)
    made = services.generate(by=world.reviewer, unit=world.science, schedule=sched)  # reads, saves nothing
    assert "BÁO CÁO" in docx_text(made.content)
    assert not ReportDocument.objects.exists()
    doc = services.report_document_start(by=world.leader, unit=world.science, schedule=sched)
    with pytest.raises(PermissionDenied):
        services.report_document_save(by=world.outsider, doc=doc, sections={"ii1": "x"})


def test_template_language_never_evaluates():
    values = {"a": Decimal("1234567"), "b": Decimal("12.50")}
    assert templating.render("{a} và {b} và {__class__} và {a.real} và {{a}}", values) == \
        "1.234.567 và 12,5 và {__class__} và {a.real} và {a}"
    assert templating.unknown_names("{a} {zz} {zz}", values) == ["zz"]


def test_section_two_reports_the_units_tasks_from_plans(world):
    plan = plan_services.plan_create(by=world.focal, unit=world.science, title="Triển khai PBGDPL năm 2025", number=9,
                                     year=2025, date=dt.date(2025, 1, 10))
    tasks = [plan_services.task_create(by=world.focal, plan=plan, code=str(n), title=f"Nhiệm vụ {n}",
                                       lead_units=[world.science_office], due_date=dt.date(2025, 6, 30))
             for n in (1, 2, 3)]
    other = plan_services.task_create(by=world.focal, plan=plan, code="4", title="Việc của sở khác",
                                      lead_units=[world.culture], due_date=dt.date(2025, 6, 30))
    plan_services.plan_transition(by=world.leader, plan=plan, name="issue")
    plan_services.task_report_progress(by=world.focal, task=tasks[0], unit=world.science_office, state="done",
                                       percent=100, on=dt.date(2025, 5, 1))
    plan_services.task_report_progress(by=world.focal, task=tasks[1], unit=world.science_office, state="done",
                                       percent=100, on=dt.date(2025, 8, 1))
    text = docx_text(services.generate(by=world.focal, unit=world.science_office, schedule=schedule(*ANNUAL)).content)
    assert "chủ trì 3 nhiệm vụ trong các kế hoạch năm 2025; đã hoàn thành 2 nhiệm vụ (67%), trong đó 1 nhiệm vụ " \
           "đúng hạn; 0 nhiệm vụ đang thực hiện, 1 nhiệm vụ quá hạn." in text
    assert "- Kế hoạch số 09/KH-SKHCN: hoàn thành 2/3 nhiệm vụ (67%)." in text
    assert other.title not in text


def test_section_four_reports_the_self_assessment(world):
    from pbgdpl.assessment import services as assessment_services
    from pbgdpl.assessment.models import CriteriaSet

    sched = schedule(*ANNUAL)
    text = docx_text(services.generate(by=world.focal, unit=world.science, schedule=sched).content)
    assert "năm 2025: đơn vị chưa tự đánh giá." in text
    item = assessment_services.assessment_create(by=world.focal, criteria_set=CriteriaSet.objects.get(code="tt03-2018"),
                                                 unit=world.science, year=2025)
    assessment_services.assessment_edit(by=world.focal, assessment=item, entries={
        "1.1.1": {"points": "4", "evidence": "Kế hoạch số 07"}, "5.1.1": {"points": "3", "evidence": "Mô hình"}})
    text = docx_text(services.generate(by=world.focal, unit=world.science, schedule=sched).content)
    item.refresh_from_db()
    assert f"năm 2025: đạt {_n(item.total)}/{_n(item.max_total)} điểm (đang chấm), kết quả: {item.rating}." in text
    assert "- Tiêu chí khác: 3/4 điểm." in text


def test_a_six_month_report_looks_ahead_to_the_second_half(world):
    text = docx_text(services.generate(by=world.focal, unit=world.science,
                                       schedule=schedule("semiannual", "2025-H1")).content)
    assert "Kết quả công tác phổ biến, giáo dục pháp luật 6 tháng đầu năm 2025 và nhiệm vụ trọng tâm 6 tháng cuối " \
           "năm 2025" in text
    assert "IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2025" in text
    assert "(Số liệu từ ngày 01/01/2025 đến ngày 31/05/2025)" in text
