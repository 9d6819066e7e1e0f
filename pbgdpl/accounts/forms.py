from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from pbgdpl.org.models import Unit

from .models import User
from .roles import Role


class LoginForm(AuthenticationForm):
    username = forms.CharField(label=_("Tên đăng nhập"), widget=forms.TextInput(attrs={"autofocus": True, "autocomplete": "username"}))
    password = forms.CharField(label=_("Mật khẩu"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))


class UserForm(forms.ModelForm):
    password = forms.CharField(
        label=_("Mật khẩu ban đầu"), required=False, widget=forms.PasswordInput,
        help_text=_("Để trống khi sửa nếu không đổi mật khẩu."),
    )
    roles = forms.MultipleChoiceField(label=_("Vai trò"), choices=Role.choices, required=False, widget=forms.CheckboxSelectMultiple)
    scope_unit = forms.ModelChoiceField(
        label=_("Phạm vi vai trò"), queryset=Unit.objects.all(), required=False,
        help_text=_("Để trống: vai trò áp dụng cho đơn vị của người dùng và các đơn vị trực thuộc."),
    )

    class Meta:
        model = User
        fields = ["username", "full_name", "email", "unit", "position", "phone", "is_active"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].required = True
        # People join units that exist today (their current unit stays selectable even if it has ended).
        active = Q(pk__in=Unit.objects.active_on(timezone.localdate()).values("pk"))
        self.fields["unit"].queryset = Unit.objects.filter(active | Q(pk=self.instance.unit_id or 0))  # type: ignore[attr-defined]
        if self.instance.pk:
            self.fields["roles"].initial = list(self.instance.role_assignments.values_list("role", flat=True))
            first = self.instance.role_assignments.exclude(unit=None).first()
            if first:
                self.fields["scope_unit"].initial = first.unit_id
        else:
            self.fields["password"].required = True
