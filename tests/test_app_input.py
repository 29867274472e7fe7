"""The explorer on corpora other than the seeds: hostile markup, empty folders, broken files."""

from __future__ import annotations

from pathlib import Path

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen

HOSTILE = "[bold]Not bold[/bold] and [@click=app.quit]click[/] here [/] [link=http://x]y[/link] $var"


def hostile_corpus(root: Path) -> Path:
    root.mkdir()
    (root / "corpus.yaml").write_text(
        "name: '[bold]Story[/] [@click=app.quit]x[/]'\n"
        "articles:\n"
        "  a.txt:\n"
        "    title: '[@click=app.quit]Title[/]'\n"
        "    outlet: '[red]Outlet[/red]'\n"
        "    author: '[/]'\n"
        "    date: 2025-06-13\n",
        encoding="utf-8",
    )
    (root / "a.txt").write_text(
        f"Acme Corp said it paid $5 billion {HOSTILE} for 20% of Widget Labs.\n\n"
        f"“{HOSTILE},” said Jane Doe, according to Reuters.\n",
        encoding="utf-8",
    )
    return root


def screen_text(app: ExplorerApp) -> str:
    """Everything on the screen, as plain text (what a person would read)."""
    update = app.screen._compositor.render_update(full=True)  # type: ignore[attr-defined]
    return "\n".join("".join(strip.text for strip in line) for line in update.strips)


async def test_markup_in_articles_and_metadata_is_shown_literally(tmp_path: Path) -> None:
    app = ExplorerApp(corpus_path=hostile_corpus(tmp_path / "hostile"))
    async with app.run_test(size=(160, 50)) as pilot:
        await until_loaded(app, pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        # the corpus name, literally, then its folder
        assert app.title == f"[bold]Story[/] [@click=app.quit]x[/] [{(tmp_path / 'hostile').resolve()}]"
        article_row = screen.sources.items[0]
        row = "\n".join(t.plain for t in screen.sources.render_row(article_row, 200))
        assert "[red]Outlet[/red]" in row and "[/]" in row and "[@click=app.quit]Title[/]" in row
        # The Reader shows the literal text; so do the claims and quotes panes.
        shown = " ".join(" ".join(screen.reader.display_lines()).split())
        assert " ".join(HOSTILE.split()) in shown
        claims = ["\n".join(t.plain for t in screen.claims.render_row(c, 400)) for c in screen.claims.claims]
        assert any("[bold]Not bold[/bold]" in c for c in claims)
        assert any("[/] [link=http://x]y[/link] $var" in c for c in claims)
        await pilot.press("3", "t")
        quotes = ["\n".join(t.plain for t in screen.claims.render_row(q, 400)) for q in screen.claims.quotes]
        assert any(HOSTILE in q for q in quotes)
        # Walking every pane and pressing every key neither crashes nor runs the [@click] action.
        for key in ("1", "j", "enter", "2", "enter", "3", "enter", "4", "w", "escape", "c", "escape"):
            await pilot.press(key)
        await pilot.pause()
        assert app.is_running
        text = screen_text(app)
        assert "[red]Outlet[/red]" in text


async def test_empty_folder_opens_says_so_and_every_key_works(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = ExplorerApp(corpus_path=empty)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        assert app.data_ready and len(app.corpus.articles) == 0
        assert "No usable article" in screen_text(app) or "no usable" in screen_text(app).lower()
        for key in (
            "tab",
            "j",
            "k",
            "enter",
            "escape",
            "1",
            "2",
            "3",
            "4",
            "n",
            "t",
            "c",
            "w",
            "z",
            "z",
            "0",
        ):
            await pilot.press(key)
        await pilot.press("question_mark")
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, ExploreScreen)


async def test_a_folder_of_broken_files_opens_and_names_them_once(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "empty.txt").write_bytes(b"")
    (broken / "binary.txt").write_bytes(b"\x00\x01\x02binary")
    (broken / "latin1.txt").write_bytes("caf\xe9 cr\xe8me".encode("latin-1"))
    app = ExplorerApp(corpus_path=broken)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until_loaded(app, pilot)
        await pilot.pause()
        problems = [n for n in app._notifications if "skipped" in (n.title or "")]
        assert len(problems) == 1
        message = problems[0].message
        assert "empty.txt" in message and "binary.txt" in message and "latin1.txt" in message
        for key in ("j", "enter", "c", "w", "escape", "t"):
            await pilot.press(key)
        assert app.is_running


async def test_an_unknown_theme_is_a_friendly_message_and_the_app_opens() -> None:
    app = ExplorerApp(theme_name="no-such-theme")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until_loaded(app, pilot)
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert any("Unknown theme 'no-such-theme'" in m and "textual-dark" in m for m in messages)
        assert isinstance(app.screen, ExploreScreen) and app.data_ready


async def test_a_known_theme_is_used() -> None:
    app = ExplorerApp(theme_name="textual-light")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == "textual-light"


async def test_reload_empties_the_panes_then_fills_them_with_the_new_corpus(tmp_path: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        seeds = len(screen.claims.claims)
        app.reload(hostile_corpus(tmp_path / "other"))
        assert not app.data_ready and app.analysis is None
        await until_loaded(app, pilot)
        await pilot.pause()
        assert app.data_ready and len(app.corpus.articles) == 1
        assert len(screen.claims.claims) == len(app.analysis.claims) != seeds
        assert [r.article.id for r in screen.sources.items if r.is_article] == ["a"]


async def test_the_last_corpus_opened_is_opened_again(tmp_path: Path) -> None:
    story = hostile_corpus(tmp_path / "story")
    app = ExplorerApp(corpus_path=story)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
    assert ExplorerApp().corpus_path == story.resolve()


async def test_an_empty_folder_is_not_called_a_skipped_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    app = ExplorerApp(corpus_path=empty)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await until_loaded(app, pilot)
        titles = [n.title for n in app._notifications]
        assert "Corpus problems" in titles
        assert not any("skipped" in (t or "") for t in titles)
