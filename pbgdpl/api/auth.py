from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja.security import HttpBearer, SessionAuth

from pbgdpl.accounts.models import ApiToken


class BearerToken(HttpBearer):
    """``Authorization: Bearer <token>`` with a token from ``pbgdpl api-token USERNAME``."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        try:
            record = ApiToken.objects.select_related("user", "user__unit").get(digest=ApiToken.hash(token))
        except ApiToken.DoesNotExist:
            return None
        if not record.user.is_active:
            return None
        if record.last_used_at is None or (timezone.now() - record.last_used_at).total_seconds() > 300:
            ApiToken.objects.filter(pk=record.pk).update(last_used_at=timezone.now())
        request.user = record.user
        return record.user


class Session(SessionAuth):
    """Logged-in browser sessions may call the API too (CSRF applies to unsafe methods)."""
