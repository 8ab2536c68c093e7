"""The KnowledgeGraph: one object with RDF, networkx, query and file views (after kglab)."""
from __future__ import annotations

import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import cache, partial
from pathlib import Path

from . import parallel, serialize, splice
from .atomic import atomic_write, open_temp, temp_name
from .cache import CachedExtractions
from .errors import GraphFileError
from .graph import (PREFIXES, Stats, Triple, graph_triples, header_parts, paper_node_triples, sorted_papers, stats_of,
                    tally_counts, vocabulary_triples)
from .models import Extraction, Paper, Problem
from .nxview import evidence_of, page_networkx, to_networkx
from .summary import Tallies

OUTPUTS = {"ttl": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld", "html": "graph.html"}


class KnowledgeGraph:
    """A built or loaded graph. Triples come from ``_source``; every view derives from them."""

    def __init__(self, source: Callable[[], Iterable[Triple]], *, papers: list[Paper] | None = None,
                 extractions: Sequence[Extraction] | None = None, problems: list[Problem] | None = None,
                 stats: Stats | None = None, files: list[str] | None = None) -> None:
        self._source = source
        self.papers = papers or []
        self.extractions = extractions or []
        self.problems = problems or []
        self.stats = stats or Stats()
        self.files = files or []
        self._store = None
        self._nt: bytes | None = None
        self._path: Path | None = None  # the file a loaded graph came from
        self._vocab = None  # set when the graph was built here from papers (not loaded from a file)
        self.cache_dir: Path | None = None  # an incremental build's cache: outputs reuse unchanged papers
        self.rules_only = False  # built without the task classifier: incremental builds keep its blocks apart

    # --- construction -------------------------------------------------------------------
    @classmethod
    def from_records(cls, papers, extractions, vocab, **kw) -> KnowledgeGraph:
        graph = cls(lambda: graph_triples(papers, extractions, vocab), papers=papers,
                    extractions=extractions, stats=stats_of(papers, extractions), **kw)
        graph._vocab = vocab
        return graph

    @classmethod
    def load(cls, path: str | Path) -> KnowledgeGraph:
        """Open a graph written by ``write`` (Turtle, N-Triples or JSON-LD, by extension)."""
        import pyoxigraph as ox

        p = Path(path)
        if not p.is_file():
            raise GraphFileError(f"{p}: no graph file here (run `kg build` first, or pass --graph)")
        fmt = {".nt": ox.RdfFormat.N_TRIPLES, ".jsonld": ox.RdfFormat.JSON_LD}.get(p.suffix, ox.RdfFormat.TURTLE)

        def source() -> Iterator[Triple]:
            try:
                for t in ox.parse(path=str(p), format=fmt):
                    yield str(t.subject), str(t.predicate), str(t.object)
            except (SyntaxError, ValueError, OSError) as err:
                raise GraphFileError(f"{p}: not a readable graph: {err}") from err
        graph = cls(source, files=[str(p)])
        graph._path = p
        return graph

    # --- views --------------------------------------------------------------------------
    def triples(self) -> Iterable[Triple]:
        return self._source()

    def ntriples(self) -> bytes:
        """The whole graph as N-Triples (cached; for large graphs prefer ``write``)."""
        if self._nt is None:
            self._nt = "".join(f"{s} {p} {o} .\n" for s, p, o in self.triples()).encode("utf-8")
        return self._nt

    @property
    def rdf(self):
        """An rdflib.Graph of the same triples, with the project's prefixes bound."""
        import rdflib

        g = rdflib.Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        g.parse(data=self.ntriples(), format="nt")
        return g

    def store(self):
        """A pyoxigraph Store of the graph: the query engine."""
        if self._store is None and self._path is not None:
            from .query import load_store

            self._store = load_store(self._path).store  # parses the file in Rust (or reopens its store)
        if self._store is None:
            import pyoxigraph as ox

            self._store = ox.Store()
            self._store.bulk_load(self.ntriples(), format=ox.RdfFormat.N_TRIPLES)
        return self._store

    def __len__(self) -> int:
        return sum(1 for _ in self.triples())

    def query(self, name_or_sparql: str, **params: str) -> list[dict[str, object]]:
        """Run a named query or SPARQL text; rows as dicts of plain Python values."""
        from . import query as q

        result = q.run(q.StoreEngine(self.store()), name_or_sparql, params)
        return [dict(zip(result.variables, row)) for row in result.rows]

    def to_networkx(self):
        """A MultiDiGraph of papers, datasets and concepts; paper edges carry their evidence."""
        with parallel.no_gc():  # a bulk pass: at 100,000 papers the collector would add ~2.5 s
            if self._vocab is None:
                return to_networkx(self.triples())
            rows = sorted_papers(self.papers, self.extractions)
            return to_networkx(self._semantic(rows), evidence_of(rows))

    def page_networkx(self, max_nodes: int | None = None):
        """What the unfocused HTML page of this graph draws: ``nxview.page_networkx``'s graph of the
        ``max_nodes`` (default ``viz.MAX_NODES``) best-linked nodes and ``viz.Whole`` (None when the whole
        graph fits)."""
        from .viz import MAX_NODES

        max_nodes = MAX_NODES if max_nodes is None else max_nodes
        with parallel.no_gc():
            if self._vocab is None:
                return page_networkx(self.triples(), max_nodes)
            rows = sorted_papers(self.papers, self.extractions)
            return page_networkx(self._semantic(rows), max_nodes,
                                 lambda kept: evidence_of(r for r in rows if r[0] in kept))

    def _semantic(self, rows: list[tuple[str, Paper, Extraction]]) -> Iterator[Triple]:
        """The triples the networkx view reads, from the records: the evidence comes from them too, instead
        of ten triples per edge written as text and read back (at 100,000 papers 6 million triples, ~16 s;
        this way 1.2 million)."""
        return itertools.chain((t for iri, paper, ex in rows for t in paper_node_triples(paper, ex, f"<{iri}>")),
                               vocabulary_triples(self.papers, self.extractions, self._vocab))

    # --- files ---------------------------------------------------------------------------
    def write(self, out_dir: str | Path = "exports", formats: Iterable[str] = ("ttl", "jsonld", "html"),
              html_options: dict | None = None, report: bool = True) -> dict[str, Path]:
        """Write the requested serialisations; each file is complete or untouched (temp + rename)."""

        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        formats = [f for f in dict.fromkeys(formats) if f in OUTPUTS]
        temps: dict[str, Path] = {}
        written: dict[str, Path] = {}
        try:
            for fmt in formats:  # named before it exists: an interrupted write removes every temp it made
                temps[fmt] = temp_name(out / OUTPUTS[fmt])
            streams = {fmt: open_temp(temps[fmt], out / OUTPUTS[fmt], "wb", buffering=1 << 20)
                       for fmt in ("nt", "ttl", "jsonld") if fmt in formats}
            rdf_files = {fmt: out / OUTPUTS[fmt] for fmt in streams}
            try:
                with parallel.no_gc():
                    blocks, tallies = self._write_rdf(serialize.Output(**streams), rdf_files)
            finally:
                for fh in streams.values():
                    fh.close()
            if "html" in formats:
                with open_temp(temps["html"], out / OUTPUTS["html"], "w", encoding="utf-8") as fh:
                    fh.write(self.render_html(**(html_options or {})))
            for fmt in formats:  # rename only once every file is complete
                _fsync(temps[fmt])
            for fmt in formats:
                os.replace(temps[fmt], out / OUTPUTS[fmt])
                written[fmt] = out / OUTPUTS[fmt]
            if blocks and self.cache_dir is not None:
                splice.save_index(splice.index_path(self.cache_dir, out), self._index_version(), blocks, rdf_files,
                                  tallies)
        finally:
            for tmp in temps.values():
                if tmp.exists():
                    tmp.unlink()
        if report:
            written["report"] = self.write_report(out / "build-report.json")
        return written

    def _index_version(self) -> str:
        """What the reused blocks of an incremental build must have been written with."""
        return splice.index_version(self._vocab.version, self.rules_only)

    def render_html(self, **options) -> str:
        """``viz.render_html`` of this graph (``options`` are its keyword arguments). The unfocused page of a
        large graph is drawn from the nodes it keeps alone (``page_networkx``): the same page, without
        building the rest."""
        from . import viz

        if options.get("focus") is None and options.get("types") is None and not options.get("min_degree"):
            graph, whole = self.page_networkx(options.get("max_nodes"))
            return viz.render_html(graph, **options, whole=whole)
        return viz.render_html(self.to_networkx(), **options)

    def _write_rdf(self, out: serialize.Output, files: dict[str, Path]) -> tuple[splice.Placed | None, Tallies | None]:
        """Write the triples; a built graph returns where each paper's blocks landed and what its
        statistics counted (for reuse)."""
        if self._vocab is None:
            out.triples(self.triples())
            out.close()
            return None, None
        # a built graph: papers are formatted in parallel straight from their records, or,
        # in an incremental build, copied from the previous files when they did not change
        old = None
        if self.cache_dir is not None and files:
            out_dir = next(iter(files.values())).parent
            old = splice.load_index(splice.index_path(self.cache_dir, out_dir), self._index_version(), files)
        # the extractions in memory: an incremental build reads the cached ones only if it needs them
        at_hand = self.extractions.at_hand() if isinstance(self.extractions, CachedExtractions) else self.extractions
        rows = sorted_papers(self.papers, at_hand)
        keys = splice.row_keys(rows)
        # what the statistics count (the cache keeps it for the next build)
        count = partial(Tallies.of, self.papers, self.extractions)
        reused = splice.reused_tallies(old, rows, keys) if self.cache_dir is not None else None
        if at_hand is not self.extractions and (reused is None or not splice.copies(old, out.formats)):
            rows = sorted_papers(self.papers, self.extractions)  # every paper is formatted or counted
        if reused is not None:  # only papers were added: theirs are added to the previous build's
            tallies = lambda: reused  # noqa: E731
            self.stats.count = partial(tally_counts, reused)
        elif self.cache_dir is not None and old is None:  # a first build: counted once, for the header, here
            tallies = cache(count)
        else:  # nothing keeps them, or papers changed: the header counts them itself
            tallies = None
        # an incremental build copies most papers: its statistics are formatted in another process
        # meanwhile, which starts first
        header = splice.header_job(out.formats, header_parts(self.papers, self.extractions, self._vocab, tallies),
                                   elsewhere=old is not None and parallel.can_fork(len(self.papers)))
        with ThreadPoolExecutor(1) as beside:
            # papers changed: the header counts in the other process, and the cache's tallies are counted
            # here, beside the copies
            kept = beside.submit(count).result if self.cache_dir is not None and tallies is None else tallies
            blocks = splice.write_papers(out, rows, old, files, header, keys)
            out.close()
            return blocks, kept() if kept else None

    def write_report(self, path: Path) -> Path:
        """Every input file, every paper count, and every skipped record with its reason."""
        data = {
            "inputs": self.files,
            "papers_read": self.stats.papers_read,
            "papers_in_graph": self.stats.papers,
            "merged_duplicates": self.stats.papers_read - self.stats.papers - sum(
                1 for p in self.problems if p.kind == "skipped"),
            "datasets": self.stats.datasets,
            "discovered_datasets": self.stats.discovered,
            "tasks": self.stats.tasks,
            "edges": self.stats.edges,
            "task_classifier": not self.rules_only,
            "problems": [
                {"file": p.path, "line": p.line, "kind": p.kind, "reason": p.reason, "title": p.title}
                for p in self.problems
            ],
        }
        with atomic_write(path) as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False, sort_keys=False)
            fh.write("\n")
        return path


def _fsync(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())
