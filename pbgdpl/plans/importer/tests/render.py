"""Render the test plans (plans.py) into Word and PDF files the way agencies lay them out."""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Any

from .plans import G, Plan, T

logging.getLogger("fontTools").setLevel(logging.WARNING)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

Op = tuple[str, Any, Any]  # ("p", text, bold) | ("table", rows, {"header_rows": n, "merge_groups": bool})


def _units(names: list[str], sep: str) -> str:
    return sep.join(names)


def _labels(task: T, plan: Plan, style: str) -> list[str]:
    lead = task.lead_text or _units(task.lead, plan.sep)
    coord = _units(task.coord, plan.sep)
    products = "; ".join(task.products)
    if style == "plus":
        lines = [f"+ Đơn vị chủ trì: {lead}.", f"+ Đơn vị phối hợp: {coord}."]
        if task.time:
            lines.append(f"+ Thời gian hoàn thành: {task.time}.")
        if products:
            lines.append(f"+ Sản phẩm: {products}.")
        return lines
    if style == "dash_short":
        lines = [f"+ Chủ trì: {lead}.", f"+ Phối hợp: {coord}."]
        if task.time:
            lines.append(f"+ Thời gian: {task.time}.")
        if products:
            lines.append(f"+ Sản phẩm: {products}.")
        return lines
    if style == "letters":
        return [
            f"a) Đơn vị chủ trì: {lead}.",
            f"b) Đơn vị phối hợp: {coord}.",
            f"c) Thời gian thực hiện: {task.time}.",
        ]
    if style == "inline":
        line = f"Cơ quan chủ trì: {lead}; cơ quan phối hợp: {coord}; thời gian: {task.time}."
        return [line] + ([f"Sản phẩm: {products}."] if products else [])
    if style == "giao":
        return [f"Giao {lead} chủ trì, phối hợp với {coord} thực hiện.", f"Thời gian thực hiện: {task.time}."]
    if style == "runs":
        lines = [f"- Đơn vị thực hiện: {lead}."]
        if not task.lead_text:
            lines.append(f"- Đơn vị phối hợp: {coord}.")
        return [*lines, f"- Thời gian: {task.time}."]
    raise ValueError(style)


def ops(plan: Plan) -> list[Op]:
    out: list[Op] = [
        (
            "table",
            [
                [" \n".join(plan.issuer), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                [f"Số: {plan.number}", plan.date_line],
            ],
            {"header_rows": 0},
        ),
        ("p", "KẾ HOẠCH", True),
        *[("p", line, True) for line in plan.title],
        ("p", plan.preamble, False),
        ("p", "I. MỤC ĐÍCH, YÊU CẦU", True),
        ("p", "1. Mục đích", True),
        *[("p", f"- {line}", False) for line in plan.purposes],
        ("p", "2. Yêu cầu", True),
        ("p", "- Bảo đảm thiết thực, hiệu quả, phù hợp với điều kiện thực tế.", False),
        ("p", plan.task_section, True),
    ]
    out.extend(_items(plan))
    out.append(("p", "III. TỔ CHỨC THỰC HIỆN", True))
    out.extend(("p", line, False) for line in plan.organisation)
    out.append(
        (
            "table",
            [["Nơi nhận:\n" + "\n".join(f"- {r};" for r in plan.recipients), "\n".join(plan.signer)]],
            {"header_rows": 0},
        )
    )
    return out


def _items(plan: Plan) -> list[Op]:
    layout = plan.layout
    out: list[Op] = []
    if layout in ("table", "table_two_rows"):
        return _table(plan)
    n = 0
    for item in plan.items:
        n += 1
        if isinstance(item, G):
            out.append(("p", f"{n}. {item.title}", True))
            for i, task in enumerate(item.tasks, start=1):
                if layout == "plus_bullets":
                    out.append(("p", f"{n}.{i}. {task.title}", False))
                    out.extend(("p", line, False) for line in _labels(task, plan, "plus"))
                elif layout == "dash_blocks":
                    out.append(("p", f"- {task.title}.", False))
                    out.extend(("p", line, False) for line in _labels(task, plan, "dash_short"))
                elif layout == "giao_sentence":
                    out.append(("p", f"{'abcdeg'[i - 1]}) {task.title}.", False))
                    out.extend(("p", line, False) for line in _labels(task, plan, "giao"))
                elif layout == "letter_labels":
                    out.append(("p", f"{n}.{i}. {task.title}", False))
                    out.extend(("p", line, False) for line in _labels(task, plan, "letters"))
                else:
                    raise ValueError(layout)
            continue
        task = item
        if layout == "bold_inline":
            out.append(("p", task.title, True))
            out.extend(("p", line, False) for line in _labels(task, plan, "inline"))
        elif layout == "runs_into_body":
            out.append(("p", f"{n}. {task.title}. {task.body}", False))
            out.extend(("p", line, False) for line in _labels(task, plan, "runs"))
        else:
            style = {
                "plus_bullets": "plus",
                "dash_blocks": "dash_short",
                "giao_sentence": "giao",
                "letter_labels": "letters",
            }[layout]
            out.append(("p", f"{n}. {task.title}", True))
            out.extend(("p", line, False) for line in _labels(task, plan, style))
    return out


def _table(plan: Plan) -> list[Op]:
    two = plan.layout == "table_two_rows"
    if two:
        rows = [
            [
                "STT",
                "Nội dung công việc",
                "Đơn vị thực hiện",
                "Đơn vị thực hiện",
                "Thời hạn hoàn thành",
                "Kết quả/Sản phẩm",
            ],
            ["STT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn hoàn thành", "Kết quả/Sản phẩm"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
        ]
    else:
        rows = [
            [
                "TT",
                "Nội dung nhiệm vụ",
                "Cơ quan chủ trì",
                "Cơ quan phối hợp",
                "Thời gian thực hiện",
                "Sản phẩm",
            ]
        ]
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
    for g, item in enumerate(plan.items):
        assert isinstance(item, G)
        code = str(g + 1) if two else romans[g]
        rows.append([code, item.title, "", "", "", ""])
        for i, task in enumerate(item.tasks, start=1):
            sep = "\n" if two else plan.sep
            rows.append(
                [
                    f"{code}.{i}" if two else str(i),
                    task.title,
                    sep.join(task.lead),
                    sep.join(task.coord),
                    task.time or "",
                    "; ".join(task.products),
                ]
            )
    return [
        ("p", "Các nhiệm vụ cụ thể như sau:", False),
        ("table", rows, {"header_rows": 3 if two else 1, "merge_groups": not two}),
    ]


# --- writers ---------------------------------------------------------------------------------


def to_docx(plan: Plan) -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    for kind, payload, extra in ops(plan):
        if kind == "p":
            paragraph = document.add_paragraph()
            run = paragraph.add_run(payload)
            run.bold = bool(extra)
            continue
        rows: list[list[str]] = payload
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                cell = table.cell(r, c)
                lines = text.split("\n")
                cell.paragraphs[0].text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
        header_rows = extra.get("header_rows", 0)
        if header_rows == 3:  # "Đơn vị thực hiện" over "Chủ trì | Phối hợp"; STT and others span two rows
            _single_text(table.cell(0, 2).merge(table.cell(0, 3)), "Đơn vị thực hiện")
            for c in (0, 1, 4, 5):
                merged = table.cell(0, c).merge(table.cell(1, c))
                _single_text(merged, rows[0][c])
        if extra.get("merge_groups"):
            for r, row in enumerate(rows[header_rows:], start=header_rows):
                if not row[2] and not row[4]:
                    merged = table.cell(r, 1).merge(table.cell(r, 5))
                    _single_text(merged, row[1])
                    merged.paragraphs[0].runs[0].bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _single_text(cell: Any, text: str) -> None:
    for paragraph in cell.paragraphs[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    cell.paragraphs[0].text = text


def to_pdf(plan: Plan) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import TableCellFillMode

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_font("DejaVu", size=11)
    for kind, payload, extra in ops(plan):
        if kind == "p":
            pdf.set_font("DejaVu", "B" if extra else "", 11)
            pdf.multi_cell(0, 6, payload, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        rows: list[list[str]] = payload
        if extra.get("header_rows", 0) == 0:  # layout tables: write the cells one after another
            pdf.set_font("DejaVu", "", 11)
            for row in rows:
                for cell in row:
                    pdf.multi_cell(0, 6, cell, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("DejaVu", "", 8)
        widths = (10, 55, 30, 35, 25, 25)
        with pdf.table(
            col_widths=widths,
            v_align="TOP",
            cell_fill_mode=TableCellFillMode.NONE,
            first_row_as_headings=False,
        ) as table:
            for row in rows:
                pdf_row = table.row()
                for cell in row:
                    pdf_row.cell(cell)
        pdf.set_font("DejaVu", "", 11)
    return bytes(pdf.output())


def to_text(plan: Plan) -> str:
    lines: list[str] = []
    for kind, payload, _extra in ops(plan):
        if kind == "p":
            lines.append(payload)
        elif _extra.get("header_rows"):  # a task table, as a Markdown table
            lines.append(
                "\n".join("| " + " | ".join(c.replace("\n", "; ") for c in row) + " |" for row in payload)
            )
        else:
            for row in payload:
                lines.extend(cell for cell in row if cell)
    return "\n\n".join(lines)
