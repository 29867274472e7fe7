"""Who said it, in forms the stop-38 unseen pair (a publisher's new unit sold in part to an investor,
an airline's job cut) showed and that news writes in every industry (issue 11): a back-reference
to the page's party by a noun of its trade ("the miner said", "the carrier said", "the drugmaker
said") when another body was named last; a page that opens on such a back-reference before it names
the party at all, or after a headline naming two bodies.
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, source_result, sources_of
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


def test_a_trade_noun_no_body_is_called_by_is_no_one():
    # near miss: the page's carrier is a name the tool does not type an organization; "the carrier"
    # then takes up no one, never the other body named last (the buyer of a stake)
    text = (
        "Ferry deal criticised\n\nIsland councils criticised the sale on Thursday. Gannet Marine, the shipping "
        "group buying the stake, did not comment. “The routes are safe,” the carrier said in a statement.\n"
    )
    assert speakers(text) == [("The routes are", None)]
    assert ("Gannet Marine", "organization") not in sources_of(text)


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
            assert cpu_to_scan_a_long_line(_patterns()[name], unit) < 20, (name, unit)


# --- a release "from the company" on a page where another body was named last -------------------------


def test_a_release_from_the_company_is_the_body_that_announced_not_the_investor():
    # "Tallow has announced a new unit, backed by Quarry ... With Quarry paying $X for 30%, the unit will
    # “...”, according to a news release from the company": a body issues a release about itself, so
    # "the company" whose release it is, is the body the page cited announcing, not the investor the
    # sentence (and the page) names more; the quoted words after it, with no cue, are the same body's
    cases = (
        (
            "Ferry operator opens new unit\n\nSkerry Ferries Ltd has announced a new company for its island "
            "routes, backed by an investment from Gannet Marine Ltd.\n\nWith Gannet Marine Ltd paying about "
            "$300 million for 30% of the unit, the new company is set to “run the island routes with its own "
            "board and crews”, according to a news release from the company.\n\nThe unit will take over the "
            "routes' ships and “every timetable now sold or planned”.\n",
            "Skerry Ferries Ltd",
            ["run the island", "every timetable now"],
        ),
        (
            "Dairy spins off cheese arm\n\nBrightwell Dairy Corp. said on Monday it would put its cheese "
            "business into a new unit, with Orla Foods Inc. buying a minority stake.\n\nAfter Orla Foods Inc. "
            "agreed to pay $420 million for the stake, the unit will “sell the cheeses in forty countries”, "
            "according to a statement from the group.\n",
            "Brightwell Dairy Corp.",
            ["sell the cheeses"],
        ),
        (
            "Software maker carves out games\n\nCastlegate Software AG announced the creation of a games "
            "studio, in which Harrow Capital LLP will invest.\n\nOnce Harrow Capital LLP has put in €90 "
            "million, the studio will “publish two titles a year from 2032”, according to the announcement "
            "from the company.\n",
            "Castlegate Software AG",
            ["publish two titles"],
        ),
    )
    for text, body, words in cases:
        assert speakers(text) == [(w, body) for w in words], (text, speakers(text))


def test_a_release_from_the_company_when_the_investor_announced_stays_the_investor():
    # near miss: the body that announced is the investor itself; its release stays its own
    text = (
        "Fund buys into ferries\n\nGannet Capital LLP has announced a $300 million investment in Skerry "
        "Ferries Ltd.\n\nWith Gannet Capital LLP now holding 30% of the ferry line, the fund will “add "
        "three ships within two years”, according to a news release from the company.\n"
    )
    assert speakers(text) == [("add three ships", "Gannet Capital LLP")]


# --- a wire's brief of a body's release, written in capitals -------------------------------------------


def test_the_starred_lines_of_a_brief_are_the_body_named_before_the_colon():
    # "(Wire) - Kestrel Mining Ltd:" then lines opening "* " in capitals with no verb of saying: a wire's
    # brief of the body's release; every line is the body's (a line that says "X SAYS" already was)
    cases = (
        (
            "BRIEF-Kestrel Mining to cut copper output\n\nMarch 3 (Coast Newswire) - Kestrel Mining Ltd:\n\n"
            "* COPPER OUTPUT FOR 2031 SEEN 8% LOWER\n\n* FLOODED PIT TO REOPEN IN Q3\n",
            "Kestrel Mining Ltd",
        ),
        (
            "BRIEF-Orla Bank to sell card unit\n\nOrla Bank plc:\n\n* TO SELL 40% OF CARD BUSINESS TO "
            "KESTREL CAPITAL FOR 1.1 BLN STG\n\n* DEAL EXPECTED TO CLOSE IN H2\n",
            "Orla Bank",
        ),
        (
            "Harbour Stores shuts shops\n\nMay 9 (Harbour Wire) - Harbour Stores Holdings Inc:\n\n"
            "* HARBOUR STORES TO CLOSE 40 SHOPS IN OHIO\n\n* HARBOUR STORES SEES SALES DOWN 3% IN 2032\n",
            "Harbour Stores Holdings Inc",
        ),
    )
    for text, body in cases:
        result = source_result(text)
        names = {s.id: s.name for s in result.sources}
        assert {(s.name, s.kind.value) for s in result.sources} == {(body, "organization")}, (text, names)
        # a starred line that is a claim is the body's (the first, read as a heading, has no source)
        starred = [c for c in result.analysis.claims if c.text.lstrip().startswith("*") and c.source_ids]
        assert starred and all([names[i] for i in c.source_ids] == [body] for c in starred), (
            text,
            [(c.text, c.source_ids) for c in result.analysis.claims],
        )


def test_starred_lines_under_a_heading_that_names_no_body_cite_no_one():
    # near miss: a list of points under a heading of common words is the page's own
    text = "Ferry results\n\nKey points:\n\n* TRAFFIC UP 4% IN THE YEAR\n\n* FUEL COSTS DOWN BY A THIRD\n"
    assert sources_of(text) == set()


def test_the_brief_patterns_stay_linear():
    # the starred line, the words between a name and its colon, a verb of saying then a name
    from tui.analysis.extract.attribution import _BRIEF_NAME_TAIL, _STAR_LINE
    from tui.analysis.extract.quote_speakers import _NAMED_AFTER_VERB

    for pattern, unit in (
        (_BRIEF_NAME_TAIL, ", Abc"),
        (_BRIEF_NAME_TAIL, ",\t"),
        (_BRIEF_NAME_TAIL, " A"),
        (_STAR_LINE, "* "),
        (_NAMED_AFTER_VERB, ", said A"),
        (_NAMED_AFTER_VERB, "” said "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a speaker named after the verb whom no rule found, then the outlet that reported it -------------


def test_a_speaker_named_after_said_is_never_the_outlet_cited_after():
    # '“...,” said <name>, <post> at <firm>, according to <outlet>': the clause names the speaker; when
    # no rule finds the name (a hyphenated surname, before the entities found those), the outlet that
    # reported the words is still not their speaker: the person or no one, never the outlet, and the
    # words that go on after it are not the outlet's either (a misattribution is worse than none)
    cases = (
        (
            "Shop sale\n\nHarbour Stores Inc. agreed to sell 40 shops. “The price is fair,” said Kenji "
            "Mori-Lang, a retail analyst at Quarry Partners, according to Bloomberg. “I expect more sales "
            "this year.”\n",
            "Kenji Mori-Lang",
            "Bloomberg",
        ),
        (
            "Chip plant delayed\n\nOrbitex Corp will open its Dresden plant a year late. “The delay costs "
            "them the next cycle,” said Ana Ruiz-Vidal, research head at Quarry Insights, according to "
            "Reuters.\n",
            "Ana Ruiz-Vidal",
            "Reuters",
        ),
        (
            "Port strike\n\nDock workers at Skerry walked out on Monday. “Nobody will load a ship this "
            "week,” said Kofi Mensah-Brandt, an economist at Orla Bank, according to the Coast Ledger.\n",
            "Kofi Mensah-Brandt",
            "Coast Ledger",
        ),
    )
    for text, person, outlet in cases:
        got = speakers(text)
        assert got and got[0][1] in (person, None), (text, got)
        assert all(who != outlet for _, who in got), (text, got)


def test_words_only_an_outlet_is_cited_for_stay_the_outlet_s():
    # near misses: a speaker the tool finds stays the speaker; words the outlet alone is cited for stay
    # the outlet's
    found = (
        "Brewer results\n\nTallow Brewing Ltd cut its forecast. “Beer volumes are not coming back soon,” "
        "said Tomas Berg, who covers brewers at Skerry Bank, according to the Coast Ledger.\n"
    )
    assert speakers(found) == [("Beer volumes are", "Tomas Berg")]
    outlet = (
        "Brewer results\n\nTallow Brewing Ltd cut its forecast. The brewer will “look again at every "
        "plant it runs,” according to the Coast Ledger.\n"
    )
    assert speakers(outlet) == [("look again at", "Coast Ledger")]
