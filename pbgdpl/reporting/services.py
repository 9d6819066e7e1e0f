"""Writes of the reporting app: activities (with their summary rows), evidence, submissions and their workflow.

Every function is keyword-only, asks the permission policy, validates, writes and records the audit entry
in one transaction.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import partial
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from pbgdpl.core import audit, docnumbers, policy
from pbgdpl.core.uploads import check_upload
from pbgdpl.org.models import Unit, UnitType

from . import aggregation, formula, workflow
from .models import (
    Activity,
    ActivityAudience,
    ActivityCost,
    AudienceGroup,
    BudgetItem,
    Evidence,
    Form,
    Indicator,
    IndicatorSet,
    Metric,
    Rule,
    Schedule,
    Status,
    Submission,
    SubmissionEvent,
    SubmissionValue,
)

AUDITED = ["unit", "title", "date_from", "date_to", "form", "sessions", "participants", "women", "copies", "cost",
           "laws", "commune"]


@dataclass
class ActivityData:
    """What a person enters for one activity (the quick form, one XLSX row, one API body)."""

    unit: Unit
    title: str
    date_from: dt.date
    form: Form
    date_to: dt.date | None = None
    sessions: int = 1
    participants: int = 0
    women: int = 0
    copies: int = 0
    audiences: dict[AudienceGroup, tuple[int, int]] = field(default_factory=dict)
    costs: dict[BudgetItem, Decimal] = field(default_factory=dict)
    laws: str = ""
    commune: Unit | None = None
    task: Any = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def validate_activity(data: ActivityData, *, today: dt.date | None = None) -> dict[str, list[str]]:
    """All problems with ``data``, by field; empty when valid."""
    errors: dict[str, list[str]] = {}

    def bad(name: str, message: str) -> None:
        errors.setdefault(name, []).append(message)

    today = today or timezone.localdate()
    if not data.title.strip():
        bad("title", _("Nhập nội dung hoạt động."))
    for name in ("sessions", "participants", "women", "copies"):
        if getattr(data, name) < 0:
            bad(name, _("Không được là số âm."))
    if data.women > data.participants:
        bad("women", _("Số nữ (%(w)d) lớn hơn tổng số người (%(p)d).") % {"w": data.women, "p": data.participants})
    if data.date_to and data.date_to < data.date_from:
        bad("date_to", _("Ngày kết thúc trước ngày bắt đầu."))
    if data.date_from > today or (data.date_to and data.date_to > today):
        bad("date_from", _("Ngày thực hiện ở tương lai: chỉ ghi nhận hoạt động đã diễn ra."))
    if data.date_to and data.date_to.year != data.date_from.year:
        bad("date_to", _("Một hoạt động không kéo dài sang năm khác; hãy tách thành hai bản ghi."))
    group_total = group_women = 0
    for group, (people, women) in data.audiences.items():
        if people < 0 or women < 0:
            bad("audiences", _("%(g)s: không được là số âm.") % {"g": group.name})
        if women > people:
            bad("audiences", _("%(g)s: số nữ lớn hơn số người.") % {"g": group.name})
        group_total += people
        group_women += women
    if group_total > data.participants:
        bad("audiences", _("Tổng số người theo đối tượng (%(g)d) lớn hơn tổng số người tham dự (%(p)d).")
            % {"g": group_total, "p": data.participants})
    if group_women > data.women:
        bad("audiences", _("Tổng số nữ theo đối tượng (%(g)d) lớn hơn tổng số nữ (%(w)d).")
            % {"g": group_women, "w": data.women})
    for item, amount in data.costs.items():
        if amount < 0:
            bad("costs", _("%(i)s: kinh phí không được âm.") % {"i": item.name})
    if data.commune is not None and data.commune.type != UnitType.COMMUNE:
        bad("commune", _("%(u)s không phải là xã, phường.") % {"u": data.commune.name})
    if not data.form.is_active:
        bad("form", _("Hình thức này không còn dùng."))
    return errors


def locking_submission(unit: Unit, day: dt.date) -> Submission | None:
    """The submitted or approved report of ``unit`` whose data window holds ``day``, if any."""
    return (Submission.objects.filter(unit=unit, status__in=workflow.LOCKED, schedule__start__lte=day,
                                      schedule__cutoff__gte=day).select_related("schedule").first())


def _check_unlocked(unit: Unit, day: dt.date) -> None:
    locked = locking_submission(unit, day)
    if locked is not None:
        raise ValidationError(
            _("%(s)s của %(u)s đã gửi hoặc đã duyệt: không thể thêm, sửa, xóa hoạt động ngày %(d)s. "
              "Cấp trên cần trả lại hoặc mở lại báo cáo trước.")
            % {"s": locked.schedule, "u": unit.display_name, "d": day.strftime("%d/%m/%Y")})


def _write_children(activity: Activity, data: ActivityData) -> None:
    activity.audiences.all().delete()
    ActivityAudience.objects.bulk_create([
        ActivityAudience(activity=activity, group=group, participants=people, women=women)
        for group, (people, women) in data.audiences.items() if people or women
    ])
    activity.costs.all().delete()
    ActivityCost.objects.bulk_create([ActivityCost(activity=activity, item=item, amount=amount)
                                      for item, amount in data.costs.items() if amount])
    activity.documents.set(library_documents(activity.law_numbers))


def library_documents(numbers: list[str]) -> list[Any]:
    """The library's documents for the numbers cited; a law not (yet) in the library stays as text only."""
    if not numbers:
        return []
    from pbgdpl.library.models import Document

    wanted = {docnumbers.normalise(n) or n for n in numbers} | set(numbers)
    return list(Document.objects.filter(number__in=wanted))


def _fill(activity: Activity, data: ActivityData) -> None:
    for name in ("unit", "title", "date_from", "date_to", "form", "sessions", "participants", "women", "copies",
                 "laws", "commune", "note", "task"):
        setattr(activity, name, getattr(data, name))
    activity.title = data.title.strip()
    activity.laws = "\n".join(line.strip() for line in data.laws.replace(";", "\n").splitlines() if line.strip())
    if data.costs:
        activity.cost = sum(data.costs.values(), Decimal(0))
    else:
        activity.cost = Decimal(data.extra.get("cost", activity.cost or 0))
    for name, value in data.extra.items():
        if name != "cost":
            setattr(activity, name, value)


@transaction.atomic
def activity_create(*, by: Any, data: ActivityData) -> Activity:
    activity = Activity(unit=data.unit)
    policy.require(by, "add", activity)
    errors = validate_activity(data)
    if errors:
        raise ValidationError(errors)
    _check_unlocked(data.unit, data.date_from)
    _fill(activity, data)
    activity.created_by = by if getattr(by, "is_authenticated", False) else None
    activity.full_clean()
    activity.save()
    _write_children(activity, data)
    aggregation.apply_deltas(aggregation.fact_deltas(activity), +1)
    audit.record(actor=by, action="activity.create", target=activity, after=audit.snapshot(activity, AUDITED))
    return activity


@transaction.atomic
def activity_update(*, by: Any, activity: Activity, data: ActivityData) -> Activity:
    activity = Activity.objects.select_for_update(of=("self",)).get(pk=activity.pk)
    policy.require(by, "change", activity)
    if data.unit != activity.unit:
        policy.require(by, "change", Activity(unit=data.unit))
    errors = validate_activity(data)
    if errors:
        raise ValidationError(errors)
    _check_unlocked(activity.unit, activity.date_from)
    _check_unlocked(data.unit, data.date_from)
    before = audit.snapshot(activity, AUDITED)
    aggregation.apply_deltas(aggregation.fact_deltas(activity), -1)
    _fill(activity, data)
    activity.updated_at = timezone.now()
    activity.full_clean()
    activity.save()
    _write_children(activity, data)
    aggregation.apply_deltas(aggregation.fact_deltas(activity), +1)
    old, new = audit.diff(before, audit.snapshot(activity, AUDITED))
    audit.record(actor=by, action="activity.update", target=activity, before=old, after=new)
    return activity


@transaction.atomic
def activity_delete(*, by: Any, activity: Activity) -> None:
    activity = Activity.objects.select_for_update(of=("self",)).get(pk=activity.pk)
    policy.require(by, "delete", activity)
    _check_unlocked(activity.unit, activity.date_from)
    aggregation.apply_deltas(aggregation.fact_deltas(activity), -1)
    audit.record(actor=by, action="activity.delete", target=activity, before=audit.snapshot(activity, AUDITED))
    for item in activity.evidence.all():
        transaction.on_commit(partial(item.file.delete, save=False))
    activity.delete()


# --- Evidence --------------------------------------------------------------------------------

# Evidence of an activity: documents, spreadsheets and photos (checked by extension and first bytes).
EVIDENCE_TYPES = (".pdf", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", ".doc", ".xls")


def check_evidence_file(upload: UploadedFile) -> None:
    check_upload(upload, EVIDENCE_TYPES)


@transaction.atomic
def evidence_add(*, by: Any, activity: Activity, upload: UploadedFile) -> Evidence:
    policy.require(by, "change", activity)
    check_evidence_file(upload)
    item = Evidence(activity=activity, name=(upload.name or "tep")[:255], size=upload.size or 0,
                    content_type=(upload.content_type or "")[:100], uploaded_by=by)
    item.file.save(upload.name or "tep", upload, save=False)
    item.save()
    audit.record(actor=by, action="activity.evidence", target=activity, data={"file": item.name, "size": item.size})
    return item


@transaction.atomic
def evidence_delete(*, by: Any, item: Evidence) -> None:
    policy.require(by, "change", item.activity)
    audit.record(actor=by, action="activity.evidence_delete", target=item.activity, data={"file": item.name})
    transaction.on_commit(partial(item.file.delete, save=False))
    item.delete()


# --- Indicator sets --------------------------------------------------------------------------


def validate_indicator_rows(rows: list[dict[str, Any]]) -> list[str]:
    """Problems in an indicator list (import or edit), one message each, naming the row."""
    problems: list[str] = []
    forms = set(Form.objects.values_list("code", flat=True))
    audiences = set(AudienceGroup.objects.values_list("code", flat=True))
    codes: set[str] = set()
    for number, row in enumerate(rows, start=1):
        code = str(row.get("code") or "").strip()
        where = _("Dòng %(n)d (%(c)s)") % {"n": number, "c": code or "?"}
        if not code or not code.replace("_", "").isalnum():
            problems.append(where + ": " + _("mã chỉ gồm chữ, số và dấu gạch dưới."))
        if code in codes:
            problems.append(where + ": " + _("mã bị trùng."))
        codes.add(code)
        if not str(row.get("label") or "").strip():
            problems.append(where + ": " + _("thiếu tên chỉ tiêu."))
        rule = row.get("rule")
        if rule not in Rule.values:
            problems.append(where + ": " + _("cách tính phải là một trong %(r)s.") % {"r": ", ".join(Rule.values)})
            continue
        if rule == Rule.SUM and row.get("metric") not in Metric.values:
            problems.append(where + ": " + _("đại lượng phải là một trong %(m)s.") % {"m": ", ".join(Metric.values)})
        for wanted in row.get("forms") or []:
            if wanted not in forms:
                problems.append(where + ": " + _("không có hình thức mã %(c)s.") % {"c": wanted})
        for wanted in row.get("audiences") or []:
            if wanted not in audiences:
                problems.append(where + ": " + _("không có đối tượng mã %(c)s.") % {"c": wanted})
        if rule in (Rule.SUM, Rule.COUNT) and len(row.get("audiences") or []) > 1 and \
                (rule == Rule.COUNT or row.get("metric") not in (Metric.PARTICIPANTS, Metric.WOMEN)):
            problems.append(where + ": " + _("đếm hoạt động, buổi, tài liệu, kinh phí chỉ theo một đối tượng "
                                             "(một hoạt động có thể đến nhiều đối tượng, cộng sẽ bị trùng)."))
    for number, row in enumerate(rows, start=1):
        if row.get("rule") == Rule.FORMULA:
            try:
                formula.check(str(row.get("formula") or ""), codes - {row.get("code")})
            except formula.FormulaError as error:
                problems.append(_("Dòng %(n)d (%(c)s)") % {"n": number, "c": row.get("code")} + f": {error}")
    return problems


@transaction.atomic
def indicator_set_import(*, by: Any, code: str, name: str, rows: list[dict[str, Any]], legal_basis: str = "",
                         replace: bool = False) -> IndicatorSet:
    """Create (or, when ``replace`` and not yet used by a schedule, rewrite) an indicator set from rows."""
    policy.require(by, "change", IndicatorSet)
    problems = validate_indicator_rows(rows)
    if problems:
        raise ValidationError(problems)
    existing = IndicatorSet.objects.filter(code=code).first()
    if existing and not replace:
        raise ValidationError(_("Đã có bộ chỉ tiêu mã %(c)s.") % {"c": code})
    if existing and existing.schedules.filter(submissions__isnull=False).exists():
        raise ValidationError(_("Bộ chỉ tiêu %(c)s đã có báo cáo dùng; hãy nhập thành bộ mới (mã khác).") % {"c": code})
    iset = existing or IndicatorSet(code=code)
    iset.name = name
    iset.legal_basis = legal_basis
    iset.full_clean()
    iset.save()
    iset.indicators.all().delete()
    Indicator.objects.bulk_create([
        Indicator(indicator_set=iset, code=str(row["code"]).strip(), label=str(row["label"]).strip(),
                  unit_label=str(row.get("unit") or ""), section=str(row.get("section") or ""), rule=row["rule"],
                  metric=row.get("metric") or "", forms=list(row.get("forms") or []),
                  audiences=list(row.get("audiences") or []), formula=str(row.get("formula") or ""),
                  sort_order=number)
        for number, row in enumerate(rows, start=1)
    ])
    audit.record(actor=by, action="indicatorset.import", target=iset, data={"indicators": len(rows)})
    return iset


@transaction.atomic
def schedule_set_indicators(*, by: Any, schedule: Schedule, indicator_set: IndicatorSet) -> Schedule:
    policy.require(by, "change", schedule)
    if schedule.submissions.exists():
        raise ValidationError(_("Kỳ báo cáo đã có báo cáo; không đổi biểu mẫu."))
    before = schedule.indicator_set_id
    schedule.indicator_set = indicator_set
    schedule.save(update_fields=["indicator_set"])
    audit.record(actor=by, action="schedule.indicators", target=schedule, before={"indicator_set": before},
                 after={"indicator_set": indicator_set.pk})
    return schedule


@transaction.atomic
def schedule_create(*, by: Any, report_type: Any, period: str, title: str, start: dt.date, cutoff: dt.date,
                    default_due: dt.date, indicator_set: IndicatorSet) -> Schedule:
    """A new report (typically ad hoc: ``2025-dot-1``); one per type and period."""
    policy.require(by, "change", Schedule)
    period = period.strip()
    if Schedule.objects.filter(report_type=report_type, period=period).exists():
        raise ValidationError({"period": [_("Đã có %(t)s kỳ %(p)s.") % {"t": report_type, "p": period}]})
    if default_due < cutoff:
        raise ValidationError({"default_due": [_("Hạn gửi trước ngày chốt số liệu.")]})
    schedule = Schedule(report_type=report_type, period=period, year=start.year, title=title, start=start,
                        cutoff=cutoff, default_due=default_due, indicator_set=indicator_set)
    schedule.full_clean()
    schedule.save()
    audit.record(actor=by, action="schedule.create", target=schedule, after=audit.snapshot(schedule))
    return schedule


@transaction.atomic
def schedule_update(*, by: Any, schedule: Schedule, start: dt.date, cutoff: dt.date, default_due: dt.date,
                    deadlines: dict[str, dt.date | None]) -> Schedule:
    """Change a report's data window and due dates (per level). A due date before the cut-off is refused."""
    policy.require(by, "change", schedule)
    errors: dict[str, list[str]] = {}
    if cutoff < start:
        errors.setdefault("cutoff", []).append(_("Ngày chốt số liệu trước ngày bắt đầu."))
    for name, due in [("default_due", default_due), *deadlines.items()]:
        if due is not None and due < cutoff:
            errors.setdefault(name, []).append(_("Hạn gửi trước ngày chốt số liệu."))
    if errors:
        raise ValidationError(errors)
    before = {**audit.snapshot(schedule, ["start", "cutoff", "default_due"]),
              "deadlines": {d.unit_type: d.due.isoformat() for d in schedule.deadlines.all()}}
    schedule.start, schedule.cutoff, schedule.default_due = start, cutoff, default_due
    schedule.full_clean()
    schedule.save()
    for unit_type, due in deadlines.items():
        if due is None:
            schedule.deadlines.filter(unit_type=unit_type).delete()
        else:
            schedule.deadlines.update_or_create(unit_type=unit_type, defaults={"due": due})
    after = {**audit.snapshot(schedule, ["start", "cutoff", "default_due"]),
             "deadlines": {d.unit_type: d.due.isoformat() for d in schedule.deadlines.all()}}
    old, new = audit.diff(before, after)
    audit.record(actor=by, action="schedule.update", target=schedule, before=old, after=new)
    return schedule


# --- Submissions -----------------------------------------------------------------------------


@transaction.atomic
def submission_create(*, by: Any, unit: Unit, schedule: Schedule) -> Submission:
    """Open the unit's report for a period. A second one for the same unit and period is refused."""
    submission = Submission(unit=unit, schedule=schedule)
    policy.require(by, "create", submission)
    if Submission.objects.filter(unit=unit, schedule=schedule).exists():
        raise ValidationError(_("%(u)s đã có %(s)s.") % {"u": unit.display_name, "s": schedule})
    try:
        with transaction.atomic():
            submission.save()
    except IntegrityError:
        raise ValidationError(_("%(u)s đã có %(s)s.") % {"u": unit.display_name, "s": schedule}) from None
    _compute(submission)
    audit.record(actor=by, action="report.create", target=submission, after={"status": submission.status})
    return submission


def child_submissions(submission: Submission) -> list[Submission]:
    """The approved reports of the units directly below, for the same schedule."""
    return list(Submission.objects.filter(schedule_id=submission.schedule_id, unit__parent_id=submission.unit_id,
                                          status=Status.APPROVED).select_related("unit"))


def _compute(submission: Submission, manual: dict[str, Decimal] | None = None) -> None:
    """(Re)fill the figures: own = the unit's activities in the window (or what was entered), total = own + the
    approved totals of the units below; formulas are evaluated on each."""
    schedule = submission.schedule
    indicators = list(schedule.indicator_set.indicators.all())
    stored = {v.indicator_id: v for v in submission.values.all()}
    manual_own = {ind.code: stored[ind.pk].own for ind in indicators if ind.rule == Rule.MANUAL and ind.pk in stored}
    manual_own.update(manual or {})
    data = aggregation.cube(units=[submission.unit], subtree=False, start=schedule.start, end=schedule.cutoff)
    lookup = aggregation.Lookup()
    own = aggregation.indicator_values(indicators, data, manual_own, lookup)
    child_totals: dict[str, Decimal] = {}
    approved_below = SubmissionValue.objects.filter(
        submission__schedule_id=submission.schedule_id, submission__unit__parent_id=submission.unit_id,
        submission__status=Status.APPROVED)
    for code, value in approved_below.values("indicator__code").annotate(s=Sum("total")).values_list(
            "indicator__code", "s"):
        child_totals[code] = value or Decimal(0)
    base = {ind.code: own[ind.code] + child_totals.get(ind.code, Decimal(0))
            for ind in indicators if ind.rule != Rule.FORMULA}
    total = aggregation.evaluate(indicators, base)
    # Derived rows: replacing them is one DELETE and one INSERT (a bulk UPDATE of ~50 rows costs far more).
    if stored:
        submission.values.all().delete()
    SubmissionValue.objects.bulk_create([
        SubmissionValue(submission=submission, indicator=ind, own=own[ind.code], total=total[ind.code])
        for ind in indicators])
    submission.values_at = timezone.now()
    submission.save(update_fields=["values_at"])


def _locked_for_edit(submission_id: int) -> Submission:
    submission = Submission.objects.select_for_update(of=("self",)).select_related("schedule", "unit").get(pk=submission_id)
    if submission.status not in workflow.EDITABLE:
        raise ValidationError(_("Báo cáo đang ở trạng thái “%(s)s”: không sửa được.")
                              % {"s": submission.get_status_display()})
    return submission


@transaction.atomic
def submission_refresh(*, by: Any, submission: Submission) -> Submission:
    submission = _locked_for_edit(submission.pk)
    policy.require(by, "refresh", submission)
    _compute(submission)
    audit.record(actor=by, action="report.refresh", target=submission)
    return submission


def parse_number(text: Any) -> Decimal:
    """Numbers as people type them: "1.234.567", "1 234", "12,5"."""
    if isinstance(text, int | float | Decimal):
        return Decimal(str(text))
    raw = str(text or "").strip().replace(" ", "")
    if not raw:
        return Decimal(0)
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(".") > 1 or (raw.count(".") == 1 and len(raw.split(".")[1]) == 3):
        raw = raw.replace(".", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise ValidationError(_("“%(v)s” không phải là số.") % {"v": text}) from None


@transaction.atomic
def submission_edit(*, by: Any, submission: Submission, manual: dict[str, Any] | None = None,
                    notes: dict[str, str] | None = None) -> Submission:
    """Save manual indicator values and the narrative; figures are recomputed."""
    submission = _locked_for_edit(submission.pk)
    policy.require(by, "change", submission)
    manual_codes = set(submission.schedule.indicator_set.indicators.filter(rule=Rule.MANUAL)
                       .values_list("code", flat=True))
    parsed: dict[str, Decimal] = {}
    problems: dict[str, list[str]] = {}
    for code, raw in (manual or {}).items():
        if code not in manual_codes:
            problems.setdefault(code, []).append(_("Chỉ tiêu %(c)s không nhập tay.") % {"c": code})
            continue
        try:
            value = parse_number(raw)
        except ValidationError as error:
            problems.setdefault(code, []).extend(error.messages)
            continue
        if value < 0:
            problems.setdefault(code, []).append(_("%(c)s: không được là số âm.") % {"c": code})
        parsed[code] = value
    if problems:
        raise ValidationError(problems)
    before = audit.snapshot(submission, ["results", "assessment", "proposals", "next_tasks"])
    for name, text in (notes or {}).items():
        if name in ("results", "assessment", "proposals", "next_tasks"):
            setattr(submission, name, text)
    submission.save()
    _compute(submission, parsed)
    old, new = audit.diff(before, audit.snapshot(submission, ["results", "assessment", "proposals", "next_tasks"]))
    audit.record(actor=by, action="report.edit", target=submission, before=old,
                 after={**new, "manual": {k: str(v) for k, v in parsed.items()}})
    return submission


@transaction.atomic
def submission_transition(*, by: Any, submission: Submission, action: str, comment: str = "") -> Submission:
    """Move a submission along the workflow. The row is locked first, so two people acting at once are
    serialised: the second sees the new state and gets a clear refusal instead of a double submission."""
    transition = workflow.TRANSITIONS.get(action)
    if transition is None:
        raise ValidationError(_("Thao tác không hợp lệ."))
    submission = Submission.objects.select_for_update(of=("self",)).select_related("schedule", "unit", "unit__parent") \
        .get(pk=submission.pk)
    policy.require(by, transition.permission, submission)
    if submission.status not in transition.sources:
        raise ValidationError(_("Không thể “%(a)s”: báo cáo đang ở trạng thái “%(s)s”.")
                              % {"a": transition.label, "s": submission.get_status_display()})
    comment = comment.strip()
    if transition.needs_comment and not comment:
        raise ValidationError({"comment": [_("Cần ghi rõ lý do, ý kiến.")]})
    now = timezone.now()
    source = submission.status
    if action == "submit":
        _compute(submission)
        submission.submitted_at = now
        submission.submitted_by = by
        submission.first_submitted_at = submission.first_submitted_at or now
    else:
        submission.decided_at = now
        submission.decided_by = by
        submission.review_comment = comment if action in ("return", "reopen") else submission.review_comment
    submission.status = transition.target
    submission.save()
    SubmissionEvent.objects.create(submission=submission, action=action, from_status=source,
                                   to_status=submission.status, comment=comment, by=by, at=now)
    audit.record(actor=by, action=f"report.{action}", target=submission, before={"status": source},
                 after={"status": submission.status}, data={"comment": comment} if comment else None)
    _notify(submission, action, comment)
    return submission


_SILENT: contextvars.ContextVar[bool] = contextvars.ContextVar("reporting_silent", default=False)


@contextlib.contextmanager
def silenced() -> Iterator[None]:
    """No notification mails for the writes inside (demo data, bulk back-fills)."""
    token = _SILENT.set(True)
    try:
        yield
    finally:
        _SILENT.reset(token)


def _notify(submission: Submission, action: str, comment: str) -> None:
    from . import selectors

    if _SILENT.get():
        return

    recipients = selectors.notify_addresses(submission, action)
    if not recipients:
        return
    subject = f"[PBGDPL] {submission} — {Status(submission.status).label}"
    body = f"{submission}\n{comment}".strip()
    transaction.on_commit(lambda: send_mail(subject, body, None, recipients, fail_silently=True))


def require_unit(by: Any, unit: Unit) -> None:
    if not policy.can(by, "add", Activity(unit=unit)):
        raise PermissionDenied(_("Không có quyền ghi nhận hoạt động cho %(u)s.") % {"u": unit.display_name})
