"""Run SPARQL over a built graph with pyoxigraph (default) or rdflib, and format the answers.

Both engines speak one small interface, ``Engine``, and return engine-neutral ``Term`` values,
so a named query gives rows that compare equal whichever engine ran it.  Parameters are always
passed to the engine as RDF terms (pyoxigraph ``substitutions``, rdflib ``initBindings``): user
text never becomes query text, so it cannot change what a query means.

One rule keeps the engines (and the HTTP client in kg.server) in step: a parameter must be
projected by a SELECT (SEP-0007 substitution requires it; ``run`` drops the column again) and
may be used in any group of the query but not inside a subquery.

    >>> engine = load_store("exports/graph.ttl")                        # doctest: +SKIP
    >>> result = run(engine, "papers-using-dataset", {"dataset": "IEMOCAP"})  # doctest: +SKIP
    >>> print(format_result(result, "table"))                          # doctest: +SKIP
"""
from __future__ import annotations

import csv
import difflib
import functools
import importlib.resources
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Protocol

from kg.errors import GraphFileError, QueryError

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: Prefixes used to shorten IRIs in tables and to expand ``ds:iemocap``-style parameter values.
PREFIXES = {
    "akg": "https://w3id.org/affect-kg/ontology#",
    "task": "https://w3id.org/affect-kg/task/",
    "mod": "https://w3id.org/affect-kg/modality/",
    "emo": "https://w3id.org/affect-kg/emotion-model/",
    "emoc": "https://w3id.org/affect-kg/emotion/",
    "ds": "https://w3id.org/affect-kg/dataset/",
    "paper": "https://w3id.org/affect-kg/paper/",
    "ev": "https://w3id.org/affect-kg/evidence/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "schema": "https://schema.org/",
    "dcat": "http://www.w3.org/ns/dcat#",
    "prov": "http://www.w3.org/ns/prov#",
    "foaf": "http://xmlns.com/foaf/0.1/",
}

_INTEGER_TYPES = {XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte")}
_FLOAT_TYPES = {XSD + "decimal", XSD + "double", XSD + "float"}
_VAR_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# characters IRIREF forbids (SPARQL 1.1 grammar [139]); rejecting them keeps <...> a single token
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')


# ------------------------------------------------------------------ terms


@dataclass(frozen=True, slots=True)
class Term:
    """An RDF term independent of the engine; ``kind`` uses the SPARQL JSON names uri/literal/bnode."""

    kind: str
    value: str
    datatype: str | None = None  # None for simple (xsd:string) and language-tagged literals
    lang: str | None = None


def iri(value: str) -> Term:
    """An IRI term; rejects text that could not be written inside ``<...>``."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) or _BAD_IRI_CHARS.search(value):
        raise QueryError(f"not an absolute IRI: {value!r}")
    return Term("uri", value)


def literal(value: str | float | bool, datatype: str | None = None, lang: str | None = None) -> Term:
    """A literal term; Python ints, floats and bools get their XSD datatype."""
    if isinstance(value, bool):
        return Term("literal", "true" if value else "false", XSD + "boolean")
    if isinstance(value, int):
        return Term("literal", str(value), XSD + "integer")
    if isinstance(value, float):
        return Term("literal", repr(value), XSD + "double")
    if lang:
        return Term("literal", value, None, lang.lower())
    return Term("literal", value, None if datatype in (None, XSD + "string") else datatype)


def to_python(term: Term | None) -> str | int | float | bool | None:
    """Plain value of a term, computed from its lexical form so every engine gives the same value."""
    if term is None:
        return None
    if term.kind == "bnode":
        return "_:" + term.value
    if term.kind == "literal" and term.datatype:
        try:
            if term.datatype in _INTEGER_TYPES:
                return int(term.value)
            if term.datatype in _FLOAT_TYPES:
                return float(term.value)
        except ValueError:
            return term.value
        if term.datatype == XSD + "boolean":
            return term.value.strip() in ("true", "1")
    return term.value


def _escape_string(text: str) -> str:
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m.group()):04X}", out)


def to_ntriples(term: Term) -> str:
    """N-Triples spelling of a term: quotes, backslashes and controls escaped, IRIs checked."""
    if term.kind == "uri":
        return "<" + iri(term.value).value + ">"
    if term.kind == "bnode":
        if not _VAR_NAME.match(term.value):
            raise QueryError(f"bad blank node id: {term.value!r}")
        return "_:" + term.value
    text = '"' + _escape_string(term.value) + '"'
    if term.lang:
        if not re.match(r"^[A-Za-z]+(-[A-Za-z0-9]+)*$", term.lang):
            raise QueryError(f"bad language tag: {term.lang!r}")
        return text + "@" + term.lang
    return text + ("^^" + to_ntriples(iri(term.datatype)) if term.datatype else "")


def shorten(value: str) -> str:
    """``ds:iemocap`` for display; IRIs outside the known namespaces are left whole."""
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and re.match(r"^[\w.-]*$", value[len(ns):]):
            return f"{prefix}:{value[len(ns):]}"
    return value


# ------------------------------------------------------------------ engines


@dataclass(slots=True)
class Answer:
    """What an engine returns: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # "select" | "ask" | "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    total: int | None = None  # how many rows there were when a limit kept fewer


def take(items: Iterable, limit: int | None, convert: Callable[[object], tuple]) -> tuple[list[tuple], int | None]:
    """The first ``limit`` items converted (all without a limit) and, when the limit cut them, how many
    there were: the rest are counted, not converted, which is most of the cost of a long answer."""
    if limit is None:
        return [convert(item) for item in items], None
    it = iter(items)
    rows = [convert(item) for item in islice(it, limit)]
    rest = sum(1 for _ in it)
    return rows, len(rows) + rest if rest else None


class Engine(Protocol):
    """A read-only SPARQL engine over one loaded graph."""

    name: str

    def execute(self, sparql: str, bindings: dict[str, Term] | None = None, limit: int | None = None) -> Answer:
        """Rows (or triples) of the query, at most ``limit`` of them; ``Answer.total`` counts the rest."""
        ...

    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> tuple[list[str], list[tuple]]: ...

    def __len__(self) -> int: ...


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 300 else text[:297] + "..."


PROJECT_RULE = "parameters can only be bound in a SELECT query that projects them"


def check_bindings(bindings: dict[str, Term] | None) -> dict[str, Term]:
    """Refuse names that are not SPARQL variable names and values that are not Terms."""
    for name, term in (bindings or {}).items():
        if not _VAR_NAME.match(name) or not isinstance(term, Term):
            raise QueryError(f"bad binding {name!r}: names are SPARQL variable names, values Terms")
    return dict(bindings or {})


def check_projection(answer: Answer, bindings: dict[str, Term]) -> Answer:
    """Hold every engine to oxigraph's rule, so a query that runs on one runs on all of them.

    Oxigraph's SEP-0007 substitution binds a variable only in a SELECT that projects it;
    rdflib's ``initBindings`` would accept more, and the query would then fail elsewhere.
    """
    missing = [k for k in bindings if answer.kind != "select" or k not in answer.variables]
    if missing:
        raise QueryError(f"{PROJECT_RULE}: " + ", ".join("?" + k for k in missing))
    return answer


class _SelectMixin:
    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> tuple[list[str], list[tuple]]:
        """Variables and rows of raw ``Term`` values (None where unbound) of a SELECT query."""
        answer = self.execute(sparql, bindings)  # type: ignore[attr-defined]
        if answer.kind != "select":
            raise QueryError(f"expected a SELECT query, got {answer.kind.upper()}")
        return answer.variables, answer.rows


class OxigraphEngine(_SelectMixin):
    """In-memory pyoxigraph store: the fast default engine."""

    name = "oxigraph"

    def __init__(self, store, union: bool = False) -> None:
        self.store, self.union = store, union

    @classmethod
    def from_file(cls, path: str | Path, fmt: str | None = None, persist: bool | None = None,
                  on_index: Callable[[Path, Path], None] | None = None) -> OxigraphEngine:
        """Load a graph file; ``persist`` keeps an on-disk store beside it (default: for large files), and
        ``on_index(graph, store)`` hears when that store is (re)built."""
        import pyoxigraph as ox

        path = _existing(path)
        rdf_format = _ox_format(fmt or path.suffix.lstrip("."), path)
        if persist or (persist is None and path.stat().st_size >= PERSIST_MIN_BYTES):
            return cls(_persistent_store(path, rdf_format, on_index), union=rdf_format.supports_datasets)
        store = ox.Store()
        try:
            store.bulk_load(path=str(path), format=rdf_format)
        except (SyntaxError, ValueError, OSError) as exc:
            raise GraphFileError(f"{path}: cannot load as {rdf_format}: {_one_line(exc)}") from exc
        return cls(store, union=rdf_format.supports_datasets)

    @classmethod
    def from_bytes(cls, data: bytes | str, fmt: str = "ttl") -> OxigraphEngine:
        import pyoxigraph as ox

        rdf_format = _ox_format(fmt, Path("<bytes>"))
        store = ox.Store()
        try:
            store.bulk_load(input=data, format=rdf_format)
        except (SyntaxError, ValueError, OSError) as exc:
            raise GraphFileError(f"cannot load data as {rdf_format}: {_one_line(exc)}") from exc
        return cls(store, union=rdf_format.supports_datasets)

    def execute(self, sparql: str, bindings: dict[str, Term] | None = None, limit: int | None = None) -> Answer:
        import pyoxigraph as ox

        bindings = check_bindings(bindings)
        subs = {ox.Variable(k): _to_ox(v) for k, v in bindings.items()}
        if bindings and not re.search(r"\bSELECT\b", sparql, re.IGNORECASE):
            raise QueryError(PROJECT_RULE)
        try:
            res = self.store.query(sparql, substitutions=subs or None, use_default_graph_as_union=self.union)
            if isinstance(res, ox.QueryBoolean):
                return Answer("ask", boolean=bool(res))
            if isinstance(res, ox.QueryTriples):
                triples, total = take(res, limit, lambda t: (_from_ox(t.subject), _from_ox(t.predicate),
                                                            _from_ox(t.object)))
                return Answer("graph", ["subject", "predicate", "object"], triples, total=total)
            names = [v.value for v in res.variables]
            rows, total = take(res, limit, lambda sol: tuple(map(_from_ox, sol)))
            return Answer("select", names, rows, total=total)
        except RuntimeError as exc:
            found = re.search(r"variable (\?\w+) in its SELECT projection", str(exc))
            if found:
                raise QueryError(f"{PROJECT_RULE}: {found.group(1)}") from exc
            raise QueryError(f"query failed: {_one_line(exc)}") from exc
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"bad query: {_one_line(exc)}") from exc

    def __len__(self) -> int:
        return len(self.store)


class RdflibEngine(_SelectMixin):
    """rdflib graph: slower, but the library most Python users already know."""

    name = "rdflib"

    def __init__(self, graph) -> None:
        self.graph = graph

    @classmethod
    def from_file(cls, path: str | Path, fmt: str | None = None) -> RdflibEngine:
        import rdflib
        from rdflib.util import guess_format

        path = _existing(path)
        rdf_format = fmt and guess_format("x." + fmt) or guess_format(str(path)) or "turtle"
        graph = rdflib.Dataset(default_union=True) if rdf_format in ("trig", "nquads") else rdflib.Graph()
        try:
            graph.parse(str(path), format=rdf_format)
        except Exception as exc:  # rdflib raises parser-specific classes with no common base
            raise GraphFileError(f"{path}: cannot load as {rdf_format}: {_one_line(exc)}") from exc
        return cls(graph)

    def execute(self, sparql: str, bindings: dict[str, Term] | None = None, limit: int | None = None) -> Answer:
        from rdflib import Variable

        bindings = check_bindings(bindings)
        init = {Variable(k): _to_rdflib(v) for k, v in bindings.items()}
        try:
            res = self.graph.query(sparql, initBindings=init)
            if res.type == "ASK":
                return check_projection(Answer("ask", boolean=bool(res.askAnswer)), bindings)
            if res.type in ("CONSTRUCT", "DESCRIBE"):
                triples, total = take(res.graph, limit, lambda t: tuple(_from_rdflib(x) for x in t))
                return check_projection(Answer("graph", ["subject", "predicate", "object"], triples, total=total),
                                        bindings)
            names = [str(v) for v in res.vars]
            rows, total = take(res, limit, lambda row: tuple(_from_rdflib(row[i]) for i in range(len(names))))
            return check_projection(Answer("select", names, rows, total=total), bindings)
        except QueryError:
            raise
        except Exception as exc:  # pyparsing and evaluation errors share no base class
            raise QueryError(f"bad query: {_one_line(exc)}") from exc

    def __len__(self) -> int:
        return len(self.graph)


ENGINES = {"oxigraph": OxigraphEngine, "rdflib": RdflibEngine}
#: Graph files at least this large are loaded once into an on-disk store beside them and reopened
#: read-only by later commands: parsing 100k papers takes ~30 s, reopening the store well under one.
PERSIST_MIN_BYTES = 64 * 1024 * 1024


def _persistent_store(path: Path, rdf_format, on_index: Callable[[Path, Path], None] | None = None):
    """``.<graph>.oxigraph/`` beside the graph, rebuilt when the graph's size or mtime changes (``on_index(graph,
    store)`` is told first: at 100,000 papers that takes ~30 s)."""
    import json
    import shutil
    import tempfile

    import pyoxigraph as ox

    st = path.stat()
    stamp = json.dumps({"size": st.st_size, "mtime_ns": st.st_mtime_ns, "format": str(rdf_format)})
    store_dir = path.parent / f".{path.name}.oxigraph"
    stamp_file = store_dir / "affect-kg-stamp.json"
    try:
        if stamp_file.read_text(encoding="utf-8") == stamp:
            return ox.Store.read_only(str(store_dir))
    except OSError:
        pass
    if on_index is not None:
        on_index(path, store_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.oxigraph.", dir=path.parent))
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(path), format=rdf_format)
        store.flush()
        del store
        (tmp / "affect-kg-stamp.json").write_text(stamp, encoding="utf-8")
        shutil.rmtree(store_dir, ignore_errors=True)
        tmp.rename(store_dir)
    except (SyntaxError, ValueError, OSError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise GraphFileError(f"{path}: cannot load as {rdf_format}: {_one_line(exc)}") from exc
    return ox.Store.read_only(str(store_dir))


#: For code that already holds a ``pyoxigraph.Store``: ``StoreEngine(store)``.
StoreEngine = OxigraphEngine


def load_store(path: str | Path, engine: str = "oxigraph", fmt: str | None = None,
               persist: bool | None = None, on_index: Callable[[Path, Path], None] | None = None) -> Engine:
    """Load a graph file (format from its extension unless ``fmt`` is given) into an engine.

    With oxigraph, ``persist`` (default: files of PERSIST_MIN_BYTES or more) parses the file once into
    an on-disk store beside it, which later calls reopen instantly; in-memory answers queries faster.
    """
    if engine not in ENGINES:
        raise QueryError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    if engine == "oxigraph":
        return OxigraphEngine.from_file(path, fmt, persist, on_index)
    return ENGINES[engine].from_file(path, fmt)


load_engine = load_store  # the name the CLI and benchmarks use


def _existing(path: str | Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    return path


def _ox_format(ext: str, path: Path):
    import pyoxigraph as ox

    found = ox.RdfFormat.from_extension(ext.lower()) or ox.RdfFormat.from_media_type(ext.lower())
    if found is None:
        raise GraphFileError(f"{path}: unknown RDF format {ext!r} (use .ttl, .nt, .nq, .trig, .rdf or .jsonld)")
    return found


def _to_ox(term: Term):
    import pyoxigraph as ox

    if term.kind == "uri":
        return ox.NamedNode(term.value)
    if term.kind == "bnode":
        return ox.BlankNode(term.value)
    if term.lang:
        return ox.Literal(term.value, language=term.lang)
    return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype) if term.datatype else None)


def _from_ox(node) -> Term | None:
    """A pyoxigraph term as a Term (called once per cell of every result: kept lean)."""
    if node is None:
        return None
    kind = _OX_KINDS.get(type(node)) or _ox_kinds().get(type(node))
    if kind == "literal":
        if node.language:
            return Term("literal", node.value, None, node.language)
        datatype = node.datatype.value
        return Term("literal", node.value, None if datatype == _XSD_STRING else datatype)
    if kind is None:
        raise QueryError(f"unsupported RDF term in result: {node!r}")
    return Term(kind, node.value)


_OX_KINDS: dict[type, str] = {}
_XSD_STRING = XSD + "string"


def _ox_kinds() -> dict[type, str]:
    import pyoxigraph as ox

    _OX_KINDS.update({ox.NamedNode: "uri", ox.BlankNode: "bnode", ox.Literal: "literal"})
    return _OX_KINDS


def _to_rdflib(term: Term):
    import rdflib

    if term.kind == "uri":
        return rdflib.URIRef(term.value)
    if term.kind == "bnode":
        return rdflib.BNode(term.value)
    return rdflib.Literal(term.value, lang=term.lang,
                          datatype=rdflib.URIRef(term.datatype) if term.datatype else None)


def _from_rdflib(node) -> Term | None:
    import rdflib

    if node is None:
        return None
    if isinstance(node, rdflib.URIRef):
        return Term("uri", str(node))
    if isinstance(node, rdflib.BNode):
        return Term("bnode", str(node))
    if isinstance(node, rdflib.Literal):
        if node.language:
            return Term("literal", str(node), None, node.language.lower())
        dt = str(node.datatype) if node.datatype else None
        return literal(str(node), None if dt == RDF_LANGSTRING else dt)
    raise QueryError(f"unsupported RDF term in result: {node!r}")


# ------------------------------------------------------------------ named queries


@dataclass(frozen=True, slots=True)
class Param:
    """A query parameter declared as ``# param: name (kind, description; default: value)``."""

    name: str
    kind: str  # literal | iri | integer
    description: str
    default: str | None = None


@dataclass(frozen=True, slots=True)
class NamedQuery:
    """A SPARQL query with the description and parameters read from its header comments."""

    name: str
    description: str
    params: tuple[str, ...]  # parameter names, in declaration order
    text: str
    specs: tuple[Param, ...] = ()  # kind, description and default of each parameter
    lookups: tuple[str, ...] = ()  # ``# lookup: name`` lines: kg/queries/lookups/<name>.rq, run first
    statistics: tuple[str, ...] = ()  # ``# statistics: akg:Class`` lines: build-time counts the query reads


_PARAM_LINE = re.compile(r"^#\s*param:\s*([A-Za-z_]\w*)\s*\(\s*(literal|iri|integer)\s*(?:,\s*(.*))?\)\s*$")


def parse_header(name: str, text: str) -> NamedQuery:
    """Read the leading ``#`` comment block: first line is the description, then ``# param:`` lines."""
    description, params, lookups, statistics = "", [], [], []
    for line in text.splitlines():
        line = line.strip()
        if not line.startswith("#"):
            if line:
                break
            continue
        if line.lower().startswith(("# param:", "#param:")):
            m = _PARAM_LINE.match(line)
            if not m:
                raise QueryError(f"query {name!r}: malformed parameter line: {line}")
            desc = (m.group(3) or "").strip()
            default = re.search(r"default:\s*([^;]*?)\s*(?:;|$)", desc)
            params.append(Param(m.group(1), m.group(2), desc, default.group(1).strip('"') if default else None))
        elif line.lower().startswith(("# lookup:", "#lookup:")):
            lookups.append(line.split(":", 1)[1].strip())
        elif line.lower().startswith(("# statistics:", "#statistics:")):
            statistics.append(line.split(":", 1)[1].split()[0])
        elif not description:
            description = line.lstrip("#").strip()
    return NamedQuery(name, description, tuple(p.name for p in params), text, tuple(params), tuple(lookups),
                      tuple(statistics))


@functools.lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """Every ``kg/queries/*.rq``, by file name without the suffix (works from a wheel too)."""
    folder = importlib.resources.files("kg").joinpath("queries")
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse_header(name, entry.read_text(encoding="utf-8"))
    return found


_QUERY_START = re.compile(r"^\s*(?:#[^\n]*\n\s*)*(PREFIX|BASE|SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def resolve(query: str) -> NamedQuery:
    """A named query, a ``.rq`` file, or inline SPARQL text, as a NamedQuery."""
    queries = named_queries()
    if query in queries:
        return queries[query]
    if _QUERY_START.match(query) or "{" in query:
        return parse_header("<inline>", query)
    path = Path(query)
    if "\n" not in query and (path.suffix in (".rq", ".sparql") or "/" in query):
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return parse_header(path.stem, path.read_text(encoding="utf-8"))
    close = difflib.get_close_matches(query, list(queries), n=3, cutoff=0.5)
    hint = f"did you mean: {', '.join(close)}?" if close else f"named queries: {', '.join(queries)}"
    raise QueryError(f"unknown query {query!r}; {hint}")


def bind_params(query: NamedQuery, params: dict[str, str] | None) -> dict[str, Term]:
    """Check ``params`` against the declared parameters and turn each value into an RDF term."""
    params = dict(params or {})
    declared = {p.name: p for p in query.specs}
    for name in params:
        if name not in declared:
            takes = f"its parameters: {', '.join(declared)}" if declared else "it takes no parameters"
            raise QueryError(f"query {query.name!r} has no parameter {name!r}; {takes}")
    bindings = {}
    for p in query.specs:
        value = params.get(p.name, p.default)
        if value is None:
            raise QueryError(f"query {query.name!r} needs parameter {p.name!r} ({p.description})")
        bindings[p.name] = _param_term(query.name, p, value)
    return bindings


def _param_term(qname: str, p: Param, value: str) -> Term:
    if p.kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise QueryError(f"query {qname!r}: parameter {p.name!r} must be an integer, got {value!r}")
        return literal(int(value))
    if p.kind == "iri":
        prefix, _, local = value.partition(":")
        if prefix in PREFIXES and not local.startswith("//"):
            value = PREFIXES[prefix] + local
        return iri(value)
    return literal(value)


# ------------------------------------------------------------------ running


@dataclass(slots=True)
class Result:
    """The answer to one query: raw terms (for JSON/Turtle) and plain Python rows (for everything else)."""

    query: NamedQuery
    kind: str
    variables: list[str]
    terms: list[tuple[Term | None, ...]]
    boolean: bool | None = None
    total: int | None = None  # rows the query gave when a limit kept fewer

    @property
    def rows(self) -> list[tuple]:
        return [tuple(map(to_python, row)) for row in self.terms]

    def dicts(self) -> list[dict]:
        return [dict(zip(self.variables, row)) for row in self.rows]


#: bound to a lookup's variable when the lookup finds nothing: no node has this IRI, so the query's
#: own matching group (which every query with a lookup keeps) gives no rows, as it would unbound
NO_MATCH = PREFIXES["akg"] + "noLookupMatch"


@functools.cache
def lookup_query(name: str) -> NamedQuery:
    """``kg/queries/lookups/<name>.rq``: a small SELECT from parameters to the node they name."""
    if not _VAR_NAME.match(name.replace("-", "_")):
        raise QueryError(f"bad lookup name {name!r}")
    entry = importlib.resources.files("kg").joinpath("queries", "lookups", f"{name}.rq")
    if not entry.is_file():
        raise QueryError(f"unknown lookup {name!r}")
    return parse_header(name, entry.read_text(encoding="utf-8"))


def resolve_lookups(engine: Engine, named: NamedQuery, bindings: dict[str, Term]) -> str:
    """The query text with each ``# lookup:`` variable replaced by the one node its lookup found.

    A lookup turns a label parameter into the IRI it names with a small query of its own (the
    parameter itself stays bound as an RDF term). Oxigraph 0.5 plans joins from a constant IRI
    in milliseconds but from a label filter, or a substituted variable, by hashing whole
    predicates (~0.5-1.5 s at 100k papers), so the node is written into the text as an IRI:
    it comes from the graph, not from the user, and ``to_ntriples`` refuses any IRI that could
    end its ``<...>`` token. The main query keeps its label group, so the rows never change:
    with one match the variable becomes that node, with none NO_MATCH (which no node is, so
    the query has no rows, as unbound), and with several it stays a variable.
    """
    text = named.text
    for name in named.lookups:
        lookup = lookup_query(name)
        given = {p: bindings[p] for p in lookup.params}
        variables, rows = engine.select(lookup.text, given)
        found = [v for v in variables if v not in given]
        if len(found) != 1:
            raise QueryError(f"lookup {name!r} must select exactly one variable besides its parameters")
        values = {row[variables.index(found[0])] for row in rows} - {None}
        if len(values) <= 1:
            node = values.pop() if values else iri(NO_MATCH)
            if node.kind != "uri":
                continue
            text = inline_node(text, found[0], node)
    return text


def inline_node(text: str, variable: str, node: Term) -> str:
    """``text`` with the variable written as the node it stands for (an IRI or literal term).

    Oxigraph 0.5 plans a join from a constant in milliseconds but from a substituted variable by
    hashing whole predicates: `kg trace` of one dataset took 27 s on the on-disk store of 100,000
    papers that way, 45 ms with the dataset's IRI in the text. ``to_ntriples`` writes the term
    as one token (it refuses an IRI that could end its ``<...>``), so callers pass nodes that
    come from the graph or a lookup, and a query that projects the variable cannot use this.
    """
    if node.kind == "bnode":  # in a query, _:b is a fresh variable, not that node
        raise QueryError("a blank node cannot be written into a query")
    constant = to_ntriples(node)
    return re.sub(r"[?$]" + re.escape(variable) + r"(?![\w\u00B7\u0300-\u036F\u203F-\u2040])",
                  lambda _: constant, text)


def inline_integers(named: NamedQuery, bindings: dict[str, Term], text: str) -> str:
    """The query text with each integer parameter written as a number inside its pattern.

    Oxigraph filters on a constant while it scans ("?rank <= 10": 10 ms at 100k papers) but on a
    substituted variable only after joining every candidate (~100 ms). The number is the one
    ``bind_params`` parsed, so no user text reaches the query; the projection keeps the variable,
    which substitution still binds. The body starts at the first "{" outside a comment line.
    """
    numbers = {p.name: bindings[p.name] for p in named.specs if p.kind == "integer" and p.name in bindings}
    if not numbers:
        return text
    at, offset = None, 0
    for line in text.splitlines(keepends=True):
        if not line.lstrip().startswith("#") and "{" in line:
            at = offset + line.index("{")
            break
        offset += len(line)
    if at is None:
        return text
    body = text[at:]
    for name, term in numbers.items():
        number = str(int(term.value))
        body = re.sub(r"[?$]" + re.escape(name) + r"(?![\w\u00B7\u0300-\u036F\u203F-\u2040])", number, body)
    return text[:at] + body


def has_statistics(engine: Engine) -> bool:
    """Whether the graph carries any of the statistics a build writes (every one has void:entities): a graph
    from elsewhere has none, and a query that reads them would answer with nothing rather than with counts."""
    answer = engine.execute("ASK { ?s <http://rdfs.org/ns/void#entities> ?n }", {})
    return bool(answer.boolean)


def run(engine: Engine, query: str, params: dict[str, str] | None = None, limit: int | None = None) -> Result:
    """Run a named query, a ``.rq`` path or SPARQL text, with its parameters bound as RDF terms.

    Parameter columns are dropped from the result: substitution forces queries to project
    them, but they only repeat the value the user gave. Lookups run first (see resolve_lookups).
    ``limit`` keeps the first rows of the answer (in the query's order) and counts the others
    (``Result.total``): a listing of 30,000 papers need not be converted to show its top.
    """
    if limit is not None and limit < 1:
        raise QueryError(f"limit must be a positive number of rows, got {limit}")
    named = resolve(query)
    bindings = bind_params(named, params)
    text = inline_integers(named, bindings, resolve_lookups(engine, named, bindings))
    # without a limit, call as before it existed: an engine written elsewhere may not take one
    answer = engine.execute(text, bindings, limit=limit) if limit is not None else engine.execute(text, bindings)
    keep = [i for i, v in enumerate(answer.variables) if v not in bindings]
    rows = [tuple(row[i] for i in keep) for row in answer.rows]
    if named.statistics and not rows and not has_statistics(engine):
        raise QueryError(f"query {named.name!r} reads the statistics `kg build` stores in a graph "
                         f"({', '.join(named.statistics)}), and this graph has none: build it with `kg build`")
    return Result(named, answer.kind, [answer.variables[i] for i in keep], rows, answer.boolean, answer.total)


# ------------------------------------------------------------------ formatting


def _cell(value, width: int) -> str:
    text = "" if value is None else shorten(value) if isinstance(value, str) else str(value).lower() \
        if isinstance(value, bool) else str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: max(width - 1, 1)].rstrip() + "…"


def format_table(result: Result, width: int = 48) -> str:
    """Aligned plain-text table; long cells cut to ``width`` characters, numbers right-aligned."""
    if result.kind == "ask":
        return "true" if result.boolean else "false"
    rows = result.rows
    cells = [[_cell(v, width) for v in row] for row in rows]
    widths = [max([len(v)] + [len(r[i]) for r in cells]) for i, v in enumerate(result.variables)]
    numeric = [bool(rows) and all(isinstance(r[i], (int, float)) or r[i] is None for r in rows)
               for i in range(len(result.variables))]

    def line(values: Iterable[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric)]
        return "  ".join(parts).rstrip()

    out = [line(result.variables), line("-" * w for w in widths)] + [line(r) for r in cells]
    shown = f"{len(rows)} of {result.total:,} rows" if result.total is not None else \
        f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
    out.append(f"({shown})")
    return "\n".join(out)


def _plain_rows(result: Result) -> tuple[list[str], list[list[str]]]:
    if result.kind == "ask":
        return ["boolean"], [["true" if result.boolean else "false"]]
    text = lambda v: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
    return result.variables, [[text(v) for v in row] for row in result.rows]


def format_csv(result: Result) -> str:
    """CSV in the SPARQL 1.1 CSV results style: header of variable names, plain values, CRLF lines."""
    header, rows = _plain_rows(result)
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def format_tsv(result: Result) -> str:
    """Plain tab-separated values; tabs, newlines and backslashes inside values are backslash-escaped."""
    header, rows = _plain_rows(result)
    esc = lambda v: v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return "".join("\t".join(esc(v) for v in row) + "\n" for row in [header] + rows)


def term_json(term: Term) -> dict:
    """One RDF term in SPARQL 1.1 Query Results JSON form."""
    out = {"type": term.kind, "value": term.value}
    if term.lang:
        out["xml:lang"] = term.lang
    elif term.datatype:
        out["datatype"] = term.datatype
    return out


def format_json(result: Result) -> str:
    """SPARQL 1.1 Query Results JSON; unbound variables are left out of a binding, as the spec says."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}, indent=2)
    bindings = [{v: term_json(t) for v, t in zip(result.variables, row) if t is not None} for row in result.terms]
    doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def format_turtle(result: Result) -> str:
    """Turtle of a CONSTRUCT/DESCRIBE answer, with the project prefixes bound."""
    if result.kind != "graph":
        raise QueryError("turtle output needs a CONSTRUCT or DESCRIBE query")
    import rdflib

    graph = rdflib.Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    for s, p, o in result.terms:
        graph.add((_to_rdflib(s), _to_rdflib(p), _to_rdflib(o)))
    return graph.serialize(format="turtle")


FORMATTERS = {"table": format_table, "csv": format_csv, "tsv": format_tsv, "json": format_json,
              "turtle": format_turtle}


def format_result(result: Result, fmt: str = "table", width: int = 48) -> str:
    """Dispatch to one of FORMATTERS by name."""
    if fmt not in FORMATTERS:
        raise QueryError(f"unknown output format {fmt!r}; choose one of: {', '.join(FORMATTERS)}")
    return format_table(result, width) if fmt == "table" else FORMATTERS[fmt](result)
