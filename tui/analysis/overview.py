"""The corpus at a glance: one row per article and the counts the overview charts draw.

`overview(corpus, analysis)` is a pure function: per article its outlet, author, date, words, sources
mix (how many of its claims the extractor attributes to a named person, a company or body, another
outlet, an unnamed source), hedged share (claims with a softening hedge), primary frame and the
original it copies; and over the corpus the articles per day, the primary frames and the outlets'
shares. It is linear in the analysis. The primary frame is the Compare screen's own
(tui/analysis/compare/frames.py), found per article by `primary_frames`, which costs a comparison's
work per article, so it is a separate (lazy) step. `sort_rows`, `filter_rows` and `bars`/
`spark` serve the screen and the `overview` command alike. No Textual here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from tui.analysis.choices import OVERVIEW_COLUMN_IDS, OVERVIEW_COLUMNS
from tui.analysis.compare.frames import profile as frame_profile
from tui.analysis.compare.statements import build_statements
from tui.analysis.copies import independent_articles
from tui.analysis.model import ArticleAnalysis, Citation, CorpusAnalysis, Mention
from tui.analysis.stored import whole
from tui.corpus.model import Article, Corpus


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One article as the overview table shows it."""

    article_id: str
    title: str
    outlet: str | None
    author: str | None
    date: dt.date | None
    words: int
    named: int  # claims attributed to a named person
    company: int  # ... to a company or body (its statement, announcement, a filing)
    outlets: int  # ... to another news outlet
    unnamed: int  # ... to an unnamed source ("people familiar", "reportedly", a group)
    statements: int  # the article's claims (the denominator of the hedged share)
    hedged: int  # claims carrying a hedge that softens them (epistemic, approximator, allegation)
    frame: str | None  # primary frame id (compare/frames.yaml), None when no frame is carried
    copy_of: str | None  # the original's id when the article copies another
    copy_of_label: str | None  # the original's outlet (else its id)

    @property
    def hedged_share(self) -> float | None:
        return self.hedged / self.statements if self.statements else None


@dataclass(slots=True)
class Overview:
    rows: list[OverviewRow] = field(default_factory=list)
    #: Articles per publication day, in date order; `undated` those without a date.
    per_day: list[tuple[dt.date, int]] = field(default_factory=list)
    undated: int = 0
    #: Primary frame -> articles, most first ("none" for an article that carries no frame).
    frames: list[tuple[str, int]] = field(default_factory=list)
    #: Outlet -> articles, most first ("unknown" for an article without an outlet).
    outlets: list[tuple[str, int]] = field(default_factory=list)
    #: Frame id -> its label (frames.yaml), for the charts and the CLI.
    frame_labels: dict[str, str] = field(default_factory=dict)
    #: False when the frames were not computed (the frame column and chart are then empty).
    frames_known: bool = True


#: The table's columns: (id, header). Every one of them is sortable (their names: tui/analysis/choices.py).
COLUMNS: tuple[tuple[str, str], ...] = OVERVIEW_COLUMNS
COLUMN_IDS = OVERVIEW_COLUMN_IDS

_KIND_COLUMN = {
    "person": "named",
    "organization": "company",
    "document": "company",
    "outlet": "outlets",
    "unnamed": "unnamed",
    "group": "unnamed",
}


def _article_row(
    article: Article,
    found: ArticleAnalysis | None,
    kinds: dict[str, str],
    originals: dict[str, str],
    by_id: dict[str, Article],
    frame: str | None,
) -> OverviewRow:
    counts = dict.fromkeys(("named", "company", "outlets", "unnamed"), 0)
    claims = found.claims if found else []
    hedged = 0
    for claim in claims:
        if claim.source_id:
            column = _KIND_COLUMN.get(kinds.get(claim.source_id, ""))
            if column:
                counts[column] += 1
        if claim.hedges and claim.hedged:  # most claims have no hedge: the property is not called
            hedged += 1
    original = originals.get(article.id, article.id)
    copy_of = original if original != article.id else None
    label = None
    if copy_of is not None:
        label = (by_id[copy_of].meta.outlet if copy_of in by_id else None) or copy_of
    return OverviewRow(
        article_id=article.id,
        title=article.display_title,
        outlet=article.meta.outlet,
        author=article.meta.author,
        date=article.meta.date,
        words=article.word_count,
        statements=len(claims),
        hedged=hedged,
        frame=frame,
        copy_of=copy_of,
        copy_of_label=label,
        **counts,
    )


def overview(
    corpus: Corpus, analysis: CorpusAnalysis, frames: dict[str, str | None] | None = None
) -> Overview:
    """The overview of the whole corpus (rows in corpus order). Linear in the size of the analysis.

    `frames` (article id -> primary frame, from `primary_frames`) fills the frame column and chart;
    without it they are left empty (the frames take a comparison's work per article: the app computes
    them in the background and calls `overview` again).
    """
    from tui.analysis.compare.frames import codebook

    originals = independent_articles(corpus)
    by_id = corpus.by_id()
    kinds = {s.id: str(s.kind) for s in analysis.sources}
    rows = [
        _article_row(a, analysis.articles.get(a.id), kinds, originals, by_id, (frames or {}).get(a.id))
        for a in corpus.articles
    ]
    days = Counter(r.date for r in rows if r.date is not None)
    frame_counts = Counter(r.frame or "none" for r in rows) if frames is not None else Counter()
    outlets = Counter(r.outlet or "unknown" for r in rows)
    labels = {f.id: f.label for f in codebook()[0]} if frames is not None else {}
    return Overview(
        rows=rows,
        per_day=sorted(days.items()),
        undated=sum(1 for r in rows if r.date is None),
        frames=_most(frame_counts),
        outlets=_most(outlets),
        frame_labels=labels,
        frames_known=frames is not None,
    )


def primary_frames(
    corpus: Corpus, analysis: CorpusAnalysis, article_ids: Sequence[str] | None = None
) -> Iterator[tuple[str, str | None]]:
    """(article id, primary frame) per article, as the Compare screen's profile finds it, lazily.

    Each article is framed on a view of the analysis holding only what touches it: its entities
    and sources, each with only this article's mentions and citations (what the statements read).
    A stored article's sentences and facts are read for its frame only (`stored.whole`): framing
    every article leaves the analysis holding what it held before, not every article's sentences.
    An entity such as the story's main company is named in every article; handing each article
    all of its mentions made the frames quadratic in the corpus (39 ms an article at 1,000).
    """
    mentions: dict[str, dict[str, list[Mention]]] = {}  # article -> entity id -> its mentions
    for entity in analysis.entities:
        for mention in entity.mentions:
            mentions.setdefault(mention.span.article_id, {}).setdefault(entity.id, []).append(mention)
    citations: dict[str, dict[str, list[Citation]]] = {}  # article -> source id -> its citations
    for source in analysis.sources:
        for citation in source.citations:
            citations.setdefault(citation.article_id, {}).setdefault(source.id, []).append(citation)
    by_entity = {e.id: e for e in analysis.entities}
    by_source = {s.id: s for s in analysis.sources}
    by_id = corpus.by_id()
    for aid in article_ids if article_ids is not None else list(by_id):
        article = by_id.get(aid)
        found = analysis.articles.get(aid)
        if article is None or found is None:
            yield aid, None
            continue
        found = whole(found)  # its sentences read for this article's frame, not kept by the analysis
        cited = citations.get(aid, {})
        mine = [replace(by_source[sid], citations=cs) for sid, cs in cited.items()]
        have = set(cited)
        for claim in found.claims:
            for sid in claim.source_ids or ([claim.source_id] if claim.source_id else []):
                if sid not in have and sid in by_source:
                    mine.append(replace(by_source[sid], citations=[]))
                    have.add(sid)
        named = [replace(by_entity[eid], mentions=ms) for eid, ms in mentions.get(aid, {}).items()]
        view = CorpusAnalysis(articles={aid: found}, entities=named, sources=mine)
        _, frame = frame_profile(build_statements(article, view))
        yield aid, frame


def _most(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))


# -- sorting and filtering ------------------------------------------------------------------------


def cell(row: OverviewRow, column: str) -> Any:
    """The value of `column` in `row` (None when unknown)."""
    if column == "hedged":
        return row.hedged_share
    if column == "copy_of":
        return row.copy_of_label
    return getattr(row, column)


def _sort_key(column: str) -> Callable[[OverviewRow], Any]:
    def key(row: OverviewRow) -> Any:
        value = cell(row, column)
        if isinstance(value, str):
            value = value.casefold()
        return value

    return key


def sort_rows(rows: Sequence[OverviewRow], column: str, descending: bool = False) -> list[OverviewRow]:
    """`rows` ordered by `column` (stable; unknown values always last, whichever the direction)."""
    if column not in COLUMN_IDS:
        raise ValueError(f"unknown column '{column}' (known: {', '.join(COLUMN_IDS)})")
    known = [r for r in rows if cell(r, column) is not None]
    unknown = [r for r in rows if cell(r, column) is None]
    return sorted(known, key=_sort_key(column), reverse=descending) + unknown


def filter_rows(rows: Sequence[OverviewRow], text: str) -> list[OverviewRow]:
    """The rows whose outlet, author, date, frame, copy-of, title or id holds every word of `text`
    (case-insensitive); `column:value` words look in one column only (outlet:reuters, frame:conflict)."""
    words = text.casefold().split()
    if not words:
        return list(rows)
    out = []
    for row in rows:
        fields = _fields(row)
        hay = " ".join(fields.values())
        ok = True
        for word in words:
            column, sep, value = word.partition(":")
            if sep and column in fields:
                if value not in fields[column]:
                    ok = False
                    break
            elif word not in hay:
                ok = False
                break
        if ok:
            out.append(row)
    return out


def _fields(row: OverviewRow) -> dict[str, str]:
    return {
        "outlet": (row.outlet or "").casefold(),
        "author": (row.author or "").casefold(),
        "date": row.date.isoformat() if row.date else "",
        "frame": (row.frame or "").casefold(),
        "copy_of": (row.copy_of_label or "").casefold(),
        "title": row.title.casefold(),
        "id": row.article_id.casefold(),
    }


# -- charts drawn with text -----------------------------------------------------------------------

_EIGHTHS = " ▏▎▍▌▋▊▉█"
_SPARK = "▁▂▃▄▅▆▇█"


def bar(value: float, most: float, width: int) -> str:
    """A horizontal bar of `value` out of `most`, `width` cells at most, in eighths of a cell."""
    if most <= 0 or width <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / most * width * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def bars(counts: Sequence[tuple[str, int]], width: int, rows: int) -> list[str]:
    """Up to `rows` lines "label ███ n" fitting `width` cells, bars scaled to the largest; when there
    are more, the last line says how many more and their total ("+10 more: 807"), without a bar."""
    if not counts or width < 8 or rows < 1:
        return []
    shown = list(counts[:rows]) if len(counts) <= rows else list(counts[: rows - 1])
    rest = counts[len(shown) :]
    lines = []
    if shown:
        most = max(n for _, n in shown)
        number = len(str(most))
        label_width = min(max(len(label) for label, _ in shown), max(4, (width - number - 2) // 2))
        room = width - label_width - number - 2
        for label, n in shown:
            name = label if len(label) <= label_width else label[: label_width - 1] + "…"
            lines.append(f"{name:<{label_width}} {bar(n, most, room):<{room}} {n:>{number}}"[:width])
    if rest:
        lines.append(f"+{len(rest)} more: {sum(n for _, n in rest)}"[:width])
    return lines


def spark(per_day: Sequence[tuple[dt.date, int]], width: int) -> tuple[str, str]:
    """Articles per day as one line of block heights (every calendar day from the first to the last,
    days without articles included; days grouped when there are more than `width`), and a label line
    "2025-06-10 … 2025-06-20" under it."""
    if not per_day or width < 1:
        return "", ""
    first, last = per_day[0][0], per_day[-1][0]
    span = (last - first).days + 1
    per = max(1, -(-span // width))  # days per cell
    cells = [0] * (-(-span // per))
    for day, n in per_day:
        cells[(day - first).days // per] += n
    most = max(cells)
    line = "".join(" " if n == 0 else _SPARK[min(7, (n * 8 - 1) // most)] for n in cells)
    if first == last:
        labels = [first.isoformat(), f"{first:%m-%d}"]
    else:
        labels = [
            f"{first.isoformat()} … {last.isoformat()}",
            f"{first:%m-%d} … {last:%m-%d}",
            f"{first:%m-%d}…{last:%m-%d}",
            f"{first:%m-%d}…",
        ]
    label = next((text for text in labels if len(text) <= width), "")
    return line, label


def cell_text(row: OverviewRow, column: str) -> str:
    """The cell as the table prints it: "" for unknown, a share as "38%", a date as 2025-06-13."""
    value = cell(row, column)
    if value is None:
        return ""
    if column == "hedged":
        return f"{round(value * 100)}%"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


#: Columns whose width never shrinks (numbers and dates), right-aligned when numeric.
NUMERIC = frozenset({"words", "named", "company", "outlets", "unnamed", "hedged"})
_FIXED = NUMERIC | {"date"}
#: Columns dropped, in this order, when the table cannot fit its width otherwise.
_DROP_ORDER = ("title", "copy_of", "author")
_MIN_TEXT = 6
_MAX_TEXT = 28


def fit_columns(rows: Sequence[OverviewRow], width: int) -> list[tuple[str, int]]:
    """(column, width) for a table `width` cells wide (one space between columns): text columns
    narrowed (never below 6), then the title, copy-of and author dropped until it fits; the title, when
    shown, takes the room left."""
    headers = dict(COLUMNS)
    natural = {}
    for column in COLUMN_IDS:
        longest = max((len(cell_text(r, column)) for r in rows), default=0)
        natural[column] = max(len(headers[column]), longest if column in _FIXED else min(longest, _MAX_TEXT))
    natural["title"] = max(len(headers["title"]), 20)  # at least 20; it takes what is left

    def total(cols: list[str], widths: dict[str, int]) -> int:
        return sum(widths[c] for c in cols) + len(cols) - 1

    def squeeze(cols: list[str], floor: int) -> dict[str, int] | None:
        widths = dict(natural)
        while total(cols, widths) > width:
            text = [c for c in cols if c not in _FIXED and widths[c] > floor]
            if not text:
                return None
            widest = max(text, key=lambda c: widths[c])
            widths[widest] -= 1
        return widths

    columns = list(COLUMN_IDS)
    widths: dict[str, int] | None = None
    for floor in (10, _MIN_TEXT):  # drop a column before squeezing the others below 10
        columns = list(COLUMN_IDS)
        for drop in (None, *_DROP_ORDER):
            if drop is not None:
                columns.remove(drop)
            widths = squeeze(columns, floor)
            if widths is not None:
                break
        if widths is not None:
            break
    if widths is None:  # too narrow for anything: the narrowest layout, cut at the edge
        widths = {c: (natural[c] if c in _FIXED else _MIN_TEXT) for c in columns}
    if "title" in columns:
        widths["title"] += max(0, width - total(columns, widths))
    return [(c, widths[c]) for c in columns]


def format_cells(values: Sequence[str], layout: Sequence[tuple[str, int]]) -> str:
    """One table line: each value cut to its column (with …) and aligned (numbers to the right)."""
    out = []
    for value, (column, w) in zip(values, layout, strict=True):
        v = value if len(value) <= w else value[: max(0, w - 1)] + "…"
        out.append(v.rjust(w) if column in NUMERIC else v.ljust(w))
    return " ".join(out).rstrip()
