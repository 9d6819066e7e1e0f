"""Search speed, side by side: our embedded search, tantivy as the reference, PostgreSQL full-text search.

Corpus: the 208 laws of ../shared/data/legal-corpus (about 17,800 articles), parsed with
``pbgdpl.library.parsing``, and a 10x synthetic enlargement (every article repeated ten times under
ten document numbers, so posting lists grow tenfold). Queries: the 216 natural-language questions of
../shared/data/legal-retrieval-dev when present, plus 100 article titles of the corpus as short
keyword queries. Each engine returns the top 10 articles; ours also builds the snippets.

- ``ours``: :class:`pbgdpl.library.search.engine.TantivyBackend` (Vietnamese analysis in Python,
  tantivy underneath), timed through ``search()`` including query analysis and snippets.
- ``tantivy``: tantivy alone, its default tokenizer on one text field, ``parse_query_lenient``, ids only
  (compare with our "ranking only" line).
- ``tantivy+snippets``: the same with the text stored and a 240-character snippet per hit from tantivy's
  own ``SnippetGenerator`` (compare with our full search).
- ``postgres``: a throwaway PostgreSQL cluster (like scripts/run_tests.py), ``to_tsvector('simple',
  unaccent(...))`` in a stored generated column with a GIN index, an OR of the query words ranked by
  ``ts_rank_cd``; skipped visibly when PostgreSQL is not installed.

    .venv/bin/python benchmarks/search_speed.py               # 1x and 10x
    .venv/bin/python benchmarks/search_speed.py --scales 1    # 1x only
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")
SHARED = ROOT.parent / "shared" / "data"
CORPUS = SHARED / "legal-corpus" / "uts_vlc_2023_processed"
DEV = SHARED / "legal-retrieval-dev"


def load_corpus():
    from pbgdpl.library.parsing import parse_text
    from pbgdpl.library.search import ArticleDoc

    docs = []
    for doc_id, path in enumerate(sorted(CORPUS.glob("*.txt")), start=1):
        parsed = parse_text(path.read_text(encoding="utf-8"), filename=path.name)
        for art in parsed.articles():
            docs.append(
                ArticleDoc(
                    article_id=len(docs) + 1, document_id=doc_id, document_number=parsed.number or "",
                    document_title=parsed.title, document_type=(parsed.type or "").lower(), issuer=parsed.issuer or "",
                    year=parsed.issued.year if parsed.issued else None, status="con-hieu-luc", fields=[],
                    in_force=True, article_number=art.number, article_title=art.title, text=art.text,
                )
            )  # fmt: skip
    return docs


def enlarge(docs, factor):
    from dataclasses import replace

    if factor == 1:
        return docs
    out = []
    n_docs = max(d.document_id for d in docs)
    for k in range(factor):
        for d in docs:
            out.append(
                replace(
                    d,
                    article_id=k * len(docs) + d.article_id,
                    document_id=k * n_docs + d.document_id,
                    document_number=f"{d.document_number}-{k}" if k else d.document_number,
                )
            )
    return out


def load_queries(docs):
    queries = []
    if DEV.exists():
        for name in ("train.json", "test.json"):
            queries += [item["statement"] for item in json.loads((DEV / name).read_text(encoding="utf-8"))]
    else:
        print(f"note: {DEV} absent; timing article-title queries only")
    rng = random.Random(7)
    titles = [d.article_title for d in docs if len(d.article_title.split()) >= 3]
    queries += rng.sample(titles, min(100, len(titles)))
    return queries


def timed(fn, queries, repeat=1):
    fn(queries[0])  # warm-up
    times = []
    for _ in range(repeat):
        for q in queries:
            t = time.perf_counter()
            fn(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def bench_ours(docs, queries, tmp: Path):
    from pbgdpl.library.search.engine import TantivyBackend

    backend = TantivyBackend(tmp / "ours")
    t = time.perf_counter()
    backend.rebuild(docs)
    build = time.perf_counter() - t
    median, p95 = timed(lambda q: backend.search(q, limit=10), queries)

    # The same ranking (both stages: tantivy's top 50 scored again) without reading stored articles
    # or building snippets, to compare with tantivy alone.
    def rank_only(q):
        return backend.ranked_ids(q, limit=10)

    core_median, core_p95 = timed(rank_only, queries)
    return {
        "build_s": build, "size_mb": dir_size(tmp / "ours") / 1e6, "median_ms": median, "p95_ms": p95,
        "rank_only_median_ms": core_median, "rank_only_p95_ms": core_p95,
    }  # fmt: skip


def bench_tantivy(docs, queries, tmp: Path, *, snippets: bool = False):
    """tantivy alone; with ``snippets``, the body is also stored and each of the top 10 gets a
    240-character snippet from tantivy's own SnippetGenerator (as HTML)."""
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_integer_field("article_id", stored=True, indexed=True, fast=True)
    builder.add_text_field("body", stored=snippets)
    schema = builder.build()
    path = tmp / "tantivy-ref"
    path.mkdir()
    index = tantivy.Index(schema, path=str(path))
    t = time.perf_counter()
    writer = index.writer(heap_size=64_000_000)
    for d in docs:
        writer.add_document(tantivy.Document(article_id=d.article_id, body=f"{d.article_title}\n{d.text}"))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    build = time.perf_counter() - t
    searcher = index.searcher()

    def search(q):
        query, _errors = index.parse_query_lenient(q, ["body"])
        found = searcher.search(query, 10)
        return [searcher.doc(addr)["article_id"][0] for _, addr in found.hits]

    def search_with_snippets(q):
        query, _errors = index.parse_query_lenient(q, ["body"])
        found = searcher.search(query, 10)
        generator = tantivy.SnippetGenerator.create(searcher, query, schema, "body")
        generator.set_max_num_chars(240)
        out = []
        for _, addr in found.hits:
            doc = searcher.doc(addr)
            out.append((doc["article_id"][0], generator.snippet_from_doc(doc).to_html()))
        return out

    median, p95 = timed(search_with_snippets if snippets else search, queries)
    return {"build_s": build, "size_mb": dir_size(path) / 1e6, "median_ms": median, "p95_ms": p95}


_WORD_RE = re.compile(r"[^\W_]+")


def bench_postgres(docs, queries, pg_url, pg_queries):
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
        conn.execute("DROP TABLE IF EXISTS article")
        # unaccent() is not IMMUTABLE; the usual wrapper makes it usable in a generated column.
        conn.execute(
            "CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
            "AS $$ SELECT public.unaccent('public.unaccent', $1) $$"
        )
        t = time.perf_counter()
        conn.execute(
            "CREATE TABLE article (id integer PRIMARY KEY, title text, body text, "
            "tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', f_unaccent(coalesce(title, ''))), 'A') "
            "|| to_tsvector('simple', f_unaccent(body))) STORED)"
        )
        with conn.cursor() as cur, cur.copy("COPY article (id, title, body) FROM STDIN") as copy:
            for d in docs:
                copy.write_row((d.article_id, d.article_title, d.text))
        conn.execute("CREATE INDEX article_tsv ON article USING gin (tsv)")
        conn.execute("ANALYZE article")
        build = time.perf_counter() - t
        size = conn.execute("SELECT pg_total_relation_size('article')").fetchone()[0]

        def search(q):
            words = list(dict.fromkeys(_WORD_RE.findall(q.lower())))[:64]
            if not words:
                return []
            tsq = " | ".join(words)
            return conn.execute(
                "SELECT id FROM article, to_tsquery('simple', f_unaccent(%s)) q WHERE tsv @@ q "
                "ORDER BY ts_rank_cd(tsv, q) DESC LIMIT 10",
                (tsq,),
            ).fetchall()

        median, p95 = timed(search, queries[:: max(1, len(queries) // pg_queries)])
        conn.execute("DROP TABLE article")
    return {"build_s": build, "size_mb": size / 1e6, "median_ms": median, "p95_ms": p95}


def start_postgres():
    spec = importlib.util.spec_from_file_location("run_tests", ROOT / "scripts" / "run_tests.py")
    assert spec and spec.loader
    run_tests = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run_tests)
    bindir = run_tests.pg_bindir()
    if bindir is None:
        return None, None
    pg = run_tests.Postgres(bindir)
    url = pg.start()
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute("CREATE DATABASE pbgdpl")
    return pg, url


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scales", default="1,10")
    parser.add_argument("--engines", default="ours,tantivy,tantivy+snippets,postgres")
    parser.add_argument(
        "--pg-queries", type=int, default=60, help="PostgreSQL is slow: time this many queries"
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"SKIPPED: corpus absent ({CORPUS})")
        return 0
    import django

    django.setup()
    t = time.perf_counter()
    base = load_corpus()
    print(f"parsed {len(base)} articles from {CORPUS.name} in {time.perf_counter() - t:.1f} s")
    queries = load_queries(base)
    print(f"{len(queries)} queries; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.1f} at start")
    engines = args.engines.split(",")
    pg = pg_url = None
    if "postgres" in engines:
        try:
            pg, pg_url = start_postgres()
        except Exception as exc:  # noqa: BLE001 - a benchmark reports and goes on
            print(f"SKIPPED postgres: could not start a cluster ({exc})")
        if pg is None and pg_url is None:
            print("SKIPPED postgres: PostgreSQL binaries (initdb, pg_ctl) not installed")
    rows = []
    try:
        for scale in [int(s) for s in args.scales.split(",")]:
            docs = enlarge(base, scale)
            for engine in engines:
                if engine == "postgres" and pg_url is None:
                    continue
                tmp = Path(tempfile.mkdtemp(prefix="pbgdpl-speed-"))
                try:
                    if engine == "ours":
                        res = bench_ours(docs, queries, tmp)
                    elif engine == "tantivy":
                        res = bench_tantivy(docs, queries, tmp)
                    elif engine == "tantivy+snippets":
                        res = bench_tantivy(docs, queries, tmp, snippets=True)
                    else:
                        res = bench_postgres(docs, queries, pg_url, args.pg_queries)
                finally:
                    shutil.rmtree(tmp, ignore_errors=True)
                row = {"engine": engine, "articles": len(docs), **res}
                rows.append(row)
                print(
                    f"{engine:<18}{len(docs):>9} articles  median {res['median_ms']:7.2f} ms  p95 {res['p95_ms']:7.2f} ms"
                    f"  build {res['build_s']:7.1f} s  size {res['size_mb']:7.1f} MB",
                    flush=True,
                )
                if "rank_only_median_ms" in res:
                    print(
                        f"{'  (ranking only, no snippets)':<45}median {res['rank_only_median_ms']:7.2f} ms"
                        f"  p95 {res['rank_only_p95_ms']:7.2f} ms",
                        flush=True,
                    )
    finally:
        if pg is not None:
            pg.stop()
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
