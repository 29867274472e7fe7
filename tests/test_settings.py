"""Settings: persisted atomically; a corrupt file is kept aside and reported, never overwritten."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.daily_harness import HarnessApp
from tui.app.app_base import AppBase
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.userdata.settings import Settings, load_settings, save_settings, settings_path, update_settings


def test_defaults_without_a_file() -> None:
    assert load_settings() == (Settings(), [])
    assert not settings_path().exists()


def test_round_trip_and_unknown_keys_are_kept() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"theme": "nord", "future_option": [1, 2]}), encoding="utf-8")
    saved, messages = update_settings(citation_style="apa", last_corpus="/tmp/story")
    assert messages == []
    assert saved == Settings(theme="nord", last_corpus="/tmp/story", citation_style="apa")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["future_option"] == [1, 2] and data["citation_style"] == "apa" and data["theme"] == "nord"
    assert load_settings()[0] == saved


def test_corrupt_file_is_set_aside_and_reported() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"theme": "nord",', encoding="utf-8")
    settings, messages = load_settings()
    assert settings == Settings()
    assert len(messages) == 1 and "is not valid JSON" in messages[0] and ".corrupt-" in messages[0]
    backups = list(path.parent.glob("settings.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_text(encoding="utf-8") == '{"theme": "nord",'
    assert not path.exists()


def test_update_never_overwrites_a_corrupt_file_blindly() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text("[1, 2, 3]", encoding="utf-8")
    saved, messages = update_settings(theme="newsprint")
    assert "does not hold a JSON object" in messages[0]
    assert [p.read_text() for p in path.parent.glob("settings.json.corrupt-*")] == ["[1, 2, 3]"]
    assert json.loads(path.read_text(encoding="utf-8"))["theme"] == "newsprint" == saved.theme


def test_wrong_types_fall_back_per_field() -> None:
    save_settings(Settings(theme="nord"))
    path = settings_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data.update(citation_style="vancouver", last_corpus=42)
    path.write_text(json.dumps(data), encoding="utf-8")
    settings, messages = load_settings()
    assert settings == Settings(theme="nord")
    assert any("unknown citation style 'vancouver'" in m for m in messages)
    assert any("'last_corpus' should be text" in m for m in messages)


def test_unknown_setting_name_is_a_programming_error() -> None:
    with pytest.raises(TypeError):
        update_settings(colour="red")


async def test_theme_choice_persists_across_restarts_and_theme_flag_is_for_one_run() -> None:
    app = HarnessApp()
    async with app.run_test() as pilot:
        app.theme = "newsprint"
        await pilot.pause()
    assert load_settings()[0].theme == "newsprint"

    app = HarnessApp()
    async with app.run_test() as pilot:
        assert app.theme == "newsprint"

    app = HarnessApp(theme_name="high-contrast")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "high-contrast"
    assert load_settings()[0].theme == "newsprint"


async def test_unknown_theme_flag_is_reported_not_fatal() -> None:
    app = HarnessApp(theme_name="no-such-theme")
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("Unknown theme 'no-such-theme'" in m and "newsroom" in m for m in messages)
        assert app.theme == "textual-dark"


async def test_corrupt_settings_are_reported_in_the_app() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe not json")
    app = HarnessApp()
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        assert any("kept it as settings.json.corrupt-" in n.message for n in app._notifications)


async def test_citation_style_picker_persists_the_choice() -> None:
    app = HarnessApp()
    async with app.run_test() as pilot:
        await pilot.press("C")
        await pilot.pause()
        assert type(app.screen).__name__ == "CitationStyleScreen"
        await pilot.press("down", "down", "enter")  # plain -> markdown -> apa
        await pilot.pause()
        assert type(app.screen).__name__ != "CitationStyleScreen"
    assert load_settings()[0].citation_style == "apa"
    app = HarnessApp()
    async with app.run_test() as pilot:
        await pilot.press("C", "escape")
        await pilot.pause()
    assert load_settings()[0].citation_style == "apa"


def test_no_color_is_respected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = HarnessApp()
    assert app.no_color
    assert any(type(f).__name__ in ("Monochrome", "NoColor") for f in app._filters)


async def test_unwritable_settings_keep_the_choice_for_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: Path, text: str) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("tui.userdata.settings.atomic_write_text", refuse)
    app = HarnessApp()
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("C", "down", "enter")
        await pilot.pause()
        assert app.citation_style == "markdown"
        assert any("kept for this run only" in n.message for n in app._notifications)


def test_an_unreadable_settings_file_is_left_alone(home: Path) -> None:
    (home / "config" / "settings.json").mkdir(parents=True)  # cannot be read as a file
    settings, messages = update_settings(theme="nord")
    assert settings.theme == "nord"
    assert "cannot be read" in messages[0] and "not saved" in messages[1]
    assert (home / "config" / "settings.json").is_dir()
    assert not list((home / "config").glob("*.corrupt-*"))


def test_non_utf8_settings_are_set_aside() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe{}")
    assert "is not UTF-8 text; kept it as settings.json.corrupt-" in load_settings()[1][0]


class CorpusApp(AppBase):
    """Stands in for the explorer's loading, with what it asks of its user data (tui/app/app.py)."""

    def __init__(self, corpus_path: Path | None = None) -> None:
        super().__init__()
        if corpus_path is None and not os.environ.get("META_SCALE_TUI_CORPUS"):
            corpus_path = self.last_corpus()
        self.corpus_path = corpus_path

    def on_mount(self) -> None:
        if load_corpus(self.corpus_path).articles:
            self.remember_corpus(self.corpus_path)


async def test_last_corpus_is_remembered_and_reopened(
    tmp_path: Path, seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)
    story = seed_copy
    async with CorpusApp(story).run_test() as pilot:
        await pilot.pause()
    assert load_settings()[0].last_corpus == str(story.resolve())

    assert CorpusApp().corpus_path == story.resolve()
    monkeypatch.setenv("META_SCALE_TUI_CORPUS", str(seed_corpus_path()))
    assert CorpusApp().corpus_path is None  # the environment names the corpus: it wins
    monkeypatch.delenv("META_SCALE_TUI_CORPUS")

    async with CorpusApp(seed_corpus_path()).run_test() as pilot:
        await pilot.pause()
    assert load_settings()[0].last_corpus is None  # the seed corpus is the default, not remembered

    update_settings(last_corpus=str(tmp_path / "gone"))
    assert CorpusApp().corpus_path is None  # a folder that no longer exists is not reopened


async def test_citation_style_is_read_from_the_settings_and_changed_by_the_picker() -> None:
    update_settings(citation_style="mla")
    app = HarnessApp()
    assert app.citation_style == "mla"
    async with app.run_test() as pilot:
        await pilot.press("C", "up", "enter")
        await pilot.pause()
        assert app.citation_style == "chicago"
