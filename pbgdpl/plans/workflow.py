"""The plan lifecycle, in one place: draft → submitted → issued → closed.

Each transition names the states it leaves from, the state it reaches and the policy action that
guards it; :func:`pbgdpl.plans.services.plan_transition` applies them and writes the audit record.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import PlanStatus


@dataclass(frozen=True)
class Transition:
    name: str
    sources: tuple[str, ...]
    target: str
    action: str  # the policy action that guards it
    label: object


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition("submit", (PlanStatus.DRAFT,), PlanStatus.SUBMITTED, "change", _("Trình ký")),
        Transition("withdraw", (PlanStatus.SUBMITTED,), PlanStatus.DRAFT, "change", _("Rút về dự thảo")),
        Transition("issue", (PlanStatus.DRAFT, PlanStatus.SUBMITTED), PlanStatus.ISSUED, "issue", _("Ban hành")),
        Transition("close", (PlanStatus.ISSUED,), PlanStatus.CLOSED, "close", _("Kết thúc")),
        Transition("reopen", (PlanStatus.CLOSED,), PlanStatus.ISSUED, "close", _("Mở lại")),
    )
}

# States in which the plan's text (and its tasks' definitions) may still change.
EDITABLE = (PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.ISSUED)
# States in which units report progress.
REPORTABLE = (PlanStatus.ISSUED,)


def available(status: str) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if status in t.sources]
