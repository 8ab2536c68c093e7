"""Other forms people load elsewhere: N-Triples, JSON-LD, GraphML (Gephi, Cytoscape), CSV."""
from __future__ import annotations

import csv
from pathlib import Path

from .atomic import atomic_write
from .knowledge import KnowledgeGraph

EXPORTS = ("nt", "ttl", "jsonld", "graphml", "csv")


def export(graph: KnowledgeGraph, fmt: str, out: str | Path) -> list[Path]:
    """Write ``graph`` as ``fmt`` into folder ``out``; returns the files written."""
    out = Path(out)
    if fmt in ("nt", "ttl", "jsonld"):
        return [graph.write(out, [fmt], report=False)[fmt]]
    g = graph.to_networkx()
    if fmt == "graphml":
        return [write_graphml(g, out / "graph.graphml")]
    if fmt == "csv":
        return write_csv(g, out / "nodes.csv", out / "edges.csv")
    raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORTS)}")


def _flat(g):
    """GraphML holds scalar attributes only: flatten the info dict, join lists."""
    import networkx as nx

    flat = nx.MultiDiGraph()
    for node, data in sorted(g.nodes(data=True)):
        attrs = {"label": data["label"], "type": data["type"]}
        for k, v in sorted(data.get("info", {}).items()):
            attrs[k] = "; ".join(map(str, v)) if isinstance(v, list) else str(v)
        flat.add_node(node, **attrs)
    for s, o, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        flat.add_edge(s, o, key=key, **{k: v for k, v in data.items() if v is not None})
    return flat


def write_graphml(g, path: Path) -> Path:
    import networkx as nx

    with atomic_write(path, "wb") as fh:
        nx.write_graphml(_flat(g), fh)
    return path


def write_csv(g, nodes_path: Path, edges_path: Path) -> list[Path]:
    flat = _flat(g)
    node_cols = ["id", "label", "type", "date", "authors", "code", "catalogued"]
    with atomic_write(nodes_path) as fh:
        w = csv.writer(fh)
        w.writerow(node_cols)
        for node, data in flat.nodes(data=True):
            w.writerow([node] + [data.get(c, "") for c in node_cols[1:]])
    with atomic_write(edges_path) as fh:
        w = csv.writer(fh)
        w.writerow(["source", "relation", "target", "confidence", "rule", "evidence"])
        for s, o, data in flat.edges(data=True):
            w.writerow([s, data["relation"], o, data.get("confidence", ""), data.get("rule", ""),
                        data.get("evidence", "")])
    return [nodes_path, edges_path]
