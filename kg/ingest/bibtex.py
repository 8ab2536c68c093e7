"""Reader for BibTeX files, through bibtexparser (v2) rather than a hand-written grammar."""
from __future__ import annotations

import logging
import re
import unicodedata

from ..errors import MalformedInput
from ..models import Paper, Problem
from .fields import MAX_FIELD, code_urls, parse_date

_ENTRY = re.compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.MULTILINE)
_NEWLINE = re.compile(r"\r\n?")


def looks_like(head: str, anywhere: bool = True) -> bool:
    """BibTeX has an @type{ entry; with ``anywhere=False`` it must open the text (after % comments)."""
    head = _NEWLINE.sub("\n", head)  # "^" must see CR-only line ends too
    if anywhere:
        return bool(_ENTRY.search(head))
    first = next((ln for ln in head.split("\n") if ln.strip() and not ln.lstrip().startswith("%")), "")
    return bool(_ENTRY.match(first))


def read(text: str, name: str) -> tuple[list[Paper], list[Problem]]:
    """Parse entries; an unbalanced entry becomes a problem naming its line."""
    import bibtexparser
    from bibtexparser.model import DuplicateBlockKeyBlock, DuplicateFieldKeyBlock, Entry

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)
    try:
        # the parser counts only "\n" as a line end: normalise so lines match split_lines()
        library = bibtexparser.parse_string(_NEWLINE.sub("\n", text))
    except Exception as err:  # the parser's own failures have no common base class
        raise MalformedInput(name, None, "BibTeX could not be parsed: " + " ".join(str(err).split())) from err
    papers: list[Paper] = []
    problems: list[Problem] = []
    entries = [(entry, None) for entry in library.entries]
    for block in library.failed_blocks:
        kept = getattr(block, "ignore_error_block", None)
        if isinstance(block, (DuplicateBlockKeyBlock, DuplicateFieldKeyBlock)) and isinstance(kept, Entry):
            # a repeated key (common in concatenated .bib files) is still a paper: keep it, say so
            what = f"duplicate entry key {kept.key!r}" if isinstance(block, DuplicateBlockKeyBlock) \
                else f"entry {kept.key!r} repeats a field; the last value is used"
            entries.append((kept, what))
        else:
            problems.append(Problem(name, block.start_line + 1, "BibTeX entry could not be parsed "
                                    "(unbalanced braces or quotes?); skipped", "skipped", code=8))
    for entry, warning in sorted(entries, key=lambda e: e[0].start_line):
        # entries kept from failed blocks skipped the middleware that strips the outer {...} or "..."
        raw = {k.lower(): _unenclose(str(f.value)) if warning else str(f.value) for k, f in entry.fields_dict.items()}
        fields = {k: _clean(v) for k, v in raw.items()}
        lineno = entry.start_line + 1
        title = fields.get("title", "")
        if not title or len(title) > MAX_FIELD:
            problems.append(Problem(name, lineno, f"entry {entry.key!r} has no usable title; skipped",
                                    "skipped", code=8))
            continue
        if warning:
            problems.append(Problem(name, lineno, f"{warning}; entry kept", "warning", title=title))
        papers.append(_paper(fields, f"{name}:{lineno}", _count_authors(raw.get("author", ""))))
    if not papers and not problems:
        raise MalformedInput(name, 1, "no BibTeX entries found")
    problems.sort(key=lambda p: p.line or 0)
    return papers, problems


def _paper(fields: dict[str, str], source: str, authors: int | None) -> Paper:
    abstract = fields.get("abstract", "")[:MAX_FIELD]
    year = fields.get("year", "")
    month = fields.get("month", "")[:3].lower()
    # BibTeX rarely gives a day: keep "mar 2023" as text (the graph derives the year), never invent a day
    iso = parse_date(fields["date"])[0] if "date" in fields else None
    eprint = fields.get("eprint") if fields.get("archiveprefix", "arxiv").lower() == "arxiv" else None
    return Paper(
        title=fields["title"],
        abstract=abstract,
        authors=authors,
        date=iso,
        date_text=" ".join(p for p in (month, year) if p) or None,
        url=fields.get("url") or (f"https://doi.org/{fields['doi']}" if fields.get("doi") else None),
        arxiv_id=eprint or None,
        code_urls=code_urls(abstract),
        sources=(source,),
    )


def _count_authors(value: str) -> int | None:
    """Names are separated by "and" outside braces: "{Barnes and Noble} and Smith" is two authors."""
    depth, flat = 0, []
    for ch in value:
        depth += ch == "{"
        depth -= ch == "}" and depth > 0
        flat.append(ch if depth == 0 else "x")
    names = [n for n in re.split(r"\s+and\s+", "".join(flat).strip(), flags=re.IGNORECASE) if n.strip()]
    return len(names) or None


def _unenclose(value: str) -> str:
    """Values of entries kept from failed blocks still carry their outer braces or quotes."""
    value = value.strip()
    if len(value) >= 2 and (value[0], value[-1]) in (("{", "}"), ('"', '"')):
        return value[1:-1]
    return value


# LaTeX accents as combining characters: {\'E}motion -> Émotion, M{\"u}ller -> Müller
_ACCENTS = {"`": "\u0300", "'": "\u0301", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
            ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b", "c": "\u0327", "d": "\u0323",
            "b": "\u0331", "r": "\u030a", "k": "\u0328", "t": "\u0361"}
_SYMBOL_ACCENT = re.compile(r"\\([`'^\"~=.])\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))")
# a letter accent must stand alone: "\u{a}" or "\v c", never the start of "\url" or "\textbf"
_LETTER_ACCENT = re.compile(r"\\([uvHcdbrkt])(?:\s*\{\s*([A-Za-z])\s*\}|\s+([A-Za-z]))")
_DOTLESS = re.compile(r"\\([ij])(?![A-Za-z])\s*")
_ESCAPED = re.compile(r"\\([&%$#_])")
_COMMAND = re.compile(r"\\[A-Za-z]+\*?\s*|\\\\")


def _accent(m: re.Match) -> str:
    return (m[2] or m[3]) + _ACCENTS[m[1]]


def _clean(value: str) -> str:
    """Drop BibTeX protective braces and LaTeX markup; keep the words (and their accents) as written."""
    value = _DOTLESS.sub(r"\1", value)
    value = _SYMBOL_ACCENT.sub(_accent, value)
    value = _LETTER_ACCENT.sub(_accent, value)
    value = _ESCAPED.sub(r"\1", value)
    value = _COMMAND.sub(" ", value)  # \textbf{Bold} -> Bold, \emph{x} -> x
    value = re.sub(r"(?<!\\)~", " ", value)  # a tie is a space
    value = unicodedata.normalize("NFC", value.replace("{", "").replace("}", ""))
    return " ".join(value.split())
