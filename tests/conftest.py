"""Shared fixtures: one build of the bundled corpus per test session, written to a temp folder."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import kg

DATA = Path(__file__).parent / "data"

# Query, trace and server tests read a built graph from AFFECT_KG_TEST_GRAPH at import time:
# build the bundled corpus once before they are collected, unless a graph is given.
if "AFFECT_KG_TEST_GRAPH" not in os.environ:
    _dir = Path(tempfile.mkdtemp(prefix="affect-kg-tests-"))
    atexit.register(shutil.rmtree, _dir, ignore_errors=True)
    kg.build().write(_dir, ["ttl"], report=False)
    os.environ["AFFECT_KG_TEST_GRAPH"] = str(_dir / "graph.ttl")


@pytest.fixture(scope="session")
def corpus_graph() -> kg.KnowledgeGraph:
    return kg.build()


@pytest.fixture(scope="session")
def built(tmp_path_factory, corpus_graph) -> Path:
    """exports/ of the bundled corpus (graph.ttl, graph.jsonld, graph.html, build-report.json)."""
    out = tmp_path_factory.mktemp("exports")
    corpus_graph.write(out, ["ttl", "jsonld", "html", "nt"])
    return out
