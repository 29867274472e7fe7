"""A capital raising: a company selling its own shares for new money (stop 39).

"raise C$750 million in equity", "a £300 million rights issue", "launches a S$400m share placement", "a
A$420 million capital raising", "raising $640 million through a share sale": the company sells new shares
to the market. There is no buyer and no target: no deal, and its sum is no deal's amount.
A capital increase told with the one who pays for it ("a capital increase of €8 billion that <state> will finance",
"financed by <X>", "<X> will carry out a capital increase of ...") is that payer's money put into the company, the
deal's money when the payer takes it (`increase_payer`, stop 55). A layoff or an
appointment story often tells one in its lead; before, its money and its "raise" voted the page a deal.

`raising_spans` gives, in a stretch of the lower-cased text, the span of each raising told with its money
(from a raise verb right before the money, or the money, to the end of the raising's noun). The words are
closed-class: nouns of an issue of shares ("placement", "rights issue", "share sale", "share purchase
plan", "capital raising") and "in/of equity" after the money; "equity funding", "equity financing" and an
"equity round" are a round's words, never a raising's. Each pattern is bounded, so the scan stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

__all__ = ["increase_payer", "raising_spans"]

#: The nouns of a capital raising (lower case).
_RAISING = re.compile(
    r"\b(?:(?:capital|equity)\s+rais(?:e|es|ings?)"
    r"|(?:new\s+)?(?:shares?|stock|equity)\s+(?:sales?|offer(?:ing)?s?|placements?|issues?|purchase\s+plans?)"
    r"|(?:institutional\s+|share\s+)?placements?"
    r"|rights\s+(?:issues?|offer(?:ing)?s?)"
    r"|entitlement\s+offer(?:ing)?s?"
    r"|(?:in|of)\s+(?:new\s+)?equity(?!\s+(?:and\s+\w+\s+)?(?:funding|financing|rounds?|investments?|firms?|funds?)\b))\b"
)
#: Between the money and the raising's noun after it: a bracketed restatement, then up to three words with
#: no punctuation ("$80 million capital raising", "C$750 million ($548 million) in equity", "$640 million
#: through a share sale").
_MONEY_THEN_NOUN = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+[a-z][\w-]*){0,3}?\s*$")
#: Between the raising's noun and the money after it: "a capital raising of $2.2 billion", "a placement
#: worth £80m", "a rights issue to raise €2bn".
_NOUN_THEN_MONEY = re.compile(
    r"\s+(?:of|worth|totall?ing|to\s+raise|raising)\s+(?:(?:up\s+to|about|around)\s+)?$"
)
#: A raise verb right before the money: "will raise up to", "is raising".
_RAISE_BEFORE = re.compile(r"\brais(?:e|es|ed|ing)\s+(?:[a-z][\w-]*\s+){0,2}$")
#: How far a raising's noun may stand from its money.
_REACH = 48


def raising_spans(low: str, s0: int, s1: int, money: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the capital raisings told in `low[s0:s1]` (lower-cased text) with one of the `money`
    figures (their spans, in text order): from a raise verb right before the money, or the money, to the
    end of the raising's noun; or from the noun to the end of the money after it. Each noun is weighed
    against the money right before it and right after it only, so a long line stays linear."""
    out: list[tuple[int, int]] = []
    starts = [a for a, _b in money]
    for m in _RAISING.finditer(low, s0, s1):
        k = bisect_left(starts, m.start())
        # the money right before, or the one before its bracketed restatement ("C$750 million ($548 million)")
        tied = [
            (a, b)
            for a, b in money[max(0, k - 2) : k]
            if b <= m.start() and m.start() - b <= _REACH and _MONEY_THEN_NOUN.match(low[b : m.start()])
        ]
        if tied:
            a, _b = tied[0]
            verb = _RAISE_BEFORE.search(low, max(s0, a - 30), a)
            out.append((verb.start() if verb else a, m.end()))
            continue
        k = bisect_left(starts, m.end())
        if k < len(money):
            a, b = money[k]
            if a - m.end() <= _REACH and _NOUN_THEN_MONEY.match(low[m.end() : a]):
                out.append((m.start(), b))
    return out


#: The nouns of a capital increase (lower case; stop 55): new shares or new capital put into a company.
_INCREASE = r"(?:capital\s+(?:increase|injection|hike|boost)|cash\s+injection|recapitali[sz]ation)"
#: The noun right before its money: "a capital increase of ", "a capital injection worth about ".
_INCREASE_THEN_MONEY = re.compile(
    r"\b"
    + _INCREASE
    + r"\s+(?:of|worth|totall?ing|amounting\s+to)\s+(?:(?:about|around|some|nearly|up\s+to|roughly)\s+)?$"
)
#: The noun right after its money: " capital increase", " ($8.5 billion) capital injection".
_MONEY_THEN_INCREASE = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:[a-z][\w-]*\s+){0,2}?" + _INCREASE + r"\b")
#: Its payer told after the money (and the noun, when it comes after the money): "(...) that <X> will finance", ",
#: financed by <X>", " to be subscribed by <X>", " fully funded by the <X>", " will be paid for by the <X>" (stop 56). The group `who` opens the payer's words.
_PAID_AFTER = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:\s+(?:[a-z][\w-]*\s+){0,2}?" + _INCREASE + r")?\s*,?\s+"
    r"(?:(?:that|which)\s+(?P<who>[^\s,;.]+)(?:\s+[^\s,;.]+){0,3}?\s+(?:will|would|is\s+to|is\s+set\s+to|has\s+agreed\s+to|"
    r"agreed\s+to)\s+(?:also\s+|alone\s+|fully\s+)?(?:finance|fund|subscribe|pay\s+for|underwrite|provide)\b"
    r"|(?:(?:will|would|is\s+to|are\s+to)\s+be\s+|(?:is|are)\s+being\s+|to\s+be\s+|being\s+|is\s+|are\s+|was\s+|were\s+)?"
    r"(?:fully\s+|entirely\s+|wholly\s+)?(?:financed|funded|subscribed(?:\s+to)?|paid\s+for|underwritten|"
    r"provided)\s+(?:in\s+full\s+|entirely\s+|solely\s+|alone\s+)?by\s+(?:the\s+)?(?P<by>[^\s,;.]+))"
)
#: The auxiliary between a payer and its verb (lower case): "will", "is to", "has agreed to", "intends to"; one list
#: for `_PAYS_BEFORE` and `_SUBJECT_AUX` (stop 63).
_PAYER_AUX = r"(?:will|would|is\s+to|is\s+set\s+to|has\s+agreed\s+to|agreed\s+to|plans\s+to|intends\s+to)"
#: Its payer told before it as the verb's subject: "<X> will also carry out a ", "<X> is to finance the ", "<X> will
#: subscribe to an ". The text before the verb ends at its subject's name.
_PAYS_BEFORE = re.compile(
    r"\s+" + _PAYER_AUX + r"\s+(?:also\s+|alone\s+|fully\s+)?"
    r"(?:carry\s+out|proceed\s+with|finance|fund|subscribe\s+to|pay\s+for|underwrite|provide|inject)\s+(?:a|an|the)\s+"
    r"(?:(?:[a-z][\w-]*|\S*\d\S*)\s+){0,4}?$"
)
#: The same verb as the second of two joined to one subject (stop 56): "<X> will acquire ... and proceed with a ", "<X>
#: will buy ... and also carry out the ". The payer is the subject the sentence opens with (the caller finds it).
_PAYS_JOINED = re.compile(
    r"\s+and\s+(?:also\s+|then\s+|will\s+|would\s+)?(?:carry\s+out|proceed\s+with|finance|fund|subscribe\s+to|"
    r"pay\s+for|underwrite|inject)\s+(?:a|an|the)\s+(?:(?:[a-z][\w-]*|\S*\d\S*)\s+){0,4}?$"
)
#: The auxiliary right after the subject of the first of two joined verbs (lower case): " will ", " has agreed to ".
_SUBJECT_AUX = re.compile(r"\s+" + _PAYER_AUX + r"\s")
#: The holders of a company's own shares, never one payer who takes it: "existing shareholders", "its holders".
_HOLDERS = re.compile(
    r"(?:existing|current|all|its|their|shareholders|holders|investors|itself|the\s+market)\b"
)


def joined_to_increase(low: str, e: int, head: int) -> bool:
    """Does the money ending at `e` stand in the first of two verbs joined to one subject whose second pays the capital
    increase starting at `head` ("<X> will buy 60% of <Parent>'s shares for €N and proceed with a €M capital increase"),
    with no clause break between (stop 56, "deals56b")? Then its buyer is the increase's payer: one rescue's part."""
    joined = _PAYS_JOINED.search(low, e, head)
    return joined is not None and re.search(r"[,;:()]", low[e : joined.start()]) is None


def increase_payer(low: str, s0: int, s: int, e: int, s1: int) -> tuple[int, int, bool] | None:
    """Where the capital increase told with the money at [s, e) starts (its noun, or the money), and where its payer
    starts, in the sentence [s0, s1) of the
    lower-cased text: after it ("a capital increase of €8 billion that <X> will finance", "a $6bn capital injection,
    financed by <X>") or before it as the subject of a verb of paying ("<X> will also carry out a capital increase of
    ..."), with True: then the position is the end of the words before the verb (the subject's name ends there). None
    when no capital increase is told with the money, no payer is told, or the payer is the company's own holders. The
    caller judges whether the payer is one who takes the company."""
    noun_before = _INCREASE_THEN_MONEY.search(low, max(s0, s - 60), s)
    if noun_before is None and _MONEY_THEN_INCREASE.match(low, e, min(s1, e + 80)) is None:
        return None
    head = noun_before.start() if noun_before is not None else s
    after = _PAID_AFTER.match(low, e, min(s1, e + 160))
    if after is not None:
        who = after.start("who") if after.group("who") is not None else after.start("by")
        return None if _HOLDERS.match(low, who) else (head, who, False)
    pays = _PAYS_BEFORE.search(low, max(s0, head - 80), head)
    if pays is None:
        # "<X> will acquire 40% of Y's capital and proceed with a €N capital increase": the payer is the subject of the
        # first verb, its name right before its auxiliary (stop 56)
        joined = _PAYS_JOINED.search(low, max(s0, head - 80), head)
        aux = _SUBJECT_AUX.search(low, s0, joined.start()) if joined is not None else None
        return (head, aux.start(), True) if aux is not None else None
    return (head, pays.start(), True)
