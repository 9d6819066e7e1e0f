"""``pbgdpl search``: article-level search from the command line; the measurement contract.

pbgdpl search "quỹ phát triển khoa học" --limit 5
pbgdpl search "QUERY" --json --limit N          -> {"hits": [...], "took_ms": ...}
pbgdpl search --json --queries FILE             -> one {"id", "hits", "took_ms"} line per query
pbgdpl search --reindex                         -> rebuild the index from the database
"""

from __future__ import annotations

import html
import json
import sys
import time
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from pbgdpl.library.search import SearchFilters, SearchResult, get_backend


class Command(BaseCommand):
    help = "Tìm kiếm điều luật (article-level legal search); --json prints the measurement contract."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "query", nargs="?", default=None, help="the query (omit with --queries or --reindex)"
        )
        parser.add_argument("--json", action="store_true", help="print JSON (the measurement contract)")
        parser.add_argument("--limit", type=int, default=10)
        parser.add_argument("--offset", type=int, default=0)
        parser.add_argument(
            "--queries", type=Path, help='JSON Lines file of {"id", "query"}; "-" reads stdin'
        )
        parser.add_argument("--group", action="store_true", help="one hit per document")
        parser.add_argument("--type", action="append", dest="types", help="document type (repeatable)")
        parser.add_argument("--year", action="append", type=int, dest="years")
        parser.add_argument("--in-force", action="store_true", help="documents in force only")
        parser.add_argument(
            "--reindex", action="store_true", help="rebuild the index from the database first"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        backend = get_backend()
        if options["reindex"]:
            from pbgdpl.library.selectors import article_docs

            started = time.perf_counter()
            backend.rebuild(article_docs())
            self.stderr.write(f"index rebuilt in {time.perf_counter() - started:.1f} s")
            if options["query"] is None and options["queries"] is None:
                return
        filters = SearchFilters(
            types=options["types"], years=options["years"], in_force_only=options["in_force"]
        )
        kwargs = {
            "limit": max(1, min(options["limit"], 100)),
            "offset": max(0, options["offset"]),
            "filters": filters,
            "group_by_document": options["group"],
        }
        if options["queries"] is not None:
            self._batch(backend, options["queries"], kwargs)
            return
        if options["query"] is None:
            raise CommandError("give a query, or --queries FILE")
        result = backend.search(options["query"], **kwargs)
        if result.message == "no index":
            self.stderr.write(
                "Chưa có chỉ mục tìm kiếm: chạy `pbgdpl search --reindex` (no search index yet)."
            )
        if options["json"]:
            self.stdout.write(json.dumps(result.as_json(), ensure_ascii=False))
        else:
            self._print(result)

    def _batch(self, backend: Any, path: Path, kwargs: dict[str, Any]) -> None:
        try:
            stream = sys.stdin if str(path) == "-" else path.open(encoding="utf-8")
        except OSError as exc:
            raise CommandError(f"cannot read {path}: {exc}") from exc
        with stream:
            for n, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    query_id, query = item.get("id", n), str(item.get("query") or "")
                except (ValueError, AttributeError):
                    out = {"id": n, "hits": [], "took_ms": 0.0, "message": "line is not a JSON object"}
                    self.stdout.write(json.dumps(out, ensure_ascii=False))
                    continue
                result = backend.search(query, **kwargs)
                self.stdout.write(json.dumps({"id": query_id, **result.as_json()}, ensure_ascii=False))

    def _print(self, result: SearchResult) -> None:
        if result.message:
            self.stdout.write(result.message)
        if result.citation is not None:
            c = result.citation
            where = f"Điều {c.article} " if c.article else ""
            self.stdout.write(f"→ {where}{c.document_title} ({c.document_number})")
        for i, hit in enumerate(result.hits, start=1):
            self.stdout.write(
                f"{i:>2}. {hit.document_title} ({hit.document_number}), Điều {hit.article}. {hit.article_title}"
            )
            plain = html.unescape(hit.snippet.replace("<mark>", "[").replace("</mark>", "]"))
            self.stdout.write(f"    {plain}")
        self.stdout.write(f"{result.total} kết quả, {result.took_ms:.1f} ms")
