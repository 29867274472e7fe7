"""Quote variants (stop 53, role quotes, form 12): one statement rendered in the two spellings of English.

The form is written first as a general shape, then tested with three invented pairs of articles (other words,
speakers, companies and figures than the coverage's) and near misses. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tests.test_quote_variant_forms_s50 import linked, variants_of
from tui.analysis.compare.variants import _IZE, restated

# --- one statement cut at other points, in American and British spelling --------------------------------------
# The shape: page A quotes a speaker's sentence in American spelling ("... lets us prioritize our spending on
# specialized chips."); page B quotes the same speaker's statement cut at another point and spelt the British way
# ("prioritise our spending on specialised chips, where we can ..."). The two share few words word for word, and
# their shared content words were counted apart ("prioritize" / "prioritise"), so the restatement measure saw too
# few in common. The "-ize" family ("-ize", "-ized", "-izing", "-ization") now reads as its "-ise" spelling, so
# the same content words meet. Near misses: two statements of one speaker that meet on a single "-ize" word and
# nothing else stay apart; a word that only holds "iz" elsewhere ("wizard") is untouched.

PAIRS = [
    (
        '"For Harwick, the sale lets us prioritize our spending on specialized sensor chips," said Nadia Olsen, '
        "chief executive of Harwick.",
        'Nadia Olsen, chief executive of Harwick, said the sale would help it "prioritise our spending on specialised '
        'sensor chips, where customers pay for speed and we earn a better margin."',
        "For Harwick, the sale",
        "prioritise our spending on",
    ),
    (
        '"This merger lets our organization modernize every depot and centralize our buying," said Piet Dekker, who '
        "chairs Lowmoor Freight.",
        'Piet Dekker, who chairs Lowmoor Freight, said the merger would "modernise every depot, centralise our buying '
        'across the organisation and lift wages in the north."',
        "This merger lets our",
        "modernise every depot, centralise",
    ),
    (
        '"The deal lets us optimize our delivery routes and realize real savings on fuel," said Ines Vidal, head of '
        "Corvo Paper.",
        'Ines Vidal, head of Corvo Paper, said the deal would "optimise the delivery routes of the fleet, realise '
        'savings on fuel and cut the number of empty trucks on the road."',
        "The deal lets us",
        "optimise the delivery routes",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), PAIRS)
def test_one_statement_in_two_spellings_is_one_variant(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    assert linked(variants_of(tmp_path, a, b), start_a, start_b)


def test_near_miss_one_shared_ize_word_links_no_two_statements(tmp_path: Path) -> None:
    a = '"We will prioritize safety in every plant we run," said Nadia Olsen, chief executive of Harwick.'
    b = (
        'Nadia Olsen, chief executive of Harwick, said the board would "prioritise a dividend once the debt is '
        'below two times earnings."'
    )
    assert not linked(variants_of(tmp_path, a, b), "We will prioritize", "prioritise a dividend")


def test_the_ize_spelling_meets_the_ise_spelling_and_nothing_else() -> None:
    assert (
        restated(
            "we prioritize specialized chips and investments", "prioritise specialised chips investments"
        )
        > 60
    )
    assert _IZE.sub("is", "wizard") == "wizard"
    assert _IZE.sub("is", "organization") == "organisation"


def test_the_ize_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(_IZE, "izizization ") < 20
