"""Turn an uploaded file (.docx, .pdf, .txt, .md) into a flat list of blocks: paragraphs and tables.

Nothing here knows about plans; :mod:`.extract` reads the blocks. Every failure a user can cause
raises :class:`PlanImportError` with a Vietnamese message.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from pbgdpl.core.text import key, nfc, squash

from .units import looks_like_unit

MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".docx", ".pdf", ".txt", ".md")


class PlanImportError(Exception):
    """A file that cannot be imported; ``str(error)`` is a message for the user (Vietnamese)."""


@dataclass
class Para:
    text: str
    bold: bool = False
    heading: bool = False  # a Word heading style or a Markdown "#" line


@dataclass
class Table:
    rows: list[list[str]] = field(default_factory=list)
    soft: bool = False  # PDF: a line break in a cell may only be the cell's width
    continued: bool = False  # PDF: the rest of the previous page's table


Block = Para | Table


def read(data: bytes, filename: str) -> list[Block]:
    """The blocks of a document, in reading order."""
    suffix = Path(filename).suffix.lower()
    if len(data) == 0:
        raise PlanImportError(_("Tệp rỗng, không có nội dung để đọc."))
    if len(data) > MAX_BYTES:
        raise PlanImportError(
            _("Tệp quá lớn (%(size).1f MB); chỉ nhận tệp đến 20 MB.") % {"size": len(data) / 1024 / 1024}
        )
    if suffix == ".doc" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise PlanImportError(
            _(
                "Tệp Word này được đặt mật khẩu hoặc ở định dạng .doc cũ; hãy gỡ mật khẩu "
                "hoặc lưu lại dưới dạng .docx rồi tải lên."
            )
        )
    if suffix == ".docx":
        return _read_docx(data)
    if suffix == ".pdf":
        return _read_pdf(data)
    if suffix in (".txt", ".md"):
        return _read_text(data)
    raise PlanImportError(
        _("Không đọc được loại tệp “%(suffix)s”; hãy tải lên tệp .docx, .pdf, .txt hoặc .md.")
        % {"suffix": suffix or filename}
    )


# --- plain text and Markdown -------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s*#{1,6}\s+")
_MD_TAGS = re.compile(r"</?(?:sup|sub|u|em|strong|b|i)>|<sup>.*?</sup>")
_MD_STAR = re.compile(r"\*{1,3}")


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise PlanImportError(_("Tệp văn bản không ở bảng mã UTF-8 hoặc bị hỏng; không đọc được."))


# other bullet marks Word and PDF printers use ("➢", "▪", "", "o "): arrows and ticks read as "-",
# small squares and circles (second-level marks) as "+", Word's Symbol bullet as "•"
_OTHER_BULLET = re.compile(r"^\s*([▪■□◦●○➢►▶❖✓✔→⁃∙·\uf0a7\uf0b7\uf0d8\uf076\uf0fc\uf0a8]|o(?=\s+[A-ZĐÀ-Ỹ]))\s*")


def _bullet_mark(m: re.Match[str]) -> str:
    mark = m.group(1)
    if mark in "\uf0b7●∙·":
        return "• "
    return "+ " if mark in "▪■□◦○o⁃\uf0a7\uf0a8" else "- "


def plain_bullet(line: str) -> str:
    """A line with its bullet mark read as "-", "+" or "•" ("➢ Tổ chức …" → "- Tổ chức …")."""
    return _OTHER_BULLET.sub(_bullet_mark, line)


def _read_text(data: bytes) -> list[Block]:
    text = _decode(data)
    blocks: list[Block] = []
    for raw in text.splitlines():
        line = plain_bullet(raw.strip())
        if not line:
            blocks.append(Para(""))
            continue
        heading = bool(_MD_HEADING.match(line))
        line = _MD_HEADING.sub("", line)
        line = re.sub(r"<sup>.*?</sup>", "", line)
        line = _MD_TAGS.sub("", line)
        bare = line.lstrip("-+• ").strip()
        bold = bare.startswith("**") and bare.rstrip().endswith("**") and len(bare) > 4
        line = _MD_STAR.sub("", line).replace("\\", "").strip()
        if line.startswith("|") and line.endswith("|"):
            _add_md_row(blocks, line)
            continue
        blocks.append(Para(nfc(line), bold=bold, heading=heading))
    return _join_wrapped(blocks)


def _add_md_row(blocks: list[Block], line: str) -> None:
    cells = [nfc(cell.strip()) for cell in line.strip("|").split("|")]
    if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
        return
    if blocks and isinstance(blocks[-1], Table):
        blocks[-1].rows.append(cells)
    else:
        blocks.append(Table([cells]))


_STARTS_ITEM = re.compile(
    # "1. …", "1.2 …", "3 Title"; not a count wrapped onto the line ("… tổ chức" / "04 buổi tuyên truyền …"),
    # nor a year ("… trong năm" / "2026. Giao Văn phòng …")
    r"^(?:[-–+•*]|\d{1,3}(?:\.\d+)*(?:\.\s|\s(?![a-zđà-ỹ]))|\d{1,2}(?:[/),]|\s*-)\s+[A-ZĐÀ-Ỹ]|[a-zđ](?:[)/]|\.\s+[A-ZĐÀ-Ỹ])|[IVX]+(?:\.|/\s|\s*-\s)"
    r"|(?:Nơi nhận|KT\.|TM\.|GIÁM ĐỐC|CHỦ TỊCH)\b"
    # "Nhiệm vụ 3: …", "Hoạt động 2. …", "Bước 2. …": an item numbered in words (bold in Word, plain in the PDF layer)
    r"|(?:Hoạt động|Nhiệm vụ|Công việc|Nội dung|Chuyên đề|Bước)\s+(?:số\s+)?\d{1,2}(?:\.\d{1,2})*\s*[:.)–-]\s*[A-ZĐÀ-Ỹ“\"])"
)


def _join_wrapped(blocks: list[Block]) -> list[Block]:
    """Glue a paragraph broken by a page break back together ("… Đẩy mạnh sự" + blank + "phối …")."""
    out: list[Block] = []
    for block in blocks:
        if isinstance(block, Para) and block.text == "":
            continue
        prev = out[-1] if out else None
        if (
            isinstance(block, Para)
            and isinstance(prev, Para)
            and block.text[:1].islower()
            and not _STARTS_ITEM.match(block.text)
            and prev.text
            and prev.text[-1] not in ".:;!?)"
            and not prev.heading
        ):
            prev.text = f"{prev.text} {block.text}"
            continue
        out.append(block)
    return out


# --- Word ------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class _StyleInfo:
    name: str = ""
    bold: bool = False
    numpr: Any = None


class _Styles:
    """Paragraph styles read once (python-docx looks the default style up on every access)."""

    def __init__(self, document: Any) -> None:
        self.by_id: dict[str | None, _StyleInfo] = {}
        default = _StyleInfo()
        for style in document.styles:
            if getattr(style, "type", None) != 1:  # WD_STYLE_TYPE.PARAGRAPH
                continue
            info = _StyleInfo(name=style.name or "")
            current = style
            while current is not None:
                if info.numpr is None and current.element.pPr is not None:
                    info.numpr = current.element.pPr.numPr
                if current.font.bold and not info.bold:
                    info.bold = True
                current = current.base_style
            self.by_id[style.style_id] = info
            if style.element.default:
                default = info
        self.default = default

    def of(self, paragraph: Any) -> _StyleInfo:
        return self.by_id.get(paragraph._p.style, self.default)


class _Numbering:
    """Word automatic numbering (numbering.xml) rendered as the text a reader sees ("1.", "2.1.", "a)")."""

    def __init__(self, document: Any, styles: _Styles) -> None:
        self.styles = styles
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(f"{_W}abstractNum"):
            levels: dict[int, tuple[str, str, int]] = {}
            for lvl in node.findall(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                levels[ilvl] = (
                    fmt.get(f"{_W}val", "decimal") if fmt is not None else "decimal",
                    text.get(f"{_W}val", "") if text is not None else "",
                    int(start.get(f"{_W}val", "1")) if start is not None else 1,
                )
            abstract[node.get(f"{_W}abstractNumId", "")] = levels
        for num in root.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{_W}val", ""), {}).items():
                self.formats[(num.get(f"{_W}numId", ""), ilvl)] = spec

    def label(self, paragraph: Any) -> str:
        num_id, ilvl = self._num_of(paragraph)
        if num_id is None or (num_id, ilvl) not in self.formats:
            return ""
        fmt, text, start = self.formats[(num_id, ilvl)]
        if fmt == "bullet":  # a nested item ("+ Chủ trì: …" under "- Title"): a deeper level or "List Bullet 2"
            nested = ilvl > 0 or bool(re.search(r"\s[2-9]$", self.styles.of(paragraph).name))
            return "+" if nested else "-"
        if fmt == "none":
            return ""
        counters = self.counters.setdefault(num_id, [0] * 9)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            counters[deeper] = 0
        label = text
        for level in range(ilvl + 1):
            lvl_fmt, _text, lvl_start = self.formats.get((num_id, level), ("decimal", "", 1))
            value = max(counters[level], 1) + lvl_start - 1
            label = label.replace(f"%{level + 1}", _format_number(value, lvl_fmt))
        return label

    def _num_of(self, paragraph: Any) -> tuple[str | None, int]:
        if not self.formats:
            return None, 0
        ppr = paragraph._p.pPr
        numpr = ppr.numPr if ppr is not None else None
        if numpr is None:
            numpr = self.styles.of(paragraph).numpr
        if numpr is None or numpr.numId is None:
            return None, 0
        ilvl = numpr.ilvl.val if numpr.ilvl is not None else 0
        return str(numpr.numId.val), int(ilvl)


def _format_number(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return "abcdefghiklmnopqrstuvxy"[(value - 1) % 23]
    if fmt == "upperLetter":
        return "ABCDEFGHIKLMNOPQRSTUVXY"[(value - 1) % 23]
    if fmt in ("upperRoman", "lowerRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    return str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out


def _read_docx(data: bytes) -> list[Block]:
    import docx  # python-docx
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise PlanImportError(_("Tệp Word bị hỏng hoặc không phải tệp .docx; không đọc được.")) from exc
    except Exception as exc:  # lxml and python-docx raise many types on broken parts
        raise PlanImportError(_("Tệp Word bị hỏng hoặc không phải tệp .docx; không đọc được.")) from exc
    styles = _Styles(document)
    numbering = _Numbering(document, styles)
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            para = _docx_para(item, numbering, styles)
            if para is not None:
                blocks.append(para)
        elif isinstance(item, DocxTable):
            blocks.append(Table(_docx_rows(item)))
    return _join_wrapped(blocks)


def _docx_para(paragraph: Any, numbering: _Numbering, styles: _Styles) -> Para | None:
    text = nfc(paragraph.text).replace("\xa0", " ").strip()
    label = numbering.label(paragraph)
    if not text:
        return Para("")
    if label:
        text = f"{label} {text}"
    style = styles.of(paragraph)
    runs = [run for run in paragraph.runs if run.text.strip()]
    bold = bool(runs) and all(run.bold or (run.bold is None and style.bold) for run in runs)
    if runs and not bold and (runs[0].bold or (runs[0].bold is None and style.bold)):
        text = _bold_lead_in(paragraph, style.bold, label) or text
    return Para(text, bold=bold, heading=style.name.lower().startswith(("heading", "title")))


_HEADING_START = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[a-zđ]\)|[-+•])\s*\S")


def _bold_lead_in(paragraph: Any, style_bold: bool, label: str) -> str | None:
    """A numbered task heading in a bold run followed by its body in plain runs of the same paragraph
    ("**1. Tuyên truyền Luật X** - Sở Tư pháp chủ trì …"): the heading ends where the bold ends."""
    parts = [nfc(run.text).replace("\xa0", " ") for run in paragraph.runs]
    if "".join(parts).strip() != nfc(paragraph.text).replace("\xa0", " ").strip():
        return None  # hyperlinks or fields between the runs
    head = ""
    for run, part in zip(paragraph.runs, parts, strict=True):
        if part.strip() and not (run.bold or (run.bold is None and style_bold)):
            break
        head += part
    rest = "".join(parts)[len(head) :].strip()
    head = f"{label} {head.strip()}".strip()
    if not _HEADING_START.match(head) or len(rest.split()) < 3 or head.endswith((".", ":", ";", "!", "?")):
        return None
    if rest.startswith((":", ".", ";", ",", "(")) or rest[:1].islower():
        return f"{head}{'' if rest[:1] in ':.;,' else ' '}{rest}"
    body = re.sub(r"^[-–—]\s*", "", rest)
    if not _ASSIGNS.match(body):  # "**1. Tuyên truyền Luật** Đất đai …": the title goes on in plain type
        return None
    return f"{head}. {body}"


_ASSIGNS = re.compile(
    r"^(?:(?:Giao|Do|Đề nghị)\s|[A-ZĐÀ-Ỹ][^.;:]{0,100}?\s(?:chủ trì|thực hiện|tham mưu|phối hợp|chịu trách nhiệm|"
    r"có trách nhiệm|là đầu mối|làm đầu mối)\b)"
)


def _docx_rows(table: Any) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:  # a merged cell repeats in every grid column it spans: columns stay aligned
            text = nfc("\n".join(p.text for p in cell.paragraphs)).replace("\xa0", " ").strip()
            # merged across columns ("I | TUYÊN TRUYỀN, PHỔ BIẾN PHÁP LUẬT" over a group of rows): said once, not
            # again as the group's units and time; merged down rows it repeats (a lead over several tasks)
            cells.append("" if previous is not None and cell._tc is previous and len(rows) > 0 else text)
            previous = cell._tc
        rows.append(cells)
    return rows


# --- PDF -------------------------------------------------------------------------------------


def _read_pdf(data: bytes) -> list[Block]:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError, PdfStreamError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PlanImportError(_("Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại."))
        pages: list[str | list[Block]] = []
        carry: tuple[list[float], bool] | None = None
        for page in reader.pages:
            fragments: list[tuple[float, float, str]] = []
            rules: list[tuple[float, float, float]] = []
            text = (
                page.extract_text(visitor_text=_collector(fragments), visitor_operand_before=_ruler(rules))
                or ""
            )
            found = None
            if carry is not None or _TABLE_HINT.search(key(text)):
                found, carry = _pdf_page_with_tables(fragments, carry, rules)
            pages.append(found or text)
    except PlanImportError:
        raise
    except FileNotDecryptedError as exc:
        raise PlanImportError(_("Tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu rồi tải lên lại.")) from exc
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PlanImportError(_("Tệp PDF bị hỏng; không đọc được.")) from exc
    except Exception as exc:  # pypdf raises many types on damaged files
        raise PlanImportError(_("Tệp PDF bị hỏng; không đọc được.")) from exc
    if not pages:
        raise PlanImportError(_("Tệp PDF không có trang nào."))
    if sum(len(p.strip()) if isinstance(p, str) else 100 for p in pages) < 20:
        raise PlanImportError(
            _(
                "Tệp PDF chỉ có hình ảnh (bản quét), không có lớp văn bản; hãy tải lên bản Word "
                "hoặc bản PDF xuất từ Word."
            )
        )
    blocks: list[Block] = []
    lines: list[str] = []
    for page_content in pages:
        items = [page_content] if isinstance(page_content, str) else page_content
        for item in items:
            if isinstance(item, Table):
                if item.continued and not lines and blocks and isinstance(blocks[-1], Table):
                    rows = item.rows
                    if rows and _goes_on(rows[0]) and blocks[-1].rows:  # a row cut by the page break
                        last = blocks[-1].rows[-1]
                        for c, text in enumerate(rows[0][: len(last)]):
                            last[c] = f"{last[c]}\n{text}".strip()
                        rows = rows[1:]
                    blocks[-1].rows.extend(rows)
                    continue
                blocks.extend(_unwrap_pdf_lines(lines))
                lines = []
                blocks.append(item)
            elif isinstance(item, Para):
                lines.append(item.text)
            else:
                for line in item.splitlines():
                    # pypdf sometimes glues a heading to the next line at a font change: "cơ sởa) Kiện toàn"
                    lines.extend(plain_bullet(part) for part in _GLUED_ITEM.sub("\n", nfc(line).lstrip()).split("\n"))
    blocks.extend(_unwrap_pdf_lines(lines))
    return blocks


def _goes_on(row: list[str]) -> bool:
    """Is this first row of a table's part on a new page the rest of a row cut by the page break? Its
    number cell is empty, or (a table without numbers) most of its cells go on in lower case."""
    if not row or not row[0].strip():
        return True
    if re.fullmatch(r"[\dIVX]+(?:\.\d+)*[.)]?", row[0].strip()):
        return False  # a numbered row starts here
    cells = [c.strip() for c in row if c.strip()]
    capital = sum(1 for c in cells if c[:1].isupper() or c[:1].isdigit())
    return capital * 2 < len(cells)


_GLUED_ITEM = re.compile(r"(?<=[a-zà-ỹđ])(?=[a-zđ]\)\s+[A-ZĐÀ-Ỹ])")
_TABLE_HINT = re.compile(r"\b(?:chu tri|phoi hop|phu trach)\b.*|\b(?:noi dung|nhiem vu|cong viec|hoat dong)\b")
_HEAD_TITLE = re.compile(r"noi dung|nhiem vu|cong viec|hoat dong|chu de|giai phap")
_HEAD_SUB = re.compile(r"(?:don vi |co quan )?(?:chu tri|phoi hop|thuc hien|tham gia|phu trach)")
# "Bắt đầu | Hoàn thành" under "Thời gian": the time split over two columns
# "Khoa, phòng chủ trì | Khoa, phòng phối hợp": a role under a short name of the units' kind
# "Chủ trì", "Khoa, phòng phối hợp", "Cơ quan, đơn vị chủ trì", "Đơn vị phối hợp thực hiện"
_HEAD_ROLE_SUB = re.compile(r"(?:\w+ ){0,4}(?:chu tri|phoi hop|thuc hien|tham gia|phu trach)(?: thuc hien)?")
_HEAD_TIME_SUB = re.compile(r"(?:ngay |thoi gian )?(?:bat dau|ket thuc|hoan thanh|tu ngay|den ngay)")
_HEAD_UNIT = re.compile(
    r"chu tri|phoi hop|thuc hien|tham gia|trach nhiem|tham muu|phu trach|phan cong|dau moi"
    r"|\bdon vi\b(?!\s+tinh)"  # "STT | Đơn vị | Nhiệm vụ được giao": the units' column, one unit a row
)


def _collector(fragments: list[tuple[float, float, str]]) -> Any:
    """A pypdf text visitor that keeps each piece of text with its position on the page."""

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            fragments.append((x, y, text))

    return visit


def _ruler(rules: list[tuple[float, float, float]]) -> Any:
    """A pypdf operator visitor that keeps the horizontal rules (cell borders) of a page: (y, x0, x1)."""
    point: list[float] = [0.0, 0.0]

    def at(x: float, y: float, cm: Any) -> tuple[float, float]:
        return x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]

    def visit(op: bytes, args: Any, cm: Any, _tm: Any) -> None:
        try:
            if op == b"re" and len(args) == 4:
                x, y, w, h = (float(a) for a in args)
                (x0, y0), (x1, y1) = at(x, y, cm), at(x + w, y + h, cm)
                left, right = min(x0, x1), max(x0, x1)
                if right - left >= 5:  # a cell's box, or a rule drawn as a thin filled rectangle
                    ys = (y0, y1) if abs(y1 - y0) > 1.5 else ((y0 + y1) / 2,)
                    rules.extend((y_, left, right) for y_ in ys)
            elif op == b"m" and len(args) == 2:
                point[:] = [float(args[0]), float(args[1])]
            elif op == b"l" and len(args) == 2:
                x, y = float(args[0]), float(args[1])
                if abs(y - point[1]) < 0.5 and abs(x - point[0]) >= 5:
                    (x0, y0), (x1, _y1) = at(point[0], point[1], cm), at(x, y, cm)
                    rules.append((y0, min(x0, x1), max(x0, x1)))
                point[:] = [x, y]
        except (TypeError, ValueError):
            return

    return visit


def _bands(rules: list[tuple[float, float, float]], span: float) -> list[float]:
    """The heights, top first, of horizontal rules that cross most of a table ``span`` wide (row borders)."""
    out: list[float] = []
    group: list[tuple[float, float, float]] = []

    def close() -> None:
        covered, reach = 0.0, -1e9
        for _y, x0, x1 in sorted(group, key=lambda r: r[1]):
            if x1 > reach:
                covered += x1 - max(x0, reach)
                reach = x1
        if covered >= span * 0.6:
            out.append(group[0][0])

    for rule in sorted(rules, key=lambda r: -r[0]):
        if group and group[0][0] - rule[0] > 1.5:
            close()
            group = []
        group.append(rule)
    if group:
        close()
    return out


def _row_starts(
    body: list[tuple[float, list[tuple[float, str]]]], first_col: Any, bands: list[float]
) -> list[bool] | None:
    """Which body lines start a table row, when the number cell is not on a row's first line.

    With ruling lines: a row is the space between two rules. Without: the number column's text is
    centred in its row, so a row ends where its last line mirrors its first around the number.
    """
    if not body:
        return None
    has_number = [bool(first_col(frags)) for _y, frags in body]
    if has_number[0] or not any(has_number):
        return None  # the number is on each row's first line: the simple rule works
    top, bottom = body[0][0], body[-1][0]
    inside = [b for b in bands if bottom - 12 <= b <= top + 12]
    if len(inside) >= 2:
        starts: list[bool] = []
        previous = None
        for y, _frags in body:
            band = sum(1 for b in inside if b > y)
            starts.append(band != previous)
            previous = band
        return starts
    gaps = [body[k][0] - body[k + 1][0] for k in range(len(body) - 1)]
    if len(gaps) >= 3:  # rows set apart by their cells' padding: a gap well above the line spacing
        spacing = sorted(gaps)[len(gaps) // 2]
        by_gap = [True, *(g > 1.4 * spacing for g in gaps)]
        counts: list[int] = []
        for k, start in enumerate(by_gap):
            if start:
                counts.append(0)
            counts[-1] += has_number[k]
        if len(counts) >= 2 and all(c == 1 for c in counts[1:-1]) and counts[0] <= 1 and counts[-1] <= 1:
            if counts[-1] == 0:  # the page ends inside a row: its number came with its first part
                last = max(k for k, start in enumerate(by_gap) if start)
                by_gap[last] = False
            return by_gap  # (a part without a number first: the row continued from the page before)
    starts = [False] * len(body)
    i = 0
    while i < len(body):
        starts[i] = True
        first_y = body[i][0]
        j = next((k for k in range(i, len(body)) if has_number[k]), None)
        if j is None:
            break
        last_y = 2 * body[j][0] - first_y  # the number sits half way between the row's first and last line
        k = j
        while k + 1 < len(body) and body[k + 1][0] >= last_y - 2:
            k += 1
        i = k + 1
    return starts


def _pdf_page_with_tables(
    fragments: list[tuple[float, float, str]],
    carry: tuple[list[float], bool] | None,
    rules: list[tuple[float, float, float]] | None = None,
) -> tuple[list[Any] | None, tuple[list[float], bool] | None]:
    """A page holding a task table, as text lines and Table blocks (cells found by their x position)."""
    fragments = [(x, y, nfc(text)) for x, y, text in fragments]
    lines: list[tuple[float, list[tuple[float, str]]]] = []
    for x, y, text in sorted(fragments, key=lambda f: (-f[1], f[0])):
        if lines and abs(lines[-1][0] - y) < 2:
            lines[-1][1].append((x, text))
        else:
            lines.append((y, [(x, text)]))

    def words(i: int) -> str:
        return key(" ".join(t for _x, t in lines[i][1]))

    header = header_end = None
    for i in range(len(lines)):  # a header may wrap over a few lines ("Cơ quan" / "chủ trì")
        if len(lines[i][1]) < 2:
            continue
        xs: list[float] = []
        for j in range(i, min(i + 3, len(lines))):
            if len(lines[j][1]) < 2:
                break
            xs.extend(x for x, _t in lines[j][1] if all(abs(x - seen) >= 3 for seen in xs))
            joined = " ".join(words(k) for k in range(i, j + 1))
            if (
                j > i
                and len(xs) >= 3
                and not (_HEAD_TITLE.search(joined) and _HEAD_UNIT.search(joined))
                and all(len(t.split()) <= 4 for k in range(i, j + 1) for _x, t in lines[k][1])  # header cells
            ):
                # read cell by cell too: "Đơn vị chủ" / "trì" in one column is "chủ trì"
                joined += " " + " ".join(
                    key(" ".join(t for k in range(i, j + 1) for x, t in lines[k][1] if abs(x - column) < 3))
                    for column in sorted(xs)
                )
            if len(xs) >= 3 and _HEAD_TITLE.search(joined) and _HEAD_UNIT.search(joined):
                header, header_end = i, j
                break
        if header is not None:
            break
    columns: list[float] = []
    continued = False
    if header is None or header_end is None:
        if carry is None:
            return None, None
        (columns, numbered), header, header_end, continued = carry, 0, -1, True
    else:
        first_x = min(x for k in range(header, header_end + 1) for x, _t in lines[k][1])
        span = max(x for k in range(header, header_end + 1) for x, _t in lines[k][1]) - first_x
        bands = _bands(rules or [], span)
        header, header_end = _header_within_rules(lines, header, header_end, bands)
        second_x = sorted(x for x, _t in lines[header][1])[1] if len(lines[header][1]) > 1 else first_x + 3
        while header > 0:  # a taller header cell starts above the line with "STT" centred in its row
            above_y, above = lines[header - 1]
            if (
                above_y - lines[header][0] > 14
                or any(x < second_x - 3 for x, _t in above)
                or any(len(t.split()) > 4 for _x, t in above)
            ):
                break
            header -= 1
        while header_end + 1 < len(lines) and all(x > first_x + 3 for x, _t in lines[header_end + 1][1]):
            next_y, last_y = lines[header_end + 1][0], lines[header_end][0]
            sub_header = all(  # "Chủ trì | Phối hợp" under "Đơn vị thực hiện": a second header row
                _HEAD_UNIT.fullmatch(key(t).strip()) or _HEAD_SUB.fullmatch(key(t).strip())
                for _x, t in lines[header_end + 1][1]
            )
            if any(next_y < b < last_y for b in bands) and not sub_header:
                sub_end = _sub_header_row(lines, header_end + 1, bands)
                if sub_end is not None:  # "Bắt đầu | Hoàn" / "thành", "Khoa chủ" / "trì": its cells wrap
                    header_end = sub_end
                    continue
                break  # a rule closes the header row: this line is the first row's, its number lower down
            if any(len(t.split()) > 4 for _x, t in lines[header_end + 1][1]):
                break  # header cells hold a few words ("Cơ quan" / "chủ trì"), not a task's text
            spacing = [lines[k][0] - lines[k + 1][0] for k in range(header, header_end)]
            if spacing and last_y - next_y > 1.6 * max(spacing):
                break  # the header's lines are close together; a row's padding and border come first
            header_end += 1  # more header lines, with nothing in the first column
        for k in range(header, header_end + 1):
            for _x, _t in lines[k][1]:
                if not any(abs(_x - c) < 3 for c in columns):
                    columns.append(_x)
        columns.sort()
        if len(columns) < 3:
            return None, None
        if carry is not None and len(carry[0]) > len(columns) and all(
            any(abs(c - d) < 3 for d in carry[0]) for c in columns
        ):  # a table's header repeated on a new page without its second row ("Chủ trì | Phối hợp")
            (columns, numbered), continued = carry, True

    def column_of(x: float) -> int:
        best = 0
        for i, start in enumerate(columns):
            if x >= start - 3:
                best = i
        return best

    out: list[Any] = [Para(_join_line(frags)) for _y, frags in lines[:header]]
    rows: list[list[list[str]]] = []
    if not continued:
        head: list[list[str]] = [[] for _c in columns]
        for k in range(header, header_end + 1):
            for x, text in sorted(lines[k][1]):
                head[column_of(x)].append(squash(text))
        rows.append(head)
        numbered = bool(_NUMBER_HEAD.fullmatch(key(" ".join(head[0]))))
    if not numbered:  # "Thời gian | Nội dung | …": the first column's text is no row number
        end, row_starts = _plain_body(lines, header_end + 1, columns, column_of, rules or [])
        _fill_rows(rows, lines[header_end + 1 : end], row_starts, len(columns), column_of)
        return _close_table(out, rows, lines, end, continued, (columns, numbered), rules)
    end = len(lines)
    for i in range(header_end + 1, len(lines)):
        _y, frags = lines[i]
        first = [t for x, t in frags if column_of(x) == 0]
        off_grid = any(all(abs(x - c) >= 3 for c in columns) for x, _t in frags)
        if off_grid or (first and len(first[0].strip()) > 8):
            end = i
            break

    def first_col(frags: list[tuple[float, str]]) -> str:
        return " ".join(t for x, t in frags if column_of(x) == 0).strip()

    body = lines[header_end + 1 : end]
    starts = _row_starts(body, first_col, _bands(rules or [], columns[-1] - columns[0]))
    if starts is None:
        starts = [bool(first_col(frags)) for _y, frags in body]
    _fill_rows(rows, body, starts, len(columns), column_of)
    return _close_table(out, rows, lines, end, continued, (columns, numbered), rules)


def _fill_rows(
    rows: list[list[list[str]]],
    body: list[tuple[float, list[tuple[float, str]]]],
    starts: list[bool],
    width: int,
    column_of: Callable[[float], int],
) -> None:
    """Put each body line's fragments into the cells of the current row; a line that starts a row opens one."""
    for starts_row, (_y, frags) in zip(starts, body, strict=True):
        if starts_row or not rows:
            rows.append([[] for _c in range(width)])
        for x, text in sorted(frags):
            rows[-1][column_of(x)].append(squash(text))


def _close_table(
    out: list,
    rows: list[list[list[str]]],
    lines: list[tuple[float, list[tuple[float, str]]]],
    end: int,
    continued: bool,
    grid: tuple[list[float], bool],
    rules: list[tuple[float, float, float]] | None,
) -> tuple[list, tuple[list[float], bool] | None]:
    """The table read so far (if any), then the lines after it: another table (a plan with one table per
    section, each under its heading, holds several on a page), else paragraphs; and the grid a table
    running to the page's end carries to the next page."""
    if rows:
        out.append(Table([["\n".join(cell) for cell in row] for row in rows], soft=True, continued=continued))
    rest = lines[end:]
    if rest and end > 0:
        more, carry = _pdf_page_with_tables([(x, y, t) for y, frags in rest for x, t in frags], None, rules)
        if more is not None:
            return [*out, *more], carry
    out.extend(Para(_join_line(frags)) for _y, frags in rest)
    return out, (grid if not rest else None)


_NUMBER_HEAD = re.compile(r"s?tt|so tt|so thu tu|thu tu|ma so")
# a line after a table: a part heading, a numbered heading, a bullet, the recipients
_AFTER_TABLE = re.compile(r"^(?:[IVX]{1,4}\.\s|\d{1,2}\.\s+[A-ZĐÀ-Ỹ]|[-+•]\s|Nơi nhận|NƠI NHẬN)")


def _plain_body(
    lines: list[tuple[float, list[tuple[float, str]]]],
    first: int,
    columns: list[float],
    column_of: Any,
    rules: list[tuple[float, float, float]],
) -> tuple[int, list[bool]]:
    """Where the body of a table without a number column ends, and which of its lines start a row.

    The table ends at a line off the columns' grid, or at a line only in the first column that reads
    as a heading or is longer than that column's text ever is. Rows are told apart by the ruling lines
    between them, else by the gap their cells' padding leaves, else by the capitals a row's first line
    starts its cells with."""
    limit = len(lines)
    for i in range(first, len(lines)):
        if any(all(abs(x - c) >= 3 for c in columns) for x, _t in lines[i][1]):
            limit = i
            break
    capacity = max(
        (
            len(" ".join(t for x, t in frags if column_of(x) == 0))
            for _y, frags in lines[first:limit]
            if len({column_of(x) for x, _t in frags}) >= 2
        ),
        default=0,
    )
    bands = _bands(rules, columns[-1] - columns[0])

    def group_row(i: int) -> bool:
        """A group's name in the first column ("I. TRUYỀN THÔNG"), ruled above and below like a row, a
        row of several cells after it: a row of the table, not a heading after it. The name may wrap
        over a few lines of the first column, all within the same rules. At the page's foot the rows
        after it are on the next page: its rules above and below are enough."""
        y = lines[i][0]
        k = i + 1
        while k < min(limit, i + 4) and {column_of(x) for x, _t in lines[k][1]} == {0}:
            k += 1
        if k == limit == len(lines):
            return (
                not any(lines[k - 1][0] < b < y for b in bands)
                and any(y < b < y + 20 for b in bands)
                and any(lines[k - 1][0] - 20 < b < lines[k - 1][0] for b in bands)
            )
        return (
            k < limit
            and len({column_of(x) for x, _t in lines[k][1]}) >= 2
            and any(lines[k][0] < b < lines[k - 1][0] for b in bands)
            and not any(lines[k - 1][0] < b < y for b in bands)
            and any(y < b < y + 20 for b in bands)
        )

    end = limit
    for i in range(first, limit):
        frags = lines[i][1]
        if {column_of(x) for x, _t in frags} == {0}:
            text = _join_line(frags)
            if (_AFTER_TABLE.match(text) or len(text) > 1.3 * capacity + 4) and not group_row(i):
                end = i
                break
    body = lines[first:end]
    if not body:
        return end, []
    top, bottom = body[0][0], body[-1][0]
    inside = [b for b in bands if bottom - 12 <= b <= top + 12]
    if len(inside) >= 2:
        starts: list[bool] = []
        previous = None
        for y, _frags in body:
            band = sum(1 for b in inside if b > y)
            starts.append(band != previous)
            previous = band
        return end, starts
    gaps = [body[k][0] - body[k + 1][0] for k in range(len(body) - 1)]
    if len(gaps) >= 2:
        spacing = sorted(gaps)[0]
        by_gap = [True, *(g > 1.4 * spacing for g in gaps)]
        if any(by_gap[1:]):
            return end, by_gap
    # nothing sets the rows apart: a row's first line starts most of its cells with a capital or a
    # digit, a wrapped line goes on in lower case ("cho học sinh", "trách nề nếp")
    starts = []
    for k, (_y, frags) in enumerate(body):
        cells: dict[int, str] = {}
        for x, t in sorted(frags):
            cells[column_of(x)] = f"{cells.get(column_of(x), '')} {t}".strip()
        capital = sum(1 for c in cells.values() if c[:1].isupper() or c[:1].isdigit())
        starts.append(k == 0 or capital * 2 > len(cells))
    return end, starts


def _sub_header_row(lines: list[tuple[float, list[tuple[float, str]]]], first: int, bands: list[float]) -> int | None:
    """The last line of a ruled second header row starting at line ``first`` whose every cell, its
    wrapped lines joined, names one end of a time split in two columns ("Bắt đầu | Hoàn thành") or one
    role of the units split in two ("Khoa, phòng chủ trì | Khoa, phòng phối hợp"); else None."""
    below = [b for b in bands if b < lines[first][0]]
    floor = max(below) if below else None
    if floor is None or lines[first][0] - floor > 60:
        return None
    last = first
    cells: list[tuple[float, list[str]]] = []
    for k in range(first, len(lines)):
        if lines[k][0] <= floor:
            break
        last = k
        for x, text in lines[k][1]:
            column = next((c for c in cells if abs(c[0] - x) < 3), None)
            if column is None:
                cells.append((x, [text]))
            else:
                column[1].append(text)
    if len(cells) < 2 or not all(
        _HEAD_TIME_SUB.fullmatch(cell) or _HEAD_ROLE_SUB.fullmatch(cell)
        for cell in (key(" ".join(words)).strip() for _x, words in cells)
    ):
        return None
    return last


def _header_within_rules(
    lines: list[tuple[float, list[tuple[float, str]]]], header: int, header_end: int, bands: list[float]
) -> tuple[int, int]:
    """A ruled header row holds every line between the rules above and below the line found: a
    narrow cell's words ("Thời" / "gian" / "thực" / "hiện") stand above and below the others when
    the cells are centred vertically."""
    top_y, end_y = lines[header][0], lines[header_end][0]
    above = [b for b in bands if b > top_y + 1]
    below = [b for b in bands if b < end_y - 1]
    if not above or not below:
        return header, header_end
    ceiling, floor = min(above), max(below)
    if ceiling - top_y > 60 or end_y - floor > 60:
        return header, header_end
    inside = [k for k, (y, _f) in enumerate(lines) if floor < y < ceiling]
    if not inside or any(len(t.split()) > 8 for k in inside for _x, t in lines[k][1]):
        return header, header_end
    return min(header, inside[0]), max(header_end, inside[-1])


def _join_line(frags: list[tuple[float, str]]) -> str:
    return squash(" ".join(t for _x, t in sorted(frags)))


_BULLET_START = re.compile(r"^[-–]\s+\S")
# "Khoa, phòng chủ trì:", "Sở, ngành phối hợp:", "Cơ quan, đơn vị thực hiện:": two kinds of unit naming a label
_KIND = r"(?:đơn vị|cơ quan|bộ phận|cá nhân|tổ chức|khoa|phòng|ban|sở|ngành|địa phương)"
_KIND_PAIR = rf"{_KIND}\s*[,/]\s*{_KIND}"
_LABEL_START = re.compile(
    r"^(?:[-–+•*]\s*)?(?:[a-zđ]\)\s*)?(?:(?:Đơn vị|Cơ quan|" + _KIND_PAIR + r")\s+"
    r"(?:chủ trì|phối hợp|thực hiện|tham gia|"
    r"chịu trách nhiệm)|(?:(?:Người|Bộ phận)\s+)?(?:Chịu trách nhiệm|Trách nhiệm(?:\s+chính)?|Phụ trách|"
    r"Đầu mối)(?:\s+thực hiện)?\s*:|"
    r"Chủ trì|Phối hợp|Thời gian|Thời hạn|Hạn hoàn thành|Tiến độ|Sản phẩm|Nội dung|Kết quả|Giao\s)",
    re.IGNORECASE,
)


# "Trưởng phòng X; thời gian: …": a name, then the labelled time (or helpers) of the same item
_LABEL_AFTER_NAME = re.compile(
    r"^[A-ZĐÀ-Ỹ][^:;]*;\s*(?:thời\s+gian|thời\s+hạn|tiến\s+độ|(?:đơn\s+vị\s+)?phối\s+hợp)[^:;]{0,25}:",
    re.IGNORECASE,
)
_OPEN_LABEL = re.compile(
    r"[.;,]\s*(?:(?:đơn\s+vị|cơ\s+quan)\s+)?(?:thời\s+gian(?:\s+thực\s+hiện|\s+hoàn\s+thành)?|"
    r"thời\s+hạn|tiến\s+độ(?:\s+thực\s+hiện)?|hạn\s+hoàn\s+thành|(?:chủ\s+trì|phối\s+hợp)(?:\s+thực\s+hiện)?|thực\s+hiện|"
    r"sản\s+phẩm)\s*:$",
    re.IGNORECASE,
)


# "1. Title", "1.2 Title", "II. TITLE", and the other marks of a number: "1) Title", "1/ Title", "II/ TITLE"
_NUMBERED_HEADING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}[)/]|[IVX]{1,4}[./])\s+[A-ZĐÀ-Ỹ]")
_SENTENCE_END = re.compile(r"\w[.!?]\s+[A-ZĐÀ-Ỹ]")


def _body_after_heading(text: str) -> bool:
    """Does a numbered heading line run on into a sentence of its body ("6. Tự đánh giá … năm 2026. Giao …")?"""
    mark = _NUMBERED_HEADING.match(text)
    return bool(mark and _SENTENCE_END.search(text, mark.end() - 1))


# "Phòng X có trách nhiệm chủ trì …", "Y chủ trì, phối hợp …": a paragraph opened by the unit doing the work
UNIT_DUTY = re.compile(r"\s(?:có trách nhiệm|chịu trách nhiệm|chủ trì)\b")


def opens_with_unit_duty(text: str) -> bool:
    """Does ``text`` open with a unit's name and its duty ("Phòng X có trách nhiệm chủ trì …")?"""
    duty = UNIT_DUTY.search(text)
    return bool(duty and duty.start() < 120 and looks_like_unit(text[: duty.start()]))


def _title_over_unit_duty(title: str, line: str, width: int) -> bool:
    """Is ``title`` (one line of its own, plain type) a title that ended short of the margin over ``line``, the
    first line of a paragraph opened by the unit doing the work? The next line's first word would have fitted
    after it, so a line breaker did not wrap it there. A lettered item's title counts too ("a) Title")."""
    marked = re.match(r"(?:[a-zđ]|\d{1,2})\)\s+(?=\S)", title)
    words = title[marked.end() :] if marked else title
    if not words[:1].isupper() or title.endswith((",", ";", ":", ".")) or _BULLET_START.match(title):
        return False
    if UNIT_DUTY.search(title) or len(title) + 1 + len(line.split()[0]) >= width:
        return False
    if re.search(r"\s(?:và|của|với|cho|các|những|về|tại|do|giao)$", title, re.IGNORECASE):
        return False  # "… Giao Văn phòng A và" / "B chủ trì …": a line ending in a joining word ends no title
    return line[:1].isupper() and opens_with_unit_duty(line)


def _lone_heading(text: str, width: int) -> bool:
    """Is ``text`` (one line) a numbered heading alone, short enough that a dash would have fitted after it?"""
    mark = _NUMBERED_HEADING.match(text)
    return bool(mark) and len(text) + 2 < width and not re.search(r"\w[.!?]\s", text[mark.end() - 1 :] if mark else "")


# a line ending inside a heading's time label after a dash: "1. Title —", "… — Tiến độ:", "… — Tiến độ: Quý I và"
_OPEN_DASH_TIME = re.compile(
    r"\s[—–]$|\s[—–]\s+(?:tiến\s+độ|thời\s+hạn|thời\s+gian(?:\s+thực\s+hiện)?)\s*:(?:[^:]*\s(?:và|đến|-))?$", re.IGNORECASE
)


# a line ending in the first end of a span of dates: "… thời gian: tháng 4", "… từ quý II", "ngày 15/4"
_OPEN_SPAN = re.compile(r"(?:^|\s)(?:tháng|quý|ngày)\s+(?:\d{1,2}(?:/\d{1,2})?|[IVX]{1,4})$", re.IGNORECASE)


def _unspread(raw: str) -> bool:
    """Is this PDF line printed as written, not spread by justification ("Tổ  chức  hội  nghị")? Two spaces
    after a comma, colon, semicolon or full stop are a writer's habit ("văn bản,  tin bài"), not a spread."""
    line = raw.strip()
    return re.sub(r"([,;:.])\s+", r"\1 ", line) == squash(line)


def _unwrap_pdf_lines(lines: list[str]) -> list[Block]:
    """Join the lines of a PDF text layer into paragraphs (a line wrapped at the margin continues)."""
    widths = sorted(len(line.strip()) for line in lines if line.strip())
    full = widths[int(len(widths) * 0.9)] if widths else 80
    tight = sorted(len(squash(line)) for line in lines if line.strip())  # justified lines' spaces squashed
    full_tight = tight[int(len(tight) * 0.9)] if tight else 80
    longest = tight[-1] if tight else 80
    blocks: list[Block] = []
    prev_len = 0
    prev_soft = False  # Word and LibreOffice leave a space where they wrapped a line
    prev_raw = ""
    for raw in lines:
        line = raw.strip()
        soft, prev_soft = prev_soft, raw.endswith(" ")
        if not line:
            blocks.append(Para(""))
            prev_len = 0
            continue
        if re.fullmatch(r"(?:Trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?", line):
            continue  # a page number
        prev = blocks[-1] if blocks else None
        flat = squash(line)  # a justified line's spaces widened: "Chủ  trì:  Văn  phòng …"
        starts_new = bool(_STARTS_ITEM.match(flat) or _LABEL_START.match(flat))
        if line.isupper() and len(re.sub(r"[^A-ZĐÀ-Ỹ]", "", line)) >= 6 and isinstance(prev, Para):
            starts_new = True  # "KẾ HOẠCH" under the place and date: a heading in capitals is no wrapped line
        ended = (
            isinstance(prev, Para)
            and prev.text.endswith((".", ":"))
            and not _OPEN_LABEL.search(prev.text)  # "…; thời gian:" / "Quý II/2025." wrapped after a label
            # "c) Title of the work:" at the margin / "Trưởng phòng X; thời gian: …": the title's colon before who
            # does it, the item's assignment and its labelled time on the next line
            and not (
                prev.text.endswith(":")
                and _STARTS_ITEM.match(prev.text)
                and prev_len >= full * 0.9
                and not starts_new
                and _LABEL_AFTER_NAME.match(flat)
            )
        )
        if (
            isinstance(prev, Para)
            and re.search(r"(?:^|\s)(?:tháng|ngày|quý|năm|đợt)$", prev.text, re.IGNORECASE)
            and re.match(
                r"^(?:\d{1,2}|[IVX]{1,4})(?:\s*(?:[-–,]|và|đến)\s*(?:\d|[IVX]|(?:tháng|quý|ngày)\s+\d)|\s*/\s*\d)",
                line,
                re.IGNORECASE,
            )
        ):
            # "…; thời hạn: Tháng" / "9 - 10/2026.", "… Thời gian: tháng" / "10 - tháng 11/2026.": the number of a
            # wrapped date, no item
            starts_new = False
        if (
            isinstance(prev, Para)
            and (soft or prev_len >= full * 0.75)
            and _OPEN_SPAN.search(prev.text)
            and re.match(r"^[-–]\s*(?:(?:[Tt]háng|[Qq]uý|[Nn]gày)\s+)?(?:\d{1,2}\b|[IVX]{1,4}\b)", line)
        ):
            # "… thời gian: tháng 4" / "- tháng 6/2026.", "… Thời gian: Quý III" / "- Quý IV/2026.": the line broke
            # inside a span of months or quarters, the dash joins its two ends and opens no item
            starts_new = False
            soft = True
        if isinstance(prev, Para) and re.search(r"\sthứ$", prev.text, re.IGNORECASE) and re.match(r"^\d", line):
            starts_new = False  # "… tại Kỳ họp thứ" / "10, Quốc hội khóa XV …": an ordinal wrapped after its word
        if (
            isinstance(prev, Para)
            and re.search(r"(?:^|\s)(?:khóa|khoá|quý|kỳ|học kỳ|giai đoạn|đợt|phần|chương|mục)$", prev.text, re.IGNORECASE)
            and re.match(r"^[IVX]{1,5}\b", line)
        ):
            starts_new = False  # "… Quốc hội khóa" / "XVI. Văn phòng …": a Roman number wrapped after its word, no part
        if (
            starts_new
            and line[:1].islower()
            and _LABEL_START.match(flat)
            and not _STARTS_ITEM.match(line)
            and isinstance(prev, Para)
            and prev_len >= full * 0.85
            and prev.text.endswith((",", ";"))
        ):
            starts_new = False  # "… phối hợp với Y;" / "thời gian: tháng 10/2026.": a label wrapped in the sentence
        if soft and not ended and _BULLET_START.match(line):
            starts_new = False  # "… Phòng Văn hóa " / "- Xã hội thực hiện.": a wrapped name, not a bullet
        elif (
            re.match(r"^[-–]\s+(?-i:[a-zđà-ỹ])", line)
            and isinstance(prev, Para)
            and prev_len >= full * 0.85
            and re.search(r"\s[\wÀ-ỹ]+$", prev.text)
            and not _LABEL_START.match(flat)
            and not prev_len + 2 < 0.85 * longest
        ):
            # "… Phòng Giáo dục mầm non" / "- tiểu học thực hiện …": a line at the margin ending in a word, then a
            # dash and a word in lower case: the two parts of a name (or a span) wrapped, not a bullet
            starts_new = False
        elif (
            _BULLET_START.match(line)
            and isinstance(prev, Para)
            and prev_len >= full * 0.85
            and not prev.text.endswith((".", ":", ";", "!", "?"))
            and re.search(
                r"\s[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s[\wÀ-ỹ]+)?$", prev.text
            )  # "… Phòng Văn hóa" / "- Xã hội …"
            # (the name may end in the list's punctuation or its sentence's: "- Xã hội; thời gian: …", "- Xã hội. Thời
            # gian: …")
            and re.match(r"^[-–]\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+[\wÀ-ỹ]+(?:(?:\s|$)(?![^:]{0,12}:)|[;,.](?:\s|$))", line)
            and not _LABEL_START.match(flat)
            and not re.match(r"^[-–]\s+(?:Thực hiện|Giao|Trách nhiệm|Đơn vị|Cơ quan)\b", line)
            # "… Ủy ban Mặt trận Tổ quốc Việt Nam xã" / "- Phổ biến …": a name ending in the level of its area is
            # whole (the two halves of "Văn hóa - Xã hội" name fields, not a commune or a district)
            and not re.search(r"\s(?-i:xã|phường|thị trấn|huyện|tỉnh|quận|thị xã|thành phố)$", prev.text)
            # "1. Phổ biến pháp luật cho … Văn phòng" / "- Tổ chức hội nghị …": a one-line numbered heading
            # the dash would have fitted after ended there; its dash item starts under it
            and not (_unspread(prev_raw) and _lone_heading(squash(prev.text), full_tight))
            # "+ Thời gian: … Sở Văn hóa, Thể thao và Du lịch" / "- Phổ biến …": the dash and the word after it
            # would have fitted on the line before by far (by over 15% of the longest line), so it ended there
            and not prev_len + 2 < 0.85 * longest
        ):
            starts_new = False  # the same without the trailing space: the line before reached the margin
        wrapped = soft or (prev_len >= full * 0.75 and not ended)
        if (
            wrapped
            and not soft
            and isinstance(prev, Para)
            and _NUMBERED_HEADING.match(prev.text)
            and _unspread(prev_raw)  # one line, not spread by justification ("a  b  c")
            # "6. Tự đánh giá … năm 2026. Giao Văn phòng" / "HĐND và UBND …": the body began on the heading's
            # line, so the line is a wrapped sentence, not a heading that ended
            and not _body_after_heading(prev.text)
            and not prev.text.endswith((",", ";"))
            # (by more than a bold heading's extra width, about 5%: "… nước Cộng hòa xã hội chủ nghĩa" / "Việt Nam
            # (Quý IV)" broke at the margin in bold)
            and len(squash(prev.text)) + 1 + len(line.split()[0]) < full_tight * 0.95
            and line[:1].isupper()
        ):
            # "2. Tổ chức hội thi … cho công nhân" / "Ban Thanh niên chủ trì, …": the next line's first word
            # would have fit after the heading, so the heading ended there and was not wrapped
            wrapped = False
        elif (
            wrapped
            and not soft
            and not starts_new
            and isinstance(prev, Para)
            and _unspread(prev_raw)
            and _title_over_unit_duty(squash(prev.text), flat, full_tight)
        ):
            # "Tuyên truyền Luật A, Luật B" / "Phòng X có trách nhiệm chủ trì …": an unnumbered title (its bold lost)
            # that ended short of the margin, over the paragraph of the unit doing it
            wrapped = False
        # the item mark of "b) …" is no closing bracket
        inner = re.sub(r"^(?:[a-zđ]|\d{1,2})\)\s*", "", prev.text) if isinstance(prev, Para) else ""
        if isinstance(prev, Para) and inner.count("(") > inner.count(")") and prev_len >= full * 0.6:
            starts_new, wrapped = False, True  # "… (Sở A chủ trì; " / "thời gian: Quý II)": inside a bracket
        if isinstance(prev, Para) and not _STARTS_ITEM.match(line) and _OPEN_DASH_TIME.search(prev.text):
            starts_new, wrapped = False, True  # "1. Title —" / "Tiến độ: Quý III/2027": a heading's time label wrapped
        if isinstance(prev, Para) and prev.text and not starts_new and wrapped and not prev.text.isupper():
            prev.text = f"{prev.text} {line}"
        else:
            blocks.append(Para(line, bold=False))
        prev_len, prev_raw = len(line), line
    return _join_wrapped(blocks)
