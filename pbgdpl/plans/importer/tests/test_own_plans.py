"""Eight plans written for these tests (other agencies, provinces and layouts), read from Word and PDF."""

import pytest

from pbgdpl.plans.importer import extract

from . import render
from .compare import compare
from .measure import score
from .plans import PLANS, THAI_NGUYEN


@pytest.mark.parametrize("plan", PLANS, ids=[p.slug for p in PLANS])
def test_it_reads_each_plan_from_word(plan) -> None:  # type: ignore[no-untyped-def]
    got = extract(render.to_docx(plan), f"{plan.slug}.docx")

    diffs, found, total = compare(plan.expected(), got)
    assert found == total
    assert not diffs, "\n".join(diffs)


@pytest.mark.parametrize("plan", PLANS, ids=[p.slug for p in PLANS])
def test_it_reads_each_plan_from_pdf(plan) -> None:  # type: ignore[no-untyped-def]
    got = extract(render.to_pdf(plan), f"{plan.slug}.pdf")

    diffs, found, total = compare(plan.expected(), got)
    assert found == total
    assert not diffs, "\n".join(diffs)


@pytest.mark.parametrize("fmt", ["docx", "pdf", "txt"])
def test_it_finds_95_percent_of_tasks_with_the_right_units_and_deadline(fmt: str) -> None:
    result = score(fmt)

    assert result.expected >= 40
    assert result.recall >= 0.95, "\n".join(result.misses)
    assert result.accuracy >= 0.95, "\n".join(result.misses)


def test_it_reads_a_task_table_with_a_two_row_header() -> None:
    got = extract(render.to_docx(THAI_NGUYEN), "plan.docx")

    contest = next(t for t in got["tasks"] if t["title"].startswith("Tổ chức cuộc thi"))
    assert contest["code"] == "2.1"
    assert contest["parent_code"] == "2"
    assert contest["lead_units"] == ["Phòng Chính trị, tư tưởng và Công tác học sinh"]
    assert contest["coordinating_units"] == ["Tỉnh đoàn", "Công an tỉnh", "Sở Tư pháp"]
    assert contest["products"] == ["Cuộc thi", "báo cáo tổng kết"]


def test_it_reads_letterhead_and_signature_tables_of_a_word_plan() -> None:
    plan = PLANS[0]
    got = extract(render.to_docx(plan), "plan.docx")

    assert (got["number"], got["place"], got["date"]) == ("45/KH-STP", "Nghệ An", "2025-01-10")
    assert "45/KH-STP" not in got["cited_numbers"]
    assert got["recipients"] == ["Bộ Tư pháp (để báo cáo)", "UBND tỉnh (để báo cáo)", "Lưu: VT, PBGDPL"]
    assert got["signer"] == {"position": "GIÁM ĐỐC", "name": "Trần Quốc Bảo"}
    assert got["report_deadlines"][0]["due"] == "2025-06-15"


def test_it_numbers_headings_that_word_numbers_automatically() -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH").runs[0].bold = True
    document.add_paragraph("Công tác pháp chế năm 2025")
    document.add_paragraph("II. NHIỆM VỤ")
    document.add_paragraph("Tuyên truyền Luật Đất đai", style="List Number")
    document.add_paragraph("- Đơn vị chủ trì: Văn phòng Sở.")
    document.add_paragraph("- Thời gian: Quý II/2025.")
    document.add_paragraph("Tập huấn hòa giải viên", style="List Number")
    document.add_paragraph("- Đơn vị chủ trì: Thanh tra Sở.")
    buffer = io.BytesIO()
    document.save(buffer)

    got = extract(buffer.getvalue(), "ke-hoach.docx")

    assert [(t["code"], t["title"], t["lead_units"]) for t in got["tasks"]] == [
        ("1", "Tuyên truyền Luật Đất đai", ["Văn phòng Sở"]),
        ("2", "Tập huấn hòa giải viên", ["Thanh tra Sở"]),
    ]
    assert got["tasks"][0]["deadline"] == "2025-06-30"


def test_it_splits_lead_and_coordinating_units_written_as_one_sentence() -> None:
    text = (
        "KẾ HOẠCH\nCông tác pháp luật năm 2025\nII. NHIỆM VỤ\n1. Tổ chức Ngày Pháp luật\n"
        "- Trách nhiệm: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh thực hiện.\n"
        "- Thời gian: Tháng 11/2025.\n"
        "| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n"
        "| 1 | Hội thi pháp luật | Sở Tư pháp chủ trì, phối hợp với Tỉnh đoàn | Quý III/2025 |\n"
    )

    got = extract(text.encode(), "ke-hoach.md")

    assert [
        (t["code"], t["parent_code"], t["lead_units"], t["coordinating_units"], t["deadline"])
        for t in got["tasks"]
    ] == [
        ("1", None, ["Sở Tư pháp"], ["Sở Nội vụ", "Công an tỉnh"], "2025-11-30"),
        ("1.1", "1", ["Sở Tư pháp"], ["Tỉnh đoàn"], "2025-09-30"),
    ]


def test_the_plan_year_is_the_year_in_the_title_not_the_issue_date() -> None:
    text = (
        "Số: 215/KH-UBND\nThanh Hóa, ngày 08 tháng 12 năm 2023\nKẾ HOẠCH\n"
        "Phổ biến, giáo dục pháp luật năm 2024\nII. NHIỆM VỤ\n1. Tuyên truyền luật mới\n"
        "- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian thực hiện: Cả năm.\n"
    )

    got = extract(text.encode(), "ke-hoach.txt")

    assert (got["date"], got["year"]) == ("2023-12-08", 2024)
    assert got["tasks"][0]["deadline"] == "2024-12-31"


@pytest.fixture(scope="module")
def printed_by_libreoffice(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The eight Word plans printed to PDF by LibreOffice, as an office would (wrapped cells, letterheads)."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    folder = tmp_path_factory.mktemp("libreoffice")
    for plan in PLANS:
        (folder / f"{plan.slug}.docx").write_bytes(render.to_docx(plan))
    subprocess.run(  # noqa: S603 - a fixed command on files this test wrote
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{folder}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *[str(folder / f"{plan.slug}.docx") for plan in PLANS],
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    return {plan.slug: (folder / f"{plan.slug}.pdf").read_bytes() for plan in PLANS}


@pytest.mark.parametrize("plan", PLANS, ids=[p.slug for p in PLANS])
def test_it_reads_each_plan_printed_to_pdf_by_libreoffice(plan, printed_by_libreoffice) -> None:  # type: ignore[no-untyped-def]
    got = extract(printed_by_libreoffice[plan.slug], f"{plan.slug}.pdf")

    diffs, found, total = compare(plan.expected(), got)
    assert found == total
    assert not diffs, "\n".join(diffs)
