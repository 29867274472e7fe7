"""Fast paths in the extractor give exactly what the plain pattern gives (invented strings)."""

from __future__ import annotations

import random
import re

from tui.analysis.extract import entities as en
from tui.analysis.extract.tokens import runs_of


def invented(seed: int, pieces: str | list[str], longest: int, count: int = 3000) -> list[str]:
    """`count` strings of 0 to `longest` pieces drawn at random (the same for the same seed)."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_runs_of_is_finditer_filtered() -> None:
    alphabet = ["said", "says", "aid", "sai", "d", " ", "-", "é", "x", "S", "told", "\n", "'", "1"]
    wanted = frozenset({"said", "says", "told", "aid"})
    for low in invented(11, alphabet, 12):
        want = [(m.start(), m.end(), m.group()) for m in re.finditer("[a-z]+", low) if m.group() in wanted]
        assert runs_of(low, wanted) == want, low


def test_role_cues_on_lower_case_text() -> None:
    for text in [
        "Acme Named Jane Roe As Its New Chief Executive, and she Took Over As CEO",
        "He WILL BECOME the chair; she steps in AS interim head INTO the role",
        "Asked about it, Nassim said nothing",
    ]:
        want = [m.span() for m in en._ROLE_CUE.finditer(text)]
        assert want or text.startswith("Asked")
        assert [m.span() for m in en._ROLE_CUE_LOW.finditer(text.lower())] == want, text


def test_tokenize_offsets_without_match_objects() -> None:
    from tui.analysis.extract.tokens import _TOKEN, tokenize

    text = "__init__ x_1 _ A.B. U.S. Inc. ok\u00a0Paris-based"
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == [
        (2, 8, "init__"),  # the "_" before a word is skipped, as white space is
        (9, 12, "x_1"),
        (15, 19, "A.B."),
        (20, 24, "U.S."),
        (25, 29, "Inc."),
        (30, 32, "ok"),
        (33, 38, "Paris"),
        (38, 44, "-based"),
    ]
    alphabet = ["_", " ", "\t", "\u00a0", ".", "-", "a", "Bc", "’s", "'", "1", "é", "&", "“", "Inc", "U.S"]
    for text in invented(5, alphabet, 14):
        toks = tokenize(text)
        assert all(text[t.start : t.end] == t.text for t in toks), text
        assert all(a.end <= b.start for a, b in zip(toks, toks[1:], strict=False)), text
        # every match of the pattern starts a token, or is the stop a token before took in
        starts = {t.start for t in toks}
        for m in _TOKEN.finditer(text):
            assert m.start() in starts or (m.group() == "." and m.start() + 1 in {t.end for t in toks}), text


def test_sentence_gates_before_token_tests() -> None:
    from tui.analysis.extract.tokens import tokenize

    alphabet = [
        "Intel",
        "Pat",
        "pat",
        "Reuters",
        "1",
        "2",
        " ",
        "“",
        '"',
        "'",
        "‘",
        "XOM",
        ".N",
        "GPUs",
        "s",
        "H100",
        "-4",
    ]
    for text in invented(7, alphabet, 8):
        toks = tokenize(text)
        if not en._LOWER_UPPER.search(text):
            assert not any(en._GLUED_PAIR.match(t.text) for t in toks), text
        if not en._LETTER_DIGIT.search(text):
            assert not any(en._FOOTNOTE_GLUED.fullmatch(t.text) for t in toks), text
        if not en._OPEN_MARK.search(text):
            assert not any(t.text in en._OPEN_MARKS for t in toks), text
        for t in toks:
            assert en._DIGIT.search(t.bare) or not en._MODEL_NAME.match(t.bare), t.bare
            assert en._code_or_plural(t.text) == bool(
                en.RIC.match(t.text) or en._PLURAL_ACRONYM.match(t.text)
            )
    assert en._code_or_plural("XOM.N") and en._code_or_plural("GPUs") and not en._code_or_plural("Meta")


def test_hedge_words_found_by_str_find() -> None:
    from tui.analysis.extract.hedges import find_hedges

    # "about" before a number is an approximator; "May" mid-sentence is the month
    assert [(h.text, h.kind) for h in find_hedges("It could fall about 5% by May 3, sources said", "a")][
        :2
    ] == [
        ("could", "epistemic"),
        ("about", "approximator"),
    ]
    alphabet = [
        "may",
        "May",
        "reportedly",
        "Could",
        "about",
        "5",
        "$3",
        "likely",
        "x",
        "maybe",
        " ",
        ",",
        "nearly",
        "NEARLY",
    ]
    for text in invented(3, alphabet, 10, 2000):
        # a Kelvin sign after the text turns the str.find path off: the word-by-word path must agree
        slow = [(h.text, h.kind, h.span) for h in find_hedges(text + " \u212a", "a")]
        assert [(h.text, h.kind, h.span) for h in find_hedges(text, "a")] == slow, text
