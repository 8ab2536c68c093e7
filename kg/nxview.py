"""The networkx view of a graph: papers, datasets and concepts as nodes, the semantic links as edges, each
paper's edge with its evidence; built from triples (a graph file's, or those a build makes from its records)."""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from . import ntparse
from . import terms as T
from .graph import AKG, DCT, PAPER_EDGES, RDF, SKOS, Triple
from .models import Extraction, Paper
from .vocab import RDF_TYPE

NODE_TYPES = ("Paper", "Dataset", "Task", "Modality", "EmotionModel", "EmotionCategory", "EmotionDimension")
NX_EDGES = (*PAPER_EDGES, "hasModality", "annotatedWith", "hasCategory", "hasDimension")
_TYPE, _EDGE, _LABEL, _FIELD, _EVIDENCE = range(5)  # what a predicate gives the networkx view


def evidence_of(rows: Iterable[tuple[str, Paper, Extraction]]) -> dict[tuple[str, str, str], dict[str, str]]:
    """What ``to_networkx`` reads from the evidence nodes of these papers, by (paper, relation, target):
    the values their triples give back."""
    found = {}
    texts: dict[str, str] = {}  # a sentence is the evidence of several edges
    rules: dict[str, str] = {}
    confidences: dict[float, str] = {}
    for iri, _, ex in rows:
        for m in ex.mentions:
            text = texts.get(m.sentence)
            if text is None:
                text = texts[m.sentence] = ntparse.value(T.lit(m.sentence))
            rule = rules.get(m.rule) or rules.setdefault(m.rule, ntparse.value(T.lit(m.rule)))
            conf = confidences.get(m.confidence) or confidences.setdefault(m.confidence,
                                                                           ntparse.value(T.decimal(m.confidence)))
            found[(iri, m.predicate, m.target)] = {"evidence": text, "rule": rule, "confidence": conf}
    return found


def to_networkx(triples: Iterable[Triple], evidence: dict[tuple[str, str, str], dict[str, str]] | None = None):
    """Semantic nodes and edges only; evidence attached to the edge it supports (read from the
    triples' akg:Assertion nodes, or given as ``evidence_of`` gives it)."""
    return _assemble(_collect(triples), evidence)


def page_networkx(triples: Iterable[Triple], max_nodes: int,
                  evidence: Callable[[set[str]], dict[tuple[str, str, str], dict[str, str]]] | None = None):
    """The part of ``to_networkx(triples)`` the unfocused HTML page draws, and what the page needs to know of
    the rest (``viz.Whole``; None when every node fits): the ``max_nodes`` nodes with the most links
    (``viz.highest_degree``), built without the others. ``evidence(kept)``: as ``evidence_of`` gives it
    for the kept papers (default: read from the triples)."""
    from .viz import Whole, highest_degree

    parts = _collect(triples)
    iris = parts.iris()
    if len(parts.types) <= max_nodes:
        return _assemble(parts, evidence(set(iris.values())) if evidence else None, iris=iris), None
    linked = parts.linked(iris)
    degree = dict.fromkeys(iris.values(), 0)
    for s, _, o in linked:  # a MultiDiGraph's degree: each (source, relation, target) once
        degree[s] += 1
        degree[o] += 1
    kept = set(highest_degree(degree, max_nodes))
    graph = _assemble(parts, evidence(kept) if evidence else None, kept, iris, linked)
    return graph, Whole({n: degree[n] for n in kept}, len(degree))


class _Parts:
    """What the networkx view reads from a graph's triples, by node term (N-Triples form). The fields of
    ``info`` stay terms until a node is drawn: a bounded page decodes only the titles it shows."""

    def __init__(self) -> None:
        self.types: dict[str, str] = {}
        self.labels: dict[str, str] = {}
        self.info: dict[str, dict] = {}
        self.edges: list[tuple[str, str, str]] = []
        self.evidence_nodes: dict[str, dict[str, str]] = {}  # evidence node -> its fields

    def iris(self) -> dict[str, str]:
        """Node term -> IRI, for every typed node (the nodes of the view)."""
        value = ntparse.value
        return {node: value(node) for node in self.types}

    def linked(self, iris: dict[str, str]) -> dict[tuple[str, str, str], None]:
        """Each edge between typed nodes once, as IRIs, in the order of the triples."""
        return dict.fromkeys((iris[s], rel, iris[o]) for s, rel, o in self.edges if s in iris and o in iris)

    def label(self, node: str, iri: str) -> str:
        if self.types[node] == "Paper":
            title = self.info.get(node, {}).get("title")
            label = ntparse.value(title) if title else None
        else:
            label = self.labels.get(node)
        return label or iri.rsplit("/", 1)[-1]

    def fields(self, node: str) -> dict:
        """The node's info fields as values, its title last."""
        value = ntparse.value
        d = {k: [value(t) for t in v] if isinstance(v, list) else value(v) for k, v in self.info.get(node, {}).items()}
        return {k: v for k, v in d.items() if k != "title"} | ({"title": d["title"]} if "title" in d else {})


def _collect(triples: Iterable[Triple]) -> _Parts:
    """One pass over the triples, keeping what the view reads (the rest, most of a graph's triples, is skipped
    on one dict lookup)."""
    parts = _Parts()
    types, labels, info, edges, nodes = parts.types, parts.labels, parts.info, parts.edges, parts.evidence_nodes
    type_iri = f"<{RDF_TYPE}>"
    edge_preds = {f"<{AKG}{e}>": e for e in NX_EDGES}
    node_types = {f"<{AKG}{t}>": t for t in NODE_TYPES}
    fields = {f"<{DCT}title>": "title", f"<{DCT}date>": "date", f"<{AKG}dateText>": "date",
              f"<{AKG}authorCount>": "authors", f"<{DCT}abstract>": "abstract",
              "<https://schema.org/codeRepository>": "code", f"<{AKG}sourceRecord>": "sources",
              f"<{AKG}catalogued>": "catalogued"}
    ev_fields = {f"<{RDF}subject>": "s", f"<{RDF}predicate>": "p", f"<{RDF}object>": "o",
                 f"<{AKG}evidenceText>": "evidence", f"<{AKG}extractionRule>": "rule",
                 f"<{AKG}confidence>": "confidence"}
    # one lookup per triple: the predicates of each kind are disjoint
    what: dict[str, tuple[int, str]] = {type_iri: (_TYPE, ""), f"<{SKOS}prefLabel>": (_LABEL, "")}
    what.update({p: (_EDGE, e) for p, e in edge_preds.items()})
    what.update({p: (_FIELD, k) for p, k in fields.items()})
    what.update({p: (_EVIDENCE, k) for p, k in ev_fields.items()})
    kind_of = what.get
    evidence_node = "<https://w3id.org/affect-kg/evidence/"
    value = ntparse.value
    for s, p, o in triples:
        found = kind_of(p)
        if found is None:
            continue
        kind, key = found
        if kind == _EDGE:
            edges.append((s, key, o))
        elif kind == _FIELD:
            d = info.get(s)
            if d is None:
                d = info[s] = {}
            if key in ("code", "sources"):
                d.setdefault(key, []).append(o)
            else:
                d[key] = o
        elif kind == _TYPE:
            if o in node_types and s not in types:
                types[s] = node_types[o]
        elif kind == _LABEL:
            if s not in labels:
                labels[s] = value(o)
        elif s.startswith(evidence_node):
            nodes.setdefault(s, {})[key] = value(o)
    return parts


def _assemble(parts: _Parts, evidence: dict[tuple[str, str, str], dict[str, str]] | None,
              keep: set[str] | None = None, iris: dict[str, str] | None = None,
              linked: dict[tuple[str, str, str], None] | None = None):
    """The MultiDiGraph of ``parts``: every typed node, or the IRIs in ``keep`` (with the links between
    them; a dataset's tooltip lists still name every paper that links it). ``iris`` and ``linked``: as
    ``parts`` gives them, when the caller has them already."""
    import networkx as nx

    g = nx.MultiDiGraph()
    by_edge = evidence if evidence is not None else \
        {(e["s"], e["p"].rsplit("#", 1)[-1], e["o"]): e for e in parts.evidence_nodes.values() if "s" in e}
    iris = iris if iris is not None else parts.iris()
    for node, kind in parts.types.items():
        iri = iris[node]
        if keep is not None and iri not in keep:
            continue
        g.add_node(iri, type=kind, label=parts.label(node, iri), info=parts.fields(node))
    add_edge = g.add_edge
    linked = linked if linked is not None else parts.linked(iris)  # each edge once, in the order it was added
    for s_iri, rel, o_iri in linked:
        if keep is not None and (s_iri not in keep or o_iri not in keep):
            continue
        attrs = {"relation": rel}
        if ev := by_edge.get((s_iri, rel, o_iri)):
            attrs.update(evidence=ev.get("evidence", ""), rule=ev.get("rule", ""),
                         confidence=float(ev.get("confidence", 0) or 0))
        add_edge(s_iri, o_iri, key=rel, **attrs)
    if keep is None:
        _dataset_info(g, linked)
    else:
        node_of = {iri: node for node, iri in iris.items()}
        _dataset_info(g, linked, lambda iri: parts.label(node_of[iri], iri))
    return g


def _dataset_info(g, edges: Collection[tuple[str, str, str]], label: Callable[[str], str] | None = None) -> None:
    """Tooltip facts for datasets: modalities, emotion models, papers introducing / using them
    (``edges``: every (source, relation, target) once, in the order they were added to the whole graph: the
    facts then come in the order walking each dataset's out-edges, then its in-edges, gives; ``label``:
    the label of any node, when ``g`` holds only some of them)."""
    nodes = g.nodes
    label = label or (lambda n: nodes[n]["label"])
    for lists, at in (({"hasModality": "modalities", "annotatedWith": "emotion_models"}, 0),
                      ({"introducesDataset": "introduced_by", "usesDataset": "used_by"}, 2)):
        for edge in edges:
            key = lists.get(edge[1])
            if key is None:
                continue
            data = nodes.get(edge[at])
            if data is not None and data["type"] == "Dataset":
                data["info"].setdefault(key, []).append(label(edge[2 - at]))
    for _, data in g.nodes(data=True):
        if data["type"] == "Dataset":
            for v in data["info"].values():
                if isinstance(v, list):
                    v.sort()
