"""Contrast of what the explorer actually draws: every text colour against the background it is
drawn on, read from the rendered screen (after the theme, `dim`, `reverse` and the widgets' CSS are
applied), not from the palette alone. WCAG 2.x: at least 7:1 in the high-contrast theme, 4.5:1 in
the other bundled themes.

`dim` is counted as the foreground blended halfway to the background, which is what Textual's dim
filter does and roughly what terminals do; a theme that needs full contrast must not rely on it.
Screens checked: the explorer at rest, in Quotes mode, and narrowed with the Reader focused.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from rich.color import Color as RichColor
from textual.widgets import Input

from tests.pilot import until_loaded
from tests.test_themes import contrast
from tui.app.app import ExplorerApp

MINIMUM = {"high-contrast": 7.0, "newsroom": 4.5, "newsprint": 4.5}


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(Input, "cursor_blink", False)


def _hex(colour: RichColor | None, fallback: str) -> str:
    if colour is None or colour.is_default:
        return fallback
    r, g, b = colour.get_truecolor()
    return f"#{r:02X}{g:02X}{b:02X}"


def _blend(fg: str, bg: str, factor: float) -> str:
    a = [int(fg[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(bg[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(y + (x - y) * factor):02X}" for x, y in zip(a, b, strict=True))


def low_contrast_text(app: ExplorerApp, minimum: float) -> set[str]:
    """Each drawn text whose colour is under `minimum`:1 against its background."""
    theme = app.current_theme
    default_fg, default_bg = theme.foreground or "#FFFFFF", theme.background or "#000000"
    found: set[str] = set()
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            text, style = segment.text, segment.style
            if style is None or not text.strip():
                continue
            if all(c in "─│╭╮╰╯┌┐└┘━┃▁▂▃▄▅▆▇█▔▏▕ ╴╶╸╺" for c in text.strip()):
                continue  # borders, scrollbars and bars are not text
            fg, bg = _hex(style.color, default_fg), _hex(style.bgcolor, default_bg)
            if style.reverse:
                fg, bg = bg, fg
            if style.dim:
                fg = _blend(fg, bg, 0.5)
            ratio = contrast(fg, bg)
            if ratio < minimum:
                found.add(f"{text.strip()[:30]!r} {fg} on {bg} = {ratio:.2f}:1")
    return found


async def _main(pilot) -> None:  # noqa: ANN001
    await until_loaded(pilot.app, pilot)


async def _quotes(pilot) -> None:  # noqa: ANN001
    await until_loaded(pilot.app, pilot)
    await pilot.press("3", "t", "j")
    await until_loaded(pilot.app, pilot)


async def _narrowed(pilot) -> None:  # noqa: ANN001
    await until_loaded(pilot.app, pilot)
    await pilot.press("1", "j", "enter", "4")
    await until_loaded(pilot.app, pilot)


STATES: dict[str, Callable[..., Awaitable[None]]] = {
    "main": _main,
    "quotes": _quotes,
    "narrowed": _narrowed,
}


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("theme", list(MINIMUM))
async def test_every_drawn_text_is_legible(theme: str, state: str) -> None:
    app = ExplorerApp(theme_name=theme)
    async with app.run_test(size=(120, 40)) as pilot:
        await STATES[state](pilot)
        assert app.current_theme.name == theme
        assert low_contrast_text(app, MINIMUM[theme]) == set()


def test_dim_counts_as_half_way_to_the_background() -> None:
    assert _blend("#FFFFFF", "#000000", 0.5) == "#808080"
    assert contrast(_blend("#FFFFFF", "#000000", 0.5), "#000000") < 7
