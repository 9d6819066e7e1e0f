"""Units in a dated hierarchy, with successor links and generic groups written in plans."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class UnitType(models.TextChoices):
    PROVINCE = "province", _("UBND tỉnh")
    COUNCIL = "council", _("Hội đồng phối hợp")
    DEPARTMENT = "department", _("Sở, ban, ngành")
    ORGANISATION = "organisation", _("Đoàn thể, tổ chức")
    DISTRICT = "district", _("Cấp huyện")
    COMMUNE = "commune", _("Xã, phường, đặc khu")
    INTERNAL = "internal", _("Đơn vị thuộc, trực thuộc")
    OTHER = "other", _("Khác")


class UnitQuerySet(models.QuerySet["Unit"]):
    def active_on(self, on: dt.date) -> UnitQuerySet:
        """Units that exist on ``on``: valid_from <= on < valid_to (valid_to is the first day it no longer exists)."""
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=on)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gt=on)
        )

    def subtree_of(self, unit: Unit) -> UnitQuerySet:
        return self.filter(path__startswith=unit.path)


class Unit(models.Model):
    name = models.CharField(_("tên đầy đủ"), max_length=255)
    short_name = models.CharField(_("tên ngắn"), max_length=120, blank=True)
    abbreviation = models.CharField(
        _("viết tắt trong ký hiệu văn bản"), max_length=30, blank=True, help_text=_("Ví dụ: SKHCN, HĐPH, STP")
    )
    type = models.CharField(_("loại"), max_length=20, choices=UnitType.choices, default=UnitType.OTHER)
    parent = models.ForeignKey(
        "self", verbose_name=_("đơn vị cấp trên"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(
        _("chấm dứt từ"), null=True, blank=True, help_text=_("Ngày đầu tiên đơn vị không còn tồn tại")
    )
    successors = models.ManyToManyField(
        "self", verbose_name=_("đơn vị kế thừa"), symmetrical=False, blank=True, related_name="predecessors",
        through="Succession",
    )
    email = models.EmailField(_("thư điện tử"), blank=True)
    sort_order = models.PositiveIntegerField(_("thứ tự"), default=0)
    # Materialised path "/1/5/23/": subtree queries are one indexed prefix match.
    path = models.CharField(max_length=500, editable=False, db_index=True, default="")
    depth = models.PositiveSmallIntegerField(editable=False, default=0)

    objects = UnitQuerySet.as_manager()

    class Meta:
        ordering = ["path"]
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_from__isnull=True) | Q(valid_to__gt=models.F("valid_from")),
                name="unit_valid_range",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def is_active_on(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or self.valid_to > on)

    def is_in_subtree_of(self, other: Unit) -> bool:
        return bool(self.path) and self.path.startswith(other.path)

    def ancestor_ids(self) -> list[int]:
        return [int(part) for part in self.path.strip("/").split("/") if part]


class SuccessionKind(models.TextChoices):
    MERGE = "merge", _("Sáp nhập")
    SPLIT = "split", _("Chia tách")
    RENAME = "rename", _("Đổi tên")
    TRANSFER = "transfer", _("Chuyển giao")


class Succession(models.Model):
    predecessor = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="succession_out")
    successor = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="succession_in")
    kind = models.CharField(max_length=20, choices=SuccessionKind.choices)
    on = models.DateField(_("ngày"))
    note = models.CharField(max_length=255, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["predecessor", "successor"], name="unique_succession")]

    def __str__(self) -> str:
        return f"{self.predecessor} → {self.successor} ({self.get_kind_display()})"


class GenericGroup(models.Model):
    """A generic group written in plans ("Các sở, ban, ngành, đoàn thể tỉnh") and how it resolves.

    Members are the units under an anchor (a fixed unit, or the unit issuing the plan when
    ``relative``) whose type is in ``unit_types``, active on the date asked.
    """

    name = models.CharField(_("tên nhóm"), max_length=255, unique=True)
    aliases = models.TextField(_("cách viết khác"), blank=True, help_text=_("Mỗi dòng một cách viết"))
    relative = models.BooleanField(
        _("theo đơn vị ban hành"), default=False, help_text=_("Nhóm tính từ đơn vị ban hành kế hoạch")
    )
    anchor = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    unit_types = models.JSONField(_("loại đơn vị thành viên"), default=list)
    direct_children_only = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("nhóm đơn vị")

    def __str__(self) -> str:
        return self.name

    def all_names(self) -> list[str]:
        return [self.name] + [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def type_labels(self) -> list[str]:
        """The member unit types as people read them ("Sở, ban, ngành"), not as stored ("department")."""
        labels = dict(UnitType.choices)
        return [str(labels.get(code, code)) for code in self.unit_types]
