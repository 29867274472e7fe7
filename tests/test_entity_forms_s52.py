"""Entity forms on unseen text (stop 52, "entities"): one general rule per class of wording.

Forms found on coverage of a merger halted by courts and of a state fund's minority stake. Every
sentence here is invented (other trades, names, places and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read so.
"""

from __future__ import annotations

from tests.factories import analyse_article, cpu_to_scan_a_long_line, plain_article
from tests.factories import entity_types as names
from tui.analysis.extract import entities

ORG = "organization"
PERSON = "person"
SOMEONE = (ORG, PERSON, "outlet")


def someone(text: str) -> set[str]:
    """The names the article types a person, an organization or an outlet."""
    return {n for n, t in names(text).items() if t in SOMEONE}


def forms_of(text: str, name: str) -> set[str]:
    """Every form under which the article names the entity called `name` (its name and aliases)."""
    for e in analyse_article(plain_article(text)).entities:
        if e.name == name or name in e.aliases:
            return {e.name, *e.aliases}
    return set()


# --- 18. a judge's or a prince's title opened by its qualifier and its seat's place -------------------
# The FORM: "<Place> District Judge X", "<City>, <ST> Federal Judge", "Crown Prince X": the words before a
# judge's, a justice's or a prince's title are the title's own qualifier (a court's level, the crown)
# and the place of its seat, no one whose title it is. NEAR MISSES: a company's name before a title
# keeps a word of its own ("Harbour Federal CEO"); a qualifier before another title is not looked at.


def test_a_state_and_a_court_level_before_judge_name_no_one() -> None:
    text = "Ruling\n\nOhio District Judge Marta Quell ruled that the tie-up of Corvane Foods and Brisa Markets could not go ahead."
    got = someone(text)
    assert "Ohio District" not in got and "Marta Quell" in got, got


def test_a_city_and_a_state_code_before_federal_judge_name_no_one() -> None:
    text = "Ruling\n\nA Tulsa, OK Federal Judge on Monday halted the planned purchase of Brisa Markets by Corvane Foods."
    got = someone(text)
    assert not {"OK Federal", "OK", "Federal"} & got and "Corvane Foods" in got, got


def test_crown_before_prince_names_no_body() -> None:
    text = (
        "Fund\n\nThe fund, chaired by Crown Prince Khalid bin Faisal, bought 3% of Halvard Games last month."
    )
    got = someone(text)
    assert "Crown" not in got and "Halvard Games" in got, got


def test_near_miss_a_company_before_a_managers_title_stays_a_company() -> None:
    text = "Bank\n\nHarbour Federal CEO Ana Ruiz said the lender would close nine branches."
    assert names(text).get("Harbour Federal") == ORG, names(text)
