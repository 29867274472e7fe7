"""Decisions made once (stop 61, "tidy61"), on the comparison side: a contradiction re-judged as something else (a
headline's figure alone against a body's, the figures of a theme that is no event fact, a figure the other page
states too as another party's) keeps the label of its two values from the verdict's data (`Verdict.pair`, set where
the contradiction is built), never from the wording of its message (the text before its first colon).

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence shapes than the coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compared
from tui.analysis.compare import verdicts
from tui.analysis.compare.aspects import HEADLINE_ALONE
from tui.analysis.compare.model import Slot
from tui.analysis.compare.verdicts import CONTRADICTION, DIFFER, Verdict
from tui.corpus.model import Span

# --- form 2: the label of a re-judged contradiction is the verdict's data ---------------------------------------------
# The shape: a contradiction between two values carries their label (`pair`: "<value a> vs <value b>"); a verdict that
# re-judges it (differ_verdict, also_stated, the headline alone) opens its message with that label, whatever the
# contradiction's message says and whatever colons the values hold. Near miss: a verdict that is no contradiction
# keeps its own message, unlabelled.


@pytest.mark.parametrize(
    ("pair", "why"),
    [
        (
            "$14.3 billion vs $15 billion",
            "$14.3 billion vs $15 billion: different values, beyond rounding (4.7% apart)",
        ),
        ("a 3:1 share swap vs a 4:1 share swap", "a 3:1 share swap vs a 4:1 share swap: the title differs"),
        ("“Orbitex” vs “Pellan”", "two other words altogether"),
    ],
)
def test_a_re_judged_contradiction_keeps_its_pairs_label(pair: str, why: str) -> None:
    v = Verdict(CONTRADICTION, "values", why, pair=pair)
    theme = verdicts.differ_verdict(v)
    assert theme.kind == DIFFER and theme.why.startswith(f"{pair}: different figures")
    assert theme.pair == pair
    also = verdicts.also_stated(v, "a2", "$15 billion", "another company's deal")
    assert also.kind == DIFFER and also.why.startswith(f"{pair}: ")
    assert also.pair == pair


def _cell(text: str, value: float, unit: str) -> Slot:
    return Slot("percent" if unit == "%" else "money", text, Span("a", 0, len(text)), value, unit)


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        (
            _cell("$14.3 billion", 14.3e9, "USD"),
            _cell("$15.9 billion", 15.9e9, "USD"),
            "$14.3 billion vs $15.9 billion",
        ),
        (
            _cell("€700 million", 7e8, "EUR"),
            _cell("€950 million", 9.5e8, "EUR"),
            "€700 million vs €950 million",
        ),
        (_cell("12%", 12.0, "%"), _cell("19%", 19.0, "%"), "12% vs 19%"),
    ],
)
def test_every_contradiction_is_built_with_its_label(a: Slot, b: Slot, label: str) -> None:
    v = verdicts.value_verdict(a, b)
    assert v.kind == CONTRADICTION
    assert v.pair == label and v.why.startswith(f"{label}: ")


_BODY_ALONE = (
    "{name} will be taken private next spring after accepting a takeover bid from a fund led by {buyer}."
)


@pytest.mark.parametrize(
    ("alone", "body", "label"),
    [
        (
            (
                "Corvane accepts $6bn takeover bid",
                _BODY_ALONE.format(name="Corvane Labs", buyer="Mirel Partners"),
            ),
            "Corvane Labs accepted a $7.9 billion buyout offer from a fund led by Mirel Partners on Tuesday.",
            "$6bn vs $7.9 billion",
        ),
        (
            (
                "Dunmore takeover: £3.2bn offer accepted",
                _BODY_ALONE.format(name="Dunmore Mills", buyer="Esk"),
            ),
            "Esk Holdings agreed on Monday to buy Dunmore Mills for £4.1 billion in cash, the two companies said.",
            "£3.2bn vs £4.1 billion",
        ),
        (
            ("Varro accepts €400m buyout offer", _BODY_ALONE.format(name="Varro Retail", buyer="Lusk Group")),
            "Lusk Group will buy Varro Retail in a deal worth €550 million, the retailer said.",
            "€400m vs €550 million",
        ),
    ],
)
def test_a_headline_alone_is_labelled_by_its_pair(
    tmp_path: Path, alone: tuple[str, str], body: str, label: str
) -> None:
    c = compared(tmp_path, {"a1": alone, "a2": ("Deal agreed", body)})
    pairs = [p for aspect in c.aspects if aspect.cls == "amount" for p in aspect.pairs]
    assert [(p.verdict, p.reason) for p in pairs] == [(DIFFER, HEADLINE_ALONE)]
    assert pairs[0].detail.startswith(f"{label}: ") and "its headline's alone" in pairs[0].detail


def test_near_miss_a_verdict_that_is_no_contradiction_has_no_label() -> None:
    v = verdicts.value_verdict(_cell("$14.3 billion", 14.3e9, "USD"), _cell("$14.3 billion", 14.3e9, "USD"))
    assert v.kind != CONTRADICTION and v.pair == ""
