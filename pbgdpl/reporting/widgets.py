"""The staff dashboard card: this year's activities in the user's scope and the reports that need them."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from pbgdpl.core import policy
from pbgdpl.core.dashboard import staff_widget
from pbgdpl.core.views import today

from . import selectors, workflow
from .models import Activity, Status, Submission


@staff_widget(order=40)
def reporting_card(request: HttpRequest) -> dict[str, Any] | None:
    user = request.user
    if not policy.can(user, "view", Activity):
        return None
    year = today().year
    totals = selectors.year_totals(user, year)
    if not totals["n"]:  # early in the year: show the last full year
        year -= 1
        totals = selectors.year_totals(user, year)
    visible = policy.visible(user, Submission.objects.all())
    todo = [(s, s.schedule.due_for(s.unit)) for s in
            visible.filter(status__in=workflow.EDITABLE).select_related("schedule__report_type", "unit")
            .prefetch_related("schedule__deadlines")[:5] if policy.can(user, "submit", s)]
    pending = sum(1 for s in visible.filter(status=Status.SUBMITTED).select_related("unit__parent")[:200]
                  if policy.can(user, "approve", s))
    return {"title": _("Hoạt động và báo cáo PBGDPL"), "template": "reporting/_widget.html",
            "year": year, "activities": totals["n"], "participants": totals["p"], "todo": todo, "pending": pending}
