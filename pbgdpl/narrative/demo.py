"""Demo data: Sở KH&CN's 2025 register (an issued plan with tasks, letters, reports, a decision) and its
narrative report drafts (6-month and annual 2025, the annual starting from the 6-month prose)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pbgdpl.accounts.models import User
from pbgdpl.org.models import Unit
from pbgdpl.plans import services as plans
from pbgdpl.plans.models import Plan
from pbgdpl.reporting.models import Schedule

from . import services
from .models import OutgoingDocument, ReportDocument

ORDER = 60

ENTRIES = [
    (25, "SKHCN-VP", dt.date(2025, 1, 20), "CV", "Về việc tuyên truyền Luật Khoa học, công nghệ và đổi mới sáng tạo"),
    (41, "QĐ-SKHCN", dt.date(2025, 2, 14), "QĐ", "Ban hành Quy chế phối hợp phổ biến, giáo dục pháp luật của Sở"),
    (88, "SKHCN-TTr", dt.date(2025, 3, 12), "CV", "Về việc tuyên truyền, tập huấn sử dụng ứng dụng VNeID"),
    (112, "BC-SKHCN", dt.date(2025, 6, 3), "BC", "Báo cáo kết quả công tác PBGDPL 6 tháng đầu năm 2025"),
    (150, "TB-SKHCN", dt.date(2025, 7, 8), "TB", "Thông báo lịch sinh hoạt \"Ngày pháp luật\" hằng tháng"),
    (203, "TTr-SKHCN", dt.date(2025, 9, 22), "TTr", "Đề nghị bổ sung kinh phí tổ chức cuộc thi tìm hiểu pháp luật"),
    (231, "KH-SKHCN", dt.date(2025, 10, 28), "KH", "Hưởng ứng Ngày Pháp luật Việt Nam năm 2025"),
]
PLAN_TASKS = [
    ("1", "Phổ biến Luật Khoa học, công nghệ và đổi mới sáng tạo cho công chức, viên chức", "VP",
     dt.date(2025, 6, 30), "done"),
    ("2", "Tư vấn, hướng dẫn pháp luật cho doanh nghiệp về tiêu chuẩn, đo lường, chất lượng", "TTr",
     dt.date(2025, 9, 30), "done"),
    ("3", "Cập nhật văn bản mới lên tủ sách pháp luật điện tử của Sở", "VP", dt.date(2025, 11, 15), "in_progress"),
    ("4", "Tổ chức cuộc thi tìm hiểu pháp luật về chuyển đổi số", "BCVT", dt.date(2025, 10, 31), "not_started"),
]


def _plan(skhcn: Unit, focal: User, leader: User) -> None:
    if Plan.objects.filter(unit=skhcn, year=2025, number=139).exists():
        return
    plan = plans.plan_create(by=focal, unit=skhcn, title="Phổ biến, giáo dục pháp luật năm 2025 của Sở Khoa học và "
                             "Công nghệ", number=139, year=2025, date=dt.date(2025, 1, 16), place="Hưng Yên",
                             signer_prefix="KT.", signer_title="Phó Giám đốc", signer_name="Nguyễn Văn Hùng")
    children = {u.abbreviation: u for u in skhcn.children.all()}
    made = []
    for code, title, abbr, due, state in PLAN_TASKS:
        lead = children.get(abbr) or skhcn
        made.append((plans.task_create(by=focal, plan=plan, code=code, title=title, lead_units=[lead], due_date=due),
                     lead, due, state))
    plans.plan_transition(by=leader, plan=plan, name="issue")
    for task, lead, due, state in made:
        if state != "not_started":
            plans.task_report_progress(by=focal, task=task, unit=lead, state=state,
                                       percent=100 if state == "done" else 60, on=due - dt.timedelta(days=10))


def load(log: Any) -> None:
    skhcn = Unit.objects.filter(abbreviation="SKHCN", parent__parent=None).first()
    focal = User.objects.filter(username="daumoi.skhcn").first()
    leader = User.objects.filter(username="lanhdao.skhcn").first()
    if skhcn is None or focal is None or leader is None:
        log("Sổ văn bản đi: chưa có Sở KH&CN hoặc tài khoản mẫu, bỏ qua")
        return
    if Plan.objects.filter(unit=skhcn, year=2025, number=139).exists() and OutgoingDocument.objects.exists():
        log("Sổ văn bản đi, báo cáo kết quả: đã có, bỏ qua")
        return
    _plan(skhcn, focal, leader)
    for number, symbol, date, kind, summary in ENTRIES:
        if not OutgoingDocument.objects.filter(unit=skhcn, year=date.year, number=number, symbol=symbol).exists():
            services.entry_create(by=focal, data=services.EntryData(unit=skhcn, number=number, symbol=symbol,
                                                                   date=date, kind=kind, summary=summary))
    header = {"place": "Hưng Yên", "signer_title": "Phó Giám đốc", "signer_name": "Nguyễn Văn Hùng",
              "recipients": "Sở Tư pháp (để tổng hợp)\nHội đồng phối hợp PBGDPL tỉnh\nBan Giám đốc Sở\n"
                            "Các phòng, đơn vị thuộc Sở\nLưu: VT, TTr"}
    h1 = Schedule.objects.filter(report_type__code="semiannual", period="2025-H1").first()
    annual = Schedule.objects.filter(report_type__code="annual", period="2025").first()
    if h1 is not None and not ReportDocument.objects.filter(unit=skhcn, period="2025-H1").exists():
        doc = services.report_document_start(by=focal, unit=skhcn, schedule=h1)
        services.report_document_save(by=focal, doc=doc, header=dict(header, number=112, date=dt.date(2025, 6, 3)),
                                      sections={
            "ii2": "- Người làm công tác pháp chế, phổ biến pháp luật của Sở chủ yếu kiêm nhiệm.\n"
                   "- Một số phòng, đơn vị chưa gửi số liệu đúng hạn.",
            "ii3": "- Khối lượng công việc chuyên môn lớn, thời gian dành cho phổ biến pháp luật còn ít.",
            "iii": "- Đề nghị Sở Tư pháp tổ chức tập huấn kỹ năng phổ biến pháp luật trên môi trường số."})
    if annual is not None and not ReportDocument.objects.filter(unit=skhcn, period="2025").exists():
        doc = services.report_document_start(by=focal, unit=skhcn, schedule=annual)
        services.report_document_save(by=focal, doc=doc, header=header)
    log(f"Sổ văn bản đi: {OutgoingDocument.objects.count()} văn bản (và kế hoạch đã ban hành); "
        f"báo cáo kết quả: {ReportDocument.objects.count()} bản nháp")
