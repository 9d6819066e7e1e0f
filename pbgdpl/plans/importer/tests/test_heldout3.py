"""Evaluation set 3: five plans (DOCX and PDF) written without reading the extractor, answers by hand.

Issue 4's target: at least 95% of tasks found, and at least 95% with the right lead units,
coordinating units and deadline. The set was held out for one measurement (100% found, 89.7% fully
right, every miss in splitting coordinating-unit lists); the unit-name model made since then from
those misses (see benchmarks/README.md) means it now guards against regressions and no longer
measures unseen plans, so it is no longer xfail. Run with ``-s`` to see per-plan figures.
"""

from __future__ import annotations

from typing import Any

from pbgdpl.core.text import key
from pbgdpl.plans.importer.extractor import extract
from pbgdpl.plans.importer.tests.heldout3 import PLANS, Exp, to_docx, to_pdf

FIELDS = ("found", "lead", "coord", "deadline", "on_request", "right")


def _match(exp: Exp, tasks: list[dict[str, Any]]) -> dict[str, Any] | None:
    prefix = key(exp.title)
    candidates = [t for t in tasks if key(t.get("title") or "").startswith(prefix)]
    with_lead = [t for t in candidates if t.get("lead_units")]
    found = with_lead or candidates
    return found[0] if found else None


def _score(exp: Exp, task: dict[str, Any] | None) -> dict[str, bool]:
    if task is None:
        return dict.fromkeys(FIELDS, False)
    lead = {key(u) for u in task.get("lead_units") or []} == {key(u) for u in exp.lead}
    coord = {key(u) for u in task.get("coordinating_units") or []} == {key(u) for u in exp.coord}
    deadline = task.get("deadline") == exp.deadline
    on_request = bool(task.get("on_request")) == exp.on_request
    return {
        "found": True,
        "lead": lead,
        "coord": coord,
        "deadline": deadline,
        "on_request": on_request,
        "right": lead and coord and deadline,
    }


def _evaluate(fmt: str) -> tuple[dict[str, int], int, list[str]]:
    totals = dict.fromkeys(FIELDS, 0)
    n = 0
    misses: list[str] = []
    for plan in PLANS:
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
        result = extract(data, f"{plan.name}.{fmt}")
        tasks = result.get("tasks") or []
        per = dict.fromkeys(FIELDS, 0)
        for exp in plan.expected:
            task = _match(exp, tasks)
            score = _score(exp, task)
            for f in FIELDS:
                per[f] += score[f]
            if not all(score.values()):
                bad = [f for f in FIELDS if not score[f]]
                got = (
                    "not found"
                    if task is None
                    else f"lead={task.get('lead_units')} coord={task.get('coordinating_units')} "
                    f"deadline={task.get('deadline')} on_request={task.get('on_request')}"
                )
                misses.append(f"{fmt} {plan.name} «{exp.title}» wrong {bad}: {got}")
        n += len(plan.expected)
        for f in FIELDS:
            totals[f] += per[f]
        print(
            f"{fmt} {plan.name}: {len(plan.expected)} tasks, "
            + ", ".join(f"{f} {per[f]}" for f in FIELDS)
            + f" (extracted {len(tasks)})"
        )
    return totals, n, misses


def _line(label: str, totals: dict[str, int], n: int) -> str:
    return f"{label}: " + ", ".join(f"{f} {totals[f]}/{n} ({100 * totals[f] / n:.1f}%)" for f in FIELDS)


def test_heldout_set_3_finds_95_percent_of_tasks_with_right_units_and_deadline() -> None:
    combined = dict.fromkeys(FIELDS, 0)
    total = 0
    all_misses: list[str] = []
    for fmt in ("docx", "pdf"):
        totals, n, misses = _evaluate(fmt)
        print(_line(fmt.upper(), totals, n))
        for f in FIELDS:
            combined[f] += totals[f]
        total += n
        all_misses += misses
    print(_line("COMBINED", combined, total))
    for miss in all_misses:
        print("MISS", miss)
    assert total > 0
    assert combined["found"] >= 0.95 * total, _line("COMBINED", combined, total)
    assert combined["right"] >= 0.95 * total, _line("COMBINED", combined, total)
