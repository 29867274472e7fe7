"""An exchange rate an article states, so a price keeps its other-currency forms (issue 11, stop 25).

Wires end a story told in one currency with the rate they used: "($1 = 75.1590 Indian rupees)",
"($1 = 0.9268 euros)", "(1 euro = $1.0823)", "(£1 = $1.2710)". `stated_rates` reads them; facts.py
carries a price at that rate on the fact (`FactValue.converted`), beside a conversion written right
after the figure ("2.4 billion euros ($2.6 billion)"). The converted value never stands for a fact:
it lets the comparison see the same money told in two currencies. Every pattern is bounded (a rate
line is short), so the scan is linear.
"""

from __future__ import annotations

import re

__all__ = ["stated_rates"]

#: A currency as a rate line names it after the number, and its code.
_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "u.s. dollar": "USD",
    "u.s. dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupee": "INR",
    "indian rupees": "INR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "chinese yuan": "CNY",
    "swiss franc": "CHF",
    "swiss francs": "CHF",
    "australian dollar": "AUD",
    "australian dollars": "AUD",
    "canadian dollar": "CAD",
    "canadian dollars": "CAD",
    "hong kong dollar": "HKD",
    "hong kong dollars": "HKD",
}
_SIGNS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_WORD_RE = r"(?P<{0}>(?:[A-Za-z.]+\s){{0,2}}?[A-Za-z]+)"
#: "($1 = 75.1590 Indian rupees)", "(€1 = $1.08)", "(1 euro = $1.0823)", "(1 pound = 1.27 dollars)".
_RATE = re.compile(
    r"\(\s*(?:(?P<sign1>US\$|\$|€|£|¥|₹)\s?1|1\s+" + _WORD_RE.format("word1") + r")\s*=\s*"
    r"(?:(?P<sign2>US\$|\$|€|£|¥|₹)\s?(?P<n1>\d{1,7}(?:\.\d{1,6})?)|"
    r"(?P<n2>\d{1,7}(?:\.\d{1,6})?)\s+" + _WORD_RE.format("word2") + r")\s*\)",
    re.IGNORECASE,
)


def _unit(sign: str | None, word: str | None) -> str | None:
    if sign:
        return _SIGNS.get(sign.lower())
    if word:
        return _WORDS.get(" ".join(word.lower().split()))
    return None


def stated_rates(text: str) -> tuple[tuple[str, str, float], ...]:
    """Each rate the text states as (from, to, rate): 1 `from` = `rate` `to` ("($1 = 75.16 Indian
    rupees)" -> ("USD", "INR", 75.16)). A pair stated twice with two rates is dropped (no guess)."""
    if "=" not in text:
        return ()
    found: dict[tuple[str, str], float | None] = {}
    for m in _RATE.finditer(text):
        a = _unit(m.group("sign1"), m.group("word1"))
        b = _unit(m.group("sign2"), m.group("word2"))
        number = m.group("n1") or m.group("n2")
        if a is None or b is None or a == b or not number:
            continue
        rate = float(number)
        if rate <= 0:
            continue
        key = (a, b)
        if key in found and found[key] is not None and abs((found[key] or 0.0) - rate) > 1e-9:
            found[key] = None
        elif key not in found:
            found[key] = rate
    return tuple((a, b, r) for (a, b), r in found.items() if r is not None)
