from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from pbgdpl.core.models import AuditRecord
from pbgdpl.reporting import services
from pbgdpl.reporting.models import Activity, ActivityFact, Status, Submission
from pbgdpl.reporting.services import ActivityData

from .factories import activity, form, group, schedule

D = dt.date


def test_staff_records_an_activity_with_audiences_and_it_is_audited(world):
    item = activity(world.staff, world.science_office, D(2025, 3, 10), participants=100, women=40,
                    audiences={"can-bo": (60, 30), "nguoi-dan": (40, 10)})
    assert item.audiences.count() == 2
    assert AuditRecord.objects.filter(action="activity.create", target_id=str(item.pk)).exists()
    total = ActivityFact.objects.get(unit=world.science_office, subtree=False, audience=0)
    assert (total.activities, total.participants, total.women) == (1, 100, 40)
    assert ActivityFact.objects.get(unit=world.science_office, subtree=False, audience=group("can-bo").pk).participants == 60


def test_a_unit_cannot_record_for_another(world):
    with pytest.raises(PermissionDenied):
        activity(world.outsider, world.science_office, D(2025, 3, 10))


@pytest.mark.parametrize(("kwargs", "field"), [
    ({"participants": -1}, "participants"),
    ({"sessions": -2}, "sessions"),
    ({"participants": 10, "women": 11}, "women"),
    ({"participants": 10, "audiences": {"can-bo": (8, 0), "nguoi-dan": (5, 0)}}, "audiences"),
    ({"date_to": D(2025, 3, 1)}, "date_to"),
])
def test_bad_counts_and_dates_are_refused_with_clear_errors(world, kwargs, field):
    with pytest.raises(ValidationError) as error:
        activity(world.staff, world.science_office, D(2025, 3, 10), **kwargs)
    assert field in error.value.message_dict
    assert not Activity.objects.exists()
    assert not ActivityFact.objects.exists()


def test_future_activity_is_refused(world):
    with pytest.raises(ValidationError, match="tương lai"):
        activity(world.staff, world.science_office, dt.date.today() + dt.timedelta(days=3))


def test_update_and_delete_keep_the_summary_table_exact(world):
    item = activity(world.staff, world.science_office, D(2025, 3, 10), participants=10, audiences={"can-bo": (10, 0)})
    data = ActivityData(unit=world.science_office, title="Sửa", date_from=D(2025, 4, 2), form=form("tu-van"),
                        sessions=3, participants=7, audiences={group("nguoi-dan"): (7, 0)})
    services.activity_update(by=world.staff, activity=item, data=data)
    facts = {(f.month, f.form_id, f.audience): f for f in ActivityFact.objects.filter(subtree=False)}
    assert sum(f.activities for f in facts.values() if f.month == D(2025, 3, 1)) == 0
    assert facts[(D(2025, 4, 1), form("tu-van").pk, 0)].sessions == 3
    services.activity_delete(by=world.staff, activity=item)
    assert all(f.activities == 0 and f.participants == 0 for f in ActivityFact.objects.all())


def test_a_second_report_for_the_same_unit_and_period_is_refused(world):
    h1 = schedule("semiannual", "2025-H1")
    services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    with pytest.raises(ValidationError, match="đã có"):
        services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    assert Submission.objects.filter(unit=world.science, schedule=h1).count() == 1


def test_report_figures_come_from_activities_in_the_window_only(world):
    h1 = schedule("semiannual", "2025-H1")
    activity(world.focal, world.science, D(2025, 2, 1), participants=50, women=20)
    activity(world.focal, world.science, D(2025, 5, 31), "tu-sach")
    activity(world.focal, world.science, D(2025, 6, 1), participants=999)  # after the 31/5 cut-off
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    values = {v.indicator.code: v.total for v in sub.values.select_related("indicator")}
    assert values["TONG_HD"] == 2
    assert values["TONG_NG"] == 50
    assert values["HN_NG"] == 50
    assert values["TS_MOI"] == 1
    assert values["NU_TYLE"] == Decimal("40.00")


def test_manual_values_and_formulas(world):
    h1 = schedule("semiannual", "2025-H1")
    item = activity(world.focal, world.science, D(2025, 2, 1), participants=5)
    services.activity_update(by=world.focal, activity=item, data=ActivityData(
        unit=world.science, title="x", date_from=D(2025, 2, 1), form=form("hoi-nghi"), participants=5,
        costs={services.BudgetItem.objects.get(code="hoi-nghi"): Decimal(2_000_000)}))
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    services.submission_edit(by=world.focal, submission=sub, manual={"KP_GIAO": "8.000.000"}, notes={"results": "Tốt"})
    values = {v.indicator.code: v.total for v in sub.values.select_related("indicator")}
    assert values["KP_CHI"] == 2_000_000
    assert values["KP_TYLE"] == Decimal("25.00")
    with pytest.raises(ValidationError):
        services.submission_edit(by=world.focal, submission=sub, manual={"KP_GIAO": "-5"})
    with pytest.raises(ValidationError):
        services.submission_edit(by=world.focal, submission=sub, manual={"TONG_NG": "5"})


def test_workflow_submit_return_resubmit_approve_and_lock(world):
    h1 = schedule("semiannual", "2025-H1")
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    services.submission_transition(by=world.focal, submission=sub, action="submit")
    with pytest.raises(ValidationError, match="Cần ghi rõ"):
        services.submission_transition(by=world.reviewer, submission=sub, action="return")
    services.submission_transition(by=world.reviewer, submission=sub, action="return", comment="Bổ sung số liệu")
    sub.refresh_from_db()
    assert sub.status == Status.RETURNED and sub.review_comment == "Bổ sung số liệu"
    services.submission_transition(by=world.focal, submission=sub, action="submit")
    services.submission_transition(by=world.reviewer, submission=sub, action="approve")
    sub.refresh_from_db()
    assert sub.status == Status.APPROVED
    assert [e.action for e in sub.events.all()] == ["submit", "return", "submit", "approve"]
    with pytest.raises(ValidationError, match="không sửa được"):
        services.submission_edit(by=world.focal, submission=sub, notes={"results": "sửa"})
    with pytest.raises(ValidationError, match="đã gửi hoặc đã duyệt"):
        activity(world.focal, world.science, D(2025, 3, 3))
    activity(world.focal, world.science, D(2025, 6, 3))  # outside the locked window: fine
    with pytest.raises(ValidationError, match="Cần ghi rõ"):
        services.submission_transition(by=world.reviewer, submission=sub, action="reopen")
    services.submission_transition(by=world.reviewer, submission=sub, action="reopen", comment="Sai số liệu")
    assert AuditRecord.objects.filter(action="report.reopen").exists()
    activity(world.focal, world.science, D(2025, 3, 3))


@pytest.mark.parametrize(("action", "who"), [
    ("approve", "focal"), ("approve", "leader"), ("approve", "outsider"), ("return", "staff"),
])
def test_only_the_level_above_decides(world, action, who):
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=schedule("semiannual", "2025-H1"))
    services.submission_transition(by=world.focal, submission=sub, action="submit")
    with pytest.raises(PermissionDenied):
        services.submission_transition(by=getattr(world, who), submission=sub, action=action, comment="x")


def test_a_unit_cannot_submit_for_another(world):
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=schedule("semiannual", "2025-H1"))
    with pytest.raises(PermissionDenied):
        services.submission_transition(by=world.outsider, submission=sub, action="submit")
    with pytest.raises(PermissionDenied):
        services.submission_create(by=world.outsider, unit=world.science, schedule=schedule("annual", "2025"))
    with pytest.raises(PermissionDenied):
        services.submission_transition(by=world.staff, submission=sub, action="submit")


def test_approving_twice_or_submitting_a_submitted_report_is_refused(world):
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=schedule("semiannual", "2025-H1"))
    stale = Submission.objects.get(pk=sub.pk)
    services.submission_transition(by=world.focal, submission=sub, action="submit")
    with pytest.raises(ValidationError, match="Đã gửi"):
        services.submission_transition(by=world.focal, submission=stale, action="submit")
    services.submission_transition(by=world.reviewer, submission=sub, action="approve")
    with pytest.raises(ValidationError):
        services.submission_transition(by=world.reviewer, submission=stale, action="approve")
    assert sub.events.filter(action="submit").count() == 1


def test_department_total_is_own_plus_approved_units_below(world):
    h1 = schedule("semiannual", "2025-H1")
    activity(world.staff, world.science_office, D(2025, 2, 1), participants=30)
    activity(world.focal, world.science_inspect, D(2025, 2, 1), participants=20)
    activity(world.focal, world.science, D(2025, 2, 1), participants=5)
    office = services.submission_create(by=world.focal, unit=world.science_office, schedule=h1)
    inspect = services.submission_create(by=world.focal, unit=world.science_inspect, schedule=h1)
    for sub in (office, inspect):
        services.submission_transition(by=world.focal, submission=sub, action="submit")
    services.submission_transition(by=world.leader, submission=office, action="approve")  # inspect not approved yet
    dept = services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    values = {v.indicator.code: v for v in dept.values.select_related("indicator")}
    assert values["TONG_NG"].own == 5
    assert values["TONG_NG"].total == 35
    services.submission_transition(by=world.leader, submission=inspect, action="approve")
    services.submission_refresh(by=world.focal, submission=dept)
    assert dept.values.get(indicator__code="TONG_NG").total == 55



def test_laws_are_kept_as_text_and_linked_when_in_the_library(world):
    from pbgdpl.library.models import Document

    doc = Document.objects.create(number="64/2025/QH15", title="Luật Ban hành văn bản quy phạm pháp luật")
    item = activity(world.staff, world.science_office, D(2025, 3, 10),
                    laws="64/2025/QH15; 99/2099/QH99")
    assert item.law_numbers == ["64/2025/QH15", "99/2099/QH99"]
    assert list(item.documents.all()) == [doc]
