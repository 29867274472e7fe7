"""A cut told by its parts, a cut told as the workforce reduced "by" a number, and a chair named after
the one before died (stop 37, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded in at this stop's start (a
carmaker's cut across several countries and a chair named at a charity after the chair's death, both
unseen by the rules until then). Each form is tested here with invented sentences in other words, other
industries, other countries and other figures than the coverage's; no sentence comes from an article.
Every form has a near miss that must not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_hedge as hedge
from tests.factories import slot_scope as scope
from tests.factories import slot_value as body
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 3, 13)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, THURSDAY)


# --- a part of a cut against its whole -------------------------------------------------------------------
# The form: a count scoped by a place, a plant or a unit ("N jobs in <place>", "N roles at its <town>
# plant", "<place> will lose N") is a PART; the cut the story is about is the whole ("a total of N", "N in
# all", "in total", "worldwide"), even when the whole comes after the part. Before, the first count told
# with a word of cutting was the cut, so a page that led with one country's part gave the part.


@pytest.mark.parametrize(
    ("text", "count", "whole_hedge"),
    [
        # a bank: the lead gives one nation's part, a later sentence the total "in total"
        (
            "Harwick Bank trims branch network\n\nHarwick Bank will cut 1,200 jobs in Scotland by 2029, the "
            "lender said on Thursday, as part of a wider shake-up of the branch network. Most of the posts are in "
            "call centres. In total, the bank plans to shed 3,500 roles across Britain, including 600 in "
            "Wales.\n",
            3500.0,
            None,
        ),
        # a steelmaker: a plant's part first, the whole told with "around" and "go" in a later sentence
        (
            "Ferromar to close furnace\n\nBrazilian steelmaker Ferromar is to axe about 450 roles at its "
            "Santos plant over two years as part of a broader cost drive. The company said the wider "
            "programme would see around 2,000 jobs go across its South American mills.\n",
            2000.0,
            "about",
        ),
        # a grocer: the part told with a staff noun and a place, the whole "in all" at the end
        (
            "Lindqvist cuts Nordic staff\n\nSwedish grocer Lindqvist will lay off 300 employees in Norway, "
            "it said on Thursday. The chain blamed weaker sales and higher rents. The cuts will reach "
            "1,100 workers in all across its four markets.\n",
            1100.0,
            None,
        ),
        # an airline: the place first, "will lose", then a total "a total of"
        (
            "Aerolinea Sur cuts crews\n\nPortugal will lose 700 cabin crew positions at Aerolinea Sur, the "
            "carrier said, as part of a larger plan. A total of 2,300 jobs will go across the airline's "
            "network by 2030.\n",
            2300.0,
            None,
        ),
    ],
)
def test_a_part_told_first_yields_to_the_whole_told_later(
    text: str, count: float, whole_hedge: str | None
) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    assert hedge(f, "count") == whole_hedge
    assert scope(f) is None  # the whole is no part


def test_the_part_stays_a_candidate_with_its_scope() -> None:
    f = facts_of(
        "Harwick Bank trims branch network\n\nHarwick Bank will cut 1,200 jobs in Scotland by 2029, the "
        "lender said on Thursday, as part of a wider shake-up of the branch network. In total, the bank plans to "
        "shed 3,500 roles across Britain.\n"
    )
    parts = [c for c in f.candidates.get("count", []) if c.of == "part"]
    assert [(c.fact.value, c.fact.scope) for c in parts] == [(1200.0, "in Scotland")]
    assert parts[0].why_not is not None and "part" in parts[0].why_not


def test_a_whole_with_no_horizon_takes_its_parts() -> None:
    f = facts_of(
        "Harwick Bank trims branch network\n\nHarwick Bank will cut 1,200 jobs in Scotland by 2029, the "
        "lender said on Thursday. In total, the bank plans to shed 3,500 roles across Britain.\n"
    )
    assert body(f, "count") == 3500.0
    assert body(f, "horizon") == "2029"


@pytest.mark.parametrize(
    ("text", "count", "told_scope"),
    [
        # a bakery group: only a site's part is told, and the page says it is part of a wider plan
        (
            "Pellmore Foods to shut bakery line\n\nPellmore Foods will cut 250 jobs at its Leeds bakery as "
            "part of a wider restructuring of its UK sites, the company said on Thursday. Talks with the "
            "union begin next week.\n",
            250.0,
            "at its Leeds bakery",
        ),
        # a chip maker: one country's part "of them" after a count of the region's workers affected
        (
            "Qorvane trims Asian staff\n\nChip designer Qorvane said 900 staff would lose their jobs, "
            "400 of them in Taiwan, as it shifts work to Texas. Its shares rose 3%.\n",
            900.0,
            None,
        ),
    ],
)
def test_a_page_that_gives_only_a_part_says_it_is_a_part(
    text: str, count: float, told_scope: str | None
) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    assert scope(f) == told_scope


def test_a_headline_that_gives_only_a_part_marks_it_a_part() -> None:
    f = facts_of(
        "Lindqvist to cut 300 Norway jobs as part of Nordic overhaul\n\nSwedish grocer Lindqvist will lay "
        "off 300 employees in Norway, it said on Thursday, as part of a wider Nordic plan. A total of 1,100 "
        "positions will go across its four markets.\n"
    )
    assert body(f, "count") == 1100.0
    head = f.headline.get("count")
    assert head is not None and head.value == 300.0 and head.scope is not None


def test_the_exports_carry_a_parts_scope() -> None:
    from pathlib import Path

    from tui.analysis.export import export_dict
    from tui.analysis.export_csv import table_rows
    from tui.analysis.extract import analyse_corpus
    from tui.corpus.model import Article, ArticleMeta, Corpus

    text = (
        "Pellmore Foods to shut bakery line\n\nPellmore Foods will cut 250 jobs at its Leeds bakery as part "
        "of a wider restructuring of its UK sites, the company said on Thursday.\n"
    )
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=THURSDAY))
    corpus = Corpus("c", Path("."), articles=[article])
    analysis = analyse_corpus(corpus)
    assert export_dict(corpus, analysis)["facts"]["a"]["slots"]["count"]["scope"] == "at its Leeds bakery"
    header, *rows = table_rows("facts", corpus, analysis)
    count = next(r for r in rows if r[header.index("slot")] == "count")
    assert count[header.index("scope")] == "at its Leeds bakery"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near miss: one country's cut and the company's size there; no larger cut, no part
        (
            "Vantor Telecom cuts Spanish jobs\n\nVantor Telecom will cut 1,800 jobs in Spain by 2030, the "
            "company said on Thursday. It employs 12,000 people in the country.\n",
            1800.0,
        ),
        # near miss: a larger cut of an earlier year is no whole of this one
        (
            "Quillon Software trims Dublin office\n\nQuillon Software will cut 300 jobs in Dublin, the "
            "company said on Thursday. Last year it cut 2,000 roles worldwide after sales slowed.\n",
            300.0,
        ),
        # near miss: a cut told "as part of a restructuring" names no larger cut
        (
            "Stavros Shipping restructures\n\nGreek ferry operator Stavros Shipping will cut 500 jobs as "
            "part of a restructuring, the company said on Thursday. It runs 40 ships.\n",
            500.0,
        ),
    ],
)
def test_a_cut_with_no_larger_whole_is_the_whole(text: str, count: float) -> None:
    f = facts_of(text)
    assert body(f, "count") == count
    assert scope(f) is None


# --- the workforce cut "by" a number, and other verbs of cutting ---------------------------------------
# The form: "cutting its workforce by N", "reduce headcount by about N", "trim its staff by N": the count
# stands after "by" with no staff noun after it. Before, only a percent was read there (the share).


@pytest.mark.parametrize(
    ("text", "count", "count_hedge"),
    [
        (
            "Dunmore Mining resets\n\nDunmore Mining is cutting its workforce by 1,300 in Chile and Peru by "
            "the end of 2032, citing lower copper prices. The company said most cuts would fall at its "
            "largest pit.\n",
            1300.0,
            None,
        ),
        (
            "Kestrel Insurance slims down\n\nKestrel Insurance will reduce its headcount by about 650 over "
            "the next two years, the insurer said on Thursday, as claims software replaces manual work.\n",
            650.0,
            "about",
        ),
        (
            "Tavira Hotels trims staff\n\nPortuguese chain Tavira Hotels said it would trim its staff by "
            "220 after a weak summer season. The group runs 31 hotels.\n",
            220.0,
            None,
        ),
    ],
)
def test_the_workforce_cut_by_a_number_is_the_count(text: str, count: float, count_hedge: str | None) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    assert hedge(f, "count") == count_hedge


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a workforce grown by a number is no cut; a percent after "by" is the share
        "Tavira Hotels hires\n\nPortuguese chain Tavira Hotels plans to grow its workforce by 220 after a "
        "strong summer, the group said on Thursday. It will also cut costs in its laundries.\n",
    ],
)
def test_a_workforce_grown_by_a_number_is_no_cut(text: str) -> None:
    assert body(facts_of(text), "count") is None


def test_a_percent_after_by_stays_the_share() -> None:
    f = facts_of(
        "Kestrel Insurance slims down\n\nKestrel Insurance will reduce its headcount by 8% over the next "
        "two years, the insurer said on Thursday, as claims software replaces manual work.\n"
    )
    assert body(f, "share") == 8.0
    assert body(f, "count") is None


@pytest.mark.parametrize(
    ("text", "count", "count_hedge"),
    [
        (
            "Orla Chemicals closes unit\n\nOrla Chemicals will axe around 900 jobs at its coatings arm, the "
            "company said on Thursday, after orders fell for a third year.\n",
            900.0,
            "about",
        ),
        (
            "Brixham Media restructures\n\nPublisher Brixham Media will shed 140 roles as it closes two "
            "printing sites, it told staff on Thursday.\n",
            140.0,
            None,
        ),
        (
            "Calder Rail trims back office\n\nAbout 380 positions will go at Calder Rail under a plan to "
            "move ticketing online, the operator said on Thursday.\n",
            380.0,
            "about",
        ),
    ],
)
def test_other_verbs_of_cutting_give_the_count(text: str, count: float, count_hedge: str | None) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    assert hedge(f, "count") == count_hedge


# --- a lead that tells the cut by its count: a layoff, whatever the next sentences invest -------------
# The form: "plans to cut 650 jobs" (a verb of cutting, then the count and its staff noun) is no cue of
# the word list ("cut jobs" is), so a lead with no other cue let a later "investment" make it a deal.


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Glass plans to cut 650 jobs in Poland by 2028 to save costs, the glassmaker said on "
        "Thursday. The bulk of the reductions will come at one site near Gdansk.\nThat plant was rebuilt "
        "after a €150 million investment. Demand for its bottles has fallen.\n",
        "Ostrava Cables will eliminate 1,100 positions over three years, it said on Thursday. Most of them "
        "are in two factories.\nThe factories had received a $90 million investment in 2029. Copper "
        "prices doubled since.\n",
        "Helm Audio is to lay off 75 staff in its design studio, the headphone maker said. The studio will "
        "move to Lisbon next year.\nThe firm raised $12 million from investors in 2029.\n",
    ],
)
def test_a_lead_telling_a_cut_by_its_count_is_a_layoff(text: str) -> None:
    assert facts_of(text, headline=False).event == "layoff"


def test_a_cut_in_an_opening_subordinate_clause_casts_no_vote() -> None:
    # near miss: the news is the main clause's investment; the cut is background
    f = facts_of(
        "Although Orbitex has recently cut over 2,000 employees across its units, the company said on "
        "Thursday that it will invest in Polish battery maker Voltra through a multiyear investment. Voltra "
        "makes cells for buses.\n",
        headline=False,
    )
    assert f.event == "deal"


def test_a_page_investigating_something_casts_no_vote_for_a_deal() -> None:
    # near miss of a cue word: "investigating" is no "invest..." of a deal
    f = facts_of(
        "The regulator is investigating the accounts of a ferry firm. Its report is due in May.\n",
        headline=False,
    )
    assert f.event is None


def test_the_new_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract import (
        effective_date,
        entities,
        event_kind,
        former_title,
        new_post,
        parts,
        post_org,
        predecessor,
    )

    for pattern, unit in (
        (parts._SCOPE_AFTER, " in Alpha and Beta Gamma "),
        (parts._SCOPE_AFTER, " at its old big "),
        (parts._SCOPE_BEFORE, "Alpha Beta will lose about "),
        (parts._SCOPE_BETWEEN, " Alpha Beta jobs "),
        (parts._WHOLE_BEFORE, "in total a total of "),
        (parts._WHOLE_AFTER, " roles to go in "),
        (parts._WIDER_BEFORE, "wider broader "),
        (parts._PART_OF_WIDER, "part of a new "),
        (parts._PART_BEFORE, "including about "),
        (parts._PART_OF, "as part of a "),
        (parts._NUMBER, "1,000,"),
        (event_kind._WORKFORCE_BY, "workforce numbers by about 1,000"),
        (event_kind._SUBORDINATE_OPENING, " although "),
        (former_title._ALREADY_HELD, "already serving as the "),
        (former_title._ALREADY_HELD, "joined the board as a "),
        (predecessor._DIED, "x passed away "),
        (predecessor._PRONOUN_SUCCESSOR, "his eventual "),
        (predecessor._DEATH_TO_NAME, " his half-brother "),
        (new_post._DEATH_OR_LEAVE_OF, "the passing away of his "),
        (effective_date._DECIDED, "decided voted "),
        (effective_date._OTHER_EVENT_BEFORE, "death passing "),
        (post_org._DESCRIBED_UNIT, "'s charitable arm "),
        (entities._PERSON_EVENT_OF, "the passing away of "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- a chair named after the one before died --------------------------------------------------------------
# The form: the predecessor told by a death ("following the death of X", "after the demise of X", "after
# the passing away of X", "after X died", "X, who died on ..."), not by a verb of succeeding or leaving.
# Before, no cue named the one before, so the slot stayed empty.


@pytest.mark.parametrize(
    ("text", "predecessor"),
    [
        (
            "Lindqvist Foundation names new chair\n\nMarguerite Olsen has been named chair of the Lindqvist "
            "Foundation following the death of its founder Arne Lindqvist last week. The foundation funds "
            "schools in Malmo.\n",
            "Arne Lindqvist",
        ),
        (
            "Banco Meridional picks chairman\n\nRafael Ortiz was appointed chairman of Banco Meridional on "
            "Thursday after the demise of Ignacio Ferrer, who had led the bank for three decades. Shares were "
            "flat.\n",
            "Ignacio Ferrer",
        ),
        (
            "Keller Stiftung elects chairperson\n\nThe board of the Keller Stiftung elected Hanna Vogt as its "
            "chairperson on Thursday, days after the passing away of her uncle Otto Keller. The charity runs "
            "two hospitals.\n",
            "Otto Keller",
        ),
        (
            "Kivu Mining names chief\n\nSoraya Mbeki was named chief executive of Kivu Mining on Thursday. The "
            "post fell vacant after Daniel Osei died suddenly on Sunday. The miner digs cobalt.\n",
            "Daniel Osei",
        ),
    ],
)
def test_a_predecessor_told_by_a_death_is_the_predecessor(text: str, predecessor: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert body(f, "predecessor") == predecessor


def test_a_death_of_long_ago_names_no_predecessor() -> None:
    # near miss: the newcomer's own story, a death of another time, names nobody leaving this post
    f = facts_of(
        "Keller Stiftung elects chairperson\n\nHanna Vogt, who joined the charity after the death of her "
        "husband Lukas Vogt in 2004, was elected its chairperson on Thursday. The charity runs two "
        "hospitals.\n"
    )
    assert f.event == "appointment"
    assert body(f, "predecessor") is None


# --- a post held before told as "already a trustee" ------------------------------------------------------
# The form: the newcomer's post at the organisation before the new one told as "already a <title>",
# "serving as a <title>", "joined as a <title>", "a <title> on the board"; a trustee is a title like a
# director, and a chairperson is a chair. Before, "trustee" was no title and "already" no word of a
# post held, so an unrelated seat elsewhere ("vice chairman of <Other>") stood for it.


@pytest.mark.parametrize(
    ("text", "former"),
    [
        (
            "Lindqvist Foundation names new chair\n\nMarguerite Olsen has been named chair of the Lindqvist "
            "Foundation. Olsen is already a trustee of the foundation's two funds. She is also the vice "
            "chairman of Osterlund Steel.\n",
            "trustee",
        ),
        (
            "Harbour Arts Trust picks chairperson\n\nDev Raman has been appointed chairperson of the Harbour "
            "Arts Trust. Raman, 58, has been close to the trust for years, serving as a trustee since 2019.\n",
            "trustee",
        ),
        (
            "Vale Hospital Fund names chairman\n\nAmina Diallo has been named chairman of the Vale Hospital "
            "Fund. Diallo's work with the fund began in 2021, when she joined as a board member.\n",
            "board member",
        ),
    ],
)
def test_a_post_held_already_is_the_former_title(text: str, former: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert body(f, "new_title") == "chair"
    assert body(f, "former_title") == former


def test_a_chairperson_is_a_chair() -> None:
    f = facts_of(
        "Harbour Arts Trust picks chairperson\n\nDev Raman has been appointed chairperson of the Harbour "
        "Arts Trust, the charity said on Thursday.\n"
    )
    assert body(f, "new_title") == "chair"


# --- the post's owner named after a descriptor of its parent ----------------------------------------------
# The form: "<title> of <Parent>'s <descriptor> <Unit>" ("chairman of the group's philanthropic arm
# <Unit>"): the post is the unit's. Before, the parent right after "of" was taken as the post's owner.


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Sterling group names foundation chief\n\nMaya Chen was appointed chairman of Sterling Group's "
            "charitable arm Sterling Foundation on Thursday. The foundation gives grants to schools.\n",
            "Sterling Foundation",
        ),
        (
            "Orbitex names freight chief\n\nTeo Vantel has been named chief executive of Orbitex's freight "
            "unit Dalvik Logistics, the company said on Thursday.\n",
            "Dalvik Logistics",
        ),
        (
            "Kaito names bank head\n\nHiro Sato will become president of Kaito Holdings’ online lender Kaito "
            "Bank from July, the group said on Thursday.\n",
            "Kaito Bank",
        ),
    ],
)
def test_a_post_of_a_unit_named_after_its_parents_descriptor_is_the_units(text: str, org: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert body(f, "organization") == org


def test_a_post_of_the_parent_itself_stays_the_parents() -> None:
    # near miss: "of <Org>'s board" names no unit after the descriptor
    f = facts_of(
        "Sterling group names chairman\n\nMaya Chen was appointed chairman of Sterling Group's board on "
        "Thursday, the company said.\n"
    )
    assert body(f, "organization") == "Sterling Group"


# --- "with immediate effect", dated by the decision's day -------------------------------------------------
# The form: "X takes charge with immediate effect" in a sentence that names no day, and the day of the
# decision named in another sentence ("met on Friday, at which it was decided to appoint X"). The day of
# another event (a death "on Wednesday") is never the decision's.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Keller Stiftung elects chairperson\n\nThe Keller Stiftung named Hanna Vogt its chairperson, after "
            "the passing of Otto Keller on Sunday. Vogt takes charge with immediate effect, the charity said.\n"
            "The trustees met in Zurich on Tuesday, where they decided to appoint Vogt.\n",
            dt.date(2031, 3, 11),
        ),
        (
            "Vale Hospital Fund names chairman\n\nAmina Diallo is the new chairman of the Vale Hospital Fund. "
            "She takes up the post with immediate effect.\nThe fund's board voted on Wednesday to name Diallo "
            "chairman.\n",
            dt.date(2031, 3, 12),
        ),
        (
            "Harbour Arts Trust picks chairperson\n\nDev Raman becomes chairperson of the Harbour Arts Trust "
            "with immediate effect, the trust said.\nRaman was elected unanimously on Monday by the trustees.\n",
            dt.date(2031, 3, 10),
        ),
    ],
)
def test_immediate_effect_takes_the_day_of_the_decision(text: str, day: dt.date) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert body(f, "effective") == day.isoformat()


def test_immediate_effect_with_only_another_events_day_gives_no_date() -> None:
    # near miss: the only day named is the death's
    f = facts_of(
        "Keller Stiftung elects chairperson\n\nThe Keller Stiftung named Hanna Vogt its chairperson, after "
        "the passing of Otto Keller on Sunday. Vogt takes charge with immediate effect, the charity said.\n"
    )
    assert body(f, "effective") is None


@pytest.mark.parametrize(
    ("text", "person", "predecessor"),
    [
        # (stop 37, the lead) "after the death of Ivo Brandt" as the predecessor needs the name typed a
        # person by its death noun; that typing split one person into two groups on a real page (a name
        # with and without its middle name), so it was withdrawn until the merge held. Stop 38 (entities):
        # the merge holds a middle name written in full and by its initial (tests/test_entity_forms_s38.py),
        # and the typing is back. The appointee must still not be the one who died:
        (
            "Brandt Holdings to name chairman\n\nAs the board met on Thursday after the death of Ivo Brandt, "
            "sources said that Lena Kraus is expected to be appointed as next chairman of Brandt Holdings. "
            "A decision is due next week.\n",
            "Lena Kraus",
            "Ivo Brandt",
        ),
        # near miss: the one a naming befalls ("the appointment of X as ...") is the appointee
        (
            "Orbitex names finance chief\n\nOrbitex announced the appointment of Mara Quentin, a veteran "
            "engineer, as its next chief financial officer. Quentin will succeed Teo Vantel on April 1.\n",
            "Mara Quentin",
            "Teo Vantel",
        ),
    ],
)
def test_the_one_a_death_befell_is_no_subject_of_the_naming(
    text: str, person: str, predecessor: str | None
) -> None:
    f = facts_of(text)
    assert body(f, "person") == person
    assert body(f, "predecessor") == predecessor


# --- a tranche of a round: the round is the whole ----------------------------------------------------------
# The form: "$1 billion, the first tranche of a $3 billion round": the money after "tranche of a" is the
# whole the tranche is a part of (the round's total), not a tranche itself. Before, "tranche" was the
# nearest cue of the larger figure, so the round's total was called a tranche and no total was kept.


@pytest.mark.parametrize(
    ("text", "amount", "total"),
    [
        (
            "Dalvik raises first tranche\n\nDalvik Systems has raised $1 billion from Orbitex Capital, the first "
            "tranche of a $3 billion round, the startup said on Thursday.\n",
            1e9,
            3e9,
        ),
        (
            "Voltra gets battery money\n\nCarmaker Orbitex will pay €200 million to Voltra now, the initial "
            "instalment of a €600 million investment in the battery maker, the firms said.\n",
            2e8,
            6e8,
        ),
        (
            "Kivu Solar lands cash\n\nKenyan solar lender Kivu Solar has won €30 million in funding "
            "from Tallis Capital, the opening tranche of an €80 million package.\n",
            3e7,
            8e7,
        ),
    ],
)
def test_the_whole_a_tranche_belongs_to_is_the_total(text: str, amount: float, total: float) -> None:
    f = facts_of(text)
    assert f.event == "deal"
    assert body(f, "amount") == amount
    assert body(f, "total") == total


def test_a_tranche_told_alone_stays_the_amount() -> None:
    # near miss: "the second tranche of its commitment" names no whole: the tranche is this event's amount
    f = facts_of(
        "Orbitex adds to Dalvik\n\nOrbitex has invested $2.75 billion in Dalvik Systems, the second tranche of "
        "its commitment, the companies said on Thursday.\n"
    )
    assert body(f, "amount") == 2.75e9
    assert body(f, "total") is None


# --- a chair elected by the board, and the one before owned by a pronoun -----------------------------------
# The forms: "was unanimously elected (as) the chairman", "elected X chairman" (a vote of the board is a
# naming verb); "to decide on his successor", "picked her successor, Y" (the one before is the person the
# pronoun stands for). Before, "elected" was no word of a new post, and a pronoun named nobody leaving.


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "A vote at the Sundaram Trust\n\nPriya Raman was unanimously elected chairperson of the Sundaram "
            "Trust on Thursday. She succeeds Vikram Sundaram.\n",
            "Priya Raman",
        ),
        (
            "A vote at the Sundaram Trust\n\nThe trustees unanimously elected Priya Raman as the chair of the "
            "Sundaram Trust on Thursday, the trust said.\n",
            "Priya Raman",
        ),
        (
            "Nordvik Forest meeting\n\nBoard members elected Lars Berg chairman of Nordvik Forest at Thursday's "
            "meeting, the company said.\n",
            "Lars Berg",
        ),
    ],
)
def test_a_chair_elected_by_the_board_is_a_new_post(text: str, person: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert body(f, "person") == person
    assert body(f, "new_title") == "chair"
    assert body(f, "modifier") == "permanent"


@pytest.mark.parametrize(
    ("text", "predecessor"),
    [
        (
            "Dalvik picks chief\n\nMara Quentin has run Dalvik for 20 years. The board on Thursday picked her "
            "successor, Teo Vantel, as chief executive.\n",
            "Mara Quentin",
        ),
        (
            "Keller Stiftung meets\n\nOtto Keller founded the charity in 1990 and chaired it until this week. "
            "The board met on Thursday to decide on his successor and named Dev Raman chairman.\n",
            "Otto Keller",
        ),
        (
            "Aerolinea Sur names boss\n\nLuisa Ferro leaves Aerolinea Sur after a decade at the top. The "
            "airline said Ruben Casal would be her eventual successor as chief executive.\n",
            "Luisa Ferro",
        ),
    ],
)
def test_a_successor_owned_by_a_pronoun_names_the_one_before(text: str, predecessor: str) -> None:
    f = facts_of(text)
    assert body(f, "predecessor") == predecessor


def test_the_appointees_own_successor_names_nobody_leaving() -> None:
    # near miss: "his" is the appointee himself
    f = facts_of(
        "Orbitex names chief\n\nTeo Vantel was named chief executive of Orbitex on Thursday. He said his "
        "successor as finance chief would be named later.\n"
    )
    assert body(f, "person") == "Teo Vantel"
    assert body(f, "predecessor") is None
