"""Readers on small fixtures: listing layouts (a)/(b)/(c), JSON, JSON Lines, BibTeX; sniffing; merging; IRIs."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import kg
from kg.errors import InputError, UnknownFormat
from kg.ids import paper_iri, title_key
from kg.ingest import FORMATS, READERS, read_path, read_paths, sniff
from kg.ingest.text import decode_bytes
from kg.merge import merge
from kg.models import Paper

FIXTURES = Path(__file__).resolve().parent / "data" / "fixtures"
# the bundled pages of the kg package that is imported (the repo's or an installed copy)
CORPUS = sorted((Path(kg.__file__).resolve().parent / "corpus").glob("*.txt"))
GOLD = Path(__file__).resolve().parent / "data" / "gold.json"


def fx(name: str) -> Path:
    return FIXTURES / name


def by_title(papers: list[Paper]) -> dict[str, Paper]:
    return {p.title: p for p in papers}


# --------------------------------------------------------------------------- listing pages


def test_layout_a_glued_header_and_no_blank_lines():
    papers, problems = read_path(fx("listing_a.txt"))
    assert problems == []
    assert [p.title for p in papers] == [
        "Disentangle Identity, Cooperate Emotion: Correlation-Aware Emotional Talking Portrait Generation",
        "Modeling Emotional Trajectories in Written Stories Utilizing Transformers and Weakly-Supervised Learning",
        # a title that starts with "Subscribe" but is not glued to the header stays as written
        "Subscriber Emotions Predict Churn: Affective Signals in Customer Reviews",
    ]
    assert [p.sources for p in papers] == [(f"{fx('listing_a.txt')}:{n}",) for n in (3, 5, 7)]
    first = papers[0]
    assert first.abstract.startswith("Recent advances in talking head generation")
    # trailing period of the sentence is not part of the link
    assert first.code_urls == ("https://github.com/example/disentangle-emotion",)
    assert papers[2].code_urls == ("https://github.com/example/churn-emotions",
                                   "https://huggingface.co/datasets/example/churn")
    # layout (a) has no metadata: nothing is invented
    assert all(p.authors is None and p.date is None and p.date_text is None and p.upvotes is None for p in papers)


def test_layout_b_blank_line_separated():
    papers, problems = read_path(fx("listing_b.txt"))
    assert problems == []
    assert [p.title for p in papers] == [
        'Do LLMs "Feel"? Emotion Circuits Discovery and Control',
        "MetaMind: Modeling Human Social Thoughts with Metacognitive Multi-Agent Systems",
        "Emo Pillars: Knowledge Distillation to Support Fine-Grained Context-Aware and Context-Less Emotion "
        "Classification",
    ]
    # the page date ("May 7") under the header belongs to no paper
    assert all(p.date_text is None for p in papers)
    assert [p.sources[0].rsplit(":", 1)[1] for p in papers] == ["13", "17", "21"]
    assert all(len(p.abstract) > 250 for p in papers)


@pytest.mark.parametrize("blank", ["\n", ""])
def test_title_that_reads_as_prose_keeps_its_paper(tmp_path, blank):
    """Two sentence ends and over 150 characters look like an abstract; followed by one, it is a title."""
    title = ("Does GPT-3 Generate Empathetic Dialogues? A Novel In-Context Example Selection Method and "
             "Automatic Evaluation Metric for Empathetic Dialogue Generation.")
    abstract = ("Since empathy plays a crucial role in increasing social bonding between people, many studies "
                "have designed their own dialogue agents to be empathetic. We study prompt-based in-context "
                "learning on the EmpatheticDialogues dataset. ") * 2
    short = "Emotion Cause Extraction in Dialogues"
    text = blank.join(f"{line}\n" for line in (title, abstract, short, abstract))
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    papers, problems = read_path(path)
    assert problems == []
    assert [p.title for p in papers] == [title, short]
    assert papers[0].abstract == abstract.strip()


def test_layout_c_metadata_blocks():
    papers = by_title(read_path(fx("listing_c.txt"))[0])
    assert len(papers) == 4
    reflect = papers["ReflectDiffu: Reflect between Emotion-intent Contagion and Mimicry for Empathetic Response "
                     "Generation"]
    assert (reflect.authors, reflect.date, reflect.date_text, reflect.upvotes) == (5, "2024-09-16", "Sep 16, 2024", 2)
    assert reflect.code_urls == ("https://github.com/example/ReflectDiffu",)
    assert reflect.sources == (f"{fx('listing_c.txt')}:13",)

    bah = papers["BAH Dataset for Ambivalence/Hesitancy Recognition in Videos for Behavioural Change"]
    # no year on the page: the raw text is kept and no ISO date is invented
    assert (bah.authors, bah.date, bah.date_text, bah.upvotes) == (9, None, "Mar 14", None)

    esc = papers["Can Large Language Models be Good Emotional Supporter? Mitigating Preference Bias on Emotional "
                 "Support Conversation"]
    # an organisation line stands in for the author count: no count, and not mistaken for a title
    assert (esc.authors, esc.date, esc.date_text, esc.upvotes) == (None, "2024-02-20", "Feb 20, 2024", 12)
    assert "KoreaUniversity Korea University" not in papers

    circuits = papers["Do LLMs 'Feel'? Emotion Circuits: Discovery and Control"]  # inner spacing collapsed
    assert (circuits.authors, circuits.date, circuits.upvotes) == (7, "2025-10-05", None)


def test_listing_reader_called_directly_matches_read_path():
    text = fx("listing_c.txt").read_text(encoding="utf-8")
    papers, problems = READERS["listing"](text, "page.txt")
    assert [p.title for p in papers] == [p.title for p in read_path(fx("listing_c.txt"))[0]]
    assert papers[0].sources == ("page.txt:13",)
    assert problems == []


# --------------------------------------------------------------------------- JSON and JSON Lines


def test_json_lines_records():
    papers, problems = read_path(fx("papers.jsonl"))
    assert problems == []
    emobench, ser, emotion = papers
    assert emobench.title == "EmoBench: Evaluating the Emotional Intelligence of Large Language Models"
    assert emobench.authors == 3  # a list of names counts
    assert (emobench.date, emobench.date_text) == ("2024-02-19", "2024-02-19")
    assert emobench.url == "https://arxiv.org/abs/2402.12071"
    assert emobench.arxiv_id == "2402.12071"
    assert emobench.upvotes == 3
    assert emobench.code_urls == ("https://github.com/Sahandfer/EmoBench",)
    assert emobench.sources == (f"{fx('papers.jsonl')}:1",)
    assert ser.title == "Speech Emotion Recognition with Self-Supervised Features"  # whitespace normalised
    assert (ser.authors, ser.date, ser.date_text) == (4, None, "Mar 14")  # an int counts; no year, no ISO date
    assert ser.sources == (f"{fx('papers.jsonl')}:2",)
    assert emotion.title == "Émotion Recognition in Conversation"
    assert (emotion.abstract, emotion.date) == ("", "2021-06-30")


def test_json_lines_read_in_worker_processes_give_the_serial_result(tmp_path, monkeypatch):
    from kg import parallel

    lines = []
    for i in range(60):
        lines.append(json.dumps({"title": f"Paper {i}", "abstract": f"We use MELD {i}."}) if i % 7 else
                     ("{broken" if i % 2 else json.dumps({"abstract": "no title"})))
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(lines) + "\r\n\n", encoding="utf-8")
    serial = read_path(src)
    monkeypatch.setattr(parallel, "workers", lambda: 2)
    real = parallel.map_chunks
    monkeypatch.setattr(parallel, "map_chunks", lambda f, items, **kw: real(f, items, chunk=8, min_parallel=1))
    forked = read_path(src)
    assert forked == serial
    assert len(serial[0]) == 51 and [p.line for p in serial[1]] == [8, 22, 36, 50, 1, 15, 29, 43, 57]


def test_json_array():
    papers, problems = read_path(fx("papers.json"))
    assert problems == []
    affect, tone = papers
    assert affect.title == "AffectGPT: A New Dataset, Model, and Benchmark for Emotion Understanding"
    assert (affect.authors, affect.date, affect.arxiv_id) == (6, "2025-01-27", "2501.16566")
    assert affect.code_urls == ("https://github.com/zeroQiaoba/AffectGPT",)
    assert (tone.authors, tone.date) == (2, "2024-01-10")
    assert affect.sources == (f"{fx('papers.json')}#1",)


def test_json_object_with_papers_list():
    papers, problems = read_path(fx("papers_object.json"))
    assert problems == []
    assert [p.title for p in papers] == [
        "AffectGPT: A New Dataset, Model, and Benchmark for Emotion Understanding",
        "Emotion-Qwen: Training Hybrid Experts for Unified Emotion and General Vision-Language Understanding",
    ]
    assert (papers[1].authors, papers[1].date, papers[1].abstract) == (10, "2025-05-10", "")


def test_json_single_object_and_odd_field_types():
    text = json.dumps({"title": "One Paper", "authors": True, "upvotes": -3, "date": 2024, "url": 7})
    papers, problems = READERS["json"](text, "one.json")
    assert problems == []
    (paper,) = papers
    # booleans and negative numbers are not counts; a non-string date or url is ignored
    assert (paper.authors, paper.upvotes, paper.date, paper.date_text, paper.url) == (None, None, None, None, None)


def test_json_lines_keep_u2028_inside_strings():
    """U+2028 and NEL are legal unescaped inside JSON strings: they must not split a JSON line."""
    lines = [json.dumps({"title": f"Paper\u2028{i}\x85x", "abstract": "a\u2029b"}, ensure_ascii=False)
             for i in range(3)]
    papers, problems = READERS["json"]("\n".join(lines) + "\n", "u.jsonl")
    assert problems == []
    assert [p.title for p in papers] == ["Paper 0 x", "Paper 1 x", "Paper 2 x"]
    assert [p.sources for p in papers] == [("u.jsonl:1",), ("u.jsonl:2",), ("u.jsonl:3",)]


# --------------------------------------------------------------------------- BibTeX


def test_bibtex_entries():
    papers, problems = read_path(fx("refs.bib"))
    assert problems == []
    emobench, iemocap, emotion = papers
    assert emobench.title == "EmoBench: Evaluating the Emotional Intelligence of Large Language Models"  # braces gone
    assert emobench.authors == 5  # counted by " and "
    assert (emobench.date, emobench.date_text) == (None, "feb 2024")  # no day: kept as text
    assert emobench.arxiv_id == "2402.12071"
    assert emobench.code_urls == ("https://github.com/Sahandfer/EmoBench",)
    assert emobench.sources == (f"{fx('refs.bib')}:2",)
    assert iemocap.title == "IEMOCAP: Interactive Emotional Dyadic Motion Capture Database"
    assert iemocap.authors == 3  # "and" inside braces is part of one name
    assert (iemocap.date, iemocap.date_text) == (None, "2008")  # year-only: text, never an invented date
    assert iemocap.url == "https://doi.org/10.1007/s10579-008-9076-6"
    assert iemocap.sources == (f"{fx('refs.bib')}:13",)
    # LaTeX accents become letters (so the title merges with a listing's "Émotion ..."); \textbf and \& read
    assert emotion.title == "Émotion Recognition in Müller's Corpus & Beyond"
    assert (emotion.authors, emotion.date, emotion.date_text) == (1, "2023-03-14", "2023")


@pytest.mark.parametrize("author, count", [
    ("{Barnes and Noble}", 1), ("{{Barnes and Noble}}", 1), ("A and B AND C", 3), ("Anderson, Sandy", 1),
    ("{Lee and Associates} and Smith, J. and others", 3), ("", None)])
def test_bibtex_author_count(author, count):
    papers, _ = READERS["bibtex"](f"@misc{{k, title = {{T}}, author = {{{author}}}}}\n", "r.bib")
    assert papers[0].authors == count


def test_bibtex_title_merges_with_listing_spelling():
    bib = READERS["bibtex"]("@misc{k, title = {{\\'E}motion Recognition in the {W}ild}}\n", "r.bib")[0]
    lst = Paper(title="Émotion recognition in the wild")
    assert title_key(bib[0].title) == title_key(lst.title)


# --------------------------------------------------------------------------- sniffing and format override


@pytest.mark.parametrize("name, fmt", [
    ("listing_a.txt", "listing"), ("listing_b.txt", "listing"), ("listing_c.txt", "listing"),
    ("papers.jsonl", "json"), ("papers.json", "json"), ("papers_object.json", "json"), ("refs.bib", "bibtex"),
])
def test_sniff_picks_the_reader(name, fmt):
    text, _ = decode_bytes(fx(name).read_bytes(), name)
    assert sniff(text) == fmt


def test_sniff_listing_whose_first_title_starts_with_a_bracket(tmp_path):
    abstract = "We study emotion recognition in the wild with a reproducibility lens. " * 6
    path = tmp_path / "page.txt"
    path.write_text(f"[Re] Emotion Recognition in the Wild\n{abstract}\n{{Braced}} Title\n{abstract}\n")
    assert sniff(path.read_text()) == "listing"
    assert [p.title for p in read_path(path)[0]] == ["[Re] Emotion Recognition in the Wild", "{Braced} Title"]


def test_sniff_listing_with_a_title_that_looks_like_a_bibtex_entry():
    abstract = "We study emotion recognition in the wild with a reproducibility lens. " * 6
    text = f"Emotion Recognition Revisited\n{abstract}\n@misc{{not bibtex\n{abstract}\n"
    assert sniff(text) == "listing"
    # a file that opens with an entry (after % comments) is BibTeX, whatever follows
    assert sniff("% exported\n\n@misc{k, title={T}}\n" + text) == "bibtex"


def test_bibtex_with_cr_line_ends_is_sniffed_and_numbered():
    text = fx("refs.bib").read_text(encoding="utf-8").replace("\n", "\r")
    assert sniff(text) == "bibtex"
    papers, problems = READERS["bibtex"](text, "r.bib")
    assert problems == [] and [p.sources for p in papers] == [("r.bib:2",), ("r.bib:13",), ("r.bib:20",)]


def test_format_override(tmp_path):
    # a listing saved with a .json name is still sniffed by content
    copy = tmp_path / "listing.json"
    copy.write_bytes(fx("listing_c.txt").read_bytes())
    assert len(read_path(copy)[0]) == 4
    # forcing the wrong reader gives that reader's verdict, not a silent success
    forced = read_path(copy, "json")
    assert forced[0] == [] and forced[1] and all(p.kind == "skipped" for p in forced[1])
    # forcing the right reader on text that sniffs as nothing
    short = tmp_path / "short.txt"
    short.write_text("A Short Title\nA short abstract.\n")
    with pytest.raises(UnknownFormat):
        read_path(short)
    papers, problems = read_path(short, "listing")
    # too short to be an abstract: both lines are titles, each kept with a warning, none dropped
    assert [p.title for p in papers] == ["A Short Title", "A short abstract."]
    assert [(p.line, p.kind) for p in problems] == [(1, "warning"), (2, "warning")]
    # forcing bibtex on a .txt
    bib = tmp_path / "refs.txt"
    bib.write_bytes(fx("refs.bib").read_bytes())
    assert len(read_path(bib, "bibtex")[0]) == 3


def test_unknown_format_name_is_an_input_error():
    with pytest.raises(UnknownFormat) as info:
        read_path(fx("listing_a.txt"), "csv")
    assert "unknown format 'csv'" in str(info.value)
    assert set(FORMATS) == {"listing", "json", "bibtex"}


# --------------------------------------------------------------------------- merging


def test_bundled_corpus_reads_317_and_merges_to_216():
    result = read_paths(CORPUS)
    assert len(CORPUS) == 5
    assert result.problems == []
    assert len(result.papers) == 317
    merged = merge(result.papers)
    assert len(merged) == 216
    # the gold set lists the same 216 distinct titles
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["papers"]
    assert {title_key(p.title) for p in merged} == {title_key(g["title"]) for g in gold}
    # provenance of bundled pages is the corpus/ name and the title line
    assert all(re.fullmatch(r"corpus/\d{3}_[0-9a-f]{16}\.txt:\d+", s) for p in merged for s in p.sources)
    assert sum(len(p.sources) for p in merged) == 317


def test_corpus_merge_is_order_independent():
    papers = read_paths(CORPUS).papers
    assert merge(papers) == merge(list(reversed(papers)))


def test_paper_on_two_pages_merges_with_both_sources_and_fullest_abstract():
    result = read_paths([fx("listing_b.txt"), fx("listing_c.txt")])
    merged = [p for p in merge(result.papers) if "Emotion Circuits" in p.title]
    assert len(merged) == 1
    paper = merged[0]
    assert paper.sources == (f"{fx('listing_b.txt')}:13", f"{fx('listing_c.txt')}:37")
    # listing_c's abstract is longer: it wins, with its title, and its metadata is kept
    assert paper.abstract.endswith("outperforming prompting baselines.")
    assert paper.title == "Do LLMs 'Feel'? Emotion Circuits: Discovery and Control"
    assert (paper.authors, paper.date, paper.date_text) == (7, "2025-10-05", "Oct 5, 2025")
    assert len(merge(result.papers)) == 6


def test_merge_takes_date_and_date_text_from_one_record():
    a = Paper(title="X", abstract="long abstract", date=None, date_text="Mar 14", sources=("a:1",))
    b = Paper(title="x", abstract="short", date="2023-03-14", date_text="Mar 14, 2023", sources=("b:1",))
    (m,) = merge([a, b])
    assert (m.abstract, m.date, m.date_text) == ("long abstract", "2023-03-14", "Mar 14, 2023")


# --------------------------------------------------------------------------- IRIs

IRI = re.compile(r"^https://w3id\.org/affect-kg/paper/[a-z0-9-]+$")


def test_paper_iri_is_stable_and_percent_safe():
    titles = [p.title for p in read_paths(CORPUS).papers] + ["", "   ", "感情認識", "Émotion", "a\ud800b"]
    for title in titles:
        iri = paper_iri(title)
        assert iri == paper_iri(title)
        assert IRI.match(iri)
        assert re.fullmatch(r"[A-Za-z0-9/:._-]+", iri)


@pytest.mark.parametrize("a, b", [
    ("Émotion Recognition", "Emotion Recognition"),
    ("Emotion Recognition 感情", "Emotion Recognition 情绪"),
    ("感情認識", "情绪识别"),
    ("Распознавание эмоций", "Распознавание чувств"),
    ("हिन्दी भावना", "हन्द भवन"),  # differ only in Devanagari vowel signs (combining marks)
])
def test_titles_that_slug_alike_get_different_iris(a, b):
    assert paper_iri(a) != paper_iri(b)


@pytest.mark.parametrize("a, b", [
    ("Emotion Recognition in the Wild", "emotion recognition in the wild"),
    ("Emotion Recognition in the Wild", "Emotion-Recognition: in the wild!"),
    ("Emotion Recognition in the Wild", "  Emotion   Recognition\tin the Wild  "),
    ("Emotion_Recognition in the Wild", "Emotion Recognition in the Wild"),
    ('Do LLMs "Feel"?', "Do LLMs 'Feel'?"),
    ("Émotion", "E\u0301motion"),  # NFC and NFD spellings of the same letter
])
def test_titles_differing_in_case_punctuation_spacing_share_an_iri(a, b):
    assert title_key(a) == title_key(b)
    assert paper_iri(a) == paper_iri(b)


def test_read_path_raises_input_errors_only(tmp_path):
    with pytest.raises(InputError):
        read_path(tmp_path / "nope.txt")
