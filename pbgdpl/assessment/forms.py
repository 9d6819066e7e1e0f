"""Forms of the assessment app (the score table itself is posted field by field, see views)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Indicator


class EvidenceUploadForm(forms.Form):
    indicator = forms.ChoiceField(label=_("Chỉ tiêu"))
    file = forms.FileField(label=_("Tệp minh chứng"), allow_empty_file=True,  # core.uploads says "Tệp rỗng."
                           help_text=_("PDF, Word, Excel, ảnh JPG/PNG; tối đa theo cấu hình hệ thống."))

    def __init__(self, *args: Any, indicators: Iterable[Indicator] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [(i.code, f"{i.code}. {i.name[:90]}") for i in indicators]
        self.fields["indicator"].choices = choices  # type: ignore[attr-defined]
