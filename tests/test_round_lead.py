"""A round's lead investor, a past valuation and a caption's status (issue 16, stop 28).

- The buyer of a raise is its lead investor as the article says it ("the round was led by Y", "Y is
  set to lead the round", "Y, the leading investor of the round"); a company named for comparison
  ("larger than ... including Y") or among the participants ("returning investors including Y") is
  no lead, and no investor is guessed from the most-named one.
- A valuation the company had before the round ("was last valued at", "its previous valuation of")
  is no valuation of this round; "valuing the startup at $X, a total that ..." is a valuation.
- A photo caption ending on "Source: <wire>" is never the lead, and "signs of" is a noun, not a
  deal signed.

Companies and sentences are invented; expectations written by hand.
"""

from __future__ import annotations

from tests.factories import deal_facts, slot_value
from tui.analysis.extract.round_lead import lead_at, listed_at, not_a_lead


def _buyer(text: str) -> object:
    return slot_value(deal_facts(text), "buyer")


def test_led_by_names_the_lead() -> None:
    text = (
        "Quillon raises $2 billion\n\n"
        "Quillon, the maker of the Brio assistant, has raised $2 billion in new funding, the company said "
        "on Tuesday.\n\n"
        "The round was led by venture firm Harrow Partners, with Medley Capital and Stonefield also "
        "taking part.\n"
    )
    assert _buyer(text) == "Harrow Partners"
    assert slot_value(deal_facts(text), "target") == "Quillon"


def test_slated_to_lead_and_the_leading_investor_name_the_lead() -> None:
    slated = (
        "Quillon in talks to raise funds\n\n"
        "Quillon is in talks to raise $2 billion from investors, people familiar with the talks said.\n\n"
        "Harrow Partners is set to lead the round, one of the people said.\n"
    )
    assert _buyer(slated) == "Harrow Partners"
    leading = (
        "Quillon closes round\n\n"
        "Quillon has closed a $2 billion funding round, the company announced on Wednesday.\n\n"
        "The investment was confirmed by Harrow Partners, the leading investor of the round.\n"
    )
    assert _buyer(leading) == "Harrow Partners"


def test_participants_and_comparisons_name_no_lead() -> None:
    listed = (
        "Quillon raises $2 billion\n\n"
        "Quillon raised $2 billion from investors, drawing returning backers including Harrow Partners "
        "and Medley Capital. Harrow Partners put in about $400 million, Harrow Partners said.\n\n"
        "The money will pay for computing power.\n"
    )
    assert _buyer(listed) is None
    compared = (
        "Quillon raises $2 billion\n\n"
        "Quillon is reportedly raising $2 billion in funding, more than the yearly sales of companies "
        "including Brackwater and Ostend Mills.\n\n"
        "Brackwater said it was not in the round.\n"
    )
    assert _buyer(compared) is None


def test_a_lead_of_an_earlier_round_is_no_lead_of_this_one() -> None:
    text = (
        "Quillon raises $2 billion\n\n"
        "Quillon has raised $2 billion in new funding, the company said on Tuesday.\n\n"
        "Its last round was led by Harrow Partners at a lower price.\n"
    )
    assert _buyer(text) is None


def test_lead_at_on_spans() -> None:
    low = "the financing is expected to be led by harrow partners, a banker said."
    start = low.index("harrow")
    assert lead_at(low, [(0, len(low))], [(start, start + len("harrow partners"))]) == 0
    company = "the company, led by harrow partners since 2019, makes chips."
    start = company.index("harrow")
    assert lead_at(company, [(0, len(company))], [(start, start + 15)]) is None
    assert not_a_lead("raising $2 billion, more than companies including brackwater", 7, 52)
    assert not not_a_lead("raising $2 billion from brackwater", 7, 24)
    assert listed_at("backers including harrow partners", 18)
    assert not listed_at("harrow partners backs quillon", 0)


def test_a_past_valuation_is_no_valuation_of_the_round() -> None:
    text = (
        "Quillon raises $2 billion\n\n"
        "Quillon has raised $2 billion in new funding, the company said on Tuesday.\n\n"
        "Quillon was last valued at $30 billion early this year, when employees sold shares.\n"
    )
    assert slot_value(deal_facts(text), "valuation") is None
    told = (
        "Quillon raises $2 billion\n\n"
        "Quillon has raised $2 billion in new funding, the company said on Tuesday.\n\n"
        "Investors are valuing the startup behind Brio at $52 billion, a total that puts it among the "
        "largest private companies.\n"
    )
    facts = deal_facts(told)
    assert slot_value(facts, "valuation") == 52e9
    assert slot_value(facts, "total") is None


def test_a_deal_valued_at_is_the_deal_not_a_valuation() -> None:
    """ "a transaction valued at $X" sizes the deal, as "a deal worth $X" does."""
    text = (
        "Harbor Foods to buy Lumen Dairy\n\n"
        "Harbor Foods agreed to acquire Lumen Dairy in a transaction valued at $14 billion, the companies "
        "said on Tuesday.\n"
    )
    facts = deal_facts(text)
    assert slot_value(facts, "amount") == 14e9
    assert slot_value(facts, "valuation") is None


def test_a_caption_credited_to_a_wire_is_not_the_lead_and_signs_of_is_a_noun() -> None:
    text = (
        "Quillon in talks to raise funds\n\n"
        "A Quillon sign at its offices in Lisbon, on Monday, March 3, 2031. Shares of chip makers are "
        "showing further signs of cooling amid reports of slower orders for Quillon. Source: Wire\n\n"
        "(Wire) -- Quillon is in talks to raise $2 billion from investors, people familiar with the "
        "matter said.\n"
    )
    facts = deal_facts(text)
    assert slot_value(facts, "status") == "talks"


def test_a_status_cue_read_as_a_plural_noun_is_no_status() -> None:
    from tui.analysis.extract.deal_clauses import noun_use

    low = "shares are showing further signs of cooling"
    assert noun_use(low, low.index("signs"), low.index("signs") + 5)
    low = "quillon signs a deal with harrow"
    assert not noun_use(low, low.index("signs"), low.index("signs") + 5)
    low = "pay raises of 3% were agreed"
    assert noun_use(low, low.index("raises"), low.index("raises") + 6)
    low = "quillon has raised $2 billion of new money"
    assert not noun_use(low, low.index("has raised"), low.index("has raised") + 10)
    # in a lead: the cooling's "signs of" is no deal signed; the talks are the status
    text = (
        "Quillon in talks to raise funds\n\n"
        "Chip stocks are showing further signs of cooling as Quillon is in talks to raise $2 billion from "
        "investors, people familiar with the matter said.\n"
    )
    assert slot_value(deal_facts(text), "status") == "talks"
