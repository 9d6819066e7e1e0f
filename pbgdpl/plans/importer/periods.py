"""Deadlines from the timeframes plans write ("Quý II, III/2022", "Cả năm", "từ 01/11 đến 09/11/2022")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from pbgdpl.core.text import nfc, parse_period

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
# Work that goes on all year: the year end is its deadline, also when a peak or a focus follows
# ("Hằng tháng; cao điểm tháng 11", "Cả năm; cao điểm từ 01/11 đến 09/11", "Thường xuyên; trọng tâm Quý II").
_WHOLE_YEAR = re.compile(
    r"^(?:(?:duy trì|thực hiện|triển khai|tổ chức|tiếp tục)\s+)?(?:trong\s+)?(?:cả\s+)?"
    r"(?:năm(?:\s+(\d{4}))?|(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần|ngày)|"
    r"thường xuyên|cả năm|quanh năm|suốt năm|liên tục)\b(?!\s+học\b)",  # "cả năm học": the school year
    re.IGNORECASE,
)
# A whole-year word that also names a deadline of its own: "Năm 2026, gửi báo cáo trước ngày 05/12/2026".
_OWN_DEADLINE = re.compile(r"\b(?:trước|chậm nhất|hạn chót|thời hạn|hoàn thành|xong)\b", re.IGNORECASE)
# "Tổng kết cuối năm", "6 tháng đầu năm và cả năm": the year end, wherever it is written in the part
_YEAR_END = re.compile(r"\b(?:cả|cuối|hết|toàn)\s+năm(?!\s+học\b)(?:\s+(\d{4}))?\b", re.IGNORECASE)
# A term of a school year: "Học kỳ I năm học 2026 - 2027" ends with January of its second year, "Học kỳ II …"
# with May. (A whole "Năm học 2024 - 2025" in a plan for 2024 is left to the plan year's end.)
_SCHOOL_YEAR = re.compile(
    r"học\s+k[ỳì]\s+(I{1,2}|[12])\b[\s,]*(?:của\s+)?năm\s+học\s+((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)\d{2})",
    re.IGNORECASE,
)
# Only a start: "Từ tháng 3/2026", "Kể từ ngày 01/7/2026"; the work goes on to the year end.
_START_ONLY = re.compile(r"^(?:bắt đầu\s+|kể\s+)?từ\s", re.IGNORECASE)
# A recurrence bounded by a span right after it: "Hằng ngày từ ngày 01/11 đến ngày 10/11/2026", "Hằng tuần, từ
# tháng 3 đến tháng 5": the span's end (not "Hằng tháng; cao điểm …", a peak in a work that goes on all year);
# so does its end alone: "Hằng tháng, đến hết tháng 5/2027" (monthly until May)
_BOUNDED_SPAN = re.compile(
    r"^\s*,?\s*(?:(?:kể\s+)?từ\s.+\s(?:đến|tới)|(?:đến|tới)(?:\s+hết)?)\s", re.IGNORECASE
)
_HAS_END = re.compile(r"đến|tới|[-–]|\bhết\b|trước|chậm nhất", re.IGNORECASE)
# A recurring part joined to a dated one: "Tháng 01/2025 và hằng quý", "Quý I, thường xuyên sau đó". Not
# "tháng 11 hằng năm" (each year, in November).
_RECURRING_AFTER = re.compile(
    r"(?:[,;(]\s*|\svà\s+|\ssau đó\s+)(?:duy trì\s+|thực hiện\s+)?(?:thường xuyên|liên tục|"
    r"(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?:tháng|quý|tuần))\b",
    re.IGNORECASE,
)
_ABBR_MONTH = re.compile(r"(?<![\w/])T(?:h)?\.?\s?(\d{1,2})\s*/(?=\s*\d)")
# "T11", "T3 - T4" without a year (a commune's short table): the plan year's month
_ABBR_MONTH_ALONE = re.compile(r"(?<![\w/])T\.?\s?(1[0-2]|0?[1-9])\b(?!\s*/)")
_ABBR_QUARTER = re.compile(r"(?<![\w/])Q\.?\s?(IV|III|II|I|[1-4])\b")
# "Năm 2026 - 2027", "Năm 2026 đến năm 2027": the later year
_YEARS = re.compile(r"^năm\s+(\d{4})\s*(?:-|–|đến|và|,)\s*(?:năm\s+)?(\d{4})\b", re.IGNORECASE)
# "6/2026", "Trước 01/2027", "3/2026 - 5/2026": a month and year written without "tháng" (when no day, month or
# quarter word is written anywhere in the timeframe)
_BARE_MONTH = re.compile(r"(?<![\d/.])(0?[1-9]|1[0-2])\s*/\s*((?:19|20)\d{2})(?![\d/])")
# "Tháng 9/2026 - 6/2027", "Tháng 9 năm 2026 - 6/2027": a range from a month to a month and year written
# without its "tháng"
_MONTH_TO_BARE = re.compile(
    r"(tháng\s+\d{1,2}(?:\s*/\s*|\s+năm\s+)(?:19|20)\d{2}\s*(?:-|–|đến|tới)\s*)"
    r"(?=(?:0?[1-9]|1[0-2])\s*/\s*(?:19|20)\d{2}(?![\d/]))",
    re.IGNORECASE,
)
# "tháng 6-2026", "quý II-2026": the year after a hyphen (as the Party and the Front write dates), as "tháng 6/2026"
_HYPHEN_YEAR = re.compile(r"\b((?:tháng\s+\d{1,2}|quý\s+(?:IV|III|II|I|[1-4])))\s*-\s*((?:19|20)\d{2})(?![\d/-])", re.IGNORECASE)
_YEAR_THEN_DUE = re.compile(
    r"^((?:trong\s+)?năm\s+\d{4})\s*;\s*(?=[^;]*\b(?:trước|chậm nhất|hạn chót|hoàn thành)\s+(?:ngày\s+)?\d)",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(r"tháng|quý|ngày|kỳ|đợt|lần|số", re.IGNORECASE)
_NEXT_YEAR = re.compile(
    r"((?:tháng\s+\d{1,2}|quý\s+(?:[IV]+|[1-4]))\s+(?:của\s+)?)năm\s+(?:sau|tới|kế tiếp|tiếp theo)\b", re.IGNORECASE
)
_RECURRING = re.compile(
    r"^(?:(?:duy trì|thực hiện|triển khai|tổ chức|tiếp tục)\s+)?(?:(?:định kỳ\s+)?(?:hằng|hàng|mỗi)\s+(?!năm)|"
    r"định kỳ(?!\s+(?:hằng|hàng|mỗi)\s+năm)|thường xuyên|quanh năm|suốt năm|liên tục)",  # not "Hằng năm, trước …"
    re.IGNORECASE,
)
_QUARTER = re.compile(
    r"quý\s+((?:IV|III|II|I|[1-4])(?:\s*(?:,|và|-|–|đến)\s*(?:quý\s+)?(?:IV|III|II|I|[1-4](?!\d)))*)"
    r"(?:\s*(?:/|năm|,)\s*(\d{4}))?",
    re.IGNORECASE,
)
_DATE = re.compile(r"(?<![\d/])(\d{1,2})(?:\s*/\s*|[.-])(\d{1,2})(?:(?:\s*/\s*|[.-])(\d{4}))?(?![\d/])")
# "Tháng 3 - 4/2025", "tháng 10-11": a range of months
_MONTH_RANGE = re.compile(
    r"tháng\s+(\d{1,2})((?:\s*(?:-|–|đến|và|,)\s*(?:tháng\s+)?\d{1,2}(?![\d/]))*)\s*(?:-|–|đến|và|,)\s*"
    r"(?:tháng\s+)?(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?(?![\d/])",
    re.IGNORECASE,
)
_DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?", re.IGNORECASE)
_MONTH = re.compile(r"tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*(\d{4}))?", re.IGNORECASE)
_HALF = re.compile(r"(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?", re.IGNORECASE)
_YEAR_ANY = re.compile(r"\bnăm\s+(\d{4})\b", re.IGNORECASE)

_OWN_WORK = (
    r"(?:tiếp\s+(?:công dân|dân|xúc)|trả lời|giải quyết|làm việc|xử lý|thực hiện|triển khai|tổ chức|tham gia|"
    r"hướng dẫn|tư vấn|kiểm tra|thẩm định|hòa giải|đi|xuống|"
    # the unit's own meetings, held anyway: "khi sinh hoạt chi hội", "khi họp dân"
    r"sinh hoạt|họp)\b"
)
ON_REQUEST = re.compile(
    r"khi\s+(?:nhận được|có)\s|sau khi\s+(?:có|nhận|được)|theo\s+(?:đề nghị|yêu cầu|hướng dẫn|chỉ đạo|"
    # not the agency's own yearly plan: "theo kế hoạch thanh tra năm 2026"
    # nor "theo Kế hoạch này", "theo kế hoạch của đơn vị", "theo kế hoạch" alone: as planned, nothing to wait for
    r"kế hoạch(?!\s*(?:này|đã đề ra|đã được duyệt|riêng|cụ thể|chi tiết|của (?:cơ quan|đơn vị)(?: mình)?)?\s*[.;,)]?\s*$)"
    r"(?!\s+(?:này|đã đề ra|riêng|chi tiết)\b)"
    # nor the agency's own plan of a kind of work for a year: "theo kế hoạch đào tạo năm 2027" (not "… của Sở năm …")
    r"(?!\s+(?-i:(?!của\b|do\b|được\b|năm\b)[a-zđà-ỹ]+\s+){1,2}(?:năm\s+)?(?:học\b|\d{4}))|văn bản|lịch|thông báo|giấy mời|"
    # the pace of someone else's drafting: "theo tiến độ xây dựng văn bản của Bộ", "theo tiến độ ban hành Nghị định"
    r"triệu tập|tiến độ\s+(?:xây dựng|ban hành|soạn thảo|trình|thông qua|phê duyệt|của)"
    # … or its dates: "theo thời gian ban hành văn bản", "theo thời điểm thông qua Nghị quyết"
    r"|(?:thời gian|thời điểm)\s+(?:xây dựng|ban hành|soạn thảo|trình|thông qua|phê duyệt)\b)"
    # a date someone else sets: "theo thời gian do Ban Tổ chức thông báo", "ngày do UBND tỉnh ấn định"
    r"|\bdo\s+[^;()]{1,60}?\s(?:thông báo|ấn định|quyết định|triệu tập)\b"
    r"|khi\s+được\s+(?:yêu cầu|đề nghị|giao)|khi có yêu cầu|khi phát sinh|"
    r"khi (?:Bộ|Sở|UBND|Ủy ban|cấp trên|Trung ương|Chính phủ|Thủ tướng|Quốc hội|HĐND|Hội đồng nhân dân|"
    r"Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|cơ quan)|khi được\s.{0,80}?\s(?:yêu cầu|đề nghị|giao|hướng dẫn)"
    r"|(?:sau\s+)?khi\s+(?:(?:các|những)\s+)?(?:Luật|luật|văn bản|Nghị định|Thông tư|Quyết định|Nghị quyết|Kế hoạch|Đề án)\s"
    r".{0,60}?(?:được|có hiệu lực|ban hành|thông qua|phê duyệt)"
    # a timeframe (or one of its ";"/"(" parts) that starts with "khi"/"sau khi" and an event: "khi Phòng X có
    # kế hoạch …", "khi được cấp kinh phí", "sau khi hoàn thành …". Not "khi cần (thiết)": that is as-needed work
    # the unit starts itself, with no outside trigger, so the plan year's end stays its deadline.
    # Nor "khi" and the unit's own routine work ("khi tiếp công dân và trả lời đơn thư"): no outside trigger.
    r"|(?:^|[;(]\s*)(?:sau\s+khi\s+(?!cần\b|nào\b)\w|khi\s+(?!cần\b|nào\b|" + _OWN_WORK + r")\w)"
    # a time counted from an event, not from a date: "chậm nhất 02 ngày làm việc kể từ ngày ký ban hành",
    # "trong vòng 10 ngày kể từ khi nhận được …" (not "kể từ ngày 01/7/2026")
    r"|(?:kể\s+)?từ\s+(?:ngày|khi|thời điểm|lúc)\s+(?!\d)(?!(?:đầu|cuối|này|nay|hôm)\b)\w"
    # so many days before or after an event: "chậm nhất 10 ngày trước ngày bầu cử"
    r"|\d+\s+ngày(?:\s+làm việc)?\s+(?:trước|sau)\s+(?:ngày|khi)\s+(?!\d)(?!(?:đầu|cuối)\b)\w"
    # … or written the other way round: "trước ngày bầu cử 10 ngày", "sau khi khai mạc 05 ngày"
    r"|(?:trước|sau)\s+(?:ngày|khi)\s+(?!\d)(?!(?:đầu|cuối)\b)[^\d;,()]{1,40}?\s\d+\s+ngày\b"
    # someone else's schedule: "theo lộ trình của Bộ", "theo chương trình của Trung ương", "theo sự chỉ đạo của …",
    # "căn cứ hướng dẫn của Sở", "phụ thuộc vào tiến độ ban hành văn bản"
    r"|theo\s+(?:lộ trình|chương trình(?:\s+công tác)?)\s+của\s|theo\s+sự\s+(?:phân công|chỉ đạo|hướng dẫn|điều động)"
    r"|căn cứ\s+(?:vào\s+)?(?:hướng dẫn|chỉ đạo|yêu cầu|đề nghị|thông báo)\s+của\s"
    r"|(?:phụ|tùy|tuỳ)\s+thuộc\s+(?:vào\s+)?(?:tiến độ|thời gian|kế hoạch|lịch|hướng dẫn|yêu cầu)",
    re.IGNORECASE,
)


# A date the work is due by, written in full: "trước ngày 31/5/2027", "chậm nhất ngày 15 tháng 6 năm 2027"
_DUE_BY_DATE = re.compile(
    r"\b(?:trước|chậm nhất|hạn chót|hoàn thành)\s+(?:(?:vào\s+)?ngày\s+)?"
    r"(?:\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})",
    re.IGNORECASE,
)


def on_request(text: str | None) -> bool:
    """Does the time wait for someone else? Work done "theo kế hoạch …" (a plan still to be approved) but due by a
    date written in full ("…, trước ngày 31/5/2027") has its date: the plan only says how, not when. So has work
    whose time says, in a part of its own, when in which year ("theo kế hoạch của Trung tâm; trong năm 2026")."""
    if not text:
        return False
    text = nfc(text)
    dated = bool(_DUE_BY_DATE.search(text))
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^;]+", text)]

    def dated_apart(at: int) -> bool:  # another ";" part is a time of its own, its year written (no plan year given)
        return any(
            not start <= at < end and _segment_deadline(text[start:end], None) is not None
            for start, end in parts
        )

    return any(
        not (re.match(r"theo\s+kế hoạch\b", match.group(0), re.IGNORECASE) and (dated or dated_apart(match.start())))
        for match in ON_REQUEST.finditer(text)
    )


def waits_in_sentence(text: str | None) -> bool:
    """Does the time read from an assignment sentence wait for someone else ("khi có văn bản hướng dẫn", "theo
    yêu cầu của Sở"), so that a later "Thời gian: …" label only adds to it? A clause that merely orders the
    work after another step ("… kiện toàn các tổ sau khi sắp xếp tổ dân phố") gives way to the label: only the
    shapes found anywhere in a text count, not "khi"/"sau khi" opening it."""
    return bool(text and ON_REQUEST.search(" " + nfc(text)))


def _quarter_end(quarter: int, year: int) -> dt.date:
    month = quarter * 3
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_end(month: int, year: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A time, then the observance day the work marks: "Tháng 11/2026, hưởng ứng Ngày Pháp luật 09/11". The date in the
# day's name is the event's, not the work's deadline.
_OBSERVANCE_AFTER = re.compile(
    r"^([^;]*?(?:tháng|quý|ngày)\s*[\dIVX][^;]*?)\s*[,–-]\s*(?:hưởng ứng|nhân dịp|nhân|chào mừng|kỷ niệm|dịp)\s+"
    r"(?:[^;\d]*?\s)?(?-i:Ngày)\s[^;]*$",  # a named day, capitalised ("nhân ngày 09/11" is the work's date)
    re.IGNORECASE,
)


# A year right after a noun of the event the work waits for: "sau khi UBND tỉnh giao chỉ tiêu tuyển quân năm 2027"
# (the year names the quota, not when the work is due; not "trong năm 2027", "cuối năm 2027")
_EVENT_YEAR = re.compile(
    r"(?<!\btrong)(?<!\bvào)(?<!\bcả)(?<!\bsuốt)(?<!\bhết)(?<!\bcuối)(?<!\bđầu)(?<!\bgiữa)(?<!\btrước)"
    r"(?<!\bđến)(?<!\btừ)(?<!\bsau)(?<!\btới)(?<=[^\W\d])\s+$"
)


def deadline(timeframe: str | None, year: int | None) -> dt.date | None:
    """The last day a timeframe allows; the plan year's end when the timeframe is empty or vague."""
    default = dt.date(year, 12, 31) if year else None
    if not timeframe:
        return default
    text = nfc(timeframe).strip()
    text = _ABBR_MONTH.sub(r"tháng \1/", text)  # "T10/2026"
    text = _ABBR_MONTH_ALONE.sub(r"tháng \1", text)  # "T11", "T3 - T4"
    text = _ABBR_QUARTER.sub(r"quý \1", text)  # "Q2/2026", "Q.III"
    text = _HYPHEN_YEAR.sub(r"\1/\2", text)  # "tháng 5-2027"
    if not _DATE_WORD.search(text):
        text = _BARE_MONTH.sub(r"tháng \1/\2", text)  # "Trước 6/2026": the end of June
    text = _MONTH_TO_BARE.sub(r"\1tháng ", text)  # "Tháng 10/2026 - 5/2027": the end is a month too
    if year:  # "Tháng 01 năm sau", "Quý I năm tới": the year after the plan's
        text = _NEXT_YEAR.sub(lambda m: f"{m.group(1)}năm {year + 1}", text)
    # "năm 2026; tổng hợp hồ sơ … trước ngày 15/11/2026": the year names the work, the later part says when it
    # is due (as "Năm 2026, báo cáo trước ngày …")
    text = _YEAR_THEN_DUE.sub(r"\1, ", text)
    observed = _OBSERVANCE_AFTER.match(text)
    if observed and (own := _segment_deadline(observed.group(1), year)) is not None:
        return own  # "Tháng 7/2026, hưởng ứng Ngày … 30/7": the month is the time, the day names the event
    found = [d for segment in re.split(r"\s*;\s*", text) if (d := _segment_deadline(segment, year))]
    if default and _RECURRING_AFTER.search(text):  # "Tháng 01 và hằng quý": the work goes on all year
        found.append(default)
    if found:  # "Đợt 1: tháng 4; Đợt 2: tháng 10": the last part ends the task
        return max(found)
    match = _YEAR_ANY.search(text)
    if match and year and on_request(text) and _EVENT_YEAR.search(text[: match.start()]):
        return default  # the year names what is waited for; the work is due by the plan year's end
    if match:
        return dt.date(int(match.group(1)), 12, 31)
    if year:  # shapes only the shared parser knows ("giai đoạn 2023-2030", "chậm nhất ngày …")
        _start, end = parse_period(text, year)
        if end is not None:
            return end
    return default


def _segment_deadline(segment: str, year: int | None) -> dt.date | None:
    plain = re.sub(r"\([^()]*\)", " ", segment).strip()
    whole = _WHOLE_YEAR.match(plain)
    if whole and not _RECURRING.match(whole.group(0)) and plain != segment:
        inner = " ".join(re.findall(r"\(([^()]*)\)", segment))
        if _OWN_DEADLINE.search(inner):  # "Năm 2026 (hoàn thành trước ngày 30/6/2026)"
            plain = re.sub(r"[()]", " ", segment).strip()
    found = _plain_deadline(plain, year)
    if plain != segment and _RECURRING.match(plain):
        inner = " ".join(re.findall(r"\(([^()]*)\)", segment))
        if re.match(r"\s*(?:kể\s+)?từ\s.+\s(?:đến|tới)\s", inner, re.IGNORECASE):
            # "Thường xuyên trong năm học (từ tháng 9/2026 đến tháng 5/2027)": the span in brackets ends it
            found = _plain_deadline(inner, year) or found
    if found is not None and plain != segment and not _RECURRING.match(plain):
        inner = " ".join(re.findall(r"\(([^()]*)\)", segment))
        own = _plain_deadline(inner, found.year) if _OWN_DEADLINE.search(inner) else None
        if own is not None and own.year == found.year and own < found:
            found = own  # "Quý IV/2026 (báo cáo trước ngày 15/12)": the date it must be done by
    if found is None and plain != segment:  # "Dịp Ngày Pháp luật (09/11)": the date is in the brackets
        found = _plain_deadline(re.sub(r"[()]", " ", segment).strip(), year)
    if found is None and year and re.match(r"^(?:(?:cả|trong|suốt)\s+)?năm\s+học\b", plain, re.IGNORECASE):
        found = dt.date(year, 12, 31)  # "Năm học 2024 - 2025" in a plan for 2024: its year's end, as "Cả năm"
    return found


def _plain_deadline(plain: str, year: int | None) -> dt.date | None:
    years = _YEARS.match(plain)
    if years and int(years.group(2)) > int(years.group(1)):
        return dt.date(int(years.group(2)), 12, 31)
    whole = _WHOLE_YEAR.match(plain)
    if whole:
        y = int(whole.group(1)) if whole.group(1) else year
        rest = plain[whole.end() :]
        if _RECURRING.match(whole.group(0)) and _BOUNDED_SPAN.match(rest):
            span = _plain_deadline(rest.strip(" ,"), y)  # "Hằng ngày từ ngày 01/11 đến ngày 10/11/2026": the span
            if span is not None:
                return span
        if not _RECURRING.match(whole.group(0)) and _OWN_DEADLINE.search(rest):
            own = _plain_deadline(rest.strip(" ,"), y)  # "Năm 2026, báo cáo trước ngày 05/12/2026"
            if own is not None and (y is None or own.year == y):
                return own
        return dt.date(y, 12, 31) if y else None
    school = _SCHOOL_YEAR.search(plain)
    if school and not _MONTH.search(plain) and not _DATE.search(plain.replace(school.group(0), " ")):
        second = int(school.group(3))
        return dt.date(second, 1, 31) if school.group(1).upper() in ("I", "1") else dt.date(second, 5, 31)
    if _START_ONLY.match(plain) and not _HAS_END.search(plain):  # "Từ tháng 3/2026": no end is written
        given = _YEAR_ANY.search(plain) or re.search(r"/\s*((?:19|20)\d{2})\b", plain)
        y = int(given.group(1)) if given else year
        return dt.date(y, 12, 31) if y else None
    # "Tháng 01 - tháng 02/2026 và tháng 5 - tháng 8/2026": two spans, the later one's end
    range_ends: list[dt.date] = []
    for months_range in _MONTH_RANGE.finditer(plain) if not _DATE_WORDS.search(plain) else ():
        y = int(months_range.group(4)) if months_range.group(4) else year
        middle = [int(n) for n in re.findall(r"\d{1,2}", months_range.group(2))]
        last = max(int(months_range.group(1)), int(months_range.group(3)), *middle)  # "Tháng 3, 6, 9, 12"
        if y and 1 <= last <= 12:
            range_ends.append(_month_end(last, y))
    if range_ends:
        return max(range_ends)
    dates: list[dt.date] = []
    for match in _DATE_WORDS.finditer(plain):
        y = int(match.group(3)) if match.group(3) else year
        if y and (d := _safe(y, int(match.group(2)), int(match.group(1)))):
            dates.append(d)
    if not dates:
        explicit_year = None
        raw = list(_DATE.finditer(plain))
        for match in reversed(raw):
            if match.group(3):
                explicit_year = int(match.group(3))
                break
        for match in raw:
            y = int(match.group(3)) if match.group(3) else (explicit_year or year)
            if y and (d := _safe(y, int(match.group(2)), int(match.group(1)))):
                dates.append(d)
    if dates:
        return max(dates)
    ends: list[dt.date] = []
    for year_end in _YEAR_END.finditer(plain):  # "Sơ kết 6 tháng đầu năm và tổng kết cuối năm"
        y = int(year_end.group(1)) if year_end.group(1) else year
        if y:
            ends.append(dt.date(y, 12, 31))
    half = _HALF.search(plain)
    if half:
        y = int(half.group(3)) if half.group(3) else year
        months_n = int(half.group(1))
        if y:
            ends.append(_month_end(months_n, y) if half.group(2).lower() == "đầu" else dt.date(y, 12, 31))
        return max(ends) if ends else None
    months = list(_MONTH.finditer(plain))
    if months and all(1 <= int(m.group(1)) <= 12 for m in months):
        # each month in the year written with it, else the next year written ("tháng 10/2026 đến tháng
        # 6/2027" ends in June 2027, not October), else the plan's year
        y_given = next((int(m.group(2)) for m in reversed(months) if m.group(2)), None)
        for i, m in enumerate(months):
            y = int(m.group(2)) if m.group(2) else next(
                (int(n.group(2)) for n in months[i + 1 :] if n.group(2)), y_given or year
            )
            if y:
                ends.append(_month_end(int(m.group(1)), y))
    # "Quý I/2025 và Quý III/2025", "Tháng 6 và Quý IV": the last month or quarter named
    for quarter in _QUARTER.finditer(plain):
        numbers = re.findall(r"IV|III|II|I|[1-4]", quarter.group(1), flags=re.IGNORECASE)
        values = [int(n) if n.isdigit() else _ROMAN[n.upper()] for n in numbers]
        y = int(quarter.group(2)) if quarter.group(2) else year
        if y and values:
            ends.append(_quarter_end(max(values), y))
    return max(ends) if ends else None
