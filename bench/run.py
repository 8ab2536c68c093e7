"""Benchmark: build time, papers/s, peak RSS, Turtle size and named-query medians at 1k/10k/100k papers,
plus a plain rdflib pipeline over the same records for the ratio.

    python bench/run.py                 # 1k, 10k, 100k (rdflib baseline at every size)
    python bench/run.py 1000 10000      # chosen sizes
    python bench/run.py --no-rdflib     # skip the slow baseline

Each size also measures an incremental build: the corpus built with --incremental's cache, then
built again with 200 new papers (a listing of another seed) added.

Each measurement runs in a fresh subprocess so its peak RSS is its own (os.wait4 rusage).
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a checkout without installing
OUT = ROOT / "bench" / "out"


def worker_ours(corpus: str, out: str) -> dict:
    import kg

    t0 = time.perf_counter()
    g = kg.build([corpus])
    t1 = time.perf_counter()
    g.write(out, ["ttl", "nt", "jsonld"], report=False)
    t2 = time.perf_counter()
    return {"papers": g.stats.papers, "build_s": t1 - t0, "write_s": t2 - t1, "total_s": t2 - t0,
            "ttl_mb": os.path.getsize(Path(out) / "graph.ttl") / 1e6, **{f"{k}_s": v for k, v in g.stats.seconds.items()}}


def worker_rdflib(corpus: str, out: str) -> dict:
    """The slow path: same ingest + extraction, then rdflib Graph.add and rdflib serialisers."""
    import rdflib

    import kg
    from kg import ntparse

    t0 = time.perf_counter()
    g = kg.build([corpus])
    rg = rdflib.Graph()

    def term(t: str):
        if t.startswith("<"):
            return rdflib.URIRef(t[1:-1])
        if t.startswith("_:"):
            return rdflib.BNode(t[2:])
        value = ntparse.value(t)
        tail = t[t.rindex('"') + 1:]
        if tail.startswith("^^"):
            return rdflib.Literal(value, datatype=rdflib.URIRef(tail[3:-1]))
        return rdflib.Literal(value, lang=tail[1:] or None)
    for s, p, o in g.triples():
        rg.add((term(s), term(p), term(o)))
    t1 = time.perf_counter()
    Path(out).mkdir(parents=True, exist_ok=True)
    rg.serialize(Path(out) / "graph.ttl", format="turtle")
    rg.serialize(Path(out) / "graph.nt", format="nt")
    rg.serialize(Path(out) / "graph.jsonld", format="json-ld")
    t2 = time.perf_counter()
    return {"papers": g.stats.papers, "build_s": t1 - t0, "write_s": t2 - t1, "total_s": t2 - t0,
            "ttl_mb": os.path.getsize(Path(out) / "graph.ttl") / 1e6}


def worker_incremental(corpus: str, new: str, out: str, step: str) -> dict:
    """``setup``: a full build that leaves its cache; ``add``: the same build plus ``new``, reusing it."""
    import kg

    inputs = [corpus] if step == "setup" else [corpus, new]
    t0 = time.perf_counter()
    g = kg.build(inputs, cache_dir=Path(out) / ".cache")
    t1 = time.perf_counter()
    g.write(out, ["ttl", "nt", "jsonld"], report=False)
    t2 = time.perf_counter()
    return {"papers": g.stats.papers, "build_s": t1 - t0, "write_s": t2 - t1, "total_s": t2 - t0}


def worker_queries(graph: str, engine: str) -> dict:
    """Named-query medians. ``oxigraph``: the store in memory, the query engine's own speed;
    ``oxigraph-disk``: the on-disk store ``kg query`` and ``kg trace`` keep beside a large graph
    file (built here, as the first such command builds it)."""
    from kg import query as q

    t0 = time.perf_counter()
    eng = q.load_engine(Path(graph), "oxigraph", persist=engine == "oxigraph-disk")
    load_s = time.perf_counter() - t0
    dataset = most_used_dataset(eng)
    medians = {}
    for name, nq in q.named_queries().items():
        params = {s.name: {"dataset": dataset, "category": "joy", "task": "speech emotion recognition",
                           "paper": "Speech Emotion Recognition with Text Cues (1"}.get(s.name, "emotion")
                  for s in nq.specs if s.default is None}  # parameters with a default keep it
        medians[name] = median_ms(lambda: q.run(eng, name, params))
    return {"load_s": load_s, "dataset": dataset, "query_ms": medians, "trace_ms": trace_medians(eng, dataset)}


def most_used_dataset(eng) -> str:
    """The catalogued dataset most papers use: the parameter of the dataset queries and of the trace.
    Read off the graph, since which dataset heads the synthetic corpus depends on the catalogue."""
    from kg import query as q

    rows = q.run(eng, """PREFIX akg: <https://w3id.org/affect-kg/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?label (COUNT(DISTINCT ?p) AS ?n) WHERE {
          ?p akg:usesDataset ?d . ?d akg:catalogued true ; skos:prefLabel ?label }
        GROUP BY ?label ORDER BY DESC(?n) ?label LIMIT 1""").rows
    if not rows:
        raise SystemExit(f"no paper of {eng} uses a catalogued dataset: nothing to trace")
    return rows[0][0]


def median_ms(call, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        call()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def trace_medians(eng, dataset: str) -> dict:
    """`kg trace` of the most used catalogue dataset and of one paper named by its whole title: as the
    command lists them by default (20 rows a list) and with --all."""
    from kg import query as q
    from kg.trace import trace_dataset, trace_paper

    title = q.run(eng, "papers-using-dataset", {"dataset": dataset}, limit=1).dicts()[0]["title"]
    return {"trace DATASET": median_ms(lambda: trace_dataset(eng, dataset, 20)),  # kg trace's default
            "trace DATASET --all": median_ms(lambda: trace_dataset(eng, dataset)),
            "trace --paper TITLE": median_ms(lambda: trace_paper(eng, title, 20)),
            "trace --paper TITLE --all": median_ms(lambda: trace_paper(eng, title))}


def measure(*args: str) -> dict:
    """Run one worker in a fresh interpreter; return its JSON plus wall time and peak RSS."""
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--worker", *args], stdout=subprocess.PIPE, cwd=ROOT)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    if status != 0:
        raise SystemExit(f"worker {args} failed with status {status}")
    data = json.loads(out)
    data["wall_s"] = time.perf_counter() - t
    data["peak_rss_mb"] = usage.ru_maxrss / 1024
    return data


def parse_args(argv: list[str]):
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000], metavar="N",
                        help="corpus sizes in papers (default: 1000 10000 100000)")
    parser.add_argument("--no-rdflib", action="store_true", help="skip the slow rdflib baseline")
    return parser.parse_args(argv)


def main(argv: list[str]) -> None:
    from kg.query import PERSIST_MIN_BYTES  # graph files this large are queried from an on-disk store

    args = parse_args(argv)
    sizes, baseline = args.sizes, not args.no_rdflib
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in sizes:
        corpus = OUT / f"synth-{n}.jsonl"
        if not corpus.exists():
            subprocess.run([sys.executable, "-m", "kg", "synth", str(n), "-o", str(corpus)], check=True, cwd=ROOT)
        ours = measure("ours", str(corpus), str(OUT / f"ours-{n}"))
        graph = OUT / f"ours-{n}" / "graph.nt"
        row = {"n": n, "ours": ours, "queries": measure("queries", str(graph), "oxigraph")}
        if graph.stat().st_size >= PERSIST_MIN_BYTES:  # what `kg query` opens for a file this large
            row["queries_disk"] = measure("queries", str(graph), "oxigraph-disk")
        new = OUT / "synth-new-200.jsonl"
        if not new.exists():
            subprocess.run([sys.executable, "-m", "kg", "synth", "200", "--seed", "99", "-o", str(new)], check=True,
                           cwd=ROOT)
        inc = OUT / f"incremental-{n}"
        shutil.rmtree(inc, ignore_errors=True)
        measure("incremental", str(corpus), str(new), str(inc), "setup")
        row["incremental"] = measure("incremental", str(corpus), str(new), str(inc), "add")
        if baseline:
            row["rdflib"] = measure("rdflib", str(corpus), str(OUT / f"rdflib-{n}"))
        rows.append(row)
        print_row(row)
    (OUT / "results.json").write_text(json.dumps(rows, indent=2))


def print_row(row: dict) -> None:
    n, o, q = row["n"], row["ours"], row["queries"]
    print(f"\n== {n:,} papers ({o['papers']:,} after merge)")
    print(f"affect-kg  wall {o['wall_s']:7.2f} s  build {o['build_s']:6.2f} s  write {o['write_s']:6.2f} s  "
          f"{o['papers'] / o['wall_s']:8.0f} papers/s  peak RSS {o['peak_rss_mb']:7.0f} MB  Turtle {o['ttl_mb']:7.1f} MB")
    if "rdflib" in row:
        r = row["rdflib"]
        print(f"rdflib     wall {r['wall_s']:7.2f} s  build {r['build_s']:6.2f} s  write {r['write_s']:6.2f} s  "
              f"{r['papers'] / r['wall_s']:8.0f} papers/s  peak RSS {r['peak_rss_mb']:7.0f} MB  Turtle {r['ttl_mb']:7.1f} MB"
              f"   ratio rdflib/ours {r['wall_s'] / o['wall_s']:.1f}x")
    if "incremental" in row:
        i = row["incremental"]
        print(f"incremental +200 papers  wall {i['wall_s']:6.2f} s  build {i['build_s']:6.2f} s  "
              f"write {i['write_s']:6.2f} s  peak RSS {i['peak_rss_mb']:7.0f} MB")
    d = row.get("queries_disk")
    print(f"queries (pyoxigraph, in-memory store load {q['load_s']:.2f} s), median of 5, dataset={q['dataset']}"
          + (f"; on-disk store as `kg query` opens it (built in {d['load_s']:.2f} s once):" if d else ":"))
    for kind in ("query_ms", "trace_ms"):
        for name, ms in q[kind].items():
            print(f"  {name:<30} {ms:8.1f} ms" + (f"  {d[kind][name]:8.1f} ms on disk" if d else ""))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        kind, *rest = sys.argv[2:]
        fn = {"ours": worker_ours, "rdflib": worker_rdflib, "queries": worker_queries,
              "incremental": worker_incremental}[kind]
        sys.stdout.write(json.dumps(fn(*rest)))
        from kg.cli import leave

        leave(0)  # as `kg` itself exits: without freeing every object one by one
    else:
        main(sys.argv[1:])
