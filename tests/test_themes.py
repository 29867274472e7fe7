"""Themes: the bundled YAML files, user themes, malformed files, and legibility of high-contrast."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from textual.color import Color

from tests.daily_harness import HarnessApp
from tui.app.themes import ThemeFileError, bundled_themes_dir, load_theme_file, load_themes
from tui.storage.locations import user_themes_dir

BUNDLED = {"newsroom": True, "newsprint": False, "high-contrast": True}  # name: dark


def _luminance(colour: str) -> float:
    """WCAG 2.x relative luminance."""
    r, g, b = (c / 255 for c in Color.parse(colour).rgb)

    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_bundled_themes_load() -> None:
    loaded = load_themes([bundled_themes_dir()])
    assert loaded.problems == []
    assert {t.name: t.dark for t in loaded.themes} == BUNDLED


@pytest.mark.parametrize(("name", "minimum"), [("high-contrast", 7.0), ("newsroom", 4.5), ("newsprint", 4.5)])
def test_text_colours_are_legible(name: str, minimum: float) -> None:
    """WCAG: 7:1 (AAA) for the high-contrast theme, 4.5:1 (AA) for the others."""
    data = yaml.safe_load((bundled_themes_dir() / f"{name}.yaml").read_text(encoding="utf-8"))
    texts = ["foreground", "primary", "accent", "secondary", "error", "warning", "success"]
    for ground in ("background", "surface", "panel"):
        for text in texts:
            ratio = contrast(data[text], data[ground])
            assert ratio >= minimum, f"{name}: {text} on {ground} is {ratio:.2f}:1"
    if name == "high-contrast":
        assert contrast(data["foreground"], data["background"]) >= 15


BAD = {
    "no-primary.yaml": ("name: x\nbackground: '#000000'\n", "'primary' colour is missing"),
    "bad-colour.yaml": ("name: x\nprimary: '#12345G'\n", "'primary': '#12345G' is not a colour"),
    "typo.yaml": ("name: x\nprimary: red\nforegrund: white\n", "unknown field(s) foregrund"),
    "not-yaml.yaml": ("name: [x\nprimary: red\n", "line "),
    "list.yaml": ("- a\n- b\n", "not a mapping"),
    "bad-name.yaml": ("name: 'a b[/]'\nprimary: red\n", "'name' is missing or not a simple name"),
    "bad-var.yaml": (
        "name: x\nprimary: red\nvariables:\n  footer-key-foreground: '[b]'\n",
        "neither a colour",
    ),
    "binary.yml": (b"\xff\xfe\x00name", "not UTF-8"),
    "number.yaml": ("name: x\nprimary: 12\n", "should be a colour in quotes"),
}


def test_user_themes_good_and_malformed() -> None:
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(
        "name: my-paper\ndark: false\nprimary: '#003366'\nbackground: 'rgb(250, 250, 245)'\n"
        "variables:\n  block-cursor-text-style: bold\n",
        encoding="utf-8",
    )
    (folder / "newsroom.yml").write_text("name: newsroom\nprimary: '#FF0000'\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a theme, not read", encoding="utf-8")
    for name, (content, _) in BAD.items():
        path = folder / name
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(
            content, encoding="utf-8"
        )
    loaded = load_themes()
    by_name = {t.name: t for t in loaded.themes}
    assert set(by_name) == {*BUNDLED, "my-paper"}
    assert by_name["my-paper"].dark is False and by_name["my-paper"].variables == {
        "block-cursor-text-style": "bold"
    }
    assert by_name["newsroom"].primary == "#FF0000"  # the user's file wins over the bundled one
    shadow = f"{folder / 'newsroom.yml'}: theme 'newsroom' replaces the one in "
    assert [p for p in loaded.problems if p.startswith(shadow)]  # named, not silent (issue 15)
    assert len(loaded.problems) == len(BAD) + 1
    for name, (_, reason) in BAD.items():
        [problem] = [p for p in loaded.problems if p.startswith(str(folder / name) + ":")]
        assert reason in problem and problem.endswith("; skipped")


async def test_app_registers_themes_and_reports_bad_files() -> None:
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text("name: my-theme\nprimary: '#336699'\n", encoding="utf-8")
    (folder / "broken.yaml").write_text("name: broken\nprimary: nocolour\n", encoding="utf-8")
    app = HarnessApp(theme_name="my-theme")
    async with app.run_test(notifications=True) as pilot:
        await pilot.pause()
        assert {"newsroom", "newsprint", "high-contrast", "my-theme"} <= set(app.available_themes)
        assert "broken" not in app.available_themes
        assert app.theme == "my-theme"
        warnings = [n.message for n in app._notifications if n.title == "Themes skipped"]
        assert len(warnings) == 1 and "broken.yaml: 'primary': 'nocolour' is not a colour" in warnings[0]
        for name in BUNDLED:  # each bundled theme applies without breaking the screen
            app.theme = name
            await pilot.pause()
            assert app.current_theme.name == name


def test_theme_file_too_large_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("name: big\nprimary: red\n" + "#" * 70_000, encoding="utf-8")
    with pytest.raises(ThemeFileError, match="larger than"):
        load_theme_file(path)
