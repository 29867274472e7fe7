"""What a comparison holds: statements, aspects with cells and verdicts, and article profiles.

Every item points into an article's text through a `Span` and says which rule produced it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import overload

from tui.analysis.compare.names import ref, refs
from tui.analysis.model import Figure
from tui.corpus.model import Span

#: How a cell names the other moment its figure is told for (compare/moments.py: earlier, later):
#: "earlier: $4.1 billion", "in prospect: $20 billion"; a figure told as the size of a change
#: ("cut by $10 billion") is no level at any moment: "a change by: $10 billion".
MOMENT_LABELS = {"earlier": "earlier", "later": "in prospect", "change": "a change by"}

#: The status words of a deal's status fact (the extractor's, events.yaml). A status cell whose
#: stated words are a whole clause (CLAUSE_WORDS or more: the sentence the stage cue sits in) shows
#: its status word; the sentence is the cell's evidence, shown in the detail.
STATUS_WORDS = frozenset(
    {"rumored", "talks", "denied", "rejected", "agreed", "announced", "closed", "collapsed", "withdrawn"}
)
CLAUSE_WORDS = 8

#: Cell marks, as the screen and the reports show them.
MARKS = {"agree": "✓", "differ": "≠", "both": "≈", "only": "◆", "missing": "—"}

#: The words a row, its detail and the reports show for a pair verdict, where they are not the
#: verdict's own: a pair shown and not judged ("differ" in the JSON, `PairVerdict.verdict`) reads
#: "not judged", as "differ" read as a disagreement beside the ≠ of a contradiction.
SHOWN_AS = {"differ": "not judged"}


#: A "differ" detail's closing words, which the row's label "not judged" says already.
_TRAILING_NOT_JUDGED = re.compile(r"(?:\s*(?::|,|--|—|-)\s*|\s+)not judged\s*$")


def shown_verdict(verdict: str) -> str:
    """The words a row shows for a pair verdict: "not judged" for "differ", else the verdict."""
    return SHOWN_AS.get(verdict, verdict)


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Who a statement rests on: a name and a kind (person, organization, outlet, unnamed,
    document, narrator), and the rule that found it ("extractor" or a compare.* fallback)."""

    name: str
    kind: str
    rule: str
    source_id: str | None = None


@dataclass(frozen=True, slots=True)
class HedgeHit:
    text: str
    kind: str  # epistemic | allegation | approximator | booster | prospective (a plan, not a doubt)
    span: Span


@dataclass(slots=True)
class Statement:
    """One sentence of an article, with what the extractor found in it."""

    id: str  # "<article>:s<n>"
    article_id: str
    index: int
    span: Span
    text: str
    paragraph: int
    place: str  # headline | lead | heading | body
    claim_id: str | None = None
    figures: list[Figure] = field(default_factory=list)
    hedges: list[HedgeHit] = field(default_factory=list)
    source: SourceRef | None = None
    entity_ids: frozenset[str] = frozenset()
    person_ids: frozenset[str] = frozenset()  # the entities among entity_ids the extractor types person
    citations: int = 0  # attribution phrases (the extractor's citations) inside the sentence
    quote_spans: list[Span] = field(default_factory=list)  # quotations inside this sentence
    #: The sentence is page furniture (byline, caption, promo line: tui/corpus/furniture.py), no text
    #: of the article's own: it carries no frame.
    furniture: bool = False
    #: The rules of the extractor's event facts whose words lie inside this sentence (model.DEPARTURE_RULE: the leader's
    #: way out; model.HONORARY_TITLE_RULE: the title the one leaving takes): the frames read the facts, not the words
    #: again (frames.yaml `facts`, by their group in model.FACT_GROUPS).
    fact_rules: frozenset[str] = frozenset()

    @property
    def hedged(self) -> bool:
        """Epistemically hedged or an allegation ("reportedly", "could", "alleging")."""
        return any(h.kind in ("epistemic", "allegation") for h in self.hedges)


@dataclass(frozen=True, slots=True)
class Slot:
    """The checkable value a cell holds: a figure, a title, or (text aspects) nothing."""

    kind: str  # money | percent | role | fact (an event fact that is no figure: a party, a status)
    text: str  # as written: "$14.3B", "interim CEO"
    span: Span  # what to highlight
    value: float | None = None
    unit: str | None = None
    approx: str | None = None  # about | lower | upper | None
    low: float | None = None  # the interval the figure asserts
    high: float | None = None
    precision: float | None = None  # half a unit of the last written digit
    normalized: str | None = None  # role: "ceo"
    modifiers: tuple[str, ...] = ()  # role: ("interim",)
    rule: str = ""
    #: A price's measure as the extractor marked it: "with_debt" | "equity" | None (not said).
    measure: str | None = None
    #: The debt the cell's article states beside the price (low, high; same unit), for the measure test.
    debt: tuple[float, float] | None = None
    #: For an event's figure: the stage of the event its article tells ("talks": in talks, reported
    #: or rumoured; "settled": agreed, announced or closed; None: not said or another status), from
    #: the extractor's status fact. A figure reported during talks is no rounding of the price agreed.
    stage: str | None = None
    #: The status word itself (talks, rumored, agreed, announced, closed) for the detail of a stage
    #: change ("talks → closed").
    status: str | None = None
    #: For an event's figure: the hedge its article states in the fact table's words (about, nearly,
    #: more_than, at_least, up_to, less_than, range; the extractor's FactValue.hedge). Finer than
    #: `approx`: "at least 10%" and "more than 10%" are both floors, yet two statements of the figure.
    hedge: str | None = None
    #: For an event's figure: the place or unit its words scope it to ("in the UK", "at its Dresden
    #: plant"), as written; None when they scope it to nothing (compare/parts.py). A figure scoped
    #: otherwise than another may be a part of it, never a contradiction of it.
    scope: str | None = None
    #: For an event's figure: another moment its words tell it for than the event's ("earlier" or
    #: "later") and those words ("earlier this year", "would value"), compare/moments.py; None when
    #: they tell none. A figure of another moment never contradicts the event's own.
    moment: str | None = None
    moment_words: str | None = None
    #: For a party fact (buyer, target, person, organization): the entity the extractor reads its name
    #: as (FactValue.entity_id); two names of one entity ("Microsoft", its ticker "MSFT") are one party.
    entity: str | None = None
    #: The day of the page the value is told on (ISO, "2031-04-09"; None when the page has none), for
    #: the order of a stage change's arrow: the story's course as the pages tell it. Not part of the
    #: value: two cells of one value on two days are equal.
    dated: str | None = field(default=None, compare=False)
    #: For a deal's figure: its page tells the deal paid all in the buyer's shares (EventFacts.paid_in_stock):
    #: the price agreed and the price at the close are one price valued at two dates. Not part of the value.
    paid_in_stock: bool = field(default=False, compare=False)
    #: For a deal's figure: the deal is a public offering (EventFacts.offering): its size and worth are fixed at the
    #: pricing, so the filing's figure and the priced one are two stages. Not part of the value.
    offering: bool = field(default=False, compare=False)
    #: For a worth: its words reckon it at the offering's price ("$N at pricing"; the extractor's AT_OFFER_RULE), not
    #: at a price the market set after trading began. Not part of the value.
    at_offer: bool = field(default=False, compare=False)


@dataclass(slots=True)
class Cell:
    article_id: str
    statements: list[Statement] = field(default_factory=list)
    main: Statement | None = None
    slot: Slot | None = None
    mark: str = "missing"  # agree | differ | both | only | missing
    note: str = ""
    #: Inside this article: its headline's value against its body's ("headline $14B: $14B is
    #: $14.3B rounded") -- the article's own precision, never a verdict against other articles.
    own: str = ""
    #: The values the article states that could stand for this fact, the chosen one first, each as
    #: (stated, what it is the figure of, why it was not chosen -- None for the chosen one).
    candidates: list[tuple[str, str, str | None]] = field(default_factory=list)
    #: The figure as a part it is told as ("800 jobs in the UK"), when its row reads it as a part of
    #: another article's figure (verdicts.part_verdict); "" otherwise.
    part: str = ""
    #: The base a share is reckoned on, when its row reads two shares of one cut over two bases
    #: ("of 58,000": told.share_bases); "" otherwise. Shown after the value: "6% of 58,000".
    base: str = ""

    @property
    def shown(self) -> str:
        """The cell's value as the grid and the reports show it: "part: 800 jobs in the UK" for a
        part, "roughly 6% of 58,000" for a share over its base, "earlier: $4.1 billion" for a figure
        told for another moment, a status's word ("agreed") when its stated words are a whole clause,
        else the value as written."""
        if self.part:
            return f"part: {self.part}"
        if self.slot is None:
            return ""
        if (
            self.slot.kind == "fact"
            and self.slot.normalized in STATUS_WORDS
            and len(self.slot.text.split()) >= CLAUSE_WORDS
        ):
            return self.slot.normalized or ""
        value = f"{self.slot.text} {self.base}" if self.base else self.slot.text
        # a figure its words tell for another moment than the event's (compare/moments.py)
        return f"{MOMENT_LABELS[self.slot.moment]}: {value}" if self.slot.moment in MOMENT_LABELS else value

    @property
    def present(self) -> bool:
        return bool(self.statements)


@dataclass(frozen=True, slots=True)
class PairVerdict:
    a: str  # article id
    b: str
    verdict: str  # same | variation | precision | different measure | contradiction (verdicts.py)
    detail: str
    reason: str = ""  # rounding, hedge, lower-bound, modifier, case, synonym, former, copy-changed, stage...
    #: What each of the two values is when the verdict says so (a: ..., b: ...): "the price including
    #: debt", "the valuation before the new money" (compare/told.py); None when it does not.
    sides: tuple[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Alignment:
    """Why two statements were aligned: the score and its parts (METHODS §4)."""

    a: str  # statement id
    b: str
    score: float
    entities: float | None  # None: neither sentence names an entity (score = (0.3 text + 0.3 slot) / 0.6)
    text: float
    slot: float


class Alignments(Sequence[Alignment]):
    """An aspect's alignment scores, one per pair of its cells' main statements, scored when first
    read: the Compare screen reads those of the row under the cursor, a report every row's. A
    comparison of 20 articles has about 2,700 such pairs, a tenth of its first `m20` when they were
    all scored up front. Equal to a list of the same scores; safe to read from several threads (two
    may score the pairs at once, and get equal lists)."""

    __slots__ = ("_make", "_made")

    def __init__(self, make: Callable[[], list[Alignment]] | None = None) -> None:
        self._make = make
        self._made: list[Alignment] | None = None if make is not None else []

    def _items(self) -> list[Alignment]:
        made = self._made
        if made is None:
            assert self._make is not None
            made = self._made = self._make()
        return made

    @overload
    def __getitem__(self, index: int) -> Alignment: ...
    @overload
    def __getitem__(self, index: slice) -> list[Alignment]: ...
    def __getitem__(self, index: int | slice) -> Alignment | list[Alignment]:
        return self._items()[index]

    def __len__(self) -> int:
        return len(self._items())

    def __iter__(self) -> Iterator[Alignment]:
        return iter(self._items())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Alignments):
            return self._items() == other._items()
        if isinstance(other, list):
            return self._items() == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return repr(self._items())


@dataclass(slots=True)
class Aspect:
    id: str
    label: str
    cls: str  # the aspect class from aspects.yaml ("amount", "leadership", ...), or "other"
    key: str | None = None  # leadership/moves: the person
    cells: dict[str, Cell] = field(default_factory=dict)
    verdict: str = "both"  # agree | differ | both | only_in
    numeric: str | None = None  # the worst pair verdict of a numeric aspect: same | precision | contradiction
    pairs: list[PairVerdict] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # attribution / hedge discrepancies
    alignments: Alignments = field(default_factory=Alignments)
    rule: str = ""
    #: The aspect's values are one fact in every article (an event fact, a title): differing values
    #: can contradict, and an article without it leaves the fact out (an omission).
    checkable: bool = False

    @property
    def present_in(self) -> list[str]:
        return [a for a, c in self.cells.items() if c.present]

    @property
    def worst_pair(self) -> PairVerdict | None:
        """The most serious pair verdict (contradiction > differ > stage change > different measure >
        precision > variation > same; "differ": two figures of a theme row, shown and not judged)."""
        order = (
            "same",
            "variation",
            "precision",
            "different measure",
            "stage change",
            "differ",
            "contradiction",
        )
        ranked = [p for p in self.pairs if p.verdict in order]
        return max(ranked, key=lambda p: order.index(p.verdict)) if ranked else None

    @property
    def summary(self) -> str:
        """One line whose label and detail are the same verdict, with the two articles it is between:
        "contradiction: $14.3B vs $14.8B: different values… (a vs b)", "precision: $14B vs $14.3B:
        $14B is $14.3B rounded (a vs b)", "only in winbuzzer". The articles are marked
        (compare/names.py): `with_names` shows their names."""
        if self.verdict == "only_in":
            return "only in " + refs(self.present_in)
        worst = self.worst_pair
        parts = [shown_verdict(worst.verdict) if worst is not None else self.verdict]
        if worst is not None and worst.verdict != "same":
            detail = worst.detail
            if worst.verdict == "differ":
                # the label says "not judged" already: "not judged: $1 vs $2: other units", not
                # "not judged: $1 vs $2: other units: not judged"
                detail = _TRAILING_NOT_JUDGED.sub("", detail) or detail
            parts[0] += f": {detail} ({ref(worst.a)} vs {ref(worst.b)})"
        missing = [a for a, c in self.cells.items() if not c.present]
        if missing:
            parts.append("missing in " + refs(missing))
        if self.flags:
            parts.append(self.flags[0])
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Evidence:
    span: Span
    text: str


@dataclass(slots=True)
class FrameItem:
    id: str  # "C1"
    question: str
    rule: str
    applicable: bool
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def yes(self) -> bool:
        return bool(self.evidence)


@dataclass(slots=True)
class FrameScore:
    frame: str  # "conflict"
    label: str
    score: float  # SV2000: mean of applicable items, 0..1
    salience: float  # weighted share of sentences carrying the frame, 0..1
    items: list[FrameItem] = field(default_factory=list)

    @property
    def evidence(self) -> list[Evidence]:
        seen: dict[tuple[int, int], Evidence] = {}
        for item in self.items:
            for ev in item.evidence:
                seen.setdefault((ev.span.start, ev.span.end), ev)
        return [seen[k] for k in sorted(seen)]


@dataclass(slots=True)
class Tone:
    narrator: float  # mean VADER compound over the article's own words, -1..1
    quoted: float | None  # over the words it quotes (None: quotes nothing)
    label: str  # negative | neutral | positive (from the narrator score)
    sentences: int
    most_negative: list[Evidence] = field(default_factory=list)
    most_positive: list[Evidence] = field(default_factory=list)
    rule: str = "vader+neutral-finance-words"


@dataclass(frozen=True, slots=True)
class LoadedHit:
    phrase: str  # as written
    category: str  # metaphor | loaded | intensifier
    span: Span
    quoted: bool  # inside quotation marks (someone else's words)


@dataclass(slots=True)
class SourcingProfile:
    #: statements resting on each kind: person, organization, outlet, unnamed, document, narrator
    kinds: dict[str, int] = field(default_factory=dict)
    #: (name, kind, count) of every source the article leans on, most used first
    sources: list[tuple[str, str, int]] = field(default_factory=list)
    attributed: int = 0
    hedged: int = 0  # statements carrying an epistemic hedge or an allegation
    statements: int = 0
    #: per aspect id: kind -> count
    per_aspect: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def named(self) -> int:
        return sum(self.kinds.get(k, 0) for k in ("person", "organization", "outlet", "document"))

    @property
    def unnamed(self) -> int:
        return self.kinds.get("unnamed", 0)


@dataclass(frozen=True, slots=True)
class OwnParts:
    """What one article's sentences alone decide: frames (and the primary one), tone, loaded words."""

    frames: list[FrameScore]
    primary_frame: str | None
    tone: Tone | None
    loaded: list[LoadedHit]


#: The parts of an article no sentence was read for (a profile made by hand, with none given).
NO_PARTS = OwnParts([], None, None, [])


@dataclass(slots=True, eq=False)
class ArticleProfile:
    """One article in a comparison. Its frames, tone and loaded words (`OwnParts`, the costly part:
    VADER and the frame cues over every sentence) are either given (`own`) or found on first use
    by `find_own` (the app's comparisons: a screen shows the profiles of the articles in view only,
    and the rest are found when asked for). Equal profiles have equal parts, found or not."""

    article_id: str
    title: str
    outlet: str | None
    words: int
    sourcing: SourcingProfile = field(default_factory=SourcingProfile)
    #: aspect id -> share of the article's characters in the aspect's sentences (0..1)
    aspect_share: dict[str, float] = field(default_factory=dict)
    #: When this article is a copy of another (corpus.yaml copy_of, rule "copies.copy_of"): the
    #: original's id and "copy of Winbuzzer"; None otherwise.
    copy_of: str | None = None
    copy_label: str | None = None
    #: The other originals edited from the same wire story (corpus.yaml same_wire_as, found at
    #: import or written by hand; tui.analysis.copies.wire_groups) and "same wire as Reuters".
    same_wire_as: list[str] = field(default_factory=list)
    wire_label: str | None = None
    own: OwnParts | None = None
    find_own: Callable[[], OwnParts] | None = field(default=None, repr=False)

    def parts(self) -> OwnParts:
        """The article's own parts, found now when not yet (from any thread: `find_own` is)."""
        own = self.own
        if own is None:
            own = self.find_own() if self.find_own is not None else NO_PARTS
            self.own = own
        return own

    @property
    def parts_known(self) -> bool:
        """Whether the own parts are at hand (showing them costs nothing more)."""
        return self.own is not None

    @property
    def frames(self) -> list[FrameScore]:
        return self.parts().frames

    @frames.setter
    def frames(self, value: list[FrameScore]) -> None:
        self.own = replace(self.parts(), frames=value)

    @property
    def primary_frame(self) -> str | None:
        return self.parts().primary_frame

    @primary_frame.setter
    def primary_frame(self, value: str | None) -> None:
        self.own = replace(self.parts(), primary_frame=value)

    @property
    def tone(self) -> Tone | None:
        return self.parts().tone

    @property
    def loaded(self) -> list[LoadedHit]:
        return self.parts().loaded

    def _key(self) -> tuple[object, ...]:
        return (
            self.article_id,
            self.title,
            self.outlet,
            self.words,
            self.sourcing,
            self.aspect_share,
            self.copy_of,
            self.copy_label,
            self.same_wire_as,
            self.wire_label,
            self.parts(),
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArticleProfile):
            return NotImplemented
        return self._key() == other._key()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass was

    @property
    def link_label(self) -> str | None:
        """ "copy of X", else "same wire as X, Y", else None."""
        return self.copy_label or self.wire_label

    @property
    def name(self) -> str:
        """The column header: the outlet (else the id), and "copy of X" / "same wire as X"."""
        base = self.outlet or self.article_id
        return f"{base} ({self.link_label})" if self.link_label else base

    @property
    def loaded_per_1000(self) -> float:
        """Loaded and metaphorical phrases per 1,000 words (intensifiers are counted apart)."""
        n = sum(1 for h in self.loaded if h.category != "intensifier")
        return 1000 * n / self.words if self.words else 0.0

    @property
    def intensifiers(self) -> int:
        return sum(1 for h in self.loaded if h.category == "intensifier")

    def frame(self, name: str) -> FrameScore:
        for f in self.frames:
            if f.frame == name:
                return f
        raise KeyError(name)


@dataclass(frozen=True, slots=True)
class QuoteCarrier:
    article_id: str
    quote_id: str
    span: Span
    text: str
    speaker: str | None


@dataclass(slots=True)
class QuoteVariant:
    """One quotation carried by several articles, with its wording changes."""

    carriers: list[QuoteCarrier]
    #: per carrier after the first: list of (op, words) with op in equal|insert|delete|replace
    changes: list[list[tuple[str, str, str]]] = field(default_factory=list)
    truncated: list[str] = field(default_factory=list)  # article ids whose version is cut short
    similarity: float = 0.0
    rule: str = "quote.fuzzy-partial"


@dataclass(slots=True)
class Comparison:
    article_ids: list[str]
    aspects: list[Aspect] = field(default_factory=list)
    profiles: dict[str, ArticleProfile] = field(default_factory=dict)
    variants: list[QuoteVariant] = field(default_factory=list)
    statements: dict[str, list[Statement]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def aspect(self, aspect_id: str) -> Aspect:
        for a in self.aspects:
            if a.id == aspect_id:
                return a
        raise KeyError(aspect_id)
