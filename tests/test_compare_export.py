"""The Compare screen's export (e / E / H): the report `compare --format` prints, with the timeline
and the provenance of the compared articles, written to the file the user names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input

from tests.pilot import open_compare, until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen
from tui.app.screens.prompt import TextPrompt
from tui.cli.main import main
from tui.corpus.loader import seed_corpus_path

CORPUS = Path(__file__).parent / "corpora" / "provenance"


async def _export(app: ExplorerApp, pilot, key: str, target: Path) -> list[str]:  # noqa: ANN001
    await pilot.press(key)
    await until_loaded(app, pilot)
    assert isinstance(app.screen, TextPrompt)
    app.screen.query_one(Input).value = str(target)
    await pilot.press("enter")
    await until_loaded(app, pilot)
    return [str(n.message) for n in app._notifications]


@pytest.mark.parametrize("root", [CORPUS, seed_corpus_path()], ids=["provenance", "seed"])
async def test_each_format_is_what_compare_format_prints(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = ExplorerApp(corpus_path=root)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot)
        ids = list(screen.result.article_ids)
        written = {}
        for key, fmt in (("e", "md"), ("E", "json"), ("H", "html")):
            target = tmp_path / f"out-{fmt}"
            messages = await _export(app, pilot, key, target)
            assert isinstance(app.screen, CompareScreen)  # the prompt closed
            assert any(m.startswith(f"Exported the comparison of {len(ids)} articles") for m in messages)
            written[fmt] = target.read_text(encoding="utf-8")
    for fmt, text in written.items():
        assert main(["compare", "--corpus", str(root), "--articles", ",".join(ids), "--format", fmt]) == 0
        printed = capsys.readouterr().out
        if fmt == "json":
            assert json.loads(text) == json.loads(printed)
        else:
            assert text == printed
    assert "## Timeline" in written["md"] and "## Provenance" in written["md"]
    data = json.loads(written["json"])
    assert data["timeline"] and data["provenance"]
    assert "<h2>Timeline</h2>" in written["html"] and "<h2>Provenance</h2>" in written["html"]


async def test_the_provenance_in_the_export_traces_the_copy_to_the_unnamed_report(tmp_path: Path) -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        target = tmp_path / "story.json"
        await _export(app, pilot, "E", target)
    data = json.loads(target.read_text(encoding="utf-8"))
    amount = next(p for p in data["provenance"] if p["slot"] == "amount" and p["shown"] == "about $2B")
    assert [o["kind"] for o in amount["origins"]] == ["unnamed"]
    assert "Syndicator" in json.dumps(amount["tree"])


async def test_an_existing_file_is_replaced_only_after_a_second_enter(tmp_path: Path) -> None:
    target = tmp_path / "kept.md"
    target.write_text("mine\n", encoding="utf-8")
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        await _export(app, pilot, "e", target)
        assert isinstance(app.screen, TextPrompt)  # asks first
        assert target.read_text(encoding="utf-8") == "mine\n"
        error = str(app.screen.query_one("#prompt-error").render())
        assert error == f"{target} exists. Press Enter again to replace it, or change the name."
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        assert target.read_text(encoding="utf-8").startswith("# Side by side")
        folder = tmp_path / "a-folder"
        folder.mkdir()
        await _export(app, pilot, "e", folder)
        assert (
            str(app.screen.query_one("#prompt-error").render()) == f"{folder} is a folder: add a file name."
        )
