"""Snippets: the passage of an article that best covers the query, matched words in <mark>."""

from __future__ import annotations

import re
from html import escape

from pbgdpl.core.text import fold

from .analysis import _normalise_tone

_WORD_RE = re.compile(r"[^\W_]+|[^\w\s]+|_", re.UNICODE)


def snippet(text: str, terms: set[str], *, words: int = 32) -> str:
    """An HTML-escaped window of about ``words`` words around the best cluster of ``terms``.

    ``terms`` holds folded lowercase syllables; matching ignores case and diacritics.
    """
    tokens = text.split()
    if not tokens:
        return ""
    hits = [_matches(tok, terms) for tok in tokens]
    best_start, best_score = 0, -1
    window = min(words, len(tokens))
    score = 0
    seen: dict[str, int] = {}

    def key_of(i: int) -> str | None:
        return _key(tokens[i]) if hits[i] else None

    # Slide a window; its score is the number of distinct terms inside.
    for i in range(len(tokens)):
        k = key_of(i)
        if k is not None:
            seen[k] = seen.get(k, 0) + 1
            if seen[k] == 1:
                score += 1
        if i >= window:
            old = key_of(i - window)
            if old is not None:
                seen[old] -= 1
                if seen[old] == 0:
                    score -= 1
        if i >= window - 1 and score > best_score:
            best_score, best_start = score, i - window + 1
    part = []
    for i in range(best_start, best_start + window):
        part.append(_mark(tokens[i], terms))
    out = " ".join(part)
    if best_start > 0:
        out = "… " + out
    if best_start + window < len(tokens):
        out += " …"
    return out


def _key(token: str) -> str:
    return fold(_normalise_tone(token.lower())).strip(".,;:()[]\"“”'")


def _matches(token: str, terms: set[str]) -> bool:
    return any(fold(_normalise_tone(w.lower())) in terms for w in re.findall(r"[^\W_]+", token))


def _mark(token: str, terms: set[str]) -> str:
    pieces = []
    for piece in _WORD_RE.findall(token):
        if piece[:1].isalnum() and fold(_normalise_tone(piece.lower())) in terms:
            pieces.append(f"<mark>{escape(piece)}</mark>")
        else:
            pieces.append(escape(piece))
    return "".join(pieces)
