"""The narrative report as a DOCX in the administrative format of NĐ 30/2020/NĐ-CP, and its PDF through
LibreOffice when it is installed.

Layout (NĐ 30/2020, Phụ lục I): A4; Times New Roman; issuing body (with the body above it) top left, the national
motto top right; number and symbol under the issuing body, place and date in italics under the motto; "BÁO CÁO"
in bold capitals with the summary under it; the body; "Nơi nhận" bottom left; the signature block bottom right.
A report whose statistics are not all approved carries "DỰ THẢO" at the top and lists the units still missing.
"""

from __future__ import annotations

import shutil
import subprocess  # noqa: S404 - runs LibreOffice on a file we wrote, no shell
import tempfile
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _

from pbgdpl.core import admin_docx

from .models import ReportDocument
from .selectors import Figures, RenderedSection

DRAFT_MARK = "DỰ THẢO"
ROMAN = {"I": "KẾT QUẢ CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT", "II": "NHẬN XÉT, ĐÁNH GIÁ",
         "III": "ĐỀ XUẤT, KIẾN NGHỊ", "IV": "NHIỆM VỤ TRỌNG TÂM"}
PDF_TIMEOUT = 60


def title_of(doc: ReportDocument, fig: Figures) -> str:
    return _("Kết quả công tác phổ biến, giáo dục pháp luật %(period)s và nhiệm vụ trọng tâm %(next)s") % {
        "period": fig.values["period_label"], "next": fig.values["next_period_label"]}


def build_docx(doc: ReportDocument, fig: Figures, sections: list[RenderedSection]) -> bytes:
    out = admin_docx.AdministrativeDocument()
    para = out.para
    if fig.is_draft:
        para(DRAFT_MARK, bold=True, align="right", after=0)
    above, issuer = admin_docx.issuing_bodies(doc.unit)
    symbol = doc.symbol or (f"BC-{doc.unit.abbreviation}" if doc.unit.abbreviation else "BC")
    number = f"{doc.number:02d}" if doc.number else "     "
    out.header(above=above, issuer=issuer, number_text=f"Số: {number}/{symbol}",
               place_date=admin_docx.place_and_date(doc.date, doc.place, timezone.localdate().year))
    out.title("BÁO CÁO", title_of(doc, fig),
              note=_("(Số liệu từ ngày %(a)s đến ngày %(b)s)") % {"a": fig.values["start"], "b": fig.values["cutoff"]})
    if fig.is_draft:
        for line in draft_notes(fig):
            para(line, italic=True, size=12, after=4)

    by_key = {s.spec.key: s for s in sections}
    intro = by_key.get("intro")
    if intro:
        for text in intro.paragraphs:
            para(text, indent=True)
    written_roman: set[str] = set()
    for section in sections:
        if not section.spec.number:
            continue
        roman, _dot, sub = section.spec.number.partition(".")
        if roman not in written_roman:
            head = ROMAN[roman]
            if roman == "IV":
                head = f"{head} {fig.values['next_period_label'].upper()}"
            para(f"{roman}. {head}", bold=True, after=6)
            written_roman.add(roman)
        if sub:
            para(f"{sub}. {section.spec.heading}", bold=True, after=6)
        for text in section.paragraphs + section.extra:
            para(text, indent=True)
    closing = by_key.get("closing")
    if closing:
        for text in closing.paragraphs:
            para(text, indent=True)

    out.footer(recipients=doc.recipients.splitlines(), signer=admin_docx.signer_lines(doc.signer_title),
               signer_name=doc.signer_name)
    return out.to_bytes()


def draft_notes(fig: Figures) -> list[str]:
    stats = fig.statistics
    notes = []
    if not stats.own_approved:
        notes.append(_("Số liệu thống kê của %(u)s kỳ này chưa được phê duyệt.") % {"u": stats.unit.display_name})
    if stats.missing:
        notes.append(_("Chưa có báo cáo thống kê được phê duyệt của: %(units)s.")
                     % {"units": "; ".join(u.display_name for u in stats.missing)})
    return notes


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
