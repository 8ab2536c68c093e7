"""The library entry point: sources -> records -> assertions -> KnowledgeGraph."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from . import parallel
from .errors import EmptyInput, StrictFailure
from .extract import Extractor
from .ingest import read_path, read_paths
from .knowledge import KnowledgeGraph
from .memo import forget_all
from .merge import merge
from .models import Extraction, Paper
from .vocab import load as load_vocab

Progress = Callable[[int, int], None]


def corpus_paths() -> list[Path]:
    """The bundled listing pages (the default corpus)."""
    return sorted((Path(__file__).parent / "corpus").glob("*.txt"))


_WORKER: Extractor | None = None


def _worker(classifier: bool, vocab=None) -> Extractor:
    """One extractor per process (a forked worker reuses its parent's), made anew for another vocabulary or
    another choice of the task classifier."""
    global _WORKER
    if _WORKER is None or (vocab is not None and _WORKER.vocab is not vocab) or \
            (_WORKER.task_model is not None) != classifier:
        _WORKER = Extractor(vocab or load_vocab(), task_model=classifier or None)
    return _WORKER


def _extract_chunk(chunk: list[Paper], classifier: bool = True) -> list[Extraction]:
    worker = _worker(classifier)
    return [worker.extract(p) for p in chunk]


def extract_all(papers: list[Paper], vocab, progress: Progress | None = None, *,
                classifier: bool = True) -> list[Extraction]:
    """Extract every paper; large inputs are split over the machine's cores (papers are independent).
    ``classifier=False``: tasks from the rules alone, without the task classifier."""
    _worker(classifier, vocab)
    out: list[Extraction] = []
    for done, part in parallel.map_chunks(partial(_extract_chunk, classifier=classifier), papers, chunk=500):
        out.extend(part)
        if progress:
            progress(done, len(papers))
    return out


def build(paths: Iterable[str | Path] | None = None, *, fmt: str | None = None, strict: bool = False,
          progress: Progress | None = None, cache_dir: str | Path | None = None,
          classifier: bool = True) -> KnowledgeGraph:
    """Build a KnowledgeGraph from listing/JSON/BibTeX files (the bundled corpus by default).
    ``classifier=False`` reads tasks with the rules alone, so every task edge names the rule behind it.

    >>> g = build()                       # doctest: +SKIP
    >>> g.write("exports")                # graph.ttl, graph.jsonld, graph.html, build-report.json
    """
    with parallel.no_gc():
        return _build(paths, fmt, strict, progress, cache_dir, classifier)


def _build(paths: Iterable[str | Path] | None, fmt: str | None, strict: bool, progress: Progress | None,
           cache_dir: str | Path | None, classifier: bool = True) -> KnowledgeGraph:
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    forget_all()  # keys remembered from an earlier build would only hold its records in memory
    paths = list(paths) if paths else corpus_paths()
    reader = read_path
    if cache_dir is not None:
        from .cache import cached_reader

        reader = cached_reader(Path(cache_dir), read_path)
    ingested = read_paths(paths, fmt, reader)
    if strict and ingested.problems:
        first = ingested.problems[0]
        raise StrictFailure(f"{first.location()}: {first.reason} (--strict: {len(ingested.problems)} problem(s))")
    papers = merge(ingested.papers)
    if not papers:
        first = next((p for p in ingested.problems if p.kind != "warning"), None)
        if first is not None:
            raise EmptyInput(first.path, first.line, first.reason, code=first.code or EmptyInput.exit_code)
        raise EmptyInput(", ".join(map(str, paths)), None, "no papers found in the input")
    t1 = time.perf_counter()
    timings["ingest"] = t1 - t0
    vocab = load_vocab()
    if cache_dir is not None:
        from .cache import cached_extract_all

        extractions = cached_extract_all(papers, vocab, Path(cache_dir),
                                         lambda fresh: extract_all(fresh, vocab, progress, classifier=classifier),
                                         rules_only=not classifier)
    else:
        extractions = extract_all(papers, vocab, progress, classifier=classifier)
    timings["extract"] = time.perf_counter() - t1
    graph = KnowledgeGraph.from_records(papers, extractions, vocab, problems=ingested.problems,
                                        files=ingested.files)
    graph.cache_dir = Path(cache_dir) if cache_dir is not None else None
    graph.rules_only = not classifier
    graph.stats.papers_read = len(ingested.papers) + sum(1 for p in ingested.problems if p.kind == "skipped")
    graph.stats.seconds = timings
    return graph
