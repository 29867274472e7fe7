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
