"""A page's own dollar (stop 39).

Five countries besides the United States call their money the dollar: Australia, Canada, New Zealand,
Singapore and Hong Kong. Their pages write it with a bare "$" ("$1.25 billion"), and a page elsewhere
marks it ("A$1.25 billion", "C$", "NZ$", "S$", "HK$"): the same money. A bare "$" is read as the US
dollar by the figures (tui/analysis/extract/figures.py); the event facts then ask `local_dollar` whether
the page is of a dollar country, and `bare_dollar` whether a fact's money is written with a bare "$".

The page is of that country when its address is under the country's domain (".com.au", ".ca") and it
names the country or its people, or when it marks that country's dollar in a figure of its own (and no
other country's). A figure of its own is the event's money or a party's ("each share at NZ$3.20", "had
S$2 billion of cash"), never a third party's (stop 40): an investor's size ("the fund that manages more
than C$539 billion") or another company's deal says whose money that fund or company counts in, not
the page's; the event facts name those figures (`others`). A page whose rate line
says what "$" is ("($1 = 1.36 Canadian dollars)") writes the US dollar bare, as a wire does, and so does
a page that restates its local dollar in a bare "$" ("HK$42 billion, or $5.4 billion"); a local dollar
given only as a conversion ("$US5 billion ($A7.5 billion)") marks no page; a figure in
brackets right after another is that conversion, and "US$" is always the US dollar.
Everything here is closed-class: five currencies, their domains, their marks.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from urllib.parse import urlsplit

from tui.analysis.extract.conversions import conversions
from tui.analysis.model import Figure, FigureKind

__all__ = ["bare_dollar", "local_dollar"]

#: The countries with a dollar of their own, by their address domain.
_DOMAIN = {"au": "AUD", "ca": "CAD", "nz": "NZD", "sg": "SGD", "hk": "HKD"}
_LOCAL = frozenset(_DOMAIN.values())
#: The country's name or its people's, which a page of the country names (an address under the country's
#: domain alone is no proof: a national outlet runs a wire's story of another country in US dollars).
_COUNTRY = {
    "AUD": re.compile(r"\bAustralian?s?\b|\bAussie"),
    "CAD": re.compile(r"\bCanad(?:a|ians?)\b"),
    "NZD": re.compile(r"\bNew\s+Zealand(?:ers?)?\b|\bKiwis?\b"),
    "SGD": re.compile(r"\bSingapor(?:e|eans?)\b"),
    "HKD": re.compile(r"\bHong\s+Kong(?:ers?)?\b"),
}
#: A bare dollar sign: no letter right before it ("US$", "A$") nor right after ("$US", "$A").
_BARE = re.compile(r"(?<![A-Za-z])\$(?![A-Za-z])")
#: An opening bracket right before a figure: the figure restates the one before it.
_BRACKET_BEFORE = re.compile(r"\(\s*$")


def local_dollar(
    url: str | None,
    text: str,
    figures: Sequence[Figure],
    rates: Iterable[tuple[str, str, float]],
    others: Collection[int] = (),
) -> str | None:
    """The code of the page's own dollar ("AUD"), or None when the page is of no dollar country, marks two
    countries' dollars, states a rate of the US dollar, or restates its own dollar in a bare "$" ("HK$42
    billion, or $5.4 billion": there the bare "$" is the US one). `others` holds the start offsets of the
    figures that are a third party's (a fund's size, another company's deal): their mark is not the
    page's."""
    if any("USD" in (a, b) for a, b, _r in rates):
        return None
    money = [f for f in figures if f.kind == FigureKind.MONEY]
    restated = conversions(text, money)
    for fig in money:
        first = restated.get(id(fig))
        if (
            first is not None
            and first.unit in _LOCAL
            and bare_dollar(text, fig.span.start, fig.span.end, True)
        ):
            return None
    # a local dollar given only as a conversion ("$US5 billion ($A7.5 billion)") is the reader's help, not
    # the page's own money: such a page writes another country's money bare too
    marked = {
        f.unit for f in money if f.unit in _LOCAL and id(f) not in restated and f.span.start not in others
    }
    if len(marked) > 1:
        return None
    host = (urlsplit(url).hostname or "") if url else ""
    by_domain = _DOMAIN.get(host.rsplit(".", 1)[-1]) if "." in host else None
    if by_domain is not None and marked <= {by_domain} and _COUNTRY[by_domain].search(text):
        return by_domain
    return next(iter(marked)) if marked else None


def bare_dollar(text: str, start: int, end: int, restated_too: bool = False) -> bool:
    """Is the money written at `start`-`end` with a bare "$" (not "US$"; not in brackets after a figure,
    unless `restated_too`)?"""
    m = _BARE.search(text, start, end)
    if m is None:
        return False
    return restated_too or _BRACKET_BEFORE.search(text, max(0, start - 4), start) is None
