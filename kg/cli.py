"""The `kg` command: a thin layer over the library. Each command parses, calls, prints."""
from __future__ import annotations

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
    cache: Annotated[Optional[Path], typer.Option(help="Build cache folder: only new or changed records are "
                                                  "re-extracted.")] = None,
) -> None:
    """Build the graph: graph.ttl, graph.jsonld, graph.html and build-report.json in --out.

    Example: kg build                      (the bundled corpus)
             kg build new.jsonl refs.bib -o exports
    """
    from .pipeline import build as run_build

    start = time.perf_counter()
    try:
        graph = run_build(inputs, fmt=fmt.value if fmt else None, strict=strict,
                          progress=_progress("extracting"), cache_dir=cache)
        t = time.perf_counter()
        formats = ["ttl", "jsonld"] + (["html"] if html else []) + (["nt"] if nt else [])
        written = graph.write(out, formats)
        graph.stats.seconds["write"] = time.perf_counter() - t
    except KGError as err:
        raise fail(err)
    _summary(graph, written, time.perf_counter() - start)
    worst = next((p for p in graph.problems if p.kind != "warning"), None)
    if worst is not None:
        raise typer.Exit(worst.code or 2)


def _summary(graph, written, seconds: float) -> None:
    st = graph.stats
    lines = [
        f"papers     {st.papers:>7,}   ({st.papers_read:,} records read, "
        f"{st.papers_read - st.papers:,} merged or skipped)",
        f"datasets   {st.datasets:>7,}   ({st.discovered:,} discovered, not in the catalogue)",
        f"tasks      {st.tasks:>7,}",
        f"edges      {st.edges:>7,}   (each with its evidence sentence)",
        "time       " + f"{seconds:>6.2f}s  (" + ", ".join(f"{k} {v:.2f}s" for k, v in st.seconds.items()) + ")",
    ]
    for key, path in written.items():
        lines.append(f"wrote      {path}")
    typer.echo("\n".join(lines))
    for p in graph.problems:
        typer.echo(f"{p.kind}: {p.location()}: {p.reason}", err=True)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":
    main()
