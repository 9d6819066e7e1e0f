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
    idf: Callable[[str, str], float] | None = None  # the BM25 idf from doc_freq, when cached


@dataclass
class Candidates:
    tokens: np.ndarray  # exact syllable ids of every candidate, one after another
    lengths: np.ndarray  # syllables per candidate
    title_terms: Sequence[frozenset[str]]  # bigrams (and numbers) of each one's document title


def bm25_idf(num_docs: int, doc_freq: int) -> float:
    """BM25's idf of a term held by ``doc_freq`` of ``num_docs`` articles (as tantivy computes it)."""
    return math.log(1 + (num_docs - doc_freq + 0.5) / (doc_freq + 0.5))


def _idf(stats: Stats, field: str, term: str) -> float:
    if stats.idf is not None:
        return stats.idf(field, term)
    return bm25_idf(stats.num_docs, stats.doc_freq(field, term))


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
    candidate (``owner`` gives each position's candidate). A triple's two pairs are among ``pairs``."""
    out = _Counts(np.zeros((n, len(unigrams))), np.zeros((n, len(pairs))), np.zeros(n))
    # Local numbers: the unigrams' columns, then the other words of the pairs; words absent from
    # every article have none.
    local = {u: c for c, u in enumerate(unigrams) if u in vocab}
    q = len(unigrams)
    for word in (w for pair in pairs for w in pair):
        if word not in local and word in vocab:
            local[word] = q
            q += 1
    if not local or not len(stream):
        return out
    lut = np.full(size, -1, dtype=np.int32)
    lut[[vocab[u] for u in local]] = list(local.values())
    hits = np.take(lut, stream)
    pos = np.flatnonzero(hits >= 0)
    lj = hits[pos].astype(np.int64)
    ow = owner[pos]
    # hit k and k + 1 are neighbours in the same article
    nxt = (pos[1:] == pos[:-1] + 1) & (ow[1:] == ow[:-1])

    tf = np.bincount(ow * q + lj, minlength=n * q).reshape(n, q).astype(np.float64)
    repeats = np.flatnonzero(nxt & (lj[1:] == lj[:-1]))
    if len(repeats):  # a run of L equal syllables holds ceil(L / 2) non-overlapping " a "
        run = 1
        for i, r in enumerate(repeats.tolist()):
            run += 1
            if i + 1 == len(repeats) or repeats[i + 1] != r + 1:
                tf[ow[r], lj[r]] -= run // 2
                run = 1
    out.unigrams = tf[:, : len(unigrams)]

    npairs = len(pairs)
    columns = {(local[a], local[b]): c for c, (a, b) in enumerate(pairs) if a in local and b in local}
    if not columns or not len(nxt):
        return out
    table = np.full(q * q, -1, dtype=np.int64)  # (a, b) -> the pair's column
    table[[a * q + b for a, b in columns]] = list(columns.values())
    k = np.flatnonzero(nxt)
    col = table[lj[k] * q + lj[k + 1]]
    ok = col >= 0
    k, col = k[ok], col[ok]
    out.pairs = np.bincount(ow[k] * npairs + col, minlength=n * npairs).reshape(n, npairs).astype(np.float64)
    where = pos[k]
    # Hits sorted by position, one per position: a pair's next hit one or two syllables further is
    # among the next two.
    close = (where[1:] - where[:-1] <= 2) & (col[1:] == col[:-1])
    if len(k) > 2:
        close[:-1] |= (where[2:] - where[:-2] <= 2) & (col[2:] == col[:-2])
    if close.any():
        _fix_overlapping_pairs(out.pairs, where, ow[k], col)

    # A triple is two query pairs in a row: (a, b) at hit k and (b, c) at hit k + 1.
    by_pairs: dict[int, int] = {}
    for t, (a, b, c) in enumerate(triples):
        first, second = (
            columns.get((local.get(a, -1), local.get(b, -1))),
            columns.get((local.get(b, -1), local.get(c, -1))),
        )
        if first is not None and second is not None:
            by_pairs[first * npairs + second] = t
    if by_pairs and len(k) > 1:
        ttable = np.full(npairs * npairs, -1, dtype=np.int64)
        ttable[list(by_pairs)] = list(by_pairs.values())
        two = np.flatnonzero(k[1:] == k[:-1] + 1)
        which = ttable[col[two] * npairs + col[two + 1]]
        ok = which >= 0
        present = np.zeros((n, len(triples)), dtype=bool)
        present[ow[k[two[ok]]], which[ok]] = True
        out.triples = present.sum(axis=1).astype(np.float64)
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
        per_candidate = []
        for title in candidates.title_terms:
            key = id(title)
            if key not in bonus:
                bonus[key] = document_title * sum(idf for t, idf in title_idf.items() if t in title)
            per_candidate.append(bonus[key])
        total += np.asarray(per_candidate)
    return total
