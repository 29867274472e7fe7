"""The facts of a layoff: the count cut (a count told, a part of a whole, a share of the staff, a
headcount left), its horizon, a count staff leave with a unit, and the hedge written before a count.

Read for `facts.event_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from tui.analysis.extract.cut_costs import restructuring_takes_in
from tui.analysis.extract.deal_clauses import clause_start
from tui.analysis.extract.deal_parties import _named, named_as_unit
from tui.analysis.extract.event_kind import (
    _CUT_REACH_AFTER,
    _CUT_REACH_BEFORE,
    _SHARE_BY,
    _SHARE_BY_REACH,
    _WORKFORCE_BY,
    AFFECTED_NUMBER,
)
from tui.analysis.extract.fact_layout import (
    _ORGS,
    _Doc,
    _fact,
    _Name,
    _names_in,
    _orgs_in,
    _quoted_at,
    _sentence_of,
    quotation_at,
)
from tui.analysis.extract.fact_tables import (
    _HEDGE_ALTERNATION,
    _HEDGE_WORDS,
    _WHOLE_HEDGE,
    _Tables,
    _tables,
    event_slots,
    schema_hedge,
)
from tui.analysis.extract.fact_time import _past_year, earlier_figure
from tui.analysis.extract.figures import word_number
from tui.analysis.extract.parts import PART, WHOLE, scope_after, scope_before, scope_between, whole_or_part
from tui.analysis.model import Entity, EntityType, EventFacts, FactCandidate, FactValue, Figure, FigureKind

# --- layoffs --------------------------------------------------------------------------------------


def _layoff(
    doc: _Doc, tab: _Tables, facts: EventFacts, figures: list[Figure], entities: Sequence[Entity]
) -> None:
    body_start = doc.body[0][0] if doc.body else 0
    org: _Name | None = None
    # a unit named beside its parent ("its investment arm Y", "the group's software unit, Y") is not the company
    # that cuts, unless it is the subject of the verb of cutting ("<Parent>'s unit, Y, will cut 400 jobs"; stop 47)
    units = {n.entity_id for n in doc.names if n.type in _ORGS and named_as_unit(doc, n)}
    for s0, s1 in doc.lead + ([doc.headline] if doc.headline else []):
        orgs = _orgs_in(doc, s0, s1)
        cutting = [n for n in orgs if n.entity_id in units and _unit_cuts(doc, tab, n)]
        orgs = cutting or [n for n in orgs if n.entity_id not in units] or orgs
        if orgs:
            org = orgs[0]
            facts.slots["organization"] = _fact(
                doc,
                "organization",
                org.name,
                None,
                (org.start, org.end),
                "layoff.org",
                entity_id=org.entity_id,
            )
            break
    if org is None:
        # a lead that names no company ("The country's largest parcel carrier plans to cut ..."): the one
        # the article names most, twice or more and no tie (stop 36)
        org = _most_named(doc)
        if org is not None:
            facts.slots["organization"] = _fact(
                doc, "organization", org.name, None, (org.start, org.end), "layoff.org-most-named",
                entity_id=org.entity_id,
            )  # fmt: skip
    spans = sorted(doc.body + ([doc.headline] if doc.headline else []))

    def sentence(pos: int) -> tuple[int, int] | None:
        return _sentence_of(spans, pos)

    def another_orgs(pos: int) -> bool:
        """ "Harbour said it would shed 7% of its staff": the organization named last before the
        figure in its sentence is another one than the laying-off company's, so the figure is its.
        Names before a reported clause that names its own subject ("X alleges that <person> told
        staff ...") tell the report, and so does an outlet named as the report's teller ("after a
        report from the trade blog X", "according to X"): neither is a company that cuts (stop 35)."""
        if org is None:
            return False
        sent = sentence(pos)
        if sent is None:
            return False
        named = _names_in(doc, sent[0], pos)
        opener = clause_start(doc.low, sent[0], pos)
        if opener > sent[0]:
            inner = [n for n in named if n.start >= opener and n.type in (EntityType.ORG, EntityType.PERSON)]
            if inner:
                named = inner
        before = [
            n
            for n in named
            if n.type == EntityType.ORG
            and not _TELLER_BEFORE.search(doc.low, max(0, n.start - 60), n.start)
            # "X, the largest lender in Y, will cut": a name that places the company is no company that cuts
            and not _PLACE_BEFORE.search(doc.low, max(0, n.start - 12), n.start)
        ]
        if not before:
            return False
        last = before[-1]
        same = (last.entity_id is not None and last.entity_id == org.entity_id) or last.name == org.name
        # the company's own unit named before the figure ("its software unit, Y, will be merged as it cuts N
        # jobs"): the company's cut, unless the unit itself is told cutting (stop 47)
        own_unit = last.entity_id in units and org.entity_id not in units and not _unit_cuts(doc, tab, last)
        return not (same or own_unit)

    def cut_near(start: int, end: int) -> bool:
        """A word of cutting in the figure's sentence, before it or right after ("could affect at least
        5,000 employees", "2,000 jobs will be cut")."""
        sent = sentence(start)
        if sent is None or tab.cut is None:
            return False
        lo, hi = max(sent[0], start - _CUT_REACH_BEFORE), min(sent[1], end + _CUT_REACH_AFTER)
        return tab.cut.search(doc.low, lo, hi) is not None

    # The count: a count of staff, never the company's size ("ended 2030 with 52,310 employees", "had
    # 8,400 staff", "of its 12,000 employees"); of several, the first told with a word of cutting.
    found: dict[str, list[tuple[bool, FactValue]]] = {"headline": [], "body": []}
    scoped: dict[int, str | None] = {}  # a count's scope ("in Germany"), by where the count starts
    counted: set[tuple[int, int]] = set()
    for f in figures:
        if f.kind == FigureKind.COUNT and (f.unit or "").lower() in tab.layoff_nouns and f.value is not None:
            counted.add(sentence(f.span.start) or (f.span.start, f.span.end))
            if (
                another_orgs(f.span.start)
                or _HEADCOUNT_BEFORE.search(doc.low, max(0, f.span.start - 50), f.span.start)
                or EMPLOYED_AFTER.match(doc.low, f.span.end)
            ):
                continue  # another company's cuts; the company's size ("a workforce of 90,000 people", "the
                # 40,000 people it employs")
            if _TAKEN_ON_BEFORE.search(doc.low, max(0, f.span.start - 50), f.span.start):
                continue  # staff taken on ("is looking to hire 300 people"): no cut (stop 48)
            place = (
                "headline" if doc.headline and doc.headline[0] <= f.span.start < doc.headline[1] else "body"
            )
            hedge = schema_hedge(f) or _hedge_before(doc.low, f.span.start)
            # "between 4,000 and 6,500 jobs", "700 to 900 positions": a range, told by its upper bound
            ranged = _RANGE_BEFORE.search(doc.low, max(0, f.span.start - 40), f.span.start)
            low = _count_number(ranged.group("low") or ranged.group("low2")) if ranged else None
            if ranged is not None and low is not None and low < f.value:
                fact = _fact(
                    doc,
                    "count",
                    f.value,
                    None,
                    (ranged.start(), f.span.end),
                    "layoff.count+range",
                    place,
                    "range",
                )
                fact = replace(fact, low=low, high=f.value)
            else:
                fact = _fact(
                    doc, "count", f.value, None, (f.span.start, f.span.end), "layoff.count", place, hedge
                )
            found[place].append((cut_near(f.span.start, f.span.end), fact))
            where = sentence(f.span.start) or (f.span.start, f.span.end)
            scoped[fact.span.start] = scope_after(doc.text, f.span.end, where[1]) or scope_before(
                doc.text, f.span.start, where[0], org.name if org else None
            )
    # "to cut 1,500 Corvane jobs", "lays off 2,000 global positions": the number, one or two words, then
    # the jobs, in a sentence that tells a cut and holds no count of its own
    if tab.count_gap is not None:
        for s0, s1 in spans:
            if (s0, s1) in counted:
                continue
            for m in tab.count_gap.finditer(doc.low, s0, s1):
                written = m.group("n")
                if ("," not in written and 1950 <= int(written) <= 2049) or not (
                    cut_near(m.start(), m.end()) or restructuring_takes_in(doc.low, s0, m.start())
                ):
                    continue  # a year; a number told with no cut ("to restructure about 200 full-time positions"
                    # is the staff a restructuring takes in: a cut, stop 48)
                if _PERCENT_AFTER.match(doc.low, m.end("n")):
                    continue  # "to cut 7 percent of staff": a share, read below, never a count of 7 (stop 47)
                if another_orgs(m.start()) or _HEADCOUNT_BEFORE.search(
                    doc.low, max(0, m.start() - 50), m.start()
                ):
                    continue
                place = "headline" if (s0, s1) == doc.headline else "body"
                fact = _fact(doc, "count", float(written.replace(",", "")), None, (m.start(), m.end()),
                             "layoff.count-gap", place, _hedge_before(doc.low, m.start()))  # fmt: skip
                found[place].append((True, fact))
                # "800 <Place> jobs": the words between the number and the staff noun may scope it
                scoped[fact.span.start] = scope_between(doc.text, m.end("n"), m.end()) or scope_after(
                    doc.text, m.end(), s1
                )
                break
    # "will sack at least 450 of its 3,100 staff": a number told against the whole staff, with a word of
    # cutting; the whole is the company's size (stop 39)
    for m in tab.count_of_staff.finditer(doc.low, body_start) if tab.count_of_staff is not None else ():
        n0 = m.start("n")
        sent = sentence(n0)
        if sent is None or any(f.span.start == n0 for f in figures if f.kind == FigureKind.COUNT and f.unit):
            continue  # no sentence; a count with its own noun, read above
        written = m.group("n")
        if ("," not in written and 1950 <= int(written) <= 2049) or not cut_near(n0, m.end("n")):
            continue
        if another_orgs(n0) or _quoted_at(doc, n0):
            continue
        if m.group("the") and not EMPLOYED_AFTER.match(doc.low, m.end()):
            continue  # "2,600 of the 8,000 jobs will go in <Place>": a part of the cut, not of the staff (stop 48)
        place = "headline" if doc.headline and doc.headline[0] <= n0 < doc.headline[1] else "body"
        fact = _fact(doc, "count", float(written.replace(",", "")), None, (n0, m.end("n")),
                     "layoff.count-of-staff", place, _hedge_before(doc.low, n0))  # fmt: skip
        found[place].append((True, fact))
    # "cutting its workforce by 4,000", "reduce its headcount by about 650": a count after "by" with no
    # staff noun of its own, told with a word of cutting (stop 37); "employees affected by the program
    # number 1,200": the staff a plan affects told as their number (stop 47)
    for m, rule in _counts_told_apart(doc.low, body_start):
        n0 = m.start("n")
        sent = sentence(n0)
        if sent is None or any(
            f.span.start == n0
            for f in figures
            if f.kind == FigureKind.COUNT and (f.unit or "").lower() in tab.layoff_nouns
        ):
            continue  # no sentence; a count with its own staff noun, read above
        written = m.group("n")
        if ("," not in written and 1950 <= int(written) <= 2049) or not cut_near(m.start(), m.end()):
            continue
        if another_orgs(n0) or _quoted_at(doc, n0):
            continue
        fact = _fact(doc, "count", float(written.replace(",", "")), None, (m.start(), m.end()),
                     rule, "body", _hedge_before(doc.low, n0))  # fmt: skip
        found["body"].append((True, fact))
        scoped[fact.span.start] = scope_after(doc.text, m.end(), sent[1])
    # "first put at 2,300, the figure was raised to 2,900-3,200", "at first some 1,100 staff, but the tally has since
    # been lifted to about 1,300": the current figure told with no staff noun, after an earlier count of its sentence
    # (stop 47)
    for place in ("headline", "body"):
        for _cut, fact in list(found[place]):
            told_in = sentence(fact.span.start)
            if told_in is None or not earlier_figure(doc.low, told_in[0], fact.span.start):
                continue
            now = _current_figure(doc, told_in[1], fact.span.end)
            if now is not None and not any(f.span.end == now.span.end for _c, f in found[place]):
                found[place].append((True, replace(now, place=place)))
    # A part against its whole (stop 37): a count told as a part ("including 800", "as part of a wider
    # ..."), or scoped by a place or a unit beside a larger count of this cut, is a part; the slot takes
    # the whole, and holds a part (with its scope) only when the page gives no whole.
    # Staff who go with a unit being sold, listed or spun off keep their jobs under another owner: no cut,
    # and neither is a fall of the headcount that sums them with the cut (stop 38).
    moved: list[tuple[FactValue, str]] = []
    for place in ("headline", "body"):
        kept: list[tuple[bool, FactValue]] = []
        for cut, fact in found[place]:
            where = sentence(fact.span.start) or (fact.span.start, fact.span.end)
            word = _moved_with_unit(doc.low, *where, fact.span.start, fact.span.end)
            if word is None:
                kept.append((cut, fact))
            else:
                moved.append((fact, f"staff who leave with a unit ({word}): no cut"))
        found[place] = kept
    if moved:
        values = [fact.value for place in found for _c, fact in found[place] if isinstance(fact.value, float)]
        leaving = [fact.value for fact, _w in moved if isinstance(fact.value, float)]
        for place in ("headline", "body"):
            kept = []
            for cut, fact in found[place]:
                if isinstance(fact.value, float) and any(
                    abs(fact.value - t - c) < 0.5 for t in leaving for c in values if c != fact.value
                ):
                    moved.append((fact, "staff who leave with a unit and the cut, together: no cut"))
                else:
                    kept.append((cut, fact))
            found[place] = kept
    told: list[_Told] = []
    for place in ("headline", "body"):
        for cut, fact in found[place]:
            where = sentence(fact.span.start) or (fact.span.start, fact.span.end)
            mark = whole_or_part(doc.text, doc.low, *where, fact.span.start, fact.span.end)
            past = _past_year(doc, *where, fact.span.start, fact.span.end, tab, where[0]) is not None
            earlier = earlier_figure(doc.low, where[0], fact.span.start)
            told.append(_Told(fact, cut, mark, scoped.get(fact.span.start), past, earlier))
    part_at = {told[i].fact.span.start for i in _parts_of(told)}
    for place, target in (("headline", facts.headline), ("body", facts.slots)):
        cands = sorted((t for t in told if t.fact.place == place), key=lambda t: t.fact.span.start)
        wholes = [t for t in cands if t.fact.span.start not in part_at]
        # an earlier figure or first estimate beside the current one is history (stop 47)
        wholes = [t for t in wholes if not t.earlier] or wholes
        # a count told with a word of cutting before any told with none, however whole the latter
        # reads ("plans to cut up to 9,000 jobs" against "wants to hire 200 people worldwide") (stop 48)
        wholes = [t for t in wholes if t.cut] or wholes
        pool = [t for t in wholes if t.mark == WHOLE and not t.past] or wholes
        if pool:
            target["count"] = pool[0].fact
        elif cands:
            target["count"] = _as_part(([t for t in cands if t.cut] or cands)[0])
        others = [_as_part(t) for t in cands if t.fact.span.start in part_at]
        chosen = target.get("count")
        history = [t.fact for t in cands if t.earlier and chosen is not None and t.fact.span != chosen.span]
        if place == "body" and chosen is not None and (others or moved or history):
            facts.candidates["count"] = (
                [FactCandidate(chosen, "count", None)]
                + [FactCandidate(p, "part", f"a part: {p.scope}") for p in others if p.span != chosen.span]
                + [FactCandidate(m, "moved", why) for m, why in moved if m.place == "body"]
                + [FactCandidate(h, "earlier", _EARLIER_WHY) for h in history if h.span.start not in part_at]
            )
    count = facts.slots.get("count")
    sent = sentence(count.span.start) if count is not None else None
    if sent is not None and count is not None and "horizon" in event_slots("layoff"):
        # "by 2030", "over the next five years", "by the end of the decade": how long the cut takes, never
        # the day it takes effect (stop 36)
        horizon = _horizon(doc, *sent)
        # the same whole told again with its horizon ("• 4,000 roles will go ... 4,000 roles to go in total
        # by 2031": a brief's point, then the story's sentence; stop 38)
        for again in [t.fact for t in told if t.fact.value == count.value and t.fact.span != count.span]:
            told_in = sentence(again.span.start)
            horizon = horizon or (_horizon(doc, *told_in) if told_in is not None else None)
        # a whole told with no horizon of its own takes the one its first part is told with ("cut 2,900
        # jobs in <Place> by the end of 2031 ... In total, it aims to cut 4,000"; stop 37)
        for piece in [c.fact for c in facts.candidates.get("count", []) if c.of == "part"][:1]:
            told_in = sentence(piece.span.start)
            horizon = horizon or (_horizon(doc, *told_in) if told_in is not None else None)
        if horizon is not None:
            facts.slots["horizon"] = horizon
    # The share of the workforce: a percent with a workforce word after it, or the workforce cut "by" it
    # ("reduce its headcount by more than 8%"). A share of a part of the staff ("6% of its corporate
    # employees") is another measure, never the workforce's share.
    for f in figures:
        if f.kind != FigureKind.PERCENT or tab.share is None:
            continue
        if f.span.start < body_start and not _deck_line(doc, f.span.start):
            continue  # the headline's, or a line before the body that is no deck of the cut's
        if not _tells_the_cut_share(doc, tab, f.span.start):
            continue  # "Women: 41% of the workforce", "women make up 41% of its staff": another measure
        end = min(len(doc.text), f.span.end + _SHARE_WINDOW)
        cue = tab.share.search(doc.low, f.span.end, end)
        lo = max(0, f.span.start - _SHARE_BY_REACH)
        by = None if cue else _SHARE_BY.search(doc.low, lo, f.span.start)
        if not (cue or by) or another_orgs(f.span.start):
            continue
        quoted = quotation_at(doc, f.span.start)
        if quoted is not None and (cue is None or cue.start() < quoted[1]):
            # “That is under 4% of our staff,” the note says: a speaker's words, a mention; but a figure quoted
            # inside the page's own sentence ("to shed ‘about 6 percent’ of its staff", the whole told
            # outside the marks) is the page's statement (stop 47)
            continue
        part = (f.span.end, cue.end()) if cue else (lo, f.span.start)
        if tab.share_part is not None and tab.share_part.search(doc.low, *part):
            continue
        share = _fact(doc, "share", f.value or 0.0, "%", (f.span.start, f.span.end),
                      "layoff.share" if cue else "layoff.share-by", hedge=schema_hedge(f))  # fmt: skip
        # "standing down two-thirds of its staff", "half of its employees on unpaid leave": the share of
        # another measure than the cut (staff stood down, furloughed, on leave, on short hours), never the
        # cut's share (stop 39)
        # "two-thirds of those affected will leave through voluntary programs", "half of the affected employees":
        # a share of the cut itself, never of the workforce (stop 47)
        of_cut = _OF_THE_CUT.match(doc.low, f.span.end)
        if of_cut is not None:
            why = f"a share of the cut, not of the workforce ({' '.join(of_cut.group('w').split())})"
            facts.candidates.setdefault("share", []).append(FactCandidate(share, "of_cut", why))
            continue
        other = _OTHER_MEASURE_BEFORE.search(doc.low, max(body_start, f.span.start - 40), f.span.start)
        if other is None and cue is not None:
            other = _OTHER_MEASURE_AFTER.match(doc.low, cue.end(), min(len(doc.low), cue.end() + 50))
        if other is not None:
            why = f"a share of another measure than the cut ({' '.join(other.group('w').split())})"
            facts.candidates.setdefault("share", []).append(FactCandidate(share, "other_measure", why))
            continue
        if "share" not in facts.slots:
            facts.slots["share"] = share


def _counts_told_apart(low: str, start: int) -> Iterator[tuple[re.Match[str], str]]:
    """The counts told with no staff noun right after them, from `start` on, in text order, each with its rule:
    the workforce cut "by" a number, the staff a plan affects told as their number."""
    found = [(m, "layoff.count-workforce-by") for m in _WORKFORCE_BY.finditer(low, start)]
    found += [(m, "layoff.count-affected") for m in AFFECTED_NUMBER.finditer(low, start)]
    return iter(sorted(found, key=lambda f: f[0].start("n")))


def _current_figure(doc: _Doc, s1: int, start: int) -> FactValue | None:
    """The current figure told bare after an earlier one, from `start` to its sentence's end `s1`: "the figure was
    raised to 2,900-3,200", "estimates now stand at 6,000-6,500", "now 2,900 to 3,200" (stop 47); a range is
    told by its upper end."""
    m = _NOW_AT.search(doc.low, start, s1)
    if m is None:
        return None
    low, high = _count_number(m.group("low")), _count_number(m.group("high"))
    if low is None:
        return None
    hedge = _hedge_before(doc.low, m.start("low"))
    if high is not None and high > low:
        fact = _fact(
            doc, "count", high, None, (m.start("low"), m.end()), "layoff.count-now+range", "body", "range"
        )
        return replace(fact, low=low, high=high)
    return _fact(doc, "count", low, None, (m.start("low"), m.end("low")), "layoff.count-now", "body", hedge)


def _unit_cuts(doc: _Doc, tab: _Tables, n: _Name) -> bool:
    """Is the unit named at `n` the subject of a verb of cutting right after its name ("Y, will cut", "Y plans
    to shed", "Y said it would eliminate"; stop 47)?"""
    m = _SUBJECT_TO_VERB.match(doc.low, n.end, min(len(doc.low), n.end + 60))
    return m is not None and tab.cut is not None and tab.cut.match(doc.low, m.end()) is not None


def _line_start(text: str, pos: int) -> int:
    """Where the line holding `pos` starts."""
    return text.rfind("\n", 0, pos) + 1


def _deck_line(doc: _Doc, pos: int) -> bool:
    """Is the figure at `pos`, before the body, on a line of its own under the headline (a deck, a summary
    line: "Job cuts: roughly 7% of staff")? The headline's own figures are read as the headline's (stop 47)."""
    return doc.headline is None or pos >= doc.headline[1]


def _tells_the_cut_share(doc: _Doc, tab: _Tables, pos: int) -> bool:
    """May the percent at `pos` be the share of the workforce the cut takes, on a page that tells a cut? Not
    when its line is labelled with anything but a word of cutting ("Women: 41% of the workforce"; "Job cuts:
    roughly 7% of staff" is the cut's), nor when it tells what the staff is made of, with no word of cutting
    before it in its line ("women make up 41% of its workforce") (stop 47). A bare fragment of a cut page
    ("- around 8 percent of the global workforce") and a sentence with no verb of cutting are the cut's."""
    ls = _line_start(doc.low, pos)
    sent = _sentence_of(doc.body, pos)
    s0 = max(ls, sent[0]) if sent is not None else ls
    label = _LABELLED.match(doc.low, s0, pos)
    if label is not None:
        return (
            tab.cut is not None
            and tab.cut.search(doc.low, label.start("label"), label.end("label")) is not None
        )
    made_of = _MADE_OF_BEFORE.search(doc.low, max(s0, pos - 40), pos)
    cut_before = tab.cut is not None and tab.cut.search(doc.low, max(s0, pos - _CUT_REACH_BEFORE), pos)
    return made_of is None or cut_before is not None


@dataclass(frozen=True, slots=True)
class _Told:
    """A count of a layoff page and what its sentence says of it (stop 37)."""

    fact: FactValue
    cut: bool  # told with a word of cutting
    mark: str | None  # parts.WHOLE, parts.PART or None
    scope: str | None  # the words that scope it ("in Germany"), when told
    past: bool  # its clause places it in the past ("last year it cut 2,000 roles")
    earlier: bool = False  # told as an earlier figure or first estimate ("initially around 8,000"; stop 47)


#: Why an earlier figure of the cut beside the current one is not the count (stop 47).
_EARLIER_WHY = "an earlier figure of the same cut: history, not the current count"


def _parts_of(told: list[_Told]) -> set[int]:
    """The indices of the counts that are parts of a whole: told as a part; smaller than a count told as
    the whole; or scoped by a place or a unit while a larger count of the page, of another scope or none,
    is not told as a part and not in the past."""
    parts = {i for i, t in enumerate(told) if t.mark == PART}
    for i, t in enumerate(told):
        if i in parts or t.mark == WHOLE or not isinstance(t.fact.value, float):
            continue
        for j, w in enumerate(told):
            if (
                j == i
                or j in parts
                or w.past
                or not isinstance(w.fact.value, float)
                or w.fact.value <= t.fact.value
            ):
                continue
            if w.mark == WHOLE or (t.scope is not None and (w.scope or "").lower() != t.scope.lower()):
                parts.add(i)
                break
    return parts


def _as_part(t: _Told) -> FactValue:
    """The count as a part: its scope as told (else "part"), its rule marked."""
    return replace(t.fact, scope=t.scope or PART, rule=t.fact.rule + "+part")


#: Words before a count that make it the company's size, not the jobs cut: "a workforce of 90,000",
#: "employs about 90,000", "had 8,400 staff", "which has 31,000 workers", "of its 12,000 employees",
#: "ended 2030 with 52,310 employees" (stop 35).
_HEADCOUNT_BEFORE = re.compile(
    r"\b(?:workforce|headcount|payroll|staff)\s+of\s+(?:[a-z]+\s+){0,2}$|\bemploy(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,2}$"
    r"|\b(?:had|has|have|having)\s+" + _WHOLE_HEDGE + r"$"
    r"|\bof\s+(?:its|their)\s+(?:[a-z]+\s+)?$"
    # the whole staff a part is told against (stop 48): "350 jobs out of its 6,200"
    r"|\d\s+(?:[a-z]+\s+)?out\s+of\s+(?:its|their)\s+" + _WHOLE_HEDGE + r"$"
    r"|\bend(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,4}?with\s+" + _WHOLE_HEDGE + r"$"
    # the staff left after a fall, never the cut (stop 38): "its workforce will shrink to 31,000 employees",
    # "headcount falls to about 9,000", "reduce its staff to 400" ("cut up to 900 jobs" is no size)
    r"|\b(?:workforce|headcount|staff|payroll|employees|work\s+force)(?:\s+[\w’'-]+){0,3}?\s+(?:falls?|fell|falling|"
    r"drops?|dropped|dropping|declin\w*|shrinks?|shrinking|shrank|shrunk)\s+to\s+" + _WHOLE_HEDGE + r"$"
    r"|\b(?:reduc|slim|trim|lower|shrink)\w*\s+(?:its|their|the)\s+(?:workforce|headcount|staff|payroll)\s+to\s+"
    + _WHOLE_HEDGE
    + r"$"
)
#: The staff a company employs, told right after their count (lower case; stop 48): " it employs", " that the group
#: has", " it had on its payroll": the company's size ("1,200 of the 40,000 people it employs"), never the cut.
EMPLOYED_AFTER = re.compile(
    r"\s+(?:(?:that|whom|who)\s+)?(?:it|they|the\s+(?:company|group|firm|bank|business))\s+(?:currently\s+)?"
    r"(?:employs|employed|has|had)\b"
)
#: A verb of taking staff on right before their count (lower case; stop 48): "to hire 300 people", "is recruiting
#: about 200 engineers", "added 5,000 jobs", "will create up to 1,000 roles", "taking on another 400 staff". The count
#: is of people hired, never the cut ("to hire a firm to cut 300 jobs": the cut's verb stands right before it).
_TAKEN_ON_BEFORE = re.compile(
    r"\b(?:hir(?:e|es|ed|ing)|recruit(?:s|ed|ing)?|add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|tak(?:e|es|ing)\s+on|took\s+on)"
    r"\s+(?:(?:about|around|some|roughly|nearly|up\s+to|as\s+many\s+as|more\s+than|over|another|an\s+additional|"
    r"a\s+further|an\s+extra|the)\s+)?$"
)
#: Staff who go with a unit being sold, listed, spun off or outsourced (stop 38), told right after their count:
#: "9,000 employees will depart when ...", "who will leave with the unit", "will transfer to the buyer",
#: "will move to the new company in the spin-off", "off the payroll". They keep their jobs under another
#: owner: no cut. Only with a word of divesting in the sentence (`_DIVESTED`): "1,000 jobs will move to <Place>"
#: is an offshoring, a cut; "jobs will go after the sale" are lost, not moved.
_MOVES_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:(?:leave|leaves|leaving|depart|departs|departing|go|goes|going|move|moves|"
    r"moving|shift|shifts|shifting|switch|switches|switching)\s+(?:with|along\s+with|to|over\s+to|when|once|as|upon)"
    r"|transfer(?:s|red|ring)?|join(?:s|ing)?)\b"
    r"|\s+off\s+(?:the|its|their)\s+(?:payroll|books)\b"
)
#: A word of divesting a unit: a sale, a listing, a spin-off, an outsourcing, the buyer or the new owner.
_DIVESTED = re.compile(
    r"\b(?:listing|lists|listed|ipo|initial\s+public\s+offering|flotation|floats?|floated|sale|sells|selling|sold|"
    r"spin-?off|spun\s+off|spins?\s+off|spinning\s+off|demerger|demerge[sd]?|carve-?out|divest\w*|outsourc\w*|"
    r"buyer|acquirer|new\s+owners?|purchaser|new\s+company)\b"
)
#: How far before a count its sentence's word of divesting may stand ("the listing of its arm will take
#: 4,500 employees off the payroll").
_DIVESTED_REACH_BEFORE = 120


def _moved_with_unit(low: str, s0: int, s1: int, start: int, end: int) -> str | None:
    """The word of divesting when the count at `start`-`end` (its sentence `s0`-`s1`) is of staff who go
    with a unit being sold, listed, spun off or outsourced, else None (stop 38)."""
    moves = _MOVES_AFTER.match(low, end, s1)
    if moves is None:
        return None
    word = _DIVESTED.search(low, moves.end(), s1) or _DIVESTED.search(
        low, max(s0, start - _DIVESTED_REACH_BEFORE), start
    )
    return " ".join(word.group().split()) if word else None


#: A measure other than the cut, right before a share of the staff (lower case): "standing down two-thirds
#: of", "furloughed 60% of", "cutting the hours of 40 per cent of", "pay cuts for half of" (stop 39).
_OTHER_MEASURE_BEFORE = re.compile(
    r"\b(?P<w>(?:stand(?:s|ing)?|stood)\s+down|furlough(?:s|ed|ing)?|(?:the\s+)?hours\s+of|short[- ]time\s+for|"
    r"(?:pay|wage|salary)\s+cuts?\s+(?:for|to|on))\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|"
    r"roughly|up\s+to|at\s+least)\s+)?$"
)
#: The same measure told after the staff the share is of: "half of its employees on unpaid leave", "two-thirds
#: of its staff were stood down", "40% of its workers remain furloughed".
_OTHER_MEASURE_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?P<w>on\s+(?:[a-z]+\s+)?leave|(?:(?:were|was|are|is|have\s+been|had\s+been|"
    r"been|be|remain|remained|remains)\s+)(?:temporarily\s+)?(?:stood\s+down|furloughed|on\s+(?:[a-z]+\s+)?leave))\b"
)
#: A percent sign or word right after a number (lower case; stop 47): "7 percent of staff" is a share, no count.
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s?cent\b|percent\b|pc\b)")
#: A share of those the cut affects, right after the figure (lower case; stop 47): " of those affected", " of the
#: affected employees", " of those employees impacted", " of the positions cut", " of the job cuts". Never the
#: whole staff ("of the workforce affected" is the workforce's share): no word of the whole staff between.
_OF_THE_CUT = re.compile(
    r"\s+of\s+(?P<w>(?:those|the|these)\s+(?:(?!workforce\b|headcount\b|payroll\b|work\s+force\b|labou?r\s+force\b)"
    r"[a-z-]+\s+){0,2}?(?:affected|impacted|cut|eliminated|laid\s+off|leaving|departing|redundancies|layoffs|"
    r"job\s+cuts|cuts|reductions))\b"
)
#: The current figure told bare (lower case; stop 47): "the figure was raised to ", "estimates now sit at ", "the
#: estimate has since been lifted to about ", ", now "; then a number or a range ("9,000-10,000", "9,000 to
#: 10,000", "between 9,000 and 10,000"), never a percent, nor the staff's size ("the total workforce now stands at").
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_NOW_AT = re.compile(
    r"(?:\b(?:figure|estimates?|number|tally|count|total|forecast|projection)\s+"
    r"(?:(?!workforce\b|headcount\b|staff\b|employees\b|workers\b|payroll\b)[a-z]+\s+){0,4}?(?:to|at)|"
    r"(?:,|\band)\s+now)\s+(?:(?:about|around|roughly|some|nearly|approximately|as\s+many\s+as|up\s+to|between)\s+)?"
    r"(?P<low>"
    + _NUMBER
    + r")(?:\s*(?:-|–|to|and)\s*(?P<high>"
    + _NUMBER
    + r"))?(?![\d,]*\s*(?:%|per\s?cent|percent))"
)
#: From a subject's name to its verb (lower case; stop 47): a comma closing an apposition, then at most five
#: auxiliaries or reporting words (", will ", " plans to ", " said on thursday it would ").
_SUBJECT_TO_VERB = re.compile(
    r",?(?:\s+(?:will|would|is|are|was|were|to|set|plans?|planned|planning|has|have|had|also|now|said|says|it|"
    r"on|could|may|might|expects?|expected|aims?|aiming|must)\b){0,5}\s+"
)
#: A line's label right before a figure (lower case, matched from the line's start up to the figure; stop 47): "job
#: cuts: roughly ", "- women: ", "• layoffs: about ". The label is at most 40 characters of words, two words at most
#: between its colon and the figure.
_LABELLED = re.compile(
    r"[ \t]*(?:[-•*–][ \t]*)?(?P<label>[a-z][a-z '’&/-]{0,40}?):[ \t]+(?:[a-z]+[ \t]+){0,2}$"
)
#: What the staff is made of, right before a share of it (lower case; stop 47): "women make up ", "account for
#: about ", "made up just over ", "comprise ".
_MADE_OF_BEFORE = re.compile(
    r"\b(?:(?:make|makes|made|making)\s+up|(?:account|accounts|accounted|accounting)\s+for|compris(?:e|es|ed|ing)|"
    r"(?:constitute|constitutes|constituted))\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than|"
    r"just\s+over|just\s+under|only|just)\s+)?$"
)
#: An outlet named as the teller of a report ("a report from the trade blog X", "according to the
#: newsletter X", "citing X"): the words right before the name.
_TELLER_BEFORE = re.compile(
    r"\b(?:reports?|story|article|blog|newsletter|according\s+to|citing|reported\s+by)\s+(?:(?:from|by|in)\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?$"
)
#: A range's lower bound right before a count (stop 36): "between 4,000 and ", "700 to ", "1,200-", never
#: "from 30,000 to " (the staff before and after a cut).
_RANGE_BEFORE = re.compile(
    r"(?:\bbetween\s+(?P<low>\d[\d,]*)\s+and\s+|(?<!from\s)\b(?P<low2>\d[\d,]*)(?:-|–|\s+to\s+))$"
)
#: How long a layoff takes, in the count's sentence (stop 36): "by 2030", "by fiscal year 2030", "by the end
#: of 2031", "until 2029", "over the next five years", "within three years", "by the end of the decade".
_HORIZON = re.compile(
    r"\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+)?(?:(?:its\s+|the\s+)?(?:(?:fiscal|financial)\s+"
    r"(?:year\s+)?|fy\s?))?(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?:over|in|during)\s+the\s+(?:next|coming)\s+(?P<n>\w+)\s+years\b|\bwithin\s+(?P<n2>\w+)\s+years\b"
    r"|\bby\s+the\s+end\s+of\s+the\s+(?P<decade>decade|2020s|2030s|2040s)\b"
)


def _horizon(doc: _Doc, s0: int, s1: int) -> FactValue | None:
    """The count's horizon told in its sentence: the year by which the cut is done (a string, "2030"), from
    the article's year for a span of years ("over the next five years") or the decade's end; the words
    themselves when no year can be known (an undated page)."""
    m = _HORIZON.search(doc.low, s0, s1)
    if m is None:
        return None
    year: int | None = None
    if m.group("year"):
        year = int(m.group("year"))
    elif doc.date is not None:
        n = m.group("n") or m.group("n2")
        if n:
            k = word_number(n)
            year = doc.date.year + int(k) if k else None
        elif m.group("decade") == "decade":
            year = doc.date.year // 10 * 10 + 10
    if year is None and m.group("decade") and m.group("decade") != "decade":
        year = int(m.group("decade")[:4]) + 10
    value = str(year) if year is not None else " ".join(m.group().split())
    return _fact(doc, "horizon", value, None, (m.start(), m.end()), "layoff.horizon")


#: A preposition of place right before a name ("the largest lender in Y", "the biggest employer across Y").
_PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$")


def _count_number(written: str | None) -> float | None:
    try:
        return float(written.replace(",", "")) if written else None
    except ValueError:
        return None


def _most_named(doc: _Doc) -> _Name | None:
    """The organisation the article names most, at least `party_most_named_min` times and with no tie."""
    counts: dict[str, int] = {}
    first: dict[str, _Name] = {}
    for n in doc.names:
        if n.type in _ORGS and _named(doc, n):
            counts[n.entity_id] = counts.get(n.entity_id, 0) + 1
            first.setdefault(n.entity_id, n)
    ranked = sorted(counts, key=lambda k: -counts[k])
    if not ranked or counts[ranked[0]] < _tables().most_named_min:
        return None
    if len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
        return None
    return first[ranked[0]]


#: How far after a percent its workforce word may stand ("0.9% of its 2.3 million full- and
#: part-time staff").
_SHARE_WINDOW = 60
#: An approximator right before a figure that does not carry it ("as many as 14,000 employees").
_HEDGE_BEFORE = re.compile(r"(?<![\w])(?:" + _HEDGE_ALTERNATION + r")\s+$")


def _hedge_before(low: str, start: int) -> str | None:
    """The fact-table hedge told right before `start` in the lower-cased text, else None."""
    m = _HEDGE_BEFORE.search(low, max(0, start - 20), start)
    return _HEDGE_WORDS[" ".join(m.group().split())] if m else None
