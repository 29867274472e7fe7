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


# --- 2. two frames tied on a page whose lead carries neither: the one the story tells first ---------------------------
# The shape: a lead that is no sentence of the story (a line naming the source: "Wire reports:", "From our
# correspondent:"), then the story, which tells one of the two tied frames first on its own (the people a cut falls on,
# or the shares' move): that frame is the page's, as a lead's would be. Near miss: a lead that carries both frames
# leaves the tie to the next tests (the frame more sentences tell alone), whatever is told first below it.


def _page(*sentences: tuple[str, str, int, tuple[tuple[str, str], ...]]) -> str | None:
    from tests.test_frames_forms_s48 import _primary
    from tests.test_frames_rules import _st

    return _primary(
        *(_st(t, n, place, actors, 0, figures) for n, (t, place, actors, figures) in enumerate(sentences))
    )


NONE: tuple[tuple[str, str], ...] = ()


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                ("Wire reports:", "lead", 0, NONE),
                (
                    "Kestrel will lay off more than 8% of its global workforce, a memo to staff said.",
                    "body",
                    1,
                    NONE,
                ),
                ("The company's shares were down 2% on Monday morning.", "body", 1, (("percent", "2%"),)),
            ],
            "human_interest",
        ),
        (
            [
                ("From our markets desk:", "lead", 0, NONE),
                ("Shares in Marlow fell 4% in early trade in London.", "body", 1, (("percent", "4%"),)),
                ("The bank plans to lay off about 1,200 employees in its branches.", "body", 1, NONE),
            ],
            "economic",
        ),
        (
            [
                ("As first reported by a trade paper:", "lead", 0, NONE),
                (
                    "Some 900 workers at Orla's two plants will be laid off by the end of the year.",
                    "body",
                    1,
                    NONE,
                ),
                ("Orla's stock slipped 1.5% after the news.", "body", 1, (("percent", "1.5%"),)),
            ],
            "human_interest",
        ),
    ],
    ids=["memo", "shares-first", "plants"],
)
def test_a_tie_under_a_lead_of_neither_frame_goes_to_the_frame_told_first(
    sentences: list[tuple[str, str, int, tuple[tuple[str, str], ...]]], expected: str
) -> None:
    assert _page(*sentences) == expected


def test_near_miss_a_lead_carrying_both_frames_leaves_the_order_below_unread() -> None:
    lead = (
        "Harwell will cut 700 jobs as it lays off staff to save $90 million a year.",
        "lead",
        1,
        (("money", "$90 million"),),
    )
    people = ("About 300 workers at its Denver bakery will be laid off first.", "body", 1, NONE)
    shares = ("Harwell's shares rose 2% after the announcement.", "body", 1, (("percent", "2%"),))
    assert _page(lead, people, shares) == _page(lead, shares, people)
