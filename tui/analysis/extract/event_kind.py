"""Which event a page tells (`_event_type`: a deal, a round, a layoff, an appointment) from the cue votes
of its headline and lead, and whether a sentence tells a count cut (`_cut_count_in`, with the reaches
and patterns the layoff rules share).

Read for `facts.event_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from tui.analysis.extract.board_contests import board_contests
from tui.analysis.extract.cut_costs import RESTRUCTURING, cost_spans, restructuring_takes_in
from tui.analysis.extract.executive_pay import pay_spans
from tui.analysis.extract.fact_layout import _Doc, _inside, _money_in, _orgs_in
from tui.analysis.extract.fact_tables import _Tables
from tui.analysis.extract.raisings import raising_spans
from tui.analysis.extract.separations import separations_in
from tui.analysis.extract.succession import persons_in
from tui.analysis.extract.team_hires import team_deals, team_hire_at
from tui.analysis.model import FigureKind

#: The hire verbs that are also appointment cues (lower case): "hires", "hired", "poaches", "poached" -- their own
#: appointment vote is taken back when they hire a company's team (stop 45: "poached" too).
_APPOINTING_HIRE = re.compile(r"hire|poach")


#: The forms of "take" before "over" that a cue of taking over reads, active (lower case; "taken" is the passive's,
#: read only at a cue's end).
_TAKE_ACTIVE = r"tak(?:e|es|ing)|took"
#: A cue of taking over that ends in "take over" (lower case): "will take over", "to take over", "takes over".
_TAKE_OVER_END = re.compile(rf"\b(?:{_TAKE_ACTIVE}|taken)\s+over$")


def _takes_over_company(doc: _Doc, m: re.Match[str]) -> bool:
    """Is the appointment cue `m` a "take over" whose object is a company named right after it ("the state will
    take over Brava Bank")? A post is taken over with "as" or "from" after it ("will take over as CEO"), never a
    company."""
    if _TAKE_OVER_END.search(m.group()) is None:
        return False
    return _company_right_after(doc, m.end())


def _company_right_after(doc: _Doc, end: int) -> bool:
    """Is a company named right after the one space at `end`?"""
    after = _orgs_in(doc, end, end + 2)
    return bool(after) and after[0].start == end + 1


#: "take over" in any form no cue list holds as a deal's (lower case; stop 58): "agreed to take over", "moved on
#: Monday to take over", "is set to take over".
_TAKE_OVER = re.compile(rf"\b(?:{_TAKE_ACTIVE})\s+over\b")


#: A company taken over told in the passive, from the form of "be" before it (lower case; stop 58): " will be taken
#: over by", " is to be taken over by", " was taken over by", " has been taken over by".
_TAKEN_OVER_BY = re.compile(
    r"\s+(?:(?:will|would|could|is\s+to|are\s+to|set\s+to|has|had|have)\s+)?(?:be|been|being|was|is|were)\s+"
    r"taken\s+over\s+by\b"
)


#: A preposition right before a company, which makes it the object of another noun ("the post at <Co> will be taken
#: over by <P>": the post is taken over, no company; lower case, stop 58).
_NOUNS_OBJECT_BEFORE = re.compile(r"\b(?:at|of|in|for|with|from)\s+(?:the\s+)?$")


def _companies_taken_over(doc: _Doc, s: tuple[int, int], counted: set[int]) -> int:
    """How many times the sentence `s` tells a company taken over, with the company named right after "take over"
    ("the Danish government agreed to take over Tessin Gas", stop 58) or right before a passive "taken over by"
    ("Tessin Gas will be taken over by the state"), besides those an appointment cue counted (`counted`: their
    ends). A post taken over ("to take over as chief", "to take over from Ivo Stark") is none."""
    active = sum(
        1
        for m in _TAKE_OVER.finditer(doc.low, *s)
        if m.end() not in counted and _company_right_after(doc, m.end())
    )
    passive = sum(
        1
        for n in _orgs_in(doc, *s)
        if _TAKEN_OVER_BY.match(doc.low, n.end, s[1]) is not None
        and _NOUNS_OBJECT_BEFORE.search(doc.low, max(s[0], n.start - 12), n.start) is None
    )
    return active + passive


def _event_type(doc: _Doc, tab: _Tables) -> tuple[str | None, str]:
    spans = ([doc.headline] if doc.headline else []) + doc.lead
    votes: dict[str, int] = dict.fromkeys(tab.events, 0)
    pattern, groups = tab.event_re
    # A capital raising ("raise C$750 million in equity", "a £300m rights issue") is a company selling its
    # own shares: its money and its words vote for no deal (stop 39)
    money = {s: [(f.span.start, f.span.end) for f in _money_in(doc, s)] for s in spans}
    aside = {s: raising_spans(doc.low, *s, money[s]) for s in spans}
    cues = {s: _cues_in(doc, pattern, groups, s) for s in spans}
    cut_count = {s: _cut_count_in(doc, tab, *s) for s in spans}
    # A restructuring's cost, charges or expenses ("the restructuring will cost about 2 billion euros in
    # charges") and, on a page whose top tells a cut, an investment pledged beside it ("while pledging to invest
    # $1 billion in AI"): no buyer pays that money, its money and its words vote for no deal (stop 47)
    cut_top = any(
        any(name == "layoff" and strength == "strong" for _m, name, strength in cues[s])
        or RESTRUCTURING.search(doc.low, *s)
        or cut_count[s]
        for s in spans
    )
    for s in spans:
        aside[s] += cost_spans(doc.low, *s, money[s], pledges=cut_top)
        # An executive's pay ("a $15 million signing bonus", "a salary of 3 million pounds") is no price paid
        # for a company: its money and its words vote for no deal (stop 51)
        aside[s] += pay_spans(doc.low, *s, money[s])
    counted: set[int] = set()  # the ends of the "take over <Co>" an appointment cue told
    for s in spans:
        weight = 2 if s == doc.headline else 1
        for m, name, strength in cues[s]:
            if name == "deal" and (
                _inside(aside[s], m.start())
                or _DEAL_VERB.match(doc.low, m.start() - 3)
                or _at_stake(doc.low, m.start())
            ):
                continue
            if name == "appointment" and _takes_over_company(doc, m):
                # "the state will take over <Co>": a company taken over is a deal, no post taken (stop 56)
                votes["deal"] = votes.get("deal", 0) + weight * 2
                counted.add(m.end())
                continue
            votes[name] = votes.get(name, 0) + weight * (2 if strength == "strong" else 1)
        # "the state agreed to take over <Co>": a company taken over that no appointment cue told (stop 58)
        votes["deal"] = votes.get("deal", 0) + weight * 2 * _companies_taken_over(doc, s, counted)
    # "Y hires X staff", "has hired back the leadership of X": a company's team hired is a deal (an
    # acqui-hire), never an appointment (extract/team_hires.py, stop 41)
    taken = False  # a company's people taken by another, both named, at the top
    for s in spans:
        weight = 2 if s == doc.headline else 1
        hires = team_hire_at(doc, *s)
        deals = team_deals(doc, *s)
        taken = taken or bool(deals)
        for a, _b in sorted(set(hires) | {(d.start, d.end) for d in deals}):
            votes["deal"] = votes.get("deal", 0) + weight * 2
            if (a, _b) in hires and _APPOINTING_HIRE.match(doc.low, a) and "appointment" in votes:
                votes["appointment"] -= weight * 2  # the hire verb's own appointment vote
    # "is naming Jurgis Valaitis CEO", "naming X as its next chair": "naming" is no cue of its own ("naming rights",
    # "naming the brand"); with a person's name right after it, it appoints (stop 47)
    if "appointment" in votes:
        for s in spans:
            for m in _NAMING_VERB.finditer(doc.low, s[0], s[1]):
                named = persons_in(doc, m.end(), min(s[1], m.end() + _NAMED_REACH))
                if named and named[0].start == m.end():
                    votes["appointment"] += (2 if s == doc.headline else 1) * 2
    # "<Co> shareholders elected two directors nominated by <F>", "<F> won three seats on <Co>'s board": a contest for a
    # company's board is read as a deal (extract/board_contests.py, stop 61); the election's own appointment cues inside
    # it ("elected", "director") vote for no appointment
    for s in spans:
        weight = 2 if s == doc.headline else 1
        for c in board_contests(doc, *s):
            votes["deal"] = votes.get("deal", 0) + weight * 2
            for m, name, strength in cues[s]:
                if name == "appointment" and c.start <= m.start() < c.end:
                    votes["appointment"] -= weight * (2 if strength == "strong" else 1)
    money_told = {s: sum(1 for a, _b in money[s] if not _inside(aside[s], a)) for s in spans}
    for name, points in tab.figure_votes.items():
        for s in spans:
            weight = 2 if s == doc.headline else 1
            votes[name] = votes.get(name, 0) + weight * points * money_told[s]
    # "plans to cut 650 jobs", "will shed 140 roles": a count of staff told with a word of cutting is a
    # strong cue of a layoff, once per sentence (stop 37: the word list knows "cut jobs", not the count)
    for s in spans:
        if cut_count[s]:
            votes["layoff"] = votes.get("layoff", 0) + (2 if s == doc.headline else 1) * 2
    # "Orla will spin off its snacks unit": a separation told at the top is a deal with no buyer and no price; told
    # before any cut of staff there, it is the news the cut is part of (stop 48)
    separated = _separation_first(doc, tab, spans, cues)
    if separated:
        votes["deal"] = votes.get("deal", 0) + separated
    if not votes:
        return None, ""
    best = max(votes, key=lambda k: votes[k])
    if separated and best == "layoff":
        best = "deal"
    if votes[best] < tab.min_votes and doc.lead:
        # A lead that opens with a hook ("Larch has had four chiefs. Ivo Stark will be its fifth.")
        # tells the news in the next sentences: they vote too, when the top decides nothing.
        last = max(doc.lead)  # the lead's last sentence in the text: a summary's bullet points come after it
        k = doc.body.index(last) + 1 if last in doc.body else len(doc.body)
        for s in doc.body[k : k + _HOOK_SENTENCES]:
            for _m, name, strength in _cues_in(doc, pattern, groups, s):
                votes[name] = votes.get(name, 0) + (2 if strength == "strong" else 1)
            if _cut_count_in(doc, tab, *s):
                votes["layoff"] = votes.get("layoff", 0) + 2
        best = max(votes, key=lambda k: votes[k])
    if taken and best == "appointment":
        # "X has hired multiple employees from startup Y, including its chief, now X's AI chief": the posts a
        # licence-and-hires deal gives the founders are its consequences; the page tells the deal (stop 45)
        return "deal", f"event.team-deal(appointment={votes[best]})"
    if votes[best] < tab.min_votes:
        return None, ""
    if separated and best == "deal":
        return best, f"event.separation({best}={votes[best]})"
    return best, f"event.vote({best}={votes[best]})"


def _separation_first(
    doc: _Doc,
    tab: _Tables,
    spans: list[tuple[int, int]],
    cues: dict[tuple[int, int], list[tuple[re.Match[str], str, str]]],
) -> int:
    """The deal's votes of the separations told at the top (2 each, twice in the headline), when the first one comes
    before any cut of staff told there (a layoff cue or a count cut, in the headline, then the lead's order); else 0:
    "X will cut 900 jobs as it prepares to spin off its unit" tells a layoff (stop 48)."""
    told_in = [separations_in(doc.text, doc.low, *s) for s in spans]
    if not any(told_in):
        return 0  # no separation at the top: nothing to weigh against a cut
    points = 0
    for s, told in zip(spans, told_in, strict=True):
        if points == 0:
            limit = told[0].start if told else s[1]
            strong_cut = any(
                name == "layoff" and strength == "strong" and m.start() < limit
                for m, name, strength in cues[s]
            )
            if strong_cut or _cut_count_in(doc, tab, s[0], limit):
                return 0
        points += len(told) * (2 if s == doc.headline else 1) * 2
    return points


#: The present participle of naming, with the space after it (lower case; stop 47).
_NAMING_VERB = re.compile(r"\bnaming\s+")
#: How far after "naming " the name it names may end (characters): "naming Ngozi Adeyemi-Brandt".
_NAMED_REACH = 60


def _cues_in(
    doc: _Doc, pattern: re.Pattern[str] | None, groups: dict[str, str], s: tuple[int, int]
) -> list[tuple[re.Match[str], str, str]]:
    """The event cues of one sentence: each match with its event's name and its strength."""
    out: list[tuple[re.Match[str], str, str]] = []
    for m in pattern.finditer(doc.low, s[0], s[1]) if pattern is not None else ():
        name, strength = groups[m.lastgroup or ""].rsplit(":", 1)
        out.append((m, name, strength))
    return out


#: Sentences after the lead that vote for the event type when the headline and the lead decide nothing.
_HOOK_SENTENCES = 2
#: "deal" as a verb ("as it tries to deal with a slump"): no deal noun (matched 3 characters before the cue).
_DEAL_VERB = re.compile(r"to deal\s+with\b")
#: "at" right before a cue (lower case): "much is at stake", "what is at stake for": the idiom "at stake" tells
#: what may be won or lost, never a holding bought; its "stake" is no cue of a deal (stop 51).
_AT_STAKE = re.compile(r"\bat\s{1,3}$")
#: How far before the cue "at" may start (characters): "at" and up to three spaces.
_AT_STAKE_REACH = 5


def _at_stake(low: str, start: int) -> bool:
    """Is the cue starting at `start` the "stake" of the idiom "at stake" ("much is at stake for both")? Not a
    stake bought ("a stake at a discount", "bought a stake"), nor another cue after "at" ("aimed at buying")."""
    return (
        low.startswith("stake", start)
        and _AT_STAKE.search(low, max(0, start - _AT_STAKE_REACH), start) is not None
    )


#: A sentence opening with a subordinate clause (lower case; its words up to the first comma).
_SUBORDINATE_OPENING = re.compile(
    r"\W{0,3}(?:although|though|while|whereas|despite|after|since|even\s+as|even\s+though)\b"
)


def _cut_count_in(doc: _Doc, tab: _Tables, s0: int, s1: int) -> bool:
    """Does the sentence tell a count of staff with a word of cutting near it ("plans to cut 650 jobs",
    "About 380 positions will go", "cutting its workforce by 1,300")?"""
    if tab.cut is None:
        return False

    def cut_near(start: int, end: int) -> bool:
        lo, hi = max(s0, start - _CUT_REACH_BEFORE), min(s1, end + _CUT_REACH_AFTER)
        return tab.cut.search(doc.low, lo, hi) is not None if tab.cut is not None else False

    # "Although X has cut 10,000 jobs, the company announced ...": a count in an opening subordinate clause
    # is background; the news is the main clause's
    opening = _SUBORDINATE_OPENING.match(doc.low, s0)
    if opening is not None:
        comma = doc.low.find(",", opening.end(), s1)
        s0 = comma if comma != -1 else s0
    k = bisect_left(doc.figure_starts, s0)
    for f in islice(doc.figures, k, None):
        if f.span.start >= s1:
            break
        if (
            f.kind == FigureKind.COUNT
            and (f.unit or "").lower() in tab.layoff_nouns
            and (cut_near(f.span.start, f.span.end) or restructuring_takes_in(doc.low, s0, f.span.start))
        ):
            return True
        # "reduce its headcount by 8%": the workforce cut by a percent
        by = f.kind == FigureKind.PERCENT and _SHARE_BY.search(
            doc.low, max(s0, f.span.start - _SHARE_BY_REACH), f.span.start
        )
        if by and cut_near(f.span.start, f.span.end):
            return True
    for pattern in (tab.count_gap, _WORKFORCE_BY, AFFECTED_NUMBER):
        for m in pattern.finditer(doc.low, s0, s1) if pattern is not None else ():
            written = m.group("n")
            # "to restructure about 200 full-time positions": the staff a restructuring takes in (stop 48)
            if ("," in written or not 1950 <= int(written) <= 2049) and (
                cut_near(m.start(), m.end())
                or (pattern is tab.count_gap and restructuring_takes_in(doc.low, s0, m.start()))
            ):
                return True
    return False


#: The workforce cut "by" a number with no staff noun after it (lower case; stop 37): "cutting its
#: workforce by 4,000", "reduce its headcount by about 650", "trim its staff by 220"; never a percent.
_WORKFORCE_BY = re.compile(
    r"\b(?:workforce|headcount|staff|payroll|work\s+force|labou?r\s+force|employees|jobs)"
    r"(?:\s+(?:numbers?|levels?|count))?\s+by\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|"
    r"up\s+to|as\s+many\s+as|at\s+least|approximately|close\s+to)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\s*(?:%|per\s?cent|percent|pc\b))"
)


#: The staff a plan affects told as their number (lower case; stop 47): "employees affected by the program number
#: 1,200", "the jobs impacted total about 640", "staff affected by the closures come to 3,100". The noun and the
#: participle open it, the number closes it; at most 80 characters of the plan between, no sentence's end.
AFFECTED_NUMBER = re.compile(
    r"\b(?:employees|workers|staff|staffers|positions|roles|jobs|people)\s+(?:affected|impacted)\b[^.;:!?\d]{0,80}?"
    r"\b(?:number(?:s|ed)?|totals?|totall?ed|(?:come|comes|came|amounts?|amounted)\s+to|(?:stands?|stood)\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|as\s+many\s+as|at\s+least|"
    r"approximately|close\s+to)\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\s*(?:%|per\s?cent|percent|pc\b))"
)


#: The workforce cut "by" a percent right before it ("reduce its headcount by more than 8%", "trim staff
#: numbers by 12%").
_SHARE_BY = re.compile(
    r"\b(?:workforce|headcount|staff|employees|workers|payroll|jobs)(?:\s+(?:numbers?|levels?|count))?\s+by\s+$"
)
_SHARE_BY_REACH = 40


#: How far from a count a word of cutting may stand (characters, inside its sentence).
_CUT_REACH_BEFORE = 90
_CUT_REACH_AFTER = 40
