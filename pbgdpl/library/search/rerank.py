"""Second-stage ranking of tantivy's top candidates: BM25 with our own k1 and b, plus word order.

tantivy ranks the whole index with BM25 at its fixed k1 = 1.2, b = 0.75; its top ``depth`` candidates
(recall@100 is 0.987 on the dev set against 0.941 at 10) are scored again here from their syllable ids
(:mod:`.termstore`), with statistics (document frequencies, average length) of the whole index:

- BM25 over syllables and syllable bigrams (bigrams weighted like the first stage), with a lower k1
  (repeated words saturate sooner);
- a constant bonus for every three consecutive query syllables found in that order in the article
  (a trigram: word order that bigrams alone do not see);
- the document-title bonus of the first stage (query bigrams and document numbers in the law's title).

All candidates are counted at once with numpy: their ids are concatenated, the query's syllables get
small local numbers through a look-up table, and unigrams, pairs and triples of local numbers are
counted with ``bincount``. Term frequencies count non-overlapping occurrences, as ``str.count`` on
the space-separated stream did in the first version ("a a a" holds "a" twice, "a b a b" holds
"a b" once); ``tests/test_rerank.py`` checks both give the same scores.

The parameters were chosen on the development set (benchmarks/README.md, "Legal search").
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from .analysis import ParsedQuery


@dataclass(frozen=True)
class Stats:
    """Whole-index statistics: number of articles, average article length (syllables), df look-up."""

    num_docs: int
    avgdl: float
    doc_freq: Callable[[str, str], int]  # (field, term) -> number of articles holding it


@dataclass
class Candidates:
    tokens: np.ndarray  # exact syllable ids of every candidate, one after another
    lengths: np.ndarray  # syllables per candidate
    title_terms: Sequence[frozenset[str]]  # bigrams (and numbers) of each one's document title


def _idf(stats: Stats, field: str, term: str) -> float:
    n = stats.doc_freq(field, term)
    return math.log(1 + (stats.num_docs - n + 0.5) / (n + 0.5))


@dataclass
class _Counts:
    unigrams: np.ndarray  # [candidates, len(unigrams)] term frequencies
    pairs: np.ndarray  # [candidates, len(pairs)]
    triples: np.ndarray  # [candidates] distinct query triples present


def _count(
    stream: np.ndarray,
    owner: np.ndarray,
    n: int,
    vocab: dict[str, int],
    size: int,
    unigrams: list[str],
    pairs: list[tuple[str, str]],
    triples: list[tuple[str, str, str]],
) -> _Counts:
    """Non-overlapping frequencies of ``unigrams`` and ``pairs``, and how many ``triples`` occur, per
    candidate (``owner`` gives each position's candidate)."""
    local: dict[str, int] = {}
    ids: list[int] = []
    for word in {*unigrams, *(w for p in pairs for w in p), *(w for t in triples for w in t)}:
        i = vocab.get(word)
        if i is not None:
            local[word] = len(ids)
            ids.append(i)
    q = len(ids)
    out = _Counts(np.zeros((n, len(unigrams))), np.zeros((n, len(pairs))), np.zeros(n))
    if q == 0 or not len(stream):
        return out
    lut = np.full(size, -1, dtype=np.int32)
    lut[ids] = np.arange(q, dtype=np.int32)
    hits = lut[stream]
    pos = np.flatnonzero(hits >= 0)
    lj = hits[pos].astype(np.int64)
    ow = owner[pos]
    # k and k + 1 are neighbours in the same article
    nxt = (pos[1:] == pos[:-1] + 1) & (ow[1:] == ow[:-1])

    cols = [local.get(u, -1) for u in unigrams]
    if any(c >= 0 for c in cols):
        tf = np.bincount(ow * q + lj, minlength=n * q).reshape(n, q).astype(np.float64)
        repeats = np.flatnonzero(nxt & (lj[1:] == lj[:-1]))
        if len(repeats):  # a run of L equal syllables holds ceil(L / 2) non-overlapping " a "
            run = 1
            for at, r in enumerate(repeats.tolist()):
                run += 1
                if at + 1 == len(repeats) or repeats[at + 1] != r + 1:
                    tf[ow[r], lj[r]] -= run // 2
                    run = 1
        for c, col in enumerate(cols):
            if col >= 0:
                out.unigrams[:, c] = tf[:, col]

    if pairs and len(nxt):
        wanted = {local[a] * q + local[b]: c for c, (a, b) in enumerate(pairs) if a in local and b in local}
        if wanted:
            keys = np.fromiter(wanted, dtype=np.int64)
            order = np.argsort(keys)
            keys = keys[order]
            columns = np.fromiter(wanted.values(), dtype=np.int64)[order]
            k = np.flatnonzero(nxt)
            pid = lj[k] * q + lj[k + 1]
            at = np.minimum(np.searchsorted(keys, pid), len(keys) - 1)
            ok = keys[at] == pid
            k, col = k[ok], columns[at[ok]]
            counts = np.bincount(ow[k] * len(pairs) + col, minlength=n * len(pairs))
            out.pairs[:] = counts.reshape(n, len(pairs))
            where = pos[k]
            # Hits sorted by position, one per position: a pair's next hit one or two syllables
            # further is among the next two.
            close = (where[1:] - where[:-1] <= 2) & (col[1:] == col[:-1])
            if len(k) > 2:
                close[:-1] |= (where[2:] - where[:-2] <= 2) & (col[2:] == col[:-2])
            if close.any():
                _fix_overlapping_pairs(out.pairs, where, ow[k], col)

    if triples and len(nxt) > 1:
        wanted3 = {
            (local[a] * q + local[b]) * q + local[c]
            for a, b, c in triples
            if a in local and b in local and c in local
        }
        if wanted3:
            keys = np.sort(np.fromiter(wanted3, dtype=np.int64))
            k = np.flatnonzero(nxt[:-1] & nxt[1:])
            tid = (lj[k] * q + lj[k + 1]) * q + lj[k + 2]
            at = np.minimum(np.searchsorted(keys, tid), len(keys) - 1)
            ok = keys[at] == tid
            found = np.unique(ow[k[ok]] * len(keys) + at[ok])
            out.triples[:] = np.bincount(found // len(keys), minlength=n)
    return out


def _fix_overlapping_pairs(tf: np.ndarray, where: np.ndarray, owner: np.ndarray, col: np.ndarray) -> None:
    """Occurrences of one pair two or one syllables apart ("a b a b", "a a a") overlap: count them as
    ``str.count`` does, greedily from the left, the next one at least three syllables further."""
    order = np.lexsort((where, owner, col))
    where, owner, col = where[order], owner[order], col[order]
    close = (where[1:] - where[:-1] <= 2) & (owner[1:] == owner[:-1]) & (col[1:] == col[:-1])
    for k in np.flatnonzero(close):
        if k > 0 and close[k - 1]:
            continue  # handled with the run it belongs to
        end = k + 1
        while end < len(close) and close[end]:
            end += 1
        kept, last = 0, -10
        for w in where[k : end + 1].tolist():
            if w - last >= 3:
                kept, last = kept + 1, w
        tf[owner[k], col[k]] -= end + 1 - k - kept


def score_candidates(
    parsed: ParsedQuery,
    candidates: Candidates,
    vocab: dict[str, int],
    fold: np.ndarray,
    stats: Stats,
    *,
    k1: float,
    b: float,
    bigram: float,
    trigram: float,
    folded_when_exact: float,
    document_title: float,
) -> np.ndarray:
    """The second-stage score of each candidate (same order as ``candidates``)."""
    terms = parsed.terms
    folded_only = parsed.folded_only
    words = terms.folded if folded_only else terms.exact
    size = len(fold)
    # Words of a query with diacritics that lost theirs ("luật khoa hoc"): unaccented letters that no
    # article spells that way ("hoc"; not "thanh", "tra", which are words as written).
    plain = [
        folded_only or (t.isascii() and t.isalpha() and not stats.doc_freq("ex", t)) for t in terms.exact
    ]
    uni_field, bi_field = ("fx", "fbi") if folded_only else ("ex", "bi")
    loose = not folded_only and folded_when_exact > 0 and any(plain)

    n = len(candidates.lengths)
    lengths = np.maximum(candidates.lengths, 1).astype(np.float64)
    norm = (k1 * (1 - b + b * lengths / (stats.avgdl or 1.0)))[:, None]
    owner = np.repeat(np.arange(n, dtype=np.int64), candidates.lengths)
    exact = candidates.tokens
    folded = fold[exact] if (folded_only or loose) and len(exact) else exact
    main = folded if folded_only else exact

    def bm25(tf: np.ndarray, weights: list[float]) -> np.ndarray:
        if not weights:
            return np.zeros(n)
        return (tf * (k1 + 1) / (tf + norm) * np.asarray(weights)).sum(axis=1)

    unis = Counter(words)
    pairs = Counter(zip(words, words[1:], strict=False))
    triples = list(dict.fromkeys(zip(words, words[1:], words[2:], strict=False))) if trigram else []
    counts = _count(main, owner, n, vocab, size, list(unis), list(pairs), triples)
    weights = [c * _idf(stats, uni_field, t) if t in vocab else 0.0 for t, c in unis.items()]
    title_idf: dict[str, float] = {}
    pair_weights = []
    for (a, c), count in pairs.items():
        idf = _idf(stats, bi_field, f"{a}_{c}")
        pair_weights.append(bigram * count * idf)
        title_idf[f"{a}_{c}"] = idf
    for token in words:
        if "/" in token:  # a document number
            title_idf[token] = _idf(stats, "dfx" if folded_only else "dx", token)
    total = bm25(counts.unigrams, weights) + bm25(counts.pairs, pair_weights) + trigram * counts.triples

    if loose:
        # Words typed without diacritics in a query that has some ("luật khoa hoc") also match folded.
        fwords = Counter(t for t, p in zip(terms.folded, plain, strict=True) if p)
        fpairs = Counter(
            (a, c)
            for a, c, p, q in zip(terms.folded, terms.folded[1:], plain, plain[1:], strict=False)
            if p or q
        )
        fcounts = _count(folded, owner, n, vocab, size, list(fwords), list(fpairs), [])
        fweights = [
            folded_when_exact * c * _idf(stats, "fx", t) if t in vocab else 0.0 for t, c in fwords.items()
        ]
        fpair_weights = [
            bigram * folded_when_exact * c * _idf(stats, "fbi", f"{a}_{b}") for (a, b), c in fpairs.items()
        ]
        total += bm25(fcounts.unigrams, fweights) + bm25(fcounts.pairs, fpair_weights)

    if document_title and title_idf:
        bonus: dict[int, float] = {}
        for i, title in enumerate(candidates.title_terms):
            key = id(title)
            if key not in bonus:
                bonus[key] = document_title * sum(idf for t, idf in title_idf.items() if t in title)
            total[i] += bonus[key]
    return total
