"""Titles of works: games, films, series, books, albums, franchises named on a page.

A work's title is written like a name ("Harbor Watch", "Vera Holt’s Shadow Run") and, without a cue,
is typed a person by its shape or an organization by default. What tells a title from a company is a
closed class of nouns of works (franchise, series, game, film, album, novel...) standing beside it:

- closing a list after a determiner: "the A, B and C franchises", "its A series";
- opening a list: "franchises such as A, B and C", "films, including A and B", "titles: A and B",
  "projects, including A and B";
- a list of two or more closing with the noun of their maker: "the A, B and C studio";
- heading an appositive: "its latest game, A", "the new film, A";
- or the title written whole inside quotation marks with a possessive or a subtitle inside it:
  “A’s B”, "A: B"; or in quotation marks right before its maker's noun: "the “A of B” publisher".

A title found so is a title wherever the page writes it again ("the maker of A said"), and so is a
longer title that opens with it ("A Shadows"). A name that says or does business anywhere on the page
("A said", "A agreed to buy") is a company named after its product, never a title.

Each pattern reads a window of bounded length at a noun of works (found first, by one linear search),
so the whole pass is linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: Nouns of works (a closed class), singular and plural. Not "brand": a brand is often its company's
#: name ("the Tata brand"); the brand lists are entities.listed_goods'.
_WORK = (
    r"franchises?|series|games?|titles?|films?|movies?|shows?|novels?|books?|albums?|songs?|sequels?|"
    r"trilog(?:y|ies)|sagas?|installments?|instalments?|IPs?|dramas?|documentar(?:y|ies)|podcasts?|"
    r"musicals?|tunes?"
)
#: Where a noun of works stands (the anchors every cue below is read at).
_WORK_NOUN = re.compile(rf"\b(?:{_WORK})\b")
#: One title: capitalized words (a possessive, an ampersand, a hyphen inside), up to five, "of" or
#: "the" between two of them ("King of Fighters", "Lord of the Rings", stop 52).
_NAME = r"[A-Z][\w&’'-]*(?:\s(?:(?:of|the)\s){0,2}[A-Z0-9][\w&’'-]*){0,4}"
_LIST = rf"{_NAME}(?:\s*,\s*{_NAME}){{0,8}}(?:\s*,?\s+(?:and|or|&)\s+{_NAME})?"
#: A list closed by the noun: "the A, B and C franchises", "its A series", "Harbour’s A and B games" (a
#: determiner or a possessive before the list: a bare "A franchises" may be an owner's).
_CLOSED = re.compile(rf"(?:\b(?:the|its|their|his|her|our)|[’']s)\s+(?P<items>{_LIST})\s+(?:[a-z-]+\s+)?$")
#: A list's first title in quotation marks, a lower-case word of its kind after it ("“A” short, B and C"):
#: the list goes on after its comma (stop 52).
_QUOTED_FIRST = r"(?:[“\"][A-Z][^“”\"\n]{0,60}[”\"](?:\s[a-z]{2,12})?\s*,\s+)?"
#: A list opened by the plural noun: "franchises such as A, B", "films, including A", "titles: A".
_OPENED = re.compile(
    r"(?:franchises|series|games|titles|films|movies|shows|novels|books|albums|songs|sequels|IPs|dramas|"
    r"documentaries|podcasts|projects)"
    rf"(?:\s*,?\s+(?:such\s+as|like|including|include|includes|included)|\s*:)\s+(?P<items>{_QUOTED_FIRST}{_LIST})"
)
#: The nouns of a maker of works: every match of `_MAKER_NOUN` holds one (a page with none: no search).
_MAKER_WORDS = ("studio", "developer", "publisher", "maker", "creator")
_MAKER_NOUN = re.compile(
    rf"\b(?:{'|'.join(_MAKER_WORDS)})\b(?![’']s\b|\s+(?:teams?|units?|divisions?|staff|workers|"
    r"employees|arms?|business(?:es)?|jobs|deals?|partnerships?|rights|market|industry|sector)\b)"
)
#: "projects" opens a list of works too ("its projects, including A and B"), though alone it names no
#: work (a plant's or a road's projects): read only as a list's opener.
#: (The word's boundary before it is asked after the word, as a look-behind: the pattern opens with its
#: literal, which `re` finds ahead, instead of an assertion it tries at every position; the same matches.)
_PROJECTS = re.compile(r"projects\b(?<!\wprojects)")
#: A list of two or more titles closed by the singular noun of the company that makes them, after a
#: determiner: "the A, B and C studio", "its A and B developer" (stop 52): the company is named by its
#: works. One name there is the company's own ("the Orvane studio").
_CLOSED_BY_MAKER = re.compile(
    rf"\b(?:the|its|their)\s+(?P<items>{_NAME}(?:\s*,\s*{_NAME}){{0,8}}\s*,?\s+(?:and|&)\s+{_NAME})"
    r"\s+(?:[a-z-]+\s+)?$"
)
#: An appositive headed by the noun, closed by a comma, a stop or a dash: "its latest game, A,", "the
#: studio's new film, A." ("In the film, A plays ..." goes on into a clause: no appositive).
_APPOSITIVE_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|[’']s)\s+(?:[a-z-]+\s+){0,2}$"
)
_APPOSITIVE = re.compile(rf"(?:{_WORK})\s*,\s+(?P<items>{_LIST})(?=\s*(?:[,.;:)—–]|\s-\s|$))")
#: A title written whole in quotation marks, with a possessive or a subtitle inside: “A’s B”, "A: B"
#: (small function words may stand between its capitalized words: "A: Live at the B").
_QUOTED_NAME = r"[A-Z][\w&’'-]*(?:\s(?:(?:of|the|a|an|at|in|on|to|for|and)\s){0,2}[A-Z0-9][\w&’'-]*){0,6}"
_QUOTED = re.compile(rf"[“\"‘](?P<items>{_QUOTED_NAME}(?::\s+{_QUOTED_NAME})?)[,.]?[”\"’](?!\w)")
#: A title in quotation marks right after the noun of its work: "the tune of “A”", "the song “A”",
#: "the musical “A!”" (whatever its words: a line of a song may hold a comma).
_QUOTED_AFTER = re.compile(r"\s+(?:of\s+)?[“\"](?P<title>[A-Z][^“”\"\n]{1,60}?)[”\"]")
#: A title in quotation marks right before the noun of the company that makes it: "the “A of B”
#: publisher", "the "A" maker" (stop 52): the quoted words are the work's, whatever their shape.
_QUOTED_BEFORE_MAKER = re.compile(
    rf"[“\"‘](?P<title>{_QUOTED_NAME})[”\"’]\s+(?:[a-z]+\s+)?(?:publisher|maker|developer|studio|creator|owner)s?\b"
)
_HAS_POSSESSIVE_OR_COLON = re.compile(r"[A-Za-z][’']s\s[A-Z]|:\s")
#: Right after a name: it says or does business, so it names a company ("A said", "A agreed to buy").
_ACTS_AFTER = re.compile(
    r"(?:,[^,]{1,60},)?\s+(?:said|says|told|announced|added|declined|hired|hires|will\s+hire|plans|"
    r"agreed|bought|buys|acquired|reported|posted|employs|cut|cuts|laid|is\s+(?:based|headquartered))\b"
)
#: Right before a name: "the maker of", "the creator of" -- the verb after the name is the head noun's.
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")
_ITEM = re.compile(_NAME)
#: A noun of works that describes the noun after it ("a video game maker", "the film studio"): no
#: list of titles closes there.
_COMPOUND_AFTER = re.compile(
    r"[-\s]+(?:makers?|developers?|publishers?|studios?|compan(?:y|ies)|giants?|firms?|groups?|industry|"
    r"business|market|sector|units?|divisions?|rights|deals?|maker’s|maker's)\b"
)
#: The items of a list around a title, in both directions: "A, B, and C" (a title's kind is its
#: list's).
_LIST_BEFORE = re.compile(rf"(?:{_NAME}\s*,\s*){{1,8}}$|{_NAME}\s*,?\s+(?:and|or|&)\s+$")
_LIST_AFTER = re.compile(rf"(?:\s*,\s*{_NAME}){{0,8}}(?:\s*,?\s+(?:and|or|&)\s+{_NAME})?")
_WINDOW = 200


def _items(chunk: str) -> list[str]:
    """The titles of a list's text: each name, a trailing quotation mark or stop left out."""
    return [m.group().rstrip("’'.") for m in _ITEM.finditer(chunk)]


def _cued_titles(text: str) -> set[str]:
    """The titles the page names beside a noun of works (see the module's doc)."""
    found: set[str] = set()
    for noun in _WORK_NOUN.finditer(text):
        s = noun.start()
        compound = _COMPOUND_AFTER.match(text, noun.end(), min(len(text), noun.end() + 16)) is not None
        m = None if compound else _CLOSED.search(text, max(0, s - _WINDOW), s)
        if m is not None:
            found.update(_items(m.group("items")))
        m = _OPENED.match(text, s, min(len(text), s + _WINDOW))
        if m is not None:
            found.update(_items(m.group("items")))
        if _APPOSITIVE_BEFORE.search(text, max(0, s - 40), s) is not None:
            m = _APPOSITIVE.match(text, s, min(len(text), s + _WINDOW))
            if m is not None:
                found.update(_items(m.group("items")))
        m = _QUOTED_AFTER.match(text, noun.end(), min(len(text), noun.end() + 80))
        if m is not None:
            found.add(m.group("title").rstrip("’'.,!?"))
    for projects in _PROJECTS.finditer(text):
        m = _OPENED.match(text, projects.start(), min(len(text), projects.start() + _WINDOW))
        if m is not None:
            found.update(_items(m.group("items")))
    for maker in _MAKER_NOUN.finditer(text) if any(map(text.__contains__, _MAKER_WORDS)) else ():
        m = _CLOSED_BY_MAKER.search(text, max(0, maker.start() - _WINDOW), maker.start())
        if m is not None:
            found.update(_items(m.group("items")))
    for q in _QUOTED_BEFORE_MAKER.finditer(text):
        found.add(q.group("title").rstrip("’'."))
    for q in _QUOTED.finditer(text):
        title = q.group("items")
        if _HAS_POSSESSIVE_OR_COLON.search(title):
            found.add(title.rstrip("’'."))
    return found


def _occurrences(text: str, title: str) -> list[tuple[int, int]]:
    """Where the page writes `title` as whole words."""
    out: list[tuple[int, int]] = []
    at = text.find(title)
    while at >= 0:
        end = at + len(title)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append((at, end))
        at = text.find(title, end)
    return out


#: After a name written alone: a comma, a stop, a colon, a bracket, a quotation mark, "and"/"or", or a
#: lower-case word.
_ALONE_AFTER = re.compile(r"\s*[,.;:)”\"’]|\s+(?:and|or|&)\s|\s+[a-z]")


def _written_alone(text: str, name: str) -> bool:
    """Does the page write `name` somewhere as a whole name, no capitalized word after it?"""
    return any(_ALONE_AFTER.match(text, e, e + 8) for _s, e in _occurrences(text, name))


def work_title_spans(text: str, not_title: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Every span of the page that writes a work's title: the titles cued beside a noun of works,
    wherever the page writes them, less any that acts as a company somewhere on the page and any
    `not_title` says is no title (a known company or person, a job's title)."""
    titles = {t for t in _cued_titles(text) if not not_title(t)}
    # the series an installment is named after, when the page writes it as a name of its own: "Far
    # Cry" of "Far Cry 6", "A’s Creed" of "A’s Creed Shadows", "Night Parade" of "Night Parade: Live"
    for title in list(titles):
        words = title.split()
        for k in range(len(words) - 1, 1, -1):
            stem = " ".join(words[:k]).rstrip(":")
            if stem not in titles and not not_title(stem) and _written_alone(text, stem):
                titles.add(stem)
                break
    where = {t: _occurrences(text, t) for t in titles}
    # a list that holds a title holds titles: "including A, B and C" where B is one
    for title in list(titles):
        for s, e in where[title]:
            before = _LIST_BEFORE.search(text, max(0, s - _WINDOW), s)
            after = _LIST_AFTER.match(text, e, min(len(text), e + _WINDOW))
            for item in _items((before.group() if before else "") + " " + (after.group() if after else "")):
                if item not in titles and not not_title(item):
                    titles.add(item)
                    where[item] = _occurrences(text, item)
    spans: list[tuple[int, int]] = []
    for title in sorted(titles):
        if any(
            _ACTS_AFTER.match(text, e, min(len(text), e + 90))
            and not _OF_BEFORE.search(text, max(0, s - 8), s)
            for s, e in where[title]
        ):
            continue  # "A said", "A hired": a company named after its product
        spans.extend(where[title])
    return sorted(set(spans))
