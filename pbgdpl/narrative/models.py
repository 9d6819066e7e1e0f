"""The register of outgoing documents (sổ văn bản đi) and the narrative report document (báo cáo kết quả công tác).

Issued plans are not copied into the register: :func:`pbgdpl.narrative.selectors.register_entries` reads them
from ``plans.Plan`` alongside the entries made here (by hand or from XLSX), so the register never drifts from the
plans and the plans app needs no hook.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pbgdpl.org.models import Unit


class DocKind(models.TextChoices):
    KH = "KH", _("Kế hoạch")
    BC = "BC", _("Báo cáo")
    QD = "QĐ", _("Quyết định")
    CV = "CV", _("Công văn")
    TB = "TB", _("Thông báo")
    TTR = "TTr", _("Tờ trình")
    HD = "HD", _("Hướng dẫn")
    CT = "CT", _("Chỉ thị")
    OTHER = "KHAC", _("Văn bản khác")


class OutgoingDocument(models.Model):
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị ban hành"), on_delete=models.PROTECT, related_name="+")
    number = models.PositiveIntegerField(_("số"))
    symbol = models.CharField(_("ký hiệu"), max_length=60, help_text=_("Ví dụ: BC-SKHCN, SKHCN-VP"))
    date = models.DateField(_("ngày ban hành"), db_index=True)
    year = models.PositiveSmallIntegerField(_("năm"), editable=False)
    kind = models.CharField(_("loại văn bản"), max_length=5, choices=DocKind.choices)
    summary = models.TextField(_("trích yếu"))
    signer = models.CharField(_("người ký"), max_length=120, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date", "-number", "-id"]
        verbose_name = _("văn bản đi")
        verbose_name_plural = _("sổ văn bản đi")
        constraints = [models.UniqueConstraint(fields=["unit", "year", "number", "symbol"],
                                               name="outgoing_number_unique_per_unit_year")]
        indexes = [models.Index(fields=["unit", "date"])]

    def __str__(self) -> str:
        return f"{self.number_symbol} {self.summary}"[:200]

    @property
    def number_symbol(self) -> str:
        return f"{self.number:02d}/{self.symbol}" if self.number is not None else f"/{self.symbol}"


class ReportDocument(models.Model):
    """The editable draft of one unit's narrative report for one period; exported as DOCX/PDF on demand.

    ``sections`` maps a section key to its text: a template (with named placeholders such as
    ``{participants_total}``) for the computed sections, plain prose for the others.
    """

    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="+")
    report_type = models.ForeignKey("reporting.ReportType", verbose_name=_("loại báo cáo"), on_delete=models.PROTECT,
                                    related_name="+")
    period = models.CharField(_("kỳ báo cáo"), max_length=20)
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=60, blank=True)
    place = models.CharField(_("địa danh"), max_length=80, blank=True)
    date = models.DateField(_("ngày báo cáo"), null=True, blank=True)
    signer_title = models.CharField(_("chức vụ người ký"), max_length=120, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True, help_text=_("Mỗi dòng một nơi nhận"))
    sections = models.JSONField(_("nội dung các mục"), default=dict, blank=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at", "-id"]
        verbose_name = _("báo cáo kết quả công tác PBGDPL")
        constraints = [
            models.UniqueConstraint(fields=["unit", "report_type", "period"], name="report_document_unique"),
            models.CheckConstraint(condition=~Q(period=""), name="report_document_period"),
        ]

    def __str__(self) -> str:
        return f"{self.report_type} {self.period} — {self.unit.display_name}"
