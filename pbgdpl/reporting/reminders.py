"""Reminders before due dates, for cron: each (schedule, unit, stage) is sent at most once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from pbgdpl.accounts.roles import Role
from pbgdpl.org.models import Unit

from . import selectors
from .models import Reminder, Schedule, Submission

DEFAULT_DAYS = (7, 1)


@dataclass
class Sent:
    schedule: Schedule
    unit: Unit
    stage: str
    due: dt.date
    recipients: list[str]


def due_reminders(*, today: dt.date, days: tuple[int, ...] = DEFAULT_DAYS) -> list[Sent]:
    """Send what is due today and record it; a second run the same day (or the next) sends nothing new."""
    sent: list[Sent] = []
    horizon = today + dt.timedelta(days=max(days))
    for schedule in Schedule.objects.filter(default_due__gte=today - dt.timedelta(days=60)) \
            .select_related("report_type").prefetch_related("deadlines"):
        dues = [d.due for d in schedule.deadlines.all()] + [schedule.default_due]
        if not any(today <= due <= horizon for due in dues):
            continue
        done = set(Submission.objects.filter(schedule=schedule, first_submitted_at__isnull=False)
                   .values_list("unit_id", flat=True))
        parents = Unit.objects.active_on(schedule.cutoff).filter(children__isnull=False).distinct()
        for parent in parents:
            for unit in selectors.expected_reporters(parent, schedule):
                if unit.pk in done:
                    continue
                due = schedule.due_for(unit)
                left = (due - today).days
                stages = [d for d in sorted(days) if 0 <= left <= d]
                if not stages:
                    continue
                stage = f"d{stages[0]}"
                recipients = selectors.unit_contacts(unit, (Role.FOCAL, Role.LEADER))
                try:
                    with transaction.atomic():
                        Reminder.objects.create(schedule=schedule, unit=unit, stage=stage,
                                                recipients=", ".join(recipients))
                except IntegrityError:
                    continue
                if recipients:
                    when = due.strftime("%d/%m/%Y")
                    send_mail(_("[PBGDPL] Nhắc hạn gửi %(s)s (%(d)s)") % {"s": schedule, "d": when},
                              _("%(u)s chưa gửi %(s)s. Hạn gửi: %(d)s.") % {"u": unit.name, "s": schedule, "d": when},
                              None, recipients,
                              fail_silently=True)
                sent.append(Sent(schedule, unit, stage, due, recipients))
    return sent
