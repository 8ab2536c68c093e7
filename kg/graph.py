"""Assertions -> one RDF graph, emitted as N-Triples text in a fixed order.

The order (each paper followed by its evidence, in IRI order; then the vocabulary, discovered
datasets and statistics, which depend on every paper) never depends on input order, so every
serialisation derived from it is byte-identical across builds.
The networkx view and the query store are derived from the same triples.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from typing import NamedTuple

from . import terms as T
from .ids import AKG, DATASET, evidence_iri, paper_iri
from .models import Extraction, Mention, Paper
from .summary import YEAR_IN_TEXT, Tallies, discovered_labels, summary_triples, tally_triples
from .vocab import RDF_TYPE, Vocabulary

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DCT = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCAT = "http://www.w3.org/ns/dcat#"
PREFIXES = {
    "akg": AKG, "paper": "https://w3id.org/affect-kg/paper/", "ds": DATASET,
    "task": "https://w3id.org/affect-kg/task/", "mod": "https://w3id.org/affect-kg/modality/",
    "emo": "https://w3id.org/affect-kg/emotion-model/", "emoc": "https://w3id.org/affect-kg/emotion/",
    "ev": "https://w3id.org/affect-kg/evidence/", "rdf": RDF, "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#", "xsd": T.XSD, "skos": SKOS, "dct": DCT, "schema": SCHEMA,
    "dcat": DCAT, "prov": PROV, "foaf": "http://xmlns.com/foaf/0.1/",
    "onyx": "http://www.gsi.dit.upm.es/ontologies/onyx/ns#", "sh": "http://www.w3.org/ns/shacl#",
    "vann": "http://purl.org/vocab/vann/",
}
PAPER_EDGES = ("introducesDataset", "usesDataset", "addressesTask", "usesModality", "usesEmotionModel")
_TYPE = T.iri(RDF_TYPE)

Triple = tuple[str, str, str]


class Counts(NamedTuple):
    datasets: int = 0
    discovered: int = 0  # of those, found in papers but not in the catalogue
    tasks: int = 0
    edges: int = 0  # every extracted link, each with its evidence


@dataclass
class Stats:
    """A build's figures. Its links are counted when first asked for (``count``): an incremental
    build that only adds papers counts them from the statistics' tallies, without reading the
    extractions of the papers it copies (see kg.cache.CachedExtractions)."""

    papers_read: int = 0
    papers: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    count: Callable[[], Counts] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def counts(self) -> Counts:
        return self.count() if self.count else Counts()

    datasets = property(lambda self: self.counts.datasets)
    discovered = property(lambda self: self.counts.discovered)
    tasks = property(lambda self: self.counts.tasks)
    edges = property(lambda self: self.counts.edges)


def _p(name: str, ns: str = AKG) -> str:
    return T.iri(ns + name)


# predicates as N-Triples terms, built once (this function runs once per triple of the graph)
P_TITLE, P_ABSTRACT, P_DATE = _p("title", DCT), _p("abstract", DCT), _p("date", DCT)
P_ISSUED, P_DATE_TEXT, P_AUTHORS, P_UPVOTES = _p("issued", DCT), _p("dateText"), _p("authorCount"), _p("upvotes")
P_CODE, P_URL, P_ID, P_SOURCE = _p("codeRepository", SCHEMA), _p("url", SCHEMA), _p("identifier", SCHEMA), \
    _p("sourceRecord")
P_SUBJECT, P_PREDICATE, P_OBJECT = _p("subject", RDF), _p("predicate", RDF), _p("object", RDF)
P_EVIDENCE, P_START, P_END, P_RULE, P_CONF = _p("evidenceText"), _p("spanStart"), _p("spanEnd"), \
    _p("extractionRule"), _p("confidence")
P_DERIVED = _p("wasDerivedFrom", PROV)
C_PAPER, C_ASSERTION = _p("Paper"), _p("Assertion")
P_EDGE = {name: _p(name) for name in PAPER_EDGES}


def paper_triples(paper: Paper, ex: Extraction, iri: str | None = None) -> Iterator[Triple]:
    """The paper node, its edges, and one akg:Assertion node per edge holding the evidence."""
    s = T.iri(iri or paper_iri(paper.title))
    yield from paper_node_triples(paper, ex, s)
    for m in ex.mentions:
        e, objects = evidence_node(s, m)
        for p, o in zip(EVIDENCE_PREDICATES, objects):
            yield e, p, o


def paper_node_triples(paper: Paper, ex: Extraction, s: str) -> Iterator[Triple]:
    """The triples whose subject is the paper itself (``s``, an N-Triples IRI term)."""
    yield s, _TYPE, C_PAPER
    yield s, P_TITLE, T.lit(paper.title)
    if paper.abstract:
        yield s, P_ABSTRACT, T.lit(paper.abstract)
    if paper.date:
        yield s, P_DATE, T.typed(paper.date, "date")
    elif paper.date_text:
        yield s, P_DATE_TEXT, T.lit(paper.date_text)
        if year := YEAR_IN_TEXT.search(paper.date_text):
            yield s, P_ISSUED, T.typed(year[1], "gYear")
    if paper.authors is not None:
        yield s, P_AUTHORS, T.integer(paper.authors)
    if paper.upvotes is not None:
        yield s, P_UPVOTES, T.integer(paper.upvotes)
    for url in paper.code_urls:
        if safe := T.safe_url(url):
            yield s, P_CODE, T.iri(safe)
    if safe := T.safe_url(paper.url):
        yield s, P_URL, T.iri(safe)
    if paper.arxiv_id:
        yield s, P_ID, T.lit(f"arXiv:{paper.arxiv_id}")
    for source in paper.sources:
        yield s, P_SOURCE, T.lit(source)
    for m in ex.mentions:
        yield s, P_EDGE[m.predicate], f"<{m.target}>"


# an evidence node always has these ten predicates, in this order (the writers rely on it)
EVIDENCE_PREDICATES = (_TYPE, P_SUBJECT, P_PREDICATE, P_OBJECT, P_EVIDENCE, P_START, P_END, P_RULE, P_CONF,
                       P_DERIVED)


def evidence_node(s: str, m: Mention) -> tuple[str, tuple[str, ...]]:
    """The akg:Assertion node behind one edge: its IRI and the objects of EVIDENCE_PREDICATES."""
    e = f"<{evidence_iri(s, m.predicate, m.target)}>"
    return e, (C_ASSERTION, s, P_EDGE[m.predicate], f"<{m.target}>", T.lit(m.sentence), _INT % m.start,
               _INT % m.end, _rule(m.rule), T.decimal(m.confidence), s)


_INT = T.integer(0).replace('"0"', '"%d"')


@lru_cache(maxsize=4096)
def _rule(name: str) -> str:
    return T.lit(name)


def discovered_triples(iri: str, label: str) -> Iterator[Triple]:
    s = T.iri(iri)
    for cls in (AKG + "Dataset", DCAT + "Dataset", SCHEMA + "Dataset"):
        yield s, _TYPE, T.iri(cls)
    yield s, T.iri(SKOS + "prefLabel"), T.lit(label)
    yield s, T.iri(AKG + "catalogued"), T.boolean(False)


def graph_triples(papers: list[Paper], extractions: list[Extraction], vocab: Vocabulary) -> Iterator[Triple]:
    """Every triple of the graph in a fixed order (see the module docstring)."""
    for iri, paper, ex in sorted_papers(papers, extractions):
        yield from paper_triples(paper, ex, iri)
    yield from header_triples(papers, extractions, vocab)


def header_triples(papers: list[Paper], extractions: list[Extraction], vocab: Vocabulary) -> Iterator[Triple]:
    """The vocabulary (catalogue entries only once a paper links them), discovered datasets, statistics."""
    for part in header_parts(papers, extractions, vocab):
        yield from part


def header_parts(papers: list[Paper], extractions: list[Extraction], vocab: Vocabulary,
                 tallies: Callable[[], Tallies] | None = None) -> list[Iterator[Triple]]:
    """``header_triples`` in two independent runs, in order: writers may compute them side by side.
    ``tallies``, if given, gives what the statistics count (see ``Tallies``) when they are asked for:
    then neither run reads ``extractions``."""
    stats = _tally_triples(tallies, vocab) if tallies else summary_triples(papers, extractions, vocab)
    return [vocabulary_triples(papers, extractions, vocab, tallies), stats]


def _tally_triples(tallies: Callable[[], Tallies], vocab: Vocabulary) -> Iterator[Triple]:
    yield from tally_triples(tallies(), vocab)


def vocabulary_triples(papers: list[Paper], extractions: list[Extraction], vocab: Vocabulary,
                       tallies: Callable[[], Tallies] | None = None) -> Iterator[Triple]:
    """The vocabulary's triples and the discovered datasets, for the nodes some paper links (read from
    ``tallies()`` if given, else from the extractions)."""
    if tallies is not None:
        counted = tallies()
        linked: Collection[str] = counted.linked.keys()
        labels = counted.discovered
    else:
        linked = {m.target for ex in extractions for m in ex.mentions}
        labels = discovered_labels(extractions)
    catalogue = {c.iri for c in vocab.of_kind("dataset")}
    for s in sorted(vocab.triples):
        if s[1:-1] in catalogue and s[1:-1] not in linked:
            continue  # catalogue entries appear once some paper links them
        for p, o in vocab.triples[s]:
            yield s, p, o
    discovered = {iri: label for iri, label in labels.items() if iri in linked and iri not in catalogue}
    for iri in sorted(discovered):
        yield from discovered_triples(iri, discovered[iri])


def sorted_papers(papers: list[Paper], extractions: list[Extraction]) -> list[tuple[str, Paper, Extraction]]:
    """(IRI, paper, extraction) in IRI order: the order papers appear in every output."""
    return sorted(((paper_iri(p.title), p, ex) for p, ex in zip(papers, extractions)), key=lambda t: t[0])


def stats_of(papers: list[Paper], extractions: Iterable[Extraction]) -> Stats:
    """The figures of a build, its links counted when first asked for."""
    return Stats(papers=len(papers), count=partial(link_counts, extractions))


def link_counts(extractions: Iterable[Extraction]) -> Counts:
    edges = 0
    datasets, tasks = set(), set()
    for ex in extractions:
        edges += len(ex.mentions)
        for m in ex.mentions:
            if m.predicate in ("usesDataset", "introducesDataset"):
                datasets.add(m.target)
            elif m.predicate == "addressesTask":
                tasks.add(m.target)
    discovered = {d.iri for ex in extractions for d in ex.discovered} & datasets
    return Counts(len(datasets), len(discovered), len(tasks), edges)


def tally_counts(tallies: Tallies) -> Counts:
    """``link_counts`` of the papers ``tallies`` counted (the same figures: a test holds them equal)."""
    datasets = tallies.per_dataset.keys()
    return Counts(len(datasets), len(datasets & tallies.discovered.keys()), len(tallies.per_task), tallies.edges)
