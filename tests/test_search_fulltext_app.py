"""Full-text search in the app (issue 15): a sentence found with `/` opens in the Reader with the
matched words marked, and `n` / `N` step through the other matching sentences."""

from __future__ import annotations

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.app.screens.search import SearchScreen


async def test_a_text_hit_opens_marked_in_the_reader_and_n_steps_through_matches() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"kind:text superintelligence")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        group = screen.results.group("text")
        assert group is not None and group.count >= 2
        first = screen.highlighted_hit
        assert first is not None and first.kind == "text"
        await pilot.press("enter")
        await pilot.pause()
        explore = app.screen
        assert isinstance(explore, ExploreScreen)
        selection = app.selection
        assert selection.span == first.span and selection.label == "search match"
        article = explore.index.articles[first.span.article_id]
        marked = [article.text[m.start : m.end].lower() for m in selection.marks]
        assert marked and all(word.startswith("superintelligence") for word in marked)
        assert app.focused is explore.reader
        await pilot.press("n")
        await pilot.pause()
        second = app.selection
        assert second.span != first.span and second.label == "search match"
        assert (
            "superintelligence"
            in explore.index.articles[second.span.article_id]
            .text[second.span.start : second.span.end]
            .lower()
        )
        await pilot.press("N")
        await pilot.pause()
        assert app.selection.span == first.span
