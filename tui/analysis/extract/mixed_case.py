"""Company names whose later words a page writes in lower case ("LG uplus", "KT skylife", "Super micro computer").

Some companies style their name as a short block of capitals and a lower-case word, and a page that
keeps the house style writes it so every time. A run of capitalized words stops at the lower-case
word, so the name would be cut to its capitals ("KT"), which then pass for a company of their own.
The pair is one name when the page shows it is: the capitals never stand without that word after
them, the word never stands without the capitals before it, and the pair is written at least twice
or once with a legal form after it ("LG uplus Corp."). A common word after capitals ("NASA said",
"IBM shares") is never joined: it is written elsewhere on the page, or it is a known common word;
nor are capitals that name something alone ("US bank", "AI startup").

A name that opens with a common word a company's name may open with (`gazetteer.name_openers`: "Super",
"General", "United") is written so by a page that lower-cases the rest of it (a machine translation: "Super
micro computer rose"): the run of capitals stops after the common word, which then passes for the name. The
words are one name when the page writes the opener, inside a sentence at least once, before the same one or
two lower-case words every time, never alone, and never writes the phrase all in lower case (stop 62).
"""

from __future__ import annotations

import itertools
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


#: A capitalised word, then one or two lower-case words (the rest of the sentence's word after them is read as it stands).
_OPENER_WORDS = re.compile(r"(?<![\w’'.&-])([A-Z][a-z]{2,14}) ([a-z]{3,15})(?: ([a-z]{3,15}))?(?![\w-])")
#: Right before a word that opens a sentence: the text's start, a line's start, a stop and spaces, an opening quote.
_SENTENCE_OPENS_BEFORE = re.compile(r"(?:^|[\n.!?:;“\"]\s*)\Z")


def opener_names(
    text: str,
    openers: frozenset[str],
    function_words: frozenset[str],
    verb: Callable[[str], bool] = _named_nothing,
) -> dict[str, str]:
    """Each word of the page's names written as an opener and lower-case words (module doc) -> the word after it:
    "Super micro computer" gives {"Super": "micro", "micro": "computer"}, the chain `entities._runs` follows. Only
    openers of the list are read: "Apple said", "Tallow shares" stay as they are; the lower-case words end before a
    verb the name does (`verb`: "United said on Monday ... Pilots at United said": the sentence's verb, no name)."""
    if not any(o in text for o in openers):
        return {}
    after: dict[str, list[tuple[str, ...]]] = {}
    inside: set[str] = set()
    for m in _OPENER_WORDS.finditer(text):
        opener = m.group(1)
        if opener not in openers:
            continue
        words = tuple(w for w in m.groups()[1:] if w)
        after.setdefault(opener, []).append(words)
        if not _SENTENCE_OPENS_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            inside.add(opener)
    found: dict[str, str] = {}
    for opener, seqs in after.items():
        if len(seqs) < 2 or opener not in inside:
            continue
        # the lower-case words every occurrence shares (the longest common opening, one or two words)
        common = seqs[0]
        for seq in seqs[1:]:
            k = 0
            while k < min(len(common), len(seq)) and common[k] == seq[k]:
                k += 1
            common = common[:k]
        cut = next((k for k, w in enumerate(common) if verb(w)), len(common))
        common = common[:cut]
        while common and (common[-1].title() in function_words or common[-1].endswith(_VERB_ENDINGS)):
            common = common[:-1]  # "Super micro computer said": the sentence's verb goes on after the name
        if not common or common[0].title() in function_words:
            continue
        written = len(re.findall(_CAPS_WORD.format(caps=opener), text))
        if written != len(seqs):
            continue  # the opener also stands before capitals or alone: a word of its own
        phrase = " ".join((opener, *common))
        if re.search(r"(?<![\w-])" + re.escape(phrase.lower()) + r"(?![\w-])", text):
            continue  # the phrase written in lower case too: words of the language ("general counsel")
        chain = (opener, *common)
        for a, b in itertools.pairwise(chain):
            found[a] = b
    return found
