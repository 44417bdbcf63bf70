"""BM25 over every committed chunk (bm25s, English stemming and stop words).

The index is derived data: built from the catalog and saved with the catalog generation it was built
from. A process that finds the generation moved on (another ingest, a forget) rebuilds, so BM25 and
the vector store never answer from different versions of the library.

Several processes share the saved copy: it is built from one consistent read of the catalog (the
generation and its rows in one transaction) and written only by whoever holds the data folder's write
lock (a writer at the end of its run, or a reader when nobody is writing); a reader that cannot take
the lock keeps its rebuilt index in memory. A copy half swapped by another process reads as missing.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN

from assistant.components.catalog import Catalog, WriteLock
from assistant.records import SearchFilters

log = logging.getLogger(__name__)
_WORD = re.compile(r"(?u)\b\w\w+\b")  # bm25s's own token pattern
_STOPWORDS = frozenset(STOPWORDS_EN)


# What is indexed, and how: a saved index of another format is rebuilt. 2: letterhead-only passages
# are not indexed (``index_text``). 3: titles indexed apart from the text, once per document.
INDEX_FORMAT = "3"
# A match in the document's title counts this much of a match in the passage itself: enough to lift the
# passages of a report named in the query ("Getting a grip"), too little for a title word alone ("stop"
# in "Stop and search") to outrank a passage about the query. Calibrated on corpus/topic-search*.yaml
# (bench/RESULTS.md).
TITLE_WEIGHT = 0.35


class Analyzer:
    """Lower-case, stop words removed, Snowball-stemmed: shared by indexing, querying and highlighting."""

    def __init__(self) -> None:
        self._stemmer = Stemmer.Stemmer("english")
        self._lock = threading.Lock()  # PyStemmer objects are not thread-safe
        # A search asks for the terms of the query and of each passage it weighs, again at every search.
        self._terms = lru_cache(maxsize=16384)(self._terms_of)
        self.stem = lru_cache(maxsize=65536)(self._stem)

    def tokens(self, texts: list[str]):
        with self._lock:
            return bm25s.tokenize(texts, stopwords="en", stemmer=self._stemmer, show_progress=False)

    def query_terms(self, text: str) -> list[str]:
        """The text's terms as ``tokens`` gives them to the index (bm25s's own word pattern, stop words
        and stemming), without building bm25s's vocabulary and progress bars for one text."""
        return list(self._terms(text))

    def _terms_of(self, text: str) -> tuple[str, ...]:
        words = [w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]
        with self._lock:
            return tuple(self._stemmer.stemWords(words))

    def _stem(self, word: str) -> str:
        with self._lock:
            return self._stemmer.stemWord(word.lower())

    def term_spans(self, text: str, terms: set[str]) -> list[tuple[int, int]]:
        """Character spans of the words in ``text`` whose stems are among ``terms``."""
        return [(m.start(), m.end()) for m in _WORD.finditer(text) if self.stem(m.group()) in terms]


@dataclass
class _Built:
    generation: int
    ids: list[str]
    retriever: bm25s.BM25 | None  # the passages' text
    titles: bm25s.BM25 | None  # one row per document
    title_row: np.ndarray  # each passage's row in ``titles``; -1 for a passage not indexed
    kind: np.ndarray
    inspection_type: np.ndarray
    marking: np.ndarray
    year: np.ndarray

    @classmethod
    def from_columns(
        cls,
        generation: int,
        columns: dict[str, list],
        retriever: bm25s.BM25 | None,
        titles: bm25s.BM25 | None,
    ) -> _Built:
        return cls(
            generation=generation,
            ids=columns["ids"],
            retriever=retriever,
            titles=titles,
            title_row=np.array(columns["title_row"], dtype=np.int32),
            kind=np.array(columns["kind"], dtype=object),
            inspection_type=np.array(columns["inspection_type"], dtype=object),
            marking=np.array(columns["marking"], dtype=object),
            year=np.array(columns["year"], dtype=np.int32),
        )

    def columns(self) -> dict[str, list]:
        return {
            "ids": self.ids,
            "title_row": self.title_row.tolist(),
            "kind": self.kind.tolist(),
            "inspection_type": self.inspection_type.tolist(),
            "marking": self.marking.tolist(),
            "year": self.year.tolist(),
        }

    def scores(self, terms: list[str]) -> np.ndarray:
        """Each passage's BM25 score for its text, plus ``TITLE_WEIGHT`` times its document title's."""
        scores = self.retriever.get_scores(terms)
        if self.titles is not None:
            by_title = np.append(self.titles.get_scores(terms), 0.0)  # row -1: not indexed, no title score
            scores = scores + TITLE_WEIGHT * by_title[self.title_row]
        return scores


class LexicalIndex:
    def __init__(
        self,
        directory: Path,
        catalog: Catalog,
        analyzer: Analyzer | None = None,
        write_lock: WriteLock | None = None,
    ):
        self._dir = directory
        self._catalog = catalog
        self.analyzer = analyzer or Analyzer()
        self.write_lock = write_lock  # saving the shared copy is a write: only under the lock
        self._built: _Built | None = None
        self._lock = threading.Lock()

    def current(self) -> _Built:
        """The index for the catalog as it is now: loaded from disk, or rebuilt if out of date."""
        generation = self._catalog.generation()
        built = self._built
        if built is not None and built.generation == generation:
            return built
        with self._lock:
            if self._built is not None and self._built.generation == generation:
                return self._built
            self._built = self._load(generation) or self._rebuild()
            return self._built

    def search(self, query: str, k: int, filters: SearchFilters | None = None) -> list[tuple[str, float]]:
        built = self.current()
        terms = self.analyzer.query_terms(query)
        if built.retriever is None or not terms or k <= 0:
            return []
        scores = built.scores(terms)
        mask = self._mask(built, filters)
        if mask is not None:
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(built.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    @staticmethod
    def _mask(built: _Built, filters: SearchFilters | None) -> np.ndarray | None:
        if filters is None:
            return None
        mask = np.ones(len(built.ids), dtype=bool)
        if filters.kind:
            mask &= built.kind == filters.kind
        if filters.inspection_type:
            mask &= built.inspection_type == filters.inspection_type
        if filters.marking:
            mask &= built.marking == filters.marking
        if filters.year_from is not None:
            mask &= built.year >= filters.year_from
        if filters.year_to is not None:
            mask &= (built.year <= filters.year_to) & (built.year >= 0)
        return mask

    # -- build, save, load ----------------------------------------------------------------------
    def _rebuild(self) -> _Built:
        texts: list[str] = []
        titles: dict[str, int] = {}  # document id -> its row in the title index
        title_texts: list[str] = []
        columns: dict[str, list] = {
            "ids": [],
            "title_row": [],
            "kind": [],
            "inspection_type": [],
            "marking": [],
            "year": [],
        }
        generation, rows = self._catalog.index_snapshot()
        for chunk_id, text, fields in rows:
            columns["ids"].append(chunk_id)
            texts.append(text)
            if fields["doc_id"] not in titles:
                titles[fields["doc_id"]] = len(title_texts)
                title_texts.append(fields["title"])
            columns["title_row"].append(titles[fields["doc_id"]] if text else -1)
            for key in ("kind", "inspection_type", "marking"):
                columns[key].append(fields[key])
            columns["year"].append(-1 if fields["year"] is None else fields["year"])
        retriever, title_index = self._index(texts), self._index(title_texts)
        built = _Built.from_columns(generation, columns, retriever, title_index)
        self._persist(built)
        return built

    def _index(self, texts: list[str]) -> bm25s.BM25 | None:
        """A BM25 index of these texts; None when they hold no word to index (bm25s cannot index none)."""
        tokens = self.analyzer.tokens(texts)
        if not tokens.vocab:
            return None
        index = bm25s.BM25()
        index.index(tokens, show_progress=False)
        return index

    def _persist(self, built: _Built) -> None:
        if self.write_lock is None:
            self._save(built)
            return
        with self.write_lock.if_free("saving the search index", vectors=False) as held:
            if held and self._catalog.generation() == built.generation:
                try:
                    self._save(built)
                except OSError:
                    log.warning("could not save the BM25 index; it is rebuilt when needed", exc_info=True)

    def _save(self, built: _Built) -> None:
        """Write to a temporary folder and swap it in, so a crash never leaves half an index."""
        tmp = self._dir.with_name(self._dir.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        saved = []
        for name, index in (("bm25", built.retriever), ("titles", built.titles)):
            if index is not None:
                index.save(str(tmp / name), show_progress=False)
                saved.append(name)
        (tmp / "indexes.json").write_text(json.dumps(saved))  # so a missing one reads as damage
        (tmp / "columns.json").write_text(json.dumps(built.columns()))
        (tmp / "generation").write_text(str(built.generation))
        (tmp / "format").write_text(INDEX_FORMAT)
        old = self._dir.with_name(self._dir.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if self._dir.exists():
            self._dir.rename(old)
        tmp.rename(self._dir)
        shutil.rmtree(old, ignore_errors=True)

    def _load(self, generation: int) -> _Built | None:
        try:
            if int((self._dir / "generation").read_text()) != generation:
                return None
            if (self._dir / "format").read_text() != INDEX_FORMAT:
                return None  # written by an older version: what is indexed has changed
            columns = json.loads((self._dir / "columns.json").read_text())
            saved = json.loads((self._dir / "indexes.json").read_text())
            retriever, titles = (
                bm25s.BM25.load(str(self._dir / name), show_progress=False, verbosity=0)
                if name in saved
                else None
                for name in ("bm25", "titles")
            )
        except Exception:  # missing, half swapped by another process, or damaged: rebuild instead
            return None
        return _Built.from_columns(generation, columns, retriever, titles)
