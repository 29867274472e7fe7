"""The import dialog through Textual's pilot: `i`, a path, Enter, the summary, the reload."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.import_dialog import ImportScreen, import_target, split_paths
from tui.corpus.loader import seed_corpus_path

TECHREPUBLIC = seed_corpus_path() / "003_e8265f7e24b04829.txt"


def test_paths_and_target(tmp_path: Path, home: Path) -> None:
    spaced = tmp_path / "my files"
    spaced.mkdir()
    assert split_paths(str(spaced)) == [spaced]
    assert split_paths(f"'{spaced}' {tmp_path}/b.txt") == [spaced, tmp_path / "b.txt"]
    assert split_paths("  ") == []
    # a web address stays an address (Path would fold its "//")
    assert split_paths(f"https://news.example/a.html {tmp_path}/b.txt") == [
        "https://news.example/a.html",
        tmp_path / "b.txt",
    ]
    # The seed corpus is never the target: a copy of it in the user's data folder is.
    target, from_seed = import_target(seed_corpus_path())
    assert target == home / "data" / "corpora" / "meta-scale" and from_seed
    assert import_target(tmp_path) == (tmp_path, False)


async def _run_import(app: ExplorerApp, pilot, paths: str) -> ImportScreen:  # noqa: ANN001
    await until_loaded(app, pilot)
    await pilot.press("i")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ImportScreen)
    screen.query_one("#import-paths").value = paths
    await pilot.press("enter")
    await until_loaded(app, pilot)
    return screen


async def test_import_into_the_open_corpus_reloads_it(tmp_path: Path) -> None:
    corpus = tmp_path / "story"
    corpus.mkdir()
    shutil.copy(seed_corpus_path() / "000_7e0c72b512ef79a9.txt", corpus / "winbuzzer.txt")
    copy = TECHREPUBLIC.read_text(encoding="utf-8")
    (tmp_path / "tr.txt").write_text(copy, encoding="utf-8")
    (tmp_path / "syndicated.txt").write_text(copy.replace("$14 billion", "$16 billion"), encoding="utf-8")
    app = ExplorerApp(corpus_path=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _run_import(app, pilot, f"{tmp_path / 'tr.txt'} {tmp_path / 'syndicated.txt'}")
        summary = "\n".join(screen.summary)
        assert "2 added (1 of them copies" in summary
        assert "figure differs: $14 billion -> $16 billion" in summary
        assert app.data_ready and len(app.corpus.articles) == 3
        copied = app.corpus.article("syndicated")
        assert copied.meta.copy_of == "tr"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ImportScreen)


async def test_importing_with_the_seed_corpus_open_makes_a_copy(tmp_path: Path, home: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Scale AI deal</title><meta property='og:site_name' content='Wire'></head>"
        "<body><article>"
        + "".join(
            f"<p>Paragraph {n}: Meta and Scale AI agreed a deal; the talks lasted weeks.</p>"
            for n in range(5)
        )
        + "</article></body></html>",
        encoding="utf-8",
    )
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _run_import(app, pilot, str(page))
        assert screen.summary[0].startswith("1 added")
        # Per file: what was recorded, what is missing, and how to give it (issue 17).
        assert "  recorded: title Scale AI deal · outlet Wire" in screen.summary
        assert "  missing: author, date, url" in screen.summary
        assert any(
            line.startswith("what is missing can be given with the outlet, author and date fields")
            for line in screen.summary
        )
        copy = home / "data" / "corpora" / "meta-scale"
        assert app.corpus.root == copy
        assert [a.meta.outlet for a in app.corpus.articles] == ["Winbuzzer", "TechRepublic", "Wire"]
    assert len(list(seed_corpus_path().glob("*.txt"))) == 2  # the bundled corpus is untouched


async def test_bad_input_is_said_in_the_dialog(tmp_path: Path) -> None:
    app = ExplorerApp(corpus_path=seed_corpus_path())
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _run_import(app, pilot, "")
        assert "Type the files" in str(screen.query_one("#import-error").render())
        screen.query_one("#import-paths").value = str(tmp_path / "missing.txt")
        screen.query_one("#import-date").value = "13 June"
        await pilot.press("enter")
        await pilot.pause()
        assert "not a date" in str(screen.query_one("#import-error").render())
        screen.query_one("#import-date").value = ""
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert any("no such file" in line for line in screen.summary)
        assert screen.summary[0].startswith("0 added")


async def test_the_dialog_takes_web_addresses(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    from tests.local_web import serve
    from tests.test_import_web import _routes

    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    corpus = tmp_path / "story"
    corpus.mkdir()
    shutil.copy(TECHREPUBLIC, corpus / "tr.txt")
    app = ExplorerApp(corpus_path=corpus)
    with serve(_routes()) as server:
        async with app.run_test(size=(80, 24)) as pilot:
            urls = f"{server.url('/deal.html')} {server.url('/missing.html')}"
            screen = await _run_import(app, pilot, urls)
            assert screen.summary[0].startswith("1 added (0 of them copies of another article), 0 skipped")
            assert f"added: {server.url('/deal.html')} -> northwind-buys-harbor-sensors" in screen.summary
            assert f"error: {server.url('/missing.html')}: HTTP 404 Not Found" in screen.summary
            assert app.corpus.article("northwind-buys-harbor-sensors").meta.outlet == "Harbour Daily"


async def test_the_dialog_opens_with_the_paths_field_focused(tmp_path: Path) -> None:
    app = ExplorerApp(corpus_path=seed_corpus_path())
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, ImportScreen)
        assert app.focused is not None and app.focused.id == "import-paths"
