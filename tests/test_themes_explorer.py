"""The explorer registers the YAML themes, saves the theme the user picks, and `--theme` is for one run."""

from __future__ import annotations

from tui.app.app import ExplorerApp
from tui.storage.locations import user_themes_dir
from tui.userdata.settings import load_settings


async def test_picked_theme_persists_and_the_flag_does_not() -> None:
    app = ExplorerApp()
    async with app.run_test() as pilot:
        assert {"newsroom", "newsprint", "high-contrast"} <= set(app.available_themes)
        app.theme = "newsprint"
        await pilot.pause()
    assert load_settings()[0].theme == "newsprint"

    assert ExplorerApp().theme == "newsprint"
    app = ExplorerApp(theme_name="high-contrast")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "high-contrast"
    assert load_settings()[0].theme == "newsprint"


async def test_user_theme_appears_and_a_broken_one_is_reported() -> None:
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "ink.yaml").write_text("name: ink\nprimary: '#224466'\ndark: false\n", encoding="utf-8")
    (folder / "oops.yaml").write_text("name: oops\nprimary: '#22446'\n", encoding="utf-8")
    app = ExplorerApp(theme_name="ink")
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        assert app.theme == "ink" and "oops" not in app.available_themes
        assert any(
            "oops.yaml: 'primary': '#22446' is not a colour" in str(n.message) for n in app._notifications
        )


async def test_unknown_theme_flag_is_a_notification_with_the_list() -> None:
    app = ExplorerApp(theme_name="nope")
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        messages = [str(n.message) for n in app._notifications]
        assert any("Unknown theme 'nope'" in m and "newsroom" in m for m in messages)
