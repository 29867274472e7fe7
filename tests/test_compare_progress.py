"""A comparison tells how far it is while it runs (issue 12: "shows progress while a large comparison
runs"; stop 31 audit: the screen said "Comparing…" and nothing more, for minutes when every article
of a large corpus is chosen). `compare(progress=...)` reports its four stages in order, each counted
up to its total; the screen's title shows them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.pilot import until_loaded
from tests.test_compare_explain import FOUR, CompareApp
from tui.analysis.compare import STAGES, compare
from tui.analysis.pipeline import analyse
from tui.app.screens.compare import ComparingTitle, progress_title
from tui.corpus.loader import load_corpus


def test_compare_reports_each_stage_in_order_up_to_its_total() -> None:
    corpus = load_corpus(FOUR)
    calls: list[tuple[str, int, int]] = []
    result = compare(corpus, analyse(corpus), None, progress=lambda *c: calls.append(c))
    stages = [stage for stage, _, _ in calls]
    assert [s for n, s in enumerate(stages) if n == 0 or stages[n - 1] != s] == list(STAGES)
    articles = len(result.article_ids)
    assert ("reading the articles", articles, articles) in calls
    assert ("profiling the articles", 0, articles) in calls
    aligned = [(done, total) for stage, done, total in calls if stage == "aligning the aspects"]
    assert aligned[0][0] == 0 and aligned[-1][0] == aligned[-1][1] > 1
    assert [d for d, _ in aligned] == sorted(d for d, _ in aligned)
    assert calls[-1] == ("linking the quotes", 1, 1)


def test_the_progress_title_names_the_stage_and_the_count() -> None:
    assert progress_title(40, "aligning the aspects", 12, 57) == (
        "Comparing 40 articles: aligning the aspects 12 of 57 (step 2 of 4)…"
    )
    assert (
        progress_title(40, "linking the quotes", 0, 1)
        == "Comparing 40 articles: linking the quotes (step 4 of 4)…"
    )


def test_the_title_changes_at_most_every_tenth_of_a_second_within_a_stage() -> None:
    shown: list[str] = []
    title = ComparingTitle(3, shown.append)
    for n in range(50):
        title("aligning the aspects", n, 50)  # within one stage, in far less than 0.1 s
    title("aligning the aspects", 50, 50)
    title("profiling the articles", 0, 3)
    assert shown[0].startswith("Comparing 3 articles: aligning the aspects 0 of 50")
    assert len(shown) < 10
    assert "50 of 50" in shown[-2] and "profiling the articles 0 of 3" in shown[-1]


async def test_the_screen_shows_the_comparison_when_it_is_done(tmp_path: Path) -> None:
    app = CompareApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        title = str(app.screen.query_one("#compare-title", Static).render())
        assert title.startswith("Compare") and "Comparing" not in title
