"""Company names whose second word a page writes in lower case ("LG uplus", "KT skylife").

Some companies style their name as a short block of capitals and a lower-case word, and a page that
keeps the house style writes it so every time. A run of capitalized words stops at the lower-case
word, so the name would be cut to its capitals ("KT"), which then pass for a company of their own.
The pair is one name when the page shows it is: the capitals never stand without that word after
them, the word never stands without the capitals before it, and the pair is written at least twice
or once with a legal form after it ("LG uplus Corp."). A common word after capitals ("NASA said",
"IBM shares") is never joined: it is written elsewhere on the page, or it is a known common word;
nor are capitals that name something alone ("US bank", "AI startup").
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Capitals of two to four letters, a space, then a lower-case word of three to fifteen letters. The
#: look-behind (no word character, apostrophe, stop, ampersand or hyphen before the capitals) is asked
#: after their first letter, over it: the pattern opens with a class of capitals, which `re` skips ahead
#: to, instead of an assertion it tries at every position (the same matches and groups, about 2.5x
#: faster; stop 53, second round).
MIXED_PAIR = re.compile(r"([A-Z](?<![\w’'.&-][A-Z])[A-Z]{1,3}) ([a-z]{3,15})(?=[’']s(?!\w)|[^\w’'-]|$)")
#: The same capitals standing as a word of their own.
_CAPS_WORD = r"(?<![\w’'.&-]){caps}(?![\w’'&-])"
#: The lower-case word standing as a word of its own (any case: "Skylife" alone is the word too).
_LOWER_WORD = r"(?<![\w’'-]){word}(?=[’']s(?!\w)|[^\w’'-]|$)"
#: A legal form right after the pair: "KT skylife Co.", "LG uplus Corp", "Orvel tessa Inc."
_LEGAL_AFTER = re.compile(r" (?:Inc|Corp|Co|Ltd|Corporation|Limited|PLC|plc)\b")
#: Endings of verbs and adverbs: a lower-case word so made is the sentence going on, no name.
_VERB_ENDINGS = ("ed", "ing", "ly")


def _named_nothing(caps: str) -> bool:
    return False


def mixed_case_names(
    text: str,
    common: frozenset[str],
    function_words: frozenset[str],
    named: Callable[[str], bool] = _named_nothing,
) -> dict[str, str]:
    """Capitals -> the lower-case word the page always writes after them, for every pair this page
    shows to be one name (module doc). `common` and `function_words` are words no name ends with;
    `named` tells capitals that name something alone ("US", "UK", "AI"): "US bank", "US parcel
    delivery giant" are that place's or that field's words, never a name with them. Asked only of the
    capitals of the pairs the one scan below finds."""
    pairs: dict[str, set[str]] = {}
    counts: dict[tuple[str, str], int] = {}
    legal: set[tuple[str, str]] = set()
    for m in MIXED_PAIR.finditer(text):
        caps, word = m.group(1), m.group(2)
        pairs.setdefault(caps, set()).add(word)
        counts[(caps, word)] = counts.get((caps, word), 0) + 1
        if _LEGAL_AFTER.match(text, m.end(), m.end() + 14):
            legal.add((caps, word))
    found: dict[str, str] = {}
    for caps, words in pairs.items():
        if len(words) != 1 or named(caps):
            continue  # the capitals go on with several words: the sentence's words, no name
        word = next(iter(words))
        n = counts[(caps, word)]
        if n < 2 and (caps, word) not in legal:
            continue
        if word in common or word.title() in function_words or word.endswith(_VERB_ENDINGS):
            continue
        if len(re.findall(_CAPS_WORD.format(caps=caps), text)) != n:
            continue  # the capitals also stand alone: they are the name, the word is not its part
        if len(re.findall(_LOWER_WORD.format(word=word), text, re.IGNORECASE)) != n:
            continue  # the word stands elsewhere too: a word of the language
        found[caps] = word
    return found
