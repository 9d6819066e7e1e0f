"""The assessment lifecycle, in one place.

    agencies:  draft ──submit──▶ submitted ──approve──▶ approved
    communes:  draft ──publish─▶ published ──approve (after the publication period)──▶ approved
    either:    submitted/published ──return (with a reason)──▶ returned ──submit/publish──▶ …

A commune's draft score is shown on the public page while published; the level above may approve only once it
has been public for the set's ``publish_working_days`` working days (QĐ 25/2021 and TT 09/2021: 5), counted with
the working-day calendar (:mod:`pbgdpl.core.calendar`): published on day D, approvable from the 5th working day
after D.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from .models import AssessmentStatus as S


@dataclass(frozen=True)
class Transition:
    name: str
    sources: frozenset[str]
    target: str
    permission: str
    label: object
    needs_comment: bool = False


TRANSITIONS = {t.name: t for t in (
    Transition("submit", frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED, "submit", _("Gửi cấp trên")),
    Transition("publish", frozenset({S.DRAFT, S.RETURNED}), S.PUBLISHED, "submit", _("Công khai kết quả tự chấm")),
    Transition("approve", frozenset({S.SUBMITTED, S.PUBLISHED}), S.APPROVED, "approve", _("Phê duyệt")),
    Transition("return", frozenset({S.SUBMITTED, S.PUBLISHED}), S.RETURNED, "approve", _("Trả lại"),
               needs_comment=True),
)}

EDITABLE = frozenset({S.DRAFT, S.RETURNED})


def available(status: str, needs_publication: bool) -> list[Transition]:
    skip = "submit" if needs_publication else "publish"
    return [t for t in TRANSITIONS.values() if status in t.sources and t.name != skip]
