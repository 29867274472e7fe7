"""Word tokens with offsets, and the tests on them that the extractor shares (capitalized, possessive).

One regex pass per sentence; a token never crosses white space. "U.S." and "Inc." keep their final
full stop; "Meta’s" is one token whose possessive is stripped where a name is wanted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word: letters/digits with inner apostrophes, hyphens, dots or ampersands ("All-Domain", "AT&T",
# "U.S", "Meta’s"); any other non-space character is a one-character token (punctuation, quotes).
_TOKEN = re.compile(r"[^\W_](?:[\w&]|[’'.\-](?=[^\W_]))*|[^\w\s]")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_KEEP_DOT = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep"}
)
POSSESSIVE = ("’s", "'s", "’", "'")
OPEN_QUOTES = frozenset("“‘\"'(«[")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        """Capitalized ("Meta"), all caps ("FAIR"), or a camel-case brand ("xAI", "iPhone")."""
        t = self.text
        if t[0].isupper():
            return True
        return t[0].islower() and len(t) > 1 and any(c.isupper() for c in t[1:3]) and "-" not in t

    @property
    def possessive(self) -> bool:
        t = self.text
        return len(t) > 2 and (t.endswith("’s") or t.endswith("'s"))

    @property
    def bare(self) -> str:
        """The token without a possessive ending."""
        return self.text[:-2] if self.possessive else self.text

    @property
    def bare_end(self) -> int:
        return self.end - 2 if self.possessive else self.end


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    end = len(text) if end is None else end
    tokens: list[Token] = []
    skip_to = start
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.start(), m.end()
        if s < skip_to:
            continue
        word = m.group()
        if e < end and text[e] == "." and (word in _KEEP_DOT or _DOTTED.match(word)):
            e += 1
            word += "."
            skip_to = e
        if "-" in word and word[0].isupper():
            # "Paris-based" -> "Paris" + "-based"; "All-Domain" stays whole.
            head, _, tail = word.rpartition("-")
            if tail[:1].islower() and "-" not in head:
                cut = s + len(head)
                tokens.append(Token(s, cut, head))
                tokens.append(Token(cut, e, "-" + tail))
                continue
        tokens.append(Token(s, e, word))
    return tokens
