"""Hostile or odd input: markup-looking text, an empty article, one article, the same id twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable

from tests.pilot import until_loaded
from tui.analysis.compare import compare
from tui.analysis.compare.report import to_dict, to_html, to_markdown
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus

HOSTILE = "[bold]Meta[/] invests $14B in [link=https://x]Scale[/link] for 49% of it. [/] $var [@click=app.quit]q[/]\n"


@pytest.fixture
def corpus(tmp_path: Path):
    (tmp_path / "a.txt").write_text(
        HOSTILE + "\nScale AI CEO Alexandr Wang will join Meta.\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Meta pays $14.3 billion. Jason Droege has been named interim CEO.\n", encoding="utf-8"
    )
    (tmp_path / "c.txt").write_text("   \n", encoding="utf-8")
    return load_corpus(tmp_path)


def test_reports_keep_markup_as_text(corpus) -> None:
    ids = [a.id for a in corpus.articles]
    result = compare(corpus, analyse(corpus), ids + ids[:1])  # a repeated id is compared once
    assert result.article_ids == ids
    md = to_markdown(result, corpus)
    assert "\\[bold\\]Meta\\[/\\]" in md  # escaped for Markdown
    page = to_html(result, corpus)
    assert "[link=https://x]" in page and "<a " not in page
    json.dumps(to_dict(result, corpus))  # JSON-ready (no inf, no objects)
    amount = result.aspect("amount")
    assert {p.verdict for p in amount.pairs} == {"precision"}


def test_unknown_id_raises_keyerror(corpus) -> None:
    with pytest.raises(KeyError):
        compare(corpus, analyse(corpus), ["nope"])


async def test_screen_shows_markup_literally(corpus, monkeypatch, tmp_path) -> None:
    from tests.test_compare_screen import CompareApp

    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    app = CompareApp(corpus.root)
    async with app.run_test(size=(100, 30)) as pilot:
        await until_loaded(app, pilot)
        table = app.screen.query_one(DataTable)
        cells = [str(c) for row in range(table.row_count) for c in table.get_row_at(row)]
        assert any("[bold]Meta[/]" in c for c in cells)
