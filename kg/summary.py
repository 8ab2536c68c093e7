"""Build-time statistics the graph carries about itself, in the spirit of VoID partitions.

Aggregating a whole 100,000-paper graph at query time takes Oxigraph 0.4-2 s (a bare count of
the papers alone takes ~50 ms), so the counts the aggregating named queries report are computed
here, once per build, from the same records the graph is written from.  Each statistic is a node
under ``https://w3id.org/affect-kg/stat/`` typed with one subclass of ``akg:Statistic`` (itself a
``void:Dataset``): the subset of the graph's papers (or datasets) that share fixed values, given
by ``akg:forYear`` / ``akg:forTask`` / ``akg:forDataset`` (and ``akg:withDataset``) /
``akg:forModality`` / ``akg:forEmotionModel``, and ``void:entities``, how many papers (datasets)
are in that subset.

The counts mirror what SPARQL over the edges of the written graph gives (tests check it):
papers are counted once per paper IRI, a paper's year is the year of its ``dct:date``, else its
``dct:issued`` year, and a dataset counts only once some paper links it (as the graph writer
emits it).  Everything is emitted in a fixed, sorted order.

    >>> triples = list(summary_triples(graph.papers, graph.extractions, vocab))  # doctest: +SKIP
"""
from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import combinations

from . import terms as T
from .ids import AKG, BASE, paper_iri
from .models import Extraction, Paper
from .vocab import RDF_TYPE, Vocabulary

STAT = BASE + "stat/"
VOID = "http://rdfs.org/ns/void#"
Triple = tuple[str, str, str]

#: the kinds of statistic: class local name -> IRI path segment under STAT
KINDS = {
    "PapersPerYear": "papers-per-year",
    "DatasetsPerYear": "datasets-per-year",
    "PapersPerDataset": "papers-per-dataset",
    "PapersPerDatasetPair": "papers-per-dataset-pair",
    "PapersPerTask": "papers-per-task",
    "PapersPerTaskAndDataset": "papers-per-task-and-dataset",
    "PapersPerTaskAndModality": "papers-per-task-and-modality",
    "PapersPerTaskAndEmotionModel": "papers-per-task-and-emotion-model",
    "PapersPerEmotionModelAndYear": "papers-per-emotion-model-and-year",
}
_DATASET_EDGES = ("usesDataset", "introducesDataset")

_TYPE = T.iri(RDF_TYPE)
_ENTITIES = T.iri(VOID + "entities")
_P = {name: T.iri(AKG + name) for name in (
    "forYear", "forTask", "forDataset", "withDataset", "forModality", "forEmotionModel", "papersWithCode",
    "papersWithDataset", "rank")}
_CLASS = {kind: T.iri(AKG + kind) for kind in KINDS}
_YEAR_INTRODUCED = T.iri(AKG + "yearIntroduced")
_GYEAR = re.compile(r'^"(-?\d{4,})"')
# a year inside a raw date text ("Mar 14, 2024"): kg.graph writes it as dct:issued
YEAR_IN_TEXT = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def paper_year(paper: Paper) -> int | None:
    """The year SPARQL reads from the paper's triples: YEAR(dct:date), else its dct:issued gYear."""
    if paper.date:
        try:
            return datetime.date.fromisoformat(paper.date).year
        except ValueError:
            return None
    if paper.date_text and (found := YEAR_IN_TEXT.search(paper.date_text)):
        return int(found[1])
    return None


def discovered_labels(extractions: Iterable[Extraction]) -> dict[str, str]:
    """Every discovered dataset's IRI with one label for it (the least, so the choice is stable)."""
    labels: dict[str, str] = {}
    for ex in extractions:
        for d in ex.discovered:
            labels[d.iri] = min(labels.get(d.iri, d.label), d.label)
    return labels


@lru_cache(maxsize=8192)  # the same datasets and tasks recur in many statistics
def _local(iri: str) -> str:
    """The last path segment of a node IRI (slugs and curated ids are IRI-safe)."""
    return re.sub(r"[^A-Za-z0-9._~-]", "_", iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def _node(kind: str, *parts: str) -> str:
    return T.iri(STAT + "/".join([KINDS[kind], *parts]))


def _catalogue_years(vocab: Vocabulary) -> dict[str, int]:
    years = {}
    for c in vocab.of_kind("dataset"):
        for p, o in vocab.triples.get(T.iri(c.iri), ()):
            if p == _YEAR_INTRODUCED and (found := _GYEAR.match(o)):
                years[c.iri] = int(found[1])
    return years


@dataclass
class Tallies:
    """What the statistics count, as sums over papers (and a least label, a least year).

    A build that only adds papers to the previous one gets its tallies by adding the new papers'
    to the previous build's (``kg.splice`` keeps them), instead of counting 100,000 papers again.
    """

    per_year: Counter = field(default_factory=Counter)  # papers with no known year under None
    code_per_year: Counter = field(default_factory=Counter)  # of those, papers linking code
    first_year: dict[str, int] = field(default_factory=dict)  # dataset -> earliest year of a paper introducing it
    per_dataset: Counter = field(default_factory=Counter)  # papers using or introducing it
    per_dataset_pair: Counter = field(default_factory=Counter)  # papers using both, lesser IRI first
    per_task: Counter = field(default_factory=Counter)
    data_per_task: Counter = field(default_factory=Counter)  # papers addressing the task with a dataset
    pairs: Counter = field(default_factory=Counter)  # (kind, task, target)
    model_years: Counter = field(default_factory=Counter)  # (emotion model, year)
    discovered: dict[str, str] = field(default_factory=dict)  # see discovered_labels
    linked: Counter = field(default_factory=Counter)  # every node a paper links: papers linking it
    edges: int = 0  # the extracted links of every record

    @classmethod
    def of(cls, papers: list[Paper], extractions: list[Extraction]) -> Tallies:
        """Count ``papers``: every paper IRI once, with the union of its records' edges."""
        edges, years, with_code = _paper_edges(papers, extractions)
        t = cls(discovered=discovered_labels(extractions), edges=sum(len(ex.mentions) for ex in extractions))
        per_year, code_per_year, first_year = t.per_year, t.code_per_year, t.first_year
        per_dataset, per_dataset_pair, pairs = t.per_dataset, t.per_dataset_pair, t.pairs
        per_task, data_per_task, model_years = t.per_task, t.data_per_task, t.model_years
        linked: list[str] = []  # counted once at the end (one C loop instead of a call per paper and edge)
        second_edges = (("PapersPerTaskAndDataset", "usesDataset"), ("PapersPerTaskAndModality", "usesModality"),
                        ("PapersPerTaskAndEmotionModel", "usesEmotionModel"))
        # one pass over the papers fills every tally; ``edges`` holds each paper IRI once, so counting
        # papers is counting the times a key comes up
        for iri, e in edges.items():
            for targets in e.values():
                linked.extend(targets)
            known = [y for y in years[iri] if y is not None]
            coded = iri in with_code
            for y in known or (None,):
                per_year[y] += 1
                code_per_year[y] += coded
            introduced = e.get("introducesDataset", ())
            for ds in introduced:
                for y in known:
                    if y < first_year.get(ds, y + 1):
                        first_year[ds] = y
            used = e.get("usesDataset", ())
            has_data = bool(used or introduced)
            if has_data:
                for ds in {*used, *introduced}:
                    per_dataset[ds] += 1
            if len(used) > 1:
                for pair in combinations(sorted(used), 2):
                    per_dataset_pair[pair] += 1
            for task in e.get("addressesTask", ()):
                per_task[task] += 1
                data_per_task[task] += has_data
                for kind, pred in second_edges:
                    for target in e.get(pred, ()):
                        pairs[(kind, task, target)] += 1
            for em in e.get("usesEmotionModel", ()):
                for y in known:
                    model_years[(em, y)] += 1
        t.linked.update(linked)
        return t

    def plus(self, other: Tallies) -> Tallies:
        """The tallies of both sets of papers, which must not share a paper IRI."""
        both = Tallies(**{f.name: type(getattr(self, f.name))(getattr(self, f.name)) for f in fields(self)})
        for f in fields(both):
            mine, theirs = getattr(both, f.name), getattr(other, f.name)
            if isinstance(mine, Counter):
                mine.update(theirs)  # update adds, and keeps zero counts
            elif isinstance(mine, int):
                setattr(both, f.name, mine + theirs)
            else:  # first_year, discovered: the least of the two
                for key, value in theirs.items():
                    mine[key] = min(mine.get(key, value), value)
        return both


def summary_triples(papers: list[Paper], extractions: list[Extraction], vocab: Vocabulary) -> Iterator[Triple]:
    """Statistics nodes for the graph built from ``papers``/``extractions`` (see the module docstring).
    Counted when the first triple is asked for: writers start this early and consume it later."""
    yield from tally_triples(Tallies.of(papers, extractions), vocab)


def tally_triples(tallies: Tallies, vocab: Vocabulary) -> Iterator[Triple]:
    """The statistics nodes ``tallies`` give, sorted."""
    per_year, code_per_year, first_year = tallies.per_year, tallies.code_per_year, tallies.first_year
    per_dataset, per_dataset_pair, pairs = tallies.per_dataset, tallies.per_dataset_pair, tallies.pairs
    per_task, data_per_task, model_years = tallies.per_task, tallies.data_per_task, tallies.model_years
    discovered = tallies.discovered
    catalogue = {c.iri for c in vocab.of_kind("dataset")}
    catalogue_year = _catalogue_years(vocab)
    datasets = set(per_dataset) & (catalogue | set(discovered))

    nodes: list[tuple[str, list[tuple[str, str]]]] = []

    def add(kind: str, parts: Iterable[str], props: list[tuple[str, str]], count: int) -> None:
        nodes.append((_node(kind, *parts), [(_TYPE, _CLASS[kind]), *props, (_ENTITIES, T.integer(count))]))

    # papers per year (and with a code link)
    for y, count in per_year.items():
        props = [(_P["forYear"], T.integer(y))] if y is not None else []
        props.append((_P["papersWithCode"], T.integer(code_per_year[y])))
        add("PapersPerYear", [str(y) if y is not None else "unknown"], props, count)

    # datasets per year introduced: the catalogue's year, else the earliest year of a paper introducing it
    per_intro_year: dict[int, int] = defaultdict(int)
    for ds in datasets:
        y = catalogue_year.get(ds, first_year.get(ds))
        if y is not None:
            per_intro_year[y] += 1
    for y, count in per_intro_year.items():
        add("DatasetsPerYear", [str(y)], [(_P["forYear"], T.integer(y))], count)

    # papers per dataset (using or introducing it)
    for ds in datasets:
        add("PapersPerDataset", [_local(ds)], [(_P["forDataset"], T.iri(ds))], per_dataset[ds])

    # papers using both datasets of a pair, once per pair: co-used-datasets reads either side
    for (a, b), count in per_dataset_pair.items():
        if a in datasets and b in datasets:
            add("PapersPerDatasetPair", [_local(a), _local(b)],
                [(_P["forDataset"], T.iri(a)), (_P["withDataset"], T.iri(b))], count)

    # per task: papers addressing it, and how many of those use or introduce any dataset
    for t, count in per_task.items():
        add("PapersPerTask", [_local(t)], [(_P["forTask"], T.iri(t)),
                                           (_P["papersWithDataset"], T.integer(data_per_task[t]))], count)
    second = {"PapersPerTaskAndDataset": "forDataset", "PapersPerTaskAndModality": "forModality",
              "PapersPerTaskAndEmotionModel": "forEmotionModel"}
    # a dataset's rank among the task's datasets, as top-datasets-per-task orders them: most papers,
    # then the dataset's label
    labels = {c.iri: c.pref for c in vocab.of_kind("dataset")} | discovered
    by_task: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for (kind, t, target), count in pairs.items():
        if kind == "PapersPerTaskAndDataset":
            by_task[t].append((-count, labels.get(target, target), target))
    rank = {(t, target): i for t, found in by_task.items() for i, (_, _, target) in enumerate(sorted(found), 1)}
    for (kind, t, target), count in pairs.items():
        props = [(_P["forTask"], T.iri(t)), (_P[second[kind]], T.iri(target))]
        if kind == "PapersPerTaskAndDataset":
            props.append((_P["rank"], T.typed(rank[(t, target)], "positiveInteger")))
        add(kind, [_local(t), _local(target)], props, count)

    # papers per emotion model per (known) year
    for (em, y), count in model_years.items():
        add("PapersPerEmotionModelAndYear", [_local(em), str(y)],
            [(_P["forEmotionModel"], T.iri(em)), (_P["forYear"], T.integer(y))], count)

    for s, props in sorted(nodes):
        for p, o in props:
            yield s, p, o


def _paper_edges(papers: list[Paper], extractions: list[Extraction]
                 ) -> tuple[dict[str, dict[str, set[str]]], dict[str, set[int | None]], set[str]]:
    """Per paper IRI: the union of its records' edges (predicate -> targets), its years, and whether
    it links code -- every paper IRI once, as the written graph has it."""
    edges: dict[str, dict[str, set[str]]] = {}
    years: dict[str, set[int | None]] = {}
    with_code: set[str] = set()
    web = T.is_web_url
    for paper, ex in zip(papers, extractions):
        iri = paper_iri(paper.title)
        e = edges.get(iri)
        if e is None:
            e = edges[iri] = {}
            years[iri] = {paper_year(paper)}
        else:
            years[iri].add(paper_year(paper))
        if paper.code_urls and any(map(web, paper.code_urls)):
            with_code.add(iri)
        for m in ex.mentions:  # tuple indexing: the cheapest read of a named tuple's fields
            targets = e.get(m[0])
            if targets is None:
                e[m[0]] = {m[1]}
            else:
                targets.add(m[1])
    return edges, years, with_code


__all__ = ["KINDS", "STAT", "VOID", "YEAR_IN_TEXT", "Tallies", "discovered_labels", "paper_year", "summary_triples",
           "tally_triples"]
