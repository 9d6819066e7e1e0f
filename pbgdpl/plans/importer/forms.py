"""Forms of the import preview: the file, the plan's header, one editable row per task."""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms import formset_factory
from django.utils.translation import gettext_lazy as _

from pbgdpl.org.models import Unit
from pbgdpl.plans.models import Plan

from .readers import MAX_BYTES, SUFFIXES


class UploadForm(forms.Form):
    file = forms.FileField(
        label=_("Tệp kế hoạch"),
        help_text=_("Tệp .docx, .pdf, .txt hoặc .md, tối đa 20 MB"),
        error_messages={"empty": _("Tệp rỗng, không có nội dung để đọc.")},
    )
    unit = forms.ModelChoiceField(label=_("Đơn vị ban hành"), queryset=Unit.objects.none())

    def __init__(self, *args: Any, units: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["file"].widget.attrs["accept"] = ",".join(SUFFIXES)

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("Tệp quá lớn (%(size).1f MB); chỉ nhận tệp đến 20 MB.")
                % {"size": upload.size / 1024 / 1024}
            )
        return upload


class HeaderForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Đơn vị ban hành"), queryset=Unit.objects.none())
    title = forms.CharField(label=_("Trích yếu"), widget=forms.Textarea(attrs={"rows": 2}))
    number_text = forms.CharField(label=_("Số, ký hiệu"), required=False, max_length=60)
    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    date = forms.DateField(
        label=_("Ngày ban hành"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    place = forms.CharField(label=_("Địa danh"), required=False, max_length=80)
    parent = forms.ModelChoiceField(
        label=_("Kế hoạch cấp trên"), queryset=Plan.objects.none(), required=False
    )
    purposes = forms.CharField(label=_("Mục đích"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    requirements = forms.CharField(
        label=_("Yêu cầu"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    budget_text = forms.CharField(
        label=_("Kinh phí"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    recipients = forms.CharField(
        label=_("Nơi nhận (mỗi dòng một nơi)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    signer_title = forms.CharField(label=_("Chức vụ người ký"), required=False, max_length=120)
    signer_name = forms.CharField(label=_("Người ký"), required=False, max_length=120)
    cited_numbers = forms.CharField(required=False, widget=forms.HiddenInput)
    source_name = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, units: Any, parents: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units  # type: ignore[attr-defined]
        self.fields["parent"].queryset = parents  # type: ignore[attr-defined]


class UnitsField(forms.TypedMultipleChoiceField):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(coerce=int, required=False, **kwargs)


class TaskRowForm(forms.Form):
    keep = forms.BooleanField(label=_("Nhập"), required=False, initial=True)
    code = forms.CharField(label=_("Mã"), max_length=30, widget=forms.TextInput(attrs={"size": 5}))
    parent_code = forms.CharField(required=False, widget=forms.HiddenInput)
    title = forms.CharField(label=_("Nhiệm vụ"), widget=forms.Textarea(attrs={"rows": 2, "cols": 40}))
    content = forms.CharField(required=False, widget=forms.HiddenInput)
    lead_text = forms.CharField(required=False, widget=forms.HiddenInput)
    coordinating_text = forms.CharField(required=False, widget=forms.HiddenInput)
    lead_units = UnitsField(label=_("Đơn vị chủ trì"))
    coordinating_units = UnitsField(label=_("Đơn vị phối hợp"))
    timeframe = forms.CharField(label=_("Thời gian"), required=False, max_length=500)
    due_date = forms.DateField(label=_("Hạn"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    on_request = forms.BooleanField(label=_("Chờ sự kiện"), required=False)
    products = forms.CharField(required=False, widget=forms.HiddenInput)
    is_group = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, unit_choices: list[tuple[int, str]] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():  # the table has column headers, not <label>s
            if not field.widget.is_hidden:
                field.widget.attrs["aria-label"] = str(field.label)
        for name in ("lead_units", "coordinating_units"):
            field = self.fields[name]
            field.choices = unit_choices or []  # type: ignore[attr-defined]
            field.widget.attrs.update({"size": 4})


TaskRowFormSet = formset_factory(TaskRowForm, extra=0)
