"""Article-level search over the legal library.

One indexed unit is an article (Điều) with its document's metadata (:class:`ArticleDoc`). The
engine sits behind :class:`SearchBackend`; the default, :class:`~.engine.TantivyBackend`, is an
embedded tantivy index under ``settings.DATA_DIR / "search"`` fed with Vietnamese analysis done in
Python (:mod:`.analysis`). Use :func:`get_backend` for the process-wide instance.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from .citations import Citation


@dataclass
class ArticleDoc:
    """What gets indexed: one article with its document's metadata."""

    article_id: int
    document_id: int
    document_number: str
    document_title: str
    document_type: str
    issuer: str
    year: int | None
    status: str
    fields: list[str]
    in_force: bool
    article_number: str
    article_title: str
    text: str


@dataclass
class SearchFilters:
    types: list[str] | None = None
    issuers: list[str] | None = None
    years: list[int] | None = None
    statuses: list[str] | None = None
    fields: list[str] | None = None
    in_force_only: bool = False

    @property
    def active(self) -> bool:
        return bool(
            self.types or self.issuers or self.years or self.statuses or self.fields or self.in_force_only
        )


@dataclass
class Hit:
    article_id: int
    document_id: int
    document_number: str
    document_title: str
    article: str  # the article number, "5"
    article_title: str
    score: float
    snippet: str  # HTML-escaped, matched words in <mark>

    def as_json(self) -> dict:
        return {
            "document_number": self.document_number,
            "document_title": self.document_title,
            "article": self.article,
            "article_title": self.article_title,
            "score": round(self.score, 4),
            "snippet": self.snippet,
        }


@dataclass
class SearchResult:
    hits: list[Hit] = field(default_factory=list)
    took_ms: float = 0.0
    total: int = 0
    citation: Citation | None = None  # set when the query cited a provision that resolved
    message: str = ""  # why there is nothing to show ("empty query"), for the user

    def as_json(self) -> dict:
        data: dict = {"hits": [hit.as_json() for hit in self.hits], "took_ms": round(self.took_ms, 3)}
        if self.citation is not None:
            data["citation"] = {
                "document_number": self.citation.document_number,
                "document_title": self.citation.document_title,
                "article": self.citation.article,
                "anchor": self.citation.anchor,
            }
        if self.message:
            data["message"] = self.message
        return data


class SearchBackend(Protocol):
    def rebuild(self, docs: Iterable[ArticleDoc]) -> None: ...

    def upsert_document(self, document_id: int, docs: list[ArticleDoc]) -> None: ...

    def delete_document(self, document_id: int) -> None: ...

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        offset: int = 0,
        filters: SearchFilters | None = None,
        group_by_document: bool = False,
    ) -> SearchResult: ...


_lock = threading.Lock()
_backends: dict[Path, SearchBackend] = {}


def index_dir() -> Path:
    from django.conf import settings

    return Path(settings.DATA_DIR) / "search"


def get_backend() -> SearchBackend:
    """The process-wide backend for the configured data directory."""
    from .engine import TantivyBackend

    path = index_dir()
    with _lock:
        backend = _backends.get(path)
        if backend is None:
            backend = _backends[path] = TantivyBackend(path)
        return backend


__all__ = ["ArticleDoc", "Citation", "Hit", "SearchBackend", "SearchFilters", "SearchResult", "get_backend"]
