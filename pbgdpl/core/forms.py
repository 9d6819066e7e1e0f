from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Holiday, HolidayKind


class HolidayForm(forms.Form):
    """One day of the holiday table: a day off, or a Saturday/Sunday worked in exchange (ngày làm bù)."""

    date = forms.DateField(
        label=_("Ngày"), input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    name = forms.CharField(label=_("Tên"), max_length=150,
                           help_text=_("Ví dụ: Nghỉ hoán đổi dịp 30/4 - 1/5 (làm bù thứ Bảy 26/4)"))
    kind = forms.ChoiceField(label=_("Loại"), choices=HolidayKind.choices, initial=HolidayKind.HOLIDAY,
                             help_text=_("Ngày làm bù: thứ Bảy hoặc Chủ nhật phải đi làm thay cho một ngày nghỉ."))

    def __init__(self, *args: Any, holiday: Holiday | None = None, **kwargs: Any) -> None:
        self.holiday = holiday
        if holiday is not None and not args and "initial" not in kwargs:
            kwargs["initial"] = {"date": holiday.date, "name": holiday.name, "kind": holiday.kind}
        super().__init__(*args, **kwargs)

    def clean_date(self) -> Any:
        date = self.cleaned_data["date"]
        others = Holiday.objects.filter(date=date)
        if self.holiday is not None:
            others = others.exclude(pk=self.holiday.pk)
        if others.exists():
            raise forms.ValidationError(_("Ngày %(date)s đã có trong lịch; hãy sửa dòng của ngày đó."),
                                        params={"date": date.strftime("%d/%m/%Y")})
        return date

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        date, kind = data.get("date"), data.get("kind")
        if date is not None and kind == HolidayKind.WORKDAY and date.weekday() < 5:
            self.add_error("kind", _("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật."))
        return data
