"""The Timeline's same-day order and its filter.

On tests/corpora/timeline-day (invented): one day, Gamma Post at 11:30+02:00 (09:30 UTC) and Beta
Daily at 14:00 (their files in the other order), Alpha News without a time, and Delta Wire, which
names no party of the story. Articles with a time come by time, then those without one in corpus
order, then those that name no party, labelled; a `(was …)` is only claimed where the order is
known. `f` filters the rows with the search's matching; Esc clears the filter, a second Esc leaves."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.pilot import until, until_loaded
from tui.analysis.pipeline import analyse
from tui.analysis.timeline import timeline
from tui.analysis.timeline_filter import filter_rows, timeline_index
from tui.analysis.timeline_view import timeline_view
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.app.screens.timeline import TimelineList, TimelineScreen
from tui.cli.main import main
from tui.corpus.loader import load_corpus

DAY = Path(__file__).parent / "corpora" / "timeline-day"
PROVENANCE = Path(__file__).parent / "corpora" / "provenance"


def _view(root: Path):  # noqa: ANN202
    corpus = load_corpus(root)
    return timeline_view(timeline(corpus, analyse(corpus, use_cache=False)))


def test_a_time_given_with_the_date_is_kept_and_an_offset_made_utc() -> None:
    corpus = load_corpus(DAY)
    times = {a.id: a.meta.time for a in corpus.articles}
    assert times == {"a": None, "b": dt.time(14, 0), "c": dt.time(9, 30), "d": None}
    assert {a.meta.date for a in corpus.articles} == {dt.date(2025, 5, 6)}


def test_one_day_by_time_then_untimed_in_corpus_order_then_no_party_apart() -> None:
    view = _view(DAY)
    assert [r.article_id for r in view.rows] == ["c", "b", "a", "d"]
    assert [r.new_day for r in view.rows] == [True, False, False, False]
    assert [r.no_party for r in view.rows] == [False, False, False, True]
    gamma, beta, alpha, _ = view.rows
    amount = {r.article_id: next(m for m in r.facts if m.slot == "amount") for r in view.rows}
    assert amount["c"].first and not amount["a"].first  # the earlier time states it first
    assert (beta.status.was, amount["b"].was) == ("talks", "about $2B")  # 14:00 after 09:30: known
    # no time: it may have come before or after Beta Daily, so no "(was agreed)" is claimed
    assert alpha.status.was is None and amount["a"].was is None


def test_the_timeline_command_shows_the_times_and_the_label(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--corpus", str(DAY)]) == 0
    out = capsys.readouterr().out.splitlines()
    day = out.index("2025-05-06")
    assert [line.split(":", 1)[0].split(" [")[0] for line in out[day + 1 : day + 5]] == [
        "  09",
        "  14",
        "        Alpha News",
        "        Delta Wire",
    ]
    assert out[day + 1].startswith("  09:30 Gamma Post [talks*]: buyer Acme*")
    assert out[day + 4] == "        Delta Wire [announced*] (names no party): amount about $3B*"
    assert main(["timeline", "--corpus", str(DAY), "--format", "json"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert [(e["article"], e["time"], e["no_party"]) for e in data["timeline"]] == [
        ("c", "09:30", False),
        ("b", "14:00", False),
        ("a", None, False),
        ("d", None, True),
    ]


def test_the_filter_keeps_rows_by_outlet_status_or_fact_with_typos_forgiven() -> None:
    view = _view(PROVENANCE)
    index = timeline_index(view)

    def ids(query: str) -> list[str]:
        return [r.article_id for r in filter_rows(view, index, query)]

    assert ids("") == ["ledger", "post", "syndicated", "wire"]
    assert ids("agred") == ["wire"]  # a typo, as search forgives it
    assert ids("sindicator") == ["syndicated"]
    assert ids("talks") == ["ledger", "post", "syndicated"]  # not Tech Wire's "(was talks)"
    assert ids("amount $2.1b") == ["wire"]
    assert ids("morning talks") == ["post", "syndicated"]  # the copy of Morning Post too
    assert ids("ledger agreed") == []  # every word must match
    assert ids("zzzqx") == []
    shown = filter_rows(view, index, "syndicator")
    assert shown[0].new_day  # the first shown row of its day carries the date


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_f_filters_escape_clears_then_leaves(size: tuple[int, int]) -> None:
    app = ExplorerApp(corpus_path=PROVENANCE)
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("T")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        rows = screen.query_one(TimelineList)
        box = screen.query_one("#tl-filter", Input)
        assert not box.display  # no line taken until a filter is typed
        await pilot.press("f", *"agred")
        assert await until(pilot, lambda: [r.article_id for r in rows.items] == ["wire"])
        title = str(screen.query_one("#tl-title", Static).render())
        assert title.startswith("Timeline: 1 of 4 articles match “agred”")
        await pilot.press("enter", "l", "l", "l")  # into the rows; the marks are the whole timeline's
        assert rows.current_mark().was == "about $2B"
        await pilot.press("escape")  # clears the filter
        assert await until(pilot, lambda: len(rows.items) == 4)
        assert app.screen is screen and rows.current.article_id == "wire" and not box.display
        await pilot.press("escape")  # leaves
        assert isinstance(app.screen, ExploreScreen)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_timeline_day_snapshot(snap_compare, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:  # noqa: ANN001
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.delenv("NO_COLOR", raising=False)

    async def run_before(pilot) -> None:  # noqa: ANN001
        await until_loaded(pilot.app, pilot)
        await pilot.press("T")
        await until_loaded(pilot.app, pilot)
        await pilot.press("f", *"acme")
        await until_loaded(pilot.app, pilot)
        await pilot.press("enter", "j")

    assert snap_compare(ExplorerApp(corpus_path=DAY), terminal_size=size, run_before=run_before)


async def test_markup_and_control_characters_typed_in_the_filter_are_text() -> None:
    app = ExplorerApp(corpus_path=PROVENANCE)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("T")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await pilot.press("f")
        screen.query_one("#tl-filter", Input).value = "[bold red]x[/] \x1b[31m"
        rows = screen.query_one(TimelineList)
        assert await until(pilot, lambda: rows.items == ())
        title = screen.query_one("#tl-title", Static).render()
        assert "“[bold red]x[/] ␛[31m”" in str(title) and "\x1b" not in str(title)
        assert rows.empty_text == "No article matches the filter."
