"""A science department with activities and statistical reports for the 2025 annual report."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from pbgdpl.core.testing import World
from pbgdpl.reporting import services as reporting
from pbgdpl.reporting.models import Submission
from pbgdpl.reporting.tests.factories import activity, schedule

ANNUAL = ("annual", "2025")


def activities(world: World) -> None:
    activity(world.focal, world.science, dt.date(2025, 3, 5), "hoi-nghi", sessions=2, participants=120, women=50,
             copies=120, audiences={"can-bo": (80, 30), "doanh-nghiep": (40, 20)},
             title="Hội nghị phổ biến Luật Khoa học, công nghệ và đổi mới sáng tạo")
    activity(world.focal, world.science, dt.date(2025, 6, 12), "tu-van", sessions=5, participants=186, women=60,
             audiences={"doanh-nghiep": (186, 60)}, title="Tư vấn, hướng dẫn pháp luật cho doanh nghiệp")
    activity(world.focal, world.science_inspect, dt.date(2025, 4, 2), "cong-ttdt", sessions=7,
             title="Đăng tin về Luật Tiêu chuẩn và quy chuẩn kỹ thuật")
    activity(world.focal, world.science_office, dt.date(2025, 11, 9), "ngay-phap-luat", sessions=1, participants=95,
             women=40, audiences={"can-bo": (95, 40)}, title="Hưởng ứng Ngày Pháp luật Việt Nam")
    activity(world.focal, world.science_office, dt.date(2025, 12, 15), "hoi-nghi", participants=999,
             title="Sau ngày chốt số liệu: không tính")


def submit_and_approve(world: World, unit: Any, approver: Any) -> Submission:
    sched = schedule(*ANNUAL)
    sub = Submission.objects.filter(unit=unit, schedule=sched).first() or \
        reporting.submission_create(by=world.focal, unit=unit, schedule=sched)
    reporting.submission_transition(by=world.focal, submission=sub, action="submit")
    return reporting.submission_transition(by=approver, submission=sub, action="approve")


def approve_all(world: World) -> Submission:
    submit_and_approve(world, world.science_inspect, world.leader)
    submit_and_approve(world, world.science_office, world.leader)
    return submit_and_approve(world, world.science, world.reviewer)


def docx_text(content: bytes) -> str:
    from docx import Document

    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                parts.extend(p.text for p in cell.paragraphs)
    return "\n".join(parts)
