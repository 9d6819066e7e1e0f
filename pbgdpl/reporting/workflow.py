"""The submission lifecycle, in one place: states, the transitions between them and the permission each needs.

    draft ──submit──▶ submitted ──approve──▶ approved
      ▲                  │                      │
      └──── returned ◀─return                reopen (recorded, with a reason) ──▶ returned

A submission is locked (no edits to it or to the unit's activities in its window) while submitted or approved.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import Status


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    permission: str
    label: object
    needs_comment: bool = False


TRANSITIONS = {
    t.name: t
    for t in (
        Transition("submit", frozenset({Status.DRAFT, Status.RETURNED}), Status.SUBMITTED, "submit",
                   _("Gửi báo cáo")),
        Transition("return", frozenset({Status.SUBMITTED}), Status.RETURNED, "return", _("Trả lại"),
                   needs_comment=True),
        Transition("approve", frozenset({Status.SUBMITTED}), Status.APPROVED, "approve", _("Phê duyệt")),
        Transition("reopen", frozenset({Status.APPROVED}), Status.RETURNED, "reopen", _("Mở lại để sửa"),
                   needs_comment=True),
    )
}

EDITABLE = frozenset({Status.DRAFT, Status.RETURNED})
LOCKED = frozenset({Status.SUBMITTED, Status.APPROVED})


def available(status: str) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if status in t.sources]
