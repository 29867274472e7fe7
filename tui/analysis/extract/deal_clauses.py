"""Where a deal verb's parties may stand: the clause around the verb (stop 23, issues 11 and 12).

A deal is often told inside another sentence: "Shares of X rose after the Journal reported that Y is in
talks to acquire the company". Three pure helpers over the article's lower-cased text keep the parties
to the verb's own clause, used by the event facts (deal_parties.py, deal_status.py, layoff_facts.py):

- `clause_start`: where the reported clause of a verb begins ("... reported that | said | understands
  that ..."), so a name before it (the shares' owner, the outlet) is not the buyer; `clause_end`: where
  the verb's clause stops, so a name in a later reported clause is not its object;
- `stock_owner`: a name that owns shares or stock in the sentence ("X shares", "shares of X", "X's
  stock") is told as a market mover, not as a party acting;
- `anaphor_after`: "the company", "the firm", "the startup" right after the verb: the target is an
  organisation named earlier, never a guess;
- `generic_object`: a status verb whose object is a set of companies ("has acquired many
  competitors") tells the buyer's background, not the status of this deal;
- `noun_use`: a one-word status cue in -s followed by "of" is a plural noun, not a verb ("further
  signs of cooling", "pay raises of 3%"): no status of the deal (stop 28);
- `goods_object`: a purchase verb whose object is goods or services a customer orders ("will buy $3
  billion of computing capacity", "to purchase 40 jets"): an order, neither the deal's stage nor its
  parties (stop 48);
- `closed_relative_at`: the relative clause closed by commas or dashes that holds a position (", which had
  been eyeing Y for years,"): an aside on the subject's history, not the main clause's stage (stop 47).

Every pattern is bounded (a window before or after one position), so the scan stays linear.
"""

from __future__ import annotations

import functools
import re

from tui.analysis.extract.lexicon import phrase_patterns
from tui.analysis.extract.sale_words import HOLDER_NOUN

__all__ = [
    "holder_description",
    "family_name_at",
    "family_company_after",
    "family_company_before",
    "clause_start",
    "clause_end",
    "stock_owner",
    "anaphor_after",
    "generic_object",
    "goods_object",
    "users_act",
    "noun_use",
    "closed_relative_at",
]

#: A reported clause opens after "that", or after a reporting verb with no "that" ("a report said Y was
#: in talks"). A verb phrase is followed by a space: the clause's first word comes next.
_OPENER = re.compile(
    r"\b(?:that|said|says|reported|reports|understands|understood|learned|learnt|estimates|"
    r"believes|wrote|writes|according\s+to)\s+"
)
#: How far back a clause opener is looked for (characters before the verb).
_REACH = 200


def clause_start(low: str, s0: int, verb: int) -> int:
    """Where the clause of the verb at `verb` begins: right after the last clause opener ("that", a
    reporting verb) between the sentence start `s0` and the verb, else `s0`. `low` is the article's
    lower-cased text."""
    lo = max(s0, verb - _REACH)
    last = s0
    for m in _OPENER.finditer(low, lo, verb):
        last = m.end()
    return last


#: After a deal verb's object, a clause of its own: a participle after a comma ("..., seeking to join
#: Y in ...", "..., winning the backing of Y") or a reporting verb closed by a comma ("..., people
#: familiar with the matter said, ..."). "including" and "according" are no such clause.
_CLAUSE_AFTER = re.compile(
    r",\s+(?!including\b|according\b)[a-z]{2,}ing\b|\b(?:said|says|reported|reports|told)\s*,|;"
)


def clause_end(low: str, verb_end: int, s1: int) -> int:
    """Where the clause of the verb ending at `verb_end` stops: at the first clause opener after it
    ("X shares rose in heavy buying after the Ledger reported that Y ...": Y is in another clause), or
    at a participle clause or a closed reporting clause after a comma (`_CLAUSE_AFTER`), else the
    sentence end `s1`. Only the next `_REACH` characters are read."""
    hi = min(s1, verb_end + _REACH)
    m = _OPENER.search(low, verb_end, hi)
    c = _CLAUSE_AFTER.search(low, verb_end, m.start() if m else hi)
    if c is not None:
        return c.start()
    return m.start() if m else s1


#: "X shares", "X's stock", "X Inc. shares": the owner stands right before the stock noun.
_STOCK_AFTER = re.compile(r"(?:['’]s?)?\s+(?:class\s+[a-c]\s+)?(?:shares|stock|stocks|share\s+price)\b")
#: "shares of X", "stock in X": the owner stands after the stock noun.
_STOCK_BEFORE = re.compile(r"\b(?:shares|stock|stocks|share\s+price)\s+(?:of|in)\s+(?:the\s+)?$")


def stock_owner(low: str, start: int, end: int) -> bool:
    """Is the name at [start, end) told as the owner of shares ("Lumen shares rose", "shares of Lumen")?"""
    return bool(_STOCK_AFTER.match(low, end, min(len(low), end + 30))) or bool(
        _STOCK_BEFORE.search(low, max(0, start - 20), start)
    )


#: "the company", "the firm", "the networking company", "the startup": an organisation named before; also a description
#: of two or three words ("the workplace chat company", "the warehouse automation start-up"; stop 55).
_ANAPHOR = re.compile(
    r"\s*(?:[\"“”'‘’]\s*)?(?:the|this)\s+(?:[a-z-]+\s+){0,3}(?:company|firm|startup|start-up|business|group|"
    r"maker|corporation|outfit|vendor|provider|supplier|developer|lab)\b(?!['’]s)"
)


def anaphor_after(low: str, end: int) -> bool:
    """Does the deal verb ending at `end` take "the company" (or the firm, the startup ...) as object?"""
    return anaphor_end(low, end) is not None


def anaphor_end(low: str, end: int) -> int | None:
    """Where "the company" (the firm, the startup, "the workplace chat company" ...) right after `end` ends, or None."""
    m = _ANAPHOR.match(low, end, min(len(low), end + 60))
    return None if m is None else m.end()


@functools.cache
def _generic_object_re() -> re.Pattern[str] | None:
    """events.yaml `status_generic_objects`: quantifiers that make a status verb's object a set of
    other companies ("has acquired many competitors"), not this deal's target."""
    cues = phrase_patterns("events", "status_generic_objects")
    if not cues:
        return None
    return re.compile(
        r"\s+(?:in\s+|into\s+)?(?:" + "|".join(sorted(cues, key=len, reverse=True)) + r")\s+(?![$€£\d])"
    )


def generic_object(low: str, end: int) -> bool:
    """Is the status cue ending at `end` followed by a generic plural object ("has acquired several
    start-ups", "has invested in dozens of companies"): background, not the article's deal?"""
    pattern = _generic_object_re()
    if pattern is None:
        return False
    return bool(pattern.match(low, end, min(len(low), end + 40)))


#: A plural noun's "of" right after a one-word cue in -s ("signs of", "closes of", "raises of").
_NOUN_OF = re.compile(r"\s+of\b")


def noun_use(low: str, start: int, end: int) -> bool:
    """Is the status cue `low[start:end]` a plural noun followed by "of" ("showing further signs of
    cooling", "raises of 3%") rather than a verb of the deal ("X signs a deal", "X raises $2 billion")?
    Only a one-word cue ending in -s: "has raised" or "in talks" never reads as a noun here."""
    cue = low[start:end]
    if not cue.endswith("s") or not cue.isalpha():
        return False
    return bool(_NOUN_OF.match(low, end, min(len(low), end + 6)))


#: A business that makes or sells the goods, right after the goods noun ("chips unit", "cloud provider"): the
#: object is a company or its part, not an order.
_GOODS_BUSINESS = (
    r"(?!\s+(?:units?|business(?:es)?|divisions?|arms?|makers?|companies|company|firms?|start-?ups?|providers?|"
    r"suppliers?|operations|assets|designers?|developers?|manufacturers?|producers?|operators?|group)\b)"
)


@functools.cache
def _goods_object_re() -> re.Pattern[str] | None:
    """events.yaml `status_goods_objects`: what a customer buys (computing capacity, chips, jets, power),
    as a purchase verb's object (after "agreed": "to buy"): an optional hedge and sum, then
    "of", "in" or "worth of", at most two words, the goods noun, and no business noun after it."""
    cues = phrase_patterns("events", "status_goods_objects")
    if not cues:
        return None
    return re.compile(
        r"\s+(?:to\s+(?:buy|purchase|order)\s+)?(?:(?:roughly|about|around|approximately|nearly|some|over|up\s+to|more\s+than|an?\s+(?:additional|"
        r"extra|further))\s+)?(?:(?:[a-z]{1,2})?[$€£]\s?\d[\d.,]*(?:\s?(?:billion|million|bn|mn|m|b))?\s+|"
        r"\d[\d.,]*(?:\s+(?:billion|million))?(?:\s+(?:dollars|euros|pounds))?\s+)?(?:(?:worth\s+)?of\s+|in\s+|more\s+)?"
        r"(?:[\w’'-]+\s+){0,2}?(?P<goods>"
        + "|".join(sorted(cues, key=len, reverse=True))
        + r")\b"
        + _GOODS_BUSINESS
    )


def goods_object(low: str, end: int, text: str | None = None) -> bool:
    """Is the purchase verb ending at `end` followed by goods or services a customer buys ("will purchase
    roughly $30 billion of cloud capacity from Y", "agreed to buy 40 jets", "to buy more chips"): an order
    told, neither a stage nor the parties of the article's deal? Only the next 90 characters are read; "to
    buy Y's chips unit" (a business after the goods noun) is a purchase of a company, and with the article's
    `text` a capitalised goods word ends a name ("to buy Nimbus Compute"): no order."""
    pattern = _goods_object_re()
    if pattern is None:
        return False
    m = pattern.match(low, end, min(len(low), end + 90))
    if m is None:
        return False
    return text is None or len(text) != len(low) or not text[m.start("goods")].isupper()


#: A product's users as the subject of a verb of buying, told right before it (lower case; stop 54): "allows users to ",
#: "lets its customers ", "enabling shoppers to ", "helps small merchants ". What an app or a service lets people do,
#: never the deal: "an app that lets customers buy shares" names no buyer and no stage. A company named as the one let
#: ("the accord allows Brisa to buy a further 5%") is no user: the deal's own option.
_USERS_DO = re.compile(
    r"\b(?:allow(?:s|ed|ing)?|let(?:s|ting)?|enabl(?:e|es|ed|ing)|help(?:s|ed|ing)?|invit(?:e|es|ed|ing))\s+"
    r"(?:(?:its|their|the|our|your)\s+)?(?:[a-z-]+\s+)?(?:users|customers|clients|shoppers|consumers|people|members|"
    r"traders|retail\s+investors|buyers|drivers|merchants|subscribers|players|gamers|fans|patients|borrowers|savers|"
    r"anyone|you)\s+(?:to\s+)?$"
)


def users_act(low: str, start: int) -> bool:
    """Is the verb of buying at `start` what a product lets its users do ("allows users to buy and trade gold", "lets
    customers purchase in instalments")? No deal's verb: neither a stage nor a pair of parties."""
    return _USERS_DO.search(low, max(0, start - 60), start) is not None


#: A relative clause closed by commas (", which makes the software used in Z's assistant,") or between
#: dashes ("-- which is behind A and B --"; stop 35).
_RELATIVE_IN_COMMAS = r",\s+(?:which|who|whose)\b[^,;()]{0,160},"
_RELATIVE_IN_DASHES = r"(?:--|—|–)\s*(?:which|who|whose)\b[^;()—–]{0,160}?(?:--|—|–)"
_CLOSED_RELATIVE = re.compile(f"{_RELATIVE_IN_COMMAS}|{_RELATIVE_IN_DASHES}")


def closed_relative_at(low: str, lo: int, hi: int, at: int) -> tuple[int, int] | None:
    """The relative clause closed by commas or dashes within [lo, hi) that holds the position `at` (", which had
    been eyeing Y for years,"), or None (stop 47)."""
    for m in _CLOSED_RELATIVE.finditer(low, max(lo, at - 200), hi):
        if m.start() > at:
            break
        if at < m.end():
            return m.start(), m.end()
    return None


#: A subject that only describes a holder by what it holds, at its sentence's start (lower case; stop 54): "the
#: largest shareholders in ", "a major investor in ", "the biggest owner of ".
_HOLDER_DESCRIPTION = re.compile(
    r"\W{0,3}(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}?" + HOLDER_NOUN + r"\s+(?:in|of)\s+"
)


def holder_description(low: str, s0: int) -> range:
    """Where a name starts when it stands inside its sentence's subject (the sentence starts at `s0`) and that subject
    only describes a holder by what it holds ("The largest shareholder of A and B has bought ...": neither A nor B is
    the buyer nor holds the stake; stop 54): from the description's end to its first comma, an empty range when the
    sentence opens otherwise. A name after the comma is the holder named in apposition ("The biggest investor in A,
    <Name>, has bought ..."). Read once per sentence, then asked of each name (`n.start in described`)."""
    m = _HOLDER_DESCRIPTION.match(low, s0)
    if m is None:
        return range(0)
    comma = low.find(",", m.end())
    return range(m.end(), len(low) + 1 if comma < 0 else comma + 1)


#: Right after a name, its possessive and a holder's noun (lower case; stop 58): "'s largest shareholder", "’s
#: biggest investor", "'s top two owners".
_POSSESSED_HOLDER_AFTER = re.compile(r"['’]s?\s+(?:[a-z-]+\s+){0,2}?" + HOLDER_NOUN + r"\b")


def holder_possessor(low: str, end: int) -> bool:
    """Does the name ending at `end` only own the noun of a holder ("<B>, <T>'s largest shareholder with a 39% stake")?
    It describes the holder by the company it holds, never holds that stake itself: the holder is the name the
    description stands beside (stop 58)."""
    return _POSSESSED_HOLDER_AFTER.match(low, end) is not None


#: Right after a name, the word that makes it a family (lower case; stop 54): "<X> family".
_FAMILY_AFTER = re.compile(r"\s+family\b")
#: A company told by its kind as a family's (lower case; stop 54): "family holding company", "family's investment
#: firm", "family office", "family-owned holding".
_FAMILY_KIND = (
    r"family(?:['’]s|-owned|-controlled)?\s+(?:(?:own|private|main|listed)\s+)?"
    r"(?:holding\s+company|holdings?|investment\s+(?:firm|company|vehicle|arm|group|house|office)|office|company|"
    r"firm|vehicle)"
)
#: Right after a family's name: " family holding company", " family's investment firm".
_FAMILY_COMPANY_AFTER = re.compile(r"\s+" + _FAMILY_KIND + r"\b")
#: Right before a company's name: "family holding company ", "the family's investment firm ".
_FAMILY_COMPANY_BEFORE = re.compile(r"\b" + _FAMILY_KIND + r"\s+$")
#: How far before a name the family's company words are looked for (characters).
_FAMILY_REACH = 60


def family_name_at(low: str, end: int) -> bool:
    """Is the name ending at `end` a family's ("the <X> family")?"""
    return _FAMILY_AFTER.match(low, end) is not None


def family_company_after(low: str, end: int) -> bool:
    """Does a company told as the family's follow the name ending at `end` ("the <X> family holding company acquired
    ..."): the name is the company's owner, not the one that acts (stop 54)?"""
    return _FAMILY_COMPANY_AFTER.match(low, end) is not None


def family_company_before(low: str, start: int) -> bool:
    """Is the name starting at `start` told as a family's company ("family holding company <Co>", "the family's
    investment firm <Co>"; stop 54)?"""
    return _FAMILY_COMPANY_BEFORE.search(low, max(0, start - _FAMILY_REACH), start) is not None
