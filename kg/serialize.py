"""Streaming writers for N-Triples, Turtle and JSON-LD, all fed from one pass over the triples.

The builder's triples arrive grouped by subject in a fixed order, so each writer only has to
format: no store, no sort, memory independent of graph size. Turtle and JSON-LD use the
project's prefixes; every output parses back to the same graph (tests check isomorphism).
"""
from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import IO

from . import ntparse
from .graph import PREFIXES, RDF, Triple

_TYPE = f"<{RDF}type>"
_LOCAL = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


@lru_cache(maxsize=1 << 16)
def compact(iri: str) -> str | None:
    """``prefix:local`` for an IRI under a known namespace with a plain local name, else None."""
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns):
            local = iri[len(ns):]
            return f"{prefix}:{local}" if _LOCAL.match(local) else None
    return None


_TTL_IRIS: dict[str, str] = {}


def _ttl_term(term: str) -> str:
    if term[0] == "<":
        short = _TTL_IRIS.get(term)
        if short is None:
            short = compact(term[1:-1]) or term
            if len(_TTL_IRIS) < 1 << 16:
                _TTL_IRIS[term] = short
        return short
    if term[-1] == '"':
        return term
    if term[0] == '"' and term[-1] == ">":
        cut = term.rindex("^^<")
        dt = compact(term[cut + 3:-1])
        return term[:cut + 2] + dt if dt else term
    return term


def blocks(triples: Iterable[Triple]) -> Iterator[tuple[str, list[tuple[str, str]]]]:
    """Group consecutive triples by subject."""
    for subject, group in itertools.groupby(triples, key=lambda t: t[0]):
        yield subject, [(p, o) for _, p, o in group]


def turtle_block(subject: str, pos: list[tuple[str, str]]) -> str:
    parts = []
    prev = None
    for p, o in pos:
        obj = _ttl_term(o)
        if p == prev:
            parts[-1] += f" ,\n\t\t{obj}"
        else:
            parts.append(f"\t{'a' if p == _TYPE else _ttl_term(p)} {obj}")
        prev = p
    return f"{_ttl_term(subject)}\n" + " ;\n".join(parts) + " .\n"


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


def jsonld_node(subject: str, pos: list[tuple[str, str]]) -> dict:
    node: dict = {"@id": subject if subject.startswith("_:") else compact(subject[1:-1]) or subject[1:-1]}
    for p, o in pos:
        if p == _TYPE and o[0] == "<":
            node.setdefault("@type", []).append(compact(o[1:-1]) or o[1:-1])
        else:
            key = compact(p[1:-1]) or p[1:-1]
            node.setdefault(key, []).append(_json_value(o))
    return node


def write_all(triples: Iterable[Triple], nt: IO[str] | None = None, ttl: IO[str] | None = None,
              jsonld: IO[str] | None = None) -> int:
    """Write the triples to whichever of the three streams are given; returns the triple count."""
    count = 0
    if ttl:
        ttl.write("".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items())) + "\n")
    if jsonld:
        jsonld.write('{"@context": ' + json.dumps(dict(sorted(PREFIXES.items()))) + ',\n"@graph": [\n')
    first = True
    for subject, pos in blocks(triples):
        count += len(pos)
        if nt:
            nt.write("".join(f"{subject} {p} {o} .\n" for p, o in pos))
        if ttl:
            ttl.write(turtle_block(subject, pos))
        if jsonld:
            jsonld.write(("" if first else ",\n") + json.dumps(jsonld_node(subject, pos), ensure_ascii=False))
            first = False
    if jsonld:
        jsonld.write("\n]}\n")
    return count
