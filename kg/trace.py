"""Follow one dataset or one paper through the graph: who introduced it, who used it, for what.

Names are looked up forgivingly ("iemocap", "IEMOCAP dataset" and "the IEMOCAP corpus" are the
same dataset), because people type dataset names the way papers write them.  Every query
binds the resolved IRI as an RDF term through the engine, so this works on any ``Engine``.

    >>> engine = load_store("exports/graph.ttl")            # doctest: +SKIP
    >>> print(format_trace(trace_dataset(engine, "meld")))  # doctest: +SKIP
"""
from __future__ import annotations

import difflib
import re
import textwrap
import unicodedata
from dataclasses import dataclass

from kg.errors import NotFound, QueryError
from kg.ids import PAPER, paper_iri, title_key
from kg.query import Engine, iri, inline_node, shorten, to_ntriples, to_python

AKG = "https://w3id.org/affect-kg/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
SCHEMA = "https://schema.org/"
DATASET_NS = "https://w3id.org/affect-kg/dataset/"

_PREFIXES = f"""PREFIX akg: <{AKG}>
PREFIX skos: <{SKOS}>
PREFIX dct: <{DCT}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
# The listings below are sorted here, not by ORDER BY: on the on-disk store of 100,000 papers
# every comparison of the sort decodes two strings from RocksDB (titles: 35 s with ORDER BY, 5 s
# without; the papers of the most used dataset 8 s with it, 4.5 s without). The other queries get
# their one node written in (kg.query.inline_node), so they do not project it.
_DATASET_LABELS = _PREFIXES + """
SELECT ?ds ?label ?kind WHERE {
  ?ds a akg:Dataset ; ?labelProp ?label .
  FILTER(?labelProp IN (skos:prefLabel, skos:altLabel, skos:hiddenLabel))
  BIND(STRAFTER(STR(?labelProp), "#") AS ?kind)
}"""
_PAPER_TITLES = _PREFIXES + """
SELECT ?paper ?title WHERE { ?paper a akg:Paper ; dct:title ?title }"""
_IS_PAPER = _PREFIXES + "SELECT ?title WHERE { ?paper a akg:Paper ; dct:title ?title }"
# every fact about one node, with the label of the object when it has one
_FACTS = _PREFIXES + """
SELECT ?prop ?value ?valueLabel WHERE {
  ?node ?prop ?value .
  OPTIONAL { ?value skos:prefLabel ?valueLabel }
} ORDER BY STR(?prop) STR(?value) COALESCE(STR(?valueLabel), "")"""
# papers linked to a dataset, with their dates
_LINKED_PAPERS = _PREFIXES + """
SELECT ?paper ?rel ?title ?fullDate ?yearOnly ?rawDate WHERE {
  ?paper ?rel ?ds .
  FILTER(?rel IN (akg:usesDataset, akg:introducesDataset))
  ?paper dct:title ?title .
  OPTIONAL { ?paper dct:date ?fullDate }
  OPTIONAL { ?paper dct:issued ?yearOnly }
  OPTIONAL { ?paper akg:dateText ?rawDate }
}"""
_EVIDENCE = """
  ?assertion rdf:subject ?paper ; rdf:predicate ?rel ; rdf:object ?ds ; akg:evidenceText ?evidence .
  OPTIONAL { ?assertion akg:confidence ?confidence }
  OPTIONAL { ?assertion akg:extractionRule ?rule }
"""
# all of them with the evidence of each link: one join is faster than two queries when every paper is shown
_LINKED_PAPERS_WITH_EVIDENCE = _LINKED_PAPERS.replace(" WHERE {", " ?evidence ?confidence ?rule WHERE {")[:-1] + \
    "  OPTIONAL {" + _EVIDENCE + "  }\n}"
# the evidence of the links of a few papers, named in VALUES
_LINK_EVIDENCE = _PREFIXES + "SELECT ?paper ?rel ?evidence ?confidence ?rule WHERE {\n  VALUES ?paper { %s }" + \
    _EVIDENCE + "  FILTER(?rel IN (akg:usesDataset, akg:introducesDataset))\n}"
# how many of the papers using a dataset also address, use and measure each thing: counted by the
# engine (on the on-disk store of 100,000 papers, 14 s to list the pairs of the most used dataset and
# sort them, 2 s to count them)
_USER_FACETS = _PREFIXES + """
SELECT ?kind ?label (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
  ?paper akg:usesDataset ?ds ; ?prop ?x .
  FILTER(?prop IN (akg:addressesTask, akg:usesModality, akg:usesDataset))
  FILTER(?x != ?ds)
  OPTIONAL { ?x skos:prefLabel ?xl }
  BIND(STRAFTER(STR(?prop), "#") AS ?kind)
  BIND(COALESCE(STR(?xl), STR(?x)) AS ?label)
} GROUP BY ?kind ?label"""
# evidence of every link of one paper
_PAPER_EVIDENCE = _PREFIXES + """
SELECT ?rel ?target ?evidence ?confidence ?rule WHERE {
  ?assertion rdf:subject ?paper ; rdf:predicate ?rel ; rdf:object ?target .
  OPTIONAL { ?assertion akg:evidenceText ?evidence }
  OPTIONAL { ?assertion akg:confidence ?confidence }
  OPTIONAL { ?assertion akg:extractionRule ?rule }
} ORDER BY STR(?rel) STR(?target) COALESCE(STR(?evidence), "")"""
# the other papers linked to each dataset of one paper
_OTHER_PAPERS = _PREFIXES + """
SELECT ?ds ?other ?otherRel ?title ?fullDate ?yearOnly ?rawDate WHERE {
  ?paper ?rel ?ds .
  FILTER(?rel IN (akg:usesDataset, akg:introducesDataset))
  ?other ?otherRel ?ds .
  FILTER(?otherRel IN (akg:usesDataset, akg:introducesDataset) && ?other != ?paper)
  ?other dct:title ?title .
  OPTIONAL { ?other dct:date ?fullDate }
  OPTIONAL { ?other dct:issued ?yearOnly }
  OPTIONAL { ?other akg:dateText ?rawDate }
}"""

_ROLE = {AKG + "usesDataset": "uses", AKG + "introducesDataset": "introduces"}
_REL = {role: rel for rel, role in _ROLE.items()}
_NOISE_WORDS = {"the", "dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks"}


# ------------------------------------------------------------------ records


@dataclass(frozen=True, slots=True)
class PaperRef:
    """A paper as seen from a dataset: its date and the sentence that links the two."""

    iri: str
    title: str
    date: str | None = None  # yyyy-mm-dd, yyyy, or the raw text when the year is unknown
    role: str = "uses"  # uses | introduces
    evidence: str | None = None
    confidence: float | None = None
    rule: str | None = None


@dataclass(frozen=True, slots=True)
class DatasetTrace:
    """Everything the graph says about how one dataset is introduced and used."""

    iri: str
    label: str
    alt_labels: tuple[str, ...]
    catalogued: bool | None
    year_introduced: str | None
    modalities: tuple[str, ...]
    annotated_with: tuple[str, ...]
    introduced_by: tuple[PaperRef, ...]
    used_by: tuple[PaperRef, ...]  # date order, undated last; the first ``limit`` when a limit was given
    tasks: tuple[tuple[str, int], ...]  # (label, papers), most first
    paper_modalities: tuple[tuple[str, int], ...]
    co_used: tuple[tuple[str, int], ...]
    more_users: int = 0  # users left out of ``used_by`` by the limit


@dataclass(frozen=True, slots=True)
class DatasetLink:
    """One dataset of a paper, the role it plays there, and the other papers linked to it."""

    iri: str
    label: str
    role: str
    evidence: str | None
    confidence: float | None
    rule: str | None
    other_papers: tuple[PaperRef, ...]
    more_papers: int = 0  # other papers left out by the limit


@dataclass(frozen=True, slots=True)
class PaperTrace:
    """One paper's datasets (with evidence), tasks, modalities and emotion models."""

    iri: str
    title: str
    date: str | None
    code: tuple[str, ...]
    datasets: tuple[DatasetLink, ...]
    tasks: tuple[str, ...]
    modalities: tuple[str, ...]
    emotion_models: tuple[str, ...]


# ------------------------------------------------------------------ lookup


def normalise(name: str) -> str:
    """Casefold, drop punctuation and the words dataset/corpus/benchmark/the: "The MELD dataset" -> "meld"."""
    text = unicodedata.normalize("NFKC", name).casefold()
    words = re.sub(r"[\W_]+", " ", text).split()
    kept = [w for w in words if w not in _NOISE_WORDS]
    return " ".join(kept or words)


def _compact(name: str) -> str:
    # "CMU-MOSEI", "CMU MOSEI" and "cmumosei" must meet
    return normalise(name).replace(" ", "")


def _rows(engine: Engine, sparql: str, **nodes: str) -> list[dict]:
    """Rows as dicts; each keyword names a variable and the IRI written in its place."""
    for variable, node in nodes.items():
        sparql = inline_node(sparql, variable, iri(node))
    variables, rows = engine.select(sparql, {})
    return [dict(zip(variables, (to_python(t) for t in row))) for row in rows]


def _did_you_mean(what: str, name: str, suggestions: list[str]) -> NotFound:
    if suggestions:
        return NotFound(f"no {what} {name!r} in the graph; did you mean: {', '.join(suggestions)}?")
    return NotFound(f"no {what} {name!r} in the graph")


def find_dataset(engine: Engine, name: str) -> str:
    """IRI of the dataset a user means by ``name`` (IRI, ``ds:slug``, label or alternative label)."""
    rows = sorted(_rows(engine, _DATASET_LABELS), key=lambda r: (r["ds"], r["kind"], r["label"]))
    pref = {r["ds"]: r["label"] for r in reversed(rows) if r["kind"] == "prefLabel"}
    if name.startswith(DATASET_NS) or name.startswith("ds:"):
        found = DATASET_NS + name[3:] if name.startswith("ds:") else name
        if found in {r["ds"] for r in rows}:
            return found
    index: dict[str, set[str]] = {}
    for r in rows:
        index.setdefault(_compact(r["label"]), set()).add(r["ds"])
    for ds in {r["ds"] for r in rows}:  # the IRI slug is a name too: "cmu-mosei"
        index.setdefault(_compact(ds.rsplit("/", 1)[-1]), set()).add(ds)
    key = _compact(name)
    hits = index.get(key, set())
    if len(hits) > 1:  # a label shared by several datasets: a preferred label wins
        hits = {ds for ds in hits if _compact(pref.get(ds, "")) == key} or hits
    if len(hits) == 1:
        return next(iter(hits))
    if hits:
        raise NotFound(f"{name!r} names several datasets: {', '.join(sorted(pref.get(d, d) for d in hits))}")
    close = difflib.get_close_matches(key, list(index), n=8, cutoff=0.6)
    labels = list(dict.fromkeys(pref.get(ds, ds) for k in close for ds in sorted(index[k])))
    raise _did_you_mean("dataset", name, labels[:5])


def find_paper(engine: Engine, title_or_iri: str) -> str:
    """IRI of a paper given its IRI, its title, or a part of its title that only it contains."""
    # an IRI or a whole title (any case or punctuation) names its node: one lookup, no scan
    for candidate in (title_or_iri, paper_iri(title_or_iri)):
        if candidate.startswith(PAPER) and _is_paper(engine, candidate):
            return candidate
    rows = sorted(_rows(engine, _PAPER_TITLES), key=lambda r: (r["title"], r["paper"]))
    if title_or_iri in {r["paper"] for r in rows}:
        return title_or_iri
    key = title_key(title_or_iri)
    exact = [r for r in rows if title_key(r["title"]) == key]
    if len(exact) == 1:
        return exact[0]["paper"]
    partial = exact or [r for r in rows if key and key in title_key(r["title"])]
    if len(partial) == 1:
        return partial[0]["paper"]
    if partial:
        titles = [r["title"] for r in partial[:5]]
        more = f" (and {len(partial) - 5} more)" if len(partial) > 5 else ""
        raise NotFound(f"{title_or_iri!r} matches {len(partial)} papers; did you mean: {', '.join(titles)}{more}?")
    keys = {title_key(r["title"]): r["title"] for r in rows}
    close = difflib.get_close_matches(key, list(keys), n=3, cutoff=0.6)
    raise _did_you_mean("paper", title_or_iri, [keys[k] for k in close])


def _is_paper(engine: Engine, node: str) -> bool:
    try:
        return bool(_rows(engine, _IS_PAPER, paper=node))
    except QueryError:  # not an IRI a query can hold: no paper has it
        return False


# ------------------------------------------------------------------ tracing


def _date(row: dict) -> str | None:
    return row.get("fullDate") or row.get("yearOnly") or row.get("rawDate")


def _date_order(ref: PaperRef) -> tuple:
    # a date is usable for ordering only when it starts with a year; "Mar 14" sorts last
    known = bool(ref.date and re.match(r"^\d{4}", ref.date))
    return (not known, ref.date if known else "", ref.title.casefold(), ref.iri)


def _counted(counts: dict[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold(), kv[0])))


def _facts(engine: Engine, node: str) -> list[dict]:
    return _rows(engine, _FACTS, node=node)


def _values(facts: list[dict], prop: str, labelled: bool = False) -> tuple[str, ...]:
    chosen: dict[object, str] = {}
    for f in facts:
        if f["prop"] == prop:
            text = str(f["valueLabel"] or f["value"]) if labelled else str(f["value"])
            # one label per node even when it has several (say, in two languages)
            chosen[f["value"]] = min(chosen.get(f["value"], text), text)
    return tuple(sorted(set(chosen.values()), key=lambda s: (s.casefold(), s)))


def _paper_refs(rows: list[dict]) -> list[PaperRef]:
    """One reference per paper and role, date order; several evidence sentences for one link: the
    most confident one (the first of them in text order when they tie)."""
    best: dict[tuple[str, str], PaperRef] = {}
    for r in sorted(rows, key=lambda r: (r["paper"], r["rel"], str(r.get("evidence") or ""))):
        ref = PaperRef(r["paper"], r["title"], _date(r), _ROLE[r["rel"]], r.get("evidence"),
                       r.get("confidence"), r.get("rule"))
        old = best.get((ref.iri, ref.role))
        if old is None or (ref.confidence or 0) > (old.confidence or 0):
            best[(ref.iri, ref.role)] = ref
    return sorted(best.values(), key=_date_order)


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 1:
        raise QueryError(f"limit must be a positive number of papers, got {limit}")


def _with_evidence(engine: Engine, ds: str, refs: list[PaperRef]) -> list[PaperRef]:
    """``refs`` (no evidence yet) with the evidence of their link to ``ds``, read for these papers only:
    a dataset used by 20,000 papers would otherwise join 20,000 assertions to show 20."""
    if not refs:
        return []
    values = " ".join(to_ntriples(iri(paper)) for paper in dict.fromkeys(r.iri for r in refs))
    evidence: dict[tuple[str, str], list[dict]] = {}
    for r in _rows(engine, _LINK_EVIDENCE % values, ds=ds):
        evidence.setdefault((r["paper"], _ROLE[r["rel"]]), []).append(r)
    rows = [{"paper": ref.iri, "rel": _REL[ref.role], "title": ref.title, "fullDate": ref.date, **ev}
            for ref in refs for ev in evidence.get((ref.iri, ref.role), [{}])]
    return _paper_refs(rows)


def trace_dataset(engine: Engine, name: str, limit: int | None = None) -> DatasetTrace:
    """Who introduced a dataset, who used it (date order, undated last), for which tasks and modalities.

    ``limit`` keeps the first users in date order (``more_users`` counts the others): the evidence
    sentences are then read for those papers only.
    """
    _check_limit(limit)
    ds = find_dataset(engine, name)
    facts = _facts(engine, ds)
    if limit is None:
        refs = _paper_refs(_rows(engine, _LINKED_PAPERS_WITH_EVIDENCE, ds=ds))
        users = kept = [r for r in refs if r.role == "uses"]
    else:
        dated = _paper_refs(_rows(engine, _LINKED_PAPERS, ds=ds))
        users = [r for r in dated if r.role == "uses"]
        kept = users[:limit]
        refs = _with_evidence(engine, ds, [r for r in dated if r.role == "introduces"] + kept)
    facets = _rows(engine, _USER_FACETS, ds=ds)

    def count(kind: str) -> tuple[tuple[str, int], ...]:
        return _counted({r["label"]: int(r["papers"]) for r in facets if r["kind"] == kind})

    catalogued = [f["value"] for f in facts if f["prop"] == AKG + "catalogued"]
    year = _values(facts, AKG + "yearIntroduced")
    labels = _values(facts, SKOS + "prefLabel")
    return DatasetTrace(
        iri=ds, label=labels[0] if labels else shorten(ds), alt_labels=_values(facts, SKOS + "altLabel"),
        catalogued=catalogued[0] if catalogued else None, year_introduced=year[0] if year else None,
        modalities=_values(facts, AKG + "hasModality", True),
        annotated_with=_values(facts, AKG + "annotatedWith", True),
        introduced_by=tuple(r for r in refs if r.role == "introduces"),
        used_by=tuple(r for r in refs if r.role == "uses"),
        tasks=count("addressesTask"), paper_modalities=count("usesModality"), co_used=count("usesDataset"),
        more_users=len(users) - len(kept))


def trace_paper(engine: Engine, title_or_iri: str, limit: int | None = None) -> PaperTrace:
    """A paper's datasets with their role and evidence, and the other papers that share each dataset
    (the first ``limit`` of each in date order, when a limit is given; ``more_papers`` counts the rest)."""
    _check_limit(limit)
    paper = find_paper(engine, title_or_iri)
    facts = _facts(engine, paper)
    evidence: dict[tuple[str, str], dict] = {}
    for r in _rows(engine, _PAPER_EVIDENCE, paper=paper):
        old = evidence.get((r["rel"], r["target"]))
        if old is None or (r["confidence"] or 0) > (old["confidence"] or 0):
            evidence[(r["rel"], r["target"])] = r
    others: dict[str, list[PaperRef]] = {}
    for r in sorted(_rows(engine, _OTHER_PAPERS, paper=paper), key=lambda r: (r["ds"], r["other"], r["otherRel"])):
        others.setdefault(r["ds"], []).append(PaperRef(r["other"], r["title"], _date(r), _ROLE[r["otherRel"]]))
    links = []
    for f in facts:
        if f["prop"] in _ROLE:
            ev = evidence.get((f["prop"], f["value"]), {})
            other = sorted(dict.fromkeys(others.get(f["value"], [])), key=_date_order)
            shown = other[:limit]
            links.append(DatasetLink(
                f["value"], str(f["valueLabel"] or shorten(f["value"])), _ROLE[f["prop"]], ev.get("evidence"),
                ev.get("confidence"), ev.get("rule"), tuple(shown), len(other) - len(shown)))
    links.sort(key=lambda d: (d.role != "introduces", d.label.casefold(), d.iri))
    title = _values(facts, DCT + "title")
    date = (_values(facts, DCT + "date") or _values(facts, DCT + "issued") or _values(facts, AKG + "dateText"))
    return PaperTrace(
        iri=paper, title=title[0] if title else paper, date=date[0] if date else None,
        code=_values(facts, SCHEMA + "codeRepository"), datasets=tuple(links),
        tasks=_values(facts, AKG + "addressesTask", True), modalities=_values(facts, AKG + "usesModality", True),
        emotion_models=_values(facts, AKG + "usesEmotionModel", True))


# ------------------------------------------------------------------ text output

_WIDTH = 88


def _quote(text: str | None, indent: str) -> list[str]:
    if not text:
        return [indent + "(no evidence sentence recorded)"]
    return textwrap.wrap(f"\u201c{' '.join(text.split())}\u201d", _WIDTH, initial_indent=indent,
                         subsequent_indent=indent + " ")


def _show_date(date: str | None) -> str:
    if not date:
        return "undated"
    return date if re.match(r"^\d{4}", date) else f"{date} (year unknown)"


def _ref_line(i: int, ref: PaperRef, indent: str = "  ", suffix: str = "") -> list[str]:
    head = f"{indent}{i}. {_show_date(ref.date)}  {ref.title}{suffix}"
    return textwrap.wrap(head, _WIDTH, subsequent_indent=indent + "   ")


def _more(left_out: int, indent: str = "  ") -> list[str]:
    return [f"{indent}... and {left_out} more (--all lists every one)"] if left_out else []


def _counts(title: str, counts: tuple[tuple[str, int], ...], limit: int | None = None) -> list[str]:
    if not counts:
        return [f"{title}: none"]
    shown = counts[:limit]
    width = max(len(label) for label, _ in shown)
    return [f"{title}:"] + [f"  {label.ljust(width)}  {n}" for label, n in shown] + _more(len(counts) - len(shown))


def _format_dataset(t: DatasetTrace, limit: int | None = None) -> list[str]:
    status = {True: "catalogued", False: "discovered in papers (not in the catalogue)", None: "catalogue status unknown"}
    out = [f"{t.label}  <{t.iri}>"]
    if t.alt_labels:
        out.append("  also called: " + "; ".join(t.alt_labels))
    year = f", introduced {t.year_introduced}" if t.year_introduced else ""
    out.append(f"  {status[t.catalogued]}{year}")
    if t.modalities:
        out.append("  modalities: " + ", ".join(t.modalities))
    if t.annotated_with:
        out.append("  annotated with: " + ", ".join(t.annotated_with))
    out.append("")
    if t.introduced_by:
        out.append("Introduced by:")
        for i, ref in enumerate(t.introduced_by, 1):
            out += _ref_line(i, ref) + _quote(ref.evidence, "       ")
    else:
        out.append("Introduced by: no paper in the graph")
    out.append("")
    users = len(t.used_by) + t.more_users
    shown = f" (the first {len(t.used_by)} by date)" if t.more_users else ""
    out.append(f"Used by {users} paper{'s' if users != 1 else ''}{shown}" + (":" if t.used_by else ""))
    for i, ref in enumerate(t.used_by, 1):
        out += _ref_line(i, ref) + _quote(ref.evidence, "       ")
    out += _more(t.more_users)
    out += [""] + _counts("Tasks of these papers", t.tasks, limit)
    out += [""] + _counts("Modalities of these papers", t.paper_modalities, limit)
    out += [""] + _counts("Used together with", t.co_used, limit)
    return out


def _format_paper(t: PaperTrace) -> list[str]:
    out = textwrap.wrap(f"{t.title}  ({_show_date(t.date)})", _WIDTH) + [f"  <{t.iri}>"]
    out += [f"  code: {c}" for c in t.code]
    for title, values in (("tasks", t.tasks), ("modalities", t.modalities), ("emotion models", t.emotion_models)):
        out.append(f"  {title}: {', '.join(values) if values else 'none'}")
    out.append("")
    out.append(f"Datasets ({len(t.datasets)})" + (":" if t.datasets else ": none"))
    for d in t.datasets:
        conf = f", confidence {d.confidence:g}" if d.confidence is not None else ""
        out.append(f"  {d.role} {d.label}" + (f"  [{d.rule}{conf}]" if d.rule else ""))
        out += _quote(d.evidence, "    ")
        if d.other_papers:
            others = len(d.other_papers) + d.more_papers
            shown = f" (the first {len(d.other_papers)} by date)" if d.more_papers else ""
            out.append(f"    also linked from {others} other paper{'s' if others != 1 else ''}{shown}:")
            for i, ref in enumerate(d.other_papers, 1):
                out += _ref_line(i, ref, "      ", " (introduced it)" if ref.role == "introduces" else "")
            out += _more(d.more_papers, "      ")
        else:
            out.append("    no other paper in the graph links it")
    return out


def format_trace(trace: DatasetTrace | PaperTrace, limit: int | None = None) -> str:
    """Plain-text report for the terminal; evidence sentences are quoted and wrapped. ``limit`` also
    keeps the first rows of a dataset's counts (tasks, modalities, datasets used with it)."""
    lines = _format_dataset(trace, limit) if isinstance(trace, DatasetTrace) else _format_paper(trace)
    return "\n".join(lines).rstrip() + "\n"
