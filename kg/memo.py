"""Memoised per-record keys that a build cache can fill in advance.

An incremental build of 100,000 papers needs each paper's merge key, IRI, cache key and block
key again (about 1 s of hashing on one core) although nothing about those papers changed. The
build cache keeps them beside the records it read (``kg.cache``) and hands them back through
``seed``; functions decorated here then answer from memory.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from functools import update_wrapper
from typing import Any

_ALL: list[Memo] = []


class Memo(dict):
    """``func`` with its results kept by argument (at most ``limit``: then it starts afresh).

    A dict whose call is its lookup: a known argument costs what ``functools.lru_cache`` costs.
    """

    __call__ = dict.__getitem__

    def __init__(self, func: Callable[[Any], Any], limit: int) -> None:
        super().__init__()
        self.func, self.limit = func, limit
        update_wrapper(self, func)
        _ALL.append(self)

    def __missing__(self, arg: Hashable) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[arg] = self.func(arg)
        return value

    def seed(self, pairs: Iterable[tuple[Hashable, Any]]) -> None:
        """Take results computed earlier (by this same function, in an earlier build)."""
        self.update(pairs)
        if len(self) > self.limit:
            self.clear()

    def cache_clear(self) -> None:
        self.clear()


def memo(limit: int = 1 << 18) -> Callable[[Callable[[Any], Any]], Memo]:
    return lambda func: Memo(func, limit)


def forget_all() -> None:
    """Drop every memo (a new build starts with only what its cache seeds)."""
    for m in _ALL:
        m.cache_clear()
