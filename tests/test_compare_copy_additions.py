"""A copy's own paragraphs are no change of its original's figures (issue 12, stop 31 audit).

A copy that republishes an article and adds a paragraph of its own ("Harbour has invested more than
$120 million in start-ups since 2020") brings figures its original does not state. They were taken
as figures the copy changed: the original then kept every figure of that row instead of its event
fact, lost the fact's stage, and its talks-stage amount read as a contradiction with another
article's amount raised (on the real coverage, once a page with additions was linked as a copy,
five false contradictions). A figure is the copy's change only in a sentence that retells one of the
original's; a changed figure there is still shown. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_compare_verdict_rules import _compare_files
from tui.analysis.compare import verdicts

ORIGINAL = (
    "Lindqvist Robotics in funding talks\n\n"
    "Lindqvist Robotics is in talks to raise {price} from investors, people familiar with the matter said.\n\n"
    "Harbour Capital is expected to lead the round, the people said.\n\n"
    "The company makes picking arms for cold warehouses and was founded in Malmo in 2016.\n"
)
ADDITION = "\nHarbour Capital has invested more than $120 million in Nordic start-ups since 2020, its website says.\n"
RAISED = (
    "Lindqvist Robotics raises $420 million\n\n"
    "Lindqvist Robotics has raised $420 million from investors led by Harbour Capital, the company said on Friday.\n"
)
META = "    headline_in_text: true\n    date: 2031-04-10\n"


def test_a_copys_own_paragraph_leaves_the_originals_fact(tmp_path: Path) -> None:
    texts = {
        "orig": ORIGINAL.format(price="$400 million"),
        "copy": ORIGINAL.format(price="$400 million") + ADDITION,
        "raised": RAISED,
    }
    result = _compare_files(
        tmp_path, texts, {"orig": META, "copy": "    copy_of: orig\n" + META, "raised": META}
    )
    amount = result.aspect("amount")
    assert amount is not None
    assert amount.cells["orig"].slot is not None and amount.cells["orig"].slot.text == "$400 million"
    assert all(p.reason != "copy-changed" for p in amount.pairs)
    between = {(p.a, p.b): p.verdict for p in amount.pairs}
    assert between[("orig", "raised")] == verdicts.STAGE
    assert all(v != verdicts.CONTRADICTION for v in between.values())


def test_a_figure_changed_in_a_retold_sentence_is_still_shown(tmp_path: Path) -> None:
    texts = {
        "orig": ORIGINAL.format(price="$400 million"),
        "copy": ORIGINAL.format(price="$450 million") + ADDITION,
    }
    result = _compare_files(tmp_path, texts, {"orig": META, "copy": "    copy_of: orig\n" + META})
    amount = result.aspect("amount")
    assert amount is not None
    assert any(p.reason == "copy-changed" for p in amount.pairs)
