"""A chair made chief executive, other wordings (stop 60, "chairceo2"): the chair named chief by a participle over
their label ("naming chairman X CEO"), with the finance chief serving as interim chief in an absolute "with" clause;
the chair assuming "the positions of" the chief; the chair set off after the name ("X, the board's chairman"); and
a company that replaced its chief on a page that also says the chief will step down. With the near misses that
must stay out.

Each form: three invented wordings (other companies, people, days and sentence orders than the coverage's) and a
near miss. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import appointment_facts, entity_types, facts_of
from tests.factories import slot_value as value

# --- 1. "naming chairman <B> CEO ..., with <CFO> <C> serving as interim CEO until then" -------------------------------
# B is the appointee (permanent, former title chair), C the interim holder, A (whose resignation is accepted) the one
# leaving. Not the naming verb's object taken for the interim holder; not a page whose only new chief is interim.


@pytest.mark.parametrize(
    ("text", "person", "interim", "leaving"),
    [
        (
            "Veltrax names chairman CEO\n\nVeltrax said on Monday it had accepted the resignation of Anna Holm, "
            "naming chairman Erik Vale CEO and president effective March 2, with chief financial officer Mia Tran "
            "serving as interim CEO until then.\n",
            "Erik Vale",
            "Mia Tran",
            "Anna Holm",
        ),
        (
            "Brontal shake-up\n\nBrontal accepted the resignation of its chief executive Karl Osei on Thursday, "
            "appointing chairwoman Nadia Petrov president and CEO from April 1, with finance chief Leo Brandt "
            "acting as interim CEO in the meantime.\n",
            "Nadia Petrov",
            "Leo Brandt",
            "Karl Osei",
        ),
        (
            "Quorvane leadership\n\nWith chief executive Ines Lamar gone, Quorvane is naming chairman Paul Ridd "
            "CEO effective May 5, with CFO Tara Quill serving as interim CEO until he starts, the company said.\n",
            "Paul Ridd",
            "Tara Quill",
            None,
        ),
    ],
)
def test_the_chair_named_over_a_label_is_the_appointee_and_the_with_clause_the_interim(
    text: str, person: str, interim: str, leaving: str | None
) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert value(f, "modifier") == "permanent"
    assert value(f, "former_title") == "chair"
    assert value(f, "interim") == interim
    if leaving is not None:
        assert value(f, "predecessor") == leaving


def test_the_person_named_after_a_label_is_a_person() -> None:
    got = entity_types(
        "Veltrax said it was naming chairman Erik Vale CEO after the resignation of Anna Holm.\n"
    )
    assert got.get("Erik Vale") == "person"


def test_near_miss_with_clause_of_no_person_gives_no_interim() -> None:
    f = appointment_facts(
        "Veltrax names chairman CEO\n\nVeltrax said on Monday it had accepted the resignation of Anna Holm, "
        "naming chairman Erik Vale CEO and president, with an interim CEO to be picked later.\n"
    )
    assert value(f, "person") == "Erik Vale"
    assert value(f, "interim") is None


# --- 2. "<Chair> <B> will assume the positions of CEO and president on <day>; <CFO> <C> will serve as interim CEO" --
# The plural post noun ("the positions of", "the posts of", "the jobs of") makes the title a new post as the singular
# does. Not a title after "the position of" told as held ("held the positions of ... until 2020").


@pytest.mark.parametrize(
    ("text", "person", "interim"),
    [
        (
            "Veltrax leadership\n\nThe current chairman of the board Erik Vale will assume the positions of CEO and "
            "president on March 2; financial director Mia Tran will serve as interim CEO until that date.\n",
            "Erik Vale",
            "Mia Tran",
        ),
        (
            "Brontal changes chief\n\nChairwoman Nadia Petrov will take up the posts of chief executive and "
            "president at Brontal on April 1, the company said. Finance chief Leo Brandt is to serve as interim "
            "CEO until then.\n",
            "Nadia Petrov",
            "Leo Brandt",
        ),
        (
            "Quorvane leadership\n\nQuorvane chairman Paul Ridd is to take on the jobs of CEO and president from "
            "May 5. Until then, CFO Tara Quill will serve as interim CEO.\n",
            "Paul Ridd",
            "Tara Quill",
        ),
    ],
)
def test_the_chair_assuming_the_positions_of_chief_is_the_appointee(
    text: str, person: str, interim: str
) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert value(f, "modifier") == "permanent"
    assert value(f, "former_title") == "chair"
    assert value(f, "interim") == interim


def test_near_miss_positions_held_before_are_no_new_post() -> None:
    f = appointment_facts(
        "Veltrax names chief\n\nVeltrax named Erik Vale chief executive on Monday. Vale has served in the "
        "positions of chairman and president since 2019.\n"
    )
    assert value(f, "person") == "Erik Vale"
    assert value(f, "new_title") == "ceo"


# --- 3. "<B>, the board's chairman, will step in as CEO and president" --------------------------------------------
# B's former title is chair (the label set off after the name), never the new title's CEO.


@pytest.mark.parametrize(
    "text",
    [
        "Veltrax leadership\n\nAnna Holm has resigned as chief executive of Veltrax. Erik Vale, the board's "
        "chairman, will step in as CEO and president, the company said.\n",
        "Brontal names chief\n\nNadia Petrov, the company's chairwoman, will step in as chief executive of Brontal "
        "after Karl Osei leaves on Friday.\n",
        "Quorvane chief quits\n\nQuorvane said on Tuesday that Paul Ridd, its board chairman, would step in as CEO, "
        "replacing Ines Lamar.\n",
    ],
)
def test_the_chair_set_off_after_the_name_is_the_former_title(text: str) -> None:
    f = appointment_facts(text)
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == "chair"


def test_near_miss_a_chair_set_off_after_another_name_is_not_the_appointees() -> None:
    f = appointment_facts(
        "Veltrax names chief\n\nFinance chief Mia Tran will step in as CEO of Veltrax, Erik Vale, the board's "
        "chairman, said on Monday.\n"
    )
    assert value(f, "person") == "Mia Tran"
    assert value(f, "former_title") == "cfo"


# --- 4. "<Co> has replaced its embattled chief executive" (no name) beside "<A> will step down" ---------------------
# The company's own replacement of its chief, the one leaving named in another sentence, decides: forced out,
# whatever the softer "step down" of the other sentences. Not a page where no replacement is told.


@pytest.mark.parametrize(
    "text",
    [
        "Veltrax chief to step down\n\nAnna Holm will step down as chief executive of Veltrax, the company said on "
        "Monday. Veltrax has replaced its embattled chief executive after months of losses, and chairman Erik Vale "
        "will take over.\n",
        "Brontal CEO to go\n\nKarl Osei is to step down as chief executive of Brontal on Friday. The board said "
        "chairwoman Nadia Petrov would run the firm. Brontal replaced its longtime CEO amid a slump in sales.\n",
        "Quorvane boss steps down\n\nQuorvane has replaced its chief executive, the company said on Tuesday, "
        "naming chairman Paul Ridd to the post. Ines Lamar, who led Quorvane for six years, will step down on "
        "June 1.\n",
    ],
)
def test_a_company_that_replaced_its_unnamed_chief_forced_them_out_beside_step_down(text: str) -> None:
    assert value(facts_of(text), "departure") == "forced_out"


def test_near_miss_a_chief_who_will_step_down_and_no_replacement_told_is_not_forced_out() -> None:
    f = facts_of(
        "Veltrax chief to step down\n\nAnna Holm will step down as chief executive of Veltrax at the end of the "
        "month, the company said on Monday, and chairman Erik Vale will take over.\n"
    )
    assert value(f, "departure") != "forced_out"


# --- every widened pattern stays linear -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("new_post", "_NEW_TITLE_BEFORE", "positions of posts of jobs of the "),
        ("new_post", "_TOLD_SUBJECT_BEFORE", ", with with his a, "),
        ("departure", "_TITLE_UNNAMED", "  , after  with "),
        ("titles", "_OWN_CLAUSE_END", ", with , as , "),
    ],
)
def test_the_widened_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
