"""Entity forms on unseen text (stop 48, "entities"): one general rule per class of wording.

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


# --- a company's name that opens with a common noun ------------------------------------------------
# The FORM: "<Common noun or adjective> <Name>" written as one run of capitals ("Credit Harlow",
# "Union Pellan", "Standard Tamsin"): the common word (`name_openers`) is the name's first word, so the
# company is named whole, never by its second word alone, and the pair is no person's name.


def test_a_credit_name_after_a_purchase_verb_is_one_org() -> None:
    got = names("Orvell agreed to buy Credit Montclair for $2 billion on Sunday, the lender said.")
    assert got.get("Credit Montclair") == ORG, got
    assert not _someone(got, "Montclair"), got


def test_a_union_name_after_rival_is_one_org_not_a_person() -> None:
    got = names("Harwell will absorb its smaller rival Union Pellan, the two banks said on Monday.")
    assert got.get("Union Pellan") == ORG, got
    assert not _someone(got, "Pellan"), got


def test_a_standard_name_opening_a_sentence_is_one_org() -> None:
    got = names("Standard Tamsin shares fell 12% after Orvell agreed to buy the insurer for $900 million.")
    assert got.get("Standard Tamsin") == ORG, got
    assert not _someone(got, "Tamsin"), got


def test_near_miss_the_common_word_before_lower_case_is_no_name() -> None:
    got = names("Credit markets were calm on Monday. Credit ratings of Orvell held at A, Orvell said.")
    assert got.get("Orvell") == ORG, got
    assert not _someone(got, "Credit"), got


def test_near_miss_a_title_opening_with_general_keeps_the_person() -> None:
    got = names(
        "Orvell said its General Counsel Mira Tann would leave in June. General counsel Ivo Brandt stays."
    )
    assert got.get("Mira Tann") == PERSON, got
    assert got.get("Ivo Brandt") == PERSON, got
    assert not _someone(got, "General Counsel Mira Tann", "General"), got


def test_near_miss_a_photo_credit_label_names_no_company() -> None:
    got = names("Orvell opened a plant in Delmont. Credit: Ana Lund. The plant employs 400 people.")
    assert not _someone(got, "Credit Ana Lund", "Credit"), got
