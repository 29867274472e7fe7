"""A post of two joined titles read whole is shared in either part (stop 61, "sole61"), pinned on invented stories:
three wordings and a near miss.

The extractor reads "sole president and chief operating officer" as one post, "president and coo" (before, cut to
"president"). The one leaving it, called "co-president" on that page, held the post with the appointee: the
comparison's test of a shared post the page's roles give the one leaving (aspects._shared_post_of_leaver) and of who
holds which post (aspects.PostHolders) read each part of the joined post, so the leaver's "co-president" is no title
set against another page's "president". Near miss: a page that tells no joined post keeps its reading.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import verdicts

#: (the page of the post held alone, the other page, the leaver's row)
WORDINGS = {
    "left-as-sole": (
        "Kestrel Bank said on Monday that Sam Okafor, its co-president and co-chief operating officer, will retire, "
        "leaving Dana Ruiz as sole president and chief operating officer.",
        "Sam Okafor, the president of Kestrel Bank, will retire in May, the bank said on Monday.",
        "Title: Sam Okafor",
    ),
    "making-sole": (
        "Pellan Foods said on Tuesday that its co-president, Marco Dell, will retire in May, making Ida Rusk sole "
        "president and chief financial officer.",
        "Marco Dell, president of Pellan Foods, is retiring after 20 years, the company said.",
        "Title: Marco Dell",
    ),
    "held-alone": (
        "Lena Varga, co-president and co-chief operating officer at Orbitex, is retiring. The group said Tomas "
        "Brenner will now continue in the role alone.",
        "Orbitex president Lena Varga will retire next month, the group said.",
        "Title: Lena Varga",
    ),
}


@pytest.mark.parametrize("story", sorted(WORDINGS))
def test_the_leavers_share_of_a_joined_post_is_no_contradiction(tmp_path: Path, story: str) -> None:
    page, other, leaver = WORDINGS[story]
    comparison = compare_texts(tmp_path, {"c1": page, "p1": other})
    rows = {a.label: a for a in comparison.aspects if a.cls == "leadership"}
    assert leaver in rows
    assert all(p.verdict != verdicts.CONTRADICTION for p in rows[leaver].pairs), rows[leaver].pairs


def test_near_miss_a_co_title_against_a_plain_one_with_no_joined_post_still_contradicts(
    tmp_path: Path,
) -> None:
    comparison = compare_texts(
        tmp_path,
        {
            "c1": "Kestrel Bank co-president Sam Okafor spoke at a conference in Denver on Monday.",
            "p1": "Kestrel Bank president Sam Okafor spoke at a conference in Denver on Monday.",
        },
    )
    rows = {a.label: a for a in comparison.aspects if a.cls == "leadership"}
    assert any(p.verdict == verdicts.CONTRADICTION for p in rows["Title: Sam Okafor"].pairs)
