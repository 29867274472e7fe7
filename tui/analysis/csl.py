"""Citations through a CSL style file, rendered by citeproc-py.

CSL (the Citation Style Language) is what Zotero, Mendeley and Pandoc format references with;
thousands of journal and house styles are written in it. A user who must cite in a style the app
does not build in (a journal's, a university's) drops its `.csl` file into the styles folder and
picks it with `C`. The app also offers one style through this path out of the box: Harvard (Cite
Them Right), the style citeproc-py ships.

Why APA, MLA and Chicago stay in tui.analysis.citation: citeproc-py 0.11 renders the official MLA
and Chicago styles wrongly (initials instead of MLA's given names, a stray "Edition" in Chicago
notes); the hand-written styles are checked against the manuals' examples, and APA also against
its CSL style (tests/test_citation_manuals.py).

Whose words they are comes with the passage, as for every style: a quotation names its speaker and
cites the article as where it was reported ("… — Alexandr Wang, quoted in (Kasanmascheff, 2025)").

A style file is data from the user: it is read with a cap, never through a link out of its folder
(tui.userdata), and refused when it declares a DOCTYPE (entities could pull in other files or
expand without bound). Pure functions; no Textual.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.analysis.md_text import md_inline
from tui.analysis.voice import Passage
from tui.corpus.model import ArticleMeta

#: Style names: "harvard" (shipped with citeproc-py) and "csl:<file stem>" for a user's file.
HARVARD = "harvard"
USER_PREFIX = "csl:"
#: A CSL style is a few hundred KiB at most (Chicago's is 90 KiB).
MAX_STYLE_BYTES = 1024 * 1024
_CSL_NS = "http://purl.org/net/xbiblio/csl"
_BUNDLED_FILE = "harvard-cite-them-right.csl"


class CslError(ValueError):
    """A style file that cannot be used, or a reference it cannot render (the reason in words)."""


@dataclass(frozen=True, slots=True)
class CslStyle:
    """A parsed-enough style: its name in the app, its title (from the file) and its XML."""

    name: str
    title: str
    xml: bytes
    #: "in-text" (author-date, numeric…) or "note" (footnote styles): how a quote is followed.
    citation_format: str = "in-text"


def is_csl(style: str) -> bool:
    return style == HARVARD or style.startswith(USER_PREFIX)


def read_style(name: str, data: bytes) -> CslStyle:
    """Check a style file's bytes and read its title; CslError says what is wrong with it."""
    if len(data) > MAX_STYLE_BYTES:
        raise CslError(f"larger than {MAX_STYLE_BYTES // 1024} KiB; not a CSL style")
    head = data[:4096].decode("utf-8", "replace")
    if re.search(r"<!DOCTYPE|<!ENTITY", data.decode("utf-8", "replace"), re.IGNORECASE):
        raise CslError("declares a DOCTYPE or entities; a CSL style needs neither (refused)")
    if "<style" not in head:
        raise CslError("not a CSL style (no <style> element at its start)")
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as err:
        raise CslError(f"not well-formed XML ({err})") from None
    if root.tag != f"{{{_CSL_NS}}}style":
        raise CslError(f"its root element is not a CSL <style> (namespace {_CSL_NS})")
    title = root.findtext(f"{{{_CSL_NS}}}info/{{{_CSL_NS}}}title") or name
    fmt = root.find(f"{{{_CSL_NS}}}info/{{{_CSL_NS}}}category[@citation-format]")
    citation_format = "note" if fmt is not None and fmt.get("citation-format") == "note" else "in-text"
    if root.find(f"{{{_CSL_NS}}}bibliography") is None and root.find(f"{{{_CSL_NS}}}citation") is None:
        raise CslError("has neither a <citation> nor a <bibliography> layout")
    return CslStyle(name, " ".join(title.split()), data, citation_format)


def bundled_style() -> CslStyle:
    """Harvard (Cite Them Right), the style citeproc-py installs with itself."""
    import citeproc

    path = Path(citeproc.__file__).parent / "data" / "styles" / _BUNDLED_FILE
    style = read_style(HARVARD, path.read_bytes())
    return CslStyle(HARVARD, "Harvard (Cite Them Right, through CSL)", style.xml, style.citation_format)


def csl_item(meta: ArticleMeta, item_id: str = "item") -> dict[str, Any]:
    """The article as a CSL-JSON item (a newspaper article; unknown fields left out)."""
    from tui.analysis.citation import split_authors

    item: dict[str, Any] = {"id": item_id, "type": "article-newspaper"}
    if meta.title:
        item["title"] = meta.title
    if meta.outlet:
        item["container-title"] = meta.outlet
    names = split_authors(meta.author)
    if names:
        authors = []
        for name in names:
            parts = name.rsplit(" ", 1)
            if len(parts) == 2:
                authors.append({"given": parts[0], "family": parts[1]})
            else:
                authors.append({"literal": name})
        item["author"] = authors
    if meta.date:
        item["issued"] = {"date-parts": [[meta.date.year, meta.date.month, meta.date.day]]}
    if meta.url:
        item["URL"] = meta.url
    if meta.language:
        item["language"] = meta.language
    return item


def _render(style: CslStyle, meta: ArticleMeta, markup: str) -> tuple[str, str]:
    """(in-text citation or note, bibliography entry) in `markup` ("text", "markdown", "html")."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    out = formatter.html if markup in ("html", "markdown") else formatter.plain
    item = csl_item(meta)
    if markup in ("html", "markdown"):
        # citeproc-py passes field values into its HTML as they are (and reads tags in them as
        # formatting): the article's metadata is escaped first, so it is never markup.
        item = _escaped(item, markdown=markup == "markdown")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = CitationStylesStyle(io.BytesIO(style.xml), validate=False)
            bib = CitationStylesBibliography(parsed, CiteProcJSON([item]), out)
            citation = Citation([CitationItem("item")])
            bib.register(citation)
            cite = str(bib.cite(citation, lambda _item: None))
            entries = bib.bibliography() if parsed.root.bibliography is not None else []
            entry = str(entries[0]) if entries else ""
    except Exception as err:  # citeproc-py raises many kinds on styles it cannot follow
        raise CslError(f"citeproc-py could not render it ({type(err).__name__}: {err})") from None
    if markup == "markdown":
        cite, entry = _markdown(cite), _markdown(entry)
    return " ".join(cite.split()), " ".join(entry.split())


def _escaped(value: Any, markdown: bool) -> Any:
    """The CSL-JSON item with every text value escaped for HTML (and for Markdown first)."""
    import html

    if isinstance(value, dict):
        return {k: v if k in ("id", "type") else _escaped(v, markdown) for k, v in value.items()}
    if isinstance(value, list):
        return [_escaped(v, markdown) for v in value]
    if isinstance(value, str):
        if markdown:
            value = md_inline(value)
        return html.escape(value, quote=False)
    return value


def _markdown(html: str) -> str:
    """citeproc-py's HTML as Markdown: italics as *…*, bold as **…**, entities decoded."""
    import html as html_lib

    text = re.sub(r"</?(i|em)>", "*", html)
    text = re.sub(r"</?(b|strong)>", "**", text)
    text = re.sub(r"<[^>]+>", "", text)
    return html_lib.unescape(text)


def reference(style: CslStyle, meta: ArticleMeta, markup: str = "text") -> str:
    """The article's bibliography entry (a note style without one: its full note)."""
    cite, entry = _render(style, meta, markup)
    return entry or cite


def _html_escape(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def format_passage(style: CslStyle, passage: Passage, markup: str = "text") -> str:
    """The passage with its citation in the CSL style (an article passage: its reference).

    In-text styles: “words” (citation), then the bibliography entry. Note styles: “words”, then
    the note. A quotation names its speaker first: “words” — Alexandr Wang said, quoted in …
    """
    from tui.analysis.citation import quotable, quoting_note, speaker_phrase

    cite, entry = _render(style, passage.meta, markup)
    if passage.kind == "article" or not passage.words:
        return entry or cite
    escape = {"html": _html_escape, "markdown": md_inline}.get(markup, str)
    words = f"“{escape(quotable(passage.words))}”"
    voice = passage.voice
    speaker = escape(speaker_phrase(voice))
    note = "" if voice.quoted else escape(quoting_note(voice))
    if style.citation_format == "note":
        credit = f"{speaker}, quoted in {cite}" if voice.quoted else cite
        return f"{words}{note}\n\n{credit}"
    head = f"{words} — {speaker}, quoted in {cite}" if voice.quoted else f"{words} {cite}{note}"
    return f"{head}\n\n{entry}" if entry else head
