"""The second stage (rerank.py, numpy over term ids) gives the same scores as its first version, which
counted the query's syllables, pairs and triples with ``str.count`` in each candidate's stored stream.
That version is kept here, unchanged, as the reference."""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from pbgdpl.core.text import fold
from pbgdpl.library.search.analysis import ParsedQuery, fast_fold, parse_query
from pbgdpl.library.search.engine import TantivyBackend
from pbgdpl.library.search.rerank import Stats

from .test_parsing import LAW
from .test_search import OTHER, WORD_ORDER, _plain_docs, docs_of


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


def reference_scores(
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


REPEATS = [
    # Runs of one syllable and of one pair, which overlap in a space-separated stream.
    "tổ chức tổ chức tổ chức khoa học khoa học và và và công nghệ",
    "quy định quy định quy định quy định của của luật luật luật luật luật",
    "a a a a b a b a b c a b c a b",
    "hồ sơ hồ sơ hồ sơ cấp lại cấp cấp lại giấy phép giấy giấy phép phép",
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    engine = TantivyBackend(tmp_path_factory.mktemp("rerank") / "search")
    docs = docs_of(LAW, 1, first_id=1, year=2013) + docs_of(OTHER, 2, first_id=100, year=2012)
    extra = _plain_docs(WORD_ORDER + REPEATS)
    for i, doc in enumerate(extra):
        doc.article_id, doc.document_id = 500 + i, 3
    engine.rebuild(docs + extra)
    return engine, docs + extra


def _queries(docs) -> list[str]:
    rng = random.Random(7)
    queries = [
        "hồ sơ cấp lại giấy phép",
        "tổ chức tổ chức",
        "a b a b",
        "a a",
        "khoa học và công nghệ 14/2012/QH13",
    ]
    for doc in docs:
        words = f"{doc.article_title} {doc.text}".split()
        for _ in range(6):
            at = rng.randrange(len(words))
            queries.append(" ".join(words[at : at + rng.randint(1, 12)]))
    queries += [fold(q) for q in queries[:80]]  # without diacritics
    queries += [" ".join(fold(w) if rng.random() < 0.4 else w for w in q.split()) for q in queries[:80]]
    return queries


def test_the_second_stage_gives_the_scores_of_its_first_version(engine):
    backend, docs = engine
    index = backend._fresh_index()
    searcher = index.searcher()
    terms = backend._terms
    words = [""] * terms.size
    for word, i in terms.vocab.items():
        words[i] = word
    w = backend.weights
    compared = 0
    for query in _queries(docs):
        parsed = parse_query(query)
        if parsed.empty:
            continue
        _, addresses, _ = backend._first_stage(searcher, parsed, None, 50)
        if not addresses:
            continue
        doc_ids = [int(d) for d in searcher.fast_field_values("document_id", addresses)]
        new = backend.second_stage_scores(searcher, parsed, addresses)
        article_ids = [int(a) for a in searcher.fast_field_values("article_id", addresses)]
        candidates = []
        for row, doc_id in zip(terms.rows_of(article_ids), doc_ids, strict=True):
            start, length = terms.rows[row, 2], terms.rows[row, 3]
            stream = " ".join(words[i] for i in terms.tokens[start : start + length])
            candidates.append(Candidate(stream, set(backend._title_terms(doc_id))))
        stats = Stats(searcher.num_docs, terms.avgdl, searcher.doc_freq)
        old = reference_scores(
            parsed, candidates, stats, k1=w.k1, b=w.b, bigram=w.bigram, trigram=w.trigram,
            folded_when_exact=w.folded_when_exact, document_title=w.document_title, fold=fast_fold,
        )  # fmt: skip
        assert new == pytest.approx(old, rel=1e-9, abs=1e-12), query
        compared += 1
    assert compared > 200


def _scores(backend, query):
    result = backend.search(query, limit=20)
    return sorted((h.article_id, round(h.score, 9)) for h in result.hits)


def test_the_term_arrays_follow_upserts_deletes_and_compaction(tmp_path):
    from pbgdpl.library.search.termstore import ROW_LENGTH

    docs = docs_of(LAW, 1, first_id=1, year=2013)
    other = docs_of(OTHER, 2, first_id=100, year=2012)
    edited = docs_of(OTHER.replace("loa truyền thanh", "bảng tin điện tử"), 2, first_id=100, year=2012)
    backend = TantivyBackend(tmp_path / "a")
    backend.rebuild(docs)
    for _ in range(4):  # more garbage than live ids: the last upserts start a new generation
        backend.upsert_document(2, other)
        backend.upsert_document(2, edited)
    backend.upsert_document(1, docs)
    fresh = TantivyBackend(tmp_path / "b")
    fresh.rebuild(docs + edited)
    for query in ("bảng tin điện tử", "tổ chức khoa học", "hinh thuc pho bien phap luat", "loa truyền thanh"):
        assert _scores(backend, query) == _scores(fresh, query)
    terms = backend._terms
    assert sorted(terms.rows[:, 0].tolist()) == sorted(d.article_id for d in docs + edited)
    assert len(terms.tokens) < 2 * int(terms.rows[:, ROW_LENGTH].sum()) + 1024
    backend.delete_document(2)
    assert backend.search("bảng tin điện tử").hits == []
    assert set(backend._terms.rows[:, 0].tolist()) == {d.article_id for d in docs}


def test_a_reader_waits_for_the_arrays_of_a_commit(tmp_path):
    from pbgdpl.library.search import engine as engine_module

    writer_side = TantivyBackend(tmp_path / "search")
    writer_side.rebuild(docs_of(LAW, 1, first_id=1, year=2013))
    reader = TantivyBackend(writer_side.path)
    before = reader.search("tổ chức khoa học").hits
    assert before
    # A commit whose arrays are not written yet (a writer between the two steps): the reader keeps
    # the commit it has, whose arrays it holds.
    writer = engine_module._writer(writer_side._open())
    writer.delete_documents_by_term("document_id", 1)
    writer.commit()
    writer.wait_merging_threads()
    del writer
    assert [h.article_id for h in reader.search("tổ chức khoa học").hits] == [h.article_id for h in before]
    writer_side.rebuild(docs_of(OTHER, 2, first_id=100, year=2012))
    assert reader.search("tổ chức khoa học").hits[0].article_id >= 100


def test_a_reader_keeps_its_commit_when_the_arrays_it_was_told_about_are_gone(tmp_path, monkeypatch):
    writer_side = TantivyBackend(tmp_path / "search")
    writer_side.rebuild(docs_of(LAW, 1, first_id=1, year=2013))
    reader = TantivyBackend(writer_side.path)
    assert reader.search("tổ chức khoa học").hits
    writer_side.rebuild(docs_of(OTHER, 2, first_id=100, year=2012))
    store = type(reader._store)

    def gone(self, manifest=None):  # a third write replaced this generation before it was read
        raise FileNotFoundError("tokens-x.u32")

    monkeypatch.setattr(store, "load", gone)
    assert reader.search("tổ chức khoa học").hits[0].article_id < 100  # still the commit it had
    monkeypatch.undo()
    assert reader.search("tổ chức khoa học").hits[0].article_id >= 100
