"""Test helpers shared by every app: a small province with one account per role.

Use the ``world`` fixture (see conftest.py) rather than building units by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pbgdpl.accounts.models import RoleAssignment, User
from pbgdpl.accounts.roles import Role
from pbgdpl.org.models import GenericGroup, Unit, UnitType

PASSWORD = "test-pass-123"  # noqa: S105 - test fixture


def make_unit(name: str, parent: Unit | None = None, *, type: str = UnitType.DEPARTMENT, abbreviation: str = "",
              short_name: str = "", valid_from: dt.date | None = None, valid_to: dt.date | None = None,
              sort_order: int = 0) -> Unit:
    unit = Unit.objects.create(name=name, parent=parent, type=type, abbreviation=abbreviation,
                               short_name=short_name, valid_from=valid_from, valid_to=valid_to,
                               sort_order=sort_order)
    unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
    unit.depth = parent.depth + 1 if parent else 0
    unit.save(update_fields=["path", "depth"])
    return unit


def make_user(username: str, unit: Unit | None, role: str | None = None, *, scope: Unit | None = None,
              **extra: Any) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, unit=unit,
                                    full_name=extra.pop("full_name", username.title()),
                                    email=extra.pop("email", f"{username}@example.vn"), **extra)
    if role == Role.ADMIN:
        user.is_superuser = True
        user.is_staff = True
        user.save()
    if role:
        RoleAssignment.objects.create(user=user, role=role, unit=scope)
    return user


@dataclass
class World:
    province: Unit
    council: Unit
    justice: Unit
    science: Unit
    science_inspect: Unit
    science_office: Unit
    culture: Unit
    ict: Unit
    commune: Unit
    commune2: Unit
    users: dict[str, User] = field(default_factory=dict)

    @property
    def admin(self) -> User:
        return self.users["admin"]

    @property
    def leader(self) -> User:
        return self.users["leader"]

    @property
    def focal(self) -> User:
        return self.users["focal"]

    @property
    def staff(self) -> User:
        return self.users["staff"]

    @property
    def reviewer(self) -> User:
        return self.users["reviewer"]

    @property
    def outsider(self) -> User:
        """A focal point of another department: must not touch the science department's things."""
        return self.users["outsider"]

    @property
    def commune_focal(self) -> User:
        return self.users["commune_focal"]


def make_world() -> World:
    province = make_unit("Ủy ban nhân dân tỉnh Hưng Yên", type=UnitType.PROVINCE, abbreviation="UBND", short_name="UBND tỉnh")
    council = make_unit("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", province, type=UnitType.COUNCIL, abbreviation="HĐPH")
    justice = make_unit("Sở Tư pháp", province, abbreviation="STP")
    science = make_unit("Sở Khoa học và Công nghệ", province, abbreviation="SKHCN", short_name="Sở KH&CN")
    inspect = make_unit("Thanh tra Sở", science, type=UnitType.INTERNAL, abbreviation="TTr")
    office = make_unit("Văn phòng Sở", science, type=UnitType.INTERNAL, abbreviation="VP")
    culture = make_unit("Sở Văn hóa, Thể thao và Du lịch", province, abbreviation="SVHTTDL")
    ict = make_unit("Sở Thông tin và Truyền thông", province, abbreviation="STTTT", valid_to=dt.date(2025, 3, 1))
    commune = make_unit("Ủy ban nhân dân phường Phố Hiến", province, type=UnitType.COMMUNE, valid_from=dt.date(2025, 7, 1))
    commune2 = make_unit("Ủy ban nhân dân xã Như Quỳnh", province, type=UnitType.COMMUNE, valid_from=dt.date(2025, 7, 1))
    GenericGroup.objects.create(name="Các phòng, đơn vị", aliases="Các phòng, đơn vị thuộc Sở", relative=True,
                                unit_types=[UnitType.INTERNAL])
    GenericGroup.objects.create(name="Các sở, ban, ngành, đoàn thể tỉnh", aliases="Các sở, ban, ngành",
                                anchor=province, unit_types=[UnitType.DEPARTMENT, UnitType.ORGANISATION])
    GenericGroup.objects.create(name="UBND các xã, phường", aliases="UBND các xã, phường, đặc khu", anchor=province,
                                unit_types=[UnitType.COMMUNE])
    world = World(province, council, justice, science, inspect, office, culture, ict, commune, commune2)
    world.users = {
        "admin": make_user("admin", province, Role.ADMIN),
        "leader": make_user("leader", science, Role.LEADER),
        "focal": make_user("focal", inspect, Role.FOCAL, scope=science),
        "staff": make_user("staff", office, Role.STAFF),
        "reviewer": make_user("reviewer", justice, Role.REVIEWER, scope=province),
        "outsider": make_user("outsider", culture, Role.FOCAL),
        "commune_focal": make_user("commune_focal", commune, Role.FOCAL),
    }
    return world
