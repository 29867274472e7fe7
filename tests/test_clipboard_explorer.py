"""The explorer's `c` copies in the citation style chosen with `C` (and saved in the settings)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pilot import until_loaded
from tui.analysis.citation import STYLES, format_quote
from tui.analysis.voice import proper_nouns
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.userdata.settings import load_settings, update_settings


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    for name in ("META_SCALE_TUI_CORPUS", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path / "home"


async def _claim_words(app: ExplorerApp, pilot) -> tuple[str, object]:  # noqa: ANN001
    await until_loaded(app, pilot)
    screen = app.screen
    assert isinstance(screen, ExploreScreen)
    await pilot.press("3")
    claim = screen.claims.current
    article = app.corpus.article(claim.span.article_id)
    # The citation keeps the proper nouns the analysis knows (APA sentence case, BibTeX braces).
    return article.slice(claim.span).strip(), (article.meta, proper_nouns(app.analysis, article.id))


@pytest.mark.parametrize("style", STYLES)
async def test_c_copies_the_selected_claim_in_the_saved_style(style: str) -> None:
    update_settings(citation_style=style)
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        words, meta = await _claim_words(app, pilot)
        await pilot.press("c")
        assert app.clipboard == format_quote(words, meta[0], style, proper=meta[1])


async def test_style_picked_with_C_is_used_and_saved() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        words, meta = await _claim_words(app, pilot)
        await pilot.press("C")
        await pilot.pause()
        assert type(app.screen).__name__ == "CitationStyleScreen"
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        await pilot.press("c")
        assert app.clipboard == format_quote(words, meta[0], "apa", proper=meta[1])
        assert app.clipboard.endswith(
            "Winbuzzer. https://winbuzzer.com/2025/06/13/meta-invests-14b-in-scale-ai-deal"
            "-in-a-high-stakes-bid-for-ai-supremacy-ceo-alexandr-wang-steps-down-xcxwbn/"
        )
    assert load_settings()[0].citation_style == "apa"
