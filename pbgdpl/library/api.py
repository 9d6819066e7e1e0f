"""The legal library over JSON. Search and documents are public (``auth=None``): they are published law."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from . import selectors
from .forms import MAX_QUERY
from .models import Document, DocumentType, EffectStatus
from .search import SearchFilters

router = Router(tags=["library"])


class HitOut(Schema):
    document_number: str
    document_title: str
    article: str
    article_title: str = ""
    score: float
    snippet: str


class SearchOut(Schema):
    hits: list[HitOut]
    took_ms: float
    total: int = 0
    message: str = ""
    citation: dict[str, Any] | None = None


@router.get("/library/search", response=SearchOut, auth=None, summary="Tìm điều khoản trong thư viện pháp luật")
def search(request: HttpRequest, q: str = "", limit: int = 10, offset: int = 0, type: str | None = None,
           status: str | None = None, in_force: bool = False, group: bool = False) -> dict[str, Any]:
    """Ranked articles for ``q`` (the same hits as ``pbgdpl search --json``); an empty query returns no hits
    with a message. ``limit`` is kept within 1-100 and ``offset`` within 0-1000."""
    from .views import run_search

    limit, offset = min(max(limit, 1), 100), min(max(offset, 0), 1000)
    filters = SearchFilters(types=[type] if type in DocumentType.values else None,
                            statuses=[status] if status in EffectStatus.values else None, in_force_only=in_force)
    result = run_search(q[:MAX_QUERY], filters=filters, limit=limit, offset=offset, group_by_document=group)
    data = result.as_json()
    data["total"] = result.total
    return data


class DocumentOut(Schema):
    id: int
    number: str
    type: str
    title: str
    issuer: str
    signer: str
    issued: dt.date | None
    effective: dt.date | None
    expiry: dt.date | None
    status: str
    fields: list[str]
    articles: int


class NodeOut(Schema):
    kind: str
    number: str
    title: str
    anchor: str
    text: str
    children: list[NodeOut]


class RelationOut(Schema):
    kind: str
    number: str
    document_id: int | None


class DocumentDetailOut(DocumentOut):
    structure: list[NodeOut]
    relations: list[RelationOut]
    cited_by: list[RelationOut]


def _document(document: Document) -> dict[str, Any]:
    return {
        "id": document.pk, "number": document.number, "type": document.type, "title": document.title,
        "issuer": document.issuer, "signer": document.signer, "issued": document.issued,
        "effective": document.effective, "expiry": document.expiry, "status": document.status,
        "fields": [f.name for f in document.fields.all()], "articles": getattr(document, "article_count", 0),
    }


def _node(item: selectors.TreeNode) -> dict[str, Any]:
    node = item.node
    return {"kind": node.kind, "number": node.number, "title": node.title, "anchor": node.anchor, "text": node.text,
            "children": [_node(child) for child in item.children]}


@router.get("/library/documents", response=list[DocumentOut], auth=None, summary="Danh sách văn bản trong thư viện")
def list_documents(request: HttpRequest, q: str = "", type: str = "", status: str = "",
                   limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    limit, offset = min(max(limit, 1), 1000), max(offset, 0)
    documents = selectors.documents_list(q=q[:200], type=type, status=status).prefetch_related("fields")
    return [_document(d) for d in documents[offset:offset + limit]]


@router.get("/library/documents/{document_id}", response=DocumentDetailOut, auth=None,
            summary="Một văn bản với cấu trúc (phần, chương, điều, khoản, điểm) và quan hệ")
def get_document(request: HttpRequest, document_id: int) -> dict[str, Any]:
    document = get_object_or_404(Document.objects.prefetch_related("fields"), pk=document_id)
    tree = selectors.document_tree(document)
    outgoing, incoming = selectors.relations_of(document)
    data = _document(document)
    data["articles"] = document.nodes.filter(kind="dieu").count()
    data["structure"] = [_node(item) for item in tree]
    data["relations"] = [{"kind": r.kind, "number": r.target_number, "document_id": r.target_id} for r in outgoing]
    data["cited_by"] = [{"kind": r.kind, "number": r.source.number, "document_id": r.source_id} for r in incoming]
    return data
