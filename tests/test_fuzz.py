"""Property tests: the readers never fail with anything but an InputError, never return a blank or padded
title, and lose no record of a well-formed input; paper IRIs are deterministic, safe and collision-free.

Strategies draw whole titles and abstracts from pools (the bundled pages plus hand-made awkward ones) and
pack metadata into single integers: Hypothesis spends its time running the readers, not building lists.
"""
from __future__ import annotations

import atexit
import json
import re
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, note, settings
from hypothesis import strategies as st

import kg
from kg.errors import InputError
from kg.ids import paper_iri, title_key
from kg.ingest import READERS, read_path, read_paths, sniff
from kg.ingest.text import decode_bytes
from kg.models import Paper, Problem

FUZZ = settings(max_examples=1000, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                       HealthCheck.data_too_large])
IRI = re.compile(r"^https://w3id\.org/affect-kg/paper/[a-z0-9-]+$")
NAV = {"new", "subscribe", "daily papers", "byak and the research community",
       "get trending papers in your email inbox once a day!", "get trending papers in your email inbox!"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
META = re.compile(r"^(?:•\s*\d+\s+authors?|·|(?:%s) \d{1,2}(?:, \d{4})?(?:\s+\d+)?)$" % "|".join(MONTHS))
LINE_BREAK = re.compile(r"\r\n|\r|\n")


def check(papers: list[Paper], problems: list[Problem]) -> None:
    """What every reader promises, whatever it was given."""
    for paper in papers:
        assert isinstance(paper, Paper)
        assert paper.title and paper.title == paper.title.strip(), repr(paper.title)
        assert paper.sources and all(isinstance(s, str) for s in paper.sources)
        assert paper.authors is None or (isinstance(paper.authors, int) and paper.authors >= 0)
        assert paper.date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", paper.date)
        assert IRI.match(paper_iri(paper.title))
    for problem in problems:
        assert isinstance(problem, Problem) and problem.kind in {"error", "skipped", "warning"}
        assert "\n" not in problem.reason and "\r" not in problem.reason


def read_text(fmt: str, text: str) -> tuple[list[Paper], list[Problem]] | None:
    """Run one reader; None when it refused the whole text with an InputError (allowed)."""
    try:
        papers, problems = READERS[fmt](text, "fuzz.txt")
    except InputError as err:
        assert "\n" not in str(err)
        return None
    check(papers, problems)
    return papers, problems


# --------------------------------------------------------------------------- arbitrary text

STRUCTURAL = '{}[]",:@=\\%#\n\r\t ·•.?!-\u2028\x85\ufeff\u00a0aAé0'
TOKENS = ["@misc{", "@article{k,", "title = {", "title", "}", "{", '"', "\n", "\r\n", "\r", "\n\n", "Subscribe",
          "• 5 authors", "·", "Mar 14", "Sep 16, 2024 2", "and", "[", "]", "{\"title\": ", "null", "\\'", "  "]
ANY_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(st.characters(codec=None, categories=[], include_characters=STRUCTURAL), max_size=300),
    st.tuples(st.text(max_size=40), st.sampled_from(TOKENS), st.text(max_size=40), st.sampled_from(TOKENS),
              st.text(st.characters(codec=None, categories=[], include_characters=STRUCTURAL), max_size=80)
              ).map("".join),
)


@FUZZ
@given(text=ANY_TEXT)
def test_listing_reader_on_any_text(text):
    read_text("listing", text)


@FUZZ
@given(text=ANY_TEXT)
def test_json_reader_on_any_text(text):
    read_text("json", text)


@FUZZ
@given(text=ANY_TEXT)
def test_bibtex_reader_on_any_text(text):
    read_text("bibtex", text)


TMP = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
atexit.register(shutil.rmtree, TMP, ignore_errors=True)


@FUZZ
@given(data=st.one_of(st.binary(max_size=400), ANY_TEXT.map(lambda t: t.encode("utf-8")),
                      ANY_TEXT.map(lambda t: t.encode("utf-16")), ANY_TEXT.map(lambda t: t.encode("cp1252", "ignore")),
                      st.tuples(ANY_TEXT, st.binary(max_size=8)).map(lambda tb: tb[0].encode() + tb[1])))
def test_decode_sniff_read_on_any_bytes(data):
    try:
        text, warnings = decode_bytes(data, "fuzz.bin")
    except InputError:
        text = None
    if text is not None:
        assert isinstance(text, str) and text.replace("\ufeff", "").strip()
        assert all(w.kind == "warning" for w in warnings)
        fmt = sniff(text)
        assert fmt in (None, *READERS)
        if fmt:
            read_text(fmt, text)
    # the same bytes through a real file and read_path
    path = TMP / "input"
    path.write_bytes(data)
    try:
        papers, problems = read_path(path)
    except InputError as err:
        assert str(err).startswith(str(path)) and "\n" not in str(err)
        assert err.exit_code in {5, 6, 7, 8}
        return
    assert text is not None
    check(papers, problems)


# --------------------------------------------------------------------------- listing grammar

_CORPUS = read_paths(sorted((Path(kg.__file__).resolve().parent / "corpus").glob("*.txt"))).papers


def _title_ok(title: str) -> bool:
    norm = " ".join(title.split())
    return bool(norm) and norm.lower() not in NAV and not META.match(norm) and len(norm) <= 150 \
        and not LINE_BREAK.search(title)


TRICKY_TITLES = [
    "[Re] Emotion Recognition in the Wild", "{Braced} Emotion Title", "Subscriber Emotions Predict Churn",
    "Émotion – naïve? Yes!", "感情認識のための大規模データセット", "Распознавание эмоций в речи",
    "Title with\u2028line separator", "A\u00a0title  with   odd\tspacing ", "  Leading and trailing  ",
    "Emotion: Mar 14 edition", "5 authors", "Mar", "·Dot", "Code at https://github.com/a/b.", "@misc{not bibtex",
    "new models", "Daily Papers Are Fun", "Get trending papers", '{"title": "json-looking"}', "x",
]
TITLES = sorted({p.title for p in _CORPUS if _title_ok(p.title)}) + TRICKY_TITLES
assert all(_title_ok(t) for t in TRICKY_TITLES)


def _prose(sentence: str) -> str:
    return " ".join([sentence] * (300 // len(sentence) + 1))


ABSTRACTS = sorted({p.abstract for p in _CORPUS})[:60] + [
    _prose("Émotion recognition with naïve models. Code: https://github.com/x/y."),
    _prose("感情認識の研究です。大規模なデータセットを構築した。"),
    _prose("An abstract with\u2028a line separator and\x85a NEL inside. Still one line."),
    _prose("Short. Sentences! Many? Of them."),
]
TITLE = st.one_of(st.sampled_from(TITLES), st.text(min_size=1, max_size=60).filter(_title_ok))
ABSTRACT = st.sampled_from(ABSTRACTS)
KINDS = ["paper", "paper", "paper", "title_only", "orphan"]


def _meta(n: int) -> tuple[int | None, str | None, str, int | None]:
    """Unpack one integer into (authors, organisation, date, upvotes); 0 is the plainest block."""
    n, authors = divmod(n, 41)
    n, month = divmod(n, 12)
    n, day = divmod(n, 28)
    n, year = divmod(n, 41)
    n, upvotes = divmod(n, 502)
    org = None if authors else "KoreaUniversity Korea University"
    date = f"{MONTHS[month]} {day + 1}" + (f", {1990 + year - 1}" if year else "")
    return authors or None, org, date, (upvotes - 1 if upvotes else None)


RECORD = st.tuples(st.sampled_from(KINDS), TITLE, ABSTRACT, st.one_of(st.none(), st.integers(0, 41 * 12 * 28 * 41 * 502)))


@st.composite
def listing(draw):
    layout = draw(st.sampled_from("abc"))
    raw = draw(st.lists(RECORD, min_size=1, max_size=6))
    records = []
    for i, (kind, title, abstract, meta) in enumerate(raw):
        # an orphan abstract opens the page or follows a complete record (after a bare title it is its abstract)
        if kind == "orphan" and i and records[-1]["kind"] == "title_only":
            kind = "paper"
        authors, org, date, upvotes = _meta(meta) if layout == "c" and kind == "paper" and meta is not None \
            else (None, None, None, None)
        records.append({"kind": kind, "title": title, "abstract": abstract, "authors": authors, "org": org,
                        "date": date, "upvotes": upvotes})
    sep = "\n" if layout == "a" else "\n\n"
    if layout == "a":
        header = "Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!\n"
    else:
        header = ("new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\n"
                  "byAK and the research community\n\nMay 7\n\n")
    blocks = []
    for rec in records:
        lines = [] if rec["kind"] == "orphan" else [rec["title"]]
        if rec["kind"] != "title_only":
            lines.append(rec["abstract"])
        if rec["date"]:
            meta = f"  • {rec['authors']} authors" if rec["authors"] is not None else rec["org"]
            upvotes = f" {rec['upvotes']}" if rec["upvotes"] is not None else ""
            lines.append(f"{meta}\n·\n{rec['date']}{upvotes}")
        blocks.append(sep.join(lines))
    body = sep.join(blocks)
    if layout == "a" and records[0]["kind"] != "orphan":
        body = "Subscribe" + body.lstrip()  # the header glued to the first title
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = (header + body + "\n").replace("\n", eol)
    note(f"layout {layout}, eol {eol!r}")
    return text, records


@FUZZ
@given(generated=listing())
def test_well_formed_listings_lose_nothing(generated):
    text, records = generated
    result = read_text("listing", text)
    assert result is not None
    papers, problems = result
    skipped = [p for p in problems if p.kind == "skipped"]
    warnings = [p for p in problems if p.kind == "warning"]
    assert len(papers) + len(skipped) == len(records)
    assert len(skipped) == sum(r["kind"] == "orphan" for r in records)
    assert len(warnings) == sum(r["kind"] == "title_only" for r in records)
    kept = [r for r in records if r["kind"] != "orphan"]
    assert [p.title for p in papers] == [" ".join(r["title"].split()) for r in kept]
    for paper, rec in zip(papers, kept):
        assert paper.abstract == ("" if rec["kind"] == "title_only" else " ".join(rec["abstract"].split()))
        assert paper.authors == rec["authors"]
        assert paper.date_text == rec["date"]
        assert paper.upvotes == rec["upvotes"]
        assert (paper.date is not None) == bool(rec["date"] and "," in rec["date"])  # ISO only with a year
    # a page with at least one complete record is sniffed as a listing
    if any(r["kind"] == "paper" for r in records):
        assert sniff(text) == "listing"


LINE = st.one_of(TITLE, ABSTRACT, st.integers(0, 41 * 12 * 28 * 41 * 502).map(lambda n: _meta(n)[2]),
                 st.integers(0, 99).map(lambda n: f"• {n} authors"), st.sampled_from(["·", "", "Subscribe"]),
                 st.sampled_from(sorted(NAV)), st.text(max_size=30), TITLE.map(lambda t: "Subscribe" + t))


@FUZZ
@given(lines=st.lists(LINE, max_size=10), eol=st.sampled_from(["\n", "\r\n", "\r", "\n\n"]))
def test_listing_reader_on_shuffled_plausible_lines(lines, eol):
    text = eol.join(lines)
    result = read_text("listing", text)
    if result:
        papers, problems = result
        # every abstract-length line ends in a paper or a problem
        long_lines = sum(1 for ln in LINE_BREAK.split(text) if len(" ".join(ln.split())) > 300)
        assert sum(1 for p in papers if p.abstract) + sum(p.kind == "skipped" for p in problems) >= long_lines


# --------------------------------------------------------------------------- JSON Lines from random dicts

FIELDS = ["title", "abstract", "authors", "date", "url", "arxiv_id", "upvotes", "venue", "Title"]
VALUES = [None, True, False, 0, 3, -2, 2.5, 10**30, "", "  ", "Mar 14", "Sep 16, 2024", "2024-02-30", "2023-05-01T10:00",
          "2023", [], ["A", "B"], [1, None], {"name": "x"}, "Emotion\u2028Recognition\x85 Study", "\ud800 lone",
          "Émotion – naïve", "https://github.com/a/b.", "\t padded title \n"] + TITLES[:40]
JSON_VALUE = st.one_of(st.sampled_from(VALUES), st.text(max_size=20), st.integers())
JSON_RECORD = st.dictionaries(st.sampled_from(FIELDS), JSON_VALUE, max_size=4)
JSON_LINE = st.one_of(JSON_RECORD, JSON_RECORD, st.sampled_from(VALUES),
                      st.text(max_size=20).map(lambda s: "x" + LINE_BREAK.sub(" ", s)))


def _expected_title(rec) -> str | None:
    if not isinstance(rec, dict) or not isinstance(rec.get("title"), str):
        return None
    title = re.sub(r"[\ud800-\udfff]", "\ufffd", rec["title"])
    return " ".join(title.split()) or None


@FUZZ
@given(first=JSON_RECORD, rest=st.lists(JSON_LINE, max_size=5), ascii_only=st.booleans(),
       eol=st.sampled_from(["\n", "\r\n"]))
def test_json_lines_lose_nothing(first, rest, ascii_only, eol):
    records = [first, *rest]  # a file opening with "[" would be a JSON array, not JSON Lines
    lines = [r if isinstance(r, str) and r.startswith("x") else json.dumps(r, ensure_ascii=ascii_only)
             for r in records]
    text = eol.join(lines) + eol
    result = read_text("json", text)
    assert result is not None
    papers, problems = result
    assert len(papers) + sum(p.kind == "skipped" for p in problems) == len(records)
    assert [p.title for p in papers] == [t for r in records if (t := _expected_title(r))]
    assert [p.sources for p in papers] == [(f"fuzz.txt:{i}",) for i, r in enumerate(records, 1)
                                           if _expected_title(r)]
    assert sniff(text) == "json"


@FUZZ
@given(records=st.lists(st.one_of(JSON_RECORD, st.sampled_from(VALUES)), max_size=4), wrap=st.booleans())
def test_json_documents_lose_nothing(records, wrap):
    text = json.dumps({"papers": records} if wrap else records, indent=wrap or None, ensure_ascii=False)
    papers, problems = read_text("json", text) or ([], [])
    assert len(papers) + sum(p.kind == "skipped" for p in problems) == len(records)
    assert [p.title for p in papers] == [t for r in records if (t := _expected_title(r))]


# --------------------------------------------------------------------------- BibTeX entries

BIB_VALUES = ["Emotion Recognition", "{Emotion} {R}ecognition", "{\\'E}motion and {M}{\\\"u}ller", "A and B and C",
              "{Barnes and Noble} and Smith, J.", "\\textbf{Bold} \\& \\emph{it}", "x~y", "2024", "feb", "March",
              "{{Double}} braced", "https://github.com/a/b.", "10.1000/xyz", "2402.12071", "感情 認識", "  ", "",
              "{}", "{ }", "Title with 50\\% off", "\\url{http://x.org/a_b}", "na\\\"ive \\c{c}a"]
BIB_FIELDS = ["title", "author", "year", "month", "abstract", "doi", "url", "eprint", "note", "date", "TITLE"]
BIB_ENTRY = st.tuples(st.sampled_from(["article", "misc", "inproceedings", "Article"]),
                      st.dictionaries(st.sampled_from(BIB_FIELDS),
                                      st.one_of(st.sampled_from(BIB_VALUES), st.sampled_from(TITLES[:50])),
                                      max_size=3),
                      st.integers(0, 2**8))


def _bib_entry(i: int, kind: str, fields: dict[str, str], style: int) -> str:
    body = []
    for j, (name, value) in enumerate(fields.items()):
        quoted = (style >> j) & 1 and '"' not in value
        body.append(f'  {name} = "{value}"' if quoted else f"  {name} = {{{value}}}")
    return f"@{kind}{{key{i},\n" + ",\n".join(body) + "\n}\n"


def _has_title(fields: dict[str, str]) -> bool:
    value = next((v for k, v in fields.items() if k.lower() == "title"), "")
    return bool(value.replace("{", "").replace("}", "").strip())


@FUZZ
@given(entries=st.lists(BIB_ENTRY, min_size=1, max_size=3),
       junk=st.sampled_from(["", "% a comment\n", "@comment{x}\n", "Some stray text\n", "@string{foo = {Foo}}\n"]),
       eol=st.sampled_from(["\n", "\r\n", "\r"]))
def test_well_formed_bibtex_loses_nothing(entries, junk, eol):
    # one title per entry: a repeated field is a different test
    entries = [(k, {n.lower(): v for n, v in f.items()}, s) for k, f, s in entries]
    text = (junk + "\n".join(_bib_entry(i, *e) for i, e in enumerate(entries))).replace("\n", eol)
    result = read_text("bibtex", text)
    assert result is not None
    papers, problems = result
    assert len(papers) + sum(p.kind == "skipped" for p in problems) == len(entries)
    assert len(papers) == sum(_has_title(f) for _, f, _ in entries)
    starts = [i + 1 for i, line in enumerate(LINE_BREAK.split(text)) if line.startswith("@") and "key" in line]
    # each record names the line of its own "@type{key," opening
    lines_out = [int(p.sources[0].rsplit(":", 1)[1]) for p in papers] + \
        [p.line for p in problems if p.kind == "skipped"]
    assert sorted(lines_out) == starts
    assert sniff(text) == "bibtex"


@FUZZ
@given(entries=st.lists(BIB_ENTRY, min_size=1, max_size=4),
       cut=st.integers(0, 10_000), noise=st.text(alphabet="{}\"@=,\n \\%()", max_size=12))
def test_bibtex_reader_on_random_braces(entries, cut, noise):
    text = "\n".join(_bib_entry(i, *e) for i, e in enumerate(entries))
    cut %= len(text) + 1
    read_text("bibtex", text[:cut] + noise + text[cut:])


# --------------------------------------------------------------------------- IRIs

IRI_TEXT = st.one_of(
    st.text(max_size=80),
    st.text(st.characters(codec=None, categories=[], include_characters="ÉéE\u0301_-–:! \t感情Ωßİı"), max_size=30),
    st.tuples(st.text(max_size=30), st.sampled_from(["\ud800", "\udfff", "\ud83d", ""]), st.text(max_size=30)
              ).map("".join),
    st.sampled_from(TITLES),
)


@FUZZ
@given(title=IRI_TEXT)
def test_paper_iri_is_deterministic_and_safe(title):
    iri = paper_iri(title)
    assert iri == paper_iri(title)
    assert IRI.match(iri), iri


@FUZZ
@given(a=IRI_TEXT, b=IRI_TEXT)
def test_distinct_keys_give_distinct_iris(a, b):
    if title_key(a) == title_key(b):
        assert paper_iri(a) == paper_iri(b)
    else:
        assert paper_iri(a) != paper_iri(b)


@FUZZ
@given(title=st.one_of(st.sampled_from(TITLES), st.text(max_size=40)),
       seps=st.sampled_from([" ", "  ", "-", ": ", "_", ", ", "\t", " '", '" ', "/", "—"]), case=st.integers(0, 2))
def test_case_punctuation_and_spacing_do_not_change_the_iri(title, seps, case):
    words = title_key(title).split()
    assume(words)
    varied = seps.join(words)
    varied = [varied, varied.upper(), varied.title()][case]
    # letters that differ only in case fold alike (dotless "ı" upper-cases to "I", which does not fold back)
    assume(varied.casefold() == seps.join(words).casefold())
    assert title_key(varied) == title_key(title)
    assert paper_iri(varied) == paper_iri(title)
