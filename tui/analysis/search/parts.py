"""The words the search index files a text under (issue 15).

Building the index folds every field of every item and splits it into its tokens (words and
figure keys): at 5,000 articles about 300,000 texts, most of the build's time. Those tokens are a
pure function of the text (`text_words`). Most claims and quotes are sentences of the full text
too: the builds (index.SearchIndex, stream.Writer) learn the words of the claims and quotes they
file, which come first, and find them again for the sentences.

(Each article's words were kept in the analysis cache until stop 33: a first build paid for
storing them, about a tenth of the index child's CPU, and only a rebuild after a change read
them back; an update of the stored index (update.py) now folds only the articles it makes.)
"""

from __future__ import annotations

import re

from tui.analysis.search.fold import figures, fold, word_set

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


__all__ = ["Words", "text_words"]
