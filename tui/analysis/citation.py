"""Citations for copied quotes, in the styles readers paste into their work.

`format_quote(words, meta, style)` gives the quote with its citation; `format_reference(meta, style)`
gives the reference entry alone (the basket export uses it). Styles:

- plain:    “words” — Author, Outlet, 13 June 2025, URL
- markdown: a blockquote, then "— Author, [Title](URL), *Outlet*, 13 June 2025"
- apa:      APA 7 (news website):   “words” (Author, 2025)  + reference "Last, F. (2025, June 13). Title. Outlet. URL"
- chicago:  Chicago notes (17th):   “words”  + note "First Last, “Title,” Outlet, June 13, 2025, URL."
- mla:      MLA 9:                  “words” (Last)  + works cited "Last, First. “Title.” Outlet, 13 June 2025, url."
- bibtex:   a biblatex @online entry for the article, the quote above it as a % comment.

Whose words they are comes with the passage (tui.analysis.voice.Voice): a quotation names its
speaker first and the article as where it was reported, in each style's form for a secondary source
(APA "as cited in", MLA "qtd. in", Chicago "quoted in"; plain and Markdown "Alexandr Wang wrote in
an op-ed, quoted by Markus Kasanmascheff in Winbuzzer, …"). Only the article's own words are cited
as the reporter's.

What is unknown is left out, never printed as "None"; the style's own stand-in is used where it has one
(APA "n.d."; a title in the author's place). Titles are kept as published (no re-casing). The quoted
words are kept, except that quotation marks inside them become single ones (“…‘term’…”) and a
passage longer than MAX_WORDS characters is cut at a word with "…". Pure functions: no Textual here.
"""

from __future__ import annotations

import re
import unicodedata

from tui.analysis.choices import CITATION_STYLES
from tui.analysis.csl import HARVARD, USER_PREFIX, CslStyle, bundled_style
from tui.analysis.md_text import md_inline
from tui.analysis.voice import OWN, Passage, Voice
from tui.corpus.model import ArticleMeta

#: A style: a built-in name (STYLES, or "harvard" through CSL), or a CSL style file the user chose
#: (tui.userdata.csl_styles reads it).
Style = str | CslStyle

STYLES: tuple[str, ...] = CITATION_STYLES
STYLE_LABELS: dict[str, str] = {
    "plain": "Plain",
    "markdown": "Markdown blockquote with a link",
    "apa": "APA (7th edition)",
    "chicago": "Chicago (notes, 17th edition)",
    "mla": "MLA (9th edition)",
    "bibtex": "BibTeX (biblatex @online entry for the article)",
    "harvard": "Harvard (Cite Them Right, through CSL)",
}
DEFAULT_STYLE = "plain"
#: The longest passage copied whole (characters); a longer one is cut at a word and ends with "…".
MAX_WORDS = 1000

_MLA_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
_SHORT_TITLE_STOP = {"a", "an", "the", "in", "of", "on", "for", "to", "and", "or", "at", "by", "with", "as"}


class UnknownStyleError(ValueError):
    """A citation style that is not one of STYLES."""


def check_style(style: str) -> str:
    if style not in STYLES:
        known = ", ".join(STYLES)
        if style.startswith(USER_PREFIX):
            raise UnknownStyleError(f"the CSL style '{style}' was not loaded (known: {known}, csl:<file>)")
        raise UnknownStyleError(f"unknown citation style '{style}' (known: {known}, csl:<file>)")
    return style


# --- dates -------------------------------------------------------------------------------------


def long_date(meta: ArticleMeta) -> str | None:
    """13 June 2025 (plain)."""
    if meta.date is None:
        return None
    return f"{meta.date.day} {meta.date.strftime('%B %Y')}"


def _us_date(meta: ArticleMeta) -> str | None:
    """June 13, 2025 (Chicago)."""
    if meta.date is None:
        return None
    return f"{meta.date.strftime('%B')} {meta.date.day}, {meta.date.year}"


def _mla_date(meta: ArticleMeta) -> str | None:
    """13 June 2025, 5 Sept. 2025 (MLA abbreviates months longer than four letters)."""
    if meta.date is None:
        return None
    return f"{meta.date.day} {_MLA_MONTHS[meta.date.month - 1]} {meta.date.year}"


def _apa_date(meta: ArticleMeta) -> str:
    """(2025, June 13) or (n.d.)."""
    if meta.date is None:
        return "(n.d.)"
    return f"({meta.date.year}, {meta.date.strftime('%B')} {meta.date.day})"


# --- names -------------------------------------------------------------------------------------


def split_authors(author: str | None) -> list[str]:
    """ "A and B", "A & B", "A; B" -> ["A", "B"]. A single "Last, First" stays one name."""
    if not author or not author.strip():
        return []
    parts = re.split(r"\s*;\s*|\s+and\s+|\s*&\s*", author.strip())
    return [p.strip() for p in parts if p.strip()]


def _name_parts(name: str) -> tuple[str, str]:
    """(first names, last name). "Last, First" and "First Last" both work; one word is a last name."""
    if "," in name:
        last, _, first = name.partition(",")
        return first.strip(), last.strip()
    words = name.split()
    if len(words) == 1:
        return "", words[0]
    return " ".join(words[:-1]), words[-1]


def _initials(first: str) -> str:
    """ "Markus" -> "M."; "Jean-Luc" -> "J.-L."; "Mary Ann" -> "M. A."."""
    out = []
    for word in first.split():
        pieces = [p for p in word.split("-") if p]
        out.append("-".join(p[0].upper() + "." for p in pieces))
    return " ".join(out)


def _last_names(meta: ArticleMeta) -> list[str]:
    return [_name_parts(a)[1] for a in split_authors(meta.author)]


def _inverted(name: str) -> str:
    first, last = _name_parts(name)
    return f"{last}, {first}" if first else last


def _join(items: list[str], conj: str = "and", oxford: bool = True) -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    comma = "," if oxford else ""
    return ", ".join(items[:-1]) + f"{comma} {conj} {items[-1]}"


def short_title(title: str, words: int = 4) -> str:
    """The first few words of a title, for an in-text citation without an author."""
    parts = title.split()[:words]
    while len(parts) > 1 and parts[-1].lower().strip(",:;") in _SHORT_TITLE_STOP:
        parts.pop()
    return " ".join(parts).rstrip(",:;")


def _end(text: str, mark: str = ".") -> str:
    """Add closing punctuation unless the text already ends with some."""
    return text if text.endswith((".", "?", "!")) else text + mark


def _quoted_title(title: str, mark: str) -> str:
    """“Title,” or “Title.” (American punctuation inside the quotes; "?" and "!" stand for the mark)."""
    if title.endswith(("?", "!")):
        return f"“{title}”"
    return f"“{title}{mark}”"


# --- titles: sentence case, proper nouns, italics ----------------------------------------------

#: Italics markers inside a formatted citation; `render` turns them into *…*, <i>…</i> or nothing.
_I0, _I1 = "\ue000I\ue001", "\ue000i\ue001"
MARKUPS: tuple[str, ...] = ("text", "markdown", "html")
_EDGE = "“”\"'‘’()[],.;:?!"


def _core(token: str) -> str:
    core = token.strip(_EDGE)
    return re.sub(r"[’']s$", "", core)


def _acronym(core: str) -> bool:
    """AI, CEO, $14B, iPhone, OpenAI: capitals or digits past the first letter are kept as written."""
    return any(ch.isdigit() for ch in core) or any(ch.isupper() for ch in core[1:])


def _kept_words(words: list[str], proper: tuple[str, ...]) -> set[int]:
    """Indexes of words that belong to a proper noun the corpus knows ("Scale AI", "Alexandr Wang")."""
    keep: set[int] = set()
    cores = [_core(w) for w in words]
    for name in sorted(set(proper), key=len, reverse=True):
        parts = name.split()
        if not parts:
            continue
        for k in range(len(words) - len(parts) + 1):
            if all(cores[k + j] == _core(parts[j]) for j in range(len(parts))):
                keep.update(range(k, k + len(parts)))
    return keep


def sentence_case(title: str, proper: tuple[str, ...] = ()) -> str:
    """APA's sentence case: the first word, the first word after a colon, proper nouns (`proper`: the
    corpus's entity names) and acronyms keep their capitals; other words are lowered.
    "Meta Invests $14B in Scale AI Deal" -> "Meta invests $14B in Scale AI deal"."""
    parts = re.split(r"(\s+)", title)
    words = [p for p in parts if p and not p.isspace()]
    keep = _kept_words(words, proper)
    out: list[str] = []
    n = 0
    start = True
    for part in parts:
        if not part or part.isspace():
            out.append(part)
            continue
        if start or n in keep:
            out.append(part)
        else:
            out.append("-".join(p if _acronym(_core(p)) else p.lower() for p in part.split("-")))
        start = part.endswith((":", "—", "?", "!"))
        n += 1
    return "".join(out)


def _bib_title(title: str, proper: tuple[str, ...]) -> str:
    """The title for BibTeX with proper nouns and acronyms in braces, so a style's re-casing keeps them."""
    words = title.split()
    keep = _kept_words(words, proper)
    out: list[str] = []
    n = 0
    while n < len(words):
        if n in keep or any(_acronym(_core(p)) for p in words[n].split("-")):
            group = [words[n]]
            while n + 1 < len(words) and n + 1 in keep and n in keep:
                n += 1
                group.append(words[n])
            text = _bib_escape(" ".join(group))
            lead = re.match(r"^[“\"'‘(]*", text).group(0)  # type: ignore[union-attr]
            tail = re.search(r"[”\"'’),.;:?!]*$", text).group(0)  # type: ignore[union-attr]
            inner = text[len(lead) : len(text) - len(tail)] if tail else text[len(lead) :]
            out.append(f"{lead}{{{inner}}}{tail}")
        else:
            out.append(_bib_escape(words[n]))
        n += 1
    return " ".join(out)


def _it(text: str) -> str:
    return f"{_I0}{text}{_I1}"


def render(text: str, markup: str = "text") -> str:
    """Finish a citation: italics as nothing (text), *…* (markdown) or <i>…</i> (html); in Markdown and
    HTML the rest is escaped (an article's words and names are text, never markup)."""
    if markup == "markdown":
        return md_inline(text).replace(_I0, "*").replace(_I1, "*")
    if markup == "html":
        import html

        return html.escape(text, quote=False).replace(_I0, "<i>").replace(_I1, "</i>")
    return text.replace(_I0, "").replace(_I1, "")


# --- references --------------------------------------------------------------------------------


def _plain_reference(meta: ArticleMeta) -> str:
    parts = [p for p in (meta.author, meta.outlet, long_date(meta), meta.url) if p]
    if not parts and meta.title:
        parts = [meta.title]
    return ", ".join(parts) if parts else "unknown source"


def _apa_authors(meta: ArticleMeta) -> str | None:
    names = split_authors(meta.author)
    if not names:
        return None
    formatted = []
    for name in names:
        first, last = _name_parts(name)
        formatted.append(f"{last}, {_initials(first)}" if first else last)
    if len(formatted) == 1:
        return formatted[0]
    return ", ".join(formatted[:-1]) + ", & " + formatted[-1]


def _apa_reference(meta: ArticleMeta, proper: tuple[str, ...] = ()) -> str:
    """APA 7, an article on a news website: the title in sentence case and italics, the site plain."""
    authors = _apa_authors(meta)
    # Sentence case needs to know the proper nouns; without them the title stays as published
    # rather than lowering "Meta" or "Scale".
    cased = sentence_case(meta.title, proper) if meta.title and proper else meta.title
    title = (_it(cased) + ("" if cased.endswith((".", "?", "!")) else ".")) if cased else None
    pieces: list[str] = []
    if authors:
        pieces.append(f"{_end(authors)} {_apa_date(meta)}.")
        if title:
            pieces.append(title)
    elif title:  # no author: the title moves to the author's place
        pieces.append(f"{title} {_apa_date(meta)}.")
    else:
        pieces.append(f"{_end(meta.outlet) if meta.outlet else 'Untitled.'} {_apa_date(meta)}.")
        return " ".join(pieces + ([meta.url] if meta.url else []))
    if meta.outlet:
        pieces.append(_end(meta.outlet))
    if meta.url:
        pieces.append(meta.url)
    return " ".join(pieces)


def _apa_in_text(meta: ArticleMeta) -> str:
    year = str(meta.date.year) if meta.date else "n.d."
    lasts = _last_names(meta)
    if lasts:
        who = lasts[0] + (" et al." if len(lasts) > 2 else f" & {lasts[1]}" if len(lasts) == 2 else "")
    elif meta.title:
        return f"({_it(short_title(meta.title))}, {year})"
    else:
        who = meta.outlet or "Unknown"
    return f"({who}, {year})"


def _chicago_note(meta: ArticleMeta) -> str:
    """First Last, “Title,” Outlet, June 13, 2025, URL."""
    names = split_authors(meta.author)
    elements: list[tuple[str, str]] = []
    if names:
        elements.append(("text", _join(names)))
    if meta.title:
        elements.append(("title", meta.title))
    elements += [
        ("text", p) for p in (_it(meta.outlet) if meta.outlet else None, _us_date(meta), meta.url) if p
    ]
    if not elements:
        return "Unknown source."
    out = ""
    for i, (kind, value) in enumerate(elements):
        last = i == len(elements) - 1
        if kind == "title":
            out += _quoted_title(value, "." if last else ",") + ("" if last else " ")
        else:
            out += _end(value) if last else value + ", "
    return out


def _chicago_bibliography(meta: ArticleMeta) -> str:
    """Chicago 17 bibliography entry: Last, First. “Title.” *Outlet*, June 13, 2025. URL."""
    names = split_authors(meta.author)
    pieces: list[str] = []
    if names:
        inverted = [_inverted(names[0]), *names[1:]]
        pieces.append(_end(_join(inverted)))
    if meta.title:
        pieces.append(_quoted_title(meta.title, "."))
    where = ", ".join(p for p in (_it(meta.outlet) if meta.outlet else None, _us_date(meta)) if p)
    if where:
        pieces.append(_end(where))
    if meta.url:
        pieces.append(_end(meta.url))
    return " ".join(pieces) if pieces else "Unknown source."


def _mla_authors(meta: ArticleMeta) -> str | None:
    names = split_authors(meta.author)
    if not names:
        return None
    if len(names) == 1:
        return _inverted(names[0])
    if len(names) == 2:
        return f"{_inverted(names[0])}, and {names[1]}"
    return f"{_inverted(names[0])}, et al"


def _strip_scheme(url: str) -> str:
    return re.sub(r"^https?://", "", url)


def _mla_reference(meta: ArticleMeta) -> str:
    pieces: list[str] = []
    authors = _mla_authors(meta)
    if authors:
        pieces.append(_end(authors))
    if meta.title:
        pieces.append(_quoted_title(meta.title, "."))
    container = [
        p
        for p in (
            _it(meta.outlet) if meta.outlet else None,
            _mla_date(meta),
            _strip_scheme(meta.url) if meta.url else None,
        )
        if p
    ]
    if container:
        pieces.append(_end(", ".join(container)))
    return " ".join(pieces) if pieces else "Unknown source."


def _mla_in_text(meta: ArticleMeta) -> str:
    lasts = _last_names(meta)
    if lasts:
        if len(lasts) == 1:
            return f"({lasts[0]})"
        if len(lasts) == 2:
            return f"({lasts[0]} and {lasts[1]})"
        return f"({lasts[0]} et al.)"
    if meta.title:
        return f"(“{short_title(meta.title)}”)"
    return f"({meta.outlet})" if meta.outlet else ""


def _md_url(url: str) -> str:
    return f"<{url}>" if re.search(r"[\s()<>]", url) else url


def _markdown_reference(meta: ArticleMeta) -> str:
    names = split_authors(meta.author)
    pieces: list[str] = []
    if names:
        pieces.append(md_inline(_join(names)))
    if meta.title and meta.url:
        pieces.append(f"[{md_inline(meta.title)}]({_md_url(meta.url)})")
    elif meta.title:
        pieces.append(md_inline(meta.title))
    if meta.outlet:
        if meta.url and not meta.title:
            pieces.append(f"[*{md_inline(meta.outlet)}*]({_md_url(meta.url)})")
        else:
            pieces.append(f"*{md_inline(meta.outlet)}*")
    elif meta.url and not meta.title:
        pieces.append(f"<{meta.url}>")
    date = long_date(meta)
    if date:
        pieces.append(date)
    return ", ".join(pieces) if pieces else "unknown source"


_BIB_SPECIAL = re.compile(r"([\\{}$&%#_~^])")
_BIB_REPLACEMENTS = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def _bib_escape(text: str) -> str:
    return _BIB_SPECIAL.sub(lambda m: _BIB_REPLACEMENTS.get(m.group(1), "\\" + m.group(1)), text)


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]", "", folded.lower())


def bibtex_key(meta: ArticleMeta) -> str:
    """lastname + year + first significant title word: kasanmascheff2025meta."""
    lasts = _last_names(meta)
    head = _ascii_slug(lasts[0]) if lasts else _ascii_slug(meta.outlet or "")
    year = str(meta.date.year) if meta.date else ""
    word = ""
    for candidate in (meta.title or "").split():
        slug = _ascii_slug(candidate)
        if slug and slug[0].isalpha() and slug not in _SHORT_TITLE_STOP:
            word = slug
            break
    key = f"{head}{year}{word}"
    return key or "article"


def unique_keys(articles: list[tuple[str, ArticleMeta]]) -> dict[str, str]:
    """One BibTeX key per article id; articles whose keys would clash get a, b, c… (kasanmascheff2025metaa)."""
    by_key: dict[str, list[str]] = {}
    for article_id, meta in articles:
        ids = by_key.setdefault(bibtex_key(meta), [])
        if article_id not in ids:
            ids.append(article_id)
    out: dict[str, str] = {}
    for key, ids in by_key.items():
        for n, article_id in enumerate(ids):
            out[article_id] = key if len(ids) == 1 else f"{key}{_suffix(n)}"
    return out


def _suffix(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _bibtex_entry(meta: ArticleMeta, proper: tuple[str, ...] = (), key: str | None = None) -> str:
    names = split_authors(meta.author)
    fields: list[tuple[str, str]] = []
    if names:
        fields.append(("author", " and ".join(_bib_escape(_inverted(n)) for n in names)))
    if meta.title:
        fields.append(("title", _bib_title(meta.title, proper)))
    if meta.outlet:
        fields.append(("organization", _bib_escape(meta.outlet)))
    if meta.date:
        fields.append(("date", meta.date.isoformat()))
    if meta.url:
        fields.append(("url", meta.url.replace("{", "%7B").replace("}", "%7D")))
    if meta.language:
        fields.append(("langid", _bib_escape(meta.language)))
    body = "".join(f"  {name} = {{{value}}},\n" for name, value in fields)
    return f"@online{{{key or bibtex_key(meta)},\n{body}}}"


def format_reference(
    meta: ArticleMeta,
    style: Style = DEFAULT_STYLE,
    proper: tuple[str, ...] = (),
    markup: str = "text",
    key: str | None = None,
    bibliography: bool = False,
) -> str:
    """The reference to the article alone, in `style` (for a bibliography or a basket export).

    `proper`: the proper nouns the title may hold (APA's sentence case and BibTeX's braces keep
    them); `markup`: "text", "markdown" (*italics*) or "html"; `key`: the BibTeX key to use;
    `bibliography`: Chicago's bibliography entry instead of its note.
    """
    csl = _csl(style)
    if csl is not None:
        from tui.analysis import csl as csl_styles

        return csl_styles.reference(csl, meta, markup)
    assert isinstance(style, str)
    check_style(style)
    if style == "chicago" and bibliography:
        return render(_chicago_bibliography(meta), markup)
    if style == "plain":  # no italics, in any markup
        return render(render(_plain_reference(meta)), markup)
    if style == "markdown":
        return _markdown_reference(meta)
    if style == "apa":
        return render(_apa_reference(meta, proper), markup)
    if style == "chicago":
        return render(_chicago_note(meta), markup)
    if style == "mla":
        return render(_mla_reference(meta), markup)
    return _bibtex_entry(meta, proper, key)


def quotable(words: str, limit: int = MAX_WORDS) -> str:
    """The words as they go between quotation marks: inner double marks become single ones, and a
    passage longer than `limit` characters is cut at a word with "…" (never cut silently)."""
    text = words.replace("“", "‘").replace("”", "’")
    text = re.sub(r'"([^"]*)"', "‘\\1’", text).replace('"', "’")
    if len(text) > limit:
        cut = text[: limit - 1]
        space = cut.rfind(" ")
        if space > limit // 2:
            cut = cut[:space]
        text = cut.rstrip(" ,;:") + "…"
    return text


def _lead(words: str) -> str:
    """“words,” before a speaker (American punctuation: the comma inside the marks)."""
    if words.endswith("."):
        return f"“{words[:-1]},”"
    if words.endswith(("?", "!", "…", ",")):
        return f"“{words}”"
    return f"“{words},”"


def speaker_phrase(voice: Voice) -> str:
    """ "Alexandr Wang wrote in an op-ed", "one analyst said", "a speaker the article does not name"."""
    if voice.speaker:
        return f"{voice.speaker} {voice.how or 'said'}"
    return "words of a speaker the article does not name"


def _reporter(meta: ArticleMeta, markdown: bool = False) -> str:
    """ "Markus Kasanmascheff in Winbuzzer, 13 June 2025, URL" (the article as where it was reported)."""
    names = split_authors(meta.author)
    author = _join(names)
    if markdown:
        author = md_inline(author)
        outlet = f"*{md_inline(meta.outlet)}*" if meta.outlet else None
        title = None
        if meta.title:
            title = f"[{md_inline(meta.title)}]({_md_url(meta.url)})" if meta.url else md_inline(meta.title)
        rest = [p for p in (title, outlet, long_date(meta)) if p]
        if not meta.title and meta.url:
            rest.append(f"<{meta.url}>")
    else:
        rest = [p for p in (meta.outlet, long_date(meta), meta.url) if p]
        if not meta.outlet and meta.title:
            rest.insert(0, meta.title)
    where = ", ".join(rest) if rest else "an unknown source"
    return f"by {author} in {where}" if author else f"in {where}"


def _apa_speaker(voice: Voice) -> str:
    if not voice.speaker:
        return "unnamed source"
    if voice.person:
        return _name_parts(voice.speaker)[1]
    return voice.speaker


def _chicago_speaker(voice: Voice) -> str:
    if not voice.speaker:
        return "Unnamed source"
    at = voice.how.find(" in ")
    medium = voice.how[at + 1 :] if at >= 0 else ""
    name = voice.speaker[:1].upper() + voice.speaker[1:]
    return f"{name}, {medium}" if medium.startswith("in ") else name


def quoting_note(voice: Voice) -> str:
    """ " (the passage quotes Alexandr Wang)" for words of the article's that hold a quotation."""
    if not voice.known:
        return " (whose words these are was not recorded: check the article)"
    notes = []
    if voice.attributed_to:
        notes.append(f"the article attributes this to {voice.attributed_to}")
    if voice.quoting:
        notes.append(f"the passage quotes {_join(list(voice.quoting))}")
    return f" ({'; '.join(notes)})" if notes else ""


def style_name(style: Style) -> str:
    """The style's name as the settings and exports record it ("apa", "csl:my-journal")."""
    return style.name if isinstance(style, CslStyle) else style


def style_label(style: Style) -> str:
    """The style as the user reads it: "APA (7th edition)", a CSL file's own title."""
    if isinstance(style, CslStyle):
        return style.title if style.name == HARVARD else f"{style.title} (CSL file)"
    return STYLE_LABELS.get(style, style)


def _csl(style: Style) -> CslStyle | None:
    """The CSL style `style` names, if it is one ("harvard": the one citeproc-py ships)."""
    if isinstance(style, CslStyle):
        return style
    return bundled_style() if style == HARVARD else None


def format_passage(passage: Passage, style: Style = DEFAULT_STYLE, markup: str = "text") -> str:
    """A passage with its citation in `style`; an article passage (no words) gives the reference."""
    csl = _csl(style)
    if csl is not None:
        from tui.analysis import csl as csl_styles

        return csl_styles.format_passage(csl, passage, markup)
    assert isinstance(style, str)
    if passage.kind == "article" or not passage.words:
        return format_reference(passage.meta, style, passage.proper, markup)
    return format_quote(passage.words, passage.meta, style, passage.voice, passage.proper, markup)


def format_quote(
    words: str,
    meta: ArticleMeta,
    style: Style = DEFAULT_STYLE,
    voice: Voice = OWN,
    proper: tuple[str, ...] = (),
    markup: str = "text",
) -> str:
    """The quoted words with their citation in `style` (see the module docstring for each shape).

    `voice` says whose words they are (default: the article's own); `proper` and `markup` as for
    `format_reference`.
    """
    if _csl(style) is not None:
        return format_passage(Passage(words, meta, voice, proper=proper), style, markup)
    assert isinstance(style, str)
    check_style(style)
    words = quotable(words)
    if style in ("plain", "markdown", "bibtex"):
        return _format_quote(words, meta, style, voice, proper)
    return render(_format_quote(words, meta, style, voice, proper), markup)


def _format_quote(words: str, meta: ArticleMeta, style: str, voice: Voice, proper: tuple[str, ...]) -> str:
    if voice.quoted:
        return _format_quotation(words, meta, style, voice, proper)
    note = quoting_note(voice)
    if style == "plain":
        return f"“{words}” — {_plain_reference(meta)}{note}"
    if style == "markdown":
        lines = [f"> {md_inline(line)}".rstrip() for line in words.split("\n")]
        return "\n".join([*lines, ">", f"> — {_markdown_reference(meta)}{md_inline(note)}"])
    if style == "apa":
        return f"“{words}” {_apa_in_text(meta)}{note}\n\n{_apa_reference(meta, proper)}"
    if style == "chicago":
        return f"“{words}”{note}\n\n{_chicago_note(meta)}"
    if style == "mla":
        in_text = _mla_in_text(meta)
        return f"“{words}” {in_text}{note}".rstrip() + f"\n\n{_mla_reference(meta)}"
    comment = "\n".join(f"% {line}".rstrip(" \t") for line in f"“{words}”{note}".split("\n")) if words else ""
    return f"{comment}\n{_bibtex_entry(meta, proper)}" if comment else _bibtex_entry(meta, proper)


def _format_quotation(
    words: str, meta: ArticleMeta, style: str, voice: Voice, proper: tuple[str, ...] = ()
) -> str:
    """Words of someone the article quotes: the speaker first, the article as where it was reported."""
    said = speaker_phrase(voice)
    said = said[:1].upper() + said[1:] if style in ("mla",) else said
    if style == "plain":
        return f"{_lead(words)} {said}, quoted {_reporter(meta)}"
    if style == "markdown":
        lines = [f"> {md_inline(line)}".rstrip() for line in words.split("\n")]
        credit = f"> — {md_inline(said)}, quoted {_reporter(meta, markdown=True)}"
        return "\n".join([*lines, ">", credit])
    if style == "apa":
        inner = _apa_in_text(meta)[1:-1]
        return f"“{words}” ({_apa_speaker(voice)}, as cited in {inner})\n\n{_apa_reference(meta, proper)}"
    if style == "chicago":
        note = _chicago_note(meta)
        return f"“{words}”\n\n{_chicago_speaker(voice)}, quoted in {note}"
    if style == "mla":
        inner = _mla_in_text(meta)[1:-1]
        # Even with nothing known of the article, the words are marked as quoted in it, never as its.
        return f"{said}: “{words}” (qtd. in {inner or 'an unknown source'})\n\n{_mla_reference(meta)}"
    comment = "\n".join(f"% {line}".rstrip(" \t") for line in f"“{words}” — {said}, quoted in:".split("\n"))
    return f"{comment}\n{_bibtex_entry(meta, proper)}"
