"""Why does each edge of a paper exist? Evidence sentence, rule and confidence, from the graph."""
from __future__ import annotations

import textwrap

from .knowledge import KnowledgeGraph
from .query import StoreEngine, inline_node, iri
from .trace import find_paper

DCT_TITLE = "http://purl.org/dc/terms/title"

_QUERY = """
PREFIX akg: <https://w3id.org/affect-kg/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?pred ?label ?target ?text ?rule ?conf ?start ?end WHERE {
  ?a a akg:Assertion ; rdf:subject ?paper ; rdf:predicate ?pred ; rdf:object ?target ;
     akg:evidenceText ?text ; akg:extractionRule ?rule ; akg:confidence ?conf ;
     akg:spanStart ?start ; akg:spanEnd ?end .
  OPTIONAL { ?target skos:prefLabel ?label }
} ORDER BY ?pred ?label ?target
"""


def explain(graph: KnowledgeGraph, needle: str) -> str:
    import pyoxigraph as ox

    store = graph.store()
    paper = find_paper(StoreEngine(store), needle)  # the same lookup `kg trace --paper` uses
    title = next(store.quads_for_pattern(ox.NamedNode(paper), ox.NamedNode(DCT_TITLE), None)).object.value
    rows = store.query(inline_node(_QUERY, "paper", iri(paper)))  # a constant: see inline_node
    lines = [title, paper, ""]
    for r in rows:
        pred = r["pred"].value.rsplit("#", 1)[-1]
        label = r["label"].value if r["label"] else r["target"].value.rsplit("/", 1)[-1]
        lines.append(f"{pred} {label}   [rule {r['rule'].value}, confidence {r['conf'].value}, "
                     f"chars {r['start'].value}-{r['end'].value}]")
        lines += textwrap.wrap(f'"{r["text"].value}"', 96, initial_indent="    ", subsequent_indent="    ")
    if len(lines) == 3:
        lines.append("(no edges were extracted for this paper)")
    return "\n".join(lines)
