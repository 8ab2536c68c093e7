"""Build cache: extraction results keyed by record content hash and vocabulary version.

Adding one day's listing to a large corpus re-extracts only the new or changed records.
The cache is one pickle per vocabulary version, rewritten atomically after each build.
"""
from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from .atomic import atomic_write
from .extract import Extractor
from .models import Extraction, Paper
from .vocab import Vocabulary

CACHE_FORMAT = 1


def record_key(paper: Paper) -> str:
    return hashlib.blake2b(f"{paper.title}\n{paper.abstract}".encode(), digest_size=16).hexdigest()


def cached_extract_all(papers: list[Paper], vocab: Vocabulary, cache_dir: Path, progress=None) -> list[Extraction]:
    path = cache_dir / f"extract-v{CACHE_FORMAT}-{vocab.version}.pickle"
    try:
        cache: dict[str, Extraction] = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        cache = {}
    extractor = None
    out: list[Extraction] = []
    fresh = 0
    for paper in papers:
        key = record_key(paper)
        ex = cache.get(key)
        if ex is None:
            extractor = extractor or Extractor(vocab)
            ex = cache[key] = extractor.extract(paper)
            fresh += 1
        out.append(ex)
    if fresh:
        with atomic_write(path, "wb") as fh:
            pickle.dump(cache, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return out
