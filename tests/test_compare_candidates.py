"""Where an article states several candidates for a fact, the cell shows the chosen one and, on
request, the others with why they were not chosen (issue 12, "Verdicts"; stop 31 audit: the cells
carried them, but neither the `compare` JSON nor the screen showed them). The JSON lists each cell's
candidates; the screen's line for the cell under the cursor names the others and why. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_compare_flag_why import AGREED, TALKS, _compared
from tui.analysis.compare.report import to_dict
from tui.app.screens.compare import other_candidates


def test_the_json_lists_each_cells_candidates_with_why_not(tmp_path: Path) -> None:
    corpus, result = _compared(tmp_path, {"agreed": AGREED, "talks": TALKS})
    data = to_dict(result, corpus)
    amount = next(a for a in data["aspects"] if a["id"] == "amount")
    assert amount["cells"]["agreed"]["candidates"] == [
        {"stated": "$14 billion", "of": "deal", "why_not": None},
        {"stated": "$2 billion", "of": "other_deal", "why_not": "another company's deal"},
    ]
    assert amount["cells"]["talks"]["candidates"] == [
        {"stated": "around $13 billion", "of": "deal", "why_not": None}
    ]


def test_the_cells_line_names_the_others_and_why(tmp_path: Path) -> None:
    _, result = _compared(tmp_path, {"agreed": AGREED, "talks": TALKS})
    amount = result.aspect("amount")
    assert other_candidates(amount.cells["agreed"]) == "not “$2 billion”: another company's deal"
    assert other_candidates(amount.cells["talks"]) == ""
