"""Unit names the tree knows, kept whole when a plan's lists of units are split (issue 4).

The rules and their fixed list (units.KNOWN_NAMES) cannot know every centre a province has set up; when
the province's own staff import a plan, the unit tree can: the web upload and ``import-plan`` pass its
names to the extractor, which keeps them whole and prefers a split into names it knows.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from pbgdpl.core.testing import make_unit
from pbgdpl.org.models import UnitType
from pbgdpl.plans.importer import extract
from pbgdpl.plans.importer.matching import tree_names
from pbgdpl.plans.importer.units import clean_name, compile_known, split_units

# A name the fixed list cannot know: "Hội nghị" after its comma reads as the start of another unit.
CENTRE = "Trung tâm Dịch vụ, Hội nghị và Triển lãm"
LIST = f"Sở Tư pháp, {CENTRE}, UBND các xã"

PLAN = f"""SỞ TƯ PHÁP
Số: 12/KH-STP
Hưng Yên, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Nâng cao hiểu biết pháp luật của Nhân dân.
II. NHIỆM VỤ
1. Tổ chức hội chợ pháp luật tại Trung tâm Hội nghị tỉnh
a) Đơn vị chủ trì: Sở Tư pháp.
b) Đơn vị phối hợp: {CENTRE}, UBND các xã.
c) Thời gian thực hiện: Quý III/2026.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện Kế hoạch này.
Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Văn An
"""


def test_a_name_the_rules_cut_is_kept_whole_when_known() -> None:
    assert split_units(LIST) == ["Sở Tư pháp", "Trung tâm Dịch vụ", "Hội nghị và Triển lãm", "UBND các xã"]

    known = compile_known([CENTRE, "Sở Tư pháp"])

    assert split_units(LIST, known) == ["Sở Tư pháp", CENTRE, "UBND các xã"]


def test_known_names_match_whatever_the_case_and_the_tone_marks_place() -> None:
    known = compile_known(["trung tâm dịch vụ, hội nghị và triển LÃM", "Trung tâm Văn hoá, Điện ảnh và Báo chí"])

    assert split_units(LIST, known) == ["Sở Tư pháp", CENTRE, "UBND các xã"]  # kept as written
    assert split_units("Trung tâm Văn hóa, Điện ảnh và Báo chí; Sở Nội vụ", known) == [
        "Trung tâm Văn hóa, Điện ảnh và Báo chí",
        "Sở Nội vụ",
    ]


def test_a_known_name_is_matched_at_word_boundaries_only() -> None:
    known = compile_known(["Đội Tuyên truyền, Văn nghệ số 1"])

    assert split_units("Đội Tuyên truyền, Văn nghệ số 1 và Sở Nội vụ", known) == [
        "Đội Tuyên truyền, Văn nghệ số 1",
        "Sở Nội vụ",
    ]
    # "… số 1" is no name inside "… số 12": the rules decide as without it
    written = "Đội Tuyên truyền, Văn nghệ số 12"
    assert split_units(written, known) == split_units(written) == ["Đội Tuyên truyền", "Văn nghệ số 12"]


def test_a_list_of_known_names_only_is_split_into_them() -> None:
    written = "Trung tâm Khuyến nông và Dịch vụ nông nghiệp tỉnh"
    assert split_units(written) == [written]  # one name to the rules

    known = compile_known(["Trung tâm Khuyến nông", "Dịch vụ nông nghiệp tỉnh"])

    assert split_units(written, known) == ["Trung tâm Khuyến nông", "Dịch vụ nông nghiệp tỉnh"]
    # the whole, when known too, wins over its parts
    assert split_units(written, compile_known([written, "Trung tâm Khuyến nông"])) == [written]


def test_the_cleaner_keeps_the_words_of_a_known_name() -> None:
    name = "Ban Chỉ đạo thực hiện Quy chế dân chủ"
    assert clean_name(name) == "Ban Chỉ đạo"

    assert clean_name(name, compile_known([name])) == name


def test_a_name_the_rules_already_keep_stays_whole_either_way() -> None:
    centre = "Trung tâm Khuyến nông, Khuyến ngư và Dịch vụ nông nghiệp"
    written = f"Sở Tư pháp, {centre}, UBND các xã"

    assert split_units(written) == split_units(written, compile_known([centre])) == [
        "Sở Tư pháp",
        centre,
        "UBND các xã",
    ]


def test_extract_threads_the_known_names_to_every_split() -> None:
    data = PLAN.encode()

    plain = extract(data, "ke-hoach.txt")
    known = extract(data, "ke-hoach.txt", known_names=[CENTRE])

    task = next(t for t in known["tasks"] if t["code"] == "1")
    assert task["coordinating_units"] == [CENTRE, "UBND các xã"]
    assert next(t for t in plain["tasks"] if t["code"] == "1")["coordinating_units"] == [
        "Trung tâm Dịch vụ",
        "Hội nghị và Triển lãm",
        "UBND các xã",
    ]
    # nothing else changes, and the names do not outlive the import
    assert {**plain, "tasks": None} == {**known, "tasks": None}
    assert extract(data, "ke-hoach.txt") == plain


@pytest.mark.django_db
def test_the_upload_preview_keeps_the_tree_s_names_whole(world: Any, login: Any) -> None:
    centre = make_unit(CENTRE, world.province, type=UnitType.DEPARTMENT)
    assert CENTRE in tree_names(dt.date.today())  # noqa: DTZ011 - the tree as of a calendar day

    response = login(world.focal).post(
        reverse("plans:import"), {"file": SimpleUploadedFile("ke-hoach.txt", PLAN.encode()), "unit": world.science.pk}
    )

    assert response.status_code == 200
    row = next(r for r in response.context["rows"] if r["form"]["code"].value() == "1")
    assert row["form"]["coordinating_text"].value() == f"{CENTRE}; UBND các xã"
    match = row["coord"][0]
    assert (match.name, match.kind, match.units) == (CENTRE, "exact", [centre])
    assert centre.pk in row["form"]["coordinating_units"].value()


@pytest.mark.django_db
def test_the_command_uses_the_tree_s_names_unless_told_not_to(
    world: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_unit(CENTRE, world.province, type=UnitType.DEPARTMENT)
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")

    def coordinating(*flags: str) -> list[str]:
        call_command("import-plan", str(path), "--json", *flags)
        printed = json.loads(capsys.readouterr().out)
        return next(t for t in printed["tasks"] if t["code"] == "1")["coordinating_units"]

    assert coordinating() == [CENTRE, "UBND các xã"]
    assert coordinating("--no-units") == ["Trung tâm Dịch vụ", "Hội nghị và Triển lãm", "UBND các xã"]


@pytest.mark.django_db
def test_the_command_reads_with_its_rules_alone_when_the_tree_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(PLAN, encoding="utf-8")

    call_command("import-plan", str(path), "--json")

    task = next(t for t in json.loads(capsys.readouterr().out)["tasks"] if t["code"] == "1")
    assert task["coordinating_units"] == ["Trung tâm Dịch vụ", "Hội nghị và Triển lãm", "UBND các xã"]
