"""An initial public offering (stop 50): its issuer and its stage.

An IPO has no acquirer: the company that sells its shares to the public (the issuer) is the deal's one party, in the
target slot, and the buyers are unnamed investors. The page tells the offering by its nouns ("its IPO", "its initial
public offering", "its NYSE debut", "<Org>'s flotation") and its stage by the pricing or the first trade: "priced its
IPO at $18", "priced its shares at $40 apiece", "set the IPO price at", "sold 12 million shares to IPO investors",
"sold N shares, raising $M", "raised $N in its IPO", "jumped 40% in its Nasdaq debut" (shares trade only once sold):
done (`closed`, the table's convention). A plan ("plans to go public next year", "filed for an IPO", "is aiming to
raise") tells no such stage.

Pure functions over the layout `_Doc`; every pattern is linear (bounded gaps, no nested unbounded quantifiers).
"""

from __future__ import annotations

import re

from tui.analysis.extract.fact_layout import _Doc, _Name, _orgs_in, _sentence_of

__all__ = ["ipo_issuer", "ipo_priced", "IPO_ISSUER_RULE"]

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
#: its stock, tick, at $31", "set(ting) the ipo price at", "set the final price of its ipo at", "sold ... to ipo investors", "sold 39 million shares,
#: raising", "raised $N in its ipo", "rose/soared/jumped ... in its (nyse) debut", "began trading", "made its debut".
_PRICED = re.compile(
    r"\bpriced\s+(?:its|the)\s+(?:[\w.,()-]+\s+){0,4}?\(?(?:ipo|initial\s+public\s+offering|offering|listing|flotation)\b"
    r"|\bpriced\s+(?:its|the)\s+(?:[\w.,()-]+\s+){0,5}?at\s+(?:us)?\$\s?\d[\d.,]*\s+(?:a|per)\s+share\b"
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


def _top(doc: _Doc) -> list[tuple[int, int]]:
    """The headline, the lead and the first body sentences, in that order, each once."""
    return list(dict.fromkeys(([doc.headline] if doc.headline else []) + doc.lead + doc.body[:4]))


def ipo_issuer(doc: _Doc) -> _Name | None:
    """The company whose public offering the top of the page tells: the first organisation that owns an offering noun
    ("<Org>'s IPO", "<Org> ... its NYSE debut") in the headline, the lead or the first body sentences; None on a page
    that tells none. The owner stands right before "'s", or is the last organisation before "its" in its sentence."""
    for s0, s1 in _top(doc):
        for m in _OWNED_OFFERING.finditer(doc.low, s0, s1):
            before = [n for n in _orgs_in(doc, s0, m.start() + 1) if n.end <= m.start()]
            if not before:
                continue
            owner = before[-1]
            if m.group().startswith(("'", "’")) and owner.end != m.start():
                continue  # "<org> chief's ipo": the possessive is another word's
            return owner
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
