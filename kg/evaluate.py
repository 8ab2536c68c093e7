"""Score extraction against a hand-annotated gold set: precision, recall, F1 per field."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .ids import dataset_iri, title_key
from .models import Extraction, Paper
from .vocab import Vocabulary

FIELDS = ("datasets", "tasks", "modalities", "emotion_models")
_PRED = {"tasks": "addressesTask", "modalities": "usesModality", "emotion_models": "usesEmotionModel"}
_SUFFIX = re.compile(r"\s+(?:dataset|corpus|benchmark|database)s?$", re.I)
# "FiQA 2018 challenge": the event's word after a year is no part of the edition's name
_EVENT_SUFFIX = re.compile(r"(?<=(?:19|20)\d\d)\s+(?:challenge|competition|shared\s+task)$", re.I)
# "the 7th ABAW Competition", "ABAW Competition 2022": one edition of a recurring challenge
_EDITION = re.compile(r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                      r"tenth)\s+|\s*[-–]?\s*(?:19|20)\d\d$|^(?:19|20)\d\d\s+", re.I)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    scores: dict[str, Score]
    role_correct: int
    role_total: int
    papers: int
    unmatched: list[str]
    role_errors: list[str] = field(default_factory=list)  # "title: dataset (gold role, other role)"

    @property
    def role_accuracy(self) -> float:
        return self.role_correct / self.role_total if self.role_total else 1.0

    def figures(self) -> dict[str, float]:
        out = {f"{k}_{m}": round(getattr(s, m), 3) for k, s in self.scores.items()
               for m in ("precision", "recall", "f1")}
        out["dataset_role_accuracy"] = round(self.role_accuracy, 3)
        return out


def load_gold(path: str | Path) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(str(path), getattr(err, "lineno", None), f"not a readable gold file: {err}") from err
    return data["papers"] if isinstance(data, dict) else data


def canonical_dataset(name: str, vocab: Vocabulary) -> str:
    """A gold dataset name -> the IRI the extractor would give it (catalogue first).

    An edition of a catalogued recurring challenge ("7th ABAW Competition", "ABAW 2022") is
    that catalogue entry: the catalogue describes the challenge, not each year's round. So is a
    version of a catalogued dataset ("SFEW 2.0"), as the extractor reads it.
    """
    clean = _SUFFIX.sub("", name.strip())
    from .extract import edition_of, task_first_name, year_last

    clean = task_first_name(clean)  # "Task 4 of TASS 2018" is the extractor's "TASS-2018 Task 4"
    clean = year_last(clean)  # "the 2015 DEFT challenge" is the extractor's "DEFT 2015"
    names = vocab.dataset_names  # as the extractor finds them: "BP4D" and "BP4D+" stay apart
    edition = _EDITION.sub("", clean).strip()
    event = _EVENT_SUFFIX.sub("", clean)  # "FiQA 2018 challenge" is the catalogue's "FiQA 2018" edition
    for candidate in (clean, edition, event):
        if (concept := names.get(candidate)) is not None:
            return concept.iri
    concept = edition_of(clean, names)  # a version ("SFEW 2.0"), read as the extractor reads it
    if concept is None:
        # a spelling the gazetteer reads as a catalogued name ("SemEval2021 Task 7" for "SemEval-2021 Task 7"):
        # the extractor links it to that dataset, so the gold name is that dataset too
        whole = [m for m in vocab.dataset_gazetteer.find(clean) if m.start == 0 and m.end == len(clean)]
        concept = whole[0].concept if len({m.concept.iri for m in whole}) == 1 else None
    return concept.iri if concept is not None else dataset_iri(clean)


def evaluate(gold: list[dict], papers: list[Paper], extractions: list[Extraction], vocab: Vocabulary) -> Report:
    """Score the extractor's links of each gold paper (matched by title) against the gold."""
    texts = {title_key(p.title): p.title + "\n" + p.abstract for p in papers}
    return _score(gold, {title_key(p.title): _extracted(ex) for p, ex in zip(papers, extractions)}, vocab, texts)


def agreement(gold: list[dict], other: list[dict], vocab: Vocabulary) -> Report:
    """Score a second annotation of the same papers against the gold: how far two annotators agree.

    F1 is symmetric, so it does not matter which annotation is called the gold; precision and
    recall swap. The figure is the ceiling that measuring an extractor against one annotator can show.
    """
    return _score(gold, {title_key(item["title"]): _annotated(item, vocab) for item in other}, vocab)


def _extracted(ex: Extraction) -> dict:
    """An extraction in the shape of an annotation: dataset IRI -> role, and the ids of each field."""
    out: dict = {"datasets": {m.target: ("introduces" if m.predicate == "introducesDataset" else "uses")
                              for m in ex.mentions if m.predicate in ("usesDataset", "introducesDataset")}}
    for fld, pred in _PRED.items():
        out[fld] = {m.target.rsplit("/", 1)[-1] for m in ex.mentions if m.predicate == pred}
    return out


def _annotated(item: dict, vocab: Vocabulary) -> dict:
    out: dict = {"datasets": {canonical_dataset(d["name"], vocab): d["role"] for d in item.get("datasets", [])}}
    for fld in _PRED:
        out[fld] = set(item.get(fld, []))
    return out


def _score(gold: list[dict], predicted: dict[str, dict], vocab: Vocabulary,
           texts: dict[str, str] | None = None) -> Report:
    scores = {f: Score() for f in FIELDS}
    role_ok = role_total = 0
    unmatched: list[str] = []
    role_errors: list[str] = []
    for item in gold:
        got = predicted.get(title_key(item["title"]))
        if got is None:
            unmatched.append(item["title"])
            continue
        short = item["title"][:60]
        want = _annotated(item, vocab)
        gold_roles = _either_form(item, want["datasets"], got["datasets"], vocab,
                                  (texts or {}).get(title_key(item["title"]), ""))
        pred_roles = _spelt_as_gold(gold_roles, got["datasets"])
        _count(scores["datasets"], set(gold_roles), set(pred_roles), short)
        for iri in sorted(set(gold_roles) & set(pred_roles)):
            role_total += 1
            if gold_roles[iri] == pred_roles[iri]:
                role_ok += 1
            else:
                role_errors.append(f"{short}: {iri.rsplit('/', 1)[-1]} ({gold_roles[iri]}, not {pred_roles[iri]})")
        for fld in _PRED:
            _count(scores[fld], want[fld], got[fld], short)
    return Report(scores, role_ok, role_total, len(gold) - len(unmatched), unmatched, role_errors)


_WITH_SHORT_FORM = re.compile(r"^(.+?)\s+\(([^()]+)\)$")  # "Moroccan Arabic Corpus (MAC)"
_WITH_TITLE = re.compile(r"^([^:]+?):\s+\S.*$")  # "SemEval-2007 Task 14: Affective Text"
# "IIT-Kharagpur emotional database": a name, then in lower case what kind of data it is
_WITH_KIND = re.compile(r"^(\S*[A-Z0-9]\S*)(?:\s+[a-z][\w-]*)+\s+(?:dataset|corpus|database|data\s?set)s?$")


def _either_form(item: dict, gold: dict[str, str], got: dict[str, str], vocab: Vocabulary,
                 text: str = "") -> dict[str, str]:
    """A gold name written with its short form, "Moroccan Arabic Corpus (MAC)", is found under either form:
    the annotator named both, and which one a paper's dataset goes by is a matter of taste. So is a gold name
    the paper itself gives a short form ("the Saudi Tweets Mega Corpus (STMC)") or spells out ("the Korean
    Empathetic Dialogues (KoED)"), and one written with its title, "SemEval-2007 Task 14: Affective Text",
    found by its name before the colon, and one written with its kind in lower case, "NTU irony corpus", found by
    its name. A data noun after the short form is no part of it ("Columbia X-Cultural Deception (CXD) corpus")."""
    out = dict(gold)
    for d in item.get("datasets", []):
        name = d["name"].strip()
        forms = m.groups() if (m := _WITH_SHORT_FORM.match(_SUFFIX.sub("", name))) else \
            (m.group(1),) if (m := _WITH_TITLE.match(name) or _WITH_KIND.match(name)) else ()
        if not forms and text and (m := re.search(re.escape(name) + r"\s*\(([^()]{2,20})\)", text)):
            forms = (m.group(1),)
        if not forms and text and (m := re.search(r"((?:[A-Z][\w-]*\s+){1,6})\(" + re.escape(name) + r"\)", text)):
            # (or a gold short name the paper spells out: "the Korean Empathetic Dialogues (KoED)")
            forms = (re.sub(r"^The\s+", "", m.group(1).strip()),)
        if forms and (iri := canonical_dataset(name, vocab)) not in got:
            found = [alt for alt in (canonical_dataset(form, vocab) for form in forms) if alt in got and alt not in out]
            if found:
                out[found[0]] = out.pop(iri)
    return out


_EVENT_WORD = re.compile(r"-(?:shared-task|challenge|competition)$")


def _compact(iri: str) -> str:
    return _EVENT_WORD.sub("", iri).replace("-", "")


def _spelt_as_gold(gold: dict[str, str], got: dict[str, str]) -> dict[str, str]:
    """A found name that differs from a gold one only by hyphens or spaces ("UTK-Face", "UTKFace"), or by the
    word that says what kind of event it is ("CLPsych 2019", "CLPsych 2019 Shared Task"), is that name; no two
    catalogue entries differ only so."""
    spelling = {_compact(iri): iri for iri in gold}
    return {spelling.get(_compact(iri), iri) if iri not in gold else iri: role for iri, role in got.items()}


def _count(score: Score, want: set[str], got: set[str], title: str) -> None:
    score.tp += len(want & got)
    score.fp += len(got - want)
    score.fn += len(want - got)
    score.misses += [f"{title}: {x.rsplit('/', 1)[-1]}" for x in sorted(want - got)]
    score.false_hits += [f"{title}: {x.rsplit('/', 1)[-1]}" for x in sorted(got - want)]


def format_report(report: Report, details: bool = True) -> str:
    lines = [f"papers scored: {report.papers}" + (f" ({len(report.unmatched)} gold titles not in the input)"
                                                   if report.unmatched else ""),
             f"{'field':<16}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}"]
    for name, s in report.scores.items():
        lines.append(f"{name:<16}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}")
    lines.append(f"dataset role accuracy {report.role_accuracy:.3f} ({report.role_correct}/{report.role_total})")
    if details:
        for name, s in report.scores.items():
            if s.misses:
                lines.append(f"\nmissed {name}:\n  " + "\n  ".join(s.misses))
            if s.false_hits:
                lines.append(f"\nfalse {name}:\n  " + "\n  ".join(s.false_hits))
            if name == "datasets" and report.role_errors:
                lines.append("\nwrong dataset roles (annotated, not extracted):\n  " + "\n  ".join(report.role_errors))
    return "\n".join(lines)
