from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest

from pbgdpl.core.text import (
    fold,
    fold_lower,
    format_date,
    format_date_long,
    key,
    nfc,
    parse_date_phrase,
    parse_date_range,
    parse_period,
    squash,
)

D = dt.date


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "Phổ biến pháp luật")
    assert decomposed != "Phổ biến pháp luật"
    assert nfc(decomposed) == "Phổ biến pháp luật"


def test_nfc_maps_the_icelandic_eth_to_vietnamese_d_with_stroke() -> None:
    assert nfc("\u00d0ề án") == "Đề án"
    assert nfc("\u00f0ịa phương") == "địa phương"


def test_fold_strips_diacritics_and_maps_d_with_stroke() -> None:
    assert fold("Đề án Khoa học và Công nghệ") == "De an Khoa hoc va Cong nghe"
    assert fold("đường") == "duong"
    assert fold("Ðồng Nai") == "Dong Nai"
    assert fold_lower("Sở Tư pháp") == "so tu phap"


def test_key_ignores_case_accents_punctuation_and_spacing() -> None:
    assert key("Sở Văn hóa, Thể thao và Du lịch") == key("so  van hoa - the thao va du lich")
    assert key("UBND   các xã, phường") == "ubnd cac xa phuong"
    assert key(unicodedata.normalize("NFD", "Hưng Yên")) == "hung yen"


def test_squash_collapses_white_space() -> None:
    assert squash("  Kế   hoạch\n\tnăm 2024 ") == "Kế hoạch năm 2024"


@pytest.mark.parametrize(("text", "expected"), [
    ("ngày 15 tháng 3 năm 2024", D(2024, 3, 15)),
    ("Hưng Yên, ngày 05 tháng 02 năm 2025", D(2025, 2, 5)),
    ("15/3/2024", D(2024, 3, 15)),
    ("15-03-2024", D(2024, 3, 15)),
    ("15.3.2024", D(2024, 3, 15)),
    ("NGÀY 15 THÁNG 3 NĂM 2024", D(2024, 3, 15)),
    (unicodedata.normalize("NFD", "ngày 15 tháng 3 năm 2024"), D(2024, 3, 15)),
    ("Hưng Yên, ngày   tháng 3 năm 2024", None),
    ("ngày 31/2/2024", None),
    ("Luật số 64/2025/QH15", None),
    ("không có ngày", None),
])
def test_parse_date_phrase(text: str, expected: dt.date | None) -> None:
    assert parse_date_phrase(text) == expected


def test_parse_date_phrase_takes_the_first_date_written() -> None:
    assert parse_date_phrase("Kế hoạch ngày 20/3/2024 thực hiện ngày 10 tháng 4 năm 2024") == D(2024, 3, 20)
    assert parse_date_phrase("ngày 31/2/2024, sửa lại ngày 1/3/2024") == D(2024, 3, 1)


def test_format_date_and_the_long_form() -> None:
    assert format_date(D(2024, 3, 5)) == "05/03/2024"
    assert format_date(None) == ""
    assert format_date_long(D(2024, 3, 5), "Hưng Yên") == "Hưng Yên, ngày 05 tháng 3 năm 2024"
    assert format_date_long(D(2024, 2, 15)) == "ngày 15 tháng 02 năm 2024"


@pytest.mark.parametrize(("text", "default_year", "expected"), [
    ("từ ngày 01/11 đến ngày 09/11/2022", None, (D(2022, 11, 1), D(2022, 11, 9))),
    ("cao điểm từ ngày 01/11 đến ngày 09/11/2022", None, (D(2022, 11, 1), D(2022, 11, 9))),
    ("từ ngày 01/11 đến ngày 09/11", 2023, (D(2023, 11, 1), D(2023, 11, 9))),
    ("Từ 15/12 đến 15/01/2023", None, (D(2022, 12, 15), D(2023, 1, 15))),
    ("từ ngày 15/12/2022 đến hết ngày 15/01", None, (D(2022, 12, 15), D(2023, 1, 15))),
    ("từ ngày 01 tháng 11 đến ngày 09 tháng 11 năm 2022", None, (D(2022, 11, 1), D(2022, 11, 9))),
])
def test_parse_date_range_carries_the_year_over(text: str, default_year: int | None,
                                                 expected: tuple[dt.date, dt.date]) -> None:
    assert parse_date_range(text, default_year) == expected


def test_parse_date_range_without_a_range_or_a_year() -> None:
    assert parse_date_range("ngày 15/3/2024") is None
    assert parse_date_range("từ ngày 01/11 đến ngày 09/11") is None
    assert parse_date_range("từ ngày 09/11/2022 đến ngày 01/11/2022") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Quý II/2022", (D(2022, 4, 1), D(2022, 6, 30))),
    ("Quý II, III/2022", (D(2022, 4, 1), D(2022, 9, 30))),
    ("Quý I và Quý II năm 2023", (D(2023, 1, 1), D(2023, 6, 30))),
    ("quý 4", (D(2024, 10, 1), D(2024, 12, 31))),
    ("Quý III", (D(2024, 7, 1), D(2024, 9, 30))),
    ("Năm 2024", (D(2024, 1, 1), D(2024, 12, 31))),
    ("Năm 2025", (D(2025, 1, 1), D(2025, 12, 31))),
    ("Cả năm", (D(2024, 1, 1), D(2024, 12, 31))),
    ("Trong năm", (D(2024, 1, 1), D(2024, 12, 31))),
    ("Hằng năm", (D(2024, 1, 1), D(2024, 12, 31))),
    ("Thường xuyên", (D(2024, 1, 1), D(2024, 12, 31))),
    ("tháng 6/2024", (D(2024, 6, 1), D(2024, 6, 30))),
    ("Tháng 2 năm 2023", (D(2023, 2, 1), D(2023, 2, 28))),
    ("Trong tháng 6", (D(2024, 6, 1), D(2024, 6, 30))),
    ("Tháng 10, 11/2024", (D(2024, 10, 1), D(2024, 11, 30))),
    ("từ tháng 3 đến tháng 6/2024", (D(2024, 3, 1), D(2024, 6, 30))),
    ("Từ tháng 11/2024 đến tháng 02/2025", (D(2024, 11, 1), D(2025, 2, 28))),
    ("6 tháng đầu năm", (D(2024, 1, 1), D(2024, 6, 30))),
    ("6 tháng cuối năm 2023", (D(2023, 7, 1), D(2023, 12, 31))),
    ("9 tháng đầu năm", (D(2024, 1, 1), D(2024, 9, 30))),
    ("giai đoạn 2023-2030", (D(2023, 1, 1), D(2030, 12, 31))),
    ("từ ngày 01/11 đến ngày 09/11/2022", (D(2022, 11, 1), D(2022, 11, 9))),
    ("ngày 15/3/2024", (D(2024, 3, 15), D(2024, 3, 15))),
    ("Hội nghị ngày 15/3/2024 và ngày 20/3/2024", (D(2024, 3, 15), D(2024, 3, 20))),
    ("trước ngày 01/6", (None, D(2024, 5, 31))),
    ("Trước ngày 15/6/2023", (None, D(2023, 6, 14))),
    ("chậm nhất ngày 20/11", (None, D(2024, 11, 20))),
    ("từ ngày 01/7/2025", (D(2025, 7, 1), None)),
    ("Năm 2024, khi nhận được hướng dẫn", (D(2024, 1, 1), D(2024, 12, 31))),
    ("khi nhận được hướng dẫn, yêu cầu của Sở Tư pháp", (None, None)),
    ("sau khi có văn bản của UBND tỉnh", (None, None)),
    ("Thực hiện theo quy định số 3", (None, None)),
    ("", (None, None)),
])
def test_parse_period(text: str, expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert parse_period(text, 2024) == expected


def test_parse_period_reads_decomposed_and_eth_spelt_text() -> None:
    assert parse_period(unicodedata.normalize("NFD", "Quý II/2022"), 2024) == (D(2022, 4, 1), D(2022, 6, 30))
    assert parse_period("6 tháng \u00f0ầu năm", 2024) == (D(2024, 1, 1), D(2024, 6, 30))


@pytest.mark.parametrize(("text", "expected"), [
    ("Cả năm; cao điểm từ ngày 01/11 đến ngày 09/11/2022", (D(2022, 1, 1), D(2022, 12, 31))),
    ("Cả năm, cao điểm tháng 11", (D(2024, 1, 1), D(2024, 12, 31))),
    ("Quý II/2022; Quý IV", (D(2022, 4, 1), D(2022, 12, 31))),
    ("Thường xuyên, trước ngày 15/12", (D(2024, 1, 1), D(2024, 12, 14))),
    ("Quý II/2022 (theo đề nghị của Sở Tư pháp)", (D(2022, 4, 1), D(2022, 6, 30))),
])
def test_parse_period_gives_the_union_of_several_periods(text: str,
                                                         expected: tuple[dt.date | None, dt.date | None]) -> None:
    assert parse_period(text, 2024) == expected


@pytest.mark.shared
def test_parse_period_ends_on_the_deadlines_a_careful_reader_extracted_from_the_seed_plans(shared_dir: Path) -> None:
    checked = 0
    for path in sorted((shared_dir / "seeds").glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        year = int(expected["year"])
        for task in _tasks(expected):
            start, end = parse_period(task["timeframe"], year)
            if end is None:  # "Theo Kế hoạch hoạt động của Hội đồng …": no time written; the plan year applies
                assert start is None
                continue
            assert end.isoformat() == task["deadline"], task["timeframe"]
            checked += 1
    assert checked >= 15


def _tasks(node: object) -> list[dict[str, str]]:
    if isinstance(node, dict):
        found = [node] if isinstance(node.get("timeframe"), str) and node.get("deadline") else []
        return found + [task for value in node.values() for task in _tasks(value)]
    if isinstance(node, list):
        return [task for value in node for task in _tasks(value)]
    return []


def test_parse_date_value_reads_dates_datetimes_and_the_formats_asked_for():
    import datetime as _dt

    from pbgdpl.core.text import SPREADSHEET_DATE_FORMATS, parse_date_value

    assert parse_date_value("15/03/2025") == _dt.date(2025, 3, 15)
    assert parse_date_value("2025-03-15") == _dt.date(2025, 3, 15)
    assert parse_date_value(_dt.datetime(2025, 3, 15, 8, 30)) == _dt.date(2025, 3, 15)
    assert parse_date_value("15-03-2025") is None  # not one of the default formats
    assert parse_date_value("15.03.2025", SPREADSHEET_DATE_FORMATS) == _dt.date(2025, 3, 15)
    assert parse_date_value("31/02/2025") is None and parse_date_value(None) is None and parse_date_value("") is None
