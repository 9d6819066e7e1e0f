"""Vietnamese text handling shared by every app: normalisation, diacritic folding, date phrases.

Document numbers live in :mod:`pbgdpl.core.docnumbers`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Look-alikes that appear in documents typed on old keyboards or converted from PDFs.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"})


def nfc(text: str) -> str:
    """Unicode NFC, with the Icelandic eth (Ð) mapped to the Vietnamese Đ it stands for."""
    return unicodedata.normalize("NFC", text.translate(_LOOKALIKES))


def fold(text: str) -> str:
    """Strip Vietnamese diacritics: "Đề án Khoa học" -> "De an Khoa hoc" (đ/Đ become d/D)."""
    decomposed = unicodedata.normalize("NFD", text.translate(_LOOKALIKES))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.replace("\u0111", "d").replace("\u0110", "D")


def fold_lower(text: str) -> str:
    return fold(text).lower()


_SPACE_RE = re.compile(r"\s+")


def squash(text: str) -> str:
    """NFC and collapse runs of white space into one space."""
    return _SPACE_RE.sub(" ", nfc(text)).strip()


def key(text: str) -> str:
    """A comparison key: folded, lowercase, punctuation-insensitive, single-spaced."""
    folded = fold_lower(nfc(text))
    folded = re.sub(r"[^\w]+", " ", folded)
    return _SPACE_RE.sub(" ", folded).strip()


_DATE_WORDS_RE = re.compile(
    r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    re.IGNORECASE,
)
_DATE_NUMERIC_RE = re.compile(r"(?<!\d)(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")


def parse_date_phrase(text: str) -> dt.date | None:
    """The first full date written in ``text``: "ngày 15 tháng 3 năm 2024" or "15/3/2024".

    Returns None when no valid date is found (a blank day, as in drafts "ngày   tháng 3 năm 2024",
    gives None).
    """
    text = nfc(text)
    for regex, groups in ((_DATE_WORDS_RE, (1, 2, 3)), (_DATE_NUMERIC_RE, (1, 3, 4))):
        for match in regex.finditer(text):
            day, month, year = (int(match.group(g)) for g in groups)
            try:
                return dt.date(year, month, day)
            except ValueError:
                continue
    return None


def format_date(value: dt.date | None) -> str:
    """dd/mm/yyyy, the way Vietnamese administrations write dates."""
    return "" if value is None else value.strftime("%d/%m/%Y")


def format_date_long(value: dt.date, place: str | None = None) -> str:
    """ "Hưng Yên, ngày 15 tháng 3 năm 2024" (days and months below 10 get a leading zero for 1-2)."""
    day = f"{value.day:02d}" if value.day < 10 else str(value.day)
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    phrase = f"ngày {day} tháng {month} năm {value.year}"
    return f"{place}, {phrase}" if place else phrase
