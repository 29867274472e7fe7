"""Event facts: which figure, name or title stands for each fact of the event an article tells.

`event_facts` is one pure function over one article's extraction (sentences, headings, figures,
entities with roles, claims with their sources). It

1. decides the event type from the headline and the lead (cue votes from lexicons/events.yaml);
2. finds the parties (deal: buyer and target from the verb between them);
3. tags every money and percent figure with what it is the figure OF (this deal's amount, a stake, a
   valuation, a past deal, another company's deal, a net worth, revenue...) from the words around it
   (lexicons/figure_roles.yaml: the nearest cue wins; past-time words and other parties move a figure
   to a distractor role);
4. fills the event's slots from the body (the article's facts) and, apart, from the headline (the
   headline's own statement), keeping every candidate with why it was not chosen.

The steps live in parts named for what they hold, each reading only the parts below it (a contract in
pyproject.toml): layoff_facts (a layoff's count), money_slots (the money slots), deal_status,
deal_parties, figure_roles (step 3), event_kind (step 1), fact_time, fact_layout (the layout `_Doc`
every part reads) and fact_tables (the lexicon's tables). This module holds the entry point and the
order of a deal's rules.

All word lists are data; a rule here is never about one text. Every pattern is linear (alternations
of literal phrases, searched inside bounded windows).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from tui.analysis.extract.appointments import appointment_facts
from tui.analysis.extract.board_contests import BOARD_CONTEST_RULE
from tui.analysis.extract.captions import in_caption
from tui.analysis.extract.conversions import conversions
from tui.analysis.extract.deal_parties import (
    SYMMETRIC_RULES,
    _other_party,
    _parties,
    _party_value,
    merger_order,
    merger_sides,
)
from tui.analysis.extract.deal_status import _party_spans, _status
from tui.analysis.extract.event_kind import _event_type
from tui.analysis.extract.fact_layout import (
    _ORGS,
    _Doc,
    _fact,
    _layout,
    _money_in,
    _Name,
    _names_in,
    _orgs_in,
    _related,
    _sentence_of,
    state_bodies,
    top_sentences,
)
from tui.analysis.extract.fact_tables import _Tables, _tables, event_slots, schema_hedge
from tui.analysis.extract.fact_time import coming_meeting_day, event_weekdays, telling_at
from tui.analysis.extract.figure_roles import _CLAUSE_STOP, _tag, _Tagged, price_beside_increase
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.layoff_facts import _layoff
from tui.analysis.extract.money_slots import (
    _acquisition_price,
    _ceiling_total,
    _co_investors,
    _conditional_changes,
    _headline_total,
    _holding_after_over_sold,
    _investment_pledges,
    _merger_worth,
    _money_slots,
    _pre_post,
    _price_in_parts,
    _proceeds_alone,
    _repriced,
    _round_total,
    _stake_words,
    _told_again,
    _two_views,
    _valuation_before_money,
    givers_parts_sum,
    venture_parts_sum,
)
from tui.analysis.extract.page_date import address_month, page_date
from tui.analysis.extract.page_dollar import bare_dollar, local_dollar
from tui.analysis.extract.public_offering import (
    IPO_ISSUER_RULE,
    first_plan_sizes,
    ipo_issuer_at,
    offering_worths,
)
from tui.analysis.extract.rates import stated_rates
from tui.analysis.extract.round_lead import lead_at
from tui.analysis.extract.sale_words import MADE_NOUN, MADE_WORD
from tui.analysis.extract.separations import separations_in
from tui.analysis.extract.share_sales import SHARE_SALE_RULE as _SHARE_SALE
from tui.analysis.extract.share_sales import share_sale
from tui.analysis.extract.shell_mergers import shell_first
from tui.analysis.extract.status_scope import clause_bounds
from tui.analysis.extract.symmetric_mergers import JOINT_VENTURE_RULE, joint_venture, new_company_names
from tui.analysis.extract.unit_sales import unit_parties
from tui.analysis.model import ArticleAnalysis, Entity, EventFacts, FactValue, Figure, FigureKind

__all__ = ["event_facts", "schema_hedge", "event_slots"]


#: An investor's own part of a round, right after its possessive (lower case): "'s contribution", "'s piece of the
#: round", "'s share of the funding", "'s portion of the new financing".
_PART_OF_ROUND = re.compile(
    r"['’]s\s+(?:(?:own|planned|expected)\s+)?(?:contribution\b|(?:piece|part|portion|share|slice|chunk)\s+of\s+"
    r"(?:the|this|its|that)\s+(?:[\w-]+\s+){0,2}?(?:round|funding|financing|fundraising|raise|investment)\b)"
)
#: How many body sentences are read for an investor's part of the round.
_PART_SENTENCES = 12


def _part_owner(doc: _Doc, target: _Name) -> _Name | None:
    """The organisation whose own part of the round the page tells by its possessive ("X's contribution would
    decrease from $A to $B", "X's piece of the round would shrink"), in the first body sentences; not the
    target (the raiser), else None."""
    for s0, s1 in doc.body[:_PART_SENTENCES]:
        for n in _names_in(doc, s0, s1):
            if n.type in _ORGS and n.entity_id != target.entity_id and _PART_OF_ROUND.match(doc.low, n.end):
                return n
    return None


def _listed_raise(doc: _Doc, rule: str, buyer: _Name | None) -> bool:
    """A raise told with its investors listed and no lead ("has raised $X with investments from A, B, C and D",
    "secures funding from A and others"): its buyer is none, never the organisation the page names most (a
    partner in another agreement; the tables' convention for a round with no lead; stop 43)."""
    if buyer is not None or not rule.startswith("party.raise"):
        return False
    spans = ([doc.headline] if doc.headline else []) + doc.lead
    for s0, s1 in spans:
        for n in doc.names:
            if n.type not in _ORGS or not s0 <= n.start < s1:
                continue
            if _AND_OTHERS_AFTER.match(doc.low, n.end) or _INVESTORS_LISTED.search(
                doc.low, max(s0, n.start - 60), n.start
            ):
                return True
    return False


#: The round's investors listed before a name (lower case): "with investments from ", "from investors including ",
#: "backers such as ", "commitments from ".
_INVESTORS_LISTED = re.compile(
    r"\b(?:(?:investments|commitments|contributions)\s+from|(?:investors|backers)\s+(?:including|such\s+as|like))\s"
)
#: A name that heads a list of others (lower case): " and others", ", among others".
_AND_OTHERS_AFTER = re.compile(r",?\s+(?:and|among)\s+(?:(?:several|many|a\s+few|some)\s+)?others\b")


def _unnamed_raiser(doc: _Doc, tab: _Tables) -> bool:
    """Does a lead sentence tell a raise ("said it raised $800 million") with no organisation named before
    its verb (the raiser told as a description: "The fintech company", "it"), or a round by its noun alone
    ("X is set to reveal an $800m fundraising")?"""
    pattern, groups = tab.verbs_re
    for s0, s1 in doc.lead:
        if _ROUND_NOUN.search(doc.low, s0, s1):
            return True
        for m in pattern.finditer(doc.low, s0, s1) if pattern is not None else ():
            if groups[m.lastgroup or ""] == "raise":
                return not any(n.type in _ORGS for n in _names_in(doc, s0, m.start()))
    return False


#: The rule of a round's company found after a lead that tells no deal: the target, no buyer guessed.
_ROUND_AFTER_HOOK = "party.round-after-hook+most-named"
#: How many body sentences after a lead that tells no deal may tell a round by its noun alone.
_HOOK_NEXT = 2
#: The kinds of party verbs that tell a deal in a sentence (a deal noun alone, "an investment firm", tells none).
_DEAL_VERB_KINDS = frozenset(
    {"active", "buy", "take_private", "share_price", "raise", "passive", "sale", "with", "team", "payee"}
)


def _round_after_hook(doc: _Doc, tab: _Tables) -> bool:
    """Does a lead that tells no deal (no verb of one, no money: a backer's quotation as its hook) come before a round
    told by its noun in the next sentences ("... The $90 million funding round, announced on Thursday, drew
    ...")? Then the company the article names most is the one that raises; no buyer is guessed (stop 48)."""
    pattern, groups = tab.verbs_re
    if pattern is None or not doc.lead or any(_money_in(doc, s) for s in doc.lead):
        return False
    kinds = {groups[m.lastgroup or ""] for s0, s1 in doc.lead for m in pattern.finditer(doc.low, s0, s1)}
    if kinds & _DEAL_VERB_KINDS:
        return False
    last = max(doc.lead)  # the lead's last sentence in the text: a summary's bullet points come after it
    k = doc.body.index(last) + 1 if last in doc.body else len(doc.body)
    return any(_ROUND_NOUN.search(doc.low, s0, s1) for s0, s1 in doc.body[k : k + _HOOK_NEXT])


#: A funding round by its noun (lower case): "an $800m fundraising", "a funding round", "a round of funding".
_ROUND_NOUN = re.compile(
    r"\bfund-?raising\b|\b(?:funding|financing|fundraising|investment)\s+round\b|\bround\s+of\s+(?:funding|financing)\b"
)


def _undemonym(doc: _Doc, n: _Name | None) -> _Name | None:
    """A party named with a nationality before it ("Dutch X", one run of capitals) is the organisation
    the article also names without it ("X"): the adjective is no part of the party. Only then: "American
    Express" or "Swiss Re" stay whole, their rest is named nowhere alone."""
    if n is None:
        return None
    first, _, rest = n.name.partition(" ")
    if not rest or first not in tables().lone_words:
        return n
    other = next((m for m in doc.names if m.name == rest and m.type in _ORGS), None)
    if other is not None:
        return other
    # the short name merged into the long one ("FVX" into "Dutch FVX"): the party is named as said alone
    if any(m.entity_id == n.entity_id and doc.text[m.start : m.end] == rest for m in doc.names):
        return replace(n, name=rest)
    return n


def _per_share_owner(doc: _Doc, buyer: _Name | None) -> tuple[_Name, _Name | None] | None:
    """(target, payer): the first organisation of the lead or the next sentences whose shares a money
    figure before it prices ("$88 in cash per Y share", "$88 for each share of Y"), and the last
    other organisation before the figure in its clause (None when there is none)."""
    for s0, s1 in doc.lead + doc.body[2:6]:
        money = [f for f in doc.figures if s0 <= f.span.start < s1 and f.kind == FigureKind.MONEY]
        if not money:
            continue
        for n in _names_in(doc, money[0].span.end, s1):
            if n.type not in _ORGS or (buyer is not None and n.entity_id == buyer.entity_id):
                continue
            if not (
                _PER_NAME.search(doc.low, max(s0, n.start - 12), n.start)
                and _SHARE_AFTER.match(doc.low, n.end)
            ) and not _SHARE_OF.search(doc.low, max(s0, n.start - 30), n.start):
                continue
            fig = max((f for f in money if f.span.end <= n.start), key=lambda f: f.span.start)
            cut = max([s0] + [c.end() for c in _CLAUSE_STOP.finditer(doc.low, s0, fig.span.start)])
            payers = [
                p
                for p in _names_in(doc, cut, fig.span.start)
                if p.type in _ORGS and p.entity_id != n.entity_id
            ]
            return n, (payers[-1] if payers else None)
    return None


def _exchange_owner(doc: _Doc, buyer: _Name | None) -> tuple[_Name, _Name | None] | None:
    """(target, payer) of an all-share exchange told at the top of the story: the first organisation whose
    shares are exchanged "for each / every" one of them ("for every Y share", "for every two Y shares"), and
    the last other organisation before it in its sentence whose shares are given ("0.45 shares of X", "1.3 X
    shares"); None when no exchange is told (stop 38). None too when the shares given are the new company's a merger
    makes ("one <NewCo> share for each Y share", "shares of the combined company for every Y share"): both sides' holders
    are paid by a third, so neither buys the other -- a merger of equals, no buyer, no target (stop 56)."""
    made: set[str] | None = None
    for s0, s1 in doc.body[:_EXCHANGE_TOP]:
        for n in _names_in(doc, s0, s1):
            if n.type not in _ORGS or (buyer is not None and n.entity_id == buyer.entity_id):
                continue
            each = _FOR_EACH_BEFORE.search(doc.low, max(s0, n.start - 30), n.start)
            if each is None or not _SHARES_AFTER.match(doc.low, n.end):
                continue
            if _NEW_COMPANY_SHARES.search(doc.low, s0, each.start()):
                return None
            made = new_company_names(doc) if made is None else made
            payers = [
                p
                for p in _names_in(doc, s0, each.start())
                if p.type in _ORGS
                and p.entity_id != n.entity_id
                and (
                    _SHARES_OF.search(doc.low, max(s0, p.start - 20), p.start)
                    or _SHARES_AFTER.match(doc.low, p.end)
                )
            ]
            if payers and payers[-1].entity_id in made:
                return None
            return n, (payers[-1] if payers else None)
    return None


#: How many body sentences from the top an exchange's terms are looked for in (stop 38).
_EXCHANGE_TOP = 8
#: Before the company whose shares are exchanged: "for each ", "for every ", "for every two ".
_FOR_EACH_BEFORE = re.compile(r"\bfor\s+(?:each|every)(?:\s+(?:one|two|three|four|five|ten|\d+))?\s+$")
#: The shares of the company a merger makes, given for the merging companies' shares (lower case): "shares of the
#: combined company", "one share in the new group", "shares of the merged entity" (stop 56).
_NEW_COMPANY_SHARES = re.compile(r"\bshares?\s+(?:of|in)\s+the\s+" + MADE_WORD + r"\s+" + MADE_NOUN + r"\b")
#: Before the company whose shares are given: "shares of ", "one new share of ".
_SHARES_OF = re.compile(r"\bshares?\s+of\s+$")
#: After a company's name in an exchange: " share", " shares", " common shares".
_SHARES_AFTER = re.compile(r"\s+(?:common\s+|ordinary\s+|new\s+)?shares?\b")
#: Before a company's name whose share is priced: "per ", "for each ", "a ".
_PER_NAME = re.compile(r"\b(?:per|each|every|a)\s+$")
#: After it: " share", " common share", "'s share" is no part of it (a possessor is matched apart).
_SHARE_AFTER = re.compile(r"\s+(?:common\s+|ordinary\s+)?share\b")
#: Before it: "per share of ", "for each share of ", "a share of ".
_SHARE_OF = re.compile(r"\b(?:per|each|every|a)\s+(?:common\s+|ordinary\s+)?share\s+of\s+$")


def _round_lead(doc: _Doc, target: _Name | None) -> _Name | None:
    """The lead investor of the round the target raises, as the article says it (extract/round_lead.py):
    the first of the headline and the first body sentences that names one; None when none does."""
    orgs = sorted(
        (n for n in doc.names if n.type in _ORGS and (target is None or n.entity_id != target.entity_id)),
        key=lambda n: n.start,
    )
    spans = ([doc.headline] if doc.headline else []) + doc.body[:_LEAD_SENTENCES]
    k = lead_at(doc.low, spans, [(n.start, n.end) for n in orgs])
    return None if k is None else orgs[k]


#: How many body sentences are searched for the lead investor of a round ("The round was led by Y" is
#: often the third or fourth paragraph).
_LEAD_SENTENCES = 12


def _separated_unit(
    doc: _Doc, tab: _Tables, slots: Sequence[str], facts: EventFacts, buyer: _Name | None = None
) -> bool:
    """A page whose event is a separation ("Orla will spin off its snacks unit") and no pair of parties: the first
    unit the top tells separated is the target, as the page names it (a company's name inside it when it holds one),
    with no buyer and no price (the tables' convention; stop 48), its stage the deal's stage cues' unless the top tells
    it done ("has spun off", "completed the spin-off of": closed). False, and nothing set, on any other page."""
    if not facts.rule.startswith("event.separation"):
        return False
    spans = ([doc.headline] if doc.headline else []) + doc.lead
    told = [sep for s in sorted(spans) for sep in separations_in(doc.text, doc.low, *s)]
    if not told:
        return False
    body = [sep for sep in told if doc.headline is None or not doc.headline[0] <= sep.start < doc.headline[1]]
    sep = (body or told)[0]
    if buyer is not None and not _separates(doc, sep.start, buyer):
        return False  # "Tarn will buy the rest of Pellworth after Pellworth spins off its cable unit": Tarn's deal
    named = _orgs_in(doc, sep.unit_start, sep.unit_end)
    rule = "party.separation"
    if named:
        n = named[0]
        fact = _fact(doc, "target", _party_value(doc, n), None, (n.start, n.end), rule, entity_id=n.entity_id)
    else:
        fact = _fact(doc, "target", sep.unit, None, (sep.unit_start, sep.unit_end), rule)
    if "target" in slots:
        facts.slots["target"] = fact
    if "status" in slots:
        _status(doc, tab, facts)
        if sep.done:  # "has spun off its unit", "completed the spin-off of its unit": the separation is done
            facts.slots["status"] = _fact(
                doc, "status", "closed", None, (sep.start, sep.end), "status.separation-done"
            )
    return True


def _separates(doc: _Doc, at: int, buyer: _Name) -> bool:
    """Is `buyer` the company that tells the separation at `at` (the last organisation named before it in its
    sentence, or none named there: the page's subject)? Another company found buying tells a deal of its own."""
    spans = sorted(doc.body + ([doc.headline] if doc.headline else []))
    sent = _sentence_of(spans, at)
    orgs = _orgs_in(doc, sent[0], at) if sent is not None else []
    return not orgs or orgs[-1].entity_id == buyer.entity_id


#: Right before a name: "from" and an article -- the one shares are bought from, a seller (lower case).
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")


def _seller_side(
    doc: _Doc, buyer: _Name | None, target: _Name | None, rule: str
) -> tuple[_Name | None, _Name | None, str]:
    """The parties of a sale of shares told from the seller's side (stop 49): the issuer of the shares sold is the
    target ("the state sold $2bn of shares in the bank": the bank, not a party left unnamed), the one named after
    "to" the buyer; in a buyback the issuer buys ("Y has bought back $1bn of shares from the state": Y, both), and
    the seller after "from" is never the target. The verbs' own pair stands when it names a target that is no
    seller."""
    seller = (
        target is not None
        and _FROM_BEFORE.search(doc.low, max(0, target.start - 10), target.start) is not None
    )
    if buyer is not None and target is not None and not seller:
        return buyer, target, rule
    page = _other_party(doc, None)
    sale = share_sale(doc, top_sentences(doc), page)
    if sale is None:
        return buyer, target, rule
    if target is not None and not seller:
        # the verbs named a target that is no seller ("Y raised $6bn ... and a share buyback beside it"): a buyer
        # named after "to" only, never the buyback's issuer guessed as the buyer
        return (
            (buyer, target, rule)
            if buyer is not None or sale.buyer is None
            else (sale.buyer, target, rule + "+sold-to")
        )
    if sale.buyback:
        issuer = sale.issuer or buyer or page
        if issuer is None:
            return buyer, target, rule
        return buyer or issuer, issuer, _SHARE_SALE + "-buyback"
    return buyer or sale.buyer, sale.issuer, _SHARE_SALE


#: Right before a raise's investor (lower case): the word that names it the giver ("will raise $200 million from X").
_GIVER_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$")


def _ipo_parties(
    doc: _Doc, buyer: _Name | None, target: _Name | None, rule: str
) -> tuple[_Name | None, _Name | None, str]:
    """On a page that tells a company's public offering, the issuer is the target and no one the buyer: "<Org> priced
    its IPO" makes no buyer of <Org> nor a target of a name after it (stop 50). An investor named by a deal verb with
    the issuer as its object ("X bought $50 million of shares in Y's IPO") stays the buyer; a pair the deal's verbs
    name stays the pair ("Y, which raised $1 billion in its IPO in 2019, agreed to buy Z")."""
    found = ipo_issuer_at(doc)
    if found is None:
        return buyer, target, rule
    issuer, told = found
    if (
        buyer is not None
        and target is not None
        and buyer.entity_id != target.entity_id
        # "X raised $150 million in its IPO, below ... its SPAC merger": a name after the offering gave none of its money
        and not (
            rule.startswith("party.raise")
            and target.entity_id == issuer.entity_id
            and buyer.start >= told
            and not _GIVER_BEFORE.search(doc.low, max(0, buyer.start - 12), buyer.start)
        )
        # "Y, owned by X, priced its IPO", "Y, backed by X, raised $N in its IPO": a holder of the issuer buys none of it
        and not (rule.startswith("party.passive") and target.entity_id == issuer.entity_id)
    ):
        # a pair the deal's verbs name: the page's deal is theirs, an offering its background
        return buyer, target, rule
    if (
        (target is None or target.entity_id == issuer.entity_id)
        and buyer is not None
        and buyer.entity_id != issuer.entity_id
        and rule.startswith("party.verb")
    ):
        return buyer, issuer, rule
    return None, issuer, IPO_ISSUER_RULE


def _deal(doc: _Doc, tab: _Tables, facts: EventFacts, slots: Sequence[str], figures: list[Figure]) -> None:
    buyer, target, rule = _parties(doc, tab)
    if (buyer is None or target is None) and _separated_unit(doc, tab, slots, facts, buyer):
        # a unit separated with no pair of parties named to buy or back it: no buyer, no price (an investor named in the
        # unit, "Y will invest $2 billion for a 30% stake in the new unit", keeps the deal's own reading)
        return
    buyer, target = _undemonym(doc, buyer), _undemonym(doc, target)
    # "X will buy Y's NAND business", "Y agreed to sell its chip unit to X": the unit is the target, never Y nor a word
    # of its kind; the one after "to" buys (stop 53); the seller stays a side of the deal for the figures
    buyer, target, rule, unit_sides = unit_parties(doc, buyer, target, rule)
    if rule in SYMMETRIC_RULES and buyer is not None and target is not None:
        # "X has agreed to merge with Y ... Y will issue 1.3 shares to X's holders": a symmetric verb names no buyer;
        # what the page tells elsewhere does (stop 51; the clues, in order: symmetric_mergers' docstring); else the
        # page's order stays
        ordered = merger_order(doc, buyer, target)
        if ordered is not None:
            rule += "+swapped" if ordered[0].entity_id != buyer.entity_id else "+ordered"
            buyer, target = ordered
    buyer, target, rule = _seller_side(doc, buyer, target, rule)
    buyer, target, rule = _ipo_parties(doc, buyer, target, rule)
    if rule.startswith("party.raise"):
        # a raise's buyer is its lead investor, only as the article says it; never a guess from the
        # investors it names (the most-named one), nor one named for comparison
        lead = _undemonym(doc, _round_lead(doc, target))
        if lead is not None:
            buyer, rule = lead, "party.raise-lead"
    if target is None:
        # "X has offered $88 in cash per Y share", "will pay $88 for each share of Y": the company whose
        # shares are priced is the target, the price's payer (the clause's subject) the buyer
        owned = _per_share_owner(doc, buyer)
        if owned is not None:
            target, payer = owned
            buyer, rule = buyer or payer, "party.per-share"
    if target is None:
        # an all-share deal's terms ("Y holders will receive 0.45 shares of X for every Y share"): the
        # company whose holders are paid by the share is the target, the one whose shares pay them the
        # buyer; a page that opens mid-story names its parties only there (stop 38)
        swapped = _exchange_owner(doc, buyer)
        if swapped is not None:
            target, payer = swapped
            buyer, rule = buyer or payer, "party.exchange"
    if buyer is None and target is None:
        # "A and B plan to merge ... A's shareholders will own about 60% of the combined company": a joint subject
        # names no buyer; its holders' larger part or the name the merged company keeps does (stop 47)
        sides = merger_sides(doc)
        if sides is not None:
            (buyer, target), rule = sides, "party.merger-sides"
    if buyer is None and target is None and _unnamed_raiser(doc, tab):
        # "The payments lender said it had raised $250 million from backers": the lead's raiser is a
        # description; the company the article names most is the one that raises (stop 40)
        # "The funding round led by A and B values the firm at $N": the round's named lead is its buyer, never the
        # company that raises (the most-named one other than the lead; stop 49)
        lead = _undemonym(doc, _round_lead(doc, None))
        target = _other_party(doc, lead, raising=True)
        rule = "party.raise-described+most-named" if target is not None else rule
        if target is not None and lead is not None and lead.entity_id != target.entity_id:
            buyer, rule = lead, "party.raise-lead+described"
    elif buyer is None and target is None and _round_after_hook(doc, tab):
        target = _other_party(doc, None, raising=True)
        rule = _ROUND_AFTER_HOOK if target is not None else rule
    if buyer is None and target is not None and rule.startswith("party.raise"):
        # "X's contribution would fall from $A to $B", "X's piece of the round": the one investor whose own money
        # the page tells in a raise that names no lead is its buyer (the tables' convention; stop 43)
        part = _part_owner(doc, target)
        if part is not None:
            buyer, rule = part, rule + "+part-owner"
    if (
        (buyer is None) != (target is None)
        and not rule.endswith("-unit")
        and not _listed_raise(doc, rule, buyer)
        # "A, B to back T": backers named together, no lead -- no buyer, never the most-named company (stop 48)
        and rule not in ("party.verb-joint-backers", _ROUND_AFTER_HOOK)
        # a holder's sale that names no buyer: the seller is no party, never guessed as the most-named (stop 49)
        and not rule.startswith(_SHARE_SALE)
        # an IPO's buyers are unnamed investors: never the most-named company, nor the regulator it files with (stop 50)
        and rule != IPO_ISSUER_RULE
    ):
        # (a unit the article never names is no reason to guess the most-named company: its owner)
        other = _other_party(doc, buyer or target, rule.startswith("party.raise"))
        if other is not None:
            buyer, target = (buyer, other) if target is None else (other, target)
            rule += "+most-named"
    venture = joint_venture(doc)
    if venture is not None and any(n is not None and n.start < venture[1][0].start for n in (buyer, target)):
        # "X is in talks to buy 20% of Y ... X and Y are also discussing setting up a joint venture": a purchase told
        # before the venture is the deal, the venture a part of it
        venture = None
    if venture is not None:
        unit_sides = [*unit_sides, *venture[1]]  # the partners: the money they put in is this deal's
        # "A and B will form a joint venture, to be called V": neither partner buys the other; the venture is the
        # target when named, else there is none (stop 60)
        buyer, target, rule = None, venture[0], JOINT_VENTURE_RULE
    # "X plans to go public via a merger with <Shell>": the listed shell issues the shares, the buyer (stop 53)
    buyer, target, rule = shell_first(doc, buyer, target, rule)
    if doc.headline is not None:  # the headline's own statement of the parties
        h_buyer, h_target, h_rule = _parties(doc, tab, [doc.headline])
        for slot, name in (("buyer", h_buyer), ("target", h_target)):
            if name is not None and slot in slots:
                facts.headline[slot] = _fact(
                    doc, slot, _party_value(doc, name), None, (name.start, name.end), h_rule, "headline",
                    entity_id=name.entity_id,
                )  # fmt: skip
    for slot, name in (("buyer", buyer), ("target", target)):
        if name is not None and slot in slots:
            facts.slots[slot] = _fact(
                doc,
                slot,
                _party_value(doc, name),
                None,
                (name.start, name.end),
                rule,
                entity_id=name.entity_id,
            )
    facts.offering = rule == IPO_ISSUER_RULE
    parties = {n.entity_id: n.name for n in (buyer, target) if n is not None}
    if len(parties) == 2:
        parties = _related(doc, parties)
    if buyer is not None:
        parties.update(state_bodies(doc, buyer))  # "the German state" of the buyer Germany (stop 55)
    for side in unit_sides:
        parties.setdefault(
            side.entity_id, side.name
        )  # a unit's seller and its kind's words: the price is this deal's
    tagged = _tag_all(
        doc,
        tab,
        parties,
        figures,
        raising=rule.startswith("party.raise"),
        sole=facts.offering,
        buyer=buyer.entity_id if buyer is not None else None,
        contest=rule.startswith(BOARD_CONTEST_RULE),
    )
    if facts.offering:
        offering_worths(doc, tagged)
        first_plan_sizes(doc, tagged)
    _investment_pledges(doc, tab, tagged)
    _conditional_changes(doc, tagged)
    _told_again(tagged)
    _repriced(doc, tagged)
    _money_slots(doc, tagged, facts, slots)
    _ceiling_total(doc, tagged, facts, slots)
    _round_total(doc, tagged, facts, slots)
    if "total" in slots:
        _headline_total(doc, tagged, facts)
    if "valuation" in slots:
        _pre_post(doc, tab, tagged, facts, slots)
        _valuation_before_money(doc, facts, slots)
    _two_views(doc, facts)
    _co_investors(doc, tagged, facts)
    if venture is not None and "amount" in slots:
        venture_parts_sum(
            doc, tagged, facts
        )  # "A and B will each put in about $1.5 billion": about $3 billion
    if "amount" in slots:
        givers_parts_sum(
            doc, tagged, facts
        )  # "The carmaker will put in $2.4bn and the utility $1.3bn": about $3.7bn
    _price_in_parts(doc, tagged, facts)
    _acquisition_price(doc, tab, facts, slots)
    _proceeds_alone(facts, slots)
    _merger_worth(doc, tagged, facts, slots)
    if "stake" in slots:
        _holding_after_over_sold(doc, tagged, facts)
        _stake_words(doc, tab, facts)
    if "status" in slots:
        _status(doc, tab, facts)
    if "date" in slots:
        _deal_day(doc, facts)
    _carry_conversions(doc, tagged, facts)


def _deal_day(doc: _Doc, facts: EventFacts) -> None:
    """The deal's day told by a weekday at the page's top ("won an auction on Saturday", "the panel said on Saturday"),
    on a page with its own date: the last such weekday on or before it (`_deal_news_day`: the first one, or a later one a
    party tells the news on; stops 58, 62); a contest only fought, the coming vote's day (`_contest_vote_day`)."""
    told = _contest_vote_day(facts, doc) or _deal_news_day(doc, facts)
    if told is not None:
        day, span = told
        facts.slots["date"] = _fact(doc, "date", day.isoformat(), None, span, "deal.weekday")


#: A full stop and the space after it (a sentence's end inside a span the layout read as one sentence).
_FULL_STOP = re.compile(r"[.!?]\s")


def _deal_news_day(doc: _Doc, facts: EventFacts) -> tuple[dt.date, tuple[int, int]] | None:
    """The day of the page's news told by a weekday at its top (fact_time.event_weekdays, the first one): but a first
    weekday whose clause names no party of the deal ("after the ministry unveiled new rules on Monday", "a lawsuit the
    regulator filed on Tuesday") dates another's act, and a later weekday a party tells the news on ("<A> said on
    Wednesday", "<A> on Wednesday said") is the news day (stop 62, convention (an))."""
    days = list(event_weekdays(doc, sorted(top_sentences(doc))))
    if not days:
        return None
    party_spans = _party_spans(doc, facts)
    if not party_spans:
        return days[0][0], days[0][1]

    def party_named(lo: int, hi: int) -> bool:
        return any(lo <= a and b <= hi for a, b in party_spans)

    def told_by_party(day: tuple[int, int], sent: tuple[int, int]) -> bool:
        verb = telling_at(doc.low, sent[0], day)
        return verb is not None and party_named(clause_bounds(doc.low, sent[0], sent[1], *day)[0], verb)

    first_day, first_span, first_sent = days[0]
    lo, hi = clause_bounds(doc.low, first_sent[0], first_sent[1], *first_span)
    stop = _FULL_STOP.search(
        doc.low, first_span[1], hi
    )  # a sentence the layout ran into the next one ends there
    if party_named(lo, stop.start() if stop else hi) or told_by_party(first_span, first_sent):
        return first_day, first_span
    told = next(((d, span) for d, span, sent in days[1:] if told_by_party(span, sent)), None)
    return told or (first_day, first_span)


def _contest_vote_day(facts: EventFacts, doc: _Doc) -> tuple[dt.date, tuple[int, int]] | None:
    """A board contest only fought (its sides from the contest, its stage announced): the vote's day told by a weekday
    is the coming one ("is seeking four seats at Thursday's annual meeting" on a Tuesday's page), never the past one
    (proxy2; the contest's date is the vote's day, docs/extraction.md). A contest won keeps `_deal_news_day`'s past day."""
    buyer = facts.slots.get("buyer")
    status = facts.slots.get("status")
    if (
        buyer is None
        or not buyer.rule.startswith(BOARD_CONTEST_RULE)
        or status is None
        or status.value != "announced"
    ):
        return None
    return coming_meeting_day(doc)


#: The slots whose values are prices: the ones a conversion is carried on.
_PRICE_SLOTS = frozenset({"amount", "valuation", "total", "pre_money"})


def _carry_conversions(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """Each price keeps its other-currency forms: the conversion written right after its figure
    (`_Tagged.conv_of`), else the figure at a rate the article states (extract/rates.py)."""
    after = {
        (t.conv_of.span.start, t.conv_of.span.end): t.fig
        for t in tagged
        if t.conv_of is not None and t.fig.value is not None and t.fig.unit
    }
    rates = stated_rates(doc.text) if "=" in doc.text else ()
    if not after and not rates:
        return

    def carried(fv: FactValue) -> FactValue:
        if fv.slot not in _PRICE_SLOTS or not isinstance(fv.value, float) or not fv.unit:
            return fv
        out: dict[str, float] = {}
        conv = after.get((fv.span.start, fv.span.end))
        if conv is not None and conv.unit and conv.unit != fv.unit and conv.value is not None:
            out[conv.unit] = conv.value
        for a, b, rate in rates:
            if fv.unit == a and b not in out:
                out[b] = fv.value * rate
            elif fv.unit == b and a not in out:
                out[a] = fv.value / rate
        return replace(fv, converted=tuple((v, u) for u, v in out.items())) if out else fv

    facts.slots = {k: carried(v) for k, v in facts.slots.items()}
    facts.headline = {k: carried(v) for k, v in facts.headline.items()}


def _tag_all(
    doc: _Doc,
    tab: _Tables,
    parties: dict[str, str],
    figures: list[Figure],
    raising: bool = False,
    sole: bool = False,
    buyer: str | None = None,
    contest: bool = False,
) -> list[_Tagged]:
    money = [f for f in figures if f.kind in (FigureKind.MONEY, FigureKind.PERCENT)]
    conv = conversions(doc.text, money)
    out = []
    spans = ([doc.headline] if doc.headline else []) + doc.body
    spans.sort()
    by_start = sorted(money, key=lambda g: g.span.start)
    money_starts = [g.span.start for g in by_start]
    for f in money:
        sent = _sentence_of(spans, f.span.start)
        if sent is None:
            continue
        place = "headline" if sent == doc.headline else "body"
        # the sentence's money figures by bisection (a scan of all of them per figure was quadratic)
        in_sent = by_start[bisect_left(money_starts, sent[0]) : bisect_left(money_starts, sent[1])]
        t = _tag(doc, f, sent, place, tab, parties, in_sent, raising, conv, sole, buyer, contest)
        t.caption = place == "body" and in_caption(doc.captions, f.span.start)
        t.sentence = sent
        out.append(t)
    return price_beside_increase(out, tab, doc.low)


# --- entry point ----------------------------------------------------------------------------------


def event_facts(
    text: str,
    analysis: ArticleAnalysis,
    entities: Sequence[Entity],
    date: dt.date | None = None,
    url: str | None = None,
) -> EventFacts:
    """The event facts of one article from its extraction (pure; no other article is consulted)."""
    tab = _tables()
    # no date in the metadata: the page's own date stamp is the article's (extract/page_date.py)
    doc = _layout(text, analysis, entities, date or page_date(text))
    if doc.date is None:
        doc.month = address_month(url)  # the page's address files it under a year and month
    facts = EventFacts(analysis.article_id)
    event, rule = _event_type(doc, tab)
    facts.event, facts.rule = event, rule
    if event is None:
        return facts
    slots = event_slots(event)
    figures = sorted(analysis.figures, key=lambda f: f.span.start)
    if event == "appointment":
        appointment_facts(doc, tab, facts, slots, entities)
    elif event == "layoff":
        _layoff(doc, tab, facts, figures, entities)
    else:
        _deal(doc, tab, facts, slots, figures)
    local = (
        local_dollar(url, text, figures, stated_rates(text), _third_party_figures(facts, figures))
        if "$" in text
        else None
    )
    if local is not None:
        _own_dollar(doc, facts, local, figures)
    return facts


#: What a figure is the figure of when it is a third party's money, not the event's nor a party's: a
#: holder's size (a fund's assets) or another company's deal, valuation or stake.
_THIRD_PARTY_ROLES = frozenset({"holder_size", "other_deal", "other_valuation", "other_stake"})


def _third_party_figures(facts: EventFacts, figures: Sequence[Figure]) -> frozenset[int]:
    """The start offsets of the figures the event's candidates read as a third party's money (stop 40): their
    currency mark says whose money that holder counts in, never the page's own dollar (page_dollar.py)."""
    spans = [
        c.fact.span
        for cands in facts.candidates.values()
        for c in cands
        if c.of in _THIRD_PARTY_ROLES and c.fact.span is not None
    ]
    return frozenset(
        f.span.start
        for f in figures
        if any(sp.start <= f.span.start and f.span.end <= sp.end for sp in spans)
    )


def _own_dollar(doc: _Doc, facts: EventFacts, local: str, figures: Sequence[Figure]) -> None:
    """On a page of a country with its own dollar, money written with a bare "$" is that dollar (stop 39;
    extract/page_dollar.py): "$1.25 billion" there is the same money as "A$1.25 billion" elsewhere. A bare
    "$" figure whose number the page also writes with a marked dollar ("$5b" in the headline, "$US5
    billion" in the body) is that marked money."""
    marked = {
        f.value: f.unit
        for f in figures
        if f.kind == FigureKind.MONEY
        and f.value is not None
        and f.unit is not None
        and "$" in doc.text[f.span.start : f.span.end]
        and not bare_dollar(doc.text, f.span.start, f.span.end, restated_too=True)
    }

    def own(fv: FactValue) -> FactValue:
        if fv.unit != "USD" or fv.span is None or not bare_dollar(doc.text, fv.span.start, fv.span.end):
            return fv
        unit = marked.get(fv.value, local) if isinstance(fv.value, float) else local
        return fv if unit == fv.unit else replace(fv, unit=unit)

    for held in (facts.slots, facts.headline):
        for slot, fv in held.items():
            held[slot] = own(fv)
    for slot, cands in facts.candidates.items():
        facts.candidates[slot] = [replace(c, fact=own(c.fact)) for c in cands]
    if facts.debt is not None:
        facts.debt = own(facts.debt)
