"""Unit names as plans write them: cleaning one name, splitting a list into names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any

from pbgdpl.core.text import fold, key, squash

# Names that contain ", " or " và " between words that could start another unit's name.
KNOWN_NAMES = (
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Văn hoá, Thể thao và Du lịch",
    "Bộ Văn hóa, Thể thao và Du lịch",
    "Phòng Văn hóa, Thông tin và Thể thao",
    "Phòng Văn hóa - Thông tin",
    "Trung tâm Văn hóa, Thông tin và Thể thao",
    "Trung tâm Văn hóa, Thể thao và Truyền thanh",
    "Trung tâm Thông tin, Thống kê, Ứng dụng khoa học và công nghệ",
    "Sở Lao động - Thương binh và Xã hội",
    "Phòng Lao động - Thương binh và Xã hội",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Ban Dân tộc và Tôn giáo",
    "Đài Phát thanh và Truyền hình tỉnh",
    "Đài Phát thanh - Truyền hình tỉnh",
    "Phòng Kinh tế, Hạ tầng và Đô thị",
    "Phòng Văn hóa - Xã hội",
    "Phòng Tài chính - Kế hoạch",
    "Phòng Tài nguyên và Môi trường",
    "Ban Tuyên giáo và Dân vận Tỉnh ủy",
    "UBND các huyện, thị xã, thành phố",
    "Ủy ban nhân dân các huyện, thị xã, thành phố",
    "UBND các xã, phường, thị trấn",
    "Ủy ban nhân dân các xã, phường, thị trấn",
    "UBND các xã, phường, đặc khu",
    "Ủy ban nhân dân các xã, phường, đặc khu",
    "Các sở, ban, ngành, đoàn thể tỉnh",
    "Các sở, ban, ngành",
    "Các phòng, đơn vị",
    "Các phòng, ban, đơn vị",
)
# Patterns of names joined by "và" that are one unit ("Văn phòng HĐND và UBND huyện").
KNOWN_PATTERNS = (
    r"Văn phòng\s+(?:Đoàn\s+)?(?:ĐBQH|đại biểu Quốc hội)\s*,\s*(?:HĐND|Hội đồng nhân dân)\s+và\s+"
    r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)",
    r"Văn phòng\s+(?:HĐND|Hội đồng nhân dân)\s+và\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)",
    r"Văn phòng\s+Đoàn\s+(?:ĐBQH|đại biểu Quốc hội)\s+và\s+(?:HĐND|Hội đồng nhân dân)",
    r"Đoàn\s+(?:ĐBQH|đại biểu Quốc hội)\s+và\s+(?:HĐND|Hội đồng nhân dân)",
)
# Capitalised words that continue a name after a comma or "và" ("Sở Văn hóa, Thể thao và Du lịch").
CONTINUATIONS = (
    "Thể thao",
    "Du lịch",
    "Thông tin",
    "Thống kê",
    "Truyền thông",
    "Truyền hình",
    "Truyền thanh",
    "Xã hội",
    "Môi trường",
    "Công nghệ",
    "Đô thị",
    "Hạ tầng",
    "Tôn giáo",
    "Thương binh",
    "Gia đình",
    "Tổng hợp",
    "Kế hoạch",
    "Đầu tư",
    "Ứng dụng",
    "Nghệ thuật",
    "Đào tạo",
    "Phát triển",
    "Dịch vụ",
    "Pháp chế",
    "Tài chính",
    "Nông thôn",
    "Khoa học",
    "Kỹ thuật",
    "Quốc phòng",
    "An ninh",
    "Dân vận",
    "Tuyên giáo",
    "Kiểm tra",
    "Giám sát",
    "Thi đua",
    "Khen thưởng",
    "Công tác",
    "Nội chính",
    "Kinh tế",
    "Văn hóa",
    "Y tế",
    "Giáo dục",
    "Lao động",
    "Việc làm",
    "Đô thị",
)
_CONT_RE = re.compile(r"^(?:" + "|".join(re.escape(c) for c in CONTINUATIONS) + r")\b")
# Words that start a unit's name: after ", " or " và " they start the next unit of a list.
UNIT_STARTS = (
    "Sở",
    "Ban",
    "Phòng",
    "UBND",
    "Ủy ban",
    "Uỷ ban",
    "Công an",
    "Hội",
    "Đài",
    "Báo",
    "Trung tâm",
    "Văn phòng",
    "Thanh tra",
    "Các",
    "Tỉnh đoàn",
    "Đoàn",
    "Liên đoàn",
    "Liên đội",  # a school's Young Pioneers: "Liên đội Trường THCS …"
    "Liên minh",
    "Bộ Chỉ huy",
    "Bộ chỉ huy",
    "Bộ",
    "Cục",
    "Chi cục",
    "Viện",
    "Vụ",
    "Tòa án",
    "Toà án",
    # the chambers of a court: "Tòa Hình sự", "Tòa Dân sự", "Tòa Gia đình và người chưa thành niên"
    "Tòa",
    "Toà",
    "Kho bạc",
    "Trường",
    "Bệnh viện",
    "Bảo hiểm",
    "Ngân hàng",
    "Mặt trận",
    "Đảng ủy",
    "Đảng uỷ",
    "Huyện đoàn",
    "Thành đoàn",
    "Tỉnh Đoàn",
    "Huyện Đoàn",
    "Thành Đoàn",
    "Chi nhánh",
    "Cổng",
    "Tổ",
    "Lãnh đạo",
    "Giám đốc",
    "Tỉnh ủy",
    "Hạt",
    "Đồn",
    "Cảnh sát",
    "Quân sự",
    "Công ty",
    "Ban Chỉ huy",
    "Trạm",
    "Cơ quan",
    "Những",
    "Tất cả",
    "Công chức",  # a commune's plan assigns its officials: "Công chức Tư pháp - Hộ tịch"
    "Trưởng thôn",
    "Trưởng ban",
    "Chủ tịch",
    "Công đoàn",
    "Chi hội",
    "Chi đoàn",
    "Chi bộ",
    "Bộ đội",
    # persons who are assigned work: "Trưởng các tổ dân phố", "Thủ trưởng các cơ quan, đơn vị"
    "Trưởng",
    "Phó Trưởng",
    "Thủ trưởng",
    "Hiệu trưởng",
    "Phó Chủ tịch",
    "Phó Giám đốc",
    "Bí thư",
    "Phó Bí thư",
    "Chánh",
    "Phó Chánh",
    "Phó Hiệu trưởng",
    "Giáo viên",
    "Nhân viên",
    "Người đứng đầu",
    "Cán bộ",
    # officials named by their post: "Kiểm soát viên Công ty", "Chuyên viên phụ trách …", "Phó phòng …"
    "Chuyên viên",
    "Kiểm soát viên",
    "Kiểm sát viên",
    "Thanh tra viên",
    "Chấp hành viên",
    "Điều tra viên",
    "Thẩm phán",
    "Thư ký",
    "Kế toán trưởng",
    "Phó phòng",
    "Phó ban",
    "Phó khoa",
    # abbreviations written as a unit's head
    "MTTQ",
    "UBMTTQ",
    "HĐND",
    "LĐLĐ",
    "BHXH",
    "VKSND",
    "TAND",
    "BCH",
    "BCHQS",
    "BQL",
    "LHPN",
    "HLHPN",
    "HTX",
    "Huyện ủy",
    "Huyện uỷ",
    "Thành ủy",
    "Thành uỷ",
    "Thị ủy",
    "Tỉnh uỷ",
    "Bưu điện",
    "Điện lực",
    "Viettel",
    "VNPT",
    "MobiFone",
    "Thư viện",
    "Bảo tàng",
    "Nhà văn hóa",
    "Học viện",
    "Đại học",
    "Hiệp hội",
    "Câu lạc bộ",
    "Tổng công ty",
    "Thường trực",
    "Đội",
    "Xí nghiệp",
    "Phân xưởng",
    "Quỹ",
    "Trại giam",
    "Trại tạm giam",
    # the units of the armed forces: "Hải đội Biên phòng 2", "Trung đoàn Bộ binh …", "Tiểu đoàn …"
    "Hải đội",
    "Hải đoàn",
    "Trung đoàn",
    "Lữ đoàn",
    "Sư đoàn",
    "Tiểu đoàn",
    "Đại đội",
    # the tax offices since 2025: "Thuế cơ sở 2 tỉnh …", "Thuế tỉnh …"
    "Thuế cơ sở",
    "Thuế tỉnh",
    "Thuế thành phố",
    # a commune's plan written quickly: "UB MTTQ xã", "HND xã", "CCB xã", "ĐTN xã", "Đ/c Chỉ huy trưởng …",
    # "Thôn đội trưởng các thôn"
    "UB",
    "HND",
    "HCCB",
    "CCB",
    "ĐTN",
    "ĐVTN",
    "Đ/c",
    "Chỉ huy trưởng",
    "Chỉ huy phó",
    "Thôn đội trưởng",
    # more short heads of a commune's offices and teams: "VP HĐND-UBND xã", "BCĐ xã", "BĐH khu phố", "TYT xã",
    # "HPN xã", "CA xã"
    "VP",
    "BCĐ",
    "BĐH",
    "TYT",
    "TTYT",
    "HPN",
    "CA",
)
# The letters of a word in lower case.
_LOWER_WORD = "a-zđ" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.islower() and c.isalpha())
_CAPITAL = "A-ZĐ" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
# Heads only this module knows: "Khoa Dược" is a hospital's unit, "Khoa học" a field ("Sở Khoa học và …").
# A cooperative is named like a unit: "Trạm Y tế xã và Hợp tác xã du lịch …" lists two.
# A bank's brand in Latin letters names its branch: "Vietinbank Chi nhánh …", "MB Chi nhánh …" (an acronym
# before "Chi nhánh"), "Sacombank" alone.
_OWN_STARTS = (
    r"Khoa(?!\s+học)",
    r"Hợp tác xã",
    r"[A-Z][A-Za-z]*[Bb]ank",
    r"[A-Z]{2,}(?=\s+[Cc]hi\s+nhánh\b)",
)
# A deputy's title starts like the title ("Phó Viện trưởng"); words that start like a unit but are not one:
# "Đoàn kết" (unity: "Ban Tuyên giáo và Đoàn kết tập hợp thanh niên" is one department), "Tổ chức" + lower case
# (organising: "Phòng Nghiệp vụ, Tổ chức thi hành án").
_START_RE = re.compile(
    r"^(?!Đoàn\s+kết\b|Tổ\s+chức\s+[" + _LOWER_WORD + r"])(?:Phó\s+)?(?:"
    + "|".join((*_OWN_STARTS, *(re.escape(s) for s in sorted(UNIT_STARTS, key=len, reverse=True))))
    + r")\b"
)
# "các" + a kind of unit starts a (plural) unit: "các cơ quan, đơn vị", "các Ban Quản lý rừng", "các đoàn thể"
_KINDS = (
    r"sở|phòng|cơ quan|đơn vị|ban|ngành|xã|phường|huyện|thị xã|thị trấn|thành phố|quận|trường|hội|tổ chức|"
    r"doanh nghiệp|chi cục|trung tâm|đoàn thể|tổ|thôn|bản|ấp|xóm|buôn|làng|khu phố|tổ dân phố|khu dân cư|địa phương|"
    r"lực lượng|hạt|đồn|trạm|cấp ủy|cấp uỷ|chi bộ|chi hội|hợp tác xã|cơ sở|thành viên|báo|đài|công ty|"
    r"bệnh viện|viện|cục|ủy ban|uỷ ban|văn phòng|ngân hàng|nhà trường|câu lạc bộ|đội|nhóm|cá nhân|"
    # the units of a hospital, a company, a school: "Phòng Điều dưỡng, các khoa lâm sàng"
    r"khoa|bộ phận|chi nhánh|phân xưởng|xưởng|xí nghiệp|khối|lớp|chi đoàn|điện lực|phòng giao dịch|"
    # a union's own units: "Ban Chính sách - Pháp luật, các công đoàn cơ sở trực thuộc"
    r"công đoàn"
)
_LOWER_START = re.compile(
    r"^[cC]ác\s+(?:(?:"
    + _KINDS
    + r")\b|(?-i:"
    + "|".join(re.escape(s) for s in sorted(UNIT_STARTS, key=len, reverse=True) if s[:1].isupper())
    + r")\b)",
    re.IGNORECASE,
)

_DANGLING = (
    "UBND",
    "Ủy ban nhân dân",
    "Uỷ ban nhân dân",
    "Ủy ban",
    "Sở",
    "Phòng",
    "Ban",
    "Trung tâm",
    "Văn phòng",
    "Hội",
    "Các",
    "các",
    "Bộ",
    "Cục",
    "Chi cục",
    "Đài",
    "Báo",
    "Viện",
    "Trường",
    "Công an",
    "Liên đoàn",
    "Bộ Chỉ huy",
)
_END_RE = re.compile(r"(?:^|[\s,;])(?:" + "|".join(re.escape(s) for s in _DANGLING) + r")$")
# A line ending in a word that cannot end a name goes on: "Các phòng, đơn vị thuộc" / "Ban".
_OPEN_END = re.compile(r"(?:^|\s)(?:thuộc|trực thuộc|của|và|với|cho|tại|về|các|những|cùng|cấp|Phó|các thành viên)$|[-–&,/]$")
# A head word alone on a line ends the name above: "Văn phòng, Thanh tra" / "Sở"; so does an owner's kind
# before the next name of the list: "Chi đoàn Thanh niên" / "Bệnh viện, Công đoàn Bệnh viện".
_LONE_HEAD = re.compile(
    r"^(?:(?:Sở|Ban|Phòng|Bộ|Cục|Hội|Viện|Trường|Đoàn|Tỉnh|tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)$"
    r"|(?:Công ty|Tổng công ty|Bệnh viện)(?:$|\s*[,;]\s))"
)


# A body that has members, after "thành viên": "Các cơ quan thành viên" / "Hội đồng phối hợp …" (members of it)
_MEMBERS_OF = re.compile(r"^(?:Hội đồng|Ban Chỉ đạo|Ban Điều hành|Ban Tổ chức|Ủy ban|Uỷ ban|UBMTTQ|Mặt trận)\b")


def _goes_on(previous: str, line: str) -> bool:
    """Is ``line`` the rest of the name ``previous`` ends with, whatever it starts with?"""
    if _PLACE_START.match(line) and not _PLACE_SCOPE_END.search(previous):
        return True  # "Hội LHPN" / "các huyện Kỳ Sơn, …": the places of the name above
    if re.search(r"(?:^|\s)thành viên$", previous) and _MEMBERS_OF.match(line):
        return True  # "Các sở thành viên" / "Ban Chỉ đạo …": the members of the body on the next line
    return bool(
        _END_RE.search(previous) or _OPEN_END.search(previous) or _LONE_HEAD.match(line) or _BARE_HEAD_END.search(previous)
    )


# A list's last name cut to its head word at a line's end: "Các tổ chuyên môn, Tổ" / "Văn phòng" is "Tổ Văn phòng"
_BARE_HEAD_END = re.compile(r"(?:^|[,;]\s*|\svà\s)(?:Tổ|Phòng|Ban|Khoa|Đội|Sở|Trường|Chi cục|Cục|Bộ phận|Trung tâm)$")


# Verbs that end the unit part of "Phòng X tham mưu Giám đốc Sở …" (not after "công tác": "phụ trách công tác
# tham mưu" is the field a person is in charge of).
_VERB_TAIL = re.compile(
    r"(?<!\svà)(?<![,–-])(?<!\scông tác)\s+(?:tham mưu|chịu trách nhiệm|có trách nhiệm|tổ chức thực hiện|thực hiện|triển khai thực hiện|"
    r"đôn đốc|theo dõi|tổng hợp(?=\s+(?:báo cáo|kết quả))|chủ trì thực hiện|"
    # "Chủ tịch UBND các xã chỉ đạo Trưởng thôn …" (not "Ban chỉ đạo …")
    r"(?<![Bb]an\s)chỉ đạo(?=\s+(?:[A-ZĐÀ-Ỹ]|các\s)))\b.*$"
)
# "Các sở, ngành theo chức năng quản lý", "… theo lĩnh vực phụ trách": how the group acts, not part of its name.
_BY_FUNCTION_TAIL = re.compile(
    r"\s+(?:căn cứ|theo)\s+(?:chức năng|lĩnh vực|thẩm quyền|phạm vi)(?:\s+(?:quản lý|phụ trách)|,?\s+nhiệm vụ)?"
    r"(?:\s+(?:được giao|của mình|của đơn vị|của ngành))?[\s.;,]*$"
)
# "UBND các huyện: Kỳ Sơn, Tương Dương": the colon introducing the places is not a label's.
_PLACES_COLON = re.compile(
    r"(\bcác\s+(?:huyện|xã|phường|thị xã|thị trấn|thành phố|quận|thôn|bản|trường)(?:\s+[a-zđà-ỹ]+){0,3})"
    r"\s*:\s*(?=[A-ZĐÀ-Ỹ\d])"
)


# "phối hợp với các đơn vị: Sở Y tế, Sở Nội vụ": the generic words before the colon only announce the list.
_LIST_INTRO = re.compile(
    r"(?:(?<=\s)|^)[cC]ác\s+(?:cơ quan|đơn vị|sở|ban|ngành|phòng)(?:\s*,\s*(?:cơ quan|đơn vị|sở|ban|ngành|phòng))*"
    r"(?:\s+(?:có\s+)?liên quan)?(?:\s+(?:gồm|sau|như sau))?\s*:\s*(?=[A-ZĐÀ-Ỹ])"
)


def drop_places_colon(text: str) -> str:
    """The colons inside a list of units that no label owns: "UBND các huyện: Kỳ Sơn, …" (kept as
    "UBND các huyện Kỳ Sơn, …"), "các đơn vị: Sở Y tế, …" (the announcing words dropped)."""
    text = _PLACES_COLON.sub(r"\1 ", text)
    return _LIST_INTRO.sub(lambda m: "" if _START_RE.match(text[m.end() :]) else m.group(0), text)


# A bracket dropped from a name, unless it names the organisation the unit belongs to: "Ban Tôn giáo - Dân tộc (Công
# an tỉnh)", "Phòng Quản lý xuất nhập cảnh (Công an tỉnh)" are kept whole
_PAREN = re.compile(
    r"\s*\((?!(?:Công an|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Bộ Chỉ huy|Sở)\s[^(),;]{0,40}?"
    r"\b(?:tỉnh|huyện|thành phố|xã|phường|quận|thị xã|đặc khu)\))[^()]*\)"
)


# The actions plans assign, written after the unit that takes them: "phối hợp với Sở Tư pháp biên soạn,
# phát hành …", "…; Sở Văn hóa, Thể thao và Du lịch mở chuyên mục, đăng tải tin, bài …". Lower-case only
# ("Ban Tuyên giáo", "Phòng Kiểm tra" are names), and only after a complete name (see _complete). Not the
# words names go on with after a capitalised field: "hỗ trợ", "tư vấn", "bồi dưỡng" ("Trung tâm Dịch vụ
# hỗ trợ đầu tư", "Trung tâm Dịch vụ tư vấn pháp luật").
_ACTION = re.compile(
    r"(?<=\s)(?-i:biên soạn|biên tập|phát hành|phát động|phát sóng|phát(?=\s+(?:tờ|tài liệu|sách))|mở|"
    r"(?<![cC]ác )(?<![nN]hững )tổ chức|triển khai|thực hiện|xây dựng(?<!đầu tư xây dựng)(?<!lý xây dựng)(?!\s*[.;,]?\s*$)|đăng tải|đăng(?!\s+ký)|"
    r"đưa(?=\s+(?:tin|nội dung|kiến thức|thông tin|tài liệu|văn bản|vào|lên))|tuyên truyền|hướng dẫn|rà soát|tập huấn|báo cáo(?!\s+viên)|tham mưu|cung cấp|"
    r"kiểm tra|theo dõi|tổng hợp(?=\s+(?:báo cáo|kết quả|số liệu|tình hình|ý kiến))|phổ biến|lồng ghép|"
    r"in ấn|in(?=\s+(?:tài liệu|tờ|sách|băng|pa[ -]?nô|ấn phẩm))|cấp phát|phân phát|đánh giá|sơ kết|"
    r"tổng kết|giám sát|đôn đốc|quán triệt|nghiên cứu|soạn thảo|ban hành|bố trí|chuẩn bị|vận động|"
    r"tiếp nhận|giải đáp|lựa chọn|cập nhật|duy trì|củng cố|kiện toàn|thành lập|"
    r"tăng cường|đẩy mạnh|thẩm định|khảo sát|thu thập|biểu dương|giới thiệu|chủ động|tiếp tục|"
    r"đề xuất|xử lý(?<!Quản lý xử lý)|bảo đảm|đảm bảo|tiến hành|phối hợp thực hiện|chịu trách nhiệm|có trách nhiệm|"
    r"chỉ đạo|định hướng|góp ý|(?<!bầu )cử|"
    # more of what units are asked to do, never a name's words in lower case ("các đơn vị tham gia" is a group)
    r"tham gia(?<!vị tham gia)(?<!quan tham gia)(?<!viên tham gia)|giải quyết|nắm bắt|nắm(?=\s+(?:tình hình|thông tin|danh sách|số liệu|chắc))|phát hiện|ký kết|hưởng ứng|"
    r"chấm điểm|phân công|sưu tầm|trả lời|tiếp xúc|nâng cao|phát huy|mở rộng|quảng bá|đối thoại|treo|căng|"
    r"nâng cấp|vận hành|số hóa|số hoá|bổ sung|"
    # "… niêm yết tài liệu tại quầy" (not "các công ty niêm yết", a group named by its listing)
    r"niêm yết(?=\s+(?:tài liệu|công khai|thông tin|danh sách|văn bản|thủ tục|bảng|tờ|quy định|nội quy|kết quả))|"
    r"tiếp công dân|lập(?=\s+(?:danh sách|kế hoạch|hồ sơ|báo cáo|đoàn))|"
    r"hòa giải(?=\s+(?:các|những|mâu thuẫn|tranh chấp|vụ))|"
    # after a name, but not the field a service centre goes on with ("Trung tâm Dịch vụ hỗ trợ đầu tư")
    r"(?<!Dịch vụ )(?:hỗ trợ|tư vấn|trợ giúp)(?=\s+(?:pháp lý|pháp luật|người|doanh nghiệp|các|cho|việc|thực hiện|tổ chức|"
    r"tài liệu|kinh phí|báo cáo viên|kỹ thuật|nguồn lực))|"
    # words that lead into the action: "phối hợp với Sở Tư pháp để tổ chức …", "… trong việc biên soạn …"
    r"để|nhằm|trong việc|về việc|"
    # a reflexive verb: "các phòng thuộc UBND xã tự đánh giá …" (not "trật tự", "tự nhiên")
    r"(?<!trật )tự(?=\s+(?:đánh giá|kiểm tra|rà soát|chấm điểm|tổ chức|thực hiện|xây dựng|triển khai)\b))\b"
)
# A name that stands complete without a name part of its own.
_WHOLE_HEADS = re.compile(
    r"^(?:Tỉnh [đĐ]oàn|Huyện [đĐ]oàn|Thành [đĐ]oàn|Tỉnh [uủ]y|Huyện [uủ]y|Thành [uủ]y|Thị [uủ]y|Viettel|VNPT|MobiFone)$"
)
_SCOPE_WORD = re.compile(
    r"(?:^|\s)(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận|thôn|bản|ấp|xóm|buôn|làng|đặc khu|"
    r"khu phố|tổ dân phố|Trung ương|TW|cùng cấp|các cấp|[nN]hà nước|Việt Nam)$"
)
_KIND_AND_MORE = re.compile(r"(?:^|\s)[cC]ác\s+(?:" + _KINDS + r")\s+\S", re.IGNORECASE)


_PLURAL_TAIL = re.compile(r"(?:^|\s)[cC]ác\s+(" + _KINDS + r")\b(?P<more>[^;]*)$", re.IGNORECASE)
# Kinds that take what they do as their name: "các đoàn kiểm tra", "các tổ tuyên truyền", "các đội thông tin".
_FUNCTION_KINDS = ("đoàn", "tổ", "đội", "nhóm", "ban", "hội", "phòng", "trung tâm", "lực lượng", "câu lạc bộ")


def _plural_group(before: str) -> bool:
    """Does ``before`` end with a plural group written in lower case ("các sở, ngành", "các địa phương",
    "các cơ quan, đơn vị liên quan"), not with a kind still taking its function ("các đoàn")?"""
    starts = [m.start() for m in re.finditer(r"(?:^|\s)[cC]ác\s", before)]
    match = _PLURAL_TAIL.match(before, starts[-1]) if starts else None
    if match is None or any(c.isupper() for c in match.group("more")):
        return False
    return bool(match.group("more").strip()) or match.group(1).lower() not in _FUNCTION_KINDS


# Capitalised fields that take an object in lower case, which may start with an action word: "Hội đồng
# Phối hợp phổ biến, giáo dục pháp luật", "Ban Chỉ đạo phòng, chống …", "Trung tâm Hỗ trợ tư vấn …".
# The first kind never ends a name ("Hội đồng Phối hợp" + action); the second does when nothing follows it
# ("Sở Giáo dục và Đào tạo", "Sở Thông tin và Truyền thông" + action).
# The departments of courts and procuracies are named by their oversight and its object: "Phòng Giám đốc kiểm
# tra …", "Bộ phận Kiểm sát giải quyết …" (not "Viện Kiểm sát nhân dân", nor a board, "Ban Giám đốc").
_OBJECT_FIELD = re.compile(
    r"(?:^|\s)(?:(?P<verb>Phối hợp|Chỉ đạo|Điều phối|Hỗ trợ|Tư vấn|Xúc tiến|Vận động|Hướng dẫn|Bảo vệ|"
    r"Phòng chống|Phòng, chống|Trợ giúp|Chăm sóc|Thực hiện|Kiểm sát(?!\s+nhân dân)|(?P<oversight>Giám đốc))|Quản lý|Kiểm tra|Giám sát|Phát triển|"
    r"Tuyên truyền|Bồi dưỡng|Đào tạo|Nghiên cứu|Thẩm định|Kiểm định|Điều hành|Tổ chức|Khảo thí|Phổ biến|"
    r"Truyền thông)\b"
)


# A council named by its work in lower case, after a title or a group of its members ("Thường trực Hội đồng
# phối hợp …", "các thành viên Hội đồng thẩm định …"): its work goes on (not the people's council).
_COUNCIL_OF = re.compile(r"(?:^|\s)Hội đồng(?!\s+nhân dân\b)(?:\s+[" + _LOWER_WORD + r"]+)+$")


def _complete(piece: str, before: str = "") -> bool:
    """Is ``piece`` (the text since the last separator) a whole name an action may follow ("Sở Tư pháp",
    "Công an tỉnh", "UBND các xã", "các trường học"), not a head still taking its field ("Hội đồng phối
    hợp …", "Ban chỉ đạo …", "Đoàn kiểm tra …", "các đơn vị tư vấn")?"""
    piece = piece.strip().lstrip("-+•*–− ")
    if not piece:
        return False
    if piece.endswith("\u0000") or _WHOLE_HEADS.match(piece) or _SCOPE_WORD.search(piece):
        return True
    if _COUNCIL_OF.search(piece):  # "Thường trực Hội đồng phối hợp" + "phổ biến, giáo dục pháp luật tỉnh"
        return False
    if _KIND_AND_MORE.search(piece) or _plural_group(before):
        return True
    head = _START_RE.match(piece)
    rest = piece[head.end() :] if head else piece
    board = head is not None and head.group(0) == "Ban"  # "Ban Giám đốc": the board, a whole name
    fields = [f for f in _OBJECT_FIELD.finditer(rest) if not (board and f.group("oversight"))]
    if fields:  # "Hội đồng Phối hợp" + "phổ biến, giáo dục pháp luật": the field's object goes on
        tail = rest[fields[-1].end() :]
        if not any(c.isupper() or c.isdigit() for c in tail) and (tail.strip() or fields[-1].group("verb")):
            return False
    return any(w[:1].isupper() or w[:1].isdigit() for w in rest.split())


# A name ending in its own scope ("Công an tỉnh", "Phòng Tư pháp huyện", "Trưởng thôn", not "các xã …" nor
# "cấp xã") goes on only with these lower-case words; any other starts what the unit does, listed or not
# ("Công an tỉnh xuất bản …", "Hội Nông dân huyện chủ động …").
_SCOPE_THEN_WORD = re.compile(
    r"(?<!các )(?<!cấp )(?<!các thị )(?<!cấp thị )(?<![hH]ợp tác )\b(?:tỉnh|huyện|xã|phường|thị trấn|quận|thôn)(?:\s+sở tại)?"
    r"(?=\s+(?P<next>\w))(?!\s+(?:và|với|cùng|có|liên quan|thuộc|trực thuộc|của|tại|ở|theo|"
    r"trên|được|các|nơi|đã|bản|ấp|xóm|buôn|làng|tổ|khu|phường|xã|thị trấn|huyện|tỉnh|thành phố|quận|"
    r"biên giới|vùng|miền|ven|giáp|đặc biệt|nông thôn|mới|cũ|hoặc|hay|nhiệm kỳ|khóa|khoá|đội|đoàn|hội|ủy|uỷ|"
    r"viên|lỵ|sở tại)\b)"  # "Công an xã sở tại" (the commune where the work is): part of the name
)


# A person named by the title they hold in a unit: "Phó Chủ tịch UBND xã" + "phụ trách văn hóa - xã hội".
_TITLE_IN = re.compile(
    r"^(?:Phó\s+)?(?:Chủ tịch|Trưởng|Giám đốc|Bí thư|Chánh|Thủ trưởng|Lãnh đạo|Hiệu trưởng|Cán bộ|Công chức)\b"
)


def _cut_after_scope(text: str) -> str:
    for match in _SCOPE_THEN_WORD.finditer(text):
        if not match.group("next").islower():  # "UBND huyện Đức Phổ": the place's own name
            continue
        before = text[: match.end()]
        piece = _SEPARATORS.split(before)[-1].strip().lstrip("-+•*–− ")
        if _TITLE_IN.match(piece) and re.match(r"\s+phụ trách\b", text[match.end() :]):
            continue  # "Phó Chủ tịch UBND xã phụ trách …": the field the person is in charge of
        if _START_RE.match(piece) and len(piece.split()) >= 2:
            return before
    return text


def _cut_after_known_scope(text: str, saved: dict[str, str]) -> str:
    """``text`` up to a known name that ends in its scope and opens its piece, when a lower-case word other than
    a name's own goes on after it: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" + "bồi dưỡng …" (what the unit does),
    as :func:`_cut_after_scope` cuts after "Hội Nông dân tỉnh" written out."""
    for token, name in saved.items():
        at = text.find(token)
        if at < 0 or not _SCOPE_WORD.search(name) or _SEPARATORS.split(text[:at])[-1].strip(" -+•*–−"):
            continue
        after = _SCOPE_THEN_WORD.match(name.split()[-1] + text[at + len(token) :])
        if after and after.group("next").islower():
            return text[: at + len(token)]
    return text


# A group named by its role in drafting: "Các cơ quan chủ trì soạn thảo", "cơ quan được giao chủ trì xây dựng
# dự thảo": the whole is one (generic) unit, not a unit then its task.
# So is a department named by its advice on the text ("Phòng chuyên môn tham mưu ban hành văn bản").
DRAFTERS = re.compile(
    r"^(?:[cC]ác\s+)?(?:[cC]ơ quan|[đĐ]ơn vị|sở|ban|ngành|bộ"
    r"|(?:[pP]hòng|[bB]ộ phận)(?=\s+chuyên môn|\s*,\s*(?:cơ quan|đơn vị|bộ phận)\b))"
    r"(?:\s*,\s*(?:cơ quan|đơn vị|sở|ban|ngành|bộ|phòng))*(?:\s+chuyên môn)?"
    r"(?:\s+được giao)?\s+(?:chủ trì\s+(?:soạn thảo|xây dựng)|tham mưu\s+(?:ban hành|xây dựng|soạn thảo))"
    # what is drafted, with the kind of text it is: "… soạn thảo văn bản quy phạm pháp luật", "… dự thảo luật"
    r"(?:\s+(?:dự thảo|văn bản|chính sách|đề án|nghị quyết)"
    r"(?:\s+(?:văn bản|luật|nghị quyết|nghị định|quy phạm pháp luật|pháp luật|chính sách|đề án))*)?"
    r"(?:\s+(?:có liên quan|liên quan))?$"
)


def _drafters_last(text: str) -> bool:
    """Is the last name of a list a group named by its drafting role ("Sở A, các cơ quan chủ trì soạn thảo")?"""
    return bool(DRAFTERS.match(re.split(r"\s*[,;]\s*|\s+và\s+", text.strip(" .;"))[-1]))


# What follows a council's action word when the action names it: nothing, or an object in lower case ending
# in the council's scope ("… Hội đồng đánh giá tiếp cận pháp luật xã", "… Hội đồng thẩm định cấp huyện").
_COUNCIL_WORK = re.compile(
    r"(?:(?:\s+[" + _LOWER_WORD + r"]+)*?(?<!các)\s+(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận))?\s*(?:[,;.]|$)"
)


# A group qualified by what it has ("các sở, ngành có thủ tục hành chính"): an action then a place ("… tiếp nhận
# tại Trung tâm") still qualifies what the group has.
_HAVING = re.compile(
    r"(?:^|\s)[cC]ác\s[^;]*\scó(?!\s+(?:liên quan|trách nhiệm)\b)(?:\s+[" + _LOWER_WORD + r"]+)+$"
)


def cut_action(text: str) -> str:
    """The unit part of "Sở Tư pháp biên soạn, phát hành …": the text before the first action that
    follows a complete name. An action right after "và" or a comma is one more field of the name
    ("Phòng Phổ biến, giáo dục pháp luật và theo dõi thi hành pháp luật"); one after a head still taking
    its field is part of the name, and the next action is looked at ("Hội đồng phối hợp phổ biến, giáo
    dục pháp luật huyện và Huyện đoàn phát động …": cut before "phát động")."""
    if DRAFTERS.match(text.strip(" .;")) or _drafters_last(text):
        return text
    trade_end = -1
    for match in _ACTION.finditer(text):
        before = text[: match.start()].rstrip()
        if not before or before.endswith((",", "-", "–", ";", ":")) or re.search(r"(?:^|\s)và$", before):
            continue
        if re.search(r"\snơi$", before):
            continue  # "UBND các xã nơi tổ chức phiên tòa": the place where the work is, part of the name
        if match.start() < trade_end:
            continue  # "… cung cấp thiết bị giám sát hành trình": a word of what the group sells
        if _plural_group(before) and _TRADE.match(text, match.start()):
            # "các tổ chức cung cấp dịch vụ hóa đơn điện tử": the group named by its trade, not its work; what it
            # sells runs to the next comma or semicolon
            stop = re.compile(r"[,;]").search(text, match.end())
            trade_end = stop.start() if stop else len(text)
            continue
        if re.search(r"(?:^|\s)Hội đồng$", before) and _COUNCIL_WORK.match(text[match.end() :]):
            continue  # "Các thành viên Hội đồng đánh giá, …": the council named by its work, not a verb
        if _HAVING.search(before) and re.match(r"\s+(?:tại|ở)\s+[^,;]*$", text[match.end() :]):
            continue  # "các sở có thủ tục hành chính tiếp nhận tại Trung tâm": the action of a "có" clause
        piece = _SEPARATORS.split(before)[-1]
        if _MEMBERS_BODY.match(piece.strip().lstrip("-+•*–− ")) and _PLACE_ONLY.match(text, match.end()):
            continue  # "Hiệp hội Nhà thầu xây dựng tỉnh Lâm Đồng": the trade of the members, then the place
        then = _THEN_UNIT.match(text, match.end())
        if then is not None and _START_RE.match(text[then.end() :]) and _complete(piece, before):
            # "Phó Chủ tịch UBND xã phụ trách văn hóa chỉ đạo, Công chức Tư pháp - Hộ tịch" (+ "thực hiện"): each of
            # the two does its part of the work, the verb of the first is no end of the list
            return f"{_cut_after_scope(before)}, {cut_action(text[then.end() :])}"
        if _TITLE_IN.match(piece.strip().lstrip("-+•*–− ")) and re.search(r"\sphụ trách\s", piece):
            continue  # "Lãnh đạo Chi cục phụ trách công tác tổ chức cán bộ": the field a person is in charge of
        if _complete(piece, before):
            return _cut_after_scope(before)
    return _cut_after_scope(text)


# What a group of providers sells, after "các tổ chức", "các doanh nghiệp", "các đơn vị": their trade
_TRADE = re.compile(
    r"cung cấp\s+(?:dịch vụ|nước sạch|điện|hàng hóa|hàng hoá|sản phẩm|(?:trang\s+)?thiết bị|phần mềm|vật tư|giải pháp)\b"
)


# An association named by its members and their trade ("Hiệp hội Nhà thầu xây dựng", "Hội Doanh nghiệp chế biến
# …"): an action word after the members, followed by nothing but the place, is the trade, not the work.
_MEMBERS_BODY = re.compile(r"^(?:Hiệp hội|Hội|Liên hiệp hội|Câu lạc bộ)\s+[" + _CAPITAL + r"]")
_PLACE_ONLY = re.compile(
    r"\s+(?:tỉnh|thành phố|huyện|xã|phường|Việt Nam)(?:\s+[" + _CAPITAL + r"]\S*)*\s*(?:[,;.]|\s+và\s|$)"
)
# A comma, then a unit's name (not an event named by a unit's word: "Hội nghị", "Tổ chức …").
_THEN_UNIT = re.compile(r"\s*,\s*(?!Hội\s+(?:nghị|thi|thảo|diễn|trại)\b|Tổ chức\b)(?=\S)")


def clean_name(text: str, known: KnownNames | None = None) -> str:
    text = squash(text)
    text = _PAREN.sub("", text)
    text = re.sub(r"\*+", "", text)
    saved: dict[str, str] = {}
    known = _known(known)
    if known:  # a known name keeps the words the cleaner would cut ("Ban Chỉ đạo thực hiện …")
        text = known.protect(text, saved)
    if not DRAFTERS.match(text.strip(" .")):  # "Phòng chuyên môn tham mưu ban hành văn bản": the role is the name
        text = _VERB_TAIL.sub("", text)
    text = _BY_FUNCTION_TAIL.sub("", text)
    text = re.sub(r"^(?:Giao|giao|Do|do)\s+", "", text)
    text = re.sub(r"^(?:và|cùng|với)\s+", "", text)
    # "đồng chí Phó Chủ tịch UBND xã" in running text: the unit is the post (a capitalised "Đồng chí …"
    # opening a name, as in a signature block or a table cell, is kept as written)
    text = re.sub(r"^(?:đồng chí|đ/c)\s+(?=\S)", "", text)
    return _restore(text, saved).strip(" .,;:-–")


_KNOWN = [
    (name, key(name), re.compile(re.escape(name).replace(r"\ ", r"\s+"), re.IGNORECASE))
    for name in sorted(KNOWN_NAMES, key=len, reverse=True)
]


def _protect(text: str, known: KnownNames | None = None) -> tuple[str, dict[str, str]]:
    """Replace known multi-comma names by placeholders so the splitter leaves them whole."""
    saved: dict[str, str] = {}
    for raw in KNOWN_PATTERNS:
        for match in list(re.finditer(raw, text)):
            token = f"\u0000{len(saved)}\u0000"
            saved[token] = match.group(0)
            text = text.replace(match.group(0), token, 1)
    folded = key(text)
    for _name, name_key, pattern in _KNOWN:
        if name_key not in folded:
            continue
        for match in list(pattern.finditer(text)):
            token = f"\u0000{len(saved)}\u0000"
            saved[token] = match.group(0)
            text = text.replace(match.group(0), token, 1)
    if known:
        text = known.protect(text, saved)
    return text, saved


# A bare plural kind and one more name, both qualified by the closing "có liên quan":
# "Các đội, Hải quan cửa khẩu có liên quan", "các phòng, Trạm Y tế có liên quan"
# … and without it, "Các" before a bare kind governs the one name after it: "Các ban, Văn phòng", "Các Phòng, Chi
# cục Thuế khu vực" (the departments and the office of one organisation, written as one group)
_BARE_KIND_AND_CONCERNED = re.compile(
    r"^[Cc]ác\s+(?i:đội|phòng|ban|tổ|đơn vị|cơ quan|khoa|chi nhánh)\s*,\s*(?:[^,;]+?\s+có liên quan|[^,;]+)$"
)


# a school or faculty of a university of several schools ("Đại học Huế", "Đại học Quốc gia Hà Nội") is
# written with that university after a comma: "Trường Đại học Kinh tế, Đại học Đà Nẵng"
_MEMBER_SCHOOL = re.compile(r"^(?:Trường|Khoa|Viện)\s+\S")
_UNIVERSITY = re.compile(r"^Đại học\s+[" + _CAPITAL + r"]")


def split_units(text: str | None, known: KnownNames | None = None) -> list[str]:
    """ "Sở Tư pháp, Sở Văn hóa, Thể thao và Du lịch; UBND các huyện, thị xã, thành phố" -> 3 names.

    ``known`` (default: the names of :func:`using_known`): unit names kept whole and preferred as parts."""
    if not text:
        return []
    known = _known(known)
    items = _items(text)
    if items is not None:  # "- Sở Tư pháp\n- Sở Nội vụ", "1. Sở A\n2. Sở B": one unit list an item
        text = "; ".join(_join_lines(item) for item in items)
    text = _join_lines(text)
    text = drop_places_colon(_PAREN.sub("", text))
    text = re.sub(r"^(?:phối hợp với|phối hợp|với)\s+", "", text, flags=re.IGNORECASE)
    text, saved = _protect(text, known)
    names: list[str] = []
    for chunk in re.split(r"\s*;\s*|\n+", text):
        if _BARE_KIND_AND_CONCERNED.match(_restore(chunk, saved).strip(" .")):
            names.append(chunk)  # "Các đội, Hải quan cửa khẩu có liên quan": one group as written
            continue
        cut = _cut_after_known_scope(cut_action(chunk), saved)
        if not _drafters_last(_restore(cut, saved)):  # "…, Phòng chuyên môn tham mưu ban hành văn bản"
            cut = _VERB_TAIL.sub("", cut)
        pieces = _SEPARATORS.split(cut)
        parts = known.partition(pieces, saved) if known else None
        if parts is not None:  # "Sở A và Phòng B, C": every part a name the tree knows
            names.extend(parts)
            continue
        current = pieces[0]
        places = bool(_PLACES_END.search(_restore(current, saved)))
        for n, (sep, piece) in enumerate(zip(pieces[1::2], pieces[2::2], strict=False)):
            restored = _restore(piece, saved).lstrip()
            if sep.strip() == "," and _field_of(current, restored, pieces[2 * n + 3 : 2 * n + 5]):
                current += sep + piece  # "Phòng Văn hóa, Khoa học và Thông tin": the fields of one name
                continue
            if (
                places
                and _PLACE_NAMES.match(restored)
                and not _START_RE.match(restored)
                and sep.strip() in (",", "và")
            ):
                current += sep + piece  # "Hội LHPN các huyện Kỳ Sơn, Tương Dương và Quế Phong"
                continue
            if (
                sep.strip() == ","
                and len(restored.split()) <= 5
                and not _starts_unit(restored, " và ")
                and not _same_kind_again(_restore(current, saved), restored)
                and _GROUP.search(_restore(current, saved))
            ):
                current += sep + piece  # "Ban Giám hiệu các trường Tiểu học, THCS trên địa bàn"
                continue
            if sep.strip() == "," and _MEMBER_SCHOOL.match(_restore(current, saved).strip()) and _UNIVERSITY.match(restored):
                current += sep + piece  # "Trường Đại học Y, Đại học Huế": a member school named with its university
                continue
            if sep.strip() == "," and _second_field(_restore(current, saved), restored):
                current += sep + piece  # "Trung tâm Tư vấn, Hỗ trợ hợp tác xã": two fields of one centre
                continue
            if sep.strip() == "/" and not (_START_RE.match(restored) and current.strip()):
                current += sep + piece  # "Phòng Văn hóa/Thông tin": one name; "Phòng A/Văn phòng B": two
                continue
            if (
                sep.strip() == "và"
                and _FIELD_HEAD.match(restored.rstrip(" .;:"))
                and _named(_restore(current, saved))
            ):
                current += sep + piece  # "Phòng Pháp chế và Thanh tra": a bare head word ends the name
                continue
            if sep.strip() == "và" and _department_field(_restore(current, saved), restored.rstrip(" .;:")):
                current += sep + piece  # "Phòng Nghiệp vụ và Tổ chức thi hành án": the second field of one
                continue
            after = pieces[2 * n + 3 : 2 * n + 5]
            if (
                restored.strip() == "Phòng"
                and len(after) == 2
                and after[0].strip() == ","
                and _restore(after[1], saved).lstrip().startswith("chống ")
            ):
                current += sep + piece  # "Chi cục Thủy lợi và Phòng, chống thiên tai": a field, not an office
                continue
            if _starts_unit(restored, sep, _restore(current, saved)) or piece.startswith("\u0000"):
                names.append(current)
                current = piece
            else:
                current += sep + piece
            places = bool(_PLACES_END.search(_restore(current, saved)))
        names.append(current)
    out: list[str] = []
    for name in names:
        cleaned = clean_name(_restore(name, saved), known)
        if _NONE.match(cleaned):  # a cell saying there is no unit: "Không", "x", "/"
            continue
        if cleaned and cleaned not in out:
            out.append(cleaned)
    return out


_PLACE_KINDS_LINE = (
    r"huyện|xã|phường|thị xã|thị trấn|thành phố|quận|thôn|bản|ấp|xóm|buôn|làng|khu phố|tổ dân phố"
)
_PLACE_START = re.compile(r"^các\s+(?:" + _PLACE_KINDS_LINE + r")\b")
_PLACE_SCOPE_END = re.compile(r"\b(?:tỉnh|huyện|thành phố|thị xã|xã|phường|quận|thị trấn|Trung ương|TW)$")
# Head words that are also fields of a department: bare after "và" they end the name ("Phòng Pháp chế và
# Thanh tra"); with a qualifier of their own they are the next unit ("… và Thanh tra tỉnh").
_FIELD_HEAD = re.compile(r"^(?:Thanh tra|Quân sự|Bảo hiểm|Kiểm tra|Pháp chế|Đào tạo|Tổ chức)$")
# A department inside an agency, named by its fields: "Phòng Kế hoạch - Tài chính và Bảo hiểm xã hội".
_DEPARTMENT = re.compile(r"^(?:Phòng|Ban|Tổ|Bộ phận)\s+[" + _CAPITAL + "]")


def _department_field(current: str, piece: str) -> bool:
    """After "và": a head word that is also a field, with its object in lower case and no scope ("Bảo hiểm
    xã hội", "Tổ chức thi hành án"), continues a department's name ("Phòng Lao động - Tiền lương và …"); with
    a scope ("Bảo hiểm xã hội tỉnh") or after an agency ("Sở Y tế và …") it is the next unit."""
    current = current.strip().lstrip("-+•*–− ")
    if current.startswith("Phòng ") and _LOWER_PERSON.fullmatch(piece) and _named(current):
        return True  # "Phòng Công tác tôn giáo và người có uy tín": a department named by the people it serves
    words = piece.split()
    return (
        len(words) >= 3
        and bool(_FIELD_HEAD.match(" ".join(words[:2])))
        and all(w[:1].islower() for w in words[2:])
        and not _SCOPE_WORD.search(piece)
        and not piece.endswith(" cơ sở")  # "Bảo hiểm xã hội cơ sở": the grassroots level is a scope too
        and bool(_DEPARTMENT.match(current))
        and _named(current)
    )


_OWNER_END = re.compile(
    r"(?:^|\s)(?:Sở|Bộ|Cục|Chi cục|Ban|Công ty|Tổng công ty|Trung tâm|Viện|Trường|Bệnh viện|Hội|Đoàn|"
    r"Tỉnh|Huyện|Thành phố|Xã|Phường|UBND|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Huyện uỷ)$"
)


def _named(name: str) -> bool:
    """ "Phòng Pháp chế": a head word with a field of its own (not a bare "Văn phòng", nor one named by
    its owner, "Văn phòng Sở" and "Thanh tra" being two units)."""
    name = name.strip().lstrip("-+•*–− ")  # a one-item list cell: "- Phòng Pháp chế và Thanh tra"
    head = _START_RE.match(name)
    rest = name[head.end() :].strip() if head else ""
    return bool(rest[:1].isupper() and not _OWNER_END.search(rest) and not _SCOPE_WORD.search(rest))


_NONE = re.compile(r"^(?:[Kk]hông(?:\s+có)?|[xX]|/|…|\.{2,}|[-–—]+)$")
# "cùng (với)" joins two units ("Công an xã cùng Ban Chỉ huy Quân sự xã"), not in "Ủy ban nhân dân cùng cấp"
_SEPARATORS = re.compile(r"(,\s+|\s+và\s+|\s+với\s+|\s*/\s*|\s+cùng(?:\s+với)?\s+(?=[" + _CAPITAL + r"]|các\s))")
# A name ending in "các huyện Kỳ Sơn" / "các phường 1": the place names listed next belong to it.
_PLACE_KINDS = (
    r"huyện|xã|phường|thị xã|thị trấn|thành phố|quận|tỉnh|thôn|bản|ấp|xóm|buôn|làng|khu phố|tổ dân phố|"
    r"khu dân cư|khu công nghiệp|trường|đồn|đặc khu"
)
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
_PROPER = r"(?:[" + _UPPER + r"][\w'-]*|\d+[A-Za-z]?)"
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.islower() and c.isalpha())
_PLACES_END = re.compile(
    r"\bcác\s+(?:"
    + _PLACE_KINDS
    + r")(?:\s+["
    + _LOWER
    + r"]+){0,3}\s+"
    + _PROPER
    + r"(?:\s+"
    + _PROPER
    + r"){0,3}"
    r"(?:(?:\s*,\s*|\s+và\s+)" + _PROPER + r"(?:\s+" + _PROPER + r"){0,3})*$"
)
_PLACE_NAMES = re.compile(r"^" + _PROPER + r"(?:\s+" + _PROPER + r"){0,3}$")
# A plural group ("Ban Giám hiệu các trường Tiểu học, THCS"): a short piece after a comma that does not
# start like a unit is one more member of the group, not a unit of its own.
_GROUP = re.compile(r"(?:^|\s)[cC]ác\s+\S")


def _restore(text: str, saved: dict[str, str]) -> str:
    for token, original in saved.items():
        text = text.replace(token, original)
    return text


_ITEM_MARK = re.compile(r"^(?:(?P<bullet>[-+•*–−])|(?P<number>\d{1,2}|[a-zđ])[.)])\s+(?=\S)")


def _items(text: str) -> list[str] | None:
    """The items of a cell written as a list ("- Sở Tư pháp" / "- Sở Nội vụ"), or None.

    Only when the cell's first line carries the mark: a "- Xã hội" line under "Phòng Văn hóa" is the
    rest of a hyphenated name, not an item."""
    lines = [squash(line) for line in text.splitlines() if line.strip()]
    first = _ITEM_MARK.match(lines[0]) if lines else None
    if first is None or len(lines) < 2:
        return None
    kind = "bullet" if first.group("bullet") else "number"
    items: list[str] = []
    for line in lines:
        m = _ITEM_MARK.match(line)
        if m and m.group(kind):
            items.append(line[m.end() :].rstrip(" ;,."))
        else:
            items[-1] = f"{items[-1]}\n{line}"
    return items if len(items) >= 2 else None


def _join_lines(text: str) -> str:
    """Lines of a table cell: a line that starts like a unit name starts a new unit, others continue."""
    out = ""
    for line in (squash(line) for line in text.splitlines()):
        if not line:
            continue
        # "UBND" at a line end waits for "các xã, thị trấn"; "… thuộc" for "Ban"
        dangling = bool(out) and _goes_on(out, line)
        if (
            out
            and not dangling
            and (_START_RE.match(line) or _LOWER_START.match(line))
            and not out.endswith((",", ";", " và"))
        ):
            out += "; " + line
        else:
            out = f"{out} {line}".strip()
    return out


def unwrap_cell(text: str, capacity: int) -> str:
    """A PDF cell's lines with the breaks that are only the cell's width joined by spaces.

    ``capacity`` is the longest line of the column (in characters): a line followed by a word
    that would not have fitted after it was wrapped there ("Đoàn Thanh niên" / "Công an tỉnh"),
    whatever that word is; a shorter line ended where its writer ended it, so the break stays
    (and separates two units when the next line starts like one and the line reads as a whole name).
    """
    items = _items(text)
    if items is not None:  # a listed cell: each item unwrapped on its own, ended before an item naming a unit
        parts = [unwrap_cell(item, capacity) for item in items]
        return parts[0] + "".join(
            (";\n" if looks_like_unit(part) or _LOWER_START.match(part) else "\n") + part for part in parts[1:]
        )
    lines = [squash(line) for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    out = [lines[0]]
    above = lines[0]  # the printed line above: whether a word would have fitted is measured on it
    for line in lines[1:]:
        previous = out[-1].split("\n")[-1]
        unit = re.split(r";\s*", previous)[-1]  # "Các chi nhánh …; Công đoàn" / "Công ty": the unit being read
        label = _ROLE_LABEL.match(unit)
        if label is not None:  # "Phối hợp: Ban Tuyên giáo" / "Tỉnh đoàn": the unit after its label
            unit = unit[label.end() :].strip()
        last = re.split(r",\s+|\s+và\s+", unit)[-1]
        if last != unit and _START_RE.match(last):
            unit = last  # "Các phòng, Công an xã, Ban Chỉ huy" / "Quân sự xã": the list's last name is being read
        first_word = line.split()[0]
        wrapped = len(above) + 1 + len(first_word) > capacity
        # the next unit's first word would have fitted with room to spare (characters are not all as wide):
        # the writer ended the line, even after a name ending in a head that may wait for its owner ("Tổ Văn
        # phòng" / "Đoàn Thanh niên"; not head words alone: "Văn phòng" / "UBND tỉnh")
        roomy = len(above) + 1 + len(first_word) <= 0.8 * capacity and bool(_START_RE.match(line))
        above = line
        complete = not previous.endswith(";") and (
            not _goes_on(previous, line)
            or (not wrapped and _owned_head_end(unit, line))
            or (roomy and not _OPEN_END.search(unit) and not _LONE_HEAD.match(line) and not _bare_head(unit))
        )
        # a person listed among units in lower case ("giáo viên chủ nhiệm") on a line the writer began
        starts = bool(_START_RE.match(line) or _LOWER_START.match(line) or (not wrapped and looks_like_unit(line)))
        if _ROLE_LABEL.match(line):  # "Chủ trì: X" / "Phối hợp: Y" on lines of their own
            out[-1] = f"{out[-1]}\n{line}"
        elif _POLICE_DEPARTMENT.match(unit) and _POLICE_OWNER.match(line):
            out[-1] = f"{out[-1]} {line}"  # "Phòng Cảnh sát giao thông" / "Công an tỉnh": the department's owner
        elif _WHOLE_HEADS.match(re.split(r"[;,]", line)[0].strip()) and _DEPARTMENT.match(unit) and _named(unit):
            # "Ban Tuyên giáo" / "Tỉnh Đoàn" (or "Tỉnh Đoàn; Y"): a department, then its owner
            out[-1] = f"{out[-1]} {line}"
        elif (
            line.startswith("các ")
            and not _reads_whole(unit)
            and not previous.endswith((";", ","))
            and (all(w[:1].islower() for w in unit.split()[1:]) or _OWNERLESS_BOARD.match(unit))
        ):
            # "Giáo viên chủ nhiệm" / "các lớp", "Ban Chỉ huy" / "các đơn vị": a title or a board of leaders
            # and the plural group they belong to
            out[-1] = f"{out[-1]} {line}"
        elif (
            _BARE_PLACE_END.search(previous)
            and (place := _PLACE_NAME_LINE.match(line))
            and not _START_RE.match(place.group(2))
            and (place.group(3) or line == lines[-1])  # not "Hội Liên" / "hiệp Phụ nữ tỉnh": a name wrapped
        ):
            out[-1] = f"{out[-1]} {line}"  # "Công an phường" / "Hòa Bình, Đội …": the place's name wrapped
        elif starts and complete and (not wrapped or _reads_whole(unit)):
            # a name ending in its owner's head word ("Văn phòng Sở") would be read on into the next line
            # by the cell's splitting: its end is written out
            # (so is a person in lower case: "Công an xã" / "giáo viên chủ nhiệm")
            mark = ";" if _goes_on(previous, line) or (line[:1].islower() and not _LOWER_START.match(line)) else ""
            out[-1] = f"{out[-1]}{mark}\n{line}"
        else:
            out[-1] = f"{out[-1]} {line}"
    return out[0]


# A cell line ending in a kind of place with no name ("Công an phường", "UBND xã") over a line opening with a place's
# name (two capitalised words, then the list's punctuation or the cell's end: "Tân Phú, Đội …"): the name of the place
# wrapped. Not a unit written as a head and one word ("Tỉnh Đoàn"): the second word is no head of a unit.
_BARE_PLACE_END = re.compile(r"(?:^|\s)(?:tỉnh|huyện|thành phố|thị xã|xã|phường|quận|thị trấn|đặc khu)$")
_PLACE_NAME_LINE = re.compile(r"^([" + _UPPER + r"]\w*)\s+([" + _UPPER + r"]\w*)(?:\s*([,;.])|$)")


def _bare_head(unit: str) -> bool:
    """ "Bộ Chỉ huy", "UBND", "…, Tổ", "Ban Chấp hành": head words alone, waiting for the rest of the name on any line; not a
    head with words of its own before it ("Tổ Văn phòng")."""
    end = _END_RE.search(unit)
    return bool(
        _BARE_HEAD_END.search(unit)
        or (end and end.start() == 0)
        or _OWNERLESS_BOARD.match(re.sub(r"^[cC]ác\s+", "", unit.strip()))  # "Ban Chỉ huy" / "Quân sự xã"
    )


# A department of the police ("Phòng Cảnh sát giao thông", "Đội An ninh") over a line naming a police force alone
# ("Công an tỉnh", "Công an huyện X;"): the force it belongs to, not one more unit.
_POLICE_DEPARTMENT = re.compile(r"^(?:Phòng|Đội|Trại|Trung tâm)\s+(?:Cảnh sát|An ninh)\b")
_POLICE_OWNER = re.compile(r"^Công an\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\b[^,;]*[,;]?$")


# A board of leaders named by its leaders alone belongs to a body named after it ("Ban Giám đốc" / "các bệnh viện")
_OWNERLESS_BOARD = re.compile(
    r"^Ban\s+(?:Giám hiệu|Giám đốc|Chỉ huy|Lãnh đạo|Thường vụ|Chấp hành|Điều hành|Chủ nhiệm|Quản trị)$"
)


def _owned_head_end(unit: str, line: str) -> bool:
    """ "Văn phòng Sở" / "Phòng Chuyển đổi số": a name ending in the head word of the body it belongs to
    ("Sở", "Bộ", "Ban" after words of its own, not cut from a list after a comma) is whole when the next
    line starts a unit that would have fitted after it: the writer ended the line there."""
    piece = re.split(r"[,;]\s*|\s(?:và|với)\s", unit)[-1]
    return (
        len(piece.split()) >= 2
        and (end := _END_RE.search(piece)) is not None
        and end.start() > 0  # "Bộ Chỉ huy" / "Quân sự tỉnh": the head words alone still wait for the rest
        and not _OPEN_END.search(piece)
        and not _BARE_HEAD_END.search(piece)
        and _reads_whole(piece)
        and not _LONE_HEAD.match(line)
        and not (_PLACE_START.match(line) and not _PLACE_SCOPE_END.search(piece))
    )


_SCOPE_END = re.compile(
    r"\b(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn|đặc khu|Thành phố|Tỉnh|Sở|Bộ|Trung ương|"
    r"TW|Việt Nam|Nhà nước|nhà nước)$|\s[" + _UPPER + r"]\w*\s[" + _UPPER + r"]\w*$"
    # a plural group ends a name: "Ban Quản lý các khu công nghiệp", "Trưởng các tổ dân phố"
    # (of a kind in lower case: "… các Phó Chủ tịch" / "Hội" waits for its owner)
    r"|\S\s+các\s+[" + _LOWER_WORD + r"][^\s,;]*(?:\s+[^\s,;]+){0,4}$"
)
_WHOLE_START = re.compile(
    r"^(?:Sở|Phòng|Bộ|Cục|Chi cục|Tỉnh đoàn|Huyện đoàn|Thành đoàn|Tỉnh ủy|Tỉnh uỷ|Huyện ủy|Thành ủy|"
    r"Trường|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Các|các|Kho bạc|Tòa án|Viện kiểm sát)\s+\S"
)


_ROLE_LABEL = re.compile(
    r"^(?:[-+•]\s*)?(?:(?:đơn vị|cơ quan)\s+)?(?:chủ trì|phối hợp|thực hiện|thời gian|thời hạn)[^:]{0,20}:",
    re.IGNORECASE,
)


def _reads_whole(name: str) -> bool:
    """Does a line read as a whole unit name ("Tỉnh đoàn", "Công an tỉnh", "Sở Tư pháp"), not the
    first part of one ("Đoàn Thanh niên" of "… Công an tỉnh", "Thanh tra" of "… Công an tỉnh")?"""
    return bool(
        _SCOPE_END.search(name) or _WHOLE_START.match(name) or _WHOLE_HEADS.match(name) or _LEVEL_END.search(name)
    )


# A name ending in its level or sector ends there: "Bảo hiểm xã hội cơ sở", "Công đoàn ngành Y tế"
_LEVEL_END = re.compile(r"\S\s+(?:cơ sở|ngành\s+[" + _UPPER + r"]\w*(?:\s+[\wÀ-ỹ]+)?)$")


def _is_field(text: str, most: int = 5) -> bool:
    """A capitalised field of work ("Khoa học", "Hạ tầng", "Biến đổi khí hậu"), not a unit's name."""
    words = text.split()
    return (
        0 < len(words) <= most
        and text[:1].isupper()
        and not _START_RE.match(text)
        and not _LOWER_START.match(text)
        and all(w[:1].islower() for w in words[1:])
    )


def _field_of(current: str, piece: str, after: list[str]) -> bool:
    """ "Head A, B và C": B is a field of the department named before when "và C" (a field) ends the list."""
    if not (_START_RE.match(current.lstrip()) and _is_field(piece)):
        return False
    if len(after) < 2 or after[0].strip() != "và":
        return False
    return _is_field(after[1].strip())


def _without_owner(piece: str) -> str:
    """ "Đoàn kết tập hợp thanh niên Tỉnh Đoàn" -> "Đoàn kết tập hợp thanh niên": a field without the
    organisation it belongs to, written after it ("Ban Chính sách, Luật pháp Hội LHPN tỉnh")."""
    words = piece.split()
    for i in range(1, len(words)):
        tail = " ".join(words[i:])
        if words[i][:1].isupper() and (_WHOLE_HEADS.match(tail) or _START_RE.match(tail)):
            return " ".join(words[:i])
    return piece


def _second_field(current: str, piece: str) -> bool:
    """ "Trung tâm Tư vấn" then ", Hỗ trợ hợp tác xã": a head word with one capitalised field, then a
    second field (no head word of its own, lower case after its first word, maybe followed by the
    organisation both fields belong to: "Ban Tuyên giáo" then ", Đoàn kết tập hợp thanh niên Tỉnh Đoàn")
    of the same unit."""
    current = current.strip().lstrip("-+•*–− ")
    head = _START_RE.match(current)
    piece = piece.rstrip(" .;:")
    field = _without_owner(piece)
    if head is None or not _is_field(field, 5 if field == piece else 7):
        return False
    rest = current[head.end() :].strip()
    # the first field may itself be two joined by a dash: "Ban Tuyên giáo - Chính sách" then ", Luật pháp";
    # or by a comma, a third field following: "Phòng Giống, Thú y" then ", Thủy sản"
    parts = re.split(r"\s+[-–]\s+|\s*,\s+", rest)
    return (
        len(parts) <= 2
        and all(_is_field(part) and len(part.split()) <= 3 for part in parts)
        and not _SCOPE_WORD.search(rest)
        and not _OWNER_END.search(rest)  # "Văn phòng Cục, Thống kê các tỉnh": two units
        and not _GROUP.search(piece)
    )


# Persons named by their standing in lower case, listed among units: "…, người có uy tín trong đồng bào
# dân tộc thiểu số", "… và chủ nhà trọ", "già làng, trưởng bản"
# … and staff named by their post: "…, giáo viên bộ môn", "… và công chức Tư pháp - Hộ tịch" (not the fields of a
# department: "Phòng Cán bộ, công chức, viên chức")
_LOWER_PERSON = re.compile(
    r"^(?:người có uy tín|người sử dụng lao động|(?:các\s+)?chủ (?:(?:các|những)\s+)?(?:nhà trọ|doanh nghiệp|cơ sở|hộ kinh doanh|rừng|đầu tư)|già làng|(?:các\s+)?trưởng (?:thôn|bản|ấp|xóm|buôn|"
    r"tổ dân phố|dòng họ)|(?:các\s+)?(?:giáo viên|nhân viên|hòa giải viên|hoà giải viên|tuyên truyền viên|"
    r"báo cáo viên|cộng tác viên|phụ huynh|cha mẹ học sinh)|(?:công chức|cán bộ|viên chức)(?=\s+[" + _CAPITAL + r"]))\b"
)
_STAFF = ("công chức", "cán bộ", "viên chức")
# "Các" + a kind of institution with words of its own, then another kind with words of its own: two groups
# (not "Các bệnh viện, trung tâm y tế trực thuộc Sở", where the words after the second qualify both)
_INSTITUTIONS = r"trường|trung tâm|bệnh viện|trạm y tế|cơ sở giáo dục|thư viện|nhà văn hóa"
_QUALIFIED_GROUP = re.compile(r"^[cC]ác\s+(?P<kind>" + _INSTITUTIONS + r")\s+\S")
_QUALIFIED_KIND = re.compile(r"^(?P<kind>" + _INSTITUTIONS + r")\s+\S+\s+\S")


# Representatives written in lower case after a comma or "và": "…, đại diện cha mẹ học sinh", "… và đại diện
# các hộ dân" (not "Ban đại diện …", a unit's own name, with no separator before it)
# (or the families of the people the work is for: "UBND xã và gia đình người được đặc xá", "… và gia đình học sinh")
_REPRESENTATIVES = re.compile(r"^(?:đại diện|gia đình(?=\s+(?:người|học sinh|các|phạm nhân|nạn nhân|trẻ)\b))\s+\S")
# A grassroots branch written in lower case, then whose it is: "công đoàn cơ sở các doanh nghiệp", "chi hội các ấp"
# (a union's levels too: "…, công đoàn cấp trên trực tiếp cơ sở", "…, công đoàn ngành giáo dục")
_LOWER_BRANCH = re.compile(r"^(?:công đoàn (?:cơ sở|cấp trên|ngành)|tổ công đoàn|chi đoàn|chi hội|chi bộ)\s+\S")
# A local government named by its kind in lower case and its proper name, after "và": "UBND các xã ven biển và
# đặc khu X", "… và phường Y" (one more place of its own, not a field of the name before)
_NAMED_PLACE = re.compile(r"^(?:xã|phường|thị trấn|đặc khu|thị xã|huyện|quận)\s+[" + _CAPITAL + r"]")


def _same_kind_again(before: str, text: str) -> bool:
    """Does ``text`` open with the head of the name ``before`` in lower case ("Công đoàn các khu công nghiệp" /
    "công đoàn ngành"): a second unit of that kind, not a part of the group ``before`` ends with?"""
    head = _START_RE.match(before.strip())
    return bool(head and len(head.group(0).split()) >= 2 and text.startswith(head.group(0).lower() + " "))


def _starts_unit(text: str, sep: str, before: str = "") -> bool:
    """Does ``text``, after a comma or "và" (and ``before``), start the next unit of a list?"""
    if _START_RE.match(text) or _LOWER_START.match(text):
        return True
    # "… và Người có uy tín tại các buôn": a person by standing written with a capital, after a separator
    person = _LOWER_PERSON.match(text) or _LOWER_PERSON.match(text[:1].lower() + text[1:])
    if _REPRESENTATIVES.match(text):
        return True  # "Ủy ban MTTQ xã và đại diện các hộ dân …": people sent by others, a participant of their own
    if person:  # "công chức Tư pháp - Hộ tịch", not "Cán bộ, công chức UBND xã" (one group of a unit's staff)
        return not (
            person.group(0) in _STAFF
            and re.search(r"(?:^|[\s,])(?:cán bộ|công chức|viên chức)$", before.strip(" -+•*–−").lower())
            and _START_RE.match(text[person.end() :].lstrip())
        )
    if sep.strip() == "," and text[:1].isupper() and not _CONT_RE.match(text):
        return True
    above = _START_RE.match(before.strip(" -+•*–−"))
    if sep.strip() == "," and text[:1].isupper() and above and before.strip(" -+•*–−")[above.end() :].islower():
        return True  # "Đoàn trường, Y tế trường học": no capitalised field above for "Y tế" to continue
    if sep.strip() == "," and _same_kind_again(before, text):
        return True  # "Công đoàn các khu công nghiệp, công đoàn cơ sở …": the same kind again, in lower case
    if _LOWER_BRANCH.match(text):
        return True  # "Ban Quản lý Khu kinh tế và công đoàn cơ sở các doanh nghiệp": a branch in lower case
    if sep.strip() == "và" and _NAMED_PLACE.match(text):
        return True  # "UBND các xã ven biển và đặc khu X": the place after "và" is a unit of its own
    group = _QUALIFIED_GROUP.match(before.strip(" -+•*–−"))
    other = _QUALIFIED_KIND.match(text)
    if sep.strip() == "," and group and other and other.group("kind") != group.group("kind"):
        return True  # "Các trường mầm non công lập, trung tâm học tập cộng đồng …": two groups, each qualified
    return False


_INNER_ORGANISATION = re.compile(r"^(?:Công đoàn|Chi bộ|Chi đoàn|Chi hội|Đảng [uủ]y|Đoàn|Tổ công đoàn)\b")


def department_after_mention(name: str) -> int | None:
    """Where a department starts inside ``name`` when a unit word and lower-case words come before it ("Hội cơ
    sở Ban Tuyên giáo": the end of a title that ran into its lead, "… cho cán bộ Hội cơ sở"), or None. A
    department's owner is written after it ("Ban Tuyên giáo Tỉnh Đoàn"), not before it; but a title holds a
    department ("Trưởng ban Ban …"), the union, party cell or youth branch inside one is named by it ("Công đoàn
    cơ sở Ban Quản lý …") and a clause names one ("… thuộc Phòng …")."""
    head = _START_RE.match(name)
    if head is None or _TITLE_IN.match(name) or _INNER_ORGANISATION.match(name):
        return None
    words = name[head.end() :].split()
    for n, word in enumerate(words):
        if not word[:1].islower():
            if n == 0 or _OPEN_END.search(" ".join(words[:n])) or words[n - 1] == "trách":
                return None
            rest = " ".join(words[n:])
            return len(name) - len(rest) if _DEPARTMENT.match(rest) and _named(rest) else None
    return None


def looks_like_unit(text: str) -> bool:
    """Does ``text`` start like a unit's name, or like a person listed among units ("Người có uy tín …")?"""
    text = text.strip()
    return bool(_START_RE.match(text) or _LOWER_PERSON.match(text[:1].lower() + text[1:]))


# --- Names the unit tree knows ------------------------------------------------------------------
# A province's own staff import plans that name its units as the tree does: those names are kept whole
# like KNOWN_NAMES ("Trung tâm Dịch vụ, Hội nghị và Triển lãm"), and a list that reads as known names
# only is split into them. Matched on folded, lower-case text at word boundaries.

# Between two words of a known name written with punctuation (", ", " - "): any punctuation but a list's
# ";", a line break or a placeholder of a name already protected; written with a space: spaces only.
_JOIN = r"[^\w;\n\x00]+"


def _fragments(name: str) -> list[str]:
    """The regex pieces of a name on folded lower-case text: words and what joins them."""
    parts = re.split(r"([^\w]+)", fold(squash(name)).lower())
    out: list[str] = []
    for n, part in enumerate(parts):
        if n % 2 == 0:
            if part:
                out.append(re.escape(part))
        elif out and n + 1 < len(parts) and parts[n + 1]:
            out.append(r"\s+" if not part.strip() else _JOIN)
    return out


def _fold_same_length(text: str) -> str:
    """``text`` folded and lower-cased, one character for one, so positions carry over."""
    folded = fold(text).lower()
    if len(folded) == len(text):
        return folded
    out = []
    for char in text:
        one = fold(char).lower()
        out.append(one if len(one) == 1 else char)
    return "".join(out)


def _needs_guard(name: str) -> bool:
    """Could the splitter or the cleaner cut ``name`` ("…, … và …", "… - …", "… thực hiện …")?"""
    return bool(
        _SEPARATORS.search(name)
        or re.search(r"\s[-–]\s", name)
        or _VERB_TAIL.search(name)
        or cut_action(name) != name
    )


def _trie_pattern(sequences: list[list[str]]) -> str:
    """One regex for many sequences of regex pieces, sharing their common starts (fast on long lists)."""
    trie: dict[str, Any] = {}
    for words in sequences:
        node = trie
        for word in words:
            node = node.setdefault(word, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        # longer pieces first; a piece that also ends a name tries its continuations before itself
        alternatives = []
        for piece, child in sorted(node.items(), key=lambda kv: -len(kv[0])):
            if not piece:
                continue
            more = set(child) - {""}
            if more and "" in child:
                alternatives.append(f"{piece}(?:{build(child)})?")
            elif more:
                alternatives.append(f"{piece}{build(child)}")
            else:
                alternatives.append(piece)
        return "(?:" + "|".join(alternatives) + ")"

    return build(trie)


class KnownNames:
    """The unit names one import knows, compiled once: ``keys`` (every name, by :func:`key`) and
    ``pattern`` (the names the splitter could cut, on folded lower-case text)."""

    def __init__(self, names: Iterable[str]) -> None:
        cleaned = sorted({squash(n) for n in names if n and n.strip()}, key=len, reverse=True)
        self.keys = {k for k in (key(n) for n in cleaned) if k}
        guarded = [pieces for pieces in (_fragments(n) for n in cleaned if _needs_guard(n)) if pieces]
        self.pattern = (
            re.compile(r"(?<![\w\x00])" + _trie_pattern(guarded) + r"(?![\w\x00])") if guarded else None
        )

    def __bool__(self) -> bool:
        return bool(self.keys)

    def protect(self, text: str, saved: dict[str, str]) -> str:
        """``text`` with the known names the splitter could cut replaced by placeholders kept in ``saved``."""
        if self.pattern is None:
            return text
        spans = [m.span() for m in self.pattern.finditer(_fold_same_length(text))]
        for start, end in reversed(spans):
            token = f"\u0000{len(saved)}\u0000"
            saved[token] = text[start:end]
            text = text[:start] + token + text[end:]
        return text

    def partition(self, pieces: list[str], saved: dict[str, str]) -> list[str] | None:
        """Pieces of a list and their separators (``_SEPARATORS.split``) grouped into known names only,
        the fewest names first ("Sở A và Sở B" with both known), or None when some piece is no known name."""
        parts = pieces[0::2]
        count = len(parts)
        if count < 2 or count > 40:
            return None
        best: list[list[str] | None] = [None] * (count + 1)
        best[count] = []
        for start in range(count - 1, -1, -1):
            for end in range(count, start, -1):
                tail = best[end]
                current = best[start]
                if tail is None or (current is not None and len(current) <= len(tail) + 1):
                    continue
                group = "".join(pieces[2 * start : 2 * end - 1])
                if key(_restore(group, saved)) in self.keys:
                    best[start] = [group, *tail]
        return best[0]


_ACTIVE: ContextVar[KnownNames | None] = ContextVar("known_unit_names", default=None)


@lru_cache(maxsize=8)
def _compiled(names: tuple[str, ...]) -> KnownNames:
    return KnownNames(names)


def compile_known(names: Iterable[str] | KnownNames | None) -> KnownNames | None:
    """The compiled form of a collection of unit names (the same collection compiled once), or None."""
    if names is None or isinstance(names, KnownNames):
        return names or None
    known = _compiled(tuple(sorted(set(names))))
    return known or None


@contextmanager
def using_known(known: KnownNames | None) -> Iterator[None]:
    """Within the block, :func:`split_units` and :func:`clean_name` protect ``known``'s names."""
    token = _ACTIVE.set(known)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


def _known(known: KnownNames | None) -> KnownNames | None:
    return known if known is not None else _ACTIVE.get()
