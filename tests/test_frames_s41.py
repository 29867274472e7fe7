"""Frame rules of stop 41 (tui/analysis/compare/frames.yaml), one invented sentence at a time.

The forms, from coverage of a bank building a stake in another and of a startup's founders hired back
(issue 12): a modal of requirement ("must receive clearance", "must take X into consideration") and
a condition ("should it be up for sale") are no moral prescription (M3); a stake raised "to boost the
holding" is no solution to a problem (R3), and a holding bought or raised with its size is money's
(E1); staff "left behind" are people affected (H3); a founder's career move ("left X to start Y") and
the writer as witness in a column ("sources tell me", "a memo that I saw") give the story a human face
(H1). Near-misses keep the old reading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tests.factories import cpu_to_scan_a_long_line
from tests.test_frames_rules import _fired, _items, _st
from tui.analysis.compare.data import load
from tui.corpus.model import Span


def test_a_requirement_of_procedure_is_no_moral_prescription() -> None:
    assert "M3" not in _items(
        "The purchase must, however, receive approval from the regulators to close.", actors=0
    )
    assert "M3" not in _items(
        '"We must take the unions\' views into consideration," the minister said.', actors=0
    )
    assert "M3" not in _items(
        "The carrier needs to obtain clearance from the competition authority.", actors=0
    )
    assert "M3" not in _items(
        "Any bid has to be approved by the state, which holds a golden share.", actors=0
    )
    assert "M3" not in _items(
        "It would consider buying the rest of the shares should they be offered.", actors=0
    )
    # near-misses: a prescription stays one
    assert "M3" in _items("Lenders must stop charging the poorest customers hidden fees, the charity said.")
    assert "M3" in _items("The board should apologise to the staff it misled.")
    assert "M3" in _items("Shareholders have to ask whether the chairman deserves another term.")


def test_a_stake_raised_is_money_not_a_solution() -> None:
    lead = "Halden Bank said it had raised its stake in Orrin to about 24% and asked for leave to boost the holding further."
    got = _items(lead, actors=2, figures=(("percent", "about 24%"),))
    assert "E1" in got and "R3" not in got
    assert "E1" in _items(
        "The insurer bought a 7% stake in the port operator.", actors=2, figures=(("percent", "7%"),)
    )
    # near-misses: no size, no gain; a plan to boost sales is still a solution
    assert "E1" not in _items("The insurer bought a stake in the port operator.", actors=2)
    assert "R3" in _items("The chain cut prices to boost sales before the holidays.", actors=1)


def test_staff_left_behind_are_people_affected() -> None:
    assert "H3" in _items(
        "About 90 remaining employees are being left behind to run what is left of the app."
    )
    assert "H3" not in _items("The remaining employees will keep running the app.")


def test_a_founders_career_move_and_the_writer_as_witness_are_a_human_face() -> None:
    got = _items(
        "Both men left Vantor in 2019 to start their own lab after years of frustration.", actors=3, persons=2
    )
    assert "H1" in got
    assert "H1" in _items(
        "Investors also tell me that staff are being paid for their vested shares.", actors=0
    )
    assert "H1" in _items("In a memo to staff that I saw, the chief executive thanked the team.", actors=0)
    # near-misses: the witness's words inside a quotation are someone else's; leaving with no founding
    quoted = '"Sources tell me nothing," the analyst said.'
    st = replace(_st(quoted), quote_spans=[Span("a", 0, quoted.index(",") + 2)])
    assert "H1" not in _fired(st)[0]
    assert "H1" not in _items("The lender left the index to cut costs.", actors=1)


def test_the_new_cues_are_linear() -> None:
    items = load("frames")["frames"]
    cues = [
        *items["morality"]["items"]["M3"]["cues"],
        *items["responsibility"]["items"]["R3"]["cues"],
        *items["economic"]["items"]["E1"]["or"][0]["cues"],
        *items["human_interest"]["items"]["H1"]["cues"],
    ]
    for cue in (c for c in cues if c.startswith("re:")):
        pattern = re.compile(cue[3:], re.IGNORECASE)
        for unit in (
            "must, however, ",
            "must take a b c into ",
            "to boost the ",
            "raised its big stake ",
            "left a b to ",
        ):
            assert cpu_to_scan_a_long_line(pattern, unit) < 20


def test_a_government_holding_talks_is_able_to_act() -> None:
    # a public authority in talks with a party (R1: some level of government can alleviate the issue)
    got = _items(
        "Government officials and the bank's executives have held talks about the stake, a source said.",
        actors=1,
    )
    assert "R1" in got
    assert "R1" in _items("The government is holding talks with both lenders.", actors=0)
    # near-misses: talks between companies, no authority; an authority with no act or talks
    assert "R1" not in _items("The two lenders held talks about a merger last year.", actors=0)
    assert "R1" not in _items("The government owns 12% of the lender.", actors=0)
