"""A row's label, its cells' marks and its details say the same thing (issue 12).

- A property over every compared row of the coverage bench (the committed own-words stories; the
  real excerpts too when `COVERAGE_REAL` names their folder or bench/real holds them): a row reads
  agree only when no pair differs or contradicts; a cell is marked ✓ only when none of its pairs
  differs (not judged) or contradicts, a pair with a doubtful lone cell counting as that cell's only; a cell is marked ≠ only when one of its pairs contradicts; a
  "differ" detail says it is not judged, a "stage change" detail names its two stages ("talks →
  closed") and a contradiction's detail never says "compatible".
- Two exact figures a hair apart, one the other rounded ("7.7%" and "7.73%"), are a precision
  difference, not the same value in other words.
- A cell with one pair at another precision and one pair not judged keeps no ✓.

Sentences and companies are invented; expectations written by hand.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from bench.coverage import REAL, TABLES, analyse_texts, load_tables, texts_of
from tests.factories import compare_texts
from tui.analysis.compare import verdicts
from tui.analysis.compare.aspects import doubted_by
from tui.analysis.compare.model import Aspect, Comparison, Slot
from tui.analysis.compare.numbers import slot_of
from tui.analysis.extract.figures import find_figures
from tui.analysis.model import FigureKind
from tui.corpus.model import Article, ArticleMeta

AGREEING = frozenset({verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION, verdicts.MEASURE})


def label_problems(comparison: Comparison) -> list[str]:
    """Every row whose label, marks or details disagree, one line each (empty: all agree)."""
    out = []
    for aspect in comparison.aspects:
        where = f"{aspect.id}"
        kinds = {p.verdict for p in aspect.pairs}
        if aspect.verdict == "agree" and not kinds <= AGREEING:
            out.append(f"{where}: the row reads agree with pairs {sorted(kinds)}")
        if (aspect.verdict == "differ") != (verdicts.CONTRADICTION in kinds):
            out.append(f"{where}: the row reads {aspect.verdict} with pairs {sorted(kinds)}")
        for aid, cell in aspect.cells.items():
            # a pair with a doubtful lone cell is that cell's doubt, not the other's (told.lone_outlier)
            own = {p.verdict for p in aspect.pairs if aid in (p.a, p.b) and not doubted_by(aid, p)}
            if cell.mark == "agree" and not own <= AGREEING:
                out.append(f"{where} {aid}: ✓ with pairs {sorted(own)}")
            if cell.mark == "differ" and verdicts.CONTRADICTION not in own:
                out.append(f"{where} {aid}: ≠ with pairs {sorted(own)}")
        for p in aspect.pairs:
            if p.verdict == verdicts.DIFFER and "not judged" not in p.detail:
                out.append(f"{where} {p.a}~{p.b}: differ, but the detail judges: {p.detail}")
            if p.verdict == verdicts.STAGE and "→" not in p.detail:
                out.append(f"{where} {p.a}~{p.b}: stage change, but the detail names no stages: {p.detail}")
            if p.verdict == verdicts.CONTRADICTION and any(
                w in p.detail for w in ("not judged", ": compatible", "the same value")
            ):
                out.append(f"{where} {p.a}~{p.b}: contradiction, but the detail says {p.detail}")
    return out


def _bench_tables() -> list[tuple[str, object, Path]]:
    tables, _ = load_tables(TABLES)
    real = Path(os.environ["COVERAGE_REAL"]) if os.environ.get("COVERAGE_REAL") else REAL
    out = []
    for t in tables:
        folder = t.path.parent if t.own else real / t.story
        if folder.is_dir():
            out.append((f"{t.story}-{'own' if t.own else 'real'}", t, folder))
    return out


BENCH = _bench_tables()


@pytest.mark.parametrize("name,table,folder", BENCH, ids=[b[0] for b in BENCH])
def test_every_bench_row_says_what_its_cells_and_details_say(name: str, table: object, folder: Path) -> None:
    texts = texts_of(table, folder)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory(prefix="labels-") as tmp:
        run = analyse_texts(table, texts, Path(tmp))  # type: ignore[arg-type]
    assert run.comparison is not None
    assert label_problems(run.comparison) == []


def test_the_bench_has_own_stories() -> None:
    assert sum(1 for name, _, _ in BENCH if name.endswith("-own")) >= 20


# --- rounding within a hair ------------------------------------------------------------------------


def _value(sentence: str) -> Slot:
    article = Article("t", Path("t.txt"), sentence, ArticleMeta())
    fig = next(f for f in find_figures(sentence, "t") if f.kind in (FigureKind.MONEY, FigureKind.PERCENT))
    return slot_of(fig, article, "percent" if fig.kind == FigureKind.PERCENT else "money")


@pytest.mark.parametrize(
    "one,two,kind",
    [
        ("Norvale bought a 7.7% stake.", "Norvale bought a 7.73 per cent stake.", verdicts.PRECISION),
        ("Norvale now holds 12.46 percent.", "Norvale now holds 12.5%.", verdicts.PRECISION),
        ("It paid $4.51 billion for the unit.", "It paid $4.5 billion for the unit.", verdicts.PRECISION),
        # one value in two house styles is the same value (stop 30: it was a variation)
        ("The deal is worth $27.7bn.", "The deal is worth $27.7 billion.", verdicts.SAME),
        ("The deal is worth $27.7bn.", "The deal is worth $27.7bn.", verdicts.SAME),
        # two figures written to the same digit that differ are no rounding of each other
        ("Kelvar holds 40.1%.", "Kelvar holds 40.2%.", verdicts.VARIATION),
    ],
)
def test_a_figure_and_its_rounding_a_hair_apart(one: str, two: str, kind: str) -> None:
    v = verdicts.value_verdict(_value(one), _value(two))
    assert v.kind == kind, v.why
    w = verdicts.value_verdict(_value(two), _value(one))
    assert w.kind == kind, w.why


# --- a cell with a pair not judged keeps no check mark ------------------------------------------------


def _compare(tmp_path: Path, texts: dict[str, str], cls: str) -> Aspect:
    result = compare_texts(tmp_path, texts)
    assert label_problems(result) == []
    return result.aspect(cls)


@pytest.mark.parametrize(
    "euro,dollar,about",
    [
        (
            "Orvik Labs agreed to buy Tessant for 1.3 billion euros, the companies said.",
            "Orvik Labs agreed to buy Tessant for $1.5 billion, the companies said.",
            "Orvik Labs agreed to buy Tessant for about $1.5 billion, the companies said.",
        ),
        (
            "Tessant will be acquired by Orvik Labs in a deal worth 900 million pounds.",
            "Tessant will be acquired by Orvik Labs in a deal worth $1.1 billion.",
            "Tessant will be acquired by Orvik Labs in a deal worth roughly $1.1 billion.",
        ),
    ],
)
def test_a_cell_with_a_pair_not_judged_is_not_marked_agree(
    tmp_path: Path, euro: str, dollar: str, about: str
) -> None:
    aspect = _compare(tmp_path, {"a": euro, "b": dollar, "c": about}, "amount")
    kinds = {frozenset((p.a, p.b)): p.verdict for p in aspect.pairs}
    assert kinds[frozenset("bc")] == verdicts.PRECISION
    assert kinds[frozenset("ab")] == verdicts.DIFFER
    assert aspect.verdict == "unjudged"
    assert aspect.cells["b"].mark == "both" and aspect.cells["c"].mark == "both"
    assert "not judged" in aspect.cells["b"].note
