from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command

from pbgdpl.accounts.roles import Role
from pbgdpl.core.testing import make_user
from pbgdpl.plans import services
from pbgdpl.plans.models import Notification, PlanSnapshot, SentReminder
from pbgdpl.plans.reminders import send_reminders
from pbgdpl.plans.tests.factories import province_plan, science_task

pytestmark = pytest.mark.django_db(transaction=True)  # e-mails go out on commit


@pytest.fixture
def plan(world):
    plan = province_plan(world)
    science_task(world, plan, code="1", title="Hội nghị sắp đến hạn", timeframe="", due_date=dt.date(2024, 9, 30))
    science_task(world, plan, code="2", title="Báo cáo quá hạn", timeframe="", due_date=dt.date(2024, 6, 30))
    science_task(world, plan, code="3", title="Chờ hướng dẫn", timeframe="Năm 2024, khi có hướng dẫn của Sở Tư pháp")
    science_task(world, plan, code="4", title="Xa hạn", timeframe="Năm 2024")
    return services.plan_transition(by=world.admin, plan=plan, name="issue")


def test_it_reminds_the_lead_units_focal_point_once(world, plan):
    result = send_reminders(today=dt.date(2024, 9, 25), days_ahead=7)
    assert (result.due_soon, result.overdue) == (1, 1)
    reminders = Notification.objects.filter(kind__startswith="reminder.")
    titles = sorted(reminders.filter(user=world.focal).values_list("title", flat=True))
    assert len(titles) == 2 and any("Quá hạn: Báo cáo quá hạn" in t for t in titles)
    assert any("Sắp đến hạn: Hội nghị" in t for t in titles)
    assert {m.to[0] for m in mail.outbox} == {world.focal.email}
    assert not reminders.filter(user=world.outsider).exists()

    again = send_reminders(today=dt.date(2024, 9, 25), days_ahead=7)
    assert (again.due_soon, again.overdue, again.notifications) == (0, 0, 0)
    assert reminders.filter(user=world.focal).count() == 2
    assert SentReminder.objects.filter(unit=world.science).count() == 2


def test_overdue_reminders_repeat_weekly_not_daily(world, plan):
    send_reminders(today=dt.date(2024, 9, 23))
    assert send_reminders(today=dt.date(2024, 9, 24)).overdue == 0
    assert send_reminders(today=dt.date(2024, 9, 30)).overdue >= 1


def test_done_tasks_are_not_reminded(world, plan):
    task = plan.tasks.get(code="2")
    services.task_report_progress(by=world.focal, task=task, unit=world.science, state="done", percent=100)
    assert send_reminders(today=dt.date(2024, 9, 25)).overdue == 0


def test_the_command_runs_and_takes_a_snapshot(world, plan, capsys):
    call_command("send_reminders", "--today", "25/09/2024", "--days", "7")
    out = capsys.readouterr().out
    assert "sắp đến hạn 1, quá hạn 1" in out
    snap = PlanSnapshot.objects.get(plan=plan, on=dt.date(2024, 9, 25))
    assert (snap.overdue, snap.waiting, snap.total) == (1, 1, 4)


def test_a_coordinating_units_focal_point_is_reminded_once_with_its_own_text(world, plan):
    justice_focal = make_user("justice_focal", world.justice, Role.FOCAL)
    result = send_reminders(today=dt.date(2024, 9, 25), days_ahead=7)
    assert (result.due_soon, result.overdue, result.coordinating) == (1, 1, 2)
    mine = Notification.objects.filter(user=justice_focal)
    titles = sorted(mine.values_list("title", flat=True))
    assert len(titles) == 2
    assert any(t.startswith("Đơn vị phối hợp — quá hạn: Báo cáo quá hạn") for t in titles)
    assert any(t.startswith("Đơn vị phối hợp — sắp đến hạn: Hội nghị") for t in titles)
    assert all("là đơn vị phối hợp" in body for body in mine.values_list("body", flat=True))
    assert set(mine.values_list("kind", flat=True)) == {"reminder.coordinating.overdue", "reminder.coordinating.due_soon"}
    assert sorted(m.subject for m in mail.outbox if m.to == [justice_focal.email]) == titles
    # The lead unit's focal point gets the lead text, not the coordinating one.
    assert not Notification.objects.filter(user=world.focal, title__startswith="Đơn vị phối hợp").exists()

    again = send_reminders(today=dt.date(2024, 9, 25), days_ahead=7)
    assert (again.coordinating, again.notifications) == (0, 0)
    assert mine.count() == 2


def test_a_unit_neither_lead_nor_coordinating_gets_no_reminder(world, plan):
    culture_focal = world.outsider  # focal point of Sở VHTTDL, which has no part in the plan's tasks
    make_user("justice_focal", world.justice, Role.FOCAL)
    send_reminders(today=dt.date(2024, 9, 25), days_ahead=7)
    assert not Notification.objects.filter(user=culture_focal).exists()
    assert culture_focal.email not in {m.to[0] for m in mail.outbox}


def test_a_coordinating_unit_is_not_reminded_of_a_task_its_lead_has_finished(world, plan):
    justice_focal = make_user("justice_focal", world.justice, Role.FOCAL)
    task = plan.tasks.get(code="2")
    services.task_report_progress(by=world.focal, task=task, unit=world.science, state="done", percent=100)
    send_reminders(today=dt.date(2024, 9, 25), days_ahead=7)
    assert not Notification.objects.filter(user=justice_focal, title__contains="Báo cáo quá hạn").exists()


def test_one_person_answering_for_the_lead_and_a_coordinating_unit_gets_one_reminder(world, plan):
    task = plan.tasks.get(code="1")
    services.task_update(by=world.admin, task=task, version=task.version, coordinating_units=[world.science_inspect])
    send_reminders(today=dt.date(2024, 9, 25), days_ahead=7)
    # world.focal answers for Sở KH&CN (lead) and its Thanh tra Sở (coordinating): one reminder for the task.
    assert Notification.objects.filter(user=world.focal, title__contains="Hội nghị").count() == 1
