"""Task tables whose unit cells hold the shapes of names plans really write (issue 4).

Twelve rows written for this file: group names with their places ("Hội LHPN các huyện Kỳ Sơn,
Tương Dương, Quế Phong"), persons ("Trưởng các tổ dân phố"), "các Ban Quản lý …", names holding
"và" and commas, one unit a line or comma-separated, in a Word table and in fpdf2 PDF tables with
a narrow time column whose header wraps over four lines, its cells top-aligned or centred.
"""

from __future__ import annotations

import io
import logging

import pytest

from pbgdpl.core.text import key
from pbgdpl.plans.importer.extractor import extract
from pbgdpl.plans.importer.tests.heldout import FONT_DIR

ROWS = [
    (
        "Tuyên truyền Luật Đất đai",
        ["Sở Nông nghiệp và Môi trường"],
        ["Sở Tư pháp", "Công an tỉnh", "các Ban Quản lý rừng phòng hộ"],
        "Quý II/2025",
        "2025-06-30",
    ),
    (
        "Phổ biến pháp luật cho đồng bào",
        ["Ban Dân tộc tỉnh"],
        ["Hội LHPN các huyện Kỳ Sơn, Tương Dương, Quế Phong", "Sở Tư pháp"],
        "Quý III/2025",
        "2025-09-30",
    ),
    (
        "Cập nhật văn bản pháp luật",
        ["Văn phòng Sở"],
        ["Các phòng, đơn vị thuộc Sở"],
        "Thường xuyên",
        "2025-12-31",
    ),
    (
        "Tổ chức Ngày Pháp luật",
        ["Sở Tư pháp"],
        ["Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Đoàn TNCS Hồ Chí Minh tỉnh"],
        "Tháng 11/2025",
        "2025-11-30",
    ),
    (
        "Tuyên truyền trên báo chí",
        ["Sở Văn hóa, Thể thao và Du lịch"],
        ["Báo Nghệ An", "Đài Phát thanh và Truyền hình tỉnh", "Cổng Thông tin điện tử tỉnh"],
        "Cả năm",
        "2025-12-31",
    ),
    (
        "Hòa giải ở cơ sở",
        ["UBND các huyện, thị xã, thành phố"],
        ["Ủy ban MTTQ Việt Nam tỉnh", "các tổ chức chính trị - xã hội"],
        "Năm 2025",
        "2025-12-31",
    ),
    (
        "Tập huấn báo cáo viên",
        ["Ban Tuyên giáo Tỉnh ủy"],
        ["Trưởng các tổ dân phố", "Chủ tịch UBND các xã, phường, thị trấn"],
        "Quý I/2025",
        "2025-03-31",
    ),
    (
        "Tuyên truyền cho công nhân",
        ["Liên đoàn Lao động tỉnh"],
        ["Ban Quản lý các khu công nghiệp", "Công đoàn các khu công nghiệp"],
        "Tháng 5 - 6/2025",
        "2025-06-30",
    ),
    (
        "Phổ biến pháp luật về biên giới",
        ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
        ["Bộ Chỉ huy Quân sự tỉnh", "UBND các xã biên giới"],
        "Quý IV/2025",
        "2025-12-31",
    ),
    (
        "Kiểm tra việc thực hiện",
        ["Sở Tư pháp"],
        ["Các sở, ban, ngành, đoàn thể tỉnh", "Thanh tra tỉnh"],
        "Tháng 10/2025",
        "2025-10-31",
    ),
    (
        "Phổ biến pháp luật cho học sinh",
        ["Sở Giáo dục và Đào tạo"],
        ["Hiệu trưởng các trường THPT", "Tỉnh đoàn"],
        "Quý III/2025",
        "2025-09-30",
    ),
    (
        "Trợ giúp pháp lý",
        ["Trung tâm Trợ giúp pháp lý nhà nước tỉnh"],
        ["Phòng Tư pháp các huyện Kỳ Sơn, Tương Dương", "Hội Luật gia tỉnh"],
        "Thường xuyên",
        "2025-12-31",
    ),
    # a hospital's and a company's units, recurring timeframes with a peak (set 4's miss shapes, my wording)
    (
        "Phổ biến Luật Khám bệnh, chữa bệnh",
        ["Phòng Kế hoạch tổng hợp"],
        ["Phòng Điều dưỡng", "các khoa lâm sàng"],
        "Quý I/2025",
        "2025-03-31",
    ),
    (
        "Rà soát quy chế nội bộ",
        ["Phòng Pháp chế và Thanh tra"],
        ["Văn phòng Công ty", "các phân xưởng"],
        "Hằng tháng; cao điểm tháng 11/2025",
        "2025-12-31",
    ),
    (
        "Hưởng ứng Ngày Pháp luật",
        ["Khoa Khám bệnh"],
        ["Hội đồng Phối hợp phổ biến, giáo dục pháp luật tỉnh", "Huyện đoàn"],
        "Thường xuyên; trọng tâm Quý IV/2025",
        "2025-12-31",
    ),
]
HEAD = [
    "UBND TỈNH NGHỆ AN",
    "Số: 12/KH-UBND",
    "Nghệ An, ngày 10 tháng 01 năm 2025",
    "KẾ HOẠCH",
    "Phổ biến, giáo dục pháp luật năm 2025",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao hiểu biết pháp luật của cán bộ, Nhân dân.",
    "II. NHIỆM VỤ",
]
TAIL = ["III. TỔ CHỨC THỰC HIỆN", "Sở Tư pháp theo dõi, báo cáo kết quả."]


HEADER = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"]


def _rows(sep: str, header: list[str] = HEADER) -> list[list[str]]:
    rows = [header]
    for i, (title, lead, coord, time, _due) in enumerate(ROWS, start=1):
        mark = sep.lstrip("\n") if sep.startswith("\n") else ""  # "\n- ": a bulleted list in the cell
        rows.append([str(i), title, mark + sep.join(lead), mark + sep.join(coord), time, "Báo cáo"])
    return rows


def _docx(sep: str, header: list[str] = HEADER) -> bytes:
    import docx

    document = docx.Document()
    for line in HEAD:
        document.add_paragraph(line)
    rows = _rows(sep, header)
    table = document.add_table(rows=len(rows), cols=6)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            lines = text.split("\n")
            cell = table.cell(r, c)
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    for line in TAIL:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf(sep: str, widths: tuple[int, ...], v_align: str, header: list[str] = HEADER) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import TableCellFillMode

    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSerif.ttf")
    pdf.set_font("DejaVu", size=11)
    for line in HEAD:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    with pdf.table(
        col_widths=widths, v_align=v_align, cell_fill_mode=TableCellFillMode.NONE, first_row_as_headings=False
    ) as table:
        for row in _rows(sep, header):
            pdf_row = table.row()
            for cell in row:
                pdf_row.cell(cell)
    pdf.set_font("DejaVu", "", 11)
    for line in TAIL:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("fmt", "sep", "widths", "v_align"),
    [
        ("docx", ", ", (), ""),
        ("docx", "\n", (), ""),
        ("pdf", ", ", (10, 50, 30, 45, 25, 20), "TOP"),
        ("pdf", "\n", (8, 60, 25, 30, 22, 20), "MIDDLE"),
        # a 15 mm time column: its header "Thời / gian / thực / hiện" stands above and below the others
        ("pdf", ", ", (10, 45, 35, 55, 15, 15), "MIDDLE"),
        ("pdf", "\n", (10, 45, 35, 55, 15, 15), "TOP"),
        # one unit an item: "- Sở Tư pháp" / "- Công an tỉnh", "+ …"
        ("docx", "\n- ", (), ""),
        ("pdf", "\n- ", (10, 50, 30, 45, 25, 20), "TOP"),
        ("pdf", "\n+ ", (8, 60, 25, 30, 22, 20), "MIDDLE"),
    ],
)
def test_unit_cells_of_a_task_table_give_each_unit_once(
    fmt: str, sep: str, widths: tuple[int, ...], v_align: str
) -> None:
    data = _docx(sep) if fmt == "docx" else _pdf(sep, widths, v_align)
    tasks = extract(data, f"plan.{fmt}")["tasks"]

    assert len(tasks) == len(ROWS)
    for task, (title, lead, coord, _time, due) in zip(tasks, ROWS, strict=True):
        assert key(task["title"]).startswith(key(title))
        assert [key(u) for u in task["lead_units"]] == [key(u) for u in lead], title
        assert [key(u) for u in task["coordinating_units"]] == [key(u) for u in coord], title
        assert task["deadline"] == due, title


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
@pytest.mark.parametrize(
    "header",
    [
        ["STT", "Tên nhiệm vụ", "Đơn vị chịu trách nhiệm", "Đơn vị tham gia", "Hạn hoàn thành", "Ghi chú"],
        [
            "TT",
            "Nội dung công việc",
            "Đơn vị tham mưu",
            "Cơ quan phối hợp",
            "Thời điểm hoàn thành",
            "Kết quả",
        ],
    ],
)
def test_other_words_for_the_columns_of_a_task_table(fmt: str, header: list[str]) -> None:
    data = _docx(", ", header) if fmt == "docx" else _pdf(", ", (10, 50, 30, 45, 25, 20), "TOP", header)
    tasks = extract(data, f"plan.{fmt}")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [(lead, coord, due) for _title, lead, coord, _time, due in ROWS]


GROUPED = [
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Ghi chú"],
    ["A", "CÔNG TÁC PHỔ BIẾN PHÁP LUẬT", "", "", "", ""],
    [
        "1.",
        "Tổ chức hội nghị phổ biến Luật Đất đai\n- Đối tượng: cán bộ, công chức",
        "Sở Tư pháp",
        "Sở Nông nghiệp và Môi trường",
        "Quý II/2025\n(dự kiến tháng 5)",
        "",
    ],
    ["2.", "Biên soạn tài liệu hỏi đáp", "Sở Tư pháp", "-", "Tháng 8/2025", ""],
    ["B", "CÔNG TÁC HÒA GIẢI Ở CƠ SỞ", "", "", "", ""],
    ["1.", "Kiện toàn tổ hòa giải", "UBND cấp huyện", "Ủy ban MTTQ Việt Nam cấp huyện", "Quý I/2025", ""],
    ["2.", "Tập huấn hòa giải viên", "Sở Tư pháp", "Không", "Quý III/2025", ""],
]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_table_rows_grouped_under_letters_a_b(fmt: str) -> None:
    import docx

    if fmt == "docx":
        document = docx.Document()
        for line in HEAD:
            document.add_paragraph(line)
        table = document.add_table(rows=len(GROUPED), cols=6)
        table.style = "Table Grid"
        for r, row in enumerate(GROUPED):
            for c, text in enumerate(row):
                lines = text.split("\n")
                table.cell(r, c).paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    table.cell(r, c).add_paragraph(line)
        for line in TAIL:
            document.add_paragraph(line)
        buffer = io.BytesIO()
        document.save(buffer)
        data = buffer.getvalue()
    else:
        data = _grouped_pdf(GROUPED, (10, 55, 30, 40, 25, 15), 8)
    tasks = extract(data, f"plan.{fmt}")["tasks"]

    got = [
        (t["code"], t["parent_code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks
    ]
    assert got == [
        ("A", None, [], [], "2025-08-31"),
        ("A.1", "A", ["Sở Tư pháp"], ["Sở Nông nghiệp và Môi trường"], "2025-06-30"),
        ("A.2", "A", ["Sở Tư pháp"], [], "2025-08-31"),
        ("B", None, [], [], "2025-09-30"),
        ("B.1", "B", ["UBND cấp huyện"], ["Ủy ban MTTQ Việt Nam cấp huyện"], "2025-03-31"),
        ("B.2", "B", ["Sở Tư pháp"], [], "2025-09-30"),
    ]
    assert tasks[1]["title"] == "Tổ chức hội nghị phổ biến Luật Đất đai"


def _grouped_pdf(rows: list[list[str]], widths: tuple[int, ...], size: int) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import TableCellFillMode

    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSerif.ttf")
    pdf.set_font("DejaVu", size=11)
    for line in HEAD:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", size)
    with pdf.table(
        col_widths=widths, v_align="TOP", cell_fill_mode=TableCellFillMode.NONE, first_row_as_headings=False
    ) as pdf_table:
        for row in rows:
            pdf_row = pdf_table.row()
            for cell in row:
                pdf_row.cell(cell)
    pdf.set_font("DejaVu", "", 11)
    for line in TAIL:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    "header",
    [
        ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Sản phẩm"],
        ["STT", "Tên nhiệm vụ", "Đơn vị chịu trách nhiệm", "Đơn vị tham gia", "Hạn hoàn thành", "Sản phẩm"],
    ],
)
def test_a_pdf_header_whose_words_wrap_inside_their_cells(header: list[str]) -> None:
    """ "Đơn vị chủ" / "trì", "Đơn vị chịu" / "trách nhiệm": the header is read cell by cell."""
    tasks = extract(_grouped_pdf([header, *GROUPED[1:]], (8, 40, 13, 13, 16, 12), 10), "plan.pdf")["tasks"]

    got = [(t["code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("A", [], [], "2025-08-31"),
        ("A.1", ["Sở Tư pháp"], ["Sở Nông nghiệp và Môi trường"], "2025-06-30"),
        ("A.2", ["Sở Tư pháp"], [], "2025-08-31"),
        ("B", [], [], "2025-09-30"),
        ("B.1", ["UBND cấp huyện"], ["Ủy ban MTTQ Việt Nam cấp huyện"], "2025-03-31"),
        ("B.2", ["Sở Tư pháp"], [], "2025-09-30"),
    ]


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])  # the unit printed in the first or the middle row
def test_a_pdf_lead_cell_merged_over_several_rows_leads_each_of_them(v_align: str) -> None:
    from fpdf import FPDF
    from fpdf.enums import TableCellFillMode

    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSerif.ttf")
    pdf.set_font("DejaVu", size=11)
    for line in HEAD:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(
        col_widths=(10, 60, 35, 40, 25),
        v_align=v_align,
        cell_fill_mode=TableCellFillMode.NONE,
        first_row_as_headings=False,
    ) as table:
        for texts in (
            ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
            ["1", "Tổ chức hội nghị tại thành phố", "Sở Tư pháp", "Sở Nội vụ", "Quý I/2025"],
            ["2", "Tổ chức hội nghị tại các huyện", None, "Sở Y tế", "Quý II/2025"],
            ["3", "Tổ chức hội nghị tại các xã", None, "Công an tỉnh", "Quý III/2025"],
            ["4", "Biên soạn tài liệu", "Sở Nội vụ", "Sở Tư pháp", "Cả năm"],
        ):
            row = table.row()
            for i, text in enumerate(texts):
                if text is not None:
                    row.cell(text, rowspan=3 if texts[0] == "1" and i == 2 else 1)
    pdf.set_font("DejaVu", "", 11)
    for line in TAIL:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    tasks = extract(bytes(pdf.output()), "plan.pdf")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (["Sở Tư pháp"], ["Sở Nội vụ"], "2025-03-31"),
        (["Sở Tư pháp"], ["Sở Y tế"], "2025-06-30"),
        (["Sở Tư pháp"], ["Công an tỉnh"], "2025-09-30"),
        (["Sở Nội vụ"], ["Sở Tư pháp"], "2025-12-31"),
    ]


PLAN_DRAFTERS_MD = """UBND TỈNH HÀ NAM
Số: 31/KH-UBND
Hà Nam, ngày 14 tháng 02 năm 2026
KẾ HOẠCH
Truyền thông chính sách trong xây dựng văn bản quy phạm pháp luật năm 2026
II. NHIỆM VỤ
| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Truyền thông dự thảo nghị quyết của HĐND tỉnh có tác động lớn đến xã hội | Các cơ quan chủ trì soạn thảo | Sở Tư pháp; Báo và Phát thanh, Truyền hình Hà Nam | Năm 2026 |
| 2 | Đăng tải dự thảo văn bản trên Cổng thông tin điện tử tỉnh | Văn phòng UBND tỉnh | Các cơ quan chủ trì soạn thảo | Thường xuyên |
III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.
"""


def test_a_lead_cell_naming_a_group_by_its_drafting_role_is_one_unit() -> None:
    tasks = extract(PLAN_DRAFTERS_MD.encode(), "plan.md")["tasks"]

    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        (
            ["Các cơ quan chủ trì soạn thảo"],
            ["Sở Tư pháp", "Báo và Phát thanh, Truyền hình Hà Nam"],
            "2026-12-31",
        ),
        (["Văn phòng UBND tỉnh"], ["Các cơ quan chủ trì soạn thảo"], "2026-12-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_table_of_units_with_the_task_each_is_given(fmt: str) -> None:
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_docx, to_pdf

    rows = (
        ("STT", "Đơn vị", "Nhiệm vụ được giao", "Ghi chú"),
        ("1", "Phòng Điều dưỡng", "Phổ biến quy tắc ứng xử của nhân viên y tế với người bệnh và người nhà người "
         "bệnh (Quý II/2026).", ""),
        ("2", "Khoa Khám bệnh", "Niêm yết quy trình tiếp nhận, giải quyết phản ánh của người bệnh tại các buồng "
         "khám (tháng 3/2026).", "Lồng ghép giao ban"),
        ("3", "Phòng Vật tư thiết bị y tế", "Hướng dẫn quy định về đấu thầu thuốc, vật tư cho các khoa (trước "
         "ngày 30/9/2026).", ""),
    )
    plan = Plan(
        name="units_table",
        blocks=[
            P("SỞ Y TẾ TỈNH HÀ NAM", bold=True, center=True),
            P("BỆNH VIỆN ĐA KHOA KHU VỰC", bold=True, center=True),
            P("Phủ Lý, ngày 12 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến pháp luật trong bệnh viện năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Viên chức, người lao động hiểu và chấp hành pháp luật."),
            P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
            T(rows, (12, 40, 95, 30)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Phòng Tổ chức cán bộ tổng hợp, báo cáo Giám đốc trước ngày 20/11/2026."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got[:3] == [  # "Đơn vị" heads the units' column: a task table in a PDF too
        (["Phòng Điều dưỡng"], [], "2026-06-30"),
        (["Khoa Khám bệnh"], [], "2026-03-31"),
        (["Phòng Vật tư thiết bị y tế"], [], "2026-09-30"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_unit_row_whose_cell_lists_several_dash_tasks_gives_one_task_per_line(fmt: str) -> None:
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_docx, to_pdf

    rows = (
        ("STT", "Đơn vị", "Nhiệm vụ", "Ghi chú"),
        ("1", "Phòng Quản trị mạng",
         "- Đăng tin về văn bản pháp luật mới trên trang nội bộ (hằng tháng).\n"
         "- Phối hợp Phòng Pháp chế tập huấn an toàn thông tin cho nhân viên (tháng 5/2026).", ""),
        ("2", "Phòng Nhân sự",
         "- Phổ biến quy định mới về hợp đồng lao động (trước ngày 31/8/2026).", "Có tài liệu"),
    )
    plan = Plan(
        name="unit_rows",
        blocks=[
            P("TẬP ĐOÀN VIỄN THÔNG", bold=True, center=True),
            P("CÔNG TY DỊCH VỤ SỐ", bold=True, center=True),
            P("Đà Nẵng, ngày 15 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến pháp luật cho người lao động năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Người lao động hiểu pháp luật."),
            P("II. PHÂN CÔNG THỰC HIỆN", bold=True),
            T(rows, (12, 40, 105, 30)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Phòng Nhân sự tổng hợp, báo cáo trước ngày 25/11/2026."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [
        ("Đăng tin về văn bản pháp luật mới trên trang nội bộ", ["Phòng Quản trị mạng"], [], "2026-12-31"),
        ("Phối hợp Phòng Pháp chế tập huấn an toàn thông tin cho nhân viên", ["Phòng Quản trị mạng"],
         ["Phòng Pháp chế"], "2026-05-31"),
        ("Phổ biến quy định mới về hợp đồng lao động", ["Phòng Nhân sự"], [], "2026-08-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_notes_cell_naming_the_units_working_with_the_lead_gives_the_coordinating_units(fmt: str) -> None:
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_docx, to_pdf

    rows = (
        ("Nội dung", "Bộ phận", "Người thực hiện", "Thời gian", "Ghi chú"),
        ("Tổ chức tọa đàm về quyền của người lao động", "Ban Nữ công", "Trưởng ban",
         "Tháng 3/2026", "Phối hợp với Đoàn Thanh niên"),
        ("Cập nhật sổ tay pháp luật cho tổ trưởng", "Phòng Nhân sự", "Chuyên viên pháp chế",
         "Quý II/2026", "Làm theo mẫu cũ"),
    )
    plan = Plan(
        name="notes_coord",
        blocks=[
            P("CÔNG TY MAY XUẤT KHẨU", bold=True, center=True),
            P("Nam Định, ngày 15 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến pháp luật cho người lao động năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Người lao động hiểu pháp luật."),
            P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
            T(rows, (70, 35, 35, 25, 25)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Phòng Nhân sự tổng hợp, báo cáo trước ngày 25/11/2026."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [
        (["Ban Nữ công"], ["Đoàn Thanh niên"], "2026-03-31"),
        (["Phòng Nhân sự"], [], "2026-06-30"),  # a note that names no unit is no coordinating unit
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_ruled_group_row_whose_name_wraps_in_a_table_without_numbers_stays_in_the_table(fmt: str) -> None:
    """A table without a number column whose group rows ("1. Đối với …") are long enough to wrap over
    two lines of the first column: the group is still a row of the table, not a heading ending it."""
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_docx, to_pdf

    rows = (
        ("Nội dung", "Thời gian", "Đơn vị chủ trì", "Đơn vị phối hợp", "Ghi chú"),
        ("1. Đối với người học đang theo các lớp đào tạo dài hạn của Trường", "", "", "", ""),
        ("Phổ biến nội quy ký túc xá cho học viên mới", "Tháng 9/2026", "Phòng Công tác học viên",
         "Đoàn Thanh niên Trường", ""),
        ("Thi viết về pháp luật giao thông", "Quý IV/2026", "Đoàn Thanh niên Trường", "Phòng Đào tạo", ""),
        ("2. Đối với giảng viên, viên chức và người lao động của Trường", "", "", "", ""),
        ("Tọa đàm về Luật Viên chức sửa đổi", "Tháng 5/2026", "Phòng Tổ chức cán bộ",
         "Công đoàn Trường", "Mời báo cáo viên"),
    )
    plan = Plan(
        name="wrapped_group",
        blocks=[
            P("TRƯỜNG CAO ĐẲNG KỸ THUẬT", bold=True, center=True),
            P("Hà Tĩnh, ngày 12 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến pháp luật trong Nhà trường năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Nâng cao ý thức chấp hành pháp luật."),
            P("II. NỘI DUNG VÀ PHÂN CÔNG", bold=True),
            T(rows, (55, 28, 40, 40, 22)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Phòng Tổ chức cán bộ tổng hợp, báo cáo trước ngày 20/11/2026."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["code"], t["parent_code"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks]
    assert got == [
        ("1", None, [], [], "2026-12-31"),
        ("1.1", "1", ["Phòng Công tác học viên"], ["Đoàn Thanh niên Trường"], "2026-09-30"),
        ("1.2", "1", ["Đoàn Thanh niên Trường"], ["Phòng Đào tạo"], "2026-12-31"),
        ("2", None, [], [], "2026-05-31"),
        ("2.1", "2", ["Phòng Tổ chức cán bộ"], ["Công đoàn Trường"], "2026-05-31"),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_time_split_into_start_and_end_under_one_merged_header_is_due_at_the_end(fmt: str) -> None:
    """"Thời gian" over two columns with "Bắt đầu | Hoàn thành" below (the top cell of the second one
    blank, its name wrapping in a narrow PDF column): the end column is the deadline; a row with only an
    event in the start column and the end left empty is on request."""
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_docx, to_pdf

    rows = (
        ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", ""),
        ("", "", "", "", "Bắt đầu", "Hoàn thành"),
        ("1", "Biên soạn tờ gấp về Luật Giao thông đường bộ", "Phòng Pháp chế", "Văn phòng", "02/3/2026",
         "15/4/2026"),
        ("2", "Tọa đàm với các hợp tác xã về Luật Hợp tác xã", "Phòng Kinh tế", "Liên minh Hợp tác xã",
         "Khi có ý kiến chấp thuận của Giám đốc", ""),
        ("3", "Báo cáo tổng kết công tác năm", "Văn phòng", "Các phòng chuyên môn", "", "20/11/2026"),
    )
    plan = Plan(
        name="start_end_merged",
        blocks=[
            P("SỞ CÔNG THƯƠNG", bold=True, center=True),
            P("Vĩnh Long, ngày 10 tháng 02 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến pháp luật năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Cán bộ hiểu và chấp hành pháp luật."),
            P("II. NỘI DUNG, PHÂN CÔNG", bold=True),
            T(rows, (8, 60, 34, 38, 22, 22)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Văn phòng tổng hợp, báo cáo trước ngày 25/11/2026."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"], t["on_request"]) for t in tasks]
    assert got == [
        (["Phòng Pháp chế"], ["Văn phòng"], "2026-04-15", False),
        (["Phòng Kinh tế"], ["Liên minh Hợp tác xã"], "2026-12-31", True),
        (["Văn phòng"], ["Các phòng chuyên môn"], "2026-11-20", False),
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_second_header_row_naming_the_units_roles_in_wrapped_cells_is_part_of_the_header(fmt: str) -> None:
    """"Phân công" over two columns with "Bộ phận chủ trì | Bộ phận phối hợp" below, in a table without a
    number column whose rows sit under lettered groups: in a PDF the narrow role cells wrap ("Bộ phận
    chủ" / "trì"), the ruled second header row is still the header and the rows below are tasks."""
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_docx, to_pdf

    rows = (
        ("Công việc", "Phân công", "", "Thời hạn", "Ghi chú"),
        ("", "Bộ phận chủ trì", "Bộ phận phối hợp", "", ""),
        ("A. HỌC TẬP PHÁP LUẬT TRONG ĐƠN VỊ", "", "", "", ""),
        ("1. Giới thiệu Luật Dược sửa đổi cho người làm công tác cấp phát thuốc", "Khoa Dược",
         "Phòng Điều dưỡng", "Tháng 4/2026", "Tại hội trường"),
        ("2. Hướng dẫn quy định mới về hồ sơ bệnh án điện tử", "Phòng Kế hoạch tổng hợp",
         "Phòng Công nghệ thông tin", "Quý III/2026", ""),
        ("B. TRUYỀN THÔNG CHO NGƯỜI BỆNH", "", "", "", ""),
        ("3. Phát tờ rơi về quyền của người bệnh tại khu khám bệnh", "Phòng Công tác xã hội",
         "Khoa Khám bệnh", "Thường xuyên", "Màn hình chờ"),
    )
    plan = Plan(
        name="role_sub_header",
        blocks=[
            P("SỞ Y TẾ", bold=True, center=True),
            P("Cao Bằng, ngày 12 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến pháp luật năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Nhân viên hiểu và làm đúng pháp luật."),
            P("II. NỘI DUNG", bold=True),
            T(rows, (60, 30, 40, 25, 25)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Phòng Kế hoạch tổng hợp theo dõi việc thực hiện."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["parent_code"]]
    assert got == [
        (["Khoa Dược"], ["Phòng Điều dưỡng"], "2026-04-30"),
        (["Phòng Kế hoạch tổng hợp"], ["Phòng Công nghệ thông tin"], "2026-09-30"),
        (["Phòng Công tác xã hội"], ["Khoa Khám bệnh"], "2026-12-31"),
    ]


def test_a_word_cell_listing_units_one_a_line_gives_each_unit_even_after_a_name_ending_like_a_cut_one() -> None:
    # in Word the writer breaks a cell's lines: "Văn phòng Sở" / "Thanh tra Sở" / "các phòng …" are three units
    # (a PDF line ending in "Sở" may be a name cut by the cell's width, a Word line is not)
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_docx

    rows = (
        ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
        ("1", "Rà soát quy chế nội bộ về công tác văn thư", "Văn phòng Sở",
         "Thanh tra Sở\ncác phòng chuyên môn thuộc Sở", "Quý II/2026"),
        ("2", "Tập huấn nghiệp vụ tiếp công dân", "Thanh tra Sở", "Văn phòng\nPhòng Pháp chế", "Tháng 8/2026"),
        ("3", "Phổ biến Luật Đất đai cho cán bộ địa chính", "Phòng Quản lý đất đai",
         "Trung tâm Phát triển quỹ đất\nUBND các xã,\nphường", "Tháng 9/2026"),
        # staff named in lower case on lines of their own ("giáo viên …", "phụ huynh …") are units too
        ("4", "Tuyên truyền phòng, chống đuối nước cho con em cán bộ", "Công đoàn Sở",
         "Trạm Y tế phường\ngiáo viên các trường mầm non\nphụ huynh học sinh", "Tháng 5/2026"),
    )
    plan = Plan(
        name="unit_lines",
        blocks=[
            P("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", bold=True, center=True),
            P("Hưng Yên, ngày 10 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến, giáo dục pháp luật năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Công chức nắm vững pháp luật."),
            P("II. NHIỆM VỤ", bold=True),
            T(rows, (10, 60, 35, 45, 25)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Văn phòng Sở tổng hợp, báo cáo trước ngày 30/11/2026."),
        ],
    )
    tasks = extract(to_docx(plan), "plan.docx")["tasks"]
    assert [t["coordinating_units"] for t in tasks if t["lead_units"]] == [
        ["Thanh tra Sở", "các phòng chuyên môn thuộc Sở"],
        ["Văn phòng", "Phòng Pháp chế"],
        ["Trung tâm Phát triển quỹ đất", "UBND các xã, phường"],
        ["Trạm Y tế phường", "giáo viên các trường mầm non", "phụ huynh học sinh"],
    ]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_a_table_without_a_number_column_numbering_its_rows_in_the_content_cell_titles_them_by_their_words(
    fmt: str,
) -> None:
    """A table with no number column whose content cells open with the row's number ("1. Tập huấn …"),
    under lettered group rows ("A. …"): each row is a task titled by its words, numbered by its number."""
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_docx, to_pdf

    rows = (
        ("Nội dung", "Thời gian", "Chủ trì", "Phối hợp", "Ghi chú"),
        ("A. Hoạt động của Ban Chỉ đạo", "", "", "", ""),
        ("1. Họp sơ kết công tác quý của Ban Chỉ đạo", "Tháng 4/2026", "Văn phòng Ban Chỉ đạo",
         "Phòng Tư pháp", ""),
        ("B. Hoạt động của các thành viên", "", "", "", ""),
        ("2. Tập huấn pháp luật về an toàn lao động cho công nhân các khu công nghiệp", "Quý III/2026",
         "Liên đoàn Lao động", "Ban Quản lý các khu công nghiệp", "Mời báo cáo viên"),
        ("3. Thi tìm hiểu pháp luật về bảo vệ rừng", "Tháng 10/2026", "Hạt Kiểm lâm", "Đoàn Thanh niên", ""),
    )
    plan = Plan(
        name="numbered_content",
        blocks=[
            P("BAN CHỈ ĐẠO PHỔ BIẾN PHÁP LUẬT", bold=True, center=True),
            P("Thái Bình, ngày 08 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Hoạt động năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Phân công rõ trách nhiệm."),
            P("II. NỘI DUNG", bold=True),
            T(rows, (60, 28, 34, 36, 22)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Văn phòng Ban Chỉ đạo tổng hợp, báo cáo trước ngày 30/11/2026."),
        ],
    )
    data = to_docx(plan) if fmt == "docx" else to_pdf(plan)
    tasks = extract(data, f"plan.{fmt}")["tasks"]
    got = [(t["title"], t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks if t["lead_units"]]
    assert got == [
        ("Họp sơ kết công tác quý của Ban Chỉ đạo", ["Văn phòng Ban Chỉ đạo"], ["Phòng Tư pháp"], "2026-04-30"),
        (
            "Tập huấn pháp luật về an toàn lao động cho công nhân các khu công nghiệp",
            ["Liên đoàn Lao động"],
            ["Ban Quản lý các khu công nghiệp"],
            "2026-09-30",
        ),
        ("Thi tìm hiểu pháp luật về bảo vệ rừng", ["Hạt Kiểm lâm"], ["Đoàn Thanh niên"], "2026-10-31"),
    ]


def test_a_pdf_row_whose_lead_and_coordinating_cells_end_in_the_same_owner_line_joins_it_to_both() -> None:
    """Narrow unit columns wrap "Hội Phụ nữ" / "Công an tỉnh" and "Phòng Cảnh sát phòng cháy" / "Công an
    tỉnh": one unit cannot lead and help the same task, so the shared last line is the owner of both names."""
    from pbgdpl.plans.importer.tests.heldout3 import P, Plan, T, to_pdf

    rows = (
        ("TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"),
        ("1", "Tuyên truyền Luật Phòng cháy, chữa cháy cho công nhân", "Hội Phụ nữ Công an tỉnh",
         "Phòng Cảnh sát phòng cháy Công an tỉnh", "Quý II/2026"),
        ("2", "Tập huấn kỹ năng thoát nạn cho công nhân khu công nghiệp", "Chi đoàn Thanh niên Công an tỉnh",
         "Đội Cứu hộ, cứu nạn Công an tỉnh", "Tháng 8/2026"),
    )
    plan = Plan(
        name="shared_owner_line",
        blocks=[
            P("CÔNG AN TỈNH", bold=True, center=True),
            P("Cao Bằng, ngày 12 tháng 01 năm 2026", center=True),
            P("KẾ HOẠCH", bold=True, center=True),
            P("Phổ biến pháp luật năm 2026", bold=True, center=True),
            P("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
            P("Cán bộ hiểu pháp luật."),
            P("II. NỘI DUNG", bold=True),
            T(rows, (10, 70, 26, 46, 25)),
            P("III. TỔ CHỨC THỰC HIỆN", bold=True),
            P("Phòng Tham mưu theo dõi."),
        ],
    )
    tasks = extract(to_pdf(plan), "plan.pdf")["tasks"]
    assert [(t["lead_units"], t["coordinating_units"], t["deadline"]) for t in tasks] == [
        (["Hội Phụ nữ Công an tỉnh"], ["Phòng Cảnh sát phòng cháy Công an tỉnh"], "2026-06-30"),
        (["Chi đoàn Thanh niên Công an tỉnh"], ["Đội Cứu hộ, cứu nạn Công an tỉnh"], "2026-08-31"),
    ]


def test_a_ruled_group_row_at_a_page_s_foot_in_a_table_without_numbers_carries_the_table_on() -> None:
    """A table without a number column whose page ends on a group row ("QUẢN LÝ, CHỈ ĐẠO" in the first
    column, ruled above and below): the group is a row of the table and the table goes on over the page,
    whose repeated header lacks the second row ("Chủ trì | Phối hợp")."""
    from pbgdpl.plans.importer.readers import Table, _pdf_page_with_tables

    cols = (30.0, 200.0, 290.0, 410.0)
    page1 = [
        (30.0, 300.0, "Phụ lục nhiệm vụ năm 2026"),
        (30.0, 106.0, "Nội dung công việc"), (200.0, 106.0, "Phân công"), (410.0, 106.0, "Thời hạn"),
        (200.0, 92.0, "Chủ trì"), (290.0, 92.0, "Phối hợp"),
        (30.0, 64.0, "QUẢN LÝ, CHỈ ĐẠO CHUNG"),
    ]
    ruled = [(y, x0, x1) for y in (116.0, 74.0, 60.0) for x0, x1 in ((28.0, 200.0), (200.0, 290.0),
                                                                    (290.0, 410.0), (410.0, 560.0))]
    blocks, carry = _pdf_page_with_tables(page1, None, ruled)
    tables = [b for b in blocks or [] if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].rows[-1][0] == "QUẢN LÝ, CHỈ ĐẠO CHUNG"
    assert carry is not None and len(carry[0]) == len(cols)
    page2 = [
        (30.0, 800.0, "Nội dung công việc"), (200.0, 800.0, "Phân công"), (410.0, 800.0, "Thời hạn"),
        (30.0, 772.0, "Rà soát văn bản của ngành"), (200.0, 772.0, "Văn phòng"), (290.0, 772.0, "Thanh tra"),
        (410.0, 772.0, "Quý II/2026"),
    ]
    ruled2 = [(y, x0, x1) for y in (812.0, 784.0, 760.0) for x0, x1 in ((28.0, 200.0), (200.0, 290.0),
                                                                       (290.0, 410.0), (410.0, 560.0))]
    more, _carry = _pdf_page_with_tables(page2, carry, ruled2)
    assert [b.rows for b in more or [] if isinstance(b, Table)] == [
        [["Rà soát văn bản của ngành", "Văn phòng", "Thanh tra", "Quý II/2026"]]
    ]
    assert all(b.continued for b in more or [] if isinstance(b, Table))
