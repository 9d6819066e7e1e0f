from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pbgdpl.accounts.scope import scope_of
from pbgdpl.org.forms import DateInput
from pbgdpl.org.models import Unit, UnitType

from .models import Activity, AudienceGroup, BudgetItem, Form, IndicatorSet, ReportType
from .permissions import WRITERS
from .services import ActivityData


def writable_units(user: Any) -> Any:
    scope = scope_of(user)
    units = Unit.objects.all() if scope.is_admin else Unit.objects.filter(scope.unit_q("self", *WRITERS))
    return units.order_by("path")


class ActivityForm(forms.Form):
    """The quick entry form: the essentials on top, participants per audience group and costs per budget item
    below (one small number field each)."""

    unit = forms.ModelChoiceField(label=_("Đơn vị thực hiện"), queryset=Unit.objects.none())
    title = forms.CharField(label=_("Nội dung hoạt động"), max_length=300,
                            widget=forms.TextInput(attrs={"class": "wide"}))
    form = forms.ModelChoiceField(label=_("Hình thức"), queryset=Form.objects.filter(is_active=True))
    date_from = forms.DateField(label=_("Ngày (từ ngày)"), widget=DateInput())
    date_to = forms.DateField(label=_("Đến ngày"), required=False, widget=DateInput(),
                              help_text=_("Để trống nếu diễn ra trong một ngày."))
    sessions = forms.IntegerField(label=_("Số cuộc, buổi, tin bài"), initial=1)
    participants = forms.IntegerField(label=_("Tổng số người tham dự"), initial=0)
    women = forms.IntegerField(label=_("Trong đó nữ"), initial=0)
    copies = forms.IntegerField(label=_("Số tài liệu phát hành (bản)"), initial=0)
    laws = forms.CharField(label=_("Văn bản được phổ biến"), required=False, widget=forms.Textarea(attrs={"rows": 2}),
                           help_text=_("Số, ký hiệu; mỗi dòng hoặc cách nhau bằng dấu ; (ví dụ 64/2025/QH15)"))
    commune = forms.ModelChoiceField(label=_("Tại xã, phường"), required=False,
                                     queryset=Unit.objects.filter(type=UnitType.COMMUNE).order_by("name"))
    task = forms.ModelChoiceField(label=_("Thực hiện nhiệm vụ kế hoạch"), required=False, queryset=Unit.objects.none())
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, user: Any, instance: Activity | None = None, **kwargs: Any) -> None:
        self.groups = list(AudienceGroup.objects.filter(is_active=True))
        self.items = list(BudgetItem.objects.all())
        if instance is not None and "initial" not in kwargs:
            kwargs["initial"] = self.initial_from(instance)
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = writable_units(user)  # type: ignore[attr-defined]
        self.fields["task"].queryset = self._tasks(user)  # type: ignore[attr-defined]
        for group in self.groups:
            self.fields[f"g_{group.code}"] = forms.IntegerField(label=group.name, required=False, min_value=0)
            self.fields[f"gw_{group.code}"] = forms.IntegerField(label=_("nữ"), required=False, min_value=0)
        for item in self.items:
            self.fields[f"c_{item.code}"] = forms.DecimalField(label=item.name, required=False, min_value=0,
                                                               decimal_places=0, max_digits=15)

    @staticmethod
    def _tasks(user: Any) -> Any:
        try:
            from pbgdpl.core import policy
            from pbgdpl.plans.models import Task
        except ImportError:  # pragma: no cover - plans app absent
            return Unit.objects.none()
        try:
            return policy.visible(user, Task.objects.select_related("plan")).order_by("plan_id", "position")[:500]
        except LookupError:  # pragma: no cover - no policy for tasks
            return Task.objects.none()

    @staticmethod
    def initial_from(activity: Activity) -> dict[str, Any]:
        data: dict[str, Any] = {name: getattr(activity, name) for name in (
            "unit", "title", "form", "date_from", "date_to", "sessions", "participants", "women", "copies", "laws",
            "commune", "note", "task")}
        for row in activity.audiences.select_related("group"):
            data[f"g_{row.group.code}"] = row.participants
            data[f"gw_{row.group.code}"] = row.women
        for cost in activity.costs.select_related("item"):
            data[f"c_{cost.item.code}"] = cost.amount
        return data

    def group_rows(self) -> list[tuple[Any, Any, Any]]:
        return [(group, self[f"g_{group.code}"], self[f"gw_{group.code}"]) for group in self.groups]

    def cost_fields(self) -> list[Any]:
        return [self[f"c_{item.code}"] for item in self.items]

    def main_fields(self) -> list[list[Any]]:
        """The essentials in rows of a compact grid."""
        rows = [("unit", "form"), ("title",), ("date_from", "date_to", "commune"),
                ("sessions", "participants", "women", "copies"), ("laws", "task"), ("note",)]
        return [[self[name] for name in row] for row in rows]

    def to_data(self) -> ActivityData:
        c = self.cleaned_data
        audiences = {g: (c.get(f"g_{g.code}") or 0, c.get(f"gw_{g.code}") or 0) for g in self.groups
                     if c.get(f"g_{g.code}") or c.get(f"gw_{g.code}")}
        costs = {i: Decimal(c.get(f"c_{i.code}") or 0) for i in self.items if c.get(f"c_{i.code}")}
        return ActivityData(unit=c["unit"], title=c["title"], date_from=c["date_from"], date_to=c.get("date_to"),
                            form=c["form"], sessions=c["sessions"], participants=c["participants"], women=c["women"],
                            copies=c["copies"], audiences=audiences, costs=costs, laws=c.get("laws") or "",
                            commune=c.get("commune"), note=c.get("note") or "", task=c.get("task"))


class EvidenceForm(forms.Form):
    file = forms.FileField(label=_("Tệp minh chứng"),
                           help_text=_("PDF, ảnh JPG/PNG, Word, Excel; tối đa theo cấu hình hệ thống."))


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp Excel (.xlsx)"))


class SubmissionEditForm(forms.Form):
    results = forms.CharField(label=_("I. Kết quả thực hiện"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    assessment = forms.CharField(label=_("II. Đánh giá (ưu điểm, hạn chế, nguyên nhân)"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 4}))
    proposals = forms.CharField(label=_("III. Đề xuất, kiến nghị"), required=False,
                                widget=forms.Textarea(attrs={"rows": 3}))
    next_tasks = forms.CharField(label=_("IV. Nhiệm vụ trọng tâm kỳ tới"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))


class IndicatorSetImportForm(forms.Form):
    code = forms.SlugField(label=_("Mã bộ chỉ tiêu"), max_length=60)
    name = forms.CharField(label=_("Tên biểu mẫu"), max_length=255)
    legal_basis = forms.CharField(label=_("Căn cứ"), max_length=255, required=False)
    file = forms.FileField(label=_("Tệp JSON hoặc XLSX"), required=False)
    text = forms.CharField(label=_("Hoặc nội dung JSON"), required=False, widget=forms.Textarea(attrs={"rows": 12}))
    replace = forms.BooleanField(label=_("Thay thế bộ cùng mã (nếu chưa có báo cáo dùng)"), required=False)


class ScheduleForm(forms.Form):
    start = forms.DateField(label=_("Số liệu từ ngày"), widget=DateInput())
    cutoff = forms.DateField(label=_("Số liệu thực tế đến ngày"), widget=DateInput())
    default_due = forms.DateField(label=_("Hạn gửi chung"), widget=DateInput())

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for value, label in UnitType.choices:
            self.fields[f"due_{value}"] = forms.DateField(
                label=_("Hạn gửi — %(level)s") % {"level": label}, required=False, widget=DateInput())

    def deadlines(self) -> dict[str, Any]:
        return {value: self.cleaned_data.get(f"due_{value}") for value, _label in UnitType.choices}


class ScheduleCreateForm(forms.Form):
    report_type = forms.ModelChoiceField(label=_("Loại báo cáo"), queryset=ReportType.objects.all())
    period = forms.RegexField(label=_("Kỳ"), regex=r"^\d{4}(-[A-Za-z0-9-]{1,14})?$", max_length=20,
                              help_text=_("Ví dụ 2025-dot-1 cho báo cáo đột xuất"))
    title = forms.CharField(label=_("Tiêu đề"), max_length=255, required=False)
    start = forms.DateField(label=_("Số liệu từ ngày"), widget=DateInput())
    cutoff = forms.DateField(label=_("Số liệu đến ngày"), widget=DateInput())
    default_due = forms.DateField(label=_("Hạn gửi"), widget=DateInput())
    indicator_set = forms.ModelChoiceField(label=_("Biểu mẫu"), queryset=IndicatorSet.objects.all())
