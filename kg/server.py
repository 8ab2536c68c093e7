"""Serve the graph over HTTP with Oxigraph, push it to any SPARQL endpoint, and query endpoints.

Only the standard library talks HTTP here, so a push works wherever Python does.  Credentials
come from the environment alone (AFFECT_KG_USER / AFFECT_KG_PASSWORD for HTTP basic, or
AFFECT_KG_TOKEN for a bearer token), never from arguments or URLs, and they are scrubbed
from every message, so they cannot end up in logs or shell history.

    >>> with start_server("exports/graph.ttl", port=free_port()) as server:   # doctest: +SKIP
    ...     remote_select(server.query_url, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
"""
from __future__ import annotations

import base64
import errno
import ipaddress
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable

from kg.errors import EndpointError, GraphFileError, KGError, QueryError
from kg.query import PROJECT_RULE, Answer, Term, check_bindings, check_projection, literal, take, to_ntriples

ENV_USER, ENV_PASSWORD, ENV_TOKEN = "AFFECT_KG_USER", "AFFECT_KG_PASSWORD", "AFFECT_KG_TOKEN"
CONTENT_TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".nq": "application/n-quads",
                 ".trig": "application/trig", ".rdf": "application/rdf+xml", ".owl": "application/rdf+xml",
                 ".jsonld": "application/ld+json"}


# ------------------------------------------------------------------ local server


def find_oxigraph() -> str:
    """The ``oxigraph`` CLI of this environment first (pip puts it next to python), then PATH."""
    exe = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / exe
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if not found:
        raise EndpointError("the oxigraph server binary was not found next to Python or on PATH; "
                            "install it with: pip install oxigraph")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now: bind to port 0 and let the kernel choose."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _port_taken(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        # SO_REUSEADDR as the server sets it: only a live listener makes the bind fail
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            return exc.errno == errno.EADDRINUSE  # other failures are the server's to report
    return False


@dataclass
class OxigraphServer:
    """A running ``oxigraph serve`` process; ``stop()`` (or leaving a ``with`` block) ends it."""

    process: subprocess.Popen
    base_url: str
    location: Path
    owns_location: bool = False
    log: IO[bytes] | None = field(default=None, repr=False)

    @property
    def query_url(self) -> str:
        return self.base_url + "/query"

    @property
    def store_url(self) -> str:
        return self.base_url + "/store"

    def stop(self, timeout: float = 10.0) -> None:
        """Terminate, then kill if it does not exit in time; remove a temporary location."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self.log:
            self.log.close()
        if self.owns_location:
            shutil.rmtree(self.location, ignore_errors=True)

    def __enter__(self) -> OxigraphServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _fresh_location(location: str | Path | None) -> tuple[Path, bool]:
    if location is None:
        return Path(tempfile.mkdtemp(prefix="affect-kg-oxigraph-")), True
    path = Path(location)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        # loading into an old store would mix the new graph with stale triples
        raise KGError(f"{path}: the server location must be a new or empty directory")
    return path, False


def load_location(graph_path: str | Path, location: Path) -> None:
    """``oxigraph load`` the graph into a store directory, offline (faster than an HTTP upload)."""
    graph = Path(graph_path)
    if not graph.is_file():
        raise GraphFileError(f"{graph}: no such file")
    done = subprocess.run([find_oxigraph(), "load", "--location", str(location), "--file", str(graph)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        reason = _error_line(done.stderr + done.stdout) or f"exit code {done.returncode}"
        raise GraphFileError(f"{graph}: oxigraph could not load it: {reason}")


def _error_line(output: str) -> str:
    """The line of oxigraph's output that says what went wrong, not the backtrace after it."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    return next((line for line in lines if line.startswith("Error")), lines[0] if lines else "")


def start_server(graph_path: str | Path | None, host: str = "127.0.0.1", port: int = 7878,
                 location: str | Path | None = None, ready_timeout: float = 30.0) -> OxigraphServer:
    """Load the graph (None: start empty) into a fresh store and start ``oxigraph serve``.

    Returns once the server accepts connections, so callers can query it straight away.
    """
    if _port_taken(host, port):
        # without this check the readiness probe below would talk to the other server
        raise EndpointError(f"cannot serve on {host}:{port}: the port is already in use")
    exe = find_oxigraph()
    path, owned = _fresh_location(location)
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    # server output goes to a file: an unread pipe would block the server once it fills
    log = tempfile.TemporaryFile()
    try:
        if graph_path is not None:
            load_location(graph_path, path)
        proc = subprocess.Popen([exe, "serve", "--location", str(path), "--bind", bind],
                                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
    except BaseException:
        log.close()
        if owned:
            shutil.rmtree(path, ignore_errors=True)
        raise
    server = OxigraphServer(proc, f"http://{bind}", path, owned, log)
    deadline = time.monotonic() + ready_timeout
    while True:
        if proc.poll() is not None:
            log.seek(0)
            reason = _error_line(log.read().decode(errors="replace")) or f"exit code {proc.returncode}"
            server.stop()
            raise EndpointError(f"oxigraph serve on {bind} exited: {reason}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return server
        except OSError:
            if time.monotonic() > deadline:
                server.stop()
                raise EndpointError(f"oxigraph serve did not start listening on {bind} in {ready_timeout:g}s")
            time.sleep(0.05)


def serve(graph_path: str | Path, host: str = "127.0.0.1", port: int = 7878, location: str | Path | None = None,
          on_ready: Callable[[OxigraphServer], None] | None = None) -> int:
    """Blocking: serve the graph until the server exits or Ctrl-C; returns the server's exit code."""
    server = start_server(graph_path, host, port, location)
    try:
        if on_ready:
            on_ready(server)
        return server.process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()


def serve_forever(graph_path: str | Path, host: str = "127.0.0.1", port: int = 7878,
                  location: str | Path | None = None, echo: Callable[[str], object] = print) -> int:
    """``serve`` for the CLI: says where the endpoints are once they answer, then blocks."""
    def ready(server: OxigraphServer) -> None:
        echo(f"SPARQL query endpoint: {server.query_url}\n"
             f"Graph Store endpoint:  {server.store_url}\nPress Ctrl-C to stop.")

    return serve(graph_path, host, port, location, on_ready=ready)


# ------------------------------------------------------------------ HTTP


def _secrets() -> list[str]:
    found = [v for v in (os.environ.get(k) for k in (ENV_USER, ENV_PASSWORD, ENV_TOKEN)) if v and len(v) >= 3]
    return found + [v.split(" ", 1)[1] for v in _auth_headers().values()]


def _redact(text: str) -> str:
    for secret in _secrets():
        text = text.replace(secret, "***")
    return text


def _auth_headers() -> dict[str, str]:
    token = os.environ.get(ENV_TOKEN)
    if token:
        return {"Authorization": "Bearer " + token}
    user = os.environ.get(ENV_USER)
    if user:
        pair = f"{user}:{os.environ.get(ENV_PASSWORD, '')}".encode()
        return {"Authorization": "Basic " + base64.b64encode(pair).decode("ascii")}
    return {}


def _checked_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"not an http(s) URL: {_redact(url)!r}")
    if parts.username or parts.password:
        raise EndpointError(f"credentials in the URL are not used; set {ENV_USER}/{ENV_PASSWORD} "
                            f"or {ENV_TOKEN} instead")
    return url


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # urllib would resend the Authorization header to wherever a redirect points
    def redirect_request(self, *args, **kwargs):
        return None


def _opener(url: str) -> urllib.request.OpenerDirector:
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    # a proxy from the environment must not see requests meant for this machine
    proxies = urllib.request.ProxyHandler({} if loopback else None)
    return urllib.request.build_opener(proxies, _NoRedirect)


def _send(request: urllib.request.Request, timeout: float) -> tuple[int, bytes]:
    url = request.full_url
    try:
        with _opener(url).open(request, timeout=timeout) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        body = exc.read(4096).decode("utf-8", errors="replace")
        first = next((line.strip() for line in body.splitlines() if line.strip()), "")
        hint = " (redirects are not followed; give the final URL)" if 300 <= exc.code < 400 else ""
        msg = f"{url} answered HTTP {exc.code} {exc.reason}{hint}" + (f": {first[:300]}" if first else "")
        raise EndpointError(_redact(msg)) from None
    except urllib.error.URLError as exc:
        raise EndpointError(_redact(_network_message(url, exc.reason, timeout))) from None
    except (TimeoutError, OSError) as exc:
        raise EndpointError(_redact(_network_message(url, exc, timeout))) from None


def _network_message(url: str, reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return f"timed out after {timeout:g}s waiting for {url}"
    if isinstance(reason, ConnectionRefusedError):
        return f"cannot reach {url}: connection refused"
    if isinstance(reason, socket.gaierror):
        return f"cannot reach {url}: unknown host"
    text = getattr(reason, "strerror", None) or str(reason)
    return f"cannot reach {url}: {text}"


@dataclass(frozen=True, slots=True)
class PushResult:
    """What a Graph Store upload did."""

    url: str
    method: str
    status: int
    bytes_sent: int


def graph_store_url(endpoint: str, graph_iri: str | None = None) -> str:
    """``<endpoint>?default`` or ``<endpoint>?graph=<iri>`` (SPARQL 1.1 Graph Store HTTP Protocol)."""
    sep = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if graph_iri is None:
        return f"{endpoint}{sep}default"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph_iri, safe='')}"


def push(graph_path: str | Path, endpoint: str, graph_iri: str | None = None, replace: bool = False,
         timeout: float = 30.0) -> PushResult:
    """Upload a graph file: POST adds to the target graph, PUT (``replace``) overwrites it."""
    path = Path(graph_path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such file")
    url = graph_store_url(_checked_url(endpoint), graph_iri)
    method = "PUT" if replace else "POST"
    size = path.stat().st_size
    headers = {"Content-Type": CONTENT_TYPES.get(path.suffix.lower(), "text/turtle"),
               "Content-Length": str(size), **_auth_headers()}
    with path.open("rb") as body:  # streamed, so a big graph is not read into memory first
        status, _ = _send(urllib.request.Request(url, data=body, headers=headers, method=method), timeout)
    return PushResult(url, method, status, size)


# ------------------------------------------------------------------ remote SELECT


_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SUBSELECT = re.compile(r"\s*(?:#[^\n]*(?:\n|$)\s*)*SELECT\b", re.I)


def _skip_string(sparql: str, i: int) -> int:
    quote = sparql[i] * 3 if sparql.startswith(sparql[i] * 3, i) else sparql[i]
    i += len(quote)
    while i < len(sparql) and not sparql.startswith(quote, i):
        i += 2 if sparql[i] == "\\" else 1
    return i + len(quote)


def group_braces(sparql: str) -> list[int]:
    """Offsets of each ``{`` opening a group pattern, outside subqueries and VALUES data blocks.

    Comments, strings, IRIs, variables and prefixed names are skipped, so a ``{`` or a
    ``VALUES`` inside them is not mistaken for syntax.
    """
    found: list[int] = []
    stack: list[str] = []  # "group" | "sub" | "data", one per open brace
    i, n, values_next = 0, len(sparql), False
    while i < n:
        c = sparql[i]
        if c == "#":
            end = sparql.find("\n", i)
            i = n if end < 0 else end
        elif c in "\"'":
            i = _skip_string(sparql, i)
            continue
        elif c == "<":
            end = sparql.find(">", i)
            if end > 0 and not any(ch in sparql[i + 1:end] for ch in ' \t\n<"{}|^`\\'):
                i = end
        elif c in "?$" or c.isalpha() or c == "_":
            m = _WORD.match(sparql, i + (c in "?$"))
            end = m.end() if m else i + 1
            part_of_name = c in "?$" or (i and sparql[i - 1] in ":-.") or sparql[end:end + 1] == ":"
            if not part_of_name and sparql[i:end].upper() == "VALUES":
                values_next = True
            i = end
            continue
        elif c == "{":
            if values_next:
                stack.append("data")
                values_next = False
            elif _SUBSELECT.match(sparql, i + 1):
                stack.append("sub")
            else:
                if "sub" not in stack:
                    found.append(i)
                stack.append("group")
        elif c == "}" and stack:
            stack.pop()
        i += 1
    return found


def inject_values(sparql: str, bindings: dict[str, Term]) -> str:
    """Join every group of a SELECT (not its subqueries) with ``VALUES (?a ?b) { (<iri> "text") }``.

    Safe because values are written as N-Triples terms: inside a literal every quote,
    backslash and line break is escaped, an IRI may not contain ``<>"{}|^`\\`` or spaces, and
    names must be plain SPARQL variable names, so no value can close its token and add syntax.
    A one-row VALUES in every group binds the variable wherever it is used, as oxigraph's
    substitution does; like it, subqueries are left alone (they have their own scope).
    """
    if not bindings:
        return sparql
    check_bindings(bindings)
    if not re.search(r"\bSELECT\b", sparql, re.I):
        raise QueryError(PROJECT_RULE)
    names = " ".join("?" + k for k in bindings)
    clause = f" VALUES ({names}) {{ ({' '.join(to_ntriples(t) for t in bindings.values())}) }} "
    offsets = group_braces(sparql)
    if not offsets:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    for at in reversed(offsets):
        sparql = sparql[:at + 1] + clause + sparql[at + 1:]
    return sparql


def _term(node: dict | None) -> Term | None:
    if node is None:
        return None
    kind = node.get("type")
    if kind == "uri":
        return Term("uri", node["value"])
    if kind == "bnode":
        return Term("bnode", node["value"])
    if kind in ("literal", "typed-literal"):
        return literal(node["value"], node.get("datatype"), node.get("xml:lang"))
    raise EndpointError(f"unsupported term type in SPARQL results: {kind!r}")


def remote_execute(query_url: str, sparql: str, bindings: dict[str, Term] | None = None,
                   timeout: float = 30.0, limit: int | None = None) -> Answer:
    """Run a SELECT or ASK on a SPARQL endpoint (POST, SPARQL 1.1 Protocol) as an ``Answer``."""
    bindings = dict(bindings or {})
    text = inject_values(sparql, bindings)
    headers = {"Content-Type": "application/sparql-query; charset=utf-8",
               "Accept": "application/sparql-results+json", **_auth_headers()}
    request = urllib.request.Request(_checked_url(query_url), data=text.encode("utf-8"), headers=headers,
                                     method="POST")
    _, body = _send(request, timeout)
    try:
        doc = json.loads(body)
        if "boolean" in doc:
            answer = Answer("ask", boolean=bool(doc["boolean"]))
        else:
            names = list(doc["head"]["vars"])
            rows, total = take(doc["results"]["bindings"], limit, lambda b: tuple(_term(b.get(v)) for v in names))
            answer = Answer("select", names, rows, total=total)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EndpointError(f"{query_url} did not answer with SPARQL JSON results ({exc})") from None
    return check_projection(answer, bindings)


def remote_select(query_url: str, sparql: str, bindings: dict[str, Term] | None = None,
                  timeout: float = 30.0) -> tuple[list[str], list[tuple]]:
    """Variables and ``Term`` rows of a SELECT run on an endpoint: the same shape as ``Engine.select``."""
    answer = remote_execute(query_url, sparql, bindings, timeout)
    if answer.kind != "select":
        raise QueryError("expected a SELECT query, got ASK")
    return answer.variables, answer.rows


class RemoteEngine:
    """An ``Engine`` backed by a SPARQL endpoint, so named queries and traces run remotely too."""

    name = "remote"

    def __init__(self, query_url: str, timeout: float = 30.0) -> None:
        self.query_url, self.timeout = _checked_url(query_url), timeout

    def execute(self, sparql: str, bindings: dict[str, Term] | None = None, limit: int | None = None) -> Answer:
        return remote_execute(self.query_url, sparql, bindings, self.timeout, limit)

    def select(self, sparql: str, bindings: dict[str, Term] | None = None) -> tuple[list[str], list[tuple]]:
        return remote_select(self.query_url, sparql, bindings, self.timeout)

    def __len__(self) -> int:
        _, rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(rows[0][0].value)
