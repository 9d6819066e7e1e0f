"""Snippets: the passage of an article that best covers the query, matched words in <mark>."""

from __future__ import annotations

import re
from html import escape

from .analysis import fast_fold

_PIECE_RE = re.compile(r"[^\W_]+|[\W_]+", re.UNICODE)
_PUNCT = ".,;:()[]{}\"“”'‘’!?…-–/*"
_MAX_TOKENS = 4000


def snippet(text: str, terms: set[str], *, words: int = 32) -> str:
    """An HTML-escaped window of about ``words`` words around the best cluster of ``terms``.

    ``terms`` holds folded lowercase syllables; matching ignores case and diacritics.
    """
    tokens = text.split()[:_MAX_TOKENS]
    if not tokens:
        return ""
    keys = [_key(tok) for tok in fast_fold(" ".join(tokens).lower()).split(" ")]
    if len(keys) != len(tokens):  # lower() changed the length of some character: match slowly
        keys = [_key(fast_fold(tok.lower())) for tok in tokens]
    hits = [_hit(k, terms) for k in keys]
    window = min(words, len(tokens))
    best_start, best_score, score = 0, -1, 0
    seen: dict[str, int] = {}
    # Slide a window; its score is the number of distinct query terms inside.
    for i, k in enumerate(hits):
        if k is not None:
            seen[k] = seen.get(k, 0) + 1
            if seen[k] == 1:
                score += 1
        if i >= window:
            old = hits[i - window]
            if old is not None:
                seen[old] -= 1
                if seen[old] == 0:
                    score -= 1
        if i >= window - 1 and score > best_score:
            best_score, best_start = score, i - window + 1
    out = " ".join(_mark(tokens[i], terms) for i in range(best_start, best_start + window))
    if best_start > 0:
        out = "… " + out
    if best_start + window < len(tokens):
        out += " …"
    return out


def _key(folded_token: str) -> str:
    return folded_token.strip(_PUNCT)


_ALNUM_RE = re.compile(r"[^\W_]+", re.UNICODE)


def _hit(key: str, terms: set[str]) -> str | None:
    if key in terms:
        return key
    if key and not key.isalnum():  # "<b>thu</b>", "cong/nghe"
        for piece in _ALNUM_RE.findall(key):
            if piece in terms:
                return piece
    return None


def _mark(token: str, terms: set[str]) -> str:
    pieces = []
    for piece in _PIECE_RE.findall(token):
        if piece[:1].isalnum() and fast_fold(piece.lower()) in terms:
            pieces.append(f"<mark>{escape(piece)}</mark>")
        else:
            pieces.append(escape(piece))
    return "".join(pieces)
