"""One person's name with and without a middle initial is one name (issue 12, stop 33).

On an appointment story nobody had tuned to, the Predecessor row read "differ: “Karen Lynch” vs
“Karen S. Lynch”: different values: not judged": one page gives the departing chief's middle initial.
A name whose words are the other's once the middle initials are left out is the same name in other
words (a variation), never two people; a different first or last word still is. Names invented.
"""

from __future__ import annotations

import pytest

from tui.analysis.compare.model import Slot
from tui.analysis.compare.verdicts import INCOMPARABLE, VARIATION, fact_verdict
from tui.corpus.model import Span


def fact(text: str) -> Slot:
    return Slot("fact", text, Span("t", 0, 1), normalized=text)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ("Marta Quill", "Marta J. Quill", VARIATION),
        ("Marta J Quill", "Marta Quill", VARIATION),
        ("Marta J. R. Quill", "Marta Quill", VARIATION),
        ("Marta J. Quill", "Marta K. Quill", INCOMPARABLE),  # two initials: two people, not judged
        ("Marta Quill", "Marta J. Quillon", INCOMPARABLE),
        ("Marta Quill", "Jonas J. Quill", INCOMPARABLE),
        ("Marta Quill", "Marta Jo Quill", INCOMPARABLE),  # a middle name is no initial
    ],
)
def test_a_middle_initial(a: str, b: str, kind: str) -> None:
    assert fact_verdict(fact(a), fact(b)).kind == kind
    assert fact_verdict(fact(b), fact(a)).kind == kind
