"""Text folding and tokens for search: one folded character per original character.

`fold` lowercases, strips accents and unifies quotes and dashes WITHOUT changing the length, so a
match found at offset i of the folded text is at offset i of the text the user sees (highlighting
needs no offset map). `words` splits folded text into the tokens the index and the query share;
`figures` finds numbers with a scale or a percent sign and normalizes them, so "$14.3B",
"14.3 billion" and "$14,300 million" all give the key "#1.43e+10".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

_PUNCT = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\n": " ",
    "\t": " ",
}


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _PUNCT:
        return _PUNCT[ch]
    low = ch.lower()
    if len(low) != 1:  # "İ".lower() is two code points: keep one
        low = low[0]
    if not low.isascii():
        base = unicodedata.normalize("NFD", low)[0]
        if base.isascii() or unicodedata.category(base).startswith("L"):
            low = base
        if low == "ß":
            low = "s"
    return low


class _FoldTable(dict[int, str]):
    """str.translate's table for `fold`: each code point's folded character, found on first use
    (a memo of the pure `_fold_char`; one C call per text instead of a Python call per character)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lowercase, accent-free, quote- and dash-unified text of exactly the same length."""
    if text.isascii():
        return text.lower().replace("\n", " ").replace("\t", " ").replace("`", "'")
    return text.translate(_FOLD_TABLE)


# Numbers ("14", "14.3", "14,300") or words ("zuckerberg's", "cjadc"): always on folded text.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*")
_THOUSANDS = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def normalize_token(raw: str) -> str:
    if raw[0].isdigit():
        if "," in raw and _THOUSANDS.match(raw):
            return raw.replace(",", "")
        return raw
    if raw.endswith("'s"):
        return raw[:-2]
    return raw


def words(folded: str) -> Iterator[tuple[str, int, int]]:
    """(token, start, end) for each token of a folded text; the token is normalized."""
    for m in _TOKEN.finditer(folded):
        token = normalize_token(m.group())
        if token:
            yield token, m.start(), m.end()


def word_set(folded: str) -> set[str]:
    out = set(_TOKEN.findall(folded))
    odd = [raw for raw in out if "'" in raw or "," in raw]
    for raw in odd:
        out.discard(raw)
        out.add(normalize_token(raw))
    return out


_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "bln": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "t": 1e12,
}
_FULL_SCALES = ("thousand", "million", "billion", "trillion")

_FIGURE = re.compile(
    r"(?P<cur>us\$|\$|€|£|usd ?|eur ?)?"
    r"(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?-?\s?(?P<pct>%|percent\b|per cent\b)"
    r"|\s?-?\s?(?P<scale>thousand|million|billion|trillion|mln|bln|mn|bn|tn|[kmbt])\b)?"
)
# In a query the scale may be typed half-way ("14.3 bil"): any prefix of a scale word counts.
_QUERY_FIGURE = re.compile(
    r"(?P<cur>us\$|\$|€|£)?"
    r"(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?P<pct>%|p(?:e(?:r(?:c(?:e(?:n(?:t)?)?)?)?)?)?\b)"
    r"|\s?(?P<scale>t(?:h(?:o(?:u(?:s(?:a(?:n(?:d)?)?)?)?)?)?)?|m(?:i(?:l(?:l(?:i(?:o(?:n)?)?)?)?)?)?|mn|mln"
    r"|b(?:i(?:l(?:l(?:i(?:o(?:n)?)?)?)?)?)?|bn|bln|tn|tr(?:i(?:l(?:l(?:i(?:o(?:n)?)?)?)?)?)?|k)\b)?"
    r"(?![\w.,])"
)


def figure_key(value: float, percent: bool = False) -> str:
    """The index key of a normalized figure: "%49" for 49 percent, "#1.43e+10" for $14.3B."""
    if percent:
        return f"%{value:g}"
    return f"#{value:.6g}"


def _scale_of(word: str) -> float:
    if word in _SCALES:
        return _SCALES[word]
    for full in _FULL_SCALES:  # a typed prefix: "bil" -> billion
        if full.startswith(word):
            return _SCALES[full]
    return 1.0


def _figure_from(m: re.Match[str]) -> str | None:
    num = float(m.group("num").replace(",", ""))
    if m.group("pct"):
        return figure_key(num, percent=True)
    scale = m.group("scale")
    if scale:
        return figure_key(num * _scale_of(scale))
    if m.group("cur"):
        return figure_key(num)
    return None  # a bare number is matched as a word, not as a figure


def figures(folded: str) -> Iterator[tuple[str, int, int]]:
    """(key, start, end) for each figure with a currency, a scale or a percent sign."""
    for m in _FIGURE.finditer(folded):
        key = _figure_from(m)
        if key is not None:
            yield key, m.start(), m.end()


def query_figures(folded: str) -> Iterator[tuple[str, int, int]]:
    """Figures in a query, where a scale word may be typed half-way ("14.3 bil")."""
    for m in _QUERY_FIGURE.finditer(folded):
        if m.group("scale") == "t" and not m.group("cur"):
            # "49 t..." is as likely the start of a word as "trillion": keep it a word
            continue
        key = _figure_from(m)
        if key is not None:
            yield key, m.start(), m.end()
