"""Shared factories for the tests: synthetic corpora, hostile texts, one article's deal facts.

The generators themselves live in the top-level bench/ package (they also feed the benchmarks); the
tests reach them only through this module, so nothing under tests/ imports from the shipped package
for test data.
"""

import datetime as dt
import importlib
import re
import time
from dataclasses import dataclass
from pathlib import Path

from bench.corpus import make_corpus
from bench.hostile import big_article, long_line, many_names
from tui.analysis.compare import compare
from tui.analysis.compare.aspects import classes
from tui.analysis.compare.data import Cues
from tui.analysis.compare.frames import codebook
from tui.analysis.compare.model import Comparison, Slot
from tui.analysis.compare.moments import moment_of
from tui.analysis.compare.tone import _loaded_patterns
from tui.analysis.extract import analyse_article
from tui.analysis.extract.board_contests import BOARD_CONTEST_RULE
from tui.analysis.extract.money_slots import VENTURE_PARTS_RULE
from tui.analysis.model import ArticleResult, Entity, EntityType, EventFacts
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus
from tui.corpus.model import Article, ArticleMeta, Span

__all__ = [
    "big_article",
    "APPOINTMENT_DAY",
    "AppointmentStory",
    "appointment_facts",
    "cpu_to_read_a_long_line",
    "cpu_to_scan_a_long_line",
    "all_cue_lists",
    "compare_texts",
    "deal_facts",
    "deal_sides",
    "entity_types",
    "headed_entity",
    "headed_result",
    "headed_types",
    "facts_of",
    "amount_role_of",
    "venture_facts",
    "long_line",
    "make_corpus",
    "many_names",
    "named_someone",
    "someone_among",
    "plain_article",
    "quote_speaker_names",
    "quote_speakers",
    "sides_from_board_contest",
    "slot_hedge",
    "slot_value",
    "source_result",
    "sources_of",
]


def facts_of(
    text: str, headline_in_text: bool = True, date: dt.date | None = None, url: str | None = None
) -> EventFacts:
    """The event facts of one article (undated and with no address unless given; its first line the
    headline unless told otherwise)."""
    meta = ArticleMeta(headline_in_text=headline_in_text, date=date, url=url)
    facts = analyse_article(Article("a", Path("a.txt"), text, meta)).analysis.facts
    assert facts is not None
    return facts


def amount_unit(f: EventFacts) -> tuple[object, object]:
    """The amount slot's value and unit, or (None, None)."""
    found = f.slots.get("amount")
    return (None, None) if found is None else (found.value, found.unit)


def source_result(text: str) -> ArticleResult:
    """The analysis of one article whose first line is its headline."""
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))


def sources_of(text: str) -> set[tuple[str, str]]:
    """The (name, kind) of each source one article cites."""
    return {(s.name, s.kind.value) for s in source_result(text).sources}


def quote_speakers(text: str) -> list[tuple[str, str | None]]:
    """Per speech quotation of one article: its first three words and its speaker's name (None:
    unattributed)."""
    result = source_result(text)
    names = {s.id: s.name for s in result.sources}
    return [
        (" ".join(q.text.split()[:3]), names.get(q.source_id) if q.source_id else None)
        for q in result.analysis.quotes
        if q.kind == "speech"
    ]


def quote_speaker_names(text: str) -> dict[str, tuple[str, ...]]:
    """Per speech quotation of one article (its first three words): the names of all who speak it, the first named
    leading (two writers of one memo are both its speakers)."""
    result = source_result(text)
    names = {s.id: s.name for s in result.sources}
    return {
        " ".join(q.text.split()[:3]): tuple(
            names[i] for i in (q.source_ids or ((q.source_id,) if q.source_id else ()))
        )
        for q in result.analysis.quotes
        if q.kind == "speech"
    }


#: The day an appointment story written for a test is dated (`appointment_facts`).
APPOINTMENT_DAY = dt.date(2031, 6, 18)


def appointment_facts(text: str, date: dt.date | None = APPOINTMENT_DAY) -> EventFacts:
    """The event facts of one article (its first line the headline, dated APPOINTMENT_DAY unless
    told otherwise); it must be read as an appointment."""
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=date))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "appointment"
    return facts


@dataclass(frozen=True, slots=True)
class AppointmentStory:
    """A short appointment story around the sentences a test gives: its headline (each test file
    has its own, a test may give another), the body, and the file's closing line.
    `story = AppointmentStory("Orbitex names a new chief", "Orbitex shares rose 2%.")`, then
    `story("Teo Vantel will replace Ona Brisk as chief executive.")`."""

    headline: str
    closing: str

    def __call__(self, body: str, headline: str | None = None) -> str:
        return f"{headline or self.headline}\n\n{body}\n\n{self.closing}\n"


def role_of(facts: EventFacts, slot: str, stated: str) -> str | None:
    """What the extractor read the `slot` candidate whose words hold `stated` as (its `of`: "deal", "change",
    "first_plan", ...), None when it is no candidate."""
    return next((c.of for c in facts.candidates.get(slot, []) if stated in c.fact.stated), None)


def slot_value(facts: EventFacts, slot: str) -> object:
    """The value of one slot of the facts, None when the slot is empty."""
    found = facts.slots.get(slot)
    return None if found is None else found.value


def slot_hedge(facts: EventFacts, slot: str) -> object:
    """The hedge of one slot of the facts ("up_to", "range"), None when the slot is empty or unhedged."""
    found = facts.slots.get(slot)
    return None if found is None else found.hedge


def slot_scope(facts: EventFacts, slot: str = "count") -> str | None:
    """The scope of one slot of the facts ("in Scotland": a part of the whole), None when the slot is
    empty or holds the whole."""
    found = facts.slots.get(slot)
    return None if found is None else found.scope


def plain_article(text: str, aid: str = "a") -> Article:
    """One article with no metadata (no headline line, no date), file `<aid>.txt`."""
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


def headed_result(body: str, headline: str = "Deal news") -> ArticleResult:
    """The analysis of one article dated 9 March 2032: `headline` on its first line, then `body`."""
    meta = ArticleMeta(headline_in_text=True, date=dt.date(2032, 3, 9))
    return analyse_article(Article("a", Path("a.txt"), f"{headline}\n\n{body}\n", meta))


def headed_types(body: str, headline: str = "Deal news") -> dict[str, EntityType]:
    """Each entity of `headed_result(body, headline)`, by name: its type."""
    return {e.name: e.type for e in headed_result(body, headline).entities}


def headed_entity(body: str, name: str, headline: str = "Deal news") -> Entity:
    """The entity called `name` in `headed_result(body, headline)`; the test fails when there is none."""
    found = [e for e in headed_result(body, headline).entities if e.name == name]
    assert found, f"no entity {name!r}"
    return found[0]


def entity_types(text: str) -> dict[str, str]:
    """Each entity of one plain article, by name: its type ("organization", "person", "product", ...)."""
    return {e.name: str(e.type) for e in analyse_article(plain_article(text)).entities}


def named_someone(got: dict[str, str]) -> set[str]:
    """The names typed a person, an organization or an outlet (what a reader counts as someone)."""
    return {n for n, t in got.items() if t in ("person", "organization", "outlet")}


def someone_among(got: dict[str, str], *forms: str) -> list[str]:
    """The forms among `forms`, in their order, that `got` names as someone (`named_someone`)."""
    someone = named_someone(got)
    return [f for f in forms if f in someone]


def deal_facts(text: str) -> EventFacts:
    """The event facts of one article (its first line the headline, dated 2031-04-10); it must be
    read as a deal."""
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "deal"
    return facts


def compare_texts(folder: Path, texts: dict[str, str]) -> Comparison:
    """The comparison of a corpus written into `folder`: one dated article per id (a "Deal news"
    headline above its text), analysed without the cache, every article compared."""
    from tui.analysis.compare import compare
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    yaml = "name: t\narticles:\n"
    for aid, text in texts.items():
        (folder / f"{aid}.txt").write_text(f"Deal news\n\n{text}\n", encoding="utf-8")
        yaml += f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n    date: 2031-04-10\n"
    (folder / "corpus.yaml").write_text(yaml, encoding="utf-8")
    corpus = load_corpus(folder)
    return compare(corpus, analyse(corpus, use_cache=False), list(texts))


def moment_at(sentence: str, figure: str) -> tuple[str, str] | None:
    """The moment `figure` is told for in `sentence` (when, its words), or None for the event's own."""
    at = sentence.index(figure)
    m = moment_of(sentence, at, at + len(figure))
    return None if m is None else (m.when, m.words)


def money_slot(text: str, value: float, moment: str | None = None, words: str | None = None) -> Slot:
    """A dollar cell of `value` stated as `text`, told for `moment` (its `words`) when given."""
    return Slot("money", text, Span("a", 0, len(text)), value, "USD", moment=moment, moment_words=words)


def row_pairs(folder: Path, texts: dict[str, str], cls: str) -> list[tuple[str, str, str]]:
    """Each pair verdict of the row `cls` ("amount", "share") of `compare_texts`: (verdict, reason,
    detail with the articles' ids)."""
    from tui.analysis.compare.names import with_ids

    return [
        (p.verdict, p.reason, with_ids(p.detail))
        for a in compare_texts(folder, texts).aspects
        if a.cls == cls
        for p in a.pairs
    ]


def cpu_to_scan_a_long_line(pattern: re.Pattern[str], unit: str) -> float:
    """The CPU seconds `pattern` takes on a 2 MB line made of `unit` repeated: matched at 50 places
    over a 400-character window, then searched through the whole line. A backtracking pattern takes
    minutes to hours; a linear one seconds, by the machine: 2.01 s for one linear pattern on the CI
    machine at stop 46, against a bound of 2 s. So every such test bounds it at 20 s, an order of
    magnitude under the failure it guards against and over any machine's speed. CPU time, so that a
    loaded machine cannot fail it."""
    line = unit * (2_000_000 // len(unit))
    start = time.process_time()
    for pos in range(0, len(line), len(line) // 50):
        pattern.match(line, pos, pos + 400)
    sum(1 for _ in pattern.finditer(line))
    return time.process_time() - start


def extract_pattern(module: str, name: str) -> re.Pattern[str]:
    """The compiled pattern `name` of tui/analysis/extract/<module>.py: a linearity test parametrized
    by (module, name, unit) looks its pattern up here."""
    pattern = getattr(importlib.import_module(f"tui.analysis.extract.{module}"), name)
    assert isinstance(pattern, re.Pattern), f"{module}.{name} is no compiled pattern"
    return pattern


def cpu_to_read_a_long_line(unit: str, analysed: int) -> float:
    """The CPU seconds the page-furniture pass takes on a 2 MB line made of `unit` repeated, plus
    the whole analysis of its first `analysed` characters."""
    from tui.corpus.furniture import find_furniture

    line = unit * (2_000_000 // len(unit))
    start = time.process_time()
    find_furniture(f"Ports grow\n\n{line}\n")
    analyse_article(Article("a", Path("a.txt"), line[:analysed], ArticleMeta()))
    return time.process_time() - start


def all_cue_lists() -> list[Cues]:
    """Every cue list the comparison ships: the aspects' classes, the frame codebook's rules (their
    alternatives too) and the tone lexicon's loaded patterns."""
    found: list[Cues] = []
    for cls in classes()[0]:
        found += [c for c in (cls.near, cls.any, cls.none, *cls.all) if c is not None]
    for frame in codebook()[0]:
        for item in frame.items:
            for rule in (item, *item.alternatives):
                found += [c for c in (rule.cues, rule.names, rule.also) if c is not None]
    found += [c for _, c in _loaded_patterns()]
    return found


def compared(folder: Path, texts: dict[str, tuple[str, str]]) -> Comparison:
    """The comparison of dated articles written into `folder`: id -> (headline, body)."""
    yaml = "name: t\narticles:\n"
    for aid, (headline, body) in texts.items():
        (folder / f"{aid}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
        yaml += f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n    date: 2031-04-10\n"
    (folder / "corpus.yaml").write_text(yaml, encoding="utf-8")
    corpus = load_corpus(folder)
    return compare(corpus, analyse(corpus, use_cache=False), list(texts))


def venture_facts(body: str, headline: str = "Partners form venture") -> EventFacts:
    """The event facts of a joint venture's page written for a test: a headline, then `body`."""
    return facts_of(f"{headline}\n\n{body}\n")


def amount_role_of(facts: EventFacts, stated: str) -> str | None:
    """The role the extractor gave the amount candidate whose words hold `stated` (a sum of two parts, made by the
    extractor, left out)."""
    return next(
        (c.of for c in facts.why("amount") if stated in c.fact.stated and c.fact.rule != VENTURE_PARTS_RULE),
        None,
    )


def deal_sides(f: EventFacts) -> tuple[object, object]:
    """The deal's buyer and target values."""
    return slot_value(f, "buyer"), slot_value(f, "target")


def sides_from_board_contest(f: EventFacts) -> bool:
    """Were the deal's sides read from a board contest?"""
    return any(
        s is not None and s.rule.startswith(BOARD_CONTEST_RULE)
        for s in (f.slots.get("buyer"), f.slots.get("target"))
    )
