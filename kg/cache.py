"""Build cache: extraction results keyed by record content hash and vocabulary version.

Adding one day's listing to a large corpus re-extracts only the new or changed records.
The cache is one pickle per vocabulary version, rewritten atomically after each build.
"""
from __future__ import annotations

import hashlib
import pickle
from collections.abc import Callable
from pathlib import Path

from .atomic import atomic_write
from .models import Extraction, Paper
from .vocab import Vocabulary

CACHE_FORMAT = 1


def record_key(paper: Paper) -> str:
    return hashlib.blake2b(f"{paper.title}\n{paper.abstract}".encode(), digest_size=16).hexdigest()


def cached_extract_all(papers: list[Paper], vocab: Vocabulary, cache_dir: Path,
                       extract: Callable[[list[Paper]], list[Extraction]]) -> list[Extraction]:
    """Extractions for ``papers``: cached ones reused, the rest computed by ``extract`` and cached."""
    path = cache_dir / f"extract-v{CACHE_FORMAT}-{vocab.version}.pickle"
    try:
        cache: dict[str, Extraction] = pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        cache = {}
    keys = [record_key(p) for p in papers]
    fresh = [p for p, k in zip(papers, keys) if k not in cache]
    if fresh:
        cache.update(zip((record_key(p) for p in fresh), extract(fresh)))
        with atomic_write(path, "wb") as fh:
            pickle.dump(cache, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return [cache[k] for k in keys]
