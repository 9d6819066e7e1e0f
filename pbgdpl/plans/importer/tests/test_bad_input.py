"""Files that cannot be imported get a clear Vietnamese message (PlanImportError) and nothing is written."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from pbgdpl.plans.importer import PlanImportError, extract

from . import render
from .plans import PLANS


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(render.to_pdf(PLANS[0]))))
    writer.encrypt(user_password="mat-khau", owner_password="chu-so-huu")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _image_only_pdf() -> bytes:
    from fpdf import FPDF
    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (400, 560), "white").save(picture, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=180)
    return bytes(pdf.output())


def test_it_refuses_an_encrypted_pdf() -> None:
    with pytest.raises(PlanImportError, match="mật khẩu"):
        extract(_encrypted_pdf(), "ke-hoach.pdf")


def test_it_refuses_a_password_protected_word_file() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(PlanImportError, match="mật khẩu"):
        extract(ole, "ke-hoach.docx")


@pytest.mark.parametrize("name", ["ke-hoach.pdf", "ke-hoach.docx"])
def test_it_refuses_a_corrupt_file(name: str) -> None:
    good = render.to_pdf(PLANS[0]) if name.endswith(".pdf") else render.to_docx(PLANS[0])
    broken = good[:200] + b"\x00garbage" * 50
    with pytest.raises(PlanImportError, match="bị hỏng"):
        extract(broken, name)


@pytest.mark.parametrize("name", ["ke-hoach.pdf", "ke-hoach.docx", "ke-hoach.txt"])
def test_it_refuses_an_empty_file(name: str) -> None:
    with pytest.raises(PlanImportError, match="Tệp rỗng"):
        extract(b"", name)


def test_it_refuses_a_file_over_20_mb_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "ke-hoach.pdf"
    with big.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(PlanImportError, match="quá lớn"):
        extract(big)
    with pytest.raises(PlanImportError, match="quá lớn"):
        extract(b"x" * (20 * 1024 * 1024 + 1), "ke-hoach.txt")


def test_it_refuses_an_image_only_pdf() -> None:
    with pytest.raises(PlanImportError, match="chỉ có hình ảnh"):
        extract(_image_only_pdf(), "ban-quet.pdf")


def test_it_refuses_a_document_that_is_not_a_plan() -> None:
    letter = (
        "SỞ TƯ PHÁP\nSố: 120/STP-PBGDPL\nHà Nội, ngày 03 tháng 4 năm 2025\n"
        "Kính gửi: Các sở, ban, ngành\nSở Tư pháp đề nghị các cơ quan gửi báo cáo đúng hạn.\nGIÁM ĐỐC\n"
    )
    with pytest.raises(PlanImportError, match="không phải là một kế hoạch"):
        extract(letter.encode(), "cong-van.txt")


def test_it_refuses_an_unknown_file_type() -> None:
    with pytest.raises(PlanImportError, match=r"\.docx, \.pdf"):
        extract(b"PK\x03\x04", "bang-tinh.xlsx")


@pytest.mark.django_db
def test_the_command_exits_with_the_message_and_writes_nothing(tmp_path: Path) -> None:
    from pbgdpl.core.models import AuditRecord

    bad = tmp_path / "rong.pdf"
    bad.write_bytes(b"")
    before = AuditRecord.objects.count()
    with pytest.raises(CommandError, match="Tệp rỗng"):
        call_command("import-plan", str(bad), "--json")
    assert AuditRecord.objects.count() == before


def test_a_report_listing_what_units_did_in_dash_items_is_still_not_a_plan() -> None:
    report = (
        "SỞ TƯ PHÁP\nSố: 88/BC-STP\nHà Nội, ngày 10 tháng 12 năm 2025\nBÁO CÁO\n"
        "Kết quả công tác phổ biến, giáo dục pháp luật năm 2025\n"
        "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "- Tổ chức 12 hội nghị phổ biến Luật Đất đai (Sở Tư pháp chủ trì, phối hợp Sở Nông nghiệp và Môi "
        "trường; trong Quý II/2025).\n"
        "- Phát hành 5.000 tờ gấp pháp luật: Sở Văn hóa, Thể thao và Du lịch chủ trì; thời gian: tháng 6/2025.\n"
        "GIÁM ĐỐC\n"
    )
    with pytest.raises(PlanImportError, match="không phải là một kế hoạch"):
        extract(report.encode(), "bao-cao.txt")
