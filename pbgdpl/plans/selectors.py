"""Reads for plans, tasks and dashboards. Counts are computed in the database, a few queries per page."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet, Sum
from django.utils.translation import gettext_lazy as _

from pbgdpl.accounts.roles import Role
from pbgdpl.accounts.scope import scope_of
from pbgdpl.core import policy
from pbgdpl.org.models import Unit

from .models import DONE_STATES, Assignment, AssignmentRole, Notification, Plan, PlanSnapshot, Task, TaskState

# Dashboard buckets, exclusive, in this order of precedence.
BUCKETS: list[tuple[str, Any]] = [
    ("done", _("Hoàn thành")),
    ("not_done", _("Không thực hiện được")),
    ("waiting", _("Chờ sự kiện")),
    ("overdue", _("Quá hạn")),
    ("in_progress", _("Đang thực hiện")),
    ("not_started", _("Chưa thực hiện")),
]
BUCKET_LABELS = dict(BUCKETS)


def bucket_q(today: dt.date, *, task: str = "", state: str = "state") -> dict[str, Q]:
    """Q filters for the buckets; ``task`` prefixes the task's fields (``"task__"`` from an assignment)."""
    done = Q(**{f"{state}__in": list(DONE_STATES)})
    not_done = Q(**{state: TaskState.NOT_DONE})
    open_ = ~done & ~not_done
    waiting = open_ & ~Q(**{f"{task}trigger_text": ""}) & Q(**{f"{task}triggered_on__isnull": True})
    not_waiting = Q(**{f"{task}trigger_text": ""}) | Q(**{f"{task}triggered_on__isnull": False})
    overdue = open_ & not_waiting & Q(**{f"{task}due_date__lt": today}) & Q(**{f"{task}standing": False})
    not_overdue = Q(**{f"{task}due_date__isnull": True}) | Q(**{f"{task}due_date__gte": today}) | Q(
        **{f"{task}standing": True})
    return {
        "done": done,
        "not_done": not_done,
        "waiting": waiting,
        "overdue": overdue,
        "in_progress": Q(**{state: TaskState.IN_PROGRESS}) & not_overdue & not_waiting,
        "not_started": Q(**{state: TaskState.NOT_STARTED}) & not_overdue & not_waiting,
    }


def bucket_of(task: Task, today: dt.date, state: str | None = None) -> str:
    state = state or task.state
    if state in DONE_STATES:
        return "done"
    if state == TaskState.NOT_DONE:
        return "not_done"
    if task.is_waiting:
        return "waiting"
    if task.is_overdue(today):
        return "overdue"
    return "in_progress" if state == TaskState.IN_PROGRESS else "not_started"


def leaf_q() -> Q:
    """Tasks that are not headings of sub-tasks: those are what counts."""
    return ~Q(Exists(Task.objects.filter(parent=OuterRef("pk"))))


def _counts(today: dt.date, **prefix: str) -> dict[str, Count]:
    return {name: Count("pk", filter=q) for name, q in bucket_q(today, **prefix).items()}


def _counts_of(row: dict[str, Any]) -> Counts:
    return Counts(**{name: int(row.get(name) or 0) for name, _ in BUCKETS})


@dataclass
class Counts:
    done: int = 0
    not_done: int = 0
    waiting: int = 0
    overdue: int = 0
    in_progress: int = 0
    not_started: int = 0

    @property
    def total(self) -> int:
        return self.done + self.not_done + self.waiting + self.overdue + self.in_progress + self.not_started

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    def as_dict(self) -> dict[str, int]:
        return {name: getattr(self, name) for name, _ in BUCKETS} | {"total": self.total}


def counts_by_plan(plans: QuerySet[Plan] | list[int], today: dt.date) -> dict[int, Counts]:
    """Bucket counts of leaf tasks per plan, in one query."""
    tasks = Task.objects.filter(leaf_q(), plan__in=plans)
    rows = tasks.values("plan_id").annotate(**_counts(today)).order_by()
    return {row["plan_id"]: _counts_of(dict(row)) for row in rows}


def counts_for(tasks: QuerySet[Task], today: dt.date) -> Counts:
    return _counts_of(tasks.filter(leaf_q()).aggregate(**_counts(today)))


def plan_list(user: Any, *, year: int | None = None, programme: str = "", status: str = "", q: str = "",
              archived: bool = False) -> QuerySet[Plan]:
    plans = policy.visible(user, Plan.objects.select_related("unit", "parent"))
    plans = plans.filter(archived_at__isnull=not archived)
    if year:
        plans = plans.filter(year=year)
    if programme:
        plans = plans.filter(programme=programme)
    if status:
        plans = plans.filter(status=status)
    if q:
        plans = plans.filter(Q(title__icontains=q) | Q(symbol__icontains=q) | Q(unit__name__icontains=q))
    return plans


def plan_tasks(plan: Plan) -> list[Task]:
    """The plan's tasks with everything the plan page shows, in a fixed number of queries."""
    derived = Task.objects.select_related("plan__unit").order_by("plan__unit__sort_order", "plan__unit__name")
    return list(
        plan.tasks.select_related("parent", "parent_plan_task__plan")
        .prefetch_related(
            "lead_units", "coordinating_units",
            Prefetch("assignments", queryset=Assignment.objects.select_related("unit").order_by("role", "unit__sort_order", "unit__name")),
            Prefetch("derived_tasks", queryset=derived),
        )
        .order_by("position", "id")
    )


@dataclass
class UnitRow:
    unit: Unit
    counts: Counts
    percent: int = 0


def units_breakdown(assignments: QuerySet[Assignment], today: dt.date) -> list[UnitRow]:
    """Lead assignments grouped by unit, bucketed by the unit's own report: one query plus the units."""
    rows = (assignments.filter(role=AssignmentRole.LEAD).values("unit_id")
            .annotate(**_counts(today, task="task__")).order_by())
    data: dict[int, dict[str, Any]] = {row["unit_id"]: dict(row) for row in rows}
    units = Unit.objects.in_bulk(list(data))
    out = []
    for unit_id, row in data.items():
        counts = _counts_of(row)
        out.append(UnitRow(units[unit_id], counts, counts.percent_done))
    out.sort(key=lambda r: (-r.counts.total, r.unit.sort_order, r.unit.name))
    return out


def overdue_tasks(tasks: QuerySet[Task], today: dt.date, limit: int = 30) -> list[Task]:
    return list(
        tasks.filter(leaf_q()).filter(bucket_q(today)["overdue"]).select_related("plan__unit")
        .prefetch_related("lead_units").order_by("due_date", "id")[:limit]
    )


def progress_over_time(plans: QuerySet[Plan] | list[int]) -> list[dict[str, Any]]:
    """Snapshot sums per day (``pbgdpl send_reminders`` takes one a day), oldest first, at most 24 points."""
    rows = (PlanSnapshot.objects.filter(plan__in=plans).values("on")
            .annotate(done=Sum("done"), total=Sum("total"), overdue=Sum("overdue")).order_by("-on")[:24])
    points: list[dict[str, Any]] = [dict(r) for r in rows][::-1]
    for point in points:
        done, total = int(point["done"] or 0), int(point["total"] or 0)
        point["percent"] = round(100 * done / total) if total else 0
    return points


def progress_from_completions(tasks: QuerySet[Task], today: dt.date, total: int, weeks: int = 12) -> list[dict[str, Any]]:
    """Without snapshots: tasks done by the end of each of the last ``weeks`` weeks, from their completion dates."""
    if not total:
        return []
    start = today - dt.timedelta(weeks=weeks)
    dates: list[dt.date] = sorted(
        d for d in tasks.filter(leaf_q(), completed_on__isnull=False).values_list("completed_on", flat=True) if d)
    points = []
    for week in range(weeks + 1):
        on = start + dt.timedelta(weeks=week)
        done = len([d for d in dates if d <= on])
        points.append({"on": on, "done": done, "total": total, "overdue": None, "percent": round(100 * done / total)})
    return points if any(p["done"] for p in points) else []


@dataclass
class Dashboard:
    title: str
    counts: Counts
    units: list[UnitRow]
    overdue: list[Task]
    history: list[dict[str, Any]]
    plans: list[Plan] = field(default_factory=list)
    plan_counts: dict[int, Counts] = field(default_factory=dict)


def dashboard(user: Any, today: dt.date, *, plan: Plan | None = None, unit: Unit | None = None,
              year: int | None = None) -> Dashboard:
    """Per plan, per unit, or across every plan the user sees (the province view)."""
    plans = policy.visible(user, Plan.objects.filter(archived_at__isnull=True))
    if year:
        plans = plans.filter(year=year)
    if plan is not None:
        plans = plans.filter(pk=plan.pk)
    # The visible plans once, as ids: every count below is then a plain indexed IN (…) filter.
    plan_ids = list(plans.values_list("pk", flat=True))
    tasks = Task.objects.filter(plan_id__in=plan_ids)
    assignments = Assignment.objects.filter(task__plan_id__in=plan_ids).filter(
        ~Exists(Task.objects.filter(parent_id=OuterRef("task_id"))))
    if unit is not None:
        assignments = assignments.filter(unit__path__startswith=unit.path)
        tasks = tasks.filter(pk__in=assignments.values("task_id"))
    title = str(plan) if plan else (unit.name if unit else "")
    history = progress_over_time(plan_ids)
    counts = counts_for(tasks, today)
    if len(history) < 2:
        history = progress_from_completions(tasks, today, counts.total)
    plan_rows = [] if plan is not None else list(
        Plan.objects.filter(pk__in=plan_ids).select_related("unit").order_by("-year", "unit__path", "number")[:100])
    return Dashboard(
        title=title,
        counts=counts,
        units=units_breakdown(assignments, today),
        overdue=overdue_tasks(tasks, today),
        history=history,
        plans=plan_rows,
        plan_counts=counts_by_plan([p.pk for p in plan_rows], today) if plan_rows else {},
    )


def my_tasks(user: Any, today: dt.date, *, include_done: bool = False) -> list[Assignment]:
    """Assignments of the user's units (where they report), soonest due first; waiting ones flagged."""
    scope = scope_of(user)
    paths = scope.paths(Role.LEADER, Role.FOCAL, Role.STAFF)
    if user.unit_id and user.unit.path not in paths:
        paths.append(user.unit.path)
    if not paths:
        return []
    query = Q()
    for path in paths:
        query |= Q(unit__path__startswith=path)
    rows = (Assignment.objects.filter(query, task__plan__archived_at__isnull=True)
            .filter(task__in=Task.objects.filter(leaf_q()))
            .select_related("unit", "task__plan__unit"))
    if not include_done:
        rows = rows.exclude(state__in=list(DONE_STATES))
    # One row per task: the user's unit that leads it when there is one (a group like "Các phòng, đơn vị"
    # assigns the same task to several of the user's units).
    best: dict[int, Assignment] = {}
    for assignment in rows.order_by("task__due_date", "task__plan_id", "task__position")[:2000]:
        current = best.get(assignment.task_id)
        if current is None or (current.role != AssignmentRole.LEAD and assignment.role == AssignmentRole.LEAD):
            best[assignment.task_id] = assignment
    out = list(best.values())
    out.sort(key=lambda a: (a.task.due_date is None, a.task.due_date or dt.date.max, a.task.plan_id, a.task.position))
    return out[:500]


def unread_count(user: Any) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def rollup(task: Task) -> list[dict[str, Any]]:
    """On a higher-level task: each implementing unit's progress (derived tasks and direct reports)."""
    rows: list[dict[str, Any]] = []
    for derived in task.derived_tasks.all():
        rows.append({"unit": derived.plan.unit, "state": derived.state, "percent": derived.percent, "task": derived,
                     "state_label": TaskState(derived.state).label})
    return rows


def bucket_totals(counts_map: dict[int, Counts]) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for counts in counts_map.values():
        for name, value in counts.as_dict().items():
            totals[name] += value
    return dict(totals)


def legal_bases(plan: Plan) -> list[dict[str, Any]]:
    """The plan's legal bases with a link to the cited plan or to the legal library's copy (looked up lazily:
    the library may be installed after the plan was written)."""
    from django.urls import NoReverseMatch, reverse

    from .services import library_document_ids

    bases = list(plan.legal_bases.select_related("cited_plan"))
    missing = [b.number for b in bases if b.number and b.library_document_id is None and b.cited_plan_id is None]
    found = library_document_ids(missing) if missing else {}
    out = []
    for basis in bases:
        url = ""
        if basis.cited_plan_id:
            url = reverse("plans:plan", args=[basis.cited_plan_id])
        else:
            doc_id = basis.library_document_id or found.get(basis.number)
            if doc_id:
                try:
                    url = reverse("library:document", args=[doc_id])
                except NoReverseMatch:
                    url = ""
        out.append({"basis": basis, "url": url})
    return out


def ancestor_paths(unit: Unit) -> list[str]:
    """The materialised paths of ``unit`` and every unit above it ("/1/", "/1/4/", "/1/4/6/")."""
    parts = unit.path.strip("/").split("/")
    return ["/" + "/".join(parts[:i]) + "/" for i in range(1, len(parts) + 1)]


def tasks_concerning(plan: Plan, unit: Unit) -> list[int]:
    """Ids of ``plan``'s tasks assigned to ``unit`` or to a unit above it (what a unit picks when deriving)."""
    return list(Assignment.objects.filter(task__plan=plan, unit__path__in=ancestor_paths(unit))
                .values_list("task_id", flat=True).distinct())


def derived_title(parent: Plan, unit: Unit | None) -> str:
    """A first wording for a plan implementing ``parent``: "Triển khai …" once, "tại <unit>" when known."""
    title = parent.title.strip()
    if not title.lower().startswith("triển khai"):
        title = "Triển khai " + title[:1].lower() + title[1:]
    for tail in (" trên địa bàn tỉnh", " trên địa bàn"):
        if title.endswith(tail):
            title = title[: -len(tail)]
            break
    return f"{title} tại {unit.name}" if unit is not None and unit.name not in title else title
