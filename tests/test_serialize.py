"""The writers: the per-paper fast path and the parallel path give the generic writer's bytes."""
from __future__ import annotations

import json
import os

import pytest

import kg
from kg import parallel, serialize
from kg.graph import paper_triples, sorted_papers
from test_reliability import NASTY  # tests/ is on sys.path (rootdir-relative imports)


def _generic(rows):
    fmt = serialize.Formatter()
    return [serialize.format_blocks(paper_triples(p, ex, iri), fmt) for iri, p, ex in rows]


def test_paper_template_formats_exactly_what_paper_triples_yields(corpus_graph):
    rows = sorted_papers(corpus_graph.papers, corpus_graph.extractions)
    fmt = serialize.Formatter()
    fast = [fmt.paper(iri, p, ex) for iri, p, ex in rows]
    assert sum(len(ex.mentions) for _, _, ex in rows) > 500  # the template is exercised
    assert fast == _generic(rows)
    # a build that writes fewer syntaxes formats only those, the same bytes
    for i, wanted in enumerate(("nt", "ttl", "jsonld")):
        alone = [serialize.Formatter().paper(iri, p, ex, (wanted,)) for iri, p, ex in rows]
        assert [a[i] for a in alone] == [f[i] for f in fast]
        assert all(not part for a in alone for j, part in enumerate(a) if j != i)


def test_template_with_strings_that_need_escaping(tmp_path):
    src = tmp_path / "nasty.jsonl"
    src.write_text("".join(json.dumps({"title": f"Paper {i}: {t}", "abstract": t + " We use the MELD dataset."},
                                      ensure_ascii=False) + "\n" for i, t in enumerate(NASTY)), encoding="utf-8")
    graph = kg.build([src])
    rows = sorted_papers(graph.papers, graph.extractions)
    fmt = serialize.Formatter()
    assert [fmt.paper(iri, p, ex) for iri, p, ex in rows] == _generic(rows)
    for _, _, nodes in _generic(rows):
        for node in nodes:
            json.loads(node)


@pytest.mark.parametrize("formats", [("ttl", "nt", "jsonld"), ("jsonld",), ("nt", "ttl")])
def test_parallel_write_is_byte_identical_to_serial(tmp_path, monkeypatch, corpus_graph, formats):
    serial, forked = tmp_path / "serial", tmp_path / "parallel"
    corpus_graph.write(serial, formats, report=False)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)
    real = parallel.map_chunks
    monkeypatch.setattr(parallel, "map_chunks", lambda f, items, **kw: real(f, items, chunk=7, min_parallel=1))
    corpus_graph.write(forked, formats, report=False)
    for name in {"ttl": "graph.ttl", "nt": "graph.nt", "jsonld": "graph.jsonld"}.values():
        assert (serial / name).exists() == (forked / name).exists()
        if (serial / name).exists():
            assert (serial / name).read_bytes() == (forked / name).read_bytes(), name


def _pid_and_total(numbers) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def test_in_child_runs_elsewhere_on_inherited_arguments(monkeypatch):
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    result = parallel.in_child(_pid_and_total, (n * n for n in range(100)))  # a generator cannot be pickled
    pid, total = result()
    assert total == sum(n * n for n in range(100))
    assert pid != os.getpid()
    monkeypatch.setattr(parallel, "workers", lambda: 1)  # one CPU: runs here, when asked
    assert parallel.in_child(_pid_and_total, [1, 2])() == (os.getpid(), 3)


def test_a_worker_that_fails_stops_the_write_without_waiting_or_leaving_files(tmp_path, monkeypatch, corpus_graph):
    import signal

    from kg import splice
    from kg.graph import sorted_papers

    doomed = sorted_papers(corpus_graph.papers, corpus_graph.extractions)[30][0]
    real = splice.format_papers

    def failing(formats, rows):
        if any(iri == doomed for iri, _, _ in rows):
            raise ValueError("cannot format this paper")
        return real(formats, rows)
    monkeypatch.setattr(splice, "format_papers", failing)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)
    map_chunks = parallel.map_chunks
    monkeypatch.setattr(parallel, "map_chunks", lambda f, items, **kw: map_chunks(f, items, chunk=7, min_parallel=1))
    signal.alarm(120)  # the chunks behind the failed one must not wait for it
    try:
        with pytest.raises(ValueError, match="cannot format"):
            corpus_graph.write(tmp_path, ("ttl", "nt", "jsonld"), report=False)
    finally:
        signal.alarm(0)
    assert not list(tmp_path.iterdir())


def test_map_chunks_keeps_order_in_workers(monkeypatch):
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    out = list(parallel.map_chunks(_squares, list(range(1000)), chunk=64, min_parallel=1))
    assert [done for done, _ in out][-1] == 1000
    assert [x for _, part in out for x in part] == [i * i for i in range(1000)]


def _squares(chunk):
    return [i * i for i in chunk]
