"""Quotations, their speakers and a garbled unnamed source, in forms the fitted real bench showed (stop 52,
"quotes2"). Every text here is invented; each form is written down as a general shape, with three
wordings that differ from the pages that showed it and from each other, and at least one near miss that
must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, sources_of
from tests.factories import quote_speakers as speakers

_HEAD = (
    "Orvane names a new chief\n\nOrvane Motors said on Monday that Lena Brask would lead the carmaker.\n\n"
)


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


# --- (1) a single opening mark closed by a double one before a reporting clause ----------------------------
# The FORM: a page types a quotation's opening mark as a single curly mark and its closing mark as a
# double one ('‘We will stay,” she said'). With no double mark between them, the words ending in a comma
# or a stop before the double mark, and a reporting clause right after it, the two marks are one
# quotation, with the speaker its clause names (before, the single mark stayed open to the paragraph's
# end and swallowed the clause, and any quotation after it). Near misses: a single quotation that holds a
# double one (‘He called it “a mess,” and left,’ she said) stays the single quotation; a double mark with
# no reporting clause after it closes nothing of the other family.


def test_a_single_opening_and_a_double_closing_mark_with_he_wrote_after() -> None:
    text = _story(
        "Jonas Pell, who led Orvane for a decade, posted a farewell note on Sunday. ‘It has been the best "
        "job of my life, and I leave it in good hands,” he wrote."
    )
    assert speakers(text) == [("It has been", "Jonas Pell")]


def test_a_company_statement_opened_with_a_single_mark() -> None:
    text = _story(
        "Orvane Motors said it would keep its plant in Lyon open. ‘We are not selling the site and never "
        "planned to,” the company said in a statement."
    )
    assert speakers(text) == [("We are not", "Orvane Motors")]


def test_the_quotation_after_the_mixed_pair_is_found_too() -> None:
    text = _story(
        "Lena Brask said she was “thrilled to start.” ‘the team here is the best I have seen anywhere,” "
        "she said. “more about our plans next week"
    )
    assert speakers(text) == [
        ("thrilled to start.", "Lena Brask"),
        ("the team here", "Lena Brask"),
        ("more about our", "Lena Brask"),
    ]


def test_near_miss_a_single_quotation_holding_a_double_one_stays_whole() -> None:
    text = _story("‘He called the plan “a mess from the start,” and then he left the room,’ Brask said.")
    assert speakers(text) == [("He called the", "Lena Brask")]


def test_near_miss_no_reporting_clause_after_the_double_mark() -> None:
    text = _story("Brask recalled the early days. ‘Nobody believed in the van,” Then the orders came.")
    assert speakers(text) == [("Nobody believed in", None)]


# --- (2) "the co-founder", "the 61-year-old co-founder" as the subject of a reporting verb -------------------
# The FORM: a definite founder's post, an age before it or not ("the founder said", "the co-founder
# said", "the 61-year-old co-founder said"), is the one person the page titled (co-)founder, as "the CEO"
# is; "co-founder" is an unnamed source's head like "founder". Near misses: two co-founders named (no
# guess: no speaker, and no unnamed "the co-founder" either), "a co-founder of a rival firm" (never the
# named one).

_PELL = "Orvane co-founder Jonas Pell stepped down on Tuesday."
_LETTER = 'his exit would let the company focus on "building cars rather than fighting old battles."'


def test_the_co_founder_said_is_the_one_co_founder() -> None:
    text = _story(_PELL, "In a letter to staff, the co-founder said " + _LETTER)
    assert speakers(text) == [("building cars rather", "Jonas Pell")]


def test_the_co_founder_with_an_age_before_the_post() -> None:
    text = _story(
        "Orvane founder Jonas Pell stepped down on Tuesday. The firm's shares fell.",
        "In a letter to staff, the 61-year-old co-founder said " + _LETTER,
    )
    assert speakers(text) == [("building cars rather", "Jonas Pell")]


def test_the_cofounder_written_as_one_word() -> None:
    text = _story(
        "Orvane cofounder Jonas Pell will leave the board in May.",
        'At a dinner in Lyon on Friday, the cofounder said the firm was "ready for the next chapter."',
    )
    assert speakers(text) == [("ready for the", "Jonas Pell")]


def test_near_miss_two_co_founders_named_give_no_guess() -> None:
    text = _story(
        "Orvane co-founder Jonas Pell stepped down on Tuesday, and fellow co-founder Mia Lund left the board.",
        "Later that day the firm's shares fell sharply in Paris trading.",
        "In a letter to staff, the co-founder said " + _LETTER,
    )
    assert speakers(text) == [("building cars rather", None)]


def test_near_miss_a_co_founder_of_a_rival_firm_is_not_the_named_one() -> None:
    text = _story(
        _PELL,
        "A co-founder of a rival firm said the exit would let Orvane focus on "
        '"building cars rather than fighting old battles."',
    )
    assert ("building cars rather", "Jonas Pell") not in speakers(text)


# --- (3) a figure compared with watchers' estimates in the singular attributive ---------------------------
# The FORM: "<figure> beat / missed / topped / was above analyst estimates": "estimates" is the noun the
# figure is measured against, not the verb of an unnamed source, so the words before it ("its quarterly
# profit beat analyst") are no source (the analysts' own plural "analysts' estimates" stays a group,
# stop 51). Near misses: "One Harbour analyst estimates that ..." and "Its chief analyst estimates that
# ..." are an analyst's estimate, an unnamed source.

_FOODS = "Harlow Foods posts results\n\nHarlow Foods said on Tuesday that sales rose.\n\n"


def _unnamed(sentence: str) -> set[str]:
    return {name for name, kind in sources_of(_FOODS + sentence + "\n") if kind == "unnamed"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Its quarterly profit beat analyst estimates, according to LSEG data.",
        "Their core earnings missed analyst estimates for a second quarter running.",
        "Her unit's sales topped analyst estimates.",
    ],
)
def test_a_figure_against_analyst_estimates_names_no_unnamed_source(sentence: str) -> None:
    assert _unnamed(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("One Harbour analyst estimates that the deal will add 4% to earnings.", "one Harbour analyst"),
        ("Its chief analyst estimates that margins will narrow.", "Harlow Foods’s chief analyst"),
    ],
)
def test_near_miss_an_analyst_who_estimates_is_a_source(sentence: str, source: str) -> None:
    assert _unnamed(sentence) == {source}


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("quotes", "_CUE_AFTER_MARK", " the company said she wrote "),
        ("attribution", "_COMPARED_WORD", "its profit beat analyst was above "),
        ("attribution", "_WATCHER_BEFORE_DATA", "analyst market consensus street "),
        ("attribution", "_DATA_PLURAL_AT", " estimates forecasts "),
        ("attribution", "_DEFINITE_TITLE", "the 61-year-old co-founder the cofounder "),
        ("attribution", "_INDEFINITE_TITLE", "a rival co-founder one executive "),
        ("attribution", "_THE_COFOUNDER", "the 40-year-old co-founder the cofounder "),
    ],
)
def test_the_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
