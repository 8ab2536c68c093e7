"""Decode input files: detect BOMs, refuse binary data, fall back to Latin-1 with a warning."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import BinaryInput, EmptyInput, InputError, MissingInput, NotAFile
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
# Only CR LF, CR and LF end a line: str.splitlines() also splits at U+2028, U+0085, form feed...,
# which editors do not count and which may occur inside a JSON string.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` as an editor numbers them (CR LF, CR and LF all end a line)."""
    lines = text.split("\n") if "\r" not in text else _LINE_BREAK.split(text)  # the same, faster
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _cp1252_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    """Decode bytes that are not UTF-8 as cp1252, so a mostly-UTF-8 file keeps its UTF-8 characters."""
    return err.object[err.start:err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("affect-kg-cp1252", _cp1252_fallback)


def read_bytes(path: Path) -> bytes:
    """Read a file's bytes, turning OS errors into InputErrors that name the path."""
    try:
        if not path.exists():
            raise MissingInput(str(path), None, "no such file")
        if not path.is_file():
            kind = "a directory" if path.is_dir() else "not a regular file"
            raise NotAFile(str(path), None, f"is {kind}, expected a file")
        return path.read_bytes()
    except InputError:
        raise
    except OSError as err:  # unreadable, name too long, ...
        raise NotAFile(str(path), None, f"cannot be read: {err.strerror or err}") from err
    except ValueError as err:  # e.g. a NUL byte in the path
        raise NotAFile(str(path), None, f"cannot be read: {err}") from err


def decode_bytes(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """Return the text of ``data`` and warnings about how it was decoded."""
    if not data.strip():
        raise EmptyInput(name, None, "file is empty" if not data else "file holds only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":
                return _checked(*_decode_utf8(data, len(bom), name), name)
            try:
                return _checked(data[len(bom):].decode(encoding), [], name)
            except UnicodeDecodeError as err:
                raise BinaryInput(name, None, f"invalid {encoding} text at byte {err.start + len(bom)}") from err
    if b"\x00" in data[:65536] or _binary_share(data[:65536]) > 0.05:
        raise BinaryInput(name, None, "binary data, not text")  # no line: binary data has none
    return _checked(*_decode_utf8(data, 0, name), name)


def _decode_utf8(data: bytes, start: int, name: str) -> tuple[str, list[Problem]]:
    try:
        return data[start:].decode("utf-8"), []
    except UnicodeDecodeError as err:
        line = _line_of(data, err.start + start)
        warning = Problem(name, line, "not valid UTF-8; invalid bytes read as Latin-1 (cp1252)", "warning")
        return data[start:].decode("utf-8", errors="affect-kg-cp1252"), [warning]


def _checked(text: str, warnings: list[Problem], name: str) -> tuple[str, list[Problem]]:
    if not text.replace("\ufeff", "").strip():  # only BOMs (zero-width no-break spaces) and spaces
        raise EmptyInput(name, None, "file holds only whitespace")
    return text, warnings


def decode_file(path: Path, name: str | None = None) -> tuple[str, list[Problem]]:
    """Read and decode one input file (``name`` is how messages refer to it)."""
    return decode_bytes(read_bytes(path), name or str(path))


def _binary_share(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    return (len(chunk) - len(chunk.translate(None, _BINARY_BYTES))) / len(chunk)


def _line_of(data: bytes, offset: int) -> int:
    """1-based line of a byte offset, counting CR LF, CR and LF as line ends (as ``split_lines`` does)."""
    head = data[: max(offset, 0)]
    return head.count(b"\n") + head.count(b"\r") - head.count(b"\r\n") + 1
