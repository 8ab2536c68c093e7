"""Assertions -> one RDF graph, emitted as N-Triples text in a fixed order.

The order (vocabulary, datasets, then each paper followed by its evidence) never depends on
input order, so every serialisation derived from it is byte-identical across builds.
The networkx view and the query store are derived from the same triples.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import terms as T
from .ids import AKG, DATASET, evidence_iri, paper_iri
from .models import Extraction, Paper, Problem
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
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")

Triple = tuple[str, str, str]


@dataclass
class Stats:
    papers_read: int = 0
    papers: int = 0
    datasets: int = 0
    discovered: int = 0
    tasks: int = 0
    edges: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def paper_triples(paper: Paper, ex: Extraction) -> Iterator[Triple]:
    """The paper node, its edges, and one akg:Assertion node per edge holding the evidence."""
    s = T.iri(paper_iri(paper.title))
    yield s, _TYPE, T.iri(AKG + "Paper")
    yield s, T.iri(DCT + "title"), T.lit(paper.title)
    if paper.abstract:
        yield s, T.iri(DCT + "abstract"), T.lit(paper.abstract)
    if paper.date:
        yield s, T.iri(DCT + "date"), T.typed(paper.date, "date")
    elif paper.date_text:
        yield s, T.iri(AKG + "dateText"), T.lit(paper.date_text)
        if year := _YEAR.search(paper.date_text):
            yield s, T.iri(DCT + "issued"), T.typed(year[1], "gYear")
    if paper.authors is not None:
        yield s, T.iri(AKG + "authorCount"), T.integer(paper.authors)
    if paper.upvotes is not None:
        yield s, T.iri(AKG + "upvotes"), T.integer(paper.upvotes)
    for url in paper.code_urls:
        if safe := T.safe_url(url):
            yield s, T.iri(SCHEMA + "codeRepository"), T.iri(safe)
    if safe := T.safe_url(paper.url):
        yield s, T.iri(SCHEMA + "url"), T.iri(safe)
    if paper.arxiv_id:
        yield s, T.iri(SCHEMA + "identifier"), T.lit(f"arXiv:{paper.arxiv_id}")
    for source in paper.sources:
        yield s, T.iri(AKG + "sourceRecord"), T.lit(source)
    for m in ex.mentions:
        yield s, T.iri(AKG + m.predicate), T.iri(m.target)
    for m in ex.mentions:
        e = T.iri(evidence_iri(s, m.predicate, m.target))
        yield e, _TYPE, T.iri(AKG + "Assertion")
        yield e, T.iri(RDF + "subject"), s
        yield e, T.iri(RDF + "predicate"), T.iri(AKG + m.predicate)
        yield e, T.iri(RDF + "object"), T.iri(m.target)
        yield e, T.iri(AKG + "evidenceText"), T.lit(m.sentence)
        yield e, T.iri(AKG + "spanStart"), T.integer(m.start)
        yield e, T.iri(AKG + "spanEnd"), T.integer(m.end)
        yield e, T.iri(AKG + "extractionRule"), T.lit(m.rule)
        yield e, T.iri(AKG + "confidence"), T.decimal(m.confidence)
        yield e, T.iri(PROV + "wasDerivedFrom"), s


def discovered_triples(iri: str, label: str) -> Iterator[Triple]:
    s = T.iri(iri)
    for cls in (AKG + "Dataset", DCAT + "Dataset", SCHEMA + "Dataset"):
        yield s, _TYPE, T.iri(cls)
    yield s, T.iri(SKOS + "prefLabel"), T.lit(label)
    yield s, T.iri(AKG + "catalogued"), T.boolean(False)


def graph_triples(papers: list[Paper], extractions: list[Extraction], vocab: Vocabulary) -> Iterator[Triple]:
    """Every triple of the graph in a fixed order (see the module docstring)."""
    linked = {m.target for ex in extractions for m in ex.mentions}
    catalogue = {c.iri for c in vocab.of_kind("dataset")}
    for s in sorted(vocab.triples):
        if s[1:-1] in catalogue and s[1:-1] not in linked:
            continue  # catalogue entries appear once some paper links them
        for p, o in vocab.triples[s]:
            yield s, p, o
    discovered: dict[str, str] = {}
    for ex in extractions:
        for d in ex.discovered:
            if d.iri in linked and d.iri not in catalogue:
                discovered[d.iri] = min(discovered.get(d.iri, d.label), d.label)
    for iri in sorted(discovered):
        yield from discovered_triples(iri, discovered[iri])
    for paper, ex in sorted(zip(papers, extractions), key=lambda pe: paper_iri(pe[0].title)):
        yield from paper_triples(paper, ex)


def stats_of(papers: list[Paper], extractions: Iterable[Extraction]) -> Stats:
    st = Stats(papers=len(papers))
    datasets, tasks = set(), set()
    for ex in extractions:
        st.edges += len(ex.mentions)
        for m in ex.mentions:
            if m.predicate in ("usesDataset", "introducesDataset"):
                datasets.add(m.target)
            elif m.predicate == "addressesTask":
                tasks.add(m.target)
        st.discovered += 0
    discovered = {d.iri for ex in extractions for d in ex.discovered} & datasets
    st.datasets, st.discovered, st.tasks = len(datasets), len(discovered), len(tasks)
    return st


def problems_summary(problems: list[Problem]) -> dict[str, int]:
    out: dict[str, int] = {}
    for p in problems:
        out[p.kind] = out.get(p.kind, 0) + 1
    return out
