"""An HTML page documenting the ontology and vocabularies, generated from ontology/*.ttl."""
from __future__ import annotations

import html
from pathlib import Path

from .atomic import atomic_write
from .vocab import VOCAB_FILES, ontology_dir

_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
SELECT ?term ?kind ?label ?def WHERE {
  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:AnnotationProperty skos:ConceptScheme
                 skos:Concept }
  ?term a ?kind .
  OPTIONAL { ?term rdfs:label ?l1 } OPTIONAL { ?term skos:prefLabel ?l2 }
  OPTIONAL { ?term rdfs:comment ?d1 } OPTIONAL { ?term skos:definition ?d2 }
  BIND(COALESCE(?l2, ?l1, "") AS ?label) BIND(COALESCE(?d2, ?d1, "") AS ?def)
  FILTER(isIRI(?term))
} ORDER BY ?kind ?term
"""


def render_docs() -> str:
    import pyoxigraph as ox

    store = ox.Store()
    root = ontology_dir()
    for name in VOCAB_FILES:
        store.load(path=str(root / name), format=ox.RdfFormat.TURTLE)
    sections: dict[str, list[str]] = {}
    seen = set()
    for r in store.query(_QUERY):
        term = r["term"].value
        if term in seen:
            continue
        seen.add(term)
        kind = r["kind"].value.rsplit("#", 1)[-1]
        sections.setdefault(kind, []).append(
            f"<tr id='{html.escape(term)}'><td><code>{html.escape(term)}</code></td>"
            f"<td>{html.escape(r['label'].value)}</td><td>{html.escape(r['def'].value)}</td></tr>")
    body = "".join(f"<h2>{html.escape(k)} ({len(rows)})</h2><table><tr><th>IRI</th><th>label</th>"
                   f"<th>definition</th></tr>{''.join(rows)}</table>" for k, rows in sections.items())
    return ("<!doctype html><html><head><meta charset='utf-8'><title>affect-kg ontology</title><style>"
            "body{font:14px system-ui,sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
            "td,th{border:1px solid #ddd;padding:4px;vertical-align:top;text-align:left}code{font-size:12px}"
            "</style></head><body><h1>affect-kg ontology and vocabularies</h1>"
            f"<p>Generated from {', '.join(VOCAB_FILES)}.</p>{body}</body></html>\n")


def write_docs(out: str | Path) -> Path:
    with atomic_write(out) as fh:
        fh.write(render_docs())
    return Path(out)
