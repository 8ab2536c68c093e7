"""The ontology and vocabularies: parse, carry the required ids with labels, and validate graphs."""
from __future__ import annotations


import pyoxigraph as ox
import pytest
import rdflib
from rdflib import RDF, RDFS, SKOS, OWL, URIRef

from kg.validate import validate
from kg.vocab import ontology_dir

ONTO = ontology_dir()
AKG = "https://w3id.org/affect-kg/ontology#"
BASE = "https://w3id.org/affect-kg/"
TASKS = """text-emotion-recognition speech-emotion-recognition facial-expression-recognition
multimodal-emotion-recognition emotion-recognition-in-conversation physiological-emotion-recognition
music-emotion-recognition visual-emotion-analysis sentiment-analysis emotion-cause-analysis emotion-reasoning
dimensional-affect-prediction empathy-detection empathetic-response-generation emotional-support-conversation
emotional-speech-synthesis emotional-talking-face-generation emotional-music-generation emotional-image-generation
emotional-gesture-generation emotional-intelligence-evaluation emotion-in-llm-internals emotional-prompting
personality-detection mental-health-assessment misinformation-detection social-media-affect-analysis theory-of-mind
emotion-annotation-methodology""".split()
MODALITIES = "text speech music image face video body eeg physio".split()
MODELS = "ekman plutchik vad appraisal".split()


@pytest.fixture(scope="module")
def vocab() -> rdflib.Graph:
    g = rdflib.Graph()
    for f in sorted(ONTO.glob("*.ttl")):
        g.parse(f)
    return g


@pytest.mark.parametrize("path", sorted(ONTO.glob("*.ttl")), ids=lambda p: p.name)
def test_every_file_parses_in_both_stacks(path):
    assert len(rdflib.Graph().parse(path)) == len(list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))) > 10


@pytest.mark.parametrize("ns,ids", [("task/", TASKS), ("modality/", MODALITIES), ("emotion-model/", MODELS)])
def test_required_ids_have_english_preflabels(vocab, ns, ids):
    for i in ids:
        labels = [l for l in vocab.objects(URIRef(BASE + ns + i), SKOS.prefLabel) if l.language == "en"]
        assert labels, f"{ns}{i} has no English prefLabel"


def test_no_term_without_label(vocab):
    kinds = [OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, SKOS.Concept,
             URIRef(AKG + "Dataset"), URIRef(AKG + "EmotionModel")]
    unlabeled = [s for k in kinds for s in vocab.subjects(RDF.type, k)
                 if isinstance(s, URIRef) and str(s).startswith(BASE)
                 and not (vocab.value(s, RDFS.label) or vocab.value(s, SKOS.prefLabel))]
    assert not unlabeled


def test_catalogue_has_sixty_plus_datasets(vocab):
    datasets = set(vocab.subjects(RDF.type, URIRef(AKG + "Dataset")))
    assert len(datasets) >= 60
    for name in ("IEMOCAP", "MELD", "CMU-MOSEI", "AffectNet", "DEAP", "GoEmotions", "RAVDESS", "MEAD"):
        assert any(str(vocab.value(d, SKOS.prefLabel)) == name for d in datasets), name


def test_ontology_terms_declare_domain_and_range(vocab):
    for prop in ("introducesDataset", "usesDataset", "addressesTask", "usesModality", "usesEmotionModel",
                 "hasModality", "annotatedWith", "hasCategory", "hasDimension"):
        p = URIRef(AKG + prop)
        assert vocab.value(p, RDFS.domain) is not None and vocab.value(p, RDFS.range) is not None, prop


def test_built_graph_validates(built):
    ok, count, text = validate(built / "graph.ttl")
    assert ok and count == 0, text


def test_validation_catches_broken_graph(tmp_path, built):
    g = rdflib.Graph().parse(built / "graph.ttl")
    paper = next(g.subjects(RDF.type, URIRef(AKG + "Paper")))
    g.remove((paper, URIRef("http://purl.org/dc/terms/title"), None))           # a paper without title
    g.add((paper, URIRef(AKG + "usesDataset"), URIRef(BASE + "task/sentiment-analysis")))  # edge to a Task
    broken = tmp_path / "broken.ttl"
    g.serialize(broken, format="turtle")
    ok, count, text = validate(broken)
    assert not ok and count >= 2
    assert "title" in text and "sentiment-analysis" in text


CROSSWALK = """
PREFIX akg: <https://w3id.org/affect-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX emoc: <https://w3id.org/affect-kg/emotion/>
SELECT DISTINCT ?p WHERE {
  ?p akg:usesEmotionModel ?m . ?m akg:hasCategory ?c .
  ?c (skos:closeMatch|skos:exactMatch|^skos:closeMatch|^skos:exactMatch) emoc:plutchik-joy .
}"""
DIMENSIONAL = """
PREFIX akg: <https://w3id.org/affect-kg/ontology#>
SELECT DISTINCT ?d WHERE { ?d akg:annotatedWith ?m . ?m akg:hasDimension ?dim }"""


def test_crosswalk_and_dimensional_questions_answer(corpus_graph):
    store = corpus_graph.store()
    assert len(list(store.query(CROSSWALK))) >= 1
    assert len(list(store.query(DIMENSIONAL))) >= 1


def test_every_catalogued_dataset_cites_a_source(vocab):
    cite = (URIRef("http://purl.org/dc/terms/bibliographicCitation"), URIRef("http://purl.org/dc/terms/source"))
    missing = [str(d) for d in vocab.subjects(RDF.type, URIRef(AKG + "Dataset"))
               if not any(vocab.value(d, p) for p in cite)]
    assert not missing
