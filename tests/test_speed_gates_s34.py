"""Stop 34 (issue 11): the gates put before three patterns of the entity typing and the listed-company
test never skip a match (docs/benchmarks.md, "Stop 34: extraction speed").

Each gate is a necessary condition of the pattern it guards: wherever the pattern matches, the gate
must pass. The phrases are read from the patterns themselves, so a word added to a pattern later is
checked too; the windows are invented, in upper and lower case, with white space and newlines after
them, and with the non-ASCII letters re.IGNORECASE folds to ASCII ones (İ ı ſ K).
"""

from __future__ import annotations

import itertools
import re

from tui.analysis.extract import entities as en
from tui.analysis.extract import listed as li

_HEADS = ["", "x ", "Acme ", "the firm that ", "Vera Lind, who ", "In 2019 she ", "a-"]
_ENDS = [" ", "  ", "\t", "\n", " \n", "\u00a0", ""]
_FOLDS = {"i": ("\u0130", "\u0131"), "s": ("\u017f",), "k": ("\u212a",)}


def _phrases(pattern: re.Pattern[str]) -> list[str]:
    """The phrases of a pattern written `\\b(?:a|b c|...)(\\s+word)*\\s+$`, with white space for its
    `\\s+` ("appointment of" from `(?:appointment|...)\\s+of\\s+$`)."""
    m = re.search(r"\(\?:([^()]*)\)((?:\\s\+\w+)*)\\s\+\$$", pattern.pattern)
    assert m is not None, pattern.pattern
    return [(alt + m.group(2)).replace("\\s+", " ") for alt in m.group(1).split("|")]


def _spellings(phrase: str) -> list[str]:
    """The phrase as written, in capitals, capitalized, and with each foldable letter folded once."""
    out = [phrase, phrase.upper(), phrase.capitalize()]
    for i, c in enumerate(phrase):
        for folded in _FOLDS.get(c, ()):
            out.append(phrase[:i] + folded + phrase[i + 1 :])
    return out


def _check(pattern: re.Pattern[str], gate: object, phrases: list[str]) -> int:
    matched = 0
    for phrase in phrases:
        for head, spelled, end in itertools.product(_HEADS, _spellings(phrase), _ENDS):
            before = head + spelled + end
            if pattern.search(before):
                matched += 1
                assert gate(before), (pattern.pattern[:30], before)  # type: ignore[operator]
    return matched


def test_org_verb_gate_never_skips_a_match() -> None:
    phrases = _phrases(en._ORG_VERB_BEFORE)
    assert "invested in" in phrases and "co-founded" in phrases  # the parse reads the pattern
    matched = _check(
        en._ORG_VERB_BEFORE,
        lambda b: en._may_end_in(b, b.rstrip(), en._ORG_VERB_LAST),
        phrases,
    )
    assert matched > 40 * len(phrases)  # the windows hold matches: the test can fail


def test_person_event_gate_never_skips_a_match() -> None:
    phrases = _phrases(en._PERSON_EVENT_OF)
    assert "appointment of" in phrases
    matched = _check(en._PERSON_EVENT_OF, lambda b: en._may_end_in(b, b.rstrip(), ("of",)), phrases)
    assert matched > 40 * len(phrases)


def test_end_gate_skips_what_cannot_match() -> None:
    # the gate does skip: no white space at the end, or another last word
    for before in ["who joined", "who joined Acme and", "the departure of Mara", "who ran the", ""]:
        assert not en._may_end_in(before, before.rstrip(), en._ORG_VERB_LAST + ("of",))
        assert not en._ORG_VERB_BEFORE.search(before)
    # a fold letter anywhere in the window: the pattern decides
    before = "\u0130n 2019 she said "
    assert en._may_end_in(before, before.rstrip(), ("of",))


def test_shares_gate_never_skips_a_match() -> None:
    heads = ["", "x ", "the ", "Acme's ", "2,000 "]
    nouns = ["shares", "stock", "SHARES", "Stock", "\u017fhares", "stoc\u212a", "\u017ftock", "share"]
    links = [" of ", " in ", "  OF\n", " In\t", " of", " on ", " ın "]
    matched = 0
    for head, noun, link in itertools.product(heads, nouns, links):
        text = head + noun + link
        n = len(text)
        for lo in range(min(n, 6) + 1):
            if li._SHARES_BEFORE.search(text, lo, n):
                matched += 1
                assert li._may_hold_shares(text[lo:n]), (text, lo)
    assert matched > 100
    assert not li._may_hold_shares("the sale of ")


def test_listed_company_reads_the_same_marks() -> None:
    # the count before and "shares" after, tested in the other order now: both still needed
    text = "He sold 2,000 Corwin Ames shares last week."
    start = text.index("Corwin")
    assert li.listed_company(text, start, start + len("Corwin Ames"))
    text = "He sold 2,000 Corwin Ames last week."
    assert not li.listed_company(text, start, start + len("Corwin Ames"))
    text = "He met Corwin Ames shares his view."
    start = text.index("Corwin")
    assert not li.listed_company(text, start, start + len("Corwin Ames"))
    text = "Trading in shares of Corwin Ames stopped."
    start = text.index("Corwin")
    assert li.listed_company(text, start, start + len("Corwin Ames"))
    text = "Trading in \u017fhares of Corwin Ames stopped."
    start = text.index("Corwin")
    assert li.listed_company(text, start, start + len("Corwin Ames"))
