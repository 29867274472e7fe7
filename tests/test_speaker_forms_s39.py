"""Who said it, in forms the stop-38 unseen pair (a publisher's new unit sold in part to an investor,
an airline's job cut) showed and that news writes in every industry (issue 11): a back-reference
to the page's party by a noun of its trade ("the miner said", "the carrier said", "the drugmaker
said") when another body was named last; a page that opens on such a back-reference before it names
the party at all, or after a headline naming two bodies.
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, sources_of
from tests.factories import quote_speakers as speakers

# --- a back-reference by a noun of the party's trade -------------------------------------------------


def test_a_trade_noun_takes_up_the_party_of_that_trade_not_the_last_name():
    # "the miner said", "the carrier said", "the drugmaker said": a noun of the trade the page's party
    # is in (its name says so: "... Mining", "... Air", "... Pharma"), never the body named last (a
    # customer, an airport, a rival); the noun was missing from the company back-references, so the
    # words were no one's
    cases = (
        (
            "Copper output falls\n\nKestrel Mining Ltd cut its copper forecast on Tuesday after floods shut "
            "a pit in Chile. Orla Metals, which buys most of its ore, said it had enough stock. “We will "
            "rebuild the pit by the autumn,” the miner said.\n",
            "Kestrel Mining Ltd",
            "We will rebuild",
        ),
        (
            "Airline trims routes\n\nGannet Airways plc will drop eleven routes this winter, a blow to Skerry "
            "Airport Ltd, which loses half its flights. “These routes lost money for three years,” the "
            "carrier said.\n",
            "Gannet Airways",
            "These routes lost",
        ),
        (
            "Plant to close\n\nTallow Pharma AG will close its plant in Ghent with the loss of 700 jobs. "
            "Quarry Biotech Inc. bought a site nearby last year. “Demand for the old tablets has gone,” "
            "the drugmaker said.\n",
            "Tallow Pharma AG",
            "Demand for the",
        ),
    )
    for text, body, words in cases:
        found = sources_of(text)
        assert (body, "organization") in found, (text, found)
        assert speakers(text) == [(words, body)], (text, speakers(text))


def test_the_trade_noun_s_own_officer_is_the_person():
    # near miss: "the miner's chief executive, X, said" is the person, not the company
    text = (
        "Copper output falls\n\nKestrel Mining Ltd cut its copper forecast on Tuesday after floods shut a "
        "pit in Chile. “We will rebuild the pit by the autumn,” the miner's chief executive, Rory Dunn, "
        "said.\n"
    )
    assert speakers(text) == [("We will rebuild", "Rory Dunn")]
    assert sources_of(text) == {("Rory Dunn", "person")}


# --- a page that opens on the back-reference ---------------------------------------------------------


def test_a_back_reference_opening_the_page_is_the_party_it_names_after():
    # "The coffee chain announced that ...", "According to <outlet>, the company has said ...": the
    # page speaks of its party by a noun before it names it; and after a headline naming two bodies,
    # "The company announced" is the one the page is about (the one it names most), not the one the
    # headline names last
    cases = (
        (
            "Coffee chain names chief\n\nThe coffee chain announced that Ana Ruiz will become chief "
            "executive of Brightwell Coffee on May 1. Brightwell Coffee shares rose 4%. Brightwell Coffee "
            "runs 900 shops.\n",
            "Brightwell Coffee",
        ),
        (
            "Orla Motors CEO Ivo Stark ousted, replaced by Tallow Trucks boss Ana Ruiz\n\nThe company "
            "announced Friday that Orla Motors CEO Ivo Stark will step down, to be replaced by Tallow Trucks "
            "boss Ana Ruiz. Orla Motors has made cars since 1950. Orla Motors shares fell 2%.\n",
            "Orla Motors",
        ),
        (
            "Telecom to cut jobs\n\nThe country's second-largest phone network plans to cut 9,000 jobs by "
            "2029.\n\nAccording to the Coast Ledger, the company has said a third of its staff may go. "
            "Skerry Telecom employs 27,000 people, and Skerry Telecom shares rose 3%.\n",
            "Skerry Telecom",
        ),
    )
    for text, body in cases:
        found = sources_of(text)
        assert (body, "organization") in found, (text, found)
        assert {name for name, kind in found if kind == "organization"} == {body}, (text, found)


def test_a_back_reference_on_a_page_that_names_no_body_is_no_one():
    # near miss: a page that never names an organization gives "the company" to no one
    text = (
        "Plant to close\n\nThe company said on Monday it would close its plant in the town, with the loss "
        "of 300 jobs. The mayor called it a blow.\n"
    )
    assert not any(kind == "organization" for _, kind in sources_of(text))


def test_the_back_reference_patterns_with_the_trade_nouns_stay_linear():
    # the company back-reference patterns now hold the trade nouns: a 2 MB line of their own words
    from tui.analysis.extract.attribution import _patterns

    for name in ("anaphor", "anaphor_at"):
        for unit in ("the miner ", "the coffee chain carrier ", "the drugmaker, "):
            assert cpu_to_scan_a_long_line(_patterns()[name], unit) < 2.0, (name, unit)
