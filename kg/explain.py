"""Why does each edge of a paper exist? Evidence sentence, rule and confidence, from the graph."""
from __future__ import annotations

import difflib
import textwrap

from .errors import NotFound
from .ids import title_key
from .knowledge import KnowledgeGraph

_QUERY = """
PREFIX akg: <https://w3id.org/affect-kg/ontology#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?paper ?pred ?label ?target ?text ?rule ?conf ?start ?end WHERE {
  ?a a akg:Assertion ; rdf:subject ?paper ; rdf:predicate ?pred ; rdf:object ?target ;
     akg:evidenceText ?text ; akg:extractionRule ?rule ; akg:confidence ?conf ;
     akg:spanStart ?start ; akg:spanEnd ?end .
  OPTIONAL { ?target skos:prefLabel ?label }
} ORDER BY ?pred ?label ?target
"""


def find_paper(graph: KnowledgeGraph, needle: str) -> tuple[str, str]:
    """A paper IRI and title from an IRI, an exact title, or a unique title fragment."""
    import pyoxigraph as ox

    titles = {str(s.subject.value): s.object.value for s in graph.store().quads_for_pattern(
        None, ox.NamedNode("http://purl.org/dc/terms/title"), None)}
    if needle in titles:
        return needle, titles[needle]
    key = title_key(needle)
    exact = [(i, t) for i, t in titles.items() if title_key(t) == key]
    partial = exact or [(i, t) for i, t in titles.items() if key and key in title_key(t)]
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        names = "; ".join(sorted(t for _, t in partial)[:5])
        raise NotFound(f"{len(partial)} papers match {needle!r}: {names}")
    close = difflib.get_close_matches(needle, list(titles.values()), n=3, cutoff=0.5)
    hint = f"; did you mean: {' | '.join(close)}?" if close else ""
    raise NotFound(f"no paper matches {needle!r}{hint}")


def explain(graph: KnowledgeGraph, needle: str) -> str:
    import pyoxigraph as ox

    iri, title = find_paper(graph, needle)
    rows = graph.store().query(_QUERY, substitutions={ox.Variable("paper"): ox.NamedNode(iri)})
    lines = [title, iri, ""]
    for r in rows:
        pred = r["pred"].value.rsplit("#", 1)[-1]
        label = r["label"].value if r["label"] else r["target"].value.rsplit("/", 1)[-1]
        lines.append(f"{pred} {label}   [rule {r['rule'].value}, confidence {r['conf'].value}, "
                     f"chars {r['start'].value}-{r['end'].value}]")
        lines += textwrap.wrap(f'"{r["text"].value}"', 96, initial_indent="    ", subsequent_indent="    ")
    if len(lines) == 3:
        lines.append("(no edges were extracted for this paper)")
    return "\n".join(lines)
