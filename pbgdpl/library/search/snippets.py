"""Snippets: the passage of an article that best covers the query, matched words in <mark>.

The article is folded once (lowercase, no diacritics, one character for one, so offsets carry over
to the original text) and the query words are found with one compiled regular expression; the
window of about ``chars`` characters holding the most distinct query words wins (within the first
6,000 characters of very long articles).
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape

from .analysis import fast_fold

# Long articles are searched for the best window in their first characters only (speed).
_SCAN_CHARS = 6000


@lru_cache(maxsize=256)
def _pattern(terms: frozenset[str]) -> re.Pattern[str] | None:
    words = sorted((t for t in terms if t), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<![^\W_])(?:" + "|".join(re.escape(w) for w in words) + r")(?![^\W_])")


def snippet(text: str, terms: set[str] | frozenset[str], *, chars: int = 240) -> str:
    """An HTML-escaped window of about ``chars`` characters around the best cluster of ``terms``.

    ``terms`` holds folded lowercase syllables; matching ignores case and diacritics.
    """
    if not text:
        return ""
    full_length = len(text)
    text = text[:_SCAN_CHARS]
    folded = fast_fold(text.lower())
    if len(folded) != len(text):  # lower() changed a character's length (rare): fold without it
        folded = fast_fold(text)
        folded = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)
    pattern = _pattern(frozenset(terms))
    matches = [(m.start(), m.end(), m.group()) for m in pattern.finditer(folded)] if pattern else []
    start = 0
    if matches:
        seen: dict[str, int] = {}
        best, best_score, score, left = 0, -1, 0, 0
        for pos, _, word in matches:
            seen[word] = seen.get(word, 0) + 1
            score += seen[word] == 1
            while pos - matches[left][0] > chars - 40:
                old = matches[left][2]
                seen[old] -= 1
                score -= seen[old] == 0
                left += 1
            if score > best_score:
                best_score, best = score, left
        start = max(0, matches[best][0] - 30)
    end = min(len(text), start + chars)
    # Widen to word boundaries.
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 30 else start
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space - end < 30 else end
    out: list[str] = ["… "] if start > 0 else []
    cursor = start
    for pos, stop, _ in matches:
        if pos < start or stop > end:
            continue
        out.append(escape(text[cursor:pos]))
        out.append(f"<mark>{escape(text[pos:stop])}</mark>")
        cursor = stop
    out.append(escape(text[cursor:end]))
    if end < full_length:
        out.append(" …")
    return " ".join("".join(out).split())
