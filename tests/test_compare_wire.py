"""Compare marks "same wire as <outlet>" (issue 12/16): two outlets' edits of one wire story, linked
at import (tests/test_copies_wire.py has the texts), are named in the column header, the title, the
notes, the JSON and HTML reports and the article picker, with outlet names, never ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

from tests.pilot import until_loaded
from tests.test_compare_names import CompareApp
from tests.test_copies_wire import QUOTING_A, WIRE_EDIT_A, WIRE_EDIT_B
from tui.analysis.compare import compare
from tui.analysis.compare.names import outlet_names, with_names
from tui.analysis.compare.report import to_dict, to_html, to_markdown
from tui.analysis.pipeline import analyse
from tui.app.screens.compare import CompareScreen
from tui.corpus.importer import ImportOptions, import_paths
from tui.corpus.loader import load_corpus


def wire_corpus(root: Path) -> Path:
    """Three articles imported one by one: Ledger Daily's and Harbor Herald's edits of one wire
    story, and Dairy Times' own report in its own words (no link). (Not the text the wire edits were
    cut from: that shares their wording from the lead on, a retold edit of the same source.)"""
    src = root.parent / "src"
    src.mkdir(parents=True, exist_ok=True)
    for name, outlet, text in (
        ("ledger", "Ledger Daily", WIRE_EDIT_A),
        ("herald", "Harbor Herald", WIRE_EDIT_B),
        ("times", "Dairy Times", QUOTING_A),
    ):
        path = src / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        import_paths([path], root, ImportOptions(outlet=outlet))
    return root


def _ids(corpus) -> dict[str, str]:  # noqa: ANN001
    return {a.meta.outlet: a.id for a in corpus.articles}


def test_compare_names_the_other_edit_of_the_wire_story(tmp_path: Path) -> None:
    corpus = load_corpus(wire_corpus(tmp_path / "c"))
    ids = _ids(corpus)
    result = compare(corpus, analyse(corpus), list(ids.values()))
    ledger, herald, times = (
        result.profiles[ids[o]] for o in ("Ledger Daily", "Harbor Herald", "Dairy Times")
    )
    assert herald.wire_label == "same wire as Ledger Daily" and herald.copy_label is None
    assert ledger.wire_label == "same wire as Harbor Herald"  # both ways
    assert herald.same_wire_as == [ids["Ledger Daily"]]
    assert times.wire_label is None and times.link_label is None
    assert herald.name == "Harbor Herald (same wire as Ledger Daily)"
    notes = [with_names(n, outlet_names(result)) for n in result.notes if "same wire" in n]
    order = [a.meta.outlet for a in corpus.articles if a.meta.outlet != "Dairy Times"]  # corpus order
    assert notes == [
        f"{order[0]} and {order[1]} are edits of the same wire story (corpus.yaml same_wire_as): "
        "neither copies the other, what they share rests on one origin."
    ]
    data = to_dict(result, corpus)
    assert data["profiles"][ids["Harbor Herald"]]["same_wire_as"] == [ids["Ledger Daily"]]
    json.dumps(data)
    assert "same wire as Ledger Daily" in to_html(result, corpus)
    assert "Harbor Herald (same wire as Ledger Daily)" in to_markdown(result, corpus)


async def test_the_compare_screen_marks_same_wire_under_the_outlet(tmp_path: Path) -> None:
    app = CompareApp(wire_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        table = screen.query_one(DataTable)
        headers = [str(col.label) for col in table.columns.values()]
        assert headers[0] == "Aspect" and sorted(headers[1:]) == [
            "Dairy Times",
            "Harbor Herald\nsame wire as Ledger Daily",
            "Ledger Daily\nsame wire as Harbor Herald",
        ]
        assert table.header_height == 2
        title = str(screen.query_one("#compare-title", Static).render())
        assert "Harbor Herald (same wire as Ledger Daily)" in title


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_explorer_marks_same_wire_like_a_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    from tui.app.app import ExplorerApp
    from tui.app.explore_index import SourceRow
    from tui.app.refs import Selection
    from tui.app.screens.explore import ExploreScreen
    from tui.app.widgets.explain import _terms

    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)
    app = ExplorerApp(corpus_path=wire_corpus(tmp_path / "c"))
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        pane = screen.sources
        rows = {r.article.meta.outlet: r for r in pane.items if isinstance(r, SourceRow) and r.is_article}
        _, herald = pane.render_row(rows["Harbor Herald"], 200)
        assert herald.plain.startswith("  same wire as Ledger Daily · ")
        _, times = pane.render_row(rows["Dairy Times"], 200)
        assert "same wire" not in times.plain
        assert app.index.copies == 0  # same wire is no copy: nothing is counted apart
        herald_id = rows["Harbor Herald"].article.id
        assert _terms(app.index, Selection("article", herald_id, herald_id, None)) == ["same wire as"]
