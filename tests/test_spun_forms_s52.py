"""Spun text (stop 52, "spun"): a page put through a synonym spinner, which swaps words throughout, keeps the
sentence order and glues or turns its punctuation. Forms 8, 15 and 27 of the stop-51 hold-out.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than any coverage's) that must be read that way and at least one near miss that must not.
No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import quote_speakers as speakers
from tests.test_copies_forms_s51 import _relations
from tui.analysis.compare.model import Slot
from tui.analysis.compare.numbers import slot_of
from tui.analysis.compare.verdicts import (
    _DECIMAL_POINT,
    CONTRADICTION,
    ENDED_STAGE,
    PRECISION,
    SETTLED_STAGE,
    STAGE,
    TALKS_STAGE,
    value_verdict,
)
from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.quotes import find_quotes
from tui.analysis.model import EventFacts, FigureKind
from tui.corpus.model import Article, ArticleMeta

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2033, 5, 10)
deal_story = AppointmentStory("A grocer, a rival and a deal", "Representatives declined to comment.")


def deal_of(body: str) -> EventFacts:
    return facts_of(deal_story(body), date=TUESDAY)


def money(text: str) -> list[tuple[str, float | None, str | None]]:
    """Each money figure of `text`: (its words, value, currency)."""
    return [(f.text, f.value, f.unit) for f in find_figures(text, "t") if f.kind == FigureKind.MONEY]


# --- form 8: a possessive's "s" glued to a dollar sign -----------------------------------------------------------------
# The shape: <Co>’s$ <N> <scale> / <Co>'s$<N> <scale>: a spinner drops the space between a possessive and the dollar
# sign of the figure after it. "s$" read as the Singapore dollar's sign (S$) made the deal's price a Singapore figure,
# incomparable with every other page's dollars. A lower-case "s" glued to "$" right after a letter and an apostrophe
# is the possessive's: the figure is dollars from the sign on. Near misses: the Singapore dollar written as such
# ("S$ 40 million", "S$5 billion"), after a space or a possessive and a space, stays SGD.


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Pellmark’s$ 12 billion purchase of Dunmore Dairies was paused.", "$ 12 billion", 12e9),
        ("The grocer's$450 million bid for a rival chain drew a lawsuit.", "$450 million", 450e6),
        ("Critics said Halvard Co.’s$ 3.2 billion offer undervalued the firm.", "$ 3.2 billion", 3.2e9),
    ],
)
def test_a_possessive_glued_to_a_dollar_sign_is_dollars(text: str, figure: str, value: float) -> None:
    assert money(text) == [(figure, value, "USD")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The port operator raised S$ 40 million from its owners.", "S$ 40 million"),
        ("Its owners paid S$5 billion for the bank.", "S$5 billion"),
        ("Halvard’s S$ 3 billion bond sold out within an hour.", "S$ 3 billion"),
    ],
)
def test_near_miss_the_singapore_dollar_written_as_such_stays_sgd(text: str, figure: str) -> None:
    assert [(t, u) for t, _, u in money(text)] == [(figure, "SGD")]


def test_the_glued_figure_is_the_deals_amount() -> None:
    f = deal_of(
        "A federal judge on Tuesday halted Pellmark Foods’s$ 12 billion purchase of Dunmore Dairies, a rival "
        "chain, siding with the competition regulator."
    )
    found = f.slots.get("amount")
    assert found is not None and (found.value, found.unit) == (12e9, "USD")


# --- form 8, the parties it carries: a deal noun owned by a possessive glued to its figure's sign ---------------------
# The shape: <Buyer>’s$ <N> <scale> (purchase | acquisition | takeover) of <Target>: the possessor of a deal noun is its
# buyer ("<X>'s $8 billion investment in <Y>"), but the noun phrase between was read only after a space, so the glued
# sign left the deal with no parties. A currency sign glued to the possessive now opens that noun phrase. Near miss:
# a possessive glued to a figure that is no deal ("<X>’s$ 3 billion debt pile") names no buyer. (The reordered "merger
# of" of the spun page, with no verb of buying, is the parties' own form and is not read here.)


@pytest.mark.parametrize(
    ("body", "buyer", "target"),
    [
        (
            "A federal judge on Tuesday halted Pellmark Foods’s$ 12 billion purchase of Dunmore Dairies, a rival chain.",
            "Pellmark Foods",
            "Dunmore Dairies",
        ),
        (
            "Critics said Halvard Co.’s$ 3.2 billion takeover of Brisa Telecom undervalued the firm.",
            "Halvard Co.",
            "Brisa Telecom",
        ),
        (
            "The court paused Brisa Telecom’s$ 5.1 billion acquisition of Quorra Networks until a full hearing.",
            "Brisa Telecom",
            "Quorra Networks",
        ),
    ],
)
def test_a_glued_possessive_owns_the_deal_noun(body: str, buyer: str, target: str) -> None:
    f = deal_of(body)
    assert (f.slots["buyer"].value, f.slots["target"].value) == (buyer, target)


def test_near_miss_a_glued_possessive_before_no_deal_names_no_buyer() -> None:
    f = deal_of(
        "Pellmark Foods’s$ 3 billion debt pile worried Dunmore Dairies, which walked away from talks."
    )
    assert f.slots.get("buyer") is None


# --- form 27 (the precision it carries): a whole figure that cuts another's decimals -----------------------------------
# The shape: one page gives a sum of money to its decimals ("$24.6 billion"), another the same sum cut to its whole
# part ("$24 billion"; a spun copy, a headline's short form). A whole figure of ten units or more that is the other cut
# to its whole part, less than 5% apart, is the same figure at a coarser precision, not a contradiction. Near misses
# that stay contradictions: a whole figure under ten units ("$4 billion" vs "$4.6 billion": a fifth of it is too much
# to drop), a figure with decimals of its own ("$14.3 billion" vs "$14.8 billion"), a whole figure above the other
# ("$25 billion" vs "$24.3 billion" is no cut), and shares ("49%" vs "49.6%").


def _slot(text: str) -> Slot:
    article = Article("t", Path("t.txt"), text, ArticleMeta())
    fig = next(f for f in find_figures(text, "t") if f.kind in (FigureKind.MONEY, FigureKind.PERCENT))
    return slot_of(fig, article, "percent" if fig.kind == FigureKind.PERCENT else "money")


@pytest.mark.parametrize(
    ("whole", "fine"),
    [
        ("a $24 billion merger", "a $24.6 billion merger"),
        ("the €31 million sale", "the €31.8 million sale"),
        ("a £17bn takeover", "a £17.7bn takeover"),
    ],
)
def test_a_whole_figure_that_cuts_the_others_decimals_is_precision(whole: str, fine: str) -> None:
    for a, b in ((whole, fine), (fine, whole)):
        v = value_verdict(_slot(a), _slot(b))
        assert (v.kind, v.reason) == (PRECISION, "decimals-dropped"), v.why


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a $4 billion deal", "a $4.6 billion deal"),
        ("a $14.3 billion deal", "a $14.8 billion deal"),
        ("a $25 billion deal", "a $24.3 billion deal"),
        ("a 49% stake", "a 49.6% stake"),
    ],
)
def test_near_miss_other_gaps_stay_contradictions(a: str, b: str) -> None:
    assert value_verdict(_slot(a), _slot(b)).kind == CONTRADICTION


@pytest.mark.parametrize(
    ("whole", "fine"),
    [
        ("a $24 billion merger", "a $24.6 billion merger"),
        ("the €31 million sale", "the €31.8 million sale"),
        ("a £17bn takeover", "a £17.7bn takeover"),
    ],
)
def test_decimals_dropped_at_two_stages_stay_one_figure_cut(whole: str, fine: str) -> None:
    # the deal agreed on one page, ended on a later one: a figure a writer cut is no figure that moved with the deal
    # (seen in the app on a fitted story: "$ 24 billion" vs "$24.6 billion" was shown as a stage change)
    agreed = dataclasses.replace(_slot(whole), stage=SETTLED_STAGE, status="agreed")
    ended = dataclasses.replace(_slot(fine), stage=ENDED_STAGE, status="collapsed")
    for a, b in ((agreed, ended), (ended, agreed)):
        v = value_verdict(a, b)
        assert (v.kind, v.reason) == (PRECISION, "decimals-dropped"), v.why


def test_near_miss_a_hedged_figure_at_two_stages_is_still_a_stage_change() -> None:
    talks = dataclasses.replace(_slot("about $13 billion in talks"), stage=TALKS_STAGE, status="talks")
    agreed = dataclasses.replace(_slot("a $14 billion deal"), stage=SETTLED_STAGE, status="agreed")
    assert value_verdict(talks, agreed).kind == STAGE


# --- form 15: a quotation opened by a closing mark; "according to Judge <Name>" ----------------------------------------
# The shape (a): ... . ” <Capitalised words> ...”, <speaker> said. A spinner (or a careless re-typing) opens a
# quotation with a closing double curly mark after a space; with no quotation open, the mark opened nothing and the
# quotation was lost. A closing double mark at the paragraph's start or after white space, before a capital letter
# (one space between allowed), with another closing mark later in its paragraph, opens the quotation. Near misses: a
# closing mark with a space typed before it and a lower-case word after ("a win ” she said") opens nothing, nor does
# one that nothing closes after.
# The shape (b): "<Q>," according to / said / added <Office> <Name>, where the office is a public one written as a
# title (Judge, Senator, Governor, Mayor, Minister ...): the person speaks, as after a company's post ("said CEO X").
# Near miss: the office with no name after it ("according to the judge") stays an unnamed source.

_HEAD = "Court pauses grocer deal\n\nA federal court on Tuesday paused the planned purchase of a grocery chain.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Judge Ada Moss sided with the regulator. ” The order only delays the closing”, she said.",
            [("The order only", "Ada Moss")],
        ),
        (
            "” Shoppers will thank the court”, Senator Ivo Stark told reporters after the ruling.",
            [("Shoppers will thank", "Ivo Stark")],
        ),
        (
            "Analyst Lena Vey of Quarry Bank was not surprised. ”Nobody expected a quick win here,” Vey wrote.",
            [("Nobody expected a", "Lena Vey")],
        ),
    ],
)
def test_a_quotation_opened_by_a_closing_mark_is_kept(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers(_story(paragraph)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was a clear win ” she said after the hearing, and left the court.",
        "The chain called it a setback. ” More appeals will follow, it said.",
    ],
)
def test_near_miss_a_closing_mark_that_opens_nothing(paragraph: str) -> None:
    assert find_quotes(paragraph, [(0, len(paragraph))]) == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "“The order only delays the closing,” according to Judge Ada Moss.",
            [("The order only", "Ada Moss")],
        ),
        (
            "Judge Ada Moss heard the case. The purchase, according to Judge Moss, “would end rivalry between the "
            "chains.”",
            [("would end rivalry", "Ada Moss")],
        ),
        (
            "“Shoppers will pay for this merger,” said Governor Lena Vey on Tuesday.",
            [("Shoppers will pay", "Lena Vey")],
        ),
    ],
)
def test_a_public_office_before_a_name_after_the_cue(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(_story(paragraph)) == expected


def test_near_miss_the_office_alone_stays_unnamed() -> None:
    assert speakers(_story("“The order only delays the closing,” according to the judge.")) == [
        ("The order only", "the judge")
    ]


# --- the patterns changed or added for these forms scan a long line in linear time ---------------------------------


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [
        (extract_pattern("attribution", "_TITLE_BEFORE_NAME"), "Judge Senator Chief Executive Officer "),
        (extract_pattern("attribution", "_TITLE_BEFORE_NAME"), "Gov. Sen. judge "),
        (_DECIMAL_POINT, "24.6 1. .5 "),
        (extract_pattern("deal_parties", "_POSSESSED_NOUN"), "’s$ 24 billion ’s "),
        (extract_pattern("deal_parties", "_POSSESSED_NOUN"), "'s (ab) $ x. "),
    ],
)
def test_the_patterns_are_linear(pattern: re.Pattern[str], unit: str) -> None:
    assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- form 27: a spun copy, words swapped throughout and their order kept, is a copy of its original -----------------
# The shape: page B is page A put through a synonym spinner: every sentence in its place and order, most content
# words swapped one for one ("ruling" -> "decision", "judge" -> "determine", "deal" -> "package"), the function words
# and names kept, page furniture of B's own perhaps after the story. Each pair of sentences is only 45-60 alike by the
# in-order ratio here and there, so the rewrite rules' chain (ALIGN_RATIO 60) broke and no copy was linked. In order
# at SPUN_RATIO (45), from the lead of both over the whole shorter text, with at least three of the writers' own
# pairs swapped under 60 and fewer than three near-verbatim, B is a copy of A. Near misses: two pages retelling one
# press release (its sentences near-verbatim: the same-wire and copy rules judge them) and two independent reports
# of one event (facts shared, not every sentence in order) are no spun copy.

_SYNONYMS = {
    "ruling": "decision",
    "judge": "determine",
    "deal": "package",
    "merger": "consolidation",
    "blocked": "stopped",
    "competition": "contest",
    "companies": "businesses",
    "federal": "national",
    "regulators": "officials",
    "argued": "contended",
    "history": "past",
    "pending": "looming",
    "challenge": "issue",
    "simply": "just",
    "abandon": "drop",
    "shoppers": "consumers",
    "workers": "staff",
    "largest": "biggest",
    "plan": "scheme",
    "court": "tribunal",
    "chains": "networks",
    "rival": "foe",
    "prices": "costs",
    "higher": "greater",
    "would": "could",
    "said": "stated",
    "weeks": "days",
    "stores": "shops",
    "sell": "offload",
    "buyer": "purchaser",
    "hearing": "session",
    "lawyers": "attorneys",
    "appeal": "challenge",
    "state": "regional",
    "order": "directive",
    "new": "fresh",
    "cities": "towns",
    "owners": "proprietors",
    "market": "sector",
    "bakeries": "bakehouses",
    "bread": "loaves",
    "flour": "meal",
    "mills": "grinders",
    "harvest": "crop",
    "ports": "harbours",
    "ships": "sea vessels",
    "cargo": "freight loads",
    "routes": "lanes",
    "fees": "charges",
    "union": "labour guild",
    "dockers": "stevedores",
    "Monday,": "Mon,",
    "Monday": "Mon",
    "Tuesday": "Tue",
    "Friday": "Fri",
    "siding": "agreeing",
    "reduce": "lessen",
    "push": "drive",
    "many": "numerous",
    "heard": "listened to",
    "evidence": "testimony",
    "issued": "released",
    "compete": "vie",
    "head": "face",
    "towns": "villages",
    "offered": "proposed",
    "smaller": "lesser",
    "win": "gain",
    "approval": "consent",
    "keep": "hold",
    "alive": "living",
    "hours": "hrs",
    "later": "afterwards",
    "own": "personal",
    "case": "matter",
    "still": "yet",
    "feared": "dreaded",
    "close": "shut",
    "cut": "slash",
    "creating": "forming",
    "leader": "chief",
    "bring": "carry",
    "together": "jointly",
    "owned": "held",
    "let": "allow",
    "buy": "acquire",
    "lower": "reduced",
    "poor": "weak",
    "review": "examine",
    "because": "since",
    "most": "the majority",
    "rise": "climb",
    "older": "elder",
    "cost": "price",
    "jobs": "positions",
    "first": "initial",
    "years": "yrs",
    "expect": "anticipate",
    "take": "require",
    "least": "minimum",
    "Shares": "Stocks",
    "rose": "climbed",
    "percent": "pct",
    "announced": "revealed",
    "morning": "dawn",
    "agreed": "consented",
    "terminals": "depots",
    "southern": "south",
    "coast": "shore",
    "put": "place",
    "region": "area",
    "under": "beneath",
    "Shipping": "Delivery",
    "lines": "firms",
    "use": "utilize",
    "study": "examine",
    "whether": "if",
    "busiest": "most active",
    "hundreds": "scores",
    "within": "inside",
    "larger": "bigger",
    "draw": "attract",
    "more": "extra",
    "asked": "requested",
    "capital": "seat",
    "hear": "listen to",
    "month": "mo",
    "completed": "finished",
    "before": "prior to",
    "end": "close",
    "year": "yr",
    "west,": "west coast,",
    "north,": "north region,",
    "and": "as well as",
    "after": "following",
    "their": "its",
    "with": "alongside",
    "from": "coming from",
    "at": "located at",
    "two": "2",
    "three": "3",
    "four": "4",
    "they": "these firms",
    "district": "area",
    "Judge": "Determine",
    "same": "identical",
    "few": "couple of",
    "Federal": "National",
    "hundred": "100",
    "she": "the magistrate",
}


def _spin(text: str) -> str:
    """A toy synonym spinner: each word of `_SYNONYMS` swapped, every other word and the order kept."""
    return " ".join(_SYNONYMS.get(w, w) for w in text.split(" "))


SPUN_ORIGINALS = {
    "grocers": """A federal judge on Monday blocked the merger of the two largest grocery chains in the west, siding with regulators.

The ruling said the deal would reduce competition and push prices higher for shoppers in many cities.

Judge Lena Vey of the district court in Idaho heard three weeks of evidence before she issued the order.

Federal regulators had argued that the companies compete head to head in more than four hundred towns.

The companies had offered to sell three hundred stores to a smaller rival buyer to win approval.

The judge said the plan to sell stores would not keep competition alive in those cities.

A state court in Utah blocked the same merger a few hours later, after a hearing on the state's own case.

Another state challenge in Nevada is still pending, and the companies said they would appeal both rulings.

Workers at both chains said they feared the merger would close stores and cut their hours.
""",
    "bakers": """The two largest bakeries in the north said on Tuesday they would merge, creating a market leader in bread.

The deal would bring together more than ninety bakeries and four flour mills owned by the two companies.

Owners of both companies said the merger would let them buy flour at lower prices after a poor harvest.

Federal regulators said they would review the deal because the companies sell most of the bread in many cities.

The companies argued that shoppers buy bread from many rival stores and that prices would not rise.

A union of bakery workers said the plan would close older bakeries and cost workers their jobs.

The companies said no bakeries would close in the first two years after the merger.

Lawyers for the companies said they expect the review to take at least twelve weeks.

Shares of the larger company rose four percent after the deal was announced in the morning.
""",
    "ports": """Two rival port operators, Harbourline and Capeport, said on Friday they had agreed to merge their terminals on the southern coast.

The deal would put eleven ports and most of the cargo routes in the region under one owner.

Shipping lines said the merger would push fees higher, because ships would have no rival port to use.

Federal regulators said they would study whether the deal would reduce competition on the busiest routes.

The union of dockers said the plan would cut hundreds of jobs at Capeport's smaller ports within two years.

Harbourline argued that larger ports would draw new ships and more cargo to the coast.

The owners of Harbourline and Capeport said they would sell two ports to a new buyer if regulators asked.

A court in the state capital will hear a challenge from Southwind Shipping next month.

The companies said they expect the merger to be completed before the end of next year.
""",
}


def _copy_of(original: str, incoming: str) -> str | None:
    return _relations(original, incoming, None)[0]


@pytest.mark.parametrize("name", sorted(SPUN_ORIGINALS))
def test_a_spun_copy_is_linked_to_its_original(name: str) -> None:
    original = SPUN_ORIGINALS[name]
    assert _copy_of(original, _spin(original)) == "first"


def test_a_spun_copy_with_furniture_of_its_own_after_the_story_is_linked() -> None:
    original = SPUN_ORIGINALS["grocers"]
    furniture = (
        "\nWe are having trouble loading this page in your browser right now.\n\n"
        "Thank you for your patience while we check your access to the site.\n\n"
        "If you are a subscriber already, please log in to your account to read on.\n"
    )
    assert _copy_of(original, _spin(original) + furniture) == "first"


def test_near_miss_two_independent_reports_of_one_event_are_no_copy() -> None:
    other = """A court in Idaho stopped two grocery groups from combining on Monday, a win for the competition agency.

In a long opinion, Judge Lena Vey wrote that the tie-up would leave shoppers with fewer places to buy food.

The grocers had pledged to hand three hundred outlets to a smaller operator, which the judge found too weak.

Hours later a Utah judge reached the same view in a case the state brought on its own.

Nevada's attorney general has a third case that has not yet been heard.

Both grocers told investors they were studying the rulings and would decide on an appeal within days.

Unions welcomed the decisions, saying a combined grocer would have closed outlets and cut shifts.

Analysts said the deal was now unlikely to close this year, if it closes at all.

Shares of the smaller grocer fell six percent in late trading after the news.
"""
    assert _copy_of(SPUN_ORIGINALS["grocers"], other) is None
