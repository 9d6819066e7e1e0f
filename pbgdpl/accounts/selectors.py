"""Reads about accounts: who is locked out after repeated failed logins."""

from __future__ import annotations

from collections.abc import Iterable

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.utils import timezone


def locked_usernames(usernames: Iterable[str]) -> set[str]:
    """The usernames among ``usernames`` currently locked out (failures within the cool-off)."""
    names = list(usernames)
    if not names:
        return set()
    attempts = AccessAttempt.objects.filter(username__in=names, failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    cool_off = get_cool_off()
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return set(attempts.values_list("username", flat=True))
