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
import weakref
from array import array
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from pathlib import Path

from . import parallel
from .atomic import read_pickle, write_pickle
from .graph import Triple
from .memo import memo
from .models import Extraction, Paper
from .summary import Tallies
from .serialize import SEPARATOR, Batch, Output, format_papers, formatted_batches

INDEX_FORMAT = 5
Row = tuple[str, Paper, Extraction]


@dataclass
class FileIndex:
    """One written file: its papers' blocks lie one after another (with the format's separator
    between them) from ``start``, in the order of ``BlockIndex.keys``."""

    path: str
    size: int
    mtime_ns: int
    start: int
    lengths: array  # each block's length in bytes ('q')

    def unchanged(self) -> bool:
        try:
            st = os.stat(self.path)
        except OSError:
            return False
        return st.st_size == self.size and st.st_mtime_ns == self.mtime_ns

    def fits(self, count: int, sep: int) -> bool:
        return len(self.lengths) == count and self.start + sum(self.lengths) + sep * max(count - 1, 0) <= self.size


@dataclass
class BlockIndex:
    """Where each paper's block sits in each written file, valid for one code + vocabulary version."""

    version: str
    keys: list[str] = field(default_factory=list)  # paper keys in the order their blocks were written
    files: dict[str, FileIndex] = field(default_factory=dict)  # format -> index of OUT/graph.<format>
    tallies: Tallies | None = None  # what that build's statistics counted


Placed = tuple[list[str], dict[str, tuple[int, array]]]  # keys in order; per format, start and lengths


def index_version(vocab_version: str, rules_only: bool = False) -> str:
    """Blocks stay valid while the vocabulary, the code that extracts and formats them and the choice of
    the task classifier do."""
    from .cache import code_version

    return f"{INDEX_FORMAT}/{code_version()}/{vocab_version}" + ("/rules" if rules_only else "")


@memo()  # seeded by the build cache: an incremental build need not hash 100,000 unchanged records
def paper_key(paper: Paper) -> str:
    """Changes whenever anything written about the paper could change (every field of the record)."""
    return hashlib.blake2b(marshal.dumps(tuple(paper)), digest_size=12).hexdigest()


def index_path(cache_dir: Path, out_dir: Path) -> Path:
    where = hashlib.blake2b(str(out_dir.resolve()).encode(), digest_size=6).hexdigest()
    return cache_dir / f"blocks-{where}.pickle"


def load_index(path: Path, version: str, files: dict[str, Path]) -> BlockIndex | None:
    """The usable part of a saved index: formats whose file is still exactly as that build left it."""
    saved = read_pickle(path)
    if not isinstance(saved, BlockIndex) or saved.version != version:
        return None
    usable = BlockIndex(version, saved.keys, tallies=saved.tallies)
    for fmt, idx in saved.files.items():
        if (fmt in files and idx.path == str(files[fmt].resolve()) and idx.unchanged()
                and idx.fits(len(saved.keys), len(SEPARATOR[fmt]))):
            usable.files[fmt] = idx
    return usable if usable.files else None


def save_index(path: Path, version: str, placed: Placed, files: dict[str, Path], tallies: Tallies | None = None
               ) -> None:
    keys, where = placed
    index = BlockIndex(version, keys, tallies=tallies)
    for fmt, (start, lengths) in where.items():
        st = files[fmt].stat()
        index.files[fmt] = FileIndex(str(files[fmt].resolve()), st.st_size, st.st_mtime_ns, start, lengths)
    write_pickle(path, index)


def copies(old: BlockIndex | None, formats: Iterable[str]) -> bool:
    """Whether a write of ``formats`` copies from ``old``: a format without its previous file is written
    whole, and then all are."""
    return old is not None and all(f in old.files for f in formats)


def row_keys(rows: list[Row]) -> list[str]:
    return [paper_key(p) for _, p, _ in rows]


def reused_tallies(old: BlockIndex | None, rows: list[Row], keys: list[str]) -> Tallies | None:
    """What the statistics of ``rows`` count, as the previous build's tallies plus the new papers',
    when this build only adds papers (every paper of that build is here unchanged, and no new one
    shares an IRI with another row); else None: they must be counted over every row (~0.8 s at
    100,000). ``keys`` are ``row_keys(rows)``; only new rows need their extraction (else None)."""
    if old is None or old.tallies is None:
        return None
    known = set(old.keys)
    fresh = [i for i, k in enumerate(keys) if k not in known]
    if (len(rows) - len(fresh) != len(old.keys) or any(_shares_iri(rows, i) for i in fresh)
            or any(rows[i][2] is None for i in fresh)):
        return None
    return old.tallies.plus(Tallies.of([rows[i][1] for i in fresh], [rows[i][2] for i in fresh]))


def _shares_iri(rows: list[Row], i: int) -> bool:
    """Whether row ``i`` has a neighbour with its IRI (rows are in IRI order)."""
    return (i > 0 and rows[i - 1][0] == rows[i][0]) or (i + 1 < len(rows) and rows[i + 1][0] == rows[i][0])


def write_papers(out: Output, rows: list[Row], old: BlockIndex | None = None,
                 old_files: dict[str, Path] | None = None,
                 header: Callable[[], Header] = list, keys: list[str] | None = None) -> Placed:
    """Write every row's blocks to ``out``, then the batches ``header()`` returns; returns where
    the blocks went (for ``save_index``).

    With ``old`` (from ``load_index``) unchanged papers are copied from ``old_files``. The
    header (vocabulary and statistics) depends on every paper but no paper depends on it, so it
    comes last, computed and formatted while the papers are (see ``header_job``). ``keys`` are
    ``row_keys(rows)``, if the caller has them.
    """
    formats = out.formats
    keys = row_keys(rows) if keys is None else keys
    if not copies(old, formats):
        old = None
    known = dict(zip(old.keys, range(len(old.keys)))) if old is not None else {}
    fresh = [i for i, k in enumerate(keys) if k not in known]
    if len(fresh) == len(rows) and parallel.can_fork(len(rows)):
        where = _write_in_workers(out, rows, header)
    else:
        # header() runs beside the copies, which the kernel does outside the GIL (a header formatted
        # in another process is only waited for there)
        with ThreadPoolExecutor(1) as thread:
            computed = thread.submit(header)
            where = _write_here(out, rows, keys, fresh, old, known, old_files)
            batches = computed.result()
        _write_header(out, batches)
    _WRITTEN.clear()  # the files close after this: their descriptors may soon name other files
    return keys, where


def _write_here(out: Output, rows: list[Row], keys: list[str], fresh: list[int], old: BlockIndex | None,
                known: dict[str, int], old_files: dict[str, Path] | None) -> dict[str, tuple[int, array]]:
    """Fresh rows formatted (in workers, if many) and written from here; unchanged ones copied.

    Without a previous build every row is fresh and written as it comes. Otherwise each block's
    place is planned first and threads then fill the files, several ranges at once: the kernel
    copies the unchanged papers (``os.copy_file_range``) outside the GIL.
    """
    formats = out.formats
    formatted = _formatted(formats, [rows[i] for i in fresh])
    if old is None:
        starts: dict[str, int | None] = dict.fromkeys(formats)
        lengths = {f: array("q") for f in formats}
        for blocks in formatted:
            for n, f in enumerate(formats):
                at = out.block(f, blocks[n])
                if starts[f] is None:
                    starts[f] = at
                lengths[f].append(len(blocks[n]))
        return {f: (out.pos[f] if starts[f] is None else starts[f], lengths[f]) for f in formats}
    runs = _runs(keys, old.keys, known)
    by_row = dict(zip(fresh, formatted))
    plans, where = {}, {}
    for n, f in enumerate(formats):
        plans[f], where[f] = _plan(out, f, runs, old.files[f], {i: b[n] for i, b in by_row.items()})
    sources = {f: open(old_files[f], "rb") for f in formats}
    try:
        for stream in out.streams.values():
            stream.flush()
        tasks = [(out.streams[f].fileno(), sources[f].fileno(), batch)
                 for f in formats for batch in _batches(plans[f])]
        with ThreadPoolExecutor(parallel.workers()) as pool:
            list(pool.map(_fill, tasks))
    finally:
        for fh in sources.values():
            fh.close()
    for f in formats:
        out.streams[f].seek(out.pos[f])
    return where


Run = tuple[int, "int | None", int]  # (first row, first block of the previous file or None if fresh, count)


def _runs(keys: list[str], old_keys: list[str], known: dict[str, int]) -> list[Run]:
    """The rows as runs of blocks that were neighbours in the previous files (copied in one
    piece), and fresh rows one by one. Formats share the runs: every file has the papers in
    the same order."""
    runs: list[Run] = []
    i, n, end = 0, len(keys), len(old_keys)
    while i < n:
        j = known.get(keys[i])
        if j is None:
            runs.append((i, None, 1))
            i += 1
            continue
        first = i
        i, j = i + 1, j + 1
        while i < n and j < end and keys[i] == old_keys[j]:
            i, j = i + 1, j + 1
        runs.append((first, j - (i - first), i - first))
    return runs


Op = tuple[int, "bytes | None", int, int]  # (where, bytes to write or None, source offset, length)


def _plan(out: Output, fmt: str, runs: list[Run], old: FileIndex, fresh: dict[int, bytes]
          ) -> tuple[list[Op], tuple[int, array]]:
    """Where every block of one file goes: fresh bytes to write, runs of old blocks to copy (with
    the separators between them). Advances ``out``'s position and block count to the file's end;
    returns the operations and where the blocks now start, with their lengths."""
    sep = SEPARATOR[fmt]
    old_lengths = old.lengths
    offsets = list(accumulate((length + len(sep) for length in old_lengths), initial=old.start))
    pos, count = out.pos[fmt], out.blocks[fmt]
    start = None
    ops: list[Op] = []
    lengths = array("q")
    for i, j, n in runs:
        if count and sep:
            ops.append((pos, sep, 0, len(sep)))
            pos += len(sep)
        if start is None:
            start = pos
        if j is None:
            data = fresh[i]
            ops.append((pos, data, 0, len(data)))
            lengths.append(len(data))
            pos += len(data)
        else:
            size = offsets[j + n] - offsets[j] - len(sep)
            ops.append((pos, None, offsets[j], size))
            lengths.extend(old_lengths[j:j + n])
            pos += size
        count += n
    out.pos[fmt], out.blocks[fmt] = pos, count
    return ops, (pos if start is None else start, lengths)


def _batches(ops: list[Op], size: int = 64 << 20) -> Iterator[list[Op]]:
    """Consecutive operations of about ``size`` bytes: units of work for the threads. A longer
    copy (a build where little changed copies whole files in one run) is cut into pieces of
    ``size``, which the threads share and whose pages are dropped as they go (``_drop_behind``)."""
    batch: list[Op] = []
    total = 0
    for op in _pieces(ops, size):
        batch.append(op)
        total += op[3]
        if total >= size:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


def _pieces(ops: list[Op], size: int) -> Iterator[Op]:
    for where, data, offset, length in ops:
        if data is not None or length <= size:
            yield where, data, offset, length
            continue
        for cut in range(0, length, size):
            yield where + cut, None, offset + cut, min(size, length - cut)


def _fill(task: tuple[int, int, list[Op]]) -> None:
    """Carry out one batch: write its bytes and copy its runs at their planned offsets."""
    dst, src, ops = task
    recent: list[tuple[int, int, int]] = []
    for where, data, offset, length in ops:
        if data is not None:
            _pwrite_all(dst, data, where)
        else:
            _copy_range(src, dst, offset, where, length)
            _forget(src, offset, length)
        _drop_behind(dst, where, length, recent)


def _pwrite_all(fd: int, data: bytes, at: int) -> None:
    view = memoryview(data)
    while view:
        done = os.pwrite(fd, view, at)
        view, at = view[done:], at + done


def _copy_range(src: int, dst: int, offset: int, at: int, length: int) -> None:
    """The kernel copies (no byte passes through Python) where it can; else read and write."""
    done = 0
    if hasattr(os, "copy_file_range"):
        try:
            while done < length:
                n = os.copy_file_range(src, dst, length - done, offset + done, at + done)
                if n == 0:
                    raise OSError("source file ended early")
                done += n
            return
        except OSError:
            if done:
                raise
    while done < length:
        chunk = os.pread(src, min(length - done, 1 << 24), offset + done)
        if not chunk:
            raise OSError("source file ended early")
        _pwrite_all(dst, chunk, at + done)
        done += len(chunk)


class Scratch:
    """Blocks formatted in another process into memory files (``os.memfd_create``), one per format:
    the parent copies them into its files instead of receiving ~70 MB (the statistics of 100,000
    papers) pickled through a pipe."""

    def __init__(self, formats: tuple[str, ...]) -> None:
        self.formats = formats
        self.fds = [os.memfd_create(f"affect-kg-{f}", os.MFD_CLOEXEC) for f in formats]
        self.sizes = [0] * len(formats)
        self.count = 0
        self._closer = weakref.finalize(self, _close_all, list(self.fds))

    def fill(self, triples: Iterable[Triple]) -> tuple[list[int], int]:
        """(In the child.) Format ``triples`` into the memory files; returns their sizes and the
        number of blocks."""
        for datas, count in formatted_batches(self.formats, triples):
            for n, (f, data) in enumerate(zip(self.formats, datas)):
                if self.count and SEPARATOR[f]:
                    data = SEPARATOR[f] + data
                _pwrite_all(self.fds[n], data, self.sizes[n])
                self.sizes[n] += len(data)
            self.count += count
        return self.sizes, self.count

    def close(self) -> None:
        self._closer()


def _close_all(fds: list[int]) -> None:
    for fd in fds:
        os.close(fd)


Header = list["Batch | Scratch"]


def _write_header(out: Output, parts: Header) -> None:
    for part in parts:
        if isinstance(part, Scratch):
            _append(out, part)
        else:
            out.formatted(part)


def _append(out: Output, scratch: Scratch) -> None:
    """Append what a ``Scratch`` holds, as ``Output.formatted`` appends a batch."""
    try:
        for f, fd, size in zip(scratch.formats, scratch.fds, scratch.sizes):
            if not scratch.count:
                continue
            if out.blocks[f] and SEPARATOR[f]:
                out.put(f, SEPARATOR[f])
            stream = out.streams[f]
            stream.flush()
            _copy_range(fd, stream.fileno(), 0, out.pos[f], size)
            out.pos[f] += size
            stream.seek(out.pos[f])
            out.blocks[f] += scratch.count
    finally:
        scratch.close()


def header_job(formats: tuple[str, ...], parts: list[Iterable[Triple]], elsewhere: bool
               ) -> Callable[[], Header]:
    """The header's formatted batches, for ``write_papers``: ``parts`` are runs of its triples, in
    order. ``elsewhere``, the last one (the statistics: ~2 s to compute and format at 100,000
    papers, as long as copying the unchanged papers of an incremental build) is formatted in a
    forked process that starts now; the others are formatted when asked for, as is everything
    otherwise (``write_papers`` asks from a thread beside the copies, which run in the kernel, or
    while its workers format the papers)."""
    *first, last = parts
    if elsewhere and hasattr(os, "memfd_create"):
        scratch = Scratch(formats)
        filled = parallel.in_child(scratch.fill, last)

        def later() -> Header:
            scratch.sizes, scratch.count = filled()
            return [scratch]
    elif elsewhere:
        later = parallel.in_child(_all_batches, formats, last)
    else:
        later = partial(_all_batches, formats, last)
    return lambda: [batch for part in first for batch in _all_batches(formats, part)] + later()


def _all_batches(formats: tuple[str, ...], triples: Iterable[Triple]) -> Header:
    return list(formatted_batches(formats, triples))


_PLACE: dict = {}  # what forked workers need to write their chunks themselves (set just before they fork)


def _write_in_workers(out: Output, rows: list[Row], header: Callable[[], Header]
                      ) -> dict[str, tuple[int, array]]:
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
        try:
            batches = header()
        finally:  # whatever happened here, the workers finish with our files before we go on
            placed = [loc for _, part in parts for loc in part]
    finally:
        _PLACE.clear()
    for n, (f, end) in enumerate(zip(formats, turns.ends)):
        out.streams[f].seek(end)
        out.pos[f] = end
        out.blocks[f] += len(rows)
    _write_header(out, batches)
    return {f: (placed[0][n][0] if placed else out.pos[f], array("q", (loc[n][1] for loc in placed)))
            for n, f in enumerate(formats)}


def _place_chunk(items: list[tuple[int, Row]]) -> list[tuple[tuple[int, int], ...]]:
    """Format a chunk of rows, take its ranges in every file and write it there; returns each row's
    (offset, length) per format."""
    formats, fds, turns, lead = _PLACE["formats"], _PLACE["fds"], _PLACE["turns"], _PLACE["lead"]
    lo, hi = items[0][0], items[-1][0] + 1
    try:
        blocks = format_papers(formats, [row for _, row in items])
    except BaseException:
        turns.fail(lo)  # the chunks behind this one would wait for it forever
        raise
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
        _pwrite_all(fd, data, start)
        _drop_behind(fd, start, len(data))
    return [tuple((starts[n] + where[n][i][0], where[n][i][1]) for n in range(len(formats)))
            for i in range(len(items))]


_FOLIO = 2 << 20  # the largest page-cache folio: advice frees only folios wholly inside its range
_WRITTEN: list[tuple[int, int, int]] = []  # this process's recent ranges, not yet dropped from the page cache
_DROP_LAG = 8  # ranges kept before dropping them: by then the kernel has written them back


def _drop_behind(fd: int, start: int, length: int, recent: list[tuple[int, int, int]] = _WRITTEN) -> None:
    """Stream a large output through the page cache instead of filling it (as ``dd oflag=nocache``).

    POSIX_FADV_DONTNEED starts writing a fresh range back; asked again a few ranges later, once
    the range is clean, it frees those pages, which the next writes reuse. Gigabytes of output
    nobody reads right now then do not evict other data, and on virtual machines, where memory
    the guest has not touched lately is slow to fault in, writing costs ~6x less kernel time.
    """
    if not hasattr(os, "posix_fadvise"):
        return
    recent.append((fd, start, length))
    for where in [(fd, start, length)] + ([recent.pop(0)] if len(recent) > _DROP_LAG else []):
        _dont_need(*where)


def _forget(fd: int, start: int, length: int) -> None:
    """Free the page cache holding a copied range of the previous file (clean, and soon deleted):
    the next ranges are read into those pages instead of fresh ones (see ``_drop_behind``)."""
    if hasattr(os, "posix_fadvise"):
        aligned = start & ~(_FOLIO - 1)
        _dont_need(fd, aligned, start + length - aligned)


def _dont_need(fd: int, start: int, length: int) -> None:
    try:
        os.posix_fadvise(fd, start, length, os.POSIX_FADV_DONTNEED)
    except OSError:  # a file closed since, or one that takes no advice: nothing to drop
        pass


def _formatted(formats: tuple[str, ...], rows: list[Row]) -> Iterator[tuple[bytes, ...]]:
    """Each row's encoded blocks, in order; the workers start at once (see parallel.map_chunks)."""
    parts = parallel.map_chunks(partial(format_papers, formats), rows, chunk=1000)
    return (blocks for _, part in parts for blocks in part)
