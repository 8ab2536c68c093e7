"""End-to-end: the bundled corpus builds, merges, serialises deterministically and parses everywhere."""
from __future__ import annotations

import hashlib
import json
import re

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

import kg
from kg.ids import paper_iri
from kg.synth import write_corpus

AKG = "https://w3id.org/affect-kg/ontology#"
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
NASTY = ['Quotes "double", a backslash \\ and a lone surrogate \ud800 here', "Line one\nline two\tand a tab",
         "Emoji 😀🎭 and right-to-left: العواطف", "Angle <brackets> & ampersands; braces {like} these"]


def test_bundled_corpus_has_216_papers(built):
    g = rdflib.Graph().parse(built / "graph.ttl")
    papers = set(g.subjects(rdflib.RDF.type, rdflib.URIRef(AKG + "Paper")))
    assert len(papers) == 216
    assert all(g.value(p, DCT.title) for p in papers)


def test_turtle_parses_with_rdflib_and_pyoxigraph(built):
    rd = rdflib.Graph().parse(built / "graph.ttl")
    ox_triples = list(ox.parse(path=str(built / "graph.ttl"), format=ox.RdfFormat.TURTLE))
    assert len(rd) == len(ox_triples) > 5000


def test_two_builds_are_byte_identical(tmp_path, built):
    kg.build().write(tmp_path, ["ttl", "jsonld"])
    assert (tmp_path / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()
    assert (tmp_path / "graph.jsonld").read_bytes() == (built / "graph.jsonld").read_bytes()


def test_input_order_does_not_change_output(tmp_path, built):
    kg.build(list(reversed(kg.corpus_paths()))).write(tmp_path, ["ttl"])
    assert (tmp_path / "graph.ttl").read_bytes() == (built / "graph.ttl").read_bytes()


def test_turtle_and_jsonld_round_trip_isomorphic(built, corpus_graph):
    reference = corpus_graph.rdf
    assert isomorphic(rdflib.Graph().parse(built / "graph.ttl"), reference)
    assert isomorphic(rdflib.Graph().parse(built / "graph.jsonld", format="json-ld"), reference)


def test_paper_on_two_pages_is_one_node_with_both_sources(corpus_graph):
    g = corpus_graph.rdf
    title = "Emo Pillars: Knowledge Distillation to Support Fine-Grained Context-Aware and Context-Less Emotion Classification"
    nodes = list(g.subjects(DCT.title, rdflib.Literal(title)))
    assert len(nodes) == 1
    sources = {str(s) for s in g.objects(nodes[0], rdflib.URIRef(AKG + "sourceRecord"))}
    assert {s.split(":")[0] for s in sources} == {"corpus/002_4b87a69808f0b9a8.txt", "corpus/004_9287cbe711401a4c.txt"}


def test_iris_are_stable_and_safe(corpus_graph):
    iri = paper_iri("Emotion-Qwen: Training Hybrid Experts for Unified Emotion and General Vision-Language Understanding")
    assert iri == paper_iri("emotion qwen training hybrid experts for unified emotion and general vision language understanding")
    assert re.fullmatch(r"https://w3id\.org/affect-kg/paper/[a-z0-9-]+", iri)
    assert iri in {str(s) for s in corpus_graph.rdf.subjects()}


def test_graph_contract(corpus_graph):
    g = corpus_graph.rdf
    edges = {AKG + p for p in ("introducesDataset", "usesDataset", "addressesTask", "usesModality", "usesEmotionModel")}
    labelled = {rdflib.RDFS.label, rdflib.SKOS.prefLabel}
    linked = {o for s, p, o in g if str(p) in edges}
    assert linked, "no edges extracted"
    for node in linked:
        assert any(g.value(node, lp) for lp in labelled), node
    for p in edges:
        assert any(True for _ in g.triples((None, rdflib.URIRef(p), None))), p


def test_every_edge_has_evidence(corpus_graph):
    g = corpus_graph.rdf
    rdf = rdflib.RDF
    statements = {(s, p, o) for s, p, o in g if str(p).startswith(AKG) and str(p).endswith(("Dataset", "Task", "Modality", "EmotionModel"))
                  and (s, rdf.type, rdflib.URIRef(AKG + "Paper")) in g}
    for a in g.subjects(rdf.type, rdflib.URIRef(AKG + "Assertion")):
        statements.discard((g.value(a, rdf.subject), g.value(a, rdf.predicate), g.value(a, rdf.object)))
        assert str(g.value(a, rdflib.URIRef(AKG + "evidenceText")))
    assert not statements


def test_dates_only_with_known_year(corpus_graph):
    g = corpus_graph.rdf
    for s, o in g.subject_objects(DCT.date):
        assert o.datatype == rdflib.XSD.date and re.fullmatch(r"\d{4}-\d\d-\d\d", str(o))
    raw = {str(o) for o in g.objects(None, rdflib.URIRef(AKG + "dateText"))}
    assert raw and all(not re.search(r"\d{4}", r) for r in raw)


def test_mixed_sources_build_one_graph(tmp_path):
    jsonl = tmp_path / "some.jsonl"
    jsonl.write_text(json.dumps({"title": "Speech Emotion Recognition on IEMOCAP with Wav Features",
                                 "abstract": "We evaluate speech emotion recognition on the IEMOCAP dataset.",
                                 "authors": ["A", "B"], "date": "2024-05-01"}) + "\n", encoding="utf-8")
    bib = tmp_path / "other.bib"
    bib.write_text("@article{k1,\n title={{MELD} for Conversations},\n author={A and B and C},\n year={2023},\n"
                   " abstract={Experiments on the MELD dataset for emotion recognition in conversation.}\n}\n",
                   encoding="utf-8")
    g = kg.build([jsonl, bib])
    titles = {p.title for p in g.papers}
    assert titles == {"Speech Emotion Recognition on IEMOCAP with Wav Features", "MELD for Conversations"}
    rows = {(m.predicate, m.target.rsplit("/", 1)[-1]) for ex in g.extractions for m in ex.mentions}
    assert ("usesDataset", "iemocap") in rows and ("usesDataset", "meld") in rows


def test_build_report_accounts_for_every_record(built):
    report = json.loads((built / "build-report.json").read_text())
    assert report["papers_read"] == 317
    assert report["papers_in_graph"] == 216
    skipped = sum(1 for p in report["problems"] if p["kind"] == "skipped")
    assert report["papers_in_graph"] + report["merged_duplicates"] + skipped == report["papers_read"]


def test_networkx_view(corpus_graph):
    g = corpus_graph.to_networkx()
    kinds = {d["type"] for _, d in g.nodes(data=True)}
    assert {"Paper", "Dataset", "Task", "Modality", "EmotionModel"} <= kinds
    papers = [n for n, d in g.nodes(data=True) if d["type"] == "Paper"]
    assert len(papers) == 216
    edge = next(d for _, _, d in g.edges(data=True) if d["relation"] == "usesDataset")
    assert edge["evidence"] and edge["rule"] and 0 < edge["confidence"] <= 1
    # a dataset's tooltip facts: every paper using it and every modality it has, sorted; what the dataset
    # has (its out-edges) before the papers that use it
    iemocap = g.nodes["https://w3id.org/affect-kg/dataset/iemocap"]["info"]
    users = sorted(g.nodes[u]["label"] for u, _, rel in g.in_edges("https://w3id.org/affect-kg/dataset/iemocap",
                                                                   keys=True) if rel == "usesDataset")
    assert iemocap["used_by"] == users and len(users) > 3
    assert iemocap["modalities"] == sorted(iemocap["modalities"]) and iemocap["modalities"]
    assert list(iemocap).index("modalities") < list(iemocap).index("used_by")


def _view_corpus(corpus: str, tmp_path) -> kg.KnowledgeGraph:
    """The bundled corpus, 300 synthetic papers, or papers whose titles are hostile strings, built."""
    if corpus == "bundled":
        graph = kg.build()
    elif corpus == "synthetic":
        write_corpus(300, tmp_path / "synth.jsonl", seed=5)
        graph = kg.build([tmp_path / "synth.jsonl"])
    else:
        src = tmp_path / "nasty.jsonl"
        src.write_text("".join(json.dumps({"title": f"Paper {i}: {t}", "abstract": t + " We use MELD and EEG.",
                                           "code": ["https://github.com/a/b"]}) + "\n"
                               for i, t in enumerate(NASTY)), encoding="utf-8")
        graph = kg.build([src])
    return graph


@pytest.mark.parametrize("corpus", ["bundled", "synthetic", "hostile strings"])
def test_networkx_view_from_the_records_is_the_one_the_triples_give(corpus, tmp_path):
    """A built graph's view reads the evidence from its records (far faster at scale): the nodes, edges,
    their order and every attribute must be what reading all of its triples gives."""
    from kg.nxview import to_networkx

    graph = _view_corpus(corpus, tmp_path)
    fast, slow = graph.to_networkx(), to_networkx(graph.triples())
    assert list(fast.nodes(data=True)) == list(slow.nodes(data=True))
    assert list(fast.edges(keys=True, data=True)) == list(slow.edges(keys=True, data=True))
    assert any("evidence" in d for *_, d in fast.edges(keys=True, data=True))


@pytest.mark.parametrize("corpus", ["bundled", "synthetic", "hostile strings"])
def test_the_page_of_a_large_graph_is_drawn_from_the_nodes_it_keeps(corpus, tmp_path):
    """The unfocused page keeps the best-linked nodes; building only those (and what the page says of the
    rest) must give the page the whole networkx view gives, byte for byte, built and loaded."""
    from kg import viz

    graph = _view_corpus(corpus, tmp_path)
    whole = graph.to_networkx()
    graph.write(tmp_path / "out", ["nt"], report=False)
    loaded = kg.KnowledgeGraph.load(tmp_path / "out" / "graph.nt")
    total = whole.number_of_nodes()
    for max_nodes in (1, 12, total // 3, total - 1, total, total + 5):
        part, rest = graph.page_networkx(max_nodes)
        assert part.number_of_nodes() == min(max_nodes, total)
        assert (rest is None) == (max_nodes >= total)
        assert rest is None or rest.total == total and rest.degree == {n: whole.degree(n) for n in part}
        page = digest(viz.render_html(whole, max_nodes=max_nodes))  # (a diff of two 1 MB pages takes minutes)
        assert digest(graph.render_html(max_nodes=max_nodes)) == page
        assert digest(loaded.render_html(max_nodes=max_nodes)) == page
    with pytest.raises(viz.ViewError):
        viz.render_html(part, whole=viz.Whole({}, total + 1), focus="x")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def test_python_api_query_and_load(corpus_graph, built):
    rows = corpus_graph.query("papers-using-dataset", dataset="iemocap")
    titles = {r["title"] for r in rows}
    assert "Do LLMs Feel? Teaching Emotion Recognition with Prompts, Retrieval, and Curriculum Learning" in titles
    loaded = kg.load(str(built / "graph.ttl"))
    assert {r["title"] for r in loaded.query("papers-using-dataset", dataset="IEMOCAP")} == titles
    assert len(loaded.query("SELECT ?p WHERE { ?p a <https://w3id.org/affect-kg/ontology#Paper> }")) == 216
