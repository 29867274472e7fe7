"""Entity forms the fitted bench's own entity misses showed (stop 53, second round, "srcs2"). Every sentence
here is invented (other trades, names, places and figures than any story of the bench); the expectations are
written by hand, each form in three wordings and near misses.
"""

from __future__ import annotations

from tests.factories import entity_types as names

ORG = "organization"
PERSON = "person"
SOMEONE = (ORG, PERSON, "outlet")


def someone(text: str) -> set[str]:
    """The names the article types a person, an organization or an outlet."""
    return {n for n, t in names(text).items() if t in SOMEONE}


# --- (a) a body named for two fields joined by "and" ----------------------------------------------------------
# The FORM: "<Place?> <Institute|Center|Association|Union|...> of|for <Field> and <Field>": a body's head, "of"
# or "for", one or two words of a field, "and", one or two more ("Physics and Technology", "Strategic and
# International Studies", "Bakers and Confectioners") is one name, not a body cut at "and" and a field left
# as a second one. NEAR MISSES: a second body after "and" ("the Department of Energy and Orla Foods", "the
# Ministry of Defence and Parliament", "the Institute of Physics and Google") stays two names.


def test_a_place_institute_of_two_sciences_is_one_name() -> None:
    got = someone(
        "Farm news\n\nThe founder studied at the Oslo Institute of Physics and Technology before joining Orla Foods."
    )
    assert "Oslo Institute of Physics and Technology" in got and "Oslo Institute of Physics" not in got, got


def test_a_center_for_two_fields_is_one_name() -> None:
    got = someone(
        "Farm news\n\nA fellow at the Centre for Policy and Economics in Leeds called the merger bold."
    )
    assert "Centre for Policy and Economics" in got and "Economics" not in got, got


def test_a_union_of_two_trades_opening_its_sentence_is_one_name() -> None:
    got = someone("Farm news\n\nThe Union of Bakers and Confectioners opposed the plan by Orla Foods.")
    assert "Union of Bakers and Confectioners" in got and "Confectioners" not in got, got


def test_near_miss_an_office_and_a_company_stay_two_names() -> None:
    got = someone("Farm news\n\nThe Department of Energy and Orla Foods signed a supply deal.")
    assert {"Department of Energy", "Orla Foods"} <= got, got


def test_near_miss_an_institute_and_a_known_company_stay_two_names() -> None:
    got = someone("Farm news\n\nThe Institute of Physics and Google signed a deal with Orla Foods.")
    assert {"Institute of Physics", "Google"} <= got, got


def test_near_miss_a_ministry_and_parliament_stay_two_names() -> None:
    got = someone(
        "Farm news\n\nThe Ministry of Defence and Parliament disagreed over the sale of Orla Foods."
    )
    assert "Ministry of Defence and Parliament" not in got, got


# --- (b) such a union with its branch after it ---------------------------------------------------------------
# The FORM: "<Union|Association|Federation> of <trade> and <trade> <Local|District|Lodge> <number>": the branch and
# its number close the one name (the fields before the branch are read as in (a)). NEAR MISS: a company with
# a branch number after "and" ("the Department of Labor and Orla Foods Local 12") stays apart.


def test_a_union_of_two_trades_with_its_local() -> None:
    got = someone(
        "Farm news\n\nMembers of the National Union of Bakers and Confectioners Local 12 voted to strike at Orla Foods."
    )
    assert "National Union of Bakers and Confectioners Local 12" in got, got


def test_a_federation_of_two_trades_with_its_district() -> None:
    got = someone(
        "Farm news\n\nThe Federation of Welders and Pipefitters District 40 backed the bid for Orla Foods."
    )
    assert "Federation of Welders and Pipefitters District 40" in got, got


def test_an_association_of_two_trades_with_its_lodge() -> None:
    got = someone(
        "Farm news\n\nA vote by the Association of Millers and Engineers Lodge 9 delayed the sale of Orla Foods."
    )
    assert "Association of Millers and Engineers Lodge 9" in got, got


def test_near_miss_an_office_and_a_company_s_local() -> None:
    got = someone("Farm news\n\nThe Department of Labor and Orla Foods Local 12 settled the pay claim.")
    assert not any(n.startswith("Department of Labor and") for n in got), got
