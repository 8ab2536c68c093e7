"""Regenerate the statistics section of mini_graph.ttl from the file's own papers and edges.

    python tests/data/mini_summary.py          # rewrite the section in place
    python tests/data/mini_summary.py --check  # exit 1 if the section is stale

The hand-written part of the file (everything above MARKER) is read back into the records the
graph builder works from, and kg.summary computes the statistics exactly as a build would.
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.models import DiscoveredDataset, Extraction, Mention, Paper
from kg.summary import summary_triples
from kg.vocab import Concept, Vocabulary

MINI = Path(__file__).with_name("mini_graph.ttl")
MARKER = "# ---------------------------------------------------------------- statistics (generated)\n"
AKG = "https://w3id.org/affect-kg/ontology#"
DCT = "http://purl.org/dc/terms/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
EDGES = ("introducesDataset", "usesDataset", "addressesTask", "usesModality", "usesEmotionModel")


def records(text: str) -> tuple[list[Paper], list[Extraction], Vocabulary]:
    """Papers, extractions and the dataset catalogue written in the hand-written part of the file."""
    facts: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for t in ox.parse(input=text, format=ox.RdfFormat.TURTLE):
        facts[t.subject.value][t.predicate.value].append(t.object)
    papers, extractions, concepts, triples = [], [], {}, {}
    for s, f in sorted(facts.items()):
        types = {o.value for o in f[RDF_TYPE]}
        if AKG + "Paper" in types:
            date = f[DCT + "date"][0].value if f[DCT + "date"] else None
            raw = f[AKG + "dateText"][0].value if f[AKG + "dateText"] else None
            issued = f[DCT + "issued"][0].value if f[DCT + "issued"] else None
            papers.append(Paper(title=f[DCT + "title"][0].value, date=date, date_text=raw or issued,
                                code_urls=tuple(o.value for o in f["https://schema.org/codeRepository"])))
            mentions = [Mention(p, o.value, "", "", 0, 0, "", 1.0) for p in EDGES for o in f[AKG + p]]
            discovered = [DiscoveredDataset(o.value, facts[o.value][
                "http://www.w3.org/2004/02/skos/core#prefLabel"][0].value)
                for o in f[AKG + "usesDataset"] + f[AKG + "introducesDataset"]
                if [c.value for c in facts[o.value][AKG + "catalogued"]] == ["false"]]
            extractions.append(Extraction(mentions, discovered))
        elif AKG + "Dataset" in types and [c.value for c in f[AKG + "catalogued"]] == ["true"]:
            concepts[s] = Concept(s, "dataset")
            triples[f"<{s}>"] = [(f"<{AKG}yearIntroduced>", str(o)) for o in f[AKG + "yearIntroduced"]]
    return papers, extractions, Vocabulary(concepts, triples, "mini")


def section(hand_written: str) -> str:
    lines = [f"{s} {p} {o} ." for s, p, o in summary_triples(*records(hand_written))]
    return MARKER + "# kg.summary statistics of the papers above: run tests/data/mini_summary.py after editing them.\n" \
        + "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = MINI.read_text(encoding="utf-8")
    hand_written = text.split(MARKER)[0].rstrip("\n") + "\n\n"
    expected = hand_written + section(hand_written)
    if "--check" in argv:
        return 0 if text == expected else 1
    MINI.write_text(expected, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
