"""kg.viz without a browser: offline page, escaping, determinism, view selection, layout, sizes."""
from __future__ import annotations

import base64
import hashlib
import json
import math
import random
import re
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kg import viz

B = "https://w3id.org/affect-kg/"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(2)</script>"


def paper(g: nx.MultiDiGraph, slug: str, title: str, **info: object) -> str:
    iri = B + "paper/" + slug
    g.add_node(iri, label=title, type="Paper", info={"title": title, **info})
    return iri


def fixture_graph() -> nx.MultiDiGraph:
    """A few papers, datasets, tasks, modalities and a model, with hostile strings in several places."""
    g = nx.MultiDiGraph()
    ser, erc = B + "task/speech-emotion-recognition", B + "task/emotion-recognition-in-conversation"
    speech, text = B + "modality/speech", B + "modality/text"
    ekman, anger = B + "emotion-model/ekman", B + "emotion/ekman-anger"
    valence, vad = B + "emotion/vad-valence", B + "emotion-model/vad"
    g.add_node(ser, label="speech emotion recognition", type="Task")
    g.add_node(erc, label="emotion recognition in conversation", type="Task")
    g.add_node(speech, label="speech", type="Modality")
    g.add_node(text, label="text", type="Modality")
    g.add_node(ekman, label="Ekman basic emotions", type="EmotionModel")
    g.add_node(vad, label="VAD", type="EmotionModel")
    g.add_node(anger, label="anger", type="EmotionCategory")
    g.add_node(valence, label="valence", type="EmotionDimension")
    g.add_edge(ekman, anger, relation="hasCategory")
    g.add_edge(vad, valence, relation="hasDimension")
    iemocap, meld, newset = B + "dataset/iemocap", B + "dataset/meld", B + "dataset/newset"
    g.add_node(iemocap, label="IEMOCAP", type="Dataset",
               info={"modalities": ["speech", "video", "text"], "emotion_models": ["ekman", "vad"], "catalogued": True,
                     "introduced_by": [], "used_by": ["MELD paper", XSS_IMG]})
    g.add_node(meld, label="MELD", type="Dataset",
               info={"modalities": ["text", "speech"], "emotion_models": ["ekman"], "catalogued": True,
                     "introduced_by": ["MELD paper"], "used_by": [XSS_SCRIPT]})
    g.add_node(newset, label="NewSet <b>bold</b>", type="Dataset",
               info={"modalities": [], "emotion_models": [], "catalogued": False,
                     "introduced_by": [XSS_SCRIPT], "used_by": []})
    for ds, mods, model in ((iemocap, (speech, text), ekman), (meld, (text, speech), ekman)):
        for m in mods:
            g.add_edge(ds, m, relation="hasModality")
        g.add_edge(ds, model, relation="annotatedWith")
    p_meld = paper(g, "meld", "MELD paper", date="2019-07-28", authors=6,
                   abstract="A multimodal multi-party dataset for emotion recognition in conversation. " * 10,
                   code=["https://github.com/declare-lab/MELD", "javascript:alert(3)"], sources=["a.md:3"])
    p_img = paper(g, "xss-img", XSS_IMG, date="2024-01-02", authors=[XSS_IMG, "B"], abstract=XSS_IMG + " body",
                  code=["https://example.org/x?a=1&b=<2>"])
    p_scr = paper(g, "xss-script", XSS_SCRIPT, abstract="<!-- comment " + XSS_SCRIPT, authors=1)
    p_plain = paper(g, "plain", "Speech emotion recognition with self-supervised features", authors=3)
    ev = dict(rule="gazetteer:dataset", confidence=0.9)
    g.add_edge(p_meld, meld, relation="introducesDataset", evidence="We introduce MELD, a new dataset.", **ev)
    g.add_edge(p_meld, erc, relation="addressesTask", evidence="emotion recognition in conversation", rule="gaz", confidence=0.8)
    g.add_edge(p_meld, text, relation="usesModality", evidence="textual and acoustic cues", rule="gaz", confidence=0.7)
    g.add_edge(p_img, iemocap, relation="usesDataset", evidence="We evaluate on IEMOCAP " + XSS_IMG, **ev)
    g.add_edge(p_img, iemocap, relation="usesDataset", evidence="IEMOCAP results are reported", rule="gaz", confidence=0.5)
    g.add_edge(p_img, ser, relation="addressesTask", evidence="speech emotion recognition", rule="gaz", confidence=0.8)
    g.add_edge(p_scr, meld, relation="usesDataset", evidence="MELD " + XSS_SCRIPT + " <!--", **ev)
    g.add_edge(p_scr, ekman, relation="usesEmotionModel", evidence="Ekman's six basic emotions", rule="gaz", confidence=0.6)
    g.add_edge(p_plain, ser, relation="addressesTask", evidence="speech emotion recognition (SER)", rule="gaz", confidence=0.95)
    g.add_edge(p_plain, iemocap, relation="usesDataset", evidence="experiments on IEMOCAP", **ev)
    g.add_edge(p_plain, speech, relation="usesModality", evidence="speech", rule="gaz", confidence=0.7)
    paper(g, "lonely", "A paper with no links at all")
    return g


def page_data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="akg-data">(.*?)</script>', page, re.S)
    assert m, "data block missing"
    return json.loads(m.group(1))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script" and dict(attrs).get("type") is None
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return fixture_graph()


@pytest.fixture(scope="module")
def page(graph: nx.MultiDiGraph) -> str:
    return viz.render_html(graph, title="affect-kg <script>alert(4)</script>")


# --- offline ----------------------------------------------------------------------------------------

def test_no_external_resources(page: str) -> None:
    parser = _Tags()
    parser.feed(page)
    for tag, attrs in parser.tags:
        for attr in ("src", "href", "data", "srcset", "poster", "action"):
            value = (attrs.get(attr) or "").strip().lower()
            assert not value.startswith(("http://", "https://", "//", "ftp:")), (tag, attr, value)
        if tag in ("script", "link"):
            assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=\s*[\"']?\s*(https?:)?//", page, re.I)
    assert "@import" not in page and "fonts.googleapis" not in page and "cdn" not in page.lower().split("vis-network")[0]
    assert "sourceMappingURL" not in page


def test_vis_is_inlined_without_importing_pyvis_network(page: str) -> None:
    assert "vis-network" in page and "new vis.Network" in page
    code = ("import sys, networkx as nx, kg.viz as v; g = nx.MultiDiGraph(); g.add_node('a', label='a', type='Task'); "
            "v.render_html(g); print(sorted(m for m in ('pyvis', 'pyvis.network', 'IPython', 'jinja2', 'numpy') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "[]"
    assert re.search(r'<meta http-equiv="Content-Security-Policy" content="default-src &#x27;none&#x27;', page)


def test_csp_hashes_cover_exactly_the_inline_scripts(page: str) -> None:
    parser = _Tags()
    parser.feed(page)
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    script_src = next(part for part in csp.split(";") if part.strip().startswith("script-src")).split()[1:]
    hashes = {"'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in parser.scripts}
    assert len(parser.scripts) == 2 and set(script_src) == hashes
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in csp
    assert "connect-src 'none'" in csp


# --- escaping ---------------------------------------------------------------------------------------

def test_hostile_strings_never_appear_raw(page: str) -> None:
    assert "<img src=x" not in page
    assert "alert(2)</script>" not in page and "<script>alert(2)" not in page
    assert "<script>alert(4)" not in page and "&lt;script&gt;alert(4)&lt;/script&gt;" in page  # page title
    assert "<b>bold</b>" not in page
    # exactly our own four script elements (data, vis, app) end; nothing else closes a script
    assert page.count("</script") == 3
    data_block = page.split('id="akg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block


def test_hostile_strings_survive_as_data(page: str) -> None:
    data = page_data(page)
    labels = {n["f"] for n in data["nodes"]}
    assert {XSS_IMG, XSS_SCRIPT, "NewSet <b>bold</b>"} <= labels
    evidence = [ev[0] for e in data["edges"] for ev in e["ev"]]
    assert "MELD " + XSS_SCRIPT + " <!--" in evidence


def test_only_web_code_links_are_kept(page: str) -> None:
    data = page_data(page)
    meld = next(n for n in data["nodes"] if n["f"] == "MELD paper")
    assert meld["u"] == ["https://github.com/declare-lab/MELD"]
    hostile = next(n for n in data["nodes"] if n["f"] == XSS_IMG)
    assert hostile["u"] == []  # contains "<" and ">"


def test_tooltip_rows(page: str) -> None:
    data = page_data(page)
    meld = next(n for n in data["nodes"] if n["f"] == "MELD paper")
    rows = dict((r[0], r[1]) for r in meld["d"])
    assert rows["Date"] == "2019-07-28" and rows["Authors"] == "6"
    assert len(rows["Abstract"]) <= 301 and rows["Abstract"].endswith("…")
    hostile = next(n for n in data["nodes"] if n["f"] == XSS_IMG)
    assert dict((r[0], r[1]) for r in hostile["d"])["Authors"] == "2"
    iemocap = next(n for n in data["nodes"] if n["f"] == "IEMOCAP")
    rows = dict((r[0], r[1]) for r in iemocap["d"])
    assert rows["Modalities"] == "speech, video, text" and rows["Catalogued"] == "yes"
    assert rows["Used by"] == ["MELD paper", XSS_IMG]
    for flag, shown in (("false", "no (discovered in papers)"), ("true", "yes"), (False, "no (discovered in papers)")):
        g = nx.MultiDiGraph()
        g.add_node(B + "dataset/x", label="X", type="Dataset", info={"catalogued": flag})
        node = page_data(viz.render_html(g))["nodes"][0]
        assert dict((r[0], r[1]) for r in node["d"])["Catalogued"] == shown


# --- determinism ------------------------------------------------------------------------------------

def test_byte_identical_output(graph: nx.MultiDiGraph) -> None:
    again = nx.MultiDiGraph()
    nodes = list(graph.nodes(data=True))
    edges = list(graph.edges(keys=True, data=True))
    random.Random(3).shuffle(nodes)
    random.Random(4).shuffle(edges)
    again.add_nodes_from(nodes)
    for u, v, _k, d in edges:
        again.add_edge(u, v, **d)
    assert viz.render_html(graph) == viz.render_html(graph) == viz.render_html(again)
    assert viz.render_html(graph, seed=1) != viz.render_html(graph, seed=2)


def test_write_html_is_atomic(tmp_path: Path, graph: nx.MultiDiGraph) -> None:
    target = tmp_path / "out" / "graph.html"
    assert viz.write_html(graph, target, title="t") == target
    assert target.read_text(encoding="utf-8") == viz.render_html(graph, title="t")
    target.chmod(0o640)
    viz.write_html(graph, target, title="t2")
    assert "<title>t2</title>" in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]


# --- view selection ---------------------------------------------------------------------------------

def star_graph(leaves: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(B + "task/hub", label="Hub task", type="Task")
    for i in range(leaves):
        d = B + f"dataset/d{i:03d}"
        g.add_node(d, label=f"Dataset {i}", type="Dataset")
        for j in range(i % 4):
            p = B + f"paper/p{i:03d}-{j}"
            g.add_node(p, label=f"Paper {i}-{j}", type="Paper")
            g.add_edge(p, d, relation="usesDataset", evidence="e", rule="r", confidence=0.5)
            g.add_edge(p, B + "task/hub", relation="addressesTask", evidence="e", rule="r", confidence=0.5)
    return g


def test_select_view_keeps_everything_when_small(graph: nx.MultiDiGraph) -> None:
    view, note = viz.select_view(graph, None, 2, None, 0, 1500)
    assert note is None
    assert set(view.nodes) == set(graph.nodes) and view.number_of_edges() == graph.number_of_edges()
    assert view is not graph


def test_select_view_caps_by_degree() -> None:
    g = star_graph(40)
    total = g.number_of_nodes()
    view, note = viz.select_view(g, max_nodes=10)
    assert view.number_of_nodes() == 10
    assert note == f"showing 10 of {total:,} nodes: kept the highest-degree nodes; use --focus/--types/--min-degree"
    deg = dict(g.degree())
    cutoff = min(deg[n] for n in view)
    assert all(deg[n] <= cutoff for n in g if n not in view)
    assert B + "task/hub" in view
    # induced: every edge between kept nodes, attributes kept
    assert all(view.has_edge(u, v) for u, v in g.edges() if u in view and v in view)
    assert all("evidence" in d for _, _, d in view.edges(data=True))


def test_note_format_with_thousands() -> None:
    g = nx.MultiDiGraph()
    g.add_nodes_from((B + f"paper/{i}", {"label": f"p{i}", "type": "Paper"}) for i in range(2345))
    _, note = viz.select_view(g, max_nodes=1500)
    assert note == "showing 1,500 of 2,345 nodes: kept the highest-degree nodes; use --focus/--types/--min-degree"


def test_types_and_min_degree(graph: nx.MultiDiGraph) -> None:
    view, note = viz.select_view(graph, types={"Dataset", "Task"})
    assert {d["type"] for _, d in view.nodes(data=True)} == {"Dataset", "Task"}
    assert note is not None and "types Dataset, Task" in note and "use --focus" not in note
    view, note = viz.select_view(graph, min_degree=4)
    deg = dict(graph.degree())
    assert view.number_of_nodes() and all(deg[n] >= 4 for n in view)
    assert note is not None and "min degree 4" in note
    with pytest.raises(ValueError, match="unknown node type"):
        viz.select_view(graph, types={"Papers"})
    with pytest.raises(viz.ViewError):
        viz.select_view(graph, max_nodes=0)


def test_focus_exact_then_substring(graph: nx.MultiDiGraph) -> None:
    view, note = viz.select_view(graph, focus="iemocap", hops=1)
    iemocap = B + "dataset/iemocap"
    assert iemocap in view
    assert set(view) == {iemocap} | set(graph.succ[iemocap]) | set(graph.pred[iemocap])
    assert note is not None and "within 1 hop of 'IEMOCAP'" in note
    view, _ = viz.select_view(graph, focus="Self-Supervised", hops=0)  # substring, case-insensitive
    assert list(view) == [B + "paper/plain"]
    view, _ = viz.select_view(graph, focus="MELD", hops=0)  # exact beats the substring "MELD paper"
    assert list(view) == [B + "dataset/meld"]
    # hops walk the whole graph, types filter afterwards: MELD shares a model and modalities with IEMOCAP
    view, _ = viz.select_view(graph, focus="IEMOCAP", hops=2, types={"Dataset"})
    assert set(view) == {iemocap, B + "dataset/meld"}
    view, _ = viz.select_view(graph, focus="IEMOCAP", hops=2, types={"Task"})  # the focus node itself survives
    assert set(view) == {iemocap, B + "task/speech-emotion-recognition"}
    view, _ = viz.select_view(graph, focus="speech emotion recognition", hops=2, types={"Dataset"})
    assert B + "dataset/iemocap" in view and B + "task/speech-emotion-recognition" in view


def test_focus_not_found_suggests(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(LookupError) as info:
        viz.select_view(graph, focus="IEMOCAPP")
    assert "IEMOCAP" in info.value.suggestions  # type: ignore[attr-defined]
    assert "did you mean" in str(info.value) and "'IEMOCAP'" in str(info.value)
    with pytest.raises(LookupError):
        viz.render_html(graph, focus="zzzzzz-nothing")


def test_render_with_focus_marks_focus(graph: nx.MultiDiGraph) -> None:
    page = viz.render_html(graph, focus="MELD", hops=1)
    data = page_data(page)
    assert data["focus"] == [B + "dataset/meld"]
    assert 'id="akg-note" role="status">' in page  # banner visible (no hidden attribute)
    assert "showing" in page
    full = viz.render_html(graph)
    assert 'id="akg-note" role="status" hidden>' in full


# --- look ---------------------------------------------------------------------------------------------

def test_size_grows_with_degree(page: str, graph: nx.MultiDiGraph) -> None:
    data = page_data(page)
    deg = dict(graph.degree())
    pairs = sorted((deg[n["id"]], n["s"]) for n in data["nodes"])
    for (d1, s1), (d2, s2) in zip(pairs, pairs[1:]):
        assert s1 <= s2 and (d1 == d2) == (s1 == s2)
    assert viz._node_size(100) < viz._node_size(400) <= 50 < viz._node_size(300) * 2
    assert math.isclose(viz._node_size(16) - viz._node_size(0), 2 * (viz._node_size(4) - viz._node_size(0)))


def test_types_have_distinct_colour_and_shape() -> None:
    styles = [(c, s) for t, (c, s, _) in viz.NODE_TYPES.items() if t != "Other"]
    assert len({c for c, _ in styles}) == len(styles) and len({s for _, s in styles}) == len(styles)
    intro, uses = viz.RELATIONS["introducesDataset"], viz.RELATIONS["usesDataset"]
    assert intro[0] != uses[0] and intro[1] is None and uses[1] and intro[2] > uses[2]


def test_parallel_edges_merge_with_all_evidence(page: str) -> None:
    data = page_data(page)
    e = [e for e in data["edges"] if e["from"] == B + "paper/xss-img" and e["to"] == B + "dataset/iemocap"]
    assert len(e) == 1 and [ev[2] for ev in e[0]["ev"]] == [0.9, 0.5]
    assert data["edges"][0]["id"] == "e0"


def test_legend_lists_present_types_and_relations(page: str) -> None:
    for t in ("Paper", "Dataset", "Task", "Modality", "EmotionModel", "EmotionCategory", "EmotionDimension"):
        assert f'data-type="{t}"' in page
    for r in ("introducesDataset", "usesDataset", "hasCategory"):
        assert f'data-rel="{r}"' in page


def test_layout_positions_are_distinct_and_finite(graph: nx.MultiDiGraph) -> None:
    data = page_data(viz.render_html(graph))
    xy = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(xy) == graph.number_of_nodes()
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in xy)
    assert len(set(xy)) == len(xy)


def test_focused_layout_is_radial(graph: nx.MultiDiGraph) -> None:
    data = page_data(viz.render_html(graph, focus="IEMOCAP", hops=2))
    xy = {n["id"]: (n["x"], n["y"]) for n in data["nodes"]}
    iemocap = B + "dataset/iemocap"
    assert xy[iemocap] == (0.0, 0.0)
    near = (set(graph.succ[iemocap]) | set(graph.pred[iemocap])) & set(xy)
    far = set(xy) - near - {iemocap}
    assert near and far
    assert max(math.hypot(*xy[n]) for n in near) < min(math.hypot(*xy[n]) for n in far)


def test_spread_on_circle_keeps_order_and_gaps() -> None:
    far = [0.0, 2.0, 4.0]
    assert [round(a, 6) for a in viz._spread_on_circle(far, [0.1] * 3)] == far  # already apart: unchanged
    crowded = viz._spread_on_circle([1.0] * 5 + [1.0001], [0.05] * 6)
    ordered = sorted(crowded)
    assert all(b - a >= 0.1 - 1e-9 for a, b in zip(ordered, ordered[1:]))
    assert abs(sum(crowded) / 6 - 1.0) < 1e-3  # centred on the shared target
    packed = viz._spread_on_circle([0.0] * 40, [0.1] * 40)  # needs 8 rad > 2 pi: even spacing
    ordered = sorted(packed)
    assert all(abs((b - a) - 2 * math.pi / 40) < 1e-9 for a, b in zip(ordered, ordered[1:]))


def test_odd_nodes_render() -> None:
    g = nx.MultiDiGraph()
    g.add_node(B + "thing/no-label", type="Gadget", info={"k": ["a", "b"], "flag": True})
    g.add_node(B + "paper/x", label="x", type="Paper", info={"authors": None, "code": "not a url"})
    g.add_edge(B + "paper/x", B + "thing/no-label", relation="mentions", evidence="s", rule="r", confidence="n/a")
    data = page_data(viz.render_html(g))
    other = next(n for n in data["nodes"] if n["t"] == "Other")
    assert other["f"] == "no-label"
    assert data["edges"][0]["r"] == "other" and data["edges"][0]["ev"] == [["s", "r", None]]
    empty = viz.render_html(nx.MultiDiGraph())
    assert page_data(empty)["nodes"] == []


def test_layout_scales() -> None:
    g = nx.MultiDiGraph()
    rng = random.Random(0)
    tasks = [B + f"task/t{i}" for i in range(30)]
    datasets = [B + f"dataset/d{i}" for i in range(200)]
    for t in tasks:
        g.add_node(t, label=t[-3:], type="Task")
    for d in datasets:
        g.add_node(d, label=d[-4:], type="Dataset")
    for i in range(1770):
        p = B + f"paper/{i}"
        g.add_node(p, label=f"Paper {i}", type="Paper", info={"abstract": "words " * 100})
        for t in rng.sample(tasks, 2):
            g.add_edge(p, t, relation="addressesTask", evidence="ev", rule="r", confidence=0.5)
        for d in rng.sample(datasets, 3):
            g.add_edge(p, d, relation="usesDataset", evidence="ev", rule="r", confidence=0.5)
    start = time.perf_counter()
    data = page_data(viz.render_html(g, max_nodes=2000))
    elapsed = time.perf_counter() - start
    assert len(data["nodes"]) == 2000
    assert elapsed < 3.0, elapsed  # typically ~0.4 s
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == 2000
