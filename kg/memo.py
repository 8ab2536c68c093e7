"""Memoised per-record keys that a build cache can fill in advance.

An incremental build of 100,000 papers needs each paper's merge key, IRI, cache key and block
key again (about 1 s of hashing on one core) although nothing about those papers changed. The
build cache keeps them beside the records it read (``kg.cache``) and hands them back through
``seed``; functions decorated here then answer from memory.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from functools import update_wrapper
from typing import Generic, TypeVar

A = TypeVar("A", bound=Hashable)
R = TypeVar("R")

_ALL: list[Memo] = []


class Memo(Generic[A, R]):
    """``func`` with its results kept by argument (at most ``limit``: then it starts afresh)."""

    def __init__(self, func: Callable[[A], R], limit: int) -> None:
        self.func, self.limit = func, limit
        self.known: dict[A, R] = {}
        update_wrapper(self, func)
        _ALL.append(self)

    def __call__(self, arg: A) -> R:
        try:
            return self.known[arg]
        except KeyError:
            if len(self.known) >= self.limit:
                self.known.clear()
            value = self.known[arg] = self.func(arg)
            return value

    def seed(self, pairs: Iterable[tuple[A, R]]) -> None:
        """Take results computed earlier (by this same function, in an earlier build)."""
        self.known.update(pairs)
        if len(self.known) > self.limit:
            self.known.clear()

    def cache_clear(self) -> None:
        self.known.clear()


def memo(limit: int = 1 << 18) -> Callable[[Callable[[A], R]], Memo[A, R]]:
    return lambda func: Memo(func, limit)


def forget_all() -> None:
    """Drop every memo (a new build starts with only what its cache seeds)."""
    for m in _ALL:
        m.cache_clear()
