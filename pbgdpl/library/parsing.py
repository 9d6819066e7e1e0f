"""Parsing of Vietnamese statute text: header metadata and the structure tree.

A law as published reads::

    QUỐC HỘI --------
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
    Luật số: 29/2013/QH13
    Hà Nội, ngày 18 tháng 6 năm 2013
    LUẬT
    KHOA HỌC VÀ CÔNG NGHỆ
    Căn cứ Hiến pháp ...
    Chương I
    NHỮNG QUY ĐỊNH CHUNG
    Điều 1. Phạm vi điều chỉnh
    1. Khoản một ...
    a) Điểm a ...

:func:`parse_text` returns the header metadata (number, type, title, issuer, date) and a tree of
:class:`Node` (Phần, Chương, Mục, Tiểu mục, Điều, Khoản, Điểm) with stable anchors such as
``dieu-5-khoan-2-diem-a``. Articles are numbered per document, so their anchors do not carry the
chapter; chapters, sections and parts are numbered in their own sequence (``chuong-ii``,
``chuong-ii-muc-1``, ``phan-1``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from pbgdpl.core import docnumbers
from pbgdpl.core.text import nfc, parse_date_phrase

KINDS = ("phan", "chuong", "muc", "tieu-muc", "dieu", "khoan", "diem")
_RANK = {kind: i for i, kind in enumerate(KINDS)}


@dataclass
class Node:
    """One structural unit.

    ``text`` is the unit's full text including its children's text, without the unit's own
    heading for Phần/Chương/Mục/Điều (the number and title are separate fields); for Khoản and
    Điểm it is the lines as written ("2. ...", "a) ...").
    """

    kind: str
    number: str
    title: str
    text: str
    anchor: str
    children: list[Node] = field(default_factory=list)

    def walk(self):  # type: ignore[no-untyped-def]
        yield self
        for child in self.children:
            yield from child.walk()

    @property
    def label(self) -> str:
        """ "Điều 5", "Chương II", "khoản 2", "điểm a"."""
        names = {
            "phan": "Phần",
            "chuong": "Chương",
            "muc": "Mục",
            "tieu-muc": "Tiểu mục",
            "dieu": "Điều",
            "khoan": "Khoản",
            "diem": "Điểm",
        }
        return f"{names[self.kind]} {self.number}"


@dataclass
class ParsedDocument:
    number: str | None
    type: str | None
    title: str
    issuer: str | None
    issued: dt.date | None
    text: str
    nodes: list[Node]

    def articles(self) -> list[Node]:
        """Every "dieu" node in document order."""
        return [node for top in self.nodes for node in top.walk() if node.kind == "dieu"]

    def find(self, anchor: str) -> Node | None:
        for top in self.nodes:
            for node in top.walk():
                if node.anchor == anchor:
                    return node
        return None


# --- header -----------------------------------------------------------------------------------

_TYPES = {
    "BỘ LUẬT": "Bộ luật",
    "LUẬT": "Luật",
    "HIẾN PHÁP": "Hiến pháp",
    "PHÁP LỆNH": "Pháp lệnh",
    "NGHỊ QUYẾT": "Nghị quyết",
    "NGHỊ ĐỊNH": "Nghị định",
    "THÔNG TƯ": "Thông tư",
    "QUYẾT ĐỊNH": "Quyết định",
    "CHỈ THỊ": "Chỉ thị",
}
_ISSUERS = {
    "QUỐC HỘI": "Quốc hội",
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
    "CHÍNH PHỦ": "Chính phủ",
    "THỦ TƯỚNG CHÍNH PHỦ": "Thủ tướng Chính phủ",
    "CHỦ TỊCH NƯỚC": "Chủ tịch nước",
    "HỘI ĐỒNG NHÀ NƯỚC": "Hội đồng Nhà nước",
}
_NUMBER_RE = re.compile(r"\bSố\s*:?\s*([0-9][^\s,;]*)", re.IGNORECASE)
_FILENAME_NUMBER_RE = re.compile(r"-(\d{1,3})-((?:19|20)\d\d)-([A-Z]{2,}\d*)-")
_HEADER_CHARS = 2000


def _is_upper_line(line: str) -> bool:
    letters = [ch for ch in line if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def _parse_header(lines: list[str], text: str, filename: str | None) -> dict:
    head = text[:_HEADER_CHARS]
    basis = re.search(r"^\s*Căn cứ", head, re.MULTILINE)
    if basis:  # the number is above the legal basis, which cites other documents' numbers
        head = head[: basis.start()]
    number = None
    match = _NUMBER_RE.search(head)
    if match:
        number = docnumbers.normalise(match.group(1)) or match.group(1).strip(".")
    if number is None and filename:
        fmatch = _FILENAME_NUMBER_RE.search(filename)
        if fmatch:
            number = f"{int(fmatch.group(1)):02d}/{fmatch.group(2)}/{fmatch.group(3)}"

    issuer = None
    first = lines[0] if lines else ""
    first_upper = re.sub(r"[-–_]{2,}.*$", "", first).strip()
    for key, value in sorted(_ISSUERS.items(), key=lambda kv: -len(kv[0])):
        if first_upper.upper().startswith(key):
            issuer = value
            break

    doc_type = None
    title_upper = ""
    for i, line in enumerate(lines[:15]):
        stripped = line.strip()
        if stripped.upper() in _TYPES and _is_upper_line(stripped):
            doc_type = _TYPES[stripped.upper()]
            parts = []
            for nxt in lines[i + 1 : i + 5]:
                if _is_upper_line(nxt) and not nxt.startswith(("Căn cứ", "CHƯƠNG", "Chương")):
                    parts.append(nxt.strip())
                else:
                    break
            title_upper = _strip_old_style(" ".join(parts))
            break
    title = ""
    if doc_type and title_upper:
        title = f"{doc_type} {_recase(title_upper, text)}"
    elif doc_type:
        title = doc_type
    elif lines:
        title = lines[0][:200]
    issued = parse_date_phrase(head[:600])
    return {"number": number, "type": doc_type, "title": title, "issuer": issuer, "issued": issued}


_OLD_STYLE_RE = re.compile(r"\s*(?:\bCỦA\s+QUỐC\s+HỘI\b|\bSỐ\b\s*:?\s*\d|\bNGÀY\s+\d)", re.IGNORECASE)


def _strip_old_style(title: str) -> str:
    """Old headers name the law after its number and date: "CỦA QUỐC HỘI ... SỐ 15/2003/QH11 NGÀY ... VỀ THI
    ĐUA, KHEN THƯỞNG" -> "THI ĐUA, KHEN THƯỞNG"; "THUẾ SỬ DỤNG ĐẤT NÔNG NGHIỆP SỐ 23-L/CTN ..." -> the part before."""
    title = re.sub(r"\s+QUỐC\s+HỘI\s+KH[OÓ][AÁ]\b.*$", "", title, flags=re.IGNORECASE)
    match = _OLD_STYLE_RE.search(title)
    if match is None:
        return title
    about = re.search(r"\bVỀ\s+(.+)$", title[match.start() :], re.IGNORECASE)
    if about:
        return about.group(1).strip()
    return title[: match.start()].strip() or title


def _recase(upper: str, text: str) -> str:
    """The name as the body writes it ("Quốc hội ban hành Luật khoa học và công nghệ"), else sentence case."""
    pattern = re.compile(re.escape(upper).replace(r"\ ", r"\s+"), re.IGNORECASE)
    for match in pattern.finditer(text, 0, 20000):
        found = match.group(0)
        if not _is_upper_line(found):
            name = " ".join(found.split())
            return name[:1].upper() + name[1:]
    lowered = upper.lower()
    return lowered[:1].upper() + lowered[1:]


# --- structure --------------------------------------------------------------------------------

_ORDINALS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip
_PHAN_RE = re.compile(r"^PHẦN\s+(?:THỨ\s+)?([^\s.:]+(?:\s+(?:MỘT|HAI))?)\s*[.:]?\s*(.*)$", re.IGNORECASE)
_CHUONG_RE = re.compile(r"^CHƯƠNG\s+([IVXLC]+|\d+)([a-z]?)\s*(?:[.:\-–]\s*(.*)|\s+(\S.*))?$", re.IGNORECASE)
_MUC_RE = re.compile(r"^(TIỂU\s+MỤC|MỤC)\s+(\d+|[IVXLC]+)\s*(?:[.:\-–]\s*(.*)|\s+(\S.*))?$", re.IGNORECASE)
_DIEU_RE = re.compile(r"^Điều\s+(\d+[a-zđ]?)\s*(?:[.:]\s*(.*)|\s+(\S.*))?$")
_KHOAN_RE = re.compile(r"^(\d+[a-zđ]?)\.\s*(\S.*)$")
_DIEM_RE = re.compile(r"^([a-zđ]\d?)\)\s*(.*)$")


def _starts_upper(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.isupper()
        if ch.isdigit():
            return False
    return False


def _slug(number: str) -> str:
    return number.lower().replace("đ", "d").replace(" ", "-")


class _Builder:
    def __init__(self) -> None:
        self.roots: list[Node] = []
        self.stack: list[tuple[Node, list[str]]] = []
        self.seen: set[str] = set()
        self.counts: dict[str, int] = {}

    def _close_to(self, rank: int) -> None:
        while self.stack and _RANK[self.stack[-1][0].kind] >= rank:
            self._pop()

    def _pop(self) -> None:
        node, lines = self.stack.pop()
        node.text = "\n".join(lines).strip()
        if self.stack:
            self.stack[-1][1].append(node.text if node.kind in ("khoan", "diem") else "")

    def current(self, kind: str) -> Node | None:
        for node, _ in reversed(self.stack):
            if node.kind == kind:
                return node
        return None

    def open(self, kind: str, number: str, title: str, first_line: str | None = None) -> Node:
        self._close_to(_RANK[kind])
        if kind in ("phan", "chuong", "dieu"):
            anchor = f"{kind}-{_slug(number)}"
        else:
            parent = self.stack[-1][0].anchor if self.stack else ""
            anchor = f"{parent}-{kind}-{_slug(number)}".strip("-")
        if anchor in self.seen:
            self.counts[anchor] = self.counts.get(anchor, 1) + 1
            anchor = f"{anchor}-{self.counts[anchor]}"
        self.seen.add(anchor)
        node = Node(kind=kind, number=number, title=title, text="", anchor=anchor, children=[])
        if self.stack:
            self.stack[-1][0].children.append(node)
        else:
            self.roots.append(node)
        self.stack.append((node, [first_line] if first_line is not None else []))
        return node

    def add(self, line: str) -> None:
        # Lines of a heading container (chapter text between its heading and first article) are kept
        # in its own text; every line also flows into the enclosing units' text when they close.
        if self.stack:
            self.stack[-1][1].append(line)

    def finish(self) -> list[Node]:
        while self.stack:
            self._pop_full()
        return self.roots

    def _pop_full(self) -> None:
        self._pop()


def _fill_container_text(node: Node) -> str:
    """Phần/Chương/Mục text is the concatenation of their children's text (articles with headings)."""
    if node.kind in ("khoan", "diem"):
        return node.text
    if node.kind == "dieu":
        return node.text
    parts = []
    for child in node.children:
        body = _fill_container_text(child)
        if child.kind == "dieu":
            heading = f"Điều {child.number}. {child.title}".strip()
            parts.append(f"{heading}\n{body}".strip())
        else:
            heading = f"{child.label} {child.title}".strip()
            parts.append(f"{heading}\n{body}".strip())
    node.text = "\n".join(parts).strip()
    return node.text


def parse_structure(lines: list[str]) -> list[Node]:
    builder = _Builder()
    pending_title: Node | None = None  # a heading whose title is on the next line
    in_article = False
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if pending_title is not None:
            if _is_upper_line(line) and not _DIEU_RE.match(line):
                pending_title.title = line
                pending_title = None
                continue
            pending_title = None
        if match := _PHAN_RE.match(line):
            if _is_upper_line(line.split()[0]) or line.split()[0] == "Phần":
                word = " ".join(match.group(1).split()).lower()
                number = str(_ORDINALS.get(word, word))
                rest = match.group(2).strip()
                if word in _ORDINALS or re.fullmatch(r"[ivxlc]+|\d+", word):
                    if word not in _ORDINALS:
                        number = word.upper() if not word.isdigit() else word
                    node = builder.open("phan", number, rest)
                    pending_title = None if rest else node
                    in_article = False
                    continue
        if (match := _CHUONG_RE.match(line)) and line[0] in "CcC":
            number = (
                (match.group(1) + match.group(2)).upper() if not match.group(1).isdigit() else match.group(1)
            )
            title = (match.group(3) or match.group(4) or "").strip()
            node = builder.open("chuong", number, title)
            pending_title = None if title else node
            in_article = False
            continue
        if match := _MUC_RE.match(line):
            kind = "tieu-muc" if match.group(1).upper().startswith("TIỂU") else "muc"
            title = (match.group(3) or match.group(4) or "").strip()
            node = builder.open(kind, match.group(2), title)
            pending_title = None if title else node
            in_article = False
            continue
        match = _DIEU_RE.match(line)
        if match and (match.group(2) is not None or (match.group(3) and _starts_upper(match.group(3)))):
            title = (match.group(2) or match.group(3) or "").strip()
            builder.open("dieu", match.group(1), title)
            in_article = True
            continue
        if match and match.group(2) is None and match.group(3) is None:
            builder.open("dieu", match.group(1), "")
            in_article = True
            continue
        if in_article:
            if match := _KHOAN_RE.match(line):
                builder.open("khoan", match.group(1), "", first_line=line)
                continue
            if (match := _DIEM_RE.match(line)) and builder.current("dieu") is not None:
                builder.open("diem", match.group(1), "", first_line=line)
                continue
        builder.add(line)
    roots = builder.finish()
    for root in roots:
        _fill_container_text(root)
    return roots


def parse_text(text: str, *, filename: str | None = None) -> ParsedDocument:
    """Header metadata and structure of one statute written as plain text."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    header = _parse_header(lines, text, filename)
    start = 0
    for i, line in enumerate(lines):
        if _DIEU_RE.match(line) or _CHUONG_RE.match(line) or _PHAN_RE.match(line):
            start = i
            break
    nodes = parse_structure(lines[start:])
    return ParsedDocument(text=text, nodes=nodes, **header)
