from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from pbgdpl.org.models import Unit

from .models import DocKind
from .selectors import SECTIONS

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


class EntryForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Đơn vị ban hành"), queryset=Unit.objects.none())
    number = forms.IntegerField(label=_("Số"), min_value=1)
    symbol = forms.CharField(label=_("Ký hiệu"), max_length=60, help_text=_("Ví dụ: BC-SKHCN, SKHCN-VP"))
    date = forms.DateField(label=_("Ngày ban hành"), input_formats=DATE_FORMATS, widget=DATE_WIDGET)
    kind = forms.ChoiceField(label=_("Loại văn bản"), choices=DocKind.choices)
    summary = forms.CharField(label=_("Trích yếu"), widget=forms.Textarea(attrs={"rows": 3}))
    signer = forms.CharField(label=_("Người ký"), max_length=120, required=False)

    def __init__(self, *args: Any, units: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()  # type: ignore[attr-defined]


class ImportForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Đơn vị ban hành (khi cột đơn vị để trống)"), queryset=Unit.objects.none())
    file = forms.FileField(label=_("Tệp XLSX"))

    def __init__(self, *args: Any, units: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units if units is not None else Unit.objects.none()  # type: ignore[attr-defined]


class HeaderForm(forms.Form):
    number = forms.IntegerField(label=_("Số"), min_value=1, required=False)
    symbol = forms.CharField(label=_("Ký hiệu"), max_length=60, required=False)
    place = forms.CharField(label=_("Địa danh"), max_length=80, required=False)
    date = forms.DateField(label=_("Ngày báo cáo"), input_formats=DATE_FORMATS, widget=DATE_WIDGET, required=False)
    signer_title = forms.CharField(label=_("Chức vụ người ký"), max_length=120, required=False,
                                   help_text=_("Ví dụ: Phó Giám đốc (ký thay: KT. GIÁM ĐỐC)"))
    signer_name = forms.CharField(label=_("Người ký"), max_length=120, required=False)
    recipients = forms.CharField(label=_("Nơi nhận (mỗi dòng một nơi)"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 4}))


class SectionsForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for spec in SECTIONS:
            label = f"{spec.number}. {spec.heading}" if spec.number else spec.heading
            self.fields[spec.key] = forms.CharField(label=label, required=False,
                                                    widget=forms.Textarea(attrs={"rows": 4}))
