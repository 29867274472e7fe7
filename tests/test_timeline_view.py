"""What the Timeline screen shows (tui/analysis/timeline_view.py): the rows by date, the first article
to state each fact, a value that changed since the story's last statement, and each figure's drift.

On tests/corpora/provenance (invented: talks at about $2B, repeated by an outlet and its copy, then
agreed at $2.1B) and on timelines built here by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.model import FactValue
from tui.analysis.pipeline import analyse
from tui.analysis.timeline import Statement, Timeline, TimelineEntry, fact_key, show_fact, timeline
from tui.analysis.timeline_view import Drift, DriftStep, drift_text, short_dates, timeline_view
from tui.corpus.loader import load_corpus
from tui.corpus.model import Span

CORPUS = Path(__file__).parent / "corpora" / "provenance"


@pytest.fixture(scope="module")
def acme():  # noqa: ANN201
    corpus = load_corpus(CORPUS)
    return timeline_view(timeline(corpus, analyse(corpus, use_cache=False)))


def test_rows_by_date_with_the_day_on_its_first_article(acme) -> None:  # noqa: ANN001
    assert [(r.article_id, r.name, r.date, r.new_day) for r in acme.rows] == [
        ("ledger", "Daily Ledger", dt.date(2025, 3, 1), True),
        ("post", "Morning Post", dt.date(2025, 3, 2), True),
        ("syndicated", "Syndicator", dt.date(2025, 3, 2), False),
        ("wire", "Tech Wire", dt.date(2025, 3, 5), True),
    ]
    assert [r.copy_of for r in acme.rows] == [None, None, "Morning Post", None]
    assert (acme.days, acme.undated, acme.first_date, acme.last_date) == (
        3,
        0,
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 5),
    )
    assert short_dates(acme)


def test_the_first_to_state_a_fact_and_what_changed(acme) -> None:  # noqa: ANN001
    ledger, post, _copy, wire = acme.rows
    assert ledger.status is not None and (ledger.status.shown, ledger.status.first) == ("talks", True)
    assert [(m.slot, m.shown, m.first, m.was) for m in ledger.facts] == [
        ("buyer", "Acme", True, None),
        ("target", "Widgets", True, None),
        ("amount", "about $2B", True, None),
    ]
    # the outlet repeating the figure states nothing first and nothing changed
    assert [(m.first, m.was) for m in post.marks] == [(False, None)] * 4
    # the agreement: a new status and a new figure, each first stated here, each with what it was
    assert wire.status is not None
    assert (wire.status.shown, wire.status.first, wire.status.was) == ("agreed", True, "talks")
    amount = next(m for m in wire.facts if m.slot == "amount")
    assert (amount.shown, amount.first, amount.was, amount.was_article) == (
        "$2.1B",
        True,
        "about $2B",
        "syndicated",
    )
    # the parties are the story, not a drift
    assert all(m.was is None for m in wire.facts if m.slot in ("buyer", "target"))
    # the fact's words in its article: what Enter highlights in the Reader
    assert amount.span.article_id == "wire" and amount.span.end > amount.span.start


def test_the_drift_of_the_figure_and_of_the_status(acme) -> None:  # noqa: ANN001
    assert [
        (d.story, d.slot, [(s.shown, s.article_id, s.statements) for s in d.steps]) for d in acme.drifts
    ] == [
        ("Widgets", "amount", [("about $2B", "ledger", 3), ("$2.1B", "wire", 1)]),
        ("Widgets", "status", [("talks", "ledger", 3), ("agreed", "wire", 1)]),
    ]
    # the figure moved with the deal's stage: each step names the stage its article tells (issue 16)
    assert [s.stage for s in acme.drifts[0].steps] == ["talks", "agreed"]
    assert acme.drifts[0].staged and not acme.drifts[1].staged
    assert drift_text(acme.drifts[0], 80) == "about $2B ×3 (03-01, talks) → $2.1B (03-05, agreed)"
    assert (
        drift_text(acme.drifts[0], 80, short=False)
        == "about $2B ×3 (2025-03-01, talks) → $2.1B (2025-03-05, agreed)"
    )
    # the status drift is the stages themselves: no stage beside them
    assert drift_text(acme.drifts[1], 80) == "talks ×3 (03-01) → agreed (03-05)"


def _entry(aid: str, day: dt.date | None, *facts: tuple[str, str | float, str | None]) -> TimelineEntry:
    statements = []
    for slot, value, unit in facts:
        fact = FactValue(slot, value, unit, str(value), Span(aid, 0, 1))
        statements.append(Statement(fact_key(fact), aid, fact, show_fact(fact)))
    return TimelineEntry(aid, aid.upper(), f"title of {aid}", day, None, statements)


def _line(*entries: TimelineEntry) -> Timeline:
    line = Timeline(list(entries))
    for entry in entries:
        for st in entry.statements:
            if st.key not in line.first:
                line.first[st.key] = entry.article_id
                entry.firsts.append(st.key)
    return line


def test_two_stories_in_one_corpus_do_not_drift_into_each_other() -> None:
    day = dt.date(2024, 5, 1)
    view = timeline_view(
        _line(
            _entry("a", day, ("target", "Widgets", None), ("amount", 2e9, "USD")),
            _entry("b", day, ("target", "Gadgets", None), ("amount", 9e9, "USD")),
            _entry("c", day + dt.timedelta(days=1), ("target", "Widgets", None), ("amount", 2.5e9, "USD")),
            _entry("d", None, ("amount", 1e6, "USD")),  # no party named: a story of its own
        )
    )
    amounts = {r.article_id: next(m for m in r.facts if m.slot == "amount") for r in view.rows}
    assert amounts["b"].was is None  # Gadgets' price is not a change of Widgets'
    assert (amounts["c"].was, amounts["c"].was_article) == ("$2B", "a")
    assert amounts["d"].was is None
    assert [(d.story, [s.shown for s in d.steps]) for d in view.drifts] == [("Widgets", ["$2B", "$2.5B"])]
    assert (view.days, view.undated) == (2, 1)
    assert [r.new_day for r in view.rows] == [True, False, True, True]


def test_a_value_that_comes_back_is_a_step_again() -> None:
    days = [dt.date(2024, 5, n) for n in (1, 2, 3, 4)]
    view = timeline_view(
        _line(
            _entry("a", days[0], ("stake", 49, "%")),
            _entry("b", days[1], ("stake", 39, "%")),
            _entry("c", days[2], ("stake", 49, "%")),
            _entry("d", days[3], ("stake", 49, "%")),
        )
    )
    (drift,) = view.drifts
    assert [(s.shown, s.statements) for s in drift.steps] == [("49%", 1), ("39%", 1), ("49%", 2)]
    assert [r.facts[0].was for r in view.rows] == [None, "49%", "39%", None]
    # the 49% of c was first stated by a: c is not the first to state it
    assert [r.facts[0].first for r in view.rows] == [True, True, False, False]


def test_a_long_drift_keeps_its_first_and_last_steps_within_the_width() -> None:
    steps = tuple(DriftStep(f"${n}B", dt.date(2024, 6, n), f"a{n}", 1) for n in range(1, 21))
    drift = Drift("Widgets", "amount", steps)
    text = drift_text(drift, 60)
    assert len(text) <= 60
    assert text.startswith("$1B (06-01) → … ")
    assert text.endswith("$20B (06-20)")
    skipped = int(text.split("… ")[1].split(" more")[0])
    last = text.count("→") - 1  # the steps after the gap (one arrow before it, one after)
    assert 1 + skipped + last == len(steps)
    assert len(drift_text(drift, 10)) <= 10


def _at(entry: TimelineEntry, hour: int) -> TimelineEntry:
    entry.time = dt.time(hour, 0)
    return entry


def test_a_day_without_times_gives_its_values_as_one_group_with_no_order_claimed() -> None:
    day, next_day = dt.date(2024, 5, 1), dt.date(2024, 5, 2)
    view = timeline_view(
        _line(
            _entry("a", day, ("stake", 49, "%")),
            _entry("b", day, ("stake", 39, "%")),
            _entry("c", day, ("stake", 49, "%")),  # 49% again the same day: counted with a's, not a step back
            _entry("d", next_day, ("stake", 40, "%")),
        )
    )
    (drift,) = view.drifts
    assert [(s.shown, s.statements, s.ordered) for s in drift.steps] == [
        ("49%", 2, True),
        ("39%", 1, False),
        ("40%", 1, True),
    ]
    assert drift_text(drift, 80) == "49% ×2 / 39% (05-01, order unknown) → 40% (05-02)"


def test_times_on_the_same_day_give_the_order_and_a_missing_time_does_not() -> None:
    day = dt.date(2024, 5, 1)
    timed = timeline_view(
        _line(_at(_entry("a", day, ("stake", 49, "%")), 8), _at(_entry("b", day, ("stake", 39, "%")), 9))
    )
    assert drift_text(timed.drifts[0], 80) == "49% (05-01 08:00) → 39% (05-01 09:00)"  # the times order them
    assert [s.time for s in timed.drifts[0].steps] == [dt.time(8, 0), dt.time(9, 0)]
    kept = timeline_view(
        _line(
            _at(_entry("a", day, ("stake", 49, "%")), 8),
            _at(_entry("b", day, ("stake", 49, "%")), 10),
            _at(_entry("c", day, ("stake", 39, "%")), 11),
            _at(_entry("d", day + dt.timedelta(days=1), ("stake", 40, "%")), 7),
        )
    )
    # a value kept by two articles shows when it was first stated; a day of one step needs no time
    assert drift_text(kept.drifts[0], 80) == "49% ×2 (05-01 08:00) → 39% (05-01 11:00) → 40% (05-02)"
    half = timeline_view(
        _line(_at(_entry("a", day, ("stake", 49, "%")), 8), _entry("b", day, ("stake", 39, "%")))
    )
    assert drift_text(half.drifts[0], 80) == "49% / 39% (05-01, order unknown)"


def test_a_day_that_only_repeats_one_value_is_no_drift() -> None:
    day = dt.date(2024, 5, 1)
    view = timeline_view(_line(_entry("a", day, ("stake", 49, "%")), _entry("b", day, ("stake", 49, "%"))))
    assert view.drifts == ()
