"""Who is cited when no "said X" names the source, in forms the stop-52 hold-out pair (a division sold to a
rival with no name of its own, a listed shell merging with a private company) showed (stop 53, "sources": form 9
of the keeper's list). Every text here is invented; each form is written down as a general shape, with three
wordings that differ from the pages that showed it and from each other, and at least one near miss that must not
be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, sources_of

_HEAD = "Grocer sells its snacks arm\n\n"


def _cited(body: str) -> set[tuple[str, str]]:
    return sources_of(_HEAD + body)


def _names(body: str) -> set[str]:
    return {name for name, _ in _cited(body)}


# --- (e) "<place> <noun> said in a statement" -----------------------------------------------------------------
# The FORM: a back-reference with a place adjective ("the South Korean company said", "the Japanese carmaker
# said", "the U.S. grocer said") takes up the one organization the page ties to that place ("Japan's Tamura",
# "U.S. grocer Brandt"), not the one named nearest. Near miss: no organization the page ties to that place, and
# the nearest tied to another place: no one (no guess).


def test_the_japanese_carmaker_is_the_buyer_tied_to_japan() -> None:
    body = (
        "Kestrel Motors will sell its battery unit to Japan's Tamura Corp. for $2 billion. Tamura Corp. will "
        "take over most of Kestrel Motors' plants in Texas, the Japanese carmaker said on Friday."
    )
    names = _names(body)
    assert "Tamura Corp." in names
    assert "Kestrel Motors" not in names


def test_the_south_korean_company_said_in_a_statement() -> None:
    body = (
        "Gannet Technologies Inc. agreed to sell its storage arm to South Korea's Hanul Semiconductor. Under the deal, Hanul Semiconductor "
        "buys most of Gannet Technologies' storage business, including a plant in Oregon, the South Korean company "
        "said in a statement."
    )
    names = _names(body)
    assert "Hanul Semiconductor" in names
    assert "Gannet Technologies Inc." not in names and "Gannet Technologies" not in names


def test_the_us_grocer_said_after_a_long_sentence() -> None:
    body = (
        "Orla Foods of Denmark will buy the snacks arm of U.S. grocer Brandt Markets. Orla Foods takes three "
        "plants, two brands and a warehouse near Lyon, the U.S. grocer said."
    )
    names = _names(body)
    assert "Brandt Markets" in names
    assert "Orla Foods" not in names


def test_near_miss_a_place_no_party_is_tied_to_gives_no_source() -> None:
    body = (
        "German carmaker Kestrel Motors will sell its battery unit to Japan's Tamura Corp. for $2 billion. Tamura "
        "Corp. will take over most of Kestrel Motors' plants in Texas, the Danish carmaker said on Friday."
    )
    assert _cited(body) == set()


def test_near_miss_the_back_reference_right_after_a_name_is_no_tie_of_that_name() -> None:
    # the place noun that follows the seller's name with a comma is the buyer's back-reference, not the
    # seller's appositive: it ties no one to the place
    body = (
        "Tamura Steel Corp. has completed its purchase of Kestrel Steel Corp., the Japanese company announced "
        "Wednesday. Tamura Steel paid $14 billion."
    )
    names = _names(body)
    assert "Kestrel Steel Corp." not in names


# --- (f) a cue with a colon that the excerpt cuts before its quotation ----------------------------------------
# The FORM: "<Speaker> said:" (or "wrote:", "added:") as the excerpt's last words: the speaker spoke, and the tables
# cite the speaker. Near miss: a relative cue the excerpt cuts (", who writes" and the text stops) names no one.


def test_a_chief_said_colon_and_the_excerpt_stops() -> None:
    body = "Orla Foods will buy the snacks arm.\n\nIn a statement on the deal, Orla chief executive Dana Ruiz said:"
    assert ("Dana Ruiz", "person") in _cited(body)


def test_a_founder_wrote_colon_and_the_excerpt_stops() -> None:
    body = "Kestrel Motors will go public through a listed shell. On his blog its founder Ivo Stark wrote:"
    assert ("Ivo Stark", "person") in _cited(body)


def test_a_chair_added_colon_at_the_excerpts_end() -> None:
    body = "Brandt Markets sold the arm for $2 billion.\n\nChair Lena Varga of Brandt Markets added:"
    assert ("Lena Varga", "person") in _cited(body)


def test_near_miss_a_relative_cue_the_excerpt_cuts_names_no_one() -> None:
    body = "Orla Foods sells snacks in ten countries alongside Kestrel Dairies, who writes"
    assert "Kestrel Dairies" not in _names(body)


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_PLACE_BEFORE_NOUN", "the South Korean U.S. chip company "),
        ("_SENTENCE_END_IN", "ab. U.S. \n \n"),
        ("_CAPITAL_WORD", "Korea's U.S. Japan "),
        ("_APPOSITIVE_GAP", ". , , "),
    ],
)
def test_the_new_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", name), unit) < 20
