"""A sale run as an auction (stop 50): a company's assets sold, in or out of a court, to the auction's winner. No
verb of buying tells such a deal at its top; the winner's title does ("was named the winning bidder", "won the
auction for", "emerged as the winner of an auction for") or the bid the auction drew ("an auction of Y's assets
drew a $N bid from X"). The winner, or the bid's maker, is the buyer; the company whose assets are auctioned is
the target, also when the page names what is sold as "substantially all of the assets of Y" or "Y's assets".

- Won: "<B> (was|has been) named the winning / successful bidder (in the ... auction) for <T>", "<B> won the
  (bankruptcy) auction for <T>", "<B> emerged as the winner of a court-run auction for <T>".
- A bid drawn: "an auction of <T>'s assets (has) drawn / elicited / attracted a $N bid from <B>".
- A bid accepted: "<T> accepted a $N bid from <B>", "<T>'s board backed an offer from <B>", "the court approved a
  bid from <B> for <T>'s stores" (a bid rejected or received is a proposal's stage: proposals.py). A board's buyout
  vote reads the same (stop 60): "<T>'s board voted in favour of a buyout led by <B>", "accepted the offer received
  from a consortium led by <B>" (the lead the buyer), "<T> okays buyout by <B>", and "<T> accepts $N takeover bid" with
  no maker named (the target only; deal_parties pairs it with the maker a sentence of the top names).

Not a sale won: a bid that lost ("lost the auction to"), an auction still to come ("hopes to win the auction"),
and a name that stands after the target's place only as a descriptor or another object ("for Y and its Z
database": Z is what Y owns, no target) -- the target is the name right after the auction's preposition.

What is sold (`sold_parts`, `sold_part`): "nearly all of X's assets", "X's A, B and C business lines" are X's, so X
is the target; the lines listed ("A", "B"), and the names after "assets, including", are parts of what is sold,
never the target. A named unit or division stays a party of its own ("X's Brightwave unit": Brightwave).

A bidding war decided (stop 58): two suitors bid for one listed company and one wins ("<A> has outbid <B> at
auction to buy <T>", "<A> topped <B> in a weekend auction for <T>", "<A> has beaten rival <B> in the bidding battle
for <T>", "<A> has won an auction against <B> to take over <T>", "<A> has won the battle for control of <T>", "<A>
emerges as the highest bidder for <T>"): the winner A is the buyer, the loser B never a party, T the target. The
winner's bid is an offer put to T's holders, no sale agreed: bid_stages.py reads its stage from `contests_won`.

Read for `deal_parties._parties` and `bid_stages.bid_stages`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from tui.analysis.extract.fact_layout import _ORGS, _Doc, _Name, _orgs_in, _possessor
from tui.analysis.extract.lexicon import cue_alternation, words
from tui.analysis.extract.proposals import ASSENT_VERB
from tui.analysis.extract.sale_words import CONSORTIUM_NOUN
from tui.analysis.extract.tokens import needle_within

#: The title of an auction's winner, then the preposition before what was auctioned (lower case): "named the
#: winning bidder for", "was named the successful bidder in a court auction for", "won the auction for",
#: "emerged as the winner of a court-run auction for". A win with no auction noun is a bidder's title only.
_WON = re.compile(
    r"\b(?:(?:named\s+(?:as\s+)?|emerged\s+as\s+)the\s+(?:winning|successful)\s+bidder\s+"
    r"(?:(?:in|at)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?auction\s+)?|(?:won|wins|has\s+won|(?:is|was|as)\s+the\s+"
    r"winner\s+(?:of|in))\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?auction\s+)(?:for|of)\s+"
)
#: A bid told as the auction's winner, its maker the possessor before it (lower case): "X's $120 million bid won the
#: auction for", "X's offer topped the court-run auction of".
_BID_WON = re.compile(
    r"\b(?:bid|offer)\s+(?:has\s+|had\s+)?(?:won|topped|took)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?auction\s+(?:for|of)\s+"
)
#: Between a bid's maker and the bid noun: the possessive, then up to five words of its figure and kind ("'s $120
#: million ", "’s winning ").
_MAKERS = re.compile(r"(?:['’]s|['’])\s+(?:[^\s,;:]+\s+){0,5}")
#: A bid accepted, backed or approved, its maker after "from" (lower case): "accepted a $90 million bid from", "backed
#: an offer of $N from", "approved a $40 million bid from" -- the accepter is the one sold, or the court or board that
#: approves the sale of the company named after "for" ("approved a bid from X for Y's stores"). A board's vote of
#: assent and a headline's OK read the same (stop 60): "voted in favour of a $N buyout led by X", "OKs buyout by X",
#: "accepted the ¥N – some $N – offer it received from a group (of investors) led by X", "agreed to accept a
#: buyout offer late on Monday from a group led by X": the maker after "from", "by" or "led by", the lead of a group
#: making it after the group's "led by" (the lead is the buyer, as deal_parties reads a consortium's lead).
_ACCEPT_VERB = r"(?:accept(?:ed|s|ing)?|" + ASSENT_VERB + ")"
_BID_ACCEPTED = re.compile(
    r"\b(?:"
    + _ACCEPT_VERB
    + r"|back(?:ed|s)|approv(?:ed|es|ing)|endors(?:ed|es)|recommend(?:ed|s)|agree[ds]?\s+to|"
    r"chose|picked|selected)\s+(?:(?:a|an|the)\s+)?(?:[^\s,;:]+\s+){0,5}?"
    # an aside between dashes inside the offer's words ("the ¥2 trillion – about $15 billion – offer")
    r"(?:[–—-]\s+[^–—;:]{1,60}?\s+[–—-]\s+(?:[^\s,;:]+\s+){0,3}?)?"
    r"(?:bid|offer|proposal|buyout|takeover)\s+"
    r"(?:of\s+[^\s,;:]+\s+(?:[a-z]+\s+)?)?(?:on\s+[a-z]+day\s+)?"
    r"(?:(?:(?:received|made|submitted|tabled|lodged)\s+)?from\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    + CONSORTIUM_NOUN
    + r"(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+led\s+by\s+)?|led\s+by\s+|by\s+)"
)
#: A bid accepted or okayed with no maker after it (lower case; stop 60): "<T> accepts $13bn takeover bid", "<T> OKs
#: <B>-led consortium buyout": the accepter is the one sold, the maker (if any) the one before "-led" (`_LED_MAKER`).
_BID_ACCEPTED_BARE = re.compile(
    r"\b"
    + _ACCEPT_VERB
    + r"\s+(?:(?:a|an|the)\s+)?(?:[^\s,;:]+\s+){0,5}?(?:bid|offer|proposal|buyout|takeover)\b"
    r"(?!\s+(?:to|for|of|from|by|led)\b)"
)
#: Right after a maker's name inside the offer's words (text case): "-led consortium ", "-led group's " (stop 60).
_LED_MAKER = re.compile(r"-led\s+(?:[\w’'-]+\s+){0,2}?")
#: The words that every pattern of `_BID_ACCEPTED` holds one of.
_ACCEPTED_NEEDLES = (
    "accept",
    "favo",
    "ok",
    "back",
    "approv",
    "endors",
    "recommend",
    "agree",
    "chose",
    "picked",
    "selected",
)
#: A lower-case word between a name and its verb that opens no clause of its own (text case): " on", " has".
GAP_WORD = r"\s+(?!(?:which|who|that|and|but|after|when|while|if|it|they)\b)[a-z][\w’'-]*"
#: A weekday in the gap between a name and its verb (text case): " on Thursday" (stop 60).
WEEKDAY_GAP = r"\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
#: A legal form after a name and a comma, in the gap before its verb (text case): ", Inc. ", " Corp, ".
LEGAL_FORM_GAP = r"(?:,?\s+(?i:inc|corp|co|ltd|llc|plc|ag|sa|nv)\.?,?)?"
#: Between the accepter and its verb (text case): its board or holders ("X's board ", "X' shareholders "), then up to
#: four lower-case words that open no clause ("X on Tuesday " is no such gap: a capitalised word stops it).
_ACCEPTER_GAP = re.compile(
    r"(?:['’]s?\s+(?:board(?:\s+of\s+directors)?|directors|shareholders|stockholders|management)\b)?"
    # a weekday may stand in the gap ("X's board on Thursday voted in favour of"; stop 60)
    r"(?:" + GAP_WORD + r"|" + WEEKDAY_GAP + r"){0,4}?\s+"
)
#: After the bid's maker: the company whose assets the bid is for (lower case): " for ".
_FOR = re.compile(r"\s+for\s+")
#: The words that every pattern of `_WON` holds one of.
_WON_NEEDLES = ("bidder", "winner", "won", "wins")
#: An auction or a sale of what is sold (lower case): "an auction of", "the auction for", "a court-run sale of".
_AUCTION_OF = re.compile(r"\b(?:auction|sale)\s+(?:of|for)\s+")
#: After the auction's object, in its clause: the verb that tells the bid drawn and the bid's words up to "from"
#: (lower case): "has drawn a $75 million bid from", "elicited an offer from", "attracted a bid of $N from".
_BID_DRAWN = re.compile(
    r"\b(?:has\s+|had\s+|have\s+)?(?:drawn|drew|draws|elicited|elicits|attracted|attracts|produced|produces|"
    r"yielded|yields|brought\s+in|received|receives)\s+(?:(?:a|an|the)\s+)?(?:[^\s,;:]+\s+){0,5}?(?:bid|offer)\s+"
    r"(?:of\s+[^\s,;:]+\s+(?:[a-z]+\s+)?)?from\s+"
)
#: How far after the auction's preposition the verb of the bid drawn may stand.
_BID_REACH = 120
#: Between the auction's preposition and the company whose assets are sold: what of it is sold ("substantially all
#: of the assets of", "nearly all the assets of"), then lower-case words of a descriptor ("the bankrupt genetics
#: company ") -- in the text's own case, so a capitalised name in between stops it.
_ASSETS_OF = re.compile(
    r"(?:(?:substantially|nearly|virtually|almost|essentially)\s+)?(?:all\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:(?:remaining|core|key|main)\s+)?(?:assets|businesses|operations)\s+of\s+"
)
_DESCRIPTOR = re.compile(r"(?:[a-z][\w-]*\s+){0,6}")
#: How far after its preposition the name of the company sold, or of the bid's maker, may start.
_NAME_REACH = 80
#: What ends the clause of an auction's object (the bid it drew stands inside it).
_CLAUSE_END = re.compile(r"[;:!?]|,\s+(?:but|and|while|which|who|after|as)\b|\s[-–—]+\s|[–—]")
#: Between the bid's "from" and its maker: an article and up to four words of a descriptor ("the grocer ", "US
#: drugmaker ").
_MAKER_GAP = re.compile(r"(?:(?:the|a|an|its)\s+)?(?:[\w.’'-]+\s+){0,4}")
#: Between the winner and its title: up to five lower-case words that open no clause ("X has been ", "X on Monday
#: was "), or a legal form after a comma ("X, Inc. has been ").
_WINNER_GAP = re.compile(LEGAL_FORM_GAP + r"(?:" + GAP_WORD + r"){0,5}?\s+")


@dataclass(frozen=True, slots=True)
class AuctionSale:
    """An auction's sale told in one sentence: where its cue stands, the winner or the bid's maker (buyer; None for a
    bid accepted whose maker the sentence does not name, stop 60), the company sold (target; None when the text names it
    in no name the page knows) and the rule."""

    start: int
    end: int
    buyer: _Name | None
    target: _Name | None
    rule: str


def _sold(doc: _Doc, at: int, s1: int) -> _Name | None:
    """The company whose assets are auctioned, named from `at` on: after what of it is sold and a lower-case
    descriptor ("substantially all of the assets of the genetics company Y", "Y's assets", "bankrupt Y")."""
    m = _ASSETS_OF.match(doc.low, at, s1)
    start = m.end() if m else at
    return _first_after(doc, start, min(s1, start + _NAME_REACH), _DESCRIPTOR)


def _first_after(doc: _Doc, at: int, hi: int, gap: re.Pattern[str]) -> _Name | None:
    """The first organisation named in [at, hi), when `gap` spans the text from `at` to it."""
    first = next(iter(_orgs_in(doc, at, hi)), None)
    return first if first is not None and gap.fullmatch(doc.text, at, first.start) else None


def _last_before(doc: _Doc, s0: int, at: int, gap: re.Pattern[str], possessors: bool = True) -> _Name | None:
    """The last organisation named in [s0, at) (`possessors` False: the last that owns no noun after it), when `gap`
    spans the text from it to `at`."""
    before = [n for n in _orgs_in(doc, s0, at) if n.end <= at and (possessors or not _possessor(doc, n))]
    return before[-1] if before and gap.fullmatch(doc.text, before[-1].end, at) else None


def _winner(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The organisation right before the title at `at`, not one that owns a noun after it."""
    return _last_before(doc, s0, at, _WINNER_GAP, possessors=False)


def _maker(doc: _Doc, at: int, s1: int) -> _Name | None:
    """The organisation that made the bid, named right after its "from" at `at` (a short descriptor between)."""
    return _first_after(doc, at, min(s1, at + _NAME_REACH), _MAKER_GAP)


@functools.cache
def beat_verbs() -> str:
    """The verbs of a winner besting a rival in a contest (events.yaml `contest_beat_verbs`: "outbid", "topped",
    "beaten out", "fended off") as a regex alternation (lower case, no group, no bounds; `cue_alternation`; "(?!)",
    which matches nothing, for an empty list): the one list, read here and by figure_roles' rival beaten by a figure."""
    return cue_alternation(words("events", "contest_beat_verbs")) or "(?!)"


@functools.cache
def _beat() -> re.Pattern[str]:
    """A winner beating a named rival in a contest for a company (lower case; stop 58): the verb (`beat_verbs`), then
    the loser named right after it (`_LOSER`), then `_CONTEST_FOR`: "has outbid", "topped", "has beaten (out)"."""
    return re.compile(r"\b(?:(?:has|have|had)\s+)?(?:" + beat_verbs() + r")\s+")


#: The loser right after the contest verb (text case): "rival ", "its rival ", "U.S. rival ", then its name as the
#: page writes it, capitalised words or a figure ("21st Century Fox Inc.", "Twenty-First Century Fox"), whether or
#: not the page types it (the loser is never a party, so its type does not matter).
_LOSER = re.compile(
    r"(?:(?:its|their|the)\s+)?(?:(?:[A-Z][\w.-]*\s+)?rival\s+)?[A-Z0-9][\w.&'’-]*(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|&))*"
)
#: The nouns of a contest between bidders (lower case): after "bidding" ("bidding war", "bidding race"), and alone or
#: after "takeover" ("the takeover battle", "a tussle"). One list for the contest's two patterns below (stop 63; each
#: spelled them, three times in all).
_BIDDING_NOUNS = r"(?:battle|war|contest|race)"
_TAKEOVER_FIGHT = r"(?:takeover\s+)?(?:battle|contest|race|fight|tussle|war)"
#: A contest by its noun: an auction, bidding (with or without its noun), a takeover fight.
_CONTEST = r"auction|bidding(?:\s+" + _BIDDING_NOUNS + r")?|" + _TAKEOVER_FIGHT
#: After the loser, the contest and the company it is for (lower case): " at auction to buy ", " in a weekend auction
#: for ", " in the bidding battle for ", " in the race for control of ".
_CONTEST_FOR = re.compile(
    r"(?:\s*,?\s+(?:(?:in|at)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:" + _CONTEST + r")))"
    r"\s+(?:for\s+(?:control\s+of\s+)?|to\s+(?:buy|acquire|take\s+over|purchase)\s+)"
)
#: A contest won, its loser named after "against" or no loser (lower case): "has won an auction against ", "won the
#: long-running battle for control of ". An auction won with no loser named is a court's sale (`_WON`), not this; nor
#: is bare "bidding" won with no loser.
_WON_CONTEST = re.compile(
    r"\b(?:won|wins|has\s+won|have\s+won)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:" + _CONTEST + r")\s+against\s+|"
    r"(?:bidding\s+"
    + _BIDDING_NOUNS
    + r"|"
    + _TAKEOVER_FIGHT
    + r")\s+(?:for\s+(?:control\s+of\s+)?|over\s+))"
)
#: After a loser named after "against": the company the contest is for (lower case).
_AGAINST_FOR = re.compile(r"\s+(?:for\s+(?:control\s+of\s+)?|to\s+(?:buy|acquire|take\s+over|purchase)\s+)")
#: The winner's title after a contest: "emerges as (the) highest bidder for", "emerged as the top bidder for" (lower
#: case). The one reading of both titles (stop 58, "talks58b"): a bid that beat others, an offer put to the holders --
#: announced (comcast-sky-2018's table), never the court auction's agreed (`_WON`: "winning", "successful" bidder).
_HIGHEST = re.compile(
    r"\bemerg(?:es|ed|ing)\s+as\s+(?:the\s+)?(?:highest|top)\s+bidder\s+(?:(?:in|at)\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?"
    r"auction\s+)?for\s+"
)
#: Between the contest's preposition and its company (text case): an article, a place or kind's possessive or name,
#: then up to five lower-case words of a descriptor ("Britain's satellite broadcaster ", "the UK company ").
_CONTESTED_GAP = re.compile(r"(?:(?:the|a|an)\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+)?(?:[a-z][\w-]*\s+){0,5}?")


@functools.cache
def _contest_needles() -> tuple[str, ...]:
    """The words every contest form holds one of: a beat verb's first word, "bid" ("bidder", "bidding"), "won",
    "wins", "highest"."""
    return tuple(
        sorted(
            {v.split()[0].lower() for v in words("events", "contest_beat_verbs") if v.strip()}
            | {"bid", "won", "wins", "highest"}
        )
    )


def _contested(doc: _Doc, at: int, s1: int) -> _Name | None:
    """The company a contest is for, named from `at` on (a short descriptor between), not one that owns a noun."""
    first = _first_after(doc, at, min(s1, at + _NAME_REACH), _CONTESTED_GAP)
    return None if first is None or _possessor(doc, first) else first


def _known_before(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The organisation the last words from `s0` to `at` name when the page names it elsewhere but not here (a
    title-case headline runs "X Emerges As" into one capitalised run): the same words as a name the page knows."""
    words = doc.text[s0:at].strip()
    known = next(
        (
            n
            for n in doc.names
            if n.type in _ORGS
            and (words == (said := doc.text[n.start : n.end]) or words.endswith(" " + said))
            and not s0 <= n.start < at
        ),
        None,
    )
    if known is None:
        return None
    end = s0 + len(doc.text[s0:at].rstrip())
    return _Name(end - (known.end - known.start), end, known.entity_id, known.name, known.type)


def contests_won(doc: _Doc, s0: int, s1: int) -> list[AuctionSale]:
    """The contests between bidders for one company the sentence [s0, s1) tells won, in text order: the winner the
    buyer, the company the target (the loser, when named, neither)."""
    out: list[AuctionSale] = []
    if not needle_within(doc.low, _contest_needles(), s0, s1):
        return out
    for m in _beat().finditer(doc.low, s0, s1):
        loser = _LOSER.match(doc.text, m.end(), s1)
        contest = _CONTEST_FOR.match(doc.low, loser.end(), s1) if loser is not None else None
        target = _contested(doc, contest.end(), s1) if contest is not None else None
        winner = _winner(doc, s0, m.start())
        if contest is None or target is None or winner is None or winner.entity_id == target.entity_id:
            continue
        out.append(AuctionSale(m.start(), contest.end(), winner, target, "party.contest-won"))
    for m in _WON_CONTEST.finditer(doc.low, s0, s1):
        at = m.end()
        if m.group().endswith("against "):
            loser = _LOSER.match(doc.text, at, s1)
            after = _AGAINST_FOR.match(doc.low, loser.end(), s1) if loser is not None else None
            if after is None:
                continue
            at = after.end()
        target = _contested(doc, at, s1)
        winner = _winner(doc, s0, m.start())
        if target is not None and winner is not None and winner.entity_id != target.entity_id:
            out.append(AuctionSale(m.start(), at, winner, target, "party.contest-won"))
    for m in _HIGHEST.finditer(doc.low, s0, s1):
        target = _contested(doc, m.end(), s1)
        winner = _winner(doc, s0, m.start()) or _known_before(doc, s0, m.start())
        if target is not None and winner is not None and winner.entity_id != target.entity_id:
            out.append(AuctionSale(m.start(), m.end(), winner, target, "party.contest-won"))
    return sorted(out, key=lambda a: a.start)


def auction_sales(doc: _Doc, s0: int, s1: int) -> list[AuctionSale]:
    """The auctions' sales the sentence [s0, s1) tells, in text order."""
    out: list[AuctionSale] = []
    if needle_within(doc.low, _WON_NEEDLES, s0, s1):
        for m in _WON.finditer(doc.low, s0, s1):
            target = _sold(doc, m.end(), s1)
            buyer = _winner(doc, s0, m.start())
            if target is not None and buyer is not None and buyer.entity_id != target.entity_id:
                out.append(AuctionSale(m.start(), m.end(), buyer, target, "party.auction-won"))
    if needle_within(doc.low, ("auction", "sale"), s0, s1):
        for m in _BID_WON.finditer(doc.low, s0, s1):
            target = _sold(doc, m.end(), s1)
            maker = _last_before(doc, s0, m.start(), _MAKERS)
            if target is not None and maker is not None and maker.entity_id != target.entity_id:
                out.append(AuctionSale(m.start(), m.end(), maker, target, "party.auction-bid-won"))
        for m in _AUCTION_OF.finditer(doc.low, s0, s1):
            stop = _CLAUSE_END.search(doc.low, m.end(), min(s1, m.end() + _BID_REACH))
            drawn = _BID_DRAWN.search(
                doc.low, m.end(), stop.start() if stop else min(s1, m.end() + _BID_REACH)
            )
            maker = _maker(doc, drawn.end(), s1) if drawn is not None else None
            if drawn is None or maker is None:
                continue
            target = _sold(doc, m.end(), drawn.start())
            if target is not None and target.entity_id == maker.entity_id:
                continue
            out.append(AuctionSale(m.start(), drawn.end(), maker, target, "party.auction-bid"))
    if needle_within(doc.low, _ACCEPTED_NEEDLES, s0, s1):
        out.extend(_accepted(doc, s0, s1))
    out.extend(contests_won(doc, s0, s1))
    return sorted(out, key=lambda a: a.start)


def _accepted(doc: _Doc, s0: int, s1: int) -> list[AuctionSale]:
    """The bids the sentence [s0, s1) tells accepted, backed or approved: the bid's maker is the buyer; the company
    named after "for" is the target, else the accepter itself when it is an organisation."""
    out: list[AuctionSale] = []
    for m in _BID_ACCEPTED.finditer(doc.low, s0, s1):
        maker = _maker(doc, m.end(), s1)
        if maker is None:
            continue
        sold_for = _FOR.match(doc.low, maker.end, s1)
        target = _sold(doc, sold_for.end(), s1) if sold_for is not None else None
        if target is None:
            target = _last_before(doc, s0, m.start(), _ACCEPTER_GAP)
        if target is not None and target.entity_id == maker.entity_id:
            continue
        out.append(AuctionSale(m.start(), m.end(), maker, target, "party.bid-accepted"))
    for m in _BID_ACCEPTED_BARE.finditer(doc.low, s0, s1):
        # "<T> accepts $13bn takeover bid", "<T> OKs <B>-led consortium buyout": the accepter is the one sold; the
        # maker only where a name closes on "-led" inside the offer's words (stop 60)
        if any(a.start <= m.start() < a.end for a in out):
            continue
        target = _last_before(doc, s0, m.start(), _ACCEPTER_GAP)
        if target is None:
            continue
        led = [n for n in _orgs_in(doc, m.start(), m.end()) if _LED_MAKER.match(doc.text, n.end, m.end())]
        maker = led[-1] if led else None
        if maker is not None and maker.entity_id == target.entity_id:
            continue
        out.append(AuctionSale(m.start(), m.end(), maker, target, "party.bid-accepted"))
    return out


#: After a possessive name, what it owns is what is sold (text case): "'s assets", "’s remaining assets", "' core
#: assets", or a list of its named business or product lines ("'s Alpha, Beta and Gamma business lines").
_PARTS_OWNED = re.compile(
    r"(?:['’]s|['’])\s+(?:(?:(?:[a-z][\w-]*\s+){0,2}?assets\b)|(?:(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}"
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}){0,6}\s+"
    r"(?:business|product|service)\s+lines?\b))"
)
#: After a name: the rest of a list of named lines that ends on the lines' noun (text case): " and Beta business
#: lines", ", Beta and Gamma product lines", " business line".
_LINE_ITEM = re.compile(
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4}){0,6}\s+"
    r"(?:business|product|service)\s+lines?\b"
)
#: Before a name, in the deal verb's clause: the assets' list it belongs to (text case): "assets, including ",
#: "assets such as ", "assets, among them ".
_ASSET_ITEMS = re.compile(r"\bassets,?\s+(?:including|such\s+as|among\s+them)\b")
#: Before a name, in the deal's clause: what the sale leaves out (text case): "does not include", "will not cover",
#: "excludes", "excluding", "except": "The purchase does not include the pharmacy unit X" -- X is no target.
_LEFT_OUT = re.compile(
    r"\b(?:(?:does|do|did|will|would)\s+not\s+(?:include|cover)|(?:doesn|don|didn|won)[’']t\s+(?:include|cover)|"
    r"exclud(?:es|ed|ing)|except(?:\s+for)?|leaves\s+out|left\s+out)\b"
)
#: How far before a name the assets' list may open.
_ITEMS_REACH = 120


def sold_parts(text: str, end: int) -> bool:
    """Does the possessive name ending at `end` own what is sold: its assets, or its named lines?"""
    return _PARTS_OWNED.match(text, end, min(len(text), end + 300)) is not None


def sold_part(text: str, verb_end: int, n: _Name) -> bool:
    """Is the name `n`, after a deal verb ending at `verb_end`, a part of what is sold, or one left out of it: an
    item of a list of named lines ("A, B and C business lines"), named after "assets, including" in the verb's
    clause, or after "does not include" ("the purchase does not include its X unit")?"""
    if _LINE_ITEM.match(text, n.end, min(len(text), n.end + 300)):
        return True
    lo = max(verb_end, n.start - _ITEMS_REACH)
    return (
        _ASSET_ITEMS.search(text, lo, n.start) is not None or _LEFT_OUT.search(text, lo, n.start) is not None
    )
