"""A restructuring's cut told as positions affected, an earlier estimate beside the current one, a share of those
affected, a share told in a deck line, a unit named beside its parent (stop 47, "facts").

Forms of coverage that defeated the layoff facts on a company's restructuring no rule had seen (positions affected
rather than jobs cut, bases of the parts, an estimate raised later). Each form is written first as a general shape,
then tested here with three invented wordings (other companies, people, numbers and sentence shapes than the
coverage's) and at least one near miss that must not be read that way. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_hedge as hedge
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 11, 13)


def facts_of(text: str) -> EventFacts:
    return dated_facts(text, True, THURSDAY)


# --- a cut told as positions affected or impacted, with no verb of cutting --------------------------------------------
# The shape: <a plan> affects / will affect / will impact <N> <staff noun>; <N> <staff noun> will be affected /
# impacted; <staff noun> affected (impacted) by <the plan> number / total / come to <N>. The staff a restructuring
# affects are its cut: the layoff's count, and a cue of a layoff page. Before, "impacted" was no word of cutting
# and the number told after "number" no count, so the page read no layoff. Not a count of people other than staff
# ("users", "customers") and not of things ("sites", "plants").


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Tallis Software unveils restructuring\n\nTallis Software said on Thursday its new plan affects about "
            "6,400 positions worldwide, most of them in its sales teams.\n",
            6400.0,
        ),
        (
            "Corvane overhauls its business\n\nCorvane said on Thursday that some 1,750 roles will be impacted as "
            "the chipmaker shifts its spending toward data-centre products.\n",
            1750.0,
        ),
        (
            "Orbitex unveils a restructuring\n\nOrbitex announced a restructuring of its printing division on "
            "Thursday. Employees affected by the program number 2,150, Orbitex said, and most will be offered "
            "early retirement.\n",
            2150.0,
        ),
    ],
)
def test_a_cut_told_as_positions_affected_is_the_count(text: str, count: float) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert value(f, "count") == count


def test_near_miss_users_affected_by_an_outage_are_no_cut() -> None:
    f = facts_of(
        "Halvorsen Telecom to cut 420 jobs\n\nHalvorsen Telecom will cut 420 jobs, it said on Thursday. Last "
        "month an outage affected 3 million users across the country. Customers affected by the outage number "
        "2 million, the regulator said.\n"
    )
    assert value(f, "count") == 420.0


def test_near_miss_sites_a_plan_affects_are_no_cut() -> None:
    f = facts_of(
        "Marlowe Foods restructures\n\nMarlowe Foods said on Thursday its restructuring affects 12 sites across "
        "Europe and will eliminate 730 jobs.\n"
    )
    assert value(f, "count") == 730.0


def test_near_miss_a_plan_that_affects_sites_alone_is_no_layoff() -> None:
    f = facts_of(
        "Marlowe Foods restructures\n\nMarlowe Foods said on Thursday its restructuring affects 12 sites across "
        "Europe, where it will move its packaging lines.\n"
    )
    assert value(f, "count") is None


# --- an earlier figure or first estimate beside the current one -------------------------------------------------------
# The shape: <an earlier cue> <N> ... <the current figure> (or the current figure first, then "up from an earlier
# estimate of <N>"): the earlier cue is "initially", "originally", "at first", "first put / estimated / said",
# "an earlier / initial / previous estimate (forecast, figure, target) of", with at most six words of letters
# between it and its number. The current figure (here a "to" or hyphenated range, told by its upper end) is the
# count; the earlier one is history, a candidate of its own ("earlier"), never the count nor a second reading of
# the same page. Before, the first count told on the page won, and "9,000-10,000 jobs" was no figure at all.


def earlier(f: EventFacts) -> list[float]:
    """The values a page's count candidates set aside as an earlier figure of the same cut."""
    return [
        float(c.fact.value)
        for c in f.candidates.get("count", [])
        if c.of == "earlier" and isinstance(c.fact.value, int | float)
    ]


@pytest.mark.parametrize(
    ("text", "count", "low", "before"),
    [
        (
            "Tallis Software widens its restructuring\n\nTallis Software said in March its plan would affect "
            "initially around 5,000 positions. On Thursday it said the plan now covers 6,000 to 6,500 "
            "positions.\n",
            6500.0,
            6000.0,
            5000.0,
        ),
        (
            "Corvane to cut more jobs than planned\n\nCorvane will cut more jobs than it first said. First put at "
            "2,400 jobs, the figure was raised on Thursday to 2,800-3,100 jobs, the chipmaker said.\n",
            3100.0,
            2800.0,
            2400.0,
        ),
        (
            "Brightwave deepens its cuts\n\nBrightwave, the telecoms group, said on Thursday it will now cut "
            "between 1,100 and 1,300 roles, up from an earlier estimate of 900 roles.\n",
            1300.0,
            1100.0,
            900.0,
        ),
    ],
)
def test_the_current_figure_is_the_count_and_the_earlier_one_history(
    text: str, count: float, low: float, before: float
) -> None:
    f = facts_of(text)
    assert value(f, "count") == count
    assert hedge(f, "count") == "range"
    assert f.slots["count"].low == low
    assert earlier(f) == [before]


def test_near_miss_two_counts_of_two_units_are_no_earlier_figure() -> None:
    f = facts_of(
        "Orbitex cuts jobs in two units\n\nOrbitex will cut 1,200 jobs at its chip unit, the company said on "
        "Thursday. Its software arm will shed a further 300 roles.\n"
    )
    assert value(f, "count") == 1200.0
    assert earlier(f) == []


def test_near_miss_a_lone_count_told_with_initially_stays_the_count() -> None:
    f = facts_of(
        "Marlowe Foods to cut jobs\n\nMarlowe Foods will initially cut 640 jobs at its two bakeries, the company "
        "said on Thursday, before it reviews its other plants.\n"
    )
    assert value(f, "count") == 640.0
    assert earlier(f) == []


# The same shape with the current figure told bare (no staff noun after it: "the figure was raised to 2,800-3,100",
# "estimates now stand at 6,000-6,500", "the tally has since been lifted to about 1,300") after an earlier count in
# its sentence, or with the earlier time opening the sentence ("At first, ... about 5,000 employees, but ..."). Not
# the staff's size told with "now" ("the total workforce now stands at 4,000").


@pytest.mark.parametrize(
    ("text", "count", "before"),
    [
        (
            "Tallis Software widens its restructuring\n\nAt first, Tallis Software said its overhaul would affect "
            "about 5,000 employees worldwide, but estimates now stand at 6,000-6,500.\n",
            6500.0,
            5000.0,
        ),
        (
            "Corvane to cut more jobs than planned\n\nFirst put at 2,400 jobs, the figure was raised on Thursday to "
            "2,800-3,100, Corvane said.\n",
            3100.0,
            2400.0,
        ),
        (
            "Brightwave deepens its cuts\n\nBrightwave initially said 900 roles would go; the tally has since been "
            "lifted to about 1,300, the company said on Thursday.\n",
            1300.0,
            900.0,
        ),
    ],
)
def test_the_current_figure_told_bare_after_an_earlier_one_is_the_count(
    text: str, count: float, before: float
) -> None:
    f = facts_of(text)
    assert value(f, "count") == count
    assert earlier(f) == [before]


def test_near_miss_the_staff_size_told_with_now_is_no_current_figure() -> None:
    f = facts_of(
        "Brightwave to cut jobs\n\nInitially, Brightwave will cut 900 jobs in its call centres, where the total "
        "workforce now stands at 4,000.\n"
    )
    assert value(f, "count") == 900.0
    assert earlier(f) == []


# --- a share of those affected is no share of the workforce --------------------------------------------------------
# The shape: <fraction or percent> of those affected / of the affected <staff> / of those <staff> impacted / of the
# positions cut / of the job cuts ... A share of the cut itself (how many leave through voluntary programs, work in
# one country, retire early) is another measure, a candidate of its own ("of_cut"), never the workforce's share;
# a share of the workforce must be told of the workforce ("about 8% of its workforce", "7 percent of staff", "10%
# of the workforce affected"). Before, a staff noun within reach after the fraction made it the cut's share.


def set_aside_share(f: EventFacts) -> dict[float, str]:
    """The share candidates not chosen: value -> of."""
    return {
        round(float(c.fact.value), 1): c.of
        for c in f.candidates.get("share", [])
        if c.why_not is not None and isinstance(c.fact.value, int | float)
    }


@pytest.mark.parametrize(
    ("text", "share", "of_cut"),
    [
        (
            "Tallis Software to cut 3,000 jobs\n\nTallis Software will cut 3,000 jobs in a restructuring, the "
            "company said on Thursday. Two-thirds of those affected staff will leave through voluntary programs.\n",
            None,
            66.7,
        ),
        (
            "Corvane to cut 2,000 roles\n\nCorvane will cut 2,000 roles this year. About half of the affected "
            "employees will be offered early retirement, the chipmaker said.\n",
            None,
            50.0,
        ),
        (
            "Brightwave trims staff\n\nBrightwave will cut 900 jobs, or about 6% of its workforce. Some 40% of "
            "the positions cut are in its German call centres, where most workers are on fixed contracts.\n",
            6.0,
            40.0,
        ),
    ],
)
def test_a_share_of_those_affected_is_no_workforce_share(
    text: str, share: float | None, of_cut: float
) -> None:
    f = facts_of(text)
    assert value(f, "share") == share
    assert set_aside_share(f).get(of_cut) == "of_cut"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Orbitex to cut jobs\n\nOrbitex plans to cut about 7 percent of staff, the company said on Thursday, "
            "and those affected will be offered retraining.\n",
            7.0,
        ),
        (
            "Marlowe Foods to cut jobs\n\nMarlowe Foods will cut 640 jobs, it said on Thursday. Some 10% of the "
            "workforce affected will be in its Irish plants.\n",
            10.0,
        ),
    ],
)
def test_near_miss_a_share_of_the_staff_stays_the_workforce_share(text: str, share: float) -> None:
    assert value(facts_of(text), "share") == share


# --- a share of the workforce told in a deck line or a fragment ------------------------------------------------------
# The shape: a line under the headline or a fragment of the body with no verb of cutting, labelled with a word of
# cutting or with no label at all, on a page that tells a cut: "Job cuts: roughly 7% of staff", "- around 8
# percent of the global workforce", "Layoffs: about 5 per cent of employees". It is the cut's share of the
# workforce. Before, a line before the body was never read for the share. Not a line labelled with anything else
# ("Women: 41% of the workforce"), nor the staff's make-up ("women make up 41% of its workforce"): the page's
# share of a group of its staff, another measure, which before stood as the cut's share.


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Tallis Software to cut 6,000 jobs in overhaul\nJob cuts: roughly 7% of staff\n\nTallis Software will "
            "cut 6,000 jobs in a restructuring, the company said on Thursday.\n",
            7.0,
        ),
        (
            "Corvane unveils restructuring plan\n- around 8 percent of the global workforce\n- a charge of $900 "
            "million\n\nCorvane will eliminate 3,100 positions as it moves spending to its chip business, the "
            "company said on Thursday.\n",
            8.0,
        ),
        (
            "Brightwave to shed 1,450 roles\n\nBrightwave will shed 1,450 roles by 2033, the telecoms group said on "
            "Thursday.\n\nWhat it means for staff\nLayoffs: about 5 per cent of employees, mostly in its call "
            "centres.\n",
            5.0,
        ),
    ],
)
def test_a_share_told_in_a_deck_line_or_a_fragment_is_the_cut_share(text: str, share: float) -> None:
    f = facts_of(text)
    assert value(f, "share") == share
    assert hedge(f, "share") == "about"


@pytest.mark.parametrize(
    "text",
    [
        "Tallis Software to cut 6,000 jobs in overhaul\nWomen: 41% of the workforce\n\nTallis Software will cut "
        "6,000 jobs in a restructuring, the company said on Thursday.\n",
        "Tallis Software to cut 6,000 jobs in overhaul\n\nTallis Software will cut 6,000 jobs in a restructuring, "
        "the company said on Thursday. Women make up about 41% of its workforce.\n",
        "Tallis Software to cut 6,000 jobs in overhaul\n\nTallis Software will cut 6,000 jobs, the company said "
        "on Thursday. Engineers: 35% of the workforce.\n",
    ],
)
def test_near_miss_a_labelled_group_of_the_staff_is_no_cut_share(text: str) -> None:
    f = facts_of(text)
    assert value(f, "count") == 6000.0
    assert value(f, "share") is None


# The same share with its figure quoted inside the page's own sentence: "plans to lay off ‘more than 7 percent’ of its
# global workforce", "will cut "roughly 12% or more" of its staff", "shed “as many as 5 per cent” of employees" (a
# quotation of four words or more, the workforce told outside the marks). It is the page's statement of the share,
# with the source's words quoted; before, every figure inside a quotation of four words was a speaker's mention.
# Not a speaker's sentence that tells the share in its own words inside the marks ("“We will have to let go of
# about 7 percent of our staff this year,” the chief executive said").


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Tallis Software to cut jobs\n\nTallis Software plans to lay off ‘more than 7 percent’ of its global "
            "workforce, the company told staff in a memo on Thursday.\n",
            7.0,
        ),
        (
            'Corvane to cut jobs\n\nCorvane will cut "roughly 12% or more" of its staff this year, according to an '
            "email seen by a trade newsletter.\n",
            12.0,
        ),
        (
            "Brightwave to cut jobs\n\nBrightwave said it would shed “as many as 5 per cent” of employees, most "
            "of them in its call centres.\n",
            5.0,
        ),
    ],
)
def test_a_figure_quoted_inside_the_pages_own_share_sentence_is_the_share(text: str, share: float) -> None:
    assert value(facts_of(text), "share") == share


def test_near_miss_a_speakers_sentence_that_tells_the_share_inside_the_marks() -> None:
    f = facts_of(
        "Orbitex to cut jobs\n\nOrbitex will cut 800 jobs. “We will have to let go of about 7 percent of our "
        "staff this year,” the chief executive said.\n"
    )
    assert value(f, "count") == 800.0
    assert value(f, "share") is None


# A share told as "<N> percent of <staff>" after a verb of cutting is never a count of N: "will axe 15 percent of
# workers", "will eliminate 6 percent of roles", "plans to lay off 10 percent of employees". Before, the number, two
# words and a staff noun read as "to cut 1,500 Corvane jobs" does, and the page counted 15 jobs cut. Not a count
# with words of its own between it and its staff noun ("will cut 40 senior roles").


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel to cut jobs\n\nKestrel Networks will axe 15 percent of workers at its plants, the company said on "
        "Thursday.\n",
        "Kestrel to cut jobs\n\nKestrel Networks will eliminate 6 percent of roles this year, the company said on "
        "Thursday.\n",
        "Kestrel to cut jobs\n\nKestrel Networks plans to lay off 10 percent of employees, the company said on "
        "Thursday.\n",
    ],
)
def test_a_percent_of_the_staff_is_no_count(text: str) -> None:
    assert value(facts_of(text), "count") is None


def test_near_miss_a_count_with_a_word_of_its_own_before_its_staff_noun() -> None:
    f = facts_of(
        "Kestrel to cut jobs\n\nKestrel Networks will cut 40 senior roles this year, the company said on Thursday.\n"
    )
    assert value(f, "count") == 40.0


# --- a unit named beside its parent is not the company that cuts --------------------------------------------------
# The shape: <its / the group's / <Parent>'s> <words> <arm | unit | subsidiary | division | venture | affiliate>
# (,) <Unit>, or <Unit>, the <words> arm of <Parent>, on a page whose cut is the parent's. The company that cuts is
# the subject company, and its unit named in the lead or before the count is no other company whose figure the
# count would be. Unless the verb of cutting's subject is the unit itself ("<Parent>'s unit, <Unit>, will cut N
# jobs"): then the unit cuts. Before, the unit named first in the lead became the organization, or the count told
# after the unit's name was taken as another company's and dropped.


def org_count(f: EventFacts) -> tuple[object, object]:
    return value(f, "organization"), value(f, "count")


@pytest.mark.parametrize(
    ("text", "org", "count"),
    [
        (
            "Tallis Group to cut 2,000 jobs\n\nTallis Group said on Thursday its investment arm Quarry Ventures "
            "would be wound down as the group cuts 2,000 jobs.\n",
            "Tallis Group",
            2000.0,
        ),
        (
            "Corvane to cut jobs\n\nThe group's software unit, Teller Labs, will be merged into the parent as "
            "Corvane cuts 1,100 jobs, the company said on Thursday.\n",
            "Corvane",
            1100.0,
        ),
        (
            "Halvorsen restructures\n\nHalvorsen Motors' parts subsidiary Kestrel Components and its parent will "
            "shed 3,400 positions between them, Halvorsen Motors said on Thursday.\n",
            "Halvorsen Motors",
            3400.0,
        ),
    ],
)
def test_a_unit_named_beside_its_parent_is_not_the_company_that_cuts(
    text: str, org: str, count: float
) -> None:
    assert org_count(facts_of(text)) == (org, count)


def test_near_miss_a_unit_that_is_the_subject_of_the_cut_cuts() -> None:
    f = facts_of(
        "Teller Labs to cut jobs\n\nCorvane's software unit, Teller Labs, will cut 400 jobs, the unit said on "
        "Thursday.\n"
    )
    assert org_count(f) == ("Teller Labs", 400.0)


def test_near_miss_a_part_of_the_cut_at_a_unit_stays_the_parents_whole() -> None:
    f = facts_of(
        "Brightwave to cut 900 jobs\n\nBrightwave will cut 900 jobs, including 200 at its subsidiary Kestrel "
        "Networks, the company said on Thursday.\n"
    )
    assert org_count(f) == ("Brightwave", 900.0)


# --- every new pattern stays linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("event_kind", "AFFECTED_NUMBER", "employees affected by the program number "),
        ("event_kind", "AFFECTED_NUMBER", "staff impacted staff impacted totals about "),
        ("fact_time", "_EARLIER_BEFORE", "initially put the number at around "),
        ("fact_time", "_EARLIER_BEFORE", "an earlier estimate of first put at "),
        ("figures", "_COUNT", "9,000-10,000 positions "),
        ("fact_time", "_EARLIER_OPENING", "initially initially "),
        ("fact_time", "_EARLIER_ENDS", "however now then "),
        ("layoff_facts", "_NOW_AT", "the figure was raised to 9,000-10,000 estimates now sit at "),
        ("layoff_facts", "_NOW_AT", ", now , now between 1 and 2 "),
        ("layoff_facts", "_PERCENT_AFTER", "  per cent percent "),
        ("layoff_facts", "_OF_THE_CUT", " of those affected the affected "),
        ("layoff_facts", "_OF_THE_CUT", " of the the job cuts "),
        ("layoff_facts", "_LABELLED", "job cuts: - women: roughly "),
        ("layoff_facts", "_LABELLED", " - - a a a a a a a "),
        ("layoff_facts", "_MADE_OF_BEFORE", "women make up about account for "),
        ("layoff_facts", "_SUBJECT_TO_VERB", ", will will plans to said it "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
