from __future__ import annotations

from decimal import Decimal
from typing import Any

from pbgdpl.assessment import services
from pbgdpl.assessment.models import Assessment, CriteriaSet
from pbgdpl.core.testing import World

# Points per indicator that total 100 in the QĐ 25 set as shipped.
FULL = {"1.1.1": 10, "2.1.1": 10, "2.2.2": 10, "3.2.1": 10, "4.1.1": 20, "5.1.1": 10, "5.2.1": 10}
FULL_MEASURED = {"2.2.1": 100, "3.1.1": 100}


def commune(world: World, year: int = 2025) -> Assessment:
    return services.assessment_create(by=world.commune_focal, criteria_set=CriteriaSet.objects.get(code="qd25-2021"),
                                      unit=world.commune, year=year)


def enter(world: World, item: Assessment, points: dict[str, Any], measured: dict[str, Any] | None = None,
          **extra: Any) -> Assessment:
    entries: dict[str, dict[str, Any]] = {code: {"points": str(Decimal(str(p))), "evidence": "Biên bản kiểm tra"}
                                          for code, p in points.items()}
    for code, value in (measured or {}).items():
        entries[code] = {"measured": str(value), "evidence": "Số liệu báo cáo"}
    return services.assessment_edit(by=world.commune_focal, assessment=item, entries=entries, **extra)
