"""Reads of the narrative app: the register (with issued plans read through), the period's statistics and plan
progress, and the report's sections rendered from their templates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from pbgdpl.core.text import format_date
from pbgdpl.org.models import Unit
from pbgdpl.plans.models import Assignment, AssignmentRole, Plan, PlanStatus, Task, TaskState
from pbgdpl.plans.selectors import bucket_q, counts_for, leaf_q
from pbgdpl.reporting import aggregation
from pbgdpl.reporting import selectors as reporting_selectors
from pbgdpl.reporting.models import Indicator, Rule, Schedule, Status, Submission

from . import templating
from .models import DocKind, OutgoingDocument, ReportDocument

ISSUED = (PlanStatus.ISSUED, PlanStatus.CLOSED)


# --- Register --------------------------------------------------------------------------------


@dataclass
class Entry:
    """One line of the register: an entry made here, or an issued plan read from the plans app."""

    unit: Unit
    number: int | None
    symbol: str
    date: dt.date
    kind: str
    summary: str
    source: str  # "register" or "plan"
    pk: int

    @property
    def number_symbol(self) -> str:
        if self.number is None:
            return f"/{self.symbol}"
        return f"{self.number:02d}/{self.symbol}" if self.symbol else f"{self.number:02d}"

    @property
    def kind_label(self) -> str:
        try:
            return str(DocKind(self.kind).label)
        except ValueError:
            return self.kind

    @property
    def url(self) -> str:
        from django.urls import reverse

        if self.source == "plan":
            return reverse("plans:plan", args=[self.pk])
        return reverse("narrative:register-edit", args=[self.pk])

    def as_line(self) -> str:
        """ "Kế hoạch số 07/KH-SKHCN ngày 16/01/2025 về …" as written in section I.1."""
        summary = self.summary.strip().rstrip(".;")
        label = self.kind_label
        if summary.lower().startswith(label.lower() + " "):
            summary = summary[len(label) + 1:]
        if summary and summary[0].isupper() and not summary[:2].isupper():
            summary = summary[0].lower() + summary[1:]
        if summary and not summary.startswith(("về ", "v/v", "ban hành", "triển khai", "thực hiện")):
            summary = f"về {summary}"
        return _("%(kind)s số %(number)s ngày %(date)s %(summary)s") % {
            "kind": self.kind_label, "number": self.number_symbol, "date": format_date(self.date), "summary": summary}


def kind_of_symbol(symbol: str) -> str:
    head = symbol.split("-")[0].strip() if "-" in symbol else ""
    return head if head in DocKind.values else DocKind.CV if symbol else DocKind.OTHER


def _plan_entries(units: Q, start: dt.date, end: dt.date) -> list[Entry]:
    plans = Plan.objects.filter(units, status__in=ISSUED, date__gte=start, date__lte=end, archived_at__isnull=True)
    return [Entry(unit=p.unit, number=p.number, symbol=p.symbol, date=p.date, kind=kind_of_symbol(p.symbol) or "KH",
                  summary=p.title, source="plan", pk=p.pk) for p in plans.select_related("unit") if p.date]


def register_entries(*, units: Q, start: dt.date, end: dt.date, kind: str = "", q: str = "") -> list[Entry]:
    """The register for ``units`` (a filter on the issuing unit, written from the document: ``Q(unit=…)``),
    ``start`` .. ``end`` inclusive: entries made here plus issued plans, newest first. A register entry with
    the number of an issued plan of the same unit and year is shown once (as the plan)."""
    plans = _plan_entries(units, start, end)
    taken = {(e.unit.pk, e.date.year, e.number, e.symbol) for e in plans}
    docs = OutgoingDocument.objects.filter(units, date__gte=start, date__lte=end).select_related("unit")
    entries = plans + [Entry(unit=d.unit, number=d.number, symbol=d.symbol, date=d.date, kind=d.kind,
                             summary=d.summary, source="register", pk=d.pk)
                       for d in docs if (d.unit_id, d.year, d.number, d.symbol) not in taken]
    if kind:
        entries = [e for e in entries if e.kind == kind]
    if q:
        needle = q.lower()
        entries = [e for e in entries if needle in e.summary.lower() or needle in e.number_symbol.lower()]
    entries.sort(key=lambda e: (e.date, e.number or 0, e.source, e.pk), reverse=True)
    return entries


# --- Statistics and plan progress --------------------------------------------------------------


def schedule_for(report_type: str, period: str) -> Schedule:
    """The schedule of a report type code and a period string (``annual``, ``2025``); DoesNotExist if none."""
    return Schedule.objects.select_related("report_type", "indicator_set").get(report_type__code=report_type,
                                                                              period=period)


@dataclass
class Statistics:
    """The figures of one unit's report for one schedule and whether they are final (approved)."""

    schedule: Schedule
    unit: Unit
    indicators: list[Indicator]
    values: dict[str, Decimal]
    submission: Submission | None
    missing: list[Unit] = field(default_factory=list)

    @property
    def own_approved(self) -> bool:
        return self.submission is not None and self.submission.status == Status.APPROVED

    @property
    def is_final(self) -> bool:
        return self.own_approved and not self.missing


def statistics(unit: Unit, schedule: Schedule) -> Statistics:
    """The approved figures when the unit's report is approved; otherwise the figures as they stand (the unit's
    own activities plus the approved reports below, as the reporting app computes them) and the units below
    whose reports are not approved yet."""
    indicators = list(schedule.indicator_set.indicators.all())
    submission = Submission.objects.filter(unit=unit, schedule=schedule).first()
    expected = reporting_selectors.expected_reporters(unit, schedule)
    approved_below = {s.unit_id: s for s in Submission.objects.filter(schedule=schedule, unit__in=expected,
                                                                       status=Status.APPROVED)}
    missing = [u for u in expected if u.pk not in approved_below]
    if submission is not None and submission.status == Status.APPROVED:
        values = reporting_selectors.values_of(submission)
    else:
        values = live_values(unit, schedule, indicators, list(approved_below.values()), submission)
    for ind in indicators:
        values.setdefault(ind.code, Decimal(0))
    return Statistics(schedule, unit, indicators, values, submission, missing)


def live_values(unit: Unit, schedule: Schedule, indicators: list[Indicator], children: list[Submission],
                submission: Submission | None) -> dict[str, Decimal]:
    """own (activities in the window, manual values as entered) + approved totals below; formulas on the sum."""
    data = aggregation.cube(units=[unit], subtree=False, start=schedule.start, end=schedule.cutoff)
    manual: dict[str, Decimal] = {}
    if submission is not None:
        manual = {code: own for code, own in submission.values.filter(indicator__rule=Rule.MANUAL)
                  .values_list("indicator__code", "own")}
    own = aggregation.indicator_values(indicators, data, manual)
    below = aggregation.sum_values(reporting_selectors.values_of(child) for child in children)
    base = {ind.code: own[ind.code] + below.get(ind.code, Decimal(0)) for ind in indicators
            if ind.rule != Rule.FORMULA}
    return aggregation.evaluate(indicators, base)


@dataclass
class PlanLine:
    plan: Plan
    total: int
    done: int
    percent: int


@dataclass
class Progress:
    total: int = 0
    done: int = 0
    done_on_time: int = 0
    overdue: int = 0
    in_progress: int = 0
    percent_done: int = 0
    plans: list[PlanLine] = field(default_factory=list)


def unit_tasks(unit: Unit, year: int) -> QuerySet[Task]:
    """Leaf tasks of the year's issued plans that the unit's subtree leads, or that its own plans hold."""
    lead = Assignment.objects.filter(unit__path__startswith=unit.path, role=AssignmentRole.LEAD).values("task_id")
    return Task.objects.filter(leaf_q(), plan__status__in=ISSUED, plan__year=year).filter(
        Q(plan__unit=unit) | Q(pk__in=lead))


def progress(unit: Unit, year: int, on: dt.date) -> Progress:
    tasks = unit_tasks(unit, year)
    counts = counts_for(tasks, on)
    on_time = tasks.filter(state=TaskState.DONE).count()
    plan_ids = list(tasks.values_list("plan_id", flat=True).distinct())
    plans = Plan.objects.filter(pk__in=plan_ids).order_by("date", "number")
    buckets = bucket_q(on)
    per_plan = {row["plan_id"]: row for row in tasks.values("plan_id").annotate(
        n=Count("pk"), done=Count("pk", filter=buckets["done"])).order_by()}
    lines = []
    for plan in plans:
        row = per_plan.get(plan.pk)
        if row is not None and row["n"]:
            lines.append(PlanLine(plan, row["n"], row["done"], round(100 * row["done"] / row["n"])))
    return Progress(total=counts.total, done=counts.done, done_on_time=on_time, overdue=counts.overdue,
                    in_progress=counts.in_progress, percent_done=counts.percent_done, plans=lines)


# --- The report's sections ----------------------------------------------------------------------

ALIASES = {
    "activities_total": "TONG_HD",
    "sessions_total": "TONG_BUOI",
    "participants_total": "TONG_NG",
    "women_total": "TONG_NU",
    "women_share": "NU_TYLE",
    "copies_total": "TL_BAN",
    "cost_total": "KP_CHI",
    "budget_total": "KP_GIAO",
    "businesses_reached": "DT_DN",
    "officials_reached": "DT_CB",
    "citizens_reached": "DT_ND",
    "students_reached": "DT_HS",
    "advice_sessions": "TV_SO",
    "advice_people": "TV_NG",
    "conferences": "HN_SO",
    "conference_people": "HN_NG",
    "news_items": "CT_SO",
    "contests": "THI_CUOC",
    "contest_participants": "THI_NG_DU",
    "bookshelves": "TS_HIENCO",
}


@dataclass(frozen=True)
class SectionSpec:
    key: str
    number: str  # "I.1", "II.2", "" for the opening and closing paragraphs
    heading: str
    kind: str  # "figures": its default draws on the data; "prose": starts from the previous report


# Headings written for this platform after the outline every such report follows (I results, II assessment,
# III proposals, IV next period's tasks).
SECTIONS = [
    SectionSpec("intro", "", "Mở đầu", "prose"),
    SectionSpec("i1", "I.1", "Văn bản, kế hoạch đã ban hành trong kỳ", "figures"),
    SectionSpec("i2", "I.2", "Kết quả thực hiện Luật Phổ biến, giáo dục pháp luật và các chương trình, đề án",
                "figures"),
    SectionSpec("i3", "I.3", "Mô hình, cách làm phổ biến, giáo dục pháp luật", "figures"),
    SectionSpec("i4", "I.4", "Kết quả tự đánh giá theo tiêu chí", "figures"),
    SectionSpec("ii1", "II.1", "Đánh giá chung", "prose"),
    SectionSpec("ii2", "II.2", "Hạn chế, vướng mắc", "prose"),
    SectionSpec("ii3", "II.3", "Nguyên nhân", "prose"),
    SectionSpec("iii", "III", "Đề xuất, kiến nghị", "prose"),
    SectionSpec("iv", "IV", "Nhiệm vụ trọng tâm kỳ tới", "prose"),
    SectionSpec("closing", "", "Kết thúc", "prose"),
]
SECTION_KEYS = [s.key for s in SECTIONS]

DEFAULT_TEXT = {
    "intro": "Căn cứ kế hoạch công tác phổ biến, giáo dục pháp luật năm {year} và yêu cầu báo cáo của cấp trên, "
             "{unit_name} báo cáo kết quả công tác phổ biến, giáo dục pháp luật {period_label} "
             "(số liệu từ ngày {start} đến ngày {cutoff}) như sau:",
    "i1": "Trong kỳ, {unit_name} đã ban hành {documents_count} văn bản chỉ đạo, hướng dẫn, trong đó "
          "{plans_count} kế hoạch, để triển khai công tác phổ biến, giáo dục pháp luật, cụ thể:",
    "i2": "Đơn vị được giao chủ trì {tasks_total} nhiệm vụ trong các kế hoạch năm {year}; đã hoàn thành "
          "{tasks_done} nhiệm vụ ({tasks_percent_done}%), trong đó {tasks_done_on_time} nhiệm vụ đúng hạn; "
          "{tasks_in_progress} nhiệm vụ đang thực hiện, {tasks_overdue} nhiệm vụ quá hạn.\n"
          "Trong kỳ, đơn vị và các đơn vị trực thuộc đã tổ chức {activities_total} hoạt động phổ biến, giáo dục "
          "pháp luật với {sessions_total} cuộc, buổi, tin bài, thu hút {participants_total} lượt người "
          "(trong đó {women_total} lượt nữ); phát hành {copies_total} bản tài liệu; kinh phí đã chi "
          "{cost_total} đồng.",
    "i3": "Đơn vị đã kết hợp nhiều hình thức phổ biến: tổ chức {conferences} hội nghị, tập huấn với "
          "{conference_people} lượt người dự; tư vấn, hướng dẫn pháp luật cho {businesses_reached} lượt tổ chức, "
          "doanh nghiệp; đăng {news_items} tin, bài trên cổng, trang thông tin điện tử; tổ chức {contests} "
          "cuộc thi tìm hiểu pháp luật với {contest_participants} lượt người dự thi.",
    "i4": "Kết quả tự đánh giá công tác phổ biến, giáo dục pháp luật năm {year}: {assessment_summary}.",
    "ii1": "Công tác phổ biến, giáo dục pháp luật được triển khai kịp thời, bám sát kế hoạch; nội dung và hình "
           "thức phù hợp với từng nhóm đối tượng.",
    "ii2": "- Người làm công tác phổ biến, giáo dục pháp luật chủ yếu kiêm nhiệm.",
    "ii3": "- Nhân lực và kinh phí dành cho công tác phổ biến, giáo dục pháp luật còn hạn chế.",
    "iii": "- Đề nghị tiếp tục tổ chức bồi dưỡng kỹ năng, nghiệp vụ cho người làm công tác phổ biến, giáo dục "
           "pháp luật.",
    "iv": "- Tiếp tục phổ biến kịp thời các văn bản pháp luật mới đến cán bộ, công chức, viên chức, người lao "
          "động và doanh nghiệp.\n- Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong công tác phổ "
          "biến, giáo dục pháp luật {next_period_label}.",
    "closing": "Trên đây là báo cáo kết quả công tác phổ biến, giáo dục pháp luật {period_label} của "
               "{unit_name}./.",
}

PREVIOUS_FALLBACK = {"ii1": "assessment", "iii": "proposals", "iv": "next_tasks"}


@dataclass
class Figures:
    statistics: Statistics
    progress: Progress
    entries: list[Entry]
    values: dict[str, Any]
    assessment: Any = None

    @property
    def is_draft(self) -> bool:
        return not self.statistics.is_final


def figures(unit: Unit, schedule: Schedule) -> Figures:
    """Everything the report's sentences draw on, with the names the templates use."""
    stats = statistics(unit, schedule)
    on = min(schedule.cutoff, timezone.localdate())
    prog = progress(unit, schedule.year, on)
    entries = register_entries(units=Q(unit=unit), start=schedule.start, end=schedule.cutoff)
    entries.sort(key=lambda e: (e.date, e.number or 0))
    period_label = schedule.period_label
    if period_label == schedule.period:
        period_label = _("năm %(y)s") % {"y": schedule.year}
    if schedule.period.endswith("-H1"):
        next_label = _("6 tháng cuối năm %(y)s") % {"y": schedule.year}
    elif schedule.period.endswith("-H2"):
        next_label = _("6 tháng đầu năm %(y)s") % {"y": schedule.year + 1}
    else:
        next_label = _("năm %(y)s") % {"y": schedule.year + 1}
    values: dict[str, Any] = {
        "unit_name": unit.name, "unit": unit.display_name, "year": str(schedule.year),
        "next_year": str(schedule.year + 1),
        "period": schedule.period, "period_label": period_label, "next_period_label": next_label,
        "start": format_date(schedule.start),
        "cutoff": format_date(schedule.cutoff), "documents_count": len(entries),
        "plans_count": sum(1 for e in entries if e.source == "plan" or e.kind == DocKind.KH),
        "tasks_total": prog.total, "tasks_done": prog.done, "tasks_done_on_time": prog.done_on_time,
        "tasks_overdue": prog.overdue, "tasks_in_progress": prog.in_progress,
        "tasks_percent_done": prog.percent_done,
    }
    for code, value in stats.values.items():
        values[code.lower()] = value
    for alias, code in ALIASES.items():
        values[alias] = stats.values.get(code, Decimal(0))
    assessment = _assessment_of(unit, schedule.year)
    values.update({"assessment_total": Decimal(0), "assessment_max": Decimal(0),
                   "assessment_rating": _("chưa tự đánh giá"), "assessment_summary": _("đơn vị chưa tự đánh giá")})
    if assessment is not None:
        values.update({"assessment_total": assessment.total, "assessment_max": assessment.max_total,
                       "assessment_rating": assessment.rating or _("chưa xếp loại")})
        values["assessment_summary"] = _("đạt %(t)s/%(m)s điểm (%(s)s), kết quả: %(r)s") % {
            "t": templating.format_value(assessment.total), "m": templating.format_value(assessment.max_total),
            "s": assessment.get_status_display().lower(), "r": values["assessment_rating"]}
    return Figures(stats, prog, entries, values, assessment)


def _assessment_of(unit: Unit, year: int) -> Any:
    from django.apps import apps

    if not apps.is_installed("pbgdpl.assessment"):
        return None
    from pbgdpl.assessment.models import Assessment

    return Assessment.objects.filter(unit=unit, year=year).select_related("criteria_set").order_by("-id").first()


def previous_document(unit: Unit, schedule: Schedule) -> ReportDocument | None:
    """The unit's report document of the latest period before this one (by data cut-off)."""
    docs = list(ReportDocument.objects.filter(unit=unit).select_related("report_type"))
    if not docs:
        return None
    cutoffs = {(s.report_type_id, s.period): s.cutoff for s in Schedule.objects.filter(cutoff__lt=schedule.cutoff)}
    earlier = [(cutoffs[(d.report_type_id, d.period)], d.pk, d) for d in docs
               if (d.report_type_id, d.period) in cutoffs]
    return max(earlier, key=lambda t: (t[0], t[1]))[2] if earlier else None


def starting_text(unit: Unit, schedule: Schedule) -> dict[str, str]:
    """The sections of a new draft: the figure sections from their default templates; the prose from the
    previous period's report when there is one (else the unit's narrative in its statistical report, else the
    defaults)."""
    text = dict(DEFAULT_TEXT)
    previous = previous_document(unit, schedule)
    if previous is not None:
        for spec in SECTIONS:
            if spec.kind == "prose" and spec.key not in ("intro", "closing") and previous.sections.get(spec.key):
                text[spec.key] = previous.sections[spec.key]
        return text
    submission = Submission.objects.filter(unit=unit, schedule=schedule).first()
    if submission is not None:
        for key, attr in PREVIOUS_FALLBACK.items():
            if getattr(submission, attr, "").strip():
                text[key] = getattr(submission, attr).strip()
    return text


def document_for(unit: Unit, schedule: Schedule) -> ReportDocument | None:
    return ReportDocument.objects.filter(unit=unit, report_type=schedule.report_type, period=schedule.period).first()


@dataclass
class RenderedSection:
    spec: SectionSpec
    template: str
    paragraphs: list[str]
    extra: list[str]  # lines appended from the data (register entries, plan progress, figures by form)
    unknown: list[str]


def render_sections(sections: dict[str, str], fig: Figures) -> list[RenderedSection]:
    out = []
    for spec in SECTIONS:
        template = sections.get(spec.key, DEFAULT_TEXT[spec.key])
        text = templating.render(template, fig.values)
        paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
        out.append(RenderedSection(spec, template, paragraphs, _extra(spec.key, fig),
                                   templating.unknown_names(template, fig.values)))
    return out


def _extra(key: str, fig: Figures) -> list[str]:
    if key == "i1":
        return [f"- {e.as_line()}." for e in fig.entries]
    if key == "i2":
        lines = [_("- %(plan)s: hoàn thành %(done)s/%(total)s nhiệm vụ (%(p)s%%).")
                 % {"plan": _plan_name(line.plan), "done": line.done, "total": line.total, "p": line.percent}
                 for line in fig.progress.plans]
        notable = notable_activities(fig.statistics.unit, fig.statistics.schedule)
        if notable:
            lines.append(_("Một số hoạt động tiêu biểu trong kỳ:"))
            lines += [_("- %(t)s (%(d)s): %(n)s lượt người tham dự.")
                      % {"t": a.title, "d": format_date(a.date_from), "n": templating.format_value(a.participants)}
                      for a in notable]
        return lines
    if key == "i3":
        rows = []
        for ind in fig.statistics.indicators:
            if ind.section.startswith("II.") and ind.code.endswith("_SO"):
                value = fig.statistics.values.get(ind.code, Decimal(0))
                if value:
                    rows.append(f"- {ind.label}: {templating.format_value(value)} {ind.unit_label}".rstrip() + ".")
        return rows
    if key == "i4" and fig.assessment is not None:
        return [f"- {g['name']}: {templating.format_value(g['points'])}/{templating.format_value(g['max'])} "
                + _("điểm") + "." for g in fig.assessment.group_scores()]
    return []


def notable_activities(unit: Unit, schedule: Schedule, limit: int = 5) -> list[Any]:
    """The activities of the unit's subtree in the window that reached the most people (for section I.2)."""
    from pbgdpl.reporting.models import Activity

    return list(Activity.objects.filter(unit__path__startswith=unit.path, date_from__gte=schedule.start,
                                        date_from__lte=schedule.cutoff, participants__gt=0)
                .order_by("-participants", "date_from", "id").only("title", "date_from", "participants")[:limit])


def _plan_name(plan: Plan) -> str:
    return _("Kế hoạch số %(n)s") % {"n": plan.number_symbol} if plan.number_symbol else plan.title[:80]


def available_names(fig: Figures) -> list[tuple[str, str]]:
    """(name, value as the report writes it) for the page's list of placeholders."""
    return [(name, templating.format_value(fig.values[name])) for name in sorted(fig.values)]
