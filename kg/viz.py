"""Self-contained, offline HTML page to explore the knowledge graph (vis-network, positions computed here).

The page inlines vis-network's JavaScript and CSS from the installed pyvis package (without importing
pyvis, which pulls in IPython), embeds the graph as escaped JSON, and lays the nodes out in Python so the
browser draws once with physics off. Every string from the graph is untrusted: it reaches the page only
as JSON inside a non-executed ``<script type="application/json">`` block (with ``<``, ``>`` and ``&``
written as ``\\u003c``-style escapes) and is put into the DOM with ``textContent``; the few strings
rendered server-side go through :func:`html.escape`. A Content-Security-Policy allows only the page's own
two scripts (by hash) and no network access at all.
"""
from __future__ import annotations

import base64
import bisect
import difflib
import hashlib
import html
import importlib.util
import itertools
import json
import math
import os
import random
import re
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import networkx as nx

from .atomic import atomic_write
from .errors import KGError

__all__ = ["render_html", "write_html", "write_page", "select_view", "highest_degree", "Whole", "FocusNotFound",
           "ViewError", "MAX_NODES", "NODE_TYPES", "RELATIONS"]

# ---------------------------------------------------------------------------------------------------
# visual vocabulary
# ---------------------------------------------------------------------------------------------------

#: how many nodes a page draws unless told otherwise (the page says what it left out)
MAX_NODES = 1500

#: node type -> (fill colour, vis shape, label font size); Okabe-Ito based, distinct shapes per type
NODE_TYPES: dict[str, tuple[str, str, int]] = {
    "Paper": ("#56B4E9", "dot", 11),
    "Dataset": ("#E69F00", "square", 16),
    "Task": ("#009E73", "diamond", 26),
    "Modality": ("#CC79A7", "triangle", 26),
    "EmotionModel": ("#7B3294", "hexagon", 26),
    "EmotionCategory": ("#D4C200", "star", 13),
    "EmotionDimension": ("#0072B2", "triangleDown", 13),
    "Other": ("#999999", "dot", 13),
}

#: relation -> (colour, dash pattern or None for solid, width)
RELATIONS: dict[str, tuple[str, list[int] | None, float]] = {
    "introducesDataset": ("#B2182B", None, 3.0),
    "usesDataset": ("#E69F00", [8, 6], 1.5),
    "addressesTask": ("#009E73", None, 1.0),
    "usesModality": ("#CC79A7", None, 1.0),
    "usesEmotionModel": ("#7B3294", None, 1.0),
    "hasModality": ("#CC79A7", [2, 4], 1.0),
    "annotatedWith": ("#7B3294", [2, 4], 1.0),
    "hasCategory": ("#B8A800", None, 1.0),
    "hasDimension": ("#0072B2", None, 1.0),
    "other": ("#888888", [4, 4], 1.0),
}

_HUB_ORDER = {"Task": 0, "Modality": 1, "EmotionModel": 2}
_CHILD_TYPES = {"EmotionCategory", "EmotionDimension"}
_TEMPLATE = Path(__file__).with_name("viz_template.html")
_PLACEHOLDER = re.compile(r"@@([A-Z_]+)@@")
_ABSTRACT_CHARS = 300
_PAPER_LABEL_CHARS = 48
_LIST_ITEMS = 8


class ViewError(KGError, ValueError):
    """A view argument is out of range or names an unknown node type."""


class FocusNotFound(KGError, LookupError):
    """``--focus`` matched no node label; ``suggestions`` holds the closest labels (maybe empty)."""

    def __init__(self, focus: str, suggestions: list[str]) -> None:
        self.focus, self.suggestions = focus, suggestions
        hint = "; did you mean: " + ", ".join(repr(s) for s in suggestions) + "?" if suggestions else ""
        super().__init__(f"no node label matches {focus!r}{hint}")


# ---------------------------------------------------------------------------------------------------
# choosing what to show
# ---------------------------------------------------------------------------------------------------

def _label(g: nx.MultiDiGraph, n: str) -> str:
    lab = g.nodes[n].get("label")
    if lab is None or str(lab).strip() == "":
        s = str(n).rstrip("/#")
        return re.split(r"[/#]", s)[-1] or s
    return str(lab)


def _type(g: nx.MultiDiGraph, n: str) -> str:
    t = g.nodes[n].get("type")
    return t if isinstance(t, str) and t in NODE_TYPES else "Other"


def _raw_type(g: nx.MultiDiGraph, n: str) -> str:
    t = g.nodes[n].get("type")
    return t if isinstance(t, str) else ""


def _find_focus(g: nx.MultiDiGraph, focus: str) -> list[str]:
    query = " ".join(str(focus).split()).casefold()
    if not query:
        raise FocusNotFound(str(focus), [])
    if focus in g:  # an IRI works too
        return [focus]
    labels = {n: " ".join(_label(g, n).split()).casefold() for n in g}
    exact = sorted((n for n, lab in labels.items() if lab == query), key=str)
    if exact:
        return exact
    partial = sorted((n for n, lab in labels.items() if query in lab), key=str)
    if partial:
        return partial
    originals: dict[str, str] = {}
    for n, lab in sorted(labels.items(), key=lambda kv: str(kv[0])):
        originals.setdefault(lab, _label(g, n))
    close = difflib.get_close_matches(query, sorted(originals), n=5, cutoff=0.6)
    raise FocusNotFound(str(focus), [originals[c] for c in close])


def select_view(
    g: nx.MultiDiGraph,
    focus: str | None = None,
    hops: int = 2,
    types: set[str] | None = None,
    min_degree: int = 0,
    max_nodes: int = MAX_NODES,
) -> tuple[nx.MultiDiGraph, str | None]:
    """Pick the part of ``g`` to draw and say what was left out.

    Steps, in order: ``focus`` keeps the nodes within ``hops`` links (either direction) of every node whose
    label equals ``focus`` case-insensitively, or, when none does, of every node whose label contains it
    (a node IRI also works); ``types`` then keeps only nodes of those types; ``min_degree`` keeps nodes with
    at least that many links in ``g``. The focus nodes themselves survive both filters. If more than
    ``max_nodes`` remain, the nearest to the focus and then the highest-degree ones are kept (ties by IRI).

    Returns the induced subgraph (a copy, with every edge between kept nodes) and a one-line note such as
    ``"showing 1,500 of 216,412 nodes: kept the highest-degree nodes; use --focus/--types/--min-degree"``,
    or ``None`` when nothing was left out.

    Raises :class:`FocusNotFound` (a ``LookupError``) with difflib suggestions when ``focus`` matches no
    label, and :class:`ViewError` (a ``ValueError``) for a negative ``hops``/``min_degree``, ``max_nodes`` < 1
    or an unknown type. Both are :class:`~kg.errors.KGError` subclasses.
    """
    sub, note, _ = _select(g, focus, hops, types, min_degree, max_nodes)
    return sub, note


def _select(
    g: nx.MultiDiGraph, focus: str | None, hops: int, types: set[str] | None, min_degree: int, max_nodes: int,
) -> tuple[nx.MultiDiGraph, str | None, list[str]]:
    if hops < 0 or min_degree < 0 or max_nodes < 1:
        raise ViewError("hops and min_degree must be >= 0 and max_nodes >= 1")
    if types is not None:
        present = {t for _, t in g.nodes(data="type") if isinstance(t, str)}
        unknown = sorted(set(types) - set(NODE_TYPES) - present)
        if unknown:
            known = sorted((set(NODE_TYPES) | present) - {"Other"})
            raise ViewError(f"unknown node type(s) {', '.join(unknown)}; known: {', '.join(known)}")
    total = g.number_of_nodes()
    degree = dict(g.degree())
    reasons: list[str] = []
    seeds: list[str] = []
    dist: dict[str, int] = {}
    if focus is not None:
        seeds = _find_focus(g, focus)
        dist = {s: 0 for s in seeds}
        queue = deque(seeds)
        while queue:
            n = queue.popleft()
            if dist[n] >= hops:
                continue
            for m in itertools.chain(g.succ[n], g.pred[n]):  # BFS levels do not depend on the order
                if m not in dist:
                    dist[m] = dist[n] + 1
                    queue.append(m)
        what = repr(_label(g, seeds[0])) if len(seeds) == 1 else f"{len(seeds):,} nodes matching {focus!r}"
        reasons.append(f"within {hops} hop{'s' if hops != 1 else ''} of {what}")
        candidates: Iterable[str] = dist
    else:
        candidates = g.nodes
    keep_always = set(seeds)
    if types is not None:
        wanted = set(types)
        candidates = [n for n in candidates if n in keep_always or _type(g, n) in wanted or _raw_type(g, n) in wanted]
        reasons.append("types " + ", ".join(sorted(wanted)))
    if min_degree > 0:
        candidates = [n for n in candidates if n in keep_always or degree[n] >= min_degree]
        reasons.append(f"min degree {min_degree}")
    kept = list(candidates)
    capped = len(kept) > max_nodes
    if capped:
        kept = sorted(kept, key=lambda n: (dist.get(n, 0), -degree[n], str(n)))[:max_nodes] if seeds else \
            highest_degree(degree, max_nodes, kept)
        reasons.append("kept the nearest, then highest-degree nodes" if seeds else _BY_DEGREE)
    sub = _induced(g, kept)
    kept_seeds = [s for s in seeds if s in sub]
    return sub, _note(sub.number_of_nodes(), total, reasons, capped), kept_seeds


_BY_DEGREE = "kept the highest-degree nodes"


def highest_degree(degree: Mapping[str, int], max_nodes: int, nodes: Iterable[str] | None = None) -> list[str]:
    """The ``max_nodes`` nodes (of ``nodes``, default every node of ``degree``) with the most links, ties by
    IRI: what the unfocused view keeps of a large graph."""
    return sorted(degree if nodes is None else nodes, key=lambda n: (-degree[n], str(n)))[:max_nodes]


def _note(shown: int, total: int, reasons: list[str], capped: bool) -> str | None:
    if shown >= total:
        return None
    note = f"showing {shown:,} of {total:,} nodes: " + "; ".join(reasons)
    return note + "; use --focus/--types/--min-degree" if capped else note


@dataclass(frozen=True)
class Whole:
    """What the page needs of a graph it was not given whole: the graph passed holds only the nodes
    :func:`highest_degree` kept (and the links between them), so their links in the whole graph and the
    whole graph's size come from here. Building 117,000 nodes to draw 1,500 took ~6 s and ~0.7 GB at
    100,000 papers."""

    degree: Mapping[str, int]  # links of each kept node in the whole graph
    total: int  # nodes in the whole graph


# ---------------------------------------------------------------------------------------------------
# layout: rings by type, papers snapped to a polar grid near their neighbours; pure Python, seeded
# ---------------------------------------------------------------------------------------------------

def _induced(g: nx.MultiDiGraph, kept: list[str]) -> nx.MultiDiGraph:
    """Induced subgraph as an independent graph (attribute dicts are shallow copies); faster than
    ``nx.MultiDiGraph(g.subgraph(kept))``, which filters every adjacency through views."""
    keep = set(kept)
    sub = nx.MultiDiGraph()
    sub.graph.update(g.graph)
    sub.add_nodes_from((n, dict(g.nodes[n])) for n in kept)
    sub.add_edges_from(
        (u, v, k, dict(d))
        for u in kept
        for v, keyed in g.succ[u].items() if v in keep
        for k, d in keyed.items()
    )
    return sub


class _AnnulusGrid:
    """Cells of about ``cell`` px on concentric rings from ``r_in``; each cell holds one node.

    Each ring keeps the sorted list of its free columns, so finding the free cell nearest to a target costs
    a bisection per ring looked at."""

    def __init__(self, r_in: float, r_out: float, cell: float) -> None:
        self.r_in, self.cell = r_in, cell
        self.rows: list[tuple[float, int, list[int]]] = []
        while not self.rows or self.rows[-1][0] + cell / 2 < r_out:
            self._add_row()

    def _add_row(self) -> None:
        r = self.r_in + (len(self.rows) + 0.5) * self.cell
        cols = max(6, int(2 * math.pi * r / self.cell))
        self.rows.append((r, cols, list(range(cols))))

    def place(self, tr: float, ta: float) -> tuple[float, float]:
        """Take the free cell nearest to polar target (tr, ta); returns its centre as (x, y)."""
        tx, ty = tr * math.cos(ta), tr * math.sin(ta)
        turn = (ta / (2 * math.pi)) % 1.0
        while True:
            best: tuple[float, int, int] | None = None
            i0 = min(max(int(round((tr - self.r_in) / self.cell - 0.5)), 0), len(self.rows) - 1)
            for d in range(len(self.rows)):
                if best is not None and (d - 1) * self.cell > best[0]:
                    break
                for i in (i0 - d, i0 + d) if d else (i0,):
                    if not 0 <= i < len(self.rows):
                        continue
                    r, cols, free = self.rows[i]
                    if not free or (best is not None and abs(r - tr) > best[0]):
                        continue
                    j = bisect.bisect_left(free, turn * cols)
                    for k in (j % len(free), j - 1):
                        c = free[k]
                        a = 2 * math.pi * c / cols
                        dd = math.hypot(r * math.cos(a) - tx, r * math.sin(a) - ty)
                        if best is None or dd < best[0]:
                            best = (dd, i, c)
            if best is not None:
                _, i, c = best
                r, cols, free = self.rows[i]
                del free[bisect.bisect_left(free, c)]
                a = 2 * math.pi * c / cols
                return r * math.cos(a), r * math.sin(a)
            self._add_row()


def _ring_radius(widths: list[float], minimum: float) -> float:
    return max(minimum, sum(widths) / (2 * math.pi))


def _circular_mean(angles: list[float]) -> float | None:
    if not angles:
        return None
    sx, sy = sum(math.cos(a) for a in angles), sum(math.sin(a) for a in angles)
    if math.hypot(sx, sy) < 1e-9 * len(angles):
        return angles[0]
    return math.atan2(sy, sx)


def _spread_on_circle(targets: list[float], gaps: list[float]) -> list[float]:
    """Angles near ``targets`` with consecutive (sorted) angles at least gap_i + gap_{i+1} apart.

    Least-squares on a line via pool-adjacent-violators, after cutting the circle at the widest gap
    between targets; falls back to even spacing in target order when the result would not fit.
    """
    n = len(targets)
    if n <= 1:
        return list(targets)
    two_pi = 2 * math.pi
    order = sorted(range(n), key=lambda i: (targets[i] % two_pi, i))
    t = [targets[i] % two_pi for i in order]
    widest = max(range(n), key=lambda j: ((t[(j + 1) % n] - t[j]) % two_pi, -j))
    start = (widest + 1) % n
    seq = order[start:] + order[:start]
    vals = [targets[i] % two_pi for i in seq]
    for j in range(1, n):
        while vals[j] < vals[j - 1]:
            vals[j] += two_pi
    offsets = [0.0]
    for j in range(1, n):
        offsets.append(offsets[-1] + gaps[seq[j - 1]] + gaps[seq[j]])
    total = offsets[-1] + gaps[seq[-1]] + gaps[seq[0]]
    if total >= two_pi:
        scale = two_pi / total
        base = vals[0]
        placed = [base + o * scale for o in offsets]
    else:
        blocks: list[list[float]] = []  # [sum, count]
        for v, o in zip(vals, offsets):
            blocks.append([v - o, 1.0])
            while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
                s, c = blocks.pop()
                blocks[-1][0] += s
                blocks[-1][1] += c
        fitted: list[float] = []
        for s, c in blocks:
            fitted.extend([s / c] * int(c))
        placed = [f + o for f, o in zip(fitted, offsets)]
        if placed[-1] - placed[0] + gaps[seq[-1]] + gaps[seq[0]] > two_pi:
            scale = two_pi / total
            placed = [placed[0] + o * scale for o in offsets]
    out = [0.0] * n
    for j, i in enumerate(seq):
        out[i] = placed[j]
    return out


def _node_size(deg: int) -> float:
    return round(min(6.0 + 2.5 * math.sqrt(deg), 50.0), 2)


def _layout(view: nx.MultiDiGraph, sizes: dict[str, float], seed: int) -> dict[str, tuple[float, float]]:
    """Deterministic positions: hubs (tasks, modalities, models) on an inner ring grouped by type,
    emotion categories/dimensions inside the ring next to their model, papers in a band around it near
    the circular mean of their neighbours, datasets on an outer ring ordered by their main task, and
    isolated papers/datasets on a last ring. Runs in about O(n + m) for real corpora."""
    rng = random.Random(seed)
    nodes = sorted(view.nodes, key=str)
    if not nodes:
        return {}
    ntype = {n: _type(view, n) for n in nodes}
    nbrs = {n: sorted((set(view.succ[n]) | set(view.pred[n])) - {n}, key=str) for n in nodes}
    label = {n: _label(view, n).casefold() for n in nodes}
    pos: dict[str, tuple[float, float]] = {}
    angle: dict[str, float] = {}

    parent: dict[str, str] = {}
    for n in nodes:
        if ntype[n] in _CHILD_TYPES:
            models = [m for m in nbrs[n] if ntype[m] == "EmotionModel"]
            if models:
                parent[n] = models[0]
    orphans = [n for n in nodes if ntype[n] in ("Paper", "Dataset") and not nbrs[n]]
    orphan_set = set(orphans)
    hubs = [n for n in nodes if ntype[n] not in ("Paper", "Dataset") and n not in parent]
    hubs.sort(key=lambda n: (_HUB_ORDER.get(ntype[n], 3), ntype[n], label[n], str(n)))
    children = sorted(parent, key=lambda n: (str(parent[n]), ntype[n], label[n], str(n)))
    datasets = [n for n in nodes if ntype[n] == "Dataset" and n not in orphan_set]
    papers = [n for n in nodes if ntype[n] == "Paper" and n not in orphan_set]

    # inner ring of hubs; room inside it for the emotion categories
    child_cell = 46.0
    hub_widths = [2 * sizes[n] + 50 for n in hubs]
    group_gap = 60.0
    groups = [ntype[n] for n in hubs]
    n_groups = len(set(groups))
    r_child_in = 50.0
    need_inside = math.sqrt(2.0 * len(children) * child_cell ** 2 / math.pi + r_child_in ** 2) + 90 \
        if children else 0.0
    r_hub = _ring_radius(hub_widths + [group_gap] * (n_groups if n_groups > 1 else 0), max(200.0, need_inside)) \
        if hubs else max(need_inside, 0.0)
    if hubs:
        used = 0.0
        circumference = sum(hub_widths) + (group_gap * n_groups if n_groups > 1 else 0.0)
        scale = (2 * math.pi * r_hub) / circumference
        for i, n in enumerate(hubs):
            if i and n_groups > 1 and groups[i] != groups[i - 1]:
                used += group_gap
            centre = used + hub_widths[i] / 2
            used += hub_widths[i]
            a = -math.pi / 2 + 2 * math.pi * (centre * scale) / (2 * math.pi * r_hub)
            angle[n] = a
            pos[n] = (r_hub * math.cos(a), r_hub * math.sin(a))
    if children:
        grid = _AnnulusGrid(r_child_in, max(r_hub - 80, r_child_in + child_cell), child_cell)
        for n in children:
            a = angle.get(parent[n], 0.0)
            pos[n] = grid.place(max(r_hub - 130, r_child_in), a)
            angle[n] = math.atan2(pos[n][1], pos[n][0])

    # paper band, then the dataset ring outside it
    cell = min(max(2 * (sorted(sizes[p] for p in papers)[len(papers) // 2] if papers else 10) + 16, 30.0), 60.0)
    band_in = (r_hub + 90) if (hubs or children) else 60.0
    band_out = math.sqrt(band_in ** 2 + 2.2 * len(papers) * cell ** 2 / math.pi) if papers else band_in
    ds_widths = {n: (sizes[n] + 30) for n in datasets}  # half the room a dataset and its label need
    r_ds = band_out + 100 if papers else band_in + 40
    ds_ring = 1.4 * sum(2 * w for w in ds_widths.values()) / (2 * math.pi)  # slack to sit near their task
    ds_on_ring = ds_ring <= 1.25 * r_ds  # else: a band of rows, like the papers
    r_ds = max(r_ds, ds_ring) if ds_on_ring else r_ds

    if datasets:
        targets: dict[str, float | None] = {}
        for d in datasets:
            tasks: Counter[str] = Counter()
            for p in nbrs[d]:
                if ntype[p] == "Paper":
                    tasks.update(t for t in nbrs[p] if ntype[t] == "Task" and t in angle)
            if tasks:
                top = max(tasks.values())
                targets[d] = angle[min(t for t, c in tasks.items() if c == top)]
            else:
                targets[d] = _circular_mean([angle[m] for m in nbrs[d] if m in angle])
        loose = [d for d in datasets if targets[d] is None]
        for i, d in enumerate(sorted(loose, key=lambda d: (label[d], str(d)))):
            targets[d] = -math.pi / 2 + 2 * math.pi * (i + 0.5) / len(loose)
        tl = [float(targets[d]) + rng.uniform(-1e-3, 1e-3) for d in datasets]  # type: ignore[arg-type]
        if ds_on_ring:
            spread = _spread_on_circle(tl, [ds_widths[d] / r_ds for d in datasets])
            for d, a in zip(datasets, spread):
                angle[d] = a
                pos[d] = (r_ds * math.cos(a), r_ds * math.sin(a))
        else:
            ds_cell = min(max(2 * sorted(ds_widths.values())[len(datasets) // 2], 40.0), 90.0)
            ds_out = math.sqrt(r_ds ** 2 + 1.8 * len(datasets) * ds_cell ** 2 / math.pi)
            grid = _AnnulusGrid(r_ds, ds_out, ds_cell)
            by_size = sorted(range(len(datasets)), key=lambda i: (-sizes[datasets[i]], str(datasets[i])))
            for i in by_size:
                d = datasets[i]
                pos[d] = grid.place(r_ds, tl[i])
                angle[d] = math.atan2(pos[d][1], pos[d][0])

    if papers:
        grid = _AnnulusGrid(band_in, band_out, cell)
        placed_later: list[str] = []
        order = sorted(papers, key=lambda p: (-view.degree(p), str(p)))
        for p in order:
            anchors = [m for m in nbrs[p] if m in pos]
            if not anchors:
                placed_later.append(p)
                continue
            a = _circular_mean([angle[m] for m in anchors])
            outer = sum(1 for m in anchors if ntype[m] == "Dataset") / len(anchors)
            r = band_in + (band_out - band_in) * (0.15 + 0.7 * outer)
            a = (a or 0.0) + rng.uniform(-0.5, 0.5) * cell / max(r, 1.0)
            x, y = grid.place(r, a)
            pos[p] = (x + rng.uniform(-0.2, 0.2) * cell, y + rng.uniform(-0.2, 0.2) * cell)
            angle[p] = math.atan2(y, x)
        orphans = sorted(orphans + placed_later, key=str)

    if orphans:
        outer_in = max((math.hypot(*xy) for xy in pos.values()), default=0.0) + 70
        ocell = 44.0
        grid = _AnnulusGrid(outer_in, outer_in + ocell, ocell)
        for i, n in enumerate(sorted(orphans, key=lambda n: (ntype[n], label[n], str(n)))):
            pos[n] = grid.place(outer_in, -math.pi / 2 + 2 * math.pi * i / len(orphans))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


def _radial_layout(view: nx.MultiDiGraph, focus: list[str], sizes: dict[str, float],
                   seed: int) -> dict[str, tuple[float, float]]:
    """Focused views: the focus node(s) in the middle, then one ring (or band) per hop, each node turned
    towards the neighbours it was reached from. Nodes the view cannot reach go on a last ring."""
    rng = random.Random(seed)
    nodes = sorted(view.nodes, key=str)
    ntype = {n: _type(view, n) for n in nodes}
    label = {n: _label(view, n).casefold() for n in nodes}
    nbrs = {n: sorted((set(view.succ[n]) | set(view.pred[n])) - {n}, key=str) for n in nodes}
    dist = {n: 0 for n in focus}
    queue = deque(sorted(focus, key=str))
    while queue:
        n = queue.popleft()
        for m in nbrs[n]:
            if m not in dist:
                dist[m] = dist[n] + 1
                queue.append(m)
    last = max(dist.values(), default=0) + 1
    levels: dict[int, list[str]] = {}
    for n in nodes:
        levels.setdefault(dist.get(n, last), []).append(n)
    pos: dict[str, tuple[float, float]] = {}
    angle: dict[str, float] = {}
    radius = 0.0
    for k in sorted(levels):
        level = levels[k]
        order = {t: i for i, t in enumerate(NODE_TYPES)}
        level.sort(key=lambda n: (order[ntype[n]], label[n], str(n)))
        if k == 0:
            if len(level) == 1:
                pos[level[0]] = (0.0, 0.0)
                radius = sizes[level[0]] + 40
                continue
        targets: list[float | None] = []
        for n in level:
            parents = [angle[m] for m in nbrs[n] if m in angle and dist.get(m, last) < k]
            targets.append(_circular_mean(parents))
        loose = [i for i, t in enumerate(targets) if t is None]
        for j, i in enumerate(loose):
            targets[i] = -math.pi / 2 + 2 * math.pi * (j + 0.5) / len(loose)
        tl = [float(t) + rng.uniform(-1e-3, 1e-3) for t in targets]  # type: ignore[arg-type]
        widths = [sizes[n] + 14 for n in level]
        ring = max(radius + 150, sum(2 * w for w in widths) / (2 * math.pi))
        if ring <= radius + 400 or len(level) < 3:
            spread = _spread_on_circle(tl, [w / ring for w in widths])
            for n, a in zip(level, spread):
                pos[n] = (ring * math.cos(a), ring * math.sin(a))
                angle[n] = a
            radius = ring + max(sizes[n] for n in level)
        else:
            cell = min(max(2 * sorted(sizes[n] for n in level)[len(level) // 2] + 14, 30.0), 60.0)
            band_in = radius + 120
            band_out = math.sqrt(band_in ** 2 + 1.8 * len(level) * cell ** 2 / math.pi)
            grid = _AnnulusGrid(band_in, band_out, cell)
            for i in sorted(range(len(level)), key=lambda i: (-sizes[level[i]], str(level[i]))):
                n = level[i]
                x, y = grid.place(band_in, tl[i])
                pos[n] = (x + rng.uniform(-0.15, 0.15) * cell, y + rng.uniform(-0.15, 0.15) * cell)
                angle[n] = math.atan2(y, x)
            radius = max(math.hypot(*pos[n]) for n in level) + cell
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


# ---------------------------------------------------------------------------------------------------
# page data
# ---------------------------------------------------------------------------------------------------

def _text(value: object) -> str:
    return " ".join(str(value).split())


def _shorten(text: str, limit: int) -> str:
    text = _text(text)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[: limit] else text[:limit]
    return cut.rstrip(" ,;:.") + "…"


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [_text(v) for v in value if v is not None and _text(v)]
        return sorted(items) if isinstance(value, (set, frozenset)) else items
    s = _text(value)
    return [s] if s else []


def _web_url(value: object) -> str | None:
    url = str(value).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in url for c in " \t\r\n<>\"'`"):
        return url
    return None


def _count_of(value: object) -> str | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return str(len(value))
    s = _text(value)
    return s or None


def _limited(items: list[str], limit: int = _LIST_ITEMS) -> list[str]:
    items = [_shorten(i, 120) for i in items]
    if len(items) > limit:
        return items[:limit] + [f"… and {len(items) - limit:,} more"]
    return items


def _details(g: nx.MultiDiGraph, n: str, ntype: str, degree: int, shown: int) -> tuple[list[list[object]], list[str]]:
    """Rows ``[field, text | [texts]]`` and code URLs for the tooltip / side panel (all plain text)."""
    info = g.nodes[n].get("info")
    info = info if isinstance(info, dict) else {}
    rows: list[list[object]] = []
    links: list[str] = []

    def add(field: str, value: object) -> None:
        if isinstance(value, list):
            if value:
                rows.append([field, value])
        elif value is not None and _text(value):
            rows.append([field, _text(value)])

    if ntype == "Paper":
        title = info.get("title")
        if title is not None and _text(title) != _text(_label(g, n)):
            add("Title", _shorten(str(title), 400))
        add("Date", info.get("date") or info.get("date_text"))
        add("Authors", _count_of(info.get("authors")))
        abstract = info.get("abstract")
        if abstract:
            add("Abstract", _shorten(str(abstract), _ABSTRACT_CHARS))
        for url in _as_list(info.get("code")):
            ok = _web_url(url)
            if ok and ok not in links:
                links.append(ok)
        sources = _as_list(info.get("sources"))
        if sources:
            add("Sources", _limited(sources, 4))
    elif ntype == "Dataset":
        add("Modalities", ", ".join(_as_list(info.get("modalities"))))
        add("Emotion models", ", ".join(_as_list(info.get("emotion_models"))))
        if "catalogued" in info:
            flag = info.get("catalogued")
            yes = flag.strip().lower() in ("true", "1", "yes") if isinstance(flag, str) else bool(flag)
            add("Catalogued", "yes" if yes else "no (discovered in papers)")
        add("Introduced by", _limited(_as_list(info.get("introduced_by")), 5))
        add("Used by", _limited(_as_list(info.get("used_by"))))
    else:
        for key in sorted(info, key=str)[:10]:
            value = info[key]
            if isinstance(value, (list, tuple, set, frozenset)):
                add(_text(key), _limited(_as_list(value), 6))
            elif isinstance(value, bool):
                add(_text(key), "yes" if value else "no")
            else:
                add(_text(key), _shorten(str(value), 200))
    add("Links", f"{degree:,}" + (f" ({shown:,} shown)" if shown != degree else ""))
    add("IRI", _shorten(str(n), 200))
    return rows, links


def _confidence(value: object) -> float | None:
    try:
        c = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return round(c, 4) if math.isfinite(c) else None


def _graph_data(degree: Mapping[str, int], view: nx.MultiDiGraph, seed: int, focus: list[str]) -> dict[str, object]:
    """``degree``: each node's links in the whole graph (the view may show fewer)."""
    sizes = {n: _node_size(degree[n]) for n in view}
    positions = _radial_layout(view, focus, sizes, seed) if focus else _layout(view, sizes, seed)
    nodes = []
    for n in sorted(view.nodes, key=str):
        ntype = _type(view, n)
        full = _text(_label(view, n))
        short = _shorten(full, _PAPER_LABEL_CHARS) if ntype == "Paper" else _shorten(full, 60)
        rows, links = _details(view, n, ntype, degree[n], view.degree(n))
        x, y = positions[n]
        nodes.append({"id": str(n), "l": short, "f": full, "t": ntype, "x": x, "y": y,
                      "s": sizes[n], "d": rows, "u": links})
    grouped: dict[tuple[str, str, str], list[list[object]]] = {}
    for u, v, data in view.edges(data=True):
        rel = data.get("relation")
        rel = rel if isinstance(rel, str) and rel in RELATIONS else "other"
        entry = grouped.setdefault((str(u), str(v), rel), [])
        evidence = data.get("evidence")
        if evidence is not None and _text(evidence):
            rule = data.get("rule")
            entry.append([_shorten(str(evidence), 1000), _text(rule) if rule is not None else "",
                          _confidence(data.get("confidence"))])
    edges = []
    for i, (key, evs) in enumerate(sorted(grouped.items())):
        evs.sort(key=lambda e: (-(e[2] if e[2] is not None else -1.0), e[0], e[1]))  # type: ignore[operator]
        dedup = [e for j, e in enumerate(evs) if j == 0 or e != evs[j - 1]]
        edges.append({"id": f"e{i}", "from": key[0], "to": key[1], "r": key[2], "ev": dedup})
    return {"nodes": nodes, "edges": edges}


def _json_for_script(data: object) -> str:
    """JSON that cannot end a <script> element or open an HTML comment inside it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise KGError("pyvis is not installed; it supplies vis-network for the HTML page")
    base = Path(list(spec.submodule_search_locations)[0]) / "lib" / "vis-9.1.2"
    js = (base / "vis-network.min.js").read_text(encoding="utf-8")
    css = (base / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"^\s*//[#@]\s*sourceMappingURL=.*$", "", js, flags=re.M)
    css = re.sub(r"/\*[#@]\s*sourceMappingURL=.*?\*/", "", css)
    # nothing in vis 9.1.2 needs this, but an inlined script must never contain these sequences
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.I).replace("<!--", "<\\!--")
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.I)
    return js, css


@lru_cache(maxsize=1)
def _template() -> str:
    return _TEMPLATE.read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


_SHAPE_SVG = {
    "dot": '<circle cx="9" cy="9" r="6"/>',
    "square": '<rect x="3" y="3" width="12" height="12"/>',
    "diamond": '<polygon points="9,1.5 16.5,9 9,16.5 1.5,9"/>',
    "triangle": '<polygon points="9,2 16,15 2,15"/>',
    "triangleDown": '<polygon points="2,3 16,3 9,16"/>',
    "hexagon": '<polygon points="9,1.5 15.5,5.2 15.5,12.8 9,16.5 2.5,12.8 2.5,5.2"/>',
    "star": '<polygon points="9,1.5 11,6.8 16.5,6.8 12,10.2 13.7,15.8 9,12.4 4.3,15.8 6,10.2 1.5,6.8 7,6.8"/>',
}


def _legend_html(types: Counter[str], relations: Counter[str]) -> str:
    parts = ['<fieldset class="akg-filter" id="akg-type-filter"><legend>Node types</legend>']
    for t in NODE_TYPES:
        if not types[t]:
            continue
        colour, shape, _ = NODE_TYPES[t]
        parts.append(
            f'<label><input type="checkbox" checked data-type="{html.escape(t)}">'
            f'<svg width="18" height="18" aria-hidden="true" fill="{colour}" stroke="#333" stroke-width="0.8">'
            f'{_SHAPE_SVG[shape]}</svg><span>{html.escape(t)}</span><span class="akg-count">{types[t]:,}</span></label>')
    parts.append('</fieldset><fieldset class="akg-filter" id="akg-rel-filter"><legend>Relations</legend>')
    for r in RELATIONS:
        if not relations[r]:
            continue
        colour, dashes, width = RELATIONS[r]
        dash = f' stroke-dasharray="{",".join(str(d) for d in dashes)}"' if dashes else ""
        parts.append(
            f'<label><input type="checkbox" checked data-rel="{html.escape(r)}">'
            f'<svg width="30" height="12" aria-hidden="true"><line x1="1" y1="6" x2="23" y2="6" stroke="{colour}" '
            f'stroke-width="{width}"{dash}/><polygon points="23,2.5 29,6 23,9.5" fill="{colour}"/></svg>'
            f'<span>{html.escape(r)}</span><span class="akg-count">{relations[r]:,}</span></label>')
    parts.append("</fieldset>")
    return "".join(parts)


def render_html(
    g: nx.MultiDiGraph,
    *,
    title: str = "affect-kg",
    focus: str | None = None,
    hops: int = 2,
    types: set[str] | None = None,
    min_degree: int = 0,
    max_nodes: int = MAX_NODES,
    seed: int = 7,
    whole: Whole | None = None,
) -> str:
    """Return a complete, offline HTML page drawing ``g`` (or the part :func:`select_view` keeps).

    vis-network's JS and CSS are inlined from the installed pyvis package; the page makes no network
    request (its Content-Security-Policy forbids them). Node positions come from a seeded, pure-Python
    layout and physics is off, so the first frame is final. Nodes get colour and shape by ``type``, size by
    the square root of their degree in ``g``; edges get colour/dash by ``relation``; parallel edges with the
    same relation are drawn once and keep all their evidence. The page offers a legend whose checkboxes
    filter node types and relations, label search with autocomplete, neighbourhood highlighting on click,
    an evidence panel for clicked edges, and a banner with the note of what the view left out.

    For tests it exposes ``window.network``, ``window.akg = {nodes, edges}`` (vis DataSets) and sets
    ``window.akgReady = true`` and ``window.akgReadyMs`` after the first draw. The same graph and
    arguments always give byte-identical output. Raises like :func:`select_view`.

    ``whole``: ``g`` holds only the nodes :func:`highest_degree` kept of a larger graph, which ``whole``
    describes; the page is the one the larger graph gives (no focus, types or minimum degree then).
    """
    if whole is None:
        view, note, seeds = _select(g, focus, hops, types, min_degree, max_nodes)
        degree: Mapping[str, int] = g.degree
        total = g.number_of_nodes()
    else:
        if focus is not None or types is not None or min_degree or max_nodes < 1:
            raise ViewError("a view chosen by degree alone has no focus, types or minimum degree, and "
                            "max_nodes >= 1")
        kept = highest_degree(whole.degree, max_nodes) if whole.total > max_nodes else list(g)
        view, seeds = _induced(g, kept), []
        degree, total = whole.degree, whole.total
        note = _note(view.number_of_nodes(), total, [_BY_DEGREE], total > max_nodes)
    data = _graph_data(degree, view, seed, seeds)
    focus_ids = sorted(str(n) for n in seeds)
    type_counts: Counter[str] = Counter(n["t"] for n in data["nodes"])  # type: ignore[index,union-attr]
    rel_counts: Counter[str] = Counter(e["r"] for e in data["edges"])  # type: ignore[index,union-attr]
    payload = {
        "focus": focus_ids,
        "types": {t: {"c": c, "s": s, "f": f} for t, (c, s, f) in NODE_TYPES.items()},
        "rels": {r: {"c": c, "d": d if d else False, "w": w} for r, (c, d, w) in RELATIONS.items()},
        "big": len(data["nodes"]) > 800 or len(data["edges"]) > 4000,  # type: ignore[arg-type]
        **data,
    }
    vis_js, vis_css = _vis_assets()
    template = _template()
    app_js = template[template.index("<!--APP-->") + len("<!--APP-->"):template.index("<!--/APP-->")]
    app_js = app_js.split(">", 1)[1].rsplit("</script", 1)[0]  # the text between <script> and </script>
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(app_js)
           + "; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'; object-src 'none'")
    n_nodes, n_edges = len(data["nodes"]), len(data["edges"])  # type: ignore[arg-type]
    summary = (f"{n_nodes:,} nodes · {n_edges:,} links"
               + (f" (of {total:,} nodes in the graph)" if note else ""))
    values = {
        "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(_text(title) or "affect-kg"),
        "SUMMARY": html.escape(summary),
        "NOTE_HIDDEN": "" if note else " hidden",
        "NOTE": html.escape(note or ""),
        "LEGEND": _legend_html(type_counts, rel_counts),
        "VIS_CSS": vis_css,
        "VIS_JS": vis_js,
        "DATA": _json_for_script(payload),
    }
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def write_html(g: nx.MultiDiGraph, path: str | os.PathLike[str], **kw: object) -> Path:
    """Render ``g`` with :func:`render_html` (``kw`` are its keyword arguments) and write it to ``path``.

    The page is written to a temporary file in the same directory and moved into place with
    :func:`os.replace`, so readers never see a half-written page. Returns the path written.
    """
    return write_page(render_html(g, **kw), path)  # type: ignore[arg-type]


def write_page(page: str, path: str | os.PathLike[str]) -> Path:
    """Write a rendered page to ``path`` whole or not at all (temp file, then rename); returns the path."""
    target = Path(path)
    with atomic_write(target) as fh:
        fh.write(page)
    return target
