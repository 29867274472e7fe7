"""Each article's words for the search index, kept in the analysis cache (issue 15).

Building the index folds every field of every item and splits it into its tokens (words and
figure keys): at 5,000 articles about 300,000 texts, most of the build's time. Those tokens are a
pure function of the text (`text_words`), and all but a few of the texts (the claims, quotes and
sentences) belong to one article. So each article's texts and their words are stored in the
analysis cache beside the article's own result, under a key made of the article's key (its id,
text and metadata under one extractor version: `cache.article_key`) and INDEX_VERSION. A rebuild
after one article changed, or was added, folds and splits that article's texts only; every other
article's are read back.

Correctness never rests on the key: the build looks a field up by its text, and any text not
found (the merged names, a speaker, a title, or an article whose words are not stored) is folded
and split there and then. The cache is emptied with every new extractor version (cache.py), and
INDEX_VERSION is bumped whenever what `text_words` gives changes (tests/test_cache_versions.py
holds the index to a fingerprint).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from tui.analysis.search.fold import figures, fold, word_set

if TYPE_CHECKING:
    from tui.analysis.cache import AnalysisCache
    from tui.analysis.stored import ReadableAnalysis
    from tui.corpus.model import Article, Corpus

#: A text's folded form and its tokens (words, then figure keys).
Words = tuple[str, tuple[str, ...]]

_DIGITS = re.compile(r"\d")


def text_words(text: str) -> Words:
    """The folded text and the tokens the index files it under (its words and figure keys)."""
    folded = fold(text)
    tokens = word_set(folded)
    if _DIGITS.search(folded):
        tokens.update(key for key, _, _ in figures(folded))
    return folded, tuple(tokens)


def article_texts(article: Article, result: Any) -> list[str]:
    """The texts of an article's own items: its claims, its quotes and every sentence of its body
    (the fields items_from gives them, but for a quote's speaker, which the merge may rename)."""
    out = [claim.text for claim in result.claims]
    out += [quote.text for quote in result.quotes]
    text = article.text
    out += [text[span.start : span.end] for span in result.sentences]
    return out


def article_words(texts: Iterable[str]) -> dict[str, Words]:
    """Each distinct text with its words."""
    out: dict[str, Words] = {}
    for text in texts:
        if text not in out:
            out[text] = text_words(text)
    return out


#: Articles whose stored words are read from the cache at once (`corpus_words`).
READ_EVERY = 100


def part_key(article_key: str) -> str:
    """The cache key of an article's words: the article's key and the index's version."""
    from tui.analysis.search.store import INDEX_VERSION

    return f"search-words:{INDEX_VERSION}:{article_key}"


def corpus_words(
    corpus: Corpus,
    analysis: ReadableAnalysis,
    cache: AnalysisCache | None = None,
    articles: Container[str] | None = None,
) -> dict[str, Words]:
    """The words of every article's texts (or of `articles` only: an update of the stored index
    folds only the articles whose items it makes): read from the analysis cache where stored, found
    (and stored) for the others. Without a usable cache, every article's are found here."""
    from tui.analysis.cache import AnalysisCache, article_key

    own = cache is None
    if own:
        try:
            cache = AnalysisCache()
        except Exception:  # the cache is an optimisation: without it every article's words are found
            cache = None
        if cache is not None and not cache.available:
            cache = None
    try:
        wanted = [a for a in corpus.articles if articles is None or a.id in articles]
        keys = [part_key(article_key(a, cache.version)) if cache is not None else "" for a in wanted]
        out: dict[str, Words] = {}
        new: list[tuple[str, str, dict[str, Words]]] = []
        results = analysis.articles
        found: Mapping[str, Any] = {}
        for n, (article, key) in enumerate(zip(wanted, keys, strict=True)):
            if n % READ_EVERY == 0 and cache is not None:
                # read a few articles' words at a time: all of them unpickled at once, beside the
                # texts kept, were a third of the index child's peak memory
                found = cache.get_many(keys[n : n + READ_EVERY])
            part = found.get(key)
            if isinstance(part, dict):
                out.update(part)
                continue
            result = results.get(article.id)
            if result is None:
                continue
            part = article_words(article_texts(article, result))
            out.update(part)
            new.append((key, article.id, part))
        if new and cache is not None:
            cache.put_many(new)
        return out
    finally:
        if own and cache is not None:
            cache.close()


__all__ = ["Words", "article_texts", "article_words", "corpus_words", "part_key", "text_words"]
