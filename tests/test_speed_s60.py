"""Stop 60, extraction speed: the same output with less work.

- `tokens.foldless_lower`: a page lowered once per article for every reader that needs it lower-cased
  with its offsets kept (the needle gates, the attribution's case-blind patterns, the role cues), and
  None where a letter stands that re.IGNORECASE folds to ASCII ("ſ", "ı", "İ", the Kelvin sign).
- `needle_within` answers as before when the page it reads was lowered for another reader first.

Every text here is invented.
"""

from __future__ import annotations

import pytest

from tui.analysis.extract import tokens
from tui.analysis.extract.tokens import CASE_FOLDS, foldless_lower, forget_sentences, needle_within

# --- a page lowered once: the same text, the same offsets ----------------------------------------

LOWERED = [
    "Orvalo Freight agreed to buy Tessera Mills for $2.4 billion, the buyer said on Monday.",
    "The Kestrel board named Dana Ruiz its chief executive; she starts in March.",
    "SHARES OF HALDEN VOSS ROSE 4% AFTER THE BID, A PERSON FAMILIAR WITH THE TALKS SAID.",
]


@pytest.mark.parametrize("text", LOWERED)
def test_a_page_is_lowered_with_its_offsets(text: str) -> None:
    forget_sentences()
    low = foldless_lower(text)
    assert low == text.lower()
    assert low is not None and len(low) == len(text)
    assert foldless_lower(text) is low  # asked again: the one lowered copy


@pytest.mark.parametrize("fold", list(CASE_FOLDS))
def test_a_page_with_a_letter_that_folds_to_ascii_is_not_lowered(fold: str) -> None:
    # the near miss: lower() would not say what re.IGNORECASE matches there
    forget_sentences()
    assert foldless_lower(f"The Ka{fold}ra fund said it would sell its stake.") is None


def test_the_memo_is_emptied_for_each_article() -> None:
    text = "Brisa Motors said its chairman, Ivo Stark, would step down."
    foldless_lower(text)
    forget_sentences()
    assert text not in tokens._FOLDLESS_LOWS


@pytest.mark.parametrize(
    ("text", "needles", "lo", "hi", "expected"),
    [
        ("An app Called Wisp was bought by Orla.", ("called",), 0, 12, True),
        ("Vela, dubbed the Nova suite, grew.", ("dubbed", "called"), 4, 20, True),
        ("Tallow, known as TLW, was named in May.", ("named",), 20, 39, True),
        # the near miss: the needle stands only after the window
        ("Its rival Quist was later renamed Brava.", ("renamed",), 0, 20, False),
    ],
)
def test_needle_within_reads_the_shared_lowered_page(
    text: str, needles: tuple[str, ...], lo: int, hi: int, expected: bool
) -> None:
    forget_sentences()
    foldless_lower(text)  # another reader lowered the page first
    assert needle_within(text, needles, lo, hi) is expected
    forget_sentences()
    assert needle_within(text, needles, lo, hi) is expected  # and alone, as before
