"""Streaming writers for N-Triples, Turtle and JSON-LD, all fed from one pass over the triples.

The builder's triples arrive grouped by subject in a fixed order, so each writer only has to
format: no store, no sort, memory independent of graph size. Turtle and JSON-LD use the
project's prefixes; every output parses back to the same graph (tests check isomorphism).
"""
from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import IO

from . import ntparse
from .graph import C_ASSERTION, EVIDENCE_PREDICATES, PREFIXES, RDF, Triple, evidence_node, paper_node_triples
from .models import Extraction, Paper

_TYPE = f"<{RDF}type>"
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")  # used with fullmatch
_NAMESPACES = {ns: prefix for prefix, ns in PREFIXES.items()}
_CTRL = re.compile(r"[\x00-\x1f]")


def compact(iri: str) -> str | None:
    """``prefix:local`` for an IRI under a known namespace with a plain local name, else None.

    Every namespace ends in "/" or "#", and a plain local name holds neither, so the namespace
    is the IRI up to its last separator: one dict lookup instead of a scan over the prefixes.
    """
    cut = max(iri.rfind("/"), iri.rfind("#")) + 1
    prefix = _NAMESPACES.get(iri[:cut])
    if prefix is None or not _LOCAL.fullmatch(iri, cut):
        return None
    return f"{prefix}:{iri[cut:]}"


def _ttl_form(term: str) -> str:
    if term[0] == "<":
        return compact(term[1:-1]) or term
    if term[-1] == ">" and term[0] == '"':  # typed literal: compact the datatype
        cut = term.rindex("^^<")
        dt = compact(term[cut + 3:-1])
        return term[:cut + 2] + dt if dt else term
    return term  # plain literals and blank nodes are written as they are


def _json_iri(iri: str) -> str:
    short = compact(iri)
    return f'"{short}"' if short else json.dumps(iri, ensure_ascii=False)


def _json_form(term: str) -> str:
    """The JSON text of one object, as ``json.dumps(_json_value(term), ensure_ascii=False)`` gives it."""
    if term[0] == "<":
        return '{"@id": ' + _json_iri(term[1:-1]) + "}"
    if term[0] == '"' and term[-1] == '"':
        body = term[1:-1]
        # a literal the builder wrote with no escape is already a JSON string
        if "\\" not in body and not _CTRL.search(body):
            return term
    return json.dumps(_json_value(term), ensure_ascii=False)


def _json_value(term: str) -> dict | str:
    if term[0] == "<":
        return {"@id": compact(term[1:-1]) or term[1:-1]}
    if term.startswith("_:"):
        return {"@id": term}
    value = ntparse.value(term)
    tail = term[term.rindex('"') + 1:]
    if tail.startswith("^^<"):
        dt = tail[3:-1]
        return {"@value": value, "@type": compact(dt) or dt}
    if tail.startswith("@"):
        return {"@value": value, "@language": tail[1:]}
    return value


class Formatter:
    """Formats subject blocks in the three syntaxes, memoising each term's short forms.

    A paper's IRI recurs in each of its evidence nodes and vocabulary IRIs recur everywhere,
    so one formatter serves a run of blocks; start a new one to bound its memory.
    """

    def __init__(self) -> None:
        self.ttl: dict[str, str] = {}
        self.json: dict[str, str] = {}
        self.keys: dict[str, str] = {}

    def turtle(self, subject: str, pos: list[tuple[str, str]]) -> str:
        memo = self.ttl
        parts = []
        prev = None
        for p, o in pos:
            obj = memo.get(o) or memo.setdefault(o, _ttl_form(o))
            if p == prev:
                parts[-1] += f" ,\n\t\t{obj}"
            else:
                pred = "a" if p == _TYPE else memo.get(p) or memo.setdefault(p, _ttl_form(p))
                parts.append(f"\t{pred} {obj}")
            prev = p
        head = memo.get(subject) or memo.setdefault(subject, _ttl_form(subject))
        return f"{head}\n" + " ;\n".join(parts) + " .\n"

    def jsonld(self, subject: str, pos: list[tuple[str, str]]) -> str:
        """One node object as JSON text: keys in first-seen order, every value in a list."""
        memo, names = self.json, self.keys
        keys: dict[str, list[str]] = {}
        for p, o in pos:
            if p == _TYPE and o[0] == "<":
                key, value = '"@type"', names.get(o) or names.setdefault(o, _json_iri(o[1:-1]))
            else:
                key = names.get(p) or names.setdefault(p, _json_iri(p[1:-1]))
                value = memo.get(o)
                if value is None:
                    value = _json_form(o)
                    if o[0] != '"' or o[-1] != '"':  # long plain literals are not worth keeping
                        memo[o] = value
            keys.setdefault(key, []).append(value)
        node_id = json.dumps(subject, ensure_ascii=False) if subject.startswith("_:") else \
            names.get(subject) or names.setdefault(subject, _json_iri(subject[1:-1]))
        return '{"@id": ' + node_id + "".join(f', {k}: [{", ".join(v)}]' for k, v in keys.items()) + "}"


    def paper(self, iri: str, paper: Paper, ex: Extraction, formats: Collection[str] = ("nt", "ttl", "jsonld")
              ) -> tuple[str, str, list[str]]:
        """A paper's blocks (its node, then one evidence node per edge) in the three syntaxes; a syntax
        not in ``formats`` is left empty ("" or []), as a build that does not write it needs none.

        Formats what ``graph.paper_triples`` yields, byte for byte (a test holds it to that),
        but fills a fixed template for the evidence nodes, which are most of the graph.
        """
        want_nt, want_ttl, want_json = "nt" in formats, "ttl" in formats, "jsonld" in formats
        s = f"<{iri}>"
        pos = [(p, o) for _, p, o in paper_node_triples(paper, ex, s)]
        nt = [ntriples(s, pos)] if want_nt else []
        ttl = [self.turtle(s, pos)] if want_ttl else []
        nodes = [self.jsonld(s, pos)] if want_json else []
        if ex.mentions:
            memo, names = self.ttl, self.json
            s_ttl = memo.get(s) or memo.setdefault(s, _ttl_form(s))
            s_json = self.keys.get(s) or self.keys.setdefault(s, _json_iri(iri))
            for m in ex.mentions:
                e, objs = evidence_node(s, m)
                if want_nt:
                    nt.append(ntriples(e, zip(EVIDENCE_PREDICATES, objs)))
                if not (want_ttl or want_json):
                    continue
                short = compact(e[1:-1])
                if want_ttl:
                    t = [memo.get(o) or memo.setdefault(o, _ttl_form(o)) for o in objs[2:4]]
                    for o in objs[5:7] + objs[8:9]:
                        t.append(memo.get(o) or memo.setdefault(o, _ttl_form(o)))
                    ttl.append(_EV_TTL(e=short or e, s=s_ttl, p=t[0], o=t[1], text=objs[4],
                                       start=t[2], end=t[3], rule=objs[7], conf=t[4]))
                if want_json:
                    j = []
                    for o in objs[2:4] + objs[5:7] + objs[8:9]:
                        v = names.get(o)
                        if v is None:
                            v = names[o] = _json_form(o)
                        j.append(v)
                    nodes.append(_EV_JSON(e=f'"{short}"' if short else _json_iri(e[1:-1]), s=s_json, p=j[0],
                                          o=j[1], text=_json_form(objs[4]), start=j[2], end=j[3],
                                          rule=_json_form(objs[7]), conf=j[4]))
        return "".join(nt), "".join(ttl), nodes


def _evidence_templates() -> tuple[str, str]:
    """str.format templates of an evidence node in Turtle and JSON-LD, from EVIDENCE_PREDICATES."""
    fields = ("{a}", "{s}", "{p}", "{o}", "{text}", "{start}", "{end}", "{rule}", "{conf}", "{s}")
    ttl_preds = ["a" if p == _TYPE else _ttl_form(p) for p in EVIDENCE_PREDICATES]
    ttl = "{e}\n" + " ;\n".join(f"\t{p} {f}" for p, f in zip(ttl_preds, fields)) + " .\n"
    keys = ['"@type"' if p == _TYPE else _json_iri(p[1:-1]) for p in EVIDENCE_PREDICATES]
    json_fields = ["{a}", '{{"@id": {s}}}', *fields[2:9], '{{"@id": {s}}}']
    body = "".join(f", {k}: [{f}]" for k, f in zip(keys, json_fields))
    return ttl, '{{"@id": {e}' + body + "}}"


def ntriples(subject: str, pos: Iterable[tuple[str, str]]) -> str:
    """One subject's block in N-Triples (the terms already are N-Triples)."""
    return "".join(f"{subject} {p} {o} .\n" for p, o in pos)


def blocks(triples: Iterable[Triple]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Group consecutive triples by subject."""
    for subject, group in itertools.groupby(triples, key=lambda t: t[0]):
        yield subject, [(p, o) for _, p, o in group]


def format_blocks(triples: Iterable[Triple], formatter: Formatter | None = None) -> tuple[str, str, list[str]]:
    """N-Triples text, Turtle text and JSON-LD node texts of subject-grouped triples."""
    fmt = formatter or Formatter()
    nt: list[str] = []
    ttl: list[str] = []
    nodes: list[str] = []
    for subject, pos in blocks(triples):
        nt.append(ntriples(subject, pos))
        ttl.append(fmt.turtle(subject, pos))
        nodes.append(fmt.jsonld(subject, pos))
    return "".join(nt), "".join(ttl), nodes


SEPARATOR = {"nt": b"", "ttl": b"", "jsonld": b",\n"}  # between two subject blocks
Batch = tuple[list[bytes], int]  # a run of subject blocks: its encoded text per format, and how many blocks


def formatted_batches(formats: tuple[str, ...], triples: Iterable[Triple], size: int = 2000) -> Iterator[Batch]:
    """Subject-grouped triples formatted in runs of ``size`` blocks, for ``Output.formatted``."""
    fmt = Formatter()
    batch: list[tuple[str, list[tuple[str, str]]]] = []
    for n, block in enumerate(blocks(triples), 1):
        batch.append(block)
        if n % size == 0:
            yield _format_batch(formats, batch, fmt), len(batch)
            batch, fmt = [], Formatter()  # a fresh memo bounds memory on large graphs
    if batch:
        yield _format_batch(formats, batch, fmt), len(batch)


def _format_batch(formats: tuple[str, ...], batch: list[tuple[str, list[tuple[str, str]]]],
                  fmt: Formatter) -> list[bytes]:
    texts = {"nt": lambda: "".join(ntriples(s, pos) for s, pos in batch),
             "ttl": lambda: "".join(fmt.turtle(s, pos) for s, pos in batch),
             "jsonld": lambda: ",\n".join(fmt.jsonld(s, pos) for s, pos in batch)}
    return [texts[f]().encode() for f in formats]


class Output:
    """The three files being written: headers, subject blocks (as triples or pre-formatted), footer.

    Streams are binary (blocks from worker processes arrive encoded) and every write goes
    through ``put``, which counts bytes, so callers know where each block lands.
    """

    def __init__(self, nt: IO[bytes] | None = None, ttl: IO[bytes] | None = None,
                 jsonld: IO[bytes] | None = None) -> None:
        self.streams = {f: s for f, s in (("nt", nt), ("ttl", ttl), ("jsonld", jsonld)) if s}
        self.pos = dict.fromkeys(self.streams, 0)
        self.blocks = dict.fromkeys(self.streams, 0)
        if ttl:
            self.put("ttl", ("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n").encode())
        if jsonld:
            self.put("jsonld", ('{"@context": ' + json.dumps(dict(sorted(PREFIXES.items()))) +
                                ',\n"@graph": [\n').encode())

    @property
    def formats(self) -> tuple[str, ...]:
        return tuple(self.streams)

    def put(self, fmt: str, data: bytes) -> None:
        self.streams[fmt].write(data)
        self.pos[fmt] += len(data)

    def block(self, fmt: str, data: bytes, count: int = 1) -> int:
        """Write ``count`` consecutive subject blocks of one format; returns where they start."""
        if self.blocks[fmt] and SEPARATOR[fmt]:
            self.put(fmt, SEPARATOR[fmt])
        start = self.pos[fmt]
        self.put(fmt, data)
        self.blocks[fmt] += count
        return start

    def triples(self, triples: Iterable[Triple]) -> None:
        """Format and write subject-grouped triples."""
        for batch in formatted_batches(self.formats, triples):
            self.formatted(batch)

    def formatted(self, batch: Batch) -> None:
        """Write one batch from ``formatted_batches`` (made for the same formats, maybe elsewhere)."""
        datas, count = batch
        for f, data in zip(self.formats, datas):
            self.block(f, data, count)

    def close(self) -> None:
        if "jsonld" in self.streams:
            self.put("jsonld", b"\n]}\n")


def format_papers(formats: tuple[str, ...], rows: list[tuple[str, Paper, Extraction]]) -> list[tuple[bytes, ...]]:
    """Each (IRI, paper, extraction) row's blocks, encoded, one per requested format (JSON-LD nodes
    joined by ",\\n")."""
    fmt = Formatter()
    out = []
    for iri, paper, ex in rows:
        nt, ttl, nodes = fmt.paper(iri, paper, ex, formats)
        text = {"nt": nt, "ttl": ttl, "jsonld": ",\n".join(nodes)}
        out.append(tuple(text[f].encode() for f in formats))
    return out


def write_all(triples: Iterable[Triple], nt: IO[bytes] | None = None, ttl: IO[bytes] | None = None,
              jsonld: IO[bytes] | None = None) -> None:
    """Write the triples to whichever of the three binary streams are given."""
    out = Output(nt, ttl, jsonld)
    out.triples(triples)
    out.close()


def _filler(template: str) -> Callable[..., str]:
    """``template.format`` as a function built from an f-string, as namedtuple builds its classes: an
    evidence node is formatted ~450,000 times at 100,000 papers, and the f-string takes a third of the
    time ``str.format`` spends reading the template again on every call."""
    fields = ", ".join(dict.fromkeys(re.findall(r"(?<!\{)\{(\w+)\}", template)))
    scope: dict[str, Callable[..., str]] = {}
    exec(f"def fill(*, {fields}):\n    return f{template!r}\n", scope)  # the template is ours, not input
    return scope["fill"]


_EV_TTL, _EV_JSON = _evidence_templates()
_EV_TTL = _filler(_EV_TTL.replace("{a}", _ttl_form(C_ASSERTION)))
_EV_JSON = _filler(_EV_JSON.replace("{a}", _json_iri(C_ASSERTION[1:-1])))
