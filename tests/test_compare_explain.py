"""`?` in Compare explains its words and numbers in plain words; the frame bars carry their numbers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.pilot import until_loaded
from tui.analysis.pipeline import analyse
from tui.app.app_base import AppBase
from tui.app.screens.compare import CompareScreen, score_text
from tui.app.screens.compare_help import TERMS, CompareHelpScreen, explanation
from tui.corpus.loader import load_corpus

FOUR = Path(__file__).parent / "corpora" / "four"


class CompareApp(AppBase):
    def __init__(self) -> None:
        super().__init__()
        self.corpus = load_corpus(FOUR)
        self.analysis = analyse(self.corpus)

    def on_mount(self) -> None:
        self.push_screen(CompareScreen())


def test_score_text_is_three_cells() -> None:
    assert [score_text(v) for v in (0.0, 0.62, 0.5, 0.999, 1.0)] == [".00", ".62", ".50", "1.0", "1.0"]


def test_the_explanation_names_every_term_of_the_screen() -> None:
    words = explanation().plain
    for term in (
        "narrator:",
        "hedged n/m:",
        "loaded n/1k:",
        "aligned: score",
        "0.4 x the names",
        "same:",
        "variation:",
        "precision:",
        "contradiction:",
        "only in:",
        "theme:",
        "Con Hum Eco Mor Res",
        "copy of <outlet>",
        "same wire",
    ):
        assert term in words, term


async def test_question_mark_explains_every_verdict_word_the_rows_show() -> None:
    app = CompareApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        table = screen.query_one(DataTable)
        shown = set()
        for n in range(table.row_count):
            label = table.get_row_at(n)[0].plain
            shown.add(label.rsplit("\n", 1)[-1])
        assert {"contradiction", "only in"} <= shown
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, CompareHelpScreen)
        text = str(app.screen.query_one("#compare-help-body", Static).render())
        for word in shown:
            assert re.search(rf"(^|\n|/ ){re.escape(word)}( / \w+)?:", text), word
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_frame_bars_show_their_numbers_and_a_legend(size: tuple[int, int]) -> None:
    app = CompareApp()
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        lines = str(screen.query_one("#compare-profile-text", Static).render()).splitlines()
        northline = next(line for line in lines if line.startswith("Northline"))
        p = screen.result.profiles["northline"]
        numbers = re.findall(r"(Con|Hum|Eco|Mor|Res) [ ▏▎▍▌▋▊▉█]*\s*(\.\d\d|1\.0)", northline)
        assert [n[0] for n in numbers] == ["Con", "Hum", "Eco", "Mor", "Res"]
        # The bar's number is the frame's salience, the measure that picks the primary frame ...
        assert [n[1] for n in numbers] == [score_text(f.salience) for f in p.frames]
        assert len(northline) <= size[0]
        # ... so the bold (primary) frame is the one with the largest number.
        primary = next(f for f in p.frames if f.frame == p.primary_frame)
        assert primary.salience == max(f.salience for f in p.frames)
        # The legend is on screen at both sizes: at 80x24 the profiles are one line each, and the
        # legend line was left out there, "Con", "Hum" ... unexplained unless one pressed `?` (stop 31).
        legend = [line for line in lines if "conflict" in line]
        assert len(legend) == 1, lines
        for short, word in (("Con", "conflict"), ("Hum", "human"), ("Eco", "economic"), ("Mor", "moral")):
            assert re.search(rf"{short}\W+{word}", legend[0]), (short, legend[0])
        assert "Res" in legend[0] and "responsibility" in legend[0]
        assert len(legend[0]) <= size[0] - 2


def test_the_legend_says_what_the_bar_and_the_bold_frame_are() -> None:
    words = dict(TERMS)["Con Hum Eco Mor Res"]
    assert "share of the article's sentences" in words
    assert "longest bar" in words
    assert "score" in words and "yes/no questions" in words


def test_a_frame_with_a_high_score_and_few_sentences_gets_a_short_bar() -> None:
    """The case the legend warns of: every question of a frame answered in one sentence (score 1.0)
    while another frame fills the article. The bars follow the share of sentences, not the score."""
    from tui.analysis.compare.model import ArticleProfile, Comparison, FrameScore
    from tui.app.screens.compare import profile_text

    prof = ArticleProfile(article_id="x", title="T", outlet="Outlet", words=100)
    prof.frames = [
        FrameScore("conflict", "Conflict", score=1.0, salience=0.1),
        FrameScore("economic", "Economic consequences", score=0.33, salience=0.8),
    ]
    prof.primary_frame = "economic"
    text = profile_text(Comparison(article_ids=["x"], profiles={"x": prof}), "x").plain
    conflict = next(line for line in text.splitlines() if line.startswith("Conflict"))
    economic = next(line for line in text.splitlines() if line.startswith("Economic"))
    assert "share of sentences 0.10" in conflict and "score 1.00" in conflict
    assert conflict.count("█") < economic.count("█")
