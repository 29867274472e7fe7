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


def test_a_rewrite_that_retells_two_thirds_of_the_original_in_order_is_a_copy() -> None:
    from tests.test_copies_text import REWRITE
    from tui.corpus.importer import COPY_THRESHOLD, _sentences, copy_score, normalized_words

    original, rewrite = ORIGINAL.strip().split("\n"), REWRITE.strip().split("\n")
    # six lines reworded, two of the original's kept word for word, the last three cut
    cut = "\n".join(rewrite[:6] + original[6:8])
    a, b = copy_body(ORIGINAL), copy_body(cut)
    score = copy_score(normalized_words(a), normalized_words(b), _sentences(a), _sentences(b))
    assert score >= COPY_THRESHOLD
