"""Side by side: how several articles tell one event (issue 4).

`compare(corpus, analysis, article_ids)` returns a `Comparison`: aligned aspects with verdicts,
per-article profiles (frames, tone, loaded language, sourcing, share of text per aspect) and quote
variants. Pure and deterministic; no Textual here. It reads the extractor's output only (sentences,
figures, hedges, sources, roles, quotes) and finds nothing in the text by rules of its own.
Editable data: aspects.yaml, frames.yaml, language.yaml next to this file. Its own words (details,
notes, flags, summaries) name an article by a mark, never by its id as text: compare/names.py.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from tui.analysis.collector import collector_paused
from tui.analysis.compare.article_parts import ArticleParts, own_parts
from tui.analysis.compare.aspects import build_aspects
from tui.analysis.compare.data import CompareDataError
from tui.analysis.compare.model import ArticleProfile, Comparison
from tui.analysis.compare.names import ref, refs
from tui.analysis.compare.sourcing import profile as sourcing_profile
from tui.analysis.compare.statements import article_indexes, build_statements
from tui.analysis.compare.variants import quote_variants
from tui.analysis.copies import copy_label, independent_articles, wire_groups, wire_label
from tui.analysis.model import CorpusAnalysis
from tui.corpus.model import Corpus

__all__ = [
    "ArticleParts",
    "CompareDataError",
    "Comparison",
    "Progress",
    "compare",
    "default_articles",
    "default_note",
]

#: How far a comparison is: called as `progress(stage, done, total)` from the thread that compares,
#: stage by stage in this order (STAGES), `done` counting up to `total` within each.
Progress = Callable[[str, int, int], None]
#: The stages a comparison reports, in order: the articles' sentences, the aspects aligned and judged,
#: the articles' profiles, the quote variants.
STAGES = ("reading the articles", "aligning the aspects", "profiling the articles", "linking the quotes")


#: The comparison compares every article up to this many by default, else the first ones.
DEFAULT_LIMIT = 6


def default_articles(corpus: Corpus, n: int = DEFAULT_LIMIT) -> list[str]:
    """Every article when there are at most `n`, else the first `n`, in corpus order."""
    return [a.id for a in corpus.articles[:n]]


def default_note(corpus: Corpus, n: int = DEFAULT_LIMIT) -> str | None:
    """What the default leaves out, in words ("the first 6 of 12 articles ..."), or None."""
    total = len(corpus.articles)
    if total <= n:
        return None
    return f"Comparing the first {n} of {total} articles; choose others, or all of them (--articles all)."


def compare(
    corpus: Corpus,
    analysis: CorpusAnalysis,
    article_ids: list[str] | None = None,
    parts: ArticleParts | None = None,
    progress: Progress | None = None,
) -> Comparison:
    """Compare the articles `article_ids` (default: every article up to six, else the first six).
    Unknown ids raise KeyError. `parts` keeps each article's frames, tone and loaded language for
    the next comparison of it over the same analysis, and finds them only when first asked for
    (`ArticleProfile.parts`: the Compare screen shows the profiles in view; the frames and tone of
    20 articles were half the cost of their first comparison). The result is the same with or
    without `parts`; without, every profile's parts are found here. `progress`, when given, is told
    how far the comparison is (`Progress`, STAGES). The cyclic garbage collector is paused while it
    runs (tui/analysis/collector.py): the 20 articles' comparison made some 35 passes of it, none
    freeing anything, 3-4 % of its CPU and its slowest runs."""
    with collector_paused():  # tens of thousands of small objects kept, hardly a cycle among them
        return _compare(corpus, analysis, article_ids, parts, progress)


def _compare(
    corpus: Corpus,
    analysis: CorpusAnalysis,
    article_ids: list[str] | None,
    parts: ArticleParts | None,
    progress: Progress | None,
) -> Comparison:
    """`compare`, the cyclic collector paused by the caller."""
    report = progress or _no_progress
    if parts is not None and parts.analysis is not analysis:
        raise ValueError("these article parts belong to another analysis")
    ids = list(dict.fromkeys(article_ids or default_articles(corpus)))
    articles = {aid: corpus.article(aid) for aid in ids}
    report(STAGES[0], 0, len(ids))
    if parts is not None:  # each article's statements and their classes built once (ArticleParts)
        statements = parts.statements(analysis, articles)
        classed = {aid: parts.memberships(articles[aid], statements[aid]) for aid in ids}
    else:
        indexes = article_indexes(analysis, ids)
        statements = {}
        for n, aid in enumerate(ids, 1):
            statements[aid] = build_statements(articles[aid], analysis, indexes[aid])
            report(STAGES[0], n, len(ids))
        classed = None
    report(STAGES[0], len(ids), len(ids))
    originals = independent_articles(corpus)
    copy_of = {
        aid: originals[aid] for aid in ids if originals.get(aid, aid) != aid and originals[aid] in articles
    }
    people = parts.people() if parts is not None else None
    aspects, notes = build_aspects(
        statements, articles, analysis, corpus.overlay, copy_of, people, classed, partial(report, STAGES[1])
    )
    result = Comparison(ids, aspects=aspects, statements=statements, notes=notes)
    if not article_ids and (note := default_note(corpus)):
        result.notes.insert(0, note)
    aspect_of: dict[str, list[str]] = {}
    for aspect in aspects:
        for cell in aspect.cells.values():
            for st in cell.statements:
                aspect_of.setdefault(st.id, []).append(aspect.id)
    by_id = corpus.by_id()
    wires = wire_groups(corpus, originals)
    for n, aid in enumerate(ids):
        report(STAGES[2], n, len(ids))
        article = articles[aid]
        sts = statements[aid]
        own = parts.known(aid) if parts is not None else own_parts(sts)
        body_chars = sum(len(st.span) for st in sts if st.place != "heading") or 1
        share: dict[str, float] = {}
        for aspect in aspects:
            cell = aspect.cells[aid]
            if cell.present:
                share[aspect.id] = round(sum(len(st.span) for st in cell.statements) / body_chars, 3)
        result.profiles[aid] = ArticleProfile(
            article_id=aid,
            title=article.display_title,
            outlet=article.meta.outlet,
            words=article.word_count,
            own=own,
            find_own=partial(parts.parts_for, analysis, aid, sts) if parts is not None else None,
            sourcing=sourcing_profile(sts, aspect_of),
            aspect_share=share,
            copy_of=originals[aid] if originals.get(aid, aid) != aid else None,
            copy_label=copy_label(article, originals, by_id),
            same_wire_as=[w for w in wires.get(aid, []) if w != aid],
            wire_label=wire_label(article, originals, wires, by_id),
        )
        original = result.profiles[aid].copy_of
        if original is not None and original in articles:
            result.notes.append(
                f"{ref(aid)} is a copy of {ref(original)} "
                f"(corpus.yaml copy_of): what differs between them was changed in the copy."
            )
    noted: set[str] = set()
    for aid in ids:  # one note per wire group among the compared articles
        edits = [w for w in wires.get(aid, []) if w in articles]
        if len(edits) >= 2 and edits[0] not in noted:
            noted.add(edits[0])
            result.notes.append(
                f"{refs(edits[:-1])} and {ref(edits[-1])} are edits of the same wire story (corpus.yaml "
                "same_wire_as): neither copies the other, what they share rests on one origin."
            )
    report(STAGES[3], 0, 1)
    result.variants = quote_variants(analysis, ids, parts.mentions() if parts is not None else None)
    report(STAGES[3], 1, 1)
    return result


def _no_progress(stage: str, done: int, total: int) -> None:
    """No one asks how far the comparison is."""
