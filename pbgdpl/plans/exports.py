"""A plan as a DOCX in the administrative format of NĐ 30/2020/NĐ-CP, its tasks as an XLSX sheet.

NĐ 30/2020 (Phụ lục I): A4, margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm; Times New Roman;
a two-column header (issuing body on the left, national motto on the right), the number and symbol
under the issuing body, place and date in italics under the motto; the type of document in bold
capitals and its summary; the body; "Nơi nhận" bottom left and the signature block bottom right.
"""

from __future__ import annotations

import io

from django.utils.translation import gettext as _

from pbgdpl.core import admin_docx
from pbgdpl.core.text import format_date

from .models import Plan, Task, TaskState

FONT = admin_docx.FONT


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
    out = admin_docx.AdministrativeDocument()
    para = out.para
    above, issuer = admin_docx.issuing_bodies(plan.unit)
    number_text = f"Số: {plan.number_symbol}" if plan.number is not None else f"Số:      /{plan.symbol}"
    out.header(above=above, issuer=issuer, number_text=number_text,
               place_date=admin_docx.place_and_date(plan.date, plan.place, plan.year))
    out.title("KẾ HOẠCH", plan.title)

    bases = list(plan.legal_bases.all())
    for basis in bases:
        text = basis.text.strip().rstrip(";.")
        if text and not text.lower().startswith(("căn cứ", "thực hiện")):
            # Plans are "carried out" (Thực hiện Kế hoạch số …); legal documents are bases (Căn cứ Luật …).
            lead = "Thực hiện" if "/KH-" in basis.number or text.lower().startswith("kế hoạch") else "Căn cứ"
            text = f"{lead} {text}"
        para(text + ";", italic=True, indent=True)
    para(_("%(unit)s ban hành Kế hoạch với các nội dung sau:") % {"unit": plan.unit.name}, indent=True)

    section_no = 0
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]

    def heading(text: str) -> None:
        nonlocal section_no
        para(f"{roman[section_no]}. {text}", bold=True, after=6)
        section_no += 1

    heading("MỤC ĐÍCH, YÊU CẦU")
    para("1. Mục đích", bold=True)
    for line in (plan.purposes or "").splitlines() or [""]:
        if line.strip():
            para(line.strip(), indent=True)
    para("2. Yêu cầu", bold=True)
    for line in (plan.requirements or "").splitlines():
        if line.strip():
            para(line.strip(), indent=True)
    if plan.audiences.strip():
        para("3. Đối tượng", bold=True)
        for line in plan.audiences.splitlines():
            if line.strip():
                para(line.strip(), indent=True)

    tasks, standing = _tasks_by_section(plan)
    heading("NHIỆM VỤ")
    by_id = {t.pk: t for t in tasks}
    for task in tasks:
        depth = _depth(task, by_id)
        label = task.code if task.code.endswith((")", ".")) else f"{task.code}."
        para(f"{label} {task.title}", bold=depth == 0, indent=True)
        if task.content:
            para(task.content, indent=True)
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
            para(line, indent=True, after=2)

    heading("TỔ CHỨC THỰC HIỆN")
    for task in standing:
        code = task.code.split(".", 1)[1] if task.code.upper().startswith("III.") else task.code
        label = code if code.endswith((")", ".")) else f"{code}."
        unit = _lead(task)
        para(f"{label} {unit}".strip(), bold=True, indent=True)
        para(task.title + (f" {task.content}" if task.content else ""), indent=True)
    if plan.budget_text or plan.budget_amount:
        heading("KINH PHÍ")
        if plan.budget_text:
            para(plan.budget_text, indent=True)
        if plan.budget_amount:
            amount = f"{int(plan.budget_amount):,}".replace(",", ".")
            para(f"Tổng kinh phí dự kiến: {amount} đồng.", indent=True)

    out.footer(recipients=[str(r) for r in plan.recipients],
               signer=admin_docx.signer_lines(plan.signer_title, plan.signer_prefix, plan.unit.name),
               signer_name=plan.signer_name)
    return out.to_bytes()


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
