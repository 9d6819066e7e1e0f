"""One demo account per role, printed by ``make run``."""

from __future__ import annotations

from typing import Any

from pbgdpl.org.models import Unit

from .models import RoleAssignment, User
from .roles import Role

ORDER = 20
PASSWORD = "demo12345"  # noqa: S105 - printed demo login, demo data only

# username, full name, unit abbreviation path, position, role, scope (None: own unit)
ACCOUNTS = [
    ("admin", "Quản trị hệ thống", None, "Quản trị viên", Role.ADMIN, None),
    ("lanhdao.skhcn", "Nguyễn Văn Hùng", "SKHCN", "Phó Giám đốc Sở", Role.LEADER, None),
    ("daumoi.skhcn", "Trần Thị Mai", "SKHCN/TTr", "Thanh tra viên, đầu mối PBGDPL", Role.FOCAL, "SKHCN"),
    ("canbo.vp", "Lê Minh Tuấn", "SKHCN/VP", "Chuyên viên", Role.STAFF, None),
    ("thamdinh.stp", "Phạm Thu Hà", "STP/PBGDPL", "Chuyên viên Phòng PBGDPL", Role.REVIEWER, "UBND"),
    ("daumoi.phohien", "Đỗ Văn Nam", "PHOHIEN", "Công chức Tư pháp - Hộ tịch", Role.FOCAL, None),
]


def _find(code: str | None) -> Unit | None:
    if code is None:
        return None
    if code == "UBND":
        return Unit.objects.get(parent=None)
    if code == "PHOHIEN":
        return Unit.objects.get(name__endswith="phường Phố Hiến")
    parts = code.split("/")
    unit = Unit.objects.get(abbreviation=parts[0], parent__parent=None)
    for part in parts[1:]:
        unit = Unit.objects.get(abbreviation=part, parent=unit)
    return unit


def load(log: Any) -> None:
    for username, full_name, unit_code, position, role, scope in ACCOUNTS:
        if User.objects.filter(username=username).exists():
            continue
        user = User(username=username, full_name=full_name, unit=_find(unit_code) or _find("UBND"),
                    position=position, email=f"{username}@hungyen.example.vn",
                    is_superuser=role == Role.ADMIN, is_staff=role == Role.ADMIN)
        user.set_password(PASSWORD)
        user.save()
        RoleAssignment.objects.create(user=user, role=role, unit=_find(scope))
    log(f"Tài khoản: {User.objects.count()}")


def logins() -> list[tuple[str, str, str]]:
    return [(username, PASSWORD, str(Role(role).label)) for username, _, _, _, role, _ in ACCOUNTS]
