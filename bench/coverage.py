"""Real-coverage bench: `python -m bench.coverage [--real DIR] [--story NAME] [--json]`.

Scores the project's analysis against the hand-written fact tables of tests/coverage/ (layout and
schema: docs/coverage-bench.md). For every story it builds two corpora, each scored on its own:

- own:  tests/coverage/<story>/own/*.txt, the own-words articles (committed; always there);
- real: <real>/<story>/*.txt, the real article texts (git-ignored; default bench/real).

Each corpus goes through what a user's articles go through: `import_paths` (one file at a time, with
the outlet, date and URL of the table, so that copies are detected and linked as at import), then
`load_corpus`, `pipeline.analyse` (no cache) and `compare` over all of its articles. Nothing is
extracted here: every measure reads what the analysis or the comparison produced.

Printed per story and set, and in total per set (micro-averaged over the stories):
entity P/R/F1 (persons and organizations; places and products the analysis finds are ignored),
cited-source P/R/F1, key-fact accuracy (the value the analysis assigns to each slot of each
article: `assigned`), quote recall and speaker accuracy, discrepancy recall, the share of
contradiction flags that are false, copies linked (and false copy links), dominant-frame agreement
(the Compare profile's primary frame against the table's hand-coded `frame`, n/N).

Not a test: it prints figures and asserts nothing (tests/test_coverage_bench.py holds the floors).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from bench.coverage_facts import FactTable, TableArticle, TableError, TableQuote, load_table, table_paths
from bench.coverage_flags import (
    ASPECT_OF_SLOT,
    DAY_SLOTS,
    STAGE_CHANGE,
    aspect_ids_of,
    holders,
    implying_pair,
    judge_flag,
    listed_contradictions,
    show_assigned,
    show_value,
    stage_kind_right,
    stage_pair,
    surname_key,
)
from bench.coverage_match import (
    Assigned,
    fact_right,
    fold_name,
    match_maximum,
    match_one_to_one,
    name_forms,
    names_match,
    pair_key,
    prf,
    quote_starts_with,
    quote_words,
    ratio,
)

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "tests" / "coverage"
REAL = ROOT / "bench" / "real"

#: Pair verdicts that flag a contradiction, and those that mark no discrepancy ("differ": two values
#: shown side by side and not judged -- other currencies, other stages, a theme row's figures).
CONFLICT = ("contradiction", "conflict", "modifier")
NOT_A_DISCREPANCY = ("same", "agree", "incomparable", "omission", "differ")
#: A pair the comparison calls the same value, written otherwise ("$14B" / "$14 billion": verdict
#: same, reason written-form, no discrepancy since stop 30). The tables, written before, list such a
#: pair as a variation (same meaning, other words): the bench scores it as that variation told, under
#: this name, so the kind is kept and a "same" of two other values never counts.
WRITTEN_FORM = "same (written otherwise)"
#: The table's discrepancy kind each verdict stands for (older verdict names kept).
KIND_OF_VERDICT = {
    "contradiction": "contradiction",
    "conflict": "contradiction",
    "modifier": "contradiction",
    "precision": "precision",
    "rounding": "precision",
    "hedge": "precision",
    "variation": "variation",
    "title": "variation",
    "different measure": "variation",  # one price with and without the debt (compare/verdicts.py)
    WRITTEN_FORM: "variation",  # the same value written otherwise (below)
    # "stage change" (a figure moved with the deal's stage) has no kind of its own in the tables:
    # bench/coverage_flags.py stage_kind_right judges it by the table's statuses
}


@dataclass(slots=True)
class Counts:
    """What one story's set (or a total) counted; the measures are ratios of these."""

    articles: int = 0
    entity_tp: int = 0
    entity_fp: int = 0
    entity_fn: int = 0
    entity_type_right: int = 0
    source_tp: int = 0
    source_fp: int = 0
    source_fn: int = 0
    facts_right: int = 0
    facts_total: int = 0
    facts_by_slot: dict[str, list[int]] = field(default_factory=dict)  # slot -> [right, total]
    headline_right: int = 0  # a headline's own statement of a slot, where the table gives one
    headline_total: int = 0
    quotes_found: int = 0
    quotes_total: int = 0
    speakers_right: int = 0
    disc_found: int = 0
    disc_kind_right: int = 0  # found with the table's kind (contradiction / precision / variation)
    disc_total: int = 0
    conflicts_false: int = 0
    conflicts_total: int = 0
    implied_found: int = 0  # contradictions the table implies but does not list, flagged true
    implied_total: int = 0
    copies_linked: int = 0
    copies_total: int = 0
    copies_false: int = 0
    #: same-wire pairs of the table (pairs of originals in one wire group): linked as same wire by
    #: the import, linked as a copy instead, and same-wire links the table does not hold.
    wire_linked: int = 0
    wire_as_copy: int = 0
    wire_total: int = 0
    wire_false: int = 0
    #: `--links`: every copy and same-wire pair of the table, linked or missed, and every false link.
    links: list[str] = field(default_factory=list)
    #: Quote variants: pairs of table quotes in two analysed articles that are one statement (the
    #: same speaker and first words, or a shared `variant` label), and those the comparison links
    #: in one quote variant.
    variants_linked: int = 0
    variants_total: int = 0
    #: The pairs a quote variant shows (each version against the first, whose words it is diffed
    #: with) whose two quotes are table quotes of two articles, and those the table does not make
    #: one statement.
    variants_shown: int = 0
    variants_false: int = 0
    #: `--variants`: every statement pair of the table, LINKED or MISSED, and every FALSE pair shown.
    variant_lines: list[str] = field(default_factory=list)
    frames_right: int = 0  # articles whose primary frame (the Compare profile's) is the table's `frame`
    frames_total: int = 0  # analysed articles the table gives a `frame`
    notes: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in self.__slots__:  # type: ignore[attr-defined]
            mine = getattr(self, name)
            if isinstance(mine, int):
                setattr(self, name, mine + getattr(other, name))
        for slot, (right, total) in other.facts_by_slot.items():
            _tally_slot(self.facts_by_slot, slot, right, total)

    def measures(self) -> dict[str, float | None]:
        ep, er, ef = prf(self.entity_tp, self.entity_fp, self.entity_fn)
        sp, sr, sf = prf(self.source_tp, self.source_fp, self.source_fn)
        return {
            "entity_p": ep,
            "entity_r": er,
            "entity_f1": ef,
            "entity_type": ratio(self.entity_type_right, self.entity_tp),
            "source_p": sp,
            "source_r": sr,
            "source_f1": sf,
            "key_fact": ratio(self.facts_right, self.facts_total),
            "headline_fact": ratio(self.headline_right, self.headline_total),
            "quote_recall": ratio(self.quotes_found, self.quotes_total),
            "speaker": ratio(self.speakers_right, self.quotes_found),
            "discrepancy_recall": ratio(self.disc_found, self.disc_total),
            "discrepancy_kind": ratio(self.disc_kind_right, self.disc_found),
            "false_contradictions": ratio(self.conflicts_false, self.conflicts_total),
            "copies_linked": ratio(self.copies_linked, self.copies_total),
            "same_wire_linked": ratio(self.wire_linked, self.wire_total),
            "quote_variants_linked": ratio(self.variants_linked, self.variants_total),
            "quote_variants_precision": ratio(self.variants_shown - self.variants_false, self.variants_shown),
            "dominant_frame": ratio(self.frames_right, self.frames_total),
        }


def _tally_slot(by_slot: dict[str, list[int]], slot: str, right: int, total: int) -> None:
    """Add `right` of `total` to a slot's [right, total]."""
    have = by_slot.setdefault(slot, [0, 0])
    have[0] += right
    have[1] += total


def _tally_matches(c: Counts, measure: str, table_n: int, predicted_n: int, matched: int) -> None:
    """Add one article's one-to-one matching to `<measure>_tp/_fp/_fn` (measure: entity | source)."""
    setattr(c, f"{measure}_tp", getattr(c, f"{measure}_tp") + matched)
    setattr(c, f"{measure}_fn", getattr(c, f"{measure}_fn") + table_n - matched)
    setattr(c, f"{measure}_fp", getattr(c, f"{measure}_fp") + predicted_n - matched)


@dataclass(slots=True)
class Run:
    """One analysed corpus: the table's article ids mapped to what the analysis made of them."""

    corpus: Any
    analysis: Any
    comparison: Any
    ids: list[str]  # table ids that were analysed (corpus ids are the same)
    links: dict[str, str]  # article id -> the original its import linked it to (copies)
    missing: list[str]  # table ids without a text
    notes: list[str] = field(default_factory=list)
    #: Where key facts are read: "facts" (the extractor's event facts) or "cells" (the comparison).
    lookup: str = "facts"


# --- building and analysing the corpus ---------------------------------------------------------------


def texts_of(table: FactTable, folder: Path) -> dict[str, Path]:
    """The text file of each table article found in `folder` (a01.txt for id a01)."""
    found = {}
    for art in table.articles:
        path = folder / f"{art.id}.txt"
        if path.is_file():
            found[art.id] = path
    return found


def analyse_texts(table: FactTable, texts: dict[str, Path], workdir: Path) -> Run:
    """Import the texts (table order), then analyse and compare them as the app would."""
    from tui.analysis import pipeline
    from tui.analysis.compare import compare
    from tui.analysis.copies import independent_articles
    from tui.corpus.importer import DUPLICATE, ImportOptions, import_paths
    from tui.corpus.loader import load_corpus

    target = workdir / table.story
    links: dict[str, str] = {}
    notes: list[str] = []
    for art in table.articles:
        if art.id not in texts:
            continue
        options = ImportOptions(outlet=art.outlet, date=art.date, url=art.url)
        report = import_paths([texts[art.id]], target, options)
        for outcome in report.outcomes:
            if outcome.status == DUPLICATE and outcome.duplicate_of:
                links[art.id] = outcome.duplicate_of
                notes.append(f"{art.id} not imported ({outcome.reason}): scored for copies only")
    corpus = load_corpus(target)
    analysis = pipeline.analyse(corpus, use_cache=False)
    ids = [a.id for a in corpus.articles]
    originals = independent_articles(corpus)
    for aid, original in originals.items():
        if original != aid:
            links[aid] = original
    comparison = compare(corpus, analysis, ids) if len(ids) >= 1 else None
    missing = [a.id for a in table.articles if a.id not in texts]
    return Run(corpus, analysis, comparison, ids, links, missing, notes)


# --- what the analysis assigns ------------------------------------------------------------------------


def assigned(
    run: Run, table: FactTable, article_id: str, slot: str, person: str | None = None, place: str = "body"
) -> Assigned | None:
    """THE lookup of a slot's value for one article: the extractor's event facts for that article
    (ArticleAnalysis.facts, the body's value of the slot). With `run.lookup == "cells"` (or an
    extractor without event facts) it is the comparison's aspect cell instead -- amount, valuation,
    stake, the title of `person` -- which is how the baseline was measured. `place` "headline": the
    headline's own statement of the slot (event facts only)."""
    facts = getattr(run.analysis.articles.get(article_id), "facts", None)
    if place == "headline":
        fv = facts.headline.get(slot) if run.lookup == "facts" and facts is not None else None
        return None if fv is None else Assigned(fv.value, fv.unit, (), fv.stated)
    if run.lookup == "facts" and facts is not None:
        fv = facts.get(slot)
        if fv is None:
            return None
        mods = tuple(str(fv.value).split()) if slot == "modifier" else ()  # "interim co"
        return Assigned(fv.value, fv.unit, mods, fv.stated)
    return _cell_value(run, article_id, slot, person)


def _cell_value(run: Run, article_id: str, slot: str, person: str | None) -> Assigned | None:
    cls = ASPECT_OF_SLOT.get(slot)
    if cls is None or slot == "interim" or slot in DAY_SLOTS or run.comparison is None:
        return None
    aspect = _aspect_for(run, cls, person)
    if aspect is None:
        return None
    cell = aspect.cells.get(article_id)
    if cell is None or cell.slot is None:
        return None
    s = cell.slot
    if s.kind == "role":
        return Assigned(s.normalized or s.text, None, tuple(s.modifiers), s.text)
    return Assigned(s.value, s.unit, (), s.text)


def _aspect_for(run: Run, cls: str, person: str | None) -> Any:
    if cls != "leadership":
        return next((a for a in run.comparison.aspects if a.cls == cls), None)
    if not person:
        return None
    key = surname_key(person)
    return next((a for a in run.comparison.aspects if a.cls == cls and surname_key(a.key or "") == key), None)


# --- scoring one run ------------------------------------------------------------------------------------


_ENTITY_KINDS = {"person": "person", "organization": "org", "outlet": "org"}


def _predicted_entities(run: Run, article_id: str) -> list[tuple[set[str], str]]:
    out = []
    for ent in run.analysis.entities:
        kind = _ENTITY_KINDS.get(str(ent.type))
        if kind is None:
            continue  # places, products, programmes: not scored
        mentions = ent.mentions_in(article_id)
        if not mentions:
            continue
        out.append((name_forms(ent.name, [m.text for m in mentions]), kind))
    return out


@dataclass(frozen=True, slots=True)
class EntityMiss:
    """A table entity no predicted entity matched, a predicted one no table entity matched, or a
    matched pair typed apart (what `--entities` lists)."""

    article: str
    what: str  # missed | extra | type
    table: str  # "Kelly Ortberg [person]"; "-" for an extra entity
    tool: str  # "Robert Ortberg [person] (entities.given-name)"; "-" for a missed one


def entity_misses(table: FactTable, run: Run) -> list[EntityMiss]:
    """Per article, matched as the entity measure matches them: the table entities no predicted
    entity matched, the predicted persons and organizations no table entity matched (with the
    rule that typed them) and the matched pairs whose types differ."""
    out: list[EntityMiss] = []
    rules = {}
    for ent in run.analysis.entities:
        rules[ent.name] = ent.rule
    for aid in run.ids:
        art = table.article(aid)
        predicted = _predicted_entities(run, aid)
        names = _predicted_entity_names(run, aid)
        pairs = match_maximum(
            art.entities,
            predicted,
            lambda t, p: names_match(p[0], name_forms(t.name, t.aliases), person=t.type == "person"),
        )
        matched_t, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, t in enumerate(art.entities):
            if i not in matched_t:
                out.append(EntityMiss(aid, "missed", f"{t.name} [{t.type}]", "-"))
        for j, (_, kind) in enumerate(predicted):
            if j not in matched_p:
                out.append(EntityMiss(aid, "extra", "-", f"{names[j]} [{kind}] ({rules.get(names[j], '')})"))
        for i, j in pairs:
            t = art.entities[i]
            if t.type != predicted[j][1]:
                out.append(
                    EntityMiss(
                        aid,
                        "type",
                        f"{t.name} [{t.type}]",
                        f"{names[j]} [{predicted[j][1]}] ({rules.get(names[j], '')})",
                    )
                )
    return out


def _predicted_entity_names(run: Run, article_id: str) -> list[str]:
    """The names of `_predicted_entities(run, article_id)`, in its order."""
    return [
        ent.name
        for ent in run.analysis.entities
        if _ENTITY_KINDS.get(str(ent.type)) is not None and ent.mentions_in(article_id)
    ]


def _table_source_forms(art: TableArticle, name: str) -> set[str]:
    """The folded forms of a table source's name: its own `aliases` (the UK government's "the
    government"; ignored before stop 36) and those of the article's entity of that name."""
    own = next((s.aliases for s in art.sources if fold_name(s.name) == fold_name(name)), ())
    forms = name_forms(name, own)
    for ent in art.entities:
        if name_forms(ent.name, ent.aliases) & forms:
            forms |= name_forms(ent.name, ent.aliases)
    return forms


def _page_forms(run: Run, entity_id: str | None, article_id: str) -> set[str]:
    """The folded names of a source's entity: the name it is shown under and every form this page
    writes it in (its mentions here), as the entity measure reads them. A party is shown under the
    form most pages use ("The name a party is shown under", stop 37): "Richard Fairbank" on a page
    that writes "Richard D. Fairbank", "Associated Press" on one that writes "the AP"; the page's own
    form is what it names."""
    ent = next((e for e in run.analysis.entities if e.id == entity_id), None) if entity_id else None
    if ent is None:
        return set()
    return name_forms(ent.name, [m.text for m in ent.mentions_in(article_id)])


def _predicted_sources(run: Run, article_id: str) -> list[tuple[set[str], str, str]]:
    out = []
    for src in run.analysis.sources:
        if str(src.kind) == "narrator" or not src.count_in(article_id):
            continue
        forms = name_forms(src.name) | _page_forms(run, src.entity_id, article_id)
        out.append((forms, str(src.kind), src.name))
    return out


def _source_match(art: TableArticle, t: Any, p: tuple[set[str], str, str]) -> bool:
    forms, kind, _ = p
    if t.kind == "unnamed":
        return kind == "unnamed"
    if t.kind == "document" and kind == "document":
        return True
    return kind != "unnamed" and names_match(
        forms, _table_source_forms(art, t.name), person=t.kind == "person"
    )


def _speaker_right(run: Run, art: TableArticle, tq: TableQuote, quote: Any) -> bool:
    if tq.speaker is None:
        return quote.speaker is None and quote.source_id is None
    kind = next((s.kind for s in art.sources if fold_name(s.name) == fold_name(tq.speaker)), None)
    source = None
    if quote.source_id:
        source = next((s for s in run.analysis.sources if s.id == quote.source_id), None)
    if kind == "unnamed":
        return source is not None and str(source.kind) == "unnamed"
    forms: set[str] = set()
    if quote.speaker:
        forms |= name_forms(quote.speaker)
    if source is not None:
        forms |= name_forms(source.name) | _page_forms(run, source.entity_id, art.id)
    for sid in getattr(quote, "source_ids", ())[1:]:  # several speaking as one ("the two companies said")
        other = next((s for s in run.analysis.sources if s.id == sid), None)
        if other is not None:
            forms |= name_forms(other.name) | _page_forms(run, other.entity_id, art.id)
    is_person = kind == "person" or any(
        e.type == "person" and fold_name(e.name) == fold_name(tq.speaker) for e in art.entities
    )
    return names_match(forms, _table_source_forms(art, tq.speaker), person=is_person)


@dataclass(frozen=True, slots=True)
class SourceMiss:
    """A cited source the analysis missed or added, or a quotation it gave to the wrong speaker."""

    article: str
    what: str  # missed | extra | speaker | quote (a table quotation no extracted quote opens with)
    table: str  # "Dealogic [company]", or a quotation's opening words and speaker; "-" for an extra source
    tool: str  # "Broadcom Software Group [organization]", or the quotation's speaker; "-" for a missed one


def source_misses(table: FactTable, run: Run) -> list[SourceMiss]:
    """Per article, the table sources no predicted source matched, the predicted sources no table
    source matched (matched as the source measure matches them), and each found quotation whose
    speaker is wrong: what `--misses` lists after the key facts."""
    out: list[SourceMiss] = []
    for aid in run.ids:
        art = table.article(aid)
        psrc = _predicted_sources(run, aid)
        order = sorted(range(len(art.sources)), key=lambda i: art.sources[i].kind in ("unnamed", "document"))
        tsrc = [art.sources[i] for i in order]
        pairs = match_one_to_one(tsrc, psrc, lambda t, p, art=art: _source_match(art, t, p))
        matched_t, matched_p = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, t in enumerate(tsrc):
            if i not in matched_t:
                out.append(SourceMiss(aid, "missed", f"{t.name} [{t.kind}]", "-"))
        for j, (_, kind, name) in enumerate(psrc):
            if j not in matched_p:
                out.append(SourceMiss(aid, "extra", "-", f"{name} [{kind}]"))
        quotes = run.analysis.articles[aid].quotes if aid in run.analysis.articles else []
        qpairs = match_one_to_one(art.quotes, quotes, lambda t, q: quote_starts_with(t.start, q.text))
        found = {i for i, _ in qpairs}
        for i, tq in enumerate(art.quotes):
            if i not in found:
                out.append(SourceMiss(aid, "quote", f"“{' '.join(tq.start)}…”: {tq.speaker or 'none'}", "-"))
        by_id = {s.id: s for s in run.analysis.sources}
        for i, j in qpairs:
            tq, q = art.quotes[i], quotes[j]
            if not _speaker_right(run, art, tq, q):
                src = by_id.get(q.source_id) if q.source_id else None
                tool = f"{q.speaker} [{src.kind}]" if src is not None else str(q.speaker or "none")
                out.append(
                    SourceMiss(aid, "speaker", f"“{' '.join(tq.start)}…”: {tq.speaker or 'none'}", tool)
                )
    return out


@dataclass(frozen=True, slots=True)
class Miss:
    """A key fact the analysis got wrong: the table's value and what the tool assigned instead."""

    article: str
    slot: str
    person: str | None
    table: str  # "$2.75B (an additional $2.75 billion)"
    tool: str  # "$4B (a staggering $4 billion)" or "none"
    rule: str  # the rule that chose the tool's value
    candidates: tuple[str, ...]  # every value considered: "$4B total: chosen", "$2.75B deal: a tranche"


def _people(table: FactTable, article_id: str, slot: str) -> list[str | None]:
    """The persons whose title a slot is ([None] for a slot that is no title)."""
    return list(holders(table, article_id, slot)) if ASPECT_OF_SLOT.get(slot) == "leadership" else [None]


def judge_fact(
    table: FactTable, run: Run, article_id: str, slot: str, fact: Any
) -> tuple[bool, list[tuple[str | None, Assigned | None]]]:
    """Is one table fact the value the analysis assigns, and what it assigns (per person for a
    title). A title the table gives as null on a page that appoints nobody (a report that someone
    is expected to step down) is right when the analysis gives no title either, and wrong when it
    names one: an invented appointee. (With `lookup == "cells"` no person means no cell, so there
    an invented appointee is not seen.)"""
    people = _people(table, article_id, slot)
    if not people and fact.value is None:
        people = [None]
    got = [(person, assigned(run, table, article_id, slot, person)) for person in people]
    aliases = _aliases(table, fact.value)
    return bool(got) and all(fact_right(slot, fact, g, aliases) for _, g in got), got


def _aliases(table: FactTable, value: Any) -> tuple[str, ...]:
    """The aliases the table gives a name slot's value (its entities of that name, any article):
    a key fact naming "Cisco Systems Inc." is right where the table says Cisco is also called so."""
    names = value if isinstance(value, tuple) else (value,)
    if not all(isinstance(n, str) for n in names):
        return ()
    return table.aliases_of(names, lambda a, b: fold_name(a) == fold_name(b))


def _miss(
    run: Run, article_id: str, slot: str, fact: Any, got: list[tuple[str | None, Assigned | None]]
) -> Miss:
    table_shown = show_value(slot, fact.value, fact.unit, fact.hedge)
    if fact.stated:
        table_shown += f" ({fact.stated})"
    tools, rule, candidates = [], "", ()
    for person, g in got or [(None, None)]:
        shown = (
            show_assigned(g, slot) if slot not in ("modifier",) else " ".join(g.modifiers) if g else "none"
        )
        if g is not None and g.text:
            shown += f" ({g.text})"
        tools.append(f"{person}: {shown}" if person else shown)
    if len({t.split(": ", 1)[-1] for t in tools}) == 1:  # the same value for every person: say it once
        tools = [tools[0].split(": ", 1)[-1] if got and got[0][0] else tools[0]]
    facts = getattr(run.analysis.articles.get(article_id), "facts", None)
    if run.lookup == "facts" and facts is not None:
        fv = facts.get(slot)
        rule = fv.rule if fv is not None else ""
        candidates = tuple(
            f"{c.fact.stated} [{c.of}]: " + ("chosen" if c.why_not is None else c.why_not)
            for c in facts.why(slot)
        )
    return Miss(
        article_id,
        slot,
        ", ".join(p for p, _ in got if p) or None,
        table_shown,
        "; ".join(tools),
        rule,
        candidates,
    )


@dataclass(frozen=True, slots=True)
class FrameCheck:
    """One article's primary frame: the table's (coded by hand) and the tool's, with the saliences."""

    article: str
    table: str
    tool: str | None
    salience: dict[str, float]  # frame id -> weighted share of sentences (compare/frames.py)

    @property
    def right(self) -> bool:
        return self.tool == self.table


def frame_checks(table: FactTable, run: Run) -> list[FrameCheck]:
    """The primary frame of each analysed article the table codes, against the table's `frame`."""
    out = []
    profiles = run.comparison.profiles if run.comparison is not None else {}
    for aid in run.ids:
        coded = table.article(aid).frame
        if coded is None:
            continue
        prof = profiles.get(aid)
        tool = prof.primary_frame if prof is not None else None
        salience = {f.frame: f.salience for f in prof.frames} if prof is not None else {}
        out.append(FrameCheck(aid, coded, tool, salience))
    return out


def score_run(table: FactTable, run: Run) -> Counts:
    return judge_run(table, run)[0]


def judge_run(table: FactTable, run: Run) -> tuple[Counts, list[Flag], list[Miss], list[Checked]]:
    """The counts of one run, its contradiction flags judged, its missed key facts and its scored
    table discrepancies."""
    c = Counts(articles=len(run.ids))
    misses: list[Miss] = []
    if run.missing:
        c.notes.append(f"no text for {', '.join(run.missing)}")
    c.notes.extend(run.notes)
    for aid in run.ids:
        art = table.article(aid)
        # entities
        predicted = _predicted_entities(run, aid)
        pairs = match_maximum(
            art.entities,
            predicted,
            lambda t, p: names_match(p[0], name_forms(t.name, t.aliases), person=t.type == "person"),
        )
        _tally_matches(c, "entity", len(art.entities), len(predicted), len(pairs))
        c.entity_type_right += sum(1 for i, j in pairs if art.entities[i].type == predicted[j][1])
        # sources: named ones first, so that a named source is not taken by an unnamed table row
        psrc = _predicted_sources(run, aid)
        order = sorted(range(len(art.sources)), key=lambda i: art.sources[i].kind in ("unnamed", "document"))
        tsrc = [art.sources[i] for i in order]
        spairs = match_one_to_one(tsrc, psrc, lambda t, p, art=art: _source_match(art, t, p))
        _tally_matches(c, "source", len(tsrc), len(psrc), len(spairs))
        # key facts
        for slot, fact in art.facts.items():
            right, got = judge_fact(table, run, aid, slot, fact)
            if not right:
                misses.append(_miss(run, aid, slot, fact, got))
            c.facts_right += right
            c.facts_total += 1
            _tally_slot(c.facts_by_slot, slot, int(right), 1)
        for slot, fact in art.headline.items():
            c.headline_total += 1
            c.headline_right += fact_right(slot, fact, assigned(run, table, aid, slot, place="headline"))
        # quotes
        quotes = run.analysis.articles[aid].quotes if aid in run.analysis.articles else []
        qpairs = match_one_to_one(art.quotes, quotes, lambda t, q: quote_starts_with(t.start, q.text))
        c.quotes_total += len(art.quotes)
        c.quotes_found += len(qpairs)
        c.speakers_right += sum(1 for i, j in qpairs if _speaker_right(run, art, art.quotes[i], quotes[j]))
    flags, checked = _score_comparison(table, run, c)
    _score_copies(table, run, c)
    _score_variants(table, run, c)
    frames = frame_checks(table, run)
    c.frames_total += len(frames)
    c.frames_right += sum(1 for f in frames if f.right)
    return c, flags, misses, checked


def variant_pairs(table: FactTable, analysed: Iterable[str]) -> list[tuple[tuple[str, Any], tuple[str, Any]]]:
    """Pairs of table quotes, in two analysed articles, that are one statement: the same speaker
    (folded, or named by an alias the table gives) and the same first words (the shorter start opening the longer), or a shared
    `variant` label (a statement reworded or cut elsewhere). Each pair of articles and statements
    once."""
    ids = set(analysed)
    quoted = [(a.id, q) for a in table.articles if a.id in ids for q in a.quotes]
    # one person written two ways ("Steve Mollenkopf" / "Steven Mollenkopf") is one speaker where the
    # table's entities say so (an alias in any article), as for the key facts' names
    aliased = [name_forms(e.name, e.aliases) for a in table.articles for e in a.entities if e.aliases]

    def speaker(name: str) -> set[str]:
        forms = name_forms(name)
        for more in aliased:
            if more & forms:
                forms |= more
        return forms

    def fold(words: Iterable[str]) -> list[str]:
        return quote_words(" ".join(words))

    def same(x: Any, y: Any) -> bool:
        if set(x.variant) & set(y.variant):
            return True
        if not x.speaker or not y.speaker or not speaker(x.speaker) & speaker(y.speaker):
            return False
        a, b = fold(x.start), fold(y.start)
        n = min(len(a), len(b))
        return n >= 3 and a[:n] == b[:n]

    return [
        (qa, qb)
        for n, qa in enumerate(quoted)
        for qb in quoted[n + 1 :]
        if qa[0] != qb[0] and same(qa[1], qb[1])
    ]


def _score_variants(table: FactTable, run: Run, c: Counts) -> None:
    """Recall: each pair of `variant_pairs` is linked when one quote variant of the comparison
    carries a quote of each article opening with the table quote's first words. Precision: each
    version a variant shows against its first (the one its word changes are taken from), when both
    are table quotes of two articles, is right when the table makes them one statement."""
    variants = run.comparison.variants if run.comparison is not None else []
    pairs = variant_pairs(table, run.ids)
    one = {(a, qa.start, b, qb.start) for (a, qa), (b, qb) in pairs}

    def label(aid: str, q: Any) -> str:
        return f"{aid} '{' '.join(q.start)}'"

    for (a, qa), (b, qb) in pairs:
        c.variants_total += 1
        linked = any(
            any(k.article_id == a and quote_starts_with(qa.start, k.text) for k in v.carriers)
            and any(k.article_id == b and quote_starts_with(qb.start, k.text) for k in v.carriers)
            for v in variants
        )
        c.variants_linked += linked
        c.variant_lines.append(f"{'LINKED' if linked else 'MISSED'} {label(a, qa)} ~ {label(b, qb)}")
    quotes = {art.id: art.quotes for art in table.articles}

    def table_quote(carrier: Any) -> Any:
        found = [q for q in quotes.get(carrier.article_id, []) if quote_starts_with(q.start, carrier.text)]
        return max(found, key=lambda q: len(q.start)) if found else None

    for v in variants:
        base = v.carriers[0]
        tb = table_quote(base)
        for k in v.carriers[1:]:
            tk = table_quote(k)
            if tb is None or tk is None or k.article_id == base.article_id:
                continue
            c.variants_shown += 1
            x, y = (base.article_id, tb.start), (k.article_id, tk.start)
            if (*x, *y) not in one and (*y, *x) not in one:
                c.variants_false += 1
                c.variant_lines.append(f"FALSE {label(base.article_id, tb)} ~ {label(k.article_id, tk)}")


def _aspect_key(aspect: Any) -> str:
    """The bench's id of a comparison aspect: its id, or "leadership:<surname>" for a person's title."""
    return f"leadership:{surname_key(aspect.key or '')}" if aspect.cls == "leadership" else aspect.id


def _reported_pairs(run: Run) -> dict[tuple[str, str, str], str]:
    """(aspect id, article, article) -> the worst verdict the comparison gives that pair."""
    out: dict[tuple[str, str, str], str] = {}
    if run.comparison is None:
        return out
    for aspect in run.comparison.aspects:
        for p in aspect.pairs:
            key = (_aspect_key(aspect), *pair_key(p.a, p.b))
            written = (p.verdict, getattr(p, "reason", "")) == ("same", "written-form")
            verdict = WRITTEN_FORM if written else p.verdict
            if p.verdict in CONFLICT or key not in out:
                out[key] = verdict
    return out


@dataclass(frozen=True, slots=True)
class Flag:
    """One contradiction flag of the comparison, judged against the table (bench/coverage_flags.py)."""

    aspect: str  # "valuation", "leadership:holthaus"
    a: str
    b: str
    verdict: str
    detail: str
    cells: tuple[str, str]  # the two cells as written
    true: bool
    why: str  # "listed", "implied by a01~a08", "not in table", "wrong value for a09: tool $4B, table $2.75B"


def _cell_assigned(cell: Any) -> Assigned | None:
    s = getattr(cell, "slot", None)
    if s is None:
        return None
    if s.kind == "role":
        return Assigned(s.normalized or s.text, None, tuple(s.modifiers), s.text)
    return Assigned(s.value, s.unit, (), s.text)


def contradiction_flags(table: FactTable, run: Run) -> list[Flag]:
    """Every contradiction flag of the run's comparison, one per (aspect, pair), judged true or false."""
    from tui.analysis.compare.names import with_ids

    if run.comparison is None:
        return []
    # every listed pair, those whose texts are not at hand too: a flag's truth rests on the table's
    # values, not on which listed article a refill found (both flagged articles are analysed anyway)
    listed = listed_contradictions(table)
    out: list[Flag] = []
    seen: set[tuple[str, str, str]] = set()
    for aspect in run.comparison.aspects:
        for p in aspect.pairs:
            key = (_aspect_key(aspect), *pair_key(p.a, p.b))
            if p.verdict not in CONFLICT or key in seen:
                continue
            seen.add(key)
            cells = getattr(aspect, "cells", None) or {}
            got = {x: _cell_assigned(cells.get(x)) for x in (p.a, p.b)}
            true, why = judge_flag(table, key[0], p.a, p.b, got, listed)
            shown = tuple(getattr(getattr(cells.get(x), "slot", None), "text", "") or "" for x in (p.a, p.b))
            detail = with_ids(getattr(p, "detail", ""))  # the bench speaks in article ids
            out.append(Flag(key[0], p.a, p.b, p.verdict, detail, shown, true, why))  # type: ignore[arg-type]
    return out


def implied_contradictions(table: FactTable, analysed: Iterable[str]) -> set[tuple[str, str, str]]:
    """(aspect id, article, article) the table implies but does not list: two analysed articles whose
    table values are those of a listed contradiction (bench/coverage_flags.py)."""
    ids = sorted(set(analysed))
    listed = listed_contradictions(table)  # a listed pair implies, whether or not its texts are at hand
    out = set()
    for asp in sorted({k[0] for k in listed}):
        for a, b in combinations(ids, 2):
            key = (asp, *pair_key(a, b))
            if key not in listed and implying_pair(table, asp, a, b, listed) is not None:
                out.add(key)
    return out


@dataclass(frozen=True, slots=True)
class Checked:
    """One scored table discrepancy (an article pair) and what the comparison said of it."""

    slot: str
    a: str
    b: str
    kind: str  # the table's: contradiction | precision | variation
    note: str
    verdicts: tuple[str, ...]  # the comparison's verdict on each aspect that holds the slot ("none": no pair)
    found: bool
    kind_right: bool


def _score_comparison(table: FactTable, run: Run, c: Counts) -> tuple[list[Flag], list[Checked]]:
    reported = _reported_pairs(run)
    analysed = set(run.ids)
    checked: list[Checked] = []
    for d in table.discrepancies:
        # a discrepancy naming more than two articles holds between every pair of them
        for a, b in combinations(d.articles, 2):
            if a not in analysed or b not in analysed:
                continue
            aspects = aspect_ids_of(table, d.slot, (a, b))
            if not aspects:
                continue  # a slot the comparison has no aspect for: not scored
            if d.kind in ("contradiction", "precision", "variation"):
                c.disc_total += 1
                verdicts = [reported.get((asp, *pair_key(a, b))) for asp in sorted(aspects)]
                found = any(v is not None and v not in NOT_A_DISCREPANCY for v in verdicts)
                kind_right = any(
                    KIND_OF_VERDICT.get(v or "") == d.kind or stage_kind_right(table, d.kind, v, a, b)
                    for v in verdicts
                )
                c.disc_found += found
                c.disc_kind_right += kind_right
                shown = tuple(v or "none" for v in verdicts)
                checked.append(Checked(d.slot, a, b, d.kind, d.note, shown, found, kind_right))
    flags = contradiction_flags(table, run)
    c.conflicts_total += len(flags)
    c.conflicts_false += sum(1 for f in flags if not f.true)
    implied = implied_contradictions(table, analysed)
    caught = {(f.aspect, *pair_key(f.a, f.b)) for f in flags if f.true}
    # a contradiction the table implies between two stages of the deal, shown as a stage change
    caught |= {k for k in implied if reported.get(k) == STAGE_CHANGE and stage_pair(table, k[1], k[2])}
    c.implied_total += len(implied)
    c.implied_found += len(implied & caught)
    return flags, checked


def _groups(table: FactTable) -> dict[str, str]:
    """Each article -> the first article of its copy_of chain (table truth)."""
    root = {}
    for art in table.articles:
        seen, cur = {art.id}, art
        while cur.copy_of and cur.copy_of not in seen:
            seen.add(cur.copy_of)
            cur = table.article(cur.copy_of)
        root[art.id] = cur.id
    return root


def _wire_group_of(roots: Iterable[str], links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each root -> the first root of its wire group (links taken both ways and followed)."""
    parent = {r: r for r in roots}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in links:
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    return {r: find(r) for r in parent}


def _score_copies(table: FactTable, run: Run, c: Counts) -> None:
    """Copies and same-wire edits, against the table (docs/coverage-bench.md): each copy_of pair
    linked as a copy; each pair of originals in one of the table's wire groups linked as same wire
    (or, wrong kind, as a copy); a link the table does not hold, copy or same wire, is false."""
    from tui.analysis.copies import wire_groups

    truth = _groups(table)
    analysed = set(run.ids) | set(run.links)

    def predicted_root(aid: str) -> str:
        seen = {aid}
        while aid in run.links and run.links[aid] not in seen:
            aid = run.links[aid]
            seen.add(aid)
        return aid

    truth_roots = sorted({truth[a] for a in analysed if a in truth})
    truth_links = [(truth[a.id], truth[w]) for a in table.articles for w in a.same_wire_as if w in truth]
    truth_wire = _wire_group_of(truth_roots, truth_links)
    predicted = {aid: predicted_root(aid) for aid in analysed}
    groups = wire_groups(run.corpus, {a: r for a, r in predicted.items() if a in run.ids})
    predicted_wire = {r: groups[r][0] if r in groups else r for r in set(predicted.values())}

    def same_truth_wire(x: str, y: str) -> bool:
        rx, ry = truth.get(x, x), truth.get(y, y)
        return rx != ry and truth_wire.get(rx, rx) == truth_wire.get(ry, ry)

    for art in table.articles:
        if art.copy_of and art.id in analysed and art.copy_of in analysed:
            c.copies_total += 1
            linked = predicted_root(art.id) == predicted_root(art.copy_of)
            c.copies_linked += linked
            c.links.append(f"{'LINKED' if linked else 'MISSED'} copy {art.id} -> {art.copy_of}")
    for aid, original in run.links.items():
        if truth.get(aid) == truth.get(original):
            continue
        if same_truth_wire(aid, original):
            c.wire_as_copy += 1
            c.links.append(f"AS COPY same wire {aid} -> {original} (linked as a copy)")
        else:
            c.copies_false += 1
            c.links.append(f"FALSE copy {aid} -> {original}")
    for x, y in combinations(truth_roots, 2):
        if truth_wire.get(x) != truth_wire.get(y):
            continue
        c.wire_total += 1
        px, py = predicted[x], predicted[y]
        linked = px != py and predicted_wire.get(px, px) == predicted_wire.get(py, py)
        c.wire_linked += linked
        c.links.append(f"{'LINKED' if linked else 'MISSED'} same wire {x} ~ {y}")
    roots = sorted(set(predicted.values()))
    for x, y in combinations(roots, 2):
        same_group = predicted_wire.get(x, x) == predicted_wire.get(y, y)
        if same_group and truth.get(x) != truth.get(y) and not same_truth_wire(x, y):
            c.wire_false += 1
            c.links.append(f"FALSE same wire {x} ~ {y}")


# --- the whole bench ------------------------------------------------------------------------------------


@dataclass(slots=True)
class Result:
    story: str
    set: str  # own | real
    counts: Counts
    flags: list[Flag] = field(default_factory=list)  # the comparison's contradiction flags, judged
    misses: list[Miss] = field(default_factory=list)  # key facts the analysis got wrong
    checked: list[Checked] = field(default_factory=list)  # table discrepancies, found or not
    frames: list[FrameCheck] = field(default_factory=list)  # primary frames, the table's and the tool's
    sources: list[SourceMiss] = field(default_factory=list)  # sources missed or extra, wrong speakers
    entities: list[EntityMiss] = field(default_factory=list)  # entities missed, extra or typed wrong


def load_tables(root: Path, story: str | None = None) -> tuple[list[FactTable], list[str]]:
    """The valid tables under `root` (optionally one story's) and a message per invalid one."""
    tables, errors = [], []
    for path in table_paths(root):
        name = path.parent.parent.name if path.parent.name == "own" else path.parent.name
        if story and name != story:
            continue
        try:
            tables.append(load_table(path))
        except TableError as err:
            errors.append(str(err))
    return tables, errors


def run_bench(tables: Iterable[FactTable], real: Path | None, lookup: str = "facts") -> list[Result]:
    results = []
    with tempfile.TemporaryDirectory(prefix="coverage-bench-") as tmp:
        for n, table in enumerate(tables):
            folder = table.path.parent if table.own else (real / table.story if real else None)
            if folder is None or not folder.is_dir():
                continue
            texts = texts_of(table, folder)
            if not texts:
                continue
            run = analyse_texts(table, texts, Path(tmp) / str(n))
            run.lookup = lookup
            counts, flags, misses, checked = judge_run(table, run)
            set_ = "own" if table.own else "real"
            frames = frame_checks(table, run)
            results.append(
                Result(
                    table.story,
                    set_,
                    counts,
                    flags,
                    misses,
                    checked,
                    frames,
                    source_misses(table, run),
                    entity_misses(table, run),
                )
            )
    return results


def totals(results: list[Result]) -> dict[str, Counts]:
    out: dict[str, Counts] = {}
    for r in results:
        out.setdefault(r.set, Counts()).add(r.counts)
    return out


def _f(x: float | None) -> str:
    return "  -- " if x is None else f"{x:5.2f}"


HEADER = (
    f"{'story':<24} {'set':<4} {'art':>3} | {'ent P':>5} {'R':>5} {'F1':>5} | {'src P':>5} {'R':>5} {'F1':>5} |"
    f" {'fact':>5} | {'quote':>5} {'spkr':>5} | {'disc':>5} {'falsC':>5} | {'copies':<14} | {'same wire':<14} | frame"
)


def row(name: str, set_: str, c: Counts) -> str:
    m = c.measures()
    copies = f"{c.copies_linked}/{c.copies_total}" + (f" +{c.copies_false} false" if c.copies_false else "")
    wire = f"{c.wire_linked}/{c.wire_total}" + (f" ({c.wire_as_copy} as copy)" if c.wire_as_copy else "")
    wire += f" +{c.wire_false} false" if c.wire_false else ""
    frame = f"{_f(m['dominant_frame'])} {c.frames_right}/{c.frames_total}" if c.frames_total else "  --"
    return (
        f"{name:<24} {set_:<4} {c.articles:>3} | {_f(m['entity_p'])} {_f(m['entity_r'])} {_f(m['entity_f1'])} |"
        f" {_f(m['source_p'])} {_f(m['source_r'])} {_f(m['source_f1'])} | {_f(m['key_fact'])} |"
        f" {_f(m['quote_recall'])} {_f(m['speaker'])} | {_f(m['discrepancy_recall'])} {_f(m['false_contradictions'])} | {copies:<14} | {wire:<14} | {frame}"
    )


def report(results: list[Result], errors: list[str]) -> str:
    lines = [f"coverage bench, {dt.date.today().isoformat()}", HEADER, "-" * len(HEADER)]
    for r in sorted(results, key=lambda r: (r.story, r.set)):
        lines.append(row(r.story, r.set, r.counts))
    lines.append("-" * len(HEADER))
    by_set = sorted(totals(results).items())
    for set_, c in by_set:
        lines.append(row("TOTAL", set_, c))
    for set_, c in by_set:
        slots = ", ".join(f"{s} {r}/{t}" for s, (r, t) in sorted(c.facts_by_slot.items()))
        lines.append(f"key facts by slot ({set_}): {slots}")
        lines.append(
            f"counts ({set_}): quotes {c.quotes_found}/{c.quotes_total}, discrepancies {c.disc_found}/{c.disc_total}"
            f" ({c.disc_kind_right} of the right kind), headline facts {c.headline_right}/{c.headline_total},"
            f" contradiction flags {c.conflicts_false} false of {c.conflicts_total}"
            f" (implied by the table, not listed: {c.implied_found}/{c.implied_total} flagged),"
            f" entity types right {c.entity_type_right}/{c.entity_tp},"
            f" quote variants linked {c.variants_linked}/{c.variants_total}"
            f" ({c.variants_false} false of {c.variants_shown} shown)"
        )
    for r in results:
        for note in r.counts.notes:
            lines.append(f"note: {r.story} ({r.set}): {note}")
    for err in errors:
        lines.append(f"invalid table: {err}")
    return "\n".join(lines)


def to_json(results: list[Result], errors: list[str]) -> dict[str, Any]:
    return {
        "date": dt.date.today().isoformat(),
        "results": [
            {
                "story": r.story,
                "set": r.set,
                **r.counts.measures(),
                "counts": asdict(r.counts),
                "flags": [asdict(f) for f in r.flags],
                "discrepancies": [asdict(d) for d in r.checked],
                "misses": [asdict(m) for m in r.misses],
                "source_misses": [asdict(m) for m in r.sources],
                "frames": [{**asdict(f), "right": f.right} for f in r.frames],
            }
            for r in results
        ],
        "totals": {s: {**c.measures(), "counts": asdict(c)} for s, c in totals(results).items()},
        "invalid_tables": errors,
    }


def flag_lines(results: list[Result]) -> list[str]:
    """`--flags`: every contradiction flag, TRUE or FALSE with the reason (docs/coverage-bench.md)."""
    lines = []
    for r in sorted(results, key=lambda r: (r.story, r.set)):
        for f in r.flags:
            lines.append(
                f"{'TRUE ' if f.true else 'FALSE'} {r.story} {r.set} {f.aspect} {f.a}~{f.b} {f.verdict}:"
                f' {f.a} "{f.cells[0]}" vs {f.b} "{f.cells[1]}" | {f.why}'
            )
    n = sum(len(r.flags) for r in results)
    wrong = sum(1 for r in results for f in r.flags if not f.true)
    lines.append(f"{n} contradiction flags, {wrong} false")
    return lines


def discrepancy_lines(results: list[Result]) -> list[str]:
    """`--discrepancies`: every scored table discrepancy, FOUND or MISSED, with the comparison's verdict."""
    lines = []
    for r in sorted(results, key=lambda r: (r.story, r.set)):
        for d in r.checked:
            mark = "FOUND " if d.found else "MISSED"
            kind = "" if d.kind_right or not d.found else " (other kind)"
            lines.append(
                f"{mark} {r.story} {r.set} {d.slot} {d.a}~{d.b} table {d.kind}: tool {'/'.join(d.verdicts)}{kind}"
                f" | {d.note}"
            )
    found = sum(1 for r in results for d in r.checked if d.found)
    lines.append(f"{found} of {sum(len(r.checked) for r in results)} table discrepancies found")
    return lines


def frame_lines(results: list[Result]) -> list[str]:
    """`--frames`: every coded article, RIGHT or WRONG, the table's primary frame against the tool's,
    with the tool's salience per frame (highest first)."""
    lines = []
    for r in sorted(results, key=lambda r: (r.story, r.set)):
        for f in r.frames:
            sal = ", ".join(f"{k} {v:.2f}" for k, v in sorted(f.salience.items(), key=lambda kv: -kv[1]) if v)
            lines.append(
                f"{'RIGHT' if f.right else 'WRONG'} {r.story} {r.set} {f.article}: table {f.table}"
                f" | tool {f.tool or 'none'} | {sal or 'no frame carried'}"
            )
    right = sum(1 for r in results for f in r.frames if f.right)
    lines.append(f"{right} of {sum(len(r.frames) for r in results)} primary frames agree with the tables")
    return lines


def link_lines(results: list[Result]) -> list[str]:
    """`--links`: every copy and same-wire pair of the tables, LINKED or MISSED, and every FALSE link."""
    lines = [
        f"{line.split(' ', 1)[0]} {r.story} {r.set} {line.split(' ', 1)[1]}"
        for r in sorted(results, key=lambda r: (r.story, r.set))
        for line in r.counts.links
    ]
    false = sum(1 for line in lines if line.startswith("FALSE"))
    lines.append(f"{sum(1 for line in lines if line.startswith('LINKED'))} pairs linked, {false} false links")
    return lines


def variant_lines(results: list[Result]) -> list[str]:
    """`--variants`: every pair of table quotes that are one statement, LINKED or MISSED in one
    quote variant, and every FALSE pair a variant shows."""
    lines = [
        f"{line.split(' ', 1)[0]} {r.story} {r.set} {line.split(' ', 1)[1]}"
        for r in sorted(results, key=lambda r: (r.story, r.set))
        for line in r.counts.variant_lines
    ]
    c = Counts()
    for r in results:
        c.add(r.counts)
    lines.append(
        f"{c.variants_linked} of {c.variants_total} statement pairs linked,"
        f" {c.variants_false} false of {c.variants_shown} pairs shown"
    )
    return lines


def miss_lines(results: list[Result]) -> list[str]:
    """`--misses`: every key fact the analysis got wrong, with the table's and the tool's value."""
    lines = []
    for r in sorted(results, key=lambda r: (r.story, r.set)):
        for m in r.misses:
            who = f" ({m.person})" if m.person else ""
            lines.append(f"MISS {r.story} {r.set} {m.article} {m.slot}{who}: table {m.table} | tool {m.tool}")
            if m.rule:
                lines.append(f"     rule: {m.rule}")
            for cand in m.candidates:
                lines.append(f"     candidate: {cand}")
    lines.append(f"{sum(len(r.misses) for r in results)} key facts missed")
    for r in sorted(results, key=lambda r: (r.story, r.set)):
        for sm in r.sources:
            if sm.what == "quote":
                lines.append(f"QUOTE {r.story} {r.set} {sm.article} missed: table {sm.table} | tool -")
            else:
                lines.append(
                    f"SOURCE {r.story} {r.set} {sm.article} {sm.what}: table {sm.table} | tool {sm.tool}"
                )
    n = {
        w: sum(1 for r in results for sm in r.sources if sm.what == w)
        for w in ("missed", "extra", "speaker", "quote")
    }
    lines.append(
        f"{n['missed']} sources missed, {n['extra']} extra, {n['speaker']} quotations with a wrong speaker,"
        f" {n['quote']} table quotations not found"
    )
    return lines


def entity_lines(results: list[Result]) -> list[str]:
    """`--entities`: every entity missed, extra (with the rule that typed it) or typed wrong."""
    lines = []
    for r in sorted(results, key=lambda r: (r.story, r.set)):
        for em in r.entities:
            lines.append(
                f"ENTITY {r.story} {r.set} {em.article} {em.what}: table {em.table} | tool {em.tool}"
            )
    n = {w: sum(1 for r in results for em in r.entities if em.what == w) for w in ("missed", "extra", "type")}
    lines.append(f"{n['missed']} entities missed, {n['extra']} extra, {n['type']} typed wrong")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.coverage", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--real",
        type=Path,
        default=REAL,
        help="folder of real texts, <story>/a01.txt ... (default bench/real)",
    )
    parser.add_argument("--story", help="score one story only")
    parser.add_argument(
        "--tables", type=Path, default=TABLES, help="folder of the fact tables (default tests/coverage)"
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of the table")
    parser.add_argument(
        "--flags",
        action="store_true",
        help="list every contradiction flag, true or false and why, instead of the table",
    )
    parser.add_argument(
        "--links",
        action="store_true",
        help="list every copy and same-wire pair of the tables, linked or missed, and every false link",
    )
    parser.add_argument(
        "--variants",
        action="store_true",
        help="list every pair of table quotes that are one statement, linked or missed, and every false pair shown",
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list every missed key fact (table value, tool value, rule, candidates) instead of the table",
    )
    parser.add_argument(
        "--discrepancies",
        action="store_true",
        help="list every scored table discrepancy, found or missed, with the comparison's verdict",
    )
    parser.add_argument(
        "--frames",
        action="store_true",
        help="list every article's primary frame, the table's against the tool's, with the saliences",
    )
    parser.add_argument(
        "--entities",
        action="store_true",
        help="list every entity missed, extra (with the rule that typed it) or typed wrong",
    )
    parser.add_argument("--set", choices=("own", "real"), help="score one set only (own words or real texts)")
    parser.add_argument(
        "--cells",
        action="store_true",
        help="read key facts from the comparison's cells (as the baseline did), not the event facts",
    )
    args = parser.parse_args(argv)
    tables, errors = load_tables(args.tables, args.story)
    if args.story and not tables and not errors:
        print(f"no fact table for story '{args.story}' under {args.tables}", file=sys.stderr)
        return 2
    if args.set:
        tables = [t for t in tables if t.own == (args.set == "own")]
    results = run_bench(tables, args.real, "cells" if args.cells else "facts")
    scored = {r.story for r in results if r.set == "real"}
    unread = sorted(t.story for t in tables if not t.own and t.story not in scored)
    if unread:
        note = f"no real texts under {args.real} for: {', '.join(unread)} (own words only)"
        print(note, file=sys.stderr)
    if args.json:
        print(json.dumps(to_json(results, errors), indent=2))
    elif (
        args.flags
        or args.misses
        or args.discrepancies
        or args.frames
        or args.links
        or args.variants
        or args.entities
    ):
        lines = flag_lines(results) if args.flags else []
        lines += link_lines(results) if args.links else []
        lines += variant_lines(results) if args.variants else []
        lines += frame_lines(results) if args.frames else []
        lines += discrepancy_lines(results) if args.discrepancies else []
        lines += miss_lines(results) if args.misses else []
        lines += entity_lines(results) if args.entities else []
        print("\n".join(lines))
    else:
        print(report(results, errors))
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
