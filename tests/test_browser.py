"""The HTML graph page in headless Chromium: offline, no script injection, search, filters, evidence, speed.

Needs the ``playwright`` Python package and Debian's Chromium at /usr/bin/chromium (no browser download).
Screenshots and the measured ready times go to tests/output/.
"""
from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg import viz

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync", "--disable-quic"]
OUT = Path(__file__).resolve().parent / "output"
B = "https://w3id.org/affect-kg/"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "</script><script>alert(2)</script>"
EVIDENCE = "We introduce MELD, a multimodal multi-party conversational dataset <!-- </script>."

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(sync_playwright is None, reason="the playwright Python package is not installed "
                                                       "(pip install '.[test]')"),
    pytest.mark.skipif(not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)),
                       reason=f"{CHROMIUM} is missing (apt-get install chromium)"),
]


# --- graphs -------------------------------------------------------------------------------------------

def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()

    def node(iri: str, label: str, kind: str, **info: object) -> str:
        g.add_node(B + iri, label=label, type=kind, **({"info": info} if info else {}))
        return B + iri

    ser = node("task/speech-emotion-recognition", "speech emotion recognition", "Task")
    erc = node("task/emotion-recognition-in-conversation", "emotion recognition in conversation", "Task")
    speech, text = node("modality/speech", "speech", "Modality"), node("modality/text", "text", "Modality")
    ekman = node("emotion-model/ekman", "Ekman", "EmotionModel")
    for c in ("anger", "joy", "fear"):
        g.add_edge(ekman, node(f"emotion/ekman-{c}", c, "EmotionCategory"), relation="hasCategory")
    iemocap = node("dataset/iemocap", "IEMOCAP", "Dataset", modalities=["speech", "text"], emotion_models=["ekman"],
                   catalogued=True, introduced_by=[], used_by=[XSS_IMG])
    meld = node("dataset/meld", "MELD", "Dataset", modalities=["text"], emotion_models=["ekman"], catalogued=True,
                introduced_by=["MELD: A Multimodal Multi-Party Dataset"], used_by=[XSS_SCRIPT])
    g.add_edge(iemocap, speech, relation="hasModality")
    g.add_edge(meld, text, relation="hasModality")
    g.add_edge(meld, ekman, relation="annotatedWith")
    p_meld = node("paper/meld", "MELD: A Multimodal Multi-Party Dataset", "Paper", date="2019-06-01", authors=6,
                  abstract="Emotion recognition in conversation " * 20, code=["https://github.com/declare-lab/MELD"])
    p_img = node("paper/xss-img", XSS_IMG, "Paper", authors=2, abstract=XSS_IMG, code=["javascript:alert(5)"])
    p_scr = node("paper/xss-script", XSS_SCRIPT, "Paper", authors=1, abstract="<!-- " + XSS_SCRIPT)
    g.add_edge(p_meld, meld, relation="introducesDataset", evidence=EVIDENCE, rule="pattern:we-introduce", confidence=0.97)
    g.add_edge(p_meld, erc, relation="addressesTask", evidence="emotion recognition in conversation", rule="gaz",
               confidence=0.8)
    g.add_edge(p_img, iemocap, relation="usesDataset", evidence="We test on IEMOCAP " + XSS_IMG, rule="gaz",
               confidence=0.9)
    g.add_edge(p_img, ser, relation="addressesTask", evidence="SER", rule="gaz", confidence=0.8)
    g.add_edge(p_scr, meld, relation="usesDataset", evidence="MELD " + XSS_SCRIPT, rule="gaz", confidence=0.9)
    g.add_edge(p_scr, text, relation="usesModality", evidence="text", rule="gaz", confidence=0.6)
    return g


def synthetic_graph(n_nodes: int = 2000, seed: int = 0, n_datasets: int = 200) -> nx.MultiDiGraph:
    """Topic-structured corpus: 30 tasks, 9 modalities, 6 models with 7 categories each, datasets, papers.

    About 3.2 links per paper plus the datasets' own: 420 nodes give ~1,200 links, 2,000 give ~6,400."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    tasks = [B + f"task/t{i:02d}" for i in range(30)]
    mods = [B + f"modality/m{i}" for i in range(9)]
    models = [B + f"emotion-model/e{i}" for i in range(6)]
    for t in tasks:
        g.add_node(t, label=f"task {t[-2:]}", type="Task")
    for m in mods:
        g.add_node(m, label=f"modality {m[-1]}", type="Modality")
    for m in models:
        g.add_node(m, label=f"model {m[-1]}", type="EmotionModel")
        for c in range(7):
            cat = f"{m.replace('emotion-model', 'emotion')}-c{c}"
            g.add_node(cat, label=f"category {m[-1]}.{c}", type="EmotionCategory")
            g.add_edge(m, cat, relation="hasCategory")
    n_papers = n_nodes - g.number_of_nodes() - n_datasets
    datasets = [B + f"dataset/d{i:03d}" for i in range(n_datasets)]
    home = {d: rng.randrange(12) for d in datasets}
    for d in datasets:
        g.add_node(d, label=f"Dataset {d[-3:]}", type="Dataset",
                   info={"modalities": ["speech"], "emotion_models": ["ekman"], "catalogued": True,
                         "introduced_by": [], "used_by": []})
        g.add_edge(d, rng.choice(mods), relation="hasModality")
        g.add_edge(d, rng.choice(models), relation="annotatedWith")
    for i in range(n_papers):
        p = B + f"paper/p{i:05d}"
        topic = rng.randrange(12) if rng.random() < 0.8 else rng.randrange(30)
        g.add_node(p, label=f"Paper {i} on task {topic} with a reasonably long title", type="Paper",
                   info={"date": "2024-01-01", "authors": 3, "abstract": "We study emotion. " * 30,
                         "code": [f"https://github.com/example/p{i}"]})
        g.add_edge(p, tasks[topic], relation="addressesTask", evidence="task", rule="gaz", confidence=0.8)
        g.add_edge(p, rng.choice(mods), relation="usesModality", evidence="mod", rule="gaz", confidence=0.7)
        pool = [d for d in datasets if home[d] == topic] or datasets
        for d in rng.sample(pool, min(len(pool), rng.randint(0, 3))):
            rel = "introducesDataset" if rng.random() < 0.1 else "usesDataset"
            g.add_edge(p, d, relation=rel, evidence=f"We use {d[-3:]}.", rule="gaz", confidence=0.9)
    assert g.number_of_nodes() == n_nodes
    return g


# --- browser plumbing ---------------------------------------------------------------------------------

class Page:
    """A loaded graph page plus everything it tried to do that it should not."""

    def __init__(self, browser, path: Path) -> None:  # type: ignore[no-untyped-def]
        self.blocked: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, service_workers="block")
        self.page = self.context.new_page()

        def route(r):  # type: ignore[no-untyped-def]
            url = r.request.url
            if url.startswith(("file:", "data:", "blob:")):
                r.continue_()
            else:
                self.blocked.append(url)
                r.abort()

        self.page.route("**/*", route)
        self.page.on("request", lambda req: self.requests.append(req.url))
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))

        def dialog(d):  # type: ignore[no-untyped-def]
            self.dialogs.append(d.message)
            d.dismiss()

        self.page.on("dialog", dialog)
        start = time.perf_counter()
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.akgReady === true", timeout=15_000)
        self.wall_s = time.perf_counter() - start
        self.ready_ms = float(self.page.evaluate("window.akgReadyMs"))

    def js(self, expr: str, arg: object = None) -> object:
        return self.page.evaluate(expr, arg)

    def clean(self) -> None:
        """No network request, no script error, no dialog (so no injected script ran)."""
        assert self.blocked == [], self.blocked
        assert all(u.startswith(("file:", "data:", "blob:")) for u in self.requests), self.requests
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs

    def centre_on(self, canvas_xy: dict[str, float]) -> tuple[float, float]:
        """Move the view so that a canvas point sits in the middle of the graph area; return page coords."""
        self.js("p => network.moveTo({position: p, scale: 1.6, animation: false})", canvas_xy)
        box = self.page.locator("#akg-net").bounding_box()
        assert box
        dom = self.js("p => network.canvasToDOM(p)", canvas_xy)
        assert isinstance(dom, dict)
        return box["x"] + dom["x"], box["y"] + dom["y"]

    def shot(self, name: str) -> None:
        self.page.wait_for_timeout(60)
        self.page.screenshot(path=str(OUT / name))

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    OUT.mkdir(exist_ok=True)
    with sync_playwright() as pw:  # type: ignore[misc]
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def small(browser: object, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Page, nx.MultiDiGraph]]:
    g = small_graph()
    path = viz.write_html(g, tmp_path_factory.mktemp("viz") / "graph.html", title="affect-kg test")
    page = Page(browser, path)
    print(f"\nsmall graph ({g.number_of_nodes()} nodes): ready at {page.ready_ms:.0f} ms after navigation start "
          f"(load {page.wall_s:.2f} s)")
    _record("small", g.number_of_nodes(), page)
    yield page, g
    page.close()


def _record(name: str, n: int, page: Page) -> None:
    path = OUT / "ready_times.json"
    try:
        times = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        times = {}
    times[name] = {"nodes": n, "ready_ms": round(page.ready_ms), "load_s": round(page.wall_s, 3)}
    path.write_text(json.dumps(times, indent=2, sort_keys=True) + "\n", encoding="utf-8")


# --- tests --------------------------------------------------------------------------------------------

def test_loads_offline_and_complete(small: tuple[Page, nx.MultiDiGraph]) -> None:
    page, g = small
    assert page.js("akg.nodes.length") == g.number_of_nodes()
    assert page.js("network.body.nodeIndices.length") == g.number_of_nodes()
    assert page.js("akg.edges.length") == g.number_of_edges()  # no parallel edges with one relation here
    assert page.ready_ms < 2_000, page.ready_ms
    assert page.js("document.querySelector('#akg-note').hidden") is True
    page.shot("small.png")
    page.clean()


def test_hostile_titles_are_text(small: tuple[Page, nx.MultiDiGraph]) -> None:
    page, _ = small
    for title in (XSS_IMG, XSS_SCRIPT):
        page.page.fill("#akg-q", title)
        page.page.press("#akg-q", "Enter")
        assert page.js("document.querySelector('#akg-panel').hidden") is False
        assert page.js("document.querySelector('#akg-panel .akg-tip-title').textContent") == title
    assert page.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.js("document.querySelectorAll('script').length") == 3  # data, vis, app: nothing injected
    assert page.js("document.querySelectorAll('#akg-panel a[href^=\"javascript\"]').length") == 0
    # the tooltip element of a hostile node holds text only
    tip = page.js(f"akg.nodes.get({json.dumps(B + 'paper/xss-img')}).title.outerHTML")
    assert isinstance(tip, str) and "<img" not in tip and "&lt;img src=x" in tip
    page.page.wait_for_timeout(100)
    page.shot("xss.png")
    page.clean()


def test_search_selects_and_focuses(small: tuple[Page, nx.MultiDiGraph]) -> None:
    page, _ = small
    page.page.fill("#akg-q", "")
    page.page.type("#akg-q", "iemocap")
    page.page.press("#akg-q", "Enter")
    assert page.js("network.getSelectedNodes()") == [B + "dataset/iemocap"]
    assert page.js("document.querySelector('#akg-panel .akg-tip-title').textContent") == "IEMOCAP"
    page.page.fill("#akg-q", "no such node at all")
    page.page.press("#akg-q", "Enter")
    assert page.js("document.querySelector('#akg-search-msg').textContent") == "no match"
    labels = page.js("Array.from(document.querySelectorAll('#akg-labels option')).map(o => o.value)")
    assert isinstance(labels, list) and "IEMOCAP" in labels and XSS_IMG in labels
    page.clean()


def test_type_and_relation_filters(small: tuple[Page, nx.MultiDiGraph]) -> None:
    page, g = small
    visible = "akg.nodes.get({filter: n => !n.hidden}).length"
    visible_edges = "akg.edges.get({filter: e => !e.hidden}).length"
    n_datasets = sum(1 for _, t in g.nodes(data="type") if t == "Dataset")
    dataset_edges = sum(1 for u, v in g.edges() if "Dataset" in (g.nodes[u]["type"], g.nodes[v]["type"]))
    page.page.uncheck('#akg-type-filter input[data-type="Dataset"]')
    assert page.js(visible) == g.number_of_nodes() - n_datasets
    assert page.js(visible_edges) == g.number_of_edges() - dataset_edges
    assert page.js("network.body.nodeIndices.length") == g.number_of_nodes() - n_datasets  # vis draws visible ones
    page.shot("filter-no-datasets.png")
    page.page.check('#akg-type-filter input[data-type="Dataset"]')
    assert page.js(visible) == g.number_of_nodes()
    n_cat = sum(1 for _, _, r in g.edges(data="relation") if r == "hasCategory")
    page.page.uncheck('#akg-rel-filter input[data-rel="hasCategory"]')
    assert page.js(visible_edges) == g.number_of_edges() - n_cat
    page.page.check('#akg-rel-filter input[data-rel="hasCategory"]')
    assert page.js(visible_edges) == g.number_of_edges()
    page.clean()


def test_click_node_highlights_neighbourhood(small: tuple[Page, nx.MultiDiGraph]) -> None:
    page, g = small
    meld = B + "dataset/meld"
    x, y = page.centre_on(page.js(f"network.getPositions([{json.dumps(meld)}])[{json.dumps(meld)}]"))
    page.page.mouse.click(x, y)
    assert page.js("network.getSelectedNodes()") == [meld]
    near = set(g.succ[meld]) | set(g.pred[meld]) | {meld}
    dimmed = page.js("akg.nodes.get({filter: n => n.color.background.startsWith('rgba(210')}).map(n => n.id)")
    assert isinstance(dimmed, list) and set(dimmed) == set(g.nodes) - near
    page.shot("highlight.png")
    x, y = page.centre_on({"x": 100_000, "y": 100_000})  # empty canvas: clears the highlight
    page.page.mouse.click(x, y)
    assert page.js("network.getSelectedNodes()") == []
    assert page.js("akg.nodes.get({filter: n => n.color.background.startsWith('rgba(210')}).length") == 0
    page.js("network.fit({animation: false})")
    page.clean()


def test_click_edge_shows_evidence(small: tuple[Page, nx.MultiDiGraph]) -> None:
    page, _ = small
    edge = page.js(f"akg.edges.get({{filter: e => e.from === {json.dumps(B + 'paper/meld')} && "
                   f"e.to === {json.dumps(B + 'dataset/meld')}}})[0].id")
    pos = page.js(f"(() => {{ const e = akg.edges.get({json.dumps(edge)}); const p = network.getPositions([e.from, e.to]);"
                  " const a = p[e.from], b = p[e.to]; return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}; })()")
    x, y = page.centre_on(pos)  # type: ignore[arg-type]
    box = page.page.locator("#akg-net").bounding_box()
    assert box
    at = {"x": x - box["x"], "y": y - box["y"]}
    assert page.js("p => network.getNodeAt(p)", at) is None
    assert page.js("p => network.getEdgeAt(p)", at) == edge
    page.page.mouse.click(x, y)
    assert page.js("document.querySelector('#akg-panel').hidden") is False
    assert page.js("document.querySelector('#akg-panel .akg-ev-text').textContent") == EVIDENCE
    meta = page.js("document.querySelector('#akg-panel .akg-ev-meta').textContent")
    assert meta == "rule: pattern:we-introduce · confidence: 0.97"
    assert page.js("document.querySelector('#akg-panel .akg-rel').textContent") == "introducesDataset"
    page.shot("edge-evidence.png")
    page.clean()


def test_focused_view_has_note_banner(browser: object, tmp_path: Path) -> None:
    g = small_graph()
    path = viz.write_html(g, tmp_path / "focus.html", focus="MELD", hops=1)
    view, note = viz.select_view(g, focus="MELD", hops=1)
    page = Page(browser, path)
    try:
        assert note and page.js("document.querySelector('#akg-note').hidden") is False
        assert page.js("document.querySelector('#akg-note-text').textContent") == note
        assert page.js("akg.nodes.length") == view.number_of_nodes()
        assert page.js("network.getSelectedNodes()") == [B + "dataset/meld"]
        page.shot("focus-meld.png")
        page.clean()
    finally:
        page.close()


@pytest.mark.parametrize(("name", "n_nodes", "n_datasets", "budget_ms"), [
    ("corpus_size_420", 420, 60, 2_000),  # the bundled corpus is ~420 nodes
    ("synthetic_2000", 2000, 200, 5_000),
])
def test_large_graph_ready_in_time(browser: object, tmp_path: Path, name: str, n_nodes: int, n_datasets: int,
                                   budget_ms: int) -> None:
    g = synthetic_graph(n_nodes, n_datasets=n_datasets)
    start = time.perf_counter()
    path = viz.write_html(g, tmp_path / f"{name}.html", max_nodes=2000)
    build_s = time.perf_counter() - start
    page = Page(browser, path)
    try:
        print(f"\n{name}: {n_nodes:,} nodes, {g.number_of_edges():,} edges: built in {build_s:.2f} s, ready at "
              f"{page.ready_ms:.0f} ms after navigation start (load {page.wall_s:.2f} s)")
        _record(name, g.number_of_nodes(), page)
        assert page.js("akg.nodes.length") == n_nodes
        assert page.ready_ms < budget_ms, page.ready_ms
        page.page.fill("#akg-q", "Dataset 007")
        page.page.press("#akg-q", "Enter")
        assert page.js("network.getSelectedNodes()") == [B + "dataset/d007"]
        page.shot(f"{name}.png")
        page.clean()
    finally:
        page.close()


def test_bundled_corpus_page(browser: object, built: Path) -> None:
    """The graph.html that `kg build` writes for the bundled corpus: offline, every node type, legend, fast."""
    page = Page(browser, built / "graph.html")
    try:
        print(f"\nbundled corpus graph.html: ready at {page.ready_ms:.0f} ms after navigation start "
              f"(load {page.wall_s:.2f} s)")
        n = page.js("akg.nodes.length")
        _record("bundled_corpus", int(n), page)  # type: ignore[arg-type]
        types = set(page.js("akg.nodes.get().map(n => n.group || n.type)") or [])  # type: ignore[arg-type]
        legend = page.js("document.body.innerText")
        for kind in ("Paper", "Dataset", "Task", "Modality", "EmotionModel", "EmotionCategory"):
            assert kind in legend, kind
        assert len(types) >= 6, types
        assert page.ready_ms < 2_000, page.ready_ms
        page.page.fill("#akg-q", "IEMOCAP")
        page.page.press("#akg-q", "Enter")
        assert page.js("network.getSelectedNodes()") == ["https://w3id.org/affect-kg/dataset/iemocap"]
        page.shot("bundled-corpus.png")
        page.clean()
    finally:
        page.close()
