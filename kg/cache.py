"""Build cache for incremental builds: what was read from each file, and extraction results.

Adding one day's listing to a large corpus re-reads only the new file and re-extracts only
the new or changed records. Files are known by path, size and modification time; records by
a hash of their content; all of it together with the vocabulary's version and a hash of the code
(``code_version``). Pickles are written atomically.
(The third part, reuse of the written outputs, is kg.splice.)
"""
from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from . import __version__
from .atomic import read_pickle, read_pickles, write_pickle
from .ids import paper_iri, title_key
from .ingest import display_name
from .memo import memo
from .models import Extraction, Paper, Problem
from .vocab import Vocabulary

CACHE_FORMAT = 3


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of this package's source: the readers, the extractor and the writers decide what a
    cache holds, so a changed one (an upgrade, or a local edit) must not reuse what an older one made."""
    root = Path(__file__).parent
    digest = hashlib.blake2b(f"{__version__}|{CACHE_FORMAT}".encode(), digest_size=8)
    for path in sorted([*root.rglob("*.py"), root / "task-model.json.gz"]):  # the shipped model decides too
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
Reader = Callable[[str | Path, str | None], tuple[list[Paper], list[Problem]]]


def cached_reader(cache_dir: Path, read: Reader) -> Reader:
    """``read`` with its results kept per file; a file changed since (size or mtime) is read again."""
    folder = cache_dir / "ingest"

    def reader(path: str | Path, fmt: str | None) -> tuple[list[Paper], list[Problem]]:
        p = Path(path)
        try:
            st = p.stat()
        except OSError:
            return read(path, fmt)  # the reader reports the missing file
        key = f"{code_version()}|{p.resolve()}|{st.st_size}|{st.st_mtime_ns}|{fmt}|{display_name(p)}"
        entry = folder / (hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest() + ".pickle")
        cached = read_pickle(entry)
        if isinstance(cached, tuple) and len(cached) == 2 and isinstance(cached[1], Keys):
            result, keys = cached
            keys.seed(result[0])
            return result
        result = read(path, fmt)
        write_pickle(entry, (result, Keys.of(result[0])))
        return result
    return reader


class Keys(NamedTuple):
    """What later stages compute from each record a file gave (columns, in the records' order):
    kept with the records, and seeded into those stages' memos when the file is read from here."""

    titles: list[str]  # kg.ids.title_key
    iris: list[str]  # kg.ids.paper_iri
    records: list[str]  # record_key
    blocks: list[str]  # kg.splice.paper_key

    @classmethod
    def of(cls, papers: list[Paper]) -> Keys:
        from .splice import paper_key

        return cls([title_key(p.title) for p in papers], [paper_iri(p.title) for p in papers],
                   [record_key(p) for p in papers], [paper_key(p) for p in papers])

    def seed(self, papers: list[Paper]) -> None:
        from .splice import paper_key

        if len(self.titles) != len(papers):
            return  # not this file's: the memos compute instead
        titles = [p.title for p in papers]
        title_key.seed(zip(titles, self.titles))
        paper_iri.seed(zip(titles, self.iris))
        record_key.seed(zip(papers, self.records))
        paper_key.seed(zip(papers, self.blocks))


@memo()  # seeded with the records a cached file gives back (see ``cached_reader``)
def record_key(paper: Paper) -> str:
    return hashlib.blake2b(f"{paper.title}\n{paper.abstract}".encode(), digest_size=16).hexdigest()


MAX_SEGMENTS = 16  # then the segments are merged into one, so loading stays one file read or a few


def cached_extract_all(papers: list[Paper], vocab: Vocabulary, cache_dir: Path,
                       extract: Callable[[list[Paper]], list[Extraction]], *,
                       rules_only: bool = False) -> Sequence[Extraction]:
    """Extractions for ``papers``: cached ones reused, the rest computed by ``extract`` and cached.

    The cache is a folder of segments, each written once: a build that extracts 200 new records
    adds a segment of 200 instead of rewriting the 100,000 before them (1-2 s at that size).
    Each segment starts with its keys, so the new records are known without reading the cached
    extractions; those are read when first asked for (see ``CachedExtractions``).
    """
    folder = cache_dir / f"extract-{code_version()}-{vocab.version}{'-rules' if rules_only else ''}"
    segments = sorted(p for p in folder.glob("*.pickle") if p.stem.isdigit()) if folder.is_dir() else []
    keyed = {segment: _segment_keys(segment) for segment in segments}
    cached = {k for found in keyed.values() for k in found or ()}  # a damaged segment costs its records' extraction
    keys = [record_key(p) for p in papers]
    fresh = {k: p for k, p in zip(keys, papers) if k not in cached}
    added = dict(zip(fresh, extract(list(fresh.values())))) if fresh else {}
    result = CachedExtractions(keys, papers, added, [s for s, found in keyed.items() if found], extract)
    if added:
        number = int(segments[-1].stem) + 1 if segments else 0
        if len(segments) >= MAX_SEGMENTS:  # one new segment holding everything replaces the old ones
            everything = result.by_key()
            _write_segment(folder / f"{number:06d}.pickle", everything)
            for segment in segments:
                segment.unlink(missing_ok=True)
            result.fill(everything)
        else:
            _write_segment(folder / f"{number:06d}.pickle", added)
    return result


class CachedExtractions(Sequence[Extraction]):
    """Every paper's extraction, in the papers' order: new ones in memory, cached ones read from
    their segments on first use (any item, iteration, comparison).

    A build that only adds papers copies the other papers' bytes from its previous outputs and
    takes their statistics from the previous build's (kg.splice), so it may never need their
    extractions: reading them takes ~0.5 s at 100,000 papers, as long as the rest of the build.
    """

    def __init__(self, keys: list[str], papers: list[Paper], new: dict[str, Extraction], segments: list[Path],
                 extract: Callable[[list[Paper]], list[Extraction]]) -> None:
        self._keys, self._papers, self._new, self._segments, self._extract = keys, papers, new, segments, extract
        self._items: list[Extraction] | None = None if segments else [new[k] for k in keys]
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, i):
        return self._load()[i]

    def __iter__(self) -> Iterator[Extraction]:
        return iter(self._load())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and self._load() == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __reduce__(self):  # pickled (sent to another process) as the plain list it stands for
        return list, (self._load(),)

    def at_hand(self) -> list[Extraction | None]:
        """Each extraction already in memory, None where it is still in the cache (reads nothing)."""
        if self._items is not None:
            return self._items
        return [self._new.get(k) for k in self._keys]

    def by_key(self) -> dict[str, Extraction]:
        """Every cached extraction and the new ones, by record key."""
        found: dict[str, Extraction] = {}
        for segment in self._segments:
            found.update(_segment(segment))
        found.update(self._new)
        return found

    def fill(self, found: dict[str, Extraction]) -> None:
        """Take the extractions from ``found`` (by record key); a record it lacks is extracted again
        (a segment damaged since its keys were read)."""
        lost = {k: p for k, p in zip(self._keys, self._papers) if k not in found}
        if lost:
            found = {**found, **dict(zip(lost, self._extract(list(lost.values()))))}
        self._items = [found[k] for k in self._keys]

    def _load(self) -> list[Extraction]:
        items = self._items
        if items is None:
            with self._lock:  # writers may ask from a thread beside the copies
                if self._items is None:
                    self.fill(self.by_key())
                items = self._items
        return items


def _write_segment(path: Path, part: dict[str, Extraction]) -> None:
    """Two pickles: the keys, then the extractions (readers of the keys stop after the first)."""
    write_pickle(path, list(part), part)


def _segment_keys(path: Path) -> list[str] | None:
    found = read_pickles(path, 1)
    return found[0] if found and isinstance(found[0], list) else None


def _segment(path: Path) -> dict[str, Extraction]:
    found = read_pickles(path, 2)
    return found[1] if found and isinstance(found[1], dict) else {}
