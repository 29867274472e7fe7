"""Two speaker forms the lead found on the merged tree of stop 49 (issue 11), each a general shape with
three invented wordings and a near miss. Every text here is invented.

1. A joint statement is several makers' words. "“...,” the joint statement reads" after a paragraph
   that cites one body alone (a regulator that "had signalled" it would block the deal, a watchdog that
   "warned") is the deal's parties', never that body's: one maker cited alone is no joint statement's.
2. A group's words start after a clause's opener: "the deal collapsed after regulators warned" cites
   "regulators", not "deal after regulators" (a conjunction is no modifier of the group's noun).
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, source_result, sources_of
from tests.test_speaker_forms_s49 import _BOTH, _story, _voices
from tui.analysis.extract import attribution

# --- 1. a joint statement after one body's stance ------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "quote"),
    [
        (
            "The two companies said on Monday that they had dropped their merger after the Harbour "
            "Competition Authority had signalled that it would block the deal.",
            "“After a careful review, both boards see no route to approval,” the joint statement reads.",
        ),
        (
            "The Harbour Competition Authority had signalled last month that it would block the deal.",
            "“We have agreed to part ways,” the joint statement reads.",
        ),
        (
            "Both firms gave up on Friday. The Norwegian Trade Council warned in May that prices would rise.",
            "“Neither of us could accept the remedies,” the joint statement said.",
        ),
    ],
)
def test_a_joint_statement_after_one_body_cited_alone_is_the_parties(before: str, quote: str) -> None:
    assert _voices(_story(before, quote))[0][1] == _BOTH


def test_near_miss_one_makers_statement_told_last_stays_that_makers() -> None:
    # no "joint": the statement the page cited last is its maker's (stop 49's speaker forms)
    text = _story(
        "The Harbour Competition Authority said in a statement on Friday that it had closed its probe.",
        "“No remedy offered would have eased our concerns,” the statement reads.",
    )
    assert _voices(text) == [("No remedy offered", ("Harbour Competition Authority",))]


# --- 2. a group after a clause's opener ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Both firms said on Friday they had ended the deal after regulators warned they would block it.",
        "The merger was dropped before analysts said it would fail.",
        "Shares rose although investors said the price was too low.",
    ],
)
def test_a_group_after_a_clause_opener_is_the_group_alone(sentence: str) -> None:
    groups = {name for name, kind in sources_of(_story(sentence)) if kind == "group"}
    assert len(groups) == 1
    assert next(iter(groups)) in {"regulators", "analysts", "investors"}


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Bond investors said the price was too low.", "bond investors"),
        ("The deal fell apart after local lawmakers said the price was too low.", "local lawmakers"),
    ],
)
def test_near_miss_a_modifier_of_the_group_is_kept(sentence: str, group: str) -> None:
    assert {name for name, kind in sources_of(_story(sentence)) if kind == "group"} == {group}


def test_the_group_pattern_stays_linear() -> None:
    pattern = attribution._patterns()["group"]
    assert cpu_to_scan_a_long_line(pattern, "deal after regulators ") < 20


# --- 3. "<Co>, the <kind> group, named <Person> as ..." -------------------------------------------------------
# After a comma "named" is the sentence's verb and its object a person it appoints; "a firm named X"
# without the comma (stop 49's entity forms) names the firm itself.


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Tallow, the Oslo shipping group, named Ana Ruiz as its chief executive on Monday.", "Ana Ruiz"),
        ("Brindle, a Lisbon property firm, named Marta Silva as its new chair.", "Marta Silva"),
        ("Quarry, the Danish lender, named Tom Hale chief financial officer.", "Tom Hale"),
    ],
)
def test_a_company_in_apposition_naming_a_person_keeps_the_person(sentence: str, person: str) -> None:
    result = source_result(f"Tallow names a chief\n\n{sentence}\n")
    types = {e.name: e.type.value for e in result.entities}
    assert types.get(person) == "person"


def test_near_miss_a_firm_named_by_a_person_shaped_name_stays_a_firm() -> None:
    result = source_result(
        "Tallow buys a shop\n\nTallow bought a small firm named Castle Brandon on Monday.\n"
    )
    assert {e.name: e.type.value for e in result.entities}.get("Castle Brandon") == "organization"
