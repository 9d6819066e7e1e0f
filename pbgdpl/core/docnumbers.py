"""Parsing and formatting of Vietnamese document numbers (số, ký hiệu văn bản).

Shapes handled::

    07/KH-HĐPH        number / type-issuer             (administrative documents)
    498/SKHCN-VP      number / issuer-office           (letters, công văn)
    64/2025/QH15      number / year / issuer            (laws)
    03/2019/TT-BTP    number / year / type-issuer       (legal documents)
    80-KL/TW          number-type / issuer              (Party documents)

Numbers below 10 get a leading zero when formatted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import nfc

# Dashes and slashes typed by word processors or left by PDF conversion.
_PUNCT = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                        "\u2212": "-", "\uff0d": "-", "\uff0f": "/", "\u2215": "/"})

_CODE = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
_CODES = rf"{_CODE}(?:\s*-\s*{_CODE})*"

# Type abbreviations (NĐ 30/2020/NĐ-CP, Phụ lục III; legal documents; Party documents).
DOCUMENT_TYPES = frozenset({
    "NQ", "QĐ", "CT", "QC", "QYĐ", "QyĐ", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB", "TTr", "HĐ",
    "CĐ", "BGN", "BTT", "GCN", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "PL", "TC", "NĐ", "TT", "TTLT",
    "NQLT", "KL", "QĐi", "HDi", "CV", "L", "SL", "UBTVQH",
})

# Party documents: 80-KL/TW, 27-NQ/TW
_PARTY_RE = re.compile(rf"(?<![\w/])(\d{{1,4}})\s*-\s*({_CODE})\s*/\s*({_CODE})(?![\w])")
# State documents: 07/KH-HĐPH, 64/2025/QH15, 03/2019/TT-BTP
_STATE_RE = re.compile(rf"(?<![\w/\-])(\d{{1,4}})\s*/\s*(?:((?:19|20)\d{{2}})\s*/\s*)?({_CODES})(?![\w])")


@dataclass(frozen=True)
class DocNumber:
    number: int | None
    year: int | None
    symbol: str  # "KH-HĐPH", "QH15", "TT-BTP", for party documents "KL/TW"
    party: bool = False

    def __str__(self) -> str:
        num = "" if self.number is None else f"{self.number:02d}"
        if self.party:
            kind, issuer = self.symbol.split("/", 1)
            return f"{num}-{kind}/{issuer}"
        if self.year is not None:
            return f"{num}/{self.year}/{self.symbol}"
        return f"{num}/{self.symbol}"

    @property
    def kind(self) -> str | None:
        """The document type abbreviation (KH, QĐ, TT, NQ, KL …) when the symbol carries one; None for laws
        ("QH15") and letters ("SKHCN-VP", whose symbol starts with the issuer)."""
        if self.party:
            return self.symbol.split("/", 1)[0]
        head = self.symbol.split("-", 1)[0]
        return head if "-" in self.symbol and head in DOCUMENT_TYPES else None

    @property
    def issuer(self) -> str:
        """The issuing body: "HĐPH" in 07/KH-HĐPH, "QH15", "SKHCN" in 498/SKHCN-VP, "TW" in 80-KL/TW,
        "BTP-BNV" for a joint circular."""
        if self.party:
            return self.symbol.split("/", 1)[1]
        if self.kind is not None:
            return self.symbol.split("-", 1)[1]
        return self.symbol.split("-", 1)[0]

    @property
    def drafter(self) -> str | None:
        """The drafting office of a letter (công văn): "VP" in 498/SKHCN-VP."""
        if self.party or self.kind is not None or "-" not in self.symbol:
            return None
        return self.symbol.split("-", 1)[1]


def _clean_symbol(symbol: str) -> str:
    return re.sub(r"\s*-\s*", "-", symbol)


def parse(text: str) -> DocNumber | None:
    """Parse one document number written alone ("07/KH-HĐPH", " 7 / KH - HĐPH ")."""
    found = find_all(text)
    return found[0] if len(found) == 1 else (found[0] if found else None)


def normalise(text: str) -> str | None:
    parsed = parse(text)
    return None if parsed is None else str(parsed)


def find_all(text: str) -> list[DocNumber]:
    """Every document number cited in ``text``, in order of first appearance, without duplicates."""
    text = nfc(text).translate(_PUNCT)
    spans: list[tuple[int, DocNumber]] = []
    taken: list[tuple[int, int]] = []
    for match in _PARTY_RE.finditer(text):
        number = DocNumber(int(match.group(1)), None, f"{match.group(2)}/{match.group(3)}", party=True)
        spans.append((match.start(), number))
        taken.append(match.span())
    for match in _STATE_RE.finditer(text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        symbol = _clean_symbol(match.group(3))
        if not _looks_like_symbol(symbol):
            continue
        year = int(match.group(2)) if match.group(2) else None
        spans.append((match.start(), DocNumber(int(match.group(1)), year, symbol)))
    spans.sort(key=lambda item: item[0])
    seen: set[str] = set()
    result: list[DocNumber] = []
    for _, number in spans:
        if str(number) not in seen:
            seen.add(str(number))
            result.append(number)
    return result


def _looks_like_symbol(symbol: str) -> bool:
    # A symbol is made of upper-case codes ("KH-HĐPH", "QH15", "NĐ-CP", "QĐ-TTg"); reject
    # fractions and dates read by accident ("1/2", "15/3") and words ("Kế").
    parts = symbol.split("-")
    return all(len(part) >= 2 and sum(ch.isupper() for ch in part) >= 1 for part in parts) and any(
        sum(ch.isupper() for ch in part) >= 2 for part in parts
    )
