from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AuditRecordQuerySet(models.QuerySet["AuditRecord"]):
    def update(self, **kwargs: object) -> int:
        raise PermissionError("Audit records cannot be changed")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("Audit records cannot be deleted")


class AuditRecord(models.Model):
    """Who did what, when, to which object, with the state before and after. Append-only."""

    at = models.DateTimeField(_("thời điểm"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    actor_name = models.CharField(max_length=150, blank=True)
    action = models.CharField(_("hành động"), max_length=80, db_index=True)
    target_type = models.CharField(_("loại đối tượng"), max_length=80, db_index=True)
    target_id = models.CharField(max_length=64, blank=True, db_index=True)
    target_repr = models.CharField(_("đối tượng"), max_length=255, blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    data = models.JSONField(null=True, blank=True)
    unit_path = models.CharField(max_length=500, blank=True, db_index=True)

    objects = AuditRecordQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("nhật ký")

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.actor_name} {self.action} {self.target_repr}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise PermissionError("Audit records cannot be changed")
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise PermissionError("Audit records cannot be deleted")


class HolidayKind(models.TextChoices):
    HOLIDAY = "holiday", _("Ngày nghỉ")
    WORKDAY = "workday", _("Ngày làm bù")


class Holiday(models.Model):
    """A day off (or a compensatory working day on a weekend) in the yearly schedule."""

    date = models.DateField(_("ngày"), unique=True)
    name = models.CharField(_("tên"), max_length=150)
    kind = models.CharField(_("loại"), max_length=10, choices=HolidayKind.choices, default=HolidayKind.HOLIDAY)
    source = models.CharField(_("nguồn"), max_length=20, default="computed")

    class Meta:
        ordering = ["date"]
        verbose_name = _("ngày nghỉ lễ")

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.name}"
