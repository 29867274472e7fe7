"""What the analysis finds: entities, cited sources, claims, figures, quotes.

Every item is anchored: it holds `Span`s into its article's text, and says which rule produced it
(`rule`) so the UI and the export can explain it ("why"). Items that came from the curated overlay
say so (`curated=True`). Plain dataclasses; no Textual here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from tui.corpus.model import Span


class EntityType(StrEnum):
    PERSON = "person"
    ORG = "organization"
    OUTLET = "outlet"  # a news organization or publication
    PRODUCT = "product"
    PLACE = "place"
    PROGRAM = "program"  # a programme, initiative or project (CJADC2, Llama Consortium)
    OTHER = "other"


class SourceKind(StrEnum):
    OUTLET = "outlet"  # another news outlet: The New York Times, Forbes
    ORGANIZATION = "organization"  # a company's or body's statement: Scale AI's announcement
    PERSON = "person"  # a named person: Mercor CEO Brendan Foody
    UNNAMED = "unnamed"  # one former Scale employee, people familiar with the matter, "reportedly"
    GROUP = "group"  # a group speaking as one: analysts, labour groups, some competitors
    DOCUMENT = "document"  # an analysis, a report, an op-ed, a filing
    NARRATOR = "narrator"  # the article's own voice (no attribution)


#: The id prefix of a company's top post whose holder the page never names ("Kestrel Freight's CEO said": the
#: source "post-kestrel-freight-ceo", a person; extract/attribution.py gives it, compare/variants.py reads it):
#: its name is the company's with the post's words, no person's name (stop 57).
POST_HOLDER_PREFIX = "post-"


class FigureKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    RATIO = "ratio"  # 11 of the 14
    COUNT = "count"
    DURATION = "duration"  # 20-year
    YEAR = "year"
    DATE = "date"
    ORDINAL = "ordinal"  # second-largest
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an entity is named."""

    span: Span
    text: str
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Role:
    """A title attached to a person where the text states it: "interim CEO" of "Scale AI"."""

    title: str  # as written: "interim CEO"
    normalized: str  # "ceo" (CEO = chief executive)
    modifiers: tuple[str, ...]  # ("interim",), ("former",) ...
    organization: str | None
    span: Span
    rule: str = ""


@dataclass(slots=True)
class Entity:
    """A person, organization, product... merged across aliases and articles."""

    id: str  # stable slug of the canonical name: "scale-ai"
    name: str  # canonical name: "Scale AI"
    type: EntityType
    aliases: tuple[str, ...] = ()  # every distinct surface form seen: ("Scale", "Scale AI", "Scale’s")
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    rule: str = ""
    curated: bool = False
    #: Why names were merged into this entity, one line each: "merge.variant: Jason Dorege = Jason
    #: Droege (spelled alike, ratio 92; same role: ceo)". The "why?" window shows them.
    merged_by: list[str] = field(default_factory=list)
    #: Why the entity is shown under its name, when the merge chose among several ("most pages
    #: introduce it so: 6 of 8"); empty when it has one name. The "why?" window shows it.
    shown_as: str = ""

    def mentions_in(self, article_id: str) -> list[Mention]:
        return [m for m in self.mentions if m.span.article_id == article_id]

    @property
    def article_ids(self) -> list[str]:
        return sorted({m.span.article_id for m in self.mentions})


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in the text, normalized: "$14.3B" -> 14_300_000_000 USD."""

    kind: FigureKind
    text: str  # as written
    span: Span
    value: float | None  # normalized value, None when not numeric ("multibillion-dollar")
    unit: str | None = None  # "USD", "%", "year", ...
    #: "about" (±), "lower" (more than / over), "upper" (up to / less than), or None (exact).
    approx: str | None = None
    #: A low/high range where the text gives one only loosely ("multibillion" -> 2e9..1e12).
    low: float | None = None
    high: float | None = None
    rule: str = ""


#: The hedge kinds that soften a claim: doubt ("reportedly", "could"), an allegation, an approximation.
#: A plan or a scheduled future ("plans to", "expected to close", "would": "prospective") states a fact
#: about the future as sure, and a booster strengthens: neither makes a claim hedged.
SOFTENING = frozenset({"epistemic", "allegation", "approximator"})


@dataclass(frozen=True, slots=True)
class Hedge:
    """A word that softens or strengthens a claim: reportedly, could, roughly, confirmed."""

    text: str
    kind: str  # "epistemic" | "approximator" | "booster" | "allegation" | "prospective" (a plan: "plans to")
    span: Span


@dataclass(slots=True)
class Citation:
    """One place an article leans on a source: the PARC source + cue (+ content)."""

    source_id: str
    article_id: str
    phrase: Span  # the attribution phrase: "According to Forbes", "one former Scale employee said"
    verb: str  # the cue: "according to", "said", "reported", "announcement"
    content: Span | None = None  # what is attributed, when it can be delimited
    rule: str = ""


@dataclass(slots=True)
class Source:
    """Someone or something an article cites, merged across articles."""

    id: str
    name: str  # "The New York Times", "Scale AI (announcement)", "one former Scale employee"
    kind: SourceKind
    entity_id: str | None = None
    citations: list[Citation] = field(default_factory=list)
    curated: bool = False

    def count_in(self, article_id: str) -> int:
        return sum(1 for c in self.citations if c.article_id == article_id)

    @property
    def article_ids(self) -> list[str]:
        return sorted({c.article_id for c in self.citations})


@dataclass(slots=True)
class Claim:
    """A sentence (or clause) that states something checkable."""

    id: str  # "<article id>:c<n>"
    span: Span
    text: str
    figures: list[Figure] = field(default_factory=list)
    hedges: list[Hedge] = field(default_factory=list)
    source_id: str | None = None  # who it is attributed to; None = the narrator
    attribution: Span | None = None  # the phrase that attributes it
    entity_ids: list[str] = field(default_factory=list)
    #: What it is about: "amount", "stake", "valuation", "role", ... (the aspect classifier's input).
    predicate: str | None = None
    rule: str = ""
    curated: bool = False
    #: Every source the claim hangs on ("According to The New York Times and Scale AI's ..."):
    #: source_id is the first of them.
    source_ids: list[str] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return self.span.article_id

    @property
    def hedged(self) -> bool:
        """Softened by doubt or an approximation; a plan word ("plans to", "would") or a booster is none."""
        return any(h.kind in SOFTENING for h in self.hedges)


@dataclass(slots=True)
class Quote:
    """A direct quotation: the exact words between the quotation marks."""

    id: str  # "<article id>:q<n>"
    span: Span  # the words inside the marks
    text: str
    speaker: str | None  # as named in the text, or None = unattributed
    source_id: str | None = None
    #: "speech" (a quotation) or "scare" (quotation marks around a term: “superintelligence”).
    kind: str = "speech"
    rule: str = ""
    #: The text ends before the closing mark: an excerpt cut off inside the quotation.
    cut_off: bool = False
    #: Every source the quotation is given to when several speak as one ("the two firms said in a joint
    #: release": both parties); source_id is the first of them. Empty for one speaker.
    source_ids: tuple[str, ...] = ()


#: What a price can be a measure of, and the words for it (FactValue.measure; extract/measures.py
#: marks it, compare/verdicts.py reads it): the price with the debt the buyer takes on, or the equity.
WITH_DEBT, EQUITY = "with_debt", "equity"
PRICE_MEASURES = {WITH_DEBT: "including debt", EQUITY: "equity value"}
#: What a valuation or a stake is a measure of, as its own clause says (FactValue.measure;
#: extract/fact_measures.py marks it, compare/verdicts.py reads it): a valuation after or before the
#: new money, a stake as the holding after the deal or as the share bought on top of a holding.
POST_MONEY, PRE_MONEY, STAKE_AFTER, STAKE_ADDED = "post_money", "pre_money", "holding_after", "added"
#: An amount of a round told as what its lead investor alone puts in ("led by X, which will invest
#: $800 million"; "X is leading the round with $800 million"), not the round's size.
LEAD_PART = "lead_part"
#: An amount told as money put in on top of an earlier sum ("an additional $4 billion", "a further
#: $300 million", "$4 billion more"): this sum, not the total to date.
AMOUNT_ADDED = "added_sum"
#: A stake told as a target's holders' part of the company a merger makes ("Y's shareholders will own
#: 27% of the combined group"): no stake bought in the target.
MERGED_SHARE = "merged_share"
#: A stake told as its holder's share of the company's value, "economic" ("a 25% economic interest", "an
#: economic stake of 25%"; stop 55): the same share a page calling it a stake gives, its measure named.
ECONOMIC_INTEREST = "economic_interest"
#: Below this many units, a money figure with no scale word is the price of one share, never what a whole company
#: is bought or valued at ("closed at a value of $31.20", "$95"): the one bound the extractor reads a bare valuation
#: by (extract/figure_roles.py) and the comparison a bare sum in a price cell by (compare/told.py).
BARE_PRICE_MAX = 10_000.0
#: A deal's price told as its value on a date (stop 47): when the deal was announced ("its previously announced
#: $35bn acquisition", "valued at $35 billion at the time of the announcement") or at its close ("now worth
#: $49 billion", "$49 billion at completion"). A price paid in shares is worth what they are on the day: the two
#: are one price valued at two dates.
ANNOUNCED_VALUE, CLOSE_VALUE = "announced_value", "close_value"
#: Why the extractor sets aside a second body figure of a slot's own kind (the first stands for the
#: fact): the article states the fact twice (compare/told.py reads it so).
LATER_SAME_KIND = "a later figure of the same kind"
#: A company's worth told on a stated count of its shares (stop 51): "a fully diluted valuation of $N", "$N on a
#: fully diluted basis" (options, warrants and restricted shares counted), or on the shares outstanding alone ("an
#: undiluted market value of $N"). One worth on the two counts is two figures, both right: compare reads a fully
#: diluted worth above a basic one as two measures (compare/verdicts.py `clause_verdict`); two marked worths in the
#: reversed order get the plain verdict, which can be a contradiction.
FULLY_DILUTED, BASIC_SHARES = "fully_diluted", "basic_shares"
#: The suffix of a worth's rule when its words reckon it at a public offering's price ("based on the IPO price, its
#: market value will reach $N", "$N at pricing"; extract/public_offering.py marks it): the worth on the offer's share
#: price, while a worth the page tells without its price may be the market's after trading began (compare reads it).
AT_OFFER_RULE = "+at-offer"
FIGURE_MEASURES = {
    POST_MONEY: "after the new money (post-money)",
    PRE_MONEY: "before the new money (pre-money)",
    STAKE_AFTER: "the holding after the deal",
    STAKE_ADDED: "the share bought on top of a holding",
    LEAD_PART: "the lead investor's own part of the round",
    AMOUNT_ADDED: "money put in on top of an earlier sum",
    MERGED_SHARE: "its holders' share of the combined company",
    ECONOMIC_INTEREST: "an economic interest: its holder's share of the value",
    ANNOUNCED_VALUE: "the price's value when the deal was announced",
    CLOSE_VALUE: "the price's value at the deal's close",
    FULLY_DILUTED: "fully diluted (options and restricted shares counted)",
    BASIC_SHARES: "on the shares outstanding alone (not diluted)",
}
#: Every measure a fact can carry, and its words.
MEASURES = {**PRICE_MEASURES, **FIGURE_MEASURES}
#: The suffix of a modifier fact's rule when the text says the post is held for good ("named permanent
#: CEO", "... chief executive permanently"): without it "permanent" is the extractor's default for a
#: post no interim, acting or co word qualifies, which says nothing either way (extract/appointments.py
#: marks it, compare reads it: an interim post against one whose permanence is not said is no
#: contradiction).
PERMANENCE_STATED = "+permanent-stated"
#: Between the two parts of a post of two joined titles below the top, read whole ("president and coo": extract/
#: titles.py writes it, compare/aspects.py splits it to share the post in either part; stop 61).
JOINED_TITLE_SEP = " and "


def yearless_day(month: int, day: int) -> str:
    """A day told without its year, as ISO 8601 writes it ("--10-17"): an event fact's day on a page with
    no date of its own that gives none (stop 40)."""
    return f"--{month:02d}-{day:02d}"


def told_without_year(yearless: str, day: str) -> bool:
    """Is `yearless` ("--10-17") the month and day of `day` ("2031-10-17")? One day, told less fully."""
    return (
        len(yearless) == 7
        and yearless.startswith("--")
        and len(day) == 10
        and day[:4].isdigit()
        and day[4:] == yearless[1:]
    )


def days_told(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date fact's value covers: one day ("2031-10-17") is itself, a span told
    vaguely ("2031-10-01/2031-10-10": "at the start of October", stop 51) its two ends; None for any other
    value (a day without its year, a name)."""
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return day, day
        if len(value) == 21 and value[10] == "/":
            return dt.date.fromisoformat(value[:10]), dt.date.fromisoformat(value[11:])
    except ValueError:
        return None
    return None


@dataclass(frozen=True, slots=True)
class FactValue:
    """One value of an event slot as an article states it: amount = 4e9 USD ("an additional $4 billion").

    `value` is normalized: money a plain number in the stated currency (`unit` "USD", "EUR", "INR"...),
    a percent a number (49 for 49%, unit "%"), a count a number, a title lower-case canonical ("ceo"),
    a party by its name ("Amazon"), a status one word ("announced"). `hedge` is one of about,
    more_than, less_than, up_to, nearly, at_least, range, or None (stated exactly).
    """

    slot: str  # "amount", "stake", "valuation", "buyer", "new_title", ...
    value: str | float
    unit: str | None
    stated: str  # the words as written: "an additional $4 billion"
    span: Span
    hedge: str | None = None
    place: str = "body"  # "body" | "headline"
    #: The sources the sentence attributes it to (ids as in CorpusAnalysis.sources); () = the narrator.
    source_ids: tuple[str, ...] = ()
    rule: str = ""
    #: For a range ("$10-12 billion") or a loose figure: its bounds.
    low: float | None = None
    high: float | None = None
    #: The entity the value names, for party slots (buyer, target, person, organization).
    entity_id: str | None = None
    #: For a price: what it is a measure of -- "with_debt" ("$69bn including debt") or "equity"
    #: ("$61bn in cash and stock"); None when the article does not say (extract/measures.py). For a
    #: valuation or a stake, its clause's measure (FIGURE_MEASURES: "post_money", "holding_after"...;
    #: extract/fact_measures.py).
    measure: str | None = None
    #: A price's same money in other currencies, as its article states it: a conversion right after
    #: the figure ("2.4 billion euros ($2.6 billion)") or the figure at a rate the article gives
    #: ("($1 = 75.16 Indian rupees)"); ((value, unit), ...). Never a fact of its own: the comparison
    #: may read it to see one price told in two currencies (extract/rates.py).
    converted: tuple[tuple[float, str], ...] = ()
    #: A value that is a PART of the event's whole, with the words that scope it as written: a cut's
    #: part in one place, plant or unit ("in Germany", "at its Leeds bakery", "UK"), told as a part
    #: ("as part of a wider ...", "including N in X", "N of them") or beside a larger whole ("a total of
    #: N"). None: the whole, or no scope told. A part never stands for the whole: when the page gives
    #: the whole the slot holds it and the part is a candidate (`of` "part"); when it gives only a part,
    #: the slot holds the part with its scope, and the comparison never weighs it against a whole
    #: (extract/parts.py, stop 37).
    scope: str | None = None


#: The rule of the appointment's departure fact, the way the one leaving goes ("will retire", "resigned"; departure.py).
DEPARTURE_RULE = "appointment.departure"
#: The rule of the one leaving read from the honorary title they take ("will become chairman emeritus";
#: predecessor.py).
HONORARY_TITLE_RULE = "appointment.honorary-title"
#: The facts a reader of the extractor's output may ask for by what they tell, each the rules that tell it: "leaving",
#: a leader's way out (the frames' R4, frames.yaml `facts: [leaving]`). The extractor names its facts by the constants
#: above and the readers ask for a group here: one spelling of each rule, so renaming it cannot silently leave a reader
#: asking for the old name (stop 61).
FACT_GROUPS: Mapping[str, frozenset[str]] = MappingProxyType(
    {"leaving": frozenset({DEPARTURE_RULE, HONORARY_TITLE_RULE})}
)


@dataclass(frozen=True, slots=True)
class FactCandidate:
    """A value the article states that could stand for a slot, and why it was (not) chosen.

    `of` says what the figure is the figure of: "deal", "stake", "valuation", "past_deal",
    "other_deal", "net_worth", "revenue", "contract", "total", "tranche", "market_cap"...
    `why_not` is None for the chosen value, else a short reason: "a past deal, 2014".
    """

    fact: FactValue
    of: str
    why_not: str | None = None


@dataclass(slots=True)
class EventFacts:
    """The facts of the event an article tells: its type, a value per slot, and the candidates.

    `slots` are the body's values (the article's facts), `also` further holders of a shared post;
    `headline` the headline's own statements of
    the same slots (kept apart so a rounder headline is the article's own precision, not a second
    fact); `candidates` per slot every value considered, the chosen one with why_not None.
    The slots per event type are data: tui/analysis/extract/lexicons/events.yaml.
    """

    article_id: str
    event: str | None = None  # "deal" | "appointment" | "layoff" | None (no event recognised)
    slots: dict[str, FactValue] = field(default_factory=dict)
    headline: dict[str, FactValue] = field(default_factory=dict)
    candidates: dict[str, list[FactCandidate]] = field(default_factory=dict)
    rule: str = ""
    #: Further values a slot has in the body, stated together with the chosen one: the co-holders of a
    #: shared post ("X and Y were named interim co-CEOs": person X, also {"person": [Y]}); each holds
    #: the slot's new_title and modifier.
    also: dict[str, list[FactValue]] = field(default_factory=dict)
    #: The debt the buyer takes on, as the article states it beside the price ("$8 billion of VMware's
    #: net debt"), slot "debt"; None when it states none (extract/measures.py).
    debt: FactValue | None = None
    #: The page tells the deal paid all in the buyer's shares ("an all-stock deal", "an all-share
    #: transaction", "stock-for-stock"; extract/fact_measures.py): its price is worth what those shares are
    #: worth on the day, so the value agreed and the value at the close are two dates' measures of one price
    #: (stop 47; compare/verdicts.stage_verdict).
    paid_in_stock: bool = False
    #: The deal is a company's public offering of its shares (an IPO: its issuer the target, no buyer;
    #: extract/public_offering.py): its size and its worth are fixed at the pricing, so a filing's figures (announced)
    #: and the priced ones (closed) are two stages of one offering (stop 50; compare/verdicts.stage_verdict).
    offering: bool = False

    def get(self, slot: str) -> FactValue | None:
        return self.slots.get(slot)

    def why(self, slot: str) -> list[FactCandidate]:
        """The candidates of a slot, the chosen one first."""
        return sorted(self.candidates.get(slot, []), key=lambda c: c.why_not is not None)


@dataclass(slots=True)
class ArticleAnalysis:
    """What was found in one article (ids point into CorpusAnalysis.entities / .sources)."""

    article_id: str
    sentences: list[Span] = field(default_factory=list)
    paragraphs: list[Span] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    #: Headlines and section headings (also in `sentences`); the first is the headline when
    #: the text carries one. Compare weights them.
    headings: list[Span] = field(default_factory=list)
    #: Page furniture inside the text (bylines, datelines, captions, promo lines): no claims, no
    #: sources and no entities but a byline's persons come from it (tui/corpus/furniture.py).
    furniture: list[Span] = field(default_factory=list)
    #: The event facts (which figure is the fact): see EventFacts and tui/analysis/extract/facts.py.
    facts: EventFacts | None = None


@dataclass(slots=True)
class ArticleResult:
    """What `analyse_article` finds in one article, before merging across articles.

    Plain picklable data that depends on this article alone (the scale cache stores it keyed by
    content and EXTRACTOR_VERSION). Entity and source ids are per article until `merge_results`.
    Unpacks like the skeleton's tuple: `analysis, entities, sources = analyse_article(a)`.
    """

    analysis: ArticleAnalysis
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    def __iter__(self) -> Iterator[Any]:  # tuple-style unpacking for older callers
        return iter((self.analysis, self.entities, self.sources))


@dataclass(slots=True)
class CorpusAnalysis:
    """The whole analysis of a corpus, as the UI, the CLI and the export see it."""

    articles: dict[str, ArticleAnalysis] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    @property
    def claims(self) -> list[Claim]:
        return [c for a in self.articles.values() for c in a.claims]

    @property
    def quotes(self) -> list[Quote]:
        return [q for a in self.articles.values() for q in a.quotes]

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def source(self, source_id: str) -> Source:
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)
