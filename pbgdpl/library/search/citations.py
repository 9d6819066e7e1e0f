"""Citations in queries: "Điều 5 Luật Khoa học và công nghệ", "khoản 2 Điều 11 Luật 14/2012/QH13",
"64/2025/QH15", typed with or without diacritics.

A :class:`Catalog` of the indexed documents (number, title, year, article numbers) resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pbgdpl.core import docnumbers
from pbgdpl.core.text import key

from .analysis import ABBREVIATIONS


@dataclass
class Citation:
    document_id: int
    document_number: str
    document_title: str
    article: str | None = None  # "5"
    clause: str | None = None  # khoản "2"
    point: str | None = None  # điểm "a"
    article_id: int | None = None

    @property
    def anchor(self) -> str | None:
        if self.article is None:
            return None
        anchor = f"dieu-{self.article.lower()}"
        if self.clause:
            anchor += f"-khoan-{self.clause}"
            if self.point:
                anchor += f"-diem-{self.point.replace('đ', 'd')}"
        return anchor


@dataclass
class CatalogEntry:
    document_id: int
    number: str
    title: str
    year: int | None
    articles: dict[str, int] = field(default_factory=dict)  # article number -> article id


_PROVISION_RE = re.compile(
    r"^(?:diem\s+(?P<point>[a-z])\s*,?\s*)?(?:khoan\s+(?P<clause>\d+)\s*,?\s*)?dieu\s+(?P<article>\d+[a-z]?)\b\s*(?:cua\s+)?(?P<rest>.*)$"
)
_TYPE_WORDS = (
    "bo luat",
    "luat",
    "hien phap",
    "nghi dinh",
    "nghi quyet",
    "thong tu",
    "phap lenh",
    "quyet dinh",
)
_FILLER = {"so", "nam", "luat", "bo", "van", "ban", "cua"}
_YEAR_RE = re.compile(r"\b(?:nam\s+)?((?:19|20)\d\d)\b")


class Catalog:
    def __init__(self, entries: list[CatalogEntry]) -> None:
        self.entries = entries
        self.by_number: dict[str, list[CatalogEntry]] = {}
        self.by_title: dict[str, list[CatalogEntry]] = {}
        self.by_id: dict[int, CatalogEntry] = {entry.document_id: entry for entry in entries}
        for entry in entries:
            if entry.number:
                self.by_number.setdefault(_number_key(entry.number), []).append(entry)
            self.by_title.setdefault(key(entry.title), []).append(entry)

    def resolve(self, query: str) -> Citation | None:
        """The provision a query cites, or None when it is not a citation of an indexed document."""
        if len(query) > 300:
            return None
        numbers = docnumbers.find_all(query)
        folded = key(_expand(query))
        match = _PROVISION_RE.match(folded)
        entry: CatalogEntry | None = None
        if numbers:
            for number in numbers:
                found = self.by_number.get(_number_key(str(number)))
                if found:
                    entry = found[0]
                    break
            if entry is None:
                return None
            if match is None:
                # A number alone ("64/2025/QH15", "Luật số 64/2025/QH15") cites the document.
                rest = set(key(re.sub(re.escape(str(numbers[0])), " ", query, flags=re.IGNORECASE)).split())
                rest -= {key(str(numbers[0]))} | set(key(str(numbers[0])).split())
                if rest - _FILLER - set(key(entry.title).split()):
                    return None
        elif match is not None:
            entry = self._by_title(match.group("rest"))
        else:
            return None
        if entry is None:
            return None
        citation = Citation(
            document_id=entry.document_id, document_number=entry.number, document_title=entry.title
        )
        if match is not None:
            article = match.group("article")
            if article not in entry.articles:
                return None
            citation.article = article
            citation.article_id = entry.articles[article]
            citation.clause = match.group("clause")
            citation.point = match.group("point")
        return citation

    def _by_title(self, rest: str) -> CatalogEntry | None:
        rest = rest.strip()
        if not rest.startswith(_TYPE_WORDS):
            return None
        year = None
        if ymatch := _YEAR_RE.search(rest):
            year = int(ymatch.group(1))
            rest = (rest[: ymatch.start()] + rest[ymatch.end() :]).strip()
        rest = " ".join(rest.split())
        candidates = self.by_title.get(rest, [])
        if not candidates:
            # The longest title the query starts with ("luat dau tu nam 2020 ve ..." -> "luat dau tu").
            best = ""
            for title_key in self.by_title:
                if title_key and rest.startswith(title_key + " ") and len(title_key) > len(best):
                    best = title_key
            candidates = self.by_title.get(best, []) if best else []
        if not candidates:
            return None
        if year is not None:
            dated = [c for c in candidates if c.year == year]
            if dated:
                return dated[0]
        return max(candidates, key=lambda c: c.year or 0)


def _number_key(number: str) -> str:
    return key(number).replace(" ", "")


def _expand(query: str) -> str:
    words = []
    for word in query.split():
        expansion = ABBREVIATIONS.get(word.lower())
        words.append(expansion if expansion else word)
    return " ".join(words)
