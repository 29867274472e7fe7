"""Page furniture inside an article's text: bylines, datelines, photo captions and credits, promo lines.

`split_furniture` (text.py) cuts what follows an article (author box, comments). What this module
finds sits *inside* the text, among the paragraphs: a news page copied as text keeps it.

- byline: "By A. Writer, Outlet", "By A. Writer | Reuters", "By A. Writer and B. Writer",
  "A. Writer | 22 November 2024 | 4 min read"; the names are kept (`Furniture.names`): the
  extractor types them as persons and the loader takes them as the author when none is given.
- credit: a wire's closing "(Reporting by A. Writer in Seattle; Editing by B. Writer)"; a contributor's
  line, "— Outlet's A. Writer contributed to this report." (stop 41).
- dateline: the head of a paragraph, "NEW YORK, June 13 (Reuters) -", "(Wire) -", "SEATTLE -", two places
  with a slash ("OSLO/BERGEN (Wire) -", stop 52).
- caption: a picture's web address at a line's head (the story run into it), a photo caption or credit line ("(Photo: …)", "Image credit: …", "File photo", "[Photo: …]",
  a short line ending in a credit "(A. Writer / Agency)"), or such a parenthesis inside a paragraph.
- promo: "Read more: …", "Sign up for …", "Subscribe …", "Advertisement", "You may also like", a video
  player's teaser run into the text ("More from UK 0:38 <the clip's summary>", stop 42), and
  boilerplate: a copyright line, a newsletter blurb ("… in this weekly newsletter."), a republisher's
  notice ("This story first appeared on a partner site"); an outlet's account of itself closing a
  page that runs its story ("Harbour Wire, the news division of Harbour Group, is the world's largest
  news provider ...", stop 41).
- promo also: a line of a page's social tags ("#Deals #AI #Funding", stop 50; `tag_line`).
- label: a section label alone on its line ("Key Points:", "Deal Brief:").
- related (stop 36): another story appended after the page's body, by its shape: after two paragraphs
  of prose, a headline the page writes twice a few lines apart (a caption or a date between), and
  everything after it. A "just in" box of three or more headlines in sentence case on consecutive
  lines (no stop, colon or comma at their ends, each written once) is promo, like a title-cased one.
  Since stop 52 also a box of other stories under its own heading ("More Stories", "Most read") after
  the page's prose: from the heading to the end.

Every pattern is applied to one line of at most MAX_LINE characters (a longer line is article text,
never furniture), so the whole scan is linear in the text. Pure functions; no Textual here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from tui.corpus.lazy_pattern import lazy
from tui.corpus.text import CASE_FOLDS, line_spans

#: A line longer than this is never taken as furniture (and no pattern runs on it).
MAX_LINE = 300

BYLINE = "byline"
CREDIT = "credit"
DATELINE = "dateline"
CAPTION = "caption"
PROMO = "promo"
LABEL = "label"
#: Another story appended after the page's own (stop 36): read by no rule of the extractor, but kept in
#: the body a copy is judged on (`body_without_furniture`), whose thresholds were set on whole pages.
RELATED = "related"


@dataclass(frozen=True, slots=True)
class Furniture:
    """A stretch of page furniture: [start, end) into the text, its kind, and the persons it names."""

    start: int
    end: int
    kind: str
    names: tuple[str, ...] = ()


# A person's name in a byline: two to four capitalised words or initials ("A. Writer", "Mary-Jo O'Neil").
_NAME = r"(?:[A-Z][\w’'.-]*\.?\s+){1,3}[A-Z][\w’'-]+"
_NAME_RE = lazy(_NAME)
#: An author's bio: "Ola Brandt has spent 20 years covering ...", "Ola Brandt is a senior reporter ...".
_BIO = lazy(
    rf"(?P<name>{_NAME})\s+(?:is\s+an?\s+(?:[\w-]+\s+){{0,3}}(?:reporter|writer|correspondent|editor|columnist|"
    r"journalist|contributor)|has\s+(?:spent\s+\S+\s+years\s+|been\s+)?(?:covering|reporting\s+on|writing\s+about)|"
    r"covers\s|writes\s+about|reports\s+on)"
)
_BIO_MAX = 400
_NAMES = rf"{_NAME}(?:\s*(?:\band\b|&)\s*{_NAME}){{0,3}}"
#: A page button's word run into the next line's first word ("QuoteBy A. Writer", "QuoteSAN FRANCISCO (AP) -"):
#: a capitalised word of 4-10 letters glued to a capital.
_GLUED = r"(?:[A-Z][a-z]{3,9}(?=[A-Z]))?"
_BY = lazy(
    rf"^(?:{_GLUED}By|[Bb]y|BY|(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Aa]rticle|[Rr]eport)\s+by)\s+(?P<names>{_NAMES})\.?\s*(?P<rest>(?:[,|•·–—-].*)?)$"
)
# A byline naming only an outlet or a desk: "By Wirewire", "By Staff Reporters".
_BY_DESK = lazy(r"^(?:[Bb]y|BY)\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,2}\.?$")
_BARE_BYLINE = lazy(rf"^(?P<names>{_NAMES})\s*[|•·]\s*(?P<rest>.+)$")
# What may follow a bare name before the line counts as a byline: a date, a time, "4 min read", a role.
_BYLINE_TAIL = lazy(
    r"\b(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|"
    r"min(?:ute)?s?\s+read|updated|published|posted|reporter|correspondent|editor|writer|staff)\b",
    re.IGNORECASE,
)
#: Also "(Reporting A. Writer in Oslo; Editing B. Writer)": the wire's credit without its "by".
_CREDIT = lazy(
    r"^\(?\s*(?:(?:(?:additional\s+)?reporting|writing|editing|compiled|produced)\s+by\b|"
    # the outlets a story was put together from: "With input from Harbour Wire, Ola Radio."
    r"with\s+(?:additional\s+)?(?:input|reporting)\s+(?:from|by)\s+(?-i:[A-Z])|"
    r"(?:additional\s+)?reporting\s+(?-i:[A-Z][\w.’'-]*\s+[A-Z])).*$",
    re.IGNORECASE,
)
#: A wire's credit in brackets at the end of a paragraph: "... rupees) (Reporting by A. Writer, editing
#: by B. Writer)". Cut out of its sentence like a photo credit.
#: A contributor's line closing a story: "— Harbour Times' Ola Brandt contributed to this report.",
#: "Ana Ruiz and Ola Brandt contributed reporting from Oslo.", "The Wire Service contributed to this
#: story." Who helped write the page is its credits, not a name in the story (no entity, no source).
_CONTRIBUTED = lazy(
    r"^[-–—\s]*(?:[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}[’']s?\s+)?"
    r"(?:(?:[Ss]taff\s+)?(?:writer|reporter|correspondent|editor)s?\s+)?"
    r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:(?:,\s*|,?\s+and\s+)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}){0,3}"
    r"\s+contributed\s+(?:to\s+this\s+(?:report|story|article)|(?:additional\s+)?reporting|this\s+report)"
    r"(?:\s+(?:from|in)\s+[A-Z][\w.’'-]*(?:,?\s+[A-Z][\w.’'-]*){0,3})?\s*\.?\s*$"
)
#: An outlet's account of itself, the box a page that runs its story closes with: "Harbour Wire, the
#: news division of Harbour Group, is the world's largest news provider ...", "The Wire Service is an
#: independent global news organization ...". Read on a paragraph's head only (any length), and taken
#: only under its heading (the outlet's name alone on the line before, or "About <outlet>:" opening
#: it): a story about a news company may say the same words of it.
_ABOUT_OUTLET = lazy(
    r"(?P<about>About\s+(?:the\s+)?[A-Z][\w&.’' -]{0,40}:\s*)?(?P<name>(?:The\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})"
    r"(?:,\s+the\s+(?:[\w-]+\s+){0,4}(?:division|arm|unit)\s+of\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3},)?"
    r"\s+is\s+(?:the\s+world[’']s\s+(?:largest|leading|biggest|oldest)|an?\s+(?:independent|leading|global)(?:\s+[\w-]+){0,2})"
    r"\s+(?:[\w-]+\s+){0,3}news\s+(?:provider|organi[sz]ation|agency|service)"
)
_INLINE_WIRE_CREDIT = lazy(r"\((?:Additional\s+r|R)eporting\s+(?:by\s+)?[A-Z][^()]{0,300}?\)")
_CREDIT_BY = lazy(r"\bby\s+(?P<names>[^;)(]*)", re.IGNORECASE)
_IN_PLACE = lazy(r"\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}")
# A dateline at the head of a paragraph.
_WIRE = r"\((?:[A-Z][\w&.’' -]{0,40})\)"
_PLACE = r"[A-Z][A-Z.’'-]+(?:(?:\s+|/)[A-Z][A-Z.’'-]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
_DATE = r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))"
#: A date alone before the wire, the place left out by the page that carries the story: "Dec 1 (Wire) -".
_DATE_ONLY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\s*"
#: A place written in title case, taken only with the date and the wire after it: "Oslo, Dec. 4 (Wire)--".
_TITLED_PLACE = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}"
#: A US state's postal code (the two letters a release's dateline writes after its town).
_STATE_CODE = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT"
    r"|V[AT]|W[AIVY])"
)
#: After a wire's name the dash may be glued to the story's first word: "BERLIN (Wire) -Harbour said".
_DATELINE = lazy(
    rf"^{_GLUED}(?:(?:(?:{_PLACE}){_DATE}?\s*{_WIRE}|{_DATE_ONLY}{_WIRE}|{_TITLED_PLACE}{_DATE}\s*{_WIRE}|{_WIRE})"
    r"\s*[-–—]+(?:\s+(?=\S)|\s*$|(?=[A-Z]))"
    # a place in title case and the wire alone on their line: "Lisbon (Wire) –" (stop 53)
    rf"|{_TITLED_PLACE}\s*{_WIRE}[ \t]*[-–—]+[ \t]*(?:\n|$)"
    rf"|(?:{_PLACE}){_DATE}?\s*[-–—]+(?:\s+(?=\S)|\s*$)"
    # a shouted place glued by its dash to the story's first word: "NEW YORK-Harbour Group said", "SEATTLE-"
    # (two words, or one of five letters or more: "US-China" and "OSLO-Harbour" are no dateline)
    r"|(?:[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}|[A-Z]{5,})[-–—](?=[A-Z][a-z])"
    # a town in title case and a US state's postal code glued by its dash to the story's first word:
    # "Palo Alto, CA-Harbour Labs said" (stop 54; a code of no state, "Later, US-China", is no dateline)
    rf"|{_TITLED_PLACE},\s+{_STATE_CODE}[-–—](?=[A-Z][a-z])"
    # a syndicator's code and its provider in brackets opening the story: "(NEWSDESK- Harbour Wire)"
    r"|\([A-Z]{2,12}\s?[-–—]\s?[A-Z][\w&.’' ]{0,40}\)(?:\s+(?=\S)|\s*$))"
)
#: A dateline written as a place and a colon ("New Delhi: Amazon said ..."), looked for only on the
#: first lines of a text, where a story's dateline stands (elsewhere "Jassy: We ..." is speech), and
#: only before a paragraph's sentence (a title "Nvidia: the next act" keeps its first word).
_COLON_DATELINE = lazy(r"[A-Z](?:[a-z]+|[A-Z]+)(?:[\s/][A-Z](?:[a-z]+|[A-Z]+)){0,3}\s?:\s+(?=[A-Z])")
_COLON_DATELINE_LINES = 3
#: A photo credit alone on its line, "Name Name/Agency Name" ("Dana Price/Harbor Images, File").
_BARE_CREDIT = lazy(
    r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}\s?/\s?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,3}(?:,\s?File)?"
)
_BARE_CREDIT_MAX = 80
#: A photo credit line of two to four parts separated by "|", the last an image agency's:
#: "Ola Brandt | Harbour Wire | Getty Images".
_PIPE_CREDIT = lazy(
    r"[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,3}(?:\s?\|\s?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,3}){0,2}"
    r"\s?\|\s?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,2}\s(?:Images|Photos|Pictures)"
)
#: An image agency's credit alone on its line (stop 58): "Getty Images", "Wire Photo", "Agency via Getty Images",
#: "Photo: Ola Brandt", "Image credit: Harbour Wire". Like a bare credit it ends the caption above it.
_IMAGE_CREDIT_LINE = lazy(
    r"(?:(?:Photo(?:graph)?|Image|Picture)(?:\s[Cc]redits?)?\s?:\s?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,3}|"
    r"(?:[A-Z][\w&.’'-]*\s(?:via\s)?){0,3}[A-Z][\w&.’'-]*\s(?:Images|Pictures|Photos?))"
)
#: The longest paragraph taken as the caption a bare credit line ends.
_CAPTION_MAX = 320
_QUOTE_MARK = lazy(r"[\"“”]")
_CAPTION_LINE = lazy(
    r"^[\[(]?\s*(?:(?:photo(?:graph)?|image|picture|pic|illustration|caption|video|credit|file\s+photo)"
    r"(?:\s+(?:credit|caption|by))?\s*[:：]|file\s+photo\b|photo\s+by\b|image\s+by\b|"
    # a wire's photo credit alone on its line ("Wire Photo/A. Writer, File")
    r"(?:[A-Z][\w&.]*\s+)?photo\s*/)",
    re.IGNORECASE,
)
_CAPTION_TAIL = lazy(
    r"(?:\((?:[A-Z][\w&.]*\s+)?(?:photo(?:grapher)?|image|picture|file\s+photo|credit|illustration)\b[^()\n]{0,200}\)|"
    r"\b(?:photo|image)\s+credit\s*:[^\n]{0,200}|\bfile\s+photo\b\.?|"
    r"\b(?:photo|image|picture)s?\s+courtesy\s+of\s[^\n]{0,200}|"
    r"\([A-Z][\w.’' -]{1,40}?\s*/\s*[A-Z][\w.&’' -]{1,40}(?:,\s*[A-Z][\w.&’' -]{1,30}){0,3}\)|"
    # a wire's credit at a caption's end: "REUTERS/Ola Brandt", "AGENCY/Ola Brandt/File Photo"; a
    # company's handle and the platform it posted on: "G42/X", "K9AI/LinkedIn"
    # the agency may be repeated in brackets after it: "REUTERS/Ola Brandt (REUTERS)"
    r"\b[A-Z]{2,}(?:\s[A-Z]{2,})?/[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,2}(?:/File(?:\s[Pp]hoto)?)?"
    r"(?:\s\((?-i:[A-Z]{2,}(?:\s[A-Z]{2,})?)\))?|"
    r"(?-i:\b[A-Z][A-Z\d]*\d[A-Z\d]*/[A-Z][A-Za-z]*)|"
    r"\bphoto\s+by\s+[A-Z][\w.’'-]+(?:\s[A-Z][\w.’'-]+){0,2}\s?/\s?[A-Z][\w&.’'-]*(?:\s[A-Z][\w&.’'-]*){0,2}|"
    # an image agency's credit after the caption's last sentence, or in brackets (stop 58): "... a rival bid. Getty
    # Images", "... near the plant (Agency via Getty Images)"; never a sentence's own words ("said Getty Images.")
    r"(?-i:(?:(?<=[.!?”] )|\()(?:[A-Z][\w&.’'-]*\s(?:via\s)?){0,3}[A-Z][\w&.’'-]*\s(?:Images|Pictures)\)?))\s*$",
    re.IGNORECASE,
)


def _caption_tail(line: str) -> re.Match[str] | None:
    """`_CAPTION_TAIL.search(line)`, skipped where it cannot match: every credit it finds ends the
    line with ")", "photo", "Images" or "Pictures", or holds "credit" or "courtesy"."""
    stripped = line.rstrip()
    if not stripped.endswith(")"):
        low = line.lower()
        if (
            "credit" not in low
            and "courtesy" not in low
            and "/" not in stripped[-60:]
            and not stripped.lower().endswith(("photo", "photo."))
            and not stripped.endswith(("Images", "Pictures"))
            and not any(c in line for c in CASE_FOLDS)
        ):
            return None
    return _CAPTION_TAIL.search(line)


_INLINE_CAPTION = lazy(
    r"\((?:photo(?:grapher)?|image|picture|file\s+photo|credit|illustration)\s*(?::|by\b)[^()\n]{0,200}\)|"
    # a wire's photo credit in brackets inside a paragraph: "(Wire Photo/Ola Brandt)", "(Photo/A. Writer)"
    r"\((?:(?-i:[A-Z])[\w&.]{0,20}\s)?photo\s?/\s?(?-i:[A-Z])[^()\n]{0,80}\)",
    re.IGNORECASE,
)
#: A byline run into the story's first line, its name and the page's date in brackets: "By Ola Brandt
#: (May 4, 2031, 10:20 AM BST) -- The bank said ..." (never "bought by Ola Brandt's fund": a small "by",
#: no date).
_INLINE_BYLINE = lazy(
    r"(?<![\w’'])(?:By|BY)\s[A-Z][\w’'-]{0,30}(?:\s(?:[A-Z]\.\s)?[A-Z][\w’'-]{0,30}){1,2}\s?"
    r"\((?:[A-Z][a-z]{2,8}\.?\s\d{1,2},?\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\s\d{4})[^()\n]{0,40}\)(?:\s?(?:--|[—–-]))?"
)
#: A feed reader's line naming the feed, an outlet's "All Posts": "from Harbour Wire - All Posts on
#: (#4KX)", "Feed Title Harbour Wire - All Stories" (the reader's furniture, not the story's words).
_FEED_LINE = lazy(
    r"^(?:from\s|Feed\sTitle\s)?[A-Z][\w&.’'-]{0,30}(?:\s[A-Z][\w&.’'-]{0,30}){0,3}\s[-–—]\s"
    r"All\s(?:Posts|Stories|Articles)\b[^\n]{0,40}$"
)
#: The name a credit gives, an outlet's, an agency's or a chart's source: up to four capitalised words
#: ("Harbour Times", "NORDSTAT"), each bounded (linear on any line).
_CREDIT_NAME = r"[A-Z][\w&.’'-]{0,30}(?:\s[A-Z][\w&.’'-]{0,30}){0,3}"
_CREDIT_SEG = r"[A-Z][\w.’'&-]{0,30}(?:\s[A-Z][\w.’'&-]{0,30}){0,2}"  # bounded: linear on any line
_AGENCY_LAST = r"[A-Z][\w.’'&-]{0,30}?(?:\s?(?:Images|Photos|Pictures)(?![a-z])|(?<=[a-z])(?=[A-Z])|\b)"
#: A photo credit inside a paragraph, glued between two sentences of a page: a label and its
#: parts ("Image Credits:Ola Brandt/Harbour Wire / Getty Images", "Photo: A. Writer/Agency"), or
#: parts ending in an image agency's "Images" ("Nordpress | Getty Images"); the agency it came
#: through may follow ("Photo: A. Writer/Nordpress via Kestrel Images").
_INLINE_LABEL_CREDIT = lazy(
    r"(?i:\b(?:image|photo|picture)(?:\s+credits?)?\s*:)\s*(?:"
    + _CREDIT_SEG
    + r"\s?[/|]\s?){1,3}"
    + _AGENCY_LAST
    + r"(?:\s+via\s+"
    + _AGENCY_LAST
    + r")?|\b"
    + _CREDIT_SEG
    + r"\s?\|\s?(?:[A-Z][\w.’'&-]{0,30}\s)?(?:Images|Photos|Pictures)(?![a-z])"
)
#: A caption's credit label and a bare name after a sentence's end inside a line, closing with a
#: stop or the line: "... at the plant. Photo: Ola Brandt. The deal ...", "Credit: Ola Brandt" (the
#: photographer is no name in the story); two or three capitalised words, no agency needed.
_INLINE_BARE_LABEL_CREDIT = lazy(
    r"(?<=[.!?”\"] )(?i:(?:photo(?:graph)?|image|picture|credit)s?(?:\s+credits?)?\s?:)\s?"
    r"[A-Z][\w’'-]{0,30}(?:\s(?:[A-Z]\.\s)?[A-Z][\w’'-]{0,30}){1,2}(?:\.(?=\s|$)|(?=[ \t]*$))"
)
#: A caption's credit label and the credit's name run straight into the caption's own first words,
#: "The <Name>": "Photo: The Harbour Press The Kestrel logo is seen ...", "Image: Ola Brandt The
#: plant ..." (a scraper drops the break between them). The credit is the label and the capitalised
#: words before that "The" (up to four, "The" only as its first word); the caption after it stays
#: prose, so the credit is never glued to the next name (stop 51).
_INLINE_LABEL_THE_CREDIT = lazy(
    r"(?i:\b(?:photo(?:graph)?|image|picture|credit)s?(?:\s+credits?)?\s?:)\s?(?:The\s)?"
    r"[A-Z][\w&.’'-]{0,30}(?:\s(?!The\s)[A-Z][\w&.’'-]{0,30}){0,3}(?=\sThe\s[A-Z])"
)
#: A photo credit in parentheses inside a line, with an agency's "via", "Pool" or "File": "(Ola Brandt/
#: Harbour Times via Wire, Pool, File)". Without one of those ("(Tallow/Harbour)") it is left alone.
_INLINE_CREDIT = lazy(
    r"\([A-Z][\w.’' -]{1,40}?/[A-Z][\w.&’' -]{1,40}?(?:\s+via\s+[A-Z][\w.&’' -]{1,30}?)?"
    r"(?:,\s*(?:Pool|File|Handout|AP|AFP|Reuters|Getty\s+Images)){1,3}\)"
)
_PROMO = lazy(
    r"^[\[(]?[\s™®&]*(?:read\s+(?:more|also|next)|read\s*:|also\s+read|related\s+(?:stories|story|articles|article|coverage)\s*:|more\s+on\s+this\s*:|"
    r"sign\s+up|subscribe|click\s+here|(?:the\s+)?views\s+(?:and\s+opinions\s+)?expressed\s+(?:herein|here\b|in\s+this\s+(?:article|column|piece))|by\s+continuing,?\s+you\s+agree|log\s+in\s+to\s+your\b|"
    r"get\s+(?:breaking\s+news|browser\s+notifications|the\s+latest|our\s+|daily\s+|news\s+alerts|alerts)|"
    r"you\s+may\s+also\s+like|unlock\s|copyright\b|©|all\s+rights\s+reserved|follow\s+(?:us|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)?)\s+on\b|download\s+the|watch\s*:|advertisement$|"
    r"(?:recommended|trending|see\s+also|don[’']t\s+miss|related)\s*(?::|$)|"
    # stop 54: a wire's list of its popular stories on a copy ("Most Read from Harbour Wire")
    r"most\s+(?:read|popular|viewed|shared)\s+(?:from|on)\s)",
    re.IGNORECASE,
)
#: A republisher's notice: "This story first appeared on a partner site", "The article was
#: originally posted on ...": the page runs another's story (the text after it is the story's).
#: (stop 63) A page-versions tracker's notices are such a republisher's too: "This article is from the source 'X' ...",
#: "You can find the current version at <address>", "The article has changed 2 times", its column heads "Version 0
#: Version 1" and a version's delay "(35 minutes later)".
_REPUBLISHED = lazy(
    r"^(?:(?:this|the)\s+(?:post|article|story|piece|content)\s+(?:was\s+|has\s+been\s+)?(?:originally\s+|first\s+)"
    r"(?:published|appeared|posted)\b.{0,120}|(?:this|the)\s+(?:article|story|post|piece)\s+is\s+from\s+the\s+"
    r"source\b.{0,240}|you\s+can\s+find\s+the\s+(?:current|original|latest)\s+(?:article|story|version)\s+at\b.{0,240}|"
    r"(?:this|the)\s+(?:article|story|page)\s+has\s+changed\s+\d+\s+times?\b.{0,120}|(?:version\s+\d+\s*){2,}|"
    r"\(\d+\s+(?:seconds?|minutes?|hours?|days?)\s+later\))$",
    re.IGNORECASE,
)
#: A picture's web address at the head of a line, the next sentence run into it by the page's text
#: ("https://img.example.com/a/photo_L.jpgThe deal, ..."): the address is no part of the story.
_PICTURE_ADDRESS = lazy(
    r"\s*https?://\S{1,300}?\.(?:jpe?g|png|gif|webp|avif)(?:\?\S{0,200}?)?(?=(?-i:[A-Z])|[\"“\s]|$)",
    re.IGNORECASE,
)
# A newsletter blurb: "Our editor picks the week's stories in this free newsletter."
_NEWSLETTER = lazy(r"\b(?:this|our)\s+(?:[\w-]+\s+){0,2}newsletter\.?$", re.IGNORECASE)
_NEWSLETTER_MAX = 160
#: A promo's button, its label shouted at the line's end (often printed twice): "... delivered every
#: morning with the Harbour Daily newsletter. SIGN UP SIGN UP", "Watch it free WATCH HERE".
_BUTTON_END = lazy(
    r"(?:^|\s)(?:SIGN\s+UP|SUBSCRIBE|WATCH\s+(?:HERE|NOW|LIVE)|LEARN\s+MORE|READ\s+MORE|DOWNLOAD\s+NOW)[.!]?$"
)
#: A promo's button alone on its line: "Trade Now!", "Shop now", "Join today".
_BUTTON_LINE = lazy(
    r"^(?:trade|buy|shop|join|try|start|order|donate|register|apply|book|listen|play)\s+(?:now|today|here)\s*[!.]?$",
    re.IGNORECASE,
)
#: An offer to the reader: "Claim your 1-week free trial to Harbour Premium here", "Start your free trial".
_TRIAL_OFFER = lazy(
    r"\b(?:claim|start|get|begin)\s+(?:your|a|our)\s+(?:[\w-]+\s+){0,2}free\s+trial\b", re.IGNORECASE
)
#: A markets page's quote table flattened into one line: its header ("Ticker Security Last Change
#: Change %", "Symbol Name Price Change") and rows of codes, names, prices and moves.
_QUOTE_TABLE = lazy(r"^(?:ticker|symbol)\s+(?:security|company|name|last|price)\b", re.IGNORECASE)
_QUOTE_MOVE = lazy(r"[+\-\u2212]\d[\d.,]*\s?%|\bn\.a\.")
# A section label alone on its line: one to three capitalised words and a colon ("Key Points:").
_LABEL = lazy(r"^[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,2}\s*:$")


#: A linked headline in a list of them: four or more words, most long ones capitalized, no sentence end.
_LINK_WORD = lazy(r"[\w’'$-]+")
_LINK_LIST_MIN = 3


def _title_cased(text: str, start: int, end: int) -> bool:
    """Is the line a headline written in title case ("Harbour Signals Five More Years as CEO")?"""
    if end - start > 200 or text[end - 1] in ".!?:;,\"”’')":
        return False
    words = _LINK_WORD.findall(text, start, end)
    long = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    return len(words) >= 4 and len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _line_boxes(
    text: str, lines: list[tuple[int, int]], listed: Callable[[str, int, int], bool], once: bool
) -> list[Furniture]:
    """Boxes of other stories: three or more lines that `listed` takes on consecutive lines (no blank
    line between them), each a PROMO; with `once`, only a box whose lines are each written once."""
    out: list[Furniture] = []
    group: list[tuple[int, int]] = []
    for line in [*lines, (-1, -1)]:
        adjacent = bool(group) and line[0] >= 0 and text.count("\n", group[-1][1], line[0]) == 1
        if line[0] >= 0 and listed(text, *line) and (adjacent or not group):
            group.append(line)
            continue
        if len(group) >= _LINK_LIST_MIN and (not once or len({text[s:e] for s, e in group}) == len(group)):
            out.extend(Furniture(s, e, PROMO) for s, e in group)
        group = [line] if line[0] >= 0 and listed(text, *line) else []
    return out


def _link_lists(text: str, lines: list[tuple[int, int]]) -> list[Furniture]:
    """Related-links lists: three or more title-cased headlines on consecutive lines (no blank line
    between them), as a page's "more stories" box leaves them inside the text."""
    return _line_boxes(text, lines, _title_cased, once=False)


#: A headline in a list of other stories' headlines (stop 36): five to twenty words, a capital first,
#: no stop, colon or comma at its end, and no "label:" at its head ("Buyer: Kestrel Group" is a box of
#: facts); sentence case or title case alike.
_HEADLINE_WORDS = (5, 20)
_HEADLINE_MAX = 160
_LABEL_HEAD = lazy(r"[^\s:]+(?:\s[^\s:]+){0,2}:")
#: A paragraph of prose: twelve words or more, closed by a sentence's end.
_PROSE_WORDS = 12
_PROSE_PARAGRAPHS = 2
#: How many lines after a headline the page may write it again (a caption, a date between).
_REPEAT_WITHIN = 6


def _listed_headline(text: str, start: int, end: int) -> bool:
    """Is the line a headline as a list of other stories gives it ("Copper prices slide as demand
    cools")?"""
    if end - start > _HEADLINE_MAX or not text[start].isupper() or text[end - 1] in ".!?:;,\"”’')":
        return False
    if _LABEL_HEAD.match(text, start, end) or ":" in text[start:end]:
        return False
    words = len(text[start:end].split())
    return _HEADLINE_WORDS[0] <= words <= _HEADLINE_WORDS[1]


def _headline_lists(text: str, lines: list[tuple[int, int]]) -> list[Furniture]:
    """A "just in" or "more news" box: three or more headlines on consecutive lines (no blank line
    between them), each written once (a page's own title written twice over a menu is its title)."""
    return _line_boxes(text, lines, _listed_headline, once=True)


def _prose(text: str, start: int, end: int) -> bool:
    return text[end - 1] in '.!?”"' and len(text[start:end].split()) >= _PROSE_WORDS


def _appended_story(text: str, lines: list[tuple[int, int]]) -> Furniture | None:
    """Another story appended after the page's body (a "related" teaser run in full): after two
    paragraphs of prose, a headline line that the page writes again a few lines on (a caption or a
    date between), and no line of the page's own title. From that headline to the end, furniture."""
    if len(lines) < 4:
        return None
    title = text[lines[0][0] : lines[0][1]]
    prose = 0
    for k, (start, end) in enumerate(lines):
        if prose >= _PROSE_PARAGRAPHS and _listed_headline(text, start, end) and text[start:end] != title:
            head = text[start:end]
            if any(text[s:e] == head for s, e in lines[k + 2 : k + 2 + _REPEAT_WITHIN]):
                return Furniture(start, len(text.rstrip()), RELATED)
        if _prose(text, start, end):
            prose += 1
    return None


#: The words of a page's appeal to its reader for money or a sign-up (stop 37): a donation box run into
#: the text before or after the story ("Your support helps us ... Support Now ... Close Read more").
_APPEAL_CUE = lazy(
    r"\b(?:your\s+(?:support|donation|contribution|gift|subscription)|support\s+(?:us|now|our\s+\w+)|"
    r"donat(?:e|es|ion|ions)|paywalls?|subscribe|become\s+a\s+(?:member|supporter|subscriber)|"
    r"read\s+more|sign\s+up)\b",
    re.IGNORECASE,
)
_APPEAL_CUES = 3
#: How many lines at each end of a page are looked at for an appeal or another story's teaser.
_END_LINES = 2
_TEASER_OPENING = 4


def _appeal(text: str, start: int, end: int) -> Furniture | None:
    """A reader appeal filling the line (the page's time stamp before it taken with it, as with a
    dateline): three cues or more, of two kinds at least, and no quotation in the line (a charity's
    head asking for donations is speech, not furniture)."""
    cues = [m.group().lower().split()[0] for m in _APPEAL_CUE.finditer(text, start, end)]
    if len(cues) < _APPEAL_CUES or len(set(cues)) < 2 or not {"your", "support"} & set(cues):
        return None
    if _QUOTE_MARK.search(text, start, end):
        return None
    return Furniture(start, end, PROMO)


def _teaser(text: str, lines: list[tuple[int, int]]) -> Furniture | None:
    """Another story's teaser closing the page (stop 37): after two paragraphs of prose, the page's last
    lines open with the same four words (a teaser's headline and its summary), the last one cut off
    (no sentence end). From the first of them to the end, furniture."""
    if len(lines) < _PROSE_PARAGRAPHS + 2:
        return None
    (s1, e1), (s2, e2) = lines[-2], lines[-1]
    if text[e2 - 1] in ".!?\"”’'":
        return None
    opening = text[s1:e1].split()[:_TEASER_OPENING]
    if len(opening) < _TEASER_OPENING or text[s2:e2].split()[:_TEASER_OPENING] != opening:
        return None
    if sum(_prose(text, s, e) for s, e in lines[:-2]) < _PROSE_PARAGRAPHS:
        return None
    return Furniture(s1, len(text.rstrip()), RELATED)


#: A box of other stories' heading alone on its line: "More Stories", "Most read", "Related articles",
#: "Latest news", "You might also like" (a line with any other word is the page's own).
_STORIES_BOX_HEADING = lazy(
    r"(?:more|other|related|latest|top|recommended|popular|trending)\s+(?:stories|news|articles|headlines|reads)"
    r"|most\s+(?:read|popular|viewed|shared)|you\s+(?:may|might)\s+also\s+like|more\s+from\s+(?:us|our\s+site)",
    re.IGNORECASE,
)


def _stories_box(text: str, lines: list[tuple[int, int]]) -> Furniture | None:
    """Other stories' box closing the page (stop 52): after two paragraphs of prose, a line that is
    only the box's heading ("More Stories", "Most read") with a headline after it (a line of no sentence);
    from it to the end, the other stories' headlines and teasers, furniture. A heading before the page's
    prose, or one the page's prose goes on after (the box's links left out of the copied text), is no
    end of the story."""
    prose = 0
    for k, (start, end) in enumerate(lines):
        line = text[start:end].strip().rstrip(":")
        if (
            prose >= _PROSE_PARAGRAPHS
            and len(line) <= 30
            and _STORIES_BOX_HEADING.fullmatch(line)
            and k + 1 < len(lines)
            and not _prose(text, *lines[k + 1])
        ):
            return Furniture(start, len(text.rstrip()), RELATED)
        if _prose(text, start, end):
            prose += 1
    return None


def find_furniture(text: str) -> list[Furniture]:
    """Every piece of furniture inside `text`, in text order."""
    found = _find_furniture(text)
    lines = list(line_spans(text))
    ends = lines[:_END_LINES] + lines[max(_END_LINES, len(lines) - _END_LINES) :]
    appeals = [a for a in (_appeal(text, s, e) for s, e in ends) if a is not None]
    if appeals:
        cut = [(a.start, a.end) for a in appeals]
        found = [f for f in found if not any(s <= f.start and f.end <= e for s, e in cut)] + appeals
        found.sort(key=lambda f: f.start)
    appended = _appended_story(text, lines) or _teaser(text, lines)
    box = _stories_box(text, lines)
    if box is not None and (appended is None or box.start < appended.start):
        appended = box  # the box's heading opens what follows, an appended story among it
    if appended is not None:
        # the story after it is all furniture: its captions and credits are no pieces of their own
        found = [f for f in found if f.end <= appended.start] + [appended]
        lines = [line for line in lines if line[1] <= appended.start]
    links = _link_lists(text, lines) + _headline_lists(text, lines)
    if not links:
        return found
    taken = [(f.start, f.end) for f in found]
    extra = [f for f in links if not any(s < f.end and f.start < e for s, e in taken)]
    extra = list({(f.start, f.end): f for f in extra}.values())
    return sorted(found + extra, key=lambda f: f.start)


#: A video player's label and the clip's length at a line's head: "More from UK 0:38 ...",
#: "More from Business 12:05 ...".
_VIDEO_TEASER = lazy(r"More\s+from\s+[A-Z][\w&’' -]{0,40}?\s+\d{1,2}:\d{2}\s")
#: The end of a sentence: its stop, then white space, a capital glued to it, or the line's end.
_SENTENCE_STOP = lazy(r"[.!?](?=\s|[A-Z“\"]|$)")


def _find_furniture(text: str) -> list[Furniture]:
    out: list[Furniture] = []
    prev: tuple[int, int] | None = None  # the line before, when it was no furniture
    for k, (start, end) in enumerate(line_spans(text)):
        if end - start <= _BARE_CREDIT_MAX and (
            _BARE_CREDIT.fullmatch(text, start, end)
            or _PIPE_CREDIT.fullmatch(text, start, end)
            or _IMAGE_CREDIT_LINE.fullmatch(text, start, end)
        ):
            # "Maja Writer/Agency Images" alone on its line: a photo credit, and the short paragraph
            # right before it (a sentence with no quotation in it) the caption it credits
            if (
                prev is not None
                and prev[1] - prev[0] <= _CAPTION_MAX
                and text[prev[1] - 1] in ".)"  # a sentence, not a title line
                and not _QUOTE_MARK.search(text, *prev)
            ):
                out.append(Furniture(prev[0], prev[1], CAPTION))
            out.append(Furniture(start, end, CAPTION))
            prev = None
            continue
        before, line = len(out), (start, end)
        credit = _INLINE_LABEL_THE_CREDIT.match(text, start, min(end, start + 200))
        if credit:
            # "Photo: The Harbour Press The Kestrel logo ...": a credit that opens its line, run into
            # the caption (no dateline's label, stop 51)
            out.append(Furniture(start, credit.end(), CAPTION))
            start = credit.end()
        if k < _COLON_DATELINE_LINES:
            m = _COLON_DATELINE.match(text, start, min(end, start + 60))
            # a paragraph, not a title ("Nvidia: the next act"): a long line that ends a sentence
            if m and end - m.end() >= 60 and text[end - 1] in ".”\"’'":
                out.append(Furniture(start, m.end(), DATELINE))
                start = m.end()
        stamp = _STAMP_HEAD.match(text, start, min(end, start + 40))
        head = _DATELINE.match(text[stamp.end() : stamp.end() + MAX_LINE]) if stamp else None
        if stamp and head:
            # a page's time stamp run into the story's dateline: " date 2022-07 OSLO (Wire) — ..."
            out.append(Furniture(start, stamp.end() + head.end(), DATELINE))
            start = stamp.end() + head.end()
        picture = _PICTURE_ADDRESS.match(text, start, end)
        if picture:
            # a picture's web address left at the head of a line, the story run into it
            out.append(Furniture(start, picture.end(), CAPTION))
            start = picture.end()
            if start >= end:
                prev = None
                continue
        bio = _BIO.match(text, start, end) if end - start <= _BIO_MAX else None
        if bio:
            # an author box: the bio, and the writer's name alone on the line before it
            name = " ".join(bio.group("name").split())
            if prev is not None and " ".join(text[prev[0] : prev[1]].split()) == name:
                out.append(Furniture(prev[0], prev[1], PROMO))
            out.append(Furniture(start, end, PROMO))
            prev = None
            continue
        teaser = _VIDEO_TEASER.match(text, start, min(end, start + 80))
        if teaser:
            # "More from UK 0:38 <the clip's summary>": a video player's teaser run into the story,
            # however long its summary (stop 42); its summary is one sentence, and a story's sentence
            # glued after it ("...have resigned.Existing backers ...") is the story's
            stop = _SENTENCE_STOP.search(text, teaser.end(), end)
            cut = stop.end() if stop else end
            out.append(Furniture(start, cut, PROMO))
            prev = None
            continue
        about = (
            _ABOUT_OUTLET.match(text, start, min(end, start + MAX_LINE))
            if "news" in text[start : start + MAX_LINE]
            else None
        )
        if about and (
            about["about"] or (prev is not None and text[prev[0] : prev[1]].strip() == about["name"])
        ):
            # an outlet's account of itself, under its heading
            if prev is not None and not about["about"]:
                out.append(Furniture(prev[0], prev[1], PROMO))
            out.append(Furniture(start, end, PROMO))
        elif end - start <= MAX_LINE:
            out.extend(_line(text, start, end))
        else:  # a long paragraph can still open with a dateline, and hold a photo credit
            head = _DATELINE.match(text[start : start + MAX_LINE])
            if head:
                out.append(Furniture(start, start + head.end(), DATELINE))
            if "/" in text[start:end]:
                out.extend(
                    Furniture(c.start(), c.end(), CAPTION) for c in _INLINE_CREDIT.finditer(text, start, end)
                )
            out.extend(_inline_credits(text, start, end))
        prev = line if len(out) == before else None
    notices = (  # a page with no hint anywhere has no line with one: no second walk of its lines
        [n for s, e in line_spans(text) for n in _paywall_notices(text, s, e)]
        if _paywall_hinted(text)
        else []
    )
    if notices:
        taken = [(f.start, f.end) for f in out]
        out.extend(n for n in notices if not any(s < n.end and n.start < e for s, e in taken))
        out.sort(key=lambda f: f.start)
    return out


#: A quick look before the sentences are cut: a line with none of these holds no paywall notice.
_PAYWALL_HINT = lazy(r"ubscri|\byour\b|\b(?:log|sign)\s?(?:in|on)\b", re.IGNORECASE)
#: What the matches of `_PAYWALL_HINT` hold, in lower case: "ubscri" or "your" anywhere in them, or a
#: word that opens with "log" or "sign" and goes on, after one blank at most, with "in" or "on".
_PAYWALL_HINT_WORDS = ("ubscri", "your")
_PAYWALL_HINT_VERBS = ("log", "sign")
_PAYWALL_HINT_PARTICLES = ("in", "on")


def _paywall_hinted(text: str) -> bool:
    """Does `_PAYWALL_HINT` match somewhere in `text`? Asked first of the page lowered: where no letter
    of `CASE_FOLDS` stands, a match's letters are ASCII and keep their places, so the lowered page
    holds what `_PAYWALL_HINT_WORDS` and `_PAYWALL_HINT_VERBS` say wherever the pattern matches; only a
    page that does is searched (a search of a whole page by a case-blind pattern that opens with a word
    boundary is tried at every position: ten times the cost of the look)."""
    low = text.lower()
    if any(c in text for c in CASE_FOLDS) or len(low) != len(text):
        return _PAYWALL_HINT.search(text) is not None
    if any(w in low for w in _PAYWALL_HINT_WORDS):
        return _PAYWALL_HINT.search(text) is not None
    for verb in _PAYWALL_HINT_VERBS:
        i = low.find(verb)
        while i >= 0:
            j = i + len(verb)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) and (
                low.startswith(_PAYWALL_HINT_PARTICLES, j)
                or (low[j : j + 1].isspace() and low.startswith(_PAYWALL_HINT_PARTICLES, j + 1))
            ):
                return _PAYWALL_HINT.search(text) is not None
            i = low.find(verb, j)
    return False


#: A paywall's or a login's notice told to the reader, one sentence run into the story's text: it
#: opens with the order ("Subscribe to The Harbour Ledger ...", "Please log in ...", "Sign in to
#: continue"), tells the reader to log into their account ("... log into your Ledger account"), or
#: asks whether they subscribe already ("Already a subscriber?"). A story's own sentence about
#: subscribers ("two million people subscribe to its service") is none of these.
_PAYWALL_OPENING = lazy(
    r"[\s\W]{0,4}(?:(?:please|kindly)\s+)?(?:subscribe|(?:log|sign)\s?(?:in|on)|register)\b",
    re.IGNORECASE,
)
_PAYWALL_CUE = lazy(
    r"\b(?:log|sign)\s?(?:in|on|into)\s+(?:to\s+)?your\b|\byour\s+(?:[\w’'-]{1,30}\s+){0,2}"
    r"(?:subscription|account)s?\b|\balready\s+an?\s+(?:subscriber|member)\b",
    re.IGNORECASE,
)


def _paywall_notices(text: str, start: int, end: int) -> list[Furniture]:
    """The sentences of one line that are a paywall's or a login's notice to the reader (stop 52): the
    paper they name is no one the story cites. A sentence with a quotation mark in it is the story's."""
    if not _PAYWALL_HINT.search(text, start, end):
        return []
    out: list[Furniture] = []
    at = start
    while at < end:
        stop = _SENTENCE_STOP.search(text, at, end)
        close = stop.end() if stop else end
        if (
            _PAYWALL_OPENING.match(text, at, close) or _PAYWALL_CUE.search(text, at, close)
        ) and not _QUOTE_MARK.search(text, at, close):
            out.append(Furniture(at, close, PROMO))
        at = close
    return out


#: A photographer's credit glued to the end of a paragraph by the page's text, with no blank after
#: the stop: "... in recent weeks.Ola Brandt for Harbour Times" (the picture's credit: a name, "for"
#: and the outlet, then the line ends).
_GLUED_CREDIT = lazy(
    r"(?<=[a-z0-9)”\"’'][.!?])[A-Z][a-z]{1,30}(?:\s[A-Z]\.)?(?:\s[A-Z][\w’'-]{1,30}){1,2}"
    rf"\sfor\s(?:the\s)?{_CREDIT_NAME}[ \t]*$"
)


#: A wire's name in brackets closing a paragraph right after its stop: "... a share buyback.(Wire)",
#: "... in Oslo, Norway. (Wire)": the agency's credit for the picture or the story.
_WIRE_TAG_END = lazy(r"(?<=[.!?”\"])\s?\([A-Z][\w&’'-]{1,20}(?:[ .-][A-Z][\w&’'-]{0,20}){0,2}\)[ \t]*$")
#: A chart's or a picture's source: "Source: Harbour Finance".
_SOURCE = rf"Source\s?:\s?{_CREDIT_NAME}"
#: A source closing a line's last sentence: "... during his tenure. (Source: Harbour Finance)".
_SOURCE_CREDIT = lazy(rf"(?<=[.!?”\"])\s?\({_SOURCE}\)[ \t]*$")
#: A source alone on its line, anywhere in the text: "Source: Harbour Times", "(Source: Harbour Times)".
_SOURCE_LINE = lazy(rf"(?:{_SOURCE}|\({_SOURCE}\))[ \t]*")
#: A page's credit line naming where its story comes from, as its first or last line: "Source: Harbour
#: Times", "(Source: Harbour Times)", "Source Credit : Nordwire".
_STORY_SOURCE = lazy(rf"[ \t]*\(?Source(?:\s?Credit)?\s?:\s?(?P<name>{_CREDIT_NAME})\)?[ \t]*")


def _inline_credits(text: str, start: int, end: int) -> list[Furniture]:
    """Photo credits inside a line: "(Photographer: A. Writer/Agency)", "Image Credits:X/Y / Getty
    Images" glued before the next sentence, "Ola Brandt for Harbour Times" glued to the line's last
    sentence."""
    out = [Furniture(c.start(), c.end(), CAPTION) for c in _INLINE_CAPTION.finditer(text, start, end)]
    if "By" in text[start:end] or "BY" in text[start:end]:
        out.extend(Furniture(c.start(), c.end(), CAPTION) for c in _INLINE_BYLINE.finditer(text, start, end))
    if " for " in text[start:end]:
        out.extend(Furniture(c.start(), c.end(), CAPTION) for c in _GLUED_CREDIT.finditer(text, start, end))
    if text[start:end].rstrip().endswith(")"):
        tag = _WIRE_TAG_END.search(text, start, end) or _SOURCE_CREDIT.search(text, start, end)
        if tag and not any(f.start <= tag.start() < f.end for f in out):
            out.append(Furniture(tag.start(), tag.end(), CAPTION))
    if "eporting" in text[start:end]:
        out.extend(
            Furniture(c.start(), c.end(), CAPTION)
            for c in _INLINE_WIRE_CREDIT.finditer(text, start, end)
            if c.start() > start  # alone on its line it is the line's credit
        )
    if ":" in text[start:end]:
        for label in (_INLINE_BARE_LABEL_CREDIT, _INLINE_LABEL_THE_CREDIT):  # the bare one first
            taken = [(f.start, f.end) for f in out]
            out.extend(
                Furniture(c.start(), c.end(), CAPTION)
                for c in label.finditer(text, start, end)
                if not any(s <= c.start() < e for s, e in taken)
            )
        out.sort(key=lambda f: f.start)
    if "/" in text[start:end] or "|" in text[start:end]:
        spans = [(f.start, f.end) for f in out]
        k = 0
        for c in _INLINE_LABEL_CREDIT.finditer(text, start, end):
            while k < len(spans) and spans[k][1] <= c.start():
                k += 1  # both in text order: one pass
            if k < len(spans) and spans[k][0] <= c.start():
                continue  # inside "(Photographer: ...)" already
            out.append(Furniture(c.start(), c.end(), CAPTION))
    return sorted(out, key=lambda f: f.start)


#: A copyright line in its short form: "(c) Harbour Gazette", "(C) 2024 The Quill Daily".
_COPYRIGHT_C = lazy(r"\([cC]\)\s+(?:\d{4}[,\s]+)?(?:[A-Z][\w&.’'-]*\s*){1,5}")
#: The page's title line closed by its outlet's name after a dash or a bar: "Tallow cuts 40 stores –
#: latest updates – The Guardian", "Dunmore buys Pellwood | CNBC" (no stop at its end: a title, not
#: a sentence of the story). The outlet's name is furniture, the title's words stay.
_TITLE_OUTLET = lazy(r"\s+[–—|-]\s+(?:The\s+)?[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3}\s*$")
_TITLE_MAX = 200


#: One hashtag: "#" and a word that opens with a letter ("#Deals", "#AI2030", "#cost-cuts"; "#1" is none).
HASHTAG = lazy(r"#[^\W\d_][\w-]*")
#: What may stand between a line's hashtags ("#A, #B", "#A | #B", "#A · #B") and close each one.
_TAG_SEPARATORS = ",;|·•/"


def tag_line(line: str) -> bool:
    """A line of a page's social tags (stop 50): two hashtags or more and nothing else but separators
    and a label before them ("#Deals #AI #Funding", "Tags: #Retail, #Layoffs", "#A | #B"). It labels
    the page for a feed and tells nothing: no heading, no sentence, no names. A sentence that mentions
    a hashtag among its words ("Staff rallied under #SaveOstby on Monday.") is none."""
    if "#" not in line:
        return False  # most lines: no word of them read (frames asks this of every sentence)
    words = line.split()
    if words and words[0].endswith(":") and not words[0].startswith("#"):
        words = words[1:]  # "Tags:", "Topics:"
    tags = 0
    for word in words:
        word = word.strip(_TAG_SEPARATORS)
        if not word:
            continue  # a separator alone
        if not HASHTAG.fullmatch(word):
            return False
        tags += 1
    return tags >= 2


def _line(text: str, start: int, end: int) -> list[Furniture]:
    line = text[start:end]
    if tag_line(line):
        return [Furniture(start, end, PROMO)]
    m = _BY.match(line)
    if m and (not m.group("rest") or len(m.group("rest")) < 120):
        return [Furniture(start, end, BYLINE, _names(m.group("names")))]
    if "|" in line or "•" in line or "·" in line:
        m = _BARE_BYLINE.match(line)
        if m and _BYLINE_TAIL.search(m.group("rest")):
            return [Furniture(start, end, BYLINE, _names(m.group("names")))]
    if _BY_DESK.match(line):
        return [Furniture(start, end, BYLINE, _names(line.split(None, 1)[1]))]
    if "(@" in line and _EMBEDDED_POST.search(line):
        return [Furniture(start, end, CAPTION)]  # an embedded social post: its words and its signature
    if _CREDIT.match(line):
        names = tuple(n for m in _CREDIT_BY.finditer(line) for n in _credit_names(m.group("names")))
        return [Furniture(start, end, CREDIT, names)]
    if "contributed" in line and _CONTRIBUTED.match(line):
        return [Furniture(start, end, CREDIT)]
    if (
        _CAPTION_LINE.match(line)
        or (line[:1] == "[" and line[-1:] == "]" and _caption_tail(line[:-1]))
        or _picture_caption(line)
    ):
        return [Furniture(start, end, CAPTION)]
    if (
        _PROMO.match(line)
        or (" All " in line and _FEED_LINE.match(line))
        or (len(line) <= _NEWSLETTER_MAX and (_NEWSLETTER.search(line) or _BUTTON_END.search(line)))
        or _REPUBLISHED.match(line)
        or (len(line) <= _NEWSLETTER_MAX and (_BUTTON_LINE.match(line) or _TRIAL_OFFER.search(line)))
        or (_QUOTE_TABLE.match(line) and _QUOTE_MOVE.search(line))
    ):
        return [Furniture(start, end, PROMO)]
    if line[:1] == "(" and _COPYRIGHT_C.fullmatch(line):
        return [Furniture(start, end, PROMO)]
    if (
        len(line) <= _TITLE_MAX
        and line[-1:] not in ".!?”\"’':;,"
        and ("|" in line or " –" in line or " -" in line or " —" in line)
    ):
        m = _TITLE_OUTLET.search(line)
        if m and len(line[: m.start()].split()) >= 3:
            return [Furniture(start + m.start(), end, CAPTION)]
    if _LABEL.match(line):
        return [Furniture(start, end, LABEL)]
    if "Source" in line[:7] and _SOURCE_LINE.fullmatch(line):
        return [Furniture(start, end, CAPTION)]  # a chart's source alone on its line
    out = []
    m = _DATELINE.match(line)
    if m:
        out.append(Furniture(start, start + m.end(), DATELINE))
    tail = _caption_tail(line)
    if tail and tail.start() == 0 and line[:1] == "(":
        return [Furniture(start, end, CAPTION)]  # a credit alone on its line: "(A. Writer / Agency)"
    if tail and tail.start() > 0 and not m and _looks_like_caption(line[: tail.start()]):
        # A caption line whose credit comes last: "Workers at a plant in Ohio. (File photo)".
        return [Furniture(start, end, CAPTION)]
    out.extend(_inline_credits(text, start, end))
    if "/" in line:
        for c in _INLINE_CREDIT.finditer(line):
            out.append(Furniture(start + c.start(), start + c.end(), CAPTION))
    if tail and tail.start() > 0 and not any(f.start <= start + tail.start() < f.end for f in out):
        out.append(Furniture(start + tail.start(), end, CAPTION))
    return out


#: A wire photo's caption: a picture verb in the present tense, the line ending in the day the picture
#: was taken ("<Name> poses for photos outside the exchange, Thursday, June 20, 2019").
_PICTURE_VERB = lazy(
    r"\b(?:is|are)\s+(?:seen|pictured|displayed|shown)\b|\b(?:poses?|gestures?|speaks?|attends?|arrives?|"
    r"walks?|stands?)\s+(?:for|at|in|outside|during|on|before|after|near|with)\b"
)
_REPORTED = lazy(r"\b(?:said|says|told|according)\b")
#: The full date may be followed by the wire's name in brackets: "..., July 15, 2020. (Wire)".
_DATE_END = lazy(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2}\.?(?:\s*\([A-Z][\w&.’' -]{0,40}\))?$")


#: What _DATE_END cannot match without; its literal comma makes the search for it quick.
_COMMA_YEAR = lazy(r",\s+(?:19|20)\d\d")


def _picture_caption(line: str) -> bool:
    """Is the line a wire photo's caption (a picture verb, the line ending in a full date)?"""
    return (
        _COMMA_YEAR.search(line) is not None
        and _DATE_END.search(line) is not None
        and _PICTURE_VERB.search(line) is not None
        and _REPORTED.search(line) is None  # a sentence of the story that ends in a date
    )


def _looks_like_caption(head: str) -> bool:
    """The words before a photo credit are the caption itself when they are short and make no claim."""
    return len(head) <= 200 and '"' not in head and "“" not in head


_NOT_NAME = frozenset({"The", "Staff", "Our", "Editorial", "Team", "Reuters", "Bloomberg", "AP"})


def _names(names: str) -> tuple[str, ...]:
    out = []
    for m in _NAME_RE.finditer(names):
        name = " ".join(m.group().split())
        if name.split()[0] not in _NOT_NAME:
            out.append(name)
    return tuple(out)


def _credit_names(segment: str) -> tuple[str, ...]:
    """ "Harriet Quill in Seattle and Tomas Ferreira in Bengaluru" -> both names, without the places."""
    segment = _IN_PLACE.sub("", segment)
    pieces = re.split(r"\s*(?:,|\band\b|&)\s*", segment)
    return tuple(" ".join(p.split()) for p in pieces if _NAME_RE.fullmatch(p.strip()))


def story_source(text: str) -> str | None:
    """The outlet a page credits with its story by a line of its own at its top or its end ("Source:
    Harbour Times" closing a republished story), or None. A chart's or a picture's source inside the
    page ("Source: Nordstat" under a table) is no credit of the story."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    for line in lines[:1] + lines[-1:]:
        m = _STORY_SOURCE.fullmatch(line) if "Source" in line[:9] else None
        if m:
            return m.group("name")
    return None


def byline_author(text: str) -> str | None:
    """The author a byline in the text names ("A. Writer and B. Writer"), or None."""
    for f in find_furniture(text[:5000]):
        if f.kind == BYLINE and f.names:
            return " and ".join(f.names) if len(f.names) <= 2 else ", ".join(f.names)
    return None


def body_without_furniture(text: str) -> str:
    """The text with every piece of furniture removed (for copy detection: a copy whose byline or
    caption differs is still a copy). Lines that were all furniture go with their line end."""
    pieces = [f for f in find_furniture(text) if f.kind != RELATED]
    if not pieces:
        return text
    parts = []
    pos = 0
    for f in pieces:
        if f.start < pos:
            continue
        parts.append(text[pos : f.start])
        pos = f.end
        # a whole-line piece takes its line end with it
        if (f.start == 0 or text[f.start - 1] == "\n") and text[pos : pos + 1] == "\n":
            pos += 1
    parts.append(text[pos:])
    return "".join(parts)


# --- the headline, after the furniture a page starts with -------------------------------------------
# A page copied or fetched from the web often starts with a line or two before its headline: an ad slot
# ("Advertisement"), an accessibility link ("Skip to content"), an audio player ("Listen to this
# article"), a table of contents, a breadcrumb ("Home > Business"), a time stamp ("Updated 5:10 PM EDT,
# March 18, 2025"), an address, a section label ("Business", "Dive Brief:"). `headline_span` is the one
# place that says where the headline stands; the loader (a title taken from the text), the importer
# (whether a page's title is in its text), the sentence splitter, the comparison's statements and the
# Reader all ask it.

#: At most this many lines before the headline are read as the page's leading furniture.
LEADING_LINES = 8
#: Whole lines (any case, any punctuation or symbol around them) a page starts with before its headline.
_LEADING = lazy(
    r"^[\W_]*(?:(?:advertisement|advertising|sponsored(?:\s+(?:content|post|story))?)(?:\s*[-–—:|·•]\s*.*)?|"
    r"sponsored\s+by\b.*|"
    r"paid\s+(?:post|content)|skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article|story)\b.*|"
    r"listen\s+to\s+(?:this|the)\s+(?:article|story)\b.*|(?:\S+\s+)?table\s+of\s+contents?\b.*|"
    r"in\s+this\s+(?:article|story)|(?:breaking|latest|top)\s+news|news|share(?:\s+this(?:\s+article|\s+story)?)?|"
    r"photo|photos|video|image|gallery|"
    # a page's jump link left above its headline: "Top of page", "Back to top", "Return to top of page" (stop 53)
    r"(?:(?:back|return|go)\s+to\s+(?:the\s+)?)?top(?:\s+of\s+(?:the\s+)?page)?|"
    r"(?:first\s+)?(?:published|updated|last\s+updated|posted|modified)\b.*)[\W_]*$",
    re.IGNORECASE,
)
#: A short promo line led by a verb: "Watch the video", "Unlock the Editor's Digest for free".
_PROMO_VERB = lazy(
    r"^[\W_]*(?:watch|listen|read|subscribe|sign\s+(?:up|in)|log\s+in|unlock|download|follow|click|skip)\b",
    re.IGNORECASE,
)
_PROMO_VERB_WORDS = 6
_URL_LINE = lazy(r"^(?:https?://|www\.)\S*$", re.IGNORECASE)
#: A breadcrumb: "Home > Business > Tech", "News › Markets".
_BREADCRUMB = lazy(r"\w\s*[>›»]\s*\w")
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A line that is only a date, maybe with a time: "March 18, 2025", "2 December 2024, 4:32 PM EDT".
_DATE_LINE = lazy(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+"
    + _MONTH
    + r"(?:,?\s+\d{4})?|"
    + _MONTH
    + r"\s+\d{1,2}(?:,?\s+\d{4})?)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$",
    re.IGNORECASE,
)
#: The signature closing a social post embedded in a page: "... — Ola Brandt (@olabrandt) September 15,
#: 2031" (a dash, the poster's name, the handle in brackets, the day). The line is the post as the page
#: shows it, not the story's own words: no names, sources or claims of the story.
_EMBEDDED_POST = lazy(
    r"[—–-]\s?[^\n()—–]{1,60}\s\(@\w{1,30}\)\s+" + _MONTH + r"\s+\d{1,2},?\s+\d{4}\s*$", re.IGNORECASE
)
_LINE_WORD = lazy(r"[^\W\d_][\w’'&.-]*")
#: A headline has at least this many words; a shorter line ("Business", "x") before one is a label.
HEADLINE_MIN_WORDS = 3


#: A page's time stamp run into the start of a line: "date 2024-11-22 ", "Published: 2024-05-27 16:09 ".
STAMP = lazy(
    r"^(?:(?:date|published|updated|posted)\s*:?\s*)?\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+|$)",
    re.IGNORECASE,
)


#: A page's "date" stamp, the day left out or not, at the head of a line (_STAMP is the one with a day).
_STAMP_HEAD = lazy(r"\s*(?:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?\s+", re.IGNORECASE)


def stamp_length(text: str, start: int, end: int) -> int:
    """The length of a page's time stamp at `start` ("date 2024-11-22 ", "Published: 2024-05-27
    16:09 ", the day left out or not), 0 when none stands there. A stamp is read as the page's
    date, not as text of the story: the importer judges copies without it (STAMP) and a Compare
    cell shows its sentence without it."""
    m = _STAMP_HEAD.match(text, start, end)
    if m:
        return m.end() - start
    m = STAMP.match(text[start:end])
    return m.end() if m else 0


#: A drop capital the page's copy split from its word: one capital alone at the end of its line (the
#: line empty before it, or only the page's time stamp), blank lines, then the word's lower-case rest
#: ("M", "", "arta said ..."). "A" and "I" are words on their own and are left alone.
_DROP_CAPITAL = lazy(
    r"(?m)^(?P<head>[^\S\n]*(?:(?i:date|published|updated|posted)[^\S\n]*:?[^\S\n]*\d{4}-\d{2}(?:-\d{2})?[^\S\n]+)?)"
    r"(?P<cap>[B-HJ-Z])[^\S\n]*\n(?:[^\S\n]*\n)+[^\S\n]*(?=[a-z]{2})"
)


def _joined_drop_capital(m: re.Match[str]) -> str:
    cap = m.group("cap")
    return m.group("head") + m.group()[m.end("cap") - m.start() :] + cap


def join_drop_capitals(text: str) -> str:
    """The text with each drop capital moved to the rest of its word (a line "M", a blank line, then
    "arta said": the line empties and the word reads "Marta"). The text keeps its length: every offset
    still points where it did, but for the moved letter."""
    return _DROP_CAPITAL.sub(_joined_drop_capital, text) if "\n" in text else text


#: A list bullet before a line ("• Nike names a new chief"): not part of the headline.
_BULLETS = "•·▪◦‣►"


def _clean(line: str) -> str:
    """The line without white space, a Markdown heading's "#", a list bullet or a time stamp at its start."""
    line = line.strip().lstrip("#").strip()
    line = line.lstrip(_BULLETS).strip() if line[:1] in _BULLETS else line
    m = STAMP.match(line)
    return line[m.end() :] if m else line


#: Closing quotation marks a sentence's full stop may stand inside: "... rising costs.”"
_CLOSING_QUOTES = "\"”’'"


def reads_as_headline(line: str) -> bool:
    """Short enough for a headline and not a sentence or a label: at most 200 characters, no final
    full stop or colon (the rule the loader has always used for a title taken from the text), also
    not one inside a closing quotation mark ("... in response to “weaker orders.”" is a sentence; a
    headline quoting a phrase, "... amid “weaker orders”", has none)."""
    line = _clean(line)
    return (
        bool(line)
        and len(line) <= 200
        and not line.rstrip(_CLOSING_QUOTES).endswith((".", ":"))
        and _CUT_SENTENCE_END.search(line) is None
    )


#: The end of a line that is a sentence cut by a line break, no headline (stop 53): a conjunction, an article or
#: "of"/"with" last ("- A merger of Orla Bank and", "Shares of the"). A headline never ends so.
_CUT_SENTENCE_END = lazy(r"\s(?:and|or|but|of|the|a|an|with)$")


def leading_furniture(line: str) -> bool:
    """Is this line page furniture that a page may start with before its headline?"""
    line = _clean(line)
    if len(line) > 160:
        return False
    words = _LINE_WORD.findall(line)
    if not words or _LEADING.match(line) or _URL_LINE.match(line) or _DATE_LINE.match(line):
        return True
    if len(words) <= _PROMO_VERB_WORDS and _PROMO_VERB.match(line):
        return True
    if _BREADCRUMB.search(line) and not line.endswith("."):
        return True
    if line.endswith(":") and len(words) <= 4:  # "Dive Brief:", "Last Updated:"
        return True
    return any(f.start == 0 and f.end == len(line) and f.kind != DATELINE for f in _line(line, 0, len(line)))


def headline_span(text: str) -> tuple[int, int] | None:
    """(start, end) of the line where the headline stands, if the text starts with one: the first line
    after the page's leading furniture (at most LEADING_LINES lines of it). A line of fewer than
    HEADLINE_MIN_WORDS words that could be a headline is passed over for a longer one that follows
    before any paragraph ("Business" then the headline), else it is the headline. The span is the
    line's, trimmed; whether it reads as a headline is `reads_as_headline`'s to say."""
    short: tuple[int, int] | None = None
    for k, (start, end) in enumerate(line_spans(text)):
        if k >= LEADING_LINES:
            break
        line = text[start:end]
        if leading_furniture(line):
            continue
        if reads_as_headline(line) and len(_LINE_WORD.findall(line)) < HEADLINE_MIN_WORDS:  # short first
            short = short or (start, end)
            continue
        if short and not reads_as_headline(line):
            return short
        if _DATELINE.match(_clean(line)) and not reads_as_headline(line):
            return short  # a dateline opens the story's first paragraph: no headline stands before it
        return start, end
    return short


def headline_text(text: str) -> str | None:
    """The headline line's text (a leading "#" taken off), if the text starts with one that reads as a
    headline; else None."""
    span = headline_span(text)
    if span is None:
        return None
    line = _clean(text[span[0] : span[1]])
    return line if reads_as_headline(line) else None


def starts_with_headline(text: str) -> bool:
    """Is the text's first line its headline (no page furniture before it)?"""
    span = headline_span(text)
    return span is not None and span == next(line_spans(text), None)
