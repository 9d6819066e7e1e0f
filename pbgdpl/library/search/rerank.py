"""Second-stage ranking of tantivy's top candidates: BM25 with our own k1 and b, plus word order.

tantivy ranks the whole index with BM25 at its fixed k1 = 1.2, b = 0.75; its top ``depth`` candidates
(recall@100 is 0.987 on the dev set against 0.941 at 10) are scored again here from their stored
syllable streams, with statistics (document frequencies, average length) of the whole index:

- BM25 over syllables and syllable bigrams (bigrams weighted like the first stage), with a lower k1
  (repeated words saturate sooner);
- a constant bonus for every three consecutive query syllables found in that order in the article
  (a trigram: word order that bigrams alone do not see);
- the document-title bonus of the first stage (query bigrams and document numbers in the law's title).

The parameters were chosen on the development set (benchmarks/README.md, "Legal search").
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .analysis import ParsedQuery


@dataclass(frozen=True)
class Stats:
    """Whole-index statistics: number of articles, average article length (syllables), df look-up."""

    num_docs: int
    avgdl: float
    doc_freq: Callable[[str, str], int]  # (field, term) -> number of articles holding it


@dataclass
class Candidate:
    tokens: str  # the article's exact syllables, space-separated
    title_terms: set[str]  # bigrams (and numbers) of its document's title, exact and folded


@dataclass
class _Term:
    text: str  # as searched in the padded stream (" a b ")
    weight: float
    folded: bool  # searched in the folded stream
    parts: tuple[str, ...] = ()  # shorter terms it cannot occur without (a bigram's two words)


def _idf(stats: Stats, field: str, term: str) -> float:
    n = stats.doc_freq(field, term)
    return math.log(1 + (stats.num_docs - n + 0.5) / (n + 0.5))


def score_candidates(
    parsed: ParsedQuery,
    candidates: list[Candidate],
    stats: Stats,
    *,
    k1: float,
    b: float,
    bigram: float,
    trigram: float,
    folded_when_exact: float,
    document_title: float,
    fold: Callable[[str], str],
) -> list[float]:
    """The second-stage score of each candidate (same order as ``candidates``)."""
    terms = parsed.terms
    folded_only = parsed.folded_only
    words = terms.folded if folded_only else terms.exact
    # Words of a query with diacritics that lost theirs ("luật khoa hoc"): unaccented letters that no
    # article spells that way ("hoc"; not "thanh", "tra", which are words as written).
    plain = [
        folded_only or (t.isascii() and t.isalpha() and not stats.doc_freq("ex", t)) for t in terms.exact
    ]
    uni_field, bi_field = ("fx", "fbi") if folded_only else ("ex", "bi")

    scored: list[tuple[_Term, float]] = []  # (term, its idf)
    for token, count in Counter(words).items():
        scored.append((_Term(f" {token} ", float(count), folded_only), _idf(stats, uni_field, token)))
    pairs = Counter(zip(words, words[1:], strict=False))
    title_idf: dict[str, float] = {}
    for (a, c), count in pairs.items():
        idf = _idf(stats, bi_field, f"{a}_{c}")
        scored.append((_Term(f" {a} {c} ", bigram * count, folded_only, (f" {a} ", f" {c} ")), idf))
        title_idf[f"{a}_{c}"] = idf
    for token in words:
        if "/" in token:  # a document number
            title_idf[token] = _idf(stats, "dfx" if folded_only else "dx", token)
    loose = not folded_only and folded_when_exact > 0 and any(plain)
    if loose:
        # Words typed without diacritics in a query that has some ("luật khoa hoc") also match folded.
        fwords = [t for t, p in zip(terms.folded, plain, strict=True) if p]
        for token, count in Counter(fwords).items():
            scored.append((_Term(f" {token} ", folded_when_exact * count, True), _idf(stats, "fx", token)))
        fpairs = Counter(
            (a, c)
            for a, c, p, q in zip(terms.folded, terms.folded[1:], plain, plain[1:], strict=False)
            if p or q
        )
        for (a, c), count in fpairs.items():
            weight = bigram * folded_when_exact * count
            term = _Term(f" {a} {c} ", weight, True, (f" {a} ", f" {c} "))
            scored.append((term, _idf(stats, "fbi", f"{a}_{c}")))
    triples = {
        (f" {a} {c} {d} ", f" {a} {c} ", f" {c} {d} ")
        for a, c, d in zip(words, words[1:], words[2:], strict=False)
    }

    avgdl = stats.avgdl or 1.0
    results: list[float] = []
    for cand in candidates:
        exact = f" {cand.tokens} "
        folded = fold(exact) if (folded_only or loose) else exact
        if folded_only:
            exact = folded
        length = cand.tokens.count(" ") + 1
        norm = k1 * (1 - b + b * length / avgdl)
        total = 0.0
        # Term frequencies, counted once; a bigram is not searched for when one of its words is absent.
        counts: dict[tuple[bool, str], int] = {}
        streams = (exact, folded)

        def tf_of(folded_stream: bool, text: str, counts=counts, streams=streams) -> int:
            key = (folded_stream, text)
            tf = counts.get(key)
            if tf is None:
                tf = counts[key] = streams[folded_stream].count(text)
            return tf

        for term, idf in scored:
            if term.parts and not all(tf_of(term.folded, part) for part in term.parts):
                continue
            tf = tf_of(term.folded, term.text)
            if tf:
                total += term.weight * idf * tf * (k1 + 1) / (tf + norm)
        if trigram:
            total += trigram * sum(
                1 for t, ab, bc in triples if tf_of(folded_only, ab) and tf_of(folded_only, bc) and t in exact
            )
        if document_title:
            total += document_title * sum(idf for t, idf in title_idf.items() if t in cand.title_terms)
        results.append(total)
    return results
