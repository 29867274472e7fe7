"""Turning a file's bytes into article text that is safe to show and to point into.

- `decode` refuses binary and non-UTF-8 files with a reason a person can read.
- `normalise` strips a byte-order mark, folds CRLF/CR to LF and replaces every control character
  (except newline and tab) with a visible stand-in of the same length (one character), so that no
  escape sequence from an article ever reaches the terminal and offsets into the text stay simple.
- `split_furniture` cuts the page furniture (author box, "Recent News", comment forms) off the end.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

BOM = "\ufeff"

#: The letters re.IGNORECASE matches to an ASCII letter whose lower() is none (İ, ı -> i; ſ -> s; the
#: Kelvin sign -> k): where none stands, a case-blind pattern's ASCII letters are found in text.lower()
#: as lower-case letters; where one does, lower() does not tell what the pattern matches.
CASE_FOLDS = "\u0130\u0131\u017f\u212a"

#: Bidirectional controls that can reorder what a reader sees (Trojan Source, CVE-2021-42574).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class UnreadableText(ValueError):
    """A file that cannot be taken as article text; the message says why."""


#: File signatures of formats people save by mistake under a .txt name, with what to say.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt document?)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)


#: A stop glued to the next sentence by a page's lost space: "... security adviser.As part of", "...
#: and Lightspeed.The round" (a word of two lower-case letters or more, then a capitalised word that
#: a space or a comma follows: "Amazon.com", "Collin.Eaton@wsj.com" go on). It opens with the stop and
#: asks for the two letters before it as a look-behind over it (stop 54): `re` skips ahead to a stop
#: instead of trying a look-behind at every position of the line; the same matches. Read by the
#: extractor's sentences (tui/analysis/extract/sentences.py) and copy detection's
#: (tui/corpus/shared_text.py, stop 57): one reading of where a glued sentence ends.
GLUED_STOP = re.compile(r"\.(?<=[a-z]{2}\.)(?=[A-Z][a-z]+[\s,;:])")


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line of `text` with its surrounding white space trimmed, in text order.

    Blank lines are skipped; offsets index `text` itself, so spans stay anchored."""
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        start, end = pos, nl
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield start, end
        pos = nl + 1


def decode(data: bytes) -> str:
    """Decode UTF-8 (with or without BOM, or UTF-16 with a BOM); refuse binary data and other encodings.

    The reason given names what is wrong and what to do, e.g. "the file is not UTF-8 (byte 0xe9 at
    offset 3); save it as UTF-8 and load it again". A stray NUL in a text is kept (shown as ␀);
    a file whose first 8 kB are 1% NUL or more is taken as binary.
    """
    if not data:
        raise UnreadableText("the file is empty (0 bytes)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) and not data.startswith(b"\xff\xfe\x00\x00"):
        # UTF-16 with a byte-order mark (Windows Notepad's "Unicode"): unambiguous, so accepted.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableText(
                "the file starts like UTF-16 but is not valid UTF-16; save it as UTF-8"
            ) from None
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise UnreadableText(f"the file is {kind}, not plain text; save its text as a .txt file")
    if not data.strip():
        raise UnreadableText("the file has only white space")
    head = data[:8192]
    nuls = head.count(0)
    if nuls and nuls * 100 >= len(head):
        if head[1::2].count(0) * 2 >= len(head[1::2]) or head[0::2].count(0) * 2 >= len(head[0::2]):
            raise UnreadableText("the file looks like UTF-16 without a byte-order mark; save it as UTF-8")
        raise UnreadableText("the file looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UnreadableText(
            f"the file is not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
            "save it as UTF-8 and load it again"
        ) from None
    return text


def visible_control(ch: str) -> str:
    """A one-character visible stand-in for a control character, or the character itself.

    C0 controls become their CONTROL PICTURES (ESC -> ␛, BEL -> ␇, NUL -> ␀), DEL -> ␡; C1 controls
    (U+0080-U+009F, among them U+009B, a one-character CSI), bidirectional overrides and lone
    surrogates (from file names that are not UTF-8) become U+FFFD.
    """
    code = ord(ch)
    if ch in "\n\t":
        return ch
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 CONTROL PICTURES: ␀ ␁ … ␛ …
    if code == 0x7F:
        return "\u2421"  # ␡
    if 0x80 <= code <= 0x9F or ch in BIDI_CONTROLS or 0xD800 <= code <= 0xDFFF:
        return "\ufffd"
    return ch


#: Everything `visible_control` replaces: C0 except TAB and LF, DEL, C1, bidi overrides, surrogates.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
#: Line and paragraph separators: Python's str.splitlines breaks on them, Rich does not; made LF.
_SEPARATOR_RE = re.compile("[\u2028\u2029]")


def normalise(text: str) -> str:
    """Strip leading BOMs, fold line ends to LF, make control characters visible.

    Every leading BOM goes (a file saved twice with one keeps two, and a leading zero-width
    no-break space means nothing to a reader). Apart from those and CRLF (which becomes one LF), every character maps to exactly one
    character, so the text keeps its length and shape: an offset is a code point in the result.
    """
    text = text.lstrip(BOM)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SEPARATOR_RE.sub("\n", text)
    return _CONTROL_RE.sub(lambda m: visible_control(m.group()), text)


def safe_for_terminal(text: str) -> str:
    """Any string (metadata, a file name, a message) made safe to print: controls shown, never sent."""
    return _CONTROL_RE.sub(lambda m: visible_control(m.group()), text)


def has_terminal_controls(text: str) -> bool:
    """True when `text` holds anything `safe_for_terminal` would replace (tests and exports use it)."""
    return _CONTROL_RE.search(text) is not None


# Lines that start the furniture after an article on news sites. Matched on a whole stripped line.
_FURNITURE_LINES = re.compile(
    r"^(recent (news|posts|stories)|related (articles|posts|stories)|read more|more from .{1,40}|"
    r"leave a (reply|comment)|\d+ comments?|comments|subscribe|share this( article)?|"
    r"notify of|you may also like|about the author|tags?:.*|sign up for .{1,60}|advertisement)$",
    re.IGNORECASE,
)


def _is_prose(line: str) -> bool:
    """A paragraph of article prose: long, and ending as a sentence does."""
    line = line.strip()
    return len(line) >= 150 and line[-1] in '.!?"”’'


def _cut_off_prose(line: str) -> bool:
    """A paragraph of article prose the excerpt stops in: long, many words, and no sentence end (an
    excerpt cut mid-sentence or mid-quotation; a block of links after an article is short lines)."""
    line = line.strip()
    return len(line) >= 100 and len(line.split()) >= 15 and line[-1] not in '.!?"”’'


def split_furniture(text: str, marker: str | None = None) -> tuple[str, str]:
    """Return (body, furniture).

    `marker` (from the corpus metadata) is the exact text where furniture starts; otherwise the body
    ends before the first furniture line found in the last third of the text, together with an
    author box just before it (a name line repeated, then a short bio paragraph).
    """
    if marker:
        index = text.find(marker)
        if index > 0 and text[:index].strip():
            return text[:index].rstrip() + "\n", text[index:]
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    third = len(text) * 2 // 3
    cut: int | None = None
    for i, line in enumerate(lines):
        if offsets[i] >= third and _FURNITURE_LINES.match(line.strip()):
            if line.strip().lower() == "advertisement" and (
                any(_is_prose(rest) for rest in lines[i + 1 :])
                or _cut_off_prose(text[offsets[i] :].rstrip().rsplit("\n", 1)[-1])
            ):
                continue  # an ad slot between paragraphs: the article goes on after it (or is cut off there)
            cut = i
            break
    if cut is None:
        return text, ""
    # Walk back over an author box: a repeated name line and its bio paragraph.
    j = cut - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    for k in range(max(0, j - 6), j):
        name = lines[k].strip()
        if name and len(name) < 60 and k + 1 < len(lines) and lines[k + 1].strip() == name:
            cut = k
            break
    body = "\n".join(lines[:cut]).rstrip() + "\n"
    if not body.strip():  # the "furniture" would be the whole text: keep it all
        return text, ""
    return body, text[len(body) :] if text.startswith(body) else "\n".join(lines[cut:])


def fold(text: str) -> str:
    """Case- and accent-folded text for matching (NFKD, marks dropped, casefolded)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# --- a line written in capitals (stop 38) ---------------------------------------------------------------------
# A wire brief writes its lines in capitals ("* HARROW TO ACQUIRE KETTLE FOR $2.4 BLN"): every word looks
# like a name. `recase_shouting` gives the analysis a copy of the text with such lines written as a reader
# would write them, letter for letter the same length, so every offset still points where it did. The page
# as shown and copied keeps its capitals: the analysis reads the copy (tui/analysis/extract/__init__.py).

#: A word of a line: letters, with an inner apostrophe, full stop, ampersand or hyphen.
_CAPS_WORD = re.compile(r"[^\W\d_][\w'’.&-]*")
#: A run of two or more capitalised words written in mixed case elsewhere on the page ("Harrow Mining Corp").
_MIXED_RUN = re.compile(r"[A-Z][a-z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*)+")
#: Closed-class words that make a line of capitals a sentence, not a label ("MORE FROM <OUTLET>" is a label).
_CLAUSE_WORDS = frozenset(
    {
        "to",
        "will",
        "would",
        "is",
        "are",
        "was",
        "were",
        "be",
        "has",
        "have",
        "had",
        "says",
        "said",
        "sees",
        "expects",
    }
)
#: Words that take an infinitive ("EXPECTED TO GENERATE", "PLANS TO LIST"): the word after their "to" is a verb.
_CONTROL_WORDS = frozenset(
    {
        "expected",
        "set",
        "due",
        "likely",
        "able",
        "going",
        "plans",
        "plan",
        "aims",
        "aim",
        "seeks",
        "agreed",
        "wants",
    }
)
#: Endings of words of the language, not of names (a reader writes them lower case mid-sentence).
_COMMON_ENDINGS = (
    "ed",
    "ing",
    "ly",
    "tion",
    "tions",
    "sion",
    "sions",
    "ment",
    "ments",
    "ive",
    "ies",
    "ity",
    "ness",
)


#: The ASCII lower-case letters: `_shouting` counts them in C before it counts a line's letters one by one.
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"


def _shouting(line: str) -> bool:
    """Four words or more of two letters or more, nine in ten of the letters upper case, and a word of a
    clause ("to", "will", "says")."""
    # A line is at least as long as it has letters, and every ASCII lower-case letter is a letter not
    # upper case: when those are more than a tenth of the line, fewer than nine in ten of its letters
    # can be capitals (most lines of a page: the count below, a Python step per character, is skipped).
    ascii_part = line.encode("ascii", "ignore")
    if 10 * (len(ascii_part) - len(ascii_part.translate(None, _ASCII_LOWER))) > len(line):
        return False
    words = [w for w in _CAPS_WORD.findall(line) if len(w) >= 2]
    if len(words) < 4:
        return False
    letters = [c for c in line if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    return upper >= 0.9 * len(letters) and any(w.lower() in _CLAUSE_WORDS for w in words)


def _recased_word(word: str, forms: dict[str, str], lower_words: frozenset[str]) -> str:
    """One word of a line in capitals as a reader writes it: lower case for a word of the language
    (`lower_words`, an inflection of one, a common ending); the page's own mixed-case form; kept for an
    acronym of three letters or fewer; else capitalised (a name)."""
    if "-" in word.strip("-"):
        return "-".join(_recased_word(p, forms, lower_words) if p else p for p in word.split("-"))
    low = word.lower()
    bare = low.rstrip(".")
    if (
        bare in lower_words
        or any(bare + e in lower_words for e in ("s", "d", "ed", "es"))
        or (bare.endswith("s") and bare[:-1] in lower_words)
        or (len(bare) > 5 and bare.endswith(_COMMON_ENDINGS))
    ):
        out = low
    elif bare in forms:
        out = forms[bare] + word[len(bare) :]
    elif len(bare) <= 3:
        out = word
    else:
        out = word[0] + low[1:]
    return out if len(out) == len(word) else word


#: The longest run of words the page writes in mixed case that a line in capitals is matched against.
_RUN_WORDS = 6


def recase_shouting(text: str, lower_words: frozenset[str], name_heads: frozenset[str] = frozenset()) -> str:
    """`text` with each line written in capitals recased as a reader would write it (same length; other lines
    untouched). Two words or more the page writes in mixed case elsewhere take that form ("CAPITAL ONE" of
    "Capital One Financial Corp"), then each word as `_recased_word` says. `lower_words`: the language's
    words (lower case) the caller knows; `name_heads`: the words that end a company's name (lower case:
    "holdings", "bank"), capitalised right after a word written as a name ("KETTLE HOLDINGS")."""
    if "\n" not in text and not _shouting(text):
        return text
    lines = text.split("\n")
    loud = {i for i, line in enumerate(lines) if _shouting(line)}
    if not loud:
        return text
    quiet = "\n".join(line for i, line in enumerate(lines) if i not in loud)
    runs: dict[tuple[str, ...], list[str]] = {}  # a run's words in capitals -> its words as written
    forms: dict[str, str] = {}
    for m in _MIXED_RUN.finditer(quiet):
        written = m.group().split()
        for a in range(len(written)):
            for b in range(a + 2, min(len(written), a + _RUN_WORDS) + 1):
                runs.setdefault(tuple(w.upper() for w in written[a:b]), written[a:b])
    for m in _CAPS_WORD.finditer(quiet):
        seen = m.group().rstrip(".")
        if seen[:1].isupper() and not seen.isupper():
            forms.setdefault(seen.lower(), seen)
    longest = max((len(k) for k in runs), default=0)
    for i in sorted(loud):
        line = lines[i]
        words = list(_CAPS_WORD.finditer(line))
        chars = list(line)
        j = 0
        named = False  # the word before was written as a name
        while j < len(words):
            for n in range(min(longest, len(words) - j), 1, -1):
                key = tuple(w.group() for w in words[j : j + n])
                form = runs.get(key)
                gaps = all(line[words[k].end() : words[k + 1].start()].isspace() for k in range(j, j + n - 1))
                if (
                    form is not None
                    and gaps
                    and all(len(f) == len(k) for f, k in zip(form, key, strict=True))
                ):
                    for hit, f in zip(words[j : j + n], form, strict=True):
                        chars[hit.start() : hit.end()] = f
                    j += n
                    named = True
                    break
            else:
                word = words[j]
                if word.group().isupper():
                    out = _recased_word(word.group(), forms, lower_words)
                    if (
                        j >= 2
                        and words[j - 1].group().lower() == "to"
                        and words[j - 2].group().lower() in _CONTROL_WORDS
                    ):
                        out = word.group().lower()  # "EXPECTED TO GENERATE": the infinitive's verb
                    after_name = named and line[words[j - 1].end() : word.start()].isspace()
                    if after_name and out.lower().rstrip(".") in name_heads:
                        out = out[0].upper() + out[1:]  # "KETTLE HOLDINGS": the head of a company's name
                    named = out[:1].isupper()
                    # the line's first word opens its sentence: capitalised as a reader writes it
                    chars[word.start() : word.end()] = out[0].upper() + out[1:] if j == 0 else out
                else:
                    named = word.group()[:1].isupper()
                j += 1
        lines[i] = "".join(chars)
    return "\n".join(lines)


# A page hard-wrapped every few words (stop 46): a wire text pasted with a bare newline wherever its
# column ended, inside a sentence and even inside a name ("Jean-Luc" / "Marchand"). Every reader of
# the analysis takes a line for a paragraph; `join_hard_wraps` gives the rules a copy of the text with
# each wrapped break written as a space (the same length: every offset still points at the page's own
# words, and the page is shown as it is).

#: A page is hard-wrapped when it has at least HARD_WRAP_LINES lines, half of them HARD_WRAP_WIDTH
#: characters or shorter (a column, not paragraphs on one line each), and its lines ending mid-sentence
#: mostly go on in lower case on the next line: at least HARD_WRAP_CONTINUED of them, half of those at
#: least (a page's furniture, a byline's "and", a caption end without a stop too, before a capital).
HARD_WRAP_LINES = 4
HARD_WRAP_WIDTH = 100
HARD_WRAP_CONTINUED = 2
#: A line that closes a sentence (a stop, maybe closing marks after it) or opens a list (a colon).
_CLOSED_LINE = re.compile(r"[.!?…:][\"”’')\]]*$")
#: A line going on in lower case ("replace Petra Lindqvist, who ...") or after a name's hyphen.
_LOWER_START = re.compile(r"[a-z]")
#: A line that is a list item ("* ", "• ", "- ", "2. ", "3) ") or a dateline ("GENEVA, March 3",
#: "OSLO (Newswire) -"): it opens a paragraph of its own.
_OWN_START = re.compile(
    r"(?:[*•·▪‣–—-][ \t]|\d{1,2}[.)][ \t]|[A-Z][A-Z.'-]+(?:[ \t][A-Z][A-Z.'-]+)*(?:,|[ \t]\())"
)
#: A word written as a title word: a capital, then lower case.
_TITLE_WORD = re.compile(r"[A-Z][\w’'-]*")
_QUOTE_OPENS = "“"
_QUOTE_CLOSES = "”"


def _title_line(line: str) -> bool:
    """A heading written in title case: three words or more, each of more than three letters capitalised."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= 3 and all(_TITLE_WORD.match(w) for w in words if len(w) > 3 or w[:1].isupper())


def _quote_open(paragraph: str) -> bool:
    """Is a double quotation left open at the end of `paragraph`?"""
    return paragraph.count('"') % 2 == 1 or paragraph.count(_QUOTE_OPENS) > paragraph.count(_QUOTE_CLOSES)


def hard_wrapped(lines: list[str]) -> bool:
    """Do the page's lines (stripped, blank ones included) have the shape of a hard-wrapped text?"""
    filled = [line for line in lines if line]
    if len(filled) < HARD_WRAP_LINES:
        return False
    lengths = sorted(len(line) for line in filled)
    if lengths[(len(lengths) - 1) // 2] > HARD_WRAP_WIDTH:
        return False
    mid = continued = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if a and b and _CLOSED_LINE.search(a) is None and not _OWN_START.match(b) and not _title_line(a):
            mid += 1
            continued += _LOWER_START.match(b) is not None
    return continued >= HARD_WRAP_CONTINUED and 2 * continued >= mid


#: A line that is only a sentence's last word or two in lower case and its stop ("said.", "the companies said.").
_WRAPPED_TAIL = re.compile(r"[a-z][a-z’'-]{1,20}(?:[ \t][a-z][a-z’'-]{1,20})?[.!?]")


def join_wrapped_tails(text: str) -> str:
    """`text` with the break before each wrapped tail written as a space (stop 51): on a page that is not
    hard-wrapped, a line that is only a word or two in lower case and a stop ("said.") after a line that ends on
    a word with no stop ("..., the companies") is that sentence's end. Same length; any other text unchanged."""
    if "\n" not in text:
        return text
    raw = text.split("\n")
    chars: list[str] | None = None
    pos = 0
    for i, line in enumerate(raw):
        if (
            i
            and _WRAPPED_TAIL.fullmatch(line.strip()) is not None
            and (prev := raw[i - 1].strip())[-1:].isalnum()
            and not _title_line(prev)
        ):
            chars = chars if chars is not None else list(text)
            chars[pos - 1] = " "  # the newline before this line
        pos += len(line) + 1
    return text if chars is None else "".join(chars)


def join_hard_wraps(text: str) -> str:
    """`text` with each wrapped line break of a hard-wrapped page (`hard_wrapped`) written as a space;
    any other text unchanged. A break is wrapped when the line before it goes on: it ends mid-sentence,
    or it closes a sentence inside a quotation left open (the next line not opening one of its own).
    A break before a blank line, a list item or a dateline, after a heading in title case, and after
    the page's first line when the next opens with a capital (a headline above its story), stays."""
    if text.count("\n") < HARD_WRAP_LINES:
        return join_wrapped_tails(text)
    raw = text.split("\n")
    lines = [line.strip() for line in raw]
    if not hard_wrapped(lines):
        return join_wrapped_tails(text)
    chars = list(text)
    pos = 0
    paragraph = ""
    first = next((i for i, line in enumerate(lines) if line), 0)
    for i, line in enumerate(lines):
        pos += len(raw[i]) + 1  # the newline after this line sits at pos - 1
        if not line:
            paragraph = ""
            continue
        paragraph = f"{paragraph} {line}" if paragraph else line
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not nxt or _OWN_START.match(nxt):
            paragraph = "" if not nxt else paragraph
            continue
        lower_next = _LOWER_START.match(nxt) is not None
        if _CLOSED_LINE.search(line) is None:
            headline = i == first and not _OWN_START.match(line)  # no dateline: a headline above its story
            wrapped = lower_next or not (_title_line(line) or headline)
        else:
            wrapped = _quote_open(paragraph) and nxt[:1] not in '"“'
        if wrapped:
            chars[pos - 1] = " "
        else:
            paragraph = ""
    return "".join(chars)
