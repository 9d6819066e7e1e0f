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


_SENTENCE_END_RE = re.compile(r"[.;:](?:\s|$)")
_PROVISION_WORD_RE = re.compile(r"\b(?:điều|khoản|điểm|chương|mục)\s+\d", re.IGNORECASE)
_AMENDS_RE = re.compile(r"(?<!được )sửa đổi,? bổ sung[^.;]*?\b(?:của|tại)\s", re.IGNORECASE)


def relation_kind(text: str, citation: Citation) -> str:
    """What the sentence around a cited number says about it (the citing document's point of view).

    "Luật X số N hết hiệu lực kể từ ngày Luật này có hiệu lực" / "Luật này thay thế Luật số N": replaces;
    "Khoản 3 Điều 75 của Luật số N hết hiệu lực", "Sửa đổi, bổ sung một số điều của Luật số N": amends;
    "quy định chi tiết / hướng dẫn ... Luật số N": guides; anything else (and every "Căn cứ ..." line): cites.
    A law named as the amender of the expiring one ("... đã được sửa đổi, bổ sung theo Luật số N") only cites.
    """
    line, before, after = _line_bounds(text, citation.start, citation.end)
    if line.lstrip().lower().startswith("căn cứ"):
        return "cites"
    sentence_before = _SENTENCE_END_RE.split(before)[-1].lower()
    sentence_after = _SENTENCE_END_RE.split(after)[0].lower()
    if "hết hiệu lực" in sentence_after[:400]:
        if "sửa đổi" in sentence_before:
            return "cites"
        return "amends" if _PROVISION_WORD_RE.search(sentence_before) else "replaces"
    if "này thay thế" in sentence_before and not _PROVISION_WORD_RE.search(sentence_before.split("này thay thế")[-1]):
        return "replaces"
    if _AMENDS_RE.search(sentence_before) and "được sửa đổi" not in sentence_before:
        return "amends"
    if "hướng dẫn" in sentence_before or "quy định chi tiết" in sentence_before:
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
