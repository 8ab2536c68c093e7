"""The controlled vocabularies, read from the Turtle files in ``ontology/``.

The ontology files are the single source of truth: the extractor's gazetteer, the graph's
vocabulary triples and the SHACL shapes all come from them, nothing is duplicated in Python.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .ids import AKG, BASE, title_key

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = (SKOS + "prefLabel", SKOS + "altLabel", SKOS + "hiddenLabel")
DCT_CITATION = "http://purl.org/dc/terms/bibliographicCitation"
KINDS = {AKG + "Task": "task", AKG + "Modality": "modality", AKG + "EmotionModel": "model",
         AKG + "Dataset": "dataset", AKG + "EmotionCategory": "category", AKG + "EmotionDimension": "dimension"}
VOCAB_FILES = ("affectkg.ttl", "tasks.ttl", "modalities.ttl", "emotion-models.ttl", "datasets.ttl")


@dataclass
class Concept:
    """A controlled term (task, modality, emotion model, catalogued dataset, category...)."""

    iri: str
    kind: str
    pref: str = ""
    alt: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    case_sensitive: bool = False
    links: dict[str, list[str]] = field(default_factory=dict)  # akg property local name -> IRIs
    cited: str = ""  # dct:bibliographicCitation: for a dataset, the paper usually cited, its title in brackets

    @cached_property  # asked for every match of every paper
    def id(self) -> str:
        return self.iri.rsplit("/", 1)[-1]

    @property
    def labels(self) -> list[str]:
        return [self.pref, *self.alt, *self.hidden]

    @cached_property
    def named_with_plus(self) -> bool:
        """A label ending in "+" ("CK+", "BP4D+"): without one, "AffectNet+" names another dataset."""
        return any(label.endswith("+") for label in self.labels if label)


@dataclass
class Vocabulary:
    """All concepts plus the vocabulary's own triples (N-Triples lines, blank nodes relabelled)."""

    concepts: dict[str, Concept]
    triples: dict[str, list[tuple[str, str]]]  # subject (N-Triples form) -> [(predicate, object)]
    version: str

    def of_kind(self, kind: str) -> list[Concept]:
        return sorted((c for c in self.concepts.values() if c.kind == kind), key=lambda c: c.iri)

    @cached_property
    def dataset_names(self) -> DatasetNames:
        """The catalogue by name, built once: the extractor and ``kg eval`` find names alike."""
        return DatasetNames(self)

    @cached_property
    def dataset_gazetteer(self):
        """The catalogue's names as the extractor's gazetteer matches them in text, built once (``kg eval`` reads
        gold names through it)."""
        from .gazetteer import Gazetteer  # (the gazetteer reads this module's concepts)

        return Gazetteer(self, kinds=("dataset",))


class DatasetNames:
    """Catalogued datasets found by name: as spelt, else by merge key ("Dreaddit", "DAIC WOZ").

    Two datasets may share a merge key ("BP4D" and "BP4D+", "CASME 2" and "CASME^2"): the one whose
    label is written without punctuation keeps the key, the other is found by its spelling.
    """

    def __init__(self, vocab: Vocabulary) -> None:
        self.spelt: dict[str, Concept] = {}
        self.keyed: dict[str, Concept] = {}
        compact: dict[str, dict[str, Concept]] = {}
        for c in vocab.of_kind("dataset"):
            for label in filter(None, c.labels):
                self.spelt.setdefault(label.casefold(), c)
                key = title_key(label)
                if key not in self.keyed or " ".join(label.casefold().split()) == key:
                    self.keyed[key] = c
                compact.setdefault(key.replace(" ", ""), {})[c.iri] = c
        # "CMUMOSEI", "AffWild2": a name written without its hyphens or spaces, where that names one dataset
        self.compact = {k: next(iter(cs.values())) for k, cs in compact.items() if len(cs) == 1}
        self._by_length: dict[int, list[str]] = {}
        for k in self.compact:
            self._by_length.setdefault(len(k), []).append(k)

    def get(self, name: str) -> Concept | None:
        key = title_key(name)
        found = self.spelt.get(name.casefold()) or self.keyed.get(key) or \
            (self.compact.get(key) if len(key) >= 4 and " " not in key else None) or self._other_noun(key)
        if found is not None and name.rstrip().endswith("+") and not found.named_with_plus:
            return None  # "AffectNet+" is a dataset built on AffectNet, not AffectNet
        return found

    def misspelt(self, name: str) -> Concept | None:
        """The one catalogued dataset a name of six letters or more misses by one letter, dropped, added, changed
        or swapped ("RAVDSS", "IMEOCAP", "RAVNESS"): a typing slip. Digits differ between editions, not by
        typing ("CASME3"); another first letter, or a letter more or less at the end, makes another name ("E-DAIC",
        "Social-IQA")."""
        key = title_key(name).replace(" ", "")
        if len(key) < 6:
            return None
        near = {self.compact[k].iri: self.compact[k] for size in (len(key) - 1, len(key), len(key) + 1)
                for k in self._by_length.get(size, ()) if _one_letter_apart(key, k)}
        return next(iter(near.values())) if len(near) == 1 else None

    def _other_noun(self, key: str) -> Concept | None:
        """"the Sharif Emotional Speech dataset" for the catalogued "Sharif Emotional Speech Database", "the Berlin
        and eNTERFACE databases" for "Berlin database": papers call one dataset by any data noun."""
        words = key.split(" ")
        stem = " ".join(words[:-1]) if len(words) > 1 and words[-1] in _KEY_NOUNS else key
        return next((self.keyed[k] for noun in _KEY_NOUNS if (k := f"{stem} {noun}") != key and k in self.keyed), None)


_KEY_NOUNS = ("database", "dataset", "corpus")


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped, changed or two neighbours swapped turns ``a`` into ``b`` (digits stay as they are)."""
    if a == b or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False  # (a first letter of its own makes another name: "ZU-FACS", "CSConv")
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1:] == b[i + 1:]:
            return a[i].isalpha() and b[i].isalpha()  # one letter changed
        return a[i:i + 2] == b[i:i + 2][::-1] and a[i + 2:] == b[i + 2:]  # two swapped
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    # one letter added or dropped inside the name (at its end it makes a variant: "Social-IQA"); the first letters
    # are equal, so the difference is never at the start
    return i < len(shorter) and longer[i].isalpha() and longer[i + 1:] == shorter[i:]


def ontology_dir() -> Path:
    """``kg/_ontology`` in an installed wheel, else ``ontology/`` beside the package (checkout)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_ontology", here.parent / "ontology"):
        if (candidate / "affectkg.ttl").is_file():
            return candidate
    raise FileNotFoundError("ontology files not found (expected kg/_ontology or ontology/)")


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Vocabulary:
    """Parse the vocabulary files once per process (pyoxigraph: a few ms)."""
    import pyoxigraph as ox

    root = Path(directory) if directory else ontology_dir()
    sha = hashlib.sha256()
    triples: dict[str, list[tuple[str, str]]] = {}
    bnodes: dict[str, str] = {}
    values: dict[str, str] = {}  # literal in N-Triples form -> its lexical value
    for name in VOCAB_FILES:
        data = (root / name).read_bytes()
        sha.update(name.encode() + b"\0" + data)
        for t in ox.parse(data, format=ox.RdfFormat.TURTLE, base_iri=BASE):
            s, o = _nt(t.subject, bnodes), _nt(t.object, bnodes)
            if isinstance(t.object, ox.Literal):
                values[o] = t.object.value
            triples.setdefault(s, []).append((str(t.predicate), o))
    concepts = _concepts(triples, values)
    return Vocabulary(concepts, triples, sha.hexdigest()[:16])


def _nt(term, bnodes: dict[str, str]) -> str:
    """N-Triples form; blank nodes get labels by first appearance, so output is deterministic."""
    text = str(term)
    if text.startswith("_:"):
        text = bnodes.setdefault(text, f"_:v{len(bnodes) + 1}")
    return text


def _concepts(triples: dict[str, list[tuple[str, str]]], values: dict[str, str]) -> dict[str, Concept]:
    concepts: dict[str, Concept] = {}
    for s, pos in triples.items():
        if not s.startswith("<"):
            continue
        kinds = [KINDS[o[1:-1]] for p, o in pos if p == f"<{RDF_TYPE}>" and o[1:-1] in KINDS]
        if not kinds:
            continue
        c = Concept(iri=s[1:-1], kind=kinds[0])
        for p, o in pos:
            p = p[1:-1]
            if p == LABELS[0] and not c.pref:
                c.pref = values.get(o, "")
            elif p == LABELS[0] or p == LABELS[1]:
                c.alt.append(values.get(o, ""))
            elif p == LABELS[2]:
                c.hidden.append(values.get(o, ""))
            elif p == DCT_CITATION:
                c.cited = values.get(o, "")
            elif p == AKG + "caseSensitive":
                c.case_sensitive = values.get(o, "") == "true"
            elif p == SKOS + "broader" and o.startswith("<"):
                c.links.setdefault("broader", []).append(o[1:-1])
            elif p.startswith(AKG) and o.startswith("<"):
                c.links.setdefault(p[len(AKG):], []).append(o[1:-1])
        concepts[c.iri] = c
    return concepts
