"""Read a plan (kế hoạch) the way a careful reader does: header, purposes, tasks, organisation, signature.

``extract(source, filename)`` returns a JSON-ready dict (see issue 4) and writes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from pbgdpl.core import docnumbers
from pbgdpl.core.text import key, parse_date_phrase, squash

from . import periods
from .places import canonical_place
from .readers import (
    MAX_BYTES,
    UNIT_DUTY,
    Block,
    Para,
    PlanImportError,
    Table,
    opens_with_unit_duty,
    plain_bullet,
    read,
)
from .units import (
    DRAFTERS,
    UNIT_STARTS,
    KnownNames,
    clean_name,
    compile_known,
    cut_action,
    department_after_mention,
    drop_places_colon,
    looks_like_unit,
    split_units,
    unwrap_cell,
    using_known,
)

# --- line shapes -----------------------------------------------------------------------------

_BULLET = re.compile(r"^([-+•*–−])\s*")
_DECIMAL = re.compile(r"^(\d{1,2}(?:\.\d{1,2})+)\.?\s*(?=\S)|^(\d{1,2})(?:[.)]\s*(?=\D)|/\s*(?=\D)|\s*-\s+(?=[A-ZĐÀ-Ỹ])|,\s+(?=[A-ZĐÀ-Ỹ]))")  # "6, Phối hợp …" too
_NAMED_NUMBER = re.compile(
    r"^(?:Hoạt động|Nhiệm vụ|Công việc|Nội dung|Chuyên đề|Bước)\s+(?:số\s+)?(\d{1,2}(?:\.\d{1,2})*)\s*[:.)–-]\s*(?=\S)",
    re.IGNORECASE,
)
_LETTER = re.compile(r"^([a-zđ])(?:[).]|/)\s+")
_UPPER_GROUP = re.compile(r"^([A-H])[.)]\s+(\S.*)$")
# "B. PHÂN CÔNG NHIỆM VỤ": a part lettered in capitals, its heading in capitals
_LETTER_PART = re.compile(r"^([A-H])\.\s+(\S.*)$")
_ROMAN_GROUP = re.compile(r"^(?:Phần\s+|PHẦN\s+)?([IVX]{1,4})(?:[.)]|/(?=\s))\s+(\S.*)$")  # "II. Thông tin …", "II/ …" in a lettered part
_ROMAN = re.compile(r"^(?:Phần\s+|PHẦN\s+)?([IVX]{1,4})(?:[.):]\s*|/\s+|\s*[-–]\s+)(?=\S)")  # "II.", "II/", "II -", "Phần II."
# "Giao: Sở A chủ trì; Sở B phối hợp." (a line of its own): "Giao" with a colon, not a unit label
_GIVEN_LABEL = re.compile(r"^([-–+•]?\s*Giao)\s*:\s*(?=\S)")

# the kind of unit a lead or coordinating label names, alone or as a pair: "Đơn vị", "Cơ quan, đơn vị",
# "Khoa, phòng", "Sở, ngành", "Phòng/ban", "Đơn vị, cá nhân"
_LABEL_KIND = r"(?:đơn vị|cơ quan|bộ phận|người|lực lượng|cá nhân|tổ chức|khoa|phòng|ban|sở|ngành|địa phương)"
_LABEL_UNIT = rf"(?:đơn vị|cơ quan|bộ phận|người|lực lượng|cá nhân|{_LABEL_KIND}\s*[,/]\s*{_LABEL_KIND})"

# "Thời gian:", "Thời gian thực hiện:", "Thời hạn:", "Tiến độ:", "Hoàn thành:" (before the colon)
_TIME_LABEL = (
    r"thời gian(?:\s+(?:thực hiện|hoàn thành|trình|tổ chức|triển khai|dự kiến))?|thời hạn(?:\s+hoàn thành)?"
    r"|tiến độ(?:\s+thực hiện)?|(?:hạn\s+)?hoàn thành|thời điểm(?:\s+hoàn thành)?|mốc thời gian"
)
# the four words a time label starts with in an assignment sentence ("…; thời gian: …", "…; tiến độ thực hiện: …")
_TIME_LABEL_WORD = r"(?:thời gian|thời hạn|tiến độ|hạn hoàn thành)"
_LABELS: list[tuple[str, str]] = [
    (
        "coord",
        # "Đơn vị phối hợp:", "Người phối hợp:", "Các cơ quan phối hợp:", "Đơn vị liên quan:"
        r"(?:(?:các\s+)?" + _LABEL_UNIT + r"\s+)?phối hợp(?:\s+thực hiện)?"
        r"|(?:các\s+)?(?:đơn vị|cơ quan)\s+(?:tham gia|liên quan)(?:\s+thực hiện)?",
    ),
    (
        "lead",
        # "Đơn vị chủ trì:", "Người phụ trách:", "Đơn vị đầu mối:", "Cơ quan chủ trì, tham mưu:", "Lực lượng thực
        # hiện:", "Đơn vị được giao:", "Trách nhiệm chính:"
        r"(?:" + _LABEL_UNIT + r"\s+)?"
        r"(?:chủ trì(?:\s*,?\s*tham mưu)?(?:\s+thực hiện)?|được giao(?:\s+chủ trì)?|thực hiện(?:\s+chính)?|"
        r"tham mưu(?:\s+thực hiện)?|chịu trách nhiệm(?:\s+chính)?|đầu mối(?:\s+thực hiện)?|phụ trách)"
        r"|trách nhiệm(?:\s+(?:thực hiện|chính))?|phân công(?:\s+thực hiện)?",
    ),
    (
        "time",
        _TIME_LABEL,
    ),
    ("products", r"sản phẩm(?:\s+(?:đầu ra|chính))?|kết quả(?:\s+đầu ra)?|hình thức văn bản"),
    ("content", r"nội dung(?:\s+(?:thực hiện|chính|công việc))?"),
]
_LABEL_RE = re.compile(
    # "Chủ trì: X - Phối hợp: Y - Thời gian: …"; a capitalised label after a name without a stop: a PDF cell's line
    # joined to the one before ("Chủ trì: Phòng A Cơ quan, đơn vị phối hợp: Phòng B")
    r"(?:^|(?<=[.;,]\s)|(?<=[.;(\n])|(?<=\s[-–]\s)|(?<=\w\s)(?=(?-i:[A-ZĐ])))\s*(?P<name>"
    + "|".join(f"(?P<{k}>{p})" for k, p in _LABELS)
    + r")\s*:\s*",
    re.IGNORECASE,
)


def _closing(text: str, start: int) -> int:
    """Where the ")" closing a "(" just before ``start`` is; the text's end when it is not closed."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            if depth == 0:
                return i
            depth -= 1
    return len(text)


# "… tổ chức hội nghị (Thời gian thực hiện: Quý II/2025)": labelled parts in brackets ending a line
_TRAILING_LABELS = re.compile(
    r"\s*(\((?:" + "|".join(p for _k, p in _LABELS) + r")\s*:[^()]*\))\s*[.;,]?\s*$", re.IGNORECASE
)
_TRAILING_BRACKET = re.compile(r"\s*\(([^()]+)\)\s*[.;,]?\s*$")
# "1. Tổ chức hội thi tìm hiểu pháp luật (tháng 10/2026)": a time in brackets ending a heading (not "(sửa đổi)",
# nor a bare year naming a law: "Luật Đất đai (năm 2024)")
_BRACKET_TIME = re.compile(
    r"^(?:(?:dự kiến|thời gian|thực hiện|hoàn thành|tổ chức)\s*:?\s*)?(?:trong\s+|vào\s+|từ\s+|trước\s+|chậm nhất\s+|"
    r"đến\s+|dịp\s+|cuối\s+|đầu\s+|giữa\s+)?(?:ngày\s+)?(?:quý\s+(?:[IV]+|[1-4])\b|tháng\s+\d|\d{1,2}\s*/\s*\d{1,2}\b|"
    r"học\s+k[ỳì]|thường xuyên|hằng\s|hàng\s|định kỳ|cả năm|\d+\s+tháng\s+(?:đầu|cuối)\s+năm|"
    r"(?-i:T)\.?\s?\d{1,2}\s*/\s*\d{4}|(?-i:Q)\.?\s?(?:[1-4]|IV|I{1,3})\b)",  # "(T6/2026)", "(Q3)"
    re.IGNORECASE,
)
# Assignment sentences in prose: "Giao X chủ trì, phối hợp với Y thực hiện trong Quý I/2026",
# "… do X chủ trì, Y phối hợp; hoàn thành trước ngày 30/6/2025", "X chủ trì; Y phối hợp; thường xuyên".
_TIME_WORDS = (
    r"(?:thường xuyên|định kỳ|hằng\s+(?:năm|quý|tháng|tuần)|hàng\s+(?:năm|quý|tháng|tuần)|liên tục"
    r"|trong\s+(?:năm|quý|tháng|tuần|ngày|\d|cả|suốt|thời gian|giai đoạn|các năm|[IVX]+\b|\d+\s+ngày"
    r"|(?:vòng|thời hạn|khoảng)\s+\d|học\s+k[ỳì])|(?:vào|nhân|trong)\s+dịp\s|(?:vào\s+)?(?:cuối|giữa)\s+(?:năm|quý|tháng)\b"
    r"|từ\s+(?:ngày|tháng|quý|năm|\d)|trước\s+(?:ngày|tháng|quý|năm|\d)|đến\s+(?:ngày|tháng|hết|\d)"
    r"|chậm nhất|cả năm|quý\s+[IVX1-4]|năm\s+\d{4}|tháng\s+\d|ngày\s+\d|khi\s|sau khi\s"
    r"|theo\s+(?:đề nghị|yêu cầu|hướng dẫn|chỉ đạo|kế hoạch|lịch|tiến độ)|hoàn thành\s|xong\s|kịp thời)"
)
_TIME_START = re.compile(r"(?:^|(?<=[\s,;(]))" + _TIME_WORDS, re.IGNORECASE)
# "năm 2026" right after a noun (no comma, no "trong"/"vào"/"cả" before it): the year of what is named
_YEAR_OF_NAME = re.compile(r"năm\s+\d{4}\b", re.IGNORECASE)
_NOUN_BEFORE = re.compile(
    r"(?<!\btrong)(?<!\bvào)(?<!\bcả)(?<!\bsuốt)(?<!\bhết)(?<!\bcuối)(?<!\bđầu)(?<!\bgiữa)(?<!\bcủa)"
    r"(?<=[^\W\d])\s+$"
)
# a short sentence after an assignment naming the work by its verb, then its time: "Phát sóng hằng ngày từ ngày
# 01/11 đến ngày 10/11.", "Treo trong tháng 11/2026." (one or two words of the verb, nothing else before the time)
_DATE_IN_WORDS = re.compile(r"\b\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?\b", re.IGNORECASE)
_WORK_THEN_TIME = re.compile(
    r"^(?P<verb>(?-i:[A-ZĐÀ-Ỹ])[^\W\d]*(?:\s+(?-i:[a-zđà-ỹ])[^\W\d]*)?)\s+"
    r"(?P<time>(?:(?:hằng|hàng|mỗi)\s+(?:ngày|tuần)\s*,?\s+)?" + _TIME_WORDS + r".*)$",
    re.IGNORECASE,
)
# a sentence that is only a time after an assignment: "Hoàn thành trước ngày 31/10/2026."
_TIME_ALONE = re.compile(r"^(?:(?:hoàn thành|thực hiện|tổ chức|triển khai)\s+)?" + _TIME_WORDS, re.IGNORECASE)
# kinds of units that are no verb or common word also when written in lower case after a list's ";"
# ("Công đoàn A; công đoàn cơ sở trực thuộc và Báo B"); not "ban", "phòng", "hội", "đoàn" ("ban hành", "phòng, chống")
_LOWER_UNIT_KINDS = (
    "công đoàn", "ủy ban", "uỷ ban", "công an", "công chức", "trung tâm", "đảng ủy", "đảng uỷ", "chi hội",
    "chi đoàn", "chi bộ", "trưởng thôn", "trưởng ấp", "trưởng bản",
)
_NEXT_UNIT = (
    r"(?=(?-i:" + "|".join(re.escape(u) for u in sorted(UNIT_STARTS, key=len, reverse=True)) + r")\b|các\s"
    r"|(?-i:" + "|".join(_LOWER_UNIT_KINDS) + r")\s)"
)
_UNIT_LIST = r"(?:[^;:]|;\s*" + _NEXT_UNIT + r")+?"  # "Ban A; Hội B các xã, phường": one list
_UNIT_END = (
    r"(?=\s*[.:]|\s*;(?!\s*"
    + _NEXT_UNIT
    # a verb in lower case ("Phòng Tham mưu" is a name)
    + r")|\s*,?\s+(?:để\s+)?(?-i:thực hiện|tổ chức thực hiện|triển khai|tham mưu|báo cáo(?!\s+viên)|"
    r"tổng hợp(?!\s+(?:xã|phường|huyện|tỉnh|thị trấn|thị xã|thành phố|quận)\b)|hoàn thành)\b"
    # "… phối hợp với các phòng thuộc UBND xã tự đánh giá …": a reflexive verb ends the list
    r"|\s+tự\s+(?:đánh giá|kiểm tra|rà soát|chấm điểm|tổ chức|thực hiện|xây dựng|triển khai|bố trí|lựa chọn)\b"
    r"|\s*,?\s+" + _TIME_WORDS + r"|\s*,\s*(?:thời gian|thời hạn|tiến độ)\b|\s*$"
    # "… phối hợp với Trường X tổ chức trong Quý III": a verb in lower case, not "cơ quan, tổ chức"
    r"|(?<![,\s])(?<!các)(?<!và)(?<!\snơi)(?<!\sđầu tư)\s+(?-i:tổ chức|biên soạn|xây dựng|hướng dẫn|kiểm tra|rà soát|"
    r"cập nhật|tuyên truyền|phổ biến|quán triệt|theo dõi|đôn đốc)\s"
    # "…, tổ chức trong tháng 8": after a comma too, unless "tổ chức" is a kind of unit ("tổ chức có liên quan"),
    # or the word is one of a department's fields ("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật")
    r"|\s*,\s+(?-i:tổ chức|biên soạn|xây dựng|hướng dẫn|kiểm tra|rà soát|cập nhật|tuyên truyền|phổ biến|"
    r"quán triệt)\s+(?!có\s|liên quan|chính trị|xã hội|thành viên|đoàn thể|cá nhân|đơn vị|cơ quan|và\s|[,;.]))"
)
_LOWER = r"(?-i:[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ])"  # a word in lower case
_GIVE = r"(?:(?:giao cho|giao|do|đề nghị)\s+)?"  # "giao cho" first: "cho" is no unit
_LEAD_VERB = (
    # (a person directing and leading it: "Phó Chủ tịch … chỉ đạo, chủ trì"; not "Ban Chỉ đạo")
    r"(?:(?:là\s+(?:cơ quan|đơn vị|người)\s+|(?-i:chỉ đạo)(?:\s*,\s*|\s+và\s+))?(?:chủ trì|chịu trách nhiệm chính)"
    r"|(?:làm|là)\s+(?:cơ quan\s+|đơn vị\s+)?đầu mối"
    # a person in charge of it in person: "Phó Chủ tịch … trực tiếp chỉ đạo; Y phối hợp"
    r"|(?-i:trực tiếp chỉ đạo)"
    # a person heading the team that does the work: "Phó Giám đốc … làm Trưởng đoàn kiểm tra"
    r"|làm\s+(?-i:Trưởng)\s+(?:đoàn|ban)(?:\s+(?:kiểm tra|giám sát|khảo sát|công tác))?)"
    r"(?:\s+(?:thực hiện|tham mưu))?"
)
# "phối hợp với", "phối hợp chặt chẽ với", "phối hợp cùng", "với sự phối hợp của", "có sự tham gia của"
_WITH = (
    r"(?:phối hợp(?:\s+chặt chẽ)?(?:\s+với|\s+cùng(?:\s+với)?|\s*:)?|(?:với|có)\s+sự\s+(?:phối hợp|tham gia)"
    r"(?:\s+chặt chẽ)?\s+của)"
)
# The coordinating units of an assignment and what follows them.
_COORD_TAIL = r"(?P<coord>" + _UNIT_LIST + ")" + _UNIT_END + r"(?P<tail>.*)$"
# "X chủ trì thực hiện; phối hợp với Y …" after a lead found alone: the tail's coordinating units.
_MORE_COORD = re.compile(r"^\s*[,;]\s*(?:(?:đơn vị|cơ quan)\s+)?" + _WITH + r"\s+" + _COORD_TAIL, re.IGNORECASE)
_ROLE_FORMS = (
    # X chủ trì, phối hợp với Y …
    re.compile(
        r"^"
        + _GIVE
        + r"(?P<lead>[^;:]+?)\s+"
        + _LEAD_VERB
        + r"\s*(?:[,;]\s*|\s+)(?:và\s+)?"
        + r"(?:(?:các\s+)?" + _LABEL_UNIT + r"\s+(?=phối hợp\s*:))?"  # "…; cơ quan phối hợp: Y"
        + _WITH
        + r"\s+"
        + _COORD_TAIL,
        re.IGNORECASE,
    ),
    # X chủ trì cùng (với) Y thực hiện …: Y helps
    re.compile(
        r"^" + _GIVE + r"(?P<lead>[^;:]+?)\s+" + _LEAD_VERB + r"\s+cùng(?:\s+với)?\s+" + _COORD_TAIL,
        re.IGNORECASE,
    ),
    # X chủ trì; Y phối hợp …, X chủ trì; Y; Z và W phối hợp …: a list of units with semicolons
    re.compile(
        r"^" + _GIVE + r"(?P<lead>[^;:]+?)\s+" + _LEAD_VERB + r"\s*[,;]\s*(?P<coord>[^;:]+?(?:;\s*[^;:]+?)*?)\s+"
        r"(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\b(?!\s*:)(?P<tail>.*)$",  # not a label: "…; đơn vị phối hợp: Y"
        re.IGNORECASE,
    ),
    # (Đề nghị) Y phối hợp; X chủ trì …: the helpers named before the lead, each in its own clause
    re.compile(
        r"^" + _GIVE + r"(?P<coord>[^;:]+?)\s+(?:cùng\s+)?phối hợp\s*;\s*(?P<lead>[^;:]+?)\s+" + _LEAD_VERB
        + r"\b(?P<tail>.*)$",
        re.IGNORECASE,
    ),
    # X (chịu trách nhiệm) thực hiện, phối hợp (với) Y …: "thực hiện" followed by its coordinating units names
    # the lead
    re.compile(
        r"^"
        + _GIVE
        + r"(?P<lead>[^;:]+?)\s+(?:(?:chịu|có)\s+trách nhiệm\s+)?(?:tổ chức thực hiện|triển khai thực hiện|thực hiện)"
        + r"\s*[,;]\s*(?:và\s+)?"
        + _WITH
        + r"\s+"
        + _COORD_TAIL,
        re.IGNORECASE,
    ),
    # X chủ trì …
    re.compile(r"^" + _GIVE + r"(?P<lead>[^;:]+?)\s+" + _LEAD_VERB + r"\b(?P<tail>.*)$", re.IGNORECASE),
    # Giao X phối hợp với Y tham mưu …, X chủ động phối hợp với Y …: X leads
    re.compile(
        r"^(?:(?:giao cho|giao|đề nghị)\s+(?P<lead>[^;:]+?)\s+(?:chủ động\s+)?|(?P<lead2>[^;:]+?)\s+chủ động\s+)"
        # "Đề nghị X phối hợp Phòng Y phổ biến …": no "với" before a unit's capital
        r"(?<!Hội đồng\s)phối hợp(?:\s+chặt chẽ)?\s+(?:(?:với|cùng)\s+|(?=(?-i:[A-ZĐÂĂÊÔƠƯỦ])))" + _COORD_TAIL,
        re.IGNORECASE,
    ),
    # Giao X hướng dẫn, đôn đốc …, Đề nghị X chỉ đạo …: a verb in lower case ends the unit (not "Hội đồng
    # phối hợp phổ biến, …", "Ban chỉ đạo …")
    re.compile(
        r"^(?:giao cho|giao|đề nghị)\s+(?P<lead>[^;:]+?)(?<!Hội đồng)(?<!phối hợp)(?<!Đoàn)(?<!Ban)(?<!Tổ)(?<!Đội)"
        r"(?<!chỉ đạo)(?<!\scác)(?<!\snhững)"  # "… và các tổ chức chính trị - xã hội": a kind of unit
        r"\s+(?:chủ động\s+)?(?-i:hướng dẫn|đôn đốc|theo dõi|kiểm tra|tổ chức|xây dựng|biên soạn|rà soát|cập nhật|"
        r"tuyên truyền|phổ biến|quán triệt|chỉ đạo|vận động)\b"
        r"(?P<tail>.*)$",
        re.IGNORECASE,
    ),
    # Giao X thực hiện / tham mưu …, Đề nghị X (chủ động) thực hiện …
    re.compile(
        r"^(?:giao cho|giao|do|đề nghị)\s+(?P<lead>[^;:]+?)\s+(?:chủ động\s+)?(?:thực hiện|tổ chức thực hiện|"
        r"triển khai thực hiện|triển khai|tham mưu|chịu trách nhiệm|đảm nhận)\b(?P<tail>.*)$",
        re.IGNORECASE,
    ),
    # X căn cứ chức năng, nhiệm vụ (được giao) tổ chức thực hiện …
    re.compile(
        r"^(?P<lead>[^;:]+?)\s+(?:căn cứ|theo)\s+(?:chức năng,?\s+nhiệm vụ|chức năng, nhiệm vụ)"
        r"(?:\s+(?:được giao|của mình|của đơn vị))?\s*,?(?P<tail>.*)$",
        re.IGNORECASE,
    ),
    # Đề nghị X chủ động tự đánh giá, …: "chủ động" after the unit ends it, whatever work follows
    re.compile(r"^(?:giao cho|giao|đề nghị)\s+(?P<lead>[^;:()]+?)\s+chủ động\s+(?P<tail>\S.*)$", re.IGNORECASE),
    # Giao X (Y là cơ quan thường trực) thẩm định …: a bracketed note after the unit, then its work in lower case
    re.compile(
        r"^(?:giao cho|giao|đề nghị)\s+(?P<lead>[^;:()]+?)\s*\([^()]{3,}\)\s+(?=" + _LOWER + r")(?P<tail>.*)$",
        re.IGNORECASE,
    ),
)
# "X tham mưu / thực hiện …" without "Giao": only trusted in a sentence after a task's title.
# A timeframe of a paragraph's own: "trước ngày 30/4" (or "trước 30/4"), "thời gian: hằng tháng", "hoàn thành
# Quý II".
_OWN_TIME = re.compile(
    # (a time label of any wording: "Thời gian thực hiện:", "Thời hạn:", "Tiến độ:"; "chậm nhất ngày …")
    r"\b(?:trước ngày|trước\s+\d{1,2}\s*/\s*\d{1,2}\b|chậm nhất|(?:" + _TIME_LABEL + r")\s*:|hoàn thành (?:trong |trước )?(?:quý|tháng|năm)"
    # "…, thực hiện từ tháng 5/2026 đến hết năm": a span of its own
    r"|(?:thực hiện|triển khai)\s+từ\s+(?:ngày|tháng|quý))",
    re.IGNORECASE,
)
_WEAK_FORM = re.compile(
    # (the lead may hold a comma: "Hội Nông dân các xã, phường thực hiện", "Ban A - B, C thực hiện")
    r"^(?P<lead>[^;:]+?)\s+(?:tham mưu|thực hiện|tổ chức thực hiện|triển khai thực hiện|chịu trách nhiệm)"
    r"\b(?P<tail>.*)$",
    re.IGNORECASE,
)
# A body paragraph right under a task's heading that names no lead otherwise: its subject leads when a duty or
# an action verb follows it: "X có trách nhiệm phối hợp với Y tổ chức …", "X có trách nhiệm hướng dẫn …",
# "X tổng hợp kết quả, tham mưu …", "X thực hiện niêm yết …; Y phối hợp".
_ASK = r"^(?:(?:giao cho|giao|đề nghị|yêu cầu)\s+)?"
_DUTY = (
    r"(?:(?:có|chịu)\s+trách nhiệm|có nhiệm vụ|được giao(?:\s+nhiệm vụ)?|phụ trách(?=\s*[,;.]|\s*$)|đảm nhiệm|đảm nhận"
    # "X phụ trách giám sát …": in charge of a piece of work (not "Phó Chủ tịch phụ trách khối …", a portfolio)
    r"|phụ trách(?=\s+(?-i:giám sát|theo dõi|đôn đốc|hướng dẫn|chỉ đạo|tuyên truyền|phổ biến|triển khai)\b))"
)
_DUTY_FORMS = (
    # X có trách nhiệm (chủ trì,) phối hợp với Y …, X phối hợp với Y tổ chức …: X leads
    re.compile(
        _ASK
        + r"(?P<lead>[^;:]+?)(?<!Hội đồng)(?<!Ban)(?<!Tổ)\s+(?:"
        + _DUTY
        + r"\s+(?:chủ trì\s*,?\s*)?)?(?:chủ động\s+)?(?-i:phối hợp)(?:\s+chặt chẽ)?\s+(?:với|cùng)\s+"
        + _COORD_TAIL,
        re.IGNORECASE,
    ),
    # (the subject may be a list with semicolons: "Các sở, ban, ngành; UBND các xã thực hiện …")
    re.compile(_ASK + r"(?P<lead>" + _UNIT_LIST + r")\s+" + _DUTY + r"\b(?P<tail>.*)$", re.IGNORECASE),
    re.compile(
        _ASK
        + r"(?P<lead>" + _UNIT_LIST + r")(?<!Hội đồng)(?<!phối hợp)(?<!Đoàn)(?<!Ban)(?<!Tổ)(?<!Đội)(?<!và)\s+(?:chủ động\s+)?"
        r"(?-i:thực hiện|tổ chức thực hiện|triển khai thực hiện|triển khai|tham mưu|chỉ đạo|hướng dẫn|theo dõi|"
        r"tổng hợp(?!\s+(?:xã|phường|huyện|tỉnh|thị trấn|thị xã|thành phố|quận)\b)|rà soát|cập nhật|biên soạn|"
        r"biên tập|đăng tải|niêm yết|phát hành|tổ chức(?!\s+(?:có|liên quan|chính trị|xã hội|thành viên|đoàn thể)\b)|"
        r"mở|lồng ghép|tuyên truyền|phổ biến|kiểm tra|đôn đốc|duy trì|kiện toàn|tập huấn|in|cấp phát|"
        # a head deciding: "Chủ tịch UBND xã ra quyết định công nhận …"
        r"ra quyết định|"
        # a unit assessing itself: "UBND các xã tự đánh giá, đề nghị công nhận …"
        r"tự\s+(?:đánh giá|kiểm tra|rà soát|chấm điểm))\b(?P<tail>.*)$",
        re.IGNORECASE,
    ),
    # "X trực tiếp tiếp công dân …": "directly" after a unit ends its name, whatever work follows (not "cấp
    # trên trực tiếp", a level; nor "… có liên quan trực tiếp đến người dân", what a text is about)
    re.compile(
        _ASK + r"(?P<lead>" + _UNIT_LIST + r")(?<!trên)(?<!liên quan)\s+(?-i:trực tiếp)\s+(?P<tail>(?-i:[a-zđà-ỹ]).*)$",
        re.IGNORECASE,
    ),
)
# a sentence naming only the coordinating units, after the lead's: "Công an huyện, Hội Phụ nữ huyện phối hợp."
_COORD_ALONE = re.compile(r"^(?P<units>[^;:]+?)\s+(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\s*[.;]?$", re.IGNORECASE)
# … or them and their part of the work: "Công an phường và các khu phố phối hợp vận động hộ kinh doanh …".
# The same shape opens a block whose subject does the work with no one named to help ("- X phối hợp duy trì …").
_JOINS_WORK = re.compile(
    r"^(?P<units>[^;:]+?)\s+(?:cùng\s+)?phối hợp\s+(?!với\b|cùng\b|chặt chẽ\b)(?=(?-i:[a-zđà-ỹ]))"
)
# a duty word after a unit's name (not a bare action verb): trusted where a run-on heading's body starts
_DUTY_WORD = re.compile(r"\s" + _DUTY + r"\s|\s(?-i:phối hợp)\s+(?:với|cùng)\s", re.IGNORECASE)
# "…; phối hợp với Y theo dõi, đôn đốc …" later in a duty sentence: Y coordinates
_LATER_WITH = re.compile(r"(?:[,;]\s*(?:và\s+)?|\s(?=(?:với|có)\s+sự\s))" + _WITH + r"\s+" + _COORD_TAIL, re.IGNORECASE)
# a line that goes on with the coordinating units of the assignment above: "phối hợp với Y theo dõi …"
_WITH_LINE = re.compile(r"^(?=(?-i:[a-zđ]))(?:và\s+)?" + _WITH + r"\s+" + _COORD_TAIL, re.IGNORECASE)
# a unit's name starting after a word (no punctuation between): where a run-on heading's body may start (not
# after "Luật": "Luật Phòng thủ dân sự", "Luật Phòng, chống ma túy" name a law; "… pháp luật" / "Sở Tư pháp chủ
# trì": the common noun in lower case ends a title like any word)
_RUN_ON_UNIT = re.compile(
    r"(?<=[\w)])(?<!\bLuật)\s+(?=(?:"
    + "|".join(re.escape(u) for u in sorted(UNIT_STARTS, key=len, reverse=True) if u != "Các")
    + r")\b)"
)
# Units asked to help in a sentence of their own after the lead's, each clause one of them: "Y phối hợp, cung
# cấp tài liệu", "Đề nghị Y hỗ trợ báo cáo viên; Z phối hợp bảo đảm an ninh" (a verb of helping in lower case
# after the units), or the lead's helpers after an opening phrase: "Trong quá trình thực hiện, phối hợp với Y …"
_HELPS = re.compile(
    r"^(?:(?:kính\s+)?đề nghị\s+)?(?P<units>(?-i:[A-ZĐÀ-Ỹ])[^;:]*?)\s+(?:cùng\s+)?(?:phối hợp|(?-i:hỗ trợ))"
    r"(?:\s*[,.;]?\s*$|\s*,\s+(?=(?-i:[a-zđà-ỹ]))|\s+(?!với\b|cùng\b|chặt chẽ\b)(?=(?-i:[a-zđà-ỹ])))",
    re.IGNORECASE,
)
_OPENING_THEN_WITH = re.compile(r"^(?P<opening>[^,;:]{2,60}),\s*" + _WITH + r"\s+" + _COORD_TAIL, re.IGNORECASE)


def _helpers(sentence: str) -> str | None:
    """The units a sentence after the lead's names to help (see _HELPS), or None."""
    sentence = sentence.strip(" .;")
    opening = _OPENING_THEN_WITH.match(sentence)
    if opening is not None:
        coord = re.sub(r"\s+để$", "", opening.group("coord").strip())
        if not _unit_ok(opening.group("opening")) and _unit_ok(coord, words=120):
            return coord
        return None
    units = []
    for clause in sentence.split(";"):
        helps = _HELPS.match(clause.strip())
        if helps is None or not _unit_ok(helps.group("units"), words=120):
            return None
        units.append(helps.group("units"))
    return "; ".join(units) or None


_ROLE_ANCHOR = re.compile(r"(?:^|(?<=[\s,;(]))(?:giao|do|đề nghị)\s+(?=\S)|(?<=:)\s*(?=\S)", re.IGNORECASE)


def _inside_opening_name(before: str) -> bool:
    """Does ``before`` end inside a unit's name that opens its last sentence: "…. Văn phòng", "…. Văn phòng HĐND
    và" (the sentence's start word of a unit, then only capitalised words or "và")?"""
    tail = re.split(r"(?<=[.;:])\s+", before)[-1]
    if tail == before:
        return False
    start = next((u for u in sorted(UNIT_STARTS, key=len, reverse=True) if re.match(re.escape(u) + r"(?:\s|$)", tail)), None)
    return start is not None and all(w == "và" or not w[:1].islower() for w in tail[len(start) :].split())


@dataclass
class Roles:
    lead: str
    coord: str | None
    time: str | None


# An activity, not a unit, though its first word can start one: "Hội nghị …", "Tổ chức lễ …", "Đoàn kiểm tra"
_ACTIVITY_START = re.compile(
    r"^(?:(?:Hội\s+(?:nghị|thi|thảo|diễn|trại|chợ|báo|giảng|khỏe)|Ban hành|Đoàn\s+kết)\b|Tổ chức\s+[a-zđà-ỹ0-9]"
    # "Tổ chức Hội thi …", "Tổ chức Cuộc thi …": an event with a capital is still an activity
    r"|Tổ chức\s+(?:Hội\s+(?:nghị|thi|thảo|diễn|trại|báo|giảng)|Cuộc thi|Ngày|Tuần|Tháng|Lễ|Diễn đàn)\b"
    # "Tổ chức “Tuần lễ …”": an event named in quotes
    r"|Tổ chức\s+[“\"'‘«])"
)


def _is_unit(text: str) -> bool:
    """Does ``text`` read as a unit's name (not an activity starting with a unit's word)?"""
    text = text.strip()
    return not _ACTIVITY_START.match(text) and looks_like_unit(text)


# Persons assigned like units (a school's, a hospital's, a commune's plans): "Phó Hiệu trưởng",
# "Tổng phụ trách Đội", "Giáo viên chủ nhiệm các lớp", "Nhân viên y tế", "Điều dưỡng trưởng các khoa"
_PERSON = re.compile(
    r"^(?:(?:Đồng chí|đồng chí|Đ/c|đ/c|Ông|Bà)\s+)?(?:(?:Phó|phó)\s+)?(?:Hiệu trưởng|Hiệu phó|Tổng phụ trách|Giáo viên|Nhân viên|Văn thư|Kế toán|Thủ quỹ|"
    r"Điều dưỡng|Bác sĩ|Y sĩ|Dược sĩ|Cán bộ|Công chức|Viên chức|Bí thư|Chủ tịch|(?:Tổng\s+)?Giám đốc|Quản đốc|Chánh|Tổ trưởng|"
    r"Khối trưởng|Trưởng|Thư ký|Chỉ huy trưởng|Người đứng đầu|Thủ trưởng|Kiểm lâm|Tuyên truyền viên|"
    r"Báo cáo viên|Hòa giải viên|Cộng tác viên)\b"
)


def _unit_ok(text: str | None, words: int = 30) -> bool:
    if not text:
        return False
    name = clean_name(text)
    if re.search(r"\s(?:và|các|của|với|cùng)$", name):
        return False  # "Ủy ban MTTQ xã và các" + "tổ chức chính trị - xã hội": a name cut short
    members = re.match(r"(?:các\s+)?thành viên\s+(?=(?-i:[A-ZĐ]))", name, re.IGNORECASE)
    if members is not None:  # "phối hợp với thành viên Hội đồng": the members of a unit, as the unit
        name = name[members.end() :]
    # "Sở A do … giao": a clause, not a name; "Phòng Cảnh sát giao thông" is a name
    if re.search(r"\s(?:do|giao)\s(?!thông\b|dịch\b|lưu\b|thương\b)", name) or _ACTIVITY_START.match(name):
        return False
    if text.count("(") > text.count(")"):  # "Tổ chức 02 lớp (Phòng A": a title running into a bracket
        return False
    # "Đồng chí Phó Trưởng phòng phụ trách công tác pháp chế, kiểm soát thủ tục hành chính": a person named
    # by the field they are in charge of runs longer
    if _PERSON.match(name) and len(name.split()) <= min(words, 20 if " phụ trách " in name else 12):
        parts = split_units(name)
        return bool(parts) and all(_PERSON.match(p) or looks_like_unit(p) for p in parts)
    return looks_like_unit(name[:1].upper() + name[1:]) and (
        len(name.split()) <= words or _each_short(name, words)
    )


def _each_short(name: str, words: int) -> bool:
    """Is a ``name`` longer than ``words`` a list of several units, each within that length and all of its
    words in one of them but the "và" joining them ("Ủy ban MTTQ xã, Hội LHPN xã, …, Hội Cựu chiến binh
    xã và Hội Nông dân xã": five leads of a few words each, not a sentence)?"""
    parts = split_units(name)
    return (
        len(parts) >= 2
        and all(len(p.split()) <= words for p in parts)
        and sum(len(p.split()) for p in parts) >= len(name.split()) - len(parts) + 1
    )


_MARKED_LEAD = re.compile(
    r"^(?P<lead>[^;:()]+?)\s*\((?:cơ quan |đơn vị )?chủ trì\)\s*[,;.]?\s*"
    # "…, các đơn vị phối hợp: Y": the words before "phối hợp" only with it ("Các đơn vị trực thuộc (phối hợp)")
    r"(?:(?:(?:các\s+)?(?:đơn vị|cơ quan)\s+)?phối hợp(?:\s+với|\s*:)?\s*)?(?P<coord>.*)$",
    re.IGNORECASE,
)


# One unit field naming the lead and the units that help it without "chủ trì" (a commune's or a school's plan):
# "Phòng A ; phối hợp Phòng B", "Phó Giám đốc , phối hợp Kế toán", "X; Y (phối hợp)", "X / Y, Z phối hợp"
_THEN_WITH = re.compile(
    r"^(?P<lead>[^;:()]+?)\s*[;,]\s*(?:và\s+)?(?-i:phối hợp|Phối hợp)(?:\s+với|\s+cùng)?\s*:?\s+(?P<coord>[^:]+)$"
)
_WITH_MARK = re.compile(r"\s*\(\s*phối hợp\s*\)|\s+(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\s*$", re.IGNORECASE)


def _lead_and_others(text: str) -> Roles | None:
    """The lead and coordinating units of a unit field that marks only its helpers: the units after "phối
    hợp" help the unit before it; with helpers marked "(phối hợp)" (or a list ending with "phối hợp"), the
    units unmarked lead, else the first unit of the list leads and the others help it. None otherwise."""
    text = squash(text).strip(" .;,")
    if re.search(r"chủ trì", text, re.IGNORECASE):
        return None
    m = _THEN_WITH.match(text)
    if m is not None:
        if _unit_ok(m.group("lead")) and _unit_ok(m.group("coord"), words=120):
            return Roles(lead=m.group("lead").strip(), coord=m.group("coord").strip(" .;,"), time=None)
        return None
    if not _WITH_MARK.search(text):
        return None
    chunks = [c for c in re.split(r"\s*;\s*", text) if c.strip()]
    marked = [c for c in chunks if _WITH_MARK.search(c)]
    if 0 < len(marked) < len(chunks) and all(not _WITH_MARK.search(c) for c in chunks[: len(chunks) - len(marked)]):
        lead_parts = chunks[: len(chunks) - len(marked)]
        coord_parts = [_WITH_MARK.sub("", c) for c in marked]
    else:
        names = split_units(_WITH_MARK.sub("", text))
        if len(names) < 2:
            return None
        lead_parts, coord_parts = names[:1], names[1:]
    lead, coord = "; ".join(lead_parts), "; ".join(coord_parts)
    if not (_unit_ok(lead, words=60) and _unit_ok(coord, words=120)):
        return None
    return Roles(lead=lead, coord=coord, time=None)


# "…; thời gian: Quý II/2026" at the end of an assignment sentence: the time, rather than any time word before it
_TAIL_TIME_LABEL = re.compile(
    r"(?:^|[;,.]\s*)" + _TIME_LABEL_WORD + r"(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*"
    r"(?P<time>.+?)(?=\s*;\s*(?:sản phẩm|kết quả|kinh phí|dự kiến sản phẩm)\b|$)",
    re.IGNORECASE,
)
# "Title: X; thời gian: …": the unit (or person) doing it after the title's colon, then a labelled time
_TITLE_UNIT_TIME = re.compile(
    r"^(?P<title>[^:;]{8,}?)\s*:\s*(?P<unit>(?-i:[A-ZĐÀ-Ỹ])[^:;()]+?)\s*;\s*(?P<rest>"
    + _TIME_LABEL_WORD
    + r"[^:;]{0,20}:.*)$",
    re.IGNORECASE,
)
# "c) Title: Giám đốc Sở X." with its time on a label line of its own below: who does it, after the title's colon
_TITLE_UNIT_END = re.compile(r"^(?P<title>[^:;]{8,}?)\s*:\s*(?P<unit>(?-i:[A-ZĐÀ-Ỹ])[^:;()]+?)\s*\.?$")
# "1. Title — Tiến độ: Quý III/2027" / "… – Thời hạn: trước ngày 31/5/2027": a time label after a dash ends a heading
_HEADING_DASH_TIME = re.compile(
    r"\s+[—–-]\s+(?:tiến\s+độ|thời\s+hạn|thời\s+gian(?:\s+thực\s+hiện)?|hạn\s+hoàn\s+thành)\s*:\s*(?P<time>[^:]+?)\s*[.;]?\s*$",
    re.IGNORECASE,
)
# "Giao X chỉ đạo thực hiện; Y tham mưu …": the unit advising the one that directs
# (or following its work: "X thực hiện; Y theo dõi, hướng dẫn", "X có trách nhiệm tham mưu …; Y cử đội dự thi")
_ADVISES = re.compile(
    # (or right after the lead's verb after a comma: "Giao X chủ trì, Văn phòng Y giúp việc")
    r"^(?:[^;:]*?;|\s*,(?=\s*(?-i:[A-ZĐÀ-Ỹ])))\s*(?P<coord>[^;:]+?)\s+"
    r"(?-i:tham mưu|giúp việc|giúp|theo dõi|hướng dẫn|hỗ trợ|cử)\b(?P<tail>.*)$"
)
# "X chủ trì, hướng dẫn Y (tổ chức) thực hiện": the units the lead guides to carry the work out
_GUIDES = re.compile(
    r"^\s*,\s*(?-i:hướng dẫn)\s+(?P<coord>(?:[A-ZĐ]|Ủ|các\s)[^;:]*?)\s+"
    r"(?-i:tổ chức thực hiện|triển khai thực hiện|thực hiện)\b(?P<tail>.*)$"
)
# "…; phối hợp: Y; Z; thời gian: …" later in an assignment sentence: the units after the label, to the next label
_LABELLED_WITH = re.compile(
    # "…; phối hợp Văn phòng X." too: no colon before a unit's capital
    r"(?:[;.]|\s[-–])\s*(?:(?:các\s+)?" + _LABEL_UNIT + r"\s+)?phối hợp(?:\s+thực hiện(?=\s*:))?(?:\s*:\s*|\s+(?:với\s+)?(?=(?-i:[A-ZĐÂĂÊÔƠƯỦ])))(?P<coord>[^:]+?)"
    r"(?=\s*(?:[;.]|\s[-–])\s*(?:" + _TIME_LABEL_WORD + r"|sản phẩm|kết quả|kinh phí)\b|\s*[.;]?\s*$)",
    re.IGNORECASE,
)
# "…; Y phối hợp khi có yêu cầu": a condition right after the helpers' verb is when they help
_HELPERS_WHEN = re.compile(r"^\s*(?:khi|nếu|trong trường hợp)\s[^;,.()]*", re.IGNORECASE)
# "Trong Quý II/2025, Sở Tư pháp chủ trì …": the time written before the assignment
_TIME_FIRST_SAYS = re.compile(r"\d|\b[IV]+\b|hằng|hàng|mỗi|định kỳ|thường xuyên|^(?:ngay\s+)?(?:sau\s+)?khi\s", re.IGNORECASE)
_TIME_FIRST = re.compile(
    r"^(?P<time>(?:trong|từ|đến|trước|vào|năm|quý|tháng|ngày|(?:hằng|hàng|mỗi)\s+(?:năm|quý|tháng|tuần)|định kỳ|"
    r"thường xuyên)\b[^,;:]{0,60}?"
    # an event first: "Sau khi Luật được thông qua, X chủ trì …", "Khi có hướng dẫn của Sở, X chủ trì …"
    r"|(?:ngay\s+)?(?:sau\s+)?khi\s[^,;:]{0,90}?)\s*,\s*(?=\S)",
    re.IGNORECASE,
)


# "…; Y chủ động tổ chức": after the lead's work, another unit doing its own part of it on its own
_ALSO_LEADS = re.compile(
    r"^[^;:]*;\s*(?P<unit>[^;:,]+?)\s+(?-i:chủ động)\s+(?:tổ chức|thực hiện|triển khai)\b(?P<tail>.*)$", re.IGNORECASE
)
# "Giao Sở A chỉ đạo Trung tâm B chủ trì, phối hợp …": A directs, B (named right before "chủ trì") leads
_DIRECTS = re.compile(r"^(?P<by>[^;:]+?)(?<![Bb]an)\s+(?-i:chỉ đạo)\s+(?P<unit>(?:[A-ZĐ]|Ủ|các\s)[^;:]*)$")
_LEADS_NEXT = re.compile(r"\s+" + _LEAD_VERB + r"\b", re.IGNORECASE)


def _lead_length(form: re.Pattern[str], text: str) -> int:
    """How long the lead read by a duty form is: the subject ends at its first duty or verb ("Phòng A tổng hợp
    …, phối hợp với Y …" is led by Phòng A, not by "Phòng A tổng hợp …")."""
    m = form.match(text)
    return len(m.group("lead")) if m else len(text) + 1


def _roles(text: str, weak: bool = False, duty: bool = False) -> Roles | None:
    """The lead, coordinating units and time of one assignment sentence, or None. ``duty``: also a
    sentence whose subject has a duty or an action verb (a body paragraph under a heading without a lead)."""
    text = drop_places_colon(squash(text).strip().rstrip("."))
    end = _TRAILING_BRACKET.search(text)
    if end is not None and text[: end.start()].strip() and _BRACKET_TIME.match(end.group(1).strip()):
        # "X chủ trì, phối hợp Y (tháng 8, tháng 9/2026)": the units before the bracket, the time in it
        found = _roles(text[: end.start()], weak=weak, duty=duty)
        if found is not None:
            said = end.group(1).strip(" .;")  # "… vào dịp Ngày Pháp luật (09/11/2026)": both parts of the time
            if found.time and re.fullmatch(r"năm\s+\d{4}", found.time, re.IGNORECASE):
                # "… hướng dẫn công tác năm 2026 (trong tháng 3/2026)": the year names the work, the bracket its time
                return Roles(found.lead, found.coord, said)
            return Roles(found.lead, found.coord, f"{found.time} ({said})" if found.time else said)
    first = _TIME_FIRST.match(text)
    if first and _TIME_FIRST_SAYS.search(first.group("time")):
        found = _roles(text[first.end() :], weak=weak, duty=duty)
        if found is not None:
            return found if found.time else Roles(found.lead, found.coord, first.group("time"))
    if DRAFTERS.match(text.strip(" .;")):  # "Các cơ quan chủ trì soạn thảo(;)": a group named by its role
        return None
    marked = _MARKED_LEAD.match(text)  # a table cell: "Sở Tư pháp (chủ trì); Sở Nội vụ, Công an tỉnh"
    if marked and _unit_ok(marked.group("lead")):
        others = re.sub(r"\s*\((?:cơ quan |đơn vị )?phối hợp\)", "", marked.group("coord")).strip(" ,;")
        # "Giao X (chủ trì), Y (phối hợp) thực hiện trong Quý II", "…; thời gian: Quý II": the time after the units
        label = re.search(r"[;,.]\s*(?:thời gian|thời hạn|tiến độ)[^:;]{0,20}:\s*", others, re.IGNORECASE)
        tm = _TIME_START.search(others)
        when: str | None = None
        if label is not None:
            others, when = others[: label.start()], others[label.end() :]
        elif tm is not None and tm.start() > 0:
            others, when = others[: tm.start()], others[tm.start() :]
        return Roles(lead=marked.group("lead"), coord=others.strip(" ,;") or None, time=when and when.strip(" .;"))
    forms = (*_ROLE_FORMS, _WEAK_FORM) if weak else _ROLE_FORMS
    for form in (*forms, *sorted(_DUTY_FORMS, key=lambda f: _lead_length(f, text))) if duty else forms:
        m = form.match(text)
        lead = m and (m.groupdict().get("lead") or m.groupdict().get("lead2"))
        if lead:  # "X được giao chủ trì …"
            lead = re.sub(r"\s+được giao$", "", lead)
        led_next = bool(m and m.groupdict().get("lead") and _LEADS_NEXT.match(text, m.end("lead")))
        directed = _DIRECTS.match(lead) if lead and led_next else None
        if directed and _unit_ok(directed.group("by")) and _unit_ok(directed.group("unit")):
            lead = directed.group("unit")  # "Giao Sở A chỉ đạo Trung tâm B chủ trì …": the unit directed leads
        if not m or not lead or not _unit_ok(lead):
            continue
        if form is _WEAK_FORM and not duty and _DUTY_WORD.search(lead):
            # "X có trách nhiệm hướng dẫn, phối hợp với Y thực hiện": X's duty, and Y named to help
            dutied = _roles(text, duty=True)
            if dutied is not None and lead.startswith(dutied.lead):
                return dutied
        if form in _DUTY_FORMS and _NOT_SUBJECT.match(lead):  # "Tổ chức tập huấn …": an activity, no subject
            continue
        coord = m.groupdict().get("coord")
        if coord is not None and not _unit_ok(coord, words=120):  # a list of a dozen units
            continue
        tail = m.group("tail") or ""
        before = ""  # the tail before coordinating units read from it
        if coord is None:  # "X chủ trì thực hiện; Y phối hợp; …" / "…, phối hợp: Y"
            more = _MORE_COORD.match(tail)
            labelled_with = _LABELLED_WITH.search(tail)
            if more and _unit_ok(more.group("coord"), words=120):
                coord, tail = more.group("coord"), more.group("tail")
            elif labelled_with and _unit_ok(labelled_with.group("coord"), words=120):
                # "X chủ trì tổ chức …; phối hợp: Y; Z; thời gian: …": the labelled list up to the next label
                coord, tail = labelled_with.group("coord"), tail[labelled_with.end("coord") :]
            else:  # "Giao X tổ chức thực hiện; Y phối hợp; …"
                after = re.match(
                    # "…; đề nghị Y phối hợp …": a body the plan cannot order (the Front, a union) asked to help
                    # (not "…, Z, phối hợp với Y": the units after "với" help, what comes before the comma is work)
                    r"^[^;:]*?[,;]\s*(?:(?-i:đề nghị|mời)\s+)?(?P<coord>[^;:]+?)(?<!,)\s+(?:cùng\s+)?phối hợp(?:\s+thực hiện)?"
                    r"\b(?!\s*:)(?P<tail>.*)$",  # not the label "…; cơ quan phối hợp: Y"
                    tail,
                    re.IGNORECASE,
                )
                said = text[: m.start("tail")].rstrip().lower()  # the words up to the lead's verb
                advises = (
                    _ADVISES.match(tail)
                    if re.search(r"\b(?:chỉ đạo|chủ trì|thực hiện|trách nhiệm)$|\slàm trưởng (?:đoàn|ban)\b", said)
                    else None
                )
                if after and _unit_ok(after.group("coord"), words=120):
                    coord, tail, before = after.group("coord"), after.group("tail"), tail[: after.start("coord")]
                    helpers_when = _HELPERS_WHEN.match(tail)
                    if helpers_when and periods.on_request(helpers_when.group(0)):
                        tail = tail[helpers_when.end() :]  # "Y phối hợp khi có yêu cầu": when Y helps, not the task's time
                elif advises and _unit_ok(advises.group("coord")):
                    # "Giao X chỉ đạo thực hiện; Y tham mưu tổng hợp …": X directs (leads), Y helps
                    coord, tail = advises.group("coord"), advises.group("tail")
                elif (also := _ALSO_LEADS.match(tail)) is not None and _unit_ok(also.group("unit")):
                    # "X chỉ đạo các trường … thực hiện; các trường Y chủ động tổ chức": Y does its part itself
                    lead, tail = f"{lead}; {also.group('unit')}", also.group("tail")
                elif said.endswith("chủ trì") and (guided := _GUIDES.match(tail)) and _unit_ok(guided.group("coord")):
                    # "X chủ trì, hướng dẫn Y tổ chức thực hiện": Y, guided by X, carries the work out with it
                    coord, tail = guided.group("coord"), guided.group("tail")
                elif form in _DUTY_FORMS or said.endswith("chủ trì"):
                    # "X có trách nhiệm …, phối hợp với Y …", "Giao X chủ trì chuẩn bị …, phối hợp với Y bố trí …"
                    later = _LATER_WITH.search(tail)
                    if later and _unit_ok(later.group("coord"), words=120):
                        coord, tail, before = later.group("coord"), later.group("tail"), tail[: later.start()]
        tm = _TIME_START.search(tail)
        while tm is not None and _YEAR_OF_NAME.match(tail, tm.start()) and _NOUN_BEFORE.search(tail[: tm.start()]):
            # "… đạt chuẩn tiếp cận pháp luật năm 2026, gửi Sở Tư pháp trước ngày 15/01/2027": the year is the
            # name's, the later time is the work's (a year alone stays the time)
            later_time = _TIME_START.search(tail, tm.end())
            if later_time is None:
                break
            tm = later_time
        time = tail[tm.start() :].strip(" ,;.") if tm else None
        early = _TIME_START.search(before) if time is None and before else None
        if early is not None:  # "X tổ chức lớp tập huấn trong tháng 4/2026; Y phối hợp cử công chức …"
            time = before[early.start() :].strip(" ,;.")
        labelled = _TAIL_TIME_LABEL.search(tail)
        if labelled:  # "… phổ biến liên tục đến từng người; thời gian: trong năm 2026": what the label says
            time = labelled.group("time").strip(" ,;.") or time
        if time and time.endswith(")") and "(" not in time:  # "… (hoàn thành trong Quý III)"
            time = time.rstrip(") ")
        return Roles(lead=lead, coord=coord, time=time or None)
    return None


def _find_roles(sentence: str, at_start: bool = True, weak: bool = False) -> tuple[int, Roles] | None:
    """Where in ``sentence`` an assignment starts (at its start, or after "giao"/"do"), and the roles."""
    colon = sentence.find(":")
    if colon > 0 and len(sentence[:colon].split()) >= 3 and not _is_unit(sentence[:colon]):
        # "Hội nghị … cho người dân các xã biên giới: X chủ trì, …": a title before the colon, not a
        # list of places ("UBND các huyện: A, B chủ trì"); "Title: X thực hiện thường xuyên" too
        found = _roles(sentence[colon + 1 :], weak=True)
        if found:
            return colon, found
    if at_start:
        found = _roles(sentence, weak=weak)
        if found:
            return 0, found
    for m in _ROLE_ANCHOR.finditer(sentence):
        if m.start() == 0:
            continue
        if re.match(r"do\s", m.group(0), re.IGNORECASE) and re.search(
            r"\bdự thảo\b(?:[^,;.:()]|,\s*(?-i:[a-zđà-ỹ]))*$", sentence[: m.start()], re.IGNORECASE
        ):
            # "góp ý dự thảo văn bản … do Bộ X chủ trì (soạn thảo)", "… dự thảo luật, nghị định do Bộ X chủ trì":
            # who drafts it (after the kinds of texts it lists), not who does the task
            continue
        found = _roles(sentence[m.end() :] if sentence[m.start() - 1] == ":" else sentence[m.start() :])
        if found:  # "… do X chủ trì", "Title: X chủ trì; Y phối hợp"
            return m.start(), found
    return None


# --- an item's assignment blocks ---------------------------------------------------------------
# A dash paragraph under a numbered item that opens with its own lead unit is one block of the item:
# "- Giao X chủ trì, phối hợp với Y …", "- X chủ trì …; Y phối hợp", "- X có trách nhiệm …",
# "- Đề nghị X lồng ghép …", "- X cập nhật tin, bài …". Besides the assignment forms above, its subject
# leads when a duty ("có trách nhiệm") or an action verb follows it.
_BLOCK_GIVE = re.compile(r"^(?:giao cho|giao|đề nghị)\s+", re.IGNORECASE)
_BLOCK_DUTY = re.compile(r"^(?P<lead>[^;:]+?)\s+(?:có|chịu)\s+trách nhiệm\s+(?P<tail>\S.*)$")
# "Title: X có trách nhiệm …": a title of three words or more, a colon, then a capitalised unit's duty
_TITLE_THEN_DUTY = re.compile(r"^(?P<title>[^:;]+?\S\s+\S+\s+\S[^:;]*?):\s+(?P<rest>(?-i:[A-ZĐ]).*)$")
# "- X phối hợp duy trì …" (no "với", _JOINS_WORK): X does the work, with no one named to help
_BLOCK_JOINS = re.compile(r"\s+(?:cùng\s+)?phối hợp$")
# a word that starts a unit's name but here starts an activity: "Báo cáo …", "Phòng, chống …"
_NOT_SUBJECT = re.compile(r"^(?:Báo cáo|Phòng,?\s+chống|Đội ngũ|Hội viên)\b|^Tổ chức$")
# "Các" starts a subject when a kind of unit or a name follows: "Các bệnh viện, trung tâm y tế …"
_PLURAL_KINDS = re.compile(
    r"^Các\s+(?:sở|phòng|ban|ngành|cơ quan|đơn vị|tổ chức|đoàn thể|hội|trường|bệnh viện|trung tâm|chi cục|xã|"
    r"phường|thôn|bản|tổ|đội|chi hội|chi đoàn|doanh nghiệp|cơ sở|địa phương|lực lượng|thành viên|khoa|bộ phận|"
    r"chi nhánh|đồn|trạm|ấp|khu phố|tổ dân phố|tiểu đoàn|đại đội|hải đội|trạm y tế|công an xã|xí nghiệp)\b"
)
# a block's time stated after its first sentence: "… . Thời gian: thường xuyên." / "… . Hoàn thành trong Quý II."
_BLOCK_TIME = re.compile(
    r"(?:^|[.;,]\s*)" + _TIME_LABEL_WORD + r"[^:.;]{0,20}:|" + _TIME_ALONE.pattern, re.IGNORECASE
)
# a line that is only a time label: "Thời gian: hằng tháng.", "Tiến độ: Quý III/2026"
_TIME_LINE = re.compile(r"^(?:" + _TIME_LABEL + r")\s*:\s*\S", re.IGNORECASE)
# a line that is only a coordinating or time label: "Phối hợp: Y", "Đơn vị phối hợp: Y", "Thời hạn: …"
_LABEL_LINE = re.compile(r"^(?:(?:" + dict(_LABELS)["coord"] + r")|" + _TIME_LABEL + r")\s*:\s*\S", re.IGNORECASE)
_BLOCK_WITH = re.compile(r"(?:^|(?<=[\s,;]))" + _WITH + r"\s+" + _COORD_TAIL, re.IGNORECASE)
_BLOCK_AFTER = re.compile(
    r"[,;]\s*(?P<coord>[^;:]+?)\s+(?:cùng\s+)?phối hợp(?:\s+thực hiện)?\b(?P<tail>.*)$", re.IGNORECASE
)
# "- Sở Tư pháp: chủ trì biên soạn …": the unit, a colon, then what it does
_UNIT_COLON = re.compile(r"^(?P<unit>[^:;,()]{2,120}?)\s*:\s*(?P<rest>(?-i:[a-zđà-ỹ]).*)$")
# "- Sở Tư pháp: chủ trì" / "- Sở Nội vụ, Công an tỉnh: phối hợp": a unit's role alone, like a label
_UNIT_ROLE = re.compile(
    r"^(?P<unit>[^:;()]{2,300}?)\s*:\s*(?P<role>chủ trì|(?:cùng\s+)?phối hợp|tham gia|thực hiện)"
    r"(?:\s+thực hiện)?\s*[.;,]?$",
    re.IGNORECASE,
)


def _subject_ok(name: str) -> bool:
    """Is ``name``, the subject of a sentence with no assignment word, a unit or a person (not an activity)?"""
    name = name.strip()
    if _PERSON.match(name):
        return _unit_ok(name)
    if not _is_unit(name) or _NOT_SUBJECT.match(name):
        return False
    words = name.split()
    if words[0] == "Các" and not (len(words) > 1 and (words[1][:1].isupper() or _PLURAL_KINDS.match(name))):
        return False
    return _unit_ok(name)


def _block_roles(sentence: str, next_sentences: str = "") -> Roles | None:
    """The lead, coordinating units and time of a block's first sentence, which opens with its lead. A unit
    followed by a mere action verb ("Phòng X duy trì chuyên mục …") leads only a block that states its time
    (in the sentence, or in ``next_sentences``, the block's next sentences): a dash line describing the work ("- Các
    trường tổ chức ngoại khóa …") under an item assigned below it is no block."""
    text = drop_places_colon(squash(re.sub(r"^[-+•*–−]\s*", "", sentence)).strip().rstrip("."))
    named = _UNIT_COLON.match(text)
    # not "X chủ trì - Phối hợp: Y …": a label's colon, not a unit's
    if named is not None and _unit_ok(named.group("unit")) and not re.search(
        r"\b(?:chủ trì|phối hợp)$", named.group("unit"), re.IGNORECASE
    ):
        text = f"{named.group('unit')} {named.group('rest')}"
    found = _roles(text)
    if found is not None and found.coord is None and text.startswith(found.lead):
        # "X chủ trì biên soạn tài liệu, phối hợp với Y; thời gian: …": the units named after the work
        later = _BLOCK_WITH.search(text, len(found.lead))
        if later is not None and _unit_ok(later.group("coord"), words=120):
            tm = _TIME_START.search(later.group("tail"))
            time = found.time or (later.group("tail")[tm.start() :].strip(" ,;.") if tm else None)
            found = Roles(lead=found.lead, coord=later.group("coord"), time=time or None)
    if found is not None:
        return found
    give = _BLOCK_GIVE.match(text)
    body = text[give.end() :] if give else text
    duty = _BLOCK_DUTY.match(body)
    if duty is not None:
        lead, tail = duty.group("lead"), duty.group("tail")
        if not _unit_ok(lead):
            return None
    else:
        joins = _JOINS_WORK.match(body)
        lead = joins.group("units") if joins is not None else cut_action(body)
        tail = body[len(lead) :].strip()
        if lead == body or not body.startswith(lead) or not tail[:1].islower():
            return None
        lead = _BLOCK_JOINS.sub("", lead)
        if not (_unit_ok(lead) if give else _subject_ok(lead)):
            return None
    coord: str | None = None
    pair = _LEAD_WITH_UNIT.match(lead) if duty is None else None
    if pair is not None and _subject_ok(pair.group("lead")) and _unit_ok(pair.group("coord"), words=120):
        lead, coord = pair.group("lead"), pair.group("coord")  # "X phối hợp Công an xã thực hiện …": X leads
    with_ = _BLOCK_WITH.search(tail)
    after = _BLOCK_AFTER.search(tail)
    if coord is not None:
        pass
    elif with_ is not None and _unit_ok(with_.group("coord"), words=120):
        coord, tail = with_.group("coord"), with_.group("tail")
    elif after is not None and _unit_ok(after.group("coord"), words=120):
        # "… tàu cá; Sở A; Chi cục B phối hợp": the units listed with semicolons before the one marked too
        listed = tail[: after.start()].split(";")
        coord, tail = after.group("coord"), after.group("tail")
        while len(listed) > 1 and listed[-1].strip()[:1].isupper() and _unit_ok(listed[-1].strip(), words=20):
            coord = f"{listed.pop().strip()}; {coord}"
    tm = _TIME_START.search(tail)
    time = tail[tm.start() :].strip(" ,;.") if tm else None
    if not time and give is None and duty is None and not _BLOCK_TIME.search(next_sentences):
        return None
    return Roles(lead=lead, coord=coord, time=time or None)


# a clause opening with a unit and its role: "…; Hội Nông dân xã chủ trì …", "…; Đoàn xã phối hợp Công an xã …"
_CLAUSE_ROLE = re.compile(r"^\s*(?-i:[A-ZĐ])[^;:()]{0,80}?\s(?:chủ trì|phối hợp)\b", re.IGNORECASE)
# "X phối hợp (với) Y" before the work's verb: X leads, Y helps (a unit's capital after "phối hợp", or after
# the plural word opening a group of such units: "phối hợp với các Đồn Biên phòng …")
_LEAD_WITH_UNIT = re.compile(
    r"^(?P<lead>[^;:]+?)\s+phối hợp(?:\s+với)?\s+(?P<coord>(?:(?:các|những)\s+)?(?-i:[A-ZĐ])[^;:]*)$", re.IGNORECASE
)


_SENTENCE_END = re.compile(r"(?<=[^\s.])\.\s+(?=[A-ZĐÀ-Ỹ])")
_DOC_TYPES = (
    "KẾ HOẠCH",
    "CHƯƠNG TRÌNH",
    "BÁO CÁO",
    "QUYẾT ĐỊNH",
    "CÔNG VĂN",
    "TỜ TRÌNH",
    "THÔNG BÁO",
    "NGHỊ QUYẾT",
)


@dataclass
class Assignment:
    intro: list[str] = field(default_factory=list)
    lead: str | None = None
    coord: str | None = None
    time: str | None = None
    products: str | None = None
    # the time was read from the words of an assignment sentence ("… khi tiếp công dân"), not from a label:
    # a "Thời gian: …" label given later replaces it (unless it waits for an outside event)
    time_in_sentence: bool = False
    # the first sentence of a plain paragraph that opens with this block's lead ("Sở A chủ trì tổ chức …"):
    # the block's title when the item holds several such blocks
    title: str | None = None

    def has(self, kind: str) -> bool:
        return getattr(self, kind) is not None


@dataclass
class Node:
    label: str  # the numbering as written: "2.1", "a", "" for bold headings and table rows
    level: float
    heading: str
    parent: Node | None = None
    code: str = ""
    content: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    blocks: list[Assignment] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    table_row: Assignment | None = None
    bullet: bool = False  # a dash/plus item that carries its own assignment
    named: bool = False  # numbered in words: "Hoạt động 2:", "Nhiệm vụ 3."
    heading_time: str | None = None  # a time in brackets ending the heading: its assignment's time if it has none
    whole: bool = False  # a paragraph saying the task whole (time, work, assignment): never folded into its item
    labelled: bool = False  # a dash title with its own label lines below it ("- Title" / "+ Chủ trì: X" / …)
    worded: bool = False  # a dash item saying its work in a sentence of its own, its assignment in a later one
    grouping: bool = False  # a dash title over plus lines that each open with their own lead


_BULLET_LEVEL = 20.0


# --- helpers ---------------------------------------------------------------------------------


def _strip_numbering(text: str) -> tuple[str, str, str]:
    """(bullet, numbering, rest) of a line: "- a) Tổng kết" -> ("-", "a", "Tổng kết")."""
    bullet = ""
    m = _BULLET.match(text)
    if m:
        bullet, text = m.group(1), text[m.end() :]
    m = _NAMED_NUMBER.match(text)  # "Hoạt động 1: …", "Nhiệm vụ 2. …"
    if m:
        return bullet, m.group(1), text[m.end() :].strip()
    m = _DECIMAL.match(text)
    if m:
        return bullet, (m.group(1) or m.group(2)), text[m.end() :].strip()
    m = _LETTER.match(text)
    if m:
        return bullet, m.group(1), text[m.end() :].strip()
    return bullet, "", text.strip()


# Labels written quickly without their colon: "Chủ trì công chức Tư pháp - Hộ tịch", "Thời gian Quý 1/2026",
# "Chủ trì Phòng A ; phối hợp Phòng B . Thời gian T6/2026"
_BARE_LABEL = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<name>(?:đơn vị\s+)?(?:chủ trì|phối hợp)|(?:người|bộ phận|đơn vị|cơ quan)\s+thực hiện"
    r"|thời gian|thời hạn)\s+(?=[^\s:;,.])",
    re.IGNORECASE,
)


def _colon_labels(text: str) -> str:
    """A line opening with a bare label ("Chủ trì X", "Thời gian Y") written with the colons it goes without;
    any other line as it is. Each bare label must be followed by what it labels: units or a time."""
    first = _BARE_LABEL.match(text)
    if first is None or first.group("name")[:1].islower() or _labels(text):
        return text  # "phối hợp với Y …" in lower case goes on with the line before
    found = list(_BARE_LABEL.finditer(text))
    out, at = [], 0
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(text)
        value = re.split(r"\s*[.;]\s+", text[m.end() : end])[0].strip(" .;,")  # up to a labelled time after it
        if m.group("name").lower().startswith("thời"):
            if not (_TIME_ALONE.match(value) or re.match(r"(?:T|Q)\.?\s?\d|\d", value)):  # "Quý 1", "T6/2026"
                if i == 0:
                    return text
                continue
        elif not (value[:1].isupper() or looks_like_unit(value) or value.startswith("các ")) or not _unit_ok(value) or _roles(value):
            # a name, or staff in lower case ("công chức …"); not "Phối hợp tổ chức Lễ …", "phối hợp với …"
            if i == 0:
                return text
            continue
        out.append(text[at : m.end("name")] + ":")
        at = m.end("name")
    out.append(text[at:])
    return "".join(out)


def _labels(text: str) -> list[tuple[str, str]]:
    """Labelled parts of a line ("Đơn vị chủ trì: X; Thời gian: Y") as (kind, value) pairs."""
    matches = [m for m in _LABEL_RE.finditer(text) if m.group("name")]
    if not matches or matches[0].start() > 2:
        return []
    out: list[tuple[str, str]] = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        if text[: m.start("name")].rstrip().endswith("("):  # "(Thời gian: …)": the value stops at ")"
            end = min(end, _closing(text, m.end()))
        kind = next(k for k, _p in _LABELS if m.group(k))
        value = text[m.end() : end].strip().rstrip(";,").strip()
        if i + 1 < len(matches):  # "X - Phối hợp: …", "X. - Thời gian: …": the dash before the next label
            value = re.sub(r"\s*\.?\s*[-–]$", "", value).rstrip(";,").strip()
        if value.rstrip(".").endswith(")") and "(" not in value:  # "(Chủ trì: X; thời gian: Quý II)."
            value = value.rstrip(").").strip()
        out.append((kind, value))
    return out


def _sentences(text: str) -> list[str]:
    """The sentences of a paragraph, each with its full stop."""
    return [p.strip() for p in re.split(r"(?<=[^\s.]\.)\s+(?=[A-ZĐÀ-Ỹ])", squash(text)) if p.strip()]


def _first_sentence(text: str) -> tuple[str, str]:
    parts = _SENTENCE_END.split(text, maxsplit=1)
    return parts[0], (parts[1] if len(parts) > 1 else "")


def _clean_title(text: str) -> str:
    text = squash(re.sub(r"\*+", "", text))
    text = re.sub(r"[,;]?\s*(?:cụ thể|gồm|như sau)(?:\s+như sau)?\s*:?$", "", text, flags=re.IGNORECASE)
    for _i in range(2):
        text = re.sub(r"\s*\([^()]*\)\s*[.;:]*$", "", text)
    text = text.strip().rstrip(".;:").strip()
    return text[:1].upper() + text[1:]


def _clean_value(text: str | None) -> str | None:
    if text is None:
        return None
    text = squash(re.sub(r"\*+", "", text))
    if text.endswith("..."):
        return text
    return text.rstrip(".;").strip() or None


def _products(text: str | None) -> list[str]:
    text = _clean_value(text)
    if not text:
        return []
    parts = [p.strip() for p in re.split(r"\s*;\s*|\n+", text) if p.strip()]
    if len(parts) > 1 and any(len(p.split()) > 15 for p in parts):
        return [text]
    return [p if p.endswith("...") else p.rstrip(".") for p in parts]


def _is_bold_heading(para: Para) -> bool:
    text = para.text
    return (
        (para.bold or para.heading)
        and 2 <= len(text.split()) <= 40
        and not text.endswith((";", ","))
        and not _BULLET.match(text)
    )


def _plain_heading(para: Para, around: list[Block]) -> bool:
    """A title in plain type on a line of its own (a PDF's text layer loses the bold) over a paragraph
    opened by the unit doing it ("Phòng X có trách nhiệm chủ trì …", "Y chủ trì, phối hợp …"): a heading,
    after a sentence's end or a heading in capitals (not the wrapped end of a heading above: "… chủ nghĩa" /
    "Việt Nam"). ``around``: the block before it (if any), it and the block after it."""
    at = next(i for i, b in enumerate(around) if b is para)
    prior = around[at - 1] if at else None
    before = squash(prior.text) if isinstance(prior, Para) else ""
    if before and not (before.endswith((".", ";", ":", "!")) or before.isupper()):
        return False
    following = around[at + 1 :]
    text = squash(para.text)
    words = text.split()
    if not (2 <= len(words) <= 30) or text.endswith((".", ";", ",", ":")) or not text[:1].isupper():
        return False
    if UNIT_DUTY.search(text) or _roles(text, duty=True) is not None:
        return False  # a sentence with its own assignment
    if not following or not isinstance(following[0], Para):
        return False
    body = squash(following[0].text)
    if _BULLET.match(body) or _strip_numbering(body)[1]:
        return False
    return opens_with_unit_duty(body) and _roles(body, duty=True) is not None


# --- task table columns ----------------------------------------------------------------------

_COL_CODE = re.compile(r"^(?:s?tt|so tt|so thu tu|thu tu|ma(?: so)?|ma nhiem vu)$")
# who leads: "Đơn vị chủ trì", "Người/Bộ phận phụ trách", "Người thực hiện", "Trách nhiệm", "Phân công"
_COL_LEAD = re.compile(
    r"chu tri|phu trach|thuc hien|chiu trach nhiem|trach nhiem|tham muu|phan cong|dau moi|dam nhan|giao cho"
)
# "Đơn vị", "Cơ quan, đơn vị", "Người, bộ phận", "Cá nhân, tổ chức": a column of who does it
_COL_WHO_WORDS = frozenset("don vi co quan bo phan nguoi can ca nhan to chuc luc luong".split())
_COL_TIME = re.compile(r"thoi gian|thoi han|tien do|thoi diem|^(?:moc|han)(?: |$)|^(?:ngay|thang|lich)(?: |$)")
_COL_TITLE = re.compile(r"noi dung|nhiem vu|hoat dong|cong viec|^ten(?: |$)|^viec")
_COL_TITLE2 = re.compile(r"chu de|chuong trinh|giai phap|hinh thuc")


def _column_kind(k: str) -> str | None:
    """What a task table's header cell (folded with ``key``) names, or None (notes, budget, …)."""
    if not k:
        return None
    if _COL_CODE.match(k):
        return "code"
    if re.match(r"^(?:ghi chu|kinh phi|nguon kinh phi|du toan|dia diem|doi tuong)\b", k):
        return None
    if "chu tri" in k and "phoi hop" in k:
        return "lead"  # "Cơ quan chủ trì, phối hợp": the cell says which is which
    if "phoi hop" in k or "tham gia" in k or "ho tro" in k:
        return "coord"  # "Đơn vị phối hợp", "Phối hợp thực hiện", "Đơn vị tham gia"
    if "san pham" in k or "ket qua" in k:
        return "products"  # before "thực hiện": "Kết quả thực hiện"
    if _COL_TIME.search(k):
        return "time"  # before "thực hiện": "Thời gian thực hiện"
    if _COL_TITLE.search(k):
        return "title"  # before "thực hiện": "Nội dung thực hiện", "Nhiệm vụ, hoạt động"
    if _COL_TITLE2.search(k):
        return "title2"
    if _COL_LEAD.search(k) or set(k.split()) <= _COL_WHO_WORDS:
        return "lead"
    return None


_TIME_CELL = re.compile(
    r"\d{1,2}\s*/\s*\d{1,4}|\bquý\b|\btháng\b|\bnăm\s+\d{4}|thường xuyên|hằng|hàng năm|cả năm|trước ngày|"
    r"\bngày\s+\d|định kỳ|^khi\b|theo (?:đề nghị|yêu cầu|kế hoạch)",
    re.IGNORECASE,
)


def _guess_columns(table: Table) -> tuple[dict[str, int], int] | None:
    """A task table whose header words are unknown: its columns told by their content (numbers, times,
    unit names, the longest text for the title). Used only when a plan gives no task otherwise."""
    rows = [r for r in table.rows if any(c.strip() for c in r)]
    width = max((len(r) for r in rows), default=0)
    if width < 3 or len(rows) < 3:
        return None
    first = rows[0]
    header = all(len(c.split()) <= 8 for c in first) and not re.fullmatch(r"[\dIVX.]+", first[0].strip() or "-")
    start = table.rows.index(first) + (1 if header else 0)
    body = [r for r in table.rows[start:] if len({c.strip() for c in r if c.strip()}) > 1]
    if len(body) < 2:
        return None

    def share(col: int, test: Any) -> float:
        cells = [r[col].strip() for r in body if col < len(r) and r[col].strip()]
        return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0

    def unit_cell(cell: str) -> bool:
        names = split_units(cell)
        return bool(names) and all(_is_unit(n) for n in names)

    cols: dict[str, int] = {}
    units: list[int] = []
    for col in range(width):
        if "code" not in cols and share(col, lambda c: re.fullmatch(r"[\dIVXa-zđ]{1,4}(?:\.\d{1,2})*[.)]?", c)) >= 0.8:
            cols["code"] = col
        elif "time" not in cols and share(col, lambda c: _TIME_CELL.search(c) is not None) >= 0.6:
            cols["time"] = col
        elif share(col, unit_cell) >= 0.6:
            units.append(col)
    rest = [c for c in range(width) if c not in cols.values() and c not in units]
    if not units or not rest:
        return None
    cols["lead"] = units[0]
    if len(units) > 1:
        cols["coord"] = units[1]
    cols["title"] = max(rest, key=lambda c: sum(len(r[c]) for r in body if c < len(r)))
    return cols, start


# --- the reader ------------------------------------------------------------------------------


# the name of a law or code running up to the end of a text: "… Luật Địa chất và khoáng sản ", "Bộ luật Dân sự "
# (no word between ending the name: "Luật X trong Công an tỉnh ", "Luật X cho thanh niên ")
_LAW_BEFORE = re.compile(
    r"\b(?:Bộ\s+luật|(?-i:Luật))\s+(?:(?!\b(?:trong|tại|cho|trên|đối với|đến|giai đoạn|năm)\b)[^;:()])+$",
    re.IGNORECASE,
)


class _Reader:
    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.warnings: list[str] = []
        self.paras: list[Para] = []
        self.year: int | None = None
        self.guess = False  # guess a task table's columns from their content when its header is unknown
        self.doc_type: str | None = None
        self._time_below = ""  # while reading tasks: the next line when it is only a time label

    # header ------------------------------------------------------------------------------
    def header(self) -> dict[str, Any]:
        paras = [b for b in self.blocks if isinstance(b, Para)]
        number = place = None
        date: dt.date | None = None
        year: int | None = None
        doc_type: str | None = None
        title_lines: list[str] = []
        for i, para in enumerate(paras[:60]):
            text = para.text
            m = re.search(r"(?:^|\s)Số\s*:\s*(\S*)|^Số\s+(\S+)", text)
            if m and number is None and i < 30:
                number = docnumbers.normalise(m.group(1) or m.group(2) or "")
                text = (text[: m.start()] + " " + text[m.end() :]).strip()  # the date may share the line
                if not text:
                    continue
            if place is None and i + 1 < len(paras) and re.search(r"\bnăm\s*$", text):
                text = f"{text} {paras[i + 1].text}"  # "… tháng 10 năm" / "2024" wrapped in a PDF cell
            # (a place may end in its number: "Phường 3, ngày …", "Hà Giang 1, ngày …")
            m = re.match(r"^([^\d,;:]{2,40}?(?:\s\d{1,2})?),\s*ngày\b(.*)$", text)
            if m and place is None:
                place = canonical_place(m.group(1).strip())
                date = parse_date_phrase(text)
                ym = re.search(r"năm\s+(\d{4})", text)
                year = date.year if date else (int(ym.group(1)) if ym else None)
                continue
            upper = squash(re.sub(r"[*#]", "", text))
            if doc_type is None:
                for kind in _DOC_TYPES:
                    if upper == kind or (
                        upper.startswith(kind + " ")
                        and upper[len(kind) + 1 : len(kind) + 2].isupper()
                        and not upper.isupper()
                    ):
                        doc_type = kind
                        rest = upper[len(kind) :].strip()
                        if rest:
                            title_lines.append(rest)
                        for k, follow in enumerate(paras[i + 1 : i + 5]):
                            ft = squash(follow.text)
                            opening = re.match(r"^(Thực hiện|Căn cứ|Nhằm|Để|Theo|Xét|I\.|[-–_=*]{3,})", ft)
                            if (
                                opening is not None
                                and k == 0
                                and not rest
                                and opening.group(1) == "Thực hiện"
                                and not re.search(r"\b(?:số|ngày)\s+\d|\d/\d|[,;:]$", ft)
                            ):
                                # "KẾ HOẠCH" / "Thực hiện công tác … năm 2027": the title itself, citing no text
                                opening = None
                            if not ft or opening is not None:
                                break
                            if len(title_lines) >= 3 or re.match(r"^(Kính gửi|Số)", ft):
                                break
                            # a PDF line may run the title on into the grounds ("… tỉnh X Căn cứ Luật …"):
                            # the title stops there and the years the grounds cite are no plan year
                            grounds = re.search(r"\sCăn cứ\s", ft)
                            title_lines.append(ft[: grounds.start()] if grounds else ft)
                            if grounds:
                                break
                        break
        self.doc_type = doc_type
        title = squash(" ".join(title_lines)).strip(" .") if title_lines else ""
        title_years = [
            int(m.group(1))
            for m in re.finditer(r"\bnăm\s+((?:19|20)\d{2})\b", title)
            # "Triển khai Luật Việc làm năm 2025" issued in 2026: a law's year (the year right after its name),
            # no plan year, unless it is the issue year or the next
            if not (date and int(m.group(1)) < date.year and _LAW_BEFORE.search(title[: m.start()]))
        ]
        if title_years:  # a plan for 2024 is often issued in December 2023: the title's year is the plan's year
            # "… Luật Phòng, chống ma túy năm 2025 trong Công an tỉnh năm 2026": a law's year comes first; the
            # plan's is the last one, preferring the issue year or the next
            near = [y for y in title_years if date is None or y in (date.year, date.year + 1)]
            year = (near or title_years)[-1]
        if year is None:
            years = Counter(
                int(y) for p in paras[:200] for y in re.findall(r"(?<!\d)(20[0-4]\d)(?!\d)", p.text)
            )
            year = years.most_common(1)[0][0] if years else None
            if year is not None:
                self.warnings.append(
                    _("Không thấy ngày ban hành; năm kế hoạch được đoán là %(year)s.") % {"year": year}
                )
        return {
            "title": title,
            "number": number,
            "place": place,
            "date": date,
            "year": year,
            "doc_type": doc_type,
        }

    # sections ----------------------------------------------------------------------------
    def sections(self) -> list[tuple[str, str, list[Block]]]:
        """(kind, heading, blocks) for the parts of the body: preamble, purpose, tasks, organisation, …"""
        out: list[tuple[str, str, list[Block]]] = [("preamble", "", [])]
        lettered = False  # "A. MỤC ĐÍCH, YÊU CẦU" / "B. PHÂN CÔNG NHIỆM VỤ": the plan's parts are lettered
        for block in self.blocks:
            if isinstance(block, Para):
                text = squash(re.sub(r"[*#]", "", block.text))
                part = _LETTER_PART.match(text)
                if (
                    part
                    and part.group(2).isupper()
                    and len(text.split()) <= 12
                    and (lettered or (part.group(1) == "A" and self._kind(part.group(2)) == "purpose"))
                ):
                    lettered = True
                    out.append((self._kind(part.group(2)), text, []))
                    continue
                m = _ROMAN.match(text)
                if m and lettered and out[-1][0] == "tasks":
                    # "B. NHIỆM VỤ" / "I. Phổ biến …" / "II. …": under lettered parts Roman numbers are the
                    # part's own headings, one level down, not parts
                    out[-1][2].append(block)
                    continue
                if m and len(text.split()) <= 20 and _duty_unit(block) is not None and out[-1][0] != "preamble":
                    # "II. PHÒNG NGHIỆP VỤ" under "PHÂN CÔNG NHIỆM VỤ": a unit's heading, not a part
                    out[-1][2].append(block)
                    continue
                if m and len(text.split()) <= 20:
                    out.append((self._kind(text[m.end() :]), text, []))
                    continue
                if re.match(r"^(Nơi nhận|NƠI NHẬN)\s*:?", text):
                    out.append(("recipients", text, [Para(text)]))
                    continue
                if re.match(r"^PHỤ LỤC\b", text):
                    out.append(("appendix", text, []))
                    continue
            out[-1][2].append(block)
        return out

    @staticmethod
    def _kind(heading: str) -> str:
        """What a Roman-numbered part holds, from its heading; the words it starts with weigh most.

        "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG …" are tasks; "TỔ CHỨC
        THỰC HIỆN", "PHÂN CÔNG NHIỆM VỤ", "TRÁCH NHIỆM CỦA …" are the organisation section.
        """
        k = re.sub(r"^(?:cac|nhung|mot so)\s+", "", key(heading))
        purpose = ("muc dich", "muc tieu", "yeu cau", "quan diem")
        tasks = (
            "nhiem vu",
            "noi dung",
            "hoat dong",
            "giai phap",
            "chuong trinh",
            "cong viec",
            "ke hoach",
            "danh muc",
            "trien khai",
            "hinh thuc",
            "buoc",  # "CÁC BƯỚC TRIỂN KHAI", "CÁC BƯỚC THỰC HIỆN": the work step by step
            "lo trinh",
        )
        organisation = ("to chuc thuc hien", "trach nhiem", "phan cong", "dieu khoan thi hanh")
        if k.startswith(purpose):
            return "purpose"
        if k.startswith("kinh phi"):
            return "budget"
        if k.startswith(tasks):
            return "tasks"
        if k.startswith(organisation):
            return "organisation"
        if "muc dich" in k or "muc tieu" in k:
            return "purpose"
        if any(w in k for w in ("nhiem vu", "noi dung", "hoat dong", "giai phap", "cong viec")):
            return "tasks"
        if any(w in k for w in organisation):
            return "organisation"
        if "kinh phi" in k:
            return "budget"
        return "other"

    # tasks -------------------------------------------------------------------------------
    @staticmethod
    def _units_below(blocks: list[Block], index: int) -> bool:
        """The label line right below ``blocks[index]`` names the lead unit ("+ Chủ trì: X")."""
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if not isinstance(below, Para):
            return False
        _bullet, label, rest = _strip_numbering(squash(below.text))
        return not label and any(k == "lead" and v for k, v in _labels(rest))

    def tasks(self, blocks: list[Block], root: Node, items: bool = False) -> None:
        """Read a part's tasks under ``root``; ``items``: the part is the plan's tasks part, where a
        plain paragraph at its top level carrying its own assignment is a task too."""
        stack: list[Node] = [root]
        awaiting: tuple[Node, str] | None = None
        for index, block in enumerate(blocks):
            # the time label line below ("Thời gian: hằng tháng."), right under it or after other label lines
            # ("Phối hợp: Y" / "Thời gian: …"): a block above may state its time there (see _block_task)
            self._time_below = ""
            for following in blocks[index + 1 : index + 4]:
                below = _BULLET.sub("", squash(following.text)) if isinstance(following, Para) else ""
                if _TIME_LINE.match(below):
                    self._time_below = below
                if not _LABEL_LINE.match(below) or self._time_below:
                    break
            if isinstance(block, Table):
                if self._is_task_table(block):
                    self._table(block, stack[-1])
                else:
                    for para in _flatten(block):
                        stack[-1].pending.append(para.text)
                continue
            # "Giao: X chủ trì; Y phối hợp.": the word giving the work, written as a label, opens an assignment
            text = _GIVEN_LABEL.sub(r"\1 ", squash(block.text))
            if not text:
                continue
            bullet, label, rest = _strip_numbering(text)
            group = (_UPPER_GROUP.match(text) or _ROMAN_GROUP.match(text)) if not label and not bullet else None
            if group and (
                group.group(2).isupper()
                or _is_bold_heading(block)
                or (group.re is _ROMAN_GROUP and len(text.split()) <= 20)  # a PDF loses the bold
            ):
                label, rest = group.group(1), group.group(2)  # "A. CÔNG TÁC HÒA GIẢI": a group above "1."
            node = stack[-1]
            if awaiting is not None and not _labels(rest) and not label and not bullet:
                target, kind = awaiting
                self._label(target, kind, text)
                awaiting = None
                continue
            if awaiting is not None and bullet and not label and not _labels(rest):
                target, kind = awaiting  # "- Đơn vị phối hợp:" then "+ Sở Nội vụ;" / "+ Công an tỉnh."
                item = rest.rstrip(" ;,.")
                if kind in ("lead", "coord") and looks_like_unit(item) and target.blocks:
                    assignment = target.blocks[-1]
                    previous = getattr(assignment, kind)
                    setattr(assignment, kind, f"{previous}; {item}" if previous else item)
                    continue
            awaiting = None
            if not label:
                rest = _colon_labels(rest)
            labels = _labels(rest)
            previous = node.pending[-1] if node.pending else None
            units_labelled = any(k in ("lead", "coord") for k, _v in labels) or (
                labels and all(k == "time" for k, _v in labels) and self._units_below(blocks, index)
            )  # "- Title" / "+ Thời gian: …" / "+ Chủ trì: X": the time may come before the units
            dash = _BULLET.match(previous) if previous and units_labelled else None
            if (
                labels
                and not label
                and previous is not None
                and self.doc_type in (None, "KẾ HOẠCH", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH")
                and dash is not None
                and (not bullet or bullet != dash.group(1) or node is root or node.bullet)
            ):
                # a dash item followed by its own labels ("- Title" / "+ Chủ trì: X" or "Chủ trì: X; …"):
                # a task of its own under the heading above. With the same mark ("- Title" / "- Chủ trì: X") only
                # where no numbered item above awaits its assignment: right under a part, or after a dash task
                # (under "1. Title", "- …" / "- Chủ trì: X" are the item's content and labels)
                heading = _BULLET.sub("", node.pending.pop())
                while len(stack) > 1 and stack[-1].level >= _BULLET_LEVEL:
                    stack.pop()
                parent = stack[-1]
                child = Node(label="", level=_BULLET_LEVEL, heading=heading, parent=parent, bullet=True, labelled=True)
                parent.children.append(child)
                stack.append(child)
                node = child
            elif labels and not label and not bullet and node.pending and (node is root or node.blocks):
                # an unmarked heading (bold in Word, plain in a PDF) right before its assignment labels
                heading = node.pending.pop()
                parent = node if node is root or node.level < 5 else (node.parent or root)
                while stack[-1] is not parent and stack[-1] is not root:
                    stack.pop()
                first = parent.blocks[0] if len(parent.blocks) == 1 and not parent.children else None
                if parent is not root and first is not None and len(first.intro) == 1 and not _BULLET.match(first.intro[0]):
                    # "2. Heading" / "Work A." / labels / "Work B." / labels: the heading groups two tasks, each
                    # titled by its own paragraph, the first as well as the second
                    parent.children.append(
                        Node(label="", level=5, heading=first.intro[0], parent=parent, blocks=[first])
                    )
                    first.intro = []
                    parent.blocks = []
                child = Node(label="", level=5, heading=heading, parent=parent)
                parent.children.append(child)
                stack.append(child)
                node = child
            if labels and node is not root:
                for kind, value in labels:
                    if kind == "content":  # "Nội dung: …. X chủ trì; Y phối hợp; thời gian: …"
                        if not self._prose_roles(node, value):
                            node.pending.append(value)
                        continue
                    if not value:
                        awaiting = (node, kind)
                    self._label(node, kind, value)
                continue
            if not label and self._time_first_task(stack, rest, top=items):
                continue
            top_level = items and all(n.bullet for n in stack[1:])
            if (bullet or top_level) and not label and self._bullet_task(stack, rest):
                continue
            if bullet and not label and self._block_task(stack, bullet, rest, top=items):
                continue
            if (
                not bullet
                and not label
                and node.pending
                and _BULLET.match(node.pending[-1])
                and (node.bullet or (node.level > 0 and not node.blocks and len(node.pending) == 1) or top_level)
            ):
                # a PDF broke "- Title. X chủ trì …" after the title's full stop: a dash task (one more); so
                # does a writer giving each dash item of the tasks part its assignment on the next line
                title_line = node.pending.pop()
                if self._bullet_task(stack, f"{_BULLET.sub('', title_line)} {rest}"):
                    continue
                node.pending.append(title_line)
            if not bullet and not label and self._plain_block(node, rest):
                continue
            if node is not root and not label and self._prose_roles(node, f"{bullet} {rest}".strip()):
                continue
            level: float = 0
            if group and label == group.group(1):
                level = 0.5
            elif label and _NAMED_NUMBER.match(_BULLET.sub("", text)):
                level = self._named_level(stack, label)
            elif label and label.isdigit() or (label and "." in label):
                level = label.count(".") + 1
            elif label:
                level = 10
            elif not bullet and _is_bold_heading(block):
                level = 5
            elif items and not bullet and isinstance(block, Para) and _plain_heading(block, blocks[max(index - 1, 0) : index + 2]):
                level = 5
            if level:
                while stack[-1] is not root and stack[-1].level >= level:
                    stack.pop()
                parent = stack[-1]
                child = Node(label=label, level=level, heading=rest, parent=parent)
                child.named = bool(label and _NAMED_NUMBER.match(_BULLET.sub("", text)))
                parent.children.append(child)
                stack.append(child)
                self._heading_roles(child)
                continue
            if (
                not bullet
                and not label
                and not node.pending
                and node.blocks
                and node.blocks[-1].lead
                and node.blocks[-1].time is None
                and len(rest.split()) <= 12
                and _TIME_ALONE.match(rest)
            ):  # "+ Title: X chủ trì; Y phối hợp." / "Hoàn thành trong Quý I/2026.": a PDF line after the full stop
                node.blocks[-1].time = rest.strip(" .;")
                continue
            line = f"{bullet} {rest}".strip() if bullet else rest
            node.pending.append(line)

    def _bullet_task(self, stack: list[Node], text: str) -> bool:
        """A dash/plus item carrying its own assignment is a task: "- Title (X chủ trì, phối hợp Y;
        trước ngày …)", "- Title: X chủ trì, phối hợp với Y; thời gian: …", "- Title. Giao X chủ trì …".
        The text before the assignment is its title; the item is a child of the heading above."""
        if self.doc_type not in (None, "KẾ HOẠCH", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH"):
            return False  # a report's "- Đã tổ chức … (Sở A chủ trì)" tells what was done, not a task
        title: str | None = None
        labels: list[tuple[str, str]] = []
        roles: Roles | None = None
        later: list[str] = []
        worded = False  # "- Title. Giao X chủ trì …": the work in its own sentence (see _fold_lone_bullets)
        trailing = _TRAILING_LABELS.search(text)
        bracket = _TRAILING_BRACKET.search(text)
        if trailing is not None and text[: trailing.start()].strip():
            title = text[: trailing.start()]
            labels = _labels(trailing.group(1).strip()[1:-1])
        elif bracket is not None and text[: bracket.start()].strip():
            roles = _roles(bracket.group(1), weak=True)
            if roles is not None:
                title = text[: bracket.start()]
        if title is None:  # "- Title; Chủ trì: X; Phối hợp: Y; Thời gian: …", "- Title. Đơn vị chủ trì: X; …"
            lead_label = next((m for m in _LABEL_RE.finditer(text) if m.group("lead") and m.start() > 0), None)
            if lead_label is not None and text[: lead_label.start()].strip():
                title = text[: lead_label.start()]
                labels = _labels(text[lead_label.start() :].strip())
                worded = title.rstrip().endswith(".")  # "- Title. Đơn vị chủ trì: X": the work in a sentence
        if title is None:
            sentences = _sentences(text)
            for i, sentence in enumerate(sentences):
                found = _find_roles(sentence, at_start=i > 0, weak=i > 0)
                if found is None and i > 0 and _DUTY_WORD.search(sentence):
                    # "- Title. X có trách nhiệm biên soạn …, phối hợp với Y triển khai; thời gian …": X leads
                    duty = _roles(sentence, duty=True)
                    found = (0, duty) if duty is not None and sentence.startswith(duty.lead) else None
                if found is None:
                    continue
                pos, roles = found
                title = " ".join([*sentences[:i], sentence[:pos]])
                later = sentences[i + 1 :]
                worded = i > 0
                break
        if title is None:  # "- Title; X chủ trì, phối hợp với Y; Quý II", "- Title – X chủ trì – tháng 5"
            for m in re.finditer(r"\s*(?:;|\s[–-])\s+(?=[A-ZĐÀ-Ỹ])", text):
                rest = re.sub(r"\s+[–-]\s+", "; ", text[m.end() :])
                roles = _roles(rest)
                if roles is not None:
                    title = text[: m.start()]
                    break
        if title is None:
            return False
        title = title.strip(" ,;:.-–")
        if len(title.split()) < 2 or _is_unit(title) or not (roles or any(k == "lead" for k, _v in labels)):
            return False
        while len(stack) > 1 and stack[-1].level >= _BULLET_LEVEL:
            stack.pop()
        parent = stack[-1]
        child = Node(label="", level=_BULLET_LEVEL, heading=title, parent=parent, bullet=True, worded=worded)
        said = _TRAILING_BRACKET.search(title)
        if said is not None and _BRACKET_TIME.match(said.group(1).strip()):
            child.heading_time = said.group(1).strip(" .;")  # "- Title (Quý 2). X chủ trì …": the title's time
        parent.children.append(child)
        stack.append(child)
        if roles is not None:
            self._apply_roles(child, roles)
        for kind, value in labels:
            if value and kind != "content":
                self._label(child, kind, value)
        self._later_sentences(child, later, roles_too=False)
        return True

    def _time_first_task(self, stack: list[Node], text: str, top: bool = False) -> bool:
        """A paragraph (or dash line) under an item that opens with its time and ends with its assignment
        ("Trong tháng 3/2026, tổ chức …; Ban A chủ trì, Ban B phối hợp.") is a task of its own, titled by
        the sentence as written, a child of the item (kept as a child also when it is the only one)."""
        if not self._plan_like():
            return False
        item = next((n for n in reversed(stack) if n.level < _BULLET_LEVEL), stack[0])
        if (item.level == 0 and not top) or item.table_row is not None or item.blocks:
            return False
        first = _time_first(text)
        if first is None:
            return False
        while stack[-1] is not item:
            stack.pop()
        child = Node(label="", level=_BULLET_LEVEL, heading=first[0], parent=item, bullet=True, whole=True)
        item.children.append(child)
        stack.append(child)
        self._apply_roles(child, first[1])
        return True

    def _block_task(self, stack: list[Node], bullet: str, text: str, top: bool = False) -> bool:
        """A dash paragraph under a numbered item that opens with its own lead unit ("- Giao X chủ trì …",
        "- X có trách nhiệm …", "- Đề nghị X …") is one of the item's assignment blocks: a task of its own,
        titled by its first sentence as written, a child of the item (an only block is folded back into
        the item by :func:`_fold_lone_bullets`). Not a "+" line under a dash title ("- Title:" / "+ X chủ
        trì …"): that is the title's assignment. ``top``: in the plan's tasks part, such a dash paragraph
        with no numbered item above it is a task of the part."""
        if self.doc_type not in (None, "KẾ HOẠCH", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH"):
            return False
        item = next((n for n in reversed(stack) if n.level < _BULLET_LEVEL), stack[0])
        if (item.level == 0 and not top) or item.table_row is not None:
            return False
        node = stack[-1]
        role = _UNIT_ROLE.match(text.strip())
        if role is not None and node.level > 0 and _unit_ok(role.group("unit"), words=120):
            kind = "lead" if re.match(r"chủ trì|thực hiện", role.group("role"), re.IGNORECASE) else "coord"
            self._label(node, kind, role.group("unit"))  # "- Sở Tư pháp: chủ trì" / "- Sở Nội vụ: phối hợp"
            return True
        previous = _BULLET.match(node.pending[-1]) if node.pending else None
        sentences = _sentences(text)
        titled = previous is not None and previous.group(1) != bullet and node.pending[-1].rstrip().endswith(":")
        if bullet == "+" and sentences and (titled or (node.grouping and not node.pending)):
            # "- Title:" / "+ X chủ trì …; thời gian: …" / "+ Y chủ trì …": plus lines each opening with a
            # lead are the dash title's assignments, one task each when there are several; the next
            # "- Title:" after them is a task of its own, with its own plus lines
            grouped = _block_roles(sentences[0], " ".join(sentences[1:]))
            # (the lead opens the line, or follows the request: "+ Đề nghị X phối hợp vận động …")
            if grouped is not None and _BLOCK_GIVE.sub("", sentences[0]).startswith(grouped.lead):
                if titled:
                    title = _BULLET.sub("", node.pending.pop()).strip(" :")
                    while stack[-1] is not item:
                        stack.pop()
                    node = Node(label="", level=_BULLET_LEVEL, heading=title, parent=item, bullet=True, grouping=True)
                    item.children.append(node)
                    stack.append(node)
                self._apply_roles(node, grouped)
                node.blocks[-1].title = sentences[0].strip(" .;")
                self._later_sentences(node, sentences[1:], roles_too=False)
                return True
        if previous is not None and (
            (previous.group(1) != bullet and bullet == "+") or node.pending[-1].rstrip().endswith(":")
        ):
            return False  # "- Title:" / "- X chủ trì …": the assignment of the title above, whatever its mark
        # "- X duy trì chuyên mục …." / "Thời gian: hằng tháng.": the time on its own line below counts
        below = _BULLET.sub("", self._time_below)
        roles = _block_roles(sentences[0], " ".join([*sentences[1:], below])) if sentences else None
        for clause in sentences[0].split(";")[1:] if roles is None and sentences else ():
            # "- Work …; X phối hợp Y thực hiện thường xuyên": the unit and its role in a later clause
            if _CLAUSE_ROLE.search(clause):
                roles = _block_roles(clause.strip(), " ".join([*sentences[1:], below]))
                if roles is not None:
                    break
        if roles is None:
            return False
        while stack[-1] is not item:
            stack.pop()
        title = sentences[0].strip(" .;")
        child = Node(label="", level=_BULLET_LEVEL, heading=title, parent=item, bullet=True)
        item.children.append(child)
        stack.append(child)
        self._apply_roles(child, roles)
        self._later_sentences(child, sentences[1:], roles_too=False)
        return True

    def _plain_block(self, node: Node, text: str) -> bool:
        """A plain paragraph under a numbered item that opens with its own lead ("Sở A chủ trì tổ chức …",
        "Giao Sở B chủ trì, phối hợp với Y …", "Đề nghị X thực hiện …") is one of the item's assignment
        blocks, titled by its first sentence: an item holding several is the parent of one task per block
        (see :func:`_emit`). Not after a dash title ("- Title." / "Giao X chủ trì …"): that is the title's."""
        if node.level == 0 or node.bullet or node.table_row is not None:
            return False
        if node.pending and _BULLET.match(node.pending[-1]):
            return False
        sentences = _sentences(text)
        if not sentences or _labels(sentences[0]):
            return False
        first = re.sub(r"^[-+•*–−]\s*", "", sentences[0])
        asked = _COORD_ALONE.match(re.sub(r"^(?:kính\s+)?đề nghị\s+", "", first, flags=re.IGNORECASE))
        if asked is not None and len(sentences) > 1 and _unit_ok(asked.group("units"), words=120):
            # "Đề nghị Y phối hợp. X chủ trì thực hiện …": the helpers asked first, the lead in the next sentence
            then = None if _labels(sentences[1]) else _roles(sentences[1])
            if then is not None and then.coord is None and sentences[1].startswith(then.lead):
                self._apply_roles(node, then)
                self._label(node, "coord", asked.group("units"))
                node.blocks[-1].title = sentences[1].strip(" .;")
                self._later_sentences(node, sentences[2:], roles_too=False)
                return True
        # not a duty alone ("Các phòng có trách nhiệm cử công chức tham dự" supports the item's assignment),
        # but a request or an order to a unit is its own: "Đề nghị Công đoàn cơ sở phối hợp tổ chức …"
        roles = _roles(first) or (_block_roles(first) if _BLOCK_GIVE.match(first) else None)
        if roles is None:
            return False
        self._apply_roles(node, roles)
        node.blocks[-1].title = first.strip(" .;")
        for sentence in sentences[1:]:
            # "Sở A chủ trì tổ chức hội nghị …. Sở B chủ trì biên soạn tài liệu …": one block per assignment
            more = None if _labels(sentence) else _roles(sentence)
            if more is not None and more.lead != node.blocks[-1].lead:
                self._apply_roles(node, more)
                node.blocks[-1].title = sentence.strip(" .;")
            else:
                self._later_sentences(node, [sentence], roles_too=False)
        return True

    def _heading_roles(self, node: Node) -> None:
        """ "1. Title (Thời gian thực hiện: Quý II/2025)": the labels in brackets ending the heading apply."""
        dashed = _HEADING_DASH_TIME.search(node.heading)
        if dashed is not None and node.heading[: dashed.start()].strip():
            node.heading = node.heading[: dashed.start()].rstrip()  # "1. Title — Tiến độ: Quý II/2027"
            node.heading_time = dashed.group("time").strip(" .;")
        first = _TIME_FIRST.match(node.heading)
        if first and _TIME_FIRST_SAYS.search(first.group("time")):
            # "a) Trong tháng 3/2026, tổ chức lớp bồi dưỡng …; X chủ trì": the time the heading opens with
            node.heading_time = first.group("time").strip()
        said = _time_first(node.heading) if self._plan_like() else None
        if said is not None:  # "a) Trong tháng 3/2026, tổ chức …; Ban A chủ trì, Ban B phối hợp."
            node.heading = said[0]
            self._apply_roles(node, said[1])
            return
        m = _TRAILING_LABELS.search(node.heading)
        if m is None or not node.heading[: m.start()].strip():
            bracket = _TRAILING_BRACKET.search(node.heading)
            roles = (
                _roles(bracket.group(1), weak=True)
                if bracket and node.heading[: bracket.start()].strip()
                else None
            )
            if bracket is not None and roles is not None:  # "1. Title (X chủ trì, phối hợp với Y; Quý II)"
                node.heading = node.heading[: bracket.start()].rstrip()
                self._sentence_roles(node)
                self._apply_roles(node, roles)
                return
            if bracket is not None and node.heading[: bracket.start()].strip():
                if _BRACKET_TIME.match(bracket.group(1).strip()):  # "1. Tổ chức hội thi … (tháng 10/2026)"
                    node.heading_time = bracket.group(1).strip(" .;")
            self._sentence_roles(node)
            return
        node.heading = node.heading[: m.start()].rstrip()
        self._sentence_roles(node)
        for kind, value in _labels(m.group(1)):
            if value and kind != "content":
                self._label(node, kind, value)

    @staticmethod
    def _named_level(stack: list[Node], label: str) -> float:
        """The level of "Hoạt động 2:", "Nhiệm vụ 3." items: under the numbered heading open above
        ("1. Tuyên truyền" / "Hoạt động 1: …"), or beside it when they go on with its numbering
        ("1. …", "2. …", "Nhiệm vụ 3: …"); beside an earlier item named the same way."""
        for node in reversed(stack):
            if node.named:
                return node.level
            if re.fullmatch(r"\d+(?:\.\d+)*", node.label):
                last = int(node.label.split(".")[-1])
                if "." not in label and label.isdigit() and int(label) == last + 1:
                    return node.level
                return node.level + 0.5
        return float(label.count(".") + 1)

    def _sentence_roles(self, node: Node) -> None:
        """ "1. Title. Giao X chủ trì, phối hợp với Y thực hiện trong Quý I" : the heading is the title."""
        lead_label = next(
            (
                m
                for m in _LABEL_RE.finditer(node.heading)
                # "…; chủ trì: X", "… - Đơn vị thực hiện: X - Thời gian: …"
                if m.group("lead") and m.start() > 0 and node.heading[: m.start()].rstrip().endswith((";", ",", " -", " –"))
            ),
            None,
        )
        if lead_label is not None and len(node.heading[: lead_label.start()].split()) >= 2:
            # "Hoạt động 2: Tọa đàm với doanh nghiệp; chủ trì: X; phối hợp: Y; thời gian: …"
            rest = node.heading[lead_label.start() :].strip()
            node.heading = node.heading[: lead_label.start()].strip(" ;,-–")
            for kind, value in _labels(rest):
                if value and kind != "content":
                    self._label(node, kind, value)
            return
        named = _TITLE_UNIT_TIME.match(node.heading)
        bare = _TITLE_UNIT_END.match(node.heading) if named is None else None
        if (
            bare is not None
            and len(bare.group("title").split()) >= 3
            and _unit_ok(bare.group("unit"), words=14)
            # a named unit ("Giám đốc Sở Tư pháp", "Phòng Văn hóa"), not a kind of people ("Cán bộ, công chức")
            and re.search(r"\s(?-i:[A-ZĐÀ-Ỹ])", bare.group("unit"))
            and _roles(bare.group("unit")) is None
        ):
            node.heading = bare.group("title").strip()
            self._label(node, "lead", bare.group("unit"))
            return
        if named is not None:
            unit = named.group("unit")
            if (_PERSON.match(unit) or _unit_ok(unit, words=14)) and _roles(unit) is None:
                # "c) Ban hành quyết định thành lập Ban Tổ chức: Giám đốc Sở; thời gian: tháng 6/2026": who
                # does it after the title's colon, unlabelled, then the time's label
                node.heading = named.group("title").strip()
                self._label(node, "lead", unit)
                for kind, value in _labels(named.group("rest")):
                    if value and kind != "content":
                        self._label(node, kind, value)
                return
        sentences = _sentences(node.heading)
        for i, sentence in enumerate(sentences):
            if i > 0 and _labels(sentence):  # "1. Title. Thực hiện: X chủ trì …. Thời gian: …"
                node.heading = " ".join(sentences[:i])
                if not self._run_on_heading(node):
                    self._duty_heading(node, sentences[:i], " ".join(sentences[i:]))  # "5. X có trách nhiệm …. Thời gian: …"
                self._later_sentences(node, sentences[i:])
                return
            found = _find_roles(sentence, at_start=True, weak=i > 0)
            if found is None:
                continue
            pos, roles = found
            head = [*sentences[:i], sentence[:pos].strip(" ,;:")]
            heading = " ".join(h for h in head if h).strip()
            if not heading:  # "1. Phòng X chủ trì tổ chức hội nghị … trong Quý II": the heading says it all
                self._apply_roles(node, roles)
                # "a) X chủ trì, phối hợp với Y tổ chức …. Thời gian: Quý III/2026.": a label sentence after it
                later = next((k for k in range(i + 1, len(sentences)) if _labels(sentences[k])), None)
                if later is not None:
                    node.heading = " ".join(sentences[:later])
                    self._later_sentences(node, sentences[later:], roles_too=False)
                return
            node.heading = heading
            said = _TRAILING_BRACKET.search(heading) if i > 0 and not node.heading_time else None
            if said is not None and _BRACKET_TIME.match(said.group(1).strip()):
                node.heading_time = said.group(1).strip(" .;")  # "1. Title (T6/2026). X chủ trì.": the title's time
            self._apply_roles(node, roles)
            self._later_sentences(node, sentences[i + 1 :], roles_too=False)
            return
        # "1. Cập nhật văn bản trên Trang thông tin - Văn phòng Sở thực hiện; thời gian: …": a dash between
        # the title and the assignment
        # or a semicolon ("a) Làm phóng sự …; Phòng X chủ trì, phối hợp Y thực hiện; thời gian: …")
        for m in re.finditer(r"(?:\s[–-]|;)\s+(?=[A-ZĐÀ-Ỹ])", node.heading):
            before, rest = node.heading[: m.start()].strip(" ,;:"), node.heading[m.end() :]
            dash_roles = _roles(rest, weak=True) if len(before.split()) >= 2 and not _is_unit(before) else None
            if dash_roles is not None:
                node.heading = before
                self._apply_roles(node, dash_roles)
                return
        if self._run_on_heading(node):
            return
        self._duty_heading(node, sentences)

    def _duty_heading(self, node: Node, sentences: list[str], labelled: str = "") -> bool:
        """ "b) Hội A, Hội B có trách nhiệm hướng dẫn hội viên …", "5. Công an xã có trách nhiệm tuyên truyền …;
        phối hợp với Y": an item (lettered or numbered) opening with its units' duty is led by them. A lettered
        item opening with a unit and a mere action verb is led by it when it states its own time, like a dash
        block ("a) Trung tâm X tổ chức lồng ghép …; thời gian: hằng tháng"), in its labelled sentences after it
        (``labelled``: "…. Thời gian: …") or on the label line below it."""
        if not sentences or not self._plan_like() or any(b.lead for b in node.blocks):
            return False
        titled = _TITLE_THEN_DUTY.match(sentences[0])
        if titled is not None and not _labels(sentences[0]) and _BLOCK_DUTY.match(titled.group("rest")):
            # "c) Title: Văn phòng X có trách nhiệm …": the colon ends the title like a full stop
            return self._later_duty(node, [titled.group("title"), titled.group("rest"), *sentences[1:]])
        duty = _BLOCK_DUTY.match(sentences[0]) if re.fullmatch(r"[a-zđ]|\d+(?:\.\d+)*", node.label) else None
        if duty is not None:
            duty_roles = _block_roles(sentences[0])
            if duty_roles is None or duty_roles.lead != duty.group("lead"):
                return False
        elif re.fullmatch(r"[a-zđ]", node.label):
            duty_roles = _block_roles(sentences[0], " ".join(s for s in [*sentences[1:], labelled, self._time_below] if s))
            if duty_roles is None or not sentences[0].startswith(duty_roles.lead):
                return False
        elif self._later_duty(node, sentences):
            return True
        else:
            # "6. X giám sát …, phối hợp Y; thời gian: …": a numbered item opening with a unit, its action and
            # units named to help is led by it, as a later sentence of that shape is (_later_duty)
            duty_roles = _roles(sentences[0], duty=True) if re.fullmatch(r"\d+(?:\.\d+)*", node.label) else None
            if duty_roles is None or not duty_roles.coord or not sentences[0].startswith(duty_roles.lead):
                return False
        self._apply_roles(node, duty_roles)
        self._later_sentences(node, sentences[1:], roles_too=False)
        return True

    def _later_duty(self, node: Node, sentences: list[str]) -> bool:
        """ "5. Title. X có trách nhiệm hướng dẫn …; phối hợp với Y. Thời gian: …": a numbered item whose title
        is a sentence of its own and whose next sentence opens with a unit's duty is led by that unit."""
        if not re.fullmatch(r"[a-zđ]|\d+(?:\.\d+)*", node.label):
            return False
        for k in range(1, len(sentences)):
            duty = _BLOCK_DUTY.match(sentences[k])
            if duty is not None:
                duty_roles = _block_roles(sentences[k])
                if duty_roles is None or duty_roles.lead != duty.group("lead"):
                    continue
            else:  # "… . X trực tiếp chỉ đạo; Y phối hợp chuẩn bị …": an action verb, and a unit named to help
                duty_roles = _roles(sentences[k], duty=True)
                if duty_roles is None or not duty_roles.coord or not sentences[k].startswith(duty_roles.lead):
                    continue
            node.heading = " ".join(sentences[:k])
            self._apply_roles(node, duty_roles)
            self._later_sentences(node, sentences[k + 1 :], roles_too=False)
            return True
        return False

    def _plan_like(self) -> bool:
        return self.doc_type in (None, "KẾ HOẠCH", "CHƯƠNG TRÌNH", "QUYẾT ĐỊNH")

    def _run_on_heading(self, node: Node) -> bool:
        """A PDF heading that runs into its body with no full stop: "1. Title năm 2026 Văn phòng X chủ trì …"."""
        if not self._plan_like():
            return False
        for m in _RUN_ON_UNIT.finditer(node.heading):
            before, rest = node.heading[: m.start()].strip(), node.heading[m.end() :]
            plural = re.search(r"\s(?:Các|Những)$", before)
            if plural is not None:  # "… kê khai Các Chi cục chủ trì …": a capital "Các" opens the lead's name
                before, rest = before[: plural.start()], f"{plural.group(0).strip()} {rest}"
            if len(before.split()) < 3 or _is_unit(before):
                continue
            if re.search(r"\b(?:do|giao|của|cho|với)(?:\s+(?-i:[A-ZĐ])\w*)*$", before):
                continue  # "… do Bộ Công an chủ trì": a unit's word inside the name after "do", not a new name
            if _inside_opening_name(before):
                continue  # "Title. Văn phòng HĐND và UBND xã có trách nhiệm …": inside a name opening a sentence
            first = _sentences(rest)[0]
            run_on = _roles(first)
            if run_on is None and _DUTY_WORD.search(first) and not any(b.lead for b in node.blocks):
                run_on = _roles(first, duty=True)  # "… năm 2026 Phòng X có trách nhiệm phối hợp với Y …"
            if run_on is not None and department_after_mention(run_on.lead.strip()) is not None:
                continue  # "… cho cán bộ Hội cơ sở Ban Tuyên giáo chủ trì": the title ends before the department
            if run_on is not None:
                node.heading = before
                self._apply_roles(node, run_on)
                self._later_sentences(node, _sentences(rest)[1:], roles_too=False)
                return True
        return False

    def _later_sentences(self, node: Node, sentences: list[str], roles_too: bool = True) -> None:
        """Sentences after a task's title or assignment: labels ("Thời gian: sau khi …") apply,
        an assignment sentence applies (when ``roles_too``), the rest is the task's content."""
        for later in sentences:
            labels = _labels(later)
            inline = None if labels or not roles_too else _find_roles(later, weak=True)
            if (
                not labels
                and inline is None
                and node.blocks
                and node.blocks[-1].time is None
                # (a bracket after it says what the time is: "Thực hiện trong tháng 6 (Tháng hành động …)")
                and len(_TRAILING_BRACKET.sub("", later).split()) <= 12
                and _TIME_ALONE.match(later)
            ):  # "… X chủ trì, Y phối hợp chuẩn bị. Hoàn thành trước ngày 31/10/2026."
                node.blocks[-1].time = later.strip(" .;")
                continue
            work_time = (
                _WORK_THEN_TIME.match(later)
                if not labels and inline is None and node.blocks and node.blocks[-1].time is None
                else None
            )
            # a date written in words ("ngày 01 tháng 11 năm 2026") counts as one word, like "01/11/2026"
            short = len(_DATE_IN_WORDS.sub("d", later).split()) <= 14
            if work_time is not None and short and not _unit_ok(work_time.group("verb")):
                # "… Y phối hợp tiếp âm. Phát sóng hằng ngày từ ngày … đến ngày …": the work's verb, then its time
                node.blocks[-1].time = work_time.group("time").strip(" .;")
                continue
            asked = re.sub(r"^(?:kính\s+)?đề nghị\s+(?=(?-i:[A-ZĐ]))", "", later, flags=re.IGNORECASE)
            alone = (  # "X chủ trì. Đề nghị Y phối hợp cử …": the unit asked to help
                (_COORD_ALONE.match(asked) or _JOINS_WORK.match(asked))
                if not labels and node.blocks and node.blocks[-1].lead
                else None
            )
            if alone is not None and not node.blocks[-1].coord and _unit_ok(alone.group("units"), words=120):
                self._label(node, "coord", alone.group("units"))  # "Giao X chủ trì. Y phối hợp. Thời gian: …"
                continue
            helpers = (
                _helpers(later)
                if not labels and inline is None and node.blocks and node.blocks[-1].lead and not node.blocks[-1].coord
                else None
            )
            if helpers is not None:  # "X chủ trì. Đề nghị Y hỗ trợ …; Z phối hợp …", "…, phối hợp với Y …"
                self._label(node, "coord", helpers)
                continue
            if inline is not None:  # "… Thời gian: Quý II. Giao X chủ trì."
                if inline[0]:
                    node.pending.append(later[: inline[0]].strip(" ,;"))
                self._apply_roles(node, inline[1])
            elif not labels:
                node.pending.append(later)
            for kind, value in labels:
                if kind == "content":
                    if not self._prose_roles(node, value):
                        node.pending.append(value)
                elif value:
                    self._label(node, kind, value)

    def _prose_roles(self, node: Node, line: str) -> bool:
        """An unnumbered line holding an assignment sentence ("Giao X chủ trì …", "… do X chủ trì")."""
        trailing = _TRAILING_LABELS.search(line)
        if trailing is not None and line[: trailing.start()].strip():
            # "Tổ chức … cho chiến sĩ mới (Chủ trì: X; phối hợp: Y; thời gian: …)." under its heading
            labels = _labels(trailing.group(1).strip()[1:-1])
            if any(kind == "lead" and value for kind, value in labels):
                node.pending.append(line[: trailing.start()].strip())
                for kind, value in labels:
                    if value and kind != "content":
                        self._label(node, kind, value)
                return True
        bracket = _TRAILING_BRACKET.search(line)
        if bracket is not None and len(line[: bracket.start()].split()) >= 2 and self._plan_like():
            # "Tổ chức 02 lớp tập huấn (Phòng A chủ trì; Phòng B phối hợp; Quý II/2026)." under its heading
            roles = _roles(bracket.group(1), weak=True)
            if roles is not None:
                node.pending.append(line[: bracket.start()].strip())
                self._apply_roles(node, roles)
                return True
        last = node.blocks[-1] if node.blocks else None
        more = _WITH_LINE.match(line)
        if more and last is not None and last.lead and not last.coord and _unit_ok(more.group("coord"), words=120):
            # a PDF line break after "X có trách nhiệm …;": "phối hợp với Y theo dõi …. Hoàn thành …" goes on
            self._label(node, "coord", more.group("coord"))
            tail = _sentences(more.group("tail"))
            tm = _TIME_START.search(tail[0]) if tail else None
            if tm and last.time is None:
                self._label(node, "time", tail[0][tm.start() :].strip(" ,;."))
            self._later_sentences(node, tail[1:], roles_too=False)
            return True
        bracketed = re.fullmatch(r"\((.+)\)\s*[.;]?", line.strip())
        if bracketed and "(" not in bracketed.group(1):  # "(X chủ trì, phối hợp với Y; thời gian: …)"
            line = bracketed.group(1)
        sentences = _sentences(line)
        for i, sentence in enumerate(sentences):
            if i > 0 and any(kind == "lead" and value for kind, value in _labels(sentence)):
                # "Tập trung vào …. Chủ trì: X; phối hợp: Y; thời gian: …": the work, then its labels
                node.pending.append(" ".join(sentences[:i]))
                self._later_sentences(node, sentences[i:], roles_too=False)
                return True
            found = _find_roles(re.sub(r"^[-+•*–−]\s*", "", sentence))
            if found is None:
                continue
            pos, roles = found
            before = " ".join([*sentences[:i], sentence[:pos].strip(" ,;:")]).strip()
            if before:
                node.pending.append(before)
            self._apply_roles(node, roles)
            self._later_sentences(node, sentences[i + 1 :], roles_too=False)
            return True
        # A heading's second paragraph opening with another unit and its own timeframe ("UBND các xã kiện
        # toàn …, gửi về Sở trước ngày …") is one more task under that heading.
        led = [block.lead for block in node.blocks if block.lead]
        own_time = _OWN_TIME.search(line) or self._time_below  # (or on its own line below: "Thời gian: …")
        if node.level == 0 or node.bullet or not self._plan_like() or (led and not own_time):
            return False  # a report's "Sở A thực hiện …" tells what was done
        # "2. Title" / "X có trách nhiệm phối hợp với Y tổ chức …": under a heading without a lead yet, a
        # sentence opening with a unit that has a duty or an action verb names the lead
        for i, sentence in enumerate(sentences):
            if led and i:
                break
            duty = _roles(re.sub(r"^[-+•*–−]\s*", "", sentence), duty=True)
            if duty is None:
                continue
            if led and (duty.lead in led or not sentence.startswith(duty.lead)):
                break
            if led:
                node.pending.append(line)  # the new task's own text
            if i:
                node.pending.append(" ".join(sentences[:i]))
            self._apply_roles(node, duty)
            # its sentence titles the block, the first one too: an item holding two such paragraphs is the
            # parent of one task per paragraph, each titled by its own sentence (see _emit)
            node.blocks[-1].title = sentence.strip(" .;")
            self._later_sentences(node, sentences[i + 1 :], roles_too=False)
            return True
        return False

    def _apply_roles(self, node: Node, roles: Roles) -> None:
        self._label(node, "lead", roles.lead, parse=False)
        if roles.coord:
            self._label(node, "coord", roles.coord)
        if roles.time and node.blocks and node.blocks[-1].time is None:
            self._label(node, "time", roles.time)
            node.blocks[-1].time_in_sentence = True

    def _label(self, node: Node, kind: str, value: str, parse: bool = True) -> None:
        if kind == "lead" and (_TIME_ALONE.match(value) or _BRACKET_TIME.match(value)):
            kind = "time"  # "Thực hiện: học kỳ II năm học …": a lead's label holding a time, not a unit
        last = node.blocks[-1] if node.blocks else None
        if last is None or (kind == "lead" and last.lead is not None):
            node.blocks.append(Assignment(intro=node.pending))
            node.pending = []
        elif node.pending:
            last.intro.extend(node.pending)
            node.pending = []
        block = node.blocks[-1]
        if kind == "lead" and parse:
            roles = _roles(value) or _lead_and_others(value)  # "Thực hiện: X chủ trì, phối hợp với Y" / "X; phối hợp Y"
            if roles is not None:
                block.lead = roles.lead
                if roles.coord:
                    block.coord = (block.coord + "; " if block.coord else "") + roles.coord
                if roles.time and block.time is None:
                    block.time, block.time_in_sentence = roles.time, True
                return
        if kind == "time" and block.time_in_sentence and block.time and not periods.waits_in_sentence(block.time):
            # "Thanh tra Sở chủ trì … giải thích pháp luật khi tiếp công dân. Thời gian: thường xuyên."
            block.time, block.time_in_sentence = value, False
            return
        previous = getattr(block, kind)
        setattr(block, kind, f"{previous}; {value}" if previous else value)

    # tables ------------------------------------------------------------------------------
    @staticmethod
    def _columns(header: list[str]) -> dict[str, int]:
        """Which column holds what, from the header's wording, whatever the columns' order."""
        cols: dict[str, int] = {}
        for i, cell in enumerate(header):
            k = key(cell)
            kind = _column_kind(k)
            ends = re.search(r"ket thuc|den ngay|hoan thanh", k) is not None
            if "time" in cols and ends and (kind == "time" or kind is None and cols["time"] == i - 1):
                # "Thời gian: Bắt đầu | Kết thúc" (or "Hoàn thành" alone beside it under a merged "Thời
                # gian"): the end is the deadline; the start says when only if the end is empty
                cols["start"], cols["time"] = cols["time"], i
            elif kind is not None and kind not in cols:
                cols[kind] = i
        if "title" not in cols and "title2" in cols:
            cols["title"] = cols["title2"]  # "Hình thức", "Chủ đề" name the task only without "Nội dung"
        cols.pop("title2", None)
        return cols

    def _header_rows(self, table: Table) -> tuple[dict[str, int], int]:
        cols, start = self._worded_header(table)
        if ("title" not in cols or "lead" not in cols) and self.guess:
            guessed = _guess_columns(table)
            if guessed is not None:
                return guessed
        return cols, start

    def _worded_header(self, table: Table) -> tuple[dict[str, int], int]:
        if not table.rows:
            return {}, 0
        top = [c.strip() for c in table.rows[0] if c.strip()]
        if len(table.rows) > 2 and (len(set(top)) == 1 or all(re.fullmatch(r"\(?\d{1,2}\)?", c) for c in top)):
            below = self._columns(table.rows[1])  # a title row merged over the header ("BẢNG PHÂN CÔNG …")
            if "title" in below and "lead" in below:
                cols, start = self._worded_header(Table(table.rows[1:], soft=table.soft))
                return cols, start + 1
        cols = self._columns(table.rows[0])
        start = 1
        if len(table.rows) > 1:
            second = table.rows[1]
            k2 = [key(c) for c in second]
            # sub-headers are short: "Chủ trì", "Đơn vị phối hợp thực hiện", "Cơ quan, đơn vị chủ trì"
            short = all(len(c.split()) <= 6 for c in k2) and not re.fullmatch(
                r"[\dIVX.]+", second[0].strip() or "-"
            )
            if short and any(re.search(r"chu tri|phoi hop|bat dau|ket thuc|tu ngay|den ngay", c) for c in k2):
                merged = [
                    f"{a} {b}" if a != b else a
                    for a, b in zip(
                        table.rows[0], second + [""] * (len(table.rows[0]) - len(second)), strict=False
                    )
                ]
                cols = self._columns(merged)
                start = 2
        while start < len(table.rows) and all(
            re.fullmatch(r"\(?\d{1,2}\)?", c.strip()) or not c.strip() for c in table.rows[start]
        ):
            start += 1
        return cols, start

    def _is_task_table(self, table: Table) -> bool:
        cols, _start = self._header_rows(table)
        return "title" in cols and "lead" in cols

    def _table(self, table: Table, parent: Node) -> None:
        cols, start = self._header_rows(table)

        def cell(row: list[str], name: str) -> str:
            i = cols.get(name)
            return row[i].strip() if i is not None and i < len(row) else ""

        stack: list[Node] = [parent]
        unit_cols = {cols[k] for k in ("lead", "coord") if k in cols}
        capacity = {
            i: max(
                (
                    len(squash(line))
                    for row in table.rows[start:]
                    if i < len(row)
                    for line in row[i].split("\n")
                ),
                default=0,
            )
            for i in unit_cols
        }
        notes = _notes_column(table.rows[:start], cols)
        last_lead = ""  # a PDF prints a lead cell merged over several rows once, in its first row
        waiting: list[Node] = []  # … or in its middle row: the rows above it wait for it
        for row in table.rows[start:]:
            if not any(c.strip() for c in row):
                continue
            if table.soft:  # a PDF cell's line breaks are only its width, except between unit names
                row = _owner_line_joined(row, cols.get("lead"), cols.get("coord"))
                row = [
                    unwrap_cell(c, capacity[i])
                    if i in unit_cols
                    else _unwrap_title(c)
                    if i == cols.get("title")
                    else squash(c)
                    for i, c in enumerate(row)
                ]
            else:  # a Word cell's line breaks are its writer's
                row = [_written_unit_lines(c) if i in unit_cols else c for i, c in enumerate(row)]
            distinct = {c.strip() for c in row if c.strip()}
            code = cell(row, "code")
            title_cell = cell(row, "title")
            lead = cell(row, "lead")
            if len(distinct) == 1 and len(row) > 2:  # a merged group row "I. Công tác tuyên truyền"
                only = next(iter(distinct))
                _b, num, rest = _strip_numbering(only)
                m = _ROMAN.match(only) or _UPPER_GROUP.match(only)
                code, title_cell, lead = (
                    (m.group(1), only[m.end(1) :].lstrip(" .):/–-").strip(), "") if m else (num, rest, "")
                )
            if not title_cell:
                continue
            if not code.strip():  # no number column, the number in the content cell: "1. Tổ chức …" | "Quý II"
                first, _nl, more = title_cell.partition("\n")
                bullet, num, rest = _strip_numbering(first.strip())
                if num and rest and not bullet:
                    code, title_cell = num, f"{rest}{_nl}{more}"
            code = code.strip().rstrip(".")
            if re.fullmatch(r"[A-H]", code):  # "A", "B": groups above the Roman or numbered rows
                level = 0.5
            elif re.fullmatch(r"[IVX]+", code):
                level = 1.0
            elif re.fullmatch(r"\d+(?:\.\d+)*", code):
                level = 2.0 + code.count(".")
            elif re.fullmatch(r"[a-zđ]", code):
                level = 8
            else:
                level = 9
            while stack[-1] is not parent and stack[-1].level >= level:
                stack.pop()
            owner = stack[-1]
            title, body = _first_sentence(_BULLET.sub("", title_cell.split("\n")[0]))  # "- Tuyên truyền …"
            node = Node(label=code, level=level, heading=title, parent=owner)
            node.content = [line for line in [body, *title_cell.split("\n")[1:]] if line.strip()]
            coord = cell(row, "coord")
            time_cell = cell(row, "time") or cell(row, "start")  # "Khi có …" | "": an event, no end date
            time_cell = _BROKEN_YEAR.sub(  # "25/11/202\n6": the four digits of one year
                lambda m: m.group(1) + m.group(2) if re.fullmatch(r"(?:19|20)\d\d", m.group(1) + m.group(2)) else m.group(0),
                time_cell,
            )
            bracket = _CELL_COORD_BRACKET.search(lead)
            if bracket is not None and lead[: bracket.start()].strip():  # "Sở A\n(phối hợp: Sở B, Sở C)"
                coord = "; ".join(c for c in (bracket.group("coord").strip(" ;,."), coord) if c)
                lead = lead[: bracket.start()].strip(" ;,\n")
            unbulleted = re.sub(r"(?m)^\s*[-+•*–]\s*", "", lead)  # "- Chủ trì: X" / "- Phối hợp: Y"
            labelled = _labels(squash(unbulleted.replace("\n", "; "))) if lead else []
            if any(kind in ("lead", "coord") for kind, _v in labelled):  # "Chủ trì: X. Phối hợp: Y"
                parts: dict[str, list[str]] = {}
                for kind, value in labelled:
                    parts.setdefault(kind, []).append(value)
                lead = "; ".join(parts.get("lead", []))
                coord = "; ".join([*parts.get("coord", []), *([coord] if coord else [])])
                time_cell = time_cell or "; ".join(parts.get("time", []))
            split = (_roles(lead) or _lead_and_others(lead)) if lead else None
            if split is not None:  # "X chủ trì, phối hợp với Y" / "X chủ trì; Y phối hợp" in the lead cell
                lead, coord = split.lead, "; ".join(c for c in (split.coord, coord) if c)
            if split is not None and split.time and not time_cell:
                time_cell = split.time
            said = _TRAILING_BRACKET.search(title_cell.split("\n")[0]) if not time_cell else None
            if said is not None and _BRACKET_TIME.match(said.group(1).strip()):
                time_cell = said.group(1).strip(" .;")  # "- Tổ chức phổ biến Nghị định … (Quý I/2026)." in the task cell
            noted = _noted_coord(row[notes]) if notes is not None and notes < len(row) and lead else None
            if noted:  # a notes cell "Phối hợp Đoàn Thanh niên": the row's coordinating units
                coord = "; ".join(c for c in (coord, noted) if c)
            duties = _cell_duties(title_cell, lead, coord, level) if lead and "time" not in cols else []
            if duties:  # "Phòng A" | "- Task 1 (Quý I/2026).\n- Phối hợp Phòng B tập huấn … (tháng 4/2026)."
                for duty in duties:
                    duty.parent = owner
                owner.children.extend(duties)
                continue
            numbered = bool(re.fullmatch(r"\d+(?:\.\d+)*", code))
            waits = False
            if table.soft and "lead" in cols:
                if lead:
                    last_lead = lead
                    for earlier in waiting:  # a merged cell centred on its rows prints in a later row
                        if earlier.table_row is not None:
                            earlier.table_row.lead = lead
                    waiting = []
                elif last_lead and (coord or time_cell) and numbered:
                    lead = last_lead  # an empty lead cell under a merged one: the same unit leads
                elif time_cell and numbered:
                    waits = True  # (a row with a time has its assignment whether or not a lead comes)
                if not (coord or time_cell or lead):
                    last_lead, waiting = "", []  # a group row ends the merge
            if lead or time_cell:
                node.table_row = Assignment(
                    lead=lead or None,
                    coord=coord or None,
                    time=time_cell or None,
                    products=cell(row, "products") or None,
                )
                if waits:
                    waiting.append(node)
            owner.children.append(node)
            stack.append(node)


# the coordinating units in brackets after the lead in a unit cell: "Sở A (phối hợp: Sở B)", "Sở A (phối hợp với Sở B)"
_CELL_COORD_BRACKET = re.compile(
    r"\(\s*(?:(?:đơn vị|cơ quan)\s+)?phối hợp(?:\s+với|\s*:)?\s*(?P<coord>[^()]+)\)\s*\.?$", re.IGNORECASE
)
# A year broken by a narrow cell's line end, after a date's slash: "25/11/202" / "6" (the lines joined by a space)
_BROKEN_YEAR = re.compile(r"(?<=/)(\d{1,3})\s+(\d{1,3})\b")
_CELL_ITEM = re.compile(r"^[-+•]\s+\S+(?:\s+\S+){0,3}\s*:")


def _written_unit_lines(cell: str) -> str:
    """A Word cell of units, one a line ("Văn phòng Sở" / "Thanh tra Sở" / "các đơn vị liên quan"): the writer
    broke the lines, so a line starting like a unit's name starts the next unit, even after a line that ends
    like a name cut short ("… Sở", "Văn phòng"), which only a PDF's wrapping makes. Cells with marks, labels or
    brackets are left as they are (read line by line elsewhere)."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if len(lines) < 2 or any(_BULLET.match(line) or ":" in line or "(" in line for line in lines):
        return cell
    out = [lines[0]]
    for line in lines[1:]:
        # (or like staff named in lower case: "giáo viên chủ nhiệm", "cha mẹ học sinh")
        starts = re.match(_NEXT_UNIT, line) or (line[:1].islower() and looks_like_unit(line))
        if starts and not out[-1].endswith((",", ";", " và", "-", "–")):
            out[-1] = f"{out[-1]}; {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _unwrap_title(text: str) -> str:
    """A PDF title cell: its lines joined, except before a bulleted detail ("- Đối tượng: …")."""
    out: list[str] = []
    for line in (squash(line) for line in text.splitlines()):
        if not line:
            continue
        if out and not (_CELL_ITEM.match(line) or out[-1].endswith((".", ":", ";"))):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def _flatten(table: Table) -> list[Para]:
    out: list[Para] = []
    for row in table.rows:
        previous = None
        for cell in row:
            if cell == previous:
                continue
            previous = cell
            out.extend(Para(line.strip()) for line in cell.split("\n") if line.strip())
    return out


# --- assembling the answer -------------------------------------------------------------------


def _assigns(node: Node) -> bool:
    """Does any task under ``node`` have a lead unit (an assignment block or a table row)?"""
    for child in node.children:
        if any(block.lead for block in child.blocks) or (child.table_row and child.table_row.lead):
            return True
        if _assigns(child):
            return True
    return False


# "1. Sở Tư pháp có trách nhiệm:" / "2. UBND các xã chịu trách nhiệm thực hiện các nhiệm vụ sau:" over items
# naming only the work: each item is a task of that unit
_DUTY_LIST = re.compile(
    r"^(?P<lead>[^;:]+?)\s+(?:có|chịu)\s+trách nhiệm(?:\s+(?:thực hiện|triển khai))?"
    r"(?:\s+(?:các|những)\s+nhiệm vụ(?:\s+(?:sau|sau đây|cụ thể))?)?\s*:$"
)


def _duty_lists(node: Node) -> None:
    """The items under a heading naming a unit's duties ("1. Sở A có trách nhiệm:" / "a) Chủ trì, phối hợp
    với B …", "b) Hướng dẫn …") are that unit's tasks: it leads each item with no unit of its own, and the
    item's sentence read after its name gives the coordinating units and the time."""
    for child in node.children:
        _duty_lists(child)
    duty = _DUTY_LIST.match(squash(node.heading))
    if duty is None or any(b.lead for b in node.blocks) or not _unit_ok(duty.group("lead"), words=14):
        return
    lead = duty.group("lead").strip()
    for child in node.children:
        heading = squash(child.heading)
        if (
            not heading
            or child.children
            or child.table_row is not None
            or any(b.lead for b in child.blocks)
            or _is_unit(" ".join(heading.split()[:4]))
        ):
            continue
        roles = _block_roles(f"{lead} {heading[:1].lower()}{heading[1:]}")
        if roles is None or roles.lead != lead:
            roles = Roles(lead=lead, coord=None, time=None)
        block = child.blocks[0] if child.blocks else Assignment()
        block.lead = lead
        block.coord = block.coord or roles.coord
        block.time = block.time or roles.time or child.heading_time
        child.blocks = [block, *child.blocks[1:]]


def _own_item(node: Node) -> bool:
    """Is ``node`` a dash item that is a task of its own: a title with its own label lines, or a dash line saying
    its work, then its own assignment ("+ Tổ chức hội nghị …: X chủ trì; Y phối hợp")?"""
    if node.labelled:
        return True
    heading = squash(node.heading)
    # (not a block opening with its unit, "- Phòng Tư pháp chủ trì …": the assignment of the heading above)
    return (
        node.bullet
        and not node.children
        and any(b.lead for b in node.blocks)
        and not _is_unit(" ".join(_BLOCK_GIVE.sub("", heading).split()[:4]))
    )


def _fold_lone_bullets(node: Node, grouped: bool = False) -> None:
    """A heading with no assignment of its own over one assigned dash item is that item's task:
    "1. Tuyên truyền …" / "- Tổ chức hội nghị … (Sở A chủ trì)" is task 1, led by Sở A. Not where the headings
    beside it, numbered the same way, group several dash titles each with its own label lines, as its one item is
    (``grouped``): it is a group like them, and its item a task ("3. Nâng cao năng lực" / "- Tập huấn …" / "+ Chủ
    trì: X" after "1." and "2." holding three such titles each); nor where most of those headings hold several dash
    items each carrying its own assignment ("3. Đối với học sinh" / "+ Tổ chức …: X chủ trì" among audiences of
    two such items each). Nor where the item says its work in a sentence of
    its own and its assignment in a later one ("2. Hòa giải ở cơ sở" / "- Kiện toàn các tổ …. Giao X chủ trì …"): the
    heading, without a lead of its own, is the group of that task (issue 4)."""
    kinds = {(c.named, c.level) for c in node.children if sum(1 for g in c.children if g.labelled) > 1}
    # most headings numbered like it hold several dash items, each assigned ("1. Đối với …" / "+ …: X chủ trì" twice)
    several = Counter((c.named, c.level) for c in node.children if sum(1 for g in c.children if _own_item(g)) > 1)
    held = Counter((c.named, c.level) for c in node.children if c.children)
    for child in node.children:
        kind = (child.named, child.level)
        _fold_lone_bullets(
            child,
            (kind in kinds and all(g.labelled for g in child.children))
            or (2 * several[kind] > held[kind] and all(_own_item(g) for g in child.children)),
        )
    if grouped or node.level == 0 or node.bullet or node.table_row is not None or any(b.lead for b in node.blocks):
        return
    if len(node.children) == 1 and node.children[0].bullet and not node.children[0].children and not node.children[0].whole:
        only = node.children[0]
        if only.worded and any(b.lead for b in only.blocks):
            return  # "2. Hòa giải ở cơ sở" / "- Kiện toàn các tổ hòa giải …. Giao X chủ trì …": the item is the task
        node.content.append(only.heading)
        node.content.extend(only.content)
        node.pending.extend(only.pending)
        node.blocks = [*node.blocks, *only.blocks]
        node.children = []


def _assign_codes(node: Node, prefix: str = "") -> None:
    counter = 0
    for child in node.children:
        counter += 1
        label = child.label or str(counter)
        if re.fullmatch(r"\d+(?:\.\d+)+", label) or not prefix:
            child.code = label
        else:
            child.code = f"{prefix}.{label}"
        _assign_codes(child, child.code)


def _emit(node: Node, parent_code: str | None, year: int | None, out: list[dict[str, Any]]) -> list[dt.date]:
    """Append ``node``'s tasks to ``out``; return their deadlines (for a group's own deadline)."""
    heading = squash(node.heading)
    title, rest = _first_sentence(heading)
    if len(title.split()) > 60:
        title = " ".join(title.split()[:60])
    content = [rest] if rest else []
    blocks = list(node.blocks)
    if node.table_row is not None:
        blocks = [node.table_row]
    real = [b for b in blocks if b.lead or b.coord or b.time]
    own: dict[str, Any] | None = None
    deadlines: list[dt.date] = []
    children_deadlines: list[dt.date] = []
    titled = sum(1 for b in real if b.title and b.lead) > 1  # an item holding several led paragraphs
    if len(real) == 1 or (len(real) > 1 and not any(b.intro for b in real[1:]) and not titled):
        block = _merge(real)
        if block.time is None and node.heading_time:  # "Tổ chức hội thi (tháng 10/2026)" / "Chủ trì: X"
            block.time = node.heading_time
        elif node.heading_time and periods.on_request(node.heading_time) and not periods.on_request(block.time):
            block.time = f"{node.heading_time}; {block.time}"  # "c) Khi có yêu cầu …, cử …" / "thời gian: Quý IV"
        own = _task(
            node.code,
            parent_code,
            _clean_title(title),
            [*content, *node.content, *block.intro, *node.pending],
            block,
            year,
        )
        out.append(own)
        if own["deadline"]:
            deadlines.append(dt.date.fromisoformat(own["deadline"]))
    elif len(real) > 1:
        own = _task(
            node.code,
            parent_code,
            _clean_title(title),
            [*content, *node.content, *node.pending],
            Assignment(),
            year,
        )
        own["is_group"] = True
        out.append(own)
        for i, block in enumerate(real, start=1):
            intro = [re.sub(r"^[-+•*–]\s*", "", line) for line in block.intro]
            if titled and block.title:
                sub_title = block.title
            else:
                sub_title, _rest = _first_sentence(intro[0]) if intro else (f"{title} ({i})", "")
            child = _task(f"{node.code}.{i}", node.code, _clean_title(sub_title), intro, block, year)
            out.append(child)
            if child["deadline"]:
                children_deadlines.append(dt.date.fromisoformat(child["deadline"]))
    elif node.children:
        own = _task(
            node.code,
            parent_code,
            _clean_title(title),
            [*content, *node.content, *node.pending],
            Assignment(),
            year,
        )
        own["is_group"] = True
        out.append(own)
    else:
        own = _task(
            node.code,
            parent_code,
            _clean_title(title),
            [*content, *node.content, *node.pending],
            Assignment(time=node.heading_time),
            year,
        )
        out.append(own)
    for sub in node.children:
        sub.heading_time = sub.heading_time or node.heading_time  # "4. Hoạt động cao điểm (tháng 11/2026)"
        children_deadlines.extend(_emit(sub, node.code, year, out))
    if own.get("is_group"):
        own["deadline"] = max(children_deadlines).isoformat() if children_deadlines else own["deadline"]
    return deadlines + children_deadlines


def _merge(blocks: list[Assignment]) -> Assignment:
    merged = Assignment(intro=[line for b in blocks for line in b.intro])
    for kind in ("lead", "coord", "time", "products"):
        values = [getattr(b, kind) for b in blocks if getattr(b, kind)]
        setattr(merged, kind, "; ".join(values) if values else None)
    return merged


# A task with no timeframe whose title says it is done when asked: "góp ý dự thảo theo đề nghị của cơ quan …",
# or when someone else's text comes out: "sửa đổi quy chế khi Tổng công ty ban hành hướng dẫn mới"
_ASKED_WORK = re.compile(
    r"\b(?:theo|khi có)\s+(?:đề nghị|yêu cầu)\b"
    r"|\b(?:sau\s+)?khi\s+[^,;.:()]{1,40}?\s(?:(?:được\s+)?ban hành|(?:được\s+)?thông qua|có hiệu lực)\b",
    re.IGNORECASE,
)


def _owner_line_joined(row: list[str], lead: int | None, coord: int | None) -> list[str]:
    """A PDF row whose lead cell and coordinating cell both end in the same line after a break ("Đoàn Thanh
    niên" / "Công an tỉnh" and "Phòng Cảnh sát giao thông" / "Công an tỉnh"): no unit leads and helps the same
    task, so that line is the owner both names were wrapped before, and joins each."""
    if lead is None or coord is None or max(lead, coord) >= len(row):
        return row
    lead_lines = [squash(line) for line in row[lead].split("\n") if line.strip()]
    coord_lines = [squash(line) for line in row[coord].split("\n") if line.strip()]
    if len(lead_lines) < 2 or len(coord_lines) < 2 or lead_lines[-1] != coord_lines[-1]:
        return row
    if not looks_like_unit(lead_lines[-1]) or lead_lines[-2].endswith((",", ";")) or coord_lines[-2].endswith((",", ";")):
        return row
    out = list(row)
    for i, lines in ((lead, lead_lines), (coord, coord_lines)):
        out[i] = "\n".join([*lines[:-2], f"{lines[-2]} {lines[-1]}"])
    return out


# a task titled by the work done with a partner: "Phối hợp với Hội X tổ chức …" (its lead named elsewhere)
_TITLE_WITH = re.compile(r"^phối hợp(?:\s+chặt chẽ)?\s+(?:với|cùng)\s+" + _COORD_TAIL, re.IGNORECASE)


def _task(
    code: str, parent_code: str | None, title: str, content: list[str], block: Assignment, year: int | None
) -> dict[str, Any]:
    timeframe = _clean_value(block.time)
    due = periods.deadline(timeframe, year)
    coord = block.coord
    partner = _TITLE_WITH.match(title) if block.lead and not coord else None
    if partner is not None and _unit_ok(partner.group("coord")) and partner.group("tail").strip():
        coord = partner.group("coord")  # the partner in the title helps the lead named by a label or below it
    return {
        "code": code,
        "parent_code": parent_code,
        "title": title,
        "content": squash(" ".join(c for c in content if c)),
        "lead_units": split_units(block.lead),
        "coordinating_units": split_units(coord),
        "timeframe": timeframe,
        "deadline": due.isoformat() if due else None,
        "on_request": any(periods.on_request(t) for t in (block.time, block.lead, block.coord))
        or (timeframe is None and bool(_ASKED_WORK.search(title))),
        "products": _products(block.products),
        "is_group": False,
    }


def _text_items(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    for block in blocks:
        paras = _flatten(block) if isinstance(block, Table) else [block]
        for para in paras:
            text = squash(re.sub(r"[*#]", "", para.text))
            if text:
                out.append(text)
    return out


def _purposes(blocks: list[Block]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"purposes": [], "requirements": [], "audience": []}
    current = "purposes"
    for text in _text_items(blocks):
        _bullet, label, rest = _strip_numbering(text)
        k = key(rest)
        if label and k in ("muc dich", "muc tieu", "muc dich yeu cau"):
            current = "purposes"
            continue
        if label and k.startswith("yeu cau"):
            current = "requirements"
            continue
        if label and k.startswith("doi tuong"):
            current = "audience"
            continue
        found[current].append(rest)
    return found


# "Trong tháng 3/2026, tổ chức …; Ban A chủ trì, Ban B phối hợp.": a sentence opening with its time
_OPENING_TIME = re.compile(r"^(?P<time>[^,;:()]{2,70}?),\s*(?=\S)")


def _time_first(text: str) -> tuple[str, Roles] | None:
    """(title, roles) of a sentence that opens with its time, then says the work and ends with its
    assignment after a semicolon: "Quý III/2026, tổ chức tọa đàm …; Ban A chủ trì, Ban B phối hợp." The
    title is the sentence up to the assignment, time included, as written."""
    m = _OPENING_TIME.match(text.strip())
    if m is None or len(m.group("time").split()) > 12 or not _TIME_ALONE.match(m.group("time")):
        return None
    parts = text.strip().split(";")
    for j in range(1, len(parts)):
        roles = _roles(";".join(parts[j:]).strip())
        if roles is None or not roles.lead:
            continue
        title = ";".join(parts[:j]).strip(" ,;")
        if len(title[m.end() :].split()) < 2:
            return None
        return title, Roles(lead=roles.lead, coord=roles.coord, time=roles.time or m.group("time").strip())
    return None


# --- per-unit assignment lists ------------------------------------------------------------------
# "III. PHÂN CÔNG NHIỆM VỤ" / "1. Văn phòng Sở:" / "- Task … (Quý II/2026)": each unit a heading, its tasks
# dash or plus lines under it. A heading naming a unit or a person: numbered ("1.", "a)", "II.") and written
# with a colon, in bold or in capitals; no verb of its own.
_PERSON_ANY_CASE = re.compile(_PERSON.pattern, re.IGNORECASE)
_DUTY_HEADING_WORDS = re.compile(
    r"\b(?:chủ trì|phối hợp|thực hiện|tổ chức|triển khai|tuyên truyền|phổ biến|nhiệm vụ|nội dung|hoạt động|"
    r"kinh phí|báo cáo|mục đích|yêu cầu)\b"
)
# the time of a duty line given as a label: "… Thời hạn: trong tháng 02/2026."
_DUTY_TIME_LABEL = re.compile(
    r"(?:^|[.;,]\s*)(?:thời hạn|thời gian(?:\s+thực hiện)?|tiến độ|hạn hoàn thành)\s*:\s*(?P<time>[^;]+?)\s*[.;]?\s*$",
    re.IGNORECASE,
)


# (not after "các"/"những": "phối hợp với các tổ chức chính trị - xã hội vận động …" names bodies, then the work)
_UNIT_ACTION = re.compile(
    r"(?<!\scác)(?<!\snhững)(?<!^các)(?<!^những)"
    r"\s(?-i:tập huấn|tổ chức|tuyên truyền|phổ biến|xây dựng|biên soạn|cập nhật|hướng dẫn|kiểm tra|vận động)\s"
)
_PART_STARTS = ("nhiem vu", "noi dung", "hoat dong", "to chuc thuc hien", "che do", "danh muc", "phu luc")
# a heading opening with the work, not with a unit: "3. Tổ chức Cuộc thi …", "7. Báo cáo kết quả …"
_WORK_STARTS = (
    "to chuc ",
    "bao cao",
    "kiem tra",
    "tuyen truyen",
    "pho bien",
    "xay dung",
    "trien khai",
    "thuc hien",
    "so ket",
    "tong ket",
    "quan triet",
    "long ghep",
    "cap nhat",
    "huong dan",
    "bien soan",
    "ra soat",
    "hoi nghi",
    "hoi thi",
    "cuoc thi",
)


def _duty_unit(para: Para, plain: bool = False) -> str | None:
    """The unit (or person) a heading of a per-unit assignment list names, as written: "1. Văn phòng Sở:",
    "a) Phòng Đào tạo:", "II. PHÒNG NGHIỆP VỤ" (capitals), "IV. PHÓ GIÁM ĐỐC PHỤ TRÁCH NGHIỆP VỤ".
    ``plain``: the heading may go without colon, bold or capitals (a PDF's "1. Ban Kiểm tra" over dash lines)."""
    text = squash(re.sub(r"[*#]", "", para.text))
    m = _ROMAN.match(text)
    if m is not None:
        rest = text[m.end() :]
    else:
        bullet, label, rest = _strip_numbering(text)
        if bullet or not label or _NAMED_NUMBER.match(text):
            return None
    colon = rest.rstrip().endswith(":")
    name = rest.strip().rstrip(":").strip()
    # "3. Đề nghị Ủy ban MTTQ xã" (a body the plan asks, not orders), "2. Giao Công an xã": the unit asked
    name = re.sub(r"^(?:kính\s+)?(?:giao cho|giao|đề nghị)\s+(?=(?-i:[A-ZĐÀ-Ỹ]))", "", name, flags=re.IGNORECASE)
    # several units in one heading ("4. Hội A xã, Đoàn B xã, Hội C xã"): each within the length of a name
    long = len(name.split()) > 14 and not _each_short(name, 14)
    if not name or long or not (colon or para.bold or name.isupper() or plain):
        return None
    titled = " ".join(w[:1].upper() + w[1:].lower() for w in name.split())
    if _Reader._kind(name) != "other" or key(name).startswith(_PART_STARTS + _WORK_STARTS):
        return None  # "IV. TỔ CHỨC THỰC HIỆN", "II. CÁC NHIỆM VỤ TRỌNG TÂM": a part of the plan
    if re.search(r"[.;]$", name) or _DUTY_HEADING_WORDS.search(titled if name.isupper() else name):
        return None  # a verb in lower case: "1. Phòng A chủ trì …" is an item, "Phòng Tổ chức cán bộ" a unit
    probe = name[:1] + name[1:].lower() if name.isupper() else name
    if _PERSON_ANY_CASE.match(probe) or _unit_ok(probe, words=14):
        # in capitals a name's commas read as a list ("CÁC CHI NHÁNH SỐ 1, SỐ 2"): as written in words
        # with capitals, unless it lists as many units so
        if not name.isupper() or len(split_units(name)) == len(split_units(probe)):
            return name
        return titled if len(split_units(titled)) == len(split_units(probe)) else probe
    return None


# "…; Y phối hợp <its part of the work>" in a duty line: Y coordinates
_DUTY_JOINS = re.compile(r"[;,]\s*(?P<coord>[^;:.,]+?)\s+(?:cùng\s+)?(?-i:phối hợp)\b(?!\s+(?:với|cùng)\b)")


def _duty_task(text: str) -> tuple[str, str, str | None] | None:
    """(title, time, coordinating units) of a duty line with a time of its own: "Title … (Quý II/2026)",
    "Title …. Thời hạn: tháng 10/2026", "Title …, hoàn thành trước ngày 31/7/2026", "… thường xuyên";
    None for a standing duty with no time ("Theo dõi, đôn đốc, tổng hợp báo cáo")."""
    text = text.strip()
    time: str | None = None
    body = text
    bracket = _TRAILING_BRACKET.search(text)
    label = _DUTY_TIME_LABEL.search(text)
    if bracket is not None and text[: bracket.start()].strip() and _TIME_START.search(bracket.group(1)):
        time, body = bracket.group(1).strip(" .;"), text[: bracket.start()]
    elif label is not None and text[: label.start()].strip():
        time, body = label.group("time").strip(" .;"), text[: label.start()]
    else:
        found = [m for m in _TIME_START.finditer(text) if m.start() >= 12]
        if found:
            time, body = text[found[-1].start() :].strip(" .;"), text[: found[-1].start()]
            for m in found[:-1]:  # "… hoàn thành trước ngày …": the whole last clause
                clause = text[m.start() :]
                if not re.search(r"[,;.]", clause[:-1]):
                    time, body = clause.strip(" .;"), text[: m.start()]
                    break
    if time is None or len(body.split()) < 2:
        return None
    coord = _BLOCK_WITH.search(body)
    units = coord.group("coord").strip(" ,;.") if coord else None
    joins = _DUTY_JOINS.search(body) if not _unit_ok(units, words=40) else None
    if joins is not None and _unit_ok(joins.group("coord"), words=40):
        units = joins.group("coord").strip()  # "Title …; Phòng B phối hợp cung cấp nội dung": Phòng B helps
    for action in _UNIT_ACTION.finditer(units or ""):  # "phối hợp Phòng B tập huấn …": the work after the unit
        if units and _unit_ok(units[: action.start()].strip(), words=40):
            units = units[: action.start()].strip()
            break
    title, _rest = _first_sentence(body.strip(" ,;.:"))
    return title.strip(" ,;.:"), time, (units if units and _unit_ok(units, words=40) else None)


def _notes_column(header: list[list[str]], cols: dict[str, int]) -> int | None:
    """The index of a task table's notes column ("Ghi chú"), if it has one the columns read do not use."""
    for row in header:
        for i, text in enumerate(row):
            if key(text).startswith("ghi chu") and i not in cols.values():
                return i
    return None


def _noted_coord(note: str) -> str | None:
    """The units a notes cell names as coordinating: "Phối hợp Đoàn Thanh niên", "Phối hợp với Công an xã"."""
    m = re.match(r"^\s*(?:có\s+sự\s+)?phối hợp(?:\s+với|\s+cùng|\s*:)?\s+(?P<units>[^.;]+?)\s*[.;]?\s*$", note,
                 re.IGNORECASE)
    if m is None or not _unit_ok(m.group("units"), words=40):
        return None
    return m.group("units")


def _cell_duties(cell: str, lead: str, coord: str, level: float) -> list[Node]:
    """A table row naming a unit whose task cell lists its work in dash lines, each with a time of its own
    ("- Tổ chức … (Quý I/2026).", "- Phối hợp Phòng B tập huấn … (hằng quý)."): one task per line, led by the
    row's unit ("phối hợp X" in the line: its coordinating units). Any line without its own time: []."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    if not lines or not all(_BULLET.match(line) for line in lines):
        return []
    out: list[Node] = []
    for line in lines:
        text = _BULLET.sub("", line)
        duty = _duty_task(text)
        if duty is None or _roles(text) is not None:
            return []
        title, time, own_coord = duty
        node = Node(label="", level=level, heading=title)
        node.content.append(text)
        node.table_row = Assignment(lead=lead, coord=own_coord or coord or None, time=time)
        out.append(node)
    return out


def _unit_duties(blocks: list[Block], plain: bool = True) -> list[Node]:
    """Tasks of a part that assigns the work unit by unit: under each heading naming a unit, each dash or
    plus line with a time of its own is a task the unit leads ("phối hợp với Y" in the line: its
    coordinating units); a plain paragraph right under the heading is its only duty. A line with no time is
    a standing duty (the organisation section's responsibilities), not a task. None found: [].
    ``plain``: a heading in plain type over dash lines names a unit too (not in a bare "TỔ CHỨC THỰC HIỆN"
    part, whose plain numbered lines are read as the units' responsibilities)."""
    lines: list[tuple[str, str]] = []  # (unit, duty line)
    unit: str | None = None
    dashes = False
    headings = others = 0
    texts = [squash(b.text) if isinstance(b, Para) else "" for b in blocks]
    for i, block in enumerate(blocks):
        if isinstance(block, Table):
            unit = None
            continue
        text = squash(block.text)
        if not text:
            continue
        # a numbered heading in plain type (a PDF's text layer has no bold) names a unit when dash lines follow
        after = next((t for t in texts[i + 1 :] if t), "")
        name = _duty_unit(block, plain=plain and bool(_BULLET.match(after)))
        if name is not None:
            unit, dashes = name, False
            headings += 1
            continue
        bullet = _BULLET.match(text)
        if bullet is None and _strip_numbering(text)[1]:
            others += 1  # a numbered item naming work: the part is not written unit by unit
        if unit is None:
            continue
        if bullet is None and dashes and lines and lines[-1][0] == unit and _DUTY_TIME_LABEL.match(text):
            lines[-1] = (unit, f"{lines[-1][1]} {text}")  # "- Title …." / "Thời hạn: …" broken in a PDF
            continue
        if _labels(_BULLET.sub("", text)):
            unit = None  # "+ Đơn vị chủ trì: X" / "+ Thời gian: …": the labels of an item, not duties
            continue
        if bullet is None and (dashes or _strip_numbering(text)[1]):
            unit = None  # a paragraph after the unit's dash lines: the list is over
            continue
        dashes = dashes or bullet is not None
        lines.append((unit, _BULLET.sub("", text)))
    out: list[Node] = []
    for lead, line in lines:
        if _roles(line) is not None:
            continue  # the line names a lead of its own: not the heading unit's
        duty = _duty_task(line)
        if duty is None:
            continue
        title, time, coord = duty
        node = Node(label="", level=5, heading=title)
        node.content.append(line)
        node.blocks.append(Assignment(lead=lead, coord=coord, time=time))
        out.append(node)
    return out if headings >= 2 and headings > others and out else []


_RESP_VERB = re.compile(
    r"^(?P<unit>.+?)\s+(?:chủ trì|có trách nhiệm|chịu trách nhiệm|tham mưu|phối hợp|là cơ quan|"
    r"thường trực|căn cứ|theo chức năng|tổ chức|hướng dẫn|triển khai)\b"
)


def _responsibilities(blocks: list[Block]) -> tuple[list[dict[str, Any]], str]:
    resp: list[dict[str, Any]] = []
    budget: list[str] = []
    unit: str | None = None
    in_budget = False
    for text in _text_items(blocks):
        bullet, label, rest = _strip_numbering(text)
        k = key(rest)
        if (label or not bullet) and k.startswith("kinh phi") and len(k.split()) <= 6:
            in_budget = True
            continue
        if in_budget:
            if label and not k.startswith("kinh phi") and len(rest.split()) <= 12:
                in_budget = False
            else:
                budget.append(rest)
                continue
        if label and len(rest.split()) <= 14 and not rest.endswith("."):
            name = re.sub(r"^(?:Giao|Trách nhiệm của|Đối với)\s+", "", rest, flags=re.IGNORECASE)
            name = name.rstrip(":").strip()
            unit = clean_name(name) if looks_like_unit(name) else None
            if unit or k.startswith(("phan cong", "trach nhiem")):
                continue
        who = unit
        m = _RESP_VERB.match(rest)
        if bullet and m and looks_like_unit(m.group("unit")):
            who = clean_name(m.group("unit"))
        resp.append({"unit": who, "text": rest})
    return resp, squash(" ".join(budget))


_REPORT_DUE = re.compile(
    r"trước\s+ngày\s+(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?(?:\s*\(([^()]*)\))?", re.IGNORECASE
)


def _report_deadlines(texts: list[str], year: int | None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for text in texts:
        if "báo cáo" not in text.lower():
            continue
        for m in _REPORT_DUE.finditer(text):
            y = int(m.group(3)) if m.group(3) else year
            if y is None:
                continue
            try:
                due = dt.date(y, int(m.group(2)), int(m.group(1)))
            except ValueError:
                continue
            context = m.group(4) or text[max(0, m.start() - 80) : m.start()]
            pm = re.search(r"(\d{1,2})\s+tháng|báo cáo\s+(năm|quý)|(năm)\b", context, re.IGNORECASE)
            period = None
            if pm:
                period = f"{int(pm.group(1))} tháng" if pm.group(1) else (pm.group(2) or pm.group(3)).lower()
            out.append({"period": period, "due": due.isoformat(), "before": True, "text": squash(m.group(0))})
    return out


def _recipients_and_signer(blocks: list[Block]) -> tuple[list[str], dict[str, str | None]]:
    recipients: list[str] = []
    position: list[str] = []
    name: str | None = None
    for text in _text_items(blocks):
        if re.match(r"^(Nơi nhận|NƠI NHẬN)", text):
            rest = re.sub(r"^(Nơi nhận|NƠI NHẬN)\s*:?\s*", "", text)
            if rest:
                recipients.append(rest.lstrip("-+• ").rstrip(";.").strip())
            continue
        if _BULLET.match(text):
            recipients.append(_BULLET.sub("", text).rstrip(";.").strip())
            continue
        letters = re.sub(r"[^\wÀ-ỹ]", "", text)
        if letters and text.upper() == text and len(text.split()) <= 8:
            position.append(text)
        elif re.fullmatch(r"(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+){1,5}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*", text) and name is None:
            name = text
    return recipients, {"position": " ".join(position) or None, "name": name}


def extract(
    source: str | Path | bytes, filename: str | None = None, known_names: Iterable[str] | KnownNames | None = None
) -> dict[str, Any]:
    """The plan written in ``source`` (a path, or the file's bytes with its ``filename``), as a dict.

    ``known_names``: unit names (the unit tree's) kept whole when lists of units are split, compiled once
    for the import and seen by every split (:func:`units.using_known`)."""
    with using_known(compile_known(known_names)):
        return _extract_source(source, filename)


def _extract_source(source: str | Path | bytes, filename: str | None) -> dict[str, Any]:
    if isinstance(source, bytes):
        data = source
        name = filename or "plan.txt"
    else:
        path = Path(source)
        name = filename or path.name
        try:
            if path.stat().st_size > MAX_BYTES:
                raise PlanImportError(
                    _("Tệp quá lớn (%(size).1f MB); chỉ nhận tệp đến 20 MB.")
                    % {"size": path.stat().st_size / 1024 / 1024}
                )
            data = path.read_bytes()
        except OSError as exc:
            raise PlanImportError(_("Không mở được tệp “%(name)s”.") % {"name": str(path)}) from exc
    blocks = [
        Para(plain_bullet(b.text), b.bold, b.heading) if isinstance(b, Para) else b for b in read(data, name)
    ]
    try:
        result: dict[str, Any] | None = _extract(blocks, guess=False)
        error: PlanImportError | None = None
    except PlanImportError as exc:
        result, error = None, exc
    if (result is None or not any(t["lead_units"] for t in result["tasks"])) and any(
        isinstance(b, Table) for b in blocks
    ):
        # a plan whose task table has header words never seen: its columns guessed from their content
        try:
            guessed = _extract(blocks, guess=True)
        except PlanImportError:
            guessed = None
        if guessed is not None and any(t["lead_units"] for t in guessed["tasks"]):
            guessed["warnings"].insert(
                0,
                _(
                    "Không nhận ra tiêu đề các cột của bảng nhiệm vụ; các cột được đoán theo nội dung "
                    "(số thứ tự, thời gian, đơn vị). Hãy kiểm tra kỹ trước khi lưu."
                ),
            )
            return guessed
    if result is None:
        assert error is not None
        raise error
    return result


def _extract(blocks: list[Block], guess: bool) -> dict[str, Any]:
    probe = _Reader(blocks)
    probe.guess = guess and probe.header()["doc_type"] in ("KẾ HOẠCH", "CHƯƠNG TRÌNH")
    flat: list[Block] = []
    for block in blocks:  # letterheads and signature tables read as text; task tables stay tables
        previous = flat[-1] if flat else None
        if (
            isinstance(block, Table)
            and isinstance(previous, Table)
            and not block.soft
            and previous.rows
            and block.rows
            and len(block.rows[0]) == len(previous.rows[0])
            and probe._is_task_table(previous)
            and not probe._is_task_table(block)
        ):
            # a header written as a table of its own, the rows in the table below it
            flat[-1] = Table([*previous.rows, *block.rows], soft=previous.soft, continued=previous.continued)
            continue
        if isinstance(block, Table) and not probe._is_task_table(block):
            flat.extend(_flatten(block))
        else:
            flat.append(block)
    blocks = flat
    reader = _Reader(blocks)
    reader.guess = probe.guess
    head = reader.header()
    year = head["year"]
    sections = reader.sections()
    root = Node(label="", level=0, heading="")
    # "PHÂN CÔNG NHIỆM VỤ" / "1. Văn phòng Sở:" / "- Task (Quý II)": a part assigning the work unit by unit
    unit_duties = {
        id(part): _unit_duties(part, plain=kind != "organisation" or any(w in key(h) for w in ("phan cong", "nhiem vu")))
        for kind, h, part in sections
        if kind in ("tasks", "organisation", "other")
    }
    # "III. TUYÊN TRUYỀN TẠI CHỢ" / work / "Giao: X chủ trì …": parts that are tasks themselves
    part_tasks = {id(part): _part_task(reader, h, part) for kind, h, part in sections if kind == "other"}
    saw_tasks = (
        any(kind == "tasks" for kind, _h, _b in sections)
        or any(unit_duties.values())
        or any(part_tasks.values())
    )
    purpose_blocks: list[Block] = []
    org_blocks: list[Block] = []
    tail_blocks: list[Block] = []
    other_texts: list[str] = []
    for kind, heading, section_blocks in sections:
        if kind in ("organisation", "other") and root.children:
            # "III. PHÂN CÔNG THỰC HIỆN" / "Nhiệm vụ 1: X chủ trì; Y phối hợp": the tasks above assigned by number
            section_blocks = _refer_back(root, section_blocks)
        if unit_duties.get(id(section_blocks)):
            duties = unit_duties[id(section_blocks)]
            if duties:
                for node in duties:
                    node.parent = root
                root.children.extend(duties)
                if kind == "organisation":
                    org_blocks.extend(section_blocks)
                continue
        # without a tasks part, the tasks are in the other parts, or in a "PHÂN CÔNG …" part
        assigned = kind == "organisation" and key(_ROMAN.sub("", heading)).startswith(("phan cong", "tien do"))
        own = part_tasks.get(id(section_blocks))
        if own is not None:
            own.parent = root
            root.children.append(own)
            continue
        if kind == "tasks" or (not saw_tasks and (kind in ("other", "preamble") or assigned)):
            reader.tasks(section_blocks, root, items=kind == "tasks")
            continue
        # "III. CÔNG TÁC TUYÊN TRUYỀN" with its own assigned tasks; "III. PHÂN CÔNG THỰC HIỆN" assigning
        # the work when the tasks part assigns none
        if saw_tasks and (kind == "other" or (assigned and not _assigns(root))):
            trial = Node(label="", level=0, heading="")
            reader.tasks(section_blocks, trial)
            if _assigns(trial):
                for child in trial.children:
                    child.parent = root
                root.children.extend(trial.children)
                continue
        if kind == "purpose":
            purpose_blocks.extend(section_blocks)
        elif kind in ("organisation", "budget"):
            org_blocks.extend(section_blocks)
        elif kind == "recipients":
            tail_blocks.extend(section_blocks)
        for block in section_blocks:  # task tables in any other section or an appendix
            if isinstance(block, Table) and reader._is_task_table(block):
                reader._table(block, root)
        other_texts.extend(_text_items([b for b in section_blocks if not isinstance(b, Table)]))
    fallback = None
    if not root.children and saw_tasks and head["doc_type"] in ("KẾ HOẠCH", "CHƯƠNG TRÌNH"):
        # a plan whose tasks part has neither numbered items nor assignments: each of its dash items
        # (else each of its paragraphs) is a task, so the plan is not lost; the preview completes it
        lines = [line for line in root.pending if _BULLET.match(line)] or [
            line for line in root.pending if len(line.split()) >= 4
        ]
        for line in lines:
            root.children.append(Node(label="", level=5, heading=_BULLET.sub("", line), parent=root))
        if root.children:
            fallback = _(
                "Phần nhiệm vụ không có mục đánh số hay đơn vị chủ trì; mỗi dòng của phần này được lấy làm "
                "một nhiệm vụ. Hãy bổ sung đơn vị và thời hạn trước khi lưu."
            )
    _duty_lists(root)
    _fold_lone_bullets(root)
    _assign_codes(root)
    tasks: list[dict[str, Any]] = []
    for child in root.children:
        _emit(child, None, year, tasks)
    _dedupe_codes(tasks)
    _school_year(head["title"], tasks)
    full_text = "\n".join(
        squash(b.text) if isinstance(b, Para) else "\n".join(p.text for p in _flatten(b)) for b in blocks
    )
    own = head["number"]
    cited = [str(n) for n in docnumbers.find_all(full_text) if str(n) != own]
    leaves = [t for t in tasks if not t["is_group"]]
    with_lead = [t for t in leaves if t["lead_units"]]
    if not with_lead and head["doc_type"] not in ("KẾ HOẠCH", "CHƯƠNG TRÌNH"):
        found = head["doc_type"].lower() if head["doc_type"] else _("văn bản")
        raise PlanImportError(
            _(
                "Tài liệu này (%(kind)s) không phải là một kế hoạch: không có tiêu đề “KẾ HOẠCH” và không "
                "tìm thấy nhiệm vụ nào có đơn vị chủ trì."
            )
            % {"kind": found}
        )
    if not leaves and head["doc_type"] in ("KẾ HOẠCH", "CHƯƠNG TRÌNH"):
        # a plan that assigns its work unit by unit in its organisation part only ("1. Phòng Tư pháp" /
        # "- Chủ trì tổ chức hội nghị … trong Quý II"): each duty of a named unit is a task it leads
        for n, duty in enumerate((r for r in _responsibilities(org_blocks)[0] if r["unit"]), start=1):
            text = re.sub(r"^(?:chủ trì,?\s*|có trách nhiệm\s*|chịu trách nhiệm\s*)", "", duty["text"], flags=re.I)
            tm = _TIME_START.search(text)
            title, _rest = _first_sentence(text[: tm.start()].rstrip(" ,;") if tm and tm.start() > 10 else text)
            duty_block = Assignment(lead=duty["unit"], time=text[tm.start() :].strip(" .;") if tm else None)
            tasks.append(_task(str(n), None, _clean_title(title), [duty["text"]], duty_block, year))
        leaves = tasks
        if leaves:
            fallback = _(
                "Kế hoạch không có phần nhiệm vụ; các nhiệm vụ được lấy từ trách nhiệm của từng đơn vị ở "
                "phần tổ chức thực hiện. Hãy kiểm tra trước khi lưu."
            )
    if not leaves:
        raise PlanImportError(
            _("Không tìm thấy nhiệm vụ nào trong kế hoạch; hãy kiểm tra tệp hoặc nhập nhiệm vụ bằng tay.")
        )
    warnings = list(reader.warnings)
    if fallback:
        warnings.insert(0, fallback)
    if head["doc_type"] is None:
        warnings.append(_("Không thấy tiêu đề “KẾ HOẠCH”; tài liệu được đọc như một kế hoạch."))
    if year is None:
        warnings.append(_("Không xác định được năm của kế hoạch; hạn của nhiệm vụ để trống."))
    for task in leaves:
        if not task["lead_units"]:
            warnings.append(
                _("Nhiệm vụ %(code)s “%(title)s” chưa có đơn vị chủ trì.")
                % {"code": task["code"], "title": task["title"][:60]}
            )
    purposes = _purposes(purpose_blocks)
    responsibilities, budget = _responsibilities(org_blocks)
    recipients, signer = _recipients_and_signer(tail_blocks)
    return {
        "title": head["title"],
        "number": own,
        "place": head["place"],
        "date": head["date"].isoformat() if head["date"] else None,
        "year": year,
        "cited_numbers": cited,
        "tasks": tasks,
        "warnings": warnings,
        "purposes": purposes["purposes"],
        "requirements": purposes["requirements"],
        "audience": purposes["audience"],
        "responsibilities": responsibilities,
        "budget": budget,
        "report_deadlines": _report_deadlines(other_texts, year),
        "recipients": recipients,
        "signer": signer,
    }


def _part_task(reader: _Reader, heading: str, blocks: list[Block]) -> Node | None:
    """A Roman-numbered part that is itself a task ("III. TUYÊN TRUYỀN TẠI CHỢ" / its work / "Giao: X chủ trì
    …" / "Tiến độ: …"): a plan's part of plain paragraphs, one of them giving the work to its lead. Parts
    like "I. MỤC ĐÍCH, YÊU CẦU" or "II. ĐỐI TƯỢNG" assign nothing and parts holding numbered tasks
    assign through their items: both are read as before (None)."""
    if not _ROMAN.match(heading) or reader.doc_type not in ("KẾ HOẠCH", "CHƯƠNG TRÌNH"):
        return None
    for block in blocks:  # one piece of work: plain paragraphs only, no item, dash line or table
        if not isinstance(block, Para):
            return None
        bullet, number, rest = _strip_numbering(squash(block.text))
        if number or (bullet and not _labels(rest)):
            return None  # a dash line is an item, unless it labels the work ("- Tiến độ: …", "- Chủ trì: …")
    trial = Node(label="", level=0, heading="")
    reader.tasks([Para(heading, bold=True), *blocks], trial)
    if len(trial.children) != 1:
        return None
    part = trial.children[0]
    if part.children or not any(block.lead for block in part.blocks):
        return None
    return part


# --- assignments that refer back to tasks by their numbers ------------------------------------------
# A plan listing its numbered tasks in one part and assigning them in a later one ("III. PHÂN CÔNG THỰC
# HIỆN"), by task ("Nhiệm vụ 1: X chủ trì; Y phối hợp") or by unit ("X: chủ trì thực hiện điểm 1.2, 2.1 và
# 2.2 Mục II; phối hợp với Y thực hiện điểm 1.2"). The numbers are read as the codes of the tasks listed above.
_REF_CODE = r"\d{1,2}(?:\.\d{1,2})*"
# the number or letter opening an item of such a part: "1.", "2.1.", "a)"
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+")
_REF = re.compile(
    r"(?<![^\s,;(])(?:tiểu mục|điểm|mục|nhiệm vụ|nội dung|hoạt động)\s+(?:số\s+)?"
    r"(?P<codes>" + _REF_CODE + r"(?:\s*(?:,|và)\s*" + _REF_CODE + r")*)(?![\d/])"
    # "… Mục II", "… phần II của Kế hoạch này": the part the tasks are listed in
    r"(?:\s*,?\s*(?:của\s+|tại\s+)?(?:mục|phần)\s+[IVX]{1,4}\b(?:\s+(?:của\s+)?(?:kế hoạch|chương trình)(?:\s+này)?)?)?",
    re.IGNORECASE,
)
# "Nhiệm vụ 1: …", "Nội dung 2, 3 - …", "Điểm 1.2 Mục II: …": the task first, then who does it
_REF_FIRST = re.compile(r"^(?:các\s+)?(?P<ref>" + _REF.pattern + r")\s*[:.–-]\s*(?P<rest>\S.*)$", re.IGNORECASE)
# what a unit does with the tasks named next: "chủ trì thực hiện các nội dung tại", "phối hợp với Y thực hiện",
# "chủ trì, phối hợp với Y triển khai", "phối hợp thực hiện"
_REF_ROLE = re.compile(
    r"^(?:và\s+)?(?P<lead>(?:có trách nhiệm\s+|là đơn vị\s+)?chủ trì)?\s*,?\s*"
    r"(?:(?:và\s+)?(?P<with>(?:cùng\s+)?phối hợp)(?:\s+(?:với|cùng))?"
    r"(?:\s+(?P<units>(?:(?-i:[A-ZĐÀ-Ỹ])|các\s)[^;:]*?))?)?"
    r"\s*(?:(?:tổ chức\s+)?(?:thực hiện|triển khai)\s*)?(?:(?:các|những)\s+)?"
    r"(?:(?:nội dung|nhiệm vụ|hoạt động|công việc)\s*)?(?:(?:nêu|quy định|ghi)\s+)?(?:tại\s*)?$",
    re.IGNORECASE,
)
# after the last number: the units helping with what the unit leads ("; Y phối hợp", ", phối hợp với Y")
_REF_HELPERS = re.compile(
    r"^(?:và\s+)?(?:(?:cùng\s+)?phối hợp(?:\s+(?:với|cùng))?\s+(?P<after>[^;:]+?)"
    r"|(?P<before>(?-i:[A-ZĐÀ-Ỹ])[^;:]*?)\s+(?:cùng\s+)?phối hợp)(?:\s+(?:thực hiện|triển khai))?$",
    re.IGNORECASE,
)
# "X: chủ trì …" / "X chủ trì …" / "X có trách nhiệm chủ trì …": the unit assigned, then its roles
_REF_UNIT = re.compile(r"^(?P<unit>[^:;()]{2,160}?)\s*(?::\s*|\s+(?=(?:có trách nhiệm\s+)?(?:chủ trì|phối hợp)\b))(?P<rest>.*)$")


def _ref_codes(codes: str) -> list[str]:
    return re.findall(_REF_CODE, codes)


def _unit_refs(unit: str, text: str) -> list[tuple[str, str | None, str | None]] | None:
    """(code, lead, coord) for each task a unit's sentence names by number ("chủ trì thực hiện điểm 1.2 và 2.1;
    phối hợp với Y thực hiện điểm 1.2"), or None when a part of it is not a role followed by numbers."""
    out: list[tuple[str, str | None, str | None]] = []
    start = 0
    led: list[str] = []
    for ref in _REF.finditer(text):
        said = text[start : ref.start()].strip(" ,;.")
        role = _REF_ROLE.match(said)
        if role is None or not (role.group("lead") or role.group("with")):
            return None
        units = role.group("units")
        if units is not None and not _unit_ok(units, words=120):
            return None
        codes = _ref_codes(ref.group("codes"))
        if role.group("lead"):
            led = codes
            out += [(code, unit, units) for code in codes]
        elif units is not None:  # "phối hợp với Y thực hiện điểm 1.2": Y helps; the unit too where it does not lead
            out += [(code, None, units if code in led else f"{unit}; {units}") for code in codes]
        else:
            out += [(code, None, unit) for code in codes]
        start = ref.end()
    if not out:
        return None
    helpers = _REF_HELPERS.match(text[start:].strip(" ,;."))
    if helpers is not None and led:
        units = helpers.group("after") or helpers.group("before")
        if _unit_ok(units, words=120):
            out += [(code, None, units) for code in led]
    return out


def _task_refs(text: str, unit: str | None) -> list[tuple[str, str | None, str | None]] | None:
    """The assignments one paragraph gives to tasks named by number (see ``_REF``); ``unit``: the unit named by
    the heading above it ("1. Công chức Tư pháp:" / "- Chủ trì thực hiện điểm 1.2 Mục II")."""
    text = drop_places_colon(squash(_BULLET.sub("", squash(text))).rstrip("."))
    first = _REF_FIRST.match(text)
    if first is not None:
        rest = first.group("rest")
        roles = _block_roles(rest)
        if roles is None or not rest.startswith(roles.lead) or not _subject_ok(roles.lead):
            return None
        return [(code, roles.lead, roles.coord) for code in _ref_codes(first.group("codes"))]
    text = _ITEM_NUMBER.sub("", text)
    own = _REF_UNIT.match(text)
    if own is not None and _unit_ok(own.group("unit")):
        return _unit_refs(own.group("unit").strip(), own.group("rest"))
    if unit is not None and text[:1].isupper():
        return _unit_refs(unit, text[:1].lower() + text[1:])
    return None


def _leaves(node: Node) -> list[Node]:
    return [leaf for child in node.children for leaf in (_leaves(child) if child.children else [child])]


def _refer_back(root: Node, blocks: list[Block]) -> list[Block]:
    """Attach the assignments in ``blocks`` that name tasks of ``root`` by number to those tasks, when they have
    no lead of their own; return the other blocks (``blocks`` itself when none is such an assignment)."""
    _assign_codes(root)
    open_tasks = {
        leaf.code: leaf
        for leaf in _leaves(root)
        if not any(b.lead for b in leaf.blocks) and not (leaf.table_row and leaf.table_row.lead)
    }
    if not open_tasks:
        return blocks
    given: dict[str, tuple[list[str], list[str]]] = {}
    kept: list[Block] = []
    used: set[int] = set()  # the unit headings over lines taken
    unit: tuple[int, str] | None = None
    for block in blocks:
        refs = _task_refs(block.text, unit[1] if unit else None) if isinstance(block, Para) else None
        if isinstance(block, Para):
            heading = _ITEM_NUMBER.sub("", squash(block.text))
            if heading.endswith(":") and _unit_ok(heading[:-1]):
                unit = (id(block), heading[:-1].strip())  # "2. Công chức Tư pháp - Hộ tịch:" over its lines
            elif not _BULLET.match(squash(block.text)):
                unit = None
        if not refs or not any(code in open_tasks for code, _l, _c in refs):
            kept.append(block)
            continue
        if unit is not None:
            used.add(unit[0])
        for code, lead, coord in refs:
            leads, coords = given.setdefault(code, ([], []))
            leads += [lead] if lead else []
            coords += [coord] if coord else []
    if not given.keys() & open_tasks.keys():
        return blocks
    for code, (leads, coords) in given.items():
        task = open_tasks.get(code)
        if task is None or not leads:
            continue
        if task.table_row is not None:
            row = task.table_row
        else:
            row = task.blocks[0] if task.blocks else Assignment()
            task.blocks = [row, *task.blocks[1:]]
        row.lead = "; ".join(dict.fromkeys(leads))
        row.coord = "; ".join(dict.fromkeys([*([row.coord] if row.coord else []), *coords])) or None
    return [block for block in kept if id(block) not in used]


def _school_year(title: str, tasks: list[dict[str, Any]]) -> None:
    """A plan for a school year ("năm học 2026 - 2027"): a month written without its year from
    January to July ("Tháng 01", "Tháng 5") falls in the second year (August starts the first)."""
    m = re.search(r"năm học\s+((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})", title, re.IGNORECASE)
    if m is None or int(m.group(2)) != int(m.group(1)) + 1:
        return
    first = int(m.group(1))
    for task in tasks:
        due, timeframe = task["deadline"], task["timeframe"] or ""
        if not due or not timeframe or re.search(r"(?:19|20)\d{2}", timeframe):
            continue
        when = dt.date.fromisoformat(due)
        if when.year == first and when.month <= 7 and re.search(r"tháng|\d{1,2}\s*/\s*\d{1,2}", timeframe, re.I):
            try:
                task["deadline"] = when.replace(year=first + 1).isoformat()
            except ValueError:  # 29/02
                task["deadline"] = dt.date(first + 1, 2, 28).isoformat()


def _dedupe_codes(tasks: list[dict[str, Any]]) -> None:
    seen: Counter[str] = Counter()
    renamed: dict[str, str] = {}
    for task in tasks:
        code = task["code"]
        seen[code] += 1
        if seen[code] > 1:
            new = f"{code}-{seen[code]}"
            renamed[code] = new
            task["code"] = new
        if task["parent_code"] in renamed:
            task["parent_code"] = renamed[task["parent_code"]]
