"""A company's unit sold with no name of its own, and a sale told from the seller's side (stop 53).

A carve-out is told by the unit's kind: "X will buy Y's NAND memory and storage business", "X will acquire the
NAND business of chipmaker Y", "Y agreed to sell its flash-memory business to X". The thing bought is then neither Y
(the seller stays; it is not bought) nor a technology word inside the kind ("NAND"): it is Y's unit, labelled by its
owner, its kind and its noun ("Y NAND business": a kind led by an acronym is told by the acronym, as a reader shortens
it; else by its words). A sale told by its seller ("Y agreed to sell <its unit, or Z> to X", "Y is handing the unit
over to X") has as its buyer the one after "to", never the sentence's subject. A unit named by apposition ("Y's cloud
unit Zephyr") is a named unit (deal_parties' named unit), no carve-out here; goods sold to a customer ("Y sells chips
to X") name no unit and no sale of one.

Read for `facts._deal`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.analysis.extract.deal_parties import NEW_UNIT_OBJECT, UNIT_LABEL_ID, _party_value, unit_named_after
from tui.analysis.extract.fact_layout import _ORGS, _Doc, _Name, _names_in, _possessor, top_sentences
from tui.analysis.extract.sale_words import BUSINESS_NOUN, HOLDING_NOUN, TO_BUYER_BEFORE, UNIT_NOUN

#: A unit's kind: up to five words, none a preposition, article or pronoun ("NAND memory and storage", "frozen
#: desserts"; "stake in a", "shares held by its" are no kind).
_KIND_WORD = r"(?!(?:in|by|of|from|with|for|to|at|on|that|which|who|its|their|his|her|a|an|the)\b)[\w-]+\s+"
#: A unit's noun (lower case): a line of business ("business", "operations") or a company's unit ("unit", "division",
#: "arm", "subsidiary": `sale_words`, the words deal_parties reads too).
_UNIT_NOUN = r"(?:" + BUSINESS_NOUN + "|" + UNIT_NOUN + ")"
#: After an owner's name, its unit told by its kind (case-sensitive; group "kind"): "'s NAND memory and storage
#: business", "’s (TKR) “flash-memory business", " Corp.'s consumer chip unit" (up to five words of kind; a unit
#: whose name follows, "'s cloud unit Zephyr", is a named unit: `deal_parties.unit_named_after`).
_OWNED_UNIT = re.compile(
    r"(?:\s+(?i:corp|inc|co|ltd)\.?)?(?:['’]s|(?<=s)['’])\s+(?:\([^()]{1,12}\)\s*)?[\"“]?(?:the\s+)?"
    r"(?P<kind>(?:" + _KIND_WORD + r"){1,5}?)(?P<noun>" + _UNIT_NOUN + r")\b"
)
#: Before an owner's name, its unit told by its kind and "of" (case-sensitive; group "kind"): "the NAND memory and
#: storage business of ", "the consumer chip unit of U.S. semiconductor maker " (up to four words before the name).
_UNIT_OF = re.compile(
    r"\bthe\s+(?P<kind>(?:"
    + _KIND_WORD
    + r"){1,5}?)(?P<noun>"
    + _UNIT_NOUN
    + r")\s+of\s+(?:[\w.'’-]+\s+){0,4}?$"
)
#: After a seller's sale verb, its own unit (case-sensitive; group "kind"): "its flash-memory manufacturing business",
#: "their consumer chip unit".
_ITS_UNIT = re.compile(
    r"(?:a\s+chunk\s+of\s+)?(?:its|their)\s+(?P<kind>(?:"
    + _KIND_WORD
    + r"){0,5}?)(?P<noun>"
    + _UNIT_NOUN
    + r")\b"
)
#: A verb of buying right before the unit or its owner's descriptor (lower case): "buy ", "to acquire ", "purchased ",
#: "take over ", "is acquiring " (up to six words between the verb and the owner's name, a percent among them: "has
#: acquired a 40% stake in ").
_BUY_BEFORE = re.compile(
    r"\b(?:buy|buys|buying|bought|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|"
    r"take\s+over|takes\s+over|taking\s+over)\s+(?:[\w.'’%-]+\s+){0,6}?$"
)
#: A verb of selling (lower case): "sell", "sells", "selling", "sold", "hand", "handing", "hands", "handed"; "cede",
#: "ceding" ("ceding control of the unit to X": stop 59).
_SELL = re.compile(r"\b(?:sell|sells|selling|sold|hand|hands|handed|handing|cede|cedes|ceded|ceding)\s+")
#: A holding sold (lower case): a holding of shares (`sale_words.HOLDING_NOUN`: "stake", "holdings", "shares", ...) or,
#: between the sale verb and its buyer, an "interest" ("sold its 12% interest in Z to X").
_HOLDING_SOLD = re.compile(r"\b(?:" + HOLDING_NOUN + r"|interest)\b")
#: An acronym of the kind (case-sensitive): "NAND", "SSD", "DRAM", "LTE" -- two to six capitals or digits, a capital
#: first ("5G", a digit first, is none).
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
#: A unit's noun as a whole word (lower case): "the unit", "its operations" -- never a word holding one ("community",
#: "opportunity", "pharmaceutical", "farm").
_UNIT_WORD = re.compile(r"\b" + _UNIT_NOUN + r"\b")
#: A unit told by a kind or an article before it, wherever the page tells it (case-sensitive; group "kind"): "its
#: payments and lending division", "The payments and lending unit" (an owner's possessive: `_OWNED_UNIT`).
_ITS_OR_THE_UNIT = re.compile(
    r"\b(?i:its|their|the)\s+(?P<kind>(?:" + _KIND_WORD + r"){1,5}?)(?P<noun>" + _UNIT_NOUN + r")\b"
)
#: Words of a unit's kind that tell no kind (lower case): "its key business", "the core unit", "the whole division".
_NO_KIND_WORDS = frozenset(
    {"key", "core", "main", "flagship", "principal", "prized", "biggest", "largest", "namesake", "same", "whole",
     "entire", "new", "newly", "combined", "merged", "separate", "separated", "remaining", "former", "own", "existing",
     "non-core", "noncore", "other"}
)  # fmt: skip
#: How far before a name a buying verb and its descriptor may stand.
_BUY_REACH = 80
#: How far after a sale verb its buyer may stand.
_SALE_REACH = 220


@dataclass(frozen=True, slots=True)
class UnitSale:
    """A unit's sale: its owner (the seller), the unit as a party (a name made of its label, over the unit's words),
    and the buyer named after "to" when the seller tells the sale (else None)."""

    owner: _Name
    unit: _Name | None
    buyer: _Name | None


#: "and" between two words of a unit's kind (case-sensitive): "payments and lending", "Ports and Logistics".
_KIND_AND = re.compile(r"(?<=\w)\s+and\s+(?=\w)")


#: The nouns of a line of business a label writes "business" (lower case): a unit, a division, an arm, its operations
#: are one line of business however the page calls it; a subsidiary, an affiliate or a venture keeps its noun. Only
#: the nouns `_UNIT_NOUN` matches reach a label (sale_words.UNIT_NOUN has no plural: "units" is never read as one).
_LINE_NOUNS = frozenset({"business", "businesses", "unit", "division", "arm", "operation", "operations"})


def _label(doc: _Doc, owner: _Name, kind: str, noun: str) -> str:
    """'<Owner> <acronym or kind> <noun>': "Y NAND business", "Y flash-memory manufacturing business", "Y jet
    subsidiary". One line of business is one label whatever noun the page gives it (its unit, division, arm or business
    are "business": `_LINE_NOUNS`, stop 59), and a kind told with "and" or "&" is one kind, written with "&" ("Y
    payments & lending business" for "Y's payments and lending division")."""
    acronym = _ACRONYM.search(kind)
    told = acronym.group(0) if acronym is not None else _KIND_AND.sub(" & ", " ".join(kind.split()))
    single = "business" if noun.lower() in _LINE_NOUNS else noun.lower()
    return f"{_party_value(doc, owner)} {told} {single}"


def _unit_name(doc: _Doc, owner: _Name, start: int, end: int, kind: str, noun: str) -> _Name:
    return _Name(start, end, owner.entity_id + UNIT_LABEL_ID, _label(doc, owner, kind, noun), owner.type)


def _no_kind(kind: str) -> bool:
    """Does a unit's kind tell no kind ("key", "core", "" for "the unit")?"""
    return all(w in _NO_KIND_WORDS for w in kind.lower().split())


#: Words of a unit's kind that tell the whole of what a company runs (lower case; stop 63): "its core business", "the
#: operating business", "its main operations". With the no-kind words and a medium the whole company works in
#: (`_WHOLE_MEDIA`: "its core internet business") they name no unit apart: the company's business is the company.
_WHOLE_WORDS = frozenset({"core", "operating", "main", "principal", "primary", "entire", "whole"})
_WHOLE_MEDIA = frozenset({"internet", "online", "web"})


def _whole_kind(kind: str) -> bool:
    """Does a unit's kind tell the whole of the company's business ("core", "operating", "core internet"): at least one
    word of the whole (`_WHOLE_WORDS`), the others no kind or the company's medium?"""
    words = kind.lower().replace("-", " ").split()
    return any(w in _WHOLE_WORDS for w in words) and all(
        w in _NO_KIND_WORDS or w in _WHOLE_WORDS or w in _WHOLE_MEDIA for w in words
    )


#: A unit's noun that names one unit (lower case): a plural ("its businesses") names several.
_ONE_UNIT = frozenset(
    {"business", "operation", "unit", "division", "arm", "subsidiary", "venture", "affiliate", "offshoot"}
)


def _page_kind(doc: _Doc, owner: _Name) -> str | None:
    """The kind the page tells the owner's unit by most often ("Y's key business ... Y's payments and lending division
    ... the payments and lending unit": "payments and lending"), as first written; kinds told with "and" or "&" are one.
    A kind that tells no kind (`_no_kind`), a plural noun ("its non-core businesses") and a unit named after its noun
    ("its cloud unit Zephyr") count for none;
    None when the page tells no kind (stop 59)."""
    orgs = [n for n in doc.names if n.type in _ORGS]
    spots = [
        m
        for n in orgs
        if n.entity_id == owner.entity_id and (m := _OWNED_UNIT.match(doc.text, n.end)) is not None
    ]
    spots += list(_ITS_OR_THE_UNIT.finditer(doc.text))
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, str]] = {}
    for m in spots:
        kind = " ".join(m.group("kind").split())
        if (
            _no_kind(kind)
            or _whole_kind(kind)
            or m.group("noun").lower() not in _ONE_UNIT
            or unit_named_after(doc, m.end(), orgs)
        ):
            continue  # ("its non-core businesses", "the other units": no one unit)
        key = _KIND_AND.sub(" & ", kind).casefold()
        counts[key] = counts.get(key, 0) + 1
        if key not in first or m.start() < first[key][0]:
            first[key] = (m.start(), kind)
    if not counts:
        return None
    best = min(counts, key=lambda k: (-counts[k], first[k][0]))
    return first[best][1]


def _told_unit(doc: _Doc, owner: _Name, start: int, end: int, kind: str, noun: str) -> _Name | None:
    """The owner's unit told at [start, end) by `kind`; a kind that tells none ("key", or none: "the unit") gives way to
    the kind the page tells the unit by (`_page_kind`), and stays when the page tells none (None for no kind). A kind of
    the whole business ("its core business", "the operating business", "its core internet business": `_whole_kind`)
    on a page that tells no unit by its kind is the company itself, the owner (stop 63)."""
    if _no_kind(kind) or _whole_kind(kind):
        told = _page_kind(doc, owner)
        if told is None and _whole_kind(kind):
            return owner
        kind = told or kind
    return _unit_name(doc, owner, start, end, kind, noun) if kind.strip() else None


def _bought_unit(doc: _Doc, s0: int, s1: int, orgs: list[_Name]) -> UnitSale | None:
    """ "X will buy Y's NAND business", "X will acquire the NAND business of Y": the unit a buying verb takes."""
    for n in orgs:
        m = _OWNED_UNIT.match(doc.text, n.end, s1)
        if (
            m is not None
            and _BUY_BEFORE.search(doc.low, max(s0, n.start - _BUY_REACH), n.start) is not None
            and not unit_named_after(doc, m.end(), orgs)  # "'s cloud unit Zephyr": a named unit, no carve-out
        ):
            if m.group("noun").lower() not in _ONE_UNIT and _page_kind(doc, n) is None:
                # "X agreed to buy Y's advertising and search businesses", "Y's internet operations": several lines of
                # business bought together, on a page that tells no one unit of Y by its kind, are Y's sale: the
                # target is Y, as a reader names it (stop 63, "deals2"; the whole business of `_told_unit` alike)
                return UnitSale(n, n, None)
            return UnitSale(n, _told_unit(doc, n, n.start, m.end(), m.group("kind"), m.group("noun")), None)
        of = _UNIT_OF.search(doc.text, max(s0, n.start - _BUY_REACH), n.start)
        if (
            of is not None
            and _BUY_BEFORE.search(doc.low, max(s0, of.start() - _BUY_REACH), of.start()) is not None
        ):
            return UnitSale(
                n, _unit_name(doc, n, of.start(), n.end, of.group("kind"), of.group("noun")), None
            )
    return None


def _sold_unit(doc: _Doc, s0: int, s1: int, orgs: list[_Name]) -> UnitSale | None:
    """ "Y agreed to sell its flash-memory business to X", "Y is handing the unit over to X", "Y sold Z to X": the
    seller the subject, the buyer the one after "to"; the thing sold its own unit (labelled when told by its kind),
    another organisation named as the object, or a unit left untold."""
    for m in _SELL.finditer(doc.low, s0, s1):
        seller = next((n for n in reversed(orgs) if n.end <= m.start()), None)
        if seller is None:
            continue
        # "handing the unit that makes X over to Y": past a relative clause
        stop = min(s1, m.end() + _SALE_REACH)
        buyer = next(
            (
                n for n in orgs
                if m.end() <= n.start < stop and n.entity_id != seller.entity_id
                and TO_BUYER_BEFORE.search(doc.low, max(m.end(), n.start - 60), n.start) is not None
            ),
            None,
        )  # fmt: skip
        if buyer is None:
            continue
        if _HOLDING_SOLD.search(doc.low, m.end(), buyer.start) is not None:
            continue  # "sold its 12% holding in Z to X": a holder's sale of shares (share_sales), no unit
        between = [n for n in orgs if m.end() <= n.start < buyer.start and n.entity_id != seller.entity_id]
        if between and not _possessor(doc, between[0]):
            return UnitSale(seller, between[0], buyer)  # "Y sold Z to X": a company named as the thing sold
        own = _ITS_UNIT.match(doc.text, m.end(), buyer.start)
        if own is not None and not unit_named_after(doc, own.end(), orgs):
            return UnitSale(
                seller,
                _told_unit(doc, seller, own.start(), own.end(), own.group("kind"), own.group("noun")),
                buyer,
            )
        word = _UNIT_WORD.search(doc.low, m.end(), buyer.start)
        if word is not None:
            # "handing the unit that makes X over to Y", "ceding control of the unit to Y": a unit untold here, the
            # one the page tells by its kind when it does
            return UnitSale(
                seller, _told_unit(doc, seller, word.start(), word.end(), "", word.group(0)), buyer
            )
    return None


def unit_sale(doc: _Doc) -> UnitSale | None:
    """The first top sentence's sale of a unit with no name of its own, or of a company told by its seller."""
    for s0, s1 in top_sentences(doc):
        orgs = [n for n in _names_in(doc, s0, s1) if n.type in _ORGS]
        if not orgs:
            continue
        found = _sold_unit(doc, s0, s1, orgs) or _bought_unit(doc, s0, s1, orgs)
        if found is not None:
            return found
    return None


def inside(n: _Name | None, start: int, end: int) -> bool:
    """Does the mention `n` stand inside [start, end) (an acronym of a unit's kind)?"""
    return n is not None and start <= n.start and n.end <= end


def _new_unit_sale(doc: _Doc, buyer: _Name | None, target: _Name | None) -> UnitSale | None:
    """ "X will acquire a 40% stake in a newly hived off P&L business", "X is to buy 51% of a newly separated freight
    unit": a new unit bought with no owner before it is the unit of the company the deal is told with -- the verbs'
    target when it is no buyer, else the one other company the top sentences name (stop 59)."""
    if buyer is None:
        return None
    for s0, s1 in top_sentences(doc):
        for m in NEW_UNIT_OBJECT.finditer(doc.low, s0, s1):
            if _BUY_BEFORE.search(doc.low, max(s0, m.start() - _BUY_REACH), m.start()) is None:
                continue
            if target is not None and target.entity_id != buyer.entity_id:
                owner: _Name | None = target
            else:
                others = {
                    n.entity_id: n for a, b in top_sentences(doc) for n in _names_in(doc, a, b)
                    if n.type in _ORGS and n.entity_id != buyer.entity_id
                }  # fmt: skip
                owner = next(iter(others.values())) if len(others) == 1 else None
            if owner is None:
                return None
            kind = doc.text[m.start("kind") : m.end("kind")]
            return UnitSale(
                owner,
                _told_unit(doc, owner, m.start(), m.end(), kind, doc.low[m.end("kind") : m.end()]),
                None,
            )
    return None


def _buyer_before(doc: _Doc, sale: UnitSale) -> _Name | None:
    """The first organisation the unit's sentence names before the unit, other than its owner ("X agreed to acquire Y's
    sensor business": X), None when the unit is untold or its sentence names none."""
    if sale.unit is None:
        return None
    for s0, s1 in top_sentences(doc):
        if s0 <= sale.unit.start < s1:
            return next(
                (
                    n
                    for n in _names_in(doc, s0, sale.unit.start)
                    if n.type in _ORGS and n.entity_id != sale.owner.entity_id
                ),
                None,
            )
    return None


def unit_parties(
    doc: _Doc, buyer: _Name | None, target: _Name | None, rule: str
) -> tuple[_Name | None, _Name | None, str, list[_Name]]:
    """(buyer, target, rule, sides): a unit's sale replaces a reading that takes the seller or a word of the unit's
    kind for a party, or that names no target; a seller-told sale's buyer is the one after "to". Read on the verbs'
    own pair, before `facts._deal` guesses a most-named party (so no "+most-named" rule reaches it). `sides`: the
    seller and the names inside the unit's words ("NAND" of "Y's NAND business"), sides of the deal though no party
    slot, for the figures' tagging (the price of the unit is this deal's, no other's)."""
    sale = unit_sale(doc) or _new_unit_sale(doc, buyer, target)
    if sale is None:
        return buyer, target, rule, []
    owner = sale.owner.entity_id
    unit = sale.unit
    lo, hi = (unit.start, unit.end) if unit is not None else (-1, -1)
    sides = [sale.owner, *(n for n in doc.names if n.type in _ORGS and inside(n, lo, hi))]
    # (the seller as the target is wrong when the unit's sale is the pair's deal: no other buyer named for the unit; "X
    # will buy Y, after Y sold its clinics unit to Z" keeps the verbs' own pair)
    same_deal = sale.buyer is None or buyer is None or sale.buyer.entity_id == buyer.entity_id
    wrong_target = (
        target is None
        or (target.entity_id == owner and same_deal)
        or inside(target, lo, hi)
        or (sale.buyer is not None and target.entity_id == sale.buyer.entity_id)
    )
    wrong_buyer = buyer is None or buyer.entity_id == owner or inside(buyer, lo, hi)
    if not wrong_target and not wrong_buyer:
        return buyer, target, rule, sides
    if (
        buyer is not None
        and target is not None
        and buyer.entity_id == owner
        and not wrong_target
        and sale.buyer is None
    ):
        # the pair read reversed, the seller as the buyer ("... It will then pay Y $3 billion to acquire the unit and
        # the Z plant"): its other party is the buyer only when it is the one the unit's own sentence names before the
        # unit ("X agreed to acquire Y's sensor business"); else no buyer; the unit is the target (stop 60)
        subject = _buyer_before(doc, sale)
        new = target if subject is not None and subject.entity_id == target.entity_id else None
        return new, unit, "party.bought-unit", sides
    new_buyer = sale.buyer if sale.buyer is not None else (None if wrong_buyer else buyer)
    new_target = unit if wrong_target else target
    told = "party.sold-unit" if sale.buyer is not None else "party.bought-unit"
    return new_buyer, new_target, told, sides
