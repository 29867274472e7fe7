"""The status of a deal (`_status`: agreed, announced, completed, in talks...), and what decides it: a
status word in a past clause, a clause with another subject, the spans of the deal's parties, and
whether the deal is an acquisition.

Read for `facts.event_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re

from tui.analysis.extract.bid_stages import agrees_to_walk, bid_stages, offer_purpose
from tui.analysis.extract.board_contests import BOARD_CONTEST_RULE, board_contest_stage
from tui.analysis.extract.deal_clauses import (
    closed_relative_at,
    generic_object,
    goods_object,
    holder_description,
    noun_use,
    stock_owner,
    users_act,
)
from tui.analysis.extract.fact_layout import (
    _ORGS,
    NEGATION,
    _addresses,
    _Doc,
    _fact,
    _inside,
    _orgs_in,
    _party_like,
    _related,
    _sentence_of,
)
from tui.analysis.extract.fact_tables import _Tables
from tui.analysis.extract.fact_time import _YEAR, _text_year, announced_attribute
from tui.analysis.extract.proposals import _PROPOSED_DEAL, Proposal, proposal_answer, proposals
from tui.analysis.extract.public_offering import ipo_priced, sentence_at
from tui.analysis.extract.said_when import WEEKDAYS
from tui.analysis.extract.sale_words import SOLD_TO_RULE
from tui.analysis.extract.share_sales import SHARE_SALE_RULE, sale_done_at
from tui.analysis.extract.startup_history import founding_raise, raise_word, raised_level
from tui.analysis.extract.status_scope import (
    CLAUSE_MARKS,
    CLAUSE_WORDS,
    clause_bounds,
    end_told_ahead,
    ended_after,
    ends_no_deal,
    governed,
    plan_of_deal,
    plan_told,
    round_object,
    stake_purchase,
    stake_purchase_status,
    told_ahead,
    weighed_after,
)
from tui.analysis.extract.symmetric_mergers import merger_verb_at
from tui.analysis.model import EventFacts

#: The clause of a past-time phrase beside a status cue: bounded by status_scope's marks alone, not by its
#: subordinating words, as before stop 63 (a past-time phrase may itself open with one: "since last year").
_STATUS_CLAUSE = re.compile(CLAUSE_MARKS)


def _past_clause(doc: _Doc, tab: _Tables, a: int, b: int, sent: tuple[int, int]) -> bool:
    """Does a past-time phrase ("earlier this year", "last week") stand next to the cue at a..b, in its
    clause? Then the cue tells an earlier stage or an earlier deal, not this article's status."""
    if tab.status_past is None:
        return False
    lo, hi = max(sent[0], a - tab.status_past_reach), min(sent[1], b + tab.status_past_reach)
    for m in _STATUS_CLAUSE.finditer(doc.low, lo, a):
        lo = m.end()
    stop = _STATUS_CLAUSE.search(doc.low, b, hi)
    if stop:
        hi = stop.start()
    # "completed its previously announced purchase": the past word dates the object's announcement, not the cue (stop 47);
    # "announced last week that it has purchased": it dates the telling, not the purchase (stop 52, convention (u))
    return any(
        not (m.start() >= b and announced_attribute(doc.low, m.start(), m.end()))
        and not _dates_telling(doc.low, m)
        for m in tab.status_past.finditer(doc.low, lo, hi)
    )


#: A verb of telling right before a past-time phrase (lower case, read up to the phrase; stop 52): "announced",
#: "said on", "disclosed in", "confirmed". Alike to effective_date._ANNOUNCED_BEFORE (the telling right before a
#: weekday), but not the same words (that one has "says", "reported", "told <whom>", "in a statement", no "stated");
#: stop 63 left the two apart, since one list would change what either reads.
_TELLING_BEFORE = re.compile(r"\b(?:announced|said|disclosed|confirmed|revealed|stated)\s+(?:on\s+|in\s+)?\Z")
#: "that" opening the told clause right after a past-time phrase (lower case; stop 52).
_THAT_AFTER = re.compile(r"\s+that\b")


def _dates_telling(low: str, past: re.Match[str]) -> bool:
    """Does the past-time phrase `past` date a telling of a that-clause ("announced last week that it has bought",
    "said a year ago that"), not the act the clause tells?"""
    return (
        _TELLING_BEFORE.search(low, max(0, past.start() - 24), past.start()) is not None
        and _THAT_AFTER.match(low, past.end()) is not None
    )


#: Where the clause of a status cue begins: a comma, semicolon or colon, an opening bracket, a spaced dash, or one of
#: status_scope's subordinating words (`CLAUSE_WORDS`: "..., when Y agreed to buy"; "since Y agreed"; "after Y
#: signed"). Looked for before the cue only, and narrower than status_scope's `_CLAUSE`: no closing bracket, no
#: unspaced dash, no "because" / "but". Stop 63 shared the words only and left that difference as it was (unifying
#: the two would change readings).
_STATUS_CLAUSE_OPEN = re.compile(r"[,;:(]|\s[-–—]+\s|\b(?:" + CLAUSE_WORDS + r")\s")


#: Between a subject and its status verb: up to three words, none a pronoun or a conjunction ("Y
#: agreed", "Y has since agreed", not "Y because it closes").
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?!(?:it|they|he|she|we|which|who|that|because|and|but|so|or|as)\b)[a-z'’-]+\s+){0,3}"
)


def _other_subject(doc: _Doc, facts: EventFacts, s0: int, cue: int) -> bool:
    """Is the subject of the status cue at `cue` an organisation that is not a party of the deal (nor
    an owner or unit of one)? Its status is another deal's. Only when both parties are known."""
    parties = {
        v.entity_id: str(v.value) for k in ("buyer", "target")
        if (v := facts.slots.get(k)) is not None and v.entity_id
    }  # fmt: skip
    if len(parties) < 2 or any(
        (v := facts.slots.get(k)) is not None and v.rule.startswith((SHARE_SALE_RULE, SOLD_TO_RULE))
        for k in ("buyer", "target")
    ):
        # (a sale told from the seller's side: its subject is the seller, a party the slots do not name, stop 49; a
        # company sold by its owner, "<Parent> agreed to sell <Co> to <Buyer>", stop 57)
        return False
    lo = s0
    for m in _STATUS_CLAUSE_OPEN.finditer(doc.low, max(s0, cue - 120), cue):
        lo = m.end()
    # "The largest holder of A and B has bought ...": names that only describe the subject are no subject (stop 54)
    described = holder_description(doc.low, s0)
    names = [n for n in _orgs_in(doc, lo, cue) if n.end <= cue and n.start not in described]
    if not names or not _SUBJECT_GAP.fullmatch(doc.low, names[-1].end, cue):
        return False  # the cue's subject is not that name ("Y and Z because it closes ...")
    related = _related(doc, parties)
    return not any(_party_like(doc, n, related) for n in names)


def _party_spans(doc: _Doc, facts: EventFacts) -> list[tuple[int, int]]:
    """Where the text names a party of the deal (or an owner or unit of one), not as a stock's owner."""
    parties = {
        v.entity_id: str(v.value) for k in ("buyer", "target")
        if (v := facts.slots.get(k)) is not None and v.entity_id
    }  # fmt: skip
    if not parties:
        return []
    related = _related(doc, parties)
    return [
        (n.start, n.end)
        for n in doc.names
        if n.type in _ORGS and _party_like(doc, n, related) and not stock_owner(doc.low, n.start, n.end)
    ]


def _acquisition(doc: _Doc, tab: _Tables) -> bool:
    """Is the deal a purchase of the target (the headline and lead use more acquisition words than
    investment words)?"""
    if tab.acquisition is None:
        return False
    spans = doc.lead + ([doc.headline] if doc.headline else [])
    if any(proposals(doc, s0, s1) for s0, s1 in spans):
        return True  # a takeover told as a proposal turned down, walked away from or received (stop 45)
    buy, inv = _votes(doc, tab, spans)
    if buy == inv == 0:
        # a top that names neither ("A judge has denied the regulator's request for an injunction"): the next
        # sentences tell what the deal is ("... may now close its $9 billion merger with Y"; stop 44)
        # (not a sentence placed before the page's year: "completed a smaller purchase of Z in 2027" is another deal)
        year = _text_year(doc)
        below = [
            b for b in doc.body[:_KIND_TOP]
            if b not in spans and (year is None or not any(int(y.group()) < year for y in _YEAR.finditer(doc.text, *b)))
        ]  # fmt: skip
        buy, inv = _votes(doc, tab, below)
    return buy > inv


#: How many body sentences from the top tell the deal's kind when the headline and the lead name none (stop 44).
_KIND_TOP = 4


def _merger_plan(tab: _Tables, m: re.Match[str]) -> bool:
    """Is the cue a plan announced to merge ("A and B announced plans to merge", "unveiled a plan to combine")? Two
    companies announcing a plan to merge tell the plan, not yet the agreement an acquisition's announcement reads as
    (acquisition_status); "agreed to merge" stays agreed, "announced plans to buy Y" an acquisition's (stop 56)."""
    plans = tab.status_plans.match(m.string, m.start()) if tab.status_plans is not None else None
    return plans is not None and merger_verb_at(m.string, plans.end())


def _votes(doc: _Doc, tab: _Tables, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The acquisition words and the investment words of `spans`."""
    buy = inv = 0
    for s0, s1 in spans:
        addresses = _addresses(doc, s0, s1)  # a web address's words are no cue ("investing.com")
        if tab.acquisition is not None:
            buy += sum(
                1 for m in tab.acquisition.finditer(doc.low, s0, s1) if not _inside(addresses, m.start())
            )
        if tab.investment is not None:
            inv += sum(
                1 for m in tab.investment.finditer(doc.low, s0, s1) if not _inside(addresses, m.start())
            )
    return buy, inv


#: "of" right after a status cue that ends in -s: the cue is a plural noun ("signs of", not "signs").
_OF_AFTER = re.compile(r"\s+of\b")


#: A condition in an end cue's clause before it (lower case; stop 62): "if the deal falls through", "unless the merger
#: is called off", "in case the deal collapses", "should the deal be terminated". Before the cue, unlike
#: status_scope._END_CONDITION (right after it, with "without" and "until"): two places, two lists (stop 63).
_END_ON_CONDITION = re.compile(r"\b(?:if|unless|in\s+case|in\s+the\s+event|should|whether)\b")
#: Talks ended in the deal, right after an end cue (lower case; stop 62): " in agreement", " in a deal".
_ENDED_IN_DEAL = re.compile(r"\s+in\s+(?:an?\s+)?(?:agreement|deal|accord)\b")
#: Between an agreement and an end told later in its sentence, a word that places the end before it (lower case; stop
#: 62): "agreed to buy Y, a year after they abandoned talks", "since the two walked away", "following".
_BEFORE_IT = re.compile(r"\b(?:after|since|following)\b")
#: Stages of a deal its end, told at the top after them, outranks (stop 62): an agreement or an announcement.
_ENDED_LATER = frozenset({"agreed", "announced"})

#: Statuses whose talks or deal can end in the cue's own clause ("talks to buy Y ... had ended").
_ENDABLE = frozenset({"talks", "agreed", "announced", "rumored"})


def _status(doc: _Doc, tab: _Tables, facts: EventFacts) -> None:
    spans = doc.lead + ([doc.headline] if doc.headline else [])
    # a licence-and-hire deal found further down ("Y wrote X a check for $2.7 billion"): the sentence that
    # names its parties tells its stage too, after the top (stop 41)
    buyer = facts.slots.get("buyer")
    if buyer is not None and buyer.rule in _TEAM_RULES:
        named_in = _sentence_of(doc.body, buyer.span.start)
        if named_in is not None and named_in not in spans:
            spans = spans + [named_in]
    if any(
        f is not None and f.rule.startswith(BOARD_CONTEST_RULE)
        for f in (facts.slots.get("buyer"), facts.slots.get("target"))
    ):
        # a contest for board seats (stop 61, convention (am)): the vote told won is closed, a contest only fought
        # ("is seeking four seats", "has nominated three directors") announced
        contest = board_contest_stage(doc, list(dict.fromkeys(spans + doc.body[:_STAGE_TOP])))
        if contest is not None:
            c, sent = contest
            _set_status(doc, facts, c.stage, (c.start, c.end), f"status.board-contest({c.stage})", sent)
            return
    strong = [(v, p) for v, p in tab.status if v not in tab.status_weak]
    if tab.status_plans is not None:  # "announced plans to buy": an announcement, before the talks cue
        strong.insert(0, ("announced", tab.status_plans))
    weak = sorted(
        ((v, p) for v, p in tab.status if v in tab.status_weak), key=lambda vp: tab.status_weak.index(vp[0])
    )
    # a target named by its price or its exchange per share is bought whole (stop 38)
    by_share = any(
        f.rule.startswith(_BY_SHARE) for f in (facts.slots.get("buyer"), facts.slots.get("target")) if f
    )
    # a licence-and-hire deal is no purchase of the company (stop 44): its announcement stays announced
    team = buyer is not None and buyer.rule.split("+")[0] in _TEAM_RULES
    buying = by_share or (not team and _acquisition(doc, tab))
    # a round won or sought ("has secured €40m", "is seeking $60m"): never a purchase of the company
    hit = _strong_hit(doc, tab, facts, spans, strong, () if buying else tab.status_round)
    if hit is not None and hit[0] in _ENDED_LATER:
        # "<A> agreed in May to buy <B>. The two companies decided to walk away on Wednesday.": the deal's end told at
        # the top outranks its own earlier agreement told before it (stop 62)
        ended = _strong_hit(doc, tab, facts, spans, [(v, p) for v, p in strong if v == "collapsed"], ())
        if ended is not None and not (
            ended[2] == hit[2] and _BEFORE_IT.search(doc.low, hit[1].end(), ended[1].start()) is not None
        ):
            # ("<A> has agreed to buy <B>, a year after the two sides walked away from talks": the end told after
            # "after" in the agreement's sentence came before it)
            hit = ended
    proposed = _proposal_stage(doc, spans, hit)
    if proposed is not None:
        # "Y rejected a $12 billion approach from X", "X does not intend to make a firm offer for Y", "Y confirmed it had
        # received a proposal from X": a takeover told as a proposal, its stage the proposal's (stop 45; convention (af))
        prop, span = proposed
        _set_status(doc, facts, prop.stage, (prop.start, prop.end), f"status.proposal({prop.stage})", span)
        return
    priced = ipo_priced(doc) if facts.offering else None
    if priced is not None and (hit is None or priced[0] < hit[1].start()):
        # "X priced its IPO at $18", "sold 12 million shares to IPO investors", "jumped 40% in its Nasdaq debut": an
        # offering priced or traded is done, whatever report tells it ("according to reports from <outlet>"), and
        # before a later cue of another deal ("its abandoned merger") (stop 50)
        told_in = sentence_at(doc, priced[0])
        if told_in is not None:
            _set_status(doc, facts, "closed", priced, "status.ipo-priced", told_in)
            return
    if hit is None:
        for s0, s1 in spans:
            for value, pattern in weak:
                m = pattern.search(doc.low, s0, s1)
                if m and value == "rumored" and _PROBE.search(doc.low, s0, m.start()):
                    continue  # "a regulator opened a probe into X's deal, according to a report": the report
                    # tells the probe, another event, never the deal's stage (stop 41)
                if (
                    m
                    and value == "announced"
                    and _SPAN_AFTER.search(doc.low, max(s0, m.start() - 80), m.start())
                ):
                    continue  # "comes 18 months after X first announced its plans": the deal's history (stop 49)
                if m:
                    hit = (value, m, (s0, s1))
                    break
            if hit:
                break
    if hit is None:
        # the top tells no stage: the first body sentences that name a party tell it ("Y's founders will
        # join X. X also signed a licence with Y", "Instead, X agreed to pay $3 billion"; stop 42)
        deep = [b for b in doc.body[:_STAGE_TOP] if b not in spans]
        # a page on a regulator's probe of the deal (stop 42): the deal under it is one made, so a signing told
        # in the past below ("X last year signed a licensing deal with Y", "In 2023, X signed ...") is done
        probed = any(_PROBE.search(doc.low, s0, s1) for s0, s1 in spans)
        rounds = () if buying else tab.status_round
        found = _strong_hit(doc, tab, facts, deep, strong, rounds, party=True, probed=probed)
        if found is not None and found[0] != "announced":
            hit = found
    named = _deal_named(doc, tab, spans, hit)
    if named is not None:
        # "ceding control of the unit to X in a $4 billion deal", "Tuesday's deal gives Y ...", "under the deal", "in a
        # deal announced on Monday": the top names a made agreement by its noun (stop 59)
        hit = named
    if hit is None:
        if doc.lead:
            s0, s1 = doc.lead[0]
            value, rule = tab.status_default, "status.default"
            if buying and value in tab.acquisition_status:
                value, rule = tab.acquisition_status[value], rule + "+acquisition"
            if value in ("announced", "agreed") and _paid_by_buyer(doc, tab, facts):
                value, rule = "closed", rule + "+paid"  # "X paid Y $N for a licence": done (stop 45)
            done = (
                _round_done(doc, tab, spans + doc.body[:_STAGE_TOP])
                if value == "announced" and not buying
                else None
            )
            if done is not None:
                # "the $90 million round, announced on Thursday, included two pension funds": a round told done (stop 48)
                value, rule, (s0, s1) = "closed", rule + "+round-done", done[0]
            sold = (
                _sold_done(doc, tab, facts, spans + doc.body[:_STAGE_TOP]) if value == "announced" else None
            )
            if sold is not None and not _pending_near(doc, sold[1]):
                # "Y is no longer state-owned after the government flogged off £1bn worth of shares in the bank": a
                # holder's sale told done (stop 50)
                value, rule, (s0, s1) = "closed", rule + "+sold", sold[0]
            bought = (
                _stake_bought_told(doc, tab, spans + doc.body[:_STAGE_TOP])
                if value in ("announced", "agreed")
                else None
            )
            if bought is not None:
                # "x's sudden acquisition of a 15% stake in y is no surprise": a stake bought, told by its noun, is
                # done, where nothing else on the page tells a stage (the default, or an acquisition's; stop 54)
                value, rule, (s0, s1) = "closed", rule + "+stake-bought", bought[1]
            facts.slots["status"] = _fact(doc, "status", value, None, (s0, s1), rule)
        return
    value, m, span = hit
    rule = "status.deal-named" if hit is named else f"status.cue({value})"
    if value == "talks" and _PLAN_CUE.fullmatch(doc.low, m.start(), m.end()):
        # "X is reportedly planning to buy Y ... X has reportedly agreed to buy the maker for $N": the plan the top
        # tells, then the agreement a party's own sentence below tells -- the later, firmer stage of the same
        # deal (stop 44)
        deep = [b for b in doc.body[:_STAGE_TOP] if b not in spans and b[0] > span[0]]
        agreed = [(v, p) for v, p in strong if v == "agreed"]
        later = _strong_hit(doc, tab, facts, deep, agreed, (), party=True)
        if later is not None:
            value, m, span = later
            rule = f"status.cue({value})+after-plan"
    if (
        value == "talks"
        and _CONSIDERING.fullmatch(doc.low, m.start(), m.end())
        and _only_reported(doc, spans, span)
    ):
        # "X is exploring options to partner with Y, <Outlet> reported, citing people familiar": an option weighed,
        # told only through a report -- a rumour; talks need the page's own word of talks (the lead's decision (b),
        # stop 44)
        value, rule = "rumored", rule + "+reported-option"
    if value == "talks":
        # "plans to acquire" told beside the deal's announcement is the announcement (stop 38)
        told = plan_told(doc.low, m.start(), m.end(), spans + doc.body[:_PLAN_TOP])
        if told is not None:
            # "X and Y plan to merge ... Under the terms, Y holders will receive 1.2 X shares for each share": a plan
            # told with its terms set is an agreed deal (stop 47)
            value, rule = told, rule + ("+terms" if told == "agreed" else "+announced")
    if team and value == "agreed" and _WILL_PAY.fullmatch(doc.low, m.start(), m.end()):
        # "Under the deal, Y will pay $2 billion in licensing fees": a licence-and-hire deal's terms told as
        # announced, no signing (stop 44; "will pay" is agreed as a purchase's price per share, stop 32)
        value, rule = "announced", rule + "+team-terms"
    where = (m.start(), m.end())
    end = ended_after(doc.low, span[0], span[1], m.start(), m.end()) if value in _ENDABLE else None
    if end is not None:
        # "talks to buy Y for $12 billion had ended", "... broke down": the talks' end, not talks
        value, rule, where = "collapsed", rule + "+ended", end
    elif (
        value == "agreed"
        and stake_purchase(doc.low, m.start(), m.end())
        and not any(_SIGNED.search(doc.low, s0, s1) for s0, s1 in doc.lead)
    ):
        # "to buy Y common stock", "will buy a 7% stake": an investment told, not an agreed takeover --
        # unless the lead tells the agreement signed ("signed binding agreements"; stop 41)
        value, rule = stake_purchase_status(), rule + "+stake-purchase"
    elif buying and value in tab.acquisition_status and not _merger_plan(tab, m):
        value, rule = tab.acquisition_status[value], rule + "+acquisition"
    if value == "agreed" and (done_under := _DONE_UNDER.search(doc.low, m.end(), span[1])) is not None:
        # "X has reached an agreement with Y under which it acquired a 15% stake": the agreement's own clause tells the
        # purchase done in the simple past (stop 54); "under which it will acquire" stays agreed
        value, rule = "closed", rule + "+done-under"
        where = (where[0], done_under.end())
    if (
        value == "collapsed"
        and _BLOCKED.fullmatch(doc.low, m.start(), m.end())
        and any(_APPEAL.search(doc.low, s0, s1) for s0, s1 in [*spans, *doc.body[:_STAGE_TOP]])
    ):
        # "the regulator blocked the deal ... the buyer would appeal the decision": a deal blocked while its parties
        # appeal or contest it stays agreed (the lead's decision (d), stop 44)
        value, rule = "agreed", rule + "+appealed"
    elif (
        value == "collapsed"
        and _BLOCKED.fullmatch(doc.low, m.start(), m.end())
        and _ruling_blocks(doc, span)
        and not _party_quits(doc, spans)
    ):
        # "a federal judge blocked the proposed merger of X and Y", "the deal was blocked by a court at the regulator's
        # request": a court's or a regulator's block pauses the deal, no stage of its own, unless a party ends it
        # ("after a judge blocked the deal, Y pulled out": collapsed) (convention (w), stop 52)
        value, rule = "agreed", rule + "+ruling"
    if value in ("announced", "agreed") and _paid_by_buyer(doc, tab, facts):
        # "X paid Y $410 million for a licence to its models": the money handed over, told in the simple past at the
        # page's moment -- done (stop 45); "will pay", "has agreed to pay" stay the terms told
        value, rule = "closed", rule + "+paid"
    done = (
        _round_done(doc, tab, spans + doc.body[:_STAGE_TOP]) if value == "announced" and not buying else None
    )
    if done is not None:
        # "X announced on Thursday that its round ... The round drew two pension funds": a round told done (stop 48)
        # the sentence the round was found done in, as the search returned it (the spans are sentences and the
        # headline, none overlapping another: the only one that holds the words)
        value, rule, (where, span) = "closed", rule + "+round-done", done
    sold = _sold_done(doc, tab, facts, spans + doc.body[:_STAGE_TOP]) if value == "announced" else None
    if sold is not None:
        # "Y left public control after the treasury dumped part of its stake in the insurer, the ministry
        # announced": the announcement tells a holder's sale done (stop 50)
        value, rule, (where, span) = "closed", rule + "+sold", sold
    if value == "closed" and _pending_near(doc, span):
        # "X has increased its stake to 21%. The purchase must receive clearance to be completed": a done act
        # whose completion waits on a condition is agreed (stop 41)
        value, rule = "agreed", rule + "+pending"
    _set_status(doc, facts, value, where, rule, span)


#: A deal the top names as made by its noun (lower case; stop 59): "in a $4-billion (U.S.) deal", "in an all-cash
#: transaction", "in a deal announced on Tuesday", "under the deal", "<weekday>'s deal", "yesterday's agreement", "the
#: deal, which values ...". A noun told as weighed ("a possible deal": proposals._PROPOSED_DEAL; "a deal could value":
#: status_scope.weighed_after) or talked about ("talks about a deal": no such frame) names none.
_DEAL_NAMED = re.compile(
    r"\b(?:in\s+an?\s+(?:(?!to\b|with\b|for\b)[^\s,;:]+\s+){0,3}?|under\s+the\s+|(?:"
    + WEEKDAYS
    + r"|yesterday|today)['’]s\s+)(?:deal|agreement|transaction)\b"
    r"|\bthe\s+(?:deal|agreement|transaction)(?=\s*,\s*which\s)"
)


def _deal_named(
    doc: _Doc,
    tab: _Tables,
    spans: list[tuple[int, int]],
    hit: tuple[str, re.Match[str], tuple[int, int]] | None,
) -> tuple[str, re.Match[str], tuple[int, int]] | None:
    """When the top tells no stage (`hit` None) or only the weak "announced" of the deal noun itself ("in a deal
    announced on Monday"), the first deal noun of `spans` named as a made agreement (`_DEAL_NAMED`), as an agreed
    cue: not a noun weighed ("a possible deal", "a deal could value"), nor one of an earlier deal (a past time or a
    year before the page's in its clause: "bought Z in a $1 billion deal in 2019")."""
    if hit is not None and hit[0] != "announced":
        return None
    for s0, s1 in spans:
        for m in _DEAL_NAMED.finditer(doc.low, s0, s1):
            if hit is not None and not (
                hit[2] == (s0, s1)
                and hit[1].start() > m.end()
                and doc.low[m.end() : hit[1].start()].isspace()
            ):
                continue  # an announcement told apart from the noun stays the announcement ("a deal announced on")
            lo, hi = clause_bounds(doc.low, s0, s1, m.start(), m.end())
            if _PROPOSED_DEAL.search(doc.low, m.start(), m.end()) or weighed_after(
                doc.low, lo, m.start(), m.end()
            ):
                continue
            if _past_clause(doc, tab, m.start(), m.end(), (s0, s1)) or _dated_before(doc, lo, hi):
                continue
            return "agreed", m, (s0, s1)
    return None


def _set_status(
    doc: _Doc, facts: EventFacts, value: str, where: tuple[int, int], rule: str, sent: tuple[int, int]
) -> None:
    """The status `value`, its cue at `where` in the sentence `sent`: the page's, and the headline's too when
    `sent` is the headline."""
    place = "headline" if sent == doc.headline else "body"
    fact = _fact(doc, "status", value, None, where, rule, place)
    facts.slots["status"] = fact
    if place == "headline":
        facts.headline["status"] = fact


#: A round told as done by its investors or by what came after it (lower case): the round noun as the subject of a
#: verb of taking part in the simple past, an aside between commas allowed ("the $90 million round, announced on
#: Thursday, included two pension funds", "the financing drew backing from"), or a gerund of getting the money after
#: "after", "since", "following", "having" ("after securing a funding deal", "having raised $90 million in new funding").
_ROUND_DONE = re.compile(
    r"\b(?:round|financing|fundraising|fund-raising|fundraise)(?:\s*,\s+[^,.;]{1,60}?,)?\s+(?:included|drew|"
    r"attracted|featured|saw\s+participation\s+from|brought\s+in|received\s+(?:strong\s+)?(?:backing|support)|"
    r"was\s+joined\s+by)\b"
    r"|\b(?:after|since|having|following)\s+(?:successfully\s+)?(?:securing|raising|closing|landing|completing|"
    r"secured|raised|closed|landed|completed)\s+(?:(?:an?|its|the|their)\s+)?(?:[\w$€£.,'’-]+\s+){0,4}?(?:round|"
    r"funding|financing|fundraising|fund-raising|raise)\b"
)
#: The worth a company has now, told after its new money in the sentence (lower case; stop 48): "With a fresh $90
#: million in funding, X is now valued at", "fresh from a $40 million round, X is now worth". The round's money is in.
_NOW_VALUED = re.compile(r"\b(?:is|are)\s+now\s+(?:valued\s+at|worth)\b")
#: The round's money before the company's worth now, in the sentence (lower case): its noun.
_NEW_MONEY = re.compile(r"\b(?:funding|round|financing|fundraising|fund-raising|raise|investment)\b")
#: A round still to come between the money and the worth (lower case): then the worth is no outcome of it.
_STILL_TO_COME = re.compile(
    r"\b(?:will|would|could|may|might|plans?|seeks?|seeking|talks|expected|set\s+to)\b"
)
#: An earlier round before the match in its sentence (lower case): "last year's round drew", "a previous round
#: included", "its 2021 round attracted".
_EARLIER_ROUND = re.compile(r"\b(?:last|previous|prior|earlier|(?:19|20)\d\d)\b[^.;,]{0,30}$")


def _round_done(
    doc: _Doc, tab: _Tables, spans: list[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the first of `spans` tells this round done by its investors or by what came after it
    (`_ROUND_DONE`, or the company's worth now after its new money: `_NOW_VALUED`), not an earlier round (a past
    word or year before it, a past time in its clause) nor one still to come; with that sentence."""
    for s0, s1 in spans:
        for m in _ROUND_DONE.finditer(doc.low, s0, s1):
            if _EARLIER_ROUND.search(doc.low, max(s0, m.start() - 30), m.start()):
                continue
            if _past_clause(doc, tab, m.start(), m.end(), (s0, s1)):
                continue
            return (m.start(), m.end()), (s0, s1)
        for m in _NOW_VALUED.finditer(doc.low, s0, s1):
            lo = max(s0, m.start() - 150, doc.low.rfind(";", s0, m.start()) + 1)  # in the worth's own clause
            money = _NEW_MONEY.search(doc.low, lo, m.start())
            if money is None or _STILL_TO_COME.search(doc.low, max(lo, money.start() - 40), m.start()):
                continue
            if _EARLIER_ROUND.search(doc.low, max(s0, money.start() - 30), money.start()):
                continue
            return (money.start(), m.end()), (s0, s1)
    return None


#: A condition or a time to come before a seller's verb, in its clause (lower case; stop 50): "once the state has
#: sold", "if the fund offloaded", "until the ministry has dumped" ("after the state sold" is a sale done).
_SALE_AHEAD = re.compile(r"\b(?:once|if|unless|until|as\s+soon\s+as)\s[^,.;:]{0,60}$")


#: A holder's purchase of a stake told by its noun, after a possessive (lower case; stop 54): "x's
#: acquisition of a 15 per cent exposure to y", "its purchase of the 9% stake", "x’s recent purchase of a holding
#: in y". The noun names an act made; a plan's word before it ("x's planned purchase of a stake") leaves no match.
_STAKE_BOUGHT_NP = re.compile(
    r"(?:['’]s|\bits|\btheir)\s+(?:(?:sudden|surprise|recent|latest|swift|unexpected|surprising)\s+)?"
    r"(?:acquisition|purchase)\s+of\s+(?:a|an|the|its|their)\s+"
    r"(?:(?:\d+(?:[.,]\d+)?\s*(?:%|per\s?cent)|minority|sizeable|sizable|large|small|new|further)[\s-]+)?"
    r"(?:stake|holding|shareholding|exposure|interest)\b"
)
#: What tells the noun's act still to come, after it in its sentence (lower case; stop 54): "x's purchase of a stake
#: will need approval", "... is expected to close", "is subject to", "awaits", "has yet to".
_NP_AHEAD = re.compile(
    r"\b(?:will|would|shall|is\s+expected|is\s+due|is\s+subject|remains\s+subject|needs|requires|awaits|"
    r"is\s+pending|has\s+yet|is\s+set|could|may|might)\b"
)


def _stake_bought_told(
    doc: _Doc, tab: _Tables, spans: list[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the first of `spans` tells a stake bought only by its noun after a possessive ("x's sudden acquisition
    of a 15% stake ... is no surprise"), with that sentence: the noun names an act made, so the stake is bought
    (closed). Not a noun whose clause tells it to come ("... will need approval"), nor one dated before the page
    (an earlier stake: a past time, a year before the article's)."""
    for s0, s1 in spans:
        for m in _STAKE_BOUGHT_NP.finditer(doc.low, s0, s1):
            if _NP_AHEAD.search(doc.low, m.end(), s1) or _past_clause(doc, tab, m.start(), m.end(), (s0, s1)):
                continue
            if _dated_before(doc, *clause_bounds(doc.low, s0, s1, m.start(), m.end())):
                continue
            return (m.start(), m.end()), (s0, s1)
    return None


def _sold_done(
    doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """On a sale of shares told from the seller's side, where the first of `spans` tells the holder's sale of the
    target's shares done ("after the treasury dumped part of its stake in the insurer", "the fund has offloaded $2bn
    worth of shares in Y"), with that sentence: its seller, the subject, holds no slot, so no party's subject is
    asked for. Not a sale told ahead ("is expected to have sold"), nor one dated before the page (a past time, a
    year before the article's, "previously")."""
    target = facts.slots.get("target")
    if target is None or not target.rule.startswith(SHARE_SALE_RULE):
        return None
    for s0, s1 in spans:
        at = sale_done_at(doc, s0, s1, target.entity_id)
        if at is None:
            continue
        a, b = at
        if _past_clause(doc, tab, a, b, (s0, s1)) or told_ahead(doc.low, s0, a, b):
            continue
        lo, hi = clause_bounds(doc.low, s0, s1, a, b)
        if _SALE_AHEAD.search(doc.low, max(lo, a - 70), a):
            continue  # "once the ministry has offloaded ...": a sale waited for
        if _dated_before(doc, lo, hi):
            continue
        return at, (s0, s1)
    return None


def _proposal_stage(
    doc: _Doc, spans: list[tuple[int, int]], hit: tuple[str, re.Match[str], tuple[int, int]] | None
) -> tuple[Proposal, tuple[int, int]] | None:
    """The first takeover proposal of `spans` told as turned down, walked away from or received (and its
    sentence), when it comes before the strong status cue `hit` in the order the spans are read (or at the same
    place: "walked away" is the bidder's, no collapse of talks)."""
    order = {sp: k for k, sp in enumerate(spans)}
    for k, (s0, s1) in enumerate(spans):
        # a bid's stage told by its own words ("offered $89 a share", "intends to commence a tender offer", "recommended
        # that shareholders reject the offer"): a proposal's stage too (stop 54, extract/bid_stages.py)
        found = sorted(proposals(doc, s0, s1) + bid_stages(doc, s0, s1), key=lambda p: p.start)
        if not found:
            continue
        prop = found[0]
        if prop.stage == "talks":
            # "X made an approach for Y, but the approach was rejected by Y's board": the answer told later in the
            # sentence is the proposal's stage, not its making (stop 56)
            prop = next((p for p in found if p.stage in ("rejected", "withdrawn")), prop)
        if hit is not None:
            at = order.get(hit[2], len(spans))
            if (
                (at < k or (at == k and hit[1].start() < prop.start))
                and not _agrees_to_walk(doc, hit, prop)
                and not (hit[0] == "talks" and prop.stage == "withdrawn")
            ):
                # ("X, which had been in talks to buy Y, dropped the offer": a proposal at the talks stage withdrawn is
                # withdrawn, the later stage of the same talks; stop 58)
                return None
            if at == k and hit[0] == "denied" and prop.stage == "talks":
                return (
                    None  # "Reports that X made an offer for Y were denied by X": the report denied (stop 56)
                )
        if prop.stage == "talks":
            # "X made an approach for Y. Y's board rejected it on Friday.", "... The report was denied by X.": the
            # sentence that answers the proposal, naming it back, tells its stage (stop 56, "deals56b")
            for a0, a1 in _next_sentences(doc, (s0, s1)):
                answer = proposal_answer(doc, a0, a1)
                if answer is not None:
                    return _withdrawn_later(doc, spans, (a0, a1)) or (answer, (a0, a1))
        later = _withdrawn_later(doc, spans, (s0, s1)) if prop.stage == "rejected" else None
        return later or (prop, (s0, s1))
    return None


def _agrees_to_walk(doc: _Doc, hit: tuple[str, re.Match[str], tuple[int, int]], prop: Proposal) -> bool:
    """Is the strong cue `hit` an "agreed" that agrees to the walk-away `prop` right after it ("has amicably agreed to
    withdraw its proposal"; stop 57)? Then it tells the withdrawal, no deal agreed."""
    return (
        hit[0] == "agreed" and prop.stage == "withdrawn" and agrees_to_walk(doc.low, hit[1].end(), prop.start)
    )


def _withdrawn_later(
    doc: _Doc, spans: list[tuple[int, int]], span: tuple[int, int]
) -> tuple[Proposal, tuple[int, int]] | None:
    """The bid's withdrawal told after its rejection in `span` (stop 57): in a later span of the top or in the body's
    first `_STAGE_TOP` sentences ("Y rejected the offer on Friday. ... X has agreed to withdraw its proposal"). The
    rejection is the bid's history once the page tells it withdrawn; a page told before the withdrawal has none."""
    later = [sp for sp in spans if sp[0] > span[0]] + [
        b for b in doc.body[:_STAGE_TOP] if b[0] > span[0] and b not in spans
    ]
    for a0, a1 in later:
        walked = [p for p in proposals(doc, a0, a1) + bid_stages(doc, a0, a1) if p.stage == "withdrawn"]
        if walked:
            return min(walked, key=lambda p: p.start), (a0, a1)
    return None


#: How many sentences after a proposal's its answer is looked for in (stop 56).
_ANSWER_REACH = 2


def _next_sentences(doc: _Doc, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The `_ANSWER_REACH` body sentences after the sentence (or headline) `span`."""
    after = [b for b in doc.body if b[0] >= span[1]]
    return after[:_ANSWER_REACH]


#: Between the payer and "paid": up to four words that open no clause ("X quietly paid", "X then paid").
_PAID_AFTER = re.compile(
    r"(?:\s+(?!(?:will|would|to|could|may|might|which|who|that)\b)[\w’'-]+){0,4}?\s+paid\s"
)


def _paid_by_buyer(doc: _Doc, tab: _Tables, facts: EventFacts) -> bool:
    """Are the parties those of a payment ("A paid B $N") told in the simple past, in no earlier time?"""
    buyer = facts.slots.get("buyer")
    if buyer is None or buyer.span is None or not buyer.rule.startswith("party.payer"):
        return False
    sent = _sentence_of(doc.body, buyer.span.start)
    m = _PAID_AFTER.match(doc.low, buyer.span.end, sent[1] if sent else buyer.span.end + 60)
    if m is None or sent is None:
        return False
    return not _past_clause(doc, tab, m.end() - 5, m.end() - 1, sent)


#: An agreement told as signed in the lead (lower case; stop 41): "signed binding agreements", "has signed a
#: definitive agreement", "have agreed".
_SIGNED = re.compile(
    r"\b(?:signed|signs|has\s+agreed|have\s+agreed)\b|\b(?:binding|definitive)\s+agreements?\b"
)
#: A probe of the deal told before a report cue in its sentence (lower case; stop 41).
_PROBE = re.compile(
    r"\b(?:investigation|investigating|probe|probes|probing|inquiry|enquiry|lawsuit)\s+(?:into|of|whether)\b"
)
#: A span of time before "after" or "since", in the clause of a weak cue (lower case; stop 49): "comes nearly 18 months
#: after X first announced", "two years since Y announced" -- the announcement told as the deal's history.
_SPAN_AFTER = re.compile(
    r"\b(?:days|weeks|months|years|a\s+year|a\s+month|a\s+week)\s+(?:after|since)\s+[^,;:.]{0,60}$"
)
#: A talks cue that tells an option weighed, no talks (lower case): "exploring", "considering", "weighing".
_CONSIDERING = re.compile(r"exploring|considering|weighing|eyeing|eying|mulling")
#: The page's own word of talks (lower case): "talks", "negotiations", "negotiating", "discussions".
_TALKS_WORD = re.compile(r"\b(?:talks|negotiat\w*|discussions|discussing)\b")
#: A report or unnamed people as the teller (lower case): "<outlet> reported", "citing people familiar", "sources".
_REPORTED = re.compile(
    r"\b(?:reported|reports|citing|people\s+familiar|sources|the\s+report\s+said|according\s+to\s+(?:a\s+)?reports?|"
    # unnamed people as the tellers (stop 45): "people with knowledge of the matter said", "two people said", "people
    # briefed on the plans", "according to people close to"
    r"people\s+(?:with\s+knowledge|briefed|close\s+to|aware|in\s+the\s+know)|according\s+to\s+people|"
    r"(?:two|three|four|several|multiple)\s+people\s+(?:said|say|told))\b"
)


#: The sources' anonymity formula before a word of talks (lower case; stop 45): "asking not to be identified (because
#: they were) discussing", "speaking on condition of anonymity while discussing", "not authorized to discuss".
_ANONYMITY = re.compile(
    r"\b(?:not\s+to\s+be\s+(?:identified|named)|anonymity|anonymously|not\s+authori[sz]ed|not\s+permitted|"
    r"declined\s+to\s+be\s+(?:identified|named))\b[^.;]{0,40}$"
)


def _anonymity(doc: _Doc, s0: int, at: int) -> bool:
    """Is the word of talks at `at` the sources' own ("asking not to be identified discussing private
    information"), no talks of the deal?"""
    return _ANONYMITY.search(doc.low, max(s0, at - 90), at) is not None


def _only_reported(doc: _Doc, spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    """Is the deal told at the top only through a report or unnamed people, with no word of talks? Read in the
    headline, the lead and the first three body sentences."""
    top = list(dict.fromkeys([*spans, *doc.body[:3]]))
    if any(
        not _anonymity(doc, s0, m.start()) for s0, s1 in top for m in _TALKS_WORD.finditer(doc.low, s0, s1)
    ):
        return False
    near = [span, *(b for b in doc.body[:3] if b[0] >= span[0])]
    return any(_REPORTED.search(doc.low, s0, s1) for s0, s1 in near)


#: After "denied": a party's request to a court (lower case): " the regulator's request for", " a motion to".
_RULING_ON_REQUEST = re.compile(
    r"\s+(?:the|a|an|its|their)\s+(?:[\w.&’'-]+\s+){0,4}?(?:request|motion|application|petition|bid)s?\s+(?:for|to)\b"
)
#: A deal stopped by a regulator or a court (lower case): "blocked".
_BLOCKED = re.compile(r"blocked")
#: The parties appeal or contest a block (lower case): "would appeal the decision", "plans to appeal", "will
#: challenge the ruling", "to contest the decision".
_APPEAL = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|challenge|contest)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:decision|ruling|block|verdict|order|judgment|judgement)\b|\b(?:to|will|would|plans?\s+to|intends?\s+to)\s+appeal\b"
)
#: A court or a regulator as the one that blocks (lower case; stop 52): "a federal judge", "the state court", "the
#: competition watchdog", "antitrust regulators", "the trade commission", "the competition authority".
_RULING_BODY = re.compile(
    r"\b(?:judges?|courts?|justices?|tribunals?|regulators?|watchdogs?|authority|authorities|commission|agency|"
    r"injunction)\b"
)
#: A party's own end of the deal (lower case; stop 52): "Y pulled out", "pulls out of the deal", "withdrew from the
#: merger", "walked away", "terminated the agreement", "called off", "abandoned", "scrapped".
_PARTY_QUITS = re.compile(
    r"\b(?:(?:pulled|pulls|pulling)\s+out|withdrew\s+from|withdraws\s+from|walked\s+away|walks\s+away|"
    r"terminated|terminates|called\s+off|calls\s+off|abandoned|abandons|scrapped|scraps)\b"
)


def _ruling_blocks(doc: _Doc, span: tuple[int, int]) -> bool:
    """Is the block told in the sentence `span` a court's or a regulator's: a word of one (or of an injunction) anywhere
    in that sentence, whatever its place ("a judge in Oregon blocked", "blocked by a court", "at the watchdog's
    request")?"""
    return _RULING_BODY.search(doc.low, span[0], span[1]) is not None


def _party_quits(doc: _Doc, spans: list[tuple[int, int]]) -> bool:
    """Does the top tell a party ending the deal itself ("Y pulled out", "X terminated the agreement"), not one that
    may come ("could choose to abandon", "may walk away")?"""
    for s0, s1 in spans:
        for m in _PARTY_QUITS.finditer(doc.low, s0, s1):
            if not end_told_ahead(doc.low, s0, m.start(), m.end()):
                return True
    return False


#: A plan cue (lower case): "plans to", "planning to", "plan to".
_PLAN_CUE = re.compile(r"plans?\s+to|planning\s+to")
#: The price a buyer will pay, told ahead (lower case).
_WILL_PAY = re.compile(r"will\s+pay")
#: The party rules of a licence-and-hire deal (extract/team_hires.py).
_TEAM_RULES = frozenset({"party.team-hire", "party.team-join", "party.cheque"})
#: "whether" before a status cue in its clause (lower case): "markets watch whether the bank moves to acquire
#: Y", "it is unclear whether X will buy": a next step wondered about tells no status (stop 41).
_WHETHER = re.compile(r"\bwhether\b")
#: A completion told as waiting on a condition (lower case; stop 41): "must receive clearance from the
#: authorities to be completed", "still needs regulatory approval before it can close", "requires the
#: approval of the regulator to complete". Read in the cue's sentence and the next sentence of the lead.
_PENDING = re.compile(
    r"\b(?:must|needs?\s+to|still\s+needs?(?:\s+to)?|has\s+yet\s+to|have\s+yet\s+to|requires?|awaits?)"
    r"(?:,?\s+(?:however|though|still|also|first),)?\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:clearance|approvals?|sign-off|green\s+light)\b[^.;]{0,80}?"
    r"\b(?:to\s+be\s+(?:completed|finali[sz]ed|closed)|to\s+(?:complete|close)|before\s+(?:it|the\s+\w+)\s+"
    r"(?:can|could)\s+(?:be\s+)?(?:close|closed|complete|completed))\b"
)


def _pending_near(doc: _Doc, span: tuple[int, int]) -> bool:
    """Does the status cue's sentence, or the lead sentence after it, tell the deal's completion as waiting
    on a clearance or an approval?"""
    near = [span]
    k = doc.lead.index(span) if span in doc.lead else -1
    if 0 <= k < len(doc.lead) - 1:
        near.append(doc.lead[k + 1])
    return any(_PENDING.search(doc.low, s0, s1) for s0, s1 in near)


#: Talks told as ended in the agreement, in the talks cue's clause (lower case; stop 39): "have come to
#: fruition", "culminated in", "bore fruit", "paid off".
_BORE_FRUIT = re.compile(
    r"\b(?:c[oa]me?s?\s+to\s+fruition|coming\s+to\s+fruition|culminat(?:ed|es|ing)\s+in|b(?:ore|orne|ears)\s+fruit|"
    r"paid\s+off|pays\s+off)\b"
)
#: The party rules that name the target by its price or its exchange per share: a purchase of the company.
_BY_SHARE = ("party.per-share", "party.exchange")
#: How many body sentences from the top a plan's announcement is looked for in (stop 38).
_PLAN_TOP = 8
#: How many body sentences from the top a stage is looked for in when the top tells none (stop 42).
_STAGE_TOP = 8


def _strong_hit(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    spans: list[tuple[int, int]],
    strong: list[tuple[str, re.Pattern[str]]],
    rounds: tuple[tuple[str, re.Pattern[str]], ...] | list[tuple[str, re.Pattern[str]]],
    party: bool = False,
    probed: bool = False,
) -> tuple[str, re.Match[str], tuple[int, int]] | None:
    """The first strong status cue of `spans` that tells this deal's stage (not an earlier one, not
    another subject's, not a noun, not a close told ahead), with its class and sentence; with `party`,
    only in a sentence that names a party of the deal."""
    hit: tuple[str, re.Match[str], tuple[int, int]] | None = None
    party_spans: list[tuple[int, int]] | None = _party_spans(doc, facts) if party else None
    for s0, s1 in spans if tab.strong_status_re is not None else ():
        # "... drew a $N bid from X. The agreement still needs a judge's approval.": a sentence whose subject is the
        # agreement, right after one that names a party, tells that deal's stage by its subject's cue (stop 50)
        subject = _agreement_after_party(doc, party_spans or [], s0, s1) if party else None
        if party and subject is None and not any(s0 <= a < s1 for a, _b in party_spans or ()):
            continue
        for first in tab.strong_status_re.finditer(doc.low, s0, s1):  # type: ignore[union-attr]
            if subject is not None and not subject[0] <= first.start() < subject[1]:
                continue
            # At the cue, the class whose cue is longest there ("closes in on" is talks).
            found = [
                (-m.end(), i, v, m)
                for i, (v, p) in enumerate(strong)
                if (m := p.match(doc.low, first.start(), s1))
            ] + [
                (-m.end(), len(strong) + i, v, m)
                for i, (v, p) in enumerate(rounds)
                if (m := p.match(doc.low, first.start(), s1)) and round_object(doc.low, m.end())
            ]
            if not found:
                continue
            _a, index, value, m = min(found, key=lambda t: (t[0], t[1]))
            done = probed and value in ("agreed", "closed") and _DONE_VERB.match(doc.low, m.start(), m.end())
            if done:
                value = "closed"  # a page on a probe of the deal: its signing told in the past is done
            elif _past_clause(doc, tab, m.start(), m.end(), (s0, s1)) and not (
                party and _recent_clause(doc, s0, s1, m.start(), m.end())
            ):
                continue  # "completed earlier this year": an earlier deal or an earlier stage
            if value == "agreed" and m.group().startswith("to ") and offer_purpose(doc.low, s0, m.start()):
                continue  # "the proposal from X to acquire all the shares": the offer's purpose, no agreement (stop 54)
            if value == "agreed" and _NOT_BEFORE.search(doc.low, max(s0, m.start() - 24), m.start()):
                continue  # "the two have not yet reached an agreement": no agreement (stop 51)
            if value == "collapsed" and end_told_ahead(doc.low, s0, m.start(), m.end()):
                continue  # "the deal could be called off if regulators object": an end weighed, no end (stop 49)
            if value == "collapsed" and _END_ON_CONDITION.search(
                doc.low, clause_bounds(doc.low, s0, s1, m.start(), m.end())[0], m.start()
            ):
                continue  # "a breakup fee if the deal falls through": an end on a condition, no end (stop 62)
            if value == "collapsed" and _ENDED_IN_DEAL.match(doc.low, m.end()):
                continue  # "after talks ended in agreement": the talks ended in the deal, no end of it (stop 62)
            if value == "collapsed" and ends_no_deal(doc.low, s0, s1, m.start(), m.end()):
                continue  # "agreed to terminate a supply contract", "the collapse of its shares": no deal ended (stop 62)
            if value == "collapsed" and _other_deal_ended(doc, facts, s0, s1, m.start(), m.end()):
                continue  # "walked away from the talks with Z": another deal ended, told in passing (stop 62)
            if value == "denied" and _RULING_ON_REQUEST.match(doc.low, m.end()):
                continue  # "a judge denied the regulator's request for an injunction": a ruling, no stage (stop 44)
            if _history_aside(doc, tab, s0, s1, m.start()):
                continue  # "X, which had been eyeing Y for years, agreed to buy it": the main verb tells the stage (stop 47)
            if m.group().endswith("s") and _OF_AFTER.match(doc.low, m.end()):
                continue  # "shows further signs of cooling": the plural noun, not the verb
            if generic_object(doc.low, m.end()):
                continue  # "X has acquired many competitors": the buyer's background
            if goods_object(doc.low, m.end(), doc.text):
                continue  # "Y will purchase $30 billion of cloud capacity from X": an order, not the deal (stop 48)
            if users_act(doc.low, m.start()):
                continue  # "X, which allows users to buy and trade gold, has raised": what a product lets people do (stop 54)
            if noun_use(doc.low, m.start(), m.end()):
                continue  # "further signs of cooling": a plural noun, no verb of the deal
            if _other_subject(doc, facts, s0, m.start()):
                continue  # "..., when Y agreed to buy 8.2%": another investor's deal, told in passing
            if value == "talks" and _BORE_FRUIT.search(
                doc.low, m.end(), clause_bounds(doc.low, s0, s1, m.start(), m.end())[1]
            ):
                continue  # "the talks ... have come to fruition, as they signed": the agreement after decides (stop 39)
            if (
                value == "closed"
                and raise_word(doc.low, m.start(), m.end())
                and founding_raise(doc.low, s0, m.start())
            ):
                continue  # "founded X and raised $200 million": the company's history, not this deal (stop 41)
            if (
                value == "closed"
                and raise_word(doc.low, m.start(), m.end())
                and raised_level(doc.low, m.end())
            ):
                continue  # "raised the price range of its IPO", "raised its forecast": a level, no money raised (stop 50)
            if _WHETHER.search(doc.low, clause_bounds(doc.low, s0, s1, m.start(), m.end())[0], m.start()):
                continue  # "watching whether the bank moves to acquire Y": a next step wondered about (stop 41)
            if not plan_of_deal(doc.low, m.start(), m.end()):
                continue  # "plans to collaborate on chips": a partnership's plan, not talks of the deal
            if value == "closed" and told_ahead(doc.low, s0, m.start(), m.end()):
                continue  # "once the deal closes", "is expected to be completed": a close told ahead (stop 38)
            clause = clause_bounds(doc.low, s0, s1, m.start(), m.end())
            if party_spans is None:
                party_spans = _party_spans(doc, facts)
            if not governed(doc.low, (m.start(), m.end()), *clause, party_spans):
                continue  # "<index> posted record closes": no party, deal word or money in the clause
            if (
                party
                and subject is None
                and not _party_subject(doc, facts, s0, m.start(), m.end(), dated=not done)
            ):
                continue  # below the top: only a party's own act, told at the page's moment
            if party and _AGREED_TO_OTHER.match(doc.low, m.end()):
                continue  # "Y has agreed to use X's cloud": a term of the partnership, not the deal's stage
            hit = (value, m, (s0, s1))
            break
        if hit:
            break
    return hit


#: After an agreement cue, a relative clause of it that tells the purchase done in the simple past or the perfect (lower
#: case; stop 54): "under which the holding company acquired", "whereby it has bought", "through which X took". Up to
#: eight words of its subject between; no modal ("under which it will acquire" is the terms told).
_DONE_UNDER = re.compile(
    r"\s(?:under\s+which|whereby|through\s+which|by\s+which)\s+(?:(?!(?:will|would|could|may|might|shall|is|are|"
    r"to)\b)[\w’'-]+\s+){1,8}?(?:has\s+|have\s+)?(?:acquired|bought|purchased|took|taken|snapped\s+up|picked\s+up)\b"
)
#: A negation right before a cue (lower case; stop 51): "have not reached", "has not yet agreed", "haven't signed".
_NOT_BEFORE = re.compile(NEGATION + r"\s+(?:yet\s+|so\s+far\s+)?$")

#: A sentence that opens on the deal's agreement as its subject (lower case): "The agreement ", "The definitive
#: agreement ", "The sale agreement " (not "An agreement", which may be another).
_AGREEMENT_SUBJECT = re.compile(
    r"the\s+(?:(?:definitive|purchase|sale|merger|asset\s+purchase)\s+)?agreement\b"
)


#: Before a company named in an end cue's object (lower case; stop 62): "the talks with ", "its deal for ", "a plan to
#: buy the rival ", "the merger of ", up to three lower-case words between the preposition and the name.
_OTHER_SIDE_BEFORE = re.compile(
    r"\b(?:with|for|of|to\s+(?:buy|acquire|purchase))\s+(?:[a-z][\w’'-]*\s+){0,3}$"
)


def _other_deal_ended(doc: _Doc, facts: EventFacts, s0: int, s1: int, a: int, b: int) -> bool:
    """Does the end cue at [a, b) end another deal: its clause, after it, names a company after "with", "for" or "of"
    that is no party of the page's deal (nor an owner or unit of one), and names no party ("walked away from the talks
    with Z", "scrapped its bid for Z")? Only when both parties are known (stop 62)."""
    parties = {
        v.entity_id: str(v.value) for k in ("buyer", "target")
        if (v := facts.slots.get(k)) is not None and v.entity_id
    }  # fmt: skip
    if len(parties) < 2:
        return False
    hi = clause_bounds(doc.low, s0, s1, a, b)[1]
    after = [n for n in _orgs_in(doc, b, hi) if n.end <= hi]
    related = _related(doc, parties)
    if not after or any(_party_like(doc, n, related) for n in after):
        return False
    return any(_OTHER_SIDE_BEFORE.search(doc.low, max(b, n.start - 40), n.start) for n in after)


def _agreement_after_party(
    doc: _Doc, party_spans: list[tuple[int, int]], s0: int, s1: int
) -> tuple[int, int] | None:
    """The span of the subject "the agreement" that opens the body sentence [s0, s1) when the body sentence right
    before it names a party of the deal (its agreement is that deal's), else None."""
    m = _AGREEMENT_SUBJECT.match(doc.low, s0, s1)
    if m is None:
        return None
    k = doc.body.index((s0, s1)) if (s0, s1) in doc.body else -1
    if k < 1:
        return None
    p0, p1 = doc.body[k - 1]
    return (m.start(), m.end()) if any(p0 <= a < p1 for a, _b in party_spans) else None


def _history_aside(doc: _Doc, tab: _Tables, s0: int, s1: int, at: int) -> bool:
    """Is the stage cue at `at` inside a relative clause closed by commas or dashes, with a stage cue of the main
    clause after it ("X, which was weighing a bid for Y, agreed to buy Y")? The aside tells the subject's history;
    the main verb tells the stage."""
    aside = closed_relative_at(doc.low, s0, s1, at)
    return (
        aside is not None
        and tab.strong_status_re is not None
        and tab.strong_status_re.search(doc.low, aside[1], s1) is not None
    )


#: A subject told by a description of a company, right before a stage cue (lower case): "the italian bank
#: also ", "italy's second-largest bank ", "the chipmaker".
_DESCRIBED_PARTY = re.compile(
    r"(?<![\w'’])(?:the|its|[a-z]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:bank|lender|company|firm|group|giant|maker|startup|"
    r"carmaker|chipmaker|insurer|buyer|investor)\s+(?:(?:also|has|have|then|now)\s+){0,2}$"
)
#: A recent past in a stage cue's clause (lower case): "acquired a 9% stake last week", "earlier this week".
_RECENT = re.compile(
    r"\b(?:last\s+week|earlier\s+this\s+week|this\s+week|days\s+ago|on\s+(?:" + WEEKDAYS + r"))\b"
)


def _recent_clause(doc: _Doc, s0: int, s1: int, a: int, b: int) -> bool:
    """Is the past-time phrase of a stage cue's clause a recent one ("last week", "earlier this week"): the
    page's own news told a few days on, not an earlier deal?"""
    lo, hi = clause_bounds(doc.low, s0, s1, a, b)
    lo = max(s0, min(lo, a - 40))
    return _RECENT.search(doc.low, lo, hi) is not None


#: A signing told in the simple past (lower case): "signed", "struck", "agreed", "inked", "sealed", "reached".
_DONE_VERB = re.compile(r"(?:signed|struck|agreed|inked|sealed|reached|completed|closed)\b")


#: After "agreed" / "agrees", an act that is no deal's: "agreed to use X's cloud", "agreed to collaborate".
_AGREED_TO_OTHER = re.compile(
    r"(?<=agreed|agrees)\s+to\s+(?!(?:buy|acquire|purchase|invest|pay|sell|merge|take|combine|inject|put|pump|"
    r"pour|license|licence|back|fund|finance|raise)\b)[a-z]+"
)


#: In a stage cue's clause below the top, words that place the act before the page's moment (lower case):
#: "has already closed $7bn in funding deals over the past year", "the $1bn X poured into Y in 2019".
_BEFORE_NOW = re.compile(r"\b(?:already|past\s+year|past\s+\d+\s+years|in\s+the\s+past|previously|earlier)\b")


def _party_subject(doc: _Doc, facts: EventFacts, s0: int, a: int, b: int, dated: bool = True) -> bool:
    """Below the top, does the stage cue at [a, b) tell a party's own act at the page's moment: its
    subject (the last organisation before it in its clause) is the buyer or the target, and (`dated`)
    nothing in the clause dates it before the page (a past-time word, a year before the article's)?"""
    parties = {
        v.entity_id: str(v.value) for k in ("buyer", "target")
        if (v := facts.slots.get(k)) is not None and v.entity_id
    }  # fmt: skip
    if not parties:
        return False
    lo = s0
    for m in _STATUS_CLAUSE_OPEN.finditer(doc.low, max(s0, a - 120), a):
        lo = m.end()
    names = [n for n in _orgs_in(doc, lo, a) if n.end <= a]
    # "Denmark's biggest bank acquired ...": a party told by its description, no other name before it
    described = not names and _DESCRIBED_PARTY.search(doc.low, lo, a) is not None
    if not described and (
        not names
        or not _SUBJECT_GAP.fullmatch(doc.low, names[-1].end, a)
        or not _party_like(doc, names[-1], _related(doc, parties))
    ):
        return False
    if not dated:
        return True
    hi = clause_bounds(doc.low, s0, len(doc.low), a, b)[1]
    return not _dated_before(doc, lo, hi)


def _dated_before(doc: _Doc, lo: int, hi: int) -> bool:
    """Does the clause [lo, hi) date its act before the page: a past-time word (`_BEFORE_NOW`) or a year before the
    article's?"""
    if _BEFORE_NOW.search(doc.low, lo, hi):
        return True
    year = _text_year(doc)
    return year is not None and any(int(y.group()) < year for y in _YEAR.finditer(doc.text, lo, hi))
