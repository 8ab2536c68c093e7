"""Oxigraph server, Graph Store uploads and remote SELECT; credentials never leak into messages."""
from __future__ import annotations

import http.server
import os
import socket
import threading
from pathlib import Path

import pytest

from kg.errors import EndpointError, KGError, QueryError
from kg.query import iri, literal, load_store, named_queries, run
from kg.server import (
    RemoteEngine, find_oxigraph, free_port, graph_store_url, inject_values, push, remote_select, serve,
    start_server,
)

MINI = Path(__file__).parent / "data" / "mini_graph.ttl"
BUILT = Path(os.environ.get("AFFECT_KG_TEST_GRAPH", Path(__file__).parent.parent / "exports" / "graph.ttl"))
SECRET_USER, SECRET_PASSWORD, SECRET_TOKEN = "alice-user", "s3cret-Passw0rd", "tok-7f3a9c2e"
SAMPLE_PARAMS = {"dataset": "IEMOCAP", "paper": "emotion", "task": "SER"}
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def credentials(monkeypatch):
    monkeypatch.setenv("AFFECT_KG_USER", SECRET_USER)
    monkeypatch.setenv("AFFECT_KG_PASSWORD", SECRET_PASSWORD)


def assert_no_secret(exc: BaseException) -> None:
    text = f"{exc} {exc!r} {exc.args} {exc.__cause__!r} {exc.__context__!r}"
    for secret in (SECRET_USER, SECRET_PASSWORD, SECRET_TOKEN):
        assert secret not in text


@pytest.fixture(scope="module")
def server():
    """An empty Oxigraph server on a free loopback port, always stopped afterwards."""
    srv = start_server(None, port=free_port())
    try:
        yield srv
    finally:
        srv.stop()
        assert srv.process.poll() is not None
        assert not srv.location.exists()


@pytest.fixture(scope="module")
def local():
    return load_store(MINI)


# ------------------------------------------------------------------ with a real server


@pytest.mark.server
def test_push_then_query_matches_local(server, local):
    result = push(MINI, server.store_url)
    assert (result.method, result.status, result.url) == ("POST", 204, server.store_url + "?default")
    remote = RemoteEngine(server.query_url)
    assert len(remote) == len(local)
    for name, query in named_queries().items():
        params = {p.name: SAMPLE_PARAMS[p.name] for p in query.specs if p.default is None}
        got, want = run(remote, name, params), run(local, name, params)
        assert (got.variables, got.rows) == (want.variables, want.rows), name
        assert got.terms == want.terms, name
        cut, local_cut = run(remote, name, params, limit=1), run(local, name, params, limit=1)
        assert (cut.terms, cut.total) == (local_cut.terms, local_cut.total), name


@pytest.mark.server
def test_traces_over_http_match_local(server, local):
    from kg.trace import trace_dataset, trace_paper

    push(MINI, server.store_url, replace=True)
    remote = RemoteEngine(server.query_url)
    for name in ("IEMOCAP dataset", "emospeech-x", "cmu mosei"):
        assert trace_dataset(remote, name) == trace_dataset(local, name)
    assert trace_paper(remote, "Benchmarking Speech") == trace_paper(local, "Benchmarking Speech")


@pytest.mark.server
@pytest.mark.skipif(not BUILT.is_file(), reason="no built graph")
def test_built_graph_over_http():
    built = load_store(BUILT)
    with start_server(BUILT, port=free_port()) as srv:
        remote = RemoteEngine(srv.query_url)
        assert len(remote) == len(built)
        for name, query in named_queries().items():
            params = {p.name: SAMPLE_PARAMS[p.name] for p in query.specs if p.default is None}
            assert run(remote, name, params).rows == run(built, name, params).rows, name


@pytest.mark.server
def test_remote_select_with_bindings(server, local):
    push(MINI, server.store_url, replace=True)  # PUT replaces: the count must not double
    sparql = named_queries()["papers-using-dataset"].text
    bindings = {"dataset": literal("meld")}
    assert remote_select(server.query_url, sparql, bindings) == local.select(sparql, bindings)
    before = remote_select(server.query_url, COUNT)[1]
    for payload in ('IEMOCAP" } ; DROP ALL ; #', 'x" || true || "'):
        assert remote_select(server.query_url, sparql, {"dataset": literal(payload)})[1] == []
    assert remote_select(server.query_url, COUNT)[1] == before == [(literal(len(local)),)]


@pytest.mark.server
def test_push_to_named_graph(server):
    target = "https://w3id.org/affect-kg/graph/test"
    result = push(MINI, server.store_url, graph_iri=target)
    assert result.url == server.store_url + "?graph=https%3A%2F%2Fw3id.org%2Faffect-kg%2Fgraph%2Ftest"
    _, rows = remote_select(server.query_url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(rows[0][0].value) > 0


@pytest.mark.server
def test_http_error_is_reported_without_credentials(server, credentials, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"this is not turtle {SECRET_PASSWORD}\n")
    with pytest.raises(EndpointError, match=r"answered HTTP 400 Bad Request: .+") as err:
        push(bad, server.store_url)
    assert_no_secret(err.value)
    with pytest.raises(EndpointError, match="HTTP 400") as err:
        remote_select(server.query_url, "SELECT WHERE {")
    assert_no_secret(err.value)


@pytest.mark.server
def test_start_server_loads_the_graph(local, tmp_path):
    location = tmp_path / "store"
    with start_server(MINI, port=free_port(), location=location) as srv:
        assert len(RemoteEngine(srv.query_url)) == len(local)
    assert srv.process.poll() is not None and location.exists()  # a given location is kept
    with pytest.raises(KGError, match="new or empty directory"):
        start_server(MINI, port=free_port(), location=location)


@pytest.mark.server
def test_port_in_use_is_reported(server):
    port = int(server.base_url.rsplit(":", 1)[1])
    with pytest.raises(EndpointError, match="already in use"):
        start_server(None, port=port, ready_timeout=10)


@pytest.mark.server
def test_server_that_cannot_bind_is_reported():
    # 203.0.113.0/24 is reserved for documentation: no interface here has that address
    with pytest.raises(EndpointError, match="oxigraph serve on 203.0.113.7:.* exited: Error: .+"):
        start_server(None, host="203.0.113.7", port=free_port(), ready_timeout=10)


@pytest.mark.server
def test_blocking_serve_stops_on_interrupt(local):
    seen = []

    def ready(srv):
        seen.append((len(RemoteEngine(srv.query_url)), srv))
        raise KeyboardInterrupt  # what Ctrl-C does while serve() waits

    assert serve(MINI, port=free_port(), on_ready=ready) == 0
    count, srv = seen[0]
    assert count == len(local) and srv.process.poll() is not None


def test_oxigraph_binary_is_found():
    assert Path(find_oxigraph()).name.startswith("oxigraph")


# ------------------------------------------------------------------ without a server


def test_closed_port(credentials):
    url = f"http://127.0.0.1:{free_port()}/store"
    with pytest.raises(EndpointError, match=r"cannot reach http://127\.0\.0\.1:\d+/store\?default: connection refused") as err:
        push(MINI, url)
    assert_no_secret(err.value)
    with pytest.raises(EndpointError, match="cannot reach") as err:
        remote_select(url.replace("store", "query"), "SELECT * WHERE { ?s ?p ?o }")
    assert_no_secret(err.value)


def test_time_out(credentials):
    # a socket that accepts connections (kernel backlog) but never answers
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/store"
        with pytest.raises(EndpointError, match=r"timed out after 0\.5s waiting for http://127") as err:
            push(MINI, url, timeout=0.5)
    assert_no_secret(err.value)


def test_credentials_in_url_are_refused(credentials):
    with pytest.raises(EndpointError, match="AFFECT_KG_USER") as err:
        push(MINI, f"http://{SECRET_USER}:{SECRET_PASSWORD}@127.0.0.1:1/store")
    assert_no_secret(err.value)


class _Recorder(http.server.BaseHTTPRequestHandler):
    seen: list = []

    def do_POST(self):  # noqa: N802 (http.server naming)
        self.rfile.read(int(self.headers["Content-Length"]))
        _Recorder.seen.append((self.command, self.path, dict(self.headers)))
        self.send_response(401)
        self.end_headers()
        self.wfile.write(b"Unauthorized: bad credentials\nsecond line\n")

    do_PUT = do_POST

    def log_message(self, *args):
        pass


@pytest.fixture
def recorder():
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Recorder.seen.clear()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/store"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def test_basic_auth_from_environment(recorder, credentials):
    with pytest.raises(EndpointError) as err:
        push(MINI, recorder, replace=True)
    assert str(err.value) == f"{recorder}?default answered HTTP 401 Unauthorized: Unauthorized: bad credentials"
    assert_no_secret(err.value)
    method, path, headers = _Recorder.seen[0]
    assert (method, path, headers["Content-Type"]) == ("PUT", "/store?default", "text/turtle")
    assert headers["Authorization"].startswith("Basic ")


def test_bearer_token_wins(recorder, credentials, monkeypatch):
    monkeypatch.setenv("AFFECT_KG_TOKEN", SECRET_TOKEN)
    with pytest.raises(EndpointError) as err:
        push(MINI, recorder)
    assert_no_secret(err.value)
    assert _Recorder.seen[0][2]["Authorization"] == f"Bearer {SECRET_TOKEN}"


def test_graph_store_urls():
    assert graph_store_url("http://h/store") == "http://h/store?default"
    assert graph_store_url("http://h/ds?x=1", "http://g/a b") == "http://h/ds?x=1&graph=http%3A%2F%2Fg%2Fa%20b"


def test_values_clause_is_escaped_and_joined_with_every_group():
    sparql = ('PREFIX a: <http://x/#>  # { not a group\n'
              'SELECT ?x (EXISTS { ?s ?p ?x } AS ?e) WHERE { ?s "{" ?x ; a:VALUES ?v . VALUES ?v { 1 2 }\n'
              '  { SELECT ?s WHERE { ?s ?p ?x } } OPTIONAL { ?s ?q ?x FILTER(?x != """}{""") } }')
    out = inject_values(sparql, {"x": literal('IEMOCAP" } ; DROP ALL ; #'), "y": iri("https://e/y")})
    clause = ' VALUES (?x ?y) { ("IEMOCAP\\" } ; DROP ALL ; #" <https://e/y>) }  '
    assert out == ('PREFIX a: <http://x/#>  # { not a group\n'
                   f'SELECT ?x (EXISTS {{{clause}?s ?p ?x }} AS ?e) WHERE {{{clause}?s "{{" ?x ; a:VALUES ?v . '
                   'VALUES ?v { 1 2 }\n'
                   f'  {{ SELECT ?s WHERE {{ ?s ?p ?x }} }} OPTIONAL {{{clause}?s ?q ?x FILTER(?x != """}}{{""") }} }}')
    with pytest.raises(QueryError):
        inject_values(sparql, {"x y": literal("a")})
    with pytest.raises(QueryError, match="SELECT"):
        inject_values("ASK { ?s ?p ?x }", {"x": literal("a")})


def test_named_queries_keep_their_meaning_with_values(local):
    """The remote rewrite, run locally, must give the rows that substitution gives."""
    from kg.query import bind_params

    for name, query in named_queries().items():
        if not query.params:
            continue
        bindings = bind_params(query, {p.name: SAMPLE_PARAMS[p.name] for p in query.specs if p.default is None})
        assert local.select(inject_values(query.text, bindings)) == local.select(query.text, bindings), name
