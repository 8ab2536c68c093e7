"""Writing the papers' blocks, reusing the previous build's bytes for papers that did not change.

Papers are written in IRI order and a paper's block depends only on its merged record and
its extraction. So the build cache keeps an index of where each paper's block sits in the
files it wrote; the next incremental build copies runs of unchanged papers straight from the
previous files (``os.copy_file_range``: the kernel copies, Python never sees the bytes) and
formats only new or changed papers. The result is byte-identical to a full write (tests).
"""
from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from . import __version__, parallel
from .atomic import read_pickle, write_pickle
from .graph import Triple
from .models import Extraction, Paper
from .serialize import SEPARATOR, Output, format_papers

INDEX_FORMAT = 1
Row = tuple[str, Paper, Extraction]


@dataclass
class FileIndex:
    size: int
    mtime_ns: int
    blocks: dict[str, tuple[int, int]] = field(default_factory=dict)  # paper key -> (offset, length)


@dataclass
class BlockIndex:
    """Where each paper's block sits in each written file, valid for one code + vocabulary version."""

    version: str
    files: dict[str, FileIndex] = field(default_factory=dict)  # format -> index of OUT/graph.<format>


def index_version(vocab_version: str) -> str:
    return f"{INDEX_FORMAT}/{__version__}/{vocab_version}"


def paper_key(paper: Paper) -> str:
    """Changes whenever anything written about the paper could change (every field of the record)."""
    return hashlib.blake2b(marshal.dumps(tuple(paper)), digest_size=12).hexdigest()


def index_path(cache_dir: Path, out_dir: Path) -> Path:
    where = hashlib.blake2b(str(out_dir.resolve()).encode(), digest_size=6).hexdigest()
    return cache_dir / f"blocks-{where}.pickle"


def load_index(path: Path, version: str, files: dict[str, Path]) -> dict[str, FileIndex]:
    """The usable part of a saved index: formats whose file is still exactly as that build left it."""
    saved = read_pickle(path)
    if not isinstance(saved, BlockIndex) or saved.version != version:
        return {}
    usable = {}
    for fmt, idx in saved.files.items():
        try:
            st = files[fmt].stat()
        except (KeyError, OSError):
            continue
        if st.st_size == idx.size and st.st_mtime_ns == idx.mtime_ns:
            usable[fmt] = idx
    return usable


def save_index(path: Path, version: str, blocks: dict[str, dict[str, tuple[int, int]]],
               files: dict[str, Path]) -> None:
    index = BlockIndex(version)
    for fmt, offsets in blocks.items():
        st = files[fmt].stat()
        index.files[fmt] = FileIndex(st.st_size, st.st_mtime_ns, offsets)
    write_pickle(path, index)


def write_papers(out: Output, rows: list[Row], old: dict[str, FileIndex] | None = None,
                 old_files: dict[str, Path] | None = None,
                 header: Iterable[Triple] = ()) -> dict[str, dict[str, tuple[int, int]]]:
    """Write every row's blocks to ``out``, then ``header``; returns, per format, paper key -> (offset, length).

    With ``old`` (from ``load_index``) unchanged papers are copied from ``old_files``. The
    header (vocabulary and statistics) depends on every paper but no paper depends on it, so it
    comes last and is computed while the worker processes format the papers.
    """
    formats = out.formats
    old = {f: old[f] for f in formats if old and f in old}
    keys = [paper_key(p) for _, p, _ in rows]
    fresh = [i for i, k in enumerate(keys) if any(f not in old or k not in old[f].blocks for f in formats)]
    if len(fresh) == len(rows) and parallel.can_fork(len(rows)):
        offsets = _write_in_workers(out, rows, keys, header)
    else:
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1) as thread:  # the kernel copies unchanged papers meanwhile, outside the GIL
            computed = thread.submit(list, header)
            offsets = _write_here(out, rows, keys, fresh, old, old_files)
            header = computed.result()
        out.triples(header)
    _WRITTEN.clear()  # the files close after this: their descriptors may soon name other files
    return offsets


def _write_here(out: Output, rows: list[Row], keys: list[str], fresh: list[int], old: dict[str, FileIndex],
                old_files: dict[str, Path] | None) -> dict[str, dict[str, tuple[int, int]]]:
    """Fresh rows formatted (in workers, if many) and written from here; unchanged ones copied."""
    formats = out.formats
    formatted = _formatted(formats, [rows[i] for i in fresh])
    offsets: dict[str, dict[str, tuple[int, int]]] = {f: {} for f in formats}
    sources = {f: open(old_files[f], "rb") for f in old} if old else {}
    try:
        runs = {f: _Run(out, f, sources.get(f)) for f in formats}
        fresh_set = set(fresh)
        for i, key in enumerate(keys):
            blocks = next(formatted) if i in fresh_set else None
            for n, f in enumerate(formats):
                if blocks is None:
                    offsets[f][key] = runs[f].reuse(*old[f].blocks[key])
                else:
                    runs[f].flush()
                    offsets[f][key] = (out.block(f, blocks[n]), len(blocks[n]))
        for run in runs.values():
            run.flush()
    finally:
        for fh in sources.values():
            fh.close()
    return offsets


_PLACE: dict = {}  # what forked workers need to write their chunks themselves (set just before they fork)


def _write_in_workers(out: Output, rows: list[Row], keys: list[str],
                      header: Iterable[Triple]) -> dict[str, dict[str, tuple[int, int]]]:
    """Workers format the papers and write them straight into the files, in order (parallel.Turns),
    while this process computes the header; it is written after them.

    Sending 2 GB of formatted text back through pipes and writing it from one process would
    cost the parent as much CPU as a worker spends formatting; here it only hands out ranges.
    """
    formats = out.formats
    for stream in out.streams.values():
        stream.flush()
    turns = parallel.Turns([out.pos[f] for f in formats])
    _PLACE.update(formats=formats, fds=[out.streams[f].fileno() for f in formats], turns=turns,
                  lead=[bool(out.blocks[f]) for f in formats])
    try:
        parts = parallel.map_chunks(_place_chunk, list(enumerate(rows)), chunk=1000)  # the workers start here
        header = list(header)
        placed = [loc for _, part in parts for loc in part]
    finally:
        _PLACE.clear()
    for n, (f, end) in enumerate(zip(formats, turns.ends)):
        out.streams[f].seek(end)
        out.pos[f] = end
        out.blocks[f] += len(rows)
    out.triples(header)
    return {f: dict(zip(keys, (loc[n] for loc in placed))) for n, f in enumerate(formats)}


def _place_chunk(items: list[tuple[int, Row]]) -> list[tuple[tuple[int, int], ...]]:
    """Format a chunk of rows, take its ranges in every file and write it there; returns each row's
    (offset, length) per format."""
    formats, fds, turns, lead = _PLACE["formats"], _PLACE["fds"], _PLACE["turns"], _PLACE["lead"]
    lo, hi = items[0][0], items[-1][0] + 1
    blocks = format_papers(formats, [row for _, row in items])
    datas, where = [], []
    for n, f in enumerate(formats):
        sep = SEPARATOR[f]
        first = sep if lo or lead[n] else b""  # a block precedes this chunk: separate from it
        pos, spans = len(first), []
        for b in blocks:
            spans.append((pos, len(b[n])))
            pos += len(b[n]) + len(sep)
        datas.append(first + sep.join(b[n] for b in blocks))
        where.append(spans)
    starts = turns.reserve(lo, hi, [len(d) for d in datas])
    for fd, data, start in zip(fds, datas, starts):
        view, at = memoryview(data), start
        while view:
            done = os.pwrite(fd, view, at)
            view, at = view[done:], at + done
        _drop_behind(fd, start, len(data))
    return [tuple((starts[n] + where[n][i][0], where[n][i][1]) for n in range(len(formats)))
            for i in range(len(items))]


_WRITTEN: list[tuple[int, int, int]] = []  # this process's recent ranges, not yet dropped from the page cache
_DROP_LAG = 8  # ranges kept before dropping them: by then the kernel has written them back


def _drop_behind(fd: int, start: int, length: int) -> None:
    """Stream a large output through the page cache instead of filling it (as ``dd oflag=nocache``).

    POSIX_FADV_DONTNEED starts writing a fresh range back; asked again a few ranges later, once
    the range is clean, it frees those pages, which the next writes reuse. Gigabytes of output
    nobody reads right now then do not evict other data, and on virtual machines, where memory
    the guest has not touched lately is slow to fault in, writing costs ~6x less kernel time.
    """
    if not hasattr(os, "posix_fadvise"):
        return
    _WRITTEN.append((fd, start, length))
    ranges = [(fd, start, length)] + ([_WRITTEN.pop(0)] if len(_WRITTEN) > _DROP_LAG else [])
    for where in ranges:
        try:
            os.posix_fadvise(*where, os.POSIX_FADV_DONTNEED)
        except OSError:  # a file closed since, or one that takes no advice: nothing to drop
            pass


def _formatted(formats: tuple[str, ...], rows: list[Row]) -> Iterator[tuple[bytes, ...]]:
    """Each row's encoded blocks, in order; the workers start at once (see parallel.map_chunks)."""
    parts = parallel.map_chunks(partial(format_papers, formats), rows, chunk=1000)
    return (blocks for _, part in parts for blocks in part)


class _Run:
    """Consecutive reused blocks of one format, copied from the old file in one go."""

    def __init__(self, out: Output, fmt: str, source) -> None:
        self.out, self.fmt, self.source = out, fmt, source
        self.start = self.end = -1
        self.count = 0
        self.sep = len(SEPARATOR[fmt])

    def reuse(self, offset: int, length: int) -> tuple[int, int]:
        """Queue an old block; returns its (offset, length) in the new file."""
        if self.count and offset != self.end + self.sep:
            self.flush()
        if not self.count:
            self.start = offset
            # where the run will land: after the separator, if a block precedes it
            self.new_start = self.out.pos[self.fmt] + (self.sep if self.out.blocks[self.fmt] else 0)
        new = (self.new_start + offset - self.start, length)
        self.end = offset + length
        self.count += 1
        return new

    def flush(self) -> None:
        if not self.count:
            return
        out, fmt = self.out, self.fmt
        if out.blocks[fmt] and self.sep:
            out.put(fmt, SEPARATOR[fmt])
        _copy(self.source, out.streams[fmt], self.start, self.end - self.start)
        _drop_behind(out.streams[fmt].fileno(), out.pos[fmt], self.end - self.start)
        out.pos[fmt] += self.end - self.start
        out.blocks[fmt] += self.count
        self.count = 0


def _copy(src, dst, offset: int, length: int) -> None:
    dst.flush()  # the kernel copy writes at the file position, behind Python's buffer
    if hasattr(os, "copy_file_range"):
        done = 0
        try:
            while done < length:
                n = os.copy_file_range(src.fileno(), dst.fileno(), length - done, offset + done)
                if n == 0:
                    raise OSError("source file ended early")
                done += n
            return
        except OSError:
            if done:
                raise
    src.seek(offset)
    remaining = length
    while remaining:
        chunk = src.read(min(remaining, 1 << 24))
        if not chunk:
            raise OSError("source file ended early")
        dst.write(chunk)
        remaining -= len(chunk)
