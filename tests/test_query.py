"""Named queries, both engines, safe parameters and the output formats."""
from __future__ import annotations

import csv
import io
import json
import os
import re
from pathlib import Path

import pyoxigraph
import pytest

from kg.errors import GraphFileError, QueryError
from kg.query import (
    FORMATTERS, Term, format_csv, format_json, format_result, format_table, format_tsv, format_turtle, iri,
    literal, load_store, named_queries, resolve, run, to_ntriples, to_python,
)

DATA = Path(__file__).parent / "data"
MINI = DATA / "mini_graph.ttl"
BUILT = Path(os.environ.get("AFFECT_KG_TEST_GRAPH", Path(__file__).parent.parent / "exports" / "graph.ttl"))
XSD = "http://www.w3.org/2001/XMLSchema#"
# values for required parameters; the built graph is expected to know IEMOCAP too
SAMPLE_PARAMS = {"dataset": "IEMOCAP", "paper": "emotion", "task": "speech emotion recognition"}
GRAPHS = [pytest.param(MINI, id="mini"),
          pytest.param(BUILT, id="built", marks=pytest.mark.skipif(not BUILT.is_file(), reason="no built graph"))]


@pytest.fixture(scope="module")
def engines():
    """Both engines over every graph, loaded once per module."""
    cache: dict = {}

    def get(path: Path, name: str):
        if (path, name) not in cache:
            cache[(path, name)] = load_store(path, name)
        return cache[(path, name)]

    return get


@pytest.fixture(scope="module", params=["oxigraph", "rdflib"])
def mini(request, engines):
    return engines(MINI, request.param)


def sample_params(name: str) -> dict[str, str]:
    return {p.name: SAMPLE_PARAMS[p.name] for p in named_queries()[name].specs if p.default is None}


# ------------------------------------------------------------------ registry


def test_registry_has_the_researcher_queries():
    names = set(named_queries())
    assert len(names) >= 14
    assert {"papers-using-dataset", "datasets-introduced-per-year", "top-datasets-per-task",
            "modalities-per-task", "tasks-per-modality", "emotion-models-by-task", "co-used-datasets",
            "reused-datasets", "dimensional-datasets", "papers-with-code", "emotion-models-over-time",
            "tasks-without-datasets", "papers-by-crosswalk", "evidence-for-paper",
            "discovered-datasets"} <= names


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_query_header_and_order(name):
    query = named_queries()[name]
    assert query.text.startswith("# ") and query.description
    assert "ORDER BY" in query.text, "results must come in a deterministic order"
    assert query.params == tuple(p.name for p in query.specs)
    for param in query.specs:
        assert param.kind in ("literal", "iri", "integer") and param.description
        # substitution only binds projected variables (see kg.query.check_projection)
        assert f"?{param.name}" in query.text.split("WHERE")[0]


def test_params_declared_in_header():
    params = {p.name: p for p in named_queries()["papers-using-dataset"].specs}
    assert params["dataset"].kind == "literal" and "case-insensitively" in params["dataset"].description
    assert named_queries()["papers-by-crosswalk"].specs[0].default == "joy"


# ------------------------------------------------------------------ both engines agree


@pytest.mark.parametrize("graph", GRAPHS)
@pytest.mark.parametrize("name", sorted(named_queries()))
def test_engines_return_identical_rows(engines, graph, name):
    ox = run(engines(graph, "oxigraph"), name, sample_params(name))
    rl = run(engines(graph, "rdflib"), name, sample_params(name))
    assert ox.variables == rl.variables
    assert ox.rows == rl.rows
    if graph == MINI:
        assert ox.rows, "the mini graph is written so that every query has an answer"


# ------------------------------------------------------------------ known answers


def test_papers_using_iemocap(mini):
    rows = run(mini, "papers-using-dataset", {"dataset": "IEMOCAP"}).dicts()
    assert [(r["datasetLabel"], r["date"], r["title"][:30]) for r in rows] == [
        ("IEMOCAP", "2024-09-16", "Multimodal Emotion Recognition"),
        ("IEMOCAP", "Mar 14", "Benchmarking Speech Emotion Re"),  # no year: last
    ]
    assert rows[0]["evidence"] == "We evaluate cross-modal attention on IEMOCAP and MELD."


@pytest.mark.parametrize("name", ["iemocap", "IeMoCaP", "Interactive Emotional Dyadic Motion Capture"])
def test_dataset_parameter_is_case_insensitive_and_knows_alt_labels(mini, name):
    assert len(run(mini, "papers-using-dataset", {"dataset": name}).rows) == 2


def test_crosswalk_joy_is_the_default(mini):
    rows = {(r["title"][:25], r["model"], r["modelCategory"], r["relation"])
            for r in run(mini, "papers-by-crosswalk").dicts()}
    assert rows == {
        ("Context Modelling for Emo", "Ekman basic emotions", "happiness", "closeMatch"),
        ("Facial Expression Recogni", "Ekman basic emotions", "happiness", "closeMatch"),
        ("Fine-Grained Text Emotion", "GoEmotions taxonomy", "amusement", "broadMatch"),
        ("Fine-Grained Text Emotion", "GoEmotions taxonomy", "joy", "exactMatch"),
        ("Mapping Social Media Affe", "Plutchik wheel of emotions", "joy", "same"),
        ("Multimodal Emotion Recogn", "Ekman basic emotions", "happiness", "closeMatch"),
    }


def test_crosswalk_follows_both_directions(mini):
    rows = {(r["modelCategory"], r["relation"]) for r in run(mini, "papers-by-crosswalk", {"category": "ANGER"}).dicts()}
    # ekman-anger exactMatch plutchik-anger (forward); goemotions-annoyance broadMatch plutchik-anger
    assert rows == {("anger", "exactMatch"), ("annoyance", "broadMatch"), ("anger", "same")}


def test_dimensional_datasets(mini):
    assert run(mini, "dimensional-datasets").rows == [
        ("AffectNet", "valence-arousal-dominance", "is VAD"),
        ("EmoSpeech-X", "circumplex model of affect", "specialises VAD"),
        ("IEMOCAP", "valence-arousal-dominance", "is VAD"),
    ]


def test_reused_and_discovered_datasets(mini):
    reused = run(mini, "reused-datasets").dicts()
    assert [(r["dataset"], r["introducedDate"], r["reusedDate"]) for r in reused] == [("EmoSpeech-X", "2023-05-02", "Mar 14")]
    assert run(mini, "discovered-datasets").rows == [("EmoSpeech-X", 2, "https://w3id.org/affect-kg/dataset/emospeech-x")]


def test_counts_and_years(mini):
    assert run(mini, "tasks-without-datasets").rows == [("emotional prompting", 1)]
    assert run(mini, "co-used-datasets", {"dataset": "meld"}).rows == [("IEMOCAP", 1)]
    # counted from the graph's statistics, which (like a build) count only datasets some paper links:
    # the unused ds:cmu-mosei (2018) is not among them
    assert run(mini, "datasets-introduced-per-year").rows == [
        (2008, 1), (2017, 1), (2019, 1), (2020, 1), (2023, 1)]
    # year from dct:issued counts; papers without a year fall in the last row
    assert run(mini, "papers-per-year").rows[-2:] == [(2024, 2, 1), (None, 2, 0)]
    assert ("Ekman basic emotions", 2022, 1) in run(mini, "emotion-models-over-time").rows
    assert [r["date"] for r in run(mini, "papers-with-code").dicts()] == ["2024-09-16", "2022"]


def test_papers_by_task_includes_narrower_tasks(mini):
    assert len(run(mini, "papers-by-task", {"task": "SER"}).rows) == 2
    assert len(run(mini, "papers-by-task", {"task": "emotion recognition"}).rows) == 6


def test_evidence_for_paper(mini):
    rows = run(mini, "evidence-for-paper", {"paper": "EMOSPEECH-X: a new"}).dicts()
    assert rows == [{"title": "EmoSpeech-X: A New Corpus of Acted Emotional Speech", "relation": "introducesDataset",
                     "target": "EmoSpeech-X", "rule": "introduce-pattern", "confidence": 0.8,
                     "evidence": "We introduce EmoSpeech-X, a corpus of acted emotional speech annotated on the circumplex.",
                     "spanStart": 65, "spanEnd": 76}]


# ------------------------------------------------------------------ parameters are data, not syntax

INJECTIONS = ['IEMOCAP" } ; DROP ALL ; #', 'x" || true || "', "x' || true || '", 'IEMOCAP\\', "IEMOCAP\n} #",
              'IEMOCAP")) } UNION { ?ds ?p ?o } #']


@pytest.mark.parametrize("payload", INJECTIONS)
@pytest.mark.parametrize("query", ["papers-using-dataset", "co-used-datasets"])
def test_injection_cannot_change_results(mini, payload, query):
    before = len(mini)
    assert run(mini, query, {"dataset": payload}).rows == []
    assert len(mini) == before
    assert run(mini, query, {"dataset": "IEMOCAP"}).rows, "the store still answers normally"


@pytest.mark.parametrize("payload", INJECTIONS)
def test_injection_into_title_substring(mini, payload):
    assert run(mini, "evidence-for-paper", {"paper": payload}).rows == []


def test_updates_are_refused(mini):
    before = len(mini)
    with pytest.raises(QueryError):
        run(mini, "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }")
    with pytest.raises(QueryError):
        run(mini, "DROP ALL")
    assert len(mini) == before


@pytest.mark.parametrize("bad", ["http://x> } ; DROP ALL ; <http://y", "http://e/a b", "not an iri", 'http://e/"'])
def test_iri_values_are_checked(bad):
    with pytest.raises(QueryError):
        iri(bad)


def test_ntriples_escaping():
    assert to_ntriples(literal('a "q" \\ \n\r\t')) == '"a \\"q\\" \\\\ \\n\\r\\u0009"'
    assert to_ntriples(literal("joy", lang="en")) == '"joy"@en'
    assert to_ntriples(literal(5)) == f'"5"^^<{XSD}integer>'
    assert to_ntriples(iri("https://w3id.org/affect-kg/dataset/meld")) == "<https://w3id.org/affect-kg/dataset/meld>"


# ------------------------------------------------------------------ errors


def test_unknown_query_suggests_names(mini):
    with pytest.raises(QueryError, match="did you mean: papers-using-dataset"):
        run(mini, "papers-using-datset")
    with pytest.raises(QueryError, match="named queries:"):
        run(mini, "zzz")


def test_missing_and_unknown_params(mini):
    with pytest.raises(QueryError, match="needs parameter 'dataset'"):
        run(mini, "papers-using-dataset")
    with pytest.raises(QueryError, match="has no parameter 'year'; its parameters: dataset"):
        run(mini, "papers-using-dataset", {"dataset": "MELD", "year": "2020"})
    with pytest.raises(QueryError, match="takes no parameters"):
        run(mini, "papers-with-code", {"dataset": "MELD"})


def test_bad_sparql_gives_one_line(mini):
    with pytest.raises(QueryError) as err:
        run(mini, "SELECT ?x WHERE { ?x ?y }")
    assert "\n" not in str(err.value) and err.value.exit_code == 11


def test_bad_graph_file(tmp_path):
    with pytest.raises(GraphFileError, match="no such file"):
        load_store(tmp_path / "missing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle")
    for engine in ("oxigraph", "rdflib"):
        with pytest.raises(GraphFileError, match="cannot load"):
            load_store(broken, engine)


def test_inline_text_and_rq_file(mini, tmp_path):
    rq = tmp_path / "mine.rq"
    rq.write_text("# My own query.\n# param: name (literal, a dataset label)\n"
                  "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                  "SELECT ?name ?ds WHERE { ?ds skos:prefLabel ?l FILTER(STR(?l) = ?name) } ORDER BY ?ds")
    assert resolve(str(rq)).description == "My own query."
    assert run(mini, str(rq), {"name": "MELD"}).rows == [("https://w3id.org/affect-kg/dataset/meld",)]
    with pytest.raises(QueryError, match="no such query file"):
        run(mini, str(tmp_path / "absent.rq"))
    with pytest.raises(QueryError, match="projects them"):
        run(mini, "# param: x (literal, x)\nASK { ?s ?p ?x }", {"x": "a"})


# ------------------------------------------------------------------ constants written in


def test_inline_node_gives_the_rows_of_the_bound_query(mini):
    from kg.query import inline_node

    text = ("PREFIX akg: <https://w3id.org/affect-kg/ontology#> "
            "SELECT ?paper ?ds WHERE { ?paper akg:usesDataset ?ds } ORDER BY ?paper")
    node = iri("https://w3id.org/affect-kg/dataset/iemocap")
    bound = mini.select(text, {"ds": node})[1]
    written = inline_node(text.replace("SELECT ?paper ?ds", "SELECT ?paper"), "ds", node)
    assert "<https://w3id.org/affect-kg/dataset/iemocap>" in written and "?ds" not in written
    assert mini.select(written, {})[1] == [row[:1] for row in bound] and len(bound) >= 2
    assert inline_node("SELECT ?x ?xy WHERE { ?x ?p ?xy }", "x", literal("a \"b\"")) == \
        'SELECT "a \\"b\\"" ?xy WHERE { "a \\"b\\"" ?p ?xy }'
    with pytest.raises(QueryError):
        inline_node(text, "ds", iri("https://example.org/a> } SELECT * {"))
    with pytest.raises(QueryError, match="blank node"):
        inline_node(text, "ds", Term("bnode", "b0"))


# ------------------------------------------------------------------ limit


@pytest.mark.parametrize("name", ["papers-with-code", "co-used-datasets", "evidence-for-paper"])
def test_limit_keeps_the_first_rows_and_counts_all(mini, name):
    params = sample_params(name)
    full = run(mini, name, params)
    assert len(full.rows) >= 2, "the mini graph should give this query a few rows"
    cut = run(mini, name, params, limit=1)
    assert cut.variables == full.variables
    assert cut.terms == full.terms[:1]
    assert cut.total == len(full.rows)
    assert format_table(cut).endswith(f"(1 of {len(full.rows)} rows)")
    whole = run(mini, name, params, limit=len(full.rows))  # nothing left out: no total
    assert (whole.terms, whole.total) == (full.terms, None)
    assert format_table(whole).endswith(f"({len(full.rows)} rows)")


def test_limit_applies_to_constructed_triples(mini):
    text = "CONSTRUCT { ?s a ?t } WHERE { ?s a ?t }"
    full = run(mini, text)
    cut = run(mini, text, limit=1)
    assert len(cut.terms) == 1 and cut.total == len(full.terms) > 1


@pytest.mark.parametrize("limit", [0, -3])
def test_limit_must_be_positive(mini, limit):
    with pytest.raises(QueryError, match="limit must be a positive number"):
        run(mini, "papers-with-code", limit=limit)


# ------------------------------------------------------------------ formatters


def test_table_is_aligned_and_truncated(mini):
    result = run(mini, "papers-using-dataset", {"dataset": "IEMOCAP"})
    lines = format_table(result, width=20).splitlines()
    assert lines[0].split() == result.variables
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert lines[-1] == "(2 rows)"
    assert "Multimodal Emotion…" in lines[2] and "paper:multimodal-er…" in lines[2]
    assert max(len(cell) for cell in re.split(r" {2,}", lines[2])) <= 20
    # every column starts where its dashes start, in every row
    starts = [i for i, c in enumerate(lines[1]) if c == "-" and (i == 0 or lines[1][i - 1] == " ")]
    for line in [lines[0]] + lines[2:4]:
        assert all(line[i - 2:i] == "  " and line[i] != " " for i in starts[1:])


def test_table_right_aligns_numbers(mini):
    lines = format_table(run(mini, "co-used-datasets", {"dataset": "IEMOCAP"})).splitlines()
    assert lines[0] == "coUsedDataset  papers" and lines[2] == "EmoSpeech-X         1"


def test_csv_and_tsv(mini):
    result = run(mini, "papers-per-year")
    rows = list(csv.reader(io.StringIO(format_csv(result))))
    assert rows[0] == ["year", "papers", "withCodeLink"] and rows[-1] == ["", "2", "0"]
    assert format_csv(result).endswith("\r\n")
    tricky = run(mini, r'SELECT ?x ?y WHERE { BIND("a\tb\nc" AS ?x) BIND("d,e\"f" AS ?y) }')
    assert format_tsv(tricky) == "x\ty\na\\tb\\nc\td,e\"f\n"
    assert list(csv.reader(io.StringIO(format_csv(tricky))))[1] == ["a\tb\nc", 'd,e"f']


def check_sparql_json(text: str) -> dict:
    """Validate the SPARQL 1.1 Query Results JSON structure (W3C REC, section 3)."""
    doc = json.loads(text)
    assert set(doc) in ({"head", "results"}, {"head", "boolean"})
    if "boolean" in doc:
        assert isinstance(doc["boolean"], bool)
        return doc
    assert isinstance(doc["head"]["vars"], list) and all(isinstance(v, str) for v in doc["head"]["vars"])
    for binding in doc["results"]["bindings"]:
        assert set(binding) <= set(doc["head"]["vars"])
        for term in binding.values():
            assert term["type"] in ("uri", "literal", "bnode") and isinstance(term["value"], str)
            assert set(term) <= {"type", "value", "datatype", "xml:lang"}
            assert not ("datatype" in term and "xml:lang" in term)
            if term["type"] != "literal":
                assert set(term) == {"type", "value"}
    # and an independent parser accepts it
    list(pyoxigraph.parse_query_results(text.encode(), format=pyoxigraph.QueryResultsFormat.JSON))
    return doc


def test_json_results(mini):
    doc = check_sparql_json(format_json(run(mini, "evidence-for-paper", {"paper": "EmoSpeech-X: A New"})))
    assert doc["head"]["vars"][:3] == ["title", "relation", "target"]
    row = doc["results"]["bindings"][0]
    assert row["confidence"] == {"type": "literal", "value": "0.8", "datatype": XSD + "decimal"}
    assert row["title"] == {"type": "literal", "value": "EmoSpeech-X: A New Corpus of Acted Emotional Speech"}
    labels = run(mini, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                       "SELECT ?t ?l WHERE { ?t skos:prefLabel ?l FILTER(?t = <https://w3id.org/affect-kg/task/emotional-prompting>) }")
    row = check_sparql_json(format_json(labels))["results"]["bindings"][0]
    assert row == {"t": {"type": "uri", "value": "https://w3id.org/affect-kg/task/emotional-prompting"},
                   "l": {"type": "literal", "value": "emotional prompting", "xml:lang": "en"}}
    unbound = check_sparql_json(format_json(run(mini, "papers-per-year")))["results"]["bindings"][-1]
    assert "year" not in unbound


def test_json_is_the_same_from_both_engines(engines):
    for name in sorted(named_queries()):
        texts = {format_json(run(engines(MINI, e), name, sample_params(name))) for e in ("oxigraph", "rdflib")}
        assert len(texts) == 1, name


def test_ask_and_construct(mini):
    ask = run(mini, "ASK { ?s a <https://w3id.org/affect-kg/ontology#Paper> }")
    assert format_table(ask) == "true" and check_sparql_json(format_json(ask)) == {"head": {}, "boolean": True}
    graph = run(mini, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                      "CONSTRUCT { ?d skos:prefLabel ?l } WHERE { ?d a <https://w3id.org/affect-kg/ontology#Dataset> ; skos:prefLabel ?l }")
    text = format_turtle(graph)
    assert "@prefix ds: <https://w3id.org/affect-kg/dataset/>" in text and "ds:meld" in text
    import rdflib

    assert len(rdflib.Graph().parse(data=text, format="turtle")) == 6
    with pytest.raises(QueryError, match="CONSTRUCT"):
        format_turtle(run(mini, "papers-with-code"))
    with pytest.raises(QueryError, match="unknown output format"):
        format_result(ask, "xml")
    assert set(FORMATTERS) == {"table", "csv", "tsv", "json", "turtle"}


def test_plain_values():
    assert to_python(Term("literal", "0.90", XSD + "decimal")) == 0.9
    assert to_python(Term("literal", "12", XSD + "integer")) == 12
    assert to_python(Term("literal", "true", XSD + "boolean")) is True
    assert to_python(Term("literal", "2008", XSD + "gYear")) == "2008"
    assert to_python(Term("uri", "https://schema.org/")) == "https://schema.org/"
    assert to_python(None) is None


BUNDLED_PARAMS = {"dataset": "IEMOCAP", "category": "joy", "task": "speech emotion recognition",
                  "paper": "Emotion Recognition"}


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_answers_on_the_bundled_corpus(name):
    engine = load_store(BUILT)
    params = {s.name: BUNDLED_PARAMS[s.name] for s in named_queries()[name].specs if s.default is None}
    assert run(engine, name, params).rows, f"{name} returned no rows on the bundled corpus"


def test_top_datasets_per_task_keeps_the_most_used():
    engine = load_store(BUILT)
    every = run(engine, "top-datasets-per-task", {"top": "1000"}).rows
    top2 = run(engine, "top-datasets-per-task", {"top": "2"}).rows
    expected = [row for row in every if sum(1 for r in every[:every.index(row)] if r[0] == row[0]) < 2]
    assert top2 == expected and len(top2) < len(every)
    assert len(run(engine, "top-datasets-per-task").rows) <= 10 * len({r[0] for r in every})


def test_integer_parameters_are_written_into_the_pattern_not_the_projection():
    from kg.query import bind_params, inline_integers

    named = resolve("top-datasets-per-task")
    text = inline_integers(named, bind_params(named, {"top": " +3"}), named.text)
    assert "SELECT ?task ?dataset ?papers ?top" in text  # still projected, for the substitution
    assert "FILTER(?rank <= 3)" in text and "?top" not in text.split("WHERE {", 1)[1]
    literal_only = resolve("papers-using-dataset")
    assert inline_integers(literal_only, bind_params(literal_only, {"dataset": "MELD"}), literal_only.text) == \
        literal_only.text


def test_persistent_store_is_reused_and_refreshed(tmp_path):
    import shutil

    graph = tmp_path / "graph.ttl"
    shutil.copy(BUILT, graph)
    indexed = []  # what on_index heard: (graph, store) each time the store was (re)built
    first = load_store(graph, persist=True, on_index=lambda *paths: indexed.append(paths))
    rows = run(first, "papers-using-dataset", {"dataset": "IEMOCAP"}).rows
    del first
    again = load_store(graph, persist=True, on_index=lambda *paths: indexed.append(paths))  # reopened, not parsed
    assert run(again, "papers-using-dataset", {"dataset": "IEMOCAP"}).rows == rows
    assert (tmp_path / ".graph.ttl.oxigraph" / "affect-kg-stamp.json").is_file()
    assert indexed == [(graph, tmp_path / ".graph.ttl.oxigraph")]
    del again
    graph.write_text("<https://example.org/a> <https://example.org/b> <https://example.org/c> .\n")
    # the graph changed: the store is rebuilt
    assert len(load_store(graph, persist=True, on_index=lambda *paths: indexed.append(paths))) == 1
    assert len(indexed) == 2


@pytest.mark.parametrize("engine_name", ["oxigraph", "rdflib"])
def test_a_query_of_the_build_statistics_on_a_graph_without_them_says_so(tmp_path, engine_name):
    """A graph written by another tool has no akg:Statistic nodes: the aggregating queries would answer with
    nothing, so they say what they need instead."""
    bare = tmp_path / "bare.ttl"
    bare.write_text("@prefix akg: <https://w3id.org/affect-kg/ontology#> .\n"
                    "<https://example.org/p> a akg:Paper ; akg:usesDataset <https://w3id.org/affect-kg/dataset/meld> .\n")
    engine = load_store(bare, engine_name)
    with pytest.raises(QueryError, match=r"papers-per-year.*akg:PapersPerYear.*kg build"):
        run(engine, "papers-per-year")
    assert run(engine, "reused-datasets").rows == []  # reads the edges: an empty answer is the answer


def test_the_statistics_a_named_query_reads_are_declared_in_its_header(mini):
    """Every named query that reads a statistic class names it in a ``# statistics:`` line, so an empty answer on a
    graph without statistics is reported, and the queries that read none declare none."""
    ontology = (Path(__file__).parent.parent / "ontology" / "affectkg.ttl").read_text(encoding="utf-8")
    for name, q in named_queries().items():
        body = "\n".join(l for l in q.text.splitlines() if not l.lstrip().startswith("#"))
        assert bool(q.statistics) == ("void:entities" in body), name  # every statistic gives its count so
        for cls in q.statistics:
            assert f"{cls} a owl:Class ; rdfs:subClassOf akg:Statistic" in ontology, (name, cls)
    assert run(mini, "papers-per-year").rows  # the mini graph carries its statistics
