"""Pull quotes: a short quotation standing alone on its line as a subheading.

(A quotation the excerpt cuts off is never one: its words simply stop.)

Web pages set a few of a speaker's words apart as a heading (`“The next phase of our growth”` on a
line of its own, no full stop) and quote them again in the body ("X said he would “lead the next
phase of our growth”"). Such a heading is no continuation of the quotation before it, whoever spoke
that: its speaker is the one the body gives the same words to, else nobody (never a guess): a few of
a longer quotation's words set as a heading are the page's own heading, not a pull quote (stop 56).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.analysis.model import Quote

#: At most this many words in a quotation set apart as a heading.
MAX_HEADING_WORDS = 12
_MARKS = "“”‘’\"'«» \t"
_WORDS = re.compile(r"[^\W_]+")


def is_pull_quote(text: str, paragraph: tuple[int, int], start: int, end: int, words: int) -> bool:
    """Is the quotation text[start:end] its paragraph's whole text (only marks around it), short and
    without a full stop, question or exclamation mark at its end: a heading, not a sentence?"""
    p0, p1 = paragraph
    if words < 3 or words > MAX_HEADING_WORDS:
        return False
    if text[p0:start].strip(_MARKS) or text[end:p1].strip(_MARKS):
        return False
    return text[start:end].rstrip()[-1:] not in (".", "!", "?", "…", ":", ",", ";")


def is_set_apart(text: str, paragraph: tuple[int, int], start: int, end: int, words: int) -> bool:
    """Is the quotation text[start:end] its paragraph's whole text (only marks around it), three words or more,
    whatever its end: a pull quote set with a full stop, or a paragraph all in quotation (stop 56)?"""
    p0, p1 = paragraph
    return words >= 3 and not text[p0:start].strip(_MARKS) and not text[end:p1].strip(_MARKS)


def repeated_pull_quotes(quotes: list[Quote], apart: set[int]) -> list[Quote]:
    """The quotations with each one that is a whole paragraph (its index in `apart`) given the speaker of a later
    quotation that repeats all its words, a pull quote set as a paragraph ("“We will stay.”" then "“We will stay,”
    Ruiz said"); the others as they were (a paragraph all in quotation may go on the speaker before: their rules
    tell). Only the same words: a later quotation that shares a few of them gives nothing (stop 56)."""
    out = list(quotes)
    for i in sorted(apart):
        words = _folded(quotes[i].text)
        same = next(
            (
                q
                for q in quotes[i + 1 :]
                if q.source_id
                and q.span.start >= quotes[i].span.end
                and _says_the_same(words, _folded(q.text))
            ),
            None,
        )
        if same is not None and same.source_id != quotes[i].source_id:
            out[i] = _spoken_by(quotes[i], same)
    return out


def _spoken_by(quote: Quote, same: Quote) -> Quote:
    """The pull quote `quote` given the speaker of `same`, the quotation that says its words."""
    return replace(
        quote,
        speaker=same.speaker,
        source_id=same.source_id,
        source_ids=same.source_ids,
        rule="quote.pull-quote",
    )


def _says_the_same(heading: str, body: str, strict: bool = True) -> bool:
    """Does the quotation `body` (folded) say the words of `heading` (folded)? In the body (`strict`), the same
    words give or take one leading into them for every four ("write the next chapter of X's story" for “The next
    chapter of X's story”), never a few words out of a longer quotation ("the right step" inside a sentence about
    something else: the page's own subheading borrowing them, stop 56); a headline may quote any part of them."""
    if f" {heading} " not in f" {body} ":
        return False
    return not strict or len(body.split()) - len(heading.split()) <= max(1, len(heading.split()) // 4)


def _folded(words: str) -> str:
    return " ".join(_WORDS.findall(words.lower().replace("’", "'")))


def pull_quote_speakers(
    quotes: list[Quote], headings: set[int], titles: frozenset[int] = frozenset()
) -> list[Quote]:
    """The quotations with each pull quote (its index in `headings`) given the speaker of the first
    other quotation that says the same words (`_says_the_same`; any part of them for one in the headline or a
    section heading, its index in `titles`), or left without a speaker when none does."""
    body = [(q, _folded(q.text)) for i, q in enumerate(quotes) if i not in headings]
    out = list(quotes)
    for i in sorted(headings):
        words = _folded(quotes[i].text)
        same = next(
            (q for q, folded in body if q.source_id and _says_the_same(words, folded, i not in titles)), None
        )
        if same is None:
            out[i] = replace(quotes[i], speaker=None, source_id=None, source_ids=(), rule="quote.pull-quote")
        else:
            out[i] = _spoken_by(quotes[i], same)
    return out
