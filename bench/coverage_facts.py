"""The coverage bench's fact tables: loading and validating tests/coverage/<story>/facts.yaml.

The schema is written down in docs/coverage-bench.md. A table is read as YAML nodes so that every
complaint names the file and the line of the offending node ("facts.yaml:42: quotes[0]: unknown
field 'txt'"); nothing here raises for a bad table except `TableError`, which carries that message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench.coverage_match import COMPARED_SLOTS, DATE_SLOTS, MONEY_SLOTS, day_text

EVENTS = ("deal", "appointment", "layoff")
#: The slots an event's facts may fill. `pre_money` (a deal's valuation before the new money) and
#: `date` extend the shared list; `valuation` is the post-money one when both are given.
SLOTS = {
    "deal": ("buyer", "target", "amount", "total", "stake", "valuation", "pre_money", "status", "date"),
    "appointment": (
        "person",
        "organization",
        "new_title",
        "modifier",
        "former_title",
        "predecessor",
        "interim",  # who holds the post until the new person starts
        "departure",  # the predecessor's exit: retired | resigned | forced_out
        "effective",  # the date the change takes effect
        "date",
    ),
    "layoff": ("organization", "count", "share", "date"),
}
STATUSES = (
    "rumored",
    "talks",
    "agreed",
    "announced",
    "closed",
    "denied",
    "collapsed",
    "rejected",
    "withdrawn",
)
MODIFIERS = ("interim", "acting", "co", "permanent")
HEDGES = ("about", "more_than", "less_than", "up_to", "nearly", "at_least", "range")
DISTRACTOR_KINDS = (
    "past_deal",
    "other_company_deal",
    "net_worth",
    "revenue",
    "contract",
    "total",
    "market_cap",
    "share_price",
    "tranche",
    "former_role",
    "cash",
    "valuation",
    "other",
)
#: Discrepancies may also name a non-numeric deal term or the story's context (not scored).
EXTRA_DISCREPANCY_SLOTS = ("terms", "context", "person_name", "quote")
SOURCE_KINDS = ("person", "company", "outlet", "unnamed", "official", "group", "document")
ENTITY_TYPES = ("person", "org")
#: The frame labels of an article's `frame` / `frames_present` (Semetko & Valkenburg's five generic
#: frames, named as in tui/analysis/compare/frames.yaml; tests check the two lists agree).
FRAMES = ("conflict", "human_interest", "economic", "morality", "responsibility")
DISCREPANCY_KINDS = ("contradiction", "precision", "variation", "none")


class TableError(ValueError):
    """A fact table that cannot be used: `str()` is "path:line: reason"."""

    def __init__(self, path: Path, line: int | None, reason: str) -> None:
        self.path, self.line, self.reason = path, line, reason
        super().__init__(f"{path}:{line}: {reason}" if line else f"{path}: {reason}")


@dataclass(frozen=True, slots=True)
class Fact:
    slot: str
    stated: str | None
    value: Any  # a number (money in its currency, percent as 49), a name, a title, or None
    unit: str | None = None
    hedge: str | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class TableQuote:
    start: tuple[str, ...]  # the first (up to five) words as written
    words: int | None
    speaker: str | None
    text: str | None = None  # own-words tables only
    cut_off: bool = False
    #: Quotes of several articles sharing a label are one statement in other words or cut at
    #: another point (a quote variant). Not needed when their speaker and first words agree: those
    #: pair up by themselves. A quote that runs over several statements carries each one's label.
    variant: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TableSource:
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TableEntity:
    name: str
    type: str  # person | org
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class TableArticle:
    id: str
    outlet: str | None = None
    author: str | None = None
    date: dt.date | None = None
    url: str | None = None
    truncated: bool = False
    copy_of: str | None = None
    same_wire_as: tuple[str, ...] = ()
    headline: dict[str, Fact] = field(default_factory=dict)
    facts: dict[str, Fact] = field(default_factory=dict)
    #: The figures of COMPARED_SLOTS the article gives (no key facts: they judge a Compare row's flags).
    compared: dict[str, Fact] = field(default_factory=dict)
    distractors: list[tuple[str, str]] = field(default_factory=list)
    sources: list[TableSource] = field(default_factory=list)
    entities: list[TableEntity] = field(default_factory=list)
    quotes: list[TableQuote] = field(default_factory=list)
    scare_quotes: list[str] = field(default_factory=list)
    #: The hand-coded primary frame (largest weighted share of sentences; docs/coverage-bench.md).
    frame: str | None = None
    frames_present: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Discrepancy:
    slot: str
    articles: tuple[str, ...]
    kind: str
    note: str = ""


@dataclass(slots=True)
class FactTable:
    path: Path
    story: str
    event: str
    own: bool  # the own-words table (quotes may carry their text)
    summary: str = ""
    written: dt.date | None = None
    articles: list[TableArticle] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)

    def article(self, article_id: str) -> TableArticle:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)

    def aliases_of(self, names: Iterable[str], same: Callable[[str, str], bool]) -> tuple[str, ...]:
        """Every alias the table gives an entity named like one of `names` (`same` compares two
        names), in any article: an alias says two names are one party, wherever it is written."""
        wanted = list(names)
        out: list[str] = []
        for a in self.articles:
            for e in a.entities:
                if any(same(e.name, n) for n in wanted):
                    out.extend(x for x in e.aliases if x not in out)
        return tuple(out)


# --- reading nodes ---------------------------------------------------------------------------------


class _Reader:
    """Turns YAML nodes into checked values, raising TableError at the node's line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._constructor = yaml.SafeLoader("")

    def fail(self, node: yaml.Node | None, where: str, reason: str) -> TableError:
        line = node.start_mark.line + 1 if node is not None else None
        return TableError(self.path, line, f"{where}: {reason}" if where else reason)

    def mapping(
        self, node: yaml.Node, where: str, allowed: tuple[str, ...], required: tuple[str, ...] = ()
    ) -> dict[str, yaml.Node]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, where, "should be a mapping (key: value)")
        out: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if not isinstance(key, str) or key not in allowed:
                shown = key if isinstance(key, str) else "(not a name)"
                raise self.fail(
                    key_node, where, f"unknown field '{shown}' (expected one of: {', '.join(allowed)})"
                )
            if key in out:
                raise self.fail(key_node, where, f"field '{key}' is given twice")
            out[key] = value_node
        for key in required:
            if key not in out:
                raise self.fail(node, where, f"missing field '{key}'")
        return out

    def seq(self, node: yaml.Node, where: str) -> list[yaml.Node]:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, where, "should be a list")
        return list(node.value)

    def scalar(self, node: yaml.Node, where: str) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, where, "should be a single value, not a list or mapping")
        try:
            return self._constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError):
            return node.value

    def text(self, node: yaml.Node, where: str, *, optional: bool = False) -> str | None:
        value = self.scalar(node, where)
        if value is None and optional:
            return None
        if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
            raise self.fail(node, where, "should be text")
        return str(value)

    def choice(
        self, node: yaml.Node, where: str, options: tuple[str, ...], *, optional: bool = False
    ) -> str | None:
        value = self.scalar(node, where)
        if value is None and optional:
            return None
        if value not in options:
            raise self.fail(node, where, f"{value!r} is not one of: {', '.join(options)}")
        return str(value)

    def boolean(self, node: yaml.Node, where: str) -> bool:
        value = self.scalar(node, where)
        if not isinstance(value, bool):
            raise self.fail(node, where, "should be true or false")
        return value

    def date(self, node: yaml.Node, where: str) -> dt.date | None:
        value = self.scalar(node, where)
        if value is None:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        raise self.fail(node, where, f"{value!r} is not a date (YYYY-MM-DD) or null")

    def names(self, node: yaml.Node, where: str) -> tuple[str, ...]:
        return tuple(self.text(n, f"{where}[{i}]") or "" for i, n in enumerate(self.seq(node, where)))


_NUMBER = re.compile(r"[-+]?[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?\Z")
_FACT_FIELDS = ("stated", "value", "unit", "hedge", "note")
_ARTICLE_FIELDS = (
    "id",
    "outlet",
    "author",
    "date",
    "url",
    "truncated",
    "copy_of",
    "same_wire_as",
    "headline",
    "facts",
    "compared",  # a Compare row's figure that is no key fact (COMPARED_SLOTS): judges that row's flags only
    "distractors",
    "sources",
    "entities",
    "quotes",
    "scare_quotes",
    "origin",  # the wire or outlet the text comes from, when the publishing site is not its author
    "mentions",  # figures stated elsewhere than in the body's own voice (inside a quote): not scored
    "appointments",  # one entry per person whose role changes (several people): not scored
    "note",
    "frame",  # the primary frame, coded by hand (docs/coverage-bench.md "The frame judgement")
    "frames_present",  # every frame with at least one marked sentence
)
_TOP_FIELDS = ("story", "event", "summary", "written", "articles", "discrepancies")


def _fact(r: _Reader, slot: str, node: yaml.Node, where: str) -> Fact:
    m = r.mapping(node, where, _FACT_FIELDS, ("stated", "value"))
    if isinstance(m["value"], yaml.SequenceNode):  # two people appointed together, "interim co-"
        items = [r.scalar(n, f"{where}.value") for n in m["value"].value]
        if slot == "modifier" and any(v not in MODIFIERS for v in items):
            raise r.fail(
                m["value"], f"{where}.value", f"each modifier should be one of: {', '.join(MODIFIERS)}"
            )
        if not items or any(not isinstance(v, str) for v in items):
            raise r.fail(m["value"], f"{where}.value", "a list value should hold names or words")
        return Fact(
            slot,
            r.text(m["stated"], f"{where}.stated", optional=True),
            tuple(items),
            None,
            None,
            node.start_mark.line + 1,
        )
    value = r.scalar(m["value"], f"{where}.value")
    if isinstance(value, str) and _NUMBER.match(value):
        value = float(value.replace("_", ""))  # YAML 1.1 reads 4.0e9 (no exponent sign) as text
    if isinstance(value, bool):
        raise r.fail(m["value"], f"{where}.value", "should be a number, a name or null, not true/false")
    unit = r.text(m["unit"], f"{where}.unit", optional=True) if "unit" in m else None
    hedge = r.choice(m["hedge"], f"{where}.hedge", HEDGES, optional=True) if "hedge" in m else None
    if slot == "status" and value is not None and value not in STATUSES:
        raise r.fail(m["value"], f"{where}.value", f"{value!r} is not one of: {', '.join(STATUSES)}")
    if slot == "modifier" and value is not None and value not in MODIFIERS:
        raise r.fail(m["value"], f"{where}.value", f"{value!r} is not one of: {', '.join(MODIFIERS)}")
    if slot in MONEY_SLOTS and value is not None:
        if not isinstance(value, (int, float)):
            raise r.fail(
                m["value"], f"{where}.value", f"money should be a plain number (4.0e9), not {value!r}"
            )
        if not unit:
            raise r.fail(node, where, "money needs its currency in 'unit' (USD, EUR, GBP, INR...)")
    if slot in DATE_SLOTS and value is not None:
        if isinstance(value, dt.datetime):
            value = value.date()
        if day_text(value) is None:
            raise r.fail(
                m["value"],
                f"{where}.value",
                f"{value!r} is not a day: YYYY-MM-DD, or --MM-DD for a month and day the page gives"
                " without a year (a page with no date of its own)",
            )
    if slot in ("stake", "share", "count") and value is not None and not isinstance(value, (int, float, str)):
        raise r.fail(m["value"], f"{where}.value", "should be a number (49 for 49%) or a word")
    return Fact(
        slot,
        r.text(m["stated"], f"{where}.stated", optional=True),
        value,
        unit,
        hedge,
        node.start_mark.line + 1,
    )


def _facts(r: _Reader, node: yaml.Node, where: str, event: str) -> dict[str, Fact]:
    slots = SLOTS[event]
    if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
        return {}
    m = r.mapping(node, where, slots)
    return {slot: _fact(r, slot, n, f"{where}.{slot}") for slot, n in m.items()}


def _quote(r: _Reader, node: yaml.Node, where: str, own: bool, *, short_ok: bool = False) -> TableQuote:
    m = r.mapping(
        node,
        where,
        ("text", "start", "words", "speaker", "cut_off", "variant"),
        () if short_ok else ("speaker",),
    )
    speaker = r.text(m["speaker"], f"{where}.speaker", optional=True) if "speaker" in m else None
    variant = _labels(r, m["variant"], f"{where}.variant") if "variant" in m else ()
    cut_off = r.boolean(m["cut_off"], f"{where}.cut_off") if "cut_off" in m else False
    if "text" in m:
        if not own:
            raise r.fail(
                m["text"],
                f"{where}.text",
                "a real article's sentences may not be committed: give 'start' (first five words) and 'words'",
            )
        text = r.text(m["text"], f"{where}.text") or ""
        words = text.split()
        if "start" in m or "words" in m:
            raise r.fail(node, where, "give either 'text' or 'start' + 'words', not both")
        if len(words) < 1:
            raise r.fail(m["text"], f"{where}.text", "is empty")
        return TableQuote(tuple(words[:5]), len(words), speaker, text, cut_off, variant)
    if "start" not in m or "words" not in m:
        raise r.fail(
            node,
            where,
            "needs 'start' (its first five words) and 'words' (its length), or 'text' (own words only)",
        )
    start = (r.text(m["start"], f"{where}.start") or "").split()
    words = r.scalar(m["words"], f"{where}.words")
    if not isinstance(words, int) or isinstance(words, bool) or words < 1:
        raise r.fail(m["words"], f"{where}.words", "should be a positive whole number")
    if not start or len(start) > 5 or len(start) > words:
        raise r.fail(
            m["start"],
            f"{where}.start",
            "should be the quote's first five words (fewer only for a shorter quote)",
        )
    return TableQuote(tuple(start), words, speaker, None, cut_off, variant)


def _labels(r: _Reader, node: yaml.Node, where: str) -> tuple[str, ...]:
    """A quote's variant label, or a list of them (one per statement the quote runs over)."""
    if isinstance(node, yaml.SequenceNode):
        nodes = r.seq(node, where)
        if not nodes:
            raise r.fail(node, where, "should be a label or a list of labels, not an empty list")
        return tuple(r.text(n, f"{where}[{i}]") or "" for i, n in enumerate(nodes))
    return (r.text(node, where) or "",)


def _article(r: _Reader, node: yaml.Node, where: str, event: str, own: bool) -> TableArticle:
    m = r.mapping(node, where, _ARTICLE_FIELDS, ("id", "facts"))
    art = TableArticle(id=r.text(m["id"], f"{where}.id") or "")
    where = f"article {art.id}"
    for key in ("outlet", "author", "url", "copy_of"):
        if key in m:
            setattr(art, key, r.text(m[key], f"{where}.{key}", optional=True))
    if "date" in m:
        art.date = r.date(m["date"], f"{where}.date")
    if "truncated" in m:
        art.truncated = r.boolean(m["truncated"], f"{where}.truncated")
    if "frame" in m:
        art.frame = r.choice(m["frame"], f"{where}.frame", FRAMES, optional=True)
    if "frames_present" in m:
        nodes = r.seq(m["frames_present"], f"{where}.frames_present")
        art.frames_present = tuple(
            r.choice(n, f"{where}.frames_present[{i}]", FRAMES) or "" for i, n in enumerate(nodes)
        )
        if art.frame and art.frames_present and art.frame not in art.frames_present:
            raise r.fail(
                m["frames_present"], f"{where}.frames_present", f"should include the frame '{art.frame}'"
            )
    if "same_wire_as" in m:
        art.same_wire_as = r.names(m["same_wire_as"], f"{where}.same_wire_as")
    if "headline" in m:
        art.headline = _facts(r, m["headline"], f"{where}.headline", event)
    art.facts = _facts(r, m["facts"], f"{where}.facts", event)
    compared = m.get("compared", _NULL)
    if not (isinstance(compared, yaml.ScalarNode) and compared.tag == "tag:yaml.org,2002:null"):
        given = r.mapping(compared, f"{where}.compared", COMPARED_SLOTS)
        art.compared = {slot: _fact(r, slot, n, f"{where}.compared.{slot}") for slot, n in given.items()}
    for i, n in enumerate(r.seq(m.get("distractors", _NULL), f"{where}.distractors")):
        d = r.mapping(n, f"{where}.distractors[{i}]", ("stated", "kind", "note"), ("stated", "kind"))
        art.distractors.append(
            (
                r.text(d["stated"], f"{where}.distractors[{i}].stated") or "",
                r.choice(d["kind"], f"{where}.distractors[{i}].kind", DISTRACTOR_KINDS) or "",
            )
        )
    for i, n in enumerate(r.seq(m.get("sources", _NULL), f"{where}.sources")):
        w = f"{where}.sources[{i}]"
        s = r.mapping(n, w, ("name", "kind", "how", "aliases"), ("name", "kind"))
        art.sources.append(
            TableSource(
                r.text(s["name"], f"{w}.name") or "",
                r.choice(s["kind"], f"{w}.kind", SOURCE_KINDS) or "",
                r.names(s["aliases"], f"{w}.aliases") if "aliases" in s else (),
            )
        )
    for i, n in enumerate(r.seq(m.get("entities", _NULL), f"{where}.entities")):
        w = f"{where}.entities[{i}]"
        e = r.mapping(n, w, ("name", "type", "aliases"), ("name", "type"))
        art.entities.append(
            TableEntity(
                r.text(e["name"], f"{w}.name") or "",
                r.choice(e["type"], f"{w}.type", ENTITY_TYPES) or "",
                r.names(e["aliases"], f"{w}.aliases") if "aliases" in e else (),
            )
        )
    for i, n in enumerate(r.seq(m.get("quotes", _NULL), f"{where}.quotes")):
        art.quotes.append(_quote(r, n, f"{where}.quotes[{i}]", own))
    if "scare_quotes" in m:
        for i, n in enumerate(r.seq(m["scare_quotes"], f"{where}.scare_quotes")):
            w = f"{where}.scare_quotes[{i}]"
            if isinstance(n, yaml.MappingNode):  # the quote form: {start, words, speaker} or {text, speaker}
                q = _quote(r, n, w, own, short_ok=True)
                art.scare_quotes.append(q.text or " ".join(q.start))
            else:
                art.scare_quotes.append(r.text(n, w) or "")
    if "appointments" in m:
        allowed = ("person", "organization", "new_title", "former_title", "modifier", "departure", "note")
        for i, n in enumerate(r.seq(m["appointments"], f"{where}.appointments")):
            entry = r.mapping(n, f"{where}.appointments[{i}]", allowed, ("person",))
            r.text(entry["person"], f"{where}.appointments[{i}].person")
    if "mentions" in m:
        for i, n in enumerate(r.seq(m["mentions"], f"{where}.mentions")):
            w = f"{where}.mentions[{i}]"
            fields = r.mapping(n, w, (*_FACT_FIELDS, "slot"), ("stated",))
            if "slot" in fields:
                r.choice(fields["slot"], f"{w}.slot", SLOTS[event])
    for key in ("origin", "note"):
        if key in m:
            r.text(m[key], f"{where}.{key}", optional=True)
    return art


_NULL = yaml.ScalarNode("tag:yaml.org,2002:null", "")


def load_table(path: Path) -> FactTable:
    """The fact table at `path` (…/<story>/facts.yaml or …/<story>/own/facts.yaml), or TableError."""
    path = Path(path)
    own = path.parent.name == "own"
    folder = path.parent.parent.name if own else path.parent.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise TableError(path, None, f"cannot read: {getattr(err, 'strerror', None) or err}") from None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise TableError(path, line, f"not valid YAML: {problem}") from None
    r = _Reader(path)
    if root is None:
        raise TableError(path, None, "the file is empty")
    m = r.mapping(root, "", _TOP_FIELDS, ("story", "event", "articles"))
    story = r.text(m["story"], "story") or ""
    if story != folder:
        raise r.fail(m["story"], "story", f"'{story}' should be the folder name '{folder}'")
    event = r.choice(m["event"], "event", EVENTS) or "deal"
    table = FactTable(path, story, event, own)
    if "summary" in m:
        table.summary = r.text(m["summary"], "summary", optional=True) or ""
    if "written" in m:
        table.written = r.date(m["written"], "written")
    ids: dict[str, yaml.Node] = {}
    for i, n in enumerate(r.seq(m["articles"], "articles")):
        art = _article(r, n, f"articles[{i}]", event, own)
        if art.id in ids:
            raise r.fail(n, f"article {art.id}", "id is used twice")
        ids[art.id] = n
        table.articles.append(art)
    for art in table.articles:
        node = ids[art.id]
        for other in ([art.copy_of] if art.copy_of else []) + list(art.same_wire_as):
            if other not in ids:
                raise r.fail(
                    node, f"article {art.id}", f"refers to '{other}', which is not an article of this table"
                )
            if other == art.id:
                raise r.fail(node, f"article {art.id}", "refers to itself")
    slots = SLOTS[event]
    for i, n in enumerate(r.seq(m.get("discrepancies", _NULL), "discrepancies")):
        w = f"discrepancies[{i}]"
        d = r.mapping(n, w, ("slot", "articles", "kind", "note"), ("slot", "articles", "kind"))
        slot = r.choice(d["slot"], f"{w}.slot", (*slots, *EXTRA_DISCREPANCY_SLOTS, *COMPARED_SLOTS)) or ""
        arts = r.names(d["articles"], f"{w}.articles")
        # one article: its headline against its body; more than two: every pair of them
        if not arts or len(set(arts)) != len(arts):
            raise r.fail(d["articles"], f"{w}.articles", "should name one or more different articles")
        for a in arts:
            if a not in ids:
                raise r.fail(d["articles"], f"{w}.articles", f"'{a}' is not an article of this table")
        table.discrepancies.append(
            Discrepancy(
                slot,
                arts,
                r.choice(d["kind"], f"{w}.kind", DISCREPANCY_KINDS) or "",
                r.text(d["note"], f"{w}.note", optional=True) or "" if "note" in d else "",
            )
        )
    return table


def table_paths(root: Path) -> list[Path]:
    """Every facts.yaml under `root` (tests/coverage): <story>/facts.yaml and <story>/own/facts.yaml."""
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted([*root.glob("*/facts.yaml"), *root.glob("*/own/facts.yaml")])
