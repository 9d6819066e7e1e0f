from __future__ import annotations

import pytest

from pbgdpl.accounts import demo as accounts_demo
from pbgdpl.org import demo as org_demo
from pbgdpl.reporting import demo
from pbgdpl.reporting.models import Activity, ActivityFact, Status, Submission


@pytest.mark.django_db
def test_demo_loads_a_year_of_activities_and_reports_at_every_stage():
    org_demo.load(lambda _m: None)
    accounts_demo.load(lambda _m: None)
    demo.load(lambda _m: None)
    assert Activity.objects.filter(date_from__year=2025).count() > 2000
    assert Activity.objects.filter(unit__type="commune", date_from__lt="2025-07-01").count() == 0
    statuses = set(Submission.objects.values_list("status", flat=True))
    assert statuses == {Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.APPROVED}
    first = Activity.objects.order_by("pk").values_list("title", "date_from")[:3]
    demo.load(lambda _m: None)  # idempotent
    assert Activity.objects.filter(date_from__year=2025).count() < 4000
    assert list(Activity.objects.order_by("pk").values_list("title", "date_from")[:3]) == list(first)
    assert ActivityFact.objects.filter(subtree=True).exists()
