"""Merge the same paper read from several listings into one record."""
from __future__ import annotations

from collections.abc import Iterable

from .ids import title_key
from .models import Paper


def merge(papers: Iterable[Paper]) -> list[Paper]:
    """One record per normalised title: fullest abstract, union of metadata, every source kept.

    The result is sorted by merge key, so input order never changes the output.
    """
    groups: dict[str, list[Paper]] = {}
    for paper in papers:
        groups.setdefault(title_key(paper.title), []).append(paper)
    return [_merge_group(groups[key]) for key in sorted(groups)]


def _first(values: Iterable[object]) -> object:
    return next((v for v in values if v is not None), None)


def _merge_group(group: list[Paper]) -> Paper:
    if len(group) == 1:
        return group[0]
    # deterministic preference: longest abstract, then the earliest source name
    ranked = sorted(group, key=lambda p: (-len(p.abstract), p.sources, p.title))
    best = ranked[0]
    # date and date_text from one record, so "Mar 14" never sits beside another page's 2023-03-14
    dated = next((p for p in ranked if p.date), None) or next((p for p in ranked if p.date_text), best)
    return Paper(
        title=best.title,
        abstract=best.abstract,
        authors=_first(p.authors for p in ranked),
        date=dated.date,
        date_text=dated.date_text,
        upvotes=max((p.upvotes for p in ranked if p.upvotes is not None), default=None),
        url=_first(p.url for p in ranked),
        arxiv_id=_first(p.arxiv_id for p in ranked),
        code_urls=tuple(sorted({u for p in ranked for u in p.code_urls})),
        sources=tuple(sorted({s for p in ranked for s in p.sources})),
    )
