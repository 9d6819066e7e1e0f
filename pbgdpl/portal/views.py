from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pbgdpl.core import dashboard


def home(request: HttpRequest) -> HttpResponse:
    """The public home page: the agency's name and the sections later work fills in."""
    return render(request, "portal/home.html", {"sections": dashboard.public_sections(request)})


@login_required
def staff_home(request: HttpRequest) -> HttpResponse:
    """The staff dashboard: what each app contributes for this user's role and unit."""
    return render(request, "portal/staff_home.html", {
        "roles": request.user.role_assignments.select_related("unit"),  # type: ignore[union-attr]
        "widgets": dashboard.staff_widgets(request),
    })
