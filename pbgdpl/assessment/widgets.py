"""The staff dashboard card: self-assessments the user scores, and those waiting for the user's approval."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from pbgdpl.core import policy
from pbgdpl.core.dashboard import staff_widget

from . import selectors, services, workflow
from .models import Assessment, AssessmentStatus


@staff_widget(order=55)
def assessment_card(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    if not policy.can(user, "view", Assessment):
        return None
    items = list(selectors.assessments(user).select_related("unit__parent")[:200])
    mine = [a for a in items if a.status in workflow.EDITABLE and policy.can(user, "change", a)][:5]
    waiting = [(a, services.approvable_from(a)) for a in items
               if a.status in (AssessmentStatus.SUBMITTED, AssessmentStatus.PUBLISHED)
               and policy.can(user, "approve", a)][:5]
    if not mine and not waiting:
        return None
    return {"title": _("Tự đánh giá, chấm điểm"), "template": "assessment/_widget.html", "mine": mine,
            "waiting": waiting}
