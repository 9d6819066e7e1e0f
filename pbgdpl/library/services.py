"""Writes to the legal library: importing and editing documents, import jobs, the bookshelf workflow.

Identity of a document on re-import: its normalised number and symbol, or, for documents without a
number, its folded title. Re-importing the same document updates it. The same number arriving with a
different text is *updated*, not refused: the new text replaces the old one and an audit record
``document.text_changed`` keeps both content hashes and lengths, so the change is visible in the audit
trail (a library mirrors the official source; the newest import is taken to be the corrected copy).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import close_old_connections, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from pbgdpl.core import audit, policy, uploads
from pbgdpl.core.text import key

from . import citations, importing, workflow
from .importing import DocumentData, ImportProblem, Source
from .models import (
    BookshelfItem,
    Document,
    EffectStatus,
    Field,
    ImportJob,
    Node,
    NodeKind,
    Relation,
    RelationKind,
)

log = logging.getLogger(__name__)

METADATA_FIELDS = ["number", "type", "title", "issuer", "signer", "issued", "effective", "expiry", "status"]


@dataclass
class ImportOutcome:
    document: Document
    action: str  # "created" | "updated" | "unchanged"
    text_changed: bool = False
    messages: list[str] = field(default_factory=list)


# --- documents ---------------------------------------------------------------------------------------

def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def find_existing(*, number: str, title: str) -> Document | None:
    if number:
        return Document.objects.filter(number=number).first()
    return Document.objects.filter(number="", title_key=key(title)[:500]).first()


@transaction.atomic
def import_document(*, data: DocumentData, by: Any = None, original: tuple[str, bytes] | None = None,
                    index: bool = True) -> ImportOutcome:
    """Create or update one document from ``data`` (``by`` None is the system: the command line)."""
    if by is not None:
        policy.require(by, "add", Document)
    nodes = _structure(data)
    existing = find_existing(number=data.number, title=data.title)
    content_hash = _hash(data.text)
    values: dict[str, Any] = {f: getattr(data, f) for f in METADATA_FIELDS}
    if existing is not None and not data.status_explicit:
        values.pop("status")  # a status set in the library (or derived from a replacement) stays
    for optional in ("signer", "effective", "expiry", "issuer", "issued"):
        if existing is not None and not values[optional]:
            values.pop(optional)  # a file without this piece of metadata does not erase what staff entered
    outcome_messages: list[str] = []
    if data.encoding and data.encoding != "utf-8":
        outcome_messages.append(_("%(name)s được đọc theo bảng mã %(encoding)s.")
                                % {"name": data.source or data.title, "encoding": data.encoding})
    if existing is None:
        document = Document(**values, title_key=key(data.title)[:500], text=data.text, content_hash=content_hash,
                            source=data.source[:300])
        document.full_clean(exclude=["original"])
        document.save()
        action, text_changed = "created", False
        audit.record(actor=by, action="document.create", target=document, after=audit.snapshot(document, METADATA_FIELDS),
                     data={"source": data.source, "encoding": data.encoding, "articles": _count_articles(nodes)})
    else:
        document = existing
        before = audit.snapshot(document, METADATA_FIELDS)
        for name, value in values.items():
            setattr(document, name, value)
        document.title_key = key(document.title)[:500]
        text_changed = document.content_hash != content_hash
        if text_changed:
            audit.record(actor=by, action="document.text_changed", target=document,
                         before={"content_hash": document.content_hash, "length": len(document.text)},
                         after={"content_hash": content_hash, "length": len(data.text)}, data={"source": data.source})
            outcome_messages.append(_("Văn bản %(number)s đã có trong thư viện với nội dung khác: đã cập nhật nội dung "
                                      "mới và lưu vết thay đổi.") % {"number": document.number or document.title})
            document.text = data.text
            document.content_hash = content_hash
        document.source = data.source[:300] or document.source
        document.full_clean(exclude=["original"])
        document.save()
        changed_before, changed_after = audit.diff(before, audit.snapshot(document, METADATA_FIELDS))
        if changed_after:
            audit.record(actor=by, action="document.update", target=document, before=changed_before, after=changed_after)
        action = "updated" if (text_changed or changed_after or original or data.fields) else "unchanged"
    if existing is None or text_changed:
        _store_nodes(document, nodes)
    if data.fields:
        document.fields.add(*_fields(data.fields))
    if original is not None:
        filename, content = original
        document.original.save(_safe_name(filename), ContentFile(content), save=True)
    _store_relations(document, data)
    if index:
        transaction.on_commit(lambda: reindex_documents([document.pk]))
    return ImportOutcome(document, action, text_changed, outcome_messages)


def _safe_name(filename: str) -> str:
    path = Path(filename)
    return f"{slugify(path.stem)[:80] or 'van-ban'}{path.suffix.lower()}"


def _count_articles(nodes: list[Any]) -> int:
    return sum(1 for top in nodes for node in top.walk() if node.kind == NodeKind.DIEU)


def _structure(data: DocumentData) -> list[Any]:
    from .parsing import Node as ParsedNode
    from .parsing import parse_text

    nodes = parse_text(data.text).nodes
    if data.articles is not None and _count_articles(nodes) != len(data.articles):
        # Article texts that confuse the parser: keep the articles as given, one node each.
        nodes = []
        for article in data.articles:
            anchor = f"dieu-{slugify(article.number) or len(nodes) + 1}"
            nodes.append(ParsedNode(kind="dieu", number=article.number, title=article.title, text=article.text,
                                    anchor=anchor, children=[]))
    if not _count_articles(nodes):
        raise ImportProblem(_("%(name)s: không tìm thấy điều khoản nào.") % {"name": data.source or data.title})
    return nodes


def _store_nodes(document: Document, tree: list[Any]) -> None:
    """Replace the document's nodes: one bulk insert per depth (parents first), ``order`` in reading order."""
    Node.objects.filter(document=document).delete()
    position: dict[int, int] = {}

    def number(nodes: Iterable[Any]) -> None:
        for parsed in nodes:
            position[id(parsed)] = len(position)
            number(parsed.children)

    number(tree)
    seen: set[str] = set()
    level: list[tuple[Any, Node | None]] = [(top, None) for top in tree]
    while level:
        rows: list[Node] = []
        for parsed, parent in level:
            anchor = parsed.anchor[:180] or f"{parsed.kind}-{position[id(parsed)]}"
            if anchor in seen:
                anchor = f"{anchor}-{position[id(parsed)]}"
            seen.add(anchor)
            rows.append(Node(document=document, parent=parent, kind=parsed.kind, number=parsed.number[:20],
                             title=parsed.title[:1000], text=parsed.text, anchor=anchor, order=position[id(parsed)]))
        created = Node.objects.bulk_create(rows, batch_size=500)
        level = [(child, node) for (parsed, _parent), node in zip(level, created, strict=True) for child in parsed.children]


def _fields(names: list[str]) -> list[Field]:
    out = []
    for name in names:
        slug = slugify(key(name))[:200] or "linh-vuc"
        field_obj, _created = Field.objects.get_or_create(slug=slug, defaults={"name": name[:200]})
        out.append(field_obj)
    return out


def _store_relations(document: Document, data: DocumentData) -> None:
    found = citations.relations_in(document.text, own_number=document.number)
    for kind, number in data.relations:
        if number and number != document.number:
            if citations.STRENGTH[kind] >= citations.STRENGTH.get(found.get(number, "cites"), 0):
                found[number] = kind
    for number in Relation.objects.filter(source=document, manual=True).values_list("target_number", flat=True):
        found.pop(number, None)  # what staff entered wins over what the text suggests
    Relation.objects.filter(source=document, manual=False).exclude(target_number__in=list(found)).delete()
    known = {d.number: d for d in Document.objects.filter(number__in=list(found)).exclude(pk=document.pk)}
    existing = {r.target_number: r for r in Relation.objects.filter(source=document, manual=False)}
    for number, kind in found.items():
        relation = existing.get(number)
        target = known.get(number)
        if relation is None:
            Relation.objects.create(source=document, kind=kind, target_number=number[:100], target=target)
        elif relation.kind != kind or relation.target_id != (target.pk if target else None):
            relation.kind, relation.target = kind, target
            relation.save(update_fields=["kind", "target"])
    # Earlier documents that cited this one (before it was in the library) now link to it.
    if document.number:
        Relation.objects.filter(target__isnull=True, target_number=document.number).update(target=document)
    _apply_replacements(document, data)


def _apply_replacements(document: Document, data: DocumentData) -> None:
    """A document replaced by another in the library is no longer in force (unless a status was given)."""
    replaced = Document.objects.filter(relations_in__source=document, relations_in__kind=RelationKind.REPLACES,
                                       status=EffectStatus.IN_FORCE)
    for target in replaced:
        _expire(target, replaced_by=document)
    if not data.status_explicit and document.status == EffectStatus.IN_FORCE:
        newer = Relation.objects.filter(target=document, kind=RelationKind.REPLACES).select_related("source").first()
        if newer is not None:
            _expire(document, replaced_by=newer.source)


def _expire(document: Document, *, replaced_by: Document) -> None:
    before = audit.snapshot(document, ["status", "expiry"])
    document.status = EffectStatus.EXPIRED
    document.expiry = document.expiry or replaced_by.effective
    document.save(update_fields=["status", "expiry", "updated"])
    audit.record(actor=None, action="document.replaced", target=document, before=before,
                 after=audit.snapshot(document, ["status", "expiry"]), data={"replaced_by": replaced_by.number})
    transaction.on_commit(lambda: reindex_documents([document.pk]))


@transaction.atomic
def document_update(*, document: Document, by: Any, fields: Iterable[Field] | None = None, **values: Any) -> Document:
    policy.require(by, "change", document)
    before = audit.snapshot(document, METADATA_FIELDS)
    old_number = document.number
    for name, value in values.items():
        if name not in METADATA_FIELDS:
            raise TypeError(f"unknown field {name}")
        setattr(document, name, value)
    document.number = importing.normalise_number(document.number)
    if document.number and Document.objects.filter(number=document.number).exclude(pk=document.pk).exists():
        raise ValidationError({"number": _("Đã có văn bản số %(number)s trong thư viện.") % {"number": document.number}})
    document.title_key = key(document.title)[:500]
    document.full_clean(exclude=["original"])
    document.save()
    if fields is not None:
        document.fields.set(list(fields))
    changed_before, changed_after = audit.diff(before, audit.snapshot(document, METADATA_FIELDS))
    audit.record(actor=by, action="document.update", target=document, before=changed_before, after=changed_after)
    if document.number != old_number:
        Relation.objects.filter(target=document).update(target=None)
        if document.number:
            Relation.objects.filter(target__isnull=True, target_number=document.number).update(target=document)
    transaction.on_commit(lambda: reindex_documents([document.pk]))
    return document


@transaction.atomic
def relation_add(*, document: Document, by: Any, kind: str, number: str) -> Relation:
    """Staff state a relation the text does not show (or correct one); it survives re-imports."""
    policy.require(by, "change", document)
    number = importing.normalise_number(number)[:100]
    known = Document.objects.filter(number__iexact=number).values_list("number", flat=True).first()
    number = known or number  # "14/2012/qh13" is the 14/2012/QH13 in the library
    if kind not in RelationKind.values:
        raise ValidationError({"kind": _("Loại quan hệ không hợp lệ.")})
    if not number or number == document.number:
        raise ValidationError({"number": _("Nhập số, ký hiệu của một văn bản khác.")})
    Relation.objects.filter(source=document, target_number=number).delete()
    target = Document.objects.filter(number=number).exclude(pk=document.pk).first()
    relation = Relation.objects.create(source=document, kind=kind, target_number=number, target=target, manual=True)
    audit.record(actor=by, action="document.relation_add", target=document, after={"kind": kind, "number": number})
    if kind == RelationKind.REPLACES and target is not None and target.status == EffectStatus.IN_FORCE:
        _expire(target, replaced_by=document)
    return relation


@transaction.atomic
def relation_delete(*, relation: Relation, by: Any) -> None:
    document = relation.source
    policy.require(by, "change", document)
    audit.record(actor=by, action="document.relation_delete", target=document,
                 before={"kind": relation.kind, "number": relation.target_number, "manual": relation.manual})
    relation.delete()


@transaction.atomic
def document_delete(*, document: Document, by: Any) -> None:
    policy.require(by, "delete", document)
    pk = document.pk
    audit.record(actor=by, action="document.delete", target=document, before=audit.snapshot(document, METADATA_FIELDS))
    document.delete()
    transaction.on_commit(lambda: _unindex(pk))


# --- search index ----------------------------------------------------------------------------------------

def _unindex(document_id: int) -> None:
    try:
        from .search import get_backend

        get_backend().delete_document(document_id)
    except Exception:  # the index can always be rebuilt with `pbgdpl library reindex`
        log.exception("library: could not remove document %s from the search index", document_id)


def reindex_documents(document_ids: list[int]) -> None:
    """Bring the search index up to date for these documents (after their transaction committed)."""
    from . import selectors

    try:
        from .search import get_backend

        backend = get_backend()
        for document_id in document_ids:
            backend.upsert_document(document_id, list(selectors.article_docs([document_id])))
    except Exception:  # never fail an import because of the index; `pbgdpl library reindex` repairs it
        log.exception("library: could not index documents %s (run `pbgdpl library reindex`)", document_ids)


def reindex_all() -> int:
    from . import selectors
    from .search import get_backend

    docs = list(selectors.article_docs())
    get_backend().rebuild(docs)
    return len(docs)


# --- bulk import ------------------------------------------------------------------------------------------

@dataclass
class ImportSummary:
    total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    messages: list[str] = field(default_factory=list)
    document_ids: list[int] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return self.total - self.created - self.updated - self.unchanged


Progress = Callable[[int, int, str, ImportSummary], None]


def import_sources(sources: Sequence[Source | ImportProblem], *, by: Any = None, progress: Progress | None = None,
                   index: bool = True) -> ImportSummary:
    """Import each source in its own transaction; a bad one is reported and the rest go on."""
    summary = ImportSummary(total=len(sources))
    for position, source in enumerate(sources, 1):
        label = getattr(source, "name", "")
        try:
            if isinstance(source, ImportProblem):
                raise source
            data = source.load()
            label = data.title
            outcome = import_document(data=data, by=by, original=source.original, index=index)
        except ImportProblem as problem:
            summary.messages.append(str(problem))
        except ValidationError as error:
            summary.messages.append(f"{label}: {'; '.join(error.messages)}")
        else:
            setattr(summary, outcome.action, getattr(summary, outcome.action) + 1)
            summary.messages += outcome.messages
            summary.document_ids.append(outcome.document.pk)
        if progress is not None:
            progress(position, summary.total, label, summary)
    return summary


def import_path(path: Path, *, progress: Progress | None = None) -> ImportSummary:
    """The command line: every document under ``path``; the search index is rebuilt once at the end."""
    summary = import_sources(list(importing.sources_from_path(path)), progress=progress, index=False)
    if summary.created or summary.updated:
        try:
            reindex_all()
        except Exception as error:
            log.exception("library: reindex after import failed")
            summary.messages.append(_("Chưa cập nhật được chỉ mục tìm kiếm (%(error)s); chạy `pbgdpl library reindex`.")
                                    % {"error": error})
    return summary


def check_upload(upload: UploadedFile) -> None:
    """The shared upload check (:func:`pbgdpl.core.uploads.check_upload`: the type by extension and first bytes,
    the size limit, not empty) for the importer's types."""
    uploads.check_upload(upload, importing.SUFFIXES)


@transaction.atomic
def import_upload(*, by: Any, upload: UploadedFile, overrides: dict[str, Any] | None = None) -> ImportOutcome:
    """One DOCX, PDF or text file uploaded by staff, imported at once; ``overrides`` fill or correct metadata."""
    policy.require(by, "add", Document)
    check_upload(upload)
    name = upload.name or "van-ban"
    if Path(name).suffix.lower() not in importing.TEXT_SUFFIXES + importing.OFFICE_SUFFIXES:
        raise ValidationError(_("Tệp JSON Lines hoặc ZIP được nhập theo lượt nhập (tải lên ở mục “Nhập hàng loạt”)."))
    sources = importing.sources_from_bytes(name, upload.read())
    source = sources[0]
    data = source.load()
    for name_, value in (overrides or {}).items():
        if value in (None, "", []):
            continue
        if name_ == "number":
            value = importing.normalise_number(value)
        if name_ == "status":
            data.status_explicit = True
        setattr(data, name_, value)
    return import_document(data=data, by=by, original=source.original)


# --- import jobs (web) ----------------------------------------------------------------------------------------

@transaction.atomic
def job_create(*, by: Any, upload: UploadedFile) -> ImportJob:
    policy.require(by, "add", Document)
    check_upload(upload)
    job = ImportJob(created_by=by, filename=(upload.name or "")[:300])
    job.file.save(_safe_name(upload.name or "nhap.jsonl"), upload, save=False)
    job.save()
    audit.record(actor=by, action="document.import_job", target=job, data={"file": job.filename})
    transaction.on_commit(lambda: start_job(job.pk))
    return job


def start_job(job_id: int) -> None:
    """Run the job in a background thread (the request returns at once; the page polls the job row)."""
    threading.Thread(target=_run_job_thread, args=(job_id,), name=f"library-import-{job_id}", daemon=True).start()


def _run_job_thread(job_id: int) -> None:
    close_old_connections()
    try:
        run_job(job_id=job_id)
    finally:
        close_old_connections()


def run_job(*, job_id: int) -> ImportJob:
    job = ImportJob.objects.select_related("created_by").get(pk=job_id)
    ImportJob.objects.filter(pk=job.pk).update(state=ImportJob.State.RUNNING, touched=timezone.now())
    try:
        with job.file.open("rb") as handle:
            data = handle.read()
        sources: list[Source | ImportProblem] = list(importing.sources_from_bytes(job.filename or job.file.name or "", data))
        ImportJob.objects.filter(pk=job.pk).update(total=len(sources))

        def progress(done: int, total: int, label: str, summary: ImportSummary) -> None:
            ImportJob.objects.filter(pk=job.pk).update(done=done, created_count=summary.created, touched=timezone.now(),
                                                        updated_count=summary.updated, messages=summary.messages[-200:])

        summary = import_sources(sources, by=job.created_by, progress=progress)
        state = ImportJob.State.DONE
        messages = summary.messages[-200:]
    except ImportProblem as problem:
        state, messages = ImportJob.State.FAILED, [str(problem)]
    except Exception as error:  # the job row must say what happened, whatever happened
        log.exception("library: import job %s failed", job_id)
        state, messages = ImportJob.State.FAILED, [_("Lỗi không mong đợi: %(error)s") % {"error": type(error).__name__}]
    ImportJob.objects.filter(pk=job.pk).update(state=state, messages=messages, finished=timezone.now())
    job.refresh_from_db()
    return job


# --- legal bookshelf ---------------------------------------------------------------------------------------------

ITEM_FIELDS = ["unit", "content_type", "title", "compiler", "released", "validity", "summary", "body"]


@transaction.atomic
def item_create(*, by: Any, documents: Iterable[Document] = (), file: UploadedFile | None = None,
                **values: Any) -> BookshelfItem:
    item = BookshelfItem(created_by=by, **values)
    policy.require(by, "add", item)
    if file is not None:
        item.file = file
    _validate_item(item)
    item.save()
    item.documents.set(list(documents))
    audit.record(actor=by, action="bookshelf.create", target=item, after=audit.snapshot(item, ITEM_FIELDS + ["state"]))
    return item


@transaction.atomic
def item_update(*, item: BookshelfItem, by: Any, documents: Iterable[Document] | None = None,
                file: UploadedFile | None = None, **values: Any) -> BookshelfItem:
    item = BookshelfItem.objects.select_for_update().get(pk=item.pk)
    policy.require(by, "change", item)
    before = audit.snapshot(item, ITEM_FIELDS)
    for name, value in values.items():
        if name not in ITEM_FIELDS:
            raise TypeError(f"unknown field {name}")
        setattr(item, name, value)
    policy.require(by, "change", item)  # also allowed for the (possibly new) unit
    if file is not None:
        item.file = file
    _validate_item(item)
    item.save()
    if documents is not None:
        item.documents.set(list(documents))
    changed_before, changed_after = audit.diff(before, audit.snapshot(item, ITEM_FIELDS))
    audit.record(actor=by, action="bookshelf.update", target=item, before=changed_before, after=changed_after)
    return item


def _validate_item(item: BookshelfItem) -> None:
    item.full_clean(exclude=["created_by", "file"])
    if not item.body.strip() and not item.file:
        raise ValidationError({"body": _("Cần nội dung hoặc tệp đính kèm.")})
    if item.file and (getattr(item.file, "size", 0) or 0) > settings.UPLOAD_MAX_BYTES:
        raise ValidationError({"file": _("Tệp lớn hơn %(mb)d MB.") % {"mb": settings.UPLOAD_MAX_BYTES // (1024 * 1024)}})


@transaction.atomic
def item_transition(*, item: BookshelfItem, by: Any, name: str, note: str = "") -> BookshelfItem:
    """Move ``item`` along the workflow (:mod:`pbgdpl.library.workflow`), guarded by the policy, audited."""
    item = BookshelfItem.objects.select_for_update().get(pk=item.pk)
    transition = workflow.TRANSITIONS.get(name)
    if transition is None or item.state not in transition.sources:
        raise ValidationError(_("Không thể “%(name)s” tài liệu đang ở trạng thái “%(state)s”.")
                              % {"name": transition.label if transition else name, "state": item.get_state_display()})
    policy.require(by, transition.action, item)
    before = item.state
    item.state = transition.target
    if transition.target == workflow.State.PUBLISHED:
        item.published_at = timezone.now()
    elif before == workflow.State.PUBLISHED:
        item.published_at = None
    item.save(update_fields=["state", "published_at", "updated"])
    audit.record(actor=by, action=f"bookshelf.{name}", target=item, before={"state": before},
                 after={"state": item.state}, data={"note": note} if note else None)
    return item
