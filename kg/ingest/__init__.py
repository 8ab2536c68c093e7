"""Readers turn source files into Paper records: one module per format, chosen by sniffing.

Like RDFLib's plugin registry, ``READERS`` maps a format name to a reader; ``read_paths``
decodes each file once, sniffs its format (unless given) and collects problems instead of
stopping at the first bad file, so good inputs still build.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EmptyInput, InputError, UnknownFormat
from ..models import Paper, Problem
from . import bibtex, jsonrecords, listing
from .text import decode_file

Reader = Callable[[str, str], tuple[list[Paper], list[Problem]]]

READERS: dict[str, Reader] = {
    "listing": listing.read,
    "json": jsonrecords.read,
    "bibtex": bibtex.read,
}
FORMATS = tuple(READERS)
# JSON opens with "[" or "{" followed by what can start a value or a key; a listing whose first
# title is "[Re] Emotion ..." or "{Title}" is not JSON
_JSON_START = re.compile(r'(?:\[\s*(?:[\[{"\]\-0-9]|true|false|null)|\{\s*["}])')


@dataclass
class IngestResult:
    """Papers read from all inputs plus every problem met on the way."""

    papers: list[Paper] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def sniff(text: str) -> str | None:
    """Guess the format of decoded text from its first non-blank characters."""
    head = text.lstrip("\ufeff \t\r\n")[:4096]
    if not head:
        return None
    if _JSON_START.match(head):
        return "json"
    # an entry first is BibTeX; otherwise a listing wins over an "@misc{" somewhere in its titles
    if bibtex.looks_like(head, anywhere=False):
        return "bibtex"
    if listing.looks_like(text):
        return "listing"
    if bibtex.looks_like(head):
        return "bibtex"
    return None


def read_path(path: str | Path, fmt: str | None = None) -> tuple[list[Paper], list[Problem]]:
    """Read one file; raise InputError when the whole file is unusable."""
    name = display_name(path)
    text, warnings = decode_file(Path(path), name)
    chosen = fmt or sniff(text)
    if chosen is None:
        raise UnknownFormat(name, 1, "not a listing page, JSON/JSON Lines or BibTeX file")
    if chosen not in READERS:
        raise UnknownFormat(name, None, f"unknown format {chosen!r} (choose from {', '.join(FORMATS)})")
    papers, problems = READERS[chosen](text, name)
    if not papers and not any(p.kind != "warning" for p in problems):
        raise EmptyInput(name, None, f"no paper records found (read as {chosen})")
    return papers, warnings + problems


def display_name(path: str | Path) -> str:
    """How provenance names a file: bundled pages as ``corpus/<file>``, others as given."""
    p = Path(path)
    try:
        bundled = p.resolve().parent == (Path(__file__).resolve().parent.parent / "corpus")
    except (OSError, ValueError):  # a NUL byte or an unresolvable name: read_bytes reports it
        bundled = False
    return f"corpus/{p.name}" if bundled else str(path)


def read_paths(paths: Iterable[str | Path], fmt: str | None = None,
               reader: Callable[[str | Path, str | None], tuple[list[Paper], list[Problem]]] = read_path,
               ) -> IngestResult:
    """Read many files; a broken file becomes a Problem and the others still count."""
    result = IngestResult()
    for path in paths:
        result.files.append(display_name(path))
        try:
            papers, problems = reader(path, fmt)
        except InputError as err:
            result.problems.append(Problem(err.path, err.line, err.message, "error", code=err.exit_code))
            continue
        result.papers.extend(papers)
        result.problems.extend(problems)
    return result
