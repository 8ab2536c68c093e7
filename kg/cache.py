"""Build cache for incremental builds: what was read from each file, and extraction results.

Adding one day's listing to a large corpus re-reads only the new file and re-extracts only
the new or changed records. Files are known by path, size and modification time; records by
a hash of their content together with the vocabulary version. Pickles are written atomically.
(The third part, reuse of the written outputs, is kg.splice.)
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from . import __version__
from .atomic import read_pickle, write_pickle
from .ingest import display_name
from .models import Extraction, Paper, Problem
from .vocab import Vocabulary

CACHE_FORMAT = 1
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
        key = f"{CACHE_FORMAT}|{__version__}|{p.resolve()}|{st.st_size}|{st.st_mtime_ns}|{fmt}|{display_name(p)}"
        entry = folder / (hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest() + ".pickle")
        cached = read_pickle(entry)
        if cached is not None:
            return cached
        result = read(path, fmt)
        write_pickle(entry, result)
        return result
    return reader


def record_key(paper: Paper) -> str:
    return hashlib.blake2b(f"{paper.title}\n{paper.abstract}".encode(), digest_size=16).hexdigest()


def cached_extract_all(papers: list[Paper], vocab: Vocabulary, cache_dir: Path,
                       extract: Callable[[list[Paper]], list[Extraction]]) -> list[Extraction]:
    """Extractions for ``papers``: cached ones reused, the rest computed by ``extract`` and cached."""
    path = cache_dir / f"extract-v{CACHE_FORMAT}-{vocab.version}.pickle"
    cache: dict[str, Extraction] = read_pickle(path) or {}
    keys = [record_key(p) for p in papers]
    fresh = [p for p, k in zip(papers, keys) if k not in cache]
    if fresh:
        cache.update(zip((record_key(p) for p in fresh), extract(fresh)))
        write_pickle(path, cache)
    return [cache[k] for k in keys]
