"""Inline SVG charts computed on the server. Every series has a fill pattern and a text label, every bar its
number, so the charts read in greyscale, in print and by screen readers (each chart also has a table)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

PATTERNS = ["solid", "diag", "dots", "cross", "horiz", "vert", "blank"]
TOP_SERIES = 6


def _fmt(value: float) -> str:
    return f"{int(value):,}".replace(",", ".")


def stacked_columns(labels: list[str], series: list[tuple[str, list[int]]], *, height: int = 220) -> dict[str, Any]:
    """Columns per label, stacked by series (the largest series first; the rest grouped as "Khác")."""
    if len(series) > TOP_SERIES:
        rest = [sum(values[i] for _, values in series[TOP_SERIES - 1:]) for i in range(len(labels))]
        series = [*series[:TOP_SERIES - 1], (str(_("Các hình thức khác")), rest)]
    totals = [sum(values[i] for _, values in series) for i in range(len(labels))]
    peak = max(totals or [0]) or 1
    left, col, gap, top = 36, 44, 12, 18
    bars = []
    for index, total in enumerate(totals):
        x = left + index * (col + gap)
        y: float = top + height
        for s_index, (_name, values) in enumerate(series):
            value = values[index]
            if not value:
                continue
            h = value / peak * height
            y -= h
            bars.append({"x": x, "y": round(y, 1), "w": col, "h": round(h, 1),
                         "pattern": PATTERNS[s_index % len(PATTERNS)], "title": f"{series[s_index][0]}: {value}"})
        bars.append({"label": True, "x": x + col / 2, "y": round(y - 4, 1), "text": _fmt(total) if total else ""})
    axis = [{"x": left + i * (col + gap) + col / 2, "text": label} for i, label in enumerate(labels)]
    legend = [{"name": name, "pattern": PATTERNS[i % len(PATTERNS)], "total": _fmt(sum(values))}
              for i, (name, values) in enumerate(series)]
    width = left + len(labels) * (col + gap)
    return {"width": width, "height": height + top + 24, "base": top + height, "bars": bars, "axis": axis,
            "legend": legend, "table": [(name, values, sum(values)) for name, values in series], "labels": labels}


def horizontal_bars(rows: list[tuple[str, float, str]], *, width: int = 760, maximum: float | None = None) -> dict[str, Any]:
    """One bar per row: (label, value, text shown at the bar's end)."""
    peak = maximum or max((value for _, value, _ in rows), default=0) or 1
    label_w, bar_w, row_h = 260, width - 260 - 220, 26
    items = []
    for index, (label, value, text) in enumerate(rows):
        w = max(0.0, value) / peak * bar_w
        items.append({"y": index * row_h, "label": label, "w": round(w, 1), "text": text,
                      "pattern": PATTERNS[index % 2 and 1 or 0], "text_x": label_w + w + 6})
    return {"width": width, "height": len(rows) * row_h + 4, "label_w": label_w, "rows": items, "row_h": row_h}
