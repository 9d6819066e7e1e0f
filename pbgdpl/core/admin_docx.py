"""Administrative documents in the format of NĐ 30/2020/NĐ-CP (Phụ lục I), written with python-docx.

One builder serves every document the platform issues (plans, reports): A4 with margins top/bottom 20 mm,
left 30 mm, right 15 mm; Times New Roman; a borderless two-column header (issuing body with the body above
it on the left, the national motto on the right; number and symbol under the issuing body, place and date in
italics under the motto); the type of document in bold capitals with its summary; the body; "Nơi nhận"
bottom left and the signature block bottom right.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from .text import format_date_long

FONT = "Times New Roman"
MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def issuing_bodies(unit: Any) -> tuple[str, str]:
    """(body above, issuing unit) in capitals: "UBND TỈNH HƯNG YÊN" / "SỞ KHOA HỌC VÀ CÔNG NGHỆ"."""
    above = ""
    if unit.parent is not None:
        name = unit.parent.name
        if name.lower().startswith("ủy ban nhân dân"):
            name = "UBND" + name[len("Ủy ban nhân dân"):]
        above = name.upper()
    return above, unit.name.upper()


def signer_lines(title: str, prefix: str = "", collective: str = "") -> list[str]:
    """The lines above the signature: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" when a deputy signs on behalf (also when
    no prefix is given), "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" for a collective body."""
    title = (title or "").upper()
    if prefix == "TM.":
        body = collective.upper()
        for cut in (" TỈNH", " HUYỆN", " XÃ", " PHƯỜNG", " THÀNH PHỐ"):
            if cut in body:
                body = body.split(cut)[0]
                break
        return [f"TM. {body}", title]
    if prefix == "KT." or (not prefix and title.startswith("PHÓ ")):
        head = title[4:] if title.startswith("PHÓ ") else title
        return [f"KT. {head}", title]
    if prefix:
        return [f"{prefix} {title}"]
    return [title] if title else []


def place_and_date(date: dt.date | None, place: str, year: int) -> str:
    """ "Hưng Yên, ngày 15 tháng 3 năm 2024", or the blanks a draft leaves for the signing day."""
    if date:
        return format_date_long(date, place or None)
    return f"{place + ', ' if place else ''}ngày      tháng      năm {year}"


class AdministrativeDocument:
    def __init__(self) -> None:
        self.doc = Document()
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT  # type: ignore[attr-defined]
        normal.font.size = Pt(14)  # type: ignore[attr-defined]
        rpr = normal.element.get_or_add_rPr()  # type: ignore[attr-defined]
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FONT)

    def para(self, text: str = "", *, container: Any = None, bold: bool = False, italic: bool = False,
             underline: bool = False, size: float = 14, align: str = "justify", indent: bool = False,
             after: float = 6) -> Any:
        p = (container or self.doc).add_paragraph()
        p.alignment = ALIGN[align]
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

    def cell_para(self, cell: Any, text: str, **kwargs: Any) -> Any:
        """A paragraph in a table cell, reusing the empty paragraph a new cell starts with."""
        kwargs.setdefault("align", "center")
        kwargs.setdefault("after", 0)
        kwargs.setdefault("size", 13)
        if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
            cell._tc.remove(cell.paragraphs[0]._p)
        return self.para(text, container=cell, **kwargs)

    def _borderless_table(self, rows: int, widths: tuple[float, float]) -> Any:
        table = self.doc.add_table(rows=rows, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        borders = tbl_pr.makeelement(qn("w:tblBorders"), {})
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(borders.makeelement(qn(f"w:{edge}"), {qn("w:val"): "nil"}))
        tbl_pr.append(borders)
        for index, width in enumerate(widths):
            table.columns[index].width = Mm(width)
            for row in table.rows:
                row.cells[index].width = Mm(width)
        return table

    def header(self, *, above: str, issuer: str, number_text: str, place_date: str) -> None:
        table = self._borderless_table(2, (72, 93))
        left, right = table.rows[0].cells
        if above:
            self.cell_para(left, above, size=12)
        self.cell_para(left, issuer, bold=True, size=12)
        self.cell_para(left, "―――――", size=10)
        self.cell_para(right, MOTTO_1, bold=True, size=12)
        self.cell_para(right, MOTTO_2, bold=True, size=14)
        self.cell_para(right, "―――――――――――――", size=10)
        self.cell_para(table.rows[1].cells[0], number_text)
        self.cell_para(table.rows[1].cells[1], place_date, italic=True, size=14)

    def title(self, kind: str, summary: str, *, note: str = "") -> None:
        """ "KẾ HOẠCH" / "BÁO CÁO" in bold capitals, the summary under it, an optional italic note, a rule."""
        self.para("", after=6)
        self.para(kind.upper(), bold=True, align="center", after=0)
        self.para(summary, bold=True, align="center", after=0)
        if note:
            self.para(note, italic=True, align="center", after=0)
        self.para("―――――――", size=10, align="center", after=12)

    def footer(self, *, recipients: list[str], signer: list[str], signer_name: str) -> None:
        """ "Nơi nhận" with its list bottom left; the signature block bottom right."""
        self.para("", after=0)
        left, right = self._borderless_table(1, (80, 85)).rows[0].cells
        self.cell_para(left, "Nơi nhận:", bold=True, italic=True, size=12, align="left")
        cleaned = [str(r).strip().rstrip(";.") for r in recipients if str(r).strip()] or ["Lưu: VT"]
        for index, recipient in enumerate(cleaned):
            end = "." if index == len(cleaned) - 1 else ";"
            self.cell_para(left, f"- {recipient}{end}", size=11, align="left")
        for line in signer:
            self.cell_para(right, line, bold=True, size=14)
        for _blank in range(3):
            self.cell_para(right, "", size=14)
        self.cell_para(right, signer_name, bold=True, size=14)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        return buffer.getvalue()
