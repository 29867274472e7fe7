"""An initial public offering (stop 50): its issuer and its stage.

An IPO has no acquirer: the company that sells its shares to the public (the issuer) is the deal's one party, in the
target slot, and the buyers are unnamed investors. The page tells the offering by its nouns ("its IPO", "its initial
public offering", "its NYSE debut", "<Org>'s flotation") and its stage by the pricing or the first trade: "priced its
IPO at $18", "priced its shares at $40 a share", "set the IPO price at", "sold 12 million shares to IPO investors",
"sold N shares, raising $M", "raised $N in its IPO", "jumped 40% in its Nasdaq debut" (shares trade only once sold):
done (`closed`, the table's convention). A plan ("plans to go public next year", "filed for an IPO", "is aiming to
raise") tells no such stage.

Pure functions over the layout `_Doc`; every pattern is linear (bounded gaps, no nested unbounded quantifiers).
"""

from __future__ import annotations

import re

from tui.analysis.extract.deal_clauses import closed_relative_at
from tui.analysis.extract.fact_layout import _Doc, _Name, _orgs_in, _sentence_of
from tui.analysis.extract.figure_roles import _FIRST_PLAN, PREPOSITION_BEFORE, _Tagged
from tui.analysis.model import AT_OFFER_RULE, FigureKind

__all__ = [
    "ipo_issuer_at",
    "ipo_priced",
    "offering_worths",
    "first_plan_sizes",
    "sentence_at",
    "IPO_ISSUER_RULE",
]

#: The rule of an IPO's issuer taken as the deal's target (no buyer).
IPO_ISSUER_RULE = "party.ipo-issuer"

#: A noun of a public offering (lower case): "ipo", "initial public offering", "flotation", a debut or a listing told
#: on a market ("market debut", "nasdaq debut", "public listing"; a bare "debut" is a product's as often: "its debut of
#: a chatbot").
_OFFERING_NOUN = (
    r"(?:ipos?|initial\s+public\s+offerings?|flotation|(?:stock[\s-]+)?market\s+(?:debut|listing)|"
    r"(?:public|trading|share|stock|exchange|nyse|nasdaq|bourse)\s+(?:debut|listing))"
)

#: The offering owned by the company named before it (lower case): "<org>'s ipo", "<org>'s long-awaited nasdaq
#: listing", "<org> ... its initial public offering", "<org> soared in its nyse debut" -- up to three words between the
#: owner and the noun.
_OWNED_OFFERING = re.compile(r"(?:['’]s?|\bits)\s+(?:[\w$.,%-]+\s+){0,3}?\(?" + _OFFERING_NOUN + r"\b")

#: A pricing or a first sale told done (lower case): "priced its ipo (at)", "priced its shares at $31 a share", "priced
#: its stock, tick, at $31 a share", "its ipo was priced at", "set(ting) the ipo price at", "set the final price of its
#: ipo at", "sold ... to ipo investors", "sold 39 million shares, raising", "raised $N in its ipo", "rose/soared/jumped
#: ... in its nyse (market, nasdaq...) debut", "began trading", "made its market debut" (a bare "debut" is none).
_PRICED = re.compile(
    r"\bpriced\s+(?:its|the)\s+(?:[\w.,()-]+\s+){0,4}?\(?(?:ipo|initial\s+public\s+offering|offering|listing|flotation)\b"
    r"|\bpriced\s+(?:its|the)\s+(?:[\w.,()-]+\s+){0,5}?at\s+(?:us)?\$\s?\d[\d.,]*\s+(?:a|per)\s+share\b"
    r"|\b(?:ipo|offering|shares|stock)\s+(?:was|were|had\s+been|has\s+been)\s+priced\s+at\b"
    r"|\b(?:set|sets|setting|fixed|fixing)\s+(?:the|its)\s+(?:final\s+)?(?:ipo|offer|offering|listing)\s+price\s+at\b"
    r"|\b(?:set|sets|setting|fixed|fixing)\s+the\s+(?:final\s+)?price\s+of\s+(?:its|the)\s+(?:ipo|offering|"
    r"initial\s+public\s+offering|shares|stock)\s+at\b"
    r"|\bsold\s+(?:[\w$.,-]+\s+){0,6}?to\s+(?:ipo|public)\s+investors\b"
    r"|\bsold\s+(?:(?:about|some|nearly|roughly|almost)\s+)?[\d.,]+\s+(?:million\s+|billion\s+)?(?:new\s+)?shares,?"
    r"\s+raising\b"
    r"|\braised\s+(?:(?:about|some|nearly|roughly|almost)\s+)?(?:us)?\$\s?[\d.,]+\s*(?:million|billion|bn|m|b)?\s+"
    r"(?:in|through|from|with)\s+(?:its|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:ipo|initial\s+public\s+offering|listing|"
    r"flotation)\b"
    r"|\b(?:rose|soared|jumped|surged|climbed|popped|rallied|fell|slid|sank|dropped|tumbled|jumping|soaring|rising|"
    r"surging|climbing)\s+(?:[\w$.,%-]+\s+){0,8}?in\s+(?:its|their)\s+(?:[\w-]+\s+){0,1}?"
    r"(?:market|public|trading|stock|exchange|nyse|nasdaq|bourse)\s+debut\b"
    r"|\b(?:made|makes)\s+(?:its|a|their)\s+(?:[\w-]+\s+){0,2}?(?:market|trading|public|stock|exchange|nyse|"
    r"nasdaq|bourse)\s+debut\b"
    r"|\b(?:began|started)\s+trading\b"
)
#: A word that places the pricing or the first trade ahead or in doubt, before it in its clause (lower case): "plans
#: to", "is expected to", "would", "if".
_AHEAD = re.compile(
    r"\b(?:will|would|could|may|might|plans?|planning|expected|expects|set\s+to|aims?|hopes?|if|once|when|before|"
    r"ahead\s+of|until)\b[^,;.]{0,40}$"
)


#: An offering told as the background of another act, right before its noun (lower case): "ahead of its ipo", "before
#: its planned flotation", "as it prepares for an ipo", "paving the way for its listing", "since its ipo", "two years
#: after its ipo", or named for comparison ("the largest since x's ipo", "bigger than x's flotation") -- the page's deal
#: is that act.
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:ahead\s+of|before|in\s+preparation\s+for|preparing\s+for|prepares\s+for|prepare\s+for|"
    r"paving\s+the\s+way\s+for|paves\s+the\s+way\s+for|in\s+the\s+run-up\s+to|since|than|like|unlike|"
    r"compared\s+(?:with|to)|as\s+with|"
    r"(?:days|weeks|months|years|a\s+year|a\s+month|a\s+week)\s+after)\s+(?:[\w'’-]+\s+){0,3}(?:[\w'’-]+)?$"
)


def _top(doc: _Doc) -> list[tuple[int, int]]:
    """The headline, the lead and the first body sentences, in that order, each once."""
    return list(dict.fromkeys(([doc.headline] if doc.headline else []) + doc.lead + doc.body[:4]))


def ipo_issuer_at(doc: _Doc) -> tuple[_Name, int] | None:
    """The company whose public offering the top of the page tells, with where its offering noun ends: the first
    organisation that owns an offering noun ("<Org>'s IPO", "<Org> ... its NYSE debut") in the headline, the lead or
    the first body sentences; None on a page that tells none, or tells it only as the background of another act
    ("ahead of its IPO"). The owner stands right before "'s", or is the last organisation before "its" in its
    sentence."""
    for s0, s1 in _top(doc):
        for m in _OWNED_OFFERING.finditer(doc.low, s0, s1):
            if _BACKGROUND_BEFORE.search(doc.low, max(s0, m.start() - 60), m.start()):
                continue  # "raised $80 million from X ahead of its IPO": the offering is the background
            if closed_relative_at(doc.low, s0, s1, m.start()) is not None:
                continue  # "X, which raised $1 billion in its IPO in 2019, agreed to buy Y": the subject's history
            before = [n for n in _orgs_in(doc, s0, m.start() + 1) if n.end <= m.start()]
            if not before:
                continue
            if m.group().startswith(("'", "’")):
                owner = before[-1]
                if owner.end != m.start():
                    continue  # "<org> chief's ipo": the possessive is another word's
            else:
                # "its": the last organisation before it that is no preposition's object ("Y, owned by X, priced its
                # IPO": Y)
                subjects = [
                    n
                    for n in before
                    if not PREPOSITION_BEFORE.search(doc.low, max(s0, n.start - 12), n.start)
                ]
                if not subjects:
                    continue
                owner = subjects[-1]
            return owner, m.end()
    return None


def ipo_priced(doc: _Doc) -> tuple[int, int] | None:
    """Where the top of the page, or a body sentence after it, tells the offering priced or its shares first
    traded (not told ahead: "plans to", "is expected to", "if"); None when it tells none."""
    spans = list(dict.fromkeys(_top(doc) + doc.body[:8]))
    for s0, s1 in spans:
        for m in _PRICED.finditer(doc.low, s0, s1):
            lo = max(s0, m.start() - 60)
            if _AHEAD.search(doc.low, lo, m.start()):
                continue
            return m.start(), m.end()
    return None


def sentence_at(doc: _Doc, pos: int) -> tuple[int, int] | None:
    """The body sentence or the headline that holds `pos`."""
    if doc.headline and doc.headline[0] <= pos < doc.headline[1]:
        return doc.headline
    return _sentence_of(doc.body, pos)


# --- the offering's figures (forms 9-10) ------------------------------------------------------------------------------

#: Right before a figure, in its clause (lower case): a fully diluted count ("fully diluted valuation will reach ", "a
#: fully diluted market cap of about "; no comma between: "on a fully diluted basis, $N" is none).
_DILUTED_BEFORE = re.compile(r"\bfully[\s-]+diluted\b[^,;.]{0,60}$")
#: The offer price as the basis of a worth, before the figure in its clause (lower case): "based on the ipo price,
#: x's market value will reach ", "at the offer price, the company is worth ".
_AT_OFFER_BEFORE = re.compile(
    r"\b(?:based\s+on|at)\s+(?:the|its)\s+(?:final\s+)?(?:ipo|offer|offering|listing)\s+price\b[^;.]{0,60}$"
)
#: ... or right after it (lower case): " at pricing", " at the ipo price", " at the offer price".
_AT_OFFER_AFTER = re.compile(r"\s+at\s+(?:pricing|the\s+(?:final\s+)?(?:ipo|offer|offering)\s+price)\b")
#: The verbs of a worth the market gave the shares ("scored", "hit", "reached"), for `_MARKET_REACHED_AFTER` whole and
#: `_MARKET_CUT_AFTER` cut.
_REACHED_VERBS = (
    "scored",
    "hit",
    "reached",
    "notched",
    "touched",
    "topped",
    "commanded",
    "achieved",
    "fetched",
)
#: A noun of worth right after the figure, then up to three words before its verb (a pattern's piece, lower case):
#: " valuation x ", " market value it ".
_MARKET_WORTH_WORDS = r"\s+(?:valuation|value|market\s+value|market\s+cap)\s+(?:[\w'’.-]+\s+){0,3}?"
#: A worth the market gave the shares, right after the figure (lower case): " valuation x scored yesterday", "
#: valuation it hit on friday", " market value it reached" -- after the debut, not at the offer.
_MARKET_REACHED_AFTER = re.compile(_MARKET_WORTH_WORDS + r"(?:" + "|".join(_REACHED_VERBS) + r")\b")
#: ... the same worth where the excerpt stops inside that verb, the page's last word (stop 51): " valuation x scor", "
#: market value it reache" -- the cut word (three letters or more) opens one of those verbs.
_MARKET_CUT_AFTER = re.compile(_MARKET_WORTH_WORDS + r"([a-z]{3,})\s*$")


def _market_reached_after(low: str, end: int) -> bool:
    """Does a worth the market gave the shares follow the figure ending at `end` (its verb whole, or cut by the
    excerpt's end: "the $N valuation X scor")?"""
    if _MARKET_REACHED_AFTER.match(low, end):
        return True
    cut = _MARKET_CUT_AFTER.match(low, end)
    return cut is not None and any(v.startswith(cut.group(1)) and v != cut.group(1) for v in _REACHED_VERBS)


#: A deal of another kind given up, after the figure in its clause (lower case): " valuation of its abandoned spac
#: merger", " under the scrapped takeover" -- the worth of that earlier deal, not the offering's.
_ABANDONED_DEAL_AFTER = re.compile(
    r"[^,;.]{0,40}?\b(?:abandoned|scrapped|aborted|failed|terminated|called-off|collapsed|cancell?ed)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:merger|deal|takeover|acquisition|sale|buyout|combination)\b"
)
#: Below this sum a bare money figure on an offering's page is a price of one share ("the stock closed at $38.23",
#: "priced at $45"), never the size of a sale of shares to the public.
_SHARE_PRICE_CEILING = 10_000.0
#: The offering told made bigger (lower case): "raised the number of shares", "increased the size of the offering",
#: "upsized its IPO", "lifted the number of shares on offer".
_UPSIZED = re.compile(
    r"\b(?:raised|increased|lifted|boosted|upped|expanded)\s+(?:the|its)\s+(?:number\s+of\s+(?:[\w-]+\s+){0,3}?shares|"
    r"size\s+of\s+(?:the|its)\s+(?:offering|ipo|deal|sale)|(?:offering|ipo|deal)\s+size)\b|\bupsized\b"
)
#: The roles of a worth that the offering's words can move.
_WORTH_ROLES = frozenset({"valuation", "market_cap"})


def offering_worths(doc: _Doc, tagged: list[_Tagged]) -> None:
    """On an offering's page (body money figures), a deal sum under `_SHARE_PRICE_CEILING` is a share price, never the
    sale's size; the issuer's worth at the offer is its valuation; a worth from another layer is not (stop 50): a fully
    diluted figure (the words before it in its clause) is a market measure; a market value told at the offer price
    ("based on the IPO price, its market value will reach $N", "$N at pricing") is the valuation; a value the shares
    reached after the debut ("the $N valuation X scored yesterday") is a market value; the worth of an abandoned deal
    of another kind ("the proposed $N valuation of its abandoned merger") is a past one."""
    for t in tagged:
        f = t.fig
        if t.place != "body" or f.kind != FigureKind.MONEY or t.role == "per_share":
            continue
        s, e = f.span.start, f.span.end
        sent = _sentence_of(doc.body, s)
        s0 = sent[0] if sent is not None else max(0, s - 120)
        lo = max(s0, s - 100)
        if t.role == "deal" and f.value is not None and f.value < _SHARE_PRICE_CEILING:
            t.role, t.base, t.slot, t.why_not = "per_share", "per_share", None, "a share price"
            t.rule += "+share-price"
        elif t.role in _WORTH_ROLES and _ABANDONED_DEAL_AFTER.match(doc.low, e, min(len(doc.low), e + 90)):
            t.role, t.slot, t.why_not, t.rule = (
                "past_valuation",
                None,
                "an abandoned deal's worth",
                t.rule + "+abandoned",
            )
        elif t.role in _WORTH_ROLES and _market_reached_after(doc.low, e):
            t.role, t.slot, t.why_not, t.rule = (
                "market_cap",
                None,
                "a market value after the debut",
                t.rule + "+traded",
            )
        elif t.role in _WORTH_ROLES and _DILUTED_BEFORE.search(doc.low, lo, s):
            t.role, t.slot, t.why_not, t.rule = (
                "market_cap",
                None,
                "a fully diluted value",
                t.rule + "+diluted",
            )
        elif (
            t.slot is None
            and t.role in (*_WORTH_ROLES, "money")
            and (_AT_OFFER_AFTER.match(doc.low, e) or _AT_OFFER_BEFORE.search(doc.low, lo, s))
        ):
            t.role, t.base, t.slot, t.rule = "valuation", "valuation", "valuation", t.rule + AT_OFFER_RULE


def first_plan_sizes(doc: _Doc, tagged: list[_Tagged]) -> None:
    """On an offering's page that tells the offering made bigger ("raised the number of shares to", "upsized"), a
    deal sum told before the first such words, with another deal sum after them, is the first plan's size, not the
    sale's (stop 50): "it was set to sell 20 million shares, raising $400 million. It then increased the size of the
    offering ... the IPO raised $650 million"."""
    up = next((m.start() for s0, s1 in doc.body for m in [_UPSIZED.search(doc.low, s0, s1)] if m), None)
    if up is None:
        return
    deals = [t for t in tagged if t.role == "deal" and t.place == "body" and t.fig.value is not None]
    if not any(t.fig.span.start > up for t in deals):
        return
    for t in deals:
        if t.fig.span.start < up:
            t.role, t.slot, t.why_not, t.rule = (
                _FIRST_PLAN,
                None,
                "the first plan, made bigger later",
                t.rule + "+upsized",
            )
