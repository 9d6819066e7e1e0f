"""Scoring of the evaluation sets 3–7 (plans written without reading the extractor, answers by hand).

Issue 4's target: at least 95% of the expected tasks found, and at least 95% with the right lead
units, coordinating units and deadline. A task is matched by its title prefix (``key``), units are
compared as sets of ``key``, deadlines as YYYY-MM-DD. A plan the importer refuses ("no tasks
found", …) counts as none of its tasks found, so one refused file lowers the figure instead of
stopping the measurement. Every plan is scored as DOCX (python-docx) and as PDF (fpdf2).

A unit name is compared without a leading honorific "đồng chí" / "đ/c" (on both sides): the unit is
the post the person holds ("đồng chí Phó Chủ tịch UBND xã" and "Phó Chủ tịch UBND xã" are one unit),
whether or not an answer or the extractor keeps the honorific. Nor is a closing bracket after the name
compared: "Công an tỉnh (Phòng Cảnh sát giao thông)" and "Sở Tư pháp (cơ quan thường trực Hội đồng)" name
the unit before the bracket, which is the unit the task is matched to; some authors keep such a note in
their answers and others drop it.
"""

from __future__ import annotations

import io
import re
import unicodedata
from typing import Any

from pbgdpl.core.text import key
from pbgdpl.plans.importer.extractor import extract
from pbgdpl.plans.importer.readers import PlanImportError
from pbgdpl.plans.importer.tests.heldout3 import Exp, Plan, to_docx, to_pdf

FIELDS = ("found", "lead", "coord", "deadline", "on_request", "right")
FORMATS = ("docx", "pdf")


def match(exp: Exp, tasks: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The extracted task whose title starts like the expected one (one with a lead unit first)."""
    prefix = key(exp.title)
    candidates = [t for t in tasks if key(t.get("title") or "").startswith(prefix)]
    with_lead = [t for t in candidates if t.get("lead_units")]
    found = with_lead or candidates
    return found[0] if found else None


_HONORIFIC = re.compile(r"^(?:đồng chí|đ/c)\s+", re.IGNORECASE)
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def unit_key(name: str) -> str:
    """The key a unit name is compared by: ``key`` of the name without a leading "đồng chí"/"đ/c" and
    without a closing note in brackets."""
    return key(_NOTE.sub("", _HONORIFIC.sub("", unicodedata.normalize("NFC", name).strip())))


def score(exp: Exp, task: dict[str, Any] | None) -> dict[str, bool]:
    if task is None:
        return dict.fromkeys(FIELDS, False)
    lead = {unit_key(u) for u in task.get("lead_units") or []} == {unit_key(u) for u in exp.lead}
    coord = {unit_key(u) for u in task.get("coordinating_units") or []} == {unit_key(u) for u in exp.coord}
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


def evaluate(plans: list[Plan], fmt: str) -> tuple[dict[str, int], int, list[str]]:
    """Totals per field, the number of expected tasks, and a line per miss, for one format."""
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
            task = match(exp, tasks)
            scored = score(exp, task)
            for f in FIELDS:
                per[f] += scored[f]
            if not all(scored.values()):
                bad = [f for f in FIELDS if not scored[f]]
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


def line(label: str, totals: dict[str, int], n: int) -> str:
    return f"{label}: " + ", ".join(f"{f} {totals[f]}/{n} ({100 * totals[f] / n:.1f}%)" for f in FIELDS)


def check_set(plans: list[Plan], minimum: float = 0.95) -> None:
    """Score the set in both formats, print the figures and misses, and assert issue 4's target.

    ``minimum`` is lower only for a set measured unseen at the end of a session and not yet fixed on:
    it is then the figure measured, so the test guards against a fall below it.
    """
    combined = dict.fromkeys(FIELDS, 0)
    total = 0
    all_misses: list[str] = []
    for fmt in FORMATS:
        totals, n, misses = evaluate(plans, fmt)
        print(line(fmt.upper(), totals, n))
        for f in FIELDS:
            combined[f] += totals[f]
        total += n
        all_misses += misses
    print(line("COMBINED", combined, total))
    for miss in all_misses:
        print("MISS", miss)
    assert total > 0
    assert combined["found"] >= minimum * total, line("COMBINED", combined, total)
    assert combined["right"] >= minimum * total, line("COMBINED", combined, total)


def flat(text: str) -> str:
    """Text compared in the fixture checks: NFC, whitespace squashed, casefolded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


def docx_text(data: bytes) -> str:
    """The text of a rendered DOCX read back with python-docx: paragraphs, then table cells (fixture checks)."""
    from docx import Document

    doc = Document(io.BytesIO(data))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def pdf_text(data: bytes) -> str:
    """The text layer of a rendered PDF read back with pypdf (fixture checks)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)
