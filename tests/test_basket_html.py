"""The basket as a standalone HTML page (`H` on the basket screen, `basket --format html`):
whose words each quote holds, its citation, the references once each, and nothing from an
article interpreted as markup."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.daily_harness import WINBUZZER_SENTENCE, HarnessApp
from tests.test_basket import _items
from tui.analysis.citation import STYLES
from tui.corpus.model import Span
from tui.userdata.basket import Basket, BasketItem


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _hostile() -> BasketItem:
    from tui.corpus.model import ArticleMeta

    words = 'He said <script>alert("x")</script> & <img src=x onerror=y>'
    meta = ArticleMeta(
        title="<b>Bold</b> & title", outlet="Evil <i>Times</i>", author="Ann <Lee>", date=dt.date(2024, 1, 2)
    )
    return BasketItem.from_selection(words, meta, Span("evil", 0, len(words)), "claim", "c1")


@pytest.mark.parametrize("style", STYLES)
def test_hostile_text_is_never_markup_in_any_style(style: str) -> None:
    basket = Basket()
    basket.add(_hostile())
    page = basket.to_html(style)
    parsed = _Tags()
    parsed.feed(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    text = "".join(parsed.text)
    assert '<script>alert("x")</script>' in text  # shown as the words they are
    assert "Evil <i>Times</i>" in text


def test_apa_page_has_the_quotes_citations_and_references_once() -> None:
    wb, tr = _items()
    basket = Basket()
    basket.add(wb)
    basket.add(tr)
    basket.set_note(0, "check <this>")
    page = basket.to_html("apa")
    assert page.startswith("<!DOCTYPE html>")
    assert f"<blockquote>{WINBUZZER_SENTENCE}</blockquote>" in page
    assert "Citation style: APA (7th edition)." in page
    assert "<p><b>Note:</b> check &lt;this&gt;</p>" in page
    refs = page.split("<h2>References</h2>")[1]
    assert refs.count("<li>") == 2  # two articles, each once
    assert "Kasanmascheff, M. (2025, June 13). <i>Meta Invests $14B" in refs


async def test_H_on_the_basket_screen_writes_the_page(home: Path) -> None:
    Basket().add(_items()[0])
    app = HarnessApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("B", "H")
        await pilot.pause()
        target = home / "quotes.html"
        app.screen.query_one("Input").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Kasanmascheff" in page


def test_cli_prints_the_page(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.cli.main import main

    Basket().add(_items()[0])
    assert main(["basket", "--format", "html", "--style", "mla"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("<!DOCTYPE html>") and "Citation style: MLA (9th edition)." in out
