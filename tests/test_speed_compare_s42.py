"""Stop 42, speed: two costs of a 20-article comparison's first `m20` (issue 15).

- `verdicts.compatible` (is one figure the other told alike or at another precision?) built the full
  verdict of the two values, its words formatted, to read its kind: a fifth of the pairs a 20-article
  comparison asks of are of two units, which no verdict holds together. The units are told first, and
  the verdict of the others is made without its words (`_plain_value_verdict(..., words=False)`).
- `Cues.texts_hit` (which sentences of an article a text class's cues may match in) joined and
  lower-cased the article's sentences for each of its text classes, and a class with a "re:" cue
  searched a join of its own: the join, its lower case and its starts are kept for the last list
  of sentences (`data._joined`), compared element by element.

The comparisons are unchanged (the digests in docs/benchmarks.md); these tests hold each piece to its
plain computation. Every figure and sentence is invented.
"""

from __future__ import annotations

import itertools

from tui.analysis.compare import data, verdicts
from tui.analysis.compare.data import cue_pattern, joined_text
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

SPAN = Span("a01", 0, 4)


def _slot(text: str, value: float | None, unit: str | None, approx: str | None = None) -> Slot:
    low = high = value
    if value is not None and approx == "about":
        low, high = value * 0.9, value * 1.1
    elif value is not None and approx == "lower":
        high = None
    precision = 0.05 * (value or 0.0) if value is not None else None
    return Slot("money", text, SPAN, value, unit, approx, low, high, precision)


SLOTS = [
    _slot("$2 billion", 2e9, "USD"),
    _slot("$2.0bn", 2e9, "USD"),
    _slot("about $2 billion", 2e9, "USD", "about"),
    _slot("$2.04 billion", 2.04e9, "USD"),
    _slot("$3 billion", 3e9, "USD"),
    _slot("at least $1 billion", 1e9, "USD", "lower"),
    _slot("€2 billion", 2e9, "EUR"),
    _slot("£2 billion", 2e9, "GBP"),
    _slot("2 billion", 2e9, None),
    _slot("undisclosed", None, "USD"),
    _slot("a large sum", None, None),
]


def _plain(a: Slot, b: Slot) -> bool:
    """`compatible` as it stood: the kind of the full verdict."""
    return verdicts._plain_value_verdict(a, b).kind in (verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION)


def test_compatible_is_the_kind_of_the_full_verdict() -> None:
    for a, b in itertools.product(SLOTS, repeat=2):
        assert verdicts.compatible(a, b) == _plain(a, b), (a.text, b.text)


def test_a_verdict_without_its_words_is_the_same_verdict() -> None:
    for a, b in itertools.product(SLOTS, repeat=2):
        full = verdicts._plain_value_verdict(a, b)
        bare = verdicts._plain_value_verdict(a, b, words=False)
        assert (bare.kind, bare.reason, bare.sides, bare.why) == (full.kind, full.reason, full.sides, ""), (
            a.text,
            b.text,
        )
        assert full.why.startswith(f"{a.text} vs {b.text}: ")


def test_compatible_by_hand() -> None:
    two, two_bn, about_two, three, euros = SLOTS[0], SLOTS[1], SLOTS[2], SLOTS[4], SLOTS[6]
    assert verdicts.compatible(two, two_bn)  # the same value, written otherwise
    assert verdicts.compatible(about_two, two)  # within the hedge
    assert not verdicts.compatible(two, three)  # two values
    assert not verdicts.compatible(two, euros)  # two units: never held together
    assert not verdicts.compatible(SLOTS[8], two)  # a unit against none


SENTENCES = [
    "Tarrow Foods will buy Kestle Mills for $2 billion.",
    "The deal values Kestle at about $2.1 billion, including debt.",
    "Regulators in Oslo must still approve the purchase.",
    "Kestle shares rose 12% on the news.",
]


def _hits_by_search(cues: data.Cues, texts: list[str]) -> set[int]:
    return {n for n, text in enumerate(texts) if cues.search(text) is not None}


def test_texts_hit_finds_every_sentence_a_search_finds() -> None:
    cues = cue_pattern(["buy*", "approve", "shares", "values"])
    assert cues is not None
    texts = list(SENTENCES)
    first = cues.texts_hit(texts)
    assert first == _hits_by_search(cues, texts) == {0, 1, 2, 3}
    assert cues.texts_hit(texts) == first  # kept: the same answer
    other = cue_pattern(["regulators"])
    assert other is not None
    assert other.texts_hit(texts) == {2}


def test_a_list_changed_in_place_is_joined_again() -> None:
    """The memo compares the sentences, not the list: a list changed in place is not the one kept."""
    cues = cue_pattern(["approve"])
    assert cues is not None
    texts = list(SENTENCES)
    assert cues.texts_hit(texts) == {2}
    texts[0] = "Approval came on Monday; the board will approve the plan."
    assert cues.texts_hit(texts) == {0, 2}
    texts.pop()
    assert joined_text(texts) == "\n".join(texts)


def test_the_joined_text_is_one_object_while_the_sentences_stay() -> None:
    texts = list(SENTENCES)
    assert joined_text(texts) == "\n".join(texts)
    assert joined_text(list(texts)) is joined_text(texts)
    assert joined_text([]) == ""


def test_a_text_whose_lower_case_is_longer_is_not_told_by_one_scan() -> None:
    cues = cue_pattern(["approve"])
    assert cues is not None
    texts = ["İstanbul regulators approve the deal.", "Shares rose."]
    assert cues.texts_hit(texts) is None
    assert _hits_by_search(cues, texts) == {0}
