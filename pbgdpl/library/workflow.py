"""The bookshelf item lifecycle, named in one place.

draft --submit--> review --check--> checked --approve--> approved --publish--> published
review / checked / approved --return--> draft;  published --unpublish--> approved

Each transition names the policy action that guards it (see :mod:`pbgdpl.library.permissions`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    REVIEW = "review", _("Chờ rà soát")
    CHECKED = "checked", _("Đã đối chiếu bản gốc")
    APPROVED = "approved", _("Đã duyệt")
    PUBLISHED = "published", _("Đã đăng tải")


@dataclass(frozen=True)
class Transition:
    name: str
    sources: tuple[str, ...]
    target: str
    action: str  # the policy action that guards it
    label: str | Promise


TRANSITIONS: dict[str, Transition] = {
    t.name: t
    for t in (
        Transition("submit", (State.DRAFT,), State.REVIEW, "submit", _("Gửi rà soát")),
        Transition("check", (State.REVIEW,), State.CHECKED, "check", _("Xác nhận đã đối chiếu bản gốc")),
        Transition("approve", (State.CHECKED,), State.APPROVED, "approve", _("Duyệt")),
        Transition("publish", (State.APPROVED,), State.PUBLISHED, "publish", _("Đăng tải")),
        Transition("unpublish", (State.PUBLISHED,), State.APPROVED, "publish", _("Gỡ khỏi tủ sách")),
        Transition("return", (State.REVIEW, State.CHECKED, State.APPROVED), State.DRAFT, "check",
                   _("Trả lại để sửa")),
    )
}


def available(state: str) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if state in t.sources]
