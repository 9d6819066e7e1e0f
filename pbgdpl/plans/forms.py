from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pbgdpl.org.models import Unit

from .models import Plan, Programme, SignerPrefix, Task, TaskState


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class UnitChoice(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return ("— " * max(obj.depth - 1, 0)) + obj.name


class PlanForm(forms.Form):
    unit = forms.ModelChoiceField(Unit.objects.none(), label=_("Đơn vị ban hành"))
    number = forms.IntegerField(label=_("Số"), required=False, min_value=1,
                                help_text=_("Để trống khi chưa lấy số; số trống tiếp theo được gợi ý."))
    symbol = forms.CharField(label=_("Ký hiệu"), max_length=60, required=False, help_text=_("Ví dụ: KH-HĐPH"))
    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    period = forms.CharField(label=_("Giai đoạn"), max_length=60, required=False)
    date = forms.DateField(label=_("Ngày ban hành"), required=False, widget=DateInput())
    place = forms.CharField(label=_("Địa danh"), max_length=80, required=False)
    title = forms.CharField(label=_("Trích yếu"), widget=forms.Textarea(attrs={"rows": 2}))
    programme = forms.ChoiceField(label=_("Chương trình"), choices=Programme.choices)
    parent = forms.ModelChoiceField(Plan.objects.none(), label=_("Kế hoạch cấp trên được triển khai"), required=False)
    signer_prefix = forms.ChoiceField(label=_("Thẩm quyền ký"), choices=SignerPrefix.choices, required=False)
    signer_title = forms.CharField(label=_("Chức vụ người ký"), max_length=120, required=False)
    signer_name = forms.CharField(label=_("Người ký"), max_length=120, required=False)
    legal_bases = forms.CharField(label=_("Căn cứ (mỗi dòng một văn bản)"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    purposes = forms.CharField(label=_("Mục đích"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    requirements = forms.CharField(label=_("Yêu cầu"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    audiences = forms.CharField(label=_("Đối tượng"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    budget_text = forms.CharField(label=_("Kinh phí"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    budget_amount = forms.DecimalField(label=_("Kinh phí (đồng)"), required=False, min_value=0, decimal_places=0)
    recipients = forms.CharField(label=_("Nơi nhận (mỗi dòng một nơi)"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, units: Any = None, parents: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        if parents is not None:
            self.fields["parent"].queryset = parents  # type: ignore[attr-defined]

    def service_kwargs(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("version", None)
        data["legal_bases"] = _lines(data["legal_bases"])
        data["recipients"] = _lines(data["recipients"])
        data["symbol"] = data["symbol"].strip() or None
        return data

    @staticmethod
    def initial_from(plan: Plan) -> dict[str, Any]:
        return {
            "unit": plan.unit_id, "number": plan.number, "symbol": plan.symbol, "year": plan.year, "period": plan.period,
            "date": plan.date, "place": plan.place, "title": plan.title, "programme": plan.programme,
            "parent": plan.parent_id, "signer_prefix": plan.signer_prefix, "signer_title": plan.signer_title,
            "signer_name": plan.signer_name, "purposes": plan.purposes, "requirements": plan.requirements,
            "audiences": plan.audiences, "budget_text": plan.budget_text, "budget_amount": plan.budget_amount,
            "recipients": "\n".join(plan.recipients),
            "legal_bases": "\n".join(b.text for b in plan.legal_bases.all()), "version": plan.version,
        }


class TaskForm(forms.Form):
    code = forms.CharField(label=_("Số thứ tự"), max_length=20, help_text=_("1, 2.1, a)"))
    parent = forms.ModelChoiceField(Task.objects.none(), label=_("Thuộc mục"), required=False)
    title = forms.CharField(label=_("Nhiệm vụ"), widget=forms.Textarea(attrs={"rows": 2}))
    content = forms.CharField(label=_("Nội dung"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    lead_text = forms.CharField(label=_("Chủ trì (như văn bản ghi)"), required=False,
                                help_text=_("Tên đơn vị hoặc nhóm, ví dụ “Các phòng, đơn vị”; nhiều đơn vị cách nhau bởi dấu ;"))
    lead_units = UnitChoice(Unit.objects.none(), label=_("Đơn vị chủ trì"), required=False,
                            help_text=_("Để trống để hệ thống xác định từ phần ghi ở trên"))
    coordinating_text = forms.CharField(label=_("Phối hợp (như văn bản ghi)"), required=False)
    coordinating_units = UnitChoice(Unit.objects.none(), label=_("Đơn vị phối hợp"), required=False)
    timeframe = forms.CharField(label=_("Thời gian thực hiện"), max_length=255, required=False,
                                help_text=_("Như văn bản ghi: “Năm 2024”, “Quý II/2024”, “khi có hướng dẫn của Sở Tư pháp”"))
    due_date = forms.DateField(label=_("Hạn hoàn thành"), required=False, widget=DateInput(),
                               help_text=_("Để trống để tính từ thời gian thực hiện"))
    trigger_text = forms.CharField(label=_("Sự kiện kích hoạt"), max_length=255, required=False)
    trigger_days = forms.IntegerField(label=_("Số ngày làm việc sau sự kiện"), min_value=0, required=False)
    deliverables = forms.CharField(label=_("Sản phẩm (mỗi dòng một sản phẩm)"), required=False,
                                   widget=forms.Textarea(attrs={"rows": 2}))
    standing = forms.BooleanField(label=_("Trách nhiệm thường xuyên (mục III, không có hạn)"), required=False)
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, plan: Plan, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = plan.tasks.order_by("position")  # type: ignore[attr-defined]
        units = Unit.objects.all().order_by("path")
        self.fields["lead_units"].queryset = units  # type: ignore[attr-defined]
        self.fields["coordinating_units"].queryset = units  # type: ignore[attr-defined]

    def service_kwargs(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("version", None)
        data["deliverables"] = _lines(data["deliverables"])
        for name, text in (("lead_units", "lead_text"), ("coordinating_units", "coordinating_text")):
            units = list(data[name])
            # The text as written was changed but not the units picked: resolve the new text.
            if text in self.changed_data and name not in self.changed_data:
                units = []
            data[name] = units or None
        return data

    @staticmethod
    def initial_from(task: Task) -> dict[str, Any]:
        return {
            "code": task.code, "parent": task.parent_id, "title": task.title, "content": task.content,
            "lead_text": task.lead_text, "lead_units": list(task.lead_units.all()),
            "coordinating_text": task.coordinating_text, "coordinating_units": list(task.coordinating_units.all()),
            "timeframe": task.timeframe, "due_date": task.due_date, "trigger_text": task.trigger_text,
            "trigger_days": task.trigger_days, "deliverables": "\n".join(task.deliverables), "standing": task.standing,
            "version": task.version,
        }


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class ReportForm(forms.Form):
    unit = forms.ModelChoiceField(Unit.objects.none(), label=_("Đơn vị báo cáo"))
    state = forms.ChoiceField(label=_("Tình trạng"), choices=TaskState.choices)
    percent = forms.IntegerField(label=_("Tiến độ (%)"), min_value=0, max_value=100)
    note = forms.CharField(label=_("Kết quả, ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    reason = forms.CharField(label=_("Lý do (khi không thực hiện được)"), required=False,
                             widget=forms.Textarea(attrs={"rows": 2}))
    links = forms.CharField(label=_("Liên kết sản phẩm (mỗi dòng một liên kết)"), required=False,
                            widget=forms.Textarea(attrs={"rows": 2}))
    evidence = MultipleFileField(label=_("Tệp minh chứng (PDF, DOCX, XLSX, ảnh; tối đa 20 MB mỗi tệp)"), required=False)

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]

    def service_kwargs(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data["links"] = _lines(data["links"])
        data["files"] = data.pop("evidence", None) or []
        return data


class TriggerForm(forms.Form):
    on = forms.DateField(label=_("Ngày sự kiện xảy ra"), widget=DateInput())
    days = forms.IntegerField(label=_("Số ngày làm việc để hoàn thành"), min_value=0, required=False)


class IssueForm(forms.Form):
    signed_pdf = forms.FileField(label=_("Bản ký số / bản quét (PDF, tối đa 20 MB)"), required=False)


class DeriveForm(forms.Form):
    unit = forms.ModelChoiceField(Unit.objects.none(), label=_("Đơn vị ban hành kế hoạch triển khai"))
    title = forms.CharField(label=_("Trích yếu"), widget=forms.Textarea(attrs={"rows": 2}))
    number = forms.IntegerField(label=_("Số"), required=False, min_value=1)
    date = forms.DateField(label=_("Ngày ban hành"), required=False, widget=DateInput())
    place = forms.CharField(label=_("Địa danh"), max_length=80, required=False)
    tasks = forms.ModelMultipleChoiceField(Task.objects.none(), label=_("Nhiệm vụ liên quan đến đơn vị"),
                                           widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args: Any, units: Any, tasks: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["tasks"].queryset = tasks  # type: ignore[attr-defined]
        self.fields["tasks"].label_from_instance = lambda t: f"{t.code}. {t.title[:160]}"  # type: ignore[attr-defined]
