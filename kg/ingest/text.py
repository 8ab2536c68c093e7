"""Decode input files: detect BOMs, refuse binary data, fall back to Latin-1 with a warning."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import BinaryInput, EmptyInput, MissingInput, NotAFile
from ..models import Problem

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control bytes other than tab, newline, carriage return and form feed mark binary data.
_BINARY_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def read_bytes(path: Path) -> bytes:
    """Read a file's bytes, turning OS errors into InputErrors that name the path."""
    if not path.exists():
        raise MissingInput(str(path), None, "no such file")
    if not path.is_file():
        kind = "a directory" if path.is_dir() else "not a regular file"
        raise NotAFile(str(path), None, f"is {kind}, expected a file")
    try:
        return path.read_bytes()
    except OSError as err:
        raise NotAFile(str(path), None, f"cannot be read: {err.strerror}") from err


def decode_bytes(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """Return the text of ``data`` and warnings about how it was decoded."""
    if not data.strip():
        raise EmptyInput(name, None, "file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), []
            except UnicodeDecodeError as err:
                raise BinaryInput(name, _line_of(data, err.start), f"invalid {encoding} text") from err
    if b"\x00" in data[:65536] or _binary_share(data[:65536]) > 0.05:
        raise BinaryInput(name, _line_of(data, data.find(b"\x00")), "binary data, not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        line = _line_of(data, err.start)
        warning = Problem(name, line, "not valid UTF-8; read as Latin-1 (cp1252)", "warning")
        return data.decode("cp1252", errors="replace"), [warning]


def decode_file(path: Path) -> tuple[str, list[Problem]]:
    """Read and decode one input file."""
    return decode_bytes(read_bytes(path), str(path))


def _binary_share(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    return (len(chunk) - len(chunk.translate(None, _BINARY_BYTES))) / len(chunk)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, max(offset, 0)) + 1
