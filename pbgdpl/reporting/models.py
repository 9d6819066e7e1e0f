"""Dissemination activities and the periodic reports built from them.

Configuration is data: forms of dissemination, audience groups, budget items, report types, the yearly
schedule (period, data cut-off, due date per level) and indicator sets. ``ActivityFact`` is a summary table
(unit × month × form × audience) kept in step by the activity services so reports aggregate quickly.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pbgdpl.org.models import Unit, UnitType


class Form(models.Model):
    """A form of dissemination (Luật PBGDPL 2012, Điều 11), configurable."""

    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên hình thức"), max_length=200)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("hình thức PBGDPL")

    def __str__(self) -> str:
        return self.name


class AudienceGroup(models.Model):
    """An audience group; special groups (đối tượng đặc thù) have ``is_special``."""

    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên đối tượng"), max_length=200)
    is_special = models.BooleanField(_("đối tượng đặc thù"), default=False)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("đối tượng")

    def __str__(self) -> str:
        return self.name


class BudgetItem(models.Model):
    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("mục chi"), max_length=200)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("mục chi")

    def __str__(self) -> str:
        return self.name


class Activity(models.Model):
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị thực hiện"), on_delete=models.PROTECT, related_name="+")
    commune = models.ForeignKey(Unit, verbose_name=_("xã, phường"), null=True, blank=True, on_delete=models.PROTECT,
                                related_name="+", limit_choices_to={"type": UnitType.COMMUNE})
    title = models.CharField(_("nội dung"), max_length=300)
    date_from = models.DateField(_("từ ngày"), db_index=True)
    date_to = models.DateField(_("đến ngày"), null=True, blank=True)
    form = models.ForeignKey(Form, verbose_name=_("hình thức"), on_delete=models.PROTECT, related_name="activities")
    sessions = models.PositiveIntegerField(_("số cuộc, buổi"), default=1)
    participants = models.PositiveIntegerField(_("tổng số người tham dự"), default=0)
    women = models.PositiveIntegerField(_("trong đó nữ"), default=0)
    copies = models.PositiveIntegerField(_("số tài liệu phát hành"), default=0)
    cost = models.DecimalField(_("kinh phí (đồng)"), max_digits=15, decimal_places=0, default=Decimal(0))
    laws = models.TextField(_("văn bản được phổ biến"), blank=True,
                            help_text=_("Số, ký hiệu văn bản, mỗi dòng một văn bản (ví dụ 64/2025/QH15)"))
    documents = models.ManyToManyField("library.Document", verbose_name=_("văn bản trong thư viện"), blank=True,
                                       related_name="+")
    task = models.ForeignKey("plans.Task", verbose_name=_("thực hiện nhiệm vụ"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="+")
    note = models.TextField(_("ghi chú"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date_from", "-id"]
        verbose_name = _("hoạt động PBGDPL")
        verbose_name_plural = _("hoạt động PBGDPL")
        indexes = [models.Index(fields=["unit", "date_from"])]
        constraints = [
            models.CheckConstraint(condition=Q(date_to__isnull=True) | Q(date_to__gte=models.F("date_from")),
                                   name="activity_date_range"),
            models.CheckConstraint(condition=Q(women__lte=models.F("participants")), name="activity_women_le_total"),
            models.CheckConstraint(condition=Q(cost__gte=0), name="activity_cost_non_negative"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def law_numbers(self) -> list[str]:
        return [line.strip() for line in self.laws.replace(";", "\n").splitlines() if line.strip()]


class ActivityAudience(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="audiences")
    group = models.ForeignKey(AudienceGroup, on_delete=models.PROTECT, related_name="+")
    participants = models.PositiveIntegerField(_("số người"), default=0)
    women = models.PositiveIntegerField(_("trong đó nữ"), default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["activity", "group"], name="unique_activity_audience"),
            models.CheckConstraint(condition=Q(women__lte=models.F("participants")), name="audience_women_le_total"),
        ]

    def __str__(self) -> str:
        return f"{self.group}: {self.participants}"


class ActivityCost(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="costs")
    item = models.ForeignKey(BudgetItem, on_delete=models.PROTECT, related_name="+")
    amount = models.DecimalField(_("số tiền"), max_digits=15, decimal_places=0, validators=[MinValueValidator(0)])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["activity", "item"], name="unique_activity_cost")]

    def __str__(self) -> str:
        return f"{self.item}: {self.amount}"


def _evidence_path(instance: Evidence, filename: str) -> str:
    ext = os.path.splitext(filename)[1].lower()
    return f"reporting/evidence/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{ext}"


class Evidence(models.Model):
    """A file proving an activity (photo, minutes, list of participants). Served only through a permission check."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(upload_to=_evidence_path, max_length=255)
    name = models.CharField(_("tên tệp"), max_length=255)
    size = models.PositiveIntegerField(default=0)
    content_type = models.CharField(max_length=100, blank=True)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["uploaded_at", "id"]
        verbose_name = _("minh chứng")

    def __str__(self) -> str:
        return self.name


class ActivityFact(models.Model):
    """Summary row: activities of one unit (``subtree`` False) or of its whole subtree (True) in one month, one
    form; ``audience`` 0 = all audiences together. The subtree rows make a province's figures a read of a
    few hundred rows instead of a sum over every unit's.

    For ``audience`` 0 the row sums the activities' totals; for a group it sums that group's participants
    and women and counts the activities (sessions, copies, cost) that reached the group.
    """

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+", db_index=False)
    month = models.DateField()
    form = models.ForeignKey(Form, on_delete=models.CASCADE, related_name="+", db_index=False)
    audience = models.PositiveIntegerField(default=0)
    subtree = models.BooleanField(default=False, help_text="True: the unit and every unit below it")
    activities = models.BigIntegerField(default=0)
    sessions = models.BigIntegerField(default=0)
    participants = models.BigIntegerField(default=0)
    women = models.BigIntegerField(default=0)
    copies = models.BigIntegerField(default=0)
    cost = models.DecimalField(max_digits=18, decimal_places=0, default=Decimal(0))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "subtree", "month", "form", "audience"],
                                               name="unique_fact_subtree")]
        indexes = [models.Index(fields=["month", "unit"])]

    def __str__(self) -> str:
        return f"{self.unit_id} {self.month} {self.form_id} {self.audience}"


class FactState(models.Model):
    """Book-keeping of the summary table: the unit tree it was built for (a moved unit invalidates the subtree
    rows, which are then rebuilt on the next read)."""

    key = models.CharField(max_length=40, unique=True)
    value = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return self.key


# --- Report definitions ---------------------------------------------------------------------


class PeriodKind(models.TextChoices):
    HALF = "half", _("6 tháng")
    YEAR = "year", _("Năm")
    ADHOC = "adhoc", _("Đột xuất")


class ReportType(models.Model):
    code = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên loại báo cáo"), max_length=200)
    period_kind = models.CharField(_("kỳ"), max_length=10, choices=PeriodKind.choices)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("loại báo cáo")

    def __str__(self) -> str:
        return self.name


class IndicatorSet(models.Model):
    """A report form: an ordered list of indicators. A revised form is a new set."""

    code = models.SlugField(_("mã"), max_length=60, unique=True)
    name = models.CharField(_("tên biểu mẫu"), max_length=255)
    legal_basis = models.CharField(_("căn cứ"), max_length=255, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "code"]
        verbose_name = _("bộ chỉ tiêu")

    def __str__(self) -> str:
        return self.name


class Rule(models.TextChoices):
    SUM = "sum", _("Tổng từ hoạt động")
    COUNT = "count", _("Đếm hoạt động")
    MANUAL = "manual", _("Nhập tay")
    FORMULA = "formula", _("Công thức")


class Metric(models.TextChoices):
    SESSIONS = "sessions", _("Số cuộc, buổi")
    PARTICIPANTS = "participants", _("Số người")
    WOMEN = "women", _("Số nữ")
    COPIES = "copies", _("Số tài liệu")
    COST = "cost", _("Kinh phí")


class Indicator(models.Model):
    indicator_set = models.ForeignKey(IndicatorSet, on_delete=models.CASCADE, related_name="indicators")
    code = models.CharField(_("mã chỉ tiêu"), max_length=40)
    label = models.CharField(_("tên chỉ tiêu"), max_length=300)
    unit_label = models.CharField(_("đơn vị tính"), max_length=40, blank=True)
    section = models.CharField(_("nhóm"), max_length=200, blank=True)
    rule = models.CharField(_("cách tính"), max_length=10, choices=Rule.choices)
    metric = models.CharField(_("đại lượng"), max_length=20, choices=Metric.choices, blank=True)
    forms = models.JSONField(_("hình thức (mã)"), default=list, blank=True)
    audiences = models.JSONField(_("đối tượng (mã)"), default=list, blank=True)
    formula = models.CharField(_("công thức"), max_length=300, blank=True)
    sort_order = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["indicator_set", "sort_order", "id"]
        verbose_name = _("chỉ tiêu")
        constraints = [models.UniqueConstraint(fields=["indicator_set", "code"], name="unique_indicator_code")]

    def __str__(self) -> str:
        return f"{self.code} {self.label}"


class Schedule(models.Model):
    """One report of one year: type, period, data window (start .. cut-off) and the indicator set used."""

    report_type = models.ForeignKey(ReportType, on_delete=models.PROTECT, related_name="schedules")
    period = models.CharField(_("kỳ báo cáo"), max_length=20, help_text=_("2025 hoặc 2025-H1"))
    year = models.PositiveIntegerField(_("năm"))
    title = models.CharField(_("tiêu đề"), max_length=255, blank=True)
    start = models.DateField(_("số liệu từ ngày"))
    cutoff = models.DateField(_("số liệu thực tế đến ngày"))
    indicator_set = models.ForeignKey(IndicatorSet, on_delete=models.PROTECT, related_name="schedules")
    default_due = models.DateField(_("hạn gửi chung"))

    class Meta:
        ordering = ["-year", "cutoff", "report_type__sort_order"]
        verbose_name = _("kỳ báo cáo")
        constraints = [
            models.UniqueConstraint(fields=["report_type", "period"], name="unique_schedule_period"),
            models.CheckConstraint(condition=Q(cutoff__gte=models.F("start")), name="schedule_window"),
        ]

    def __str__(self) -> str:
        if self.period.endswith(("-H1", "-H2")):
            half = "đầu" if self.period.endswith("-H1") else "cuối"
            return f"{self.report_type.name} {half} năm {self.year}"
        return f"{self.report_type.name} {self.period}"

    @property
    def period_label(self) -> str:
        if self.period.endswith("-H1"):
            return f"6 tháng đầu năm {self.year}"
        if self.period.endswith("-H2"):
            return f"6 tháng cuối năm {self.year}"
        return self.period

    def due_for(self, unit: Unit) -> dt.date:
        for deadline in self.deadlines.all():
            if deadline.unit_type == unit.type:
                return deadline.due
        return self.default_due


class Deadline(models.Model):
    """The due date for reporters of one level (unit type) in one schedule."""

    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="deadlines")
    unit_type = models.CharField(_("cấp báo cáo"), max_length=20, choices=UnitType.choices)
    due = models.DateField(_("hạn gửi"))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["schedule", "unit_type"], name="unique_deadline")]

    def __str__(self) -> str:
        return f"{self.schedule}: {self.get_unit_type_display()} {self.due}"


# --- Submissions ----------------------------------------------------------------------------


class Status(models.TextChoices):
    DRAFT = "draft", _("Đang soạn")
    SUBMITTED = "submitted", _("Đã gửi")
    RETURNED = "returned", _("Trả lại")
    APPROVED = "approved", _("Đã duyệt")


class Submission(models.Model):
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="+")
    schedule = models.ForeignKey(Schedule, on_delete=models.PROTECT, related_name="submissions")
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    results = models.TextField(_("I. Kết quả thực hiện"), blank=True)
    assessment = models.TextField(_("II. Đánh giá (ưu điểm, hạn chế, nguyên nhân)"), blank=True)
    proposals = models.TextField(_("III. Đề xuất, kiến nghị"), blank=True)
    next_tasks = models.TextField(_("IV. Nhiệm vụ trọng tâm kỳ tới"), blank=True)
    review_comment = models.TextField(_("ý kiến của cấp trên"), blank=True)
    first_submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    values_at = models.DateTimeField(_("số liệu tính lúc"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["schedule", "unit__path"]
        verbose_name = _("báo cáo")
        constraints = [models.UniqueConstraint(fields=["unit", "schedule"], name="unique_submission")]

    def __str__(self) -> str:
        return f"{self.schedule} — {self.unit.display_name}"

    @property
    def is_locked(self) -> bool:
        return self.status in (Status.SUBMITTED, Status.APPROVED)


class SubmissionValue(models.Model):
    """One indicator's figure in a submission: ``own`` from the unit's activities (or entered), ``total`` with the
    approved figures of the units below added."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="+")
    own = models.DecimalField(max_digits=18, decimal_places=2, default=Decimal(0))
    total = models.DecimalField(max_digits=18, decimal_places=2, default=Decimal(0))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["submission", "indicator"], name="unique_submission_value")]

    def __str__(self) -> str:
        return f"{self.indicator.code}={self.total}"


class SubmissionEvent(models.Model):
    """The visible history of a submission (who submitted, returned with which comment, approved, reopened)."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20)
    from_status = models.CharField(max_length=12)
    to_status = models.CharField(max_length=12)
    comment = models.TextField(blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.action} {self.at:%d/%m/%Y}"


class Reminder(models.Model):
    """A reminder already sent, so the cron job never sends the same one twice."""

    schedule = models.ForeignKey(Schedule, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    stage = models.CharField(max_length=20)
    sent_at = models.DateTimeField(default=timezone.now)
    recipients = models.TextField(blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["schedule", "unit", "stage"], name="unique_reminder")]

    def __str__(self) -> str:
        return f"{self.schedule} {self.unit_id} {self.stage}"
