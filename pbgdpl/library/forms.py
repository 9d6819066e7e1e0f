from __future__ import annotations

from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from . import importing, selectors
from .models import BookshelfItem, ContentType, Document, DocumentType, EffectStatus, Field, RelationKind

MAX_QUERY = 2000


def _blank(choices: list[tuple[str, Any]], label: Any) -> list[tuple[str, Any]]:
    return [("", label), *choices]


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Từ khóa, câu hỏi hoặc trích dẫn"), required=False, strip=True,
                        widget=forms.TextInput(attrs={"type": "search", "placeholder": _(
                            "ví dụ: quyền tiếp cận thông tin; Điều 5 Luật Khoa học và công nghệ; 14/2012/QH13")}))
    type = forms.ChoiceField(label=_("Loại văn bản"), required=False,
                             choices=_blank(DocumentType.choices, _("Tất cả")))
    issuer = forms.ChoiceField(label=_("Cơ quan ban hành"), required=False)
    year = forms.TypedChoiceField(label=_("Năm ban hành"), required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(label=_("Tình trạng hiệu lực"), required=False,
                               choices=_blank(EffectStatus.choices, _("Tất cả")))
    field = forms.ChoiceField(label=_("Lĩnh vực"), required=False)
    in_force = forms.BooleanField(label=_("Chỉ văn bản còn hiệu lực"), required=False)
    group = forms.BooleanField(label=_("Gộp theo văn bản"), required=False)
    page = forms.TypedChoiceField(required=False, coerce=int, empty_value=None, widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = selectors.filter_choices()
        cast(forms.ChoiceField, self.fields["issuer"]).choices = _blank([(i, i) for i in choices["issuers"]], _("Tất cả"))
        cast(forms.ChoiceField, self.fields["year"]).choices = _blank([(str(y), str(y)) for y in choices["years"]],
                                                                     _("Tất cả"))
        cast(forms.ChoiceField, self.fields["field"]).choices = _blank([(f.name, f.name) for f in choices["fields"]],
                                                                      _("Tất cả"))
        cast(forms.ChoiceField, self.fields["page"]).choices = [(str(n), str(n)) for n in range(1, 101)]

    def clean_q(self) -> str:
        # Long queries are cut (and the page says so) rather than refused.
        return str(self.cleaned_data.get("q") or "")[:MAX_QUERY]


class UploadForm(forms.Form):
    # allow_empty_file: the shared upload check (services.check_upload) says "Tệp rỗng."
    file = forms.FileField(label=_("Tệp văn bản (DOCX, PDF hoặc TXT)"), allow_empty_file=True,
                           help_text=_("Tối đa 20 MB. PDF phải có lớp chữ (không phải bản quét)."))
    number = forms.CharField(label=_("Số, ký hiệu"), required=False,
                             help_text=_("Để trống nếu đọc được từ văn bản."))
    title = forms.CharField(label=_("Tên văn bản"), required=False, max_length=500)
    type = forms.ChoiceField(label=_("Loại văn bản"), required=False, choices=_blank(DocumentType.choices, "—"))
    issuer = forms.CharField(label=_("Cơ quan ban hành"), required=False, max_length=200)
    status = forms.ChoiceField(label=_("Tình trạng hiệu lực"), required=False, choices=_blank(EffectStatus.choices, "—"))
    topics = forms.ModelMultipleChoiceField(label=_("Lĩnh vực"), required=False, queryset=Field.objects.all())

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        suffix = "." + (upload.name or "").rsplit(".", 1)[-1].lower()
        if suffix not in importing.TEXT_SUFFIXES + importing.OFFICE_SUFFIXES:
            raise forms.ValidationError(_("Chỉ nhận tệp DOCX, PDF hoặc TXT ở đây; tệp JSON Lines hoặc ZIP dùng mục "
                                          "“Nhập hàng loạt”."))
        return upload


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Tệp JSON Lines, ZIP hoặc TXT"), allow_empty_file=True,
                           help_text=_("Mỗi dòng một văn bản: {\"number\", \"type\", \"title\", \"issuer\", \"issued\", "
                                       "\"effective\", \"status\", \"fields\", \"text\"} hoặc \"articles\" thay cho \"text\". "
                                       "Tối đa 20 MB."))


class DocumentForm(forms.ModelForm):
    class Meta:
        model = Document
        fields = ["number", "type", "title", "issuer", "signer", "issued", "effective", "expiry", "status", "fields"]
        widgets = {f: forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d") for f in ("issued", "effective", "expiry")}


class RelationForm(forms.Form):
    kind = forms.ChoiceField(label=_("Quan hệ"), choices=RelationKind.choices)
    number = forms.CharField(label=_("Số, ký hiệu văn bản liên quan"), max_length=100)


class BookshelfItemForm(forms.ModelForm):
    class Meta:
        model = BookshelfItem
        fields = ["unit", "content_type", "title", "compiler", "released", "validity", "summary", "body", "file",
                  "documents"]
        widgets = {"released": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "documents": forms.SelectMultiple(attrs={"size": 6})}

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ModelChoiceField, self.fields["unit"]).queryset = selectors.author_units(user)
        cast(forms.ModelMultipleChoiceField, self.fields["documents"]).queryset = (
            Document.objects.defer("text").order_by("title"))
        self.fields["documents"].required = False
        cast(forms.ChoiceField, self.fields["content_type"]).choices = ContentType.choices
