"""`o` opens the article's web address in a graphical browser, `y` copies it (explorer, overview)."""

from __future__ import annotations

import shutil
import webbrowser
from pathlib import Path

import pytest

from tests.pilot import open_compare, until_loaded
from tui.app.app import ExplorerApp
from tui.corpus.loader import seed_corpus_path

WINBUZZER_URL = (
    "https://winbuzzer.com/2025/06/13/meta-invests-14b-in-scale-ai-deal-in-a-high-stakes-bid-for-ai"
    "-supremacy-ceo-alexandr-wang-steps-down-xcxwbn/"
)


class FakeBrowser(webbrowser.BackgroundBrowser):
    """A graphical browser that records what it was asked to open."""

    def __init__(self) -> None:
        super().__init__("fake-browser")
        self.opened: list[str] = []

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        self.opened.append(url)
        return True


@pytest.fixture(autouse=True)
def _no_display(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "BROWSER"):
        monkeypatch.delenv(name, raising=False)


def _alpha_and_beta(
    tmp_path: Path, url_a: str = "https://alpha.example/a", url_b: str = "https://beta.example/b"
) -> Path:
    """Two seed articles as Alpha and Beta, each with its web address (Compare's columns)."""
    corpus = tmp_path / "story"
    corpus.mkdir()
    shutil.copy(seed_corpus_path() / "000_7e0c72b512ef79a9.txt", corpus / "a.txt")
    shutil.copy(seed_corpus_path() / "003_e8265f7e24b04829.txt", corpus / "b.txt")
    (corpus / "corpus.yaml").write_text(
        "name: story\narticles:\n"
        f"  a.txt:\n    outlet: Alpha\n    url: '{url_a}'\n"
        f"  b.txt:\n    outlet: Beta\n    url: '{url_b}'\n",
        encoding="utf-8",
    )
    return corpus


def _messages(app: ExplorerApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_y_copies_and_o_opens_the_selected_articles_address(monkeypatch: pytest.MonkeyPatch) -> None:
    browser = FakeBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda *a: browser)
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("1", "y")  # the Sources pane's first row: the Winbuzzer article
        await until_loaded(app, pilot)
        assert app.clipboard == WINBUZZER_URL
        await pilot.press("o")
        await until_loaded(app, pilot)
        assert browser.opened == [WINBUZZER_URL]
        assert f"Opened {WINBUZZER_URL}" in _messages(app)


async def test_an_article_without_an_address_says_so() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("v")  # the Overview: its row under the cursor is the article
        await until_loaded(app, pilot)
        rows = app.screen.query_one("OverviewList")
        for _ in range(3):
            if app.corpus.article(rows.current.article_id).meta.outlet == "TechRepublic":
                break
            await pilot.press("down")
        assert app.corpus.article(rows.current.article_id).meta.outlet == "TechRepublic"
        clipboard_before = app.clipboard
        await pilot.press("y")
        await pilot.press("o")
        await until_loaded(app, pilot)
        assert app.clipboard == clipboard_before
        assert "TechRepublic: the article has no web address (no url in corpus.yaml)." in _messages(app)


async def test_only_web_addresses_are_opened_and_a_console_browser_is_not_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _alpha_and_beta(tmp_path, "file:///etc/passwd", "https://news.example/b")
    console = webbrowser.GenericBrowser("lynx")
    started: list[str] = []
    monkeypatch.setattr(console, "open", lambda url, *a, **k: started.append(url) or True)
    monkeypatch.setattr(webbrowser, "get", lambda *a: console)
    app = ExplorerApp(corpus_path=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("1", "o")
        await until_loaded(app, pilot)
        assert (
            "Alpha: file:///etc/passwd: only http and https addresses are allowed, not file:; not opened."
            in _messages(app)
        )
        await pilot.press("G", "o")  # the last row: a source of the Beta article
        await until_loaded(app, pilot)
        assert started == []  # lynx would take over this very terminal
        assert (
            "No graphical web browser found here; the address (y copies it):\nhttps://news.example/b"
            in _messages(app)
        )


async def test_on_compare_o_and_y_act_on_the_columns_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    corpus = _alpha_and_beta(tmp_path)
    browser = FakeBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda *a: browser)
    app = ExplorerApp(corpus_path=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot)
        outlets = {aid: app.corpus.article(aid).meta.outlet for aid in screen.result.article_ids}
        urls = {"Alpha": "https://alpha.example/a", "Beta": "https://beta.example/b"}
        first, second = (urls[outlets[aid]] for aid in screen.result.article_ids)
        await pilot.press("y")  # the cursor starts on the first article's column
        assert app.clipboard == first
        await pilot.press("right", "y", "o")
        await until_loaded(app, pilot)
        assert app.clipboard == second
        assert browser.opened == [second]
        await pilot.press("left", "left", "y")  # the Aspect column: no article, and no other one
        assert app.clipboard == second
        assert "Move to an article's column: o and y act on the column's article." in _messages(app)


async def test_in_compares_profile_o_y_and_p_act_on_the_profiles_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.app.screens.compare import ProfileScreen
    from tui.app.screens.provenance import ProvenanceScreen

    corpus = _alpha_and_beta(tmp_path)
    browser = FakeBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda *a: browser)
    app = ExplorerApp(corpus_path=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        compare = await open_compare(app, pilot)
        second = compare.result.article_ids[1]
        url = app.corpus.article(second).meta.url
        await pilot.press("right", "P")  # the second column's profile
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ProfileScreen) and app.screen.article_id == second
        await pilot.press("y")
        assert app.clipboard == url
        await pilot.press("o")
        await until_loaded(app, pilot)
        assert browser.opened == [url]
        await pilot.press("p")
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ProvenanceScreen)
        assert app.screen.scope.article_id == second
        await pilot.press("escape")
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ProfileScreen)
        await pilot.press("escape")
        await until_loaded(app, pilot)
        assert app.screen is compare
