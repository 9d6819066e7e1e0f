from __future__ import annotations

import pytest

from pbgdpl.core.docnumbers import DocNumber, find_all, normalise, parse


@pytest.mark.parametrize(("text", "number", "year", "symbol", "kind", "issuer"), [
    ("07/KH-HĐPH", 7, None, "KH-HĐPH", "KH", "HĐPH"),
    ("64/2025/QH15", 64, 2025, "QH15", None, "QH15"),
    ("80-KL/TW", 80, None, "KL/TW", "KL", "TW"),
    ("498/SKHCN-VP", 498, None, "SKHCN-VP", None, "SKHCN"),
    ("56/2023/TT-BTC", 56, 2023, "TT-BTC", "TT", "BTC"),
    ("03/2019/TT-BTP", 3, 2019, "TT-BTP", "TT", "BTP"),
    ("977/QĐ-TTg", 977, None, "QĐ-TTg", "QĐ", "TTg"),
    ("13/2023/NĐ-CP", 13, 2023, "NĐ-CP", "NĐ", "CP"),
    ("01/2024/TT-BTP-BNV", 1, 2024, "TT-BTP-BNV", "TT", "BTP-BNV"),
])
def test_it_parses_the_usual_shapes(text: str, number: int, year: int | None, symbol: str, kind: str | None,
                                    issuer: str) -> None:
    parsed = parse(text)
    assert parsed is not None
    assert (parsed.number, parsed.year, parsed.symbol, parsed.kind, parsed.issuer) == (number, year, symbol, kind, issuer)
    assert normalise(text) == text


def test_a_letter_names_its_drafting_office() -> None:
    letter = parse("498/SKHCN-VP")
    assert letter is not None and letter.drafter == "VP"
    plan = parse("07/KH-HĐPH")
    assert plan is not None and plan.drafter is None


@pytest.mark.parametrize(("text", "expected"), [
    ("7/KH-HĐPH", "07/KH-HĐPH"),
    (" 7 / KH - HĐPH ", "07/KH-HĐPH"),
    ("Số: 07 /KH-HĐPH", "07/KH-HĐPH"),
    ("3/2019/TT-BTP", "03/2019/TT-BTP"),
    ("64 / 2025 / QH15", "64/2025/QH15"),
    ("80 - KL/TW", "80-KL/TW"),
    ("7/KH-\u00d0PH", "07/KH-ĐPH"),  # Icelandic eth typed for Đ
    ("07/KH\u2013HĐPH", "07/KH-HĐPH"),  # en dash from a word processor
    ("80\u2013KL/TW", "80-KL/TW"),
    ("(07/KH-HĐPH).", "07/KH-HĐPH"),
])
def test_it_normalises_spacing_zeros_and_look_alikes(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_leading_zero_only_below_ten() -> None:
    assert str(DocNumber(7, None, "KH-HĐPH")) == "07/KH-HĐPH"
    assert str(DocNumber(10, 2024, "NQ-HĐND")) == "10/2024/NQ-HĐND"
    assert str(DocNumber(162, None, "KH-UBND")) == "162/KH-UBND"
    assert str(DocNumber(5, None, "NQ/TW", party=True)) == "05-NQ/TW"


@pytest.mark.parametrize("text", [
    "15/3/2024", "ngày 15/3/2024", "15-03-2024", "1/2", "3/4 số xã", "50/100 hộ", "Quý II/2022", "tháng 6/2024",
    "năm 2024/2025", "Điều 3/Luật", "24/7",
])
def test_it_does_not_take_dates_or_fractions_for_numbers(text: str) -> None:
    assert find_all(text) == []
    assert parse(text) is None


def test_find_all_keeps_order_and_drops_duplicates() -> None:
    text = ("Căn cứ Quyết định số 977/QĐ-TTg ngày 11/8/2022; Kế hoạch số 162/KH-UBND ngày 5/3/2024; "
            "Kết luận số 80-KL/TW; Luật 64/2025/QH15; lặp lại 977/QĐ-TTg và 7/KH-HĐPH, 07/KH-HĐPH.")
    assert [str(n) for n in find_all(text)] == ["977/QĐ-TTg", "162/KH-UBND", "80-KL/TW", "64/2025/QH15", "07/KH-HĐPH"]


def test_parse_of_text_without_a_number() -> None:
    assert parse("Kế hoạch phổ biến pháp luật") is None
    assert normalise("") is None
