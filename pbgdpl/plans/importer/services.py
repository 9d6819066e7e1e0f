"""Create a plan and its tasks from a reviewed extraction, in one transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from pbgdpl.core import audit, docnumbers
from pbgdpl.org.models import Unit
from pbgdpl.plans import services as plan_services
from pbgdpl.plans.models import Plan, Task


@dataclass
class TaskRow:
    code: str
    title: str
    parent_code: str | None = None
    content: str = ""
    lead_units: list[Unit] = field(default_factory=list)
    coordinating_units: list[Unit] = field(default_factory=list)
    lead_text: str = ""
    coordinating_text: str = ""
    timeframe: str = ""
    due_date: dt.date | None = None
    on_request: bool = False
    products: list[str] = field(default_factory=list)


def cited_parent(numbers: list[str], *, by: Any) -> Plan | None:
    """The first cited plan number ("07/KH-HĐPH") that names a plan in the system the user may see."""
    from pbgdpl.core import policy

    for text in numbers:
        parsed = docnumbers.parse(text)
        if parsed is None or parsed.number is None or parsed.kind != "KH":
            continue
        found = policy.visible(by, Plan.objects.filter(number=parsed.number, symbol=parsed.symbol))
        plan = found.order_by("-year", "-id").first()
        if plan is not None:
            return plan
    return None


@transaction.atomic
def plan_import(
    *,
    by: Any,
    unit: Unit,
    title: str,
    year: int,
    number_text: str = "",
    date: dt.date | None = None,
    place: str = "",
    parent: Plan | None = None,
    purposes: str = "",
    requirements: str = "",
    budget_text: str = "",
    recipients: list[str] | None = None,
    signer_name: str = "",
    signer_title: str = "",
    cited_numbers: list[str] | None = None,
    rows: list[TaskRow],
    source_name: str = "",
) -> Plan:
    """The plan and every task row, or nothing: any refusal rolls the whole import back."""
    parsed = docnumbers.parse(number_text) if number_text else None
    plan = plan_services.plan_create(
        by=by,
        unit=unit,
        title=title,
        number=parsed.number if parsed else None,
        year=year,
        date=date,
        place=place,
        parent=parent,
        purposes=purposes,
        requirements=requirements,
        budget_text=budget_text,
        recipients=recipients or [],
        signer_name=signer_name,
        signer_title=signer_title,
        symbol=parsed.symbol if parsed else None,
        legal_bases=[{"text": n, "number": n} for n in (cited_numbers or [])],
    )
    created: dict[str, Task] = {}
    for position, row in enumerate(rows, start=1):
        task = plan_services.task_create(
            by=by,
            plan=plan,
            code=row.code,
            title=row.title,
            parent=created.get(row.parent_code or ""),
            content=row.content,
            lead_units=row.lead_units,
            coordinating_units=row.coordinating_units,
            lead_text=row.lead_text,
            coordinating_text=row.coordinating_text,
            timeframe=row.timeframe,
            due_date=row.due_date,
            trigger_text=row.timeframe if row.on_request else "",
            deliverables=row.products,
            position=position,
        )
        created[row.code] = task
    audit.record(
        actor=by, action="plan.import", target=plan, after={"source": source_name, "tasks": len(created)}
    )
    return plan
