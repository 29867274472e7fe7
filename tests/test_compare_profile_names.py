"""The Compare screen's profile lines name each article as its grid column does (stop 41): two pages
of one outlet read "Zawya" twice in the frame bars while the grid said "Zawya" and "Zawya 2", so a
reader could not tell which bars were which page's. A name too long for its 16 columns keeps its
number. Invented outlet names."""

from __future__ import annotations

from tui.app.screens.compare import _cut_name


def test_a_second_page_of_one_outlet_keeps_its_number_when_cut() -> None:
    assert _cut_name("Harbour Ledger", 16) == "Harbour Ledger"
    assert _cut_name("Harbour Ledger 2", 16) == "Harbour Ledger 2"
    assert _cut_name("The Harbour Ledger Weekly 2", 16) == "The Harbour Le 2"
    assert _cut_name("The Harbour Ledger Weekly 12", 16) == "The Harbour L 12"
    assert len(_cut_name("The Harbour Ledger Weekly 12", 16)) == 16
    # a name without a number is cut as before
    assert _cut_name("The Harbour Ledger Weekly", 16) == "The Harbour Ledg"
    # a name that ends in a year is no second page, but cutting it keeps the year readable too
    assert _cut_name("Harbour Ledger Review 2024", 16).endswith("2024")
