"""Crash safety, idempotence and only-adds: outputs are never half-written and rebuilds are stable."""
from __future__ import annotations

import json
import os
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib

import kg
from kg.summary import Tallies
from kg.synth import write_corpus


def test_rebuild_over_existing_exports_changes_nothing(tmp_path):
    kg.build().write(tmp_path)
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    kg.build().write(tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == first


def test_adding_a_listing_only_adds(tmp_path):
    paths = kg.corpus_paths()
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"title": "A Brand New Study of Speech Emotion Recognition on RAVDESS",
                                 "abstract": "We evaluate speech emotion recognition on the RAVDESS dataset."}) + "\n")
    def named(g: rdflib.Graph) -> set:  # blank nodes (OWL axioms of the vocabulary) are relabelled per parse
        # the statistics nodes (kg.summary) hold counts, which a new paper changes rather than extends
        return {t for t in g if not any(isinstance(x, rdflib.BNode) for x in t)
                and not str(t[0]).startswith("https://w3id.org/affect-kg/stat/")}
    before = kg.build(paths).rdf
    after = kg.build([*paths, extra]).rdf
    assert named(before) < named(after)
    assert len(before) < len(after)


def _signalled_mid_write(tmp_path: Path, sig: int) -> tuple[Path, dict[str, bytes], int]:
    """Build the bundled corpus into exports/, then start a 6,000-paper build over it and send it ``sig``
    once it writes; returns the folder, the previous outputs and the build's exit status."""
    out = tmp_path / "exports"
    kg.build().write(out, ["ttl", "jsonld"])
    previous = {name: (out / name).read_bytes() for name in ("graph.ttl", "graph.jsonld")}
    big = write_corpus(6000, tmp_path / "big.jsonl")
    env = {**os.environ, "PYTHONPATH": str(Path(kg.__file__).parent.parent)}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(big), "--out", str(out), "--no-html"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(out.glob(".graph.ttl.*.tmp")):
        time.sleep(0.005)
    assert any(out.glob(".graph.ttl.*.tmp")), "the build never started writing"
    os.kill(proc.pid, sig)
    return out, previous, proc.wait(timeout=120)


def test_kill_9_mid_write_leaves_previous_outputs(tmp_path):
    out, previous, _ = _signalled_mid_write(tmp_path, signal.SIGKILL)
    for name, data in previous.items():
        assert (out / name).read_bytes() == data
    assert len(rdflib.Graph().parse(out / "graph.ttl")) > 1000


def test_sigterm_mid_write_removes_temporary_files_and_keeps_previous_outputs(tmp_path):
    out, previous, status = _signalled_mid_write(tmp_path, signal.SIGTERM)
    assert status == 128 + signal.SIGTERM
    assert not list(out.glob(".*.tmp")), "temporary files left behind"
    for name, data in previous.items():
        assert (out / name).read_bytes() == data


def test_rewritten_outputs_keep_their_mode_and_new_ones_follow_the_umask(tmp_path):
    out = tmp_path / "exports"
    graph = kg.build()
    graph.write(out, ["ttl", "html"], report=False)
    mask = os.umask(0)
    os.umask(mask)
    assert (out / "graph.ttl").stat().st_mode & 0o777 == 0o666 & ~mask
    (out / "graph.ttl").chmod(0o640)
    (out / "graph.html").chmod(0o600)
    graph.write(out, ["ttl", "html"], report=False)
    assert (out / "graph.ttl").stat().st_mode & 0o777 == 0o640
    assert (out / "graph.html").stat().st_mode & 0o777 == 0o600


NASTY = [
    'Quotes "double" and \'single\', a backslash \\ and a triple """ quote',
    "Line one\nline two\r\nand a tab\there",
    "Emoji 😀🎭 and right-to-left: العواطف والمشاعر — עברית",
    "Angle <brackets> & ampersands; braces {like} these; a lone \\u escape",
]


def test_strings_survive_every_serialisation(tmp_path):
    src = tmp_path / "nasty.jsonl"
    src.write_text("".join(json.dumps({"title": f"Paper {i}: {t}", "abstract": t + " We use the MELD dataset."},
                                      ensure_ascii=False) + "\n" for i, t in enumerate(NASTY)), encoding="utf-8")
    graph = kg.build([src])
    graph.write(tmp_path, ["ttl", "nt", "jsonld"])
    reference = graph.rdf
    from rdflib.compare import isomorphic

    for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld")):
        parsed = rdflib.Graph().parse(tmp_path / name, format=fmt)
        assert isomorphic(parsed, reference), name
        paper = rdflib.URIRef("https://w3id.org/affect-kg/ontology#Paper")
        titles = {str(parsed.value(p, rdflib.URIRef("http://purl.org/dc/terms/title")))
                  for p in parsed.subjects(rdflib.RDF.type, paper)}
        # ingest folds whitespace runs (newlines, tabs) into single spaces; everything else is kept
        assert titles == {" ".join(f"Paper {i}: {t}".split()) for i, t in enumerate(NASTY)}, name


@pytest.mark.parametrize("forked", ["", "memfd", "pipe"], ids=["here", "header-in-child", "header-through-pipe"])
def test_incremental_write_reuses_unchanged_papers_and_equals_a_full_build(tmp_path, monkeypatch, forked):
    from kg import cache, parallel, splice

    if forked:  # as at scale: the statistics are formatted in a forked process, the papers in workers
        monkeypatch.setattr(parallel, "workers", lambda: 2)
        monkeypatch.setattr(parallel, "MIN_PARALLEL", 1)
    if forked == "pipe":  # where memory files do not exist, the formatted statistics come back pickled
        monkeypatch.delattr(os, "memfd_create", raising=False)
    appended: list[int] = []
    real_append = splice._append
    monkeypatch.setattr(splice, "_append", lambda out, scratch: (appended.append(scratch.count),
                                                                   real_append(out, scratch))[1])

    base = [{"title": f"Paper {i} on Emotion", "abstract": f"We use the MELD dataset and EEG signals ({i})."}
            for i in range(40)]
    first, extra = tmp_path / "first.jsonl", tmp_path / "extra.jsonl"
    first.write_text("".join(json.dumps(r) + "\n" for r in base), encoding="utf-8")
    extra.write_text("".join(json.dumps({"title": f"New Paper {i}", "abstract": "We introduce the FooBar dataset."})
                             + "\n" for i in range(5)), encoding="utf-8")
    formats = ["ttl", "nt", "jsonld"]
    out, cache_dir = tmp_path / "out", tmp_path / "cache"
    kg.build([first], cache_dir=cache_dir).write(out, formats, report=False)
    # some papers change, some go away (their lines left blank, so the others keep their line numbers)
    first.write_text("".join("\n" if i % 13 == 5 else json.dumps(
        dict(r, abstract=r["abstract"] + " We also use IEMOCAP.") if i % 9 == 0 else r) + "\n"
        for i, r in enumerate(base)), encoding="utf-8")
    copied: list[int] = []
    real = splice._copy_range
    monkeypatch.setattr(splice, "_copy_range", lambda *a: (copied.append(a[-1]), real(*a))[1])
    counted: list[int] = []  # papers whose statistics' tallies were counted
    real_of = Tallies.of.__func__
    monkeypatch.setattr(Tallies, "of", classmethod(lambda cls, papers, exs: (counted.append(len(papers)),
                                                                            real_of(cls, papers, exs))[1]))
    kg.build([first, extra], cache_dir=cache_dir).write(out, formats, report=False)
    # papers changed and went away: every paper is counted again (by the header, which may run in another
    # process, and for the cache)
    assert counted and set(counted) == {40 - 3 + 5}
    full = tmp_path / "full"
    kg.build([first, extra]).write(full, formats, report=False)
    assert copied and sum(copied) > 0  # unchanged papers were copied, not formatted again
    assert bool(appended) == (forked == "memfd") and all(appended)
    for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    # the places this build recorded serve the next one as well
    third = tmp_path / "third.jsonl"
    third.write_text(json.dumps({"title": "Paper 0.5 on Emotion", "abstract": "We use SEED."}) + "\n",
                     encoding="utf-8")
    copied.clear()
    counted.clear()
    read: list[Path] = []  # extraction cache segments read whole
    real_segment = cache._segment
    monkeypatch.setattr(cache, "_segment", lambda path: (read.append(path), real_segment(path))[1])
    added = kg.build([first, extra, third], cache_dir=cache_dir)
    added.write(out, formats, report=False)
    assert counted == [1]  # papers were only added: the previous tallies plus the new paper's
    assert read == [] and added.stats.edges > 0  # nor were the copied papers' extractions read
    whole = kg.build([first, extra, third])
    whole.write(full, formats, report=False)
    assert copied
    for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    assert added.stats.counts == whole.stats.counts  # counted from the tallies: the same figures
    assert added.extractions == whole.extractions and read  # read once asked for
    # a new listing of a paper seen before merges with it: that paper changed, so every paper is counted
    again = tmp_path / "again.jsonl"
    again.write_text(json.dumps({"title": "Paper 1 on Emotion", "abstract": "We use SEED and DEAP."}) + "\n",
                     encoding="utf-8")
    counted.clear()
    kg.build([first, extra, third, again], cache_dir=cache_dir).write(out, formats, report=False)
    assert counted and set(counted) == {40 - 3 + 5 + 1}
    kg.build([first, extra, third, again]).write(full, formats, report=False)
    for name in ("graph.ttl", "graph.nt", "graph.jsonld"):
        assert (out / name).read_bytes() == (full / name).read_bytes(), name


def test_a_long_copy_is_cut_into_pieces_the_threads_share():
    """A build where nothing changed copies each file in one run: it must still be shared out and
    dropped from the page cache piece by piece (one 1 GB copy took 10 s instead of 3)."""
    from kg import splice

    ops = [(0, b"new", 0, 3), (3, None, 100, 250), (253, None, 400, 10)]
    batches = list(splice._batches(ops, size=100))
    pieces = [op for batch in batches for op in batch]
    assert pieces[0] == (0, b"new", 0, 3) and all(length <= 100 for *_, length in pieces)
    assert [(w, o, n) for w, d, o, n in pieces[1:]] == [(3, 100, 100), (103, 200, 100), (203, 300, 50),
                                                         (253, 400, 10)]
    assert len(batches) == 3


def test_incremental_build_extracts_only_new_records(tmp_path, monkeypatch):
    from kg import cache
    from kg.cache import cached_extract_all
    from kg.pipeline import extract_all
    from kg.vocab import load

    vocab = load()
    papers = kg.build().papers
    seen: list[int] = []

    def counting(fresh):
        seen.append(len(fresh))
        return extract_all(fresh, vocab)

    first = cached_extract_all(papers, vocab, tmp_path, counting)
    from kg.models import Paper

    new = [Paper(title="A New Paper on IEMOCAP", abstract="We evaluate on IEMOCAP.")]
    segments = sorted(tmp_path.glob("extract-*/*.pickle"))
    stamp = segments[0].stat().st_mtime_ns
    second = cached_extract_all(papers + new, vocab, tmp_path, counting)
    assert seen == [216, 1]
    assert second[:216] == first
    # the new record went to a segment of its own; the first one was not rewritten
    assert len(sorted(tmp_path.glob("extract-*/*.pickle"))) == 2 and segments[0].stat().st_mtime_ns == stamp
    monkeypatch.setattr(cache, "MAX_SEGMENTS", 2)
    third = cached_extract_all(papers + new + [Paper(title="Another One", abstract="We use MELD.")], vocab,
                               tmp_path, counting)
    assert seen == [216, 1, 1] and third[:217] == second
    assert len(sorted(tmp_path.glob("extract-*/*.pickle"))) == 1  # merged
    assert cached_extract_all(papers + new, vocab, tmp_path, counting) == second and seen == [216, 1, 1]
    # a segment damaged after its keys were read: its records are extracted again once asked for
    lazy = cached_extract_all(papers + new, vocab, tmp_path, counting)
    (segment,) = tmp_path.glob("extract-*/*.pickle")
    with open(segment, "rb") as fh:
        pickle.load(fh)  # the keys
        os.truncate(segment, fh.tell() + 10)
    assert lazy == second and seen == [216, 1, 1, 217]
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    kg.build(cache_dir=tmp_path / "c").write(out_a, ["ttl"])
    kg.build().write(out_b, ["ttl"])
    assert (out_a / "graph.ttl").read_bytes() == (out_b / "graph.ttl").read_bytes()


def test_a_cached_file_seeds_the_keys_later_stages_would_hash_again(tmp_path, monkeypatch):
    from kg import cache, ids, splice
    from kg.ingest import read_path
    from kg.memo import forget_all

    listing = kg.pipeline.corpus_paths()[0]
    reader = cache.cached_reader(tmp_path, read_path)
    papers, _ = reader(listing, None)  # read, and kept with its keys
    forget_all()
    calls: list[str] = []
    for memo in (ids.paper_iri, cache.record_key, splice.paper_key):
        real = memo.func
        monkeypatch.setattr(memo, "func", lambda arg, real=real, name=memo.__name__: (calls.append(name), real(arg))[1])
    again, _ = reader(listing, None)  # from the cache: the keys come with the records
    assert again == papers and len(again) > 20
    for p in again:
        assert ids.paper_iri(p.title) == ids.paper_iri.func(p.title)
        assert cache.record_key(p) == cache.record_key.func(p)
        assert splice.paper_key(p) == splice.paper_key.func(p)
    assert len(calls) == 3 * len(again)  # only the checks' own direct calls computed anything
    # keys that do not fit the records (a hand-edited cache) are not used
    forget_all()
    cache.Keys(["x"], ["y"], ["z"], ["w"]).seed(again)
    assert not cache.record_key and not ids.paper_iri


def test_a_bulk_pass_keeps_what_it_leaves_out_of_the_collectors_way():
    import gc

    from kg import parallel

    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with parallel.no_gc():
            assert not gc.isenabled()
            few = [[i] for i in range(10)]
        assert gc.isenabled() and gc.get_freeze_count() == frozen  # a small pass changes nothing
        with parallel.no_gc():
            many = [[i] for i in range(parallel.FREEZE_AFTER + 1000)]
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(many)
    finally:
        gc.unfreeze()
    assert few and many


def test_a_block_index_that_does_not_fit_its_file_is_not_used(tmp_path):
    from array import array

    from kg import splice

    out = tmp_path / "graph.nt"
    out.write_bytes(b"x" * 100)
    st = out.stat()
    path = tmp_path / "blocks.pickle"
    for lengths, usable in ((array("q", [40, 60]), True), (array("q", [40, 61]), False), (array("q", [40]), False)):
        index = splice.BlockIndex("v", ["a", "b"], {"nt": splice.FileIndex(str(out.resolve()), st.st_size,
                                                                           st.st_mtime_ns, 0, lengths)})
        splice.write_pickle(path, index)
        loaded = splice.load_index(path, "v", {"nt": out})
        assert (loaded is not None) == usable, list(lengths)
    assert splice.load_index(path, "other version", {"nt": out}) is None


def test_changed_code_reuses_no_cached_extraction_or_block(tmp_path, monkeypatch):
    """An upgraded or edited extractor or writer must not reuse what an older one cached: its
    extractions and blocks could differ from a full build's."""
    from kg import cache, pipeline, splice

    listing = tmp_path / "a.jsonl"
    listing.write_text("".join(json.dumps({"title": f"Paper {i} on Emotion", "abstract": "We use IEMOCAP."}) + "\n"
                               for i in range(5)), encoding="utf-8")
    out, cache_dir = tmp_path / "out", tmp_path / "cache"
    kg.build([listing], cache_dir=cache_dir).write(out, ["ttl"], report=False)
    extracted: list[int] = []
    real_extract = pipeline.extract_all
    monkeypatch.setattr(pipeline, "extract_all", lambda papers, *a, **k: (extracted.append(len(papers)),
                                                                          real_extract(papers, *a, **k))[1])
    copied: list[int] = []
    real_copy = splice._copy_range
    monkeypatch.setattr(splice, "_copy_range", lambda *a: (copied.append(a[-1]), real_copy(*a))[1])
    kg.build([listing], cache_dir=cache_dir).write(out, ["ttl"], report=False)
    assert extracted == [] and copied  # same code: everything reused
    copied.clear()
    monkeypatch.setattr(cache, "code_version", lambda: "another-version")
    kg.build([listing], cache_dir=cache_dir).write(out, ["ttl"], report=False)
    assert extracted == [5] and not copied
