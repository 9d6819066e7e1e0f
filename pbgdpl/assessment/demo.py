"""Demo data: self-assessments in different states — Sở KH&CN (submitted), Sở Tư pháp (draft), phường Phố Hiến
(published, waiting for the level above) and a second commune (approved)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pbgdpl.accounts.models import User
from pbgdpl.org.models import Unit, UnitType

from . import services
from .models import Assessment, CriteriaSet

ORDER = 70
COMMUNE_POINTS = {"1.1.1": "9", "2.1.1": "8", "2.2.2": "7", "3.2.1": "10", "4.1.1": "16", "5.1.1": "9", "5.2.1": "8"}
COMMUNE_MEASURED = {"2.2.1": "78", "3.1.1": "85"}
AGENCY_POINTS = {"1.1.1": "4", "1.2.1": "3", "3.1.1": "4", "3.2.1": "3", "4.1.1": "3", "4.1.2": "4", "5.1.1": "4"}


def _score(by: Any, item: Assessment, points: dict[str, str], measured: dict[str, str] | None = None) -> None:
    entries: dict[str, dict[str, Any]] = {c: {"points": p, "evidence": "Hồ sơ lưu tại đơn vị"} for c, p in points.items()}
    entries.update({c: {"measured": m, "evidence": "Số liệu báo cáo năm"} for c, m in (measured or {}).items()})
    services.assessment_edit(by=by, assessment=item, entries=entries)


def load(log: Any) -> None:
    if Assessment.objects.exists():
        log("Tự đánh giá: đã có, bỏ qua")
        return
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    focal = User.objects.filter(username="daumoi.skhcn").first() or admin
    commune_focal = User.objects.filter(username="daumoi.phohien").first() or admin
    reviewer = User.objects.filter(username="thamdinh.stp").first() or admin
    province = Unit.objects.filter(parent=None).first()
    if admin is None or province is None:
        log("Tự đánh giá: chưa có đơn vị, tài khoản, bỏ qua")
        return
    agency_set = CriteriaSet.objects.get(code="tt03-2018")
    commune_set = CriteriaSet.objects.get(code="qd25-2021")
    by_abbr = {u.abbreviation: u for u in Unit.objects.filter(parent=province)}
    if "SKHCN" in by_abbr:
        item = services.assessment_create(by=focal, criteria_set=agency_set, unit=by_abbr["SKHCN"], year=2025)
        _score(focal, item, AGENCY_POINTS)
        services.assessment_transition(by=focal, assessment=item, action="submit")
    if "STP" in by_abbr:
        services.assessment_create(by=admin, criteria_set=agency_set, unit=by_abbr["STP"], year=2025)
    communes = list(Unit.objects.filter(type=UnitType.COMMUNE, name__endswith="Phố Hiến")) + list(
        Unit.objects.filter(type=UnitType.COMMUNE).exclude(name__endswith="Phố Hiến").order_by("sort_order")[:1])
    today = dt.date.today()  # noqa: DTZ011 - demo: published a day ago, still inside the 5-day window
    for position, unit in enumerate(communes):
        by = commune_focal if position == 0 else admin
        item = services.assessment_create(by=by, criteria_set=commune_set, unit=unit, year=2025)
        _score(by, item, COMMUNE_POINTS, COMMUNE_MEASURED)
        if position == 0:
            services.assessment_transition(by=by, assessment=item, action="publish", today=today - dt.timedelta(days=1))
        else:
            services.assessment_transition(by=by, assessment=item, action="publish", today=dt.date(2025, 12, 1))
            services.assessment_transition(by=reviewer, assessment=item, action="approve", today=dt.date(2025, 12, 10))
    log(f"Tự đánh giá: {Assessment.objects.count()} bản")
