"""Decisions made once (stop 61, "tidy61"), on the frames' side: the sentences that tell a leader's way out are the
ones holding the extractor's facts of that kind, asked for by their group (frames.yaml `facts: [leaving]`), whose
rules tui/analysis/model.py names once for the extractor that sets them and the frames that read them -- never a
rule's name spelled again in frames.yaml, which a renamed rule would silently leave behind.

Each form in three invented wordings (other companies, people and sentence orders than the coverage's) and a near
miss; expectations written by hand from SV2000's question R4 (an individual responsible: a change at the top).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import appointment_facts, compare_texts
from tui.analysis import model


def _r4_evidence(folder: Path, text: str) -> list[str]:
    """The sentences of one page that answer R4 yes."""
    profile = compare_texts(folder, {"a": text}).profiles["a"]
    return [e.text for f in profile.frames for it in f.items if it.id == "R4" for e in it.evidence]


# --- form 3: a leader's way out read from the extractor's facts by their group ----------------------------------------
# The shape: the sentence holding the appointment's departure fact, or the one leaving read from an honorary title,
# is R4 evidence; the frames ask for the group "leaving", whose rules are the extractor's own constants. Near miss:
# a group frames.yaml names that the extractor has not is an error naming the known groups, never an empty rule.


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Corvane's chief executive Mira Solberg will leave the lender in March after six years in charge, the "
            "bank said on Thursday. A search is under way. Corvane shares were steady.",
            "Corvane's chief executive Mira Solberg will leave",
        ),
        (
            "In a filing on Friday, Dunmore Mills said its finance chief Oskar Brandt is departing at the end of the "
            "quarter. The miller has not named a successor. Its shares slipped 2%.",
            "In a filing on Friday, Dunmore Mills said its finance chief Oskar Brandt is departing",
        ),
        (
            "Esk Holdings chairman Rafe Ulland would become chairman emeritus after the annual meeting, handing the "
            "chair to Noor Haddad, the group said. Ulland built the firm over thirty years.",
            "Esk Holdings chairman Rafe Ulland would become chairman emeritus",
        ),
    ],
    ids=["leave", "depart", "emeritus"],
)
def test_a_leaders_way_out_is_read_from_the_facts_group(tmp_path: Path, text: str, sentence: str) -> None:
    assert any(e.startswith(sentence) for e in _r4_evidence(tmp_path, text))


def test_the_group_holds_the_rules_the_extractor_sets() -> None:
    f = appointment_facts(
        "Corvane chief to leave\n\nCorvane's chief executive Mira Solberg will leave the lender in March, the bank "
        "said, and Ada Rinne will succeed her as chief executive.\n"
    )
    assert f.slots["departure"].rule == model.DEPARTURE_RULE
    assert f.slots["departure"].rule in model.FACT_GROUPS["leaving"]


def test_frames_yaml_names_groups_never_rules() -> None:
    from tui.analysis.compare.frames import codebook

    text = (Path(__file__).resolve().parents[1] / "tui" / "analysis" / "compare" / "frames.yaml").read_text(
        "utf-8"
    )
    assert "appointment." not in text
    r4 = next(it for f in codebook()[0] for it in f.items if it.id == "R4")
    assert any(alt.facts == model.FACT_GROUPS["leaving"] for alt in r4.alternatives)


def test_near_miss_a_group_the_extractor_has_not_is_an_error() -> None:
    from tui.analysis.compare.data import CompareDataError
    from tui.analysis.compare.frames import _item_rule

    with pytest.raises(CompareDataError, match="no such group.*known: leaving"):
        _item_rule("R4", {"facts": ["appointment.departure"]}, "frames.R4", True)
