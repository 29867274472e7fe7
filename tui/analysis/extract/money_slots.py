"""The money slots of a deal or a round filled from the tagged figures: the amount, the valuation and the
total (`_money_slots`), a ceiling or a round's total, the headline's total, the pre- and post-money
valuations, the acquisition price, a stake told in words, and a tagged figure as a fact.

Read for `facts.event_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tui.analysis.extract.deal_status import _acquisition
from tui.analysis.extract.fact_layout import (
    _ORGS,
    _Doc,
    _fact,
    _money_in,
    _Name,
    _names_in,
    _orgs_in,
    _possessor,
    _sentence_of,
)
from tui.analysis.extract.fact_measures import clause_measure
from tui.analysis.extract.fact_tables import _Tables, _tables, schema_hedge
from tui.analysis.extract.figure_roles import _Tagged, _window, each_part, merger_named_by_worth
from tui.analysis.extract.listing_mergers import listing_merger
from tui.analysis.extract.rounds import round_at
from tui.analysis.extract.sale_words import STAKE_NOUN
from tui.analysis.extract.stake_holders import common_holder
from tui.analysis.model import LATER_SAME_KIND, EventFacts, FactCandidate, FactValue, FigureKind


def _figure_fact(doc: _Doc, slot: str, t: _Tagged) -> FactValue:
    f = t.fig
    unit = f.unit
    value: float | str = f.value if f.value is not None else (f.low or 0.0)
    if f.low is not None and f.high is not None and f.high > f.low:
        # "could invest $15 billion to $25 billion": a range stands for its upper bound, both bounds kept
        # (the hedge `range`; as a layoff's count told as a range; stop 43)
        value = f.high
    return _fact(
        doc, slot, value, unit, (f.span.start, f.span.end), t.rule, t.place, t.hedge or schema_hedge(f), f.low,
        f.high,
    )  # fmt: skip


def _money_slots(doc: _Doc, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]) -> None:
    """Fill the figure slots: per slot the first body figure whose role fills it; the headline's apart.

    Candidates: for amount and stake every figure of their kind (each with what it is the figure of),
    for the other slots the figures that were of the slot's kind before a past or another party's
    event claimed them."""
    # a photo caption's figures come last: one stands for a fact only when the body states none
    ordered = sorted(tagged, key=lambda t: t.caption)
    for slot in (s for s in slots if s in ("amount", "valuation", "total", "stake", "pre_money")):
        kind = FigureKind.PERCENT if slot == "stake" else FigureKind.MONEY
        cands: list[FactCandidate] = []
        chosen: FactValue | None = None
        for t in ordered:
            if t.fig.kind != kind:
                continue
            fills = t.slot == slot
            if not fills and not (
                t.place == "body" and (slot in ("amount", "stake") or t.base == _role_of_slot(slot))
            ):
                continue  # neither this slot's figure nor one of its candidates: no value built
            fact = _figure_fact(doc, slot, t)
            if t.fig.value is None:
                if t.slot == slot and t.place == "body":
                    cands.append(FactCandidate(fact, t.role, "no number (a loose figure)"))
                continue
            if t.slot == slot and t.place == "headline":
                if slot not in facts.headline:
                    facts.headline[slot] = fact
                    cands.append(FactCandidate(fact, t.role, "the headline's own statement"))
            elif t.slot == slot and chosen is None:
                chosen = fact
                cands.append(FactCandidate(fact, t.role, None))
            elif t.slot == slot and chosen is not None:
                if _exact_of(chosen, fact) and not t.caption:
                    # "a deal for about $60 billion ... will buy Y for $59.5 billion": the exact figure the
                    # rounded one stood for (the coverage tables' convention)
                    cands = [
                        replace(c, why_not="the rounded figure of an exact one the article states")
                        if c.fact is chosen
                        else c
                        for c in cands
                    ]
                    chosen = replace(fact, rule=fact.rule + "+exact")
                    cands.append(FactCandidate(chosen, t.role, None))
                elif not _same(chosen, fact):
                    why = "a photo caption's figure" if t.caption else LATER_SAME_KIND
                    cands.append(FactCandidate(fact, t.role, why))
            elif t.place == "body" and (slot in ("amount", "stake") or t.base == _role_of_slot(slot)):
                cands.append(FactCandidate(fact, t.role, t.why_not))
        if chosen is not None:
            facts.slots[slot] = chosen
        if cands:
            facts.candidates[slot] = cands


#: A verb of investing right before the figure (lower case): "will invest ", "plans to invest some ", "pledged
#: to invest ".
_INVEST_BEFORE = re.compile(
    r"\binvest(?:s|ed|ing)?\s+(?:(?:some|about|around|roughly|nearly|another|an\s+extra)\s+)?$"
)
#: A span of time the money is spent over, right after the figure in its clause (lower case): " over the next
#: 18 months", " in the coming years", " by 2028", " through 2030".
_SPENT_OVER = re.compile(
    r"(?:\s+(?:in|into)\s+(?:[\w.'’&-]+\s+){0,3}?[\w.'’&-]+)?\s+(?:(?:over|in|during|within)\s+(?:the\s+)?(?:next|coming|following)\s+"
    r"(?:\w+\s+)?(?:months?|years?|decade)\b|over\s+(?:\w+\s+)?(?:months|years)\b|(?:by|through|until)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b)"
)
_PLEDGE_WHY = "money pledged to invest in the business over time, not the price"


def _investment_pledges(doc: _Doc, tab: _Tables, tagged: list[_Tagged]) -> None:
    """On a page of a purchase of the whole company, money its buyer "will invest ... over the next 18 months" (or
    "by 2028") is a pledge to spend on the business once bought, never the price (stop 43: a head of state told
    the buyer's pledge on pages that give only a price per share). A purchase of the company: the top tells one,
    or a price per share is given. Not on an investment's page, where money invested over years is the deal's
    ("X will invest $4 billion in Y over two years")."""
    cands = [
        t for t in tagged
        if t.place == "body" and t.role == "deal" and t.fig.kind == FigureKind.MONEY
        and _INVEST_BEFORE.search(doc.low, max(0, t.fig.span.start - 40), t.fig.span.start)
        and _SPENT_OVER.match(doc.low, t.fig.span.end, min(len(doc.low), t.fig.span.end + 80))
    ]  # fmt: skip
    if not cands:
        return
    # a purchase of the company: told so at the top, or priced by the share (a bid for each share of it)
    if not any(t.role == "per_share" for t in tagged) and not _acquisition(doc, tab):
        return
    for t in cands:
        t.role, t.slot, t.why_not, t.rule = "pledge", None, _PLEDGE_WHY, t.rule + "+pledge"


#: A conditional change of a sum right before its first figure (lower case): "would decrease from ", "could be cut
#: from ", "may shrink from ".
_WOULD_CHANGE_FROM = re.compile(
    r"\b(?:would|could|might|may|will)\s+(?:(?:then|only|still)\s+)?(?:decrease|shrink|fall|drop|decline|rise|increase|"
    r"grow|be\s+(?:cut|reduced|lowered|slashed|trimmed|raised|increased))\s+from\s+$"
)
_TO_BETWEEN = re.compile(r"\s+to\s+")
_CONDITIONAL_WHY = "what the sum would come to if a condition is (not) met, not the deal's"


def _conditional_changes(doc: _Doc, tagged: list[_Tagged]) -> None:
    """A sum told with what it would change to ("the round would shrink from $8 billion to $6 billion unless the
    company converts"): the first figure is the deal's sum as agreed, the one after "to" a sum under a
    condition, never the deal's (stop 43). A change told as done ("fell from A to B") is not read here."""
    money = sorted((t for t in tagged if t.fig.kind == FigureKind.MONEY), key=lambda t: t.fig.span.start)
    for a, b in zip(money, money[1:], strict=False):
        if not _TO_BETWEEN.fullmatch(doc.low, a.fig.span.end, b.fig.span.start):
            continue
        if _WOULD_CHANGE_FROM.search(doc.low, max(0, a.fig.span.start - 50), a.fig.span.start) is None:
            continue
        b.role, b.slot, b.why_not, b.rule = "conditional", None, _CONDITIONAL_WHY, b.rule + "+conditional"


#: Between two people's figures of one fact (lower case): ", while another put the valuation closer to ", ", whereas
#: a second source said it was ", "; another person put it at " -- a verb of saying or estimating after "another"
#: (not "while another rival is valued at": a second company's worth).
_ANOTHER_VIEW = re.compile(
    r"[,;]?\s+(?:(?:while|whereas|and|but)\s+)?(?:another|a\s+second|the\s+other)(?:\s+(?:person|source|insider|"
    r"individual|one|executive|banker|investor|analyst)s?)?(?:\s+[\w'’-]+){0,4}?\s+(?:put|puts|said|says|pegged|"
    r"pegs|placed|places|estimated|estimates|suggested|suggests|reckoned|thought|saw|sees|gave|cited)\b[^.;$€£]{0,60}$"
)


def _two_views(doc: _Doc, facts: EventFacts) -> None:
    """Two people's figures of one fact in one sentence ("one person said the deal could value Y at about $A,
    while another put the valuation closer to $B"): the page gives a range, its upper bound the value, both
    bounds kept (the hedge `range`; stop 43). Only for the slot's chosen figure and a later, larger candidate
    of the same kind and currency."""
    for slot in ("valuation", "amount"):
        chosen = facts.slots.get(slot)
        if (
            chosen is None
            or chosen.span is None
            or not isinstance(chosen.value, float)
            or chosen.low is not None
        ):
            continue
        sent = _sentence_of(doc.body, chosen.span.start)
        if sent is None:
            continue
        for c in facts.candidates.get(slot, []):
            f = c.fact
            if c.why_not != LATER_SAME_KIND or f.span is None or f.unit != chosen.unit:
                continue
            if not (chosen.span.end < f.span.start < sent[1]) or not isinstance(f.value, float):
                continue
            if f.value <= chosen.value or not _ANOTHER_VIEW.search(doc.low, chosen.span.end, f.span.start):
                continue
            both = _fact(
                doc, slot, f.value, chosen.unit, (chosen.span.start, f.span.end), chosen.rule + "+two-views",
                chosen.place, "range", chosen.value, f.value,
            )  # fmt: skip
            facts.slots[slot] = both
            facts.candidates[slot] = [FactCandidate(both, c.of, None)] + [
                replace(x, why_not="one view of a range two people give")
                if x.fact.span in (chosen.span, f.span)
                else x
                for x in facts.candidates[slot]
            ]
            break


#: The roles a figure keeps wherever the page tells it again: a sum of several transactions (stop 43).
#: (stop 50) a price per share told again by its bare sum ("$31 per share ... the final $31 price"): a price per share
_TOLD_AGAIN_ROLES = ("deals_sum", "per_share")


def _told_again(tagged: list[_Tagged]) -> None:
    """A deal figure of the same value and currency as one the page tells as a sum of several transactions is
    that sum told again ("is in talks to spend up to $X" in a summary line, "to put as much as $X toward Y in a
    pair of transactions" below): never this deal's money (stop 43). Likewise one of the same value as a price per share
    the page gives ("priced at $31 per share ... the ultimate $31 price"): that price told again (stop 50)."""
    sums = [t for t in tagged if t.role in _TOLD_AGAIN_ROLES and t.fig.value is not None]
    for t in tagged:
        if t.role != "deal" or t.fig.value is None:
            continue
        same = next((u for u in sums if u.fig.unit == t.fig.unit and u.fig.value == t.fig.value), None)
        if same is not None:
            t.role, t.base, t.slot, t.why_not = same.role, same.base, None, same.why_not
            t.rule += "+told-again"


#: A hedge word the figure's own span may have left out (lower case): "up to ", "as much as ", "about ".
_CHANGE_HEDGE = r"(?:(?:up\s+to|as\s+much\s+as|about|around|roughly|some|nearly|almost|another|an\s+extra|a\s+further)\s+)?"
#: A verb of taking money off a price right before the figure (lower case; stop 63): "agreed to slash ", "could shave up
#: to ", "is slicing ", "knocked ". Each of these verbs takes off what it names; "cut" needs "off" or "from" after the
#: figure (_CUT_OFF), as "cut $2 billion in costs" is no price's change.
_TAKE_OFF_BEFORE = re.compile(
    r"\b(?:slash(?:es|ed|ing)?|shav(?:e|es|ed|ing)|trimm?(?:s|ed|ing)?|slic(?:e|es|ed|ing)|knock(?:s|ed|ing)?|"
    r"lopp?(?:s|ed|ing)?|chopp?(?:s|ed|ing)?|par(?:e|es|ed|ing))\s+" + _CHANGE_HEDGE + r"$"
)
_CUT_BEFORE = re.compile(r"\bcut(?:s|ting)?\s+" + _CHANGE_HEDGE + r"$")
#: A figure's restatement in another currency in brackets, skipped right after it: " (€1.2 billion)".
_RESTATED = r"(?:\s*\([^()]{1,30}\))?"
#: Right after the figure (a restatement in another currency in brackets skipped): what it is taken off ("off",
#: "from the price", "from its offer").
_CUT_OFF = re.compile(_RESTATED + r"\s+(?:off|from)\b")
#: The verbs of lowering a price (lower case), one list for `_LOWERED_BY` and `_CHANGED_TO` (which adds raising).
_LOWER_VERB = (
    r"lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|slash(?:es|ed|ing)?|trimm?(?:s|ed|ing)?"
)
#: A verb of lowering with its object, then "by" right before the figure (lower case; stop 63): "lower the price of its
#: purchase by ", "cut its offer for Y by ", "reduced the deal's value by ". No figure or clause end between.
_LOWERED_BY = re.compile(
    r"\b(?:" + _LOWER_VERB + r"|decreas(?:e|es|ed|ing)|shrunk|shr[ai]nk(?:s|ing)?)\s+"
    r"(?:[^$€£¥\d.;:!?]{0,70}?\s)?by\s+" + _CHANGE_HEDGE + r"$"
)
#: A noun of the change right before the figure: "a discount of ", "a price cut of ", "a reduction of ", ", down " (a
#: sum told after the price: "for $N, down $M"; not "plunk down $N", money laid down).
_CHANGE_NOUN_BEFORE = re.compile(
    r"(?:\b(?:discount|reduction|haircut|(?:price\s+)?cut)\s+of\s+" + _CHANGE_HEDGE + r"|,\s+down\s+)$"
)
#: The change told right after the figure (a currency's restatement in brackets skipped): "$350 million less", "a $90
#: million discount", "a 7% discount", "a $1 price cut", "$2 a share lower", "a $50 million reduction in the price".
_CHANGE_AFTER = re.compile(
    _RESTATED + r"(?:\s+(?:a|per)\s+share)?\s+(?:less|lower|cheaper|discount|reduction|haircut|"
    r"(?:price\s+)?cut)\b"
)
#: A money figure told as the price a change leaves (lower case; stop 63), right before it: "will now pay ", "is now
#: worth ", "now valued at ", "will now purchase Y for ", "was now buying the business for ", "a new offer of ", "the
#: revised price of ", "a lowered bid of ".
_NEW_PRICE_BEFORE = re.compile(
    r"(?:\bnow\s+(?:(?:worth|valued\s+at|priced\s+at)\s+|"
    r"(?:pay|pays|paying|buy|buys|buying|purchase|purchases|purchasing|acquire|acquires|acquiring)\s+"
    r"(?:[^$€£¥\d.;:!?]{0,60}?\s(?:for|at)\s+)?)|"
    r"\b(?:new|revised|lowered|reduced|lower|amended|discounted|renegotiated)\s+(?:purchase\s+|sale\s+|takeover\s+|"
    r"acquisition\s+|deal\s+)?(?:offer|price|bid|value|terms|deal)\s+(?:of|at|for)\s+)" + _CHANGE_HEDGE + r"$"
)
#: The deal's own worth told as it now stands, right before the figure (lower case): "the deal is now worth ", "the
#: purchase is now valued at ", "the offer now values Y at ".
_DEAL_NOW_WORTH = re.compile(
    r"\b(?:deal|purchase|acquisition|takeover|offer|transaction|merger|sale|bid)\s+(?:is\s+|was\s+)?now\s+"
    r"(?:worth|valued\s+at|values\s+[^$€£¥\d.;:!?]{0,40}?\sat)\s+" + _CHANGE_HEDGE + r"$"
)
#: A verb of changing a price, then up to 70 characters, then "to" right before the figure (lower case): "cut its offer
#: for Y to ", "lowered the price from $A to ", "slashed the deal's value by $N to ".
_CHANGED_TO = re.compile(
    r"\b(?:"
    + _LOWER_VERB
    + r"|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|sweeten(?:s|ed|ing)?|lift(?:s|ed|ing)?)\s+"
    r"[^.;:!?]{0,70}?\bto\s+" + _CHANGE_HEDGE + r"$"
)
#: A money figure told as the price before the change (lower case; stop 63), right before it: "its original ", "down
#: from the ", "instead of ", "the previously agreed ", "from " after a verb of changing with the price after "to".
_OLD_PRICE_BEFORE = re.compile(
    r"(?:\b(?:original|originally\s+agreed|initial|initially\s+agreed|previous|previously\s+agreed|prior|"
    r"earlier\s+agreed|first\s+agreed)\s+|\b(?:down|lower|less|cut|reduced|lowered)\s+from\s+(?:the\s+|its\s+|an?\s+|"
    r"their\s+)?(?:original\s+|initial\s+|previous\s+|earlier\s+)?|\binstead\s+of\s+(?:the\s+|its\s+)?)$"
)
#: ... or right after it: "the $N Y first proposed", "the $N that Y originally was going to pay", "the $N agreed in
#: June", "the $N it had agreed to pay".
_OLD_PRICE_AFTER = re.compile(
    r"(?:\s+(?:offer|price|bid|deal|agreement|purchase|sale|acquisition|takeover))?"
    r"(?:\s+(?:that|which))?(?:\s+[\w.&'’-]+){0,3}?\s+(?:(?:had\s+)?(?:originally|initially|first|previously)\s+"
    r"(?:agreed|proposed|offered|planned|set|announced|was\s+going|were\s+going)|agreed\s+(?:in|on|last)\b|"
    r"had\s+agreed)"
)
#: A word of a sum told only as possible in the new price's clause (lower case): "would now pay", "could now be worth".
_MAYBE = re.compile(r"\b(?:would|could|might|may)\b")
_REPRICED_WHY = "the price agreed before it was changed"
_CHANGE_WHY = "the size of a change, not the sum"


def _change_told(low: str, t: _Tagged) -> bool:
    """Is the figure the size of a price's change: money or a percent taken off, lowered by, or told as a discount
    ("agreed to slash $N from the price", "shave up to $N off", "lower the price by $N", "$N less", "a $N discount", "a
    7% discount")? (stop 63)"""
    lo, hi = t.fig.span.start, t.fig.span.end
    head = low[max(0, lo - 100) : lo]
    if t.fig.kind == FigureKind.MONEY and _TAKE_OFF_BEFORE.search(head):
        return True
    if t.fig.kind == FigureKind.MONEY and _CUT_BEFORE.search(head) and _CUT_OFF.match(low, hi):
        return True
    if _LOWERED_BY.search(head) or _CHANGE_NOUN_BEFORE.search(head):
        return True
    return _CHANGE_AFTER.match(low, hi) is not None


def _repriced(doc: _Doc, tagged: list[_Tagged]) -> None:
    """A deal whose agreed price is changed before it closes (stop 63): the change itself ("agreed to slash $N from the
    price", "a $N discount", "lower by $N", "a 7% discount") is the size of a change, never the amount, the total nor a
    stake; where the page tells the price the change leaves ("will now pay $N", "now worth $N", "a new offer of $N", "cut
    its offer to $N"), that price is the deal's amount, and the price agreed before ("its original $N offer", "down from
    $N", the earlier deal figure of another sum) is a stage before. A change told only as possible leaves the price
    agreed the amount: no new price is told (a new price in a clause of "would" or "could" is none)."""
    low = doc.low
    money_roles = ("deal", "valuation", "money", "deal_sum", "total")
    changes = [
        t for t in tagged if t.place == "body" and t.fig.value is not None and t.role not in ("per_share",)
        and _change_told(low, t)
    ]  # fmt: skip
    for t in changes:
        t.role, t.base, t.slot, t.why_not, t.rule = (
            "change",
            "change",
            None,
            _CHANGE_WHY,
            t.rule + "+price-change",
        )
    body = sorted(
        (
            t
            for t in tagged
            if t.place == "body" and t.fig.kind == FigureKind.MONEY and t.fig.value is not None
        ),
        key=lambda t: t.fig.span.start,
    )

    def old(t: _Tagged) -> bool:
        lo, hi = t.fig.span.start, t.fig.span.end
        return bool(
            _OLD_PRICE_BEFORE.search(low, max(0, lo - 60), lo) or _OLD_PRICE_AFTER.match(low, hi, hi + 80)
        )

    olds = [t for t in body if t.role in money_roles and old(t)]
    if not changes and not olds:
        return  # no change of the price told: "now worth" is no new price
    new = None
    for t in body:
        if t.role not in money_roles or t in olds:
            continue
        lo = t.fig.span.start
        head = low[max(0, lo - 120) : lo]
        if t.role == "valuation":
            # a valuation is the deal's new price only as the deal's own worth ("the deal is now worth $N"); "its
            # valuation was lowered to $N" is a company's value changed, no price
            if _DEAL_NOW_WORTH.search(head) is None:
                continue
        elif not (_NEW_PRICE_BEFORE.search(head) or _CHANGED_TO.search(head)):
            continue
        clause = re.split(r"[.;!?]\s|,\s", head)[-1]
        if _MAYBE.search(clause):
            continue  # "would now pay $N": a price told only as possible
        new = t
        break
    if new is None:
        return
    new.role, new.base, new.slot, new.why_not, new.rule = (
        "deal",
        "deal",
        "amount",
        "the deal amount",
        new.rule + "+repriced",
    )
    for t in body:
        if t is new or t.slot != "amount" or t.fig.unit != new.fig.unit or t.fig.value == new.fig.value:
            continue
        if t in olds or t.fig.span.start < new.fig.span.start:
            t.role, t.slot, t.why_not, t.rule = "first_plan", None, _REPRICED_WHY, t.rule + "+repriced"


def _exact_of(rounded: FactValue, exact: FactValue) -> bool:
    """Is `exact` the figure that `rounded` rounds: `rounded` hedged "about" / "around" / "nearly" and
    within 2% of it, `exact` unhedged, in one currency, with more digits ("about $60 billion" and
    "$59.5 billion"; not "$60 billion" told again)?"""
    if rounded.hedge not in ("about", "nearly") or exact.hedge is not None or rounded.unit != exact.unit:
        return False
    if not isinstance(rounded.value, float) or not isinstance(exact.value, float) or not exact.value:
        return False
    return rounded.value != exact.value and abs(rounded.value - exact.value) <= 0.02 * exact.value


def _ceiling_total(doc: _Doc, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]) -> None:
    """A ceiling on the deal's money above this amount is the total the payments add up to: "the
    second round under a plan to invest up to $4bn" with an amount of $2.75bn, "raising its
    investment to a maximum of $6 billion". Only a deal's own figure (a past stage of it too), never
    another company's; only when no figure says total."""
    amount = facts.slots.get("amount")
    if (
        "total" not in slots
        or "total" in facts.slots
        or amount is None
        or not isinstance(amount.value, float)
    ):
        return
    for t in tagged:
        f = t.fig
        if t.place != "body" or f.kind != FigureKind.MONEY or f.value is None or f.unit != amount.unit:
            continue
        if t.base != "deal" or t.role in _tables().other_role.values() or schema_hedge(f) != "up_to":
            continue
        if f.value <= amount.value * 1.005:
            continue
        fact = replace(_figure_fact(doc, "total", t), rule=t.rule + "+ceiling-total")
        facts.slots["total"] = fact
        facts.candidates.setdefault("total", []).insert(0, FactCandidate(fact, "total", None))
        why = "the ceiling of the deal's money: its total"
        facts.candidates["amount"] = [
            replace(c, of="total", why_not=why) if c.fact.span == fact.span else c
            for c in facts.candidates.get("amount", [])
        ]
        return


#: The roles a round's figure may carry (its own deal's money, not a past or another company's round).
_ROUND_ROLES = ("deal", "money", "deal_sum", "funding_total")


def _round_total(doc: _Doc, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]) -> None:
    """One investor's money inside a round: the round is the total, the investor's money the amount
    ("X is committing €1.3 billion to Y's €1.7 billion Series C"; extract/rounds.py). Only when both
    are told, the investor's the smaller in one currency (a conversion in brackets counts); a round
    with no investor's money of its own stays the amount."""
    if "total" not in slots or "total" in facts.slots:
        return
    conv = {id(p): c for c, p in ((t.fig, t.conv_of) for t in tagged if t.conv_of is not None)}
    body = [
        t for t in tagged
        if t.place == "body" and t.fig.kind == FigureKind.MONEY and t.fig.value is not None
        and t.role == t.base and t.role in _ROUND_ROLES
    ]  # fmt: skip
    rounds = []
    for t in body:
        end = conv[id(t.fig)].span.end if id(t.fig) in conv else t.fig.span.end
        if round_at(doc.low, t.fig.span.start, end):
            rounds.append(t)
    if not rounds:
        return
    # the money of the deal's buyer (the round's lead), told with its name before it in its sentence (with
    # no buyer found: of no organisation the sentence names before it): an investor a page names with no
    # lead role ("Z, which committed about $1.2 billion") is one of the round's tranches, and the company's
    # own debt ("Y also seeks $2 billion of bank loans") no investor's money (stop 29)
    buyer = facts.slots.get("buyer")
    # a round co-led by two investors ("The investment is led by A and B"): one co-lead's own money is a part of
    # it, not the buyer's (the buyer is both); the round's money told of no one investor stands (stop 43)
    owner = None if buyer is None or _co_led(doc, buyer.entity_id) else buyer.entity_id
    investors = [
        t for t in body
        if t not in rounds and t.role == "deal" and t.slot == "amount"
        and _told_of(doc, owner, t.fig.span.start)
    ]  # fmt: skip

    def values(t: _Tagged) -> dict[str | None, float]:
        out = {t.fig.unit: t.fig.value or 0.0}
        c = conv.get(id(t.fig))
        if c is not None and c.value is not None:
            out.setdefault(c.unit, c.value)
        return out

    def smaller(a: _Tagged, r: _Tagged) -> bool:
        va, vr = values(a), values(r)
        return any(u in vr and v < vr[u] * 0.995 for u, v in va.items())

    amount = facts.slots.get("amount")
    for r in rounds:
        inside = [t for t in investors if smaller(t, r)]
        if not inside:
            continue
        total = replace(_figure_fact(doc, "total", r), rule=r.rule + "+round-total")
        facts.slots["total"] = total
        why = "the round the investor's money is part of: its total"
        facts.candidates.setdefault("total", []).insert(0, FactCandidate(total, "total", None))
        if amount is not None and amount.span == total.span:
            new = replace(_figure_fact(doc, "amount", inside[0]), rule=inside[0].rule + "+in-round")
            facts.slots["amount"] = new
            facts.candidates["amount"] = [FactCandidate(new, inside[0].role, None)] + [
                replace(c, of="total", why_not=why) if c.fact.span == total.span else c
                for c in facts.candidates.get("amount", [])
                if c.fact.span != new.span
            ]
        else:
            facts.candidates["amount"] = [
                replace(c, of="total", why_not=why) if c.fact.span == total.span else c
                for c in facts.candidates.get("amount", [])
            ]
        return


#: A round's leading told with its leaders after it (lower case): "led by ", "co-led by ", "is being led by ".
_LED_BY = re.compile(r"\b(?:co-?)?(?:led|leading|headed|spearheaded)\s+by\s")
#: Between two co-leads (lower case): " and ", ", along with ", " together with ".
_CO_LEAD_GAP = re.compile(r"\s*(?:,\s*)?(?:and|along\s+with|together\s+with|&)\s+(?:the\s+)?")


def _co_led(doc: _Doc, entity_id: str | None) -> bool:
    """Does the page tell the round as led by the buyer and another investor together ("The investment is led
    by A's B Fund and C", "co-led by B and C")?"""
    spans = ([doc.headline] if doc.headline else []) + doc.body[:_LEAD_REACH]
    for s0, s1 in spans:
        for m in _LED_BY.finditer(doc.low, s0, s1):
            names = _orgs_in(doc, m.end(), min(s1, m.end() + 120))
            names = [n for n in names if not _possessor(doc, n)]
            for a, b in zip(names, names[1:], strict=False):
                if (
                    a.entity_id != b.entity_id
                    and entity_id in (a.entity_id, b.entity_id)
                    and _CO_LEAD_GAP.fullmatch(doc.low, a.end, b.start)
                ):
                    return True
    return False


#: How many body sentences are read for a round's co-leads.
_LEAD_REACH = 12


def _told_of(doc: _Doc, entity_id: str | None, pos: int) -> bool:
    """Is the figure at `pos` told of the entity (named before it in its sentence), or, with no entity
    given, of no organisation named there?"""
    sent = _sentence_of(doc.body, pos)
    if sent is None:
        return False
    before = _orgs_in(doc, sent[0], pos)
    if entity_id is None:
        return not before
    return any(n.entity_id == entity_id for n in before)


def _headline_total(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """A headline figure that is the body's total, not its amount, is the headline's statement of the
    total ("Amazon Completes $4 Billion Investment" over a body of "$2.75 billion ..., bringing its
    total to $4 billion"); the headline's amount is then its figure equal to the body's amount, if any."""
    amount, total = facts.slots.get("amount"), facts.slots.get("total")
    if total is None or "total" in facts.headline:
        return
    heads = [
        t for t in tagged
        if t.place == "headline" and t.fig.kind == FigureKind.MONEY and t.fig.value is not None
        and t.base in ("deal", "total", "deal_sum", "money") and t.fig.unit == total.unit
    ]  # fmt: skip
    tot = next(
        (t for t in heads if t.fig.value == total.value and (amount is None or t.fig.value != amount.value)),
        None,
    )
    if tot is None:
        return
    fact = _figure_fact(doc, "total", tot)
    facts.headline["total"] = replace(fact, rule=fact.rule + "+body-total")
    head = facts.headline.get("amount")
    if head is not None and head.span == fact.span:
        other = next(
            (t for t in heads if t is not tot and amount is not None and t.fig.value == amount.value), None
        )
        if other is None:
            del facts.headline["amount"]
        else:
            facts.headline["amount"] = _figure_fact(doc, "amount", other)


def _role_of_slot(slot: str) -> str:
    return {"amount": "deal", "valuation": "valuation", "total": "total", "stake": "stake"}.get(slot, slot)


def _same(a: FactValue, b: FactValue) -> bool:
    return a.value == b.value and a.unit == b.unit


_POST_MONEY = re.compile(
    r"\bpost[- ]?(?:money|cash)\b|\bafter (?:the )?(?:investment|funding|round|deal|cash)\b", re.IGNORECASE
)


def _pre_post(
    doc: _Doc, tab: _Tables, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]
) -> None:
    """Two valuations of one round: the one called post-money (or the one that is the other plus the
    amount) is the valuation, the lower one the pre-money valuation."""
    vals = [t for t in tagged if t.slot == "valuation" and t.place == "body" and t.fig.value is not None]
    if len(vals) < 2:
        return
    post = None
    for t in vals:
        lo, hi = _window(doc, t.fig, _sentence_of(doc.body, t.fig.span.start) or (0, 0), tab, [t.fig])
        if _POST_MONEY.search(doc.text, lo, hi):
            post = t
            break
    amount = facts.slots.get("amount")
    pre = None
    if post is None and isinstance(amount.value if amount else None, float):
        for a in vals:
            for b in vals:
                va, vb, am = a.fig.value or 0.0, b.fig.value or 0.0, float(amount.value)  # type: ignore[union-attr]
                if vb > va and abs(vb - va - am) <= 0.01 * vb:
                    pre, post = a, b
                    break
            if post:
                break
    if post is None:
        return
    if pre is None:
        # a lower valuation is the pre-money one only when the new money bridges the two (the amount
        # or the round's total): "the 5.8 billion euros it was worth after last year's round" is not
        money_in = [
            float(f.value) for f in (amount, facts.slots.get("total"))
            if f is not None and isinstance(f.value, float) and f.unit == post.fig.unit
        ]  # fmt: skip
        top = post.fig.value or 0.0
        lower = [
            t for t in vals
            if (t.fig.value or 0.0) < top and t.fig.unit == post.fig.unit
            and any(abs(top - (t.fig.value or 0.0) - m) <= 0.02 * top for m in money_in)
        ]  # fmt: skip
        pre = lower[0] if lower else None
    chosen = _figure_fact(doc, "valuation", post)
    chosen = replace(chosen, rule=chosen.rule + "+post-money")
    facts.slots["valuation"] = chosen
    cands = [c for c in facts.candidates.get("valuation", []) if c.fact.span != chosen.span]
    for c in cands:
        if c.why_not is None:
            cands[cands.index(c)] = replace(c, why_not="the valuation before the money (pre-money)")
    facts.candidates["valuation"] = [FactCandidate(chosen, "valuation", None), *cands]
    if pre is not None and "pre_money" in slots and "pre_money" not in facts.slots:
        fact = _figure_fact(doc, "pre_money", pre)
        facts.slots["pre_money"] = replace(fact, rule=fact.rule + "+pre-money")
        facts.candidates.setdefault("pre_money", []).insert(
            0, FactCandidate(facts.slots["pre_money"], "pre_money")
        )


#: An offer's noun as the subject of a verb of valuing right before a figure (lower case; stop 51): "the offer values
#: Y at ", "a bid that would value Y at about ", "an all-share proposal valuing Y at ", "the offer, which values Y at ".
_OFFER_VALUES_BEFORE = re.compile(
    r"\b(?:offer|bid|proposal|approach|takeover)s?,?(?:\s+(?:that|which|would|will|could|now|effectively)){0,3}\s+"
    r"valu(?:e|es|ed|ing)\s+(?:[\w.'’&-]+\s+){0,4}?at\s+(?:(?:about|around|roughly|nearly|some|approximately|"
    r"more\s+than|over|just\s+over|just\s+under)\s+)?$"
)


def _offer_values(doc: _Doc, val: FactValue) -> bool:
    """Is the valuation told by an offer as the subject of its verb ("the offer values Y at €11.5 billion")? What a bid
    values its target at is the bid's price, whatever the page's top words say of the deal's kind (a hostile bid told
    with no verb of buying; stop 51)."""
    if val.span is None or val.place != "body":
        return False
    return _OFFER_VALUES_BEFORE.search(doc.low, max(0, val.span.start - 90), val.span.start) is not None


#: A verb of valuing and its "at" right before a figure (lower case): "valuing it at ", "values Y at ".
_VALUES_AT_BEFORE = re.compile(r"\bvalu(?:e|es|ed|ing)\s+(?:[\w.'’&-]+\s+){0,4}?at\s+$")


#: A later sentence telling the valuation leaves the round's money out, with no figure of its own (lower case; stop
#: 48): "That latest valuation, which doesn't include the new money, ...", "That valuation does not count the
#: new capital".
_VALUATION_LEAVES_MONEY = re.compile(
    r"\b(?:the|this|that|its)\s+(?:(?:new|latest|reported|proposed)\s+)?valuation\s*,?\s+(?:a\s+figure\s+(?:that|which)\s+|"
    r"which\s+|that\s+)?(?:does\s+not|doesn['’]t|would\s+not|wouldn['’]t)\s+(?:include|count|account\s+for)\s+the\s+"
    r"(?:new\s+)?(?:money|capital|cash|funds|funding)\b"
)
#: How many body sentences after the valuation's may tell it so.
_LEAVES_MONEY_REACH = 4


def _valuation_before_money(doc: _Doc, facts: EventFacts, slots: Sequence[str]) -> None:
    """The body's valuation, told in a later sentence with no figure of its own before the words as one that leaves
    the round's money out ("That latest valuation, which doesn't include the new money, ..."), is the pre-money value: the slot moves to pre_money when the page gives none (stop 48). In place."""
    valuation = facts.slots.get("valuation")
    if (
        valuation is None
        or valuation.place != "body"
        or "pre_money" not in slots
        or "pre_money" in facts.slots
    ):
        return
    later = [b for b in doc.body if b[0] >= valuation.span.end][:_LEAVES_MONEY_REACH]
    for s0, s1 in later:
        m = _VALUATION_LEAVES_MONEY.search(doc.low, s0, s1)
        if m is None or _money_in(doc, (s0, m.end())):
            continue  # no such words, or a figure of its own told before them (read at the figure)
        facts.slots["pre_money"] = replace(
            valuation, slot="pre_money", rule=valuation.rule + "+told-pre-money"
        )
        del facts.slots["valuation"]
        return


_MERGER_WORTH_RULE = "+merger-worth"


def _merger_worth(doc: _Doc, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]) -> None:
    """A merger the page names by the worth of the company it makes, with no price of its own told ("A is set to
    combine with B to form a giant worth $50bn"): that worth is the deal's amount (the tables' convention for a
    merger of equals paid in shares; stop 51). Only when no body figure is the amount; the worth of a company a
    purchase forms, or an enterprise or market value, stays a distractor (figure_roles.merger_named_by_worth)."""
    if "amount" not in slots or "amount" in facts.slots:
        return
    for t in tagged:
        if t.place != "body" or t.role != "combined_value" or t.fig.value is None or t.caption:
            continue
        sent = _sentence_of(doc.body, t.fig.span.start)
        if sent is None or not merger_named_by_worth(doc, sent[0], sent[1], t.fig.span.start):
            continue
        fact = _figure_fact(doc, "amount", t)
        fact = replace(fact, rule=fact.rule + _MERGER_WORTH_RULE)
        facts.slots["amount"] = fact
        facts.candidates["amount"] = [FactCandidate(fact, "deal", None)] + [
            c for c in facts.candidates.get("amount", []) if c.fact.span != fact.span
        ]
        return


#: The role of what a seller receives (lexicon figure_roles.yaml; stop 59).
_SELLER_PROCEEDS = "seller_proceeds"


def _proceeds_alone(facts: EventFacts, slots: Sequence[str]) -> None:
    """A page that tells no money of the deal but what the seller receives ("<Seller> agreed to sell its unit to <B>.
    <Seller> will get $2 billion for it"): those proceeds are the deal's amount, as the fitted tables read them; beside
    another amount or a valuation they stay the seller's, a distractor (docs/coverage-bench.md; stop 59)."""
    if "amount" not in slots or "amount" in facts.slots or "valuation" in facts.slots:
        return
    cands = facts.candidates.get("amount", [])
    first = next((c for c in cands if c.of == _SELLER_PROCEEDS and c.fact.place == "body"), None)
    if first is None:
        return
    chosen = replace(first.fact, rule=first.fact.rule + "+proceeds-alone")
    facts.slots["amount"] = chosen
    facts.candidates["amount"] = [FactCandidate(chosen, "deal", None)] + [c for c in cands if c is not first]


def _acquisition_price(doc: _Doc, tab: _Tables, facts: EventFacts, slots: Sequence[str]) -> None:
    """A purchase of the whole company with no price told: what the deal would value the target at is
    its price, with its hedge ("a deal could value Y above $9 billion": a floor of the price, the
    amount, in talks). Not for an investment, where a valuation is the company's worth."""
    if "amount" not in slots or "amount" in facts.slots or "valuation" not in facts.slots:
        return
    val = facts.slots["valuation"]
    if not _acquisition(doc, tab) and not _offer_values(doc, val):
        return
    stake = facts.slots.get("stake")
    if stake is not None and isinstance(stake.value, float) and stake.value < 100:
        # "negotiating to buy roughly 55 percent of the unit, whose worth is put at $20 billion": a part bought,
        # the whole's worth no price of it (stop 59; docs/coverage-bench.md: the business's value is the valuation)
        return
    if listing_merger(doc):
        # a company going public by merging into a shell (stop 53): the value the deal puts on it is its worth once
        # listed, and no one pays it -- never the price, once its cash raised is set apart (extract/cash_raised.py)
        return
    facts.slots["amount"] = replace(val, slot="amount", rule=val.rule + "+acquisition-price")
    if val.span is None or not _VALUES_AT_BEFORE.search(doc.low, max(0, val.span.start - 60), val.span.start):
        # the equity value restated from a price per share ("$31 a share, or about $2.1 billion") is the
        # price only; a deal told as what it values the target at ("a deal that values the maker at up to $600 million")
        # is its price and the target's value, both (stop 40)
        del facts.slots["valuation"]
        why = "what the purchase values the company at: its price"
        facts.candidates["valuation"] = [
            replace(c, of="deal", why_not=why) if c.fact.span == val.span else c
            for c in facts.candidates.get("valuation", [])
        ]
    facts.candidates.setdefault("amount", []).insert(0, FactCandidate(facts.slots["amount"], "deal", None))


#: A holder's possessive and up to two words right before a percent (lower case; stop 55): "<Seller>'s ", "<Seller>'s
#: entire ".
_POSSESSED_BEFORE = re.compile(r"(?:'s|’s|s'|s’)\s+(?:[a-z-]+\s+){0,2}?$")
#: The holding's noun right after the percent: " holding", " stake", " shareholding".
_HOLDING_NOUN_AFTER = re.compile(r"\s+" + STAKE_NOUN + r"\b")
#: Why a seller's holding is no stake when the buyer's holding after the deal is told.
_SOLD_HOLDING_WHY = "a seller's holding sold; the buyer's holding after the deal is told"


def _holding_after_over_sold(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """The stake is the buyer's holding after the deal, not a seller's holding it buys on the way (stop 55): when the
    chosen stake is a named holder's own ("buying out <Seller>'s 56% holding"), that holder not the buyer, and a later
    stake of the page is told as the holding once the deal is done ("<Buyer> will hold 99%", "giving it 93%": the clause
    measure `holding_after`), the later one is the stake. A holding bought with no holding after it told stays."""
    chosen = facts.slots.get("stake")
    if chosen is None or not isinstance(chosen.value, float) or chosen.place != "body":
        return
    s, e = chosen.span.start, chosen.span.end
    own = _POSSESSED_BEFORE.search(doc.low, max(0, s - 40), s)
    if own is None or not _HOLDING_NOUN_AFTER.match(doc.low, e):
        return
    holder = next(
        (n for n in _names_in(doc, max(0, own.start() - 80), own.start()) if n.end == own.start()), None
    )
    buyer = facts.slots.get("buyer")
    if holder is None or (buyer is not None and holder.entity_id == buyer.entity_id):
        return
    percents = sorted((t.fig.span.start, t.fig.span.end) for t in tagged if t.fig.kind == FigureKind.PERCENT)
    for t in tagged:
        a, b = t.fig.span.start, t.fig.span.end
        if t.slot != "stake" or t.place != "body" or a <= e or t.fig.value is None:
            continue
        sent = _sentence_of(doc.body, a)
        if sent is None:
            continue
        bounds = (
            max((y for _x, y in percents if y <= a), default=0),
            min((x for x, _y in percents if x >= b), default=len(doc.text)),
        )
        if clause_measure(doc.text, "stake", a, b, sent, bounds) != "holding_after":
            continue
        after = replace(_figure_fact(doc, "stake", t), rule=t.rule + "+holding-after")
        facts.slots["stake"] = after
        facts.candidates["stake"] = [
            FactCandidate(c.fact, c.of, _SOLD_HOLDING_WHY)
            if c.fact is chosen
            else FactCandidate(after, c.of, None)
            if (c.fact.span.start, c.fact.span.end) == (a, b)
            else c
            for c in facts.candidates.get("stake", [])
        ]
        return


#: A holding denied together with the stake word after it (lower case): "not acquire any equity or ", "won't take
#: equity or a ", "no shares or ", "without any ownership or ".
_NO_EQUITY_OR = re.compile(
    r"(?:\b(?:not|no|never|without)|n['’]t)\s+(?:[a-z]+\s+){0,2}?(?:any\s+)?(?:equity|ownership|shares|stake|holding)"
    r"\s+(?:or|nor)\s+(?:an?\s+|any\s+)?$"
)

#: A holding its holder has lost, right before the stake word (lower case; stop 49): "is no longer a ", "will no
#: longer be the ", "ceased to be a ", "ceases to be the ". The holder sold: its holding after the sale is not the
#: part that changes hands.
_NO_LONGER = re.compile(
    r"\b(?:no\s+longer\s+(?:be\s+)?|ceas(?:e|es|ed|ing)\s+to\s+be\s+)(?:(?:a|an|the|its)\s+)?$"
)


def _sellers_holding(doc: _Doc, start: int) -> bool:
    """Are the stake words at `start` a holding the deal does not hand over (stop 49): one its holder has lost
    ("is no longer a majority shareholder": a seller's holding after its sale), or one held by a common-noun
    holder of another kind ("the government took a majority stake", as a percent's `common_holder`)?"""
    if _NO_LONGER.search(doc.low, max(0, start - 40), start) is not None:
        return True
    sent = _sentence_of(doc.body, start)
    return common_holder(doc.low, sent[0] if sent is not None else start, start)


#: The class of `figure_roles.yaml` `stake_words` that names the whole company bought (stop 60: read as 100%).
_WHOLE_WORD = "full"


def _stake_words(doc: _Doc, tab: _Tables, facts: EventFacts) -> None:
    if "stake" in facts.slots:
        return
    pattern, groups = tab.stake_re
    if pattern is None or not doc.body:
        return
    m = next(
        (
            m
            for m in pattern.finditer(doc.low, doc.body[0][0], doc.body[-1][1])
            if not _sellers_holding(doc, m.start())
        ),
        None,
    )
    if m is None:
        return
    value, rule = groups[m.lastgroup or ""], "stake.words"
    if _NO_EQUITY_OR.search(doc.low, max(0, m.start() - 60), m.start()):
        # "will not acquire any equity or controlling interest", "won't take equity or a controlling stake":
        # the page denies any holding, the control with it -- no stake at all (stop 44)
        return
    neg = tab.stake_negation
    if (
        neg is not None
        and value != tab.stake_negated
        and neg.search(doc.low, max(0, m.start() - 25), m.start())
    ):
        value, rule = tab.stake_negated, "stake.words-negated"
    # "to acquire all shares in Y", "take it private", "outright": the whole company, 100% (stop 60; a figure of another
    # page's stake is set against it as one)
    whole = value == _WHOLE_WORD
    fact = _fact(doc, "stake", 100.0 if whole else value, "%" if whole else None, (m.start(), m.end()), rule)
    facts.slots["stake"] = fact
    facts.candidates.setdefault("stake", []).append(FactCandidate(fact, "stake", None))


#: Between an investor and its own figure (lower case; stop 44): up to five lower-case words and no clause break
#: ("pledged up to ", " will invest up to ", " aims to contribute around ", " up to ").
_OWN_FIGURE_GAP = re.compile(r"\s*(?::\s*)?(?:[a-z’'-]+\s+){0,5}")
#: Between the first investor's figure and the second investor (lower case): "and", a semicolon, "while".
_SECOND_INVESTOR = re.compile(r"\s*(?:[,;]\s*)?(?:and|while|whereas)?\s*")
#: Two investors named together before their verb (lower case): "A and B will invest", "A and B have agreed to
#: invest", "A and B together committed".
_TOGETHER_GAP = re.compile(r"\s+(?:and|&)\s+")
_TOGETHER_VERB = re.compile(
    r"\s+(?:(?:have|has|will|would|are|also|together|jointly|both|agreed|to|set|plan|plans|be)\s+){0,4}"
    r"(?:(?:announced|unveiled|agreed)\s+)?(?:(?:a|an)\s+)?(?:(?:joint|combined)\s+)?"
    r"(?:invest\w*|commit\w*|pledg\w*|put|pour\w*|contribut\w*)\b"
)
#: A sum two investors put in together, told before them (lower case): "a combined investment exceeding $X from A and
#: B", "a joint investment of $X by A and B" (the figure, then "from" / "by" and the two names).
_JOINT_BEFORE = re.compile(
    r"\b(?:combined|joint)\s+(?:investment|commitment|funding)s?\s+(?:of\s+)?(?:[a-z]+\s+){0,2}$"
)
_FROM_TWO = re.compile(r"\s+(?:from|by)\s+")
#: A word of investing in the sentence of the two investors (lower case).
_INVEST_WORD = re.compile(r"\b(?:invest\w*|pledg\w*|contribut\w*|commit\w*)\b")
#: Right before the company invested in (lower case): "in ", "into ", "to ".
_INTO_BEFORE = re.compile(r"\b(?:in|into|to)\s+$")
#: How many body sentences are read for two co-investors.
_CO_REACH = 6


def _co_investors(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """Two investors, neither leading (the lead's decision at stop 44): "A pledged up to $X and B up to $Y in direct
    investment in C", "A will invest up to $X, while B aims to contribute around $Y to C", "A and B have agreed to put
    up to $Z into C". No buyer: neither is the deal's; the amount is
    their sum where the page gives both parts, or the figure they commit together; the target the company both
    invest in. Read in the lead and the first body sentences; the first sentence that tells it decides."""
    target = facts.slots.get("target")
    buyer = facts.slots.get("buyer")
    if buyer is not None and "lead" in buyer.rule:
        return  # a round with its lead named: the lead's own money and the round's rules decide
    spans = sorted(set([*doc.lead, *doc.body[:_CO_REACH]]))
    if any(_LED_BY.search(doc.low, s0, s1) for s0, s1 in spans):
        return  # "led by A": a lead is named
    money = [t for t in tagged if t.fig.kind == FigureKind.MONEY and t.place == "body" and t.fig.value]
    for s0, s1 in spans:
        if not _INVEST_WORD.search(doc.low, s0, s1):
            continue
        orgs = [n for n in _names_in(doc, s0, s1) if n.type in _ORGS and not _possessor(doc, n)]
        figs = [
            t
            for t in money
            if s0 <= t.fig.span.start < s1 and t.role not in ("contract", "per_share", "closing_price")
        ]
        found = _two_parts(doc, orgs, figs) or _together(doc, orgs, figs, s1)
        if found is None:
            continue
        a, b, parts = found
        # the company invested in: after "in", "into" or "to" ("in C", "to C's growth"), anywhere in the sentence
        invested = [
            n for n in _names_in(doc, s0, s1)
            if n.type in _ORGS and n.entity_id not in (a.entity_id, b.entity_id)
            and _INTO_BEFORE.search(doc.low, max(s0, n.start - 12), n.start)
        ]  # fmt: skip
        if invested:
            c = invested[0]
            facts.slots["target"] = _fact(
                doc, "target", c.name, None, (c.start, c.end), "party.co-investors", entity_id=c.entity_id
            )
        elif (
            target is not None
            and target.entity_id in (a.entity_id, b.entity_id)
            and buyer is not None
            and buyer.entity_id not in (a.entity_id, b.entity_id)
        ):
            # the parties read one investor and a third company ("C to purchase compute from B"): the third is
            # the company they invest in
            facts.slots["target"] = replace(buyer, slot="target", rule=buyer.rule + "+co-investors")
        elif target is None or target.entity_id in (a.entity_id, b.entity_id):
            continue  # the company they invest in is not told here
        facts.slots.pop("buyer", None)
        first, last = parts[0], parts[-1]
        hedges = {t.hedge or schema_hedge(t.fig) for t in parts}
        own = _figure_fact(doc, "amount", first)
        fact = replace(
            own,
            value=sum(t.fig.value or 0.0 for t in parts),
            stated=doc.text[first.fig.span.start : last.fig.span.end],
            span=replace(own.span, end=last.fig.span.end),
            hedge=next((h for h in ("up_to", "more_than", "about") if h in hedges), None),
            rule="money.co-investors",
            low=None,
            high=None,
        )
        facts.slots["amount"] = fact
        starts = {t.fig.span.start for t in parts} if len(parts) > 1 else set()
        facts.candidates["amount"] = [FactCandidate(fact, "deal", None)] + [
            replace(c, of="tranche", why_not="one co-investor's part") if c.fact.span.start in starts else c
            for c in facts.candidates.get("amount", [])
        ]
        return


#: The kinds of a price's parts (lower case; stop 45): cash, stock, shares, debt...
_PART_KIND = (
    r"(?:cash|stock|shares|equity|debt|borrowings|liabilities|notes|bonds|scrip|earn-?outs?|payments?)"
)
#: Between a price's first part and the next (lower case): its kind, then "and" or "plus", then a hedge: "in cash and
#: ", " plus some ", " in cash, plus about ".
_PART_BETWEEN = re.compile(
    r"(?:\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?"
    + _PART_KIND
    + r")?,?\s+(?:and|plus)\s+(?:(?:about|around|roughly|some|"
    r"nearly|almost|another|a\s+further|an\s+additional|up\s+to)\s+)?"
)
#: After the next part: its kind, up to three words before it ("in new X shares", "of assumed debt").
_PART_AFTER = re.compile(r"\s+(?:in|of)\s+(?:[\w’'-]+\s+){0,3}?" + _PART_KIND + r"\b")
#: After the next part: debt the buyer takes on ("of assumed debt", "in net debt", "of the target's borrowings"): the
#: price with debt, never a part of the price paid to the holders (stop 46; "two measures of one price").
_DEBT_PART_AFTER = re.compile(r"\s+(?:in|of)\s+(?:[\w’'-]+\s+){0,3}?(?:debt|borrowings|liabilities)\b")


def _price_in_parts(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """A price told in parts ("$3 billion in cash and $1.5 billion in stock"): the amount is their sum, never its
    first part alone (stop 45); debt taken on is no part ("$2.4 billion plus $600 million of assumed debt": the
    amount is the cash, the debt the other measure; stop 46). Only when the amount's own
    figure opens the pair and both are in one currency."""
    amount = facts.slots.get("amount")
    if (
        amount is None
        or amount.span is None
        or not isinstance(amount.value, float)
        or amount.rule.startswith("money.")
    ):
        return
    figs = sorted((t for t in tagged if t.fig.kind == FigureKind.MONEY), key=lambda t: t.fig.span.start)
    if _total_of_parts(doc, facts, amount, amount.value):
        return
    for k, first in enumerate(figs[:-1]):
        if first.fig.span.end != amount.span.end:
            continue
        nxt = figs[k + 1]
        if (
            nxt.fig.unit != first.fig.unit
            or nxt.fig.value is None
            or first.fig.value is None
            or nxt.role == "restated"
            or not _PART_BETWEEN.fullmatch(doc.low, first.fig.span.end, nxt.fig.span.start)
            or not _PART_AFTER.match(doc.low, nxt.fig.span.end)
            or _DEBT_PART_AFTER.match(doc.low, nxt.fig.span.end)
        ):
            return
        fact = replace(
            amount,
            value=first.fig.value + nxt.fig.value,
            stated=doc.text[amount.span.start : nxt.fig.span.end],
            span=replace(amount.span, end=nxt.fig.span.end),
            rule=amount.rule + "+parts",
            low=None,
            high=None,
        )
        facts.slots["amount"] = fact
        starts = {first.fig.span.start, nxt.fig.span.start}
        facts.candidates["amount"] = [FactCandidate(fact, "deal", None)] + [
            replace(c, of="tranche", why_not="a part of the price") if c.fact.span.start in starts else c
            for c in facts.candidates.get("amount", [])
        ]
        return


#: A total told as the sum just given, right before its figure (lower case): "that ", "this ", "those ", "a combined ",
#: "the combined " -- not a holding's cumulative total ("the full $4 billion", "bringing its total to").
_THAT_TOTAL = re.compile(r"\b(?:that|this|those|these|(?:a|the)\s+combined)\s+$")


def _total_of_parts(doc: _Doc, facts: EventFacts, amount: FactValue, value: float) -> bool:
    """A total the page gives for the deal's own payments ("$410 million for a licence ... a further $25 million to
    waive claims ... that $435 million total"): when it is told as the sum just given ("that", "this", "the combined")
    and is the amount plus one later payment of the same kind, in one currency, it is the amount (stop 45)."""
    later = [
        c.fact
        for c in facts.candidates.get("amount", [])
        if c.of == "deal" and c.why_not == LATER_SAME_KIND and isinstance(c.fact.value, float)
    ]
    totals = [c.fact for c in facts.candidates.get("amount", []) if c.of == "total"]
    told = facts.slots.get("total")
    if told is not None:
        totals.append(told)
    for total in totals:
        if total.unit != amount.unit or not isinstance(total.value, float) or total.span is None:
            continue
        if not _THAT_TOTAL.search(doc.low, max(0, total.span.start - 20), total.span.start):
            continue  # "the full $4 billion": a holding's total over tranches, not this deal's payments summed
        if any(
            p.unit == amount.unit and abs(value + float(p.value) - total.value) <= 0.005 * total.value
            for p in later
        ):
            fact = replace(total, slot="amount", rule=total.rule + "+sum-of-payments")
            facts.slots["amount"] = fact
            if told is not None and told.span == total.span:
                del facts.slots["total"]
            facts.candidates["amount"] = [FactCandidate(fact, "deal", None)] + [
                replace(c, of="tranche", why_not="a part of the total") if c.fact.span == amount.span else c
                for c in facts.candidates.get("amount", [])
                if c.fact.span != total.span
            ]
            return True
    return False


def _two_parts(
    doc: _Doc, orgs: list[_Name], figs: list[_Tagged]
) -> tuple[_Name, _Name, list[_Tagged]] | None:
    """Two investors each with its own figure in one sentence: (A, B, [A's figure, B's figure])."""
    for f1, f2 in zip(figs, figs[1:], strict=False):
        if f1.fig.unit != f2.fig.unit:
            continue
        a = _owner_right_before(doc, orgs, f1.fig.span.start, 0)
        b = _owner_right_before(doc, orgs, f2.fig.span.start, f1.fig.span.end)
        if a is None or b is None or a.entity_id == b.entity_id:
            continue
        if _SECOND_INVESTOR.fullmatch(doc.low, f1.fig.span.end, b.start):
            return a, b, [f1, f2]
    return None


def _owner_right_before(doc: _Doc, orgs: list[_Name], pos: int, lo: int) -> _Name | None:
    """The organisation right before a figure (after `lo`), up to five lower-case words between."""
    before = [n for n in orgs if lo <= n.start and n.end <= pos]
    if before and _OWN_FIGURE_GAP.fullmatch(doc.low, before[-1].end, pos):
        return before[-1]
    return None


def _together(
    doc: _Doc, orgs: list[_Name], figs: list[_Tagged], s1: int
) -> tuple[_Name, _Name, list[_Tagged]] | None:
    """Two investors named together before their verb, one figure after it: (A, B, [the figure])."""
    for a, b in zip(orgs, orgs[1:], strict=False):
        if a.entity_id == b.entity_id or not _TOGETHER_GAP.fullmatch(doc.low, a.end, b.start):
            continue
        verb = _TOGETHER_VERB.match(doc.low, b.end, s1)
        if verb is None:
            continue
        after = [t for t in figs if 0 <= t.fig.span.start - verb.end() < 60]
        if after:
            return a, b, [after[0]]
    for t in figs:  # "a combined investment exceeding $X from A and B"
        e = t.fig.span.end
        if not _JOINT_BEFORE.search(doc.low, max(0, t.fig.span.start - 60), t.fig.span.start):
            continue
        by = _FROM_TWO.match(doc.low, e, s1)
        pair = [n for n in orgs if by is not None and n.start >= by.end()][:2]
        if (
            by is not None
            and len(pair) == 2
            and pair[0].start == by.end()
            and pair[0].entity_id != pair[1].entity_id
            and _TOGETHER_GAP.fullmatch(doc.low, pair[0].end, pair[1].start)
        ):
            return pair[0], pair[1], [t]
    return None


#: The rule of a venture's amount summed from its partners' parts (stop 60; two givers' parts, stop 61).
VENTURE_PARTS_RULE = "money.venture-parts"


def venture_parts_sum(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """Two partners of a joint venture that each put in one sum and no whole told ("A and B will form a joint venture,
    each putting in about $1.5 billion"): the amount is the two parts' sum, hedged `about` (the page states no total;
    stop 60). Only where no amount was read and every such part the page tells is the same sum in one unit; a part
    told by its giver ("$2.3bn from A and the rest from B") gives no sum."""
    if "amount" in facts.slots:
        return
    parts = [
        t for t in tagged
        if t.role == "partner_part" and t.place == "body" and t.fig.value and t.sentence is not None
        and each_part(doc.low, t.fig, t.sentence) is not None
    ]  # fmt: skip
    if not parts or len({(t.fig.value, t.fig.unit) for t in parts}) != 1:
        return
    first = parts[0]
    own = _figure_fact(doc, "amount", first)
    told = each_part(doc.low, first.fig, first.sentence) if first.sentence is not None else None
    s, e = told or (first.fig.span.start, first.fig.span.end)
    # (stated with its "each" or "apiece": the sum restates the part, told by the words that make it one of two)
    fact = replace(
        own, value=2 * (first.fig.value or 0.0), hedge="about", rule=VENTURE_PARTS_RULE, low=None, high=None,
        stated=doc.text[s:e], span=replace(own.span, start=s, end=e),
    )  # fmt: skip
    facts.slots["amount"] = fact
    # (after the part's own candidate, which keeps its role: the sum restates it, it is no figure of its own)
    facts.candidates["amount"] = [*facts.candidates.get("amount", []), FactCandidate(fact, "deal", None)]


def givers_parts_sum(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """Two partners' parts told in one sentence, each by its giver, and no whole told ("The carmaker will put in $2.4bn
    and the power producer $1.3bn", "$2.3bn from A and $1.1bn from B"): the amount is the two parts' sum, hedged
    `about` as the sum of "each" parts is (stop 61, "jv2b"). Only where the page tells exactly two such parts, both in
    one sentence and one unit, and no amount was read; one part alone ("<A> contributing $640m and <B> the rest") gives
    no sum."""
    if "amount" in facts.slots:
        return
    parts = [
        t for t in tagged
        if t.role == "partner_part" and t.place == "body" and t.fig.value and t.sentence is not None
    ]  # fmt: skip
    if len(parts) != 2:
        return
    first, second = sorted(parts, key=lambda t: t.fig.span.start)
    if (
        first.sentence != second.sentence
        or first.fig.unit != second.fig.unit
        or first.fig.value == second.fig.value
    ):
        return
    own = _figure_fact(doc, "amount", first)
    s, e = first.fig.span.start, second.fig.span.end
    # (stated with both parts and the words between: the sum restates them, it is no figure of its own)
    fact = replace(
        own, value=(first.fig.value or 0.0) + (second.fig.value or 0.0), hedge="about", rule=VENTURE_PARTS_RULE,
        low=None, high=None, stated=doc.text[s:e], span=replace(own.span, start=s, end=e),
    )  # fmt: skip
    facts.slots["amount"] = fact
    facts.candidates["amount"] = [*facts.candidates.get("amount", []), FactCandidate(fact, "deal", None)]
