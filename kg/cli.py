"""The `kg` command: a thin layer over the library. Each command parses, calls, prints."""
from __future__ import annotations

import os
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import KGError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="Build, query and explore a knowledge graph of the affective-computing literature.")

GraphOpt = Annotated[Path, typer.Option("--graph", "-g", help="Graph file written by `kg build`.")]
DEFAULT_GRAPH = Path("exports/graph.ttl")


class InputFormat(str, Enum):
    listing = "listing"
    json = "json"
    bibtex = "bibtex"


class ExportFormat(str, Enum):
    nt = "nt"
    ttl = "ttl"
    jsonld = "jsonld"
    graphml = "graphml"
    csv = "csv"


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"
    turtle = "turtle"


def fail(err: KGError) -> typer.Exit:
    typer.echo(f"error: {err}", err=True)
    return typer.Exit(err.exit_code)


def _progress(label: str):
    """A progress bar on stderr for long inputs; silent for small ones and when not a terminal."""
    state: dict = {}

    def update(done: int, total: int) -> None:
        if total < 2000 or not sys.stderr.isatty():
            return
        if "bar" not in state:
            state["bar"] = typer.progressbar(length=total, label=label, file=sys.stderr)
            state["bar"].__enter__()
            state["done"] = 0
        state["bar"].update(done - state["done"])
        state["done"] = done
        if done >= total:
            state["bar"].__exit__(None, None, None)
    return update


@app.command()
def build(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Listing pages, .json/.jsonl or .bib files "
                                                           "(default: the bundled corpus).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("exports"),
    fmt: Annotated[Optional[InputFormat], typer.Option("--format", "-f", help="Skip sniffing: read every "
                                                       "input in this format.")] = None,
    strict: Annotated[bool, typer.Option(help="Fail on any input problem instead of skipping it.")] = False,
    html: Annotated[bool, typer.Option(help="Also write graph.html.")] = True,
    nt: Annotated[bool, typer.Option(help="Also write graph.nt (N-Triples).")] = False,
    incremental: Annotated[bool, typer.Option(help="Keep a build cache in OUT/.cache so the next build re-reads "
                                              "only changed files, re-extracts only new or changed records "
                                              "and copies unchanged papers from the previous outputs.")] = False,
    cache: Annotated[Optional[Path], typer.Option(help="Cache folder for --incremental (default OUT/.cache).")] = None,
    classifier: Annotated[bool, typer.Option(help="Let the task classifier add and drop tasks; --no-classifier "
                                             "reads tasks with the rules alone.")] = True,
) -> None:
    """Build the graph: graph.ttl, graph.jsonld, graph.html and build-report.json in --out.

    Example: kg build                      (the bundled corpus)
             kg build new.jsonl refs.bib -o exports
    """
    from .pipeline import build as run_build

    start = time.perf_counter()
    try:
        graph = run_build(inputs, fmt=fmt.value if fmt else None, strict=strict,
                          progress=_progress("extracting"),
                          cache_dir=(cache or out / ".cache") if incremental or cache else None,
                          classifier=classifier)
        t = time.perf_counter()
        formats = ["ttl", "jsonld"] + (["html"] if html else []) + (["nt"] if nt else [])
        _announce_write(graph.stats.papers, out, formats)
        written = graph.write(out, formats)
        graph.stats.seconds["write"] = time.perf_counter() - t
    except KGError as err:
        raise fail(err) from None
    _summary(graph, written, time.perf_counter() - start)
    worst = next((p for p in graph.problems if p.kind != "warning"), None)
    if worst is not None:
        raise typer.Exit(worst.code or 2)


def _announce_write(papers: int, out: Path, formats: list[str]) -> None:
    """A large graph takes a while to write after the progress bar ends (~10 s at 100,000 papers, more
    with the HTML page): say what is being written, on stderr, as the bar does."""
    if papers < 2000 or not sys.stderr.isatty():
        return
    from .knowledge import OUTPUTS

    typer.echo(f"writing {papers:,} papers to {out}: " + ", ".join(OUTPUTS[f] for f in formats) + " …", err=True)


def _summary(graph, written, seconds: float) -> None:
    st = graph.stats
    skipped = sum(1 for p in graph.problems if p.kind == "skipped")
    merged = st.papers_read - st.papers - skipped
    lines = [
        f"papers     {st.papers:>7,}   ({st.papers_read:,} records read: {merged:,} duplicates merged, "
        f"{skipped:,} skipped)",
        f"datasets   {st.datasets:>7,}   ({st.discovered:,} discovered, not in the catalogue)",
        f"tasks      {st.tasks:>7,}",
        f"edges      {st.edges:>7,}   (each with its evidence sentence)",
        "time       " + f"{seconds:>6.2f}s  (" + ", ".join(f"{k} {v:.2f}s" for k, v in st.seconds.items()) + ")",
    ]
    for path in written.values():
        lines.append(f"wrote      {path}")
    typer.echo("\n".join(lines))
    for p in graph.problems:
        typer.echo(f"{p.kind}: {p.location()}: {p.reason}", err=True)


def _open(graph_path: Path):
    from .knowledge import KnowledgeGraph

    return KnowledgeGraph.load(graph_path)


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")],
    graph: GraphOpt = DEFAULT_GRAPH,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("exports"),
) -> None:
    """Write the graph in another form: nt, ttl, jsonld, graphml (Gephi, Cytoscape) or csv (nodes + edges).

    Example: kg export --format graphml
    """
    from .export import export as run_export

    try:
        for path in run_export(_open(graph), fmt.value, out):
            typer.echo(f"wrote {path}")
    except KGError as err:
        raise fail(err) from None


@app.command()
def query(
    query_text: Annotated[Optional[str], typer.Argument(metavar="QUERY", help="A named query, a .rq file or "
                                                         "SPARQL text.")] = None,
    graph: GraphOpt = DEFAULT_GRAPH,
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="NAME=VALUE, bound as an RDF "
                                                       "term (never pasted into the query).")] = None,
    output: Annotated[ResultFormat, typer.Option("--output", "-O", help="Result format.")] = ResultFormat.table,
    list_queries: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    engine: Annotated[str, typer.Option(help="oxigraph (fast) or rdflib.")] = "oxigraph",
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=1, help="Show at most N rows, in the "
                                                 "query's order (the table says how many there were).")] = None,
) -> None:
    """Run SPARQL over a built graph: a named query, a .rq file or inline text.

    Example: kg query papers-using-dataset --param dataset=IEMOCAP
             kg query papers-with-code --limit 20
             kg query "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }" --output csv
    """
    from . import query as q

    try:
        if list_queries or not query_text:
            for nq in q.named_queries().values():
                params = f"  [{', '.join('--param ' + p + '=...' for p in nq.params)}]" if nq.params else ""
                typer.echo(f"{nq.name:<28} {nq.description}{params}")
            return
        params = _params(param or [])
        eng = q.load_engine(graph, engine, on_index=_announce_index)
        result = q.run(eng, query_text, params, limit)
        text = q.format_result(result, output.value)
        typer.echo(text, nl=not text.endswith("\n"))  # every format ends its last line
    except KGError as err:
        raise fail(err) from None


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--param")
        out[name.strip()] = value
    return out


@app.command()
def trace(
    name: Annotated[str, typer.Argument(help="A dataset name (fuzzy), or a paper title / IRI.")],
    graph: GraphOpt = DEFAULT_GRAPH,
    paper: Annotated[bool, typer.Option("--paper", help="Treat NAME as a paper title or IRI.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Rows per list (papers oldest first, counts "
                                                             "largest first); the rest are counted.")] = 20,
    all_papers: Annotated[bool, typer.Option("--all", help="List every row (a dataset of a large graph may have "
                                                           "tens of thousands of papers).")] = False,
) -> None:
    """Which work uses which dataset: who introduced it, who used it (with evidence), alongside what.

    Example: kg trace IEMOCAP
             kg trace "MELD dataset" --all
             kg trace --paper "Emotion-Qwen"
    """
    from . import trace as tr
    from .errors import NotFound

    keep = None if all_papers else limit
    try:
        eng = _engine(graph)
        if paper:
            result = tr.trace_paper(eng, name, keep)
        else:
            try:
                result = tr.trace_dataset(eng, name, keep)
            except NotFound as miss:
                try:
                    result = tr.trace_paper(eng, name, keep)
                except NotFound:
                    raise miss from None
        typer.echo(tr.format_trace(result, keep))
    except KGError as err:
        raise fail(err) from None


def _engine(graph: Path):
    from . import query as q

    return q.load_engine(graph, "oxigraph", on_index=_announce_index)


def _announce_index(graph: Path, store: Path) -> None:
    """A large graph file is parsed once into an on-disk store before its first query (~30 s at 100,000
    papers): say so on stderr, or the command seems to hang."""
    typer.echo(f"indexing {graph} into {store} (once; later queries reopen it) …", err=True)


@app.command()
def explain(
    paper: Annotated[str, typer.Argument(help="Paper title, a unique part of it, or its IRI.")],
    graph: GraphOpt = DEFAULT_GRAPH,
) -> None:
    """Print why each edge of a paper exists: sentence, character span, rule and confidence.

    Example: kg explain "DICE-Talk"
    """
    from .explain import explain as run_explain

    try:
        typer.echo(run_explain(_open(graph), paper))
    except KGError as err:
        raise fail(err) from None


@app.command(name="eval")
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON).")],
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Inputs holding the gold papers "
                                                           "(default: the bundled corpus).")] = None,
    against: Annotated[Optional[Path], typer.Option(
        help="A second annotation of the same papers (JSON) to score instead of the extractor: "
             "how far two annotators agree.")] = None,
    details: Annotated[bool, typer.Option(help="List misses and false hits.")] = True,
    classifier: Annotated[bool, typer.Option(help="Let the task classifier add and drop tasks; --no-classifier "
                                             "scores the rules alone.")] = True,
) -> None:
    """Score extraction against hand annotations: precision, recall and F1 per field.

    Example: kg eval tests/data/gold.json
    """
    from .evaluate import agreement, evaluate as run_eval, format_report, load_gold
    from .vocab import load as load_vocab

    if against is not None and inputs:
        raise typer.BadParameter("scores two annotations, not the extractor: give no inputs with it",
                                 param_hint="--against")
    try:
        if against is not None:
            report = agreement(load_gold(gold), load_gold(against), load_vocab())
        else:
            from .pipeline import build as run_build

            g = run_build(inputs, classifier=classifier)
            report = run_eval(load_gold(gold), g.papers, g.extractions, load_vocab())
    except KGError as err:
        raise fail(err) from None
    typer.echo(format_report(report, details))


@app.command()
def validate(
    graph: Annotated[Path, typer.Argument(help="Graph file.")] = DEFAULT_GRAPH,
    shapes: Annotated[Optional[Path], typer.Option(help="SHACL shapes (default: the bundled shapes).")] = None,
) -> None:
    """Check a graph against the SHACL shapes; exit 1 with the violations listed if any.

    Example: kg validate exports/graph.ttl
    """
    from .validate import validate as run_validate

    try:
        ok, count, text = run_validate(graph, shapes)
    except KGError as err:
        raise fail(err) from None
    typer.echo(text)
    if not ok:
        raise typer.Exit(1)


@app.command()
def viz(
    graph: GraphOpt = DEFAULT_GRAPH,
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("exports/graph.html"),
    focus: Annotated[Optional[str], typer.Option(help="Centre the view on this node (label).")] = None,
    hops: Annotated[int, typer.Option(help="With --focus: how many hops to keep.")] = 2,
    types: Annotated[Optional[str], typer.Option(help="Comma-separated node types to keep, "
                                                 "e.g. Dataset,Task.")] = None,
    min_degree: Annotated[int, typer.Option(help="Drop nodes with fewer links.")] = 0,
    max_nodes: Annotated[int, typer.Option(help="Cap on drawn nodes (the page says what it left out).")] = 1500,
) -> None:
    """Write an interactive HTML view of the graph (opens offline), optionally focused.

    Example: kg viz --focus IEMOCAP --hops 2 -o iemocap.html
    """
    from . import viz as v

    try:
        kinds = {t.strip() for t in types.split(",")} if types else None
        page = _open(graph).render_html(focus=focus, hops=hops, types=kinds, min_degree=min_degree,
                                        max_nodes=max_nodes)
        v.write_page(page, out)
    except LookupError as err:
        typer.echo(f"error: {err.args[0] if err.args else err}", err=True)
        raise typer.Exit(1) from None
    except KGError as err:
        raise fail(err) from None
    typer.echo(f"wrote {out}")


@app.command()
def serve(
    graph: GraphOpt = DEFAULT_GRAPH,
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 7878,
) -> None:
    """Start a local SPARQL 1.1 endpoint (Oxigraph server) over the graph; Ctrl-C stops it.

    Example: kg serve --port 7878   then   curl http://127.0.0.1:7878/query?query=...
    """
    from . import server

    try:
        server.serve_forever(graph, host=host, port=port, echo=typer.echo)
    except KGError as err:
        raise fail(err) from None


@app.command()
def push(
    endpoint: Annotated[str, typer.Option(help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.")],
    graph: GraphOpt = DEFAULT_GRAPH,
    graph_iri: Annotated[Optional[str], typer.Option(help="Named graph to write (default graph if absent).")] = None,
    replace: Annotated[bool, typer.Option(help="Replace the graph (PUT) instead of adding (POST).")] = False,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the server.")] = 30.0,
) -> None:
    """Upload the graph to any SPARQL 1.1 Graph Store endpoint (Oxigraph, Fuseki, GraphDB...).

    Credentials come only from AFFECT_KG_USER / AFFECT_KG_PASSWORD or AFFECT_KG_TOKEN.
    Example: kg push --endpoint http://127.0.0.1:7878/store
    """
    from . import server

    try:
        server.push(graph, endpoint, graph_iri=graph_iri, replace=replace, timeout=timeout)
    except KGError as err:
        raise fail(err) from None
    typer.echo(f"pushed {graph} to {endpoint}")


@app.command()
def synth(
    n: Annotated[int, typer.Argument(help="How many papers.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output file (.txt listing or .jsonl).")],
    seed: Annotated[int, typer.Option(help="Random seed (same seed, same corpus).")] = 13,
) -> None:
    """Generate a synthetic corpus shaped like the bundled one, for benchmarks.

    Example: kg synth 10000 -o bench/out/10k.jsonl
    """
    from .synth import write_corpus

    path = write_corpus(n, out, seed=seed)
    typer.echo(f"wrote {n:,} papers to {path}")


@app.command()
def docs(
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("exports/ontology.html"),
) -> None:
    """Write an HTML page documenting the ontology and vocabularies.

    Example: kg docs -o exports/ontology.html
    """
    from .docs import write_docs

    typer.echo(f"wrote {write_docs(out)}")


def main() -> None:
    """Console-script entry point: runs the command, then leaves without interpreter teardown."""
    handle_termination()
    try:
        app()
    except SystemExit as done:
        leave(done.code)
    leave(0)


_MAIN_PID: int | None = None


def handle_termination() -> None:
    """Let SIGTERM (``kill``, a CI timeout, a closed session) end a command as Ctrl-C does: the
    ``finally`` blocks remove temporary files and the previous outputs stay, instead of hidden
    half-written files being left beside them."""
    import signal

    global _MAIN_PID
    _MAIN_PID = os.getpid()
    signal.signal(signal.SIGTERM, _terminated)


def _terminated(signum: int, frame: object) -> None:
    if os.getpid() != _MAIN_PID:
        os._exit(128 + signum)  # a forked worker: leave at once, as the default action would
    raise SystemExit(128 + signum)


def leave(code: object = 0) -> None:
    """Exit now, skipping the interpreter's teardown once every output is closed and renamed.

    A 100,000-paper build leaves millions of small objects behind; freeing them one by one at
    exit took 2.5 s, a quarter of an incremental build. Nothing is left to do by then but flush
    the standard streams (and logging, if used).
    """
    if isinstance(code, str):  # sys.exit("message"): print it, as the interpreter would
        print(code, file=sys.stderr)
        code = 1
    if "logging" in sys.modules:
        sys.modules["logging"].shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can be said
            pass
    os._exit(code if isinstance(code, int) else 0 if code is None else 1)


if __name__ == "__main__":
    main()
