"""What the "why?" window says about a selection: the rule behind it, its evidence span, and the
words it uses in plain language (tui/app/glossary.py)."""

from __future__ import annotations

from rich.text import Text

from tui.analysis.model import MEASURES, Citation, FactCandidate, FactValue
from tui.app.explore_index import ExploreIndex
from tui.app.glossary import terms_for
from tui.app.refs import Selection
from tui.corpus.model import Span

CONTEXT = 160  # characters of context around the evidence
MAX_FACTS = 4  # event facts (and other candidates per fact) the window lists at most


def _evidence(index: ExploreIndex, span: Span, label: str = "Evidence") -> Text:
    """The span in its sentence, highlighted, with its offsets: `Evidence (winbuzzer 120–135)`."""
    article = index.articles[span.article_id]
    around = index.sentence_of(span)
    start, end = min(around.start, span.start), max(around.end, span.end)
    if end - start > 2 * CONTEXT + len(span):
        start, end = max(span.start - CONTEXT, 0), min(span.end + CONTEXT, len(article.text))
    text = Text(f"\n{label} ({span.article_id}, characters {span.start}–{span.end}):\n", style="bold")
    body = Text(
        ("…" if start > 0 else "") + article.text[start:end] + ("…" if end < len(article.text) else "")
    )
    offset = (1 if start > 0 else 0) - start
    body.stylize("bold reverse", span.start + offset, span.end + offset)
    text.append_text(body)
    text.append("\n")
    return text


def _number(value: float) -> str:
    """14000000000.0 -> "14,000,000,000"; 10.5 -> "10.5"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.6g}"


#: Why a quotation has no speaker, where a rule refused one rather than guess (a copy says "words of a
#: speaker the article does not name"; the Why window says what stopped the speaker).
_NO_SPEAKER = {
    "quote.ambiguous-speaker": "not sure: the pronoun that cues it could name more than one person named before",
    "quote.unresolved-cue": "not found: the reporting clause before it names no one the text lets us tell",
    "quote.about-its-subject": "none: the words are about the person named before them, told in the third person",
    "quote.pull-quote": "none: words set apart as a heading that the article's body gives to no one",
}


#: The rules that give a document's words to the one the text said wrote or issued it: the cue names
#: the document ("the memo said"), an earlier citation its author.
_DOCUMENT_BACK = ("attribution.document-back", "attribution.statement-back")
_DOCUMENT_ORG = ("attribution.document-org", "attribution.statement-org")
QUOTE_CUE_REACH = 200  # characters between a quotation and the reporting clause that names its speaker


def _speaker_cue(text: Text, index: ExploreIndex, span: Span, source_id: str | None) -> None:
    """The citation that names a quotation's speaker (the nearest of its source's in the article,
    within QUOTE_CUE_REACH characters), its rule and cue; for a document's words ("the memo said"),
    the earlier citation that tied the document to its author, and the outlet any document of the
    article was leaked to or obtained by."""
    if not source_id:
        return
    cites = index.citations_of(source_id, span.article_id)

    def gap(c: Citation) -> int:
        return c.phrase.start - span.end if c.phrase.start >= span.end else span.start - c.phrase.end

    near = [c for c in cites if -1 <= gap(c) <= QUOTE_CUE_REACH]
    if not near:
        return
    cue = min(near, key=gap)
    article = index.articles[span.article_id]
    _line(text, "Speaker named by rule", cue.rule)
    _line(text, "Cue", article.text[cue.phrase.start : cue.phrase.end])
    if cue.rule in _DOCUMENT_BACK:
        told = next((c for c in cites if c.phrase.end <= cue.phrase.start and c is not cue), None)
        if told is not None:
            _line(
                text,
                "The document's author",
                f"tied by “{article.text[told.phrase.start : told.phrase.end]}” ({told.rule})",
            )
    elif cue.rule in _DOCUMENT_ORG:
        _line(text, "The document's author", "none told: the company the text has been citing")
    if cue.rule in _DOCUMENT_BACK + _DOCUMENT_ORG:
        leaks = [
            index.sources[c.source_id].name
            for s in index.sources.values()
            for c in s.citations
            if c.article_id == span.article_id and c.rule == "attribution.leaked-to"
        ]
        if leaks:
            _line(text, "Leaked to / obtained by", ", ".join(dict.fromkeys(leaks)))


def _line(text: Text, key: str, value: str | None) -> None:
    text.append(f"{key}: ", style="bold")
    text.append(f"{value if value else '—'}\n")


def _fact_value(fact: FactValue) -> str:
    """4000000000.0 USD about -> "about 4,000,000,000 USD"; a price's measure after it ("69,000,000,000
    USD, including debt"); a day without its year said so; a name or a title as it is."""
    if isinstance(fact.value, float):
        value = f"{_number(fact.value)} {fact.unit or ''}".strip()
        if fact.low is not None and fact.high is not None:
            value = f"{_number(fact.low)}–{_number(fact.high)} {fact.unit or ''}".strip()
        if fact.hedge and fact.hedge != "range":
            value = f"{fact.hedge.replace('_', ' ')} {value}"
        return f"{value}, {MEASURES[fact.measure]}" if fact.measure in MEASURES else value
    if isinstance(fact.value, str) and fact.value.startswith("--"):
        return f"{fact.value} (month and day; the page gives no year)"  # "--10-17" (stop 40)
    return str(fact.value)


def _facts(text: Text, index: ExploreIndex, span: Span) -> None:
    """Which figure is the fact: for each event fact stated inside `span`, the chosen value, or why this
    value was not chosen, and the other candidates with their why-not (a few lines at most)."""
    analysis = index.analysis.articles.get(span.article_id)
    facts = analysis.facts if analysis is not None else None
    if facts is None or facts.event is None:
        return
    shown: list[tuple[str, FactCandidate]] = []
    for slot, cands in facts.candidates.items():
        shown += [(slot, c) for c in cands if span.start <= c.fact.span.start < span.end]
    for slot, fact in facts.slots.items():
        if slot not in facts.candidates and span.start <= fact.span.start < span.end:
            shown.append((slot, FactCandidate(fact, slot, None)))
    if not shown:
        return
    _line(text, "Event", f"{facts.event} ({facts.rule})")
    for slot, cand in shown[:MAX_FACTS]:
        chosen = facts.slots.get(slot)
        name = slot.replace("_", " ")
        if cand.why_not is None:
            _line(
                text,
                f"Fact: {name}",
                f"{_fact_value(cand.fact)} (“{cand.fact.stated}”, rule {cand.fact.rule})",
            )
            for other in [o for o in facts.why(slot) if o.why_not][:MAX_FACTS]:
                text.append(f"  not “{other.fact.stated}”: {other.why_not}\n")
        else:
            stated = f"; the {name} is “{chosen.stated}”" if chosen is not None else ""
            _line(text, f"Not the {name}", f"“{cand.fact.stated}”: {cand.why_not}{stated}")


def _plain_words(text: Text, terms: list[str]) -> None:
    """The glossary lines for the words this window used: "In plain words" and one line each."""
    entries = terms_for(terms)
    if entries:
        text.append("\nIn plain words\n", style="bold underline")
        for term, explanation in entries:
            text.append(f"{term}: ", style="bold")
            text.append(explanation + "\n")


def _terms(index: ExploreIndex, selection: Selection) -> list[str]:
    """The words of the glossary a newcomer meets in this selection's window and row."""
    kind, item_id = selection.kind, selection.id
    if kind == "claim" and item_id in index.claim_by_id:
        claim = index.claim_by_id[item_id]
        terms = ["claim", "rule", "attribution"]
        terms += ["figure"] if claim.figures else []
        terms += ["hedged"] if claim.hedged else []
        terms += ["source"] if claim.source_id else ["narrator"]
        return terms + (["curated"] if claim.curated else [])
    if kind == "quote":
        return ["quote", "rule"]
    if kind == "entity" and item_id in index.entities:
        return ["entity", "rule", "narrow / widen"] + (["curated"] if index.entities[item_id].curated else [])
    if kind == "source":
        return ["source", "source kinds", "attribution", "narrow / widen"]
    if kind == "article":
        if index.copy_labels.get(item_id):
            return ["copy of"]
        return ["same wire as"] if index.wire_labels.get(item_id) else []
    return []


def explain(index: ExploreIndex, selection: Selection) -> tuple[str, Text]:
    """A title and a body (built from data with Text, never markup), ending with the words it
    used explained in plain language."""
    title, text = _explain(index, selection)
    _plain_words(text, _terms(index, selection))
    return title, text


def _explain(index: ExploreIndex, selection: Selection) -> tuple[str, Text]:
    text = Text()
    kind, item_id = selection.kind, selection.id
    if kind == "claim" and item_id in index.claim_by_id:
        claim = index.claim_by_id[item_id]
        _line(text, "Claim found by rule", claim.rule)
        _line(text, "About", claim.predicate)
        if claim.curated:
            _line(text, "Curated", "yes (from the corpus overlay)")
        for figure in claim.figures:
            value = (
                f"{_number(figure.value)} {figure.unit or ''}".strip()
                if figure.value is not None
                else "not numeric"
            )
            _line(text, f"Figure “{figure.text}”", f"{figure.kind}, {value}, rule {figure.rule or '—'}")
        for hedge in claim.hedges:
            _line(text, f"Hedge “{hedge.text}”", hedge.kind)
        source = index.sources.get(claim.source_id or "")
        _line(text, "Attributed to", source.name if source else "the narrator (no attribution found)")
        _facts(text, index, claim.span)
        if claim.attribution is not None:
            text.append_text(_evidence(index, claim.attribution, "Attribution phrase"))
        text.append_text(_evidence(index, claim.span))
        return "Why is this a claim?", text
    if kind == "quote" and item_id in index.quote_by_id:
        quote = index.quote_by_id[item_id]
        _line(text, "Quote found by rule", quote.rule)
        _line(text, "Kind", quote.kind)
        _line(text, "Speaker", quote.speaker or _NO_SPEAKER.get(quote.rule, "unattributed"))
        source = index.sources.get(quote.source_id or "")
        _line(text, "Source", source.name if source else None)
        _speaker_cue(text, index, quote.span, quote.source_id)
        text.append_text(_evidence(index, quote.span))
        return "Why is this a quote?", text
    if kind == "entity" and item_id in index.entities:
        entity = index.entities[item_id]
        _line(text, "Entity", f"{entity.name} ({entity.type})")
        _line(text, "Found by rule", entity.rule)
        _line(text, "Aliases merged", ", ".join(entity.aliases) if entity.aliases else None)
        if entity.shown_as:
            _line(
                text, "Shown as", entity.shown_as
            )  # why this name of its several: "most pages introduce it so: 6 of 8"
        for reason in entity.merged_by[
            :6
        ]:  # "merge.variant: Jason Dorege = Jason Droege (…; same role: ceo)"
            _line(text, "Merged by rule", reason)
        if entity.curated:
            _line(text, "Curated", "yes (from the corpus overlay)")
        for role in entity.roles[:5]:
            _line(
                text,
                "Role",
                f"{role.title}{' at ' + role.organization if role.organization else ''} ({role.rule})",
            )
        if selection.span is not None:
            mention = next((m for m in entity.mentions if m.span == selection.span), None)
            _line(text, "This mention found by rule", mention.rule if mention else None)
            text.append_text(_evidence(index, selection.span, "This mention"))
        return f"Why is “{entity.name}” an entity?", text
    if kind == "source" and item_id in index.sources:
        source = index.sources[item_id]
        _line(text, "Source", f"{source.name} ({source.kind})")
        citation = next(
            (c for c in index.citations_of(source.id, selection.article_id) if c.phrase == selection.span),
            None,
        )
        if citation is not None:
            _line(text, "Cited by rule", citation.rule)
            _line(text, "Cue", citation.verb)
            text.append_text(_evidence(index, citation.phrase, "Attribution phrase"))
            if citation.content is not None:
                text.append_text(_evidence(index, citation.content, "What is attributed"))
        return f"Why is “{source.name}” a source?", text
    if kind == "article" and item_id in index.articles:
        article = index.articles[item_id]
        meta = article.meta
        _line(text, "File", str(article.path))
        for key, field_value in (
            ("Title", meta.title),
            ("Outlet", meta.outlet),
            ("Author", meta.author),
            ("Date", meta.date.isoformat() if meta.date else None),
            ("URL", meta.url),
        ):
            _line(text, key, field_value if field_value else "unknown (not in the metadata)")
        _line(text, "Words", str(article.word_count))
        _line(text, "Page furniture removed", f"{len(article.furniture)} characters")
        return "About this article", text
    if selection.span is not None:
        _facts(text, index, selection.span)
        text.append_text(_evidence(index, selection.span))
    return "Selected passage", text
