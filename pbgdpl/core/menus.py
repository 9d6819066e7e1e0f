"""Navigation menus. Apps add entries with :func:`staff_item` / :func:`public_item` in their ``ready()``;
each entry names the permission (action, resource) that shows it, asked through the policy."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse

from pbgdpl.core import policy


@dataclass(frozen=True)
class MenuItem:
    url_name: str
    label: Any
    order: int
    permission: tuple[str, str] | None = None


_STAFF: list[MenuItem] = []
_PUBLIC: list[MenuItem] = []


def staff_item(url_name: str, label: Any, order: int, permission: tuple[str, str] | None = None) -> None:
    if all(item.url_name != url_name for item in _STAFF):
        _STAFF.append(MenuItem(url_name, label, order, permission))


def public_item(url_name: str, label: Any, order: int) -> None:
    if all(item.url_name != url_name for item in _PUBLIC):
        _PUBLIC.append(MenuItem(url_name, label, order))


def _render(items: list[MenuItem], request: HttpRequest) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in sorted(items, key=lambda i: i.order):
        if item.permission and not policy.can(request.user, item.permission[0], item.permission[1]):
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        out.append({"url": url, "label": item.label, "active": False})
    # The current entry is the one whose address is the longest prefix of the page's (one at most).
    matches = [entry for entry in out if request.path == entry["url"] or
               (entry["url"] != "/" and request.path.startswith(entry["url"]))]
    if matches:
        max(matches, key=lambda entry: len(entry["url"]))["active"] = True
    return out


def menus(request: HttpRequest) -> dict[str, Any]:
    staff = _render(_STAFF, request) if getattr(request, "user", None) and request.user.is_authenticated else []
    return {"staff_menu": staff, "public_menu": _render(_PUBLIC, request)}
