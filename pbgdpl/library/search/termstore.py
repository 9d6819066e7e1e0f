"""Each article's syllables as integer ids, on disk beside the tantivy index, for the second stage.

The second stage (:mod:`.rerank`) scores tantivy's top candidates from their syllable streams; reading
those from tantivy's document store (decompressing and decoding them) cost more than the search. They
live here instead, memory-mapped, loaded once per process:

- ``vocab-G.txt``: one syllable per line (exact forms, and the folded form of each), id = line number;
- ``fold-G.u32``: for every id, the id of its folded form ("học" -> "hoc");
- ``tokens-G.u32``: the exact syllable ids of every article (title and text), one after another;
- ``offsets-G.u32``: where each of those syllables starts in "title\ntext" (for snippets; all
  ``NO_OFFSET`` for an article whose text normalisation changed its length);
- ``rows-X.npy``: one row per article, sorted by article id: article id, document id, start, length;
- ``manifest.json``: the generation ``G``, the rows file, how many ids and tokens are valid, and the
  tantivy commit (``opstamp``) the arrays describe.

Writes happen under tantivy's single-writer lock: an upsert appends the new articles' ids to
``tokens-G`` (and new syllables to the vocabulary), writes a new rows file, then the manifest; a
rebuild (or an upsert when more than half of ``tokens-G`` is garbage) starts a new generation. Readers
check the manifest with one ``stat`` and switch only when it describes the tantivy commit they see
(see ``TantivyBackend._fresh_index``), so both always describe the same articles.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .analysis import fast_fold

ROW_ARTICLE, ROW_DOCUMENT, ROW_START, ROW_LENGTH = range(4)
NO_OFFSET = 0xFFFFFFFF


class Article(NamedTuple):
    article_id: int
    document_id: int
    tokens: list[str]  # exact syllables of title and text
    offsets: list[int] | None  # where each starts in "title\ntext"; None when unknown


@dataclass
class Terms:
    """One consistent, read-only view of the arrays."""

    opstamp: int
    vocab: dict[str, int]  # syllable (exact or folded) -> id
    fold: np.ndarray  # id -> id of its folded form
    tokens: np.ndarray  # uint32 ids, all articles
    offsets: np.ndarray  # uint32, parallel to tokens
    lengths: np.ndarray  # id -> length of the syllable in characters
    rows: np.ndarray  # int64 [n, 4], sorted by article id
    avgdl: float  # average article length in syllables
    row_of_id: np.ndarray | None = None  # article id -> row (-1: none), when the ids are dense enough

    def __post_init__(self) -> None:
        ids = self.rows[:, ROW_ARTICLE]
        if len(ids) and 0 <= ids[0] and ids[-1] < 4 * len(ids) + 1_000_000:
            self.row_of_id = np.full(int(ids[-1]) + 1, -1, dtype=np.int64)
            self.row_of_id[ids] = np.arange(len(ids))

    @property
    def size(self) -> int:
        return len(self.fold)

    def rows_of(self, article_ids: Sequence[int]) -> np.ndarray:
        """Row index of each article id, -1 when absent."""
        if self.row_of_id is not None:
            wanted = np.asarray(article_ids, dtype=np.int64)
            inside = (wanted >= 0) & (wanted < len(self.row_of_id))
            return np.where(inside, self.row_of_id[np.where(inside, wanted, 0)], -1)
        ids = self.rows[:, ROW_ARTICLE]
        wanted = np.asarray(article_ids, dtype=np.int64)
        at = np.searchsorted(ids, wanted)
        at = np.minimum(at, max(len(ids) - 1, 0))
        found = (ids[at] == wanted) if len(ids) else np.zeros(len(wanted), dtype=bool)
        return np.where(found, at, -1)


def empty_terms() -> Terms:
    return Terms(
        opstamp=-1,
        vocab={},
        fold=np.zeros(0, dtype=np.uint32),
        tokens=np.zeros(0, dtype=np.uint32),
        offsets=np.zeros(0, dtype=np.uint32),
        lengths=np.zeros(0, dtype=np.int64),
        rows=np.zeros((0, 4), dtype=np.int64),
        avgdl=0.0,
    )


class TermStore:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @property
    def manifest_file(self) -> Path:
        return self.path / "manifest.json"

    def manifest(self) -> dict | None:
        try:
            return json.loads(self.manifest_file.read_text(encoding="utf-8"))
        except (FileNotFoundError, ValueError):
            return None

    def load(self, manifest: dict | None = None) -> Terms:
        manifest = manifest or self.manifest()
        if manifest is None:
            return empty_terms()
        gen = manifest["gen"]
        size, count = int(manifest["vocab"]), int(manifest["tokens"])
        with open(self.path / f"vocab-{gen}.txt", encoding="utf-8") as f:
            words = f.read().split("\n")[:size]
        fold = _map(self.path / f"fold-{gen}.u32", size)
        tokens = _map(self.path / f"tokens-{gen}.u32", count)
        offsets = _map(self.path / f"offsets-{gen}.u32", count)
        rows = np.load(self.path / manifest["rows"])
        lengths = rows[:, ROW_LENGTH]
        avgdl = float(lengths.sum()) / len(lengths) if len(lengths) else 0.0
        vocab = {w: i for i, w in enumerate(words)}
        lengths_of = np.asarray([len(w) for w in words], dtype=np.int64)
        return Terms(int(manifest["opstamp"]), vocab, fold, tokens, offsets, lengths_of, rows, avgdl)

    # --- writes (the caller holds tantivy's writer lock) -------------------------------------------

    def write(
        self,
        *,
        opstamp: int,
        drop_documents: Sequence[int] | None,
        articles: Sequence[Article],
    ) -> None:
        """Record a commit: drop the rows of ``drop_documents`` (None: drop everything, a rebuild),
        then add ``articles``."""
        self.path.mkdir(parents=True, exist_ok=True)
        manifest = self.manifest() if drop_documents is not None else None
        if manifest is not None:
            current = self.load(manifest)
            keep = ~np.isin(current.rows[:, ROW_DOCUMENT], np.asarray(drop_documents, dtype=np.int64))
            live = current.rows[keep]
            garbage = int(manifest["tokens"]) - int(live[:, ROW_LENGTH].sum())
            if garbage * 2 > int(manifest["tokens"]) + 1024:
                self._write_generation(opstamp, current, live, articles)
                return
            gen = manifest["gen"]
            words = list(current.vocab)
            vocab = dict(current.vocab)
            new_words: list[str] = []
            ids = [[_id_of(vocab, words, new_words, t) for t in a.tokens] for a in articles]
            start = int(manifest["tokens"])
            added = _rows(articles, ids, start)
            if new_words:  # a new file (readers read the first ``vocab`` lines of either)
                _write_text(self.path / f"vocab-{gen}.txt", "\n".join(words + new_words))
            _append(self.path / f"fold-{gen}.u32", int(manifest["vocab"]), _fold_ids(vocab, new_words))
            flat = [i for row in ids for i in row]
            _append(self.path / f"tokens-{gen}.u32", start, flat)
            _append(self.path / f"offsets-{gen}.u32", start, _offsets(articles))
            rows = np.concatenate([live, added]) if len(added) else live
            self._commit(gen, opstamp, len(vocab), start + len(flat), rows, old_rows=manifest["rows"])
        else:
            self._write_generation(opstamp, None, np.zeros((0, 4), dtype=np.int64), articles)

    def _write_generation(
        self,
        opstamp: int,
        current: Terms | None,
        live: np.ndarray,
        articles: Sequence[Article],
    ) -> None:
        """A new set of files: the live rows of ``current`` (compacted) plus ``articles``."""
        old = self.manifest()
        gen = uuid.uuid4().hex[:12]
        vocab: dict[str, int] = {}
        words: list[str] = []
        chunks: list[np.ndarray] = []
        offset_chunks: list[np.ndarray] = []
        rows: list[list[int]] = []
        start = 0
        if current is not None and len(live):
            # Keep the old ids (the vocabulary only grows within a generation): copy it whole.
            words = list(current.vocab)
            vocab = dict(current.vocab)
            for article_id, document_id, old_start, length in live.tolist():
                chunks.append(np.asarray(current.tokens[old_start : old_start + length]))
                offset_chunks.append(np.asarray(current.offsets[old_start : old_start + length]))
                rows.append([article_id, document_id, start, length])
                start += length
        new_words: list[str] = []
        ids = [[_id_of(vocab, words, new_words, t) for t in a.tokens] for a in articles]
        added = _rows(articles, ids, start)
        tokens = np.concatenate([*chunks, np.asarray([i for row in ids for i in row], dtype=np.uint32)])
        offsets = np.concatenate([*offset_chunks, _offsets(articles)])
        _write_text(self.path / f"vocab-{gen}.txt", "\n".join(words + new_words))
        _fold_ids(vocab, words + new_words).tofile(self.path / f"fold-{gen}.u32")
        tokens.astype(np.uint32).tofile(self.path / f"tokens-{gen}.u32")
        offsets.astype(np.uint32).tofile(self.path / f"offsets-{gen}.u32")
        all_rows = np.concatenate([np.asarray(rows, dtype=np.int64).reshape(-1, 4), added])
        self._commit(gen, opstamp, len(vocab), len(tokens), all_rows, old_rows=None)
        if old is not None and old.get("gen") != gen:  # readers keep their memory maps open
            for name in (
                f"vocab-{old['gen']}.txt",
                f"fold-{old['gen']}.u32",
                f"tokens-{old['gen']}.u32",
                f"offsets-{old['gen']}.u32",
                old["rows"],
            ):
                (self.path / name).unlink(missing_ok=True)

    def _commit(
        self, gen: str, opstamp: int, vocab: int, tokens: int, rows: np.ndarray, *, old_rows: str | None
    ) -> None:
        rows = rows[np.argsort(rows[:, ROW_ARTICLE], kind="stable")] if len(rows) else rows.reshape(0, 4)
        name = f"rows-{uuid.uuid4().hex[:12]}.npy"
        np.save(self.path / name, rows.astype(np.int64))
        manifest = {"gen": gen, "opstamp": opstamp, "vocab": vocab, "tokens": tokens, "rows": name}
        _write_text(self.manifest_file, json.dumps(manifest))
        if old_rows and old_rows != name:
            (self.path / old_rows).unlink(missing_ok=True)


def _write_text(path: Path, text: str) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def _map(path: Path, count: int) -> np.ndarray:
    if count == 0:
        return np.zeros(0, dtype=np.uint32)
    # A plain ndarray over the memory map (indexing a np.memmap costs more).
    return np.memmap(path, dtype=np.uint32, mode="r", shape=(count,)).view(np.ndarray)


def _append(path: Path, at: int, values: Sequence[int] | np.ndarray) -> None:
    """Write ``values`` as uint32 at position ``at`` (cutting what a failed writer left after it)."""
    with open(path, "r+b" if path.exists() else "w+b") as f:
        f.truncate(at * 4)
        f.seek(at * 4)
        np.asarray(values, dtype=np.uint32).tofile(f)


def _id_of(vocab: dict[str, int], words: list[str], new_words: list[str], token: str) -> int:
    i = vocab.get(token)
    if i is None:
        i = vocab[token] = len(vocab)
        new_words.append(token)
        folded = fast_fold(token)
        if folded not in vocab:
            vocab[folded] = len(vocab)
            new_words.append(folded)
    return i


def _fold_ids(vocab: dict[str, int], words: list[str]) -> np.ndarray:
    return np.asarray([vocab[fast_fold(w)] for w in words], dtype=np.uint32)


def _offsets(articles: Sequence[Article]) -> np.ndarray:
    out: list[int] = []
    for a in articles:
        out += a.offsets if a.offsets is not None else [NO_OFFSET] * len(a.tokens)
    return np.asarray(out, dtype=np.uint32)


def _rows(articles: Sequence[Article], ids: list[list[int]], start: int) -> np.ndarray:
    rows = []
    for a, row in zip(articles, ids, strict=True):
        rows.append([a.article_id, a.document_id, start, len(row)])
        start += len(row)
    return np.asarray(rows, dtype=np.int64).reshape(-1, 4)
