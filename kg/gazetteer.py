"""One Aho-Corasick automaton over every label of the controlled vocabularies.

Matching runs on a case-folded copy of the text in which hyphens, slashes and underscores
become spaces one-for-one, so offsets stay aligned with the original and "CMU-MOSEI",
"CMU MOSEI" and "cmu-mosei" meet the same pattern. Acronym labels ("SER", "FER", "MEAD")
and concepts flagged ``akg:caseSensitive`` must also match with their original case, and
every match must sit on word boundaries (no "MEAD" inside "MEADOW").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .vocab import Concept, Vocabulary

_FOLD = str.maketrans({"-": " ", "‐": " ", "‑": " ", "–": " ", "—": " ", "/": " ", "_": " ", "’": "'",
                       # Turkish "İ" is the one character whose lower case is two ("i" and a combining dot)
                       "\u0130": "i",
                       # one-character Roman numerals of Chinese text ("CASMEⅡ"): the digit, one for one
                       **{chr(0x2160 + i): str(i + 1) for i in range(9)}})
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9&.+ ]{2,12}$")


class Match(NamedTuple):  # a tuple: made tens of times per paper, faster to create than a frozen dataclass
    start: int
    end: int
    concept: Concept
    surface: str


def fold(text: str) -> str:
    """Case- and hyphen-fold without changing length (offsets stay valid)."""
    return text.translate(_FOLD).lower()


# a data noun right after a name, or after a list of capitalised names ending in it ("Dreamer and Deap EEG datasets")
_DATA_AFTER = re.compile(r"(?:\s*(?:,|and|or|&)\s*[A-Z][\w-]*)*\s+(?:[A-Z]{2,4}\s+)?"
                         r"(?:[Dd]ata ?sets?|[Dd]atabases?|[Cc]orpus|[Cc]orpora)\b")
# or a data noun right before it, or before a list that ends in it ("the public dataset Amigos",
# "the databases Dreamer and Amigos")
_DATA_BEFORE = re.compile(r"\b(?:[Dd]ata ?sets?|[Dd]atabases?|[Cc]orpus|[Cc]orpora)\s*[,:(]?"
                          r"(?:\s*[A-Z][\w-]*\s*(?:,|and|or|&))*\s*$")


_THE_BEFORE = re.compile(r"\b(?i:the)\s+(?:[\w-]+\s+){0,4}$")


def _recased(surface: str, form: str, text: str = "", end: int = 0) -> bool:
    """A name written with its capitals changed: "DAIC-WoZ" for "DAIC-WOZ", "Affwild2" for "AffWild2".

    Two capitals must remain of an all-caps name, or a data noun must follow or precede it ("the Seed EEG
    dataset", "the public dataset Amigos"); a name in lower case needs a data noun after it and a digit, or
    several words joined or after "the", so a common word ("Seed", "Meld") or a description ("an empathetic
    dialogue dataset") never passes for a name; a mixed-case name must keep its first
    letter and carry a digit ("Emoreact" is not taken for EmoReact).
    """
    if surface.upper() != form.upper():
        return False
    if surface == surface.lower():  # "the enterface05 database", "fer2013 dataset": a numbered name, then its noun
        # (or a name of several words, joined as one ("on empathetic-dialogues dataset") or after a definite
        # article ("the Facebook AI multimodal hateful memes dataset", not "a multimodal empathetic dialogue dataset"))
        numbered = any(c.isdigit() for c in form) and any(c.isalpha() for c in form)
        start = end - len(surface)
        words = " " in form and ("-" in text[start:end] or "_" in text[start:end] or
                                 bool(_THE_BEFORE.search(text, max(0, start - 50), start)))
        return (numbered or words) and bool(_DATA_AFTER.match(text, end))
    if form.isupper():
        return sum(c.isupper() for c in surface) >= 2 or (surface[0].isupper() and (
            bool(_DATA_AFTER.match(text, end)) or bool(_DATA_BEFORE.search(text, max(0, end - len(surface) - 80),
                                                                            end - len(surface)))))
    return surface[0] == form[0] and any(c.isdigit() for c in form)


def _joined(a: str, b: str) -> bool:
    """Two characters of one word: both letters or digits, and of one kind of script. Chinese, Japanese and
    Korean text runs on without spaces, so "在Fer2013、" holds the name Fer2013."""
    return a.isalnum() and b.isalnum() and _ideograph(a) == _ideograph(b)


def _ideograph(c: str) -> bool:
    return "\u2e80" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" or "\uf900" <= c <= "\ufaff"


def _pattern(label: str) -> str:
    return " ".join(fold(label).split())


# "depression detection" is also written "detecting depression" and "detection of depression"
_ACTIONS = {
    "detection": ("detecting",), "recognition": ("recognizing", "recognising"), "prediction": ("predicting",),
    "classification": ("classifying",), "estimation": ("estimating",), "assessment": ("assessing",),
    "analysis": ("analyzing", "analysing"), "generation": ("generating",), "synthesis": ("synthesizing",
    "synthesising"), "extraction": ("extracting",), "inference": ("inferring",),
}

# who does the action, where building one is the task: "an emotional speech synthesizer". A recognizer, detector or
# classifier is as often a tool the paper uses (measured over the gold sets, those forms only add false tasks)
_AGENTS = {"synthesis": ("synthesizer", "synthesiser")}


def _action_variants(label: str) -> list[str]:
    """Verb, "of" and agent forms of an "<object> <action noun>" task label (lower-case labels only)."""
    words = label.split()
    if len(words) < 2 or not label.islower() or words[-1] not in _ACTIONS:
        return []
    obj = " ".join(words[:-1])
    return [f"{words[-1]} of {obj}", *(f"{verb} {obj}" for verb in _ACTIONS[words[-1]]),
            *(f"{obj} {agent}" for agent in _AGENTS.get(words[-1], ()))]


# "micro-expression" is also written "microexpression". Measured over the gold sets, joining other prefixes
# ("cross-", "non-", "bi-") gains nothing, and "multi-" adds as many false tasks as hits.
_SOLID = re.compile(r"\bmicro-(?=[a-z])")


def _plurals(label: str) -> list[str]:
    """Plain plural of a lowercase multi-letter final word ("talking head" -> "talking heads")."""
    last = label.rsplit(" ", 1)[-1]
    if not last.isalpha() or not last.islower() or len(last) < 3:
        return []
    if last.endswith("y") and last[-2] not in "aeiou":
        return [label[:-1] + "ies"]
    return [] if last.endswith("s") else [label + "s"]


def _name_variants(label: str) -> list[str]:
    """Other spellings of a dataset's name: hyphens dropped ("SEEDIV", "AffWild2"), a hyphen before a
    closing number ("Emotion-6", "FER-2013"), a CamelCase plural in the singular ("GoEmotion",
    "EmpatheticDialogue") and a closing Roman numeral as its digit ("SEED-4" for "SEED-Ⅳ")."""
    out = [label.replace("-", "")] if "-" in label and len(label.replace("-", "")) >= 4 else []
    if numbered := re.fullmatch(r"([A-Za-z][A-Za-z+]{2,})(\d{1,4})", label):
        out.append(f"{numbered[1]}-{numbered[2]}")
    last = label.rsplit(" ", 1)[-1]
    if re.fullmatch(r"(?:[A-Z][a-z]+){2,}s", last) and not last.endswith("ss"):
        out.append(label[:-1])
    if roman := re.fullmatch(r"(.*[A-Za-z][\s-])(II|III|IV|V|VI)", label):
        # "SEED-IV" printed with the one-character numeral ("SEED-Ⅳ"), which folding reads as its digit
        out.append(roman[1] + str(_ROMAN[roman[2]]))
    return out


_ROMAN = {"II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


class Gazetteer:
    """One automaton over the labels of tasks, modalities, emotion models and catalogued datasets.

    The scan reports every label occurrence; those not on word boundaries or not in the required
    case are dropped first, then each kind keeps its leftmost-longest matches. Selecting per kind
    means a long label of one kind ("valence-arousal prediction", a task) cannot hide a shorter
    label of another ("valence-arousal", a model); dropping bad matches first means a partial
    word cannot hide a real name ("e daic" inside "the DAIC-WOZ").
    """

    def __init__(self, vocab: Vocabulary, kinds: tuple[str, ...] = ("task", "modality", "model", "dataset")):
        import ahocorasick

        self.kinds = kinds
        self.automaton = ahocorasick.Automaton()
        entries: dict[str, list[tuple[Concept, str, bool]]] = {}
        for concept in sorted(vocab.concepts.values(), key=lambda c: c.iri):
            if concept.kind not in kinds:
                continue
            for label in dict.fromkeys(l for l in concept.labels if l and l.strip()):
                exact = concept.case_sensitive or bool(_ACRONYM.match(label.strip()))
                actions = _action_variants(label) if concept.kind == "task" and not exact else []
                # "generating empathic responses": a verb form's object is often plural
                variants = [] if exact else _plurals(label) + actions + [p for a in actions[1:] for p in _plurals(a)]
                if exact and not label.isupper() and sum(c.isupper() for c in label) >= 2:
                    variants.append(label.upper())  # "EmoDB" is also written "EMODB"; never a common word
                if concept.kind == "dataset":
                    variants += _name_variants(label)
                elif not exact and (solid := _SOLID.sub("micro", label)) != label:
                    variants += [solid, *_plurals(solid)]  # "microexpression recognition"
                for form in [label, *variants]:
                    entries.setdefault(_pattern(form), []).append((concept, " ".join(form.translate(_FOLD).split()), exact))
        for key, value in entries.items():
            # the exact-case flag is checked once per match, not once per candidate
            self.automaton.add_word(key, (len(key), any(e for _, _, e in value), value))
        self.size = len(entries)
        if entries:
            self.automaton.make_automaton()

    def find(self, text: str, folded: str | None = None) -> list[Match]:
        """Matches of every kind in ``text`` (``folded``: ``fold(text)``, if the caller has it), grouped by
        kind in the order of ``kinds``, each kind's in text order."""
        if not self.size:
            return []
        folded = folded or fold(text)
        n = len(text)
        found: dict[str, list[tuple[int, int, Concept, str]]] = {}
        # text is whitespace-normalised at ingest, so patterns never straddle multi-space gaps
        for end_idx, (key_len, any_exact, candidates) in self.automaton.iter(folded):
            start, end = end_idx - key_len + 1, end_idx + 1
            # not on word boundaries ("MEAD" inside "MEADOW"); a name that ends in a sign ("CK+") ends
            # a word itself, also where a missing space glues the next one to it ("CK+data sets")
            # (Chinese, Japanese and Korean have no spaces between words: a label in their script needs no boundary)
            if (start and _joined(text[start - 1], text[start]) and not _ideograph(text[start])) or \
                    (end < n and _joined(text[end - 1], text[end]) and not _ideograph(text[end - 1])):
                continue
            surface = text[start:end]
            surface_folded = " ".join(surface.translate(_FOLD).split()) if any_exact else ""
            for concept, form, exact in candidates:
                if exact and surface_folded != form and not _recased(surface_folded, form, text, end):
                    continue
                found.setdefault(concept.kind, []).append((start, -end, concept, surface))
        out: list[Match] = []
        for kind in self.kinds:
            hits = found.get(kind)
            if not hits:
                continue
            hits.sort(key=lambda h: (h[0], h[1]))
            taken_end = -1
            span = None
            for start, neg_end, concept, surface in hits:
                if (start, neg_end) == span:  # another concept with the same label
                    out.append(Match(start, -neg_end, concept, surface))
                elif start >= taken_end:  # leftmost, then longest; no overlaps within a kind
                    span, taken_end = (start, neg_end), -neg_end
                    out.append(Match(start, -neg_end, concept, surface))
        return out
