"""Compare's detail pane tells where the row's fact comes from (issue 16): "provenance: $14.3
billion stated by 2 articles, resting on 2 independent origins", the cell's article's facts only."""

from __future__ import annotations

import pytest
from textual.widgets import DataTable, Static

from tests.pilot import until_loaded
from tests.test_compare_explain import CompareApp
from tui.analysis.timeline import provenance
from tui.app.screens.compare import CompareScreen


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_detail_pane_names_the_cells_fact_and_its_origins(size: tuple[int, int]) -> None:
    app = CompareApp()
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        table = screen.query_one(DataTable)
        row = next(n for n, a in enumerate(screen.rows) if a.id == "amount")
        column = screen.result.article_ids.index("northline") + 1
        table.move_cursor(row=row, column=column)
        for _ in range(50):  # the provenance is found once, in the background
            await pilot.pause(0.05)
            if screen._provenance is not None:
                break
        await pilot.pause()
        text = str(screen.query_one("#compare-detail", Static).render())
        line = next(x for x in text.splitlines() if x.startswith("provenance:"))
        facts = {f.key.slot: f for f in provenance(app.corpus, app.analysis) if "northline" in f.articles}
        amount = facts["amount"]
        assert " ".join(amount.shown.split())[:20] in line
        n, m = len(amount.articles), len(amount.origins)
        if size[0] >= 100:
            assert amount.summary in line
        else:
            assert f"{n} article{'s' if n != 1 else ''}, {m} origin{'s' if m != 1 else ''}" in line
            assert len(line) <= size[0]
