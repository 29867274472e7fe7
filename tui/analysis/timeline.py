"""The story over time, and where each fact comes from: timeline and provenance (pure functions).

Both read the extractor's event facts (ArticleAnalysis.facts, tui/analysis/extract/facts.py) and the
copies the importer linked (tui/analysis/copies.py); nothing here reads article text by rules of its own.

Timeline: the articles by publication date (undated ones last), each with its key facts as it states
them ("about $15B", the status word "talks", "agreed", "closed", "denied" beside it), and for each fact
the first article to state it (the earliest on the timeline). Within a day: the articles that name a
party of the story (STORY_SLOTS) first, then those that name none, apart; in each group those with a
time (corpus.yaml `date: 2025-03-01T09:15`) by time, then those without one in corpus order (the order
of their files).

A fact is a slot and a value: amount = 14.3e9 USD, buyer = Meta, new_title = ceo. Two articles state the
same fact when the slot is the same and the value is the same (money and counts to three significant
figures, text case-folded), however they hedge it ("about $15B" and "$15B" state one figure; the hedge
stays on each statement).

Provenance: for each fact, the chain behind every article's statement of it:
- a copy rests on its original (copy_of chains followed to the first article) for the facts the
  original states (as a fact; or, where the original gives the slot no value, in the words the copy
  states it in); a fact the copy changed (the original gives the slot another value) or added is
  the copy's own, and rests on what the copy attributes it to;
- a statement attributed to another outlet ("according to Reuters") rests on that outlet: on its
  article in the corpus when there is one (and so on down its own chain), else on the outlet itself;
- a statement attributed to a person, a company or a document rests on that source (one origin, however
  many articles cite it);
- a statement attributed to an unnamed source ("people familiar with the matter") rests on an unnamed
  report, one per original article that makes it (two outlets' "people familiar" may or may not be the
  same people: they count apart);
- a statement attributed to nobody rests on the article's own reporting (its original's);
- articles that are independent edits of one wire story (corpus.yaml `same_wire_as`) share one origin
  for their own reporting ("the wire story behind A, B") and one unnamed report for the unnamed
  sources they repeat: ten edits of one AP story are one origin, not ten; an edit's statement rests
  on what it attributes the fact to and on what the other edits attribute it to ("as the wire story
  behind A, B attributes it": an edit drops an attribution, or keeps one of two, it does not make the
  fact its own).
Summarised as "stated by N articles, resting on M independent origins"; the tree is kept for display.
No Textual here.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tui.analysis.copies import independent_articles, wire_groups
from tui.analysis.model import CorpusAnalysis, FactValue, SourceKind, told_without_year
from tui.corpus.model import Article, Corpus

if TYPE_CHECKING:
    from tui.analysis.compare.model import Aspect

#: The slots a timeline shows, in this order, when the article states them (others follow).
KEY_SLOTS = (
    "buyer", "target", "amount", "stake", "valuation", "status", "person", "organization", "new_title",
    "modifier", "predecessor", "count", "share",
)  # fmt: skip


#: The slots that say which story an article tells, in the order they are looked for: the deal's
#: target, the appointment's or the layoff's organisation, else the buyer.
STORY_SLOTS = ("target", "organization", "buyer")


@dataclass(frozen=True, slots=True, order=True)
class FactKey:
    """What makes two statements one fact: the slot and the normalised value."""

    slot: str
    value: str  # "1.43e+10 USD", "meta", "ceo"


@dataclass(frozen=True, slots=True)
class Statement:
    """One article's statement of one fact."""

    key: FactKey
    article_id: str
    fact: FactValue
    shown: str  # "about $15B", "Meta", "ceo", "agreed"


@dataclass(slots=True)
class TimelineEntry:
    article_id: str
    outlet: str | None
    title: str
    date: dt.date | None
    status: str | None  # the article's status word (talks, agreed, closed, denied...), None if unstated
    statements: list[Statement] = field(default_factory=list)
    firsts: list[FactKey] = field(default_factory=list)  # the facts this article is the first to state
    copy_of: str | None = None
    #: The other originals edited from the same wire story (corpus.yaml `same_wire_as`).
    same_wire_as: list[str] = field(default_factory=list)
    time: dt.time | None = None  # the publication time, when the corpus gives one

    @property
    def names_party(self) -> bool:
        """Whether the article names a party of its story (a target, an organisation or a buyer)."""
        return any(st.key.slot in STORY_SLOTS for st in self.statements)


@dataclass(slots=True)
class Timeline:
    entries: list[TimelineEntry] = field(default_factory=list)  # in date order, undated last
    #: fact -> the article that states it first
    first: dict[FactKey, str] = field(default_factory=dict)

    def days(self) -> list[tuple[dt.date | None, list[TimelineEntry]]]:
        out: list[tuple[dt.date | None, list[TimelineEntry]]] = []
        for entry in self.entries:
            if out and out[-1][0] == entry.date:
                out[-1][1].append(entry)
            else:
                out.append((entry.date, [entry]))
        return out


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a statement rests in the end: an article's own reporting, a named source, an outlet
    outside the corpus, or an unnamed report in an article."""

    kind: str  # "article" | "wire" | "source" | "outlet" | "unnamed"
    #: article id, the first article of a wire group, source id, outlet name (case-folded), or the
    #: article id of the unnamed report (the wire group's first article when the wire made it)
    id: str
    #: Not part of the identity: an article's unnamed sources are one unnamed report.
    label: str = field(
        compare=False
    )  # "Winbuzzer's own reporting", "Scale AI", "Reuters (not in the corpus)", "unnamed, in Winbuzzer"


@dataclass(slots=True)
class Node:
    """One step of a chain: "TechRepublic" → "according to Reuters" → "Reuters" → "people familiar"."""

    label: str
    children: list[Node] = field(default_factory=list)
    origin: Origin | None = None  # set on a leaf


@dataclass(slots=True)
class FactProvenance:
    key: FactKey
    shown: str  # the fact as the first article states it
    articles: list[str]  # stating it, in timeline order
    origins: list[Origin]
    tree: list[Node]  # one per stating article

    @property
    def summary(self) -> str:
        n, m = len(self.articles), len(self.origins)
        unnamed = sum(1 for o in self.origins if o.kind == "unnamed")
        text = (
            f"stated by {n} article{'s' if n != 1 else ''}, resting on {m} independent "
            f"origin{'s' if m != 1 else ''}"
        )
        if unnamed:
            text += f" ({unnamed} unnamed)"
        return text


# -- facts ------------------------------------------------------------------------------------------


def _sig(value: float) -> str:
    if value == 0 or not math.isfinite(value):
        return str(value)
    return f"{value:.3g}" if abs(value) < 1e3 else f"{float(f'{value:.3g}'):.6g}"


def fact_key(fact: FactValue) -> FactKey:
    if isinstance(fact.value, int | float) and not isinstance(fact.value, bool):
        value = _sig(float(fact.value)) + (f" {fact.unit}" if fact.unit else "")
    else:
        value = " ".join(str(fact.value).casefold().split())
    return FactKey(fact.slot, value)


_HEDGE_WORDS = {
    "about": "about", "more_than": "more than", "less_than": "less than", "up_to": "up to",
    "nearly": "nearly", "at_least": "at least", "range": "range",
}  # fmt: skip
_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£"}


def _money(value: float, unit: str | None) -> str:
    sign = _CURRENCY.get(unit or "", "")
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(value) >= size:
            number = f"{value / size:.2f}".rstrip("0").rstrip(".")
            text = f"{number}{suffix}"
            return f"{sign}{text}" if sign else f"{text} {unit or ''}".strip()
    return f"{sign}{value:,.0f}" if sign else f"{value:,.0f} {unit or ''}".strip()


def show_fact(fact: FactValue) -> str:
    """ "about $15B", "49%", "Meta", "ceo", "agreed"."""
    if isinstance(fact.value, int | float) and not isinstance(fact.value, bool):
        if fact.unit == "%":
            text = f"{fact.value:g}%"
        elif fact.unit and fact.unit.isupper() and len(fact.unit) == 3:
            text = _money(float(fact.value), fact.unit)
        else:
            text = _number(float(fact.value)) + (f" {fact.unit}" if fact.unit else "")
            if fact.hedge == "range" and fact.low is not None and fact.low < float(fact.value):
                return f"{_number(float(fact.low))} to {text}"  # "40,000 to 55,000": a range by its two ends
    else:
        text = str(fact.value)
    hedge = _HEDGE_WORDS.get(fact.hedge or "")
    return f"{hedge} {text}" if hedge else text


def _number(value: float) -> str:
    """A plain number as articles write it: "55,000" (thousands apart when whole), "2.5"."""
    return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1000 else f"{value:g}"


def _order(corpus: Corpus) -> list[Article]:
    """By date (undated last), then time where known (untimed after), then corpus order."""
    index = {a.id: n for n, a in enumerate(corpus.articles)}
    return sorted(corpus.articles, key=lambda a: (*_when(a.meta.date, a.meta.time), index[a.id]))


def _when(date: dt.date | None, time: dt.time | None) -> tuple[bool, dt.date, bool, dt.time]:
    return (date is None, date or dt.date.min, time is None, time or dt.time.min)


def _statements(article: Article, analysis: CorpusAnalysis) -> list[Statement]:
    found = analysis.articles.get(article.id)
    facts = found.facts if found else None
    if facts is None:
        return []
    rank = {slot: n for n, slot in enumerate(KEY_SLOTS)}
    slots = sorted(facts.slots.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))
    return [Statement(fact_key(f), article.id, f, show_fact(f)) for _, f in slots]


def timeline(corpus: Corpus, analysis: CorpusAnalysis) -> Timeline:
    """The corpus by publication date, each article's key facts, and the first to state each fact."""
    originals = independent_articles(corpus)
    wires = wire_groups(corpus, originals)
    result = Timeline()
    entries = []
    for article in _order(corpus):
        statements = _statements(article, analysis)
        status = next((s.fact.value for s in statements if s.key.slot == "status"), None)
        original = originals.get(article.id, article.id)
        entries.append(
            TimelineEntry(
                article.id,
                article.meta.outlet,
                article.display_title,
                article.meta.date,
                str(status) if status is not None else None,
                statements,
                copy_of=original if original != article.id else None,
                same_wire_as=[w for w in wires.get(original, []) if w != original],
                time=article.meta.time,
            )
        )
    # within a day, the articles that name no party of the story come after those that do (stable)
    entries.sort(key=lambda e: (e.date is None, e.date or dt.date.min, not e.names_party))
    for entry in entries:
        for st in entry.statements:
            if st.key not in result.first:
                result.first[st.key] = entry.article_id
                entry.firsts.append(st.key)
        result.entries.append(entry)
    return result


# -- provenance -------------------------------------------------------------------------------------


def _outlet_articles(corpus: Corpus, originals: dict[str, str]) -> dict[str, str]:
    """Outlet name (case-folded) -> its first original article in the corpus."""
    out: dict[str, str] = {}
    for article in _order(corpus):
        outlet = (article.meta.outlet or "").casefold().strip()
        if outlet and outlet not in out:
            out[outlet] = originals.get(article.id, article.id)
    return out


def provenance(
    corpus: Corpus, analysis: CorpusAnalysis, line: Timeline | None = None
) -> list[FactProvenance]:
    """Per fact (in the order the timeline first meets them): who states it and what it rests on."""
    line = line or timeline(corpus, analysis)
    originals = independent_articles(corpus)
    by_id = corpus.by_id()
    sources = {s.id: s for s in analysis.sources}
    outlets = _outlet_articles(corpus, originals)
    wires = wire_groups(corpus, originals)
    stated: dict[FactKey, list[Statement]] = {}
    for entry in line.entries:
        for st in entry.statements:
            stated.setdefault(st.key, []).append(st)

    def name(aid: str) -> str:
        article = by_id.get(aid)
        return (article.meta.outlet if article else None) or aid

    def wire_name(aid: str) -> str:
        return "the wire story behind " + ", ".join(name(w) for w in wires[aid])

    def own_reporting(aid: str) -> Node:
        """An original's own reporting; for edits of one wire story, the wire's (one origin)."""
        if aid in wires:
            return _leaf(Origin("wire", wires[aid][0], wire_name(aid)))
        return _leaf(Origin("article", aid, f"{name(aid)}'s own reporting"))

    def unnamed(aid: str, source_name: str) -> Node:
        if aid in wires:  # the wire's unnamed sources, whichever edit repeats them
            return _leaf(Origin("unnamed", wires[aid][0], f"{source_name} (unnamed, in {wire_name(aid)})"))
        return _leaf(Origin("unnamed", aid, f"{source_name} (unnamed, in {name(aid)})"))

    def in_original(aid: str, original: str, key: FactKey) -> bool:
        """Does the original state what copy `aid` states of `key`? Yes when it states the same
        fact; no when it gives the slot a value that conflicts with the copy's (another figure; a
        title or name whose words neither hold the other's: "interim co" and "permanent co", not
        "cfo" and "executive vice president and cfo"): the copy changed it. Otherwise yes if the
        copy's words for the fact are in the original's text (the fact was not found there, or
        found in fewer words; the words are there)."""
        statements = stated.get(key, [])
        if any(s.article_id == original for s in statements):
            return True
        own = next((s for s in statements if s.article_id == aid), None)
        article = by_id.get(original)
        if own is None or article is None:
            return True
        found = analysis.articles.get(original)
        theirs = found.facts.slots.get(key.slot) if found and found.facts else None
        if theirs is not None and _conflict(own.fact, theirs):
            return False
        words = " ".join(own.fact.stated.casefold().split())
        return bool(words) and words in " ".join(article.text.casefold().split())

    def article_node(aid: str, key: FactKey, seen: frozenset[str]) -> Node:
        """What article `aid`'s statement of `key` rests on (following copies and outlets it cites)."""
        original = originals.get(aid, aid)
        if original != aid and in_original(aid, original, key):
            node = Node(f"{name(aid)} (copy)")
            node.children.append(article_node(original, key, seen | {aid}))
            return node
        # A copy that states what its original does not (a figure it changed, a line it added)
        # stands on its own for that fact: it rests on what the copy itself attributes it to.
        node = Node(name(aid) if original == aid else f"{name(aid)} (copy; not in {name(original)})")
        own = next((s for s in stated.get(key, []) if s.article_id == aid), None)
        own_ids = tuple(sid for sid in (own.fact.source_ids if own else ()) if sid in sources)
        attach(node, own_ids, aid, key, seen)
        if aid in wires:
            # An edit of a wire story rests on everything the wire attributes the fact to, as its
            # edits say between them: an edit drops an attribution, or keeps one of the wire's two
            # ("according to an outlet, citing people familiar"), it does not make the wire's fact
            # its own.
            pooled: list[str] = []
            for member in wires[aid]:
                theirs = next((s for s in stated.get(key, []) if s.article_id == member), None)
                for sid in theirs.fact.source_ids if theirs and member != aid else ():
                    if sid in sources and sid not in own_ids and sid not in pooled:
                        pooled.append(sid)
            wire = Node(f"as {wire_name(aid)} attributes it")
            attach(wire, tuple(pooled), aid, key, seen)
            if wire.children:
                node.children.append(wire)
        if not node.children:
            node.children.append(own_reporting(aid))
        return node

    def attach(
        holder: Node, source_ids: tuple[str, ...], aid: str, key: FactKey, seen: frozenset[str]
    ) -> None:
        """Under `holder`, what article `aid`'s statement of `key` rests on for each of its sources."""
        for sid in source_ids:
            source = sources[sid]
            kind = source.kind
            if kind == SourceKind.OUTLET:
                cited = outlets.get(source.name.casefold().strip())
                if cited is not None and cited not in seen and cited != aid:
                    step = Node(f"according to {source.name}")
                    step.children.append(article_node(cited, key, seen | {aid}))
                    holder.children.append(step)
                else:
                    outlet = source.name.casefold().strip()
                    holder.children.append(
                        _leaf(Origin("outlet", outlet, f"{source.name} (not in the corpus)"))
                    )
            elif kind in (SourceKind.UNNAMED, SourceKind.GROUP):
                holder.children.append(unnamed(aid, source.name))
            elif kind == SourceKind.NARRATOR:
                holder.children.append(own_reporting(aid))
            else:
                holder.children.append(_leaf(Origin("source", source.id, source.name)))

    out = []
    for key, statements in stated.items():
        trees = [article_node(st.article_id, key, frozenset()) for st in statements]
        origins: dict[Origin, None] = {}
        for tree in trees:
            for origin in _leaves(tree):
                origins.setdefault(origin, None)
        out.append(
            FactProvenance(key, statements[0].shown, [s.article_id for s in statements], list(origins), trees)
        )
    return out


def _conflict(a: FactValue, b: FactValue) -> bool:
    """Two values of one slot that cannot both stand: different figures, or words neither of
    which holds the other's (a day told without its year holds the same month and day in a year)."""
    if any(isinstance(v.value, int | float) and not isinstance(v.value, bool) for v in (a, b)):
        return fact_key(a) != fact_key(b)
    if told_without_year(str(a.value), str(b.value)) or told_without_year(str(b.value), str(a.value)):
        return False  # "--12-01" on a page with no date, "2031-12-01" on its original: one day (stop 40)
    x, y = set(str(a.value).casefold().split()), set(str(b.value).casefold().split())
    return not (x <= y or y <= x)


def _leaf(origin: Origin) -> Node:
    return Node(origin.label, origin=origin)


def _leaves(node: Node) -> list[Origin]:
    if node.origin is not None:
        return [node.origin]
    return [o for child in node.children for o in _leaves(child)]


def tree_lines(node: Node, indent: str = "") -> list[str]:
    """The chain as indented lines ("└─ according to Reuters")."""
    lines = [indent + node.label]
    for n, child in enumerate(node.children):
        last = n == len(node.children) - 1
        sub = tree_lines(child, indent + ("   " if last else "│  "))
        sub[0] = indent + ("└─ " if last else "├─ ") + child.label
        lines.extend(sub)
    return lines


# -- which facts a view is about ---------------------------------------------------------------------


def article_fact_keys(analysis: CorpusAnalysis, article_id: str) -> list[FactKey]:
    """The facts article `article_id` states, in timeline slot order."""
    found = analysis.articles.get(article_id)
    facts = found.facts if found else None
    if facts is None:
        return []
    rank = {slot: n for n, slot in enumerate(KEY_SLOTS)}
    slots = sorted(facts.slots.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))
    return [fact_key(f) for _, f in slots]


def aspect_fact_keys(analysis: CorpusAnalysis, aspect: Aspect) -> list[FactKey]:
    """The facts a comparison's aspect row is about, found as the comparison files facts into rows:
    a fact slot's row is its class (the amount fact and the Amount row; the buyer fact and the
    Buyer row), an appointment's title and modifier fill the appointed person's title row; and a
    fact whose very words a cell holds as its value belongs to that cell's row. Slot order, each
    fact once; rows about no event fact (motive, rivals...) give []."""
    from tui.analysis.compare.aspects import CLASS_OF_SLOT, FOLDED_SLOTS, person_key

    out: dict[FactKey, None] = {}
    for article_id, cell in aspect.cells.items():
        found = analysis.articles.get(article_id)
        facts = found.facts if found else None
        if facts is None:
            continue
        person = facts.slots.get("person")
        appointee = person_key(str(person.value)) if person is not None else None
        for slot, fact in facts.slots.items():
            if slot in FOLDED_SLOTS:
                mine = aspect.cls == "leadership" and aspect.key is not None and aspect.key == appointee
            else:
                mine = CLASS_OF_SLOT.get(slot, slot) == aspect.cls
            same_words = cell.slot is not None and cell.slot.span == fact.span
            if mine or same_words:
                out.setdefault(fact_key(fact), None)
    rank = {slot: n for n, slot in enumerate(KEY_SLOTS)}
    return sorted(out, key=lambda k: rank.get(k.slot, len(rank)))
