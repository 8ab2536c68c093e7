"""The dev gold set pins extraction quality: a regression below these figures fails CI."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import canonical_dataset, evaluate, format_report, load_gold
from kg.vocab import load

GOLD = Path(__file__).parent / "data" / "gold.json"
# Floors measured on the dev gold set (see `kg eval tests/data/gold.json`); raise them as extraction improves.
FLOORS = {"datasets_f1": 0.85, "dataset_role_accuracy": 0.90, "tasks_f1": 0.80, "modalities_f1": 0.85,
          "emotion_models_f1": 0.90}


def test_gold_set_is_large_enough():
    assert len(load_gold(GOLD)) >= 60


@pytest.mark.parametrize("name", ["7th ABAW Competition", "the 3rd ABAW Challenge", "ABAW Competition 2022",
                                  "ABAW dataset"])
def test_an_edition_of_a_catalogued_challenge_scores_as_that_challenge(name):
    assert canonical_dataset(name, load()).endswith("/abaw")


@pytest.mark.parametrize("name, local", [("BP4D", "bp4d"), ("BP4D+", "bp4d-plus"), ("BP4D-Plus", "bp4d-plus"),
                                         ("BP4D Spontaneous", "bp4d")])
def test_names_that_differ_only_in_punctuation_score_as_their_own_entry(name, local):
    assert canonical_dataset(name, load()).rsplit("/", 1)[-1] == local


@pytest.mark.parametrize("name, local", [("SFEW 2.0", "sfew"), ("AFEW 4.0", "afew"), ("SARC 2.0", "sarc")])
def test_a_version_of_a_catalogued_dataset_scores_as_that_entry(name, local):
    # the extractor reads "SFEW 2.0" as the catalogue's SFEW; the scorer must name it the same way
    assert canonical_dataset(name, load()).rsplit("/", 1)[-1] == local
    assert canonical_dataset("Foo 2.0", load()).rsplit("/", 1)[-1] == "foo-2-0"  # uncatalogued: kept whole


def test_a_spelling_the_gazetteer_reads_as_a_catalogued_name_scores_as_that_entry():
    # the extractor links "the SemEval2021 Task 7 dataset" to HaHackathon (alias "SemEval-2021 Task 7"): so does
    # the scorer
    assert canonical_dataset("SemEval2021 Task 7", load()).rsplit("/", 1)[-1] == "hahackathon"
    assert canonical_dataset("SemEval2021 Task 7 and more", load()).rsplit("/", 1)[-1] != "hahackathon"  # not whole


def test_edition_words_are_not_stripped_from_uncatalogued_names():
    # "2nd Foo Challenge" is no catalogue entry: the name stays whole, ordinal included
    assert canonical_dataset("2nd Foo Challenge", load()) != canonical_dataset("Foo Challenge", load())
    assert canonical_dataset("SemEval-2014", load()) != canonical_dataset("SemEval", load())


def test_dev_figures_hold(corpus_graph):
    report = evaluate(load_gold(GOLD), corpus_graph.papers, corpus_graph.extractions, load())
    figures = report.figures()
    assert report.papers == len(load_gold(GOLD))
    failing = {k: (figures[k], floor) for k, floor in FLOORS.items() if figures[k] < floor}
    assert not failing, format_report(report, details=False)


DATA = Path(__file__).parent / "data"
# Papers outside the bundled corpus (see data/heldout*/README.md). These floors pin today's figures
# (a regression guard); the first, unseen measurement of each set is in its README. The task classifier
# (kg/task-model.json.gz) was fitted on these sets, so their tasks figures are not estimates for new papers.
_FIELDS = ("datasets_f1", "dataset_role_accuracy", "tasks_f1", "modalities_f1", "emotion_models_f1")
HELDOUT_FLOORS = {name: dict(zip(_FIELDS, floors)) for name, floors in {
    #            datasets  role  tasks  modalities  models
    "heldout":   (0.97, 0.97, 0.93, 0.95, 0.95),
    "heldout2":  (0.97, 0.97, 0.93, 0.92, 0.95),
    "heldout3":  (0.92, 0.96, 0.92, 0.94, 0.95),
    "heldout4":  (0.90, 0.97, 0.94, 0.87, 0.95),
    "heldout5a": (0.86, 0.99, 0.92, 0.95, 0.94),
    "heldout5b": (0.98, 0.99, 0.92, 0.87, 0.95),
    "heldout6a": (0.87, 0.88, 0.93, 0.95, 0.95),
    "heldout6b": (0.97, 0.97, 0.90, 0.87, 0.95),
    "heldout7a": (0.80, 0.90, 0.84, 0.90, 0.85),
    "heldout7b": (0.95, 0.99, 0.94, 0.87, 0.95),
    "heldout8a": (0.84, 0.99, 0.89, 0.94, 0.95),
    "heldout8b": (0.90, 0.99, 0.91, 0.85, 0.95),
    "heldout9a": (0.90, 0.93, 0.93, 0.95, 0.95),
    "heldout9b": (0.95, 0.99, 0.93, 0.90, 0.95),
    "heldout10a": (0.74, 0.99, 0.97, 0.89, 0.95),
    "heldout10b": (0.91, 0.99, 0.94, 0.88, 0.95),
    "heldout11a": (0.62, 0.99, 0.92, 0.94, 0.90),
    "heldout11b": (0.92, 0.99, 0.95, 0.84, 0.95),
    "heldout11c": (0.89, 0.92, 0.92, 0.80, 0.95),
    "heldout12a": (0.82, 0.93, 0.91, 0.93, 0.95),
    "heldout12b": (0.93, 0.96, 0.92, 0.84, 0.93),
    "heldout12c": (0.77, 0.99, 0.91, 0.84, 0.66),
    "heldout13a": (0.85, 0.94, 0.91, 0.94, 0.95),
    "heldout13b": (0.90, 0.95, 0.92, 0.89, 0.95),
    "heldout13c": (0.84, 0.99, 0.88, 0.85, 0.75),
    "heldout14a": (0.61, 0.93, 0.87, 0.91, 0.88),
    "heldout14b": (0.90, 0.99, 0.93, 0.83, 0.87),
    "heldout14c": (0.83, 0.99, 0.83, 0.81, 0.66),
    "heldout15a": (0.72, 0.99, 0.92, 0.94, 0.95),
    "heldout15b": (0.88, 0.95, 0.92, 0.83, 0.94),
    "heldout15c": (0.71, 0.85, 0.93, 0.91, 0.95),
    "heldout16a": (0.78, 0.87, 0.92, 0.88, 0.66),
    "heldout16b": (0.89, 0.95, 0.94, 0.85, 0.95),
    "heldout16c": (1.00, 0.99, 0.91, 0.79, 0.88),
    "heldout17a": (0.81, 0.81, 0.84, 0.89, 0.80),
    "heldout17b": (0.75, 0.99, 0.94, 0.91, 0.80),
    "heldout17c": (0.89, 0.99, 0.82, 0.84, 0.95),
    "heldout18a": (0.73, 0.99, 0.91, 0.83, 0.83),
    "heldout18b": (0.91, 0.89, 0.94, 0.84, 0.93),
    "heldout18c": (0.85, 0.99, 0.91, 0.78, 0.95),
    "heldout19a": (0.72, 0.88, 0.91, 0.87, 0.95),
    "heldout19b": (0.93, 0.99, 0.91, 0.84, 0.95),
    "heldout19c": (0.88, 0.84, 0.88, 0.87, 0.95),
    "heldout20a": (0.84, 0.99, 0.89, 0.86, 0.66),
    "heldout20b": (0.88, 0.99, 0.92, 0.86, 0.92),
    "heldout20c": (0.78, 0.90, 0.88, 0.80, 0.93),
    "heldout21a": (0.63, 0.99, 0.90, 0.94, 0.40),
    "heldout21b": (0.89, 0.99, 0.88, 0.85, 0.95),
    "heldout21c": (0.61, 0.99, 0.84, 0.88, 0.95),
    "heldout22a": (0.83, 0.90, 0.95, 0.93, 0.95),  # tasks 0.870 -> 0.862: a Plutchik-labelled dataset read as TER
    "heldout22b": (0.90, 0.99, 0.93, 0.88, 0.95),
    "heldout22c": (0.63, 0.99, 0.85, 0.79, 0.95),
    "heldout23a": (0.75, 0.99, 0.89, 0.91, 0.85),
    "heldout23c": (0.71, 0.99, 0.82, 0.80, 0.95),
    "heldout24a": (0.90, 0.99, 0.91, 0.87, 0.95),
    "heldout24b": (0.88, 0.99, 0.94, 0.78, 0.75),
    "heldout24c": (0.85, 0.99, 0.81, 0.83, 0.95),
    "heldout25a": (0.84, 0.92, 0.92, 0.83, 0.57),
    "heldout25b": (0.82, 0.94, 0.91, 0.81, 0.95),
    "heldout25c": (0.87, 0.90, 0.90, 0.68, 0.92),
    "heldout26a": (0.73, 0.90, 0.96, 0.84, 0.75),
    "heldout26b": (0.93, 0.96, 0.87, 0.83, 0.95),
    "heldout26c": (0.57, 0.75, 0.86, 0.84, 0.00),
    "heldout27a": (0.81, 0.81, 0.93, 0.87, 0.95),
    "heldout27b": (0.75, 0.99, 0.96, 0.82, 0.50),
    "heldout27c": (0.71, 0.99, 0.91, 0.75, 0.88),
    "heldout28a": (0.97, 0.99, 0.95, 0.88, 0.00),
    "heldout28b": (0.74, 0.95, 0.88, 0.82, 0.95),
    "heldout28c": (0.60, 0.99, 0.82, 0.85, 0.80),
    "heldout29a": (0.81, 0.95, 0.88, 0.92, 0.95),
    "heldout29b": (0.93, 0.99, 0.93, 0.83, 0.95),
    "heldout29c": (0.88, 0.75, 0.93, 0.84, 0.95),
    "heldout30a": (0.90, 0.99, 0.87, 0.87, 0.92),
    "heldout30b": (0.85, 0.96, 0.88, 0.84, 0.95),
    "heldout30c": (0.76, 0.99, 0.93, 0.87, 0.80),
    "heldout31a": (0.80, 0.80, 0.95, 0.89, 0.95),
    "heldout31b": (0.80, 0.89, 0.88, 0.81, 0.85),
    "heldout31c": (0.85, 0.99, 0.86, 0.70, 0.66),
    "heldout32a": (0.64, 0.99, 0.87, 0.88, 0.85),
    "heldout32b": (0.93, 0.99, 0.92, 0.90, 0.76),  # 39 papers: one repeated set 4 and was removed
    "heldout32c": (0.85, 0.95, 0.90, 0.77, 0.99),
    "heldout33a": (0.99, 0.99, 0.86, 0.81, 0.85),
    "heldout33b": (0.52, 0.99, 0.83, 0.93, 0.99),
    "heldout33c": (0.93, 0.99, 0.93, 0.87, 0.72),
    "heldout34a": (0.87, 0.90, 0.90, 0.87, 0.99),
    "heldout34b": (0.86, 0.96, 0.91, 0.89, 0.99),
    "heldout34c": (0.92, 0.96, 0.92, 0.81, 0.99),
    "heldout35a": (0.84, 0.99, 0.92, 0.90, 0.99),
    "heldout35b": (0.95, 0.96, 0.92, 0.84, 0.88),
    "heldout35c": (0.85, 0.92, 0.89, 0.91, 0.99),
    "heldout36a": (0.82, 0.99, 0.86, 0.90, 0.88),
    "heldout36b": (0.97, 0.99, 0.94, 0.92, 0.99),
    "heldout36c": (0.93, 0.97, 0.91, 0.87, 0.90),
    "heldout37a": (0.76, 0.99, 0.83, 0.93, 0.80),
    "heldout37b": (0.96, 0.96, 0.93, 0.88, 0.92),
    "heldout37c": (0.86, 0.99, 0.93, 0.86, 0.99),
    "heldout38a": (0.99, 0.90, 0.82, 0.97, 0.99),
    "heldout38b": (0.92, 0.88, 0.88, 0.90, 0.00),
    "heldout38c": (0.85, 0.97, 0.93, 0.87, 0.99),
    "heldout39a": (0.79, 0.88, 0.89, 0.90, 0.99),
    "heldout39b": (0.90, 0.95, 0.87, 0.89, 0.99),  # no emotion model in gold: a false one drops it to 0
    "heldout39c": (0.92, 0.99, 0.87, 0.85, 0.99),
    "heldout40a": (0.70, 0.99, 0.88, 0.86, 0.80),
    "heldout40b": (0.82, 0.96, 0.92, 0.91, 0.90),
    "heldout40c": (0.91, 0.99, 0.81, 0.88, 0.99),
    "heldout41a": (0.69, 0.99, 0.85, 0.92, 0.99),
    "heldout41b": (0.88, 0.92, 0.80, 0.82, 0.88),
    "heldout41c": (0.85, 0.99, 0.82, 0.81, 0.99),
    "heldout42a": (0.78, 0.99, 0.93, 0.93, 0.99),
    "heldout42b": (0.92, 0.99, 0.95, 0.85, 0.99),
    "heldout42c": (0.94, 0.99, 0.95, 0.89, 0.99),
    "heldout43a": (0.76, 0.80, 0.94, 0.87, 0.99),
    "heldout43b": (0.71, 0.99, 0.93, 0.85, 0.66),
    "heldout43c": (0.91, 0.93, 0.88, 0.90, 0.85),
    "heldout44a": (0.90, 0.99, 0.87, 0.94, 0.99),
    "heldout44b": (0.99, 0.81, 0.89, 0.84, 0.99),
    "heldout44c": (0.92, 0.99, 0.98, 0.81, 0.99),
    "heldout45a": (0.88, 0.87, 0.92, 0.98, 0.99),  # first measured 0.444 / 1.000 before the shared task's full name
    "heldout45b": (0.99, 0.99, 0.88, 0.80, 0.66),
    "heldout46a": (0.50, 1.00, 0.93, 0.93, 1.00),
    "heldout46b": (0.78, 1.00, 0.94, 0.85, 1.00),
    "heldout46c": (0.66, 0.75, 0.88, 0.95, 0.80),
    "heldout47a": (0.63, 0.83, 0.91, 1.00, 0.80),
    "heldout47b": (0.85, 1.00, 0.92, 0.82, 0.85),
    "heldout47c": (0.76, 1.00, 0.92, 0.79, 0.88),
    "heldout48a": (0.66, 1.00, 0.92, 0.95, 0.00),
    "heldout48b": (0.83, 0.90, 0.97, 0.83, 1.00),
    "heldout48c": (0.75, 0.83, 0.92, 0.87, 0.85),
    "heldout49a": (1.00, 0.00, 0.98, 0.97, 1.00),
    "heldout49b": (1.00, 1.00, 0.96, 0.81, 1.00),
    "heldout49c": (0.75, 1.00, 0.94, 0.92, 0.75),
    "heldout50a": (1.00, 1.00, 0.90, 0.97, 1.00),
    "heldout50b": (0.80, 1.00, 0.91, 0.86, 1.00),
    "heldout50c": (0.90, 1.00, 0.98, 0.94, 1.00),
    "heldout51a": (0.72, 1.00, 0.98, 0.95, 0.66),
    "heldout51b": (0.94, 1.00, 0.95, 0.88, 1.00),
    "heldout51c": (1.00, 1.00, 0.93, 0.96, 0.50),
    "heldout52a": (0.66, 1.00, 0.94, 0.97, 0.80),
    "heldout52b": (0.91, 1.00, 0.88, 0.86, 1.00),
    "heldout52c": (0.66, 1.00, 0.92, 0.85, 1.00),
    "heldout53a": (1.00, 1.00, 0.95, 0.91, 1.00),
    "heldout53b": (0.66, 1.00, 0.87, 0.88, 1.00),
    "heldout53c": (0.80, 1.00, 0.98, 0.88, 1.00),
    "heldout54a": (0.76, 1.00, 0.94, 0.97, 0.80),
    "heldout54b": (1.00, 1.00, 0.94, 0.89, 1.00),
    "heldout54c": (0.50, 1.00, 0.96, 0.80, 0.85),
    "heldout55a": (0.00, 1.00, 0.96, 0.97, 1.00),
    "heldout55b": (0.93, 1.00, 0.95, 0.86, 0.90),
    "heldout55c": (0.93, 1.00, 0.90, 0.88, 1.00),
    "heldout56a": (0.50, 1.00, 0.98, 0.91, 0.66),
    "heldout56b": (0.00, 1.00, 0.95, 0.83, 0.80),
    "heldout56c": (0.80, 1.00, 0.98, 0.94, 1.00),
    "heldout57a": (0.42, 1.00, 0.96, 0.97, 1.00),
    "heldout57b": (1.00, 1.00, 1.00, 0.84, 1.00),
    "heldout57c": (0.78, 0.88, 0.94, 0.84, 1.00),
    "heldout58a": (0.66, 0.75, 0.96, 0.97, 1.00),
    "heldout58b": (1.00, 1.00, 0.88, 0.84, 0.85),
    "heldout58c": (0.88, 1.00, 1.00, 0.88, 0.66),
    "heldout59a": (0.94, 1.00, 0.85, 0.95, 0.00),
    "heldout59b": (0.90, 1.00, 0.93, 0.85, 1.00),
    "heldout59c": (0.94, 1.00, 0.94, 0.91, 1.00),
    "heldout60a": (0.80, 1.00, 0.94, 1.00, 1.00),
    "heldout60b": (0.96, 1.00, 0.95, 0.87, 1.00),
    "heldout60c": (0.92, 1.00, 0.98, 0.92, 0.80),
    "heldout61a": (0.40, 1.00, 0.95, 0.88, 1.00),
    "heldout61b": (1.00, 1.00, 1.00, 0.84, 0.85),
    "heldout61c": (0.90, 0.90, 1.00, 0.90, 1.00),
    "heldout62a": (0.66, 1.00, 0.94, 1.00, 1.00),
    "heldout62b": (1.00, 1.00, 1.00, 0.93, 1.00),
    "heldout62c": (0.87, 1.00, 0.92, 0.83, 1.00),
    "heldout63a": (0.80, 1.00, 0.96, 0.97, 1.00),
    "heldout63b": (1.00, 0.88, 0.98, 0.93, 1.00),
    "heldout63c": (0.92, 1.00, 0.94, 0.91, 1.00),
    "heldout64a": (0.85, 1.00, 0.98, 1.00, 1.00),
    "heldout64b": (0.94, 1.00, 0.92, 0.82, 1.00),
    "heldout64c": (0.96, 1.00, 0.94, 0.91, 1.00),
    "heldout65a": (0.61, 1.00, 0.96, 0.97, 1.00),
    "heldout65b": (0.88, 1.00, 0.94, 0.80, 1.00),
    "heldout65c": (0.66, 1.00, 1.00, 0.94, 0.66),
    "heldout66a": (1.00, 1.00, 0.98, 1.00, 1.00),
    "heldout66b": (0.82, 1.00, 1.00, 0.88, 0.00),
    "heldout66c": (1.00, 1.00, 0.97, 0.92, 1.00),
    "heldout67a": (0.66, 1.00, 0.95, 1.00, 1.00),
    "heldout67b": (1.00, 1.00, 0.93, 0.83, 0.00),
    "heldout67c": (0.88, 1.00, 0.98, 0.88, 1.00),
    "heldout68a": (0.66, 1.00, 0.98, 0.97, 1.00),
    "heldout68b": (0.95, 0.81, 0.98, 0.88, 1.00),
    "heldout68c": (0.94, 0.93, 1.00, 0.85, 1.00),
    "heldout69a": (0.80, 0.83, 0.92, 0.97, 1.00),
    "heldout69b": (1.00, 1.00, 0.84, 0.68, 0.85),
    "heldout69c": (0.96, 0.91, 0.94, 0.92, 1.00),
    "heldout70a": (0.75, 1.00, 0.91, 0.95, 1.00),
    "heldout70b": (0.76, 1.00, 0.70, 0.81, 1.00),
    "heldout70c": (0.90, 1.00, 0.88, 0.91, 1.00),
    "heldout71a": (1.00, 1.00, 0.47, 0.77, 1.00),
    "heldout71b": (0.88, 1.00, 0.78, 0.95, 1.00),
    "heldout71c": (0.92, 1.00, 0.69, 0.93, 1.00),
    "heldout72a": (0.90, 1.00, 0.78, 1.00, 1.00),
    "heldout72b": (0.91, 1.00, 0.75, 0.82, 1.00),
    "heldout73a": (0.93, 1.00, 0.90, 0.95, 1.00),
    "heldout73b": (1.00, 1.00, 0.57, 0.95, 1.00),
    "heldout73c": (0.91, 1.00, 0.93, 1.00, 1.00),
    "heldout73d": (0.90, 0.94, 0.81, 0.83, 1.00),
    "heldout73e": (0.76, 1.00, 0.74, 0.89, 1.00),
    "heldout73f": (0.85, 0.88, 0.75, 0.94, 1.00),
    "heldout74a": (0.78, 0.87, 0.92, 0.97, 1.00),
    "heldout74b": (0.82, 1.00, 0.88, 0.76, 1.00),
    "heldout74c": (0.96, 1.00, 0.70, 0.78, 1.00),
    "heldout74d": (0.92, 1.00, 0.58, 0.86, 1.00),
    "heldout74e": (1.00, 1.00, 0.68, 0.88, 1.00),
    "heldout74f": (0.72, 1.00, 0.91, 0.98, 0.90),
    "heldout75a": (0.90, 1.00, 0.90, 0.95, 0.00),
    "heldout75b": (0.46, 1.00, 0.77, 1.00, 1.00),
    "heldout75c": (0.85, 1.00, 0.83, 0.94, 1.00),
    "heldout75d": (0.82, 1.00, 0.78, 0.94, 0.66),
    "heldout75e": (1.00, 1.00, 0.87, 0.82, 1.00),
    "heldout75f": (0.72, 1.00, 0.70, 0.93, 1.00),
    "heldout76a": (0.75, 1.00, 0.73, 0.85, 1.00),
    "heldout76b": (0.93, 1.00, 0.87, 0.84, 1.00),
    "heldout77a": (0.71, 1.00, 0.82, 0.88, 1.00),
    "heldout78a": (0.95, 0.94, 0.74, 0.82, 0.93),
    "heldout78b": (0.92, 1.00, 1.00, 0.93, 1.00),
    "heldout78c": (0.92, 1.00, 0.86, 0.94, 1.00),
    "heldout78d": (0.84, 0.92, 0.73, 0.90, 1.00),
    "heldout78e": (0.80, 1.00, 0.98, 0.94, 1.00),
    "heldout78f": (1.00, 1.00, 0.80, 0.85, 1.00),
    "heldout78g": (1.00, 1.00, 0.62, 0.93, 1.00),
    "heldout78h": (0.91, 1.00, 0.58, 0.91, 1.00),
    "heldout79a": (0.66, 1.00, 0.86, 0.88, 1.00),
    "heldout79b": (0.41, 1.00, 0.76, 0.92, 1.00),
    "heldout79c": (0.72, 1.00, 0.87, 0.86, 1.00),
    "heldout79d": (0.66, 1.00, 0.66, 0.80, 1.00),
    "heldout79e": (1.00, 1.00, 0.78, 0.88, 1.00),
    "heldout79f": (1.00, 1.00, 0.93, 0.80, 1.00),
    "heldout79g": (0.60, 1.00, 0.98, 0.87, 1.00),
    "heldout79h": (0.93, 1.00, 0.85, 0.92, 0.80),
    "heldout80a": (1.00, 1.00, 0.87, 0.97, 0.80),
    "heldout80b": (1.00, 1.00, 0.66, 0.79, 1.00),
    "heldout80c": (0.80, 0.90, 0.75, 0.86, 1.00),
    "heldout80d": (0.46, 1.00, 0.42, 0.86, 0.66),
    "heldout80e": (0.93, 1.00, 0.57, 0.73, 1.00),
    "heldout80f": (0.25, 1.00, 0.96, 0.90, 1.00),
    "heldout81a": (0.97, 0.95, 0.88, 0.77, 1.00),
    "heldout82a": (0.78, 1.00, 0.82, 0.86, 0.00),
    "heldout82b": (0.93, 0.92, 0.84, 0.91, 1.00),
    "heldout82c": (1.00, 1.00, 0.90, 0.83, 1.00),
    "heldout82d": (0.94, 1.00, 0.79, 0.97, 1.00),
    "heldout82e": (0.73, 1.00, 0.97, 0.94, 1.00),
    "heldout82f": (1.00, 1.00, 0.88, 0.90, 1.00),
    "heldout82g": (1.00, 1.00, 0.75, 0.71, 0.00),
    "heldout82h": (1.00, 1.00, 1.00, 0.91, 0.80),
    "heldout83a": (1.00, 1.00, 0.66, 0.80, 1.00),
    "heldout83b": (1.00, 1.00, 0.66, 0.85, 1.00),
    "heldout83c": (0.50, 1.00, 0.97, 0.91, 1.00),
    "heldout83d": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout83e": (0.66, 1.00, 0.95, 0.93, 1.00),
    "heldout83f": (1.00, 1.00, 0.44, 0.81, 1.00),
    "heldout83g": (0.87, 0.85, 0.78, 0.96, 0.00),
    "heldout83h": (0.75, 1.00, 0.88, 1.00, 1.00),
    "heldout84a": (0.96, 1.00, 0.94, 0.87, 1.00),
    "heldout84b": (0.85, 1.00, 0.87, 0.85, 1.00),
    "heldout84c": (0.80, 1.00, 0.80, 0.88, 1.00),
    "heldout84d": (0.85, 1.00, 0.72, 0.82, 1.00),
    "heldout84e": (1.00, 1.00, 0.53, 0.93, 1.00),
    "heldout84f": (0.50, 1.00, 0.82, 0.80, 1.00),
    "heldout85a": (0.95, 1.00, 0.80, 0.73, 1.00),
    "heldout86a": (0.76, 1.00, 0.96, 0.95, 1.00),
    "heldout86b": (0.75, 1.00, 0.92, 0.97, 1.00),
    "heldout86c": (1.00, 1.00, 0.98, 0.95, 1.00),
    "heldout86d": (1.00, 1.00, 0.53, 0.90, 1.00),
    "heldout86e": (1.00, 1.00, 0.81, 0.88, 1.00),
    "heldout86f": (1.00, 0.85, 0.36, 0.84, 1.00),
    "heldout86g": (1.00, 0.83, 0.47, 0.87, 1.00),
    "heldout86h": (0.88, 1.00, 0.81, 0.98, 1.00),
    "heldout87a": (0.83, 1.00, 0.90, 0.94, 1.00),
    "heldout87b": (1.00, 1.00, 0.90, 0.97, 1.00),
    "heldout87c": (0.66, 1.00, 0.73, 0.84, 1.00),
    "heldout87d": (0.66, 1.00, 0.91, 0.97, 1.00),
    "heldout87e": (0.88, 1.00, 1.00, 0.92, 1.00),
    "heldout87f": (1.00, 1.00, 0.60, 0.82, 1.00),
    "heldout87g": (1.00, 1.00, 0.72, 0.89, 1.00),
    "heldout87h": (0.85, 1.00, 0.97, 0.97, 1.00),
    "heldout88a": (1.00, 1.00, 0.94, 0.91, 1.00),
    "heldout88b": (0.85, 0.88, 0.88, 0.87, 1.00),
    "heldout88c": (0.97, 1.00, 0.90, 0.82, 1.00),
    "heldout88d": (0.93, 1.00, 0.93, 0.88, 0.85),
    "heldout88e": (0.57, 1.00, 0.81, 0.90, 1.00),
    "heldout89a": (0.90, 0.88, 0.98, 1.00, 1.00),
    "heldout89b": (0.94, 0.94, 0.85, 0.89, 0.92),
    "heldout89c": (1.00, 1.00, 0.78, 0.84, 1.00),
    "heldout90a": (0.28, 1.00, 0.71, 0.83, 1.00),
    "heldout91a": (0.97, 0.95, 0.78, 0.87, 1.00),
    "heldout91b": (1.00, 1.00, 0.83, 0.86, 0.80),
    "heldout91c": (1.00, 1.00, 0.95, 0.87, 1.00),
    "heldout91d": (0.96, 1.00, 0.92, 0.92, 1.00),
    "heldout91e": (0.88, 1.00, 0.86, 0.93, 1.00),
    "heldout91f": (0.50, 1.00, 0.85, 0.97, 1.00),
    "heldout91g": (1.00, 1.00, 0.73, 0.75, 1.00),
    "heldout91h": (0.75, 1.00, 0.87, 0.94, 1.00),
    "heldout92a": (0.51, 1.00, 0.88, 0.97, 1.00),
    "heldout92b": (0.80, 1.00, 0.85, 0.97, 1.00),
    "heldout92c": (0.92, 1.00, 0.85, 0.84, 1.00),
    "heldout92d": (1.00, 1.00, 0.89, 0.81, 0.94),
    "heldout92e": (1.00, 1.00, 0.57, 0.58, 1.00),
    "heldout92f": (0.28, 1.00, 0.93, 0.90, 1.00),
    "heldout92g": (1.00, 1.00, 0.75, 0.80, 0.92),
    "heldout92h": (1.00, 1.00, 0.82, 0.91, 1.00),
    "heldout93a": (0.93, 1.00, 0.97, 0.97, 1.00),
    "heldout93b": (0.97, 1.00, 0.97, 0.93, 1.00),
    "heldout93c": (0.97, 0.95, 0.95, 0.93, 1.00),
    "heldout93d": (0.92, 1.00, 0.91, 0.93, 1.00),
    "heldout93e": (0.85, 1.00, 0.74, 0.97, 1.00),
    "heldout93f": (1.00, 0.95, 0.93, 0.88, 1.00),
    "heldout93g": (0.91, 0.90, 0.76, 0.90, 1.00),
    "heldout93h": (0.90, 1.00, 0.80, 0.93, 1.00),
    "heldout94a": (0.87, 1.00, 0.90, 0.94, 0.85),
    "heldout94b": (0.96, 1.00, 0.87, 0.81, 1.00),
    "heldout95a": (0.71, 1.00, 0.93, 0.87, 1.00),
    "heldout96a": (0.80, 1.00, 0.85, 0.80, 1.00),
    "heldout96b": (0.95, 1.00, 0.84, 0.94, 1.00),
    "heldout96c": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout96d": (0.95, 0.96, 0.97, 0.94, 1.00),
    "heldout96e": (1.00, 1.00, 0.92, 0.85, 1.00),
    "heldout96f": (0.92, 1.00, 0.96, 0.88, 1.00),
    "heldout96g": (0.66, 1.00, 0.92, 0.97, 1.00),
    "heldout96h": (0.87, 1.00, 0.82, 0.86, 1.00),
    "heldout97a": (0.75, 1.00, 0.38, 0.69, 0.66),
    "heldout97b": (1.00, 1.00, 0.81, 0.93, 1.00),
    "heldout97c": (0.96, 1.00, 0.84, 0.92, 1.00),
    "heldout97d": (0.92, 1.00, 0.62, 0.95, 1.00),
    "heldout97e": (0.87, 1.00, 0.97, 1.00, 1.00),
    "heldout97f": (1.00, 1.00, 0.63, 0.76, 1.00),
    "heldout97g": (0.80, 1.00, 0.88, 0.92, 0.66),
    "heldout97h": (1.00, 1.00, 1.00, 0.90, 1.00),
    "heldout98a": (0.92, 1.00, 0.87, 1.00, 1.00),
    "heldout98b": (1.00, 1.00, 0.77, 0.93, 0.00),
    "heldout98c": (1.00, 1.00, 0.62, 0.82, 0.80),
    "heldout98d": (1.00, 1.00, 0.80, 0.55, 1.00),
    "heldout98e": (0.95, 0.60, 0.71, 0.85, 1.00),
    "heldout98f": (1.00, 1.00, 0.93, 0.95, 0.66),
    "heldout98g": (0.50, 1.00, 0.92, 1.00, 1.00),
    "heldout98h": (1.00, 1.00, 0.94, 0.76, 1.00),
    "heldout99a": (0.85, 0.77, 0.80, 0.86, 1.00),
    "heldout99b": (1.00, 0.88, 0.91, 0.85, 1.00),
    "heldout99c": (0.95, 0.95, 0.77, 0.82, 0.90),
    "heldout99d": (1.00, 1.00, 0.78, 0.80, 0.00),
    "heldout99e": (0.85, 1.00, 0.81, 0.81, 1.00),
    "heldout99f": (1.00, 1.00, 0.77, 0.80, 1.00),
    "heldout99g": (0.85, 1.00, 0.73, 0.96, 1.00),
    "heldout99h": (0.92, 1.00, 0.90, 0.84, 1.00),
    "heldout100a": (1.00, 1.00, 1.00, 0.90, 1.00),
    "heldout100b": (0.00, 1.00, 0.88, 1.00, 1.00),
    "heldout100c": (1.00, 1.00, 0.81, 0.90, 1.00),
    "heldout100d": (0.84, 0.87, 0.91, 0.89, 1.00),
    "heldout100e": (1.00, 1.00, 1.00, 0.87, 1.00),
    "heldout100f": (0.72, 1.00, 1.00, 0.96, 1.00),
    "heldout100g": (1.00, 1.00, 0.97, 0.95, 1.00),
    "heldout100h": (1.00, 1.00, 1.00, 0.96, 1.00),
    "heldout101b": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout101c": (0.66, 1.00, 0.88, 1.00, 1.00),
    "heldout101d": (1.00, 1.00, 0.56, 0.94, 0.97),
    "heldout101e": (1.00, 1.00, 0.83, 1.00, 1.00),
    "heldout101f": (1.00, 1.00, 1.00, 0.85, 1.00),
    "heldout102a": (0.40, 0.50, 0.00, 0.11, 0.93),
    "heldout102b": (0.61, 1.00, 0.37, 0.85, 1.00),
    "heldout102c": (0.97, 1.00, 0.86, 0.95, 0.80),
    "heldout102d": (0.47, 1.00, 0.88, 0.94, 1.00),
    "heldout102e": (0.93, 1.00, 0.95, 1.00, 1.00),
    "heldout102f": (1.00, 1.00, 0.73, 0.96, 1.00),
    "heldout102g": (1.00, 1.00, 0.91, 0.97, 1.00),
    "heldout102h": (0.85, 1.00, 0.95, 0.97, 1.00),
    "heldout103a": (0.60, 1.00, 0.93, 0.97, 0.00),
    "heldout103b": (1.00, 1.00, 0.85, 0.85, 1.00),
    "heldout103c": (0.94, 1.00, 0.66, 0.83, 1.00),
    "heldout103d": (0.80, 0.75, 0.69, 0.95, 1.00),
    "heldout103e": (1.00, 1.00, 0.70, 0.81, 1.00),
    "heldout103f": (1.00, 1.00, 0.76, 0.75, 0.00),
    "heldout103g": (0.44, 1.00, 0.53, 0.94, 1.00),
    "heldout103h": (0.82, 1.00, 0.75, 1.00, 0.00),
    "heldout104a": (1.00, 0.50, 0.78, 0.89, 0.75),
    "heldout104b": (0.75, 1.00, 0.81, 0.80, 1.00),
    "heldout104c": (0.87, 1.00, 0.91, 0.98, 0.50),
    "heldout104d": (0.85, 1.00, 0.95, 0.91, 1.00),
    "heldout104e": (1.00, 1.00, 0.63, 0.78, 1.00),
    "heldout104f": (1.00, 1.00, 0.47, 0.83, 1.00),
    "heldout104g": (0.66, 1.00, 1.00, 0.82, 1.00),
    "heldout104h": (1.00, 1.00, 0.66, 0.91, 1.00),
    "heldout105a": (0.75, 1.00, 0.89, 0.85, 1.00),
    "heldout105b": (0.50, 1.00, 0.54, 0.92, 1.00),
    "heldout105c": (0.66, 1.00, 0.82, 0.88, 1.00),
    "heldout106a": (0.80, 1.00, 0.64, 0.95, 1.00),
    "heldout106b": (0.00, 1.00, 0.77, 0.86, 1.00),
    "heldout106c": (0.93, 1.00, 0.95, 0.86, 1.00),
    "heldout106d": (0.94, 1.00, 0.70, 0.95, 1.00),
    "heldout106e": (1.00, 1.00, 0.96, 1.00, 1.00),
    "heldout106f": (0.90, 1.00, 0.81, 0.93, 1.00),
    "heldout106g": (1.00, 1.00, 0.70, 0.83, 1.00),
    "heldout106h": (1.00, 0.85, 0.50, 0.88, 1.00),
    "heldout107a": (1.00, 1.00, 0.72, 0.87, 1.00),
    "heldout107b": (0.00, 1.00, 0.66, 0.66, 1.00),
    "heldout107c": (1.00, 1.00, 0.53, 0.95, 0.66),
    "heldout107d": (0.83, 1.00, 0.84, 0.89, 0.00),
    "heldout107e": (0.66, 1.00, 0.96, 0.85, 1.00),
    "heldout107f": (0.78, 1.00, 0.16, 0.96, 1.00),
    "heldout107g": (1.00, 1.00, 0.93, 1.00, 1.00),
    "heldout107h": (1.00, 1.00, 0.71, 0.85, 1.00),
    "heldout108a": (1.00, 1.00, 0.75, 0.85, 1.00),
    "heldout108b": (1.00, 1.00, 0.75, 0.78, 1.00),
    "heldout108c": (1.00, 1.00, 0.78, 0.88, 1.00),
    "heldout108d": (1.00, 1.00, 0.94, 1.00, 1.00),
    "heldout108e": (1.00, 1.00, 0.40, 0.72, 1.00),
    "heldout108f": (1.00, 1.00, 0.28, 1.00, 1.00),
    "heldout108g": (1.00, 1.00, 0.75, 0.72, 1.00),
    "heldout108h": (1.00, 1.00, 0.82, 1.00, 0.00),
    "heldout109a": (0.00, 1.00, 0.85, 0.76, 1.00),
    "heldout109b": (1.00, 1.00, 1.00, 0.83, 1.00),
    "heldout110a": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout110b": (0.80, 1.00, 0.66, 0.66, 1.00),
    "heldout110c": (0.80, 1.00, 0.73, 0.94, 1.00),
    "heldout110d": (1.00, 1.00, 0.84, 1.00, 1.00),
    "heldout110e": (1.00, 1.00, 1.00, 0.84, 1.00),
    "heldout110f": (1.00, 1.00, 0.75, 0.90, 1.00),
    "heldout110g": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout110h": (0.60, 1.00, 0.58, 0.96, 1.00),
    "heldout111a": (0.40, 1.00, 0.94, 0.97, 1.00),
    "heldout111b": (0.72, 1.00, 0.79, 0.94, 0.50),
    "heldout111c": (0.95, 1.00, 0.81, 0.92, 1.00),
    "heldout111d": (1.00, 1.00, 0.89, 0.88, 0.66),
    "heldout111e": (1.00, 1.00, 0.89, 0.78, 1.00),
    "heldout111f": (0.75, 1.00, 0.87, 0.90, 1.00),
    "heldout111g": (0.85, 1.00, 0.66, 0.92, 1.00),
    "heldout111h": (1.00, 1.00, 0.81, 0.97, 0.66),
    "heldout112a": (0.80, 1.00, 0.71, 0.87, 1.00),
    "heldout112b": (0.83, 1.00, 0.28, 0.85, 1.00),
    "heldout112c": (1.00, 1.00, 0.50, 0.80, 1.00),
    "heldout112d": (1.00, 1.00, 0.90, 0.76, 0.66),
    "heldout112e": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout112f": (0.92, 1.00, 0.83, 0.85, 1.00),
    "heldout112g": (1.00, 1.00, 0.66, 0.63, 1.00),
    "heldout112h": (0.72, 1.00, 0.90, 1.00, 1.00),
    "heldout113a": (1.00, 1.00, 0.80, 0.80, 0.85),
    "heldout113b": (0.66, 1.00, 0.80, 0.93, 0.80),
    "heldout114a": (1.00, 1.00, 0.91, 0.90, 1.00),
    "heldout114b": (0.88, 1.00, 0.85, 0.84, 1.00),
    "heldout114c": (0.75, 1.00, 0.91, 0.97, 1.00),
    "heldout114d": (0.00, 1.00, 1.00, 0.85, 0.00),
    "heldout114e": (1.00, 1.00, 0.76, 0.96, 1.00),
    "heldout114f": (0.66, 1.00, 0.85, 0.87, 1.00),
    "heldout114g": (0.88, 1.00, 0.43, 0.69, 1.00),
    "heldout114h": (1.00, 1.00, 0.66, 0.76, 1.00),
    "heldout115a": (1.00, 1.00, 0.96, 1.00, 1.00),
    "heldout115b": (1.00, 1.00, 0.61, 0.87, 1.00),
    "heldout115c": (1.00, 1.00, 0.59, 0.72, 0.80),
    "heldout115d": (0.00, 1.00, 0.66, 0.93, 1.00),
    "heldout115e": (0.66, 1.00, 0.66, 0.88, 1.00),
    "heldout115f": (1.00, 1.00, 0.54, 0.71, 0.50),
    "heldout115g": (0.66, 1.00, 0.46, 0.87, 1.00),
    "heldout115h": (1.00, 1.00, 0.00, 0.92, 0.66),
    "heldout116a": (0.66, 1.00, 0.73, 0.85, 1.00),
    "heldout116b": (1.00, 1.00, 0.66, 0.50, 1.00),
    "heldout116c": (1.00, 0.50, 0.66, 1.00, 1.00),
    "heldout116d": (1.00, 1.00, 0.54, 0.60, 1.00),
    "heldout116e": (0.66, 1.00, 0.76, 0.66, 1.00),
    "heldout116f": (1.00, 1.00, 0.44, 0.74, 1.00),
    "heldout117a": (1.00, 1.00, 0.72, 0.80, 1.00),
    "heldout117b": (1.00, 0.75, 0.72, 0.77, 1.00),
    "heldout117c": (1.00, 1.00, 0.85, 0.77, 1.00),
    "heldout118a": (1.00, 1.00, 0.84, 0.80, 1.00),
    "heldout118b": (0.90, 1.00, 0.90, 1.00, 1.00),
    "heldout118c": (1.00, 1.00, 0.81, 0.93, 1.00),
    "heldout118d": (0.72, 0.87, 0.89, 0.97, 1.00),
    "heldout118e": (0.85, 1.00, 0.79, 0.90, 1.00),
    "heldout118f": (0.58, 1.00, 0.92, 0.98, 1.00),
    "heldout118g": (1.00, 1.00, 0.76, 1.00, 1.00),
    "heldout118h": (0.94, 1.00, 0.62, 0.85, 1.00),
    "heldout119a": (0.61, 1.00, 0.94, 0.73, 1.00),
    "heldout119b": (1.00, 1.00, 0.94, 0.95, 1.00),
    "heldout119c": (0.93, 1.00, 1.00, 0.96, 1.00),
    "heldout119d": (1.00, 1.00, 0.92, 0.94, 1.00),
    "heldout119e": (0.94, 1.00, 0.90, 1.00, 1.00),
    "heldout119f": (0.94, 1.00, 0.88, 1.00, 1.00),
    "heldout119g": (0.00, 1.00, 0.90, 0.96, 1.00),
    "heldout120a": (0.00, 1.00, 0.33, 0.94, 1.00),
    "heldout120b": (1.00, 1.00, 0.55, 1.00, 1.00),
    "heldout120c": (0.81, 0.88, 0.66, 0.97, 0.80),
    "heldout120d": (0.00, 1.00, 0.93, 0.95, 1.00),
    "heldout120e": (0.00, 1.00, 1.00, 1.00, 1.00),
    "heldout120f": (1.00, 1.00, 0.80, 0.94, 1.00),
    "heldout120g": (1.00, 1.00, 0.36, 0.57, 1.00),
    "heldout120h": (0.82, 0.83, 0.92, 0.93, 1.00),
    "heldout121a": (0.72, 0.87, 0.83, 0.94, 1.00),
    "heldout121b": (0.81, 0.88, 0.83, 0.90, 1.00),
    "heldout121c": (0.80, 1.00, 0.76, 0.90, 0.40),
    "heldout121d": (0.75, 0.88, 0.84, 0.94, 1.00),
    "heldout121e": (0.58, 0.80, 0.97, 0.90, 1.00),
    "heldout121f": (1.00, 1.00, 0.83, 0.96, 1.00),
    "heldout121g": (1.00, 1.00, 0.86, 0.92, 1.00),
    "heldout121h": (0.85, 1.00, 0.75, 0.96, 0.00),
    "heldout122a": (0.76, 1.00, 0.70, 0.89, 1.00),
    "heldout122b": (0.66, 1.00, 0.83, 0.75, 1.00),
    "heldout122c": (1.00, 1.00, 0.91, 0.85, 1.00),
    "heldout122d": (0.61, 1.00, 0.82, 0.81, 1.00),
    "heldout122e": (0.85, 0.66, 0.92, 0.94, 1.00),
    "heldout122f": (0.66, 1.00, 0.94, 1.00, 1.00),
    "heldout123a": (0.50, 1.00, 0.93, 1.00, 1.00),
    "heldout123b": (0.66, 1.00, 0.82, 1.00, 1.00),
    "heldout123c": (0.80, 1.00, 0.95, 1.00, 1.00),
    "heldout123d": (0.00, 1.00, 0.75, 1.00, 1.00),
    "heldout124b": (0.37, 1.00, 0.94, 1.00, 1.00),
    "heldout124c": (0.80, 0.83, 0.90, 0.97, 1.00),
    "heldout124d": (1.00, 1.00, 0.90, 0.92, 1.00),
    "heldout124e": (0.80, 1.00, 0.95, 1.00, 1.00),
    "heldout124f": (1.00, 1.00, 0.92, 1.00, 1.00),
    "heldout124g": (0.90, 1.00, 0.90, 1.00, 1.00),
    "heldout125a": (1.00, 1.00, 0.80, 0.90, 1.00),
    "heldout125b": (1.00, 1.00, 1.00, 0.94, 1.00),
    "heldout125c": (1.00, 1.00, 0.40, 1.00, 1.00),
    "heldout125d": (1.00, 1.00, 0.82, 1.00, 1.00),
    "heldout125e": (0.75, 1.00, 0.89, 0.92, 1.00),
    "heldout125f": (1.00, 1.00, 0.90, 1.00, 1.00),
    "heldout125g": (1.00, 1.00, 0.85, 1.00, 1.00),
    "heldout126a": (1.00, 1.00, 0.75, 1.00, 1.00),
    "heldout126b": (1.00, 1.00, 0.88, 0.92, 1.00),
    "heldout126c": (1.00, 1.00, 1.00, 0.72, 1.00),
    "heldout126d": (1.00, 1.00, 0.66, 0.88, 0.00),
    "heldout126e": (0.00, 1.00, 0.94, 0.95, 1.00),
    "heldout126f": (0.85, 1.00, 0.90, 0.97, 1.00),
    "heldout126g": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout127a": (1.00, 1.00, 0.70, 0.91, 1.00),
    "heldout127b": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout127c": (0.93, 1.00, 0.88, 1.00, 1.00),
    "heldout127d": (0.88, 1.00, 0.73, 0.90, 1.00),
    "heldout127e": (1.00, 1.00, 0.87, 1.00, 1.00),
    "heldout127f": (0.57, 1.00, 0.90, 0.85, 1.00),
    "heldout128c": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout128e": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout128f": (1.00, 1.00, 0.50, 0.80, 1.00),
    "heldout128g": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout128h": (1.00, 1.00, 0.80, 1.00, 1.00),
    "heldout129b": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout129c": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout129d": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout129f": (1.00, 1.00, 0.00, 1.00, 1.00),
    "heldout129g": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout130a": (0.66, 1.00, 0.94, 1.00, 1.00),
    "heldout130b": (1.00, 1.00, 0.60, 0.75, 1.00),
    "heldout130c": (1.00, 0.85, 0.77, 1.00, 1.00),
    "heldout130d": (0.95, 1.00, 0.86, 0.98, 1.00),
    "heldout130e": (1.00, 1.00, 0.95, 1.00, 1.00),
    "heldout130f": (0.44, 1.00, 0.95, 1.00, 1.00),
    "heldout130g": (1.00, 1.00, 0.87, 0.94, 1.00),
    "heldout131a": (1.00, 1.00, 0.00, 1.00, 1.00),
    "heldout131b": (1.00, 1.00, 0.84, 0.96, 1.00),
    "heldout131d": (1.00, 1.00, 0.80, 0.91, 1.00),
    "heldout131e": (0.88, 1.00, 0.80, 0.94, 1.00),
    "heldout131c": (0.85, 1.00, 0.88, 0.90, 1.00),
    "heldout132a": (0.88, 1.00, 1.00, 1.00, 1.00),
    "heldout132b": (0.66, 1.00, 0.80, 1.00, 1.00),
    "heldout132c": (0.66, 1.00, 0.66, 0.76, 1.00),
    "heldout132d": (1.00, 1.00, 0.80, 0.95, 1.00),
    "heldout132e": (1.00, 1.00, 0.85, 0.80, 1.00),
    "heldout132f": (0.80, 1.00, 0.92, 0.96, 1.00),
    "heldout133c": (0.40, 1.00, 0.81, 0.88, 1.00),
    "heldout133d": (0.80, 1.00, 0.78, 0.96, 1.00),
    "heldout133e": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout133f": (0.94, 1.00, 0.88, 1.00, 1.00),
    "heldout133g": (1.00, 1.00, 0.57, 0.76, 1.00),
    "heldout134a": (1.00, 1.00, 0.90, 1.00, 1.00),
    "heldout134b": (0.85, 1.00, 1.00, 0.88, 1.00),
    "heldout134d": (0.50, 1.00, 0.89, 1.00, 1.00),
    "heldout134f": (0.83, 1.00, 0.83, 0.83, 1.00),
    "heldout134g": (1.00, 1.00, 0.86, 0.93, 1.00),
    "heldout135a": (0.85, 1.00, 0.80, 1.00, 1.00),
    "heldout135b": (1.00, 1.00, 0.85, 1.00, 1.00),
    "heldout135c": (1.00, 1.00, 0.88, 0.97, 1.00),
    "heldout135d": (1.00, 1.00, 0.92, 0.95, 1.00),
    "heldout135e": (1.00, 1.00, 0.82, 1.00, 1.00),
    "heldout135f": (0.66, 1.00, 0.72, 1.00, 1.00),
    "heldout135g": (0.66, 1.00, 0.66, 1.00, 1.00),
    "heldout136a": (0.70, 1.00, 0.84, 0.90, 1.00),
    "heldout136b": (1.00, 1.00, 0.66, 0.85, 1.00),
    "heldout136c": (1.00, 1.00, 0.76, 1.00, 1.00),
    "heldout136d": (1.00, 0.83, 0.75, 0.85, 1.00),
    "heldout136e": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout136f": (1.00, 1.00, 0.80, 1.00, 1.00),
    "heldout136g": (1.00, 1.00, 1.00, 0.75, 1.00),
    "heldout137a": (0.85, 1.00, 0.95, 0.96, 1.00),
    "heldout137b": (0.71, 1.00, 0.77, 0.97, 1.00),
    "heldout137c": (0.57, 0.50, 0.80, 0.86, 1.00),
    "heldout137d": (0.84, 1.00, 0.83, 0.94, 1.00),
    "heldout137e": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout137f": (1.00, 1.00, 1.00, 1.00, 1.00),
    "heldout137g": (0.40, 1.00, 0.80, 0.94, 1.00),
    "heldout137h": (0.80, 1.00, 0.66, 0.77, 1.00),
}.items()}


UNFINISHED = {"heldout44a": 10, "heldout44b": 19, "heldout44c": 17, "heldout45a": 22, "heldout45b": 22,
              "heldout46a": 22, "heldout46b": 24, "heldout46c": 22, "heldout47a": 22, "heldout47b": 22,
              "heldout47c": 23, "heldout48a": 22, "heldout48b": 22, "heldout48c": 22, "heldout49a": 22,
              "heldout49b": 22, "heldout49c": 22, "heldout50a": 22, "heldout50b": 22, "heldout50c": 22,
              "heldout51a": 22, "heldout51b": 22, "heldout51c": 21, "heldout52a": 22, "heldout52b": 22,
              "heldout52c": 22, "heldout53a": 22, "heldout53b": 22, "heldout53c": 22, "heldout54a": 22,
              "heldout54b": 22, "heldout54c": 22, "heldout55a": 22, "heldout55b": 22, "heldout55c": 22,
              "heldout56a": 22, "heldout56b": 22, "heldout56c": 22, "heldout57a": 23, "heldout57b": 22,
              "heldout57c": 22, "heldout58a": 22, "heldout58b": 22, "heldout58c": 22, "heldout59a": 22,
              "heldout59b": 21, "heldout59c": 20, "heldout60a": 22, "heldout60b": 19, "heldout60c": 21,
              "heldout61a": 18, "heldout61b": 18, "heldout61c": 20, "heldout62a": 21, "heldout62b": 22,
              "heldout62c": 22, "heldout63a": 20, "heldout63b": 19, "heldout63c": 22, "heldout64a": 21,
              "heldout64b": 18, "heldout64c": 18, "heldout65a": 18, "heldout65b": 15, "heldout65c": 19,
              "heldout66a": 20, "heldout66b": 20, "heldout66c": 20, "heldout67a": 20, "heldout67b": 20,
              "heldout67c": 20, "heldout68a": 20, "heldout68b": 20, "heldout68c": 20, "heldout69a": 20,
              "heldout69b": 20, "heldout69c": 20, "heldout70a": 20, "heldout70b": 8, "heldout70c": 14,
              "heldout71a": 16, "heldout71b": 20, "heldout71c": 14, "heldout72a": 12, "heldout72b": 7,
              "heldout73a": 20, "heldout73b": 20, "heldout73c": 15, "heldout73d": 18, "heldout73e": 20,
              "heldout73f": 20, "heldout74a": 21, "heldout74b": 12, "heldout74c": 9, "heldout74d": 18,
              "heldout74e": 20, "heldout74f": 21, "heldout75a": 20, "heldout75b": 20, "heldout75c": 16,
              "heldout75d": 17, "heldout75e": 7, "heldout75f": 17, "heldout76a": 20, "heldout76b": 20,
              "heldout77a": 15, "heldout78a": 20, "heldout78b": 21, "heldout78c": 20, "heldout78d": 16,
              "heldout78e": 18, "heldout78f": 20, "heldout78g": 15, "heldout78h": 20, "heldout79a": 20,
              "heldout79b": 20, "heldout79c": 16, "heldout79d": 8, "heldout79e": 9, "heldout79f": 6, "heldout79g": 20,
              "heldout79h": 20, "heldout80a": 20, "heldout80b": 10, "heldout80c": 13, "heldout80d": 14,
              "heldout80e": 17, "heldout80f": 20, "heldout81a": 7, "heldout82a": 20, "heldout82b": 14,
              "heldout82c": 12, "heldout82d": 20, "heldout82e": 15, "heldout82f": 5, "heldout82g": 13,
              "heldout82h": 7, "heldout83a": 3, "heldout83b": 8, "heldout83c": 20, "heldout83d": 8, "heldout83e": 7,
              "heldout83f": 13, "heldout83g": 14, "heldout83h": 8, "heldout84a": 7, "heldout84b": 6, "heldout84c": 12,
              "heldout84d": 13, "heldout84e": 20, "heldout84f": 14, "heldout85a": 8, "heldout86a": 20,
              "heldout86b": 20, "heldout86c": 20, "heldout86d": 20, "heldout86e": 20, "heldout86f": 20,
              "heldout86g": 14, "heldout86h": 20, "heldout87a": 16, "heldout87b": 20, "heldout87c": 20,
              "heldout87d": 17, "heldout87e": 9, "heldout87f": 20, "heldout87g": 9, "heldout87h": 19,
              "heldout88a": 20, "heldout88b": 17, "heldout88c": 20, "heldout88d": 20, "heldout88e": 20,
              "heldout89a": 20, "heldout89b": 20, "heldout89c": 20, "heldout90a": 16, "heldout91a": 20,
              "heldout91b": 11, "heldout91c": 11, "heldout91d": 20, "heldout91e": 20, "heldout91f": 20,
              "heldout91g": 17, "heldout91h": 20, "heldout92a": 20, "heldout92b": 20, "heldout92c": 20,
              "heldout92d": 20, "heldout92e": 20, "heldout92f": 20, "heldout92g": 20, "heldout92h": 20,
              "heldout93a": 20, "heldout93b": 20, "heldout93c": 20, "heldout93d": 10, "heldout93e": 20,
              "heldout93f": 15, "heldout93g": 20, "heldout93h": 16, "heldout94a": 20, "heldout94b": 11,
              "heldout95a": 20, "heldout96a": 3, "heldout96b": 16, "heldout96c": 2, "heldout96d": 14,
              "heldout96e": 19, "heldout96f": 12, "heldout96g": 6, "heldout96h": 14, "heldout97a": 16,
              "heldout97b": 14, "heldout97c": 20, "heldout97d": 17, "heldout97e": 20, "heldout97f": 9,
              "heldout97g": 14, "heldout97h": 6, "heldout98a": 7, "heldout98b": 7, "heldout98c": 7, "heldout98d": 15,
              "heldout98e": 16, "heldout98f": 20, "heldout98g": 12, "heldout98h": 8, "heldout99a": 11,
              "heldout99b": 20, "heldout99c": 17, "heldout99d": 9, "heldout99e": 16, "heldout99f": 11,
              "heldout99g": 11, "heldout99h": 20, "heldout100a": 5, "heldout100b": 11, "heldout100c": 20,
              "heldout100d": 14, "heldout100e": 7, "heldout100f": 11, "heldout100g": 20, "heldout100h": 10,
              "heldout101b": 2, "heldout101c": 4, "heldout101d": 13, "heldout101e": 4, "heldout101f": 8,
              "heldout102a": 20, "heldout102b": 15, "heldout102c": 20, "heldout102d": 14, "heldout102e": 20,
              "heldout102f": 14, "heldout102g": 20, "heldout102h": 20, "heldout103a": 20, "heldout103b": 6,
              "heldout103c": 9, "heldout103d": 10, "heldout103e": 12, "heldout103f": 15, "heldout103g": 20,
              "heldout103h": 18, "heldout104a": 20, "heldout104b": 17, "heldout104c": 20, "heldout104d": 20,
              "heldout104e": 20, "heldout104f": 16, "heldout104g": 10, "heldout104h": 20, "heldout105a": 18,
              "heldout105b": 20, "heldout105c": 17, "heldout106a": 20, "heldout106b": 20, "heldout106c": 20,
              "heldout106d": 16, "heldout106e": 16, "heldout106f": 13, "heldout106g": 10, "heldout106h": 16,
              "heldout107a": 18, "heldout107b": 16, "heldout107c": 9, "heldout107d": 14, "heldout107e": 20,
              "heldout107f": 20, "heldout107g": 12, "heldout107h": 16, "heldout108a": 10, "heldout108b": 11,
              "heldout108c": 11, "heldout108d": 9, "heldout108e": 14, "heldout108f": 7, "heldout108g": 13,
              "heldout108h": 10, "heldout109a": 13, "heldout109b": 18, "heldout110a": 2, "heldout110b": 5,
              "heldout110c": 10, "heldout110d": 11, "heldout110e": 9, "heldout110f": 10, "heldout110g": 2,
              "heldout110h": 12, "heldout111a": 20, "heldout111b": 20, "heldout111c": 19, "heldout111d": 20,
              "heldout111e": 13, "heldout111f": 20, "heldout111g": 20, "heldout111h": 14, "heldout112a": 5,
              "heldout112b": 3, "heldout112c": 8, "heldout112d": 11, "heldout112e": 4, "heldout112f": 12,
              "heldout112g": 9, "heldout112h": 13, "heldout113a": 7, "heldout113b": 5, "heldout114a": 12,
              "heldout114b": 18, "heldout114c": 18, "heldout114d": 4, "heldout114e": 8, "heldout114f": 14,
              "heldout114g": 19, "heldout114h": 20, "heldout115a": 11, "heldout115b": 9, "heldout115c": 20,
              "heldout115d": 7, "heldout115e": 17, "heldout115f": 5, "heldout115g": 6, "heldout115h": 6,
              "heldout116a": 13, "heldout116b": 14, "heldout116c": 3, "heldout116d": 11, "heldout116e": 17,
              "heldout116f": 9, "heldout117a": 5, "heldout117b": 5, "heldout117c": 8, "heldout118a": 18,
              "heldout118b": 19, "heldout118c": 24, "heldout118d": 24, "heldout118e": 30, "heldout118f": 28,
              "heldout118g": 8, "heldout118h": 8, "heldout119a": 12, "heldout119b": 16, "heldout119c": 14,
              "heldout119d": 9, "heldout119e": 14, "heldout119f": 8, "heldout119g": 26, "heldout120a": 9,
              "heldout120b": 8, "heldout120c": 18, "heldout120d": 17, "heldout120e": 2, "heldout120f": 9,
              "heldout120g": 7, "heldout120h": 22, "heldout121a": 25, "heldout121b": 26, "heldout121c": 21,
              "heldout121d": 27, "heldout121e": 30, "heldout121f": 13, "heldout121g": 14, "heldout121h": 30,
              "heldout122a": 12, "heldout122b": 5, "heldout122c": 14, "heldout122d": 21, "heldout122e": 28,
              "heldout122f": 12, "heldout123a": 7, "heldout123b": 14, "heldout123c": 10, "heldout123d": 4,
              "heldout124b": 11, "heldout124c": 14, "heldout124d": 19, "heldout124e": 10, "heldout124f": 9,
              "heldout124g": 13, "heldout125a": 8, "heldout125b": 8, "heldout125c": 5, "heldout125d": 7,
              "heldout125e": 21, "heldout125f": 8, "heldout125g": 9, "heldout126a": 8, "heldout126b": 7,
              "heldout126c": 6, "heldout126d": 9, "heldout126e": 8, "heldout126f": 19, "heldout126g": 3,
              "heldout127a": 11, "heldout127b": 2, "heldout127c": 12, "heldout127d": 19, "heldout127e": 16,
              "heldout127f": 6, "heldout128c": 2, "heldout128e": 1, "heldout128f": 3, "heldout128g": 1,
              "heldout128h": 5, "heldout129b": 1, "heldout129c": 1, "heldout129d": 1, "heldout129f": 1,
              "heldout129g": 1, "heldout130a": 9, "heldout130b": 5, "heldout130c": 10, "heldout130d": 24,
              "heldout130e": 7, "heldout130f": 11, "heldout130g": 8, "heldout131a": 2, "heldout131b": 12,
              "heldout131d": 10, "heldout131e": 8, "heldout131c": 22, "heldout132a": 6, "heldout132b": 6,
              "heldout132c": 6, "heldout132d": 7, "heldout132e": 3, "heldout132f": 13, "heldout133c": 12,
              "heldout133d": 14, "heldout133e": 1, "heldout133f": 8, "heldout133g": 4, "heldout134a": 9,
              "heldout134b": 9, "heldout134d": 9, "heldout134f": 6, "heldout134g": 14, "heldout135a": 11,
              "heldout135b": 6, "heldout135c": 16, "heldout135d": 9, "heldout135e": 7, "heldout135f": 6,
              "heldout135g": 4, "heldout136a": 10, "heldout136b": 3, "heldout136c": 6, "heldout136d": 4,
              "heldout136e": 1, "heldout136f": 2, "heldout136g": 3, "heldout137a": 13, "heldout137b": 19,
              "heldout137c": 14, "heldout137d": 21, "heldout137e": 3, "heldout137f": 4, "heldout137g": 6,
              "heldout137h": 9}


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_figures_hold(name):
    import kg

    folder = DATA / name
    graph = kg.build([folder / "listing.txt"])
    gold = load_gold(folder / "gold.json")
    report = evaluate(gold, graph.papers, graph.extractions, load())
    # 40 papers a part; 33b ran short at 36, sets 44 to 65 stopped when the annotators' searches ran out, and
    # sets 66 to 73 were made of 20 papers a part (six parts of 70-72 stopped at 7-16, two of 73 at 15 and 18, three of 74 at 9-18, five of 75 at 7-17, 77a at 15, three of 78 at 15-18, four of 79 at 6-16, four of 80 at 10-17, 81a at 7, most parts of rounds 82-85 at 3-15, and
    # the parts of rounds 96-137 at 1-24, as many affect papers as each range of a volume held)
    assert report.papers == len(gold) >= UNFINISHED.get(name, 36)
    figures = report.figures()
    failing = {k: (figures[k], floor) for k, floor in HELDOUT_FLOORS[name].items() if figures[k] < floor}
    assert not failing, format_report(report, details=False)


def test_heldout6_as_a_whole_keeps_the_targets():
    """Held-out set 6 (6a + 6b, 80 papers) met every acceptance target (the dev FLOORS) at its first
    measurement; it must keep doing so. (Held-out sets 7 to 10, measured later, did not: see the README.)"""
    import kg

    folders = [DATA / "heldout6a", DATA / "heldout6b"]
    graph = kg.build([f / "listing.txt" for f in folders])
    gold = [p for f in folders for p in load_gold(f / "gold.json")]
    report = evaluate(gold, graph.papers, graph.extractions, load())
    assert report.papers == len(gold) == 80
    figures = report.figures()
    failing = {k: (figures[k], floor) for k, floor in FLOORS.items() if figures[k] < floor}
    assert not failing, format_report(report, details=False)


def _paper(title, datasets=(), tasks=(), modalities=(), models=()):
    return {"title": title, "datasets": [{"name": n, "role": r} for n, r in datasets], "tasks": list(tasks),
            "modalities": list(modalities), "emotion_models": list(models)}


def test_agreement_scores_a_second_annotation_field_by_field():
    first = [_paper("A", [("IEMOCAP", "uses"), ("NewSet", "introduces")], ["speech-emotion-recognition"], ["speech"]),
             _paper("B", tasks=["text-emotion-recognition", "sentiment-analysis"], models=["ekman"])]
    second = [_paper("b", tasks=["text-emotion-recognition"], models=["ekman"]),  # titles match as the eval does
              _paper("A", [("IEMOCAP dataset", "uses"), ("NewSet", "uses")], ["speech-emotion-recognition"],
                     ["speech", "text"])]
    from kg.evaluate import agreement

    report = agreement(first, second, load())
    s = report.scores
    assert (s["datasets"].tp, s["datasets"].fp, s["datasets"].fn) == (2, 0, 0)  # "IEMOCAP dataset" is IEMOCAP
    assert (report.role_correct, report.role_total) == (1, 2)
    assert report.role_errors == ["A: newset (introduces, not uses)"]
    assert "wrong dataset roles (annotated, not extracted):\n  A: newset (introduces, not uses)" in format_report(report)
    assert (s["tasks"].tp, s["tasks"].fp, s["tasks"].fn) == (2, 0, 1)
    assert s["tasks"].misses == ["B: sentiment-analysis"]
    assert (s["modalities"].tp, s["modalities"].fp) == (1, 1) and s["emotion_models"].f1 == 1.0
    # F1 does not depend on which annotation is taken as the gold; precision and recall swap
    back = agreement(second, first, load()).scores["tasks"]
    assert back.f1 == s["tasks"].f1 and back.precision == s["tasks"].recall


def test_a_name_spelt_with_other_hyphens_is_the_gold_name():
    from kg.evaluate import agreement

    s = agreement([_paper("A", [("UTKFace", "uses")])], [_paper("A", [("UTK-Face", "uses")])], load()).scores
    assert (s["datasets"].tp, s["datasets"].fp, s["datasets"].fn) == (1, 0, 0)
    other = agreement([_paper("A", [("UTKFace", "uses")])], [_paper("A", [("UTK-Faces", "uses")])], load()).scores
    assert (other["datasets"].tp, other["datasets"].false_hits) == (0, ["A: utk-faces"])
    event = agreement([_paper("A", [("CLPsych 2019 Shared Task", "uses")])], [_paper("A", [("CLPsych 2019", "uses")])],
                      load()).scores["datasets"]
    assert (event.tp, event.fp, event.fn) == (1, 0, 0)  # the word saying what kind of event it is aside


@pytest.mark.parametrize("other", ["MAC", "Moroccan Arabic Corpus", "Moroccan Arabic Corpus (MAC)"])
def test_a_gold_name_with_its_short_form_is_found_under_either(other):
    from kg.evaluate import agreement

    gold = [_paper("A", [("Moroccan Arabic Corpus (MAC)", "uses")])]
    s = agreement(gold, [_paper("A", [(other, "uses")])], load()).scores["datasets"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 0)
    wrong = agreement(gold, [_paper("A", [("MYC", "uses")])], load()).scores["datasets"]
    assert (wrong.tp, wrong.fp, wrong.fn) == (0, 1, 1)


def test_a_gold_name_the_paper_shortens_is_found_under_its_short_form():
    from kg.extract import Extractor
    from kg.models import Paper

    paper = Paper(title="SaudiBERT", abstract="We present a new corpus, the Saudi Tweets Mega Corpus (STMC), of tweets.")
    found = Extractor(load(), task_model=None).extract(paper)
    assert [m.target.rsplit("/", 1)[-1] for m in found.mentions if m.predicate.endswith("Dataset")] == ["stmc"]
    for name, tp in (("Saudi Tweets Mega Corpus", 1), ("Saudi Tweets Corpus", 0)):
        s = evaluate([_paper("SaudiBERT", [(name, "introduces")])], [paper], [found], load()).scores["datasets"]
        assert s.tp == tp


@pytest.mark.parametrize("taken, tp", [("Zorbic Empathetic Dialogues", 1), ("Empathetic Dialogues", 0),
                                       ("Zorbic Dialogues", 0)])
def test_a_gold_short_name_the_paper_spells_out_is_found_under_its_long_form(taken, tp):
    from kg.ids import dataset_iri
    from kg.models import Extraction, Mention, Paper

    paper = Paper(title="Empathy", abstract="We introduce the Zorbic Empathetic Dialogues (ZoED), a benchmark.")
    found = Extraction([Mention("introducesDataset", dataset_iri(taken), taken, "", 0, 1, "test", 1.0)])
    s = evaluate([_paper("Empathy", [("ZoED", "introduces")])], [paper], [found], load()).scores["datasets"]
    assert (s.tp, s.fp, s.fn) == (tp, 1 - tp, 1 - tp)


@pytest.mark.parametrize("other, found", [("SemEval-2007 Task 14", True), ("SemEval-2007 Task 14: Affective Text", True),
                                          ("Affective Text", False), ("SemEval-2007 Task 1", False)])
def test_a_gold_name_with_its_title_is_found_by_the_name_before_the_colon(other, found):
    from kg.evaluate import agreement

    gold = [_paper("A", [("SemEval-2007 Task 14: Affective Text", "uses")])]
    s = agreement(gold, [_paper("A", [(other, "uses")])], load()).scores["datasets"]
    assert (s.tp, s.fp, s.fn) == ((1, 0, 0) if found else (0, 1, 1))


def test_an_annotation_scored_against_itself_agrees_fully():
    from kg.evaluate import agreement

    gold = load_gold(DATA / "heldout22a" / "gold.json")
    report = agreement(gold, gold, load())
    assert report.papers == len(gold) and report.role_accuracy == 1.0
    assert all(s.f1 == 1.0 and not s.misses for s in report.scores.values())
