"""The statistics the graph carries (kg.summary) agree with counting over its raw edges."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import vocab as V
from kg.graph import link_counts, tally_counts
from kg.query import OxigraphEngine, literal, lookup_query, named_queries, run
from kg.summary import Tallies, summary_triples, tally_triples

DATA = Path(__file__).parent / "data"
AKG = "https://w3id.org/affect-kg/ontology#"

# (statistic class, SPARQL counting the same thing over the edges, grouped by the same keys)
EDGE_COUNTS = {
    "PapersPerDataset": ("?ds", "{ ?p akg:usesDataset|akg:introducesDataset ?ds }"),
    "PapersPerDatasetPair": ("?ds ?other", "{ ?p akg:usesDataset ?ds , ?other FILTER(STR(?ds) < STR(?other)) }"),
    "PapersPerTask": ("?t", "{ ?p akg:addressesTask ?t }"),
    "PapersPerTaskAndDataset": ("?t ?ds", "{ ?p akg:addressesTask ?t ; akg:usesDataset ?ds }"),
    "PapersPerTaskAndModality": ("?t ?m", "{ ?p akg:addressesTask ?t ; akg:usesModality ?m }"),
    "PapersPerTaskAndEmotionModel": ("?t ?em", "{ ?p akg:addressesTask ?t ; akg:usesEmotionModel ?em }"),
}
STAT_KEYS = {"?ds": "akg:forDataset", "?other": "akg:withDataset", "?t": "akg:forTask", "?m": "akg:forModality",
             "?em": "akg:forEmotionModel"}
PREFIX = "PREFIX akg: <https://w3id.org/affect-kg/ontology#>\nPREFIX void: <http://rdfs.org/ns/void#>\n" \
         "PREFIX dct: <http://purl.org/dc/terms/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n" \
         "PREFIX schema: <https://schema.org/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"


@pytest.fixture(scope="module")
def engine(corpus_graph):
    nt = "".join(f"{s} {p} {o} .\n" for s, p, o in corpus_graph.triples())
    return OxigraphEngine.from_bytes(nt, "nt")


def _rows(engine, sparql):
    return sorted(tuple(str(t.value) if t else "" for t in row) for row in engine.select(PREFIX + sparql)[1])


@pytest.mark.parametrize("kind", sorted(EDGE_COUNTS))
def test_stored_counts_equal_counts_over_the_edges(engine, kind):
    keys, pattern = EDGE_COUNTS[kind]
    counted = _rows(engine, f"SELECT {keys} (COUNT(DISTINCT ?p) AS ?n) WHERE {pattern} GROUP BY {keys}")
    stat = " ; ".join(f"{STAT_KEYS[k]} {k}" for k in keys.split())
    stored = _rows(engine, f"SELECT {keys} ?n WHERE {{ ?s a akg:{kind} ; {stat} ; void:entities ?n }}")
    assert stored == counted and stored


def test_co_used_datasets_reads_the_same_counts_as_the_edges_give(engine):
    """The named query reads the pair statistics; counting the usesDataset edges gives the same rows."""
    pairs = _rows(engine, "SELECT ?label WHERE { ?s a akg:PapersPerDatasetPair ; akg:forDataset|akg:withDataset ?ds . "
                          "?ds skos:prefLabel ?label }")
    labels = sorted({label for (label,) in pairs})
    assert len(labels) >= 5  # the bundled corpus has datasets used together
    for label in labels:
        counted = _rows(engine, f"""SELECT ?name (COUNT(DISTINCT ?p) AS ?n) WHERE {{
            ?ds skos:prefLabel "{label}" .
            ?p akg:usesDataset ?ds , ?other FILTER(?other != ?ds)
            ?other skos:prefLabel ?o BIND(STR(?o) AS ?name) }} GROUP BY ?name""")
        read = sorted((name, str(n)) for name, n in run(engine, "co-used-datasets", {"dataset": label}).rows)
        assert read == counted and read


def test_uses_dataset_count_equals_stored_count(engine):
    """The example from the issue: counting akg:usesDataset edges of one task gives the stored number."""
    counted = _rows(engine, "SELECT ?t (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p akg:addressesTask ?t ; akg:usesDataset ?d } GROUP BY ?t")
    for t, n in counted:
        stored = _rows(engine, f"SELECT (SUM(?k) AS ?n) WHERE {{ ?s a akg:PapersPerTask ; akg:forTask <{t}> ; akg:papersWithDataset ?k }}")
        assert int(stored[0][0]) >= int(n)  # with dataset = uses or introduces, so never fewer


def test_papers_per_year_equals_counting_papers(engine):
    counted = _rows(engine, """SELECT ?year (COUNT(DISTINCT ?paper) AS ?n) (COUNT(DISTINCT ?c) AS ?k) WHERE {
        ?paper a akg:Paper . OPTIONAL { ?paper dct:date ?d } OPTIONAL { ?paper dct:issued ?i }
        OPTIONAL { ?paper schema:codeRepository ?code . BIND(?paper AS ?c) }
        BIND(COALESCE(YEAR(?d), xsd:integer(STR(?i))) AS ?year) } GROUP BY ?year""")
    stored = _rows(engine, "SELECT ?year ?n ?k WHERE { ?s a akg:PapersPerYear ; void:entities ?n ; akg:papersWithCode ?k "
                           "OPTIONAL { ?s akg:forYear ?year } }")
    assert stored == counted
    total = _rows(engine, "SELECT (COUNT(*) AS ?n) WHERE { ?p a akg:Paper }")[0][0]
    assert sum(int(n) for _, n, _ in stored) == int(total)


def test_summary_is_deterministic(corpus_graph):
    vocab = V.load()
    once = list(summary_triples(corpus_graph.papers, corpus_graph.extractions, vocab))
    again = list(summary_triples(list(reversed(corpus_graph.papers)), list(reversed(corpus_graph.extractions)), vocab))
    assert once == again and once == sorted(once, key=lambda t: t[0])


def test_tallies_of_two_sets_of_papers_add_up(corpus_graph):
    """An incremental build adds the new papers' tallies to the previous build's: the statistics
    must be the ones counting every paper gives."""
    vocab = V.load()
    papers, extractions = corpus_graph.papers, corpus_graph.extractions
    half = len(papers) // 2
    first, second = Tallies.of(papers[:half], extractions[:half]), Tallies.of(papers[half:], extractions[half:])
    whole = Tallies.of(papers, extractions)
    assert first.plus(second) == whole and second.plus(first) == whole
    assert first != whole and first.plus(Tallies()) == first  # the halves differ; an empty addition changes nothing
    assert list(tally_triples(first.plus(second), vocab)) == list(summary_triples(papers, extractions, vocab))
    assert Tallies.of(papers[:half], extractions[:half]) == first  # plus left its operands as they were
    # the build's figures, counted from the tallies of an incremental build, are the extractions' own
    assert tally_counts(first.plus(second)) == link_counts(extractions) == corpus_graph.stats.counts
    assert tally_counts(first) == link_counts(extractions[:half]) != tally_counts(whole)


def test_mini_graph_statistics_are_regenerated():
    """tests/data/mini_graph.ttl's statistics section is what kg.summary gives for its papers."""
    import kg

    env = {**os.environ, "PYTHONPATH": str(Path(kg.__file__).resolve().parent.parent)}  # kg as the tests see it
    done = subprocess.run([sys.executable, str(DATA / "mini_summary.py"), "--check"], check=False,
                          capture_output=True, env=env)
    assert done.returncode == 0, "run python tests/data/mini_summary.py after editing mini_graph.ttl"


def test_lookup_binds_the_node_not_the_text(engine):
    # a label naming no dataset gives no rows (NO_MATCH), quickly and without error
    assert run(engine, "papers-using-dataset", {"dataset": 'nope> } #'}).rows == []
    lookup = lookup_query("dataset")
    assert lookup.params == ("dataset",)
    _, rows = engine.select(lookup.text, {"dataset": literal("iemocap")})
    assert [r[1].value for r in rows] == ["https://w3id.org/affect-kg/dataset/iemocap"]
    assert all(q.lookups == () or "?" in q.text for q in named_queries().values())
