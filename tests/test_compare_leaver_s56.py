"""The one leaving a post is not among those who share it afterwards (issue 12, stop 56), pinned on
invented stories: three wordings and a near miss.

"X and Y, Z's deputies, become co-CEOs" may come out of the extractor with Z both as the predecessor
(the one leaving the post) and among the co-holders of the new post. The comparison reads the page's
facts as a whole: a co-holder who is also the page's predecessor holds nothing new
(aspects.fact_memberships), and a shared post the page's roles give the predecessor is not his title
(aspects._shared_post_of_leaver). Before, his row read the successors' "co-CEOs" against every other
page's "CEO", a contradiction on each pair. Near miss: the real co-holders keep the shared post.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import verdicts

#: (the page of the shared post, the leaver's row, a co-holder's row)
WORDINGS = {
    "deputies-after": (
        "Ivo Kessler, the founder of Norwood Labs, has stepped down as chief executive. Former Kestrel chief "
        "Tomas Brenner and Priya Adler, Kessler's most trusted deputies, will now become the company's co-CEOs.",
        "Title: Ivo Kessler",
        "Title: Priya Adler",
    ),
    "named-on-a-day": (
        "Hollis Grant has resigned as chief executive of Pellmarch Insurance. Rita Vance and Owen Doyle, "
        "Grant's longtime deputies, were named co-CEOs on Wednesday.",
        "Title: Hollis Grant",
        "Title: Owen Doyle",
    ),
    "leaver-last": (
        "Rita Vance and Owen Doyle, Hollis Grant's most senior executives, will become Pellmarch Insurance's "
        "co-CEOs after Grant stepped down as CEO on Wednesday.",
        "Title: Hollis Grant",
        "Title: Rita Vance",
    ),
}
#: The other page: the leader and the post he leaves.
OTHER = {
    "Title: Ivo Kessler": "Ivo Kessler, who has led Norwood Labs as CEO since 1998, has stepped aside.",
    "Title: Hollis Grant": "Hollis Grant, who has run Pellmarch Insurance as CEO since 2009, has stepped aside.",
}


@pytest.mark.parametrize("story", sorted(WORDINGS))
def test_the_leaver_does_not_take_the_successors_shared_post(tmp_path: Path, story: str) -> None:
    page, leaver, co_holder = WORDINGS[story]
    comparison = compare_texts(tmp_path, {"c1": page, "p1": OTHER[leaver]})
    rows = {a.label: a for a in comparison.aspects if a.cls == "leadership"}
    shown = rows[leaver].cells["c1"].slot
    assert shown is None or "co" not in shown.modifiers, shown
    assert all(p.verdict != verdicts.CONTRADICTION for p in rows[leaver].pairs), rows[leaver].pairs
    # near miss: a co-holder the page does not tell leaving keeps the shared post
    held = rows[co_holder].cells["c1"].slot
    assert held is not None and "co" in held.modifiers and held.normalized == "ceo"
