"""Stop 45, speed: a list whose rows are all alike in height finds where each row starts at once
(issue 15, Esc widening at 5,000 articles; tui/app/widgets/vlist.py).

Filling a list added up every row's height to know where each row starts: the Claims pane widened
again at 5,000 articles asked 100,000 rows their height, every one of them 2. A list whose rows are
all ROW_LINES high (the Claims pane, the Timeline, the plain lists) now takes the rows' tops as a
range; a list that tells each row's height (the Sources pane: an article two lines, a source one)
still asks every row. Where the rows start, how tall the list is, which row a line shows and where
the cursor scrolls to are the same either way."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App, ComposeResult

from tui.app.widgets.vlist import VirtualList


class Plain(VirtualList):
    """One line a row, as the base list gives."""


class Twice(VirtualList):
    ROW_LINES: ClassVar[int] = 2


class Told(VirtualList):
    """Each row tells its height: the item itself."""

    asked = 0

    def row_height(self, item: Any) -> int:
        Told.asked += 1
        return int(item)


class Lists(App[None]):
    def compose(self) -> ComposeResult:
        yield Plain(id="plain")
        yield Twice(id="twice")
        yield Told(id="told")


def _summed(heights: list[int]) -> list[int]:
    tops = [0]
    for h in heights:
        tops.append(tops[-1] + h)
    return tops


async def test_alike_rows_start_where_their_heights_add_up_to() -> None:
    app = Lists()
    async with app.run_test(size=(40, 12)) as pilot:
        plain, twice, told = app.query_one(Plain), app.query_one(Twice), app.query_one(Told)
        rows = [f"row {n}" for n in range(50)]
        plain.set_items(rows)
        twice.set_items(rows)
        Told.asked = 0
        told.set_items([2, 1, 2, 2, 1] * 10)
        await pilot.pause()
        assert list(plain._tops) == _summed([1] * 50)
        assert list(twice._tops) == _summed([2] * 50)
        assert list(told._tops) == _summed([2, 1, 2, 2, 1] * 10)
        assert Told.asked >= 50  # a list telling each row's height is asked every row
        assert twice.virtual_size.height == 100 and plain.virtual_size.height == 50
        assert twice.row_height("any") == 2 and plain.row_height("any") == 1
        # the cursor at the last row scrolls it into view; the line under a row's top shows that row
        twice.move_to(49)
        await pilot.pause()
        assert twice.scroll_offset.y + twice.scrollable_content_region.height >= 100
        assert twice.render_line(0).text.startswith("row ")
        twice.set_items([])
        assert list(twice._tops) == [0]


async def test_alike_rows_are_not_asked_their_height(monkeypatch) -> None:  # noqa: ANN001
    asked: list[object] = []
    real = VirtualList.row_height

    def row_height(self: VirtualList, item: Any) -> int:
        asked.append(item)
        return real(self, item)

    app = Lists()
    async with app.run_test(size=(40, 12)) as pilot:
        monkeypatch.setattr(VirtualList, "row_height", row_height)
        twice = app.query_one(Twice)
        twice.set_items([f"row {n}" for n in range(10_000)])
        await pilot.pause()
        assert len(twice._tops) == 10_001 and twice._tops[-1] == 20_000
        assert len(asked) < 100  # before: all 10,000 rows were asked
