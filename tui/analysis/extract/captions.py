"""Photo captions inside the text, for the event facts (issue 11, stop 26).

A page often opens on a photo caption that retells the story with its own figure ("FILE - In this
2016 photo, ... in a deal worth $X including debt. (Wire Photo/A. Writer, File)"). The page furniture
finder (tui/corpus/furniture.py) marks the credit; the caption's sentences stay prose. A caption is
never the lead, and its figures never stand for a fact when the body states one (facts.py).

`caption_lines` gives the lines that are captions: a line whose photo credit (a furniture span that
names a photo, an image, a credit or an agency with "/") ends it (a short agency tag may follow:
"... (Wire Photo/A. Writer, File) AP"), a line that ends on "Credit: <name>" or "Source: <Name>", a line that opens as
a wire's file-photo caption ("FILE - In this ...", "FILE PHOTO: ..."), and the line right above a
caption that the caption repeats (an image's alt text). Linear: one pass over the lines.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from tui.corpus.model import Span

__all__ = ["caption_lines", "in_caption"]

#: The longest line taken as a caption.
_MAX = 700
#: The shortest line taken as an image's alt text repeated by the caption below it.
_ALT_MIN = 20
#: The longest line taken as an image's alt text told in other words than its caption's.
_ALT_MAX = 200
#: A picture verb of an alt text: "<Thing> is pictured", "<Goods> are displayed" (not "is seen": prose says it).
_PICTURED = re.compile(r"\b(?:is|are)\s+(?:pictured|displayed)\b")
#: A furniture span that is a photo credit.
_CREDIT_WORDS = re.compile(r"photo|image|picture|credit|getty|/", re.IGNORECASE)
#: What may follow a credit at the end of its line: a short agency tag ("AP", "AFP").
_TAIL = re.compile(r"[\s.]*(?:[A-Z]{2,6}[\s.]*)?")
#: A line ending on a bare credit: "... Credit: AAP", "... Credit:Wire", or on a picture's source
#: written as a credit ("... Source: Bloomberg", a capital S and a name: not "one source: the company").
_CREDIT_END = re.compile(
    r"\bcredit\s*:\s*[\w&./’' -]{1,40}$|\b(?-i:Source\s*:\s*[A-Z][\w&./’' -]{0,39})$", re.IGNORECASE
)
#: A wire's file-photo caption opening, within `_PREFIX` characters of the line's start (a scraper's
#: prefix may stand before it) and read in its first `_OPEN_REACH` characters.
_PREFIX = 24
_OPEN_REACH = 130
_FILE_OPEN = re.compile(
    r"(?:file\s*[-–—:]\s|file\s+photo\s*[:-]|in\s+this\s+(?:[a-z]{3,9}\.?\s+\d{1,2},?\s+\d{4},?\s+|undated\s+|handout\s+)?"
    r"(?:file\s+)?photo(?:graph)?\b)",
    re.IGNORECASE,
)


def _credit_ends(text: str, start: int, end: int, credits: list[tuple[int, int]]) -> bool:
    """Does a photo credit inside the line [start, end) end it, after the caption's own words?"""
    k = bisect_left(credits, (start, -1))
    while k < len(credits) and credits[k][0] < end:
        a, b = credits[k]
        # (stop 43) a span that opens the line too: the furniture finder marks a whole line as a caption when
        # its credit closes it ("The logo is pictured outside ... 2010. (A. Writer/Wire)")
        if start <= a and b <= end and _CREDIT_WORDS.search(text, a, b) and _TAIL.fullmatch(text, b, end):
            return True
        k += 1
    return False


def _file_opening(text: str, start: int, end: int) -> bool:
    reach = min(end, start + _OPEN_REACH)
    window = text[start:reach]
    # every branch of _FILE_OPEN holds "file" or "photo"; under re.IGNORECASE their "i" also matches
    # the two Turkish i's (no other letter of theirs folds), so only a window with one of them runs it
    if "\u0130" not in window and "\u0131" not in window:
        low = window.lower()
        if "file" not in low and "photo" not in low:
            return False
    m = _FILE_OPEN.search(text, start, reach)
    return m is not None and m.start() - start <= _PREFIX


def caption_lines(text: str, furniture: Sequence[Span]) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` that is a photo caption, in order."""
    credits = sorted((f.start, f.end) for f in furniture)
    out: list[tuple[int, int]] = []
    start = 0
    prev: tuple[int, int] | None = None
    for line in text.split("\n"):
        end = start + len(line.rstrip())
        if 0 < end - start <= _MAX and (
            _credit_ends(text, start, end, credits)
            or (text.find(":", start, end) >= 0 and _CREDIT_END.search(text, start, end) is not None)
            or _file_opening(text, start, end)
        ):
            if (
                prev is not None
                and prev[1] - prev[0] >= _ALT_MIN
                and (not out or out[-1] != prev)
                and (
                    text.startswith(text[prev[0] : prev[1]], start)
                    # (stop 43) an alt text in other words: a short line of a picture verb ("The logo is
                    # pictured in <place>.") right above the caption
                    or (
                        prev[1] - prev[0] <= _ALT_MAX and _PICTURED.search(text, prev[0], prev[1]) is not None
                    )
                )
            ):
                out.append(prev)  # the image's alt text right above its caption, which repeats it
            out.append((start, end))
        if end > start:
            prev = (
                start,
                end,
            )  # (stop 43) the last line with words: a blank line may stand before the caption
        start += len(line) + 1
    return out


def in_caption(captions: list[tuple[int, int]], pos: int) -> bool:
    """Is `pos` inside one of the caption lines (sorted)?"""
    k = bisect_right(captions, pos, key=lambda c: c[0]) - 1
    return k >= 0 and captions[k][0] <= pos < captions[k][1]
