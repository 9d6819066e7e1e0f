"""Whole layouts that must not be lost: task tables in any column order and header wording (with or
without a number column, one- or two-row header), and dash/plus items carrying their own assignment
(in brackets at the end, after a colon, in a sentence after the title), "Nhiệm vụ 1:" headings and
"Hoạt động 1" blocks. Every plan here was written for this file (a district's, a school's, a health
centre's, a commune's); each is read from DOCX (python-docx) and from PDF (fpdf2, grid tables).
"""

from __future__ import annotations

from typing import Any

import pytest

from pbgdpl.core.text import key
from pbgdpl.plans.importer import readers
from pbgdpl.plans.importer.extractor import extract
from pbgdpl.plans.importer.tests.heldout3 import FONT, FONT_BOLD, P, Plan, T, to_docx, to_pdf


def _head(agency: str, number: str, place_date: str, title: str) -> list[P | T]:
    return [
        P("UBND HUYỆN HÒA VANG", bold=True, center=True),
        P(agency, bold=True, center=True),
        P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, center=True),
        P("Độc lập - Tự do - Hạnh phúc", bold=True, center=True),
        P(f"Số: {number}", center=True),
        P(place_date, center=True),
        P("KẾ HOẠCH", bold=True, center=True),
        P(title, bold=True, center=True),
        P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
        P("- Nâng cao hiểu biết pháp luật của cán bộ và Nhân dân; hoạt động thiết thực, tiết kiệm."),
    ]


_TAIL: list[P | T] = [
    P("III. TỔ CHỨC THỰC HIỆN", bold=True),
    P("Các bộ phận căn cứ Kế hoạch triển khai thực hiện; báo cáo kết quả trước ngày 15/12/2026."),
    P("Nơi nhận:"),
    P("- Như trên;"),
    P("- Lưu: VT."),
    P("THỦ TRƯỞNG ĐƠN VỊ", bold=True, center=True),
    P("Lê Văn Tám", bold=True, center=True),
]

# (title, lead, coordinating, time, deadline) of the rows every table below holds
ROWS: list[tuple[str, str, str, str, str]] = [
    (
        "Tuyên truyền Luật Phòng, chống ma túy cho học sinh",
        "Phó Hiệu trưởng phụ trách nề nếp",
        "Giáo viên chủ nhiệm; Đoàn Thanh niên trường",
        "Tháng 10/2026",
        "2026-10-31",
    ),
    (
        "Tổ chức Hội thi rung chuông vàng về pháp luật",
        "Đoàn Thanh niên trường",
        "Tổ Lịch sử - Địa lý - Giáo dục công dân",
        "Từ 02/11 đến 09/11/2026",
        "2026-11-09",
    ),
    (
        "Cập nhật tủ sách pháp luật",
        "Nhân viên thư viện",
        "Tổ Văn phòng",
        "Quý IV/2026",
        "2026-12-31",
    ),
]

# header cells by kind, and the orders in which plans put them
_WORDS = {
    "code": "STT",
    "title": "Nội dung công việc",
    "lead": "Người/Bộ phận phụ trách",
    "coord": "Phối hợp",
    "time": "Thời gian",
    "note": "Ghi chú",
}
LAYOUTS: dict[str, tuple[list[str], dict[str, str]]] = {
    "time first, persons": (["code", "time", "title", "lead", "coord"], {}),
    "no number column, time first": (["time", "title", "lead", "coord", "note"], {}),
    "no number column, title first": (
        ["title", "lead", "coord", "time"],
        {"title": "Nội dung", "lead": "Trách nhiệm", "coord": "Bộ phận phối hợp", "time": "Thời hạn"},
    ),
    "units last": (
        ["code", "title", "time", "coord", "lead"],
        {"title": "Nhiệm vụ", "lead": "Người thực hiện", "coord": "Bộ phận hỗ trợ", "time": "Tiến độ"},
    ),
    "who and with whom": (
        ["code", "title", "lead", "coord", "time", "note"],
        {
            "code": "Số TT",
            "title": "Tên nhiệm vụ",
            "lead": "Cơ quan, đơn vị",
            "coord": "Cơ quan, đơn vị phối hợp",
            "time": "Thời hạn hoàn thành",
            "note": "Kinh phí",
        },
    ),
    "executing unit, result column": (
        ["code", "title", "lead", "coord", "time", "note"],
        {
            "title": "Hoạt động",
            "lead": "Bộ phận thực hiện",
            "coord": "Đơn vị tham gia",
            "time": "Thời gian hoàn thành",
            "note": "Kết quả",
        },
    ),
}


def _table_plan(order: list[str], words: dict[str, str]) -> Plan:
    names = {**_WORDS, **words}
    header = tuple(names[k] for k in order)
    rows: list[tuple[str, ...]] = [header]
    for n, (title, lead, coord, time, _due) in enumerate(ROWS, start=1):
        values = {"code": str(n), "title": title, "lead": lead, "coord": coord, "time": time, "note": ""}
        rows.append(tuple(values[k] for k in order))
    widths = tuple({"code": 10, "title": 60, "time": 28}.get(k, 36) for k in order)
    return Plan(
        name="school",
        blocks=[
            *_head(
                "TRƯỜNG THCS NGUYỄN DU",
                "95/KH-THCS",
                "Hòa Vang, ngày 10 tháng 9 năm 2026",
                "Phổ biến, giáo dục pháp luật năm học 2026 - 2027",
            ),
            P("II. NỘI DUNG VÀ TIẾN ĐỘ THỰC HIỆN", bold=True),
            T(tuple(rows), widths),
            *_TAIL,
        ],
    )


def _read(plan: Plan, fmt: str) -> list[dict[str, Any]]:
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    return [t for t in extract(data, f"{plan.name}.{fmt}")["tasks"] if not t["is_group"]]


def _find(tasks: list[dict[str, Any]], title: str) -> dict[str, Any]:
    found = [t for t in tasks if key(t["title"]).startswith(key(title))]
    assert found, f"«{title}» not found in {[t['title'] for t in tasks]}"
    return found[0]


def _units(names: list[str]) -> set[str]:
    return {key(n) for n in names}


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_task_table_is_read_whatever_its_column_order_and_header_words(layout: str, fmt: str) -> None:
    order, words = LAYOUTS[layout]
    tasks = _read(_table_plan(order, words), fmt)
    assert len(tasks) == len(ROWS)
    for title, lead, coord, _time, due in ROWS:
        task = _find(tasks, title)
        assert _units(task["lead_units"]) == _units([lead])
        assert _units(task["coordinating_units"]) == _units(coord.split("; "))
        assert task["deadline"] == due


def _pdf_without_rules(plan: Plan, borders: str) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import VAlign

    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_BOLD)
    pdf.add_page()
    for block in plan.blocks:
        if isinstance(block, T):
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(
                col_widths=block.widths, v_align=VAlign.T, text_align="LEFT", line_height=5, borders_layout=borders
            ) as table:
                for row in block.rows:
                    tr = table.row()
                    for text in row:
                        tr.cell(text)
            continue
        pdf.set_font("DejaVu", "B" if block.bold else "", 11)
        pdf.multi_cell(0, 6, block.text, align="C" if block.center else "J", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("borders", ["HORIZONTAL_LINES", "NONE"])
@pytest.mark.parametrize("layout", ["no number column, time first", "no number column, title first"])
def test_a_pdf_table_without_a_number_column_or_ruling_lines_keeps_its_rows_whole(layout: str, borders: str) -> None:
    order, words = LAYOUTS[layout]
    data = _pdf_without_rules(_table_plan(order, words), borders)
    tasks = [t for t in extract(data, "school.pdf")["tasks"] if not t["is_group"]]
    assert len(tasks) == len(ROWS)
    for title, lead, coord, _time, due in ROWS:
        task = _find(tasks, title)
        assert _units(task["lead_units"]) == _units([lead])
        assert _units(task["coordinating_units"]) == _units(coord.split("; "))
        assert task["deadline"] == due


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_task_table_under_a_two_row_header(fmt: str) -> None:
    rows: list[tuple[str, ...]] = [
        ("TT", "Nội dung", "Đơn vị thực hiện", "Đơn vị thực hiện", "Thời gian"),
        ("", "", "Chủ trì", "Phối hợp", ""),
    ]
    for n, (title, lead, coord, time, _due) in enumerate(ROWS, start=1):
        rows.append((str(n), title, lead, coord, time))
    plan = Plan(
        name="two_rows",
        blocks=[
            *_head("TRƯỜNG THCS NGUYỄN DU", "96/KH-THCS", "Hòa Vang, ngày 10 tháng 9 năm 2026", "Tuyên truyền"),
            P("II. NHIỆM VỤ", bold=True),
            T(tuple(rows), (10, 60, 40, 40, 30)),
            *_TAIL,
        ],
    )
    tasks = _read(plan, fmt)
    assert len(tasks) == len(ROWS)
    for title, lead, coord, _time, due in ROWS:
        task = _find(tasks, title)
        assert _units(task["lead_units"]) == _units([lead])
        assert _units(task["coordinating_units"]) == _units(coord.split("; "))
        assert task["deadline"] == due


# A district health centre's plan: "Đơn vị thực hiện" over "Chủ trì | Phối hợp", the cell beside it left empty
# (not merged) in the first row, a product column; long enough to go on over a page break, where the
# header repeats only its first row. The title names a law with its year before the plan's year.
_HEALTH_ROWS: list[tuple[str, str, str, str, str]] = [
    (
        f"Truyền thông Luật Khám bệnh, chữa bệnh đợt {n} cho nhân viên y tế các trạm y tế xã, phường, "
        "thị trấn trên địa bàn huyện",
        "Khoa Kiểm soát bệnh tật và HIV/AIDS" if n % 2 else "Phòng Kế hoạch - Nghiệp vụ",
        "Trạm Y tế các xã, thị trấn; Phòng Y tế huyện",
        f"Tháng {n}/2026" if n <= 9 else "Thường xuyên",
        f"2026-{n:02d}-{[31, 28, 31, 30, 31, 30, 31, 31, 30][n - 1]}" if n <= 9 else "2026-12-31",
    )
    for n in range(1, 13)
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_two_row_header_with_an_empty_cell_and_a_page_break(fmt: str) -> None:
    rows: list[tuple[str, ...]] = [
        ("STT", "Nội dung hoạt động", "Đơn vị thực hiện", "", "Thời hạn", "Sản phẩm"),
        ("", "", "Chủ trì", "Phối hợp", "", ""),
    ]
    for n, (title, lead, coord, time, _due) in enumerate(_HEALTH_ROWS, start=1):
        rows.append((str(n), title, lead, coord, time, "Báo cáo kết quả"))
    plan = Plan(
        name="health_two_rows",
        blocks=[
            *_head(
                "TRUNG TÂM Y TẾ HUYỆN HÒA VANG",
                "15/KH-TTYT",
                "Hòa Vang, ngày 05 tháng 01 năm 2026",
                "Triển khai Luật Khám bệnh, chữa bệnh năm 2023 tại Trung tâm năm 2026",
            ),
            P("II. NỘI DUNG", bold=True),
            T(tuple(rows), (10, 60, 36, 40, 26, 22)),
            *_TAIL,
        ],
    )
    tasks = _read(plan, fmt)
    assert len(tasks) == len(_HEALTH_ROWS)
    for title, lead, coord, _time, due in _HEALTH_ROWS:
        task = _find(tasks, title)
        assert _units(task["lead_units"]) == _units([lead])
        assert _units(task["coordinating_units"]) == _units(coord.split("; "))
        assert task["deadline"] == due


# A commune's plan: dash and plus items, each with its own assignment, written four ways
BULLET_PLAN = Plan(
    name="commune_bullets",
    blocks=[
        *_head(
            "ỦY BAN NHÂN DÂN XÃ HÒA PHÚ",
            "41/KH-UBND",
            "Hòa Phú, ngày 02 tháng 3 năm 2026",
            "Tuyên truyền phòng, chống cháy rừng năm 2026",
        ),
        P("II. NỘI DUNG", bold=True),
        P("1. Công tác tuyên truyền", bold=True),
        P(
            "- Phát tờ rơi về phòng cháy, chữa cháy rừng đến từng hộ dân ven rừng (Công chức Văn hóa - Xã hội "
            "chủ trì, phối hợp Trưởng các thôn, Chi hội Nông dân các thôn; hoàn thành trước ngày 31/3/2026)."
        ),
        P(
            "- Tổ chức ký cam kết bảo vệ rừng với các hộ nhận khoán: Ban Lâm nghiệp xã chủ trì, phối hợp với "
            "Hạt Kiểm lâm Hòa Vang; thời gian: tháng 4/2026."
        ),
        P(
            "+ Hội nghị tuyên truyền cho người dân vùng giáp ranh: Công an xã chủ trì, phối hợp với Đồn Biên "
            "phòng Hòa Phú; thời gian: Quý II/2026."
        ),
        P("2. Công tác kiểm tra", bold=True),
        P(
            "- Kiểm tra việc đốt thực bì của các hộ trồng rừng. Giao Ban Lâm nghiệp xã chủ trì, phối hợp với "
            "Công an xã thực hiện trong mùa khô (từ tháng 5 đến tháng 8/2026)."
        ),
        P(
            "- Tuần tra các điểm nóng cháy rừng (Chủ trì: Công an xã; phối hợp: Dân quân xã; thời gian: "
            "từ tháng 6 đến tháng 7/2026)."
        ),
        P("Nhiệm vụ 3: Sơ kết, báo cáo", bold=True),
        P(
            "- Tổng hợp, báo cáo kết quả về UBND huyện (Văn phòng HĐND và UBND xã chủ trì; trước ngày "
            "15/9/2026)."
        ),
        *_TAIL,
    ],
)
BULLET_EXPECTED = [
    ("Phát tờ rơi", ["Công chức Văn hóa - Xã hội"], ["Trưởng các thôn", "Chi hội Nông dân các thôn"], "2026-03-31"),
    ("Tổ chức ký cam kết bảo vệ rừng", ["Ban Lâm nghiệp xã"], ["Hạt Kiểm lâm Hòa Vang"], "2026-04-30"),
    ("Hội nghị tuyên truyền cho người dân", ["Công an xã"], ["Đồn Biên phòng Hòa Phú"], "2026-06-30"),
    ("Kiểm tra việc đốt thực bì", ["Ban Lâm nghiệp xã"], ["Công an xã"], "2026-08-31"),
    ("Tuần tra các điểm nóng", ["Công an xã"], ["Dân quân xã"], "2026-07-31"),
    ("Sơ kết, báo cáo", ["Văn phòng HĐND và UBND xã"], [], "2026-09-15"),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_dash_and_plus_items_carrying_their_own_assignment_are_tasks(fmt: str) -> None:
    tasks = _read(BULLET_PLAN, fmt)
    assert len(tasks) == len(BULLET_EXPECTED)
    for title, lead, coord, due in BULLET_EXPECTED:
        task = _find(tasks, title)
        assert _units(task["lead_units"]) == _units(lead), title
        assert _units(task["coordinating_units"]) == _units(coord), title
        assert task["deadline"] == due, title
    # the item's own words are its title, not the assignment
    assert not any("chủ trì" in t["title"] for t in tasks)


def test_a_heading_over_one_assigned_item_is_that_task() -> None:
    """The item names its unit inside its one sentence (here in brackets after the work): the heading is the
    task. An item saying its work in a sentence of its own, then its assignment in a later one, is a task
    under the heading instead (issue 4: a heading without its own lead is a group; see the test below)."""
    text = """KẾ HOẠCH
Hưởng ứng Ngày Pháp luật năm 2026
Hòa Phú, ngày 02 tháng 3 năm 2026
II. NHIỆM VỤ
1. Hưởng ứng Ngày Pháp luật Việt Nam
- Treo băng rôn tại trụ sở và nhà văn hóa các thôn (Công chức Tư pháp - Hộ tịch chủ trì, phối hợp Đoàn \
Thanh niên xã; tháng 11/2026).
2. Tuyên truyền trên loa truyền thanh
- Phát tin, bài hằng tuần: Đài Truyền thanh xã chủ trì; thời gian: thường xuyên.
- Biên tập chuyên mục hỏi đáp pháp luật: Công chức Tư pháp - Hộ tịch chủ trì; thời gian: Quý III/2026.
III. TỔ CHỨC THỰC HIỆN
Các bộ phận triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    first = _find(tasks, "Hưởng ứng Ngày Pháp luật Việt Nam")
    assert not first["is_group"]
    assert first["lead_units"] == ["Công chức Tư pháp - Hộ tịch"]
    assert first["deadline"] == "2026-11-30"
    second = _find(tasks, "Tuyên truyền trên loa")
    assert second["is_group"]
    children = [t for t in tasks if t["parent_code"] == second["code"]]
    assert [c["lead_units"] for c in children] == [["Đài Truyền thanh xã"], ["Công chức Tư pháp - Hộ tịch"]]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_heading_over_one_item_telling_its_work_then_its_assignment_is_the_group_of_that_task(fmt: str) -> None:
    """Issue 4: "a heading without its own lead unit is a group task, the parent of the tasks under it". An
    only dash or plus item whose first sentence says the work and a later sentence gives the lead is a task
    titled by its work, under the heading; a heading over a plain paragraph stays one task."""
    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2026",
        "Tân Phước, ngày 06 tháng 01 năm 2026",
        "II. NỘI DUNG",
        "1. Trợ giúp pháp lý lưu động",
        "- Tổ chức 02 đợt trợ giúp pháp lý lưu động tại các ấp vùng sâu. Giao Văn phòng HĐND và UBND xã chủ trì, "
        "phối hợp với Trung tâm Trợ giúp pháp lý tỉnh. Thời gian: Quý III/2026.",
        "2. Góp ý dự thảo văn bản",
        "+ Tổng hợp ý kiến của nhân dân về các dự thảo luật. Phòng Tư pháp chủ trì. Thời gian: tháng 8/2026.",
        "3. Sinh hoạt Ngày Pháp luật",
        "Tổ chức sinh hoạt Ngày Pháp luật hằng tháng. Giao Công an xã chủ trì. Thời gian: hằng tháng.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các bộ phận triển khai thực hiện.",
    ]
    if fmt == "txt":
        data = "\n".join(lines).encode()
    else:
        plan = Plan(name="lone", blocks=[P(line, bold=line[:2] in ("1.", "2.", "3.")) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["code"], t["parent_code"], t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("1", None, "Trợ giúp pháp lý lưu động", [], [], "2026-09-30"),
        ("1.1", "1", "Tổ chức 02 đợt trợ giúp pháp lý lưu động tại các ấp vùng sâu", ["Văn phòng HĐND và UBND xã"],
         ["Trung tâm Trợ giúp pháp lý tỉnh"], "2026-09-30"),
        ("2", None, "Góp ý dự thảo văn bản", [], [], "2026-08-31"),
        ("2.1", "2", "Tổng hợp ý kiến của nhân dân về các dự thảo luật", ["Phòng Tư pháp"], [], "2026-08-31"),
        ("3", None, "Sinh hoạt Ngày Pháp luật", ["Công an xã"], [], "2026-12-31"),
    ]


def test_an_item_with_several_activity_blocks_named_by_a_colon_gives_each_its_task() -> None:
    text = """KẾ HOẠCH
Tuyên truyền chính sách bảo hiểm y tế năm 2026
Hòa Vang, ngày 05 tháng 01 năm 2026
II. NỘI DUNG
1. Tuyên truyền tại cơ sở
- Hội thảo chính sách bảo hiểm y tế học sinh, sinh viên: Trung tâm Y tế huyện chủ trì, phối hợp với \
Phòng Giáo dục và Đào tạo; thời gian: tháng 9/2026.
- Hội nghị tuyên truyền bảo hiểm y tế hộ gia đình cho người dân các thôn vùng cao: Trạm Y tế các xã chủ \
trì, phối hợp với UBND các xã; thời gian: Quý II/2026.
- Tư vấn trực tiếp tại quầy tiếp đón: Phòng Kế hoạch - Nghiệp vụ chủ trì; thời gian: thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các khoa, phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    meeting = _find(tasks, "Hội nghị tuyên truyền bảo hiểm y tế hộ gia đình")
    assert meeting["lead_units"] == ["Trạm Y tế các xã"]
    assert meeting["coordinating_units"] == ["UBND các xã"]
    assert meeting["deadline"] == "2026-06-30"
    seminar = _find(tasks, "Hội thảo chính sách")
    assert seminar["lead_units"] == ["Trung tâm Y tế huyện"]
    assert _find(tasks, "Tư vấn trực tiếp")["lead_units"] == ["Phòng Kế hoạch - Nghiệp vụ"]


def test_a_task_table_with_header_words_never_seen_is_read_by_its_content_with_a_warning() -> None:
    text = """UBND HUYỆN HÒA VANG
KẾ HOẠCH
Tuyên truyền pháp luật về đất đai năm 2026
Hòa Vang, ngày 02 tháng 3 năm 2026
II. CÁC HOẠT ĐỘNG
| Số | Việc cần làm | Ai làm | Cùng làm | Lúc nào |
|---|---|---|---|---|
| 1 | Tuyên truyền Luật Đất đai trên loa truyền thanh | Phòng Nông nghiệp và Môi trường | Phòng Tư pháp | Quý II/2026 |
| 2 | Tập huấn cho hòa giải viên ở cơ sở | Phòng Tư pháp | UBND các xã | Tháng 8/2026 |
| 3 | Cập nhật Tủ sách pháp luật | Văn phòng HĐND và UBND huyện | Phòng Văn hóa và Thông tin | Thường xuyên |
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    result = extract(text.encode(), "plan.md")
    tasks = result["tasks"]
    assert [t["lead_units"] for t in tasks] == [
        ["Phòng Nông nghiệp và Môi trường"],
        ["Phòng Tư pháp"],
        ["Văn phòng HĐND và UBND huyện"],
    ]
    assert [t["deadline"] for t in tasks] == ["2026-06-30", "2026-08-31", "2026-12-31"]
    assert tasks[1]["coordinating_units"] == ["UBND các xã"]
    assert "đoán theo nội dung" in result["warnings"][0]


def test_a_plan_whose_tasks_part_has_only_unassigned_dashes_is_read_with_a_warning_not_refused() -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hòa Phú, ngày 02 tháng 3 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao hiểu biết pháp luật của Nhân dân.
II. NỘI DUNG
- Tuyên truyền Luật Đất đai trên loa truyền thanh các thôn.
- Tổ chức tập huấn cho hòa giải viên ở cơ sở.
III. TỔ CHỨC THỰC HIỆN
Các bộ phận triển khai thực hiện.
"""
    result = extract(text.encode(), "plan.txt")
    assert [t["title"] for t in result["tasks"]] == [
        "Tuyên truyền Luật Đất đai trên loa truyền thanh các thôn",
        "Tổ chức tập huấn cho hòa giải viên ở cơ sở",
    ]
    assert all(t["lead_units"] == [] for t in result["tasks"])
    assert "mỗi dòng của phần này" in result["warnings"][0]


# More ways a dash item carries its assignment: after ";", after a dash, in a labelled later sentence,
# with labels after ";", with "giao" after a colon and the time after a comma, after "Title:" alone
ITEM_WAYS = Plan(
    name="district_items",
    blocks=[
        *_head(
            "PHÒNG TƯ PHÁP",
            "12/KH-PTP",
            "Hòa Vang, ngày 02 tháng 3 năm 2026",
            "Tuyên truyền Luật Đất đai năm 2026",
        ),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Quán triệt, tập huấn", bold=True),
        P("- Tổ chức hội nghị quán triệt Luật Đất đai; Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ; Quý II/2026."),
        P("- Tập huấn cho hòa giải viên, do Phòng Tư pháp chủ trì; thời gian: Quý III/2026."),
        P("2. Tài liệu", bold=True),
        P("- Biên soạn tài liệu hỏi đáp – Phòng Văn hóa và Thông tin chủ trì, phối hợp Phòng Tư pháp – tháng 5/2026."),
        P("+ Phát hành tờ gấp. Đơn vị chủ trì: Phòng Tư pháp; đơn vị phối hợp: Phòng Nội vụ; thời gian: Quý II/2026."),
        P("3. Tuyên truyền", bold=True),
        P("• Tuyên truyền trên loa (Chủ trì: Đài Truyền thanh huyện; Phối hợp: UBND các xã; Thời gian: thường xuyên)."),
        P(
            "- Tổ chức cuộc thi tìm hiểu pháp luật: giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Huyện đoàn, "
            "thời gian: tháng 10/2026."
        ),
        P("Nhiệm vụ 4: Kiểm tra, đánh giá", bold=True),
        P(
            "- Kiểm tra việc thực hiện tại các xã; Chủ trì: Phòng Tư pháp; Phối hợp: Văn phòng HĐND và UBND huyện; "
            "Thời gian: tháng 11/2026."
        ),
        P("- Tổng kết, báo cáo: Phòng Tư pháp chủ trì, tháng 12/2026."),
        *_TAIL,
    ],
)
ITEM_WAYS_EXPECTED = [
    ("Tổ chức hội nghị quán triệt Luật Đất đai", ["Phòng Tư pháp"], ["Phòng Nội vụ"], "2026-06-30"),
    ("Tập huấn cho hòa giải viên", ["Phòng Tư pháp"], [], "2026-09-30"),
    ("Biên soạn tài liệu hỏi đáp", ["Phòng Văn hóa và Thông tin"], ["Phòng Tư pháp"], "2026-05-31"),
    ("Phát hành tờ gấp", ["Phòng Tư pháp"], ["Phòng Nội vụ"], "2026-06-30"),
    ("Tuyên truyền trên loa", ["Đài Truyền thanh huyện"], ["UBND các xã"], "2026-12-31"),
    ("Tổ chức cuộc thi tìm hiểu pháp luật", ["Phòng Giáo dục và Đào tạo"], ["Huyện đoàn"], "2026-10-31"),
    ("Kiểm tra việc thực hiện tại các xã", ["Phòng Tư pháp"], ["Văn phòng HĐND và UBND huyện"], "2026-11-30"),
    ("Tổng kết, báo cáo", ["Phòng Tư pháp"], [], "2026-12-31"),
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_more_ways_a_dash_item_carries_its_assignment(fmt: str) -> None:
    tasks = _read(ITEM_WAYS, fmt)
    assert len(tasks) == len(ITEM_WAYS_EXPECTED)
    for title, lead, coord, due in ITEM_WAYS_EXPECTED:
        task = _find(tasks, title)
        assert key(task["title"]) == key(title)
        assert _units(task["lead_units"]) == _units(lead), title
        assert _units(task["coordinating_units"]) == _units(coord), title
        assert task["deadline"] == due, title


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_table_with_start_and_end_columns_and_a_form_column_before_the_content(fmt: str) -> None:
    rows: list[tuple[str, ...]] = [
        ("TT", "Hình thức", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Thời gian"),
        ("", "", "", "", "Bắt đầu", "Kết thúc"),
        ("1", "Hội nghị", "Quán triệt Luật Đất đai cho cán bộ", "Phòng Tư pháp", "01/4/2026", "30/4/2026"),
        ("2", "Cuộc thi", "Tìm hiểu pháp luật về đất đai", "Huyện đoàn", "01/6/2026", "31/8/2026"),
    ]
    plan = Plan(
        name="start_end",
        blocks=[
            *_head("PHÒNG TƯ PHÁP", "13/KH-PTP", "Hòa Vang, ngày 02 tháng 3 năm 2026", "Tuyên truyền"),
            P("II. NỘI DUNG", bold=True),
            T(tuple(rows), (10, 30, 60, 40, 25, 25)),
            *_TAIL,
        ],
    )
    tasks = _read(plan, fmt)
    assert [t["title"] for t in tasks] == ["Quán triệt Luật Đất đai cho cán bộ", "Tìm hiểu pháp luật về đất đai"]
    assert [t["lead_units"] for t in tasks] == [["Phòng Tư pháp"], ["Huyện đoàn"]]
    assert [t["deadline"] for t in tasks] == ["2026-04-30", "2026-08-31"]


NAMED_ITEMS = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hòa Vang, ngày 02 tháng 3 năm 2026
II. NỘI DUNG
1. Tuyên truyền trực tiếp
Hoạt động 1: Hội nghị phổ biến Luật Đất đai cho cán bộ xã. Chủ trì: Phòng Tư pháp; phối hợp: Phòng Nông \
nghiệp và Môi trường; thời gian: Quý II/2026.
Hoạt động 2: Tọa đàm với doanh nghiệp; chủ trì: Phòng Tài chính - Kế hoạch; phối hợp: Hội Doanh nghiệp \
huyện; thời gian: tháng 7/2026.
Hoạt động 3: Đối thoại chính sách (Phòng Lao động - Thương binh và Xã hội chủ trì; thời gian: tháng 8/2026).
2. Tuyên truyền trên môi trường số
Nhiệm vụ 1. Đăng tải tin bài trên Cổng thông tin điện tử huyện
Đơn vị thực hiện: Văn phòng HĐND và UBND huyện; thời gian: thường xuyên.
Nhiệm vụ 2. Lập nhóm Zalo hỏi đáp pháp luật: Phòng Tư pháp chủ trì, phối hợp với UBND các xã; tháng 4/2026.
Nhiệm vụ 3: Tổng kết, báo cáo kết quả
Chủ trì: Phòng Tư pháp; thời gian: tháng 12/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""


def test_activities_and_tasks_numbered_in_words_nest_under_the_numbered_heading_above() -> None:
    tasks = extract(NAMED_ITEMS.encode(), "plan.txt")["tasks"]
    by_title = {t["title"]: t for t in tasks}
    assert [t["title"] for t in tasks if t["parent_code"] == "1"] == [
        "Hội nghị phổ biến Luật Đất đai cho cán bộ xã",
        "Tọa đàm với doanh nghiệp",
        "Đối thoại chính sách",
    ]
    assert by_title["Tọa đàm với doanh nghiệp"]["lead_units"] == ["Phòng Tài chính - Kế hoạch"]
    assert by_title["Tọa đàm với doanh nghiệp"]["coordinating_units"] == ["Hội Doanh nghiệp huyện"]
    assert by_title["Tọa đàm với doanh nghiệp"]["deadline"] == "2026-07-31"
    assert [t["title"] for t in tasks if t["parent_code"] == "2"] == [
        "Đăng tải tin bài trên Cổng thông tin điện tử huyện",
        "Lập nhóm Zalo hỏi đáp pháp luật",
        "Tổng kết, báo cáo kết quả",
    ]
    assert by_title["Tổng kết, báo cáo kết quả"]["lead_units"] == ["Phòng Tư pháp"]
    assert len({t["code"] for t in tasks}) == len(tasks)
    # "Nhiệm vụ 3" going on with "1.", "2." stands beside them, not under "2."
    text = NAMED_ITEMS.replace("Nhiệm vụ 1. ", "- ").replace("Nhiệm vụ 2. ", "- ")
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    closing = next(t for t in tasks if t["title"] == "Tổng kết, báo cáo kết quả")
    assert closing["parent_code"] is None
    assert closing["code"] == "3"


def test_a_long_table_without_numbers_printed_by_libreoffice_keeps_rows_cut_by_page_breaks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """LibreOffice lets a row run over a page break; without a number cell, the part on the next page
    is told by its cells going on in lower case."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    rows = [
        (f"{title} đợt {n} tại các đơn vị trực thuộc và các tổ chức đoàn thể trong nhà trường", *rest)
        for n in range(1, 13)
        for title, *rest in ROWS
    ]
    order = ["title", "lead", "coord", "time"]
    words = {"title": "Nội dung", "lead": "Trách nhiệm", "coord": "Bộ phận phối hợp", "time": "Thời hạn"}
    header = tuple({**_WORDS, **words}[k] for k in order)
    table = [header, *((title, lead, coord, time) for title, lead, coord, time, _due in rows)]
    plan = Plan(
        name="long",
        blocks=[
            *_head("TRƯỜNG THCS NGUYỄN DU", "97/KH-THCS", "Hòa Vang, ngày 10 tháng 9 năm 2026", "Tuyên truyền"),
            P("II. NỘI DUNG", bold=True),
            T(tuple(table), (60, 36, 36, 28)),
            *_TAIL,
        ],
    )
    (tmp_path / "plan.docx").write_bytes(to_docx(plan))
    subprocess.run(  # noqa: S603 - a fixed command on a file this test wrote
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "plan.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    tasks = [t for t in extract((tmp_path / "plan.pdf").read_bytes(), "plan.pdf")["tasks"] if not t["is_group"]]
    assert [key(t["title"]) for t in tasks] == [key(r[0]) for r in rows]
    for task, (_title, lead, coord, _time, due) in zip(tasks, rows, strict=True):
        assert _units(task["lead_units"]) == _units([lead])
        assert _units(task["coordinating_units"]) == _units(coord.split("; "))
        assert task["deadline"] == due


def _label_lines_plan(headings: bool) -> Plan:
    blocks: list[P | T] = [
        *_head("PHÒNG TƯ PHÁP", "14/KH-PTP", "Hòa Vang, ngày 02 tháng 3 năm 2026", "Tuyên truyền pháp luật"),
        P("II. NỘI DUNG", bold=True),
    ]
    blocks += [P("1. Tuyên truyền trực tiếp", bold=True)] if headings else []
    blocks += [
        P("- Tổ chức hội nghị phổ biến Luật Đất đai"),
        P("+ Chủ trì: Phòng Tư pháp"),
        P("+ Phối hợp: Phòng Nông nghiệp và Môi trường"),
        P("+ Thời gian: Quý II/2026"),
        P("- Tổ chức tọa đàm với doanh nghiệp"),
        P("+ Chủ trì: Phòng Tài chính - Kế hoạch"),
        P("+ Thời gian: tháng 7/2026"),
    ]
    blocks += [P("2. Tuyên truyền trên môi trường số", bold=True)] if headings else []
    blocks += [
        P("- Đăng tải tin bài trên Cổng thông tin điện tử huyện"),
        P("Chủ trì: Văn phòng HĐND và UBND huyện; thời gian: thường xuyên."),
        P("- Lập nhóm Zalo hỏi đáp pháp luật"),
        P("Chủ trì: Phòng Tư pháp; phối hợp: UBND các xã; thời gian: tháng 4/2026."),
        *_TAIL,
    ]
    return Plan(name="label_lines", blocks=blocks)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("headings", [True, False])
def test_dash_items_each_followed_by_their_own_label_lines(headings: bool, fmt: str) -> None:
    tasks = _read(_label_lines_plan(headings), fmt)
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (
            "Tổ chức hội nghị phổ biến Luật Đất đai",
            ["Phòng Tư pháp"],
            ["Phòng Nông nghiệp và Môi trường"],
            "2026-06-30",
        ),
        ("Tổ chức tọa đàm với doanh nghiệp", ["Phòng Tài chính - Kế hoạch"], [], "2026-07-31"),
        ("Đăng tải tin bài trên Cổng thông tin điện tử huyện", ["Văn phòng HĐND và UBND huyện"], [], "2026-12-31"),
        ("Lập nhóm Zalo hỏi đáp pháp luật", ["Phòng Tư pháp"], ["UBND các xã"], "2026-04-30"),
    ]


def test_other_bullet_marks_and_word_nested_bullets_read_like_dash_and_plus() -> None:
    import io

    import docx

    lines = [
        ("Tổ chức hội nghị phổ biến Luật Đất đai", 0),
        ("Chủ trì: Phòng Tư pháp", 1),
        ("Phối hợp: Phòng Nông nghiệp và Môi trường", 1),
        ("Thời gian: Quý II/2026", 1),
        ("Tổ chức tọa đàm với doanh nghiệp", 0),
        ("Chủ trì: Phòng Tài chính - Kế hoạch", 1),
        ("Thời gian: tháng 7/2026", 1),
    ]
    expected = [
        ("Tổ chức hội nghị phổ biến Luật Đất đai", ["Phòng Tư pháp"], ["Phòng Nông nghiệp và Môi trường"], "2026-06-30"),
        ("Tổ chức tọa đàm với doanh nghiệp", ["Phòng Tài chính - Kế hoạch"], [], "2026-07-31"),
    ]
    head = "KẾ HOẠCH\nTuyên truyền pháp luật năm 2026\nHòa Vang, ngày 02 tháng 3 năm 2026\nII. NỘI DUNG\n"
    tail = "III. TỔ CHỨC THỰC HIỆN\nCác phòng triển khai thực hiện.\n"
    for first, second in (("➢", "▪"), ("\uf0d8", "\uf0a7"), ("-", "o")):
        text = head + "".join(f"{first if level == 0 else second} {line}\n" for line, level in lines) + tail
        tasks = extract(text.encode(), "plan.txt")["tasks"]
        got = [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
        assert got == expected, (first, second)
    # Word's automatic bullets, the items on level 1 under those on level 0
    document = docx.Document()
    for line in head.strip().split("\n"):
        document.add_paragraph(line)
    for line, level in lines:
        document.add_paragraph(line, style="List Bullet" if level == 0 else "List Bullet 2")
    for line in tail.strip().split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    tasks = extract(out.getvalue(), "plan.docx")["tasks"]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == expected


def test_persons_assigned_in_prose_like_units() -> None:
    text = """TRƯỜNG TIỂU HỌC HÒA PHÚ
KẾ HOẠCH
Tuyên truyền pháp luật năm học 2026 - 2027
Hòa Phú, ngày 08 tháng 9 năm 2026
II. NỘI DUNG
1. Tuyên truyền cho học sinh
- Phổ biến nội quy, quy tắc ứng xử (Phó Hiệu trưởng chủ trì, phối hợp với Tổng phụ trách Đội, Giáo viên \
chủ nhiệm các lớp; tháng 9/2026).
- Tuyên truyền phòng, chống đuối nước: Nhân viên y tế chủ trì, phối hợp với Tổng phụ trách Đội; thời gian: \
tháng 5/2027.
2. Tuyên truyền cho cha mẹ học sinh
- Lồng ghép trong họp phụ huynh; Giáo viên chủ nhiệm các lớp chủ trì; tháng 10/2026.
- Cập nhật trang thông tin của trường. Giao Văn thư thực hiện thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các bộ phận triển khai thực hiện.
"""
    tasks = [t for t in extract(text.encode(), "plan.txt")["tasks"] if not t["is_group"]]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (
            "Phổ biến nội quy, quy tắc ứng xử",
            ["Phó Hiệu trưởng"],
            ["Tổng phụ trách Đội", "Giáo viên chủ nhiệm các lớp"],
            "2026-09-30",
        ),
        ("Tuyên truyền phòng, chống đuối nước", ["Nhân viên y tế"], ["Tổng phụ trách Đội"], "2027-05-31"),
        ("Lồng ghép trong họp phụ huynh", ["Giáo viên chủ nhiệm các lớp"], [], "2026-10-31"),
        ("Cập nhật trang thông tin của trường", ["Văn thư"], [], "2026-12-31"),
    ]


NUMBERING_MARKS = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hòa Vang, ngày 02 tháng 3 năm 2026
I/ MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của cán bộ, Nhân dân.
II - NỘI DUNG
1/ Tuyên truyền Luật Đất đai
Chủ trì: Phòng Tư pháp; phối hợp: Phòng Nội vụ; thời gian: Quý II/2026.
2- Tập huấn hòa giải viên
a/ Tập huấn cho hòa giải viên các thôn. Chủ trì: Phòng Tư pháp; thời gian: tháng 5/2026.
b/ Tập huấn cho tổ trưởng tổ hòa giải. Chủ trì: UBND các xã; thời gian: tháng 6/2026.
Chuyên đề 3: Pháp luật về giao thông (Công an huyện chủ trì; tháng 9/2026).
III/ TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_parts_and_items_numbered_with_slashes_and_dashes(fmt: str) -> None:
    if fmt == "txt":
        data = NUMBERING_MARKS.encode()
    else:
        plan = Plan(name="marks", blocks=[P(line) for line in NUMBERING_MARKS.strip().split("\n")])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = [t for t in extract(data, f"plan.{fmt}")["tasks"] if not t["is_group"]]
    assert [(t["title"], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Tuyên truyền Luật Đất đai", ["Phòng Tư pháp"], "2026-06-30"),
        ("Tập huấn cho hòa giải viên các thôn", ["Phòng Tư pháp"], "2026-05-31"),
        ("Tập huấn cho tổ trưởng tổ hòa giải", ["UBND các xã"], "2026-06-30"),
        ("Pháp luật về giao thông", ["Công an huyện"], "2026-09-30"),
    ]


def test_a_phan_cong_part_assigning_the_work_is_read_when_the_tasks_part_assigns_none() -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hòa Vang, ngày 02 tháng 3 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NỘI DUNG TUYÊN TRUYỀN
1. Luật Đất đai và các văn bản hướng dẫn.
2. Luật Phòng, chống ma túy.
III. PHÂN CÔNG THỰC HIỆN
- Tổ chức hội nghị phổ biến Luật Đất đai cho cán bộ xã (Phòng Tư pháp chủ trì, phối hợp Phòng Nông nghiệp \
và Môi trường; Quý II/2026).
- Tuyên truyền phòng, chống ma túy trong trường học (Phòng Giáo dục và Đào tạo chủ trì, phối hợp Công an \
huyện; tháng 6/2026).
IV. KINH PHÍ
Từ ngân sách huyện.
"""
    tasks = [t for t in extract(text.encode(), "plan.txt")["tasks"] if t["lead_units"]]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (
            "Tổ chức hội nghị phổ biến Luật Đất đai cho cán bộ xã",
            ["Phòng Tư pháp"],
            ["Phòng Nông nghiệp và Môi trường"],
            "2026-06-30",
        ),
        ("Tuyên truyền phòng, chống ma túy trong trường học", ["Phòng Giáo dục và Đào tạo"], ["Công an huyện"], "2026-06-30"),
    ]


def test_a_word_task_table_whose_header_is_a_table_of_its_own() -> None:
    import io

    import docx

    document = docx.Document()
    for line in ("KẾ HOẠCH", "Tuyên truyền pháp luật năm 2026", "Hòa Vang, ngày 02 tháng 3 năm 2026", "II. NỘI DUNG"):
        document.add_paragraph(line)
    header = document.add_table(rows=1, cols=4)
    for cell, text in zip(header.rows[0].cells, ("TT", "Nội dung", "Đơn vị chủ trì", "Thời gian"), strict=True):
        cell.text = text
    document.add_paragraph("")
    body = document.add_table(rows=2, cols=4)
    for row, values in zip(
        body.rows,
        (("1", "Tuyên truyền Luật Đất đai", "Phòng Tư pháp", "Quý II/2026"), ("2", "Tập huấn", "Huyện đoàn", "Tháng 8/2026")),
        strict=True,
    ):
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    out = io.BytesIO()
    document.save(out)
    tasks = extract(out.getvalue(), "plan.docx")["tasks"]
    assert [(t["title"], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Tuyên truyền Luật Đất đai", ["Phòng Tư pháp"], "2026-06-30"),
        ("Tập huấn", ["Huyện đoàn"], "2026-08-31"),
    ]


@pytest.mark.parametrize("top", ["| BẢNG PHÂN CÔNG | BẢNG PHÂN CÔNG | BẢNG PHÂN CÔNG | BẢNG PHÂN CÔNG |", "| (1) | (2) | (3) | (4) |"])
def test_a_title_row_or_a_row_of_column_numbers_above_the_header(top: str) -> None:
    text = f"""KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hòa Vang, ngày 02 tháng 3 năm 2026
II. NỘI DUNG
{top}
| TT | Nội dung | Đơn vị chủ trì | Thời gian |
| 1 | Tuyên truyền Luật Đất đai | Phòng Tư pháp | Quý II/2026 |
| 2 | Tập huấn | Huyện đoàn | Tháng 8/2026 |
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.md")["tasks"]
    assert [(t["title"], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Tuyên truyền Luật Đất đai", ["Phòng Tư pháp"], "2026-06-30"),
        ("Tập huấn", ["Huyện đoàn"], "2026-08-31"),
    ]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Phòng Tài nguyên nước, Khoáng sản và Biến đổi khí hậu", ["Phòng Tài nguyên nước, Khoáng sản và Biến đổi khí hậu"]),
        ("Chi cục Kiểm lâm, Bảo tồn và Phát triển rừng bền vững", ["Chi cục Kiểm lâm, Bảo tồn và Phát triển rừng bền vững"]),
        ("Phòng Tư pháp, Công an huyện và Ban Chỉ huy Quân sự huyện", ["Phòng Tư pháp", "Công an huyện", "Ban Chỉ huy Quân sự huyện"]),
    ],
)
def test_a_department_named_by_several_fields_of_several_words_is_one_unit(cell: str, names: list[str]) -> None:
    from pbgdpl.plans.importer.units import split_units

    assert split_units(cell) == names


@pytest.mark.parametrize(
    ("cell", "joined"),
    [
        ("Giáo viên chủ nhiệm\ncác lớp", "Giáo viên chủ nhiệm các lớp"),
        ("Điều dưỡng trưởng\ncác khoa", "Điều dưỡng trưởng các khoa"),
        ("Sở Tư pháp\ncác sở, ngành liên quan", "Sở Tư pháp\ncác sở, ngành liên quan"),
    ],
)
def test_a_person_s_title_wrapped_before_its_plural_group_in_a_pdf_cell_is_one_name(cell: str, joined: str) -> None:
    from pbgdpl.plans.importer.units import unwrap_cell

    assert unwrap_cell(cell, 30) == joined


def test_a_plan_assigning_its_work_unit_by_unit_only_in_its_organisation_part_is_not_refused() -> None:
    text = """KẾ HOẠCH
Triển khai Luật Đất đai năm 2026
Hòa Vang, ngày 02 tháng 3 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật về đất đai.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Tư pháp
- Chủ trì tổ chức hội nghị phổ biến Luật Đất đai cho cán bộ xã trong Quý II/2026.
- Biên soạn tài liệu hỏi đáp về Luật Đất đai, hoàn thành trong tháng 5/2026.
2. Phòng Nông nghiệp và Môi trường
- Tập huấn chuyên sâu cho công chức địa chính các xã trong tháng 7/2026.
Nơi nhận:
- Như trên;
"""
    result = extract(text.encode(), "plan.txt")
    assert [(t["title"], t["lead_units"], t["deadline"]) for t in result["tasks"]] == [
        ("Tổ chức hội nghị phổ biến Luật Đất đai cho cán bộ xã", ["Phòng Tư pháp"], "2026-06-30"),
        ("Biên soạn tài liệu hỏi đáp về Luật Đất đai", ["Phòng Tư pháp"], "2026-05-31"),
        ("Tập huấn chuyên sâu cho công chức địa chính các xã", ["Phòng Nông nghiệp và Môi trường"], "2026-07-31"),
    ]
    assert "trách nhiệm của từng đơn vị" in result["warnings"][0]


def test_months_without_a_year_in_a_school_year_plan_fall_in_the_right_year() -> None:
    text = """TRƯỜNG THCS NGUYỄN DU
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm học 2026 - 2027
Hòa Vang, ngày 10 tháng 9 năm 2026
II. NỘI DUNG
| TT | Thời gian | Nội dung | Người phụ trách |
| 1 | Tháng 9 | Phổ biến nội quy | Phó Hiệu trưởng |
| 2 | Tháng 01 | Sơ kết học kỳ I | Hiệu trưởng |
| 3 | Trước 20/5 | Tổng kết năm học | Hiệu trưởng |
| 4 | Tháng 3/2027 | Thi tìm hiểu pháp luật | Đoàn Thanh niên trường |
III. TỔ CHỨC THỰC HIỆN
Các tổ chuyên môn triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.md")["tasks"]
    assert [t["deadline"] for t in tasks] == ["2026-09-30", "2027-01-31", "2027-05-20", "2027-03-31"]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_plain_paragraphs_of_the_tasks_part_carrying_their_own_assignment_are_tasks(fmt: str) -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hòa Vang, ngày 02 tháng 3 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của cán bộ và Nhân dân.
II. NỘI DUNG
Tổ chức hội nghị phổ biến Luật Đất đai cho cán bộ xã (Phòng Tư pháp chủ trì, phối hợp Phòng Nông nghiệp và \
Môi trường; Quý II/2026).
Tuyên truyền phòng, chống ma túy trong trường học: Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Công an \
huyện; thời gian: tháng 6/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    if fmt == "txt":
        data = text.encode()
    else:
        plan = Plan(name="plain", blocks=[P(line) for line in text.replace("\\\n", "").strip().split("\n")])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (
            "Tổ chức hội nghị phổ biến Luật Đất đai cho cán bộ xã",
            ["Phòng Tư pháp"],
            ["Phòng Nông nghiệp và Môi trường"],
            "2026-06-30",
        ),
        ("Tuyên truyền phòng, chống ma túy trong trường học", ["Phòng Giáo dục và Đào tạo"], ["Công an huyện"], "2026-06-30"),
    ]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_heading_s_body_paragraph_ending_in_bracketed_labels_assigns_the_heading(fmt: str) -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Cam Lộ, ngày 10 tháng 2 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của cán bộ và Nhân dân.
II. NỘI DUNG
1. Phổ biến Luật Đất đai cho cán bộ thôn
Tổ chức lớp bồi dưỡng Luật Đất đai cho trưởng thôn, bí thư chi bộ thôn (Chủ trì: Phòng Tư pháp; phối \
hợp: Phòng Nông nghiệp và Môi trường, Công an huyện; thời gian: Quý II/2026).
2. Trợ giúp pháp lý cho người dân
Thực hiện trợ giúp pháp lý khi có yêu cầu (Chủ trì: Phòng Tư pháp; phối hợp: UBND các xã; thời gian: \
Theo đề nghị của người dân).
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    if fmt == "txt":
        data = text.encode()
    else:
        plan = Plan(name="plain", blocks=[P(line) for line in text.replace("\\\n", "").strip().split("\n")])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks]
    assert got == [
        (
            "Phổ biến Luật Đất đai cho cán bộ thôn",
            ["Phòng Tư pháp"],
            ["Phòng Nông nghiệp và Môi trường", "Công an huyện"],
            "2026-06-30",
            False,
        ),
        ("Trợ giúp pháp lý cho người dân", ["Phòng Tư pháp"], ["UBND các xã"], "2026-12-31", True),
    ]


def test_dash_items_whose_lead_carries_out_with_coordinators_are_each_a_task() -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật cho đoàn viên năm 2026
Long Xuyên, ngày 15 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Đoàn viên hiểu quyền, nghĩa vụ theo pháp luật lao động.
II. NỘI DUNG
1. Tư vấn pháp luật cho đoàn viên
- Tư vấn pháp luật trực tiếp tại doanh nghiệp: Ban Chính sách - Pháp luật thực hiện, phối hợp Công đoàn \
các Khu công nghiệp tỉnh; thời gian: Quý III/2026.
- Giải đáp pháp luật qua Zalo: Văn phòng Liên đoàn chủ trì; thời gian: Thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các ban triển khai thực hiện.
"""
    tasks = [t for t in extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"] if t["parent_code"]]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (
            "Tư vấn pháp luật trực tiếp tại doanh nghiệp",
            ["Ban Chính sách - Pháp luật"],
            ["Công đoàn các Khu công nghiệp tỉnh"],
            "2026-09-30",
        ),
        ("Giải đáp pháp luật qua Zalo", ["Văn phòng Liên đoàn"], [], "2026-12-31"),
    ]


def test_a_lettered_item_s_bracketed_labels_wrapped_in_a_pdf_stay_with_the_item() -> None:
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "b) Biên soạn tờ gấp pháp luật về phòng cháy, chữa cháy phát cho các hộ kinh doanh ở chợ (Chủ",
        "trì: Phòng Tư pháp; phối hợp: Công an xã; Ban Quản lý chợ trung tâm - khu vực phía Bắc;",
        "thời gian: Tháng 5/2026).",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [" ".join(lines)]


def test_a_justified_label_line_under_a_long_heading_starts_the_heading_s_body_pdf_lines() -> None:
    # a justified PDF line widens its spaces ("Chủ  trì:  Ban  …"): it is still a label line, not the rest of the
    # long heading above it
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "Công việc 2. Rà soát, bổ sung tủ sách pháp luật tại nhà văn hóa các thôn trên địa bàn toàn xã",
        "Chủ  trì:  Công  chức  Tư  pháp  -  Hộ  tịch.  Phối  hợp:  Bí  thư  Chi  đoàn  các  thôn.  Thời  hạn:",
        "Quý III/2026.",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [lines[0], " ".join(lines[1:])]


def test_a_body_paragraph_telling_the_work_then_its_labels_in_a_later_sentence_assigns_its_heading() -> None:
    # "1. Heading" / "What to stress …. Chủ trì: X; phối hợp: Y; thời gian: …": the labels after the work's
    # sentences, in the same paragraph, are the heading's assignment
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026 của Sở Giao thông vận tải
Đà Lạt, ngày 20 tháng 01 năm 2026
II. NỘI DUNG
1. Phổ biến quy định mới về đào tạo, sát hạch lái xe
Giới thiệu các điểm mới của Luật Trật tự, an toàn giao thông đường bộ. Nhấn mạnh trách nhiệm của cơ sở đào tạo. Chủ trì: Phòng Quản lý phương tiện và người lái; phối hợp: Thanh tra Sở, các cơ sở đào tạo lái xe; thời gian: tháng 5/2026.
2. Cập nhật văn bản mới lên Cổng thông tin của Sở
Chủ trì: Văn phòng Sở; thời gian: thường xuyên.
"""
    tasks = _txt_tasks(text)
    assert [t[1:4] for t in tasks] == [
        (["Phòng Quản lý phương tiện và người lái"], ["Thanh tra Sở", "các cơ sở đào tạo lái xe"], "2026-05-31"),
        (["Văn phòng Sở"], [], "2026-12-31"),
    ]
    assert tasks[0][0] == "Phổ biến quy định mới về đào tạo, sát hạch lái xe"


def test_a_heading_with_one_labelled_dash_title_beside_headings_grouping_several_is_a_group_too() -> None:
    # "1." and "2." each group several "- Title" / "+ Chủ trì: X" / "+ Thời gian: …" tasks; "3." holding one such
    # title is a group like them, its title a task of its own (an inline-assigned lone dash item still folds)
    text = """KẾ HOẠCH
Tuyên truyền pháp luật cho đoàn viên năm 2026
Quy Nhơn, ngày 15 tháng 01 năm 2026
II. NỘI DUNG
1. Tuyên truyền trực tiếp
- Hội nghị giới thiệu Luật Thanh niên
+ Chủ trì: Ban Tuyên giáo.
+ Thời gian: Quý II/2026.
- Sân khấu hóa tìm hiểu pháp luật về ma túy
+ Chủ trì: Ban Phong trào.
+ Phối hợp: Công an tỉnh.
+ Thời gian: tháng 6/2026.
2. Tuyên truyền trên mạng xã hội
- Đăng tải video pháp luật ngắn trên trang của Tỉnh đoàn
+ Chủ trì: Văn phòng.
+ Thời gian: Thường xuyên.
- Cuộc thi trắc nghiệm pháp luật trực tuyến
+ Chủ trì: Ban Tuyên giáo.
+ Thời gian: tháng 9/2026.
3. Bồi dưỡng báo cáo viên
- Lớp bồi dưỡng kỹ năng nói trước công chúng cho báo cáo viên
+ Chủ trì: Ban Tổ chức.
+ Phối hợp: Văn phòng.
+ Thời gian: Quý III/2026.
"""
    tasks = _txt_tasks(text)
    assert [t[0] for t in tasks if not t[1]] == [
        "Tuyên truyền trực tiếp",
        "Tuyên truyền trên mạng xã hội",
        "Bồi dưỡng báo cáo viên",
    ]
    assert tasks[-1][:4] == (
        "Lớp bồi dưỡng kỹ năng nói trước công chúng cho báo cáo viên",
        ["Ban Tổ chức"],
        ["Văn phòng"],
        "2026-09-30",
    )


_PERSON_AND_HEADING_PLAN = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hà Tĩnh, ngày 10 tháng 2 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của cán bộ.
II. NỘI DUNG
1. Đăng tin trên cổng thông tin điện tử
Đồng chí Phó Trưởng phòng phụ trách công tác pháp chế, kiểm soát thủ tục hành chính chịu trách nhiệm \
thực hiện, phối hợp với các tổ chuyên môn. Thời gian: Tháng 5 năm 2026.
2. Tổ chức hội thi “Hiểu biết pháp luật về giao thông” cho công nhân
Ban Thanh niên Công ty chủ trì, phối hợp với Ban Nữ công tổ chức hội thi. Thời gian: Từ 01/8/2026 \
đến 20/8/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_person_in_charge_of_a_field_with_a_comma_who_carries_out_with_coordinators_leads(fmt: str) -> None:
    # also, in the PDF: a bold heading whose line ends short of the margin is not joined with the
    # prose assignment on the next line, though that line starts with a unit's capital
    text = _PERSON_AND_HEADING_PLAN.replace("\\\n", "")
    if fmt == "txt":
        data = text.encode()
    else:
        lines = text.strip().split("\n")
        plan = Plan(name="person", blocks=[P(line, bold=line[:1].isdigit() or line[:2] in ("I.", "II")) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (
            "Đăng tin trên cổng thông tin điện tử",
            ["Đồng chí Phó Trưởng phòng phụ trách công tác pháp chế, kiểm soát thủ tục hành chính"],
            ["các tổ chuyên môn"],
            "2026-05-31",
        ),
        (
            "Tổ chức hội thi “Hiểu biết pháp luật về giao thông” cho công nhân",
            ["Ban Thanh niên Công ty"],
            ["Ban Nữ công"],
            "2026-08-20",
        ),
    ]


def test_a_pdf_heading_line_ending_short_of_the_margin_is_a_paragraph_of_its_own() -> None:
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    body = "Phòng Tư pháp chủ trì, phối hợp với Phòng Văn hóa và Thông tin tổ chức lớp tập huấn cho"
    lines = [
        "1. Tập huấn nghiệp vụ hòa giải ở cơ sở cho tổ trưởng tổ hòa giải các thôn",
        body,
        "hòa giải viên các thôn, tổ dân phố. Thời gian: Quý III/2026.",
        "2. Tổ chức hội nghị phổ biến pháp luật về đất đai cho người dân các",
        "xã vùng ven biển và bãi ngang",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [
        lines[0],
        f"{body} {lines[2]}",
        f"{lines[3]} {lines[4]}",
    ]


def _docx_with_runs(items: list[tuple[str, str]]) -> bytes:
    """A plan whose task paragraphs are a bold run (the heading) then plain runs (the body)."""
    import io

    import docx

    document = docx.Document()
    for line in [
        "SỞ NỘI VỤ",
        "KẾ HOẠCH",
        "Phổ biến pháp luật cho công chức năm 2026",
        "Quảng Bình, ngày 05 tháng 01 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao nhận thức pháp luật của công chức.",
        "II. NỘI DUNG",
    ]:
        document.add_paragraph().add_run(line).bold = line.isupper() or line[:2] in ("I.", "II")
    for head, body in items:
        paragraph = document.add_paragraph()
        paragraph.add_run(head).bold = True
        paragraph.add_run(body)
    for line in ["III. TỔ CHỨC THỰC HIỆN", "Các phòng triển khai thực hiện.", "GIÁM ĐỐC", "Trần Văn Bình"]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_bold_heading_run_followed_by_its_plain_body_in_the_same_paragraph_ends_where_the_bold_ends() -> None:
    data = _docx_with_runs(
        [
            ("1. Hướng dẫn thi hành Luật Thanh tra", " - Thanh tra Sở thực hiện; thời gian: Quý III/2026."),
            (
                "2. Giới thiệu văn bản mới về công chức, viên chức",
                " – Phòng Công chức chủ trì, phối hợp với Văn phòng Sở; thời gian: Tháng 4/2026.",
            ),
            ("3. Tập huấn kỹ năng soạn thảo văn bản ", "Văn phòng Sở chủ trì; thời gian: tháng 9/2026."),
            # the title itself goes on in plain type: nothing is cut
            ("4. Phổ biến Luật", " Lưu trữ năm 2024 cho văn thư các phòng. Giao Văn phòng Sở chủ trì."),
        ]
    )
    tasks = extract(data, "plan.docx")["tasks"]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("Hướng dẫn thi hành Luật Thanh tra", ["Thanh tra Sở"], [], "2026-09-30"),
        ("Giới thiệu văn bản mới về công chức, viên chức", ["Phòng Công chức"], ["Văn phòng Sở"], "2026-04-30"),
        ("Tập huấn kỹ năng soạn thảo văn bản", ["Văn phòng Sở"], [], "2026-09-30"),
        ("Phổ biến Luật Lưu trữ năm 2024 cho văn thư các phòng", ["Văn phòng Sở"], [], "2026-12-31"),
    ]


_COLUMNS = ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_one_task_table_under_each_section_heading_several_on_a_page(fmt: str) -> None:
    plan = Plan(
        name="per-section",
        blocks=[
            *_head("PHÒNG VĂN HÓA VÀ THÔNG TIN", "05/KH-VHTT", "Hòa Vang, ngày 08 tháng 01 năm 2026", "Phổ biến pháp luật năm 2026"),
            P("II. NHIỆM VỤ", bold=True),
            P("1. Tuyên truyền trên hệ thống truyền thanh", bold=True),
            T(
                (
                    _COLUMNS,
                    ("1", "Phát chuyên mục pháp luật hằng tuần", "Đài Truyền thanh huyện", "Phòng Tư pháp", "Hằng tuần"),
                    ("2", "Đăng tin về Luật Di sản văn hóa", "Phòng Văn hóa và Thông tin", "", "Quý II/2026"),
                )
            ),
            P("2. Xây dựng tủ sách pháp luật ở thôn", bold=True),
            T(
                (
                    _COLUMNS,
                    ("1", "Bổ sung sách cho nhà văn hóa thôn", "Thư viện huyện", "UBND các xã", "Quý III/2026"),
                    ("2", "Số hóa tủ sách pháp luật", "Thư viện huyện", "Trung tâm Văn hóa - Thể thao", "Tháng 10/2026"),
                )
            ),
            *_TAIL,
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    result = extract(data, f"plan.{fmt}")
    got = [(t["code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in result["tasks"]]
    assert got == [
        ("1", [], [], "2026-12-31"),
        ("1.1", ["Đài Truyền thanh huyện"], ["Phòng Tư pháp"], "2026-12-31"),
        ("1.2", ["Phòng Văn hóa và Thông tin"], [], "2026-06-30"),
        ("2", [], [], "2026-10-31"),
        ("2.1", ["Thư viện huyện"], ["UBND các xã"], "2026-09-30"),
        ("2.2", ["Thư viện huyện"], ["Trung tâm Văn hóa - Thể thao"], "2026-10-31"),
    ]
    assert not [w for w in result["warnings"] if "KẾ HOẠCH" in w]


def test_a_line_in_capitals_under_a_long_pdf_line_is_a_heading_of_its_own() -> None:
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "Số: 05/KH-VHTT",
        "Hòa Vang, ngày 08 tháng 01 năm 2026 và những ngày tiếp theo",
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2026",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == lines


def test_a_numbered_heading_whose_assignment_follows_a_dash_on_the_same_line() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật cho công chức năm 2026
Đồng Hới, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Công chức nắm vững quy định mới.
II. NỘI DUNG
1. Giới thiệu văn bản mới trên mạng nội bộ - Phòng Hành chính thực hiện; thời gian: hằng tháng.
2. Hội nghị chuyên đề về Luật Đất đai – Phòng Tài nguyên chủ trì, phối hợp với Văn phòng; thời gian: Quý II/2026.
3. Phổ biến Luật Bảo vệ môi trường - Luật Tài nguyên nước cho cán bộ chuyên trách
Phòng Tài nguyên chủ trì. Thời gian: Tháng 9/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("Giới thiệu văn bản mới trên mạng nội bộ", ["Phòng Hành chính"], [], "2026-12-31"),
        ("Hội nghị chuyên đề về Luật Đất đai", ["Phòng Tài nguyên"], ["Văn phòng"], "2026-06-30"),
        (
            "Phổ biến Luật Bảo vệ môi trường - Luật Tài nguyên nước cho cán bộ chuyên trách",
            ["Phòng Tài nguyên"],
            [],
            "2026-09-30",
        ),
    ]


def test_a_word_group_row_merged_across_the_table_is_a_group_not_its_own_lead_and_time() -> None:
    import io

    import docx

    document = docx.Document()
    for line in ["KẾ HOẠCH", "Phổ biến pháp luật năm 2026", "Lệ Thủy, ngày 06 tháng 01 năm 2026", "I. MỤC ĐÍCH", "Nâng cao hiểu biết.", "II. NHIỆM VỤ"]:
        document.add_paragraph(line)
    rows = [
        ("STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
        ("I", "HOẠT ĐỘNG Ở TRƯỜNG HỌC", "", "", ""),
        ("1", "Ngoại khóa pháp luật giao thông", "Trường THCS Kiến Giang", "Công an thị trấn", "Tháng 9/2026"),
        ("2", "Hội thi tìm hiểu Luật Trẻ em", "Trường Tiểu học số 1", "", "Quý IV/2026"),
        ("II", "HOẠT ĐỘNG Ở THÔN, BẢN", "", "", ""),
        ("1", "Sinh hoạt pháp luật ở bản Khe Giữa", "Tổ hòa giải bản Khe Giữa", "Đồn Biên phòng", "Tháng 5/2026"),
    ]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    for r in (1, 4):
        table.cell(r, 1).merge(table.cell(r, 4))  # the group's name spans the row
    for line in ["III. TỔ CHỨC THỰC HIỆN", "Các đơn vị triển khai.", "CHỦ TỊCH", "Hồ Văn Nam"]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    tasks = extract(out.getvalue(), "plan.docx")["tasks"]
    assert [(t["code"], t["title"], t["lead_units"], t["coordinating_units"], t["timeframe"]) for t in tasks] == [
        ("I", "HOẠT ĐỘNG Ở TRƯỜNG HỌC", [], [], None),
        ("I.1", "Ngoại khóa pháp luật giao thông", ["Trường THCS Kiến Giang"], ["Công an thị trấn"], "Tháng 9/2026"),
        ("I.2", "Hội thi tìm hiểu Luật Trẻ em", ["Trường Tiểu học số 1"], [], "Quý IV/2026"),
        ("II", "HOẠT ĐỘNG Ở THÔN, BẢN", [], [], None),
        ("II.1", "Sinh hoạt pháp luật ở bản Khe Giữa", ["Tổ hòa giải bản Khe Giữa"], ["Đồn Biên phòng"], "Tháng 5/2026"),
    ]



def test_a_pdf_line_wrapped_between_a_time_word_and_its_numbers_stays_one_paragraph() -> None:
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "Đơn vị chủ trì: Phòng Hành chính - Tổng hợp; đơn vị phối hợp: Hội Cựu chiến binh, Đoàn Thanh niên; thời gian: Quý",
        "III - IV/2026.",
        "Phòng Văn hóa - Xã hội chủ trì biên soạn tài liệu, phát hành cho các thôn vào khoảng tháng",
        "5 - 6/2026.",
        "2. Tổ chức hội thi hòa giải viên giỏi",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [
        " ".join(lines[:2]),
        " ".join(lines[2:4]),
        lines[4],
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_unit_cell_naming_the_coordinating_units_in_brackets_after_the_lead(fmt: str) -> None:
    plan = Plan(
        name="bracket-cell",
        blocks=[
            *_head("UBND XÃ HÒA PHÚ", "09/KH-UBND", "Hòa Phú, ngày 09 tháng 01 năm 2026", "Phổ biến pháp luật năm 2026"),
            P("II. NHIỆM VỤ", bold=True),
            T(
                (
                    ("STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"),
                    ("1", "Tuyên truyền Luật Phòng cháy, chữa cháy", "Công an xã\n(phối hợp: Đoàn Thanh niên xã, Hội Phụ nữ xã)", "Quý II/2026"),
                    ("2", "Truyền thông về an toàn thực phẩm", "Trạm Y tế xã (phối hợp với Hội Nông dân xã)", "Tháng 7/2026"),
                )
            ),
            *_TAIL,
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Công an xã"], ["Đoàn Thanh niên xã", "Hội Phụ nữ xã"], "2026-06-30"),
        (["Trạm Y tế xã"], ["Hội Nông dân xã"], "2026-07-31"),
    ]



def _txt_tasks(text: str) -> list[tuple[Any, ...]]:
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    return [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks]


def test_a_unit_with_a_duty_or_an_action_verb_under_a_heading_leads_it() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật trong ngành Xây dựng năm 2026
Quảng Bình, ngày 08 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Cán bộ nắm vững quy định mới về xây dựng.
II. NHIỆM VỤ
1. Bồi dưỡng kiến thức pháp luật về trật tự xây dựng
Phòng Quản lý xây dựng có trách nhiệm phối hợp với Thanh tra Sở, UBND các xã tổ chức 03 lớp bồi dưỡng cho cán bộ địa chính. Thời gian: tháng 4 và tháng 9/2026.
2. Ban hành văn bản hướng dẫn về nhà ở xã hội
Phòng Phát triển đô thị có trách nhiệm soạn thảo hướng dẫn trình Giám đốc Sở; phối hợp với Văn phòng Sở đăng tải lên Trang thông tin điện tử. Hoàn thành trước ngày 31/3/2026.
3. Giới thiệu quy chuẩn kỹ thuật mới
Phòng Hạ tầng - Kỹ thuật có trách nhiệm cập nhật quy chuẩn lên chuyên mục pháp luật của Sở; các Ban Quản lý dự án phối hợp phổ biến đến nhà thầu. Thời gian: thường xuyên.
4. Tuyên truyền an toàn lao động tại công trình
Các chủ đầu tư, nhà thầu thi công trên địa bàn tỉnh thực hiện treo pa nô, khẩu hiệu tại công trường; Phòng Giám định chất lượng phối hợp. Thời gian: Quý II/2026.
5. Cập nhật cơ sở dữ liệu văn bản của ngành
Văn phòng Sở thực hiện ngay sau khi văn bản mới có hiệu lực.
6. Tổng kết, báo cáo kết quả
Phòng Pháp chế tổng hợp kết quả của các phòng, tham mưu Giám đốc Sở báo cáo UBND tỉnh trước ngày 15/11/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị thuộc Sở có trách nhiệm triển khai Kế hoạch này.
"""
    assert _txt_tasks(text) == [
        (
            "Bồi dưỡng kiến thức pháp luật về trật tự xây dựng",
            ["Phòng Quản lý xây dựng"],
            ["Thanh tra Sở", "UBND các xã"],
            "2026-09-30",
            False,
        ),
        ("Ban hành văn bản hướng dẫn về nhà ở xã hội", ["Phòng Phát triển đô thị"], ["Văn phòng Sở"], "2026-03-31", False),
        (
            "Giới thiệu quy chuẩn kỹ thuật mới",
            ["Phòng Hạ tầng - Kỹ thuật"],
            ["các Ban Quản lý dự án"],
            "2026-12-31",
            False,
        ),
        (
            "Tuyên truyền an toàn lao động tại công trình",
            ["Các chủ đầu tư, nhà thầu thi công trên địa bàn tỉnh"],
            ["Phòng Giám định chất lượng"],
            "2026-06-30",
            False,
        ),
        ("Cập nhật cơ sở dữ liệu văn bản của ngành", ["Văn phòng Sở"], [], "2026-12-31", True),
        ("Tổng kết, báo cáo kết quả", ["Phòng Pháp chế"], [], "2026-11-15", False),
    ]


def test_a_duty_sentence_does_not_add_a_lead_to_a_heading_that_has_one() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Đồng Hới, ngày 08 tháng 01 năm 2026
II. NHIỆM VỤ
1. Hội nghị quán triệt Luật Đất đai
Phòng Tài nguyên chủ trì, phối hợp với Văn phòng tổ chức hội nghị trong Quý I/2026.
Các phòng chuyên môn có trách nhiệm cử công chức tham dự đầy đủ.
III. TỔ CHỨC THỰC HIỆN
Các phòng có trách nhiệm triển khai Kế hoạch này.
"""
    assert _txt_tasks(text) == [
        ("Hội nghị quán triệt Luật Đất đai", ["Phòng Tài nguyên"], ["Văn phòng"], "2026-03-31", False),
    ]


def test_de_nghi_a_unit_chu_dong_thuc_hien_or_chi_dao_names_the_lead() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật cho đoàn viên năm 2026
Đông Hà, ngày 10 tháng 01 năm 2026
II. NHIỆM VỤ
1. Sinh hoạt chuyên đề pháp luật hằng tháng
a) Lồng ghép chuyên đề pháp luật vào sinh hoạt chi hội. Đề nghị Ban Chấp hành Hội các xã, thị trấn chủ động thực hiện hằng tháng.
2. Phát thanh về Ngày Pháp luật
Đề nghị UBND các xã, thị trấn chỉ đạo đài truyền thanh cơ sở phát tin, bài khi nhận được tài liệu của Hội.
"""
    assert _txt_tasks(text) == [
        ("Sinh hoạt chuyên đề pháp luật hằng tháng", [], [], "2026-12-31", False),
        (
            "Lồng ghép chuyên đề pháp luật vào sinh hoạt chi hội",
            ["Ban Chấp hành Hội các xã, thị trấn"],
            [],
            "2026-12-31",
            False,
        ),
        ("Phát thanh về Ngày Pháp luật", ["UBND các xã, thị trấn"], [], "2026-12-31", True),
    ]


def test_a_heading_running_into_its_body_without_a_full_stop() -> None:
    # a PDF's text layer joins a heading filling its line with the body under it
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Bảo Lạc, ngày 06 tháng 01 năm 2026
II. NHIỆM VỤ
1. Tổ chức tuyên truyền pháp luật trên hệ thống loa truyền thanh các xóm Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trưởng các xóm biên tập tin, bài. Thời gian: hằng tuần.
2. Hội nghị phổ biến Luật Đất đai cho người dân do Phòng Kinh tế chủ trì; thời gian: Quý II/2026.
"""
    assert _txt_tasks(text) == [
        (
            "Tổ chức tuyên truyền pháp luật trên hệ thống loa truyền thanh các xóm",
            ["Phòng Văn hóa - Xã hội"],
            ["Trưởng các xóm"],
            "2026-12-31",
            False,
        ),
        ("Hội nghị phổ biến Luật Đất đai cho người dân", ["Phòng Kinh tế"], [], "2026-06-30", False),
    ]


def test_a_line_going_on_with_the_coordinating_units_after_a_line_break() -> None:
    # a PDF's text layer may break a paragraph after "…;": the next line starts in lower case
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Vĩnh Long, ngày 06 tháng 01 năm 2026
II. NHIỆM VỤ
1. Hướng dẫn an toàn giao thông cho học sinh
Phòng Giáo dục Trung học có trách nhiệm ban hành văn bản hướng dẫn;
phối hợp với Phòng Cảnh sát giao thông - Công an tỉnh kiểm tra việc thực hiện. Hoàn thành trước ngày 15/3/2026.
"""
    assert _txt_tasks(text) == [
        (
            "Hướng dẫn an toàn giao thông cho học sinh",
            ["Phòng Giáo dục Trung học"],
            ["Phòng Cảnh sát giao thông - Công an tỉnh"],
            "2026-03-15",
            False,
        ),
    ]


_BLOCKS_PLAN = """KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Điện Biên, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của cán bộ, công chức và Nhân dân.
II. NỘI DUNG
1. Tuyên truyền pháp luật cho người dân vùng biên giới
- Giao Phòng Tư pháp chủ trì, phối hợp với Đồn Biên phòng Tây Trang in tờ rơi song ngữ Việt - Thái; \
hoàn thành trong tháng 4/2026.
- Trung tâm Văn hóa - Thể thao chủ trì tổ chức 03 buổi chiếu phim lưu động; Phòng Văn hóa - Xã hội, \
Công an xã phối hợp. Thời gian: Quý III/2026.
- Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể lồng ghép tuyên truyền trong sinh hoạt chi hội; \
thực hiện thường xuyên.
2. Phổ biến pháp luật trong trường học
- Phòng Giáo dục và Đào tạo có trách nhiệm hướng dẫn các trường lồng ghép nội dung pháp luật vào giờ \
chào cờ; thời gian: tháng 9/2026.
- Các trường trung học cơ sở có trách nhiệm phối hợp với Công an xã tổ chức ngoại khóa về an toàn giao \
thông; thời gian: tháng 11/2026.
3. Thông tin pháp luật trên loa truyền thanh
- Đài Truyền thanh xã phát chuyên mục pháp luật 02 buổi/tuần; thời gian: thường xuyên.
- Đề nghị Chi hội Cựu chiến binh các thôn phối hợp duy trì tổ loa tại nhà văn hóa.
4. Hòa giải ở cơ sở
- Phòng Tư pháp chủ trì, phối hợp với Ban công tác Mặt trận các thôn tập huấn cho hòa giải viên; thời \
gian: Quý II/2026.
5. Tham mưu văn bản chỉ đạo
- Tham mưu văn bản hướng dẫn Ngày Pháp luật năm 2026:
+ Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Tư pháp thực hiện.
+ Thời gian: tháng 10/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_an_item_holding_several_dash_blocks_each_with_its_lead_yields_a_task_per_block(fmt: str) -> None:
    text = _BLOCKS_PLAN.replace("\\\n", "")
    if fmt == "txt":
        data = text.encode()
    else:
        plan = Plan(name="blocks", blocks=[P(line, bold=line[:2] in ("1.", "2.", "3.", "4.", "5.")) for line in text.strip().split("\n")])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["parent_code"], t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    want = [
        (None, "Tuyên truyền pháp luật cho người dân vùng biên giới", [], [], "2026-12-31"),
        ("1", "Giao Phòng Tư pháp chủ trì, phối hợp với Đồn Biên phòng", ["Phòng Tư pháp"], ["Đồn Biên phòng Tây Trang"],
         "2026-04-30"),
        ("1", "Trung tâm Văn hóa - Thể thao chủ trì tổ chức 03 buổi", ["Trung tâm Văn hóa - Thể thao"],
         ["Phòng Văn hóa - Xã hội", "Công an xã"], "2026-09-30"),
        ("1", "Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể lồng ghép", ["Ủy ban MTTQ Việt Nam xã", "các đoàn thể"], [],
         "2026-12-31"),
        (None, "Phổ biến pháp luật trong trường học", [], [], "2026-11-30"),
        ("2", "Phòng Giáo dục và Đào tạo có trách nhiệm hướng dẫn", ["Phòng Giáo dục và Đào tạo"], [], "2026-09-30"),
        ("2", "Các trường trung học cơ sở có trách nhiệm phối hợp", ["Các trường trung học cơ sở"], ["Công an xã"],
         "2026-11-30"),
        (None, "Thông tin pháp luật trên loa truyền thanh", [], [], "2026-12-31"),
        ("3", "Đài Truyền thanh xã phát chuyên mục pháp luật", ["Đài Truyền thanh xã"], [], "2026-12-31"),
        ("3", "Đề nghị Chi hội Cựu chiến binh các thôn phối hợp duy trì", ["Chi hội Cựu chiến binh các thôn"], [], "2026-12-31"),
        # an only block opening with its unit is the item's own assignment (an only item telling its work
        # first, its lead in a later sentence, is a task under the item: see the test of that shape)
        (None, "Hòa giải ở cơ sở", ["Phòng Tư pháp"], ["Ban công tác Mặt trận các thôn"], "2026-06-30"),
        # "- Title:" / "+ X chủ trì …": the plus line assigns the dash title above it
        (None, "Tham mưu văn bản chỉ đạo", ["Văn phòng HĐND và UBND xã"], ["Phòng Tư pháp"], "2026-10-31"),
    ]
    # a block's title is its first sentence as written
    assert [(p, title[: len(w[1])], *rest) for (p, title, *rest), w in zip(got, want, strict=False)] == want
    assert len(got) == len(want)


def test_a_dash_title_and_its_assignment_in_two_paragraphs_are_one_block() -> None:
    # a PDF (or a typist) breaks "- Title. Giao X chủ trì …" after the title's full stop
    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2026",
        "Mường Tè, ngày 05 tháng 02 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiểu biết pháp luật.",
        "II. NỘI DUNG",
        "1. Phổ biến các luật mới",
        "- Tổ chức hội nghị quán triệt các luật mới cho công chức xã.",
        "Giao Văn phòng HĐND và UBND xã chủ trì, phối hợp với Phòng Tư pháp thực hiện; thời gian: Quý II/2026.",
        "- Giới thiệu văn bản mới trên trang thông tin điện tử xã.",
        "Phòng Văn hóa - Xã hội chủ trì; thời gian: hằng tháng.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng triển khai thực hiện.",
    ]
    plan = Plan(name="split", blocks=[P(line) for line in lines])
    tasks = extract(to_docx(plan), "plan.docx")["tasks"]
    assert [(t["parent_code"], t["title"], t["lead_units"], t["deadline"]) for t in tasks] == [
        (None, "Phổ biến các luật mới", [], "2026-12-31"),
        ("1", "Tổ chức hội nghị quán triệt các luật mới cho công chức xã", ["Văn phòng HĐND và UBND xã"], "2026-06-30"),
        ("1", "Giới thiệu văn bản mới trên trang thông tin điện tử xã", ["Phòng Văn hóa - Xã hội"], "2026-12-31"),
    ]


def test_a_pdf_numbered_heading_ending_short_of_the_margin_is_not_joined_with_the_dash_item_under_it() -> None:
    # the heading ends in a capitalised word, as a unit's name broken before "- Xã hội" would
    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2026",
        "Sìn Hồ, ngày 05 tháng 02 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiểu biết pháp luật của cán bộ, công chức, viên chức và người lao động trong toàn cơ quan.",
        "II. NỘI DUNG",
        "1. Phổ biến pháp luật cho công chức, viên chức và người lao động của Trung tâm Y tế",
        "- Tổ chức hội nghị phổ biến các luật mới. Phòng Tổ chức - Hành chính chủ trì; thời gian: Quý II/2026.",
        "- Cập nhật văn bản mới trên trang tin. Phòng Kế hoạch - Nghiệp vụ chủ trì; thời gian: hằng tháng.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng triển khai thực hiện.",
    ]
    plan = Plan(name="pdfhead", blocks=[P(line, bold=line.startswith("1.")) for line in lines])
    tasks = extract(to_pdf(plan), "plan.pdf")["tasks"]
    assert [(t["title"], t["lead_units"]) for t in tasks] == [
        ("Phổ biến pháp luật cho công chức, viên chức và người lao động của Trung tâm Y tế", []),
        ("Tổ chức hội nghị phổ biến các luật mới", ["Phòng Tổ chức - Hành chính"]),
        ("Cập nhật văn bản mới trên trang tin", ["Phòng Kế hoạch - Nghiệp vụ"]),
    ]


def test_more_duty_phrasings_under_a_heading_name_the_lead_and_its_helpers() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Cao Bằng, ngày 07 tháng 01 năm 2026
II. NHIỆM VỤ
1. Nói chuyện chuyên đề về phòng, chống ma túy
Trong Quý III/2026, Phòng Văn hóa - Xã hội phối hợp với Công an xã tổ chức 02 buổi nói chuyện tại các xóm.
2. In tờ gấp pháp luật song ngữ
Yêu cầu Văn phòng HĐND và UBND xã in, cấp phát tờ gấp cho các xóm trước ngày 30/4/2026.
3. Kiểm tra tủ sách pháp luật ở các xóm
Phòng Kinh tế có nhiệm vụ phối hợp với Đoàn Thanh niên xã rà soát đầu sách; thời gian: tháng 8/2026.
4. Hội thi hòa giải viên giỏi
Văn phòng HĐND và UBND xã được giao chủ trì, phối hợp với Hội Liên hiệp Phụ nữ xã tổ chức vòng thi xã trong tháng 10/2026.
5. Cập nhật chuyên mục pháp luật trên trang thông tin của xã
Giao cho Phòng Văn hóa - Xã hội làm đầu mối, phối hợp Công an xã biên tập tin, bài hằng tháng.
6. Giải đáp pháp luật cho người dân tại bộ phận một cửa
Phòng Kinh tế phụ trách; Trạm Y tế xã phối hợp; thời gian: Quý IV/2026.
7. Phát thanh pháp luật bằng tiếng dân tộc
Trung tâm Dịch vụ tổng hợp xã thực hiện hằng tuần với sự phối hợp của Trưởng các xóm.
"""
    assert _txt_tasks(text) == [
        (
            "Nói chuyện chuyên đề về phòng, chống ma túy",
            ["Phòng Văn hóa - Xã hội"],
            ["Công an xã"],
            "2026-09-30",
            False,
        ),
        ("In tờ gấp pháp luật song ngữ", ["Văn phòng HĐND và UBND xã"], [], "2026-04-30", False),
        ("Kiểm tra tủ sách pháp luật ở các xóm", ["Phòng Kinh tế"], ["Đoàn Thanh niên xã"], "2026-08-31", False),
        ("Hội thi hòa giải viên giỏi", ["Văn phòng HĐND và UBND xã"], ["Hội Liên hiệp Phụ nữ xã"], "2026-10-31", False),
        (
            "Cập nhật chuyên mục pháp luật trên trang thông tin của xã",
            ["Phòng Văn hóa - Xã hội"],
            ["Công an xã"],
            "2026-12-31",
            False,
        ),
        ("Giải đáp pháp luật cho người dân tại bộ phận một cửa", ["Phòng Kinh tế"], ["Trạm Y tế xã"], "2026-12-31", False),
        ("Phát thanh pháp luật bằng tiếng dân tộc", ["Trung tâm Dịch vụ tổng hợp xã"], ["Trưởng các xóm"], "2026-12-31", False),
    ]


def test_labels_on_one_line_separated_by_dashes() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Cao Bằng, ngày 07 tháng 01 năm 2026
II. NHIỆM VỤ
1. Tuyên truyền Luật Giao thông đường bộ cho học sinh
Chủ trì: Công an xã - Phối hợp: Trường Trung học cơ sở xã - Thời gian: tháng 9/2026.
2. Tập huấn kỹ năng cho tuyên truyền viên
- Chủ trì: Phòng Văn hóa - Xã hội. - Phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam xã. - Thời gian: Quý II/2026.
"""
    assert _txt_tasks(text) == [
        (
            "Tuyên truyền Luật Giao thông đường bộ cho học sinh",
            ["Công an xã"],
            ["Trường Trung học cơ sở xã"],
            "2026-09-30",
            False,
        ),
        (
            "Tập huấn kỹ năng cho tuyên truyền viên",
            ["Phòng Văn hóa - Xã hội"],
            ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"],
            "2026-06-30",
            False,
        ),
    ]


def test_units_marked_chu_tri_and_phoi_hop_in_brackets_keep_the_time_after_them() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Bắc Kạn, ngày 05 tháng 01 năm 2026
II. NHIỆM VỤ
1. Giới thiệu Luật Thanh niên cho đoàn viên
Giao Đoàn Thanh niên xã (chủ trì), Trường Trung học cơ sở xã (phối hợp) thực hiện trong Quý III/2026.
2. Tọa đàm về bình đẳng giới
Hội Liên hiệp Phụ nữ xã (chủ trì), Trạm Y tế xã, Công an xã (phối hợp); thời gian: tháng 10/2026.
"""
    assert _txt_tasks(text) == [
        (
            "Giới thiệu Luật Thanh niên cho đoàn viên",
            ["Đoàn Thanh niên xã"],
            ["Trường Trung học cơ sở xã"],
            "2026-09-30",
            False,
        ),
        ("Tọa đàm về bình đẳng giới", ["Hội Liên hiệp Phụ nữ xã"], ["Trạm Y tế xã", "Công an xã"], "2026-10-31", False),
    ]


def test_a_body_sentence_ending_with_its_assignment_in_brackets() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Bắc Kạn, ngày 05 tháng 01 năm 2026
II. NHIỆM VỤ
1. Bồi dưỡng báo cáo viên pháp luật
Tổ chức 01 lớp bồi dưỡng kỹ năng nói chuyện pháp luật (Phòng Tư pháp chủ trì; Trung tâm Chính trị huyện phối hợp; Quý II/2026).
"""
    assert _txt_tasks(text) == [
        (
            "Bồi dưỡng báo cáo viên pháp luật",
            ["Phòng Tư pháp"],
            ["Trung tâm Chính trị huyện"],
            "2026-06-30",
            False,
        ),
    ]


def test_a_run_on_heading_whose_body_opens_with_a_units_duty() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Bắc Kạn, ngày 05 tháng 01 năm 2026
II. NHIỆM VỤ
1. Phát thanh chuyên mục pháp luật trên loa truyền thanh các thôn hằng tháng Trung tâm Dịch vụ tổng hợp xã có trách nhiệm phối hợp với Trưởng các thôn biên tập tin, bài. Thời gian: hằng tháng.
"""
    assert _txt_tasks(text) == [
        (
            "Phát thanh chuyên mục pháp luật trên loa truyền thanh các thôn hằng tháng",
            ["Trung tâm Dịch vụ tổng hợp xã"],
            ["Trưởng các thôn"],
            "2026-12-31",
            False,
        ),
    ]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_an_item_holding_several_plain_paragraphs_each_opening_with_its_lead_yields_a_task_per_paragraph(
    fmt: str,
) -> None:
    lines = [
        "KẾ HOẠCH",
        "Tuyên truyền pháp luật về biển, đảo năm 2026",
        "Cô Tô, ngày 20 tháng 01 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Ngư dân hiểu và chấp hành pháp luật về khai thác thủy sản.",
        "II. NỘI DUNG",
        "1. Tuyên truyền cho ngư dân trước mỗi chuyến biển",
        "Đồn Biên phòng Cô Tô chủ trì, phối hợp với Hội Nghề cá huyện phát tờ rơi tại cảng cá; thời gian: Quý I/2026.",
        "Giao Phòng Nông nghiệp chủ trì tổ chức 02 buổi đối thoại với chủ tàu; Công an huyện phối hợp. Thời gian: "
        "tháng 8/2026.",
        "2. Phổ biến quy định chống khai thác bất hợp pháp",
        "Phòng Nông nghiệp chủ trì, phối hợp với Đồn Biên phòng Cô Tô tổ chức hội nghị; thời gian: Quý II/2026.",
        "Các chủ tàu có trách nhiệm cử thuyền trưởng tham dự đầy đủ.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan triển khai thực hiện.",
    ]
    if fmt == "txt":
        data = "\n".join(lines).encode()
    else:
        plan = Plan(name="paras", blocks=[P(line, bold=line[:2] in ("1.", "2.")) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["parent_code"], t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (None, "Tuyên truyền cho ngư dân trước mỗi chuyến biển", [], [], "2026-08-31"),
        (
            "1",
            "Đồn Biên phòng Cô Tô chủ trì, phối hợp với Hội Nghề cá huyện phát tờ rơi tại cảng cá; thời gian: "
            "Quý I/2026",
            ["Đồn Biên phòng Cô Tô"],
            ["Hội Nghề cá huyện"],
            "2026-03-31",
        ),
        (
            "1",
            "Giao Phòng Nông nghiệp chủ trì tổ chức 02 buổi đối thoại với chủ tàu; Công an huyện phối hợp",
            ["Phòng Nông nghiệp"],
            ["Công an huyện"],
            "2026-08-31",
        ),
        # a duty supporting the item's only assignment is no block of its own
        (None, "Phổ biến quy định chống khai thác bất hợp pháp", ["Phòng Nông nghiệp"], ["Đồn Biên phòng Cô Tô"],
         "2026-06-30"),
    ]


def test_dash_paragraphs_opening_with_their_lead_right_under_the_tasks_part_are_its_tasks() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật cho người lao động năm 2026
Bình Dương, ngày 14 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Người lao động hiểu quyền và nghĩa vụ của mình.
II. NHIỆM VỤ
- Ban Nữ công có trách nhiệm phổ biến pháp luật về thai sản cho lao động nữ; thời gian: tháng 3/2026.
- Giao Ban Chính sách chủ trì, phối hợp với Thanh tra lao động tổ chức đối thoại tại doanh nghiệp; Quý III/2026.
- Đề nghị Hội Liên hiệp Phụ nữ các phường lồng ghép tuyên truyền trong sinh hoạt chi hội.
III. TỔ CHỨC THỰC HIỆN
Các ban triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["parent_code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (None, ["Ban Nữ công"], [], "2026-03-31"),
        (None, ["Ban Chính sách"], ["Thanh tra lao động"], "2026-09-30"),
        (None, ["Hội Liên hiệp Phụ nữ các phường"], [], "2026-12-31"),
    ]
    assert tasks[0]["title"].startswith("Ban Nữ công có trách nhiệm phổ biến pháp luật về thai sản")


@pytest.mark.parametrize(
    ("lead_label", "coord_label"),
    [
        ("Người phụ trách", "Người phối hợp"),
        ("Đơn vị đầu mối", "Các đơn vị phối hợp"),
        ("Cơ quan chủ trì, tham mưu", "Bộ phận phối hợp"),
        ("Lực lượng thực hiện", "Lực lượng phối hợp"),
        ("Đơn vị được giao", "Cơ quan liên quan"),
        ("Trách nhiệm chính", "Cá nhân phối hợp"),
    ],
)
def test_more_label_words_for_the_lead_and_the_coordinating_units(lead_label: str, coord_label: str) -> None:
    text = f"""KẾ HOẠCH
Phổ biến pháp luật năm 2026
Lạng Sơn, ngày 09 tháng 01 năm 2026
II. NHIỆM VỤ
1. Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ
{lead_label}: Đội Cảnh sát phòng cháy, chữa cháy.
{coord_label}: Ban Bảo vệ dân phố.
Thời gian: tháng 5/2026.
"""
    assert _txt_tasks(text) == [
        (
            "Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
            ["Đội Cảnh sát phòng cháy, chữa cháy"],
            ["Ban Bảo vệ dân phố"],
            "2026-05-31",
            False,
        ),
    ]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_dash_blocks_naming_the_unit_before_a_colon_and_units_given_their_role_after_a_colon(fmt: str) -> None:
    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2026",
        "Lai Châu, ngày 09 tháng 01 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiểu biết pháp luật.",
        "II. NỘI DUNG",
        "1. Tuyên truyền pháp luật ở vùng cao",
        "- Phòng Dân tộc: chủ trì in sổ tay pháp luật song ngữ, phối hợp với Hội Người cao tuổi huyện; thời "
        "gian: Quý II/2026.",
        "- Công an huyện: tuyên truyền phòng, chống mua bán người tại chợ phiên; thời gian: Quý III/2026.",
        "2. Tập huấn cho hòa giải viên",
        "- Phòng Tư pháp: chủ trì",
        "- Hội Nông dân huyện, Huyện đoàn: phối hợp",
        "- Thời gian: tháng 7/2026",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng triển khai thực hiện.",
    ]
    if fmt == "txt":
        data = "\n".join(lines).encode()
    else:
        plan = Plan(name="colons", blocks=[P(line, bold=line[:2] in ("1.", "2.")) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["parent_code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (None, [], [], "2026-09-30"),
        ("1", ["Phòng Dân tộc"], ["Hội Người cao tuổi huyện"], "2026-06-30"),
        ("1", ["Công an huyện"], [], "2026-09-30"),
        # "X: chủ trì" / "Y: phối hợp" read like labels: the item's own assignment
        (None, ["Phòng Tư pháp"], ["Hội Nông dân huyện", "Huyện đoàn"], "2026-07-31"),
    ]
    assert tasks[1]["title"].startswith("Phòng Dân tộc: chủ trì in sổ tay pháp luật song ngữ")


def test_a_request_to_a_unit_in_a_plain_paragraph_after_an_item_s_assignment_is_a_block_of_its_own() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật cho người lao động năm 2026
Vĩnh Yên, ngày 03 tháng 02 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Người lao động hiểu quyền, nghĩa vụ của mình.
II. NỘI DUNG
1. Phổ biến Luật Việc làm cho người lao động
Giao Phòng Nhân sự chủ trì biên soạn tài liệu hỏi đáp trong Quý II/2026.
Đề nghị Công đoàn cơ sở phối hợp tổ chức tọa đàm tại phân xưởng, hoàn thành trước ngày 30/9/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["parent_code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (None, [], [], "2026-09-30"),
        ("1", ["Phòng Nhân sự"], [], "2026-06-30"),
        ("1", ["Công đoàn cơ sở"], [], "2026-09-30"),
    ]
    assert tasks[2]["title"].startswith("Đề nghị Công đoàn cơ sở phối hợp tổ chức tọa đàm")


def test_a_duty_sentence_is_led_by_the_subject_before_its_first_verb_and_keeps_an_early_time() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Lai Châu, ngày 09 tháng 01 năm 2026
II. NHIỆM VỤ
1. In tài liệu hỏi đáp pháp luật cho đồng bào vùng cao
Phòng Văn hóa và Thông tin tổng hợp nhu cầu của các xã, phối hợp với Phòng Dân tộc biên soạn và in trước ngày 30/6/2026.
2. Bồi dưỡng công chức tư pháp - hộ tịch
Phòng Tư pháp có trách nhiệm soạn chương trình và mở lớp bồi dưỡng trong tháng 4/2026; Phòng Nội vụ phối hợp cử học viên.
"""
    assert _txt_tasks(text) == [
        (
            "In tài liệu hỏi đáp pháp luật cho đồng bào vùng cao",
            ["Phòng Văn hóa và Thông tin"],
            ["Phòng Dân tộc"],
            "2026-06-30",
            False,
        ),
        ("Bồi dưỡng công chức tư pháp - hộ tịch", ["Phòng Tư pháp"], ["Phòng Nội vụ"], "2026-04-30", False),
    ]


def test_a_heading_with_dash_separated_labels_and_a_lone_coordinating_sentence() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Điện Biên, ngày 09 tháng 01 năm 2026
II. NHIỆM VỤ
1. Tọa đàm về Luật Hôn nhân và gia đình - Đơn vị thực hiện: Hội Liên hiệp Phụ nữ xã - Thời gian: tháng 3/2026
2. Phát tờ rơi phòng, chống tảo hôn
Giao Đoàn Thanh niên xã chủ trì. Trạm Y tế xã, Trường Tiểu học xã phối hợp. Thời gian: Quý II/2026.
3. Sinh hoạt câu lạc bộ pháp luật
Hội Nông dân xã chủ trì. Các cơ quan phối hợp: Công an xã. Hoàn thành: tháng 11/2026.
"""
    assert _txt_tasks(text) == [
        ("Tọa đàm về Luật Hôn nhân và gia đình", ["Hội Liên hiệp Phụ nữ xã"], [], "2026-03-31", False),
        (
            "Phát tờ rơi phòng, chống tảo hôn",
            ["Đoàn Thanh niên xã"],
            ["Trạm Y tế xã", "Trường Tiểu học xã"],
            "2026-06-30",
            False,
        ),
        ("Sinh hoạt câu lạc bộ pháp luật", ["Hội Nông dân xã"], ["Công an xã"], "2026-11-30", False),
    ]


def test_a_dash_line_describing_the_work_without_a_time_is_no_block_of_its_own() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Tân Uyên, ngày 07 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NỘI DUNG
1. Ngoại khóa pháp luật trong trường học (Phòng Giáo dục và Đào tạo chủ trì; Quý III/2026)
- Các trường trung học cơ sở tổ chức ngoại khóa về an toàn giao thông cho học sinh.
- Các trường tiểu học lồng ghép nội dung phòng, chống xâm hại trẻ em.
2. Thông tin pháp luật trên loa truyền thanh
- Đài Truyền thanh xã phát chuyên mục pháp luật 02 buổi/tuần. Thời gian: thường xuyên.
- Đề nghị Hội Phụ nữ xã lồng ghép tuyên truyền trong sinh hoạt chi hội.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["code"], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("1", ["Phòng Giáo dục và Đào tạo"], "2026-09-30"),  # its dash lines say what the work is
        ("2", [], "2026-12-31"),
        ("2.1", ["Đài Truyền thanh xã"], "2026-12-31"),  # a unit's action with its time: a block
        ("2.2", ["Hội Phụ nữ xã"], "2026-12-31"),  # a request: a block
    ]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_lettered_items_with_a_time_sentence_a_duty_of_several_units_and_a_dash_title_opening_with_to_chuc(
    fmt: str,
) -> None:
    lines = [
        "KẾ HOẠCH",
        "Ứng dụng công nghệ số trong tuyên truyền pháp luật năm 2026",
        "Tân An, ngày 10 tháng 01 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao nhận thức pháp luật của người dân.",
        "II. NHIỆM VỤ",
        "1. Về truyền thông",
        "a) Phòng Kinh tế chủ trì, phối hợp với Hội Nông dân xã và các thôn mở trang pháp luật trên mạng xã "
        "hội tại các thôn. Thời gian: Tháng 4 - tháng 8/2026.",
        "b) Đoàn Thanh niên xã, Hội Nông dân xã có trách nhiệm hướng dẫn đoàn viên, hội viên cài ứng dụng tra "
        "cứu pháp luật.",
        "2. Về bồi dưỡng",
        "- Tổ chức tập huấn kỹ năng số cho công chức văn hóa, tư pháp và thông tin:",
        "+ Đơn vị chủ trì: Văn phòng HĐND và UBND xã",
        "+ Đơn vị phối hợp: Trung tâm Chuyển đổi số tỉnh",
        "+ Tiến độ: Tháng 9 - tháng 10/2026",
        "- Biên soạn cẩm nang pháp luật điện tử:",
        "+ Đơn vị chủ trì: Công an xã",
        "+ Tiến độ: Quý IV/2026",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị triển khai thực hiện.",
    ]
    if fmt == "txt":
        data = "\n".join(lines).encode()
    else:
        plan = Plan(name="lettered", blocks=[P(line, bold=line[:2] in ("1.", "2.")) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [
        (["Phòng Kinh tế"], ["Hội Nông dân xã", "các thôn"], "2026-08-31"),  # "Thời gian: …" after the sentence
        (["Đoàn Thanh niên xã", "Hội Nông dân xã"], [], "2026-12-31"),  # "X, Y có trách nhiệm …"
        (["Văn phòng HĐND và UBND xã"], ["Trung tâm Chuyển đổi số tỉnh"], "2026-10-31"),  # not led by "Tổ chức"
        (["Công an xã"], [], "2026-12-31"),
    ]
    assert tasks[[t["lead_units"] for t in tasks].index(["Phòng Kinh tế"])]["title"].endswith("tại các thôn")


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("inline", [True, False])
def test_a_lettered_item_opening_with_a_unit_and_its_action_is_led_by_it_with_its_time_inline_or_below(
    fmt: str, inline: bool
) -> None:
    # "a) Trung tâm X phát …" then its time, in the same paragraph or on its own line below ("Thời gian: …"):
    # either way the unit before the action verb leads the item
    items = [
        ("a) Đài Truyền thanh huyện phát bản tin pháp luật hằng tuần bằng tiếng Kinh và tiếng Thái.",
         "Thời gian: trong năm 2026."),
        ("b) Ủy ban nhân dân các xã, thị trấn tổ chức phổ biến pháp luật tại buổi họp dân ở bản.",
         "Thời gian: Quý III/2026."),
    ]
    lines = [
        "KẾ HOẠCH",
        "Tuyên truyền pháp luật ở vùng cao năm 2026",
        "Mường Lay, ngày 14 tháng 01 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Đưa pháp luật đến đồng bào ở các bản vùng cao.",
        "II. NỘI DUNG",
        "1. Tuyên truyền trên hệ thống truyền thanh",
        *[line for item in items for line in ([" ".join(item)] if inline else item)],
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị triển khai thực hiện.",
    ]
    if fmt == "txt":
        data = "\n".join(lines).encode()
    else:
        plan = Plan(name="lettered_own_time", blocks=[P(line, bold=line[:2] == "1.") for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = [t for t in extract(data, f"plan.{fmt}")["tasks"] if not t["is_group"]]
    assert [(t["code"], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("1.a", ["Đài Truyền thanh huyện"], "2026-12-31"),
        ("1.b", ["Ủy ban nhân dân các xã, thị trấn"], "2026-09-30"),
    ]


def test_a_paragraph_holding_two_assignment_sentences_each_with_its_lead_yields_a_task_per_sentence() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Mộc Châu, ngày 11 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NỘI DUNG
1. Hưởng ứng Ngày Pháp luật
Phòng Tư pháp chủ trì tổ chức mít tinh tại trung tâm xã; thời gian: tháng 11/2026. Trung tâm Văn hóa \
chủ trì, phối hợp với Đoàn Thanh niên xã treo băng rôn trên các trục đường; thời gian: tháng 10/2026.
2. Tập huấn hòa giải viên
Phòng Tư pháp chủ trì, phối hợp với Ủy ban MTTQ xã tổ chức tập huấn. Thời gian: Quý II/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.replace("\\\n", "").encode(), "plan.txt")["tasks"]
    assert [(t["code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("1", [], [], "2026-11-30"),
        ("1.1", ["Phòng Tư pháp"], [], "2026-11-30"),
        ("1.2", ["Trung tâm Văn hóa"], ["Đoàn Thanh niên xã"], "2026-10-31"),
        ("2", ["Phòng Tư pháp"], ["Ủy ban MTTQ xã"], "2026-06-30"),  # one assignment, then its time
    ]
    assert tasks[2]["title"].startswith("Trung tâm Văn hóa chủ trì, phối hợp với Đoàn Thanh niên xã treo băng rôn")


_QUICK_LINES = [
    "UBND HUYỆN YÊN THẾ",
    "ỦY BAN NHÂN DÂN XÃ ĐỒNG KỲ",
    "KẾ HOẠCH",
    "Phổ biến pháp luật trên địa bàn xã năm 2026",
    "Đồng Kỳ, ngày 06 tháng 01 năm 2026",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Người dân hiểu và chấp hành pháp luật.",
    "II. NỘI DUNG",
    "1. Niêm yết văn bản pháp luật mới tại nhà văn hóa các thôn",
    "Chủ trì công chức Văn hóa - Xã hội",
    "Phối hợp: Trưởng thôn các thôn",
    "Thời gian Quý 2/2026",
    "2/ Tổ chức hội nghị phổ biến Luật Đất đai cho hộ gia đình",
    "CHỦ TRÌ: Công chức Địa chính - Xây dựng",
    "THỜI GIAN: tháng 5 - tháng 6/2026",
    "3) Chi hỗ trợ cho tuyên truyền viên pháp luật ở thôn",
    "Chủ trì Phòng Kinh tế xã ; phối hợp công chức Tư pháp - Hộ tịch . Thời gian T9/2026",
    "4, Vận động hội viên chấp hành quy định về phòng cháy rừng",
    "Đề nghị UB MTTQ xã chủ trì, phối hợp HND xã; CCB xã và ĐTN xã vận động hội viên. Thời gian: Quý 4/2026",
    "5. Tổng kết công tác phổ biến pháp luật năm 2026",
    "Đ/c Phó Chủ tịch UBND xã phụ trách khối Văn hóa chỉ đạo thực hiện, trước ngày 10/12/2026",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các bộ phận triển khai thực hiện.",
]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_commune_plan_numbered_by_hand_with_labels_without_colons(fmt: str) -> None:
    """Headings numbered "1.", "2/", "3)", "4,"; "Chủ trì X" / "Thời gian Y" written without a colon (in
    capitals too); "X ; phối hợp Y" after a bare label; abbreviations of a commune's mass organisations."""
    if fmt == "txt":
        data = "\n".join(_QUICK_LINES).encode()
    else:
        plan = Plan(name="quick", blocks=[P(line) for line in _QUICK_LINES])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("1", ["công chức Văn hóa - Xã hội"], ["Trưởng thôn các thôn"], "2026-06-30"),
        ("2", ["Công chức Địa chính - Xây dựng"], [], "2026-06-30"),
        ("3", ["Phòng Kinh tế xã"], ["công chức Tư pháp - Hộ tịch"], "2026-09-30"),
        ("4", ["UB MTTQ xã"], ["HND xã", "CCB xã", "ĐTN xã"], "2026-12-31"),
        ("5", ["Đ/c Phó Chủ tịch UBND xã phụ trách khối Văn hóa"], [], "2026-12-10"),
    ]
    assert tasks[3]["title"] == "Vận động hội viên chấp hành quy định về phòng cháy rừng"


def test_a_bare_label_word_opening_an_ordinary_sentence_is_no_label() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Đồng Kỳ, ngày 06 tháng 01 năm 2026
II. NỘI DUNG
1. Tập huấn cho hòa giải viên
Phối hợp chặt chẽ giữa các thôn trong việc mời báo cáo viên.
Phối hợp tổ chức Ngày hội đại đoàn kết ở các thôn.
Chủ trì: Công chức Tư pháp - Hộ tịch. Thời gian: tháng 8/2026.
"""
    assert _txt_tasks(text) == [
        ("Tập huấn cho hòa giải viên", ["Công chức Tư pháp - Hộ tịch"], [], "2026-08-31", False),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_letter_headings_with_a_full_stop_under_a_part_heading_and_a_lead_label_naming_its_helper(fmt: str) -> None:
    """ "a. Title" (bold) right under the bold part heading stays a heading of its own; "Đơn vị thực hiện: X;
    phối hợp Y" names the lead and its helper in one label."""
    plan = Plan(
        name="letters",
        blocks=[
            P("ĐẢNG ỦY XÃ BẢO ĐÀI", bold=True, center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Tuyên truyền pháp luật về quốc phòng năm 2026", bold=True, center=True),
            P("Bảo Đài, ngày 10 tháng 02 năm 2026", center=True),
            P("I. MỤC ĐÍCH", bold=True),
            P("- Thanh niên hiểu rõ nghĩa vụ của công dân."),
            P("II. NỘI DUNG", bold=True),
            P("a. Giới thiệu Luật Nghĩa vụ quân sự cho thanh niên", bold=True),
            P("- Đơn vị thực hiện: Chỉ huy trưởng BCH Quân sự xã\n- Phối hợp: ĐTN xã\n- Thời gian: Quý 3/2026"),
            P("b. Bồi dưỡng kiến thức quốc phòng cho chức sắc tôn giáo", bold=True),
            P("- Đơn vị thực hiện: BCH Quân sự xã; phối hợp Công an xã\n- Thời gian: T8/2026"),
            P("c. Tuyên truyền chính sách đối với quân nhân xuất ngũ", bold=True),
            P("- Đơn vị thực hiện: Thôn đội trưởng các thôn , phối hợp CCB xã\n- Thời gian: Thường xuyên"),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("BCH Quân sự xã tổng hợp kết quả."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["code"], t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("a", "Giới thiệu Luật Nghĩa vụ quân sự cho thanh niên", ["Chỉ huy trưởng BCH Quân sự xã"], ["ĐTN xã"],
         "2026-09-30"),
        ("b", "Bồi dưỡng kiến thức quốc phòng cho chức sắc tôn giáo", ["BCH Quân sự xã"], ["Công an xã"],
         "2026-08-31"),
        ("c", "Tuyên truyền chính sách đối với quân nhân xuất ngũ", ["Thôn đội trưởng các thôn"], ["CCB xã"],
         "2026-12-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_short_table_without_numbers_with_group_rows_and_one_unit_column_marking_the_helpers(fmt: str) -> None:
    """Nội dung | Người/Bộ phận thực hiện | Thời gian, no STT, Roman group rows, dash titles; the unit cell
    marks only the helpers: "X (chủ trì); Y (phối hợp)", "X; Y (phối hợp)", "X / Y, Z phối hợp", "X; Y phối hợp"."""
    plan = Plan(
        name="short_table",
        blocks=[
            P("ỦY BAN NHÂN DÂN XÃ AN BÌNH", bold=True, center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phòng, chống tệ nạn xã hội trên địa bàn xã năm 2026", bold=True, center=True),
            P("An Bình, ngày 20 tháng 01 năm 2026", center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Giảm tệ nạn xã hội trong thanh thiếu niên."),
            P("II. NHIỆM VỤ", bold=True),
            T((
                ("Nội dung", "Người/Bộ phận thực hiện", "Thời gian"),
                ("I. TUYÊN TRUYỀN", "", ""),
                ("- Phát tờ rơi về tác hại của ma túy tại chợ xã", "Công an xã (chủ trì); ĐTN xã (phối hợp)",
                 "Quý 2"),
                ("- Nói chuyện chuyên đề tại các chi hội cựu chiến binh",
                 "CCB xã / HLHPN xã, HND xã phối hợp", "tháng 5 - tháng 6"),
                ("II. HỖ TRỢ", "", ""),
                ("- Tư vấn pháp luật cho gia đình có người nghiện",
                 "công chức Tư pháp - Hộ tịch; Hội Luật gia huyện (phối hợp)", "Quý 3"),
                ("- Giới thiệu việc làm cho người sau cai nghiện",
                 "Phòng Văn hóa - Xã hội xã; Trung tâm Dịch vụ việc làm tỉnh phối hợp", "Quý 4"),
            ), widths=(95, 65, 30)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Công an xã tổng hợp kết quả, báo cáo UBND xã."),
        ],
    )
    tasks = _read(plan, fmt)
    got = [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("Phát tờ rơi về tác hại của ma túy tại chợ xã", ["Công an xã"], ["ĐTN xã"], "2026-06-30"),
        ("Nói chuyện chuyên đề tại các chi hội cựu chiến binh", ["CCB xã"], ["HLHPN xã", "HND xã"], "2026-06-30"),
        ("Tư vấn pháp luật cho gia đình có người nghiện", ["công chức Tư pháp - Hộ tịch"], ["Hội Luật gia huyện"],
         "2026-09-30"),
        ("Giới thiệu việc làm cho người sau cai nghiện", ["Phòng Văn hóa - Xã hội xã"],
         ["Trung tâm Dịch vụ việc làm tỉnh"], "2026-12-31"),
    ]


def test_a_line_going_on_in_lower_case_with_phoi_hop_is_no_bare_label() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Đồng Kỳ, ngày 06 tháng 01 năm 2026
II. NỘI DUNG
1. Tuyên truyền an toàn thực phẩm tại chợ
Phòng Kinh tế xã có trách nhiệm in tờ gấp;
phối hợp Ban quản lý chợ tuyên truyền cho tiểu thương. Hoàn thành trước ngày 30/4/2026.
"""
    assert _txt_tasks(text) == [
        ("Tuyên truyền an toàn thực phẩm tại chợ", ["Phòng Kinh tế xã"], ["Ban quản lý chợ"], "2026-04-30", False),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_bold_headings_with_duty_prose_under_them_in_word_and_pdf(fmt: str) -> None:
    plan = Plan(
        name="phong-tu-phap-duty-prose",
        blocks=[
            *_head("PHÒNG TƯ PHÁP", "04/KH-PTP", "Hòa Vang, ngày 12 tháng 01 năm 2026", "Phổ biến pháp luật năm 2026"),
            P("II. NHIỆM VỤ", bold=True),
            P("1. Phổ biến pháp luật về trật tự, an toàn giao thông cho thanh niên nông thôn", bold=True),
            P(
                "Đội Cảnh sát giao thông có trách nhiệm phối hợp với Huyện Đoàn, Hội Nông dân huyện tổ chức 04"
                " buổi tuyên truyền tại các xã; thời gian: Quý III/2026."
            ),
            P("2. Cập nhật văn bản mới trên Trang thông tin điện tử của huyện", bold=True),
            P("Văn phòng HĐND và UBND huyện thực hiện ngay sau khi văn bản được ban hành."),
            P("3. Tuyên truyền pháp luật qua sinh hoạt khu dân cư", bold=True),
            P("Đề nghị Ban Công tác Mặt trận các thôn chủ động thực hiện hằng quý."),
            *_TAIL,
        ],
    )
    tasks = _read(plan, fmt)
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks]
    assert got == [
        (["Đội Cảnh sát giao thông"], ["Huyện Đoàn", "Hội Nông dân huyện"], "2026-09-30", False),
        (["Văn phòng HĐND và UBND huyện"], [], "2026-12-31", True),
        (["Ban Công tác Mặt trận các thôn"], [], "2026-12-31", False),
    ]


def test_a_dash_title_ending_with_a_colon_keeps_the_dash_assignment_under_it() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Yên Bái, ngày 13 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NỘI DUNG
1. Bồi dưỡng cho hòa giải viên
- Mở lớp bồi dưỡng kỹ năng hòa giải ở cơ sở:
- Phòng Tư pháp chủ trì, phối hợp với Hội Nông dân huyện thực hiện; thời gian: Quý II/2026.
- In sổ tay hòa giải viên:
- Trung tâm Văn hóa chủ trì; thời gian: Quý IV/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["code"], t["title"], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("1", "Bồi dưỡng cho hòa giải viên", [], "2026-12-31"),
        ("1.1", "Mở lớp bồi dưỡng kỹ năng hòa giải ở cơ sở", ["Phòng Tư pháp"], "2026-06-30"),
        ("1.2", "In sổ tay hòa giải viên", ["Trung tâm Văn hóa"], "2026-12-31"),
    ]


def test_bare_labels_naming_short_heads_and_a_plural_group() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
An Phú, ngày 05 tháng 01 năm 2026
II. NỘI DUNG
1. Niêm yết thủ tục hành chính mới tại trụ sở
Chủ trì VP HĐND-UBND xã
Phối hợp các đoàn thể
Thời gian Quý 3
2. Tuyên truyền phòng, chống dịch bệnh cho người dân
Thực hiện: BCĐ xã, phối hợp TYT xã. Thời gian: T3 - T4
"""
    assert _txt_tasks(text) == [
        ("Niêm yết thủ tục hành chính mới tại trụ sở", ["VP HĐND-UBND xã"], ["các đoàn thể"], "2026-09-30", False),
        ("Tuyên truyền phòng, chống dịch bệnh cho người dân", ["BCĐ xã"], ["TYT xã"], "2026-04-30", False),
    ]


# --- parts assigning the work unit by unit ------------------------------------------------------


def test_a_part_assigning_the_work_unit_by_unit_gives_each_timed_dash_line_as_a_task_of_its_unit() -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Hà Tĩnh, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Cán bộ hiểu và chấp hành pháp luật.
II. NỘI DUNG
1. Luật Đất đai và các nghị định hướng dẫn.
2. Hình thức: hội nghị, trang thông tin điện tử.
III. PHÂN CÔNG NHIỆM VỤ
1. Phòng Hành chính:
- Theo dõi, đôn đốc việc thực hiện Kế hoạch.
- Mở chuyên mục pháp luật trên trang thông tin của cơ quan, phối hợp với Trung tâm Tin học tỉnh cập nhật tài liệu (thường xuyên).
- Tham mưu thành lập tổ báo cáo viên của cơ quan (trong tháng 3/2026).
2. Phòng Quản lý đất đai:
- Phối hợp với Văn phòng Đăng ký đất đai tỉnh mở lớp tập huấn cho cán bộ địa chính xã (Quý III/2026).
3. Các đơn vị trực thuộc:
Xây dựng kế hoạch của đơn vị, gửi về cơ quan trước ngày 20/02/2026.
IV. TỔ CHỨC THỰC HIỆN
Các phòng báo cáo kết quả trước ngày 30/11/2026.
"""
    tasks = [t for t in _txt_tasks(text) if t[1]]
    assert tasks == [
        ("Mở chuyên mục pháp luật trên trang thông tin của cơ quan, phối hợp với Trung tâm Tin học tỉnh cập nhật "
         "tài liệu", ["Phòng Hành chính"], ["Trung tâm Tin học tỉnh"], "2026-12-31", False),
        ("Tham mưu thành lập tổ báo cáo viên của cơ quan", ["Phòng Hành chính"], [], "2026-03-31", False),
        ("Phối hợp với Văn phòng Đăng ký đất đai tỉnh mở lớp tập huấn cho cán bộ địa chính xã",
         ["Phòng Quản lý đất đai"], ["Văn phòng Đăng ký đất đai tỉnh"], "2026-09-30", False),
        ("Xây dựng kế hoạch của đơn vị, gửi về cơ quan", ["Các đơn vị trực thuộc"], [], "2026-02-20", False),
    ]  # the untimed "Theo dõi, đôn đốc …" stays a standing duty


def test_lettered_parts_with_capital_unit_headings_and_plus_lines_timed_by_a_label() -> None:
    text = """KẾ HOẠCH
Truyền thông pháp luật năm 2026
Kon Tum, ngày 05 tháng 02 năm 2026
A. MỤC ĐÍCH, YÊU CẦU
- Người dân biết quyền của mình.
B. PHÂN CÔNG NHIỆM VỤ
I. PHÒNG TỔNG HỢP
+ Biên tập bản tin pháp luật hằng quý. Thời hạn: trong tháng 4/2026.
+ In tờ rơi cho các thôn, phối hợp với Phòng Dân tộc các xã.
Thời hạn: Quý III/2026.
II. PHÒNG TƯ VẤN PHÁP LUẬT
+ Hỗ trợ pháp lý cho người bị hại trong vụ án. Thời hạn: khi có yêu cầu của cơ quan điều tra.
III. PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH CHUYÊN MÔN
+ Đánh giá chất lượng các vụ việc đã thực hiện. Thời hạn: tháng 11/2026.
C. CHẾ ĐỘ BÁO CÁO
Các phòng báo cáo kết quả trước ngày 05/12/2026.
"""
    assert _txt_tasks(text) == [
        ("Biên tập bản tin pháp luật hằng quý", ["PHÒNG TỔNG HỢP"], [], "2026-04-30", False),
        ("In tờ rơi cho các thôn, phối hợp với Phòng Dân tộc các xã", ["PHÒNG TỔNG HỢP"], ["Phòng Dân tộc các xã"],
         "2026-09-30", False),
        ("Hỗ trợ pháp lý cho người bị hại trong vụ án", ["PHÒNG TƯ VẤN PHÁP LUẬT"], [], "2026-12-31", True),
        ("Đánh giá chất lượng các vụ việc đã thực hiện", ["PHÓ TRƯỞNG PHÒNG PHỤ TRÁCH CHUYÊN MÔN"], [],
         "2026-11-30", False),
    ]


def test_a_unit_heading_in_capitals_with_commas_in_its_name_is_one_unit() -> None:
    from pbgdpl.plans.importer.extractor import _duty_unit
    from pbgdpl.plans.importer.readers import Para
    from pbgdpl.plans.importer.units import split_units

    name = _duty_unit(Para("II. CÁC TRẠM Y TẾ KHU VỰC SỐ 1, SỐ 2", bold=True))
    assert name is not None and split_units(name) == [name]
    assert _duty_unit(Para("IV. TỔ CHỨC THỰC HIỆN", bold=True)) is None
    assert _duty_unit(Para("3. Tổ chức Hội thi tìm hiểu pháp luật", bold=True)) is None
    assert _duty_unit(Para("2. Phòng Tổ chức cán bộ:")) == "Phòng Tổ chức cán bộ"
    assert _duty_unit(Para("a) Thư viện:")) == "Thư viện"


def test_the_organisation_part_listing_duties_per_unit_after_the_tasks_part() -> None:
    text = """KẾ HOẠCH
Giáo dục pháp luật năm 2026
Nam Định, ngày 02 tháng 3 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Học sinh hiểu pháp luật.
II. NỘI DUNG
1. Tổ chức tọa đàm về an toàn giao thông. Phòng Công tác học sinh chủ trì, Đoàn Thanh niên phối hợp; thời gian: tháng 4/2026.
III. TỔ CHỨC THỰC HIỆN
a) Phòng Khảo thí:
- Đưa nội dung pháp luật vào đề kiểm tra cuối kỳ, hoàn thành trước ngày 15/6/2026.
- Phối hợp các khoa theo dõi việc thực hiện.
b) Trung tâm Học liệu:
- Bổ sung sách pháp luật cho phòng đọc (tháng 10/2026).
Phòng Tài vụ bảo đảm kinh phí; các phòng báo cáo kết quả trước ngày 20/11/2026.
"""
    assert _txt_tasks(text) == [
        ("Tổ chức tọa đàm về an toàn giao thông", ["Phòng Công tác học sinh"], ["Đoàn Thanh niên"], "2026-04-30",
         False),
        ("Đưa nội dung pháp luật vào đề kiểm tra cuối kỳ", ["Phòng Khảo thí"], [], "2026-06-15", False),
        ("Bổ sung sách pháp luật cho phòng đọc", ["Trung tâm Học liệu"], [], "2026-10-31", False),
    ]


def test_numbered_items_with_label_lines_are_not_read_as_units_headings() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Cà Mau, ngày 10 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NHIỆM VỤ
1. Tổ chức Hội thi tìm hiểu pháp luật
+ Đơn vị chủ trì: Phòng Văn hóa
+ Thời gian thực hiện: Quý III/2026
2. Báo cáo kết quả năm 2026
+ Đơn vị chủ trì: Văn phòng
+ Thời gian thực hiện: tháng 11/2026
"""
    assert _txt_tasks(text) == [
        ("Tổ chức Hội thi tìm hiểu pháp luật", ["Phòng Văn hóa"], [], "2026-09-30", False),
        ("Báo cáo kết quả năm 2026", ["Văn phòng"], [], "2026-11-30", False),
    ]


def test_a_sentence_opening_with_its_time_and_ending_with_its_assignment() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Bến Tre, ngày 20 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Hội viên nắm vững pháp luật.
II. CÁC HOẠT ĐỘNG
1. Bồi dưỡng hội viên
a) Trong tháng 5/2026, mở lớp cập nhật kiến thức pháp luật mới; Ban Chuyên môn chủ trì, Văn phòng Hội phối hợp.
b) Hằng quý, tổ chức sinh hoạt chuyên đề; Ban Chuyên môn chủ trì.
c) Khi có yêu cầu của Tòa án, cử hội viên tham gia bào chữa miễn phí; Ban Tư vấn chủ trì.
2. Tổng kết
Trước ngày 10/12/2026, tổng hợp, báo cáo kết quả năm; Văn phòng Hội chủ trì, các chi hội phối hợp.
"""
    tasks = [t for t in _txt_tasks(text) if t[1]]
    assert tasks == [
        ("Trong tháng 5/2026, mở lớp cập nhật kiến thức pháp luật mới", ["Ban Chuyên môn"], ["Văn phòng Hội"],
         "2026-05-31", False),
        ("Hằng quý, tổ chức sinh hoạt chuyên đề", ["Ban Chuyên môn"], [], "2026-12-31", False),
        ("Khi có yêu cầu của Tòa án, cử hội viên tham gia bào chữa miễn phí", ["Ban Tư vấn"], [], "2026-12-31",
         True),
        ("Trước ngày 10/12/2026, tổng hợp, báo cáo kết quả năm", ["Văn phòng Hội"], ["các chi hội"], "2026-12-10",
         False),
    ]


def test_a_time_in_brackets_ending_the_title_or_the_assignment_sentence() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Phú Lâm, ngày 14 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật của người dân.
II. NHIỆM VỤ
1. Bồi dưỡng tuyên truyền viên pháp luật. Phòng Tư pháp chủ trì, phối hợp Hội Cựu chiến binh xã (tháng 5, tháng 6/2026).
2. Số hóa tài liệu pháp luật (T8/2026). Trung tâm Văn hóa - Thể thao xã chủ trì.
3. Đối thoại chính sách với thanh niên. Đoàn Thanh niên xã chủ trì, phối hợp với Hội Nông dân xã (Q3).
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Tư pháp"], ["Hội Cựu chiến binh xã"], "2026-06-30"),  # the units before the bracket
        (["Trung tâm Văn hóa - Thể thao xã"], [], "2026-08-31"),  # the title's own time
        (["Đoàn Thanh niên xã"], ["Hội Nông dân xã"], "2026-09-30"),
    ]


def test_a_bare_who_label_and_a_sentence_opening_with_thoi_gian_that_is_no_time() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
An Phú, ngày 05 tháng 01 năm 2026
II. NỘI DUNG
1. Tổ chức nói chuyện về Luật Hôn nhân và gia đình
Người thực hiện Đ/c Mai - công chức Tư pháp; thời gian: tháng 6
2. Rà soát tủ sách pháp luật ở nhà văn hóa
Thời gian qua, tủ sách ít được bổ sung.
Bộ phận thực hiện Văn phòng - Thống kê. Thời gian Quý 3
"""
    assert _txt_tasks(text) == [
        ("Tổ chức nói chuyện về Luật Hôn nhân và gia đình", ["Đ/c Mai - công chức Tư pháp"], [], "2026-06-30", False),
        ("Rà soát tủ sách pháp luật ở nhà văn hóa", ["Văn phòng - Thống kê"], [], "2026-09-30", False),
    ]


def test_a_lead_working_together_with_other_units_names_them_coordinating() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
An Phú, ngày 05 tháng 01 năm 2026
II. NỘI DUNG
1. Tuyên truyền phòng, chống đuối nước cho trẻ em
Công an xã chủ trì cùng ĐVTN xã và HPN xã thực hiện trong tháng 6.
2. Kiểm tra việc niêm yết thủ tục hành chính
Giao Văn phòng - Thống kê chủ trì cùng với Trưởng các thôn tổ chức; thời gian: Quý 2
"""
    assert _txt_tasks(text) == [
        ("Tuyên truyền phòng, chống đuối nước cho trẻ em", ["Công an xã"], ["ĐVTN xã", "HPN xã"], "2026-06-30", False),
        ("Kiểm tra việc niêm yết thủ tục hành chính", ["Văn phòng - Thống kê"], ["Trưởng các thôn"], "2026-06-30", False),
    ]


def test_a_pdf_line_that_starts_with_a_year_goes_on_with_the_sentence_above() -> None:
    import logging

    from fpdf import FPDF

    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2026",
        "Hòa Vang, ngày 09 tháng 01 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiểu biết pháp luật của cán bộ, công chức và Nhân dân trên địa bàn toàn huyện.",
        "II. NHIỆM VỤ",
        "1. Phổ biến các luật mới",
        "Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ tổ chức hội nghị phổ biến luật mới trong tháng 01/",
        "2027. Văn phòng bảo đảm hội trường, âm thanh và tài liệu cho các đại biểu dự hội nghị cấp huyện.",
        "2. Tập huấn cho hòa giải viên",
        "Phòng Văn hóa chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện tập huấn trong quý I năm",
        "2027. Các xã cử hòa giải viên tham dự đầy đủ, đúng thành phần theo giấy triệu tập của huyện.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan triển khai thực hiện.",
    ]
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for line in lines:  # one text line each, as a PDF's text layer gives a wrapped paragraph
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    tasks = extract(bytes(pdf.output()), "plan.pdf")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Tư pháp"], ["Phòng Nội vụ"], "2027-01-31"),
        (["Phòng Văn hóa"], ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"], "2027-03-31"),
    ]


def test_a_dash_task_whose_title_ends_with_its_time_in_brackets_before_the_assignment() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Mộ Đức, ngày 15 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức pháp luật.
II. NHIỆM VỤ
1. Tuyên truyền pháp luật
- Tọa đàm về Luật Thanh niên (Quý 3). Huyện đoàn chủ trì, phối hợp với Phòng Nội vụ.
- Thi tìm hiểu pháp luật trực tuyến (tháng 10/2026). Phòng Văn hóa chủ trì.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]] == [
        (["Huyện đoàn"], ["Phòng Nội vụ"], "2026-09-30"),
        (["Phòng Văn hóa"], [], "2026-10-31"),
    ]


def test_a_pdf_line_opening_with_a_task_numbered_in_words_starts_that_task() -> None:
    import logging

    from fpdf import FPDF

    lines = [
        "KẾ HOẠCH",
        "Giáo dục pháp luật cho sinh viên năm học 2026 - 2027",
        "Huế, ngày 20 tháng 8 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Trang bị kiến thức pháp luật cần thiết cho sinh viên các khóa đang học tập tại Trường năm học này.",
        "II. NHIỆM VỤ",
        "Nhiệm vụ 1: Sinh hoạt chính trị đầu khóa cho sinh viên năm thứ nhất",
        "- Đơn vị chủ trì: Phòng Công tác học sinh, sinh viên",
        "- Thời gian: Tháng 9/2026 (trong tuần sinh hoạt công dân đầu khóa của sinh viên các ngành học)",
        "Nhiệm vụ 2: Cuộc thi trực tuyến tìm hiểu pháp luật về an ninh mạng",
        "- Đơn vị chủ trì: Đoàn Thanh niên",
        "- Thời gian: Tháng 11/2026",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị triển khai thực hiện.",
    ]
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    for line in lines:  # the headings plain, not bold, as a PDF's text layer gives them
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    tasks = extract(bytes(pdf.output()), "plan.pdf")["tasks"]
    assert [(t["title"][:20], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Sinh hoạt chính trị ", ["Phòng Công tác học sinh, sinh viên"], "2026-09-30"),
        ("Cuộc thi trực tuyến ", ["Đoàn Thanh niên"], "2026-11-30"),
    ]


PAIRED_LABEL_PLAN = Plan(
    name="paired_label_words",
    blocks=[
        *_head("TRUNG TÂM Y TẾ HUYỆN", "31/KH-TTYT", "Hòa Vang, ngày 12 tháng 2 năm 2026", "Phổ biến pháp luật 2026"),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Giới thiệu các quy định mới về quản lý hồ sơ bệnh án điện tử và bảo mật thông tin người bệnh tại"
          " trung tâm"),
        P("Khoa, phòng chủ trì: Phòng Kế hoạch nghiệp vụ."),
        P("Phối hợp: Khoa Khám bệnh."),
        P("Thời gian: Quý II/2026."),
        P("2. Tuyên truyền quy định về phòng, chống tác hại của thuốc lá"),
        P("Sở, ngành chủ trì: Phòng Y tế công cộng."),
        P("Thời gian: tháng 8/2026."),
        P("3. Hướng dẫn lập hồ sơ thanh toán bảo hiểm y tế cho người bệnh nội trú và ngoại trú tại các trạm y"
          " tế xã"),
        P("Cơ quan, đơn vị chủ trì: Phòng Tài chính - Kế toán."),
        P("Thời gian: tháng 10/2026."),
        *_TAIL,
    ],
    expected=[],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_lead_label_named_by_two_kinds_of_unit_gives_the_unit_after_it(fmt: str) -> None:
    # "Khoa, phòng chủ trì: X" / "Sở, ngành chủ trì: X": the words before the colon are the label, X the lead
    # (in a PDF the label line starts its own paragraph, under a heading wrapped over two lines)
    tasks = _read(PAIRED_LABEL_PLAN, fmt)
    assert [(t["title"][:20], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Giới thiệu các quy đ", ["Phòng Kế hoạch nghiệp vụ"], "2026-06-30"),
        ("Tuyên truyền quy địn", ["Phòng Y tế công cộng"], "2026-08-31"),
        ("Hướng dẫn lập hồ sơ ", ["Phòng Tài chính - Kế toán"], "2026-10-31"),
    ]


UNIT_BY_UNIT_PLAN = Plan(
    name="unit_by_unit_plain_headings",
    blocks=[
        *_head("HỘI NÔNG DÂN HUYỆN", "08/KH-HND", "Hòa Vang, ngày 5 tháng 3 năm 2026", "Tuyên truyền pháp luật 2026"),
        P("II. PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Ban Tổ chức - Kiểm tra", bold=True),
        P("- Tập huấn kỹ năng hòa giải cho chi hội trưởng các chi hội nông dân. Thời gian: Quý III/2026."),
        P("- Rà soát quy chế hoạt động của các chi hội, hoàn thành trước ngày 30/9/2026."),
        P("2. Ban Kinh tế - Xã hội", bold=True),
        P("- Phổ biến pháp luật về đất nông nghiệp cho hội viên; phối hợp với Phòng Nông nghiệp thực hiện. "
          "Thời gian: tháng 5/2026."),
        P("3. Văn phòng Hội", bold=True),
        P("- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch, trước ngày 20/11/2026."),
        *_TAIL,
    ],
    expected=[],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_numbered_unit_headings_over_dash_duties_lead_them_even_in_plain_type(fmt: str) -> None:
    # a PDF's text layer loses the bold of "1. Ban …": the dash lines under it still make it a unit's heading
    tasks = _read(UNIT_BY_UNIT_PLAN, fmt)
    assert [(t["title"][:20], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Tập huấn kỹ năng hòa", ["Ban Tổ chức - Kiểm tra"], "2026-09-30"),
        ("Rà soát quy chế hoạt", ["Ban Tổ chức - Kiểm tra"], "2026-09-30"),
        ("Phổ biến pháp luật v", ["Ban Kinh tế - Xã hội"], "2026-05-31"),
        ("Tổng hợp, báo cáo kế", ["Văn phòng Hội"], "2026-11-20"),
    ]


PLUS_BLOCKS_PLAN = Plan(
    name="plus_blocks_opening_with_units",
    blocks=[
        *_head("BAN CHỈ HUY QUÂN SỰ HUYỆN", "12/KH-BCH", "Hòa Vang, ngày 2 tháng 2 năm 2026", "Phổ biến pháp luật 2026"),
        P("II. NỘI DUNG, NHIỆM VỤ", bold=True),
        P("1. Tuyên truyền pháp luật về nghĩa vụ quân sự cho thanh niên trong độ tuổi"),
        P("+ Ban Tham mưu chủ trì, phối hợp với Ban Chính trị in tờ gấp về nghĩa vụ quân sự; hoàn thành trong "
          "Quý I/2026."),
        P("+ Các trạm y tế tổ chức tư vấn sức khỏe tại các thôn, phối hợp với Hội Liên hiệp Phụ nữ huyện; "
          "thời gian: tháng 10/2026."),
        *_TAIL,
    ],
    expected=[],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_plus_blocks_opening_with_plural_units_and_a_verb_are_tasks_of_their_own(fmt: str) -> None:
    # "+ Các trạm … tổ chức …, phối hợp với Y; thời gian: …": a plural unit kind leads its own block
    tasks = _read(PLUS_BLOCKS_PLAN, fmt)
    assert [(t["title"][:20], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Ban Tham mưu chủ trì", ["Ban Tham mưu"], "2026-03-31"),
        ("Các trạm y tế tổ chứ", ["Các trạm y tế"], "2026-10-31"),
    ]


RESPONSIBLE_LABEL_PLAN = Plan(
    name="responsible_label_after_a_long_heading",
    blocks=[
        *_head("HỘI CỰU CHIẾN BINH HUYỆN", "05/KH-HCCB", "Hòa Vang, ngày 9 tháng 1 năm 2026", "Phổ biến pháp luật 2026"),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Phổ biến quy định mới về chế độ, chính sách đối với người có công với cách mạng cho hội viên các"
          " chi hội", bold=True),
        P("Chịu trách nhiệm: Ban Tổ chức - Chính sách"),
        P("Phối hợp: Phòng Nội vụ"),
        P("Thời gian: Quý III/2026"),
        P("2. Tuyên truyền pháp luật về trật tự an toàn giao thông", bold=True),
        P("Phụ trách: Văn phòng Hội"),
        P("Thời gian: tháng 9/2026"),
        *_TAIL,
    ],
    expected=[],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_responsible_label_line_under_a_wrapped_heading_is_its_lead(fmt: str) -> None:
    # "Chịu trách nhiệm: X" / "Phụ trách: X" on its own line: in a PDF a label starting a paragraph, not
    # the end of the heading above that reached the margin
    tasks = _read(RESPONSIBLE_LABEL_PLAN, fmt)
    assert [(t["title"][:20], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Phổ biến quy định mớ", ["Ban Tổ chức - Chính sách"], "2026-09-30"),
        ("Tuyên truyền pháp lu", ["Văn phòng Hội"], "2026-09-30"),
    ]


ACTIVELY_ASKED_PLAN = Plan(
    name="actively_asked",
    blocks=[
        *_head("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "14/KH-SNNMT", "Hà Giang, ngày 3 tháng 2 năm 2026", "Phổ biến luật"),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Rà soát điều kiện công nhận", bold=True),
        P("a) Đề nghị UBND các thôn, bản chủ động tự kiểm tra, lập danh sách hộ đạt yêu cầu, gửi về Sở. "
          "Thời hạn: trước ngày 20/10/2026."),
        P("b) Giao Tổ công tác liên ngành của Sở (Văn phòng Sở là đầu mối tổng hợp) xét duyệt danh sách, "
          "báo cáo Giám đốc Sở. Thời hạn: tháng 11/2026."),
        *_TAIL,
    ],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_unit_asked_to_act_on_its_own_or_followed_by_a_bracketed_note_leads(fmt: str) -> None:
    # "Đề nghị X chủ động <work>": "chủ động" ends the unit whatever work follows; "Giao X (note) <work>":
    # the bracketed note is no part of the unit and the lower-case work after it ends it
    tasks = _read(ACTIVELY_ASKED_PLAN, fmt)
    assert [(t["title"][:20], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("Đề nghị UBND các thô", ["UBND các thôn, bản"], "2026-10-20"),
        ("Giao Tổ công tác liê", ["Tổ công tác liên ngành của Sở"], "2026-11-30"),
    ]


WITHOUT_WITH_PLAN = Plan(
    name="without_with",
    blocks=[
        *_head("CÔNG TY CẤP NƯỚC TỈNH", "21/KH-CTCN", "Vĩnh Long, ngày 5 tháng 3 năm 2026", "Phổ biến luật"),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Phổ biến pháp luật cho người lao động", bold=True),
        P("- Đề nghị Đoàn Thanh niên Công ty phối hợp Phòng Kế hoạch - Kỹ thuật tuyên truyền quy định về an "
          "toàn nguồn nước đến đoàn viên trong tháng 10/2026."),
        *_TAIL,
    ],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_unit_asked_to_work_with_another_named_without_with_leads(fmt: str) -> None:
    # "Đề nghị X phối hợp Phòng Y <work>": the capital after "phối hợp" starts the coordinating unit
    tasks = _read(WITHOUT_WITH_PLAN, fmt)
    assert [(t["lead_units"], t["coordinating_units"]) for t in tasks] == [
        (["Đoàn Thanh niên Công ty"], ["Phòng Kế hoạch - Kỹ thuật"]),
    ]


EVENT_TITLE_PLAN = Plan(
    name="event_title",
    blocks=[
        *_head("CÔNG TY MAY XUẤT KHẨU", "08/KH-CTM", "Nam Định, ngày 2 tháng 2 năm 2026", "Phổ biến luật"),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Các hoạt động", bold=True),
        P("- Tổ chức Cuộc thi \"Hiểu luật lao động\" cho công nhân các tổ may: Ban Nữ công Công ty chủ trì, "
          "phối hợp với Phòng Hành chính; tổ chức vào tháng 9/2026."),
        *_TAIL,
    ],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_an_event_named_with_a_capital_before_a_colon_is_the_title_not_the_lead(fmt: str) -> None:
    # "- Tổ chức Cuộc thi …: X chủ trì …": "Tổ chức" + an event with a capital is an activity, no unit
    tasks = _read(EVENT_TITLE_PLAN, fmt)
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Ban Nữ công Công ty"], ["Phòng Hành chính"], "2026-09-30"),
    ]


TITLE_COLON_DOES_PLAN = Plan(
    name="title_colon_does",
    blocks=[
        *_head("CÔNG TY CẤP THOÁT NƯỚC", "12/KH-CTN", "Bến Tre, ngày 4 tháng 2 năm 2026", "Phổ biến luật"),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Các hoạt động", bold=True),
        P("- Đăng tải quy chế nội bộ mới trên trang thông tin nội bộ của Công ty: Phòng Hành chính thực hiện "
          "thường xuyên."),
        P("- Phổ biến nội quy lao động: Phòng Kỹ thuật chủ trì; thời gian: tháng 6/2026."),
        *_TAIL,
    ],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_dash_title_then_a_unit_that_does_the_work_is_a_task(fmt: str) -> None:
    # "- Title: X thực hiện thường xuyên": after the title's colon, "X thực hiện" names the lead
    tasks = _read(TITLE_COLON_DOES_PLAN, fmt)
    assert [(t["title"][:20], t["lead_units"]) for t in tasks] == [
        ("Đăng tải quy chế nội", ["Phòng Hành chính"]),
        ("Phổ biến nội quy lao", ["Phòng Kỹ thuật"]),
    ]


LATER_WITH_NO_COLON_PLAN = Plan(
    name="later_with_no_colon",
    blocks=[
        *_head("UBND XÃ TÂN HƯNG", "30/KH-UBND", "Tân Hưng, ngày 6 tháng 2 năm 2026", "Phổ biến luật"),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Củng cố tủ sách", bold=True),
        P("- Giao công chức Tư pháp - Hộ tịch chủ trì bổ sung sách về đất đai, thừa kế, trật tự giao thông; "
          "phối hợp Trạm Y tế xã. Thời gian: quý III/2026."),
        *_TAIL,
    ],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_later_clause_with_a_unit_named_after_phoi_hop_without_colon_coordinates(fmt: str) -> None:
    # "X chủ trì <work>; phối hợp Y. Thời gian: …": the capital after "phối hợp" starts the coordinating unit
    tasks = _read(LATER_WITH_NO_COLON_PLAN, fmt)
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["công chức Tư pháp - Hộ tịch"], ["Trạm Y tế xã"], "2026-09-30"),
    ]


LEADS_THEN_ADVISED_PLAN = Plan(
    name="leads_then_advised",
    blocks=[
        *_head("UBND XÃ PHÚ LỘC", "31/KH-UBND", "Phú Lộc, ngày 6 tháng 2 năm 2026", "Phổ biến luật"),
        P("II. NHIỆM VỤ", bold=True),
        P("1. Sơ kết mô hình điểm", bold=True),
        P("Giao Chủ tịch UBND xã chủ trì sơ kết; công chức Địa chính - Xây dựng, công chức Tư pháp - Hộ tịch "
          "tham mưu. Thời gian: trước ngày 15/10/2026."),
        *_TAIL,
    ],
)


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_units_advising_the_one_that_leads_coordinate(fmt: str) -> None:
    # "Giao X chủ trì <work>; A, B tham mưu": A and B help X, as after "chỉ đạo"
    tasks = _read(LEADS_THEN_ADVISED_PLAN, fmt)
    assert [(t["lead_units"], t["coordinating_units"]) for t in tasks] == [
        (["Chủ tịch UBND xã"], ["công chức Địa chính - Xây dựng", "công chức Tư pháp - Hộ tịch"]),
    ]


def test_a_dash_item_s_second_sentence_names_a_lead_holding_a_comma() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Nâng cao hiểu biết.
II. NỘI DUNG HOẠT ĐỘNG
- Tổ chức tư vấn pháp luật: Ban Dân vận chủ trì, phối hợp với Sở Tư pháp; thực hiện tháng 10/2026.
- Duy trì mô hình tại cộng đồng. Hội Nông dân các xã, phường thực hiện. Thời gian: cả năm.
- Góp ý dự thảo văn bản khi có yêu cầu. Ban Dân vận - Tôn giáo, Dân tộc thực hiện.
III. TỔ CHỨC THỰC HIỆN
Các ban căn cứ nhiệm vụ triển khai.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [t["lead_units"] for t in tasks] == [
        ["Ban Dân vận"],
        ["Hội Nông dân các xã, phường"],
        ["Ban Dân vận - Tôn giáo, Dân tộc"],
    ]


@pytest.mark.parametrize("before", ["trước ngày 15/7/2026", "trước 15/7/2026"])
def test_a_second_paragraph_led_by_another_unit_with_its_own_time_is_one_more_task(before: str) -> None:
    # under one heading: the department's paragraph, then the communes' with their own deadline (the date
    # after "trước" with or without "ngày")
    text = f"""KẾ HOẠCH
Đà Nẵng, ngày 05 tháng 02 năm 2026
II. NHIỆM VỤ
1. Rà soát thiết chế hòa giải ở cơ sở
Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ rà soát các tổ hòa giải; hoàn thành trong Quý II/2026.
UBND các phường kiện toàn tổ hòa giải ở khu dân cư, báo cáo về Phòng Tư pháp {before}.
2. Tổng kết
Phòng Tư pháp chủ trì tổng kết, báo cáo trước ngày 10/12/2026.
"""
    tasks = [t for t in extract(text.encode(), "plan.txt")["tasks"] if not t.get("is_group")]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Tư pháp"], ["Phòng Nội vụ"], "2026-06-30"),
        (["UBND các phường"], [], "2026-07-15"),
        (["Phòng Tư pháp"], [], "2026-12-10"),
    ]
    assert tasks[0]["title"].startswith("Phòng Tư pháp chủ trì")
    assert tasks[1]["title"].startswith("UBND các phường kiện toàn")


def test_a_pdf_line_ending_in_an_open_label_or_a_wrapped_name_or_roman_number_goes_on() -> None:
    """Three ways a PDF line breaks inside a sentence: after "Chủ trì thực hiện:", inside a department's name
    whose second part ends in the list's semicolon ("Phòng Tư pháp -" / "- Hộ tịch; …"), and between a term's
    word and its Roman number ("… khóa" / "XV. …")."""
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    cases = [
        [
            "- Biên soạn sổ tay hỏi đáp pháp luật về đất đai cho người dân vùng ven biển. Chủ trì thực hiện:",
            "Phòng Nông nghiệp; phối hợp: Hội Nông dân xã; thời gian: Quý III/2026.",
        ],
        [
            "b) Tập huấn nghiệp vụ hộ tịch cho công chức các xã. Chủ trì: Sở Tư pháp; phối hợp: Phòng Hành chính",
            "- Tư pháp; thời gian: tháng 8/2026.",
        ],
        [
            "3. Quán triệt các nghị quyết của Hội đồng nhân dân tỉnh được thông qua tại kỳ họp thứ ba, nhiệm kỳ",
            "XI. Văn phòng HĐND tỉnh chủ trì thực hiện trong tháng 9/2026.",
        ],
    ]
    for lines in cases:
        assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [" ".join(lines)]


def test_a_run_on_heading_ending_in_a_unit_word_leaves_it_to_the_title_before_the_department_that_leads() -> None:
    # "… cho cán bộ Hội cơ sở" ends the title; "Ban Dân vận" (a department) leads
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Thái Bình, ngày 12 tháng 01 năm 2026
II. NHIỆM VỤ
1. Bồi dưỡng kiến thức pháp luật về đất đai cho cán bộ Hội cơ sở Ban Dân vận chủ trì; Văn phòng phối hợp. Thời gian: Quý III/2026.
"""
    assert _txt_tasks(text) == [
        (
            "Bồi dưỡng kiến thức pháp luật về đất đai cho cán bộ Hội cơ sở",
            ["Ban Dân vận"],
            ["Văn phòng"],
            "2026-09-30",
            False,
        ),
    ]


def test_the_unit_directed_to_take_the_lead_leads_not_the_one_directing_it() -> None:
    # "Giao Sở A chỉ đạo B chủ trì": B is named right before "chủ trì", A only directs it
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Cà Mau, ngày 15 tháng 01 năm 2026
II. NHIỆM VỤ
1. Phổ biến pháp luật về thủy sản cho ngư dân
Giao Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy sản chủ trì, phối hợp với Bộ đội Biên phòng tỉnh tổ chức tuyên truyền tại các cảng cá; thời gian: Quý II/2026.
"""
    assert _txt_tasks(text) == [
        (
            "Phổ biến pháp luật về thủy sản cho ngư dân",
            ["Chi cục Thủy sản"],
            ["Bộ đội Biên phòng tỉnh"],
            "2026-06-30",
            False,
        ),
    ]


def test_the_items_under_a_unit_s_duties_heading_are_that_unit_s_tasks() -> None:
    # "1. Sở A có trách nhiệm:" over lettered items naming only the work: Sở A leads each of them; the
    # item read after the unit's name gives its coordinating units and time
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Hà Tĩnh, ngày 10 tháng 01 năm 2026
II. NHIỆM VỤ
1. Sở Công Thương có trách nhiệm:
a) Chủ trì, phối hợp với Hội Bảo vệ người tiêu dùng tỉnh biên soạn tờ gấp về quyền lợi người tiêu dùng, hoàn thành trong tháng 4/2026;
b) Tập huấn pháp luật về thương mại điện tử cho hộ kinh doanh trong Quý III/2026;
c) Hướng dẫn các chợ niêm yết giá khi có văn bản mới của Bộ Công Thương.
2. Công an tỉnh chủ trì tuyên truyền phòng, chống buôn lậu, thời gian: Quý II/2026.
"""
    tasks = _txt_tasks(text)
    assert tasks[0][:3] == ("Sở Công Thương có trách nhiệm", [], [])
    assert tasks[1:4] == [
        (
            "Chủ trì, phối hợp với Hội Bảo vệ người tiêu dùng tỉnh biên soạn tờ gấp về quyền lợi người tiêu dùng, "
            "hoàn thành trong tháng 4/2026",
            ["Sở Công Thương"],
            ["Hội Bảo vệ người tiêu dùng tỉnh"],
            "2026-04-30",
            False,
        ),
        (
            "Tập huấn pháp luật về thương mại điện tử cho hộ kinh doanh trong Quý III/2026",
            ["Sở Công Thương"],
            [],
            "2026-09-30",
            False,
        ),
        (
            "Hướng dẫn các chợ niêm yết giá khi có văn bản mới của Bộ Công Thương",
            ["Sở Công Thương"],
            [],
            "2026-12-31",
            True,
        ),
    ]
    assert tasks[4][1] == ["Công an tỉnh"]


def test_a_dash_block_asking_a_unit_to_provide_material_is_its_own_task() -> None:
    # "- Đề nghị Sở A hỗ trợ tài liệu …; phối hợp: B; thời gian: …": a request to Sở A, a block of its own
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Bến Tre, ngày 06 tháng 01 năm 2026
II. NHIỆM VỤ
1. Nâng cao chất lượng tổ hòa giải
- Ban Dân vận chủ trì rà soát hòa giải viên; phối hợp với Văn phòng; thời gian: Quý II/2026.
- Đề nghị Phòng Tư pháp hỗ trợ kinh phí, tài liệu cho tổ hòa giải; phối hợp: Ban Dân vận; thời gian: Quý IV/2026.
"""
    tasks = _txt_tasks(text)
    assert [t[1:4] for t in tasks[1:]] == [
        (["Ban Dân vận"], ["Văn phòng"], "2026-06-30"),
        (["Phòng Tư pháp"], ["Ban Dân vận"], "2026-12-31"),
    ]


def test_a_body_asked_to_help_after_the_lead_coordinates() -> None:
    # "X chủ trì; đề nghị Y phối hợp <work>": Y (which the plan can only ask) coordinates
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Thái Nguyên, ngày 12 tháng 01 năm 2026
II. NHIỆM VỤ
1. Tuyên truyền pháp luật về bình đẳng giới
Phòng Văn hóa - Xã hội chủ trì; đề nghị Hội Liên hiệp Phụ nữ xã phối hợp tổ chức nói chuyện chuyên đề tại các thôn.
Thời gian thực hiện: Quý III/2026.
"""
    assert _txt_tasks(text) == [
        (
            "Tuyên truyền pháp luật về bình đẳng giới",
            ["Phòng Văn hóa - Xã hội"],
            ["Hội Liên hiệp Phụ nữ xã"],
            "2026-09-30",
            False,
        ),
    ]


def test_two_paragraphs_each_a_unit_s_duty_with_its_own_span_are_two_tasks_titled_by_their_sentences() -> None:
    # under one heading, "Phòng A có trách nhiệm …, hoàn thành …" then "Công an các xã có trách nhiệm phối
    # hợp với Y …, thực hiện từ tháng … đến …": two tasks, each titled by its paragraph's sentence
    text = """KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
Gia Lai, ngày 05 tháng 02 năm 2026
II. NỘI DUNG
1. Phòng ngừa tội phạm mua bán người
Phòng Cảnh sát hình sự có trách nhiệm biên soạn tờ rơi cảnh báo thủ đoạn dụ dỗ đi làm việc ở nước ngoài, hoàn thành trong tháng 3/2026.
Công an các xã, phường có trách nhiệm phối hợp với Hội Liên hiệp Phụ nữ cùng cấp tuyên truyền đến từng hộ gia đình, thực hiện từ tháng 4/2026 đến tháng 10/2026.
"""
    tasks = _txt_tasks(text)
    assert tasks[0][1:3] == ([], [])
    assert [t[0][:40] for t in tasks[1:]] == [
        "Phòng Cảnh sát hình sự có trách nhiệm bi",
        "Công an các xã, phường có trách nhiệm ph",
    ]
    assert [t[1:4] for t in tasks[1:]] == [
        (["Phòng Cảnh sát hình sự"], [], "2026-03-31"),
        (["Công an các xã, phường"], ["Hội Liên hiệp Phụ nữ cùng cấp"], "2026-10-31"),
    ]


def test_a_request_to_a_body_and_the_organisations_of_its_kind_names_both() -> None:
    # "Đề nghị A và các tổ chức … chỉ đạo …": "các tổ chức" is a kind of unit here, not the verb "tổ chức"
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Sơn La, ngày 09 tháng 01 năm 2026
II. NHIỆM VỤ
3. Đề nghị Hội Nông dân tỉnh và các tổ chức thành viên chỉ đạo cơ sở hội lồng ghép phổ biến pháp luật trong sinh hoạt định kỳ; Sở Tư pháp phối hợp cung cấp tài liệu.
"""
    tasks = _txt_tasks(text)
    assert tasks[0][1:4] == (["Hội Nông dân tỉnh", "các tổ chức thành viên"], ["Sở Tư pháp"], "2026-12-31")


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_numbered_steps_under_a_steps_part_are_its_tasks(fmt: str) -> None:
    # "III. CÁC BƯỚC THỰC HIỆN" / "Bước 1. Title" / "Chủ trì: X; Phối hợp: Y; Thời gian: …": the steps part
    # holds the tasks and each step, numbered in words like "Nhiệm vụ 2.", is one titled by its heading
    text = """KẾ HOẠCH
Tổ chức Cuộc thi tìm hiểu pháp luật về đất đai năm 2026
Tây Ninh, ngày 03 tháng 4 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật đất đai của Nhân dân.
II. ĐỐI TƯỢNG DỰ THI
Mọi công dân cư trú trên địa bàn tỉnh.
III. CÁC BƯỚC THỰC HIỆN
Bước 1. Xây dựng thể lệ và đề thi
Chủ trì thực hiện: Phòng Quản lý đất đai; Phối hợp: Văn phòng Sở; Thời gian: tháng 4/2026.
Bước 2. Chấm thi và công bố kết quả
Chủ trì thực hiện: Ban Giám khảo; Phối hợp: Thanh tra Sở; Thời gian: trước ngày 15/8/2026.
IV. TỔ CHỨC THỰC HIỆN
Các phòng báo cáo kết quả về Văn phòng Sở trước ngày 30/8/2026.
"""
    if fmt == "txt":
        data = text.encode()
    else:
        lines = text.strip().split("\n")
        heads = ("I.", "II.", "III.", "IV.", "Bước")
        plan = Plan(name="steps", blocks=[P(line, bold=line.startswith(heads)) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("Xây dựng thể lệ và đề thi", ["Phòng Quản lý đất đai"], ["Văn phòng Sở"], "2026-04-30"),
        ("Chấm thi và công bố kết quả", ["Ban Giám khảo"], ["Thanh tra Sở"], "2026-08-15"),
    ]


def test_dash_items_of_the_tasks_part_each_followed_by_its_assignment_sentence_and_time_line_are_tasks() -> None:
    # right under the tasks part, "+ Title." / "X chủ trì; Y phối hợp." (or "X có trách nhiệm …") / "Thời gian: …":
    # each item is a task titled by its line, with the assignment and the time written under it
    for mark in ("+", "-"):
        text = f"""KẾ HOẠCH
Phổ biến pháp luật trong các trường học năm học 2026-2027
Phú Yên, ngày 10 tháng 9 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Giáo dục ý thức chấp hành pháp luật cho học sinh.
II. NHIỆM VỤ
{mark} Tổ chức ngoại khóa về an toàn giao thông cho học sinh trung học.
Các trường trung học cơ sở có trách nhiệm tổ chức; Cảnh sát giao thông Công an tỉnh phối hợp cử báo cáo viên.
Thời gian: tháng 10/2026.
{mark} Thi tìm hiểu pháp luật về phòng, chống bạo lực học đường.
Phòng Giáo dục trung học chủ trì; Đoàn Thanh niên Sở phối hợp.
Thời gian: trước ngày 20/12/2026.
III. TỔ CHỨC THỰC HIỆN
Các trường báo cáo kết quả về Sở trước ngày 25/5/2027.
"""
        tasks = _txt_tasks(text)
        assert [(t[0][:22], *t[1:4]) for t in tasks] == [
            ("Tổ chức ngoại khóa về ", ["Các trường trung học cơ sở"], ["Cảnh sát giao thông Công an tỉnh"], "2026-10-31"),
            ("Thi tìm hiểu pháp luật", ["Phòng Giáo dục trung học"], ["Đoàn Thanh niên Sở"], "2026-12-20"),
        ], mark


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_roman_headings_inside_a_lettered_tasks_part_are_its_tasks(fmt: str) -> None:
    # parts lettered "A. …", "B. …", "C. …": the Roman-numbered headings under the tasks part are its items, one
    # level down (not parts of the plan), each titled by its heading and assigned by the lines under it (labels,
    # a sentence naming the lead; a heading with labels only and no work sentence too)
    text = """KẾ HOẠCH
Thực hiện Luật Thư viện trên địa bàn tỉnh năm 2026
Hòa Bình, ngày 14 tháng 3 năm 2026
A. MỤC ĐÍCH, YÊU CẦU
Đưa sách pháp luật đến gần người đọc ở cơ sở.
B. NHIỆM VỤ CỤ THỂ
I. Phát triển tủ sách pháp luật ở thôn, xóm
Bổ sung sách, báo pháp luật cho điểm bưu điện văn hóa các xã vùng cao.
Cơ quan thực hiện: Thư viện tỉnh chủ trì, phối hợp với Bưu điện tỉnh.
Tiến độ: Quý III/2026.
II. Số hóa tài liệu địa chí
Cơ quan thực hiện: Thư viện tỉnh; phối hợp: Sở Khoa học và Công nghệ.
Tiến độ: Trước ngày 30/11/2026.
III. Ngày hội đọc sách pháp luật cho học sinh
Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn tổ chức ngày hội tại các trường; thời gian: tháng 4/2026.
C. TỔ CHỨC THỰC HIỆN
1. Các cơ quan báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 10/12/2026.
"""
    if fmt == "txt":
        data = text.encode()
    else:
        lines = text.strip().split("\n")
        plan = Plan(name="roman", blocks=[P(line, bold=line[:2] in ("A.", "B.", "C.", "I.", "II") or line[:3] == "III") for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("Phát triển tủ sách pháp luật ở thôn, xóm", ["Thư viện tỉnh"], ["Bưu điện tỉnh"], "2026-09-30"),
        ("Số hóa tài liệu địa chí", ["Thư viện tỉnh"], ["Sở Khoa học và Công nghệ"], "2026-11-30"),
        ("Ngày hội đọc sách pháp luật cho học sinh", ["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"], "2026-04-30"),
    ]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_two_work_paragraphs_each_with_its_labels_under_a_numbered_heading_are_two_tasks(fmt: str) -> None:
    # "2. Heading" / "Work A." / labels / "Work B." / labels: the heading groups two tasks, each titled by its own
    # paragraph (the first one too); one paragraph with its labels under a heading stays the heading's task
    text = """KẾ HOẠCH
Phổ biến pháp luật về thủy sản năm 2026
Kiên Giang, ngày 20 tháng 02 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Ngư dân hiểu và chấp hành quy định về khai thác hải sản.
II. NHIỆM VỤ
1. Phát tờ gấp cho chủ tàu cá
Đơn vị chủ trì: Chi cục Thủy sản
Thời hạn: Quý II/2026
2. Hướng dẫn ngư dân tại cảng cá
Mở lớp hướng dẫn ghi nhật ký khai thác cho thuyền trưởng tàu cá xa bờ.
Đơn vị chủ trì: Ban Quản lý cảng cá
Đơn vị phối hợp: Đồn Biên phòng cửa khẩu cảng
Thời hạn: Tháng 3 đến tháng 5/2026
Giới thiệu thiết bị giám sát hành trình cho chủ tàu tại các bến.
Đơn vị chủ trì: Chi cục Thủy sản
Thời hạn: Quý III/2026
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả trước ngày 05/12/2026.
"""
    if fmt == "txt":
        data = text.encode()
    else:
        lines = text.strip().split("\n")
        plan = Plan(name="two", blocks=[P(line, bold=line[:2] in ("I.", "II", "1.", "2.")) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["title"][:30], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if not t["is_group"]] == [
        ("Phát tờ gấp cho chủ tàu cá", ["Chi cục Thủy sản"], [], "2026-06-30"),
        ("Mở lớp hướng dẫn ghi nhật ký k", ["Ban Quản lý cảng cá"], ["Đồn Biên phòng cửa khẩu cảng"], "2026-05-31"),
        ("Giới thiệu thiết bị giám sát h", ["Chi cục Thủy sản"], [], "2026-09-30"),
    ]


def test_a_second_unit_paragraph_with_a_time_label_of_any_wording_or_a_latest_date_is_a_task_of_its_own() -> None:
    # under one heading, two paragraphs each opening with its unit and stating its own time: "Tiến độ:",
    # "Thời gian thực hiện:", "Thời hạn:" say it as well as "Thời gian:", and "chậm nhất ngày …" as "trước ngày …"
    for first, second in (
        ("Tiến độ: tháng 4/2026.", "thời hạn: hằng quý."),
        ("Thời gian thực hiện: Quý II/2026.", "chậm nhất ngày 20/9/2026."),
    ):
        text = f"""KẾ HOẠCH
Phổ biến pháp luật về lao động năm 2026
Bình Dương, ngày 12 tháng 01 năm 2026
II. NỘI DUNG
1. Phổ biến pháp luật cho công nhân các khu công nghiệp
Ban Quản lý các khu công nghiệp chủ trì, phối hợp với Liên đoàn Lao động tỉnh tổ chức tọa đàm với công nhân. {first}
Công đoàn các khu công nghiệp phổ biến quy định về hợp đồng lao động tại nhà trọ công nhân; {second}
"""
        tasks = _txt_tasks(text)
        assert [t[1:3] for t in tasks[1:]] == [
            (["Ban Quản lý các khu công nghiệp"], ["Liên đoàn Lao động tỉnh"]),
            (["Công đoàn các khu công nghiệp"], []),
        ], first


def test_a_coordinating_label_named_by_its_kind_after_the_lead_s_work_names_the_helpers() -> None:
    # "X chủ trì <work>; cơ quan phối hợp: Y, Z; thời gian: …": the label's kind word is no unit
    for kind in ("cơ quan phối hợp", "các đơn vị phối hợp", "lực lượng phối hợp"):
        text = f"""KẾ HOẠCH
Tuyên truyền phòng, chống cháy nổ năm 2026
Long An, ngày 06 tháng 02 năm 2026
II. NỘI DUNG
1. Tuyên truyền an toàn phòng cháy tại khu dân cư
- Công an xã chủ trì tuyên truyền kỹ năng thoát nạn cho các hộ kinh doanh; {kind}: Đoàn Thanh niên xã, Chi hội Phụ nữ ấp 3; thời gian: tháng 6/2026.
"""
        tasks = _txt_tasks(text)
        assert tasks[0][1:4] == (["Công an xã"], ["Đoàn Thanh niên xã", "Chi hội Phụ nữ ấp 3"], "2026-06-30"), kind


def test_dash_label_lines_after_a_dash_title_under_a_part_are_that_title_s_assignment() -> None:
    # right under a part, "- Title" / "- Đơn vị chủ trì: X" / "- Phối hợp: Y" / "- Tiến độ: …" (one mark for
    # all): each dash title is a task with the labels after it; under a numbered item the same lines are the
    # item's own content and labels
    text = """KẾ HOẠCH
Hưởng ứng Ngày Pháp luật năm 2026 của Trường Cao đẳng Y tế
Cần Thơ, ngày 02 tháng 10 năm 2026
II. CÁC HOẠT ĐỘNG
- Thi viết tìm hiểu Luật Khám bệnh, chữa bệnh cho sinh viên
- Đơn vị chủ trì: Phòng Công tác học sinh, sinh viên
- Đơn vị phối hợp: Đoàn Thanh niên trường
- Tiến độ: tháng 10/2026
- Treo khẩu hiệu hưởng ứng Ngày Pháp luật tại khu giảng đường
- Đơn vị chủ trì: Phòng Hành chính - Quản trị
- Tiến độ: trước ngày 05/11/2026
III. NHIỆM VỤ CỦA CÁC KHOA
1. Tọa đàm pháp luật về hành nghề y
- Mời luật sư trao đổi với sinh viên năm cuối
- Chủ trì: Khoa Điều dưỡng
- Thời gian: tháng 11/2026
"""
    tasks = _txt_tasks(text)
    assert [(t[0][:20], *t[1:4]) for t in tasks if t[1]] == [
        ("Thi viết tìm hiểu Lu", ["Phòng Công tác học sinh, sinh viên"], ["Đoàn Thanh niên trường"], "2026-10-31"),
        ("Treo khẩu hiệu hưởng", ["Phòng Hành chính - Quản trị"], [], "2026-11-05"),
        ("Tọa đàm pháp luật về", ["Khoa Điều dưỡng"], [], "2026-11-30"),
    ]


def test_a_unit_block_whose_time_stands_on_the_label_line_below_it_is_a_task_of_its_own() -> None:
    # "- X duy trì …." then "Thời gian: hằng quý." on its own line: the block states its time like
    # "- X duy trì …; thời gian: hằng quý." does (a dash block and a plain paragraph under a heading alike)
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026 của Liên đoàn Lao động tỉnh
Bắc Giang, ngày 14 tháng 01 năm 2026
II. NHIỆM VỤ
1. Tuyên truyền pháp luật lao động cho đoàn viên
- Ban Tuyên giáo duy trì mục hỏi đáp pháp luật trên bản tin công đoàn.
Thời gian: hằng quý.
- Ban Chính sách - Pháp luật biên soạn sổ tay về bảo hiểm xã hội cho công nhân.
Tiến độ: tháng 7/2026.
2. Tư vấn pháp luật tại doanh nghiệp
Văn phòng tư vấn pháp luật công đoàn chủ trì, phối hợp với Công đoàn các khu công nghiệp tổ chức tư vấn lưu động tại nhà máy; thời gian: Quý II/2026.
Công đoàn cơ sở các doanh nghiệp tuyên truyền nội quy lao động mới cho người lao động.
Thời gian thực hiện: Quý III/2026.
"""
    tasks = _txt_tasks(text)
    assert [(t[1], t[3]) for t in tasks if t[1]] == [
        (["Ban Tuyên giáo"], "2026-12-31"),
        (["Ban Chính sách - Pháp luật"], "2026-07-31"),
        (["Văn phòng tư vấn pháp luật công đoàn"], "2026-06-30"),
        (["Công đoàn cơ sở các doanh nghiệp"], "2026-09-30"),
    ]


@pytest.mark.parametrize("mark", [")", "/"])
def test_a_pdf_heading_numbered_with_a_bracket_or_a_slash_stays_apart_from_the_paragraph_below(mark: str) -> None:
    # "1) Title" / "1/ Title" filling most of its line, then its body "Các … thực hiện …": as with "1. Title", the
    # body's first word would have fitted after the heading, so the heading ended there and the body starts
    plan = Plan(
        name="numbered_marks",
        blocks=[
            P("ỦY BAN NHÂN DÂN XÃ AN PHÚ", bold=True, center=True),
            P("An Phú, ngày 08 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến, giáo dục pháp luật năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Người dân hiểu và chấp hành pháp luật về đất đai, môi trường, giao thông và phòng, chống tệ nạn "
              "xã hội; cán bộ, công chức xã gương mẫu thực hiện và tuyên truyền pháp luật tại cơ sở."),
            P("II. NHIỆM VỤ", bold=True),
            P(f"1{mark} Phổ biến quyền, nghĩa vụ của người sử dụng đất tại các ấp ven sông Hậu", bold=True),
            P("Các tổ hòa giải ở ấp thực hiện nói chuyện chuyên đề, phát tờ gấp về thủ tục cấp giấy chứng nhận "
              "quyền sử dụng đất tại nhà văn hóa ấp; Công chức Địa chính phối hợp. Thời gian: Quý II/2026."),
            P(f"2{mark} Tuyên truyền phòng, chống đuối nước cho trẻ em trong mùa nước nổi năm nay", bold=True),
            P("Các trường tiểu học trên địa bàn xã thực hiện lồng ghép kỹ năng an toàn dưới nước vào giờ sinh "
              "hoạt dưới cờ và sinh hoạt lớp; Đoàn Thanh niên xã phối hợp. Thời gian: tháng 8/2026."),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Văn phòng HĐND và UBND xã tổng hợp, báo cáo trước ngày 30/11/2026."),
        ],
    )
    tasks = extract(to_pdf(plan), "plan.pdf")["tasks"]
    assert [(t["title"][:30], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("Phổ biến quyền, nghĩa vụ của n", ["Các tổ hòa giải ở ấp"], ["Công chức Địa chính"], "2026-06-30"),
        ("Tuyên truyền phòng, chống đuối", ["Các trường tiểu học trên địa bàn xã"], ["Đoàn Thanh niên xã"], "2026-08-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_dash_item_naming_its_unit_in_a_later_clause_with_the_unit_it_works_with_is_a_task(fmt: str) -> None:
    # "- Work …; X phối hợp Y thực hiện <time>": the work first, then after the semicolon the unit leading it and,
    # after "phối hợp" without "với", the unit helping it
    plan = Plan(
        name="later_clause",
        blocks=[
            *_head("HỘI NÔNG DÂN HUYỆN", "07/KH-HND", "Hòa Vang, ngày 20 tháng 01 năm 2026",
                   "Phổ biến pháp luật cho hội viên năm 2026"),
            P("II. NỘI DUNG", bold=True),
            P("1. Tư vấn pháp luật cho nông dân", bold=True),
            P("- Hội Nông dân huyện phối hợp với Phòng Tư pháp mở lớp tư vấn về hợp đồng thuê đất; thời gian: "
              "Quý II/2026."),
            P("- Giải đáp thắc mắc về an toàn thực phẩm qua hòm thư đặt ở nhà văn hóa các thôn; Chi hội "
              "nông dân các thôn phối hợp Trạm Khuyến nông thực hiện hằng quý."),
            *_TAIL,
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["title"][:30], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]] == [
        ("Hội Nông dân huyện phối hợp vớ", ["Hội Nông dân huyện"], ["Phòng Tư pháp"], "2026-06-30"),
        ("Giải đáp thắc mắc về an toàn t", ["Chi hội nông dân các thôn"], ["Trạm Khuyến nông"], "2026-12-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_plus_item_led_by_a_unit_working_with_a_group_of_units_names_the_group_the_helper(fmt: str) -> None:
    # "+ X phối hợp với các Y … <work>; thời gian: …" as the whole assignment: X leads, the group of units
    # opened by "các"/"những" before its capital helps (not two leads, not "X phối hợp" as a name)
    plan = Plan(
        name="plus_with_group",
        blocks=[
            *_head("HỘI CỰU CHIẾN BINH TỈNH", "11/KH-CCB", "Sơn La, ngày 09 tháng 02 năm 2026",
                   "Tuyên truyền pháp luật về ma túy năm 2026"),
            P("II. NỘI DUNG", bold=True),
            P("1. Phòng, chống ma túy ở khu dân cư", bold=True),
            P("+ Hội Cựu chiến binh các xã vùng cao phối hợp với các Trạm Y tế xã lập danh sách người nghiện "
              "đang cai tại gia đình; thời gian: Quý II/2026."),
            P("+ Hội Cựu chiến binh các phường phối hợp với những Tổ tự quản an ninh trật tự vận động con em "
              "hội viên tránh xa ma túy; thời gian: tháng 9/2026."),
            *_TAIL,
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]] == [
        (["Hội Cựu chiến binh các xã vùng cao"], ["các Trạm Y tế xã"], "2026-06-30"),
        (["Hội Cựu chiến binh các phường"], ["những Tổ tự quản an ninh trật tự"], "2026-09-30"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_sentence_naming_the_work_by_its_verb_then_its_time_after_the_assignment_gives_the_time(fmt: str) -> None:
    # "Giao X …; Y phối hợp …. Chiếu phim hằng tuần từ … đến …": a short later sentence that only repeats the
    # work's verb before its time is the task's time (not the work going on all year)
    plan = Plan(
        name="verb_then_time",
        blocks=[
            *_head("ỦY BAN NHÂN DÂN PHƯỜNG", "31/KH-UBND", "Hà Giang, ngày 05 tháng 3 năm 2026",
                   "Tuyên truyền Luật Trật tự, an toàn giao thông đường bộ năm 2026"),
            P("II. NỘI DUNG", bold=True),
            P("1. Chiếu phim tuyên truyền tại nhà văn hóa tổ dân phố"),
            P("Giao Phòng Văn hóa - Xã hội phường chuẩn bị phim, máy chiếu; Tổ trưởng các tổ dân phố phối hợp "
              "mời người dân đến xem. Chiếu phim hằng tuần từ tháng 4/2026 đến tháng 6/2026."),
            P("2. Treo áp phích tại các trường học"),
            P("Giao Công an phường chủ trì, phối hợp với Ban Giám hiệu các trường tổ chức treo áp phích. "
              "Treo trong tháng 8/2026."),
            *_TAIL,
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Văn hóa - Xã hội phường"], ["Tổ trưởng các tổ dân phố"], "2026-06-30"),
        (["Công an phường"], ["Ban Giám hiệu các trường"], "2026-08-31"),
    ]


def test_a_unit_block_whose_time_comes_after_its_coordinating_label_line_is_a_task_of_its_own() -> None:
    # "- X hướng dẫn …." / "Phối hợp: Y" / "Thời hạn: …": the time two label lines below still is the block's
    text = """KẾ HOẠCH
Tuyên truyền pháp luật về an toàn giao thông năm 2026
Hà Nam, ngày 20 tháng 01 năm 2026
II. NỘI DUNG
1. Tuyên truyền cho học sinh đi xe máy điện
- Đề nghị Đoàn Thanh niên các trường tổ chức diễn đàn về văn hóa giao thông.
Thời gian: tháng 3/2026.
- Phòng Cảnh sát giao thông hướng dẫn kỹ năng lái xe an toàn tại các trường trung học phổ thông.
Phối hợp: Ban đại diện cha mẹ học sinh các trường
Thời hạn: tháng 9/2026.
"""
    tasks = _txt_tasks(text)
    assert [t[1:4] for t in tasks if t[1]] == [
        (["Đoàn Thanh niên các trường"], [], "2026-03-31"),
        (["Phòng Cảnh sát giao thông"], ["Ban đại diện cha mẹ học sinh các trường"], "2026-09-30"),
    ]



PLAN_TITLE_THEN_SUBJECT = """UBND PHƯỜNG AN BÌNH
Số: 44/KH-UBND
An Bình, ngày 03 tháng 3 năm 2026
KẾ HOẠCH
Phổ biến pháp luật năm 2026
II. NỘI DUNG
1. Rà soát, kiện toàn các tổ hòa giải. Văn phòng HĐND và UBND phường có trách nhiệm hướng dẫn tổ dân phố bầu bổ sung hòa giải viên; phối hợp với Hội Phụ nữ phường. Thời gian: Quý II/2026.
2. Tập huấn kỹ năng cho hòa giải viên. Phòng Văn hóa - Xã hội có trách nhiệm biên soạn tài liệu, phối hợp với Công an phường thực hiện. Thời gian: tháng 7/2026.
3. Đối thoại với người dân về đất đai. Chủ tịch UBND phường trực tiếp chủ trì đối thoại; Phòng Kinh tế phối hợp chuẩn bị tài liệu. Thời gian: tháng 9/2026.
4. Hưởng ứng Ngày Pháp luật
a) Phòng Văn hóa - Xã hội tổ chức mít tinh tại nhà văn hóa; hoàn thành trước ngày 08/11/2026.
b) Đề nghị Hội Cựu chiến binh phường vận động hội viên tham gia; phối hợp: Đoàn Thanh niên phường. Thời gian: ngày 09/11/2026.
5. Đối thoại về nội quy lao động. Đề nghị Công đoàn Công ty May An Bình phối hợp với người sử dụng lao động tổ chức đối thoại hằng quý.
III. TỔ CHỨC THỰC HIỆN
Các bộ phận triển khai thực hiện Kế hoạch này.
"""


def test_a_title_sentence_then_a_sentence_opening_with_its_unit_s_duty_or_direct_work() -> None:
    """A numbered item whose title is a sentence of its own, then "X có trách nhiệm …; phối hợp với Y" or
    "X trực tiếp …; Y phối hợp …": X leads, Y helps; a run-on split inside X's name ("Văn phòng | HĐND và UBND
    phường") is no place for its start. "Đề nghị X vận động …; phối hợp: Y": X leads.
    "Đề nghị X phối hợp với người sử dụng lao động …": the employer helps."""
    tasks = extract(PLAN_TITLE_THEN_SUBJECT.encode(), "plan.txt")["tasks"]
    got = {t["title"]: (t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks}
    assert got["Rà soát, kiện toàn các tổ hòa giải"] == (
        ["Văn phòng HĐND và UBND phường"], ["Hội Phụ nữ phường"], "2026-06-30"
    )
    assert got["Tập huấn kỹ năng cho hòa giải viên"] == (["Phòng Văn hóa - Xã hội"], ["Công an phường"], "2026-07-31")
    assert got["Đối thoại với người dân về đất đai"] == (["Chủ tịch UBND phường"], ["Phòng Kinh tế"], "2026-09-30")
    veterans = next(t for t in tasks if t["title"].startswith("Đề nghị Hội Cựu chiến binh"))
    assert (veterans["lead_units"], veterans["coordinating_units"]) == (
        ["Hội Cựu chiến binh phường"], ["Đoàn Thanh niên phường"]
    )
    # the employer, named by its standing in lower case, helps the union
    assert got["Đối thoại về nội quy lao động"][:2] == (["Công đoàn Công ty May An Bình"], ["người sử dụng lao động"])


def test_a_span_of_months_wrapped_after_its_first_month_word_stays_in_the_paragraph_pdf_lines() -> None:
    # "… Thời gian: tháng" / "9 - tháng 10/2026.": the number opening the line is the wrapped date's, no item 9
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "Phòng Kinh tế chủ trì; Hội Nông dân xã phối hợp phát tờ rơi về đất đai cho các hộ dân. Thời gian: tháng",
        "9 - tháng 10/2026.",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [" ".join(lines)]


def test_a_content_label_about_texts_directly_concerning_people_names_no_lead() -> None:
    # "Nội dung: các nghị định … có liên quan trực tiếp đến …": what the texts are about, not "X trực tiếp làm …"
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NHIỆM VỤ
1. Giới thiệu văn bản mới cho doanh nghiệp
- Nội dung: các nghị định của Chính phủ, quyết định của tỉnh có liên quan trực tiếp đến doanh nghiệp.
- Chủ trì: Phòng Kinh tế.
- Phối hợp: Văn phòng UBND xã.
- Thời gian: Quý II/2026.
2. Tiếp công dân kết hợp giải thích pháp luật
Ban Tiếp công dân trực tiếp giải thích pháp luật khi tiếp công dân. Thời gian: thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"]) for t in tasks] == [
        (["Phòng Kinh tế"], ["Văn phòng UBND xã"]),
        (["Ban Tiếp công dân"], []),
    ]


def test_a_pdf_line_broken_inside_a_span_of_months_keeps_the_span_whole() -> None:
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    # the line broke after the first month: the dash joins the span's ends, it opens no bullet
    lines = [
        "2.3. Bồi dưỡng kiến thức pháp luật cho hòa giải viên ở cơ sở. Đơn vị chủ trì: Phòng Phổ biến",
        "pháp luật; phối hợp: Hội Luật gia tỉnh, UBND các xã, phường; thời gian thực hiện: tháng 8",
        "- tháng 10/2026.",
        "- Tháng 11: tổng kết, rút kinh nghiệm.",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [
        f"{lines[0]} {lines[1]} {lines[2]}",
        lines[3],
    ]
    # the same with quarters written with capitals ("Quý II" / "- Quý III/2026")
    lines = [
        "3. Khảo sát nhu cầu tìm hiểu pháp luật của người lao động tại các khu công nghiệp. Giao Ban Nữ công",
        "chủ trì, phối hợp với Công đoàn các khu công nghiệp thực hiện. Thời gian thực hiện : Quý II",
        "- Quý III/2026.",
        "- Quý IV: tổng hợp kết quả khảo sát.",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [
        f"{lines[0]} {lines[1]} {lines[2]}",
        lines[3],
    ]


def test_units_assessing_themselves_and_a_year_naming_the_standard_not_the_time() -> None:
    # "UBND các xã tự đánh giá …" is an assignment like "… thực hiện …"; "đạt chuẩn … năm 2026" names the
    # year's standard, the time is the later "trước ngày …"
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
ngày 08 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NHIỆM VỤ
1. Công nhận cấp xã đạt chuẩn tiếp cận pháp luật
UBND các phường tự chấm điểm các chỉ tiêu chuẩn tiếp cận pháp luật năm 2026, gửi hồ sơ về Sở Tư pháp trước ngày 10/01/2027.
Sở Tư pháp có trách nhiệm thẩm định hồ sơ; phối hợp: Sở Nội vụ; thời gian: tháng 02/2027.
2. Tổ chức Ngày Pháp luật
Phòng Tư pháp thực hiện tuyên truyền năm 2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [
        (["UBND các phường"], [], "2027-01-10"),
        (["Sở Tư pháp"], ["Sở Nội vụ"], "2027-02-28"),
        (["Phòng Tư pháp"], [], "2026-12-31"),
    ]


def test_a_law_named_with_the_word_phong_in_a_lettered_title_is_no_unit() -> None:
    # "Luật Phòng, chống …", "Luật Phòng cháy …": "Phòng" after "Luật" names a law, the lead is in the brackets
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
ngày 08 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NỘI DUNG
1. Phổ biến các luật mới
a) Tập huấn Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ cho cán bộ chủ trì các phân xưởng (Chủ trì: Phòng Kỹ thuật; phối hợp: Phòng Hành chính; thời gian: Quý II/2026).
b) Phát tờ gấp về an toàn lao động (Chủ trì: Phòng Hành chính; thời gian: Quý III/2026).
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    got = [(t["title"][:26], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [
        ("Tập huấn Luật Phòng cháy, ", ["Phòng Kỹ thuật"], ["Phòng Hành chính"], "2026-06-30"),
        ("Phát tờ gấp về an toàn lao", ["Phòng Hành chính"], [], "2026-09-30"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_two_row_header_whose_sub_headers_run_to_five_or_six_words(fmt: str) -> None:
    # "Cơ quan, đơn vị chủ trì" | "Đơn vị phối hợp thực hiện" under a merged "Phân công": still a header row
    rows: list[tuple[str, ...]] = [
        ("STT", "Nội dung công việc", "Phân công", "Phân công", "Tiến độ"),
        ("", "", "Cơ quan, đơn vị chủ trì", "Đơn vị phối hợp thực hiện", ""),
    ]
    for n, (title, lead, coord, time, _due) in enumerate(ROWS, start=1):
        rows.append((str(n), title, lead, coord, time))
    plan = Plan(
        name="long_sub_headers",
        blocks=[
            *_head("TRƯỜNG THCS NGUYỄN DU", "97/KH-THCS", "Hòa Vang, ngày 12 tháng 9 năm 2026", "Tuyên truyền"),
            P("II. NHIỆM VỤ", bold=True),
            T(tuple(rows), (10, 60, 40, 40, 30)),
            *_TAIL,
        ],
    )
    tasks = _read(plan, fmt)
    assert len(tasks) == len(ROWS)
    for title, lead, coord, _time, due in ROWS:
        task = _find(tasks, title)
        assert _units(task["lead_units"]) == _units([lead])
        assert _units(task["coordinating_units"]) == _units(coord.split("; "))
        assert task["deadline"] == due


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_unit_cells_closed_by_a_semicolon_or_a_full_stop_keep_a_group_named_by_its_role(fmt: str) -> None:
    # a Word table whose unit cells end as list items do ("…;", "….") and a lead named by its role
    rows: list[tuple[str, ...]] = [("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian")]
    rows += [
        ("1", "Lấy ý kiến Nhân dân về dự thảo quy định phí", "Các cơ quan, đơn vị chủ trì xây dựng dự thảo;",
         "Văn phòng UBND huyện.", "Quý III/2026"),
        ("2", "Đưa tin về kết quả thực hiện kế hoạch", "Trung tâm Văn hóa - Thể thao huyện;",
         "Phòng Văn hóa và Thông tin;\nCác xã, thị trấn.", "Tháng 12/2026"),
    ]
    plan = Plan(
        name="cells_closed",
        blocks=[
            *_head("PHÒNG TƯ PHÁP", "12/KH-PTP", "Hòa Vang, ngày 05 tháng 02 năm 2026", "Tuyên truyền"),
            P("II. NHIỆM VỤ", bold=True),
            T(tuple(rows), (10, 60, 40, 40, 30)),
            *_TAIL,
        ],
    )
    tasks = _read(plan, fmt)
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (["Các cơ quan, đơn vị chủ trì xây dựng dự thảo"], ["Văn phòng UBND huyện"], "2026-09-30"),
        (["Trung tâm Văn hóa - Thể thao huyện"], ["Phòng Văn hóa và Thông tin", "Các xã, thị trấn"], "2026-12-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_long_role_sub_headers_under_a_merged_cell_left_empty_beside_it(fmt: str) -> None:
    # the first header row names "Đơn vị thực hiện" once and leaves the next cell empty (a merge as PDF draws it)
    rows: list[tuple[str, ...]] = [
        ("TT", "Nội dung", "Đơn vị thực hiện", "", "Thời gian"),
        ("", "", "Cơ quan, đơn vị chủ trì", "Đơn vị phối hợp thực hiện", ""),
    ]
    for n, (title, lead, coord, time, _due) in enumerate(ROWS, start=1):
        rows.append((str(n), title, lead, coord, time))
    plan = Plan(
        name="long_roles_merged",
        blocks=[
            *_head("TRƯỜNG THCS NGUYỄN DU", "98/KH-THCS", "Hòa Vang, ngày 14 tháng 9 năm 2026", "Tuyên truyền"),
            P("II. NHIỆM VỤ", bold=True),
            T(tuple(rows), (10, 60, 40, 40, 30)),
            *_TAIL,
        ],
    )
    tasks = _read(plan, fmt)
    assert len(tasks) == len(ROWS)
    for title, lead, coord, _time, due in ROWS:
        task = _find(tasks, title)
        assert _units(task["lead_units"]) == _units([lead])
        assert _units(task["coordinating_units"]) == _units(coord.split("; "))
        assert task["deadline"] == due


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_labels_on_lines_of_a_narrow_unit_cell_that_a_pdf_wraps(fmt: str) -> None:
    # one cell holds both roles, each on its own line; in a PDF the lines wrap and the second label follows
    # the first unit's last word without a stop
    rows: list[tuple[str, ...]] = [
        ("Nội dung công việc", "Bộ phận thực hiện", "Thời gian"),
        ("Đăng tin về hoạt động trợ giúp pháp lý trên trang thông tin của Trung tâm",
         "Chủ trì: Phòng Hành chính - Tổng hợp\nCơ quan, đơn vị phối hợp: Phòng Nghiệp vụ 2", "Quý III/2026"),
        ("In tờ gấp giới thiệu quyền được trợ giúp pháp lý",
         "Chủ trì: Chi nhánh Trợ giúp pháp lý số 3\nCơ quan, đơn vị phối hợp: UBND các xã biên giới",
         "Tháng 5/2026"),
    ]
    plan = Plan(
        name="wrapped_labels",
        blocks=[
            *_head("TRUNG TÂM TRỢ GIÚP PHÁP LÝ", "15/KH-TGPL", "Hòa Vang, ngày 06 tháng 02 năm 2026", "Truyền thông"),
            P("II. NHIỆM VỤ", bold=True),
            T(tuple(rows), (80, 50, 30)),
            *_TAIL,
        ],
    )
    tasks = _read(plan, fmt)
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (["Phòng Hành chính - Tổng hợp"], ["Phòng Nghiệp vụ 2"], "2026-09-30"),
        (["Chi nhánh Trợ giúp pháp lý số 3"], ["UBND các xã biên giới"], "2026-05-31"),
    ]


def test_roman_headings_written_with_a_slash_under_a_lettered_tasks_part() -> None:
    text = """KẾ HOẠCH
Triển khai Nghị định về thủ tục hành chính năm 2026
Hòa Vang, ngày 09 tháng 02 năm 2026
A. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết của cán bộ và Nhân dân.
B. NHIỆM VỤ, GIẢI PHÁP
I/ Tập huấn quy trình tiếp nhận hồ sơ
Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND huyện thực hiện trong Quý II/2026.
II/ Công khai thủ tục hành chính tại trụ sở
UBND các xã chủ trì, phối hợp với Phòng Văn hóa và Thông tin thực hiện trong tháng 8/2026.
C. TỔ CHỨC THỰC HIỆN
Các cơ quan triển khai thực hiện.
"""
    tasks = [t for t in extract(text.encode(), "plan.txt")["tasks"] if not t["is_group"]]
    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        ("Tập huấn quy trình tiếp nhận hồ sơ", ["Phòng Nội vụ"], ["Văn phòng HĐND và UBND huyện"], "2026-06-30"),
        ("Công khai thủ tục hành chính tại trụ sở", ["UBND các xã"], ["Phòng Văn hóa và Thông tin"], "2026-08-31"),
    ]


def _plain_tasks(text: str) -> list[tuple[str, list[str], list[str], str, bool]]:
    tasks = [t for t in extract(text.encode(), "plan.txt")["tasks"] if not t["is_group"]]
    return [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks]


def test_a_lettered_title_ending_in_a_colon_then_a_unit_s_duty() -> None:
    text = """KẾ HOẠCH
Tuyên truyền pháp luật cho hội viên năm 2026
Hòa Vang, ngày 09 tháng 02 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết.
II. NỘI DUNG
1. Công tác phổ biến
a) Phát hành sách, báo cho chi hội ở thôn: Văn phòng Hội có trách nhiệm phân phối kịp thời sách cho các chi hội. Thời gian: thường xuyên.
b) Bồi dưỡng báo cáo viên của Hội: Ban Tuyên giáo có trách nhiệm mời giảng viên. Thời gian: Quý III/2026.
2. Hòa giải ở cơ sở
- Hội Nông dân các xã chủ động phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã nắm tình hình, tham gia hòa giải tranh chấp; thực hiện thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các ban thực hiện.
"""
    # the colon ends the title like a full stop: the whole name after it leads ("Văn phòng Hội", not "Hội");
    # "nắm tình hình" is the coordinator's work, not part of its name
    assert _plain_tasks(text) == [
        ("Phát hành sách, báo cho chi hội ở thôn", ["Văn phòng Hội"], [], "2026-12-31", False),
        ("Bồi dưỡng báo cáo viên của Hội", ["Ban Tuyên giáo"], [], "2026-09-30", False),
        (
            "Hòa giải ở cơ sở",
            ["Hội Nông dân các xã"],
            ["Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã"],
            "2026-12-31",
            False,
        ),
    ]


def test_the_drafter_after_a_list_of_kinds_of_draft_texts_is_no_lead() -> None:
    text = """KẾ HOẠCH
Công tác pháp chế năm 2026
Hòa Vang, ngày 09 tháng 02 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết.
II. NỘI DUNG
1. Công tác xây dựng pháp luật
1.1. Rà soát văn bản quy phạm pháp luật về phòng cháy
- Chủ trì thực hiện: Phòng Pháp chế.
- Phối hợp: Các phòng chuyên môn Sở.
- Thời hạn: Trước ngày 15/4/2026.
1.2. Góp ý dự thảo luật, nghị định, thông tư do Bộ Tài chính chủ trì soạn thảo
- Chủ trì thực hiện: Phòng Pháp chế.
- Phối hợp: Các phòng chuyên môn Sở.
- Thời hạn: Khi có văn bản đề nghị của Bộ Tài chính.
III. TỔ CHỨC THỰC HIỆN
Các phòng thực hiện.
"""
    got = _plain_tasks(text)
    assert [(lead, coord, due, asked) for _t, lead, coord, due, asked in got] == [
        (["Phòng Pháp chế"], ["Các phòng chuyên môn Sở"], "2026-04-15", False),
        (["Phòng Pháp chế"], ["Các phòng chuyên môn Sở"], "2026-12-31", True),
    ]
    assert got[1][0].endswith("do Bộ Tài chính chủ trì soạn thảo")


def test_plus_lines_each_opening_with_a_lead_under_a_dash_title_among_labelled_ones() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Hòa Vang, ngày 09 tháng 02 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết.
II. NỘI DUNG
1. Đối tượng: cán bộ, công chức và người dân.
2. Nội dung và phân công
- Phổ biến Luật Đất đai và các văn bản hướng dẫn:
+ Cơ quan thực hiện: Phòng Pháp chế chủ trì, phối hợp với Văn phòng Sở.
+ Thời gian: cả năm.
- Tổ chức đối thoại pháp luật cho hộ kinh doanh:
+ Chi cục Thuế khu vực chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức đối thoại tại chợ; thời gian: Quý II/2026.
+ Đội Quản lý thị trường chủ trì kiểm tra tại cơ sở; Sở Công Thương phối hợp cung cấp tài liệu; thời gian: tháng 4 - 9/2026.
- Phổ biến quy định về an toàn thực phẩm:
+ Cơ quan thực hiện: Phòng Thanh tra chủ trì; Phòng Pháp chế phối hợp.
+ Thời gian: tháng 5/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng thực hiện.
"""
    got = [(title[:20], lead, coord, due) for title, lead, coord, due, _a in _plain_tasks(text)]
    assert got == [
        ("Đối tượng: cán bộ, c", [], [], "2026-12-31"),
        ("Phổ biến Luật Đất đa", ["Phòng Pháp chế"], ["Văn phòng Sở"], "2026-12-31"),
        ("Chi cục Thuế khu vực", ["Chi cục Thuế khu vực"], ["Ủy ban nhân dân các xã"], "2026-06-30"),
        ("Đội Quản lý thị trườ", ["Đội Quản lý thị trường"], ["Sở Công Thương"], "2026-09-30"),
        ("Phổ biến quy định về", ["Phòng Thanh tra"], ["Phòng Pháp chế"], "2026-05-31"),
    ]


def test_a_title_line_opening_with_thuc_hien_names_the_plan_s_year() -> None:
    text = """HỘI LUẬT GIA TỈNH
Số: 12/KH-HLG
Hòa Vang, ngày 20 tháng 12 năm 2026
KẾ HOẠCH
Thực hiện công tác tư vấn pháp luật cho hội viên
năm 2027
Căn cứ Điều lệ Hội;
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết.
II. NỘI DUNG
1. Tư vấn pháp luật lưu động tại các xã
Ban Tư vấn chủ trì, phối hợp với Văn phòng Hội thực hiện trong Quý II.
2. Góp ý dự thảo văn bản liên quan đến hội viên
Ban Tư vấn chủ trì; thời gian: khi có đề nghị của cơ quan soạn thảo.
III. TỔ CHỨC THỰC HIỆN
Các ban thực hiện.
"""
    result = extract(text.encode(), "plan.txt")
    assert result["year"] == 2027
    assert result["title"].startswith("Thực hiện công tác tư vấn pháp luật")
    tasks = [t for t in result["tasks"] if not t["is_group"]]
    assert [(t["deadline"], t["on_request"]) for t in tasks] == [("2027-06-30", False), ("2027-12-31", True)]


def test_a_lead_guiding_units_to_do_the_work_and_a_person_heading_the_team() -> None:
    """ "X chủ trì, hướng dẫn Y tổ chức thực hiện": Y carries the work out with X. "Phó Chủ tịch … phụ trách công
    tác tham mưu làm Trưởng đoàn giám sát; Phòng Z giúp việc": the person leads (named with the field they are in
    charge of), Z helps."""
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Hòa Vang, ngày 09 tháng 02 năm 2026
I. NHIỆM VỤ
1. Hướng dẫn đăng ký khai sinh trực tuyến. Giao Phòng Tư pháp chủ trì, hướng dẫn UBND các xã, thị trấn tổ chức thực hiện; thời gian: Quý III/2026.
2. Giám sát việc niêm yết thủ tục tại bộ phận một cửa: Phó Chủ tịch UBND huyện phụ trách công tác tham mưu làm Trưởng đoàn giám sát; Văn phòng HĐND và UBND huyện giúp việc. Thời gian: tháng 11/2026.
II. TỔ CHỨC THỰC HIỆN
Các cơ quan triển khai thực hiện.
"""
    tasks = [t for t in extract(text.encode(), "plan.txt")["tasks"] if not t["is_group"]]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Tư pháp"], ["UBND các xã, thị trấn"], "2026-09-30"),
        (["Phó Chủ tịch UBND huyện phụ trách công tác tham mưu"], ["Văn phòng HĐND và UBND huyện"], "2026-11-30"),
    ]


def test_a_head_deciding_on_a_proposal_under_a_task_heading_leads_it_on_request() -> None:
    """ "Chủ tịch UBND xã ra quyết định … theo đề nghị của Y": the head leads, when Y proposes; Y only proposes."""
    text = """KẾ HOẠCH
Công tác hòa giải ở cơ sở năm 2026
Hòa Vang, ngày 09 tháng 02 năm 2026
I. NHIỆM VỤ
1. Công nhận hòa giải viên mới
Chủ tịch UBND xã ra quyết định công nhận hòa giải viên theo đề nghị của Trưởng thôn.
2. Tập huấn hòa giải viên
Công chức Tư pháp - Hộ tịch chủ trì tổ chức tập huấn. Thời hạn: Quý II/2026.
II. TỔ CHỨC THỰC HIỆN
Các cơ quan triển khai thực hiện.
"""
    tasks = [t for t in extract(text.encode(), "plan.txt")["tasks"] if not t["is_group"]]
    first = tasks[0]
    assert (first["lead_units"], first["coordinating_units"], first["on_request"]) == (["Chủ tịch UBND xã"], [], True)


def test_a_place_ending_in_its_number_before_the_issue_date() -> None:
    """ "Phường 3, ngày …": a ward named by a number still gives the place and the issue date (which also
    picks the plan's year among the years of the laws cited)."""
    text = """ỦY BAN NHÂN DÂN PHƯỜNG 3
Số: 12/KH-UBND
Phường 3, ngày 05 tháng 12 năm 2025
KẾ HOẠCH
Phổ biến pháp luật năm 2026
I. NHIỆM VỤ
1. Tập huấn hòa giải viên. Công chức Tư pháp - Hộ tịch chủ trì thực hiện trong Quý II.
"""
    result = extract(text.encode(), "plan.txt")
    assert (result["place"], result["date"], result["year"]) == ("Phường 3", "2025-12-05", 2026)


def test_a_year_a_narrow_pdf_cell_breaks_after_its_third_digit() -> None:
    # "Bắt đầu" | "Hoàn thành" columns too narrow for a whole date: "30/10/202" then "6" on the next line
    rows: list[tuple[str, ...]] = [
        ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian bắt đầu", "Hoàn thành"),
        ("1", "Tập huấn nghiệp vụ cho cán bộ đầu mối", "Văn phòng", "Phòng Tổ chức", "10/2026", "30/10/2026"),
    ]
    plan = Plan(
        name="narrow_end_column",
        blocks=[
            *_head("TRƯỜNG THCS NGUYỄN DU", "97/KH-THCS", "Hòa Vang, ngày 12 tháng 9 năm 2026", "Tuyên truyền"),
            P("II. NHIỆM VỤ", bold=True),
            T(tuple(rows), (10, 80, 30, 30, 18, 14)),
            *_TAIL,
        ],
    )
    for fmt in ("docx", "pdf"):
        (task,) = [t for t in _read(plan, fmt) if t["lead_units"]]
        assert task["deadline"] == "2026-10-30", fmt


def test_pdf_items_marked_by_an_en_dash_with_or_without_a_space_start_new_paragraphs() -> None:
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    # some typists mark items with '–' and some glue it to the first word ('–Tổ chức'); a line that runs to the
    # margin before it does not swallow the item, nor an item's label line ('–Phối hợp: …')
    lines = [
        "1. Kiện toàn đội ngũ báo cáo viên pháp luật của huyện sau khi sắp xếp các đơn vị, các xã",
        "–Văn phòng Huyện ủy chủ trì rà soát danh sách báo cáo viên, đề xuất bổ sung người còn",
        "thiếu ở các chi bộ trực thuộc; thời gian hoàn thành chậm nhất trong tháng 5 năm 2026 này",
        "–Phối hợp: Ban Tổ chức Huyện ủy, Trung tâm Chính trị huyện và các đảng ủy xã, thị trấn",
        "– Phòng Tư pháp huyện cập nhật tài liệu bồi dưỡng cho các báo cáo viên mới được công nhận",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [
        lines[0],
        f"{lines[1]} {lines[2]}",
        lines[3],
        lines[4],
    ]


def test_a_title_ending_in_the_common_noun_phap_luat_runs_on_into_its_lead() -> None:
    # a PDF joins a lettered title to the next line: "… giáo dục pháp luật Phòng Y tế chủ trì; …"; lower-case
    # "pháp luật" is no law's name ("Luật Phòng …"), so the lead's name starts after it
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
ngày 08 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NỘI DUNG
1. Nhiệm vụ trọng tâm
a) Bồi dưỡng tuyên truyền viên ở thôn, bản về kỹ năng giáo dục pháp luật Phòng Y tế chủ trì; Hội Chữ thập đỏ huyện phối hợp. Thời gian: tháng 4 - tháng 8/2026.
b) Phát tờ gấp về an toàn thực phẩm (Chủ trì: Phòng Kinh tế; thời gian: Quý III/2026).
III. TỔ CHỨC THỰC HIỆN
Các phòng triển khai thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    got = [(t["title"][:24], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [
        ("Bồi dưỡng tuyên truyền v", ["Phòng Y tế"], ["Hội Chữ thập đỏ huyện"], "2026-08-31"),
        ("Phát tờ gấp về an toàn t", ["Phòng Kinh tế"], [], "2026-09-30"),
    ]


def test_a_pdf_step_numbered_in_words_after_a_label_line_without_a_stop_starts_a_new_paragraph() -> None:
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    # "Bước 2. …" after "…; Thời hạn: tháng 5/2026" (no full stop): a new step like "Nhiệm vụ 2. …", not the
    # label line wrapped
    lines = [
        "Bước 1. Xây dựng bộ câu hỏi tìm hiểu pháp luật về phòng, chống bạo lực học đường cho học sinh",
        "Chủ trì: Phòng Giáo dục; Phối hợp: Đoàn Thanh niên, Hội Cựu giáo chức; Thời hạn: tháng 5/2026",
        "Bước 2. Tổ chức vòng thi tại các trường trung học cơ sở trên địa bàn huyện và thị trấn",
        "Chủ trì: Hiệu trưởng các trường; Thời hạn: tháng 9/2026",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == lines


def test_plus_lines_under_a_numbered_item_one_asking_bank_branches_named_by_their_brand() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Tam Kỳ, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết.
II. NỘI DUNG
1. Tuyên truyền về phòng ngừa gian lận thẻ thanh toán
+ Phòng Thanh tra chủ trì biên soạn tờ rơi, tin bài; hoàn thành trong tháng 5/2026.
+ Đề nghị Sacombank Chi nhánh Hội An, VPB Chi nhánh Tam Kỳ và các ngân hàng cổ phần trên địa bàn treo áp phích tại điểm giao dịch; thời gian: từ tháng 6 đến hết tháng 10/2026.
2. Phổ biến quy định về thanh toán không dùng tiền mặt
Phòng Tổng hợp chủ trì. Thời gian: Quý III/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng thực hiện.
"""
    got = [(title[:20], lead, due) for title, lead, _c, due, _a in _plain_tasks(text)]
    assert got == [
        ("Phòng Thanh tra chủ ", ["Phòng Thanh tra"], "2026-05-31"),
        (
            "Đề nghị Sacombank Ch",
            ["Sacombank Chi nhánh Hội An", "VPB Chi nhánh Tam Kỳ", "các ngân hàng cổ phần trên địa bàn"],
            "2026-10-31",
        ),
        ("Phổ biến quy định về", ["Phòng Tổng hợp"], "2026-09-30"),
    ]


def test_a_heading_running_into_a_lead_opened_by_a_capital_cac() -> None:
    # a PDF heading line joined to the body line below: the capital "Các" opens the lead's name
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
Vinh, ngày 12 tháng 01 năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết.
II. NỘI DUNG
1. Công tác hỗ trợ người nộp thuế
a) Tổ chức tọa đàm với doanh nghiệp nhỏ về hóa đơn điện tử Các Đội Thuế liên xã chủ trì tổ chức tại địa bàn; Phòng Kiểm tra phối hợp. Thời gian: Quý III/2026.
b) Phổ biến quy định mới về lệ phí trước bạ
Văn phòng chủ trì. Thời gian: tháng 4/2026.
III. TỔ CHỨC THỰC HIỆN
Các phòng thực hiện.
"""
    got = [(title, lead, coord, due) for title, lead, coord, due, _a in _plain_tasks(text)]
    assert got[0] == (
        "Tổ chức tọa đàm với doanh nghiệp nhỏ về hóa đơn điện tử",
        ["Các Đội Thuế liên xã"],
        ["Phòng Kiểm tra"],
        "2026-09-30",
    )


def test_a_title_run_on_into_the_grounds_stops_before_them_and_their_years_are_no_plan_year() -> None:
    # a PDF joins the title line (no year of its own) and the first "Căn cứ" line: the plan's year is the issue year
    text = """ỦY BAN NHÂN DÂN HUYỆN MƯỜNG KHƯƠNG
Số: 07/KH-UBND
Mường Khương, ngày 03 tháng 3 năm 2027
KẾ HOẠCH
Phổ biến Luật Phòng chống mua bán người trên địa bàn huyện Căn cứ Luật số 53/2024/QH15 ngày 28 tháng 11 năm 2024; Căn cứ Kế hoạch số 90/KH-UBND ngày 10 tháng 12 năm 2026 của UBND tỉnh;
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết.
II. NỘI DUNG
1. Tuyên truyền Luật trên loa truyền thanh
Công an huyện chủ trì; thời gian: thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Các cơ quan thực hiện.
"""
    result = extract(text.encode(), "plan.txt")
    assert result["year"] == 2027
    assert result["title"] == "Phổ biến Luật Phòng chống mua bán người trên địa bàn huyện"
    tasks = [t for t in result["tasks"] if not t["is_group"]]
    assert [t["deadline"] for t in tasks] == ["2027-12-31"]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_lettered_title_ending_in_a_colon_and_the_named_person_doing_it_over_its_own_time_line(fmt: str) -> None:
    # "b) Title: Trưởng phòng X." with "Thời gian: …" on a line of its own: the person after the colon leads;
    # a kind of people after a colon ("cho đối tượng: Cán bộ, công chức.") names no lead
    blocks = _head("PHÒNG TƯ PHÁP", "31/KH-PTP", "Hòa Vang, ngày 09 tháng 3 năm 2026", "Tổ chức Hội thi hòa giải viên giỏi")
    blocks += [
        P("II. NỘI DUNG", bold=True),
        P("1. Công tác chuẩn bị", bold=True),
        P("a) Ký quyết định thành lập Ban Giám khảo và Tổ giúp việc Hội thi: Trưởng phòng Tư pháp huyện."),
        P("Thời gian: tháng 4/2026."),
        P("b) Tập huấn nghiệp vụ hòa giải cho đối tượng: Cán bộ, công chức."),
        P("Chủ trì: Phòng Tư pháp; thời gian: tháng 5/2026."),
        *_TAIL,
    ]
    tasks = _read(Plan("colon_person", blocks, []), fmt)
    first = _find(tasks, "Ký quyết định thành lập Ban Giám khảo")
    assert _units(first["lead_units"]) == _units(["Trưởng phòng Tư pháp huyện"])
    assert first["deadline"] == "2026-04-30"
    second = _find(tasks, "Tập huấn nghiệp vụ hòa giải")
    assert _units(second["lead_units"]) == _units(["Phòng Tư pháp"])
    assert second["deadline"] == "2026-05-31"


def test_a_bold_pdf_item_wrapped_right_after_its_title_s_colon_keeps_the_person_doing_it() -> None:
    # the bold line "b) Title …:" reaches the margin; "Trưởng phòng X; thời gian: …" on the next line is the
    # rest of the same item, not a new paragraph
    blocks = _head("PHÒNG TƯ PHÁP", "32/KH-PTP", "Hòa Vang, ngày 10 tháng 3 năm 2026", "Tổ chức Hội thi hòa giải viên giỏi")
    blocks += [P("II. NỘI DUNG", bold=True), P("1. Công tác chuẩn bị", bold=True)]
    blocks += [
        P(f"{mark}) Ký quyết định thành lập Ban Giám khảo, Tổ giúp việc và Tổ Thư ký của Hội thi: Trưởng phòng Tư"
          " pháp huyện; thời gian: tháng 4/2026.", bold=True)
        for mark in "ab"
    ]
    blocks += _TAIL
    tasks = _read(Plan("bold_colon_wrap", blocks, []), "pdf")
    found = [t for t in tasks if key(t["title"]).startswith(key("Ký quyết định thành lập Ban Giám khảo"))]
    assert len(found) == 2
    for task in found:
        assert _units(task["lead_units"]) == _units(["Trưởng phòng Tư pháp huyện"])
        assert task["deadline"] == "2026-04-30"


def test_a_pdf_line_ending_in_the_progress_label_goes_on_with_its_time() -> None:
    # "… phối hợp. Tiến độ:" at the margin, "tháng 6/2026 (…)." below: the time of the same item
    blocks = _head("PHÒNG TƯ PHÁP", "33/KH-PTP", "Hòa Vang, ngày 11 tháng 3 năm 2026", "Phổ biến pháp luật về gia đình")
    blocks += [
        P("II. NỘI DUNG", bold=True),
        P("1. Tuyên truyền", bold=True),
        P("a) Tuyên truyền pháp luật về bình đẳng giới và phòng, chống bạo lực gia đình cho hội viên ở xã."
          " Giao Phòng Văn hóa - Xã hội chủ trì; Hội Nông dân xã, Đoàn Thanh niên xã phối hợp. Tiến độ:"
          " tháng 6/2026 (Tháng hành động quốc gia về phòng, chống bạo lực gia đình)."),
        *_TAIL,
    ]
    task = _find(_read(Plan("progress_wrap", blocks, []), "pdf"), "Tuyên truyền pháp luật về bình đẳng giới")
    assert _units(task["lead_units"]) == _units(["Phòng Văn hóa - Xã hội"])
    assert task["deadline"] == "2026-06-30"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_dash_titles_one_after_another_each_with_its_own_plus_lines_of_who_and_when(fmt: str) -> None:
    # a run of "- Title:" items straight under the roman part, each followed by "+ X chủ trì; Y phối hợp." and
    # "+ Thời gian: …": every title is a task of its own, not a block of the first
    blocks = _head("HỘI CỰU CHIẾN BINH XÃ", "05/KH-HCCB", "Mường Khương, ngày 12 tháng 01 năm 2026",
                   "Tuyên truyền pháp luật cho hội viên năm 2026")
    blocks += [
        P("II. NỘI DUNG", bold=True),
        P("- Tuyên truyền pháp luật về phòng, chống ma túy cho hội viên ở các thôn:"),
        P("+ Chi hội Cựu chiến binh thôn chủ trì; Công an xã phối hợp."),
        P("+ Thời gian: Quý II/2026."),
        P("- Tổ chức tọa đàm về an toàn giao thông cho con em hội viên:"),
        P("+ Ban Thường vụ Hội chủ trì; Đoàn Thanh niên xã, Trường Tiểu học xã phối hợp."),
        P("+ Thời gian: tháng 8/2026."),
        P("- Phổ biến quy định về bảo vệ môi trường nông thôn:"),
        P("+ Văn phòng Hội chủ trì; Hội Nông dân xã phối hợp."),
        P("+ Thời gian: Quý IV/2026."),
        *_TAIL,
    ]
    tasks = [t for t in _read(Plan("dash_titles_in_a_row", blocks, []), fmt) if not t["is_group"]]
    got = [(t["title"][:20], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("Tuyên truyền pháp lu", ["Chi hội Cựu chiến binh thôn"], ["Công an xã"], "2026-06-30"),
        ("Tổ chức tọa đàm về a", ["Ban Thường vụ Hội"], ["Đoàn Thanh niên xã", "Trường Tiểu học xã"],
         "2026-08-31"),
        ("Phổ biến quy định về", ["Văn phòng Hội"], ["Hội Nông dân xã"], "2026-12-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_upper_case_roman_parts_each_given_to_a_unit_on_a_giao_line_are_the_tasks(fmt: str) -> None:
    # no "NHIỆM VỤ" part: after the aims and the people it is for, each Roman part names one piece of work,
    # says it in a paragraph, then gives it on a line of its own ("Giao: A chủ trì; B phối hợp.") with its
    # time on the next ("Tiến độ: …"). Each such part is a task titled by its heading; the aims, the
    # people and the letterhead are not tasks
    blocks = _head("PHÒNG TƯ PHÁP", "41/KH-PTP", "Hòa Vang, ngày 02 tháng 4 năm 2026", "Tuyên truyền pháp luật về đê điều")
    blocks += [
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Hộ dân sống ven sông, chủ phương tiện khai thác cát và cán bộ thôn."),
        P("III. TUYÊN TRUYỀN TẠI CÁC THÔN VEN SÔNG", bold=True),
        P("Họp dân tại nhà văn hóa thôn, phát tờ gấp về hành vi bị cấm trong phạm vi bảo vệ đê."),
        P("Giao: Phòng Kinh tế chủ trì; Hội Nông dân huyện, Đoàn Thanh niên huyện phối hợp."),
        P("Tiến độ: Quý II/2026."),
        P("IV. PHÁT SÓNG TRÊN ĐÀI TRUYỀN THANH", bold=True),
        P("Phát định kỳ bản tin pháp luật về phòng, chống thiên tai trước mùa mưa bão."),
        P("Giao: Trung tâm Văn hóa - Thông tin huyện chủ trì, phối hợp với Phòng Kinh tế."),
        P("Tiến độ: Tháng 7 - tháng 9/2026."),
        P("V. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan được giao báo cáo kết quả trước ngày 15/12/2026."),
        P("Nơi nhận:"),
        P("- Lưu: VT."),
    ]
    tasks = _read(Plan("roman_parts_given", blocks, []), fmt)
    assert [t["title"] for t in tasks] == ["TUYÊN TRUYỀN TẠI CÁC THÔN VEN SÔNG", "PHÁT SÓNG TRÊN ĐÀI TRUYỀN THANH"]
    first, second = tasks
    assert _units(first["lead_units"]) == _units(["Phòng Kinh tế"])
    assert _units(first["coordinating_units"]) == _units(["Hội Nông dân huyện", "Đoàn Thanh niên huyện"])
    assert first["deadline"] == "2026-06-30"
    assert _units(second["lead_units"]) == _units(["Trung tâm Văn hóa - Thông tin huyện"])
    assert _units(second["coordinating_units"]) == _units(["Phòng Kinh tế"])
    assert second["deadline"] == "2026-09-30"


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize("mark", ["- ", "+ "])
def test_roman_parts_given_to_a_unit_stay_tasks_when_their_label_lines_are_dashed(fmt: str, mark: str) -> None:
    # the same layout as above, the labelled lines of a part written as dash (or plus) lines ("- Tiến độ: …",
    # "- Phối hợp: …"): such a line labels the part's work, it is no item of a list
    blocks = _head("PHÒNG VĂN HÓA", "12/KH-PVH", "Hòa Vang, ngày 06 tháng 3 năm 2026", "Tuyên truyền pháp luật về di sản")
    blocks += [
        P("II. ĐỐI TƯỢNG", bold=True),
        P("Người trông coi di tích, ban quản lý đình, chùa và du khách."),
        P("III. TUYÊN TRUYỀN TẠI CÁC DI TÍCH", bold=True),
        P("Dựng pa nô, phát tờ rơi về Luật Di sản văn hóa tại các di tích cấp tỉnh trên địa bàn."),
        P("Giao: Phòng Văn hóa chủ trì; Ban quản lý di tích huyện phối hợp."),
        P(f"{mark}Tiến độ: Quý III/2026."),
        P("IV. TẬP HUẤN CHO NGƯỜI TRÔNG COI DI TÍCH", bold=True),
        P("Mở một lớp tập huấn về bảo vệ di vật, cổ vật cho người trông coi di tích."),
        P("Giao: Trung tâm Văn hóa huyện chủ trì."),
        P(f"{mark}Phối hợp: Phòng Văn hóa."),
        P(f"{mark}Tiến độ: Tháng 5/2026."),
        P("V. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các cơ quan được giao báo cáo kết quả trước ngày 15/12/2026."),
        P("Nơi nhận:"),
        P("- Lưu: VT."),
    ]
    tasks = _read(Plan("roman_parts_dashed", blocks, []), fmt)
    got = [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("TUYÊN TRUYỀN TẠI CÁC DI TÍCH", ["Phòng Văn hóa"], ["Ban quản lý di tích huyện"], "2026-09-30"),
        ("TẬP HUẤN CHO NGƯỜI TRÔNG COI DI TÍCH", ["Trung tâm Văn hóa huyện"], ["Phòng Văn hóa"], "2026-05-31"),
    ]


def test_a_pdf_title_in_plain_type_over_the_paragraph_of_the_unit_doing_it_is_a_task() -> None:
    # unnumbered bold titles: the PDF's text layer keeps no bold, each title is a short line of its own
    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật trong Bộ Chỉ huy quân sự tỉnh năm 2026",
        "Lạng Sơn, ngày 03 tháng 02 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao ý thức pháp luật của cán bộ, chiến sĩ trong đơn vị.",
        "II. NHIỆM VỤ",
        "Phổ biến Luật Nghĩa vụ quân sự cho thanh niên",
        "Phòng Chính trị có trách nhiệm chủ trì, phối hợp với Phòng Tham mưu biên soạn tài liệu. Thời gian: Quý II/2026.",
        "Tập huấn pháp luật về quốc phòng cho dân quân",
        "Ban Chỉ huy quân sự các xã chủ trì tổ chức tập huấn; Phòng Hậu cần phối hợp. Hoàn thành trước ngày 31/10/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị triển khai thực hiện.",
    ]
    plan = Plan(name="plainheads", blocks=[P(line, bold=not line.startswith(("Phòng", "Ban", "Nâng", "Các"))) for line in lines])
    for fmt in ("docx", "pdf"):
        tasks = extract(to_docx(plan) if fmt == "docx" else to_pdf(plan), f"plan.{fmt}")["tasks"]
        assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
            ("Phổ biến Luật Nghĩa vụ quân sự cho thanh niên", ["Phòng Chính trị"], ["Phòng Tham mưu"], "2026-06-30"),
            ("Tập huấn pháp luật về quốc phòng cho dân quân", ["Ban Chỉ huy quân sự các xã"], ["Phòng Hậu cần"],
             "2026-10-31"),
        ], fmt


def test_a_long_pdf_title_ending_short_of_the_margin_over_the_unit_doing_it_is_a_task() -> None:
    # titles nearly a full line long: the text layer has no bold, and a long title line must not be read as
    # wrapped into the paragraph under it when that paragraph's first word would have fitted after it
    lines = [
        "KẾ HOẠCH",
        "Tuyên truyền pháp luật trong Bộ đội Biên phòng tỉnh năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiểu biết pháp luật của cán bộ, chiến sĩ và Nhân dân khu vực biên giới của tỉnh.",
        "II. NHIỆM VỤ",
        "Phổ biến Luật Biên giới quốc gia, Luật Biên phòng Việt Nam cho người dân xã biên giới",
        "Phòng Chính trị có trách nhiệm chủ trì, phối hợp với Đồn Biên phòng cửa khẩu biên soạn tài liệu. "
        "Thời gian: Quý III/2026.",
        "Tập huấn pháp luật về xuất nhập cảnh cho cán bộ các đồn biên phòng và tổ tự quản",
        "Phòng Tham mưu chủ trì tổ chức tập huấn; Ban Chỉ huy quân sự các xã phối hợp. "
        "Hoàn thành trước ngày 30/11/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan, đơn vị triển khai thực hiện.",
    ]
    plan = Plan(name="longplainheads", blocks=[P(line, bold=line.startswith(("Phổ", "Tập"))) for line in lines])
    for fmt in ("docx", "pdf"):
        tasks = extract(to_docx(plan) if fmt == "docx" else to_pdf(plan), f"plan.{fmt}")["tasks"]
        assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
            ("Phổ biến Luật Biên giới quốc gia, Luật Biên phòng Việt Nam cho người dân xã biên giới",
             ["Phòng Chính trị"], ["Đồn Biên phòng cửa khẩu"], "2026-09-30"),
            ("Tập huấn pháp luật về xuất nhập cảnh cho cán bộ các đồn biên phòng và tổ tự quản",
             ["Phòng Tham mưu"], ["Ban Chỉ huy quân sự các xã"], "2026-11-30"),
        ], fmt


def test_a_pdf_line_at_the_margin_runs_on_into_the_unit_of_its_sentence() -> None:
    # a sentence wrapped at the margin just before the unit it names: the unit's first word did not fit
    lines = [
        "Để bảo đảm tiến độ triển khai các nhiệm vụ phổ biến pháp luật trong năm, Ủy ban nhân dân tỉnh giao",
        "Sở Tư pháp có trách nhiệm chủ trì hướng dẫn, theo dõi việc thực hiện Kế hoạch này.",
        "Ngắn một dòng",
        "Sở Nội vụ chủ trì tổng hợp kết quả.",
    ]
    assert [b.text for b in readers._unwrap_pdf_lines(lines) if isinstance(b, readers.Para)] == [
        f"{lines[0]} {lines[1]}",
        lines[2],
        lines[3],
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_later_part_assigning_the_tasks_by_their_numbers_gives_each_its_units(fmt: str) -> None:
    # the tasks part lists the work and its time only; a later "PHÂN CÔNG" part assigns it task by task
    # ("Nhiệm vụ 2: A chủ trì; B phối hợp"): each task gets the units of the line naming its number, and those
    # lines are no tasks of their own
    blocks = _head("PHÒNG VĂN HÓA", "12/KH-PVH", "Hòa Vang, ngày 09 tháng 02 năm 2026",
                   "Tuyên truyền pháp luật về di sản văn hóa năm 2026")
    blocks += [
        P("II. NỘI DUNG", bold=True),
        P("1. Giới thiệu Luật Di sản văn hóa sửa đổi cho cán bộ văn hóa các xã. Thời gian: tháng 4/2026."),
        P("2. In sổ tay hỏi đáp về bảo vệ di tích cho Ban quản lý các di tích. Thời gian: Quý III/2026."),
        P("3. Tổ chức tham quan, tìm hiểu di tích cho học sinh. Thời gian: tháng 11/2026."),
        P("III. PHÂN CÔNG THỰC HIỆN", bold=True),
        P("Nhiệm vụ 1: Tổ Quản lý di sản chủ trì; Trung tâm Văn hóa huyện phối hợp."),
        P("Nhiệm vụ 2: Tổ Nghiệp vụ văn hóa chủ trì, phối hợp với Tổ Quản lý di sản."),
        P("Nhiệm vụ 3: Trung tâm Văn hóa huyện chủ trì thực hiện."),
        *_TAIL,
    ]
    tasks = _read(Plan("assigned_by_number", blocks, []), fmt)
    got = [(t["code"], t["title"][:18], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("1", "Giới thiệu Luật Di", ["Tổ Quản lý di sản"], ["Trung tâm Văn hóa huyện"], "2026-04-30"),
        ("2", "In sổ tay hỏi đáp ", ["Tổ Nghiệp vụ văn hóa"], ["Tổ Quản lý di sản"], "2026-09-30"),
        ("3", "Tổ chức tham quan,", ["Trung tâm Văn hóa huyện"], [], "2026-11-30"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_later_part_assigning_unit_by_unit_the_tasks_it_names_by_number(fmt: str) -> None:
    # the assignment part goes unit by unit, each naming the points of the tasks part it leads and the units
    # helping ("X: chủ trì thực hiện điểm 1.1 và 2.1 Mục II; phối hợp với Y thực hiện điểm 2.1"), or as a unit
    # heading over dash lines; a task it does not name keeps its own lead
    blocks = _head("UBND THỊ TRẤN", "20/KH-UBND", "Hòa Vang, ngày 16 tháng 3 năm 2026",
                   "Phổ biến pháp luật tại tổ dân phố năm 2026")
    blocks += [
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật", bold=True),
        P("1.1. Nói chuyện pháp luật về đất đai tại các tổ dân phố. Thời gian: Quý II/2026."),
        P("1.2. Cấp phát tài liệu về quyền của người tiêu dùng. Thời gian: tháng 9/2026."),
        P("1.3. Thi tìm hiểu pháp luật về giao thông cho thanh niên. Thời gian: tháng 10/2026."),
        P("2. Hòa giải ở cơ sở", bold=True),
        P("2.1. Bồi dưỡng kỹ năng cho hòa giải viên. Thời gian: tháng 5/2026."),
        P("2.2. Kiện toàn các tổ hòa giải (Công chức Tư pháp chủ trì, thời gian: tháng 3/2026)."),
        P("III. PHÂN CÔNG NHIỆM VỤ", bold=True),
        P("1. Công chức Tư pháp - Hộ tịch: chủ trì thực hiện các nội dung tại điểm 1.1 và 2.1 Mục II; "
          "phối hợp với Hội Nông dân thị trấn thực hiện điểm 1.1, phối hợp thực hiện điểm 1.3."),
        P("2. Văn phòng HĐND và UBND thị trấn: chủ trì thực hiện điểm 1.2 Mục II; Hội Phụ nữ thị trấn phối hợp."),
        P("3. Đoàn Thanh niên thị trấn:"),
        P("- Chủ trì thực hiện điểm 1.3 Mục II, phối hợp với Công an thị trấn."),
        P("4. Các tổ dân phố tạo điều kiện cho các buổi nói chuyện pháp luật."),
        *_TAIL,
    ]
    tasks = {t["code"]: t for t in _read(Plan("assigned_unit_by_unit", blocks, []), fmt)}
    got = {c: (t["lead_units"], t["coordinating_units"], t["deadline"]) for c, t in tasks.items() if "." in c}
    assert got == {
        "1.1": (["Công chức Tư pháp - Hộ tịch"], ["Hội Nông dân thị trấn"], "2026-06-30"),
        "1.2": (["Văn phòng HĐND và UBND thị trấn"], ["Hội Phụ nữ thị trấn"], "2026-09-30"),
        "1.3": (["Đoàn Thanh niên thị trấn"], ["Công chức Tư pháp - Hộ tịch", "Công an thị trấn"], "2026-10-31"),
        "2.1": (["Công chức Tư pháp - Hộ tịch"], [], "2026-05-31"),
        "2.2": (["Công chức Tư pháp"], [], "2026-03-31"),
    }
    assert sorted(tasks) == ["1.1", "1.2", "1.3", "2.1", "2.2"]  # the lines of the assignment part are no tasks


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_heading_with_one_titled_item_among_headings_of_several_is_a_group_like_them(fmt: str) -> None:
    # tasks grouped by the people they are for: most groups hold several "+ work: X chủ trì; Y phối hợp" items,
    # one holds a single such item; that heading is a group like the others, its item the task (not folded)
    blocks = _head("HỘI ĐỒNG PHỐI HỢP", "08/KH-HĐ", "Hòa Vang, ngày 20 tháng 01 năm 2026", "Phổ biến pháp luật theo đối tượng")
    blocks += [
        P("II. NHIỆM VỤ", bold=True),
        P("1. Đối với nông dân", bold=True),
        P("+ Phổ biến pháp luật về trồng trọt: Phòng Kinh tế chủ trì; Hội Nông dân huyện phối hợp; thời gian: Quý II/2026."),
        P("+ Tọa đàm về giống cây trồng: Trạm Khuyến nông chủ trì; thời gian: tháng 8/2026."),
        P("2. Đối với người cao tuổi", bold=True),
        P("+ Nói chuyện pháp luật về thừa kế: Phòng Tư pháp chủ trì; Hội Người cao tuổi huyện phối hợp; thời gian: "
          "tháng 10/2026."),
        P("3. Đối với tiểu thương", bold=True),
        P("+ Phổ biến quy định về an toàn thực phẩm: Phòng Y tế chủ trì; thời gian: tháng 4/2026."),
        P("+ Đối thoại về thuế khoán: Thuế cơ sở chủ trì; thời gian: tháng 5/2026."),
        *_TAIL,
    ]
    tasks = _read(Plan("one_item_among_groups", blocks, []), fmt)
    talk = _find(tasks, "Nói chuyện pháp luật về thừa kế")
    assert (talk["parent_code"], talk["lead_units"], talk["coordinating_units"], talk["deadline"]) == (
        "2", ["Phòng Tư pháp"], ["Hội Người cao tuổi huyện"], "2026-10-31")


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_duty_sentence_listing_its_work_with_commas_before_the_units_helping(fmt: str) -> None:
    # "X có trách nhiệm <work>, <more work>, phối hợp với Y": the units after "với" help; the work listed before
    # the comma is no unit. And an event named in quotes after "Tổ chức" is work, not a unit called "Tổ chức …"
    blocks = _head("SỞ CÔNG THƯƠNG", "33/KH-SCT", "Hòa Vang, ngày 04 tháng 3 năm 2026", "Phổ biến pháp luật về điện lực")
    blocks += [
        P("II. NHIỆM VỤ", bold=True),
        P("1. An toàn điện", bold=True),
        P("Phòng Quản lý điện năng có trách nhiệm hướng dẫn hành lang an toàn lưới điện, phòng chống tai nạn điện "
          "cho các hộ dân sống gần đường dây, phối hợp với các Điện lực khu vực; thời gian: trước ngày 31/5/2026."),
        P("2. Tuần lễ tiết kiệm điện", bold=True),
        P("- Tổ chức “Tuần lễ tiết kiệm điện” tại các khu dân cư: Phòng Kỹ thuật an toàn chủ trì; Đoàn Thanh niên "
          "Sở phối hợp; thời gian: tháng 6/2026."),
        P("- Phát tờ rơi về sử dụng điện an toàn: Văn phòng Sở chủ trì; thời gian: tháng 7/2026."),
        *_TAIL,
    ]
    tasks = _read(Plan("duty_work_with_commas", blocks, []), fmt)
    first = _find(tasks, "An toàn điện")
    assert (first["lead_units"], first["coordinating_units"], first["deadline"]) == (
        ["Phòng Quản lý điện năng"], ["các Điện lực khu vực"], "2026-05-31")
    week = _find(tasks, "Tổ chức “Tuần lễ tiết kiệm điện”")
    assert (week["lead_units"], week["coordinating_units"], week["deadline"]) == (
        ["Phòng Kỹ thuật an toàn"], ["Đoàn Thanh niên Sở"], "2026-06-30")


def test_a_pdf_lettered_title_ending_short_of_the_margin_over_the_unit_doing_it_keeps_its_unit_apart() -> None:
    # "a) Title … của Hội" ended short of the margin (a PDF keeps no bold): the paragraph under it, opened by the
    # unit doing the work, is not the title's wrapped end, even when the title ends in a unit's word
    lines = [
        "KẾ HOẠCH",
        "Tuyên truyền pháp luật cho hội viên năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiểu biết pháp luật của hội viên, nhất là hội viên ở các thôn, bản vùng cao của tỉnh.",
        "II. NỘI DUNG",
        "1. Tuyên truyền trên các phương tiện thông tin",
        "a) Duy trì chuyên mục hỏi đáp pháp luật nông nghiệp trên trang tin điện tử của Hội",
        "Ban Kiểm tra chủ trì, phối hợp với Văn phòng Hội và Trung tâm Dạy nghề tỉnh thực hiện; cập nhật "
        "hằng tháng.",
        "b) In tờ gấp pháp luật về đất đai cho hội viên",
        "Ban Kinh tế chủ trì; Sở Nông nghiệp và Môi trường phối hợp. Thời gian: Quý III/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các ban triển khai thực hiện.",
    ]
    plan = Plan(name="letteredplain", blocks=[P(line) for line in lines])
    tasks = extract(to_pdf(plan), "plan.pdf")["tasks"]
    assert [(t["title"], t["lead_units"], t["coordinating_units"]) for t in tasks if t["lead_units"]] == [
        ("Duy trì chuyên mục hỏi đáp pháp luật nông nghiệp trên trang tin điện tử của Hội", ["Ban Kiểm tra"],
         ["Văn phòng Hội", "Trung tâm Dạy nghề tỉnh"]),
        ("In tờ gấp pháp luật về đất đai cho hội viên", ["Ban Kinh tế"], ["Sở Nông nghiệp và Môi trường"]),
    ]


def test_a_pdf_dash_title_under_a_label_line_ending_far_short_of_the_margin_is_a_new_item() -> None:
    # "+ Thời gian: … Sở Giáo dục và Đào tạo" ended far before the longest line: the "- Title" under it would
    # have fitted after it, so it is the next item, not the second half of a name broken at a dash
    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Đưa pháp luật mới đến cán bộ và Nhân dân các thôn, tổ dân phố trên địa bàn, nhất là vùng khó khăn.",
        "II. NHIỆM VỤ",
        "- Tuyên truyền pháp luật về giao thông đường bộ cho học sinh",
        "+ Chủ trì: Công an xã",
        "+ Phối hợp: Đoàn Thanh niên xã",
        "+ Thời gian: Tháng 9/2026",
        "- Rà soát tủ sách pháp luật ở các trường học trên địa bàn",
        "+ Chủ trì: Phòng Văn hóa - Xã hội",
        "+ Thời gian: khi có hướng dẫn của Sở Giáo dục và Đào tạo",
        "- Tập huấn pháp luật về an toàn thực phẩm",
        "+ Chủ trì: Trạm Y tế xã",
        "+ Thời gian: Quý IV/2026",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đơn vị triển khai thực hiện.",
    ]
    plan = Plan(name="dashafterlabel", blocks=[P(line) for line in lines])
    tasks = extract(to_pdf(plan), "plan.pdf")["tasks"]
    assert [(t["title"], t["lead_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        ("Tuyên truyền pháp luật về giao thông đường bộ cho học sinh", ["Công an xã"], "2026-09-30", False),
        ("Rà soát tủ sách pháp luật ở các trường học trên địa bàn", ["Phòng Văn hóa - Xã hội"], "2026-12-31", True),
        ("Tập huấn pháp luật về an toàn thực phẩm", ["Trạm Y tế xã"], "2026-12-31", False),
    ]


def test_a_pdf_line_at_the_margin_inside_a_name_goes_on_after_a_dash_that_ends_the_sentence() -> None:
    # "… Đơn vị thực hiện: Phòng Kế hoạch" / "- Tài chính. Thời hạn: …": the dash joins the two fields of one
    # department's name (the line above broke at the margin), even when the name ends its sentence there
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "3. Rà soát các quy định nội bộ về mua sắm tài sản năm 2027. Đơn vị thực hiện: Phòng Kế hoạch",
        "- Tài chính. Thời hạn: trước ngày 30/6/2027, báo cáo kết quả rà soát về Ban Giám hiệu Trường.",
        "4. Tuyên truyền pháp luật về an toàn giao thông cho học sinh, sinh viên trước kỳ nghỉ hè.",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [" ".join(lines[:2]), lines[2]]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_numbered_items_opening_with_the_person_or_unit_doing_them_and_those_helping_are_led_by_them(fmt: str) -> None:
    # numbered items that are whole assignment sentences, without "Giao"/"Đề nghị": a person in charge of a
    # piece of work ("phụ trách theo dõi …"), a unit and its action verb, a person directing and leading it
    # ("… chỉ đạo, chủ trì"); each names units helping. A portfolio ("phụ trách lĩnh vực …") stays in the name.
    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật trong đoàn viên, hội viên năm 2026",
        "Tân Hòa, ngày 09 tháng 3 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Giúp đoàn viên, hội viên nắm được các luật mới.",
        "II. NỘI DUNG",
        "1. Chủ tịch Hội Cựu chiến binh xã phụ trách theo dõi việc phổ biến luật ở các thôn, phối hợp "
        "Ban Thanh tra nhân dân xã; thời gian: trước ngày 15/10/2026.",
        "2. Các đoàn thể xã phổ biến luật mới cho hội viên khi Ủy ban nhân dân xã đề nghị; Văn phòng Ủy ban "
        "Mặt trận xã phối hợp.",
        "3. Phó Chủ tịch Ủy ban nhân dân xã phụ trách lĩnh vực văn hóa chỉ đạo, chủ trì; Đoàn Thanh niên xã "
        "phối hợp. Thời gian: Quý III/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các đoàn thể báo cáo kết quả trước ngày 01/12/2026.",
    ]
    if fmt == "txt":
        data = "\n".join(lines).encode()
    else:
        plan = Plan(name="numbered_whole_assignments", blocks=[P(line) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = [t for t in extract(data, f"plan.{fmt}")["tasks"] if not t["is_group"]]
    assert [(t["code"], t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks] == [
        ("1", ["Chủ tịch Hội Cựu chiến binh xã"], ["Ban Thanh tra nhân dân xã"], "2026-10-15", False),
        ("2", ["Các đoàn thể xã"], ["Văn phòng Ủy ban Mặt trận xã"], "2026-12-31", True),
        ("3", ["Phó Chủ tịch Ủy ban nhân dân xã phụ trách lĩnh vực văn hóa"], ["Đoàn Thanh niên xã"], "2026-09-30",
         False),
    ]


def test_a_pdf_line_ending_in_a_joining_word_over_the_unit_doing_the_work_goes_on_into_it() -> None:
    # a line ending in "và" (or "của", "cho" …) is no title that ended short of the margin, even when the next
    # line opens with a unit and its duty: the name of the unit was broken after the joining word
    lines = [
        "Rà soát các tiêu chí về tiếp cận thông tin của xã năm 2026. Giao Phòng Kinh tế và",
        "Trung tâm Dịch vụ nông nghiệp xã chủ trì, phối hợp với các thôn thực hiện; hoàn thành trong",
        "tháng 9/2026.",
        "Phổ biến pháp luật về trồng trọt cho nông dân",
        "Trạm Khuyến nông chủ trì, phối hợp với Hội Nông dân xã tổ chức; thời gian: Quý III/2026.",
    ]
    assert [b.text for b in readers._unwrap_pdf_lines(lines) if isinstance(b, readers.Para)] == [
        " ".join(lines[:3]),
        lines[3],
        lines[4],
    ]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_a_task_titled_by_work_done_with_a_partner_has_that_partner_helping_its_labelled_lead(fmt: str) -> None:
    # "- Phối hợp với X <work>. Đơn vị thực hiện: Y.": Y leads (the label), X, named in the title, helps;
    # a task whose label names helpers of its own keeps them
    lines = [
        "KẾ HOẠCH",
        "Phổ biến pháp luật về lao động năm 2026",
        "Cần Thơ, ngày 12 tháng 02 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Giúp người lao động hiểu quyền và nghĩa vụ của mình.",
        "II. NỘI DUNG",
        "- Phối hợp với Hội Nông dân thành phố tuyên truyền pháp luật về hợp đồng lao động cho lao động mùa vụ. "
        "Đơn vị thực hiện: Phòng Chính sách lao động. Thời hạn: tháng 9/2026.",
        "- Phối hợp với Đài Phát thanh thành phố xây dựng chuyên mục hỏi đáp. Đơn vị thực hiện: Văn phòng, phối "
        "hợp Phòng Việc làm. Thời hạn: Quý II/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng báo cáo kết quả trước ngày 01/12/2026.",
    ]
    if fmt == "txt":
        data = "\n".join(lines).encode()
    else:
        plan = Plan(name="partner_in_title", blocks=[P(line) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = [t for t in extract(data, f"plan.{fmt}")["tasks"] if not t["is_group"]]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Chính sách lao động"], ["Hội Nông dân thành phố"], "2026-09-30"),
        (["Văn phòng"], ["Phòng Việc làm"], "2026-06-30"),
    ]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_plus_lines_under_a_dash_title_one_a_request_to_a_body_it_cannot_order_are_its_tasks(fmt: str) -> None:
    # "- Title:" / "+ X chủ trì …" / "+ Đề nghị Y phối hợp …": the request opens with "Đề nghị" before its unit,
    # and is the title's second task like the first, not a task of the part beside the title
    lines = [
        "KẾ HOẠCH",
        "Tuyên truyền chính sách bảo hiểm y tế năm 2026",
        "Vĩnh Long, ngày 05 tháng 02 năm 2026",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Mở rộng số người tham gia bảo hiểm y tế.",
        "II. NỘI DUNG",
        "- Đối thoại với người dân ở các ấp về bảo hiểm y tế hộ gia đình:",
        "+ Phòng Khai thác và Thu nợ chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức đối thoại. Thời hạn: "
        "Quý III/2026.",
        "+ Đề nghị Đoàn Thanh niên tỉnh, Hội Cựu chiến binh tỉnh phối hợp vận động đoàn viên, hội viên. Thời hạn: "
        "tháng 11/2026.",
        "- In tờ gấp về thủ tục cấp thẻ. Đơn vị thực hiện: Văn phòng. Thời hạn: Quý II/2026.",
        "III. TỔ CHỨC THỰC HIỆN",
        "Các phòng báo cáo kết quả trước ngày 01/12/2026.",
    ]
    if fmt == "txt":
        data = "\n".join(lines).encode()
    else:
        plan = Plan(name="plus_request", blocks=[P(line) for line in lines])
        data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    assert [(t["code"], t["parent_code"], t["is_group"], t["lead_units"], t["deadline"]) for t in tasks] == [
        ("1", None, True, [], "2026-11-30"),
        ("1.1", "1", False, ["Phòng Khai thác và Thu nợ"], "2026-09-30"),
        ("1.2", "1", False, ["Đoàn Thanh niên tỉnh", "Hội Cựu chiến binh tỉnh"], "2026-11-30"),
        ("2", None, False, ["Văn phòng"], "2026-06-30"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_dash_items_whose_time_label_line_comes_before_their_unit_lines(fmt: str) -> None:
    # "- Work:" / "+ Thời gian: …" / "+ Chủ trì: X" / "+ Phối hợp: Y": the time stated first, the units after
    # it; each dash item is still a task of its own with its units, not the units of the item below
    blocks = _head("ỦY BAN NHÂN DÂN XÃ AN HÒA", "21/KH-UBND", "An Hòa, ngày 10 tháng 2 năm 2026",
                   "Tuyên truyền pháp luật về đất đai năm 2026")
    blocks += [
        P("II. NỘI DUNG", bold=True),
        P("- Phát tờ gấp về thủ tục cấp giấy chứng nhận quyền sử dụng đất tại các thôn:"),
        P("+ Thời gian: Quý II/2026;"),
        P("+ Chủ trì: Phòng Kinh tế;"),
        P("+ Phối hợp: Trưởng các thôn."),
        P("- Tổ chức nói chuyện chuyên đề về giải quyết tranh chấp đất đai:"),
        P("+ Thời gian: Tháng 8/2026;"),
        P("+ Chủ trì: Công an xã;"),
        P("+ Phối hợp: Hội Nông dân xã, Hội Cựu chiến binh xã."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các đơn vị báo cáo kết quả trước ngày 10/12/2026."),
        P("Nơi nhận:"),
        P("- Lưu: VT."),
    ]
    tasks = _read(Plan("time_before_units", blocks, []), fmt)
    got = [(t["title"][:20], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("Phát tờ gấp về thủ t", ["Phòng Kinh tế"], ["Trưởng các thôn"], "2026-06-30"),
        ("Tổ chức nói chuyện c", ["Công an xã"], ["Hội Nông dân xã", "Hội Cựu chiến binh xã"], "2026-08-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_roman_parts_written_with_the_word_phan_are_parts(fmt: str) -> None:
    # "Phần I. MỤC ĐÍCH", "PHẦN II. NHIỆM VỤ": the word for "part" before the Roman numeral
    blocks = _head("SỞ XÂY DỰNG", "33/KH-SXD", "Hà Tĩnh, ngày 05 tháng 3 năm 2026",
                   "Phổ biến pháp luật về trật tự xây dựng năm 2026")
    blocks += [
        P("Phần II. NHIỆM VỤ", bold=True),
        P("1. Tập huấn về cấp phép xây dựng cho công chức cấp xã", bold=True),
        P("Đơn vị chủ trì: Phòng Quản lý xây dựng; phối hợp: Thanh tra Sở; thời gian: Quý III/2026."),
        P("2. Biên soạn sổ tay hỏi đáp về nhà ở", bold=True),
        P("Đơn vị chủ trì: Văn phòng Sở; thời gian: Tháng 10/2026."),
        P("PHẦN III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các phòng, đơn vị báo cáo kết quả trước ngày 05/12/2026."),
        P("Nơi nhận:"),
        P("- Lưu: VT."),
    ]
    tasks = _read(Plan("phan_parts", blocks, []), fmt)
    got = [(t["title"][:20], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("Tập huấn về cấp phép", ["Phòng Quản lý xây dựng"], ["Thanh tra Sở"], "2026-09-30"),
        ("Biên soạn sổ tay hỏi", ["Văn phòng Sở"], [], "2026-10-31"),
    ]


def test_a_pdf_heading_with_two_spaces_after_its_commas_ends_where_its_writer_ended_it() -> None:
    # a writer who types two spaces after each comma or colon: the heading line is not spread by justification,
    # so the unit opening the next line, which would have fitted after it, starts the heading's body
    from pbgdpl.plans.importer.readers import _unspread, _unwrap_pdf_lines

    lines = [
        "Các phòng chuyên môn thuộc Ban thực hiện kế hoạch này theo đúng tiến độ đã đề ra,  bảo đảm chất",
        "lượng và hiệu quả,  không để chậm trễ.",
        "3. Cập nhật văn bản,  tài liệu,  tin bài lên trang thông tin của Ban Quản lý",
        "Phòng Hành chính chủ trì,  các phòng chuyên môn phối hợp thực hiện hằng quý.",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [
        " ".join(lines[:2]),
        lines[2],
        lines[3],
    ]
    assert _unspread("Cập nhật văn bản,  tài liệu:  tờ gấp")
    assert not _unspread("Cập  nhật  văn  bản  tài  liệu")


def test_giao_sentence_coordinating_units_named_with_a_noun_like_bao_cao_vien_or_a_lower_case_kind_after_a_semicolon() -> None:
    # "… phối hợp với các đơn vị có báo cáo viên …; Y thực hiện": "báo cáo viên" (a reporter) is a noun, not the
    # verb "báo cáo" that ends the list; "A; công đoàn cơ sở … và B": a unit kind written in lower case after the
    # list's ";" goes on with the list
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026 của Sở Công Thương
Đà Nẵng, ngày 12 tháng 01 năm 2026
II. NỘI DUNG
1. Bồi dưỡng kiến thức pháp luật cho đội ngũ báo cáo viên
Giao Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị có báo cáo viên của Sở; Ủy ban nhân dân các phường thực hiện.
2. Tuyên truyền pháp luật về an toàn lao động
Giao Phòng Kỹ thuật an toàn chủ trì, phối hợp với Công đoàn ngành Công Thương; công đoàn các doanh nghiệp và Đài Phát thanh thành phố thực hiện.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả trước ngày 05/12/2026.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"]) for t in tasks]
    assert got == [
        (["Văn phòng Sở"], ["các phòng, đơn vị có báo cáo viên của Sở", "Ủy ban nhân dân các phường"]),
        (["Phòng Kỹ thuật an toàn"],
         ["Công đoàn ngành Công Thương", "công đoàn các doanh nghiệp", "Đài Phát thanh thành phố"]),
    ]


def test_a_pdf_unit_line_ending_in_the_level_of_its_area_at_the_margin_is_not_continued_by_the_dash_item_below() -> None:
    # "+ Phối hợp: …; Ủy ban Mặt trận … huyện" reaching the margin / "- Tuyên truyền …": a name ending in the level
    # of its area ("xã", "huyện", "tỉnh" …) is whole, the dash opens the next item; "… Phòng Văn hóa" / "- Xã hội"
    # still joins
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "- Hướng dẫn người dân thôn Đông thực hiện thủ tục đăng ký đất đai lần đầu trên cổng dịch vụ",
        "+ Thời gian: Quý III/2026",
        "+ Chủ trì: Phòng Kinh tế",
        "+ Phối hợp: Phòng Văn hóa - Xã hội; Công an huyện; Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
        "- Tuyên truyền pháp luật về phòng cháy chữa cháy cho các hộ kinh doanh nhỏ lẻ",
        "+ Thời gian: Tháng 9/2026",
        "+ Chủ trì: Công an xã",
        "+ Phối hợp: Công chức Văn hóa; Trường Tiểu học An Phú; Đoàn Thanh niên; Phòng Văn hóa",
        "- Xã hội",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == lines[:-2] + [" ".join(lines[-2:])]


def test_a_pdf_bold_heading_broken_a_little_short_of_the_margin_goes_on_with_its_bracketed_time() -> None:
    # a bold heading is wider than the body: "5. Title … nước Cộng hòa" / "Việt Nam (Tháng 11/2026)" broke at the
    # margin although the next word would fit by its count of letters, so the heading goes on into the next line
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "Phòng Tư pháp chủ trì, phối hợp với các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện rà soát",
        "các văn bản quy phạm pháp luật do Hội đồng nhân dân và Ủy ban nhân dân huyện ban hành trong",
        "năm trước, đề xuất sửa đổi, bổ sung hoặc bãi bỏ những văn bản không còn phù hợp với thực tế.",
        "3. Tổ chức cuộc thi tìm hiểu pháp luật về bảo vệ môi trường cho học sinh của huyện Đông",
        "Anh (Tháng 11/2026)",
        "Đơn vị chủ trì: Phòng Giáo dục và Đào tạo.",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [
        " ".join(lines[:3]), " ".join(lines[3:5]), lines[5],
    ]


def test_a_plan_carrying_out_a_law_named_with_its_year_takes_its_year_from_the_issue_date() -> None:
    text = """SỞ XÂY DỰNG
Số: 41/KH-SXD
Long Xuyên, ngày 10 tháng 3 năm 2027
KẾ HOẠCH
Triển khai thi hành Luật Nhà ở năm 2025
và các nghị định hướng dẫn
Căn cứ Luật Nhà ở số 12/2025/QH15;
I. MỤC ĐÍCH, YÊU CẦU
Đưa Luật vào cuộc sống.
II. NHIỆM VỤ
1. Giới thiệu Luật cho chủ đầu tư dự án nhà ở
Phòng Quản lý nhà chủ trì, phối hợp với Văn phòng Sở thực hiện; thời gian: thường xuyên.
2. Rà soát quy định về nhà ở xã hội
Phòng Pháp chế chủ trì; thời gian: Quý III.
III. TỔ CHỨC THỰC HIỆN
Các phòng thực hiện.
"""
    result = extract(text.encode(), "plan.txt")
    assert result["year"] == 2027
    assert [t["deadline"] for t in result["tasks"]] == ["2027-12-31", "2027-09-30"]
    # a plan for the year it names, issued the December before, keeps that year; so does a law of the issue year
    later = text.replace("ngày 10 tháng 3 năm 2027", "ngày 28 tháng 12 năm 2026").replace(
        "Luật Nhà ở năm 2025", "Luật Nhà ở năm 2025 trên địa bàn tỉnh năm 2027"
    )
    assert extract(later.encode(), "plan.txt")["year"] == 2027
    same = text.replace("Luật Nhà ở năm 2025", "Luật Nhà ở năm 2027")
    assert extract(same.encode(), "plan.txt")["year"] == 2027


def test_a_person_directing_the_work_in_person_leads_it() -> None:
    text = """KẾ HOẠCH
Phổ biến pháp luật năm 2026
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết.
II. NHIỆM VỤ
1. Lập nhóm trực tuyến hỏi đáp pháp luật ở các thôn. Phó Chủ tịch UBND xã phụ trách nội chính trực tiếp chỉ đạo; Công an xã, Hội Nông dân xã phối hợp. Hoàn thành trong tháng 8/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị thực hiện.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phó Chủ tịch UBND xã phụ trách nội chính"], ["Công an xã", "Hội Nông dân xã"], "2026-08-31")
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_units_asked_to_help_in_sentences_of_their_own_around_the_lead_coordinate(fmt: str) -> None:
    # a loose paragraph under each heading: the helpers asked in a sentence before or after the lead's, after
    # an opening phrase ("Khi triển khai, phối hợp với …"), with "hỗ trợ" or "phối hợp, <work>", one per clause
    blocks = _head("ỦY BAN NHÂN DÂN", "12/KH-UBND", "Quảng Trị, ngày 10 tháng 3 năm 2026",
                   "Phổ biến pháp luật trên địa bàn thị trấn năm 2026")
    blocks += [
        P("II. NỘI DUNG", bold=True),
        P("1. Phổ biến pháp luật về bảo vệ môi trường cho hộ kinh doanh"),
        P("Công chức Địa chính - Xây dựng là người chủ trì. Khi triển khai, phối hợp với Đoàn Thanh niên thị "
          "trấn và Trưởng các khu phố để vận động hộ kinh doanh ký cam kết. Thời gian: quý III/2026."),
        P("2. Tuyên truyền pháp luật về an toàn thực phẩm"),
        P("Giao Trạm Y tế thị trấn thực hiện. Hội Phụ nữ thị trấn phối hợp, phát tờ rơi. Thực hiện trong "
          "tháng 4/2026 (Tháng hành động vì an toàn thực phẩm)."),
        P("3. Tập huấn pháp luật cho tổ hòa giải"),
        P("Công chức Tư pháp - Hộ tịch chủ trì. Đề nghị Phòng Tư pháp huyện hỗ trợ giảng viên; Hội Luật gia "
          "huyện phối hợp chuẩn bị tài liệu. Thời gian: tháng 9/2026."),
        P("4. Phổ biến pháp luật về giao thông cho người đi xe máy"),
        P("Đề nghị Đội Cảnh sát giao thông huyện phối hợp. Công an thị trấn chủ trì thực hiện trong quý "
          "II/2026."),
        P("III. TỔ CHỨC THỰC HIỆN", bold=True),
        P("Các ngành, đoàn thể báo cáo kết quả trước ngày 30/11/2026."),
        P("Nơi nhận:"),
        P("- Lưu: VT."),
    ]
    tasks = _read(Plan("helpers_in_own_sentences", blocks, []), fmt)
    got = [(t["title"][:20], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("Phổ biến pháp luật v", ["Công chức Địa chính - Xây dựng"],
         ["Đoàn Thanh niên thị trấn", "Trưởng các khu phố"], "2026-09-30"),
        ("Tuyên truyền pháp lu", ["Trạm Y tế thị trấn"], ["Hội Phụ nữ thị trấn"], "2026-04-30"),
        ("Tập huấn pháp luật c", ["Công chức Tư pháp - Hộ tịch"], ["Phòng Tư pháp huyện", "Hội Luật gia huyện"],
         "2026-09-30"),
        ("Phổ biến pháp luật v", ["Công an thị trấn"], ["Đội Cảnh sát giao thông huyện"], "2026-06-30"),
    ]


def test_a_pdf_line_at_the_margin_then_a_dash_and_a_lower_case_word_is_a_wrapped_name_not_a_bullet() -> None:
    # "… Phòng Giáo dục mầm non" at the margin / "- tiểu học thực hiện …": the name's dash, not a new item;
    # a dash item in lower case after a line that ended short (or with punctuation) still opens its own line
    from pbgdpl.plans.importer.readers import _unwrap_pdf_lines

    lines = [
        "c) Tập huấn pháp luật về phòng, chống xâm hại trẻ em cho giáo viên các trường trên địa bàn. Giao",
        "Phòng Công tác học sinh chủ trì, phối hợp với Phòng Giáo dục thường xuyên và Phòng Giáo dục mầm non",
        "- tiểu học thực hiện trong quý III/2026.",
        "Các nội dung tập huấn gồm:",
        "- phòng, chống xâm hại tình dục trẻ em;",
    ]
    assert [getattr(b, "text", None) for b in _unwrap_pdf_lines(lines)] == [" ".join(lines[:3]), lines[3], lines[4]]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_unit_headings_asking_a_body_or_naming_several_units_lead_their_timed_dash_lines(fmt: str) -> None:
    # a commune plan going unit by unit: a heading may ask a body the plan cannot order ("Đề nghị …": the
    # unit is the body asked) or name several unions at once (each leads every line under it); "phối hợp
    # với các tổ chức …" names bodies, the work ("vận động …") comes after them
    blocks = _head("ỦY BAN NHÂN DÂN XÃ AN LẠC", "12/KH-UBND", "An Lạc, ngày 10 tháng 02 năm 2026",
                   "Phối hợp tuyên truyền pháp luật ở thôn năm 2026")
    blocks += [
        P("II. NHIỆM VỤ CỤ THỂ", bold=True),
        P("1. Văn phòng HĐND và UBND xã", bold=True),
        P("- Biên soạn tờ gấp pháp luật về đất đai phát cho các hộ; thời gian: tháng 5/2026."),
        P("2. Đề nghị Ủy ban MTTQ Việt Nam xã", bold=True),
        P("- Chủ trì, phối hợp với các tổ chức chính trị - xã hội xã vận động hộ gia đình giữ vệ sinh môi "
          "trường; thời gian: Quý III/2026."),
        P("3. Đề nghị Hội Cựu chiến binh xã, Hội Người cao tuổi xã, Đoàn Thanh niên xã, Hội Nông dân xã",
          bold=True),
        P("- Nói chuyện pháp luật trong buổi sinh hoạt của chi hội; thời gian: hằng quý."),
        *_TAIL,
    ]
    tasks = _read(Plan("commune_by_unit", blocks, []), fmt)
    got = [(t["title"][:18], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    unions = ["Hội Cựu chiến binh xã", "Hội Người cao tuổi xã", "Đoàn Thanh niên xã", "Hội Nông dân xã"]
    assert got == [
        ("Biên soạn tờ gấp p", ["Văn phòng HĐND và UBND xã"], [], "2026-05-31"),
        ("Chủ trì, phối hợp ", ["Ủy ban MTTQ Việt Nam xã"], ["các tổ chức chính trị - xã hội xã"], "2026-09-30"),
        ("Nói chuyện pháp lu", unions, [], "2026-12-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_lone_dash_item_saying_its_work_in_a_sentence_before_its_labels_is_a_task_under_its_heading(
    fmt: str,
) -> None:
    # "- Work …. Đơn vị chủ trì: X; phối hợp: Y; thời gian: …": the work in a sentence of its own, like the
    # "- Work …. Giao X chủ trì …" item: the heading stays its group also when it holds only this one item
    blocks = _head("SỞ CÔNG THƯƠNG", "40/KH-SCT", "Vinh, ngày 03 tháng 3 năm 2026",
                   "Phổ biến pháp luật cho thương nhân năm 2026")
    blocks += [
        P("II. NỘI DUNG", bold=True),
        P("1. Pháp luật về thương mại điện tử", bold=True),
        P("- Tập huấn quy định về bán hàng trên mạng cho hộ kinh doanh. Đơn vị chủ trì: Phòng Thương mại; "
          "phối hợp: Sở Khoa học và Công nghệ; thời gian: tháng 7/2026."),
        *_TAIL,
    ]
    tasks = _read(Plan("lone_worded_item", blocks, []), fmt)
    got = [(t["code"], t["title"][:18], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [  # (the group "1" has no lead: not read here)
        ("1.1", "Tập huấn quy định ", ["Phòng Thương mại"], ["Sở Khoa học và Công nghệ"], "2026-07-31"),
    ]
