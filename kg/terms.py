"""N-Triples term strings: the one representation the graph builder emits.

Building terms as N-Triples text (instead of rdflib or pyoxigraph objects) keeps the hot path
to string formatting; pyoxigraph then streams that text into Turtle, JSON-LD or a store.
"""
from __future__ import annotations

import re
from urllib.parse import quote

XSD = "http://www.w3.org/2001/XMLSchema#"

# N-Triples string escapes: quote, backslash, and every control character as \uXXXX
_ESCAPES = {i: f"\\u{i:04X}" for i in range(0x20)}
_ESCAPES.update({ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
                 0x7F: "\\u007F"})
_IRI_UNSAFE = re.compile(r'[^A-Za-z0-9\-._~:/?#\[\]@!$&\'()*+,;=%]')
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_PLAIN = re.compile(r'[^\x00-\x1f"\\\x7f\ud800-\udfff]*')


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: str, lang: str | None = None) -> str:
    """A plain string literal (lone surrogates, which no RDF syntax allows, become U+FFFD)."""
    if _PLAIN.fullmatch(value):  # most text needs no escape: one C-level scan instead of a translate
        text = value
    else:
        text = _SURROGATES.sub("\ufffd", value).translate(_ESCAPES)
    return f'"{text}"@{lang}' if lang else f'"{text}"'


def typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{XSD}{datatype}>'


def integer(value: int) -> str:
    return typed(int(value), "integer")


def decimal(value: float) -> str:
    return typed(f"{value:.3f}", "decimal")


def boolean(value: bool) -> str:
    return typed("true" if value else "false", "boolean")


_WEB_URL = re.compile(r"https?://[^\s/]+")


def is_web_url(url: str | None) -> bool:
    """Whether ``safe_url`` gives an IRI for ``url`` (without building it)."""
    return bool(url and _WEB_URL.match(url))


def safe_url(url: str | None) -> str | None:
    """An http(s) URL from input text as a valid IRI (unsafe characters percent-encoded), else None."""
    if not url or not _WEB_URL.match(url):
        return None
    return _IRI_UNSAFE.sub(lambda m: quote(m[0], safe=""), url)
