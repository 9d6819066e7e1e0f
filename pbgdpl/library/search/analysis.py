"""Vietnamese text analysis for search: syllables, diacritic folding, syllable bigrams, abbreviations.

Vietnamese writes one syllable per space-separated token, and most words are two syllables
("khoa học", "công nghệ"), so the index holds, for each text:

- ``exact``: lowercase NFC syllables, with the tone mark placed one way ("hòa", never "hoà");
- ``bigram``: adjacent syllable pairs ("khoa_học"), which stand in for word segmentation;
- ``folded`` / ``folded bigram``: the same without diacritics ("khoa", "khoa_hoc"), so that a query
  typed without diacritics ("luat khoa hoc cong nghe") still matches.

The engine indexes these pre-tokenised streams (space-joined, split on white space); all the
language-specific work happens here, once, for indexing and querying alike.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from pbgdpl.core.text import fold, nfc

_TOKEN_RE = re.compile(r"\d+(?:[/.,]\d+)*(?:/[^\W_]+(?:-[^\W_]+)*)?|[^\W_]+", re.UNICODE)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}

# Abbreviations common in Vietnamese administrative and legal writing, expanded in queries.
ABBREVIATIONS: dict[str, str] = {
    "kh&cn": "khoa học và công nghệ",
    "khcn": "khoa học công nghệ",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "pbgdpl": "phổ biến giáo dục pháp luật",
    "blds": "bộ luật dân sự",
    "blhs": "bộ luật hình sự",
    "bltths": "bộ luật tố tụng hình sự",
    "blttds": "bộ luật tố tụng dân sự",
    "blld": "bộ luật lao động",
    "bhxh": "bảo hiểm xã hội",
    "bhyt": "bảo hiểm y tế",
    "shtt": "sở hữu trí tuệ",
    "cntt": "công nghệ thông tin",
    "gddt": "giáo dục đào tạo",
    "gd&đt": "giáo dục và đào tạo",
    "qsdđ": "quyền sử dụng đất",
    "tand": "tòa án nhân dân",
    "vksnd": "viện kiểm sát nhân dân",
    "ubtvqh": "ủy ban thường vụ quốc hội",
}
_ABBR_KEYS = {fold(key): key for key in ABBREVIATIONS}
_ABBR_RE = re.compile(
    r"(?<![\w&\-])("
    + "|".join(re.escape(k) for k in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w&\-])"
)
_ABBR_FOLDED_RE = re.compile(
    r"(?<![\w&\-])("
    + "|".join(re.escape(k) for k in sorted(_ABBR_KEYS, key=len, reverse=True))
    + r")(?![\w&\-])"
)


# Final letters that can carry a misplaced tone: a, e, y with a tone mark (and any other diacritic).
_TONED_FINALS = frozenset(
    ch
    for ch in map(chr, range(0x00C0, 0x1F00))
    if (d := unicodedata.normalize("NFD", ch))[0] in "aey" and any(m in _TONES for m in d[1:])
)


def _normalise_tone(token: str) -> str:
    """Put the tone mark of a final "oa", "oe", "uy" on the first vowel ("hoà" -> "hòa", "thuỷ" -> "thủy")."""
    if len(token) < 2 or token[-1] not in _TONED_FINALS:
        return token
    first = unicodedata.normalize("NFD", token[-2])
    second = unicodedata.normalize("NFD", token[-1])
    if (first[0], second[0]) not in _PAIRS or (len(token) > 2 and token[-3] == "q"):
        return token
    tone = [ch for ch in second[1:] if ch in _TONES]
    if not tone or any(ch in _TONES for ch in first[1:]):
        return token
    second_rest = second[0] + "".join(ch for ch in second[1:] if ch not in _TONES)
    moved = unicodedata.normalize("NFC", first + tone[0]) + unicodedata.normalize("NFC", second_rest)
    return token[:-2] + moved


def syllables(text: str, *, normalised: bool = False) -> list[str]:
    """Lowercase NFC syllables with normalised tone placement; document numbers stay whole ("14/2012/qh13").

    ``normalised``: ``text`` is already NFC and lowercase."""
    return [_normalise_tone(tok) for tok in _TOKEN_RE.findall(text if normalised else nfc(text).lower())]


def syllables_at(text: str) -> tuple[list[str], list[int] | None]:
    """:func:`syllables` and where each starts in ``text`` (None when normalisation changed the
    text's length or letters, so that offsets would not point into ``text`` itself)."""
    prepared = nfc(text).lower()
    matches = list(_TOKEN_RE.finditer(prepared))
    tokens = [_normalise_tone(m.group()) for m in matches]
    if len(prepared) != len(text) or prepared != text.lower():
        return tokens, None
    return tokens, [m.start() for m in matches]


def _fold_table() -> dict[int, str]:
    table = {}
    for code in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        folded = fold(chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


_FOLD_TABLE = _fold_table()


def fast_fold(text: str) -> str:
    """:func:`pbgdpl.core.text.fold` for NFC text, one character for one (keeps offsets)."""
    return text.translate(_FOLD_TABLE)


def bigrams(tokens: list[str]) -> list[str]:
    return [f"{a}_{b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def has_diacritics(text: str) -> bool:
    if text.isascii():
        return False
    return fast_fold(text) != text or fold(text) != text


@dataclass
class Analysed:
    exact: list[str]
    folded: list[str]

    @property
    def exact_bigrams(self) -> list[str]:
        return bigrams(self.exact)

    @property
    def folded_bigrams(self) -> list[str]:
        return bigrams(self.folded)


def analyse(text: str, *, normalised: bool = False) -> Analysed:
    exact = syllables(text, normalised=normalised)
    return Analysed(exact=exact, folded=fast_fold(" ".join(exact)).split(" ") if exact else [])


def expand_abbreviations(text: str) -> str:
    """Append the expansion of known abbreviations ("KH&CN" -> "KH&CN khoa học và công nghệ").

    A query typed without diacritics gets the expansion without diacritics too ("pbgdpl" ->
    "pbgdpl pho bien giao duc phap luat").
    """
    return _expand(nfc(text).lower())


def _expand(lowered: str) -> str:
    if has_diacritics(lowered):
        return _ABBR_RE.sub(lambda m: f"{m.group(1)} {ABBREVIATIONS[m.group(1)]}", lowered)
    return _ABBR_FOLDED_RE.sub(
        lambda m: f"{m.group(1)} {fold(ABBREVIATIONS[_ABBR_KEYS[m.group(1)]])}", lowered
    )


# --- queries ----------------------------------------------------------------------------------

MAX_QUERY_CHARS = 1000
_QUOTES = '"“”„«»'
_PHRASE_RE = re.compile(r"[\"“”„«»]([^\"“”„«»]+)[\"“”„«»]")
_OPERATORS = {"and", "or", "not", "near"}


@dataclass
class ParsedQuery:
    text: str  # the cleaned query
    terms: Analysed  # every word of the query, abbreviations expanded
    phrases: list[Analysed] = field(default_factory=list)
    folded_only: bool = False  # the query was typed without any diacritic

    @property
    def empty(self) -> bool:
        return not self.terms.exact


def parse_query(query: str) -> ParsedQuery:
    """Clean a user query: no syntax is special except "phrases in quotes".

    Engine operators (AND, NEAR, *, parentheses) are plain words here; over-long queries are cut.
    """
    query = nfc(query or "")[:MAX_QUERY_CHARS]
    phrases = [analyse(p) for p in _PHRASE_RE.findall(query)]
    phrases = [p for p in phrases if len(p.exact) >= 2]
    cleaned = query
    for ch in _QUOTES:
        cleaned = cleaned.replace(ch, " ")
    cleaned = " ".join(cleaned.split())
    words = [w for w in cleaned.split() if w.lower() not in _OPERATORS or not w.isupper()]
    lowered = " ".join(words).lower()
    terms = analyse(_expand(lowered), normalised=True)
    return ParsedQuery(
        text=cleaned,
        terms=terms,
        phrases=phrases,
        folded_only=not has_diacritics(cleaned.lower()),
    )
