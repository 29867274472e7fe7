"""The footer (tui/app/widgets/footer.py) keeps its key widgets while the keys it shows are the same.

Before, every change of the screen's bindings (a cursor move that re-checks the actions, a narrowing)
rebuilt the footer and laid the whole explorer out again: most of the cost of Enter at 1,000 articles.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets._footer import FooterKey

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.widgets.footer import KeyFooter

FOUR = Path(__file__).parent / "corpora" / "four"


def _keys(app: ExplorerApp) -> list[FooterKey]:
    return list(app.screen.query_one(KeyFooter).query(FooterKey))


@pytest.mark.asyncio
async def test_the_footer_is_rebuilt_only_when_its_keys_change() -> None:
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("1")  # the Sources pane
        await until_loaded(app, pilot)
        before = _keys(app)
        assert before and all(k.has_class("-compact") for k in before)  # compact from the start
        assert "Narrow" in [k.description for k in before]
        await pilot.press("j")  # same pane, same keys
        await pilot.press("k")
        app.screen.refresh_bindings()  # a change of bindings that shows the same keys
        await until_loaded(app, pilot)
        assert _keys(app) == before  # the very same widgets
        await pilot.press("4")  # the Reader: other keys
        await until_loaded(app, pilot)
        after = _keys(app)
        assert after and not any(k in before for k in after)
        assert [k.description for k in after] != [k.description for k in before]
