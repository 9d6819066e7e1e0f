"""Vietnamese text handling shared by every app: normalisation, diacritic folding, date phrases.

Document numbers live in :mod:`pbgdpl.core.docnumbers`.
"""

from __future__ import annotations

import calendar as _calendar
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
_DATE_NUMERIC_RE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.\-]?\d)")


def _full_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every valid full date in NFC ``text`` with its position, in order."""
    found: list[tuple[int, dt.date]] = []
    for regex, groups in ((_DATE_WORDS_RE, (1, 2, 3)), (_DATE_NUMERIC_RE, (1, 3, 4))):
        for match in regex.finditer(text):
            day, month, year = (int(match.group(g)) for g in groups)
            try:
                found.append((match.start(), dt.date(year, month, day)))
            except ValueError:
                continue
    return sorted(found)


def parse_date_phrase(text: str) -> dt.date | None:
    """The first full date written in ``text``: "ngày 15 tháng 3 năm 2024", "15/3/2024", "15-03-2024", "15.3.2024".

    Returns None when no valid date is found (a blank day, as in drafts "ngày   tháng 3 năm 2024",
    gives None).
    """
    found = _full_dates(nfc(text))
    return found[0][1] if found else None


# --- Periods: the timeframes plans write ----------------------------------------------------------

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_SEP = r"\s*(?:,|;|va|-|–|den|toi)\s*"
# A date inside a period, on folded text: "01/11", "09/11/2022", "1-11", "01 thang 11 nam 2022".
_PDATE = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?(?![\d/])|(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?"
_RANGE_RE = re.compile(
    rf"(?<![\w/])tu\s+(?:ngay\s+)?(?:{_PDATE})\s*(?:,\s*)?(?:den|toi)\s+(?:het\s+)?(?:ngay\s+)?(?:{_PDATE})"
)
_MONTH_RANGE_RE = re.compile(
    r"tu\s+thang\s+(\d{1,2})(?:\s*(?:/|nam)\s*(\d{4}))?\s*(?:,\s*)?(?:den|toi)\s+(?:het\s+)?thang\s+(\d{1,2})"
    r"(?:\s*(?:/|\s+nam\s+)\s*(\d{4}))?"
)
_PARTIAL_DATE_RE = re.compile(r"ngay\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?![\d/.\-])|ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?!\s+nam\s+\d)")
_QUARTER_RE = re.compile(
    rf"quy\s+(iv|iii|ii|i|[1-4])\b((?:{_SEP}(?:quy\s+)?(?:iv|iii|ii|i|[1-4])\b)*)(?:\s*(?:/|,|-|nam)\s*(\d{{4}}))?"
)
_HALF_RE = re.compile(r"(\d{1,2}|sau|chin|ba)\s+thang\s+(dau|cuoi)\s+nam(?:\s*(?:/|nam)?\s*(\d{4}))?")
_MONTHS_RE = re.compile(
    rf"(?<!\d\s)thang\s+(\d{{1,2}})(?!\d)((?:{_SEP}(?:thang\s+)?\d{{1,2}}(?!\d))*)(?:\s*(?:/|,|-|nam)\s*(\d{{4}}))?"
)
_YEAR_SPAN_RE = re.compile(r"(?<![\d/])((?:19|20)\d{2})\s*(?:-|–|den)\s*(?:nam\s+)?((?:19|20)\d{2})(?![\d/])")
_YEAR_RE = re.compile(r"(?<![\d/])nam\s+((?:19|20)\d{2})(?![\d/])|^\s*((?:19|20)\d{2})\s*$")
_SPAN_YEAR_RE = re.compile(r"\b(ca nam|trong nam|quanh nam|suot nam|thuong xuyen|lien tuc)\b(?!\s*\d)")
_WHOLE_YEAR_RE = re.compile(r"\b(hang nam)\b")
_BEFORE_RE = re.compile(r"truoc\s+(?:ngay\s+)?$")
_BY_RE = re.compile(r"(cham nhat|han chot|han cuoi|trong ngay|den ngay|den het ngay|truoc hoac vao|truoc hoac trong)"
                    r"\s*(?:la\s+|vao\s+)?(?:ngay\s+)?$")
_FROM_RE = re.compile(r"(tu|bat dau tu|ke tu)\s+(?:ngay\s+)?$")
_HALF_WORDS = {"sau": 6, "chin": 9, "ba": 3}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _calendar.monthrange(year, month)[1])


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date_range(text: str, default_year: int | None = None) -> tuple[dt.date, dt.date] | None:
    """"từ ngày 01/11 đến ngày 09/11/2022" -> (2022-11-01, 2022-11-09).

    A year written only once is carried over to the other date; a start later in the year than the end
    belongs to the year before ("từ 15/12 đến 15/01/2023"). Without any year ``default_year`` is used;
    None when there is no range (or no year to put it in).
    """
    folded = fold_lower(nfc(text))
    match = _RANGE_RE.search(folded)
    if match is None:
        return None
    g = match.groups()
    s_day, s_month, s_year = (g[0], g[1], g[2]) if g[0] else (g[3], g[4], g[5])
    e_day, e_month, e_year = (g[6], g[7], g[8]) if g[6] else (g[9], g[10], g[11])
    end_year = int(e_year) if e_year else (int(s_year) if s_year else default_year)
    if end_year is None:
        return None
    if s_year:
        start_year = int(s_year)
    else:
        start_year = end_year if (int(s_month), int(s_day)) <= (int(e_month), int(e_day)) else end_year - 1
    if not e_year and s_year and (int(s_month), int(s_day)) > (int(e_month), int(e_day)):
        end_year = start_year + 1
    start = _date_or_none(start_year, int(s_month), int(s_day))
    end = _date_or_none(end_year, int(e_month), int(e_day))
    if start is None or end is None or end < start:
        return None
    return start, end


def _numbers(first: str, rest: str, table: dict[str, int] | None = None) -> list[int]:
    tokens = [first, *re.findall(r"iv|iii|ii|i|\d{1,2}", rest)]
    if table is None:
        return [int(t) for t in tokens]
    return [table[t] for t in tokens if t in table]


def parse_period(text: str, default_year: int) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day of a timeframe written in a plan; (None, None) when it names no time.

    ====================================================  ==========================================
    "từ ngày 01/11 đến ngày 09/11/2022"                    2022-11-01 .. 2022-11-09
    "từ tháng 3 đến tháng 6/2024"                          2024-03-01 .. 2024-06-30
    "ngày 15/3/2024", "15/3/2024" (several: first..last)   2024-03-15 .. 2024-03-15
    "trước ngày 01/6" / "chậm nhất ngày 01/6" / "từ 01/6"  None .. 31/5 / None .. 01/6 / 01/6 .. None
    "Quý II/2022", "Quý II, III/2022", "quý 4"             2022-04-01 .. 2022-06-30 / .. 2022-09-30
    "6 tháng đầu năm [2024]", "6 tháng cuối năm"           H1 / H2 (also 3, 9 months)
    "tháng 6/2024", "tháng 6 năm 2024", "tháng 10, 11"     that month (or months)
    "giai đoạn 2023-2030", "Năm 2024"                      the whole years
    "Cả năm", "Trong năm", "Hằng năm", "Thường xuyên"      the whole ``default_year``
    "khi nhận được hướng dẫn của Sở Tư pháp"               (None, None)
    ====================================================  ==========================================

    Years missing from a phrase come from ``default_year`` (the plan's year). Several periods give their union:
    clauses separated by ";" ("Cả năm; cao điểm từ ngày 01/11 đến ngày 09/11/2022" -> the whole of 2022), and a
    whole-year word next to a shorter period ("Cả năm, cao điểm tháng 11").
    """
    text = squash(text or "")
    year = _year_in(fold_lower(text), default_year)  # "Cả năm; cao điểm … 09/11/2022": the year written anywhere
    spans = [_period(clause, year) for clause in text.split(";")]
    spans = [span for span in spans if span != (None, None)]
    if not spans:
        return None, None
    starts = [start for start, _end in spans]
    ends = [end for _start, end in spans]
    return (None if None in starts else min(s for s in starts if s is not None),
            None if None in ends else max(e for e in ends if e is not None))


def _period(text: str, default_year: int) -> tuple[dt.date | None, dt.date | None]:
    """One clause of :func:`parse_period`, widened to the whole year when it also says "cả năm", "trong năm" …"""
    text = text.strip()
    folded = fold_lower(text)
    if not folded:
        return None, None
    start, end = _specific_period(text, folded, default_year)
    if _SPAN_YEAR_RE.search(folded):
        if start is None and end is None:
            year = _year_in(folded, default_year)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if start is not None and end is not None:  # a shorter period inside the year: the whole year
            return min(start, dt.date(start.year, 1, 1)), max(end, dt.date(end.year, 12, 31))
        if end is not None:  # "thường xuyên, trước ngày 15/12": from the start of that year
            return dt.date(end.year, 1, 1), end
        if start is not None:
            return start, dt.date(start.year, 12, 31)
    if start is None and end is None and _WHOLE_YEAR_RE.search(folded):
        year = _year_in(folded, default_year)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return start, end


def _specific_period(text: str, folded: str, default_year: int) -> tuple[dt.date | None, dt.date | None]:
    found_range = parse_date_range(text, default_year)
    if found_range is not None:
        return found_range
    month_range = _MONTH_RANGE_RE.search(folded)
    if month_range:
        first, first_year, last, last_year = month_range.groups()
        end_year = int(last_year or first_year or default_year)
        start_year = int(first_year) if first_year else (end_year if int(first) <= int(last) else end_year - 1)
        if 1 <= int(first) <= 12 and 1 <= int(last) <= 12:
            return dt.date(start_year, int(first), 1), _month_end(end_year, int(last))
    full = _full_dates(text)
    if full:
        dates = [day for _pos, day in full]
        single = dates[0] if len(dates) == 1 else None
        if single is not None:
            head = fold_lower(text[: full[0][0]])
            return _bounded(head, single)
        return min(dates), max(dates)
    partial = _PARTIAL_DATE_RE.search(folded)
    if partial:
        day_s, month_s = (partial.group(1), partial.group(2)) if partial.group(1) else (partial.group(3), partial.group(4))
        day = _date_or_none(_year_in(folded, default_year), int(month_s), int(day_s))
        if day is not None:
            return _bounded(folded[: partial.start()], day)
    quarter = _QUARTER_RE.search(folded)
    if quarter:
        numbers = _numbers(quarter.group(1), quarter.group(2) or "", _ROMAN)
        year = int(quarter.group(3)) if quarter.group(3) else _year_in(folded, default_year)
        return dt.date(year, min(numbers) * 3 - 2, 1), _month_end(year, max(numbers) * 3)
    half = _HALF_RE.search(folded)
    if half:
        count = _HALF_WORDS.get(half.group(1)) or int(half.group(1))
        year = int(half.group(3)) if half.group(3) else _year_in(folded, default_year)
        if 1 <= count <= 12:
            if half.group(2) == "dau":
                return dt.date(year, 1, 1), _month_end(year, count)
            return dt.date(year, 13 - count, 1), dt.date(year, 12, 31)
    months = _MONTHS_RE.search(folded)
    if months:
        numbers = [n for n in _numbers(months.group(1), months.group(2) or "") if 1 <= n <= 12]
        year = int(months.group(3)) if months.group(3) else _year_in(folded, default_year)
        if numbers:
            return dt.date(year, min(numbers), 1), _month_end(year, max(numbers))
    span = _YEAR_SPAN_RE.search(folded)
    if span and int(span.group(1)) <= int(span.group(2)):
        return dt.date(int(span.group(1)), 1, 1), dt.date(int(span.group(2)), 12, 31)
    year_match = _YEAR_RE.search(folded)
    if year_match:
        year = int(year_match.group(1) or year_match.group(2))
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None, None


def _bounded(head: str, day: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """A single date read with the words before it: "trước ngày" D, "chậm nhất ngày" D, "từ ngày" D."""
    head = fold_lower(head)
    if _BY_RE.search(head):
        return None, day
    if _BEFORE_RE.search(head):
        return None, day - dt.timedelta(days=1)
    if _FROM_RE.search(head):
        return day, None
    return day, day


def _year_in(folded: str, default_year: int) -> int:
    """A year written anywhere in the phrase ("năm 2024", "/2024"), else ``default_year``."""
    found = re.findall(r"(?<![\d])((?:19|20)\d{2})(?!\d)", folded)
    return int(found[-1]) if found else default_year


DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d")
SPREADSHEET_DATE_FORMATS = (*DATE_FORMATS, "%d-%m-%Y", "%d.%m.%Y")


def parse_date_value(value: object, formats: tuple[str, ...] = DATE_FORMATS) -> dt.date | None:
    """A calendar date given as a date, a datetime or text in one of ``formats`` (dd/mm/yyyy and
    yyyy-mm-dd by default); None when empty or unreadable."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in formats:
        try:
            return dt.datetime.strptime(text, fmt).date()  # noqa: DTZ007 - a calendar date, no time
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
