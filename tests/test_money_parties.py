"""Figures and parties of a deal told the South Asian way and among other investors (issue 11, stop 25).

Classes, each tested with sentences written here in several shapes (no sentence comes from an article):
crore and lakh units with Indian digit grouping; the deal's parties when a page also tells its owner's
raise and a list of other investors; a target named through its parent ("<Parent>'s digital unit,
<Target>", "a stake in its digital unit"), found where the article names the unit, else left empty; a
clause after the object ("..., people familiar said, seeking to join Y ...") that names no party; a
status cue of another investor's deal; money already paid.
"""

from __future__ import annotations

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import figures
from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.rates import stated_rates
from tui.analysis.model import FigureKind


def money(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(text, "a") if f.kind == FigureKind.MONEY]


# --- crore, lakh and Indian digit grouping ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "amount"),
    [
        ("raised Rs 3,14,702 crore so far", "Rs 3,14,702 crore", 3.14702e12),
        ("a net debt of ₹1,20,000 crore", "₹1,20,000 crore", 1.2e12),
        ("valued at INR 4,36,000 crore", "INR 4,36,000 crore", 4.36e12),
        ("a bill of Rs. 12,34,56,789 in all", "Rs. 12,34,56,789", 123456789.0),
        ("Rs 3,14,702.5 crore", "Rs 3,14,702.5 crore", 3.147025e12),
        # the plural unit, also right before a closing quotation mark
        ("will put in Rs 48,500 crores for it", "Rs 48,500 crores", 4.85e11),
        ("“... Rs 48,500 crores,” he said", "Rs 48,500 crores", 4.85e11),
        ("Rs 7 lakh crores", "Rs 7 lakh crores", 7e12),
        ("Rs 3.2 lakh-crore", "Rs 3.2 lakh-crore", 3.2e12),
        ("Rs 15 lakhs", "Rs 15 lakhs", 1.5e6),
        ("Rs 500 cr for a stake", "Rs 500 cr", 5e9),
        ("Rs 500 Cr.", "Rs 500 Cr", 5e9),
        ("1.52 lakh crore rupees", "1.52 lakh crore rupees", 1.52e12),
        ("48,500 crores rupees", "48,500 crores rupees", 4.85e11),
    ],
)
def test_crore_and_lakh_figures_keep_their_unit_and_every_digit(
    text: str, stated: str, amount: float
) -> None:
    ((got_stated, got_value, unit),) = money(text)
    assert (got_stated, unit) == (stated, "INR")
    assert got_value == pytest.approx(amount)


@pytest.mark.parametrize(
    ("text", "stated", "amount"),
    [
        ("$12,345 and more", "$12,345", 12345.0),  # western grouping stays western
        ("$1,234,567 in fees", "$1,234,567", 1234567.0),
        ("Rs 1,20,000, and then", "Rs 1,20,000", 120000.0),  # a comma after the figure ends it
        ("a $2.7 Bln deal", "$2.7 Bln", 2.7e9),
        ("US$500mn", "US$500mn", 5e8),
        ("£1.2bn", "£1.2bn", 1.2e9),
        ("€3 billion", "€3 billion", 3e9),
        ("$1.5 tn", "$1.5 tn", 1.5e12),
        ("it spent half a billion dollars", "half a billion dollars", 5e8),
    ],
)
def test_other_units_still_hold(text: str, stated: str, amount: float) -> None:
    ((got_stated, got_value, _unit),) = money(text)
    assert got_stated == stated
    assert got_value == pytest.approx(amount)


def test_a_range_keeps_both_ends() -> None:
    (fig,) = [f for f in find_figures("$10–12 billion", "a") if f.kind == FigureKind.MONEY]
    assert (fig.low, fig.high) == (10e9, 12e9)


@pytest.mark.parametrize("unit", ["Rs 1,11,", ",11", "1,11,11,", "Rs 1 lakh crores ", "₹1,1"])
def test_indian_grouping_and_plural_scales_are_linear(unit: str) -> None:
    line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    for pattern in (figures._MONEY, figures._MONEY_WORDS, figures._PERCENT):
        for m in pattern.finditer(line):
            assert m.end() - m.start() < 200


# --- the deal's parties among other investors ---------------------------------------------------------

LIST_PAGE = """Orbitex to take 6.5% of Larch Digital for Rs 9,120 crore

Orbitex Corp will invest Rs 9,120 crore in {target} for a 6.5 per cent stake, chairman Ravi Menon told shareholders on Tuesday.

Nine buyers have come in since March, the first when Nimbus Capital agreed to buy 8.2 per cent for Rs 21,450.50 crore.

Larch Industries has raised Rs 1,04,300 crore from such sales over four months, ahead of its net debt of Rs 1,21,600 crore.

Three funds are among the earlier buyers: Quarry Partners bought 2.1 per cent for Rs 4,010.25 crore, Tessel Equity Partners paid Rs 5,600 crore for a 2.9 per cent stake and Harrow Capital acquired a 1.1 per cent stake for Rs 2,380 crore.
"""


@pytest.mark.parametrize(
    "target",
    [
        "Larch Industries' digital unit, Larch Digital",
        "Larch Industries (LIL)'s telecom and digital unit Larch Digital",
        "Larch Industries Ltd's (LIL) digital subsidiary, Larch Digital",
    ],
)
def test_the_deal_is_the_lead_pair_not_the_owner_raise_or_another_investor(target: str) -> None:
    f = facts_of(LIST_PAGE.format(target=target))
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex Corp", "Larch Digital")
    amount = f.slots["amount"]
    assert (amount.value, amount.unit) == (9.12e10, "INR")
    assert value(f, "stake") == 6.5
    # another investor's "agreed to buy" is no status of this deal
    assert value(f, "status") == "announced"


def test_other_investors_stakes_and_prices_in_a_list_are_theirs() -> None:
    f = facts_of(LIST_PAGE.format(target="Larch Industries' digital unit, Larch Digital"))
    of = {c.fact.stated: c.of for c in f.why("amount")}
    assert of["Rs 21,450.50 crore"] == "other_deal"  # "Y agreed to buy 8.2 per cent for Rs X"
    assert of["Rs 4,010.25 crore"] == "other_deal"  # "Y bought 2.1 per cent for Rs X"
    assert of["Rs 2,380 crore"] == "other_deal"  # "Y acquired a 1.1 per cent stake for Rs X"
    stakes = {c.fact.stated: c.of for c in f.why("stake")}
    assert stakes["2.9 per cent"] == "other_stake"  # "Y paid Rs X for a 2.9 per cent stake"
    assert stakes["1.1 per cent"] == "other_stake"


UNIT_PAGE = """Orbitex buys 6.5% of Corvane's cloud unit

Corvane Holdings told investors that Orbitex Corp will buy a 6.5% stake in its cloud unit for $1.2 billion, gaining a second big backer after Nimbus Capital.

{rest}
"""


@pytest.mark.parametrize(
    "rest",
    [
        "The deal values the unit at about $18.5 billion. Corvane's cloud unit Larch Digital has drawn $16 billion from investors since March.",
        "Larch Digital, the digital arm of Corvane, has drawn $16 billion from investors since March.",
        "Larch Digital, a subsidiary of the group, has drawn $16 billion from investors since March.",
    ],
)
def test_a_unit_told_through_its_parent_is_the_unit_the_article_names(rest: str) -> None:
    f = facts_of(UNIT_PAGE.format(rest=rest))
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex Corp", "Larch Digital")
    assert value(f, "amount") == 1.2e9


def test_a_unit_the_article_never_names_leaves_the_target_empty() -> None:
    """Neither the owner (the most named) nor the investor told after a participle is the target."""
    f = facts_of(
        UNIT_PAGE.format(
            rest="Corvane Holdings shares rose 2% in Mumbai. Nimbus Capital bought 9.9% of the unit in April."
        )
    )
    assert value(f, "buyer") == "Orbitex Corp"
    assert value(f, "target") is None
    assert value(f, "amount") == 1.2e9


@pytest.mark.parametrize(
    "after",
    [
        "two people briefed on it said, hoping to follow Nimbus Capital into the market",
        "sources said, joining Nimbus Capital among its backers",
        "according to two people, gaining a place beside Nimbus Capital",
    ],
)
def test_a_clause_after_the_object_names_no_party(after: str) -> None:
    f = facts_of(
        "Orbitex in talks over $1 billion stake\n\n"
        f"Orbitex Corp is in late-stage talks to take a $1 billion stake in tycoon Ravi Menon's media venture, {after}.\n\n"
        "The talks cover Larch Digital, the digital arm of Menon's Corvane Holdings, with a deal possible within weeks.\n"
    )
    assert value(f, "buyer") == "Orbitex Corp"
    assert value(f, "target") == "Larch Digital"
    assert value(f, "status") == "talks"


# --- money already paid, a stake picked up --------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "status"),
    [
        ("has paid Rs 9,120 crore for", "closed"),
        ("have paid Rs 9,120 crore for", "closed"),
        # a stake the buyer will pick up is an investment announced (stop 41, the lead's convention: "will
        # invest" is announced unless the page says agreed; before, agreed)
        ("will pick up", "announced"),
    ],
)
def test_money_paid_is_closed_and_a_stake_picked_up_is_announced(verb: str, status: str) -> None:
    f = facts_of(
        "Orbitex and Larch Digital\n\n"
        f"Orbitex Corp {verb} a 6.5 per cent stake in Larch Industries' digital subsidiary, Larch Digital, after Nimbus Capital, the group told the exchange.\n"
    )
    assert value(f, "status") == status
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex Corp", "Larch Digital")


@pytest.mark.parametrize(
    ("middle", "status"),
    [
        # another investor's status told in passing is not this deal's
        ("from March, when Nimbus Capital agreed to buy 8.2 per cent", "announced"),
        ("after Nimbus Capital quietly agreed to buy 8.2 per cent", "announced"),
        # a pronoun is the subject: the cue is this deal's, whatever organisation stands before it
        ("from Nimbus Capital and Quarry Partners because it closes a new round", "closed"),
    ],
)
def test_a_status_cue_is_another_deals_only_when_another_company_is_its_subject(
    middle: str, status: str
) -> None:
    f = facts_of(
        "Orbitex backs Larch Digital\n\n"
        "Orbitex Corp will invest $1.2 billion in Larch Digital, the start-up told staff.\n\n"
        f"Larch Digital has drawn backing {middle}.\n"
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex Corp", "Larch Digital")
    assert value(f, "status") == status


# --- a price keeps its other-currency forms ----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rate"),
    [
        ("($1 = 83.2050 Indian rupees)", ("USD", "INR", 83.205)),
        ("($1 = 0.9310 euros)", ("USD", "EUR", 0.931)),
        ("(1 euro = $1.0750)", ("EUR", "USD", 1.075)),
        ("(£1 = $1.2440)", ("GBP", "USD", 1.244)),
        ("($1 = 7.2140 yuan)", ("USD", "CNY", 7.214)),
        ("(1 US dollar = 83.1 rupees)", ("USD", "INR", 83.1)),
    ],
)
def test_a_rate_line_is_read(line: str, rate: tuple[str, str, float]) -> None:
    assert stated_rates(f"Orbitex paid for it. {line}\n(Reporting by A. Writer)") == (rate,)


def test_two_rates_for_one_pair_are_no_rate() -> None:
    assert stated_rates("($1 = 83.2 rupees) then ($1 = 84.0 rupees)") == ()
    assert stated_rates("a = b, (x = 3 apples), ($1 = 2 shells)") == ()


def test_rate_lines_are_linear() -> None:
    for unit in ("($1 = ", "(1 euro = $1", "(1 a b = "):
        line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
        assert stated_rates(line) == ()


def test_a_conversion_after_the_figure_rides_on_the_fact() -> None:
    f = facts_of(
        "Orbitex backs Larch Digital\n\n"
        "Orbitex Corp will invest 2.4 billion euros ($2.6 billion) in Larch Digital, the start-up told staff.\n"
    )
    amount = f.slots["amount"]
    assert (amount.value, amount.unit) == (2.4e9, "EUR")
    assert amount.converted == ((2.6e9, "USD"),)


def test_a_price_at_the_rate_the_article_states_rides_on_the_fact() -> None:
    f = facts_of(
        "Orbitex buys 6.5% of Larch Digital\n\n"
        "Orbitex Corp will buy a 6.5% stake in Larch Digital for $1.2 billion, Larch Industries told the exchange.\n\n"
        "($1 = 80.00 Indian rupees)\n"
    )
    amount = f.slots["amount"]
    assert (amount.value, amount.unit) == (1.2e9, "USD")
    ((value, unit),) = amount.converted
    assert unit == "INR" and value == pytest.approx(9.6e10)


def test_a_price_with_no_conversion_carries_none() -> None:
    f = facts_of(LIST_PAGE.format(target="Larch Industries' digital unit, Larch Digital"))
    assert f.slots["amount"].converted == ()


@pytest.mark.parametrize(
    ("text", "stated", "amount"),
    [
        ("($2 bilion)", "$2 bilion", 2e9),
        ("Rs 5 milion", "Rs 5 milion", 5e6),
        ("$3 trilion", "$3 trilion", 3e12),
    ],
)
def test_a_scale_word_missing_one_l_keeps_the_scale(text: str, stated: str, amount: float) -> None:
    ((got_stated, got_value, _unit),) = money(text)
    assert (got_stated, got_value) == (stated, pytest.approx(amount))


@pytest.mark.parametrize(
    "per_share",
    [
        "Holders will get $26.40 in cash plus 0.05 of an Orbitex share for every Larch share they own.",
        "Holders will get $26.40 for each Larch share.",
    ],
)
def test_a_price_for_every_share_is_no_deal_amount(per_share: str) -> None:
    f = facts_of(
        "Orbitex to buy Larch Digital\n\n"
        "Orbitex Corp has agreed to buy Larch Digital in a deal that values the company at about $9.4 billion, the two said.\n\n"
        f"{per_share}\n"
    )
    of = {c.fact.stated: c.of for c in f.why("amount")}
    assert of["$26.40"] == "per_share"
    assert value(f, "amount") == 9.4e9  # the purchase's valuation, its price


@pytest.mark.parametrize(
    "talks", ["in advanced talks for a minority stake in", "in talks over a 10% stake in"]
)
def test_talks_for_a_stake_name_both_parties(talks: str) -> None:
    f = facts_of(
        "Orbitex weighs a Larch stake\n\n"
        f"Orbitex Corp is {talks} Larch Digital Ltd, the cloud arm of Corvane Holdings, two people said.\n"
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex Corp", "Larch Digital Ltd")
    assert value(f, "status") == "talks"


@pytest.mark.parametrize(
    "clause", ["the $15.2 billion it paid for Quarry Labs", "the $15.2 billion it spent on Quarry Labs"]
)
def test_a_price_told_as_a_past_relative_clause_is_a_past_deal(clause: str) -> None:
    f = facts_of(
        "Orbitex to buy Larch Digital\n\n"
        "Orbitex Corp has agreed to buy Larch Digital in a deal that values the company at about $9.4 billion, the two said.\n\n"
        f"It is the largest purchase in Orbitex's history, ahead of {clause}.\n"
    )
    of = {c.fact.stated: c.of for c in f.why("amount")}
    assert of["$15.2 billion"] == "past_deal"
    assert value(f, "amount") == 9.4e9
