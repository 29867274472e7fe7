"""The gazetteer and word lists as fast lookup tables (built once from lexicons/*.yaml)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import lexicon, mapping, words
from tui.analysis.model import EntityType

_TYPES = {
    "outlet": EntityType.OUTLET,
    "organization": EntityType.ORG,
    "product": EntityType.PRODUCT,
    "place": EntityType.PLACE,
    "program": EntityType.PROGRAM,
    "person": EntityType.PERSON,
}


def name_tokens(name: str) -> tuple[str, ...]:
    from tui.analysis.extract.tokens import tokenize

    return tuple(t.text for t in tokenize(name))


@dataclass(frozen=True, slots=True)
class Tables:
    #: surface form (as tokens) -> (canonical name, type)
    known: dict[tuple[str, ...], tuple[str, EntityType]]
    #: first token -> surface forms (token tuples) starting with it, longest first
    by_first: dict[str, list[tuple[str, ...]]]
    #: the first and the last tokens of the outlets' surface forms: a line can be an outlet's credit
    #: only if its first word opens one or its last word ends one (entities._outlet_credits)
    outlet_first: frozenset[str]
    outlet_last: frozenset[str]
    canonical_names: frozenset[str]
    titles: dict[str, str]  # lower-case title -> normalized
    title_first: frozenset[str]  # lower-case first words of titles
    title_modifiers: frozenset[str]
    org_suffixes: frozenset[str]
    #: the org_suffixes that are also family names ("Mills"; gazetteer.yaml, stop 62)
    surname_heads: frozenset[str]
    #: heads that name a unit of an organization: "Software", "Group", "Division" (gazetteer.yaml)
    unit_heads: frozenset[str]
    outlet_heads: frozenset[str]
    program_heads: frozenset[str]
    product_heads: frozenset[str]
    program_nouns: frozenset[str]
    product_nouns: frozenset[str]
    org_nouns: frozenset[str]
    #: common words a company's name may open with ("Credit", "Union", "General"; gazetteer.yaml)
    name_openers: frozenset[str]
    first_names: frozenset[str]
    #: a U.S. state's postal code or wire abbreviation ("NY", "N.J.", "Ill."; gazetteer.yaml, stop 58)
    us_state_codes: frozenset[str]
    function_words: frozenset[str]
    generic: frozenset[str]
    common: frozenset[str]
    lone_words: frozenset[str]
    #: nationality adjectives ("Dutch", "Chinese"): before a company's initials no part of its name
    demonyms: frozenset[str]
    #: capitalized phrases (as token tuples) that name no one: "Big Tech"
    not_names: frozenset[tuple[str, ...]]
    #: a company's own capitalized terms ("Company", "Board", "Directors"): a name of them only is none
    defined_terms: frozenset[str]
    #: a company's functions and fields in lower case ("finance", "sales", "investor", "relations"): a
    #: capitalized phrase of these words only is a title's field, a team or a degree, no name
    function_areas: frozenset[str]
    #: a given name -> its full form ("Dave" -> "David"; a full form maps to itself)
    given_name_of: dict[str, str]
    #: a place that names a state as a party -> the state's name: a country itself, a capital its country
    #: ("Berlin" -> "Germany"; gazetteer.yaml `place` entries with `state: yes` and their `seat`, stops 55-56)
    state_of: dict[str, str]
    title_re: re.Pattern[str]


@functools.cache
def tables() -> Tables:
    gaz = lexicon("gazetteer")
    known: dict[tuple[str, ...], tuple[str, EntityType]] = {}
    for type_name, etype in _TYPES.items():
        entries = gaz.get(type_name) or {}
        for canonical, entry in entries.items():
            canonical = str(canonical)
            for form in [canonical, *[str(a) for a in _aliases(entry)]]:
                toks = name_tokens(form)
                if toks:
                    known.setdefault(toks, (canonical, etype))
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for toks in known:
        by_first.setdefault(toks[0], []).append(toks)
    for forms in by_first.values():
        forms.sort(key=len, reverse=True)
    titles = {str(k).lower(): str(v) for k, v in mapping("gazetteer", "titles").items()}
    modifiers = frozenset(w.lower() for w in words("gazetteer", "title_modifiers"))
    # one-word titles that stay titles in the plural, beside the titles in the lexicon (stop 56: "presidents")
    plural_words = frozenset(w.lower() for w in words("gazetteer", "title_plural_words"))
    ordered = sorted(titles, key=len, reverse=True)
    # Plural only for titles of several words or acronyms ("chief executive officers", "co-CEOs"):
    # "leaders" or "heads" is a group of people, not a title.
    plural = [
        t
        for t in ordered
        if " " in t
        or (t.isalpha() and len(t) <= 4 and t not in ("head", "lead", "chair"))
        or t in plural_words
    ]
    single = [t for t in ordered if t not in plural]
    title_alt = (
        "(?:"
        + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in plural)
        + r")(?:s\b)?|"
        + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in single)
    )
    mod_alt = "|".join(re.escape(m) for m in sorted(modifiers, key=len, reverse=True))
    # A title may be plural ("co-chief executive officers", "co-CEOs"): normalize_title drops the "s".
    # It starts a word: a modifier is never the tail of another word ("co" inside "Costco boss").
    # Led by its first characters (extract/leads.py): the same matches, most positions skipped.
    title_re = led(
        r"\b(?P<mods>(?:(?:" + mod_alt + r")(?:[\s-]+))*)(?P<title>" + title_alt + r")\b", re.IGNORECASE
    )
    return Tables(
        known=known,
        by_first=by_first,
        outlet_first=frozenset(toks[0] for toks, (_, etype) in known.items() if etype == EntityType.OUTLET),
        outlet_last=frozenset(toks[-1] for toks, (_, etype) in known.items() if etype == EntityType.OUTLET),
        canonical_names=frozenset(c for c, _ in known.values()),
        titles=titles,
        title_first=frozenset(t.split()[0] for t in titles),
        title_modifiers=modifiers,
        org_suffixes=frozenset(words("gazetteer", "org_suffixes")),
        surname_heads=frozenset(words("gazetteer", "surname_heads")),
        unit_heads=frozenset(words("gazetteer", "unit_heads")),
        outlet_heads=frozenset(words("gazetteer", "outlet_heads")),
        program_heads=frozenset(words("gazetteer", "program_heads")),
        product_heads=frozenset(words("gazetteer", "product_heads")),
        program_nouns=frozenset(words("gazetteer", "program_nouns")),
        product_nouns=frozenset(words("gazetteer", "product_nouns")),
        org_nouns=frozenset(words("gazetteer", "org_nouns")),
        name_openers=frozenset(words("gazetteer", "name_openers")),
        first_names=frozenset(words("gazetteer", "first_names")),
        us_state_codes=frozenset(words("gazetteer", "us_state_codes")),
        function_words=frozenset(words("stopwords", "function_words")),
        generic=frozenset(words("stopwords", "generic")),
        common=frozenset(w.lower() for w in words("stopwords", "common")),
        lone_words=frozenset(words("stopwords", "lone_words")),
        demonyms=frozenset(words("stopwords", "demonyms")),
        not_names=frozenset(name_tokens(w) for w in words("stopwords", "not_names")),
        defined_terms=frozenset(words("stopwords", "defined_terms")),
        function_areas=frozenset(w.lower() for w in words("gazetteer", "function_areas")),
        given_name_of=_given_names(),
        state_of=_states(),
        title_re=title_re,
    )


#: The nouns that make a name or a holder a state's body (lexicon gazetteer `state_body_nouns`; stop 55): "the German
#: government", "the state", "the treasury". One list for fact_layout (a party that is a state) and stake_holders (a
#: holder that is the state buying).
STATE_BODY_NOUNS: tuple[str, ...] = tuple(w.lower() for w in words("gazetteer", "state_body_nouns"))


#: The courtesy titles before a person's name -> the sex each tells, "m", "f" or "" ("Dr", "Prof"): lexicon gazetteer
#: `honorifics`, the one list the entities and the attribution read (stop 56), through the readers below.
HONORIFICS: dict[str, str] = {k: str(v or "") for k, v in mapping("gazetteer", "honorifics").items()}
_HONORIFIC_WORD = (
    r"(?<![\w.])(?P<honorific>"
    + "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
    + r")\.?(?:[ \t]+\n?|\n)[ \t]*"
)
#: A courtesy title, as the list writes it, with or without its dot, and the blanks after it (one line break among
#: them: a hard-wrapped page may break "Mr.|Vey"), matched where a name follows: "Mr. Stark", "Ms Vey", "Prof. Lund"
#: (`.match(text, pos)`; the name starts at `.end()`).
HONORIFIC_AT = re.compile(_HONORIFIC_WORD)
#: The same closing the text before a name: " Dr. ", "(Mr " (`.search(text, lo, start)`).
HONORIFIC_END = re.compile(_HONORIFIC_WORD + r"\Z")


def honorific_before(text: str, start: int) -> str | None:
    """The courtesy title standing right before text[start:], as the list writes it ("Mr" for "Mr. Brandt", "Prof"
    for "Prof Lund"), blanks and at most one line break between; None when there is none ("said Brandt", "they miss Brandt")."""
    m = HONORIFIC_END.search(text, max(0, start - 12), start)
    return None if m is None else m.group("honorific")


def is_honorific(word: str) -> bool:
    """Is the word, any case, a dot after it or not, a courtesy title of the list ("Mr.", "dr", "PROF")?"""
    return word.rstrip(".").lower() in _HONORIFICS_LOWER


_HONORIFICS_LOWER = frozenset(h.lower() for h in HONORIFICS)


def _aliases(entry: Any) -> list[Any]:
    """The aliases of a gazetteer entry: the entry itself when a list, its `aliases` when a mapping (a place that
    may act as a state carries its fields beside them: `{aliases: [...], state: yes, seat: ...}`)."""
    if isinstance(entry, dict):
        return list(entry.get("aliases") or [])
    return list(entry or [])


def _states() -> dict[str, str]:
    """Each country of `place` that may act as a state (`state: yes`) named by itself, and its seat, when given,
    named by the country: the one list of places owns its states (stop 56)."""
    out: dict[str, str] = {}
    for country, entry in mapping("gazetteer", "place").items():
        if isinstance(entry, dict) and entry.get("state"):
            out[country] = country
            if entry.get("seat"):
                out[str(entry["seat"])] = country
    return out


def _given_names() -> dict[str, str]:
    """Each short form of a given name to its full form, and each full form to itself."""
    out: dict[str, str] = {}
    for full, shorts in mapping("gazetteer", "diminutives").items():
        out.setdefault(full, full)
        for short in shorts or []:
            out.setdefault(str(short), full)
    return out


def normalize_title(tab: Tables, title: str) -> str:
    """One title for its case, spacing, plural and spelling variants: "Chief Strategy Officer" and
    "chief strategy officer" -> "chief strategy officer"; "chief executive", "CEOs" -> "ceo"."""
    key = " ".join(title.lower().replace("’", "'").split())
    if key in tab.titles:
        return tab.titles[key]
    if key.endswith("s") and key[:-1] in tab.titles:
        return tab.titles[key[:-1]]
    return key
