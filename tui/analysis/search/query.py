"""Reading a search query: free words, figures, "exact phrases" and filters.

    zuckerbrg                 words: typos, word order and partial words are forgiven
    14.3 billion   $14B  49%  figures: matched on their normalized value
    "interim CEO"             an exact phrase (case and accents ignored)
    kind:entity  kind:quote,claim     only these kinds (source, entity, claim, quote, article)
    type:person  type:org     entity type or source kind
    source:winbuzzer          only items from articles whose id, outlet, title or author says so
                              (or, when no article does, items citing a source of that name)

Filter values may be typed half-way (`kind:ent`) or quoted (`source:"new york"`). A filter key the
search does not know (`http:`) is just text. A value that names nothing is reported in `problems`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tui.analysis.search.fold import fold, query_figures, words
from tui.analysis.search.items import KINDS

#: Words searched per query (a pasted paragraph is not a query).
MAX_WORDS = 24

FILTER_KEYS = {
    "kind": "kind",
    "k": "kind",
    "is": "kind",
    "type": "type",
    "t": "type",
    "source": "source",
    "src": "source",
    "in": "source",
    "s": "source",
}

_KIND_NAMES = {
    "source": "source",
    "sources": "source",
    "entity": "entity",
    "entities": "entity",
    "name": "entity",
    "names": "entity",
    "claim": "claim",
    "claims": "claim",
    "quote": "quote",
    "quotes": "quote",
    "article": "article",
    "articles": "article",
}

#: Entity types (tui.analysis.model.EntityType) and source kinds (SourceKind), with common synonyms.
TYPE_NAMES = {
    "person": "person",
    "people": "person",
    "organization": "organization",
    "organisation": "organization",
    "org": "organization",
    "company": "organization",
    "outlet": "outlet",
    "media": "outlet",
    "product": "product",
    "place": "place",
    "location": "place",
    "program": "program",
    "programme": "program",
    "other": "other",
    "unnamed": "unnamed",
    "anonymous": "unnamed",
    "group": "group",
    "document": "document",
    "narrator": "narrator",
}

_PART = re.compile(
    r'(?P<key>[a-z]+):(?:"(?P<qval>[^"]*)"?|(?P<val>[^\s"]*))'
    r'|"(?P<phrase>[^"]*)"?'
    r'|(?P<text>[^\s"]+)'
)


@dataclass(slots=True)
class Query:
    raw: str
    #: The free text, folded, spaces collapsed ("" when the query is only filters).
    text: str = ""
    #: Free words, normalized like the index's words (figures taken out).
    words: list[str] = field(default_factory=list)
    #: Figure keys ("#1.43e+10", "%49") from the free text.
    figures: list[str] = field(default_factory=list)
    #: Exact phrases, folded.
    phrases: list[str] = field(default_factory=list)
    kinds: set[str] | None = None
    types: set[str] | None = None
    #: `source:` values, folded.
    sources: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def has_terms(self) -> bool:
        return bool(self.words or self.figures or self.phrases)

    @property
    def has_filters(self) -> bool:
        return self.kinds is not None or self.types is not None or bool(self.sources)

    @property
    def empty(self) -> bool:
        return not self.has_terms and not self.has_filters


def _resolve(value: str, names: dict[str, str]) -> set[str]:
    if value in names:
        return {names[value]}
    return {target for name, target in names.items() if name.startswith(value)}


def parse_query(raw: str) -> Query:
    """Split a query into words, figures, phrases and filters (never raises)."""
    query = Query(raw)
    free: list[str] = []
    for m in _PART.finditer(fold(raw)):
        key = m.group("key")
        if key is not None and key in FILTER_KEYS:
            target = FILTER_KEYS[key]
            value = (m.group("qval") if m.group("qval") is not None else m.group("val") or "").strip()
            if not value:
                continue  # "kind:" while typing: nothing to filter on yet
            if target == "source":
                query.sources.append(" ".join(value.split()))
                continue
            table = _KIND_NAMES if target == "kind" else TYPE_NAMES
            found: set[str] = set()
            for part in filter(None, value.split(",")):
                resolved = _resolve(part, table)
                if not resolved:
                    known = ", ".join(KINDS if target == "kind" else sorted(set(TYPE_NAMES.values())))
                    query.problems.append(f"unknown {target} {part!r} (known: {known})")
                found |= resolved
            if target == "kind":
                query.kinds = found if query.kinds is None else query.kinds & found
            else:
                query.types = found if query.types is None else query.types & found
        elif m.group("phrase") is not None:
            phrase = " ".join(m.group("phrase").split())
            if phrase:
                query.phrases.append(phrase)
        else:
            free.append(m.group())
    text = " ".join(" ".join(free).split())
    query.text = text
    rest = text
    for key, start, end in query_figures(text):
        query.figures.append(key)
        rest = rest[:start] + " " * (end - start) + rest[end:]
    unique = list(dict.fromkeys(w for w, _, _ in words(rest)))  # a repeated word adds nothing
    if len(unique) > MAX_WORDS:
        query.problems.append(f"only the first {MAX_WORDS} words of a query are searched")
    query.words = unique[:MAX_WORDS]
    return query
