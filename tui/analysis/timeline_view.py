"""What the Timeline screen shows, as data (pure functions): the corpus by date, each article's key
facts with their marks, and how each figure or title drifted.

Read from the Timeline (tui/analysis/timeline.py) the app finds once per analysis; nothing here reads
article text. Two marks per stated fact:
- `first`: this article is the first to state the fact (the earliest dated; in corpus order among
  equals), as `*` in the CLI;
- `was`: the value the same slot of the same story had in the last article known to come earlier
  that stated it, when this article states another ("$2.1B, was about $2B"; "agreed, was talks").
  Known to come earlier: an article of an earlier day, or of the same day when both give a time and
  it is earlier; an article without a time is compared with the days before its own only (undated
  articles with the last dated statement). A story is what its party slots name (the deal's target,
  the appointment's or the layoff's organisation, else the buyer), so that a corpus of several
  stories does not show one company's price drifting into another's; parties are the story, not a
  drift. Articles that name no party are one story of their own, put after the others of their day.

A drift is the values one slot of one story took over time, a step each time it changed, with the
date and the article of each step and how many statements kept it: "about $2B ×3 (03-01) → $2.1B
(03-05)". When the deal's stage changed along a figure's drift, each step names the stage its
article tells, so the figure is seen moving with it: "$6.5B (09-11, talks) → $6.6B ×2 (10-02,
closed)" (issue 16). Only slots that changed at least once are drifts; the most stated first. A drift claims
no order it does not know: values stated on one day by articles without a time (or undated) are one
group of that day, each value once with its count, "49% / minority (06-13, order unknown)", not a
change from the first file's value to the next file's.
No Textual here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tui.analysis.timeline import KEY_SLOTS, STORY_SLOTS, FactKey, Statement, Timeline, TimelineEntry
from tui.corpus.model import Span

#: How a row that names no party of the story is labelled (its marks compare with such rows only).
NO_PARTY = "names no party"


@dataclass(frozen=True, slots=True)
class FactMark:
    """One article's statement of one fact, as the timeline marks it."""

    key: FactKey
    shown: str  # "about $2B", "Acme", "agreed"
    span: Span  # the words in the article
    first: bool  # the first article to state this fact
    was: str | None = None  # the slot's value in the story's last earlier statement, when another
    was_article: str | None = None  # the article that stated `was`

    @property
    def slot(self) -> str:
        return self.key.slot


@dataclass(frozen=True, slots=True)
class TimelineRow:
    """One article on the timeline."""

    article_id: str
    name: str  # the outlet, else the article id
    title: str
    date: dt.date | None
    new_day: bool  # the first article of its day (or the first undated one)
    status: FactMark | None  # the status word ("talks", "agreed"...), None when unstated
    facts: tuple[FactMark, ...]  # the other facts, in timeline slot order
    copy_of: str | None = None  # the original's name
    same_wire_as: tuple[str, ...] = ()  # names of the other edits of the same wire story
    time: dt.time | None = None  # the publication time, when the corpus gives one
    #: The article names no party of the story (no target, organisation or buyer): it is put after
    #: those that do on its day, and its `was` marks compare only with other such articles.
    no_party: bool = False

    @property
    def marks(self) -> tuple[FactMark, ...]:
        """Every fact of the row, the status first (what a fact cursor steps through)."""
        return ((self.status,) if self.status is not None else ()) + self.facts


@dataclass(frozen=True, slots=True)
class DriftStep:
    shown: str
    date: dt.date | None
    article_id: str
    statements: int  # how many statements in a row kept this value
    #: known to come after the step before it (a later day, or the same day and both times known);
    #: False for a value stated the same day as the step before, in an order the corpus does not give
    ordered: bool = True
    time: dt.time | None = None  # the time of its first statement, where the article gives one
    #: the deal's stage the step's article tells (its status: "talks", "closed"), None when unstated
    stage: str | None = None


@dataclass(frozen=True, slots=True)
class Drift:
    """The values one slot of one story took over time (it changed at least once)."""

    story: str  # the story's party as first stated ("Widgets"), "" when no article names one
    slot: str
    steps: tuple[DriftStep, ...]

    @property
    def statements(self) -> int:
        return sum(s.statements for s in self.steps)

    @property
    def staged(self) -> bool:
        """A figure or title that moved while the deal's stage changed: its steps tell two stages or
        more (the status drift is the stages themselves)."""
        return self.slot != "status" and len({s.stage for s in self.steps if s.stage}) > 1


@dataclass(frozen=True, slots=True)
class TimelineView:
    rows: tuple[TimelineRow, ...]
    drifts: tuple[Drift, ...]  # the most stated first
    days: int  # dated days with at least one article
    undated: int  # articles without a date
    first_date: dt.date | None
    last_date: dt.date | None

    def row_index(self, article_id: str) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.article_id == article_id), None)


def story_of(entry: TimelineEntry) -> tuple[str, str]:
    """(key, name) of the story an article tells: its first stated party slot; ("", "") if none."""
    by_slot = {st.key.slot: st for st in entry.statements}
    for slot in STORY_SLOTS:
        st = by_slot.get(slot)
        if st is not None:
            return st.key.value, st.shown
    return "", ""


@dataclass(slots=True)
class _Run:
    """A drift step being counted."""

    key: FactKey
    shown: str
    date: dt.date | None
    article_id: str
    time: dt.time | None  # the time of its last statement
    ordered: bool = True
    statements: int = 1
    since: dt.time | None = None  # the time of its first statement
    stage: str | None = None  # the deal's stage its article tells

    def __post_init__(self) -> None:
        self.since = self.time

    def comes_before(self, date: dt.date | None, time: dt.time | None) -> bool:
        """Whether a statement made on `date` at `time` is known to come after this step's last."""
        if self.date is None or date is None:
            return False
        if date != self.date:
            return date > self.date
        return self.time is not None and time is not None and self.time < time


def _add_step(
    run: list[_Run],
    st: Statement,
    date: dt.date | None,
    time: dt.time | None,
    aid: str,
    stage: str | None = None,
) -> None:
    """Count one statement into a slot's steps: the same value as the last step extends it; a value
    known to come later is a new step; a value of the same day in an unknown order joins that day's
    group (counted with the same value already in the group, else added to it unordered)."""
    if run and run[-1].key == st.key:
        run[-1].statements += 1
        run[-1].time = time
        return
    if run and not run[-1].comes_before(date, time):
        group = []
        for step in reversed(run):
            if step.date != date:
                break
            group.append(step)
            if step.ordered:
                break
        same = next((step for step in group if step.key == st.key), None)
        if same is not None:
            same.statements += 1
            return
        run.append(_Run(st.key, st.shown, date, aid, time, ordered=False, stage=stage))
        return
    run.append(_Run(st.key, st.shown, date, aid, time, stage=stage))


@dataclass(slots=True)
class _Known:
    """What one slot of one story was stated as before, as far as the order is known: the last
    statement of the days before the current one, and the current day's last with a time."""

    day: dt.date | None
    before_day: Statement | None = None
    last: Statement | None = None
    timed: tuple[dt.time, Statement] | None = None

    def before(self, day: dt.date | None, time: dt.time | None) -> Statement | None:
        """The last statement known to come before one made on `day` at `time`: the same day's
        last timed one when both have a time and it is earlier, else the last of an earlier day
        (an article without a time may have come before or after those of its day)."""
        if day != self.day:
            self.day, self.before_day, self.timed = day, self.last, None
        if time is not None and self.timed is not None and self.timed[0] < time:
            return self.timed[1]
        return self.before_day

    def stated(self, st: Statement, time: dt.time | None) -> None:
        self.last = st
        if time is not None:
            self.timed = (time, st)


def timeline_view(line: Timeline) -> TimelineView:
    """The rows, marks and drifts of a timeline (entries in date order, undated last)."""
    names = {e.article_id: e.outlet or e.article_id for e in line.entries}
    known: dict[tuple[str, str], _Known] = {}  # (story, slot) -> what it was stated as so far
    runs: dict[tuple[str, str], list[_Run]] = {}  # (story, slot) -> its steps so far
    story_names: dict[str, str] = {}
    rows: list[TimelineRow] = []
    for n, entry in enumerate(line.entries):
        story, story_name = story_of(entry)
        story_names.setdefault(story, story_name)
        firsts = set(entry.firsts)
        marks: list[FactMark] = []
        stage = next((st.shown for st in entry.statements if st.key.slot == "status"), None)
        for st in entry.statements:
            was = was_article = None
            if st.key.slot not in STORY_SLOTS:
                at = (story, st.key.slot)
                slot = known.setdefault(at, _Known(entry.date))
                before = slot.before(entry.date, entry.time)
                if before is not None and before.key != st.key:
                    was, was_article = before.shown, before.article_id
                slot.stated(st, entry.time)
                _add_step(runs.setdefault(at, []), st, entry.date, entry.time, entry.article_id, stage)
            marks.append(FactMark(st.key, st.shown, st.fact.span, st.key in firsts, was, was_article))
        rows.append(
            TimelineRow(
                entry.article_id,
                names[entry.article_id],
                entry.title,
                entry.date,
                n == 0 or line.entries[n - 1].date != entry.date,
                next((m for m in marks if m.slot == "status"), None),
                tuple(m for m in marks if m.slot != "status"),
                names.get(entry.copy_of, entry.copy_of) if entry.copy_of else None,
                tuple(names.get(w, w) for w in entry.same_wire_as),
                entry.time,
                not story,
            )
        )
    rank = {slot: n for n, slot in enumerate(KEY_SLOTS)}
    drifts = [
        Drift(
            story_names.get(story, ""),
            slot,
            tuple(
                DriftStep(r.shown, r.date, r.article_id, r.statements, r.ordered, r.since, r.stage)
                for r in run
            ),
        )
        for (story, slot), run in runs.items()
        if len(run) > 1
    ]
    drifts.sort(key=lambda d: (-d.statements, rank.get(d.slot, len(rank)), d.story.casefold()))
    dated = [r.date for r in rows if r.date is not None]
    return TimelineView(
        tuple(rows),
        tuple(drifts),
        len(set(dated)),
        len(rows) - len(dated),
        min(dated, default=None),
        max(dated, default=None),
    )


def time_label(time: dt.time | None) -> str:
    """ "09:15" ("09:15:30" when the seconds were given); "" without a time."""
    if time is None:
        return ""
    return time.isoformat(timespec="seconds" if time.second else "minutes")


def date_label(day: dt.date | None, short: bool) -> str:
    """ "2025-03-01", or "03-01" when every date of the corpus is in one year; "undated"."""
    if day is None:
        return "undated"
    return day.strftime("%m-%d") if short else day.isoformat()


def short_dates(view: TimelineView) -> bool:
    """Whether the corpus's dates fit in one year (month and day are enough)."""
    return (
        view.first_date is not None
        and view.last_date is not None
        and (view.first_date.year == view.last_date.year)
    )


def _step_groups(steps: tuple[DriftStep, ...]) -> list[list[DriftStep]]:
    """The steps as the drift shows them: a day's values in an unknown order are one group."""
    groups: list[list[DriftStep]] = []
    for step in steps:
        if groups and not step.ordered and step.date == groups[-1][-1].date:
            groups[-1].append(step)
        else:
            groups.append([step])
    return groups


def _group_text(group: list[DriftStep], short: bool, timed: bool = False, staged: bool = False) -> str:
    """ "about $2B ×3 (03-01)", "$2.1B (03-05 16:45)" when `timed` (another step of its day is
    shown: the time orders them), or a day's group "49% / minority (06-13, order unknown)"; with the
    stage its article tells when `staged` (the drift crossed a change of the deal's stage):
    "$6.6B ×2 (10-02, closed)"."""
    values = " / ".join(
        " ".join(s.shown.split()) + (f" ×{s.statements}" if s.statements > 1 else "") for s in group
    )
    unknown = ", order unknown" if len(group) > 1 else ""
    clock = f" {time_label(group[0].time)}" if timed and len(group) == 1 and group[0].time else ""
    stages = " / ".join(dict.fromkeys(s.stage for s in group if s.stage)) if staged else ""
    stage = f", {stages}" if stages else ""
    return f"{values} ({date_label(group[0].date, short)}{clock}{unknown}{stage})"


def _parts(drift: Drift, short: bool) -> list[str]:
    """Each shown step of a drift as text, with its time where another step of its day is shown."""
    groups = _step_groups(drift.steps)
    days = [g[0].date for g in groups]
    return [
        _group_text(g, short, g[0].date is not None and days.count(g[0].date) > 1, drift.staged)
        for g in groups
    ]


def drift_text(drift: Drift, width: int, short: bool = True) -> str:
    """The drift on one line of at most `width` characters: "about $2B ×3 (03-01) → $2.1B (03-05)".
    When every step does not fit, the first and as many of the last as fit, with how many are left
    out between: "$14B (06-10) → … 12 more → $14.3B (06-20) → $14.8B (06-21)"."""
    parts = _parts(drift, short)
    whole = " → ".join(parts)
    if len(whole) <= width or len(parts) <= 2:
        return whole if len(whole) <= width else whole[: max(width - 1, 0)] + "…"
    tail: list[str] = []
    for part in reversed(parts[1:]):
        skipped = len(parts) - 1 - len(tail) - 1
        candidate = " → ".join([parts[0], f"… {skipped} more", part, *tail])
        if len(candidate) > width:
            break
        tail.insert(0, part)
    skipped = len(parts) - 1 - len(tail)
    text = " → ".join([parts[0], f"… {skipped} more", *tail]) if skipped else whole
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


# -- the same marks as text (the `timeline` command and the reports) ---------------------------------


def mark_text(mark: FactMark) -> str:
    """A value with its marks as the command line and the reports write it: "$2.1B* (was about $2B)"."""
    text = mark.shown + ("*" if mark.first else "")
    return f"{text} (was {mark.was})" if mark.was is not None else text


def row_facts_text(row: TimelineRow) -> str:
    """ "buyer Acme · amount $2.1B* (was about $2B)"; the status is left to the row's name."""
    return " · ".join(f"{m.slot.replace('_', ' ')} {mark_text(m)}" for m in row.facts)


def row_status_text(row: TimelineRow) -> str:
    """ "[agreed*] (was talks)", "" when the article states no status."""
    status = row.status
    if status is None:
        return ""
    text = f"[{status.shown}{'*' if status.first else ''}]"
    return f"{text} (was {status.was})" if status.was is not None else text


def row_name_text(row: TimelineRow) -> str:
    """The row's article as the command line and the reports name it, with its marks: "Syndicator
    (copy of Morning Post) (same wire as …) [talks] (was rumored) (names no party)"."""
    name = row.name
    if row.copy_of:
        name += f" (copy of {row.copy_of})"
    if row.same_wire_as:
        name += f" (same wire as {', '.join(row.same_wire_as)})"
    if status := row_status_text(row):
        name += " " + status
    return name + (f" ({NO_PARTY})" if row.no_party else "")


def drift_label(drift: Drift, view: TimelineView) -> str:
    """ "amount", or "Widgets · amount" when the corpus tells more than one story."""
    slot = drift.slot.replace("_", " ")
    several = len({d.story for d in view.drifts}) > 1
    return f"{drift.story} · {slot}" if several and drift.story else slot


def drift_full_text(drift: Drift, short: bool = False) -> str:
    """Every step of a drift: "about $2B ×3 (2025-03-01) → $2.1B (2025-03-05)"."""
    return " → ".join(_parts(drift, short))
