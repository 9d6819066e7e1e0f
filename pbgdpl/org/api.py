from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Router, Schema

from pbgdpl.core import policy

from .models import Unit

router = Router(tags=["units"])


class UnitOut(Schema):
    id: int
    name: str
    short_name: str
    abbreviation: str
    type: str
    parent_id: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None


@router.get("/units", response=list[UnitOut], summary="Danh sách đơn vị (phẳng)")
def list_units(request: HttpRequest, on: dt.date | None = None) -> list[Unit]:
    """All units as a flat list; ``on=YYYY-MM-DD`` keeps only those that exist on that date."""
    policy.require(request.user, "view", Unit)
    units = Unit.objects.active_on(on) if on is not None else Unit.objects.all()
    return list(policy.visible(request.user, units.order_by("path")))
