"""Build cache for incremental builds: what was read from each file, and extraction results.

Adding one day's listing to a large corpus re-reads only the new file and re-extracts only
the new or changed records. Files are known by path, size and modification time; records by
a hash of their content; all of it together with the vocabulary's version and a hash of the code
(``code_version``). Pickles are written atomically.
(The third part, reuse of the written outputs, is kg.splice.)
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from . import __version__
from .atomic import read_pickle, write_pickle
from .ids import paper_iri, title_key
from .ingest import display_name
from .memo import memo
from .models import Extraction, Paper, Problem
from .vocab import Vocabulary

CACHE_FORMAT = 2


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of this package's source: the readers, the extractor and the writers decide what a
    cache holds, so a changed one (an upgrade, or a local edit) must not reuse what an older one made."""
    root = Path(__file__).parent
    digest = hashlib.blake2b(f"{__version__}|{CACHE_FORMAT}".encode(), digest_size=8)
    for path in sorted(root.rglob("*.py")):
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
                       extract: Callable[[list[Paper]], list[Extraction]]) -> list[Extraction]:
    """Extractions for ``papers``: cached ones reused, the rest computed by ``extract`` and cached.

    The cache is a folder of segments, each written once: a build that extracts 200 new records
    adds a segment of 200 instead of rewriting the 100,000 before them (1-2 s at that size).
    """
    folder = cache_dir / f"extract-{code_version()}-{vocab.version}"
    segments = sorted(p for p in folder.glob("*.pickle") if p.stem.isdigit()) if folder.is_dir() else []
    cache: dict[str, Extraction] = {}
    for segment in segments:
        part = read_pickle(segment)
        if isinstance(part, dict):  # a damaged segment only costs its records' extraction
            cache.update(part)
    keys = [record_key(p) for p in papers]
    fresh = [(k, p) for k, p in zip(keys, papers) if k not in cache]
    if fresh:
        added = dict(zip((k for k, _ in fresh), extract([p for _, p in fresh])))
        cache.update(added)
        number = int(segments[-1].stem) + 1 if segments else 0
        merge = len(segments) >= MAX_SEGMENTS  # one new segment holding everything replaces the old ones
        write_pickle(folder / f"{number:06d}.pickle", cache if merge else added)
        for segment in segments if merge else ():
            segment.unlink(missing_ok=True)
    return [cache[k] for k in keys]
