"""SHACL validation of a built graph with pySHACL, against ontology/shapes.ttl."""
from __future__ import annotations

from pathlib import Path

from .errors import GraphFileError
from .vocab import ontology_dir


def validate(graph_path: str | Path, shapes: str | Path | None = None) -> tuple[bool, int, str]:
    """Return (conforms, number of violations, report text)."""
    import rdflib
    from pyshacl import validate as shacl

    path = Path(graph_path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no graph file here (run `kg build` first)")
    data = rdflib.Graph()
    try:
        data.parse(path, format="json-ld" if path.suffix == ".jsonld" else None)
    except Exception as err:  # rdflib raises parser-specific exceptions
        raise GraphFileError(f"{path}: not a readable graph: {err}") from err
    shapes_graph = rdflib.Graph().parse(Path(shapes) if shapes else ontology_dir() / "shapes.ttl")
    conforms, results, _ = shacl(data, shacl_graph=shapes_graph, inference="none", advanced=True)
    count = sum(1 for _ in results.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/shacl#ValidationResult")))
    if conforms:
        return True, 0, f"{path}: conforms to the shapes (0 violations, {len(data):,} triples)"
    return False, count, f"{path}: {count} violation(s)\n" + _summarise(results)


def _summarise(results) -> str:
    import rdflib

    SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    lines = []
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        lines.append(f"- {focus} {path or ''}: {msg}")
    return "\n".join(sorted(lines))
