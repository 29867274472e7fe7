"""Word tokens with offsets, and the tests on them that the extractor shares (capitalized, possessive).

One regex pass per sentence; a token never crosses white space. "U.S." and "Inc." keep their final
full stop; "Meta’s" is one token whose possessive is stripped where a name is wanted.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TypeVar

# (the letters that fold to ASCII under re.IGNORECASE: a text holding one is not gated; named here
# for the extractor's readers)
from tui.corpus.text import CASE_FOLDS as CASE_FOLDS

# A word: letters/digits with inner apostrophes, hyphens, dots or ampersands ("All-Domain", "AT&T",
# "U.S", "Meta’s"); any other non-space character is a one-character token (punctuation, quotes).
_TOKEN = re.compile(r"[^\W_][\w&]*(?:[’'.\-][^\W_][\w&]*)*|[^\w\s]")
_DOTTED = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
#: After "No." (the stop at `e`): a space and a serial number ("No. 1", "No. 12").
_SERIAL_AFTER = re.compile(r" \d{1,3}\b")
_KEEP_DOT = frozenset(
    {"Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep"}
)
#: Titles a page may glue to the company with a hyphen ("Kestrel-CEO"); never "co-CEO", "ex-CEO".
_GLUED_TITLES = frozenset({"CEO", "CFO", "COO", "CTO", "CIO", "CMO"})
_TITLE_PREFIXES = frozenset({"ex", "co", "vice", "deputy", "former", "interim", "acting"})
_POSSESSIVE_ENDINGS = frozenset({"’s", "'s"})
OPEN_QUOTES = frozenset("“‘\"'(«[")


#: A brand written in lower case with digits inside it: "a16z" (never a code that ends in a digit,
#: "mp3", nor a long hash).
_LOWER_BRAND = re.compile(r"^[a-z]{1,2}\d{1,3}[a-z]{1,3}(?:[’']s)?$")
#: A company name that opens with digits and goes on in letters of both cases: "7Seas", "1Password",
#: "3Dvance", "23andMe" (never a code of one or two letters, "3D", "5G", "4K", nor a unit, "5Gbps").
_DIGIT_LED_NAME = re.compile(r"^\d{1,3}(?=[a-z]*[A-Z])(?=[A-Z]*[a-z])[A-Za-z]{3,20}(?:[’']s)?$")
#: A Roman numeral from I to XXXIX, the whole word (`fullmatch`): a series' or an event's number ("Corp. IV",
#: "World War II", "Fund XII"); "IIII", "VX" are none. The one definition: entities and merge build on it.
ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
#: Units written after a number in mixed case: "10Gbps", "3GHz", "20kWh" are no names.
_MIXED_CASE_UNITS = frozenset(
    {"gbps", "mbps", "kbps", "tbps", "ghz", "mhz", "khz", "thz", "kwh", "mwh", "gwh", "twh", "mah", "gib", "mib",
     "tib", "kib", "gbit", "mbit", "kbit"}
)  # fmt: skip
#: (is_word, is_cap, possessive, bare, characters cut off the end, marked, lower-case word)
_Props = tuple[bool, bool, bool, str, int, bool, bool]


def _props(text: str) -> _Props:
    """The properties of a token's text: is_word, is_cap, possessive, bare, the characters cut off its
    end, whether it is marked (capitalized, or opening with a digit: where a name or an ordinal may
    start) and whether it is a lower-case word."""
    first = text[0]
    is_word = first.isalnum()
    #: Capitalized ("Meta"), all caps ("FAIR"), a camel-case brand ("xAI", "iPhone"), or a brand in
    #: lower case with digits inside ("a16z": letters, digits, letters; stop 42).
    is_cap = first.isupper() or (
        first.islower()
        and (
            (not text[1:3].islower() and text[1:3].isalpha() and "-" not in text)
            or (text[1:2].isdigit() or text[2:3].isdigit())
            and _LOWER_BRAND.match(text) is not None
        )
    )
    if first.isdigit() and not is_cap:
        is_cap = digit_led_name(text)
    marked = is_cap or first.isdigit()
    low = is_word and text.islower()
    if text[-2:] in _POSSESSIVE_ENDINGS and len(text) > 2:
        props = (is_word, is_cap, True, text[:-2], 2, marked, low)
    else:
        props = (is_word, is_cap, False, text, 0, marked, low)
    if len(_PROPS) < 100_000:  # bounded: a text of endless distinct words cannot grow it without end
        _PROPS[text] = props
    return props


def digit_led_name(text: str) -> bool:
    """Is a token that opens with digits a company's name ("7Seas", "23andMe’s"), not a number, a code
    or a unit ("3D", "5G", "1990s", "21st", "10Gbps")?"""
    if _DIGIT_LED_NAME.match(text) is None:
        return False
    letters = text.lstrip("0123456789")
    if letters[-2:] in _POSSESSIVE_ENDINGS:
        letters = letters[:-2]
    return letters.lower() not in _MIXED_CASE_UNITS


#: Token text -> its properties: the same words recur, so each is classified once.
_PROPS: dict[str, _Props] = {}


def _marked_low(text: str) -> tuple[bool, bool]:
    """Whether a token's text is marked and whether it is a lower-case word (`_props`, the one place
    that says so)."""
    props = _PROPS.get(text)
    if props is None:
        props = _props(text)
    return props[5], props[6]


class Token:
    """A word or punctuation mark with its offsets; the tests the extractor needs, computed once."""

    __slots__ = ("bare", "bare_end", "end", "is_cap", "is_word", "possessive", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        props = _PROPS.get(text)
        if props is None:
            props = _props(text)
        self.is_word, self.is_cap, self.possessive, self.bare, cut, _marked, _low = props
        self.bare_end = end - cut

    def __repr__(self) -> str:
        return f"Token({self.start}, {self.end}, {self.text!r})"


#: A middle initial: a capital and a stop between a capitalized word and a name ("Hock E. Tan").
_MIDDLE_INITIAL = re.compile(r"(?<=[A-Za-z] )[A-Z](?=\. [A-Z][a-z])")
#: Words that start a sentence after a single capital and a stop ("Plan B. The firm ..."): no initial.
_NOT_AFTER_INITIAL = re.compile(
    r"\. (?:The|A|An|It|Its|He|She|His|Her|They|We|I|In|On|At|But|And|This|That)\b"
)


def _initial(text: str, s: int, e: int, end: int) -> bool:
    """Is text[s:e], a word right before a stop, a middle initial ("Donald J. Trump")?"""
    return (
        e - s == 1
        and e + 4 <= end
        and _MIDDLE_INITIAL.match(text, s, e + 4) is not None
        and text[s - 2 : s - 1].islower()
        and _NOT_AFTER_INITIAL.match(text, e, min(end, e + 8)) is None
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return tokenize_marked(text, start, end)[0]


def marks_of(tokens: list[Token]) -> tuple[list[int], list[str]]:
    """What `tokenize_marked` gives beside the tokens, for a list of tokens made otherwise."""
    flags = [_marked_low(t.text) for t in tokens]
    marks = [i for i, (marked, _) in enumerate(flags) if marked]
    return marks, [t.text for t, (_, low) in zip(tokens, flags, strict=True) if low]


def tokenize_marked(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[Token], list[int], list[str]]:
    """The tokens of text[start:end], and in the same walk: the indices of the marked tokens (a
    capitalized word, or a token opening with a digit: where a name or an ordinal may start, all the
    passes over names look at) and the lower-case words, so that no later pass walks every token."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    marks: list[int] = []
    lows: list[str] = []
    append = tokens.append
    props_of = _PROPS.get
    new = Token.__new__
    find = text.find
    skip_to = pos = start
    # findall makes no match objects; each word's offset is where it next occurs. Only white space
    # and "_" stand between two matches, and no token starts with either, so `find` lands on the match.
    for word in _TOKEN.findall(text, start, end):
        s = find(word, pos)
        pos = e = s + len(word)
        if s < skip_to:
            continue
        if (
            e < end
            and text[e] == "."
            and (
                word in _KEEP_DOT
                or _DOTTED.match(word)
                or _initial(text, s, e, end)
                # "Harbour No. 2", "the No. 3 lender": "No." before a number is one word (stop 61)
                or (word == "No" and _SERIAL_AFTER.match(text, e + 1, end) is not None)
            )
        ):
            e += 1
            word += "."
            skip_to = e
        if "-" in word and (
            word[0].isupper() or (word[0].islower() and _marked_low(word.partition("-")[0])[0])
        ):
            # "Paris-based" -> "Paris" + "-based", "a16z-backed" -> "a16z" + "-backed"; "All-Domain"
            # stays whole.
            head, _, tail = word.rpartition("-")
            cut = s + len(head)
            pieces: tuple[Token, ...] = ()
            if (
                tail in _GLUED_TITLES
                and head[:1].isupper()
                and "-" not in head
                and head.lower() not in _TITLE_PREFIXES
            ):
                # "Kestrel-CEO Dana Ruiz" (a title glued to its company, as some translated pages write
                # it): "Kestrel", "-", "CEO", so the company and its officer are read apart (stop 54)
                pieces = (Token(s, cut, head), Token(cut, cut + 1, "-"), Token(cut + 1, e, tail))
            elif tail[:1].islower() and "-" not in head:
                pieces = (Token(s, cut, head), Token(cut, e, "-" + tail))
            if pieces:
                for piece in pieces:
                    marked, low = _marked_low(piece.text)
                    if marked:
                        marks.append(len(tokens))
                    if low:
                        lows.append(piece.text)
                    append(piece)
                continue
        # Token(s, e, word) inlined: this loop makes most of the extractor's objects.
        props = props_of(word)
        if props is None:
            props = _props(word)
        tok = new(Token)
        tok.start = s
        tok.end = e
        tok.text = word
        tok.is_word, tok.is_cap, tok.possessive, tok.bare, cut, marked, low = props
        tok.bare_end = e - cut
        if marked:
            marks.append(len(tokens))
        if low:  # ("5m" is both)
            lows.append(word)
        append(tok)
    return tokens, marks, lows


_LOWER_WORD = re.compile(r"[a-z]+")
#: Lower-cased sentence -> its runs of ASCII lower-case letters. The attribution step and the hedge
#: step both ask for them on the same sentences; emptied at the start of every article
#: (`forget_sentences`), so that no article's figures depend on another's.
_LOWER_WORDS: dict[str, list[str]] = {}


def lower_words(low: str) -> list[str]:
    """`re.findall(r"[a-z]+", low)`, computed once per article for each sentence (do not modify it)."""
    got = _LOWER_WORDS.get(low)
    if got is None:
        got = _remember(_LOWER_WORDS, low, _LOWER_WORD.findall(low), 4096)
    return got


def runs_of(low: str, wanted: set[str] | frozenset[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) of each maximal run of ASCII lower-case letters in `low` that is one of
    `wanted`, in text order: what `re.finditer("[a-z]+", low)` filtered on `wanted` gives, found with
    str.find for the few words a sentence holds instead of a match object per word."""
    out = []
    n = len(low)
    for word in wanted:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if (i == 0 or not "a" <= low[i - 1] <= "z") and (j == n or not "a" <= low[j] <= "z"):
                out.append((i, j, word))
            i = low.find(word, j)
    out.sort()
    return out


#: (text, needles) -> the sorted starts of the needles in text.lower(), or None for a text with one of
#: `CASE_FOLDS`. Emptied at the start of every article (`forget_sentences`), like `_LOWER_WORDS`.
_NEEDLE_STARTS: dict[tuple[str, tuple[str, ...]], list[int] | None] = {}
#: What `needle_within` reads from the memo for a page and needles it does not hold yet.
_NOT_KNOWN: list[int] = []


#: text -> text.lower(), or None for a text with one of `CASE_FOLDS`: a page is asked for the starts of
#: a dozen sets of needles, and lowered (and searched for those letters) once. Emptied at the start of
#: every article (`forget_sentences`), like `_NEEDLE_STARTS`.
_FOLDLESS_LOWS: dict[str, str | None] = {}


def foldless_lower(text: str) -> str | None:
    """text.lower(), the same length and offsets, or None where `text` holds a letter of `CASE_FOLDS`."""
    if text in _FOLDLESS_LOWS:
        return _FOLDLESS_LOWS[text]
    low = None if any(c in text for c in CASE_FOLDS) else text.lower()
    return _remember(_FOLDLESS_LOWS, text, low, 64)


def _needle_starts(text: str, needles: tuple[str, ...]) -> list[int] | None:
    key = (text, needles)
    if key in _NEEDLE_STARTS:
        return _NEEDLE_STARTS[key]
    got: list[int] | None = None
    low = foldless_lower(text)
    if low is not None:  # the same length and offsets: no letter of `CASE_FOLDS`
        got = []
        for needle in needles:
            i = low.find(needle)
            while i >= 0:
                got.append(i)
                i = low.find(needle, i + 1)
        got.sort()
    return _remember(_NEEDLE_STARTS, key, got, 64)


def needle_within(text: str, needles: tuple[str, ...], lo: int, hi: int) -> bool:
    """False only where none of `needles` (lower-case ASCII words) starts in text[lo:hi], in any
    case: a necessary condition for a pattern that can only match there holding one of them, tested
    with one bisection instead of the pattern's search of the window. The needles' places are found
    once per article (text, needles); a text with a letter that folds to ASCII under re.IGNORECASE
    ("ſ", "ı", "İ", "K") is never gated (True)."""
    # (one look-up of the memo where the page's needles are known already, as they are after the first call)
    starts = _NEEDLE_STARTS.get((text, needles), _NOT_KNOWN)
    if starts is _NOT_KNOWN:
        starts = _needle_starts(text, needles)
    if starts is None:
        return True
    k = bisect_left(starts, lo)
    return k < len(starts) and starts[k] < hi


_K = TypeVar("_K")
_V = TypeVar("_V")


def _remember(memo: dict[_K, _V], key: _K, value: _V, limit: int) -> _V:
    """`value`, kept in `memo` under `key`; a memo that holds `limit` entries is emptied first, so it
    stays bounded even when called outside `analyse_article` (which empties the per-article memos,
    `forget_sentences`)."""
    if len(memo) >= limit:
        memo.clear()
    memo[key] = value
    return value


def forget_sentences() -> None:
    _LOWER_WORDS.clear()
    _NEEDLE_STARTS.clear()
    _FOLDLESS_LOWS.clear()


def fewest_needles(needles: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The needles of a substring gate without those that hold another one: "people familiar with the
    deal" holds "familiar", so wherever it stands "familiar" does. `any(n in s for n in needles)` is
    the same with the fewer needles, and cheaper on every sentence."""
    unique = list(dict.fromkeys(needles))
    return tuple(n for n in unique if not any(o != n and o in n for o in unique))
