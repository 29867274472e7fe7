"""Forms the first round of stop 54 left (its "left54" list), found on a holding company's minority stake and
on a majority holder's tender for its listed subsidiary. Every text here is invented; each form is written
down as a general shape, with three wordings that differ from the pages that showed it and from each other,
and at least one near miss that must not be read so.
"""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, deal_facts, extract_pattern, source_result, sources_of
from tui.analysis.extract.stake_holders import stake_ceiling

# --- (5) "the statement said" before any body is cited: the statement of the body the page is about ------------
# The FORM: a definite "the statement" (said, added, according to the statement) that no statement told before it
# and no cited body owns is the statement of the company the page's head (headline and lead) names first as an
# actor, not after a preposition ("X offered ... for the rest of Y": X), as the tables read it; "the statement said"
# later is the same company's. Near misses: an indefinite "a statement said" names no maker and stays a document;
# a page whose head names no organization leaves "the statement" a document.


def test_the_statement_said_in_the_third_paragraph_is_the_buyers() -> None:
    text = (
        "Harlow Mining bids for the rest of Brisk Copper\n\n"
        "Harlow Mining offered $3 billion for the shares of Brisk Copper it does not already hold.\n\n"
        "Harlow Mining holds 61 percent of the copper miner today.\n\n"
        "The merged miner would ship 400,000 tonnes a year, the statement said. Harlow Mining has run "
        "the mine with Brisk since 2004."
    )
    got = sources_of(text)
    assert ("Harlow Mining", "organization") in got
    assert not any(kind == "document" for _, kind in got)


def test_the_statement_added_then_the_statement_said_are_one_makers() -> None:
    text = (
        "Quarry Foods to buy Lindell Bakeries\n\n"
        "Quarry Foods will pay $90 million for Lindell Bakeries, a family baker from Ohio.\n\n"
        "The deal should close by the autumn, the statement added. Quarry Foods plans to keep the bakery's "
        "brand.\n\n"
        "The statement said Lindell's two plants would stay open."
    )
    got = sources_of(text)
    assert ("Quarry Foods", "organization") in got
    assert not any(kind == "document" for _, kind in got)


def test_according_to_the_statement_before_anyone_speaks() -> None:
    text = (
        "Tessel Energy takes a stake in a wind farm builder\n\n"
        "Tessel Energy has bought 20% of Norrvik Wind for about $150 million. The builder will keep its name "
        "and its board, according to the statement. Tessel Energy owns two other farms, and Tessel Energy may "
        "buy more."
    )
    got = sources_of(text)
    assert ("Tessel Energy", "organization") in got
    assert not any(kind == "document" for _, kind in got)


def test_near_miss_a_statement_said_stays_a_document() -> None:
    text = (
        "Harlow Mining bids for the rest of Brisk Copper\n\n"
        "Harlow Mining offered $3 billion for the shares of Brisk Copper it does not already hold.\n\n"
        "The merged miner would ship 400,000 tonnes a year, a statement said."
    )
    assert ("a statement", "document") in sources_of(text)


def test_near_miss_the_statement_on_a_page_naming_no_company_stays_a_document() -> None:
    text = (
        "Prices of copper climb\n\n"
        "The metal rose for a third day on Tuesday as traders bet on lower stocks in warehouses.\n\n"
        "The statement said output would fall by a tenth this year."
    )
    got = sources_of(text)
    assert ("a statement", "document") in got


def test_the_object_before_a_name_pattern_is_linear() -> None:
    pattern = extract_pattern("attribution", "_NAME_AS_OBJECT")
    assert cpu_to_scan_a_long_line(pattern, "shares of the ") < 20


# --- (1) a stake bought told only by its noun after a possessive: the stake is bought ---------------------------
# The FORM: where nothing else on the page tells the deal's stage (the default would give announced), a holder's
# purchase of a stake named by its noun after a possessive ("<Buyer>'s sudden acquisition of a 12% stake", "its
# purchase of the 8 per cent holding") tells the act made: closed. Near misses: a plan's word before the noun ("'s
# planned purchase"), a clause that tells it to come ("... will need approval"), and a purchase dated before the
# page (an earlier stake) leave the default.


def _status_of(text: str) -> tuple[object, str]:
    found = deal_facts(text).slots["status"]
    return found.value, found.rule


def test_a_buyers_sudden_purchase_of_a_stake_is_done() -> None:
    text = (
        "Brenner Capital bets on a ferry line\n\n"
        "The investment firm Brenner Capital has made a bold wager on troubled ferry operator Solvik Lines.\n\n"
        "Brenner's surprise purchase of a 12% stake in Solvik, worth $400 million, caught traders off guard."
    )
    assert _status_of(text)[0] == "closed"


def test_its_acquisition_of_the_holding_is_done() -> None:
    text = (
        "Kalder Group and Vessa Foods\n\n"
        "Kalder Group is now the second-largest holder of Vessa Foods. Its acquisition of the 8 per cent "
        "holding in the snack maker cost about $90 million, people close to the firm said."
    )
    assert _status_of(text)[0] == "closed"


def test_investors_cheered_the_recent_purchase_of_a_minority_stake() -> None:
    text = (
        "Vessa Foods shares jump\n\n"
        "Shares of Vessa Foods rose 6% on Tuesday as investors cheered Kalder Group's recent purchase of a "
        "minority stake in the snack maker for $90 million."
    )
    assert _status_of(text)[0] == "closed"


def test_near_miss_a_planned_purchase_of_a_stake_is_not_done() -> None:
    text = (
        "Vessa Foods shares jump\n\n"
        "Shares of Vessa Foods rose 6% on Tuesday as investors cheered Kalder Group's planned purchase of a "
        "minority stake in the snack maker for $90 million."
    )
    assert _status_of(text)[0] != "closed"


def test_near_miss_a_purchase_of_a_stake_that_needs_approval_is_not_done() -> None:
    text = (
        "Brenner Capital bets on a ferry line\n\n"
        "The investment firm Brenner Capital has made a bold wager on troubled ferry operator Solvik Lines.\n\n"
        "Brenner's purchase of a 12% stake in Solvik, worth $400 million, will need the approval of the "
        "competition authority."
    )
    assert _status_of(text)[0] != "closed"


def test_near_miss_an_earlier_stake_dated_before_the_page_is_history() -> None:
    text = (
        "Kalder Group eyes Vessa Foods\n\n"
        "Kalder Group wants to buy Vessa Foods for $2 billion. Kalder Group's purchase of a 5% stake in "
        "Vessa Foods in 2019 gave it a seat on the board."
    )
    value, rule = _status_of(text)
    assert "stake-bought" not in rule


def test_the_stake_noun_pattern_is_linear() -> None:
    pattern = extract_pattern("deal_status", "_STAKE_BOUGHT_NP")
    assert cpu_to_scan_a_long_line(pattern, "x's sudden acquisition of a 15 per cent ") < 20
    ahead = extract_pattern("deal_status", "_NP_AHEAD")
    assert cpu_to_scan_a_long_line(ahead, "is subject remains will ") < 20


# --- (6) "The company did not specify ..." after a statement cited by its noun: the statement's maker ------------
# The FORM: a sentence cites a company only through its statement's noun ("..., the statement said", "according to
# the statement"), so the cue names no mention of it; a body's noun opening the next sentence ("The company did
# not specify ...", "The firm did not disclose ...") is that company, which spoke and left something out (cited,
# the tables' convention), not the other company the page named last. Near miss: a sentence that names another
# company in between leaves the noun to the other rules (no carry-over past it).


def _left_out_by(text: str) -> list[str]:
    result = source_result(text)
    return [s.name for s in result.sources for c in s.citations if c.rule.endswith("left-out")]


def test_the_company_did_not_say_after_the_statement_is_its_maker() -> None:
    text = (
        "Harlow Mining bids for the rest of Brisk Copper\n\n"
        "Harlow Mining offered $3 billion for the shares of Brisk Copper it does not already hold.\n\n"
        "Harlow Mining, which owns 61 percent of Brisk Copper, is offering $30 a share, a third above the "
        "price of Brisk Copper on Friday. Brisk Copper has run the mine with it since 2004.\n\n"
        "The merged miner would ship 400,000 tonnes a year, the statement said. The company did not say how "
        "many of the copper miner's 3,000 workers would stay."
    )
    assert _left_out_by(text) == ["Harlow Mining"]


def test_the_firm_did_not_disclose_after_according_to_the_statement() -> None:
    text = (
        "Quarry Foods to buy Lindell Bakeries\n\n"
        "Quarry Foods will buy Lindell Bakeries, a family baker from Ohio, and keep its brand. Quarry Foods "
        "already sells the bread of Lindell Bakeries, and Lindell Bakeries makes the rolls of Quarry's "
        "diners. Lindell Bakeries employs 800 people.\n\n"
        "The two plants will stay open, according to the statement. The firm did not disclose what it "
        "would pay."
    )
    assert _left_out_by(text) == ["Quarry Foods"]


def test_the_group_did_not_reveal_after_the_statement_added() -> None:
    text = (
        "Tessel Energy takes a stake in a wind farm builder\n\n"
        "Tessel Energy has bought 20% of Norrvik Wind. Tessel Energy is paying $150 million for its share "
        "of Norrvik Wind. Norrvik Wind builds farms at sea, and Norrvik Wind's last farm opened in May.\n\n"
        "The builder will keep its board, the statement added.\n\nThe group did not reveal whether it would buy more of Norrvik Wind later."
    )
    assert _left_out_by(text) == ["Tessel Energy"]


def test_near_miss_another_company_named_in_between_is_not_carried_over() -> None:
    text = (
        "Harlow Mining bids for the rest of Brisk Copper\n\n"
        "Harlow Mining offered $3 billion for the shares of Brisk Copper it does not already hold.\n\n"
        "The merged miner would ship 400,000 tonnes a year, the statement said. Shares of Brisk Copper "
        "rose 9% on the news. The company did not say how many workers would stay."
    )
    assert "Harlow Mining" not in _left_out_by(text)


def test_near_miss_a_refusal_after_the_statement_cites_no_one_more() -> None:
    text = (
        "Harlow Mining bids for the rest of Brisk Copper\n\n"
        "Harlow Mining offered $3 billion for the shares of Brisk Copper it does not already hold.\n\n"
        "The merged miner would ship 400,000 tonnes a year, the statement said. The company declined to "
        "comment on the workers."
    )
    assert _left_out_by(text) == []
    assert {name for name, _ in sources_of(text)} == {"Harlow Mining"}


# --- (2) a ceiling told with a comma after its word of possibility, or by plural options or rights ---------------
# The FORM: the words of a ceiling the holder may rise to later ("may", "the right", "an option" ... a verb of rising
# ... "to N%") with a comma-clause between ("has the right, at its discretion, to lift its stake to 20%", "may, over
# time, increase its holding to"), or with plural "options" / "rights" ("holds options to lift its holding to 25%"):
# the figure is a ceiling, never the stake bought. Near misses: options bought ("bought more options to lift its
# potential stake to 31%") are a holding; a rise done told after a comma-clause ("has, after months of talks,
# raised its stake to 15%") is the stake.


def _stake(text: str) -> object:
    found = deal_facts(text).slots.get("stake")
    return None if found is None else found.value


def test_the_right_at_its_discretion_to_lift_the_stake_is_a_ceiling() -> None:
    text = (
        "Orla Foods buys into Kestrel Dairies\n\n"
        "Orla Foods has the right, at its discretion, to lift its stake in Kestrel Dairies to 15%, after "
        "buying 9% of the dairy for $120 million."
    )
    assert _stake(text) in (9, None)  # never the ceiling


def test_may_over_time_increase_its_holding_is_a_ceiling() -> None:
    text = (
        "Brenner Capital takes a stake in Solvik Lines\n\n"
        "Brenner may, over time, increase its holding in Solvik Lines to as much as 18 per cent. Brenner "
        "Capital has acquired a 6 per cent stake in Solvik Lines."
    )
    assert _stake(text) == 6


def test_plural_options_to_lift_the_holding_are_a_ceiling() -> None:
    text = (
        "Tessel Energy buys into Norrvik Wind\n\n"
        "Tessel Energy holds options to lift its holding in Norrvik Wind to 25%, having bought 11% of the "
        "builder for $90 million."
    )
    assert _stake(text) in (11, None)  # never the ceiling


def test_near_miss_options_bought_to_lift_the_potential_stake_are_a_holding() -> None:
    before = "norvale has bought more options to lift its potential stake in tessin to "
    assert not stake_ceiling(before, 0, len(before))


def test_near_miss_a_rise_done_after_a_comma_clause_is_the_stake() -> None:
    before = "larkfield has, after months of talks, raised its stake in orvane to "
    assert not stake_ceiling(before, 0, len(before))
    text = (
        "Larkfield raises its Orvane stake\n\n"
        "Larkfield Group has, after months of talks with the founders, raised its stake in Orvane Labs to 15%."
    )
    assert _stake(text) == 15


def test_the_ceiling_pattern_with_commas_is_linear() -> None:
    unit = "may, could options rights, to, increase raise, its stake to up to as much as "
    assert cpu_to_scan_a_long_line(extract_pattern("stake_holders", "_CEILING_BEFORE"), unit) < 20
    bought = extract_pattern("stake_holders", "_RIGHTS_BOUGHT")
    assert cpu_to_scan_a_long_line(bought, "bought more buys adds ") < 20
