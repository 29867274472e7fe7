"""Entity forms on unseen text (stop 50, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read
so.
"""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, quote_speakers, someone_among, source_result
from tests.factories import entity_types as names
from tui.analysis.extract import tokens

ORG = "organization"
PERSON = "person"


def _sources(text: str) -> set[str]:
    """The names of the sources one plain article cites."""
    return {s.name for s in source_result(text).sources}


# --- a company name that opens with digits -----------------------------------------------------------
# The FORM: a company whose name opens with digits and goes on in letters of both cases ("7Seas",
# "1Password", "3Dvance", "23andMe") is a name like any capitalized one: an entity, a source ("according
# to a statement from <name>", "<name> added"), the company in a speaker's title ("said <name> board
# chair <Person>"), and the owner of its legal suffix ("<name> Holding Co." is one company, never a
# "Holding Co." of its own). Before, a token opening with a digit was never capitalized, so the name and
# all that rests on it fell. NEAR MISSES: a number before a word ("23 analysts"), a code of one or two
# letters ("3D printing", "5G networks"), a unit in mixed case ("10Gbps") name no one.


def test_a_digit_led_company_is_an_organization_and_owns_its_legal_suffix() -> None:
    got = names("Shares of 7Seas Holding Co. fell on Monday. 7Seas makes sailing kits for families.")
    assert got.get("7Seas Holding Co.") == ORG or got.get("7Seas") == ORG, got
    assert "Holding Co." not in got, got


def test_a_digit_led_company_after_according_to_is_the_source() -> None:
    text = (
        "Printer maker sold\n\nCorvel Labs will pay $40 million for 1Password rival 3Dvance. According to a statement from 3Dvance, "
        "the deal should close by June."
    )
    assert names(text).get("3Dvance") == ORG, names(text)
    assert "3Dvance" in _sources(text), _sources(text)


def test_a_digit_led_company_in_a_speakers_title_gives_the_speaker() -> None:
    text = 'Kit maker finds a buyer\n\n"We found a good home for the brand," said 23andMe board chair Priya Holm on Friday.'
    assert quote_speakers(text) == [("We found a", "Priya Holm")]
    assert names(text).get("23andMe") == ORG, names(text)


def test_a_digit_led_company_that_adds_is_a_source() -> None:
    text = "Loan for a vault app\n\nTrellis Bank lent the money to 1Password. 1Password added that no customer data was sold."
    assert names(text).get("1Password") == ORG, names(text)
    assert "1Password" in _sources(text), _sources(text)


def test_near_miss_a_number_before_a_word_names_no_one() -> None:
    got = names(
        "Some 23 analysts cover the sector, and 3D printing firms and 5G networks drew 40 bids. "
        "Its routers reach 10Gbps."
    )
    assert not someone_among(got, "23 analysts", "3D", "5G", "10Gbps", "3D printing", "5G networks"), got


def test_the_digit_led_name_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(tokens._DIGIT_LED_NAME, "7Seas ") < 20
    assert cpu_to_scan_a_long_line(tokens._DIGIT_LED_NAME, "23andMe") < 20
