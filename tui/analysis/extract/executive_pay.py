"""An executive's pay told with money: a bonus, a salary, a pay package, compensation (stop 51).

"will get a $15 million signing bonus", "an annual salary of about 3 million pounds", "a pay package worth up to
$40 million": a page about a chief's arrival often tells what the chief is paid. No buyer pays that money for a
company: it is no deal's amount, and its words ("million") are no cue of a deal. Before, an appointment page whose
lead told the new chief's pay voted itself a deal (every money figure in the lead votes for one).

`pay_spans` gives, in a stretch of the lower-cased text, the span of each such money told with one of the money
figures: from its pay noun right before it ("a salary of", "compensation worth") or from the money to the pay noun
right after it ("$9 million bonus", "2 million euros ($2.2 million) in pay"), with the bracketed restatement after the money. A price paid ("agreed to pay $2
billion for Y") is not pay: the verb "pay" is not its noun, and a noun needs "of", "worth" or "totalling" before
the money. Every pattern is bounded, so the scan stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.analysis.extract.cut_costs import APPROX, money_spans

__all__ = ["pay_spans"]

#: A pay noun (lower case): "salary", "bonus", "pay package", "compensation", "remuneration", "pay"; the fixed or
#: variable part of a pay told as income ("a fixed income of", "variable income of up to").
_PAY_NOUN = (
    r"(?:salary|salaries|bonus|bonuses|pay\s+package|pay|compensation|remuneration|"
    r"(?:fixed|variable)\s+income)"
)
#: The pay noun right before the money, with its word of amount: "a salary of close to", "bonus worth",
#: "compensation totalling".
_PAY_BEFORE = re.compile(r"\b" + _PAY_NOUN + r"\s+(?:of|worth|totall?ing)\s+" + APPROX + r"$")
#: Right after the money, its restatement in brackets and then the pay noun, with a word of its kind: "$9 million
#: bonus", "a 20 million euro signing-on bonus", "$3m annual salary", "$12 million in pay".
_PAY_AFTER = re.compile(
    r"(?:\s*\([^()]{0,30}\))?\s+(?:in\s+)?(?:(?:annual|yearly|one-?off|one-?time|cash)\s+)?"
    r"(?:(?:signing-?on|sign-?on|signing|joining|welcome|retention)\s+)?" + _PAY_NOUN + r"\b"
)
#: How far before the money its pay noun may start (characters).
_REACH = 50


def pay_spans(low: str, s0: int, s1: int, money: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of an executive's pay told in `low[s0:s1]` (lower-cased text) with one of the `money` figures
    (their spans, in text order): from the pay noun before the money, or from the money to the pay noun after it."""
    return money_spans(low, s0, s1, money, (_PAY_BEFORE,), _PAY_AFTER, _REACH)
