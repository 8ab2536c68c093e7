"""Shared fixtures: one build of the bundled corpus per test session, written to a temp folder."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def corpus_graph() -> kg.KnowledgeGraph:
    return kg.build()


@pytest.fixture(scope="session")
def built(tmp_path_factory, corpus_graph) -> Path:
    """exports/ of the bundled corpus (graph.ttl, graph.jsonld, graph.html, build-report.json)."""
    out = tmp_path_factory.mktemp("exports")
    corpus_graph.write(out, ["ttl", "jsonld", "html", "nt"])
    return out
