"""The search screen and the palette provider, driven with Textual's pilot in a tiny app."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.app import App, ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static

import tui.app.screens.search as search_screen
from tests.pilot import until_loaded
from tui.analysis.pipeline import analyse
from tui.app.app import ExplorerApp
from tui.app.palette import ItemsProvider
from tui.app.refs import ItemRef
from tui.app.screens.search import SearchScreen
from tui.corpus.loader import load_corpus, seed_corpus_path

_SEED: list = []


class TinyApp(ExplorerApp):
    """The explorer's state, already loaded, on a plain screen: the search screen on its own."""

    def __init__(self, corpus_path: Path | None = None) -> None:
        super().__init__()
        if corpus_path is None:  # the seed corpus, analysed once for every test here
            if not _SEED:
                corpus = load_corpus(seed_corpus_path())
                _SEED.extend((corpus, analyse(corpus)))
            self.corpus, self.analysis = _SEED
        else:
            self.corpus = load_corpus(corpus_path)
            self.analysis = analyse(self.corpus)
        self.data_ready = True
        self.dismissed: list[object] = []
        self.shown: list[ItemRef] = []

    def get_default_screen(self) -> Screen:
        return App.get_default_screen(self)

    def load(self) -> None:  # type: ignore[override]
        """Nothing to load: the corpus and its analysis are set above."""

    def compose(self) -> ComposeResult:
        yield Static("home", id="home")

    def open_search(self) -> None:
        self.push_screen(SearchScreen(query=""), self.dismissed.append)

    def show_item(self, ref: ItemRef) -> bool:
        self.shown.append(ref)
        return True


async def _type(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space", '"': "quotation_mark", "$": "dollar_sign"}.get(ch, ch) for ch in text])
    await until_loaded(pilot.app, pilot)


def _rows(screen: SearchScreen) -> list[str]:
    options = screen.query_one(OptionList)
    return [str(options.get_option_at_index(n).prompt) for n in range(options.option_count)]


async def test_typing_shows_grouped_results_and_enter_returns_the_ref() -> None:
    app = TinyApp()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()
        await pilot.pause()
        await _type(pilot, "sweat shop")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert screen.results is not None and screen.results.group("quote") is not None
        rows = _rows(screen)
        header = next(n for n, row in enumerate(rows) if row.startswith("Quotes"))  # with its count
        assert rows[header].split() == ["Quotes", "1"]
        assert rows[header + 1].startswith("sweat shop labor")
        while screen.highlighted_hit is not None and screen.highlighted_hit.kind != "quote":
            await pilot.press("down")
        hit = screen.highlighted_hit
        assert hit is not None and hit.kind == "quote"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, SearchScreen)
        ref = app.dismissed[-1]
        assert isinstance(ref, ItemRef) and ref.kind == "quote" and ref.id == hit.id
        assert (
            ref.span is not None
            and app.corpus.article(ref.span.article_id).slice(ref.span) == "sweat shop labor"
        )


async def test_matched_characters_are_styled() -> None:
    app = TinyApp()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()
        await pilot.pause()
        await _type(pilot, "forbes")
        options = app.screen.query_one(OptionList)
        prompt = options.get_option_at_index(options.highlighted).prompt
        assert isinstance(prompt, Content)
        styled = [prompt.plain[s.start : s.end] for s in prompt.spans if "underline" in str(s.style)]
        assert "".join(styled).lower() == "forbes"


async def test_down_skips_group_headers_and_escape_goes_back() -> None:
    app = TinyApp()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()
        await pilot.pause()
        await _type(pilot, "scale")
        screen = app.screen
        seen = []
        options = screen.query_one(OptionList)
        for _ in range(12):
            hit = screen.highlighted_hit
            assert hit is not None and options.highlighted_option.id == f"{hit.kind}:{hit.id}"
            seen.append(hit)
            await pilot.press("down")
        assert len({h.kind for h in seen}) >= 2  # moved from one group into the next
        await pilot.press("escape")
        await pilot.pause()
        assert app.dismissed[-1] is None
        assert app.screen.query_one("#home")


async def test_problems_and_no_match_are_said(tmp_path: Path) -> None:
    app = TinyApp()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()
        await pilot.pause()
        await _type(pilot, "kind:banana")
        status = str(app.screen.query_one("#search-status", Static).render())
        assert "banana" in status


async def test_large_corpus_searches_in_a_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_screen, "THREAD_ABOVE", 0)
    app = TinyApp()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()
        await pilot.pause()
        await _type(pilot, "marshal plan")
        screen = app.screen
        assert screen.highlighted_hit is not None
        assert "Marshall Plan" in screen.highlighted_hit.text
        assert screen.query_one(Input).value == "marshal plan"


async def test_markup_in_article_text_is_shown_literally(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Hostile\n\nThe [bold]board[/bold] said [/] and [link=x]click[/link] cost $14B, “[red]quote[/red] here” today.\n",
        encoding="utf-8",
    )
    app = TinyApp(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()
        await pilot.pause()
        await _type(pilot, "board")
        rows = _rows(app.screen)
        assert any("[bold]board[/bold]" in row for row in rows)
        await _type(pilot, " [/]")  # typing markup into the query is fine too
        assert isinstance(app.screen, SearchScreen)


async def test_palette_provider_finds_entities_sources_articles() -> None:
    app = TinyApp()
    async with app.run_test(size=(100, 30)):
        provider = ItemsProvider(app.screen)
        await provider.startup()
        hits = [hit async for hit in provider.search("forbes")]
        assert hits and isinstance(hits[0].match_display, Content)
        assert "Forbes" in hits[0].match_display.plain
        hits[0].command()
        assert app.shown[-1].kind == "source"
        titles = [hit.text async for hit in provider.search("techrepublc")]
        assert any("Superintelligence Lab" in (t or "") for t in titles)
        discovered = [hit async for hit in provider.discover()]
        assert discovered


async def test_reopening_offers_the_last_query_again() -> None:
    app = TinyApp()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()
        await pilot.pause()
        await _type(pilot, "forbes")
        await pilot.press("escape")
        await pilot.pause()
        app.push_screen(SearchScreen())
        await until_loaded(app, pilot)
        screen = app.screen
        assert screen.query_one(Input).value == "forbes"
        assert screen.highlighted_hit is not None and screen.highlighted_hit.id == "forbes"


async def test_keys_typed_while_the_screen_opens_are_kept() -> None:
    app = TinyApp()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()  # no pause: the user types at once
        await pilot.press("f", "o", "r", "b", "e", "s")
        await until_loaded(app, pilot)
        assert app.screen.query_one(Input).value == "forbes"


async def test_a_key_that_reaches_the_screen_goes_into_the_query() -> None:
    app = TinyApp()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_search()
        await pilot.pause()
        screen = app.screen
        screen.set_focus(None)  # as before the Input had focus
        for ch in "forbes":
            screen.post_message(events.Key(ch, ch))
        await until_loaded(app, pilot)
        assert screen.query_one(Input).value == "forbes" and app.focused is screen.query_one(Input)
        assert screen.highlighted_hit is not None and screen.highlighted_hit.id == "forbes"


async def test_palette_shows_markup_in_names_and_details_literally(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "The board said “[bold]x[/] $var” today, according to Forbes.\n", encoding="utf-8"
    )
    (tmp_path / "corpus.yaml").write_text(
        'articles:\n  a.txt:\n    outlet: "[link=https://x.example]Outlet[/link]"\n    title: "[/] Title"\n',
        encoding="utf-8",
    )
    app = TinyApp(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.run_action("command_palette")
        await pilot.pause()
        await pilot.press(*"title")
        await until_loaded(app, pilot)
        provider = ItemsProvider(app.screen)
        await provider.startup()
        hits = [hit async for hit in provider.search("outlet")]
        assert hits and all(isinstance(h.match_display, Content) for h in hits)
        assert any("[link=https://x.example]Outlet[/link]" in h.match_display.plain for h in hits)
        details = [Content.from_markup(h.help).plain for h in hits if h.help]  # as the palette shows it
        assert any("[link=https://x.example]Outlet[/link]" in d for d in details)


async def test_the_search_index_is_ready_before_the_first_slash() -> None:
    from tui.app.app import ExplorerApp

    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        assert app.search_index is not None
