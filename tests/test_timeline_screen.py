"""The Timeline screen (`T`): the corpus by date, the key facts with `*` on the first to state them and
"(was …)" on what changed, the drifts above; `h`/`l` pick a fact, `p` shows its provenance, Enter reads
it in the Reader and Esc there comes back.

On tests/corpora/provenance (invented: Daily Ledger's unnamed report of talks at about $2B, an outlet
citing it and that outlet's copy, then the company's agreement at $2.1B)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.pilot import until_loaded
from tui.analysis.timeline import FactKey
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.app.screens.provenance import ProvenanceScreen
from tui.app.screens.timeline import TimelineList, TimelineScreen

CORPUS = Path(__file__).parent / "corpora" / "provenance"


async def _open(app: ExplorerApp, pilot) -> TimelineScreen:  # noqa: ANN001
    await until_loaded(app, pilot)
    await pilot.press("T")
    await until_loaded(app, pilot)
    screen = app.screen
    assert isinstance(screen, TimelineScreen)
    return screen


def _text(screen: TimelineScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def _row(screen: TimelineScreen, index: int, width: int = 116) -> list[str]:
    rows = screen.query_one(TimelineList)
    return [line.plain for line in rows.render_row(rows.items[index], width)]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_timeline_shows_the_articles_by_date_and_the_drift(size: tuple[int, int]) -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=size) as pilot:
        screen = await _open(app, pilot)
        rows = screen.query_one(TimelineList)
        assert [r.article_id for r in rows.items] == ["ledger", "post", "syndicated", "wire"]
        assert "4 articles, 3 days" in _text(screen, "#tl-title")
        drift = _text(screen, "#tl-drift").splitlines()
        # the figure moved with the deal's stage: each step says which (issue 16)
        assert drift[0].split() == [
            "amount", "about", "$2B", "×3", "(03-01,", "talks)", "→", "$2.1B", "(03-05,", "agreed)",
        ]  # fmt: skip
        assert drift[1].split() == ["status", "talks", "×3", "(03-01)", "→", "agreed", "(03-05)"]
        first = _row(screen, 0)
        assert first[0].startswith("03-01 Daily Ledger [talks*]")
        assert " ".join(first[1].split()) == "buyer Acme* · target Widgets* · amount about $2B*"
        assert _row(screen, 2)[0].startswith("      Syndicator [talks] (copy of Morning Post)")  # same day
        wire = _row(screen, 3)
        assert wire[0].startswith("03-05 Tech Wire [agreed*] (was talks)")
        # the deal's own date ("on Wednesday" resolved against the page's date, stop 58) follows its amount
        assert wire[1].split()[-8:] == [
            "amount",
            "$2.1B*",
            "(was",
            "about",
            "$2B)",
            "·",
            "date",
            "2025-03-05*",
        ]


async def test_a_fact_cursor_follows_its_slot_and_p_shows_its_provenance() -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        rows = screen.query_one(TimelineList)
        assert rows.current_mark() is not None and rows.current_mark().slot == "status"
        await pilot.press("l", "l", "l")  # status → buyer → target → amount
        await until_loaded(app, pilot)
        assert rows.current_mark().slot == "amount"
        detail = _text(screen, "#tl-detail")
        assert detail.startswith("amount about $2B · first stated here")
        assert "⚑ stated by 3 articles, resting on 1 independent origin (1 unnamed)" in detail
        await pilot.press("G")  # the amount stays picked on the last row: the agreed figure
        await until_loaded(app, pilot)
        assert rows.current.article_id == "wire" and rows.current_mark().shown == "$2.1B"
        detail = _text(screen, "#tl-detail")
        assert "first stated here · was about $2B (Syndicator, 2025-03-02)" in detail
        await pilot.press("p")
        await until_loaded(app, pilot)
        provenance = app.screen
        assert isinstance(provenance, ProvenanceScreen)
        assert [f.key for f in provenance.shown] == [FactKey("amount", "2.1e+09 USD")]
        assert "amount $2.1B as Tech Wire states it" in str(
            provenance.query_one("#prov-title", Static).render()
        )
        await pilot.press("escape")
        assert app.screen is screen
        await pilot.press("h", "h", "h")  # back to the status
        assert rows.current_mark().slot == "status"
        await pilot.press("h")  # and round to the last fact: the deal's date on Tech Wire's row
        assert rows.current_mark().slot == "date"


async def test_enter_reads_the_fact_and_escape_comes_back_to_the_same_place() -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("G", "l", "l", "l", "enter")
        await until_loaded(app, pilot)
        explore = app.screen
        assert isinstance(explore, ExploreScreen)
        selection = app.selection
        assert selection is not None and selection.article_id == "wire" and selection.span is not None
        words = app.corpus.article("wire").text[selection.span.start : selection.span.end]
        assert "2.1 billion" in words  # the amount's own words, highlighted in the Reader
        assert app.focused is explore.reader
        await pilot.press("escape")
        await until_loaded(app, pilot)
        assert app.screen is screen  # kept: the same row and fact as left
        rows = screen.query_one(TimelineList)
        assert rows.current.article_id == "wire" and rows.current_mark().slot == "amount"
        await pilot.press("escape")
        assert isinstance(app.screen, ExploreScreen)


async def test_markup_and_control_characters_in_metadata_are_shown_as_text(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Acme said on Monday it would buy Widgets for $2 billion.\n", encoding="utf-8"
    )
    (corpus / "b.txt").write_text("Acme has agreed to buy Widgets for $2.5 billion.\n", encoding="utf-8")
    (corpus / "corpus.yaml").write_text(
        "articles:\n"
        '  a.txt:\n    outlet: "[bold red]Evil[/] Times"\n    date: 2024-05-01\n'
        '    title: "Bell\\a and [link=x]link[/link]"\n'
        '  b.txt:\n    outlet: "Escape\\e[31m Post"\n    date: 2024-05-02\n',
        encoding="utf-8",
    )
    app = ExplorerApp(corpus_path=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        rows = screen.query_one(TimelineList)
        first = rows.render_row(rows.items[0], 116)[0]
        assert "[bold red]Evil[/] Times" in first.plain and "[link=x]link[/link]" in first.plain
        styles = [str(span.style) for span in first.spans]
        assert not any("red" in s.split() or "link" in s for s in styles)  # no style taken from the text
        second = rows.render_row(rows.items[1], 116)[0].plain
        assert "Escape" in second and "\x1b" not in second
        assert "\x07" not in first.plain
        assert "\x1b" not in _text(screen, "#tl-drift") + _text(screen, "#tl-detail")


async def test_the_timeline_is_kept_and_follows_a_corpus_loaded_again(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "acme"
    shutil.copytree(CORPUS, root)
    app = ExplorerApp(corpus_path=root)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("j", "escape")
        await pilot.press("T")
        await until_loaded(app, pilot)
        assert app.screen is screen and screen.query_one(TimelineList).current.article_id == "post"
        await pilot.press("escape")
        (root / "later.txt").write_text("Acme has completed its purchase of Widgets.\n", encoding="utf-8")
        app.reload(root)
        await until_loaded(app, pilot)
        again = await _open(app, pilot)
        assert [r.article_id for r in again.query_one(TimelineList).items][-1] == "later"
        assert "5 articles" in _text(again, "#tl-title")


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_timeline_snapshot(snap_compare, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:  # noqa: ANN001
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.delenv("NO_COLOR", raising=False)

    async def run_before(pilot) -> None:  # noqa: ANN001
        await _open(pilot.app, pilot)
        await pilot.press("j", "l", "l", "l")  # Morning Post's amount: repeated, first stated elsewhere
        await until_loaded(pilot.app, pilot)

    assert snap_compare(ExplorerApp(corpus_path=CORPUS), terminal_size=size, run_before=run_before)
