"""How a list of units is cut into names: a model of a Vietnamese unit name (issue 4, set 3 misses).

A unit's name starts with a head word (Sở, Ban, Hội, Công đoàn, UBND, MTTQ, …), a person's title
(Trưởng, Chủ tịch, Giám đốc, Bí thư, …) or "các" + a kind of unit ("các Ban Quản lý …", "các đoàn
thể"); commas and "và" inside a name are kept when what follows cannot start a unit: a field of the
same department ("Văn hóa, Thể thao và Du lịch"), a lower-case kind of place ("các xã, phường, thị
trấn") or the place names listed after "các huyện/xã/…" ("các huyện Kỳ Sơn, Tương Dương"). The
sentences are this file's own, written like the plans of several provinces.
"""

from __future__ import annotations

import pytest

from pbgdpl.plans.importer.extractor import extract
from pbgdpl.plans.importer.units import looks_like_unit, split_units, unwrap_cell


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # "các" + a head word in capitals after a comma starts the next unit
        (
            "Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh, các Ban Quản lý dự án",
            ["Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "các Ban Quản lý dự án"],
        ),
        (
            "Sở Nông nghiệp và Môi trường và các Hạt Kiểm lâm",
            ["Sở Nông nghiệp và Môi trường", "các Hạt Kiểm lâm"],
        ),
        ("MTTQ và các đoàn thể huyện", ["MTTQ", "các đoàn thể huyện"]),
        (
            "Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội",
            ["Ủy ban MTTQ Việt Nam xã", "các tổ chức chính trị - xã hội"],
        ),
        # the place names listed after "các huyện / xã / phường …" belong to the name
        (
            "Hội Nông dân các huyện Mường Tè, Sìn Hồ và Phong Thổ; Sở Y tế",
            ["Hội Nông dân các huyện Mường Tè, Sìn Hồ và Phong Thổ", "Sở Y tế"],
        ),
        (
            "UBND các xã Quảng Thành, Quảng Phú, Sở Tư pháp",
            ["UBND các xã Quảng Thành, Quảng Phú", "Sở Tư pháp"],
        ),
        (
            "Phòng Tư pháp các huyện Krông Pa, Ia Pa, Phòng Nội vụ",
            ["Phòng Tư pháp các huyện Krông Pa, Ia Pa", "Phòng Nội vụ"],
        ),
        (
            "Đoàn Thanh niên các phường 1, 2, 3 và Hội Phụ nữ",
            ["Đoàn Thanh niên các phường 1, 2, 3", "Hội Phụ nữ"],
        ),
        (
            "UBND các huyện: Kỳ Sơn, Tương Dương, Quế Phong; Sở Y tế",
            ["UBND các huyện Kỳ Sơn, Tương Dương, Quế Phong", "Sở Y tế"],
        ),
        (
            "UBND các huyện biên giới: Mường Nhé, Nậm Pồ; Sở Y tế",
            ["UBND các huyện biên giới Mường Nhé, Nậm Pồ", "Sở Y tế"],
        ),
        # a short piece that cannot start a unit is one more member of a plural group
        (
            "Ban Giám hiệu các trường Tiểu học, THCS trên địa bàn, Hội Khuyến học huyện",
            ["Ban Giám hiệu các trường Tiểu học, THCS trên địa bàn", "Hội Khuyến học huyện"],
        ),
        (
            "UBND các huyện, thị xã, thành phố, Bưu điện tỉnh, Viettel Nghệ An",
            ["UBND các huyện, thị xã, thành phố", "Bưu điện tỉnh", "Viettel Nghệ An"],
        ),
        # a verb ends the unit part: "… chỉ đạo Trưởng thôn, tổ dân phố thực hiện"
        (
            "Chủ tịch UBND các xã chỉ đạo Trưởng thôn, tổ dân phố thực hiện",
            ["Chủ tịch UBND các xã"],
        ),
        (
            "Ban chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc xã",
            ["Ban chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc xã"],
        ),
        # "và" before a head word separates two units, also after a name holding "và"
        (
            "Ban Tuyên giáo và Công đoàn các khu công nghiệp",
            ["Ban Tuyên giáo", "Công đoàn các khu công nghiệp"],
        ),
        ("Sở Khoa học và Công nghệ và Sở Tư pháp", ["Sở Khoa học và Công nghệ", "Sở Tư pháp"]),
        (
            "Sở Giáo dục và Đào tạo và Liên đoàn Lao động tỉnh",
            ["Sở Giáo dục và Đào tạo", "Liên đoàn Lao động tỉnh"],
        ),
        # persons as assignees
        ("Trưởng các thôn, bản", ["Trưởng các thôn, bản"]),
        (
            "Giám đốc Sở Tư pháp, Thủ trưởng các cơ quan, đơn vị",
            ["Giám đốc Sở Tư pháp", "Thủ trưởng các cơ quan, đơn vị"],
        ),
        (
            "Bí thư chi bộ và Trưởng ban công tác Mặt trận các khu dân cư",
            ["Bí thư chi bộ", "Trưởng ban công tác Mặt trận các khu dân cư"],
        ),
        # abbreviations, parentheses, "/"
        (
            "Sở GD&ĐT, Ủy ban MTTQ Việt Nam tỉnh, Tỉnh đoàn",
            ["Sở GD&ĐT", "Ủy ban MTTQ Việt Nam tỉnh", "Tỉnh đoàn"],
        ),
        ("LĐLĐ tỉnh và BHXH tỉnh", ["LĐLĐ tỉnh", "BHXH tỉnh"]),
        ("Sở Nội vụ, Sở Tài chính (nếu có)", ["Sở Nội vụ", "Sở Tài chính"]),
        (
            "Phòng Tư pháp/Văn phòng HĐND và UBND huyện",
            ["Phòng Tư pháp", "Văn phòng HĐND và UBND huyện"],
        ),
        ("Phòng Văn hóa - Thông tin/Trung tâm Văn hóa", ["Phòng Văn hóa - Thông tin", "Trung tâm Văn hóa"]),
        (
            "Đoàn TNCS Hồ Chí Minh tỉnh, Hội Liên hiệp Phụ nữ tỉnh và các cơ quan, đơn vị liên quan",
            ["Đoàn TNCS Hồ Chí Minh tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "các cơ quan, đơn vị liên quan"],
        ),
        # "các đơn vị:" only announces the list that follows
        ("Các đơn vị: Sở Y tế, Sở Nội vụ", ["Sở Y tế", "Sở Nội vụ"]),
        (
            "các cơ quan, đơn vị liên quan gồm: Sở Y tế, Tỉnh đoàn",
            ["Sở Y tế", "Tỉnh đoàn"],
        ),
        # a cell written as a list: one unit an item (but "- Xã hội" under "Phòng Văn hóa" goes on)
        ("- Sở Tư pháp\n- Sở Nội vụ\n- Công an tỉnh", ["Sở Tư pháp", "Sở Nội vụ", "Công an tỉnh"]),
        ("+ Sở Tư pháp;\n+ Sở Nội vụ.", ["Sở Tư pháp", "Sở Nội vụ"]),
        ("1. Sở Tư pháp\n2. Sở Nội vụ", ["Sở Tư pháp", "Sở Nội vụ"]),
        ("• Tỉnh đoàn\n• Hội LHPN tỉnh", ["Tỉnh đoàn", "Hội LHPN tỉnh"]),
        ("Phòng Văn hóa\n- Xã hội", ["Phòng Văn hóa - Xã hội"]),
        # a cell saying there is no unit
        ("Không", []),
        ("x", []),
        ("/", []),
        # names that keep their commas
        (
            "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, Sở Nội vụ",
            ["Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", "Sở Nội vụ"],
        ),
        # "Head A, B và C" with fields nobody listed: one department
        (
            "Phòng Văn hóa, Thể dục và Truyền hình, Sở Tư pháp",
            ["Phòng Văn hóa, Thể dục và Truyền hình", "Sở Tư pháp"],
        ),
        ("UBND huyện, Huyện ủy và Hội Nông dân", ["UBND huyện", "Huyện ủy", "Hội Nông dân"]),
        ("Chủ tịch UBND các xã, phường, thị trấn", ["Chủ tịch UBND các xã, phường, thị trấn"]),
        ("các sở, ban, ngành, địa phương", ["các sở, ban, ngành, địa phương"]),
        (
            "Sở Văn hóa, Thể thao và Du lịch, Báo Quảng Ngãi",
            ["Sở Văn hóa, Thể thao và Du lịch", "Báo Quảng Ngãi"],
        ),
        # the same two-word head again in lower case after a comma starts the next name
        (
            "Công đoàn các trường đại học trên địa bàn, công đoàn cơ sở bệnh viện",
            ["Công đoàn các trường đại học trên địa bàn", "công đoàn cơ sở bệnh viện"],
        ),
        # a fund is a unit; a bracket naming the organisation a unit belongs to stays with its name
        ("Quỹ Bảo vệ môi trường và Phòng Nông nghiệp", ["Quỹ Bảo vệ môi trường", "Phòng Nông nghiệp"]),
        (
            "Phòng Cảnh sát kinh tế (Công an tỉnh), Hội Luật gia (nếu có)",
            ["Phòng Cảnh sát kinh tế (Công an tỉnh)", "Hội Luật gia"],
        ),
    ],
)
def test_a_list_of_units_is_cut_where_a_new_name_starts(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("cell", "capacity", "names"),
    [
        # a line ending in a word that cannot end a name goes on
        ("Các phòng, đơn vị thuộc\nBan", 24, ["Các phòng, đơn vị thuộc Ban"]),
        ("Các phòng chuyên môn của\nUBND huyện", 26, ["Các phòng chuyên môn của UBND huyện"]),
        ("Các phòng, đơn vị trực thuộc\nSở Tư pháp", 30, ["Các phòng, đơn vị trực thuộc Sở Tư pháp"]),
        # a lone head word on the last line is the end of the name above
        ("Văn phòng, Thanh tra\nSở", 22, ["Văn phòng", "Thanh tra Sở"]),
        # "các huyện …" on the next line: the places of the name above, not a unit
        (
            "Hội LHPN\ncác huyện\nKỳ Sơn,\nTương\nDương,\nQuế Phong\nSở Tư pháp",
            12,
            ["Hội LHPN các huyện Kỳ Sơn, Tương Dương, Quế Phong", "Sở Tư pháp"],
        ),
        ("Sở Tư pháp\ncác cơ quan, đơn vị liên quan", 30, ["Sở Tư pháp", "các cơ quan, đơn vị liên quan"]),
        # one unit a line stays one unit a line
        ("Phòng Tư pháp\nBan Dân tộc tỉnh", 20, ["Phòng Tư pháp", "Ban Dân tộc tỉnh"]),
        # a name cut to its bare head word at a line's end goes on with the next line
        ("Các khoa lâm sàng, Phòng\nHành chính", 24, ["Các khoa lâm sàng", "Phòng Hành chính"]),
        # "các thành viên" needs its body: the next line names it
        ("Sở Nội vụ, các thành viên\nBan Chỉ đạo", 26, ["Sở Nội vụ", "các thành viên Ban Chỉ đạo"]),
        # so does "<kind> thành viên" before a body that has members: they are its members
        (
            "Các sở thành viên\nBan Chỉ đạo phòng, chống\ntội phạm tỉnh",
            26,
            ["Các sở thành viên Ban Chỉ đạo phòng, chống tội phạm tỉnh"],
        ),
    ],
)
def test_a_wrapped_table_cell_line_continues_when_the_line_above_cannot_end_a_name(
    cell: str, capacity: int, names: list[str]
) -> None:
    assert split_units(unwrap_cell(cell, capacity)) == names
    assert split_units(cell) == names  # a Word cell's paragraphs, read the same way


@pytest.mark.parametrize(
    "name",
    [
        "Trưởng các tổ dân phố",
        "Chủ tịch UBND xã",
        "Bí thư Đoàn xã",
        "MTTQ huyện",
        "Hiệu trưởng các trường học",
    ],
)
def test_persons_and_abbreviations_read_as_assignees(name: str) -> None:
    assert looks_like_unit(name)


PLAN = """ỦY BAN NHÂN DÂN XÃ MƯỜNG KHƯƠNG
Số: 45/KH-UBND
Mường Khương, ngày 15 tháng 01 năm 2025
KẾ HOẠCH
Tuyên truyền, phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật của Nhân dân.
II. NHIỆM VỤ
1. Tuyên truyền pháp luật tại các thôn. Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp với Trưởng \
các thôn thực hiện từ ngày 01/3 đến ngày 30/4/2025.
2. Phổ biến pháp luật về bảo vệ rừng
- Chủ trì: Công an xã; phối hợp: Ban Chỉ huy Quân sự xã, các Tổ bảo vệ rừng; thời gian: Quý II/2025.
3. Tuyên truyền phòng, chống mua bán người
- Đơn vị chủ trì: Hội Liên hiệp Phụ nữ xã
- Đơn vị phối hợp: Chi hội Phụ nữ các thôn Pha Long, Tả Thàng, Lùng Vai; Đoàn Thanh niên xã
- Thời gian: Quý III/2025
4. Hòa giải ở cơ sở. Giao Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã \
và các tổ hòa giải thực hiện thường xuyên.
5. Đánh giá xã đạt chuẩn tiếp cận pháp luật. Giao Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với \
Văn phòng - Thống kê tham mưu Chủ tịch UBND xã tổ chức đánh giá.
Thời gian: sau khi có hướng dẫn của UBND huyện.
6. Phổ biến Luật Đất đai. Giao Công chức Địa chính - Xây dựng chủ trì, phối hợp với Hội Nông dân xã \
và Hội Cựu chiến binh xã thực hiện trong tháng 6/2025.
III. TỔ CHỨC THỰC HIỆN
Công chức Tư pháp - Hộ tịch theo dõi, báo cáo kết quả trước ngày 15/12/2025.
"""


def test_coordinating_lists_in_a_commune_plan() -> None:
    tasks = extract(PLAN.encode(), "plan.txt")["tasks"]

    got = [
        (t["code"], t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks
    ]
    assert got == [
        ("1", ["Công chức Văn hóa - Xã hội"], ["Trưởng các thôn"], "2025-04-30", False),
        (
            "2",
            ["Công an xã"],
            ["Ban Chỉ huy Quân sự xã", "các Tổ bảo vệ rừng"],
            "2025-06-30",
            False,
        ),
        (
            "3",
            ["Hội Liên hiệp Phụ nữ xã"],
            ["Chi hội Phụ nữ các thôn Pha Long, Tả Thàng, Lùng Vai", "Đoàn Thanh niên xã"],
            "2025-09-30",
            False,
        ),
        (
            "4",
            ["Công chức Tư pháp - Hộ tịch"],
            ["Ủy ban MTTQ Việt Nam xã", "các tổ hòa giải"],
            "2025-12-31",
            False,
        ),
        ("5", ["Công chức Tư pháp - Hộ tịch"], ["Văn phòng - Thống kê"], "2025-12-31", True),
        (
            "6",
            ["Công chức Địa chính - Xây dựng"],
            ["Hội Nông dân xã", "Hội Cựu chiến binh xã"],
            "2025-06-30",
            False,
        ),
    ]


PLAN_TIME_AFTER = """UBND HUYỆN BẢO THẮNG
Số: 08/KH-UBND
Bảo Thắng, ngày 20 tháng 01 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác phổ biến pháp luật.
II. NHIỆM VỤ
1. Đánh giá chuẩn tiếp cận pháp luật. Giao Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ tham mưu \
Chủ tịch UBND huyện xem xét, công nhận. Thời gian: sau khi có hướng dẫn của UBND tỉnh.
2. Tổng kết công tác phổ biến pháp luật. Giao Phòng Tư pháp tham mưu UBND huyện tổng kết. Thời gian: \
tháng 11/2025.
3. Rà soát văn bản quy phạm pháp luật. Phòng Tư pháp chủ trì, phối hợp với các phòng chuyên môn thực \
hiện. Thời gian: Quý III/2025.
4. Tập huấn cho hòa giải viên
Giao Phòng Tư pháp chủ trì, phối hợp với Ủy ban MTTQ Việt Nam huyện tham mưu tổ chức. Thời gian: Quý II/2025.
III. TỔ CHỨC THỰC HIỆN
Phòng Tư pháp theo dõi, báo cáo kết quả trước ngày 15/12/2025.
"""


def test_a_timeframe_label_after_an_assignment_sentence_in_the_same_paragraph() -> None:
    tasks = extract(PLAN_TIME_AFTER.encode(), "plan.txt")["tasks"]

    got = [(t["code"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks]
    assert got == [
        ("1", ["Phòng Nội vụ"], "2025-12-31", True),
        ("2", [], "2025-11-30", False),
        ("3", ["các phòng chuyên môn"], "2025-09-30", False),
        ("4", ["Ủy ban MTTQ Việt Nam huyện"], "2025-06-30", False),
    ]
    assert tasks[0]["timeframe"] == "sau khi có hướng dẫn của UBND tỉnh"
    assert tasks[0]["title"] == "Đánh giá chuẩn tiếp cận pháp luật"


PLAN_PROSE = """UBND TỈNH NGHỆ AN
Số: 30/KH-UBND
Nghệ An, ngày 05 tháng 02 năm 2025
KẾ HOẠCH
Thực hiện Đề án tăng cường phổ biến pháp luật vùng dân tộc thiểu số năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Đưa pháp luật đến đồng bào dân tộc thiểu số.
II. NHIỆM VỤ
1. Tổ chức hội nghị tại các huyện miền núi. Giao UBND các huyện: Kỳ Sơn, Tương Dương, Quế Phong chủ trì, \
phối hợp với Ban Dân tộc tỉnh thực hiện trong Quý II/2025.
2. Tuyên truyền tại thôn, bản. Giao Chủ tịch UBND các xã, thị trấn chỉ đạo Trưởng thôn, bản thực hiện \
trong năm 2025.
III. TỔ CHỨC THỰC HIỆN
Sở Tư pháp theo dõi, báo cáo kết quả trước ngày 15/12/2025.
"""


def test_a_list_of_places_after_a_colon_and_a_directing_verb_in_prose() -> None:
    tasks = extract(PLAN_PROSE.encode(), "plan.txt")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (["UBND các huyện Kỳ Sơn, Tương Dương, Quế Phong"], ["Ban Dân tộc tỉnh"], "2025-06-30"),
        (["Chủ tịch UBND các xã, thị trấn"], [], "2025-12-31"),
    ]


PLAN_WITH = """SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH
Số: 21/KH-STP
Bình Định, ngày 12 tháng 02 năm 2025
KẾ HOẠCH
Phổ biến pháp luật cho người lao động năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật lao động.
II. NHIỆM VỤ
1. Tổ chức hội nghị tại các khu công nghiệp. Giao Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp \
chặt chẽ với Liên đoàn Lao động tỉnh, Ban Quản lý Khu kinh tế tỉnh thực hiện trong Quý II/2025.
2. Biên soạn tờ gấp pháp luật. Phòng Phổ biến, giáo dục pháp luật chủ trì, với sự phối hợp của Sở Nội vụ \
và Bảo hiểm xã hội tỉnh, tổ chức trong tháng 8/2025.
3. Tư vấn pháp luật lưu động. Trung tâm Trợ giúp pháp lý nhà nước chủ trì, có sự tham gia của Hội Luật \
gia tỉnh, Đoàn Luật sư tỉnh, thực hiện trong Quý III/2025.
4. Tuyên truyền trên mạng xã hội. Văn phòng Sở chủ trì, phối hợp với các tổ chức, cá nhân có liên quan \
thực hiện thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, báo cáo kết quả trước ngày 10/12/2025.
"""


def test_other_words_for_coordinating_with() -> None:
    tasks = extract(PLAN_WITH.encode(), "plan.txt")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (
            ["Phòng Phổ biến, giáo dục pháp luật"],
            ["Liên đoàn Lao động tỉnh", "Ban Quản lý Khu kinh tế tỉnh"],
            "2025-06-30",
        ),
        (["Phòng Phổ biến, giáo dục pháp luật"], ["Sở Nội vụ", "Bảo hiểm xã hội tỉnh"], "2025-08-31"),
        (
            ["Trung tâm Trợ giúp pháp lý nhà nước"],
            ["Hội Luật gia tỉnh", "Đoàn Luật sư tỉnh"],
            "2025-09-30",
        ),
        (["Văn phòng Sở"], ["các tổ chức, cá nhân có liên quan"], "2025-12-31"),
    ]


@pytest.mark.parametrize("size", [9, 13])
@pytest.mark.parametrize("name", ["PLAN", "PLAN_TIME_AFTER", "PLAN_PROSE", "PLAN_WITH"])
def test_these_plans_read_the_same_from_a_justified_pdf(name: str, size: int) -> None:
    """Lines wrapped anywhere, also inside the unit lists ("Hội Luật" / "gia tỉnh", "Tương" / "Dương")."""
    from pbgdpl.plans.importer.tests.test_phrasing import _prose_pdf

    text = globals()[name]

    def fields(data: bytes, filename: str) -> list[tuple[object, ...]]:
        return [
            (t["code"], t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"])
            for t in extract(data, filename)["tasks"]
        ]

    assert fields(_prose_pdf(text, size), "plan.pdf") == fields(text.encode(), "plan.txt")


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # the action a coordinating unit takes part in is not part of its name
        ("Sở Tư pháp biên soạn, phát hành", ["Sở Tư pháp"]),
        ("Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch mở chuyên mục, đăng tải tin, bài", [
            "Công an tỉnh",
            "Sở Văn hóa, Thể thao và Du lịch",
        ]),
        ("Phòng Nội vụ, Phòng Tư pháp tổ chức tập huấn cho cán bộ", ["Phòng Nội vụ", "Phòng Tư pháp"]),
        ("UBND các xã, thị trấn triển khai, lồng ghép tuyên truyền", ["UBND các xã, thị trấn"]),
        ("Đài Phát thanh và Truyền hình tỉnh xây dựng phóng sự", ["Đài Phát thanh và Truyền hình tỉnh"]),
        ("Sở Y tế; Sở Giáo dục và Đào tạo lồng ghép nội dung", ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
        ("Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí", ["Sở Thông tin và Truyền thông"]),
        ("Ban Tổ chức Tỉnh ủy hướng dẫn", ["Ban Tổ chức Tỉnh ủy"]),
        ("Đoàn Thanh niên Công an tỉnh phát động cuộc thi", ["Đoàn Thanh niên Công an tỉnh"]),
        ("Trưởng thôn rà soát, báo cáo số hộ", ["Trưởng thôn"]),
        ("Tỉnh đoàn hướng dẫn đoàn viên", ["Tỉnh đoàn"]),
        ("các trường học lồng ghép nội dung vào giờ chào cờ", ["các trường học"]),
        ("Bưu điện tỉnh cung cấp tài liệu cho các điểm bưu điện", ["Bưu điện tỉnh"]),
        ("Hội Nông dân tỉnh in ấn, cấp phát tờ gấp", ["Hội Nông dân tỉnh"]),
        ("Sở Tư pháp để tổ chức hội nghị", ["Sở Tư pháp"]),
        ("Sở Tư pháp trong việc biên soạn tài liệu", ["Sở Tư pháp"]),
        ("Sở Nội vụ nhằm nâng cao chất lượng", ["Sở Nội vụ"]),
        ("Phòng Tư pháp huyện cử báo cáo viên", ["Phòng Tư pháp huyện"]),
        ("UBND huyện chỉ đạo các xã", ["UBND huyện"]),
        ("Hội đồng bầu cử tỉnh", ["Hội đồng bầu cử tỉnh"]),
        # a name ending in its own scope: any lower-case word but a few goes on with what the unit does
        ("Công an tỉnh xuất bản bản tin pháp luật", ["Công an tỉnh"]),
        ("Sở Tư pháp, Hội Nông dân huyện chủ động đưa nội dung vào sinh hoạt", ["Sở Tư pháp", "Hội Nông dân huyện"]),
        ("Phòng Tư pháp huyện và Công an xã nắm tình hình", ["Phòng Tư pháp huyện", "Công an xã"]),
        ("Trưởng thôn nắm danh sách hộ", ["Trưởng thôn"]),
        ("UBND các xã biên giới", ["UBND các xã biên giới"]),
        ("Ban Tuyên giáo tỉnh ủy, Công an tỉnh", ["Ban Tuyên giáo tỉnh ủy", "Công an tỉnh"]),
        ("Phòng Lao động - Thương binh và xã hội huyện", ["Phòng Lao động - Thương binh và xã hội huyện"]),
        ("UBND huyện Bình Sơn, UBND huyện Đức Phổ", ["UBND huyện Bình Sơn", "UBND huyện Đức Phổ"]),
        ("Công an xã Ẳng Nưa, Phòng Tư pháp huyện Ô Môn", ["Công an xã Ẳng Nưa", "Phòng Tư pháp huyện Ô Môn"]),
        ("UBND xã biên giới Tả Van", ["UBND xã biên giới Tả Van"]),
        ("Ban Chỉ đạo cấp tỉnh", ["Ban Chỉ đạo cấp tỉnh"]),
        ("Ban Dân tộc tỉnh có liên quan", ["Ban Dân tộc tỉnh có liên quan"]),
        ("Hội Cựu chiến binh tỉnh nhiệm kỳ 2022-2027", ["Hội Cựu chiến binh tỉnh nhiệm kỳ 2022-2027"]),
        # plural groups in lower case are whole before an action
        ("các sở, ngành triển khai, lồng ghép", ["các sở, ngành"]),
        ("Sở Tư pháp, các cơ quan, đơn vị liên quan tổ chức quán triệt", ["Sở Tư pháp", "các cơ quan, đơn vị liên quan"]),
        ("các địa phương tuyên truyền, phổ biến", ["các địa phương"]),
        ("các doanh nghiệp trên địa bàn tỉnh phổ biến cho người lao động", ["các doanh nghiệp trên địa bàn tỉnh"]),
        ("các đoàn kiểm tra liên ngành", ["các đoàn kiểm tra liên ngành"]),
        ("các tổ tuyên truyền pháp luật ở cơ sở", ["các tổ tuyên truyền pháp luật ở cơ sở"]),
        # names that hold such words stay whole
        ("Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh", ["Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh"]),
        ("Ban chỉ đạo phòng, chống tội phạm", ["Ban chỉ đạo phòng, chống tội phạm"]),
        ("- Hội đồng phối hợp phổ biến, giáo dục pháp luật", ["Hội đồng phối hợp phổ biến, giáo dục pháp luật"]),
        # … also with the field capitalised: its object in lower case may start with an action word
        (
            "Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh",
            ["Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh"],
        ),
        ("Ban Chỉ đạo tuyên truyền bầu cử", ["Ban Chỉ đạo tuyên truyền bầu cử"]),
        ("Trung tâm Tư vấn hỗ trợ pháp lý", ["Trung tâm Tư vấn hỗ trợ pháp lý"]),
        (
            "Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức hội nghị",
            ["Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh"],
        ),
        ("Đoàn kiểm tra liên ngành", ["Đoàn kiểm tra liên ngành"]),
        ("Trung tâm Phát triển quỹ đất, Ban Tuyên giáo Huyện ủy", [
            "Trung tâm Phát triển quỹ đất",
            "Ban Tuyên giáo Huyện ủy",
        ]),
        ("Phòng Kiểm tra nội bộ", ["Phòng Kiểm tra nội bộ"]),
        ("Phòng Kế hoạch tổng hợp", ["Phòng Kế hoạch tổng hợp"]),
        ("Trung tâm Dịch vụ hỗ trợ đầu tư, Sở Tài chính", ["Trung tâm Dịch vụ hỗ trợ đầu tư", "Sở Tài chính"]),
        ("Trung tâm Dịch vụ tư vấn pháp luật", ["Trung tâm Dịch vụ tư vấn pháp luật"]),
        ("Trường Bồi dưỡng cán bộ, Sở Nội vụ", ["Trường Bồi dưỡng cán bộ", "Sở Nội vụ"]),
        ("Phòng Phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật", [
            "Phòng Phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật",
        ]),
        ("Ban Quản lý dự án đầu tư xây dựng tỉnh", ["Ban Quản lý dự án đầu tư xây dựng tỉnh"]),
        ("Báo cáo viên pháp luật tỉnh", ["Báo cáo viên pháp luật tỉnh"]),
        ("các cơ quan, tổ chức có liên quan", ["các cơ quan, tổ chức có liên quan"]),
    ],
)
def test_an_action_after_a_complete_name_ends_the_name(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # "các khoa / các bộ phận / các chi nhánh …" after a comma: a unit of its own (a hospital, a company)
        ("Phòng Điều dưỡng, các khoa lâm sàng", ["Phòng Điều dưỡng", "các khoa lâm sàng"]),
        ("Phòng Tổ chức cán bộ, các khoa, phòng", ["Phòng Tổ chức cán bộ", "các khoa, phòng"]),
        ("Văn phòng Công ty, các bộ phận sản xuất", ["Văn phòng Công ty", "các bộ phận sản xuất"]),
        ("Phòng Kinh doanh, các chi nhánh, phòng giao dịch", ["Phòng Kinh doanh", "các chi nhánh, phòng giao dịch"]),
        ("Phòng Kỹ thuật và các phân xưởng", ["Phòng Kỹ thuật", "các phân xưởng"]),
        ("Khoa Dược, Khoa Khám bệnh", ["Khoa Dược", "Khoa Khám bệnh"]),
        ("Xí nghiệp Xây lắp điện, Phòng An toàn", ["Xí nghiệp Xây lắp điện", "Phòng An toàn"]),
        ("Sở Khoa học và Công nghệ, Sở Tư pháp", ["Sở Khoa học và Công nghệ", "Sở Tư pháp"]),
        ("Phòng Văn hóa, Khoa học và Thông tin", ["Phòng Văn hóa, Khoa học và Thông tin"]),
    ],
)
def test_plural_kinds_of_an_organisation_start_a_unit(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # "Head X và Y": a bare head word ending the name is one of its fields
        ("Phòng Pháp chế và Thanh tra", ["Phòng Pháp chế và Thanh tra"]),
        ("Phòng Pháp chế và Thanh tra, Văn phòng Công ty", ["Phòng Pháp chế và Thanh tra", "Văn phòng Công ty"]),
        ("Ban Tổ chức và Quân sự; Công đoàn Công ty", ["Ban Tổ chức và Quân sự", "Công đoàn Công ty"]),
        # … but a head with a qualifier of its own is the next unit
        ("Phòng Pháp chế và Thanh tra Sở", ["Phòng Pháp chế", "Thanh tra Sở"]),
        ("Văn phòng Sở và Thanh tra tỉnh", ["Văn phòng Sở", "Thanh tra tỉnh"]),
        ("Phòng Tư pháp và Công an huyện", ["Phòng Tư pháp", "Công an huyện"]),
        ("Văn phòng và Thanh tra", ["Văn phòng", "Thanh tra"]),
        # a department named by its owner is whole: the bare head after it is another unit
        ("Văn phòng Sở và Thanh tra", ["Văn phòng Sở", "Thanh tra"]),
        ("Văn phòng Công ty và Thanh tra", ["Văn phòng Công ty", "Thanh tra"]),
        ("Công an tỉnh và Thanh tra", ["Công an tỉnh", "Thanh tra"]),
        ("Phòng Tổ chức - Hành chính và Quân sự", ["Phòng Tổ chức - Hành chính và Quân sự"]),
    ],
)
def test_a_bare_head_word_after_and_ends_the_name_before(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # the bare head word at the end of a sentence ("… Thanh tra.") and other head words (Ban, Vụ)
        ("Ban Pháp chế và Thanh tra.", ["Ban Pháp chế và Thanh tra"]),
        ("Vụ Pháp chế và Thanh tra; Văn phòng Bộ", ["Vụ Pháp chế và Thanh tra", "Văn phòng Bộ"]),
        ("Vụ Tổ chức cán bộ, Vụ Pháp chế", ["Vụ Tổ chức cán bộ", "Vụ Pháp chế"]),
        # a head word with one field, then a second field after a comma: one unit
        ("Trung tâm Tư vấn, Hỗ trợ nông dân", ["Trung tâm Tư vấn, Hỗ trợ nông dân"]),
        (
            "Văn phòng Hội và Trung tâm Dạy nghề, Hỗ trợ nông dân",
            ["Văn phòng Hội", "Trung tâm Dạy nghề, Hỗ trợ nông dân"],
        ),
        # … not after a unit named by its owner, nor before a plural group
        ("Văn phòng Sở, Thanh tra Sở", ["Văn phòng Sở", "Thanh tra Sở"]),
        # a group named by its drafting role is one (generic) unit
        ("Các cơ quan chủ trì soạn thảo", ["Các cơ quan chủ trì soạn thảo"]),
        ("Cơ quan được giao chủ trì xây dựng dự thảo", ["Cơ quan được giao chủ trì xây dựng dự thảo"]),
        # … but a grassroots branch in lower case after "và" is one more unit
        ("Ban Quản lý các chợ và công đoàn cơ sở các hợp tác xã", ["Ban Quản lý các chợ", "công đoàn cơ sở các hợp tác xã"]),
        # a reflexive verb ends the list ("tự đánh giá"); "trật tự" stays in the name
        (
            "các tổ chuyên môn thuộc nhà trường tự đánh giá, chấm điểm",
            ["các tổ chuyên môn thuộc nhà trường"],
        ),
        (
            "Đội Cảnh sát quản lý hành chính về trật tự xã hội",
            ["Đội Cảnh sát quản lý hành chính về trật tự xã hội"],
        ),
    ],
)
def test_names_with_an_inner_comma_or_and_or_a_role_word_stay_whole(written: str, names: list[str]) -> None:
    assert split_units(written) == names


PLAN_COMMUNE_SERVICES = """UBND XÃ TÂN LẬP
Số: 27/KH-UBND
Tân Lập, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Tuyên truyền pháp luật về đất đai năm 2026
II. NỘI DUNG
1. Phát thanh pháp luật về đất đai bằng tiếng dân tộc
Giao Phòng Kinh tế chủ trì, phối hợp với Trung tâm Dịch vụ tổng hợp xã phát sóng các chuyên mục trên hệ thống loa truyền thanh. Thời gian thực hiện: Quý II/2026.
2. Tự kiểm tra việc niêm yết thủ tục hành chính về đất đai
Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với các bộ phận thuộc UBND xã tự kiểm tra, báo cáo kết quả. Thời hạn: trước ngày 30/9/2026.
III. TỔ CHỨC THỰC HIỆN
Các bộ phận triển khai thực hiện Kế hoạch này.
"""


def test_a_name_ending_in_a_service_centre_or_before_a_reflexive_verb_in_prose() -> None:
    tasks = extract(PLAN_COMMUNE_SERVICES.encode(), "plan.txt")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (["Phòng Kinh tế"], ["Trung tâm Dịch vụ tổng hợp xã"], "2026-06-30"),
        (["Văn phòng HĐND và UBND xã"], ["các bộ phận thuộc UBND xã"], "2026-09-30"),
    ]


def test_a_company_s_managers_assigned_by_title_are_leads_and_coordinators() -> None:
    text = """CÔNG TY TNHH GIẦY DA THÁI BÌNH
KẾ HOẠCH
Phổ biến, giáo dục pháp luật cho người lao động năm 2026
Thái Bình, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Người lao động hiểu và chấp hành nội quy, pháp luật lao động.
II. NỘI DUNG
1. Tập huấn an toàn lao động cho công nhân xưởng đế
Trách nhiệm: Phòng An toàn chủ trì; Quản đốc xưởng đế và Tổ an toàn vệ sinh viên phối hợp.
Thời gian: Tháng 4/2026.
2. Đối thoại về tiền lương, thưởng cuối năm
Trách nhiệm: Phó Tổng Giám đốc phụ trách tài chính chủ trì; Chủ tịch Công đoàn cơ sở phối hợp.
Thời gian: Tháng 12/2026.
III. TỔ CHỨC THỰC HIỆN
Phòng Nhân sự tổng hợp kết quả, báo cáo Tổng Giám đốc.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng An toàn"], ["Quản đốc xưởng đế", "Tổ an toàn vệ sinh viên"], "2026-04-30"),
        (["Phó Tổng Giám đốc phụ trách tài chính"], ["Chủ tịch Công đoàn cơ sở"], "2026-12-31"),
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        (
            "Công an xã, người có uy tín trong cộng đồng các dân tộc",
            ["Công an xã", "người có uy tín trong cộng đồng các dân tộc"],
        ),
        ("Công an phường và chủ nhà trọ trên địa bàn", ["Công an phường", "chủ nhà trọ trên địa bàn"]),
        ("Hội Nông dân xã, già làng, trưởng bản", ["Hội Nông dân xã", "già làng", "trưởng bản"]),
    ],
)
def test_persons_named_by_their_standing_in_lower_case_end_a_unit_list(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Các đội, Chi cục Hải quan cửa khẩu có liên quan", ["Các đội, Chi cục Hải quan cửa khẩu có liên quan"]),
        ("Các khoa, Phòng Điều dưỡng có liên quan", ["Các khoa, Phòng Điều dưỡng có liên quan"]),
        ("Đội Nghiệp vụ, các đơn vị có liên quan", ["Đội Nghiệp vụ", "các đơn vị có liên quan"]),
        # "Các" before a bare kind governs the one name after it
        ("Các Phòng, Trạm Kiểm soát liên hợp", ["Các Phòng, Trạm Kiểm soát liên hợp"]),
        ("Các tổ, Văn phòng", ["Các tổ, Văn phòng"]),
        # … not a longer list
        ("Các khoa, Phòng Điều dưỡng, Phòng Hành chính", ["Các khoa", "Phòng Điều dưỡng", "Phòng Hành chính"]),
    ],
)
def test_a_bare_plural_kind_and_a_name_both_concerned_are_one_group_as_written(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        (
            "Các thành viên Hội đồng đánh giá, các hội, đoàn thể phường",
            ["Các thành viên Hội đồng đánh giá", "các hội, đoàn thể phường"],
        ),
        ("Hội đồng thẩm định; Văn phòng UBND xã", ["Hội đồng thẩm định", "Văn phòng UBND xã"]),
    ],
)
def test_a_council_named_by_its_work_keeps_that_word(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # a head word that is also a field, with its object in lower case, after "và": one department
        ("Phòng Kế hoạch - Tài chính và Bảo hiểm y tế", ["Phòng Kế hoạch - Tài chính và Bảo hiểm y tế"]),
        ("Phòng Hành chính và Tổ chức cán bộ; Văn phòng", ["Phòng Hành chính và Tổ chức cán bộ", "Văn phòng"]),
        # with a scope of its own, or after an agency, it is the next unit
        ("Phòng Tư pháp và Bảo hiểm xã hội huyện", ["Phòng Tư pháp", "Bảo hiểm xã hội huyện"]),
        ("Sở Nội vụ và Bảo hiểm xã hội", ["Sở Nội vụ", "Bảo hiểm xã hội"]),
        # the grassroots level ("cơ sở") is a scope like "huyện"
        ("Phòng Kiểm tra và Bảo hiểm xã hội cơ sở", ["Phòng Kiểm tra", "Bảo hiểm xã hội cơ sở"]),
        # "Quản lý" takes an action as its object: "Phòng Quản lý xử lý …" is one name
        (
            "Phòng Quản lý xử lý vi phạm hành chính, Văn phòng Sở",
            ["Phòng Quản lý xử lý vi phạm hành chính", "Văn phòng Sở"],
        ),
        # "Đoàn kết" (unity) is a field, not a youth union
        (
            "Ban Dân vận và Đoàn kết dân tộc Huyện Đoàn, Công an huyện",
            ["Ban Dân vận và Đoàn kết dân tộc Huyện Đoàn", "Công an huyện"],
        ),
    ],
)
def test_a_department_named_by_two_fields_joined_by_and_stays_whole(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Viện trưởng, các Phó Chánh Văn phòng", ["Viện trưởng", "các Phó Chánh Văn phòng"]),
        ("Chánh Thanh tra, các Phó Chánh Thanh tra", ["Chánh Thanh tra", "các Phó Chánh Thanh tra"]),
        (
            "Tổng phụ trách Đội, Nhân viên thư viện và Giáo viên bộ môn Giáo dục công dân",
            ["Tổng phụ trách Đội", "Nhân viên thư viện", "Giáo viên bộ môn Giáo dục công dân"],
        ),
        ("Phó Hiệu trưởng, Nhân viên văn thư", ["Phó Hiệu trưởng", "Nhân viên văn thư"]),
        # a deputy after "và" is a person of their own
        ("Giám đốc Trung tâm và Phó Viện trưởng", ["Giám đốc Trung tâm", "Phó Viện trưởng"]),
        # a person named by the field they are in charge of keeps it
        (
            "Phó Chủ tịch UBND phường phụ trách kinh tế - đô thị, Công an phường",
            ["Phó Chủ tịch UBND phường phụ trách kinh tế - đô thị", "Công an phường"],
        ),
        ("Hạt Kiểm lâm và các chủ rừng là tổ chức", ["Hạt Kiểm lâm", "các chủ rừng là tổ chức"]),
        # staff named by their post in lower case; the fields of a department stay its name
        ("Tổ trưởng chuyên môn, giáo viên bộ môn Ngữ văn", ["Tổ trưởng chuyên môn", "giáo viên bộ môn Ngữ văn"]),
        ("Chủ tịch UBND xã và công chức Văn hóa - Xã hội", ["Chủ tịch UBND xã", "công chức Văn hóa - Xã hội"]),
        ("Phòng Cán bộ, công chức, viên chức; Văn phòng Sở", ["Phòng Cán bộ, công chức, viên chức", "Văn phòng Sở"]),
        ("Cán bộ, công chức Văn phòng Sở", ["Cán bộ, công chức Văn phòng Sở"]),
        ("Cán bộ, công chức, viên chức Trung tâm", ["Cán bộ, công chức, viên chức Trung tâm"]),
        ("Giáo viên chủ nhiệm và phụ huynh học sinh", ["Giáo viên chủ nhiệm", "phụ huynh học sinh"]),
    ],
)
def test_persons_and_owners_listed_with_units_are_each_one_name(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # a council named in lower case after a title or its members keeps its work and its scope
        (
            "Thường trực Hội đồng thi đua, khen thưởng huyện",
            ["Thường trực Hội đồng thi đua, khen thưởng huyện"],
        ),
        (
            "Phòng Tư pháp, các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện",
            ["Phòng Tư pháp", "các thành viên Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện"],
        ),
        (
            "các thành viên Hội đồng đánh giá chuẩn tiếp cận pháp luật xã",
            ["các thành viên Hội đồng đánh giá chuẩn tiếp cận pháp luật xã"],
        ),
        # … but an action after the members of the council starts what they do
        ("Các thành viên Hội đồng kiểm tra kết quả của các thôn", ["Các thành viên Hội đồng"]),
        # a unit "of the same level" is complete: the action after it is cut
        ("Ủy ban nhân dân các cấp tổ chức đối thoại", ["Ủy ban nhân dân các cấp"]),
        ("Hội Nông dân cùng cấp vận động hội viên", ["Hội Nông dân cùng cấp"]),
        # a group qualified by what it has, and where: "tiếp nhận tại …" belongs to the group
        (
            "các đơn vị có hồ sơ giải quyết tại Bộ phận Một cửa",
            ["các đơn vị có hồ sơ giải quyết tại Bộ phận Một cửa"],
        ),
    ],
)
def test_a_name_qualified_in_lower_case_keeps_its_qualifier(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_a_pdf_cell_joins_a_wrapped_name_after_a_semicolon_by_the_name_on_that_line() -> None:
    # the first unit of the cell reads whole ("Các …"), the second ("Công đoàn" / "Bệnh viện") does not
    cell = "Các khoa lâm\nsàng thuộc Bệnh\nviện; Công đoàn\nBệnh viện"
    assert split_units(unwrap_cell(cell, 15)) == ["Các khoa lâm sàng thuộc Bệnh viện", "Công đoàn Bệnh viện"]


def test_a_group_named_by_its_trade_or_a_department_by_its_advice_on_the_text_is_one_name() -> None:
    # "các doanh nghiệp cung cấp dịch vụ …": which providers, not their work
    assert split_units("Sở Công Thương; các doanh nghiệp cung cấp dịch vụ viễn thông") == [
        "Sở Công Thương",
        "các doanh nghiệp cung cấp dịch vụ viễn thông",
    ]
    # "Phòng chuyên môn tham mưu xây dựng dự thảo": the department that drafted it, like "các cơ quan chủ trì soạn
    # thảo"
    assert split_units("Thanh tra Sở, Phòng chuyên môn tham mưu xây dựng dự thảo") == [
        "Thanh tra Sở",
        "Phòng chuyên môn tham mưu xây dựng dự thảo",
    ]
    # … or by the equipment or software they sell: "các công ty cung cấp thiết bị …"
    assert split_units("Sở Y tế; các công ty cung cấp trang thiết bị y tế trên địa bàn") == [
        "Sở Y tế",
        "các công ty cung cấp trang thiết bị y tế trên địa bàn",
    ]
    assert split_units("Các đơn vị cung cấp phần mềm quản lý hồ sơ") == ["Các đơn vị cung cấp phần mềm quản lý hồ sơ"]
    # a named unit providing something, or advising someone, is doing its work
    assert split_units("Sở Tư pháp cung cấp tài liệu") == ["Sở Tư pháp"]
    assert split_units("Sở Tư pháp cung cấp thiết bị") == ["Sở Tư pháp"]
    assert split_units("Phòng chuyên môn tham mưu Giám đốc Sở") == ["Phòng chuyên môn"]
    assert split_units("các đơn vị tổ chức hội nghị") == ["các đơn vị"]


def test_a_pdf_numbered_line_that_ran_into_its_body_is_wrapped_not_a_heading_that_ended() -> None:
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "3. Rà soát văn bản quy phạm pháp luật của xã năm 2026. Giao Văn phòng",
        "HĐND và UBND xã chủ trì, phối hợp với Công an xã thực hiện; thời gian: Quý III/2026.",
        "4. Tổ chức hội nghị phổ biến pháp luật về đất đai cho người dân các",
        "xã vùng ven biển và bãi ngang",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [
        f"{lines[0]} {lines[1]}",
        f"{lines[2]} {lines[3]}",
    ]


@pytest.mark.parametrize(
    "verb",
    [
        "tham gia chấm thi",
        "giải quyết kiến nghị của cử tri",
        "nắm bắt dư luận",
        "phát hiện sai phạm",
        "ký kết chương trình phối hợp",
        "hưởng ứng phong trào",
        "phân công báo cáo viên",
        "hòa giải những vụ tranh chấp",
        "lập danh sách đối tượng",
    ],
)
def test_more_actions_after_a_name_ending_in_a_capitalised_field_end_that_name(verb: str) -> None:
    written = f"Công an huyện, Phòng Giáo dục và Đào tạo {verb} tại cơ sở"
    assert split_units(written) == ["Công an huyện", "Phòng Giáo dục và Đào tạo"]


def test_a_group_of_participants_keeps_its_participation() -> None:
    assert split_units("các đơn vị tham gia Hội thi") == ["các đơn vị tham gia Hội thi"]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Trạm Y tế phường cùng Hội Chữ thập đỏ phường", ["Trạm Y tế phường", "Hội Chữ thập đỏ phường"]),
        ("Phòng Nội vụ cùng với các trường học", ["Phòng Nội vụ", "các trường học"]),
        ("Đoàn Thanh niên cùng cấp", ["Đoàn Thanh niên cùng cấp"]),
        # "cùng" before a word in lower case (even one starting with "đ") joins nothing
        ("Phòng Tư pháp cùng đơn vị liên quan", ["Phòng Tư pháp cùng đơn vị liên quan"]),
    ],
)
def test_cung_joins_two_units_but_not_a_unit_of_the_same_level(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("cell", "capacity", "names"),
    [
        # a line ending in "Phó" waits for the title
        ("Giám đốc, các Phó\nGiám đốc Trung tâm", 18, ["Giám đốc", "các Phó Giám đốc Trung tâm"]),
        # a youth union written with a capital "Đoàn" reads whole on its line
        ("Huyện Đoàn\nPhòng Tư pháp", 13, ["Huyện Đoàn", "Phòng Tư pháp"]),
        # a plural title waits for its owner on the next line; a plural kind in lower case does not
        ("Giám đốc, các Phó Giám đốc\nTrung tâm; Văn phòng", 26, ["Giám đốc", "các Phó Giám đốc Trung tâm", "Văn phòng"]),
        ("Trưởng các tổ dân phố\nCông an phường", 21, ["Trưởng các tổ dân phố", "Công an phường"]),
    ],
)
def test_a_pdf_cell_s_lines_around_deputies_and_unions(cell: str, capacity: int, names: list[str]) -> None:
    assert split_units(unwrap_cell(cell, capacity)) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # a second field after a comma, then the organisation both fields belong to
        (
            "Ban Tổ chức, Kiểm tra công tác đoàn viên Huyện Đoàn; Văn phòng Huyện Đoàn",
            ["Ban Tổ chức, Kiểm tra công tác đoàn viên Huyện Đoàn", "Văn phòng Huyện Đoàn"],
        ),
        (
            "Ban Gia đình, Xã hội Hội Liên hiệp Phụ nữ huyện, Ban Tuyên giáo Hội",
            ["Ban Gia đình, Xã hội Hội Liên hiệp Phụ nữ huyện", "Ban Tuyên giáo Hội"],
        ),
        # "Tổ chức" + lower case is organising, a field, not a team
        ("Phòng Hành chính, Tổ chức cán bộ", ["Phòng Hành chính, Tổ chức cán bộ"]),
        # a unit of the organisation after the comma is the next unit
        ("Ban Phong trào, Văn phòng Thành Đoàn", ["Ban Phong trào", "Văn phòng Thành Đoàn"]),
    ],
)
def test_a_department_s_second_field_before_its_organisation_stays_in_its_name(
    written: str, names: list[str]
) -> None:
    assert split_units(written) == names


def test_a_post_in_lower_case_after_a_person_is_the_next_person() -> None:
    assert split_units("Phó Chủ tịch UBND phường, công chức Văn phòng - Thống kê") == [
        "Phó Chủ tịch UBND phường",
        "công chức Văn phòng - Thống kê",
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # counselling and legal aid are what a unit does after its name …
        (
            "Phòng Tư pháp, Đoàn Luật sư tỉnh tư vấn pháp luật cho hộ nghèo",
            ["Phòng Tư pháp", "Đoàn Luật sư tỉnh"],
        ),
        (
            "Hội Luật gia, Trung tâm Trợ giúp pháp lý nhà nước trợ giúp pháp lý cho người khuyết tật",
            ["Hội Luật gia", "Trung tâm Trợ giúp pháp lý nhà nước"],
        ),
        # … but the field of a service centre
        ("Trung tâm Dịch vụ hỗ trợ doanh nghiệp, Sở Công Thương", ["Trung tâm Dịch vụ hỗ trợ doanh nghiệp", "Sở Công Thương"]),
    ],
)
def test_counselling_and_legal_aid_after_a_whole_name_are_its_action(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_persons_in_lower_case_are_the_coordinating_units_of_an_assignment() -> None:
    plan = """UBND XÃ TÂN LẬP
KẾ HOẠCH
Tuyên truyền pháp luật ở vùng đồng bào dân tộc năm 2026

II. NHIỆM VỤ
1. Tuyên truyền pháp luật về hôn nhân và gia đình. Giao Công chức Văn hóa - Xã hội chủ trì, phối hợp với \
người có uy tín, già làng và trưởng bản tổ chức; thời gian: Quý III/2026.
2. Phổ biến quy định về phòng cháy rừng. Phòng Kinh tế chủ trì, phối hợp với chủ rừng và các thôn \
thực hiện; thời gian: tháng 3/2026.
"""
    tasks = extract(plan.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"]) for t in tasks] == [
        (["Công chức Văn hóa - Xã hội"], ["người có uy tín", "già làng", "trưởng bản"]),
        (["Phòng Kinh tế"], ["chủ rừng", "các thôn"]),
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # a commune's mass organisations abbreviated, joined by "/", "và", commas
        ("HND xã / CCB xã và ĐTN xã", ["HND xã", "CCB xã", "ĐTN xã"]),
        ("UB MTTQ xã, HCCB xã", ["UB MTTQ xã", "HCCB xã"]),
        ("Đ/c Chỉ huy phó BCH Quân sự xã, Thôn đội trưởng các thôn", ["Đ/c Chỉ huy phó BCH Quân sự xã",
                                                                    "Thôn đội trưởng các thôn"]),
    ],
)
def test_abbreviated_commune_organisations_and_comrades_are_units(written: str, names: list[str]) -> None:
    assert split_units(written) == names
    assert all(looks_like_unit(n) for n in names)


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Kế toán trưởng, Kiểm soát viên Tổng công ty", ["Kế toán trưởng", "Kiểm soát viên Tổng công ty"]),
        ("Trưởng phòng và Phó phòng Kỹ thuật", ["Trưởng phòng", "Phó phòng Kỹ thuật"]),
        ("Chánh án, Thẩm phán, Thư ký Tòa án", ["Chánh án", "Thẩm phán", "Thư ký Tòa án"]),
    ],
)
def test_officials_named_by_their_post_are_persons_of_their_own(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_an_official_named_by_post_coordinates_an_assignment() -> None:
    plan = """CÔNG TY CỔ PHẦN CẤP NƯỚC AN BÌNH
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026

II. NHIỆM VỤ
1. Phổ biến quy định về đấu thầu. Phòng Kế hoạch - Vật tư chủ trì; Kiểm soát viên Công ty phối hợp; \
thời gian: Quý III/2026.
"""
    tasks = extract(plan.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"]) for t in tasks] == [
        (["Phòng Kế hoạch - Vật tư"], ["Kiểm soát viên Công ty"]),
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("VP HĐND-UBND xã / CA xã", ["VP HĐND-UBND xã", "CA xã"]),
        ("BCĐ xã, TYT xã và BĐH các khu phố", ["BCĐ xã", "TYT xã", "BĐH các khu phố"]),
        ("HPN xã, TTYT huyện", ["HPN xã", "TTYT huyện"]),
    ],
)
def test_short_heads_of_a_communes_offices_are_units(written: str, names: list[str]) -> None:
    assert split_units(written) == names
    assert all(looks_like_unit(n) for n in names)


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # "Phòng, chống …" after "và" is a field of the name (prevention), not an office called "Phòng"
        ("Chi cục Kiểm lâm và Phòng, chống cháy rừng", ["Chi cục Kiểm lâm và Phòng, chống cháy rừng"]),
        ("Chi cục Kiểm lâm và Phòng Nông nghiệp", ["Chi cục Kiểm lâm", "Phòng Nông nghiệp"]),
        # the tax offices named since 2025
        ("Thuế cơ sở 3 tỉnh Nghệ An, Trạm Y tế xã", ["Thuế cơ sở 3 tỉnh Nghệ An", "Trạm Y tế xã"]),
    ],
)
def test_prevention_fields_and_tax_offices_in_unit_lists(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_a_tax_office_coordinates_after_the_lead_s_colon_line() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Vinh, ngày 10 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật của hộ kinh doanh.
II. NHIỆM VỤ
- Phổ biến quy định về hóa đơn điện tử cho hộ kinh doanh: Phòng Kinh tế chủ trì; Thuế cơ sở 2 tỉnh Nghệ An phối hợp (quý II/2026).
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks][-1:] == [
        (["Phòng Kinh tế"], ["Thuế cơ sở 2 tỉnh Nghệ An"], "2026-06-30"),
    ]


def test_units_of_the_armed_forces_lead_and_coordinate_dash_blocks() -> None:
    # a squadron, a regiment, a battalion start a unit's name like a department does
    assert split_units("Tiểu đoàn Huấn luyện 5, Hải đội Biên phòng 3 và Đại đội Trinh sát") == [
        "Tiểu đoàn Huấn luyện 5",
        "Hải đội Biên phòng 3",
        "Đại đội Trinh sát",
    ]
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Kiên Giang, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật của ngư dân.
II. NHIỆM VỤ
1. Tuyên truyền pháp luật về khai thác thủy sản
- Phát tờ rơi cho chủ tàu tại bến cá Tắc Cậu: Hải đội Biên phòng 3 chủ trì; Trạm Kiểm soát Biên phòng, Chi cục Thủy sản phối hợp; thời gian: quý II/2026.
- Nói chuyện pháp luật tại các trường ven biển: Trung đoàn Bộ binh 101 chủ trì, Hải đội Biên phòng 3 phối hợp; thời gian: tháng 9/2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks][-2:] == [
        (["Hải đội Biên phòng 3"], ["Trạm Kiểm soát Biên phòng", "Chi cục Thủy sản"], "2026-06-30"),
        (["Trung đoàn Bộ binh 101"], ["Hải đội Biên phòng 3"], "2026-09-30"),
    ]


def test_a_leader_named_by_the_field_in_charge_keeps_its_action_words() -> None:
    # "phụ trách" after a title: what follows is the field the person has charge of, verbs and all
    assert split_units("Lãnh đạo Cục phụ trách công tác kiểm tra nội bộ; Phòng Tổng hợp") == [
        "Lãnh đạo Cục phụ trách công tác kiểm tra nội bộ",
        "Phòng Tổng hợp",
    ]
    assert split_units("Phòng Tổng hợp kiểm tra việc thực hiện") == ["Phòng Tổng hợp"]


def test_a_long_list_of_short_leads_is_still_the_lead() -> None:
    # six organisations of a ward, over thirty words together: a list of names, not a sentence
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Cần Thơ, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật.
II. NỘI DUNG
1. Lồng ghép pháp luật vào sinh hoạt của các đoàn thể
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường, Hội Liên hiệp Phụ nữ phường, Hội Cựu chiến binh phường, Đoàn Thanh niên Cộng sản Hồ Chí Minh phường, Hội Người cao tuổi phường và Hội Chữ thập đỏ phường chủ động đưa nội dung pháp luật vào buổi sinh hoạt hằng tháng. Thời gian: Quý III/2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(len(t["lead_units"]), t["lead_units"][-1:], t["deadline"]) for t in tasks] == [
        (6, ["Hội Chữ thập đỏ phường"], "2026-09-30")
    ]


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_helpers_named_in_a_clause_before_the_lead_coordinate(fmt: str) -> None:
    # "Đề nghị Y phối hợp; X chủ trì …": Y helps X, whichever is named first
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, to_pdf

    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2026",
        "Huế, ngày 12 tháng 01 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao ý thức chấp hành pháp luật.",
        "II. NỘI DUNG",
        "1. Gặp mặt doanh nghiệp về chính sách thuế mới",
        "Đề nghị Hiệp hội Doanh nghiệp tỉnh phối hợp; Phòng Tuyên truyền chủ trì chuẩn bị tài liệu, gửi giấy mời.",
        "Thời hạn: Quý II/2026.",
        "2. Giải đáp vướng mắc của hộ kinh doanh",
        "Đội Kiểm tra cùng phối hợp; Phòng Pháp chế chủ trì trả lời trên trang điện tử.",
        "Thời hạn: Tháng 10/2026.",
    ]
    data = to_pdf(Plan(name="helpers_first", blocks=[P(line) for line in lines])) if fmt == "pdf" else (
        "\n".join(lines).encode()
    )
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Tuyên truyền"], ["Hiệp hội Doanh nghiệp tỉnh"], "2026-06-30"),
        (["Phòng Pháp chế"], ["Đội Kiểm tra"], "2026-10-31"),
    ]
    assert tasks[0]["title"] == "Gặp mặt doanh nghiệp về chính sách thuế mới"


def test_the_drafter_of_a_draft_in_a_heading_is_not_the_task_s_lead() -> None:
    # "góp ý dự thảo … do Bộ X chủ trì": the ministry drafts the text; the unit labelled below does the task
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Đà Nẵng, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật.
II. NỘI DUNG
1. Góp ý dự thảo nghị định về quản lý cảng biển do Bộ Xây dựng chủ trì
- Đơn vị chủ trì: Phòng Pháp chế; đơn vị phối hợp: Phòng Hàng hải.
- Thời gian: Quý II/2026.
2. Tập huấn kỹ năng soạn thảo văn bản do Phòng Hành chính chủ trì, thời gian: tháng 8/2026
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Pháp chế"], ["Phòng Hàng hải"], "2026-06-30"),
        (["Phòng Hành chính"], [], "2026-08-31"),  # no draft before "do": the unit chairs the task
    ]


def test_a_name_ending_in_its_field_xay_dung_keeps_it() -> None:
    # "xây dựng" with nothing after it is the centre's field, not the work it is asked to do
    assert split_units("Trung tâm Kiểm định chất lượng xây dựng") == ["Trung tâm Kiểm định chất lượng xây dựng"]
    assert split_units("Sở Nội vụ xây dựng tài liệu") == ["Sở Nội vụ"]


def test_a_department_of_two_dashed_fields_keeps_its_third_field() -> None:
    # "Ban Dân vận - Tôn giáo, Dân tộc" is one department: its first field is two joined by a dash
    assert split_units("Ban Dân vận - Tôn giáo, Dân tộc") == ["Ban Dân vận - Tôn giáo, Dân tộc"]
    assert split_units("Ban Dân vận - Tôn giáo, Công an xã") == ["Ban Dân vận - Tôn giáo", "Công an xã"]


def test_a_group_named_by_the_place_where_the_work_is_keeps_that_clause() -> None:
    # "nơi …" says which communes: the verb after it is not the unit's own work
    assert split_units("Công an huyện, UBND các xã nơi diễn ra hội nghị") == [
        "Công an huyện",
        "UBND các xã nơi diễn ra hội nghị",
    ]
    assert split_units("UBND các phường nơi tổ chức xét xử lưu động") == ["UBND các phường nơi tổ chức xét xử lưu động"]


def test_a_court_or_procuracy_department_named_by_its_oversight_keeps_its_object() -> None:
    # "Giám đốc" / "Kiểm sát" in capitals name what the department oversees: the verb after it is its object
    assert split_units("Phòng Giám đốc kiểm tra, thi hành án và Pháp chế; Văn phòng") == [
        "Phòng Giám đốc kiểm tra, thi hành án và Pháp chế",
        "Văn phòng",
    ]
    assert split_units("Bộ phận Kiểm sát giải quyết án hành chính, kinh doanh, Tổ Tổng hợp") == [
        "Bộ phận Kiểm sát giải quyết án hành chính, kinh doanh",
        "Tổ Tổng hợp",
    ]
    # a board of directors and the procuracy itself are whole names before their work
    assert split_units("Ban Giám đốc kiểm tra việc niêm yết") == ["Ban Giám đốc"]
    assert split_units("Viện Kiểm sát nhân dân tổ chức hội nghị") == ["Viện Kiểm sát nhân dân"]


def test_a_pdf_cell_line_naming_only_the_owner_of_the_department_above_goes_on_with_it() -> None:
    # the column was just wide enough: "Ban Dân vận" / "Huyện Đoàn" is one department of the district's Youth Union
    assert split_units(unwrap_cell("Ban Dân vận\nHuyện Đoàn\nHội Cựu chiến binh", 14)) == [
        "Ban Dân vận Huyện Đoàn",
        "Hội Cựu chiến binh",
    ]
    # an agency is no department: its line and the owner's stay two units
    assert split_units(unwrap_cell("Sở Nội vụ\nTỉnh ủy", 14)) == ["Sở Nội vụ", "Tỉnh ủy"]


def test_a_pdf_cell_department_after_its_role_label_goes_on_with_its_owner_before_the_next_unit() -> None:
    # "Phối hợp: Ban Pháp luật" / "Huyện Đoàn; Hội Nông dân huyện": the label before the department and the
    # next unit after the owner on its line do not hide that the owner is the department's
    cell = "Chủ trì: Văn phòng Huyện Đoàn\nPhối hợp: Ban Pháp luật\nHuyện Đoàn; Hội Nông dân\nhuyện"
    assert unwrap_cell(cell, 40) == (
        "Chủ trì: Văn phòng Huyện Đoàn\nPhối hợp: Ban Pháp luật Huyện Đoàn; Hội Nông dân huyện"
    )


def test_two_units_each_with_its_own_verb_before_the_work_are_both_named() -> None:
    # "A chỉ đạo, B" (+ "thực hiện …"): the first directs, the second does the work, both take it on
    assert split_units("Phó Chủ tịch UBND phường phụ trách kinh tế chỉ đạo, Công chức Địa chính - Xây dựng") == [
        "Phó Chủ tịch UBND phường phụ trách kinh tế",
        "Công chức Địa chính - Xây dựng",
    ]
    # an event after the comma is no unit
    assert split_units("Trung tâm Y tế chỉ đạo, Hội nghị giao ban") == ["Trung tâm Y tế"]


def test_a_capitalised_field_word_after_a_name_without_a_field_starts_the_next_unit() -> None:
    # "Y tế" may go on a name that has a field of its own, not one named by its members ("Chi đoàn giáo viên")
    assert split_units("Chi đoàn giáo viên, Y tế trường học, Thư viện") == [
        "Chi đoàn giáo viên",
        "Y tế trường học",
        "Thư viện",
    ]
    assert split_units("Trung tâm Văn hóa, Thể thao và Truyền thanh xã") == ["Trung tâm Văn hóa, Thể thao và Truyền thanh xã"]


def test_a_group_acting_by_its_field_or_powers_is_named_without_that_phrase() -> None:
    # "theo lĩnh vực phụ trách" / "theo thẩm quyền" says how the group acts, as "theo chức năng" does
    assert split_units("Các phòng chuyên môn thuộc UBND xã theo lĩnh vực phụ trách.") == [
        "Các phòng chuyên môn thuộc UBND xã"
    ]
    assert split_units("UBND các phường theo thẩm quyền; Công an tỉnh") == ["UBND các phường", "Công an tỉnh"]


def test_a_lower_case_honorific_before_a_post_is_dropped_from_the_name() -> None:
    # "giao đồng chí Phó Giám đốc …" in running text: the unit is the post the person holds
    assert split_units("đồng chí Phó Giám đốc Trung tâm; Tổ Hành chính") == ["Phó Giám đốc Trung tâm", "Tổ Hành chính"]
    assert split_units("Giao đ/c Trưởng Công an phường") == ["Trưởng Công an phường"]
    # a capitalised "Đồng chí …" opening the name is kept as written
    assert split_units("Đồng chí Chủ tịch Hội Nông dân xã") == ["Đồng chí Chủ tịch Hội Nông dân xã"]


def test_a_coordinating_name_running_on_into_putting_content_somewhere_ends_before_it() -> None:
    # "phối hợp với Sở A đưa nội dung … vào …": "đưa" + what is put starts the work, not the name
    assert split_units("Hội Luật gia tỉnh đưa kiến thức pháp luật vào sinh hoạt chi hội") == ["Hội Luật gia tỉnh"]
    assert split_units("Đài Truyền thanh xã đưa tin về các văn bản mới") == ["Đài Truyền thanh xã"]


def test_two_kinds_of_institution_each_with_its_own_words_after_cac_are_two_groups() -> None:
    # "Các trường A, trung tâm B": each kind has its own words, so each is a group of its own
    assert split_units("Các trường mầm non công lập, trung tâm học tập cộng đồng các xã") == [
        "Các trường mầm non công lập",
        "trung tâm học tập cộng đồng các xã",
    ]
    # a bare first kind shares the words after the second; the same kind again is one group
    assert split_units("Các trường, trung tâm giáo dục trực thuộc") == ["Các trường, trung tâm giáo dục trực thuộc"]
    assert split_units("Các bệnh viện tuyến tỉnh, bệnh viện ngoài công lập") == [
        "Các bệnh viện tuyến tỉnh, bệnh viện ngoài công lập"
    ]


def test_a_union_s_own_units_after_cac_start_the_next_name() -> None:
    # "các công đoàn cơ sở" is a group of the union's units, as "các đơn vị trực thuộc" is
    assert split_units("Ban Tổ chức - Kiểm tra, các công đoàn ngành trực thuộc") == [
        "Ban Tổ chức - Kiểm tra",
        "các công đoàn ngành trực thuộc",
    ]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Trường Đại học Sư phạm, Đại học Đà Nẵng; Sở Tư pháp", ["Trường Đại học Sư phạm, Đại học Đà Nẵng", "Sở Tư pháp"]),
        ("Khoa Luật, Đại học Quốc gia Hà Nội, Hội Luật gia tỉnh", ["Khoa Luật, Đại học Quốc gia Hà Nội", "Hội Luật gia tỉnh"]),
        ("Sở Giáo dục và Đào tạo, Đại học Thái Nguyên", ["Sở Giáo dục và Đào tạo", "Đại học Thái Nguyên"]),
    ],
)
def test_a_member_school_written_with_its_university_after_a_comma_is_one_name(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_a_department_named_by_fields_after_a_comma_that_go_on_with_and_is_one_name() -> None:
    # "Phòng X, <field> và <field>": lower-case fields joined by "và" after the comma name one department (a
    # lower-case verb after a comma with its object is still the work: "…, kiểm tra việc …")
    assert split_units("Phòng Quản lý văn bản, rà soát và hợp nhất văn bản, Thanh tra Sở") == [
        "Phòng Quản lý văn bản, rà soát và hợp nhất văn bản",
        "Thanh tra Sở",
    ]
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Bến Tre, ngày 05 tháng 02 năm 2026
II. NHIỆM VỤ
1. Biên soạn đề cương giới thiệu luật mới. Giao Văn phòng Sở chủ trì, phối hợp với Phòng Hành chính, kiểm tra và hợp nhất văn bản và Thanh tra Sở thực hiện, hoàn thành trước ngày 15/5/2026.
"""
    task = extract(text.encode(), "plan.txt")["tasks"][0]
    assert task["coordinating_units"] == ["Phòng Hành chính, kiểm tra và hợp nhất văn bản", "Thanh tra Sở"]


def test_a_department_named_by_the_people_it_serves_after_and_is_one_name() -> None:
    # "Phòng <field> và người có uy tín": a department's name; after another kind of unit the same people are a
    # unit of their own
    assert split_units("Phòng Công tác dân tộc và người có uy tín; Sở Tư pháp") == [
        "Phòng Công tác dân tộc và người có uy tín",
        "Sở Tư pháp",
    ]
    assert split_units("Ủy ban MTTQ xã và người có uy tín") == ["Ủy ban MTTQ xã", "người có uy tín"]


def test_upgrading_or_running_a_system_after_a_unit_is_its_work() -> None:
    assert split_units("Sở Tư pháp nâng cấp phần mềm quản lý") == ["Sở Tư pháp"]
    assert split_units("Trung tâm Chuyển đổi số vận hành Trang thông tin") == ["Trung tâm Chuyển đổi số"]


def test_a_commune_s_unit_said_to_be_the_local_one_keeps_the_word_and_its_work_still_ends_the_name() -> None:
    # "sở tại" (the place where the work is done) after a commune's unit is part of its name
    assert split_units("Trạm Kiểm soát Biên phòng, Trạm Y tế xã sở tại") == ["Trạm Kiểm soát Biên phòng", "Trạm Y tế xã sở tại"]
    assert split_units("UBND xã sở tại bố trí hội trường") == ["UBND xã sở tại"]
    assert split_units("Công an phường lập danh sách") == ["Công an phường"]


def test_an_association_named_by_its_members_trade_and_place_is_one_name() -> None:
    # "Hiệp hội <members> <trade> tỉnh X": the trade word is no work when only the place follows it
    assert split_units("Sở Công Thương, Hiệp hội Doanh nghiệp xây dựng tỉnh Gia Lai") == [
        "Sở Công Thương",
        "Hiệp hội Doanh nghiệp xây dựng tỉnh Gia Lai",
    ]
    assert split_units("Hội Kỹ sư xây dựng Việt Nam và Sở Xây dựng") == ["Hội Kỹ sư xây dựng Việt Nam", "Sở Xây dựng"]
    # followed by its object, the same word is what the association does
    assert split_units("Hiệp hội Vận tải xây dựng tài liệu hướng dẫn") == ["Hiệp hội Vận tải"]


PLAN_DRAFTING_LEAD = """SỞ Y TẾ
Số: 12/KH-SYT
Hà Nội, ngày 03 tháng 3 năm 2026
KẾ HOẠCH
Lấy ý kiến về dự thảo chính sách năm 2026
II. NỘI DUNG
1. Đối thoại với người dân về dự thảo chính sách
- Chủ trì thực hiện: Bộ phận, đơn vị được giao chủ trì xây dựng văn bản.
- Phối hợp: Văn phòng Sở.
- Tiến độ: tháng 6/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện Kế hoạch này.
"""


def test_a_lead_named_by_its_drafting_role_after_two_kinds_of_unit_stays_whole() -> None:
    """ "Bộ phận, đơn vị được giao chủ trì xây dựng văn bản": two kinds of unit then the drafting role are one
    (generic) lead, not "Bộ phận, đơn vị" and a task."""
    (task,) = extract(PLAN_DRAFTING_LEAD.encode(), "plan.txt")["tasks"]
    assert task["lead_units"] == ["Bộ phận, đơn vị được giao chủ trì xây dựng văn bản"]
    assert task["coordinating_units"] == ["Văn phòng Sở"]


def test_organisations_after_a_plural_word_are_a_group_not_the_verb_to_organise() -> None:
    # "tổ chức" right after "các"/"những" names organisations (a group of units), not the work "organise"
    assert split_units("Văn phòng xã; Ban điều hành các khu dân cư và các tổ chức đoàn thể") == [
        "Văn phòng xã", "Ban điều hành các khu dân cư", "các tổ chức đoàn thể"]
    assert split_units("Hội Nông dân xã tổ chức hội nghị") == ["Hội Nông dân xã"]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # a cooperative after "và" is a unit of its own, and "xã" in its kind word is no scope ending a name
        (
            "Phòng Kinh tế, Trạm Thú y xã và Hợp tác xã chè an toàn thôn Nà Mò",
            ["Phòng Kinh tế", "Trạm Thú y xã", "Hợp tác xã chè an toàn thôn Nà Mò"],
        ),
        # hamlets and their heads written in lower case after "và" or a comma are units of the list
        ("Hội Phụ nữ xã và các xóm", ["Hội Phụ nữ xã", "các xóm"]),
        ("Đoàn Thanh niên xã, các buôn", ["Đoàn Thanh niên xã", "các buôn"]),
        ("Hội Cựu chiến binh xã, các trưởng thôn", ["Hội Cựu chiến binh xã", "các trưởng thôn"]),
    ],
)
def test_cooperatives_hamlets_and_their_heads_listed_after_a_unit(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_a_department_with_three_capitalised_fields_joined_by_commas_is_one_name() -> None:
    # "Phòng Giống, Thú y, Thủy sản": three fields of one department, not a department and two more
    assert split_units("Phòng Giống, Thú y, Thủy sản; Hội Nông dân xã") == [
        "Phòng Giống, Thú y, Thủy sản", "Hội Nông dân xã"]


def test_a_bank_s_brand_in_latin_letters_starts_its_branch_s_name() -> None:
    # a brand ending in "bank", or an acronym before "Chi nhánh", opens a unit like "Ngân hàng" does
    assert looks_like_unit("Vietcombank Chi nhánh Quảng Nam")
    assert looks_like_unit("MB Chi nhánh Tam Kỳ")
    assert split_units("Sacombank Chi nhánh Hội An, VPB Chi nhánh Tam Kỳ và các ngân hàng cổ phần") == [
        "Sacombank Chi nhánh Hội An",
        "VPB Chi nhánh Tam Kỳ",
        "các ngân hàng cổ phần",
    ]
    assert not looks_like_unit("Giao Chi nhánh Tam Kỳ")  # a Vietnamese word before "Chi nhánh" is no brand


def test_an_owner_s_kind_opening_a_cell_line_before_a_comma_ends_the_name_above() -> None:
    # "Chi đoàn Thanh niên" / "Bệnh viện, Công đoàn" / "Bệnh viện": the hospital owns both, in a line that
    # was short enough to hold the next word
    cell = "Chi đoàn Thanh niên\nBệnh viện, Công đoàn\nBệnh viện"
    assert split_units(unwrap_cell(cell, 30)) == ["Chi đoàn Thanh niên Bệnh viện", "Công đoàn Bệnh viện"]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # the owners of a kind of business, with "các"/"những" between "chủ" and the kind, are a unit of the list
        ("Ban quản lý chợ, chủ các hộ kinh doanh", ["Ban quản lý chợ", "chủ các hộ kinh doanh"]),
        ("Công an xã và chủ những nhà trọ trên địa bàn", ["Công an xã", "chủ những nhà trọ trên địa bàn"]),
    ],
)
def test_owners_of_several_businesses_after_a_unit_are_a_unit_of_the_list(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_a_well_known_name_ending_in_its_scope_then_what_it_does_is_cut_after_the_scope() -> None:
    # "bồi dưỡng" is no listed action (a centre's field may go on with it), but after a name complete with its
    # scope word any lower-case word but a name's own starts the work, also for names kept whole as known ones
    assert split_units("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh bồi dưỡng kỹ năng cho già làng") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]
    assert split_units("Công an tỉnh, Đài Phát thanh và Truyền hình tỉnh bồi dưỡng nghiệp vụ cho phóng viên") == [
        "Công an tỉnh", "Đài Phát thanh và Truyền hình tỉnh"]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # a person by standing written with a capital, after a comma or "và", is a participant of the list
        ("Chi hội Nông dân thôn, Người có uy tín", ["Chi hội Nông dân thôn", "Người có uy tín"]),
        ("Hội Cựu chiến binh xã và Người có uy tín trong dòng họ",
         ["Hội Cựu chiến binh xã", "Người có uy tín trong dòng họ"]),
        # representatives in lower case after "và" or a comma: a participant too
        ("Ủy ban nhân dân xã và đại diện cha mẹ học sinh", ["Ủy ban nhân dân xã", "đại diện cha mẹ học sinh"]),
        ("Công an xã, đại diện các hộ kinh doanh ven chợ", ["Công an xã", "đại diện các hộ kinh doanh ven chợ"]),
        # an association named after people keeps its name; a representatives' board keeps its own
        ("Hội Người cao tuổi phường", ["Hội Người cao tuổi phường"]),
        ("Ban đại diện Hội Người cao tuổi xã, Đoàn Thanh niên xã",
         ["Ban đại diện Hội Người cao tuổi xã", "Đoàn Thanh niên xã"]),
    ],
)
def test_people_by_standing_with_a_capital_and_representatives_after_a_unit_are_participants(
    written: str, names: list[str]
) -> None:
    assert split_units(written) == names


def test_a_pdf_cell_line_wrapped_inside_the_last_name_of_a_list_joins_it() -> None:
    # the line is a list whose first name reads whole ("Các …", "Phòng …"), but the name being read at its end
    # is the last one after the comma or "và", cut by the cell's width: the next line goes on with it
    assert unwrap_cell("Các tổ chuyên môn,\nTrạm Y tế xã, Ban Chỉ huy\nQuân sự xã", 25) == (
        "Các tổ chuyên môn, Trạm Y tế xã, Ban Chỉ huy Quân sự xã")
    assert unwrap_cell("Phòng Kinh tế, Công an xã\nvà Tổ trưởng Tổ dân\nphố", 25) == (
        "Phòng Kinh tế, Công an xã và Tổ trưởng Tổ dân phố")
    # a last name that reads whole at the line's end still ends there
    assert unwrap_cell("Phòng Kinh tế, Công an xã\nĐoàn Thanh niên xã", 25) == (
        "Phòng Kinh tế, Công an xã\nĐoàn Thanh niên xã")


@pytest.mark.parametrize(
    ("cell", "capacity", "names"),
    [
        # a long name wrapped onto a short last line, then a unit that would have fitted after that short line:
        # the writer broke there (measured on the printed line above, not on the whole name read so far)
        ("Ban Tổ chức - Kiểm\ntra\nTrung tâm Hỗ trợ pháp\nlý thanh niên", 22,
         ["Ban Tổ chức - Kiểm tra", "Trung tâm Hỗ trợ pháp lý thanh niên"]),
        # a name ending in its owner's head word ("… Sở", "… Bộ") then a unit that would have fitted after it
        ("Thanh tra Sở\nPhòng Kế hoạch - Tài chính", 26, ["Thanh tra Sở", "Phòng Kế hoạch - Tài chính"]),
        ("Các đơn vị thuộc Bộ\ncác cơ sở đào tạo", 26, ["Các đơn vị thuộc Bộ", "các cơ sở đào tạo"]),
        # but a line that would not have fitted is the rest of the name cut at the line's end
        ("Văn phòng Sở Văn hóa, Sở\nKhoa học và Công nghệ", 24, ["Văn phòng Sở Văn hóa", "Sở Khoa học và Công nghệ"]),
        ("Ủy ban nhân dân\ncác xã, phường", 26, ["Ủy ban nhân dân các xã, phường"]),
    ],
)
def test_a_pdf_cell_line_starting_a_unit_that_would_have_fitted_above_is_the_next_unit(
    cell: str, capacity: int, names: list[str]
) -> None:
    assert split_units(unwrap_cell(cell, capacity)) == names


def test_a_pdf_cell_line_of_head_words_alone_waits_for_the_rest_of_the_name() -> None:
    # only the words of the name itself: the line that would have fitted after them still completes it
    assert split_units(unwrap_cell("Bộ Chỉ huy\nQuân sự tỉnh\nCông an tỉnh", 24)) == [
        "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh"]


def test_a_pdf_cell_board_of_leaders_and_the_plural_group_on_the_next_line_are_one_name() -> None:
    # "Ban Giám đốc" names no body of its own: the schools or hospitals under it on the next line are its
    # owners, even when that line's first word would have fitted after it by the count of characters
    cell = "Hội Chữ thập đỏ\nxã; Ban Giám đốc\ncác bệnh viện"
    assert split_units(unwrap_cell(cell, 24)) == ["Hội Chữ thập đỏ xã", "Ban Giám đốc các bệnh viện"]
    assert split_units(unwrap_cell("Công an phường\nBan Chỉ huy\ncác tổ dân phố", 24)) == [
        "Công an phường", "Ban Chỉ huy các tổ dân phố"]
    # a body with a name of its own stays apart from a plural group written on its own line
    assert split_units(unwrap_cell("Phòng Văn hóa xã\ncác hội đoàn thể", 24)) == [
        "Phòng Văn hóa xã", "các hội đoàn thể"]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # the head of a plural group's name again in lower case after a short comma piece starts a second unit
        ("Công đoàn các khu chế xuất, công đoàn giáo dục", ["Công đoàn các khu chế xuất", "công đoàn giáo dục"]),
        # a kind of place or a level after the group's comma still belongs to it
        ("UBND các xã, thị trấn ven biển", ["UBND các xã, thị trấn ven biển"]),
        ("Ban Giám hiệu các trường Tiểu học, THCS trên địa bàn", ["Ban Giám hiệu các trường Tiểu học, THCS trên địa bàn"]),
    ],
)
def test_the_same_kind_again_in_lower_case_after_a_plural_group_is_another_unit(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # a local government named by its kind in lower case and its own name, after "và": a unit of its own
        (
            "Công an tỉnh, UBND các phường ven sông và đặc khu Bạch Long Vĩ",
            ["Công an tỉnh", "UBND các phường ven sông", "đặc khu Bạch Long Vĩ"],
        ),
        ("Ban Chỉ huy Quân sự các xã biên giới và thị trấn Mường Tè", ["Ban Chỉ huy Quân sự các xã biên giới", "thị trấn Mường Tè"]),
        # not the place names listed after a plural kind, nor lower-case kinds of one group
        ("Hội Nông dân các xã Yên Lạc, Yên Phú và Yên Sơn", ["Hội Nông dân các xã Yên Lạc, Yên Phú và Yên Sơn"]),
        ("UBND các xã, phường và đặc khu", ["UBND các xã, phường và đặc khu"]),
    ],
)
def test_a_named_place_after_and_is_a_unit_of_its_own(written: str, names: list[str]) -> None:
    assert split_units(written) == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # a union's levels written in lower case after a comma or "và": each a unit of its own
        (
            "Ban Nữ công, các công đoàn ngành, công đoàn cấp trên trực tiếp cơ sở",
            ["Ban Nữ công", "các công đoàn ngành", "công đoàn cấp trên trực tiếp cơ sở"],
        ),
        ("Ban Tổ chức và công đoàn ngành y tế", ["Ban Tổ chức", "công đoàn ngành y tế"]),
        # a union named by its place keeps the places listed after it
        ("Công đoàn các khu chế xuất, khu công nghiệp", ["Công đoàn các khu chế xuất, khu công nghiệp"]),
    ],
)
def test_a_union_s_levels_in_lower_case_start_the_next_unit(written: str, names: list[str]) -> None:
    assert split_units(written) == names


def test_the_agencies_leading_the_drafting_of_a_kind_of_text_are_one_group() -> None:
    # the group is named by its role and what it drafts: "chủ trì" inside it is no assignment of its own
    assert split_units("các cơ quan chủ trì soạn thảo văn bản quy phạm pháp luật") == [
        "các cơ quan chủ trì soạn thảo văn bản quy phạm pháp luật"]
    assert split_units("Sở Tư pháp, các cơ quan được giao chủ trì xây dựng dự thảo nghị quyết") == [
        "Sở Tư pháp", "các cơ quan được giao chủ trì xây dựng dự thảo nghị quyết"]
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao hiểu biết.
II. NHIỆM VỤ
1. Truyền thông dự thảo chính sách về thuế tài nguyên trong thời gian lấy ý kiến
Đơn vị chủ trì: các cơ quan chủ trì soạn thảo văn bản quy phạm pháp luật; đơn vị phối hợp: Đài Phát thanh và Truyền hình tỉnh; thời gian: khi có dự thảo lấy ý kiến.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["on_request"]) for t in tasks] == [
        (["các cơ quan chủ trì soạn thảo văn bản quy phạm pháp luật"], ["Đài Phát thanh và Truyền hình tỉnh"], True)
    ]


def test_court_chambers_a_school_s_pioneer_unit_and_branches_posting_material_are_assignees() -> None:
    # a court's plan assigns its chambers ("Tòa Kinh tế", "Tòa Lao động"); a school's, its Young Pioneers'
    # unit ("Liên đội"); a bank's, its branches that post leaflets ("… niêm yết tờ gấp …") with no "chủ trì"
    text = """TÒA ÁN NHÂN DÂN KHU VỰC 5
KẾ HOẠCH
Tuyên truyền pháp luật qua hoạt động xét xử năm 2027
Cần Thơ, ngày 10 tháng 01 năm 2027
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của người dân qua phiên tòa.
II. NHIỆM VỤ
1. Xét xử rút kinh nghiệm các vụ tranh chấp hợp đồng lao động
Giao Tòa Lao động chủ trì, phối hợp với Tòa Kinh tế và Liên đội Trường THCS Lê Lợi tổ chức hai phiên tòa. Thời gian: Quý III/2027.
2. Hỏi đáp pháp luật cho học sinh
Liên đội Trường THCS Lê Lợi chủ trì; Tòa Dân sự phối hợp. Thời gian: tháng 5/2027.
3. Tài liệu về phòng, chống lừa đảo
- Phòng Khách hàng chủ trì biên soạn tờ gấp; thời gian: tháng 3/2027.
- Các Chi nhánh huyện niêm yết tờ gấp tại nơi tiếp khách; thực hiện thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Văn phòng theo dõi, báo cáo kết quả.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [
        (["Tòa Lao động"], ["Tòa Kinh tế", "Liên đội Trường THCS Lê Lợi"], "2027-09-30"),
        (["Liên đội Trường THCS Lê Lợi"], ["Tòa Dân sự"], "2027-05-31"),
        (["Phòng Khách hàng"], [], "2027-03-31"),
        (["Các Chi nhánh huyện"], [], "2027-12-31"),
    ]


def test_a_pdf_cell_line_ending_in_a_bare_kind_of_place_goes_on_with_the_place_s_name() -> None:
    # "Công an xã" / "Tân Lập, Đội dân phòng": the commune's own name wrapped onto the next line
    assert split_units(unwrap_cell("Công an xã\nTân Lập, Đội dân phòng\nthôn", 24)) == [
        "Công an xã Tân Lập", "Đội dân phòng thôn"]
    # … but a unit written as a head and one word is the next unit
    assert split_units(unwrap_cell("Công an phường\nTỉnh Đoàn", 24)) == ["Công an phường", "Tỉnh Đoàn"]
    # … and so is a unit whose name the cell's width cut after two capitalised words
    assert split_units(unwrap_cell("Công an tỉnh\nHội Liên\nhiệp Phụ nữ tỉnh", 16)) == [
        "Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("- Văn phòng Trung tâm\n- các tổ chuyên môn thuộc Trung tâm",
         ["Văn phòng Trung tâm", "các tổ chuyên môn thuộc Trung tâm"]),
        ("- Công an thành phố Hải\nPhòng\n- Hội Luật gia thành phố", ["Công an thành phố Hải Phòng", "Hội Luật gia thành phố"]),
    ],
)
def test_a_pdf_cell_listing_units_as_dash_items_gives_each_item_as_a_unit(cell: str, names: list[str]) -> None:
    # each dash item is a unit of its own, its wrapped lines joined: the next item is never the rest of its name
    assert split_units(unwrap_cell(cell, 26)) == names


@pytest.mark.parametrize(
    ("cell", "capacity", "names"),
    [
        # the next unit's first word would have fitted with room to spare: the writer ended the line, even after
        # a name ending in a head that often waits for its owner ("Tổ Văn phòng")
        ("Tổ Văn phòng\nHội Cha mẹ học sinh\ntrường", 22, ["Tổ Văn phòng", "Hội Cha mẹ học sinh trường"]),
        # but head words alone still wait for the rest of the name
        ("UBND\nthị trấn Phú Mỹ", 20, ["UBND thị trấn Phú Mỹ"]),
        # a person in lower case on a line the writer began is listed among the units
        ("Trạm Y tế xã Nà Hì\nnhân viên y tế thôn", 24, ["Trạm Y tế xã Nà Hì", "nhân viên y tế thôn"]),
        # a name ending in its level or its sector reads whole, so the unit under it is the next one
        ("Hội Nông dân cơ sở\nĐoàn Thanh niên xã", 19, ["Hội Nông dân cơ sở", "Đoàn Thanh niên xã"]),
        ("Công đoàn ngành Giáo dục\nTrường Cao đẳng Sư\nphạm", 24,
         ["Công đoàn ngành Giáo dục", "Trường Cao đẳng Sư phạm"]),
        # a police department over the police force it belongs to is one unit
        ("Phòng Cảnh sát kinh tế\nCông an tỉnh", 22, ["Phòng Cảnh sát kinh tế Công an tỉnh"]),
        ("Đội An ninh\nCông an huyện Mèo Vạc;\nHội Phụ nữ huyện", 24,
         ["Đội An ninh Công an huyện Mèo Vạc", "Hội Phụ nữ huyện"]),
    ],
)
def test_a_pdf_cell_line_break_is_the_writer_s_when_the_word_fitted_with_room_or_the_name_read_whole(
    cell: str, capacity: int, names: list[str]
) -> None:
    assert split_units(unwrap_cell(cell, capacity)) == names
