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
  words (no quotation mark in either): a quotation repeated from a press release is the speaker's
  words, which any report may carry, not evidence that two writers share a text.

A **rewrite** (spun, or cut at another point): at least MIN_ALIGNED sentences aligned and the lead
kept (a copy retells the story from its start; inverted-pyramid copies are cut at the bottom), and
- reworded (mean ratio below VERBATIM_RATIO): coverage at least REWRITE_COVERAGE (a spinner splits
  and merges sentences, so a sentence here and there stays unpaired) over WHOLE_SPAN of both texts
  (the whole story retold);
- word for word (mean ratio at least VERBATIM_RATIO): at most MAX_VERBATIM_GAPS unpaired sentences
  inside the shared stretch, over CUT_SPAN of both (a copy that ends at another point, or goes on
  with material the other excerpt lacks). Text shared word for word with sentences of each side's
  own inside it is two edits of one source, not a copy: same wire.

**Same wire**: not a rewrite, but at least MIN_VERBATIM of the writers' own sentences shared
near-verbatim, in order, over a window spanning WIRE_SPAN of both texts, with coverage at least
WIRE_COVERAGE: the same story told in the same order from one source, each edit keeping, cutting and
adding sentences of its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

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
WIRE_SPAN = 0.6
WIRE_COVERAGE = 0.5

COPY = "copy"
SAME_WIRE = "same wire"

_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))[ \t]+|\n+")
_QUOTE_MARKS = ('"', "“", "”", "„", "«", "»")
_WORD = re.compile(r"\w+(?:[.,]\d+)*")


@dataclass(frozen=True, slots=True)
class Sentences:
    """A body's sentences as normalized words (one string each), and which hold a quotation mark."""

    texts: tuple[str, ...]
    quoted: tuple[bool, ...]


def sentences_of(body: str) -> Sentences:
    """The first MAX_SENTENCES sentences of `body` (MIN_SENTENCE_WORDS words or more) for `align`."""
    texts: list[str] = []
    quoted: list[bool] = []
    for raw in _SENTENCE_SPLIT.split(body):
        if len(texts) >= MAX_SENTENCES:
            break
        if len(raw.split()) < MIN_SENTENCE_WORDS:
            continue
        texts.append(" ".join(_WORD.findall(raw[:MAX_SENTENCE_CHARS].casefold())))
        quoted.append(any(mark in raw for mark in _QUOTE_MARKS))
    return Sentences(tuple(texts), tuple(quoted))


@dataclass(frozen=True, slots=True)
class Alignment:
    """What two bodies' aligned sentences show (see the module docstring)."""

    aligned: int = 0
    coverage: float = 0.0
    span: float = 0.0  # the lower of the two windows' shares of their text
    lead: bool = False
    mean_ratio: float = 0.0
    verbatim: int = 0  # near-verbatim pairs of the writers' own words
    gaps: int = 0  # unpaired sentences inside the two windows


def align(a: Sentences, b: Sentences) -> Alignment:
    """The in-order alignment of two bodies' sentences."""
    if not a.texts or not b.texts:
        return Alignment()
    from rapidfuzz.fuzz import ratio

    scores: dict[tuple[int, int], float] = {}
    for i, s in enumerate(a.texts):
        for j, t in enumerate(b.texts):
            r = ratio(s, t, score_cutoff=ALIGN_RATIO)
            if r:
                scores[i, j] = r
    chain = _chain(list(scores))
    if not chain:
        return Alignment()
    (i0, j0), (i1, j1) = chain[0], chain[-1]
    window_a, window_b = i1 - i0 + 1, j1 - j0 + 1
    ratios = [scores[p] for p in chain]
    verbatim = sum(
        1
        for (i, j), r in zip(chain, ratios, strict=True)
        if r >= VERBATIM_RATIO and not (a.quoted[i] or b.quoted[j])
    )
    return Alignment(
        aligned=len(chain),
        coverage=min(len(chain) / window_a, len(chain) / window_b),
        span=min(window_a / len(a.texts), window_b / len(b.texts)),
        lead=i0 <= LEAD_SENTENCES and j0 <= LEAD_SENTENCES,
        mean_ratio=sum(ratios) / len(ratios),
        verbatim=verbatim,
        gaps=window_a + window_b - 2 * len(chain),
    )


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
    if al.aligned < MIN_ALIGNED or not al.lead:
        return False
    if al.mean_ratio >= VERBATIM_RATIO:
        return al.gaps <= MAX_VERBATIM_GAPS and al.span >= CUT_SPAN
    return al.coverage >= REWRITE_COVERAGE and al.span >= WHOLE_SPAN


def is_same_wire(al: Alignment) -> bool:
    """Both bodies are edits of one source text (and neither retells the other)."""
    return (
        not is_rewrite(al)
        and al.aligned >= MIN_WIRE_ALIGNED
        and al.verbatim >= MIN_VERBATIM
        and al.span >= WIRE_SPAN
        and al.coverage >= WIRE_COVERAGE
    )
