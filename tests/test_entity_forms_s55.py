"""Names on coverage of a founder taking his company private with a buyout firm and of a state taking over a
utility (stop 55, "voices55": forms 3 and 4 of the brief). Every text here is invented (other names, trades,
places and figures than the pages that showed the forms); each form is written as a general shape, in three
wordings and a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, plain_article
from tui.analysis.extract import analyse_article
from tui.analysis.extract.entities import _BLOC_ACTS_AFTER, _ORG_LIST_BEFORE
from tui.analysis.model import Entity

ORG = "organization"
PERSON = "person"


def _entities(body: str, head: str = "A founder takes his company private") -> dict[str, Entity]:
    return {e.name: e for e in analyse_article(plain_article(f"{head}\n\n{body}\n")).entities}


def _typed(body: str) -> dict[str, str]:
    return {name: e.type.value for name, e in _entities(body).items()}


def _aliases(body: str, name: str) -> set[str]:
    return set(_entities(body)[name].aliases)


# --- 3a. a company named after its founder: two entities --------------------------------------------------------
# The FORM: the page names a person in full ("<Given> <Surname>") and a company by the bare surname, which bears a
# company's own mark (a company's noun before it, a deal's verb before it, its shares after it, a place's "-based"
# before it) and never speaks; the bare surname is the company, the full name and "Mr./Ms. <Surname>" the person.
# NEAR MISS: a bare surname with no company mark stays the person's.


def test_a_trade_noun_before_the_bare_surname_makes_it_the_company() -> None:
    body = (
        "Toy maker Vantor will leave the stock market in a deal led by its founder Ruth Vantor and a buyout fund. "
        "Ruth Vantor will stay on as chairwoman. The buyers will acquire Vantor for $3 billion."
    )
    got = _entities(body)
    assert got["Vantor"].type.value == ORG
    assert got["Ruth Vantor"].type.value == PERSON
    assert "Vantor" not in got["Ruth Vantor"].aliases


def test_a_courtesy_title_keeps_the_surname_the_persons_beside_the_company() -> None:
    body = (
        "Harlow Inc. agreed on Monday to be taken private by its founder, Peter Harlow, for $9 billion. Mr. Harlow "
        "owns 12% of the maker and will keep his post. Oslo-based Harlow's plan needs the votes of other holders."
    )
    got = _entities(body)
    assert got["Peter Harlow"].type.value == PERSON
    assert "Harlow" in got["Peter Harlow"].aliases  # "Mr. Harlow"
    assert "Harlow" in got["Harlow Inc."].aliases  # "Oslo-based Harlow's plan"
    mentions = {(m.span.start, m.text) for m in got["Peter Harlow"].mentions}
    assert any(text == "Harlow" for _, text in mentions)


def test_shares_after_the_bare_surname_make_it_the_company() -> None:
    body = (
        "Kessler Capital agreed to take Dunmore private together with founder Lisa Dunmore. With 20% of Dunmore "
        "shares in hand, Ms. Dunmore will run the business as before."
    )
    got = _entities(body)
    assert got["Dunmore"].type.value == ORG
    assert got["Lisa Dunmore"].type.value == PERSON
    assert "Dunmore" in got["Lisa Dunmore"].aliases  # "Ms. Dunmore" only


def test_trading_figures_after_the_possessive_make_it_the_company() -> None:
    body = (
        "Lena Corvane will take Corvane Inc. private for $5 billion. To many holders, Corvane's slow slide in "
        "market share since 2010 shows how hard the trade has become."
    )
    got = _entities(body)
    assert "Corvane" in got["Corvane Inc."].aliases
    assert "Corvane" not in got["Lena Corvane"].aliases


def test_near_miss_a_bare_surname_with_no_company_mark_stays_the_persons() -> None:
    body = (
        "Founder Paul Garrow will retire next year. Garrow built the bakery chain over thirty years, and Garrow "
        "will keep a seat on its board."
    )
    got = _entities(body)
    assert "Garrow" in got["Paul Garrow"].aliases
    assert "Garrow" not in got


def test_near_miss_a_possessive_after_a_deals_verb_is_a_persons_holding() -> None:
    body = "Orla Foods agreed to buy Stark's shares in Kestrel Dairies. Ivo Stark founded Kestrel Dairies in 1990."
    got = _entities(body)
    assert "Stark" not in got or got["Stark"].type.value != ORG


# --- 3b. a buyout firm named by two words with a place's head ---------------------------------------------------
# The FORM: a firm's name whose last word is a place's head ("<Word> Lake", "<Word> Bay", "<Word> Valley"), called
# a firm once by the noun before it, is that firm wherever the page writes it bare. NEAR MISS: a name with a
# place's head the page never calls a firm stays a place.


def test_a_firm_named_with_a_lakes_head_stays_a_firm_when_written_bare() -> None:
    body = (
        "The deal is led by investment firm Granite Lake. Granite Lake is looking forward to the partnership, and "
        "Granite Lake will add cash of its own."
    )
    assert _typed(body)["Granite Lake"] == ORG


def test_a_firm_named_with_a_bays_head_stays_a_firm_when_written_bare() -> None:
    body = (
        "Cedar Bay will own the rest. The buyout firm Cedar Bay has $20 billion to invest, and Cedar Bay plans "
        "to keep the brand."
    )
    assert _typed(body)["Cedar Bay"] == ORG


def test_a_firm_named_with_a_valleys_head_stays_a_firm_when_written_bare() -> None:
    body = (
        "Lenders to Pine Valley said little. The private equity group Pine Valley raised a new fund; Pine Valley "
        "has backed three chip makers."
    )
    assert _typed(body)["Pine Valley"] == ORG


def test_a_firm_with_a_lakes_head_told_by_its_appositive_is_a_firm() -> None:
    body = (
        "Granite Lake, a technology-focused private equity firm, will add cash. Granite Lake has two funds."
    )
    assert _typed(body)["Granite Lake"] == ORG


def test_near_miss_a_lake_the_page_never_calls_a_firm_stays_a_place() -> None:
    body = "Tallow Power built a dam near Granite Lake. Granite Lake, a lake in the north, is frozen half the year."
    got = _typed(body)
    assert got.get("Granite Lake") not in (ORG, PERSON)


# --- 4a. "<University> of <State> at <City>": one organization ---------------------------------------------------
# NEAR MISS: "at" before a lower-case word ("at night") ends the name.


def test_a_university_named_with_its_campus_is_one_name() -> None:
    got = _typed("Ana Orla studied at the University of Oregon at Eugene before she dropped out.")
    assert got["University of Oregon at Eugene"] == ORG
    assert "Eugene" not in got


def test_a_university_with_its_campus_opening_a_clause_is_one_name() -> None:
    got = _typed("The University of Kansas at Lawrence gave the founder an award in 2019.")
    assert got["University of Kansas at Lawrence"] == ORG


def test_a_university_with_a_two_word_campus_is_one_name() -> None:
    got = _typed("Ivo Stark left the University of Carolina at Chapel Hill to build his first shop.")
    assert got["University of Carolina at Chapel Hill"] == ORG


def test_near_miss_at_before_a_lower_case_word_ends_the_university() -> None:
    got = _typed("Ana Orla taught at the University of Oregon at night.")
    assert got["University of Oregon"] == ORG


# --- 4b. a bank named by two surnames, in a list of banks ---------------------------------------------------------
# The FORM: "<its> banking (lending, financing) partners, including A, B and C": every name is a firm, a
# person-shaped one too. NEAR MISS: "partners" alone (a firm's partners are persons) types no one by the list.


def test_a_two_surname_bank_among_banking_partners_is_a_firm() -> None:
    got = _typed(
        "The debt comes from its banking partners, including Hollis Varley, Kestrel Bank and Orla Credit."
    )
    assert got["Hollis Varley"] == ORG


def test_a_two_surname_bank_among_lending_partners_is_a_firm() -> None:
    got = _typed("Lending partners such as Morton Pryce and Harbour Bank will provide $2 billion.")
    assert got["Morton Pryce"] == ORG


def test_a_two_surname_bank_among_financing_partners_is_a_firm() -> None:
    got = _typed(
        "Its financing partners, like Kestrel Bank, Delaney Stroud and Orla Credit, signed on Monday."
    )
    assert got["Delaney Stroud"] == ORG


def test_near_miss_a_firms_partners_are_no_list_of_firms() -> None:
    assert _ORG_LIST_BEFORE.search("The firm's partners, including ") is None


# --- 4c. a union of countries that acts: "the European Union <past verb> <object>" --------------------------------
# NEAR MISS: after a preposition of place it stays the territory.


def test_a_union_of_countries_with_a_past_verb_and_its_object_acts() -> None:
    got = _typed("Tallow Power was saved after the European Union endorsed a plan to recapitalise it.")
    assert got["European Union"] == ORG


def test_a_union_of_countries_that_backed_the_deal_acts() -> None:
    got = _typed("The European Union backed the takeover of Tallow Power on Friday.")
    assert got["European Union"] == ORG


def test_a_union_of_countries_that_sanctioned_the_rescue_acts() -> None:
    got = _typed("In March the European Union sanctioned the rescue of Tallow Power.")
    assert got["European Union"] == ORG


def test_near_miss_a_union_of_countries_as_a_territory_stays_a_place() -> None:
    got = _typed("Tallow Power sells gas across the European Union.")
    assert got.get("European Union") != ORG


# --- 4d. "<Country>-based <Co>": the company is named, the place word is none --------------------------------------


def test_a_company_named_once_after_a_countrys_based_is_a_company() -> None:
    got = _typed(
        "Tallow Power had been controlled by Finland-based Kestrel, in which the state holds a stake."
    )
    assert got["Kestrel"] == ORG
    assert not any(name.endswith("-based") for name, t in got.items() if t in (ORG, PERSON))


def test_a_company_named_once_after_a_citys_based_is_a_company() -> None:
    got = _typed("The plant went to Oslo-based Varnel for an undisclosed sum.")
    assert got["Varnel"] == ORG


def test_a_company_named_once_after_a_states_based_is_a_company() -> None:
    got = _typed("Its last owner, Texas-based Corvane, sold the plant in 2019.")
    assert got["Corvane"] == ORG


def test_near_miss_a_name_guessed_once_with_no_based_before_is_left_out() -> None:
    got = _typed("The plant is close to Varnel, a village with one road.")
    assert got.get("Varnel") != ORG


def test_the_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(_BLOC_ACTS_AFTER, " blessed ") < 20
    assert cpu_to_scan_a_long_line(_ORG_LIST_BEFORE, "banking partners, including A, ") < 20
