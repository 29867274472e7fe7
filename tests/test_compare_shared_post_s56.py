"""A post two people share, told as shared on one page and given plainly to each on another (issue 12,
stop 56), pinned on invented stories: three wordings and near misses.

"X and Y become co-CEOs" on one page and "X was appointed CEO, and Y was appointed CEO too" on another tell
one shared post: a variation (reason `shared-post`, verdicts.shared_post_verdict), never a contradiction. The page of
the plain title shares the post when it gives the post to the other holder too, or names, in the very
sentence of the title, a person the shared post's sentence names too and gives them no other post
(aspects.PostHolders). Where the plain page itself tells the sharing ("both X and Y were appointed CEO"), the
extractor already gives the post as shared (tests/test_appointment_leaders_s56.py), so these wordings give each
holder the post in a clause of their own. Near misses: a page naming one person alone to the post, or the other to another
post or as the post's former holder, still contradicts; so does a title that differs otherwise.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

#: (the page telling the post shared, the page giving it plainly, the row's person)
WORDINGS = {
    "appointed-both": (
        "Tomas Brenner and Priya Adler step up as co-CEOs of Norwood Labs, the company said on Monday.",
        "Norwood Labs said Priya Adler was appointed CEO, and Tomas Brenner was appointed CEO too.",
        "Title: Priya Adler",
    ),
    "promoted-to-the-position": (
        "Norwood Labs founder Ivo Kessler becomes executive chairman while Tomas Brenner and Priya Adler "
        "become co-CEOs.",
        "The company also promoted Priya Adler to the position of CEO, and Tomas Brenner to the same position, "
        "Norwood Labs said.",
        "Title: Priya Adler",
    ),
    "other-order": (
        "Brackwater Foods founder Ines Carrow becomes executive chairman while Selma Ortiz and Jonah Whitlock "
        "become co-CEOs.",
        "Brackwater Foods said on Friday that Jonah Whitlock was appointed CEO, and Selma Ortiz was appointed CEO too.",
        "Title: Jonah Whitlock",
    ),
}


def _verdicts(tmp_path: Path, texts: dict[str, str], label: str) -> list[tuple[str, str]]:
    comparison = compare_texts(tmp_path, texts)
    return [(p.verdict, p.reason) for a in comparison.aspects if a.label == label for p in a.pairs]


@pytest.mark.parametrize("story", sorted(WORDINGS))
def test_a_shared_post_given_to_each_holder_is_a_variation(tmp_path: Path, story: str) -> None:
    shared, plain, label = WORDINGS[story]
    assert _verdicts(tmp_path, {"c1": shared, "p1": plain}, label) == [
        (verdicts.VARIATION, verdicts.SHARED_POST)
    ]


@pytest.mark.parametrize(
    "plain",
    [
        # the person alone named to the post
        "Norwood Labs named Priya Adler as its new CEO on Monday.",
        # the other person given another post in the same sentence
        "Norwood Labs named Priya Adler its CEO on Monday while Tomas Brenner becomes chief financial officer.",
        # the other person named as the post's former holder
        "Priya Adler, the new CEO of Norwood Labs, succeeds Tomas Brenner, its former CEO, the company said.",
    ],
)
def test_near_miss_a_post_given_to_one_person_still_contradicts(tmp_path: Path, plain: str) -> None:
    shared = WORDINGS["appointed-both"][0]
    found = _verdicts(tmp_path, {"c1": shared, "p1": plain}, "Title: Priya Adler")
    assert [v for v, _ in found] == [verdicts.CONTRADICTION], found


def _title(text: str, normalized: str, *mods: str) -> Slot:
    return Slot(kind="role", text=text, span=Span("t", 0, 3), normalized=normalized, modifiers=mods)


def test_the_rule_weighs_only_a_shared_modifier() -> None:
    co, plain = _title("co-CEO", "ceo", "co"), _title("CEO", "ceo")
    joint = _title("joint chief executive", "ceo", "joint")
    back = verdicts.shared_post_verdict(plain, co, True, False)
    assert back is not None and back.reason == verdicts.SHARED_POST
    assert verdicts.shared_post_verdict(co, plain, False, True) is not None
    assert verdicts.shared_post_verdict(co, joint, False, False) is not None  # both say it is shared
    # the plain page gives the post to this person alone: no excuse
    assert verdicts.shared_post_verdict(co, plain, False, False) is None
    # interim co-CEO against CEO: the interim still differs
    assert (
        verdicts.shared_post_verdict(_title("interim co-CEO", "ceo", "co", "interim"), plain, False, True)
        is None
    )
    # CEO against CFO: two titles, not this rule's
    assert verdicts.shared_post_verdict(co, _title("CFO", "cfo"), False, True) is None
    # without the page's evidence the title verdict stands as before
    assert verdicts.title_verdict(co, plain).kind == verdicts.CONTRADICTION
