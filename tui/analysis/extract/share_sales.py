"""A sale of shares told from the seller's side, and a company buying its own shares back (stop 49, "sales").

A holder (a state, a fund, a parent) sells part of its holding in a company: "the state sold $2bn of shares in the
bank", "has sold 500 million shares in Y to X", "flogged off £1bn worth of shares in the group". The company whose
shares are sold (the issuer) is the deal's target; the one named after "to" its buyer; the seller (the sentence's
subject, or the one after "from") has no slot of its own and is never the target. When the company buys its own
shares back ("Y has bought back $1bn of shares from the state", "a directed buyback", "repurchased 40 million
shares"), the issuer is the buyer as well as the target.

A company selling new shares of its own (a placing, a capital raising: "sold new shares in a placement") is no
such sale. Pure helpers over the article's layout, read by facts._deal after the deal verbs' own reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.analysis.extract.fact_layout import _Doc, _Name, _orgs_in
from tui.analysis.extract.sale_words import HOLDING_NOUN, TO_BUYER_BEFORE

__all__ = ["SHARE_SALE_RULE", "ShareSale", "sale_done_at", "share_sale"]

#: The rule of the parties a sale of shares told from the seller's side gives (facts._seller_side).
SHARE_SALE_RULE = "party.share-sale"

#: The shares a holder sells, then "in" before their issuer (lower case): "shares in ", "part of its stake in ".
_SHARES_IN = HOLDING_NOUN + r"\s+in\s+"
#: A seller's verb, then up to seven words (the money, "more of its", "approximately 550 million"), then the shares
#: and "in" before their issuer (lower case): "sold £1.2bn worth of shares in ", "has sold part of its stake in ",
#: "ditched more of its holdings in ", "flogged off 5% of its shares in ".
_SOLD_SHARES_IN = re.compile(
    r"\b(?:sold|sells|sell|selling|flogged\s+off|offloaded|offloads|offloading|ditched|ditches|dumped|disposed\s+of|"
    r"divested)\s+(?:[\w£$€.,'’()-]+\s+){0,7}?" + _SHARES_IN
)
#: A seller's verb in the simple past or the perfect, then the same words as `_SOLD_SHARES_IN` (none a word of a plan
#: or an offer: "ditched plans to buy a stake in" is no sale), then the shares and "in" before their issuer
#: (`_SHARES_IN`; lower case): "flogged off £1bn worth of shares in ", "dumped part of its holdings in ", "has
#: offloaded part of its stake in ". A sale told done (stop 50).
_SOLD_DONE = re.compile(
    r"\b(?:sold|flogged\s+off|offloaded|ditched|dumped|disposed\s+of|divested)\s+"
    r"(?:(?!(?:to|plans?|bid|offer|deal|hopes?|talks)\b)[\w£$€.,'’()-]+\s+){0,7}?" + _SHARES_IN
)
#: A purchase of a holder's shares, the holder a state, a fund or the founders (lower case): "bought a chunk of the
#: government's shares", "acquired part of the state's stake", "purchased the founders' shares". The holder sells;
#: the issuer is named after "in", else it is the page's company.
_HOLDERS_SHARES = re.compile(
    r"\b(?:bought|buys|buying|purchased|purchases|acquired|acquires|took)\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:chunk|part|portion|block|slice|some|most|half|tranche)\s+of\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:government|state|treasury|ministry|taxpayers?|founders?|family)(?:'s|’s|'|’)\s+(?:[a-z-]+\s+)?"
    r"(?:shares|stake|holding|shareholding)\b(?:\s+in\s+)?"
)
#: New shares of the company's own between the verb and "in": a placing, no holder's sale (lower case).
_NEW_SHARES = re.compile(r"\b(?:new|newly[\s-]issued|fresh|treasury)\s+(?:ordinary\s+)?(?:shares|stock)\b")
#: The issuer told by a description right after "in" (lower case): "the bank", "the banking group", "the British
#: bank", "the high street lender", "the company" -- the company the page is about.
_DESCRIBED_ISSUER = re.compile(
    r"(?:the|its)\s+(?:[a-z-]+\s+){0,2}?(?:bank|banking\s+group|group|lender|company|firm|business|carrier|airline|"
    r"operator|insurer|[a-z]*maker|giant|conglomerate|utility|miner|retailer|chain|haulier|brewer|startup|start-up|"
    r"producer|supplier|provider|developer|publisher|platform)\b"
)
#: The buyer after the issuer: "to " at most six words on, then the buyer's descriptor (`sale_words.TO_BUYER_BEFORE`;
#: lower case): "in the bank to ", "in Y back to ", "in Y to the dutch fund ".
_TO_BUYER = re.compile(r"(?:\s+[\w£$€.,'’-]+){0,6}?\s+" + TO_BUYER_BEFORE.pattern)
#: A company buying its own shares back (lower case): "bought back £1bn of shares", "buys back 5% of its stock", "a
#: share buyback", "a directed buy-back", "repurchased 40 million shares".
_BUYBACK = re.compile(
    r"\b(?:(?:bought|buys|buy|buying)\s+back\s+(?:[\w£$€.,'’-]+\s+){0,6}?(?:shares|stock|stake)\b|"
    r"(?:share|stock|directed|off-market|on-market)\s+buy-?backs?\b|"
    r"repurchas(?:e|es|ed|ing)\s+(?:[\w£$€.,'’-]+\s+){0,6}?(?:shares|stock)\b)"
)
#: How far after "in" the issuer's name may start (characters: "the ", a descriptor word).
_ISSUER_REACH = 40


@dataclass(frozen=True, slots=True)
class ShareSale:
    """A sale of shares the page tells from the seller's side: its issuer (None when the words after "in" name
    none and describe none), the buyer after "to" (None when none is named), and whether the issuer buys its own
    shares back."""

    issuer: _Name | None
    buyer: _Name | None
    buyback: bool


def _issuer_at(doc: _Doc, at: int, s1: int, page_company: _Name | None) -> tuple[_Name | None, int]:
    """The issuer named or described right after "in" at `at`, and where its words end."""
    named = next((n for n in _orgs_in(doc, at, min(s1, at + _ISSUER_REACH)) if n.start - at <= 4), None)
    if named is not None:
        return named, named.end
    described = _DESCRIBED_ISSUER.match(doc.low, at, s1)
    if described is not None:
        return page_company, described.end()
    return None, at


def share_sale(doc: _Doc, spans: list[tuple[int, int]], page_company: _Name | None) -> ShareSale | None:
    """The first sale of shares told from the seller's side in `spans` (the lead, the headline, the first body
    sentences), else the first buyback told there; None when they tell neither. `page_company`: the company
    the page is about (its most-named one), which a description of the issuer ("the bank") stands for."""
    buyback = False
    for s0, s1 in spans:
        for m in _SOLD_SHARES_IN.finditer(doc.low, s0, s1):
            if _NEW_SHARES.search(doc.low, m.start(), m.end()):
                continue  # "sold new shares in a placing": the company raises money, no holder sells
            issuer, after = _issuer_at(doc, m.end(), s1, page_company)
            if issuer is None:
                continue
            to = next(
                (n for n in _orgs_in(doc, after, s1) if _TO_BUYER.match(doc.low, after, n.start)),
                None,
            )
            if to is not None and to.entity_id == issuer.entity_id:
                return ShareSale(issuer, to, True)  # "sold shares in Y to Y": Y buys them back
            return ShareSale(issuer, to, False)
        for m in _HOLDERS_SHARES.finditer(doc.low, s0, s1):
            # "X bought a chunk of the government's shares": the holder sells, the issuer is named after "in" or is
            # the page's company
            issuer = (
                _issuer_at(doc, m.end(), s1, page_company)[0] if m.group().endswith(" ") else page_company
            )
            if issuer is not None:
                return ShareSale(issuer, None, False)
        if not buyback:
            buyback = _BUYBACK.search(doc.low, s0, s1) is not None
    if buyback:
        return ShareSale(None, None, True)
    return None


def sale_done_at(doc: _Doc, s0: int, s1: int, issuer_id: str | None) -> tuple[int, int] | None:
    """Where doc.low[s0:s1] tells a holder's sale of shares done ("the state flogged off £1bn worth of shares in the
    bank", "after the fund dumped some of its holdings in Y"): the span of the first seller's verb in the simple
    past or the perfect whose shares are the issuer's (`issuer_id`, the deal's target) or a description of the page's
    company ("in the lender"); None when none is. New shares of the company's own are no holder's sale."""
    for m in _SOLD_DONE.finditer(doc.low, s0, s1):
        if _NEW_SHARES.search(doc.low, m.start(), m.end()):
            continue
        named, after = _issuer_at(doc, m.end(), s1, None)
        if named is None and after == m.end():
            continue  # neither named nor described after "in": another holding
        if named is not None and named.entity_id != issuer_id:
            continue  # the shares of another company
        return m.start(), m.end()
    return None
