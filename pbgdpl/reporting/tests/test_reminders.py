from __future__ import annotations

import datetime as dt
import io

from django.core import mail
from django.core.management import call_command

from pbgdpl.reporting import services
from pbgdpl.reporting.models import Reminder

from .factories import schedule


def test_reminders_go_once_to_units_that_have_not_sent(world):
    h1 = schedule("semiannual", "2025-H1")
    sub = services.submission_create(by=world.focal, unit=world.science, schedule=h1)
    services.submission_transition(by=world.focal, submission=sub, action="submit")
    out = io.StringIO()
    call_command("reporting_remind", today="2025-05-31", stdout=out)  # departments due 06/6: 6 days left
    units = set(Reminder.objects.values_list("unit_id", flat=True))
    assert world.science.pk not in units  # already sent
    assert world.culture.pk in units and world.science_office.pk in units
    assert world.council.pk not in units  # the council is not a reporter
    assert world.ict.pk not in units and world.commune.pk not in units  # not existing on the 31/5 cut-off
    assert any("outsider@example.vn" in m.to for m in mail.outbox)
    count = Reminder.objects.count()
    sent = len(mail.outbox)
    call_command("reporting_remind", today="2025-05-31", stdout=io.StringIO())
    call_command("reporting_remind", today="2025-06-02", stdout=io.StringIO())
    assert Reminder.objects.count() == count and len(mail.outbox) == sent  # no duplicates
    call_command("reporting_remind", today="2025-06-05", stdout=io.StringIO())  # the 1-day stage
    assert Reminder.objects.filter(stage="d1").exists()


def test_no_reminders_long_before_the_due_date(world):
    call_command("reporting_remind", today=dt.date(2025, 3, 1).isoformat(), stdout=io.StringIO())
    assert not Reminder.objects.exists()
