"""Evaluation set 5: six plans (DOCX and PDF) against answers written by hand; no longer held out.

Same target and scoring as sets 3 and 4 (``_match``/``_score`` of set 3); run with ``-s`` to see
per-plan figures. A plan the importer refuses ("no tasks found", …) counts as none of its tasks
found, so one refused file lowers the figure instead of stopping the measurement. First measured
unseen at 64.6% fully right (two whole layouts lost); its misses were then fixed as general rules
(task-table columns in any order and wording, dash items carrying their own assignment, "Title: X chủ
trì …" blocks), so this set now guards against regressions and no longer measures generalisation
(see benchmarks/README.md).
"""

from __future__ import annotations

from typing import Any

from pbgdpl.plans.importer.extractor import extract
from pbgdpl.plans.importer.readers import PlanImportError
from pbgdpl.plans.importer.tests.heldout3 import Plan, to_docx, to_pdf
from pbgdpl.plans.importer.tests.heldout5 import PLANS
from pbgdpl.plans.importer.tests.test_heldout3 import FIELDS, _line, _match, _score


def evaluate(plans: list[Plan], fmt: str) -> tuple[dict[str, int], int, list[str]]:
    totals = dict.fromkeys(FIELDS, 0)
    n = 0
    misses: list[str] = []
    for plan in plans:
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
        try:
            result = extract(data, f"{plan.name}.{fmt}")
        except PlanImportError as exc:
            misses.append(f"{fmt} {plan.name}: refused by the importer: {exc}")
            result = {}
        tasks: list[dict[str, Any]] = result.get("tasks") or []
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


def test_heldout_set_5_finds_95_percent_of_tasks_with_right_units_and_deadline() -> None:
    combined = dict.fromkeys(FIELDS, 0)
    total = 0
    all_misses: list[str] = []
    for fmt in ("docx", "pdf"):
        totals, n, misses = evaluate(PLANS, fmt)
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
