from __future__ import annotations

import logging
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pbgdpl.core import policy

from . import selectors, services, workflow
from .forms import (
    MAX_QUERY,
    BookshelfItemForm,
    DocumentForm,
    ImportForm,
    RelationForm,
    SearchForm,
    UploadForm,
)
from .importing import ImportProblem
from .models import BookshelfItem, ContentType, Document, ImportJob, Relation
from .search import SearchFilters, SearchResult, get_backend

log = logging.getLogger(__name__)
PER_PAGE = 10


# --- public ---------------------------------------------------------------------------------------------

def run_search(query: str, *, filters: SearchFilters | None = None, limit: int = PER_PAGE, offset: int = 0,
               group_by_document: bool = False) -> SearchResult:
    """The one place pages and the API call the search engine; a failure becomes a message, not an error page."""
    try:
        return get_backend().search(query, limit=limit, offset=offset, filters=filters,
                                    group_by_document=group_by_document)
    except Exception:
        log.exception("library: search failed for %r", query[:200])
        return SearchResult(message=_("Chưa tìm được: công cụ tìm kiếm đang gặp sự cố, vui lòng thử lại sau."))


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None)
    context: dict[str, Any] = {"form": form, "result": None, "notice": ""}
    if not form.is_bound:
        context["recent"] = Paginator(selectors.documents_list(), 20).get_page(1)
        return render(request, "library/search.html", context)
    if not form.is_valid():
        context["notice"] = _("Bộ lọc không hợp lệ đã được bỏ qua.")
        data = {k: v for k, v in form.cleaned_data.items()}
    else:
        data = form.cleaned_data
    query = data.get("q") or ""
    if len(request.GET.get("q", "")) > MAX_QUERY:
        context["notice"] = _("Câu tìm kiếm quá dài, chỉ dùng %(n)d ký tự đầu.") % {"n": MAX_QUERY}
    filters = SearchFilters(
        types=[data["type"]] if data.get("type") else None, issuers=[data["issuer"]] if data.get("issuer") else None,
        years=[data["year"]] if data.get("year") else None, statuses=[data["status"]] if data.get("status") else None,
        fields=[data["field"]] if data.get("field") else None, in_force_only=bool(data.get("in_force")),
    )
    if not query.strip():
        # No words: browse the documents that match the filters.
        if not filters.active:
            context["notice"] = context["notice"] or _("Hãy nhập từ khóa, câu hỏi hoặc số hiệu văn bản để tìm.")
        documents = selectors.documents_list(type=data.get("type") or "", status=data.get("status") or "",
                                             issuer=data.get("issuer") or "", year=data.get("year"),
                                             field=data.get("field") or "", in_force=bool(data.get("in_force")))
        context["recent"] = Paginator(documents, 20).get_page(request.GET.get("page"))
        return render(request, "library/search.html", context)
    page = max(1, min(int(data.get("page") or 1), 100))
    result = run_search(query, filters=filters, limit=PER_PAGE, offset=(page - 1) * PER_PAGE,
                        group_by_document=bool(data.get("group")))
    citation = result.citation
    if citation is not None and page == 1 and not filters.active:
        url = reverse("library:document", args=[citation.document_id])
        return redirect(f"{url}#{citation.anchor}" if citation.anchor else url)
    pages = max(1, -(-result.total // PER_PAGE)) if result.total else 1
    params = request.GET.copy()
    params.pop("page", None)
    context.update(result=result, page=page, pages=min(pages, 100), query=query, params=params.urlencode())
    return render(request, "library/search.html", context)


def document_detail(request: HttpRequest, pk: int, print_view: bool = False) -> HttpResponse:
    document = get_object_or_404(Document.objects.prefetch_related("fields"), pk=pk)
    tree = selectors.document_tree(document)
    url_for = selectors.link_resolver()
    outgoing, incoming = selectors.relations_of(document)
    return render(request, "library/document_print.html" if print_view else "library/document.html", {
        "document": document, "tree": tree, "url_for": url_for, "outgoing": outgoing, "incoming": incoming,
        "items": document.bookshelf_items.filter(state=workflow.State.PUBLISHED),
    })


def document_print(request: HttpRequest, pk: int) -> HttpResponse:
    return document_detail(request, pk, print_view=True)


def document_original(request: HttpRequest, pk: int) -> HttpResponseBase:
    document = get_object_or_404(Document, pk=pk)
    if not document.original:
        raise Http404
    return FileResponse(document.original.open("rb"), as_attachment=True,
                        filename=str(document.original.name).rsplit("/", 1)[-1])


def bookshelf(request: HttpRequest) -> HttpResponse:
    content_type = request.GET.get("loai", "")
    if content_type not in ContentType.values:
        content_type = ""
    page = Paginator(selectors.bookshelf_public(content_type=content_type), 20).get_page(request.GET.get("page"))
    return render(request, "library/bookshelf.html", {"page": page, "content_type": content_type,
                                                       "content_types": ContentType.choices})


def bookshelf_item(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(BookshelfItem.objects.select_related("unit"), pk=pk, state=workflow.State.PUBLISHED)
    return render(request, "library/bookshelf_item.html", {"item": item, "documents": item.documents.defer("text")})


def bookshelf_file(request: HttpRequest, pk: int) -> HttpResponseBase:
    item = get_object_or_404(BookshelfItem, pk=pk)
    if not item.file or not (item.state == workflow.State.PUBLISHED or policy.can(request.user, "view", item)):
        raise Http404
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=str(item.file.name).rsplit("/", 1)[-1])


# --- staff: documents ---------------------------------------------------------------------------------------

@login_required
def staff_documents(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Document)
    q = request.GET.get("q", "")[:200]
    documents = selectors.documents_list(q=q)
    page = Paginator(documents, 30).get_page(request.GET.get("page"))
    jobs = policy.visible(request.user, ImportJob.objects.all())[:5]
    return render(request, "library/staff_documents.html", {"page": page, "q": q, "jobs": jobs})


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "add", Document)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        overrides = {k: form.cleaned_data[k] for k in ("number", "title", "type", "issuer", "status")}
        try:
            outcome = services.import_upload(by=request.user, upload=form.cleaned_data["file"], overrides=overrides)
        except ImportProblem as problem:
            form.add_error("file", str(problem))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if form.cleaned_data["topics"]:
                outcome.document.fields.add(*form.cleaned_data["topics"])
            for message in outcome.messages:
                messages.warning(request, message)
            messages.success(request, _("Đã nhập văn bản %(title)s.") % {"title": outcome.document})
            return redirect("library:document", pk=outcome.document.pk)
    return render(request, "library/upload.html", {"form": form})


@login_required
def import_batch(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "add", Document)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = services.job_create(by=request.user, upload=form.cleaned_data["file"])
        except ValidationError as error:
            form.add_error("file", error)
        else:
            return redirect("library:job", pk=job.pk)
    jobs = policy.visible(request.user, ImportJob.objects.all())[:20]
    return render(request, "library/import.html", {"form": form, "jobs": jobs})


@login_required
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(policy.visible(request.user, ImportJob.objects.all()), pk=pk)
    template = "library/_job.html" if request.headers.get("HX-Request") else "library/job.html"
    return render(request, template, {"job": job})


@login_required
def document_edit(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    policy.require(request.user, "change", document)
    form = DocumentForm(request.POST or None, instance=Document.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        values = {f: form.cleaned_data[f] for f in DocumentForm.Meta.fields if f != "fields"}
        try:
            services.document_update(document=document, by=request.user, fields=form.cleaned_data["fields"], **values)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Đã lưu thông tin văn bản."))
            return redirect("library:document", pk=document.pk)
    return render(request, "library/document_form.html", {
        "form": form, "document": document, "relation_form": RelationForm(),
        "relations": document.relations_out.select_related("target").order_by("kind", "target_number"),
    })


@login_required
@require_POST
def relation_add(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, pk=pk)
    form = RelationForm(request.POST)
    if form.is_valid():
        try:
            services.relation_add(document=document, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Đã thêm quan hệ với văn bản %(number)s.") % form.cleaned_data)
    else:
        messages.error(request, _("Chọn loại quan hệ và nhập số, ký hiệu văn bản."))
    return redirect("library:edit", pk=pk)


@login_required
@require_POST
def relation_delete(request: HttpRequest, pk: int) -> HttpResponse:
    relation = get_object_or_404(Relation.objects.select_related("source"), pk=pk)
    services.relation_delete(relation=relation, by=request.user)
    messages.success(request, _("Đã xóa quan hệ."))
    return redirect("library:edit", pk=relation.source_id)


# --- staff: bookshelf -----------------------------------------------------------------------------------------

@login_required
def staff_bookshelf(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", BookshelfItem)
    state = request.GET.get("state", "")
    state = state if state in workflow.State.values else ""
    page = Paginator(selectors.bookshelf_staff(request.user, state=state), 30).get_page(request.GET.get("page"))
    return render(request, "library/staff_bookshelf.html", {"page": page, "state": state,
                                                             "states": workflow.State.choices})


@login_required
def bookshelf_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    item = get_object_or_404(BookshelfItem, pk=pk) if pk else None
    policy.require(request.user, "change" if item else "add", item or BookshelfItem)
    form = BookshelfItemForm(request.POST or None, request.FILES or None, instance=item, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = {f: form.cleaned_data[f] for f in BookshelfItemForm.Meta.fields if f not in ("file", "documents")}
        upload = form.cleaned_data.get("file") if "file" in request.FILES else None
        try:
            if item is None:
                saved = services.item_create(by=request.user, documents=form.cleaned_data["documents"], file=upload, **data)
            else:
                saved = services.item_update(item=item, by=request.user, documents=form.cleaned_data["documents"],
                                             file=upload, **data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Đã lưu tài liệu %(title)s.") % {"title": saved.title})
            return redirect("library:staff_bookshelf_item", pk=saved.pk)
    return render(request, "library/bookshelf_form.html", {"form": form, "item": item})


@login_required
def staff_bookshelf_item(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(BookshelfItem.objects.select_related("unit", "created_by"), pk=pk)
    policy.require(request.user, "view", item)
    transitions = [t for t in workflow.available(item.state) if policy.can(request.user, t.action, item)]
    return render(request, "library/staff_bookshelf_item.html", {
        "item": item, "transitions": transitions, "documents": item.documents.defer("text"),
    })


@login_required
@require_POST
def bookshelf_transition(request: HttpRequest, pk: int, name: str) -> HttpResponse:
    item = get_object_or_404(BookshelfItem, pk=pk)
    policy.require(request.user, "view", item)
    try:
        item = services.item_transition(item=item, by=request.user, name=name, note=request.POST.get("note", "")[:500])
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Tài liệu đã chuyển sang trạng thái “%(state)s”.") % {"state": item.get_state_display()})
    return redirect("library:staff_bookshelf_item", pk=pk)
