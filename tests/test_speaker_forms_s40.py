"""Who said it, in forms the stop-39 unseen pair (a drinks company buying a brand, a lender's round)
showed and that news writes in every trade (issue 11): a name's meaning given in marks ("X, which
means “...”") is a term, no one's words; a company told by what it makes or owns ("the maker of X
said", "said the owner of the X app") is the company the page ties to X, never X itself and never a
guess among the bodies named last.
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, source_result, sources_of
from tests.factories import quote_speakers as speakers


def _kinds(text: str) -> list[tuple[str, str, str | None]]:
    """Per quotation: its first three words, its kind and its speaker's name."""
    result = source_result(text)
    names = {s.id: s.name for s in result.sources}
    return [
        (" ".join(q.text.split()[:3]), q.kind, names.get(q.source_id) if q.source_id else None)
        for q in result.analysis.quotes
    ]


# --- a name's meaning in marks -----------------------------------------------------------------------


def test_a_name_s_meaning_in_marks_is_a_term_not_the_company_s_words():
    # "Casa Lumbre, which means “house of fire,”", "Lumbre (or ‘the flame’)", "Spanish for “...”": the
    # page tells what a name means; before, the words were given to the company that opens the sentence
    # (a source the page never cites)
    cases = (
        (
            "Drinks group buys tequila label\n\nBrindle Holdings plc agreed to buy Casa Lumbre for $300 "
            "million. Casa Lumbre, which means “house of fire,” was founded in 2015 by two chefs.\n",
            "house of fire",
        ),
        (
            "Drinks group buys tequila label\n\nBrindle Holdings plc agreed to buy Lumbre Systems for $300 "
            "million. Lumbre Systems (or ‘the flame at home’) was set up in 2015 in Jalisco.\n",
            "the flame at",
        ),
        (
            "Drinks group buys tequila label\n\nBrindle Holdings plc agreed to buy Casa Lumbre for $300 "
            "million. Casa Lumbre is Spanish for “the house of fire” and sold 90,000 cases last year.\n",
            "the house of",
        ),
        (
            "Carmaker names unit\n\nKestrel Motors Inc. set up a battery arm, Vela Group, in May. Vela Group, "
            "meaning “the sail” in Latin, will open a plant in Ohio.\n",
            "the sail",
        ),
    )
    for text, words in cases:
        assert _kinds(text) == [(words, "scare", None)], (text, _kinds(text))
        assert sources_of(text) == set(), (text, sources_of(text))


def test_words_in_marks_after_means_that_someone_said_stay_speech():
    # near miss: "The deal means “...,” X said" (a verb's object, not a name's meaning) and a long
    # quotation after "meaning" stay the speaker's
    cases = (
        (
            "Drinks group buys tequila label\n\nBrindle Holdings plc agreed to buy Casa Lumbre for $300 "
            "million. The deal means “we can grow faster,” Brindle Holdings said.\n",
            [("we can grow", "speech", "Brindle Holdings")],
        ),
        (
            "Drinks group buys tequila label\n\nBrindle Holdings plc agreed to buy Casa Lumbre for $300 "
            "million, chief executive Rory Dunn said. “It is a fine brand and a fine team,” he said.\n",
            [("It is a", "speech", "Rory Dunn")],
        ),
    )
    for text, expected in cases:
        assert _kinds(text) == expected, (text, _kinds(text))


# --- "the maker of X said" -----------------------------------------------------------------------------


def test_the_maker_of_a_product_is_the_company_the_page_ties_to_it():
    # "the maker of Skylark said", "said the owner of the Harbour Pay app", "The producer of Vela and
    # Brisk said": the company the page names as the goods' maker ("Skylark maker X", "X, which makes
    # Skylark", "X's Skylark") or whose name opens with the goods' first word; before, the product named
    # after "of" was the speaker, or the body named last (a supplier)
    cases = (
        (
            "Toy maker cuts jobs\n\nQuarry Holdings, which makes Skylark, will cut 500 jobs. Tallow Systems, "
            "which supplies its software, was not affected. “We have to lower our costs,” the maker of "
            "Skylark said.\n",
            "Quarry Holdings",
        ),
        (
            "Lender cuts jobs\n\nHarbour Bank AB will cut 500 jobs, it said on Tuesday. Tallow Systems, which "
            "runs its payroll, was not affected. “We have to lower our costs,” said the owner of the "
            "Harbour Pay app.\n",
            "Harbour Bank AB",
        ),
        (
            "Snack group buys bakery\n\nThe snacks group Orbitex Holdings agreed to buy Pellow Foods "
            "for $90 million. Orbitex Holdings' Vela crisps and Brisk Cola sell in forty countries. The "
            "producer of Vela and Brisk said it would keep the bakery open.\n",
            "Orbitex Holdings",
        ),
    )
    for text, company in cases:
        found = sources_of(text)
        assert (company, "organization") in found, (text, found)
        assert all(name in (company, "it") for name, _ in found), (text, found)
        said = speakers(text)
        assert all(who == company for _, who in said), (text, said)


def test_the_maker_of_a_product_no_company_is_tied_to_is_no_one():
    # near miss: nothing on the page says who makes Skylark; "the maker of Skylark" is then no one,
    # never Skylark and never the supplier named last (a misattribution is worse than none)
    text = (
        "Toy maker cuts jobs\n\nQuarry Holdings will cut 500 jobs. Tallow Systems, which supplies its software, "
        "was not affected. “We have to lower our costs,” the maker of Skylark said.\n"
    )
    assert speakers(text) == [("We have to", None)]
    assert ("Skylark", "organization") not in sources_of(text)
    assert ("Tallow Systems", "organization") not in sources_of(text)


def test_the_owner_of_a_club_named_after_it_is_the_person():
    # near miss: "the owner of the club, Ivo Stark, said" names the person who speaks
    text = (
        "Club sold\n\nHarbour United will be sold to a fund. “It is time,” the owner of the club, Ivo Stark, "
        "said on Monday.\n"
    )
    assert speakers(text) == [("It is time", "Ivo Stark")]


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("quote_speakers", "_GLOSS_BEFORE", "which means "),
        ("quote_speakers", "_GLOSS_BEFORE", "Aa, meaning "),
        ("attribution", "_OWNER_OF_END", "the maker of "),
        ("attribution", "_OWNER_OF_END", "the big maker of a, "),
        ("attribution", "_OWNER_OF_AT", "the maker of the "),
        ("attribution", "_OWNS_BETWEEN", ", which makes a, "),
        ("attribution", "_OWNS_BETWEEN", "’s a "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str):
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 2.0
