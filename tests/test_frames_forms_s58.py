"""Frame forms read from the fitted bench's misses (stop 58, "frames58"): a bidding contest told by its winner and its
loser, and the prices the contest is fought with; a company's results told in words beside a change at the top; a
hostile bid; a company split into companies.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than the coverage's) that must read that way and at least one near miss that must not.
No sentence comes from an article; the expectations are written by hand from SV2000's questions and the tables'
coding rule (docs/coverage-bench.md, "The frame judgement").
"""

from __future__ import annotations

import pytest

from tests.test_frames_forms_s48 import _linear, _primary
from tests.test_frames_rules import _items, _st

# --- 1. a bidding contest told by its winner and its loser ------------------------------------------------------------
# The shape: one bidder outbids, beats (out), tops, surpasses or dwarfs another named bidder or that bidder's bid in an
# auction or a contest for a target; a bidder "won out", "has lost the auction"; an offer that "trailed" the other:
# winners and losers (C4). "The winning bid" names the offer that won and tells its terms, no contest of its own. The
# prices they fight with stay the deal's money (E2): a bidder's price per share, even in words ("offered 15.50 euros a
# share"), and a premium told as a multiple ("a premium of more than double"). Near misses: a quarter that beats the
# market's forecasts, a price that tops a round number, "the winning bid values X at ...", "trailing twelve months".


@pytest.mark.parametrize(
    "text,place",
    [
        (
            "Halden Group has outbid Marlow Holdings at a sealed auction to buy the ferry operator Brisk.",
            "body",
        ),
        ("Orla Beats Out Vance in Auction for Control of Kestrel Media", "headline"),
        (
            "Kestrel's final offer of 912 pence comfortably topped Vance Capital's best bid, the panel said.",
            "body",
        ),
    ],
)
def test_one_bidder_beating_another_is_winners_and_losers(text: str, place: str) -> None:
    assert "C4" in _items(text, place=place, actors=2)


@pytest.mark.parametrize(
    "text",
    [
        "After two more rounds the Danish group won out, the regulator said.",
        "Three years after it first bid for the miner, Tallow has lost the auction to a Canadian rival.",
        "The American offer stood at 9.10 euros a share, while Vance's trailed at 8.45 euros.",
    ],
)
def test_a_bidder_that_won_out_lost_or_trailed_is_winners_and_losers(text: str) -> None:
    assert "C4" in _items(text, actors=1)


@pytest.mark.parametrize(
    "text",
    [
        "Orla's third-quarter profit beat Wall Street's forecasts, sending its shares higher.",
        "Kestrel's shares topped 40 euros for the first time after the offer was announced.",
        "The winning bid values Marlow at about 3.1 billion euros including debt.",
        "Revenue over the trailing twelve months rose to 2.4 billion dollars.",
    ],
)
def test_near_miss_a_result_beating_forecasts_or_the_winning_bids_terms(text: str) -> None:
    assert "C4" not in _items(text, actors=2)


@pytest.mark.parametrize(
    "text",
    [
        "Vance Capital offered 15.50 euros a share for the shipping group at the auction.",
        "Marlow bid 480 pence per share, the takeover panel said.",
        "The winning bid is a premium of more than double the carrier's value before the contest began.",
    ],
)
def test_the_prices_of_a_bidding_contest_are_the_deals_money(text: str) -> None:
    assert "E2" in _items(text, actors=1)


def test_near_miss_a_premium_brand_sold_in_numbers() -> None:
    assert "E2" not in _items("Its premium cars sold well in Asia, the group said on Tuesday.", actors=1)


def test_a_page_of_a_bidding_contest_is_conflict_when_its_winner_and_loser_lead() -> None:
    page = [
        _st(
            "Halden is the winner with an offer of 9.10 euros a share, while Marlow's trailed at 8.45 euros.",
            0,
            "lead",
            2,
        ),
        _st("Halden has outbid Marlow at a sealed auction to buy the carrier Brisk.", 1, "body", 3),
        _st("Marlow's best bid fell short after three rounds, the panel said.", 2, "body", 2),
    ]
    assert _primary(*page) == "conflict"


def test_near_miss_a_page_of_the_winning_bids_terms_is_economic() -> None:
    page = [
        _st("Halden won the auction for Brisk with an offer of 9.10 euros a share.", 0, "lead", 2),
        _st("The winning bid values Brisk at 3.1 billion euros including debt.", 1, "body", 1),
        _st("Halden topped Marlow's bid in the last round of the auction.", 2, "body", 2),
    ]
    assert _primary(*page) == "economic"


# --- 2. a company's results told in words, beside a change at the top --------------------------------------------------
# The shape: sales, revenue, earnings, profits, growth, demand, margins, traffic or the stock price told weak, stagnant,
# sluggish, falling or sinking, "a drop in (quarterly) revenue", "earnings have disappointed", "its loss was wider",
# with no figure: a financial loss now (E1), the economic news a new chief executive is named against. A page that
# names its new chief in the lead as a move against such results, and then tells the results, is economic (the tables'
# "strategy turn"). Near misses: a fall in interest rates, stagnant wages, sales that rose.


@pytest.mark.parametrize(
    "text",
    [
        "Orla named a new chief executive as the grocer contends with stagnant sales and a sinking stock price.",
        "The move comes as Kestrel has struggled with sluggish growth and its first drop in quarterly revenue since 2019.",
        "Halden's earnings have disappointed investors for three quarters, and its loss was wider than analysts expected.",
    ],
)
def test_results_told_in_words_are_a_financial_loss(text: str) -> None:
    assert "E1" in _items(text, actors=1)


@pytest.mark.parametrize(
    "text",
    [
        "Economists expect a fall in interest rates before the summer.",
        "Unions blame stagnant wages for the strike at the port.",
        "Kestrel's sales rose in every region, the chain said.",
    ],
)
def test_near_miss_rates_wages_or_results_that_rose(text: str) -> None:
    assert "E1" not in _items(text, actors=1)


def test_a_new_chief_named_against_weak_results_is_economic() -> None:
    page = [
        _st(
            "Orla has named Ivo Lund chief executive, a decision taken while the chain contends with "
            "stagnant sales and a sinking stock price.",
            0,
            "lead",
            2,
            1,
        ),
        _st("Orla said Lund will start in his new role in March.", 1, "body", 2, 1),
        _st("The company's finance chief, Ana Ruiz, will serve as interim CEO until then.", 2, "body", 2, 1),
        _st(
            "Store traffic fell in the spring, and the chain reported a drop in quarterly revenue.",
            3,
            "body",
            1,
        ),
        _st("Its margins have slumped since the price war began.", 4, "body", 1),
    ]
    assert _primary(*page) == "economic"


def test_near_miss_a_change_at_the_top_told_alone_stays_responsibility() -> None:
    page = [
        _st("Orla named Ivo Lund as its new chief executive on Tuesday.", 0, "lead", 2, 1),
        _st("Orla said Lund will start in his new role in March.", 1, "body", 2, 1),
        _st("The company's finance chief, Ana Ruiz, will serve as interim CEO until then.", 2, "body", 2, 1),
        _st(
            "Store traffic fell in the spring, and the chain reported a drop in quarterly revenue.",
            3,
            "body",
            1,
        ),
    ]
    assert _primary(*page) == "responsibility"


# The change at the top told by its noun or by the one who steps in ("the leadership swap comes as ...", "a CEO swap",
# "a boardroom shake-up", "stepping in as interim"): the change itself (R4), so a page that tells the swap as the remedy
# for weak results, sentence after sentence, stays responsibility. Near misses: a share swap, a change of strategy.


@pytest.mark.parametrize(
    "text",
    [
        "The leadership swap comes as Orla has struggled to lift its slumping sales.",
        "Halden's boardroom shake-up leaves its finance chief Ana Ruiz stepping in as interim chief executive.",
        "The CEO swap was announced after markets closed on Thursday.",
    ],
)
def test_a_change_at_the_top_told_by_its_noun_is_responsibility(text: str) -> None:
    assert "R4" in _items(text, actors=1)


@pytest.mark.parametrize(
    "text",
    [
        "Holders of Marlow will receive Orla stock in an all-share swap worth 2 billion euros.",
        "Kestrel announced a change of strategy for its shops in the north.",
    ],
)
def test_near_miss_a_share_swap_or_a_change_of_strategy(text: str) -> None:
    assert "R4" not in _items(text, actors=1)


def test_a_swap_told_as_the_remedy_for_weak_results_stays_responsibility() -> None:
    page = [
        _st(
            "Orla's chief executive Tom Varga will step down at once, the grocer said on Monday.",
            0,
            "lead",
            2,
            1,
        ),
        _st("Finance chief Ana Ruiz will act as interim CEO until Ivo Lund joins in May.", 1, "body", 2, 2),
        _st(
            "The leadership swap comes as Orla has struggled with slumping sales under Varga.",
            2,
            "body",
            2,
            1,
        ),
        _st(
            "The CEO swap leaves Ruiz stepping in as the chain tries to end its sagging sales.",
            3,
            "body",
            2,
            1,
        ),
        _st("Same-store sales fell for a third quarter, the company's report showed.", 4, "body", 1),
    ]
    assert _primary(*page) == "responsibility"


# --- 3. a hostile bid: a takeover pressed against the target's will -----------------------------------------------------
# The shape: a hostile takeover, bid, offer or approach between two named parties; two parties that went head to head; a
# bidder not backing down: a disagreement between parties (C1). Near misses: a friendly takeover, a bid with one party
# named, "head of" a unit.


@pytest.mark.parametrize(
    "text",
    [
        "Halden launched a hostile bid for Marlow Bank on Monday after its board refused to talk.",
        "Marlow's chairman said Orla's hostile approach undervalued the lender.",
        "Torvik and Brisk went head to head for the shipyard in 2019, and Torvik is not backing down now.",
    ],
)
def test_a_hostile_bid_is_a_disagreement_between_parties(text: str) -> None:
    assert "C1" in _items(text, actors=2)


@pytest.mark.parametrize(
    "text,actors",
    [
        ("Halden agreed a friendly takeover of Marlow Bank, both boards said.", 2),
        ("Analysts expect a hostile bid for the lender before the summer.", 1),
        ("Ana Ruiz, head of Orla's bank, said Halden would keep its brand.", 2),
    ],
)
def test_near_miss_a_friendly_takeover_or_one_party(text: str, actors: int) -> None:
    assert "C1" not in _items(text, actors=actors)


# --- 4. a company split into companies: a break-up, no remedy ----------------------------------------------------------
# The shape: a plan to split a company (itself, the combined group, "the chemical giant") into two or more companies or
# businesses: a break-up, economic as a spin-off is (E3), and a plan to split, spin off or separate is no remedy (R3).
# Near misses: a stock split, splitting the chief executive's and the chair's roles, a plan to fix the supply chain.


@pytest.mark.parametrize(
    "text",
    [
        "Orla and Vance are combining, with plans to split the enlarged paint group into three companies.",
        "Halden will split itself into two listed businesses by the end of next year.",
        "The board plans to split the conglomerate up into four independent firms, its chair said.",
    ],
)
def test_a_company_split_into_companies_is_a_break_up_not_a_remedy(text: str) -> None:
    fired = _items(text, actors=1)
    assert "E3" in fired
    assert "R3" not in fired


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel announced a ten-for-one stock split to make its shares cheaper.",
        "Investors want Orla to split the roles of chair and chief executive.",
    ],
)
def test_near_miss_a_stock_split_or_split_roles(text: str) -> None:
    assert "E3" not in _items(text, actors=1)


def test_near_miss_a_plan_to_fix_a_problem_stays_a_remedy() -> None:
    assert "R3" in _items("Halden plans to fix its supply chain within a year.", actors=1)


def test_the_bidding_contest_cues_scan_in_linear_time() -> None:
    _linear("conflict", "items", "C4", "or", "0", "cues", units=("beat out ", "topped the "))
    _linear("conflict", "items", "C4", "unless", units=("winning bid ",))
    _linear("conflict", "items", "C1", "cues", units=("hostile takeover ", "hostile "))
    _linear("economic", "items", "E3", "or", "0", "cues", units=("split the ", "split itself into "))
    _linear("economic", "items", "E2", "or", "7", "cues", units=("15.50 euros ", "$3 a "))
    _linear("economic", "items", "E2", "or", "12", "also", units=("two times ", "double "))


def test_the_results_cues_scan_in_linear_time() -> None:
    _linear(
        "economic",
        "items",
        "E1",
        "or",
        "2",
        "cues",
        units=("sluggish ", "drop in ", "sales have ", "loss was "),
    )
    _linear(
        "responsibility", "items", "R4", "or", "0", "cues", units=("the CEO swap ", "Orla's ", "stepping in ")
    )
