"""Stop 60, extraction speed: the same output with less work.

- `tokens.foldless_lower`: a page lowered once per article for every reader that needs it lower-cased
  with its offsets kept (the needle gates, the attribution's case-blind patterns, the role cues), and
  None where a letter stands that re.IGNORECASE folds to ASCII ("ſ", "ı", "İ", the Kelvin sign).
- `needle_within` answers as before when the page it reads was lowered for another reader first.
- `leads.led_alternation`: the longest cue alternation (the figure roles' cues, 663 alternatives)
  matched at each place with the alternatives that open with its character only.
- `hedges.find_hedges`: the multi-word hedges ("is reported to") searched only in a sentence that holds
  a word one of them opens with.
- `furniture._paywall_hinted`: the page's paywall hint asked of the lowered page before its case-blind
  search of the whole page.

Every text here is invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

from tui.analysis.extract import tokens
from tui.analysis.extract.hedges import _multi_openings, find_hedges
from tui.analysis.extract.tokens import CASE_FOLDS, foldless_lower, forget_sentences, needle_within
from tui.analysis.leads import MIN_SPLIT, first_chars, led, led_alternation
from tui.corpus import furniture

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


# --- a long alternation split by first character: the same matches, spans and groups --------------

_PRE, _POST = r"(?<![\w$€£])", r"(?![\w])"


def _cues(n: int) -> list[str]:
    """n invented cue phrases, longest first as the lexicon's are joined, some sharing their openings."""
    heads = ["agreed", "agreement", "bought", "buy", "sold", "sell", "stake", "stakes", "took", "take"]
    tails = ["to", "in", "with", "out", "over", "a", "the", "its", "their", "some"]
    cues = [f"{h}\\s+{t}\\s+w{k}" for k in range(n // 100 + 1) for h in heads for t in tails][:n]
    return sorted(cues, key=len, reverse=True)


def _whole(groups: list[tuple[str | None, list[str]]]) -> re.Pattern[str]:
    body = "|".join(f"(?P<{n}>{'|'.join(p)})" if n else "|".join(p) for n, p in groups)
    return led(_PRE + "(?:" + body + ")" + _POST)


SPLIT_TEXTS = [
    "Orvalo agreed to w0 a deal; Brisa bought its w1 stake and sold the w2 rest. agreed  to w0",
    "The fund took over w3 Kestrel, then took  the w1 notes; stakes in w2 Vela stake a w4.",
    "Halden sell some w0, selling out w1 (sell out w1), take their w2 and buy with w3 X$buy a w0",
    # the near miss: the cue words glued to others, or without their tail, match nowhere
    "Rebought to w0, agreedly in w1, sold-out w2, the stakes w9 and a buyer in w3.",
]


def _spans(it: Iterable[re.Match[str]]) -> list[tuple[int, int, str | None, tuple[str | None, ...]]]:
    return [(m.start(), m.end(), m.lastgroup, m.groups()) for m in it]


@pytest.mark.parametrize("text", SPLIT_TEXTS)
@pytest.mark.parametrize("named", [False, True])
def test_a_split_alternation_finds_what_the_whole_pattern_finds(text: str, named: bool) -> None:
    cues = _cues(MIN_SPLIT + 60)
    groups: list[tuple[str | None, list[str]]] = (
        [(f"c{i}", cues[i::4]) for i in range(4)] if named else [(None, cues)]
    )
    split, whole = led_alternation(_PRE, groups, _POST), _whole(groups)
    assert type(split).__name__ == "_SplitAlternation"
    assert split.pattern == whole.pattern and split.groupindex == whole.groupindex
    for lo in range(0, len(text) + 1, 3):
        for hi in (lo + 7, lo + 30, len(text), len(text) + 5):
            assert _spans(split.finditer(text, lo, hi)) == _spans(whole.finditer(text, lo, hi))
            got, want = split.search(text, lo, hi), whole.search(text, lo, hi)
            assert (got and _spans([got])) == (want and _spans([want]))
            got, want = split.match(text, lo, hi), whole.match(text, lo, hi)
            assert (got and _spans([got])) == (want and _spans([want]))


def test_the_near_miss_text_holds_no_cue() -> None:
    cues = _cues(MIN_SPLIT + 60)
    assert list(led_alternation(_PRE, [(None, cues)], _POST).finditer(SPLIT_TEXTS[3][:60])) == []


def test_a_short_alternation_or_one_whose_openings_cannot_be_told_stays_whole() -> None:
    short = led_alternation(_PRE, [(None, _cues(MIN_SPLIT - 1))], _POST)
    assert isinstance(short, re.Pattern)
    digit_led = led_alternation(_PRE, [(None, [*_cues(MIN_SPLIT), r"\d+\s+shares"])], _POST)
    assert isinstance(digit_led, re.Pattern)  # a digit may open a match: no split
    assert first_chars(r"(?:sold|bought)\s+x") == frozenset("sb")
    assert first_chars(r"(?i:sold)") is None and first_chars(r"(sold)") is None and first_chars(r"x?") is None


# --- the paywall hint asked of the lowered page first ------------------------------------------------

HINTED = [
    "Kestrel shares rose.\nAlready a SUBSCRIBER? Log in to read on.",
    "Orla said it would sell.\nPlease sign\non to your account to continue.",
    "Vela grew.\nYour Ledger login has expired; LOGIN again.",
]
NOT_HINTED = [
    # the near miss: "sign" and "log" inside other words, "login" glued behind a letter
    "Brisa signed the deal; its catalogue and design teams, the blogin unit, stay in Oslo.",
    "Tallow resigned from the technology board, its dialogue on hold.",
]


@pytest.mark.parametrize("text", HINTED + NOT_HINTED)
def test_the_paywall_hint_is_what_its_pattern_says(text: str) -> None:
    assert furniture._paywall_hinted(text) is (text in HINTED)
    assert furniture._paywall_hinted(text) is (furniture._PAYWALL_HINT.search(text) is not None)


def test_a_page_with_a_letter_that_folds_to_ascii_is_searched() -> None:
    text = "Orla said: already a \u017fubscriber? the firm asked."  # "ſubscriber": re.IGNORECASE matches it
    assert furniture._paywall_hinted(text) is True


# --- the multi-word hedges searched only in a sentence holding a word one opens with ----------------


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Orvalo is reported to be weighing a sale of its port unit.", "is reported to"),
        ("The Brisa board, analysts said, appears to favour the cash offer.", "appears to"),
        ("Quist Freight plans to list its shares in Oslo next spring.", "plans to"),
    ],
)
def test_a_multi_word_hedge_is_still_found(sentence: str, phrase: str) -> None:
    forget_sentences()
    assert phrase in [h.text for h in find_hedges(sentence, "a1")]


def test_a_sentence_with_no_opening_word_holds_no_multi_word_hedge() -> None:
    # the near miss: "reportedly" is a single hedge, "talks" without "in" before it none
    forget_sentences()
    sentence = "Kestrel reportedly held talks; the deal stalled."
    openings = _multi_openings()
    assert openings is not None and "in" in openings and "reported" in openings
    assert [h.text for h in find_hedges(sentence, "a1")] == ["reportedly"]
