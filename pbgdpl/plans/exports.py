"""A plan as a DOCX in the administrative format of NĐ 30/2020/NĐ-CP, its tasks as an XLSX sheet.

NĐ 30/2020 (Phụ lục I): A4, margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm; Times New Roman;
a two-column header (issuing body on the left, national motto on the right), the number and symbol
under the issuing body, place and date in italics under the motto; the type of document in bold
capitals and its summary; the body; "Nơi nhận" bottom left and the signature block bottom right.
"""

from __future__ import annotations

import io
from typing import Any

from django.utils.translation import gettext as _

from pbgdpl.core.text import format_date, format_date_long

from .models import Plan, Task, TaskState

FONT = "Times New Roman"
MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


def _upper(text: str) -> str:
    return text.upper()


def issuing_bodies(plan: Plan) -> tuple[str, str]:
    """(parent body, issuing unit) as written in the header: "UBND TỈNH HƯNG YÊN" / "SỞ KHOA HỌC VÀ CÔNG NGHỆ"."""
    unit = plan.unit
    parent = unit.parent
    above = ""
    if parent is not None:
        name = parent.name
        if name.lower().startswith("ủy ban nhân dân"):
            name = "UBND" + name[len("Ủy ban nhân dân"):]
        above = _upper(name)
    return above, _upper(unit.name)


def signer_lines(plan: Plan) -> list[str]:
    """ "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" (signing on behalf), "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" (for a collective)."""
    title = _upper(plan.signer_title or "")
    prefix = plan.signer_prefix
    if prefix == "KT.":
        head = title[4:] if title.startswith("PHÓ ") else title
        return [f"KT. {head}", title]
    if prefix == "TM.":
        body = _upper(plan.unit.name)
        for cut in (" TỈNH", " HUYỆN", " XÃ", " PHƯỜNG", " THÀNH PHỐ"):
            if cut in body:
                body = body.split(cut)[0]
                break
        return [f"TM. {body}", title]
    if prefix:
        return [f"{prefix} {title}"]
    return [title] if title else []


def _tasks_by_section(plan: Plan) -> tuple[list[Task], list[Task]]:
    tasks = list(plan.tasks.prefetch_related("lead_units", "coordinating_units").order_by("position", "id"))
    return [t for t in tasks if not t.standing], [t for t in tasks if t.standing]


def _depth(task: Task, by_id: dict[int, Task]) -> int:
    depth = 0
    current = task
    while current.parent_id and current.parent_id in by_id and depth < 6:
        depth += 1
        current = by_id[current.parent_id]
    return depth


def _lead(task: Task) -> str:
    return task.lead_text or "; ".join(u.name for u in task.lead_units.all())


def _coordinating(task: Task) -> str:
    return task.coordinating_text or "; ".join(u.name for u in task.coordinating_units.all())


def plan_docx(plan: Plan) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)

    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)

    def para(container: Any, text: str = "", *, bold: bool = False, italic: bool = False, size: float = 14,
             align: Any = WD_ALIGN_PARAGRAPH.JUSTIFY, indent: bool = False, after: float = 6, underline: bool = False) -> Any:
        p = container.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Mm(10)
        if text:
            run = p.add_run(text)
            run.bold, run.italic, run.underline = bold, italic, underline
            run.font.size = Pt(size)
            run.font.name = FONT
        return p

    def cell_para(cell: Any, text: str, **kwargs: Any) -> Any:
        kwargs.setdefault("align", WD_ALIGN_PARAGRAPH.CENTER)
        kwargs.setdefault("after", 0)
        if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
            p = cell.paragraphs[0]
            p.alignment = kwargs["align"]
            p.paragraph_format.space_after = Pt(kwargs["after"])
            run = p.add_run(text)
            run.bold, run.italic = kwargs.get("bold", False), kwargs.get("italic", False)
            run.font.size = Pt(kwargs.get("size", 13))
            run.font.name = FONT
            return p
        return para(cell, text, **kwargs)

    def borderless(table: Any) -> None:
        tbl_pr = table._tbl.tblPr
        borders = tbl_pr.makeelement(qn("w:tblBorders"), {})
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            element = borders.makeelement(qn(f"w:{edge}"), {qn("w:val"): "nil"})
            borders.append(element)
        tbl_pr.append(borders)

    # Header: issuing body | national motto; number | place and date.
    above, issuer = issuing_bodies(plan)
    header = doc.add_table(rows=2, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    header.autofit = False
    borderless(header)
    widths = (Mm(72), Mm(93))
    for idx, width in enumerate(widths):
        header.columns[idx].width = width
    for row in header.rows:
        for idx, width in enumerate(widths):
            row.cells[idx].width = width
    left, right = header.rows[0].cells
    if above:
        cell_para(left, above, size=12)
    cell_para(left, issuer, bold=True, size=12)
    cell_para(left, "―――――", size=10)
    cell_para(right, MOTTO_1, bold=True, size=12)
    cell_para(right, MOTTO_2, bold=True, size=14)
    cell_para(right, "―――――――――――――", size=10)
    number_text = f"Số: {plan.number_symbol}" if plan.number is not None else f"Số:      /{plan.symbol}"
    cell_para(header.rows[1].cells[0], number_text, size=13)
    if plan.date:
        place_date = format_date_long(plan.date, plan.place or None)
    else:
        place_date = f"{plan.place + ', ' if plan.place else ''}ngày      tháng      năm {plan.year}"
    cell_para(header.rows[1].cells[1], place_date, italic=True, size=14)

    # Type and summary.
    para(doc, "", after=6)
    para(doc, "KẾ HOẠCH", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, plan.title, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    para(doc, "―――――――", size=10, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)

    bases = list(plan.legal_bases.all())
    for basis in bases:
        text = basis.text.strip().rstrip(";.")
        if text and not text.lower().startswith(("căn cứ", "thực hiện")):
            # Plans are "carried out" (Thực hiện Kế hoạch số …); legal documents are bases (Căn cứ Luật …).
            lead = "Thực hiện" if "/KH-" in basis.number or text.lower().startswith("kế hoạch") else "Căn cứ"
            text = f"{lead} {text}"
        para(doc, text + ";", italic=True, indent=True)
    para(doc, _("%(unit)s ban hành Kế hoạch với các nội dung sau:") % {"unit": plan.unit.name}, indent=True)

    section_no = 0
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

    def heading(text: str) -> None:
        nonlocal section_no
        para(doc, f"{roman[section_no]}. {text}", bold=True, after=6)
        section_no += 1

    heading("MỤC ĐÍCH, YÊU CẦU")
    para(doc, "1. Mục đích", bold=True)
    for line in (plan.purposes or "").splitlines() or [""]:
        if line.strip():
            para(doc, line.strip(), indent=True)
    para(doc, "2. Yêu cầu", bold=True)
    for line in (plan.requirements or "").splitlines():
        if line.strip():
            para(doc, line.strip(), indent=True)
    if plan.audiences.strip():
        para(doc, "3. Đối tượng", bold=True)
        for line in plan.audiences.splitlines():
            if line.strip():
                para(doc, line.strip(), indent=True)

    tasks, standing = _tasks_by_section(plan)
    heading("NHIỆM VỤ")
    by_id = {t.pk: t for t in tasks}
    for task in tasks:
        depth = _depth(task, by_id)
        label = task.code if task.code.endswith((")", ".")) else f"{task.code}."
        para(doc, f"{label} {task.title}", bold=depth == 0, indent=True)
        if task.content:
            para(doc, task.content, indent=True)
        details = []
        if _lead(task):
            details.append(f"- Đơn vị chủ trì: {_lead(task)}.")
        if _coordinating(task):
            details.append(f"- Đơn vị phối hợp: {_coordinating(task)}.")
        if task.timeframe or task.due_date:
            details.append(f"- Thời gian thực hiện: {task.timeframe or format_date(task.due_date)}.")
        if task.deliverables:
            details.append(f"- Sản phẩm: {'; '.join(task.deliverables)}.")
        for line in details:
            para(doc, line, indent=True, after=2)

    heading("TỔ CHỨC THỰC HIỆN")
    for task in standing:
        code = task.code.split(".", 1)[1] if task.code.upper().startswith("III.") else task.code
        label = code if code.endswith((")", ".")) else f"{code}."
        unit = _lead(task)
        para(doc, f"{label} {unit}".strip(), bold=True, indent=True)
        para(doc, task.title + (f" {task.content}" if task.content else ""), indent=True)
    if plan.budget_text or plan.budget_amount:
        heading("KINH PHÍ")
        if plan.budget_text:
            para(doc, plan.budget_text, indent=True)
        if plan.budget_amount:
            amount = f"{int(plan.budget_amount):,}".replace(",", ".")
            para(doc, f"Tổng kinh phí dự kiến: {amount} đồng.", indent=True)

    # Recipients | signature.
    para(doc, "", after=0)
    footer = doc.add_table(rows=1, cols=2)
    footer.autofit = False
    borderless(footer)
    left, right = footer.rows[0].cells
    footer.columns[0].width, footer.columns[1].width = Mm(80), Mm(85)
    left.width, right.width = Mm(80), Mm(85)
    cell_para(left, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    recipients = [r for r in plan.recipients if str(r).strip()] or ["Lưu: VT"]
    for idx, recipient in enumerate(recipients):
        text = str(recipient).strip().rstrip(";.")
        end = "." if idx == len(recipients) - 1 else ";"
        cell_para(left, f"- {text}{end}", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in signer_lines(plan):
        cell_para(right, line, bold=True, size=14)
    for _i in range(3):
        cell_para(right, "", size=14)
    cell_para(right, plan.signer_name, bold=True, size=14)

    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


XLSX_HEADERS = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Hạn hoàn thành",
                "Sản phẩm", "Tình trạng", "Tiến độ (%)"]


def tasks_xlsx(plan: Plan) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Nhiệm vụ"
    ws.append([f"{plan.number_symbol} — {plan.title}"[:250]])
    ws["A1"].font = Font(bold=True, name=FONT, size=13)
    ws.append(XLSX_HEADERS)
    for cell in ws[2]:
        cell.font = Font(bold=True, name=FONT)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    tasks = plan.tasks.prefetch_related("lead_units", "coordinating_units").order_by("position", "id")
    for task in tasks:
        ws.append([
            task.code, task.title, _lead(task), _coordinating(task), task.timeframe, task.due_date,
            "; ".join(task.deliverables), str(TaskState(task.state).label) + (" (thường xuyên)" if task.standing else ""),
            task.percent,
        ])
        ws.cell(row=ws.max_row, column=6).number_format = "DD/MM/YYYY"
    for column, width in zip("ABCDEFGHI", (8, 60, 30, 30, 25, 14, 30, 18, 10), strict=True):
        ws.column_dimensions[column].width = width
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A3"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
