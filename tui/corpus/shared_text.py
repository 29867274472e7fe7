"""How two article bodies share their text: a copy (one retells the other), "same wire" (both are
independent edits of one source text), or neither. Used by the importer on the body without its
furniture (importer.copy_body); pure functions, no Textual.

The evidence is the bodies' sentences aligned in order (`align`): each sentence of one text paired
with a sentence of the other at least ALIGN_RATIO alike (rapidfuzz ratio on the normalized words),
the longest chain of pairs increasing in both texts. From the chain:

- the *window*: from the first to the last aligned sentence, in each text;
- *coverage*: the share of each window's sentences that are aligned (the lower of the two);
- the *lead*: whether the chain starts within the first LEAD_SENTENCES sentences of both texts;
- *verbatim*: aligned pairs at least VERBATIM_RATIO alike whose sentences are the writers' own
  words (no quotation of four words or more in either; a shorter one is a scare quote, the writer's
  word choice): a quotation repeated from a press release is the speaker's words, which any report
  may carry, not evidence that two writers share a text.

A **rewrite** (spun, or cut at another point): at least MIN_ALIGNED sentences aligned and the lead
kept (a copy retells the story from its start; inverted-pyramid copies are cut at the bottom), and
- reworded (mean ratio below VERBATIM_RATIO): coverage at least REWRITE_COVERAGE (a spinner splits
  and merges sentences, so a sentence here and there stays unpaired) over WHOLE_SPAN of both texts
  (the whole story retold);
- word for word (mean ratio at least VERBATIM_RATIO): at most MAX_VERBATIM_GAPS unpaired sentences
  inside the shared stretch, over CUT_SPAN of both (a copy that ends at another point, or goes on
  with material the other excerpt lacks), with at least MIN_VERBATIM of those pairs the writers' own
  words (outside quotation marks: two reports of one statement carry its quotations word for word,
  and share no prose). Text shared word for word with sentences of each side's
  own inside it is two edits of one source, not a copy: same wire.
- with additions: at least MIN_ALIGNED aligned from the lead, MIN_VERBATIM of them verbatim, and the
  shorter text, from its lead to its end, paired sentence by sentence with the longer (a paragraph
  moved pairs outside the chain), making up WHOLE_SHARE of the longer at least (`Alignment.whole`):
  the copy republishes the whole original, moves a paragraph and adds its own.
- cut short (spun or not): at least MIN_ALIGNED aligned from the lead, no sentence unpaired inside
  either window, the window covering CUT_WHOLE_SPAN of the shorter text at least, and MIN_VERBATIM
  of the pairs the writers' own words (outside quotation marks) however reworded: the shorter text
  is the longer's opening retold sentence by sentence with nothing of its own (a spinner swaps the
  writer's words for synonyms and keeps the quotations, then stops where the longer goes on).
- spun in place (`Alignment.spun`, stop 52): no rule above holds, yet the sentences chain in order at
  SPUN_RATIO from the lead of both over CUT_WHOLE_SPAN of the shorter text, MIN_HELD_ALIGNED pairs at
  least, coverage REWRITE_COVERAGE, MIN_VERBATIM of the writers' own pairs under ALIGN_RATIO (their
  words swapped) and fewer than MIN_VERBATIM near-verbatim: a synonym spinner's copy, every sentence in
  its place and most of its words swapped one for one.

**Same wire**: not a rewrite, and either
- at least MIN_VERBATIM of the writers' own sentences shared near-verbatim, in order, over a window
  spanning WIRE_SPAN of both texts, with coverage at least WIRE_COVERAGE: the same story told in the
  same order from one source, each edit keeping, cutting and adding sentences of its own; or
- **retold**: at least MIN_RETOLD_ALIGNED sentences aligned from the lead over RETOLD_SPAN of the
  shorter text (an edit cut short shares its whole self with one that goes on), and at least MIN_SHARED_RUNS separate runs of RUN_WORDS or more of the writers' own words
  (outside quotation marks) in both, in the same order: an edit that rewords most sentences of the
  source still keeps stretches of its wording ("to sift enormous stores of records and train the
  ever larger systems"), which two writers working apart do not share three times over.
  One shared run is no evidence (a stock phrase: "people familiar with the matter" with a plea for
  anonymity); a quotation is the speaker's words and never counts; or
- **a shared passage**: at least MIN_PASSAGE_VERBATIM of the writers' own sentences near-verbatim, in
  order, with coverage at least WIRE_COVERAGE, wherever the two texts hold them (a background block
  two edits of one agency story both keep, under leads of their own): two writers working apart do
  not write four sentences of prose alike; or
- **one whole wire sentence** (`shares_wire_sentence`): two pages told in a few sentences each, each
  with a quotation of its own, one holding a sentence of the other's own words of WIRE_SENTENCE_WORDS
  words or more in runs of RUN_WORDS words (WIRE_SENTENCE_SHARE of its words), however split or joined:
  two video scripts of one agency story, a story and its write-through; or
- **two wire sentences kept apart** (`Alignment.kept_apart`, stop 49): two edits that both keep, in
  order, a sentence of the writers' own words word for word (VERBATIM_RATIO, KEPT_SENTENCE_WORDS words
  or more) and another closely (CLOSE_RATIO), with sentences of a page's own between them: a block
  pasted whole (an "About" paragraph) keeps its sentences side by side and links nothing.

**Press releases** (stop 54, read by the importer on the pages' texts): a release's closing sections
("About <Company>", forward-looking statements, contacts) are cut before any measure
(`without_release_closing`); two pages linked as a copy that run one release under leads of their own
are same wire (`runs_one_release`); two pages linked only by the background a release repeats (two
sentences kept apart, one whole wire sentence) are not linked (`release_background`). Stop 55: the
background is told from the release's story (`release_story`): a sentence the page carrying the release
shares word for word that stands among its opening sentences (its lead paragraph, `Sentences.lead_at`)
or tells a figure its headline or lead tells is the story, and two news pages lifting it are same wire;
not when both pages carry a release, or one is the release as issued.

**Stop 59**: one newsroom's later story keeping its earlier story's background word for word, each lead telling
figures of its own news, is no same wire (`another_moment`); a sentence one page gives to a statement at its end and
the other carries bare is the speaker's words (`_relayed`); a page citing a company's statement is no edit of the
release (`cites_a_statement`, read by the importer).
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from tui.corpus.furniture import _MONTH
from tui.corpus.text import GLUED_STOP

#: A sentence pair is aligned when its rapidfuzz ratio (0-100, normalized words) is at least this.
ALIGN_RATIO = 60.0
#: ... and near-verbatim at least this.
VERBATIM_RATIO = 90.0
#: A sentence (for the alignment) has at least this many words; only its first MAX_SENTENCE_CHARS
#: characters are compared (a "sentence" longer than that is no prose sentence: a list, a table, a
#: page without full stops), so that comparing two bodies stays linear in their length.
MIN_SENTENCE_WORDS = 6
MAX_SENTENCE_CHARS = 1_000
#: Only a body's first MAX_SENTENCES sentences are aligned (a news article has far fewer; a copy
#: keeps the lead), so that the pairwise comparison stays bounded whatever the length of the text.
MAX_SENTENCES = 200
#: Rewrite: at least this many sentences aligned, coverage of both windows at least this ...
MIN_ALIGNED = 5
REWRITE_COVERAGE = 0.8
#: ... the chain starting within the first LEAD_SENTENCES + 1 sentences of both texts ...
#: (Not the page's opening of OPENING_SENTENCES below, on purpose: this is how far down the top a copy's chain may
#: start -- counted by position from the body's first sentence, title lines added, bullets and a short dateline
#: line included -- a tolerance for a copy that drops or adds a sentence at its top. The opening is what the page's
#: story tells first: the sentences of its first paragraph, wherever that paragraph stands. Two questions, two
#: measures; made one, the copies and same-wire links move.)
LEAD_SENTENCES = 2
#: ... and the window spanning this share of both texts' sentences, or CUT_SPAN when near-verbatim
#: with at most MAX_VERBATIM_GAPS unpaired sentences inside the windows.
WHOLE_SPAN = 0.75
CUT_SPAN = 0.4
MAX_VERBATIM_GAPS = 1
#: Same wire: at least this many of the writers' own sentences near-verbatim, over this share of
#: both texts, with this coverage.
MIN_VERBATIM = 3
MIN_WIRE_ALIGNED = 4
#: Two edits of one text (`edited_apart`): the sentences each changes its own way are at least this share of the
#: pairs (a fifth: two desks' edits of one wire story on the bench change a quarter to a third of them; a copy that
#: rewords a word in a few sentences of a long story, a tenth).
EDITED_SHARE = 0.2
#: A reworded copy whose shorter text is retold whole (`is_rewrite`) aligns at least this many.
MIN_HELD_ALIGNED = 8
WIRE_SPAN = 0.6
WIRE_COVERAGE = 0.5
#: Same wire, retold: at least this many sentences aligned, the lead kept, over this share of the
#: shorter text (short_span), and at least MIN_SHARED_RUNS runs of RUN_WORDS or more of the writers' own words in both.
MIN_RETOLD_ALIGNED = 3
RETOLD_SPAN = 0.5
RUN_WORDS = 8
MIN_SHARED_RUNS = 3
#: Same wire, a shared passage: at least this many of the writers' own sentences near-verbatim, in
#: order, anywhere in the two texts.
MIN_PASSAGE_VERBATIM = 4
#: A wire lead under two credits: the two texts open on one lead sentence of at least this many words,
#: near-verbatim and the writers' own (stop 42).
WIRE_LEAD_WORDS = 20
#: A short copy (fewer than MIN_ALIGNED sentences: a brief made of another article's first
#: paragraphs): at least MIN_VERBATIM aligned, every one word for word of the writers' own words, from
#: the lead, none unpaired between them, over this share of the shorter text.
SHORT_COPY_SPAN = 0.6
#: A copy cut short: the window covering at least this share of the shorter text, none unpaired.
CUT_WHOLE_SPAN = 0.9
#: A copy with additions (a page that republishes another's whole body, a paragraph moved, and adds
#: paragraphs of its own): every sentence of the shorter text from its lead to its end paired with
#: one of the longer, the shorter making up at least this share of the longer's sentences.
WHOLE_SHARE = 2 / 3
#: ... a sentence told at another place in the longer counting as moved only when all its words but
#: one in this many are there, in order (`_kept_in`).
MOVED_KEPT_WORDS = 10
#: Same wire, one wire sentence (stop 48): a sentence of the writers' own words of at least this many
#: words, at least this share of its words inside runs of RUN_WORDS words that the other text's own
#: words hold too (`shares_wire_sentence`).
WIRE_SENTENCE_WORDS = 20
WIRE_SENTENCE_SHARE = 0.75
#: Same wire, two wire sentences kept apart (stop 49): a sentence pair of the writers' own words at
#: least CLOSE_RATIO alike is one sentence kept closely; one of them near-verbatim (VERBATIM_RATIO) of
#: at least KEPT_SENTENCE_WORDS words (`Alignment.kept_apart`).
CLOSE_RATIO = 70.0
KEPT_SENTENCE_WORDS = 15
#: A copy reworded with its clauses reordered (stop 51, `Alignment.reordered`): sentences aligned by a
#: word-order-free score (rapidfuzz token_sort_ratio) at least ALIGN_RATIO, at least MIN_HELD_ALIGNED of
#: them from the lead, coverage REWRITE_COVERAGE over WHOLE_SPAN of both texts, mean under
#: VERBATIM_RATIO, MIN_VERBATIM of its pairs under ALIGN_RATIO by the in-order ratio (turned around);
#: looked for only when no other rewrite rule holds.

#: A synonym spinner's copy (stop 52, `Alignment.spun`): sentences aligned in order at least this alike.
SPUN_RATIO = 45.0
#: A page's opening (stop 55, `Sentences.lead_at`): at most this many sentences of its story's first paragraph.
#: (What the story tells first, read by `release_story`; not LEAD_SENTENCES, the tolerance of where a copy's chain
#: may start counted from the body's top: see there.)
OPENING_SENTENCES = 2

COPY = "copy"
SAME_WIRE = "same wire"

_SENTENCE_SPLIT = re.compile(
    r"(?:(?<=[.!?])(?<!\b[Nn]o\.)|(?<=\b[Nn]o\.)(?![ \t]+\d)|(?<=[.!?][\"”’']))[ \t]+"
)
_QUOTE_MARKS = ('"', "“", "”", "„", "«", "»")
#: A quotation in single marks ('relating to the conduct of its chief', ‘we will grow’): opened by a
#: mark at a word's start after a space, a bracket or a dash, closed by one after a word or its
#: punctuation before a space or punctuation (an apostrophe inside a word, "Looney's", is neither).
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=\w)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s,.;:!?)\]—–-]|$)")
#: Fewer words than this between single marks are a scare quote ('in advanced talks'): the writer's
#: own words, as the coverage tables count them.
QUOTATION_WORDS = 4
_QUOTE_SPLIT = re.compile("[" + "".join(_QUOTE_MARKS) + "]")
_WORD = re.compile(r"\w+(?:[.,]\d+)*")
#: House style of a currency, which each edit of one wire story writes its own way: "US$61 billion",
#: "$61 billion US", "$28 billion U.S." are "$61 billion" (left in, the country's letters break
#: the runs of words the edits share).
_CURRENCY_BEFORE = re.compile(r"\b(?:US|U\.S\.|A|AU|C|CA|NZ|HK|S|SG)\$")
_CURRENCY_AFTER = re.compile(
    r"(\$\s?\d[\d.,]*(?:\s(?:billion|million|trillion|bn|mn|m)\b)?)\s(?:US|U\.S\.)(?=[\s,.;:)]|$)"
)


#: A figure's scale abbreviated: "$27.7bn", "$4 bln", "12mn", "300 mln" are "billion" / "million".
_SCALE_SHORT = re.compile(r"(?<=\d)\s?(?:(bn|bln)|(mn|mln))\b", re.IGNORECASE)
#: A money figure in brackets, an edit's conversion of the figure before it: "(€23bn)", "(about
#: $1.5 billion)", "(roughly Rs. 4,73,223 crore)". Each edit converts for its own readers.
_CONVERSION = re.compile(
    r"\s?\((?:roughly|about|around|approximately|approx\.|nearly|some|~)?(?:\s*around)?\s*"
    r"(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?|INR|EUR|GBP|USD)\s?\d[\d.,]*\s?"
    r"(?:billion|bilion|million|trillion|bn|bln|mn|mln|tn|b|m|k|(?:lakh\s+)?crore|lakh)?\)"
)


def _house_style(text: str) -> str:
    """`text` with its currency and its scale words written one way (see _CURRENCY_BEFORE,
    _SCALE_SHORT) and without its conversions in brackets (_CONVERSION)."""
    text = _SCALE_SHORT.sub(lambda m: " billion" if m.group(1) else " million", text)
    if "(" in text:
        text = _CONVERSION.sub("", text)
    if "$" not in text:
        return text
    return _CURRENCY_AFTER.sub(_figure_alone, _CURRENCY_BEFORE.sub("$", text))


def _figure_alone(m: re.Match[str]) -> str:
    # "U.S." before a capital may end the sentence: its full stop stays.
    after = m.string[m.end() : m.end() + 2].strip()
    return m.group(1) + ("." if m.group(0).endswith(".") and after[:1].isupper() else "")


@dataclass(frozen=True, slots=True)
class Sentences:
    """A body's sentences as normalized words (one string each), which hold a quotation mark, and
    each one's words outside quotation marks (the same string when it has none).

    `runs` holds, once per body, what `shared_runs` compares: each RUN_WORDS-word sequence of the
    own words (a hash of it, and its place: words counted through the body, RUN_WORDS more between
    two sentences so that no run spans two). Made by `sentences_of`; empty otherwise."""

    texts: tuple[str, ...]
    quoted: tuple[bool, ...]
    own: tuple[str, ...] = ()
    runs: RunIndex = field(default_factory=lambda: RunIndex(), compare=False)
    #: Title lines at the body's top beyond the first: whole lines with no sentence's closing stop (a
    #: headline printed again, a deck, a video's title above the story). The page's own headline
    #: was always one of the lead's sentences; the lead is counted after the others (`align`).
    titles: int = 0
    #: The story's opening: the sentences of its first paragraph after the title lines (its lead), at most
    #: OPENING_SENTENCES of them, from `lead_at` up to `lead_end` (`release_story`).
    lead_at: int = 0
    lead_end: int = 0


@dataclass(frozen=True, slots=True)
class RunIndex:
    """The RUN_WORDS-word sequences of a body's own words: hashes and places, in order (compact
    arrays: a corpus of thousands of articles keeps one per article during an import)."""

    hashes: array[int] = field(default_factory=lambda: array("q"))
    places: array[int] = field(default_factory=lambda: array("q"))

    @staticmethod
    def of(sentences: tuple[str, ...]) -> RunIndex:
        hashes: array[int] = array("q")
        places: array[int] = array("q")
        position = 0
        for sentence in sentences:
            words = sentence.split()
            for k in range(len(words) - RUN_WORDS + 1):
                hashes.append(hash(" ".join(words[k : k + RUN_WORDS])))
                places.append(position + k)
            position += len(words) + RUN_WORDS  # a run never spans two sentences
        return RunIndex(hashes, places)


def _single_quotes_marked(paragraph: str) -> str:
    """`paragraph` with each quotation in single marks of QUOTATION_WORDS words or more written in
    double marks (“...”), so that its words count as the speaker's, not the writer's; one pass."""
    if "'" not in paragraph and "‘" not in paragraph:
        return paragraph
    out: list[str] = []
    pos = 0
    while (opened := _SINGLE_OPEN.search(paragraph, pos)) is not None:
        closed = _SINGLE_CLOSE.search(paragraph, opened.end())
        if closed is None:
            break
        inner = paragraph[opened.end() : closed.start()]
        if len(inner.split()) >= QUOTATION_WORDS:
            out += [paragraph[pos : opened.start()], "“", inner, "”"]
        else:
            out.append(paragraph[pos : closed.end()])
        pos = closed.end()
    out.append(paragraph[pos:])
    return "".join(out)


#: Initials written with full stops ("U.S.", "U.K.", "U.N."): the end of a piece the split cut after
#: them, when the next piece opens on a capitalized word that is no sentence opener ("U.S. Steel",
#: "U.S. President Joe Biden"), is inside a name, not a sentence's end.
_INITIALS_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
_NAME_WORD = re.compile(r"[A-Z][a-z]+\b")
#: Words that open a sentence (closed class, lower case): after "U.S." they start the next sentence.
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "its",
        "he",
        "she",
        "his",
        "her",
        "they",
        "their",
        "we",
        "our",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "in",
        "on",
        "at",
        "as",
        "for",
        "from",
        "to",
        "with",
        "by",
        "of",
        "after",
        "before",
        "when",
        "while",
        "since",
        "if",
        "though",
        "although",
        "however",
        "meanwhile",
        "also",
        "still",
        "shares",
        "some",
        "many",
        "most",
        "several",
    ]
)


#: A line opening on a bullet ("- ", "• ", "* "): at the body's top, a point of a summary box set above
#: the story ("In brief", "Key points"), which restates it as a title does. At most MAX_SUMMARY_POINTS
#: of them are counted so: a page made of bullets is no box above a story.
_BULLET = re.compile(r"[ \t]*[-•*·–][ \t]")
MAX_SUMMARY_POINTS = 5

#: A line that ends as a sentence does: a stop, a question or exclamation mark, maybe a closing
#: quotation mark or bracket after it. A line of the body's top without one is a title line.
_TITLE_LINE = re.compile(r"[.!?:;][\"”’')\]]*\s*$")


def _unglued(text: str) -> list[str]:
    """`text` cut after each stop glued to the next sentence (`GLUED_STOP`)."""
    if "." not in text:
        return [text]
    cuts = [m.end() for m in GLUED_STOP.finditer(text)]
    if not cuts:
        return [text]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def _split_sentences(paragraph: str) -> list[str]:
    """The paragraph's sentences (`_SENTENCE_SPLIT`), without a cut after initials inside a name:
    "U.S. Steel" was two sentences, so a page writing "U.S. Steel" and its translation writing "US
    Steel" aligned no sentence of the two that named the company. A stop glued to the next sentence by a
    page's lost space ("... the adviser.As part of", `GLUED_STOP`) ends a sentence too (stop 57): a scraped
    page that lost them read three of its original's sentences as one, aligned with none of them."""
    out: list[str] = []
    for piece in (part for whole in _SENTENCE_SPLIT.split(paragraph) for part in _unglued(whole)):
        if out and _INITIALS_END.search(out[-1]):
            head = _NAME_WORD.match(piece)
            if head is not None and head.group(0).lower() not in _OPENERS:
                out[-1] = f"{out[-1]} {piece}"
                continue
        out.append(piece)
    return out


def sentences_of(body: str) -> Sentences:
    """The first MAX_SENTENCES sentences of `body` (MIN_SENTENCE_WORDS words or more) for `align`.
    A quotation that runs over several sentences of a paragraph ("“We are glad. We will grow,” she
    said") makes each of them quoted, the ones without a mark of their own too, and a quotation in
    single marks counts as one in double marks: the speaker's words are no writer's own words."""
    texts: list[str] = []
    quoted: list[bool] = []
    own: list[str] = []
    titles = 0
    points = 0  # bullets of a summary box at the top
    top = True  # no sentence of the story's own read yet
    lead_at = lead_end = -1  # the opening (the lead paragraph's first sentences), once read
    for paragraph in _house_style(body).split("\n"):
        if len(texts) >= MAX_SENTENCES:
            break
        if lead_at >= 0 and lead_end < 0:
            lead_end = min(len(texts), lead_at + OPENING_SENTENCES)
        if top and paragraph.strip():
            if points < MAX_SUMMARY_POINTS and _BULLET.match(paragraph) is not None:
                points += 1  # a summary box's point, still aligned (it may restate the other's lead)
            elif _TITLE_LINE.search(paragraph) is None and len(paragraph.split()) >= MIN_SENTENCE_WORDS:
                titles += 1
                # a title line is still a sentence to align (a headline may match the other's lead)
            else:
                top = len(paragraph.split()) < MIN_SENTENCE_WORDS
                if not top:
                    lead_at = len(texts)  # the story's first paragraph: its lead
        inside = False  # a quotation opened in an earlier sentence of the paragraph runs on
        for raw in _split_sentences(_single_quotes_marked(paragraph)):
            marks = sum(raw.count(mark) for mark in _QUOTE_MARKS)
            opened_before, inside = inside, inside != (marks % 2 == 1)
            if len(texts) >= MAX_SENTENCES:
                break
            if len(raw.split()) < MIN_SENTENCE_WORDS:
                continue
            cut = raw[:MAX_SENTENCE_CHARS].casefold()
            text = " ".join(_WORD.findall(cut))
            texts.append(text)
            parts = _QUOTE_SPLIT.split(cut)  # the pieces between quotation marks, split once
            has_quote = opened_before or (marks > 0 and not _scare_quoted(parts, marks))
            quoted.append(has_quote)
            # The writer's own words: every other piece between quotation marks, from the first --
            # from the second when the sentence opens inside a quotation.
            pieces = parts[1 if opened_before else 0 :: 2]
            own.append(" ".join(w for part in pieces for w in _WORD.findall(part)) if has_quote else text)
    titles = max(0, titles - 1) + points
    if lead_at < 0:
        lead_at = lead_end = len(texts)  # no paragraph of the story's own: no opening
    elif lead_end < 0:
        lead_end = min(len(texts), lead_at + OPENING_SENTENCES)  # the lead paragraph ends the body
    return Sentences(
        tuple(texts),
        tuple(quoted),
        tuple(own),
        RunIndex.of(tuple(own)),
        titles,
        lead_at=lead_at,
        lead_end=lead_end,
    )


def _scare_quoted(parts: list[str], marks: int) -> bool:
    """Whether every quotation of a sentence that opens and closes its own is under QUOTATION_WORDS
    words (`parts`: the sentence split at its quotation marks): a scare quote in double marks (the
    deal covers "substantially all" of its assets) is the writer's word choice, as one in single
    marks is, so the sentence stays the writer's own."""
    if marks % 2:
        return False
    return all(len(part.split()) < QUOTATION_WORDS for part in parts[1::2])


@dataclass(frozen=True, slots=True)
class Alignment:
    """What two bodies' aligned sentences show (see the module docstring)."""

    aligned: int = 0
    coverage: float = 0.0
    span: float = 0.0  # the lower of the two windows' shares of their text
    #: The window's share of the shorter text (the one with fewer sentences): an edit cut short
    #: (a brief, a page that stops mid-story) shares its whole self with a longer one that goes on.
    short_span: float = 0.0
    lead: bool = False
    mean_ratio: float = 0.0
    verbatim: int = 0  # near-verbatim pairs of the writers' own words
    own_aligned: int = 0  # aligned pairs of the writers' own words, however reworded
    gaps: int = 0  # unpaired sentences inside the two windows
    #: Runs of RUN_WORDS or more of the writers' own words both texts share, in the same order
    #: (counted only when the alignment could make a retold same-wire pair: `_could_be_retold`).
    shared_runs: int = 0
    #: Every sentence of the text with fewer sentences, from where the chain starts in it to its
    #: end, is paired with a sentence of the other: in the chain, or moved (a paragraph told
    #: elsewhere in the other text, paired with a sentence the chain leaves free). The shorter text
    #: has nothing of its own after its lead: the other holds it whole (`_held_whole`).
    whole: bool = False
    #: The words of the chain's first pair when it opens at the lead of both texts near-verbatim
    #: (VERBATIM_RATIO) in the writers' own words (the shorter of the two sentences); 0 otherwise.
    lead_words: int = 0
    #: Two sentences of the writers' own words kept in both texts, in order, with sentences of a text's
    #: own between them in one of the two, one near-verbatim and long (`_kept_apart`).
    kept_apart: bool = False
    #: The whole story retold sentence by sentence in order, each sentence's clauses turned around
    #: ("X said on Monday it raised $Y from Z" / "Z contributed $Y to X, it announced Monday"): the
    #: reworded rule's measures hold under a word-order-free score (`_reordered_retelling`).
    reordered: bool = False
    #: The whole story retold sentence by sentence in its order, the words of each swapped for synonyms and
    #: the order of its words kept (a synonym spinner): the pairs fall under ALIGN_RATIO here and there, and
    #: meet SPUN_RATIO in order (`_spun_retelling`).
    spun: bool = False


@dataclass(frozen=True, slots=True)
class _ChainMeasures:
    """What a chain of sentence pairs spans (the module docstring's measures): its window in each text
    (from its first to its last pair), its coverage (the lower of the two windows' shares of aligned
    sentences), its span (the lower of the two windows' shares of their text), its short span (the
    window's share of the text with fewer sentences) and whether it starts at the lead of both."""

    window_a: int
    window_b: int
    coverage: float
    span: float
    short_span: float
    lead: bool


def _chain_measures(chain: list[tuple[int, int]], a: Sentences, b: Sentences) -> _ChainMeasures:
    """The measures of a non-empty `chain` of pairs of `a`'s and `b`'s sentences: one reading for `align`
    and for the reordered and spun copy rules."""
    (i0, j0), (i1, j1) = chain[0], chain[-1]
    window_a, window_b = i1 - i0 + 1, j1 - j0 + 1
    return _ChainMeasures(
        window_a=window_a,
        window_b=window_b,
        coverage=min(len(chain) / window_a, len(chain) / window_b),
        span=min(window_a / len(a.texts), window_b / len(b.texts)),
        short_span=window_a / len(a.texts) if len(a.texts) <= len(b.texts) else window_b / len(b.texts),
        lead=i0 <= LEAD_SENTENCES + a.titles and j0 <= LEAD_SENTENCES + b.titles,
    )


def align(a: Sentences, b: Sentences) -> Alignment:
    """The in-order alignment of two bodies' sentences."""
    if not a.texts or not b.texts:
        return Alignment()
    from rapidfuzz.fuzz import ratio

    scores = _pair_scores(a, b, ratio, ALIGN_RATIO)
    chain = _earliest_chain(list(scores))
    if not chain:
        return Alignment()
    i0, j0 = chain[0]
    measures = _chain_measures(chain, a, b)
    ratios = [scores[p] for p in chain]
    verbatim = sum(
        1
        for (i, j), r in zip(chain, ratios, strict=True)
        if r >= VERBATIM_RATIO and not (a.quoted[i] or b.quoted[j])
    )
    own_aligned = sum(1 for i, j in chain if not (a.quoted[i] or b.quoted[j]))
    found = Alignment(
        aligned=len(chain),
        coverage=measures.coverage,
        span=measures.span,
        short_span=measures.short_span,
        lead=measures.lead,
        mean_ratio=sum(ratios) / len(ratios),
        verbatim=verbatim,
        own_aligned=own_aligned,
        gaps=measures.window_a + measures.window_b - 2 * len(chain),
        whole=_held_whole(chain, scores, a.texts, b.texts),
        lead_words=(
            min(len(a.texts[i0].split()), len(b.texts[j0].split()))
            if i0 <= LEAD_SENTENCES
            and j0 <= LEAD_SENTENCES
            and scores[i0, j0] >= VERBATIM_RATIO
            and not (a.quoted[i0] or b.quoted[j0])
            else 0
        ),
    )
    if _could_be_retold(found):
        found = replace(found, shared_runs=shared_runs(a, b))
    if _kept_apart(scores, a, b):
        found = replace(found, kept_apart=True)
    if _could_be_reordered(found, a, b):
        # its clauses turned around, else its words swapped one for one (a reordered pair is a rewrite)
        if _reordered_retelling(a, b, scores):
            found = replace(found, reordered=True)
        elif _spun_retelling(a, b):
            found = replace(found, spun=True)
    return found


def _pair_scores(
    a: Sentences, b: Sentences, scorer: Callable[..., float], cutoff: float
) -> dict[tuple[int, int], float]:
    """The score by `scorer` of each pair of a sentence of `a` and one of `b` at least `cutoff` alike."""
    from rapidfuzz.process import extract

    scores: dict[tuple[int, int], float] = {}
    for i, s in enumerate(a.texts):
        # One call per sentence scores it against every sentence of b (the loop runs in C).
        for _, r, j in extract(s, b.texts, scorer=scorer, score_cutoff=cutoff, limit=None):
            scores[i, j] = r
    return scores


def _could_be_reordered(found: Alignment, a: Sentences, b: Sentences) -> bool:
    """Is the word-order-free reading worth its cost? Not for a pair that is a rewrite already, nor for
    two texts whose sentence counts cannot meet the reworded rule's measures (MIN_HELD_ALIGNED
    sentences in each; coverage REWRITE_COVERAGE over WHOLE_SPAN of both needs the shorter to hold
    that share of the longer). A pair the in-order ratio makes same wire is read too: a reordered
    copy keeps runs of its original's wording, so it looked like a retold edit of one wire story. A
    pair sharing MIN_VERBATIM sentences of the writers' own words near-verbatim is judged by the
    word-for-word rules alone (edits of one text, not a paraphrase of it)."""
    shorter, longer = sorted((len(a.texts), len(b.texts)))
    return (
        shorter >= MIN_HELD_ALIGNED
        and shorter >= REWRITE_COVERAGE * WHOLE_SPAN * longer
        and found.verbatim < MIN_VERBATIM
        and not is_rewrite(found)
    )


def _reordered_retelling(a: Sentences, b: Sentences, in_order: dict[tuple[int, int], float]) -> bool:
    """One text retells the other whole, sentence by sentence in its order, with each sentence's
    words reworded and its clauses turned around (a spinner, a paraphrasing tool): under the
    word-order-sensitive ratio such a pair aligns a sentence here and there; under a word-order-free
    score (token_sort_ratio) it meets the reworded rule's measures -- MIN_HELD_ALIGNED sentences from
    the lead, coverage REWRITE_COVERAGE over WHOLE_SPAN of both texts -- and stays reworded (mean under
    VERBATIM_RATIO), with MIN_VERBATIM pairs of the writers' own words, and at least MIN_VERBATIM of
    its pairs turned around (under ALIGN_RATIO by the in-order ratio: aligned only because the order of
    their words is let go). Pages made of one text's paragraphs in its order, names and figures swapped,
    align as well under either score and turn no sentence around: no such copy. Two edits of one wire story
    each cut and add sentences inside the shared stretch (coverage under REWRITE_COVERAGE); two
    independent reports of one event share facts, not a sentence-by-sentence retelling. `in_order`:
    `align`'s pairs at least ALIGN_RATIO alike by the in-order ratio (a pair absent is turned around)."""
    from rapidfuzz.fuzz import token_sort_ratio

    scores = _pair_scores(a, b, token_sort_ratio, ALIGN_RATIO)
    chain = _earliest_chain(list(scores))
    if len(chain) < MIN_HELD_ALIGNED:
        return False
    measures = _chain_measures(chain, a, b)
    own = sum(1 for i, j in chain if not (a.quoted[i] or b.quoted[j]))
    turned = sum(1 for p in chain if p not in in_order)  # scored by the in-order ratio once, in `align`
    return (
        turned >= MIN_VERBATIM
        and measures.lead
        and measures.coverage >= REWRITE_COVERAGE
        and measures.span >= WHOLE_SPAN
        and sum(scores[p] for p in chain) / len(chain) < VERBATIM_RATIO
        and own >= MIN_VERBATIM
    )


def _spun_retelling(a: Sentences, b: Sentences) -> bool:
    """One text is the other put through a synonym spinner: every sentence kept in its place and order,
    most of its words swapped one for one ("ruling" for "decision", "judge" for "determine"), its
    punctuation glued or turned. Such pairs fall under ALIGN_RATIO here and there, so the in-order chain
    breaks; at SPUN_RATIO they chain from the lead of both over the whole of the shorter text
    (CUT_WHOLE_SPAN of its sentences; the longer may go on with page furniture of its own), at least
    MIN_HELD_ALIGNED of them, coverage REWRITE_COVERAGE, with at least MIN_VERBATIM pairs of the writers' own
    words under ALIGN_RATIO (swapped; neither sentence kept near-verbatim at another place of the other text, stop 60:
    two reports of one statement share its quotations in order, and a chain stretched over them pairs a page's own
    sentence with the one before the other page's copy of it) and fewer than MIN_VERBATIM near-verbatim ones. Two reports of one
    statement or wire story keep its sentences near-verbatim (a release's, a wire's), and two independent
    reports share facts, not every sentence in order: neither is such a copy. A text shorter than
    MIN_HELD_ALIGNED sentences is not read (stop 57): two briefs of one event written apart tell its facts
    in their natural order, each sentence reworded, and their wording cannot tell them from a brief put
    through a paraphrasing tool."""
    from rapidfuzz.fuzz import ratio

    scores = _pair_scores(a, b, ratio, SPUN_RATIO)
    chain = _earliest_chain(list(scores))
    if len(chain) < MIN_HELD_ALIGNED:
        return False
    measures = _chain_measures(chain, a, b)
    own = [(i, j) for i, j in chain if not (a.quoted[i] or b.quoted[j])]
    # A sentence either text keeps word for word at another place of the other was not swapped where the chain pairs
    # it: a spinner leaves every sentence in its place, and the chain, told to be long, paired it with a neighbour.
    kept_a = {i for (i, _), r in scores.items() if r >= VERBATIM_RATIO}
    kept_b = {j for (_, j), r in scores.items() if r >= VERBATIM_RATIO}
    swapped = sum(1 for i, j in own if scores[i, j] < ALIGN_RATIO and i not in kept_a and j not in kept_b)
    return (
        measures.lead
        and measures.coverage >= REWRITE_COVERAGE
        and measures.short_span >= CUT_WHOLE_SPAN
        and swapped >= MIN_VERBATIM
        and sum(1 for i, j in own if scores[i, j] >= VERBATIM_RATIO) < MIN_VERBATIM
    )


def _kept_apart(scores: dict[tuple[int, int], float], a: Sentences, b: Sentences) -> bool:
    """Two sentences of one wire story kept by two edits of it, each edit putting sentences of its
    own between them: the in-order chain of the writers' own sentence pairs at least CLOSE_RATIO alike
    holds one near-verbatim pair (VERBATIM_RATIO) of KEPT_SENTENCE_WORDS words or more, and two of its
    pairs stand apart in one text at least. A block pasted whole (a company's "About" paragraph, a
    standard notice) keeps its sentences side by side in both texts, and a quotation is the speaker's
    words: neither counts; nor does a sentence one text gives to a statement and the other carries bare
    (`_relayed`: the speaker's words reported)."""
    close = [(i, j) for (i, j), r in scores.items() if r >= CLOSE_RATIO and not (a.quoted[i] or b.quoted[j])]
    chain = _earliest_chain(close)
    if len(chain) < 2:
        return False
    long_verbatim = any(
        scores[i, j] >= VERBATIM_RATIO
        and min(len(a.texts[i].split()), len(b.texts[j].split())) >= KEPT_SENTENCE_WORDS
        and not (_relayed(a.texts[i], b.texts[j]) or _relayed(b.texts[j], a.texts[i]))
        for i, j in chain
    )
    apart = any(i2 - i1 > 1 or j2 - j1 > 1 for (i1, j1), (i2, j2) in zip(chain, chain[1:], strict=False))
    return long_verbatim and apart


#: The words that give what a page tells to a company's statement: the verb ("said", "stated") and what it was said in
#: ("a statement", "its release"). One list for the two readers below, which ask two things: is a sentence's
#: normalized tail such an attribution (`_RELAYED_TAIL`), and does a page's raw text cite a statement anywhere
#: (`_STATEMENT_CITED`)?
_STATEMENT_VERB = r"(?:said|says|announced|stated|added|confirmed)"
_STATEMENT_NOUN = r"(?:statement|release|filing|announcement|letter)"

#: What a page adds at a sentence's end to give it to a speaker's statement (normalized words): "intel said in a
#: statement", "the company said on monday", "the carrier announced in its release".
_RELAYED_TAIL = re.compile(
    rf"(?:\w+ ){{1,4}}{_STATEMENT_VERB}(?: on \w+)?(?: in (?:a|an|its|the) (?:\w+ )?{_STATEMENT_NOUN})?"
)


def _relayed(sentence: str, other: str) -> bool:
    """Is `sentence` `other` given to a speaker: the other's words near-verbatim (VERBATIM_RATIO), then a statement's
    attribution added at the end (`_RELAYED_TAIL`)? A page that tells a company's statement in reported speech
    ("<words>, the company said in a statement") and a page that carries the statement bare (the release, or a copy
    of it) share the speaker's words, as a quotation is: no writer's prose of a wire (stop 59)."""
    from rapidfuzz.fuzz import ratio

    words, bare = sentence.split(), other.split()
    extra = len(words) - len(bare)
    if not 2 <= extra <= 12:
        return False
    tail = " ".join(words[-extra:])
    return (
        _RELAYED_TAIL.fullmatch(tail) is not None and ratio(" ".join(words[:-extra]), other) >= VERBATIM_RATIO
    )


def _held_whole(
    chain: list[tuple[int, int]],
    scores: dict[tuple[int, int], float],
    a: tuple[str, ...],
    b: tuple[str, ...],
) -> bool:
    """Is the shorter text (fewer sentences; either one when as long), from the chain's start in it
    to its end, paired sentence by sentence with the other, which is at most 1 / WHOLE_SHARE as long?"""
    if len(a) <= len(b) and _side_held(chain, scores, a, b):
        return True
    if len(b) > len(a):
        return False
    flipped_scores = {(j, i): r for (i, j), r in scores.items()}  # b's side, made only when asked
    return _side_held([(j, i) for i, j in chain], flipped_scores, b, a)


def _side_held(
    chain: list[tuple[int, int]],
    scores: dict[tuple[int, int], float],
    a: tuple[str, ...],
    b: tuple[str, ...],
) -> bool:
    """`_held_whole` for text a: each of its sentences from the chain's start on is in the chain or
    is moved: kept in b at another place, its words all there (`_kept_in`), in the best-scoring
    such sentence of b that no other pair has taken."""
    if len(a) < WHOLE_SHARE * len(b):
        return False
    taken = {j for _, j in chain}
    in_chain = {i for i, _ in chain}
    paired: dict[int, list[tuple[float, int]]] = {}
    for (i, j), r in scores.items():
        if i not in in_chain and j not in taken and _kept_in(a[i], b[j]):
            paired.setdefault(i, []).append((r, j))
    for i in range(chain[0][0], len(a)):
        if i in in_chain:
            continue
        free = [(r, j) for r, j in paired.get(i, ()) if j not in taken]
        if not free:
            return False
        taken.add(max(free)[1])
    return True


def _kept_in(sentence: str, other: str) -> bool:
    """Are `sentence`'s words in `other` in their order, all but one in MOVED_KEPT_WORDS at most?
    A paragraph a copy moves is the original's, kept (an attribution may be added: "..., the agency
    reported"); the same fact told at another place in other words ("could be the key to getting
    it back on track" / "will now face the challenge of getting it back on track") is each of two
    edits telling it its own way, not a paragraph moved (stop 32: two edits of one wire story,
    each cut and reworded, looked like a copy holding the other whole)."""
    from rapidfuzz.distance import LCSseq

    words = sentence.split()
    kept = LCSseq.similarity(words, other.split())
    return len(words) - kept <= max(1, len(words) // MOVED_KEPT_WORDS)


def _could_be_retold(al: Alignment) -> bool:
    return (
        not is_rewrite(al)
        and al.aligned >= MIN_RETOLD_ALIGNED
        and al.lead
        and (al.short_span >= RETOLD_SPAN or al.lead_words >= WIRE_LEAD_WORDS)
    )


def _own_runs(s: Sentences) -> RunIndex:
    """The runs of `s`'s own words: those stored with it, else made from its own words (its texts)."""
    return s.runs if s.runs.hashes or not s.texts else RunIndex.of(s.own or s.texts)


def shared_runs(a: Sentences, b: Sentences) -> int:
    """How many separate runs of RUN_WORDS or more of the writers' own words (outside quotation
    marks) `a` and `b` share, in the same order: maximal stretches of shared RUN_WORDS-word
    sequences in `a`, the longest chain of them whose places in `b` increase too."""
    run_a, run_b = _own_runs(a), _own_runs(b)
    # The first place of each sequence in b (reversed: the first one written wins).
    at_b = dict(zip(reversed(run_b.hashes), reversed(run_b.places), strict=True))
    runs: list[tuple[int, int]] = []  # (end in a, start in b) of each maximal run
    for i, j in zip(run_a.places, map(at_b.get, run_a.hashes), strict=True):
        if j is None:
            continue
        if runs and runs[-1][0] == i - 1:
            runs[-1] = (i, runs[-1][1])
        else:
            runs.append((i, j))
    return len(_chain([(n, j) for n, (_, j) in enumerate(runs)]))


def _earliest_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A longest in-order chain of aligned pairs, the one that starts earlier where two are as long:
    the same whichever of the two texts is `a` (an article imported before or after the other). A
    sentence told twice in one text (a caption repeating the lead) gives two chains of one length;
    patience sorting keeps one by the order of `a` alone, so a pair was judged "from the lead" or not
    by which text came first."""
    forward = _chain(pairs)
    backward = [(i, j) for j, i in _chain([(j, i) for i, j in pairs])]
    if len(backward) > len(forward) or (
        len(backward) == len(forward) and backward and max(backward[0]) < max(forward[0])
    ):
        return backward
    return forward


def _chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of (i, j) pairs strictly increasing in both i and j (patience sorting:
    pairs by i ascending and, within one i, j descending, so one i is used once)."""
    ordered = sorted(pairs, key=lambda p: (p[0], -p[1]))
    tails: list[int] = []  # smallest j ending a chain of each length
    tail_at: list[int] = []  # index into ordered of that tail
    back: list[int] = []
    for k, (_, j) in enumerate(ordered):
        pos = bisect.bisect_left(tails, j)
        back.append(tail_at[pos - 1] if pos else -1)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
    out: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k != -1:
        out.append(ordered[k])
        k = back[k]
    return out[::-1]


def is_rewrite(al: Alignment) -> bool:
    """One body retells the other (a spun rewrite, or a copy cut at another point)."""
    if (  # a short copy: a brief of the other's first paragraphs, word for word
        MIN_VERBATIM <= al.aligned < MIN_ALIGNED
        and al.lead
        and al.gaps == 0
        and al.verbatim == al.aligned
        and al.short_span >= SHORT_COPY_SPAN
    ):
        return True
    if al.reordered or al.spun:
        # reworded with each sentence's clauses turned around, or its words swapped for synonyms, the whole
        # story retold in order
        return True
    if al.aligned < MIN_ALIGNED or not al.lead:
        return False
    if al.whole and al.verbatim >= MIN_VERBATIM:
        # a copy with additions: the shorter text whole inside the other, some of it word for word
        return True
    if al.gaps == 0 and al.short_span >= CUT_WHOLE_SPAN and al.own_aligned >= MIN_VERBATIM:
        # cut short: the shorter text is the other's opening retold sentence by sentence, nothing
        # of its own (a spun copy: reworded prose, the quotations kept, stopped where the other goes on)
        return True
    if al.mean_ratio >= VERBATIM_RATIO:
        # word for word: of the writers' own words, not only of quotations (the speaker's words,
        # which any report of a statement may carry; two such reports are no copy of each other)
        return al.gaps <= MAX_VERBATIM_GAPS and al.span >= CUT_SPAN and al.verbatim >= MIN_VERBATIM
    if al.coverage >= REWRITE_COVERAGE and al.aligned >= MIN_HELD_ALIGNED and al.short_span >= CUT_WHOLE_SPAN:
        # reworded, the shorter text retold whole from its lead in order, the longer going on past it
        # (a spinner's copy that splits sentences and keeps the page's tail): the whole story retold
        return True
    return al.coverage >= REWRITE_COVERAGE and al.span >= WHOLE_SPAN


def with_additions(al: Alignment) -> bool:
    """A rewrite only because the shorter text lies whole inside the other (`Alignment.whole`): a
    copy that holds the original and adds paragraphs of its own, not one retold sentence by sentence."""
    return is_rewrite(al) and not is_rewrite(replace(al, whole=False))


#: The news agencies a page may credit as the reporter of what it retells (closed class).
_AGENCY = (
    r"(?:Reuters|Associated\s+Press|AP|AFP|Agence\s+France[- ]Presse|Bloomberg(?:\s+News)?|Dow\s+Jones|"
    r"PTI|Press\s+Trust\s+of\s+India|IANS|ANI|Xinhua|Kyodo|dpa|Yonhap|UPI)"
)
#: A page citing an agency as the reporter of what it tells: "Reuters reported", "according to Reuters",
#: "told the Associated Press", "quoted by Reuters"; the agency named after its verb at the clause's end
#: (", reported Bloomberg, citing ...", "said the Associated Press."), a report of the agency cited ("citing a
#: report from Reuters", "a Bloomberg News report said"). A citation tells where the page's facts come from,
#: not that the page carries the agency's text (stop 58).
_AGENCY_CITATION = (
    rf"\b{_AGENCY}\s+(?:first\s+|previously\s+|has\s+|had\s+)?(?:reported|reports)\b"
    rf"|\b(?:reported|said)\s+(?:the\s+)?{_AGENCY}\s*(?:[,.;]|$)"
    rf"|\bciting\s+(?:(?:a|an|the)\s+)?(?:(?:report|story|article)\s+(?:by|from|in)\s+)?(?:the\s+)?{_AGENCY}\b"
    rf"|\b(?:[Aa]n?|[Tt]he)\s+{_AGENCY}\s+(?:report|story|article)\b"
    rf"|\b(?:according\s+to|told|quoted\s+by|cited\s+by|reported\s+by|in\s+an\s+interview\s+with)"
    rf"\s+(?:the\s+)?{_AGENCY}\b"
)
#: A page running an agency's story under the agency's own credit (not a citation of it): a "By Reuters" line, an
#: "(AP)" dateline, an agency writer's byline ("By Ana Ruiz, Associated Press", a line "AP Business Writer" under the
#: name; written as the agency spells itself), and in any case a line of its own ("Source Credit : Reuters", "Source:
#: AP", "REUTERS"), a dateline with its dash ("LONDON (REUTERS) -") or a closing credit at the text's end ("... in
#: May.- REUTERS", "-- AFP"). The one reader of a credit (`credited_agencies`, `agency_run`; stops 42, 59).
_AGENCY_CREDIT_LINE = (
    rf"^[ \t]*By\s+(?P<by>{_AGENCY})\b|\((?P<paren>{_AGENCY})\)"
    rf"|^[ \t]*By\s+[^,\n]{{2,60}},\s+(?:the\s+)?(?P<byline>{_AGENCY})[ \t]*$"
    rf"|^[ \t]*(?P<writer>{_AGENCY})(?:\s+[A-Z][a-z]+){{0,2}}\s+Writer[ \t]*$"
    rf"|(?i:^[ \t]*(?:source(?:\s+credit)?\s*:\s*|by\s+)?(?P<line>{_AGENCY})[ \t]*$"
    rf"|\((?P<dateline>{_AGENCY})\)\s*[-–—]"
    rf"|[-–—]\s*(?P<end>{_AGENCY})\s*\Z)"
)
_AGENCY_CITED = re.compile(_AGENCY_CITATION, re.MULTILINE)
_AGENCY_CREDITED = re.compile(_AGENCY_CREDIT_LINE, re.MULTILINE)
_AGENCY_NAMED = re.compile(rf"\b{_AGENCY}\b")


#: A citation of an earlier report, not of the story told: "Bloomberg first reported that ...", "Reuters previously
#: reported", "as Reuters reported in December", "... reported last month". A wire's story refers so to its own
#: scoop, and every edit of it carries the sentence.
_EARLIER_REPORT_BEFORE = re.compile(r"\b(?:first|previously|earlier|had|has)\s+reported\b")
_EARLIER_REPORT_AFTER = re.compile(
    rf"\s*(?:earlier|previously|first|last\s+(?:week|month|year)|in\s+(?:{_MONTH}|(?:19|20)\d\d)\b)",
    re.IGNORECASE,
)


def _story_citations(text: str) -> set[str]:
    """The agencies `text` cites as the reporter of the story it tells (`_AGENCY_CITED`), not of an earlier report
    (`_EARLIER_REPORT_BEFORE`, `_EARLIER_REPORT_AFTER`)."""
    out: set[str] = set()
    for m in _AGENCY_CITED.finditer(text):
        if _EARLIER_REPORT_BEFORE.search(m.group(0)) or _EARLIER_REPORT_AFTER.match(text, m.end()):
            continue
        out.update(_agency_key(name) for name in _AGENCY_NAMED.findall(m.group(0)))
    return out


def cites_the_wire_of(text: str, other: str) -> bool:
    """Does `text` cite as the reporter of what it tells ("the Associated Press reported", "according to
    Reuters") the agency under whose credit `other` runs its story (a credit line, a dateline, an agency
    writer's byline), without running that agency's story under its credit itself? Such a page retells the
    agency's report, whatever it keeps of its words: citing a wire is not carrying its text (stop 58)."""
    cited = _story_citations(text)
    if not cited:
        return False
    return bool(cited & credited_agencies(other) - credited_agencies(text))


#: A retold edit whose pages run an agency's story by its credit needs this many shared runs (one less than
#: the retold rule's: `is_credited_retelling`, `is_wire_version`).
MIN_CREDITED_RUNS = 2


def _credited(m: re.Match[str]) -> str:
    """The agency a credit (`_AGENCY_CREDITED`) names, one spelling (`_agency_key`)."""
    return _agency_key(next(name for name in m.groups() if name))


def credited_agencies(text: str) -> set[str]:
    """The agencies whose story `text` runs under the agency's own credit: a credit line, a dateline, an agency
    writer's byline, a closing credit (`_AGENCY_CREDIT_LINE`), one spelling each; a citation ("Reuters reported")
    is none."""
    return {_credited(m) for m in _AGENCY_CREDITED.finditer(text)}


def cites_agency(text: str) -> bool:
    """Does `text` cite a news agency as the reporter of what it tells ("Reuters reported", "according to the AP",
    "told Reuters", `_AGENCY_CITATION`)?"""
    return _AGENCY_CITED.search(text) is not None


def credited_pair(text: str, other: str) -> bool:
    """Do two pages share a wire origin by their credits, for `is_credited_retelling`? One runs a news agency's
    story under the agency's credit line or dateline ("By Reuters", "(AP)"), and the other runs the same agency's
    or cites no agency as the reporter of what it tells. A page that retells the wire's story in its own words and cites
    it ("Reuters reported", "according to the Associated Press") names where its facts come from: citing a wire
    is not carrying its text, so its shared figures, names, a quotation and a stock phrase or two are no edit of
    the wire (stop 58; stop 42 took the citation as the credit, and a page with none at all as the other)."""
    credited = credited_agencies(text)
    other_credited = credited_agencies(other)
    if credited and other_credited:
        # two credited pages share a wire only through one agency: "By Reuters" and "(AP)" are two wires' stories
        return bool(credited & other_credited)
    if credited:
        return not cites_agency(other)
    if other_credited:
        return not cites_agency(text)
    return False


def is_credited_retelling(al: Alignment) -> bool:
    """A retold edit (`_could_be_retold`) keeping fewer runs of the wire's wording than the retold
    rule asks, but MIN_CREDITED_RUNS: same wire when
    the two pages share a wire origin by their credits (`credited_pair`: the importer asks). A page
    running the agency's story under its credit, and another retelling its facts in its order, from the
    lead, keeping its wording twice, are two edits of that wire; a credit alone, or two runs alone, link
    nothing (two writers apart share a stock phrase or two), and neither does a citation (stop 58)."""
    return not is_same_wire(al) and _could_be_retold(al) and al.shared_runs >= MIN_CREDITED_RUNS


#: One agency however a page writes it ("REUTERS", "Associated Press", "Bloomberg News").
_AGENCY_NAMES = {
    "associated press": "ap",
    "agence france-presse": "afp",
    "agence france presse": "afp",
    "bloomberg news": "bloomberg",
    "press trust of india": "pti",
}


def _agency_key(name: str) -> str:
    """One spelling of an agency's name as a page writes it (`_AGENCY_NAMES`): "Associated  Press" -> "ap"."""
    key = " ".join(name.split()).casefold()
    return _AGENCY_NAMES.get(key, key)


def agency_run(text: str) -> str | None:
    """The news agency whose story `text` runs by its own credit, the first it writes (`_AGENCY_CREDIT_LINE`), one
    spelling per agency; None when it carries no such credit. "Sources told Reuters" is a citation, no credit: a
    page quoting an agency need not run its story."""
    m = _AGENCY_CREDITED.search(text.strip())
    return None if m is None else _credited(m)


def rewrites_of_one_wire(al: Alignment, text: str, other: str) -> bool:
    """Two rewrites of one agency's story: both pages run it under that agency's own credit (`agency_run`: a credit
    line, a dateline, a closing credit) and one retells the other reworded (a rewrite, its mean ratio under
    VERBATIM_RATIO). Each page reworded the agency's text on its own (two machine rewrites of one wire story): neither
    republishes the other, so they are two edits of one origin, same wire, not a copy and its original (stop 59). A
    run of the wire word for word under the same credit stays a copy (syndicated), and so does a reworded page whose
    original alone carries the credit."""
    if not is_rewrite(al) or al.mean_ratio >= VERBATIM_RATIO:
        return False
    agency = agency_run(text)
    return agency is not None and agency == agency_run(other)


#: A word changed for another that is at least this alike (rapidfuzz ratio of the two stretches) is a spelling of it
#: ("honour"/"honor", "percent"/"per cent", a word's end cut), no edit of the text (`_changed_both_ways`).
SPELLING_RATIO = 80.0
_HAS_DIGIT = re.compile(r"\d")


def _changed_both_ways(x: str, y: str) -> bool:
    """Does each of two aligned sentences (normalized words) hold words the other lacks: a word put in or changed
    for another ("said it would acquire" / "said it would buy"), not its spelling (SPELLING_RATIO), a sentence cut
    off at the page's end (one stretch opening the other) nor a figure told otherwise?"""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.fuzz import ratio

    wx, wy = x.split(), y.split()
    changes: list[list[int]] = []  # [start in x, end in x, start in y, end in y], neighbouring changes joined
    for op in Levenshtein.opcodes(wx, wy):
        if op.tag == "equal":
            continue
        if changes and changes[-1][1] == op.src_start and changes[-1][3] == op.dest_start:
            changes[-1][1], changes[-1][3] = op.src_end, op.dest_end
        else:
            changes.append([op.src_start, op.src_end, op.dest_start, op.dest_end])
    own_x = own_y = False
    for x0, x1, y0, y1 in changes:
        # a figure told otherwise ("12 billion" / "10 billion") is a discrepancy between the pages, which the
        # comparison weighs, not a desk's wording: its words with a digit are left out
        sx = " ".join(w for w in wx[x0:x1] if not _HAS_DIGIT.search(w))
        sy = " ".join(w for w in wy[y0:y1] if not _HAS_DIGIT.search(w))
        if sx and sy and (ratio(sx, sy) >= SPELLING_RATIO or sx.startswith(sy) or sy.startswith(sx)):
            continue
        own_x, own_y = own_x or bool(sx), own_y or bool(sy)
    return own_x and own_y


def edited_apart(a: Sentences, b: Sentences) -> bool:
    """Two edits of one text, not a copy and its original, however alike their words (stop 60): in at least
    MIN_VERBATIM of the sentences the two texts pair in order, each holds words the other lacks (`_changed_both_ways`:
    a word of its own, a clause of its own, another word for one of the other's; quoted sentences too). A syndicated
    copy republishes its original's sentences, cutting a tag or changing a word here and there; two desks editing one
    agency story each change words of their own all through it ("biggest deal" / "biggest buyout", "opting cheaper" /
    "opting for cheaper"), so neither holds what the other made of it. "All through it": the changed sentences are
    also at least EDITED_SHARE of the pairs, so a long copy with a word reworded in three of its thirty sentences
    stays a copy. The importer asks only of a pair linked as a copy by its words alone (its similarity)."""
    from rapidfuzz.fuzz import ratio

    scores = _pair_scores(a, b, ratio, ALIGN_RATIO)
    chain = _earliest_chain(list(scores))
    changed = sum(1 for i, j in chain if scores[i, j] < 100.0 and _changed_both_ways(a.texts[i], b.texts[j]))
    return changed >= MIN_VERBATIM and changed >= EDITED_SHARE * len(chain)


def is_wire_version(al: Alignment) -> bool:
    """Two versions of one agency story (a first take and its update), when both pages run that
    agency's story by their own credit (`agency_run`: the importer asks): the retold rule without its
    span -- MIN_RETOLD_ALIGNED sentences aligned from the lead, MIN_CREDITED_RUNS runs of the wire's
    wording, at least half of the aligned sentences the writers' own. The update keeps the first take's
    lead and a sentence or two, then cuts the rest for what came later, so the shared stretch is under
    half of either page; under one agency's credit on both, that is the agency's story twice. A credit
    alone links nothing, nor does a reworded lead."""
    return (
        not is_rewrite(al)
        and not is_same_wire(al)
        and al.aligned >= MIN_RETOLD_ALIGNED
        and al.lead
        and al.shared_runs >= MIN_CREDITED_RUNS
        and 2 * al.own_aligned >= al.aligned
    )


def _held_words(words: list[str], held: set[int]) -> int:
    """How many of `words` lie inside a run of RUN_WORDS words whose hash is in `held`."""
    covered = [False] * len(words)
    for k in range(len(words) - RUN_WORDS + 1):
        if hash(" ".join(words[k : k + RUN_WORDS])) in held:
            covered[k : k + RUN_WORDS] = [True] * RUN_WORDS
    return sum(covered)


def _own_quotation(a: Sentences, b: Sentences) -> bool:
    """`a` carries a quotation `b` does not: a quoted sentence none of whose RUN_WORDS-word runs
    (quotation and all) is in `b`."""
    held = set(RunIndex.of(b.texts).hashes)
    return any(q and not _held_words(text.split(), held) for text, q in zip(a.texts, a.quoted, strict=True))


def _wire_sentence_in(a: Sentences, b: Sentences) -> bool:
    """A sentence of `a` in the writers' own words, of WIRE_SENTENCE_WORDS words or more, with
    WIRE_SENTENCE_SHARE of its words (and WIRE_SENTENCE_WORDS at least) in runs of RUN_WORDS words
    that `b`'s own words hold too."""
    long_own = [own.split() for own, quoted in zip(a.own or a.texts, a.quoted, strict=True) if not quoted]
    long_own = [words for words in long_own if len(words) >= WIRE_SENTENCE_WORDS]
    if not long_own:
        return False
    held = set(_own_runs(b).hashes)
    return any(
        (kept := _held_words(words, held)) >= WIRE_SENTENCE_WORDS and kept >= WIRE_SENTENCE_SHARE * len(words)
        for words in long_own
    )


def shares_wire_sentence(a: Sentences, b: Sentences) -> bool:
    """Two edits of one wire story told in a few sentences each (two video scripts of one agency, a
    story and its write-through), each with quotations of its own, sharing one whole wire sentence:
    a sentence of either in the writers' own words of WIRE_SENTENCE_WORDS words or more,
    WIRE_SENTENCE_SHARE of its words in runs of RUN_WORDS words that the other's own words hold too,
    however the other split it or joined it to another (`_wire_sentence_in`). Such pages align too
    few sentences for the retold rule (a script's one sentence of prose is two of the other's). One
    shared run is a stock phrase, and a quotation is the speaker's words: neither counts (stop 48)."""
    if not any(a.quoted) or not any(b.quoted):
        return False
    shared = _wire_sentence_in(a, b) or _wire_sentence_in(b, a)
    return shared and _own_quotation(a, b) and _own_quotation(b, a)


#: The closing sections of a press release, each opened by a line of its own: its "About <Company>" heading over the
#: paragraph that opens on that company's name, its forward-looking-statements or cautionary-statement heading, its end
#: mark ("###", "- ends -"), its media or investor contacts line. A company repeats them word for word in every release.
_RELEASE_CLOSING = (
    r"^[ \t]*About[ \t]+(?P<company>[A-Z][\w&'’.-]*)[^\n]{0,60}\n\s*(?P=company)\b"
    r"|^[ \t]*(?i:forward[- ]looking[ \t]+statements?|cautionary[ \t]+statements?)[ \t]*:?[ \t]*$"
    r"|^[ \t]*(?:#{3}|-[ \t]*(?i:ends)[ \t]*-)[ \t]*$"
    r"|^[ \t]*(?i:(?:media|press|investor)[ \t]+(?:contacts?|relations|enquiries|inquiries))[ \t]*:"
)
_RELEASE_CLOSING_LINE = re.compile(_RELEASE_CLOSING, re.MULTILINE)
#: A page that carries a company's press release, by marks only a release writes (read on the page's text with its
#: furniture): a closing section (`_RELEASE_CLOSING`), or its quotation under the release's own lead-in, the speaker
#: named first and the title after ("Commenting on the results, Ana Ruiz, Chief Executive of Corvo, said: “..."; a
#: reporter's "Commenting on the deal, Corvo boss Ana Ruiz said:" names no title after the name).
_RELEASE_MARK = re.compile(
    r"^[ \t]*Commenting[ \t]+on[ \t][^,\n]{1,80},[ \t]+[A-Z][^,:\n“\"]{1,60},[ \t]+[^,\n“\"]{1,120},[ \t]+said:[ \t]*[“\"]|"
    + _RELEASE_CLOSING,
    re.MULTILINE,
)
#: A page that is the release as issued: a release service's dateline or line ("CITY--(BUSINESS WIRE)--",
#: "/PRNewswire/", "(GLOBE NEWSWIRE)", a "WEBWIRE" line).
_RELEASE_ISSUED = re.compile(
    r"\((?:BUSINESS[ \t]+WIRE|GLOBE[ \t]+NEWSWIRE|ACCESSWIRE)\)|/PRNewswire(?:-[A-Za-z]{1,20})?/|/CNW/|/EINPresswire/"
    r"|^[ \t]*WEBWIRE[ \t]*$",
    re.MULTILINE,
)


def without_release_closing(text: str) -> str:
    """`text` up to a press release's first closing section (`_RELEASE_CLOSING`: "About <Company>", forward-looking
    statements, contacts, "###"): what a company repeats in every release is no evidence that two pages share a text."""
    closing = _RELEASE_CLOSING_LINE.search(text)
    return text if closing is None else text[: closing.start()]


#: A page citing a company's statement as the source of what it tells: "<Co> said in a statement", "the company
#: announced in its release", "In the statement, <Name> said". Every report of a release may carry it; set against a
#: page that runs the release itself, it tells a report on the release (`cites_a_statement`, stop 59).
_STATEMENT_CITED = re.compile(
    rf"\b{_STATEMENT_VERB}\s+in\s+(?:a|an|its|the)\s+(?:\w+\s+){{0,2}}?{_STATEMENT_NOUN}\b"
    rf"|\b[Ii]n\s+(?:a|an|its|the)\s+(?:\w+\s+){{0,2}}?{_STATEMENT_NOUN}\s*,"
)


def cites_a_statement(text: str) -> bool:
    """Does `text` cite a company's statement or release as the source of what it tells (`_STATEMENT_CITED`)? A page
    that does so and lifts a sentence or two of the release among its own words reports on the release: set against
    the release as issued (or a page republishing it), it is no second edit of one text, as a page citing a wire is
    none of the wire's (`cites_the_wire_of`, stop 58; stop 59)."""
    return _STATEMENT_CITED.search(text) is not None


def issued_release(text: str) -> bool:
    """Is `text` a press release as a release service issued it (`_RELEASE_ISSUED`)?"""
    return _RELEASE_ISSUED.search(text) is not None


def carries_release(text: str) -> bool:
    """Does `text` carry a company's press release, by the release's own marks (`_RELEASE_MARK`) or as issued?"""
    return release_marks(text).carries


@dataclass(frozen=True, slots=True)
class ReleaseMarks:
    """A page's press-release marks, read once per page (`release_marks`) for every pair it is judged in."""

    issued: bool  # the release as issued (`issued_release`)
    carries: bool  # carries a release, by its own marks or as issued (`carries_release`)


def release_marks(text: str) -> ReleaseMarks:
    """`text`'s press-release marks: each pattern searched once."""
    issued = issued_release(text)
    return ReleaseMarks(issued, issued or _RELEASE_MARK.search(text) is not None)


def _first_sentence_kept(a: Sentences, b: Sentences) -> bool:
    """Is `a`'s first sentence (a headline or the lead) one of `b`'s first sentences (its titles and lead) near-verbatim?"""
    from rapidfuzz.fuzz import ratio

    opening = b.texts[: b.titles + LEAD_SENTENCES]
    return bool(a.texts) and any(ratio(a.texts[0], other) >= VERBATIM_RATIO for other in opening)


def runs_one_release(marks: ReleaseMarks, a: Sentences, other_marks: ReleaseMarks, b: Sentences) -> bool:
    """Two pages that share text word for word enough to be a copy (the word-similarity or a rewrite rule) and run one
    press release, each under a lead of its own: one page carries the release by its marks (`carries_release`) and
    neither opens on the other's first sentence (a news wire's copy of the release puts its own attribution, day and
    ticker over the release's paragraphs: "<Company> (<TICKER>) said on Friday it will ..." where the release says
    "<Company> announced that it will ..."). Neither republishes the other: both took the release, so they are two
    edits of one source text, same wire. A page republished whole keeps its lead (a copy, whatever it carries); a page
    that is the release as issued (`issued_release`) is the original that the other copies (docs/copies.md). `marks`,
    `other_marks`: each page's `release_marks`."""
    if marks.issued or other_marks.issued:
        return False
    if not (marks.carries or other_marks.carries):
        return False
    return not (_first_sentence_kept(a, b) or _first_sentence_kept(b, a))


#: A year ("1962", "2031") or a day beside its month ("March 3", "1 October"): a date, no figure of a story's news.
_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_WORD = re.compile(_MONTH + r"$", re.IGNORECASE)


def _numbers_told(words: list[str]) -> set[str]:
    """The numbers among normalized `words` that tell a story's figures (a price, a sum, a share, a count): words
    holding a digit, but for a year and a day told beside its month. Normalized words have lost their currency signs
    and percent marks, and a price may be told in words ("14.20 euros a share"), so the importer's money pattern
    (importer._FIGURE, for a copy's changed figures on the raw text) does not serve here."""
    return {
        w
        for k, w in enumerate(words)
        if any(c.isdigit() for c in w)
        and _YEAR.fullmatch(w) is None
        and not any(0 <= n < len(words) and _MONTH_WORD.match(words[n]) for n in (k - 1, k + 1))
    }


def release_story(p: Sentences, q: Sentences) -> bool:
    """Does `p`, a page carrying a press release, share with `q` a sentence of the release's story rather than of what
    the company repeats from release to release? A sentence of `p`'s own words of KEPT_SENTENCE_WORDS words or more,
    kept word for word in `q`'s own words (VERBATIM_RATIO alike to one of its sentences, or WIRE_SENTENCE_SHARE of its
    words in runs of RUN_WORDS words `q` holds: split or joined there), that is among `p`'s opening sentences (its lead:
    `Sentences.lead_at`), or that tells a figure `p`'s headline or lead tells (the news's price, sum or share;
    `_numbers_told`: no year nor day). A release's background -- its history, an earlier offer's terms told as past, its
    "About" block -- stands below its lead and tells figures of other news (stop 55)."""
    from rapidfuzz.fuzz import ratio

    news = _numbers_told(" ".join(p.texts[: p.lead_end]).split())
    theirs = [text for text, quoted in zip(q.texts, q.quoted, strict=True) if not quoted]
    held: set[int] | None = None
    for i in range(p.lead_at, len(p.texts)):
        words = p.texts[i].split()
        if p.quoted[i] or len(words) < KEPT_SENTENCE_WORDS:
            continue
        if i >= p.lead_end and not _numbers_told(words) & news:
            continue  # below the lead, telling none of its figures: background
        if any(ratio(p.texts[i], other) >= VERBATIM_RATIO for other in theirs):
            return True
        held = set(_own_runs(q).hashes) if held is None else held
        if _held_words(words, held) >= WIRE_SENTENCE_SHARE * len(words):
            return True
    return False


def _lead_news(s: Sentences) -> set[str]:
    """The figures `s`'s headline or lead tells (`_numbers_told` of its sentences up to `Sentences.lead_end`)."""
    return _numbers_told(" ".join(s.texts[: s.lead_end]).split())


def another_moment(a: Sentences, b: Sentences) -> bool:
    """Two stories of one event told at two moments by one newsroom, the later reusing the earlier's background:
    the talks, then the deal announced; a bid, then its raise. One page's headline or lead tells figures of its news
    (`_lead_news`: a price, a sum, a share; no year nor day) of which the other page tells none anywhere, and nothing
    the two share is of either page's story (both leads tell figures: a lead telling none opens a feature on
    the same news): their leads (`Sentences.lead_at`) are not one sentence reworded
    (CLOSE_RATIO), no sentence of their openings (the first LEAD_SENTENCES + 1 after the title lines, where a copy's
    chain may start) is kept word for word, and no shared sentence tells a figure a lead tells (`release_story`).
    What they share is the background a newsroom carries from story to story (the earlier rounds, who backed whom,
    the founders): no second edit of one text, not same wire (stop 59). An agency's write-through that adds the price
    to its lead keeps the first take's next sentence word for word, and two edits of one story tell one news (its
    lead's figures in both): they stay same wire."""
    from rapidfuzz.fuzz import ratio

    leads_a, leads_b = a.texts[a.lead_at : a.lead_end], b.texts[b.lead_at : b.lead_end]
    if any(ratio(x, y) >= CLOSE_RATIO for x in leads_a for y in leads_b):
        return False  # one lead told twice, however reworded: one news
    opening_a, opening_b = a.texts[: a.titles + LEAD_SENTENCES + 1], b.texts[: b.titles + LEAD_SENTENCES + 1]
    if any(ratio(x, y) >= VERBATIM_RATIO for x in opening_a for y in opening_b):
        return False  # a sentence of the story's opening kept word for word: one story, a later version of it
    news_a, news_b = _lead_news(a), _lead_news(b)
    told_a = _numbers_told(" ".join(a.texts).split())
    told_b = _numbers_told(" ".join(b.texts).split())
    if not (news_a and news_b) or (news_a & told_b and news_b & told_a):
        return False  # a lead telling no figure (a feature's opening), or both leads' news told by both pages
    return not (release_story(a, b) or release_story(b, a))


def release_background(
    al: Alignment,
    wire_sentence: bool,
    marks: ReleaseMarks,
    a: Sentences,
    other_marks: ReleaseMarks,
    b: Sentences,
) -> bool:
    """Two pages linked only by what a company repeats from release to release, one of them a press release
    (`carries_release`): two sentences kept apart (`Alignment.kept_apart`) or one whole sentence (`wire_sentence`:
    `shares_wire_sentence` holds), and no other same-wire rule. A company's releases repeat their background (the offer
    an earlier release made, its history, closely reworded; the "About" paragraph), so a release of other news and a
    page carrying an earlier release share those and are not two edits of one text: not same wire. Two news pages that
    each lift sentences of one release's story (its lead, the offer's price), one of them carrying the release's marks,
    are two edits of it: same wire (`release_story`, stop 55). Not when both pages carry a release (sharing so little,
    they carry two) or one is the release as issued (`issued_release`): a company's later release may tell its news in
    nearly the words of its earlier one (a tender launched after it was announced). `marks`, `other_marks`: each
    page's `release_marks`; `a`, `b`: the two texts' bodies' sentences."""
    if not (al.kept_apart or wire_sentence) or is_same_wire(replace(al, kept_apart=False)):
        return False
    marked, other_marked = marks.carries, other_marks.carries
    if not (marked or other_marked):
        return False
    if (marked and other_marked) or marks.issued or other_marks.issued:
        return True
    return not (release_story(a, b) if marked else release_story(b, a))


def is_same_wire(al: Alignment) -> bool:
    """Both bodies are edits of one source text (and neither retells the other): sentences shared
    word for word, or a retold edit that keeps runs of the source's wording (module docstring)."""
    if is_rewrite(al):
        return False
    verbatim = (
        al.aligned >= MIN_WIRE_ALIGNED
        and al.verbatim >= MIN_VERBATIM
        and al.span >= WIRE_SPAN
        and al.coverage >= WIRE_COVERAGE
    )
    passage = al.verbatim >= MIN_PASSAGE_VERBATIM and al.coverage >= WIRE_COVERAGE
    # retold: the wire's wording kept in runs, over half the shorter text or from one wire lead that
    # both open on word for word (each site cut the story elsewhere and added its own); at least half
    # of the aligned sentences the writers' own (outside quotation marks): two outlets each retelling
    # a company's statement in their own voice align mostly on its quotations, in its order, and
    # share a phrase or three of it, not a wire's prose (stop 43, the lead's decision)
    retold = _could_be_retold(al) and al.shared_runs >= MIN_SHARED_RUNS and 2 * al.own_aligned >= al.aligned
    return verbatim or passage or retold or al.kept_apart
