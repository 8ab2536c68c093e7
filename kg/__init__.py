"""affect-kg: a knowledge graph of the affective-computing literature.

>>> import kg
>>> g = kg.build()                 # the bundled corpus           # doctest: +SKIP
>>> g.query("papers-using-dataset", dataset="IEMOCAP")           # doctest: +SKIP
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["KGError", "KnowledgeGraph", "build", "corpus_paths", "load"]

if TYPE_CHECKING:
    from .errors import KGError
    from .knowledge import KnowledgeGraph
    from .pipeline import build, corpus_paths

# The public names are imported on first use, so `kg --help` and other light commands do not
# pay for the extractor, the writers and their compiled patterns.
_LAZY = {"KGError": "errors", "KnowledgeGraph": "knowledge", "build": "pipeline", "corpus_paths": "pipeline"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load(path: str = "exports/graph.ttl") -> KnowledgeGraph:
    """Open a graph that ``kg build`` wrote."""
    from .knowledge import KnowledgeGraph

    return KnowledgeGraph.load(path)
