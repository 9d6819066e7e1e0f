"""Plans (kế hoạch), their tasks, the units assigned to them and what those units report.

Workflow states and transitions live in :mod:`pbgdpl.plans.workflow`; writes go through
:mod:`pbgdpl.plans.services`.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pbgdpl.core.docnumbers import DocNumber
from pbgdpl.org.models import Unit


class Programme(models.TextChoices):
    YEARLY = "yearly", _("Kế hoạch PBGDPL hằng năm")
    DE_AN_977 = "977", _("Đề án 977")
    DE_AN_407 = "407", _("Đề án 407")
    OTHER = "other", _("Khác")


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    SUBMITTED = "submitted", _("Trình ký")
    ISSUED = "issued", _("Đã ban hành")
    CLOSED = "closed", _("Đã kết thúc")


class SignerPrefix(models.TextChoices):
    NONE = "", _("(ký trực tiếp)")
    KT = "KT.", "KT."
    TM = "TM.", "TM."
    Q = "Q.", "Q."
    TL = "TL.", "TL."
    TUQ = "TUQ.", "TUQ."


class Plan(models.Model):
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị ban hành"), on_delete=models.PROTECT, related_name="plans")
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    symbol = models.CharField(_("ký hiệu"), max_length=60, blank=True, help_text=_("Ví dụ: KH-HĐPH"))
    year = models.PositiveSmallIntegerField(_("năm"))
    period = models.CharField(_("giai đoạn"), max_length=60, blank=True, help_text=_("Ví dụ: 2023-2030"))
    date = models.DateField(_("ngày ban hành"), null=True, blank=True)
    place = models.CharField(_("địa danh"), max_length=80, blank=True)
    title = models.TextField(_("trích yếu"))
    programme = models.CharField(_("chương trình"), max_length=10, choices=Programme.choices, default=Programme.YEARLY)
    parent = models.ForeignKey(
        "self", verbose_name=_("kế hoạch cấp trên được triển khai"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="children",
    )
    signer_prefix = models.CharField(_("thẩm quyền ký"), max_length=5, choices=SignerPrefix.choices, blank=True)
    signer_title = models.CharField(_("chức vụ người ký"), max_length=120, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=120, blank=True)
    purposes = models.TextField(_("mục đích"), blank=True)
    requirements = models.TextField(_("yêu cầu"), blank=True)
    audiences = models.TextField(_("đối tượng"), blank=True)
    budget_text = models.TextField(_("kinh phí"), blank=True)
    budget_amount = models.DecimalField(_("kinh phí (đồng)"), max_digits=16, decimal_places=0, null=True, blank=True)
    recipients = models.JSONField(_("nơi nhận"), default=list, blank=True)
    status = models.CharField(_("trạng thái"), max_length=12, choices=PlanStatus.choices, default=PlanStatus.DRAFT)
    signed_pdf = models.FileField(_("bản ký (PDF)"), upload_to="plans/signed/%Y/", blank=True)
    archived_at = models.DateTimeField(_("lưu trữ lúc"), null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "-date", "-id"]
        verbose_name = _("kế hoạch")
        verbose_name_plural = _("kế hoạch")
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "year", "number", "symbol"], condition=Q(number__isnull=False),
                name="plan_number_unique_per_unit_year",
            )
        ]
        indexes = [models.Index(fields=["unit", "year"])]

    def __str__(self) -> str:
        return f"{self.number_symbol} {self.title}".strip() if self.number_symbol else self.title

    @property
    def number_symbol(self) -> str:
        if self.number is None:
            return f"/{self.symbol}" if self.symbol else ""
        if not self.symbol:
            return f"{self.number:02d}"
        return str(DocNumber(self.number, None, self.symbol))  # "07/KH-HĐPH": leading zero below 10

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


class LegalBasis(models.Model):
    """One "căn cứ": a cited plan or legal document, kept as written with its number."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="legal_bases")
    position = models.PositiveSmallIntegerField(default=0)
    text = models.TextField(_("căn cứ"))
    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True, db_index=True)
    cited_plan = models.ForeignKey(Plan, null=True, blank=True, on_delete=models.SET_NULL, related_name="cited_by")
    # Id in the legal library (pbgdpl.library) when it holds the document; looked up lazily.
    library_document_id = models.PositiveBigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["plan", "position", "id"]
        verbose_name = _("căn cứ")

    def __str__(self) -> str:
        return self.text


class TaskState(models.TextChoices):
    NOT_STARTED = "not_started", _("Chưa thực hiện")
    IN_PROGRESS = "in_progress", _("Đang thực hiện")
    DONE = "done", _("Hoàn thành")
    DONE_LATE = "done_late", _("Hoàn thành muộn")
    NOT_DONE = "not_done", _("Không thực hiện được")


DONE_STATES = (TaskState.DONE, TaskState.DONE_LATE)


class Task(models.Model):
    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="tasks")
    parent = models.ForeignKey("self", verbose_name=_("thuộc mục"), null=True, blank=True, on_delete=models.CASCADE,
                               related_name="children")
    code = models.CharField(_("số thứ tự"), max_length=20, help_text=_("1, 2.1, a"))
    position = models.PositiveIntegerField(default=0)
    title = models.TextField(_("nhiệm vụ"))
    content = models.TextField(_("nội dung"), blank=True)
    lead_units = models.ManyToManyField(Unit, verbose_name=_("đơn vị chủ trì"), blank=True, related_name="lead_tasks")
    coordinating_units = models.ManyToManyField(Unit, verbose_name=_("đơn vị phối hợp"), blank=True,
                                                related_name="coordinating_tasks")
    lead_text = models.TextField(_("chủ trì (như văn bản ghi)"), blank=True)
    coordinating_text = models.TextField(_("phối hợp (như văn bản ghi)"), blank=True)
    timeframe = models.CharField(_("thời gian thực hiện"), max_length=255, blank=True)
    due_date = models.DateField(_("hạn hoàn thành"), null=True, blank=True, db_index=True)
    trigger_text = models.CharField(_("sự kiện kích hoạt"), max_length=255, blank=True,
                                    help_text=_("Ví dụ: khi có hướng dẫn, yêu cầu của Sở Tư pháp"))
    trigger_days = models.PositiveSmallIntegerField(_("số ngày làm việc sau sự kiện"), null=True, blank=True)
    triggered_on = models.DateField(_("ngày sự kiện xảy ra"), null=True, blank=True)
    deliverables = models.JSONField(_("sản phẩm"), default=list, blank=True)
    standing = models.BooleanField(_("trách nhiệm thường xuyên"), default=False)
    parent_plan_task = models.ForeignKey(
        "self", verbose_name=_("nhiệm vụ của kế hoạch cấp trên"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="derived_tasks",
    )
    # Roll-up of the lead units' reports (kept by services for cheap dashboards).
    state = models.CharField(_("tình trạng"), max_length=12, choices=TaskState.choices, default=TaskState.NOT_STARTED,
                             db_index=True)
    percent = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    approved_at = models.DateTimeField(_("phê duyệt hoàn thành lúc"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    version = models.PositiveIntegerField(default=1)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["plan", "position", "id"]
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = _("nhiệm vụ")

    def __str__(self) -> str:
        return f"{self.code}. {self.title}"[:200]

    @property
    def is_done(self) -> bool:
        return self.state in DONE_STATES

    @property
    def is_waiting(self) -> bool:
        """Waiting for its trigger event (the event has not been recorded yet)."""
        return bool(self.trigger_text) and self.triggered_on is None

    def is_overdue(self, today: dt.date) -> bool:
        return (self.due_date is not None and self.due_date < today and not self.is_done and not self.standing
                and self.state != TaskState.NOT_DONE and not self.is_waiting)


class AssignmentRole(models.TextChoices):
    LEAD = "lead", _("Chủ trì")
    COORDINATING = "coordinating", _("Phối hợp")


class Assignment(models.Model):
    """One unit's part in a task and its latest report."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, related_name="task_assignments")
    role = models.CharField(_("vai trò"), max_length=12, choices=AssignmentRole.choices)
    state = models.CharField(_("tình trạng"), max_length=12, choices=TaskState.choices, default=TaskState.NOT_STARTED)
    percent = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0)
    note = models.TextField(_("ghi chú"), blank=True)
    reason = models.TextField(_("lý do"), blank=True)
    reported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["task", "role", "unit__sort_order", "id"]
        constraints = [models.UniqueConstraint(fields=["task", "unit"], name="assignment_unique_task_unit")]
        verbose_name = _("phân công")

    def __str__(self) -> str:
        return f"{self.task} — {self.unit} ({self.get_role_display()})"


class ProgressReport(models.Model):
    """A report a unit made on its assignment: the history behind progress over time."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reports")
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="reports")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    state = models.CharField(_("tình trạng"), max_length=12, choices=TaskState.choices)
    percent = models.PositiveSmallIntegerField(_("tiến độ (%)"))
    note = models.TextField(_("ghi chú"), blank=True)
    reason = models.TextField(_("lý do không thực hiện được"), blank=True)
    links = models.JSONField(_("liên kết sản phẩm"), default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("báo cáo tiến độ")

    def __str__(self) -> str:
        return f"{self.assignment.unit}: {self.percent}%"


class Evidence(models.Model):
    """A file proving the work; served only through a permission-checked view."""

    report = models.ForeignKey(ProgressReport, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(upload_to="plans/evidence/%Y/%m/")
    original_name = models.CharField(max_length=255)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("minh chứng")

    def __str__(self) -> str:
        return self.original_name


class PlanSnapshot(models.Model):
    """Counts of a plan's tasks on a day (taken by ``pbgdpl send_reminders``) for progress over time."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="snapshots")
    on = models.DateField()
    done = models.PositiveIntegerField(default=0)
    in_progress = models.PositiveIntegerField(default=0)
    overdue = models.PositiveIntegerField(default=0)
    waiting = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    percent = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["plan", "on"]
        constraints = [models.UniqueConstraint(fields=["plan", "on"], name="plan_snapshot_unique_day")]

    def __str__(self) -> str:
        return f"{self.plan_id} {self.on}"


class Notification(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=30, blank=True)
    title = models.CharField(_("tiêu đề"), max_length=255)
    body = models.TextField(_("nội dung"), blank=True)
    url = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at"])]
        verbose_name = _("thông báo")

    def __str__(self) -> str:
        return self.title


class ReminderKind(models.TextChoices):
    DUE_SOON = "due_soon", _("Sắp đến hạn")
    OVERDUE = "overdue", _("Quá hạn")


class SentReminder(models.Model):
    """One reminder sent: (task, unit, kind, window) is unique so a second run sends nothing twice."""

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="+")
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=12, choices=ReminderKind.choices)
    window = models.DateField(help_text="due date for due-soon reminders, the week's Monday for overdue ones")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["task", "unit", "kind", "window"], name="sent_reminder_unique")]

    def __str__(self) -> str:
        return f"{self.kind} {self.task_id}/{self.unit_id} {self.window}"
