"""affect-kg: a knowledge graph of the affective-computing literature.

>>> import kg
>>> g = kg.build()                 # the bundled corpus           # doctest: +SKIP
>>> g.query("papers-using-dataset", dataset="IEMOCAP")           # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"  # before the imports below: kg.splice keys its cache on it

from .errors import KGError
from .knowledge import KnowledgeGraph
from .pipeline import build, corpus_paths

__all__ = ["KGError", "KnowledgeGraph", "build", "corpus_paths", "load"]


def load(path: str = "exports/graph.ttl") -> KnowledgeGraph:
    """Open a graph that ``kg build`` wrote."""
    return KnowledgeGraph.load(path)
