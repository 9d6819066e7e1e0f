from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from pbgdpl.core import policy

from .models import Plan


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    policy.require(request.user, "view", Plan)
    plans = policy.visible(request.user, Plan.objects.select_related("unit"))
    return render(request, "plans/plan_list.html", {"plans": plans})
