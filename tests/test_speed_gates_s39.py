"""Stop 39, speed: gates that skip work without changing an answer (issue 11).

`tui.corpus.text._shouting` (is a line written in capitals?) counted every letter of every line of
every article in Python; a line whose ASCII lower-case letters are more than a tenth of its length is
now answered "no" before that count. These tests hold the gated function to the count itself
(`_reference` below, the function as it stood at the start of the stop) on invented lines: wire
briefs in capitals, ordinary sentences, lines right at the nine-in-ten bound, and lines with letters
outside ASCII (accented capitals, a dotted capital I, Greek, letters with no case)."""

from __future__ import annotations

import random

import pytest

from tui.corpus.text import _CAPS_WORD, _CLAUSE_WORDS, _shouting, recase_shouting


def _reference(line: str) -> bool:
    """The test as it stood before the gate: every letter counted."""
    words = [w for w in _CAPS_WORD.findall(line) if len(w) >= 2]
    if len(words) < 4:
        return False
    letters = [c for c in line if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return upper >= 0.9 * len(letters) and any(w.lower() in _CLAUSE_WORDS for w in words)


# Invented wire briefs in capitals (other industries, other figures): each is a line in capitals.
BRIEFS = [
    "* LANTERN FREIGHT TO BUY COASTAL RAIL UNIT FOR $310 MLN",
    "BRISKWELL FOODS SAYS IT WILL CUT 1,200 JOBS AT TWO PLANTS",
    "ORCHARD MUTUAL EXPECTS TO LIST SHARES IN ZÜRICH BY MARCH",
    "SÉVERINE ÉNERGIE WAS FINED €4 MLN, REGULATOR SAYS",
]

# Ordinary lines, and near misses: capitals with a few words in lower case, a label in capitals
# with no word of a clause, a line too short to judge.
ORDINARY = [
    "Lantern Freight said on Tuesday it would buy the coastal rail unit.",
    "Briskwell Foods plans to cut 1,200 jobs, a spokeswoman said.",
    "The fund's manager — who declined to be named — said the İstanbul office stays open.",
    "ΤΟ ΔΕΛΤΙΟ ΤΥΠΟΥ ΕΙΠΕ ΟΤΙ Η ΕΤΑΙΡΕΙΑ ΘΑ ΠΟΥΛΗΣΕΙ",
    "MORE FROM THE HARBOUR LEDGER",
    "GRANITE MILLS TO SHUT",
    "GRANITE MILLS WILL close its oldest plant and move the rest",
]


@pytest.mark.parametrize("line", BRIEFS)
def test_a_brief_in_capitals_is_still_shouting(line: str) -> None:
    assert _shouting(line)
    assert _reference(line)


@pytest.mark.parametrize("line", ORDINARY)
def test_ordinary_lines_and_near_misses_answer_as_before(line: str) -> None:
    assert _shouting(line) == _reference(line)
    assert not _shouting(line[:40]) or _reference(line[:40])


def _at_the_bound(upper: int, lower: int, spaces: int) -> str:
    """Four words in capitals, one of them a clause word, with `lower` lower-case letters at the end."""
    head = "KESTREL WILL SELL BARGES"
    caps = sum(c.isupper() for c in head)
    tail = "Q" * max(0, upper - caps) + "q" * lower
    return head + " " * spaces + tail


def test_lines_at_nine_in_ten_answer_as_before() -> None:
    # 21 + 2 capitals against 2 or 3 lower-case letters: on either side of nine in ten, the gate (more
    # than a tenth of the line's length lower case) never answers for the count.
    seen = set()
    for upper in range(21, 40):
        for lower in range(0, 6):
            for spaces in (1, 3, 12):
                line = _at_the_bound(upper, lower, spaces)
                seen.add(_reference(line))
                assert _shouting(line) == _reference(line), line
    assert seen == {True, False}  # both answers were asked for


def test_random_lines_of_mixed_letters_answer_as_before() -> None:
    rng = random.Random(39)
    alphabet = (
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4 + "abcdefghijklmnop" + "ÉÜİıßçΣσ中" + " " * 12 + "’'.-,$%0123456789"
    )
    clause = ["TO", "WILL", "SAYS", "to", "is"]
    seen = set()
    for _ in range(4000):
        n = rng.randrange(0, 90)
        line = "".join(rng.choice(alphabet) for _ in range(n))
        if rng.random() < 0.5:
            line = line + " " + rng.choice(clause) + " " + "".join(rng.choice(alphabet) for _ in range(8))
        seen.add(_reference(line))
        assert _shouting(line) == _reference(line), line
    assert seen == {True, False}


def test_a_text_is_recased_as_before() -> None:
    text = "Lantern Freight Holdings reported results.\n" + BRIEFS[0] + "\nIt said more later."
    out = recase_shouting(text, frozenset({"to", "buy", "for", "unit", "rail"}))
    assert len(out) == len(text)
    assert out.split("\n")[0] == text.split("\n")[0]
    assert out.split("\n")[1] != BRIEFS[0]  # the brief was recased
    assert "Lantern Freight" in out.split("\n")[1]


# --- the index child's full text: no sort where the sentences already rise (issue 15) ----------------


def _text_rows(corpus, sentences):  # noqa: ANN001, ANN202
    import tui.analysis.search.stream as stream
    from tui.analysis.search.index import sort_key
    from tui.analysis.search.items import KINDS

    key = sort_key({k: n for n, k in enumerate(KINDS)})
    return [(it.id, it.order) for it in stream._full_text(corpus, sentences, key)]


def test_the_full_text_comes_in_the_index_order_whether_or_not_the_sentences_rise() -> None:
    from pathlib import Path

    from tui.analysis.pipeline import analyse
    from tui.analysis.search.items import items_and_sentences
    from tui.corpus.loader import load_corpus

    corpus = load_corpus(Path(__file__).parent / "corpora" / "four")
    _, sentences = items_and_sentences(corpus, analyse(corpus))
    assert sum(len(spans) for _, spans, _ in sentences) > 20
    rising = _text_rows(corpus, sentences)
    # Within each article the sentences come by their start, the articles in the corpus's order.
    ids = [a.id for a in corpus.articles]
    assert rising == sorted(rising, key=lambda row: (ids.index(row[0].split("@")[0]), row[1]))
    # Given backwards, or with a sentence given twice, they are sorted as the index sorts them: the
    # same rows in the same order (the twice-given one twice, side by side).
    backwards = [(a, list(reversed(spans)), own) for a, spans, own in sentences]
    assert _text_rows(corpus, backwards) == rising
    article, spans, own = sentences[0]
    twice = [(article, [*spans, spans[1]], own), *sentences[1:]]
    got = _text_rows(corpus, twice)
    second = rising.index((f"{article.id}@{spans[1].start}", spans[1].start))
    assert got == [*rising[: second + 1], rising[second], *rising[second + 1 :]]
