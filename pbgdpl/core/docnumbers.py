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

_CODE = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
_CODES = rf"{_CODE}(?:\s*-\s*{_CODE})*"

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
        """The document type abbreviation (KH, QĐ, TT, NQ, KL …) when the symbol carries one."""
        if self.party:
            return self.symbol.split("/", 1)[0]
        if "-" in self.symbol:
            return self.symbol.split("-", 1)[0]
        return None

    @property
    def issuer(self) -> str:
        if self.party:
            return self.symbol.split("/", 1)[1]
        return self.symbol.split("-", 1)[1] if "-" in self.symbol else self.symbol


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
    text = nfc(text)
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
