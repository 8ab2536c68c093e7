"""A linear task classifier read from a shipped file: what the rules miss, learned from annotated papers.

The rules find a task when a sentence names it or a pattern implies it. Annotators also name tasks a paper
only implies through its whole abstract; a logistic regression over the words and word pairs of title and
abstract (TF-IDF, one model per task) learns those from the gold sets in ``tests/data``. ``kg.tasklearn``
fits it (scikit-learn, a development extra); this module only scores, with NumPy, so a build needs no
scikit-learn. The features copy scikit-learn's ``TfidfVectorizer`` (word tokens of two or more characters,
lower-cased, uni- and bigrams, ``1 + ln tf`` times the smoothed idf, L2-normalised), so the shipped weights
mean here what they meant when they were fitted.
"""
from __future__ import annotations

import base64
import gzip
import json
import operator
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick
import numpy as np

MODEL_PATH = Path(__file__).parent / "task-model.json.gz"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_VALUE = operator.itemgetter(1)


def document(title: str, abstract: str) -> str:
    """The text the model reads: the title twice, since a title says more per word than an abstract."""
    return f"{title} . {title} . {abstract}"


def terms(text: str) -> Counter:
    """Word and word-pair counts, as scikit-learn's analyser makes them (ngram_range=(1, 2))."""
    tokens = _TOKEN.findall(text.lower())
    counts = Counter(tokens)
    counts.update(map(operator.add, tokens, map(" ".__add__, tokens[1:])))
    return counts


@dataclass(frozen=True, eq=False)
class TaskModel:
    """The vocabulary (term -> row), its idf, a weight per term and task, an intercept per task, thresholds."""
    tasks: tuple[str, ...]
    index: dict[str, int]
    idf: np.ndarray       # (terms,)
    weights: np.ndarray   # (terms, tasks)
    bias: np.ndarray      # (tasks,)
    automaton: ahocorasick.Automaton  # " term " -> row, for every term of the vocabulary
    add: float       # a task the rules missed is added above this probability
    keep: float      # a rule's task is dropped below this one
    fallback: float  # a paper left with no task gets its likeliest one above this

    def counts(self, text: str) -> Counter:
        """Row -> count of the vocabulary's terms in ``text``: ``terms`` restricted to the vocabulary, found
        in one pass of an Aho-Corasick automaton over the space-joined tokens (" emotion recognition ")
        instead of building every word pair in Python (twice as fast; the tests check both agree)."""
        joined = " " + " ".join(_TOKEN.findall(text.lower())) + " "
        return Counter(map(_VALUE, self.automaton.iter(joined)))

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The rows and values of the L2-normalised TF-IDF vector of ``text`` (terms outside the vocabulary
        count for nothing, as in scikit-learn)."""
        counts = self.counts(text)
        rows = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        order = np.argsort(rows)  # in row order, the sums are the same whatever order the terms came in
        rows = rows[order]
        values = (1.0 + np.log(tf[order])) * self.idf[rows]
        norm = float(np.sqrt(values @ values))
        return rows, values / norm if norm else values

    def probabilities(self, title: str, abstract: str) -> dict[str, float]:
        """Task id -> probability that an annotator would list it for this paper."""
        return self.probabilities_of(*self.vector(document(title, abstract)))

    def probabilities_of(self, rows: np.ndarray, values: np.ndarray) -> dict[str, float]:
        """``probabilities`` of a vector made already (``vector``)."""
        z = values @ self.weights[rows] + self.bias
        return dict(zip(self.tasks, (1.0 / (1.0 + np.exp(-z))).tolist()))

    def strongest(self, task: str, rows: np.ndarray, values: np.ndarray, texts: list[str]) -> int:
        """Index of the text (a sentence of the paper whose vector ``rows``, ``values`` is) whose words push
        ``task`` up most: the edge's evidence."""
        push = dict(zip(rows.tolist(), (values * self.weights[rows, self.tasks.index(task)]).tolist()))

        def weight(text: str) -> float:
            return sum(push.get(row, 0.0) for row in self.counts(text))
        return max(range(len(texts)), key=lambda k: (weight(texts[k]), -k))


def from_dict(data: dict) -> TaskModel:
    """A model from its JSON form (``kg.tasklearn.fit``): weights as base64 little-endian float32, rows by term."""
    tasks = tuple(data["tasks"])
    weights = np.frombuffer(base64.b64decode(data["weights"]), dtype="<f4").reshape(len(data["terms"]), len(tasks))
    automaton = ahocorasick.Automaton()
    for row, term in enumerate(data["terms"]):
        automaton.add_word(f" {term} ", row)
    automaton.make_automaton()
    return TaskModel(tasks, {t: i for i, t in enumerate(data["terms"])}, np.asarray(data["idf"], dtype=np.float64),
                     weights.astype(np.float64), np.asarray(data["bias"], dtype=np.float64), automaton,
                     data["add"], data["keep"], data["fallback"])


@lru_cache(maxsize=1)
def load(path: Path = MODEL_PATH) -> TaskModel:
    """The shipped model (read once per process)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return from_dict(json.load(f))
