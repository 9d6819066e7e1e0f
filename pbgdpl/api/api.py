"""The JSON API under /api/, OpenAPI schema at /api/openapi.json.

Each app contributes a ninja ``Router`` named ``router`` in ``pbgdpl/<app>/api.py``; the same
permission policies as the views apply (see :mod:`pbgdpl.core.policy`).
"""

from __future__ import annotations

import importlib

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError

from .auth import BearerToken, Session

api = NinjaAPI(
    title="PBGDPL API",
    version="1",
    description="API của nền tảng phổ biến, giáo dục pháp luật",
    auth=[BearerToken(), Session()],
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "Không có quyền thực hiện thao tác này."}, status=403)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
    return api.create_response(request, {"detail": "Cần xác thực (Authorization: Bearer <token>)."}, status=401)


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    detail = exc.message_dict if hasattr(exc, "error_dict") else {"__all__": exc.messages}
    return api.create_response(request, {"detail": detail}, status=400)


for app in settings.INSTALLED_APPS:
    if not app.startswith("pbgdpl.") or app == "pbgdpl.api":
        continue
    try:
        module = importlib.import_module(f"{app}.api")
    except ModuleNotFoundError as error:
        if error.name != f"{app}.api":
            raise
        continue
    router = getattr(module, "router", None)
    if router is not None:
        api.add_router("", router)
