"""The text the rules read (stop 38): the article's text with its lines written in capitals recased.

A wire brief writes its lines in capitals ("* HARROW TO ACQUIRE KETTLE FOR $2.4 BLN"); the rules would take
every word for a name. The one repair of the text lives in tui/corpus (`recase_shouting`, the same length,
so every offset still points into the article as shown); this module gives it the words of the language
the extractor's lexicons know: the stop words' function and common words, every lower-case word of the
event, figure, reporting-verb and hedge lexicons, and the gazetteer's posts and kinds of things (never its
names). No name is listed anywhere: a word no list knows is written as a name.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from tui.analysis.extract.lexicon import lexicon, words
from tui.corpus.text import recase_shouting

__all__ = ["reading_text"]

#: A word of the language in a lexicon: lower-case letters, maybe with an inner hyphen or apostrophe.
_WORD = re.compile(r"^[a-z][a-z'’-]*[a-z]$")


def _leaves(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _leaves(v)]
    if isinstance(value, list):
        return [s for v in value for s in _leaves(v)]
    return []


@functools.cache
def language_words() -> frozenset[str]:
    """The lower-case words of the language the lexicons know (no names)."""
    out = {
        w.lower() for key in ("function_words", "common", "defined_terms") for w in words("stopwords", key)
    }
    phrases = [
        p for name in ("events", "figure_roles", "reporting_verbs", "hedges") for p in _leaves(lexicon(name))
    ]
    # the gazetteer's posts and kinds of things (its names of organizations, people and places stay out)
    gazetteer = lexicon("gazetteer")
    for key in ("titles", "title_modifiers", "function_areas", "org_nouns", "product_nouns", "program_nouns"):
        value = gazetteer.get(key)
        phrases += [str(k) for k in value] if isinstance(value, dict) else _leaves(value)
    for phrase in phrases:
        out.update(w for w in phrase.replace("*", "").split() if _WORD.match(w))
    return frozenset(out)


@functools.cache
def name_heads() -> frozenset[str]:
    """The words that end a company's name (the gazetteer's legal forms and unit heads), lower case; never a
    company's own term for itself or its bodies (stopwords.yaml `defined_terms`: "Board", "Directors")."""
    bodies = {w.lower() for w in words("stopwords", "defined_terms")}
    heads = {w.lower() for key in ("org_suffixes", "unit_heads") for w in words("gazetteer", key)}
    return frozenset(heads - bodies)


def reading_text(text: str) -> str:
    """`text` as the rules read it: its lines in capitals recased (tui/corpus/text.py), else unchanged."""
    return recase_shouting(text, language_words(), name_heads())
