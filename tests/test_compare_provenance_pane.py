"""Compare's detail pane tells where the row's fact comes from (issue 16): "provenance: $14.3
billion stated by 2 articles, resting on 2 independent origins", the cell's article's facts only.
The provenance of the corpus's facts is found once per analysis and kept by the app
(ExplorerApp.corpus_story): a Compare screen opened again, or `p`, never finds it again; a corpus
loaded again (an import) finds it again."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Static

import tui.analysis.timeline_report as timeline_report
from tests.pilot import open_compare, until_loaded
from tui.analysis.timeline import provenance
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen
from tui.app.screens.provenance import ProvenanceScreen

FOUR = Path(__file__).parent / "corpora" / "four"


def _detail(screen: CompareScreen) -> str:
    return str(screen.query_one("#compare-detail", Static).render())


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_detail_pane_names_the_cells_fact_and_its_origins(size: tuple[int, int]) -> None:
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=size) as pilot:
        screen = await open_compare(app, pilot)
        assert screen.result is not None
        table = screen.query_one(DataTable)
        row = next(n for n, a in enumerate(screen.rows) if a.id == "amount")
        column = screen.result.article_ids.index("northline") + 1
        table.move_cursor(row=row, column=column)
        await until_loaded(app, pilot)  # the provenance is found once, in the background
        assert app.known_story() is not None
        line = next(x for x in _detail(screen).splitlines() if x.startswith("provenance:"))
        facts = {f.key.slot: f for f in provenance(app.corpus, app.analysis) if "northline" in f.articles}
        amount = facts["amount"]
        assert " ".join(amount.shown.split())[:20] in line
        n, m = len(amount.articles), len(amount.origins)
        if size[0] >= 100:
            assert amount.summary in line
        else:
            assert f"{n} article{'s' if n != 1 else ''}, {m} origin{'s' if m != 1 else ''}" in line
            assert len(line) <= size[0]


async def test_the_provenance_is_found_once_per_corpus_load(monkeypatch: pytest.MonkeyPatch) -> None:
    found: list[object] = []
    real = timeline_report.story

    def counting(corpus, analysis, ids=None):  # noqa: ANN001, ANN202
        found.append(analysis)
        return real(corpus, analysis, ids)

    monkeypatch.setattr(timeline_report, "story", counting)
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot)
        await until_loaded(app, pilot)
        assert len(found) == 1 and "provenance:" in _detail(screen)
        first = app.known_story()
        assert first is not None
        await pilot.press("escape", "m")  # the Compare screen again
        await until_loaded(app, pilot)
        assert "provenance:" in _detail(app.screen)  # type: ignore[arg-type]
        await pilot.press("p")  # the Provenance screen shows the same facts, not found again
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ProvenanceScreen)
        assert app.screen.facts is first[0].facts
        assert len(found) == 1
        await pilot.press("escape", "escape")
        await until_loaded(app, pilot)
        app.reload()  # the corpus changed (an import): what was found is another analysis's
        assert app.known_story() is None
        await until_loaded(app, pilot)
        screen = await open_compare(app, pilot)
        await until_loaded(app, pilot)
        assert len(found) == 2 and found[1] is app.analysis and found[0] is not found[1]
        assert "provenance:" in _detail(screen)


async def test_the_kept_provenance_is_out_of_the_cyclic_collectors_sight() -> None:
    import gc

    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        found = app.corpus_story()
        assert found is not None
        facts = found[0].facts
        # frozen like the analysis: a full collection never scans it again (gc.get_objects lists
        # what the collector still tracks; a frozen object is in the permanent generation)
        assert not any(obj is facts for obj in gc.get_objects())
