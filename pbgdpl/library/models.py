"""The legal library: documents, their structure tree, relations between them, import jobs, and the
legal bookshelf (tủ sách pháp luật điện tử, QĐ 14/2019/QĐ-TTg).

Workflow states and transitions of bookshelf items are named once, in :mod:`pbgdpl.library.workflow`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .workflow import State


class DocumentType(models.TextChoices):
    HIEN_PHAP = "hien-phap", _("Hiến pháp")
    BO_LUAT = "bo-luat", _("Bộ luật")
    LUAT = "luat", _("Luật")
    NGHI_QUYET = "nghi-quyet", _("Nghị quyết")
    PHAP_LENH = "phap-lenh", _("Pháp lệnh")
    LENH = "lenh", _("Lệnh")
    NGHI_DINH = "nghi-dinh", _("Nghị định")
    QUYET_DINH = "quyet-dinh", _("Quyết định")
    THONG_TU = "thong-tu", _("Thông tư")
    NGHI_QUYET_DIA_PHUONG = "nghi-quyet-dia-phuong", _("Nghị quyết của HĐND")
    QUYET_DINH_DIA_PHUONG = "quyet-dinh-dia-phuong", _("Quyết định của UBND")
    KHAC = "khac", _("Văn bản khác")


class EffectStatus(models.TextChoices):
    IN_FORCE = "con-hieu-luc", _("Còn hiệu lực")
    PARTLY_EXPIRED = "het-hieu-luc-mot-phan", _("Hết hiệu lực một phần")
    EXPIRED = "het-hieu-luc-toan-bo", _("Hết hiệu lực toàn bộ")
    NOT_YET = "chua-co-hieu-luc", _("Chưa có hiệu lực")
    SUSPENDED = "ngung-hieu-luc", _("Ngưng hiệu lực")
    PARTLY_SUSPENDED = "ngung-hieu-luc-mot-phan", _("Ngưng hiệu lực một phần")
    OBSOLETE = "khong-con-phu-hop", _("Không còn phù hợp")


# Statuses under which (some of) the document still applies: what "in force only" keeps.
IN_FORCE_STATUSES = frozenset({EffectStatus.IN_FORCE, EffectStatus.PARTLY_EXPIRED, EffectStatus.PARTLY_SUSPENDED})


class Field(models.Model):
    """A field of law (lĩnh vực): "Khoa học, công nghệ", "Sở hữu trí tuệ" …"""

    name = models.CharField(_("tên lĩnh vực"), max_length=200, unique=True)
    slug = models.SlugField(_("mã"), max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")

    def __str__(self) -> str:
        return self.name


def _original_path(instance: Any, filename: str) -> str:
    return f"library/originals/{filename}"


class Document(models.Model):
    number = models.CharField(_("số, ký hiệu"), max_length=100, blank=True, db_index=True,
                              help_text=_("Dạng chuẩn, ví dụ 29/2013/QH13."))
    type = models.CharField(_("loại văn bản"), max_length=40, choices=DocumentType.choices, default=DocumentType.LUAT)
    title = models.CharField(_("tên văn bản"), max_length=500)
    title_key = models.CharField(max_length=500, db_index=True, editable=False,
                                 help_text="Folded title: identifies a document without a number.")
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, blank=True)
    signer = models.CharField(_("người ký"), max_length=200, blank=True)
    issued = models.DateField(_("ngày ban hành"), null=True, blank=True)
    effective = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    expiry = models.DateField(_("ngày hết hiệu lực"), null=True, blank=True)
    status = models.CharField(_("tình trạng hiệu lực"), max_length=40, choices=EffectStatus.choices,
                              default=EffectStatus.IN_FORCE)
    fields = models.ManyToManyField(Field, blank=True, related_name="documents", verbose_name=_("lĩnh vực"))
    text = models.TextField(_("toàn văn"), blank=True)
    content_hash = models.CharField(max_length=64, editable=False, blank=True)
    original = models.FileField(_("tệp gốc"), upload_to=_original_path, blank=True, max_length=300)
    source = models.CharField(_("nguồn nhập"), max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-issued", "title"]
        verbose_name = _("văn bản pháp luật")
        verbose_name_plural = _("văn bản pháp luật")
        indexes = [models.Index(fields=["type", "status"])]

    def __str__(self) -> str:
        return f"{self.title} ({self.number})" if self.number else self.title

    @property
    def in_force(self) -> bool:
        return self.status in IN_FORCE_STATUSES

    @property
    def year(self) -> int | None:
        return self.issued.year if self.issued else None


class NodeKind(models.TextChoices):
    PHAN = "phan", _("Phần")
    CHUONG = "chuong", _("Chương")
    MUC = "muc", _("Mục")
    TIEU_MUC = "tieu-muc", _("Tiểu mục")
    DIEU = "dieu", _("Điều")
    KHOAN = "khoan", _("Khoản")
    DIEM = "diem", _("Điểm")


class Node(models.Model):
    """One element of a document's structure; ``anchor`` ("dieu-5-khoan-2-diem-a") is stable and unique per
    document, ``order`` is the position in reading order across the whole document."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="nodes")
    parent = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="children")
    kind = models.CharField(max_length=10, choices=NodeKind.choices)
    number = models.CharField(max_length=20, blank=True)
    title = models.CharField(max_length=1000, blank=True)
    text = models.TextField(blank=True)
    anchor = models.CharField(max_length=200)
    order = models.PositiveIntegerField()

    class Meta:
        ordering = ["document", "order"]
        constraints = [models.UniqueConstraint(fields=["document", "anchor"], name="library_node_anchor_unique")]
        indexes = [models.Index(fields=["document", "kind"])]

    def __str__(self) -> str:
        label = NodeKind(self.kind).label
        return f"{label} {self.number}. {self.title}".strip() if self.title else f"{label} {self.number}"


class ArticleManager(models.Manager["Article"]):
    def get_queryset(self) -> models.QuerySet[Article]:
        return super().get_queryset().filter(kind=NodeKind.DIEU)


class Article(Node):
    """The "Điều" nodes: the unit of search and citation."""

    objects = ArticleManager()  # type: ignore[misc]

    class Meta:
        proxy = True
        verbose_name = _("điều")


class RelationKind(models.TextChoices):
    AMENDS = "amends", _("sửa đổi, bổ sung")
    REPLACES = "replaces", _("thay thế")
    GUIDES = "guides", _("hướng dẫn")
    CITES = "cites", _("dẫn chiếu")


class Relation(models.Model):
    """``source`` amends / replaces / guides / cites the document numbered ``target_number``; ``target`` is
    filled in as soon as that document is in the library."""

    source = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="relations_out")
    kind = models.CharField(max_length=10, choices=RelationKind.choices)
    target_number = models.CharField(max_length=100)
    target = models.ForeignKey(Document, on_delete=models.SET_NULL, null=True, blank=True, related_name="relations_in")
    manual = models.BooleanField(default=False, help_text="Entered by staff; kept when the document is re-imported.")

    class Meta:
        ordering = ["kind", "target_number"]
        constraints = [models.UniqueConstraint(fields=["source", "kind", "target_number"],
                                               name="library_relation_unique")]
        indexes = [models.Index(fields=["target_number"])]

    def __str__(self) -> str:
        return f"{self.source.number or self.source.title} {self.kind} {self.target_number}"


class ImportJob(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Đang chờ")
        RUNNING = "running", _("Đang nhập")
        DONE = "done", _("Hoàn thành")
        FAILED = "failed", _("Lỗi")

    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="library_import_jobs")
    file = models.FileField(upload_to="library/imports/", max_length=300)
    filename = models.CharField(max_length=300)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    messages = models.JSONField(default=list, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    touched = models.DateTimeField(null=True, blank=True, help_text="Last progress report of the running job.")
    finished = models.DateTimeField(null=True, blank=True)

    STALL_AFTER = dt.timedelta(minutes=10)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("lượt nhập văn bản")

    def __str__(self) -> str:
        return f"{self.filename} ({self.state})"

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else (100 if self.state == self.State.DONE else 0)

    @property
    def stalled(self) -> bool:
        """Still marked running but silent for a while: the process that ran it has gone (a restart)."""
        from django.utils import timezone

        last = self.touched or self.created
        return self.state in (self.State.PENDING, self.State.RUNNING) and last < timezone.now() - self.STALL_AFTER

    @property
    def running(self) -> bool:
        return self.state in (self.State.PENDING, self.State.RUNNING) and not self.stalled


class ContentType(models.TextChoices):
    """The five content types of an electronic legal bookshelf (QĐ 14/2019/QĐ-TTg)."""

    OUTLINE = "de-cuong", _("Đề cương giới thiệu văn bản pháp luật")
    POPULAR = "pho-thong", _("Hỏi đáp, bình luận, tờ gấp, tiểu phẩm, câu chuyện pháp luật")
    GUIDE = "nghiep-vu", _("Tài liệu hướng dẫn nghiệp vụ")
    LEGAL_DOCUMENT = "van-ban", _("Văn bản quy phạm pháp luật")
    OTHER = "khac", _("Tài liệu khác")


class Validity(models.TextChoices):
    CURRENT = "con-gia-tri", _("Còn giá trị sử dụng")
    OUTDATED = "het-gia-tri", _("Hết giá trị sử dụng")


class BookshelfItem(models.Model):
    State = State

    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="bookshelf_items",
                             verbose_name=_("đơn vị"))
    content_type = models.CharField(_("loại tài liệu"), max_length=20, choices=ContentType.choices)
    title = models.CharField(_("tên tài liệu"), max_length=500)
    compiler = models.CharField(_("cơ quan biên soạn"), max_length=300)
    released = models.DateField(_("ngày phát hành"))
    validity = models.CharField(_("giá trị sử dụng"), max_length=20, choices=Validity.choices,
                                default=Validity.CURRENT)
    summary = models.TextField(_("tóm tắt"))
    body = models.TextField(_("nội dung"), blank=True)
    file = models.FileField(_("tệp đính kèm"), upload_to="library/bookshelf/", blank=True, max_length=300)
    documents = models.ManyToManyField(Document, blank=True, related_name="bookshelf_items",
                                       verbose_name=_("văn bản liên quan"))
    state = models.CharField(_("trạng thái"), max_length=20, choices=State.choices, default=State.DRAFT)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                   related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-released", "title"]
        verbose_name = _("tài liệu tủ sách pháp luật")
        verbose_name_plural = _("tủ sách pháp luật")
        indexes = [models.Index(fields=["state", "content_type"])]

    def __str__(self) -> str:
        return self.title
