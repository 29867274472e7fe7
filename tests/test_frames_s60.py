"""Stop 60 frames: the change at the top read from the extractor's appointment facts (the leader's way out, the
honorary title the one leaving takes), not from their words read again in frames.yaml (one rule stack).

Each form in three invented wordings (other companies, people and sentence orders than the coverage's) and near misses;
expectations written by hand from SV2000's question R4 (an individual responsible: a change at the top)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tests.test_frames_rules import _items


def _r4_evidence(folder: Path, text: str) -> list[str]:
    """The sentences of one page that answer R4 yes."""
    profile = compare_texts(folder, {"a": text}).profiles["a"]
    return [e.text for f in profile.frames for it in f.items if it.id == "R4" for e in it.evidence]


# --- 1. the leader's way out, as the extractor reads it, is the change at the top ------------------------------------
# The shape: the appointment's departure fact ("will leave the company", "is departing", "quits the post") or the
# honorary title the one leaving takes ("stays on as chairman emeritus"): the sentence that holds the fact tells the
# post handed on (R4), whatever its words. Near misses: the same words with no leader's exit the extractor reads (a
# bond retired, a professor emeritus, a customer leaving).


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "Tarsis chief executive Dana Okafor will leave the company at the end of June after eleven years at its "
            "head, the shipping group said on Tuesday. The board has begun looking at candidates. Tarsis shares fell "
            "2% in Oslo.",
            "Tarsis chief executive Dana Okafor will leave the company",
        ),
        (
            "Velmont's finance chief Amrit Sandhu is departing in September, the carmaker said, ending a nine-year run "
            "in the post. Velmont has hired a search firm. Its shares rose 1%.",
            "Velmont's finance chief Amrit Sandhu is departing",
        ),
        (
            "After a decade in the post, Orsolan's chairman Teo Vantel is quitting the insurer, it said in a filing on "
            "Monday. Analysts had expected the move. Its shares rose 3%.",
            "After a decade in the post, Orsolan's chairman Teo Vantel is quitting",
        ),
    ],
    ids=["leave", "depart", "quit"],
)
def test_the_leaders_way_out_read_by_the_extractor_is_the_change_at_the_top(
    tmp_path: Path, text: str, sentence: str
) -> None:
    assert any(e.startswith(sentence) for e in _r4_evidence(tmp_path, text))


def test_the_honorary_title_the_one_leaving_takes_is_the_change_at_the_top(tmp_path: Path) -> None:
    text = (
        "Halvard Foods said its chairman Ivo Stark would become chairman emeritus in May, handing the chair to Lise "
        "Marchand. Stark founded the group in 1979. The shares were flat."
    )
    assert any(
        e.startswith("Halvard Foods said its chairman Ivo Stark") for e in _r4_evidence(tmp_path, text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lena Hart, a professor emeritus of economics at a Danish university, called the plan bold.",
        "Orla said it would retire the bonds early using cash from the sale.",
        "Many customers are leaving the bank for cheaper online rivals, Ana Lund said.",
    ],
)
def test_near_miss_the_words_alone_tell_no_change_at_the_top(text: str) -> None:
    # no appointment fact: the frames' own cues no longer read "emeritus" as a change at the top
    assert "R4" not in _items(text, actors=1, persons=1)
