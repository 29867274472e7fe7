"""The quote basket: add, reorder, note, remove; persistence, crashes, damaged files, export."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.daily_harness import TECHREPUBLIC_SENTENCE, WINBUZZER_SENTENCE, HarnessApp
from tui.app.refs import ItemRef
from tui.corpus.loader import load_corpus
from tui.corpus.model import Span
from tui.userdata.basket import Basket, BasketItem, basket_path

ROOT = Path(__file__).resolve().parent.parent


def _items() -> list[BasketItem]:
    corpus = load_corpus(None)
    out = []
    for article, sentence in zip(corpus.articles, (WINBUZZER_SENTENCE, TECHREPUBLIC_SENTENCE), strict=True):
        start = article.text.index(sentence)
        span = Span(article.id, start, start + len(sentence))
        out.append(BasketItem.from_selection(article.slice(span), article.meta, span, "claim", "c1"))
    return out


def test_add_reorder_note_remove_are_saved_at_once() -> None:
    wb, tr = _items()
    basket = Basket()
    assert basket.add(wb) and basket.add(tr)
    assert not basket.add(BasketItem.from_selection(wb.words, wb.meta(), wb.span))  # same span
    assert basket.move(1, -1) == 0
    basket.set_note(0, "  check against the NYT  ")
    reread, messages = Basket.load()
    assert messages == []
    assert [i.article_id for i in reread.items] == ["techrepublic", "winbuzzer"]
    assert reread.items[0].note == "check against the NYT"
    assert reread.items[1].words == WINBUZZER_SENTENCE
    assert reread.items[1].author == "Markus Kasanmascheff" and reread.items[0].author is None
    assert reread.items[1].citation("plain").startswith(f"“{WINBUZZER_SENTENCE}” — Markus Kasanmascheff,")
    assert reread.move(0, -5) == 0 and reread.move(0, 9) == 1
    reread.remove(0)
    assert [i.article_id for i in Basket.load()[0].items] == ["techrepublic"]


def test_corrupt_basket_is_set_aside_and_reported() -> None:
    path = basket_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"items": [', encoding="utf-8")
    basket, messages = Basket.load()
    assert len(basket) == 0
    assert "is not valid JSON" in messages[0] and "basket.json.corrupt-" in messages[0]
    assert [p.read_text() for p in path.parent.glob("basket.json.corrupt-*")] == ['{"items": [']


def test_unreadable_items_are_skipped_and_the_original_kept() -> None:
    wb, _ = _items()
    Basket().add(wb)
    path = basket_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    data["items"].append({"words": "x", "article_id": "a", "start": 5, "end": 2})
    data["items"].append("junk")
    path.write_text(json.dumps(data), encoding="utf-8")
    basket, messages = Basket.load()
    assert [i.words for i in basket.items] == [WINBUZZER_SENTENCE]
    assert "skipped 2 unreadable item(s)" in messages[0] and "bad span 5:2" in messages[0]
    assert len(list(path.parent.glob("basket.json.corrupt-*"))) == 1


_KILL = """
import os, sys
from tui.storage import atomic
from tui.userdata.basket import Basket, BasketItem
basket, _ = Basket.load()
basket.items.append(BasketItem(words="new quote", article_id="a", start=0, end=9))
if sys.argv[1] == "before-rename":
    atomic.os.replace = lambda *a: os._exit(9)          # killed after the temp file is written
elif sys.argv[1] == "mid-write":
    real = atomic.os.fdopen
    class Torn:
        def __init__(self, h): self.h = h
        def __enter__(self): return self
        def __exit__(self, *a): return False
        def write(self, text): self.h.write(text[: len(text) // 2]); self.h.flush(); os._exit(9)
    atomic.os.fdopen = lambda fd, *a, **k: Torn(real(fd, *a, **k))
basket.save()
"""


@pytest.mark.parametrize("when", ["mid-write", "before-rename", "completed"])
def test_a_save_killed_midway_leaves_the_old_or_the_new_basket(when: str, home: Path) -> None:
    wb, _ = _items()
    Basket().add(wb)
    before = basket_path().read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_KILL), when],
        cwd=ROOT,
        env={"META_SCALE_TUI_HOME": str(home), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == (0 if when == "completed" else 9), done.stderr
    basket, messages = Basket.load()
    assert messages == []
    words = [i.words for i in basket.items]
    if when == "completed":
        assert words == [WINBUZZER_SENTENCE, "new quote"]
    else:
        assert basket_path().read_text(encoding="utf-8") == before
        assert words == [WINBUZZER_SENTENCE]


def test_export_markdown_and_json(tmp_path: Path) -> None:
    wb, tr = _items()
    basket = Basket()
    basket.add(wb)
    basket.add(tr)
    basket.set_note(1, "no author given")
    md = basket.export(tmp_path / "out" / "quotes.md", "markdown", style="apa")
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Quote basket\n\n2 quote(s), exported ")
    assert (
        f"## 1. Winbuzzer, Markus Kasanmascheff, 2025-06-13\n\n> {WINBUZZER_SENTENCE}\n>\n> — Markus" in text
    )
    assert "APA (7th edition): “" in text and "(Kasanmascheff, 2025)" in text
    # The references: each article once, the title in italics (as published: these old-style
    # items hold no proper nouns, so the title is not re-cased).
    refs = text.split("## References\n\n")[1]
    assert refs.startswith("- Kasanmascheff, M. (2025, June 13). *Meta Invests $14B")
    assert refs.count("\n- ") == 1
    assert "## 2. TechRepublic, 2025-06-13" in text and "Note: no author given" in text
    assert "None" not in text
    # the file is replaced: whether it may be is asked before (the dialog, --force), not here
    assert basket.export(md, "markdown", style="mla") == md
    assert "MLA (9th edition): “" in md.read_text(encoding="utf-8")
    js = json.loads(basket.export(tmp_path / "quotes.json", "json", style="mla").read_text(encoding="utf-8"))
    assert js["schema"] == "meta-scale-tui/basket-export/1" and js["citation_style"] == "mla"
    assert js["items"][1]["note"] == "no author given"
    assert js["items"][1]["citation"].startswith(f"“{TECHREPUBLIC_SENTENCE}” (“$14B Meta Investment”)")
    with pytest.raises(IsADirectoryError):
        basket.export(tmp_path, "json")
    with pytest.raises(ValueError):
        basket.export(tmp_path / "x.csv", "csv")
    assert not (tmp_path / "x.csv").exists()


async def test_basket_survives_an_app_restart_and_the_screen_edits_it(home: Path) -> None:
    app = HarnessApp()
    async with app.run_test() as pilot:
        await pilot.press("b", "x", "b", "b")  # winbuzzer, techrepublic, techrepublic again
        await pilot.pause()
    saved = json.loads(basket_path().read_text(encoding="utf-8"))
    assert [i["article_id"] for i in saved["items"]] == ["winbuzzer", "techrepublic"]

    app = HarnessApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("B")
        await pilot.pause()
        screen = app.screen
        assert type(screen).__name__ == "BasketScreen"
        assert [i.article_id for i in screen.basket.items] == ["winbuzzer", "techrepublic"]
        await pilot.press("down", "K")  # move techrepublic up
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"first", "enter")
        await pilot.pause()
        await pilot.press("down", "d")  # remove winbuzzer
        await pilot.pause()
        assert [i.article_id for i in screen.basket.items] == ["techrepublic"]
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        target = home / "export.json"
        prompt_input = app.screen.query_one("Input")
        prompt_input.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.is_file()
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ != "BasketScreen"
    items = json.loads(basket_path().read_text(encoding="utf-8"))["items"]
    assert [(i["article_id"], i["note"]) for i in items] == [("techrepublic", "first"), ("winbuzzer", "")]
    exported = json.loads(target.read_text(encoding="utf-8"))["items"]
    assert [i["article_id"] for i in exported] == ["techrepublic", "winbuzzer"]


async def test_export_asks_before_replacing_a_file(home: Path) -> None:
    Basket().add(_items()[0])
    target = home / "quotes.md"
    target.write_text("keep me", encoding="utf-8")
    app = HarnessApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("B", "e")
        await pilot.pause()
        app.screen.query_one("Input").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert "exists" in str(app.screen.query_one("#prompt-error").render())
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await pilot.pause()
    assert target.read_text(encoding="utf-8").startswith("# Quote basket")


async def test_empty_basket_screen_says_how_to_fill_it() -> None:
    app = HarnessApp()
    async with app.run_test() as pilot:
        await pilot.press("B")
        await pilot.pause()
        assert "The basket is empty" in str(app.screen.query_one("#basket-empty").render())
        await pilot.press("d", "K", "n", "e")  # nothing to act on: no crash
        await pilot.pause()
        assert type(app.screen).__name__ == "BasketScreen"


def test_an_unreadable_basket_is_never_saved_over(home: Path) -> None:
    basket_path().mkdir(parents=True)  # a folder where the file should be
    basket, messages = Basket.load()
    assert "cannot be read" in messages[0]
    with pytest.raises(PermissionError):
        basket.add(_items()[0])
    assert basket_path().is_dir()


async def test_enter_shows_the_quote_in_its_article() -> None:
    wb, tr = _items()
    basket = Basket()
    basket.add(wb)
    basket.add(tr)
    app = HarnessApp()
    async with app.run_test() as pilot:
        await pilot.press("B", "down", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ != "BasketScreen"
    assert app.dismissed_with == ItemRef("span", "techrepublic", tr.span)


async def test_title_follows_the_citation_style_picked_on_the_basket_screen() -> None:
    Basket().add(_items()[0])
    app = HarnessApp()
    async with app.run_test() as pilot:
        await pilot.press("B", "C", "down", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "BasketScreen"
        assert "citation style Markdown" in str(app.screen.query_one("#basket-title").render())


def test_two_windows_adding_quotes_lose_neither() -> None:
    wb, tr = _items()
    first, _ = Basket.load()
    second, _ = Basket.load()
    assert first.add(wb)
    assert second.add(tr)  # second had not seen wb: it reads the file again before saving
    assert [i.article_id for i in Basket.load()[0].items] == ["winbuzzer", "techrepublic"]
    assert not first.add(BasketItem.from_selection(tr.words, tr.meta(), tr.span))  # first sees tr now
    assert len(first) == 2


async def test_basket_and_picker_survive_a_40x12_terminal() -> None:
    for item in _items():
        Basket().add(item)
    app = HarnessApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("B")
        await pilot.resize_terminal(40, 12)
        await pilot.pause()
        await pilot.press("down", "K", "C")
        await pilot.pause()
        await pilot.resize_terminal(40, 12)
        await pilot.press("escape", "e")
        await pilot.pause()
        assert type(app.screen).__name__ == "TextPrompt"
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "BasketScreen"
        assert [i.article_id for i in app.screen.basket.items] == ["techrepublic", "winbuzzer"]


async def test_export_goes_to_the_documents_folder_and_remembers_the_last_one(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "Documents"
    docs.mkdir()
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(docs))
    Basket().add(_items()[0])
    app = HarnessApp()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("B", "e")
        await pilot.pause()
        prompt = app.screen.query_one("Input")
        assert prompt.value == str(docs / "quote-basket.md")  # not the current directory
        prompt.value = "mine.md"  # a name alone goes in the folder shown
        await pilot.press("enter")
        await pilot.pause()
        assert (docs / "mine.md").is_file()
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        await pilot.press("E")
        await pilot.pause()
        app.screen.query_one("Input").value = str(elsewhere / "b.json")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("Input").value == str(elsewhere / "quote-basket.md")


def test_bibliography_lists_each_article_once_with_unique_keys() -> None:
    import datetime as dt

    from tui.analysis.citation import unique_keys
    from tui.corpus.model import ArticleMeta

    same = ArticleMeta(title="Meta buys a stake", outlet="Wire", author="Ann Lee", date=dt.date(2025, 6, 13))
    other = ArticleMeta(
        title="Meta buys a stake again", outlet="Other", author="Ann Lee", date=dt.date(2025, 6, 13)
    )
    assert unique_keys([("a", same), ("a", same), ("b", other)]) == {"a": "lee2025metaa", "b": "lee2025metab"}
    basket = Basket(Path("/nonexistent/basket.json"))
    for n, (article_id, meta) in enumerate([("a", same), ("a", same), ("b", other)]):
        item = BasketItem(
            words=f"w{n}",
            article_id=article_id,
            start=n,
            end=n + 1,
            title=meta.title,
            outlet=meta.outlet,
            author=meta.author,
            date="2025-06-13",
        )
        basket.items.append(item)
    [fence, body, end] = basket.bibliography("bibtex")
    assert (fence, end) == ("```bibtex", "```")
    assert body.count("@online{") == 2
    assert "@online{lee2025metaa," in body and "@online{lee2025metab," in body
    text = basket.to_markdown("bibtex")
    assert text.count("BibTeX key: `lee2025metaa`") == 2 and text.count("BibTeX key: `lee2025metab`") == 1
    assert len(basket.bibliography("apa")) == 2  # one line per article
