"""Page forms of stop 30 (issue 11, "facts"): sentences a scraper glued together by losing the space
after the stop, and money named with its country's currency word ("1.5 billion US dollars").

Sentences written for this file; the expectations are written by hand.
"""

from __future__ import annotations

import time

import pytest

from tests.factories import deal_facts
from tests.factories import slot_value as value
from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.sentences import segment


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in segment(text).sentences]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Orbitex is investing in a data firm.As part of the deal, its chief joins the board.",
            ["Orbitex is investing in a data firm.", "As part of the deal, its chief joins the board."],
        ),
        (
            "The round was led by Harbour Ventures and Kestrel.The investment values the firm at $2 billion.",
            [
                "The round was led by Harbour Ventures and Kestrel.",
                "The investment values the firm at $2 billion.",
            ],
        ),
    ],
)
def test_a_stop_glued_to_the_next_sentence_ends_a_sentence(text: str, want: list[str]) -> None:
    assert sentences(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Amazon.com rose 2% on Monday after the deal.",
        "Write to Ola Brandt at Ola.Brandt@harbour.example for more.",
        "The deal closed in the U.S. on Friday, people said.",
    ],
)
def test_a_web_name_an_address_or_an_initialism_is_no_glued_stop(text: str) -> None:
    assert len(sentences(text)) == 1, sentences(text)


def test_the_glued_stop_is_linear_on_a_long_line() -> None:
    line = "ab.Cd " * 300_000
    start = time.process_time()
    segment(line)
    assert time.process_time() - start < 20


def test_a_glued_sentence_names_no_entity_with_the_next_word() -> None:
    facts = deal_facts(
        "Orbitex backs Kestrel\n\nOrbitex will invest $2 billion in Kestrel, the companies said.The deal "
        "gives Orbitex a board seat.\n"
    )
    assert value(facts, "buyer") == "Orbitex"
    assert value(facts, "target") == "Kestrel"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Orbitex agreed to invest 1.5 billion US dollars in Kestrel, the companies said.", 1.5e9),
        ("Orbitex agreed to invest 2 billion U.S. dollars in Kestrel, the companies said.", 2e9),
    ],
)
def test_money_named_with_its_countrys_currency_word(text: str, amount: float) -> None:
    money = [f for f in find_figures(text, "a") if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(amount, "USD")]
    assert value(deal_facts("Orbitex backs Kestrel\n\n" + text + "\n"), "amount") == amount


def test_us_before_another_word_is_no_currency() -> None:
    text = "Orbitex sold 2 million US shares last year."
    assert [f for f in find_figures(text, "a") if f.kind == "money"] == []
