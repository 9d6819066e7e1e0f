"""Task recall and field accuracy of the extractor over the hand-written test plans (tests and benchmark)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pbgdpl.plans.importer import PlanImportError, extract

from . import render
from .compare import TASK_FIELDS, find_task
from .plans import PLANS, Plan

FIELDS = ("lead_units", "coordinating_units", "deadline", "on_request", "timeframe")
WRITERS = {"docx": render.to_docx, "pdf": render.to_pdf, "txt": lambda plan: render.to_text(plan).encode()}


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    fields: int = 0
    fields_right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def accuracy(self) -> float:
        return self.fields_right / self.fields if self.fields else 1.0


def score(fmt: str, plans: list[Plan] | None = None, files: dict[str, bytes] | None = None) -> Score:
    """Score the plans written as ``fmt`` by our renderer, or the ``files`` given (slug -> bytes)."""
    result = Score()
    for plan in plans or PLANS:
        expected = plan.expected()["tasks"]
        result.expected += len(expected)
        data = files[plan.slug] if files is not None else WRITERS[fmt](plan)
        try:
            got = extract(data, f"{plan.slug}.{fmt}")
        except PlanImportError as error:
            result.misses.append(f"{plan.slug}: {error}")
            result.fields += len(expected) * len(FIELDS)
            continue
        for want in expected:
            task = find_task(want, got["tasks"])
            result.fields += len(FIELDS)
            if task is None:
                result.misses.append(f"{plan.slug}: task missing {want['title']!r}")
                continue
            result.found += 1
            for name in FIELDS:
                assert name in TASK_FIELDS
                if want[name] == task[name]:
                    result.fields_right += 1
                else:
                    result.misses.append(
                        f"{plan.slug} {task['code']} {name}: {want[name]!r} != {task[name]!r}"
                    )
    return result
