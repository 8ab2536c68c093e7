"""Stable, percent-safe IRIs minted from content, so the same paper gets the same IRI in every build."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from .memo import memo

BASE = "https://w3id.org/affect-kg/"
AKG = BASE + "ontology#"
PAPER, DATASET, EVIDENCE = BASE + "paper/", BASE + "dataset/", BASE + "evidence/"
TASK, MODALITY, MODEL, EMOTION = BASE + "task/", BASE + "modality/", BASE + "emotion-model/", BASE + "emotion/"

_NON_SLUG = re.compile(r"[^a-z0-9]+")


@memo()  # merge and IRI minting both key every paper by its title
def title_key(title: str) -> str:
    """Merge key: NFKC, case-folded, punctuation and spacing ignored, letters kept as they are.

    Letters, digits and combining marks (Devanagari vowel signs, accents with no precomposed form)
    are kept; everything else, the underscore included, separates words.
    """
    if title.isascii():  # the common case, same result: NFKC and casefold change no ASCII letter
        return " ".join(_NON_SLUG.sub(" ", title.lower()).split())
    folded = unicodedata.normalize("NFKC", title).casefold()
    kept = "".join(c if c.isalnum() or unicodedata.category(c)[0] == "M" else " " for c in folded)
    return " ".join(kept.split())


def slug(text: str, limit: int = 60) -> str:
    """ASCII slug for readability; lossy, so IRIs add a hash of the full key."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = _NON_SLUG.sub("-", ascii_text).strip("-")
    return s[:limit].rstrip("-") or "untitled"


def digest(text: str, size: int = 12) -> str:
    # surrogatepass: a lone surrogate (from a "\ud800" JSON escape) must not crash IRI minting
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=size).hexdigest()[: size * 2]


@memo()  # the graph writer and the statistics both need every paper's IRI
def paper_iri(title: str) -> str:
    """``paper/<slug>-<hash of the merge key>``: two titles that slug alike still differ by hash."""
    key = title_key(title)
    return f"{PAPER}{slug(key, 50)}-{digest(key, 5)}"


# the conference a workshop met at, between its name and its year
_AT_CONFERENCE = re.compile(r"(?<=\w)[@-](?:NAACL|EACL|AACL|ACL|EMNLP|COLING|LREC(?:-COLING)?|RANLP|IJCNLP)"
                            r"(?=[\s-]*(?:19|20)\d\d\b)")
_SHARED_TASK = re.compile(r"\bshared task (?=\d{1,2}\b)")
# "the CLPsych Shared Task 2024" is the "CLPsych 2024 Shared Task": an edition's year goes before what it is
_YEAR_LAST = re.compile(r"(.+?) (shared task|challenge|competition) ((?:19|20)\d\d)")


def dataset_iri(name: str) -> str:
    """Discovered datasets: slug of the normalised name (catalogued ones keep their curated IRI).

    A closing "+" names another dataset ("AffectNet+" is not AffectNet): it is kept, as "plus". A numbered
    shared task is that task, however it is called ("SemEval-2025 Shared Task 11" is "SemEval-2025 Task 11"),
    a workshop's year is that year's workshop wherever it met ("DravidianLangTech@NAACL 2025" is
    "DravidianLangTech 2025"), and an edition's year stands before what it is ("CLPsych Shared Task 2024" is
    "CLPsych 2024 Shared Task").
    """
    if "@" in name or "-" in name:
        name = _AT_CONFERENCE.sub(" ", name)
    key = title_key(name.rstrip()[:-1] + " plus") if name.rstrip().endswith("+") else title_key(name)
    if "shared task" in key:
        key = _SHARED_TASK.sub("task ", key)
    if key[-1:].isdigit() and (late := _YEAR_LAST.fullmatch(key)):
        key = f"{late.group(1)} {late.group(3)} {late.group(2)}"
    s = slug(key, 50)
    # a name with no ASCII letters would slug to "untitled": disambiguate by hash
    return f"{DATASET}{s}" if s != "untitled" and s.replace("-", "") == key.replace(" ", "") else \
        f"{DATASET}{s}-{digest(key, 3)}"


def evidence_iri(paper: str, predicate: str, target: str) -> str:
    return f"{EVIDENCE}{digest(paper + ' ' + predicate + ' ' + target, 8)}"
