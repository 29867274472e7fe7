"""Copies found from the text at import: a syndicated copy with page furniture and another cut-off
point, a spun rewrite, and an independent report of the same event that is no copy.

The articles are invented for this test (a fictional deal), written to keep the forms real copies
have: a byline, a dateline with a wire tag, a photo caption and credit, a promo line.
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.copies import independent_articles
from tui.corpus.importer import ImportOptions, import_paths
from tui.corpus.loader import load_corpus

ORIGINAL = """Harbor Freight Lines agrees to buy Coastal Rail for $3.2 billion

Harbor Freight Lines said on Tuesday it had agreed to buy the regional operator Coastal Rail for $3.2 billion in cash, the largest deal in the sector this year.
The purchase gives Harbor Freight control of nine ports along the southern coast and about 1,400 miles of track.
Chief executive Marta Ellison told analysts the combined company would save roughly $150 million a year within three years.
Coastal Rail shareholders will receive $41 for each share, a premium of 28 percent over Monday's closing price.
The boards of both companies approved the terms, which still need the blessing of federal regulators.
Union leaders said they would seek guarantees that no depot closes before the end of the decade.
Shares of Coastal Rail jumped 24 percent in early trading, while Harbor Freight slipped by two percent.
Ellison said the company planned to keep the Coastal Rail brand for passenger services in the north.
The deal should close in the second half of next year, the companies said in a joint statement.
Analysts at Brightwater Securities called the price full but said the ports alone justified much of it.
"""

SYNDICATED = """Harbor Freight Lines agrees to buy Coastal Rail for $3.2 billion

By Jonah Pike, Tidewater Wire

PORT ADLEY, March 4 (Tidewater Wire) - Harbor Freight Lines said on Tuesday it had agreed to buy the regional operator Coastal Rail for $3.2 billion in cash, the largest deal in the sector this year.
Photo: A freight train leaves the yard at dawn. (Wire Images)
The purchase gives Harbor Freight control of nine ports along the southern coast and about 1,400 miles of track.
Chief executive Marta Ellison told analysts the combined company would save roughly $150 million a year within three years.
Read more: Our guide to this year's rail deals
Coastal Rail shareholders will receive $41 for each share, a premium of 28 percent over Monday's closing price.
The boards of both companies approved the terms, which still need the blessing of federal regulators.
Union leaders said they would seek guarantees that no depot closes before the end of the decade.
Sign up for our morning freight newsletter
"""

REWRITE = """Harbor Freight to acquire Coastal Rail in $3.4 billion deal

Harbor Freight Lines announced on Tuesday that it has agreed to purchase regional operator Coastal Rail for $3.4 billion in cash, the biggest deal in the industry so far this year.
The acquisition hands Harbor Freight control of nine ports on the southern coast plus roughly 1,400 miles of track.
CEO Marta Ellison told analysts that the merged company would save about $150 million annually within three years.
Coastal Rail shareholders are to get $41 per share, a 28 percent premium to Monday's closing price.
Both companies' boards have approved the terms, which still require approval from federal regulators.
Union leaders said they would push for guarantees that no depot shuts before the end of the decade.
Coastal Rail shares jumped 24 percent in early trade, while Harbor Freight slipped two percent.
Ellison said the company intends to keep the Coastal Rail brand for its passenger services in the north.
"""

INDEPENDENT = """Rail consolidation: what the Coastal deal means for shippers

Shippers along the southern coast are bracing for higher fees after Harbor Freight Lines moved to take over Coastal Rail in a $3.2 billion agreement announced this week.
Three logistics managers interviewed for this story said they had already started pricing road alternatives for the busiest routes.
Harbor Freight has promised savings, but customers have heard such promises before, said Dana Whitcombe, who runs a cooperative of fruit growers.
The takeover would leave a single operator in charge of nine ports, a concentration regulators have resisted in the past.
A spokesperson for Harbor Freight said prices would be set by contracts that remain in force for years.
Coastal Rail's passenger services, which carry commuters in the north, are not expected to change soon.
Federal regulators have not said how long their review will take, and consumer groups plan to file objections.
For now the growers' cooperative is hedging its bets by signing a short trucking contract for the summer season.
"""


def _import(tmp_path: Path, texts: dict[str, str]) -> dict[str, str]:
    src = tmp_path / "src"
    src.mkdir()
    target = tmp_path / "corpus"
    for name, text in texts.items():
        path = src / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        import_paths([path], target, ImportOptions(outlet=name))
    corpus = load_corpus(target)
    by_outlet = {a.id: a.meta.outlet for a in corpus.articles}
    return {by_outlet[a]: by_outlet[o] for a, o in independent_articles(corpus).items()}


def test_a_syndicated_copy_with_furniture_and_a_spun_rewrite_are_linked(tmp_path: Path) -> None:
    originals = _import(
        tmp_path,
        {"original": ORIGINAL, "syndicated": SYNDICATED, "rewrite": REWRITE, "independent": INDEPENDENT},
    )
    assert originals == {
        "original": "original",
        "syndicated": "original",
        "rewrite": "original",
        "independent": "independent",  # the same event told anew is no copy
    }


def test_the_changed_fact_of_a_copy_is_reported(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(ORIGINAL, encoding="utf-8")
    (src / "b.txt").write_text(REWRITE, encoding="utf-8")
    target = tmp_path / "corpus"
    import_paths([src / "a.txt"], target)
    report = import_paths([src / "b.txt"], target)
    outcome = report.outcomes[-1]
    assert outcome.copy_of is not None
    assert any(c.original == "$3.2 billion" and c.copy == "$3.4 billion" for c in outcome.figure_changes)
