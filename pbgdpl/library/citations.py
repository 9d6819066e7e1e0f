"""Document numbers cited in statute text: where they are, what kind of relation they express, and
turning them into links when the cited document is in the library."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.utils.html import escape

from pbgdpl.core import docnumbers

# A loose net; docnumbers.normalise decides whether the catch is a document number.
_CANDIDATE_RE = re.compile(r"(?<![\w/])\d{1,4}\s*(?:/\s*(?:(?:19|20)\d\d\s*/\s*)?|-)[A-ZĐ][\w&Đđ]*(?:\s*[-/]\s*[A-ZĐ][\w&Đđ]*)*")

# Strongest first: one relation per cited number keeps the strongest kind found.
STRENGTH = {"replaces": 3, "amends": 2, "guides": 1, "cites": 0}


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    number: str  # normalised, e.g. "29/2013/QH13"


def find(text: str) -> Iterator[Citation]:
    for match in _CANDIDATE_RE.finditer(text):
        raw = match.group(0)
        number = docnumbers.normalise(raw)
        if number is None:
            continue
        # keep the span of the part that parsed (a trailing "-" or "/" is not part of the number)
        yield Citation(match.start(), match.start() + len(raw.rstrip("-/ ")), number)


def _line_bounds(text: str, start: int, end: int) -> tuple[str, str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return text[line_start:line_end], text[line_start:start], text[end:line_end]


def relation_kind(text: str, citation: Citation) -> str:
    """What the sentence around a cited number says about it."""
    line, before, after = _line_bounds(text, citation.start, citation.end)
    if line.lstrip().lower().startswith("căn cứ"):
        return "cites"
    before = before[-200:].lower()
    after = after[:120].lower()
    if "hết hiệu lực" in after.split(".")[0] or "thay thế" in before:
        return "replaces"
    if "sửa đổi, bổ sung" in before or "sửa đổi bổ sung" in before:
        return "amends"
    if "hướng dẫn" in before or "quy định chi tiết" in before:
        return "guides"
    return "cites"


def relations_in(text: str, *, own_number: str = "") -> dict[str, str]:
    """{cited number: strongest relation kind} for every number cited in ``text`` but its own."""
    found: dict[str, str] = {}
    for citation in find(text):
        if citation.number == own_number:
            continue
        kind = relation_kind(text, citation)
        if STRENGTH[kind] >= STRENGTH.get(found.get(citation.number, "cites"), 0):
            found[citation.number] = kind
    return found


def linkify(text: str, url_for: Callable[[str], str | None]) -> str:
    """``text`` HTML-escaped, with each cited number that ``url_for`` knows turned into a link."""
    out: list[str] = []
    pos = 0
    for citation in find(text):
        url = url_for(citation.number)
        if not url:
            continue
        out.append(escape(text[pos:citation.start]))
        out.append(f'<a class="cited" href="{escape(url)}">{escape(text[citation.start:citation.end])}</a>')
        pos = citation.end
    out.append(escape(text[pos:]))
    return "".join(out)
