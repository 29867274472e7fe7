"""The search index and its ranking.

Built once per corpus (`SearchIndex(items)` or `build_index(corpus, analysis)`), queried on every
keystroke (`index.search("zuckerbrg")`).

How a query runs, and why it is fast at 100k items:
1. Items are stored grouped by kind and, inside a kind, in "static rank" order (more mentions
   first, then reading order), so the item number itself orders equally good matches.
2. Every word of every field (folded: lowercase, no accents) and every normalized figure goes
   into an inverted index: word -> sorted array of item numbers.
3. Each query word is matched against the vocabulary, not against the items: exactly (a dict
   look-up), as a prefix (bisect in the sorted vocabulary: "zuck" -> "zuckerberg") and, for words
   of 4+ letters, with typos (rapidfuzz OSA distance <= 1 or 2 over the vocabulary words of a
   similar length: "zuckerbrg" -> "zuckerberg"). A word's result is cached, so while a user
   types only the last word is matched again.
4. The item sets of the query words are intersected (word order does not matter); filters
   narrow them. The sets are bitsets (tui/analysis/search/bits.py): a union, an intersection or a
   count over 266,000 items is one integer operation, and the bitsets of frequent words and of
   one- and two-letter prefixes are built with the index, so a one-letter query costs no more than
   a long one. The best few per kind (exact words first, then prefixes, then typos, each in
   static rank order) are scored precisely: a field equal to the query, starting with it or
   containing it as a phrase ranks above all-words matches, which rank above typo matches.
   Scoring finds the matched character positions for highlighting.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from tui.analysis.search import bits
from tui.analysis.search.fold import figures, fold, words
from tui.analysis.search.items import KINDS, TOLD_KINDS, SearchItem
from tui.analysis.search.parts import Words, text_words
from tui.analysis.search.query import Query, parse_query
from tui.corpus.model import Corpus, Span

if TYPE_CHECKING:
    from tui.analysis.stored import ReadableAnalysis

#: Field roles that are names: a query equal to or starting one of them ranks first.
NAME_ROLES = frozenset({"name", "alias", "title", "outlet", "author", "speaker"})
#: Names rank above aliases above text; a speaker is shown under its quote, so the words win ties.
ROLE_BONUS = {
    "name": 40.0,
    "title": 30.0,
    "alias": 25.0,
    "role": 15.0,
    "outlet": 10.0,
    "author": 10.0,
    "speaker": -5.0,
}

EXACT, PREFIX, FUZZY = 1.0, 0.75, 0.45

#: A word in at least 1/DENSE_SHARE of the items keeps its bitset (at most MAX_DENSE words, the most
#: frequent): building it from the postings would cost milliseconds on every query that uses it.
DENSE_SHARE = 64
MAX_DENSE = 512
#: Prefixes up to this length keep their bitset when their words are in DENSE_SHARE of the items
#: (a one-letter query unites the postings of thousands of words).
PREFIX_CHARS = 2

#: Match classes, best first, as results report them.
MATCH_CLASSES = ("exact", "prefix", "phrase", "words", "fuzzy", "partial", "filter")


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: an item, how well and where it matched."""

    item: SearchItem
    score: float
    #: "exact" (a field is the query), "prefix", "phrase", "words" (every word, any order),
    #: "fuzzy" (some word with a typo), "partial" (all words but one), "filter" (filters only).
    match: str
    #: The field shown (index into item.fields) and the matched character positions in its text.
    field: int
    positions: tuple[int, ...]

    @property
    def kind(self) -> str:
        return self.item.kind

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def span(self) -> Span | None:
        return self.item.span

    @property
    def text(self) -> str:
        return self.item.fields[self.field].text

    @property
    def role(self) -> str:
        return self.item.fields[self.field].role


@dataclass(slots=True)
class Group:
    kind: str
    #: How many items of this kind match (more than `hits` holds when limited).
    count: int
    hits: list[Hit] = field(default_factory=list)


@dataclass(slots=True)
class SearchResults:
    query: Query
    groups: list[Group] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(g.count for g in self.groups)

    def hits(self) -> list[Hit]:
        return [h for g in self.groups for h in g.hits]

    def group(self, kind: str) -> Group | None:
        for g in self.groups:
            if g.kind == kind:
                return g
        return None


@dataclass(slots=True)
class _Term:
    """One query term matched against the vocabulary."""

    token: str
    kind: str  # "word" | "figure" | "phrase"
    #: vocabulary word -> quality (1 exact, ~0.8 prefix, ~0.5 typo)
    quality: dict[str, float]
    #: Bitsets of items (bits.py): the word itself, a word it starts, any match (typos too).
    exact: int
    prefix: int
    every: int
    #: For `a | "b c"`: the phrases among the members (the words are in `quality`).
    phrases: tuple[str, ...] = ()


def _intersect(sets: list[int]) -> int:
    """The items in every bitset (none when there is no set)."""
    if not sets:
        return 0
    out = sets[0]
    for s in sets[1:]:
        out &= s
    return out


class SearchIndex:
    """Items of one corpus, indexed for fuzzy search."""

    def __init__(
        self,
        items: Iterable[SearchItem],
        article_labels: dict[str, str] | None = None,
        cache_size: int = 256,
    ) -> None:
        """Each field's folded form and tokens are found here (parts.text_words); the claims' and
        quotes' texts are learnt as they come, so the full text's same sentences are not folded again."""
        self.items: list[SearchItem] = sorted(items, key=sort_key({k: n for n, k in enumerate(KINDS)}))
        self.kind_ranges: dict[str, tuple[int, int]] = {}
        self.folded: list[tuple[str, ...]] = []
        # a list per token, made on its first use (about 1.2 million appends at 1,000 articles)
        postings: defaultdict[str, list[int]] = defaultdict(list)
        # the claims' and quotes' texts are learnt: most are sentences the full text has again
        learnt: dict[str, Words] = {}
        names: list[tuple[str, int]] = []
        for n, item in enumerate(self.items):
            lo, _ = self.kind_ranges.get(item.kind, (n, n))
            self.kind_ranges[item.kind] = (lo, n + 1)
            learn = learnt if item.kind in TOLD_KINDS else None
            folded_fields, tokens = item_words(item, n, learnt, names, learn)
            self.folded.append(tuple(folded_fields))
            for token in tokens:
                postings[token].append(n)
        self.postings: dict[str, array[int]] = {w: array("i", ids) for w, ids in postings.items()}
        self.vocab: list[str] = sorted(w for w in postings if w[0] not in "#%")
        by_len: dict[int, list[str]] = {}
        for w in self.vocab:
            if w.isalpha():
                by_len.setdefault(len(w), []).append(w)
        self.by_len = by_len
        names.sort()
        self.names = names
        self.name_keys = [k for k, _ in names]
        self.article_labels = {a: fold(label) for a, label in (article_labels or {}).items()}
        self.source_labels = {
            it.id: self.folded[n][0] for n, it in enumerate(self.items) if it.kind == "source"
        }
        self._cache: OrderedDict[tuple[str, str], _Term] = OrderedDict()
        self._cache_size = cache_size
        # The app searches from worker threads; a superseded search may still be running.
        self._lock = threading.Lock()
        self._token_cache: dict[tuple[int, int], list[tuple[str, int, int]]] = {}
        self._dense, self._prefix_bits = self._frequent_bits()

    def _frequent_bits(self) -> tuple[dict[str, int], dict[str, int]]:
        """The bitsets kept with the index: frequent words and short prefixes (DENSE_SHARE)."""
        return frequent_bits(self.postings, self.vocab, len(self))

    def __len__(self) -> int:
        return len(self.items)

    # -- matching query terms against the vocabulary ------------------------------------------

    def _cached(self, key: tuple[str, str]) -> _Term | None:
        term = self._cache.get(key)
        if term is not None:
            self._cache.move_to_end(key)
        return term

    def _remember(self, key: tuple[str, str], term: _Term) -> _Term:
        self._cache[key] = term
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return term

    # -- what a stored index reads lazily (tui/analysis/search/store.py overrides these) --------

    def _with_prefix(self, token: str) -> list[str]:
        """Vocabulary words starting with `token` (figure keys excluded)."""
        vocab = self.vocab
        i = bisect_left(vocab, token)
        j = bisect_left(vocab, token + "\U0010ffff", i)
        return vocab[i:j]

    def _words_of_length(self, length: int) -> list[str] | None:
        """The alphabetic vocabulary words of this length (typo candidates)."""
        return self.by_len.get(length)

    def _prefetch(self, ns: Iterable[int]) -> None:
        """Items about to be read (a stored index fetches them in one go)."""

    def _prefetch_folded(self, ns: Iterable[int]) -> None:
        """Folded texts about to be read (a stored index fetches them in one go)."""

    def _dense_bits(self, word: str) -> int | None:
        """The kept bitset of a frequent word (None for the others)."""
        return self._dense.get(word)

    def _kept_prefix_bits(self, prefix: str) -> int | None:
        """The kept bitset of a short prefix (None when not kept)."""
        return self._prefix_bits.get(prefix)

    def _word_bits(self, word: str) -> int:
        kept = self._dense_bits(word)
        if kept is not None:
            return kept
        ids = self.postings.get(word)
        return bits.from_ids(ids) if ids is not None else 0

    def _union_words(self, found: Iterable[str], dense: dict[str, int] | None = None) -> int:
        """The items of any of these words: kept bitsets united, the other postings in one pass."""
        out = 0
        sparse = []
        for w in found:
            kept = dense.get(w) if dense is not None else self._dense_bits(w)
            if kept is not None:
                out |= kept
            else:
                sparse.append(self.postings[w])
        if sparse:
            out |= bits.union(sparse)
        return out

    def _prefix_union(self, token: str, found: list[str]) -> int:
        kept = self._kept_prefix_bits(token)
        return kept if kept is not None else self._union_words(found)

    def _word_term(self, token: str, prefix: bool = True, typos: bool = True) -> _Term:
        key = ("w" if prefix and typos else "e" if not prefix else "p", token)
        cached = self._cached(key)
        if cached is not None:
            return cached
        quality: dict[str, float] = {}
        if token in self.postings:
            quality[token] = EXACT
        if prefix:
            for w in self._with_prefix(token):
                if w != token:
                    quality[w] = PREFIX + 0.2 * len(token) / len(w)
        close: list[str] = []
        if typos and token.isalpha() and len(token) >= 4:
            k = 1 if len(token) <= 7 else 2  # like Lucene's AUTO fuzziness, one notch stricter
            for length in range(len(token) - k, len(token) + k + 1):
                bucket = self._words_of_length(length)
                if not bucket:
                    continue
                for w, dist, _ in process.extract(
                    token, bucket, scorer=OSA.distance, score_cutoff=k, limit=None
                ):
                    if w not in quality:
                        quality[w] = FUZZY + 0.25 * (1 - dist / len(token))
                        close.append(w)
        exact = self._word_bits(token) if token in self.postings else 0
        pref = self._prefix_union(token, [w for w, q in quality.items() if q >= PREFIX]) if prefix else exact
        every = pref | self._union_words(close) if close else pref
        if typos and not exact and token.isalpha() and len(token) >= 6:
            every = every | self._split_compound(token, quality)
        return self._remember(key, _Term(token, "word", quality, exact, pref, every))

    def _split_compound(self, token: str, quality: dict[str, float]) -> int:
        """Items with both halves of a run-together word: "sweatshop" -> "sweat" and "shop"."""
        out = 0
        for cut in range(3, len(token) - 2):
            head, tail = token[:cut], token[cut:]
            if head in self.postings and tail in self.postings:
                both = self._word_bits(head) & self._word_bits(tail)
                if both:
                    out |= both
                    quality.setdefault(head, FUZZY + 0.2)
                    quality.setdefault(tail, FUZZY + 0.2)
        return out

    def _any_term(self, members: list[str]) -> _Term:
        """`a | b`: items matching any member (a word, or a phrase when it has several words)."""
        parts = [self._phrase_term(m) if " " in m else self._word_term(m) for m in members]
        quality: dict[str, float] = {}
        exact = prefix = every = 0
        phrases = tuple(p.token for p in parts if p.kind == "phrase")
        for part in parts:
            for word, q in part.quality.items():
                quality[word] = max(q, quality.get(word, 0.0))
            exact |= part.exact
            prefix |= part.prefix
            every |= part.every
        return _Term(" | ".join(members), "any", quality, exact, prefix, every, phrases)

    def _figure_term(self, figure_key: str) -> _Term:
        ids = self._word_bits(figure_key)
        return _Term(figure_key, "figure", {figure_key: EXACT}, ids, ids, ids)

    def _phrase_term(self, phrase: str) -> _Term:
        tokens = [w for w, _, _ in words(phrase)]
        sets = []
        for n, token in enumerate(tokens):
            last = n == len(tokens) - 1
            sets.append(self._word_term(token, prefix=last or n == 0, typos=False).prefix)
        ids = _intersect(sets) if sets else bits.span(0, len(self))
        # the phrase itself is checked on the candidates' text (few: every word must be there)
        candidates = bits.members(ids)
        self._prefetch_folded(candidates)
        folded = self.folded
        ids = bits.from_ids([n for n in candidates if any(phrase in f for f in folded[n])])
        return _Term(phrase, "phrase", {}, ids, ids, ids)

    # -- filters -------------------------------------------------------------------------------

    def _resolve_sources(self, values: list[str], problems: list[str]) -> tuple[set[str], set[str]]:
        articles: set[str] = set()
        sources: set[str] = set()
        for value in values:
            hits = {a for a, label in self.article_labels.items() if value in label}
            if not hits:
                squashed = value.replace(" ", "")
                hits = {a for a, label in self.article_labels.items() if squashed in label.replace(" ", "")}
            cited = set()
            if not hits:
                cited = {s for s, label in self.source_labels.items() if value in label}
            if not hits and not cited:
                problems.append(f"no article or cited source matches source:{value}")
            articles |= hits
            sources |= cited
        return articles, sources

    # -- searching ----------------------------------------------------------------------------

    def search(
        self,
        query: str | Query,
        limit: int = 20,
        kinds: Iterable[str] | None = None,
    ) -> SearchResults:
        """The best `limit` matches per kind, grouped by kind in KINDS order, best first."""
        with self._lock:
            return self._search(query, limit, kinds)

    def _search(self, query: str | Query, limit: int, kinds: Iterable[str] | None) -> SearchResults:
        q = parse_query(query) if isinstance(query, str) else query
        results = SearchResults(q, problems=list(q.problems))
        allowed = set(KINDS) if q.kinds is None else set(q.kinds)
        if kinds is not None:
            allowed &= set(kinds)
        if q.types is not None:
            allowed &= {"entity", "source"}
        if q.empty or limit <= 0:
            return results
        articles = cited = None
        if q.sources:
            articles, cited = self._resolve_sources(q.sources, results.problems)

        terms = [self._word_term(w) for w in q.words]
        terms += [self._figure_term(f) for f in q.figures]
        terms += [self._phrase_term(p) for p in q.phrases]
        terms += [self._any_term(group) for group in q.any_of]
        excluded = 0
        for word in q.excluded:  # `!word`: items with a word starting so are left out
            excluded |= self._word_term(word, typos=False).prefix
        partial = False
        if terms:
            every = _intersect([t.every for t in terms])
            if not every and len(terms) >= 2:
                every = self._all_but_one(terms)
                partial = bool(every)
            exact = _intersect([t.exact for t in terms]) if not partial else 0
            prefix = _intersect([t.prefix for t in terms]) if not partial else 0
            if excluded:
                every, exact, prefix = every & ~excluded, exact & ~excluded, prefix & ~excluded
        else:
            exact = prefix = 0
            every = bits.span(0, len(self)) & ~excluded

        def passes(n: int) -> bool:
            item = self.items[n]
            if q.types is not None and item.type not in q.types:
                return False
            return (
                articles is None
                or cited is None
                or bool(item.article_ids & articles or item.source_ids & cited)
            )

        filtered = q.types is not None or articles is not None
        name_hits = self._name_prefix_hits(q.text) if q.text else []
        for kind in KINDS:
            if kind not in allowed or kind not in self.kind_ranges:
                continue
            lo, hi = self.kind_ranges[kind]
            span = every & bits.span(lo, hi)
            if filtered:
                members = bits.members(span)
                self._prefetch(members)
                kept = [n for n in members if passes(n)]
                span, count = bits.from_ids(kept), len(kept)
            else:
                count = span.bit_count()
            if not count:
                continue
            pool = self._pool(span, count, exact, prefix, limit)
            if len(q.words) + len(q.figures) >= 2 and count > len(pool):
                pool.update(self._phrase_hits(span & prefix, q.text, limit + 8))
            pool.update(n for n in name_hits if lo <= n < hi and bits.has(span, n))
            self._prefetch(pool)
            scored = sorted(
                ((self._score(n, q, terms, partial), n) for n in pool), key=lambda p: (-p[0].score, p[1])
            )
            hits = [self._positions(hit, n, q, terms) for hit, n in scored[:limit]]
            results.groups.append(Group(kind, count, hits))
        return results

    def _all_but_one(self, terms: list[_Term]) -> int:
        """Items matching every term but one word (a word with no match should not empty the
        list); figures and quoted phrases are never skipped."""
        out = 0
        for skip, term in enumerate(terms):
            if term.kind != "word":
                continue
            rest = [t.every for n, t in enumerate(terms) if n != skip]
            out |= _intersect(rest)
        return out

    @staticmethod
    def _pool(span: int, count: int, exact: int, prefix: int, limit: int) -> set[int]:
        """The items worth scoring: the first `limit` of each tier (the query's words exactly,
        as prefixes, with typos), in static rank order, from the bitset of one kind's matches."""
        want = limit + 8
        if count <= want * 2:
            return set(bits.iter_members(span))
        chosen = set(bits.members(span & exact, want))
        if len(chosen) >= want:
            return chosen
        chosen.update(bits.members(span & prefix & ~exact, want))
        if len(chosen) < want:
            chosen.update(bits.members(span & ~(prefix | exact), want))
        return chosen

    def _words_of(self, n: int, fi: int, text: str) -> list[tuple[str, int, int]]:
        """The words of a field with their offsets, kept for the items scored lately (typing a
        query scores the same few items again and again)."""
        key = (n, fi)
        toks = self._token_cache.get(key)
        if toks is None:
            if len(self._token_cache) > 100_000:
                self._token_cache.clear()
            toks = self._token_cache[key] = list(words(text))
        return toks

    def _phrase_hits(self, among: int, text: str, want: int, scan: int = 20_000) -> list[int]:
        """The first items (static rank order) holding the query as typed, words side by side:
        they outrank items with the same words apart, so they must not be left out of the pool.
        `among`: the bitset of the kind's items with every word; at most `scan` of them are read."""
        folded = self.folded
        out: list[int] = []
        read = 0
        for candidates in bits.chunks(among, want * 4):
            candidates = candidates[: scan - read]
            read += len(candidates)
            self._prefetch_folded(candidates)
            for n in candidates:
                fields = folded[n]
                if text in fields[0] if len(fields) == 1 else any(text in f for f in fields):
                    out.append(n)
                    if len(out) >= want:
                        return out
            if read >= scan:
                break
        return out

    def _name_prefix_hits(self, text: str, cap: int = 48) -> list[int]:
        keys = self.name_keys
        i = bisect_left(keys, text)
        j = min(bisect_right(keys, text + "\uffff", i), i + cap)
        return [self.names[k][1] for k in range(i, j)]

    def _field(
        self, n: int, fi: int, q: Query, terms: list[_Term], positions: set[int] | None
    ) -> tuple[float, list[float]]:
        """How field `fi` of item `n` matches: its class (1000 the query, 900 starts with it, 800
        holds it at a word start) and each term's quality; the matched characters go to
        `positions` when it is given (only the shown field of the shown hits needs them)."""
        item = self.items[n]
        text = self.folded[n][fi]
        qt = q.text
        cls = 0.0
        if qt:
            if text == qt:
                cls = 1000.0
            elif text.startswith(qt):
                cls = 900.0
            else:
                at = _find_at_word(text, qt)
                if at >= 0:
                    cls = 800.0
                    if positions is not None:
                        positions.update(range(at, at + len(qt)))
            if cls >= 900.0 and positions is not None:
                positions.update(range(0, len(qt)))
        field_q = [0.0] * len(terms)
        toks = None
        for ti, term in enumerate(terms):
            if term.kind == "phrase":
                at = text.find(term.token)
                if at >= 0:
                    field_q[ti] = EXACT
                    if positions is not None:
                        positions.update(range(at, at + len(term.token)))
                continue
            if term.kind == "figure":
                if term.token in item.figure_keys and fi == 0:
                    field_q[ti] = EXACT
                for key, s, e in figures(text):
                    if key == term.token:
                        field_q[ti] = EXACT
                        if positions is not None:
                            positions.update(range(s, e))
                continue
            for phrase in term.phrases:  # `a | "b c"`
                at = text.find(phrase)
                if at >= 0:
                    field_q[ti] = EXACT
                    if positions is not None:
                        positions.update(range(at, at + len(phrase)))
            if toks is None:
                toks = self._words_of(n, fi, text)
            quality = term.quality
            best = field_q[ti]
            for tok, s, e in toks:
                qv = quality.get(tok)
                if qv is None:
                    continue
                if qv > best:
                    best = qv
                if positions is not None:
                    positions.update(_highlight(tok if term.kind == "any" else term.token, tok, qv, s, e))
            field_q[ti] = best
        return cls, field_q

    def _positions(self, hit: Hit, n: int, q: Query, terms: list[_Term]) -> Hit:
        """The hit with the matched characters of its shown field."""
        if not terms and not q.text:
            return hit
        positions: set[int] = set()
        self._field(n, hit.field, q, terms, positions)
        return replace(hit, positions=tuple(sorted(positions)))

    def _score(self, n: int, q: Query, terms: list[_Term], partial: bool) -> Hit:
        """The hit's score, class and shown field (the field matching best); no positions yet."""
        item = self.items[n]
        qt = q.text
        best_q = [0.0] * len(terms)
        best_field: tuple[float, int, float] = (-1.0, 0, 0.0)  # (class score, terms matched, role bonus)
        best_index = 0
        best_class = 0.0
        folded = self.folded[n]
        for fi in range(len(folded)):
            cls, field_q = self._field(n, fi, q, terms, None)
            matched = 0
            for ti, qv in enumerate(field_q):
                if qv > 0:
                    matched += 1
                    if qv > best_q[ti]:
                        best_q[ti] = qv
            role = item.fields[fi].role
            rank = (cls, matched, ROLE_BONUS.get(role, 0.0))
            if rank > best_field:
                best_field, best_index, best_class = rank, fi, cls
        if not terms and not qt:
            return Hit(item, item.weight, "filter", 0, ())
        avg = sum(best_q) / len(best_q) if best_q else 1.0
        if partial:
            score, match = 100.0 + 100.0 * avg, "partial"
        elif best_class:
            score = best_class + 50.0 * avg
            match = {1000.0: "exact", 900.0: "prefix"}.get(best_class, "phrase")
        elif all(qv >= PREFIX for qv in best_q):
            score, match = 600.0 + 100.0 * avg, "words"
        else:
            score, match = 300.0 + 200.0 * avg, "fuzzy"
        role = item.fields[best_index].role
        score += ROLE_BONUS.get(role, 0.0)
        score -= min(len(folded[best_index]), 300) / 30.0
        score += min(item.weight, 50.0) / 5.0
        return Hit(item, round(score, 3), match, best_index, ())


def _find_at_word(text: str, needle: str) -> int:
    """Where `needle` starts a word of `text`, or -1 (one regex search: a loop over every
    occurrence of a one-letter query in a long sentence cost milliseconds per item)."""
    if text.startswith(needle):
        return 0
    if needle not in text:
        return -1
    found = _word_start(needle).search(text)
    return found.start() if found else -1


@lru_cache(maxsize=256)
def _word_start(needle: str) -> re.Pattern[str]:
    return re.compile(r"(?<![^\W_])" + re.escape(needle))


def _highlight(token: str, word: str, quality: float, start: int, end: int) -> range | list[int]:
    """Positions to highlight for query `token` matched to text word `word` at start:end."""
    if quality >= EXACT:
        return range(start, end)
    if quality >= PREFIX:
        return range(start, min(end, start + len(token)))
    out: list[int] = []
    for op in Levenshtein.opcodes(token, word):
        if op.tag == "equal":
            out.extend(range(start + op.dest_start, min(end, start + op.dest_end)))
    return out


SortKey = Callable[[SearchItem], tuple[int, float, int, int, str]]


def sort_key(order: dict[str, int]) -> SortKey:
    """The index's order of items: kind (by `order`), weight, place, title."""
    return lambda it: (order.get(it.kind, len(KINDS)), -it.weight, it.order, len(it.title), it.title)


def item_words(
    item: SearchItem,
    n: int,
    known: Mapping[str, Words],
    names: list[tuple[str, int]],
    learn: dict[str, Words] | None = None,
) -> tuple[list[str], Collection[str]]:
    """Item `n`'s folded fields and its tokens, each once (its figure keys and its fields' words,
    `known` where found there, else found and added to `learn`); its name fields are added to
    `names`. The index built in memory and the one stored item by item (stream.py) read an item alike."""
    fields = item.fields
    if len(fields) == 1 and not item.figure_keys:
        # One field and no figure key (every sentence of the full text, most claims): the field's
        # tokens are distinct already (`text_words`), so no set is made of them.
        only = fields[0]
        found = known.get(only.text)
        if found is None:
            found = text_words(only.text)
            if learn is not None:
                learn[only.text] = found
        if only.role in NAME_ROLES:
            names.append((" ".join(found[0].split()), n))
        return [found[0]], found[1]
    tokens: set[str] = set(item.figure_keys)
    folded: list[str] = []
    for role_field in fields:
        found = known.get(role_field.text)
        if found is None:
            found = text_words(role_field.text)
            if learn is not None:
                learn[role_field.text] = found
        text, field_tokens = found
        folded.append(text)
        tokens.update(field_tokens)
        if role_field.role in NAME_ROLES:
            names.append((" ".join(text.split()), n))
    return folded, tokens


def frequent_bits(
    postings: Mapping[str, array[int]], vocab: list[str], size: int
) -> tuple[dict[str, int], dict[str, int]]:
    """The bitsets kept with an index of `size` items: its frequent words and short prefixes
    (DENSE_SHARE); `vocab`: the sorted words of `postings` (figure keys left out)."""
    threshold = max(64, size // DENSE_SHARE)
    frequent = sorted(
        (w for w, ids in postings.items() if len(ids) >= threshold), key=lambda w: -len(postings[w])
    )
    dense = {w: bits.from_ids(postings[w]) for w in frequent[:MAX_DENSE]}
    groups: dict[str, list[str]] = {}
    for w in vocab:
        for k in range(1, min(PREFIX_CHARS, len(w)) + 1):
            groups.setdefault(w[:k], []).append(w)
    prefixes = {}
    for p, found in groups.items():
        if sum(len(postings[w]) for w in found) >= threshold:
            out = 0
            sparse = []
            for w in found:
                kept = dense.get(w)
                if kept is not None:
                    out |= kept
                else:
                    sparse.append(postings[w])
            if sparse:
                out |= bits.union(sparse)
            prefixes[p] = out
    return dense, prefixes


def build_index(corpus: Corpus, analysis: ReadableAnalysis) -> SearchIndex:
    """The index of a corpus and its analysis."""
    from tui.analysis.search.items import article_labels, items_from

    return SearchIndex(items_from(corpus, analysis), article_labels(corpus))
