"""A money figure restated in another currency right after it is a conversion, not a figure of its own.

The forms: a bracket right after the figure ("€1.3 billion ($1.5 billion)", "A$37.6 billion (US$27.7
billion)", "1.7 billion euros (~$2 billion)", "(about $X)", "(or about $X)") and ", or" (or a dash and
"or") with a figure in another currency ("€1.3 billion, or about $1.5 billion,", "£1.4 billion - or about
1.6 billion Swiss francs", "200 billion yen – equal to 1.5 billion dollars –"). The figure written first is the article's own statement (the coverage
tables' convention: the currency the body states first); the one after it restates it and never stands
for a fact. A bracket restates the figure before it whatever its currency
("$US27.7 billion ($37.6 billion)": the bracket's "$" is the local dollar); ", or" only in another
currency ("$14 billion, or $40 a share" is no conversion).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.analysis.model import Figure, FigureKind

#: Between a figure and its conversion in brackets: "(", "(or ", "[", "(i.e. ", "(equivalent to ".
_BRACKET_GAP = re.compile(
    r"\s*[(\[]\s*(?:or\s+|i\.e\.,?\s+|equivalent\s+to\s+|equal\s+to\s+)?", re.IGNORECASE
)
#: Between a figure, the deal noun it sizes and the conversion in brackets (another currency only; stop 40):
#: "a one billion US dollar deal (£790 million)", "a $2bn takeover (€1.8bn)".
_NOUN_BRACKET_GAP = re.compile(
    r"\s+(?:deal|takeover|bid|offer|acquisition|investment|purchase|transaction|round|valuation)\s*[(\[]\s*"
    r"(?:or\s+|i\.e\.,?\s+|equivalent\s+to\s+|equal\s+to\s+)?",
    re.IGNORECASE,
)
#: Between a figure and its conversion after "or": ", or ", " or ", a dash before it (stop 49): " - or ", " – or ",
#: "—or "; (stop 60) "equal to" or "equivalent to" after a comma or a dash: " – equal to ", ", equivalent to ".
_OR_GAP = re.compile(
    r"(?:,?\s+|\s*[-–—]\s*)or\s+(?:(?:equal|equivalent)\s+to\s+)?|(?:,\s*|\s*[-–—]\s*)(?:equal|equivalent)\s+to\s+",
    re.IGNORECASE,
)
#: The longest gap either form allows (a linear guard before the patterns run).
_MAX_GAP = 24


def conversions(text: str, figures: Sequence[Figure], offset: int = 0) -> dict[int, Figure]:
    """For each money figure that restates the one right before it, id(figure) -> the figure it
    restates. `text` holds the figures' spans shifted by `offset` (the article's text: 0)."""
    money = sorted((f for f in figures if f.kind == FigureKind.MONEY), key=lambda f: f.span.start)
    out: dict[int, Figure] = {}
    for prev, fig in zip(money, money[1:], strict=False):
        if id(prev) in out:
            continue  # a conversion is restated by nothing: "A (B) (C)" keeps C apart
        a, b = prev.span.end - offset, fig.span.start - offset
        if not 0 < b - a <= _MAX_GAP:
            continue
        other = fig.unit != prev.unit and fig.unit is not None
        if _BRACKET_GAP.fullmatch(text, a, b) or (
            other and (_OR_GAP.fullmatch(text, a, b) or _NOUN_BRACKET_GAP.fullmatch(text, a, b))
        ):
            out[id(fig)] = prev
    return out
