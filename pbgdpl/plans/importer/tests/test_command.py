import json
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from . import render
from .plans import PLANS


def test_it_prints_the_extraction_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ke-hoach.docx"
    path.write_bytes(render.to_docx(PLANS[0]))

    call_command("import-plan", str(path), "--json")

    printed = json.loads(capsys.readouterr().out)
    assert printed["number"] == "45/KH-STP"
    assert {
        "title",
        "number",
        "place",
        "date",
        "year",
        "cited_numbers",
        "tasks",
        "warnings",
    } <= printed.keys()
    assert set(printed["tasks"][1]) >= {
        "code",
        "parent_code",
        "title",
        "content",
        "lead_units",
        "coordinating_units",
        "timeframe",
        "deadline",
        "on_request",
        "products",
    }


def test_it_prints_an_outline_without_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(render.to_text(PLANS[2]), encoding="utf-8")

    call_command("import-plan", str(path))

    out = capsys.readouterr().out
    assert "1.1. Đăng tải toàn văn dự thảo" in out


def test_it_fails_on_a_missing_file() -> None:
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        call_command("import-plan", "/khong/co/tep.pdf", "--json")
