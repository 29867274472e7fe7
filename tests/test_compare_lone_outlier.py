"""A lone cell its own page does not bear out is doubtful, not a contradiction flagged against every
other page (issue 12, stop 40; compare/told.py `lone_outlier`).

The form: a page of a funding round or a deal names its backers with their sizes ("the 300 billion
dollar sovereign fund", "a $12 billion fund") beside the round's own sum. When the extractor takes a
backer's size for the round and sets the round's sum aside (as a past deal, money of no role), the
page's cell stands alone against every other page's amount, and each pair read "contradiction": one
misread cell made as many flags as there were other pages. Now, when no other page gives the cell's
value, at least two give the value it contradicts, and the page's own text states that value too (a
figure the extractor set aside), the pair is "differ" (not judged) and the detail says why it is
doubtful. Near-misses keep the contradiction: a lone value whose page states nothing else of the
kind (an outlet may misreport alone), a value another page gives too, a value only one other page
contradicts.

Invented companies and figures; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import with_ids
from tui.corpus.model import Span


def _usd(text: str, value: float) -> Slot:
    return Slot(
        "money", text, Span("x", 0, 1), value, "USD", None, value * 0.995, value * 1.005, value * 0.005
    )


ROUND = _usd("$600 million", 6e8)
FUND = _usd("$310 billion", 3.1e11)


def _cells(own_cell: Slot, **others: Slot) -> dict[str, list[told.Told]]:
    out = {"w": [told.Told("w", "amount", None, own_cell, chosen=True)]}
    for aid, slot in others.items():
        out[aid] = [told.Told(aid, "amount", None, slot, chosen=True)]
    return out


def test_a_lone_cell_whose_page_gives_the_others_value_is_doubtful() -> None:
    cells = _cells(FUND, x=ROUND, y=_usd("$600m", 6e8), z=_usd("about $600 million", 6e8))
    aside = {"w": [_usd("$600 million", 6e8)]}  # the round's sum, read as a past deal
    for a, b, sa, sb in (("w", "x", FUND, ROUND), ("x", "w", ROUND, FUND)):
        v = told.lone_outlier("amount", a, b, sa, sb, cells, aside)
        assert v is not None
        assert v.kind == verdicts.DIFFER and v.reason == told.LONE_OUTLIER
        assert "doubtful" in v.why and "not judged" in v.why
        assert "and w itself also gives $600 million, as other articles do" in with_ids(v.why)


def test_a_lone_cell_whose_page_states_nothing_else_stays_a_contradiction() -> None:
    cells = _cells(FUND, x=ROUND, y=ROUND)
    assert told.lone_outlier("amount", "w", "x", FUND, ROUND, cells, {"w": []}) is None


def test_a_value_another_page_gives_too_is_no_lone_outlier() -> None:
    cells = _cells(FUND, x=ROUND, y=ROUND, z=_usd("$310bn", 3.1e11))
    aside = {"w": [_usd("$600 million", 6e8)]}
    assert told.lone_outlier("amount", "w", "x", FUND, ROUND, cells, aside) is None


def test_one_other_page_alone_makes_no_outlier() -> None:
    cells = _cells(FUND, x=ROUND)
    aside = {"w": [_usd("$600 million", 6e8)]}
    assert told.lone_outlier("amount", "w", "x", FUND, ROUND, cells, aside) is None


def test_the_others_value_set_aside_must_be_that_value() -> None:
    cells = _cells(FUND, x=ROUND, y=ROUND)
    aside = {"w": [_usd("$450 million", 4.5e8)]}  # an earlier round, not the others' sum
    assert told.lone_outlier("amount", "w", "x", FUND, ROUND, cells, aside) is None


def test_only_price_facts() -> None:
    cells = {"w": [told.Told("w", "stake", None, FUND, chosen=True)]}
    assert told.lone_outlier("stake", "w", "x", FUND, ROUND, cells, {"w": [ROUND]}) is None


def test_the_set_aside_figures_are_the_ones_of_no_price_of_the_event(tmp_path: Path) -> None:
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    (tmp_path / "a1.txt").write_text(
        "Nordlys Pay raises money\n\nNordlys Pay, the Oslo payments start-up, said on Tuesday it had "
        "raised $600 million from new and existing investors. In 2019 Nordlys Pay raised $90 million "
        "in an earlier round.\n",
        encoding="utf-8",
    )
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n  a1.txt:\n    id: a1\n    headline_in_text: true\n    date: 2031-04-10\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    result = analyse(corpus, use_cache=False).articles["a1"]
    aside = told.set_aside_of(result, corpus.articles[0])
    # the earlier round is weighed and set aside; the round's own sum is the cell, not set aside
    assert [s.value for s in aside] == [9e7]
