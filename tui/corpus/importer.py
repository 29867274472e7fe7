"""Importing articles into a corpus folder: text, Markdown and saved web pages.

`import_paths(sources, target)` adds every readable article among `sources` (files or folders) to
the corpus folder `target`, creating it if new, and returns an `ImportReport` saying, file by file,
what was added, what was skipped and why:

- Plain text and Markdown are copied as they are; their metadata comes from the options
  (`--outlet`, `--author`, `--date`, `--title`, `--url`) or stays unknown (the loader takes a short
  first line as the headline, as always).
- Saved web pages (.html, .htm) go through trafilatura, a maintained library made for this: the
  article text is kept, the page furniture dropped, and the title, outlet (site name), author,
  date and canonical URL are taken from the page where it states them. What the page does not
  state is taken from the options, else left unknown: never invented.
- An exact duplicate (the same words, ignoring case, accents, punctuation and spacing) or an
  article with the same URL as one already in the corpus is reported and not added.
- A near-duplicate (a syndicated or lightly reworded copy) is added and linked to its original
  with `copy_of: <article id>` in corpus.yaml, so that a story copied by ten sites does not count
  as ten sources. The report lists the figures and sentences in which the copy differs.
- corpus.yaml is rewritten atomically once, at the end; the comments in it are kept. Until then
  each file's metadata is in a journal (`.import-journal.jsonl` in the corpus folder), written
  before the file itself: an import killed half-way leaves files whose metadata is in the journal,
  and the next import into the corpus writes it to corpus.yaml ("resumed an interrupted import").
- A full disk stops the import: the report names what was imported and what was not, and the
  corpus stays consistent (corpus.yaml lists exactly the files written; if even corpus.yaml cannot
  be written, the journal keeps their metadata for the next run).

Near-duplicates are judged on the body without its furniture (`copy_body`: bylines, datelines,
captions and credits, promo lines), in two steps so that 1,000 articles stay fast: a prefilter on
two inverted indexes (sampled four-word shingles for copies, rare words for rewrites), then
rapidfuzz on the normalized words (a syndicated copy, also one cut at another point), or the
sentences retold in order from the lead (shared_text.is_rewrite: a spun rewrite, or a copy that
ends or continues elsewhere). An article that is no copy but shares its writers' sentences
verbatim, in order, with another (two edits of one wire story or press release) is recorded as
`same_wire_as` that article.

No Textual here: the `import` subcommand (tui/cli/import_files.py) and the app's import dialog share
this engine.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import errno
import hashlib
import heapq
import json
import re
import shutil
import unicodedata
import zlib
from array import array
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.corpus.furniture import body_without_furniture, headline_text, stamp_length, story_source
from tui.corpus.links import links_allowed, outside_target, refusal
from tui.corpus.loader import (
    ARTICLE_SUFFIXES,
    JOURNAL_FILE,
    MAX_ARTICLE_BYTES,
    METADATA_FILE,
    OVERLAY_FILE,
    date_and_time,
    load_corpus,
)
from tui.corpus.model import Article
from tui.corpus.published import page_published, parse_stamp, stamp_text
from tui.corpus.shared_text import (
    MIN_RETOLD_ALIGNED,
    Alignment,
    ReleaseMarks,
    Sentences,
    agency_run,
    align,
    another_moment,
    cites_a_statement,
    cites_the_wire_of,
    credited_pair,
    edited_apart,
    is_credited_retelling,
    is_rewrite,
    is_same_wire,
    is_wire_version,
    release_background,
    release_marks,
    rewrites_of_one_wire,
    runs_one_release,
    sentences_of,
    shared_runs,
    shares_wire_sentence,
    with_additions,
    without_release_closing,
)
from tui.corpus.text import UnreadableText, decode, fold, normalise, safe_for_terminal, split_furniture
from tui.corpus.web import FEED as FEED_KIND
from tui.corpus.web import FetchError
from tui.corpus.yamlfile import YamlError, load_yaml_text
from tui.storage.atomic import atomic_write_text

if TYPE_CHECKING:
    from tui.corpus.web import Fetched, Fetcher

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
IMPORT_SUFFIXES = ARTICLE_SUFFIXES + HTML_SUFFIXES

#: rapidfuzz similarity (0-100) at or above which an article is taken as a copy of another.
COPY_THRESHOLD = 85.0
#: A shorter text contained in a longer one counts as a copy only if it is this share of its length.
MIN_CONTAINED_SHARE = 0.3
#: Words per shingle, and 1 in SHINGLE_SAMPLE shingles kept, for the prefilter.
SHINGLE_WORDS = 4
SHINGLE_SAMPLE = 8
#: At most this many prefiltered candidates are compared, those sharing the most shingles first.
MAX_CANDIDATES = 5
#: Share of the shorter text's sampled shingles two texts must share to be compared at all ...
PREFILTER_SHARE = 0.4
#: ... or share of its rare words (a rewrite keeps names, figures and long words, not word runs).
#: An edit of a wire story that rewords most sentences keeps about a third of the other edit's rare
#: words (0.36 for an AP story and its rewrite on the coverage bench); at most MAX_CANDIDATES are
#: compared whatever the share, so the lower bar adds at most that many alignments per import.
KEYWORD_SHARE = 0.3
#: A word or run in more known articles than this says nothing about which one is copied.
MAX_POSTINGS = 200
#: Body lines shorter than this (in words) are page furniture for copy detection: bylines,
#: datelines, captions and credits, "Read more" and promo lines.
MIN_BODY_LINE_WORDS = 8
#: Texts shorter than this (in words) are never taken as copies: too little to tell.
MIN_COPY_WORDS = 40

#: A web page whose article text has fewer words than this is taken as having none (a menu, a stub).
MIN_PAGE_WORDS = 20

ADDED = "added"
ADDED_COPY = "added as copy"
DUPLICATE = "duplicate"
ERROR = "error"
#: Not tried: the disk was full before its turn.
NOT_IMPORTED = "not imported"
#: A feed (RSS, Atom): its entries were imported each in its own right.
FEED = "feed"

_DISK_FULL = (errno.ENOSPC, errno.EDQUOT)

#: progress(done, total, the file or URL being read)
Progress = Callable[[int, int, Path | str], None]


class ImportRefused(ValueError):
    """The import as a whole cannot run (the target is not a folder...); the message says why."""


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """Metadata for what the files cannot tell (all files of one import share them)."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: dt.date | None = None
    url: str | None = None
    #: The time of publication given with the date (`--date 2025-06-13T08:30`): recorded for a file
    #: whose date is that day, so text files get a time as web pages do.
    published: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A figure in the original that reads differently in the copy (or is missing from it)."""

    original: str | None
    copy: str | None


@dataclass(slots=True)
class Outcome:
    """What happened to one input file."""

    path: Path | str  # a file, or a web address
    status: str  # ADDED, ADDED_COPY, DUPLICATE, ERROR, FEED
    reason: str = ""
    article_id: str | None = None
    file_name: str | None = None
    #: For a copy: the original's id, the similarity (0-100), the figures and sentences that differ.
    copy_of: str | None = None
    similarity: float | None = None
    figure_changes: list[FigureChange] = field(default_factory=list)
    sentence_changes: list[tuple[str, str]] = field(default_factory=list)
    #: For a copy: True when it retells the original sentence by sentence (a spun rewrite, or a copy
    #: that goes on elsewhere) rather than word for word.
    rewrite: bool = False
    #: ... and True when the copy holds the whole original and adds paragraphs of its own
    #: (shared_text.with_additions) rather than retelling it sentence by sentence.
    additions: bool = False
    #: For an article that is another edit of the same wire story: those originals' ids.
    same_wire_as: list[str] = field(default_factory=list)
    #: For a duplicate: the id of the article it duplicates.
    duplicate_of: str | None = None
    #: For an added file: the metadata recorded for it (RECORDED fields; None = not known).
    recorded: dict[str, Any] = field(default_factory=dict)


#: The metadata an import records for each article, in the order the summary lists it.
RECORDED = ("title", "outlet", "author", "date", "url")


def recorded_line(outcome: Outcome) -> list[str]:
    """What was recorded for one added file, and what is missing: two lines of the summary."""
    shown = []
    for key in RECORDED:
        value = outcome.recorded.get(key)
        if value:
            shown.append(f"{key} {_short(str(value), 60)}")
    missing = [key for key in RECORDED if not outcome.recorded.get(key)]
    lines = [f"  recorded: {' · '.join(shown) if shown else 'nothing but the text'}"]
    if missing:
        lines.append(f"  missing: {', '.join(missing)}")
    return lines


@dataclass(slots=True)
class ImportReport:
    target: Path
    created: bool = False
    outcomes: list[Outcome] = field(default_factory=list)
    #: Files an interrupted import had copied whose metadata this run wrote to corpus.yaml.
    resumed: int = 0
    #: Set when the disk filled up: how many files had been handled before it, of how many.
    disk_full_after: tuple[int, int] | None = None
    #: Set when corpus.yaml itself could not be written (the journal keeps the metadata).
    metadata_kept_in: Path | None = None

    def with_status(self, status: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == status]

    @property
    def added(self) -> int:
        return sum(1 for o in self.outcomes if o.status in (ADDED, ADDED_COPY))

    @property
    def errors(self) -> int:
        return sum(1 for o in self.outcomes if o.status in (ERROR, NOT_IMPORTED))

    def summary_lines(self, fill_in: str = "the title, outlet, author, date and URL options") -> list[str]:
        """The end-of-import summary, one line per fact, safe to print: the counts, then per
        added file what was recorded (title, outlet, author, date, URL) and what is missing, so
        the user can supply it (`fill_in` names how: the CLI's flags, the dialog's fields)."""
        lines = []
        if self.resumed:
            lines.append(
                f"resumed an interrupted import: the metadata of {self.resumed} files it copied "
                "is now in corpus.yaml"
            )
        copies = self.with_status(ADDED_COPY)
        dups = self.with_status(DUPLICATE)
        errs = self.with_status(ERROR)
        lines.append(
            f"{self.added} added ({len(copies)} of them copies of another article), "
            f"{len(dups)} skipped as duplicates, {len(errs)} could not be imported"
            + (f"; new corpus {self.target}" if self.created else f"; corpus {self.target}")
        )
        for o in self.with_status(FEED):
            lines.append(f"feed: {o.path}: {o.reason}")
        added = [o for o in self.outcomes if o.status in (ADDED, ADDED_COPY)]
        for o in self.with_status(ADDED):
            if isinstance(o.path, str):  # a web address: each says what became of it
                lines.append(f"added: {o.path} -> {o.article_id}")
            else:
                lines.append(f"added: {o.path} -> {o.file_name or o.article_id}")
            lines.extend(recorded_line(o))
            if o.same_wire_as:
                others = ", ".join(f"'{w}'" for w in o.same_wire_as)
                lines.append(f"  same wire as {others}: another edit of the same source text, not a copy")
        for o in copies:
            how = _rewrite_words(o.rewrite, o.additions)
            lines.append(f"copy: {o.path} -> {o.article_id}, {o.similarity:.0f}% like '{o.copy_of}'{how}")
            lines.extend(recorded_line(o))
            for change in o.figure_changes:
                lines.append(f"  figure differs: {change.original or '(none)'} -> {change.copy or '(none)'}")
            for before, after in o.sentence_changes[:3]:
                lines.append(f"  was: {_short(before)}")
                lines.append(f"  now: {_short(after)}")
        for o in dups:
            lines.append(f"skipped: {o.path}: {o.reason}")
        for o in errs:
            lines.append(f"error: {o.path}: {o.reason}")
        if any(not o.recorded.get(key) for o in added for key in RECORDED):
            lines.append(
                f"what is missing can be given with {fill_in} when importing, or written in "
                f"{self.target / METADATA_FILE}"
            )
        if self.disk_full_after is not None:
            done, total = self.disk_full_after
            left = self.with_status(NOT_IMPORTED)
            lines.append(
                f"the disk is full: stopped after {done} of {total} files; {len(left)} not imported"
                + (" (listed below)" if left else "")
            )
            lines.extend(f"not imported: {o.path}" for o in left)
        if self.metadata_kept_in is not None:
            lines.append(
                f"the disk is full: corpus.yaml could not be written; the metadata of the {self.added} "
                f"files added is kept in {self.metadata_kept_in} and written by the next import into "
                "this corpus (free some space, then run the import again)"
            )
        return [safe_for_terminal(line) for line in lines]


def _short(text: str, width: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --- normalizing and fingerprinting --------------------------------------------------------------

_WORD = re.compile(r"\w+(?:[.,]\d+)*")


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def normalized_words(text: str) -> list[str]:
    """The words of a text, case- and accent-folded, punctuation dropped ("$14.3B" -> "14.3b")."""
    if text.isascii():
        return _WORD.findall(text.lower())
    return _WORD.findall(_COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold())


def text_hash(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def normalize_url(url: str | None) -> str | None:
    """A URL reduced for comparison: no scheme, no www., no query or fragment, no trailing slash."""
    if not url:
        return None
    url = url.strip().lower()
    url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url)
    url = re.sub(r"^www\.", "", url)
    url = re.split(r"[?#]", url, maxsplit=1)[0]
    return url.rstrip("/") or None


def _shingles(words: list[str]) -> set[int]:
    return _grams(words).sampled


@dataclass(frozen=True, slots=True)
class _Grams:
    """A text's SHINGLE_WORDS-word runs, made once: the sampled ones for the prefilter's index, and
    a hash of every one for `similarity`'s containment share (a compact array: one per known
    article stays in memory during an import)."""

    sampled: set[int]
    every: array[int]


def _grams(words: list[str]) -> _Grams:
    sampled: set[int] = set()
    every: array[int] = array("q")
    for i in range(max(0, len(words) - SHINGLE_WORDS + 1)):
        gram = " ".join(words[i : i + SHINGLE_WORDS])
        every.append(hash(gram))
        # A stable hash (str's hash() changes with every process): the same shingles are sampled,
        # and the same candidates compared, in every run.
        h = zlib.crc32(gram.encode())
        if h % SHINGLE_SAMPLE == 0:
            sampled.add(h)
    return _Grams(sampled, every)


def similarity(a: str | list[str], b: str | list[str]) -> float:
    """How alike two texts are (0-100), word by word (rapidfuzz, on normalized words).

    The larger of: the whole-text ratio (Indel similarity of the word sequences: a light rewording
    keeps it high), and, when the shorter text is at least MIN_CONTAINED_SHARE of the longer, the
    share of the shorter's four-word runs found in the longer (a copy cut short, or with a
    paragraph added).
    """
    words_a = normalized_words(a) if isinstance(a, str) else a
    words_b = normalized_words(b) if isinstance(b, str) else b
    return _similarity(words_a, words_b)


def _similarity(
    words_a: list[str],
    words_b: list[str],
    grams_a: array[int] | None = None,
    grams_b: array[int] | None = None,
) -> float:
    """`similarity` of two word lists; their four-word runs' hashes (_Grams.every) when made already."""
    from rapidfuzz.distance import Indel

    if not words_a or not words_b:
        return 0.0
    score = Indel.normalized_similarity(words_a, words_b) * 100
    a_short = len(words_a) <= len(words_b)
    short, long_ = (words_a, words_b) if a_short else (words_b, words_a)
    if score < COPY_THRESHOLD and len(short) / len(long_) >= MIN_CONTAINED_SHARE:
        if grams_a is None:
            grams_a = _grams(words_a).every
        if grams_b is None:
            grams_b = _grams(words_b).every
        grams = set(grams_a if a_short else grams_b)
        if grams:
            found = grams.intersection(grams_b if a_short else grams_a)
            score = max(score, len(found) / len(grams) * 100)
    return float(score)


def _rewrite_words(rewrite: bool, additions: bool) -> str:
    """How a copy that is no word-for-word copy holds its original, for the import's report."""
    if additions:
        return ", a copy with paragraphs of its own: the original whole inside it"
    return ", a rewrite: retold sentence by sentence" if rewrite else ""


def copy_body(text: str) -> str:
    """The text a copy is judged on: the body without its furniture -- the trailing furniture
    (split_furniture), then every piece the furniture finder knows (bylines, datelines, captions
    and credits, promo lines: tui/corpus/furniture.py body_without_furniture) -- and without its
    short lines (a headline, a label: fewer than MIN_BODY_LINE_WORDS words), up to a press release's
    closing sections (shared_text.without_release_closing: "About <Company>", forward-looking statements)."""
    body, _ = split_furniture(without_release_closing(text))
    body = "\n".join(_unstamped(line) for line in body.split("\n"))
    kept = (line.strip() for line in body_without_furniture(body).split("\n"))
    return "\n".join(line for line in kept if len(line.split()) >= MIN_BODY_LINE_WORDS)


def _unstamped(line: str) -> str:
    """The line without a page's time stamp run into its start ("date 2024-09-12 ", or the day
    left out: "date 2024-09 "; furniture.stamp_length)."""
    bare = line.lstrip()
    cut = stamp_length(bare, 0, len(bare))
    return bare[cut:] if cut else line


def _most_shared(item: tuple[int, int]) -> tuple[int, int]:
    """Order of a (position, shared count) candidate: the most shared, then the earlier known."""
    return -item[1], item[0]


def _keywords(words: list[str]) -> set[str]:
    """The rarer words of a text: seven letters or more, or holding a digit."""
    return {w for w in set(words) if len(w) >= 7 or _HAS_DIGIT(w)}


_HAS_DIGIT = re.compile(r"\d").search


@dataclass(slots=True)
class _Body:
    """What copy detection reads of a text, made once (`_body`) for both asking about it
    (`Fingerprints.relations`) and then adding it (`Fingerprints.add`)."""

    text: str
    words: list[str]  # of the body without furniture (copy_body)
    grams: _Grams
    keywords: set[str]
    body: str
    sentences: Sentences | None = None  # for shared_text.align, made when first needed
    release: ReleaseMarks | None = None  # shared_text.release_marks of `text`, read when first needed

    def aligned(self) -> Sentences:
        if self.sentences is None:
            self.sentences = sentences_of(self.body)
        return self.sentences

    def marks(self) -> ReleaseMarks:
        if self.release is None:
            self.release = release_marks(self.text)
        return self.release


def _body(text: str) -> _Body:
    body = copy_body(text)
    words = normalized_words(body)
    return _Body(text, words, _grams(words), _keywords(words), body)


@dataclass(slots=True)
class _Known:
    article_id: str
    text: str
    words: list[str]  # of the body without furniture (copy_body)
    word_count: int
    copy_of: str | None
    sentences: Sentences  # for shared_text.align
    grams: array[int]  # every four-word run's hash (_Grams.every)
    outlet: str | None = None  # as recorded (credited_apart)
    release: ReleaseMarks | None = None  # shared_text.release_marks of `text`, read when first needed

    def marks(self) -> ReleaseMarks:
        if self.release is None:
            self.release = release_marks(self.text)
        return self.release


class Fingerprints:
    """What the corpus already holds: text hashes, URLs, and the near-duplicate index."""

    def __init__(self) -> None:
        self.hashes: dict[str, str] = {}
        self.urls: dict[str, str] = {}
        self.known: list[_Known] = []
        #: Where each article id stands in `known` (every place, in order: ids are unique in a corpus, but the
        #: lookups answer as the scan over `known` they replace did).
        self.places: dict[str, list[int]] = {}
        self.index: dict[int, list[int]] = {}
        self.shingle_counts: list[int] = []
        # A spun rewrite shares few word runs but keeps the rare words: names, figures, long words.
        self.keyword_index: dict[str, list[int]] = {}
        self.keyword_counts: list[int] = []

    def add(
        self,
        article_id: str,
        text: str,
        url: str | None,
        copy_of: str | None = None,
        body: _Body | None = None,
        outlet: str | None = None,
    ) -> None:
        """Know `text` from now on; `body` is what `relations` made of this very text, if asked."""
        self.hashes.setdefault(text_hash(normalized_words(text)), article_id)
        norm_url = normalize_url(url)
        if norm_url:
            self.urls.setdefault(norm_url, article_id)
        position = len(self.known)
        self.places.setdefault(article_id, []).append(position)
        made = body if body is not None and body.text is text else _body(text)
        words = made.words
        self.known.append(
            _Known(
                article_id,
                text,
                words,
                len(words),
                copy_of,
                made.aligned(),
                made.grams.every,
                outlet,
                made.release,
            )
        )
        shingles = made.grams.sampled
        self.shingle_counts.append(len(shingles))
        for shingle in shingles:
            self.index.setdefault(shingle, []).append(position)
        keywords = made.keywords
        self.keyword_counts.append(len(keywords))
        for word in keywords:
            self.keyword_index.setdefault(word, []).append(position)

    def _candidates(self, words: list[str], made: _Body | None = None) -> list[int]:
        """Known articles worth scoring: those sharing the most sampled four-word runs (copies),
        then those sharing the most rare words (rewrites), each above its prefilter share. `made`:
        `words`' _Body, when made already."""
        out: list[int] = []
        shingles = made.grams.sampled if made is not None else _shingles(words)
        keywords = made.keywords if made is not None else _keywords(words)
        runs: list[tuple[list[int], list[list[int] | None], float]] = [
            (self.shingle_counts, [self.index.get(k) for k in shingles], PREFILTER_SHARE),
            (self.keyword_counts, [self.keyword_index.get(k) for k in keywords], KEYWORD_SHARE),
        ]
        for counts, found, least in runs:
            if not found:
                continue
            shared: Counter[int] = Counter()
            informative = len(found)
            for postings in found:
                if postings and len(postings) > MAX_POSTINGS:
                    # Said by too many articles to tell which one is copied: left out of the share
                    # too (else a text made mostly of common runs could never reach the bar, and
                    # the bar would rise as the corpus grows).
                    informative -= 1
                elif postings:
                    shared.update(postings)
            # The most shared first, the earlier known article first on a tie: `shared` is filled
            # in the order of a set of str, which changes with the process's hash seed, so
            # Counter.most_common (ties in insertion order) chose other candidates, and other links,
            # from run to run.
            for position, count in heapq.nsmallest(MAX_CANDIDATES, shared.items(), key=_most_shared):
                if count / (min(informative, counts[position]) or 1) < least:
                    break  # every later candidate shares fewer
                if position not in out:
                    out.append(position)
        return out

    def duplicate_of(self, text: str, url: str | None) -> tuple[str, str] | None:
        """(article id, reason) when `text` or `url` is already in the corpus."""
        norm_url = normalize_url(url)
        if norm_url and norm_url in self.urls:
            return self.urls[norm_url], f"same URL as '{self.urls[norm_url]}'"
        found = self.hashes.get(text_hash(normalized_words(text)))
        if found:
            return found, f"same text as '{found}'"
        return None

    def relations(self, text: str, outlet: str | None = None) -> Relations:
        """How `text` shares its body with the articles already known: the original it copies (the
        word similarity at least COPY_THRESHOLD, or a rewrite: shared_text.is_rewrite), else the
        originals it is "same wire" with (shared_text.is_same_wire; and a copy by the text that one
        page credits to a source the other is not: `credited_apart`; or two pages running one press
        release under leads of their own: shared_text.runs_one_release), never through background
        sentences a press release repeats (shared_text.release_background), nor between a page citing an
        agency as its reporter and a page running that agency's story (shared_text.cites_the_wire_of), nor between one
        newsroom's two stories of two moments (shared_text.another_moment) or a page citing a company's statement and
        the release as issued or its copy (`_reports_on_release`; stop 59). Judged on the bodies without
        furniture (copy_body). `outlet`: the one recorded for `text`. `Relations.body` is what was
        made of `text`, for `add`."""
        made = _body(text)
        words = made.words
        found = Relations(body=made)
        if len(words) < MIN_COPY_WORDS:
            return found
        wire: list[str] = []
        for position in self._candidates(words, made):
            known = self.known[position]
            if known.word_count < MIN_COPY_WORDS:
                continue
            score = _similarity(words, known.words, made.grams.every, known.grams)
            original = known.copy_of or known.article_id
            if score < COPY_THRESHOLD and found.original is not None and not found.rewrite:
                continue  # a syndicated copy is found: no rewrite outranks it, same wire is moot
            alignment = Alignment()
            if score < COPY_THRESHOLD:
                alignment = align(made.aligned(), known.sentences)
            rewrite = score < COPY_THRESHOLD and is_rewrite(alignment)
            copied = score >= COPY_THRESHOLD or rewrite
            retold_apart = rewrite and rewrites_of_one_wire(alignment, text, known.text)
            apart = copied and (
                credited_apart(text, outlet, known.text, known.outlet)
                or runs_one_release(made.marks(), made.aligned(), known.marks(), known.sentences)
                or retold_apart
                # two desks' edits of one text, alike enough in words to pass for a copy (stop 60)
                or (score >= COPY_THRESHOLD and edited_apart(made.aligned(), known.sentences))
            )
            if copied and not apart:
                rank = score if not rewrite else score - 100  # a syndicated copy before a rewrite
                if found.original is None or rank > found.rank:
                    original_text = self._text_of(original, known.text)
                    found.original = (original, score, original_text)
                    found.rewrite, found.rank = rewrite, rank
                    found.additions = rewrite and with_additions(alignment)
            elif (
                original not in wire
                and (
                    # two rewrites of one credited wire, unless one newsroom's later story (stop 60: as
                    # `_same_wire_of_text` asks)
                    (apart and not (retold_apart and another_moment(made.aligned(), known.sentences)))
                    or (is_credited_retelling(alignment) and credited_pair(made.text, known.text))
                    or _wire_versions(alignment, made, known)
                    or _same_wire_of_text(alignment, made, known)
                )
                # a page citing as its reporter the agency whose story the other runs retells it (stop 58)
                and not (cites_the_wire_of(made.text, known.text) or cites_the_wire_of(known.text, made.text))
                # a page citing the company's statement against the release as issued reports on it (stop 59)
                and not self._reports_on_release(made, known)
            ):
                wire.append(original)
        if found.original is None:
            found.same_wire_as = wire
        return found

    def _reports_on_release(self, made: _Body, known: _Known) -> bool:
        """One page runs a press release as issued (a release service's dateline: `issued_release`), or republishes
        it (a copy of such a page), and the other, carrying none of the release's marks, cites the company's statement
        as the source of what it tells (shared_text.cites_a_statement: "<Co> said in a statement"): a report on the
        release, whatever sentences of it it lifts, not a second edit of one text (stop 59)."""
        if made.marks().issued:
            return cites_a_statement(known.text) and not known.marks().carries
        if not cites_a_statement(made.text) or made.marks().carries:
            return False
        if known.marks().issued:
            return True
        return known.copy_of is not None and any(
            self.known[place].marks().issued for place in self.places.get(known.copy_of, ())
        )

    def _text_of(self, article_id: str, default: str) -> str:
        """The text of the first known article with `article_id`, else `default`."""
        places = self.places.get(article_id)
        return self.known[places[0]].text if places else default


def _names(holder: str, name: str) -> bool:
    return name.casefold() in holder.casefold()


def credited_apart(text: str, outlet: str | None, other_text: str, other_outlet: str | None) -> bool:
    """Two pages whose shared text one credits, by a line of its own, to a source (`story_source`:
    "Source: Harbour Times" closing it) that the other page is not: the other's outlet is recorded
    and does not name that source, nor does its text. The credited page took its text from that
    source, not from the other page: the two are two edits of one origin (same wire), not a copy and
    its original, whichever holds more of it (a republisher's cut of a broadcaster's run of a wire
    story against a newspaper's longer edit of the wire). A credit to the other page's own outlet,
    or to a source the other page names, keeps the copy; so does an outlet not recorded."""
    for credited, other, other_outlet_ in ((text, other_text, other_outlet), (other_text, text, outlet)):
        source = story_source(credited)
        if source and other_outlet_ and not _names(other_outlet_, source) and not _names(other, source):
            return True
    return False


def _same_wire_of_text(alignment: Alignment, made: _Body, known: _Known) -> bool:
    """Same wire by the shared text alone (shared_text.is_same_wire, or one whole wire sentence:
    shared_text.shares_wire_sentence), never through the background a press release repeats
    (shared_text.release_background)."""
    same = is_same_wire(alignment)
    wire_sentence = not same and shares_wire_sentence(made.aligned(), known.sentences)
    if not (same or wire_sentence):
        return False
    if another_moment(made.aligned(), known.sentences):
        return False  # one newsroom's later story carrying its earlier one's background (stop 59)
    return not release_background(
        alignment, wire_sentence, made.marks(), made.aligned(), known.marks(), known.sentences
    )


def _wire_versions(alignment: Alignment, made: _Body, known: _Known) -> bool:
    """Two versions of one agency story: both pages run it under that agency's own credit
    (shared_text.agency_run) and share its lead and runs of its wording (shared_text.is_wire_version).
    The runs are counted here, only for such a pair (the alignment counts them for a retold one)."""
    if alignment.aligned < MIN_RETOLD_ALIGNED or not alignment.lead:
        return False
    agency = agency_run(made.text)
    if agency is None or agency != agency_run(known.text):
        return False
    if not alignment.shared_runs:
        alignment = replace(alignment, shared_runs=shared_runs(made.aligned(), known.sentences))
    return is_wire_version(alignment)


@dataclass(slots=True)
class Relations:
    """What an incoming text shares with the known articles: the original it copies (id, score,
    text), or the originals whose wire story it is another edit of."""

    original: tuple[str, float, str] | None = None
    #: The original is a rewrite (retold sentence by sentence), not a word-for-word copy ...
    rewrite: bool = False
    #: ... or held whole with paragraphs of the copy's own (shared_text.with_additions).
    additions: bool = False
    rank: float = 0.0
    same_wire_as: list[str] = field(default_factory=list)
    #: What was made of the incoming text (Fingerprints.add takes it instead of making it again).
    body: _Body | None = None


# --- what differs between a copy and its original ------------------------------------------------

_FIGURE = re.compile(
    r"(?:US)?[$€£]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:billion|million|trillion|bn|[bmkt])\b)?"
    r"|\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
    r"|\b\d[\d,]*(?:\.\d+)?\s(?:billion|million|trillion)\b",
    re.IGNORECASE,
)
_SENTENCE_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))[ \t]+|\n+")


_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_SCALES.update({"t": 1e12, "tn": 1e12, "trillion": 1e12})
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def figure_key(figure: str) -> tuple[float, bool]:
    """What a figure says, whatever its form: (value, is a percentage). "$6 billion", "$6bn" and
    "6 billion" are one figure; so are "40 percent", "40 per cent" and "40%"."""
    low = figure.lower()
    number = _NUMBER.search(low)
    value = float(number.group().replace(",", "")) if number else 0.0
    tail = low[number.end() :] if number else ""
    unit = re.findall(r"[a-z]+", tail)
    scale = _SCALES.get(unit[0], 1.0) if unit and unit[0] not in ("percent", "per") else 1.0
    percent = "%" in low or "percent" in low or "per cent" in low
    return (round(value * scale, 6), percent)


def _figures(text: str) -> list[str]:
    """The money and percentage figures of a text without its furniture (split_furniture, then
    body_without_furniture: bylines, captions, promo lines); a line repeated word for word (a
    headline shown twice) counts once."""
    seen: set[str] = set()
    found: list[str] = []
    body, _ = split_furniture(text)
    for line in body_without_furniture(body).split("\n"):
        line = line.strip()
        if line in seen:
            continue
        seen.add(line)
        found.extend(m.group().strip() for m in _FIGURE.finditer(line))
    return found


def figure_changes(original: str, copy: str) -> list[FigureChange]:
    """Figures (money, percentages) the copy states differently, in order of the original: each
    figure of the original with no figure of the same value in the copy (figure_key: "$6bn" is
    "$6 billion"), paired in order with the copy's figures of no value in the original; the rest
    as dropped (copy None) or added (original None). Judged on the bodies without furniture."""
    before, after = _figures(original), _figures(copy)
    dropped, added = _unmatched(before, after), _unmatched(after, before)
    return [
        FigureChange(dropped[k] if k < len(dropped) else None, added[k] if k < len(added) else None)
        for k in range(max(len(dropped), len(added)))
    ]


def _unmatched(figures: list[str], others: list[str]) -> list[str]:
    """The figures with no figure of the same value among the others (a multiset difference by
    figure_key, in the figures' order)."""
    left = Counter(figure_key(f) for f in others)
    unmatched = []
    for figure in figures:
        key = figure_key(figure)
        if left[key]:
            left[key] -= 1
        else:
            unmatched.append(figure)
    return unmatched


def sentence_changes(original: str, copy: str, limit: int = 20) -> list[tuple[str, str]]:
    """Pairs (original sentence, copy sentence) that were reworded; added or dropped ones as ''."""
    before = [s.strip() for s in _SENTENCE_SPLIT.split(original) if s.strip()]
    after = [s.strip() for s in _SENTENCE_SPLIT.split(copy) if s.strip()]
    pairs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        olds, news = before[i1:i2], after[j1:j2]
        for k in range(max(len(olds), len(news))):
            pairs.append((olds[k] if k < len(olds) else "", news[k] if k < len(news) else ""))
            if len(pairs) >= limit:
                return pairs
    return pairs


# --- reading one input file -----------------------------------------------------------------------


@dataclass(slots=True)
class _Incoming:
    text: str  # as it will be written (normalised)
    body: str  # as the loader will see it (furniture cut)
    suffix: str  # ".txt" or ".md"
    meta: dict[str, Any]


def _read_text_file(path: Path, data: bytes, options: ImportOptions) -> _Incoming:
    text = normalise(decode(data))
    if not text.strip():
        raise UnreadableText("the file has only white space")
    body, _ = split_furniture(text)
    suffix = ".md" if path.suffix.lower() in (".md", ".markdown") else ".txt"
    return _Incoming(text, body, suffix, _options_meta(options, {}))


def _read_page(data: bytes, options: ImportOptions, hints: dict[str, Any] | None = None) -> _Incoming:
    """A web page's article text and metadata: the page's own, then `hints` (what a feed entry or
    the address says), then the options; the rest stays unknown."""
    try:
        import trafilatura
    except ImportError as err:  # pragma: no cover - trafilatura is a dependency
        raise UnreadableText(f"cannot read web pages: trafilatura is not installed ({err})") from None
    if b"\x00" in data[:8192]:
        raise UnreadableText("the file looks binary (it contains NUL bytes)")
    try:
        doc = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as err:  # trafilatura raises many kinds on odd pages
        raise UnreadableText(f"the web page could not be read ({type(err).__name__})") from None
    found = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    raw = found.get("text") or ""
    words = len(raw.split())
    if words < MIN_PAGE_WORDS:
        raise UnreadableText(f"no article text found in the web page (only {words} words outside menus)")
    # trafilatura puts one paragraph per line; the corpus format separates paragraphs by a blank line.
    text = normalise("\n\n".join(line.strip() for line in raw.split("\n") if line.strip()) + "\n")
    page: dict[str, Any] = {}
    for key, name in (("title", "title"), ("outlet", "sitename"), ("author", "author"), ("url", "url")):
        value = found.get(name)
        if isinstance(value, str) and value.strip():
            page[key] = " ".join(value.split())
    date = found.get("date")
    if isinstance(date, str):
        with contextlib.suppress(ValueError):
            page["date"] = dt.date.fromisoformat(date[:10])
    page["published"] = page_published(data)
    for key, value in (hints or {}).items():
        if page.get(key) is None and value is not None:
            page[key] = value
    published = page.get("published")
    if isinstance(published, dt.datetime):
        # the time of day only where it belongs to the date recorded (not an update's, not another day's)
        page.setdefault("date", published.date())
        if page.get("date") != published.date():
            del page["published"]
    meta = _options_meta(options, page)
    title = meta.get("title")
    # the first line, or the headline line after the page furniture a text may start with
    if title and (text.split("\n", 1)[0].strip() == title or headline_text(text) == title):
        meta["headline_in_text"] = True
    return _Incoming(text, text, ".txt", meta)


def _options_meta(options: ImportOptions, page: dict[str, Any]) -> dict[str, Any]:
    """What the page states wins; the options fill what it does not; the rest stays unknown."""
    meta: dict[str, Any] = {}
    for key in ("title", "outlet", "author", "date", "url"):
        value = page.get(key)
        if value is None:
            value = getattr(options, key)
        if value is not None:
            meta[key] = value
    if isinstance(page.get("published"), dt.datetime):  # its day is the page's date (_read_page)
        meta["published"] = page["published"]
    elif options.published is not None and meta.get("date") == options.published.date():
        meta["published"] = options.published  # not when the page states another day
    return meta


def read_incoming(path: Path, options: ImportOptions) -> _Incoming:
    """Read one input file, or raise UnreadableText with a reason a person can read."""
    data = _read_bytes(path)
    if path.suffix.lower() in HTML_SUFFIXES:
        return _read_page(data, options)
    return _read_text_file(path, data, options)


def read_page_article(path: Path, options: ImportOptions | None = None) -> Article:
    """A saved web page read exactly as `import` reads it (trafilatura), as an article in memory:
    for `extract page.html`. Raises UnreadableText with the reason."""
    from tui.corpus.furniture import byline_author
    from tui.corpus.model import ArticleMeta

    incoming = _read_page(_read_bytes(path), options or ImportOptions())
    meta = incoming.meta
    author = meta.get("author") or byline_author(incoming.body)
    published = meta.get("published")
    date, time = date_and_time(published) if isinstance(published, dt.datetime) else (meta.get("date"), None)
    return Article(
        id=_slug(path.stem) or "article",
        path=path,
        text=incoming.body,
        meta=ArticleMeta(
            title=meta.get("title"),
            outlet=meta.get("outlet"),
            author=safe_for_terminal(author) if author else None,
            date=date,
            time=time,
            url=meta.get("url"),
            headline_in_text=bool(meta.get("headline_in_text")),
        ),
    )


def _read_bytes(path: Path) -> bytes:
    """The bytes of an input file, or UnreadableText with the reason: too large, unreadable, empty."""
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise UnreadableText(f"larger than {MAX_ARTICLE_BYTES // 1_000_000} MB")
        data = path.read_bytes()
    except OSError as err:
        raise UnreadableText(f"cannot read: {err.strerror or err}") from None
    if not data.strip():
        raise UnreadableText("the file is empty")
    return data


def collect_files(sources: Iterable[Path]) -> tuple[list[Path], list[Outcome]]:
    """The files to import (folders walked in name order) and outcomes for what cannot be.

    A link that leads out of the folder being imported (or, for a file named on its own, out of
    the folder it is in) is refused unless links are allowed (--follow-links): a downloaded folder
    could otherwise pull ~/.ssh/id_rsa into the corpus. A FIFO or a device named like an article
    is reported, never opened.
    """
    files: list[Path] = []
    problems: list[Outcome] = []
    follow = links_allowed()

    def admit(path: Path, folder: Path, what: str) -> None:
        target = None if follow else outside_target(path, folder)
        if target is not None:
            problems.append(Outcome(path, ERROR, refusal(target, what)))
        elif not path.is_file():
            problems.append(Outcome(path, ERROR, "not a regular file (a FIFO, a device or a folder)"))
        else:
            files.append(path)

    for source in sources:
        source = Path(source).expanduser()
        if source.is_dir():
            for path in sorted(source.rglob("*")):
                rel = path.relative_to(source).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if path.name in (METADATA_FILE, OVERLAY_FILE) or path.suffix.lower() not in IMPORT_SUFFIXES:
                    continue
                if path.is_dir() and not path.is_symlink():
                    continue
                admit(path, source, "the folder being imported")
        elif source.is_file() or (source.exists() and source.is_symlink()):
            if source.suffix.lower() in IMPORT_SUFFIXES:
                admit(source, source.parent, "the folder it is in")
            else:
                problems.append(
                    Outcome(
                        source,
                        ERROR,
                        f"not an article file (it takes {', '.join(IMPORT_SUFFIXES)})",
                    )
                )
        elif source.exists():
            problems.append(Outcome(source, ERROR, "not a regular file or folder"))
        else:
            problems.append(Outcome(source, ERROR, "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for path in files:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique, problems


# --- naming and writing ---------------------------------------------------------------------------


def _slug(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9_]+", "-", fold(text)).strip("-_")
    return slug[:limit].rstrip("-") or "article"


def _unique_stem(base: str, taken: set[str]) -> str:
    stem, n = base, 2
    while stem in taken:
        stem = f"{base}-{n}"
        n += 1
    taken.add(stem)
    return stem


def _write_new_file(path: Path, text: str) -> None:
    """Write a new article file whole or not at all (temp file, then rename).

    Unlike corpus.yaml, an article file has no old version to protect, so it is not synced one
    by one (1,000 syncs cost seconds); corpus.yaml, written last and synced, is what lists it.
    """
    atomic_write_text(path, text, sync=False)


def _yaml_entry(meta: dict[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for key in (
        "title",
        "outlet",
        "author",
        "date",
        "url",
        "fetched_from",
        "copy_of",
        "same_wire_as",
        "headline_in_text",
    ):
        value = meta.get(key)
        if value is None or value is False:
            continue
        entry[key] = value
    published = meta.get("published")
    if isinstance(published, dt.datetime) and "date" in entry:
        entry["date"] = stamp_text(published)  # the day and the time: the loader reads both
    return entry


def _dump(data: Any) -> str:
    import yaml

    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)


def updated_metadata_text(old_text: str | None, new_entries: dict[str, dict[str, Any]], name: str) -> str:
    """corpus.yaml with `new_entries` added under `articles:`, keeping the old text and its comments.

    The entries are appended where `articles:` is the last top-level key (the usual layout); the
    result is parsed again and, if it does not hold exactly the old data plus the new entries, the
    file is rewritten whole instead (comments are then lost, the data is not).
    """
    path = Path(METADATA_FILE)
    old_data: dict[str, Any] = {}
    if old_text and old_text.strip():
        loaded = load_yaml_text(old_text, path)
        if isinstance(loaded, dict):
            old_data = loaded
    articles = old_data.get("articles") if isinstance(old_data.get("articles"), dict) else {}
    expected = dict(old_data)
    if not (old_text and old_text.strip()):
        expected["name"] = name
    expected["articles"] = {**(articles or {}), **new_entries}
    if not new_entries and old_text:
        return old_text
    block = "".join("  " + line + "\n" for line in _dump(new_entries).splitlines())
    candidate: str | None = None
    if old_text and old_text.strip():
        top_keys = [line for line in old_text.splitlines() if re.match(r"[A-Za-z_\"']", line)]
        base = old_text if old_text.endswith("\n") else old_text + "\n"
        if top_keys and top_keys[-1].rstrip() == "articles:":
            candidate = base + block
        elif "articles" not in old_data:
            candidate = base + "articles:\n" + block
    else:
        candidate = f"# Corpus metadata (docs/corpus-format.md); written by meta-scale-tui import.\n{_dump({'name': name})}articles:\n{block}"
    if candidate is not None:
        try:
            if load_yaml_text(candidate, path) == expected:
                return candidate
        except YamlError:
            pass
    return _dump(expected)


# --- the import -----------------------------------------------------------------------------------


def _check_target(target: Path) -> bool:
    """True if the corpus folder is new (created here); raise ImportRefused if it cannot be used."""
    if target.exists() and not target.is_dir():
        raise ImportRefused(f"{target} is a file, not a corpus folder")
    if target.is_dir():
        return False
    try:
        target.mkdir(parents=True)
    except OSError as err:
        raise ImportRefused(f"cannot create the corpus folder {target}: {err.strerror or err}") from None
    return True


def start_from_copy(source: Path, target: Path) -> None:
    """Make `target` a copy of corpus `source` (its articles, corpus.yaml and overlay.yaml)."""
    target.mkdir(parents=True, exist_ok=True)
    follow = links_allowed()
    for path in source.iterdir():
        if not follow and outside_target(path, source) is not None:
            continue  # the loader refuses it in the source corpus, and says so there
        if path.is_file() and (
            path.suffix.lower() in ARTICLE_SUFFIXES or path.name in (METADATA_FILE, OVERLAY_FILE)
        ):
            dest = target / path.name
            if not dest.exists():
                shutil.copyfile(path, dest)


class _Journal:
    """The metadata of each file, appended (and flushed) before the file is written.

    A kill leaves it behind; `replay` gives its entries back to the next run. One JSON object a
    line; a line torn by the kill is ignored (its file was not written yet).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: Any = None

    def replay(self) -> dict[str, dict[str, Any]]:
        entries: dict[str, dict[str, Any]] = {}
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return entries
        for line in raw.decode("utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("file"), str):
                found = record.get("entry")
                entry: dict[str, Any] = found if isinstance(found, dict) else {}
                if isinstance(entry.get("date"), str):
                    with contextlib.suppress(ValueError):
                        entry["date"] = dt.date.fromisoformat(entry["date"])
                entries[record["file"]] = entry
        return entries

    def append(self, file_name: str, entry: dict[str, Any]) -> None:
        if self._handle is None:
            torn = self.path.exists() and not self.path.read_bytes().endswith(b"\n")
            self._handle = open(self.path, "a", encoding="utf-8", newline="\n")  # noqa: SIM115
            if torn and self.path.stat().st_size:
                self._handle.write("\n")
        record = {"file": file_name, "entry": entry}
        self._handle.write(json.dumps(record, default=str, ensure_ascii=False) + "\n")
        self._handle.flush()  # in the kernel: a killed process loses nothing written

    def close(self) -> None:
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.close()
            self._handle = None

    def remove(self) -> None:
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


@dataclass(frozen=True, slots=True)
class _WebJob:
    """A web address to import: given by the user, or an entry of a feed (`via` the feed)."""

    url: str
    hints: tuple[tuple[str, Any], ...] = ()
    via: str | None = None


def split_sources(sources: Iterable[Path | str]) -> tuple[list[Path], list[str]]:
    """(paths, web addresses): a source written `scheme://...` is an address, anything else a path."""
    from tui.corpus.web import is_url

    paths: list[Path] = []
    urls: list[str] = []
    for source in sources:
        if isinstance(source, str) and is_url(source):
            urls.append(source.strip())
        else:
            paths.append(Path(source))
    return paths, urls


def import_paths(
    sources: Iterable[Path | str],
    target: Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    fetcher: Fetcher | None = None,
    addresses: Iterable[str] = (),
) -> ImportReport:
    """Import `sources` into the corpus folder `target`; see the module docstring.

    A source may be a file, a folder, a feed file (.rss, .atom, .xml named on its own) or a web
    address (a str `http(s)://...`: a page, or a feed whose entries are imported each in turn).
    `addresses` are web addresses whatever they look like (the lines of a --urls file: one that is
    not an http(s) address is refused with its reason). Web pages are fetched with `fetcher` (a
    polite default one when None)."""
    from tui.corpus.feeds import FEED_SUFFIXES

    options = options or ImportOptions()
    target = Path(target).expanduser()
    paths, urls = split_sources(sources)
    urls.extend(a.strip() for a in addresses)
    feed_files = [p for p in paths if p.suffix.lower() in FEED_SUFFIXES and p.is_file()]
    files, outcomes = collect_files([p for p in paths if p not in feed_files])
    report = ImportReport(target)
    report.outcomes.extend(outcomes)
    report.created = _check_target(target)

    corpus = load_corpus(target)
    prints = Fingerprints()
    bodies: dict[str, Article] = {}
    for article in corpus.articles:
        prints.add(
            article.id, article.text, article.meta.url, article.meta.copy_of, outlet=article.meta.outlet
        )
        if normalize_url(article.meta.fetched_from):  # the address asked, when the page named another
            prints.urls.setdefault(normalize_url(article.meta.fetched_from) or "", article.id)
        bodies[article.id] = article
    taken_stems = {p.stem for p in target.iterdir()} | set(bodies)
    meta_path = target / METADATA_FILE
    old_meta_text = meta_path.read_text(encoding="utf-8-sig") if meta_path.exists() else None
    old_data: Any = None
    if old_meta_text is not None:
        try:
            old_data = load_yaml_text(old_meta_text, meta_path)
        except YamlError as err:
            where = f"{meta_path}:{err.line}" if err.line else str(meta_path)
            raise ImportRefused(f"{where}: {err.message}; fix it first (nothing was imported)") from None
    listed = old_data.get("articles") if isinstance(old_data, dict) else None
    listed = listed if isinstance(listed, dict) else {}
    journal = _Journal(target / JOURNAL_FILE)
    new_entries: dict[str, dict[str, Any]] = {}
    for file_name, entry in journal.replay().items():  # what a killed run copied
        if (target / file_name).is_file() and file_name not in listed:
            report.resumed += 1
            if entry:
                new_entries[file_name] = entry

    jobs: list[Path | _WebJob] = [*files, *(_WebJob(url) for url in urls)]
    for feed_file in feed_files:
        jobs.extend(_feed_file_jobs(feed_file, report))
    web = _Web(fetcher, target)

    def add(source: Path | str, incoming: _Incoming, raw_page: bytes | None) -> bool:
        """Add one article (or report it a duplicate); False when the disk is full."""
        dup = prints.duplicate_of(incoming.body, incoming.meta.get("url"))
        if dup is not None:
            report.outcomes.append(Outcome(source, DUPLICATE, dup[1], duplicate_of=dup[0]))
            return True
        relations = prints.relations(incoming.body, incoming.meta.get("outlet"))
        original = relations.original
        fallback = source.stem if isinstance(source, Path) else _url_stem(source)
        stem = _unique_stem(_slug(incoming.meta.get("title") or fallback), taken_stems)
        file_name = stem + incoming.suffix
        meta = dict(incoming.meta)
        outcome = Outcome(source, ADDED, article_id=stem, file_name=file_name)
        outcome.recorded = {key: meta.get(key) for key in RECORDED}
        if isinstance(meta.get("published"), dt.datetime) and meta.get("date"):
            outcome.recorded["date"] = stamp_text(meta["published"])  # the summary shows the time recorded
        if original is not None:
            original_id, score, original_text = original
            meta["copy_of"] = original_id
            outcome.status = ADDED_COPY
            outcome.copy_of = original_id
            outcome.similarity = score
            outcome.rewrite, outcome.additions = relations.rewrite, relations.additions
            outcome.reason = f"{score:.0f}% like '{original_id}'" + _rewrite_words(
                relations.rewrite, relations.additions
            )
            outcome.figure_changes = figure_changes(original_text, incoming.body)
            outcome.sentence_changes = sentence_changes(original_text, incoming.body)
        elif relations.same_wire_as:
            meta["same_wire_as"] = list(relations.same_wire_as)
            outcome.same_wire_as = list(relations.same_wire_as)
        entry = _yaml_entry(meta)
        try:
            journal.append(file_name, entry)  # first: a file on disk always has its metadata
            _write_new_file(target / file_name, incoming.text)
        except OSError as err:
            if err.errno in _DISK_FULL:
                return False
            report.outcomes.append(Outcome(source, ERROR, f"cannot write {file_name}: {err.strerror or err}"))
            return True
        if raw_page is not None:
            web.keep_page(stem, raw_page)
        if entry:
            new_entries[file_name] = entry
        prints.add(
            stem, incoming.body, meta.get("url"), meta.get("copy_of"), relations.body, meta.get("outlet")
        )
        if isinstance(source, str) and normalize_url(source):
            prints.urls.setdefault(normalize_url(source) or "", stem)  # the address asked, too
        report.outcomes.append(outcome)
        return True

    done = 0
    try:
        while done < len(jobs):
            job = jobs[done]
            done += 1
            source: Path | str = job if isinstance(job, Path) else job.url
            if progress is not None:
                progress(done - 1, len(jobs), source)
            raw_page: bytes | None = None
            try:
                if isinstance(job, Path):
                    incoming = read_incoming(job, options)
                else:
                    known = prints.urls.get(normalize_url(job.url) or "")
                    if known is not None:  # no need to fetch it again
                        report.outcomes.append(
                            Outcome(job.url, DUPLICATE, f"same URL as '{known}'", duplicate_of=known)
                        )
                        continue
                    fetched = web.fetch(job.url)
                    if fetched.kind == FEED_KIND:
                        if job.via is not None:
                            raise UnreadableText(f"a feed listed in the feed {job.via}; not followed")
                        entries = _feed_jobs(fetched.data, fetched.final_url, job.url, report)
                        jobs.extend(entries)
                        continue
                    raw_page = fetched.data
                    hints = dict(job.hints)
                    hints.setdefault("url", fetched.final_url)
                    incoming = _read_page(fetched.data, options, hints)
                    if normalize_url(incoming.meta.get("url")) != normalize_url(job.url):
                        # the page names another address as its own (a canonical link, a redirect):
                        # kept, so that importing this address again finds the article unfetched
                        incoming.meta["fetched_from"] = job.url
            except (UnreadableText, FetchError) as err:
                report.outcomes.append(Outcome(source, ERROR, str(err)))
                continue
            if not add(source, incoming, raw_page):
                report.disk_full_after = (done - 1, len(jobs))
                left = [j if isinstance(j, Path) else j.url for j in jobs[done - 1 :]]
                report.outcomes.extend(Outcome(p, NOT_IMPORTED, "the disk is full") for p in left)
                break
    finally:
        journal.close()
    if progress is not None:
        progress(len(jobs), len(jobs), target)

    if new_entries or report.created or report.resumed:
        try:
            text = updated_metadata_text(old_meta_text, new_entries, target.name)
        except YamlError as err:
            raise ImportRefused(
                f"{meta_path}: {err.message}; the articles were written, their metadata is kept in "
                f"{journal.path} for the next import"
            ) from None
        try:
            atomic_write_text(meta_path, text)
        except OSError as err:
            if err.errno not in _DISK_FULL:
                raise
            report.metadata_kept_in = journal.path
            return report
    journal.remove()
    return report


# --- web pages and feeds --------------------------------------------------------------------------

#: Raw web pages are kept in this subfolder of the corpus, as <article id>.html.
PAGES_FOLDER = "pages"


class _Web:
    """The fetcher of one import (made on first use) and where it keeps the raw pages."""

    def __init__(self, fetcher: Fetcher | None, target: Path) -> None:
        self._fetcher = fetcher
        self._target = target

    def fetch(self, url: str) -> Fetched:
        if self._fetcher is None:
            from tui.corpus.web import Fetcher

            self._fetcher = Fetcher()
        return self._fetcher.fetch(url)

    def keep_page(self, stem: str, data: bytes) -> None:
        """The page as fetched, beside the text, so that it can be read again without the network
        (best effort: the article is in the corpus whether or not its page could be kept)."""
        folder = self._target / PAGES_FOLDER
        with contextlib.suppress(OSError):
            folder.mkdir(exist_ok=True)
            path = folder / f"{stem}.html"
            if not path.exists():
                path.write_bytes(data)


def _url_stem(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    last = [p for p in parts.path.split("/") if p]
    return Path(last[-1]).stem if last else (parts.hostname or "page")


def _feed_jobs(data: bytes, base_url: str, label: str, report: ImportReport) -> list[_WebJob]:
    """The entries of a fetched or saved feed, as jobs; the feed's own outcome says how many."""
    from tui.corpus.feeds import read_feed

    feed = read_feed(data, base_url)
    jobs = []
    for entry in feed.entries:
        hints = (
            ("title", entry.title),
            ("author", entry.author),
            ("date", entry.date),
            ("published", entry.published),
            ("url", entry.url),
        )
        jobs.append(_WebJob(entry.url, tuple((k, v) for k, v in hints if v is not None), via=label))
    name = f"'{feed.title}'" if feed.title else "a feed"
    report.outcomes.append(Outcome(label, FEED, f"{name} listing {len(jobs)} articles"))
    return jobs


def _feed_file_jobs(path: Path, report: ImportReport) -> list[_WebJob]:
    try:
        return _feed_jobs(_read_bytes(path), "", str(path), report)
    except UnreadableText as err:
        report.outcomes.append(Outcome(path, ERROR, str(err)))
        return []


def parse_date(value: str) -> tuple[dt.date, dt.datetime | None]:
    """A --date value: a day (YYYY-MM-DD), or a day and a time of publication (YYYY-MM-DDTHH:MM,
    an offset allowed: +02:00, Z); ValueError with a readable message for anything else."""
    text = value.strip()
    when = parse_stamp(text)
    if when is not None:
        return when.date(), when
    try:
        return dt.date.fromisoformat(text), None
    except ValueError:
        raise ValueError(f"not a date (YYYY-MM-DD, or YYYY-MM-DDTHH:MM): {value!r}") from None


__all__ = [
    "ADDED",
    "ADDED_COPY",
    "DUPLICATE",
    "ERROR",
    "FEED",
    "FigureChange",
    "Fingerprints",
    "ImportRefused",
    "ImportOptions",
    "ImportReport",
    "JOURNAL_FILE",
    "NOT_IMPORTED",
    "Outcome",
    "figure_changes",
    "import_paths",
    "normalize_url",
    "parse_date",
    "sentence_changes",
    "similarity",
    "start_from_copy",
]
