"""Stop 37's review: a clause written twice now has one name, and what each pattern matches is pinned
here by invented texts with hand-written expectations (the same before and after the change).

Every text here is invented; the expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import cpu_to_scan_a_long_line, facts_of, slot_value
from tui.analysis import md_text
from tui.analysis.extract import deal_clauses, entities, figure_roles, figures

# --- the closed relative clause (facts.py): one piece for the price gap and the holders' filter -------
# The form: a relative clause closed by commas or between dashes ("Y, which makes the valves used in
# Z's pumps, at $X", "Y -- who runs the mill -- for $X"). The price gap takes it after the name (a
# dash-closed one after a space); the holders' filter finds it anywhere before the figure.

_GAPS_BEFORE_A_PRICE = [
    " for ",
    ". for ",  # "Y Inc. for": the name ends before its full stop
    ", which makes the valves used in Harlow's pumps, at ",
    ", whose mills supply three bakeries, for ",
    " -- who runs the ferry line -- for ",
    " — which owns the Quarry Lane depot — at ",
]
_NO_GAPS_BEFORE_A_PRICE = [
    ", a maker of valves, for ",  # an appositive, no relative clause
    ", which makes valves; its rival, for ",  # the clause is not closed by a comma
    "-- which runs the ferry line -- for ",  # a dash-closed clause wants a space before it
    " , which makes valves, for ",  # a comma-closed clause wants none
    ", which makes valves, at the end of ",  # the price must follow right after "for"/"at"
]


@pytest.mark.parametrize("gap", _GAPS_BEFORE_A_PRICE)
def test_a_name_and_a_price_may_have_a_closed_relative_clause_between_them(gap: str) -> None:
    assert figure_roles._PRICE_AFTER_NAME.fullmatch(gap) is not None


@pytest.mark.parametrize("gap", _NO_GAPS_BEFORE_A_PRICE)
def test_other_words_between_a_name_and_a_price_are_no_price_gap(gap: str) -> None:
    assert figure_roles._PRICE_AFTER_NAME.fullmatch(gap) is None


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "the stake in Ostrava Mills, which supplies flour to Belka's bakeries, at about $40m",
            [", which supplies flour to Belka's bakeries,"],
        ),
        (
            "Pellor Freight--whose trucks carry Norvik's parts--for $12m",
            ["--whose trucks carry Norvik's parts--"],
        ),
        ("Tamsin Ode – who chairs the board – holds 8%", ["– who chairs the board –"]),
        ("Grell, a tile maker, which said nothing", []),  # opened but never closed
        ("Grell (which makes tiles, and roofs) for $5m", []),  # a bracket inside stops it
    ],
)
def test_a_closed_relative_clause_is_found_between_commas_or_dashes(text: str, clauses: list[str]) -> None:
    assert [m.group() for m in deal_clauses._CLOSED_RELATIVE.finditer(text)] == clauses


# --- a list's joint (entities.py): one piece for the list's rest and "the list goes on" ---------------
# The form: names in a list, its last one after "and", "or" or "&", an Oxford comma allowed ("A, B and
# C", "A’s and B", "A, B, & C"). After a name, the list goes on when a joint and a capital follow.


@pytest.mark.parametrize(
    ("after", "goes_on"),
    [
        (", Brisa, and Colt cereals", True),
        (" & Fenwick", True),
        ("’s or Maple Crunch", True),
        (", Dovetail, Orrin, and Pim", True),
        (", the maker said", False),  # a bare comma with no joint after it
        (" and others", False),  # a joint before a lower-case word
        (" plus Tarrow", False),  # no joint word
    ],
)
def test_a_list_goes_on_after_a_name_to_a_name_after_its_joint(after: str, goes_on: bool) -> None:
    assert (entities._LIST_CLOSES_AFTER.match(after) is not None) is goes_on


@pytest.mark.parametrize(
    ("after", "rule"),
    [
        (" and Fenwick maker Corla", "brand"),
        (", Brisa, & Colt owner Hestad", "owned"),
        ("-maker Vantro", "brand"),
        (", Brisa or Colt producer Hestad", "brand"),
        (" and then maker Corla", None),  # a lower-case word between the list and its maker
    ],
)
def test_a_list_closed_by_its_maker_or_owner(after: str, rule: str | None) -> None:
    m = entities._MAKER_AFTER.match(after)
    got = None if m is None else ("brand" if m.group("brand") else "owned")
    assert got == rule


# --- a layoff's horizon in years spelled above ten: one table of number words ------------------------
# The form: a cut spread "over the next N years" / "within N years" with N a number word above ten
# ("eleven", "twelve", "twenty"). The horizon had its own table of number words (two to ten) beside the
# figures' one, so "over the next twelve years" stayed words on a dated page while "five" became a year.

#: The articles of this part are dated a Tuesday.
_TUESDAY = dt.date(2029, 3, 6)


@pytest.mark.parametrize(
    ("told", "horizon"),
    [
        ("Harrowgate Rail will shed 2,300 roles over the next twelve years as lines close", "2041"),
        ("Quillon Paper Mills said it would cut about 800 jobs within eleven years", "2040"),
        ("Beskow Shipyards plans to eliminate 5,100 positions over the coming twenty years, it said", "2049"),
        ("Lantern Mutual is to lay off 640 staff during the next fifteen years", "2044"),
    ],
)
def test_a_horizon_spelled_above_ten_years_gives_its_year(told: str, horizon: str) -> None:
    f = facts_of(f"Jobs to go\n\n{told}.\n", True, _TUESDAY)
    assert f.event == "layoff"
    assert slot_value(f, "horizon") == horizon


@pytest.mark.parametrize(
    ("told", "horizon"),
    [
        # near misses: a span told by no number keeps its words; a span of ten or fewer was a year already
        ("Harrowgate Rail will shed 2,300 roles over the next several years", "over the next several years"),
        ("Quillon Paper Mills said it would cut about 800 jobs within three years", "2032"),
        ("Beskow Shipyards plans to eliminate 5,100 positions over the next 7 years", "2036"),
    ],
)
def test_a_horizon_of_no_number_or_a_small_one_is_as_before(told: str, horizon: str) -> None:
    f = facts_of(f"Jobs to go\n\n{told}.\n", True, _TUESDAY)
    assert slot_value(f, "horizon") == horizon


@pytest.mark.parametrize("digits", ["²", "³", "¹²", "9" * 400])
def test_a_horizon_in_superscript_or_endless_digits_is_words_not_a_crash(digits: str) -> None:
    # hostile: a superscript digit is a digit to str.isdigit() but no number to int() (the analysis of the
    # page raised ValueError); 400 nines are an infinite float, no year
    f = facts_of(
        f"Jobs to go\n\nOrlan Textiles will cut 300 jobs over the next {digits} years.\n", True, _TUESDAY
    )
    assert slot_value(f, "count") == 300.0
    assert slot_value(f, "horizon") == f"over the next {digits} years"


@pytest.mark.parametrize("unit", ["1", "1.", "12.5 "])
def test_the_digits_of_a_number_word_stay_linear_on_a_long_line(unit: str) -> None:
    assert cpu_to_scan_a_long_line(figures._DECIMAL, unit) < 20, unit


# --- Markdown's escape: one for citations, reports and CSL styles -------------------------------------
# citation.py and csl.py escaped inline words with a pattern each, beside the reports' md_escaped. One
# inline escape now; a report's cell adds one line and the table's and heading's marks to it.


def test_inline_words_have_their_marks_escaped_and_keep_their_lines() -> None:
    text = "Ana_Ruiz *draft* [v2](x) <b> `id` \\n | #3\nsecond line"
    assert md_text.md_inline(text) == (
        "Ana\\_Ruiz \\*draft\\* \\[v2\\](x) \\<b\\> \\`id\\` \\\\n | #3\nsecond line"
    )


def test_a_report_cell_is_one_line_with_its_bars_and_hashes_escaped_too() -> None:
    text = "Ana_Ruiz  *draft*\n| #3 <b>"
    assert md_text.md_escaped(text) == "Ana\\_Ruiz \\*draft\\* \\| \\#3 \\<b\\>"


def test_plain_words_are_unchanged_by_either_escape() -> None:
    # near miss: nothing to escape
    assert md_text.md_inline("Kestrel Foods, 12 May 2031") == "Kestrel Foods, 12 May 2031"
    assert md_text.md_escaped("Kestrel Foods, 12 May 2031") == "Kestrel Foods, 12 May 2031"
