"""The embedded search backend: a tantivy index fed with pre-analysed Vietnamese fields.

tantivy (Rust, via its official Python bindings) stores the inverted index, scores with BM25 and
merges segments; we give it white-space-separated token streams from :mod:`.analysis`:

==========  ==================================================  ===========================
field       content                                             used when
==========  ==================================================  ===========================
``ex``      article text, exact syllables (positions)           query has diacritics
``bi``      article text, exact syllable bigrams                query has diacritics
``fx``      article text, folded syllables (positions)          always (lower weight if exact)
``fbi``     article text, folded bigrams                        always (lower weight if exact)
``tx/tfx``  article title, exact / folded syllables + bigrams   always
``dx/dfx``  document title, exact / folded syllables + bigrams  always
==========  ==================================================  ===========================

Each article's exact syllables are also kept as integer ids in memory-mapped arrays beside the index
(:mod:`.termstore`): tantivy's top 50 are scored again from them (:mod:`.rerank`: BM25 at our own k1,
plus query trigrams in order) with the index's statistics, without reading stored documents.

Filters are raw keyword fields (type, issuer, status, field) and integers (year, in force). The
display data of each article lives in a stored bytes field, so a hit needs no database query.

Several processes may read the same index (each opens it and reloads when a writer commits);
writes take tantivy's single-writer lock for the duration of one document or one rebuild.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import numpy as np
import tantivy

from . import ArticleDoc, Hit, SearchFilters, SearchResult
from .analysis import Analysed, ParsedQuery, analyse, fast_fold, parse_query, syllables_at
from .citations import Catalog, CatalogEntry, Citation
from .rerank import Candidates, Stats, bm25_idf, score_candidates
from .snippets import snippet, snippet_at
from .termstore import NO_OFFSET, ROW_DOCUMENT, ROW_LENGTH, ROW_START, Article, Terms, TermStore, empty_terms

T = TypeVar("T")

SCHEMA_VERSION = 6
_WRITER_HEAP = 64_000_000


@dataclass(frozen=True)
class Weights:
    """Relative weights of the fields in a query; chosen on the development set (benchmarks/README.md)."""

    bigram: float = 1.0
    folded_when_exact: float = 0.5  # words typed without diacritics in a query that has some
    article_title: float = 0.0  # the title is also part of the article's text
    document_title: float = 0.3
    phrase: float = 2.0
    document_prior: float = 0.0  # share of the document's weight among the top hits
    prior_depth: int = 10  # how many hits are fetched to weigh documents (and rerank)
    # Second stage (.rerank): tantivy's top ``rerank_depth`` scored again with BM25 at k1/b, plus a
    # bonus per query trigram found in order. rerank_depth = 0 keeps tantivy's ranking.
    rerank_depth: int = 50
    k1: float = 0.8
    b: float = 0.75
    trigram: float = 3.0
    # With the second stage on, the first stage only picks candidates: it leaves out syllables and
    # bigrams found in more than this share of the articles (the second stage still counts them) and
    # the document-title field (the second stage adds the title bonus); the dev figures are the same
    # from 0.02 to 1 (benchmarks/README.md), the search is much cheaper.
    common_share: float = 0.05
    first_stage_title: bool = False


def _build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("article_id", stored=True, indexed=True, fast=True)
    builder.add_integer_field("document_id", stored=True, indexed=True, fast=True)
    for name in ("ex", "fx"):
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="position")
    for name in ("bi", "fbi", "tx", "tfx", "dx", "dfx"):
        builder.add_text_field(name, tokenizer_name="whitespace", index_option="freq")
    for name in ("type", "issuer", "status", "field"):
        builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("year", indexed=True, fast=True)
    builder.add_integer_field("in_force", indexed=True, fast=True)
    builder.add_bytes_field("payload", stored=True)
    return builder.build()


def _fields_of(doc: ArticleDoc) -> tuple[dict, list[int] | None]:
    """The analysed fields, and where each syllable of ``title\ntext`` starts (for snippets)."""
    exact, offsets = syllables_at(f"{doc.article_title}\n{doc.text}")
    body = Analysed(exact, fast_fold(" ".join(exact)).split(" ") if exact else [])
    title = analyse(doc.article_title)
    dtitle = analyse(doc.document_title)
    dnumber = analyse(doc.document_number).exact
    return {
        "ex": " ".join(body.exact),
        "bi": " ".join(body.exact_bigrams),
        "fx": " ".join(body.folded),
        "fbi": " ".join(body.folded_bigrams),
        "tx": " ".join(title.exact + title.exact_bigrams),
        "tfx": " ".join(title.folded + title.folded_bigrams),
        "dx": " ".join(dtitle.exact_bigrams + dnumber),
        "dfx": " ".join(dtitle.folded_bigrams + dnumber),
    }, offsets


def _payload(doc: ArticleDoc) -> bytes:
    return json.dumps(
        [doc.document_number, doc.document_title, doc.article_number, doc.article_title, doc.text],
        ensure_ascii=False,
    ).encode()


class TantivyBackend:
    """Embedded tantivy index in ``path`` (a directory; created on first write)."""

    def __init__(self, path: Path, weights: Weights | None = None) -> None:
        self.path = Path(path)
        self.weights = weights or Weights()
        self.schema = _build_schema()
        self._index: tantivy.Index | None = None
        self._meta_mtime = 0.0
        self._catalog: Catalog | None = None
        self._catalog_mtime = 0.0
        self._titles: dict[int, frozenset[str]] = {}  # document id -> its title's bigrams and number
        self._terms: Terms = empty_terms()
        self._manifest_mtime = 0.0
        self._df: dict[tuple[str, str], int] = {}  # document frequencies of the current commit
        self._idf: dict[tuple[str, str], float] = {}  # and the idf from them
        self._lock = threading.RLock()
        # Checked at every search: plain strings (pathlib costs more than the stat).
        self._meta_path = str(self._tantivy_dir / "meta.json")
        self._manifest_path = str(self._store.manifest_file)
        self._catalog_path = str(self._catalog_file)

    # --- storage ------------------------------------------------------------------------------

    @property
    def _tantivy_dir(self) -> Path:
        return self.path / "tantivy"

    @property
    def _catalog_file(self) -> Path:
        return self.path / "catalog.json"

    @property
    def _version_file(self) -> Path:
        return self.path / "VERSION"

    @property
    def _store(self) -> TermStore:
        return TermStore(self.path / "terms")

    def _open(self, *, create: bool = False) -> tantivy.Index | None:
        with self._lock:
            if self._index is not None:
                return self._index
            current = self._version_file.exists() and self._version_file.read_text().strip() == str(
                SCHEMA_VERSION
            )
            if not current:
                if not create:
                    return None
                shutil.rmtree(self._tantivy_dir, ignore_errors=True)
                shutil.rmtree(self._store.path, ignore_errors=True)
                self._tantivy_dir.mkdir(parents=True, exist_ok=True)
                self._index = tantivy.Index(self.schema, path=str(self._tantivy_dir))
                self._version_file.write_text(str(SCHEMA_VERSION))
                self._write_catalog({})
            else:
                self._index = tantivy.Index.open(str(self._tantivy_dir))
            # Readers move to a new commit only in _fresh_index, together with the term arrays.
            self._index.config_reader(reload_policy="Manual")
            self._index.reload()
            self._meta_mtime = self._manifest_mtime = 0.0
            return self._index

    def _fresh_index(self) -> tantivy.Index | None:
        """The index at its latest commit, with the term arrays of that commit (one ``stat`` of each
        when nothing changed). Between a writer's tantivy commit and its arrays (milliseconds), readers
        keep the previous commit."""
        index = self._open()
        if index is None:
            return None
        try:
            mtime = os.stat(self._meta_path).st_mtime
            manifest_mtime = os.stat(self._manifest_path).st_mtime
        except FileNotFoundError:
            return index
        if mtime == self._meta_mtime and manifest_mtime == self._manifest_mtime:
            return index
        with self._lock:
            manifest = self._store.manifest()
            try:
                opstamp = json.loads((self._tantivy_dir / "meta.json").read_text())["opstamp"]
            except (FileNotFoundError, ValueError, KeyError):
                return index
            if manifest is None or manifest.get("opstamp") != opstamp:
                return index  # a writer is between its commit and its arrays
            if self._terms.opstamp != opstamp or manifest_mtime != self._manifest_mtime:
                try:
                    terms = self._store.load(manifest)
                except (FileNotFoundError, ValueError):  # replaced by a newer write meanwhile: retry
                    return index
                self._terms = terms
            index.reload()
            self._df.clear()
            self._idf.clear()
            self._meta_mtime, self._manifest_mtime = mtime, manifest_mtime
        return index

    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.rglob("*") if f.is_file())

    # --- catalog (document numbers and titles, for citations) -------------------------------

    def _read_catalog_raw(self) -> dict[str, dict]:
        try:
            return json.loads(self._catalog_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return {}

    def _write_catalog(self, raw: dict[str, dict]) -> None:
        self.path.mkdir(parents=True, exist_ok=True)
        tmp = self._catalog_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        tmp.replace(self._catalog_file)

    def catalog(self) -> Catalog:
        try:
            mtime = os.stat(self._catalog_path).st_mtime
        except FileNotFoundError:
            return Catalog([])
        if self._catalog is None or mtime != self._catalog_mtime:
            raw = self._read_catalog_raw()
            entries = [
                CatalogEntry(int(k), v["number"], v["title"], v.get("year"), v.get("articles", {}))
                for k, v in raw.items()
            ]
            self._catalog, self._catalog_mtime = Catalog(entries), mtime
            self._titles = {}
        return self._catalog

    @staticmethod
    def _catalog_entries(docs: list[ArticleDoc]) -> dict[str, dict]:
        """Per document: number, title, year, article ids."""
        raw: dict[str, dict] = {}
        for doc in docs:
            entry = raw.setdefault(
                str(doc.document_id),
                {
                    "number": doc.document_number,
                    "title": doc.document_title,
                    "year": doc.year,
                    "articles": {},
                },
            )
            entry["articles"].setdefault(doc.article_number, doc.article_id)
        return raw

    # --- writes -------------------------------------------------------------------------------

    def _add(self, writer: tantivy.IndexWriter, doc: ArticleDoc) -> Article:
        """Index one article; returns what the term arrays keep of it."""
        tdoc = tantivy.Document()
        tdoc.add_integer("article_id", doc.article_id)
        tdoc.add_integer("document_id", doc.document_id)
        fields, offsets = _fields_of(doc)
        for name, value in fields.items():
            tdoc.add_text(name, value)
        tdoc.add_text("type", doc.document_type or "")
        tdoc.add_text("issuer", doc.issuer or "")
        tdoc.add_text("status", doc.status or "")
        for value in doc.fields:
            tdoc.add_text("field", value)
        tdoc.add_integer("year", doc.year or 0)
        tdoc.add_integer("in_force", 1 if doc.in_force else 0)
        tdoc.add_bytes("payload", _payload(doc))
        writer.add_document(tdoc)
        return Article(doc.article_id, doc.document_id, fields["ex"].split(), offsets)

    def rebuild(self, docs: Iterable[ArticleDoc]) -> None:
        """Replace the whole index. Readers keep seeing the old one until the single commit at the end
        (an index of an older schema version is recreated from scratch instead)."""
        with self._lock:
            index = self._open(create=True)
            assert index is not None
            writer = _writer(index)
            writer.delete_all_documents()
            kept: list[ArticleDoc] = []
            articles = []
            for doc in docs:
                articles.append(self._add(writer, doc))
                kept.append(doc)
            opstamp = writer.commit()
            # Still holding the writer lock: the arrays and the catalog of this commit.
            self._store.write(opstamp=opstamp, drop_documents=None, articles=articles)
            self._write_catalog(self._catalog_entries(kept))
            writer.wait_merging_threads()
            del writer

    def upsert_document(self, document_id: int, docs: list[ArticleDoc]) -> None:
        with self._lock:
            index = self._open(create=True)
            assert index is not None
            writer = _writer(index)
            writer.delete_documents_by_term("document_id", document_id)
            articles = [self._add(writer, doc) for doc in docs]
            opstamp = writer.commit()
            self._store.write(opstamp=opstamp, drop_documents=[document_id], articles=articles)
            raw = self._read_catalog_raw()
            raw.pop(str(document_id), None)
            raw.update(self._catalog_entries(docs))
            self._write_catalog(raw)
            writer.wait_merging_threads()
            del writer

    def delete_document(self, document_id: int) -> None:
        self.upsert_document(document_id, [])

    # --- search -------------------------------------------------------------------------------

    def _text_query(
        self, parsed: ParsedQuery, searcher: tantivy.Searcher, *, everything: bool = False
    ) -> tuple[tantivy.Query, bool]:
        """The query's terms as tantivy clauses, and whether common syllables were left out (see
        :meth:`_first_stage`; ``everything`` keeps them)."""
        w = self.weights
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        term_query, boost_query, should = (
            tantivy.Query.term_query,
            tantivy.Query.boost_query,
            tantivy.Occur.Should,
        )
        schema = self.schema
        # With a second stage, syllables and bigrams found in more than ``common_share`` of the
        # articles ("của", "luật", "quy_định") do not pick candidates; the second stage counts them.
        limit = None
        if not everything and w.rerank_depth > 0 and w.common_share < 1:
            limit = w.common_share * searcher.num_docs
        df = self._doc_freq(searcher)
        dropped: list[tuple[str, str, float]] = []

        def add(field: str, tokens: list[str], weight: float, *, common: bool = False) -> None:
            if weight <= 0:
                return
            for token, count in Counter(tokens).items():
                if common and limit is not None and df(field, token) > limit:
                    dropped.append((field, token, weight * count))
                    continue
                query = term_query(schema, field, token)
                boost = weight * count
                clauses.append((should, query if boost == 1 else boost_query(query, boost)))

        terms = parsed.terms
        title = w.document_title if w.rerank_depth <= 0 or w.first_stage_title else 0.0
        if parsed.folded_only:
            add("fx", terms.folded, 1.0, common=True)
            add("fbi", terms.folded_bigrams, w.bigram, common=True)
            add("tfx", _set(terms.folded + terms.folded_bigrams), w.article_title)
            add("dfx", _set(terms.folded_bigrams + _numbers(terms.folded)), title)
        else:
            add("ex", terms.exact, 1.0, common=True)
            add("bi", terms.exact_bigrams, w.bigram, common=True)
            add("tx", _set(terms.exact + terms.exact_bigrams), w.article_title)
            add("dx", _set(terms.exact_bigrams + _numbers(terms.exact)), title)
            # Words typed without diacritics in a query that has some ("luật khoa hoc") also
            # match the folded fields.
            plain = [t.isascii() for t in terms.exact]
            add(
                "fx",
                [t for t, p in zip(terms.folded, plain, strict=True) if p],
                w.folded_when_exact,
                common=True,
            )
            pairs = zip(terms.folded_bigrams, plain, plain[1:], strict=False)
            add("fbi", [b for b, p, q in pairs if p or q], w.bigram * w.folded_when_exact, common=True)
        if not clauses:  # only common words ("quy định"): they are all there is to search for
            clauses, dropped = [(should, boost_query(term_query(schema, f, t), x)) for f, t, x in dropped], []
        left_out = bool(dropped)
        for phrase in parsed.phrases:
            clauses.append((tantivy.Occur.Must, self._phrase_query(phrase, parsed.folded_only)))
        return tantivy.Query.boolean_query(clauses), left_out

    def _phrase_query(self, phrase: Analysed, folded: bool) -> tantivy.Query:
        field, tokens = ("fx", phrase.folded) if folded else ("ex", phrase.exact)
        words: list[str | tuple[int, str]] = list(tokens)
        query = tantivy.Query.phrase_query(self.schema, field, words)
        return tantivy.Query.boost_query(query, self.weights.phrase)

    def _filter_clauses(self, filters: SearchFilters) -> list[tuple[tantivy.Occur, tantivy.Query]]:
        clauses: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for field, values in (
            ("type", filters.types),
            ("issuer", filters.issuers),
            ("status", filters.statuses),
            ("field", filters.fields),
        ):
            if values:
                clauses.append(
                    (tantivy.Occur.Must, tantivy.Query.term_set_query(self.schema, field, list(values)))
                )
        if filters.years:
            years = [int(y) for y in filters.years]
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_set_query(self.schema, "year", years)))
        if filters.in_force_only:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "in_force", 1)))
        return clauses

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        offset: int = 0,
        filters: SearchFilters | None = None,
        group_by_document: bool = False,
    ) -> SearchResult:
        started = time.perf_counter()
        limit = max(0, min(int(limit), 1000))
        offset = max(0, int(offset))
        parsed = parse_query(query)
        if parsed.empty:
            message = "empty query" if not (query or "").strip() else "no words to search for"
            return SearchResult(took_ms=_ms(started), message=message)
        index = self._fresh_index()
        if index is None:
            return SearchResult(took_ms=_ms(started), message="no index")
        citation = self.catalog().resolve(parsed.text)
        searcher = index.searcher()
        wanted = offset + limit
        fetch = max(
            wanted * 8 + 20 if group_by_document else wanted,
            self.weights.prior_depth,
            self.weights.rerank_depth,
        )
        scores, addresses, count = self._first_stage(searcher, parsed, filters, fetch)
        doc_ids = (
            [int(d or 0) for d in searcher.fast_field_values("document_id", addresses)] if addresses else []
        )
        if self.weights.rerank_depth > 0 and addresses:
            scores, addresses, reordered = self._second_stage(searcher, parsed, scores, addresses, doc_ids)
            doc_ids = reordered or []
        ranked = self._rerank(scores, doc_ids)
        terms = _QueryWords(set(parsed.terms.folded), self._terms)
        hits: list[Hit] = []
        seen_docs: set[int] = set()
        for i, score in ranked:
            if group_by_document:
                if doc_ids[i] in seen_docs:
                    continue
                seen_docs.add(doc_ids[i])
            if len(hits) >= wanted:
                break
            # Only the hits on the page are read from the document store.
            stored = searcher.doc(addresses[i]) if len(hits) >= offset else None
            hits.append(self._hit(stored, score, terms) if stored is not None else _placeholder(score))
        total = count if count is not None else len(hits)
        if citation is not None:
            hits = self._cited_first(searcher, citation, hits, terms)
        hits = hits[offset : offset + limit]
        return SearchResult(hits=hits, took_ms=_ms(started), total=total, citation=citation)

    def ranked_ids(self, query: str, limit: int = 10) -> list[int]:
        """The article ids :meth:`search` ranks first (both stages), without reading stored documents
        or making snippets: what ``benchmarks/search_speed.py`` compares with tantivy alone."""
        parsed = parse_query(query)
        index = self._fresh_index()
        if parsed.empty or index is None:
            return []
        searcher = index.searcher()
        fetch = max(limit, self.weights.rerank_depth)
        scores, addresses, _ = self._first_stage(searcher, parsed, None, fetch, count=False)
        if self.weights.rerank_depth > 0 and addresses:
            scores, addresses, _ = self._second_stage(searcher, parsed, scores, addresses, None)
        return [int(a or 0) for a in searcher.fast_field_values("article_id", addresses[:limit])]

    def _first_stage(
        self,
        searcher: tantivy.Searcher,
        parsed: ParsedQuery,
        filters: SearchFilters | None,
        fetch: int,
        *,
        count: bool = True,
    ) -> tuple[list[float], list, int | None]:
        """tantivy's top ``fetch``: scores, addresses, and how many articles match.

        Articles match on the query's distinctive words and bigrams (common syllables left out, see
        ``Weights.common_share``, as Elasticsearch's "common terms" did); when fewer than ``fetch``
        match that way, on every word."""
        filter_clauses = self._filter_clauses(filters) if filters is not None and filters.active else []
        for everything in (False, True):
            query, left_out = self._text_query(parsed, searcher, everything=everything)
            if filter_clauses:
                query = tantivy.Query.boolean_query([(tantivy.Occur.Must, query), *filter_clauses])
            found = searcher.search(query, fetch, count=count)
            if len(found.hits) >= fetch or not left_out:
                break
        scores = [float(score) for score, _ in found.hits]
        addresses = [address for _, address in found.hits]
        return scores, addresses, getattr(found, "count", None)

    def _second_stage(
        self,
        searcher: tantivy.Searcher,
        parsed: ParsedQuery,
        scores: list[float],
        addresses: list,
        doc_ids: list[int] | None,
    ) -> tuple[list[float], list, list[int] | None]:
        """Score tantivy's top ``rerank_depth`` hits again (:mod:`.rerank`); the rest keep their order
        after them. Returns the new scores, addresses and document ids (if given)."""
        w = self.weights
        depth = min(w.rerank_depth, len(addresses))
        new = self.second_stage_scores(searcher, parsed, addresses[:depth])
        order = sorted(range(depth), key=lambda i: -new[i])
        floor = min(new, default=0.0)
        rest = scores[depth:]
        # The hits beyond the depth keep tantivy's order, scaled to stay below the reranked ones.
        scale = floor / rest[0] if rest and rest[0] > 0 and floor > 0 else 0.0
        out_scores = [new[i] for i in order] + [x * scale for x in rest]
        out_addresses = [addresses[i] for i in order] + addresses[depth:]
        out_docs = [doc_ids[i] for i in order] + doc_ids[depth:] if doc_ids is not None else None
        return out_scores, out_addresses, out_docs

    def second_stage_scores(
        self, searcher: tantivy.Searcher, parsed: ParsedQuery, addresses: list
    ) -> list[float]:
        """The second-stage score of each of these hits, from the term arrays (no stored document)."""
        w = self.weights
        terms = self._terms
        article_ids = [int(a or 0) for a in searcher.fast_field_values("article_id", addresses)]
        rows = terms.rows_of(article_ids)
        present = rows >= 0
        picked = terms.rows[np.where(present, rows, 0)]
        lengths = np.where(present, picked[:, ROW_LENGTH], 0)
        starts = picked[:, ROW_START]
        doc_ids = np.where(present, picked[:, ROW_DOCUMENT], -1).tolist()
        total = int(lengths.sum())
        # Positions of every candidate's ids in the token array, one after another.
        at = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        self.catalog()  # document titles, for the title bonus
        candidates = Candidates(
            tokens=terms.tokens[at], lengths=lengths, title_terms=[self._title_terms(d) for d in doc_ids]
        )
        stats = Stats(searcher.num_docs, terms.avgdl, self._doc_freq(searcher), self._idf_of(searcher))
        new = score_candidates(
            parsed,
            candidates,
            terms.vocab,
            terms.fold,
            stats,
            k1=w.k1,
            b=w.b,
            bigram=w.bigram,
            trigram=w.trigram,
            folded_when_exact=w.folded_when_exact,
            document_title=w.document_title,
        )
        return [float(x) for x in new]

    def _doc_freq(self, searcher: tantivy.Searcher) -> Callable[[str, str], int]:
        """The number of articles holding a term, cached for the current commit."""
        return _cached(self._df, searcher.doc_freq)

    def _idf_of(self, searcher: tantivy.Searcher) -> Callable[[str, str], float]:
        """BM25's idf of a term, from :meth:`_doc_freq` (cached with it)."""
        doc_freq, num_docs = self._doc_freq(searcher), searcher.num_docs
        return _cached(self._idf, lambda field, term: bm25_idf(num_docs, doc_freq(field, term)))

    def _title_terms(self, document_id: int) -> frozenset[str]:
        """Its number and the bigrams of a document's title, exact and folded (from the catalog)."""
        terms = self._titles.get(document_id)
        if terms is None:
            entry = self._catalog.by_id.get(document_id) if self._catalog is not None else None
            if entry is None:
                return frozenset()
            analysed = analyse(entry.title)
            terms = frozenset(analysed.exact_bigrams + analysed.folded_bigrams + analyse(entry.number).exact)
            self._titles[document_id] = terms
        return terms

    def _rerank(self, scores: list[float], doc_ids: list[int]) -> list[tuple[int, float]]:
        """Indexes of the hits by final score: the article's own score plus a share of its document's.

        A question is usually about one law; the document's weight among the top hits (the sum of
        its articles' scores) lifts articles of the law the question is about.
        """
        order = list(range(len(scores)))
        prior = self.weights.document_prior
        if prior <= 0 or not scores:
            return [(i, scores[i]) for i in order]
        per_doc: dict[int, float] = {}
        for score, doc in zip(scores, doc_ids, strict=True):
            per_doc[doc] = per_doc.get(doc, 0.0) + score
        top_doc = max(per_doc.values()) or 1.0
        top = scores[0] or 1.0
        final = [scores[i] / top + prior * per_doc[doc_ids[i]] / top_doc for i in order]
        order.sort(key=lambda i: -final[i])
        return [(i, final[i]) for i in order]

    def _hit(
        self, stored: tantivy.Document, score: float, words: _QueryWords, clause: str | None = None
    ) -> Hit:
        number, title, article, article_title, text = json.loads(bytes(stored["payload"][0]))
        article_id = stored["article_id"][0]
        if clause is not None:  # a cited clause: the snippet starts there
            at = re.search(rf"(?:^|\n){re.escape(clause)}\.\s", text)
            if at:
                text, words = text[at.start() :].lstrip(), _QueryWords(set(), words.terms)
        return Hit(
            article_id=article_id,
            document_id=stored["document_id"][0],
            document_number=number,
            document_title=title,
            article=article,
            article_title=article_title,
            score=score,
            snippet=words.snippet(article_id, article_title, text),
        )

    def _cited_first(
        self, searcher: tantivy.Searcher, citation: Citation, hits: list[Hit], terms: _QueryWords
    ) -> list[Hit]:
        if citation.article_id is not None:
            query = tantivy.Query.term_query(self.schema, "article_id", citation.article_id)
        else:
            query = tantivy.Query.term_query(self.schema, "document_id", citation.document_id)
        found = searcher.search(query, 1, count=False, order_by_field="article_id", order=tantivy.Order.Asc)
        if not found.hits:
            return hits
        top_score = max([h.score for h in hits], default=1.0)
        cited = self._hit(searcher.doc(found.hits[0][1]), top_score + 1.0, terms, clause=citation.clause)
        return [cited] + [h for h in hits if h.article_id != cited.article_id]


class _QueryWords:
    """The query's folded words, for snippets: located through the term arrays when the article is
    there with its offsets, by scanning its text otherwise."""

    def __init__(self, words: set[str], terms: Terms) -> None:
        self.words, self.terms = words, terms
        self.ids = np.zeros(terms.size, dtype=bool)  # true at the folded ids of the words
        self.ids[[terms.vocab[w] for w in words if w in terms.vocab]] = True

    def snippet(self, article_id: int, article_title: str, text: str) -> str:
        terms = self.terms
        row = int(terms.rows_of([article_id])[0])
        if self.words and row >= 0:
            start, length = int(terms.rows[row, ROW_START]), int(terms.rows[row, ROW_LENGTH])
            offsets = terms.offsets[start : start + length]
            if length and offsets[0] != NO_OFFSET:
                ids = terms.tokens[start : start + length]
                return snippet_at(
                    text, len(article_title) + 1, ids, offsets, self.ids, terms.fold, terms.lengths
                )
        return snippet(text, self.words)


def _placeholder(score: float) -> Hit:
    return Hit(
        article_id=0,
        document_id=0,
        document_number="",
        document_title="",
        article="",
        article_title="",
        score=score,
        snippet="",
    )


def _cached(cache: dict[tuple[str, str], T], compute: Callable[[str, str], T]) -> Callable[[str, str], T]:
    """``compute(field, term)`` through ``cache`` (emptied when it passes 200,000 entries)."""

    def get(field: str, term: str) -> T:
        value = cache.get((field, term))
        if value is None:
            if len(cache) > 200_000:
                cache.clear()
            value = cache[(field, term)] = compute(field, term)
        return value

    return get


def _writer(index: tantivy.Index, wait_s: float = 60.0) -> tantivy.IndexWriter:
    """The index's single writer, waiting while another process (an import, a reindex) holds it."""
    deadline = time.monotonic() + wait_s
    while True:
        try:
            return index.writer(heap_size=_WRITER_HEAP)
        except ValueError as exc:
            if "LockBusy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _numbers(tokens: list[str]) -> list[str]:
    """Document numbers among the query's tokens ("14/2012/qh13")."""
    return [t for t in tokens if "/" in t]


def _set(tokens: list[str]) -> list[str]:
    return list(dict.fromkeys(tokens))


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


__all__ = ["TantivyBackend", "Weights"]
