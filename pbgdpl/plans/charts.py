"""Server-rendered SVG charts that read without colour: every segment has a pattern and a text label."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .selectors import BUCKET_LABELS, UnitRow

# bucket -> the SVG pattern id defined in plans/_patterns.svg.html
PATTERNS = {
    "done": "pat-done", "not_done": "pat-notdone", "waiting": "pat-waiting", "overdue": "pat-overdue",
    "in_progress": "pat-progress", "not_started": "pat-notstarted",
}
ORDER = ["done", "in_progress", "overdue", "waiting", "not_started", "not_done"]


@dataclass
class Segment:
    bucket: str
    label: str
    count: int
    x: str  # formatted for SVG (a dot, never a locale's comma)
    width: str
    pattern: str


@dataclass
class Bar:
    label: str
    y: float
    segments: list[Segment]
    total: int
    summary: str
    url: str = ""


def unit_bars(rows: list[UnitRow], *, width: float = 300, row_height: int = 28, url: Any = None) -> dict[str, Any]:
    bars = []
    top = max((r.counts.total for r in rows), default=0) or 1
    for idx, row in enumerate(rows):
        x = 0.0
        segments = []
        for bucket in ORDER:
            count = getattr(row.counts, bucket)
            if not count:
                continue
            w = width * count / top
            segments.append(Segment(bucket, str(BUCKET_LABELS[bucket]), count, f"{x:.1f}", f"{w:.1f}", PATTERNS[bucket]))
            x += w
        summary = ", ".join(f"{s.label} {s.count}" for s in segments)
        bars.append(Bar(row.unit.display_name, idx * row_height, segments, row.counts.total, summary,
                        url(row.unit) if url else ""))
    return {"bars": bars, "height": max(len(bars) * row_height, row_height) + 4, "bar_width": width,
            "legend": [(str(BUCKET_LABELS[b]), PATTERNS[b]) for b in ORDER]}


def history_line(points: list[dict[str, Any]], *, width: int = 560, height: int = 160) -> dict[str, Any] | None:
    if len(points) < 2:
        return None
    left, bottom, top = 40, height - 30, 14
    step = (width - left - 20) / (len(points) - 1)
    coords = []
    for idx, point in enumerate(points):
        x = left + idx * step
        y = bottom - (bottom - top) * point["percent"] / 100
        coords.append({"x": round(x, 1), "y": round(y, 1), "label_y": round(y - 6, 1), "percent": point["percent"], "on": point["on"],
                       "done": point["done"], "total": point["total"]})
    every = max(1, len(coords) // 6)
    return {"coords": coords, "polyline": " ".join(f"{c['x']},{c['y']}" for c in coords), "width": width,
            "height": height, "bottom": bottom, "top": top, "left": left, "label_every": every}
