"""A page whose two frames weigh the same (issue 12, stop 45): the frame its lead carries is its
primary frame.

The form: two frames fire on sentences of the same weighted share of the page (headline x3, lead x2,
body x1), one of them in the lead ("The board decided on Monday to close the plant" against two body
sentences of cost and sales). News writing puts what the story is about first, and the tables code
the lead up for that reason; before, such a tie went to the frame answering more of its questions,
which favours the frames with fewer questions whatever the page leads with. Near-misses: the other
frame carried by more of the page wins however the lead reads, and a tie in which both or neither
frame carries the lead still goes to the item scores.

Invented sentences; hand-written expectations.
"""

from __future__ import annotations

from tests.test_frames_rules import _st
from tui.analysis.compare.frames import profile
from tui.analysis.compare.model import Statement


def _primary(*statements: Statement) -> str | None:
    scores, primary = profile(list(statements))
    top = sorted((f.salience for f in scores), reverse=True)
    assert len(top) >= 2
    return primary


def _page(headline: str, lead: Statement, *body: Statement) -> list[Statement]:
    return [_st(headline, 0, "headline"), lead, *body]


def test_a_decision_in_the_lead_outweighs_cost_and_sales_in_the_body() -> None:
    page = _page(
        "Leeds plant to close",
        _st("Halden's board decided on Monday to close the Leeds plant.", 1, "lead", actors=1),
        _st("The plant cost $40 million to build.", 2, figures=(("money", "$40 million"),)),
        _st("Sales at the unit fell to $12 million.", 3, figures=(("money", "$12 million"),)),
    )
    assert _primary(*page) == "responsibility"


def test_a_price_in_the_lead_outweighs_review_and_a_board_in_the_body() -> None:
    page = _page(
        "Kestrel and Orla",
        _st("Kestrel will pay $3 billion for Orla.", 1, "lead", actors=2, figures=(("money", "$3 billion"),)),
        _st("Regulators are expected to review the tie-up in the spring.", 2),
        _st("Orla's directors decided to back the offer.", 3, actors=1),
    )
    assert _primary(*page) == "economic"


def test_a_lawsuit_in_the_lead_outweighs_sales_and_a_purchase_in_the_body() -> None:
    page = _page(
        "Chip makers in court",
        _st("Orla has sued its rival Kestrel over the design of a memory chip.", 1, "lead", actors=2),
        _st("Kestrel's sales rose to $9 billion last year.", 2, actors=1, figures=(("money", "$9 billion"),)),
        _st("It paid $200 million for a plant in Dresden in 2022.", 3, figures=(("money", "$200 million"),)),
    )
    assert _primary(*page) == "conflict"


def test_near_miss_more_of_the_page_outweighs_the_lead() -> None:
    page = _page(
        "Leeds plant to close",
        _st("Halden's board decided on Monday to close the Leeds plant.", 1, "lead", actors=1),
        _st("The plant cost $40 million to build.", 2, figures=(("money", "$40 million"),)),
        _st("Sales at the unit fell to $12 million.", 3, figures=(("money", "$12 million"),)),
        _st("Its profit was $2 million.", 4, figures=(("money", "$2 million"),)),
    )
    assert _primary(*page) == "economic"


def test_near_miss_a_lead_carrying_both_frames_leaves_the_tie_to_the_item_scores() -> None:
    page = _page(
        "Leeds plant to close",
        _st(
            "Halden's board decided to close the plant, which cost $40 million.",
            1,
            "lead",
            actors=1,
            figures=(("money", "$40 million"),),
        ),
        _st("Sales at the unit fell to $12 million.", 2, figures=(("money", "$12 million"),)),
        _st("Regulators will review the closure.", 3),
    )
    scores, primary = profile(page)
    by = {f.frame: f for f in scores}
    assert by["economic"].salience == by["responsibility"].salience
    assert primary == "economic"  # E1 and E2 of three items against R1 and R4 of five
