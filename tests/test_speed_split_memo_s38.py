"""Stop 38 (issue 11): a capitalized run's split into names, titles and common words is made once per
distinct run (`entities._split_memo`: the run's words, the spaces between them, whether it opens a
sentence); each name the split finds is still typed from the text around it, occurrence by occurrence.

The texts are invented. The expectations are written by hand: the type a name takes where it stands.
"""

from __future__ import annotations

import pytest

from tui.analysis.extract import entities as en
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.tokens import tokenize_marked
from tui.analysis.model import EntityType


def _runs(text: str) -> list[tuple[list[en.Token], bool, str | None]]:
    toks, marks, _ = tokenize_marked(text, 0, len(text))
    return en._runs(text, toks, tables(), marks)


def _typed(
    text: str, words: tuple[str, ...], splits: en._SplitMemo
) -> list[tuple[tuple[str, ...], EntityType]]:
    """The candidates of the run of `words` in `text`, split through the memo `splits`."""
    for run, initial, tail in _runs(text):
        if tuple(t.text for t in run) == words:
            got = en._pieces(run, initial, tail, text, tables(), 0, splits)
            return [(c.tokens, c.type) for c in got]
    raise AssertionError(f"no run {words} in {text!r}")


# The same words, not opening a sentence, in two places that type them apart.
_PAIRS = [
    (
        "The deal was led by chief executive Mara Quist.",
        "It bought a stake in Mara Quist, which makes valves.",
        ("Mara", "Quist"),
        EntityType.PERSON,
        EntityType.ORG,
    ),
    (
        "The board hired finance chief Tomas Wren last year.",
        "Shares of Tomas Wren fell after the report.",
        ("Tomas", "Wren"),
        EntityType.PERSON,
        EntityType.ORG,
    ),
    (
        "Growers sent the crop to its plant in Belvarra.",
        "Analysts said chairman Belvarra had resigned.",
        ("Belvarra",),
        EntityType.PLACE,
        EntityType.PERSON,
    ),
]


@pytest.mark.parametrize(("first", "second", "words", "first_type", "second_type"), _PAIRS)
def test_a_memoised_split_is_typed_where_each_occurrence_stands(
    first: str, second: str, words: tuple[str, ...], first_type: EntityType, second_type: EntityType
) -> None:
    splits: en._SplitMemo = {}
    assert _typed(first, words, splits) == [(words, first_type)]
    assert len(splits) >= 1  # the run's split is kept ...
    # ... and reused for the second occurrence, whose type comes from its own context
    assert _typed(second, words, splits) == [(words, second_type)]
    # in the other order the same types: the memo holds no type of a name
    splits = {}
    assert _typed(second, words, splits) == [(words, second_type)]
    assert _typed(first, words, splits) == [(words, first_type)]


def test_the_spaces_between_words_are_part_of_the_key() -> None:
    """A known name's legal form is its own only one space after it ("Reuters Corp." -> the outlet
    alone); the same two words farther apart (a run joined over a nickname or a wide gap) are one
    unknown name. The same words with another gap are another run to split, in either order."""
    for order in ((1, 2), (2, 1)):
        splits: en._SplitMemo = {}
        got = {}
        for gap in order:
            head = en.Token(10, 17, "Reuters")
            run = [head, en.Token(head.end + gap, head.end + gap + 5, "Corp.")]
            text = " " * 10 + "Reuters" + " " * gap + "Corp. said on Friday"
            got[gap] = [(c.tokens, c.type) for c in en._pieces(run, False, None, text, tables(), 0, splits)]
        assert got[1] == [(("Reuters",), EntityType.OUTLET)]
        assert got[2] == [(("Reuters", "Corp."), EntityType.ORG)]
        assert len(splits) == 2


def test_a_piece_of_tokens_apart_is_typed_without_the_memo() -> None:
    """ "Dr X Ana Hospital": a one-letter known name between a courtesy title and an institution's name
    is left out of the body's name, so its tokens are not one range; the run is not memoised and the
    body is still found."""
    splits: en._SplitMemo = {}
    for text, name in (
        ("She visited Dr X Ana Hospital last week.", ("Dr", "Ana", "Hospital")),
        ("Funds went to Sir X Ivo Trust in May.", ("Sir", "Ivo", "Trust")),
    ):
        assert _typed(text, name[:1] + ("X",) + name[1:], splits) == [(name, EntityType.ORG)]
    assert splits == {}


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en, "_SPLITS_MAX", 3)
    splits: en._SplitMemo = {}
    for name in ("Avel", "Borin", "Cassa", "Dunmore", "Elsk"):
        text = f"The firm hired chairman {name} Quist."
        _typed(text, (name, "Quist"), splits)
    assert len(splits) == 3
    # a run past the bound is still split and typed
    assert _typed("The firm hired chairman Fennick Quist.", ("Fennick", "Quist"), splits) == [
        (("Fennick", "Quist"), EntityType.PERSON)
    ]


def test_find_entities_is_the_same_with_a_warm_memo() -> None:
    """An article analysed after others (its runs' splits already kept) gives what it gives alone."""
    text = (
        "Harbour Tools Inc. said on Monday that chief executive Mara Quist will step down. "
        "Mara Quist joined Harbour Tools in 2015. A stake in Harbour Tools went to Belvarra Capital. "
        "Quist said the board of Harbour Tools would name a successor."
    )
    sentences = []
    start = 0
    for end in [i + 1 for i, c in enumerate(text) if c == "." and text[i - 3 : i] != "Inc"]:
        sentences.append((start, end))
        start = end + 1
    en._SPLITS.clear()
    cold = en.find_entities("a1", text, sentences, set())
    warm = en.find_entities("a1", text, sentences, set())
    assert en._split_memo(tables())  # the first run filled the memo
    assert [(e.id, e.type, [m.span for m in e.mentions]) for e in warm.entities] == [
        (e.id, e.type, [m.span for m in e.mentions]) for e in cold.entities
    ]
    assert {e.name: e.type for e in cold.entities} == {
        "Harbour Tools Inc.": EntityType.ORG,
        "Mara Quist": EntityType.PERSON,
        "Belvarra Capital": EntityType.ORG,
    }
