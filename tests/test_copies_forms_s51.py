"""Copies and same wire (stop 51, "copies": form 20 of the stop-50 hold-out and fault (a) of the brief).

Each form is written first as a general shape, then tested with three invented pairs of pages in other words,
companies, people and figures than the coverage's, and near misses that must keep their copy link. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tests.test_copies_forms_s50 import _money
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.aspects import _finish
from tui.analysis.compare.model import Aspect, PairVerdict, Slot
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


# --- fault (d): a copy's figure that its original states as another fact ---------------------------------------------
# The shape: page B copies page A; A gives the company's total ("a $19 billion valuation") and, elsewhere, another
# fact's figure ("its shares peaked at $123.51"); B's row of the total holds that other figure (the extractor read
# B's retelling of it into the row). Since stop 50 the pair is "differ", not judged (reason other-fact), not the
# copy's change. What a user should see (docs/compare.md: a figure is the copy's change only where the copy retells
# the original's sentence with another value; a copy counts under its original): the row stays not judged -- no
# contradiction is invented between a copy and its original -- and its detail now says that the copy carries its
# original's figure and changed none. Near misses: two independent pages (no copy) keep the plain detail; a copy that
# turns one total into another still shows "the copy changed the figure".


def _row(
    original: Slot, copy: Slot, figures: dict[str, list[told.Told]], copy_of: dict[str, str]
) -> list[PairVerdict]:
    from tests.test_compare_verdict_rules import _fig

    aspect = Aspect(id="valuation", label="Valuation", cls="valuation")
    members = {
        "a": [_fig("a", 1, "valuation", original, fact=True)],
        "b": [_fig("b", 1, "valuation", copy, fact=True)],
    }
    _finish(aspect, members, ["a", "b"], copy_of=copy_of, checkable=True, figures=figures)
    return aspect.pairs


TOLD_TWICE = [
    (
        _money("a", "$19 billion", 19e9, 0.5e9),
        _money("a", "$123.51", 123.51, 0.005),
        _money("b", "$123", 123.0, 0.5),
    ),
    (
        _money("a", "$7.2 billion", 7.2e9, 0.05e9),
        _money("a", "$88.40", 88.4, 0.005),
        _money("b", "$88", 88.0, 0.5),
    ),
    (
        _money("a", "$950 million", 950e6, 5e6),
        _money("a", "$41.75", 41.75, 0.005),
        _money("b", "$42", 42.0, 0.5),
    ),
]


def _figures(total: Slot, price: Slot) -> dict[str, list[told.Told]]:
    return {
        "a": [
            told.Told("a", "valuation", None, total, chosen=True),
            told.Told("a", "total", None, price, chosen=True),
        ],
        "b": [],
    }


@pytest.mark.parametrize(("total", "price", "copied"), TOLD_TWICE)
def test_a_copys_figure_its_original_gives_as_another_fact_says_no_figure_changed(
    total: Slot, price: Slot, copied: Slot
) -> None:
    (pair,) = _row(total, copied, _figures(total, price), {"b": "a"})
    assert (pair.verdict, pair.reason) == (verdicts.DIFFER, told.OTHER_FACT)
    assert "is a copy of" in pair.detail and "no figure changed" in pair.detail


@pytest.mark.parametrize(("total", "price", "copied"), TOLD_TWICE)
def test_near_miss_independent_pages_keep_the_plain_detail(total: Slot, price: Slot, copied: Slot) -> None:
    (pair,) = _row(total, copied, _figures(total, price), {})
    assert (pair.verdict, pair.reason) == (verdicts.DIFFER, told.OTHER_FACT)
    assert "copy" not in pair.detail


def test_near_miss_a_copy_turning_one_total_into_another_still_changed_it() -> None:
    (pair,) = _row(
        _money("a", "$14 billion", 14e9, 0.5e9),
        _money("b", "$16 billion", 16e9, 0.5e9),
        {"a": [], "b": []},
        {"b": "a"},
    )
    assert (pair.verdict, pair.reason) == (verdicts.CONTRADICTION, "copy-changed")
