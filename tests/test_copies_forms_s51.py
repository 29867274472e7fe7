"""Copies and same wire (stop 51, "copies": form 20 of the stop-50 hold-out and fault (a) of the brief).

Each form is written first as a general shape, then tested with three invented pairs of pages in other words,
companies, people and figures than the coverage's, and near misses that must keep their copy link. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tui.corpus.furniture import _STORY_SOURCE, story_source
from tui.corpus.importer import Fingerprints


def _relations(
    known: str, incoming: str, known_outlet: str | None, outlet: str | None = None
) -> tuple[str | None, list[str]]:
    """(the original `incoming` is found a copy of, the originals it is same wire with)."""
    fp = Fingerprints()
    fp.add("first", known, None, outlet=known_outlet)
    found = fp.relations(incoming, outlet)
    return (found.original[0] if found.original else None), found.same_wire_as


# --- form 20b: a cut of a wire story credited to another outlet is same wire, not a copy -----------------------------
# The shape: page A is a newspaper's edit of a wire story (its outlet recorded, eight paragraphs or more); page B is a
# republisher's cut of the same wire story as a broadcaster ran it: A's first paragraphs word for word (a house-style
# word or two changed), then a line of its own "Source: <Broadcaster>". The copy rules link B as a copy of A (its
# whole text inside A's). But B says where it took its text from, and A is not that outlet (A's recorded outlet does
# not name it, nor does A's text): the two are two edits of one origin, same wire (the tables' call), whichever was
# imported first. Near misses that stay a copy: a credit naming A's own outlet; a page whose outlet is not recorded
# (nothing tells it is not the credited one); a credit that is a chart's source inside the page, not the page's own
# first or last line; and two pages with no credit at all.

STORIES = {
    "ferry": """Nordsund Lines has agreed to buy its smaller rival Skerry Crossings for 410 million euros in cash, the companies said on Monday.

The purchase gives Nordsund eleven more vessels and the busy night route between Tallinn and Stockholm.

Nordsund will pay 14 euros for each Skerry share, a premium of about a third on the price before talks leaked last month.

Skerry's founding family, which holds just under half of the shares, has promised to back the offer.

The deal needs the blessing of competition regulators in Sweden and Estonia, and the firms expect it to close in the autumn.

Skerry has struggled since fuel costs rose sharply two winters ago and cut three of its routes last year.

Analysts at Kalder Bank said the price looked fair given the state of Skerry's older ships.

Nordsund shares rose 4 percent in Stockholm after the news, while Skerry's jumped by a fifth.
""",
    "bank": """The board of Carrow Savings turned down an all-share approach from the larger lender Meridel Bank on Tuesday, saying it undervalued the mutual's future.

Meridel had offered two of its new shares for every nine Carrow shares, which it said was a premium of 24 percent on last week's close.

Carrow's directors said the terms ignored the value of its mortgage book and its plans to open branches in the north.

Meridel said it remained keen on a deal and would consider its options over the coming weeks, without saying more.

The two lenders together would hold deposits of about 80 billion pounds and serve more than six million customers.

Regional banks have been under pressure to merge as margins shrink and the cost of new technology climbs.

Carrow shares closed 3 percent higher, and Meridel's ended the day a little lower.

Neither side said whether advisers had been hired for a possible hostile offer.
""",
    "mine": """Taloma Resources will pay 2.1 billion dollars for a copper project in northern Peru owned by the miner Ascaro, the two groups announced on Wednesday.

The Quellca project is expected to produce 180,000 tonnes of copper a year once it reaches full output at the end of the decade.

Taloma will fund the purchase with cash on hand and a new loan from a group of six banks.

Ascaro said it would use the money to cut its debt and to pay a special dividend to its holders this year.

The sale still needs approval from Peru's energy ministry and from lenders to the project.

Copper prices have climbed by a quarter this year on demand from makers of power grids and electric cars.

Shares of Taloma fell 2 percent in Toronto, and Ascaro's rose 6 percent in London.

Ascaro bought the project eight years ago and has spent heavily on roads and a water plant there.
""",
}
#: (story, the longer edit's outlet, the credit line the cut ends on)
PAIRS = [
    ("ferry", "Harbour Times (Nordwire)", "Source: Baltic Broadcasting"),
    ("bank", "The Evening Ledger", "(Source: KTVN)"),
    ("mine", "Andes Mining Review", "Source Credit : Pacifica TV"),
]


def _cut(story: str, credit: str, paragraphs: int = 5) -> str:
    """The story's first paragraphs, one house-style word changed, and the credit line after them."""
    kept = "\n\n".join(story.split("\n\n")[:paragraphs]).replace("percent", "per cent")
    return kept + "\n" + credit + "\n"


@pytest.mark.parametrize(("story", "outlet", "credit"), PAIRS)
def test_a_cut_credited_to_another_outlet_is_same_wire_not_a_copy(
    story: str, outlet: str, credit: str
) -> None:
    whole = STORIES[story]
    cut = _cut(whole, credit)
    assert _relations(whole, cut, outlet) == (None, ["first"])
    assert _relations(cut, whole, None, outlet) == (None, ["first"])  # the cut imported first


@pytest.mark.parametrize(("story", "outlet", "credit"), PAIRS)
def test_near_miss_the_same_cut_with_no_credit_stays_a_copy(story: str, outlet: str, credit: str) -> None:
    whole = STORIES[story]
    assert _relations(whole, _cut(whole, ""), outlet) == ("first", [])


def test_near_miss_a_credit_to_the_other_pages_own_outlet_stays_a_copy() -> None:
    whole = STORIES["ferry"]
    assert _relations(whole, _cut(whole, "Source: Harbour Times"), "Harbour Times") == ("first", [])


def test_near_miss_an_outlet_not_recorded_stays_a_copy() -> None:
    whole = STORIES["bank"]
    assert _relations(whole, _cut(whole, "Source: KTVN"), None) == ("first", [])


def test_near_miss_a_charts_source_inside_the_page_is_no_credit_of_the_story() -> None:
    whole = STORIES["mine"]
    paragraphs = whole.split("\n\n")
    cut = "\n\n".join([*paragraphs[:3], "Source: Andina Statistics", *paragraphs[3:5]]) + "\n"
    assert story_source(cut) is None
    assert _relations(whole, cut, "Andes Mining Review") == ("first", [])


def test_story_source_reads_the_first_or_last_line_only() -> None:
    assert story_source("Source Credit : Nordwire\nThe story.\nMore of it.") == "Nordwire"
    assert story_source("The story.\nMore of it.\n(Source: Harbour Times)\n") == "Harbour Times"
    assert story_source("The story.\nSource: a reader's letter\nMore.") is None


def test_the_story_source_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(_STORY_SOURCE, "Source Credit : Harbour ") < 20
    assert cpu_to_scan_a_long_line(_STORY_SOURCE, "(Source: A B C D ") < 20
