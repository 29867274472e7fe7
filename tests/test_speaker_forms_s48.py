"""Who said it and who is cited, in forms the stop-47 unseen pair (a spin-off by demerger, a bank rescue
brokered by a state) showed (issue 11, stop 48). Every text here is invented; each form is written down
as a general shape, with three wordings that differ from the pages that showed it and from each other,
and at least one near miss that must not be read so.
"""

from __future__ import annotations

from tests.factories import sources_of

_HEAD = "Tallow buys Brenvik\n\nTallow agreed to buy Brenvik for $2 billion on Monday.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


def _names(text: str) -> set[str]:
    return {name for name, _ in sources_of(text)}


# --- a told criticism cites its critics ---------------------------------------------------------------------
# The FORM: "<party> has come under fire from <group> and <group>", "drew criticism from <group>", "was
# criticised by <group>": the critics are cited (as groups), each one of a pair apart. "Came under fire"
# with no one after "from", and a fire that broke out, cite no one.


def test_under_fire_from_two_groups_cites_each() -> None:
    text = _story(
        "The Harbour government came under fire from bondholders and foreign regulators for the rescue."
    )
    assert {("bondholders", "group"), ("foreign regulators", "group")} <= sources_of(text)


def test_drew_criticism_from_a_group_cites_it() -> None:
    text = _story("The plan drew sharp criticism from unions, who want the plant kept open.")
    assert ("unions", "group") in sources_of(text)


def test_criticised_by_a_group_cites_it() -> None:
    text = _story("Tallow was criticised by investors over the price it agreed to pay.")
    assert ("investors", "group") in sources_of(text)
    assert "Tallow" not in _names(text)


def test_has_come_under_fire_from_analysts_and_lawmakers_cites_both() -> None:
    text = _story(
        "Brenvik has come under fire from analysts and local lawmakers for the way it sold the mine."
    )
    assert {("analysts", "group"), ("local lawmakers", "group")} <= sources_of(text)


def test_near_miss_under_fire_with_no_critics_cites_no_one() -> None:
    text = _story("The Harbour government came under fire last week over the rescue.")
    assert sources_of(text) == set()


def test_near_miss_a_fire_that_broke_out_cites_no_one() -> None:
    text = _story("A fire broke out from the kitchen of the plant on Sunday.")
    assert sources_of(text) == set()
