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


@pytest.mark.asyncio
async def test_panes_with_the_same_keys_keep_the_widgets_and_take_their_own_tooltips() -> None:
    """Sources and Entities both show "enter Narrow" and "n Next", with different long help: Enter
    on a source moves to Entities without rebuilding the footer, and the tooltips follow."""
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("1")
        await until_loaded(app, pilot)
        before = _keys(app)
        narrow = next(k for k in before if k.description == "Narrow")
        assert narrow.tooltip is not None and "Narrow entities and claims" in str(narrow.tooltip)
        await pilot.press("enter")  # narrows and moves to the Entities pane
        await until_loaded(app, pilot)
        assert app.screen.focused is not None and app.screen.focused.id == "entities"
        assert _keys(app) == before  # the very same widgets
        assert "mention the entity" in str(narrow.tooltip)
        await pilot.press("1")  # back: the Sources pane's help again
        await until_loaded(app, pilot)
        assert _keys(app) == before and "Narrow entities and claims" in str(narrow.tooltip)
