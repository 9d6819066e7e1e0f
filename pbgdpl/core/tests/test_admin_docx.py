import datetime as dt
import io

from docx import Document

from pbgdpl.core import admin_docx


def test_signer_lines_follow_nd30_prefixes():
    assert admin_docx.signer_lines("Phó Giám đốc", "KT.") == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert admin_docx.signer_lines("Phó Giám đốc") == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
    assert admin_docx.signer_lines("Chủ tịch", "TM.", "Ủy ban nhân dân tỉnh Hưng Yên") == [
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert admin_docx.signer_lines("Giám đốc") == ["GIÁM ĐỐC"]
    assert admin_docx.signer_lines("") == []


def test_place_and_date_leaves_blanks_for_an_unsigned_draft():
    assert admin_docx.place_and_date(dt.date(2024, 3, 15), "Hưng Yên", 2024) == "Hưng Yên, ngày 15 tháng 3 năm 2024"
    assert admin_docx.place_and_date(None, "Hưng Yên", 2025).startswith("Hưng Yên, ngày ")
    assert admin_docx.place_and_date(None, "", 2025).endswith("năm 2025")


def test_a_document_has_header_title_recipients_and_signature():
    out = admin_docx.AdministrativeDocument()
    out.header(above="UBND TỈNH HƯNG YÊN", issuer="SỞ KHOA HỌC VÀ CÔNG NGHỆ", number_text="Số: 07/KH-SKHCN",
               place_date="Hưng Yên, ngày 15 tháng 3 năm 2024")
    out.title("Kế hoạch", "Phổ biến, giáo dục pháp luật năm 2024")
    out.para("Nội dung.")
    out.footer(recipients=["Sở Tư pháp;", "Lưu: VT."], signer=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
               signer_name="Nguyễn Văn Hùng")
    doc = Document(io.BytesIO(out.to_bytes()))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    header = "\n".join(cells)
    assert admin_docx.MOTTO_1 in header and admin_docx.MOTTO_2 in header
    assert "SỞ KHOA HỌC VÀ CÔNG NGHỆ" in header and "Số: 07/KH-SKHCN" in header
    assert "- Sở Tư pháp;" in header and "- Lưu: VT." in header and "Nguyễn Văn Hùng" in header
    assert "KẾ HOẠCH" in [p.text for p in doc.paragraphs]
    section = doc.sections[0]
    assert round(section.left_margin.mm) == 30 and round(section.page_width.mm) == 210
