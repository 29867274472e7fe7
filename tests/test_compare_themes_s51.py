"""A theme's cue words read in another trade's sense (stop 51).

The FORM: "defense" and "targeting" alone are words of takeovers as much as of arms ("a takeover defense",
"a poison-pill defence", "the rival has been targeting the miner for a year"). As bare cues they labelled a
merger page's sentence "Controversy: military work" in Compare. Only their military phrases count now
("defense contracts", "the Department of Defense", "targeting algorithms"); "military", "Pentagon", weapons
and the armed forces still do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts

_TAKEOVER = {
    "one": "Tallow Mining agreed to buy Orla Metals for $9 billion. Rival Kestrel Resources had been targeting Orla "
    "for a year, and its board adopted a takeover defense in March.",
    "two": "Orla Metals agreed to a $9 billion sale to Tallow Mining. The board dropped its poison-pill defence once the "
    "price rose, and Kestrel stopped targeting the miner.",
    "three": "Tallow Mining will pay $9 billion for Orla Metals. Kestrel Resources, which spent months targeting Orla, "
    "said it would not raise its offer.",
}


@pytest.mark.parametrize("aid", sorted(_TAKEOVER))
def test_takeover_defense_and_targeting_are_no_military_theme(tmp_path: Path, aid: str) -> None:
    result = compare_texts(
        tmp_path, {aid: _TAKEOVER[aid], "other": _TAKEOVER["one" if aid != "one" else "two"]}
    )
    assert "military" not in result.profiles[aid].aspect_share


_MILITARY = {
    "contracts": "Tallow Labs raised $300 million. It sells software to armies and won defense contracts last year.",
    "pentagon": "Tallow Labs raised $300 million. Its targeting algorithms are used by the Pentagon.",
    "department": "Tallow Labs raised $300 million. The Department of Defense is its largest customer.",
}


@pytest.mark.parametrize("aid", sorted(_MILITARY))
def test_military_phrases_still_tell_the_military_theme(tmp_path: Path, aid: str) -> None:
    result = compare_texts(
        tmp_path, {aid: _MILITARY[aid], "plain": "Tallow Labs raised $300 million from Orla Capital."}
    )
    assert result.profiles[aid].aspect_share.get("military", 0) > 0


# The same FORM for "Controversy: copyright" (stop 52): "lawsuit" and "licence" alone are words of any court case
# and any licensing deal ("the regulator's lawsuit to block the merger", "a $650 million licence fee"); a merger
# blocked in court was labelled a copyright controversy in Compare. Only copyright's own words count now
# (copyright, piracy, fair use, infringement, intellectual property).
_COURT = {
    "one": "A judge blocked Tallow Foods' $9 billion purchase of Orla Markets, siding with the regulator's lawsuit.",
    "two": "Orla Markets' $9 billion sale to Tallow Foods was halted after a lawsuit by the competition regulator.",
    "three": "Tallow Foods will pay a $650 million licence fee to use Orla Markets' brands, and $9 billion for the chain.",
}


@pytest.mark.parametrize("aid", sorted(_COURT))
def test_a_lawsuit_or_a_licence_alone_is_no_copyright_theme(tmp_path: Path, aid: str) -> None:
    result = compare_texts(tmp_path, {aid: _COURT[aid], "other": _COURT["one" if aid != "one" else "two"]})
    assert "copyright" not in result.profiles[aid].aspect_share


@pytest.mark.parametrize(
    "text",
    [
        "Tallow Labs raised $300 million. Authors sued it for copyright infringement over its training data.",
        "Tallow Labs raised $300 million. A judge doubted its fair use defence in the authors' case.",
        "Tallow Labs raised $300 million. Critics say it trained on pirated books.",
    ],
)
def test_copyrights_own_words_still_make_the_theme(tmp_path: Path, text: str) -> None:
    result = compare_texts(
        tmp_path, {"one": text, "other": "Tallow Labs raised $300 million from Orla Capital."}
    )
    assert "copyright" in result.profiles["one"].aspect_share
