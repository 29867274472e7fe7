"""Paragraphs, sentences and headings: spans into the article text, found in one linear pass.

A regex splitter rather than pysbd: on the seeds it gives the same sentences, handles "Inc.",
"Mr.", "U.S." and "$14.3", and is about 50x faster (bench/extract.py measures both).
A paragraph is a non-empty line; a heading is a short line without closing punctuation
("A House on Fire: The Crisis Forcing Meta's Hand"), or the first line when it is the headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.corpus.furniture import headline_span
from tui.corpus.text import GLUED_STOP, line_spans

#: Words after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "mt",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "capt",
        "sgt",
        "maj",
        "adm",
        "pres",
        "supt",
        "no",
        "nos",
        "vs",
        "etc",
        "al",
        "fig",
        "approx",
        "dept",
        "est",
        "inc",
        "corp",
        "co",
        "ltd",
        "llc",
        "plc",
        "bros",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "a.m",
        "p.m",
        "d.c",
    ]
)
#: After these (a company suffix or a country), a full stop ends a sentence only before a sentence starter
#: written with a capital.
_SOFT_ABBREVIATIONS = frozenset(
    ["inc", "corp", "co", "ltd", "llc", "plc", "u.s", "u.k", "u.n", "bros", "etc", "al", "a.m", "p.m", "d.c"]
)
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "i",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "however",
        "meanwhile",
        "still",
        "while",
        "when",
        "if",
        "as",
        "after",
        "before",
        "since",
        "according",
    ]
)
# A candidate end: closing punctuation, optional closing quotes/brackets, then white space.
#: A sentence's end: its stop, closing quotes or brackets, and a footnote number glued to a stop that
#: ends a word ("... a security company.1", "... possible.”2"), never the decimals of "$2.5".
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?:(?<=[^\W\d_][.!?])\d{1,2}|(?<=[^\W\d_][.!?][\"”’])\d{1,2})?(?=\s)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
#: Single letters joined by stops (lower case, the last stop left out): "h.j", "j.p", "a.g".
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
#: A stop glued to the next sentence by a page's lost space (`tui.corpus.text.GLUED_STOP`, shared with
#: copy detection's sentences since stop 57).
_GLUED_END = GLUED_STOP
_LOWER_NEXT = re.compile(r"[ \t]*[a-z]")
_HEADING_END = re.compile(r"[.!?…:;,\"”’)]$")
#: A line ending in a footnote number glued to a stop ("... a pump maker.1") ends as a sentence does.
_FOOTNOTE_END = re.compile(r"[^\W\d_][.!?][\"”’]?\d{1,2}$")
MAX_SENTENCE = 5000  # a "sentence" without any stop is cut here, to keep every later step bounded


@dataclass(frozen=True, slots=True)
class Segments:
    paragraphs: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    headings: list[tuple[int, int]]  # paragraphs that are headings (also in sentences)


def _is_boundary(text: str, end: int, dot_at: int) -> bool:
    """Is the candidate end at text[dot_at] (a '.') a sentence boundary?"""
    m = _WORD_BEFORE.search(text, max(0, dot_at - 12), dot_at)
    word = m.group(1).lower() if m else ""
    nxt = end
    n = len(text)
    while nxt < n and text[nxt] in " \t":
        nxt += 1
    if nxt >= n or text[nxt] == "\n":
        return True
    first = text[nxt]
    initials = _INITIALS.fullmatch(word) is not None  # "H.J. Heinz", "J.P. Morgan"; "in the U.S. The deal"
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or initials:
        if word not in _SOFT_ABBREVIATIONS and not initials:
            return False
        # a sentence starts with a capital: "$157 U.S. a share" goes on, "in the U.S. The deal" ends
        w = re.match(r"\w+", text[nxt : nxt + 20])
        return w is not None and first.isupper() and w.group().lower() in _STARTERS
    return first.isupper() or first.isdigit() or first in "\"'“‘([$€£"


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    pos = start
    ends = [(m.start(), m.end()) for m in _END.finditer(text, start, end)]
    if "." in text[start:end]:
        glued = [(m.start(), m.end()) for m in _GLUED_END.finditer(text, start, end)]
        ends = sorted(ends + glued) if glued else ends
    for dot, stop in ends:
        if text[dot] == "." and not _is_boundary(text, stop, dot):
            continue
        if text[dot] == "…" and _LOWER_NEXT.match(text, stop, end):
            continue  # "departments … this was the moment": an ellipsis inside a sentence, no end
        _emit(text, pos, stop, out)
        pos = stop
    _emit(text, pos, end, out)


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append((start, end))


#: A list item told as a clause (stop 38): a bullet, then a subject and a verb of the clause ("* X will
#: acquire Y in a deal valued at $N", "• X to cut 900 jobs"): a point of the story, not a heading. The verbs
#: are closed-class (auxiliaries, "to", verbs of saying).
_BULLET_CLAUSE = re.compile(
    r"^[*•·▪‣-][ \t]+(?:\S+[ \t]+){1,6}?(?:will|would|is|are|was|were|has|have|had|to|says|said|expects|sees)[ \t]"
    r"(?:\S+[ \t]+){2}"
)


#: A line ending in one lower-case letter but "a" after a word (a page excerpt cut inside a word):
#: "Ana Lund, chair of the board at Kestrel, w". No heading ends so.
_CUT_WORD_END = re.compile(r"\w[,;]?\s[b-z]$")


#: A person named and then described after a comma, in lower case, by a post "of" or "at" somewhere
#: ("Ana Lund, head of new business at Kestrel and a partner of the"): a sentence's subject and its
#: appositive, never a heading's words. Read so on a page's last line only, where an excerpt is cut off.
_NAME_APPOSITIVE = re.compile(
    r"^[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,2},\s(?:(?:a|an|the|former|then)\s)?[a-z][\w-]*\s[^,]*?\b(?:of|at)\s"
)


#: The fewest words, and the share of them in lower case, of a page's last line that is a sentence cut
#: off by the excerpt ("Last week, the group named new heads of its units, with its CEO Ana Lund moving"),
#: never a heading (a heading is short, or capitalises most of its words).
_CUT_CLAUSE_WORDS = 12
_CUT_CLAUSE_LOWER = 0.5


def _mostly_lower(words: list[str]) -> bool:
    """Are at least _CUT_CLAUSE_LOWER of the words in lower case (a sentence's words, no title's)?"""
    return sum(1 for w in words if w[:1].islower()) >= _CUT_CLAUSE_LOWER * len(words)


def _cut_clause(line: str) -> bool:
    words = line.split()
    if len(words) < _CUT_CLAUSE_WORDS or "," not in line:
        return False
    return _mostly_lower(words)


#: Words a sentence never stops on: an article, a possessive, a preposition that needs its object, a
#: conjunction ("... advised customers to delete their", "... in a deal with the"). A particle that can
#: close a phrasal verb ("about", "in", "on", "up", "over") and an object pronoun ("her") are none.
_OPEN_ENDERS = frozenset(
    [
        "the",
        "a",
        "an",
        "their",
        "its",
        "our",
        "your",
        "my",
        "of",
        "to",
        "from",
        "with",
        "into",
        "onto",
        "than",
        "and",
        "or",
        "but",
        "nor",
        "whose",
        "per",
        "via",
    ]
)
#: The fewest words of a page's last line read as a sentence cut off at its end (stop 50): a heading
#: of fewer words stays one whatever its last word.
_CUT_END_WORDS = 8
#: The most words of a label opening a line before its colon ("Read more:", "Related:", "Also read:").
_LABEL_WORDS = 3
_WORD = re.compile(r"[A-Za-z]+")
#: Endings that make another form of a whole word ("sale" of "sales", "bid" of "bidders"): a word the
#: page writes only so is no evidence that the last word is cut.
_INFLECTIONS = frozenset(["s", "es", "ed", "d", "ing", "er", "ers", "ly"])


def _cut_word(fragment: str, text: str) -> bool:
    """Is `fragment` (lower case) a word cut short: the head of a longer word the page writes (more
    than an inflection of it: "comp" of "company", "thei" of "their"), and never a word of the page
    itself but once (where it is cut)?"""
    seen = 0
    longer = False
    for m in _WORD.finditer(text):
        w = m.group().lower()
        if w == fragment:
            seen += 1
        elif not longer and w.startswith(fragment) and w[len(fragment) :] not in _INFLECTIONS:
            longer = True
    return longer and seen <= 1


def _cut_sentence_end(line: str, text: str) -> bool:
    """A page's last line that is a sentence the excerpt cuts off (stop 50): eight words or more, it
    opens with a capital, half its words are in lower case (no title), and it stops on a word a sentence
    never ends on ("... to delete their") or inside a word ("... from the comp": the head of a longer
    word the page writes elsewhere, and no word of its own)."""
    words = line.split()
    if len(words) < _CUT_END_WORDS or not words[0][:1].isupper():
        return False
    if ":" in line and len(line.split(":", 1)[0].split()) <= _LABEL_WORDS:
        return False  # a labelled line ("Read more: ...", "Related: ...") stays what it was
    if not _mostly_lower(words):
        return False
    last = words[-1]
    if not (last.isalpha() and last.islower()):
        return False
    return last in _OPEN_ENDERS or (len(last) >= 2 and _cut_word(last, text))


#: A quote box printed inside a sentence: a ticker alone on its line, then the price's move.
_TICKER_LINE = re.compile(r"[ \t]*[A-Z]{1,5}[ \t]*$")
_MOVE_LINE = re.compile(r"[ \t]*[-+\u2212]?\d{1,3}(?:\.\d{1,2})?%[ \t]*$")


def is_heading_line(line: str) -> bool:
    stripped = line.strip().lstrip("#").strip()
    if not stripped or _HEADING_END.search(stripped):
        return False
    if _BULLET_CLAUSE.match(stripped):
        return False  # a list item told as a clause: a point of the story (a wire brief's bullets)
    if stripped[-1].isdigit() and _FOOTNOTE_END.search(stripped, max(0, len(stripped) - 5)):
        return False
    if stripped.count("“") > stripped.count("”") or stripped.count('"') % 2:
        return False  # a quotation left open: a paragraph cut off at the end of an excerpt
    if _CUT_WORD_END.search(stripped):
        return False  # "... chair of the board at Kestrel, w": a paragraph cut off inside its last word
    return len(stripped.split()) <= 16


def segment(text: str, headline_first: bool = False) -> Segments:
    """Split `text` into paragraphs (non-empty lines), sentences and headings. `headline_first`: the
    text carries its headline, on the first line after any page furniture it starts with
    (`furniture.headline_span`), which is then a heading whatever its length, and so is each line of
    furniture before it (a heading gives no new names, only mentions of names found in the body)."""
    paragraphs: list[tuple[int, int]] = []
    sentences: list[tuple[int, int]] = []
    headings: list[tuple[int, int]] = []
    headline = headline_span(text) if headline_first else None
    last = len(text.rstrip())
    spans = list(line_spans(text))
    for k, (start, end) in enumerate(spans):
        paragraphs.append((start, end))
        line = text[start:end]
        if (headline and start <= headline[0]) or (
            len(line) < 200
            and is_heading_line(line)
            # a sentence broken by a quote box's ticker and move ("... In May, Tallow" / "TLW" / "-0.4%")
            and not (
                k + 2 < len(spans)
                and _TICKER_LINE.match(text, *spans[k + 1])
                and _MOVE_LINE.match(text, *spans[k + 2])
            )
            # the page's last line cut off after a person's appositive, inside a clause of many words
            # in lower case, or on a word no sentence ends on or inside a word: the story's sentence
            and not (
                end >= last
                and (
                    _NAME_APPOSITIVE.match(line.strip())
                    or _cut_clause(line)
                    or _cut_sentence_end(line.strip(), text)
                )
            )
        ):
            headings.append((start, end))
            sentences.append((start, end))
        else:
            _split_line(text, start, end, sentences)
    return Segments(paragraphs, sentences, headings)
