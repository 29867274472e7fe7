"""Stop 53, throughput (second round): probes and a whole-page pattern that open with their rarer character.

`re` skips ahead only to a pattern's first literal or class of characters; a pattern that opens with
an assertion, or with a class as common as every letter, is tried at (nearly) every position. Four
patterns were rewritten to open with a rarer character and ask for what stood before it as a
look-behind over it:

- `entities._LOWER_UPPER` (a lower-case letter, then a capital: "rivalOrvex"), `_LETTER_DIGIT` (a
  letter, then a digit: "Reuters1") and `_GLUED_STOP` (a stop glued between two words: "China.He"),
  the per-sentence probes that say whether a sentence's tokens need a second look. Each now opens with
  its second character (a capital, a digit, a stop) and is searched from one past the sentence's
  start, so that the character behind it stands inside the sentence: a sentence holds a match of the
  rewrite searched so exactly when it holds one of the pattern as it stood searched from its start.
- `mixed_case.MIXED_PAIR` ("SKY news": capitals, a space, a lower-case word), searched over every page
  three times: its look-behind is asked after the first capital, so it opens with a class of capitals.
  The same spans and groups.

The tests hold each rewrite to the pattern as it stood (kept here as the reference) on invented
sentences (three wordings each), near misses, every window of them, and thousands of random texts of
the patterns' own characters; and each stays linear. Every sentence is invented.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tui.analysis.extract import entities, mixed_case

# --- the patterns as they stood (the reference) -------------------------------------------------

_LOWER_UPPER_BEFORE = re.compile(r"[a-z][A-Z]")
_LETTER_DIGIT_BEFORE = re.compile(r"[A-Za-z]\d")
_GLUED_STOP_BEFORE = re.compile(r"[A-Za-z]\.[A-Z][a-z]")
_MIXED_PAIR_BEFORE = re.compile(r"(?<![\w’'.&-])([A-Z]{2,4}) ([a-z]{3,15})(?=[’']s(?!\w)|[^\w’'-]|$)")

PROBES = [
    (entities._LOWER_UPPER, _LOWER_UPPER_BEFORE),
    (entities._LETTER_DIGIT, _LETTER_DIGIT_BEFORE),
    (entities._GLUED_STOP, _GLUED_STOP_BEFORE),
]


def _probe_says(probe: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """The rewritten probe as the extractor asks it of a sentence text[lo:hi]: from one past its start."""
    return probe.search(text, lo + 1, hi) is not None


def _every_window_agrees(probe: re.Pattern[str], before: re.Pattern[str], text: str) -> None:
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            expected = before.search(text, lo, hi) is not None
            assert _probe_says(probe, text, lo, hi) == expected, (text, lo, hi)


# --- a lower-case letter glued to a capital: a page that lost a space ("its rivalOrvex") ---------

GLUED_PAIRS = [
    "Shares of Tallow rose after its rivalOrvex cut prices.",
    "The deal was signed by CorwinHalvard late on Friday.",
    "A note from the iPhone maker's supplier came first.",
]
GLUED_PAIR_NEAR_MISSES = [
    "Shares of Tallow rose after its rival Orvex cut prices.",  # a space between: no glue
    "ORVEX AND TALLOW signed the deal.",  # capitals after capitals only
]

# --- a letter glued to a digit: a name's footnote ("Reuters1") -----------------------------------

GLUED_DIGITS = [
    "The figure was first reported by Brisk News2 on Monday.",
    "Sources: Tallow Ledger3 and the Harbour Post.",
    "Halvard's H100 chips were in the order.",
]
GLUED_DIGIT_NEAR_MISSES = [
    "The figure was first reported on May 2 by Brisk News.",  # a space before the digit
    "It paid $4.5 billion, or 12% more.",  # digits after a stop, a sign or a space only
]

# --- a stop glued between two words: the next sentence with no space ("China.He") ----------------

GLUED_STOPS = [
    "The unit was sold in Lisbon.It had lost money for years.",
    "Orvex denied the report.The shares fell.",
    "Revenue grew in Brisia.Analysts were surprised.",
]
GLUED_STOP_NEAR_MISSES = [
    "The unit was sold in Lisbon. It had lost money.",  # a space after the stop
    "The U.S. regulator and the U.K. one agreed.",  # a stop before a capital with no lower case after it
    "Tallow.com and orvex.Net were named.",  # no letter pair of a capital and a lower case after the stop
]


@pytest.mark.parametrize(
    ("probe", "before", "found", "missed"),
    [
        (entities._LOWER_UPPER, _LOWER_UPPER_BEFORE, GLUED_PAIRS, GLUED_PAIR_NEAR_MISSES[:1]),
        (entities._LETTER_DIGIT, _LETTER_DIGIT_BEFORE, GLUED_DIGITS, GLUED_DIGIT_NEAR_MISSES),
        (entities._GLUED_STOP, _GLUED_STOP_BEFORE, GLUED_STOPS, GLUED_STOP_NEAR_MISSES[:2]),
    ],
)
def test_a_probe_finds_its_glue_and_not_the_near_misses(
    probe: re.Pattern[str], before: re.Pattern[str], found: list[str], missed: list[str]
) -> None:
    for text in found:
        assert _probe_says(probe, text, 0, len(text)), text
    for text in missed:
        assert not _probe_says(probe, text, 0, len(text)), text


@pytest.mark.parametrize(
    "text", GLUED_PAIRS + GLUED_PAIR_NEAR_MISSES + GLUED_DIGITS + GLUED_DIGIT_NEAR_MISSES + GLUED_STOPS[:2]
)
def test_a_probe_answers_as_before_in_every_window(text: str) -> None:
    # every sentence span of the text, including one whose first character is the glue's second
    # ("rivalOrvex" cut right before the "O": the letter behind it is outside, no match)
    for probe, before in PROBES:
        _every_window_agrees(probe, before, text)


def test_a_pair_cut_at_the_sentence_start_is_not_found() -> None:
    text = "its rivalOrvex"
    at = text.index("O")
    assert not _probe_says(entities._LOWER_UPPER, text, at, len(text))
    assert _probe_says(entities._LOWER_UPPER, text, at - 1, len(text))
    text = "Brisk News2"
    assert not _probe_says(entities._LETTER_DIGIT, text, text.index("2"), len(text))
    text = "Lisbon.It had"
    assert not _probe_says(entities._GLUED_STOP, text, text.index("."), len(text))


_PROBE_CHARS = "aZbQ7 .x1.Kq 9-'’\n_É"


def test_random_texts_every_window_agrees() -> None:
    rng = random.Random(5355)
    seen = 0
    for _ in range(3000):
        text = "".join(rng.choice(_PROBE_CHARS) for _ in range(rng.randint(0, 14)))
        for probe, before in PROBES:
            _every_window_agrees(probe, before, text)
            seen += before.search(text) is not None
    assert seen > 1000  # the random texts do hold glue


# --- capitals and a lower-case word: a mixed-case name ("SKY news", "KLM cargo") --------------------

MIXED = [
    "The carrier's KLM cargo arm was sold for $1 billion.",
    "Viewers of SKY news saw the match on Sunday.",
    "(ORV labs) said its chip was ready; ORV labs’s staff agreed.",
]
MIXED_NEAR_MISSES = [
    "The O'KLM cargo arm was sold.",  # an apostrophe before the capitals
    "Tallow-ORV labs was renamed.",  # a hyphen before them
    "The OrvKLM cargo arm.",  # a letter before them
    "The KLMXY cargo arm.",  # five capitals
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", MIXED + MIXED_NEAR_MISSES)
def test_a_mixed_pair_matches_as_before(text: str) -> None:
    assert _spans(mixed_case.MIXED_PAIR, text) == _spans(_MIXED_PAIR_BEFORE, text)


def test_mixed_pairs_found_and_near_misses_not() -> None:
    assert all(mixed_case.MIXED_PAIR.search(t) for t in MIXED)
    assert not any(mixed_case.MIXED_PAIR.search(t) for t in MIXED_NEAR_MISSES)
    assert not hasattr(entities, "MIXED_PAIR")  # one pattern, scanned once, in mixed_case only


_MIXED_WORDS = [
    "KLM", "SKY", "ORV", "AB", "ABCDE", "Ab", "tv", "cargo", "labs", "x", "'s", "’s", "'", "’", "&",
    "-", ".", "_", "9", "é", "Orv",
]  # fmt: skip


def test_random_texts_find_the_mixed_pairs_as_before() -> None:
    rng = random.Random(5356)
    seen = 0
    for _ in range(6000):
        text = "".join(
            rng.choice(_MIXED_WORDS) + rng.choice(["", " ", " ", "  ", "\n"])
            for _ in range(rng.randint(2, 14))
        )
        got = _spans(mixed_case.MIXED_PAIR, text)
        assert got == _spans(_MIXED_PAIR_BEFORE, text), text
        for pos in range(0, len(text), 3):  # a search from inside the text too (its look-behind reads before)
            m, b = mixed_case.MIXED_PAIR.search(text, pos), _MIXED_PAIR_BEFORE.search(text, pos)
            assert (m and (m.span(), m.groups())) == (b and (b.span(), b.groups())), (text, pos)
        seen += len(got)
    assert seen > 150  # the random texts do hold matches (215 with this seed)


def test_the_rewritten_patterns_stay_linear() -> None:
    assert cpu_to_scan_a_long_line(entities._LOWER_UPPER, "rivalOrvex aB ") < 20
    assert cpu_to_scan_a_long_line(entities._LETTER_DIGIT, "News2 H100 a1 ") < 20
    assert cpu_to_scan_a_long_line(entities._GLUED_STOP, "Lisbon.It U.S. a.Bc ") < 20
    assert cpu_to_scan_a_long_line(mixed_case.MIXED_PAIR, "KLM cargo ORV labs’s ") < 20


# --- the office of a post ("the U.S. Office of the Harbour Ombudsman"): one alternative per opening ---
# As it stood: an optional state's code, then `\b` and a head; nothing `re` could skip ahead to. Now one
# alternative opening with the code's "U", one with each head's capital, each with its look-behind after it.

_OFFICE_BEFORE = re.compile(
    r"(?:(?<![\w.])(?:U\.S\.|U\.K\.|US|UK)\s)?"
    rf"\b(?:{'|'.join(entities._OFFICE_OF_THE_HEADS)})\s+of\s+the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,3}}"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}){0,2}"
)

OFFICES = [
    "The U.S. Office of the Harbour Ombudsman opened a review on Monday.",
    "A letter from the UK Ministry of the Coastal Economy for the Northern Isles was cited.",
    "Staff at the Bureau of the Public Ledger and the Department of the Fleet Registry agreed.",
]
OFFICE_NEAR_MISSES = [
    "The EU Office of the Harbour Ombudsman declined.",  # another code: the office alone, without it
    "The USOffice of the Harbour Ombudsman.",  # the code glued to the head: no office
    "A BackOffice of the Harbour team.",  # a head inside a word
    "Ex.US Office of the Harbour Ombudsman.",  # a stop before the code: the office alone
    "The office of the chairman declined.",  # a head in lower case
]


def _group(text: str) -> str:
    m = entities._OFFICE_OF_THE.search(text)
    return m.group() if m else ""


@pytest.mark.parametrize("text", OFFICES + OFFICE_NEAR_MISSES)
def test_an_office_of_the_matches_as_before(text: str) -> None:
    assert _spans(entities._OFFICE_OF_THE, text) == _spans(_OFFICE_BEFORE, text)


def test_offices_found_with_their_code_and_near_misses_not_whole() -> None:
    assert _group(OFFICES[0]).startswith("U.S. Office")
    assert _group(OFFICES[1]).startswith("UK Ministry")
    assert len(list(entities._OFFICE_OF_THE.finditer(OFFICES[2]))) == 2
    assert _group(OFFICE_NEAR_MISSES[0]).startswith("Office")
    assert _group(OFFICE_NEAR_MISSES[3]).startswith("Office")
    assert not any(_group(t) for t in (OFFICE_NEAR_MISSES[1], OFFICE_NEAR_MISSES[2], OFFICE_NEAR_MISSES[4]))


_OFFICE_WORDS = [
    "Office", "Bureau", "Department", "Ministry", "office", "Back", "of", "the", "for", "Harbour", "Ledger",
    "Public", "U.S.", "U.K.", "US", "UK", "U", "EU", "x", ".", ",", "-", "_", "9",
    "Office of the", "Ministry of the", "of the", "for the", "U.S. Bureau of the",
]  # fmt: skip


def test_random_texts_find_the_offices_as_before() -> None:
    rng = random.Random(5357)
    seen = 0
    for _ in range(6000):
        text = "".join(
            rng.choice(_OFFICE_WORDS) + rng.choice(["", " ", " ", " ", "  ", "\n"])
            for _ in range(rng.randint(2, 16))
        )
        got = _spans(entities._OFFICE_OF_THE, text)
        assert got == _spans(_OFFICE_BEFORE, text), text
        seen += len(got)
    assert seen > 300  # the random texts do hold matches


def test_the_office_pattern_stays_linear() -> None:
    assert cpu_to_scan_a_long_line(entities._OFFICE_OF_THE, "U.S. Office of the Harbour Ledger of the ") < 20
