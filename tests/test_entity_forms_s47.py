"""Entity forms on unseen text (issue 11, stop 47, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read
so.
"""

from __future__ import annotations

from tests.factories import entity_types as names

ORG = "organization"
PERSON = "person"
SOMEONE = (ORG, PERSON, "outlet")


def _someone(got: dict[str, str], *forms: str) -> list[str]:
    """The forms among `forms` the page names as someone (a person, an organization, an outlet)."""
    return [f for f in forms if got.get(f) in SOMEONE]


# --- a term spelt out in lower case before its acronym ----------------------------------------------
# The FORM: "<lower-case words> (<ACRONYM>)", the acronym's letters (a plural's "s" aside) the initials
# of the lower-case words right before it, hyphened parts each giving one ("system-on-chip (SoC)"): the
# acronym abbreviates a common term, no organization, here and wherever the page writes it again.


def test_a_plural_term_spelt_before_its_acronym_is_no_org() -> None:
    got = names(
        "Harlen makes vector signal processors (VSPs) for radio masts. Demand for VSPs rose 9% last "
        "year, Harlen said."
    )
    assert got.get("Harlen") == ORG, got
    assert not _someone(got, "VSPs", "VSP"), got


def test_a_hyphened_term_spelt_before_its_acronym_is_no_org() -> None:
    got = names(
        "The drone maker Quillon designs a package-on-board (PoB) for its craft, and the PoB will ship "
        "in May, Quillon said."
    )
    assert got.get("Quillon") == ORG, got
    assert not _someone(got, "PoB"), got


def test_a_term_before_a_noun_spelt_before_its_acronym_is_no_org() -> None:
    got = names(
        "Banks run its warehouse order tracking (WOT) software, and WOT sales at Dorrance rose 4% in the "
        "quarter."
    )
    assert got.get("Dorrance") == ORG, got
    assert not _someone(got, "WOT"), got


def test_near_miss_a_firms_capitalised_name_before_its_acronym_stays_the_firm() -> None:
    got = names("Shares of Harrow Lane Instruments (HLI) rose 4%. HLI said the offer was fair.")
    assert ORG in (got.get("Harrow Lane Instruments"), got.get("HLI")), got
    got = names("Investors in Tamsin Bay Holdings (TBH) backed the bid on Monday.")
    assert ORG in (got.get("Tamsin Bay Holdings"), got.get("TBH")), got


def test_near_miss_lower_case_words_that_do_not_spell_the_acronym() -> None:
    got = names("The regulator fined the big lender (NKB) for late reports, and NKB said it would appeal.")
    assert got.get("NKB") == ORG, got
