"""Tracing datasets and papers, and the forgiving name lookup."""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest

from kg.errors import NotFound, QueryError
from kg.query import load_store
from kg.trace import (
    DatasetTrace, PaperTrace, find_dataset, find_paper, format_trace, normalise, trace_dataset, trace_paper,
)

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini_graph.ttl"
BUILT = Path(os.environ.get("AFFECT_KG_TEST_GRAPH", Path(__file__).parent.parent / "exports" / "graph.ttl"))
DS = "https://w3id.org/affect-kg/dataset/"
PAPER = "https://w3id.org/affect-kg/paper/"


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def mini(request):
    return load_store(MINI, request.param)


@pytest.mark.parametrize("text, key", [("The MELD dataset", "meld"), ("CMU-MOSEI", "cmu mosei"),
                                       ("IEMOCAP corpus.", "iemocap"), ("The Benchmark", "the benchmark")])
def test_normalise(text, key):
    assert normalise(text) == key


@pytest.mark.parametrize("name, slug", [
    ("iemocap", "iemocap"), ("IEMOCAP dataset", "iemocap"), ("the IEMOCAP corpus", "iemocap"),
    ("MELD dataset", "meld"), ("multimodal emotionlines", "meld"), ("cmu mosei", "cmu-mosei"),
    ("CMU-MOSEI benchmark", "cmu-mosei"), ("ds:meld", "meld"), (DS + "affectnet", "affectnet"),
    ("emospeech x", "emospeech-x"),
])
def test_dataset_lookup_resolves(mini, name, slug):
    assert find_dataset(mini, name) == DS + slug


@pytest.mark.parametrize("name, suggestion", [("IEMOCAPP", "IEMOCAP"), ("MELDD", "MELD"), ("mosei", "CMU-MOSEI"),
                                              ("Affectnett dataset", "AffectNet")])
def test_dataset_miss_suggests(mini, name, suggestion):
    with pytest.raises(NotFound, match=f"did you mean: .*{suggestion}") as err:
        find_dataset(mini, name)
    assert err.value.exit_code == 1 and "\n" not in str(err.value)


def test_dataset_miss_without_neighbours(mini):
    with pytest.raises(NotFound) as err:
        find_dataset(mini, "xyzzy")
    assert str(err.value) == "no dataset 'xyzzy' in the graph"


def test_trace_iemocap(mini):
    t = trace_dataset(mini, "IEMOCAP dataset")
    assert (t.iri, t.label, t.catalogued, t.year_introduced) == (DS + "iemocap", "IEMOCAP", True, "2008")
    assert t.introduced_by == ()
    assert [(r.date, r.iri) for r in t.used_by] == [
        ("2024-09-16", PAPER + "multimodal-erc-a1b2c3d4e5"),
        ("Mar 14", PAPER + "benchmark-ser-9a8b7c6d5e"),  # no year: last
    ]
    assert t.used_by[1].evidence == "We benchmark SER models on EmoSpeech-X and IEMOCAP using valence and arousal."
    assert t.used_by[1].confidence == 0.9 and t.used_by[1].rule == "gazetteer+use-context"
    assert t.tasks == (("emotion recognition in conversation", 1), ("multimodal emotion recognition", 1),
                       ("speech emotion recognition", 1))
    assert t.paper_modalities == (("speech", 2), ("text", 1), ("video", 1))
    assert t.co_used == (("EmoSpeech-X", 1), ("MELD", 1))
    assert t.modalities == ("speech", "text", "video")


def test_a_limit_keeps_the_first_users_with_their_evidence_and_counts_the_rest(mini):
    full = trace_dataset(mini, "iemocap")
    kept = trace_dataset(mini, "iemocap", limit=1)
    assert kept.used_by == full.used_by[:1] and kept.more_users == len(full.used_by) - 1 == 1
    assert kept.used_by[0].evidence  # read for the kept paper
    assert dataclasses.replace(kept, used_by=full.used_by, more_users=0) == full
    text = format_trace(kept, limit=1)
    assert "Used by 2 papers (the first 1 by date):\n" in text
    assert "  ... and 1 more (--all lists every one)\n" in text  # the user left out
    assert "Used together with:\n  EmoSpeech-X  1\n  ... and 1 more" in text  # counts shown up to the limit too
    assert trace_dataset(mini, "iemocap", limit=5) == full and "more" not in format_trace(full)
    with pytest.raises(QueryError, match="positive"):
        trace_dataset(mini, "iemocap", limit=0)


def test_trace_introduced_dataset(mini):
    t = trace_dataset(mini, "EmoSpeech-X")
    assert t.catalogued is False and t.year_introduced is None
    assert [(r.title[:11], r.role, r.date) for r in t.introduced_by] == [("EmoSpeech-X", "introduces", "2023-05-02")]
    assert [r.iri for r in t.used_by] == [PAPER + "benchmark-ser-9a8b7c6d5e"]


def test_trace_unused_dataset(mini):
    t = trace_dataset(mini, "cmu-mosei")
    assert (t.used_by, t.tasks, t.co_used) == ((), (), ())
    assert "Used by 0 papers" in format_trace(t)


def test_trace_paper(mini):
    t = trace_paper(mini, "benchmarking speech emotion recognition")
    assert t.iri == PAPER + "benchmark-ser-9a8b7c6d5e" and t.date == "Mar 14"
    assert [(d.label, d.role, d.confidence) for d in t.datasets] == [("EmoSpeech-X", "uses", 0.75), ("IEMOCAP", "uses", 0.9)]
    assert [(r.iri, r.role) for r in t.datasets[0].other_papers] == [(PAPER + "emospeech-0f1e2d3c4b", "introduces")]
    assert [r.date for r in t.datasets[1].other_papers] == ["2024-09-16"]
    assert (t.tasks, t.modalities, t.emotion_models) == (("speech emotion recognition",), ("speech",),
                                                         ("valence-arousal-dominance",))


def test_trace_paper_by_iri_and_code(mini):
    t = trace_paper(mini, PAPER + "meld-erc-1122334455")
    assert t.date == "2022" and t.code == ("https://github.com/example/meld-context",)
    introducer = trace_paper(mini, "EmoSpeech-X: A New Corpus of Acted Emotional Speech")
    assert [(d.label, d.role) for d in introducer.datasets] == [("EmoSpeech-X", "introduces")]


def test_paper_lookup_misses(mini):
    with pytest.raises(NotFound, match=r"matches 6 papers; did you mean: .*\(and 1 more\)\?"):
        find_paper(mini, "emotion")
    with pytest.raises(NotFound, match="did you mean: Emotional Prompting Improves Large Language Models"):
        find_paper(mini, "Emotional Prompting Improvs Large Languag Models")
    with pytest.raises(NotFound, match="^no paper 'cats and dogs' in the graph$"):
        find_paper(mini, "cats and dogs")


class Recording:
    """An engine that remembers the queries it was given."""

    def __init__(self, engine):
        self.engine, self.seen = engine, []

    def select(self, sparql, bindings=None):
        self.seen.append(sparql)
        return self.engine.select(sparql, bindings)


def test_whole_title_or_iri_is_found_without_listing_titles(tmp_path):
    import json

    import kg
    from kg.ids import paper_iri
    from kg.query import StoreEngine

    titles = ["Benchmarking Speech Emotion Recognition on IEMOCAP", "Benchmarking Speech Emotion Recognition on MELD"]
    source = tmp_path / "two.jsonl"
    source.write_text("".join(json.dumps({"title": t, "abstract": "We use IEMOCAP."}) + "\n" for t in titles))
    engine = Recording(StoreEngine(kg.build([source]).store()))
    # a whole title in another case and spacing, or the IRI: one lookup of that node, no listing of titles
    for given in ("  benchmarking speech emotion recognition on MELD ", paper_iri(titles[1])):
        engine.seen.clear()
        assert find_paper(engine, given) == paper_iri(titles[1])
        assert len(engine.seen) == 1 and "?paper" not in engine.seen[0]
    engine.seen.clear()
    assert find_paper(engine, "on IEMOCAP") == paper_iri(titles[0])  # a part of a title: the listing
    assert len(engine.seen) == 2
    with pytest.raises(NotFound, match="matches 2 papers"):
        find_paper(engine, "Benchmarking Speech")
    with pytest.raises(NotFound, match="^no paper"):
        find_paper(engine, "https://w3id.org/affect-kg/paper/> } SELECT * {")  # not an IRI a query can hold


def test_format_dataset_trace(mini):
    text = format_trace(trace_dataset(mini, "emospeech-x"))
    assert text.startswith("EmoSpeech-X  <https://w3id.org/affect-kg/dataset/emospeech-x>\n")
    assert "discovered in papers (not in the catalogue)" in text
    assert "Introduced by:\n  1. 2023-05-02  EmoSpeech-X: A New Corpus of Acted Emotional Speech\n" in text
    assert "\u201cWe introduce EmoSpeech-X," in text and "circumplex.\u201d" in text
    assert "Mar 14 (year unknown)" in text
    assert all(len(line) <= 88 for line in text.splitlines() if "<http" not in line)


def test_format_paper_trace(mini):
    text = format_trace(trace_paper(mini, "Benchmarking Speech"))
    assert "uses EmoSpeech-X  [gazetteer+use-context, confidence 0.75]" in text
    assert "(introduced it)" in text and "also linked from 1 other paper:" in text


def test_engines_give_the_same_traces():
    ox, rl = load_store(MINI), load_store(MINI, "rdflib")
    for name in ("iemocap", "meld", "emospeech-x", "goemotions"):
        assert trace_dataset(ox, name) == trace_dataset(rl, name)
    for title in ("Benchmarking", "Mapping Social Media", "Emotional Prompting"):
        assert trace_paper(ox, title) == trace_paper(rl, title)


@pytest.mark.skipif(not BUILT.is_file(), reason="no built graph")
def test_built_graph_traces():
    engine = load_store(BUILT)
    t = trace_dataset(engine, "iemocap")
    assert isinstance(t, DatasetTrace) and t.label
    assert all(r.role == "uses" for r in t.used_by)
    if t.used_by:
        assert isinstance(trace_paper(engine, t.used_by[0].iri), PaperTrace)
    assert format_trace(t)
