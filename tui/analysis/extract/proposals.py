"""A takeover told as a proposal (stop 45): the target turned it down, the bidder walked away from it, or the
target received it and weighs it. No verb of buying tells such a deal; the offer noun does (a bid, an offer, a
proposal, an approach), and who turns it down or walks away tells the parties the other way round from a
purchase.

- Turned down: "<T> rejected / rebuffed / snubbed / spurned / turned down <B>'s <figure> <offer>", "<T> rejected
  a <figure> <offer> from <B>", "<B>'s <offer> was rejected by <T>": B the buyer, T the target, stage rejected.
- Walked away: "<B> walked away from / abandoned / dropped / withdrew its <offer or pursuit> (of|for) <T>", "<B>
  said it does not intend to / will not / will no longer make a firm offer for <T>": stage withdrawn.
- Received and weighed: "<T> confirmed it had received an approach from <B>", "<T> is reviewing / considering a
  proposal from <B>": stage talks (a proposal under way, no agreement).
- Launched hostile (stop 51): "<B> launched a hostile takeover bid to buy out <T>", "<B> has made an unsolicited
  offer for <T>": stage announced (a bid put to the holders over the board's head, told and not agreed).

A proposal told as the past of the sentence ("which rejected a bid last year", "months after it rejected") is
none: no organisation is the verb's subject, or a past time stands in its clause.

Read for `deal_parties._parties`, `deal_status._status` and `fact_time._past_year`; pure functions; every
pattern is linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tui.analysis.extract.fact_layout import _ORGS, NEGATION, _Doc, _Name, _names_in, _orgs_in, _possessor
from tui.analysis.extract.lexicon import cue_alternation, words
from tui.analysis.extract.tokens import needle_within
from tui.analysis.model import EntityType

#: The nouns of a proposal (lower case): "bid", "offer", "proposal", "approach", "overture", "tilt" (bid_stages.py's
#: too).
OFFER_NOUN = r"(?:bids?|offers?|proposals?|approach(?:es)?|overtures?|tilt|advances?|terms)"
#: A bid's object right after a verb of raising (lower case): " its offer", " the improved $95 cash bid", " tender
#: offer" -- the one reading of a bid made higher, bid_stages._RAISED's and startup_history.raised_level's (a higher
#: price asked, no money raised).
RAISED_BID = (
    r"\s+(?:(?:its|their|the)\s+(?:[\w$€£.,-]+\s+){0,3}?|(?:cash\s+|takeover\s+|tender\s+){0,2})"
    r"(?:offer|bid|proposal)s?\b"
)
#: The nouns of talks a bidder ends or walks away from (lower case; stop 58): "talks", "negotiations", "discussions".
TALKS_NOUN = r"(?:talks|negotiations|discussions)"
#: What a bidder walks away from (lower case): the proposal, or its pursuit, attempt or takeover of the target, or the
#: talks on it ("ended talks to buy", "walked away from the talks"; stop 58).
_PURSUIT = (
    r"(?:"
    + OFFER_NOUN[3:-1]
    + r"|pursuit|attempt|takeover|interest|chase|quest|move|race|bidding|battle|"
    + TALKS_NOUN[3:-1]
    + r")"
)
#: The verbs of turning a proposal down, active (lower case; perfect and past forms included): the one word set of a
#: rejection, read here with a named target as subject and by bid_stages.py with the target's board or committee.
REJECT_VERBS = (
    r"(?:reject(?:s|ed|ing)?|rebuff(?:s|ed|ing)?|snub(?:s|bed|bing)?|spurn(?:s|ed|ing)?|turn(?:s|ed|ing)?\s+down|"
    r"dismiss(?:es|ed|ing)?|shun(?:s|ned|ning)?|knock(?:s|ed|ing)?\s+back|brush(?:es|ed|ing)?\s+off|"
    r"s(?:aid|ays)\s+no\s+to)"
)
#: A verb of turning a proposal down, active.
_REJECT = re.compile(r"\b" + REJECT_VERBS + r"\b")
#: The same verbs in the passive, with their agent after (lower case): "was rejected by", "has been turned down by".
_REJECTED_BY = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+(?:unanimously\s+)?(?:rejected|rebuffed|"
    r"snubbed|spurned|turned\s+down|dismissed|shunned|knocked\s+back|brushed\s+off)\s+by\s+"
)
#: A deal told as proposed, the subject of a passive rejection (lower case; stop 51): "a proposed merger", "the
#: planned all-share tie-up", "a mooted combination". Only the target's board or holders turn such a deal down
#: (`_BOARD_AGENT`): "rejected by the competition regulator" is a block, no proposal turned down.
_PROPOSED_DEAL = re.compile(
    r"\b(?:proposed|planned|suggested|mooted|potential|possible)\s+(?:[\w-]+\s+){0,2}?(?:merger|tie-up|combination|"
    r"takeover|acquisition|deal|union|link-up)\b"
)
#: After "rejected by", the body that speaks for the target (lower case): "the X board", "X's directors", "the board
#: of X", "X shareholders"; the name is between the article and the body's noun, or after "of".
_BOARD_AGENT = re.compile(
    r"(?:the\s+)?(?:(?:board|directors|board\s+of\s+directors|shareholders)\s+of\s+|"
    r"(?:[^\s,;:]+\s+){1,4}?(?:board|directors|shareholders|holders)\b)"
)
#: A hostile bid launched by the bidder, over the target's board (lower case; stop 51): "launched a hostile takeover
#: bid", "has made an unsolicited offer", "lodged a hostile tender offer". Told, not agreed: stage announced. Only the
#: told forms of the verb ("will launch", "could launch", "plans to launch" are none) and only a bid the page calls
#: hostile or unsolicited (a recommended offer launched is agreed).
_HOSTILE_LAUNCHED = re.compile(
    r"\b(?:launch(?:ed|es)|(?:has|have)\s+launched|made|makes|(?:has|have)\s+made|lodged|(?:has|have)\s+lodged|"
    r"tabled|(?:has|have)\s+tabled)\s+(?:an?|its|their)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:hostile|unsolicited|unfriendly|"
    r"uninvited)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:(?:takeover\s+|tender\s+)?(?:bid|offer|approach)|takeover)\b"
)
#: A sentence that opens on a name the page does not type (capitalised words only, up to six), right before its verb:
#: "Banco Example Holding launched ...": the bidder unnamed as an organisation, the stage still told.
_NAME_HEAD = re.compile(r"(?:[A-Z][\w.&’'-]*\s+){1,6}")
#: After a hostile bid, its target (lower case): "for", "to buy (out)", "to acquire", "to take over", a day between
#: ("an unsolicited offer late on Monday to acquire its rival Y").
_HOSTILE_TARGET = re.compile(
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+[a-z]+day)?\s+(?:for|on|to\s+(?:take\s+over|buy(?:\s+out)?|acquire|"
    r"purchase|merge\s+with|combine\s+with))\s+"
)
#: A negation right before a verb (lower case): "has not launched", "never made".
_NEGATED = re.compile(NEGATION + r"\s+$")
#: A verb of a bidder giving up, with its object after (lower case): read here with a named target and by
#: bid_stages.py with the bidder's own proposal as its object (stop 57).
WALK = re.compile(
    r"\b(?:walk(?:s|ed|ing)?\s+away\s+from|abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)|"
    r"pull(?:s|ed|ing)?(?:\s+out\s+of)?|scrap(?:s|ped|ping)?|ditch(?:es|ed|ing)?|call(?:s|ed|ing)?\s+off|"
    r"end(?:s|ed|ing)?|g(?:ave|ives?|iving)\s+up(?:\s+on)?|retreat(?:s|ed|ing)?\s+from|"
    r"terminat(?:es|ed|ing)|backed\s+away\s+from|backs\s+away\s+from|quit(?:s)?|"
    # (stop 58) the bidder breaking off: "X broke off talks to buy Y", "has broken off its negotiations" -- its own act,
    # as "ended talks" (withdrawn); "talks broke off" has no object after and stays the lexicon's collapsed
    r"br(?:eak|eaks|oke|oken|eaking)\s+off)\b"
)
#: No firm offer to come (lower case): "does not intend to make a firm offer", "will no longer be making a firm
#: offer", "won't make an offer", "ruled out making a bid", "has decided not to make an offer".
_NO_OFFER = re.compile(
    r"\b(?:(?:(?:does|do|did|will|would)\s+not|won[’']t|doesn[’']t|no\s+longer|decided\s+not\s+to|ruled?\s+out|"
    r"rules\s+out)\s+(?:(?:intend|intends|plan|plans|expect|expects|be|to)\s+){0,3}(?:make|making|pursue|pursuing|"
    r"table|tabling|submit|submitting)|rul(?:ed|es|e|ing)\s+out)\s+(?:a|an|any)\s+(?:(?:firm|formal|binding|new|"
    r"fresh|further|improved|final|revised|higher)\s+){0,2}(?:offer|bid|proposal)\b"
)
#: The verbs of a proposal weighed by the one it was made to (lower case), one word set in its three forms (base,
#: progressive, participle): read here as "<T> is reviewing a proposal" and by bid_stages.py as "the committee will
#: review the offer from", "the offer is being weighed by".
_WEIGH_FORMS = (
    ("review", "reviewing", "reviewed"),
    ("assess", "assessing", "assessed"),
    ("evaluate", "evaluating", "evaluated"),
    ("consider", "considering", "considered"),
    ("study", "studying", "studied"),
    ("examine", "examining", "examined"),
    ("weigh", "weighing", "weighed"),
    (r"respond\s+to", r"responding\s+to", r"responded\s+to"),
)
WEIGH = r"(?:" + "|".join(f[0] for f in _WEIGH_FORMS) + r")"
WEIGHING = r"(?:" + "|".join(f[1] for f in _WEIGH_FORMS) + r")"
WEIGHED = r"(?:" + "|".join(f[2] for f in _WEIGH_FORMS) + r")"
#: A proposal received, or weighed by the one it was made to (lower case): "had received an approach", "has been
#: approached by", "is reviewing a proposal", "was considering a takeover bid", "it was “reviewing” a bid".
_RECEIVED = re.compile(
    r"\b(?:(?:has|had|have)\s+(?:been\s+)?received|received|receives|(?:has|had|have)\s+been\s+(?:approached|"
    r"made|sent)|(?:is|are|was|were)\s+[“”\"'‘’]?" + WEIGHING + r"[“”\"'‘’]?)\s+"
)
#: Between a verb and its offer noun: up to ten words, no clause break and no relative or complement word
#: ("rejected a blockbuster $38-billion (R700-billion) takeover bid", "rejected Quillon's improved proposal";
#: not "rejected claims that its offer ...", nor "dismissed its finance chief after the offer ...").
_TO_OFFER = re.compile(
    r"(?:(?!(?:that|which|who|whether|if|after|before|amid|following|during|when|while|claims?|reports?|"
    r"suggestions?|criticism|calls?|demands?|accusations?|allegations?|speculation|concerns?|talk)\b)"
    r"(?:[^\s,;:!?]|,(?=\S))+\s+){0,10}?" + OFFER_NOUN + r"\b"
)
#: An offer told with a list of its qualities (lower case): an article, one to three adjectives each closed by a
#: comma (an adjective's ending, or a closing quotation mark, before it), then up to six words and the offer noun:
#: "an unsolicited, non-binding and conditional proposal", "a preliminary, “indicative” approach" (stop 48). A
#: noun's comma ("approval for the sale, an offer") is no such list.
_LISTED_OFFER = re.compile(
    r"(?:an?|the|its|their)\s+(?:[\w“”\"'‘’-]+(?:(?<=ted|sed|ned|ved|ing|ive|ary|ble|nal|ial|ous)|(?<=[“”\"'‘’])),\s+){1,3}"
    r"(?:[\w“”\"'‘’-]+\s+){0,6}?" + OFFER_NOUN + r"\b"
)


def _offer_object(low: str, at: int, stop: int) -> re.Match[str] | None:
    """The words from `at` to an offer noun inside the clause ending at `stop`: `_TO_OFFER`, else a list of the
    offer's qualities (`_LISTED_OFFER`)."""
    return _TO_OFFER.match(low, at, stop) or _LISTED_OFFER.match(low, at, stop)


_TO_PURSUIT = re.compile(
    r"(?:(?=(?:its|their|the|a|an|any|his|her|plans?)\s|[\w.&-]+['’]s\s)"
    r"(?:(?!(?:that|which|who|whether|if|deal|agreement|merger|contract|partnership)\b)(?:[^\s,;:!?]|,(?=\S))+\s+)"
    r"{0,8}?" + _PURSUIT + r"|" + TALKS_NOUN + r")\b"
)
#: A bidder's own purchase as the object of a walk-away verb (lower case; stop 49): "its proposed acquisition of", "its
#: planned $1.4 billion purchase of", "their deal to buy", "its intention to purchase", "its plan to acquire". Only the
#: bidder's possessive ("its", "their"): "the merger" of two named companies is no bidder's own.
_TO_OWN_DEAL = re.compile(
    r"(?:its|their)\s+(?:[^\s,;:!?]+\s+){0,5}?(?:(?:acquisition|purchase|takeover|buyout)(?=\s+of\s)|"
    r"(?:deal|intention|intent|plans?|agreement)(?=\s+to\s+(?:buy|acquire|purchase|take\s+over)\s))"
)
#: Before a subject, a conjunction that makes it the second of two ("X and Y called off"): both parties end the deal.
_SECOND_OF_TWO = re.compile(r"(?:\band|&)\s+$")
#: After an offer noun, its maker: "from", "by", "made by", "tabled by", up to four words of a descriptor before the
#: name ("from its larger rival X", "from Australian rival X").
_MAKER_AFTER = re.compile(r"\s+(?:(?:made|tabled|submitted|put\s+forward|lodged)\s+)?(?:from|by)\s+")
#: After an offer noun, a relative clause that names its maker as its subject (lower case; stop 51): "the offer that",
#: "the bid which"; the maker, then (`_MADE_AFTER`) its verb of making ("had made", "tabled", "put forward last week").
_RELATIVE_MAKER = re.compile(r"\s+(?:that|which)\s+")
_MADE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,20}\))?\s+(?:(?:had|has|have)\s+)?(?:made|tabled|submitted|put\s+forward|lodged|presented|sent|"
    r"launched|floated)\b"
)
#: Between a preposition and the name it governs: an article or a possessive pronoun, then up to four words of a
#: descriptor ("its larger rival ", "London-based rival ", "the world's biggest miner ").
_DESCRIPTOR = re.compile(r"(?:(?:the|its|a|an|their)\s+)?(?:[\w’'-]+\s+){0,4}")
#: After a pursuit noun, its target: "of", "for", "on", "to take over", "to buy", "to acquire", up to four words of
#: a descriptor before the name ("of London-based rival Y").
_TARGET_AFTER = re.compile(
    r"\s+(?:of|for|on|to\s+(?:take\s+over|buy|acquire|purchase|merge\s+with|combine\s+with))\s+"
)
#: Between the subject and its verb: an appositive between commas, then up to five words that open no clause of
#: their own ("X", "X on Wednesday", "X's board has", "X, the drone maker, has").
_SUBJECT_GAP = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:['’]s\s+(?:board|directors|board\s+of\s+directors|management|shareholders|investors|"
    r"chairman|chair|boss|chief\s+executive|ceo)\b)?(?:,[^,;.]{0,80},)?(?:\s+(?!(?:which|who|whom|whose|that|after|when|since|"
    r"before|because|while|if|and|but|it|they)\b)[\w’'-]+){0,5}?\s+$|\s*$"
)
#: A bidder that told its own giving up by a verb of telling ("X said on Wednesday that it does not intend to"):
#: between the name and the verb.
_SAID_IT = re.compile(
    r"(?:,[^,;.]{0,80},)?(?:\s+[\w’'-]+){0,4}?\s+(?:said|says|announced|confirmed|stated|told\s+[\w\s]{0,20}?)"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:that\s+)?it\s+(?:(?:has|had|is|was)\s+)?$"
)
#: A target that told its own rejection (lower case): "X said on Tuesday that its board had unanimously ", "X said it
#: has ".
_SAID_ITS = re.compile(
    r"(?:,[^,;.]{0,80},)?(?:\s+[\w’'-]+){0,4}?\s+(?:said|says|announced|confirmed|stated)(?:\s+[\w’'-]+){0,3}?\s+"
    r"(?:that\s+)?(?:it|its\s+(?:board|directors|board\s+of\s+directors))\s+(?:(?:has|had|have)\s+)?"
    r"(?:(?:unanimously|formally|again|also|now|already)\s+)?$"
)
#: A passive of turning down with no agent after (lower case): "was rebuffed", "has been turned down".
_REJECTED_BARE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:unanimously\s+)?(?:rejected|rebuffed|snubbed|spurned|"
    r"turned\s+down|dismissed)\b(?!\s+by\b)"
)
#: A past time in the proposal's clause (lower case): it tells an earlier proposal, not the page's stage.
_PAST = re.compile(
    r"\b(?:last\s+(?:year|month|summer|spring|autumn|fall|winter|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)|previously|years?\s+ago|months\s+ago|at\s+the\s+time|back\s+in|"
    r"in\s+(?:19|20)\d\d|(?:months|years)\s+(?:after|before)|once\s+rejected)\b"
)
#: A subordinating word before a proposal's verb in its clause (lower case).
_SUBORDINATE = re.compile(
    r"\b(?:after|before|since|when|once|until|because|although|though|whereas|having)\b"
)
#: A board's vote of assent or a headline's OK (lower case; stop 60): "voted (unanimously) in favour of", "OKs",
#: "okayed". Built from the lexicon's one list of these words (events.yaml `board_assent`, whose words the deal's status
#: reads as agreed too; stop 61), for the agreement below and for a bid accepted (auction_sales.py).
ASSENT_VERB = "(?:" + (cue_alternation(words("events", "board_assent")) or "(?!)") + ")"
#: An agreement told in a proposal's sentence (lower case), one word set: after a proposal turned down ("rejected
#: two approaches before it agreed to a takeover") the page's stage is the agreement; beside a bid's own words
#: (bid_stages.py: "under the merger agreement, X will commence a tender offer", "X agreed to buy Y through a tender
#: offer") the bid is the agreed deal's means. Holders told to reject ("recommended that holders reject the offer")
#: are none. A board's vote of assent and a headline's OK are the agreement too (stop 60): "voted on Thursday to accept
#: a takeover bid", "voted in favour of a buyout", "OKs buyout by X", "approved the offer" -- a tender offer planned
#: after them is the agreed deal's next step.
AGREEMENT = re.compile(
    r"\b(?:(?:agreed|agrees|agreeing|accepted|accepts|accepting|recommended|recommends|backed|backs|"
    r"vot(?:ed|es|e|ing)\s+(?:[\w-]+\s+){0,3}?to\s+accept|" + ASSENT_VERB + r"|approv(?:ed|es))\s+(?:to\s+)?"
    r"(?:(?:a|an|the|its|their)\s+)?(?:(?!(?:that|reject\w*|not|against)\b)[\w$€£.,’'-]+\s+){0,4}?(?:offer|bid|deal|"
    r"takeover|proposal|terms|merger|"
    r"acquisition|buyout|be\s+(?:bought|acquired|taken\s+over))|agreed\s+to|agrees\s+to|has\s+agreed|have\s+agreed|signed|"
    r"signs|definitive\s+agreement|merger\s+agreement|agreement\s+and\s+plan|recommend(?:s|ed)?\s+(?:that\s+)?"
    r"(?:[\w-]+\s+)?(?:share|stock)?holders\s+(?:accept|tender))\b"
)
#: What ends a clause (a proposal's object and maker stand inside it).
_CLAUSE_END = re.compile(
    r"[;:!?]|,\s+(?:but|and|while|which|who|as|after|saying|calling|branding)\b|\s[-–—]+\s|[–—]"
)
#: The needles every verb above holds: a sentence with none of them tells no proposal.
_NEEDLES = (
    "reject", "rebuff", "snub", "spurn", "turn", "dismiss", "shun", "knock", "brush", "no to",
    "walk", "abandon", "drop", "withdr", "pull", "scrap", "ditch", "call", "end", "gave", "give", "retreat",
    "terminat", "backed", "backs", "quit", "break", "broke", "not", "won", "n't", "longer", "rule", "receiv", "approached", "been",
    "reviewing", "considering", "evaluating", "assessing", "studying", "examining", "weighing", "responding",
    "hostile", "unsolicited",
    "unfriendly", "uninvited",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Proposal:
    """A takeover proposal told in one sentence: where its verb stands, the bidder (buyer) and the target (either
    may be unnamed), the stage it tells (rejected, withdrawn, talks, announced), where the proposal's words end (its figure
    stands before), and the rule."""

    start: int
    end: int
    buyer: _Name | None
    target: _Name | None
    stage: str
    object_end: int
    rule: str


def _clause_end(doc: _Doc, b: int, s1: int) -> int:
    stop = _CLAUSE_END.search(doc.low, b, s1)
    return stop.start() if stop else s1


#: What a company's possessive may own as the subject of a proposal's verb ("X's board rejected").
_BOARD_WORDS = (
    "board",
    "directors",
    "management",
    "shareholders",
    "investors",
    "chair",
    "boss",
    "chief",
    "ceo",
)


def _subject(
    doc: _Doc, s0: int, at: int, names_in: Callable[[_Doc, int, int], list[_Name]] = _orgs_in
) -> _Name | None:
    """The organisation that is the subject of the verb at `at`: the last one before it in the sentence, up to
    five words between (an appositive between commas aside), none opening a clause of its own; a possessor only
    of its board, directors or holders ("X's board rejected"). `names_in` gives the names a subject may be."""
    before = [n for n in names_in(doc, s0, at) if n.end <= at]
    if not before:
        return None
    n = before[-1]
    gap = _SUBJECT_GAP.match(doc.low, n.end, at)
    if gap is None or gap.end() != at:
        return None
    if _possessor(doc, n) and not doc.low[n.end : gap.end()].lstrip("'’s ").startswith(_BOARD_WORDS):
        return None
    return n


#: The nouns a description names a company by in a proposal's telling (lower case; stop 57): "the Anglo-Dutch group",
#: "the company", "the target" -- read by `_DESCRIPTION_BACK` here and by bid_stages.py's agent of a proposal turned
#: down in the passive ("spurned by the Dutch consumer group"), which adds a lender, a rival and a company's board.
DESCRIPTION_NOUN = r"(?:company|group|firm|conglomerate|giant|maker|target|business)"
#: A company named back by a description as the subject of a verb, opening its clause (lower case; stop 57): "but the
#: Anglo-Dutch group ", "and the company ", "the target ".
_DESCRIPTION_BACK = re.compile(
    r"(?:^|[,;]\s+(?:but|and|while|yet)\s+|\s+(?:but|and)\s+)the\s+(?:[\w-]+\s+){0,2}?"
    + DESCRIPTION_NOUN
    + r"\s+(?:(?:has|had|have|swiftly|quickly|promptly|immediately)\s+)?$"
)


def _told_back(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The company a description names back as the subject of the verb at `at` ("X approached Y, but the Anglo-Dutch
    group rejected ..."): the target of the proposal the same sentence told as made before it -- the one a proposal
    is made to is the one who answers it (stop 57); None when the sentence tells no such proposal."""
    if not _DESCRIPTION_BACK.search(doc.low, max(s0, at - 60), at):
        return None
    made = [p for p in approaches(doc, s0, at) if p.target is not None]
    return made[-1].target if made else None


def _said_subject(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The company that tells its own (or its board's) act before the verb at `at` ("X said that its board had
    rejected")."""
    said = [n for n in _orgs_in(doc, s0, at) if n.end <= at and not _possessor(doc, n)]
    if said and _SAID_ITS.fullmatch(doc.low, said[-1].end, at):
        return said[-1]
    return None


def _maker(doc: _Doc, b: int, hi: int, lo: int) -> _Name | None:
    """The bidder named in a proposal's words [lo, b) by its possessive ("X's improved proposal") or right after
    the offer noun ending at `b` ("from its rival X", "by X")."""
    owners = [n for n in _orgs_in(doc, lo, b) if n.end <= b and _possessor(doc, n)]
    if owners:
        return owners[-1]
    m = _MAKER_AFTER.match(doc.low, b, hi)
    if m is not None:
        return _governed(doc, m.end(), hi)
    rel = _RELATIVE_MAKER.match(doc.low, b, hi)
    # "the offer that X had made", "the bid which X tabled last week": the relative clause's subject made it
    maker = next((n for n in _orgs_in(doc, rel.end(), hi) if n.start == rel.end()), None) if rel else None
    return maker if maker is not None and _MADE_AFTER.match(doc.low, maker.end, hi) else None


def _governed(doc: _Doc, a: int, hi: int) -> _Name | None:
    """The first organisation named after a preposition ending at `a`, up to a short descriptor between ("from
    its larger rival X", "of London-based rival Y")."""
    first = next((n for n in _orgs_in(doc, a, hi)), None)
    if first is None or not _DESCRIPTOR.fullmatch(doc.text, a, first.start):
        return None
    return first


def _last_proposed_deal(low: str, lo: int, hi: int) -> int | None:
    """Where the last deal told as proposed in [lo, hi) ends ("a proposed merger"), None when there is none."""
    return max((m.end() for m in _PROPOSED_DEAL.finditer(low, lo, hi)), default=None)


def _past(doc: _Doc, s0: int, a: int, hi: int) -> bool:
    """Does a past time stand in the clause of the verb at `a` (from the sentence's start or the last clause
    break before it, up to `hi`)?"""
    lo = s0
    for m in re.finditer(r"[;:(]|,\s", doc.low[s0:a]):
        lo = s0 + m.end()
    # "a year after Y rejected a $20 billion approach", "since Y turned down ...": a subordinate clause tells the
    # background of the page's news, not its stage
    return _PAST.search(doc.low, lo, hi) is not None or _SUBORDINATE.search(doc.low, lo, a) is not None


def negated_before(low: str, s0: int, at: int) -> bool:
    """Does a negation stand right before the verb at `at` in the sentence from `s0` ("has not launched", "never
    made", "didn't offer")? A bid denied is no stage of it."""
    return _NEGATED.search(low, max(s0, at - 12), at) is not None


def hostile_bid_at(low: str, s0: int, s1: int) -> list[tuple[int, int]]:
    """Where the sentence [s0, s1) tells a hostile or unsolicited bid made or launched ("has made an unsolicited offer
    for"): such a bid is read here alone (`party.hostile-bid`, with its bidder named), never as a plain proposal."""
    return [m.span() for m in _HOSTILE_LAUNCHED.finditer(low, s0, s1)]


def proposals(doc: _Doc, s0: int, s1: int) -> list[Proposal]:
    """`_proposals` of the sentence, read once per sentence (`_Doc.proposals`: the deal's parties, its status and its
    figures ask of the same sentences; do not modify the list)."""
    told = doc.proposals.get((s0, s1))
    if told is None:
        told = doc.proposals[(s0, s1)] = _proposals(doc, s0, s1)
    return told


def _proposals(doc: _Doc, s0: int, s1: int) -> list[Proposal]:
    """The takeover proposals the sentence [s0, s1) tells as turned down, walked away from or received, in text
    order (none told in the past)."""
    low = doc.low
    out: list[Proposal] = []
    if not needle_within(low, _NEEDLES, s0, s1):
        return out
    for m in _REJECT.finditer(low, s0, s1):
        stop = _clause_end(doc, m.end(), s1)
        obj = _offer_object(low, m.end() + 1, stop) if low.startswith(" ", m.end()) else None
        target = (
            _subject(doc, s0, m.start())
            or _said_subject(doc, s0, m.start())
            or _told_back(doc, s0, m.start())
        )
        if obj is None or target is None or _past(doc, s0, m.start(), stop):
            continue
        buyer = _maker(doc, obj.end(), stop, m.end())
        if buyer is not None and buyer.entity_id == target.entity_id:
            continue
        if AGREEMENT.search(low, obj.end(), s1):
            continue  # "rejected two approaches before it agreed to a takeover": the agreement is the stage
        out.append(Proposal(m.start(), m.end(), buyer, target, "rejected", obj.end(), "party.rejected"))
    for m in _REJECTED_BY.finditer(low, s0, s1):
        stop = _clause_end(doc, m.end(), s1)
        target = next((n for n in _orgs_in(doc, m.end(), stop) if n.start == m.end()), None)
        offer = list(re.finditer(OFFER_NOUN + r"\b", low[s0 : m.start()]))
        b = s0 + offer[-1].end() if offer else _last_proposed_deal(low, s0, m.start())
        board = _BOARD_AGENT.match(low, m.end(), stop)
        if target is None and board is not None:
            # "a proposed merger between X and Y has been rejected by the Y board", "X's bid was rejected by the board
            # of Y": the target's board turns it down; its name is the agent's, when the page types it an organisation
            named = [n for n in _orgs_in(doc, m.end(), stop) if n.start <= board.end()]
            target = named[0] if named else None
        if b is None or (target is None and board is None) or _past(doc, s0, m.start(), stop):
            continue
        buyer = _maker(doc, b, m.start(), s0)
        if buyer is None or target is None or buyer.entity_id != target.entity_id:
            out.append(
                Proposal(m.start(), m.end(), buyer, target, "rejected", m.start(), "party.rejected-by")
            )
    for m in _REJECTED_BARE.finditer(low, s0, s1):
        # "X's $9 billion offer for Y was rebuffed": the offer's maker and its object, named before the verb
        offer = list(re.finditer(OFFER_NOUN + r"\b", low[s0 : m.start()]))
        if not offer or _past(doc, s0, m.start(), _clause_end(doc, m.end(), s1)):
            continue
        b = s0 + offer[-1].end()
        buyer = _maker(doc, b, m.start(), s0)
        after = _TARGET_AFTER.match(low, b, m.start())
        target = _governed(doc, after.end(), m.start()) if after is not None else None
        if buyer is not None and target is not None and buyer.entity_id != target.entity_id:
            out.append(
                Proposal(m.start(), m.end(), buyer, target, "rejected", m.start(), "party.rejected-bare")
            )
    for m in WALK.finditer(low, s0, s1):
        stop = _clause_end(doc, m.end(), s1)
        obj = _TO_PURSUIT.match(low, m.end() + 1, stop) if low.startswith(" ", m.end()) else None
        buyer = _subject(doc, s0, m.start())
        if obj is None or buyer is None or _past(doc, s0, m.start(), stop):
            continue
        owners = [n for n in _orgs_in(doc, m.end(), obj.end()) if _possessor(doc, n)]
        after = _TARGET_AFTER.match(low, obj.end(), stop)
        target = owners[-1] if owners else None
        if target is None and after is not None:
            target = _governed(doc, after.end(), stop)
        if target is None or target.entity_id == buyer.entity_id:
            continue
        out.append(Proposal(m.start(), m.end(), buyer, target, "withdrawn", obj.end(), "party.withdrawn"))
    for m in WALK.finditer(low, s0, s1):
        # "X has called off its proposed acquisition of Y", "X withdrew its intention to purchase Y": the bidder ends
        # its own purchase, by its own act -- withdrawn (convention (af)); "X and Y called off" is both parties' (stop 49)
        stop = _clause_end(doc, m.end(), s1)
        obj = _TO_OWN_DEAL.match(low, m.end() + 1, stop) if low.startswith(" ", m.end()) else None
        buyer = _subject(doc, s0, m.start()) if obj is not None else None
        if (
            obj is None
            or buyer is None
            or _past(doc, s0, m.start(), stop)
            or _PAST.search(low, s0, m.start())
        ):
            continue  # "Last year, Z called off its purchase of W": a past time fronted before a comma dates it too
        if _SECOND_OF_TWO.search(low, max(s0, buyer.start - 6), buyer.start):
            continue
        after = _TARGET_AFTER.match(low, obj.end(), stop)
        target = _governed(doc, after.end(), stop) if after is not None else None
        if target is None or target.entity_id == buyer.entity_id:
            continue
        out.append(
            Proposal(m.start(), m.end(), buyer, target, "withdrawn", obj.end(), "party.withdrawn-deal")
        )
    for m in _NO_OFFER.finditer(low, s0, s1):
        stop = _clause_end(doc, m.end(), s1)
        said = [n for n in _orgs_in(doc, s0, m.start()) if n.end <= m.start() and not _possessor(doc, n)]
        buyer = _subject(doc, s0, m.start())
        if buyer is None and said and _SAID_IT.fullmatch(low, said[-1].end, m.start()):
            buyer = said[-1]
        if buyer is None or _past(doc, s0, m.start(), stop):
            continue
        after = _TARGET_AFTER.match(low, m.end(), stop)
        target = _governed(doc, after.end(), stop) if after is not None else None
        if target is not None and target.entity_id == buyer.entity_id:
            continue
        out.append(Proposal(m.start(), m.end(), buyer, target, "withdrawn", m.end(), "party.no-firm-offer"))
    for m in _HOSTILE_LAUNCHED.finditer(low, s0, s1):
        # "X has launched an unsolicited bid on Monday to take over Y": a bid put to the holders over the board's
        # head is told, not agreed -- announced (stop 51; the tables' reading of such a bid)
        stop = _clause_end(doc, m.end(), s1)
        buyer = _subject(doc, s0, m.start())
        if buyer is None and not _NAME_HEAD.fullmatch(doc.text, s0, m.start()):
            continue
        if _past(doc, s0, m.start(), stop) or negated_before(low, s0, m.start()):
            continue
        after = _HOSTILE_TARGET.match(low, m.end(), stop)
        target = _governed(doc, after.end(), stop) if after is not None else None
        if target is not None and buyer is not None and target.entity_id == buyer.entity_id:
            continue
        out.append(Proposal(m.start(), m.end(), buyer, target, "announced", m.end(), "party.hostile-bid"))
    for m in _RECEIVED.finditer(low, s0, s1):
        stop = _clause_end(doc, m.end(), s1)
        obj = _offer_object(low, m.end(), stop)
        approached = "approached" in low[m.start() : m.end()]
        said = [n for n in _orgs_in(doc, s0, m.start()) if n.end <= m.start() and not _possessor(doc, n)]
        target = _subject(doc, s0, m.start())
        if target is None and said and _SAID_IT.fullmatch(low, said[-1].end, m.start()):
            target = said[-1]
        if (obj is None and not approached) or target is None or _past(doc, s0, m.start(), stop):
            continue
        b = obj.end() if obj is not None else m.end() - 1
        weighed = "receiv" not in low[m.start() : m.end()] and not approached
        if weighed and not _MAKER_AFTER.match(low, b, stop):
            continue  # "X is weighing a bid for Y": the bidder weighs its own move, no proposal received
        buyer = _maker(doc, b, stop, m.end())
        if buyer is None and approached:
            buyer = next((n for n in _orgs_in(doc, m.end(), stop) if n.start == m.end()), None)
        if buyer is not None and buyer.entity_id == target.entity_id:
            continue
        out.append(Proposal(m.start(), m.end(), buyer, target, "talks", b, "party.received"))
    out.sort(key=lambda p: p.start)
    return out


#: A proposal made, told from the bidder's side (lower case; stop 57), each form ending right before the approached
#: company's name (a short descriptor may stand between: `_governed`): "proposed a $9 billion merger with ", "has
#: proposed a deal to buy ", "made an approach to ", "had made a comprehensive proposal to ", "approached ".
_MADE_PROPOSAL = re.compile(
    r"\b(?:(?:has|had|have)\s+)?propos(?:ed|es)\s+(?:an?|the|its)\s+(?:[\w$€£.,-]+\s+){0,4}?(?:merger|deal|combination|"
    r"tie-up|takeover|union|acquisition|transaction|link-up)\s+(?:with|of|for|to\s+(?:buy|acquire|take\s+over|"
    r"combine\s+with|merge\s+with))\s+"
    r"|\b(?:(?:has|had|have)\s+)?(?:made|makes|submitted|sent)\s+(?:an?|its|their)\s+(?:[\w$€£.,-]+\s+){0,4}?"
    r"(?:approach|proposal|overture)\s+(?:to|for)\s+"
    r"|\b(?:(?:has|had|have)\s+)?approach(?:ed|es)\s+"
)
#: "been approached by": the passive is a proposal received (`_RECEIVED`), never the bidder's own telling.
_BEEN_BEFORE = re.compile(r"\bbeen\s+$")
#: A description standing as the subject of a proposal's verb (stop 57): "the world's biggest miner ", "Europe's
#: second-largest cement maker " -- an article or a possessor, up to six words, and the words between it and the verb
#: the subject of a proposal may have (`_SUBJECT_GAP`, `_SAID_IT`).
_DESCRIBED = re.compile(r"(?:the|its|[a-z][\w.&-]*['’]s)\s+(?:[\w’'-]+\s+){0,5}?[a-z][\w-]*")


#: The longest description read as a subject (characters): seven words of a common length.
_DESCRIBED_REACH = 90
#: What may open a clause before its subject (lower case): quotation marks, a day, "then".
_CLAUSE_OPENING = re.compile(r"[\s\"“‘']*(?:(?:on\s+[a-z]+day|then|now|earlier|later)\s+)?")
#: A word's end.
_WORD_END = re.compile(r"\b(?=\s)")


def _described_subject(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The company a description standing as the subject of the verb at `at` names: the description opens its
    sentence (or a clause after a comma) and the page writes it elsewhere as the appositive of a name ("<B>, the
    world's biggest miner,", "<B> is the world's biggest miner") -- that name; None when the page never names it."""
    low = doc.low
    lo = max(s0, low.rfind(",", s0, at) + 1)
    opening = _CLAUSE_OPENING.match(low, lo, at)
    start = opening.end() if opening is not None else lo
    if at - start > _DESCRIBED_REACH:
        return None  # a description is a few words: a long clause before the verb holds none as its subject
    for e in (w.end() for w in _WORD_END.finditer(low, start, at)):
        gap = low[e:at]
        if _DESCRIBED.fullmatch(low, start, e) and (_SUBJECT_GAP.fullmatch(gap) or _SAID_IT.fullmatch(gap)):
            phrase = low[start:e].removeprefix("the ")
            return _named_as(doc, phrase, start) if len(phrase.split()) >= 2 else None
    return None


def _named_as(doc: _Doc, phrase: str, away: int) -> _Name | None:
    """The organisation the page names as `phrase` elsewhere than at `away`: right before it, as its appositive or its
    predicate ("<B>, the world's biggest miner", "<B> is the world's biggest miner"), or right after it ("the world's
    biggest miner, <B>,")."""
    at = doc.low.find(phrase)
    while at >= 0:
        if abs(at - away) > len(phrase) + 4:
            before = [n for n in _orgs_in(doc, max(0, at - 80), at) if n.end <= at]
            if before and re.fullmatch(
                r"(?:,|\s+(?:is|was|remains))\s+(?:the\s+)?", doc.low[before[-1].end : at]
            ):
                return before[-1]
            after = next(iter(_orgs_in(doc, at + len(phrase), at + len(phrase) + 6)), None)
            if after is not None and re.fullmatch(r",\s+", doc.low[at + len(phrase) : after.start]):
                return after
        at = doc.low.find(phrase, at + 1)
    return None


#: How far before a proposal's verb its subject is looked for (characters): a name, an appositive between commas and a
#: telling ("X, the drone maker, confirmed on Monday that it had").
_SUBJECT_REACH = 200


def approaches(doc: _Doc, s0: int, s1: int) -> list[Proposal]:
    """The proposals the sentence [s0, s1) tells as made, from the bidder's side (stop 57): "<B> proposed a merger with
    <T>", "<B> confirmed that it had approached <T>", "<B> made an approach to <T>". The bidder is the buyer, the
    approached company the target; the bidder may be named by a description the page gives a name elsewhere ("the
    world's biggest miner made an approach to <T>"), else it stays unnamed. Read by `deal_parties._parties` for the
    parties and by `_told_back` here for the target a description names back; the stage a made proposal tells is
    bid_stages.py's."""
    low = doc.low
    out: list[Proposal] = []
    if not needle_within(low, ("propos", "approach", "overture"), s0, s1):
        return out
    for m in _MADE_PROPOSAL.finditer(low, s0, s1):
        if _BEEN_BEFORE.search(low, max(s0, m.start() - 8), m.start()) or negated_before(low, s0, m.start()):
            continue
        stop = _clause_end(doc, m.end(), s1)
        target = _governed(doc, m.end(), stop)
        if target is None or _past(doc, s0, m.start(), stop):
            continue
        # the subject stands within a few words of its verb (`_SUBJECT_GAP`, `_SAID_IT`): names further back are none
        near = max(s0, m.start() - _SUBJECT_REACH)
        said = [n for n in _bidders_in(doc, near, m.start()) if n.end <= m.start() and not _possessor(doc, n)]
        buyer = _subject(doc, near, m.start(), _bidders_in)
        if buyer is None and said and _SAID_IT.fullmatch(low, said[-1].end, m.start()):
            buyer = said[-1]
        if buyer is None and not said:
            buyer = _described_subject(doc, s0, m.start())
        if buyer is not None and buyer.entity_id == target.entity_id:
            continue
        if buyer is None and said:
            continue  # a name stands before the verb but is no subject of it: no telling whose proposal it is
        out.append(Proposal(m.start(), m.end(), buyer, target, "proposed", m.end(), "party.proposal-made"))
    return out


def _bidders_in(doc: _Doc, lo: int, hi: int) -> list[_Name]:
    """The organisations named in [lo, hi), and the names typed a person by their shape alone (a company's name of two
    capitalised words looks like one: "Harlow Pell"), who may make a proposal as a company does (stop 57)."""
    return [
        n
        for n in _names_in(doc, lo, hi)
        if n.type in _ORGS or (n.type == EntityType.PERSON and n.rule == _SHAPE_ONLY)
    ]


#: The rule of a name typed a person by its shape alone (entities.py).
_SHAPE_ONLY = "entity.name-shape"


#: From a proposal's noun to the figure it is made for (lower case; stop 51): its maker told by "by" / "from" and up to
#: six words of a descriptor and a name, then "for" and an article or a hedge: "a tie-up proposal by its bigger rival
#: X for a ", "an offer for ", "an approach from X for about ". No clause break between: "rejected the bid, and sold
#: itself to Z for $5bn" names another sale.
_FOR_FIGURE_AFTER_OFFER = re.compile(
    r"(?:\s+(?:(?:made|tabled|submitted|lodged)\s+)?(?:by|from)(?:\s+[\w.&’'-]+){1,6}?)?(?:\s+for|"
    # what the proposal values its target at, in a relative clause or a participle right after it (stop 51): ", which
    # values Y at about ", " that valued Y at ", ", valuing Y at "
    r",?\s+(?:(?:which|that)\s+(?:would\s+|will\s+)?valu(?:e|es|ed)|valuing)(?:\s+[\w.&’'-]+){1,4}?\s+at)\s+"
    r"(?:(?:a|an|about|around|roughly|some|nearly|almost|approximately|more\s+than|over|up\s+to)\s+){0,2}"
)


def offer_figure(doc: _Doc, s0: int, s1: int, s: int) -> bool:
    """Does the figure at `s` stand in the words of a proposal the sentence [s0, s1) tells as turned down or
    walked away from, at the page's moment ("rejected a $12 billion approach from X"), or right after them as
    what the proposal is for ("turned down a tie-up proposal by X for a €12bn all-share merger", "rejected an offer
    for €12bn from X"; stop 51), or in an offer the target turned down, told after the bidder walked away from its
    bid ("<B> has dropped its bid for <T> days after <T> rejected a $N offer"; `_rejected_before_walk`, stop 57)? Its
    figure is the proposal's, no past deal."""
    found = proposals(doc, s0, s1)
    if any(
        p.end <= s < p.object_end or _FOR_FIGURE_AFTER_OFFER.fullmatch(doc.low, p.object_end, s) is not None
        for p in found
        if p.stage != "talks"
    ):
        return True
    return any(
        _rejected_before_walk(doc, p.object_end, s1, s)
        for p in found
        if p.stage == "withdrawn" and p.object_end <= s
    )


def _rejected_before_walk(doc: _Doc, a: int, s1: int, s: int) -> bool:
    """Does the figure at `s` stand in the words of an offer turned down, told after a bidder's walk-away ending at `a`
    in the same sentence ("<B> has dropped its bid for <T> days after <T> rejected a $N offer"; stop 57)? The offer
    turned down is the bid walked away from, its figure the bid's; a span of months or years between tells an earlier
    bid ("months after it rejected a $N approach")."""
    low = doc.low
    for m in _REJECT.finditer(low, a, s):
        obj = (
            _offer_object(low, m.end() + 1, _clause_end(doc, m.end(), s1))
            if low.startswith(" ", m.end())
            else None
        )
        if obj is not None and m.end() < s < obj.end() and _PAST.search(low, a, obj.end()) is None:
            return True
    return False


#: A proposal, or the report of one, named back in a later sentence (lower case; stop 56): "it", "them", "the
#: approach", "the $9 billion offer", "the reports", "the story".
_TOLD_BACK = r"(?:it|them|the\s+(?:[\w$€£.,-]+\s+){0,3}?(?:" + OFFER_NOUN[3:-1] + r"|reports?|story|stories))"
#: A report of a proposal named back (lower case): its denial is the report's, no proposal turned down.
_REPORT_BACK = re.compile(r"(?:reports?|story|stories)$")
#: A proposal named back as the object of a verb of turning it down or denying it (lower case; stop 56): "<Y>'s board
#: rejected it", "Y swiftly turned down the approach", "X denied the reports".
_ANSWER_ACTIVE = re.compile(
    r"\b(?P<verb>" + REJECT_VERBS + r"|denied|denies)\s+(?P<obj>" + _TOLD_BACK + r")(?![\w-])"
)
#: The same named back as the subject of the passive (lower case; stop 56): "The report was denied by X", "The offer
#: has been rejected by Y's board".
_ANSWER_PASSIVE = re.compile(
    r"\b(?P<obj>" + _TOLD_BACK + r")\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>rejected|rebuffed|snubbed|spurned|turned\s+down|dismissed|shunned|knocked\s+back|brushed\s+off|"
    r"denied)\s+by\b"
)


def proposal_answer(doc: _Doc, s0: int, s1: int) -> Proposal | None:
    """The answer a sentence after a proposal's gives it, naming it back (stop 56, "deals56b"): "<X> made an approach
    for <Y> ... <Y>'s board rejected it on Friday" (stage rejected), "... The report was denied by <X>" (stage denied:
    the report of the proposal, not the proposal, is answered). None when the sentence answers nothing named back, or
    tells the answer in the past ("had rejected it last year")."""
    low = doc.low
    found = [m for pat in (_ANSWER_ACTIVE, _ANSWER_PASSIVE) if (m := pat.search(low, s0, s1)) is not None]
    if not found:
        return None
    m = min(found, key=lambda x: x.start())
    if negated_before(low, s0, m.start("verb")) or _past(doc, s0, m.start(), _clause_end(doc, m.end(), s1)):
        return None
    denied = m.group("verb").startswith("den") or _REPORT_BACK.search(m.group("obj")) is not None
    stage = "denied" if denied else "rejected"
    return Proposal(m.start(), m.end(), None, None, stage, m.end(), f"party.answer-after({stage})")
