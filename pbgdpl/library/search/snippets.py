"""Snippets: the passage of an article that best covers the query, matched words in <mark>.

The window of about ``chars`` characters holding the most distinct query words wins. The query's
words are located from the article's syllable ids and their offsets (:mod:`.termstore`,
:func:`snippet_at`), or, for a text without them, by folding the text (lowercase, no diacritics, one
character for one, so offsets carry over) and one compiled regular expression (:func:`snippet`,
within the first 6,000 characters of very long articles).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from html import escape

import numpy as np

from .analysis import fast_fold

_SPECIAL = re.compile("[&<>\"']")


def _same(text: str) -> str:
    return text


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
    return _render(text, full_length, matches, chars)


def snippet_at(
    text: str,
    skip: int,
    ids: np.ndarray,
    offsets: np.ndarray,
    wanted: np.ndarray,
    fold: np.ndarray,
    lengths: np.ndarray,
    *,
    chars: int = 240,
) -> str:
    """:func:`snippet`, with the query's words found from the article's syllable ids (no scan of the
    text): ``ids`` and ``offsets`` are the article's syllables and where they start in
    "title\\ntext", ``skip`` the length of "title\\n", ``wanted`` is true at the folded ids of
    the query's words, ``fold`` and ``lengths`` map an id to its folded id and its length."""
    if not text:
        return ""
    folded = fold[ids]
    # The query's words among the syllables of the text (not the title), within its first characters.
    at = np.flatnonzero(wanted[folded] & (offsets >= skip) & (offsets < skip + _SCAN_CHARS))
    pos = offsets[at].astype(np.int64) - skip
    matches = list(zip(pos.tolist(), (pos + lengths[ids[at]]).tolist(), folded[at].tolist(), strict=True))
    return _render(text, len(text), matches, chars)


def _render(text: str, full_length: int, matches: list, chars: int) -> str:
    """The window of ``text`` with the most distinct matched words, matches in <mark>."""
    start = 0
    if matches:
        seen: dict = {}
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
    # Legal text rarely holds a character to escape: then the pieces need no escaping.
    esc = escape if _SPECIAL.search(text, start, end) else _same
    cursor = start
    for pos, stop, _ in matches[bisect_left(matches, (start,)) :]:
        if pos > end:
            break
        if stop > end:
            continue
        out.append(esc(text[cursor:pos]))
        out.append(f"<mark>{esc(text[pos:stop])}</mark>")
        cursor = stop
    out.append(esc(text[cursor:end]))
    if end < full_length:
        out.append(" …")
    return " ".join("".join(out).split())
