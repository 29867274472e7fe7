"""Quote variants (stop 51, "copies": fault (c) of the brief).

Each form is written first as a general shape, then tested with three invented pairs of articles in other words,
speakers, companies and figures than the coverage's, and near misses that must keep their link. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_quote_variant_forms_s50 import linked, variants_of
from tui.analysis.compare.variants import clause_dropped

# --- a short stock opening shared by two named speakers --------------------------------------------------------
# The shape: page A quotes speaker X, whose first sentence is a stock opening of six to nine words ("We are
# delighted to join forces with <Company>."), then a sentence of X's own; page B quotes another named speaker Y,
# whose sentence opens with the same words and runs on with a clause of Y's own. The clause-cut rule (stop 50)
# linked them "whoever the speakers": a short stock opening is evidence of nothing when two named people say it.
# Now, when both speakers are named and differ, the opening must have MIN_SHARED_RUN (ten) words for the clause-cut
# rule; a shorter one links only a speaker with themself (or a quote with no named speaker). Near misses that stay
# linked: the same speaker on both pages (tests/test_quote_variant_forms_s50.py), an unnamed speaker on one page,
# and two named speakers sharing an opening of ten words or more with a clause cut from its middle (the extractor
# may name one page's speaker wrong).

APART_PAIRS = [
    (
        '"We are delighted to join forces with Orvane. Our shoppers will see lower prices on every shelf by the '
        'summer," said Mila Ostrova, chief executive of Brenmart.',
        '"We are delighted to join forces with Orvane, a partner whose engineers built the payment system that our '
        'branches run," said Tobias Ferrant, chair of Kessling Bank.',
        "We are delighted to join forces",
        "We are delighted to join forces",
    ),
    (
        'Hana Wirth, who runs Coldleaf Dairy, said: "This is a proud day for our farmers. The new plant will take '
        'milk from four hundred farms in the valley."',
        '"This is a proud day for our farmers, who waited eleven years for a buyer willing to pay a fair price," '
        "said Jonas Pell, the co-operative's secretary.",
        "This is a proud day",
        "This is a proud day",
    ),
    (
        '"The board has reviewed the proposal with great care. It undervalues our network and ignores our growth," '
        "Ruth Abara, chair of Lindqvist Telecom, told shareholders.",
        '"The board has reviewed the proposal with great care, and we remain open to talks on better terms," said '
        "Olek Strand, who heads the bidder, Vantor Mobile.",
        "The board has reviewed",
        "The board has reviewed",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), APART_PAIRS)
def test_a_short_stock_opening_of_two_named_speakers_is_two_statements(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    assert not linked(variants_of(tmp_path, a, b), start_a, start_b)


def test_clause_dropped_asks_a_longer_opening_of_speakers_apart() -> None:
    a = "We are delighted to join forces with Orvane. Our shoppers will see lower prices."
    b = "We are delighted to join forces with Orvane, a partner we have long admired."
    assert clause_dropped(a, b)  # one speaker, or one not named: a clause cut
    assert not clause_dropped(a, b, apart=True)


def test_near_miss_an_unnamed_speaker_keeps_the_clause_cut_link(tmp_path: Path) -> None:
    a = (
        '"We are delighted to join forces with Orvane. Our shoppers will see lower prices on every shelf by the '
        'summer," said Mila Ostrova, chief executive of Brenmart.'
    )
    b = (
        'A spokesperson said: "We are delighted to join forces with Orvane, whose stores sit in every town '
        'along the coast and in the hills."'
    )
    assert linked(variants_of(tmp_path, a, b), "We are delighted", "We are delighted")


def test_near_miss_a_long_opening_cut_in_its_middle_links_named_speakers_apart(tmp_path: Path) -> None:
    a = (
        '"The clinic chain we are buying, which opened in a former bakery in 1996, will double our reach across '
        'the western counties," said Arjun Mehta, chief executive of Calvane Health.'
    )
    b = (
        '"The clinic chain we are buying will double our reach across the western counties. Patients keep their '
        'doctors and their fees," said Ines Varga, a Calvane board member.'
    )
    assert linked(variants_of(tmp_path, a, b), "The clinic chain", "The clinic chain")
