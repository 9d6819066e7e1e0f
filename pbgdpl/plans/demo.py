"""Demo plans shaped like the seed situation: the province's Đề án 977 plan, the council's plan for the
year, the Department of Science and Technology's plans implementing them (977 and the Đề án 407
communication plan) and its yearly PBGDPL plan, with progress in every state.

The wording is the demo's own, modelled on how such plans are written. The yearly plans are dated in
the current year so that "overdue", "due soon" and "waiting for a trigger" mean something today.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from pbgdpl.accounts.models import User
from pbgdpl.org.models import Unit

from . import services
from .models import Plan, PlanSnapshot, Programme, Task, TaskState
from .reminders import send_reminders

ORDER = 30

PURPOSE_977 = (
    "Tổ chức thực hiện kịp thời, đầy đủ các nhiệm vụ của Đề án “Tăng cường năng lực tiếp cận pháp luật của "
    "người dân” theo Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ.\n"
    "Nâng cao trách nhiệm của cơ quan, đơn vị và cán bộ, công chức trong việc bảo đảm cho người dân, doanh "
    "nghiệp tìm hiểu, sử dụng và tuân thủ pháp luật."
)
REQUIREMENTS_977 = (
    "Bám sát mục tiêu, nhiệm vụ của Đề án; lồng ghép với các chương trình phổ biến, giáo dục pháp luật khác.\n"
    "Phân công rõ đơn vị chủ trì, đơn vị phối hợp, thời hạn và sản phẩm; bảo đảm tiết kiệm, hiệu quả."
)
BUDGET = (
    "Kinh phí bố trí trong dự toán chi thường xuyên của cơ quan theo phân cấp ngân sách; lập dự toán, quản lý, "
    "sử dụng và quyết toán theo Thông tư số 56/2023/TT-BTC ngày 18/8/2023 của Bộ trưởng Bộ Tài chính."
)


def _units() -> dict[str, Unit]:
    province = Unit.objects.get(parent=None)
    top = {u.abbreviation: u for u in Unit.objects.filter(parent=province) if u.abbreviation}
    skhcn = top["SKHCN"]
    inner = {f"SKHCN/{u.abbreviation}": u for u in Unit.objects.filter(parent=skhcn)}
    return {**top, **inner, "UBND": province}  # communes also carry the abbreviation "UBND"


def _task(by: Any, plan: Plan, code: str, title: str, lead: str, coord: str = "", timeframe: str = "", **extra: Any) -> Task:
    return services.task_create(by=by, plan=plan, code=code, title=title, lead_text=lead, coordinating_text=coord,
                                timeframe=timeframe, **extra)


def _report(by: Any, task: Task, unit: Unit, state: str, percent: int, note: str = "", reason: str = "",
            on: dt.date | None = None) -> None:
    services.task_report_progress(by=by, task=task, unit=unit, state=state, percent=percent, note=note, reason=reason,
                                  on=on)


def load(log: Any) -> None:
    if Plan.objects.exists():
        log("Kế hoạch: đã có, bỏ qua")
        return
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    if admin is None:
        log("Kế hoạch: chưa có tài khoản quản trị, bỏ qua")
        return
    u = _units()
    today = timezone.localdate()
    year = today.year

    # 1. The province's plan for Đề án 977 (2022-2030).
    p162 = services.plan_create(
        by=admin, unit=u["UBND"], number=162, year=2022, period="2022-2030", date=dt.date(2022, 9, 27), place="Hưng Yên",
        title="Triển khai thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân” trên địa bàn tỉnh "
              "giai đoạn 2022-2030",
        programme=Programme.DE_AN_977, signer_prefix="KT.", signer_title="Phó Chủ tịch", signer_name="Nguyễn Hùng Nam",
        purposes=PURPOSE_977, requirements=REQUIREMENTS_977, audiences="Người dân, doanh nghiệp; cán bộ, công chức, viên chức",
        budget_text=BUDGET, recipients=["Bộ Tư pháp (để báo cáo)", "Thường trực Tỉnh ủy, HĐND tỉnh", "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
                                        "Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường", "Lưu: VT, NC"],
        legal_bases=["Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ phê duyệt Đề án "
                     "“Tăng cường năng lực tiếp cận pháp luật của người dân”"],
    )
    t162 = {
        "1": _task(admin, p162, "1", "Quán triệt, phổ biến nội dung Đề án tới cán bộ, công chức và Nhân dân", "Sở Tư pháp",
                   "Các sở, ban, ngành, đoàn thể tỉnh", "Quý IV/2022", deliverables=["Hội nghị quán triệt", "Tài liệu giới thiệu Đề án"]),
        "2": _task(admin, p162, "2", "Hằng năm ban hành kế hoạch thực hiện Đề án tại cơ quan, đơn vị",
                   "Các sở, ban, ngành, đoàn thể tỉnh", "", "Hằng năm, giai đoạn 2022-2030", deliverables=["Kế hoạch năm"]),
        "3": _task(admin, p162, "3", "Củng cố đường dây nóng, các kênh tiếp nhận, trả lời phản ánh, kiến nghị của người dân",
                   "Các sở, ban, ngành, đoàn thể tỉnh", "", "2022-2030"),
        "4": _task(admin, p162, "4", "Ứng dụng công nghệ thông tin, chuyển đổi số trong hỗ trợ người dân tiếp cận pháp luật",
                   "Sở Khoa học và Công nghệ", "Sở Tư pháp", "2023-2030", deliverables=["Chuyên mục pháp luật trên Cổng TTĐT"]),
        "5": _task(admin, p162, "5", "Sơ kết, tổng kết việc thực hiện Đề án", "Sở Tư pháp", "Các sở, ban, ngành, đoàn thể tỉnh",
                   "2030", deliverables=["Báo cáo sơ kết năm 2025", "Báo cáo tổng kết"]),
    }
    services.plan_transition(by=admin, plan=p162, name="issue")

    # 2. The council's plan for this year, implementing 162/KH-UBND.
    p07 = services.plan_create(
        by=admin, unit=u["HĐPH"], number=7, year=year, date=dt.date(year, 3, 15), place="Hưng Yên", parent=p162,
        title=f"Triển khai thực hiện Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân” năm {year} "
              "trên địa bàn tỉnh",
        programme=Programme.DE_AN_977, signer_prefix="TM.", signer_title="Chủ tịch Hội đồng", signer_name="Nguyễn Hùng Nam",
        purposes=PURPOSE_977, requirements=REQUIREMENTS_977, budget_text=BUDGET,
        recipients=["Sở Tư pháp (cơ quan thường trực)", "Thành viên Hội đồng", "Các sở, ban, ngành, đoàn thể tỉnh", "Lưu: VT"],
        legal_bases=["Kế hoạch số 162/KH-UBND ngày 27/9/2022 của UBND tỉnh",
                     "Quyết định số 977/QĐ-TTg ngày 11/8/2022 của Thủ tướng Chính phủ"],
    )
    t07 = {
        "1": _task(admin, p07, "1", "Tuyên truyền, quán triệt nội dung Đề án và văn bản hướng dẫn trong cơ quan, đơn vị",
                   "Các sở, ban, ngành, đoàn thể tỉnh", "", f"Năm {year}", parent_plan_task=t162["1"]),
        "2": _task(admin, p07, "2", "Khảo sát hiểu biết, kỹ năng và nhu cầu tìm hiểu pháp luật của người dân, doanh nghiệp",
                   "Sở Tư pháp", "Các sở, ban, ngành, đoàn thể tỉnh", f"Quý III/{year}", deliverables=["Báo cáo khảo sát"]),
        "3": _task(admin, p07, "3", "Hướng dẫn kỹ năng tìm hiểu, khai thác pháp luật qua Cổng thông tin và mạng xã hội",
                   "Các sở, ban, ngành, đoàn thể tỉnh", "", f"Năm {year}, khi có hướng dẫn của Sở Tư pháp", trigger_days=20),
        "4": _task(admin, p07, "4", "Duy trì đường dây nóng, kênh tiếp nhận phản ánh, kiến nghị; công khai kết quả trả lời",
                   "Các sở, ban, ngành, đoàn thể tỉnh", "", f"Năm {year}", parent_plan_task=t162["3"]),
        "5": _task(admin, p07, "5", "Cử công chức tham gia bồi dưỡng báo cáo viên, tuyên truyền viên pháp luật",
                   "Các sở, ban, ngành, đoàn thể tỉnh", "", "khi có yêu cầu của Sở Tư pháp", trigger_days=10),
        "6": _task(admin, p07, "6", f"Báo cáo kết quả thực hiện Đề án năm {year} gửi Sở Tư pháp",
                   "Các sở, ban, ngành, đoàn thể tỉnh", "", f"trước ngày 15/11/{year}", deliverables=["Báo cáo năm"]),
    }
    services.plan_transition(by=admin, plan=p07, name="issue")

    # 3. The department's yearly PBGDPL plan.
    skhcn, ttr, vp, hcth, tttk = u["SKHCN"], u["SKHCN/TTr"], u["SKHCN/VP"], u["SKHCN/HCTH"], u["SKHCN/TTTK"]
    signer: dict[str, Any] = {"signer_prefix": "KT.", "signer_title": "Phó Giám đốc", "signer_name": "Nguyễn Văn Hùng"}
    p21 = services.plan_create(
        by=admin, unit=skhcn, number=21, year=year, date=dt.date(year, 1, 26), place="Hưng Yên", programme=Programme.YEARLY,
        title=f"Công tác phổ biến, giáo dục pháp luật năm {year} của Sở Khoa học và Công nghệ", **signer,
        purposes="Thực hiện có hiệu quả công tác phổ biến, giáo dục pháp luật trong lĩnh vực khoa học, công nghệ, "
                 "đổi mới sáng tạo và chuyển đổi số.",
        requirements="Bám sát nhiệm vụ chuyên môn; đa dạng hình thức; gắn phổ biến pháp luật với chuyển đổi số.",
        budget_text=BUDGET, budget_amount=45_000_000,
        recipients=["UBND tỉnh (để báo cáo)", "Sở Tư pháp (để theo dõi)", "Giám đốc, các Phó Giám đốc Sở",
                    "Các phòng, đơn vị thuộc Sở", "Lưu: VT, TTr"],
        legal_bases=["Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư",
                     "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13"],
    )
    t21 = {
        "1": _task(admin, p21, "1", "Ban hành kế hoạch tổng kết công tác phổ biến, giáo dục pháp luật của Sở", "Phòng Hành chính - Tổng hợp",
                   "Các phòng, đơn vị", f"Quý II/{year}"),
        "2": _task(admin, p21, "2", "Đăng tải văn bản pháp luật mới về khoa học và công nghệ trên Cổng thông tin điện tử của Sở",
                   "Trung tâm Thông tin, Thống kê, Ứng dụng khoa học và công nghệ", "Thanh tra Sở", "Cả năm",
                   deliverables=["Tin, bài trên Cổng TTĐT"]),
        "3": _task(admin, p21, "3", "Hưởng ứng Ngày Pháp luật Việt Nam 9/11", "Phòng Hành chính - Tổng hợp", "Các phòng, đơn vị",
                   f"Cả năm; cao điểm từ ngày 01/11 đến ngày 09/11/{year}", deliverables=["Báo cáo hưởng ứng"]),
        "4": _task(admin, p21, "4", "Báo cáo công tác phổ biến, giáo dục pháp luật 6 tháng đầu năm", "Thanh tra Sở", "Các phòng, đơn vị",
                   "trước ngày 01/6", deliverables=["Báo cáo 6 tháng"]),
        "5": _task(admin, p21, "5", "Rà soát, bổ sung tủ sách pháp luật của cơ quan", "Văn phòng Sở", "", f"Quý III/{year}"),
        "6": _task(admin, p21, "6", "Tham gia cuộc thi tìm hiểu pháp luật trực tuyến của tỉnh", "Các phòng, đơn vị", "",
                   "theo hướng dẫn của Sở Tư pháp", trigger_days=15),
        "III.1": _task(admin, p21, "III.1", "Tham mưu Giám đốc Sở chỉ đạo, theo dõi, đôn đốc thực hiện Kế hoạch",
                       "Thanh tra Sở", "", "Thường xuyên", standing=True),
    }
    services.plan_transition(by=admin, plan=p21, name="issue")

    # 4. The department's Đề án 977 plan, implementing the council's plan.
    p45 = services.plan_create(
        by=admin, unit=skhcn, number=45, year=year, date=dt.date(year, 3, 28), place="Hưng Yên", parent=p07,
        programme=Programme.DE_AN_977, **signer,
        title=f"Triển khai Đề án “Tăng cường năng lực tiếp cận pháp luật của người dân” tại Sở Khoa học và Công nghệ năm {year}",
        purposes=PURPOSE_977, requirements=REQUIREMENTS_977, budget_text=BUDGET,
        recipients=["UBND tỉnh (để báo cáo)", "Sở Tư pháp (để theo dõi)", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, TTr"],
        legal_bases=[f"Kế hoạch số 07/KH-HĐPH ngày 15/3/{year} của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
                     f"Kế hoạch số 21/KH-SKHCN ngày 26/01/{year} của Sở Khoa học và Công nghệ"],
    )
    t45 = {
        "1": _task(admin, p45, "1", "Tuyên truyền, quán triệt nội dung Đề án trong các phòng, đơn vị", "Thanh tra Sở",
                   "Các phòng, đơn vị", f"Năm {year}", parent_plan_task=t07["1"]),
        "2": _task(admin, p45, "2", "Nâng cao nhận thức và thói quen tìm hiểu pháp luật của người dân", "Thanh tra Sở"),
    }
    t45["2.1"] = _task(admin, p45, "2.1", "Thông tin về ý nghĩa của pháp luật và kết quả thực hiện Đề án trên Cổng thông tin điện tử, "
                       "Bản tin Khoa học và Công nghệ", "Các phòng, đơn vị", "", f"Năm {year}", parent=t45["2"])
    t45["2.2"] = _task(admin, p45, "2.2", "Khảo sát nhu cầu tìm hiểu pháp luật của tổ chức, cá nhân trong lĩnh vực khoa học và công nghệ",
                       "Thanh tra Sở", "Các phòng, đơn vị", f"Quý II/{year}", parent=t45["2"], parent_plan_task=t07["2"])
    t45["2.3"] = _task(admin, p45, "2.3", "Hướng dẫn kỹ năng tìm hiểu, khai thác pháp luật cho công chức và tổ chức, cá nhân liên quan",
                       "Thanh tra Sở", "Các phòng, đơn vị", f"Năm {year}, khi nhận được hướng dẫn, yêu cầu của Sở Tư pháp",
                       parent=t45["2"], parent_plan_task=t07["3"], trigger_days=20)
    t45["2.4"] = _task(admin, p45, "2.4", "Củng cố đường dây nóng, kênh tiếp nhận, trả lời phản ánh, kiến nghị", "Thanh tra Sở",
                       "Các phòng, đơn vị", f"Năm {year}", parent=t45["2"], parent_plan_task=t07["4"])
    t45["3"] = _task(admin, p45, "3", "Cử công chức tham gia bồi dưỡng báo cáo viên, tuyên truyền viên pháp luật", "Thanh tra Sở",
                     "Các phòng, đơn vị", f"Năm {year}, khi nhận được hướng dẫn, yêu cầu của Sở Tư pháp",
                     parent_plan_task=t07["5"], trigger_days=10)
    t45["4"] = _task(admin, p45, "4", "Bảo đảm kinh phí, phương tiện phục vụ người dân tiếp cận pháp luật", "Văn phòng Sở",
                     "Các phòng, đơn vị", f"Quý I/{year + 1}" if today.month > 6 else f"Năm {year}")
    t45["5"] = _task(admin, p45, "5", f"Báo cáo kết quả thực hiện Đề án năm {year}", "Thanh tra Sở", "Các phòng, đơn vị",
                     f"trước ngày 10/11/{year}", parent_plan_task=t07["6"], deliverables=["Báo cáo năm"])
    t45["III.1"] = _task(admin, p45, "III.1", "Đăng tải kịp thời văn bản pháp luật về khoa học và công nghệ; duy trì chuyên mục "
                         "phổ biến, giáo dục pháp luật trên Cổng thông tin điện tử của Sở",
                         "Trung tâm Thông tin, Thống kê, Ứng dụng khoa học và công nghệ", "", "Thường xuyên", standing=True)
    services.plan_transition(by=admin, plan=p45, name="issue")

    # 5. The Đề án 407 communication plan (drafts with a large social impact).
    p52 = services.plan_create(
        by=admin, unit=skhcn, number=52, year=year, date=dt.date(year, 4, 8), place="Hưng Yên", programme=Programme.DE_AN_407,
        title=f"Truyền thông dự thảo văn bản quy phạm pháp luật, chính sách có tác động lớn đến xã hội năm {year}", **signer,
        purposes="Bảo đảm 100% dự thảo chính sách có tác động lớn đến xã hội do Sở chủ trì soạn thảo được truyền thông "
                 "trong quá trình xây dựng văn bản.",
        requirements="Nội dung truyền thông nêu rõ sự cần thiết, mục đích, phạm vi, đối tượng, nội dung cơ bản và những "
                     "điểm mới; tiếp thu, giải trình ý kiến và công khai kết quả.",
        recipients=["UBND tỉnh (để báo cáo)", "Sở Tư pháp", "Các phòng, đơn vị thuộc Sở", "Lưu: VT"],
        legal_bases=["Quyết định số 407/QĐ-TTg ngày 30/3/2022 của Thủ tướng Chính phủ"],
    )
    t52 = {
        "1": _task(admin, p52, "1", "Lập danh mục dự thảo chính sách cần truyền thông trong năm", "Thanh tra Sở", "Các phòng, đơn vị",
                   f"Quý II/{year}", deliverables=["Danh mục dự thảo"]),
        "2": _task(admin, p52, "2", "Đăng tải dự thảo và nội dung truyền thông trên Cổng thông tin điện tử của Sở",
                   "Trung tâm Thông tin, Thống kê, Ứng dụng khoa học và công nghệ", "Phòng, đơn vị được giao chủ trì soạn thảo",
                   "khi có dự thảo được giao soạn thảo", trigger_days=5),
        "3": _task(admin, p52, "3", "Tổ chức đối thoại, tọa đàm lấy ý kiến doanh nghiệp về dự thảo", "Phòng Quản lý khoa học",
                   "Văn phòng Sở", f"Quý III/{year}", deliverables=["Biên bản đối thoại"]),
        "4": _task(admin, p52, "4", "Tiếp thu, giải trình ý kiến và công khai kết quả", "Phòng Quản lý khoa học", "", f"Năm {year}"),
    }
    services.plan_transition(by=admin, plan=p52, name="issue")

    # Progress in every state (dates relative to the plans).
    leader = User.objects.filter(username="lanhdao.skhcn").first() or admin
    focal = User.objects.filter(username="daumoi.skhcn").first() or admin
    _report(focal, t45["1"], ttr, TaskState.DONE, 100, "Đã quán triệt tại hội nghị cán bộ, công chức ngày 10/4.",
            on=dt.date(year, 4, 12))
    services.task_approve(by=leader, task=t45["1"])
    _report(focal, t45["2.1"], ttr, TaskState.IN_PROGRESS, 60, "Đã đăng 14 tin, bài; tiếp tục đến cuối năm.")
    _report(focal, t45["2.1"], u["SKHCN/TTTK"], TaskState.IN_PROGRESS, 70, "Chuyên mục đã cập nhật hằng tháng.")
    _report(focal, t45["2.2"], ttr, TaskState.IN_PROGRESS, 40, "Đã xây dựng phiếu khảo sát, chưa tổng hợp.")  # overdue
    _report(focal, t45["2.4"], ttr, TaskState.IN_PROGRESS, 80, "Đường dây nóng hoạt động; đã trả lời 23 phản ánh.")
    _report(focal, t45["4"], vp, TaskState.NOT_DONE, 0, reason="Chưa được bố trí kinh phí bổ sung trong năm.")
    _report(focal, t21["1"], hcth, TaskState.DONE, 100, "Đã ban hành kế hoạch.", on=dt.date(year, 7, 10))  # done late
    _report(focal, t21["2"], tttk, TaskState.IN_PROGRESS, 75, "Đăng tải đều đặn trên Cổng thông tin.")
    _report(focal, t21["4"], ttr, TaskState.DONE, 100, "Đã gửi báo cáo 6 tháng.", on=dt.date(year, 5, 28))
    _report(focal, t52["1"], ttr, TaskState.DONE, 100, "Danh mục gồm 3 dự thảo.", on=dt.date(year, 5, 20))
    _report(focal, t52["3"], u["SKHCN/QLKH"], TaskState.IN_PROGRESS, 30, "Đã tổ chức 1/3 cuộc đối thoại.")

    # Progress over time for the charts: weekly snapshots rising to today's figures.
    from .selectors import counts_by_plan

    now_counts = counts_by_plan(Plan.objects.all(), today)
    for weeks_ago in range(10, 0, -1):
        on = today - dt.timedelta(weeks=weeks_ago)
        share = (10 - weeks_ago) / 10
        for plan_id, c in now_counts.items():
            done = round(c.done * share)
            PlanSnapshot.objects.get_or_create(plan_id=plan_id, on=on, defaults={
                "done": done, "in_progress": c.in_progress, "overdue": max(c.overdue - 1, 0) if weeks_ago > 5 else c.overdue,
                "waiting": c.waiting, "total": c.total, "percent": round(100 * done / c.total) if c.total else 0})
    result = send_reminders(today=today, days_ahead=14, email=False)
    log(f"Kế hoạch: {Plan.objects.count()} kế hoạch, {Task.objects.count()} nhiệm vụ, "
        f"{result.notifications} thông báo nhắc việc")
