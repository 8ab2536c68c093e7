"""The CLI through typer's CliRunner: summary, exit codes, help text and README coverage."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()
README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(c.name or c.callback.__name__ for c in app.registered_commands)


def test_build_bundled_corpus_prints_summary(tmp_path):
    result = runner.invoke(app, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "papers         216" in result.output
    assert (tmp_path / "graph.ttl").is_file() and (tmp_path / "graph.html").is_file()
    assert (tmp_path / "build-report.json").is_file()


def test_a_large_build_says_what_it_writes_on_a_terminal(monkeypatch, capsys):
    """After the extraction bar ends, a large graph takes seconds to write: a terminal is told what."""
    import sys

    from kg import cli

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    cli._announce_write(100_000, Path("exports"), ["ttl", "jsonld", "html"])
    cli._announce_write(216, Path("exports"), ["ttl"])  # small: done before anyone waits
    err = capsys.readouterr().err
    assert err.splitlines() == [f"writing 100,000 papers to {Path('exports')}: graph.ttl, graph.jsonld, graph.html …"]
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)  # piped or logged: the summary says it all
    cli._announce_write(100_000, Path("exports"), ["ttl"])
    assert capsys.readouterr().err == ""


def test_missing_input_is_one_line_error(tmp_path):
    result = runner.invoke(app, ["build", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path)])
    assert result.exit_code == 3
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert lines == [f"error: {tmp_path / 'nope.jsonl'}: no such file"]
    assert not (tmp_path / "graph.ttl").exists()


def test_good_and_bad_inputs_build_and_report(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"title": "A Paper on MELD", "abstract": "We use MELD."}) + "\n{broken\n")
    result = runner.invoke(app, ["build", str(good), str(tmp_path / "missing.txt"), "--out", str(tmp_path / "o")])
    assert (tmp_path / "o" / "graph.ttl").is_file()
    assert result.exit_code != 0
    assert f"{good}:2: invalid JSON" in result.output
    assert "missing.txt: no such file" in result.output
    report = json.loads((tmp_path / "o" / "build-report.json").read_text())
    assert {p["kind"] for p in report["problems"]} == {"skipped", "error"}


def test_strict_turns_problems_into_failure(tmp_path):
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"title": "A Paper on MELD", "abstract": "We use MELD."}) + "\n{broken\n")
    result = runner.invoke(app, ["build", str(good), "--strict", "--out", str(tmp_path / "o")])
    assert result.exit_code == 9
    assert not (tmp_path / "o" / "graph.ttl").exists()


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_and_is_in_readme(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"kg {command}" in README


def test_query_list_and_named_query(tmp_path):
    assert runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"]).exit_code == 0
    listed = runner.invoke(app, ["query", "--list"])
    assert "papers-using-dataset" in listed.output
    result = runner.invoke(app, ["query", "papers-using-dataset", "--param", "dataset=IEMOCAP",
                                 "--graph", str(tmp_path / "graph.ttl"), "--output", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) >= 2


def test_query_limit_and_table_end(tmp_path):
    assert runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"]).exit_code == 0
    graph = str(tmp_path / "graph.ttl")
    full = runner.invoke(app, ["query", "papers-with-code", "--graph", graph, "--output", "csv"])
    rows = full.output.splitlines()[1:]
    assert len(rows) > 3
    table = runner.invoke(app, ["query", "papers-with-code", "--graph", graph, "--limit", "3"])
    assert table.exit_code == 0, table.output
    assert table.output.endswith(f"(3 of {len(rows)} rows)\n")  # the table ends its line as the others do
    csv_cut = runner.invoke(app, ["query", "papers-with-code", "--graph", graph, "-n", "3", "--output", "csv"])
    assert csv_cut.output.splitlines()[1:] == rows[:3]
    bad = runner.invoke(app, ["query", "papers-with-code", "--graph", graph, "--limit", "0"])
    assert bad.exit_code == 2 and "--limit" in bad.output


def test_a_large_graph_is_indexed_once_and_the_user_is_told(tmp_path, monkeypatch):
    """Large graph files are parsed into an on-disk store before their first query (~30 s at 100,000 papers):
    stderr says so the first time only, and the answer on stdout is the same both times."""
    from kg import query as q

    assert runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"]).exit_code == 0
    monkeypatch.setattr(q, "PERSIST_MIN_BYTES", 0)  # every file counts as large
    args = ["query", "papers-with-code", "--graph", str(tmp_path / "graph.ttl"), "--output", "csv"]
    first, second = runner.invoke(app, args), runner.invoke(app, args)
    assert first.exit_code == second.exit_code == 0, first.output
    assert first.stderr.startswith(f"indexing {tmp_path / 'graph.ttl'} into ") and second.stderr == ""
    assert (tmp_path / ".graph.ttl.oxigraph").is_dir()
    assert first.stdout == second.stdout and len(first.stdout.splitlines()) > 3
    traced = runner.invoke(app, ["trace", "IEMOCAP", "--graph", str(tmp_path / "graph.ttl")])
    assert traced.exit_code == 0 and traced.stderr == ""  # kg trace reopens the same store


def test_trace_and_suggestion(tmp_path):
    assert runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"]).exit_code == 0
    graph = str(tmp_path / "graph.ttl")
    ok = runner.invoke(app, ["trace", "IEMOCAP", "--graph", graph])
    assert ok.exit_code == 0, ok.output
    assert "IEMOCAP" in ok.output
    meld = runner.invoke(app, ["trace", "MELD dataset", "--graph", graph])
    assert meld.exit_code == 0, meld.output
    miss = runner.invoke(app, ["trace", "IEMOCPA", "--graph", graph])
    assert miss.exit_code == 1
    assert "IEMOCAP" in miss.output


def test_trace_lists_the_first_papers_and_counts_the_rest(tmp_path):
    assert runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"]).exit_code == 0
    graph = str(tmp_path / "graph.ttl")
    every = runner.invoke(app, ["trace", "IEMOCAP", "--graph", graph, "--all"])
    users = int(re.search(r"Used by (\d+) papers:", every.output).group(1))
    assert users > 3 and "more (--all" not in every.output
    cut = runner.invoke(app, ["trace", "IEMOCAP", "--graph", graph, "--limit", "2"])
    assert f"Used by {users} papers (the first 2 by date):" in cut.output
    assert f"  ... and {users - 2} more (--all lists every one)" in cut.output
    # the first two listed are the first two of the whole list
    listed = lambda out: re.findall(r"^  \d+\. .*$", out.split("Used by")[1], flags=re.M)
    assert listed(cut.output) == listed(every.output)[:2]
    paper = re.sub(r"^  1\. \S+  ", "", listed(every.output)[0])
    one = runner.invoke(app, ["trace", "--paper", paper, "--graph", graph, "--limit", "1"])
    assert one.exit_code == 0 and re.search(r"also linked from \d+ other papers \(the first 1 by date\):", one.output)
    bad = runner.invoke(app, ["trace", "IEMOCAP", "--graph", graph, "--limit", "0"])
    assert bad.exit_code == 2 and "--limit" in bad.output


def test_explain_and_validate(tmp_path):
    assert runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"]).exit_code == 0
    graph = str(tmp_path / "graph.ttl")
    ex = runner.invoke(app, ["explain", "DICE-Talk", "--graph", graph])
    assert ex.exit_code == 1  # a method name, not a title: no paper title contains it
    ex = runner.invoke(app, ["explain", "Correlation-Aware Emotional Talking Portrait", "--graph", graph])
    assert ex.exit_code == 0, ex.output
    assert "usesDataset MEAD" in ex.output and "rule" in ex.output
    val = runner.invoke(app, ["validate", graph])
    assert val.exit_code == 0, val.output
    assert "0 violations" in val.output


def test_export_graphml_and_csv(tmp_path):
    assert runner.invoke(app, ["build", "--out", str(tmp_path), "--no-html"]).exit_code == 0
    for fmt, name in (("graphml", "graph.graphml"), ("csv", "edges.csv"), ("nt", "graph.nt")):
        result = runner.invoke(app, ["export", "--format", fmt, "--graph", str(tmp_path / "graph.ttl"),
                                     "--out", str(tmp_path)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 1000


def test_docs_page_lists_every_class(tmp_path):
    out = tmp_path / "ontology.html"
    result = runner.invoke(app, ["docs", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    for term in ("ontology#Paper", "ontology#Dataset", "ontology#usesDataset", "task/speech-emotion-recognition"):
        assert term in page
    assert "<script" not in page


def test_synth_is_deterministic_and_builds(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert runner.invoke(app, ["synth", "50", "-o", str(a), "--seed", "3"]).exit_code == 0
    assert runner.invoke(app, ["synth", "50", "-o", str(b), "--seed", "3"]).exit_code == 0
    assert a.read_bytes() == b.read_bytes() and len(a.read_text().splitlines()) == 50
    listing = tmp_path / "c.txt"
    assert runner.invoke(app, ["synth", "20", "-o", str(listing)]).exit_code == 0
    result = runner.invoke(app, ["build", str(a), str(listing), "--out", str(tmp_path / "o"), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "papers          70" in result.output


def test_eval_against_scores_two_annotations(tmp_path):
    first = {"papers": [{"title": "A", "tasks": ["speech-emotion-recognition"], "modalities": ["speech"]}]}
    second = [{"title": "A", "tasks": ["speech-emotion-recognition", "dimensional-affect-prediction"],
               "modalities": ["speech"]}]
    (tmp_path / "a.json").write_text(json.dumps(first))
    (tmp_path / "b.json").write_text(json.dumps(second))
    result = runner.invoke(app, ["eval", str(tmp_path / "a.json"), "--against", str(tmp_path / "b.json")])
    assert result.exit_code == 0, result.output
    assert "papers scored: 1" in result.output
    assert "tasks                0.500   1.000  0.667     1    1    0" in result.output
    assert "A: dimensional-affect-prediction" in result.output
    both = runner.invoke(app, ["eval", str(tmp_path / "a.json"), "x.txt", "--against", str(tmp_path / "b.json")])
    assert both.exit_code == 2 and "--against" in both.output


def test_synthetic_invented_dataset_names_stay_uncatalogued(tmp_path):
    """The synthetic corpus's long tail is invented names: none may be read as a catalogued dataset it
    starts with ("EmoSet-12" is EmoSet at a size), or the tail folds into one head."""
    import kg
    from kg.synth import records

    path = tmp_path / "s.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records(400, seed=5)))
    g = kg.build([path])
    links = [m for ex in g.extractions for m in ex.mentions if m.predicate in ("usesDataset", "introducesDataset")]
    catalogued = {c.iri for c in kg.vocab.load().of_kind("dataset")}
    invented = [m for m in links if m.label.startswith("AffSet-")]
    assert len(invented) > 50 and not any(m.target in catalogued for m in invented)


def test_no_classifier_reads_tasks_with_the_rules_alone(tmp_path):
    """--no-classifier: no task edge comes from the classifier, and an incremental build that switches
    the setting does not reuse the other setting's extractions or outputs."""
    listing = Path(__file__).parent / "data" / "heldout52a" / "listing.txt"
    out = tmp_path / "out"

    def build(*flags):
        result = runner.invoke(app, ["build", str(listing), "-o", str(out), "--no-html", "--incremental", *flags])
        assert result.exit_code == 0, result.output
        report = json.loads((out / "build-report.json").read_text(encoding="utf-8"))
        return (out / "graph.ttl").read_text(encoding="utf-8"), report["task_classifier"]

    learned, used = build()
    assert used is True and '"classifier"' in learned
    rules, used = build("--no-classifier")
    assert used is False and '"classifier"' not in rules and rules != learned
    again, _ = build()
    assert again == learned  # back to the classifier: its own cached outputs, byte for byte
