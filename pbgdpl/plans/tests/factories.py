"""Plans built for tests on top of the ``world`` fixture."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pbgdpl.core.testing import World
from pbgdpl.plans import services
from pbgdpl.plans.models import Plan, Programme, Task


def province_plan(world: World, **extra: Any) -> Plan:
    fields: dict[str, Any] = {
        "by": world.admin, "unit": world.province, "title": "Triển khai Đề án 977 năm 2024", "number": 162,
        "year": 2024, "date": dt.date(2024, 3, 15), "place": "Hưng Yên", "programme": Programme.DE_AN_977,
        "signer_prefix": "KT.", "signer_title": "PHÓ CHỦ TỊCH", "signer_name": "Nguyễn Văn A",
        "recipients": ["Bộ Tư pháp", "Các sở, ban, ngành"], "legal_bases": ["Quyết định số 977/QĐ-TTg ngày 11/8/2022"],
    }
    fields.update(extra)
    return services.plan_create(**fields)


def science_task(world: World, plan: Plan, code: str = "1", **extra: Any) -> Task:
    fields: dict[str, Any] = {
        "by": world.admin, "plan": plan, "code": code, "title": "Tổ chức hội nghị phổ biến pháp luật",
        "lead_units": [world.science], "coordinating_units": [world.justice], "timeframe": "Quý III/2024",
    }
    fields.update(extra)
    return services.task_create(**fields)
