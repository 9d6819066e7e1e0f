"""Writes to plans and tasks. Each is atomic, asks the policy first and leaves an audit record."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from pbgdpl.core import audit, docnumbers, policy
from pbgdpl.core.uploads import EVIDENCE_TYPES, PDF_ONLY, check_upload
from pbgdpl.org.models import Unit

from . import workflow
from .dates import add_working_days
from .models import (
    DONE_STATES,
    Assignment,
    AssignmentRole,
    Evidence,
    LegalBasis,
    Plan,
    Programme,
    ProgressReport,
    Task,
    TaskState,
)
from .periods import normalise_timeframe


class StaleEdit(ValidationError):
    """Someone else saved the object since it was opened: the caller shows a warning instead of overwriting."""


PLAN_FIELDS = (
    "unit", "number", "symbol", "year", "period", "date", "place", "title", "programme", "parent",
    "signer_name", "signer_title", "signer_prefix", "purposes", "requirements", "audiences",
    "budget_text", "budget_amount", "recipients",
)
TASK_FIELDS = (
    "code", "title", "parent", "content", "lead_text", "coordinating_text", "timeframe", "due_date",
    "trigger_text", "trigger_days", "deliverables", "standing", "parent_plan_task", "position",
)


# --- Numbers -----------------------------------------------------------------------------------

def default_symbol(unit: Unit, kind: str = "KH") -> str:
    """"KH-HĐPH": the document type and the issuing unit's abbreviation (NĐ 30/2020)."""
    return f"{kind}-{unit.abbreviation}" if unit.abbreviation else kind


def next_free_number(*, unit: Unit, year: int, symbol: str | None = None) -> int:
    """The number to suggest: one more than the highest used by ``unit`` in ``year`` (numbers restart yearly)."""
    plans = Plan.objects.filter(unit=unit, year=year, number__isnull=False)
    if symbol:
        plans = plans.filter(symbol=symbol)
    return (plans.aggregate(top=Max("number"))["top"] or 0) + 1


def _check_number(plan: Plan) -> None:
    if plan.number is None:
        return
    clash = Plan.objects.filter(unit=plan.unit, year=plan.year, number=plan.number, symbol=plan.symbol)
    if plan.pk:
        clash = clash.exclude(pk=plan.pk)
    if clash.exists():
        raise ValidationError({"number": _("Số %(num)s đã được dùng trong năm %(year)s; số trống tiếp theo là %(next)s.") % {
            "num": plan.number_symbol, "year": plan.year,
            "next": next_free_number(unit=plan.unit, year=plan.year, symbol=plan.symbol)}})


# --- Legal bases --------------------------------------------------------------------------------

def library_document_id(number: str) -> int | None:
    """The legal library's document with this number, when the library app is installed."""
    if not number:
        return None
    from django.apps import apps

    if not apps.is_installed("pbgdpl.library"):
        return None
    try:
        document_model = apps.get_model("library", "Document")
    except LookupError:
        return None
    try:
        with transaction.atomic():  # a savepoint: the library may not be migrated yet
            found = document_model._default_manager.filter(number=number).values_list("pk", flat=True).first()
    except DatabaseError:
        return None
    return int(found) if found is not None else None


def library_document_ids(numbers: list[str]) -> dict[str, int]:
    """{number: library document id} for the numbers the legal library holds (one query)."""
    from django.apps import apps

    if not numbers or not apps.is_installed("pbgdpl.library"):
        return {}
    try:
        document_model = apps.get_model("library", "Document")
        with transaction.atomic():
            rows = document_model._default_manager.filter(number__in=numbers).values_list("number", "pk")
            return {str(number): int(pk) for number, pk in rows}
    except (LookupError, DatabaseError):
        return {}


def _find_cited_plan(number: docnumbers.DocNumber, exclude: Plan) -> Plan | None:
    if number.number is None or number.kind != "KH":
        return None
    return (Plan.objects.filter(number=number.number, symbol=number.symbol).exclude(pk=exclude.pk)
            .order_by("-year", "-id").first())


def _set_legal_bases(plan: Plan, legal_bases: list[Any]) -> list[dict[str, Any]]:
    plan.legal_bases.all().delete()
    out = []
    for position, item in enumerate(legal_bases):
        text = item.get("text", "") if isinstance(item, dict) else str(item)
        wanted = item.get("number", "") if isinstance(item, dict) else ""
        found = docnumbers.find_all(wanted or text)
        parsed = found[0] if found else None
        number = str(parsed) if parsed else (wanted or "")
        basis = LegalBasis.objects.create(
            plan=plan, position=position, text=text.strip() or number, number=number[:60],
            cited_plan=_find_cited_plan(parsed, plan) if parsed else None,
            library_document_id=library_document_id(number),
        )
        out.append({"text": basis.text, "number": basis.number, "cited_plan": basis.cited_plan_id})
    return out


# --- Plans -------------------------------------------------------------------------------------

@transaction.atomic
def plan_create(
    *, by: Any, unit: Unit, title: str, number: int | None = None, year: int, date: dt.date | None = None,
    place: str = "", programme: str = Programme.YEARLY, parent: Plan | None = None, signer_name: str = "",
    signer_title: str = "", signer_prefix: str = "", purposes: str = "", requirements: str = "",
    audiences: str = "", budget_text: str = "", budget_amount: Decimal | int | None = None,
    recipients: list[str] | None = None, legal_bases: list[Any] | None = None, symbol: str | None = None,
    period: str = "",
) -> Plan:
    plan = Plan(
        unit=unit, title=title.strip(), number=number, year=year, date=date, place=place, programme=programme,
        parent=parent, signer_name=signer_name, signer_title=signer_title, signer_prefix=signer_prefix,
        purposes=purposes, requirements=requirements, audiences=audiences, budget_text=budget_text,
        budget_amount=budget_amount, recipients=list(recipients or []),
        symbol=symbol if symbol is not None else default_symbol(unit), period=period,
        created_by=by if getattr(by, "is_authenticated", False) else None,
    )
    policy.require(by, "add", plan)
    plan.full_clean(exclude=["unit", "parent", "created_by"])
    _check_number(plan)
    try:
        with transaction.atomic():
            plan.save()
    except IntegrityError as error:  # a concurrent save took the number
        raise ValidationError({"number": _("Số này vừa được dùng; hãy chọn số khác.")}) from error
    bases = _set_legal_bases(plan, legal_bases or [])
    audit.record(actor=by, action="plan.create", target=plan, after={**audit.snapshot(plan), "legal_bases": bases})
    return plan


@transaction.atomic
def plan_update(*, by: Any, plan: Plan, version: int | None = None, legal_bases: list[Any] | None = None,
                **fields: Any) -> Plan:
    policy.require(by, "change", plan)
    current = Plan.objects.select_for_update().get(pk=plan.pk)
    if version is not None and current.version != version:
        raise StaleEdit(_("Kế hoạch đã được người khác sửa sau khi bạn mở; hãy tải lại để xem thay đổi."))
    before = audit.snapshot(current)
    for key, value in fields.items():
        if key not in PLAN_FIELDS:
            raise ValidationError({key: _("Trường không hợp lệ")})
        setattr(current, key, value)
    if "unit" in fields:
        policy.require(by, "change", current)
    current.full_clean(exclude=["unit", "parent", "created_by"])
    _check_number(current)
    if current.date and current.tasks.filter(due_date__lt=current.date).exists():
        raise ValidationError({"date": _("Có nhiệm vụ có hạn trước ngày ban hành kế hoạch.")})
    current.version += 1
    current.save()
    old, new = audit.diff(before, audit.snapshot(current))
    if legal_bases is not None:
        new["legal_bases"] = _set_legal_bases(current, legal_bases)
    audit.record(actor=by, action="plan.update", target=current, before=old, after=new)
    return current


@transaction.atomic
def plan_transition(*, by: Any, plan: Plan, name: str, signed_pdf: Any = None) -> Plan:
    """Apply one workflow transition (see :mod:`pbgdpl.plans.workflow`)."""
    try:
        transition = workflow.TRANSITIONS[name]
    except KeyError:
        raise ValidationError(_("Thao tác không hợp lệ.")) from None
    current = Plan.objects.select_for_update().get(pk=plan.pk)
    policy.require(by, transition.action, current)
    if current.status not in transition.sources:
        raise ValidationError(_("Không thể %(action)s kế hoạch ở trạng thái %(status)s.") % {
            "action": str(transition.label).lower(), "status": current.get_status_display()})
    if current.is_archived:
        raise ValidationError(_("Kế hoạch đã lưu trữ."))
    before = {"status": current.status}
    if name == "issue":
        if current.number is None or current.date is None:
            raise ValidationError(_("Cần có số và ngày ban hành trước khi ban hành."))
        if signed_pdf is not None:
            check_upload(signed_pdf, PDF_ONLY)
            current.signed_pdf.save(f"{current.pk}-{current.year}.pdf", signed_pdf, save=False)
    current.status = transition.target
    current.version += 1
    current.save()
    audit.record(actor=by, action=f"plan.{name}", target=current, before=before,
                 after={"status": current.status, "signed_pdf": current.signed_pdf.name or None})
    if name == "issue":
        _tell_assigned_units(current)
    return current


def _tell_assigned_units(plan: Plan) -> None:
    """When a plan is issued, the focal points of the units that lead its tasks are told (in the app)."""
    from django.urls import reverse

    from .notifications import focal_points, notify

    counts: dict[int, int] = {}
    units: dict[int, Unit] = {}
    for assignment in Assignment.objects.filter(task__plan=plan, role=AssignmentRole.LEAD).select_related("unit"):
        counts[assignment.unit_id] = counts.get(assignment.unit_id, 0) + 1
        units[assignment.unit_id] = assignment.unit
    told: set[int] = set()
    for unit_id, count in counts.items():
        for user in focal_points(units[unit_id]):
            if user.pk in told:
                continue
            told.add(user.pk)
            notify(user=user, kind="plan.issued",
                   title=_("Kế hoạch %(plan)s giao nhiệm vụ cho %(unit)s") % {
                       "plan": plan.number_symbol or plan.title[:80], "unit": units[unit_id].display_name},
                   body=_("%(n)s nhiệm vụ chủ trì.") % {"n": count}, url=reverse("plans:plan", args=[plan.pk]))


@transaction.atomic
def plan_attach_signed_pdf(*, by: Any, plan: Plan, signed_pdf: Any) -> Plan:
    policy.require(by, "issue", plan)
    check_upload(signed_pdf, PDF_ONLY)
    before = {"signed_pdf": plan.signed_pdf.name or None}
    plan.signed_pdf.save(f"{plan.pk}-{plan.year}.pdf", signed_pdf, save=False)
    plan.version += 1
    plan.save(update_fields=["signed_pdf", "version", "updated_at"])
    audit.record(actor=by, action="plan.signed_pdf", target=plan, before=before, after={"signed_pdf": plan.signed_pdf.name})
    return plan


def plan_has_progress(plan: Plan) -> bool:
    return ProgressReport.objects.filter(task__plan=plan).exists()


@transaction.atomic
def plan_delete(*, by: Any, plan: Plan) -> None:
    """Delete a plan nobody reported on yet; with reported progress, archive it instead."""
    policy.require(by, "delete", plan)
    if plan_has_progress(plan):
        raise ValidationError(_("Kế hoạch đã có báo cáo tiến độ nên không thể xóa; hãy lưu trữ thay vì xóa."))
    if plan.children.exists() or Task.objects.filter(parent_plan_task__plan=plan).exists():
        raise ValidationError(_("Đã có kế hoạch cấp dưới triển khai kế hoạch này; hãy lưu trữ thay vì xóa."))
    snapshot = audit.snapshot(plan)
    audit.record(actor=by, action="plan.delete", target=plan, before=snapshot)
    plan.delete()


@transaction.atomic
def plan_archive(*, by: Any, plan: Plan, archived: bool = True) -> Plan:
    policy.require(by, "archive", plan)
    before = {"archived_at": plan.archived_at}
    plan.archived_at = timezone.now() if archived else None
    plan.version += 1
    plan.save(update_fields=["archived_at", "version", "updated_at"])
    audit.record(actor=by, action="plan.archive" if archived else "plan.unarchive", target=plan, before=before,
                 after={"archived_at": plan.archived_at})
    return plan


# --- Tasks -------------------------------------------------------------------------------------

def _resolve(text: str, plan: Plan) -> list[Unit]:
    from pbgdpl.org.selectors import resolve_name

    on = plan.date or dt.date(plan.year, 1, 1)
    units: list[Unit] = []
    for part in _split_names(text):
        for unit in resolve_name(part, context=plan.unit, on=on):
            if unit not in units:
                units.append(unit)
    return units


def _split_names(text: str) -> list[str]:
    """Split "Văn phòng Sở; Thanh tra Sở" on semicolons and new lines, keeping commas inside names
    ("Sở Văn hóa, Thể thao và Du lịch"); the whole text is tried first."""
    text = (text or "").strip()
    if not text:
        return []
    parts = [p.strip(" .") for chunk in text.splitlines() for p in chunk.split(";")]
    return [p for p in parts if p] or [text]


def _sync_assignments(task: Task) -> None:
    lead = list(task.lead_units.all())
    coordinating = [u for u in task.coordinating_units.all() if u not in lead]
    wanted = {u.pk: AssignmentRole.LEAD for u in lead} | {u.pk: AssignmentRole.COORDINATING for u in coordinating}
    existing = {a.unit_id: a for a in task.assignments.all()}
    for unit_id, assignment in existing.items():
        if unit_id not in wanted and not assignment.reports.exists():
            assignment.delete()
        elif unit_id in wanted and assignment.role != wanted[unit_id]:
            assignment.role = wanted[unit_id]
            assignment.save(update_fields=["role"])
    for unit_id, role in wanted.items():
        if unit_id not in existing:
            Assignment.objects.create(task=task, unit_id=unit_id, role=role)


def _normalise_due(task: Task) -> None:
    """Fill the due date from the timeframe as written when none was given; note trigger phrases."""
    if task.standing:
        return
    year = task.plan.year
    parsed = normalise_timeframe(task.timeframe, year)
    if parsed.triggered and not task.trigger_text:
        task.trigger_text = task.timeframe
    if parsed.trigger_days and task.trigger_days is None:
        task.trigger_days = parsed.trigger_days
    plan_date = task.plan.date
    if task.due_date is None and not (parsed.due_date and plan_date and parsed.due_date < plan_date):
        task.due_date = parsed.due_date  # a period that ended before the plan was issued gives no deadline


def _check_due(task: Task) -> None:
    plan_date = task.plan.date
    if task.due_date and plan_date and task.due_date < plan_date:
        raise ValidationError({"due_date": _("Hạn hoàn thành (%(due)s) không thể trước ngày ban hành kế hoạch (%(date)s).") % {
            "due": task.due_date.strftime("%d/%m/%Y"), "date": plan_date.strftime("%d/%m/%Y")}})


def _task_snapshot(task: Task) -> dict[str, Any]:
    data = audit.snapshot(task)
    data["lead_units"] = sorted(task.lead_units.values_list("pk", flat=True))
    data["coordinating_units"] = sorted(task.coordinating_units.values_list("pk", flat=True))
    return data


@transaction.atomic
def task_create(
    *, by: Any, plan: Plan, code: str, title: str, parent: Task | None = None, content: str = "",
    lead_units: list[Unit] | None = None, coordinating_units: list[Unit] | None = None, lead_text: str = "",
    coordinating_text: str = "", timeframe: str = "", due_date: dt.date | None = None, trigger_text: str = "",
    trigger_days: int | None = None, deliverables: list[str] | None = None, standing: bool = False,
    parent_plan_task: Task | None = None, position: int | None = None,
) -> Task:
    if parent is not None and parent.plan_id != plan.pk:
        raise ValidationError({"parent": _("Mục cha phải thuộc cùng kế hoạch.")})
    task = Task(
        plan=plan, code=code.strip(), title=title.strip(), parent=parent, content=content, lead_text=lead_text,
        coordinating_text=coordinating_text, timeframe=timeframe, due_date=due_date, trigger_text=trigger_text,
        trigger_days=trigger_days, deliverables=[d for d in (deliverables or []) if d], standing=standing,
        parent_plan_task=parent_plan_task,
        position=position if position is not None else (plan.tasks.aggregate(p=Max("position"))["p"] or 0) + 1,
    )
    policy.require(by, "add", task)
    _normalise_due(task)
    _check_due(task)
    task.full_clean(exclude=["plan", "parent", "parent_plan_task", "approved_by"])
    task.save()
    task.lead_units.set(lead_units if lead_units is not None else _resolve(lead_text, plan))
    task.coordinating_units.set(coordinating_units if coordinating_units is not None else _resolve(coordinating_text, plan))
    _sync_assignments(task)
    audit.record(actor=by, action="task.create", target=task, after=_task_snapshot(task),
                 unit_path=plan.unit.path)
    return task


@transaction.atomic
def task_update(*, by: Any, task: Task, version: int, lead_units: list[Unit] | None = None,
                coordinating_units: list[Unit] | None = None, **fields: Any) -> Task:
    """Save changes made on a task opened at ``version``; if someone saved it since, raise :class:`StaleEdit`."""
    policy.require(by, "change", task)
    current = Task.objects.select_for_update().select_related("plan").get(pk=task.pk)
    if current.version != version:
        raise StaleEdit(_("Nhiệm vụ đã được người khác sửa sau khi bạn mở (phiên bản %(new)s, bạn mở phiên bản %(old)s). "
                          "Hãy tải lại để xem thay đổi trước khi lưu.") % {"new": current.version, "old": version})
    before = _task_snapshot(current)
    for key, value in fields.items():
        if key not in TASK_FIELDS:
            raise ValidationError({key: _("Trường không hợp lệ")})
        setattr(current, key, value)
    if "timeframe" in fields and "due_date" not in fields:
        current.due_date = None
    _normalise_due(current)
    _check_due(current)
    current.full_clean(exclude=["plan", "parent", "parent_plan_task", "approved_by"])
    current.version += 1
    current.save()
    if lead_units is not None:
        current.lead_units.set(lead_units)
    elif "lead_text" in fields:
        current.lead_units.set(_resolve(current.lead_text, current.plan))
    if coordinating_units is not None:
        current.coordinating_units.set(coordinating_units)
    elif "coordinating_text" in fields:
        current.coordinating_units.set(_resolve(current.coordinating_text, current.plan))
    _sync_assignments(current)
    old, new = audit.diff(before, _task_snapshot(current))
    audit.record(actor=by, action="task.update", target=current, before=old, after=new,
                 unit_path=current.plan.unit.path)
    return current


@transaction.atomic
def task_delete(*, by: Any, task: Task) -> None:
    policy.require(by, "delete", task)
    if ProgressReport.objects.filter(task__in=[task, *task.children.all()]).exists():
        raise ValidationError(_("Nhiệm vụ đã có báo cáo tiến độ nên không thể xóa."))
    audit.record(actor=by, action="task.delete", target=task, before=_task_snapshot(task),
                 unit_path=task.plan.unit.path)
    task.delete()


@transaction.atomic
def task_fire_trigger(*, by: Any, task: Task, on: dt.date, days: int | None = None) -> Task:
    """The awaited event happened on ``on``: the due date becomes N working days later."""
    policy.require(by, "fire", task)
    current = Task.objects.select_for_update().select_related("plan").get(pk=task.pk)
    if not current.trigger_text:
        raise ValidationError(_("Nhiệm vụ này không chờ sự kiện nào."))
    n = days if days is not None else current.trigger_days
    if n is None:
        raise ValidationError({"days": _("Cần số ngày làm việc kể từ sự kiện.")})
    before = {"triggered_on": current.triggered_on, "due_date": current.due_date, "trigger_days": current.trigger_days}
    current.triggered_on = on
    current.trigger_days = n
    current.due_date = add_working_days(on, n)
    _check_due(current)
    current.version += 1
    current.save()
    audit.record(actor=by, action="task.fire", target=current, before=before,
                 after={"triggered_on": on, "due_date": current.due_date, "trigger_days": n},
                 unit_path=current.plan.unit.path)
    return current


def _roll_up(task: Task) -> None:
    """The task's state and percent from its lead units' latest reports (coordinators when no lead)."""
    assignments = list(task.assignments.all())
    leads = [a for a in assignments if a.role == AssignmentRole.LEAD] or assignments
    if not leads:
        return
    states = [a.state for a in leads]
    task.percent = round(sum(a.percent for a in leads) / len(leads))
    if all(s in DONE_STATES for s in states):
        task.state = TaskState.DONE_LATE if TaskState.DONE_LATE in states else TaskState.DONE
    elif all(s == TaskState.NOT_DONE for s in states):
        task.state = TaskState.NOT_DONE
    elif all(s == TaskState.NOT_STARTED for s in states):
        task.state = TaskState.NOT_STARTED
    else:
        task.state = TaskState.IN_PROGRESS
    if task.state in DONE_STATES:
        task.completed_on = task.completed_on or timezone.localdate()
    else:
        task.completed_on = None
        task.approved_at = None
        task.approved_by = None


@transaction.atomic
def task_report_progress(
    *, by: Any, task: Task, unit: Unit, state: str, percent: int, note: str = "", reason: str = "",
    links: list[str] | None = None, files: list[Any] | None = None, on: dt.date | None = None,
) -> ProgressReport:
    """``unit`` reports on its part of ``task``; only that unit's people may."""
    from .permissions import can_report_for

    assignment = Assignment.objects.select_related("unit").filter(task=task, unit=unit).first()
    if assignment is None:
        raise PermissionDenied(_("Đơn vị không được giao nhiệm vụ này."))
    policy.require(by, "view", task)
    if not can_report_for(by, assignment):
        raise PermissionDenied(_("Chỉ đơn vị được giao mới báo cáo tiến độ nhiệm vụ."))
    if Plan.objects.filter(pk=task.plan_id).values_list("status", flat=True).get() not in workflow.REPORTABLE:
        raise ValidationError(_("Chỉ báo cáo tiến độ khi kế hoạch đã ban hành."))
    if state not in TaskState.values:
        raise ValidationError({"state": _("Tình trạng không hợp lệ.")})
    if not 0 <= int(percent) <= 100:
        raise ValidationError({"percent": _("Tiến độ từ 0 đến 100%.")})
    if state == TaskState.NOT_DONE and not reason.strip():
        raise ValidationError({"reason": _("Cần nêu lý do không thực hiện được.")})
    today = on or timezone.localdate()
    if state == TaskState.DONE and task.due_date and today > task.due_date:
        state = TaskState.DONE_LATE
    if state in DONE_STATES:
        percent = 100
    clean_links = [link.strip() for link in (links or []) if link and link.strip()]
    for link in clean_links:
        if not link.startswith(("http://", "https://", "/")):
            raise ValidationError({"links": _("Liên kết phải bắt đầu bằng http://, https:// hoặc /.")})
    for upload in files or []:
        check_upload(upload, EVIDENCE_TYPES)
    before = {"state": assignment.state, "percent": assignment.percent}
    assignment.state, assignment.percent, assignment.note, assignment.reason = state, int(percent), note, reason
    assignment.reported_at = timezone.now()
    assignment.save()
    report = ProgressReport.objects.create(
        assignment=assignment, task=task, author=by if getattr(by, "is_authenticated", False) else None,
        state=state, percent=int(percent), note=note, reason=reason, links=clean_links,
    )
    for upload in files or []:
        content_type = check_upload(upload, EVIDENCE_TYPES)
        evidence = Evidence(report=report, original_name=upload.name[:255], content_type=content_type, size=upload.size)
        evidence.file.save(upload.name, upload, save=False)
        evidence.save()
    task_before = {"state": task.state, "percent": task.percent}
    locked = Task.objects.select_for_update().get(pk=task.pk)
    _roll_up(locked)
    locked.save(update_fields=["state", "percent", "completed_on", "approved_at", "approved_by", "updated_at"])
    task.state, task.percent, task.completed_on = locked.state, locked.percent, locked.completed_on
    rolled = _propagate(locked)
    if locked.state in DONE_STATES and task_before["state"] not in DONE_STATES:
        _ask_for_approval(locked)
    audit.record(actor=by, action="task.progress", target=locked, before={**before, "task": task_before},
                 after={"state": state, "percent": int(percent), "task": {"state": locked.state, "percent": locked.percent}},
                 data={"unit": unit.pk, "note": note, "reason": reason, "links": clean_links,
                       "files": [f.name for f in files or []], "rolled_up_to": rolled},
                 unit_path=unit.path)
    return report


def _ask_for_approval(task: Task) -> None:
    """The leaders of the issuing unit learn that a task waits for their approval."""
    from django.urls import reverse

    from pbgdpl.accounts.roles import Role

    from .notifications import notify, people_of

    plan = Plan.objects.select_related("unit").get(pk=task.plan_id)
    for leader in people_of(plan.unit, Role.LEADER):
        notify(user=leader, kind="task.approval",
               title=_("Chờ phê duyệt hoàn thành: %(task)s") % {"task": task.title[:150]},
               body=_("Kế hoạch %(plan)s") % {"plan": plan.number_symbol or plan.title[:80]},
               url=reverse("plans:task", args=[task.pk]))


def _propagate(task: Task) -> list[int]:
    """A derived task's progress becomes its unit's part of the parent plan's task, up the chain."""
    touched: list[int] = []
    current = task
    while current.parent_plan_task_id is not None and len(touched) < 10:
        parent = Task.objects.select_for_update().get(pk=current.parent_plan_task_id)
        unit_id = current.plan.unit_id
        siblings = list(Task.objects.filter(parent_plan_task=parent, plan__unit_id=unit_id, plan__archived_at__isnull=True)
                        .values_list("state", "percent"))
        assignment = Assignment.objects.filter(task=parent, unit_id=unit_id).first()
        if assignment is None or not siblings:
            break
        states = [s for s, _ in siblings]
        assignment.percent = round(sum(p for _, p in siblings) / len(siblings))
        if all(s in DONE_STATES for s in states):
            assignment.state = TaskState.DONE_LATE if TaskState.DONE_LATE in states else TaskState.DONE
        elif all(s == TaskState.NOT_DONE for s in states):
            assignment.state = TaskState.NOT_DONE
        elif all(s == TaskState.NOT_STARTED for s in states):
            assignment.state = TaskState.NOT_STARTED
        else:
            assignment.state = TaskState.IN_PROGRESS
        assignment.reported_at = timezone.now()
        assignment.save(update_fields=["state", "percent", "reported_at"])
        _roll_up(parent)
        parent.save(update_fields=["state", "percent", "completed_on", "approved_at", "approved_by", "updated_at"])
        touched.append(parent.pk)
        current = Task.objects.select_related("plan").get(pk=parent.pk)
    return touched


@transaction.atomic
def task_approve(*, by: Any, task: Task) -> Task:
    """The leader confirms the task is complete."""
    policy.require(by, "approve", task)
    current = Task.objects.select_for_update().get(pk=task.pk)
    if current.state not in DONE_STATES:
        raise ValidationError(_("Chỉ phê duyệt khi đơn vị chủ trì đã báo cáo hoàn thành."))
    current.approved_at = timezone.now()
    current.approved_by = by
    current.save(update_fields=["approved_at", "approved_by", "updated_at"])
    audit.record(actor=by, action="task.approve", target=current, after={"approved_at": current.approved_at},
                 unit_path=current.plan.unit.path)
    return current


# --- Derivation --------------------------------------------------------------------------------

@transaction.atomic
def plan_derive(*, by: Any, parent: Plan, unit: Unit, tasks: list[Task], title: str, year: int | None = None,
                number: int | None = None, date: dt.date | None = None, place: str = "",
                programme: str | None = None, **extra: Any) -> Plan:
    """"Create our plan from this plan": the picked tasks of ``parent`` become tasks of ``unit``'s new plan,
    each linked to the task it implements; the issuing unit leads them until it assigns its own units."""
    policy.require(by, "derive", parent)
    plan = plan_create(
        by=by, unit=unit, title=title, year=year or parent.year, number=number, date=date, place=place,
        programme=programme or parent.programme, parent=parent,
        legal_bases=[parent.number_symbol and f"Kế hoạch số {parent.number_symbol} của {parent.unit.name}"] if
        parent.number_symbol else [], **extra,
    )
    picked = {t.pk for t in tasks}
    copies: dict[int, Task] = {}
    for source in parent.tasks.filter(pk__in=picked).order_by("position", "id"):
        due = source.due_date if (source.due_date is None or plan.date is None or source.due_date >= plan.date) else None
        copies[source.pk] = task_create(
            by=by, plan=plan, code=source.code, title=source.title, content=source.content,
            parent=copies.get(source.parent_id) if source.parent_id else None,
            lead_units=[unit], coordinating_units=[], lead_text=unit.name, timeframe=source.timeframe,
            due_date=due, trigger_text=source.trigger_text, trigger_days=source.trigger_days,
            deliverables=list(source.deliverables), standing=source.standing, parent_plan_task=source,
        )
    audit.record(actor=by, action="plan.derive", target=plan, data={"parent": parent.pk, "tasks": sorted(picked)})
    return plan
