"""A qualified post one page describes a person by, and the full post another names them to (issue 12,
stop 44; verdicts.promotion_verdict, docs/compare.md).

The form: "Ivo Lark, vice president of field sales, will be president, effective at once" on one page
(the extractor reads the title in apposition), "with Ivo Lark promoted to president" on another (the
title named to). "vice president" against "president" differs in meaning, so the row read a
contradiction; but the first is how the page finds the person before the move, the second the post
moved to: a promotion, "differ", not judged. The near misses: both pages naming the person to their
posts, both describing, and a page naming the person to the qualified post against a plain description
("named interim CEO" / "the CEO"), stay as the plain rules say.

Invented names; hand-written expectations.
"""

from __future__ import annotations

from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

SPAN = Span("a", 0, 1)
APPOSITIVE = "extractor:role.appositive"
NAMED = "extractor:role.named-as"


def _title(text: str, normalized: str, modifiers: tuple[str, ...], rule: str) -> Slot:
    return Slot("role", text, SPAN, normalized=normalized, modifiers=modifiers, rule=rule)


def test_a_described_deputy_post_and_the_full_post_named_to_are_not_judged() -> None:
    before = _title("vice president", "president", ("vice",), APPOSITIVE)
    after = _title("president", "president", (), NAMED)
    assert verdicts.title_verdict(before, after).kind == verdicts.CONTRADICTION
    v = verdicts.promotion_verdict(before, after)
    assert v is not None and v.kind == verdicts.DIFFER and v.reason == verdicts.POST_BEFORE
    assert "“vice president”" in v.why and "names them to “president”" in v.why
    assert verdicts.promotion_verdict(after, before) is not None
    deputy = _title("deputy CEO", "ceo", ("deputy",), "extractor:role.title-before")
    assert verdicts.promotion_verdict(deputy, _title("CEO", "ceo", (), NAMED)) is not None


def test_two_named_posts_two_descriptions_or_a_qualified_post_named_to_stay() -> None:
    vp_named = _title("vice president", "president", ("vice",), NAMED)
    president_named = _title("president", "president", (), NAMED)
    assert verdicts.promotion_verdict(vp_named, president_named) is None
    vp_desc = _title("vice president", "president", ("vice",), APPOSITIVE)
    president_desc = _title("president", "president", (), APPOSITIVE)
    assert verdicts.promotion_verdict(vp_desc, president_desc) is None
    # named to the qualified post, described by the plain one: no promotion to read
    co_named = _title("co-CEO", "ceo", ("co",), NAMED)
    assert verdicts.promotion_verdict(_title("CEO", "ceo", (), APPOSITIVE), co_named) is None
    # another title altogether
    assert verdicts.promotion_verdict(vp_desc, _title("CEO", "ceo", (), NAMED)) is None
