"""Staff dashboard cards: notifications (the bell), my tasks, and the progress of plans in scope."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from pbgdpl.core import policy
from pbgdpl.core.dashboard import staff_widget
from pbgdpl.core.views import today

from . import selectors
from .models import Notification, Plan, Task


@staff_widget(order=5)
def notifications(request: HttpRequest) -> dict[str, Any] | None:
    user: Any = request.user
    latest = list(Notification.objects.filter(user=user, read_at__isnull=True)[:3])
    return {"title": _("Thông báo"), "template": "plans/_w_notifications.html",
            "count": selectors.unread_count(user), "latest": latest}


@staff_widget(order=10)
def my_tasks(request: HttpRequest) -> dict[str, Any] | None:
    if not policy.can(request.user, "view", Task):
        return None
    now = today()
    rows = selectors.my_tasks(request.user, now)
    buckets = [selectors.bucket_of(a.task, now, a.state) for a in rows]
    return {"title": _("Nhiệm vụ của tôi"), "template": "plans/_w_my_tasks.html", "count": len(rows),
            "overdue": buckets.count("overdue"), "waiting": buckets.count("waiting"), "rows": rows[:5]}


@staff_widget(order=15)
def progress(request: HttpRequest) -> dict[str, Any] | None:
    if not policy.can(request.user, "view", Plan):
        return None
    plans = policy.visible(request.user, Plan.objects.filter(archived_at__isnull=True, year=today().year))
    counts = selectors.counts_for(Task.objects.filter(plan__in=plans), today())
    return {"title": _("Tiến độ kế hoạch năm %(year)s") % {"year": today().year},
            "template": "plans/_w_progress.html", "counts": counts, "labels": selectors.BUCKET_LABELS}
