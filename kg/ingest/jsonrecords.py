"""Reader for JSON (an array, or an object with a "papers" list) and JSON Lines records."""
from __future__ import annotations

import json
from typing import Any

from ..errors import MalformedInput
from ..models import Paper, Problem
from .fields import MAX_FIELD, code_urls, parse_date


def read(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    """Read whole-file JSON when it parses as one document, else one record per line."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        return _from_document(text, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        return _from_lines(text, name)
    if isinstance(doc, dict) and isinstance(doc.get("papers"), list):
        return _from_records([(None, r) for r in doc["papers"]], name)
    return _from_records([(1, doc)], name)


def _from_document(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        raise MalformedInput(name, err.lineno, f"invalid JSON: {err.msg} (column {err.colno})") from err
    if not isinstance(doc, list):
        raise MalformedInput(name, 1, "expected a JSON array of paper records")
    return _from_records([(None, r) for r in doc], name)


def _from_lines(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    records: list[tuple[int | None, Any]] = []
    problems: list[Problem] = []
    for lineno, line in enumerate(text.splitlines(), 1):
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
    papers, more = _from_records(records, name)
    return papers, problems + more


def _from_records(records: list[tuple[int | None, Any]], name: str) -> tuple[list[Paper], list[Problem]]:
    papers: list[Paper] = []
    problems: list[Problem] = []
    for index, (lineno, rec) in enumerate(records, 1):
        where = lineno if lineno is not None else index
        paper, reason = _paper(rec, f"{name}:{where}" if lineno else f"{name}#{index}")
        if paper is None:
            title = rec.get("title") if isinstance(rec, dict) and isinstance(rec.get("title"), str) else None
            problems.append(Problem(name, lineno, f"record {index}: {reason}; skipped", "skipped",
                                    title=title, code=8))
        else:
            papers.append(paper)
    return papers, problems


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _paper(rec: Any, source: str) -> tuple[Paper | None, str]:
    if not isinstance(rec, dict):
        return None, "not a JSON object"
    title, abstract = _text(rec.get("title")), _text(rec.get("abstract"))
    if not title:
        return None, "no title"
    if len(title) > MAX_FIELD or len(abstract) > MAX_FIELD:
        return None, f"title or abstract longer than {MAX_FIELD:,} characters"
    authors = rec.get("authors")
    count = len(authors) if isinstance(authors, list) else authors if isinstance(authors, int) else None
    iso, raw = parse_date(rec.get("date") if isinstance(rec.get("date"), str) else None)
    upvotes = rec.get("upvotes") if isinstance(rec.get("upvotes"), int) else None
    url = rec.get("url") if isinstance(rec.get("url"), str) else None
    arxiv = rec.get("arxiv_id") if isinstance(rec.get("arxiv_id"), str) else None
    return Paper(title=title, abstract=abstract, authors=count, date=iso, date_text=raw, upvotes=upvotes,
                 url=url, arxiv_id=arxiv, code_urls=code_urls(abstract), sources=(source,)), ""
