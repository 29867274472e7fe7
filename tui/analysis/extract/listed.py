"""A name told as a listed company: its ticker, its shares, its market value (stop 29, issue 11).

A company's name often has a person's shape ("Corwin Ames", two capitalised words none of which the
gazetteer knows), and the shape is only a guess. A listed company's own marks outweigh it:

- a ticker in brackets right after the name: "Corwin Ames (CRWA)", "(NYSE: CRWA)", "($CRWA)", "(CRWA.N)";
- its shares as the subject of a market move or counted: "Corwin shares fell", "2.3 Corwin shares",
  "shares of Corwin Ames", "Corwin's share price", "Corwin stock", "the outstanding Corwin stock",
  "his Corwin shares" (a determiner before the name: "shares" is a noun, not the verb);
- its market value: "Corwin's market value", "Corwin's market capitalisation".

People own shares too ("Ames's shares in Pellam"), so "shares" or "stock" after a name is a mark only
when a market verb follows ("Corwin's stock dropped") or a count stands before ("Ames shares his view"
is a verb). Pure functions over the article text; each looks at a bounded window.
"""

from __future__ import annotations

import re

__all__ = ["listed_company"]

#: A ticker in brackets after the name, an exchange's name or a cashtag's sign before it allowed
#: ("(NYSE: CRWA)", "(Nasdaq:CRWA)", "($CRWA)", "(CRWA.N)", "(CRWA.O, CRWA.L)"), or a wire's instrument code after a space
#: ("Corwin Ames CRWA.N said", glued to the next word on some pages: "CRWA.Nis").
_TICKER_AFTER = re.compile(
    r"\s*\((?:[A-Z][A-Za-z]{1,7}\s*:\s*|\$)?[A-Z]{2,5}(?:\.[A-Z]{1,2})?(?:\s*[,;]\s*[A-Z]{2,5}(?:\.[A-Z]{1,2})?)*\)"
    r"|\s+[A-Z0-9]{2,6}\.[A-Z]{1,2}(?![A-Z0-9.])"
    # a quote box printed after the name, its ticker and its move each on a line ("Tallow\nTLW\n-0.4%")
    r"|[ \t]*\n[ \t]*[A-Z]{2,5}[ \t]*\n[ \t]*[-+\u2212]?\d{1,3}(?:\.\d{1,2})?%"
)
#: "X shares rose", "X stock fell", "X shares have gained" (the market verb right after the noun).
_SHARES_MOVE = re.compile(
    r"(?:'s|’s|'|’)?\s+(?:(?:class\s+[a-c]|common|ordinary)\s+)?(?:shares|stock)\s+(?:have\s+|had\s+|were\s+|are\s+)?"
    r"(?:rose|rise|rises|fell|fall|falls|jumped|jumps|slid|slides|slipped|dropped|drops|gained|gains|"
    r"surged|surges|soared|soars|tumbled|tumbles|plunged|plunges|climbed|climbs|sank|sinks|edged|"
    r"closed|ended|traded|trade|added|lost|rallied|slumped|down|up|higher|lower|flat|unchanged|steady)\b",
    re.IGNORECASE,
)
#: "X's market value", "X's share price", "X's market cap".
_VALUE_AFTER = re.compile(
    r"(?:'s|’s|'|’)\s+(?:share\s+price|stock\s+price|market\s+(?:value|valuation|capitali[sz]ation|cap))\b",
    re.IGNORECASE,
)
#: "2.3234 X shares", "one X share": a count of the company's shares.
_COUNT_BEFORE = re.compile(r"(?:\d[\d.,]*|\bone|\btwo|\bthree)\s+$", re.IGNORECASE)
_SHARES_NEXT = re.compile(r"\s+(?:shares?|stock)\b", re.IGNORECASE)
#: "shares of X", "shares in X", "stock of X" (the name right after; never "its shares of").
_SHARES_BEFORE = re.compile(r"\b(?:shares|stock)\s+(?:of|in)\s+$", re.IGNORECASE)
#: "the outstanding X stock", "his X shares": a determiner or "outstanding" before the name makes
#: "shares"/"stock" after it a noun, the company's (never the verb of "Ames shares his view").
_NOUN_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our|all|outstanding)\s+$", re.IGNORECASE)


#: A bare short form in brackets: a ticker, or the initials of the words before it.
_BARE_SHORT = re.compile(r"\s*\(([A-Z]{2,5})\)")
_WORD_START = re.compile(r"(?<![\w'’])\w")


def _spelled_before(text: str, start: int, end: int, short: str) -> bool:
    """Do words that open before the name spell the bracketed short form, as the abbreviation of a
    longer phrase does ("People, Experience and Technology (PXT)": the name is "Technology", and a word
    before it opens with P, then X and T follow in order)? Then the name is a word of that phrase, no
    listed company. A short form the name spells itself ("Corwin Ames (CRWA)") is its own."""
    lo = max(0, start - 60)
    window = text[lo:end].lower()
    letters = short.lower()
    for m in _WORD_START.finditer(window, 0, start - lo):
        if m.group() != letters[0]:
            continue
        k = m.end()
        for c in letters[1:]:
            k = window.find(c, k)
            if k < 0:
                break
            k += 1
        else:
            return True
    return False


def listed_company(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] told as a listed company (a ticker in brackets after it, its
    shares moving or counted, its market value)?"""
    hi = min(len(text), end + 60)
    m = _TICKER_AFTER.match(text, end, hi)
    if m is not None:
        bare = _BARE_SHORT.fullmatch(m.group())
        # "Research and Development (RD)": an abbreviation the words spell, not a ticker
        return bare is None or not _spelled_before(text, start, end, bare.group(1))
    if _SHARES_MOVE.match(text, end, hi) or _VALUE_AFTER.match(text, end, hi):
        return True
    lo = max(0, start - 20)
    if _may_hold_shares(text[lo:start]) and _SHARES_BEFORE.search(text, lo, start):
        return True
    # (the match at one place first: the count's search tries every place of the window)
    return bool(_SHARES_NEXT.match(text, end, hi)) and bool(
        _COUNT_BEFORE.search(text, lo, start) or _NOUN_DETERMINER_BEFORE.search(text, lo, start)
    )


def _may_hold_shares(window: str) -> bool:
    """False only where _SHARES_BEFORE cannot match in `window` (a necessary condition, not a test of
    its own): its "shares" or "stock", lowered, or the long s that re.IGNORECASE reads as an "s" (the
    Kelvin sign it reads as a "k" is lowered to one)."""
    low = window.lower()
    return "share" in low or "stock" in low or "\u017f" in low
