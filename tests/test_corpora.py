"""Which corpus am I in, and how do I get back? (issue 17) The header names the corpus folder;
Ctrl+O lists the corpora opened before and the bundled seeds, opens a typed folder, and remembers
each opened folder among the recent ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from textual.widgets import OptionList

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.userdata.settings import load_settings, settings_path, update_settings

FOUR = Path(__file__).parent / "corpora" / "four"


def header(app: ExplorerApp) -> str:
    return f"{app.title} — {app.sub_title}"


def options(app: ExplorerApp) -> list[str]:
    listing = app.screen.query_one("#corpora", OptionList)
    return [str(listing.get_option_at_index(n).prompt) for n in range(listing.option_count)]


def test_recent_corpora_are_saved_and_bad_entries_dropped() -> None:
    update_settings(recent_corpora=("/tmp/a", "/tmp/b"))
    assert load_settings()[0].recent_corpora == ("/tmp/a", "/tmp/b")
    data = json.loads(settings_path().read_text())
    assert data["recent_corpora"] == ["/tmp/a", "/tmp/b"]
    data["recent_corpora"] = ["/tmp/a", 42, None]
    settings_path().write_text(json.dumps(data))
    settings, messages = load_settings()
    assert settings.recent_corpora == ("/tmp/a",)
    assert any("recent_corpora" in m for m in messages)
    data["recent_corpora"] = "/tmp/a"
    settings_path().write_text(json.dumps(data))
    settings, messages = load_settings()
    assert settings.recent_corpora == ()
    assert any("should be a list of folders" in m for m in messages)


async def test_switch_to_a_typed_folder_and_back_to_the_seeds(tmp_path: Path) -> None:
    story = tmp_path / "my-story"
    shutil.copytree(FOUR, story)
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        assert "[seed corpus]" in header(app)
        seeds = len(app.corpus.articles)
        await pilot.press("ctrl+o")
        await until_loaded(app, pilot)
        assert options(app) == ["The bundled seed corpus  (open now)", "Open a folder…  (type its path)"]
        await pilot.press("down", "enter")  # Open a folder…
        await until_loaded(app, pilot)
        await pilot.press(*str(tmp_path / "nowhere"), "enter")
        await until_loaded(app, pilot)
        assert "No such folder" in str(app.screen.query_one("#prompt-error").render())
        await pilot.press("ctrl+u", *str(story), "enter")
        await until_loaded(app, pilot)
        assert app.corpus is not None and app.corpus.root == story
        assert len(app.corpus.articles) == 4 != seeds
        assert "my-story" in app.title and "[seed corpus]" not in app.title
        assert load_settings()[0].recent_corpora == (str(story.resolve()),)

        await pilot.press("ctrl+o")  # the story is listed, open now, above the seeds
        await until_loaded(app, pilot)
        assert options(app) == [
            f"{story.resolve()}  (open now)",
            "The bundled seed corpus",
            "Open a folder…  (type its path)",
        ]
        await pilot.press("down", "enter")  # back to the seeds
        await until_loaded(app, pilot)
        assert len(app.corpus.articles) == seeds and "[seed corpus]" in app.title
        settings = load_settings()[0]
        assert settings.last_corpus is None and settings.recent_corpora == (str(story.resolve()),)

    app = ExplorerApp()  # the seeds were opened last: they open next time
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        assert "[seed corpus]" in app.title
        await pilot.press("ctrl+o", "enter")  # the recent story, first in the list
        await until_loaded(app, pilot)
        assert app.corpus is not None and app.corpus.root == story.resolve()


async def test_escape_keeps_the_corpus_and_a_missing_recent_folder_is_not_offered(tmp_path: Path) -> None:
    update_settings(recent_corpora=(str(tmp_path / "gone"),))
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("ctrl+o")
        await until_loaded(app, pilot)
        assert options(app)[0] == "The bundled seed corpus  (open now)"
        await pilot.press("escape")
        await until_loaded(app, pilot)
        assert "[seed corpus]" in app.title and app.screen.__class__.__name__ == "ExploreScreen"
