"""Direct quotations: the exact words between quotation marks, their speaker, speech or scare quote.

Marks: curly and straight, in any pairing within one family (double “…", "…” or single ‘…', '…’),
and guillemets «…» (Swiss, French and other European outlets' English pages);
a pair of single marks typed for a double one (‘‘…,‘’ / ''…'') reads as that double mark
(`doubled_singles_as_double`, applied by the caller to the text it reads quotations and cues in);
a straight mark opens after white space or an opening bracket/dash/colon (or glued to a one-word
label that opens the paragraph, a forum's furniture: `Quote"...`) and closes before
anything but a letter, so that apostrophes ("can't", "Wiz’s") are not taken for quotes. An
opening curly mark that ends its paragraph while a quotation is open closes it (a mark typed the
wrong way round: `“...reputation. “`), and so does one glued to the quotation's last word or
comma with a space after it inside the paragraph (`“...,“ a spokesperson said`). A quotation may
hold one in its own family's marks (`"The order "ends the case," so it is CLOSED."`): the outer
one is the quotation, unless it never closes (then the inner one stands alone). A quote
is at most MAX_QUOTE characters; it crosses a paragraph end only newspaper-style (see
`find_quotes`), and one still open where the text ends is kept as cut off. The span holds the
words inside the marks without a trailing comma ("Behemoth," -> "Behemoth").

Speaker (given in quote_speakers.py): the source of an attribution in the same sentence
(`"Q," S said`, `S said, "Q"`, "one analyst called a “black eye”"), else, for a paragraph that is
all quotation, the last source named in the paragraph before (METHODS.md §2, pattern 5); else None
("unattributed").
Kind: one or two words with no reporting cue leading into them are a scare quote
(“superintelligence”, “fair use”), kept apart from speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUOTE = 2000
_MARKS = re.compile("[“”‘’\"'«»]")
#: Each mark's family: double (0), single (1), guillemets (2); a quotation closes in its own family.
_FAMILY = {"“": 0, "”": 0, '"': 0, "‘": 1, "’": 1, "'": 1, "«": 2, "»": 2}
#: Marks that only ever open a quotation.
_OPENING = frozenset("“‘«")
#: Characters after which a straight mark opens a quotation: "said: 'yes'", "(“a”)", "—“b”".
_OPENERS = frozenset("([{—–-/:;,")
#: A page's own mark that it cut a quotation there, at the end of a paragraph: "[…]", "[...]", "…",
#: "..." (white space may follow).
_CUT_MARK = re.compile(r"\s*(?:\[\s*(?:…|\.{3})\s*\]|…|\.{3})\s*$")
#: A paragraph whose last words close a sentence: ".", "!", "?" or "…", white space after.
_ENDS_SENTENCE = re.compile(r"[.!?…]\s*$")
#: A reporting clause of the page after a comma ("..., the statement said"): a paragraph that holds one
#: after an opening mark lost its closing mark before it, so the words do not run on to its end.
_PAGE_CUE = re.compile(r",\s+(?:[\w’'-]+\s+){0,4}?(?:said|says|added|adds|told|stated|wrote|writes)\b")
#: Two single marks side by side (‘‘, ‘’, '', ’’): some pages type a double mark so.
_SINGLE_PAIR = re.compile("[‘’'][‘’']")
_LEAD_IN = re.compile(r"\b(?:that|it|a|an|as|them|this|him|her|was|is|be|of)\s*$|[:,]\s*$", re.IGNORECASE)


@dataclass(slots=True)
class RawQuote:
    start: int
    end: int
    words: int
    #: The quotation runs on past its paragraph (newspaper style: the next paragraph opens again).
    continued: bool = False
    #: The text ends inside the quotation (an excerpt cut off before the closing mark).
    cut_off: bool = False


def _can_open(text: str, i: int, p0: int, p1: int) -> bool:
    ch = text[i]
    if ch in "“‘":
        return i + 1 < p1 and not text[i + 1].isspace()
    if ch in "«»":
        return ch == "«" and i + 1 < p1  # (French style leaves a space inside: « mot »)
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < p1 else " "
    if not (before.isspace() or before in _OPENERS or (ch == '"' and _after_label(text, i, p0))):
        return False
    if ch == '"' and after == " " and i + 2 < p1 and text[i + 2].isalnum():
        # a stray space after the mark: 'Stark said, " We will' opens after a comma or a colon
        return text[p0:i].rstrip()[-1:] in (",", ":")
    return after.isalnum() if ch == "'" else not after.isspace()


#: A paragraph's first word glued to a straight double mark is page furniture (a forum's "Quote"
#: label before each quoted post) when it is one capitalised word of at most this many letters.
MAX_LABEL = 12


def _glued_after_stop(text: str, i: int, p0: int, p1: int) -> bool:
    """Is the straight double mark at `i` glued to a sentence's stop before it and to a capital letter
    after it (`...in 1993."We will grow," she said`: a page whose paragraph breaks were lost)? With no
    quotation open, it opens one; a word before the stop must have two letters or more, so that an
    initial or an abbreviation ("U.S."A) is no stop."""
    if text[i] != '"' or i < p0 + 3 or i + 1 >= p1:
        return False
    return text[i - 1] in ".!?" and text[i - 2].isalpha() and text[i - 3].isalpha() and text[i + 1].isupper()


def _closing_mark_opens(text: str, i: int, p0: int, p1: int) -> bool:
    """Is the closing double curly mark at `i`, with no quotation open, one typed for an opening mark
    (a spun or re-typed page's `... a ruling. ” The order only delays it”, she said`)? It stands at the
    paragraph's start or after white space, a capital letter follows it (one space between allowed), and
    another closing double mark later in the paragraph closes the quotation it opens. A mark before a
    lower-case word (`a win ” she said`: a closing mark with a space typed before it) or one that nothing
    closes after opens nothing."""
    if text[i] != "”" or (i > p0 and not text[i - 1].isspace()):
        return False
    j = i + 1
    if j < p1 and text[j] == " ":
        j += 1
    return j < p1 and text[j].isupper() and text.find("”", j, p1) >= 0


def _after_label(text: str, i: int, p0: int) -> bool:
    """Is the straight double mark at `i` glued to a label that opens its paragraph, and followed by
    a letter or digit (`Quote"Wiz and Google Cloud are...`)? Nothing but that word stands before it,
    so it cannot close a quotation: it opens one."""
    label = text[p0:i]
    after = text[i + 1 : i + 2]
    return 0 < len(label) <= MAX_LABEL and label.isalpha() and label[0].isupper() and after.isalnum()


def _can_close(text: str, i: int, p0: int, p1: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < p1 else " "
    if ch in "”»":
        return True
    if ch == "«":
        return False
    if before.isspace() and ch != "”":
        return False
    return not after.isalnum()


def _turned_close(text: str, i: int, last: int) -> bool:
    """Is the opening curly mark at `i` a closing one typed the wrong way round (`“We will ...
    reputation. “` at the end of its paragraph)? It is the paragraph's last character but white
    space (`last`: the end of the paragraph without its trailing white space, found once per
    paragraph, so a paragraph of many marks stays linear), so it can open nothing: with a
    quotation open, it closes that one."""
    if text[i] not in "“‘":
        return False
    if i + 1 == last:
        return True
    # mid-paragraph: glued to the quotation's last word or stop and followed by white space, it opens
    # nothing (`...,“ a spokesperson told the paper`): it closes the open quotation
    return i + 1 < last and text[i + 1] in " \t" and not text[i - 1].isspace()


def _opens_paragraph(text: str, p0: int, p1: int, family: int) -> bool:
    """Does the paragraph start with an opening mark of the family (double, single, guillemets)?"""
    return p0 < p1 and text[p0] in "“‘\"'«" and _FAMILY[text[p0]] == family and _can_open(text, p0, p0, p1)


def _closes_in(text: str, p0: int, p1: int, family: int) -> int:
    """Where the paragraph's first mark of the family stands when it can only close a quotation (a
    closing curly mark, or a straight one after a word and before no letter: `... O2C." Reliance`);
    -1 when its first such mark opens one, or it has none."""
    for m in _MARKS.finditer(text, p0, p1):
        i = m.start()
        if _FAMILY[text[i]] != family:
            continue
        if text[i] in _OPENING or _can_open(text, i, p0, p1) or not _can_close(text, i, p0, p1):
            return -1
        if text[i] in "’'" and i + 1 < p1 and text[i + 1].isalpha():
            return -1  # an apostrophe ("Altman’s"), never a closing mark
        return i
    return -1


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[RawQuote]:
    """Quotations in the paragraphs: any pairing of straight and curly marks of one family (double
    “…" or single ‘…'), the other family ignored inside (an apostrophe, a quote in a quote).

    One left-to-right pass over the marks of each paragraph. A mark still open at the paragraph's
    end makes a quotation up to there when the next paragraph opens again with the same family
    (`continued`: newspapers close a quotation only in its last paragraph), or, in the last
    paragraph, when it is the only mark left open there (`cut_off`: the excerpt ends mid-quote).
    Otherwise an unclosed mark is no quotation.
    """
    found: list[RawQuote] = []
    resume = -1  # where the paragraph's scan starts after a quotation that closed in it (below)
    for k, (p0, p1) in enumerate(paragraphs):
        open_at = -1
        family = 0
        unclosed = 0
        outer = -1  # a quotation holding a quotation of its own family: where the outer one opened
        inners: list[tuple[int, int]] = []  # the inner ones' words, kept if the outer never closes
        last = p0 + len(text[p0:p1].rstrip())
        for m in _MARKS.finditer(text, max(p0, resume), p1):
            i = m.start()
            fam = _FAMILY[text[i]]
            if open_at >= 0:
                if fam != family and _mixed_close(text, open_at, i, p1):
                    # '‘We will stay,” she said': a single opening mark typed for a double one, closed
                    # by the double mark a reporting clause follows
                    _add(text, open_at + 1, i, found)
                    open_at, outer, inners = -1, -1, []
                    continue
                if fam != family:
                    continue  # the other family inside a quotation: an apostrophe or a quote in it
                if i - open_at > MAX_QUOTE:
                    for a, b in inners:  # (the outer one too long to be one: its inner ones stand alone)
                        _add(text, a, b, found)
                    open_at, unclosed, outer, inners = -1, unclosed + 1, -1, []
                elif (_can_close(text, i, p0, p1) and text[i] not in _OPENING) or _turned_close(
                    text, i, last
                ):
                    if outer >= 0:
                        # the inner quotation closed ('"The ruling "ends the case," it found."'): the
                        # outer one goes on, its words holding the inner one's
                        inners.append((open_at + 1, i))
                        open_at, outer = outer, -1
                        continue
                    _add(text, open_at + 1, i, found)
                    open_at = -1
                    inners = []
                    continue
                elif text[i] in _OPENING or _can_open(text, i, p0, p1):
                    if outer < 0 and (stop := _lost_close(text, open_at, i, p1)) >= 0:
                        # '“A ... B. Ruiz, its chief, added that “C” ...': the first quotation lost
                        # its closing mark before the next speaker's cue; it ends with its sentence
                        _add(text, open_at + 1, stop, found)
                        open_at, inners = i, []
                        continue
                    if outer < 0:
                        outer, open_at = open_at, i  # a quotation inside the open one
                        continue
                    unclosed += 1  # a new opening: the one before never closed
                    open_at = i
                    continue
                else:
                    continue
            if (
                _can_open(text, i, p0, p1)
                or _glued_after_stop(text, i, p0, p1)
                or _closing_mark_opens(text, i, p0, p1)
            ):
                open_at, family = i, fam
        if outer >= 0:
            unclosed, outer = unclosed + 1, -1  # the outer opening closed nothing; the inner stays open
        if inners and open_at >= 0:
            # the outer quotation never closed: the inner ones were quotations of their own, the outer
            # opening a mark that closed nothing (read as if no outer one had been open)
            for a, b in inners:
                _add(text, a, b, found)
            open_at, unclosed = -1, unclosed + 1
        inners = []
        if open_at < 0 or p1 - open_at > MAX_QUOTE:
            continue
        if k + 1 < len(paragraphs):
            n0, n1 = paragraphs[k + 1]
            if _opens_paragraph(text, n0, n1, family):
                _add(text, open_at + 1, p1, found, continued=True)
            elif (
                unclosed == 0
                and (close := _closes_in(text, n0, n1, family)) >= 0
                and close - open_at <= MAX_QUOTE
            ):
                # a paragraph break inside a quotation that the next paragraph closes without opening
                # again ('“Mr.' / 'Altman’s departure ...,” the company said'; a quotation run on with
                # its mark not repeated): one quotation over the break
                _add(text, open_at + 1, close, found)
                resume = close + 1
            elif unclosed == 0 and (cut := _CUT_MARK.search(text, max(open_at + 1, p1 - 12), p1)):
                # the page cut the quotation itself ('He said: “Over the years, we ... With this rapid
                # […]'): its words up to the mark, cut off, whatever follows (a repeated title)
                _add(text, open_at + 1, cut.start(), found, cut_off=True)
            elif (
                unclosed == 0
                and text[open_at] != "'"
                and (open_at == p0 or text[open_at - 1].isspace() or text[open_at - 1] in _OPENERS)
                and _ENDS_SENTENCE.search(text, open_at + 1, p1)
                and not _PAGE_CUE.search(text, open_at + 1, p1)
                and not _stray_marks(text, open_at + 1, p1, family)
            ):
                # a quotation that opens and never closes, and the next paragraph goes on in the page's
                # own voice ('X said the firm faces “higher costs than ... so we must act.' / 'He
                # added ...'): its words run to the end of their paragraph, never past it (a straight
                # single mark may be an elision, "the '90s": it opens no such quotation; a reporting
                # clause in the paragraph means the closing mark was lost before it, and other marks
                # of its family that close nothing mean the page's marks are garbled ('We"ve seen ...
                # Sony"s'): no quotation)
                _add(text, open_at + 1, p1, found)
        elif unclosed == 0:
            cut = _CUT_MARK.search(text, max(open_at + 1, p1 - 12), p1)
            _add(text, open_at + 1, cut.start() if cut else p1, found, cut_off=True)
    found.sort(key=lambda q: q.start)
    return found


def doubled_singles_as_double(text: str, paragraphs: list[tuple[int, int]]) -> str:
    """The text with each pair of single marks typed for a double one (‘‘We will,‘’ she said; ‘’a
    car guy''; the pair opens before a letter or digit after white space, an opener or the
    paragraph's start, and closes after a letter, a digit or one of .,!?;… before anything but a letter
    or digit) written as one double mark and a space, so that the text keeps its length and offsets: an opening pair as ' “', a
    closing one as '” '. A closing pair counts only while an opening pair is open in its paragraph (a
    nested single quotation closing with its outer one, ‘a ‘b’’, or inches, 2'', stay as they are).
    """
    if _SINGLE_PAIR.search(text) is None:
        return text  # the same pairs the loop reads (’’ too: a page may type both pairs as closing marks)
    chars: list[str] | None = None
    for p0, p1 in paragraphs:
        opened = -1
        for m in _SINGLE_PAIR.finditer(text, p0, p1):
            i = m.start()
            before = text[i - 1] if i > p0 else " "
            after = text[i + 2] if i + 2 < p1 else " "
            if opened < 0 and (after.isalnum() and (before.isspace() or before in _OPENERS)):
                opened = i
            elif opened >= 0 and (before.isalnum() or before in ".,!?;…") and not after.isalnum():
                chars = chars if chars is not None else list(text)
                chars[opened], chars[opened + 1] = " ", "“"
                chars[i], chars[i + 1] = "”", " "
                opened = -1
    return "".join(chars) if chars is not None else text


#: A reporting clause right after a closing mark: '” she said', '” the company said in a statement'.
_CUE_AFTER_MARK = re.compile(
    r"[ \t]{1,3}(?:[\w’'-]+[ \t]{1,3}){0,3}?(?:said|says|added|adds|wrote|writes|told|stated|tweeted|posted)\b"
)


def _mixed_close(text: str, open_at: int, i: int, p1: int) -> bool:
    """Does the closing double curly mark at `i` close the quotation a single curly opening mark at
    `open_at` opened ('‘We will stay,” she said': the page typed one mark of the wrong family)? Only
    when no double mark stands between them (a single quotation holding a double one, ‘a “b,” c’, is
    nested, not mixed), the quotation's words end in a comma or a stop before the mark, and a reporting
    clause follows it."""
    return (
        text[open_at] == "‘"
        and text[i] == "”"
        and text[i - 1] in ",.!?"
        and not any(c in '“”"' for c in text[open_at + 1 : i])
        and _CUE_AFTER_MARK.match(text, i + 1, p1) is not None
    )


#: A sentence's end inside an open quotation, then the page's next sentence: "... capabilities. Dana".
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s+(?!(?:I|We|He|She|They|It|You)\b)[A-Z])")
#: A cue of the page's in the sentence that leads into the next quotation: "..., commented ... that",
#: "Dana Ruiz added:" (the lead-in itself is `_LEAD_IN`, checked right before the opening mark).
_NEXT_CUE = re.compile(
    r"\b(?:said|says|added|adds|commented|comments|stated|states|told|explained|noted|wrote|declared|"
    r"stressed|underlined|according\s+to)\b"
)


def _lost_close(text: str, open_at: int, i: int, p1: int) -> int:
    """Where the curly quotation open at `open_at` ends when a second opening mark at `i` starts the
    next speaker's quotation and the first never closed (`“A ... B. Dana Ruiz, its chief, commented
    that “C”.`: the page lost the first closing mark): the end of the sentence before the cue that
    leads into the second, when that sentence opens with a capitalised word other than a subject
    pronoun (`_SENTENCE_BREAK`: a name, never "She", "We": words inside the first quotation), holds a
    cue (`_NEXT_CUE`) within the last 200 characters, ends in a lead-in ("that", ":", ",") and the paragraph has too few closing marks
    left to close both (a true quotation inside a quotation, `“A. Dana said that “C” D.”`, is kept
    whole); else -1. `find_quotes`, its one caller, asks it only of a quotation within `MAX_QUOTE`."""
    if text[open_at] != "“" or text[i] != "“":
        return -1
    lead = text[max(open_at + 1, i - 200) : i]
    if not _LEAD_IN.search(lead):
        return -1
    stops = [m.start() for m in _SENTENCE_BREAK.finditer(text, max(open_at + 1, i - 200), i)]
    if not stops or _NEXT_CUE.search(text, stops[-1], i) is None:
        return -1
    if text.count("”", i, min(p1, i + MAX_QUOTE)) >= 2:
        return -1
    return stops[-1] + 1


def _stray_marks(text: str, start: int, end: int, family: int) -> bool:
    """Does text[start:end] hold a mark of the family other than an apostrophe between two letters
    ("it’s")? Then a quotation left open there is no sure quotation (the marks are garbled)."""
    for m in _MARKS.finditer(text, start, end):
        i = m.start()
        if _FAMILY[text[i]] != family:
            continue
        if (
            text[i] in "’'"
            and i > 0
            and text[i - 1].isalpha()
            and i + 1 < len(text)
            and text[i + 1].isalpha()
        ):
            continue
        return True
    return False


def _add(
    text: str, start: int, end: int, out: list[RawQuote], continued: bool = False, cut_off: bool = False
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end > start and any(c not in "“”‘’\"'«»" for c in text[start : min(end, start + 200)]):
        out.append(RawQuote(start, end, len(text[start:end].split()), continued, cut_off))


def is_lead_in(text: str, cue_end: int, quote_start: int) -> bool:
    """Does the reporting cue ending at cue_end lead into the quote ("called a “black eye”")?"""
    gap = text[cue_end : quote_start - 1]
    if len(gap) > 90 or re.search(r",\s+\w+\s+\w+", gap) and not _LEAD_IN.search(gap):
        return False
    return bool(_LEAD_IN.search(gap)) or not gap.strip()
