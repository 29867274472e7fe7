"""One owner for each rule that was decided twice (stop 54, "tidy").

Last stop's reviewers found rules written twice, in two modules, which drift apart. Each is now one helper that every
reader uses; what the readers decide is unchanged (bench.extract_digest over the real pages is identical). Invented
companies and sentences; hand-written expectations.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tui.analysis.extract.merge import _series_of, legal_core
from tui.analysis.extract.tokens import ROMAN_NUMERAL

# --- one Roman numeral ---------------------------------------------------------------------------------------------
# The shape: a series' number ("Halden Capital Corp. IV", "Brisk Fund XII") or an event's ("World War II") written in
# Roman numerals, I to XXXIX; the entities' reading and the merging of names across pages share one definition.
# Near misses: letters that are no numeral ("IIII", "VX", "IVX", "XL"... beyond the range) and words ("Vix").


@pytest.mark.parametrize("word", ["I", "IV", "VIII", "IX", "XII", "XIV", "XXXIX"])
def test_a_roman_numeral(word: str) -> None:
    assert ROMAN_NUMERAL.fullmatch(word)


@pytest.mark.parametrize("word", ["", "IIII", "VX", "IVX", "VV", "Vix", "iv"])
def test_near_miss_no_roman_numeral(word: str) -> None:
    assert not ROMAN_NUMERAL.fullmatch(word)


def test_a_series_numeral_is_roman_or_digits() -> None:
    assert _series_of(("Halden", "Capital", "Corp.", "XII")) == ("XII",)
    assert _series_of(("Brisk", "Fund", "3")) == ("3",)
    assert _series_of(("Vantor", "Capital", "Corp")) == ()
    assert legal_core(("Halden", "Capital", "Corp.", "IV")) == ("Halden", "Capital", "IV")


def test_the_roman_numeral_is_linear() -> None:
    assert cpu_to_scan_a_long_line(ROMAN_NUMERAL, "XXXVIII IV IX XII ") < 20
