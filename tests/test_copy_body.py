"""What a copy is judged on: the body without the furniture the furniture finder knows (issue 12)."""

from __future__ import annotations

from tests.test_copies_text import ORIGINAL, SYNDICATED
from tui.corpus.importer import copy_body, similarity


def test_the_copy_body_drops_byline_dateline_caption_and_promo_lines() -> None:
    body = copy_body(SYNDICATED)
    for furniture in ("By Jonah Pike", "(Tidewater Wire) -", "Photo:", "Read more:", "Sign up"):
        assert furniture not in body, furniture
    lines = body.split("\n")
    assert lines[1].startswith("Harbor Freight Lines said on Tuesday")  # the dateline is gone
    assert len(lines) == 7  # the headline and the six body lines the copy keeps


def test_furniture_does_not_lower_the_likeness_of_a_copy() -> None:
    # the syndicated copy is cut short and carries four pieces of furniture: without them, what
    # remains is the original's text word for word
    assert similarity(copy_body(SYNDICATED), copy_body(ORIGINAL)) >= 99.0
