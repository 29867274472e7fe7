"""Whose words a copied passage holds: the speaker of a quotation, or the article's own voice.

A citation must never present a quoted person's words as the reporter's. `passage_for` turns a
span the user picked (a quote, a claim, a mention's sentence, a source's statement) into a
`Passage`: the exact words, the article they come from and a `Voice` read from the extraction's
output (Quote.speaker / Quote.source_id, the source's Citation phrase). Nothing is re-extracted
here. Pure functions; no Textual.

- A speech quote, or a passage that lies inside one: the quote's speaker, with how the article
  attributes it ("wrote in an op-ed", "said") and the article's own attribution words.
- A speech quote with no speaker found: quoted words whose speaker the article does not name.
- A scare quote (quotation marks around a term): not a quotation; the sentence that holds it is
  the passage, in the article's own voice.
- Anything else: the article's own words. A passage that holds a quotation without the words
  that attribute it keeps the article's voice but names whom it quotes (`quoting`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tui.analysis.model import CorpusAnalysis, EntityType, Quote, Source, SourceKind
from tui.corpus.model import Article, ArticleMeta, Span

_DOC = re.compile(r"^(?P<owner>.+?)\s*\((?P<doc>[^()]+)\)$")
#: Documents one writes; the rest (an announcement, a statement, a filing) are issued.
_WRITTEN = ("op-ed", "analysis", "report", "post", "blog", "letter", "memo", "essay", "column", "note")


@dataclass(frozen=True, slots=True)
class Voice:
    """Whose words they are. speaker None and quoted False: the article's own words."""

    #: "Alexandr Wang", "one analyst", "Scale AI"; None: the article's own voice, or not named.
    speaker: str | None = None
    #: How the article presents them: "wrote in an op-ed", "said", "reported".
    how: str = ""
    #: The article's own attribution words: "arguing in a recent op-ed".
    phrase: str | None = None
    #: True for words inside quotation marks (a quotation), False for the article's prose.
    quoted: bool = False
    #: The speaker is a person (APA cites a person by last name).
    person: bool = False
    #: Speakers a passage in the article's voice quotes without its attribution ("Alexandr Wang").
    quoting: tuple[str, ...] = ()
    #: False when nobody recorded whose words they are (a basket saved by an older version, for an
    #: article no longer in the corpus): the citation says so instead of guessing.
    known: bool = True
    #: Words of the article's own that report what a source said ("According to Forbes, …"):
    #: the source, named in the citation ("the article attributes this to Forbes").
    attributed_to: str | None = None

    @property
    def own(self) -> bool:
        """The article's own words (the reporter is their author)."""
        return not self.quoted

    @property
    def unknown(self) -> bool:
        """Quoted words whose speaker the article does not name."""
        return self.quoted and not self.speaker

    def to_dict(self) -> dict[str, object]:
        return {
            "speaker": self.speaker,
            "how": self.how,
            "phrase": self.phrase,
            "quoted": self.quoted,
            "person": self.person,
            "quoting": list(self.quoting),
            "attributed_to": self.attributed_to,
        }

    @classmethod
    def from_dict(cls, data: object) -> Voice:
        """From stored JSON; ValueError when it is not a voice."""
        if not isinstance(data, dict):
            raise ValueError("attribution is not an object")
        speaker, how, phrase = data.get("speaker"), data.get("how", ""), data.get("phrase")
        quoting = data.get("quoting", [])
        if speaker is not None and not isinstance(speaker, str):
            raise ValueError("attribution speaker is not text")
        if phrase is not None and not isinstance(phrase, str):
            raise ValueError("attribution phrase is not text")
        if not isinstance(how, str):
            raise ValueError("attribution 'how' is not text")
        if not isinstance(quoting, list) or not all(isinstance(q, str) for q in quoting):
            raise ValueError("attribution 'quoting' is not a list of names")
        attributed_to = data.get("attributed_to")
        if attributed_to is not None and not isinstance(attributed_to, str):
            raise ValueError("attribution 'attributed_to' is not text")
        return cls(
            speaker=speaker,
            how=how,
            phrase=phrase,
            quoted=bool(data.get("quoted", False)),
            person=bool(data.get("person", False)),
            quoting=tuple(quoting),
            attributed_to=attributed_to,
        )


OWN = Voice()


@dataclass(frozen=True, slots=True)
class Passage:
    """What `c` copies and `b` collects: exact words, whose they are, and where they were published."""

    words: str
    meta: ArticleMeta
    voice: Voice = OWN
    span: Span | None = None
    #: "quote", "claim", "mention", "source", "span", "article" (words empty: the reference alone).
    kind: str = "span"
    item_id: str | None = None
    #: A short description for messages: "quote of Alexandr Wang", "claim".
    label: str = ""
    #: Proper nouns the article names (entity names and aliases): APA's sentence case and
    #: BibTeX's braces keep them as written.
    proper: tuple[str, ...] = ()


_PROPER_TYPES = (
    EntityType.PERSON,
    EntityType.ORG,
    EntityType.OUTLET,
    EntityType.PRODUCT,
    EntityType.PLACE,
    EntityType.PROGRAM,
)


def proper_nouns(analysis: CorpusAnalysis | None, article_id: str) -> tuple[str, ...]:
    """The names (and aliases) of the entities an article mentions, longest first."""
    if analysis is None:
        return ()
    names: set[str] = set()
    for entity in analysis.entities:
        if entity.type in _PROPER_TYPES and any(m.span.article_id == article_id for m in entity.mentions):
            names.add(entity.name)
            names.update(a for a in entity.aliases if a[:1].isupper())
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


# --- speakers ------------------------------------------------------------------------------------


def _indefinite(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def speaker_of(source: Source, analysis: CorpusAnalysis | None = None) -> tuple[str, str, bool]:
    """(speaker's name, how they speak, is a person) for a cited source.

    "Alexandr Wang (op-ed)" -> ("Alexandr Wang", "wrote in an op-ed", True). The document in
    brackets is the extractor's own naming of a source's document (tui.analysis.extract.attribution).
    """
    name, doc = source.name, None
    m = _DOC.match(source.name)
    if m and source.kind == SourceKind.DOCUMENT:
        name, doc = m.group("owner"), m.group("doc").strip().lower()
    person = source.kind in (SourceKind.PERSON,)
    if source.entity_id and analysis is not None:
        for entity in analysis.entities:
            if entity.id == source.entity_id:
                person = entity.type == EntityType.PERSON
                break
    if doc:
        verb = "wrote" if any(doc.startswith(w) or doc.endswith(w) for w in _WRITTEN) else "said"
        return name, f"{verb} in {_indefinite(doc)}", person
    if source.kind == SourceKind.OUTLET:
        return name, "reported", False
    return name, "said", person


def _source(analysis: CorpusAnalysis, source_id: str | None) -> Source | None:
    if not source_id:
        return None
    for source in analysis.sources:
        if source.id == source_id:
            return source
    return None


def _sentence(analysis: CorpusAnalysis, span: Span) -> Span:
    article = analysis.articles.get(span.article_id)
    for sentence in article.sentences if article else ():
        if sentence.start <= span.start and span.end <= sentence.end:
            return sentence
    return span


def _phrase_for(analysis: CorpusAnalysis, source: Source, quote: Quote, text: str) -> str | None:
    """The article's words that attribute `quote` to `source` (the citation around or nearest it)."""
    citations = [c for c in source.citations if c.article_id == quote.span.article_id]
    if not citations:
        return None
    sentence = _sentence(analysis, quote.span)

    def rank(c: object) -> tuple[int, int]:
        phrase = c.phrase  # type: ignore[attr-defined]
        content = c.content  # type: ignore[attr-defined]
        if content is not None and content.start <= quote.span.start and quote.span.end <= content.end + 2:
            return (0, 0)
        if sentence.start <= phrase.start and phrase.end <= sentence.end:
            return (1, abs(phrase.start - quote.span.start))
        before = quote.span.start - phrase.end
        return (2, before if before >= 0 else 10**9 - before)

    best = min(citations, key=rank)
    return " ".join(text[best.phrase.start : best.phrase.end].split()) or None


def quote_voice(analysis: CorpusAnalysis, quote: Quote, text: str) -> Voice:
    """The voice of a speech quote: its speaker as the extractor found it, or not named."""
    source = _source(analysis, quote.source_id)
    if source is not None and source.kind != SourceKind.NARRATOR:
        name, how, person = speaker_of(source, analysis)
        if len(quote.source_ids) > 1 and quote.speaker:
            # several speaking as one ("the two companies said", a joint statement): all of them,
            # as the quote names them, never the first alone
            name, person = quote.speaker, False
        return Voice(name, how, _phrase_for(analysis, source, quote, text), quoted=True, person=person)
    if quote.speaker:
        return Voice(quote.speaker, "said", None, quoted=True)
    return Voice(quoted=True)


def _speech_quotes(analysis: CorpusAnalysis, span: Span) -> list[Quote]:
    article = analysis.articles.get(span.article_id)
    if article is None:
        return []
    return [q for q in article.quotes if q.kind != "scare" and q.span.overlaps(span)]


def voice_for_span(analysis: CorpusAnalysis, article: Article, span: Span) -> Voice:
    """Whose words the characters of `span` are (see the module docstring)."""
    quotes = _speech_quotes(analysis, span)
    for quote in quotes:
        if quote.span.start <= span.start and span.end <= quote.span.end + 1:
            return quote_voice(analysis, quote, article.text)
    quoting: list[str] = []
    for quote in quotes:
        voice = quote_voice(analysis, quote, article.text)
        phrase_inside = voice.phrase is not None and voice.phrase in " ".join(article.slice(span).split())
        if not phrase_inside:
            who = voice.speaker or "an unnamed speaker"
            if who not in quoting:
                quoting.append(who)
    return Voice(quoting=tuple(quoting))


def _claim_source(analysis: CorpusAnalysis, article_id: str, item_id: str | None, kind: str) -> str | None:
    if kind != "claim" or not item_id:
        return None
    article = analysis.articles.get(article_id)
    for claim in article.claims if article else ():
        if claim.id == item_id:
            return claim.source_id
    return None


def _find_quote(analysis: CorpusAnalysis, article_id: str, item_id: str | None, span: Span) -> Quote | None:
    article = analysis.articles.get(article_id)
    for quote in article.quotes if article else ():
        if (item_id and quote.id == item_id) or (not item_id and quote.span == span):
            return quote
    return None


def passage_for(
    analysis: CorpusAnalysis | None,
    article: Article,
    span: Span | None,
    kind: str = "span",
    item_id: str | None = None,
    label: str = "",
) -> Passage:
    """The passage to copy for an item: its words and whose they are.

    `span` None (or kind "article") gives the article's reference alone. A scare quote gives the
    sentence that holds it, in the article's voice.
    """
    proper = proper_nouns(analysis, article.id)
    if span is None or kind == "article":
        return Passage("", article.meta, OWN, None, "article", article.id, label or "reference", proper)
    voice = OWN
    quote = None
    if analysis is not None:
        quote = _find_quote(analysis, article.id, item_id, span) if kind == "quote" else None
        if quote is not None and quote.kind == "scare":
            sentence = _sentence(analysis, quote.span)
            words = article.slice(sentence).strip()
            return Passage(
                words,
                article.meta,
                voice_for_span(analysis, article, sentence),
                sentence,
                "span",
                None,
                f"sentence (“{quote.text}” is a term in quotation marks, not a quotation)",
                proper,
            )
        voice = (
            quote_voice(analysis, quote, article.text)
            if quote is not None
            else voice_for_span(analysis, article, span)
        )
        source_id = item_id if kind == "source" else _claim_source(analysis, article.id, item_id, kind)
        source = _source(analysis, source_id)
        if source is not None and voice.own and source.kind != SourceKind.NARRATOR:
            voice = replace(voice, attributed_to=speaker_of(source, analysis)[0])
    words = article.slice(span).strip()
    if quote is not None and quote.cut_off and not words.endswith(("…", "...")):
        # the page (or the excerpt) cut the quotation before its end: the copy says so, never
        # presenting the last words kept as where the speaker stopped
        words += " …"
    if not label:
        label = kind
    if voice.quoted:
        label = f"{label} of {voice.speaker}" if voice.speaker else f"{label} (speaker not named)"
    return Passage(words, article.meta, voice, span, kind, item_id, label, proper)


@dataclass(frozen=True, slots=True)
class Holder:
    """What holds a few words an article states, for `c` to copy: a quotation, a claim or a sentence."""

    kind: str  # "quote" | "claim" | "span"
    item_id: str | None  # the quote's or the claim's id; None for a sentence
    span: Span  # the words to copy


def holder_of(analysis: CorpusAnalysis, span: Span) -> Holder:
    """The words `c` copies for `span` (a fact on the Timeline: "$2.1 billion", "agreed"), found in
    the extraction's output: the speech quotation that holds it (its speaker's words); else the claim
    whose sentence holds it (the article's words, with what the claim is attributed to); else its
    sentence (the article's own words). A scare quote is no quotation: its sentence is taken."""
    article = analysis.articles.get(span.article_id)
    if article is not None:
        for quote in article.quotes:
            if quote.kind != "scare" and quote.span.start <= span.start and span.end <= quote.span.end:
                return Holder("quote", quote.id, quote.span)
        for claim in article.claims:
            if claim.span.start <= span.start and span.end <= claim.span.end:
                return Holder("claim", claim.id, claim.span)
    return Holder("span", None, _sentence(analysis, span))
