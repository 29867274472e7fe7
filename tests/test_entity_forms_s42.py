"""Entity forms on unseen text (issue 11, stop 42, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

from tests.factories import entity_types as names
from tests.factories import named_someone, plain_article
from tui.analysis.extract import analyse_article


def _aliases(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in analyse_article(plain_article(text)).entities}


# --- two given names before one surname ------------------------------------------------------------------
# The FORM: "siblings Ana and Lis Varga", "its co-founders, Ana and Lis Varga,": two persons of one
# surname, the first written by her given name alone. Both are full persons; "Ana" is Ana Varga.


def test_two_given_names_before_one_surname_are_two_full_persons() -> None:
    for text in (
        "Tallow Robotics was set up by former Brava engineers and siblings Ana and Lis Varga in 2019.",
        "The co-founders of Tallow Robotics, Ana and Lis Varga, left Brava Labs in 2019.",
        "Tallow Robotics, run by the brothers Ivo and Rui Maddox, raised $40 million on Monday.",
    ):
        got = _aliases(text)
        persons = {n for n, t in names(text).items() if t == "person"}
        first, second = ("Ana", "Lis") if "Ana" in text else ("Ivo", "Rui")
        surname = text.split(f"{second} ")[1].split()[0].strip(",")
        assert {f"{first} {surname}", f"{second} {surname}"} <= persons, (text, persons)
        assert first not in got and first in got[f"{first} {surname}"], (text, got)


def test_a_company_before_a_full_name_gets_no_surname() -> None:
    got = names("The deal between Tallow and Ana Varga closed on Monday, Tallow said.")
    assert "Tallow Varga" not in got and got.get("Tallow") == "organization", got
    # a surname of a person named in full earlier stays that person's
    got = names("Ivo Lund chairs the board. On Monday, Lund and Ana Varga met the bankers.")
    assert "Lund Varga" not in got and "Ivo Lund" in got and "Ana Varga" in got, got


# --- a firm's name that ends in one letter -----------------------------------------------------------------
# The FORM: "Harbour Q analyst Ola Brandt", "Global X strategist Ana Ruiz": a word and a letter
# before a title are the firm the person works for. "Series B funding", "Gen Z buyers" name no one.


def test_a_firm_named_with_one_letter_before_a_title() -> None:
    got = names('"Demand is strong," said Global X analyst Rui Maddox on Friday.')
    assert got.get("Global X") == "organization" and got.get("Rui Maddox") == "person", got
    got = names("Harbour Q analyst Ana Ruiz expects the shares to climb.")
    assert got.get("Harbour Q") == "organization", got


def test_a_round_or_a_cohort_with_a_letter_names_no_one() -> None:
    got = names(
        "Tallow raised $20 million in Series B funding, and its Series C round is next. Gen Z buyers like it."
    )
    assert not {"Series B", "Series C", "Gen Z"} & set(got), got


# --- a phrase of common words closed up ------------------------------------------------------------------------
# The FORM: "BigTech companies", "BigPharma firms": a phrase that names no one ("Big Tech") written as one
# word is still no one's name.


def test_a_closed_up_common_phrase_names_no_one() -> None:
    got = names("Since then, BigTech companies and BigPharma firms have hired more lawyers, Tallow said.")
    assert not {"BigTech", "BigPharma"} & set(got), got
    assert got.get("Tallow") == "organization", got


# --- a business line's name with "and" after a post -------------------------------------------------------------
# The FORM: "co-head of Global Banking and Markets", "chief executive of Wealth and Personal Banking":
# one unit's name, never cut at "and" (nor a person "Personal Banking"); two companies after a post stay two.


def test_a_business_line_after_a_post_is_one_name() -> None:
    got = names(
        "Ana Varga joined Tallow Bank in 2004 and was co-head of Global Banking and Markets until 2020. "
        "Ivo Lund was chief executive of Wealth and Personal Banking."
    )
    assert "Global Banking and Markets" in got and "Global Banking" not in got, got
    assert "Wealth and Personal Banking" in got, got
    assert not {"Wealth", "Personal Banking", "Markets"} & set(got), got


def test_two_companies_after_a_post_stay_two() -> None:
    got = names("Ivo Lund is chairman of Kestrel Steel and Quaylon, Kestrel Steel said.")
    assert "Kestrel Steel" in got and "Quaylon" in got, got


# --- a company's mark over a person's shape -----------------------------------------------------------------
# The FORM: a two-word name a person could bear ("Kuang Li") with a company's mark beside it: a place's
# "-based" before it, "said in a (regulatory) filing" after it. A person's "-based" takes a noun
# ("a London-based designer").


def test_a_company_mark_outweighs_a_persons_shape() -> None:
    got = names("Tallow Bank plans to sell assets. Shenzhen-based Kuang Li holds a stake in it.")
    assert got.get("Kuang Li") == "organization", got
    got = names(
        "Tallow Bank plans to sell assets. Kuang Li said in a stock exchange filing that it backed the plan."
    )
    assert got.get("Kuang Li") == "organization", got


def test_a_person_with_a_based_noun_stays_a_person() -> None:
    got = names("Ivo Lund said in a court filing that Tallow owed him $2 million.")
    assert got.get("Ivo Lund") == "person", got
    got = names("Ana Varga, a London-based designer, and Ivo Lund said in a statement that they agreed.")
    assert got.get("Ana Varga") == "person" and got.get("Ivo Lund") == "person", got
    assert named_someone(got) >= {"Ana Varga", "Ivo Lund"}


# --- a state's body named by a nationality and its kind ----------------------------------------------------------
# The FORM: "the Norwegian government", "the Israeli army", "the Varga administration": a body of a state
# named by a nationality (an administration also by its leader) and its kind in lower case is an organization
# (the lead's decision, stop 42). The leader inside "the Varga administration" is no mention of the leader;
# "the Norwegian government bond" is a thing the state issues, no mention.


def test_a_body_named_by_a_nationality_and_its_kind_is_an_organization() -> None:
    got = names(
        "Tallow's founders met while serving in the Israeli army. The Norwegian government said it would "
        "keep its 10% stake in Tallow."
    )
    assert got.get("Israeli army") == "organization", got
    assert got.get("Norwegian government") == "organization", got


def test_an_administration_named_by_its_leader_is_no_mention_of_the_leader() -> None:
    got = _aliases(
        "The Varga administration unveiled new export rules on Monday. President Ana Varga said the rules "
        "would protect jobs."
    )
    assert "Varga administration" in got, got
    assert "Ana Varga" in got and "Varga" not in got["Varga administration"], got


def test_a_states_bond_names_no_body() -> None:
    got = names("Tallow sold the Norwegian government bonds it held, the fund said.")
    assert "Norwegian government" not in got, got
    got = names("Its founders met in an Israeli military intelligence unit, Tallow said.")
    assert "Israeli military" not in got, got


def test_a_country_code_a_time_word_or_the_authorities_before_the_body() -> None:
    got = names(
        "Tallow took on the US government as an investor last month. Regulatory doubts remain under the "
        "new Varga administration. The stake caught the Danish authorities off guard."
    )
    assert got.get("US government") == "organization", got
    assert got.get("Varga administration") == "organization", got
    assert got.get("Danish authorities") == "organization", got


def test_the_agency_after_a_named_government_speaks_for_it() -> None:
    article = plain_article(
        "Tallow Bank shares fell after the Danish government said at the weekend that it would keep its stake.\n\n"
        'Officials met on Friday. The bank is "stable and profitable", the agency said in a statement.'
    )
    result = analyse_article(article)
    speakers = [q.speaker for q in result.analysis.quotes]
    assert speakers == ["Danish government"], speakers


# --- a company present somewhere through another ------------------------------------------------------------------
# The FORM: "already present in Norway through KVB", "it sells there through Harbour": the name after
# "through" is the company's means (a unit, a bank, a partner), named once and still a company.


def test_a_name_after_through_is_a_company_named_once() -> None:
    got = names(
        "Tallow, which is already present in Norway through KVB, plans to buy Brava Bank, Tallow said."
    )
    assert got.get("KVB") == "organization", got


# --- a brand written in lower case with digits inside ---------------------------------------------------------------
# The FORM: "a16z" (letters, digits, letters) is written in lower case and is a name: alone, possessive, or glued
# to a participle ("this k9x-backed startup"). A code that ends in a digit ("mp3") or a long hash is none.


def test_a_lower_case_brand_with_digits_is_a_name() -> None:
    got = names(
        "Tallow left Brava in 2021 to found this k9x-backed startup. Tallow has raised $40 million, mostly from k9x."
    )
    assert got.get("k9x") == "organization", got
    got = names("Tallow sells mp3 players and b7f62060d46664f2 codes, Tallow said.")
    assert not {"mp3", "b7f62060d46664f2"} & set(got), got


# --- a person's appositive on the line an excerpt is cut off in ---------------------------------------------------
# The FORM: the page's last line, cut off with no closing stop: "Ana Varga, head of new business at Kestrel
# and managing partner of the Harbour" -- a sentence's subject and its appositive, not a heading; the name
# ending the cut-off text, only guessed ("of the Harbour" may be "the Harbour Fund"), is none.


def test_a_cut_off_last_line_with_a_persons_appositive_is_a_sentence() -> None:
    text = (
        "Tallow raised $40 million on Monday, the company said.\n\n"
        "Ana Varga, head of new business at Kestrel and managing partner of the Harbour"
    )
    got = names(text)
    assert got.get("Ana Varga") == "person", got
    assert "Harbour" not in got, got


def test_a_short_line_inside_the_page_stays_a_heading() -> None:
    text = (
        "Ana Varga, head of trading at Kestrel and partner of Brava\n\n"
        "Tallow raised $40 million on Monday, the company said."
    )
    assert "Ana Varga" not in names(text)


# --- another story's paragraph glued after the page's story ------------------------------------------------------
# The FORM: a copied page whose story runs on single lines, then, after a blank line, one paragraph about
# other subjects that names no one of the story: another region of the page, furniture (no entity, no source).
# A closing paragraph that names someone of the story, or a page whose paragraphs all stand apart, is story.

_STORY = (
    "Tallow Bank names new chief\n"
    "Tallow Bank said on Monday that Ana Varga will succeed Ivo Lund as chief executive.\n"
    "Lund, 61, led the lender for six years, Tallow Bank said in a statement."
)


def test_an_unrelated_paragraph_after_a_blank_line_is_furniture() -> None:
    text = (
        _STORY
        + "\n\nCrowds gathered outside the Brava Arena as Kestrel Motors showed its new van, Ola Brandt said."
    )
    got = names(text)
    assert {"Ana Varga", "Ivo Lund", "Tallow Bank"} <= set(got), got
    assert not {"Brava Arena", "Kestrel Motors", "Ola Brandt"} & set(got), got
    sources = {s.name for s in analyse_article(plain_article(text)).sources}
    assert "Ola Brandt" not in sources, sources


def test_a_closing_paragraph_of_the_story_stays() -> None:
    text = _STORY + "\n\nShares of Tallow Bank rose 2% after Kestrel Motors, a client, praised Varga."
    got = names(text)
    assert "Kestrel Motors" in got, got
    apart = _STORY.replace("\n", "\n\n") + "\n\nKestrel Motors showed its new van on Monday, Ola Brandt said."
    got = names(apart)
    assert "Kestrel Motors" in got and "Ola Brandt" in got, got


def test_a_body_named_by_its_places_possessive_and_kind() -> None:
    got = names(
        "Norway’s competition watchdog cleared the deal. Ivo Lund said in a filing to Oslo's stock exchange "
        "that Tallow's stock exchange listing was on track."
    )
    assert got.get("Norway’s competition watchdog") == "organization", got
    assert got.get("Oslo's stock exchange") == "organization", got
    assert "Tallow's stock exchange" not in got, got


# --- a video player's teaser run into the story ---------------------------------------------------------------------
# The FORM: "More from UK 0:38 <one sentence summing up a clip>" at a line's head (a site's video box copied
# with the story), however long the line, with the story's next sentence sometimes glued to it: furniture,
# its names no entities; the glued sentence is the story's.


def test_a_video_teaser_is_furniture_and_the_glued_sentence_is_story() -> None:
    text = (
        "Tallow Pay is raising $300 million, the company said on Monday.\n"
        "More from Business 0:41 Ola Brandt, the head of the Harbour Traders Guild, sets out what firms want "
        "now that the finance minister has quit.Existing Tallow Pay backers including Kestrel Capital are "
        "said to be joining the round, which values the lender at $2 billion.\n"
        "Tallow Pay declined to comment."
    )
    got = names(text)
    assert not {"Ola Brandt", "Harbour Traders Guild"} & set(got), got
    assert got.get("Kestrel Capital") == "organization", got


# --- a company named by an industry word ------------------------------------------------------------------------------
# The FORM: a two-word name ending in an industry's word ("Tallon Medical", "Brava Pharma", "Kestrel
# Biotech") is a company, not a person's name by its shape.


def test_a_name_ending_in_an_industry_word_is_a_company() -> None:
    got = names("On the same day, Vessa Medical said it had dismissed its chief executive.")
    assert got.get("Vessa Medical") == "organization", got


# --- a company's units named together in the plural -----------------------------------------------------------------------
# The FORM: "its Devices and Services groups", "its Retail and Wealth divisions": the units the text names as
# bodies of the company, however made of a job's fields, are kept (as the singular "group" kept them).


def test_units_named_with_a_plural_unit_noun_are_kept() -> None:
    got = names("Tallow began cutting jobs last year in its Devices and Services groups, Tallow said.")
    assert got.get("Devices and Services") == "organization", got
