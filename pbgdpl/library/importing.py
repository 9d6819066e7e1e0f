"""Reading documents from files: plain-text laws, JSON Lines, DOCX, PDF and zip archives of those.

Nothing here writes to the database; :mod:`pbgdpl.library.services` stores what these functions read.
Every problem with a file is an :class:`ImportProblem` carrying a message a person can act on.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _

from pbgdpl.core import docnumbers
from pbgdpl.core.text import fold_lower, key, nfc, parse_date_phrase

from .models import DocumentType, EffectStatus

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
OFFICE_SUFFIXES = (".docx", ".pdf")
ARCHIVE_SUFFIXES = (".zip",)
SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + OFFICE_SUFFIXES + ARCHIVE_SUFFIXES


class ImportProblem(Exception):
    """A file (or one line of it) that cannot be imported; the message says why and what to do."""


@dataclass
class ArticleData:
    number: str
    title: str
    text: str


@dataclass
class DocumentData:
    """What an import knows about one document before it is stored."""

    title: str
    text: str
    number: str = ""
    type: str = DocumentType.LUAT
    issuer: str = ""
    signer: str = ""
    issued: dt.date | None = None
    effective: dt.date | None = None
    expiry: dt.date | None = None
    status: str = EffectStatus.IN_FORCE
    status_explicit: bool = False
    fields: list[str] = field(default_factory=list)
    articles: list[ArticleData] | None = None
    relations: list[tuple[str, str]] = field(default_factory=list)  # (kind, number) given explicitly
    source: str = ""
    encoding: str = ""


@dataclass
class Source:
    """One document to import, read lazily so progress can be shown before the work starts."""

    name: str
    load: Callable[[], DocumentData]
    original: tuple[str, bytes] | None = None  # (file name, bytes) of a DOCX/PDF to attach


# --- text decoding ------------------------------------------------------------------------------

ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1258")


def decode(data: bytes, name: str = "") -> tuple[str, str]:
    """The text of ``data`` and the encoding that read it: UTF-8, UTF-8 with BOM, UTF-16, then Windows-1258."""
    if not data.strip():
        raise ImportProblem(_("Tệp %(name)s rỗng.") % {"name": name})
    candidates: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        candidates.append("utf-8-sig")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data.count(b"\x00") > len(data) // 4:
        candidates.append("utf-16")
    candidates += [enc for enc in ENCODINGS if enc not in candidates]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, UnicodeError):
            continue
        if _plausible(text):
            return nfc(text.lstrip("\ufeff")), encoding
    raise ImportProblem(
        _("Không đọc được tệp %(name)s: không phải văn bản UTF-8, UTF-16 hay Windows-1258. "
          "Hãy lưu lại tệp dưới dạng UTF-8.") % {"name": name})


def _plausible(text: str) -> bool:
    sample = text[:20000]
    if not sample.strip():
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t") or 0xE000 <= ord(ch) <= 0xF8FF
              or ch == "\ufffd")
    return bad <= len(sample) // 200


# --- field mapping --------------------------------------------------------------------------------

_TYPE_BY_KEY = {key(str(label)): value for value, label in DocumentType.choices}
_TYPE_BY_KEY.update({"bo luat": DocumentType.BO_LUAT, "luat": DocumentType.LUAT, "nghi quyet": DocumentType.NGHI_QUYET,
                     "quyet dinh": DocumentType.QUYET_DINH, "nghi dinh": DocumentType.NGHI_DINH,
                     "thong tu": DocumentType.THONG_TU, "hien phap": DocumentType.HIEN_PHAP,
                     "phap lenh": DocumentType.PHAP_LENH, "lenh": DocumentType.LENH})
_STATUS_BY_KEY = {key(str(label)): value for value, label in EffectStatus.choices}
_STATUS_BY_KEY.update({key(value): value for value in EffectStatus.values})


def document_type(value: Any) -> str:
    if not value:
        return DocumentType.LUAT
    text = str(value)
    if text in DocumentType.values:
        return text
    return _TYPE_BY_KEY.get(key(text), DocumentType.KHAC)


def effect_status(value: Any) -> str:
    text = str(value or "")
    if text in EffectStatus.values:
        return text
    found = _STATUS_BY_KEY.get(key(text))
    if found is None:
        raise ImportProblem(_("Tình trạng hiệu lực không hợp lệ: “%(value)s”. Dùng một trong: %(choices)s.") % {
            "value": text, "choices": ", ".join(str(label) for _v, label in EffectStatus.choices)})
    return found


def _date(value: Any, what: str) -> dt.date | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    parsed = parse_date_phrase(text)
    if parsed is None:
        raise ImportProblem(_("Ngày không hợp lệ ở trường %(field)s: “%(value)s” (dùng YYYY-MM-DD hoặc dd/mm/yyyy).")
                            % {"field": what, "value": text})
    return parsed


def normalise_number(value: Any) -> str:
    text = nfc(str(value or "")).strip()
    if not text:
        return ""
    # "14/2012/qh13" typed in lower case: the symbol is upper case (a mixed "TTg" cannot be guessed)
    return docnumbers.normalise(text) or docnumbers.normalise(text.upper()) or text


# --- plain text -------------------------------------------------------------------------------------

def _effective_from_text(text: str) -> dt.date | None:
    lowered = text.lower()
    at = lowered.rfind("có hiệu lực thi hành từ ngày")
    if at == -1:
        at = lowered.rfind("có hiệu lực từ ngày")
    return parse_date_phrase(text[at:at + 80]) if at != -1 else None


_SIGNER_TITLE_RE = re.compile(r"^(?:KT\.|TM\.|Q\.|TL\.)?\s*(?:CHỦ TỊCH|PHÓ CHỦ TỊCH|THỦ TƯỚNG|PHÓ THỦ TƯỚNG|BỘ TRƯỞNG|"
                              r"THỨ TRƯỞNG|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TỔNG THƯ KÝ|CHÁNH ÁN|VIỆN TRƯỞNG)\b")
_NAME_RE = re.compile(r"^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]*){1,5}$")


def signer_from_text(text: str) -> str:
    """The signer's name from the signature block at the end ("CHỦ TỊCH QUỐC HỘI" / "Nguyễn Sinh Hùng")."""
    lines = [line.strip() for line in text.strip().splitlines()[-12:] if line.strip()]
    for position, line in enumerate(lines[:-1]):
        if _SIGNER_TITLE_RE.match(line):
            for candidate in lines[position + 1:position + 4]:
                if _NAME_RE.match(candidate):
                    return candidate
    return ""


def from_text(text: str, *, name: str = "", encoding: str = "") -> DocumentData:
    from .parsing import parse_text

    parsed = parse_text(text, filename=name or None)
    if not parsed.articles():
        raise ImportProblem(_("Không tìm thấy điều khoản nào (dòng “Điều 1. …”) trong %(name)s.") % {"name": name})
    title = nfc(parsed.title or "").strip() or Path(name).stem
    return DocumentData(
        title=title, text=parsed.text, number=normalise_number(parsed.number), type=document_type(parsed.type),
        issuer=parsed.issuer or "", signer=signer_from_text(parsed.text), issued=parsed.issued,
        effective=_effective_from_text(parsed.text),
        source=name, encoding=encoding,
    )


# --- JSON Lines ----------------------------------------------------------------------------------------

def from_json(obj: Any, *, where: str) -> DocumentData:
    if not isinstance(obj, dict):
        raise ImportProblem(_("%(where)s: mỗi dòng phải là một đối tượng JSON.") % {"where": where})
    title = nfc(str(obj.get("title") or "")).strip()
    number = normalise_number(obj.get("number"))
    if not title:
        raise ImportProblem(_("%(where)s: thiếu tên văn bản (title).") % {"where": where})
    articles: list[ArticleData] | None = None
    if obj.get("articles") is not None:
        if not isinstance(obj["articles"], list) or not obj["articles"]:
            raise ImportProblem(_("%(where)s: “articles” phải là danh sách các điều.") % {"where": where})
        articles = []
        for position, item in enumerate(obj["articles"], 1):
            if not isinstance(item, dict) or not str(item.get("text") or "").strip():
                raise ImportProblem(_("%(where)s: điều thứ %(n)d thiếu nội dung (text).") % {"where": where, "n": position})
            articles.append(ArticleData(number=str(item.get("number") or position).strip(),
                                        title=nfc(str(item.get("title") or "")).strip(),
                                        text=nfc(str(item["text"])).strip()))
        text = "\n".join(f"Điều {a.number}. {a.title}\n{a.text}" for a in articles)
    else:
        text = nfc(str(obj.get("text") or "")).strip()
        if not text:
            raise ImportProblem(_("%(where)s: thiếu nội dung (text hoặc articles).") % {"where": where})
    fields = obj.get("fields") or []
    if isinstance(fields, str):
        fields = [part for part in (p.strip() for p in fields.replace(";", ",").split(",")) if part]
    relations = [(str(r.get("kind")), normalise_number(r.get("number"))) for r in obj.get("relations") or []
                 if isinstance(r, dict) and r.get("kind") in ("amends", "replaces", "guides", "cites") and r.get("number")]
    return DocumentData(
        title=title, text=text, number=number, type=document_type(obj.get("type")),
        issuer=nfc(str(obj.get("issuer") or "")).strip(), signer=nfc(str(obj.get("signer") or "")).strip(),
        issued=_date(obj.get("issued"), "issued"), effective=_date(obj.get("effective"), "effective"),
        expiry=_date(obj.get("expiry"), "expiry"),
        status=effect_status(obj["status"]) if obj.get("status") else EffectStatus.IN_FORCE,
        status_explicit=bool(obj.get("status")), fields=[nfc(str(f)).strip() for f in fields if str(f).strip()],
        articles=articles, relations=relations, source=where,
    )


def _jsonl_sources(text: str, name: str) -> list[Source]:
    sources: list[Source] = []
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{line_no}"

        def load(line: str = line, where: str = where) -> DocumentData:
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as error:
                raise ImportProblem(_("%(where)s: JSON không hợp lệ (%(error)s).") % {"where": where, "error": error.msg}) from None
            return from_json(obj, where=where)

        sources.append(Source(where, load))
    if not sources:
        raise ImportProblem(_("Tệp %(name)s không có dòng dữ liệu nào.") % {"name": name})
    return sources


# --- DOCX and PDF ------------------------------------------------------------------------------------

def extract_docx(data: bytes, name: str = "") -> str:
    if not data.startswith(b"PK"):
        raise ImportProblem(_("%(name)s không phải tệp DOCX (Word 2007 trở lên).") % {"name": name})
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx raises many kinds on a broken package
        raise ImportProblem(_("Không mở được tệp DOCX %(name)s: tệp hỏng hoặc không đúng định dạng (%(error)s).")
                            % {"name": name, "error": type(error).__name__}) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    return nfc("\n".join(lines))


def extract_pdf(data: bytes, name: str = "") -> str:
    if not data.lstrip().startswith(b"%PDF"):
        raise ImportProblem(_("%(name)s không phải tệp PDF.") % {"name": name})
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ImportProblem(_("Tệp PDF %(name)s được mã hóa (đặt mật khẩu): hãy gỡ mật khẩu rồi tải lên lại.")
                                % {"name": name})
        pages = [page.extract_text() or "" for page in reader.pages]
    except ImportProblem:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as error:
        raise ImportProblem(_("Không đọc được tệp PDF %(name)s: tệp hỏng (%(error)s).")
                            % {"name": name, "error": type(error).__name__}) from None
    text = nfc("\n".join(pages))
    if len(text.strip()) < 20:
        raise ImportProblem(_("Tệp PDF %(name)s chỉ có hình ảnh (bản quét), không có lớp chữ: cần nhận dạng ký tự (OCR) "
                              "trước khi tải lên, hoặc tải bản DOCX.") % {"name": name})
    return text


# --- collecting sources ----------------------------------------------------------------------------------

def sources_from_bytes(name: str, data: bytes) -> list[Source]:
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        def load_text() -> DocumentData:
            text, encoding = decode(data, name)
            return from_text(text, name=name, encoding=encoding)
        return [Source(name, load_text)]
    if suffix in JSONL_SUFFIXES:
        text, _encoding = decode(data, name)
        return _jsonl_sources(text, name)
    if suffix in OFFICE_SUFFIXES:
        def load_office() -> DocumentData:
            text = extract_docx(data, name) if suffix == ".docx" else extract_pdf(data, name)
            return from_text(text, name=name)
        return [Source(name, load_office, original=(Path(name).name, data))]
    if suffix in ARCHIVE_SUFFIXES:
        return _zip_sources(name, data)
    raise ImportProblem(_("Không hỗ trợ loại tệp %(name)s (nhận: %(suffixes)s).")
                        % {"name": name, "suffixes": ", ".join(SUFFIXES)})


def _zip_sources(name: str, data: bytes) -> list[Source]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir() and Path(m.filename).suffix.lower() in SUFFIXES
                   and Path(m.filename).suffix.lower() not in ARCHIVE_SUFFIXES and not Path(m.filename).name.startswith(".")]
        if sum(m.file_size for m in members) > 500 * 1024 * 1024:
            raise ImportProblem(_("Tệp nén %(name)s quá lớn khi giải nén.") % {"name": name})
        sources: list[Source] = []
        for member in sorted(members, key=lambda m: m.filename):
            sources += sources_from_bytes(member.filename, archive.read(member))
    except zipfile.BadZipFile:
        raise ImportProblem(_("Tệp nén %(name)s hỏng hoặc không phải ZIP.") % {"name": name}) from None
    if not sources:
        raise ImportProblem(_("Tệp nén %(name)s không chứa tệp nào nhập được.") % {"name": name})
    return sources


def sources_from_path(path: Path) -> Iterator[Source | ImportProblem]:
    """Every importable document under ``path`` (a file or a directory, searched recursively)."""
    if not path.exists():
        yield ImportProblem(_("Không tìm thấy %(path)s.") % {"path": path})
        return
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    for file in files:
        try:
            data = file.read_bytes()
            yield from sources_from_bytes(file.name if path.is_file() else str(file.relative_to(path)), data)
        except ImportProblem as problem:
            yield problem
        except OSError as error:
            yield ImportProblem(_("Không đọc được %(path)s: %(error)s") % {"path": file, "error": error.strerror})


def same_title(a: str, b: str) -> bool:
    return fold_lower(key(a)) == fold_lower(key(b))
