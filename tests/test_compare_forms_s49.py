"""Stop 49, compare: two flags the comparison raised on coverage that agrees.

1. One value told in two currencies on one page is the same money. A page writing "about 1.42 billion
   pounds - or around 1.6 billion Swiss francs" restates its pounds in francs: the figure written first is
   the page's own, the other its conversion (extract/conversions.py), and against another page's pounds
   the two agree. Three ways the converted figure had stood for the page's value: a dash before "or" was
   no conversion's gap, "British pounds" was no currency (its figure a count, the francs the page's only
   money), and a cell whose fact names another currency than its figure took the fact's currency for the
   figure -- a converted "1.6 billion Swiss francs" read as 1.6 billion pounds contradicts 1.42 billion
   pounds (that relabelling is meant only for a bare "$" on a dollar country's page: page_dollar.py).
   Two values in two currencies are never a contradiction unless a conversion the page states shows
   them apart. Near misses: a page whose own conversion puts its figure apart from another page's
   keeps its contradiction; "$14 billion - or $40 a share" is no conversion (one currency).
2. A share of a company's free float that a group of investors holds ("Investors in the European
   Union hold about 11% of the company's free float") is how the traded shares are spread, never the
   stake that changes hands (extract/stake_holders.py `free_float`). Near miss: "bought 11% of the
   company's shares" is still a stake.

Invented companies and sentences; expectations written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.test_compare_labels import label_problems
from tests.test_compare_verdict_rules import _compare_files
from tui.analysis.compare import aspects, verdicts
from tui.analysis.compare.model import Aspect, Slot
from tui.corpus.model import Span


def _aspect(tmp_path: Path, texts: dict[str, str], cls: str) -> Aspect:
    result = compare_texts(tmp_path, texts)
    assert label_problems(result) == []
    return result.aspect(cls)


def _verdict(aspect: Aspect, a: str, b: str) -> tuple[str, str]:
    p = next(p for p in aspect.pairs if {p.a, p.b} == {a, b})
    return p.verdict, p.detail


# --- 1. one value in two currencies on one page ----------------------------------------------------

POUNDS_ONLY = "Halden Partners agreed to buy Corrigan Foods. The offer valued Corrigan at about £1.42bn."

TWO_CURRENCIES = [
    # a dash before "or": the francs restate the pounds
    (
        "Halden Partners wants Corrigan Foods. The cash approach valued Corrigan at about 1.42 billion "
        "pounds - or around 1.6 billion Swiss francs.",
        "about 1.42 billion pounds",
    ),
    # pounds named with their country, the conversion after a comma, a reporting clause after it
    (
        "Halden Partners wants Corrigan Foods. Halden's cash approach values Corrigan at 1.42 billion "
        "British pounds, or around 1.6 billion Swiss francs, the company said.",
        "1.42 billion British pounds",
    ),
    # an em dash glued to "or", the value told in a relative clause (a deal's own worth set off by a comma, "The deal,
    # worth about £1.42bn", is the deal's money since stop 54, no valuation)
    (
        "Halden Partners wants Corrigan Foods. The offer, which values Corrigan at about £1.42bn—or roughly 1.6bn Swiss "
        "francs—is expected to close next year.",
        "about £1.42bn",
    ),
]


@pytest.mark.parametrize(("text", "cell"), TWO_CURRENCIES)
def test_one_value_in_two_currencies_agrees_with_the_same_money(tmp_path: Path, text: str, cell: str) -> None:
    aspect = _aspect(tmp_path, {"a": POUNDS_ONLY, "b": text}, "valuation")
    slot = aspect.cells["b"].slot
    assert slot is not None and (slot.text, slot.unit) == (cell, "GBP")
    verdict, detail = _verdict(aspect, "a", "b")
    assert verdict in (verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION), detail


def test_a_converted_figure_keeps_its_own_currency_in_its_cell() -> None:
    # the fact's currency is given to its figure only for a bare "$" on a dollar country's page
    def money(text: str, unit: str) -> Slot:
        return Slot("money", text, Span("b", 0, len(text)), 1.6e9, unit)

    assert not aspects._local_currency("GBP", money("around 1.6 billion Swiss francs", "CHF"))
    assert not aspects._local_currency("EUR", money("$1.6 billion", "USD"))  # no dollar page's currency
    assert not aspects._local_currency("AUD", money("US$1.6 billion", "USD"))  # marked: the US dollar
    assert aspects._local_currency("AUD", money("$1.6 billion", "USD"))


def test_a_conversion_the_page_states_still_shows_two_values_apart(tmp_path: Path) -> None:
    # near miss: the page's own francs for its pounds lie far from the other page's francs
    aspect = _aspect(
        tmp_path,
        {
            "a": "Halden Partners agreed to buy Corrigan Foods, valuing it at about 2.3 billion Swiss francs.",
            "b": "Halden Partners wants Corrigan Foods. The cash approach valued Corrigan at about 1.42 billion "
            "pounds - or around 1.6 billion Swiss francs.",
        },
        "valuation",
    )
    verdict, detail = _verdict(aspect, "a", "b")
    assert verdict == verdicts.CONTRADICTION, detail
    assert "in the same article" in detail


def test_a_dash_and_or_in_one_currency_is_no_conversion() -> None:
    # near miss: "$14 billion - or $40 a share" restates nothing in another currency
    facts = facts_of(
        "Deal news\n\nHalden Partners agreed to buy Corrigan Foods for $14 billion - or $40 a share - in cash."
    )
    amount = facts.slots.get("amount")
    assert amount is not None and amount.value == 14e9 and amount.unit == "USD"
    assert all(c.of != "restated" for c in facts.candidates.get("amount", []))


# --- 2. a share of the free float is no stake ------------------------------------------------------

STATE_SALE = (
    "The Norwegian state sold a 3.4% stake in Vastra Energy to investors on Tuesday, the ministry said."
)

FREE_FLOAT = [
    "Investors in the European Union hold about 11% of the company's free float. The Norwegian state "
    "sold a 3.4% stake in Vastra Energy on Tuesday.",
    "US pension funds own roughly 8% of Vastra's free float, while the Norwegian state sold a 3.4% "
    "stake in Vastra Energy on Tuesday.",
    "About 11% of the company's free-floating shares are held by retail savers in Asia. The Norwegian "
    "state sold a 3.4% stake in Vastra Energy on Tuesday.",
]


@pytest.mark.parametrize("text", FREE_FLOAT)
def test_a_share_of_the_free_float_is_no_stake(tmp_path: Path, text: str) -> None:
    facts = facts_of(f"Stake sale\n\n{text}")
    stake = facts.slots.get("stake")
    assert stake is not None and stake.value == 3.4
    floated = [c for c in facts.candidates.get("stake", []) if c.fact.value != 3.4]
    assert floated and all(c.why_not == "a share of the free float" for c in floated)
    aspect = _aspect(tmp_path, {"a": STATE_SALE, "b": text}, "stake")
    assert _verdict(aspect, "a", "b")[0] == verdicts.SAME


def test_a_share_of_the_company_bought_is_still_a_stake() -> None:
    # near miss: shares bought, not a float held
    facts = facts_of("Stake sale\n\nHalden Partners bought 11% of the company's shares on Tuesday.")
    stake = facts.slots.get("stake")
    assert stake is not None and stake.value == 11.0


# --- the new patterns are linear -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("conversions", "_OR_GAP", " - - , "),
        ("stake_holders", "_FLOAT_HOLDS", "hold ab cd "),
        ("stake_holders", "_OF_FLOAT", " of the ab's free "),
        ("stake_holders", "_HELD_BY", " is now held "),
        ("figures", "_MONEY_WORDS", "3 billion British 2 million "),
    ],
)
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(module: str, name: str, unit: str) -> None:
    # a quadratic scan of 2 MB would take hours
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


# --- a copy that adds the same sum in another currency ---------------------------------------------------------
# The FORM (the lead, stop 49, from the check set's one flag left): a copy of a wire story retells its
# sentence "valued X at about £1.42 billion" and adds the same sum in another currency ("..., or around
# 1.6 billion Swiss francs"). The added sum is a conversion, not a figure the copy changed: the pair
# agrees. Near miss: a copy that changes the sum in the original's own currency still shows the change.

_VALUED = (
    "Ostrava bid lapses\n\n"
    "Halden Group withdrew its offer for Ostrava Instruments on Monday.\n\n"
    "The cash approach valued Ostrava at {price}.\n\n"
    "Ostrava's board had rejected the approach twice, saying it undervalued the business.\n"
)
_META = "    headline_in_text: true\n    date: 2031-04-10\n"


@pytest.mark.parametrize(
    "added",
    [
        "about £1.42 billion, or around 1.6 billion Swiss francs",
        "about £1.42 billion (roughly €1.65 billion)",
        "about £1.42 billion, or some $1.8 billion",
    ],
)
def test_a_copy_adding_the_sum_in_another_currency_changed_no_figure(tmp_path: Path, added: str) -> None:
    texts = {"orig": _VALUED.format(price="about £1.42 billion"), "copy": _VALUED.format(price=added)}
    result = _compare_files(tmp_path, texts, {"orig": _META, "copy": "    copy_of: orig\n" + _META})
    for row in ("valuation", "amount"):
        aspect = result.aspect(row)
        if aspect is None:
            continue
        assert all(p.verdict != verdicts.CONTRADICTION for p in aspect.pairs), row


def test_near_miss_a_copy_changing_the_sum_in_its_own_currency_is_shown(tmp_path: Path) -> None:
    texts = {
        "orig": _VALUED.format(price="about £1.42 billion"),
        "copy": _VALUED.format(price="about £1.62 billion"),
    }
    result = _compare_files(tmp_path, texts, {"orig": _META, "copy": "    copy_of: orig\n" + _META})
    rows = [result.aspect(r) for r in ("valuation", "amount")]
    assert any(p.reason == "copy-changed" for a in rows if a is not None for p in a.pairs)
