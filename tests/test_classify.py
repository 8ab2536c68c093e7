"""The learned task classifier: its features, the shipped weights, and how it joins the rules."""
from __future__ import annotations

import base64
import gzip
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from kg import classify
from kg.extract import Extractor
from kg.models import Paper
from kg.vocab import load

TER, SA = "text-emotion-recognition", "sentiment-analysis"


@pytest.fixture(scope="module")
def shipped() -> dict:
    with gzip.open(classify.MODEL_PATH, "rt", encoding="utf-8") as f:
        return json.load(f)


def tiny(weights: dict[str, tuple[float, float]], bias=(-3.0, -3.0), add=0.5, keep=0.05, fallback=0.2):
    """A two-task model over a few words, written in the shipped JSON form."""
    words = sorted(weights)
    matrix = np.array([weights[w] for w in words], dtype="<f4")
    return classify.from_dict({"tasks": [TER, SA], "bias": list(bias), "terms": words, "idf": [1.0] * len(words),
                               "weights": base64.b64encode(matrix.tobytes()).decode(), "add": add, "keep": keep,
                               "fallback": fallback})


def test_terms_are_scikit_learns_words_and_word_pairs():
    # tokens of two or more word characters, lower-cased; pairs run across punctuation, as in scikit-learn
    counts = classify.terms("Emotion-recognition: a EEG, emotion recognition!")
    assert counts == {"emotion": 2, "recognition": 2, "eeg": 1, "emotion recognition": 2,
                      "recognition eeg": 1, "eeg emotion": 1}


@pytest.mark.parametrize("text", [
    "Emotion recognition: emotion recognition, EEG-based emotion recognition (ER) and speech emotion recognition.",
    "Émotions et sentiment — l'analyse des émotions; 情感 识别 of tweets tweets tweets",
    "a b c d e f", "", "   ", "emotion\nrecognition\temotion  recognition",
])
def test_the_automaton_counts_the_vocabularys_terms_as_the_reference_does(text):
    model = classify.load()
    expected = {model.index[t]: n for t, n in classify.terms(text).items() if t in model.index}
    assert model.counts(text) == expected


def test_the_automaton_agrees_with_the_reference_on_the_bundled_corpus():
    from kg.ingest import read_paths
    from kg.pipeline import corpus_paths

    model = classify.load()
    for paper in read_paths(corpus_paths()).papers:
        text = classify.document(paper.title, paper.abstract)
        assert model.counts(text) == {model.index[t]: n for t, n in classify.terms(text).items() if t in model.index}


def test_the_shipped_model_reproduces_scikit_learn(shipped):
    model = classify.load()
    assert shipped["checks"], "the model file carries the probabilities scikit-learn gave"
    for check in shipped["checks"]:
        got = model.probabilities(check["title"], check["abstract"])
        for task, expected in check["probabilities"].items():
            assert got[task] == pytest.approx(expected, abs=0.01), (check["title"], task)


def test_every_task_of_the_model_is_in_the_vocabulary(shipped):
    concepts = {iri.rsplit("/", 1)[-1] for iri, c in load().concepts.items() if c.kind == "task"}
    assert set(shipped["tasks"]) <= concepts
    assert shipped["trained_on"] > 4000 and len(shipped["terms"]) == len(shipped["idf"])


def test_probabilities_do_not_depend_on_the_hash_seed():
    code = ("from kg.classify import load; p = load().probabilities('Emotion recognition from tweets', "
            "'We classify the emotions of tweets about elections with a fine-tuned language model.'); "
            "print(repr(sorted(p.items())))")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(runs) == 1


def test_a_likely_task_is_added_with_the_sentence_that_weighs_most():
    model = tiny({"feelings": (4.0, 0.0), "posts": (3.0, 0.0)})
    ex = Extractor(load(), task_model=model).extract(Paper(
        title="A study of online posts",
        abstract="The weather was mild. We read the feelings people write in their posts."))
    added = [m for m in ex.mentions if m.predicate == "addressesTask"]
    assert [(m.target.rsplit("/", 1)[-1], m.rule) for m in added] == [(TER, "classifier")]
    assert added[0].sentence == "We read the feelings people write in their posts."
    assert 0.5 < added[0].confidence <= 1.0
    text = "A study of online posts\nThe weather was mild. We read the feelings people write in their posts."
    assert text[added[0].start:added[0].end] == added[0].sentence


def test_a_rule_task_the_model_finds_very_unlikely_is_dropped():
    title = "Sentiment Analysis of Product Reviews"
    rules = Extractor(load(), task_model=None).extract(Paper(title=title))
    assert any(m.target.endswith(SA) for m in rules.mentions)
    veto = tiny({"reviews": (0.0, -20.0)})
    vetoed = Extractor(load(), task_model=veto).extract(Paper(title=title))
    assert not any(m.target.endswith(SA) for m in vetoed.mentions)


def test_a_paper_with_no_task_gets_its_likeliest_above_the_fallback():
    paper = Paper(title="Notes on a corpus", abstract="We describe the corpus and its feelings annotations.")
    weak = tiny({"feelings": (1.9, 1.0)}, fallback=0.2)   # below add (0.5), above fallback for TER only
    tasks = [m.target.rsplit("/", 1)[-1] for m in Extractor(load(), task_model=weak).extract(paper).mentions
             if m.predicate == "addressesTask"]
    assert tasks == [TER]
    weaker = tiny({"feelings": (1.0, 0.5)}, fallback=0.4)
    assert not [m for m in Extractor(load(), task_model=weaker).extract(paper).mentions if m.predicate == "addressesTask"]


def test_the_shipped_model_finds_a_task_no_rule_names():
    paper = Paper(title="Hopes and Fears in Parliamentary Speeches",
                  abstract="This paper examines emotion expression among the topics of parliamentary speeches. "
                           "An emotion analysis model is used to investigate which topics carry anger, fear and joy.")
    rules = {m.target for m in Extractor(load(), task_model=None).extract(paper).mentions if m.predicate == "addressesTask"}
    both = Extractor(load()).extract(paper)
    learned = [m for m in both.mentions if m.predicate == "addressesTask" and m.rule == "classifier"]
    assert not any(t.endswith(TER) for t in rules)
    assert [m.target.rsplit("/", 1)[-1] for m in learned] == [TER]


def test_fit_writes_a_model_the_runtime_reads(tmp_path):
    pytest.importorskip("sklearn")
    from kg import tasklearn
    data = [(f"Emotion in tweets {i}", "We classify emotions of tweets with a model.", [TER]) for i in range(6)] + \
           [(f"Opinions of reviews {i}", "We classify the sentiment polarity of product reviews.", [SA]) for i in range(6)]
    model = tasklearn.fit(data)
    path = tmp_path / "m.json.gz"
    tasklearn.write(model, path)
    again = tmp_path / "again.json.gz"
    tasklearn.write(tasklearn.fit(data), again)
    assert path.read_bytes() == again.read_bytes()
    runtime = classify.load.__wrapped__(path)
    p = runtime.probabilities("Emotion in tweets", "We classify emotions of tweets.")
    assert p[TER] > p[SA]


def test_later_gold_sets_weigh_more_in_the_fit(tmp_path):
    pytest.importorskip("sklearn")
    from pathlib import Path
    from kg import tasklearn
    assert tasklearn.weight_of(Path("tests/data/heldout46a/gold.json")) == tasklearn.RECENT_WEIGHT > 1
    assert tasklearn.weight_of(Path("tests/data/heldout45b/gold.json")) == 1.0
    assert tasklearn.weight_of(Path("tests/data/gold.json")) == 1.0
    # the same words annotated two ways: the weightier annotation wins
    tweets = [(f"Emotion in tweets {i}", "We classify emotions of tweets.") for i in range(6)]
    reviews = [(f"Opinions of reviews {i}", "We classify the sentiment polarity of product reviews.") for i in range(6)]
    def fitted(weight):
        data = [tasklearn.Example(t, a, [TER], weight) for t, a in tweets] + \
               [tasklearn.Example(t, a, [SA]) for t, a in tweets] + [tasklearn.Example(t, a, [SA]) for t, a in reviews]
        path = tmp_path / f"m{weight}.json.gz"
        tasklearn.write(tasklearn.fit(data), path)
        return classify.load.__wrapped__(path).probabilities("Emotion in tweets", "We classify emotions of tweets.")
    light, heavy = fitted(1.0), fitted(3.0)
    assert heavy[TER] > light[TER] and heavy[SA] < light[SA]


def test_a_title_naming_fake_review_or_troll_detection_keeps_the_task_the_model_doubts():
    """The model learnt misinformation detection mostly from fake news: a title that names detecting fake reviews or
    trolls in the vocabulary's words keeps the task it vetoes; a sentiment task it vetoes still goes."""
    mis = "misinformation-detection"
    words = ["reviews", "trolls"]
    matrix = np.array([[-20.0, -20.0], [-20.0, -20.0]], dtype="<f4")
    veto = classify.from_dict({"tasks": [mis, SA], "bias": [-3.0, -3.0], "terms": words, "idf": [1.0, 1.0],
                               "weights": base64.b64encode(matrix.tobytes()).decode(), "add": 0.5, "keep": 0.05,
                               "fallback": 0.2})
    for title in ("Detecting Fake Reviews through Sentiment Analysis", "Troll Detection with Sentiment Analysis of "
                  "Tweets by Trolls"):
        found = {m.target.rsplit("/", 1)[-1] for m in Extractor(load(), task_model=veto).extract(
            Paper(title=title)).mentions if m.predicate == "addressesTask"}
        assert mis in found and SA not in found, title
