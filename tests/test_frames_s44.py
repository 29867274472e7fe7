"""Frame rules of stop 44 (tui/analysis/compare/frames.yaml), one invented sentence at a time.

The form, from coverage of a big company paying for a startup's people and a licence to its
technology, no stake taken (issue 12; the tables code such a deal economic, as a purchase): an
acquihire or a licensing deal named, a licence to a company's technology, and a team hired from
another company are the deal's cost (E2) even where no price is told. Near-misses: a licence that is
no technology's (a driving licence), staff hired with no company they come from, and a single
company hiring are not.
"""

from __future__ import annotations

from tests.test_frames_rules import _items


def test_an_acquihire_or_a_licensing_deal_is_the_deals_cost() -> None:
    assert "E2" in _items("The hiring is the sector's latest acquihire, the third this year.", actors=0)
    assert "E2" in _items("The licensing deal gives the buyer access to the startup's models.", actors=1)
    assert "E2" in _items("Kestrel will pay licensing fees to the app maker for five years.", actors=1)


def test_a_licence_to_technology_is_the_deals_cost() -> None:
    assert "E2" in _items(
        "As part of the deal, Kestrel takes a non-exclusive license to some of Orla's technology.", actors=2
    )
    assert "E2" in _items("Orla will licence its software to the group for three years.", actors=2)
    # near-miss: a licence that is no right to a company's technology
    assert "E2" not in _items("The driver lost his licence after the crash on the motorway.", actors=1)


def test_a_team_hired_from_another_company_is_the_deals_cost() -> None:
    assert "E2" in _items(
        "Kestrel has hired several key staff members from the coding startup Orla, a spokesperson said.",
        actors=2,
    )
    assert "E2" in _items("Kestrel brought in a dozen engineers from Orla on Friday.", actors=2)
    # near-misses: staff hired with no company they come from, or one company alone
    assert "E2" not in _items("Kestrel has hired 500 engineers for its new plant in Ohio.", actors=1)
    assert "E2" not in _items("The chain hired seasonal staff from the town for the holidays.", actors=1)
