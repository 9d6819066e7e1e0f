"""Reads of the legal library: what the search index is fed, document pages, the bookshelf."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from pbgdpl.accounts.scope import scope_of
from pbgdpl.org.models import Unit

from . import citations
from .models import IN_FORCE_STATUSES, BookshelfItem, Document, Field, Node, NodeKind, Relation
from .search import ArticleDoc
from .workflow import State


def article_docs(document_ids: Iterable[int] | None = None, *, batch: int = 50) -> Iterator[ArticleDoc]:
    """One :class:`ArticleDoc` per article (Điều) of the given documents (all when None), in reading order."""
    documents = Document.objects.order_by("pk").prefetch_related(Prefetch("fields", queryset=Field.objects.only("name")))
    if document_ids is not None:
        documents = documents.filter(pk__in=list(document_ids))
    ids = list(documents.values_list("pk", flat=True))
    for start in range(0, len(ids), batch):
        chunk = list(documents.filter(pk__in=ids[start:start + batch]).defer("text"))
        articles: dict[int, list[Node]] = {}
        for node in (Node.objects.filter(document_id__in=[d.pk for d in chunk], kind=NodeKind.DIEU)
                     .only("pk", "document_id", "number", "title", "text").order_by("document_id", "order")):
            articles.setdefault(node.document_id, []).append(node)
        for document in chunk:
            field_names = [f.name for f in document.fields.all()]
            for node in articles.get(document.pk, []):
                yield ArticleDoc(
                    article_id=node.pk, document_id=document.pk, document_number=document.number,
                    document_title=document.title, document_type=document.type, issuer=document.issuer,
                    year=document.year, status=document.status, fields=field_names,
                    in_force=document.status in IN_FORCE_STATUSES, article_number=node.number,
                    article_title=node.title, text=node.text,
                )


# --- document pages -------------------------------------------------------------------------------------

def documents_list(*, q: str = "", type: str = "", status: str = "", issuer: str = "", year: int | None = None,
                   field: str = "", in_force: bool = False) -> QuerySet[Document]:
    documents = Document.objects.defer("text").annotate(
        article_count=Count("nodes", filter=Q(nodes__kind=NodeKind.DIEU)))
    if type:
        documents = documents.filter(type=type)
    if status:
        documents = documents.filter(status=status)
    if issuer:
        documents = documents.filter(issuer=issuer)
    if year:
        documents = documents.filter(issued__year=year)
    if field:
        documents = documents.filter(fields__name=field)
    if in_force:
        documents = documents.filter(status__in=list(IN_FORCE_STATUSES))
    if q:
        from pbgdpl.core.text import key

        documents = documents.filter(Q(title_key__contains=key(q)) | Q(number__icontains=q.strip()))
    return documents.order_by("-issued", "title")


@dataclass
class TreeNode:
    node: Node
    children: list[TreeNode] = field(default_factory=list)

    @property
    def is_heading(self) -> bool:
        return self.node.kind in (NodeKind.PHAN, NodeKind.CHUONG, NodeKind.MUC, NodeKind.TIEU_MUC)


def document_tree(document: Document) -> list[TreeNode]:
    """The structure tree of ``document`` in one query."""
    wrapped: dict[int, TreeNode] = {}
    roots: list[TreeNode] = []
    for node in Node.objects.filter(document=document).order_by("order"):
        item = wrapped[node.pk] = TreeNode(node)
        parent = wrapped.get(node.parent_id) if node.parent_id else None
        (parent.children if parent else roots).append(item)
    return roots


class LinkResolver:
    """Turns a cited number into the URL of that document when it is in the library (one query per number)."""

    do_not_call_in_templates = True

    def __init__(self) -> None:
        self.cache: dict[str, str | None] = {}

    def __call__(self, number: str) -> str | None:
        if number not in self.cache:
            pk = Document.objects.filter(number=number).values_list("pk", flat=True).first()
            self.cache[number] = reverse("library:document", args=[pk]) if pk else None
        return self.cache[number]


def link_resolver() -> LinkResolver:
    return LinkResolver()


def render_text(text: str, url_for: Any) -> SafeString:
    """Statute text as HTML paragraphs, escaped, with cited numbers linked."""
    paragraphs = [line for line in text.split("\n") if line.strip()]
    html = "".join(f"<p>{citations.linkify(line, url_for)}</p>" for line in paragraphs)
    return mark_safe(html)  # noqa: S308 - every piece was escaped by citations.linkify


def article_html(item: TreeNode, url_for: Any) -> SafeString:
    """An article's body: its own lines, then each khoản / điểm with its anchor."""
    node = item.node
    if not item.children:
        return render_text(node.text, url_for)
    first = item.children[0].node.text
    cut = node.text.find(first) if first else -1
    intro = node.text[:cut] if cut > 0 else ""
    parts = [render_text(intro, url_for)] if intro.strip() else []
    for child in item.children:
        inner = article_html(child, url_for) if child.children else SafeString(
            "".join(f"{citations.linkify(line, url_for)}<br>" for line in child.node.text.split("\n") if line.strip())
            .removesuffix("<br>"))
        parts.append(SafeString(f'<div class="provision {child.node.kind}" id="{escape(child.node.anchor)}">'
                                f"{inner if child.children else '<p>' + inner + '</p>'}</div>"))
    return mark_safe("".join(parts))  # noqa: S308 - built from escaped pieces


def _kind_label(node: Node) -> str:
    return str(NodeKind(node.kind).label)


def statute_html(tree: list[TreeNode], url_for: Any) -> SafeString:
    """The whole document body as HTML (built here rather than by recursive template includes: a code of
    law has thousands of nodes). Every piece of text is escaped; ids are the node anchors."""
    out: list[str] = []

    def walk(items: list[TreeNode]) -> None:
        for item in items:
            node = item.node
            anchor = escape(node.anchor)
            if item.is_heading:
                title = f'<span class="heading-title">{escape(node.title)}</span>' if node.title else ""
                out.append(f'<section id="{anchor}"><h2 class="heading">{escape(_kind_label(node))} '
                           f"{escape(node.number)}{title}</h2>")
                walk(item.children)
                out.append("</section>")
            elif node.kind == NodeKind.DIEU:
                title = f" {escape(node.title)}" if node.title else ""
                out.append(f'<article id="{anchor}"><h3>{escape(_kind_label(node))} {escape(node.number)}.{title}</h3>'
                           f"{article_html(item, url_for)}</article>")
            else:
                out.append(f'<div id="{anchor}">{render_text(node.text, url_for)}</div>')

    walk(tree)
    return mark_safe("".join(out))  # noqa: S308 - built from escaped pieces


def toc_html(tree: list[TreeNode]) -> SafeString:
    """Table of contents: headings and articles, linked to their anchors."""

    def walk(items: list[TreeNode]) -> str:
        rows = []
        for item in items:
            node = item.node
            if not (item.is_heading or node.kind == NodeKind.DIEU):
                continue
            title = node.title if len(node.title) <= 70 else node.title[:69] + "…"
            label = f"{_kind_label(node)} {node.number}" + (f". {title}" if title else "")
            inner = walk(item.children) if item.is_heading else ""
            rows.append(f'<li><a href="#{escape(node.anchor)}">{escape(label)}</a>{inner}</li>')
        return f"<ul>{''.join(rows)}</ul>" if rows else ""

    return mark_safe(walk(tree))  # noqa: S308 - built from escaped pieces


def relations_of(document: Document) -> tuple[list[Relation], list[Relation]]:
    outgoing = list(document.relations_out.select_related("target").order_by("kind", "target_number"))
    incoming = list(document.relations_in.select_related("source").order_by("kind", "source__number"))
    return outgoing, incoming


def filter_choices() -> dict[str, Any]:
    """Values offered by the search filters."""
    years = sorted({d.year for d in Document.objects.filter(issued__isnull=False).dates("issued", "year")}, reverse=True)
    issuers = list(Document.objects.exclude(issuer="").values_list("issuer", flat=True).distinct().order_by("issuer"))
    return {"years": years, "issuers": issuers, "fields": list(Field.objects.order_by("name"))}


def document_for_citation(number: str) -> Document | None:
    return Document.objects.filter(number=number).first()


# --- bookshelf ---------------------------------------------------------------------------------------------

def bookshelf_public(*, content_type: str = "") -> QuerySet[BookshelfItem]:
    items = BookshelfItem.objects.filter(state=State.PUBLISHED).select_related("unit")
    if content_type:
        items = items.filter(content_type=content_type)
    return items.order_by("-published_at", "-released")


def bookshelf_staff(user: Any, *, state: str = "") -> QuerySet[BookshelfItem]:
    items = BookshelfItem.objects.filter(scope_of(user).unit_q("unit")).select_related("unit")
    if state:
        items = items.filter(state=state)
    return items.order_by("-updated")


def author_units(user: Any) -> QuerySet[Unit]:
    """The units for which ``user`` may draft bookshelf items."""
    from .permissions import AUTHOR_ROLES

    scope = scope_of(user)
    units = Unit.objects.filter(valid_to__isnull=True)
    return units.filter(scope.unit_q("self", *AUTHOR_ROLES)).order_by("path")
