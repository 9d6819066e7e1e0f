"""Small statute texts and files for the library tests."""

from __future__ import annotations

import io
import json
from typing import Any

LAW_A = """QUỐC HỘI
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Luật số: 14/2012/QH13
Hà Nội, ngày 20 tháng 6 năm 2012
LUẬT
PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật phổ biến, giáo dục pháp luật.
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về quyền và nghĩa vụ tìm hiểu pháp luật của công dân.
Điều 2. Hình thức phổ biến pháp luật
1. Họp báo, thông cáo báo chí.
2. Tủ sách pháp luật tại cơ sở, theo Nghị định số 78/2025/NĐ-CP.
a) tại xã, phường;
b) tại trường học.
Chương II
ĐIỀU KHOẢN THI HÀNH
Điều 3. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2013.
Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 3 thông qua ngày 20 tháng 6 năm 2012.
CHỦ TỊCH QUỐC HỘI
Nguyễn Sinh Hùng
"""

LAW_B = """CHÍNH PHỦ
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 78/2025/NĐ-CP
Hà Nội, ngày 01 tháng 4 năm 2025
NGHỊ ĐỊNH
QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU
Căn cứ Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13;
Chính phủ ban hành Nghị định.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định chi tiết việc xây dựng tủ sách pháp luật.
Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
"""


def jsonl(*objects: dict[str, Any]) -> bytes:
    return "\n".join(json.dumps(o, ensure_ascii=False) for o in objects).encode("utf-8")


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def blank_pdf(*, password: str | None = None) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def cp1258(text: str) -> bytes:
    """``text`` in Windows-1258, which writes tone marks as separate combining characters."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(out).encode("cp1258")
