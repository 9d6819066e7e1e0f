"""Self-assessment against criteria sets kept as data: groups → criteria → indicators, each with maximum points
and scoring bands; one assessment per unit, set and year, scored by :mod:`pbgdpl.assessment.scoring` and moved
along :mod:`pbgdpl.assessment.workflow`."""

from __future__ import annotations

import os
import uuid
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pbgdpl.org.models import Unit


class SetKind(models.TextChoices):
    AGENCY = "agency", _("Cơ quan, đơn vị")
    COMMUNE = "commune", _("Xã, phường, đặc khu")


class CriteriaSet(models.Model):
    code = models.SlugField(_("mã"), max_length=60, unique=True)
    name = models.CharField(_("tên bộ tiêu chí"), max_length=255)
    legal_basis = models.CharField(_("căn cứ"), max_length=255, blank=True)
    kind = models.CharField(_("áp dụng cho"), max_length=10, choices=SetKind.choices)
    # Recognition (QĐ 25/2021): total ≥ pass_total, every group ≥ min_group_share % of its maximum, no
    # disqualifying event. Empty pass_total: the set only rates (rating_bands).
    pass_total = models.DecimalField(_("tổng điểm tối thiểu để đạt"), max_digits=6, decimal_places=2, null=True,
                                     blank=True)
    min_group_share = models.DecimalField(_("mỗi nhóm tối thiểu (% điểm tối đa)"), max_digits=5, decimal_places=2,
                                          null=True, blank=True)
    disqualifiers = models.JSONField(_("trường hợp không được công nhận"), default=list, blank=True)
    rating_bands = models.JSONField(_("xếp loại theo tổng điểm"), default=list, blank=True,
                                    help_text=_('[{"min": 90, "label": "Tốt"}, ...] từ cao xuống thấp'))
    publish_working_days = models.PositiveSmallIntegerField(
        _("số ngày làm việc công khai trước khi cấp trên duyệt"), default=0)
    note = models.TextField(_("ghi chú"), blank=True)
    is_active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        ordering = ["kind", "code"]
        verbose_name = _("bộ tiêu chí đánh giá")

    def __str__(self) -> str:
        return self.name


class Group(models.Model):
    criteria_set = models.ForeignKey(CriteriaSet, on_delete=models.CASCADE, related_name="groups")
    code = models.CharField(_("mã"), max_length=20)
    name = models.CharField(_("tên nhóm, tiêu chí"), max_length=300)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["criteria_set", "position", "id"]
        constraints = [models.UniqueConstraint(fields=["criteria_set", "code"], name="assessment_group_code")]

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"


class Criterion(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="criteria")
    code = models.CharField(_("mã"), max_length=20)
    name = models.CharField(_("tên tiêu chí, chỉ tiêu"), max_length=300)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["group", "position", "id"]

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"


class Source(models.TextChoices):
    MANUAL = "manual", _("Nhập, kèm minh chứng")
    TASKS_ON_TIME = "tasks_on_time", _("Tỷ lệ nhiệm vụ kế hoạch hoàn thành đúng hạn (%)")
    STAFF_TRAINED = "staff_trained", _("Tỷ lệ cán bộ được phổ biến, tập huấn (%)")
    AUDIENCES_REACHED = "audiences_reached", _("Tỷ lệ nhóm đối tượng được phổ biến (%)")
    SPECIAL_AUDIENCES = "special_audiences", _("Số nhóm đối tượng đặc thù được phổ biến")
    ACTIVITIES = "activities", _("Số hoạt động PBGDPL trong năm")


class Indicator(models.Model):
    """A scored line. ``bands`` turn a measured value into points: the first band (highest ``min`` first)
    whose ``min`` the value reaches gives its ``points``; with no bands the points are entered directly."""

    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="indicators")
    code = models.CharField(_("mã"), max_length=20)
    name = models.CharField(_("chỉ tiêu"), max_length=400)
    max_points = models.DecimalField(_("điểm tối đa"), max_digits=6, decimal_places=2)
    bands = models.JSONField(_("thang điểm"), default=list, blank=True,
                             help_text=_('[{"min": 85, "points": 4}, {"min": 70, "points": 3}]'))
    source = models.CharField(_("nguồn số liệu"), max_length=20, choices=Source.choices, default=Source.MANUAL)
    unconfirmed = models.BooleanField(_("điểm chưa đối chiếu văn bản"), default=False)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["criterion", "position", "id"]

    def __str__(self) -> str:
        return f"{self.code}. {self.name}"


class AssessmentStatus(models.TextChoices):
    DRAFT = "draft", _("Đang chấm")
    PUBLISHED = "published", _("Đang công khai")
    SUBMITTED = "submitted", _("Đã gửi cấp trên")
    RETURNED = "returned", _("Trả lại")
    APPROVED = "approved", _("Đã phê duyệt")


class Assessment(models.Model):
    criteria_set = models.ForeignKey(CriteriaSet, verbose_name=_("bộ tiêu chí"), on_delete=models.PROTECT,
                                     related_name="assessments")
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="+")
    year = models.PositiveSmallIntegerField(_("năm"))
    status = models.CharField(_("trạng thái"), max_length=12, choices=AssessmentStatus.choices,
                              default=AssessmentStatus.DRAFT)
    total = models.DecimalField(_("tổng điểm"), max_digits=7, decimal_places=2, default=Decimal(0))
    max_total = models.DecimalField(_("điểm tối đa"), max_digits=7, decimal_places=2, default=Decimal(0))
    rating = models.CharField(_("kết quả"), max_length=120, blank=True)
    recognised = models.BooleanField(_("đạt chuẩn"), null=True, blank=True)
    disqualified = models.BooleanField(_("có trường hợp không được công nhận"), default=False)
    disqualify_note = models.TextField(_("nội dung"), blank=True)
    published_on = models.DateField(_("ngày công khai"), null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    review_comment = models.TextField(_("ý kiến cấp trên"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-year", "unit__path"]
        verbose_name = _("tự đánh giá")
        constraints = [models.UniqueConstraint(fields=["criteria_set", "unit", "year"], name="assessment_unique")]

    def __str__(self) -> str:
        return f"{self.criteria_set.name} {self.year} — {self.unit.display_name}"

    def group_scores(self) -> list[dict[str, object]]:
        from .scoring import group_scores

        return group_scores(self)


class Value(models.Model):
    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="+")
    measured = models.DecimalField(_("giá trị đo được"), max_digits=12, decimal_places=2, null=True, blank=True)
    points = models.DecimalField(_("điểm"), max_digits=6, decimal_places=2, default=Decimal(0))
    from_data = models.BooleanField(_("lấy từ dữ liệu"), default=False)
    evidence = models.TextField(_("minh chứng"), blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["assessment", "indicator"], name="assessment_value_unique")]

    def __str__(self) -> str:
        return f"{self.indicator.code}={self.points}"


def _evidence_path(instance: EvidenceFile, filename: str) -> str:
    ext = os.path.splitext(filename)[1].lower()
    return f"assessment/evidence/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{ext}"


class EvidenceFile(models.Model):
    """A file proving a value (minutes, photos, lists), stored in the data directory under a random name and
    served only through a permission-checked view, never as a public file (not even for a published score)."""

    value = models.ForeignKey(Value, on_delete=models.CASCADE, related_name="files")
    file = models.FileField(upload_to=_evidence_path, max_length=255)
    name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveIntegerField(_("dung lượng"), default=0)
    content_type = models.CharField(max_length=100, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"), default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "id"]
        verbose_name = _("tệp minh chứng")

    def __str__(self) -> str:
        return self.name
