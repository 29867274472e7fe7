"""Appointment forms left by stop 63's first round (stop 63, "titles2"): a post handed over with its title between the
verb and "to", and a successor's former post at the head of a unit the page describes rather than names.

Each form: three invented wordings (invented companies, people and days) and a near miss that looks alike but must not
be read so. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import appointment_facts, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value

# --- 1. A post handed over, its title between the verb and "to" --------------------------------------------------
# "<A> will hand the <title> role to <B>", "<A> is handing the <title> job to <B>", "<A> passes the top job to <B>":
# B is the appointee with that title (the top job is the chief executive's), A the predecessor, who resigned.


@pytest.mark.parametrize(
    ("text", "person", "leaving", "title"),
    [
        (
            "Norvale picks its next chief\n\nNorvale founder Edda Sloan will hand the CEO role to Pim Garrow in "
            "March, the company said on Tuesday.\n\nNorvale employs 3,000 people.\n",
            "Pim Garrow",
            "Edda Sloan",
            "ceo",
        ),
        (
            "Tarsel picks a successor\n\nTarsel founder Joss Marek is handing the chief executive job to Wren Alda, "
            "the lender said.\n\nTarsel shares rose 1%.\n",
            "Wren Alda",
            "Joss Marek",
            "ceo",
        ),
        (
            "Cobrin founder steps aside\n\nCobrin founder Lio Fenn passes the top job to Ota Brisk next month, "
            "the firm said.\n\nCobrin employs 800 people.\n",
            "Ota Brisk",
            "Lio Fenn",
            "ceo",
        ),
        (
            "Cobrin names a finance chief\n\nCobrin finance chief Lio Fenn handed the chief financial officer "
            "post to Ota Brisk on Monday, the firm said.\n\nCobrin employs 800 people.\n",
            "Ota Brisk",
            "Lio Fenn",
            "cfo",
        ),
    ],
)
def test_a_post_handed_over_by_its_title_goes_to_the_one_after_to(
    text: str, person: str, leaving: str, title: str
) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == title
    assert value(f, "predecessor") == leaving
    assert value(f, "departure") == "resigned"


def test_near_miss_a_thing_handed_over_that_is_no_post_names_no_appointee() -> None:
    f = facts_of(
        "Norvale gives out its awards\n\nNorvale founder Edda Sloan will hand the annual safety prize to Pim "
        "Garrow at the staff dinner, the company said.\n\nNorvale employs 3,000 people.\n"
    )
    assert f.event != "appointment" or value(f, "person") != "Pim Garrow"
    assert value(f, "predecessor") != "Edda Sloan"


def test_near_miss_the_bare_role_handed_over_leaves_the_titled_clause_to_tell_the_post() -> None:
    f = appointment_facts(
        "Norvale finance chief to leave\n\nNorvale finance chief Edda Sloan will retire in December, "
        "handing the role to her deputy Pim Garrow. Garrow will become CFO on Feb. 2, the company said.\n\n"
        "Norvale employs 3,000 people.\n"
    )
    assert value(f, "person") == "Pim Garrow"
    assert value(f, "new_title") == "cfo"
    assert value(f, "effective") == "2032-02-02"


# --- 2. A unit told by a description, or by its name and a short form ----------------------------------------------
# "<B>, who heads the company's cloud business", "<B>, the head of its cloud unit": former title "head of <the words
# as the page writes them>", lower case; "<Unit> (<ABBR>) CEO <B>": "ceo of <unit>", the bracketed short form dropped.


@pytest.mark.parametrize(
    ("text", "former"),
    [
        (
            "Norvale names a new chief\n\nNorvale chief executive Edda Sloan will step down, the company said. Pim "
            "Garrow, who heads the company's cloud business, will succeed her.\n\nNorvale employs 3,000 people.\n",
            "head of the company's cloud business",
        ),
        (
            "Tarsel names a new chief\n\nTarsel chief executive Joss Marek will retire in June, the lender said. "
            "Wren Alda, the head of its consumer lending unit, will succeed him.\n\nTarsel shares rose 1%.\n",
            "head of its consumer lending unit",
        ),
        (
            "Cobrin names a new chief\n\nCobrin chief executive Lio Fenn will step down, the firm said. Cobrin "
            "Logistics Group (CLG) CEO Ota Brisk will succeed him.\n\nCobrin employs 800 people.\n",
            "ceo of cobrin logistics group",
        ),
    ],
)
def test_the_successor_who_heads_a_described_unit_keeps_it_in_the_former_title(
    text: str, former: str
) -> None:
    f = appointment_facts(text)
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == former


@pytest.mark.parametrize(
    "text",
    [
        # another company's chief with its short form: that company's "ceo"
        "Cobrin picks an outsider\n\nCobrin chief executive Lio Fenn will step down, the firm said. Halvo Marine "
        "Systems (HMS) CEO Ota Brisk will succeed him.\n\nCobrin employs 800 people.\n",
    ],
)
def test_near_miss_another_company_with_a_short_form_stays_ceo(text: str) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == "Ota Brisk"
    assert value(f, "former_title") == "ceo"


@pytest.mark.parametrize(
    "text",
    [
        # what the successor heads is no unit of a company
        "Norvale names a new chief\n\nNorvale chief executive Edda Sloan will step down, the company said. Pim "
        "Garrow, who heads the company's annual charity drive, will succeed her.\n\nNorvale employs 3,000 people.\n",
        # a unit of another company, told by its possessive
        "Norvale picks an outsider\n\nNorvale chief executive Edda Sloan will step down, the company said. Pim "
        "Garrow, the head of Kestrel's cloud unit, will succeed her.\n\nNorvale employs 3,000 people.\n",
    ],
)
def test_near_miss_no_unit_of_the_company_gives_no_unit_post(text: str) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == "Pim Garrow"
    assert value(f, "former_title") not in (
        "head of the company's annual charity drive",
        "head of kestrel's cloud unit",
    )


# --- 2b. A named unit the page calls the company's own unit ---------------------------------------------------------
# "<B>, the head of <Name>, its <words> unit", "the chief executive of <Name>, the company's <words> arm": the name is a
# unit of the appointing company whatever its name (also where the company's name opens it and the two are read as
# one): "<title> of <name>", lower case. A region so described stays the tables' "ceo" (convention as).


@pytest.mark.parametrize(
    ("text", "former"),
    [
        (
            "Dalvik replaces its chief\n\nDalvik named Ana Feld, the head of Korvane, its fast-growing logistics "
            "unit, as chief executive on Tuesday. Rui Santos was ousted.\n\nDalvik employs 40,000 people.\n",
            "head of korvane",
        ),
        (
            "Dalvik replaces its chief\n\nDalvik named Ana Feld, the chief executive of Meru Pay, the company's "
            "payments arm, as chief executive on Tuesday. Rui Santos was ousted.\n\nDalvik employs 40,000 people.\n",
            "ceo of meru pay",
        ),
        (
            "Dalvik replaces its chief\n\nDalvik named Ana Feld, the head of Dalvik Freight, its logistics unit, "
            "as chief executive on Tuesday. Rui Santos was ousted.\n\nDalvik employs 40,000 people.\n",
            "head of dalvik freight",
        ),
    ],
)
def test_a_name_the_page_calls_the_company_s_unit_is_a_unit_in_the_former_title(
    text: str, former: str
) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == "Ana Feld"
    assert value(f, "former_title") == former


def test_near_miss_a_region_the_page_calls_its_business_stays_ceo() -> None:
    f = appointment_facts(
        "Dalvik replaces its chief\n\nDalvik named Ana Feld, the head of Dalvik Europe, its biggest business, as "
        "chief executive on Tuesday. Rui Santos was ousted.\n\nDalvik employs 40,000 people.\n"
    )
    assert value(f, "person") == "Ana Feld"
    assert value(f, "former_title") == "ceo"


# --- The new patterns stay linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("former_title", "_OF_DESCRIBED_UNIT", " of its cloud Orbitex "),
        ("former_title", "_UNIT_APPOSITIVE", ", its cloud payments "),
        ("post_org", "_SHORT_FORM_BEFORE", " (OCS) "),
        ("takers", "_HANDED_GAP", "the top chief job "),
    ],
)
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(module: str, name: str, unit: str) -> None:
    # a quadratic scan of 2 MB would take hours
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
