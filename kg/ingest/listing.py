"""Reader for daily-papers listing pages (title line, abstract line, optional metadata block).

Three layouts occur: (a) title/abstract lines with no blank lines and the header glued to
the first title ("SubscribeTitle..."), (b) blank-line separated title/abstract, (c) as (b)
with a metadata block after each abstract ("• 5 authors" or an organisation, "·", a date
such as "Nov 17, 2025" or "Mar 14", optionally followed by an upvote count).
"""
from __future__ import annotations

import re

from ..models import Paper, Problem
from .fields import MAX_FIELD, code_urls, parse_date
from .text import split_lines

NAVIGATION = frozenset({
    "new", "subscribe", "daily papers", "byak and the research community",
    "get trending papers in your email inbox once a day!", "get trending papers in your email inbox!",
})
_GLUED_HEADER = re.compile(r"^Subscribe(?=\S)")
_AUTHORS = re.compile(r"^•\s*(\d+)\s+authors?$")
_DATE = re.compile(r"^((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}(?:, \d{4})?)(?:\s+(\d+))?$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def looks_like(text: str) -> bool:
    """A listing has at least one short line followed by a long prose line."""
    lines = [ln.strip() for ln in split_lines(text[:200_000]) if ln.strip()]
    return any(not is_abstract(a) and is_abstract(b) and _prose(b) for a, b in zip(lines, lines[1:]))


def _prose(line: str) -> bool:
    """Mostly letters (abstracts in the corpus are at least 77% letters): a long CSV row is not prose."""
    return sum(c.isalpha() for c in line) >= len(line) / 2


def is_abstract(line: str) -> bool:
    """Abstracts are long prose; titles are short (the longest seen is under 200 chars)."""
    return len(line) > 300 or (len(line) > 150 and len(_SENTENCE_END.findall(line)) >= 2)


def _long_title(line: str, nxt: str | None, pending: dict | None) -> bool:
    """A title that reads as prose ("Does GPT-3 ...? A Novel ... Generation.") is still a title
    when no title waits for an abstract and an abstract follows it: else its paper is lost."""
    waiting = pending is not None and not pending["abstract"]
    return not waiting and len(line) <= 300 and nxt is not None and is_abstract(nxt)


def read(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    """Parse a listing page into papers; odd lines become problems, never silent drops."""
    items = list(_content_lines(text))
    papers: list[Paper] = []
    problems: list[Problem] = []
    pending: dict | None = None

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            if not pending["abstract"]:
                problems.append(Problem(name, pending["line"], "title with no abstract; kept with title only",
                                        "warning", title=pending["title"]))
            papers.append(_paper(pending, name))
            pending = None

    for i, (lineno, line) in enumerate(items):
        nxt = items[i + 1][1] if i + 1 < len(items) else None
        if len(line) > MAX_FIELD:
            problems.append(Problem(name, lineno, f"line of {len(line):,} characters is longer than "
                                    f"{MAX_FIELD:,}; skipped", "skipped", code=8))
            continue
        if m := _AUTHORS.match(line):
            if pending is not None:
                pending["authors"] = int(m[1])
            continue
        if line == "·":
            continue
        if m := _DATE.match(line):
            if pending is not None and pending["abstract"]:
                pending["date"] = m[1]
                pending["upvotes"] = int(m[2]) if m[2] else None
                flush()
            continue
        if nxt == "·" and not is_abstract(line):  # an organisation name in place of the author count
            continue
        if is_abstract(line) and not _long_title(line, nxt, pending):
            if pending is not None and not pending["abstract"]:
                pending["abstract"] = line
            else:
                flush()
                problems.append(Problem(name, lineno, "abstract with no title; skipped", "skipped",
                                        title=line[:80], code=8))
            continue
        flush()
        pending = {"title": line, "line": lineno, "abstract": "", "authors": None, "date": None, "upvotes": None}
    flush()
    return papers, problems


def _content_lines(text: str):
    """Yield (line number, stripped line) for lines that are not blank or page navigation."""
    header = True  # at the top of the file, or right after the "Get trending papers..." line
    for lineno, raw in enumerate(split_lines(text), 1):
        line = " ".join(raw.split())
        if not line:
            continue
        if line.lower() in NAVIGATION:
            header = line.lower().startswith("get trending papers")
            continue
        # the header is glued only to the title that follows it ("SubscribeTitle"); a title
        # elsewhere such as "Subscriber Emotions in ..." is kept as written
        if header and _GLUED_HEADER.match(line):
            line = line[len("Subscribe"):]
        header = False
        yield lineno, line


def _paper(rec: dict, name: str) -> Paper:
    iso, raw = parse_date(rec["date"])
    return Paper(
        title=rec["title"],
        abstract=rec["abstract"],
        authors=rec["authors"],
        date=iso,
        date_text=raw,
        upvotes=rec["upvotes"],
        code_urls=code_urls(rec["abstract"]),
        sources=(f"{name}:{rec['line']}",),
    )
