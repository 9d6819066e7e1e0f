"""Template helpers loaded everywhere: permission checks through the policy, Vietnamese dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template

from pbgdpl.core import policy
from pbgdpl.core.text import format_date

register = template.Library()


@register.simple_tag(takes_context=True)
def can(context: dict[str, Any], action: str, target: Any) -> bool:
    """``{% can "change" plan as may_change %}`` asks the resource's permission policy."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return policy.can(user, action, target)


@register.filter
def vndate(value: dt.date | dt.datetime | None) -> str:
    if isinstance(value, dt.datetime):
        from django.utils import timezone

        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return format_date(value)


@register.filter
def vnnum(value: Any) -> str:
    """Thousands with dots, the Vietnamese way: 1234567 -> 1.234.567."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "" if value is None else str(value)
    if number.is_integer():
        return f"{int(number):,}".replace(",", ".")
    return f"{number:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")
