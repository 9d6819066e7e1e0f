import json
from pathlib import Path

import pytest

from pbgdpl.plans.importer import extract

from .compare import compare

pytestmark = pytest.mark.shared


@pytest.mark.parametrize("stem", ["000_91ce5bbe09df6020", "001_52abd18da734977e"])
def test_it_reads_the_seed_plans_as_a_careful_reader_does(shared_dir: Path, stem: str) -> None:
    source = shared_dir / "seeds" / f"{stem}.txt"
    if not source.exists():
        pytest.skip(f"seed {source} is absent")
    expected = json.loads((shared_dir / "seeds" / f"{stem}.expected.json").read_text(encoding="utf-8"))

    got = extract(source)

    diffs, found, total = compare(expected, got)
    assert found == total
    assert not diffs, "\n".join(diffs)


def test_it_groups_the_seed_tasks_under_their_headings(shared_dir: Path) -> None:
    source = shared_dir / "seeds" / "001_52abd18da734977e.txt"
    if not source.exists():
        pytest.skip(f"seed {source} is absent")

    got = extract(source)

    groups = [t["code"] for t in got["tasks"] if t["is_group"]]
    assert groups == ["1", "3", "4"]
    assert got["signer"] == {"position": "GIÁM ĐỐC", "name": "Nguyễn Văn Thành"}
    assert got["recipients"][0] == "UBND tỉnh (báo cáo)"


def test_it_refuses_the_seed_report_as_not_a_plan(shared_dir: Path) -> None:
    from pbgdpl.plans.importer import PlanImportError

    source = shared_dir / "seeds" / "004_19f0e388e8e4942a.txt"
    if not source.exists():
        pytest.skip(f"seed {source} is absent")
    with pytest.raises(PlanImportError, match="không phải là một kế hoạch"):
        extract(source)


def _as_pdf(text: str) -> bytes:
    import logging
    import re

    from fpdf import FPDF

    from .render import FONT_DIR

    logging.getLogger("fontTools").setLevel(logging.WARNING)
    pdf = FPDF()
    pdf.set_margins(20, 15, 15)
    pdf.add_page()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.set_font("DejaVu", size=12)
    for line in text.splitlines():
        line = re.sub(r"<sup>.*?</sup>|[#*]", "", line).strip()
        if line:
            pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _as_docx(text: str) -> bytes:
    import io
    import re

    import docx

    document = docx.Document()
    for line in text.splitlines():
        bare = re.sub(r"<sup>.*?</sup>|#", "", line).strip()
        if not bare:
            continue
        bold = bare.startswith("**") and bare.endswith("**")
        document.add_paragraph().add_run(bare.replace("*", "")).bold = bold
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
@pytest.mark.parametrize("stem", ["000_91ce5bbe09df6020", "001_52abd18da734977e"])
def test_it_reads_the_seed_plans_printed_to_pdf_and_word(shared_dir: Path, stem: str, fmt: str) -> None:
    source = shared_dir / "seeds" / f"{stem}.txt"
    if not source.exists():
        pytest.skip(f"seed {source} is absent")
    expected = json.loads((shared_dir / "seeds" / f"{stem}.expected.json").read_text(encoding="utf-8"))
    text = source.read_text(encoding="utf-8")

    got = extract(_as_pdf(text) if fmt == "pdf" else _as_docx(text), f"seed.{fmt}")

    diffs, found, total = compare(expected, got)
    assert (found, diffs) == (total, [])
