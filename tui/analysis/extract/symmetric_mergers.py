"""A merger told with a symmetric verb (stop 51): "X agreed to merge with Y", "X agreed to a tie-up with Y", "X and Y
agree to combine", "a proposed merger between X and Y". Such a verb names two parties, not who buys whom: the page's
order is no buyer's. What the page tells elsewhere decides, in `deal_parties.merger_order`: the company whose shares
pay the other's holders (the share issuer, `share_issuers`: "X will issue 1.2 shares to Y's holders", "Y holders
will receive 0.8 X shares for each share", the convention of amd-xilinx-2020's table), then the holders' larger part
or the name kept, then the other of the one told as bought (`told_bought_ids`: "any buyer for Y"), then the one told
worth a multiple of the other (`told_bigger`). A merger told as a noun between two (`merger_between`) has as its
target the one that turns it down (`rejecter`), else the same clues.

Also here: the name the merger gives the company it makes ("to form <NewName>", "the merged entity, <NewName>"),
never a party.

Read for `deal_parties`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re

from tui.analysis.extract.fact_layout import (
    _ORGS,
    _Doc,
    _Name,
    _names_in,
    _orgs_in,
    _possessor,
    top_sentences,
)
from tui.analysis.extract.sale_words import JOINT_VENTURE_NOUN, MADE_NOUN, MADE_WORD, VENTURE_TOLD
from tui.analysis.model import EntityType


def _only(ids: dict[str, _Name], found: set[str]) -> _Name | None:
    """The one name of `ids` whose entity id `found` holds alone; None when it holds none, or both."""
    return ids[next(iter(found))] if len(found) == 1 else None


def distinct_neighbours(names: list[_Name]) -> list[_Name]:
    """`names` less each one of the same entity as the name right before it ("X (XTK) and Y": a ticker that names X
    again is no second name); no two neighbours of the result are of one entity."""
    return [n for k, n in enumerate(names) if k == 0 or n.entity_id != names[k - 1].entity_id]


#: A symmetric merger word, the whole deal word matched by the verb lexicon (lower case): "merge with", "merging
#: with", "combine with", "merger with", "tie-up with", "combination with".
_SYMMETRIC = re.compile(r"(?:to\s+)?(?:merg|combin|tie-up|tie\s+up)[a-z-]*(?:\s+with)?")


def symmetric_verb(low: str, start: int, end: int) -> bool:
    """Is the deal word at [start, end) a symmetric merger word ("merge with", "a tie-up with"), one that names two
    parties and no buyer?"""
    return _SYMMETRIC.fullmatch(low, start, end) is not None


#: A symmetric merger word right after white space (lower case): " merge", " combine with".
_SYMMETRIC_AFTER = re.compile(r"\s+" + _SYMMETRIC.pattern)


def merger_verb_at(low: str, at: int) -> bool:
    """Does a symmetric merger word follow `at` ("announced plans to| merge", "unveiled a plan to| combine")? A plan
    announced to merge is the plan's announcement, never an acquisition's (stop 56)."""
    return _SYMMETRIC_AFTER.match(low, at) is not None


#: After the issuer's name, its issuing of shares to the other's holders (lower case): " will issue 1.25 new shares",
#: " would issue about 0.9 ordinary shares", " is to exchange 1.1 of its shares", " will give 2 shares".
_ISSUES_AFTER = re.compile(
    r"(?:['’]s\s+board)?\s+(?:will|would|is\s+to|are\s+to|is\s+set\s+to|plans\s+to|has\s+agreed\s+to|agreed\s+to|"
    r"intends\s+to)\s+(?:issue|exchange|give|offer|deliver)\s+(?:about\s+|approximately\s+|roughly\s+|some\s+)?"
    r"\d[\d,]{0,12}(?:\.\d{1,6})?\s+(?:(?:new|ordinary|common|class\s+[ab]|of\s+its(?:\s+own)?)\s+){0,2}shares?\b"
)
#: Before the issuer's name, the other's holders receiving its shares (lower case): "receive 0.8 ", "will get 1.5 new
#: shares of ", "be given 2 ".
_RECEIVES_BEFORE = re.compile(
    r"\b(?:receive|receives|receiving|get|gets|getting|be\s+given|be\s+issued)\s+(?:about\s+|approximately\s+|"
    r"roughly\s+|some\s+)?\d[\d,]{0,12}(?:\.\d{1,6})?\s+(?:(?:new\s+|ordinary\s+|common\s+)?shares?\s+of\s+)?$"
)
#: After the issuer's name when its shares are received ("0.8 X shares"): " shares", " ordinary shares".
_ITS_SHARES_AFTER = re.compile(
    r"(?:\s+(?:plc|inc\.?|ltd\.?|corp\.?))?\s+(?:new\s+|ordinary\s+|common\s+)?shares?\b"
)
#: How far before a name a receiving verb is looked for.
_RECEIVES_REACH = 60


def share_issuers(doc: _Doc) -> frozenset[str]:
    """The entity ids of the companies the page tells issuing their shares to another's holders ("X will issue 1.3
    new shares to Y's holders", "Y holders will receive 0.8 X shares for each share", "receive 2 shares of X"), read
    once per body: of two merging companies, the one of them alone in it issues (deal_parties.merger_order)."""
    found: set[str] = set()
    for s0, s1 in doc.body:
        if "share" not in doc.low[s0:s1]:
            continue
        for n in _names_in(doc, s0, s1):
            if n.type not in _ORGS:
                continue
            if _ISSUES_AFTER.match(doc.low, n.end, s1):
                found.add(n.entity_id)
                continue
            before = _RECEIVES_BEFORE.search(doc.low, max(s0, n.start - _RECEIVES_REACH), n.start)
            if before is not None and (
                before.group().endswith("of ") or _ITS_SHARES_AFTER.match(doc.low, n.end, s1)
            ):
                found.add(n.entity_id)
    return frozenset(found)


def one_of_pair(ids: frozenset[str], a: _Name, b: _Name) -> _Name | None:
    """The one of `a` and `b` whose entity id `ids` holds alone; None when it holds neither, or both."""
    pair = {a.entity_id: a, b.entity_id: b}
    return _only(pair, set(pair) & ids)


#: Before the name a merger gives the company it makes (lower case): "to form ", "to create ", "to become ", "the merged
#: entity, ", "the combined company, ", "the new company, to be named ", "will be known as ". The company's nouns are
#: sale_words.MADE_NOUN and "miner" ("the merged miner, to be named ..."), a trade noun the other readers of MADE_NOUN
#: were never given: kept here alone so that the merge of the lists (stop 63) changes no reading.
_NEW_NAME_BEFORE = re.compile(
    r"(?:\bto\s+(?:form|create|become)\s+(?:the\s+|a\s+new\s+(?:company|group|firm|entity)\s+(?:called|named)\s+)?|"
    r"\b" + MADE_WORD + r"\s+(?:" + MADE_NOUN + r"|miner)\s{0,3},\s+"
    r"(?:to\s+be\s+(?:called|named|known\s+as)\s+)?(?:the\s+)?|"
    r"\bwill\s+be\s+(?:called|named|known\s+as)\s+|"
    r"\bwhat\s+would\s+be\s+known\s+as\s+)$"
)
#: A merger word at the page's top (lower case): "merge", "merger", "combine", "combination", "tie-up".
_MERGER_WORD = re.compile(r"\b(?:merg|combin|tie-up)")
#: How many body sentences from the top a merger is looked for in: its word here, its two companies
#: and its clue in deal_parties.py.
MERGER_TOP = 8
#: How far before a name the cue of a new name is looked for.
_NEW_NAME_REACH = 70


def new_company_names(doc: _Doc) -> set[str]:
    """The entity ids of the names the page gives the company a merger makes ("to form Tallis Rennick", "the merged
    group, Rennick Power"): a company the deal makes is never one of its parties. A name the page also tells as
    merging is not taken ("Y agreed to merge with X to form a bigger X" keeps X a party): only one never named
    before its cue. Only on a page whose top tells a merger ("merge", "combine", "tie-up"): "X and Y will invest $5
    billion each to form Z" makes a venture both back, a party of its own."""
    top = list(dict.fromkeys(doc.lead + ([doc.headline] if doc.headline else []) + doc.body[:MERGER_TOP]))
    if not any(_MERGER_WORD.search(doc.low, s0, s1) for s0, s1 in top):
        return set()
    seen: set[str] = set()
    new: set[str] = set()
    for n in doc.names:
        if n.type not in _ORGS:
            continue
        if (
            n.entity_id not in seen
            and not _possessor(doc, n)
            and _NEW_NAME_BEFORE.search(doc.low, max(0, n.start - _NEW_NAME_REACH), n.start)
        ):
            new.add(n.entity_id)
        seen.add(n.entity_id)
    return new


#: The nouns of a company's buyer (lower case), one list for the two places it is read from below (stop 63).
_BUYER_NOUN = r"(?:buyers?|acquirers?|purchasers?|suitors?|bidders?)"
#: Before a company the page tells as the one bought (lower case): "any prospective buyer for ", "a suitor of ", "the
#: bidders for the ".
_BUYER_OF_BEFORE = re.compile(r"\b" + _BUYER_NOUN + r"\s+(?:for|of)\s+(?:the\s+)?$")
#: After it: "'s eventual buyer", "’s would-be acquirer".
_ITS_BUYER_AFTER = re.compile(
    r"(?:'s|’s)\s+(?:(?:would-be|prospective|potential|eventual|future|new)\s+)?" + _BUYER_NOUN + r"\b"
)
#: How far before a name the noun of its buyer is looked for.
_BUYER_OF_REACH = 40


def told_bought_ids(doc: _Doc) -> frozenset[str]:
    """The entity ids of the companies the page tells as the one bought ("any buyer for Y would have to", "Y's
    eventual acquirer"), read once per body: of two merging companies, the one of them alone in it is the target
    (deal_parties.merger_order)."""
    return frozenset(
        n.entity_id
        for n in doc.names
        if _BUYER_OF_BEFORE.search(doc.low, max(0, n.start - _BUYER_OF_REACH), n.start) is not None
        or _ITS_BUYER_AFTER.match(doc.low, n.end) is not None
    )


#: Before the first company of a merger told as a noun between two (lower case): "a proposed merger between ", "the
#: planned combination between the ", "a tie-up between "; also "the merger of ", "the deal between " and a descriptor
#: of up to three words before the first name ("the merger of supermarket giants "; stop 52), or a home told with a
#: comma before "-based" ("the deal between san jose, california-based "; stop 53).
_BETWEEN_BEFORE = re.compile(
    r"\b(?:(?:mergers?|combinations?|tie-ups?|union)\s+(?:between|of)|(?:deal|transaction)\s+between)\s+(?:the\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,3}|(?:[a-z][\w.-]*\s+){0,2}[a-z][\w.-]*,\s+[a-z][\w.-]*-based\s+(?:[a-z][\w-]*\s+){0,2})$"
)
#: After two companies joined as one object, the merger a court or a regulator stops (lower case; stop 52): " from
#: merging", " from combining".
_FROM_MERGING = re.compile(r"\s+from\s+(?:merging|combining)\b")
#: An optional bracketed ticker right after a name (a pattern's piece): "(TLS)", "[LON-TLS]", "(TLS.B-TSX, TLS-NYSE)".
TICKER_AFTER = r"(?:\s{0,2}[(\[][^()\[\]]{1,48}[)\]])?"
#: Between the two companies: " and ", " and the ", a bracketed ticker before.
_BETWEEN_AND = re.compile(TICKER_AFTER + r"\s+and\s+(?:the\s+)?")
#: Before the company that turns the merger down (lower case): "rejected by the ", "has been rebuffed by ".
_REJECTED_BY_BEFORE = re.compile(
    r"\b(?:rejected|rebuffed|spurned|snubbed|turned\s+down|dismissed)\s+by\s+(?:the\s+|its\s+)?$"
)
#: After the company that turns the merger down, actively: its board, then the verb ("'s board has rejected", "' board",
#: " rejected", " has turned down").
_REJECTS_AFTER = re.compile(
    r"(?:['’]s?\s+(?:board|directors|board\s+of\s+directors))?\s+(?:has\s+|had\s+|have\s+)?(?:unanimously\s+)?"
    r"(?:rejected|rejects|rebuffed|rebuffs|spurned|snubbed|turned\s+down|dismissed)\b"
)
#: How far before a name its passive verb of turning down is looked for.
_REJECTED_REACH = 30


def merger_between(doc: _Doc, s0: int, s1: int, kinds: tuple[object, ...]) -> list[tuple[int, _Name, _Name]]:
    """The mergers the sentence [s0, s1) tells as a noun between two named companies ("a proposed merger between X
    and the Y"), in text order: where the noun's words start, and the two names in the page's order. A name
    of one of `kinds` stands as a company (a bank the entity typing took for a person still is one between "merger
    between" and "and")."""
    names = distinct_neighbours([n for n in _names_in(doc, s0, s1) if n.type in kinds])
    out: list[tuple[int, _Name, _Name]] = []
    for a, b in zip(names, names[1:], strict=False):
        if not _BETWEEN_AND.fullmatch(doc.low, a.end, b.start) or (
            a.type not in _ORGS and b.type not in _ORGS
        ):
            continue
        m = _BETWEEN_BEFORE.search(doc.low, max(s0, a.start - 70), a.start)
        if m is not None:
            out.append((m.start(), a, b))
        elif _FROM_MERGING.match(doc.low, b.end, s1):
            # "a judge blocked A and B from merging" (stop 52)
            out.append((a.start, a, b))
    return out


#: A merger noun where `merger_between` says its words start (lower case).
_MERGER_NOUN_AT = re.compile(r"(?:mergers?|combinations?|tie-ups?|union|deal|transaction)\b")
#: Before a merger noun, what tells it a deal of the page and not a merger talked of (lower case; stop 52): a definite
#: determiner ("the proposed $9 billion ", "their planned ", "the ") or a stage word ("a proposed ", "a pending ").
_REAL_DEAL_BEFORE = re.compile(
    r"(?:\b(?:the|its|their|this)\s+(?:[\w$€£.,-]+\s+){0,4}|"
    r"\b(?:proposed|planned|pending|agreed|announced|billion|million)\s+(?:[\w$€£.,-]+\s+){0,3})$"
)
#: How far before a merger noun its determiner or stage word is looked for.
_REAL_DEAL_REACH = 60


def told_as_a_deal(doc: _Doc, s0: int, start: int, first: _Name) -> bool:
    """Is the merger `merger_between` found at `start` (its first company `first`) told as a deal the page is about:
    two companies stopped from merging, or a merger noun with a definite determiner or a stage word ("halted the merger
    of A and B", "blocked a proposed merger between A and B")? "Analysts have long talked of a merger between A and B"
    is a merger talked of, no deal (stop 52). Two stopped from merging start at the first name, whatever its words
    ("Union Pacific and Norfolk Southern from merging" is no "union" noun)."""
    if start == first.start or _MERGER_NOUN_AT.match(doc.low, start) is None:
        return True
    return _REAL_DEAL_BEFORE.search(doc.low, max(s0, start - _REAL_DEAL_REACH), start) is not None


def rejecter(doc: _Doc, s0: int, s1: int, a: _Name, b: _Name) -> _Name | None:
    """The one of two companies the sentence [s0, s1) tells turning a merger down ("... has been rejected by the Y
    board", "Y's board rejected a merger between X and Y"); None when neither or both."""
    ids = {a.entity_id: a, b.entity_id: b}
    found = {
        n.entity_id
        for n in _names_in(doc, s0, s1)
        if n.entity_id in ids
        and (
            _REJECTED_BY_BEFORE.search(doc.low, max(s0, n.start - _REJECTED_REACH), n.start) is not None
            or _REJECTS_AFTER.match(doc.low, n.end, s1) is not None
        )
    }
    return _only(ids, found)


#: Between two merging companies, the first told as worth a multiple of the second (lower case): " is worth more than
#: double ", " was about twice the size of ", " would be three times as big as the ".
_BIGGER_THAN = re.compile(
    r"(?:['’]s\s+market\s+value)?\s+(?:is|was|would\s+be)\s+(?:worth\s+|valued\s+at\s+)?(?:more\s+than\s+|nearly\s+|"
    r"almost\s+|about\s+|roughly\s+|over\s+)?(?:double|twice|triple|(?:two|three|four|\d{1,2}(?:\.\d)?)\s+times)\s+"
    r"(?:the\s+size\s+of\s+|that\s+of\s+|as\s+(?:big|large)\s+as\s+)?(?:the\s+)?"
)


def told_bigger(doc: _Doc, sentence_names: tuple[tuple[_Name, ...], ...], a: _Name, b: _Name) -> _Name | None:
    """The one of two merging companies the page tells as worth a multiple of the other ("even though X is worth more
    than double Y", "X is about twice the size of Y"): in a merger of unequal sizes called one of equals, the bigger
    one issues the shares; None when the page tells no such comparison of the two, or both ways. `sentence_names`:
    each body sentence's names, read once per body (fact_layout.MergerClues)."""
    ids = {a.entity_id: a, b.entity_id: b}
    found: set[str] = set()
    for in_sentence in sentence_names:
        names = [n for n in in_sentence if n.entity_id in ids]
        for x, y in zip(names, names[1:], strict=False):
            if x.entity_id != y.entity_id and _BIGGER_THAN.fullmatch(doc.low, x.end, y.start):
                found.add(x.entity_id)
    return _only(ids, found)


#: A joint venture's noun (lower case): "joint venture", "JV", "50-50 venture" (stop 60, "jv2"; stake_holders' noun).
_JOINT_VENTURE = re.compile(r"(?<![\w-])" + JOINT_VENTURE_NOUN + r"(?![\w-])")
#: A venture told by its noun or as formed ("will set up a venture"; lower case; stop 61, "jv2b").
_VENTURE_TOLD = re.compile(VENTURE_TOLD)
#: Between the two partners told together (lower case): " and ", " & ".
_PARTNERS_GAP = re.compile(r"\s+(?:and|&)\s+")
#: Between a venture's noun and its two partners told after it (lower case; stop 61): "a joint venture between A and
#: B", "a venture of ".
_PARTNERS_AFTER = re.compile(r"\s+(?:between|of)\s+(?:the\s+)?")
#: How far into its sentence a pair of partners that opens it may start ("Separately, A and B ..."): a pair that opens
#: a sentence is its subject, whose venture a later sentence may name (stop 61).
_PAIR_OPENS = 40
#: Right before the name a joint venture is given (lower case): "to be called ", "will trade as ", "named ", "a joint
#: venture, " (its apposition), "known as ", "under the name ".
_VENTURE_NAME_BEFORE = re.compile(
    r"(?:\bto\s+be\s+(?:called|named|known\s+as)|\bwill\s+(?:trade|operate|be\s+known)\s+as|\btrading\s+as|"
    r"\b(?:called|named|dubbed|known\s+as)|\bunder\s+the\s+name|(?:" + _JOINT_VENTURE.pattern + r")\s{0,3},|"
    # "The venture, V, will ...", "the new venture, V," (stop 61)
    r"\b(?:the|a|an|their|this)\s+(?:new\s+)?venture\s{0,3},)"
    r"\s+(?:the\s+)?$"
)
#: How far before a name the cue of a venture's name is looked for.
_VENTURE_NAME_REACH = 30
#: What a partner of a venture may be typed: a company (`_ORGS`) or a person (a founder's own venture, or a company's
#: name the typing took for a person's).
_PARTNER_TYPES = (*_ORGS, EntityType.PERSON)
#: The rule of a joint venture's parties: no buyer, the venture (when named) the target.
JOINT_VENTURE_RULE = "party.joint-venture"


def joint_venture(doc: _Doc) -> tuple[_Name | None, tuple[_Name, _Name]] | None:
    """A joint venture two companies form together, told at the page's top ("A and B will form a joint venture, to be
    called V", "which A and B are setting up as a joint venture, will trade as V", "A and B agreed to create a joint
    venture, V", "a joint venture between A and B"): neither partner buys the other (stop 60). The venture's name may
    come in a later top sentence after a pair that opens an earlier one ("A and B will team up ... The venture, to be
    called V, will ..."; stop 61). Returns the venture's name (None when the page gives it none) and the two partners,
    or None when the top tells no venture of two partners. A stake bought in a partner's unit ("A will buy a 40% stake
    in B's unit") has no joint-venture noun and stays a purchase."""
    opening: tuple[_Name, _Name] | None = None  # a pair that opens an earlier top sentence
    for s0, s1 in sorted(top_sentences(doc)):
        named_ones = distinct_neighbours([n for n in _names_in(doc, s0, s1) if n.type in _PARTNER_TYPES])
        pairs = [
            (a, b)
            for a, b in zip(named_ones, named_ones[1:], strict=False)
            if a.entity_id != b.entity_id
            and _PARTNERS_GAP.fullmatch(doc.low, a.end, b.start)
            and not _possessor(doc, a)
            and not _possessor(doc, b)
        ]
        jv = _VENTURE_TOLD.search(doc.low, s0, s1)
        if jv is None:
            if opening is None and pairs and pairs[0][0].start - s0 <= _PAIR_OPENS:
                opening = pairs[0]
            continue
        pair = next(
            (
                (a, b)
                for a, b in pairs
                if b.end <= jv.start() or _PARTNERS_AFTER.fullmatch(doc.low, jv.end(), a.start)
            ),
            None,
        )
        orgs = distinct_neighbours(_orgs_in(doc, s0, s1))
        named = next(
            (
                n
                for n in orgs
                if pair is None or n.entity_id not in (pair[0].entity_id, pair[1].entity_id)
                if _VENTURE_NAME_BEFORE.search(doc.low, max(s0, n.start - _VENTURE_NAME_REACH), n.start)
            ),
            None,
        )
        if (
            pair is None
            and named is not None
            and opening is not None
            and named.entity_id not in (opening[0].entity_id, opening[1].entity_id)
        ):
            return (
                named,
                opening,
            )  # "A and B will pool their terminals. The venture, V, will ...": the earlier pair
        if pair is None:
            if opening is None and pairs and pairs[0][0].start - s0 <= _PAIR_OPENS:
                opening = pairs[0]
            continue
        return named or _named_later(doc, pair, s1), pair
    return None


def _named_later(doc: _Doc, pair: tuple[_Name, _Name], after: int) -> _Name | None:
    """The venture's name a later top sentence gives in its own apposition ("A and B will form a joint venture. The
    venture, to be called V, will ..."; stop 61): a company other than the partners right after the cue of a venture's
    name."""
    for s0, s1 in sorted(top_sentences(doc)):
        if s0 < after:
            continue
        for n in distinct_neighbours(_orgs_in(doc, s0, s1)):
            if n.entity_id not in (pair[0].entity_id, pair[1].entity_id) and _VENTURE_NAME_BEFORE.search(
                doc.low, max(s0, n.start - _VENTURE_NAME_REACH), n.start
            ):
                return n
    return None
