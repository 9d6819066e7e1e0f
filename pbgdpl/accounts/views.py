from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from pbgdpl.core import policy
from pbgdpl.core.views import paginate
from pbgdpl.org.models import Unit

from . import selectors, services
from .forms import LoginForm, UserForm
from .models import RoleAssignment, User


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    pass


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/form_page.html"
    success_url = reverse_lazy("accounts:profile")
    extra_context = {"page_title": gettext_lazy("Đổi mật khẩu")}

    def form_valid(self, form):  # type: ignore[no-untyped-def]
        services.password_set(user=form.user, by=self.request.user, password=form.cleaned_data["new_password1"],
                              how="change")
        update_session_auth_hash(self.request, form.user)
        messages.success(self.request, _("Đã đổi mật khẩu."))
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/form_page.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")
    extra_context = {"page_title": gettext_lazy("Quên mật khẩu")}


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/message_page.html"
    extra_context = {"page_title": gettext_lazy("Đã gửi thư"),
                     "message": gettext_lazy("Nếu địa chỉ thư điện tử có trong hệ thống, một thư hướng dẫn đặt lại mật khẩu đã được gửi.")}


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/form_page.html"
    success_url = reverse_lazy("accounts:password_reset_complete")
    extra_context = {"page_title": gettext_lazy("Đặt mật khẩu mới")}

    def form_valid(self, form):  # type: ignore[no-untyped-def]
        services.password_set(user=form.user, by=form.user, password=form.cleaned_data["new_password1"], how="reset")
        del self.request.session[auth_views.INTERNAL_RESET_SESSION_TOKEN]
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/message_page.html"
    extra_context = {"page_title": gettext_lazy("Đã đặt lại mật khẩu"), "message": gettext_lazy("Mật khẩu mới đã được lưu. Bạn có thể đăng nhập.")}


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    roles = request.user.role_assignments.select_related("unit")  # type: ignore[union-attr]
    return render(request, "accounts/profile.html", {"roles": roles})


@login_required
def people(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", User)
    users = policy.visible(request.user, User.objects.select_related("unit")).prefetch_related(
        Prefetch("role_assignments", queryset=RoleAssignment.objects.select_related("unit"))
    )
    unit_id = request.GET.get("unit")
    if unit_id and unit_id.isdigit():
        unit = get_object_or_404(Unit, pk=unit_id)
        users = users.filter(unit__path__startswith=unit.path)
    q = request.GET.get("q", "").strip()
    if q:
        users = users.filter(Q(full_name__icontains=q) | Q(username__icontains=q))
    page = paginate(request, users.order_by("unit__path", "full_name"))
    locked = selectors.locked_usernames(p.username for p in page)
    return render(request, "accounts/people.html",
                  {"page": page, "q": q, "units": Unit.objects.all(), "locked": locked})


@login_required
def person_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    person = get_object_or_404(User, pk=pk) if pk else None
    policy.require(request.user, "change" if person else "add", person or User)
    form = UserForm(request.POST or None, instance=person)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.user_save(
                by=request.user, user=person, data=form.cleaned_data, roles=form.cleaned_data["roles"],
                scope_unit=form.cleaned_data["scope_unit"], password=form.cleaned_data["password"] or None,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Đã lưu tài khoản %(name)s.") % {"name": saved})
            return redirect("accounts:people")
    title = _("Sửa tài khoản") if person else _("Thêm tài khoản")
    locked = bool(person and selectors.locked_usernames([person.username]))
    return render(request, "accounts/person_form.html",
                  {"form": form, "page_title": title, "person": person, "locked": locked})


@login_required
@require_POST
def person_unlock(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(User, pk=pk)
    policy.require(request.user, "unlock", person)
    services.user_unlock(by=request.user, user=person)
    messages.success(request, _("Đã mở khoá đăng nhập cho %(name)s.") % {"name": person})
    return redirect("accounts:person-edit", pk=person.pk)
