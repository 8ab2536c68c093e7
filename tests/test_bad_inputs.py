"""Bad inputs: every one ends in a one-line message naming the file (and line), with its own error
type and exit code, or in a Problem record; nothing is dropped silently."""
from __future__ import annotations

import json
import os
import random
import re
import time
from pathlib import Path

import pytest

import kg
from kg.errors import (BinaryInput, EmptyInput, InputError, MalformedInput, MissingInput, NotAFile,
                       UnknownFormat)
from kg.ingest import read_path, read_paths
from kg.models import Paper, Problem

FIXTURES = Path(__file__).resolve().parent / "data" / "fixtures"
CORPUS = sorted((Path(kg.__file__).resolve().parent / "corpus").glob("*.txt"))
LISTING = (FIXTURES / "listing_c.txt").read_text(encoding="utf-8")
TEN_MB = 10 * 1024 * 1024


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def fails(path: Path, kind: type[InputError], fmt: str | None = None) -> InputError:
    """Read ``path``, expect ``kind``, and check the message is one line that names the file."""
    with pytest.raises(InputError) as info:
        read_path(path, fmt)
    err = info.value
    assert type(err) is kind, f"{type(err).__name__}: {err}"
    assert err.exit_code == kind.exit_code
    message = str(err)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(f"{path}:" if err.line is None else f"{path}:{err.line}: ")
    assert message == f"{err.location()}: {err.message}"
    return err


def one_line(problem: Problem) -> str:
    text = f"{problem.location()}: {problem.reason}"
    assert "\n" not in text and "\r" not in text
    return text


def titles(papers: list[Paper]) -> list[str]:
    return [p.title for p in papers]


def test_error_types_have_distinct_exit_codes():
    codes = [c.exit_code for c in (MissingInput, NotAFile, BinaryInput, EmptyInput, UnknownFormat, MalformedInput)]
    assert codes == [3, 4, 5, 6, 7, 8]
    assert len(set(codes)) == len(codes) and InputError.exit_code not in codes


# --------------------------------------------------------------------------- unusable files


def test_empty_file(tmp_path):
    err = fails(write(tmp_path, "empty.txt", b""), EmptyInput)
    assert str(err) == f"{tmp_path / 'empty.txt'}: file is empty"
    assert err.exit_code == 6


@pytest.mark.parametrize("data", [b"   \n\t\r\n  \n", b"\n", b"\xef\xbb\xbf\r\n",
                                  "\u00a0\u3000\u2028\n".encode(), "\ufeff  \n".encode("utf-16"),
                                  "\x85\ufeff".encode()])
def test_whitespace_only_file(tmp_path, data):
    err = fails(write(tmp_path, "blank.txt", data), EmptyInput)
    assert str(err) == f"{tmp_path / 'blank.txt'}: file holds only whitespace"


def test_png_is_binary(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
    err = fails(write(tmp_path, "figure.png", png), BinaryInput)
    assert str(err) == f"{tmp_path / 'figure.png'}: binary data, not text"
    assert err.exit_code == 5


def test_random_bytes_with_nuls_are_binary(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.randrange(256) for _ in range(4096)) + b"\x00\x00"
    fails(write(tmp_path, "blob.dat", data), BinaryInput)
    # control bytes without any NUL are binary too
    fails(write(tmp_path, "ctrl.dat", bytes(range(1, 9)) * 50), BinaryInput)


def test_directory_instead_of_file(tmp_path):
    err = fails(tmp_path, NotAFile)
    assert str(err) == f"{tmp_path}: is a directory, expected a file"
    assert err.exit_code == 4


def test_missing_path(tmp_path):
    err = fails(tmp_path / "nope.txt", MissingInput)
    assert str(err) == f"{tmp_path / 'nope.txt'}: no such file"
    assert err.exit_code == 3


def test_unusable_path_names(tmp_path):
    fails(tmp_path / ("x" * 5000), NotAFile)  # name too long for the OS: not a traceback
    with pytest.raises(MissingInput):  # a NUL byte cannot name an existing file
        read_path(str(tmp_path) + "/a\x00b")


@pytest.mark.parametrize("name, text", [
    ("numbers.csv", "id,valence,arousal\n1,0.5,0.25\n2,0.75,0.1\n3,0.2,0.9\n"),
    ("wide.csv", "a,b,c\n" + "\n".join(",".join(f"{i * j}.{j}" for j in range(60)) for i in range(5)) + "\n"),
    ("poem.txt", "The rain on the roof\nis a quiet applause\nfor nothing at all\n"),
    ("notes.md", "# Notes\n\n- read the paper\n- write the review\n"),
])
def test_text_in_no_known_format(tmp_path, name, text):
    err = fails(write(tmp_path, name, text), UnknownFormat)
    assert err.message == "not a listing page, JSON/JSON Lines or BibTeX file"
    assert err.exit_code == 7


def test_reader_finds_nothing(tmp_path):
    err = fails(write(tmp_path, "none.json", "[]\n"), EmptyInput)
    assert err.message == "no paper records found (read as json)"
    err = fails(write(tmp_path, "nav.txt", "new\n\nSubscribe\n\nDaily Papers\n"), EmptyInput, "listing")
    assert err.message == "no paper records found (read as listing)"
    err = fails(write(tmp_path, "none.bib", "@comment{nothing here}\n"), MalformedInput)
    assert str(err) == f"{tmp_path / 'none.bib'}:1: no BibTeX entries found"


# --------------------------------------------------------------------------- encodings and line ends


def test_latin1_listing_is_read_with_a_warning(tmp_path):
    text = LISTING.replace("Behavioural Change", "Behavioural Change in Québec")
    data = text.encode("cp1252")
    path = write(tmp_path, "latin1.txt", data)
    papers, problems = read_path(path)
    first_bad = data.index(next(b for b in data if b >= 0x80).to_bytes(1, "big"))
    line = data[:first_bad].count(b"\n") + 1
    assert line == 17  # "  • 5 authors": "•" is 0x95 in cp1252
    assert [(p.line, p.kind) for p in problems] == [(line, "warning")]
    assert one_line(problems[0]) == f"{path}:17: not valid UTF-8; invalid bytes read as Latin-1 (cp1252)"
    assert "BAH Dataset for Ambivalence/Hesitancy Recognition in Videos for Behavioural Change in Québec" in titles(papers)
    assert [p.authors for p in papers] == [5, 9, None, 7]  # the "•" of "• 5 authors" survives too
    assert titles(papers) == [t.replace("Change", "Change in Québec") if t.startswith("BAH") else t
                              for t in titles(read_path(FIXTURES / "listing_c.txt")[0])]


def test_stray_latin1_byte_in_utf8_file_keeps_the_utf8_text(tmp_path):
    text = LISTING.replace("ReflectDiffu: Reflect", "ReflectDiffu – Émotion: Reflect")
    data = text.encode("utf-8").replace(b"Can Large", b"Can L\xe9rge")
    papers, problems = read_path(write(tmp_path, "mixed.txt", data))
    assert [(p.line, p.kind) for p in problems] == [(29, "warning")]
    assert papers[0].title.startswith("ReflectDiffu – Émotion: Reflect")  # not "Ã‰motion"
    assert papers[2].title.startswith("Can Lérge Language Models")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_bom_encodings_read_like_utf8(tmp_path, encoding):
    data = LISTING.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    papers, problems = read_path(write(tmp_path, "page.txt", data))
    expected, _ = read_path(write(tmp_path, "plain.txt", LISTING))
    assert problems == []
    assert [(p.title, p.abstract, p.authors, p.date) for p in papers] == \
        [(p.title, p.abstract, p.authors, p.date) for p in expected]
    assert not papers[0].title.startswith("\ufeff")
    assert [p.sources[0].rsplit(":", 1)[1] for p in papers] == [p.sources[0].rsplit(":", 1)[1] for p in expected]


def test_utf16_without_bom_is_refused_as_binary(tmp_path):
    fails(write(tmp_path, "u16.txt", LISTING.encode("utf-16-le")), BinaryInput)


def test_bom_then_broken_utf16(tmp_path):
    err = fails(write(tmp_path, "broken.txt", b"\xff\xfeA\x00\x00\xd8B\x00"), BinaryInput)
    assert "invalid utf-16-le text" in err.message


@pytest.mark.parametrize("fixture", ["listing_a.txt", "listing_b.txt", "listing_c.txt"])
def test_mixed_line_endings(tmp_path, fixture):
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    lines = text.split("\n")
    ends = ["\r\n", "\n", "\r"]  # never "\r" then an empty line's "\n", which would make one CR LF
    mixed = "".join(line + ends[i % 3] for i, line in enumerate(lines[:-1]))
    cr_only = text.replace("\n", "\r")
    expected, _ = read_path(write(tmp_path, "lf.txt", text))
    for name, variant in (("mixed.txt", mixed), ("cr.txt", cr_only), ("crlf.txt", text.replace("\n", "\r\n"))):
        papers, problems = read_path(write(tmp_path, name, variant))
        assert problems == []
        # same papers, same title line numbers
        assert [p._replace(sources=()) for p in papers] == [p._replace(sources=()) for p in expected]
        assert [p.sources[0].rsplit(":", 1)[1] for p in papers] == [p.sources[0].rsplit(":", 1)[1] for p in expected]


def test_latin1_warning_line_counts_cr_line_ends(tmp_path):
    data = "T1\rAbstract line\r".encode() + LISTING.replace("\n", "\r").encode("cp1252")
    _, problems = read_path(write(tmp_path, "cr.txt", data), "listing")
    warning = next(p for p in problems if p.kind == "warning" and "UTF-8" in p.reason)
    assert warning.line == 19  # line 17 of LISTING, after two lines


# --------------------------------------------------------------------------- odd listing records


def test_title_without_abstract_is_kept_with_a_warning(tmp_path):
    text = LISTING.replace(
        "BAH Dataset", "A Title Whose Abstract Is Missing\n\nBAH Dataset")
    path = write(tmp_path, "page.txt", text)
    papers, problems = read_path(path)
    assert "A Title Whose Abstract Is Missing" in titles(papers)
    kept = next(p for p in papers if p.title == "A Title Whose Abstract Is Missing")
    assert kept.abstract == "" and kept.sources == (f"{path}:21",)
    assert [one_line(p) for p in problems] == [f"{path}:21: title with no abstract; kept with title only"]
    assert problems[0].kind == "warning" and problems[0].title == "A Title Whose Abstract Is Missing"
    assert len(papers) == 5


def test_abstract_only_fragment_is_skipped_with_a_problem(tmp_path):
    orphan = ("In our everyday lives and social interactions we often try to perceive the emotional states of "
              "people. There has been a lot of research in providing robots with a similar capability. " * 2)
    # at the top of the page, and right after a complete record
    text = orphan + "\n\n" + LISTING.replace("  • 9 authors", orphan.strip() + "\n\n  • 9 authors")
    path = write(tmp_path, "page.txt", text)
    papers, problems = read_path(path)
    assert len(papers) == 4
    assert [(p.line, p.kind, p.code) for p in problems] == [(1, "skipped", 8), (27, "skipped", 8)]
    assert one_line(problems[0]) == f"{path}:1: abstract with no title; skipped"
    assert problems[0].title == orphan[:80]


def test_ten_megabyte_line_in_a_listing(tmp_path):
    huge = "emotion " * (TEN_MB // 8)
    text = LISTING.replace("Recognizing complex emotions", huge + "\n\nRecognizing complex emotions", 1)
    path = write(tmp_path, "huge.txt", text)
    start = time.perf_counter()
    papers, problems = read_path(path)
    elapsed = time.perf_counter() - start
    assert elapsed < 10, elapsed
    skipped = [p for p in problems if p.kind == "skipped"]
    assert [(p.line, p.code) for p in skipped] == [(23, 8)]
    assert one_line(skipped[0]) == f"{path}:23: line of {len(huge) - 1:,} characters is longer than 200,000; skipped"
    assert len(papers) == 4 and all(len(p.abstract) < 1000 for p in papers)


def test_ten_megabyte_line_in_json_lines(tmp_path):
    good = json.dumps({"title": "A Good Paper", "abstract": "Fine."})
    huge = json.dumps({"title": "Huge", "abstract": "x" * TEN_MB})
    path = write(tmp_path, "huge.jsonl", "\n".join([good, huge, good.replace("Good", "Second")]) + "\n")
    start = time.perf_counter()
    papers, problems = read_path(path)
    assert time.perf_counter() - start < 10
    assert titles(papers) == ["A Good Paper", "A Second Paper"]
    assert [(p.line, p.kind, p.code) for p in problems] == [(2, "skipped", 8)]
    assert one_line(problems[0]) == f"{path}:2: line of {len(huge):,} characters is too long; skipped"


def test_ten_megabyte_abstract_in_a_json_array(tmp_path):
    path = write(tmp_path, "huge.json", json.dumps([{"title": "Huge", "abstract": "x" * TEN_MB}, {"title": "Ok"}]))
    papers, problems = read_path(path)
    assert titles(papers) == ["Ok"]
    assert [one_line(p) for p in problems] == [
        f"{path}: record 1: title or abstract longer than 200,000 characters; skipped"]


# --------------------------------------------------------------------------- JSON


def test_malformed_json_array_names_the_line(tmp_path):
    path = write(tmp_path, "bad.json", '[\n  {"title": "A"},\n  {"title": "B",,}\n]\n')
    err = fails(path, MalformedInput)
    assert err.line == 3 and err.exit_code == 8
    assert str(err) == f"{path}:3: invalid JSON: Expecting property name enclosed in double quotes (column 17)"


@pytest.mark.parametrize("text, reason", [
    ("[" * 100_000, "invalid JSON: nested too deeply"),
    ('[{"title": "A", "upvotes": ' + "9" * 5000 + "}]",
     "invalid JSON: Exceeds the limit (4300 digits) for integer string conversion"),
])
def test_json_that_crashes_the_json_module(tmp_path, text, reason):
    err = fails(write(tmp_path, "evil.json", text), MalformedInput)
    assert err.message == reason


def test_top_level_json_that_is_not_an_array_of_records(tmp_path):
    err = fails(write(tmp_path, "obj.json", '[{"title": "A"}'), MalformedInput)
    assert err.line == 1
    papers, problems = read_path(write(tmp_path, "scalar.json", '{"name": "not a paper"}'))
    assert papers == [] and [one_line(p) for p in problems] == [f"{tmp_path / 'scalar.json'}:1: no title; skipped"]


def test_malformed_json_lines_among_good_ones(tmp_path):
    lines = [
        '{"title": "First Good Paper", "authors": 2}',
        '{"title": "Broken", ',
        "",
        '{"title": "Second Good Paper"}',
        "not json at all",
        '{"title": "Big", "upvotes": ' + "1" * 5000 + "}",
        '{"title": "Third Good Paper"}\r',
    ]
    path = write(tmp_path, "mixed.jsonl", "\n".join(lines) + "\n")
    papers, problems = read_path(path)
    assert titles(papers) == ["First Good Paper", "Second Good Paper", "Third Good Paper"]
    assert [p.sources for p in papers] == [(f"{path}:1",), (f"{path}:4",), (f"{path}:7",)]
    assert [(p.line, p.kind, p.code) for p in problems] == [(2, "skipped", 8), (5, "skipped", 8), (6, "skipped", 8)]
    assert one_line(problems[0]) == f"{path}:2: invalid JSON: Expecting property name enclosed in double quotes " \
                                    "(column 21); skipped"
    assert one_line(problems[1]) == f"{path}:5: invalid JSON: Expecting value (column 1); skipped"


def test_json_records_with_no_title_or_not_objects(tmp_path):
    jsonl = write(tmp_path, "r.jsonl", "\n".join([
        '{"title": "Kept"}', '{"abstract": "no title here"}', '{"title": "   "}', '{"title": 42}',
        '"just a string"', "[1, 2]", "null"]) + "\n")
    papers, problems = read_path(jsonl)
    assert titles(papers) == ["Kept"]
    assert [one_line(p) for p in problems] == [
        f"{jsonl}:2: no title; skipped", f"{jsonl}:3: no title; skipped", f"{jsonl}:4: no title; skipped",
        f"{jsonl}:5: not a JSON object; skipped", f"{jsonl}:6: not a JSON object; skipped",
        f"{jsonl}:7: not a JSON object; skipped"]
    assert {p.kind for p in problems} == {"skipped"} and {p.code for p in problems} == {8}
    array = write(tmp_path, "r.json", json.dumps([{"title": "Kept"}, {"abstract": "x"}, 3, "s"]))
    papers, problems = read_path(array)
    assert titles(papers) == ["Kept"]
    assert [one_line(p) for p in problems] == [
        f"{array}: record 2: no title; skipped", f"{array}: record 3: not a JSON object; skipped",
        f"{array}: record 4: not a JSON object; skipped"]


def test_json_lone_surrogate_escape(tmp_path):
    papers, _ = read_path(write(tmp_path, "s.jsonl", '{"title": "Emotion \\ud800 Recognition"}\n'))
    assert papers[0].title == "Emotion \ufffd Recognition"
    papers[0].title.encode("utf-8")


# --------------------------------------------------------------------------- BibTeX


def test_bibtex_unbalanced_braces(tmp_path):
    text = ("@misc{good1, title = {First {Good} Entry}, year = 2020}\n"
            "\n"
            "@article{broken,\n"
            "  title = {An {Unbalanced Title},\n"
            "  year = 2021\n"
            "}\n"
            "\n"
            "@misc{good2, title = {Second Good Entry}}\n")
    path = write(tmp_path, "refs.bib", text)
    papers, problems = read_path(path)
    assert titles(papers) == ["First Good Entry", "Second Good Entry"]
    assert [one_line(p) for p in problems] == [
        f"{path}:3: BibTeX entry could not be parsed (unbalanced braces or quotes?); skipped"]
    assert (problems[0].kind, problems[0].code) == ("skipped", 8)
    assert papers[1].sources == (f"{path}:8",)


def test_bibtex_entry_without_title_and_duplicate_keys(tmp_path):
    text = ("@misc{a, title = {One}}\r\n"
            "@misc{b, author = {Nobody}}\r\n"
            "@misc{a, title = {Another Paper, Same Key}}\r\n"
            '@misc{c, title = {First}, title = "Second {Word}", author = {{X and Y}}}\r\n')
    path = write(tmp_path, "refs.bib", text)
    papers, problems = read_path(path)
    assert titles(papers) == ["One", "Another Paper, Same Key", "Second Word"]
    assert papers[2].authors == 1
    assert [(one_line(p), p.kind) for p in problems] == [
        (f"{path}:2: entry 'b' has no usable title; skipped", "skipped"),
        (f"{path}:3: duplicate entry key 'a'; entry kept", "warning"),
        (f"{path}:4: entry 'c' repeats a field; the last value is used; entry kept", "warning")]


# --------------------------------------------------------------------------- many inputs


def test_read_paths_keeps_good_inputs_and_reports_each_bad_one(tmp_path):
    os.mkdir(tmp_path / "adir")
    bad = {
        "missing.txt": (None, 3),
        "adir": (None, 4),
        "blob.bin": (b"\x89PNG\r\n\x1a\n\x00\x00", 5),
        "empty.txt": (b"", 6),
        "poem.txt": (b"Roses are red\nviolets are blue\n", 7),
        "bad.json": (b'[{"title": "x"},\n oops]', 8),
    }
    paths = [FIXTURES / "listing_a.txt"]
    for name, (data, _) in bad.items():
        if data is not None:
            write(tmp_path, name, data)
        paths.append(tmp_path / name)
    paths.append(FIXTURES / "papers.jsonl")
    result = read_paths(paths)
    assert len(result.papers) == 3 + 3
    assert result.files == [str(p) for p in paths]
    errors = [p for p in result.problems if p.kind == "error"]
    assert [(Path(p.path).name, p.code) for p in errors] == [(n, c) for n, (_, c) in bad.items()]
    assert len(errors) == len(result.problems)
    assert [one_line(p) for p in errors] == [
        f"{tmp_path / 'missing.txt'}: no such file",
        f"{tmp_path / 'adir'}: is a directory, expected a file",
        f"{tmp_path / 'blob.bin'}: binary data, not text",
        f"{tmp_path / 'empty.txt'}: file is empty",
        f"{tmp_path / 'poem.txt'}:1: not a listing page, JSON/JSON Lines or BibTeX file",
        f"{tmp_path / 'bad.json'}:2: invalid JSON: Expecting value (column 2)",
    ]


# --------------------------------------------------------------------------- nothing lost

NAV = {"new", "subscribe", "daily papers", "byak and the research community",
       "get trending papers in your email inbox once a day!", "get trending papers in your email inbox!"}
META = re.compile(r"^(?:•\s*\d+\s+authors?|·|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}"
                  r"(?:, \d{4})?(?: \d+)?)$")


def listing_records(text: str) -> tuple[set[int], set[int]]:
    """Independent count of a listing's title lines and abstract lines (titles are short, abstracts long)."""
    lines = [" ".join(raw.split()) for raw in re.split(r"\r\n|\r|\n", text)]
    title_lines, abstract_lines = set(), set()
    for i, line in enumerate(lines):
        nxt = next((ln for ln in lines[i + 1:] if ln), "")
        if not line or line.lower() in NAV or META.match(line) or nxt == "·":
            continue
        (abstract_lines if len(line) >= 250 else title_lines).add(i + 1)
    return title_lines, abstract_lines


def assert_listing_accounted(path: Path, text: str, papers: list[Paper], problems: list[Problem]) -> None:
    title_lines, abstract_lines = listing_records(text)
    assert title_lines, path
    out = [int(p.sources[0].rsplit(":", 1)[1]) for p in papers]
    assert sorted(out) == sorted(title_lines), "every title line is one paper"
    skipped = {p.line for p in problems if p.kind == "skipped"}
    assert skipped <= abstract_lines
    with_abstract = sum(1 for p in papers if p.abstract)
    assert with_abstract + len(skipped) == len(abstract_lines), "every abstract is in a paper or a problem"
    no_abstract = {p.line for p in problems if p.kind == "warning" and p.reason.startswith("title with no")}
    assert no_abstract == {n for n, p in zip(out, papers) if not p.abstract}


@pytest.mark.parametrize("path", CORPUS + [FIXTURES / f"listing_{x}.txt" for x in "abc"], ids=lambda p: p.name)
def test_nothing_lost_in_listings(path):
    papers, problems = read_path(path)
    assert_listing_accounted(path, path.read_text(encoding="utf-8"), papers, problems)


def test_nothing_lost_in_the_bundled_corpus():
    result = read_paths(CORPUS)
    total_titles = sum(len(listing_records(p.read_text(encoding="utf-8"))[0]) for p in CORPUS)
    assert total_titles == 317
    assert len(result.papers) + sum(1 for p in result.problems if p.kind == "skipped") == total_titles


def test_nothing_lost_in_bad_listings(tmp_path):
    orphan = "An orphan abstract with no title. It is long enough to be prose and has sentences. " * 4
    text = LISTING.replace("BAH Dataset", f"A Title Whose Abstract Is Missing\n\n{orphan}\n\n{orphan}\n\nBAH Dataset")
    text = text.replace("Can Large", "x" * 300_000 + "\n\nCan Large")
    path = write(tmp_path, "bad.txt", text)
    papers, problems = read_path(path)
    assert_listing_accounted(path, text, papers, problems)
    assert sum(p.kind == "skipped" for p in problems) == 2


@pytest.mark.parametrize("name", ["papers.jsonl", "papers.json", "papers_object.json"])
def test_nothing_lost_in_json_fixtures(name):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        records = [line for line in text.splitlines() if line.strip()]
    else:
        doc = json.loads(text)
        records = doc["papers"] if isinstance(doc, dict) else doc
    papers, problems = read_path(FIXTURES / name)
    assert len(papers) + sum(p.kind == "skipped" for p in problems) == len(records)


def test_nothing_lost_in_bibtex(tmp_path):
    for path in (FIXTURES / "refs.bib", write(tmp_path, "mixed.bib", (
            "@misc{a, title={A}}\n@misc{b, title={B {x}\n\n@misc{c, title={C}}\n@misc{d, note={no title}}\n"))):
        text = path.read_text(encoding="utf-8")
        entries = len(re.findall(r"^@(?!comment|string|preamble)\w+\s*[{(]", text, re.MULTILINE | re.IGNORECASE))
        papers, problems = read_path(path)
        assert len(papers) + sum(p.kind == "skipped" for p in problems) == entries
