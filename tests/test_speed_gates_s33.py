"""Stop 33 (issue 11): the cheap gates put before patterns still let every form they guard through.

The gates only skip a pattern where it cannot match (docs/benchmarks.md, "Stop 33"); each test here
is a form that must pass its gate, written from the text by hand.
"""

from __future__ import annotations

from tui.analysis.extract.captions import caption_lines
from tui.analysis.extract.entities import find_entities
from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.sentences import segment
from tui.analysis.extract.tokens import fewest_needles, marks_of, tokenize_marked
from tui.corpus.furniture import find_furniture


def _figures(sentence: str) -> list[tuple[str, str, float | None]]:
    return [(f.kind.value, f.text, f.value) for f in find_figures(sentence, "a")]


def test_fewest_needles_drops_needles_that_hold_a_shorter_one() -> None:
    needles = ("familiar", "people familiar with the deal", " by ", "as reported by", "familiar")
    # "as reported by" has no space after "by": it does not hold " by ", so it stays
    assert fewest_needles(needles) == ("familiar", " by ", "as reported by")
    assert fewest_needles(()) == ()


def test_word_gated_figures_are_still_found() -> None:
    assert _figures("It was the second-largest deal of the year.") == [("ordinal", "second-largest", 2.0)]
    assert _figures("A three-year-old startup hired two of the three founders.") == [
        ("duration", "three-year-old", 3.0),
        ("ratio", "two of the three", 2.0),
    ]
    assert _figures("The talks took six weeks.") == [("duration", "six weeks", 6.0)]


def test_a_scaled_count_needs_a_digit_then_its_scale() -> None:
    assert _figures("The app has 5m users and 2,000 staff.") == [
        ("count", "5m users", 5_000_000.0),
        ("count", "2,000 staff", 2000.0),
    ]
    assert _figures("Its 3 million subscribers stayed.") == [("count", "3 million subscribers", 3_000_000.0)]


def test_caption_lines_behind_their_gates() -> None:
    text = (
        "The story opens here.\n"
        "FILE PHOTO: A logo is seen at an office in Oslo\n"
        "A man walks past. Photo credit: Ana Ruiz\n"
        "The firm said: it will grow\n"
    )
    assert [text[s:e] for s, e in caption_lines(text, [])] == [
        "FILE PHOTO: A logo is seen at an office in Oslo",
        "A man walks past. Photo credit: Ana Ruiz",
    ]


def test_a_picture_caption_ending_in_a_full_date() -> None:
    text = (
        "Body text of the story goes on here.\n"
        "A worker is seen at the plant in Oslo, Norway, March 3, 2021. (Wire)\n"
        "More text follows, it said on March 3, 2021.\n"
    )
    captions = [text[f.start : f.end] for f in find_furniture(text) if f.kind == "caption"]
    assert captions == ["A worker is seen at the plant in Oslo, Norway, March 3, 2021. (Wire)"]


def test_a_phrase_that_names_no_one_is_still_left_out() -> None:
    text = "Tallow Dynamics broke its Code of Conduct, Vera Lind said.\n"
    seg = segment(text)
    names = {e.name for e in find_entities("a", text, seg.sentences, set()).entities}
    assert "Code" not in names and "Conduct" not in names and "Code of Conduct" not in names
    assert "Vera Lind" in names


def test_one_walk_gives_the_tokens_the_marked_ones_and_the_lower_case_words() -> None:
    text = "The 21st Century deal, said Vera Lind of xAI and a Paris-based firm."
    toks, marks, lows = tokenize_marked(text)
    assert [t.text for t in toks] == (
        [
            "The",
            "21st",
            "Century",
            "deal",
            ",",
            "said",
            "Vera",
            "Lind",
            "of",
            "xAI",
            "and",
            "a",
            "Paris",
            "-based",
            "firm",
            ".",
        ]
    )
    # capitalized words (with the camel-case "xAI") and the token opening with a digit
    assert [toks[i].text for i in marks] == ["The", "21st", "Century", "Vera", "Lind", "xAI", "Paris"]
    # "21st" has only lower-case letters: a lower-case word as well as a marked token
    assert lows == ["21st", "deal", "said", "of", "and", "a", "firm"]
    assert marks_of(toks) == (marks, lows)
