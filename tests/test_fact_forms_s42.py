"""A candidate is no successor, a career told in a biography, a post held since a date (stop 42, issue 11,
"facts").

Forms of coverage that defeated the event facts on the two stories folded into the bench at this stop's
start (a bank's chief announcing his retirement, the reports of the search that followed, the appointment;
a cloud company's investment in a startup), both unseen by the rules until then. Each form is tested here
with invented sentences in other words, other industries, other countries and other figures than the
coverage's; no sentence comes from an article. Every form has a near miss that must not change. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, appointment_facts, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 3, 12)

story = AppointmentStory("Dalvik Rail's chief to retire", "Dalvik Rail shares closed 1% higher.")


# --- a candidate is no successor ---------------------------------------------------------------------------------
# The form: before an appointment, a page names the people the board may choose ("X is likely the leading
# internal candidate", "X and Y are seen as the main replacements for Z", "X is tipped to succeed Z", "X is among
# those considered"). Such a page names nobody to the post: no person, no new title. Before, the naming verb of
# the candidate's own career ("X, appointed finance chief last year, is ...") or the noun "replacements" made
# the candidate the new chief executive.


@pytest.mark.parametrize(
    "sentence",
    [
        "Finance chief Mara Quentin, appointed to the post last spring after running the freight unit, is "
        "seen as the front-runner for the job.",
        "Mara Quentin, the freight unit's head, and Teo Vantel, who runs the signalling arm, are seen as the "
        "main replacements for Vey, people familiar with the matter said.",
        "Mara Quentin, the finance chief, is tipped to succeed Vey, according to two people briefed on the "
        "search.",
        "Mara Quentin and Teo Vantel are among those being considered for the role, a person close to the "
        "board said.",
        "Mara Quentin, who runs the freight unit, could replace Vey, analysts said.",
    ],
)
def test_a_candidate_is_no_successor(sentence: str) -> None:
    text = story(
        "Dalvik Rail said on Wednesday its chief executive Lena Vey will retire after six years in the job. "
        f"The board has started a search for a successor. {sentence}"
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "new_title")) == (None, None)
    assert (value(f, "predecessor"), value(f, "departure")) == ("Lena Vey", "retired")


def test_a_candidates_old_post_told_further_down_is_no_appointment() -> None:
    # a search page names a shortlist, then tells the candidate's career in the past: no post is given
    text = story(
        "Dalvik Rail is looking for a new chief executive after Lena Vey said she would retire. Mara Quentin "
        "and Teo Vantel are seen as the main contenders, people familiar with the matter said. The search has "
        "only just begun. The board could still look outside. A recruiting firm has been hired. The chair "
        "wants a name by the summer. Investors welcomed the plan. Quentin took over as finance director "
        "in early 2030."
    )
    f = appointment_facts(text, date=None)
    assert (value(f, "person"), value(f, "new_title")) == (None, None)


def test_near_miss_a_candidate_who_is_then_named_is_the_appointee() -> None:
    # the page tells the candidacy as over and names the appointment in its own sentence
    text = story(
        "Dalvik Rail on Wednesday named finance chief Mara Quentin as its next chief executive, replacing "
        "Lena Vey. Quentin had been the favourite for the job since Vey said she would retire.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "new_title"), value(f, "predecessor")) == (
        "Mara Quentin",
        "ceo",
        "Lena Vey",
    )


def test_near_miss_a_candidacy_over_in_its_own_sentence_blocks_nothing() -> None:
    text = story(
        "Mara Quentin had long been seen as the frontrunner and will succeed Lena Vey as chief executive of "
        "Dalvik Rail in May, the company said on Wednesday.",
        headline="Dalvik Rail picks Quentin",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "new_title")) == ("Mara Quentin", "ceo")


# --- an earlier change told in a biography -----------------------------------------------------------------------
# The form: the one leaving's own rise years before ("..., after acting as interim chief following the
# ouster of his predecessor") is another change: its ouster is no word on how the one leaving goes.


def test_the_ouster_of_a_predecessor_is_no_word_on_this_departure() -> None:
    text = story(
        "Dalvik Rail said on Wednesday its chief executive Lena Vey will retire. The board has begun a search "
        "for a successor. Vey, who joined the railway in 1998, became chief executive in 2026 after acting "
        "as interim chief following the abrupt ouster of her predecessor."
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "predecessor"), value(f, "departure")) == ("Lena Vey", "retired")


@pytest.mark.parametrize("date", [WEDNESDAY, None])
@pytest.mark.parametrize(
    "sentence",
    [
        # the one leaving's own rise, the naming verb's reach running into a later clause
        "Vey, who joined the railway in 1998, was named chief executive in March 2026 after Teo Vantel was ousted.",
        # a career's steps: a post held, then a post a promotion gave
        "Mara Quentin, the finance chief, previously held the role of head of freight before being appointed "
        "finance chief in 2029.",
    ],
)
def test_a_biography_on_a_departure_page_names_no_appointee(sentence: str, date: dt.date | None) -> None:
    text = story(f"Dalvik Rail said on Wednesday its chief executive Lena Vey will retire. {sentence}")
    f = appointment_facts(text, date=date)
    assert (value(f, "person"), value(f, "new_title"), value(f, "predecessor")) == (None, None, "Lena Vey")


def test_near_miss_the_ouster_of_the_one_leaving_is_an_ouster() -> None:
    text = story(
        "Dalvik Rail's board ousted chief executive Lena Vey on Wednesday and named Mara Quentin as "
        "interim chief executive. The ouster of Vey followed a safety scandal."
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert value(f, "departure") == "forced_out"


# --- the post held last of a career ------------------------------------------------------------------------------
# The form: "X previously held the role of A before being appointed B in 2029": B is the post held before the
# new one (the former title), A an older one. Before, the first post told (A) was taken.


def test_a_post_before_being_appointed_another_gives_the_later_one() -> None:
    text = story(
        "Dalvik Rail on Wednesday named Mara Quentin as its next chief executive, succeeding Lena Vey. "
        "Quentin, 48, joined the railway in 2012 and previously held the role of head of signalling before "
        "being appointed chief financial officer in 2029.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "new_title"), value(f, "former_title")) == (
        "Mara Quentin",
        "ceo",
        "cfo",
    )


def test_near_miss_a_post_held_with_no_later_one_stays() -> None:
    text = story(
        "Dalvik Rail on Wednesday named Mara Quentin as its next chief executive, succeeding Lena Vey. "
        "Quentin, 48, previously held the role of chief operating officer.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    assert value(appointment_facts(text, date=WEDNESDAY), "former_title") == "coo"


# --- a post held since a date ------------------------------------------------------------------------------------
# The form: "X, who has been <title> since <date>, will succeed Y": the title is X's former one. Before, only
# "who was" / "who had been" told a post held before.


def test_who_has_been_title_since_gives_the_former_title() -> None:
    text = story(
        "Dalvik Rail named Mara Quentin as chief executive on Wednesday. Quentin, who has been the chief "
        "financial officer since late 2029, will succeed Lena Vey in May.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "former_title"), value(f, "predecessor")) == (
        "Mara Quentin",
        "cfo",
        "Lena Vey",
    )


def test_the_headline_label_before_as_is_the_post_held() -> None:
    # "names CFO X as next chief executive": the headline's own post is the one after "as"
    text = story(
        "Dalvik Rail on Wednesday named its finance chief Mara Quentin as its next chief executive, "
        "succeeding Lena Vey.",
        headline="Dalvik Rail names CFO Quentin as next chief executive",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert f.headline["new_title"].value == "ceo"


# --- figures of other things are no valuation --------------------------------------------------------------------
# The forms: a commercial agreement's size ("a multi-year cloud deal with Y worth over $2 billion": "worth" of a
# contract), a valuation time-marked before the page ("was valued at $4 billion earlier this year"), a stake told
# as the size it had then ("for what was then an 8% stake"). Before, each was read as this deal's valuation or
# stake on pages that state none.

deal_story = AppointmentStory("Orbitex puts $2 billion into Halcyon", "Halcyon declined to comment.")


def deal(body: str) -> EventFacts:
    return facts_of(deal_story(body), date=WEDNESDAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "Halcyon has also signed a multi-year cloud deal with Orbitex worth more than $3 billion.",
        "Months before, the two had struck a cloud computing deal worth over $3 billion.",
        "Halcyon signed a supply agreement with Orbitex worth about $3 billion last year.",
    ],
)
def test_a_contracts_worth_is_no_valuation(sentence: str) -> None:
    f = deal(
        f"Orbitex said on Wednesday it will invest $2 billion in the robotics startup Halcyon. {sentence}"
    )
    assert (value(f, "amount"), value(f, "valuation")) == (2e9, None)


def test_near_miss_a_startup_worth_a_figure_is_its_valuation() -> None:
    f = deal(
        "Orbitex said on Wednesday it will invest $2 billion in the robotics startup Halcyon. The deal makes "
        "Halcyon worth about $30 billion."
    )
    assert (value(f, "amount"), value(f, "valuation")) == (2e9, 30e9)


def test_a_valuation_earlier_this_year_is_past() -> None:
    f = deal(
        "Orbitex said on Wednesday it will invest $2 billion in the robotics startup Halcyon. Halcyon was "
        "valued at $9.5 billion earlier this year."
    )
    assert (value(f, "amount"), value(f, "valuation")) == (2e9, None)


def test_near_miss_a_valuation_compared_with_earlier_this_year_is_this_rounds() -> None:
    f = deal(
        "Orbitex said on Wednesday it will invest $2 billion in the robotics startup Halcyon, in a round "
        "that values Halcyon at $30 billion, nearly double its worth earlier this year."
    )
    assert value(f, "valuation") == 30e9


def test_a_valuation_discussed_for_a_later_round_is_no_valuation() -> None:
    f = deal(
        "Orbitex said on Wednesday it will invest $2 billion in the robotics startup Halcyon. Its next step may "
        "be a traditional round. People close to Halcyon said it had discussed a valuation of between $20 "
        "billion and $25 billion."
    )
    assert (value(f, "amount"), value(f, "valuation")) == (2e9, None)
    cands = {c.fact.stated: c.why_not for c in f.why("valuation")}
    assert "a valuation talked of for a later round" in cands.values()  # kept, shown as another moment's


def test_near_miss_another_companys_deal_earlier_this_year_stays_another_companys() -> None:
    f = deal(
        "Orbitex said on Wednesday it will invest $2 billion in the robotics startup Halcyon. Earlier this "
        "year Kestrel Bank agreed to buy Dalvik Rail for $13 billion."
    )
    assert value(f, "amount") == 2e9
    assert {c.fact.stated: c.why_not for c in f.why("amount")}.get("$13 billion") == "another company's deal"


def test_a_stake_told_as_what_it_was_then_is_past() -> None:
    f = deal(
        "Orbitex said on Wednesday it will invest $2 billion in the robotics startup Halcyon. In May it "
        "paid $300 million for what was then an 8% stake."
    )
    assert (value(f, "amount"), value(f, "stake")) == (2e9, None)


def test_near_miss_a_stake_bought_now_stays() -> None:
    f = deal(
        "Orbitex said on Wednesday it will invest $2 billion in the robotics startup Halcyon for an 8% stake."
    )
    assert (value(f, "amount"), value(f, "stake")) == (2e9, 8.0)


# --- an investment told as made ----------------------------------------------------------------------------------
# The form: "X has made a sizeable investment in Y, putting a further $2 billion into it": a done act in the
# perfect, closed unless the page says it is pending. Before, it defaulted to announced.


def test_an_investment_made_in_the_perfect_is_closed() -> None:
    f = deal(
        "Orbitex has made a sizeable investment in the robotics startup Halcyon, putting a further $2 billion "
        "into the company."
    )
    assert (value(f, "buyer"), value(f, "target"), value(f, "status")) == ("Orbitex", "Halcyon", "closed")


def test_near_miss_an_investment_to_be_made_is_not_closed() -> None:
    f = deal("Orbitex will make a sizeable investment of $2 billion in the robotics startup Halcyon.")
    assert value(f, "status") != "closed"


# --- a day without a year on a dated page ------------------------------------------------------------------------
# The lead's convention: on a page with a date of its own, a month and day told without a year take the year that
# makes them the next such day on or after the page's date when the words look ahead ("will take over", "effective
# Jan. 1"), the last such day on or before it when told as past. (An undated page keeps no year: stop 40.)

NOVEMBER = dt.date(2031, 11, 20)
MARCH = dt.date(2031, 3, 12)


@pytest.mark.parametrize(
    ("sentence", "date", "day"),
    [
        (
            "Mara Quentin will take over as chief executive on Jan. 5, succeeding Lena Vey.",
            NOVEMBER,
            "2032-01-05",
        ),
        (
            "Mara Quentin was named chief executive, effective Jan. 5, succeeding Lena Vey.",
            NOVEMBER,
            "2032-01-05",
        ),
        (
            "Mara Quentin will take over as chief executive on Nov. 2, succeeding Lena Vey.",
            NOVEMBER,
            "2032-11-02",
        ),
        ("Mara Quentin took over as chief executive on Dec. 1, succeeding Lena Vey.", MARCH, "2030-12-01"),
        (
            "Mara Quentin will take over as chief executive on May 4, succeeding Lena Vey.",
            MARCH,
            "2031-05-04",
        ),
    ],
)
def test_a_day_without_a_year_on_a_dated_page(sentence: str, date: dt.date, day: str) -> None:
    f = appointment_facts(story(sentence, headline="Dalvik Rail names Quentin chief executive"), date=date)
    assert (value(f, "person"), value(f, "effective")) == ("Mara Quentin", day)


def test_near_miss_a_leave_effective_days_before_the_page_keeps_its_year() -> None:
    # told as past with an "effective" day a week before the page: that day, not next year's
    text = story(
        "Lena Vey resigned as chief executive of Dalvik Rail, effective Nov. 13, and Mara Quentin was named "
        "to succeed her.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    assert value(appointment_facts(text, date=NOVEMBER), "effective") == "2031-11-13"


def test_near_miss_an_undated_page_keeps_no_year() -> None:
    text = story(
        "Mara Quentin will take over as chief executive on Jan. 5, succeeding Lena Vey.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    assert value(appointment_facts(text, date=None), "effective") == "--01-05"


# --- a stage told below a top that tells none --------------------------------------------------------------------
# The form: a page opens on the people or the background ("Y's founder left X in 2027 to start the company") and
# tells the deal's stage a few sentences down, as a party's own act ("X also signed a licence with Y", "Instead,
# X agreed to pay $3 billion"). Before, only the headline and the lead were read and the stage defaulted to
# announced. Only a party's act at the page's moment counts: another company's act, one dated before the page
# ("already", "in 2027") and an agreement to do something else ("agreed to use X's cloud") tell nothing.

team_story = AppointmentStory(
    "Orbitex licenses Halcyon's robot models in $900 million deal", "Halcyon declined to comment."
)


def test_a_stage_told_below_the_lead_is_read() -> None:
    text = team_story(
        "Halcyon co-founder Ona Brisk left Orbitex in 2027 to start the robotics company. Brisk and a third "
        "of the staff will return to Orbitex's research arm. Orbitex also signed a non-exclusive licence with "
        "Halcyon to use its models."
    )
    f = facts_of(text, date=WEDNESDAY)
    assert (value(f, "buyer"), value(f, "target"), value(f, "status")) == ("Orbitex", "Halcyon", "agreed")


@pytest.mark.parametrize(
    "sentence",
    [
        "Halcyon has agreed to use Orbitex's cloud for its training runs.",
        "Halcyon already closed a $300 million round with other backers.",
        "Orbitex completed a smaller purchase of a sensor maker in 2027.",
    ],
)
def test_near_miss_another_act_below_the_lead_tells_no_stage(sentence: str) -> None:
    text = team_story(
        "Halcyon co-founder Ona Brisk left Orbitex in 2027 to start the robotics company. Brisk and a third "
        f"of the staff will return to Orbitex's research arm. {sentence}"
    )
    assert value(facts_of(text, date=WEDNESDAY), "status") not in ("agreed", "closed")


def test_a_signing_told_in_the_past_on_a_probe_page_is_closed() -> None:
    # a page on a regulator's probe of the deal: the deal under it is one made
    text = team_story(
        "The competition authority is investigating whether Orbitex's licence with Halcyon let it avoid a "
        "merger review, a newspaper reported on Thursday. Officials have asked both firms for documents. "
        "Orbitex last year signed a licensing deal with Halcyon that gave it use of the startup's models."
    )
    assert value(facts_of(text, date=WEDNESDAY), "status") == "closed"


def test_near_miss_a_past_signing_without_a_probe_is_no_stage() -> None:
    text = team_story(
        "Halcyon co-founder Ona Brisk left Orbitex in 2027 to start the robotics company. Brisk and a third "
        "of the staff will return to Orbitex's research arm. Orbitex last year signed a smaller deal with Halcyon."
    )
    assert value(facts_of(text, date=WEDNESDAY), "status") != "closed"


def test_a_stake_bought_last_week_by_a_described_party_is_closed() -> None:
    # the top tells talk of a merger only; the body tells the purchase of a stake a few days before the page
    text = AppointmentStory(
        "Nordia chief eyes a merger with Kestrel Bank", "Kestrel Bank declined to comment."
    )(
        "Nordia Bank chief Teo Vantel said a merger with Kestrel Bank could create value for both lenders. "
        "He left the decision to Kestrel's owners, he told a business daily in Oslo on Monday. Vantel saw "
        "savings in central functions. Denmark's biggest bank acquired a 9% stake in Kestrel Bank last week, "
        "surprising the government in Oslo."
    )
    f = facts_of(text, date=WEDNESDAY)
    assert (value(f, "buyer"), value(f, "target"), value(f, "status")) == (
        "Nordia Bank",
        "Kestrel Bank",
        "closed",
    )


# --- the body's word on the departure before the headline's ------------------------------------------------------
# The form: a headline says "X ousted, replaced by Y" and the body "X will step down and be replaced by Y". The
# slots are the body's statement (the headline's is its own); the headline's word counts only when the body
# tells no departure. Before, an ouster counted wherever told, the headline too.


def test_the_bodys_departure_word_beats_the_headlines() -> None:
    text = story(
        "Dalvik Rail said on Wednesday that chief executive Lena Vey will step down and be replaced by Mara "
        "Quentin, the head of its freight unit.",
        headline="Dalvik Rail chief Lena Vey ousted, replaced by Mara Quentin",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "predecessor"), value(f, "person"), value(f, "departure")) == (
        "Lena Vey",
        "Mara Quentin",
        "resigned",
    )


def test_near_miss_a_headlines_ouster_stands_when_the_body_tells_no_departure() -> None:
    text = story(
        "Dalvik Rail named Mara Quentin as chief executive on Wednesday, replacing Lena Vey.",
        headline="Dalvik Rail chief Lena Vey ousted, replaced by Mara Quentin",
    )
    assert value(appointment_facts(text, date=WEDNESDAY), "departure") == "forced_out"


# --- the one leaving named as a departure noun's complement ------------------------------------------------------
# The form: "Orbitex said it had accepted the resignation of its chief executive, X. Y will step in as interim
# chief." Before, with no succession verb and no person as the departure's subject, nobody was the one leaving.


def test_the_resignation_of_its_chief_names_the_one_leaving() -> None:
    text = story(
        "Dalvik Rail said on Wednesday it had accepted the resignation of its chief executive, Lena Vey. Mara Quentin, "
        "the company's finance chief, will step in as interim chief executive.",
        headline="Dalvik Rail chief resigns",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "modifier"), value(f, "predecessor"), value(f, "departure")) == (
        "Mara Quentin",
        "interim",
        "Lena Vey",
        "resigned",
    )


def test_near_miss_the_resignation_of_a_board_member_told_apart_names_no_one_leaving() -> None:
    # another noun phrase between "of" and the name: not the post's holder
    text = story(
        "Dalvik Rail named Mara Quentin as interim chief executive on Wednesday, after the resignation of a "
        "board committee led by Lena Vey.",
        headline="Dalvik Rail names an interim chief",
    )
    assert value(appointment_facts(text, date=WEDNESDAY), "predecessor") != "Lena Vey"


# --- whose intention to retire -----------------------------------------------------------------------------------
# The form: "X is stepping down. ... X said he informed the chairman, Y, about his intention to retire": the
# possessive is the subject's (X, who tells), not the person told (Y). A vague "stepping down" is a retirement when
# the text says retirement of the one leaving; before, "his intention to retire" was read as the chairman's.


def test_an_intention_to_retire_told_to_the_chairman_is_the_one_leavings() -> None:
    text = story(
        "Dalvik Rail chief executive Lena Vey is stepping down, the company said on Wednesday. The board has "
        "started a search for a successor. Vey said she first weighed leaving over the summer and in recent "
        "weeks informed the railway's chair Teo Vantel about her intention to retire.",
        headline="Dalvik Rail's chief steps down",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "predecessor"), value(f, "departure")) == ("Lena Vey", "retired")


def test_near_miss_a_leave_of_the_person_told_is_not_the_one_leavings() -> None:
    # no telling verb: "her" is the nearest person's, the chair's own retirement, no word on the one leaving
    text = story(
        "Dalvik Rail chief executive Lena Vey is stepping down, the company said on Wednesday. The board has "
        "started a search for a successor. The chair Teo Vantel spoke of Mara Quentin and her retirement plans.",
        headline="Dalvik Rail's chief steps down",
    )
    assert value(appointment_facts(text, date=WEDNESDAY), "departure") == "resigned"


# --- a round's supporters are no lead ----------------------------------------------------------------------------
# The form: "Y has closed a $800 million round supported by A and B along with existing investors C and D": the
# round's backers are listed, none named as its lead: no buyer (the tables' convention for a round with no lead).
# Before, the first supporter was read as the buyer.

round_story = AppointmentStory("Halcyon raises $800 million", "Halcyon declined to comment.")


def test_a_rounds_supporters_are_no_buyer() -> None:
    text = round_story(
        "The robotics startup Halcyon has closed an $800 million funding round supported by Orbitex Capital and "
        "Nordia Pension Fund along with existing investors."
    )
    f = facts_of(text, date=WEDNESDAY)
    assert (value(f, "buyer"), value(f, "target"), value(f, "amount")) == (None, "Halcyon", 800e6)


def test_near_miss_a_round_led_by_an_investor_names_the_buyer() -> None:
    text = round_story(
        "The robotics startup Halcyon has closed an $800 million funding round led by Orbitex Capital, with "
        "Nordia Pension Fund also taking part."
    )
    f = facts_of(text, date=WEDNESDAY)
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex Capital", "Halcyon")


# --- a round named by its year on an undated page ----------------------------------------------------------------
# The form: "investors will be bought out at about 2.5 times the price of its 2029 Series A round, which valued the
# firm at $1bn": on a page with no date (whose latest year may be that round's own), a round told by its year and
# sized in its relative clause is an earlier round; its valuation is no valuation of this deal.


def test_a_year_named_rounds_valuation_on_an_undated_page_is_past() -> None:
    text = team_story(
        "Orbitex will pay Halcyon $900 million to license its robot models and hire its founders. Halcyon's "
        "investors will be bought out at about three times the share price of Halcyon's 2029 Series A round, "
        "which valued the startup at $1bn."
    )
    assert value(facts_of(text, date=None), "valuation") is None


def test_near_miss_this_rounds_valuation_stays() -> None:
    text = round_story(
        "The robotics startup Halcyon has raised $800 million in a round led by Orbitex Capital, which values "
        "the startup at $9bn."
    )
    assert value(facts_of(text, date=None), "valuation") == 9e9
