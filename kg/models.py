"""Plain records passed between pipeline stages (ingest -> extract -> graph).

Records that exist once per paper or per edge are named tuples: immutable, and they pickle
as tuples, which keeps the incremental-build cache of a large corpus quick to load.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Paper(NamedTuple):
    """One paper as read from one listing, JSON record or BibTeX entry."""

    title: str
    abstract: str = ""
    authors: int | None = None
    date: str | None = None  # ISO yyyy-mm-dd, only when the year is known
    date_text: str | None = None  # the raw date as written, e.g. "Mar 14"
    upvotes: int | None = None
    url: str | None = None
    arxiv_id: str | None = None
    code_urls: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # "file:line" of every listing it came from


@dataclass(frozen=True, slots=True)
class Problem:
    """A record or file that could not be used, kept for the build report."""

    path: str
    line: int | None
    reason: str
    kind: str  # "error" (file unusable) or "skipped" (one record dropped) or "warning"
    title: str | None = None
    code: int = 0  # exit code the CLI uses when this problem decides the outcome

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


class Mention(NamedTuple):
    """One typed assertion about a paper, with the evidence it was read from."""

    predicate: str  # local name of the akg property, e.g. "usesDataset"
    target: str  # full IRI of the linked node
    label: str  # surface form that was matched
    sentence: str  # evidence sentence
    start: int  # character span of the match within the paper text (title + "\n" + abstract)
    end: int
    rule: str  # which extraction rule produced it
    confidence: float


class DiscoveredDataset(NamedTuple):
    """A dataset name found in text that is in no catalogue."""

    iri: str
    label: str


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one paper."""

    mentions: list[Mention] = field(default_factory=list)
    discovered: list[DiscoveredDataset] = field(default_factory=list)

    def __reduce__(self):
        return Extraction, (self.mentions, self.discovered)
