"""The overview rows and charts (tui/analysis/overview.py) and `meta-scale-tui overview`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tui.analysis.overview import (
    OverviewRow,
    bar,
    bars,
    filter_rows,
    fit_columns,
    format_cells,
    overview,
    primary_frames,
    sort_rows,
    spark,
)
from tui.analysis.pipeline import analyse
from tui.cli.main import main
from tui.corpus.loader import load_corpus

FOUR = Path(__file__).parent / "corpora" / "four"


def _row(aid: str, outlet: str | None, date: dt.date | None, words: int, hedged: int = 0) -> OverviewRow:
    return OverviewRow(
        aid, f"Title {aid}", outlet, None, date, words, 1, 0, 0, 2, 4, hedged, None, None, None
    )


ROWS = [
    _row("a", "Reuters", dt.date(2025, 6, 12), 300, 1),
    _row("b", None, dt.date(2025, 6, 10), 500, 3),
    _row("c", "ft", None, 100),
]


def test_rows_of_the_four_test_articles() -> None:
    corpus = load_corpus(FOUR)
    analysis = analyse(corpus)
    data = overview(corpus, analysis, dict(primary_frames(corpus, analysis)))
    rows = {r.article_id: r for r in data.rows}
    assert [r.article_id for r in data.rows] == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
    win = rows["winbuzzer"]
    assert (win.outlet, win.author, win.date) == ("Winbuzzer", "Markus Kasanmascheff", dt.date(2025, 6, 13))
    assert win.words == corpus.article("winbuzzer").word_count
    claims = analysis.articles["ledgerwire"].claims
    assert rows["ledgerwire"].statements == len(claims)
    assert rows["ledgerwire"].hedged == sum(1 for c in claims if c.hedged)
    # "Meta reportedly to pay...": the ledger rests on unnamed sources more than anyone else.
    assert rows["ledgerwire"].unnamed > rows["ledgerwire"].named + rows["ledgerwire"].outlets
    assert data.per_day == [(dt.date(2025, 6, 13), 2)] and data.undated == 2
    assert dict(data.frames) == {"conflict": 1, "economic": 2, "responsibility": 1}
    assert len(data.outlets) == 4 and all(n == 1 for _, n in data.outlets)


def test_the_overview_of_a_stored_analysis_is_that_of_the_analysis_in_memory_and_keeps_no_sentences(
    tmp_path: Path,
) -> None:
    """Issue 15: the app's analysis after a first start is read from the cache (its articles'
    sentences unpickled on first use). Its overview, frames included, has the rows and charts of the
    analysis made in memory, and finding the frames leaves every article's sentences unread: at
    5,000 articles the app kept them all after the first `v`."""
    from tests.factories import make_corpus
    from tui.analysis import pipeline
    from tui.analysis.extract import analyse_corpus
    from tui.analysis.stored import StoredArticleAnalysis

    folder = make_corpus(16, tmp_path / "story", seed=5, copies=0.25)
    corpus = load_corpus(folder)
    in_memory = analyse_corpus(corpus)
    analyse(corpus)
    warm = analyse(load_corpus(folder))
    assert pipeline.last_run.whole_from_cache
    kept = [a for a in warm.articles.values() if isinstance(a, StoredArticleAnalysis)]
    assert len(kept) == len(corpus.articles) == 16
    expected = overview(corpus, in_memory, dict(primary_frames(corpus, in_memory)))
    got = overview(corpus, warm, dict(primary_frames(corpus, warm)))
    assert got == expected
    assert len({r.frame for r in got.rows if r.frame}) >= 2 and got.frames_known
    assert all({"sentences", "paragraphs"} <= set(a.pending()) for a in kept)


def test_without_frames_the_frame_column_and_chart_are_empty() -> None:
    corpus = load_corpus(FOUR)
    data = overview(corpus, analyse(corpus))
    assert not data.frames_known and data.frames == []
    assert all(r.frame is None for r in data.rows)


def test_sort_puts_unknown_last_in_both_directions() -> None:
    assert [r.article_id for r in sort_rows(ROWS, "outlet")] == ["c", "a", "b"]  # ft < Reuters (casefold)
    assert [r.article_id for r in sort_rows(ROWS, "outlet", descending=True)] == ["a", "c", "b"]
    assert [r.article_id for r in sort_rows(ROWS, "date")] == ["b", "a", "c"]
    assert [r.article_id for r in sort_rows(ROWS, "hedged", descending=True)] == ["b", "a", "c"]
    with pytest.raises(ValueError, match="unknown column 'nope'"):
        sort_rows(ROWS, "nope")


def test_filter_every_word_and_column_words() -> None:
    assert [r.article_id for r in filter_rows(ROWS, "reuters")] == ["a"]
    assert [r.article_id for r in filter_rows(ROWS, "date:2025-06")] == ["a", "b"]
    assert [r.article_id for r in filter_rows(ROWS, "date:2025-06 title")] == ["a", "b"]
    assert filter_rows(ROWS, "outlet:reuters title c") == []
    assert filter_rows(ROWS, "  ") == ROWS


def test_columns_fit_80_cells_and_the_title_goes_first() -> None:
    layout = fit_columns(ROWS, 80)
    assert sum(w for _, w in layout) + len(layout) - 1 <= 80
    wide = fit_columns(ROWS, 160)
    assert wide[-1][0] == "title" and sum(w for _, w in wide) + len(wide) - 1 == 160
    line = format_cells(
        ["Reuters", "", "2025-06-12", "300"], [("outlet", 4), ("author", 3), ("date", 10), ("words", 5)]
    )
    assert line == "Reu…     2025-06-12   300"


def test_text_charts() -> None:
    assert bar(4, 8, 4) == "██" and bar(1, 8, 1) == "▏" and bar(0, 8, 4) == ""
    lines = bars([("Reuters", 4), ("FT", 2), ("AP", 1), ("BBC", 1)], 20, 3)
    assert lines == ["Reuters ██████████ 4", "FT      █████      2", "+2 more: 2"]
    assert bars([("Reuters", 4), ("FT", 3)], 20, 3) == ["Reuters ██████████ 4", "FT      ███████▌   3"]
    days = [(dt.date(2025, 6, 10), 4), (dt.date(2025, 6, 12), 1)]
    assert spark(days, 12) == ("█ ▂", "06-10…06-12")
    assert spark(days, 30) == ("█ ▂", "2025-06-10 … 2025-06-12")
    # more days than cells: two days a cell
    assert spark(days, 2) == ("█▂", "")


def test_overview_command_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["overview", "--corpus", str(FOUR), "--width", "80", "--sort", "words", "--desc"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 articles\n")
    table = out.split("\n\n")[-1].splitlines()
    assert table[0].split()[:3] == ["Outlet", "Author", "Date"]
    assert table[1].startswith("Winbuzzer") and all(len(line) <= 80 for line in table)
    assert main(["overview", "--corpus", str(FOUR), "--format", "json", "--filter", "frame:economic"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["id"] for a in data["articles"]] == ["ledgerwire", "northline"]
    assert data["undated"] == 2 and {f["frame"] for f in data["frames"]} == {
        "conflict",
        "economic",
        "responsibility",
    }
