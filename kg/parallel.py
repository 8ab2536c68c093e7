"""Per-paper work (extraction, formatting) spread over the machine's cores, results kept in order.

Papers are independent, so a list is cut into chunks and each chunk goes to a worker process.
Where processes fork, workers read the list from the parent's memory instead of receiving a
pickled copy: only chunk bounds go out, only results come back.
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_PARALLEL = 4000  # below this, starting worker processes costs more than it saves
FREEZE_AFTER = 200_000  # objects left by a pass that are worth keeping out of the collector's way
_SHARED: dict[int, Sequence[Any]] = {}  # job id -> items, inherited by forked workers


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk pass.

    Ingest, extraction and formatting allocate millions of small acyclic objects (records,
    mentions, strings) that live until the pass ends; the collector would rescan them again
    and again (about a tenth of a large build). Reference counting still frees everything.
    A pass that leaves many objects behind freezes them (``gc.freeze``) before the collector
    resumes: otherwise its first full collection walks them all (0.4 s after a 100,000-paper
    build) only to find what reference counting frees anyway.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_count()[0] > FREEZE_AFTER:
                gc.freeze()
            gc.enable()


def workers() -> int:
    """Worker processes to use: the CPUs this process may run on (at most 8)."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 8))


def map_chunks(func: Callable[[Sequence[T]], R], items: Sequence[T], *, chunk: int = 1000,
               min_parallel: int = MIN_PARALLEL) -> Iterator[tuple[int, R]]:
    """``func`` over consecutive chunks of ``items``; yields (items done so far, result) in order.

    The workers start on every chunk at once, before the first result is asked for, so the
    caller can do other work (e.g. a file's header) while they run. ``func`` must be a
    module-level function (workers find it by name).
    """
    bounds = [(lo, min(lo + chunk, len(items))) for lo in range(0, len(items), chunk)]
    n = workers()
    if len(items) < min_parallel or n < 2:
        return ((hi, func(items[lo:hi])) for lo, hi in bounds)
    import concurrent.futures as cf

    fork = "fork" in mp.get_all_start_methods()
    job = id(items)
    if fork:
        _SHARED[job] = items
    try:
        pool = cf.ProcessPoolExecutor(n, mp_context=mp.get_context("fork") if fork else None)
        results = pool.map(_run, [(func, job, lo, hi, None if fork else items[lo:hi]) for lo, hi in bounds])
    except BaseException:
        _SHARED.pop(job, None)
        raise
    return _collect(pool, job, bounds, results)


def _collect(pool, job: int, bounds: list[tuple[int, int]], results: Iterator[R]) -> Iterator[tuple[int, R]]:
    try:
        for (_, hi), result in zip(bounds, results):
            yield hi, result
    finally:
        pool.shutdown(cancel_futures=True)
        _SHARED.pop(job, None)


def _run(args: tuple) -> Any:
    func, job, lo, hi, part = args
    return func(_SHARED[job][lo:hi] if part is None else part)


_CALLS: dict[int, tuple[Callable[..., Any], tuple]] = {}  # job id -> call, inherited by a forked process


def in_child(func: Callable[..., R], *args: Any) -> Callable[[], R]:
    """Start ``func(*args)`` in a forked process; returns a function that waits for its result.

    The process inherits the arguments instead of receiving them pickled (a lazy generator over
    the whole graph will do); only the result comes back. Where processes do not fork, or on one
    CPU, ``func`` runs here, when its result is asked for.
    """
    if workers() < 2 or "fork" not in mp.get_all_start_methods():
        return lambda: func(*args)
    import concurrent.futures as cf

    job = id(args)
    _CALLS[job] = (func, args)
    try:
        pool = cf.ProcessPoolExecutor(1, mp_context=mp.get_context("fork"))
        future = pool.submit(_call, job)  # the process forks here, with the call in its memory
    finally:
        _CALLS.pop(job, None)

    def result() -> R:
        try:
            return future.result()
        finally:
            pool.shutdown(cancel_futures=True)
    return result


def _call(job: int) -> Any:
    func, args = _CALLS[job]
    return func(*args)


def can_fork(n_items: int, min_parallel: int | None = None) -> bool:
    """Whether ``map_chunks`` over ``n_items`` would run in forked worker processes."""
    floor = MIN_PARALLEL if min_parallel is None else min_parallel
    return n_items >= floor and workers() >= 2 and "fork" in mp.get_all_start_methods()


class Turns:
    """Byte ranges of several files handed out in item order to forked workers.

    Workers finish their chunks in any order, but the files must hold the chunks in order: the
    chunk of items [lo, hi) gets its ranges only once the chunk ending at ``lo`` got its own, then
    writes there itself (``os.pwrite``), so no formatted byte travels back through the parent.
    Create it before the workers fork.
    """

    def __init__(self, ends: Sequence[int], first: int = 0) -> None:
        ctx = mp.get_context("fork")
        self._cond = ctx.Condition()
        self._next = ctx.RawValue("q", first)  # the first item of the next chunk to be placed
        self._ends = ctx.RawArray("q", list(ends))
        self._failed = ctx.RawValue("q", -1)  # the first item of a chunk that could not be placed

    def reserve(self, lo: int, hi: int, sizes: Sequence[int], timeout: float = 3600.0) -> list[int]:
        """Start offsets of ``sizes`` bytes in each file for items [lo, hi), after items [.., lo)."""
        with self._cond:
            if not self._cond.wait_for(lambda: self._next.value == lo or 0 <= self._failed.value < lo, timeout):
                raise TimeoutError(f"items before {lo} were never placed")
            if 0 <= self._failed.value < lo:
                raise RuntimeError(f"the chunk at item {self._failed.value} failed; its error is reported")
            starts = list(self._ends)
            for i, size in enumerate(sizes):
                self._ends[i] += size
            self._next.value = hi
            self._cond.notify_all()
        return starts

    def fail(self, lo: int) -> None:
        """The chunk starting at item ``lo`` cannot be placed: the workers waiting behind it give up."""
        with self._cond:
            if not 0 <= self._failed.value < lo:
                self._failed.value = lo
            self._cond.notify_all()

    @property
    def ends(self) -> list[int]:
        return list(self._ends)
