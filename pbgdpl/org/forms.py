from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Unit


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
    kind = forms.ChoiceField(label=_("Hình thức"), choices=[("merge", _("Sáp nhập")), ("split", _("Chia tách")),
                                                              ("rename", _("Đổi tên")), ("transfer", _("Chuyển giao"))])
    successors = forms.ModelMultipleChoiceField(label=_("Đơn vị kế thừa"), queryset=Unit.objects.all(), required=False)
    note = forms.CharField(label=_("Ghi chú"), required=False)


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
