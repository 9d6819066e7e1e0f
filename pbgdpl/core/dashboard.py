"""Dashboard widgets and public home sections contributed by apps.

An app registers a callable ``(request) -> dict | None`` with :func:`staff_widget`; the dict has
``title``, ``template`` and the template's context. Returning None hides the widget for that user.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.http import HttpRequest

Widget = Callable[[HttpRequest], dict[str, Any] | None]
_STAFF: list[tuple[int, Widget]] = []
_PUBLIC: list[tuple[int, Widget]] = []


def staff_widget(order: int) -> Callable[[Widget], Widget]:
    def decorate(func: Widget) -> Widget:
        _STAFF.append((order, func))
        return func

    return decorate


def public_section(order: int) -> Callable[[Widget], Widget]:
    def decorate(func: Widget) -> Widget:
        _PUBLIC.append((order, func))
        return func

    return decorate


def _collect(items: list[tuple[int, Widget]], request: HttpRequest) -> list[dict[str, Any]]:
    out = []
    for _, func in sorted(items, key=lambda item: item[0]):
        widget = func(request)
        if widget:
            out.append(widget)
    return out


def staff_widgets(request: HttpRequest) -> list[dict[str, Any]]:
    return _collect(_STAFF, request)


def public_sections(request: HttpRequest) -> list[dict[str, Any]]:
    return _collect(_PUBLIC, request)
