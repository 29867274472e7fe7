"""The extractor's entry points: `analyse_article`, `merge_results`, `analyse_corpus`.

Rule-based, deterministic, linear in the text, with no model downloads. Each step lives in its own
module and names the rule behind every item it finds:

- sentences.py: paragraphs, sentences, headings
- entities.py (+ gazetteer.py, tokens.py): entities, mentions, roles, in-article alias merging
- attribution.py: cited sources and their citations (PARC source + cue + content)
- quotes.py: direct quotations, scare quotes; quote_speakers.py: the speaker each quotation is given
- claims.py (+ figures.py, hedges.py): checkable claims with figures, hedges, attribution
- facts.py: the event facts (which figure, name or title stands for each fact of the event)
- merge.py: cross-article alias merging and the curated overlay

Every module of the package and what it holds: docs/architecture.md, "The extraction modules"
(tests/test_docs_extract_modules.py keeps that list whole).

Word lists are editable YAML in tui/analysis/extract/lexicons/. Bump EXTRACTOR_VERSION (in
tui/analysis/versions.py) whenever the output for some input changes: the on-disk cache of per-article
results is keyed by it, and tests/test_cache_versions.py fails when the output changes and it does not.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from tui.analysis.collector import collector_paused
from tui.analysis.extract.attribution import Attributor, EntitySpan, Found, build_sources
from tui.analysis.extract.claims import build_claims
from tui.analysis.extract.entities import find_entities, slug
from tui.analysis.extract.fact_measures import mark_fact_measures
from tui.analysis.extract.facts import event_facts
from tui.analysis.extract.gazetteer import name_tokens, tables
from tui.analysis.extract.measures import mark_measures
from tui.analysis.extract.merge import merge_results
from tui.analysis.extract.narration import narrated_acts
from tui.analysis.extract.quote_speakers import quotes_with_speakers
from tui.analysis.extract.quotes import RawQuote, doubled_singles_as_double, find_quotes
from tui.analysis.extract.reading import reading_text
from tui.analysis.extract.sentences import segment
from tui.analysis.extract.tokens import forget_sentences
from tui.analysis.model import (
    ArticleAnalysis,
    ArticleResult,
    CorpusAnalysis,
    EntityType,
    EventFacts,
    FactValue,
    Figure,
    FigureKind,
    SourceKind,
)

# Bumped in tui/analysis/versions.py (importable without the extractor); re-exported here.
from tui.analysis.versions import EXTRACTOR_VERSION
from tui.corpus.furniture import BYLINE, CAPTION, CREDIT, DATELINE, RELATED, Furniture, find_furniture
from tui.corpus.model import Article, Corpus, Span
from tui.corpus.text import join_hard_wraps

__all__ = ["EXTRACTOR_VERSION", "analyse_article", "analyse_corpus", "merge_results", "slug"]


def analyse_article(article: Article) -> ArticleResult:
    """Analyse one article on its own (no other article is consulted)."""
    # The cyclic garbage collector would rescan every live object many times while a long text
    # makes hundreds of thousands of small ones (quadratic on a 2 MB line); nothing here makes
    # cycles, so it waits until the article is done.
    with collector_paused():
        forget_sentences()  # per-article caches of sentence text start empty: each article on its own
        return _analyse(article)


def _analyse(article: Article) -> ArticleResult:
    # the rules read the text with its wrapped line breaks joined (a hard-wrapped page) and its lines in
    # capitals recased (a wire brief); same length, same offsets
    page = join_hard_wraps(article.text)
    text = reading_text(page)
    aid = article.id
    seg = segment(text, headline_first=article.meta.headline_in_text)
    furniture = find_furniture(text)
    sentences, names_only, datelines = _without_furniture(seg.sentences, furniture, text)
    headings = set(seg.headings) - names_only
    if furniture and seg.headings:
        # a heading with furniture cut out of it ("<title> – <Outlet>") stays a heading: its pieces
        # are read for names known already, as the whole one was
        heads = sorted(seg.headings)
        firsts = [h[0] for h in heads]
        for piece in sentences:
            k = bisect_right(firsts, piece[0]) - 1
            if k >= 0 and piece not in headings and piece not in names_only and piece[1] <= heads[k][1]:
                headings.add(piece)
    starts = [f.start for f in furniture]  # once: each look-up below bisects them
    paragraphs = [p for p in seg.paragraphs if not _is_furniture(p, furniture, starts=starts)]
    bylines = frozenset(s for s in names_only if _is_furniture(s, furniture, (BYLINE, CREDIT), starts))
    ents = find_entities(aid, text, sentences, headings | names_only, bylines)
    tail = _unrelated_tail(text, ents.mention_index)
    if tail is not None:
        # another story's paragraph glued after the page's story: furniture, read again without it
        furniture = sorted([*furniture, tail], key=lambda f: f.start)
        sentences, names_only, datelines = _without_furniture(seg.sentences, furniture, text)
        headings = {h for h in headings if h in sentences}
        starts = [f.start for f in furniture]
        paragraphs = [p for p in seg.paragraphs if not _is_furniture(p, furniture, starts=starts)]
        ents = find_entities(aid, text, sentences, headings | names_only, bylines)
    by_id = {e.id: e for e in ents.entities}
    spans = [
        EntitySpan(
            s,
            e,
            eid,
            by_id[eid].name,
            etype,
            tuple(by_id[eid].roles),
            by_id[eid].rule == "entity.name-shape" and not by_id[eid].roles,
        )
        for s, e, eid, etype in ents.mention_index
    ]
    body = [s for s in sentences if s not in headings and s not in names_only]
    # single marks paired for a double one (‘‘We will,‘’ she said) read as the double mark they stand
    # for, by the quotations, their cues and speakers; same offsets, the page's own text elsewhere
    quoted = doubled_singles_as_double(text, paragraphs)
    raw_quotes = find_quotes(quoted, paragraphs)
    para_starts = {p[0] for p in paragraphs}
    attributor = Attributor(
        aid,
        quoted,
        spans,
        [(q.start, q.end) for q in raw_quotes],
        [
            (q.start, q.end)
            for q in raw_quotes
            if not q.continued and (not q.cut_off or _opens_paragraph(q, para_starts))
        ],
    )
    found = attributor.find(body)
    own = _page_outlets(article.meta.outlet, text, furniture)
    noted = tuple(n.casefold() for n in _noted_wire(article.meta.outlet or ""))
    recorded = (article.meta.outlet or "").split("(")[0].strip().casefold()
    if own or noted or recorded:
        # the page's own outlet or the wire it runs ("according to the Ledger" on the Ledger's page,
        # "told Reuters" on a Reuters copy): the page's author speaking, the narrator, never a source;
        # its own earlier report too ("Bloomberg previously reported" on a Bloomberg page: the tables'
        # convention (i) 2 since stop 42; it was cited until then)
        found = [f for f in found if not _own_outlet(f, own, noted, recorded)]
    # "X disclosed a small number of ...": X's act told, no citation of X (extract/narration.py)
    narrated = narrated_acts(text, found)
    cited = [f for f in found if (f.phrase, f.key) not in narrated]
    sources = build_sources(aid, _one_citation_per_phrase(cited))
    role_spans = [(r.span.start, r.span.end) for e in ents.entities for r in e.roles]
    claims, figures = build_claims(
        aid,
        text,
        sorted([s for s in sentences if s not in names_only] + list(datelines)),
        headings,
        cited,
        ents.mention_index,
        role_spans,
        datelines,
        page=article.text,
    )
    names = ents.mention_index  # sorted by start
    name_starts = [n[0] for n in names]
    figures = [f for f in figures if not _inside_name(f, names, name_starts)]
    for claim in claims:
        claim.figures = [f for f in claim.figures if not _inside_name(f, names, name_starts)]
    framed: list[Found] = []
    quotes = quotes_with_speakers(
        aid,
        quoted,
        paragraphs,
        body,
        found,
        raw_quotes,
        spans,
        narrated,
        framed,
        attributor.ambiguous,
        sorted(headings),
    )
    if framed:  # "The automaker hopes to “...”": the company the quotation is told of is a source too
        cited = sorted(cited + framed, key=lambda f: f.phrase[0])
        sources = build_sources(aid, _one_citation_per_phrase(cited))
    analysis = ArticleAnalysis(
        aid,
        sentences=[Span(aid, s, e) for s, e in seg.sentences],
        paragraphs=[Span(aid, s, e) for s, e in seg.paragraphs],
        claims=claims,
        quotes=quotes,
        figures=figures,
        headings=[Span(aid, s, e) for s, e in seg.headings if (s, e) in headings],
        furniture=[Span(aid, f.start, f.end) for f in furniture],
    )
    analysis.facts = mark_fact_measures(
        text,
        analysis,
        mark_measures(
            text, analysis, event_facts(text, analysis, ents.entities, article.meta.date, article.meta.url)
        ),
    )
    if text != page:
        # lines in capitals were recased for the rules: a claim or a quotation shows and copies the page's
        # own words (the same offsets; a wrapped line break is shown as the space the rules read)
        for claim in analysis.claims:
            if text[claim.span.start : claim.span.end] == claim.text:
                claim.text = page[claim.span.start : claim.span.end]
        for quote in analysis.quotes:
            if text[quote.span.start : quote.span.end] == quote.text:
                quote.text = page[quote.span.start : quote.span.end]
        if analysis.facts is not None:
            _facts_in_page_words(analysis.facts, text, page)
    return ArticleResult(analysis, ents.entities, sources)


#: A blank line: where one block of a page ends and the next begins.
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_SOMEONE = frozenset({EntityType.ORG, EntityType.OUTLET, EntityType.PERSON})


def _opens_paragraph(q: RawQuote, para_starts: set[int]) -> bool:
    """Does the quotation's opening mark open its paragraph? A quotation the page's excerpt cuts off
    there ('“A report last March said ...' and the text stops) is still the speaker's words: a reporting
    clause inside it cites no one for the page."""
    return q.start - 1 in para_starts or q.start - 2 in para_starts


def _unrelated_tail(text: str, mentions: list[tuple[int, int, str, EntityType]]) -> Furniture | None:
    """Another story's paragraph glued after the page's story (stop 42): the page's last block, one
    paragraph set off by a blank line after a story whose paragraphs ran on single lines (two or more
    lines since the blank line before it: a copied page's other region), that names someone and no
    one the story names. A closing paragraph of the story itself names someone of it ("Tallow's
    shares rose", "Lund joined in 2019") or follows the story's own layout."""
    end = len(text.rstrip())
    opening = len(text) - len(text.lstrip())
    gaps = list(_BLANK_LINE.finditer(text, opening, end))
    if len(gaps) != 1:
        return None  # the story ran on single lines, with no blank line but the one before the tail
    start = gaps[-1].end()
    if "\n" in text[start:end]:
        return None  # the last block is one paragraph
    if text.count("\n", opening, gaps[-1].start()) < 1:
        return None  # the story before it: two paragraphs or more
    inside = {eid for s, _, eid, etype in mentions if s >= start and etype in _SOMEONE}
    before = {eid for s, _, eid, _ in mentions if s < start}
    if not inside or inside & before or not before:
        return None
    return Furniture(start, end, RELATED)


#: How far into the page a line holding an outlet's name alone is its label (characters, lines).
_LABEL_REACH, _LABEL_LINES = 600, 6
#: The wire a dateline names in brackets: "(Reuters) -", "(Bloomberg) --".
#: The credit line a Reuters copy closes with: "(Reporting by A; Editing by B)" (both parts).
_WIRE_CREDIT = re.compile(r"\((?:Additional\s+)?[Rr]eporting\s+by\b[^()]{1,300}?\bEditing\s+by\b")
_DATELINE_WIRE = re.compile(r"\(([A-Z][\w&.’' -]{0,40})\)")


def _page_outlets(outlet: str | None, text: str, furniture: list[Furniture]) -> tuple[str, ...]:
    """What the page says it is, folded: its outlet's name as recorded (not a note after it in brackets:
    "EconoTimes (Reuters rewrite)" is EconoTimes, which cites Reuters) and the wire its dateline names
    ("(Bloomberg) --", "(Reuters) -")."""
    name = (outlet or "").split("(")[0].strip()
    names = [name] if name else []
    for f in furniture:
        if f.kind == DATELINE and (m := _DATELINE_WIRE.search(text, f.start, f.end)) is not None:
            names.append(m.group(1))
    if "Editing by" in text and _WIRE_CREDIT.search(text):
        names.append("Reuters")  # the wire's own credit line closes its copy
    known = tables().known
    head = text[:_LABEL_REACH].split("\n")
    if len(text) > _LABEL_REACH and text[_LABEL_REACH] != "\n":
        # the reach may cut a line of prose after its first words ("The Ledger on Sunday reported ..."): only
        # whole lines are labels (stop 57)
        head = head[:-1]
    for line in head[:_LABEL_LINES]:
        # an outlet's name alone on a line at the page's head: the label of the page that ran it
        hit = known.get(name_tokens(line.strip())) if 0 < len(line.strip()) <= 40 else None
        if hit is not None and hit[1] == EntityType.OUTLET:
            names.append(hit[0])
    return tuple(n.casefold() for n in names)


#: The note in brackets that closes an outlet's record: "Daily Post (Reuters)", "site.com (Bloomberg copy)".
_OUTLET_NOTE = re.compile(r"\(([^()]*)\)\s*$")
#: A note that says the page retells or cites another's report, not that it runs its copy: "(after the
#: Courier)", "(citing the Courier)", "(Reuters rewrite)", "(Reuters-based)", "(FT summary)" (the lead's
#: decision of 17:33: a rewrite is the page's own text, and the wire it names is cited).
_CITES_NOTE = re.compile(
    r"\b(?:after|citing|rewrite|rewritten|reworded|based|summary|retold)\b|-based\b", re.IGNORECASE
)
#: The words around a wire's name in a note of a copy: "copy of", "spun", "machine-translated" before it;
#: "copy", "wire", "text", "excerpt" after it.
_COPY_OF = re.compile(r"^.*\b(?:copy|edit|repost|reprint)\s+of\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
_COPY_NOUNS = frozenset({"copy", "wire", "text", "excerpt", "brief", "story", "edit", "report", "material"})
_NAME_JOINS = frozenset({"and", "of", "&", "the", "de"})
_NOTE_PREPOSITIONS = frozenset({"on", "of", "by", "from", "for", "with", "via", "through", "in", "at"})


def _noted_wire(outlet: str) -> list[str]:
    """The wires a page runs by its outlet's recorded note (the corpus's `outlet`; the tables' convention
    (l), the lead's decision of stop 43): "Daily Post (Reuters)", "site.com (Bloomberg copy)",
    "(livemint.com; Wall Street Journal copy)", "(machine-translated copy of CNBC)", "(Reuters,
    translated)" run that wire's copy, so the wire is the page's own outlet, the narrator. Not a note
    of a retelling ("(Reuters rewrite)", "(Reuters-based)", "(FT summary)": the page's own text, which
    cites the wire it names; the lead's decision of 17:33), nor one that says the page cites another's
    report ("(after the Courier)", "(bullets on the Courier's report)"), nor a description ("(blog)",
    "(Business Wire press release)"; "(AFP, Reuters photo)" is AFP alone)."""
    m = _OUTLET_NOTE.search(outlet)
    if m is None or _CITES_NOTE.search(m.group(1)):
        return []
    found: list[str] = []
    for part in re.split(r"[;,/]", m.group(1)):
        part = _COPY_OF.sub("", part.split(" via ")[0].strip())
        words = re.sub(r"-based\b", "", part).split()
        while words and (words[0][:1].islower() or words[0].casefold() in {"the", "a", "an"}):
            if words[0].casefold() in _NOTE_PREPOSITIONS:
                words = []  # "(bullets on X's report)", "(on X's page)": not the page's wire
            words = words[1:]  # "spun", "reworded", "the"
        while words and words[-1].casefold() in _COPY_NOUNS:
            words = words[:-1]
        if (
            not words
            or "." in words[0]
            or any(
                (w[:1].islower() and w.casefold() not in _NAME_JOINS) or w.endswith(("'s", "’s"))
                for w in words
            )
        ):
            continue  # a description ("translated", "on X's page", "Reuters photo") or an address
        name = " ".join(words)
        found.append(name)
        hit = tables().known.get(name_tokens(name))
        if hit is not None and hit[1] == EntityType.OUTLET and hit[0] != name:
            found.append(hit[0])  # "AP": the Associated Press, as a citation names it
    return found


#: The kind of publication closing an outlet's recorded name (folded): "car weekly magazine", "x online".
_OWN_KIND_TAIL = re.compile(r"\s+(?:magazine|newspaper|daily|weekly|online|news|journal|digital)$")


def _own_outlet(f: Found, own: tuple[str, ...], noted: tuple[str, ...] = (), recorded: str = "") -> bool:
    """Is the citation an outlet the page itself is (`_page_outlets`): its name, without "The", a
    whole phrase of one of them? Or a wire its record's note says it runs (`_noted_wire`): that name,
    with or without "The" ("The Times" is not "The New York Times")? Or, whatever its kind, the outlet
    the page is recorded as, by its whole name ("Sifted confirmed the news with three sources" on
    Sifted's page: the page's own reporting, stop 43)?"""
    if f.kind in (SourceKind.ORGANIZATION, SourceKind.PERSON, SourceKind.OUTLET) and recorded:
        # "Car Weekly reported last month that" on Car Weekly Magazine's page: the outlet named without
        # the kind of publication that closes its recorded name is the page's own report (stop 46)
        bare = _OWN_KIND_TAIL.sub("", recorded.removeprefix("the "))
        if len(bare.split()) >= 2 and bare != recorded and f.name.casefold().removeprefix("the ") == bare:
            return True
    if f.kind == SourceKind.ORGANIZATION and recorded:
        return f.name.casefold().removeprefix("the ") == recorded.removeprefix("the ")
    if f.kind != SourceKind.OUTLET:
        return False
    name = f.name.casefold()
    name = name[4:] if name.startswith("the ") else name
    if not name:
        return False
    if any(name == (n[4:] if n.startswith("the ") else n) for n in noted):
        return True
    pattern = re.compile(r"(?<![\w])" + re.escape(name) + r"(?![\w])")
    return any(pattern.search(o) for o in own)


def _facts_in_page_words(facts: EventFacts, text: str, page: str) -> None:
    """A fact's `stated` words as the page shows them, not as the recased copy the rules read (stop 39):
    the copy has the page's length, so the words at the same offsets are the page's."""

    def shown(fv: FactValue) -> FactValue:
        if fv.span is None or not fv.stated:
            return fv
        lo = max(0, fv.span.start - len(fv.stated))
        at = text.find(fv.stated, lo, fv.span.end + len(fv.stated))
        if at == -1:
            return fv
        own = page[at : at + len(fv.stated)]
        return fv if own == fv.stated else replace(fv, stated=own)

    for held in (facts.slots, facts.headline):
        for slot, fv in held.items():
            held[slot] = shown(fv)
    for slot, also in facts.also.items():
        facts.also[slot] = [shown(fv) for fv in also]
    for slot, cands in facts.candidates.items():
        facts.candidates[slot] = [replace(c, fact=shown(c.fact)) for c in cands]
    if facts.debt is not None:
        facts.debt = shown(facts.debt)


def _is_furniture(
    span: tuple[int, int],
    furniture: list[Furniture],
    kinds: tuple[str, ...] | None = None,
    starts: list[int] | None = None,
) -> bool:
    """Is the span all furniture (a byline, a caption, a promo line; a dateline is only a head)?
    With `kinds`: furniture of one of those kinds. `starts`: the pieces' starts, when the caller
    asks many times (a page of many furniture lines stays linear)."""
    k = bisect_right(starts if starts is not None else [f.start for f in furniture], span[0]) - 1
    return (
        k >= 0
        and furniture[k].kind != DATELINE
        and (kinds is None or furniture[k].kind in kinds)
        and furniture[k].start <= span[0]
        and span[1] <= furniture[k].end
    )


def _without_furniture(
    sentences: list[tuple[int, int]], furniture: list[Furniture], text: str
) -> tuple[list[tuple[int, int]], set[tuple[int, int]], frozenset[tuple[int, int]]]:
    """The sentences the extractor reads, with furniture taken out.

    Returns (sentences, names_only, datelines): a caption or promo sentence is dropped; a byline or
    credit line is read only for names known already (`names_only`: its writers are the article's
    author, kept out of entities, claims and sources); a dateline is cut off the head of
    its sentence ("NEW YORK, June 13 (Reuters) - Amazon said ..." -> "Amazon said ..."), and kept as
    a piece of its own (`datelines`) for its place and its date (a figure, never a claim).
    """
    if not furniture:
        return sentences, set(), frozenset()
    starts = [f.start for f in furniture]
    out: list[tuple[int, int]] = []
    names_only: set[tuple[int, int]] = set()
    datelines: set[tuple[int, int]] = set()
    for s0, s1 in sentences:
        k = bisect_right(starts, s0) - 1
        f = furniture[k] if k >= 0 and furniture[k].start <= s0 < furniture[k].end else None
        if f is None or (f.kind == CAPTION and f.end < s1):
            out.extend(_around_captions(s0, s1, furniture, starts, text))
        elif f.kind == DATELINE:
            # The dateline stays a piece of its own: its place is named, its date is a figure; the
            # wire in brackets ("(Reuters)") is the article's outlet, not a name in the story.
            head = (s0, min(s1, f.end))
            wire = text.find("(", *head)
            place = (s0, wire) if wire > s0 else head
            if wire != s0:
                out.append(place)
                names_only.add(place)
            datelines.add(head)
            if f.end < s1:
                # "FILE - A sign outside a station, May 2, 2021.(Wire Photo/A. Writer, File)": a
                # credit after the dateline is cut out as in any other sentence
                out.extend(_around_captions(f.end, s1, furniture, starts, text))
        elif f.kind in (BYLINE, CREDIT):
            out.append((s0, s1))
            names_only.add((s0, s1))
    return out, names_only, frozenset(datelines)


def _around_captions(
    s0: int, s1: int, furniture: list[Furniture], starts: list[int], text: str
) -> list[tuple[int, int]]:
    """The pieces of a sentence outside the photo credits inside it ("... the plan. (Photographer:
    A. Writer/Agency)", "Image Credits:X/Y / Getty Images <next sentence>"): a credit's names are
    no names of the story."""
    cuts = [(s0, s1)]
    for k in range(max(0, bisect_right(starts, s0) - 1), bisect_left(starts, s1)):
        f = furniture[k]
        if f.kind == CAPTION and f.end > s0 and f.start < s1:
            a, b = cuts.pop()
            cuts.extend(((a, max(a, f.start)), (min(b, max(a, f.end)), b)))
    out = []
    for a, b in cuts:
        piece = text[a:b]
        lead, tail = len(piece) - len(piece.lstrip()), len(piece.rstrip())
        if any(c.isalnum() for c in piece):
            out.append((a + lead, a + tail))
    return out


def _inside_name(fig: Figure, names: list[tuple[int, int, str, EntityType]], starts: list[int]) -> bool:
    """A count that is part of a name is no figure: the "4" of "Llama 4 models"."""
    if fig.kind != FigureKind.COUNT:
        return False
    k = bisect_left(starts, fig.span.end)
    return any(names[j][1] > fig.span.start for j in range(max(0, k - 3), k))


def _one_citation_per_phrase(found: list[Found]) -> list[Found]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for f in found:
        key = (f.key, *f.phrase)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def analyse_corpus(corpus: Corpus) -> CorpusAnalysis:
    return merge_results(corpus, [analyse_article(a) for a in corpus.articles])
