"""The configuration shipped with the platform: forms of dissemination (Luật PBGDPL 2012, Điều 11), audience
groups, budget items, report types, the default PBGDPL indicator set and the yearly schedules.

All of it is data an admin can change; :func:`seed` is run by a data migration with historical models and
:func:`add_schedules` adds a year's report calendar (``pbgdpl reporting_year 2027``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

# code, name, short code used in indicator codes
FORMS = [
    ("hoi-nghi", "Hội nghị, tập huấn, bồi dưỡng, tọa đàm", "HN"),
    ("truc-tiep", "Phổ biến pháp luật trực tiếp", "TT"),
    ("tu-van", "Tư vấn, giải đáp pháp luật", "TV"),
    ("tai-lieu", "Cung cấp thông tin, tài liệu pháp luật", "TL"),
    ("bao-chi", "Tin, bài trên báo chí, phát thanh, truyền hình", "BC"),
    ("cong-ttdt", "Tin, bài trên cổng, trang thông tin điện tử", "CT"),
    ("mang-xa-hoi", "Tin, bài trên mạng xã hội", "MXH"),
    ("thi", "Thi tìm hiểu pháp luật", "THI"),
    ("ngay-phap-luat", "Hoạt động hưởng ứng Ngày Pháp luật", "NPL"),
    ("cau-lac-bo", "Câu lạc bộ pháp luật", "CLB"),
    ("tu-sach", "Tủ sách pháp luật", "TS"),
    ("loa", "Loa truyền thanh, xe thông tin lưu động", "LOA"),
    ("truong-hoc", "Giáo dục pháp luật trong nhà trường", "TH"),
    ("khac", "Hình thức khác", "KHAC"),
]
ITEM_FORMS = {"bao-chi", "cong-ttdt", "mang-xa-hoi"}  # their "sessions" are news items

# code, name, special group, short code
AUDIENCES = [
    ("can-bo", "Cán bộ, công chức, viên chức", False, "CB"),
    ("nguoi-lao-dong", "Người lao động", False, "LD"),
    ("doanh-nghiep", "Doanh nghiệp", False, "DN"),
    ("nguoi-dan", "Người dân", False, "ND"),
    ("hoc-sinh", "Học sinh, sinh viên", False, "HS"),
    ("dan-toc", "Đồng bào dân tộc thiểu số", True, "DTTS"),
    ("khuyet-tat", "Người khuyết tật", True, "NKT"),
    ("ho-ngheo", "Người thuộc hộ nghèo", True, "HN"),
    ("tre-em", "Trẻ em", True, "TE"),
]

BUDGET_ITEMS = [
    ("hoi-nghi", "Tổ chức hội nghị, tập huấn"),
    ("bien-soan", "Biên soạn, in ấn, phát hành tài liệu"),
    ("truyen-thong", "Truyền thông, tin, bài"),
    ("thi", "Tổ chức thi, giải thưởng"),
    ("khac", "Chi khác"),
]

REPORT_TYPES = [
    ("semiannual", "Báo cáo 6 tháng", "half"),
    ("annual", "Báo cáo năm", "year"),
    ("annual-official", "Báo cáo năm chính thức", "year"),
    ("adhoc", "Báo cáo đột xuất", "adhoc"),
]

DEFAULT_SET = "pbgdpl-2025"


def default_indicators() -> list[dict[str, Any]]:
    """The default PBGDPL form, as plain dicts (the same shape as the JSON import)."""
    rows: list[dict[str, Any]] = []

    def add(code: str, label: str, unit: str, rule: str, section: str, **extra: Any) -> None:
        rows.append({"code": code, "label": label, "unit": unit, "rule": rule, "section": section,
                     "metric": extra.get("metric", ""), "forms": extra.get("forms", []),
                     "audiences": extra.get("audiences", []), "formula": extra.get("formula", "")})

    total = "I. Tổng hợp chung"
    add("TONG_HD", "Tổng số hoạt động PBGDPL", "hoạt động", "count", total)
    add("TONG_BUOI", "Tổng số cuộc, buổi, tin bài", "cuộc", "sum", total, metric="sessions")
    add("TONG_NG", "Tổng số lượt người được phổ biến", "lượt người", "sum", total, metric="participants")
    add("TONG_NU", "Trong đó: nữ", "lượt người", "sum", total, metric="women")
    add("NU_TYLE", "Tỷ lệ nữ", "%", "formula", total, formula="TONG_NU / TONG_NG * 100")
    section = "II. Theo hình thức"
    for code, name, short in FORMS:
        items = code in ITEM_FORMS
        add(f"{short}_SO", f"{name}: số {'tin, bài' if items else 'cuộc, buổi'}", "tin, bài" if items else "cuộc",
            "sum", section, metric="sessions", forms=[code])
        if not items:
            add(f"{short}_NG", f"{name}: số lượt người", "lượt người", "sum", section, metric="participants",
                forms=[code])
    section = "III. Theo đối tượng"
    for code, name, special, short in AUDIENCES:
        label = f"{'Đối tượng đặc thù — ' if special else ''}{name}: số lượt người"
        add(f"DT_{short}", label, "lượt người", "sum", section, metric="participants", audiences=[code])
    section = "IV. Tài liệu, thi, tủ sách"
    add("TL_BAN", "Số bản tài liệu phát hành", "bản", "sum", section, metric="copies")
    add("THI_CUOC", "Số cuộc thi tìm hiểu pháp luật", "cuộc", "count", section, forms=["thi"])
    add("THI_NG_DU", "Số lượt người dự thi", "lượt người", "sum", section, metric="participants", forms=["thi"])
    add("TS_MOI", "Số tủ sách pháp luật xây dựng, bổ sung trong kỳ", "tủ", "count", section, forms=["tu-sach"])
    add("TS_HIENCO", "Số tủ sách pháp luật hiện có", "tủ", "manual", section)
    add("BCV", "Số báo cáo viên pháp luật", "người", "manual", section)
    add("TTV", "Số tuyên truyền viên pháp luật", "người", "manual", section)
    section = "V. Kinh phí"
    add("KP_CHI", "Kinh phí đã chi cho PBGDPL", "đồng", "sum", section, metric="cost")
    add("KP_GIAO", "Kinh phí được giao trong năm", "đồng", "manual", section)
    add("KP_TYLE", "Tỷ lệ giải ngân", "%", "formula", section, formula="KP_CHI / KP_GIAO * 100")
    return rows


def schedules_for(year: int) -> list[dict[str, Any]]:
    """A year's reports. Units (phòng, đơn vị) send the 6-month report before 01/6 and the annual before 01/12
    (the province's plan); the levels above report on the TT 03/2019/TT-BTP receipt dates. 6-month actual data
    runs 01/01-31/5, annual actual data to 30/11, the official annual report covers the whole year."""
    d = dt.date
    return [
        {"type": "semiannual", "period": f"{year}-H1", "start": d(year, 1, 1), "cutoff": d(year, 5, 31),
         "default_due": d(year, 6, 6),
         "deadlines": {"internal": d(year, 6, 1), "department": d(year, 6, 6), "organisation": d(year, 6, 6),
                       "commune": d(year, 6, 6), "district": d(year, 6, 6), "province": d(year, 6, 15)}},
        {"type": "annual", "period": f"{year}", "start": d(year, 1, 1), "cutoff": d(year, 11, 30),
         "default_due": d(year, 12, 6),
         "deadlines": {"internal": d(year, 12, 1), "department": d(year, 12, 6), "organisation": d(year, 12, 6),
                       "commune": d(year, 12, 6), "district": d(year, 12, 6), "province": d(year, 12, 15)}},
        {"type": "annual-official", "period": f"{year}", "start": d(year, 1, 1), "cutoff": d(year, 12, 31),
         "default_due": d(year + 1, 1, 20),
         "deadlines": {"internal": d(year + 1, 1, 10), "department": d(year + 1, 1, 20),
                       "organisation": d(year + 1, 1, 20), "commune": d(year + 1, 1, 20),
                       "province": d(year + 1, 1, 31)}},
    ]


def add_schedules(models: Any, year: int, indicator_set: Any) -> int:
    """Create the year's schedules that are missing; ``models`` maps names to model classes."""
    made = 0
    for spec in schedules_for(year):
        rtype = models["ReportType"].objects.get(code=spec["type"])
        schedule, created = models["Schedule"].objects.get_or_create(
            report_type=rtype, period=spec["period"],
            defaults={"year": year, "start": spec["start"], "cutoff": spec["cutoff"],
                      "default_due": spec["default_due"], "indicator_set": indicator_set,
                      "title": f"{rtype.name} {spec['period']}"})
        if created:
            made += 1
            for unit_type, due in spec["deadlines"].items():
                models["Deadline"].objects.create(schedule=schedule, unit_type=unit_type, due=due)
    return made


def seed(models: Any) -> None:
    for order, (code, name, _short) in enumerate(FORMS, start=1):
        models["Form"].objects.get_or_create(code=code, defaults={"name": name, "sort_order": order})
    for order, (code, name, special, _short) in enumerate(AUDIENCES, start=1):
        models["AudienceGroup"].objects.get_or_create(code=code, defaults={"name": name, "is_special": special,
                                                                          "sort_order": order})
    for order, (code, name) in enumerate(BUDGET_ITEMS, start=1):
        models["BudgetItem"].objects.get_or_create(code=code, defaults={"name": name, "sort_order": order})
    for order, (code, name, kind) in enumerate(REPORT_TYPES, start=1):
        models["ReportType"].objects.get_or_create(code=code, defaults={"name": name, "period_kind": kind,
                                                                       "sort_order": order})
    iset, created = models["IndicatorSet"].objects.get_or_create(
        code=DEFAULT_SET, defaults={"name": "Biểu mẫu thống kê PBGDPL (mặc định)",
                                    "legal_basis": "Thông tư 03/2019/TT-BTP (cột mẫu có thể sửa)"})
    if created:
        for order, row in enumerate(default_indicators(), start=1):
            models["Indicator"].objects.create(
                indicator_set=iset, code=row["code"], label=row["label"], unit_label=row["unit"],
                section=row["section"], rule=row["rule"], metric=row["metric"], forms=row["forms"],
                audiences=row["audiences"], formula=row["formula"], sort_order=order)
    for year in (2024, 2025, 2026):
        add_schedules(models, year, iset)


def ensure_seeded() -> None:
    """Put the shipped configuration back when a database was flushed (the data migration ran before)."""
    from . import models as m

    if m.Schedule.objects.exists() and m.Form.objects.exists():
        return
    names = ["Form", "AudienceGroup", "BudgetItem", "ReportType", "IndicatorSet", "Indicator", "Schedule", "Deadline"]
    seed({name: getattr(m, name) for name in names})
