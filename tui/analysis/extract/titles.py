"""How a title matched in the text reads, for the appointment's new post and the other titles: its rank
("vice president" is no president; the highest-ranked part of "chairman and chief executive"), the
business functions after a vice president's title, its modifiers (interim, acting, co, and permanent
said or by default), and whether it is only a seat on the board.

Pure functions over `fact_layout._Doc` and the gazetteer's titles; every pattern is linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.analysis.extract.fact_layout import _Doc, _Name, _sentence_of
from tui.analysis.extract.fact_tables import _Tables
from tui.analysis.extract.gazetteer import Tables, normalize_title, tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.succession import POST_NOUN, persons_in
from tui.analysis.model import JOINED_TITLE_SEP, PERMANENCE_STATED

_PERMANENT = led(r"\bpermanent(?:ly)?\b")


#: The posts in the order a joined title is reduced to ("chairman and chief executive": ceo).
_TITLE_RANK = ("ceo", "chair", "executive chair", "president", "cfo", "coo", "cto")


def _highest_ranked(parts: Sequence[str]) -> str:
    """The highest-ranked of a joined title's parts (`_TITLE_RANK`); a part it does not rank comes last,
    and of two parts of one rank the first."""
    return sorted(parts, key=lambda t: _TITLE_RANK.index(t) if t in _TITLE_RANK else len(_TITLE_RANK))[0]


#: After a chair's title, the board it chairs (stop 49): "chairman of the board", "chair of its board of directors".
_OF_THE_BOARD = re.compile(r"\s+of\s+(?:the|its)\s+board(?:\s+of\s+directors)?(?![\w-])")


def _title_at(doc: _Doc, m: re.Match[str]) -> tuple[str, list[str], int]:
    """(normalized title, modifiers, end) of a title match, with a joined title ("chairman and chief
    executive", "chairman of the board and CEO") reduced to its highest-ranked part and "on an interim basis"
    read as a modifier."""
    tab = tables()
    parts = [ranked_title(tab, m)]  # "vice president", not the "president" the pattern's groups read
    mods = [w.lower().rstrip("-") for w in re.split(r"[\s-]+", m.group("mods")) if w]
    end = m.end()
    board = _OF_THE_BOARD.match(doc.text, end) if parts[0] == "chair" else None
    if board is not None and re.match(r"\s+(?:and|&)\s+", doc.text[board.end() : board.end() + 8]):
        end = (
            board.end()
        )  # "chairman of the board and CEO": the board is the chair's own, a second post follows
    nxt = re.match(r"\s+(?:and|&)\s+", doc.text[end : end + 8])
    if nxt:
        m2 = tab.title_re.match(doc.text, end + nxt.end())
        if m2:
            parts.append(ranked_title(tab, m2))
            mods += [w.lower().rstrip("-") for w in re.split(r"[\s-]+", m2.group("mods")) if w]
            end = m2.end()
    return _joined_title(parts), mods, end


#: What a person is, never a post held (stop 58): "<Org> founder X", "co-founder X" names who founded it (read by the
#: former title, and by the co-held post one holder keeps alone, stop 61).
_NO_POST = frozenset({"founder"})
#: The company's top posts: a joined title holding one of them is that post ("president and CEO": the chief).
_TOP_POSTS = frozenset(("ceo", "chair", "executive chair"))


def _joined_title(parts: Sequence[str]) -> str:
    """A joined title as one post: its highest-ranked part when one part is a top post ("chairman and chief
    executive": ceo), else both posts below the top as written ("president and chief operating officer": president
    and coo; "CFO and COO": cfo and coo), one post held whole (stop 61)."""
    ranked = [p for p in dict.fromkeys(parts) if p in _TITLE_RANK]
    if len(ranked) == 2 and len(parts) == 2 and not _TOP_POSTS & set(ranked):
        return JOINED_TITLE_SEP.join(ranked)
    return _highest_ranked(parts)


#: An honorary title (stop 59): "emeritus" or "emerita" right after a title ("chairman emeritus", “chairman
#: emeritus” in quotation marks), or "honorary" or "emeritus" right before it ("honorary chairman").
_HONORARY_AFTER = re.compile(r"[\"”’']?\s*(?:emeritus|emerita|emeriti)\b", re.IGNORECASE)
_HONORARY_BEFORE = re.compile(r"\b(?:honorary|emeritus|emerita)\s+$", re.IGNORECASE)


def honorary(doc: _Doc, m: re.Match[str]) -> bool:
    """Is the title at `m` an honorary one, the title the one leaving takes on the way out ("will become chairman
    emeritus", "the role of honorary chairman")? No post that runs anything: never the appointment's new post."""
    return bool(
        _HONORARY_AFTER.match(doc.text, m.end())
        or _HONORARY_BEFORE.search(doc.text, max(0, m.start() - 12), m.start())
    )


def _modifiers(
    doc: _Doc, tab: _Tables, mods: list[str], sent: tuple[int, int], start: int, end: int
) -> list[str]:
    """The post's modifiers: interim or acting (in the title or as a phrase after it: "on an interim
    basis"), co ("co-CEOs"), else permanent."""
    out: list[str] = [str(v) for v in ("interim", "acting") if v in mods][:1]
    if not out:
        # "the lender's temporary CEO": a word of the list right before the title (stop 58)
        before = _meanwhile_word(
            doc, tab, max(sent[0], start - _WORD_BEFORE_REACH), start, right_before=start
        )
        found = before or _meanwhile_word(doc, tab, end, min(sent[1], end + 60))
        if found is not None and not before and persons_in(doc, end, found[1][0]):
            # "named Y CEO, with Z serving as interim CEO": the word after another person is their post's (stop 60)
            found = None
        out = [found[0]] if found is not None else []
    if not out and _permanence_stated(doc, sent, start, end):
        out = ["permanent"]
    if "co" in mods:
        out.append("co")
    return out or ["permanent"]


#: After a title, in its own clause: the post held for good ("named Y chief executive permanently",
#: "... CEO on a permanent basis"). "a permanent successor" there is someone else's post, not this one.
_PERMANENT_AFTER = re.compile(r"\bpermanently\b|\bon\s+a\s+permanent\s+basis\b")
_PERMANENT_AFTER_REACH = 40


def _permanence_stated(doc: _Doc, sent: tuple[int, int], start: int, end: int) -> bool:
    """Does the text say the post of the title at start..end is held for good: "permanent" right
    before it ("named permanent CEO") or "permanently" / "on a permanent basis" after it in its own
    clause ("named Y CEO permanently")?"""
    if _PERMANENT.search(doc.low, max(sent[0], start - 12), end):
        return True
    hi = min(sent[1], end + _PERMANENT_AFTER_REACH)
    stop = _OWN_CLAUSE_END.search(doc.text, end, hi)
    return _PERMANENT_AFTER.search(doc.low, end, stop.start() if stop is not None else hi) is not None


def _modifier_rule(
    doc: _Doc, rule: str, modifiers: Sequence[str], sent: tuple[int, int], start: int, end: int
) -> str:
    """A modifier fact's rule, marked when "permanent" is what the text says, not the default."""
    if "permanent" in modifiers and _permanence_stated(doc, sent, start, end):
        return rule + PERMANENCE_STATED
    return rule


def _lead_title(title: str) -> str:
    """The highest-ranked part of a joined new title ("president and ceo" -> "ceo")."""
    return _highest_ranked(re.split(r"\s+(?:and|&)\s+", title))


#: Between a label and the name it labels: "CEO X", "chief executive, X" (also a title marked new and the person
#: after it, new_post.py: "its new CEO X", "the incoming finance chief, X"); and how far before the name the label may
#: start. A space or a comma only: read with the title's abbreviation in brackets (former_title.TITLE_TO_NAME) it moved
#: a real page's organization (stop 61).
_LABEL_TO_NAME = re.compile(r",?\s+")
_LABEL_REACH = 60


def _label_before(doc: _Doc, pos: int) -> re.Match[str] | None:
    """The title that labels the name starting at `pos` ("Orbitex CEO X", "chief executive, X"): the last
    one starting in the `_LABEL_REACH` characters before it with only a space or a comma between, or None."""
    lo = max(0, pos - _LABEL_REACH)
    found = reversed(list(tables().title_re.finditer(doc.text, lo, pos)))
    return next((t for t in found if _LABEL_TO_NAME.fullmatch(doc.text, t.end(), pos)), None)


#: The business functions told after a post: "vice president of Financial Planning and Analysis",
#: "vice-president for sales and marketing" (up to six words; `function_tail` keeps them only when each is
#: one of gazetteer.yaml's `function_areas`).
_FUNCTION_TAIL = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<unit>[A-Za-z]+(?:(?:\s*,\s*|\s+(?:and\s+|&\s+)?)[A-Za-z]+){0,5})"
)
_FUNCTION_WORD = re.compile(r"[A-Za-z]+|&")


def function_tail(text: str, end: int) -> tuple[str, int] | None:
    """The business functions a post is of, told right after it at `end` ("of Financial Planning and
    Analysis": "financial planning and analysis", and where they end), the longest run of function words
    (`function_areas`) joined by spaces, commas, "and" or "&"; None when the first word is none ("of
    Dalvik and Corvane Holdings" names companies)."""
    m = _FUNCTION_TAIL.match(text, end)
    if m is None:
        return None
    areas = tables().function_areas
    kept: list[str] = []
    stop = -1
    for w in _FUNCTION_WORD.finditer(text, m.start("unit"), m.end("unit")):
        low = w.group().lower()
        if low in ("and", "&"):
            kept.append("and")
            continue
        if low not in areas:
            break
        kept.append(low)
        stop = w.end()
    while kept and kept[-1] == "and":
        kept.pop()
    return (" ".join(kept), stop) if kept else None


def ranked_title(tab: Tables, m: re.Match[str]) -> str:
    """The title matched at `m` with the rank its modifiers carry: the title pattern reads "vice
    president" as the modifier "vice" and the title "president", "senior vice president" likewise; the
    longest run of the modifiers' last words and the title that the gazetteer knows is the title
    ("former senior vice president": "senior vice president"), else the title alone."""
    title = m.group("title").lower().split()
    mods = m.group("mods").lower().replace("-", " ").split()
    for k in range(len(mods)):
        key = " ".join([*mods[k:], *title])
        if key in tab.titles or (key.endswith("s") and key[:-1] in tab.titles):
            return normalize_title(tab, key)
    # a rank right before a post the gazetteer knows alone is another post, never that one: "deputy chief
    # executive" is "deputy ceo", "vice chairman" "vice chair" (stop 35)
    if mods and mods[-1] in _RANKS:
        return f"{mods[-1]} {normalize_title(tab, m.group('title'))}"
    return normalize_title(tab, m.group("title"))


#: Ranks below a post, as title modifiers right before it (closed class).
_RANKS = frozenset(["deputy", "vice"])


#: Before "director": a seat on the board, not a post that runs the company ("joined the board as an
#: independent director", "a non-executive director").
_SEAT_BEFORE = re.compile(r"\b(?:independent|non-executive|nonexecutive|non-exec|outside|supervisory)[\s-]+$")


def _board_seat(doc: _Doc, m: re.Match[str]) -> bool:
    """Is the title a board seat ("an independent director")? It yields to any other post the text gives."""
    if normalize_title(tables(), m.group("title")) != "director":
        return False
    # the seat word may be the title's own first word ("independent director" is a title of the gazetteer)
    end = m.start("title") + len(m.group("title").split()[0]) + 1
    return _SEAT_BEFORE.search(doc.low, max(0, m.start("title") - 30), end) is not None


#: Where the successor's own clause ends: a relative clause or a new clause is someone else's words; an absolute
#: "with" too (stop 60: "X will take over as CEO on May 5, with Z serving as interim CEO until then").
_OWN_CLAUSE_END = re.compile(r",\s+(?:who|which|whose|while|and|but|after|as|with)\b|;|\s[-–—]\s|[.!?]")


#: How far before a title a word of the interim list may start ("caretaker" and a space).
_WORD_BEFORE_REACH = 16
#: After an interim word of one word (stop 58): the noun of a post it is said of ("interim basis", "temporary
#: chief", "caretaker role", a title); "interim dividend", "temporary store closures" say it of something else.
_POST_AFTER = re.compile(r"\s+(?:basis|boss|chief|leader|head|" + POST_NOUN + r")\b")
#: "in the interim" (or "for the interim") as a time of its own: not "in the interim period" (a noun after it).
_IN_THE_INTERIM = re.compile(r"\b(?:in|for)\s+the\s+$")
_GAP = re.compile(r"\s*")
_FUNCTION_NEXT = re.compile(
    r"(?:\s*[,.;:!?)\]\u2014\u2013-]|\s*$|\s+(?:until|till|while|as|and|but|before|after|when|pending|following|"
    r"with|at|on|for|to|from|while)\b)"
)


def _meanwhile_word(
    doc: _Doc, tab: _Tables, lo: int, hi: int, right_before: int = -1
) -> tuple[str, tuple[int, int]] | None:
    """The first word of the lexicon's interim or acting list (events.yaml `modifiers`, the one list) between
    `lo` and `hi` that is said of a post (stop 58): a phrase ("on an interim basis") or an adverb
    ("temporarily") as it stands; one adjective ("interim", "temporary", "caretaker") only before a title or a
    post's noun, or as "in the interim" with no noun after it; (value, span) or None. `right_before`: only a
    word ending right before that place, a space between ("the lender's temporary CEO")."""
    gtab = tables()
    for value, pattern in tab.modifiers:
        if value not in ("interim", "acting"):
            continue
        for m in pattern.finditer(doc.low, lo, hi):
            if right_before >= 0 and not re.fullmatch(r"\s+", doc.low[m.end() : right_before]):
                continue
            word = m.group()
            if right_before >= 0 or " " in word.strip() or word.endswith("ly"):
                return value, (m.start(), m.end())
            gap = _GAP.match(doc.text, m.end())
            nxt = gap.end() if gap is not None else m.end()
            if gtab.title_re.match(doc.text, nxt) or _POST_AFTER.match(doc.low, m.end()):
                return value, (m.start(), m.end())
            if _IN_THE_INTERIM.search(doc.low, max(0, m.start() - 10), m.start()) and _FUNCTION_NEXT.match(
                doc.low, m.end()
            ):
                return value, (m.start(), m.end())
    return None


_OWN_CLAUSE_REACH = 60
#: Between a name and an interim word, a clause told in the past: "X had run it on an interim basis" is an
#: earlier stint, no modifier of the new post.
_PAST_CLAUSE = re.compile(r"\b(?:has|have|had|was|were|been|since)\b")


def _meanwhile_in_clause(doc: _Doc, tab: _Tables, person: _Name) -> tuple[str, tuple[int, int]] | None:
    """An interim or acting word in the person's own clause, after the name: "X will take over in
    the interim", "X will lead the firm on an interim basis", "X will return as chief executive, the company
    said, on an interim basis" (the post is then held meanwhile, not for good); (value, span) or None. A later
    clause ("..., who was interim CFO") and a stint told in the past ("X had led it on an interim basis") are
    not read."""
    sent = _sentence_of(doc.body, person.start) or doc.headline
    if sent is None or not sent[0] <= person.start < sent[1]:
        return None
    hi = min(sent[1], person.end + _OWN_CLAUSE_REACH)
    stop = _OWN_CLAUSE_END.search(doc.text, person.end, hi)
    hi = stop.start() if stop is not None else hi
    found = _meanwhile_word(doc, tab, person.end, hi)
    if found is None or _PAST_CLAUSE.search(doc.low, person.end, found[1][0]):
        return None
    return found


def _meanwhile_told(
    doc: _Doc,
    tab: _Tables,
    modifiers: list[str],
    person: _Name,
    spans: Sequence[tuple[int, int]],
    post: tuple[tuple[int, int], int, int],
) -> list[str]:
    """The post's modifiers once its holder is known (stop 58): a post left permanent by default is held
    meanwhile when one of the holder's mentions in `spans` (the top of the story) says so in its own clause
    ("X comes back to run the firm on an interim basis", "X will serve in the interim"); a permanence
    the text states, or a title's own modifier, stays. `post`: the title's sentence, start and end."""
    if modifiers != ["permanent"] or _permanence_stated(doc, *post):
        return modifiers
    for n in doc.names:
        if n.entity_id != person.entity_id or not any(s0 <= n.start < s1 for s0, s1 in spans):
            continue
        found = _meanwhile_in_clause(doc, tab, n)
        if found is not None:
            return [found[0]]
    return modifiers
