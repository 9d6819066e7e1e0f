"""The families of wording plans use for sections, assignments and timeframes (issue 4, held-out misses).

Each case here is a family, written in this file's own words: the tasks part headed with "phân
công" in it, assignment sentences inside a task's paragraph ("Giao X …", "… do X chủ trì, Y phối
hợp", "X tham mưu …"), roles written after each unit ("X chủ trì; Y phối hợp"), label lines
("Cơ quan thực hiện:", "Trách nhiệm thực hiện:"), and a PDF cell's wrapped unit names.
"""

from __future__ import annotations

from typing import Any

import pytest

from pbgdpl.plans.importer.extractor import _Reader, extract
from pbgdpl.plans.importer.units import split_units, unwrap_cell

PLAN = """UBND HUYỆN AN PHÚ
Số: 12/KH-UBND
An Phú, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. {tasks_heading}
1. Tổ chức hội nghị phổ biến Luật Đất đai cho cán bộ do Phòng Tài nguyên và Môi trường chủ trì, \
Phòng Tư pháp phối hợp; hoàn thành trước ngày 30/6/2025.
2. Biên soạn tài liệu hỏi đáp pháp luật. Giao Phòng Tư pháp thực hiện trong tháng 5/2025.
3. Kiểm tra công tác phổ biến pháp luật tại các xã. Phòng Tư pháp chủ trì thực hiện; phối hợp: Văn \
phòng HĐND và UBND huyện, Phòng Nội vụ; định kỳ hằng quý.
4. Cập nhật văn bản lên Trang thông tin điện tử huyện
- Cơ quan thực hiện: Văn phòng HĐND và UBND huyện
- Thời gian: thường xuyên
5. Tuyên truyền pháp luật trên hệ thống truyền thanh
Đơn vị thực hiện: Trung tâm Văn hóa, Thông tin và Thể thao; phối hợp: UBND các xã, thị trấn; thời \
gian: Quý III/2025.
6. Hòa giải ở cơ sở
Trách nhiệm thực hiện: Phòng Tư pháp chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện. \
Thời gian: trong năm 2025.
7. Tổ chức Ngày Pháp luật. Phòng Tư pháp tham mưu UBND huyện tổ chức thực hiện trong tháng 11/2025.
8. Sơ kết công tác. Giao Phòng Tư pháp chủ trì; Văn phòng HĐND và UBND huyện, Phòng Nội vụ phối hợp \
thực hiện; thời gian: tháng 12/2025.
9. Trợ giúp pháp lý cho người có công. Thực hiện: Phòng Lao động - Thương binh và Xã hội chủ trì; \
Phòng Tư pháp phối hợp. Thời gian: khi có đề nghị của người dân.
III. TỔ CHỨC THỰC HIỆN
Phòng Tư pháp theo dõi, báo cáo kết quả trước ngày 15/12/2025.
"""

EXPECTED = [
    ("Tổ chức hội nghị", ["Phòng Tài nguyên và Môi trường"], ["Phòng Tư pháp"], "2025-06-30", False),
    ("Biên soạn tài liệu", ["Phòng Tư pháp"], [], "2025-05-31", False),
    (
        "Kiểm tra công tác",
        ["Phòng Tư pháp"],
        ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"],
        "2025-12-31",
        False,
    ),
    ("Cập nhật văn bản", ["Văn phòng HĐND và UBND huyện"], [], "2025-12-31", False),
    (
        "Tuyên truyền pháp luật",
        ["Trung tâm Văn hóa, Thông tin và Thể thao"],
        ["UBND các xã, thị trấn"],
        "2025-09-30",
        False,
    ),
    ("Hòa giải ở cơ sở", ["Phòng Tư pháp"], ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"], "2025-12-31", False),
    ("Tổ chức Ngày Pháp luật", ["Phòng Tư pháp"], [], "2025-11-30", False),
    (
        "Sơ kết công tác",
        ["Phòng Tư pháp"],
        ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"],
        "2025-12-31",
        False,
    ),
    (
        "Trợ giúp pháp lý",
        ["Phòng Lao động - Thương binh và Xã hội"],
        ["Phòng Tư pháp"],
        "2025-12-31",
        True,
    ),
]


@pytest.mark.parametrize(
    "tasks_heading",
    [
        "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
        "CÁC NHIỆM VỤ TRỌNG TÂM",
        "NỘI DUNG, NHIỆM VỤ",
        "NỘI DUNG THỰC HIỆN",
        "NHIỆM VỤ, GIẢI PHÁP",
        "NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG THỰC HIỆN",
    ],
)
def test_it_reads_assignments_written_in_prose_under_any_tasks_heading(tasks_heading: str) -> None:
    got = extract(PLAN.format(tasks_heading=tasks_heading).encode(), "plan.txt")

    tasks = got["tasks"]
    assert [t["code"] for t in tasks] == [str(i) for i in range(1, 10)]
    for task, (title, lead, coord, due, asked) in zip(tasks, EXPECTED, strict=True):
        assert task["title"].startswith(title)
        assert (task["lead_units"], task["coordinating_units"]) == (lead, coord), title
        assert (task["deadline"], task["on_request"]) == (due, asked), title
    assert not any("UBND HUYỆN" in t["title"] for t in tasks)  # the letterhead is not a task


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "tasks"),
        ("CÁC NHIỆM VỤ TRỌNG TÂM", "tasks"),
        ("NỘI DUNG THỰC HIỆN", "tasks"),
        ("TỔ CHỨC THỰC HIỆN", "organisation"),
        ("PHÂN CÔNG NHIỆM VỤ", "organisation"),
        ("TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ", "organisation"),
        ("MỤC ĐÍCH, YÊU CẦU", "purpose"),
        ("KINH PHÍ THỰC HIỆN", "budget"),
    ],
)
def test_sections_are_told_apart_by_the_words_their_heading_starts_with(heading: str, kind: str) -> None:
    assert _Reader._kind(heading) == kind


def test_tasks_under_a_phan_cong_heading_are_read_when_the_plan_has_no_other_tasks_part() -> None:
    text = PLAN.format(tasks_heading="PHÂN CÔNG NHIỆM VỤ")
    got = extract(text.encode(), "plan.txt")

    assert len(got["tasks"]) == 9
    assert got["tasks"][1]["lead_units"] == ["Phòng Tư pháp"]


@pytest.mark.parametrize(
    ("cell", "capacity", "names"),
    [
        # the next word would not have fitted: the name was wrapped by the cell's width
        ("Đoàn Thanh niên\nCông an tỉnh", 18, ["Đoàn Thanh niên Công an tỉnh"]),
        ("Thanh tra Công\nan tỉnh", 15, ["Thanh tra Công an tỉnh"]),
        # short lines that read as whole names: the writer put one unit a line
        ("Tỉnh đoàn\nCông an tỉnh\nSở Tư pháp", 13, ["Tỉnh đoàn", "Công an tỉnh", "Sở Tư pháp"]),
        ("Sở Tư pháp\nSở Nội vụ", 30, ["Sở Tư pháp", "Sở Nội vụ"]),
        # a name waiting for its end, or a line continuing in lower case
        ("Phòng Cảnh sát\nquản lý hành\nchính", 14, ["Phòng Cảnh sát quản lý hành chính"]),
        ("Văn phòng\nUBND tỉnh", 30, ["Văn phòng UBND tỉnh"]),
    ],
)
def test_a_pdf_cells_line_breaks_separate_units_only_where_the_writer_put_them(
    cell: str, capacity: int, names: list[str]
) -> None:
    assert split_units(unwrap_cell(cell, capacity)) == names


@pytest.mark.parametrize(
    ("timeframe", "due"),
    [
        ("Tháng 3 - 4/2025", "2025-04-30"),  # a range of months, not the date 3/4
        ("Tháng 10 - 11", "2025-11-30"),
        ("Đợt 1: tháng 4; Đợt 2: tháng 10", "2025-10-31"),  # the last round ends the task
        ("trong tháng 5/2025", "2025-05-31"),
        ("định kỳ hằng quý", "2025-12-31"),
        ("thường xuyên", "2025-12-31"),
        ("Từ 01/10 đến 30/11", "2025-11-30"),
    ],
)
def test_timeframe_families_give_the_last_day_they_allow(timeframe: str, due: str) -> None:
    from pbgdpl.plans.importer.periods import deadline

    found = deadline(timeframe, 2025)
    assert found is not None and found.isoformat() == due


_TABLE = [
    ["STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành"],
    [
        "1",
        "Tổ chức hội nghị quán triệt Luật Phổ biến, giáo dục pháp luật cho cán bộ chủ chốt của các cơ quan",
        "Chủ trì: Phòng Tư pháp huyện. Phối hợp: Văn phòng HĐND và UBND huyện, Phòng Nội vụ",
        "Tháng 3 - 4/2025",
    ],
    [
        "2",
        "Xây dựng tủ sách pháp luật điện tử",
        "Chủ trì: Văn phòng HĐND và UBND huyện\nPhối hợp: Trung tâm Văn hóa, Thông tin và Thể thao",
        "Quý II/2025",
    ],
    [
        "3",
        "Tuyên truyền trên loa truyền thanh",
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì; UBND các xã, thị trấn phối hợp",
        "Thường xuyên",
    ],
    ["4", "Báo cáo kết quả", "Phòng Tư pháp", "Trước ngày 15/12/2025"],
]
_TABLE_EXPECTED = [
    (["Phòng Tư pháp huyện"], ["Văn phòng HĐND và UBND huyện", "Phòng Nội vụ"], "2025-04-30"),
    (["Văn phòng HĐND và UBND huyện"], ["Trung tâm Văn hóa, Thông tin và Thể thao"], "2025-06-30"),
    (["Trung tâm Văn hóa, Thông tin và Thể thao huyện"], ["UBND các xã, thị trấn"], "2025-12-31"),
    (["Phòng Tư pháp"], [], "2025-12-15"),
]


def _table_plan_pdf(borders: str) -> bytes:
    """A plan whose task table has vertically centred cells (fpdf2's default), drawn with ``borders``."""
    import logging

    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    from pbgdpl.plans.importer.tests.heldout import FONT_DIR

    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    head = [
        "UBND HUYỆN AN PHÚ",
        "Số: 15/KH-UBND",
        "An Phú, ngày 10 tháng 01 năm 2025",
        "KẾ HOẠCH",
        "Phổ biến pháp luật năm 2025",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiểu biết pháp luật.",
        "II. NỘI DUNG THỰC HIỆN",
    ]
    for text in head:
        pdf.multi_cell(width, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(8, 50, 40, 22), borders_layout=borders, first_row_as_headings=False) as table:
        for row in _TABLE:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.set_font("DejaVu", "", 11)
    for text in ("III. TỔ CHỨC THỰC HIỆN", "Phòng Tư pháp theo dõi."):
        pdf.multi_cell(width, 6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())


@pytest.mark.parametrize("borders", ["ALL", "HORIZONTAL_LINES", "NONE"])
def test_a_pdf_table_with_centred_cells_and_labelled_unit_cells_reads_row_by_row(borders: str) -> None:
    got = extract(_table_plan_pdf(borders), "plan.pdf")

    tasks = got["tasks"]
    assert [t["code"] for t in tasks] == ["1", "2", "3", "4"]
    for task, (lead, coord, due) in zip(tasks, _TABLE_EXPECTED, strict=True):
        assert (task["lead_units"], task["coordinating_units"], task["deadline"]) == (lead, coord, due)


PLAN_LABELS = """SỞ TƯ PHÁP TỈNH X
Số: 20/KH-STP
X, ngày 05 tháng 02 năm 2025
KẾ HOẠCH
Tuyên truyền pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NỘI DUNG, NHIỆM VỤ
1. Tổ chức hội thi trực tuyến tìm hiểu pháp luật. Thời gian: Quý II/2025. Giao Phòng Phổ biến, giáo \
dục pháp luật chủ trì.
2. Biên soạn đề cương giới thiệu luật mới
- Cơ quan, đơn vị chủ trì: Phòng Xây dựng và Kiểm tra văn bản
- Cơ quan, đơn vị phối hợp: Văn phòng Sở, Thanh tra Sở
- Thời gian thực hiện: tháng 6 - 7/2025
3. Cập nhật Cơ sở dữ liệu quốc gia về pháp luật
Đơn vị tham mưu: Văn phòng Sở; thời hạn: hằng tháng.
4. Tổ chức tập huấn cho báo cáo viên pháp luật
Phòng Phổ biến, giáo dục pháp luật chủ trì, phối hợp với Trường Chính trị tỉnh tổ chức trong Quý III/2025.
5. Rà soát văn bản quy phạm pháp luật. Sở Tư pháp chủ trì, phối hợp với các cơ quan, tổ chức có liên \
quan thực hiện trong năm 2025.
III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị thuộc Sở triển khai thực hiện.
"""


def test_label_variants_and_a_verb_after_the_coordinating_units() -> None:
    tasks = extract(PLAN_LABELS.encode(), "plan.txt")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (["Phòng Phổ biến, giáo dục pháp luật"], [], "2025-06-30"),
        (["Phòng Xây dựng và Kiểm tra văn bản"], ["Văn phòng Sở", "Thanh tra Sở"], "2025-07-31"),
        (["Văn phòng Sở"], [], "2025-12-31"),
        (["Phòng Phổ biến, giáo dục pháp luật"], ["Trường Chính trị tỉnh"], "2025-09-30"),
        (["Sở Tư pháp"], ["các cơ quan, tổ chức có liên quan"], "2025-12-31"),
    ]


@pytest.mark.parametrize("grid", [True, False])
def test_a_word_table_with_centred_cells_printed_by_libreoffice_reads_row_by_row(tmp_path, grid) -> None:  # type: ignore[no-untyped-def]
    """Word's "centre vertically" cells and a header wrapped over three lines, across page breaks."""
    import shutil
    import subprocess

    import docx
    from docx.enum.table import WD_ALIGN_VERTICAL

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    document = docx.Document()
    for text in ("UBND HUYỆN AN PHÚ", "Số: 15/KH-UBND", "An Phú, ngày 10 tháng 01 năm 2025", "KẾ HOẠCH"):
        document.add_paragraph(text)
    for text in (
        "Phổ biến pháp luật năm 2025",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Nâng cao hiểu biết.",
        "II. NỘI DUNG",
    ):
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=4)
    if grid:
        table.style = "Table Grid"
    expected = []
    rows = [_TABLE[0]]
    for _round in range(5):
        for row, want in zip(_TABLE[1:], _TABLE_EXPECTED, strict=True):
            rows.append([str(len(rows)), *row[1:]])
            expected.append(want)
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
            cell.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    document.save(tmp_path / "plan.docx")
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

    tasks = extract((tmp_path / "plan.pdf").read_bytes(), "plan.pdf")["tasks"]

    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == expected


PLAN_BULLETS = """UBND XÃ AN BÌNH
Số: 05/KH-UBND
An Bình, ngày 05 tháng 01 năm 2025
KẾ HOẠCH
Phổ biến pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Công tác tuyên truyền
- Tổ chức tuyên truyền trên hệ thống loa truyền thanh xã. Giao Công chức Văn hóa - Xã hội chủ trì, phối \
hợp với Đài truyền thanh xã thực hiện thường xuyên.
- Tổ chức hội nghị tuyên truyền pháp luật cho Nhân dân tại các thôn do Công chức Tư pháp - Hộ tịch chủ \
trì, Ban Công an xã phối hợp; thời gian: Quý II/2025.
2. Công tác hòa giải ở cơ sở
a) Kiện toàn tổ hòa giải. Công chức Tư pháp - Hộ tịch tham mưu thực hiện trong Quý I/2025.
b) Bồi dưỡng nghiệp vụ cho hòa giải viên: Công chức Tư pháp - Hộ tịch chủ trì; Ủy ban Mặt trận Tổ quốc \
Việt Nam xã phối hợp; thời gian: tháng 8/2025.
III. TỔ CHỨC THỰC HIỆN
Công chức Tư pháp - Hộ tịch theo dõi.
"""


def test_assignments_after_dash_bullets_and_after_a_colon_in_a_commune_plan() -> None:
    tasks = extract(PLAN_BULLETS.encode(), "plan.txt")["tasks"]

    got = [(t["code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("1", [], [], "2025-12-31"),
        ("1.1", ["Công chức Văn hóa - Xã hội"], ["Đài truyền thanh xã"], "2025-12-31"),
        ("1.2", ["Công chức Tư pháp - Hộ tịch"], ["Ban Công an xã"], "2025-06-30"),
        ("2", [], [], "2025-08-31"),
        ("2.a", ["Công chức Tư pháp - Hộ tịch"], [], "2025-03-31"),
        ("2.b", ["Công chức Tư pháp - Hộ tịch"], ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"], "2025-08-31"),
    ]
    assert tasks[5]["title"] == "Bồi dưỡng nghiệp vụ cho hòa giải viên"


def _prose_pdf(text: str, size: int) -> bytes:
    import logging

    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    from pbgdpl.plans.importer.tests.heldout import FONT_DIR

    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "", size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for line in text.splitlines():
        pdf.multi_cell(width, 6, line, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    return bytes(pdf.output())


@pytest.mark.parametrize("size", [9, 11, 13])
@pytest.mark.parametrize("name", ["prose", "labels", "bullets"])
def test_the_wording_plans_read_the_same_from_a_justified_pdf_as_from_text(name: str, size: int) -> None:
    """Lines wrapped anywhere (after "thời gian:", before "- Xã hội", inside a unit's name)."""
    text = {
        "prose": PLAN.format(tasks_heading="NỘI DUNG THỰC HIỆN"),
        "labels": PLAN_LABELS,
        "bullets": PLAN_BULLETS,
    }[name]

    def fields(data: bytes, filename: str) -> list[tuple[Any, ...]]:
        tasks = extract(data, filename)["tasks"]
        return [
            (t["code"], t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"])
            for t in tasks
        ]

    assert fields(_prose_pdf(text, size), "plan.pdf") == fields(text.encode(), "plan.txt")


@pytest.mark.parametrize(
    ("cell", "lead", "coord"),
    [
        ("Sở Tư pháp (chủ trì); Sở Nội vụ, Công an tỉnh", "Sở Tư pháp", "Sở Nội vụ, Công an tỉnh"),
        ("Phòng A (Chủ trì)\nPhòng B (phối hợp)", "Phòng A", "Phòng B"),
        ("Văn phòng UBND tỉnh (chủ trì)", "Văn phòng UBND tỉnh", None),
        ("Văn phòng chủ trì; Ban Tuyên huấn phối hợp", "Văn phòng", "Ban Tuyên huấn"),
        ("Ban A chủ trì; Ban B, Hội C các xã phối hợp; thời gian: Quý II", "Ban A", "Ban B, Hội C các xã"),
        ("Sở A chủ trì, phối hợp với Sở B; Sở C thực hiện trong Quý II", "Sở A", "Sở B; Sở C"),
        (
            "Sở Tư pháp chủ trì, phối hợp với các đơn vị: Sở Y tế, Sở Nội vụ thực hiện trong Quý II",
            "Sở Tư pháp",
            "Sở Y tế, Sở Nội vụ",
        ),
        # a long list of coordinating units (more words than any one name has)
        (
            "Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Sở Tài chính, Sở Y tế, Sở Giáo dục và Đào tạo, "
            "Sở Lao động - Thương binh và Xã hội, Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền "
            "thông, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh và UBND các huyện, thị xã, thành phố triển khai "
            "thực hiện trong năm 2025",
            "Sở Tư pháp",
            "Sở Nội vụ, Sở Tài chính, Sở Y tế, Sở Giáo dục và Đào tạo, Sở Lao động - Thương binh và Xã hội, "
            "Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Công an tỉnh, Bộ Chỉ huy Quân sự "
            "tỉnh và UBND các huyện, thị xã, thành phố",
        ),
        # other ways of saying who leads
        (
            "Giao Sở Tư pháp làm đầu mối, phối hợp với Sở Nội vụ thực hiện trong Quý II",
            "Sở Tư pháp",
            "Sở Nội vụ",
        ),
        ("Sở Tư pháp chủ động phối hợp với Sở Nội vụ tổ chức thực hiện", "Sở Tư pháp", "Sở Nội vụ"),
        ("Giao Sở Tư pháp phối hợp với Sở Nội vụ tham mưu UBND tỉnh tổ chức", "Sở Tư pháp", "Sở Nội vụ"),
        ("Giao Sở Tư pháp hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện", "Sở Tư pháp", None),
        (
            "Giao Sở Tư pháp tổ chức thực hiện; Sở Nội vụ phối hợp; hoàn thành trong Quý II",
            "Sở Tư pháp",
            "Sở Nội vụ",
        ),
        ("Các sở, ban, ngành căn cứ chức năng, nhiệm vụ tổ chức thực hiện", "Các sở, ban, ngành", None),
        # lower-case words inside a unit's name are not its verb
        (
            "Giao Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh tổ chức thực hiện",
            "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh",
            None,
        ),
        ("Giao Đoàn kiểm tra liên ngành thực hiện trong Quý II", "Đoàn kiểm tra liên ngành", None),
        (
            "Giao Ban chỉ đạo phổ biến, giáo dục pháp luật huyện thực hiện",
            "Ban chỉ đạo phổ biến, giáo dục pháp luật huyện",
            None,
        ),
        # a lower-case word after ";" is not a unit's head, even when a head is spelt the same ("Đội")
        (
            "Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ; đội ngũ báo cáo viên tham gia đầy đủ",
            "Phòng Tư pháp",
            "Phòng Nội vụ",
        ),
    ],
)
def test_a_cell_or_sentence_says_which_unit_leads(cell: str, lead: str, coord: str | None) -> None:
    from pbgdpl.plans.importer.extractor import _roles

    roles = _roles(cell)
    assert roles is not None and (roles.lead, roles.coord) == (lead, coord)


def test_a_table_with_one_column_for_the_lead_and_coordinating_units() -> None:
    rows = [
        ["TT", "Nội dung", "Cơ quan chủ trì, phối hợp", "Thời gian"],
        ["1", "Tổ chức hội nghị tập huấn", "Sở Tư pháp (chủ trì); Sở Nội vụ, Công an tỉnh", "Quý II/2025"],
        ["2", "Biên soạn tài liệu", "Phòng Tư pháp (chủ trì), các phòng, đơn vị liên quan", "Tháng 9/2025"],
    ]
    saved = list(_TABLE)
    _TABLE[:] = rows
    try:
        tasks = extract(_table_plan_pdf("ALL"), "plan.pdf")["tasks"]
    finally:
        _TABLE[:] = saved

    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Sở Tư pháp"], ["Sở Nội vụ", "Công an tỉnh"], "2025-06-30"),
        (["Phòng Tư pháp"], ["các phòng, đơn vị liên quan"], "2025-09-30"),
    ]


def test_a_word_table_cell_with_bulleted_role_labels() -> None:
    import io

    import docx

    document = docx.Document()
    for text in ("UBND HUYỆN A", "Số: 1/KH-UBND", "A, ngày 1 tháng 2 năm 2025", "KẾ HOẠCH", "II. NHIỆM VỤ"):
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=4)
    rows = [
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
        [
            "1",
            "Tổ chức hội nghị",
            "- Chủ trì: Phòng Tư pháp\n- Phối hợp: Phòng Nội vụ, Văn phòng UBND huyện",
            "Quý II/2025",
        ],
        [
            "2",
            "Tập huấn",
            "+ Chủ trì: Phòng Văn hóa và Thông tin\n+ Phối hợp: UBND các xã, thị trấn",
            "Tháng 10/2025",
        ],
    ]
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            first, *more = text.split("\n")
            cell.text = first
            for line in more:
                cell.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)

    tasks = extract(buffer.getvalue(), "plan.docx")["tasks"]

    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Tư pháp"], ["Phòng Nội vụ", "Văn phòng UBND huyện"], "2025-06-30"),
        (["Phòng Văn hóa và Thông tin"], ["UBND các xã, thị trấn"], "2025-10-31"),
    ]


def test_activities_numbered_in_words() -> None:
    text = """SỞ NỘI VỤ TỈNH B
Số: 3/KH-SNV
B, ngày 1 tháng 3 năm 2025
KẾ HOẠCH
Phổ biến pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao.
II. NỘI DUNG HOẠT ĐỘNG
Hoạt động 1: Tổ chức hội nghị phổ biến Luật Cán bộ, công chức
- Đơn vị chủ trì: Phòng Công chức, viên chức
- Thời gian: Quý II/2025
Hoạt động 2. Biên soạn tài liệu hỏi đáp
- Đơn vị chủ trì: Văn phòng Sở
- Thời gian: Tháng 7/2025
Nhiệm vụ 3: Kiểm tra việc thực hiện
- Đơn vị chủ trì: Thanh tra Sở
- Đơn vị phối hợp: Văn phòng Sở
- Thời gian: Quý IV/2025
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]

    assert [(t["code"], t["title"], t["lead_units"], t["deadline"]) for t in tasks] == [
        (
            "1",
            "Tổ chức hội nghị phổ biến Luật Cán bộ, công chức",
            ["Phòng Công chức, viên chức"],
            "2025-06-30",
        ),
        ("2", "Biên soạn tài liệu hỏi đáp", ["Văn phòng Sở"], "2025-07-31"),
        ("3", "Kiểm tra việc thực hiện", ["Thanh tra Sở"], "2025-12-31"),
    ]


def test_a_heading_that_is_itself_the_assignment_keeps_its_words_and_gets_its_units() -> None:
    text = """UBND HUYỆN C
Số: 3/KH-UBND
C, ngày 1 tháng 3 năm 2025
KẾ HOẠCH
II. NHIỆM VỤ
1. Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ tổ chức hội nghị phổ biến luật mới trong Quý II/2025.
2. Giao Văn phòng UBND huyện chủ trì cập nhật văn bản lên Cổng thông tin điện tử huyện thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Phòng Tư pháp theo dõi.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]

    assert tasks[0]["title"].startswith("Phòng Tư pháp chủ trì, phối hợp với Phòng Nội vụ tổ chức hội nghị")
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Phòng Tư pháp"], ["Phòng Nội vụ"], "2025-06-30"),
        (["Văn phòng UBND huyện"], [], "2025-12-31"),
    ]


@pytest.mark.parametrize(
    ("timeframe", "asked"),
    [
        ("sau khi Luật được Quốc hội thông qua", True),
        ("khi Nghị định hướng dẫn có hiệu lực", True),
        ("khi có đề nghị của người dân", True),
        ("theo chỉ đạo của UBND tỉnh", True),
        ("trong Quý II/2025", False),
        ("thường xuyên", False),
    ],
)
def test_timeframes_that_wait_for_an_outside_event(timeframe: str, asked: bool) -> None:
    from pbgdpl.plans.importer.periods import on_request

    assert on_request(timeframe) is asked


def test_an_assignment_inside_a_content_label() -> None:
    text = """UBND HUYỆN A
Số: 1/KH-UBND
A, ngày 1 tháng 2 năm 2025
KẾ HOẠCH
II. NHIỆM VỤ
1. Xây dựng tủ sách pháp luật
Nội dung: xây dựng tủ sách điện tử. Văn phòng UBND huyện chủ trì; Phòng Văn hóa và Thông tin phối hợp; \
thời gian: tháng 9/2025.
2. Tập huấn
- Nội dung: tập huấn kỹ năng hòa giải
- Đơn vị chủ trì: Phòng Tư pháp
- Thời gian: Quý III/2025
III. TỔ CHỨC THỰC HIỆN
Phòng Tư pháp theo dõi.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]

    assert [(t["lead_units"], t["coordinating_units"], t["deadline"], t["content"]) for t in tasks] == [
        (["Văn phòng UBND huyện"], ["Phòng Văn hóa và Thông tin"], "2025-09-30", "xây dựng tủ sách điện tử."),
        (["Phòng Tư pháp"], [], "2025-09-30", "tập huấn kỹ năng hòa giải"),
    ]


def test_labels_written_in_brackets() -> None:
    text = """UBND XÃ B
Số: 3/KH-UBND
B, ngày 5 tháng 1 năm 2025
KẾ HOẠCH
II. NHIỆM VỤ
1. Tổ chức hội nghị phổ biến Luật Đất đai (Thời gian thực hiện: Quý III/2025)
Chủ trì: Công chức Tư pháp - Hộ tịch; Phối hợp: Hội Nông dân xã
2. Biên soạn tờ gấp pháp luật
Chủ trì: Văn phòng HĐND và UBND xã
(Thời hạn hoàn thành: trong tháng 5/2025) để phát cho các thôn
3. Rà soát tủ sách pháp luật (Đơn vị chủ trì: Hội Phụ nữ xã; Tiến độ: tháng 8/2025).
III. TỔ CHỨC THỰC HIỆN
Công chức Tư pháp - Hộ tịch theo dõi.
"""
    tasks = extract(text.encode(), "plan.txt")["tasks"]

    assert [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (
            "Tổ chức hội nghị phổ biến Luật Đất đai",
            ["Công chức Tư pháp - Hộ tịch"],
            ["Hội Nông dân xã"],
            "2025-09-30",
        ),
        ("Biên soạn tờ gấp pháp luật", ["Văn phòng HĐND và UBND xã"], [], "2025-05-31"),
        ("Rà soát tủ sách pháp luật", ["Hội Phụ nữ xã"], [], "2025-08-31"),
    ]


@pytest.mark.parametrize(
    ("timeframe", "asked"),
    [
        ("khi Phòng Văn hóa huyện có kế hoạch kiểm tra", True),
        ("Khi được cấp kinh phí", True),
        ("khi có chỉ đạo của Ban Thường vụ", True),
        ("sau khi hoàn thành việc rà soát", True),
        ("Quý III/2025 (khi tỉnh tổ chức hội thi)", True),
        ("khi cần thiết", False),
        ("trong năm, nhất là khi cần", False),
        ("Quý III/2025", False),
    ],
)
def test_a_timeframe_starting_with_khi_and_an_event_waits_for_it(timeframe: str, asked: bool) -> None:
    from pbgdpl.plans.importer.periods import on_request

    assert on_request(timeframe) is asked


PLAN_LETTER_GROUPS = """UBND XÃ IA DƠK
Số: 05/KH-UBND
Ia Dơk, ngày 08 tháng 01 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NHIỆM VỤ
A. TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT
1. Tuyên truyền trên hệ thống loa truyền thanh. Giao Công chức Văn hóa - Xã hội thực hiện thường xuyên.
2. Tổ chức Ngày Pháp luật. Giao Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Đoàn Thanh niên xã \
thực hiện trong tháng 11/2025.
B. HÒA GIẢI Ở CƠ SỞ
1. Kiện toàn tổ hòa giải. Giao Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Ủy ban MTTQ Việt Nam xã \
thực hiện trong Quý I/2025.
III. TỔ CHỨC THỰC HIỆN
Công chức Tư pháp - Hộ tịch theo dõi.
"""


def test_groups_lettered_a_b_above_numbered_tasks() -> None:
    tasks = extract(PLAN_LETTER_GROUPS.encode(), "plan.txt")["tasks"]

    got = [(t["code"], t["parent_code"], t["title"], t["lead_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("A", None, "TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT", [], "2025-12-31"),
        (
            "A.1",
            "A",
            "Tuyên truyền trên hệ thống loa truyền thanh",
            ["Công chức Văn hóa - Xã hội"],
            "2025-12-31",
        ),
        ("A.2", "A", "Tổ chức Ngày Pháp luật", ["Công chức Tư pháp - Hộ tịch"], "2025-11-30"),
        ("B", None, "HÒA GIẢI Ở CƠ SỞ", [], "2025-03-31"),
        ("B.1", "B", "Kiện toàn tổ hòa giải", ["Công chức Tư pháp - Hộ tịch"], "2025-03-31"),
    ]


PLAN_OTHER_LABELS = """SỞ Y TẾ TỈNH KON TUM
Số: 40/KH-SYT
Kon Tum, ngày 03 tháng 02 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật về y tế.
II. NHIỆM VỤ
1. Phổ biến Luật Khám bệnh, chữa bệnh cho người hành nghề
- Đơn vị thực hiện chính: Phòng Nghiệp vụ Y
- Đơn vị tham gia: Văn phòng Sở, các bệnh viện tuyến tỉnh
- Hạn hoàn thành: 30/9/2025
2. Cập nhật văn bản pháp luật về y tế
- Cơ quan chịu trách nhiệm: Văn phòng Sở
- Cơ quan tham gia: Thanh tra Sở
- Thời điểm hoàn thành: tháng 10/2025
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, báo cáo kết quả.
"""


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_label_words_for_lead_coordinating_and_time(fmt: str) -> None:
    data = PLAN_OTHER_LABELS.encode() if fmt == "txt" else _prose_pdf(PLAN_OTHER_LABELS, 11)
    tasks = extract(data, f"plan.{fmt}")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (["Phòng Nghiệp vụ Y"], ["Văn phòng Sở", "các bệnh viện tuyến tỉnh"], "2025-09-30"),
        (["Văn phòng Sở"], ["Thanh tra Sở"], "2025-10-31"),
    ]


PLAN_TWO_TASK_PARTS = """UBND HUYỆN TƯ NGHĨA
Số: 77/KH-UBND
Tư Nghĩa, ngày 02 tháng 03 năm 2025
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức.
II. NỘI DUNG HOẠT ĐỘNG
1. Tổ chức Lễ hưởng ứng Ngày Pháp luật. Giao Phòng Tư pháp chủ trì, phối hợp với Văn phòng HĐND và UBND huyện thực hiện trong tháng 11/2025.
III. CÔNG TÁC TUYÊN TRUYỀN
1. Treo băng rôn, khẩu hiệu. Giao Trung tâm Văn hóa - Thể thao và Truyền thông huyện thực hiện từ ngày 01/11 đến ngày 09/11/2025.
2. Đưa tin trên Trang thông tin điện tử huyện. Giao Văn phòng HĐND và UBND huyện thực hiện trong tháng 11/2025.
IV. THỜI GIAN, ĐỊA ĐIỂM
1. Thời gian: 7 giờ 30 ngày 09/11/2025.
2. Địa điểm: Hội trường UBND huyện.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Tư pháp theo dõi, tổng hợp, báo cáo.
"""


def test_a_second_part_with_assigned_tasks_is_read_too() -> None:
    tasks = extract(PLAN_TWO_TASK_PARTS.encode(), "plan.txt")["tasks"]

    got = [(t["title"], t["lead_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("Tổ chức Lễ hưởng ứng Ngày Pháp luật", ["Phòng Tư pháp"], "2025-11-30"),
        ("Treo băng rôn, khẩu hiệu", ["Trung tâm Văn hóa - Thể thao và Truyền thông huyện"], "2025-11-09"),
        ("Đưa tin trên Trang thông tin điện tử huyện", ["Văn phòng HĐND và UBND huyện"], "2025-11-30"),
    ]  # "IV. THỜI GIAN, ĐỊA ĐIỂM" assigns nothing: no task from it


PLAN_TIME_FIRST = """UBND HUYỆN CHƯ SÊ
Số: 19/KH-UBND
Chư Sê, ngày 14 tháng 01 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NHIỆM VỤ
1. Hội nghị quán triệt Luật Đất đai. Trong Quý II/2025, Phòng Tư pháp chủ trì, phối hợp với Phòng Nông \
nghiệp và Môi trường tổ chức hội nghị cho cán bộ.
2. Tọa đàm về hòa giải ở cơ sở. Phòng Tư pháp chủ trì, phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức \
tọa đàm (hoàn thành trong Quý III/2025).
III. TỔ CHỨC THỰC HIỆN
Phòng Tư pháp theo dõi.
"""


def test_a_time_written_before_the_assignment_or_in_brackets_after_it() -> None:
    tasks = extract(PLAN_TIME_FIRST.encode(), "plan.txt")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["timeframe"], t["deadline"]) for t in tasks]
    assert got == [
        (["Phòng Tư pháp"], ["Phòng Nông nghiệp và Môi trường"], "Trong Quý II/2025", "2025-06-30"),
        (["Phòng Tư pháp"], ["Ủy ban MTTQ Việt Nam huyện"], "hoàn thành trong Quý III/2025", "2025-09-30"),
    ]


PLAN_LISTED_UNITS = """SỞ TƯ PHÁP TỈNH ĐỒNG NAI
Số: 33/KH-STP
Đồng Nai, ngày 06 tháng 02 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NHIỆM VỤ
1. Tổ chức hội nghị phổ biến pháp luật cho doanh nghiệp
- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật.
- Đơn vị phối hợp:
+ Ban Quản lý các khu công nghiệp;
+ Liên đoàn Lao động tỉnh;
+ Hiệp hội Doanh nghiệp tỉnh.
- Thời gian: Quý III/2025.
2. Cập nhật cơ sở dữ liệu văn bản
- Đơn vị chủ trì: Văn phòng Sở.
- Thời gian: Thường xuyên.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi.
"""


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_units_listed_one_a_line_under_their_label(fmt: str) -> None:
    data = PLAN_LISTED_UNITS.encode() if fmt == "txt" else _prose_pdf(PLAN_LISTED_UNITS, 11)
    tasks = extract(data, f"plan.{fmt}")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (
            ["Phòng Phổ biến, giáo dục pháp luật"],
            ["Ban Quản lý các khu công nghiệp", "Liên đoàn Lao động tỉnh", "Hiệp hội Doanh nghiệp tỉnh"],
            "2025-09-30",
        ),
        (["Văn phòng Sở"], [], "2025-12-31"),
    ]


PLAN_BRACKETED = """UBND TỈNH PHÚ YÊN
Số: 09/KH-UBND
Phú Yên, ngày 16 tháng 01 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiểu biết pháp luật.
II. NHIỆM VỤ
1. Tổ chức hội nghị phổ biến Luật Đất đai (Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; thời gian: Quý II/2025).
2. Biên soạn tài liệu hỏi đáp pháp luật (Sở Y tế thực hiện; hoàn thành trong tháng 9/2025).
3. Tập huấn báo cáo viên (nâng cao kỹ năng)
- Chủ trì: Sở Tư pháp
- Thời gian: Quý III/2025
4. Rà soát văn bản
(Văn phòng UBND tỉnh chủ trì, phối hợp với Sở Tư pháp; thời gian: tháng 10/2025)
5. Cập nhật cơ sở dữ liệu
(Đơn vị chủ trì: Sở Tư pháp; đơn vị phối hợp: Sở Nội vụ; thời gian thực hiện: Quý IV/2025).
III. TỔ CHỨC THỰC HIỆN
Sở Tư pháp theo dõi.
"""


@pytest.mark.parametrize("fmt", ["txt", "pdf"])
def test_an_assignment_in_brackets_after_the_title_or_on_its_own_line(fmt: str) -> None:
    data = PLAN_BRACKETED.encode() if fmt == "txt" else _prose_pdf(PLAN_BRACKETED, 11)
    tasks = extract(data, f"plan.{fmt}")["tasks"]

    got = [
        (t["title"], t["lead_units"], t["coordinating_units"], t["timeframe"], t["deadline"]) for t in tasks
    ]
    assert got == [
        (
            "Tổ chức hội nghị phổ biến Luật Đất đai",
            ["Sở Tư pháp"],
            ["Sở Nội vụ"],
            "Quý II/2025",
            "2025-06-30",
        ),
        (
            "Biên soạn tài liệu hỏi đáp pháp luật",
            ["Sở Y tế"],
            [],
            "hoàn thành trong tháng 9/2025",
            "2025-09-30",
        ),
        ("Tập huấn báo cáo viên", ["Sở Tư pháp"], [], "Quý III/2025", "2025-09-30"),
        ("Rà soát văn bản", ["Văn phòng UBND tỉnh"], ["Sở Tư pháp"], "tháng 10/2025", "2025-10-31"),
        ("Cập nhật cơ sở dữ liệu", ["Sở Tư pháp"], ["Sở Nội vụ"], "Quý IV/2025", "2025-12-31"),
    ]


# Actions written right after a coordinating unit, plural units of a hospital, a department named
# "… và Thanh tra", recurring timeframes with a peak (the shapes of held-out set 4's misses, in my own words).
PLAN_ACTIONS = """UBND HUYỆN BẢO LÂM
Số: 45/KH-UBND
Bảo Lâm, ngày 15 tháng 01 năm 2025
KẾ HOẠCH
Tuyên truyền, phổ biến pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức pháp luật của Nhân dân.
II. NHIỆM VỤ
1. Biên soạn tài liệu pháp luật cho người dân tộc thiểu số. Giao Phòng Tư pháp chủ trì, phối hợp với Phòng Dân tộc biên soạn, in ấn tài liệu; cấp phát cho UBND các xã, thị trấn. Thời gian: Quý II/2025.
2. Tuyên truyền trên hệ thống truyền thanh. Giao Trung tâm Văn hóa, Thông tin và Thể thao chủ trì, phối hợp với Công an huyện; Phòng Văn hóa, Khoa học và Thông tin mở chuyên mục, đăng tải tin, bài về pháp luật. Thời gian: hằng tháng; cao điểm tháng 11/2025.
3. Phổ biến pháp luật về khám bệnh, chữa bệnh
- Đơn vị chủ trì: Trung tâm Y tế huyện
- Đơn vị phối hợp: Phòng Điều dưỡng, các khoa lâm sàng, các trạm y tế xã
- Thời gian: Quý I/2025
4. Tập huấn nghiệp vụ hòa giải ở cơ sở. Giao Phòng Tổ chức và Thanh tra chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức tập huấn cho hòa giải viên. Thời gian: thường xuyên; trọng tâm Quý III/2025.
5. Hưởng ứng Ngày Pháp luật Việt Nam. Giao Phòng Tư pháp chủ trì, phối hợp với Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện và Huyện đoàn phát động cuộc thi tìm hiểu pháp luật. Thời gian: Cả năm; cao điểm từ ngày 01/11 đến ngày 09/11/2025.
III. TỔ CHỨC THỰC HIỆN
Phòng Tư pháp theo dõi, báo cáo kết quả trước ngày 15/12/2025.
"""


@pytest.mark.parametrize("fmt", ["txt", "pdf9", "pdf13"])
def test_an_action_after_a_unit_a_hospital_s_units_and_a_recurring_timeframe_with_a_peak(fmt: str) -> None:
    data = PLAN_ACTIONS.encode() if fmt == "txt" else _prose_pdf(PLAN_ACTIONS, int(fmt[3:]))
    tasks = extract(data, "plan.txt" if fmt == "txt" else "plan.pdf")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (["Phòng Tư pháp"], ["Phòng Dân tộc"], "2025-06-30"),
        (
            ["Trung tâm Văn hóa, Thông tin và Thể thao"],
            ["Công an huyện", "Phòng Văn hóa, Khoa học và Thông tin"],
            "2025-12-31",
        ),
        (["Trung tâm Y tế huyện"], ["Phòng Điều dưỡng", "các khoa lâm sàng", "các trạm y tế xã"], "2025-03-31"),
        (["Phòng Tổ chức và Thanh tra"], ["Hội Liên hiệp Phụ nữ huyện"], "2025-12-31"),
        (
            ["Phòng Tư pháp"],
            ["Hội đồng phối hợp phổ biến, giáo dục pháp luật huyện", "Huyện đoàn"],
            "2025-12-31",
        ),
    ]
