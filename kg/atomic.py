"""Crash-safe output: write beside the target, fsync, then rename into place."""
from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _mode_of(target: Path) -> int:
    """The replaced file's mode bits, else 0666 less umask (what a plain open would give)."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        return 0o666 & ~_umask()


@contextlib.contextmanager
def atomic_write(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Yield a temp file in the target's folder; only a complete file replaces the old one."""
    target = Path(path)
    tmp = temp_name(target)
    kwargs = {"encoding": "utf-8", "newline": "\n"} if "b" not in mode else {}
    fh = open_temp(tmp, target, mode, **kwargs)  # before the try: a name someone else holds is never unlinked
    try:
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def temp_name(path: str | Path) -> Path:
    """An unused name beside ``path`` for a temp file that ``open_temp`` creates later.

    A writer of several files records each name before the file exists, so whatever stops it
    afterwards (an error, Ctrl-C, SIGTERM) its cleanup knows every temp file it made.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    return target.parent / f".{target.name}.{secrets.token_hex(8)}.tmp"


def open_temp(tmp: Path, target: Path, mode: str = "wb", **kwargs) -> IO:
    """Create ``tmp`` (never over an existing file) with the mode bits ``target`` has."""
    fh = open(tmp, mode.replace("w", "x"), **kwargs)
    os.fchmod(fh.fileno(), _mode_of(target))
    return fh


def read_pickle(path: Path) -> object | None:
    """A cache file's object, or None when it is missing, truncated or from an incompatible version."""
    found = read_pickles(path, 1)
    return found[0] if found else None


def read_pickles(path: Path, count: int) -> list[object] | None:
    """The first ``count`` of the objects ``write_pickle`` wrote one after another in a cache file (reading
    stops there), or None when it is missing, truncated or from an incompatible version."""
    import pickle

    try:
        with open(path, "rb") as fh:
            return [pickle.load(fh) for _ in range(count)]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
        return None


def write_pickle(path: Path, *objs: object) -> None:
    """Write a cache file crash-safely (a reader sees the old file or the new one, never half): one
    object, or several one after another that ``read_pickles`` reads back as far as it needs."""
    import pickle

    with atomic_write(path, "wb") as fh:
        for obj in objs:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
