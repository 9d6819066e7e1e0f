from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command

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
    assert SentReminder.objects.count() == 2


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
