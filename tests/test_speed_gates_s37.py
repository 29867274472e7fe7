"""Stop 37 (issue 11): the brand-list rule's search of the 160 characters before a name runs only
where one of the list's opening words stands there (`tokens.needle_within`, found once per article).

The gate is a necessary condition of the pattern: wherever `_GOODS_LIST_BEFORE` matches in a window,
the gate must pass. The opening words are read from the pattern itself (a word added to it later is
checked too); the lists and the names are invented, written in lower case, in capitals, capitalized
and with the non-ASCII letters re.IGNORECASE folds to ASCII ones (İ ı ſ K).
"""

from __future__ import annotations

import itertools
import re

from tui.analysis.extract import entities as en
from tui.analysis.extract.tokens import forget_sentences, needle_within

_FOLDS = {"i": ("\u0130", "\u0131"), "s": ("\u017f",), "k": ("\u212a",)}


def _words_of_pattern() -> list[str]:
    """The opening words of `_GOODS_LIST_BEFORE`: each case-blind alternation's words (both forms of
    "makers?"), and its two case-sensitive ones."""
    groups = re.findall(r"\(\?i:((?:[^()]|\([^()]*\))*)\)", en._GOODS_LIST_BEFORE.pattern)
    words: list[str] = []
    for group in groups:
        for alt in group.split("|"):
            alt = re.sub(r"\(.*", "", alt)  # "parent(?:\s+company)?" -> "parent"
            words.extend([alt[:-2], alt[:-1]] if alt.endswith("s?") else [alt])
    return words


def _openers() -> list[str]:
    """A window's opening for each word, as the pattern wants it after the word."""
    out = []
    for word in _words_of_pattern():
        if word.startswith(("maker", "producer", "manufacturer", "inventor", "creator", "developer")):
            out += [f"the {word} of ", f"{word} of the "]
        elif word.startswith(("owner", "parent")):
            out += [f"the {word} of ", f"{word} of such "]
        else:
            out += [
                f"household {word} such as ",
                f"{word}, including ",
                f"{word} owned by Orla Foods include ",
            ]
    out += ["such popular brands as ", "such snacks as ", "whose best-known names include "]
    out += ["whose holdings range from ", "whose portfolio are "]
    return out


def _spellings(opener: str) -> list[str]:
    out = [opener, opener.upper(), opener.capitalize()]
    for i, c in enumerate(opener):
        for folded in _FOLDS.get(c, ()):
            out.append(opener[:i] + folded + opener[i + 1 :])
    return out


_HEADS = ["", "Last year ", "The grocer, ", "x" * 150 + " ", "Quill Brewing, "]
_ITEMS = ["", "Tamsin, ", "Tamsin and ", "Tamsin stock cubes, Ferro and ", "its owner’s "]
_NAME = "Brindle Cola is sold in 40 countries."


def test_goods_gate_never_skips_a_match() -> None:
    words = _words_of_pattern()
    assert "cosmetics" in words and "manufacturer" in words and "owners" in words  # the parse reads it
    matched = 0
    for head, opener, items in itertools.product(_HEADS, _openers(), _ITEMS):
        for spelled in _spellings(opener):
            forget_sentences()
            text = head + spelled + items + _NAME
            start = len(head + spelled + items)
            lo = max(0, start - 160)
            if en._GOODS_LIST_BEFORE.search(text, lo, start):
                matched += 1
                assert needle_within(text, en._GOODS_OPENERS, lo, start), text
    assert matched > 500  # the windows hold lists: the test can fail


def test_goods_gate_skips_what_cannot_match() -> None:
    # no opening word in the window: the name in a plain sentence, or the word too far back
    for text in [
        "Shares of Brindle Cola rose 4% on Tuesday.",
        "Its brands are many. " + "y" * 160 + " and Brindle Cola",
    ]:
        forget_sentences()
        start = text.index("Brindle")
        lo = max(0, start - 160)
        assert not en._GOODS_LIST_BEFORE.search(text, lo, start)
        assert not needle_within(text, en._GOODS_OPENERS, lo, start)
    # a near miss the gate lets through and the pattern decides: the word, but no list
    forget_sentences()
    text = "The owner said Brindle Cola would grow."
    start = text.index("Brindle")
    assert needle_within(text, en._GOODS_OPENERS, 0, start)
    assert not en._GOODS_LIST_BEFORE.search(text, 0, start)
    assert en.listed_goods(text, start, start + 12, False, 0) is None


def test_needle_within_bounds_and_folds() -> None:
    forget_sentences()
    text = "ab owner cd"
    assert needle_within(text, ("owner",), 3, 4)  # starts at lo
    assert needle_within(text, ("owner",), 0, 4)
    assert not needle_within(text, ("owner",), 4, 11)  # started before lo
    assert not needle_within(text, ("owner",), 0, 3)  # starts at hi
    assert needle_within("ab OWNER cd", ("owner",), 0, 4)  # any case
    # a letter that folds to ASCII anywhere in the text: never gated
    assert needle_within("ab \u017fuch cd x", ("owner",), 0, 11)
    # the places are remembered per text and needles, and forgotten with the article
    assert needle_within("one owner", ("owner",), 0, 9)
    forget_sentences()
    assert not needle_within("one owner", ("maker",), 0, 9)


def test_listed_goods_unchanged_on_lists() -> None:
    # the rule still finds each kind of list (written by hand: the rule each list is told by)
    forget_sentences()
    cases = [
        ("Its household brands such as Tamsin and Brindle Cola sell well.", "entity.brand-list"),
        ("Orla Foods, the owner of Tamsin and Brindle Cola, said so.", en.OWNED_RULE),
        ("The makers of Tamsin, Ferro and Brindle Cola met.", "entity.brand-list"),
        ("A group whose holdings include Tamsin and Brindle Cola grew.", en.OWNED_RULE),
    ]
    for text, rule in cases:
        forget_sentences()
        start = text.index("Brindle")
        assert en.listed_goods(text, start, start + len("Brindle Cola"), False, 0) == rule, text
