"""Reader for JSON (an array, or an object with a "papers" list) and JSON Lines records."""
from __future__ import annotations

import json
import re
from functools import partial
from typing import Any

from .. import parallel
from ..errors import MalformedInput
from ..models import Paper, Problem
from .fields import MAX_FIELD, code_urls, parse_date
from .text import split_lines

# json.loads raises ValueError (not JSONDecodeError) for integers over 4,300 digits and
# RecursionError for arrays nested thousands deep: both are broken input, not crashes.
_BAD_JSON = (ValueError, RecursionError)
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def read(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    """Read whole-file JSON when it parses as one document, else one record per line."""
    text = text.lstrip("\ufeff")  # json.loads refuses a BOM; no line is lost
    stripped = text.lstrip(" \t\r\n")
    if stripped.startswith("["):
        return _from_document(text, name)
    try:
        doc = json.loads(text)
    except _BAD_JSON:
        return _from_lines(text, name)
    if isinstance(doc, dict) and isinstance(doc.get("papers"), list):
        return _from_records([(None, r) for r in doc["papers"]], name)
    return _from_records([(1, doc)], name)


def _from_document(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedInput(name, err.lineno, f"invalid JSON: {err.msg} (column {err.colno})") from err
    except _BAD_JSON as err:
        raise MalformedInput(name, None, f"invalid JSON: {_reason(err)}") from err
    if not isinstance(doc, list):
        raise MalformedInput(name, 1, "expected a JSON array of paper records")
    return _from_records([(None, r) for r in doc], name)


def _from_lines(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    """One record per line; a large file's lines are parsed in worker processes, in order."""
    numbered = list(enumerate(split_lines(text), 1))
    papers: list[Paper] = []
    bad_lines: list[Problem] = []
    bad_records: list[Problem] = []
    for _, (part, bad, skipped) in parallel.map_chunks(partial(_read_lines, name), numbered, chunk=5000):
        papers.extend(part)
        bad_lines.extend(bad)
        bad_records.extend(skipped)
    return papers, bad_lines + bad_records


def _read_lines(name: str, numbered: list[tuple[int, str]]) -> tuple[list[Paper], list[Problem], list[Problem]]:
    """Papers, problems of unreadable lines and problems of unusable records, of some numbered lines."""
    records: list[tuple[int | None, Any]] = []
    problems: list[Problem] = []
    for lineno, line in numbered:
        if not line.strip():
            continue
        if len(line) > MAX_FIELD * 2:
            problems.append(Problem(name, lineno, f"line of {len(line):,} characters is too long; skipped",
                                    "skipped", code=8))
            continue
        try:
            records.append((lineno, json.loads(line)))
        except json.JSONDecodeError as err:
            problems.append(Problem(name, lineno, f"invalid JSON: {err.msg} (column {err.colno}); skipped",
                                    "skipped", title=line[:80], code=8))
        except _BAD_JSON as err:
            problems.append(Problem(name, lineno, f"invalid JSON: {_reason(err)}; skipped",
                                    "skipped", title=line[:80], code=8))
    papers, more = _from_records(records, name)
    return papers, problems, more


def _from_records(records: list[tuple[int | None, Any]], name: str) -> tuple[list[Paper], list[Problem]]:
    papers: list[Paper] = []
    problems: list[Problem] = []
    for index, (lineno, rec) in enumerate(records, 1):
        where = lineno if lineno is not None else index
        paper, reason = _paper(rec, f"{name}:{where}" if lineno else f"{name}#{index}")
        if paper is None:
            title = rec.get("title") if isinstance(rec, dict) and isinstance(rec.get("title"), str) else None
            # a JSON Lines record is named by its line; an array element by its position
            what = reason if lineno else f"record {index}: {reason}"
            problems.append(Problem(name, lineno, f"{what}; skipped", "skipped", title=title, code=8))
        else:
            papers.append(paper)
    return papers, problems


def _reason(err: Exception) -> str:
    if isinstance(err, RecursionError):
        return "nested too deeply"
    return str(err).split(":")[0]  # "Exceeds the limit (4300 digits) for integer string conversion"


def _text(value: Any) -> str:
    # a lone surrogate ("\ud800" escaped in JSON) cannot be written as UTF-8 later on
    if not isinstance(value, str):
        return ""
    return " ".join((value if value.isascii() else _SURROGATE.sub("\ufffd", value)).split())


def _paper(rec: Any, source: str) -> tuple[Paper | None, str]:
    if not isinstance(rec, dict):
        return None, "not a JSON object"
    title, abstract = _text(rec.get("title")), _text(rec.get("abstract"))
    if not title:
        return None, "no title"
    if len(title) > MAX_FIELD or len(abstract) > MAX_FIELD:
        return None, f"title or abstract longer than {MAX_FIELD:,} characters"
    authors = rec.get("authors")
    count = len(authors) if isinstance(authors, list) else authors if _count(authors) else None
    iso, raw = parse_date(_text(rec.get("date")))
    upvotes = rec.get("upvotes") if _count(rec.get("upvotes")) else None
    url, arxiv = _text(rec.get("url")) or None, _text(rec.get("arxiv_id")) or None
    return Paper(title=title, abstract=abstract, authors=count, date=iso, date_text=raw, upvotes=upvotes,
                 url=url, arxiv_id=arxiv, code_urls=code_urls(abstract), sources=(source,)), ""


def _count(value: Any) -> bool:
    """A count is a non-negative int; JSON true/false are ints to Python but not counts."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
