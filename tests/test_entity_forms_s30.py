"""Names that named no one, or half a name, on deal pages (stop 30, issue 11, "facts").

A government office written "<Head> of A and B" is one name; a capitalised office title before a
person ("National Security Adviser") is a title, no organisation; a region's adjective ("Middle
Eastern firm") and a region ("the Gulf") name no organisation. Sentences written for this file; the
expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.test_entity_precision import types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The firm held talks with the Bureau of Industry and Security last year.",
            "Bureau of Industry and Security",
        ),
        ("Orbitex met the Ministry of Trade and Industry on Monday.", "Ministry of Trade and Industry"),
    ],
)
def test_an_office_of_two_fields_is_one_name(text: str, name: str) -> None:
    got = types(text)
    assert got.get(name) == "organization", got


def test_an_office_and_a_company_stay_two_names() -> None:
    got = types("Orbitex met the Department of Justice and Microsoft on Monday.")
    assert "Microsoft" in got, got
    assert not any(n.endswith("and Microsoft") for n in got), got


@pytest.mark.parametrize(
    "text",
    [
        "K7 is part of the empire of Velland National Security Adviser Sheikh Omar bin Rashid.",
        "The deal was cleared by National Security Advisor Dana Holt, officials said.",
    ],
)
def test_a_capitalised_office_title_is_no_organization(text: str) -> None:
    got = types(text)
    assert not any("Security Advis" in n for n in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Orbitex will invest in Kestrel. The deal follows talks between the US and the Middle Eastern "
        "firm last year.",
        "Orbitex will invest in Kestrel. Several Latin American lenders joined the round.",
        "Orbitex will invest in Kestrel, one of the largest deals in the Gulf this year.",
    ],
)
def test_a_region_or_its_adjective_is_no_organization(text: str) -> None:
    got = types(text)
    assert [n for n, t in got.items() if t == "organization"] == ["Orbitex", "Kestrel"], got
