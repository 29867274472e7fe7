"""A contest for seats on a company's board (stop 61, "proxy61"): a shareholder puts up its own candidates against the
board's and the holders vote. No money changes hands and nothing is bought; the bench tables the story as a deal
(docs/extraction.md, "a board contest is read as a deal"): the challenger is the buyer, the company whose board it is
the target, the challenger's holding its stake, and the vote decides the stage.

- Seats won: "<F> won (at least) two seats on <Co>'s board", "<F> has won a third board seat at <Co>", "<F> secured
  three seats on the board of <Co>": closed.
- Nominees elected: "<Co> shareholders elected two <F> nominees", "investors in <Co> voted in three nominees of <F>":
  closed.
- Directors unseated: "<F> unseated two directors at <Co>", "<F> ousted three board members from <Co>": closed.
- A victory: "<F>'s victory over <Co>" in a sentence of a board's words (board, seat, director, nominee, proxy,
  vote), or on a page that tells the vote elsewhere (proxy, annual meeting, nominees, board seats; proxy2): closed.
- A contest fought: "<F> is seeking four seats on <Co>'s board", "<F> has nominated three directors to <Co>'s
  board", "<F> launched a proxy fight against <Co>", "<F>'s campaign at <Co>": announced (a contest put to the
  holders, as a bid put to them is; convention (am) of docs/coverage-bench.md); "won a proxy fight against <Co>" is
  closed.
- A contest lost (stop 62): "<F> lost its proxy fight against <Co>", "<F> was defeated in its proxy contest at <Co>",
  "<F> has lost a board battle with <Co>": collapsed (convention (am)); "lost ground in its proxy fight" is still
  fought.

Not a contest: a seat won with no board ("won a seat at the table"), a director elected to a post ("was elected
chair": an appointment), a board that wins approval. The challenger is the organisation right before the verb (an
appositive of lower-case words between: "<F>, an activist investment firm, unseated ..."); a description standing for
it ("The hedge fund won two seats") names no challenger, the company alone is kept.

Read for `event_kind._event_type` (a contest at the top votes for a deal), `deal_parties._parties` (the sides) and
`deal_status._status` (the stage); pure functions; every pattern is
linear (alternations of literal words, bounded repeats).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.analysis.extract.auction_sales import GAP_WORD, LEGAL_FORM_GAP, WEEKDAY_GAP
from tui.analysis.extract.fact_layout import _Doc, _Name, _orgs_in, _possessor
from tui.analysis.extract.tokens import needle_within

#: The rule of a board contest's sides.
BOARD_CONTEST_RULE = "party.board-contest"

#: A count of seats, nominees or directors (lower case): "two ", "at least two ", "a third ", "all four ", "3 ".
_COUNT = (
    r"(?:(?:at\s+least|up\s+to|as\s+many\s+as|all|only|just)\s+)?"
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:(?:second|third|fourth|fifth|sixth|more|further|additional|other)\s+)?"
)
#: The board a seat is on, right after the seat's words (text case, so a capitalised name stops the words between):
#: " on <Co>'s board", " on the board of <Co>", " on <Co>'s 12-member board", " at <Co>".
_SEAT_ON = re.compile(r"\s+(?:on|at|in|to)\s+")
#: A seat won (lower case): "won two seats", "has won a third board seat", "secured three board seats", "clinched a
#: seat", "took two of the seats".
_WIN_VERB = (
    r"\b(?:(?:has|have|had)\s+)?(?:won|wins|winning|secured|secures|clinched|clinches|gained|gains|took|takes|"
    r"grabbed|captured|captures|landed|lands)\s+"
)
_WON_SEATS = re.compile(_WIN_VERB + _COUNT + r"(?:of\s+the\s+)?(?:board|director)?\s*seats?\b")
#: A seat won with its company's name before the seats (lower case, the name read apart): "wins two " <Co> " board
#: seats", "won a third " <Co> " seat".
_WON_COUNT = re.compile(_WIN_VERB + _COUNT)
_SEATS_AFTER = re.compile(r"(?:['’]s)?\s+(?:board|director)?\s*seats?\b")
#: A seat sought (lower case): "is seeking four seats", "seeks two board seats", "is pushing for three seats".
_SOUGHT_SEATS = re.compile(
    r"\b(?:(?:is|are|was|were)\s+)?(?:seeking|seeks|sought|pushing\s+for|pushes\s+for|vying\s+for|fighting\s+for|"
    r"campaigning\s+for)\s+" + _COUNT + r"(?:board|director)?\s*seats?\b"
)
#: Nominees nominated (lower case): "has nominated three directors", "nominated four candidates", "put forward two
#: nominees" -- their board after " to " or " for ".
_NOMINATED = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:(?P<done>successfully|succeeded\s+in)\s+)?(?:nominated|nominates|nominating|"
    r"put\s+forward|puts\s+forward|proposed|proposes)\s+"
    + _COUNT
    # one word of their kind between ("three outsider directors", "two independent candidates")
    + r"(?:[a-z][\w-]*\s+)?(?:directors|director|candidates|candidate|nominees|nominee|board\s+members)\b"
)
#: Directors unseated (lower case): "unseated two directors", "ousted three board members", "unseated two of <Co>'s
#: directors" (the board's owner before its directors: `_OWNER_DIRECTORS`).
_UNSEATED = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:unseated|unseats|unseating|ousted|ousts|toppled|topples|replaced|replaces)\s+"
    + _COUNT
    + r"(?:of\s+)?"
)
#: The directors unseated, after their count (text case): "directors", "board members", "incumbent directors", "of
#: <Co>'s directors" (the owner read apart).
_DIRECTORS = re.compile(
    r"(?:(?:incumbent|sitting|company|management|the\s+company['’]s)\s+)?(?:directors|board\s+members|board\s+directors)\b"
)
#: Nominees elected (lower case): "elected two", "voted in three", "elected a third", "backed two" -- then the
#: challenger's nominees (`_NOMINEES_OF`).
_ELECTED = re.compile(
    r"\b(?:(?:have|has|had)\s+)?(?:elected|elect|elects|voted\s+in|voted\s+for)\s+" + _COUNT
)
#: "nominees" and its kin (lower case) after the challenger's name: " nominees", "'s nominees", " nominee".
_NOMINEE_WORD = re.compile(r"(?:['’]s)?\s+(?:(?:board|director)\s+)?(?:nominees?|candidates?)\b")
#: "nominees of" (lower case) before the challenger's name: "nominees of ", "candidates put forward by ".
_NOMINEES_OF = re.compile(
    r"(?:(?:board|director)\s+)?(?:nominees?|candidates?|directors?)\s+(?:of|from|backed\s+by|put\s+forward\s+by|"
    r"proposed\s+by|nominated\s+by)\s+(?:the\s+)?"
)
#: A contest named by its noun, the company after (lower case): "proxy fight against ", "proxy contest at ",
#: "proxy battle with ", "campaign at ", "board fight at ".
_CONTEST_NOUN = re.compile(
    r"\b(?:proxy\s+(?:fight|contest|battle|war|campaign)|board\s+(?:fight|contest|battle)|activist\s+campaign|"
    r"campaign)\s+(?:against|at|with|over|to\s+overhaul|to\s+shake\s+up)\s+"
)
#: A victory named by its noun (lower case): "victory over ", "win against ", "upset victory at ".
_VICTORY = re.compile(r"\b(?:victory|win|triumph)\s+(?:over|against|at)\s+")
#: The board's words a sentence must hold for a victory to be a board contest's (lower case).
_BOARD_WORDS = re.compile(
    r"\b(?:board|seats?|directors?|nominees?|proxy|shareholder\s+vote|annual\s+meeting)\b"
)
#: A page about a vote of holders (lower case; proxy2): a victory told with no board word in its sentence ("<F>'s
#: victory over <Co> surprised analysts") is the contest's when the page tells the vote elsewhere. Not "board" nor
#: "directors" alone: any company's page names its board.
_VOTE_WORDS = re.compile(
    r"\b(?:proxy|annual\s+meeting|general\s+meeting|shareholder\s+vote|nominees|board\s+seats?|seats\s+(?:on|in)\s+the\s+board)\b"
)
#: A contest lost by the challenger, the verb before its noun (lower case; stop 62, convention (am): collapsed): "lost its
#: ", "has lost a ", "was defeated in its ", "lost the bitter " ("lost ground in its proxy fight" is a contest still
#: fought).
_LOST_NOUN = re.compile(
    r"\b(?:(?:(?:has|have|had)\s+)?(?:lost|loses|losing)|lose|(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:defeated|beaten)\s+in)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?$"
)
#: The verb of a contest fought before its noun (lower case): "launched a ", "won a ", "is waging a ", "'s " (the
#: challenger's possessive, read apart).
_WON_NOUN = re.compile(
    r"\b(?:won|wins|has\s+won|have\s+won|winning)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?$"
)
#: Between the challenger and its verb (text case; the gap words of auction_sales' winner): a legal form, an appositive of lower-case words between commas (",
#: an activist investment firm,") or a relative clause (", which owns 2% of <Co>,"), also after a short description
#: (", an activist fund that owns a 0.03% stake in <Co>,"; proxy2), then up to four lower-case words
#: that open no clause (" on Wednesday", " has").
_CHALLENGER_GAP = re.compile(
    LEGAL_FORM_GAP
    + r"(?:,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,5}?[a-z][\w-]*,|,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?)?"
    + r"(?:which|who|that)\s+[^,;:()]{1,80}?,)?"
    + r"(?:"
    + GAP_WORD
    + r"|"
    + WEEKDAY_GAP
    + r"){0,4}?\s+"
)
#: A preposition right before a name (lower case): its object, never the subject of the verb after it.
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|at|on|for|from|with|by|into|over|against)\s+(?:the\s+)?$")
#: Between a verb or a preposition and the company after it (text case): an article, a lower-case descriptor ("the
#: oil major ", "petroleum giant "), at most five words.
_COMPANY_GAP = re.compile(r"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,5}?")
#: After the company that owns the board (text case): "'s board", "’s 12-member board", "'s directors".
_OWNS_BOARD = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:board|directors|board\s+members)\b")
#: A board owned by capitalised words the page types as no company (text case): "Harbour Mobil’s board", "Kestrel
#: Group's 12-member board" -- a board all the same, its owner read from the sentence or the page.
_NAMED_BOARD = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+(?:[\w-]+\s+){0,2}?board\b")
#: A board named by a pronoun or a description (lower case): "its board", "the company's board", "the board".
_ITS_BOARD = re.compile(r"(?:its|their|the)\s+(?:[\w’'-]+\s+){0,2}?board\b")
#: "the board of " (lower case) before the company.
_BOARD_OF = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:board|boardroom)\s+(?:of|at)\s+")
#: The holders' nouns, one list for the two places below (stop 63).
_HOLDER_NOUNS = r"(?:shareholders|stockholders|investors|holders)"
#: The holders before their vote (text case): "<Co> shareholders ", "<Co>'s investors ", "shareholders of <Co>".
_HOLDERS_AFTER = re.compile(r"(?:['’]s?)?\s+" + _HOLDER_NOUNS + r"\b")
_HOLDERS_OF = re.compile(r"\b" + _HOLDER_NOUNS + r"\s+(?:of|in|at)\s+")
#: Before the board nominees are put up for (lower case): " for election to ", " for ".
_FOR_ELECTION = re.compile(r"\s+for\s+(?:election\s+to\s+)?")
#: A possessive's ending and the space after it (text case).
_POSSESSIVE = re.compile(r"['’]s?\s+")
#: Before the board whose directors are unseated (lower case): " from ", " at ", " of ", " on ".
_FROM_BOARD = re.compile(r"\s+(?:from|at|of|on)\s+")
#: Before the board nominees are elected to (lower case): " to ", " on ".
_TO_BOARD = re.compile(r"\s+(?:to|on)\s+")
#: How far the company may stand after its preposition.
_REACH = 80
#: The words each form holds one of (lower case).
_NEEDLES = ("seat", "nomin", "elect", "voted", "unseat", "ousted", "ousts", "topple", "replace", "proxy", "campaign",
            "victory", "win ", "triumph", "candidat", "board")  # fmt: skip


@dataclass(frozen=True, slots=True)
class BoardContest:
    """A board contest told in one sentence: where its words stand, the challenger (None when the sentence names it
    only by a description), the company whose board it is (None when unnamed), whether the vote is told won (closed)
    or the contest only fought (announced)."""

    start: int
    end: int
    challenger: _Name | None
    company: _Name | None
    won: bool
    #: the contest told lost by the challenger ("lost its proxy fight against <Co>"; stop 62)
    lost: bool = False

    @property
    def stage(self) -> str:
        return "closed" if self.won else "collapsed" if self.lost else "announced"


def _challenger(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The organisation right before the verb at `at` (an appositive or a few lower-case words between), not one that
    owns a noun after it."""
    before = [n for n in _orgs_in(doc, s0, at) if n.end <= at and not _possessor(doc, n)]
    # the last one whose gap to the verb is an aside or a few words: "<F>, which owns a stake in <Co>, won ..." is F's;
    # a name after a preposition is its object, no subject ("a stake in <Co> successfully nominating ...")
    return next(
        (
            n
            for n in reversed(before[-3:])
            if _CHALLENGER_GAP.fullmatch(doc.text, n.end, at)
            and not _PREPOSITION_BEFORE.search(doc.low, max(s0, n.start - 8), n.start)
        ),
        None,
    )


def _possessive_before(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The organisation whose possessive stands right before `at` ("<F>'s campaign", "<F>’s upset victory")."""
    before = [n for n in _orgs_in(doc, s0, at) if n.end <= at and _possessor(doc, n)]
    if not before:
        return None
    last = before[-1]
    return last if re.fullmatch(r"['’]s?\s+(?:[\w-]+\s+){0,2}?", doc.text[last.end : at]) else None


def _company_after(doc: _Doc, at: int, s1: int) -> _Name | None:
    """The company named from `at` on: "<Co>'s board", "the board of <Co>", "<Co>" after a short descriptor."""
    hi = min(s1, at + _REACH)
    board_of = _BOARD_OF.match(doc.low, at, hi)
    start = board_of.end() if board_of is not None else at
    first = next(iter(_orgs_in(doc, start, hi)), None)
    if first is None or not _COMPANY_GAP.fullmatch(doc.text, start, first.start):
        return None
    return first


def _board_owner(doc: _Doc, at: int, s1: int) -> _Name | None:
    """The company whose board is named from `at` on ("<Co>'s board", "the board of <Co>"); None for a seat at no
    board ("a seat at the table")."""
    hi = min(s1, at + _REACH)
    board_of = _BOARD_OF.match(doc.low, at, hi)
    if board_of is not None:
        return _company_after(doc, at, s1)
    first = next(iter(_orgs_in(doc, at, hi)), None)
    if first is None or not _COMPANY_GAP.fullmatch(doc.text, at, first.start):
        return None
    return first if _OWNS_BOARD.match(doc.text, first.end, hi) else None


def _holders_company(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The company whose holders vote, named before the vote at `at`: "<Co> shareholders", "shareholders of <Co>"."""
    for n in reversed(_orgs_in(doc, s0, at)):
        if _HOLDERS_AFTER.match(doc.text, n.end, at):
            return n
    last = None
    for found in _HOLDERS_OF.finditer(doc.low, s0, at):
        last = found
    return _company_after(doc, last.end(), at) if last is not None else None


def _nominees_owner(doc: _Doc, at: int, s1: int) -> tuple[_Name | None, int] | None:
    """The challenger whose nominees are elected, named from `at` on: "<F> nominees", "<F>'s nominees", "nominees of
    <F>"; with the end of the nominees' words."""
    hi = min(s1, at + _REACH)
    of = _NOMINEES_OF.match(doc.low, at, hi)
    if of is not None:
        first = next(iter(_orgs_in(doc, of.end(), hi)), None)
        if first is not None and _COMPANY_GAP.fullmatch(doc.text, of.end(), first.start):
            return first, first.end
        return None
    first = next(iter(_orgs_in(doc, at, hi)), None)
    if first is None or not _COMPANY_GAP.fullmatch(doc.text, at, first.start):
        return None
    word = _NOMINEE_WORD.match(doc.low, first.end, hi)
    return (first, word.end()) if word is not None else None


def _seats(doc: _Doc, s0: int, s1: int) -> list[BoardContest]:
    """Seats won or sought: "<F> won two seats on <Co>'s board", "<F> is seeking four board seats at <Co>", "<F> wins
    two <Co> board seats"."""
    low = doc.low
    out: list[BoardContest] = []
    for pattern, won in ((_WON_SEATS, True), (_SOUGHT_SEATS, False)):
        for m in pattern.finditer(low, s0, s1):
            on = _SEAT_ON.match(low, m.end(), s1)
            company = _board_owner(doc, on.end(), s1) if on is not None else None
            if company is None and on is not None and "board" in low[m.start() : m.end()]:
                company = _company_after(doc, on.end(), s1)  # "won two board seats at <Co>"
            if company is None and not (
                on is not None
                and (
                    "board" in low[m.start() : m.end()]
                    or _BOARD_OF.match(low, on.end(), s1)
                    or _NAMED_BOARD.match(doc.text, on.end(), s1)
                    or _ITS_BOARD.match(low, on.end(), s1)
                )
            ):
                continue  # "won a seat at the table": no board ("on the board of the miner", "on its board": a board, its owner
                # unnamed, read by _described_company)
            # the contest's words run through its board ("won two seats in the board of directors of <Co>"): the
            # board's own appointment cues are the contest's
            board_of = _BOARD_OF.match(low, on.end(), s1) if on is not None else None
            end = board_of.end() if board_of is not None else m.end()
            out.append(BoardContest(m.start(), end, _challenger(doc, s0, m.start()), company, won))
    for m in _WON_COUNT.finditer(low, s0, s1):
        first = next(iter(_orgs_in(doc, m.end(), min(s1, m.end() + _REACH))), None)
        if first is None or first.start != m.end():
            continue
        seats = _SEATS_AFTER.match(low, first.end, s1)
        if seats is not None:
            out.append(BoardContest(m.start(), seats.end(), _challenger(doc, s0, m.start()), first, True))
    return out


def _nominated(doc: _Doc, s0: int, s1: int) -> list[BoardContest]:
    """Nominees put up: "<F> has nominated three directors to <Co>'s board" (fought), "successfully nominating three
    directors to its board" (won)."""
    low = doc.low
    out: list[BoardContest] = []
    for m in _NOMINATED.finditer(low, s0, s1):
        on = _SEAT_ON.match(low, m.end(), s1) or _FOR_ELECTION.match(low, m.end(), s1)
        company = _board_owner(doc, on.end(), s1) if on is not None else None
        if company is None and not (on is not None and _ITS_BOARD.match(low, on.end(), s1)):
            continue
        done = m.group("done") is not None
        out.append(BoardContest(m.start(), m.end(), _challenger(doc, s0, m.start()), company, done))
    return out


def _unseated(doc: _Doc, s0: int, s1: int) -> list[BoardContest]:
    """Directors unseated: "<F> unseated two directors at <Co>", "<F> ousted two of <Co>'s directors"."""
    low = doc.low
    out: list[BoardContest] = []
    for m in _UNSEATED.finditer(low, s0, s1):
        hi = min(s1, m.end() + _REACH)
        owner = next(iter(_orgs_in(doc, m.end(), hi)), None)
        company: _Name | None = None
        at = m.end()
        if (
            owner is not None
            and _COMPANY_GAP.fullmatch(doc.text, m.end(), owner.start)
            and _possessor(doc, owner)
        ):
            owns = _POSSESSIVE.match(doc.text, owner.end, hi)
            if owns is not None:
                company, at = owner, owns.end()
        directors = _DIRECTORS.match(low, at, hi)
        if directors is None:
            continue  # "ousted the chief executive": an appointment's departure, no board contest
        if company is None:
            on = _FROM_BOARD.match(low, directors.end(), hi)
            if on is not None:
                company = _board_owner(doc, on.end(), s1) or _company_after(doc, on.end(), s1)
        # directors unseated are a board's, also when the page names its company by a description ("at the miner")
        out.append(BoardContest(m.start(), directors.end(), _challenger(doc, s0, m.start()), company, True))
    return out


def _elected(doc: _Doc, s0: int, s1: int) -> list[BoardContest]:
    """Nominees elected: "<Co> shareholders elected two <F> nominees", "elected a director nominated by <F>"."""
    out: list[BoardContest] = []
    for m in _ELECTED.finditer(doc.low, s0, s1):
        owner = _nominees_owner(doc, m.end(), s1)
        if owner is None:
            continue  # "was elected chair": a post, no contest
        challenger, end = owner
        company = _holders_company(doc, s0, m.start())
        if company is None:
            to = _TO_BOARD.match(doc.low, end, s1)
            company = _board_owner(doc, to.end(), s1) if to is not None else None
        # nominees elected sit on a board, also when the page names its company by a description ("to sit on the oil
        # group's board")
        out.append(BoardContest(m.start(), end, challenger, company, True))
    return out


def _named_contests(doc: _Doc, s0: int, s1: int) -> list[BoardContest]:
    """A contest or a victory named by its noun: "<F> launched a proxy fight against <Co>", "<F>'s campaign at <Co>",
    "won a proxy contest against <Co>", "<F>'s victory over <Co>" (beside a board's words)."""
    low = doc.low
    out: list[BoardContest] = []
    for m in _CONTEST_NOUN.finditer(low, s0, s1):
        company = _company_after(doc, m.end(), s1)
        if company is None:
            continue
        challenger = _possessive_before(doc, s0, m.start())
        won = lost = False
        if challenger is None:
            verb = _WON_NOUN.search(low, max(s0, m.start() - 40), m.start())
            defeat = None if verb is not None else _LOST_NOUN.search(low, max(s0, m.start() - 50), m.start())
            won, lost = verb is not None, defeat is not None
            told = verb or defeat
            at = told.start() if told is not None else _verb_start(low, s0, m.start())
            challenger = _challenger(doc, s0, at)
        out.append(BoardContest(m.start(), m.end(), challenger, company, won, lost))
    victories = list(_VICTORY.finditer(low, s0, s1))
    if victories and (_BOARD_WORDS.search(low, s0, s1) or _VOTE_WORDS.search(low)):
        for m in victories:
            company = _company_after(doc, m.end(), s1)
            challenger = _possessive_before(doc, s0, m.start())
            if company is not None and challenger is not None:
                out.append(BoardContest(m.start(), m.end(), challenger, company, True))
    return out


def board_contests(doc: _Doc, s0: int, s1: int) -> list[BoardContest]:
    """The board contests the sentence [s0, s1) tells, in text order (a side unnamed: None; a contest with neither
    side named is left out). Read once per sentence (`_Doc.contests`): the kind's votes, the deal's sides and its
    stage all ask."""
    told = doc.contests.get((s0, s1))
    if told is None:
        told = doc.contests[(s0, s1)] = _contests(doc, s0, s1)
    return told


def _contests(doc: _Doc, s0: int, s1: int) -> list[BoardContest]:
    """The board contests the sentence [s0, s1) tells (`board_contests`), read from its text."""
    if not needle_within(doc.low, _NEEDLES, s0, s1):
        return []
    found = [
        _described_company(doc, s0, s1, c)
        for form in (_seats, _nominated, _unseated, _elected, _named_contests)
        for c in form(doc, s0, s1)
    ]
    return sorted(
        (
            c
            for c in found
            if (c.challenger is not None or c.company is not None)
            and (c.challenger is None or c.company is None or c.challenger.entity_id != c.company.entity_id)
        ),
        key=lambda c: c.start,
    )


#: The verb before a contest's noun (lower case): "has launched a ", "is waging a ", "started its ". A contest
#: told lost ("lost a proxy fight") is no contest still fought: `_LOST_NOUN` reads it, collapsed (stop 62).
_FOUGHT_NOUN = re.compile(
    r"\b(?:(?:has|have|had|is|are|was|were)\s+)?(?:launched|launches|launching|waging|waged|wages|started|starts|"
    r"began|begun|begins|opened|opens|mounted|mounts|mounting|stepped\s+up|escalated|escalates|ramped\s+up)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?$"
)


def _verb_start(low: str, s0: int, at: int) -> int:
    """Where the verb that fights the contest named at `at` starts ("launched a proxy fight"), else `at`."""
    verb = _FOUGHT_NOUN.search(low, max(s0, at - 50), at)
    return verb.start() if verb is not None else at


def _described_company(doc: _Doc, s0: int, s1: int, c: BoardContest) -> BoardContest:
    """A contest whose board the sentence names by a description ("on the board of the miner", "two directors at the
    $40 billion company", "to its board"): the company is the one other organisation the sentence names ("<F>, which
    owns 1% of <Co>, unseated two directors at the miner"); none when it names none or several."""
    if c.company is not None:
        return c
    others = {
        n.entity_id: n
        for n in _orgs_in(doc, s0, s1)
        if c.challenger is None or n.entity_id != c.challenger.entity_id
    }
    if len(others) != 1:
        return c
    return BoardContest(c.start, c.end, c.challenger, next(iter(others.values())), c.won, c.lost)


def board_contest_stage(
    doc: _Doc, spans: list[tuple[int, int]]
) -> tuple[BoardContest, tuple[int, int]] | None:
    """The stage of the board contest the spans tell (and its sentence): the first contest told won or lost (stop 62),
    else the first told fought."""
    found = [(c, sp) for sp in spans for c in board_contests(doc, *sp)]
    decided = next(((c, sp) for c, sp in found if c.won or c.lost), None)
    return decided or next(iter(found), None)
