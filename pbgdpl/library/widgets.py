"""The library on the public home page (a search box, the newest bookshelf items) and on the staff
dashboard (bookshelf items waiting for the user's step)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from pbgdpl.core import policy
from pbgdpl.core.dashboard import public_section, staff_widget

from . import selectors, workflow
from .models import BookshelfItem, Document


@public_section(order=20)
def library_search(request: HttpRequest) -> dict[str, Any] | None:
    return {"title": _("Tra cứu văn bản pháp luật"), "template": "library/_w_public.html",
            "documents": Document.objects.count(), "items": selectors.bookshelf_public()[:5]}


@staff_widget(order=40)
def bookshelf_waiting(request: HttpRequest) -> dict[str, Any] | None:
    if not policy.can(request.user, "view", BookshelfItem):
        return None
    waiting = [item for item in selectors.bookshelf_staff(request.user).exclude(state=workflow.State.PUBLISHED)[:50]
               if any(policy.can(request.user, t.action, item) for t in workflow.available(item.state)
                      if t.name not in ("return", "unpublish"))]
    return {"title": _("Tủ sách pháp luật: chờ tôi xử lý"), "template": "library/_w_waiting.html",
            "waiting": waiting[:5], "count": len(waiting)}
