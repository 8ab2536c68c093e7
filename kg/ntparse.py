"""Read back the N-Triples term strings the builder emits (for the networkx view)."""
from __future__ import annotations

import re

_ESC = re.compile(r'\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))')
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "b": "\b", "f": "\f", "'": "'"}


def value(term: str) -> str:
    """Lexical value of a literal or the IRI of an IRI term."""
    if term.startswith("<"):
        return term[1:-1]
    if not term.startswith('"'):
        return term
    body = term[1:term.rindex('"')]
    return _ESC.sub(_unescape, body) if "\\" in body else body


def _unescape(m: re.Match) -> str:
    if m[1] or m[2]:
        return chr(int(m[1] or m[2], 16))
    return _SIMPLE.get(m[3], m[3])
