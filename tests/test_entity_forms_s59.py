"""Names on coverage of a company selling control of one of its units (stop 59, "entities59"). Every text here is
invented (other names, units, figures and sentence orders than the pages that showed the forms); each form is
written as a general shape, in three wordings and a near miss that must not be read so. Expectations written by
hand.
"""

from __future__ import annotations

from tests.factories import plain_article
from tui.analysis.extract import analyse_article
from tui.analysis.model import Entity

ORG = "organization"
PERSON = "person"


def _entities(body: str, head: str = "A buyout firm takes control of a unit") -> dict[str, Entity]:
    return {e.name: e for e in analyse_article(plain_article(f"{head}\n\n{body}\n")).entities}


def _holding(got: dict[str, Entity], form: str) -> Entity:
    """The one entity that has `form` among its names."""
    found = [e for e in got.values() if form in e.aliases or e.name == form]
    assert len(found) == 1, (form, sorted(got))
    return found[0]


# --- 1. a unit's spellings: one organization --------------------------------------------------------------------
# The FORM: a unit's capitalised name whose words are joined by "and" or "&" ("Cards and Mobility", "Cards &
# Mobility") and its initials joined by an ampersand ("C&M"), in brackets after the name or elsewhere on the page,
# are one organization with the other spellings as aliases. Initials used alone on a page that never spells them
# stay an organization of their own. NEAR MISS: the initials of another unit join no spelled name.


def test_the_initials_later_on_the_page_join_the_spelled_name() -> None:
    body = (
        "Harbor Capital will buy control of the Cards and Mobility business of Orvane Corp. for $6 billion. "
        "Orvane will keep 30% of the newly separated C&M business, the two companies said on Monday."
    )
    got = _entities(body)
    unit = _holding(got, "C&M")
    assert unit is _holding(got, "Cards and Mobility")
    assert unit.type.value == ORG


def test_the_initials_in_brackets_join_the_name_joined_by_an_ampersand() -> None:
    body = (
        "Brightwell Group said on Friday it would sell its Freight & Logistics (F&L) division to Calder Partners "
        "in a deal that values the division at about $900 million. Calder will own 70% of F&L."
    )
    got = _entities(body)
    unit = _holding(got, "F&L")
    assert unit is _holding(got, "Freight & Logistics")
    assert unit.type.value == ORG


def test_the_initials_first_and_the_name_of_common_words_later_are_one_unit() -> None:
    body = (
        "Kestrel Partners agreed to take a 51% stake in the entire T&S division at a value of $2.4 billion. "
        "Mirova Holdings said its Trading and Settlement business would stay a customer of the new company."
    )
    got = _entities(body)
    unit = _holding(got, "T&S")
    assert unit is _holding(got, "Trading and Settlement")
    assert unit.type.value == ORG


def test_initials_on_a_page_that_never_spells_them_are_an_organization() -> None:
    body = "Calder Partners will acquire a 60% stake in a newly hived off W&D business, the companies said."
    got = _entities(body)
    assert _holding(got, "W&D").type.value == ORG


def test_near_miss_another_units_initials_join_no_spelled_name() -> None:
    body = (
        "Orvane Corp. will sell control of its Cards and Mobility business to Harbor Capital. Its W&T business, "
        "which runs the group's warehouses, is not part of the deal, the company said."
    )
    got = _entities(body)
    assert "W&T" not in _holding(got, "Cards and Mobility").aliases


def test_near_miss_a_common_ideas_initials_never_join() -> None:
    body = (
        "Orvane Corp. said its Research and Development budget would grow. Its R&D spending rose 8% last year, "
        "the company said."
    )
    got = _entities(body)
    assert not any("R&D" in e.aliases for e in got.values() if e.type.value == ORG)


def test_near_miss_a_line_of_the_accounts_spelled_with_its_initials_is_no_unit() -> None:
    body = (
        "Orvane Corp. said its Selling & Marketing (S&M) expenses rose 6% in the quarter, the company said on "
        "Tuesday. Harbor Capital owns 8% of Orvane."
    )
    got = _entities(body)
    assert not any("S&M" in e.aliases for e in got.values())


# --- 2. a company whose name holds a news agency's name: one organization ---------------------------------------
# The FORM: "<Word> <Agency> Corp", "<Word> <Agency>" (a word no given name, title nor common word, then the name of
# a news agency the gazetteer knows) is one company, never the word and the agency apart, and never a person for
# its surname-like first word; at a sentence's start too when the page writes the company so elsewhere. NEAR MISS:
# "<Person>, a <Agency> reporter" keeps the person and the agency apart.


def test_a_word_the_agency_and_a_legal_form_are_one_company() -> None:
    body = (
        "A group led by Harbor Capital agreed to buy a majority stake in Hartley Bloomberg Inc’s data unit in a "
        "deal that values the unit at $7 billion. Hartley Bloomberg will keep 40%."
    )
    got = _entities(body)
    firm = _holding(got, "Hartley Bloomberg")
    assert firm.type.value == ORG
    assert "Hartley Bloomberg Inc" in firm.aliases
    assert not any(e.name in ("Hartley", "Bloomberg") for e in got.values())


def test_the_company_after_an_opening_the_and_before_its_board() -> None:
    body = (
        "The Keller Reuters Corp board on Friday approved a deal for Calder Partners to buy 60% of the company's "
        "trading business, two people familiar with the talks said."
    )
    got = _entities(body)
    assert _holding(got, "Keller Reuters").type.value == ORG
    assert "Reuters" not in got


def test_the_company_named_so_is_never_a_person_and_joins_at_a_sentence_start() -> None:
    body = (
        "Calder Partners is in talks on Keller Reuters selling its trading arm, people said. Keller Reuters "
        "declined to comment. Calder would own 55% and Keller Reuters 45%."
    )
    got = _entities(body)
    firm = _holding(got, "Keller Reuters")
    assert firm.type.value == ORG
    assert len(firm.mentions) == 3
    assert "Reuters" not in got


def test_near_miss_a_reporter_of_the_agency_stays_a_person() -> None:
    body = (
        "Ann Pryce, a Reuters reporter, said the Calder deal was close. Calder Partners declined to comment."
    )
    got = _entities(body)
    assert got["Ann Pryce"].type.value == PERSON
    assert got["Reuters"].type.value == "outlet"


# --- 3. a person named by the surname alone in a promo line or a caption ----------------------------------------
# The FORM: a promo line or a caption that names a commentator by the surname alone ("<Surname>: <claim>",
# "<Surname> said the deal ...", "Photo: <Surname> at ...") and the person in full with a title on the page ("TV
# commentator <Given> <Surname>") give one person, the bare surname never an organization. NEAR MISS: a company
# named with the surname and a company's word ("<Surname> Capital") stays a company of its own.


def _person_with_bare_surname(got: dict[str, Entity], full: str, surname: str) -> None:
    assert got[full].type.value == PERSON
    assert surname in got[full].aliases
    assert sum(1 for m in got[full].mentions if m.text == surname) == 1
    assert surname not in got


def test_a_promo_lines_surname_and_colon_is_the_commentator() -> None:
    body = (
        "Orvane agreed to talks with Harbor Capital on Monday, people said.\n\n"
        "Denton: Orvane stock shouldn't rise if the Harbor deal is tabled KTV Commentator Ann Denton weighs in on "
        "Orvane selling its unit to Harbor."
    )
    _person_with_bare_surname(_entities(body), "Ann Denton", "Denton")


def test_a_surname_that_said_before_the_promo_names_the_commentator() -> None:
    body = (
        "Orvane agreed to sell its data unit to Harbor Capital on Monday.\n\n"
        "Quill said the deal was good for holders. Watch: market commentator Rosa Quill on the Orvane sale."
    )
    _person_with_bare_surname(_entities(body), "Rosa Quill", "Quill")


def test_a_captions_surname_is_the_person_the_next_line_titles() -> None:
    body = (
        "Orvane agreed to sell its data unit to Harbor Capital for $3 billion on Monday.\n\n"
        "Photo: Brantley at the Harbor offices. Radio commentator Joan Brantley called the sale a good one."
    )
    _person_with_bare_surname(_entities(body), "Joan Brantley", "Brantley")


def test_near_miss_the_surname_with_a_companys_word_stays_a_company() -> None:
    body = (
        "Orvane agreed to sell its data unit to Harbor Capital on Monday.\n\n"
        "TV commentator Ann Denton called the sale a good one. Denton Capital, a fund, owns 4% of Orvane."
    )
    got = _entities(body)
    assert got["Ann Denton"].type.value == PERSON
    assert got["Denton Capital"].type.value == ORG
    assert "Denton Capital" not in got["Ann Denton"].aliases
