"""Entity forms on unseen text (stop 49, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read
so.
"""

from __future__ import annotations

from tests.factories import analyse_article, cpu_to_scan_a_long_line, plain_article, someone_among
from tests.factories import entity_types as names

ORG = "organization"
PERSON = "person"


def _aliases(text: str) -> dict[str, set[str]]:
    """Each entity of one plain article, by name: the forms the page names it by."""
    return {e.name: set(e.aliases) for e in analyse_article(plain_article(text)).entities}


# --- a company's earlier name ------------------------------------------------------------------------
# The FORM: a company told by its earlier name ("X, then known as Y", "X, which changed its name from
# Y", "Formerly known as Y, X ...", "the lender, formerly known as Y," with X named in an earlier
# sentence) is one company named X with Y among its aliases, never a second company (nor a person, when
# Y has a person's shape). Where the clause names another company before the cue ("Orvell bought the
# bank formerly known as Y") the page does not say whose earlier name Y is: nothing is folded.


def test_then_known_as_after_the_name_folds_the_earlier_name() -> None:
    got = _aliases(
        "Harwell, then known as the Pellan Savings Group, was rescued by the state in 2009. "
        "Harwell said on Monday it would buy back shares."
    )
    assert "Pellan Savings Group" in got.get("Harwell", set()), got
    assert "Pellan Savings Group" not in got, got


def test_an_earlier_name_opening_the_sentence_is_the_next_names() -> None:
    got = _aliases("Formerly known as Tarrow Bank, Corvane Group was bailed out in 2011. Corvane Group grew.")
    assert "Tarrow Bank" in got.get("Corvane Group", set()), got
    assert "Tarrow Bank" not in got, got


def test_a_described_company_formerly_known_as_is_the_company_named_before() -> None:
    text = (
        "Brindle Insurance said profits doubled in 2030. The insurer, formerly known as Osgood Mutual, "
        "was founded in 1902."
    )
    got = _aliases(text)
    assert "Osgood Mutual" in got.get("Brindle Insurance", set()), got
    assert not someone_among(names(text), "Osgood Mutual"), names(text)


def test_changed_its_name_from_folds_the_earlier_name() -> None:
    got = _aliases(
        "Lumen Rail, which changed its corporate name from Stroud Carriage in 2019, said fares rose."
    )
    assert "Stroud Carriage" in got.get("Lumen Rail", set()), got


def test_near_miss_another_company_before_the_cue_folds_nothing() -> None:
    got = _aliases(
        "Orvell said profits rose. Orvell bought the bank formerly known as Kessing Bank for $2 billion."
    )
    assert "Kessing Bank" not in got.get("Orvell", set()), got


def test_near_miss_then_alone_is_no_earlier_name() -> None:
    got = _aliases("Orvell bought Tarrow Bank, then Pellan Bank, in 2029. Orvell said both grew.")
    assert {"Tarrow Bank", "Pellan Bank", "Orvell"} <= set(got), got


def test_near_miss_the_former_before_a_post_is_a_company_and_a_person() -> None:
    got = names("Orvell hired Ana Lund, the former Kessing chief, in May. Kessing said it wished her well.")
    assert got.get("Ana Lund") == PERSON, got
    assert got.get("Kessing") == ORG, got


def test_the_rename_patterns_are_linear() -> None:
    from tui.analysis.extract.entities import _FORMER_BEFORE, _KNOWN_AS, _NOW_NAME_AFTER, _RENAMED

    for pattern, unit in (
        (_RENAMED, ", formerly known as the "),
        (_RENAMED, ", which changed its corporate name from "),
        (_RENAMED, " — then called "),
        (_FORMER_BEFORE, "formerly known as the "),
        (_FORMER_BEFORE, "changed its name from "),
        (_KNOWN_AS, "known as the "),
        (_NOW_NAME_AFTER, " , the "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)
