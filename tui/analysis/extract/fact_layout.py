"""The layout the fact rules read (`_Doc`, `_Name`, `_layout`): the sentences, the headline, the names
and sources in a span, a fact built at a span (`_fact`), a possessor, the names related to a party,
a position inside a quotation, and web addresses in a sentence.

Read by every part of the event facts and by the appointment rules; pure functions.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING

from tui.analysis.extract.captions import caption_lines, in_caption
from tui.analysis.extract.entities import same_land, ticker_owner
from tui.analysis.extract.fact_tables import _Tables, _tables
from tui.analysis.extract.gazetteer import STATE_BODY_NOUNS, tables
from tui.analysis.extract.sale_words import HOLDER_NOUN
from tui.analysis.model import ArticleAnalysis, Claim, Entity, EntityType, FactValue, Figure, FigureKind
from tui.corpus.model import Span

if TYPE_CHECKING:
    from tui.analysis.extract.board_contests import BoardContest
    from tui.analysis.extract.proposals import Proposal

# --- the article's layout -------------------------------------------------------------------------


@dataclass(slots=True)
class _Name:
    start: int
    end: int
    entity_id: str
    name: str
    type: EntityType
    rule: str = (
        ""  # the mention's rule: LISTED_MENTION_RULES mark an item of a list of what a company makes or owns
    )


@dataclass(slots=True)
class _Doc:
    text: str
    low: str  # the text lower-cased character by character (same length, same offsets)
    aid: str
    headline: tuple[int, int] | None
    body: list[tuple[int, int]]
    #: The story's lead (up to two prose sentences), then up to two bullet points of a summary above it (stop 54).
    lead: list[tuple[int, int]]
    names: list[_Name]
    name_starts: list[int]
    claims: list[Claim]
    claim_starts: list[int]
    date: dt.date | None
    year: int | None  # the article's year: its date's, else the latest year it names; -1 = not looked up yet
    figures: list[Figure]
    figure_starts: list[int]
    places: list[_Name]  # places: a country or a fund named for one can hold a stake
    captions: list[tuple[int, int]]  # photo caption lines (extract/captions.py): never the lead
    #: The words inside each quotation's marks (speech and scare quotes), in text order.
    quoted: list[tuple[int, int]] = field(default_factory=list)
    #: The year and month of the page's address when the article has no date ("/2031/08/"): the year of a
    #: day told without one, never a weekday's date (stop 35).
    month: tuple[int, int] | None = None
    #: What the page tells that sets two merging companies apart, read once per body when first asked
    #: (deal_parties.merger_clues); None until then.
    merger_clues: MergerClues | None = field(default=None, compare=False, repr=False)
    #: Whether the page's lead deal takes a company public through a listed shell, read once per page when first
    #: asked (listing_mergers.listing_merger); None until then.
    listing_merger: bool | None = field(default=None, compare=False, repr=False)
    #: The entity ids of the names the page tells as a family's ("the <X> family"), read once per page when first
    #: asked (figure_roles._family_vehicle); None until then.
    families: frozenset[str] | None = field(default=None, compare=False, repr=False)
    #: The board contests each sentence tells, by its span, read once per sentence when first asked
    #: (board_contests.board_contests: the kind's votes, the deal's sides and its stage all ask).
    contests: dict[tuple[int, int], list[BoardContest]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: The takeover proposals each span tells, by the span, read once when first asked (proposals.proposals: the
    #: deal's parties, its status and its figures all ask of the same sentences).
    proposals: dict[tuple[int, int], list[Proposal]] = field(default_factory=dict, compare=False, repr=False)
    #: The candidacies each span tells, by the span, read once when first asked (appointment_sentences.candidacies:
    #: the predecessor, the new post and the company's replacement all ask of the same sentences).
    candidacies: dict[tuple[int, int], list[tuple[int, int]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: The officer a company will replace that each span tells, by the span, read once when first asked
    #: (predecessor.company_replaces: the predecessor, the posts sought and the way of going all ask).
    replaced: dict[tuple[int, int], tuple[re.Match[str], _Name] | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: The page's most named company, read once when first asked (appointment_sentences._most_named_org), in a
    #: tuple of one (its company or None); None until then.
    most_named_org: tuple[_Name | None] | None = field(default=None, compare=False, repr=False)
    #: Whether each name (by its span) stands as a company's name, read once per name when first asked
    #: (deal_parties._named: the parties' readers ask of the same names again and again).
    named: dict[tuple[int, int], bool] = field(default_factory=dict, compare=False, repr=False)
    #: Each title's new post and its holder, by the sentence and the title's start, read once when first asked
    #: (new_post._title_holder: the top's posts are read with the one leaving unknown, then known).
    post_holders: dict[tuple[int, int, int], tuple[_Name | None, str] | None] = field(
        default_factory=dict, compare=False, repr=False
    )


@dataclass(frozen=True, slots=True)
class MergerClues:
    """The clues of a page's body that tell which of two merging companies buys the other
    (deal_parties.merger_order), each read once per body whatever the pair asked about."""

    #: The entity ids of the companies told issuing their shares to another's holders
    #: (symmetric_mergers.share_issuers).
    issuers: frozenset[str]
    #: The top sentences' holders' parts of the company the merger makes and names it keeps, in text order:
    #: (the part, the text before it) for a part, (None, the text after the cue) for a name kept.
    told: tuple[tuple[float | None, str], ...]
    #: The entity ids of the companies told as the one bought (symmetric_mergers.told_bought_ids).
    bought: frozenset[str]
    #: Each body sentence's names, in text order (symmetric_mergers.told_bigger).
    sentence_names: tuple[tuple[_Name, ...], ...]


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


def _lower(text: str) -> str:
    """Lower case with the same offsets (a character whose lower case is longer is kept as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


#: A site's promotion (lower case; stop 44): "claim your 1-week free trial", "sign up for our newsletter", "subscribe
#: now". A line that holds one is furniture, its first sentence too ("News and research before you hear it
#: elsewhere. Claim your free trial here.").
_PROMO = re.compile(
    r"\b(?:free\s+trial|claim\s+your|sign\s+up\s+for\s+(?:our|the|a)|subscribe\s+(?:now|today|to\s+our)|"
    r"start\s+your\s+(?:free\s+)?trial|"
    # a newsletter's promise at the head of a repost (stop 54): "We'll send you a daily digest email", "delivered
    # straight to your inbox", "Receive free <Co> updates" -- never the story's lead nor its status evidence
    r"(?:we['’]ll|we\s+will)\s+(?:send|email|deliver)\s+you|(?:delivered|sent)\s+(?:straight\s+|directly\s+)?to\s+"
    r"your\s+inbox|(?:^|(?<=\n))receive\s+free\s+(?:[\w.&-]+\s+){0,4}?updates|"
    # an affiliate disclosure (stop 54): "We may earn a commission if you buy through our links", "This post contains
    # affiliate links", "Read our disclosure page"
    r"we\s+may\s+(?:get|earn|receive|make)\s+(?:an?\s+)?(?:small\s+)?(?:commission|fee)\s+(?:if|when)\s+you|"
    r"affiliate\s+links?|"
    r"read\s+our\s+disclosure)\b"
)


def paragraph_of(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The line (paragraph) that holds the span, as the rules read the text (a wrapped line joined): its start and end,
    its line break left out."""
    end = text.find("\n", span[1])
    return text.rfind("\n", 0, span[0]) + 1, len(text) if end < 0 else end


def _promo_line(low: str, s: tuple[int, int]) -> bool:
    """Does the line (paragraph) of the sentence `s` hold a site's promotion?"""
    a, b = paragraph_of(low, s)
    if b - a > 400:
        return False  # a long paragraph is the story's own, whatever a word of it says
    return _PROMO.search(low, a, b) is not None


def _layout(text: str, analysis: ArticleAnalysis, entities: Sequence[Entity], date: dt.date | None) -> _Doc:
    aid = analysis.article_id
    # a first line that is a whole sentence of prose ("<stamp> X is spending $43 billion to ... tissue.")
    # is the lead a scraper put first, not a title: a headline never closes with a full stop
    heads = {(h.start, h.end) for h in analysis.headings if not _prose_line(text, h.start, h.end)}
    furniture = sorted((f.start, f.end) for f in analysis.furniture)  # once, for the lead and the headline
    sents = [(s.start, s.end) for s in analysis.sentences]
    body = [s for s in sents if s not in heads]
    # The lead: the first body sentences that read as prose (a byline or a caption has few lower-case words).
    tab = _tables()
    skip = tab.lead_skip
    low = _lower(text)
    lead: list[tuple[int, int]] = []
    # a summary's bullet points read as prose, the lead when nothing else is
    points: list[tuple[int, int]] = []
    captions = caption_lines(text, analysis.furniture)
    for s in body[:10]:
        if in_caption(captions, s[0]):
            continue  # a photo caption retells the story above it: never the lead
        if _within_furniture(furniture, text, s):
            continue  # a reader appeal's sentences ("Your support helps us ... Read more"): page furniture (stop 48)
        lower_words = sum(1 for _ in islice(_LOWER_WORD.finditer(text, s[0], s[1]), 6))
        # A short sentence that is a paragraph of its own, told as a sentence, is prose too (a one-line
        # lede: "Larch will axe 300 jobs.").
        # A short sentence of a paragraph of short sentences that reads as prose is prose too (stop 59: "X agreed to
        # buy Y. The offer valued Y at about £N.").
        prose = lower_words >= 6 or (
            lower_words >= 3
            and text[s[0] : s[1]].rstrip().endswith((".", "!", "?"))
            and (_own_line(text, s) or _prose_paragraph(text, s, body))
        )
        # A teaser cut off with an ellipsis ("• Megadeal delivers quick gains but..."): a deck, not the lead.
        teaser = text[s[0] : s[1]].rstrip().endswith(("...", "…"))
        if prose and not teaser and not (skip and skip.match(low, s[0])) and not _promo_line(low, s):
            if _bullet_point(text, s):
                # a summary's bullet points at the head ("• X invests $1bn in Y's round", "Key notes: • ..."): a
                # deck above the story, read after the story's own lead (they may hold the news an angled lead
                # leaves out), never before it; a page told only in points (a wire brief) has them as its lead
                points.append(s)
                continue
            lead.append(s)
            if len(lead) == 2:
                break
    lead += points[:2]
    headline = _headline(
        text, low, analysis, furniture, lead[0][0] if lead else (body[0][0] if body else len(text)), tab
    )
    names = [
        _Name(m.span.start, m.span.end, e.id, e.name, e.type, m.rule)
        for e in entities
        if e.type in (EntityType.PERSON, EntityType.ORG, EntityType.OUTLET, EntityType.PROGRAM)
        for m in e.mentions
    ]
    names.sort(key=lambda n: n.start)
    places = sorted(
        (_Name(m.span.start, m.span.end, e.id, e.name, e.type) for e in entities if e.type == EntityType.PLACE
         for m in e.mentions),
        key=lambda n: n.start,
    )  # fmt: skip
    claims = sorted(analysis.claims, key=lambda c: c.span.start)
    figures = sorted(analysis.figures, key=lambda f: f.span.start)
    year = date.year if date else -1  # -1: not known yet (see fact_time._text_year)
    return _Doc(
        text,
        low,
        aid,
        headline,
        body,
        lead,
        names,
        [n.start for n in names],
        claims,
        [c.span.start for c in claims],
        date,
        year,
        figures,
        [f.span.start for f in figures],
        places,
        captions,
        sorted((q.span.start, q.span.end) for q in analysis.quotes),
    )


def _within_furniture(furniture: list[tuple[int, int]], text: str, span: tuple[int, int]) -> bool:
    """Does one piece of the page's furniture (sorted) hold the whole sentence `span`, its closing white space
    aside? A dateline opens a sentence of the story and holds only its head: that sentence is no furniture."""
    end = span[0] + len(text[span[0] : span[1]].rstrip())
    k = bisect_right(furniture, (span[0], len(text)))
    return any(a <= span[0] and end <= b for a, b in furniture[:k])


#: The glyphs that open a bullet point's line (not a dash or an asterisk, which also open prose and markup).
_BULLET_GLYPHS = ("•", "▪", "‣", "◦")


def _bullet_point(text: str, span: tuple[int, int]) -> bool:
    """Does the sentence stand on a line a bullet glyph opens ("  • X cleared the deal, finding no concerns.")?"""
    line = text.rfind("\n", 0, span[0]) + 1
    return text[line : span[1]].lstrip().startswith(_BULLET_GLYPHS)


def _own_line(text: str, span: tuple[int, int]) -> bool:
    """Is the sentence alone on its line (nothing but white space before it and after it)?"""
    nl = text.rfind("\n", 0, span[0])
    end = text.find("\n", span[1])
    return not text[nl + 1 : span[0]].strip() and not text[span[1] : len(text) if end < 0 else end].strip()


def _prose_paragraph(text: str, span: tuple[int, int], sentences: list[tuple[int, int]]) -> bool:
    """Is the sentence's line a paragraph of short sentences that reads as prose: closed by a sentence's stop (after
    any closing quotation mark or bracket), holding at least six lower-case words, and each of its sentences (of
    `sentences`, in text order) short but with three lower-case words or more ("X agreed to buy Y. The offer valued Y
    at about £N.")? A short sentence after a long one ("<long lead>. X will pay Y a $N fee.") stays what it was."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    if not text[start:end].rstrip().rstrip("”’\"')").endswith((".", "!", "?")):
        return False
    if sum(1 for _ in islice(_LOWER_WORD.finditer(text, start, end), 6)) < 6:
        return False
    for a, b in islice(sentences, bisect_left(sentences, (start, start)), None):
        if a >= end:
            break
        words = sum(1 for _ in islice(_LOWER_WORD.finditer(text, a, b), 6))
        if words >= 6:
            # a sentence of the line is prose on its own: the short ones beside it are not the lead
            return False
        if words < 3:
            return False  # "X pays $N." beside another short one: a title's or a note's words, no paragraph of prose
    return True


_HEADLINE_WORD = re.compile(r"[^\W\d_]{2,}")


def _prose_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a sentence of prose: a full stop at its end and at least
    `_PROSE_LINE_WORDS` lower-case words?"""
    # a full stop inside a closing quotation or bracket ("... customer priorities.”") closes it too
    if not text[start:end].rstrip().rstrip("”’\"')").endswith("."):
        return False
    return (
        sum(1 for _ in islice(_LOWER_WORD.finditer(text, start, end), _PROSE_LINE_WORDS)) >= _PROSE_LINE_WORDS
    )


#: How many lower-case words make a line that closes with a full stop a sentence, not a title.
_PROSE_LINE_WORDS = 12


def _headline(
    text: str, low: str, analysis: ArticleAnalysis, pieces: list[tuple[int, int]], before: int, tab: _Tables
) -> tuple[int, int] | None:
    """The article's title line: the first heading before the lead that reads as a title -- at least
    `headline_min_words` words, not page furniture (tui/corpus/furniture.py), not a promo, table of
    contents or time stamp line (events.yaml `headline_skip`, anywhere in the line). `pieces`: the page's
    furniture, sorted."""
    # Does any furniture piece overlap a heading? The pieces in text order and the furthest end
    # reached by each prefix of them: one bisection per heading (linear on a page of many lines).
    starts = [a for a, _ in pieces]
    reach = list(itertools.accumulate((b for _, b in pieces), max))
    for h in analysis.headings:
        if h.start >= before:
            break
        if _prose_line(text, h.start, h.end):
            continue
        end = h.end
        k = bisect_left(starts, h.end) - 1
        if k >= 0 and reach[k] > h.start:
            # a credit that closes the title ("<title> - <Outlet>"): the title is the words before it (stop 43);
            # furniture anywhere else in the heading makes it no title
            j = bisect_left(starts, h.start)
            if j <= k and starts[j] > h.start and reach[k] >= h.end and (j == 0 or reach[j - 1] <= h.start):
                end = starts[j]
            else:
                continue
        if sum(1 for _ in islice(_HEADLINE_WORD.finditer(text, h.start, end), tab.headline_min_words)) < (
            tab.headline_min_words
        ):
            continue
        if tab.headline_skip is not None and tab.headline_skip.search(low, h.start, end):
            continue
        return (h.start, end)
    return None


def _names_in(doc: _Doc, start: int, end: int) -> list[_Name]:
    return doc.names[bisect_left(doc.name_starts, start) : bisect_left(doc.name_starts, end)]


def top_sentences(doc: _Doc) -> list[tuple[int, int]]:
    """Where the lead deal is read (its parties, whether it lists a company through a shell): the lead, the headline,
    then the first six body sentences."""
    return list(dict.fromkeys(doc.lead + ([doc.headline] if doc.headline else []) + doc.body[:6]))


def _orgs_in(doc: _Doc, start: int, end: int) -> list[_Name]:
    """The organisations (and programs: `_ORGS`) named from `start` to before `end`."""
    return [n for n in _names_in(doc, start, end) if n.type in _ORGS]


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    k = bisect_right(spans, pos, key=lambda s: s[0]) - 1  # no list per call: linear on a 2 MB line
    if k >= 0 and pos < spans[k][1]:
        return spans[k]
    return None


def claim_at(doc: _Doc, start: int, end: int) -> Claim | None:
    """The claim (attribution.py's reading) that holds `start`..`end`, None when none does."""
    k = bisect_right(doc.claim_starts, start) - 1
    for j in range(k, max(-1, k - 3), -1):
        c = doc.claims[j]
        if c.span.start <= start and end <= c.span.end:
            return c
    return None


def _sources_at(doc: _Doc, start: int, end: int) -> tuple[str, ...]:
    c = claim_at(doc, start, end)
    if c is None:
        return ()
    return tuple(c.source_ids or ([c.source_id] if c.source_id else []))


def in_attribution(doc: _Doc, start: int, end: int) -> Claim | None:
    """The claim whose attribution phrase holds `start`..`end` ("According to <X>", "<X> reported", "the two companies
    announced": who tells it, as attribution.py decides), None when the words are none of its claim's telling."""
    c = claim_at(doc, start, end)
    if c is None or c.attribution is None or not (c.attribution.start <= start and end <= c.attribution.end):
        return None
    return c


def _money_in(doc: _Doc, span: tuple[int, int]) -> list[Figure]:
    k = bisect_left(doc.figure_starts, span[0])
    out = []
    while k < len(doc.figures) and doc.figures[k].span.start < span[1]:
        if doc.figures[k].kind == FigureKind.MONEY:
            out.append(doc.figures[k])
        k += 1
    return out


_ORGS = (EntityType.ORG, EntityType.PROGRAM)


#: A possessive after a bracketed short form of the name: "Larch Industries (LIL)'s cloud unit".
_ABBR_POSSESSIVE = re.compile(r"\s*\([A-Z][\w&.-]{0,11}\)\s*(?:'s|’s)")
#: Before a bracketed short form that follows a possessive: "Larch Industries Ltd's (LIL) cloud unit".
_POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s)\s*\($")


#: The last word of an organisation's name that makes it a state's body (stop 55): "German government", "the Danish state"
#: (gazetteer `state_body_nouns`, the list stake_holders reads too).
_STATE_BODY = re.compile(r"\b(?:" + "|".join(map(re.escape, STATE_BODY_NOUNS)) + r")$", re.IGNORECASE)


def state_party(doc: _Doc, entity_id: str | None) -> bool:
    """Is the party with `entity_id` a state: a country or its capital named as the buyer (deal_parties.subject_buyer),
    or an organisation named as a state's body ("the Danish government")? (stop 55)"""
    if entity_id is None:
        return False
    if any(p.entity_id == entity_id for p in doc.places):
        return True
    return any(n.entity_id == entity_id and _STATE_BODY.search(n.name) for n in doc.names)


def state_bodies(doc: _Doc, state: _Name) -> dict[str, str]:
    """The organisations the page names as the body of a state that buys (stop 55): "the German state", "the German
    government" for the buyer Germany -- one party with the country, so the stake "the German state will own" is the
    deal's."""
    if state.type != EntityType.PLACE:
        return {}
    return {
        n.entity_id: n.name
        for n in doc.names
        if n.type in _ORGS and _STATE_BODY.search(n.name) and same_land(state.name, n.name.split()[0])
    }


def _possessor(doc: _Doc, n: _Name) -> bool:
    """A name that owns the next noun is not the subject: "Elon Musk's xAI", "OpenAI's close rival";
    also with the owner's short form in brackets on either side of the possessive ("Larch Industries
    (LIL)'s unit", "Larch Industries Ltd's (LIL) unit": both names own the unit)."""
    if doc.text.startswith(("'s", "’s", "' ", "’ "), n.end):
        return True
    if _ABBR_POSSESSIVE.match(doc.text, n.end, min(len(doc.text), n.end + 20)):
        return True
    if not (doc.text.startswith(")", n.end) and doc.text.startswith("(", n.start - 1)):
        return False
    return doc.text.startswith((")'s", ")’s"), n.end) or (
        _POSSESSIVE_BEFORE.search(doc.text, max(0, n.start - 4), n.start) is not None
    )


#: An apposition that names the one before it by its owner or by what it holds (the text's own case): ", the parent
#: company of ", ", the holding company of the " (an article before the owner: "the <X> family"), ", the largest
#: shareholder in " (stop 54).
_APPOSITIVE_OF = re.compile(
    r",\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:of|behind|that owns|which owns|" + HOLDER_NOUN + r"\s+in)\s+"
    r"(?:the\s+)?$"
)


def _related(doc: _Doc, parties: dict[str, str]) -> dict[str, str]:
    """The parties and their owners and units as the text names them: "Elon Musk's xAI" -> Elon Musk
    too; "Alphabet, the parent company of Google," -> Google too."""
    out = dict(parties)
    for k, n in enumerate(doc.names):
        if n.entity_id in parties and k > 0:
            prev = doc.names[k - 1]
            if _possessor(doc, prev) and 0 <= n.start - prev.end <= 4:
                out.setdefault(prev.entity_id, prev.name)
        if n.entity_id in parties and k + 1 < len(doc.names):
            nxt = doc.names[k + 1]
            if 0 < nxt.start - n.end <= 45 and _APPOSITIVE_OF.search(doc.text, n.end, nxt.start):
                out.setdefault(nxt.entity_id, nxt.name)
    return out


def _party_like(doc: _Doc, n: _Name, parties: dict[str, str]) -> bool:
    """A party, or a unit of one that starts with its name (Amazon Web Services of Amazon)."""
    if n.entity_id in parties:
        return True
    first = n.name.split()[0].lower() if n.name.split() else ""
    if any(first == p.split()[0].lower() for p in parties.values() if p.split()):
        return True
    # "German Y" where the party is "Y": a nationality before the party's own name (stop 41)
    word, _, rest = n.name.partition(" ")
    if bool(rest) and word in tables().lone_words and rest in parties.values():
        return True
    # a ticker written for a party ("MSFT" for Microsoft, "TLWK" for Tallow Works): the entities' one test, its one
    # owner among the parties (stop 46: one owner for tickers; none when two parties could own it)
    return ticker_owner(n.name, parties.values()) is not None


def _fact(doc: _Doc, slot: str, value: str | float, unit: str | None, span: tuple[int, int], rule: str,
          place: str = "body", hedge: str | None = None, low: float | None = None, high: float | None = None,
          entity_id: str | None = None) -> FactValue:  # fmt: skip
    s, e = span
    return FactValue(
        slot, value, unit, doc.text[s:e], Span(doc.aid, s, e), hedge, place, _sources_at(doc, s, e), rule,
        low, high, entity_id,
    )  # fmt: skip


def _addresses(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int]]:
    """The web addresses inside s0..s1 (a scraped page glues an image's address to its first sentence)."""
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(doc.low, s0, s1)] if "/" in doc.low[s0:s1] else []


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


#: A web address: a scheme or "www." and the characters up to the next space.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def _quoted_at(doc: _Doc, pos: int) -> bool:
    """Is `pos` inside a quotation of four words or more (a speaker's words, not the article's own voice)?
    A shorter one is a scare quote of the article's own sentence ("cut “more than 10%” of its staff")."""
    return quotation_at(doc, pos) is not None


def quotation_at(doc: _Doc, pos: int) -> tuple[int, int] | None:
    """The span of the quotation of four words or more that holds `pos`, else None."""
    k = bisect_right(doc.quoted, (pos, len(doc.text))) - 1
    if k < 0 or not doc.quoted[k][0] <= pos < doc.quoted[k][1]:
        return None
    q0, q1 = doc.quoted[k]
    return (q0, q1) if len(doc.text[q0:q1].split()) >= _QUOTATION_WORDS else None


#: A quotation of fewer words is a scare quote (the coverage tables' rule).
_QUOTATION_WORDS = 4


#: A negation's word (lower case, no bound after it): "not", "never", a verb's "n't" ("doesn't", "won’t"). The one
#: wording the rules that read a denial before a cue share, each with its own tail: departure._DENIED_BEFORE (with
#: "no", up to three words between), deal_status._NOT_BEFORE ("yet", "so far" between) and proposals._NEGATED (right
#: before the verb; stop 58: the three read it, none writes it out).
NEGATION = r"(?:\b(?:not|never)|n[’']t)"
