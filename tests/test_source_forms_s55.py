"""Whose word: a state's voice, an office with no name, a document, a group, and the speakers of their quotations
(stop 55, "voices55": forms 1 and 2 of the brief, from coverage of a state taking over a utility and of a founder
taking his company private). Every text here is invented (other lands, names, trades and figures than the pages
that showed the forms); each form is written as a general shape in three wordings, with a near miss that must not
be read so. Expectations written by hand.
"""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, quote_speakers, sources_of
from tui.analysis.extract.attribution import _CLAUSE_END_AFTER, _OFFICIAL_AT, _STATE_FIELD

_HEAD = "The state takes over a power company\n\n"


def _cited(body: str) -> set[tuple[str, str]]:
    return sources_of(_HEAD + body)


def _names(body: str) -> set[str]:
    return {name for name, _ in _cited(body)}


def _speakers(body: str) -> dict[str, str | None]:
    return dict(quote_speakers(_HEAD + body))


# --- 1a. a country that opens its clause speaks for its state ----------------------------------------------------
# The FORM: "<Country> confirmed/announced/said ..." with the country opening its clause (an opening phrase closed
# by a comma may stand before it): the state, an official source named as written; where the page names the
# country's government ("the Norwegian government said"), that government. NEAR MISS: a country after a town and a
# comma ("a company based in Bergen, Norway, announced") is a place and says nothing.


def test_a_country_that_confirms_opening_its_sentence_is_cited() -> None:
    body = "Norway confirmed on Monday the nationalisation of Tallow Power, its largest utility."
    assert ("Norway", "organization") in _cited(body)


def test_a_country_after_an_opening_phrase_is_cited() -> None:
    body = "Facing a hard winter, Sweden announced on Friday that it would take over Kestrel Energi."
    assert "Sweden" in _names(body)


def test_a_country_beside_its_named_government_is_that_government() -> None:
    body = (
        "The Danish government said Thursday it had taken over Orla Gas. Denmark announced the plan in May, "
        "weeks after Orla Gas ran out of cash."
    )
    names = _names(body)
    assert "Danish government" in names
    assert "Denmark" not in names


def test_near_miss_a_country_after_a_town_and_a_comma_says_nothing() -> None:
    body = "A company based in Bergen, Norway, announced a plan to buy Tallow Power."
    assert "Norway" not in _names(body)


# --- 1b. a capital standing for its government --------------------------------------------------------------------
# The FORM: a capital the lexicon knows as its state's seat ("Oslo", "Vienna"), opening its clause before a
# reporting verb or named right after one: the state, official; the country and its capital on one page are one
# source. NEAR MISS: a city that is no seat of government ("Hamburg has said") and a capital after a preposition
# ("In Oslo, Kestrel said") say nothing.


def test_a_capital_that_has_said_is_cited() -> None:
    body = "Tallow Power will be rescued. Oslo has said it would review a second request for aid."
    assert ("Oslo", "organization") in _cited(body)


def test_a_capital_named_after_the_verb_speaks_its_quotation() -> None:
    body = "“Kestrel Energi is a pillar of our grid,” recalls Vienna to justify the step."
    assert _speakers(body) == {"Kestrel Energi is": "Vienna"}


def test_a_country_and_its_capital_on_one_page_are_one_source() -> None:
    body = (
        "Poland announced on Tuesday that it would take over Orla Gas. “Orla Gas keeps our homes warm,” said "
        "Warsaw in a note to lenders."
    )
    cited = _cited(body)
    assert ("Poland", "organization") in cited
    assert "Warsaw" not in {name for name, _ in cited}
    assert _speakers(body) == {"Orla Gas keeps": "Poland"}


def test_near_miss_a_town_and_a_capital_after_a_preposition_say_nothing() -> None:
    assert "Hamburg" not in _names("Tallow Power will be rescued. Hamburg has said little about the plan.")
    assert "Oslo" not in _names("In Oslo, Kestrel said it would bid for Tallow Power.")


# --- 1c. a ministry told by its field, or by "the country's" --------------------------------------------------------
# The FORM: "the <field> ministry said", "according to the <field> ministry", "the country's ministry said": the
# ministry as written (its owner's word left out), official. NEAR MISS: a field before another body's noun ("the
# health council said") is no ministry and cites no one by this rule; "the trade union" stays a labour body.


def test_an_unnamed_ministry_with_its_field_is_cited() -> None:
    assert "energy ministry" in _names("Tallow Power will be rescued, the energy ministry said.")


def test_a_ministry_after_according_to_is_cited() -> None:
    assert "finance ministry" in _names(
        "The state will pay 2 euros a share, according to the finance ministry."
    )


def test_the_countrys_ministry_is_the_ministry() -> None:
    assert "ministry" in _names("The state will hold 90% of Tallow Power, the country's ministry said.")


def test_near_miss_a_field_before_a_council_is_no_ministry() -> None:
    names = _names(
        "The health council said Tallow Power had enough gas. The trade union said jobs were safe."
    )
    assert "health council" not in names
    assert "trade union" in names


# --- 1d. an office with no name ---------------------------------------------------------------------------------------
# The FORM: "the <land> <field> minister said", "said the minister", "the finance minister told reporters": where
# the page names no holder of the post, the office as written, official (a holder named before is the person).
# NEAR MISS: "the president said" with no holder (a company has one too) cites no one.


def test_an_office_with_its_land_and_field_is_cited() -> None:
    body = "“We will keep Tallow whole,” said the Norwegian energy minister."
    assert _speakers(body) == {"We will keep": "Norwegian energy minister"}


def test_a_minister_with_no_name_is_cited() -> None:
    assert "minister" in _names("The minister said Tallow Power would get its money by May.")


def test_a_finance_minister_telling_reporters_is_cited() -> None:
    assert "finance minister" in _names(
        "The finance minister told reporters the rescue would cost 9 billion euros."
    )


def test_a_holder_named_before_is_the_person() -> None:
    body = (
        "Energy Secretary Ana Lund backed the deal. “We will keep Tallow whole,” said the Energy Secretary."
    )
    assert _speakers(body) == {"We will keep": "Ana Lund"}


def test_near_miss_the_president_with_no_holder_cites_no_one() -> None:
    assert _names("The president said Tallow Power would be sold.") == set()


# --- 1e. a document named by its noun; 1f. a group of stakeholders; 1g. "the firm said" --------------------------------


def test_according_to_the_document_cites_a_document() -> None:
    kinds = {
        kind
        for _, kind in _cited("The state will pay 2 euros a share for Tallow, according to the document.")
    }
    assert kinds == {"document"}


def test_the_document_shows_cites_a_document() -> None:
    kinds = {kind for _, kind in _cited("The document shows the state will pay 2 euros a share for Tallow.")}
    assert kinds == {"document"}


def test_a_document_seen_by_an_outlet_stays_the_outlets() -> None:
    cited = _cited("The state will pay 2 euros a share, a document seen by the Courier showed.")
    assert "document" not in {kind for _, kind in cited}


def test_stakeholders_said_is_a_group() -> None:
    assert ("stakeholders", "group") in _cited(
        "The state will take 90% of Tallow, three stakeholders said on Monday."
    )


def test_some_stakeholders_warned_is_a_group() -> None:
    assert ("stakeholders", "group") in _cited(
        "Some stakeholders warned that the rescue of Tallow came late."
    )


def test_according_to_stakeholders_is_a_group() -> None:
    assert ("stakeholders", "group") in _cited(
        "The talks on Tallow lasted a week, according to two stakeholders."
    )


def test_the_firm_said_is_the_company() -> None:
    assert "Kestrel" in _names("Kestrel will buy Tallow for $2 billion. The firm said it offered a premium.")


# --- 2. a speaker with a title and no name is not the previous named speaker ------------------------------------------


def test_an_offices_quotation_is_not_the_previous_speakers() -> None:
    body = (
        "Ana Lund, chief of Kestrel, said the offer was fair. “The state will take over Tallow,” said the "
        "Danish economy minister."
    )
    assert _speakers(body) == {"The state will": "Danish economy minister"}


def test_a_capitals_quotation_is_not_the_previous_speakers() -> None:
    body = (
        "“We sell with a heavy heart,” said Ivo Stark, chief of Kestrel. “Tallow is central to our supply,” "
        "recalls Oslo in its note."
    )
    got = _speakers(body)
    assert got["We sell with"] == "Ivo Stark"
    assert got["Tallow is central"] == "Oslo"


def test_an_offices_quotation_told_before_the_verb_is_the_offices() -> None:
    body = "Ana Lund said the offer was fair. “Tallow stays open,” the Austrian energy minister said."
    assert _speakers(body) == {"Tallow stays open": "Austrian energy minister"}


def test_a_press_releases_quotation_is_its_companys() -> None:
    body = (
        "Furniture maker Harlow will be taken private by founder Peter Harlow and Granite Lake Partners. The board "
        "“approved a merger agreement under which the buyers will acquire Harlow,” a press release from the "
        "furniture maker said."
    )
    assert _speakers(body) == {"approved a merger": "Harlow"}


def test_the_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(_OFFICIAL_AT, "the economy minister ") < 20
    assert cpu_to_scan_a_long_line(_CLAUSE_END_AFTER, " on ") < 20
    assert cpu_to_scan_a_long_line(_STATE_FIELD, "economy ") < 20


def test_it_said_after_a_ministry_is_the_ministry() -> None:
    body = (
        "The state will own 90% of Tallow, the energy ministry said. The plan “keeps the lights on for every "
        "home,” it said."
    )
    assert _speakers(body) == {"keeps the lights": "energy ministry"}


def test_near_miss_it_said_after_a_company_was_cited_is_never_the_ministry() -> None:
    body = (
        "The state will own 90% of Tallow, the energy ministry said. Kestrel Foods said it would sell its stake. "
        "The sale “frees cash for our dairies,” it said."
    )
    assert _speakers(body)["frees cash for"] != "energy ministry"


def test_the_document_after_a_statement_is_the_statements_maker() -> None:
    body = (
        "In a statement, Kestrel announced that “Ana Lund has stepped down as chief executive.” “Ms. Lund told the "
        "board of her plans in May,” the document added."
    )
    assert _speakers(body) == {"Ana Lund has": "Kestrel", "Ms. Lund told": "Kestrel"}


def test_near_miss_the_document_paragraphs_after_a_statement_is_a_document() -> None:
    body = (
        "Kestrel said in a statement that the state would take over Tallow.\n\nThe plant employs 900 people.\n\n"
        "Its gas comes from three suppliers.\n\nThe state will pay 2 euros a share, according to the document."
    )
    assert ("a document", "document") in _cited(body)
