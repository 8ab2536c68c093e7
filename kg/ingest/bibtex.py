"""Reader for BibTeX files, through bibtexparser (v2) rather than a hand-written grammar."""
from __future__ import annotations

import logging
import re

from ..errors import MalformedInput
from ..models import Paper, Problem
from .fields import MAX_FIELD, code_urls, parse_date

_ENTRY = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.MULTILINE)


def looks_like(head: str) -> bool:
    """BibTeX starts (after comments) with an @type{ entry."""
    return bool(_ENTRY.search(head))


def read(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    """Parse entries; an unbalanced entry becomes a problem naming its line."""
    import bibtexparser

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    try:
        library = bibtexparser.parse_string(text)
    except Exception as err:  # the parser's own failures have no common base class
        raise MalformedInput(name, None, f"BibTeX could not be parsed: {err}") from err
    papers: list[Paper] = []
    problems = [
        Problem(name, block.start_line + 1, "BibTeX entry could not be parsed (unbalanced braces or quotes?);"
                " skipped", "skipped", code=8)
        for block in library.failed_blocks
    ]
    for entry in library.entries:
        fields = {k.lower(): _clean(str(f.value)) for k, f in entry.fields_dict.items()}
        lineno = entry.start_line + 1
        title = fields.get("title", "")
        if not title or len(title) > MAX_FIELD:
            problems.append(Problem(name, lineno, f"entry {entry.key!r} has no usable title; skipped",
                                    "skipped", code=8))
            continue
        papers.append(_paper(fields, f"{name}:{lineno}"))
    if not papers and not problems:
        raise MalformedInput(name, 1, "no BibTeX entries found")
    return papers, problems


def _paper(fields: dict[str, str], source: str) -> Paper:
    abstract = fields.get("abstract", "")[:MAX_FIELD]
    authors = fields.get("author")
    year = fields.get("year", "")
    month = fields.get("month", "")[:3].lower()
    # BibTeX rarely gives a day: keep "mar 2023" as text (the graph derives the year), never invent a day
    iso = parse_date(fields["date"])[0] if "date" in fields else None
    eprint = fields.get("eprint") if fields.get("archiveprefix", "arxiv").lower() == "arxiv" else None
    return Paper(
        title=fields["title"],
        abstract=abstract,
        authors=len(re.split(r"\s+and\s+", authors)) if authors else None,
        date=iso,
        date_text=" ".join(p for p in (month, year) if p) or None,
        url=fields.get("url") or (f"https://doi.org/{fields['doi']}" if fields.get("doi") else None),
        arxiv_id=eprint,
        code_urls=code_urls(abstract),
        sources=(source,),
    )


def _clean(value: str) -> str:
    """Drop BibTeX protective braces and collapse whitespace; keep the words as written."""
    value = re.sub(r"\\[`'^\"~=.uvHtcdbrk]\{?(\w)\}?", r"\1", value)
    return " ".join(value.replace("{", "").replace("}", "").split())
