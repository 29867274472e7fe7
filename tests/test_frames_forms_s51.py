"""Frame forms of a merger paid in shares and a rejected offer (stop 51, "copies"; form 21 of the stop-50 hold-out):
a page telling the merger's terms in shares (an exchange ratio, the holders' split, a dividend) beside who leads and
where the head office sits, and a short page of a board turning an offer down as too low, read as responsibility.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than the coverage's) that must read that way and at least one near miss that must not.
No sentence comes from an article; the expectations are written by hand from SV2000's questions and the tables'
frame conventions (the price, premium, exchange ratio, holders' split, dividend and value of a deal: economic).
"""

from __future__ import annotations

from tests.test_frames_forms_s48 import _linear, _primary
from tests.test_frames_rules import _items, _st

# --- 1. an exchange ratio is the deal's price paid in shares --------------------------------------------------------
# The shape: "<N> (new) shares of X for each / every (share of) Y", "one newly issued share for every 3.9 of Y's", "an
# exchange ratio of ...". E2 read a price only with money, so a merger's terms in shares carried no frame. Near misses:
# "shares" with no ratio ("shares of X rose"), seats on a board "for each side".


def test_an_exchange_ratio_is_the_deals_price() -> None:
    assert "E2" in _items("Holders of Marlow will get 0.72 Corvex shares for each share they own.", actors=2)
    assert "E2" in _items(
        "Veltra offered one newly issued Veltra share for every 3.9 Kessling shares.", actors=2
    )
    assert "E2" in _items("The boards agreed an exchange ratio that values both groups alike.")


def test_near_miss_shares_or_seats_without_a_ratio() -> None:
    assert "E2" not in _items("Corvex will name two directors for each side of the new board.", actors=1)
    assert "E2" not in _items("Each share of Marlow carries one vote at the meeting.", actors=1)


# --- 2. the holders' split of the merged company and a dividend told with its sum ----------------------------------
# The shape: "X's holders will own 58% of the combined (merged, new, enlarged) company"; "a special dividend of $2
# billion", "a dividend of 80 cents a share". E1 knew gains and payouts, not a dividend, and no rule read the split.
# Near misses: a stake in another company ("owns 12% of the port operator"), a dividend with no figure.


def test_the_holders_split_is_the_deals_price() -> None:
    for text, pct in (
        ("Marlow shareholders will own 41% of the combined company.", "41%"),
        (
            "Once the deal closes, Corvex investors are to hold about 58.5 per cent of the merged group.",
            "58.5 per cent",
        ),
        ("The founders would own 30 percent of the new bank.", "30 percent"),
    ):
        assert "E2" in _items(text, actors=1, figures=(("percent", pct),)), text


def test_near_miss_a_stake_in_another_company_is_no_split() -> None:
    assert "E2" not in _items(
        "Corvex owns 12% of the port operator.", actors=1, figures=(("percent", "12%"),)
    )


def test_a_dividend_with_its_sum_is_a_gain_for_holders() -> None:
    assert "E1" in _items(
        "Marlow plans a special dividend of $2 billion.", actors=1, figures=(("money", "$2 billion"),)
    )
    assert "E1" in _items(
        "Holders also get a dividend of 80 cents a share, or $0.80.", figures=(("money", "$0.80"),)
    )
    assert "E1" in _items(
        "The board will pay dividends worth 3% of the share price.", figures=(("percent", "3%"),)
    )


def test_near_miss_a_dividend_with_no_figure() -> None:
    assert "E1" not in _items("The board will review its dividend policy next year.")


# --- 3. an offer turned down as too low -----------------------------------------------------------------------------
# The shape: a board rejects an offer that "undervalues" the company, or "over valuation concerns", or an offer told
# with its premium in percent ("a premium of 27%"). E2 read "valuation" only beside money, so a short page of a
# rejection over the price carried the regulator it was filed with (responsibility). Near misses: "valuation" alone
# with no figure, "premium" with no percent ("a premium brand").


def test_an_offer_rejected_as_too_low_is_about_its_price() -> None:
    assert "E2" in _items(
        "Kessling's board said the bid significantly undervalued the lender.", place="lead", actors=1
    )
    assert "E2" in _items(
        "Marlow turns down Corvex approach over valuation concerns", place="headline", actors=2
    )
    assert "E2" in _items(
        "The offer carried a premium of 27% to Friday's close.", figures=(("percent", "27%"),)
    )


def test_near_miss_valuation_or_premium_alone() -> None:
    assert "E2" not in _items("Analysts will discuss the valuation on Monday.")
    assert "E2" not in _items("Marlow sells premium coffee in 40 countries.", actors=1)


# --- the pages -------------------------------------------------------------------------------------------------------


def test_a_merger_in_shares_told_beside_who_leads_and_where_it_sits_is_economic() -> None:
    page = [
        _st("Corvex Mining has signed a deal to merge with Marlow Metals.", 0, "lead", actors=2),
        _st("The combined group will have its head office in Perth.", 1, actors=0),
        _st(
            "Marlow's chief Ada Kern will become chief executive of the combined group.",
            2,
            actors=2,
            persons=1,
        ),
        _st("Corvex holders will get 0.41 Marlow shares for each share they own.", 3, actors=2),
        _st(
            "Marlow shareholders will own 55% of the combined company.",
            4,
            actors=1,
            figures=(("percent", "55%"),),
        ),
        _st(
            "Marlow also plans a special dividend of $1.20 a share.",
            5,
            actors=1,
            figures=(("money", "$1.20"),),
        ),
    ]
    assert _primary(*page) == "economic"


def test_near_miss_a_merger_page_about_who_leads_stays_responsibility() -> None:
    page = [
        _st(
            "Corvex Mining names Ada Kern chief executive after its merger",
            0,
            "headline",
            actors=2,
            persons=1,
        ),
        _st(
            "Corvex Mining named Ada Kern as its new chief executive on Monday.",
            1,
            "lead",
            actors=2,
            persons=1,
        ),
        _st("Kern replaces Tom Ward, who will step down as chief executive in May.", 2, actors=2, persons=2),
        _st("Corvex holders will get 0.41 Marlow shares for each share they own.", 3, actors=2),
    ]
    assert _primary(*page) == "responsibility"


def test_the_new_cues_are_linear() -> None:
    _linear(
        "economic", "items", "E2", "or", "8", "cues", units=("3 shares for each ", "one new share for every ")
    )
    _linear(
        "economic", "items", "E2", "or", "9", "cues", units=("own 41% of the combined ", "hold 5 per cent ")
    )
