"""Demo unit tree: a province shaped like the seed documents, with the 2025 reform as dated history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pbgdpl.org.models import GenericGroup, Succession, SuccessionKind, Unit, UnitType

ORDER = 10
MERGE_ICT = dt.date(2025, 3, 1)
NO_DISTRICTS = dt.date(2025, 7, 1)

PROVINCE = ("Ủy ban nhân dân tỉnh Hưng Yên", "UBND tỉnh", "UBND", UnitType.PROVINCE)
CHILDREN: list[tuple[str, str, str, str, dict[str, Any]]] = [
    ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", "Hội đồng PHPBGDPL tỉnh", "HĐPH", UnitType.COUNCIL, {}),
    ("Sở Tư pháp", "Sở Tư pháp", "STP", UnitType.DEPARTMENT, {}),
    ("Sở Khoa học và Công nghệ", "Sở KH&CN", "SKHCN", UnitType.DEPARTMENT, {}),
    ("Sở Thông tin và Truyền thông", "Sở TT&TT", "STTTT", UnitType.DEPARTMENT, {"valid_to": MERGE_ICT}),
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "SVHTTDL", UnitType.DEPARTMENT, {}),
    ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "SGDĐT", UnitType.DEPARTMENT, {}),
    ("Sở Nội vụ", "Sở Nội vụ", "SNV", UnitType.DEPARTMENT, {}),
    ("Sở Tài chính", "Sở Tài chính", "STC", UnitType.DEPARTMENT, {}),
    ("Sở Y tế", "Sở Y tế", "SYT", UnitType.DEPARTMENT, {}),
    ("Công an tỉnh", "Công an tỉnh", "CAT", UnitType.DEPARTMENT, {}),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "UBMTTQ tỉnh", "MTTQ", UnitType.ORGANISATION, {}),
    ("Tỉnh đoàn Hưng Yên", "Tỉnh đoàn", "TĐ", UnitType.ORGANISATION, {}),
]
SKHCN_UNITS = [
    ("Văn phòng Sở", "VP"), ("Thanh tra Sở", "TTr"), ("Phòng Kế hoạch - Tài chính", "KHTC"),
    ("Phòng Quản lý khoa học", "QLKH"), ("Phòng Hành chính - Tổng hợp", "HCTH"),
    ("Phòng Bưu chính, Viễn thông và Chuyển đổi số", "BCVT"),
    ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "CCTĐC"),
    ("Trung tâm Thông tin, Thống kê, Ứng dụng khoa học và công nghệ", "TTTK"),
]
DISTRICTS = [
    ("Ủy ban nhân dân thành phố Hưng Yên", "UBND TP Hưng Yên"),
    ("Ủy ban nhân dân thị xã Mỹ Hào", "UBND TX Mỹ Hào"),
    ("Ủy ban nhân dân huyện Văn Lâm", "UBND H. Văn Lâm"),
]
# Communes created by the 2025 reform, each with the district whose work it inherited.
COMMUNES = [
    ("Ủy ban nhân dân phường Phố Hiến", "UBND P. Phố Hiến", 0),
    ("Ủy ban nhân dân phường Sơn Nam", "UBND P. Sơn Nam", 0),
    ("Ủy ban nhân dân phường Hồng Châu", "UBND P. Hồng Châu", 0),
    ("Ủy ban nhân dân phường Mỹ Hào", "UBND P. Mỹ Hào", 1),
    ("Ủy ban nhân dân phường Đường Hào", "UBND P. Đường Hào", 1),
    ("Ủy ban nhân dân xã Như Quỳnh", "UBND xã Như Quỳnh", 2),
    ("Ủy ban nhân dân xã Lạc Đạo", "UBND xã Lạc Đạo", 2),
]
GROUPS = [
    ("Các phòng, đơn vị", "Các phòng, đơn vị thuộc Sở\nCác phòng, đơn vị trực thuộc Sở\nCác phòng, đơn vị thuộc, trực thuộc Sở\nCác đơn vị thuộc Sở",
     True, [UnitType.INTERNAL]),
    ("Các sở, ban, ngành, đoàn thể tỉnh", "Các sở, ban, ngành\nCác sở, ban, ngành tỉnh\nCác cơ quan, đơn vị, đoàn thể tỉnh\nCác sở, ngành, đoàn thể tỉnh",
     False, [UnitType.DEPARTMENT, UnitType.ORGANISATION]),
    ("UBND các xã, phường", "UBND các xã, phường, đặc khu\nỦy ban nhân dân các xã, phường\nUBND cấp xã", False, [UnitType.COMMUNE]),
    ("UBND các huyện, thị xã, thành phố", "UBND các huyện, thành phố\nỦy ban nhân dân các huyện, thị xã, thành phố\nUBND cấp huyện",
     False, [UnitType.DISTRICT]),
]


def _unit(name: str, short: str, abbr: str, kind: str, parent: Unit | None, order: int, **extra: Any) -> Unit:
    unit, _ = Unit.objects.get_or_create(name=name, parent=parent, defaults={
        "short_name": short, "abbreviation": abbr, "type": kind, "sort_order": order,
        "valid_from": extra.get("valid_from", dt.date(2008, 1, 1)), "valid_to": extra.get("valid_to"),
    })
    unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
    unit.depth = parent.depth + 1 if parent else 0
    unit.save(update_fields=["path", "depth"])
    return unit


def load(log: Any) -> None:
    if Unit.objects.exists():
        log("Đơn vị: đã có, bỏ qua")
        return
    province = _unit(*PROVINCE, None, 0)
    made = {}
    for order, (name, short, abbr, kind, extra) in enumerate(CHILDREN, start=1):
        made[abbr] = _unit(name, short, abbr, kind, province, order, **extra)
    skhcn = made["SKHCN"]
    for order, (name, abbr) in enumerate(SKHCN_UNITS, start=1):
        extra = {"valid_from": MERGE_ICT} if abbr == "BCVT" else {}
        _unit(name, name, abbr, UnitType.INTERNAL, skhcn, order, **extra)
    for order, (name, abbr) in enumerate([("Văn phòng Sở", "VP"), ("Phòng Phổ biến, giáo dục pháp luật", "PBGDPL")], 1):
        _unit(name, name, abbr, UnitType.INTERNAL, made["STP"], order)
    Succession.objects.create(predecessor=made["STTTT"], successor=skhcn, kind=SuccessionKind.MERGE, on=MERGE_ICT,
                              note="Hợp nhất Sở Thông tin và Truyền thông vào Sở Khoa học và Công nghệ")
    districts = [_unit(name, short, "UBND", UnitType.DISTRICT, province, 50 + i, valid_to=NO_DISTRICTS)
                 for i, (name, short) in enumerate(DISTRICTS)]
    for i, (name, short, district) in enumerate(COMMUNES):
        commune = _unit(name, short, "UBND", UnitType.COMMUNE, province, 100 + i, valid_from=NO_DISTRICTS)
        Succession.objects.get_or_create(predecessor=districts[district], successor=commune,
                                         defaults={"kind": SuccessionKind.SPLIT, "on": NO_DISTRICTS})
    for name, aliases, relative, types in GROUPS:
        GenericGroup.objects.get_or_create(name=name, defaults={
            "aliases": aliases, "relative": relative, "anchor": None if relative else province,
            "unit_types": [str(t) for t in types]})
    log(f"Đơn vị: {Unit.objects.count()} đơn vị, {GenericGroup.objects.count()} nhóm")
