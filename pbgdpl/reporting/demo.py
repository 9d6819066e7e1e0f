"""Demo data: two years of dissemination activities across the demo province, and reports at every stage.

Generated with a seeded random generator, so every run gives the same data. Activities respect the unit
tree's dated history (the ICT department until 01/3/2025, districts until 01/7/2025, communes after).
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from django.utils import timezone

from pbgdpl.accounts.models import User
from pbgdpl.org.models import Unit, UnitType

from . import aggregation, services
from .models import (
    Activity,
    ActivityAudience,
    ActivityCost,
    AudienceGroup,
    BudgetItem,
    Form,
    Schedule,
    Submission,
    SubmissionEvent,
)

ORDER = 50
SEED = 20250101
PER_YEAR = {2024: 1200, 2025: 2600}

LAWS = [
    ("14/2012/QH13", "Luật Phổ biến, giáo dục pháp luật"),
    ("64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"),
    ("72/2025/QH15", "Luật Tổ chức chính quyền địa phương"),
    ("104/2016/QH13", "Luật Tiếp cận thông tin"),
    ("45/2019/QH14", "Bộ luật Lao động"),
    ("91/2015/QH13", "Bộ luật Dân sự"),
    ("59/2020/QH14", "Luật Doanh nghiệp"),
    ("31/2024/QH15", "Luật Đất đai"),
    ("50/2005/QH11", "Luật Sở hữu trí tuệ"),
    ("52/2014/QH13", "Luật Hôn nhân và gia đình"),
]
# form code: (title pattern, typical sessions, people range, share of the year's activities)
FORM_PLAN: dict[str, tuple[str, tuple[int, int], tuple[int, int], int]] = {
    "hoi-nghi": ("Hội nghị phổ biến {law}", (1, 2), (40, 250), 16),
    "truc-tiep": ("Tuyên truyền trực tiếp {law} tại cơ sở", (1, 3), (20, 120), 14),
    "tu-van": ("Tư vấn, giải đáp pháp luật về {law}", (1, 6), (3, 40), 10),
    "tai-lieu": ("Phát tài liệu hỏi đáp {law}", (1, 1), (0, 0), 8),
    "bao-chi": ("Tin, bài giới thiệu {law} trên báo, đài", (1, 4), (0, 0), 8),
    "cong-ttdt": ("Đăng tin, bài về {law} trên Cổng thông tin điện tử", (1, 5), (0, 0), 12),
    "mang-xa-hoi": ("Đăng bài về {law} trên trang mạng xã hội", (1, 6), (0, 0), 9),
    "thi": ("Cuộc thi tìm hiểu {law}", (1, 1), (150, 2500), 2),
    "ngay-phap-luat": ("Hưởng ứng Ngày Pháp luật: chuyên đề {law}", (1, 2), (50, 300), 3),
    "cau-lac-bo": ("Sinh hoạt câu lạc bộ pháp luật: {law}", (1, 1), (15, 60), 4),
    "tu-sach": ("Bổ sung tủ sách pháp luật: {law}", (1, 1), (0, 0), 2),
    "loa": ("Phát thanh {law} trên loa truyền thanh cơ sở", (2, 10), (0, 0), 6),
    "truong-hoc": ("Ngoại khóa giáo dục pháp luật: {law}", (1, 2), (80, 600), 4),
    "khac": ("Lồng ghép phổ biến {law} trong tiếp công dân", (1, 2), (5, 30), 2),
}
AUDIENCE_BY_UNIT: dict[str, list[str]] = {
    UnitType.COMMUNE: ["nguoi-dan", "ho-ngheo", "tre-em", "dan-toc", "khuyet-tat"],
    UnitType.DISTRICT: ["nguoi-dan", "can-bo", "hoc-sinh", "ho-ngheo"],
    UnitType.INTERNAL: ["can-bo", "doanh-nghiep", "nguoi-lao-dong"],
}
DEFAULT_AUDIENCES = ["can-bo", "doanh-nghiep", "nguoi-lao-dong", "nguoi-dan", "hoc-sinh"]


def _reporting_units() -> list[Unit]:
    return list(Unit.objects.exclude(type__in=[UnitType.PROVINCE, UnitType.COUNCIL]).order_by("path"))


def _day_in(rng: random.Random, unit: Unit, year: int) -> dt.date | None:
    start = max(dt.date(year, 1, 2), unit.valid_from or dt.date(year, 1, 2))
    end = min(dt.date(year, 12, 30), (unit.valid_to - dt.timedelta(days=1)) if unit.valid_to else dt.date(year, 12, 30),
              timezone.localdate() - dt.timedelta(days=1))
    if start > end:
        return None
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    if day.month == 11 and rng.random() < 0.2:  # Law Day season
        day = day.replace(day=min(9, day.day))
    return day


def _activities(rng: random.Random, year: int, count: int, creator: User | None) -> None:
    units = [u for u in _reporting_units() if _day_in(random.Random(0), u, year)]
    weights = [5 if u.type == UnitType.COMMUNE else 3 if u.type == UnitType.DEPARTMENT else 2 for u in units]
    forms = {f.code: f for f in Form.objects.all()}
    groups = {g.code: g for g in AudienceGroup.objects.all()}
    items = list(BudgetItem.objects.all())
    codes = list(FORM_PLAN)
    form_weights = [FORM_PLAN[c][3] for c in codes]
    rows: list[Activity] = []
    people_rows: list[tuple[int, list[tuple[AudienceGroup, int, int]]]] = []
    costs: list[tuple[int, BudgetItem, Decimal]] = []
    now = timezone.now()
    for _ in range(count):
        unit = rng.choices(units, weights)[0]
        day = _day_in(rng, unit, year)
        if day is None:
            continue
        code = rng.choices(codes, form_weights)[0]
        pattern, sessions, people, _share = FORM_PLAN[code]
        number, law = rng.choice(LAWS)
        total = rng.randint(*people)
        women = int(total * rng.uniform(0.3, 0.6))
        copies = total if code in ("hoi-nghi", "truc-tiep") else rng.randint(100, 2000) if code == "tai-lieu" else 0
        split: list[tuple[AudienceGroup, int, int]] = []
        if total:
            choices = AUDIENCE_BY_UNIT.get(unit.type, DEFAULT_AUDIENCES)
            chosen = rng.sample(choices, k=min(len(choices), rng.randint(1, 2)))
            left, left_w = total, women
            for position, gcode in enumerate(chosen):
                share = left if position == len(chosen) - 1 else rng.randint(0, left)
                share_w = min(share, left_w if position == len(chosen) - 1 else rng.randint(0, left_w))
                left, left_w = left - share, left_w - share_w
                split.append((groups[gcode], share, share_w))
        cost = Decimal(0)
        if code in ("hoi-nghi", "thi", "tai-lieu", "ngay-phap-luat") and rng.random() < 0.7:
            item = items[{"hoi-nghi": 0, "tai-lieu": 1, "thi": 3}.get(code, 4)]
            cost = Decimal(rng.randint(3, 60) * 500_000)
            costs.append((len(rows), item, cost))
        rows.append(Activity(
            unit=unit, title=pattern.format(law=law), date_from=day,
            date_to=day + dt.timedelta(days=rng.randint(1, 20)) if code == "thi" and day.month < 12 else None,
            form=forms[code], sessions=rng.randint(*sessions), participants=total, women=women, copies=copies,
            cost=cost, laws=number, commune=unit if unit.type == UnitType.COMMUNE else None,
            created_by=creator, created_at=now, updated_at=now))
        people_rows.append((len(rows) - 1, split))
    index_to_row = rows
    Activity.objects.bulk_create(rows, batch_size=1000)
    ActivityAudience.objects.bulk_create(
        [ActivityAudience(activity=index_to_row[i], group=g, participants=p, women=w)
         for i, split in people_rows for g, p, w in split if p], batch_size=2000)
    ActivityCost.objects.bulk_create([ActivityCost(activity=index_to_row[i], item=item, amount=amount)
                                      for i, item, amount in costs], batch_size=2000)


def _at(day: dt.date, hour: int = 9) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def _backdate(submission: Submission, day: dt.date) -> None:
    """Demo only: the reports were sent back then, not today."""
    Submission.objects.filter(pk=submission.pk).update(first_submitted_at=_at(day), submitted_at=_at(day))
    SubmissionEvent.objects.filter(submission=submission, action="submit").update(at=_at(day))


def _reports() -> None:
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    focal = User.objects.filter(username="daumoi.skhcn").first() or admin
    leader = User.objects.filter(username="lanhdao.skhcn").first() or admin
    reviewer = User.objects.filter(username="thamdinh.stp").first() or admin
    province = Unit.objects.filter(parent=None).first()
    if province is None or admin is None:
        return
    skhcn = Unit.objects.filter(abbreviation="SKHCN", parent=province).first()
    by_abbr = {u.abbreviation: u for u in Unit.objects.filter(parent=province)}
    communes = list(Unit.objects.filter(type=UnitType.COMMUNE).order_by("sort_order"))

    def run(unit: Unit, schedule: Schedule, steps: list[tuple[str, Any, str]], sent: dt.date | None = None) -> None:
        sub = services.submission_create(by=admin, unit=unit, schedule=schedule)
        if steps and steps[0][0] == "notes":
            services.submission_edit(by=admin, submission=sub, manual={"BCV": 12, "TTV": 30, "TS_HIENCO": 4,
                                                                       "KP_GIAO": 150_000_000},
                                     notes={"results": steps[0][2]})
            steps = steps[1:]
        for action, who, comment in steps:
            services.submission_transition(by=who, submission=sub, action=action, comment=comment)
            if action == "submit" and sent is not None:
                _backdate(sub, sent)
                sent = None

    note = ("Tổ chức hội nghị quán triệt, tuyên truyền các luật mới; đăng tin, bài trên Cổng thông tin điện tử; "
            "bổ sung tủ sách pháp luật.")
    for year in (2024, 2025):
        annual = Schedule.objects.get(report_type__code="annual", period=str(year))
        h1 = Schedule.objects.get(report_type__code="semiannual", period=f"{year}-H1")
        if skhcn is not None:
            for position, unit in enumerate(skhcn.children.active_on(h1.cutoff).order_by("sort_order")):
                run(unit, h1, [("submit", focal, ""), ("approve", leader, "")], dt.date(year, 5, 28 + position % 4))
            approve = [("notes", None, note), ("submit", focal, ""), ("approve", reviewer, "")]
            run(skhcn, h1, approve, dt.date(year, 6, 5))
            if year == 2024:
                for unit in skhcn.children.active_on(annual.cutoff):
                    run(unit, annual, [("submit", focal, ""), ("approve", leader, "")], dt.date(year, 11, 29))
                run(skhcn, annual, approve, dt.date(year, 12, 5))
        if year == 2025:
            if "STP" in by_abbr:
                run(by_abbr["STP"], h1, [("notes", None, note), ("submit", admin, "")], dt.date(2025, 6, 4))
            if "SVHTTDL" in by_abbr:
                run(by_abbr["SVHTTDL"], h1, [("submit", admin, ""), ("return", reviewer,
                                                                     "Đề nghị bổ sung số liệu theo đối tượng đặc thù.")],
                    dt.date(2025, 6, 9))
            if "SGDĐT" in by_abbr:
                run(by_abbr["SGDĐT"], h1, [("notes", None, "Đang tổng hợp.")])
            if skhcn is not None:
                for position, unit in enumerate(skhcn.children.active_on(annual.cutoff).order_by("sort_order")):
                    if position < 5:
                        run(unit, annual, [("submit", focal, ""), ("approve", leader, "")], dt.date(2025, 11, 28))
                    elif position < 7:
                        run(unit, annual, [("submit", focal, "")], dt.date(2025, 12, 2))
                run(skhcn, annual, [("notes", None, note)])
            for position, commune in enumerate(communes[:4]):
                steps = [("submit", admin, "")] + ([("approve", reviewer, "")] if position < 2 else [])
                run(commune, annual, steps, dt.date(2025, 12, 3 + position))


def load(log: Any) -> None:
    if Activity.objects.exists():
        log("Hoạt động, báo cáo: đã có, bỏ qua")
        return
    if not Unit.objects.exists():
        log("Hoạt động: chưa có đơn vị, bỏ qua")
        return
    from .defaults import ensure_seeded

    ensure_seeded()
    rng = random.Random(SEED)
    creator = User.objects.filter(is_superuser=True).order_by("pk").first()
    for year, count in PER_YEAR.items():
        _activities(rng, year, count, creator)
    aggregation.rebuild_facts()
    if creator is not None:
        with services.silenced():
            _reports()
    log(f"Hoạt động PBGDPL: {Activity.objects.count()}; báo cáo: {Submission.objects.count()}")
