"""Publication for 5 working days before approval; who may do what; values pulled from the data; audit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pbgdpl.assessment import services
from pbgdpl.assessment.models import AssessmentStatus, CriteriaSet, Value
from pbgdpl.core import calendar
from pbgdpl.core.models import AuditRecord
from pbgdpl.plans import services as plan_services
from pbgdpl.reporting.tests.factories import activity

from .helpers import FULL, FULL_MEASURED, commune, enter

pytestmark = pytest.mark.django_db
MONDAY = dt.date(2025, 12, 1)


def test_approval_waits_five_working_days_after_publication(world):
    item = enter(world, commune(world), FULL, FULL_MEASURED)
    services.assessment_transition(by=world.commune_focal, assessment=item, action="publish", today=MONDAY)
    item.refresh_from_db()
    assert (item.status, item.published_on) == (AssessmentStatus.PUBLISHED, MONDAY)
    first = calendar.add_working_days(MONDAY, 5)
    assert first == dt.date(2025, 12, 8)  # Mon 1 → Mon 8: five working days (2..5 and 8), the weekend not counted
    with pytest.raises(ValidationError) as error:
        services.assessment_transition(by=world.reviewer, assessment=item, action="approve",
                                       today=first - dt.timedelta(days=1))
    assert "08/12/2025" in str(error.value)
    services.assessment_transition(by=world.reviewer, assessment=item, action="approve", today=first)
    item.refresh_from_db()
    assert item.status == AssessmentStatus.APPROVED and item.decided_by == world.reviewer
    actions = list(AuditRecord.objects.filter(target_type="assessment.assessment").values_list("action", flat=True))
    assert {"assessment.create", "assessment.edit", "assessment.publish", "assessment.approve"} <= set(actions)


def test_agencies_submit_without_publication_and_communes_cannot_skip_it(world):
    item = commune(world)
    with pytest.raises(ValidationError):
        services.assessment_transition(by=world.commune_focal, assessment=item, action="submit")
    agency = services.assessment_create(by=world.focal, criteria_set=CriteriaSet.objects.get(code="tt03-2018"),
                                        unit=world.science, year=2025)
    with pytest.raises(ValidationError):
        services.assessment_transition(by=world.focal, assessment=agency, action="publish")
    services.assessment_transition(by=world.focal, assessment=agency, action="submit")
    services.assessment_transition(by=world.reviewer, assessment=agency, action="approve")
    agency.refresh_from_db()
    assert agency.status == AssessmentStatus.APPROVED


def test_only_the_unit_scores_and_only_the_level_above_decides(world):
    item = commune(world)
    with pytest.raises(PermissionDenied):
        services.assessment_create(by=world.outsider, criteria_set=CriteriaSet.objects.get(code="qd25-2021"),
                                   unit=world.commune2, year=2025)
    with pytest.raises(PermissionDenied):
        services.assessment_edit(by=world.outsider, assessment=item, entries={})
    services.assessment_transition(by=world.commune_focal, assessment=item, action="publish", today=MONDAY)
    for user in (world.commune_focal, world.outsider, world.focal):
        with pytest.raises(PermissionDenied):
            services.assessment_transition(by=user, assessment=item, action="approve", today=dt.date(2026, 1, 5))
    with pytest.raises(ValidationError):
        services.assessment_transition(by=world.reviewer, assessment=item, action="return")  # needs a reason
    services.assessment_transition(by=world.reviewer, assessment=item, action="return", comment="Bổ sung minh chứng")
    item.refresh_from_db()
    assert item.status == AssessmentStatus.RETURNED
    with pytest.raises(ValidationError):
        services.assessment_create(by=world.commune_focal, criteria_set=CriteriaSet.objects.get(code="tt03-2018"),
                                   unit=world.commune, year=2025)  # the agency set does not apply to a commune


def test_values_are_pulled_from_plans_and_activities(world):
    plan = plan_services.plan_create(by=world.focal, unit=world.science, title="Kế hoạch PBGDPL năm 2025", number=3,
                                     year=2025, date=dt.date(2025, 1, 10))
    tasks = [plan_services.task_create(by=world.focal, plan=plan, code=str(n), title=f"Nhiệm vụ {n}",
                                       lead_units=[world.science], due_date=dt.date(2025, 6, 30)) for n in (1, 2)]
    plan_services.plan_transition(by=world.leader, plan=plan, name="issue")
    plan_services.task_report_progress(by=world.focal, task=tasks[0], unit=world.science, state="done", percent=100,
                                       on=dt.date(2025, 6, 1))
    activity(world.focal, world.science, dt.date(2025, 3, 5), participants=30, women=10,
             audiences={"can-bo": (20, 5), "dan-toc": (10, 5)})
    item = services.assessment_create(by=world.focal, criteria_set=CriteriaSet.objects.get(code="tt03-2018"),
                                      unit=world.science, year=2025)
    values = {v.indicator.code: v for v in Value.objects.filter(assessment=item).select_related("indicator")}
    assert values["1.1.2"].measured == Decimal(50) and values["1.1.2"].points == 2 and values["1.1.2"].from_data
    assert values["2.2.2"].measured == 1 and values["2.2.2"].points == 2
    assert values["2.2.3"].measured == 1 and values["2.2.3"].points == 1
    assert values["2.2.1"].measured == Decimal("22.22")  # 2 of 9 audience groups
    # a value typed over the data keeps the typed one (with evidence) on refresh
    services.assessment_edit(by=world.focal, assessment=item,
                             entries={"1.1.2": {"measured": "90", "evidence": "Báo cáo của Văn phòng Sở"}})
    services.assessment_refresh(by=world.focal, assessment=item)
    value = Value.objects.get(assessment=item, indicator__code="1.1.2")
    assert (value.measured, value.points, value.from_data) == (Decimal(90), 4, False)
