"""A cut told of one unit's staff named before the figure is a part, not the whole (issue 12, stop 44;
compare/parts.py _staff_of_unit, verdicts.part_verdict).

The form: "the bank plans to cut its global trading headcount by 50 percent" beside other pages'
"about a fifth of its workforce": the half is a unit's, told before the figure ("its <unit>
headcount by"), where the scope reader looked after it only ("in the UK", "at its plant"). Two shares
of different wholes are shown, not judged. Words that name the whole staff ("its global workforce",
"its total headcount") scope nothing, and the contradiction stands.

Invented texts; hand-written expectations.
"""

from __future__ import annotations

from tui.analysis.compare import parts, verdicts
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span


def _scope(text: str, figure: str) -> str | None:
    at = text.index(figure)
    return parts.scope_of(text, Span("a", at, at + len(figure)), len(text), [])


def test_a_units_staff_named_before_the_figure_scopes_it() -> None:
    text = "Halden Bank plans to cut its global trading headcount by 50 percent, people said."
    assert _scope(text, "50 percent") == "of its global trading headcount"
    assert _scope("The group will reduce its U.S. staff by 5% this year.", "5%") == "of its U.S. staff"
    assert _scope("It will trim the bank's retail workforce by 30% by June.", "30%") == (
        "of the bank's retail workforce"
    )
    assert _scope("Halden Bank shares fell by 30% on Monday.", "30%") is None  # no staff named


def test_the_whole_staff_scopes_nothing() -> None:
    assert _scope("Halden Bank will cut its global workforce by 20% over three years.", "20%") is None
    assert _scope("Halden Bank will cut its total headcount by a fifth, or 20%.", "20%") is None
    assert _scope("Halden Bank will cut its workforce by 20% over three years.", "20%") is None


def test_a_units_share_against_the_wholes_share_is_not_judged() -> None:
    span = Span("a", 0, 1)
    unit = Slot("percent", "50 percent", span, 50.0, "%", scope="of its global trading headcount")
    whole = Slot("percent", "20%", span, 20.0, "%")
    v = verdicts.part_verdict(unit, whole)
    assert v is not None and v.kind == verdicts.DIFFER
    assert "shares of different wholes" in v.why
