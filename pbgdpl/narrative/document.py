"""The narrative report as a DOCX in the administrative format of NĐ 30/2020/NĐ-CP, and its PDF through
LibreOffice when it is installed.

Layout (NĐ 30/2020, Phụ lục I): A4; Times New Roman; issuing body (with the body above it) top left, the national
motto top right; number and symbol under the issuing body, place and date in italics under the motto; "BÁO CÁO"
in bold capitals with the summary under it; the body; "Nơi nhận" bottom left; the signature block bottom right.
A report whose statistics are not all approved carries "DỰ THẢO" at the top and lists the units still missing.
"""

from __future__ import annotations

import io
import shutil
import subprocess  # noqa: S404 - runs LibreOffice on a file we wrote, no shell
import tempfile
from pathlib import Path
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from pbgdpl.core.text import format_date_long
from pbgdpl.org.models import Unit

from .models import ReportDocument
from .selectors import Figures, RenderedSection

FONT = "Times New Roman"
MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
DRAFT_MARK = "DỰ THẢO"
ROMAN = {"I": "KẾT QUẢ CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "II": "NHẬN XÉT, ĐÁNH GIÁ",
         "III": "ĐỀ XUẤT, KIẾN NGHỊ", "IV": "NHIỆM VỤ TRỌNG TÂM"}
PDF_TIMEOUT = 60


def issuing_bodies(unit: Unit) -> tuple[str, str]:
    above = ""
    if unit.parent is not None:
        name = unit.parent.name
        if name.lower().startswith("ủy ban nhân dân"):
            name = "UBND" + name[len("Ủy ban nhân dân"):]
        above = name.upper()
    return above, unit.name.upper()


def title_of(doc: ReportDocument, fig: Figures) -> str:
    return _("Kết quả công tác phổ biến, giáo dục pháp luật %(period)s và nhiệm vụ trọng tâm %(next)s") % {
        "period": fig.values["period_label"], "next": fig.values["next_period_label"]}


def build_docx(doc: ReportDocument, fig: Figures, sections: list[RenderedSection]) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    out = Document()
    page = out.sections[0]
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.top_margin, page.bottom_margin = Mm(20), Mm(20)
    page.left_margin, page.right_margin = Mm(30), Mm(15)
    normal = out.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(14)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    center, left, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY

    def para(container: Any, text: str = "", *, bold: bool = False, italic: bool = False, size: float = 14,
             align: Any = justify, indent: bool = False, after: float = 6) -> Any:
        p = container.add_paragraph()
        p.alignment = align
        p.paragraph_format.space_after = Pt(after)
        p.paragraph_format.space_before = Pt(0)
        if indent:
            p.paragraph_format.first_line_indent = Mm(10)
        if text:
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            run.font.size = Pt(size)
            run.font.name = FONT
        return p

    def cell_para(cell: Any, text: str, **kwargs: Any) -> Any:
        kwargs.setdefault("align", center)
        kwargs.setdefault("after", 0)
        kwargs.setdefault("size", 13)
        if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
            cell._tc.remove(cell.paragraphs[0]._p)
        return para(cell, text, **kwargs)

    def borderless(table: Any) -> None:
        tbl_pr = table._tbl.tblPr
        borders = tbl_pr.makeelement(qn("w:tblBorders"), {})
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(borders.makeelement(qn(f"w:{edge}"), {qn("w:val"): "nil"}))
        tbl_pr.append(borders)

    if fig.is_draft:
        para(out, DRAFT_MARK, bold=True, size=14, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    above, issuer = issuing_bodies(doc.unit)
    header = out.add_table(rows=2, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    borderless(header)
    for row in header.rows:
        row.cells[0].width, row.cells[1].width = Mm(70), Mm(95)
    if above:
        cell_para(header.rows[0].cells[0], above)
    cell_para(header.rows[0].cells[0], issuer, bold=True)
    cell_para(header.rows[0].cells[0], "―――――", size=10)
    cell_para(header.rows[0].cells[1], MOTTO_1, bold=True)
    cell_para(header.rows[0].cells[1], MOTTO_2, bold=True, size=14)
    cell_para(header.rows[0].cells[1], "―――――――――――――", size=10)
    symbol = doc.symbol or (f"BC-{doc.unit.abbreviation}" if doc.unit.abbreviation else "BC")
    number = f"{doc.number:02d}" if doc.number else "     "
    cell_para(header.rows[1].cells[0], f"Số: {number}/{symbol}")
    if doc.date:
        place_date = format_date_long(doc.date, doc.place or None)
    else:
        place_date = f"{doc.place + ', ' if doc.place else ''}ngày      tháng      năm {timezone.localdate().year}"
    cell_para(header.rows[1].cells[1], place_date, italic=True, size=14)

    para(out, "", after=6)
    para(out, "BÁO CÁO", bold=True, align=center, after=0)
    para(out, title_of(doc, fig), bold=True, align=center, after=0)
    para(out, _("(Số liệu từ ngày %(a)s đến ngày %(b)s)") % {"a": fig.values["start"], "b": fig.values["cutoff"]},
         italic=True, align=center, after=0)
    para(out, "―――――――", size=10, align=center, after=12)
    if fig.is_draft:
        for line in draft_notes(fig):
            para(out, line, italic=True, size=12, after=4)

    by_key = {s.spec.key: s for s in sections}
    intro = by_key.get("intro")
    if intro:
        for text in intro.paragraphs:
            para(out, text, indent=True)
    written_roman: set[str] = set()
    for section in sections:
        if not section.spec.number:
            continue
        roman, _dot, sub = section.spec.number.partition(".")
        if roman not in written_roman:
            head = ROMAN[roman]
            if roman == "IV":
                head = f"{head} {fig.values['next_period_label'].upper()}"
            para(out, f"{roman}. {head}", bold=True, after=6)
            written_roman.add(roman)
        if sub:
            para(out, f"{sub}. {section.spec.heading}", bold=True, after=6)
        for text in section.paragraphs + section.extra:
            para(out, text, indent=True)
    closing = by_key.get("closing")
    if closing:
        for text in closing.paragraphs:
            para(out, text, indent=True)

    para(out, "", after=0)
    footer = out.add_table(rows=1, cols=2)
    borderless(footer)
    left_cell, right_cell = footer.rows[0].cells
    left_cell.width, right_cell.width = Mm(80), Mm(85)
    cell_para(left_cell, "Nơi nhận:", bold=True, italic=True, size=12, align=left)
    recipients = [r.strip().rstrip(";.") for r in doc.recipients.splitlines() if r.strip()] or ["Lưu: VT"]
    for idx, recipient in enumerate(recipients):
        end = "." if idx == len(recipients) - 1 else ";"
        cell_para(left_cell, f"- {recipient}{end}", size=11, align=left)
    for line in signer_lines(doc):
        cell_para(right_cell, line, bold=True, size=14)
    for _i in range(3):
        cell_para(right_cell, "", size=14)
    cell_para(right_cell, doc.signer_name, bold=True, size=14)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def draft_notes(fig: Figures) -> list[str]:
    stats = fig.statistics
    notes = []
    if not stats.own_approved:
        notes.append(_("Số liệu thống kê của %(u)s kỳ này chưa được phê duyệt.") % {"u": stats.unit.display_name})
    if stats.missing:
        notes.append(_("Chưa có báo cáo thống kê được phê duyệt của: %(units)s.")
                     % {"units": "; ".join(u.display_name for u in stats.missing)})
    return notes


def signer_lines(doc: ReportDocument) -> list[str]:
    title = (doc.signer_title or "").upper()
    if title.startswith("PHÓ "):
        return [f"KT. {title[4:]}", title]
    return [title] if title else []


def pdf_available() -> bool:
    return shutil.which("soffice") is not None


def to_pdf(docx: bytes, timeout: int = PDF_TIMEOUT) -> bytes:
    """LibreOffice headless conversion; raises RuntimeError when it is absent, fails or takes too long."""
    binary = shutil.which("soffice")
    if binary is None:
        raise RuntimeError(_("Máy chủ chưa cài LibreOffice: không xuất được PDF."))
    with tempfile.TemporaryDirectory(prefix="pbgdpl-pdf-") as tmp:
        source = Path(tmp) / "bao-cao.docx"
        source.write_bytes(docx)
        try:
            subprocess.run(  # noqa: S603 - fixed arguments, no shell
                [binary, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "pdf",
                 "--outdir", tmp, str(source)], check=True, timeout=timeout, capture_output=True)
        except (subprocess.SubprocessError, OSError) as error:
            raise RuntimeError(_("Chuyển sang PDF không thành công: %(e)s") % {"e": error}) from error
        target = Path(tmp) / "bao-cao.pdf"
        if not target.exists():
            raise RuntimeError(_("Chuyển sang PDF không thành công."))
        return target.read_bytes()
