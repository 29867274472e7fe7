"""Stop 44, speed: the profiles pane's scroll bar is set with its text (issue 15, `m20`).

Compare's profiles pane is at most 35% of the screen high; a comparison with more profile lines than
that scrolls. The layout found the scroll bar only after a first layout, which narrowed the text and
laid the screen out twice more, each drawing the grid again (the first `m20` at 1,000 articles: 3
layouts of the screen after the six, 2 now). `_show` now sets the pane's scroll bar with the text
when its lines are more than the pane can hold, and leaves it to the pane (shown only when needed)
otherwise, so a short comparison looks as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.containers import VerticalScroll
from textual.screen import Screen

from tests.pilot import open_compare, until_loaded
from tui.app.app import ExplorerApp


@pytest.mark.parametrize(("size", "room"), [((120, 40), 14), ((80, 24), 8)])
async def test_a_long_profile_list_gets_its_scroll_bar_with_its_text(
    size: tuple[int, int], room: int, four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=size) as pilot:
        screen = await open_compare(app, pilot)
        pane = screen.query_one("#compare-profiles", VerticalScroll)
        # four articles fit: the pane shows no bar, as before
        assert pane.styles.overflow_y == "auto" and not pane.show_vertical_scrollbar
        result = screen.result

        layouts: list[str] = []
        real_layout = Screen._refresh_layout

        def counted(self: Screen, *args: object, **kwargs: object) -> None:
            layouts.append(type(self).__name__)
            real_layout(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        long = Text("\n".join(f"article {n}" for n in range(room + 1)))  # one line more than fits
        monkeypatch.setattr(screen, "_profiles_text", lambda _result: long)
        screen._show(result)
        await pilot.pause()
        await until_loaded(app, pilot)
        assert pane.styles.overflow_y == "scroll" and pane.show_vertical_scrollbar
        assert layouts.count("CompareScreen") <= 2  # was 3: the bar found after the first layout

        # a text that fits (the pane is a line or two lower than 35% of the screen: the footer's line
        # is not the grid's to share): the bar is the pane's to show, and it shows none
        fits = Text("\n".join(f"article {n}" for n in range(room - 2)))
        monkeypatch.setattr(screen, "_profiles_text", lambda _result: fits)
        screen._show(result)
        await until_loaded(app, pilot)
        assert pane.styles.overflow_y == "auto" and not pane.show_vertical_scrollbar
