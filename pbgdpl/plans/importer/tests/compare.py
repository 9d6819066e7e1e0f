"""Field-by-field comparison of an extraction with the tasks a careful reader wrote down."""

from __future__ import annotations

from typing import Any

from pbgdpl.core.text import key

TASK_FIELDS = ("lead_units", "coordinating_units", "timeframe", "deadline", "on_request", "products")


def same_title(expected: str, found: str) -> bool:
    """A reader may shorten a long heading; the extracted title must start with what they wrote."""
    a, b = key(expected), key(found)
    return bool(a) and (b.startswith(a) or a.startswith(b) and len(b) >= 0.6 * len(a))


def find_task(expected: dict[str, Any], tasks: list[dict[str, Any]]) -> dict[str, Any] | None:
    for task in tasks:
        if not task.get("is_group") and same_title(expected["title"], task["title"]):
            return task
    return None


def compare(expected: dict[str, Any], got: dict[str, Any]) -> tuple[list[str], int, int]:
    """(differences, tasks found, tasks expected)."""
    diffs: list[str] = []
    for field in ("place", "year", "date", "number", "title", "cited_numbers"):
        if field in expected and expected[field] != got.get(field):
            diffs.append(f"{field}: expected {expected[field]!r}, got {got.get(field)!r}")
    if "report_deadlines" in expected:
        slim = [{k: d.get(k) for k in ("period", "due", "before")} for d in got.get("report_deadlines", [])]
        if slim != expected["report_deadlines"]:
            diffs.append(f"report_deadlines: expected {expected['report_deadlines']!r}, got {slim!r}")
    by_code = {t["code"]: t for t in got["tasks"]}
    found = 0
    for want in expected.get("tasks", []):
        task = find_task(want, got["tasks"])
        if task is None:
            diffs.append(f"task missing: {want['title']!r}")
            continue
        found += 1
        for field in TASK_FIELDS:
            if field in want and want[field] != task[field]:
                diffs.append(f"task {task['code']} {field}: expected {want[field]!r}, got {task[field]!r}")
        if "parent_title" in want:
            parent = by_code.get(task["parent_code"] or "")
            if parent is None or not same_title(want["parent_title"], parent["title"]):
                diffs.append(
                    f"task {task['code']} parent: expected {want['parent_title']!r}, "
                    f"got {parent['title'] if parent else None!r}"
                )
        elif task["parent_code"] is not None:
            diffs.append(f"task {task['code']} parent: expected none, got {task['parent_code']!r}")
    return diffs, found, len(expected.get("tasks", []))
