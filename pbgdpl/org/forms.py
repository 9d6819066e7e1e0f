from django import forms
from django.utils.translation import gettext_lazy as _

from .models import GenericGroup, SuccessionKind, Unit, UnitType


class DateInput(forms.DateInput):
    input_type = "date"

    def format_value(self, value):  # type: ignore[no-untyped-def]
        return value.isoformat() if hasattr(value, "isoformat") else value


class UnitForm(forms.ModelForm):
    class Meta:
        model = Unit
        fields = ["name", "short_name", "abbreviation", "type", "parent", "valid_from", "valid_to", "email", "sort_order"]
        widgets = {"valid_from": DateInput(), "valid_to": DateInput()}


class UnitEndForm(forms.Form):
    on = forms.DateField(label=_("Chấm dứt từ ngày"), widget=DateInput())
    kind = forms.ChoiceField(label=_("Hình thức"), choices=SuccessionKind.choices)
    successors = forms.ModelMultipleChoiceField(
        label=_("Đơn vị kế thừa"), queryset=Unit.objects.all(), required=False,
        help_text=_("Đơn vị tiếp nhận nhiệm vụ (có thể chọn nhiều khi chia tách)."),
    )
    note = forms.CharField(label=_("Ghi chú"), required=False, max_length=255,
                           help_text=_("Ví dụ: số, ký hiệu quyết định sáp nhập."))


class GroupForm(forms.ModelForm):
    unit_types = forms.MultipleChoiceField(
        label=_("Loại đơn vị thành viên"), choices=UnitType.choices, widget=forms.CheckboxSelectMultiple,
        help_text=_("Để trống: mọi loại đơn vị."), required=False,
    )

    class Meta:
        model = GenericGroup
        fields = ["name", "aliases", "relative", "anchor", "unit_types", "direct_children_only"]
        labels = {"anchor": _("Tính từ đơn vị"), "direct_children_only": _("Chỉ đơn vị trực thuộc trực tiếp")}
        help_texts = {"anchor": _("Bỏ trống khi nhóm tính theo đơn vị ban hành kế hoạch.")}
        widgets = {"aliases": forms.Textarea(attrs={"rows": 4})}

    def clean(self):  # type: ignore[no-untyped-def]
        data = super().clean()
        if not data.get("relative") and not data.get("anchor"):
            self.add_error("anchor", _("Chọn đơn vị gốc, hoặc đánh dấu “theo đơn vị ban hành”."))
        return data


class UnitImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp CSV hoặc JSON"))

    def clean_file(self):  # type: ignore[no-untyped-def]
        upload = self.cleaned_data["file"]
        name = upload.name.lower()
        if not name.endswith((".csv", ".json")):
            raise forms.ValidationError(_("Chỉ nhận tệp .csv hoặc .json."))
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("Tệp quá lớn (tối đa 5 MB)."))
        try:
            text = upload.read().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise forms.ValidationError(_("Tệp phải được mã hoá UTF-8.")) from None
        return (("json" if name.endswith(".json") else "csv"), text)
