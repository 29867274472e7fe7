"""Claims: sentences (or clauses) that state something checkable, with figures, hedges, attribution.

A sentence is split into clauses where a second source is cited inside it ("As reported by Futurism,
P1 and, according to Inc. Magazine, P2" -> two claims, each with its source). A clause is a claim
when it holds a figure (`claim.figure`), is attributed (`claim.attributed`), states a role
(`claim.role`), carries a hedge or an allegation about a named entity (`claim.hedged`), or names an
entity with an event verb (`claim.event`). Headings count only with a figure (`claim.headline`).
`predicate` is a keyword class where one is obvious ("stake", "valuation"...), else None.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.analysis.extract.attribution import Found
from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.hedges import find_hedges
from tui.analysis.extract.leads import led
from tui.analysis.model import Claim, EntityType, Figure, FigureKind, Hedge
from tui.corpus.model import Span

_EVENT = re.compile(
    r"\b(?:invest\w*|acquir\w*|acquisition|buy\w*|bought|sold|sell\w*|join\w*|hire[sd]?|hiring|poach\w*|"
    r"leav\w*|left|depart\w*|exit\w*|step\w* down|resign\w*|named|appoint\w*|launch\w*|announc\w*|sign\w*|"
    r"deal|partnership|stake|valu\w*|pa(?:y|id|ying)|fund\w*|rais\w*|deni\w*|sued|lawsuit|accus\w*|"
    r"allegation\w*|contract\w*|cut\w*|began|postpon\w*|delay\w*|review\w*|commit\w*|grant\w*|"
    r"expand\w*|provid\w*|reported|compet\w*|struggl\w*)\b",
    re.IGNORECASE,
)
_PREDICATES: list[tuple[str, re.Pattern[str]]] = [
    ("valuation", re.compile(r"\bvalu(?:e|es|ed|ing|ation)\b", re.I)),
    ("revenue_share", re.compile(r"\brevenue\b", re.I)),
    ("stake", re.compile(r"\b(?:stake|ownership|minority|majority)\b", re.I)),
    ("deal_rank", re.compile(r"\b(?:largest|biggest)\b", re.I)),
    (
        "role",
        re.compile(
            r"\b(?:CEO|chief|founder|named|appointed|step(?:s|ped)? down|interim|board|join(?:s|ed)?\s+Meta)\b",
            re.I,
        ),
    ),
    (
        "amount",
        re.compile(r"\b(?:invest\w*|commit\w*|pay\w*|paid|deal|financing|acquisition|spend\w*)\b", re.I),
    ),
    ("costs", re.compile(r"\bcosts?\b", re.I)),
    (
        "talent",
        re.compile(r"\b(?:talent|researchers?|hir\w+|poach\w*|exodus|depart\w*|authors?|brain)\b", re.I),
    ),
    ("customers", re.compile(r"\b(?:clients?|customers?|vendors?|demand)\b", re.I)),
    ("legal", re.compile(r"\b(?:lawsuit|judge|copyright|court|fair use|antitrust|regulat\w+)\b", re.I)),
    ("labor", re.compile(r"\b(?:wage\w*|labou?r|sweat\s?shop|workers|contractors)\b", re.I)),
    ("military", re.compile(r"\b(?:Pentagon|military|defen[cs]e|weapons?|targeting)\b", re.I)),
    ("infrastructure", re.compile(r"\b(?:nuclear|data cent(?:er|re)s|power|energy|infrastructure)\b", re.I)),
]


# Matched on the lower-cased text without re.IGNORECASE: the same answers, several times faster.
_LOWER_PREDICATES = [(n, re.compile(p.pattern.lower())) for n, p in _PREDICATES]
# A pattern can only match where one of its words is in the lower-cased text: a substring test
# first skips most patterns for most clauses.
_PREDICATE_GATES: dict[str, tuple[str, ...]] = {
    "valuation": ("valu",),
    "revenue_share": ("revenue",),
    "stake": ("stake", "ownership", "minority", "majority"),
    "deal_rank": ("largest", "biggest"),
    "role": ("ceo", "chief", "founder", "named", "appointed", "step", "interim", "board", "join"),
    "amount": ("invest", "commit", "pay", "paid", "deal", "financing", "acquisition", "spend"),
    "costs": ("cost",),
    "talent": ("talent", "researcher", "hir", "poach", "exodus", "depart", "author", "brain"),
    "customers": ("client", "customer", "vendor", "demand"),
    "legal": ("lawsuit", "judge", "copyright", "court", "fair", "antitrust", "regulat"),
    "labor": ("wage", "labo", "sweat", "workers", "contractors"),
    "military": ("pentagon", "military", "defen", "weapon", "targeting"),
    "infrastructure": ("nuclear", "data cent", "power", "energy", "infrastructure"),
}
_GATED_PREDICATES = [(n, _PREDICATE_GATES[n], p) for n, p in _LOWER_PREDICATES]
_LOWER_EVENT = led(_EVENT.pattern.lower())


def predicate(text: str, figures: list[Figure]) -> str | None:
    lower = text.lower()
    kinds = {f.kind for f in figures}
    for name, gate, pattern in _GATED_PREDICATES:
        for w in gate:
            if w in lower:
                break
        else:
            continue
        if not pattern.search(lower):
            continue
        if name == "revenue_share" and FigureKind.PERCENT not in kinds:
            continue
        if (
            name == "stake"
            and not (kinds & {FigureKind.PERCENT, FigureKind.MONEY})
            and "stake" not in text.lower()
        ):
            continue
        if name == "deal_rank" and FigureKind.ORDINAL not in kinds and "deal" not in text.lower():
            continue
        if name == "amount" and FigureKind.MONEY not in kinds:
            continue
        return name
    return None


def _clauses(s0: int, s1: int, cites: list[Found], text: str) -> list[tuple[int, int, list[Found]]]:
    """Split a sentence before each later citation that starts a new attributed clause."""
    if len(cites) < 2:
        return [(s0, s1, cites)]
    cuts: list[int] = []
    prev_end = cites[0].phrase[1]
    for f in cites[1:]:
        start = f.phrase[0]
        if start - prev_end <= 6 or f.key == cites[0].key:  # "According to X and Y"
            prev_end = f.phrase[1]
            continue
        back = text[max(s0, start - 12) : start]
        m = re.search(r"(?:,?\s+and\s*,?|,|;)\s*$", back)
        cuts.append(start - (len(back) - m.start()) if m else start)
        prev_end = f.phrase[1]
    bounds = [s0, *cuts, s1]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        inside = [f for f in cites if a <= f.phrase[0] < b]
        out.append((a, b, inside))
    return out


def _hedged(hedges: list[Hedge]) -> bool:
    """Does a hedge make the clause a claim ("reportedly", "could", "is said to")?"""
    return any(h.kind in ("allegation", "epistemic", "prospective") for h in hedges)


def build_claims(
    article_id: str,
    text: str,
    sentences: list[tuple[int, int]],
    headings: set[tuple[int, int]],
    found: list[Found],
    mentions: list[tuple[int, int, str, EntityType]],
    role_spans: list[tuple[int, int]],
    figures_only: frozenset[tuple[int, int]] = frozenset(),
    page: str | None = None,
) -> tuple[list[Claim], list[Figure]]:
    """Claims of the sentences; `figures_only` sentences (a dateline) give figures, never claims. `text` is the
    text the rules read (wrapped lines joined, same offsets); a claim's words are the page's own (`page`, when
    given), line breaks and all, so what a user copies is what the article says."""
    claims: list[Claim] = []
    all_figures: list[Figure] = []
    mentions = sorted(mentions)
    mention_starts = [m[0] for m in mentions]
    role_starts = sorted(rs for rs, _re in role_spans)
    fi = 0
    found = sorted(found, key=lambda f: f.phrase[0])
    for s0, s1 in sentences:
        sentence = text[s0:s1]
        figures = find_figures(sentence, article_id, s0)
        all_figures.extend(figures)
        if (s0, s1) in figures_only:
            continue
        in_sent = []
        while fi < len(found) and found[fi].phrase[0] < s0:
            fi += 1
        j = fi
        while j < len(found) and found[j].phrase[0] < s1:
            in_sent.append(found[j])
            j += 1
        heading = (s0, s1) in headings
        for c0, c1, cites in _clauses(s0, s1, in_sent, text):
            while c0 < c1 and text[c0] in " ,;":
                c0 += 1
            while c1 > c0 and text[c1 - 1] in " ,;":
                c1 -= 1
            if c1 <= c0:
                continue
            clause = text[c0:c1]
            figs = [f for f in figures if c0 <= f.span.start < c1]
            # the hedges are read only where they decide the rule or a claim keeps them (most clauses
            # of no claim never need them)
            hedges: list[Hedge] | None = None
            inside = mentions[bisect_left(mention_starts, c0) : bisect_left(mention_starts, c1)]
            ent_ids = list(dict.fromkeys(eid for _ms, _me, eid, _t in inside))
            has_role = bisect_left(role_starts, c1) > bisect_left(role_starts, c0)
            if heading:
                rule = "claim.headline" if figs else ""
            elif figs:
                rule = "claim.figure"
            elif cites:
                rule = "claim.attributed"
            elif has_role:
                rule = "claim.role"
            elif ent_ids and _hedged(hedges := find_hedges(clause, article_id, c0)):
                rule = "claim.hedged"
            elif ent_ids and _LOWER_EVENT.search(clause.lower()):
                rule = "claim.event"
            else:
                rule = ""
            if not rule:
                continue
            claim = Claim(
                f"{article_id}:c{len(claims)}",
                Span(article_id, c0, c1),
                clause if page is None else page[c0:c1],
                figures=figs,
                hedges=find_hedges(clause, article_id, c0) if hedges is None else hedges,
                entity_ids=ent_ids,
                predicate=predicate(clause, figs),
                rule=rule,
            )
            if cites:
                claim.source_id = cites[0].key
                claim.attribution = Span(article_id, *cites[0].phrase)
                claim.source_ids = list(dict.fromkeys(f.key for f in cites))
            claims.append(claim)
    return claims, all_figures
