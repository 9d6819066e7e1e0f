"""Badges for task buckets and states: a word and a symbol, never colour alone."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString

from pbgdpl.plans.models import TaskState
from pbgdpl.plans.selectors import BUCKET_LABELS

register = template.Library()

_CLASS = {"done": "ok", "overdue": "bad", "not_done": "bad", "waiting": "info", "in_progress": "warn",
          "not_started": "muted"}
_SYMBOL = {"done": "✓", "overdue": "!", "not_done": "✗", "waiting": "⏸", "in_progress": "…", "not_started": "○"}
_STATE_BUCKET = {TaskState.DONE: "done", TaskState.DONE_LATE: "done", TaskState.NOT_DONE: "not_done",
                 TaskState.IN_PROGRESS: "in_progress", TaskState.NOT_STARTED: "not_started"}


@register.simple_tag
def bucket(name: str) -> SafeString:
    return format_html('<span class="badge {}" data-bucket="{}"><span aria-hidden="true">{}</span> {}</span>',
                       _CLASS.get(name, "muted"), name, _SYMBOL.get(name, ""), BUCKET_LABELS.get(name, name))


@register.simple_tag
def state(value: str) -> SafeString:
    name = _STATE_BUCKET.get(value, "not_started")  # type: ignore[call-overload]
    label = TaskState(value).label if value in TaskState.values else value
    return format_html('<span class="badge {}"><span aria-hidden="true">{}</span> {}</span>',
                       _CLASS[name], _SYMBOL[name], label)


@register.filter
def get_item(mapping: dict[str, Any], key: str) -> Any:
    return mapping.get(key, "")


@register.filter
def get_item_attr(obj: Any, name: str) -> Any:
    return getattr(obj, name, "")
