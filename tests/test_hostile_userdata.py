"""The user's own files under attack: corrupt or hostile settings, basket, themes and cache; the
process killed with SIGKILL while the basket is being saved (issue 8)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.corpus import write_hostile_corpus
from tests.hostile.screen import assert_terminal_safe
from tests.pilot import until_loaded
from tui.corpus.text import has_terminal_controls
from tui.userdata.basket import Basket, basket_path
from tui.userdata.settings import load_settings, settings_path

ROOT = Path(__file__).resolve().parent.parent
ESC_WORDS = "We said \x1b]0;pwned\x07 and \x1b]52;c;cHduZWQ=\x07 [bold]loud[/] \u009b2J \u202eevil"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(home))
    (home / "config").mkdir(parents=True)
    (home / "data").mkdir(parents=True)
    return home


CORRUPT = {
    "not-json": b"{theme: nope",
    "empty": b"",
    "binary": b"\x00\xff\xfe\x89PNG\x00",
    "not-utf8": '{"theme": "caf\xe9"}'.encode("latin-1"),
    "deep": b"[" * 100_000,
    "deep-object": b'{"items": ' + b"[" * 100_000,
    "wrong-shape": b"[1, 2, 3]",
    "truncated": b'{"schema": "meta-scale-tui/basket/1", "items": [{"words": "half',
}


@pytest.mark.parametrize("name", list(CORRUPT), ids=list(CORRUPT))
def test_corrupt_settings_are_set_aside_and_the_user_told(home: Path, name: str) -> None:
    settings_path().write_bytes(CORRUPT[name])
    settings, messages = load_settings()
    assert settings.theme is None and settings.citation_style == "plain"
    assert len(messages) == 1 and "settings.json" in messages[0] and "kept it as" in messages[0]
    backups = list(settings_path().parent.glob("settings.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == CORRUPT[name]
    assert not has_terminal_controls(messages[0])


@pytest.mark.parametrize("name", list(CORRUPT), ids=list(CORRUPT))
def test_corrupt_basket_is_set_aside_and_the_user_told(home: Path, name: str) -> None:
    basket_path().write_bytes(CORRUPT[name])
    basket, messages = Basket.load()
    assert len(basket) == 0
    assert len(messages) == 1 and "basket.json" in messages[0] and "kept it as" in messages[0]
    backups = list(basket_path().parent.glob("basket.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == CORRUPT[name]


def _write_basket(item: dict[str, object]) -> None:
    """The user's basket file holding the one `item`, as the app writes it."""
    basket_path().write_text(
        json.dumps({"schema": "meta-scale-tui/basket/1", "items": [item]}), encoding="utf-8"
    )


def _hostile_basket(home: Path) -> None:
    item = {
        "words": ESC_WORDS,
        "article_id": "hostile\x1b]0;x\x07",
        "start": 0,
        "end": 10**9,  # far past the end of any article
        "title": "[bold]T[/] \x1b]2;pwned\x07",
        "outlet": "[link=https://x.example]O[/link] \x9b2J",
        "author": ":smile: $variable",
        "date": "2025-06-13",
        "url": "https://x.example/\x1b[2J",
        "kind": "quote",
        "note": "[@click=app.quit]note[/] \x07\x08",
    }
    _write_basket(item)


def test_basket_exports_hold_no_control_characters(home: Path, tmp_path: Path) -> None:
    _hostile_basket(home)
    basket, messages = Basket.load()
    assert len(basket) == 1
    for fmt in ("markdown", "json"):
        out = basket.export(tmp_path / f"out.{fmt}", fmt)
        text = out.read_text(encoding="utf-8")
        assert not has_terminal_controls(text), fmt
        assert "[bold]loud[/]" in text or "\\[bold\\]loud\\[/\\]" in text


async def test_hostile_basket_settings_and_theme_in_the_app(home: Path, tmp_path: Path) -> None:
    from tui.app.app import ExplorerApp

    _hostile_basket(home)
    settings_path().write_text(
        json.dumps({"theme": "\x1b]0;pwned\x07[bold]", "citation_style": "\x1b[2J", "last_corpus": "\x9b"}),
        encoding="utf-8",
    )
    themes = home / "config" / "themes"
    themes.mkdir()
    (themes / "evil.yaml").write_text(
        'name: "evil\\e]0;pwned\\a[bold]"\nprimary: "#ff0000"\n', encoding="utf-8"
    )
    (themes / "bomb.yaml").write_text(
        'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8)
        ),
        encoding="utf-8",
    )
    (themes / "tag.yaml").write_text(
        f"name: !!python/object/apply:os.system ['touch {tmp_path / 'pwned'}']\n"
    )
    corpus = write_hostile_corpus(tmp_path / "corpus")
    app = ExplorerApp(corpus_path=corpus)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await until_loaded(app, pilot)
        assert_terminal_safe(app)
        app.action_open_screen("basket")
        await pilot.pause()
        text = assert_terminal_safe(app)
        assert "[bold]loud[/]" in text
        for key in ("enter", "e", "escape", "escape"):
            await pilot.press(key)
            await pilot.pause()
            assert app.is_running
        assert_terminal_safe(app)
        app.action_open_screen("cite_style")
        await pilot.pause()
        assert_terminal_safe(app)
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.press(*"theme")
        await pilot.pause()
        assert_terminal_safe(app)
    assert not (tmp_path / "pwned").exists()


_SAVER = """
import sys
from tui.userdata.basket import Basket, BasketItem
basket, _ = Basket.load()
n = len(basket)
big = "x" * 200_000
while True:
    basket.add(BasketItem(words=f"quote {n} " + big, article_id="a", start=n, end=n + 1))
    n += 1
    print(n, flush=True)
"""


def test_sigkill_while_saving_leaves_the_old_or_the_new_basket(home: Path) -> None:
    """A process saves the basket in a loop (each save a few MB); it is killed with SIGKILL at
    different moments. Every time the basket reads back whole: the last complete save, or the
    one before it. Never a torn file, never a corrupt-file message."""
    env = {**os.environ, "META_SCALE_TUI_HOME": str(home), "PYTHONPATH": str(ROOT)}
    seen = 0
    for delay in (0.05, 0.13, 0.21, 0.34):
        proc = subprocess.Popen(
            [sys.executable, "-c", _SAVER], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # one save finished: the process is in its loop
        assert first.strip(), "the saver did not start"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        printed = first + proc.stdout.read()
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        last_done = int(printed.split()[-1])
        basket, messages = Basket.load()
        assert messages == [], messages
        count = len(basket)
        assert count in (last_done, last_done + 1), (count, last_done)
        assert [i.start for i in basket.items] == list(range(count))  # whole, in order
        assert count > seen
        seen = count


def test_a_basket_headings_metadata_is_no_markdown(home: Path, tmp_path: Path) -> None:
    # A page's site name or author is the page's text, never markup (an imported page sets them): in the
    # Markdown export's heading of a quote, its marks are escaped as in the citation under it.
    item = {
        "words": "Tariffs rose twice this year.",
        "article_id": "a1",
        "start": 0,
        "end": 29,
        "title": "Port fees",
        "outlet": "<img src=x onerror=alert(1)> *Quay* [News](https://evil.example)",
        "author": "Ida_Marsh | #2",
        "date": "2031-02-03",
        "url": "",
        "kind": "article",
        "note": "",
    }
    _write_basket(item)
    basket, _ = Basket.load()
    text = basket.export(tmp_path / "out.md", "markdown").read_text(encoding="utf-8")
    heading = next(line for line in text.splitlines() if line.startswith("## 1. "))
    assert heading == (
        "## 1. \\<img src=x onerror=alert(1)\\> \\*Quay\\* \\[News\\](https://evil.example), "
        "Ida\\_Marsh \\| \\#2, 2031-02-03"
    )


@pytest.mark.parametrize("style", ["apa", "mla", "chicago", "plain", "markdown"])
def test_a_basket_in_markdown_writes_a_pages_words_as_text(home: Path, tmp_path: Path, style: str) -> None:
    # The page's own words and names (its title, its outlet, the quoted words) are text in every style's
    # Markdown: HTML, emphasis and links in them are escaped, as the Markdown style's reference did.
    item = {
        "words": "Fees rose <b>twice</b> in *one* year.",
        "article_id": "a1",
        "start": 0,
        "end": 36,
        "title": "Port fees <img src=x onerror=alert(1)> climb",
        "outlet": "Quay_Daily",
        "author": "Ida Marsh",
        "date": "2031-02-03",
        "url": "https://quay.example/fees",
        "kind": "quote",
        "note": "",
    }
    _write_basket(item)
    basket, _ = Basket.load()
    text = basket.export(tmp_path / "out.md", "markdown", style=style).read_text(encoding="utf-8")
    for raw in (r"<img", r"<b>", r"\*one", r"_Daily"):  # each mark only ever after its backslash
        assert not re.search(r"(?<!\\)" + raw, text), (raw, text)
    assert "\\<img src=x onerror=alert(1)\\>" in text and "\\*one\\*" in text and "Quay\\_Daily" in text
