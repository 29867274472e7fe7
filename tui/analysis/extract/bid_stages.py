"""The stages of a bid told by its own words (stop 54): a takeover proposal made, a tender offer to come or launched, a
target's committee weighing a proposal or telling holders to reject an offer, a bid raised. None of these has a verb
of an agreement, and the "to acquire" of an offer's purpose ("the proposal from X to acquire Y") is no agreement
either; without them a bid falls back to agreed (the default for an acquisition) or announced. The conventions
(docs/coverage-bench.md, (af) and (f)) give each stage its value:

- A proposal made ("<B> offered $N a share", "<B> is offering $N to take over the rest", "<B> made a proposal to buy
  Y", "<B> has proposed to acquire Y"): talks -- a price asked, none agreed.
- A committee or a board set to weigh a proposal from the bidder ("formed a special committee to assess the proposal
  from X", "the offer will be reviewed by Y's board"): talks, as a proposal received and weighed (proposals.py).
- A tender offer to come or launched, with no agreement in its sentence, the headline or the lead before it (stop 60)
  ("intends to commence a cash tender offer", "is commencing a tender offer", "has started a tender offer"):
  announced -- told, not agreed (f).
- The target's committee or board telling holders to reject an offer ("recommended that shareholders reject the
  offer", "recommends that holders not tender their shares") or turning it down itself ("the special committee
  rejected the offer as inadequate"): rejected (af).
- The target's body telling holders to accept an offer ("recommends that shareholders accept the raised offer",
  "advised holders to tender their shares into the bid"): agreed -- an accepted (raised) offer (af).
- A bid raised ("raised its offer to $95 a share", "sweetened its bid"): talks, or announced for a tender offer -- a
  higher price asked, no money in ("raised" alone reads as money raised).
- A bid withdrawn by its maker, its own proposal the object and the target unnamed (stop 57): "has (amicably) agreed
  to withdraw its proposal", "dropped its approach", "walked away from its offer": withdrawn -- the "agreed" agrees to
  the withdrawal, to no deal; a walk-away still ahead ("could withdraw its offer", "threatened to drop its bid") is
  none, and so is one beside an agreement of another kind in its sentence.
  The same for a bid or talks told with "the" or no article (stop 58): "dropped the bid", "walked away from the
  talks", "ended talks to buy": withdrawn ("dropped its forecast", "the shares dropped", "talks ended in agreement"
  are none).
- A bid turned down in the passive, the target only described or not named (stop 57): "an offer that was spurned by
  the Dutch consumer group", "the proposal was rejected": rejected. An agent of another kind ("rejected by the
  regulator", "by the court") is none: a block, no rejection.
- A bidding war won (stop 58): "<A> has outbid <B> at auction to buy <T>", "<A> has won the battle for control of
  <T>", "<A> emerges as the highest bidder for <T>" (auction_sales.contests_won, which names its parties):
  announced -- the winner's bid is an offer put to the holders, none agreed (comcast-sky-2018's table).

Each is a `proposals.Proposal` with no parties (the stage is all it tells): read by `deal_status._status` only, so
the parties of a page stay those its verbs of buying tell. A form told in the past ("had offered $80 last year",
"after the committee rejected the offer"), denied ("has not offered to buy Y") or in a relative clause between commas
("X, which launched a tender offer in May, completed the purchase") is none.

One rule stack with proposals.py (stop 54, "bids"): each module has its own job and the word sets are one. proposals.py
reads a proposal whose target or bidder is a named company (turned down, walked away from, received, hostile); this
module reads the stage told by the target's body or by the bid's own words. The verbs of turning down
(`REJECT_VERBS`), the offer's nouns (`OFFER_NOUN`), the verbs of weighing (`WEIGH`, `WEIGHED`), the negation
(`negated_before`) and the words of an agreement beside a bid (`AGREEMENT`) are proposals.py's; a hostile bid is
proposals.py's alone (`hostile_bid_at`); so are a bid's words after a verb of raising (`RAISED_BID`, which
startup_history.raised_level reads too); an offered price is a money figure of `doc.figures`. Pure functions;
every pattern is linear.
"""

from __future__ import annotations

import functools
import re

from tui.analysis.extract.auction_sales import contests_won
from tui.analysis.extract.deal_clauses import closed_relative_at
from tui.analysis.extract.fact_layout import _Doc, _money_in
from tui.analysis.extract.proposals import (
    AGREEMENT,
    DESCRIPTION_NOUN,
    OFFER_NOUN,
    RAISED_BID,
    REJECT_VERBS,
    TALKS_NOUN,
    WALK,
    WEIGH,
    WEIGHED,
    Proposal,
    _past,
    hostile_bid_at,
    negated_before,
)
from tui.analysis.extract.status_scope import ahead_modals
from tui.analysis.extract.tokens import needle_within

__all__ = ["agrees_to_walk", "bid_stages", "offer_purpose"]

#: A hedge before an offered figure (lower case), when the figure's own span does not hold it.
_HEDGE = re.compile(
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|up\s+to|more\s+than|over)\s+)?"
)
#: The bidder's verb of offering (lower case): "offered ", "offers ", "is offering ", "has offered ".
_OFFER_VERB = re.compile(r"\b(?:offered|offers|is\s+offering|are\s+offering|(?:has|have)\s+offered)\s+")
#: What an offer buys, right after its verb (lower case): "to take over", "to buy out", "to acquire".
_OFFER_BUYS = re.compile(r"to\s+(?:take\s+over|buy(?:\s+out)?|acquire|purchase)\b")
#: What an offered price buys, right after the figure (lower case): " a share", " per share in cash" (" in cash a
#: share"), " to take over", " for all", " for each".
_PRICE_BUYS = re.compile(
    r"(?:\s+in\s+cash)?\s+(?:(?:a|per|for\s+each|for\s+every)\s+share|to\s+(?:take\s+over|buy|acquire|purchase)|"
    r"for\s+(?:the|all|each|every)\b)"
)

#: After an offered price and what it buys, the auction it was made in (lower case; stop 58, "talks58b"): " in auction
#: for", " in the sealed auction", " at an auction". A price bid in an auction is a contest's bid, put to the holders:
#: announced (comcast-sky-2018's table), never a proposal's talks.
_IN_AUCTION = re.compile(r"\s+(?:in|at)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?auction\b")


def _offered(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int]]:
    """Where the sentence [s0, s1) tells a proposal made by the bidder's verb of offering, with what it buys ("has
    offered to buy") or the price (a money figure of `doc.figures`) and what it buys ("offered $89 a share", "is
    offering about $43.7 billion to take over the rest", "offers €12 per share in cash")."""
    low = doc.low
    out: list[tuple[int, int]] = []
    for m in _OFFER_VERB.finditer(low, s0, s1):
        buys = _OFFER_BUYS.match(low, m.end(), s1)
        if buys is None:
            hedge = _HEDGE.match(low, m.end(), s1)  # always matches: it may be empty
            money = _money_in(doc, (m.end(), (hedge.end() if hedge else m.end()) + 1))
            buys = _PRICE_BUYS.match(low, money[0].span.end, s1) if money else None
        if buys is not None:
            out.append((m.start(), buys.end()))
    return out


#: The verbs of a deal a proposal is made for, after "to" (lower case): "to take over", "to buy", "to merge with"; one
#: list for the two places `_PROPOSAL_MADE` reads it (stop 63).
_PROPOSED_DEAL_VERB = r"(?:take\s+over|buy|acquire|purchase|merge\s+with)"
#: A proposal made, told by its noun (lower case): "made a proposal to buy", "has submitted an offer for", "has
#: proposed to acquire", "proposed buying" (a hostile bid launched is proposals.py's `_HOSTILE_LAUNCHED`).
_PROPOSAL_MADE = re.compile(
    r"\b(?:(?:made|makes|(?:has|have)\s+made|submitted|(?:has|have)\s+submitted|put\s+forward|(?:has|have)\s+put\s+"
    r"forward|sent|(?:has|have)\s+sent)\s+(?:an?|its|their)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:proposal|offer|bid|"
    r"approach)\s+(?:to\s+" + _PROPOSED_DEAL_VERB + r"|for)\b|(?:proposed|proposes|(?:has|have)\s+"
    r"proposed)\s+(?:to\s+" + _PROPOSED_DEAL_VERB + r"|buying|acquiring|taking\s+over)\b)"
)
#: A committee or a board of the target (lower case): the noun that speaks for it.
_BODY = r"(?:committee|board|directors)"
#: A committee or a board of the target before a verb in its clause (lower case): "the independent committee ", "a
#: panel of outside directors set up to ", "its board unanimously ".
_TARGET_BODY = re.compile(r"\b" + _BODY + r"\b")
#: A proposal weighed by a body of the target, with the bidder after the noun or as its possessor (lower case): "to
#: assess the proposal from", "to review X's offer", "will evaluate the bid by".
_REVIEW = re.compile(
    r"\b(?:to|will|shall)\s+"
    + WEIGH
    + r"\s+(?:(?:the|a|an|its|this|that)\s+(?:[\w$€£.,'’-]+\s+){0,4}?(?:proposal|offer|bid|approach)\s+(?:from|by)\b|"
    r"(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s\s+(?:[\w$€£.,'’-]+\s+){0,4}?(?:proposal|offer|bid|approach)\b)"
    r"|\b(?:proposal|offer|bid|approach)(?:\s+(?:from|by)(?:\s+[\w.&’'-]+){1,4}?)?\s+(?:is|was|will\s+be|to\s+be|"
    r"would\s+be|is\s+being|being)\s+" + WEIGHED + r"\s+by\b"
)
#: A tender offer to come or launched (lower case): "intends to commence a cash tender offer", "will launch a tender
#: offer", "is commencing a tender offer", "has started a tender offer", "launched a hostile tender offer".
_TENDER = re.compile(
    r"\b(?:(?:intends?|plans?|expects?|is\s+set|(?:has|have)\s+decided|aims?)\s+to\s+(?:commence|launch|begin|start|make)|"
    r"will\s+(?:commence|launch|begin|start)|(?:is|are)\s+(?:commencing|launching|beginning|starting)|(?:has|have)\s+"
    r"(?:commenced|launched|begun|started)|commenced|launched|began|started|commences|launches|begins|starts)\s+(?:(?:an?|"
    r"its|the|their)\s+)?(?:[\w$€£.,-]+\s+){0,3}?tender\s+offers?\b"
)
#: The target telling its holders what to do with an offer (lower case): "recommended that shareholders ", "advises
#: its holders to ", "urged minority unitholders ".
_ADVISE_HOLDERS = (
    r"\b(?:recommend(?:s|ed|ing)?\s+(?:that\s+)?|advis(?:es|ed|ing)\s+|urg(?:es|ed|ing)\s+)(?:(?:its|the|all|public|"
    r"minority|company['’]s)\s+)?(?:share|stock|unit)?holders\s+(?:to\s+)?"
)
#: An offer's determiner or its maker's possessive, then up to four words before its noun, none opening a phrase of
#: its own (lower case): "the ", "a raised all-cash ", "x's improved " (not "the finance chief after the ").
_THE_OFFER = (
    r"(?:an?|the|its|this|(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s)\s+(?:(?!(?:after|before|over|about|amid|and|with|"
    r"following|during|as|when|that|which)\b)[\w$€£.,'’-]+\s+){0,4}?"
)
#: Holders told by the target to reject an offer (lower case): "recommended that shareholders reject the tender offer",
#: "recommends holders not tender into the bid", "advised holders to reject the bid".
_ADVISE_REJECT = re.compile(
    _ADVISE_HOLDERS
    + r"(?:reject\s+"
    + _THE_OFFER
    + r"(?:offer|bid|approach|takeover|proposal\s+(?:from|by))\b|not\s+(?:to\s+)?tender\b)"
)
#: Holders told by the target to accept an offer (lower case; the mirror of `_ADVISE_REJECT`): "recommends that
#: shareholders accept the raised offer", "advised holders to tender their shares into the bid" -- the target backs it.
_ADVISE_ACCEPT = re.compile(
    _ADVISE_HOLDERS
    + r"(?:accept|tender\s+(?:their|its|all\s+their)\s+shares\s+(?:in|into|to))\s+"
    + _THE_OFFER
    + r"(?:offer|bid|approach|takeover|proposal)\b"
)
#: The target's body turning an offer down itself (lower case): "the special committee rejected the offer", "its
#: board unanimously snubbed X's bid" (a named company as the subject is proposals.py's; the verbs and the offer's
#: nouns are proposals.py's one word set).
_BODY_REJECTS = re.compile(
    r"\b"
    + _BODY
    + r"\s+(?:on\s+[a-z]+day\s+)?(?:(?:has|have|had|unanimously|formally|also|again|today|then)\s+){0,3}"
    + REJECT_VERBS
    + r"\s+"
    + _THE_OFFER
    + r"(?:"
    + OFFER_NOUN
    + r"|takeover)\b"
)
#: A bid raised by the bidder (lower case): "raised its offer", "has sweetened its tender offer", "increased its bid".
_RAISED = re.compile(
    r"\b(?:(?:has|have)\s+)?(?:raised|raises|sweetened|sweetens|increased|increases|lifted|lifts|boosted|boosts|upped|"
    r"ups|improved|improves)" + RAISED_BID
)
#: The bidder's own proposal right after a verb of walking away (lower case; stop 57): " its proposal", " their $9
#: billion offer", " its approach" ("its support", "its guidance" are no bid); "the" proposal, or the talks with or
#: without an article, too (stop 58): " the bid", " the talks", " talks" ("dropped its forecast" is none).
_OWN_BID = re.compile(
    r"\s+(?:(?:its|their|the)\s+(?:[\w$€£.,'’-]+\s+){0,4}?"
    + OFFER_NOUN
    + r"|(?:(?:its|their|the)\s+)?"
    + TALKS_NOUN
    + r")\b"
)


@functools.cache
def _ahead() -> re.Pattern[str]:
    """Before a walk-away verb, what tells it still ahead (lower case): a modal or an infinitive's "to" ("could
    withdraw", "threatened to drop"; `status_scope.ahead_modals`, the one list) ..."""
    return re.compile(r"\b(?:" + ahead_modals() + r")\s+(?:[a-z]+ly\s+)?$")


#: ... unless the infinitive is one of a decision taken (lower case): "has agreed to withdraw", "decided to drop".
_DECIDED_TO = re.compile(r"\b(?:agreed|agrees|decided|decides|opted|opts|chose|chooses)\s+to\s+$")
#: A proposal turned down in the passive after its noun (lower case; stop 57), an agent after it only when it is the
#: described target ("by the Dutch consumer group", "by its smaller rival", "by the target's board"): "a bid that was
#: spurned by the ... company", "the proposal was rejected", "an approach which had been rebuffed".
_PASSIVE_REJECTED = re.compile(
    r"\b"
    + OFFER_NOUN
    + r"(?:\s+(?:that|which))?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:rejected|rebuffed|snubbed|spurned|turned\s+down|dismissed|shunned|knocked\s+back|brushed\s+off)"
    r"(?:\s+by\s+(?:the|its|a)\s+(?:[\w’'-]+\s+){0,4}?(?:"
    + DESCRIPTION_NOUN
    + r"|lender|bank|rival|board|directors|shareholders)\b|(?!\s+by\b))"
)
#: An offer's noun and its maker, or a verb of offering, right before a purchase infinitive (lower case): "the proposal
#: from X to acquire", "an offer to buy", "the tender offer from X to", "has offered to buy", "has not proposed to
#: acquire": the infinitive is the offer's purpose, no agreement.
_OFFER_BEFORE = re.compile(
    r"\b(?:(?:proposal|offer|bid|approach|overture)s?\s+(?:(?:from|by)\s+(?:[\w.&’'-]+\s+){1,4}?)?|(?:offer(?:s|ed|ing)|"
    r"propos(?:es|ed|ing))\s+)$"
)
#: The needles a sentence must hold to be read at all: every form above holds one, an offer told only as an
#: "approach" or a "takeover" ("made an approach to acquire", "accept the takeover"), "respond to" and "studied" too.
_NEEDLES = (
    "offer", "propos", "approach", "takeover", "tender", "review", "assess", "evaluat", "consider", "stud", "examin",
    "weigh", "respond", "reject", "rebuff", "snub", "spurn", "turn", "dismiss", "shun", "knock", "brush", "no to",
    "bid", "withdr", "drop", "walk", "abandon", "pull", "scrap", "ditch", "end", "quit", "terminat", "break",
    "broke",
)  # fmt: skip


def offer_purpose(low: str, s0: int, a: int) -> bool:
    """Is the purchase infinitive at `a` ("to acquire", "to buy") the purpose of an offer named right before it, its
    maker between ("the proposal from X to acquire all the shares")? Then it tells no agreement."""
    return _OFFER_BEFORE.search(low, max(s0, a - 60), a) is not None


def _stage_of(doc: _Doc, s0: int, s1: int, at: tuple[int, int], stage: str, rule: str) -> Proposal | None:
    """The bid stage of the words at `at` in the sentence [s0, s1), None when its clause dates it in the past, a
    negation stands before it, or it stands in a relative clause between commas."""
    a, b = at
    if _past(doc, s0, a, min(s1, b + 60)) or negated_before(doc.low, s0, a):
        return None  # "had offered $80 last year", "has not offered to buy Y": no stage of the page's bid
    if closed_relative_at(doc.low, s0, s1, a) is not None:
        # "X, which launched a tender offer in May, completed the purchase": the subject's history
        return None
    return Proposal(a, b, None, None, stage, b, rule)


def _walked(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int]]:
    """Where the sentence [s0, s1) tells a bidder walking away from its own proposal ("has agreed to withdraw its
    proposal", "dropped its approach"), not still ahead ("could withdraw its offer"), with no agreement of another kind
    in the sentence ("agreed to buy Y after Z dropped its rival offer" is the agreement's)."""
    low = doc.low
    out: list[tuple[int, int]] = []
    for m in WALK.finditer(low, s0, s1):
        own = _OWN_BID.match(low, m.end(), s1)
        if own is None:
            continue
        if _ahead().search(low, max(s0, m.start() - 40), m.start()) and not _DECIDED_TO.search(
            low, max(s0, m.start() - 40), m.start()
        ):
            continue
        if any(
            not (g.start() <= m.start() < g.end() or agrees_to_walk(low, g.end(), m.start()))
            for g in AGREEMENT.finditer(low, s0, s1)
        ):
            continue
        out.append((m.start(), own.end()))
    return out


#: From the end of an agreement's words to the walk-away verb right after it ("has agreed| to drop").
_TO_WALK = re.compile(r"\s+(?:to\s+)?")


def agrees_to_walk(low: str, end: int, at: int) -> bool:
    """Do the words of an agreement ending at `end` agree to the walk-away verb at `at` right after them ("has agreed
    to withdraw its proposal", "amicably agreed to drop its bid"; stop 57)? Then they tell the withdrawal, no deal
    agreed (read here and by deal_status._proposal_stage for its "agreed" cue)."""
    return _TO_WALK.fullmatch(low, end, at) is not None


def bid_stages(doc: _Doc, s0: int, s1: int) -> list[Proposal]:
    """The stages of a bid the sentence [s0, s1) tells by the bid's own words, in text order (none told in the past;
    beside an agreement in the sentence or the headline, only the target's body telling holders to reject or accept,
    or turning the offer down)."""
    low = doc.low
    out: list[Proposal] = []
    # a bidding war won ("X has outbid Y at auction to buy Z", "X emerges as highest bidder for Z"): the winner's bid
    # is an offer put to the holders, told and not agreed -- announced (stop 58; auction_sales.contests_won)
    won = [(c.start, c.end) for c in contests_won(doc, s0, s1)]
    if not won and not needle_within(low, _NEEDLES, s0, s1):
        return out
    # an agreement told in the sentence, the headline or a sentence of the lead before it ("The board voted on Monday to
    # accept the bid. X plans to launch a tender offer in June": the tender offer is the agreed deal's next step; stop 60)
    told_in = [
        (s0, s1),
        *([doc.headline] if doc.headline is not None else []),
        *((a, b) for a, b in doc.lead if b <= s0),
    ]
    agreed = any(AGREEMENT.search(low, a, b) is not None for a, b in told_in)
    found: list[tuple[tuple[int, int], str, str]] = []
    if not agreed:
        hostile = hostile_bid_at(low, s0, s1)
        # an offered price made in an auction ("offered $N a share in auction for Y"), or under a headline telling the
        # contest won ("X Emerges As Highest Bidder For Y"), is the contest's bid, announced -- no proposal's talks
        contest = bool(won) or (doc.headline is not None and bool(contests_won(doc, *doc.headline)))
        found += [
            (at, "announced", "bid.offered-at-auction")
            if contest or _IN_AUCTION.match(low, at[1])
            else (at, "talks", "bid.offered")
            for at in _offered(doc, s0, s1)
        ]
        found += [
            (m.span(), "talks", "bid.proposal-made")
            for m in _PROPOSAL_MADE.finditer(low, s0, s1)
            # "X has made an unsolicited offer for Y": a hostile bid is proposals.py's alone (announced, bidder named)
            if not any(a < m.end() and m.start() < b for a, b in hostile)
        ]
        found += [
            (m.span(), "talks", "bid.review")
            for m in _REVIEW.finditer(low, s0, s1)
            if _TARGET_BODY.search(low, max(s0, m.start() - 120), m.start())
            or not m.group().startswith(("to", "will", "shall"))
        ]
        found += [(m.span(), "announced", "bid.tender") for m in _TENDER.finditer(low, s0, s1)]
        found += [(at, "announced", "bid.contest-won") for at in won]
        found += [
            (m.span(), "announced" if "tender" in m.group() else "talks", "bid.raised")
            for m in _RAISED.finditer(low, s0, s1)
        ]
    found += [(m.span(), "rejected", "bid.advise-reject") for m in _ADVISE_REJECT.finditer(low, s0, s1)]
    found += [(m.span(), "agreed", "bid.advise-accept") for m in _ADVISE_ACCEPT.finditer(low, s0, s1)]
    found += [(m.span(), "rejected", "bid.body-rejects") for m in _BODY_REJECTS.finditer(low, s0, s1)]
    found += [(m.span(), "rejected", "bid.passive-rejected") for m in _PASSIVE_REJECTED.finditer(low, s0, s1)]
    found += [(at, "withdrawn", "bid.withdrawn") for at in _walked(doc, s0, s1)]
    for at, stage, rule in found:
        prop = _stage_of(doc, s0, s1, at, stage, rule)
        if prop is not None:
            out.append(prop)
    out.sort(key=lambda p: p.start)
    return out
