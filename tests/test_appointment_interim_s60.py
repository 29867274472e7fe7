"""A chair made chief executive with an interim chief until the start (stop 60, "interim60"): the chair is the
appointee and the finance chief the interim holder, never the other way round; the day the news is announced apart
from the day the new chief starts; a company that replaced its own chief is an ouster, the resignation of a named
person names the one leaving, and the chair of the board set off before a name is that person's former title; with
the near misses that must stay out.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
days and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import appointment_facts, facts_of
from tests.factories import slot_value as value

#: The day the dated stories below are published: a Wednesday.
PAGE_DAY = dt.date(2031, 6, 18)

# --- 1. a chair made chief, an interim chief until then ------------------------------------------------------------------
# The shape: <Co> announced that CEO <A> has resigned and that <Chair> <B> will step in as CEO and president on <day>;
# <CFO> <C> will serve as interim CEO (until then). B is the appointee (a permanent chief; former title chair), C the
# interim holder; A the one leaving. Never C the appointee with B's former post, never B's post read as interim. Not a
# page whose only new chief is the interim one.


@pytest.mark.parametrize(
    ("text", "person", "interim", "leaving"),
    [
        (
            "Orbitex changes its chief\n\nOrbitex announced that chief executive Lena Varga has resigned and that "
            "board chairman Tomas Brenner will step in as CEO and president effective Oct. 6.\n\nFinance chief Ida "
            "Rusk will serve as interim CEO until then, the company said.\n",
            "Tomas Brenner",
            "Ida Rusk",
            "Lena Varga",
        ),
        (
            "Pellan Foods shake-up\n\nPellan Foods said its CEO Marco Dell had quit and that Chairman Ruth Oyelaran "
            "will take over as president and chief executive on Nov. 3. Chief Financial Officer Sam Kerr will serve "
            "as interim CEO in the weeks before she starts.\n",
            "Ruth Oyelaran",
            "Sam Kerr",
            "Marco Dell",
        ),
        (
            "Dalvik Energy names chairman to top job\n\nDalvik Energy's chief executive Jon Aas is stepping down, "
            "and Chairman Peter Lunde will become CEO on Sept. 1, the group said on Friday.\n\nUntil then, chief "
            "financial officer Hana Moss will serve as interim CEO.\n",
            "Peter Lunde",
            "Hana Moss",
            "Jon Aas",
        ),
    ],
)
def test_the_chair_is_the_appointee_and_the_finance_chief_the_interim(
    text: str, person: str, interim: str, leaving: str
) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert value(f, "modifier") == "permanent"
    assert value(f, "former_title") == "chair"
    assert value(f, "interim") == interim
    assert value(f, "predecessor") == leaving


def test_near_miss_an_interim_chief_alone_stays_interim() -> None:
    f = appointment_facts(
        "Orbitex chief quits\n\nOrbitex announced that chief executive Lena Varga has resigned and that finance "
        "chief Ida Rusk will serve as interim CEO while the board searches for a successor.\n"
    )
    assert value(f, "person") == "Ida Rusk"
    assert value(f, "modifier") == "interim"
    assert value(f, "predecessor") == "Lena Varga"


# --- 2. the day announced and the day the post starts -------------------------------------------------------------------
# The shape: <Co> announced <weekday> that ... will take over as CEO on <month day>; <Co> said on <weekday> ... effective
# <month day>. On a dated page the event's date is the weekday the page's top tells the news by (the last such day on
# or before the page's date), the effective date the day the post starts. Not a weekday told ahead ("will take over
# on Monday": the start, both slots); a page that tells no day of the news, or an undated one (no weekday is
# resolved: rule h), has no date, only the start.


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Orbitex names new chief\n\nOrbitex announced Monday that its chairman, Tomas Brenner, will take over as "
            "chief executive on Aug. 4.\n",
            "2031-08-04",
        ),
        (
            "Pellan Foods picks chief\n\nChief Financial Officer Ruth Oyelaran will become CEO of Pellan Foods "
            "effective July 1, the company said on Monday, after Marco Dell resigned.\n",
            "2031-07-01",
        ),
        (
            "Dalvik Energy leadership\n\nThe board of Dalvik Energy said Monday that Jon Aas will resign at once. "
            "Director Peter Lunde will become president and CEO on September 15.\n",
            "2031-09-15",
        ),
    ],
)
def test_the_announced_weekday_is_the_date_and_the_start_the_effective_day(text: str, start: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "date") == "2031-06-16"  # the Monday before the Wednesday page
    assert value(f, "effective") == start


def test_near_miss_a_weekday_told_ahead_is_the_start() -> None:
    f = appointment_facts(
        "Orbitex names new chief\n\nTomas Brenner will take over as chief executive of Orbitex on Monday, "
        "replacing Lena Varga.\n",
        date=PAGE_DAY,
    )
    assert value(f, "effective") == "2031-06-23"
    assert value(f, "date") == "2031-06-23"


def test_near_miss_no_day_of_the_news_leaves_the_date_empty() -> None:
    f = appointment_facts(
        "Orbitex names new chief\n\nOrbitex said its chairman, Tomas Brenner, will take over as chief executive "
        "on Aug. 4, replacing Lena Varga.\n",
        date=PAGE_DAY,
    )
    assert value(f, "effective") == "2031-08-04"
    assert value(f, "date") is None  # the start is no day of the news


def test_near_miss_an_undated_page_resolves_no_weekday() -> None:
    f = appointment_facts(
        "Orbitex names new chief\n\nOrbitex announced Monday that its chairman, Tomas Brenner, will take over as "
        "chief executive on Aug. 4.\n",
        date=None,
    )
    assert value(f, "effective") == "--08-04"
    assert value(f, "date") is None


# --- 3. an ouster, a resignation named, a chair of the board set off ----------------------------------------------------
# The shapes: (a) <Co> (on <day>) replaced its (embattled) <title> <A> -> A forced out, also beside a headline's
# "resigns" (the body's word decides); not "is considering replacing its CEO A" (weighed, nothing done), nor a person
# who replaced its chief (a succession). (b) following the resignation of <A> -> A the one leaving, resigned; not the
# appointee named before it. (c) the current chairman of the board, <B>, will become CEO -> B's former title chair.


@pytest.mark.parametrize(
    "text",
    [
        "Orbitex chief resigns\n\nOrbitex on Tuesday replaced its embattled chief executive Lena Varga and named "
        "Chairman Tomas Brenner as her successor.\n",
        "Pellan Foods CEO quits\n\nPellan Foods has replaced its longtime CEO, Marco Dell, after a year of losses. "
        "Ruth Oyelaran will take over as chief executive in May.\n",
        "Dalvik Energy boss steps down\n\nChairman Peter Lunde will run Dalvik Energy as its chief executive after "
        "the group replaced its president Jon Aas on Friday, people close to the board said.\n",
    ],
)
def test_a_company_that_replaced_its_chief_forced_them_out(text: str) -> None:
    f = appointment_facts(text)
    assert value(f, "departure") == "forced_out"


@pytest.mark.parametrize(
    "text",
    [
        "Orbitex weighs change\n\nOrbitex is considering replacing its chief executive Lena Varga after a weak "
        "year, and Tomas Brenner is seen as a candidate.\n",
        "Pellan Foods names chief\n\nRuth Oyelaran, who in 2024 replaced its then chief executive Marco Dell at "
        "Pellan Foods, will become chairman. Sam Kerr will become CEO.\n",
    ],
)
def test_near_miss_a_replacement_weighed_or_told_of_a_person_is_no_ouster(text: str) -> None:
    assert value(facts_of(text), "departure") != "forced_out"


@pytest.mark.parametrize(
    ("text", "leaving"),
    [
        (
            "Orbitex names chief\n\nThe board of Orbitex has named director Tomas Brenner as CEO, following the "
            "resignation of Lena Varga from her posts, the company said.\n",
            "Lena Varga",
        ),
        (
            "Pellan Foods picks chief\n\nPellan Foods accepted the resignation of Marco Dell on Monday and appointed "
            "Ruth Oyelaran chief executive.\n",
            "Marco Dell",
        ),
        (
            "Dalvik Energy names CEO\n\nAfter the resignation of Jon Aas as chief executive, Dalvik Energy named its "
            "chairman, Peter Lunde, to the post.\n",
            "Jon Aas",
        ),
    ],
)
def test_the_resignation_of_a_named_person_names_the_one_leaving(text: str, leaving: str) -> None:
    f = appointment_facts(text)
    assert value(f, "predecessor") == leaving
    assert value(f, "person") != leaving
    assert value(f, "departure") == "resigned"


def test_near_miss_a_resignation_long_ago_names_no_one_leaving() -> None:
    f = appointment_facts(
        "Orbitex names chief\n\nOrbitex named Tomas Brenner chief executive on Monday. He joined the board in 2019, "
        "two years after the resignation of Lena Varga in 2017.\n"
    )
    assert value(f, "person") == "Tomas Brenner"
    assert value(f, "predecessor") != "Lena Varga"


@pytest.mark.parametrize(
    "text",
    [
        "Orbitex names chief\n\nThe current chairman of the board, Tomas Brenner, will become CEO of Orbitex on "
        "Aug. 4, the company said.\n",
        "Pellan Foods picks chief\n\nPellan Foods said the chairwoman of the board, Ruth Oyelaran, will take over "
        "as chief executive after Marco Dell retires.\n",
        "Dalvik Energy names CEO\n\nDalvik Energy named its chairman of the board, Peter Lunde, as chief executive "
        "to succeed Jon Aas.\n",
    ],
)
def test_the_chair_of_the_board_set_off_before_a_name_is_their_former_title(text: str) -> None:
    f = appointment_facts(text)
    assert value(f, "former_title") == "chair"
    assert value(f, "new_title") == "ceo"


def test_near_miss_the_chair_of_the_board_of_another_person_is_not_the_appointees() -> None:
    f = appointment_facts(
        "Orbitex names chief\n\nFinance chief Ida Rusk will become CEO of Orbitex, the chairman of the board, "
        "Tomas Brenner, said on Monday.\n"
    )
    assert value(f, "person") == "Ida Rusk"
    assert value(f, "former_title") == "cfo"


# --- every new pattern stays linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("appointment_sentences", "_CLAUSE", " and  and that and, that "),
        ("departure", "_REPLACED_ITS", "has has replaced replaced its  their "),
        ("departure", "_NOUN_SUBJECT", "the the group it on on friday "),
        ("departure", "_DESCRIBING_WORD", "embattled-long time "),
        ("former_title", "TITLE_TO_NAME", ", ,  , (CEO) "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


def test_near_miss_a_death_told_by_its_weekday_is_no_announcement() -> None:
    f = appointment_facts(
        "Orbin Trust names chair\n\nOrbin Trust named Jonas Vell chairman, after the death of Otto Vell on Monday. "
        "Jonas Vell will take over as chairman on July 1, the trust said.\n",
        date=PAGE_DAY,
    )
    assert value(f, "effective") == "2031-07-01"
    assert value(f, "date") != "2031-06-16"
