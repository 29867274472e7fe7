"""Entities in one article: people, organizations, outlets, products, places, programs.

Pass A reads the body sentences (never headings) for runs of capitalized words and types each
piece by evidence: the gazetteer, a title before it ("Mercor CEO Brendan Foody"), an org suffix
("Invisible Technologies"), a program head ("Marshall Plan"), a noun after it ("CJADC2 initiative"),
an appositive (", a data supplier"), "-based" (a place), a parenthesised acronym (Schwartz–Hearst),
a known given name. A capitalized word at the start of a sentence is kept only when the article
also writes it capitalized elsewhere, or the gazetteer knows it ("Rivals are moving in" is no entity).
Short forms join their full names inside the article: a bare surname its person ("Wang"), a short
org name the one longer name that only adds a company suffix ("Scale" -> "Scale AI"), but a name
the gazetteer knows on its own never joins a longer one ("Meta" stays apart from "Meta AI").
Pass B then finds every mention of the names so known anywhere in the text, headings included.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

from tui.analysis.extract.gazetteer import Tables, honorific_before, is_honorific, normalize_title, tables
from tui.analysis.extract.lexicon import mapping, words
from tui.analysis.extract.listed import listed_company
from tui.analysis.extract.mixed_case import mixed_case_names, opener_names
from tui.analysis.extract.org_evidence import (
    acts_or_owns,
    company_words,
    coordinated_with_the,
    firm_marks,
    is_acting_verb,
    listed_beside,
    of_a_place,
)
from tui.analysis.extract.said_when import MONTHS, WEEKDAYS
from tui.analysis.extract.sale_words import JOINT_VENTURE_NOUN, parent_of_named_unit, unit_named_at
from tui.analysis.extract.tokens import (
    CASE_FOLDS,
    OPEN_QUOTES,
    ROMAN_NUMERAL,
    Token,
    digit_led_name,
    fewest_needles,
    foldless_lower,
    marks_of,
    needle_within,
    tokenize,
    tokenize_marked,
)
from tui.analysis.extract.work_titles import _occurrences, work_title_spans
from tui.analysis.model import Entity, EntityType, Mention, Role
from tui.corpus.furniture import stamp_length
from tui.corpus.model import Span

_CONNECTORS = frozenset(
    {"of", "&", "de", "van", "von", "der", "al", "bin", "la", "du", "da", "del", "di", "della", "le"}
)
#: The lower-case particles a surname opens with ("Marta van Dijk", "said de Brouwer"): the capital
#: word after one, inside a sentence, is a person's surname, the particle its first word.
_LOWER_PARTICLES = frozenset(
    {"de", "van", "von", "der", "den", "bin", "du", "da", "del", "di", "della", "le", "la", "dos"}
)
#: A street's or a square's word in the languages these particles come from ("on the rue de Rivoli"):
#: the name after it is a place's, no surname.
_STREET_WORDS = frozenset(
    {
        "rue",
        "avenue",
        "boulevard",
        "quai",
        "place",
        "porte",
        "via",
        "viale",
        "piazza",
        "calle",
        "plaza",
        "paseo",
    }
)
_PARTICLE_BEFORE = re.compile(r"(?:^|[^\w’'.-])([a-z]+)[ \n]$")
PARTICLE_SURNAME = "entity.particle-surname"
_OF_HEADS = frozenset(
    [
        "University",
        "Department",
        "Ministry",
        "Institute",
        "Office",
        "Board",
        "Bureau",
        "Council",
        "Committee",
        "Commission",
        "Bank",
        "School",
        "College",
        "Museum",
        "Church",
        "Republic",
        "Kingdom",
        "House",
        "Court",
        "Agency",
        "Academy",
        "Center",
        "Centre",
        "Secretary",
        "Association",
        "Society",
        "Union",
        "Federation",
        "Brotherhood",  # "International Brotherhood of Teamsters": a union's name
        "Confederation",
        "Organization",
        "Organisation",
        "Chamber",
        "League",
        "Order",
        "Federal",
    ]
)
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d)?$")
_ORDINAL = re.compile(r"^\d{1,2}(?:st|nd|rd|th)$")
#: The run's tail when a legal form followed it after a comma ("Larchwood, Inc."): an organization.
LEGAL_TAIL = ", Inc."
_TICKER = re.compile(r"^[A-Z]{2,5}$")
#: A wire's instrument code glued to a name: "Harbour Tools Inc HBRT.N", "Tallow Corp TLW.O", "HBT.AS".
#: A ticker, never a word of a name nor a name of its own.
#: An acronym in the plural ("CPUs", "GPUs", "EVs", "LLMs"): things counted, never a name.
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,5}s$")
#: Also a share class or a unit after an underscore ("VOWG_p.DE", "BP_UN.TO") and a one-letter
#: New York code ("F.N", "T.N"); a page that drops the space after a linked code glues the next
#: word to it ("XOM.Nis in talks", "9863.HKas it tries": the code, then a lower-case word).
RIC = re.compile(
    r"^(?:[A-Z0-9]{2,6}(?:_[A-Za-z]{1,2})?\.[A-Z]{1,2}|[A-Z]\.(?:N|O|OQ))"
    r"(?:[a-z]{2,6})?$"
)
#: A company's legal form after its name: "Harbour Tools Inc." is Harbour Tools.
LEGAL_SUFFIXES = frozenset(
    {
        "Inc",
        "Corp",
        "Corporation",
        "Co",
        "Ltd",
        "LLC",
        "PLC",
        "plc",
        "GmbH",
        "AG",
        "SA",
        "S.A",
        "NV",
        "Limited",
        # written with stops (stop 38): a national bank's "Quarry Bank, N.A.", the Dutch "Tallow N.V."
        # and "Orvane B.V.", the Italian "Kestrel S.p.A."
        "N.A",
        "N.V",
        "B.V",
        "S.p.A",
        # stop 41: the Swedish, Norwegian and Finnish forms ("Tallow Bank AB"), a partnership's
        "AB",
        "ASA",
        "Oyj",
        "LLP",
    }
)


def _legal_suffixes(toks: list[Token], i: int, n: int) -> int:
    """How many tokens from toks[i] are a legal form ("Inc.", "Corp.", "Co. Ltd."), each one space
    after the one before."""
    k = i
    while k < n and toks[k].bare.rstrip(".") in LEGAL_SUFFIXES and toks[k].start - toks[k - 1].end == 1:
        k += 1
        if toks[k - 1].possessive:
            break
    # A stock ticker written right after the legal form: "Harbour Tools Inc. HBRT said".
    if (
        i < k < n
        and not toks[k - 1].possessive
        and (_TICKER.match(toks[k].bare) or RIC.match(toks[k].text))
        and toks[k].start - toks[k - 1].end == 1
    ):
        k += 1
    return k - i


def _closes_name(run: list[Token], i: int, n: int, size: int) -> bool:
    """Does run[i], a legal form written with its stop after a name ("Kestrel Inc."), end that name?
    A capitalised word after it opens another name or sentence ("... of Kestrel Inc. Orbitex then
    plans"), unless it is one more legal form ("Co. Ltd.") or a ticker."""
    tok = run[i]
    if size < 2 or not tok.text.endswith(".") or tok.bare.rstrip(".") not in LEGAL_SUFFIXES:
        return False
    if _INITIAL_WORD.match(tok.text):
        return False  # "N.V." shaped like initials: "Ivo N.V. Stark" is one person's name
    return (
        i + 1 < n
        and _legal_suffixes(run, i + 1, n) == 0
        and not _TICKER.match(run[i + 1].bare)
        # "Tarn Capital Corp. IV": a shell's series numeral goes on the name (stop 53)
        and not (len(run[i + 1].bare) > 1 and ROMAN_NUMERAL.fullmatch(run[i + 1].bare))
    )


#: (stop 41: also between dashes, "X—a news portal—reported", "X – the lender – said")
_APPOS_ORG = re.compile(r"^\s*(?:,\s+|\s?[—–]\s?)(?:a|an|the|its)\s")
#: ... or the main clause's subject and its verb after an opening phrase: "Under its boss X, the company
#: was ...", "Led by chairman X, the group has ..." (an auxiliary or a copula right after the noun).
_APPOS_SAID = re.compile(
    r"^\s*,\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}(?:said|says|announced|announces|added|reported|confirmed|"
    r"noted|stated|told|wrote|was|were|is|are|has|have|had|will|would|could|can|may|might|must|should)\b"
)
#: A sentence opening with a phrase that runs, with no comma, up to the name: "Under its boss X",
#: "Led by its founder X", "With its new chief X in charge": the comma after the name ends the phrase.
_OPENING_PHRASE = re.compile(
    r"\s*(?:Under|With|Without|Like|Unlike|After|Before|Despite|Following|Since|Through|Alongside|Besides|"
    r"(?:Led|Backed|Run|Founded|Chaired|Headed|Owned|Managed|Guided|Steered)\s+by)\s[^,;:.!?\"“”]*$"
)
_OPENING_MAX = 160
#: A sentence opening with whose word it tells, up to the name: "According to X", "But according to
#: X": the comma after the name ends the cue and the main clause follows ("According to X, the fund
#: paid ..."); its subject describes no one (stop 52).
_ACCORDING_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet|Still|So|However|Now),?\s+)?[Aa]ccording\s+to\s[^,;:.!?\"“”]*$"
)
#: ... unless a short appositive closed by its own comma or dash comes first: "According to X, a
#: Swedish lender, the fund paid ..." (at most four words between the two commas).
_SHORT_APPOS_CLOSED = re.compile(r"^\s*,\s+(?:a|an|the|its)\s+(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*[,—–]")
_WHO_AFTER = re.compile(r"^\s*,\s+who\s")
#: The rule that types "<Word> Air" a carrier (stop 63).
AIRLINE_NAME = "entity.airline-name"
_WHO_NEXT = re.compile(r",?\s+who\s")
#: A post's owner right before the name: "Y, the chief executive of X, who ..." -- "who" is said of Y, and X
#: is the company the post is of.
#: A trade only a person is named by, in an appositive ("a former Varenza designer", "the star chef"),
#: not one a firm does for others ("a designer of chips").
_TRADE_APPOS = re.compile(r"\b(?:designer|architect|artist|chef)\b(?!\s+(?:of|for)\s+[a-z]+s\b)")
#: A post and "of" right before a name: the name is the post's company ("MD of X", "head of X").
_POST_OF_NAME_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,4}|\b(?i:executive|officer|chief|president|chair|chairman|chairwoman|head|boss|director|"
    r"founder|manager|partner))\s+(?:of|at)\s+(?:the\s+)?$"
)
_POST_OF_BEFORE = re.compile(
    r"\b(?:executive|officer|chief|ceo|president|chair|chairman|chairwoman|head|boss|director|founder|cfo|"
    r"coo|cto)\s+(?:of|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: One to three capitalized words after a comma, ending the clause ("Salem, Oregon, said").
_COMMA_CAPS = re.compile(
    r"^,\s([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})(?=[,.;:)]|\s[a-z]|\s*$|-based|-headquartered)"
)
#: A lower-case word of an appositive that is not a possessive ("company" in "the company's chief" is not).
#: The words an appositive's head is read from: lower-case words, and a title's initials ("CEO", "CFO").
_APPOS_HEAD_WORD = re.compile(r"[a-z][\w-]*\b(?![’']s\b)|\b[A-Z]{2,4}\b(?![’'-])")
_APPOS_TITLE = re.compile(r"^\s*,\s+(?:the\s+|a\s+|an\s+|its\s+|(?:previously|formerly|now)\s+)?")
#: A sentence's opening phrase, with no comma in it, that ends in a place's preposition right before the
#: name: "Speaking at a dinner in X, the founder said", "From X, the chief executive wrote": the comma
#: after the name closes the opening phrase and "the <title>" is the main clause's subject, no
#: appositive of the name (stop 52). The phrase opens with a participle or a preposition ("Speaking",
#: "At", "During"), never a noun phrase ("A statement from X, the chair, thanked ...": X's appositive).
_PLACE_OPENING = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|In|At|From|During|On|After|Before|Over)\b[^,;:.!?\"“”]*\s(?P<prep>in|at|from)\s+$"
)
_ROLE_VERB = re.compile(
    r"\b(?:named|appointed|promoted to|tapped as|installed as|will become|becomes|became|become|"
    r"takes over as|took over as|steps in as|stepped in as|serve as|serves as|serving as|as the|as)\s+"
    r"(?:the\s+|its\s+|new\s+)?$|\binto\s+the\s+$",
    re.IGNORECASE,
)
_ROLE_CUE = re.compile(
    r"\b(?:named|appointed|promoted to|tapped as|installed as|will become|becomes|became|become|"
    r"takes over as|took over as|steps in as|stepped in as|serve as|serves as|serving as|as|into|will be|"
    r"(?:move|moves|moved|moving|step|steps|stepped|stepping)\s+(?:in)?to\s+the\s+(?:role|post|position)\s+of)\s+"
    r"(?:the\s+|its\s+|new\s+|an?\s+)?",
    re.IGNORECASE,
)
_ROLE_CUE_LOW = re.compile(_ROLE_CUE.pattern)  # all its letters are lower case
#: After a title, what makes it a part of another word ("CEO-led") or an owner ("the CEO's call"): no post named.
_TITLE_AS_WORD = re.compile(r"-\w|['’]s\b")
_PREVIOUSLY = re.compile(r"\b(?:previously|formerly|former|ex-|once)\b", re.IGNORECASE)
#: Plural heads of a group that speaks as one: "analysts said", "labour groups warned".
GROUP_HEADS = (
    "analysts",
    "critics",
    "experts",
    "economists",
    "investors",
    "competitors",
    "rivals",
    "groups",
    "unions",
    "employees",
    "workers",
    "staffers",
    "officials",
    "lawmakers",
    "legislators",
    "regulators",
    "observers",
    "shareholders",
    "executives",
    "researchers",
    "scientists",
    "academics",
    "engineers",
    "customers",
    "users",
    "activists",
    "advocates",
    "campaigners",
    "residents",
    "traders",
    "bankers",
    "lawyers",
    "insiders",
    "scientists",
    "academics",
    "commentators",
    "skeptics",
    "sceptics",
    "opponents",
    "supporters",
    "politicians",
    "leaders",
    "founders",
    "partners",
    "organizations",
    "organisations",
    "associations",
    # a company's people named by a plain noun (stop 46): "bosses say he has", "directors say that"
    "bosses",
    "directors",
    "managers",
    "trustees",
    # holders of a company's debt or deposits (stop 48): "bondholders said", "under fire from creditors"
    "bondholders",
    "creditors",
    "depositors",
    # those with a stake in a deal, told as one (stop 55): "three stakeholders said"
    "stakeholders",
    # a shop's public told as one (stop 62): "shoppers said outside a store", "consumers say prices rose"
    "shoppers",
    "consumers",
)
PLACE_TAILS = ("-based", "-headquartered", "-born")
AMPERSAND_FIRM = "entity.ampersand-firm"
#: A company named with a news agency's name closing it ("Keller Reuters", "Hartley Bloomberg Inc"; stop 59).
OUTLET_IN_NAME = "entity.outlet-in-name"
#: A name of a person's shape the text marks as a firm (org_evidence.firm_marks, _unit_listed).
FIRM_MARKS = "entity.firm-marks"
_SLUG = re.compile(r"[^a-z0-9]+")


@functools.lru_cache(maxsize=8192)  # names recur in every article; bounded for endless distinct ones
def slug(name: str) -> str:
    return _SLUG.sub("-", name.lower().replace("’", "").replace("'", "")).strip("-") or "x"


@dataclass(slots=True)
class Candidate:
    tokens: tuple[str, ...]
    start: int
    end: int
    type: EntityType | None
    rule: str
    initial: bool = False  # sentence-initial and unconfirmed


@dataclass(slots=True)
class Local:
    """An entity of one article while it is being built."""

    name: str
    type: EntityType
    rule: str
    forms: set[tuple[str, ...]] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    known: bool = False  # the gazetteer knows it


def _is_initial(tokens: list[Token], i: int) -> bool:
    """Is token i the first word of its sentence, of a quotation, or after a colon?"""
    j = i - 1
    while j >= 0 and not tokens[j].is_word:
        closing = tokens[j].text in _STRAIGHT_QUOTES and j > 0 and tokens[j - 1].text in _CLOSES_BEFORE
        if (tokens[j].text in OPEN_QUOTES and not closing) or tokens[j].text in ":—–-":
            return True
        j -= 1
    return j < 0


#: A straight quotation mark right after a comma, a question or an exclamation mark closes the
#: quotation ("...," Kolbek analysts said): the name after it is the speaker, no first word (after a
#: stop, a new sentence may start).
_STRAIGHT_QUOTES = frozenset({'"', "'"})
_CLOSES_BEFORE = frozenset({",", "!", "?"})


def _gaz_match(tab: Tables, toks: list[Token], i: int, limit: int) -> int:
    """Length of the longest gazetteer form starting at toks[i] (within limit), or 0."""
    forms = tab.by_first.get(toks[i].text) or tab.by_first.get(toks[i].bare)
    if not forms:
        return 0
    for form in forms:
        n = len(form)
        if i + n > limit:
            continue
        ok = True
        for k in range(n):
            t = toks[i + k]
            want = form[k]
            if t.text != want and not (k == n - 1 and t.bare == want):
                ok = False
                break
            if k < n - 1 and t.possessive:
                ok = False
                break
        if ok:
            return n
    return 0


def _title_match(tab: Tables, toks: list[Token], i: int, limit: int) -> int:
    """Length of a title (with modifiers) starting at toks[i]: "Chief Strategy Officer", "Interim CEO"; a courtesy
    title of the one list is one too ("Miss", "Prof" with no dot: gazetteer.is_honorific, stop 56)."""
    if i < limit and toks[i].text[:1].isupper() and is_honorific(toks[i].text):
        return 1
    k = i
    while k < limit and toks[k].text.lower().rstrip("-") in tab.title_modifiers:
        k += 1
    best = 0
    words: list[str] = []
    for m in range(k, min(limit, k + 4)):
        words.append(toks[m].bare.lower())
        if " ".join(words) in tab.titles:
            best = m + 1 - i
        if toks[m].possessive:
            break
    return best


def _nickname_end(text: str, toks: list[Token], j: int, paren: bool = False) -> int:
    """Index of the name word after a nickname starting at toks[j], quoted or in parentheses
    (“MJ” Holthaus, (MJ) Holthaus: with `paren`, after a given name alone), or 0."""
    if toks[j].text not in ('"', "“", "‘", "'") and not (paren and toks[j].text == "("):
        return 0
    close = (")",) if toks[j].text == "(" else ('"', "”", "’", "'")
    k = j + 1
    while k < len(toks) and k - j <= 2 and toks[k].is_word and toks[k].is_cap:
        k += 1
    if k == j + 1 or k + 1 >= len(toks) or toks[k].text not in close:
        return 0
    after = toks[k + 1]
    if toks[k].start != toks[k - 1].end or text[toks[k].end : after.start] != " ":
        return 0
    return k + 1 if after.is_word and after.is_cap else 0


@dataclass(frozen=True, slots=True)
class Nickname:
    """ "Robert “Kelly” Ortberg": the name without the nickname, the nickname with the surname, and
    the span of the whole."""

    full: tuple[str, ...]  # ("Robert", "Ortberg")
    nick: tuple[str, ...]  # ("Kelly", "Ortberg")
    start: int
    end: int


def _nicknames(text: str, toks: list[Token], tab: Tables) -> list[Nickname]:
    """Every given name(s) + quoted nickname + surname in a sentence: one person, both names."""
    out = []
    for j in range(1, len(toks) - 3):
        prev = toks[j - 1]
        if (
            not (prev.is_word and prev.is_cap and not prev.possessive)
            or text[prev.end : toks[j].start] != " "
        ):
            continue
        k = _nickname_end(text, toks, j)
        if not k:
            continue
        if not _given_word(prev, tab):
            continue
        g = j - 1  # the given names: at most two capitalized words before the mark
        while (
            g > 0
            and j - g < 2
            and toks[g - 1].is_word
            and toks[g - 1].is_cap
            and toks[g - 1].end + 1 == toks[g].start
        ):
            g -= 1
        if not _given_word(toks[g], tab):
            g += 1
        e = k  # the surname: capitalized words after the mark, at most two
        while (
            e + 1 < len(toks)
            and e + 1 - k < 2
            and toks[e + 1].is_word
            and toks[e + 1].is_cap
            and toks[e].end + 1 == toks[e + 1].start
            and not toks[e].possessive
        ):
            e += 1
        given = tuple(t.bare for t in toks[g:j])
        nick = tuple(t.bare for t in toks[j + 1 : k - 1] if t.is_word)
        surname = tuple(t.bare for t in toks[k : e + 1])
        if not given or not nick or not surname:
            continue
        out.append(Nickname(given + surname, nick + surname, toks[g].start, toks[e].bare_end))
    return out


def _given_word(tok: Token, tab: Tables) -> bool:
    """Can the token be a given name before a nickname (not "The", "CEO", "Chief")?"""
    return (
        tok.text not in tab.function_words
        and tok.bare not in tab.generic
        and tok.bare.lower() not in tab.titles
        and tok.bare.lower() not in tab.title_modifiers
    )


def _code_or_plural(word: str) -> bool:
    """Is a capitalized token a market code ("XOM.N", `RIC`) or an acronym's plural ("GPUs")? Both
    patterns need a character most words lack (a stop, a final "s"): the cheap test goes first."""
    return ("." in word and RIC.match(word) is not None) or (
        word[-1] == "s" and _PLURAL_ACRONYM.match(word) is not None
    )


#: A function word printed in capitals ("THE", "WHEN"): three letters or more ("IT", "US" may be names).
_SHOUTED_OPENER = re.compile(r"^[A-Z]{3,}$")


def _named_capitals(tab: Tables) -> Callable[[str], bool]:
    """Do capitals (two to four letters before a lower-case word) name something alone: the gazetteer
    knows them ("US", "UPS") or they are a generic term ("AI")? (`mixed_case_names` asks it of the
    capitals of the page's pairs only, from its own scan.)"""
    return lambda caps: (caps,) in tab.known or caps in tab.generic


#: The endings of a plural of people a body is named for ("Employees", "Teachers", "Firefighters",
#: "Officers", "Machinists", "Technicians"), never a company's plural word ("Industries", "Holdings").
_MEMBERS_PLURAL = ("ees", "ers", "ors", "ists", "ians")


def _members_body_at(toks: list[Token], j: int, run: list[Token], suffixes: frozenset[str]) -> bool:
    """Is toks[j] the apostrophe of a plural possessive inside a body's name ("Employees' Pension Fund",
    "Teachers’ Retirement System"): a capitalised plural of people before it (`_MEMBERS_PLURAL`), then one
    to three capitalised words after one space, the last a body's suffix ("Fund", "System", "Association")?"""
    if not (run[-1].is_word and run[-1].text.lower().endswith(_MEMBERS_PLURAL) and j + 1 < len(toks)):
        return False  # (a company's possessive stays apart: "Reliance Industries’ Jio Platforms")
    if toks[j + 1].start != toks[j].end + 1:
        return False
    k = j + 1
    while k < len(toks) and k <= j + 3 and toks[k].is_word and toks[k].is_cap and not toks[k].possessive:
        if toks[k].text in suffixes or (toks[k].text == "Plan" and toks[k - 1].text in _SAVINGS_KINDS):
            return True  # ("Ontario Teachers' Pension Plan": a pension plan's name, stop 62)
        if k + 1 < len(toks) and toks[k + 1].start != toks[k].end + 1:
            return False
        k += 1
    return False


def _runs(
    text: str, toks: list[Token], tab: Tables, marks: list[int], mixed: dict[str, str] | None = None
) -> list[tuple[list[Token], bool, str | None]]:
    """Runs of capitalized tokens: (tokens, starts the sentence, hyphen tail after the last). A run
    starts at a capitalized token, so only the marked ones (`tokenize_marked`) are looked at. `mixed`
    holds the page's names styled with a lower-case second word (`mixed_case_names`: "KT skylife"):
    that word goes on the run after its capitals."""
    runs: list[tuple[list[Token], bool, str | None]] = []
    i = 0
    n = len(toks)
    for at in marks:
        if at < i:  # inside the run before
            continue
        i = at
        tok = toks[i]
        if not (tok.is_word and tok.is_cap) or _code_or_plural(tok.text):
            i += 1
            continue
        initial = _is_initial(toks, i)
        run: list[Token] = []
        tail: str | None = None
        j = i
        nickname = False
        while j < n:
            t = toks[j]
            if run and not nickname:
                gap = text[run[-1].end : t.start]
                if (
                    t.text == ","
                    and not gap
                    and not run[-1].possessive
                    and j + 1 < n
                    and toks[j + 1].bare.rstrip(".") in LEGAL_SUFFIXES
                    and text[t.end : toks[j + 1].start] == " "
                ):
                    # "Larchwood, Inc.": the legal form after a comma is the name's own, no name
                    tail = LEGAL_TAIL
                    j += 2
                    break
                if (
                    t.text == ","
                    and not gap
                    and len(run) == 1
                    and (partners := _PARTNERS_AFTER.match(text, t.start)) is not None
                    and not any(
                        (w,) in tab.known or w in tab.first_names
                        for w in _PARTNER_WORDS.findall(partners.group())
                    )
                    and (run[0].text,) not in tab.known
                    # ("On Tuesday, Wexford, Pryce & Doyle wrote": a day or a common word before the firm)
                    and not {run[0].text} & (tab.generic | tab.function_words | tab.common)
                ):
                    # "Keefe, Brennan & Woods": a firm named after its partners, the commas and the "&"
                    # inside its one name, never cut to its last part (stop 61)
                    while j < n and toks[j].end <= partners.start("last"):
                        run.append(toks[j])
                        j += 1
                    continue
                if not gap and t.text in ("'", "’") and _members_body_at(toks, j, run, tab.org_suffixes):
                    # "Marlow County Employees' Pension Fund": a body named for its members in the plural
                    # possessive, one name through its apostrophe, never cut to "Pension Fund" (stop 61)
                    run.append(t)
                    j += 1
                    continue
                if gap != " " and gap != "\u00a0":
                    break
                if run[-1].possessive:
                    break
                k = _nickname_end(text, toks, j, len(run) == 1 and run[0].text in tab.first_names)
                if k:  # Michelle “MJ” Johnston Holthaus: the nickname stays out of the name
                    j, nickname = k, True
                    continue
            nickname = False
            if _share_class_at(text, toks, j):
                # "Kestrel Class A shares", "and Class B voting shares": a class of shares, no name;
                # the name before it ends there (stop 51)
                j += 0 if run else 2
                break
            if mixed and run and t.is_word and mixed.get(run[-1].text) == t.bare:
                run.append(t)  # "KT skylife": the house style's lower-case word of the name
                j += 1
                continue
            if t.is_word and t.is_cap and not _code_or_plural(t.text):
                run.append(t)
                j += 1
                if j < n and toks[j].text.startswith("-") and toks[j].start == t.end:
                    tail = toks[j].text
                    break
                continue
            if (
                run
                and t.text in _CONNECTORS
                and j + 1 < n
                and toks[j + 1].is_cap
                # (a wire's hard-wrapped line may fall inside a name: "Luca de\nMeo")
                and text[t.end : toks[j + 1].start] in (" ", "\n" if t.text in _LOWER_PARTICLES else " ")
                and (t.text != "of" or run[-1].text in _OF_HEADS)
            ):
                run.append(t)
                j += 1
                continue
            if (
                t.text == "at"
                and len(run) >= 3
                and any(a.text == "University" and b.text == "of" for a, b in itertools.pairwise(run[:3]))
                and j + 1 < n
                and toks[j + 1].is_cap
                and toks[j + 1].is_word
                and text[t.end : toks[j + 1].start] == " "
            ):
                # "University of Oregon at Eugene": one university named by its campus, not a second name (stop 55)
                run.append(t)
                j += 1
                continue
            if (
                run
                and t.text in _LOWER_PARTICLES
                and j + 2 < n
                and toks[j + 1].text in _LOWER_PARTICLES
                and toks[j + 2].is_cap
                and text[t.end : toks[j + 2].start] == f" {toks[j + 1].text} "
            ):
                # "Anna van der Berg", "Jean de la Tour": a surname opens with two particles
                run.extend(toks[j : j + 2])
                j += 2
                continue
            if (
                run
                # a serial number keeps its possessive off the name ("Harbour No. 2’s nominees"; stop 61)
                and (_NUMBER.match(t.text) or (run[-1].text == "No." and _NUMBER.match(t.bare)))
                and run[-1].text not in tab.generic
                # "Alaska Airlines 737 Max": the airline's plane; but "Harbour Vision Fund 2": a fund's number
                and (run[-1].text not in tab.org_suffixes or (run[-1].text == "Fund" and len(t.text) == 1))
                and run[-1].text not in tab.function_words
                and len(run) <= 3
            ):
                nxt = toks[j + 1].text if j + 1 < n else ""
                if nxt not in ("%", "$") and not (
                    j + 1 < n and toks[j + 1].text.lower() in ("percent", "billion", "million")
                ):
                    run.append(t)
                    j += 1
                break
            break
        while run and run[-1].text in _CONNECTORS:
            run.pop()
        lead = 1 if len(run) > 1 and run[0].text in tab.function_words else 0
        if len(run) > lead and run[lead].text == "No.":
            # "the No. 3 lender", "The No. 10 seed", "No. 10 Downing Street": a rank or a house number is no name's
            # first word; a name's serial number stays on it ("Harbour No. 2"; stop 61)
            k = lead + 1
            run = run[k + 1 :] if len(run) > k and _NUMBER.match(run[k].text) else run[k:]
        if (
            initial
            and len(run) > 1
            and _SHOUTED_OPENER.match(run[0].text)
            and run[0].text.title() in tab.function_words
        ):
            # "THE UK's watchdog ...", "WHEN Tallow bought ...": a page that prints its first word in
            # capitals; the word is a function word, no part of the name after it
            run = run[1:]
        if run and i > 0 and _ORDINAL.match(toks[i - 1].text) and toks[i - 1].end + 1 == run[0].start:
            run.insert(0, toks[i - 1])  # "21st Century Fox": an ordinal opens the name
        if run:
            runs.append((run, initial, tail))
        i = max(j, i + 1)
    return _join_and_heads(text, runs, tab)


#: A partner's name in a firm named after its partners: one capitalised word ("Brennan", "Woods").
_PARTNER_WORD = r"[A-Z][a-z’'-]+"
_PARTNER_WORDS = re.compile(_PARTNER_WORD)
#: After a firm's first partner's name, the others, the last joined by "&": ", Brennan & Woods", ", Bell, Hart &
#: Lowe" (each one `_PARTNER_WORD`; stop 61).
_PARTNERS_AFTER = re.compile(
    r",[ \t](?:"
    + _PARTNER_WORD
    + r",[ \t]){0,2}"
    + _PARTNER_WORD
    + r",?[ \t](?P<last>&)[ \t]"
    + _PARTNER_WORD
    + r"(?![\w’'-])"
)
#: A class of shares: "Class A", "Class B", "Class C", "Class I", "Class II" (its letter or numeral).
_SHARE_CLASS_MARK = re.compile(r"(?:[A-F]|I{1,3}|IV)(?![\w’'-])")


def _share_class_at(text: str, toks: list[Token], j: int) -> bool:
    """Does a share class open at token `j` ("Class" or "class", a space, its letter or numeral)?"""
    return (
        toks[j].text in ("Class", "class")
        and j + 1 < len(toks)
        and text[toks[j].end : toks[j + 1].start] == " "
        and _SHARE_CLASS_MARK.fullmatch(toks[j + 1].text) is not None
    )


#: Heads of a unit's name that may join two capitalized words with "and": "Sales and Marketing
#: Group", "Competition and Markets Authority", "Network and Edge Group"; a union's or an association's
#: members (stop 36): "Communications and Workers Union", "Farmers and Growers Federation".
_AND_HEADS = frozenset(
    {
        "Group", "Authority", "Commission", "Committee", "Council", "Division", "Unit", "Department", "Bureau",
        "Union", "Association", "Federation", "Guild",
    }
)  # fmt: skip


#: The members a union or an association is of, before its head: "... and General Workers Union",
#: "... and Metal Traders Guild" (a plural of a trade's people).
_TRADE_PEOPLE_PLURAL = re.compile(r"^[A-Z][a-z]+(?:ers|ors|ists|ians|ees)$")
#: A unit's head written in lower case after its name: "its Devices and Services group".
_UNIT_NOUN_AFTER = re.compile(
    r"\s+(?:group|groups|unit|units|division|divisions|business|businesses|segment|segments|"
    r"organization|organisation)\b"
)
#: What stands before a unit's name: "its", "the", a possessive ("Harbour’s Devices and ...").
_UNIT_OWNER_BEFORE = re.compile(r"(?:\b(?:its|their|the)|[’']s)\s$")


def _unit_pair(text: str, prev: list[Token], run: list[Token], tab: Tables) -> bool:
    """ "its Devices and Services group": two short capitalized runs joined by "and" before a
    lower-case unit noun, after an owner, name one unit (neither run a name the gazetteer knows)."""
    return (
        len(prev) <= 2
        and len(run) <= 2
        and _UNIT_NOUN_AFTER.match(text, run[-1].end, run[-1].end + 16) is not None
        and _UNIT_OWNER_BEFORE.search(text, max(0, prev[0].start - 8), prev[0].start) is not None
        and _gaz_match(tab, run, 0, len(run)) != len(run)
    )


#: Heads of a public office's name written "<Head> of A and B": "Bureau of Industry and Security",
#: "Ministry of Trade and Industry", "Institute of Science and Technology".
_OFFICE_HEADS = frozenset({"Bureau", "Department", "Ministry", "Office", "Agency", "Institute", "Commission"})
#: More heads of a body named for its fields (srcs2, stop 53): "Center for Strategic and International Studies",
#: "International Association of Machinists and Toolmakers".
_INSTITUTION_HEADS_OF_FIELDS = frozenset(
    {
        "Center",
        "Centre",
        "Association",
        "Federation",
        "Union",
        "Council",
        "Society",
        "Academy",
        "School",
        "College",
    }
)

#: Every head of a body named for its fields: the offices' and the institutions' ("Moscow Institute of
#: Physics and Technology").
_FIELD_BODY_HEADS = _OFFICE_HEADS | _INSTITUTION_HEADS_OF_FIELDS
#: Bodies whose names end like a field's ("Parliament", "Administration"): never a body's field.
_BODIES_NOT_FIELDS = frozenset(
    {"Parliament", "Government", "Administration", "Congress", "Senate", "Treasury"}
)
#: The endings of a field's or a trade's noun: "Physics", "Studies", "Shipping", "Toolmakers", "Machinists".
_FIELD_NOUN_ENDINGS = ("ics", "ies", "ing", "ology", "ers", "ists", "ion", "ment", "ture", "ence", "ance")


def _names_a_field(tok: Token, tab: Tables) -> bool:
    """A word that names a field or a trade, not a name: common ("Technology", "Security") or shaped as
    one ("Physics", "Studies", "Shipping")."""
    if tok.bare in _FIELD_BODY_HEADS or tok.bare in _BODIES_NOT_FIELDS:
        return False  # "the Ministry of Defence and Parliament": a second body, no field
    low = tok.bare.lower()
    return low in tab.common or low.endswith(_FIELD_NOUN_ENDINGS)


#: A union's branch told after its name: "Local 12", "District 751", "Lodge 9".
_BRANCH_WORDS = frozenset({"Local", "District", "Lodge", "Chapter"})


def _without_branch(run: list[Token]) -> list[Token]:
    """The run's words before a branch and its number ("Confectioners Local 12" -> "Confectioners")."""
    if len(run) >= 3 and run[-2].bare in _BRANCH_WORDS and run[-1].bare.isdigit():
        return run[:-2]
    return run


def _office_of_pair(prev: list[Token], run: list[Token], tab: Tables) -> bool:
    """ "Bureau of Industry" + "and" + "Security": an office's name whose last field is joined by "and"
    (one or two common words after it; "the Department of Justice and Google" stays two names). So is a
    body's ("Center for Strategic" + "and" + "International Studies", "Oslo Institute of Physics" + "and" +
    "Technology"): its head (one word may stand before it), "of" or "for", one or two fields, and one or
    two words of a field after "and" that the gazetteer does not know ("the Institute of Energy and Orla
    Foods", "the Ministry of Finance and Brandt" stay two names)."""
    if (
        len(prev) == 3
        and prev[0].bare in _OFFICE_HEADS
        and prev[1].text == "of"
        and len(run) <= 2
        and all(t.bare.lower() in tab.common for t in run)
    ):
        return True
    lead = 1 if prev[0].text == "The" else 0  # a run that opens its sentence holds its "The"
    head = next((i for i in (lead, lead + 1) if i < len(prev) and prev[i].bare in _FIELD_BODY_HEADS), None)
    run = _without_branch(run)  # "Bakers" + "and" + "Confectioners Local 12": a union's branch
    return (
        head is not None
        and 1 <= len(prev) - head - 2 <= 2
        and prev[head + 1].text in ("of", "for")
        and _fields_after_and(run, tab)
    )


def _fields_after_and(run: list[Token], tab: Tables, fields: Sequence[Token] = ()) -> bool:
    """The words after a body's "and" ("Strategic" + "and" + "International Studies"): one or two, each a field's
    (`_names_a_field`), and no name the gazetteer knows whole ("the Institute of Energy and Orla Foods" stays two names);
    `fields`, the ones before "and", must be fields' words too. The one test of both joins of a body's fields,
    `_office_of_pair` and `_for_fields_pair`."""
    return (
        len(run) <= 2
        and all(_names_a_field(t, tab) for t in (*fields, *run))
        and _gaz_match(tab, run, 0, len(run)) != len(run)
    )


def _for_fields_pair(text: str, body: list[Token], prev: list[Token], run: list[Token], tab: Tables) -> bool:
    """ "Center" + "for" + "Strategic" + "and" + "International Studies" (the runs split at "for"): a body's
    head, "for", one or two fields, "and", one or two more (`_office_of_pair`'s body with "for")."""
    return (
        len(body) <= 3
        and body[-1].bare in _FIELD_BODY_HEADS
        and text[body[-1].end : prev[0].start] == " for "
        and text[prev[-1].end : run[0].start] == " and "
        and len(prev) <= 2
        and _fields_after_and(run, tab, prev)
    )


def _trades_company(prev: list[Token], run: list[Token], tab: Tables) -> bool:
    """ "Harbour Management" + "and" + "Research Company": two of a company's trades joined by "and"
    before its "Company" are one name (both sides end in a company's word)."""
    heads, suffixes = tab.unit_heads, tab.org_suffixes  # a word of either (no union made per call)
    return (
        len(run) == 2
        and run[-1].bare in ("Company", "Corporation")
        and (run[0].bare in heads or run[0].bare in suffixes)
        and len(prev) >= 2
        and (prev[-1].bare in heads or prev[-1].bare in suffixes)
    )


#: The words of a business line's name ("Global Banking and Markets", "Wealth and Personal Banking",
#: "Asset and Wealth Management") besides a job's fields (`function_areas`) and the common words.
_LINE_WORDS = frozenset(
    {
        "banking", "wealth", "personal", "private", "asset", "assets", "management", "insurance", "trading",
        "payments", "securities", "lending", "mortgages", "cards", "transaction", "transactions",
        "advisory", "institutional", "markets", "wholesale", "corporate", "commercial", "investment",
    }
)  # fmt: skip
_POST_OF: dict[int, re.Pattern[str]] = {}


def _post_field_pair(text: str, prev: list[Token], run: list[Token], tab: Tables) -> bool:
    """ "co-head of Global Banking" + "and" + "Markets": after a post and "of", two runs of a business
    line's words (no given name, no name the gazetteer knows) are one unit's name; "chairman of Tata
    Steel and Titan" stays two companies."""
    words = [t.bare.lower() for t in (*prev, *run)]
    if len(run) > 2 or not all(w in _LINE_WORDS or w in tab.function_areas or w in tab.common for w in words):
        return False
    if _gaz_match(tab, run, 0, len(run)) == len(run):
        return False
    pattern = _POST_OF.get(id(tab))
    if pattern is None:
        pattern = _POST_OF[id(tab)] = re.compile(
            r"(?:" + tab.title_re.pattern + r")\s+of\s+(?:the\s+|its\s+)?$", re.IGNORECASE
        )
    return pattern.search(text, max(0, prev[0].start - 60), prev[0].start) is not None


def _join_and_heads(
    text: str, runs: list[tuple[list[Token], bool, str | None]], tab: Tables
) -> list[tuple[list[Token], bool, str | None]]:
    """ "Sales" + "and" + "Marketing Group" -> one run, when the second run is two words and a
    unit's head, the first has at most three words and is no name the gazetteer knows; and "its
    Devices" + "and" + "Services" before "group" (`_unit_pair`)."""
    out: list[tuple[list[Token], bool, str | None]] = []
    for run, initial, tail in runs:
        if out:
            prev, prev_initial, prev_tail = out[-1]
            # the gap " and " first: most pairs of runs have another (the forms below are pure tests,
            # asked in any order with the same answer; each built a set or ran a pattern per pair)
            if (
                prev_tail is None
                and text[prev[-1].end : run[0].start] == " and "
                and (len(prev) <= 3 or (len(prev) <= 6 and _office_of_pair(prev, run, tab)))
                and not prev[-1].possessive
                and (
                    run[-1].bare in _AND_HEADS
                    and (
                        len(run) == 2
                        or (len(run) == 3 and _TRADE_PEOPLE_PLURAL.match(run[1].bare) is not None)
                    )
                    or _unit_pair(text, prev, run, tab)
                    or _office_of_pair(prev, run, tab)
                    or _trades_company(prev, run, tab)
                    or _post_field_pair(text, prev, run, tab)
                )
                and _gaz_match(tab, prev, 0, len(prev)) != len(prev)
            ):
                conj = Token(prev[-1].end + 1, run[0].start - 1, "and")
                out[-1] = (prev + [conj] + run, prev_initial, tail)
                continue
            if len(out) >= 2 and _for_fields_pair(text, out[-2][0], prev, run, tab):
                # "Center" + "for" + "Strategic" + "and" + "International Studies": one body's name
                body = out[-2][0]
                joined = [*body, Token(body[-1].end + 1, prev[0].start - 1, "for"), *prev]
                joined += [Token(prev[-1].end + 1, run[0].start - 1, "and"), *run]
                out[-2:] = [(joined, out[-2][1], tail)]
                continue
        out.append((run, initial, tail))
    return out


_TITLE_BEFORE: dict[int, re.Pattern[str]] = {}


def _title_before(tab: Tables) -> re.Pattern[str]:
    """A title right before a name ("group leader Joëlle Pineau"), compiled once."""
    pattern = _TITLE_BEFORE.get(id(tab))
    if pattern is None:
        pattern = _TITLE_BEFORE[id(tab)] = re.compile(
            r"(?:" + tab.title_re.pattern + r")\.?\s+$", re.IGNORECASE
        )  # "Gov. Ron Talley": an abbreviated title's stop
    return pattern


_TITLE_LAST: dict[int, tuple[str, ...]] = {}


def _title_last_words(tab: Tables) -> tuple[str, ...]:
    """The last word of every title, lower-cased: a title ends with one of them."""
    last = _TITLE_LAST.get(id(tab))
    if last is None:
        last = _TITLE_LAST[id(tab)] = tuple(sorted({t.split()[-1] for t in tab.titles}))
    return last


#: Words that open a programme's code name: "Project Kestrel", "Operation Bright Dawn".
_PROGRAM_OPENERS = frozenset({"Project", "Operation"})


def is_country(word: str, tab: Tables) -> bool:
    """Is the word a known country or continent: a known place whose people's name the lexicon holds
    ("Australia": "Australian", "Japan": "Japanese"; never a town: "Houston", "Paris")?"""
    if len(word) < 4 or tab.known.get((word,), ("", None))[1] != EntityType.PLACE:
        return False
    return any(same_land(word, d) for d in tab.demonyms)


@functools.cache
def land_of(demonym: str) -> str | None:
    """The country a nationality tells, one the gazetteer knows ("Norwegian" -> "Norway", "Danish" -> "Denmark"; stop
    57): the known country of one word `same_land` joins to it, None when there is none or more than one."""
    tab = tables()
    if not is_demonym(demonym, tab):
        return None
    lands = {
        key[0] for key, (_name, kind) in tab.known.items()
        if len(key) == 1 and kind == EntityType.PLACE and same_land(key[0], demonym) and is_country(key[0], tab)
    }  # fmt: skip
    return lands.pop() if len(lands) == 1 else None


@functools.cache
def _land_demonyms() -> dict[str, str]:
    """A land -> its people's name where the two are spelled apart ("Denmark" -> "Danish"; lexicon stopwords)."""
    return {str(k): str(v) for k, v in mapping("stopwords", "land_demonyms").items()}


@functools.cache
def _land_short_forms() -> dict[str, frozenset[str]]:
    """A land -> its short forms ("United States" -> "US", "U.S."; lexicon stopwords `land_short_forms`; stop 55)."""
    return {
        str(k): frozenset(str(w) for w in v or ())
        for k, v in mapping("stopwords", "land_short_forms").items()
    }


def same_land(word: str, demonym: str) -> bool:
    """Does the capitalised word name the land a nationality tells: the nationality itself, or a word sharing its
    first four letters ("Japan", "Japanese" for "Japanese"; "Korea", "Koreans" for "Korean"; "Britain" for "British")?
    A nationality of four letters or fewer ("Thai", "Arab") is told only by itself; a word much longer than the
    nationality is another place ("Indianapolis" for "Indian"). A land whose people's name is spelled apart from it
    is read from the lexicon (stopwords `land_demonyms`: "Denmark" for "Danish"; stop 55), and so is a land's short form
    (`land_short_forms`: "United States" for "US", "U.S."). The one reading of a
    demonym's land: entities' country test and attribution's place of a back-reference use it."""
    if _land_demonyms().get(word) == demonym or demonym in _land_short_forms().get(word, ()):
        return True  # "Denmark" for "Danish"; "United States" for "US" (a short form, stop 55)
    if len(demonym) < 5:
        return word == demonym
    return 4 <= len(word) <= len(demonym) + 2 and word[:4].lower() == demonym[:4].lower()


#: A sum or a count with its unit right before a name: "the $2bn", "AU$1.9bn", "Rs 4,210 crore", "a
#: 300 million euro" -- what it measures is a thing (an issue of shares, a bond, a plan), never a person.
_FIGURE_BEFORE = re.compile(
    r"(?:[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:bn|m|k|billion|million|crore|lakh))?|\bRs\.?\s?\d[\d,.]*"
    r"(?:\s(?:crore|lakh|billion|million))?|\b\d[\d,.]*\s(?:crore|lakh|billion|million)(?:\s(?:euros?|dollars?|"
    r"pounds?|rupees?|yen))?)\s+$"
)
#: A lower-case indefinite article and up to two lower-case words right before a name ("a very
#: solid X", "a proposed X"), and "that" and a verb right after it ("X that can absorb"): a thing the
#: sentence describes (of a person: "a young X who ..."; "told a young X that he ..." has no verb there).
_THING_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])an?\s+(?:[a-z][a-z-]*\s+){1,2}$")
_THAT_CLAUSE_AFTER = re.compile(
    r"\s+that\s+(?:will|would|is|was|has|had|have|can|could|may|might|should|must|[a-z]+s)\b(?<!\bhis)(?<!\bits)"
)


#: The last words of a market index's name: an index moves like a share, but is no company.
_INDEX_HEADS = frozenset({"Average", "Index", "100", "200", "250", "500", "600"})  # "FTSE 100", "S&P 500"
#: A thing's noun and the verb that names it right before the name: "a platform, dubbed ", "an app called ".
_CALLED_BEFORE = re.compile(r"\b([a-z]+)\s*,?\s+(?:called|dubbed|named|branded|known\s+as)\s+(?:the\s+)?$")
#: What every match of `_CALLED_BEFORE` holds, its verb: a window with none is not searched (`needle_within`).
_CALLED_NEEDLES = ("called", "dubbed", "named", "branded", "known")
#: A lower-case noun and a comma right before a name: "its first sedan, X" (its group the noun).
_NOUN_COMMA_BEFORE = re.compile(r"\b(?:its|their|the|a|an)\s+(?:[a-z-]+\s+){0,3}?([a-z]+),\s$")
#: The heads of an event's name ("World War II", "the Velvet Revolution"; its number a `ROMAN_NUMERAL`).
_EVENT_HEADS = frozenset({"War", "Revolution"})
#: The heads of a body's name before "of" and its members or field (a union's, an association's).
_BODY_OF_HEADS = frozenset(
    {"Brotherhood", "Federation", "Confederation", "Association", "Union", "League", "Guild"}
)
#: The first words of a union named by its members' plural trade ("United Steelworkers").
_UNION_OPENERS = frozenset({"United", "National", "International", "Amalgamated", "American", "Allied"})
#: The words of members' savings for their old age before "Fund" or "Plan": "Harlow County Pension Fund", "the
#: Teachers' Retirement Fund", "Ontario Teachers' Pension Plan" name a body that invests, votes its shares and speaks,
#: never a programme (stop 62; `_investment_fund`, `_members_body_at`).
_SAVINGS_KINDS = frozenset({"Pension", "Pensions", "Retirement", "Superannuation", "Provident"})
#: The words before "Fund" that make it an investment fund, a company's vehicle for its stakes, or a savings fund.
_FUND_KINDS = frozenset(
    {"Venture", "Ventures", "Startup", "Vision", "Innovation", "Growth", "Investment", "Opportunity"}
    | {"Opportunities", "Capital", "Equity", "Technology", "Tech", "Strategic", "Seed", "Buyout"}
    | _SAVINGS_KINDS
)


def _investment_fund(words: list[str], tab: Tables) -> bool:
    """Is the name a company's investment fund: "Fund" last (or before its number), with a word of an
    investor's trade before it or a known company's name first ("Kestrel Growth Fund 3")?"""
    if len(words) < 2:
        return False
    at = len(words) - 2 if words[-1].isdigit() else len(words) - 1
    if at >= 1 and words[at] == "Plan" and words[at - 1] in _SAVINGS_KINDS:
        return True  # "Ontario Teachers' Pension Plan bought 4%": a pension plan named as its fund, a body (stop 62)
    if at < 1 or words[at] != "Fund":
        return False
    if words[at - 1] in _FUND_KINDS:
        return True
    return tab.known.get((words[0],), ("", None))[1] == EntityType.ORG


#: A verb of appointing right before a name (stop 47): "is naming X CEO", "has named X chief executive",
#: "appointing X chair", "will appoint X ...".
_APPOINTING_BEFORE = re.compile(
    r"\b(?:nam(?:ed|es|e|ing)|appoint(?:ed|s|ing)?|install(?:ed|s|ing)?|promot(?:ed|es|e|ing)|elect(?:ed|s|ing)?)\s+$"
)


def _appointed_to_title(piece: list[Token], text: str, tab: Tables, sent_start: int) -> bool:
    """Is the name of two or three words, followed by a title and nothing more of its run, the object of a
    verb of appointing right before it ("is naming Jurgis Valaitis CEO")? Not a company's name ("Harbour
    Group"), nor a name with a name after its title ("named Orbitex CEO Ann Lee chair": the caller's). A title that
    labels the name may stand between the verb and it (stop 60: "naming chairman Jurgis Valaitis CEO")."""
    if not 2 <= len(piece) <= 3 or piece[-1].bare in tab.org_suffixes or piece[-1].bare in LEGAL_SUFFIXES:
        return False
    start = piece[0].start
    label = _title_before(tab).search(text, max(sent_start, start - 40), start)
    if label is not None:
        start = label.start()
    return _APPOINTING_BEFORE.search(text, max(sent_start, start - 16), start) is not None


#: The venue a company's shares trade on, told before its name: "listed on the X", "trading on X"
#: (`_VENUE_LISTED_BEFORE`), "fell 2% on X", "traded 3% lower on the X", "fell 3% on Friday on X"
#: (`_VENUE_MOVE_BEFORE`), "on
#: trading platform X", "on the stock exchange X" (`_VENUE_NOUN_BEFORE`); the
#: name must end its clause or run on with a small word ("on X before the open", "on X and 3% on Y"),
#: never with a noun ("rose 4% on Brexit fears" is a reason, no venue); "on Wall Street" is a place.
EXCHANGE_RULE = "entity.exchange"
_VENUE_LISTED_BEFORE = re.compile(r"\b(?:listed|traded|trades|trading|trade|quoted)\s+on\s+(?:the\s+)?$")
_VENUE_MOVE_BEFORE = re.compile(
    r"(?:%|\bper\s?cent|\bpercent|\blower|\bhigher)\s+"
    r"(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?on\s+(?:the\s+)?$"
)
_VENUE_NOUN_BEFORE = re.compile(
    r"\bon\s+(?:the\s+)?(?:trading\s+(?:platform|venue)|(?:stock\s+)?exchange|bourse)\s+$", re.IGNORECASE
)
_VENUE_END_AFTER = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:on|in|before|after|at|and|by|as|since|while|when|following|during|from|to"
    r"|early|late|this|last|so|but|with|where|under|exchange|stock|market)\b"
)


def _trading_venue(text: str, piece: list[Token], sent_start: int) -> bool:
    """Whether the name is told as the venue a company's shares trade on (`EXCHANGE_RULE`)."""
    lo = max(sent_start, piece[0].start - 30)
    # the word after the name first (one match where it stands), then the three searches of the window before it
    return _VENUE_END_AFTER.match(text, piece[-1].end, piece[-1].end + 20) is not None and (
        _VENUE_LISTED_BEFORE.search(text, lo, piece[0].start) is not None
        or _VENUE_MOVE_BEFORE.search(text, lo, piece[0].start) is not None
        or _VENUE_NOUN_BEFORE.search(text, lo, piece[0].start) is not None
    )


#: The rule that types an acronym in brackets after a body described in lower case (stop 51).
DESCRIBED_ACRONYM = "entity.described-acronym"
#: A body's noun in lower case, then the bracket an acronym opens: "market regulator (", "the
#: competition watchdog (", "its central bank (".
_DESCRIBED_BODY_PAREN = re.compile(
    r"\b(?:regulator|watchdog|supervisor|authority|commission|agency|ministry|bank|court|tribunal|"
    r"exchange|union|council|regulators|inspectorate|ombudsman)\s?\($"
)
#: A court's own seat after its name: "the Bankruptcy Court for the Eastern District of X", "Court of
#: Appeals for the Ninth Circuit" (the district is the court's, no body of its own).
_COURT_SEAT_BEFORE = re.compile(r"\bCourts?\s(?:of\sAppeals\s)?for\sthe\s$")
_COURT_SEATS = frozenset({"District", "Circuit"})
#: What closes a list of a company's named lines: "X, Y and Z business lines", "its A and B product lines".
_LINES_AFTER = re.compile(r"\s(?:business|product)\slines?\b")
#: One more item of such a list: a comma or "and" and a capitalized word, or the next word of the item.
_LINE_LIST_STEP = re.compile(r"(?:,\s|\sand\s|\s&\s|\s)(?:the\s)?[A-Z][\w’'&-]{0,30}")
_LINE_LIST_STEPS = 12
#: A currency's code right before a capitalized word: "USD Pebble", "EUR Anchor" (a token pegged to
#: the currency: the word is its name's second half, no company).
_CURRENCY_CODE_BEFORE = re.compile(r"\b(?:USD|EUR|GBP|JPY|CNY|CHF|AUD|CAD|HKD|SGD)\s$")


def _named_line(text: str, piece: list[Token]) -> bool:
    """Is the name one of a list of a company's business or product lines ("its Home Care, Total Body
    and Field Services business lines")? A possessive is the lines' owner, never one of them."""
    if piece[-1].possessive:
        return False
    at = piece[-1].end
    for _ in range(_LINE_LIST_STEPS):
        if _LINES_AFTER.match(text, at) is not None:
            return True
        step = _LINE_LIST_STEP.match(text, at)
        if step is None:
            return False
        at = step.end()
    return False


#: The nouns of a state's formal name before "of" and its place: "the Kingdom of Norland".
_STATE_FORMS = frozenset(
    {"Kingdom", "Republic", "Commonwealth", "Sultanate", "Emirate", "Principality", "State"}
)


def _state_as_place(words: list[str], tab: Tables) -> bool:
    """Is the name a state told as a place: a known place and "State" ("Washington State", "New York
    State") or a state's formal noun, "of" and a known place ("Kingdom of Norland", "Republic of
    Korea")? A longer name that goes on ("Washington State University", "Bank of Japan") is none."""

    def place(name: list[str]) -> bool:
        return bool(name) and tab.known.get(tuple(name), ("", None))[1] == EntityType.PLACE

    if len(words) >= 2 and words[-1] == "State":
        return place(words[:-1])
    return len(words) >= 3 and words[0] in _STATE_FORMS and words[1] == "of" and place(words[2:])


#: A settlement's or a region's kind, then "of", right before a name: the name is a place (stop 53).
SETTLEMENT_OF_BEFORE = re.compile(
    r"\b(?:city|town|village|port|province|county|prefecture|municipality|island)\s+of\s+$"
)
#: The head of a site's own name ("Kestrel Memory Fabrication Facility", "Orla Assembly Plant").
_SITE_HEADS = frozenset({"Facility", "Plant", "Factory", "Fab", "Refinery", "Smelter", "Gigafactory"})
#: A market's index or a stock market named after a name ("OBX index", "OBX stock market").
_INDEX_NOUN_AFTER = re.compile(r"\s+(?:stock\s+(?:market|index)|index|benchmark\s+index)\b")


#: A degree written after a person's name and a comma, closing the name's clause: "Carl Weiss, MD.",
#: "Ana Ruiz, DDS;". The name before it has a given name's shape (two capitalised words at least).
_DEGREE_AFTER_NAME = re.compile(
    r"[A-Z][a-z]+\.?\s+(?:[A-Z]\.\s+)?[A-Z][a-z]+,\s+(?:MD|M\.D\.|DDS|DMD|DVM|MBA|CPA|JD|RN|MPH|Esq\.?|PharmD)"
    r"(?=[.,;)]|\s*$|\s+and\b)"
)
#: A word a company's formal name opens with before the name it goes by: "Royal Tessel" is Tessel.
_FORMAL_OPENERS = frozenset({"Royal", "Koninklijke"})
#: Prefixes written capitalised at a sentence's start, glued by a hyphen to a lower-case word.
_WORD_PREFIXES = frozenset(
    {"Non", "Anti", "Pre", "Post", "Semi", "Multi", "Sub", "Cross", "Inter", "Mid", "Self", "Ex", "Re", "Un"}
)
_HYPHEN_LOWER_AFTER = re.compile(r"[-‐–][a-z]")
#: A mailing's noun right after a name: "a Harbour Morning Brief email", "our Tessel Daily newsletter".
_EMAIL_AFTER = re.compile(r"\s+(?:e-?mail|newsletter)s?\b")
_ARTICLE_JUST_BEFORE = re.compile(r"\b(?:a|an|the|our|your|its)\s+$")
#: "the" right before a word: the word is a defined term when it is a common noun ("the Plan").
_THE_JUST_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A sport's club (or team) noun right before a name: "football club X", "the ice hockey team X".
_CLUB_NOUN_BEFORE = re.compile(
    r"\b(?:football|soccer|basketball|baseball|hockey|rugby|cricket|volleyball|handball)\s+(?:club|team|side)\s+$"
)
#: A move "from" a name "to" a site or a place: "moved from Tarnby to Orvane's site", "from Tarnby to Boston".
_MOVE_FROM_BEFORE = re.compile(
    r"\b(?:mov|transferr|relocat|shift)(?:e|es|ed|ing)\s+(?:[\w’']+\s+){0,4}?from\s+$"
)
_TO_SITE_AFTER = re.compile(
    r"\s+to\s+(?:(?:the|its|their|a|new)\s+|[A-Z][\w&.-]*(?:[’']s)?\s+){0,3}"
    r"(?:site|campus|headquarters|offices|plant|facility|hub)\b"
)


def _moved_from_place(text: str, piece: list[Token], tab: Tables, sent_start: int) -> bool:
    """Is the one-word name a town that work moves from, to a site or a known place ("transferred
    from Tarnby to Orvane's site", "relocated from Tarnby to Boston")? Not a move between two
    companies ("moved its account from Tarnby to Orvane")."""
    start, end = piece[0].start, piece[-1].end
    if piece[-1].possessive:
        return False
    if not _MOVE_FROM_BEFORE.search(text, max(sent_start, start - 80), start):
        return False
    if _TO_SITE_AFTER.match(text, end, end + 60):
        return True
    m = re.match(r"\s+to\s+([A-Z][a-z]+)\b", text[end : end + 40])
    return m is not None and tab.known.get((m.group(1),), ("", None))[1] == EntityType.PLACE


def _title_and_name_after(text: str, piece: list[Token], tab: Tables) -> bool:
    """Does a title in lower case and a person's full name follow the name ("Brisa founder Piero
    Tallini", "Brisa chief executive Ana Ruiz")? The name is then whose post it is, no person."""
    end = piece[-1].end
    # a title in lower case: its first letter is asked before the titles' pattern is matched there
    if piece[-1].possessive or text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    m = tab.title_re.match(text, end + 1)
    return m is not None and _NAME_NEXT.match(text, m.end()) is not None


#: After a name, a pronoun of a person as the subject of its own or the next sentence: "..., she said", "said he",
#: ". She added" (within `_PRONOUN_REACH` characters).
_PERSON_PRONOUN_AFTER = re.compile(
    r"[^.;!?]*?(?:\b(?:said|says|added|told)\s+(?:she|he)\b|[,.]\s+(?:she|he|She|He)\s+[a-z])"
)
_PRONOUN_REACH = 120


def _told_as_person(text: str, piece: list[Token], tab: Tables) -> bool:
    """Does the page tell a person by the name `piece` (of two words, the last a family name that also closes
    companies' names, `surname_heads`): a title in apposition right after it ("Grace Mills, the chief executive of
    X"), or a person's pronoun as the subject after its verb ("Mills said she", "Grace Mills left. She ...")? A company
    takes "it" and an appositive of its kind ("Bellwood Mills, the flour maker": no title)."""
    end = piece[-1].end
    after = text[end : end + 80]
    m = _APPOS_TITLE.match(after)
    if m is not None and not piece[-1].possessive and tab.title_re.match(after, m.end()):
        return True
    return _PERSON_PRONOUN_AFTER.match(text, end, end + _PRONOUN_REACH) is not None


def _type_unknown(
    piece: list[Token], text: str, tab: Tables, after_title: bool, before_title: bool, sent_start: int
) -> tuple[EntityType, str]:
    last = piece[-1].bare
    words = [t.bare for t in piece]
    if _state_as_place(words, tab):
        # "a Washington State judge", "the Kingdom of Norland": a state named as a place, no body
        return EntityType.PLACE, "entity.state-place"
    if len(piece) >= 2 and any(w in _HEADLINE_CLAUSE_WORDS for w in words[1:]):
        # "Banker Who Moonlights", "Fund That Took On Oil Giant", "Orvex Drops Deal After Veto Threat" (before a
        # title: "... Kessing CEO steps down"): a clause's word written capitalised inside a name's words is a
        # title-case headline's clause, never part of anyone's name (stops 49, 61, 62)
        return EntityType.OTHER, "entity.headline-run" if before_title else HEADLINE_CLAUSE
    if len(piece) == 1 and hyphen_nationality(last, tab):
        # "the Anglo-Dutch group", "the Franco-Belgian company": nationalities joined by a hyphen describe a
        # company and name none, as a nationality alone names none (stop 57)
        return EntityType.OTHER, "entity.demonym"
    if len(piece) == 1 and last in _WORD_PREFIXES and _HYPHEN_LOWER_AFTER.match(text, piece[0].end):
        # "Non-listed holdings", "Anti-trust rules": a prefix of a lower-case word, no name (stop 54)
        return EntityType.OTHER, "entity.word-prefix"
    if _EMAIL_AFTER.match(text, piece[-1].end) and _ARTICLE_JUST_BEFORE.search(
        text, max(sent_start, piece[0].start - 6), piece[0].start
    ):
        # "We'll send you a Harbour Morning Brief email": a mailing's name, no outlet nor body (stop 54)
        return EntityType.OTHER, "entity.mailing-name"
    if len(piece) == 1 and _DEGREE_AFTER_NAME.search(
        text, max(sent_start, piece[0].start - 40), piece[0].start + 5
    ):
        # "Ana Ruiz, PhD; and Carl Weiss, MD.": a degree after a person's name, no body (stop 54)
        return EntityType.OTHER, "entity.degree"
    if (
        len(piece) == 1
        and words[0].lower() in tab.common
        and last not in tab.outlet_heads  # "obtained by the Times": an outlet's short name
        and not piece[0].text.isupper()
        and _THE_JUST_BEFORE.search(text, max(sent_start, piece[0].start - 5), piece[0].start)
    ):
        # "the Plan's forecasts", "The Offer expires": a common noun a filing capitalises as its
        # defined term, no one's name (stop 54)
        return EntityType.OTHER, "entity.defined-term"
    if _CLUB_NOUN_BEFORE.search(text, max(sent_start, piece[0].start - 30), piece[0].start):
        # "the football club Ravenna", "Italian soccer club Ravenna": a sports club, an organisation
        # even when named once at a sentence's end (stop 54)
        return EntityType.ORG, "entity.club-noun"
    if len(piece) == 1 and _moved_from_place(text, piece, tab, sent_start):
        # "moved from Tarnby to its site in Boston": the town the work leaves (stop 54)
        return EntityType.PLACE, "entity.moved-from"
    if len(piece) >= 2 and words[0].lower() in _UNIT_WORDS:
        # "CEO Zone Americas", "head of Region Europe": a company's zone or division, no one's name
        return EntityType.OTHER, "entity.company-unit"
    if (
        len(piece) == 1
        and _is_acronym(last)
        and _DESCRIBED_BODY_PAREN.search(text, max(sent_start, piece[0].start - 30), piece[0].start)
        and text[piece[0].end : piece[0].end + 1] == ")"
    ):
        # "the Spanish stock market regulator (CNMV)", "the country's competition watchdog (KFA)":
        # the acronym of a body described in lower case is that body (stop 51)
        return EntityType.ORG, DESCRIBED_ACRONYM
    if last in _COURT_SEATS and _COURT_SEAT_BEFORE.search(
        text, max(sent_start, piece[0].start - 40), piece[0].start
    ):
        # "the Bankruptcy Court for the Eastern District of X": the court's seat, part of its name (stop 50)
        return EntityType.OTHER, "entity.court-seat"
    if len(piece) == 1 and _CURRENCY_CODE_BEFORE.search(
        text, max(sent_start, piece[0].start - 4), piece[0].start
    ):
        # "its token, USD Pebble,": a coin named for the currency it is pegged to, no company (stop 50)
        return EntityType.PRODUCT, "entity.currency-named"
    if "of" in text[max(sent_start, piece[0].start - 16) : piece[0].start] and SETTLEMENT_OF_BEFORE.search(
        text, max(sent_start, piece[0].start - 16), piece[0].start
    ):
        # "the port city of Varna", "the town of Ostrava": a place named by its kind (stop 53)
        return EntityType.PLACE, "entity.settlement-of"
    if len(piece) >= 2 and last in _SITE_HEADS:
        # "the Kestrel Memory Fabrication Facility", "its Orla Assembly Plant": a site, no body (stop 53)
        return EntityType.PLACE, "entity.site-name"
    if _INDEX_NOUN_AFTER.match(text, piece[-1].end, piece[-1].end + 24) and not piece[-1].possessive:
        # "Oslo's OBX stock market", "the TWSE index": a market's index, no company (stop 53)
        return EntityType.OTHER, "entity.market-index"
    if _named_line(text, piece):
        # "its Home Care, Total Body and Field Services business lines": a company's lines, no body nor
        # person, whatever their words' shape (stop 50)
        return EntityType.PRODUCT, "entity.business-line"
    if (
        len(piece) == 1
        and piece[0].start <= sent_start + 1
        and text[piece[0].end : piece[0].end + 1] == ","
        and last.lower().endswith(_OPENING_ADVERB_ENDINGS)
        and last not in tab.first_names
    ):
        # "Elsewhere, the firm ...", "Thereafter, ...", "Otherwise, ...": an adverb that opens its
        # sentence and is set off by a comma is no one's name (stop 46)
        return EntityType.OTHER, "entity.opening-adverb"
    if not piece[-1].possessive and (
        (
            _OUTLET_KIND_BEFORE.search(text, max(sent_start, piece[0].start - 12), piece[0].start)
            and not _KIND_OF_WORK_AFTER.match(text, piece[-1].end)
        )
        or _OUTLET_KIND_AFTER.match(text, piece[-1].end)
    ):
        # "reported by French daily Le Soir", "Il Corriere newspaper reported": the kind of
        # publication told right before or after the name says it is an outlet (stop 46)
        return EntityType.OUTLET, OUTLET_KIND
    if after_title:
        if _company_after_appositive_title(text, piece, tab, sent_start):
            return EntityType.ORG, "entity.title-then-company"
        if words[0] not in tab.first_names and _BUSINESS_PARTNER_BEFORE.search(
            text, max(sent_start, piece[0].start - 120), piece[0].start
        ):
            # "its cloud partner Varrow", "Orbitex's chip partner Halden Voss": a company's partner
            # in business is a firm ("its managing partner Ivo Stark" holds a post)
            return EntityType.ORG, "entity.business-partner"
        return EntityType.PERSON, "entity.title-before"
    if not (before_title or _title_and_name_after(text, piece, tab)) and _KIN_BEFORE.search(
        text, max(sent_start, piece[0].start - 120), piece[0].start
    ):
        # "his daughters Ana and Lis", "son of Ivo Stark"; not "grandson of Brisa founder Piero Tallini",
        # where a title follows the name: the kin is the person after the title, the name before it his
        # company (stop 54)
        return EntityType.PERSON, "entity.kin"
    if len(piece) >= 3 and any(
        w in _BODY_OF_HEADS and words[k + 1] == "of" for k, w in enumerate(words[:-1])
    ):
        return EntityType.ORG, "entity.body-of"  # "International Brotherhood of Dockers", "Federation of X"
    if len(piece) == 2 and words[0] in _UNION_OPENERS and _TRADE_PEOPLE_PLURAL.match(last):
        return EntityType.ORG, "entity.union"  # "the United Steelworkers", "National Nurses": a union
    called_lo = max(sent_start, piece[0].start - 50)
    called = (
        _CALLED_BEFORE.search(text, called_lo, piece[0].start)
        if needle_within(text, _CALLED_NEEDLES, called_lo, piece[0].start)
        else None
    )
    if called is not None and called.group(1) in tab.product_nouns:
        return EntityType.PRODUCT, "entity.called"  # "a platform, dubbed X", "an app called X"
    # (its match ends in a comma and one blank, right before the name or before a line's end there)
    noun_comma = (
        _NOUN_COMMA_BEFORE.search(text, max(sent_start, piece[0].start - 30), piece[0].start)
        if "," in text[max(0, piece[0].start - 3) : piece[0].start - 1]
        else None
    )
    if noun_comma is not None and noun_comma.group(1) in tab.product_nouns and len(piece) >= 2:
        # "its first coupe, Velko Arrow, ...": a product's noun, then its name in apposition (stop 53)
        return EntityType.PRODUCT, "entity.product-appositive"
    if called is not None and called.group(1) in tab.program_nouns:
        return EntityType.PROGRAM, "entity.called"  # "an initiative called X"
    if (
        called is not None
        and not ("," in called.group(0) and "named" in called.group(0))
        and _firm_called(called.group(1), words[0], tab)
    ):
        # "a jeweller called Fowler Hart", "a lender named X"; not "Tallow, the shipping group, named
        # Ana Ruiz as its chief": after a comma "named" is the sentence's verb, its object a person
        return EntityType.ORG, "entity.called"
    if len(piece) >= 2 and (
        last in _EVENT_HEADS or (words[-2] in _EVENT_HEADS and ROMAN_NUMERAL.fullmatch(last))
    ):
        return EntityType.OTHER, "entity.event"  # "World War II", "the Velvet Revolution"
    if _investment_fund(words, tab):
        # "the Harbour Vision Fund 2", "Orla Startup Fund", "ARK Venture Fund": a company's fund for
        # stakes in others is an investor, a body (a "Climate Fund" stays a programme)
        return EntityType.ORG, "entity.investment-fund"
    if len(piece) >= 2 and last in tab.program_heads:
        if _INVESTOR_LIST_BEFORE.search(text, max(sent_start, piece[0].start - 240), piece[0].start):
            return EntityType.ORG, "entity.investor-list"  # "its shareholders include SoftBank’s Vision Fund"
        return EntityType.PROGRAM, "entity.program-head"
    if (
        len(piece) >= 2
        and last in tab.outlet_heads
        and not (len(piece) == 2 and words[0] in _section_words())
    ):
        # ("Latest News", "Top Report": a site's section, no outlet; stop 62)
        return EntityType.OUTLET, "entity.outlet-head"
    if len(piece) >= 2 and last in _BROADCAST_TAILS:
        return EntityType.OUTLET, "entity.broadcaster"  # "Harbour TV", "the news channel Ola Radio"
    if _company_organ(words) or _organ_of_named(words):
        return EntityType.OTHER, "entity.company-organ"  # "the Supervisory Board", "its Audit Committee"
    if len(piece) >= 2 and last in _INDEX_HEADS:
        return EntityType.OTHER, "entity.market-index"  # "the Dow Jones Industrial Average", "Nikkei Index"
    if listed_company(text, piece[0].start, piece[-1].bare_end):
        return EntityType.ORG, "entity.listed"  # "Corwin Ames (CRWA)", "Corwin shares fell", "shares of X"
    if not piece[-1].possessive and last not in _PLACE_HEADS and _trading_venue(text, piece, sent_start):
        return EntityType.ORG, EXCHANGE_RULE  # "listed on the X", "fell 2% on X before the open"
    if len(piece) == 2 and last == "AI" and words[0].lower().endswith(_FIELD_ENDINGS):
        # "Embodied AI", "Agentic AI", "Conversational AI": a field of the technology named by an
        # adjective, no company ("Mistral AI", "Scale AI" open with a name)
        return EntityType.OTHER, "entity.ai-field"
    if (
        len(piece) == 2
        and words[0] in _COMPASS
        and last in tab.org_suffixes
        and _REGION_IN_BEFORE.search(text, max(sent_start, piece[0].start - 40), piece[0].start)
    ):
        # "its business in the West Bank", "across the East Bank": a region named by a compass point
        # and a word that closes a company's name elsewhere, a place after "in the" (never "a stake
        # in the West Bank": a holding's noun before it names the company)
        return EntityType.PLACE, "entity.compass-region"
    if _inside_quoted_motto(text, piece):
        # the 'Best Maker with Top-Class Mills' a firm aims to be: part of a motto, before a trade's head can make a
        # company of its last words (stop 62, names2: "Mills" joined the heads)
        return EntityType.OTHER, "entity.quoted-motto"
    if len(piece) == 2 and last in tab.surname_heads and _told_as_person(text, piece, tab):
        # "Grace Mills, the chief executive", "Mills said she": a family name that closes companies' names too
        # ("Bellwood Mills") names a person where the page tells one by it (stop 62, names2)
        return EntityType.PERSON, "entity.surname-head-person"
    if len(piece) >= 2 and last in tab.org_suffixes:
        return EntityType.ORG, "entity.org-suffix"
    if words[0] != "Bank" and _local_core(tuple(words)) is not None:
        # "Banco Lisaro", "Caixa Norte", "Grupo Ferrenti": a generic noun of the name's own language
        # opens a body's name, never a person's (stop 51)
        return EntityType.ORG, "entity.local-opener"
    if len(piece) >= 2 and last.rstrip(".") in LEGAL_SUFFIXES:
        return EntityType.ORG, "entity.org-suffix"  # "Tallow N.V.": a legal form with stops, no initials
    if len(piece) >= 2 and words[0] in _PROGRAM_OPENERS and words[1] not in _CONNECTORS:
        return EntityType.PROGRAM, "entity.program-opener"  # "Project Kestrel", "Operation Bright Dawn"
    if len(piece) >= 2 and last in _INSTITUTION_HEADS:
        return EntityType.ORG, "entity.institution-head"  # "Harbour Trusts", "Ana Reyes Hospital"
    if _his_opener_subject(text, piece, sent_start):
        return EntityType.PERSON, HIS_OPENER  # "In his talks with X, Carney made it clear": his, Carney
    if _site_place(text, piece, sent_start):
        return EntityType.PLACE, "entity.site-place"  # "its plant in X", "its X and Y factories"
    if _mine_named(text, piece, sent_start):
        return EntityType.PLACE, MINE_SITE  # "the X copper mine", "mines in Chile - X and Y"
    if _listed_place(text, piece, sent_start, tab):
        return EntityType.PLACE, "entity.place-list"  # "the cities of X, Y and Z", "in X, Y and Oslo"
    kin = (
        _BODY_NOUN_AFTER.match(text, piece[-1].end, piece[-1].end + 30) if not piece[-1].possessive else None
    )
    if (
        kin is not None
        and len(piece) == 1
        and kin.group(1) == "group"
        and words[0] not in tab.first_names
        and tuple(words) not in tab.known
        and _CAP_WORD_NEXT.match(text, kin.end(), kin.end() + 4)
    ):
        # "Drinks group Calloway said", "Luxury group Brisa": the word before "group" and the group's
        # own name is the group's trade, no name of its own
        return EntityType.OTHER, "entity.group-trade"
    if kin is not None:
        # "the Quist group", "the Harbour conglomerate"; "the Quist family" (a family that holds or
        # sells a stake acts as one body: no person "Quist" of it)
        return EntityType.ORG, "entity.noun-after"
    # (a model's name holds a digit: the piece's text is looked at once before each word is)
    # ("7Seas", "1Password": a company's name that opens with digits is no model's)
    if _DIGIT.search(text, piece[0].start, piece[-1].bare_end) and any(
        _MODEL_NAME.match(w) and not digit_led_name(w) for w in words
    ):
        if before_title:
            return EntityType.ORG, "entity.before-title"  # "G42 CEO Peng Xiao": whose CEO, a company
        head = _NOUN_BEFORE_APPOS.search(text, max(sent_start, piece[0].start - 30), piece[0].start)
        if head and head.group(1).lower() in tab.org_nouns and head.group(1) not in _PERSON_NOUNS_TOO:
            # "the technology holding company G42", "the UAE's top AI firm, G42": the noun says what
            # the name is
            return EntityType.ORG, "entity.org-noun-before"
        return EntityType.PRODUCT, "entity.model-name"  # "GPT-4", "Nvidia H100", "Grok-1.5V"
    if len(piece) >= 2 and last in _PLACE_HEADS:
        # "private equity firm Silver Lake": an organization's noun right before outweighs the head
        head = _NOUN_BEFORE.search(text, max(sent_start, piece[0].start - 30), piece[0].start)
        if head and head.group(1).lower() in tab.org_nouns:
            return EntityType.ORG, "entity.org-noun-before"
        if _INVESTOR_LIST_BEFORE.search(text, max(sent_start, piece[0].start - 240), piece[0].start):
            # "existing investors, including Sequoia, the founders and Silver Lake": a place invests in
            # nothing, so a name with a place's head in a list of investors is a firm
            return EntityType.ORG, "entity.investor-list"
        if _described_org(text, piece[-1].end, tab):
            # "Granite Lake, a private equity firm, ...": the appositive says what the name is (stop 55)
            return EntityType.ORG, "entity.appositive"
        return EntityType.PLACE, "entity.place-head"  # "Wall Street", "Porte de Versailles Hall"
    if (
        len(piece) >= 2
        and words[0] in _COMPASS
        and tab.known.get(tuple(words[1:]), ("", None))[1] == EntityType.PLACE
    ):
        return EntityType.PLACE, "entity.place-part"  # "West Texas", "Northern California"
    if len(piece) >= 3 and words[-2] == "No." and _NUMBER.match(last) and _serial_body(text, words, tab):
        # "hedge fund Harbour No. 2", "Quarry No. 7, the activist firm": a serial name the page calls a body (stop 61);
        # else a numbered thing stays a product ("Parfum No. 5")
        return EntityType.ORG, SERIAL_BODY
    if len(piece) >= 2 and (_NUMBER.match(last) or last in tab.product_heads):
        return EntityType.PRODUCT, "entity.product-head"
    if before_title:
        return EntityType.ORG, "entity.before-title"
    # Context after the piece: a noun ("CJADC2 initiative", "Llama models") or an appositive.
    after = text[piece[-1].end : piece[-1].end + 80]
    m = _NOUN_AFTER.match(after)
    if m and not piece[-1].possessive:
        noun = m.group(1)
        if noun in tab.program_nouns:
            return EntityType.PROGRAM, "entity.noun-after"
        if noun in tab.product_nouns:
            return EntityType.PRODUCT, "entity.noun-after"
        if noun in _PLACE_NOUNS:
            return EntityType.PLACE, "entity.noun-after"  # "the Permian basin"
        if noun in _WORK_NOUNS and _ARTICLE_BEFORE.search(text, max(0, piece[0].start - 6), piece[0].start):
            return EntityType.OUTLET, "entity.outlet-work"  # "after a Harbour Wire report": who wrote it
    if _GOODS_AFTER.match(after) and not piece[-1].possessive:
        return EntityType.PRODUCT, "entity.goods-after"  # "Purina dog food", "Nespresso coffee capsules"
    m = _PRODUCT_LIST_AFTER.match(after) if not piece[-1].possessive else None
    if m and m.group(1) in tab.product_nouns:
        # "its latest Vela Nova and Orla Prime architectures": the first of a list of names that a
        # product's noun closes is a product as the last one is
        return EntityType.PRODUCT, "entity.noun-after"
    if _house_cue(text, piece, sent_start):
        return EntityType.ORG, HOUSE_RULE  # "its X label", "the fashion house X", "which owns A and X"
    brand = _brand_cue(text, piece, sent_start)
    if brand is not None:
        return EntityType.PRODUCT, brand  # "brands such as X", "X and Y maker Z", "X, Y and Z shampoos"
    m = _COMMA_CAPS.match(after)
    if m and (
        tab.known.get(tuple(m.group(1).split()), ("", None))[1] == EntityType.PLACE
        or (after[m.end() : m.end() + 1] == "." and m.group(1) + "." in tab.lone_words)
    ):
        # "Salem, Oregon", "Brieselang, Germany", "Renton, Wash." (a state's abbreviation)
        return EntityType.PLACE, "entity.place-of-place"
    if _WHO_AFTER.match(after) and not _POST_OF_BEFORE.search(
        text, max(sent_start, piece[0].start - 40), piece[0].start
    ):
        return (
            EntityType.PERSON,
            "entity.who-after",
        )  # "Donahoe, who joined the board": organizations take "which"
    m = _APPOS_ORG.match(after)
    if m and _APPOS_SAID.match(after):
        m = None  # "goes to Ivo Stark, the company said": the reporting clause, no appositive
    if (
        m
        and piece[0].start - sent_start <= _OPENING_MAX
        and _OPENING_PHRASE.match(text, sent_start, piece[0].start)
    ):
        m = None  # "Led by its founder X, the bank grew": the main clause's subject, no appositive
    if (
        m
        and piece[0].start - sent_start <= _OPENING_MAX
        and _ACCORDING_OPENING.match(text, sent_start, piece[0].start)
        and not _SHORT_APPOS_CLOSED.match(after)
    ):
        m = None  # "According to X, the fund paid ...": the main clause's subject, no appositive
    if m:
        clause = re.split(r"[,—–]", after[2:], maxsplit=1)[0]
        # The noun must head the appositive: "the company's finance chief" is a person's title, and
        # "a former Harbour executive and now CEO of its supplier" describes a person.
        described = _appositive_head(_APPOS_HEAD_WORD.findall(clause), tab)
        if described == "org":
            return EntityType.ORG, "entity.appositive"
        if described == "product":
            return EntityType.PRODUCT, "entity.appositive-product"  # "Vela, its voice assistant, ..."
        if len(piece) == 1 and described != "org" and _TRADE_APPOS.search(clause):
            # "Demna, a former Varenza designer, ...": one name a person's trade describes ("a designer
            # of chips" is a firm that designs them)
            return EntityType.PERSON, "entity.appositive-title"
    m = _APPOS_TITLE.match(after)
    if m and _POST_OF_NAME_BEFORE.search(text, max(sent_start, piece[0].start - 40), piece[0].start):
        # "posts including MD of Tarrow Ireland, CFO of its Asian arm": a post's company, then the next
        # post of a list, no one's title in apposition
        m = None
    opening = (
        _PLACE_OPENING.match(text, sent_start, piece[0].start)
        if m and words[0] not in tab.first_names and piece[0].start - sent_start <= _OPENING_MAX
        else None
    )
    if m and opening is not None:
        # "Speaking in X, the founder said": the place closes the opening phrase (above); "at X" may
        # be a firm's ("at Tallow, the founder said"), so only "in" and "from" name a place
        if opening.group("prep") != "at" and not piece[-1].possessive and tab.title_re.match(after, m.end()):
            return EntityType.PLACE, "entity.place-opening"
        m = None
    if m:
        tm = tab.title_re.match(after, m.end())
        # "X, Prince Y and Z": a title before a capitalized name is the next item of a list
        if (
            tm
            and not _CAP_NAME_NEXT.match(after, tm.end())
            # "X, the lead investor in the round": a firm or a person, no title's evidence
            and not {tm.group().split()[-1].lower(), *after[tm.end() : tm.end() + 14].lower().split()[:1]}
            & _HOLDER_HEADS
        ):
            return EntityType.PERSON, "entity.appositive-title"
    before = text[max(sent_start, piece[0].start - 40) : piece[0].start]
    # The pattern ends in a title and white space: unless the text before ends so, skip its search.
    tail = before.rstrip()
    may_end = _may_end_in(before, tail, _title_last_words(tab))
    tm = _title_before(tab).search(before) if may_end else None
    if tm and _VERB_BEFORE_TITLE.search(before, 0, tm.start()):
        tm = None  # "left to lead VMware", "will head X": a verb, not a title
    if tm and len(piece) <= 3:
        if words[0] not in tab.first_names and _BUSINESS_PARTNER_BEFORE.search(
            text, max(sent_start, piece[0].start - 120), piece[0].start
        ):
            return EntityType.ORG, "entity.business-partner"  # "its cloud partner Varrow" (above)
        return EntityType.PERSON, "entity.title-before"
    if _quoted_whole(text, piece):
        return EntityType.PRODUCT, "entity.quoted-title"  # “Black Widow”, "The Lion King": a work's title
    if _version_before(text, piece[0].start, sent_start):
        return EntityType.PRODUCT, "entity.version-tier"  # "Claude 3.5 Sonnet", "Vela 2 Pro": a model's tier
    if _WHICH_AFTER.match(after):
        return EntityType.ORG, "entity.which-after"  # "Intelligent Edge, which includes": no one
    if _model_number_before(text, piece[0].start, sent_start):
        return EntityType.PRODUCT, "entity.model-number"  # "737 Max", "its 777 jetliner"
    if _PRODUCT_OF.search(text, max(sent_start, piece[0].start - 40), piece[0].start):
        return EntityType.PRODUCT, "entity.product-of"  # "two new models of the Max"
    head = _NOUN_BEFORE.search(text, max(sent_start, piece[0].start - 30), piece[0].start)
    if (
        head
        and (head.group(1) in tab.org_nouns or head.group(1).lower() in _FIRM_TRADES)
        and head.group(1) not in _PERSON_NOUNS_TOO
    ):
        # "aerospace supplier X", "US IT firm X", "the miner X", "the brewer X"
        return EntityType.ORG, "entity.org-noun-before"
    if (
        head
        and head.group(1).lower() in _MAKER_NOUNS_TOO
        and len(piece) == 1
        and len(last) >= 3
        and last.isupper()
        and last.isalpha()
    ):
        # "Japanese developer QRX", "the studio TNK": a company written in capitals after the noun of
        # what it makes (a person after "developer" is named in title case, never so; stop 52)
        return EntityType.ORG, "entity.org-noun-before"
    if (
        len(piece) <= 3
        and (pm := _PLACE_BEST_AFTER.match(text, piece[-1].bare_end, piece[-1].bare_end + 80)) is not None
        and (pm.group("noun") in tab.org_nouns or pm.group("noun") in _FIRM_TRADES)
    ):
        # "X, Europe's biggest chipmaker", "X, Norway's second-largest lender": a place's firm
        return EntityType.ORG, "entity.appositive"
    if head and head.group(1) in _MEDICINE_BEFORE:
        return EntityType.PRODUCT, "entity.medicine-before"  # "breast cancer drug X", "its cancer med X"
    if _place_before(text, piece[0].start, sent_start, tab, piece[-1].bare_end):
        return EntityType.PLACE, "entity.place-cue"  # "headquartered in X", "from Chicago to X"
    if (
        len(piece) <= 2
        and _us_state_code(" ".join(words), tab)
        and _TOWN_COMMA_BEFORE.search(text, max(sent_start, piece[0].start - 40), piece[0].start)
    ):
        return EntityType.PLACE, TOWN  # "Edgewater, N.J., and", "Buffalo, NY,": the town's state (stop 58)
    if (
        len(piece) <= 3
        and not piece[-1].possessive
        and words[0] not in tab.first_names  # "Carl Weiss, Md.": a person's degree, no town's state
        and (sm := _STATE_CODE_AFTER.match(text, piece[-1].bare_end)) is not None
        and _us_state_code(sm.group("code"), tab)
    ):
        return EntityType.PLACE, TOWN  # "a barista at the Buffalo, NY, store": a town and its state (stop 58)
    if (
        len(piece) <= 2
        and not piece[-1].possessive
        and _TOWN_BEFORE.search(text, max(sent_start, piece[0].start - 40), piece[0].start)
    ):
        # "its plant in X", "workers in X said", "the town of X", "arrived in X in 1986": a town where a company
        # works or people live, no company and no one (stop 58)
        return EntityType.PLACE, TOWN
    if len(piece) == 3 and words[1] == "&" and piece[-1].possessive:
        # "Ben & Ada’s", "Tom & Lia’s said": a firm or a brand named for two people (two persons
        # would be written with "and"), given names or not
        return EntityType.ORG, AMPERSAND_FIRM
    if 2 <= len(piece) <= 3 and words[0] in tab.first_names:
        return EntityType.PERSON, "entity.first-name"
    if len(piece) == 1 and words[0] in tab.first_names and not _ANY_THE_BEFORE.search(before):
        # "a text from Ilya", "Greg got a call": a given name the lexicon knows, alone, is a person
        # (the people of a narrative are called by their given names); "the Bill" is no one's. Written
        # once with nothing else to show it names someone, it is a guess left out ("–Paul)" signing a
        # note), as the fallback's are
        return EntityType.PERSON, GIVEN_NAME_ALONE
    if (m := _UNIT_NOUN_AFTER_NAME.match(after)) and not parent_of_named_unit(after, m.end()):
        # "CFO of the Upstream business division"; "Orvane division Brisk Labs" names the parent (stop 61)
        return EntityType.OTHER, "entity.company-unit"
    if _EVENT_AFTER.match(after):
        return EntityType.OTHER, "entity.event-after"  # "the Harbour Deep oil spill", "the Gategate scandal"
    if _REGION_NOUN_AFTER.match(after):
        return (
            EntityType.PLACE,
            "entity.region-noun",
        )  # "CEO of the Americas region", "the Latin American zone"
    if len(piece) >= 2 and (
        (_may_end_in(before, tail, ("of",)) and _PERSON_EVENT_OF.search(before))
        or ((m := _AS_TITLE_AFTER.match(after)) is not None and tab.title_re.match(after, m.end()))
    ):
        # "the appointment of Mara Quentin as ...", "named Ivo Stark as its new chief executive": what
        # befalls a person, a post given to one
        return EntityType.PERSON, "entity.person-post"
    if _SUCCEEDS_FROM.search(before) or _SUCCEEDS.search(before):
        return EntityType.PERSON, "entity.succeeded"  # "to succeed Stark", "will take over from Stark"
    if (
        len(piece) == 1
        and words[0].lower() not in tab.common  # "Key executives said", "Senior staff": no name
        and firm_marks(text, piece[0].start, piece[-1].bare_end, sent_start)
    ):
        # "units of Tallow", "Tallow and its subsidiaries", "Tallow's chief executive": marks only a
        # firm bears, on a one-word name too
        return EntityType.ORG, FIRM_MARKS
    if _OF_AT_END.search(before) and not _SUCCEEDS_FROM.search(before) and not _WAY_FOR.search(before):
        return EntityType.ORG, "entity.after-of"  # "chief executive of Annotate Nordic", "a partner at X"
    if _may_end_in(before, tail, _ORG_VERB_LAST) and _ORG_VERB_BEFORE.search(before):
        return EntityType.ORG, "entity.object-of"  # "who ran Taco Bell", "joined Harbour Group"
    if tab.known.get((words[0],), (None, None))[1] in (EntityType.ORG, EntityType.OUTLET):
        # A company's name and a word of its own: its product ("Microsoft Azure", "Amazon Bedrock").
        return EntityType.PRODUCT, "entity.known-head"
    if _PERSON_LIST_BEFORE.search(text, max(sent_start, piece[0].start - 150), piece[0].start):
        return EntityType.PERSON, "entity.person-list"  # "business titans A and B", "moguls like A"
    if _ORG_LIST_BEFORE.search(text, max(sent_start, piece[0].start - 150), piece[0].start):
        return EntityType.ORG, "entity.org-list"  # "carmakers such as A, B and C"
    if words[0] not in tab.first_names and _ORG_LIST_BARE_BEFORE.search(
        text, max(sent_start, piece[0].start - 150), piece[0].start
    ):
        # "supermarket giants A and B", "game developers A and B": the plural noun names them
        # companies (a given name opening the name leaves it to a person's evidence)
        return EntityType.ORG, "entity.org-list"
    if _ORG_LIST_AFTER.match(after):
        return EntityType.ORG, "entity.org-list"  # "A and other carmakers", "A as well as other units"
    if _ranked_firm(text, piece, sent_start, after, tab):
        return EntityType.ORG, RANKED_FIRM  # "the second-largest bank behind X", "second only to its rival X"
    if _SHARE_RANK_BEFORE.search(text, max(sent_start, piece[0].start - 24), piece[0].start) and (
        _SHARE_IN_BRACKETS_AFTER.match(after)
    ):
        # "... a 9 per cent share, behind X (30 per cent) and ahead of Y (12 per cent)": the firms a
        # market share ranks (stop 53)
        return EntityType.ORG, RANKED_FIRM
    if len(piece) <= 3 and DATA_SHOWED.match(after):
        # "Quarry Research data showed", "X figures show": the firm whose data it is (stop 53)
        return EntityType.ORG, "entity.data-source"
    if len(piece) >= 2 and (tm := _LOWER_TITLE_AFTER.match(after)):
        title_end = tab.title_re.match(after, tm.end())
        if title_end is not None and _NAME_NEXT.match(after, title_end.end()):
            # "Brava Europe vice president Ola Brandt": whose title, an organization (or its unit)
            return EntityType.ORG, "entity.before-title"
    if not piece[-1].possessive and _POST_THEN_NAME.match(text, piece[-1].end, piece[-1].end + 80):
        # "Quellmark economist Tomas Vell", "Brisket strategist Ola Brandt": whose analyst, a firm
        return EntityType.ORG, "entity.before-title"
    if len(piece) == 2 and words[0] not in tab.first_names and is_country(words[1], tab):
        # "Tallow Canada", "Brava Japan": a company's arm in a country (a person's surname is seldom a
        # country's name, and a given name opens it then: "Ana Kenya" stays a person's)
        return EntityType.ORG, "entity.country-arm"
    if (
        len(piece) == 3
        and (
            (words[0] in _COMPASS and is_demonym(words[1], tab)) or is_demonym(" ".join(words[:2]), tab)
        )  # ("Saudi Arabian Petrova", stop 56)
        and words[2] not in tab.first_names
        and words[2].lower() not in tab.common
    ):
        # "South African Breweries", "North American Lumber": a nationality of two words opens a
        # company's name as one of one word does
        return EntityType.ORG, "entity.demonym-name"
    if len(piece) == 2 and is_demonym(" ".join(words), tab):
        # "the Saudi Arabian media group", "South African officials": a nationality of two words
        # alone names no one
        return EntityType.OTHER, "entity.demonym"
    if len(piece) == 2 and is_demonym(words[0], tab) and words[1] not in tab.first_names:
        # "Brazilian Steel", "Norwegian Cargo": a nationality opens a company's name, never a person's
        # (a nationality before a person's full name, "Briton Ana Lund", was cut off before)
        return EntityType.ORG, "entity.demonym-name"
    if 2 <= len(piece) <= 3 and _FIGURE_BEFORE.search(
        text, max(sent_start, piece[0].start - 40), piece[0].start
    ):
        return EntityType.OTHER, "entity.figure-before"  # "the $2bn Rights Issue", "Rs 900 crore Green Bond"
    if 2 <= len(piece) <= 3 and _THING_ARTICLE_BEFORE.search(before) and _THAT_CLAUSE_AFTER.match(after):
        return EntityType.OTHER, "entity.thing-article"  # "keeps a very solid Capital Buffer that can"
    if (
        2 <= len(piece) <= 3
        and not piece[-1].possessive
        and (_BASED_BEFORE.search(before) or _FILING_AFTER.match(after) or _RAISED_AFTER.match(after))
    ):
        # "Shenzhen-based Kuang Li", "Kuang Li said in a stock exchange filing": a company's marks
        # outweigh a person's shape (a person is "a London-based designer", named with a noun)
        return EntityType.ORG, "entity.company-cue"
    if (len(piece) == 3 and words[1] == "&") or (
        len(piece) >= 5 and words[1] == "," and words[-2] == "&" and "," not in words[-3:]
    ):
        # "Lang & Schwarz", "Brown & Kohl": two names joined by "&" are a firm's (a venue, a law firm, a
        # bank); two persons are written with "and", each with a given name; and so is "Keefe, Brennan &
        # Woods", its partners listed (stop 61)
        return EntityType.ORG, AMPERSAND_FIRM
    if (
        2 <= len(piece) <= 3
        and all(
            (w[0].isupper() and w[1:].islower()) or (w is words[-1] and _PREFIXED_SURNAME.match(w))
            for w in words
            if len(w) > 1 and not _INITIAL_WORD.match(w)
        )
        and not any(w.lower() in tab.common or w.lower() in GROUP_HEADS for w in words)
        and words[0] not in tab.name_openers  # "Union Pellan": a company's name opening with a common word
        and not _THE_BEFORE.search(before)
        and not _not_given(words[0], tab)
        and not (len(piece) == 2 and words[0] not in tab.first_names and words[0] in _COMPASS)
    ):
        # "Ivo Stark"; never "Big Tech", "Breaking Down", nor "the Nasdaq Composite" (persons take no
        # article). A guess: evidence that the name is an organization elsewhere outweighs it.
        holders = (
            _INVESTOR_LIST_BEFORE.search(text, max(sent_start, piece[0].start - 240), piece[0].start)
            if words[0] not in tab.first_names
            else None
        )
        if holders is not None and (
            "," in holders.group(0) or _LIST_GOES_ON.match(text, piece[-1].end, piece[-1].end + 40)
        ):
            # "investors include Aldmark, Baillie Gifford and C": a holder named in a list of several by
            # the shape of a person's name with no given name is a firm, like the list ("investors
            # including Nelson Peltz", one name, stays a guess of a person)
            return EntityType.ORG, "entity.holder-list"
        if words[0] not in tab.first_names and (
            firm_marks(text, piece[0].start, piece[-1].bare_end, sent_start)
            or _unit_listed(text, piece, sent_start)
            or _BUSINESS_PARTNER_BEFORE.search(text, max(sent_start, piece[0].start - 120), piece[0].start)
        ):
            # "a strategist at asset manager Harlow Brisket", "its Dulcet Vane copper unit", "Garrow
            # Pinch, owned by the miner", "its two units, Harrow Pell and Tamsin Creek": marks only a
            # firm bears (no one works at a person, nor is a person a unit or owned); a given name
            # opening the name keeps the person's reading
            return EntityType.ORG, FIRM_MARKS
        if words[0] not in tab.first_names and company_words(
            text, piece[0].start, piece[-1].bare_end, sent_start, tab.first_names
        ):
            # "Dunmore Keane bid $30 billion for", "a bid by shareholder Dunmore Keane", "Dunmore Keane said in a
            # statement", "Ivo Stark's Dunmore Keane": a company named by two surnames, given a company's words
            # (stop 58); a given name opening it, or a pronoun after it, keeps the person's reading
            return EntityType.ORG, COMPANY_WORDS
        if words[0] not in tab.first_names and text[max(0, piece[0].start - 5) : piece[0].start] == "Most ":
            # "Fortune's Most Powerful Women", "Most Admired Leaders": a ranking's title, no one's name
            return EntityType.OTHER, "entity.ranking-title"
        if words[0] not in tab.first_names and _section_label(text, piece):
            # "Look Ahead: the maker plans ...", "Why It Matters: ...": a newsletter's section label
            # opens its line and ends at a colon (a transcript's speaker opens with a given name)
            return EntityType.OTHER, "entity.section-label"
        if any(w in _LABEL_JOINTS for w in words[1:]):
            # "Works With Nestor", "Built For Teams": a label's or a slogan's words joined by a small
            # word written capitalised, no one's name
            return EntityType.OTHER, "entity.label-words"
        if words[0] not in tab.first_names and _known_type(tab, piece[-1:]) == EntityType.OUTLET:
            # "talks on Keller Reuters selling its unit": a name closed by a news agency's name and opened by no given
            # name is a company named after the agency, never a person for its surname-like first word (stop 59)
            return EntityType.ORG, OUTLET_IN_NAME
        if len(piece) == 2 and last == "Air" and words[0] not in tab.first_names:
            # "Pellham Air said", "shares in Solvane Air": a carrier, never a person's name (stop 63); read after every
            # other cue, as a maker's car or laptop is named so too ("its sedan, the Kestrel Air")
            return EntityType.ORG, AIRLINE_NAME
        return EntityType.PERSON, "entity.name-shape"
    return EntityType.ORG, "entity.default-org"


#: Small joining words a title-case label writes capitalised ("Works With X"): never inside a person's name.
_LABEL_JOINTS = frozenset(
    {"With", "Without", "For", "And", "Or", "The", "To", "From", "Into", "By", "At", "On"}
)


#: A place's "-based" right before a name: "Shenzhen-based Kuang Li", "a Zurich-based Ana Lund".
def _section_label(text: str, piece: list[Token]) -> bool:
    """The piece opens its line (nothing but spaces before it) and a colon follows it at once."""
    end = piece[-1].end
    if not text.startswith(":", end) or piece[-1].possessive:
        return False
    line = text.rfind("\n", 0, piece[0].start) + 1
    return text[line : piece[0].start].strip() == ""


_BASED_BEFORE = re.compile(r"[A-Za-z]-based\s+$")
#: A market's filing told right after a name: "X said in a stock exchange (regulatory, securities)
#: filing" (a person says things "in a court filing" too).
_FILING_AFTER = re.compile(
    r"(?:\s+said|,)\s+in\s+an?\s+(?:(?:stock\s+)?exchange|regulatory|securities|bourse)\s+filings?\b"
)
#: A round of funding right after the name: "X raised $500 million", "X has secured €40m" (a company's).
_RAISED_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|recently\s+|also\s+)?(?:raised|secured|closed)\s+(?:about\s+|nearly\s+|more\s+than\s+)?"
    r"(?:US|A|C|HK)?[$€£¥]\s?\d"
)
#: The endings of an adjective before "AI" that names a field, not a company ("Embodied", "Generative",
#: "Agentic", "Conversational", "Physical"; never "-al" alone: "Mistral AI").
_FIELD_ENDINGS = ("ed", "ive", "ic", "ional", "ical")
#: A lower-case noun after a name that says it names a body: a family (as a holder), a business group.
_BODY_NOUN_AFTER = re.compile(r"\s+(family|group|conglomerate|union)\b(?!\s+of\b)")
_CAP_WORD_NEXT = re.compile(r" [A-Z]")
#: A title written in lower case right after a name, then a person's name: "X vice president Ola Brandt".
_LOWER_TITLE_AFTER = re.compile(r"\s+(?=[a-z])")
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]")
#: An outside expert's post in lower case and a person's full name right after a name: "Quellmark
#: economist Tomas Vell", "Brisket senior analyst Ola Brandt" (the name before is the expert's firm).
_POST_THEN_NAME = re.compile(
    r"\s+(?:(?:senior|chief|lead|head|equity|market|global|investment)\s+)?(?:analyst|economist|"
    r"strategist|banker|trader|spokesperson|spokesman|spokeswoman|researcher|lawyer|attorney)\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]"
)

#: A site's nouns (a closed class): a plant, an office, the jobs or the work done there. A name after
#: "<site noun> in", or between an owner's "its" and a site noun, is a place ("its technical centre in
#: X, Y", "jobs in X and Y", "its X and Y factories", "its X logistics centre").
_SITE_AND_JOB_NOUNS = (
    r"plants?|factory|factories|sites?|centres?|centers?|offices?|headquarters|facility|facilities|campus|"
    r"campuses|warehouses?|depots?|mills?|works|hubs?|stores?|branch|branches|refinery|refineries|"
    r"operations|production|jobs|roles|posts|positions|departments|laboratories"
)
_PLACE_NAME = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?"
_PLACE_LIST_TAIL = rf"(?:{_PLACE_NAME}\s*,\s*){{0,4}}(?:{_PLACE_NAME}\s*,?\s+(?:and|&)\s+)?$"
_SITE_IN_BEFORE = re.compile(rf"\b(?:{_SITE_AND_JOB_NOUNS})\s+in\s+{_PLACE_LIST_TAIL}")
_OWNER_BEFORE = re.compile(rf"\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+{_PLACE_LIST_TAIL}")
_SITE_AFTER = re.compile(
    rf"(?:\s*,\s*{_PLACE_NAME})*(?:\s*,?\s+(?:and|&)\s+{_PLACE_NAME})?\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:plants?|factory|factories|sites?|centres?|centers?|offices?|facility|facilities|campus|"
    rf"warehouses?|depots?|mills?|works|hubs?|refinery|refineries)\b"
)
#: A person's posts before "in": "his roles in", "her current positions in", "his posts in" (held at
#: companies, not a company's sites).
_PERSONS_POSTS = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+)?(?:roles|posts|positions|jobs)\s+in\s")
#: What a site's name is not followed by: a plural noun or a site noun it would be the owner of
#: ("jobs in Brava warehouses": Brava owns them).
_MODIFIES_AFTER = re.compile(r"\s+[a-z]+s\b(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bdoes)")


#: The rule that types the subject a sentence's opening phrase calls "his" or "her" (stop 51).
HIS_OPENER = "entity.his-opener"
#: A sentence's opening phrase of time or circumstance that holds "his" or "her" and closes with a
#: comma: "In his conversations with X, ", "During her visit to Y last week, ", "Speaking at his
#: office, " (the pronoun is the subject's that follows).
_HIS_OPENER = re.compile(
    r"(?:In|During|After|Before|On|At|Since|Following|Speaking|Asked|Despite|Throughout|Through|Upon|"
    r"When|While|As)\s(?:[\w’'.&-]+\s){0,10}?(?:his|her)\s(?:[\w’'.&-]+\s){0,10}?[\w’'.&-]+,\s"
)
#: A lower-case word after a name: its verb (" made", " said") or the sentence going on in lower case
#: (" merger", " of").
_LOWER_WORD_NEXT = re.compile(r"\s[a-z]")


def _his_opener_subject(text: str, piece: list[Token], sent_start: int) -> bool:
    """Is the piece (one or two words) the subject right after a sentence's opening phrase that calls
    it "his" or "her" ("In his conversations with X, Carney made it clear")? A person: only a person
    is "his". "In its talks with X, Y said" is a company's."""
    start = piece[0].start
    if len(piece) > 2 or piece[-1].possessive or start - sent_start > 200:
        return False
    opener = _HIS_OPENER.match(text, sent_start, start)
    return (
        opener is not None
        and opener.end() == start
        and _LOWER_WORD_NEXT.match(text, piece[-1].end) is not None
    )


#: The rule that types a mine, a quarry or a deposit told by its name (stop 51): a site, no body.
MINE_SITE = "entity.mine"
#: A mine's nouns (a closed class) and the words that may stand between its name and them: what is
#: dug there or how ("the X copper mine", "the X and Y open-pit mines").
_MINE_NOUNS = r"(?:mines?|quarry|quarries|deposits?|oilfields?|gasfields?|pits?)"
_MINE_KINDS = (
    r"(?:copper|gold|silver|iron|ore|zinc|nickel|lithium|coal|uranium|diamond|platinum|potash|cobalt|"
    r"tin|lead|bauxite|phosphate|rare-earth|oil|gas|open-pit|underground|flagship|adjacent|giant|large|big)"
)
_MINE_NAME = r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,2}"
#: After a mine's name: its acronym, more names of the list, the kind, the noun ("X (XB) mine", "the
#: X and Y copper mines"); plural nouns right after the name only after a determiner (below).
_MINE_AFTER = re.compile(
    rf"(?:\s\([A-Z]{{2,6}}\))?(?:\s*,\s*{_MINE_NAME}){{0,4}}(?:\s*,?\s+(?:and|&)\s+{_MINE_NAME})?"
    rf"(?P<kinds>(?:\s+{_MINE_KINDS}){{0,2}})\s+{_MINE_NOUNS}\b"
)
#: Before a mine's name: the noun and a dash or a colon that opens their list ("two copper mines in
#: Chile - X and Y", "its deposits: X, Y and Z").
_MINE_LIST_BEFORE = re.compile(
    rf"\b{_MINE_NOUNS}\b[^.:;–—-]{{0,40}}\s[–—:-]\s+(?:{_MINE_NAME}\s*,\s*){{0,4}}(?:{_MINE_NAME}\s+(?:and|&)\s+)?$"
)
#: A determiner before a list of names: "the", "its", "their", a possessive ("Kestrel's").
_DETERMINER_BEFORE = re.compile(
    rf"(?:\b(?:the|its|their|his|her|two|three|both)|[’']s)\s+(?:{_MINE_NAME}\s*,\s*){{0,4}}(?:{_MINE_NAME}\s+(?:and|&)\s+)?$"
)


def _mine_named(text: str, piece: list[Token], sent_start: int) -> bool:
    """Is the piece a mine, a quarry or a deposit told by its name ("the X copper mine", "Kestrel's X
    (XB) mine", "the X and Y mines", "copper mines in Chile - X and Y")? A plural noun right after the
    name needs a determiner before it ("Kestrel mines copper": the company's verb); a possessive
    piece owns the mine ("Kestrel's mine")."""
    if piece[-1].possessive:
        return False
    start, end = piece[0].start, piece[-1].bare_end
    after = _MINE_AFTER.match(text, end, end + 200)
    if after is not None:
        noun = after.group().rsplit(None, 1)[-1]
        if after.group("kinds") or not noun.endswith("s"):
            return True
        return bool(_DETERMINER_BEFORE.search(text, max(sent_start, start - 120), start))
    return bool(_MINE_LIST_BEFORE.search(text, max(sent_start, start - 160), start))


def _site_place(text: str, piece: list[Token], sent_start: int) -> bool:
    """Is the piece a town or county named as a company's site ("its plant in X", "jobs in X and Y",
    "its X and Y factories")?"""
    start, end = piece[0].start, piece[-1].end
    if piece[-1].possessive:
        return False
    lo = max(sent_start, start - 120)
    site = _SITE_IN_BEFORE.search(text, lo, start)
    if site:
        # "his roles in Kestrel Steel and Quaylon": a person's posts are held at companies, not sites
        return not _MODIFIES_AFTER.match(text, end, end + 40) and not _PERSONS_POSTS.search(
            text, max(sent_start, site.start() - 40), site.end()
        )
    # the site's noun after the name first (one match where it stands), then the owner's word before it
    return bool(_SITE_AFTER.match(text, end, end + 120)) and bool(_OWNER_BEFORE.search(text, lo, start))


#: A list of places: after a plural noun of places ("the cities of", "towns such as", "provinces
#: including"), or after "in" with a known place among its items ("in Lyon, Annecy and Madrid").
_PLACE_ITEM = r"[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?"
_PLACE_LIST_BEFORE = re.compile(
    r"(?:(?P<noun>\b(?:cities|towns|provinces|states|regions|countries|capitals|ports|municipalities|"
    r"districts|counties|villages)\s+(?:of|such\s+as|like|including))|\b(?:in|across))\s+"
    rf"(?P<items>(?:{_PLACE_ITEM}\s*,\s*){{0,8}}(?:{_PLACE_ITEM}\s*,?\s+(?:and|&)\s+(?:in\s+)?)?)$"
)
_PLACE_LIST_AFTER = re.compile(
    rf"(?:\s*,\s*{_PLACE_ITEM}){{0,8}}(?:\s*,?\s+(?:and|&)\s+(?:in\s+)?{_PLACE_ITEM})?"
)
_PLACE_ITEM_RE = re.compile(_PLACE_ITEM)


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _listed_place(text: str, piece: list[Token], sent_start: int, tab: Tables) -> bool:
    """Is the piece an item of a list of places: after a plural noun of places ("the cities of X, Y
    and Z"), or after "in" beside a known place and no known company or person ("teams in X, Y and
    Oslo"; "in Orvane and Tellus" names no place)?"""
    start, end = piece[0].start, piece[-1].bare_end
    if piece[-1].possessive:
        return False
    before = _PLACE_LIST_BEFORE.search(text, max(sent_start, start - 160), start)
    if before is None or acts_or_owns(text, start, end, tab.org_nouns):
        return False  # "... in Chile, and Vintra said": a clause's subject after the list, no place
    if before.group("noun"):
        return True
    after = _PLACE_LIST_AFTER.match(text, end, end + 160)
    others = _PLACE_ITEM_RE.findall(before.group("items") + " " + (after.group() if after else ""))
    if not others:
        return False  # "in X": no list
    kinds = [tab.known.get(tuple(_unaccented(o).split()), ("", None))[1] for o in others]
    return EntityType.PLACE in kinds and all(k in (None, EntityType.PLACE) for k in kinds)


def _may_end_in(before: str, tail: str, last_words: tuple[str, ...]) -> bool:
    """False only where a pattern that ends in one of `last_words` and white space ("...\\s+$",
    re.IGNORECASE) cannot match `before` (`tail`: before.rstrip()): a necessary condition, not a test
    of its own. With a letter re.IGNORECASE folds to ASCII (İ ı ſ K) the pattern decides."""
    return len(tail) < len(before) and (
        tail.lower().endswith(last_words) or any(map(before.__contains__, CASE_FOLDS))
    )


#: Right before a name: a change that befalls a person ("the appointment of X", "the departure of X";
#: a death: "the death of X", "the passing away of X", "the demise of X").
_PERSON_EVENT_OF = re.compile(
    r"\b(?:appointment|departure|resignation|retirement|exit|ouster|firing|hiring|promotion|"
    r"succession|replacement|elevation|death|passing\s+away|passing|demise|funeral)\s+of\s+$",
    re.IGNORECASE,
)
#: Right after a name, a post given as: "X as its new chief executive", "X as CEO" (a title follows).
_AS_TITLE_AFTER = re.compile(
    r"\s+as\s+(?:(?:its|the|a|an|their|his|her)\s+)?(?:(?:new|next|permanent|sole)\s+)?"
)
#: Goods sold under a brand's name (closed-class nouns of goods, plural or not).
_GOODS = (
    r"food|foods|ice\s+cream|capsules|pods|drinks|beverages|snacks|chocolate|chocolates|cereal|cereals|"
    r"bars|biscuits|cookies|water|coffee|candy|sweets|noodles|yogurt|cosmetics|shampoo|shampoos|soap|"
    r"soaps|detergent|clothing|shoes|sneakers|apparel|chips|crisps|waffles|crackers|gum|pastries|soda|"
    r"sodas|beer|beers|juice|juices|sauce|sauces|soup|soups|toys"
)
#: A describing word before the goods' noun ("potato", "frozen", "dog"), never a verb nor a function
#: word: "Tallow makes chips", "X sold crisps", "X and its snacks" name a company.
_DESCRIBING = (
    r"(?!(?:[a-z]*(?:s|ed)|made|sold|bought|make|sell|buy|produce|and|or|of|to|in|for|with|the|its|a|an|"
    r"that|which)\s)[a-z]+\s+"
)
#: A name in a list: up to four capitalised words, "of" between two ("Bank of Tallow", "Call of Kestrel"),
#: and a brand named for two people ("Pat & Sue’s": "&" before a possessive, taken whole once seen).
_LIST_NAME = r"[A-Z][\w&.’'-]*(?:\s+(?:of\s+)?[A-Z][\w&.’'-]*){0,3}(?:\s+&\s+[A-Z][\w.-]*[’']s\b)?+"
#: A kinship noun (a closed class): the names after it, or in the list it opens, are persons ("his
#: three children - Ana, Lis and Tom -", "two daughters, Ana and Lis", "son of Ivo Stark", "the
#: wife of the late Ola Brandt"). "parent" is left out ("Google parent Alphabet").
_KIN = (
    r"(?:children|child|kids|sons?|daughters?|stepsons?|stepdaughters?|grandchildren|grandsons?|"
    r"granddaughters?|siblings?|brothers?|sisters?|half-brothers?|half-sisters?|stepbrothers?|"
    r"stepsisters?|twins?|wife|husband|spouse|widow|widower|mother|father|stepmother|stepfather|"
    r"grandmother|grandfather|nephews?|nieces?|cousins?|uncle|aunt|parents)"
)
_KIN_BEFORE = re.compile(
    rf"\b{_KIN}(?:\s+of\s+(?:the\s+late\s+)?|,?\s*(?:[—–:-]\s*)?(?:{_LIST_NAME}\s*,\s*){{0,6}}"
    rf"(?:{_LIST_NAME}\s*,?\s+(?:and|&)\s+)?)$"
)


#: A list of companies opened by their plural noun: "carmakers such as Harbour Motor, ", "Lenders,
#: such as X and ", "other units like X" (a company's units and subsidiaries, stop 40), "its banking partners,
#: including X" (a bank named by two surnames, stop 55). Every name in it is an organization (never "investors
#: including": persons; a brand list is _GOODS_LIST_BEFORE's).
_ORG_LIST_BEFORE = re.compile(
    r"\b(?i:companies|firms|carmakers|automakers|manufacturers|makers|businesses|startups|start-ups|"
    r"lenders|banks|chipmakers|retailers|airlines|units|subsidiaries|affiliates|divisions|entities|"
    r"institutions|insurers|miners|conglomerates|(?:banking|lending|financing)\s+partners)\s*,?\s+"
    r"(?:including|such\s+as|like)\s+"
    rf"(?:{_LIST_NAME}\s*,\s*)*(?:{_LIST_NAME}\s*,?\s+(?:and|or)\s+)?$"
    # a company's rivals listed right after their plural noun: "outbidding rivals A, B and ", "its
    # competitors A and " (a person named so keeps the given name's evidence, read before this)
    r"|\b(?:rivals|competitors|peers)\s+(?:(?:including|such\s+as|like)\s+)?"
    rf"(?:{_LIST_NAME}\s*,\s*)*(?:{_LIST_NAME}\s*,?\s+(?:and|or)\s+)?$"
)
#: A list of persons opened by a plural noun only people are called by ("business titans A and B",
#: "billionaires such as A, B and C"): every name in it is a person (an investor's or a holder's noun
#: may name companies too, and is left out).
_PERSON_LIST_BEFORE = re.compile(
    r"\b(?:titans|tycoons|billionaires|magnates|moguls|industrialists|financiers|entrepreneurs|bosses|"
    r"executives|businessmen|businesswomen|philanthropists)\s*,?\s+(?:(?:including|such\s+as|like)\s+)?"
    rf"(?:{_LIST_NAME}\s*,\s*)*(?:{_LIST_NAME}\s*,?\s+(?:and|or)\s+)?$"
)
#: The rule that types a firm named as the one a ranked firm trails or compares with (stop 51).
RANKED_FIRM = "entity.ranked-firm"
#: Before a firm a ranking names: "the second-largest bank behind ", "its fourth biggest lender, after ",
#: "second only to its rival ", "its rival " (a company's rival: "his rival" may be a person's).
_RANKED_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|No\.\s?\d{1,2})[\s-]"
    r"(?:[a-z]+est|biggest|largest)\s+(?P<noun>[a-z-]+)(?P<rest>(?:\s+[\w’'-]+){0,5}?),?\s+(?:behind|after|trailing)\s+"
    r"(?:(?:its|the)\s+(?:[a-z]+\s+)?(?:rival|competitor|peer)\s+)?$"
    r"|\b(?:second|third|fourth|fifth|sixth)\s+only\s+to\s+(?P<rival>(?:its|the)\s+(?:[a-z]+\s+)?"
    r"(?:rival|competitor|peer)\s+)?$"
    r"|\bits\s+(?:(?:larger|smaller|bigger|main|closest|biggest|chief|local|domestic)\s+)?(?:rival|competitor)\s+$"
)
#: After a name that is second only to: the firms of the ranking ("among Nordic banks", "among the
#: country's lenders").
_AMONG_FIRMS_AFTER = re.compile(
    r"\s+among\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}(?:banks|lenders|companies|firms|insurers|miners|carmakers|"
    r"automakers|retailers|airlines|groups|brands|chipmakers|conglomerates)\b"
)


#: A ranking's word right before a name (a "-based" place word between allowed): "behind X", "ahead of
#: Japan-based X", "trailing X".
_SHARE_RANK_BEFORE = re.compile(r"\b(?:behind|ahead\s+of|trailing)\s+(?:[A-Z][\w-]{0,30}-based\s+)?$")
#: A market share in brackets right after the name: "X (31.4 per cent)", "X (28%)".
_SHARE_IN_BRACKETS_AFTER = re.compile(r"\s*\(\s*\d{1,3}(?:\.\d{1,2})?\s*(?:%|per\s?cent|percent)\s*\)")
#: The nouns of a body's figures told as what they show (`DATA_SHOWED`).
DATA_NOUNS = ("data", "figures", "statistics", "estimates", "numbers")
#: Right after a name, its data, figures or estimates told as what they show: "<Firm> data showed", "Kestrel Research
#: figures suggest", "X estimates clearly indicate" (stop 53). The one reading: it types the name a firm here
#: (`_type_unknown`) and cites it as the source in attribution ("data-showed"); "sales data showed" names no one.
DATA_SHOWED = re.compile(
    r"\s+(?:" + "|".join(DATA_NOUNS) + r")\s+(?:\w+ly\s+)?"
    r"(?:showed|shows|show|suggested|suggests|suggest|indicated|indicates|indicate)\b",
    re.IGNORECASE,
)


def _ranked_firm(text: str, piece: list[Token], sent_start: int, after: str, tab: Tables) -> bool:
    """Is the piece the firm a ranking names: after "the <rank>-<superlative> <firm noun> behind"
    ("Spain's second largest lender behind X"), after "second only to" with a rival's noun or a list
    of firms after it ("second only to X among Nordic banks"), or after "its rival" (a company's)?
    A ranking of persons ("the second-richest man behind X") or a noun no firm's names no firm."""
    m = _RANKED_BEFORE.search(text, max(sent_start, piece[0].start - 160), piece[0].start)
    if m is None:
        return False
    noun = m.group("noun")
    if noun is not None:
        # the firm's noun may come after the trade's words ("the second-largest memory chip maker in
        # the world after X", stop 53)
        nouns = [noun, *m.group("rest").split()[:3]]
        return any(w in tab.org_nouns or w in _FIRM_TRADES or w.rstrip("s") in tab.org_nouns for w in nouns)
    if m.group(0).lstrip().startswith("its"):
        return True
    return bool(m.group("rival")) or _AMONG_FIRMS_AFTER.match(after) is not None


#: The same plural noun of companies right before their names, with no "including" between: "supermarket
#: giants A and B", "video game companies A, B and C", "two gaming firms, A and B" (stop 52).
_ORG_LIST_BARE_BEFORE = re.compile(
    r"\b(?:companies|firms|carmakers|automakers|manufacturers|makers|businesses|startups|start-ups|"
    r"lenders|chipmakers|retailers|airlines|insurers|miners|conglomerates|giants|chains|grocers|developers|"
    r"publishers|studios|operators)\s*,?\s+"
    rf"(?:{_LIST_NAME}\s*,\s*)*(?:{_LIST_NAME}\s*,?\s+(?:and|or)\s+)?$"
)
#: The same plural nouns closing a list after "and other" ("A and other lenders", "A as well as other
#: units like B", "A, among other retailers"): the name is one of them.
_ORG_LIST_AFTER = re.compile(
    r"\s*,?\s+(?:and|or|as\s+well\s+as|among)\s+other\s+(?:[a-z-]+\s+)?(?:companies|firms|carmakers|"
    r"automakers|manufacturers|makers|businesses|startups|start-ups|lenders|banks|chipmakers|retailers|"
    r"airlines|units|subsidiaries|affiliates|divisions)\b"
)
#: The joint before a list's last name: " and ", ", or ", " & " (a brand list's; a company list's takes
#: no "&").
_LIST_JOINT = r"\s*,?\s+(?:and|or|&)\s+"

#: A company's units named in a list that their plural noun opens in apposition ("its two coal units,
#: A and B", "Orbitex's African subsidiaries: A, B and ") or closes ("A and B – two units of Z", "A and
#: B, its listed subsidiaries"): a person is never a unit. The list must hold two names or more (a
#: comma after "units" may open the reporting clause's speaker: "in its units, Ivo Stark said").
_UNIT_PLURALS = r"(?:units|subsidiaries|affiliates|divisions|businesses)"
_UNIT_LIST_BEFORE = re.compile(
    rf"\b{_UNIT_PLURALS}\s*(?:,|:|[—–])\s*(?P<items>(?:{_LIST_NAME}(?:\s*,\s*|{_LIST_JOINT}))*)$"
)
#: A list's earlier item right before a name ("A and ", "A, "); the rest of a list after one ("
#: and B", ", B and C").
_LIST_ITEM_BEFORE = re.compile(rf"{_LIST_NAME}(?:\s*,\s*|{_LIST_JOINT})$")
_UNIT_PLURAL_NEXT = re.compile(rf"\s+{_UNIT_PLURALS}\b")
_UNIT_LIST_CLOSES = re.compile(rf"(?:(?:\s*,\s*|{_LIST_JOINT}){_LIST_NAME}){{1,8}}\s+{_UNIT_PLURALS}\b")
_UNIT_LIST_GOES_ON = re.compile(rf"(?:\s*,\s*{_LIST_NAME})*{_LIST_JOINT}[A-Z]")
_UNIT_LIST_AFTER = re.compile(
    rf"(?P<items>(?:(?:\s*,\s*|{_LIST_JOINT}){_LIST_NAME})*)\s*(?:,|[—–]|\s-)\s*"
    r"(?:(?:the|its|their|both|two|three|four|five|all)\s+)*(?:[A-Za-z][\w-]*\s+){0,3}"
    rf"{_UNIT_PLURALS}(?:\s+of\b|\s*[,.;)]|$)"
)


#: A company's partner in business named after its owner: "its cloud computing partner ", "Orbitex's
#: chip partner ", "their distribution partners A and " (never a post: "managing partner", "founding
#: partner", "senior partner", "general partner", "equity partner", "name partner").
_BUSINESS_PARTNER_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir|[Oo]ur)|[’']s)\s+(?:(?!(?:managing|founding|senior|junior|general|name|named|equity|"
    r"former|new|a|an|the)\b)[a-z][\w-]*\s+){1,3}partners?\s*,?\s+"
    rf"(?:{_LIST_NAME}(?:\s*,\s*|{_LIST_JOINT}))*$"
)


def _unit_listed(text: str, piece: list[Token], sent_start: int) -> bool:
    """Is the name one of a list of two or more that a unit's plural noun opens or closes (above)?"""
    end = piece[-1].bare_end
    before = _UNIT_LIST_BEFORE.search(text, max(sent_start, piece[0].start - 150), piece[0].start)
    if before is not None and (before.group("items") or _UNIT_LIST_GOES_ON.match(text, end, end + 80)):
        return True
    if _UNIT_PLURAL_NEXT.match(text, end, end + 20) and _LIST_ITEM_BEFORE.search(
        text, max(sent_start, piece[0].start - 60), piece[0].start
    ):
        return True  # "its A, B and C businesses": the list's last name right before the plural
    if _UNIT_LIST_CLOSES.match(text, end, end + 160):
        return True  # "its A, B and C businesses": a name the list goes on from to the plural
    after = _UNIT_LIST_AFTER.match(text, end, end + 160)
    if after is None:
        return False
    return bool(after.group("items")) or bool(
        _LIST_ITEM_BEFORE.search(text, max(sent_start, piece[0].start - 60), piece[0].start)
    )


#: THE brand-list rule (stop 36: the facts read its marks instead of a grammar of their own). A list
#: of what a company makes or owns, by its closed-class words:
#: - opened by a brand's or goods' noun ("household brands such as A, B and ", "labels like A and ",
#:   "whose best-known brands include A, ", "snacks, including A, ", "brands owned by X include A, ",
#:   "such popular brands as A, ") or by a maker's noun and "of" ("makers of A, B and ", "the inventor
#:   of A & ", "developer of A"): its names are brands;
#: - opened by an owner's noun and "of" ("the owner of A and ", "parent company of A, ") or by "whose"
#:   and a holding's noun ("whose businesses include A"): its names are what a company owns -- brands
#:   or companies, never the owner;
#: an item before a comma may carry its goods' words ("include A stock cubes, B and "), and an owner's
#: possessive may stand right before the name ("including its owner’s A").
_LIST_ITEMS = (
    rf"(?P<items>(?:{_LIST_NAME}(?:\s+[a-z]+){{0,2}}\s*,\s*)*"
    rf"(?:{_LIST_NAME}(?:\s+(?:{_DESCRIBING}){{0,2}}(?:{_GOODS}))?{_LIST_JOINT})?)"
    r"(?:[A-Z][\w&.-]*[’'](?:s\b)?\s+|[A-Z][\w&.’'-]*\s+of\s+)?$"  # or the tail of "A of B"
)
_GOODS_LIST_BEFORE = re.compile(
    r"(?:(?P<brand>\b(?i:brands|labels|marques|products|snacks|drinks|beverages|goods|sweets|candies|"
    r"chocolates|cereals|beers|wines|spirits|cosmetics|toys|franchises|games)"
    rf"(?:\s+(?:owned|made|sold|marketed)\s+by\s+{_LIST_NAME})?(?:\s*,|\s+[—–-])?\s+"
    r"(?:(?:which|that)\s+)?(?:such\s+as|like|including|include|includes|included|are|range\s+from)"
    r"|(?:[’']s|\b[Ii]ts|\b[Tt]heir)\s+(?:[a-z-]+\s+)?brands?"  # "Orla’s brand A and B", "its snack brands A, B"
    r"|\bsuch\s+(?:[a-z-]+\s+){0,2}(?:brands|labels|products|snacks|drinks)\s+as"
    r"|\b(?i:makers?|producers?|manufacturers?|inventors?|creators?|developers?)\s+of(?:\s+(?:the|such))?)"
    r"|(?P<owned>\b(?i:owners?|proprietors?|parent(?:\s+company)?)\s+of(?:\s+(?:the|such))?"
    r"|\b(?:which|that)\s+(?:also\s+|now\s+)?owns"  # "<Group>, which owns A, B and C"
    r"|\bwhose\s+(?:[a-z-]+\s+){0,3}?(?:names|portfolio|businesses|holdings)\s+"
    r"(?:include|includes|including|range\s+from|such\s+as|like|are)))\s+" + _LIST_ITEMS
)
#: The names after one of a list up to its joint: ", B, C" (a brand's possessive spelling, "A’s and
#: B", allowed).
_LIST_MIDDLE = rf"(?:[’']s)?(?:\s*,\s*{_LIST_NAME})*"
#: The rest of a list of names after one of them: ", B and C", " and C".
_LIST_REST = rf"{_LIST_MIDDLE}(?:{_LIST_JOINT}{_LIST_NAME})?"
#: The list goes on after a name to a name after its joint: ", B and C", " & C".
_LIST_CLOSES_AFTER = re.compile(rf"^{_LIST_MIDDLE}{_LIST_JOINT}[A-Z]")
#: A list closed by its maker or its owner ("A and B maker X", "the A maker", "A-maker X", "A, B and C
#: owner X"): the names are its brands (a maker's) or its holdings (an owner's).
_MAKER_AFTER = re.compile(
    rf"^{_LIST_REST}(?:\s*-\s*|\s+)(?:(?P<brand>maker|makers|producer|producers|manufacturer|manufacturers)"
    r"|(?P<owned>owner|owners))\b"
)
#: The words one of which opens every list `_GOODS_LIST_BEFORE` finds (its nouns of brands and goods,
#: "such", its makers' and owners' nouns, "whose"), lower-case: where none stands before a name, no
#: list does (`needle_within`; tests/test_speed_gates_s37.py holds each opener to it).
_GOODS_OPENERS = fewest_needles(
    (
        "brand",
        "labels",
        "marques",
        "products",
        "snacks",
        "drinks",
        "beverages",
        "goods",
        "sweets",
        "candies",
        "chocolates",
        "cereals",
        "beers",
        "wines",
        "spirits",
        "cosmetics",
        "toys",
        "franchises",
        "games",
        "such",
        "maker",
        "producer",
        "manufacturer",
        "inventor",
        "creator",
        "developer",
        "owner",
        "proprietor",
        "parent",
        "whose",
        "owns",
    )
)
#: The rules of `listed_goods`: a brand of a list (typed a product), or a holding of a list (typed as its
#: other evidence says). Neither is ever a party of the owner's deal.
OWNED_RULE = "entity.owned-list"
#: The marks `_mark_listed_goods` gives a mention of an organization that stands in such a list: a
#: brand's, or a holding's (the event facts read them: no party).
LISTED_BRAND, LISTED_HOLDING = "entity.listed-brand", "entity.listed-holding"
LISTED_MENTION_RULES = frozenset({LISTED_BRAND, LISTED_HOLDING})


def listed_goods(text: str, start: int, end: int, possessive: bool, sent_start: int) -> str | None:
    """THE brand-list rule: is the name at text[start:end] an item of a list of what a company makes or
    owns? The rule that says so, or None: "entity.brand-maker" (closed by its maker: "A and B maker
    X"), "entity.brand-goods" (closed by its goods: "A and B shampoos"), "entity.brand-list" (opened by
    a brand's, goods' or maker's noun: "brands such as", "makers of"), OWNED_RULE (opened or closed by
    an owner: "the owner of A", "A and B owner X"). A name after a bare comma is an item only when the
    list goes on to an "and" after it ("the maker of A, Z, said": Z is the maker named after its
    brand). Each pattern reads a window of bounded length at the name: linear in the text."""
    after = text[end : end + 160]
    # a maker's or an owner's noun closes every match of `_MAKER_AFTER`, the brands' of `_BRANDS_CLOSE_AFTER`: a
    # window holding none is not matched (`needle_within`, the nouns found once per page; stop 54)
    m = _MAKER_AFTER.match(after) if needle_within(text, _MAKER_NEEDLES, end, end + 160) else None
    if m:
        return "entity.brand-maker" if m.group("brand") else OWNED_RULE
    if possessive and (_BRAND_NEXT.match(after) or not (_LOWER_NEXT.match(after) or _STOP_NEXT.match(after))):
        # "Orvane’s Glimmer and Tessa shampoos": the owner of the brands ("brands include Hadley’s,
        # Nimbo": a brand's possessive spelling before a comma or a stop is an item of the list)
        return None
    if not possessive and _GOODS_LIST_AFTER.match(after):
        return "entity.brand-goods"
    if (
        needle_within(text, _BRANDS_NEEDLES, end, end + 160)
        and _BRANDS_CLOSE_AFTER.match(after)
        and (
            _COMMA_AHEAD.match(after) or _COMMA_LIST_BEFORE.search(text, max(sent_start, start - 120), start)
        )
        and _BRANDS_OPENED_BEFORE.search(text, max(sent_start, start - 160), start)
    ):
        # "which includes the A, B, C & D’s and E brands": what a company owns or sells, a list of three
        # or more ("held posts at the A, B, C and D brands" names a group's companies)
        return "entity.brand-goods"
    lo = max(sent_start, start - 160)
    if not needle_within(text, _GOODS_OPENERS, lo, start):
        return None  # no opener of a list in the window: the search below cannot match
    m = _GOODS_LIST_BEFORE.search(text, lo, start)
    if m is None:
        return None
    if m.group("items").rstrip().endswith(",") and not _LIST_CLOSES_AFTER.match(after):
        return None
    # also a brand spelled as a possessive: "brands such as Glim’s tea"
    return "entity.brand-list" if m.group("brand") else OWNED_RULE


def _brand_cue(text: str, piece: list[Token], sent_start: int) -> str | None:
    """The rule that types `piece` a brand by the words around it (`listed_goods`), or None (a holding
    of an owner's list is typed by its other evidence)."""
    rule = listed_goods(text, piece[0].start, piece[-1].end, piece[-1].possessive, sent_start)
    return None if rule == OWNED_RULE else rule


HOUSE_RULE = "entity.house"
#: A house's or a label's own word after the name, the name owned ("its X label", "the X fashion house").
_HOUSE_AFTER = re.compile(r"\s+(?:(?:fashion|couture|luxury|design|record)\s+(?:label|house)|label)\b")
_OWNED_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir|[Tt]he)|[’']s)\s+$")
#: ... or before it: "the fashion house X", "record label X".
_HOUSE_BEFORE = re.compile(r"\b(?:fashion|couture|luxury|design|record)\s+(?:house|label)\s+$")


def _house_cue(text: str, piece: list[Token], sent_start: int) -> bool:
    """A house or a label a group owns, told by the page's word for it: "its X label", "the X fashion
    house", "the fashion house X" (a house named after its founder, "Anna Corvi", too), or a name with
    a person's shape among what a company owns ("<Group>, which owns A, B and <Given Surname>"): a
    label or a house is a company, and a thing owned is no person."""
    if piece[-1].possessive:
        return False
    start, end = piece[0].start, piece[-1].end
    before = text[max(sent_start, start - 40) : start]
    if _HOUSE_AFTER.match(text, end, end + 30) and _OWNED_BEFORE.search(before):
        return True
    if _HOUSE_BEFORE.search(before):
        return True
    return 2 <= len(piece) <= 3 and listed_goods(text, start, end, False, sent_start) == OWNED_RULE


#: A lower-case word right after a possessive: "X’s ice cream" (what X is the brand of), not "X’s Y".
_LOWER_NEXT = re.compile(r"(?:[’']s)?\s+[a-z]")
#: "X’s brand A", "X’s brands": the owner of the brand named after it.
_BRAND_NEXT = re.compile(r"(?:[’']s)?\s+brands?\b")
#: A list of three names or more (a comma in it) closed by the brands' noun: "A, B and C brands" (a
#: name or two before "brands" may be their owners: "Orla brands", "the Orla and Tamsin brands").
_BRANDS_CLOSE_AFTER = re.compile(rf"^{_LIST_REST}\s+(?:brands|labels|marques)\b")
#: The nouns that close a match of `_MAKER_AFTER` and of `_BRANDS_CLOSE_AFTER`: one of them stands in every match
#: (stop 54).
_MAKER_NEEDLES = ("maker", "producer", "manufacturer", "owner")
_BRANDS_NEEDLES = ("brands", "labels", "marques")
_COMMA_AHEAD = re.compile(r"^(?:[’']s)?\s*,\s*[A-Z]")
#: ... opened by a verb of owning or selling and "the": "which includes the A, ", "it sells the A, B and ".
_BRANDS_OPENED_BEFORE = re.compile(
    rf"\b(?:includes?|including|owns?|makes?|sells?|markets?)\s+the\s+(?:{_LIST_NAME}(?:\s*,\s*|{_LIST_JOINT})){{0,8}}$"
)
_COMMA_LIST_BEFORE = re.compile(rf"{_LIST_NAME}\s*,\s*(?:{_LIST_NAME}(?:\s*,\s*|{_LIST_JOINT}))*$")
#: A punctuation mark right after a possessive: "Hadley’s, Nimbo", "and Pat & Sue’s." (a list's item).
_STOP_NEXT = re.compile(r"(?:[’']s)?\s*[,.;:)—–]")


#: A post taken over from someone: "will take over from X", "took over the role from X" -- the one who
#: held it, a person when the name has a person's shape (not "from" a place or a company).
#: "to succeed X", "succeeding X": the one whose post is taken, a person.
_SUCCEEDS = re.compile(r"\b(?:succeed|succeeds|succeeded|succeeding)\s+$", re.IGNORECASE)
_SUCCEEDS_FROM = re.compile(
    r"\b(?:take|takes|took|taken|taking)\s+over\s+(?:(?:the|his|her|its)\s+(?:role|post|job|reins)\s+)?from\s+$",
    re.IGNORECASE,
)


#: A company's own organ: a board or committee named by its task ("Supervisory Board", "Audit Committee",
#: "Works Council", "<Company> Board of Directors"). The company is the entity; its organ is no other one.
_ORGAN_TASKS = frozenset(
    {
        "supervisory",
        "management",
        "audit",
        "compensation",
        "nominating",
        "remuneration",
        "works",
        # a board's committee named for the task it is set up for: "the Special Committee", "an
        # Independent Committee of its Board" (stop 54)
        "special",
        "independent",
        "transaction",
    }
)
_ORGAN_HEADS = frozenset({"board", "committee", "council"})
_ORGAN_OF = frozenset({"directors", "management"})


#: The kind of body between a nationality and a name: "Swiss NGO Public Eye".
_KIND_ACRONYMS = frozenset({"NGO", "NPO"})
#: A region's noun after a name: "the Americas region", "the Latin American zone" (a place, no company).
_REGION_NOUN_AFTER = re.compile(r"^\s+(?:region|regions|zone|zones)\b")
#: A company's unit named by a capitalized word: "the Upstream business division", "its Retail segment".
_UNIT_NOUN_AFTER_NAME = re.compile(r"^\s+(?:business\s+)?(?:division|segment)\b")
#: An event named after a name: "the <Name> oil spill", "the <Name> scandal" (no organization).
_EVENT_AFTER = re.compile(r"^\s+(?:oil\s+|emissions\s+|accounting\s+)?(?:spill|scandal|affair)\b")
#: The first word of a company's unit named as a post's domain: "CEO Zone Americas", "Division Europe".
_UNIT_WORDS = frozenset({"zone", "region", "division", "segment"})


def _company_organ(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    if len(low) >= 2 and low[-1] in _ORGAN_HEADS and low[-2] in _ORGAN_TASKS:
        return True
    return len(low) >= 3 and low[-3:-1] == ["board", "of"] and low[-1] in _ORGAN_OF


def _organ_of_named(words: list[str]) -> bool:
    """A company's organ and the company it belongs to: "Special Committee of Tessel", "Audit Committee
    of the Brisa Group" (stop 54). The organ is no entity (an unnamed body); the company is named on
    its own."""
    low = [w.lower() for w in words]
    k = low.index("of") if "of" in low else 0
    return k >= 2 and 1 <= len(low) - k - 1 <= 4 and _company_organ(words[:k])


def _not_given(word: str, tab: Tables) -> bool:
    """Is the word an adjective or a participle ("Scientific", "Seeking"), no given name ("Irving")?"""
    low = word.lower()
    if word in tab.first_names or not low.endswith(_NOT_GIVEN_ENDINGS):
        return False
    return not low.endswith("ing") or len(low) >= 7


#: The endings a nationality adds to its land's name (or to the name without its last letter):
#: "Kenya" -> "Kenyan", "Argentina" -> "Argentinian", "Peru" -> "Peruvian", "Malta" -> "Maltese".
#: The lower-case word right after a word: "peso" of "the Argentinian peso".
_NOUN_AFTER_WORD = re.compile(r" ([a-z]+)\b")
_DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "vian", "ese", "i", "ish")


@functools.cache
def _section_words() -> frozenset[str]:
    """The words of a site's section labels before an outlet's head ("Latest News"; lexicon stopwords `section_words`)."""
    return frozenset(words("stopwords", "section_words"))


@functools.cache
def _demonym_prefixes() -> frozenset[str]:
    """The joining forms of nationalities ("Anglo", "Franco", "Sino"; lexicon stopwords `demonym_prefixes`)."""
    return frozenset(words("stopwords", "demonym_prefixes"))


def hyphen_nationality(word: str, tab: Tables) -> bool:
    """Is the word two or more nationalities joined by hyphens, the last one a nationality and each one before it a
    nationality or its joining form: "Anglo-Dutch", "Franco-Belgian", "Swiss-Swedish", "Sino-Japanese" (stop 57)? A
    company's hyphenated name ("Rolls-Royce") is none."""
    parts = word.split("-")
    if len(parts) < 2 or not is_demonym(parts[-1], tab):
        return False
    return all(p in _demonym_prefixes() or is_demonym(p, tab) for p in parts[:-1])


def is_demonym(word: str, tab: Tables) -> bool:
    """A nationality adjective: one of the closed class (`tab.demonyms`), or a known place's one-word
    name (four letters or more, its last letter dropped or not) with a nationality's ending
    ("Argentinian", "Peruvian", "Chilean"). A word that is itself a known name ("Milan") is none."""
    if word in tab.demonyms:
        return True
    head: tuple[str, ...] = ()
    if " " in word:
        # "Saudi Arabian", "South African": a known place of two words with a nationality's ending
        first, _, word = word.rpartition(" ")
        head = tuple(first.split())
        if len(head) != 1 or not head[0][:1].isupper():
            return False
    if (
        len(word) < 5
        or not word[0].isupper()
        or not word[1:].islower()
        or (not head and (word,) in tab.known)
    ):
        return False
    for cut in (len(word) - 1, len(word) - 2, len(word) - 3, len(word) - 4):
        stem = word[:cut]
        ending = word[cut:]
        if ending not in _DEMONYM_ENDINGS or len(stem) < 4:
            continue
        for place in (stem, stem + "a", stem + "e", stem + "y", stem + "o"):
            hit = tab.known.get((*head, place))
            if hit is not None and hit[1] == EntityType.PLACE:
                return True
    return False


def _acronyms(text: str, toks: list[Token], tab: Tables) -> list[tuple[Candidate, Candidate]]:
    """ "Long Form (LF)" and "LF (Long Form)" pairs whose initials match (Schwartz–Hearst style)."""
    pairs = []
    for i, tok in enumerate(toks):
        if tok.text != "(" or i + 2 >= len(toks):
            continue
        inner = toks[i + 1]
        close = toks[i + 2]
        if close.text != ")" and close.is_cap and _is_acronym(inner.text):
            pair = _short_name_pair(toks, i)
            if pair is not None:
                pairs.append(pair)
                continue
        if close.text == ")" and _is_acronym(inner.text):
            letters = _expand(inner.text)
            j = i - 1
            got = ""
            start = None
            while j >= 0 and len(got) < len(letters) and toks[j].is_word:
                w = toks[j].bare
                if w.lower() in ("and", "of", "for", "the", "&", "on", "in"):
                    j -= 1
                    continue
                if not toks[j].is_cap:
                    break
                got = _initials(w) + got
                start = j
                j -= 1
            if (
                start is not None
                and start > 0
                and toks[start].bare in tab.org_suffixes
                and toks[start - 1].is_cap
                and toks[start - 1].bare not in tab.function_words
                and toks[start - 1].bare[:1] == inner.text[:1]
                and text[toks[start - 1].end : toks[start].start] == " "
            ):
                # "Orla Capital Corp IV (OCIV)": the letters fit from the company word on, but a name
                # never opens with one; the name's own word before it opens the long form (stop 53)
                start -= 1
            if start is not None and _initials_fit(got, inner.text):
                long = Candidate(
                    tuple(t.text for t in toks[start:i]),
                    toks[start].start,
                    toks[i - 1].end,
                    None,
                    "entity.acronym",
                )
                short = Candidate((inner.text,), inner.start, inner.end, None, "entity.acronym")
                pairs.append((long, short))
            continue
        # "FAIR (Fundamental AI Research)"
        if i >= 1 and _is_acronym(toks[i - 1].text):
            k = i + 1
            while k < len(toks) and toks[k].text != ")" and k - i < 10:
                k += 1
            if k < len(toks) and toks[k].text == ")":
                inner_toks = [t for t in toks[i + 1 : k] if t.is_word]
                caps = [t for t in inner_toks if t.is_cap]
                if inner_toks and all(
                    t.is_cap or t.text.lower() in ("and", "of", "for", "the", "on", "in") for t in inner_toks
                ):
                    got = "".join(_initials(t.text) for t in caps)
                    if _initials_fit(got, toks[i - 1].text):
                        long = Candidate(
                            tuple(t.text for t in toks[i + 1 : k]),
                            toks[i + 1].start,
                            toks[k - 1].end,
                            None,
                            "entity.acronym",
                        )
                        short = Candidate(
                            (toks[i - 1].text,), toks[i - 1].start, toks[i - 1].end, None, "entity.acronym"
                        )
                        pairs.append((long, short))
    return pairs


#: The small words a term spelt out in lower case may hold that its acronym skips ("return on equity").
_TERM_SKIPS = frozenset({"and", "of", "for", "the", "on", "in", "to"})


def _spelt_terms(toks: list[Token]) -> set[str]:
    """ "field programmable gate arrays (FPGAs)", "a system-on-chip (SoC)", "its enterprise resource
    planning (ERP) software": an acronym in brackets whose letters (a plural's "s" aside) are the
    initials of the lower-case words right before it, each part of a hyphened word giving one, is a
    common term's short form, no one's name. Its forms (singular and plural) are returned, so that
    the page's other mentions of it are no name either. A capitalised long form ("Advanced Micro
    Devices (AMD)") is a name's and is left to `_acronyms`."""
    terms: set[str] = set()
    for i in range(1, len(toks) - 2):
        if toks[i].text != "(":
            continue
        inner = toks[i + 1]
        if toks[i + 2].text == ")" and _is_acronym(inner.text):
            words: list[str] = []  # the lower-case words before the bracket, nearest last
            j = i - 1
            while j >= 0 and len(words) < len(inner.text) + 3 and toks[j].is_word and toks[j].text.islower():
                words.insert(0, toks[j].text)
                j -= 1
            terms.update(_spelt_forms(inner.text, words, ends=False))
        elif _is_acronym(toks[i - 1].text) and inner.text.islower():
            # "FPGAs (field-programmable gate arrays)": the term spelt out in the brackets after it
            words = []
            j = i + 1
            while j < len(toks) and len(words) < len(toks[i - 1].text) + 3 and toks[j].text.islower():
                words.append(toks[j].text)
                j += 1
            if j < len(toks) and toks[j].text == ")":
                terms.update(_spelt_forms(toks[i - 1].text, words, ends=True))
    return terms


def _spelt_forms(acronym: str, words: list[str], ends: bool) -> set[str]:
    """The acronym's singular and plural forms when its letters (a plural's "s" aside) are the initials
    of the last lower-case words of `words` (with `ends`, of all of them), else none."""
    plural = acronym.endswith("s") and acronym[:-1].isupper()
    single = acronym[:-1] if plural else acronym
    letters = _expand(single).lower()
    starts = (0,) if ends else range(len(words))
    if any(_term_initials(words[k:], skip) == letters for k in starts for skip in (False, True)):
        return {single, single + "s"}
    return set()


def _term_initials(words: list[str], skip: bool) -> str:
    """The initials of lower-case words, each part of a hyphened word giving one ("system-on-chip":
    "soc"); with `skip`, the small words ("of", "and") give none ("return on equity": "re")."""
    return "".join(
        part[0]
        for w in words
        if not (skip and w in _TERM_SKIPS)
        for part in w.replace("‐", "-").split("-")
        if part
    )


#: The words that may stand inside a long name before its bracketed short name ("Bank of Canada").
_LONG_NAME_JOINTS = frozenset({"of", "&", "for", "de"})


def _same_stem(short: str, long: str) -> bool:
    """ "Investments" and "Investment", "Pension" and "Pensions": one word but for its ending (the first
    five letters alike, or the whole of the shorter one of four letters or more)."""
    a, b = short.lower(), long.lower()
    n = min(len(a), len(b), 5)
    return n >= 4 and a[:n] == b[:n]


def _short_name_pair(toks: list[Token], i: int) -> tuple[Candidate, Candidate] | None:
    """ "Canada Pension Plan Investment Board (CPP Investments)": a short name in brackets after an
    organization's long name, its capitals the initials of the long name's first words and its other
    words (at most three) the long name's later words but for their endings, is the name the text
    goes on to use for it: one organization, named by the long name. `toks[i]` is the "(", and the
    tokens after it are a capitalized acronym and a capitalized word."""
    k = i + 1
    while k < len(toks) and k - i <= 4 and toks[k].text != ")":
        if not (toks[k].is_word and toks[k].is_cap):
            return None
        k += 1
    if k >= len(toks) or toks[k].text != ")":
        return None
    letters = _expand(toks[i + 1].text).lower()
    tail = [t.bare for t in toks[i + 2 : k]]
    j = i
    while j > 0 and toks[j - 1].is_word and (toks[j - 1].is_cap or toks[j - 1].bare in _LONG_NAME_JOINTS):
        j -= 1
    for s in range(j, i):
        if not toks[s].is_cap:
            continue
        caps = [t.bare for t in toks[s:i] if t.is_cap]
        if len(caps) <= len(letters) or "".join(w[0] for w in caps[: len(letters)]).lower() != letters:
            continue
        rest = caps[len(letters) :]
        if all(any(_same_stem(w, r) for r in rest) for w in tail):
            long = Candidate(
                tuple(t.text for t in toks[s:i]), toks[s].start, toks[i - 1].end, None, "entity.acronym"
            )
            short = Candidate(
                tuple(t.text for t in toks[i + 1 : k]),
                toks[i + 1].start,
                toks[k - 1].end,
                None,
                "entity.acronym",
            )
            return long, short
    return None


def _acronym_type(text: str, long: Candidate, short: Candidate, tab: Tables) -> EntityType:
    end = max(long.end, short.end)
    m = re.match(r"^\)?\s+([a-z][\w-]*)", text[end : end + 40])
    if m and m.group(1) in tab.program_nouns:
        return EntityType.PROGRAM
    if m and m.group(1) in tab.product_nouns:
        return EntityType.PRODUCT
    if _MINE_AFTER.match(text, long.end, long.end + 200) or _MINE_AFTER.match(text, end, end + 200):
        return EntityType.PLACE  # "the Pampa Alta (PA) mine": a mine's short name (stop 51)
    head = long.tokens[-1]
    if head in tab.program_heads:
        return EntityType.PROGRAM
    if head.lower() in tab.product_nouns and head not in tab.org_suffixes:
        # "ACAP (Adaptive Compute Acceleration Platform)", "Quill Design Engine (QDE)": the long form's
        # head is a product's noun ("Platforms", "Devices" head a company's name)
        return EntityType.PRODUCT
    # "Language Model for Dialogue Applications": the head before "for"/"of" says what it is; "the
    # language model LaMDA (...)": so does the noun before the pair
    cut = next((k for k, w in enumerate(long.tokens) if w in _LONG_NAME_JOINTS), len(long.tokens))
    if cut and long.tokens[cut - 1] in tab.product_heads:
        return EntityType.PRODUCT
    before = _NOUN_BEFORE.search(
        text, max(0, min(long.start, short.start) - 40), min(long.start, short.start)
    )
    if before and before.group(1).lower() in tab.product_nouns:
        return EntityType.PRODUCT
    return EntityType.ORG


#: Initials joined by an ampersand ("F&R", "C&M"), a unit's or a firm's short name (stop 59).
_AMPERSAND_INITIALS = re.compile(r"^[A-Z]{1,3}(?:&[A-Z]{1,3})+$")
#: The words that join a spelled-out name's parts ("Cards and Mobility", "Cards & Mobility").
_NAME_JOINTS = frozenset({"and", "&"})


def _joined_initials(tokens: tuple[str, ...]) -> str | None:
    """The initials of a name whose capitalised words are joined by "and" or "&" ("Cards and Mobility" -> "C&M"),
    or None for any other name."""
    words, joints = tokens[::2], tokens[1::2]
    if len(words) < 2 or not all(j in _NAME_JOINTS for j in joints):
        return None
    if not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return "&".join(w[0] for w in words)


def _outlet_named_companies(candidates: list[Candidate], text: str) -> list[Candidate]:
    """ "Keller Reuters declined to comment", "and Keller Reuters 40%": a word and a news agency's name the run split
    (at a sentence's start, before a figure) are the company the page names so elsewhere ("talks on Keller Reuters
    selling", "Keller Reuters Corp"), one name, never a word and the agency (stop 59)."""
    named = {
        c.tokens[:2]
        for c in candidates
        if len(c.tokens) >= 2 and not c.initial and c.type == EntityType.ORG and c.rule in _OUTLET_NAMED_RULES
    }
    if not named:
        return candidates
    out: list[Candidate] = []
    i = 0
    while i < len(candidates):
        c = candidates[i]
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        if (
            nxt is not None
            and len(c.tokens) == 1
            and len(nxt.tokens) == 1
            and nxt.type == EntityType.OUTLET
            and (c.tokens[0], nxt.tokens[0]) in named
            and text[c.end : nxt.start] == " "
        ):
            out.append(
                Candidate((c.tokens[0], nxt.tokens[0]), c.start, nxt.end, EntityType.ORG, OUTLET_IN_NAME)
            )
            i += 2
            continue
        out.append(c)
        i += 1
    return out


#: The rules that type a company named after a news agency, whose two first words join a split run (stop 59).
_OUTLET_NAMED_RULES = frozenset({OUTLET_IN_NAME, "entity.org-suffix", "entity.listed"})


def _ampersand_initials(
    candidates: list[Candidate], text: str, tab: Tables
) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """ "the Cards and Mobility business ... a newly separated C&M business", "Cards & Mobility (C&M)": initials
    joined by an ampersand, in brackets or not, whose letters are the initials of a name the page spells out with
    its words joined by "and" or "&" are that name's short form, one organization (the spelled name kept even when
    its words are common ones: the initials show it is a name). Initials used alone keep their own reading;
    initials that fit no spelled name on the page stay apart; a common idea's ("R&D", "M&A") never joins, nor a pair
    no mention of which stands before a unit's noun ("General & Administrative (G&A) expenses": a line of the
    accounts; stop 59).
    Returns the candidates to add (each mention, typed an organization) and the pairs to merge."""
    shorts = [c for c in candidates if len(c.tokens) == 1 and _AMPERSAND_INITIALS.match(c.tokens[0])]
    shorts = [c for c in shorts if c.tokens[0] not in tab.generic]
    if not shorts:
        return [], []
    longs: dict[str, list[Candidate]] = {}
    for c in candidates:
        got = _joined_initials(c.tokens)
        if got is not None:
            longs.setdefault(got, []).append(c)
    added: list[Candidate] = []
    pairs: list[tuple[Candidate, Candidate]] = []
    for short in shorts:
        spelled = longs.get(short.tokens[0])
        if not spelled or not any(unit_named_at(text, c.start, c.end) for c in (short, *spelled)):
            continue  # "General & Administrative (G&A) expenses": a line of the accounts, no unit
        typed = [
            Candidate(c.tokens, c.start, c.end, EntityType.ORG, "entity.acronym") for c in (short, *spelled)
        ]
        added.extend(typed)
        pairs.append((typed[1], typed[0]))
    return added, pairs


def _initials_fit(got: str, acronym: str) -> bool:
    """The long name's initials are the short name's letters ("CJADC2"), or, for a short name that
    mixes cases, its capitals ("LaMDA" for "Language Model for Dialogue Applications")."""
    if got.lower() == _expand(acronym).lower():
        return True
    capitals = "".join(c for c in acronym if c.isupper())
    return any(c.islower() for c in acronym) and len(capitals) >= 3 and got == capitals


def _is_acronym(word: str) -> bool:
    return (
        2 <= len(word) <= 10 and word[0].isupper() and sum(c.isupper() for c in word) >= 2 and word.isalnum()
    )


def _expand(acronym: str) -> str:
    """ "CJADC2" -> "CJADCC" (a digit repeats the letter before it)."""
    out = ""
    for ch in acronym:
        if ch.isdigit() and out:
            out += out[-1] * (int(ch) - 1)
        elif ch.isalpha():
            out += ch
    return out


def _initials(word: str) -> str:
    if word.isupper() and len(word) <= 5:
        return word
    return "".join(part[0] for part in re.split(r"[-‐]", word) if part)


@dataclass(slots=True)
class EntityResult:
    entities: list[Entity]
    #: mention span -> entity id, for the attribution and claim steps
    mention_index: list[tuple[int, int, str, EntityType]]


def find_entities(
    article_id: str,
    text: str,
    sentences: list[tuple[int, int]],
    headings: set[tuple[int, int]],
    silent: frozenset[tuple[int, int]] = frozenset(),
) -> EntityResult:
    """`headings` (and furniture such as a byline) are read for names already known only; in the
    `silent` sentences (a byline, a wire's credit line) no mention is taken at all: who wrote the
    article is its metadata, not a name in the story."""
    tab = tables()
    candidates: list[Candidate] = []
    acronym_pairs: list[tuple[Candidate, Candidate]] = []
    nicknames: list[Nickname] = []
    terms: set[str] = set()  # common terms' short forms the page spells out ("SoC", `_spelt_terms`)
    sentence_tokens: list[tuple[tuple[int, int], list[Token]]] = []
    # One walk of each sentence's tokens gives the tokens, the marked ones (capitalized, or opening
    # with a digit: the only ones the runs and pass B start at) and the lower-case words.
    marks_by_sentence: dict[tuple[int, int], list[int]] = {}
    lower_words: set[str] = set()
    splits = _split_memo(tab)  # each distinct run is split once (`_pieces`)
    # a page with no pair of capitals and a lower-case word finds none in its one scan: {}
    mixed = mixed_case_names(text, tab.common, tab.function_words, _named_capitals(tab))
    # "Super micro computer": a name opened by a common word, the rest of it in lower case (stop 62)
    mixed.update(opener_names(text, tab.name_openers, tab.function_words, is_acting_verb))
    for sent in sentences:
        # Each token is a piece of the sentence, so a pattern no token can hold without the sentence
        # holding it is first looked for once in the sentence: most sentences have no glued footnote
        # ("Reuters1": a letter, then a digit) and no glued pair ("IntelPat": lower, then upper case).
        toks, marks, lows = tokenize_marked(text, sent[0], sent[1])
        retokened = False
        if _LETTER_DIGIT.search(text, sent[0] + 1, sent[1]):
            toks = [_without_footnote(t, tab) if t.text[-1].isdigit() else t for t in toks]
            retokened = True
        lower_upper = _LOWER_UPPER.search(text, sent[0] + 1, sent[1]) is not None
        if lower_upper and any(_GLUED_PAIR.match(t.text) for t in toks):
            toks = [piece for t in toks for piece in _unglued(t, tab, text)]
            retokened = True
        if _GLUED_STOP.search(text, sent[0] + 1, sent[1]):
            toks = [piece for t in toks for piece in _without_glued_sentence(t, tab)]
            retokened = True
        if (lower_upper or _SEAM_WORD_GLUED.search(text, sent[0], sent[1])) and _LINK_SEAM.search(
            text, sent[0], sent[1]
        ):
            # "its rivalOrvex", "Orvexfor", "Orvex.with": a page that lost the spaces around a link
            toks = [piece for t in toks for piece in _unglued_link(t, text, tab)]
            retokened = True
        if text.find("-", sent[0], sent[1]) >= 0 and _TIME_PREFIX.search(text, sent[0], sent[1]):
            # "the post-Ana Lund era", "then-Tallow Group": a time's prefix glued to a name is no part of it
            toks = [_without_time_prefix(t) for t in toks]
            retokened = True
        if text.find(":", sent[0], min(sent[1], sent[0] + 12)) >= 0 and _SOURCE_LIST_HEAD.match(
            text, sent[0], sent[1]
        ):
            # "Sources: 1Forbes, 2CNBC and 3New York Times": a footnote number glued before each name
            toks = [_without_leading_note(t) for t in toks]
            retokened = True
        if retokened:
            marks, lows = marks_of(toks)
        sentence_tokens.append((sent, toks))
        marks_by_sentence[sent] = marks
        lower_words.update(lows)
        if sent in headings:
            continue
        # "Chief Technology Officer (CTO)": a title's short form names no one (the title stays a title)
        bracket = text.find("(", sent[0], sent[1]) >= 0  # each acronym pair is found at a "(" token
        pairs = (
            [p for p in _acronyms(text, toks, tab) if " ".join(p[0].tokens).lower() not in tab.titles]
            if bracket
            else []
        )
        acronym_pairs.extend(pairs)
        if bracket:
            terms.update(_spelt_terms(toks))
        quote_marks = _OPEN_MARK.search(text, sent[0], sent[1]) and any(t.text in _OPEN_MARKS for t in toks)
        for nn in _nicknames(text, toks, tab) if quote_marks else ():
            nicknames.append(nn)
            for form in (nn.full, nn.nick):
                candidates.append(Candidate(form, nn.start, nn.end, EntityType.PERSON, "entity.nickname"))
        covered = [(c.start, c.end) for p in pairs for c in p]
        for run, initial, tail in _runs(text, toks, tab, marks, mixed):
            if covered and any(run[0].start < e and s < run[-1].end for s, e in covered):
                continue
            candidates.extend(_pieces(run, initial, tail, text, tab, sent[0], splits))
    candidates.extend(_particle_surnames(candidates, text, tab))
    candidates = _outlet_named_companies(candidates, text)
    body_sentences = [s for s in sentences if s not in headings]  # the sentences the rules below read
    if "-" in text:
        candidates = _with_hyphen_pairs(candidates, text, tab, body_sentences)
    phrase_re = _phrases_of_words(tab.not_names)
    if any(map(text.__contains__, _phrase_heads(tab.not_names))) and phrase_re.search(text):
        # "Code of Conduct", "Terms of Service": runs of capitals split at "of", a phrase no one's name
        phrases = [(m.start(), m.end()) for m in phrase_re.finditer(text)]
        candidates = [c for c in candidates if not any(s <= c.start and c.end <= e for s, e in phrases)]
    for long, short in acronym_pairs:
        etype = _acronym_type(text, long, short, tab)
        if short.tokens[0] in tab.generic:
            # "Artificial General Intelligence (AGI)": an abbreviation of a common idea, spelled out
            etype = EntityType.OTHER
        long.type = short.type = etype
        candidates.append(long)
        candidates.append(short)
    if terms:
        candidates = [c for c in candidates if not (len(c.tokens) == 1 and c.tokens[0] in terms)]
    candidates = _with_work_titles(candidates, text, tab)
    candidates = _with_store_names(candidates, text, tab)
    candidates = _with_described_bodies(candidates, text, tab, body_sentences)
    if " of " in text:
        if "of the " in text:
            candidates = _with_offices_of_the(candidates, text, tab, body_sentences)
        candidates = _with_regional_arms(candidates, text, tab, body_sentences)

    # Confirm sentence-initial words: seen capitalized elsewhere, or a known short form.
    confirmed = {c.tokens for c in candidates if not c.initial}
    surnames = {
        c.tokens[-1]
        for c in candidates
        if not c.initial and c.type == EntityType.PERSON and len(c.tokens) > 1
    }
    kept = [
        c
        for c in candidates
        if not c.initial
        or c.tokens in confirmed
        or (len(c.tokens) == 1 and c.tokens[0] in surnames)
        or _opening_acronym(c, text, tab)
        or (len(c.tokens) == 1 and web_base(c.tokens[0]) != "")  # "Quill.AI raised ...": no common word
        or (
            _name_like(c.tokens[0], lower_words, tab)
            and not _kind_word_alone(c.tokens, tab)
            and not _before_group_head(text, c.end)
            and not _BEFORE_DETERMINER.match(text, c.end, c.end + 12)
            and not _OF_DETERMINER.match(text, c.end, c.end + 12)
            and not _PARTICIPLE_BY.match(text, c.end, c.end + 12)
        )
    ]

    # a page template's tag left in the text ("{{^adFree}} {{/adFree}}") names no one
    kept = [c for c in kept if not _TEMPLATE_TAG.match(text, max(0, c.start - 3), c.start)]
    kept = _without_cut_word(kept, text)
    kept = [c for c in kept if not _shouted_word(c, text, lower_words)]
    kept = [_without_opening_participle(c, kept, lower_words, text, tab) for c in kept]
    kept = _without_common_words(kept, lower_words, tab, text)
    kept = [c for c in kept if not _capitalised_kind(c, lower_words, text)]
    kept = _split_town_stores(kept, text, tab)
    kept = _without_unsupported_guesses(kept, text, tab.org_nouns, tab.org_suffixes)
    kept = _without_plurals(kept)
    kept = _without_name_pairs(kept, tab)
    kept, acronym_pairs = _without_business_functions(kept, acronym_pairs, text, tab)
    kept = _without_demonym_openers(kept, text, tab)
    kept = _without_nationality_before_bodies(kept, text, tab)
    kept = _with_shared_surnames(kept, text, tab)
    _type_named_after_persons(kept, tab)
    _type_titled_surnames(kept, text, tab)
    _type_told_by_pronoun(kept, text, tab)
    _type_speaking_companies(kept, text, tab)
    _type_venture_partners(kept, text, tab)
    # "its rival Inc (AMZN.O)": a legal form alone, its company's name lost from the page, names no one
    kept = [
        c for c in kept if c.tokens in tab.known or not all(w.rstrip(".") in LEGAL_SUFFIXES for w in c.tokens)
    ]
    # a name that says or does business somewhere in the article ("X said", "X agreed to buy") is a
    # company however often the text also calls it a brand
    business = {c.tokens for c in kept if _DOES_BUSINESS.match(text, c.end, c.end + 80)}
    if "&" in text:
        spelled, spelled_pairs = _ampersand_initials(candidates, text, tab)
        kept.extend(spelled)
        acronym_pairs.extend(spelled_pairs)
    renames = _renames(text, kept, sentences)
    _type_earlier_names(kept, renames)
    groups = _group(
        kept,
        acronym_pairs,
        tab,
        [(nn.full, nn.nick) for nn in nicknames],
        renames,
        business,
        text,
    )
    silent = silent | _outlet_credits(sentence_tokens, tab, text)
    locals_ = _scan(
        article_id,
        text,
        [st for st in sentence_tokens if st[0] not in silent],
        groups,
        tab,
        marks_by_sentence,
    )
    for c in kept:
        if (
            c.rule == DESCRIBED_BODY
            and c.tokens in groups
            and (
                text[c.start : c.end] in (c.tokens[-1], " ".join(c.tokens[:-1]))
                or not c.tokens[0][:1].isupper()  # "government of Madrid": no capital the scan opens at
            )
        ):
            # "Ola Varga’s administration": the body's form is written nowhere whole; its kind's word
            # is its mention ("the UAE and US governments": each state's word is its body's)
            _add_mention(locals_, groups, tab, article_id, text, c.tokens, c.start, c.end)
        elif c.rule == AWARD_GIVER and c.tokens in groups:
            # "the Harbour Industry Association Rhea Tolland Award": the body inside the honour's name
            # is a mention of the body, however the longer name took the span
            _add_mention(locals_, groups, tab, article_id, text, c.tokens, c.start, c.end)
    _mark_listed_goods(locals_, text, sentences)
    nick_aliases = _nickname_mentions(article_id, text, nicknames, groups, locals_, silent)
    _attach_roles(article_id, text, sentence_tokens, locals_, tab)
    _mark_prior_roles(locals_, sentences)
    entities = []
    index: list[tuple[int, int, str, EntityType]] = []
    for loc in locals_.values():
        if not loc.mentions:
            continue
        ent_id = slug(loc.name)
        # the nickname with the surname is a name of the person even where it is not written alone
        names = {m.text for m in loc.mentions} | nick_aliases.get(ent_id, set())
        aliases = tuple(sorted(names, key=lambda a: (-len(a), a)))
        loc.mentions.sort(key=lambda m: m.span.start)
        entities.append(Entity(ent_id, loc.name, loc.type, aliases, loc.mentions, loc.roles, loc.rule))
        for m in loc.mentions:
            index.append((m.span.start, m.span.end, ent_id, loc.type))
    index.sort()
    return EntityResult(entities, index)


#: A lower-case describing word right before a name: "the global ", "a struggling " (not a preposition,
#: a determiner or a verb of naming: "of X", "the X", "called X").
_DESCRIBING_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+([a-z][a-z-]+)\s+$")


HYPHEN_PAIR = "entity.hyphen-pair"
#: Two names joined by a hyphen before a deal's noun, a few lower-case words between: "the A-B deal",
#: "the proposed A-B grocery store merger" (stop 52).
_HYPHEN_PAIR_DEAL = re.compile(
    r"\b(?P<a>[A-Z][\w’'&]{1,30})-(?P<b>[A-Z][\w’'&]{1,30})(?:\s+[a-z][a-z-]{0,20}){0,3}\s+"
    r"(?:deal|merger|tie-up|takeover|combination|transaction|pact|alliance|partnership)\b"
)


def _with_hyphen_pairs(
    cands: list[Candidate], text: str, tab: Tables, body: list[tuple[int, int]]
) -> list[Candidate]:
    """ "the Orvane-Halvard deal", "the proposed Brisa-Dunmore store merger": the two parties of a deal
    joined by a hyphen before its noun are two companies, each an organization, where the page writes
    one of them alone elsewhere and the whole is no name the gazetteer knows ("Rolls-Royce"); never a
    place's or a nationality's pair ("a US-China trade deal", "the Franco-German pact")."""
    found: list[Candidate] = []
    for lo, hi in body:
        # every match holds the hyphen between its two names: a sentence with none is not searched
        for m in _HYPHEN_PAIR_DEAL.finditer(text, lo, hi) if text.find("-", lo, hi) >= 0 else ():
            a, b = m.group("a"), m.group("b")
            if (text[m.start("a") : m.end("b")],) in tab.known or any(
                tab.known.get((w,), ("", None))[1] == EntityType.PLACE
                or is_demonym(w, tab)
                or w in tab.function_words
                or (w.isupper() and len(w) <= 3)
                for w in (a, b)
            ):
                continue
            if not any(_written_alone_elsewhere(text, w, m.start(), m.end("b")) for w in (a, b)):
                continue
            found.append(Candidate((a,), m.start("a"), m.end("a"), EntityType.ORG, HYPHEN_PAIR))
            found.append(Candidate((b,), m.start("b"), m.end("b"), EntityType.ORG, HYPHEN_PAIR))
    if not found:
        return cands
    spans = [(c.start, c.end) for c in found]
    kept = [c for c in cands if not any(c.start < e and s < c.end for s, e in spans)]
    return kept + found


def _written_alone_elsewhere(text: str, word: str, start: int, end: int) -> bool:
    """Does the page write `word` as a whole word outside [start, end), with no hyphen beside it?"""
    return any(
        (e <= start or s >= end) and text[s - 1 : s] != "-" and text[e : e + 1] != "-"
        for s, e in _occurrences(text, word)
    )


def _capitalised_kind(c: Candidate, lower_words: set[str], text: str) -> bool:
    """ "the global Luxury group's new CEO": a common noun written with a capital between a describing
    word and a body's noun ("group", "family"), one the article also writes in lower case, is the
    group's kind, no name."""
    return (
        len(c.tokens) == 1
        and c.type == EntityType.ORG
        and c.rule == "entity.noun-after"
        and c.tokens[0].lower() in lower_words
        and _DESCRIBING_BEFORE.search(text, max(0, c.start - 40), c.start) is not None
    )


def _particle_surnames(cands: list[Candidate], text: str, tab: Tables) -> list[Candidate]:
    """ "investors said van Dijk had ...", "expects du Pont to": a capital word right after a
    lower-case particle, the word before the particle not a capital one (that is a name the runs
    joined, "Banque de Lorraine"), is a person's surname. A name that closes with a particle and a
    surname ("Marta van Dijk") is that person's when the article also writes the surname after its
    particle alone, or a given name the lexicon knows opens it (never "Banque de Lorraine")."""
    out = []
    alone: set[str] = set()
    for c in cands:
        if len(c.tokens) > 2 or c.start < 3 or not c.tokens[0][:1].isupper():
            continue
        m = _PARTICLE_BEFORE.search(text, max(0, c.start - 12), c.start)
        if m is None or m.group(1) not in _LOWER_PARTICLES:
            continue
        before = text[max(0, m.start(1) - 40) : m.start(1)].rstrip()
        last = before.split()[-1] if before.split() else ""
        if last.lower() in _STREET_WORDS:
            continue  # "the rue de Rivoli": a street's name
        if last[:1].isupper() and not before.endswith((".", ",", ":", ";")):
            continue  # "Porte de Lorraine", "Banque de France": a name's own particle
        out.append(Candidate(c.tokens, c.start, c.end, EntityType.PERSON, PARTICLE_SURNAME))
        alone.add(c.tokens[-1])
    # "De Meo said" opening a sentence: the surname with its particle, written alone
    alone.update(
        c.tokens[1]
        for c in cands
        if len(c.tokens) == 2 and c.tokens[0] in _SURNAME_PARTICLES and c.tokens[1][:1].isupper()
    )
    for c in cands:
        if (
            3 <= len(c.tokens) <= 5
            and c.tokens[-2] in _LOWER_PARTICLES
            and c.tokens[0][:1].isupper()
            and c.tokens[0] not in _LOWER_PARTICLES
            and (
                c.tokens[-1] in alone
                or c.tokens[0].split("-")[0] in tab.first_names
                or _given_name_shape(c, text, tab)
            )
        ):
            out.append(Candidate(c.tokens, c.start, c.end, EntityType.PERSON, PARTICLE_SURNAME))
    return out


#: The nouns a firm's, a place's or an institution's name opens with before a particle, in the
#: languages the particles come from ("Banque de Lorraine", "Cirque du Soleil", "Rio de Janeiro",
#: "Tour de France"): no given name.
_NOUNS_BEFORE_PARTICLE = frozenset(
    {"Banque", "Banco", "Banca", "Bank", "Caisse", "Cassa", "Caja", "Crédit", "Credit", "Compagnie",
     "Compañía", "Companhia", "Société", "Societe", "Groupe", "Grupo", "Gruppo", "Casa", "Cirque", "Tour",
     "Musée", "Museo", "Maison", "Institut", "Instituto", "Istituto", "Fondation", "Fundación",
     "Fondazione", "Université", "Universidad", "Università", "Hôtel", "Hotel", "Château", "Palais",
     "Palacio", "Palazzo", "Club", "Real", "Ciudad", "Port", "Puerto", "Porto", "Rio", "Río", "Isla",
     "Île", "Saint", "Sainte", "San", "Santa", "Santo", "Mont", "Monte", "Lago", "Lac", "Costa", "Bois",
     "Pont", "Gare", "Parc", "Parque", "Teatro", "Théâtre", "Cour", "Conseil", "Ministère", "Ministerio",
     "Agence", "Autorité", "Bolsa", "Borsa", "Bourse", "Electricité", "Électricité", "Gaz", "Air", "Radio",
     "Café", "Domaine", "Villa", "Haus", "Huis", "Kasteel", "Schloss", "Stichting", "Verein", "École",
     "Ecole", "Escuela", "Scuola", "Académie", "Academia", "Chambre", "Cámara", "Camera", "Champagne",
     "Cité", "Centre", "Centro", "Galerie", "Galería", "Galleria", "Éditions", "Editions", "Ediciones",
     "Edizioni", "Laboratoires", "Laboratorios", "Clinique", "Clínica", "Hôpital", "Hospital", "Ospedale",
     "Fábrica", "Fabbrica"}
)  # fmt: skip


def _given_name_shape(c: Candidate, text: str, tab: Tables) -> bool:
    """ "Paolo de Bruna will leave", "said Ilse van der Koog would": a name that opens with a word
    of a given name's shape (one capital, then lower-case letters; no common word, no firm's or
    place's noun of the particle's languages) before its particle(s) and a surname, with no "the"
    before it ("the Tour de France"), has a person's shape even where nothing else tells it."""
    first = c.tokens[0]
    return (
        len(first) >= 3
        and first.isalpha()
        and first[0].isupper()
        and first[1:].islower()
        and first not in _NOUNS_BEFORE_PARTICLE
        and first.lower() not in tab.common
        and first not in tab.generic
        and first not in tab.function_words
        and first not in tab.org_suffixes
        and c.tokens[-1] not in tab.org_suffixes
        and c.tokens not in tab.known
        and not _ANY_THE_BEFORE.search(text, max(0, c.start - 5), c.start)
    )


NATIONALITY_BEFORE = "entity.nationality-before"


def _without_nationality_before_bodies(cands: list[Candidate], text: str, tab: Tables) -> list[Candidate]:
    """ "the Norlandic Harbour Investment Fund ... the Harbour Investment Fund": a nationality of one or
    two words before a name of two words or more that the page also writes alone is that body's
    mention, described (stop 52): one body, not two. A nationality before a name of one word
    ("Brazilian Steel") is left to `_without_demonym_openers`."""
    named = {c.tokens for c in cands if len(c.tokens) >= 2 and c.type in (EntityType.ORG, EntityType.OUTLET)}
    if not named:
        return cands
    out = []
    for c in cands:
        cut = next(
            (
                k
                for k in (1, 2)
                if len(c.tokens) - k >= 2
                and c.tokens[k:] in named
                and is_demonym(" ".join(c.tokens[:k]), tab)
            ),
            0,
        )
        at = text.find(c.tokens[cut], c.start, c.end) if cut else -1
        if at > c.start:
            rest = Candidate(c.tokens[cut:], at, c.end, EntityType.ORG, NATIONALITY_BEFORE)
            out.append(rest)
            continue
        out.append(c)
    return out


def _without_demonym_openers(cands: list[Candidate], text: str, tab: Tables) -> list[Candidate]:
    """ "its stake in German Tallbank ... Tallbank said": a nationality before a company's name the
    article also writes alone (or the gazetteer knows) describes it; the name is the company's own.
    ("Brazilian Steel", whose last word is no name alone, keeps its nationality.)"""
    two = [
        c
        for c in cands
        if len(c.tokens) >= 3
        and c.type in (EntityType.ORG, EntityType.OUTLET)
        and is_demonym(" ".join(c.tokens[:2]), tab)
    ]
    if not two and not any(c.rule == "entity.demonym-name" for c in cands):
        return cands
    alone = {
        c.tokens[0]
        for c in cands
        if len(c.tokens) == 1 and not c.initial and c.type in (EntityType.ORG, EntityType.OUTLET)
    }
    written = {c.tokens for c in cands} | {
        (a,) for a in alone
    }  # (written alone however typed: its votes decide)
    out = []
    for c in cands:
        if c in two:
            # "South Korean Halmi Motors ... Halmi Motors said", "Saudi Arabian Petrova ... Petrova": a nationality of
            # two words before a name the page also writes without it (or the gazetteer knows) describes it (stop 56)
            rest = c.tokens[2:]
            known = tab.known.get(rest, (None, None))[1] in (EntityType.ORG, EntityType.OUTLET)
            at = text.find(rest[0], c.start + len(c.tokens[0]) + len(c.tokens[1]) + 1, c.end)
            if (known or rest in written or rest[:1] in written) and at > c.start:
                out.append(Candidate(rest, at, c.end, c.type, "entity.demonym-before"))
                continue
        if c.rule == "entity.demonym-name" and len(c.tokens) == 2:
            name = c.tokens[1]
            known = tab.known.get((name,), (None, None))[1] in (EntityType.ORG, EntityType.OUTLET)
            at = text.rfind(name, c.start, c.end)
            if (name in alone or known) and at > c.start:
                out.append(Candidate((name,), at, at + len(name), EntityType.ORG, "entity.demonym-before"))
                continue
        out.append(c)
    return out


#: The kinds of a state's body named in lower case after a nationality: "the Norwegian government",
#: "the Israeli army", "the Danish parliament" (a body of its own, the lead's decision of stop 42).
_BODY_KINDS = (
    r"government|army|military|navy|parliament|cabinet|police|regulator|authorities|administration|state|"
    r"central bank"
)
#: After "the <Demonym> state" as a body (convention (j)): a clause's end or its verb ("the Dutch state
#: holds 12%", "owned by the Dutch state,"), never a noun it describes ("the Texas state legislature").
_STATE_KIND_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:holds|owns|has|had|is|was|will|would|could|may|might|said|says|sold|sells|"
    r"bought|buys|controls|remains|became|agreed|and|as|in)\b"
)
#: ... or its government with a capital, as British pages write it ("the UK Government", "the French
#: Government"), never the first word of a longer name ("the US Government Accountability Office").
_CAPITAL_KIND = r"Government(?!\s+[A-Z])"
_BODY_KIND_WORDS = (*(" " + k for k in _BODY_KINDS.split("|")), " Government")
#: A determiner and a word of time before the body, a whole word: "the", "a new", "the incoming". (The
#: word's boundary, `\b` before the determiner until stop 53, is asked after its first letter as a
#: look-behind: the pattern opens with a class of letters, which `re` skips ahead to, instead of an
#: assertion it tries at every position; the same matches, found in about half the time.)
_BODY_DET_AT_WORD = (
    r"[TtAa](?<!\w[TtAa])(?:(?<=[Tt])he|(?<=[Aa])n?)\s+"
    r"(?:(?:new|incoming|outgoing|former|current|previous|then|next)\s+)?"
)
_DESCRIBED_BODY = re.compile(
    rf"{_BODY_DET_AT_WORD}(?P<name>(?:[A-Z][a-z]+\s)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|U\.S\.|U\.K\.|US|UK|UAE|United States|United Kingdom)"
    rf"\s+(?P<kind>{_BODY_KINDS}|{_CAPITAL_KIND})\b(?![-\u2011])"
    r"(?!\s+(?:bonds?|debt|yields?|securities|bills?|contracts?|funding|grants?|subsid(?:y|ies)|intelligence|"
    r"units?|bases?|service|veterans?|personnel|equipment|aid|spending|budgets?|exercises?|hardware)\b)"
)
#: "Swiss authorities pushed", "engineered by Dutch authorities": the plural body named with no
#: determiner (no people's plural: "Swiss regulators", "Swiss officials" stay kinds of people).
_BARE_AUTHORITIES = re.compile(
    r"\b(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|U\.S\.|U\.K\.|US|UK|UAE)\s+(?P<kind>authorities)\b(?![-\u2011])"
)
#: A market's or a state's body named by its place's possessive and its kind in lower case: "the UK's
#: competition watchdog", "Oslo's stock exchange", "Norway's central bank" (closed class of kinds); a
#: ministry also with capitals and in its "of" form ("Norland's Finance Ministry", "Norland's Ministry
#: of Trade"), one name as convention (r) writes it (stop 52).
_MINISTRY_PORTFOLIOS = r"(?:finance|foreign(?:\s+affairs)?|defen[cs]e|economy|trade|interior|justice)"
_PLACE_BODY_KINDS = (
    r"(?:competition|antitrust|markets?|financial|securities|banking|data|privacy|energy|media|telecoms?)\s+"
    r"(?:watchdog|regulator|authority)|stock\s+exchange|central\s+bank|"
    # a state's fund (stop 53): "Norland's sovereign wealth fund", "Norland's public investment fund"
    r"(?:sovereign\s+wealth|(?:public|state|national)\s+(?:investment|pension|wealth))\s+fund|"
    rf"(?i:{_MINISTRY_PORTFOLIOS}\s+ministry|ministry\s+of\s+(?:the\s+)?{_MINISTRY_PORTFOLIOS})"
)
_PLACE_BODY = re.compile(
    r"\b(?P<name>(?:[A-Z][a-z]+\s)?[A-Z][a-z]+|U\.S\.|U\.K\.|US|UK|UAE)(?:’s|'s)\s+"
    rf"(?P<kind>{_PLACE_BODY_KINDS})\b(?![-\u2011])"
)
#: The last words of `_PLACE_BODY_KINDS` (a text without one has no such body).
_PLACE_BODY_HEADS = (
    " watchdog",
    " regulator",
    " authority",
    " exchange",
    " bank",
    " ministry",
    " Ministry",
    " fund",
)
#: A country's short name written before its state's body ("the US government", "the UAE government").
_STATE_CODES = frozenset({"U.S.", "U.K.", "US", "UK", "UAE", "United States", "United Kingdom"})
DESCRIBED_BODY = "entity.described-body"


REGIONAL_ARM = "entity.regional-arm"
#: A company's arm for a continent, named by the company and the land: "Halvard of America", "Tamsin of
#: Europe", "Orvane of North America".
#: The continents a regional arm is named for, as `_REGIONAL_ARM` writes them: every match holds one
#: (case-sensitive), so a page with none of them is not searched.
_ARM_CONTINENTS = ("America", "Europe", "Asia", "Africa", "Oceania")
_REGIONAL_ARM = re.compile(
    r"\b(?P<co>[A-Z][\w&-]{1,30}(?: [A-Z][\w&-]{1,30})?) of (?:(?:North|South|Latin|Central) )?"
    rf"(?:{'|'.join(_ARM_CONTINENTS)})\b"
)


def _in_sentences(start: int, end: int, sentences: list[tuple[int, int]]) -> bool:
    """Does [start, end) lie inside one of the sentences the rules read (no furniture's)?"""
    return any(s <= start and end <= e for s, e in sentences)


def _with_regional_arms(
    cands: list[Candidate], text: str, tab: Tables, sentences: list[tuple[int, int]]
) -> list[Candidate]:
    """ "Halvard of America president Ola Brandt", "sales at Tamsin of Europe": a company's name, "of"
    and a continent are one company, the company's arm there (stop 52), where the page names the
    company alone elsewhere (the arm is tied to it by its name). A body's head before "of" ("Bank of
    America", "University of Europe"), a title ("President of Europe"), a place ("United States of
    America") or a function word is none: those are left to their rules."""
    found: list[tuple[int, int]] = []
    for m in _REGIONAL_ARM.finditer(text) if any(map(text.__contains__, _ARM_CONTINENTS)) else ():
        co = m.group("co")
        words = co.split()
        if (
            words[-1] in _OF_HEADS
            or words[0] in tab.function_words
            or any(w.lower() in tab.titles or w in tab.generic for w in words)
            or tab.known.get(tuple(words), ("", None))[1] == EntityType.PLACE
            or not _written_alone_elsewhere(text, co, m.start(), m.end())
            or not _in_sentences(m.start(), m.end(), sentences)
        ):
            continue
        found.append((m.start(), m.end()))
    if not found:
        return cands
    kept = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in found)]
    kept.extend(Candidate(tuple(text[s:e].split()), s, e, EntityType.ORG, REGIONAL_ARM) for s, e in found)
    return kept


OFFICE_OF_THE = "entity.office-of-the"
#: The heads of an office named for a post, as `_OFFICE_OF_THE` writes them: every match holds one
#: (case-sensitive), so a page with none of them is not searched.
_OFFICE_OF_THE_HEADS = ("Office", "Bureau", "Department", "Ministry")
#: A body named as the office of a post: "Office of the Director of National Intelligence", "Office of
#: the Comptroller of the Currency", "Bureau of the Fiscal Service": the head, "of the", capitalised
#: words (a post's title among them) and, once more, "of" and the thing the post is over.
_OFFICE_OF_THE_REST = (
    r"\s+of\s+the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}){0,2}"
)
#: As it stood until stop 53 (second round): `(?:(?<![\w.])(?:U\.S\.|U\.K\.|US|UK)\s)?\b(?:HEADS)REST`, the
#: state's code being part of how the body is named. An optional opening and a `\b` give `re` nothing to
#: skip ahead to: it was tried at every position of a page holding a head. Written as one alternative
#: per way a match opens (the code, then each head), each opening with its capital and asking its
#: look-behind right after it, the same matches are found where those capitals stand (about 7x faster).
_OFFICE_OF_THE = re.compile(
    rf"U(?<![\w.]U)(?:\.S\.|\.K\.|S|K)\s(?:{'|'.join(_OFFICE_OF_THE_HEADS)}){_OFFICE_OF_THE_REST}"
    + "".join(rf"|{h[0]}(?<!\w{h[0]}){h[1:]}{_OFFICE_OF_THE_REST}" for h in _OFFICE_OF_THE_HEADS)
)
_LAST_WORD = re.compile(r"\b([A-Z][a-z]+)\s*$")


def _office_without_holder(
    start: int, end: int, cands: list[Candidate], text: str, tab: Tables
) -> tuple[int, int]:
    """The office's span with a post's holder cut off its end: "the Department of the Interior Secretary
    Ana Ruiz" is the department, the secretary's title and a person (the title goes with the person)."""
    person = min(
        (c.start for c in cands if c.type == EntityType.PERSON and start < c.start < end), default=end
    )
    if person == end:
        return start, end
    cut = person
    title = _LAST_WORD.search(text, start, person)
    if title and title.group(1).lower() in tab.titles:
        cut = title.start(1)
    return start, len(text[:cut].rstrip())


def _with_offices_of_the(
    cands: list[Candidate], text: str, tab: Tables, sentences: list[tuple[int, int]]
) -> list[Candidate]:
    """ "the Office of the Director of National Intelligence": a body whose name holds "of the" and a
    post's title is one organization, named whole; the title inside it is no person's title, and no
    piece of it ("National Intelligence", "Comptroller", "Currency") is an entity of its own (stop 52)."""
    found = [
        _office_without_holder(m.start(), m.end(), cands, text, tab)
        for m in (_OFFICE_OF_THE.finditer(text) if any(map(text.__contains__, _OFFICE_OF_THE_HEADS)) else ())
        if _in_sentences(m.start(), m.end(), sentences)
    ]
    if not found:
        return cands
    kept = [c for c in cands if not any(s < c.end and c.start < e for s, e in found)]
    kept.extend(Candidate(tuple(text[s:e].split()), s, e, EntityType.ORG, OFFICE_OF_THE) for s, e in found)
    return kept


def _with_described_bodies(
    cands: list[Candidate], text: str, tab: Tables, body: list[tuple[int, int]]
) -> list[Candidate]:
    """ "the Norwegian government", "the Israeli army", "the Varga administration": a state's body named
    by a nationality (or, for an administration, by its leader's name) and its kind in lower case is
    an organization, its name the two words ("Norwegian government"); the leader's name inside it is
    no mention of its own there. "the Norwegian government bond" (a thing the state issues) and "an
    Israeli military intelligence unit" (the kind's word describing a noun) are none. A market's or a
    state's body named by its place's possessive ("the UK's competition watchdog", "Oslo's stock
    exchange") is one too, named as written.
    Only in the body's sentences (`body`), never a heading's."""
    place_kinds = any(k in text for k in _PLACE_BODY_HEADS)
    if not place_kinds and not any(k in text for k in _BODY_KIND_WORDS) and " navies" not in text:
        return cands
    starts = [s for s, _ in body]
    found: list[Candidate] = []
    if " administration" in text:
        cands = cands + _leaders_administrations(cands, text, starts, body)
    seen: set[int] = set()
    bare = _BARE_AUTHORITIES.finditer(text) if " authorities" in text else ()
    for m in itertools.chain(_DESCRIBED_BODY.finditer(text), bare):
        name, kind = m.group("name"), m.group("kind")
        if m.start("name") in seen:
            continue  # "the Swiss authorities": found with its determiner already
        seen.add(m.start("name"))
        demonym = is_demonym(name, tab)
        if not (
            demonym
            or name in _STATE_CODES
            # two words before the kind: only a nationality of two words ("Saudi Arabian") or a state's code
            or (kind == "administration" and " " not in name and name not in tab.function_words)
        ):
            continue
        if kind == "administration" and (name,) in tab.known and tab.known[(name,)][1] != EntityType.PERSON:
            continue  # "the Harbour administration": a place's or a company's running, no state's body
        if kind == "state" and (not demonym or not _STATE_KIND_AFTER.match(text, m.end("kind"))):
            continue  # "the German state of Hesse", "the Texas state legislature": no state as a body
        k = bisect_left(starts, m.start("name") + 1) - 1
        if k < 0 or body[k][1] < m.end("kind"):
            continue
        # "the United States government": a state's full name, as its code ("the U.S. government")
        found.append(
            Candidate(
                (*name.split(), *kind.split()), m.start("name"), m.end("kind"), EntityType.ORG, DESCRIBED_BODY
            )
        )
    for m in _DESCRIBED_BODIES.finditer(text) if " and " in text else ():
        # "the UAE and US governments", "the Norwegian, Danish and Swedish regulators": one body of its
        # kind per state, each named as the singular form names it ("UAE government")
        kind = _BODY_PLURALS[m.group("kinds")]
        k = bisect_left(starts, m.start("names") + 1) - 1
        if k < 0 or body[k][1] < m.end("kinds"):
            continue
        for n in _STATE_WORD.finditer(text, m.start("names"), m.end("names")):
            name = n.group()
            if is_demonym(name, tab) or name in _STATE_CODES:
                found.append(
                    Candidate((*name.split(), kind), n.start(), n.end(), EntityType.ORG, DESCRIBED_BODY)
                )
    for m in _GOVERNMENT_OF.finditer(text) if "overnment of " in text else ():
        # "the government of Madrid", "the regional government of Bavaria": a place's government named
        # after it, as written without "the" (stop 51); "the government of the day" names no place
        place = tab.known.get(tuple(m.group("name").split()))
        k = bisect_left(starts, m.start("kind") + 1) - 1
        if place is None or place[1] != EntityType.PLACE or k < 0 or body[k][1] < m.end("name"):
            continue
        form = tuple(t.text for t in tokenize(text, m.start("kind"), m.end("name")))
        found.append(Candidate(form, m.start("kind"), m.end("name"), EntityType.ORG, DESCRIBED_BODY))
    for m in _PLACE_BODY.finditer(text) if place_kinds else ():
        name = m.group("name")
        place = tab.known.get(tuple(name.split()))
        if name not in _STATE_CODES and (place is None or place[1] != EntityType.PLACE):
            continue  # "Tallow's stock exchange listing": a company's, no place's body
        k = bisect_left(starts, m.start("name") + 1) - 1
        if k < 0 or body[k][1] < m.end("kind"):
            continue
        # the form as the page's tokens write it ("UK’s", "competition", "watchdog"), so that the
        # mentions are found where it is written
        form = tuple(t.text for t in tokenize(text, m.start("name"), m.end("kind")))
        found.append(Candidate(form, m.start("name"), m.end("kind"), EntityType.ORG, DESCRIBED_BODY))
    if not found:
        return cands
    spans = [(c.start, c.end) for c in found]
    kept = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in spans)]
    return kept + found


#: A place's government named after it: "the government of Madrid", "the regional government of
#: Bavaria" (the kind's span opens at "government", its words before it are no part of the name).
_GOVERNMENT_OF = re.compile(
    r"\b[Tt]he\s+(?:(?:regional|local|city|provincial|state|national|federal|municipal|central)\s+)?"
    r"(?P<kind>[Gg]overnment)\s+of\s+(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?![’'-])"
)
#: The plural of a state body's kind, and its singular ("governments" -> "government").
_BODY_PLURALS = {
    "governments": "government",
    "armies": "army",
    "militaries": "military",
    "navies": "navy",
    "parliaments": "parliament",
    "cabinets": "cabinet",
    "regulators": "regulator",
    "administrations": "administration",
}
_STATE_WORD = re.compile(r"U\.S\.|U\.K\.|\b(?:US|UK|UAE)\b|\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_STATE_ITEM = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|U\.S\.|U\.K\.|US|UK|UAE)"
#: Two or more states' bodies of one kind named together: "the UAE and US governments", "the
#: Norwegian, Danish and Swedish regulators" (never "the French and German government bonds").
_DESCRIBED_BODIES = re.compile(  # "\b[Tt]he", the boundary asked after the "T" (as `_BODY_DET_AT_WORD`)
    rf"[Tt](?<!\w[Tt])he\s+(?:two\s+|three\s+)?(?P<names>{_STATE_ITEM}(?:\s*,\s*{_STATE_ITEM}){{0,4}}\s*,?\s+and\s+{_STATE_ITEM})"
    rf"\s+(?P<kinds>{'|'.join(_BODY_PLURALS)})\b(?![-\u2011])"
)
#: A state's administration named by its leader's possessive: "President Ola Varga’s administration".
_LEADER_ADMIN = re.compile(r"\b(?P<name>[A-Z][a-z]+)[’']s\s+(?P<kind>administration)\b")
#: ... or by its leader after "of", the post and a word of time between: "the administration of then
#: President Ola Varga", "the administration of former Prime Minister Varga".
_ADMIN_OF = re.compile(
    r"\b(?P<kind>administration)\s+of\s+(?:(?:then|former|the\s+late)[-\s]+)?(?:(?:U\.S\.|US|U\.K\.|UK)\s+)?"
    r"(?:(?:President|Prime\s+Minister|Premier|Chancellor|Governor|Mayor)\s+)?"
    r"(?:[A-Z][a-z]+\s+){0,2}(?P<name>[A-Z][a-z]+)\b(?![’'-])"
)


def _leaders_administrations(
    cands: list[Candidate], text: str, starts: list[int], body: list[tuple[int, int]]
) -> list[Candidate]:
    """ "Ola Varga’s administration", "the administration of then President Ola Varga": the state's
    administration led by a person the page names, the same body as "the Varga administration" and
    named so (the leader stays a person of the page, named in full)."""
    persons = {c.tokens[-1] for c in cands if c.type == EntityType.PERSON and len(c.tokens) >= 2}
    out: list[Candidate] = []
    for pattern in (_LEADER_ADMIN, _ADMIN_OF):
        for m in pattern.finditer(text):
            name = m.group("name")
            if name not in persons:
                continue
            k = bisect_left(starts, m.start() + 1) - 1
            if k < 0 or body[k][1] < m.end():
                continue
            # the kind's word is the mention: the leader's own name stays the person's
            out.append(
                Candidate(
                    (name, "administration"), m.start("kind"), m.end("kind"), EntityType.ORG, DESCRIBED_BODY
                )
            )
    return out


NAMED_AFTER = "entity.named-after"
#: A name of a person's shape given a company's words for a deal (org_evidence.company_words; stop 58).
COMPANY_WORDS = "entity.company-words"


def _type_named_after_persons(cands: list[Candidate], tab: Tables) -> None:
    """ "Ivo Lund (through Lund Holdings)", "Lund Expeditions": a two-word name typed a person by its shape
    alone whose first word is the surname of a person the page names in full (no given name itself)
    is something named after that person, a company, not a second person."""
    surnames = {
        c.tokens[-1]
        for c in cands
        if c.type == EntityType.PERSON and len(c.tokens) >= 2 and c.rule != "entity.name-shape"
    }
    if not surnames:
        return
    for c in cands:
        if (
            c.rule == "entity.name-shape"
            and len(c.tokens) == 2
            and c.tokens[0] in surnames
            and c.tokens[0] not in tab.first_names
            and c.tokens[1] not in surnames
        ):
            c.type, c.rule = EntityType.ORG, NAMED_AFTER


#: A chain's store named by its town and the chain (stop 58): the chain, the organization.
CHAIN_STORE = "entity.chain-store"
#: Right before "<Town> <Chain>": an article or an owner ("the ", "a ", "its ", "at the "); a person's name takes none.
_STORE_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|its|their)\s+$")
#: Right after "<Town> <Chain>": a noun of a chain's store ("store", "branch", "supermarket").
_STORE_NOUN_AFTER = re.compile(
    r"\s+(?:store|stores|supermarket|superstore|hypermarket|branch|outlet|location|shop|restaurant|dealership|"
    r"pharmacy|warehouse\s+club)\b"
)
#: "the chain", "the retailer" later in the sentence of "<Town> <Chain>": the chain's own word.
_CHAIN_WORD_AFTER = re.compile(r"[^.!?\n]{0,120}?\bthe\s+(?:chain|retailer|grocer|supermarket\s+chain)\b")


def _split_town_stores(cands: list[Candidate], text: str, tab: Tables) -> list[Candidate]:
    """ "the Tullamore Walmart said", "the Brackwell Kroger store": a store named by its town and its chain, after an
    article, is neither a company of the story nor a person (no person takes an article): the chain is the
    organization, the town a place (stop 58). The chain must be told so: a store's noun after the two words, the
    chain named alone on the page, or "the chain" later in the sentence; a name typed by its own words ("the Vantor
    Foods store": a legal form's or a trade's word) is left whole."""
    alone = {c.tokens[0] for c in cands if len(c.tokens) == 1}
    out: list[Candidate] = []
    for c in cands:
        first, second = c.tokens if len(c.tokens) == 2 else ("", "")
        if (
            first
            and c.rule in GUESS_RULES
            and c.tokens not in tab.known
            and first not in tab.first_names
            and (first,) not in tab.known
            and first.lower() not in tab.common
            and first[:1].isupper()
            and second[:1].isupper()
            and not second.isupper()  # "the Caremark PBM": a kind's initials after a name, no chain
            and _STORE_ARTICLE_BEFORE.search(text, max(0, c.start - 8), c.start) is not None
            and (
                _STORE_NOUN_AFTER.match(text, c.end) is not None
                or second in alone
                or _CHAIN_WORD_AFTER.match(text, c.end) is not None
            )
        ):
            at = text.find(second, c.start + len(first), c.end + 1)
            if at > 0:
                out.append(Candidate((first,), c.start, c.start + len(first), EntityType.PLACE, TOWN))
                out.append(Candidate((second,), at, at + len(second), EntityType.ORG, CHAIN_STORE))
                continue
        out.append(c)
    return out


#: A full name whose surname a title before it tells as a person's elsewhere on the page (stop 58).
TITLED_SURNAME = "entity.titled-surname"
#: The rules that type a name by a title written right before it ("CEO Price", "Chairman Long").
_TITLE_BEFORE_RULES = frozenset({"entity.title-before"})


def _type_titled_surnames(cands: list[Candidate], text: str, tab: Tables) -> None:
    """ "CEO Price said ... Tilda Price has run the company": a two-word name typed a company by default only (its
    surname a common word, so no person's shape) whose last word is the surname a title before it ("CEO Price",
    "Chairman Long") tells as a person's is that person's full name (stop 58): the two merge as one person. A name
    the page marks as a firm's ("Harbour Price's shareholders", "a bid by Harbour Price") stays a company."""
    surnames = {
        c.tokens[0]
        for c in cands
        if c.type == EntityType.PERSON and len(c.tokens) == 1 and c.rule in _TITLE_BEFORE_RULES
    }
    if not surnames:
        return
    for c in cands:
        if (
            c.rule == "entity.default-org"
            and len(c.tokens) == 2
            and c.tokens[-1] in surnames
            and c.tokens not in tab.known
            and c.tokens[0][:1].isupper()
            and c.tokens[0][1:].islower()
            and c.tokens[0].lower() not in tab.common
        ):
            sent_start = max(text.rfind(". ", 0, c.start) + 2, text.rfind("\n", 0, c.start) + 1)
            if firm_marks(text, c.start, c.end, sent_start) or company_words(
                text, c.start, c.end, sent_start, tab.first_names
            ):
                continue
            c.type, c.rule = EntityType.PERSON, TITLED_SURNAME


#: A company that speaks, named after an article or a person's possessive (stop 60).
SPEAKING_COMPANY = "entity.speaking-company"
#: A person's name in the possessive right before a name, nothing between ("Ada Brandt's "; stop 60).
_POSSESSIVE_JUST_BEFORE = re.compile(r"(?:’s|'s)\s$")


def _type_speaking_companies(cands: list[Candidate], text: str, tab: Tables) -> None:
    """ "the Dorset Grocemart said", "Ada Brandt's Harlow Pike said": a two- or three-word name of a person's shape (a
    guess; no given name opens it) that speaks or does business right after it (`_DOES_BUSINESS`) is a company when an
    article stands before it (no person takes one: a store named by its town and its chain, "the <Town> <Chain>",
    whose chain nothing else tells apart) or when a person's name owns it ("<Person>'s <Company>": no kin noun
    between; a person's name is a guess of the same shape, or opened by a given name). The company speaks; never a
    person, never a place (stop 60). A name opened by a given name keeps the person's reading ("Ada Brandt's Ivo
    Stark said": an aide)."""
    by_end = {c.end: c for c in cands}
    for c in cands:
        if (
            c.type != EntityType.PERSON
            or c.rule not in _WEAK_RULES
            or not 2 <= len(c.tokens) <= 3
            or c.tokens[0] in tab.first_names
            or _DOES_BUSINESS.match(text, c.end, c.end + 80) is None
            or SAID_PRONOUN_AFTER.match(text, c.end, c.end + 40) is not None
        ):
            continue
        if _STORE_ARTICLE_BEFORE.search(text, max(0, c.start - 8), c.start) is not None:
            c.type, c.rule = EntityType.ORG, SPEAKING_COMPANY
            continue
        owned = _POSSESSIVE_JUST_BEFORE.search(text, max(0, c.start - 3), c.start)
        owner = None if owned is None else by_end.get(owned.start()) or by_end.get(c.start - 1)
        if owner is not None and owner.type == EntityType.PERSON and len(owner.tokens) >= 2:
            c.type, c.rule = EntityType.ORG, SPEAKING_COMPANY


#: A name run of one to four capitalised words (text case), for a venture's partners and its name.
_NAME_RUN = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
#: A venture's noun (lower case in the text; stop 61): the joint venture's ("joint venture", "JV", "a new venture") or a
#: bare "venture" after an article and up to three words, never "venture capital".
_VENTURE = (
    r"(?i:"
    + JOINT_VENTURE_NOUN
    + r"|(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?ventures?)(?![\w-])(?!\s+capital)"
)
#: What follows a venture's first partner (text case; stop 61): "and <B> will form a venture", "and <B> agreed to set
#: up a joint venture", "and <B> plan a joint venture", "and <B> are forming a new venture" -- the pair forms it.
_PARTNERS_FORM_AFTER = re.compile(
    r"\s+and\s+"
    + _NAME_RUN
    + r"(?i:\s+(?:will|would|plan\s+to|plans\s+to|planned\s+to|have|has|had|agreed\s+to|are|were|"
    r"is|to|also|jointly|intend\s+to|aim\s+to|said\s+they\s+would|on\s+\w+day)){0,4}\s+(?i:form|forming|formed|set\s+up|"
    r"setting\s+up|create|creating|created|launch|launching|launched|establish|establishing|established|plan|planned|"
    r"unveil(?:ed)?|announced)\s+" + _VENTURE
)
#: Before a venture's partners or its name (text case; stop 61): "a joint venture between <A> and", "the venture of",
#: "a joint venture, to be called ", "a venture that will trade as ".
_VENTURE_BEFORE = re.compile(
    _VENTURE
    + r"(?:,?\s+(?:between|of|by|formed\s+by|set\s+up\s+by|owned\s+by)\s+(?:"
    + _NAME_RUN
    + r"\s+and\s+)?"
    r"|[^.;]{0,40}?\b(?:to\s+be\s+(?:called|named|known\s+as)|(?:will\s+)?trade\s+as|be\s+run\s+as)\s+)$"
)
#: The first of a pair right before the second's name (text case): "<A> and ".
_PAIR_FIRST = re.compile(r"(?<![\w&.'’-])" + _NAME_RUN + r"\s+and\s+$")
#: Typed a company as a venture's partner or its name (stop 61).
VENTURE_PARTNER = "entity.venture-partner"


def _type_venture_partners(cands: list[Candidate], text: str, tab: Tables) -> None:
    """ "Lindqvist Paper and Moreau Packaging will form a venture", "a joint venture between Garza Farms and Whitfield
    Seeds", "a joint venture, to be called Tidewater Ports": the partners of a venture and the venture's name are
    companies, never persons, whatever a surname-like first word says (stop 61). Only a name of a person's shape that
    no given name opens and no stronger rule typed; "Peter Okafor and Anna Hale will form a venture" keeps its people."""
    by_start = {c.start: c for c in cands}
    for c in cands:
        if (
            c.type != EntityType.PERSON
            or c.rule not in _WEAK_RULES
            or not 2 <= len(c.tokens) <= 3
            or c.tokens[0] in tab.first_names
        ):
            continue
        partner = _PARTNERS_FORM_AFTER.match(text, c.end, c.end + 200) is not None
        if not partner:
            partner = _VENTURE_BEFORE.search(text, max(0, c.start - 120), c.start) is not None
        if not partner:
            # the second of the pair: "<A> and <this> will form a venture"
            pair = _PAIR_FIRST.search(text, max(0, c.start - 60), c.start)
            first = None if pair is None else by_start.get(pair.start())
            partner = (
                first is not None and _PARTNERS_FORM_AFTER.match(text, first.end, first.end + 200) is not None
            )
        if partner:
            c.type, c.rule = EntityType.ORG, VENTURE_PARTNER


#: A name that reports of itself with a pronoun right after the verb: "Vey said he", "Vey told staff that she" (the
#: pronoun tells the name is a person's, of that sex): read here for a name's type (stop 58) and by attribution.py for
#: the speaker's sex, one pattern.
SAID_PRONOUN_AFTER = re.compile(r"\s+(?:said|says|added|wrote|told\s+\w+)\s+(?:that\s+)?(he|she)\b")
#: A two-word name typed a person by the pronoun after its verb of saying (stop 58).
TOLD_BY_PRONOUN = "entity.said-he"


def _type_told_by_pronoun(cands: list[Candidate], text: str, tab: Tables) -> None:
    """ "Harlow Price said he would raise the offer": a two-word name typed a company by default only (a common word
    in it, so no person's shape) whose verb of saying a person's pronoun follows names a person (stop 58); "Harlow
    Price said it would" stays a company."""
    told = {
        c.tokens
        for c in cands
        if c.rule == "entity.default-org"
        and len(c.tokens) == 2
        and all(w[:1].isupper() and w[1:].islower() for w in c.tokens)
        and c.tokens not in tab.known
        and SAID_PRONOUN_AFTER.match(text, c.end, c.end + 40) is not None
    }
    for c in cands:
        if c.tokens in told and c.rule == "entity.default-org":
            c.type, c.rule = EntityType.PERSON, TOLD_BY_PRONOUN


#: "siblings Ana and Lis Stark", "its founders, Ana and Lis Stark,": two given names joined by "and"
#: before the one surname they share name two persons of that surname.
SHARED_SURNAME = "entity.shared-surname"


#: Persons told as a pair or a team right before their names: "its co-founders, ", "the founders of
#: Tallow Robotics, ", "the couple ".
_FOUNDERS_BEFORE = re.compile(
    r"\b(?:co-?founders|founders|couple|duo|pair|twins)(?:\s+of\s+[A-Z][^,.;]{0,50})?,?\s+$"
)


def _with_shared_surnames(cands: list[Candidate], text: str, tab: Tables) -> list[Candidate]:
    """The first of two given names before one surname ("Ana and Lis Stark") is written alone, and
    is the full name "Ana Stark": a name of that form is added, and the article's merges join the
    bare "Ana" to it. The first word must be a person's (a given name the lexicon knows, or typed a
    person by the text: "siblings Ana and ..."), never a company's ("Tallow and Lis Stark"), nor the
    surname of a person the article names in full ("Lund and Lis Stark" after "Ivo Lund")."""
    if not any(text.startswith(" and ", c.end) or text.startswith(" & ", c.end) for c in cands):
        return cands
    surnames = {c.tokens[-1] for c in cands if c.type == EntityType.PERSON and len(c.tokens) > 1}
    by_start = {c.start: c for c in cands if c.type == EntityType.PERSON and len(c.tokens) == 2}
    added = []
    for c in cands:
        if len(c.tokens) != 1 or c.tokens in tab.known or c.tokens[0] in surnames:
            continue
        gap = 5 if text.startswith(" and ", c.end) else (3 if text.startswith(" & ", c.end) else 0)
        pair = by_start.get(c.end + gap) if gap else None
        if pair is None or pair.tokens[0] == c.tokens[0] or pair.tokens in tab.known:
            continue
        guessed = c.type is None or c.rule in GUESS_RULES
        if (
            c.type == EntityType.PERSON
            or (guessed and c.tokens[0] in tab.first_names)
            or (guessed and _FOUNDERS_BEFORE.search(text, max(0, c.start - 80), c.start) is not None)
        ):
            added.append(
                Candidate((c.tokens[0], pair.tokens[-1]), c.start, c.end, EntityType.PERSON, SHARED_SURNAME)
            )
    return cands + added if added else cands


WORK_TITLE_RULE = "entity.work-title"
#: A given name the lexicon knows written alone ("a text from Ilya"): a person, but written once and
#: shown by nothing else a guess (`_without_unsupported_guesses`).
GIVEN_NAME_ALONE = "entity.given-name-alone"
#: The rules a title of a work outweighs where a candidate runs on past the title's words ("Creed
#: Shadows" after "A’s Creed"): a guess, a brand's or a product's rule; a company's evidence (a suffix,
#: the gazetteer, a title before it) keeps the longer name.
_TITLE_OUTWEIGHS = frozenset(
    {"entity.default-org", "entity.name-shape", "entity.after-of", "entity.object-of", "entity.first-name",
     "entity.quoted-title", "entity.product-head", "entity.model-name", "entity.the-name"}
) | {"entity.brand-list", "entity.brand-maker", "entity.brand-goods", "entity.goods-after"}  # fmt: skip
_TITLE_JOINTS = frozenset({"and", "or", "&", ","})
_SOMEONE = frozenset({EntityType.ORG, EntityType.OUTLET, EntityType.PERSON})


def _not_a_title(tab: Tables) -> Callable[[str], bool]:
    """Whether a cued title is none: a known company, outlet or person (by its name or the owner's
    before a possessive), or a job's title ("the CEO title")."""

    def known(words: tuple[str, ...]) -> bool:
        hit = tab.known.get(words)
        return hit is not None and hit[1] != EntityType.PLACE

    def test(title: str) -> bool:
        words = tuple(title.split())
        owner = title.split("’s ")[0].split("'s ")[0]
        return (
            known(words)
            or known(tuple(owner.split()))
            or title.lower() in tab.titles
            or (len(words) == 1 and words[0] in tab.demonyms)
        )

    return test


def _with_work_titles(cands: list[Candidate], text: str, tab: Tables) -> list[Candidate]:
    """The candidates with each title of a work the page names (`work_titles`) as one product: the
    names inside a title's words ("Vera Holt" of "Vera Holt’s Shadow Run", "Glass Harbor and The Ember
    Road" across two titles of a list) are no one; a guess that runs on past the title ("Creed
    Shadows") is the longer title's."""
    if not cands:
        return cands
    # a name with a company's or a person's evidence somewhere on the page is no title ("brands like
    # A, B and C" where A is a company the page names by its legal form elsewhere)
    named = {c.tokens for c in cands if c.rule not in _TITLE_OUTWEIGHS and c.type in _SOMEONE}
    not_known = _not_a_title(tab)
    spans = work_title_spans(text, lambda title: not_known(title) or tuple(title.split()) in named)
    if not spans:
        return cands

    def inside(c: Candidate) -> bool:
        """Every word of the candidate stands in a title or is a list's joint."""
        for word in re.finditer(r"[^\s,]+|,", text[c.start : c.end]):
            at = c.start + word.start()
            if word.group() in _TITLE_JOINTS:
                continue
            if not any(s <= at and c.start + word.end() <= e for s, e in spans):
                return False
        return True

    drop: set[int] = set()
    titles: list[Candidate] = []
    for s, e in spans:
        over = [k for k, c in enumerate(cands) if c.start < e and s < c.end]
        lo, hi = s, e
        for k in over:
            c = cands[k]
            if inside(c):
                drop.add(k)
            elif c.rule in _TITLE_OUTWEIGHS and c.start != s:
                # a guess that starts inside the title and runs on ("Creed Shadows" of "A’s Creed
                # Shadows") is the longer title's; one that runs into it, a headline's words
                drop.add(k)
                hi = max(hi, c.end) if c.start > s else hi
        # a name guessed by its shape, its possessive right before the title, is the title's own
        # ("Vera Holt’s Shadow Run", the title cued elsewhere as "Shadow Run")
        for k, c in enumerate(cands):
            if c.end < s and c.rule in _TITLE_OUTWEIGHS and text[c.end : s] in ("’s ", "'s "):
                drop.add(k)
                lo = c.start
        if any(k not in drop for k in over):
            continue  # a company's name runs through the title's words: the page names the company
        words = tuple(t.text for t in tokenize(text, lo, hi))
        titles.append(Candidate(words, lo, hi, EntityType.PRODUCT, WORK_TITLE_RULE))
    return [c for k, c in enumerate(cands) if k not in drop] + titles


#: A given name's possessive and a capitalised word: a business named after its founder's given name
#: ("Ana's Kitchen", "Ivo's Club"), one name. The look-behind (no word character, apostrophe, stop or
#: hyphen before the capital) is asked after the capital, not before it: the pattern then opens with a
#: class of characters, which `re` skips ahead to, instead of an assertion it tries at every position
#: (the same matches, about 2.5 times faster; stop 53).
_GIVEN_POSSESSIVE_NAME = re.compile(
    r"(?P<given>[A-Z](?<![\w’'.-][A-Z])[a-z]+)[’']s\s(?P<rest>[A-Z][a-z]+)\b(?![’'-])"
)
STORE_NAME = "entity.store-name"


def _with_store_names(cands: list[Candidate], text: str, tab: Tables) -> list[Candidate]:
    """ "Ivo's Club", "Ana's Kitchen": a given name the page gives no person of its own (no "Ivo Lund"),
    in the possessive before a capitalised word that is no known name, title nor common word, is a
    business named after its founder: one organisation, written with its possessive (the bare given
    name there is no one)."""
    if "s " not in text:
        return cands
    given_of_persons = {c.tokens[0] for c in cands if c.type == EntityType.PERSON and len(c.tokens) >= 2}
    found: list[Candidate] = []
    for m in _GIVEN_POSSESSIVE_NAME.finditer(text):
        given, rest = m.group("given"), m.group("rest")
        if given not in tab.first_names or given in given_of_persons:
            continue
        if (
            (rest,) in tab.known
            or rest in tab.generic
            or rest in tab.function_words
            or rest in tab.first_names
            or rest.lower() in tab.common
            or tab.title_re.match(rest)
        ):
            continue
        words = tuple(t.text for t in tokenize(text, m.start(), m.end()))
        found.append(Candidate(words, m.start(), m.end(), EntityType.ORG, STORE_NAME))
    if not found:
        return cands
    spans = [(c.start, c.end) for c in found]
    kept = [c for c in cands if not any(c.start < e and s < c.end for s, e in spans)]
    return kept + found


def _mark_listed_goods(locals_: dict[str, Local], text: str, sentences: list[tuple[int, int]]) -> None:
    """Each mention of an organization that stands in a list of what a company makes or owns
    (`listed_goods`: "the owner of A and B", "A and B maker X") takes that list's rule: the company
    it names is the list's item there, never a party of the owner's deal (the event facts read the
    mark)."""
    starts = [s for s, _e in sentences]
    for loc in locals_.values():
        if loc.type not in (EntityType.ORG, EntityType.OUTLET):
            continue
        for k, m in enumerate(loc.mentions):
            start, end = m.span.start, m.span.end
            at = bisect_left(starts, start + 1) - 1
            sent_start = sentences[at][0] if at >= 0 else 0
            rule = listed_goods(text, start, end, text[end : end + 1] in ("’", "'"), sent_start)
            if rule is not None:
                loc.mentions[k] = Mention(
                    m.span, m.text, LISTED_HOLDING if rule == OWNED_RULE else LISTED_BRAND
                )


def _without_common_words(
    cands: list[Candidate], lower_words: set[str], tab: Tables, text: str
) -> list[Candidate]:
    """Leave out a form typed an organization for want of anything else (`entity.default-org`) whose
    every word is common: the article also writes it in lower case, or it is a common noun of the
    lexicon and the form never owns anything nor acts ("Details", "Retail", "Billion Stake", "Devices
    and Books": a label, a headline's words, a unit's name). A form with any stronger evidence
    anywhere in the article (a suffix, a title, the gazetteer, an organization's noun before it) is
    kept, and so is a company named by a common noun that owns or says ("Scale’s founder", "Scale
    later denied it")."""
    weak: dict[tuple[str, ...], bool] = {}
    acts: set[tuple[str, ...]] = set()  # forms that own something or act: "Scale’s founder", "Scale denied"
    for c in cands:
        weak[c.tokens] = weak.get(c.tokens, True) and c.rule == "entity.default-org"
        if _ACTS_AFTER.match(text, c.end, c.end + 40):
            acts.add(c.tokens)
    # the short form of a longer name ("Slack" of "Slack Technologies", "Juniper" of "Juniper
    # Networks") is that name's, whatever its word means in lower case
    heads = {c.tokens[:k] for c in cands for k in range(1, len(c.tokens))}

    def common(form: tuple[str, ...]) -> bool:
        words = [w for w in form if w not in _CONNECTORS and w.lower() != "and"]
        return bool(words) and all(
            w[:1].isupper()
            and w[1:].islower()
            and (w.lower() in lower_words or (w.lower() in tab.common and form not in acts))
            for w in words
        )

    return [c for c in cands if not (weak[c.tokens] and c.tokens not in heads and common(c.tokens))]


#: Right after a unit's name: the noun that makes it a body of the company ("its Devices and Services
#: group", "its People, Experience and Technology (PXT) organization").
#: Right after a name: it speaks ("the Information reported"), so it names an outlet or a company.
_SPEAKS_AFTER = re.compile(r"\s{1,3}(?:said|says|reported|reports|told|wrote|announced|confirmed|denied)\b")
_UNIT_BODY_AFTER = re.compile(
    r"\s{1,3}(?:groups?|organizations?|organisations?|divisions?|units?|segments?|departments?)\b"
)  # (in the plural too: "its Devices and Services groups", stop 42)


def _person_word(word: str, tab: Tables) -> bool:
    """A word that may be a given name or a surname: capitalized, then lower case, and no common word."""
    return (
        len(word) >= 2
        and word[0].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
        and word.lower() not in tab.function_areas
        and word.lower() not in tab.common
        and word not in tab.function_words
    )


def _title_field_word(word: str, tab: Tables) -> bool:
    """A word of a title's field written capitalised ("New", "Businesses", "Global", "Sales"): a job's field or a
    common word, in the singular or the plural (stop 63)."""
    low = word.lower()
    forms = (
        (low, low[:-1], low[:-2]) if low.endswith("es") else (low, low[:-1]) if low.endswith("s") else (low,)
    )
    return any(f in tab.function_areas or f in tab.common for f in forms)


def _functions_only(form: tuple[str, ...], tab: Tables) -> bool:
    words = [w.strip(",") for w in form if w not in _CONNECTORS and w.lower() != "and"]
    return bool(words) and all(w.lower() in tab.function_areas for w in words if w)


#: A function's word that is also a state's ministry's own name: written alone after "the", "the
#: Treasury" is the finance ministry ("rescued by the Treasury", "the Treasury has been selling").
_STATE_FUNCTIONS = frozenset({("Treasury",)})
_THE_BEFORE_NAME = re.compile(r"(?<![\w’'])[Tt]he $")
#: After the word, a noun that makes it a company's function: "the Treasury team", "the Treasury and
#: Finance staff" (or a name it opens: "the Treasury Department" is a name of its own).
_FUNCTION_UNIT_AFTER = re.compile(
    r"\s*(?:&|and\b|team|teams|function|functions|staff|unit|units|operations|desk|division|department)"
)


def _state_function_body(c: Candidate, text: str) -> bool:
    """ "the Treasury" alone: the state's ministry, not a company's function ("head of Treasury", "its
    Treasury team")."""
    return (
        c.tokens in _STATE_FUNCTIONS
        and _THE_BEFORE_NAME.search(text, max(0, c.start - 5), c.start) is not None
        and not _FUNCTION_UNIT_AFTER.match(text, c.end, c.end + 16)
    )


def _without_business_functions(
    cands: list[Candidate], pairs: list[tuple[Candidate, Candidate]], text: str, tab: Tables
) -> tuple[list[Candidate], list[tuple[Candidate, Candidate]]]:
    """Leave out a capitalized phrase made only of a company's functions and fields (gazetteer.yaml's
    `function_areas`): the field of a title ("vice president of Financial Planning and Analysis",
    "head of Investor Relations"), a team ("its Field Sales, Partner Services and Design teams"), a degree ("Bachelor of Science"). Its initials in brackets go with it ("General
    & Administrative (G&A)"). Kept: a known name, a unit the text names as a body of the company ("its
    Devices and Services group", "(PXT) organization"), a name that speaks ("the Information reported"), a phrase that opens a longer name of the article
    ("Global" of "Global Data Partners") and a person's surname written alone."""
    # each distinct form tested once: a name is written many times in an article
    only = {form for form in {c.tokens for c in cands} if _functions_only(form, tab)}
    if not only:
        return cands, pairs
    bodies = {
        c.tokens
        for c in cands
        if _UNIT_BODY_AFTER.match(text, c.end, c.end + 16) or _SPEAKS_AFTER.match(text, c.end, c.end + 16)
    }
    bodies.update(c.tokens for c in cands if _state_function_body(c, text))
    for long, short in pairs:
        if long.tokens in bodies or short.tokens in bodies:
            bodies.update((long.tokens, short.tokens))
    heads = {c.tokens[:k] for c in cands if c.tokens not in only for k in range(1, len(c.tokens))}
    surnames = {
        c.tokens[-1:]
        for c in cands
        if c.type == EntityType.PERSON and len(c.tokens) > 1 and c.tokens not in only
    }
    drop = {
        c.tokens
        for c in cands
        if c.rule != "entity.gazetteer"
        and c.tokens not in tab.known
        and c.tokens in only
        and c.tokens not in bodies
        and c.tokens not in heads
        and c.tokens not in surnames
    }
    if not drop:
        return cands, pairs
    drop |= {short.tokens for long, short in pairs if long.tokens in drop and short.tokens not in bodies}
    kept_pairs = [(long, short) for long, short in pairs if long.tokens not in drop]
    return [c for c in cands if c.tokens not in drop], kept_pairs


def _without_unsupported_guesses(
    cands: list[Candidate], text: str, org_nouns: frozenset[str], org_heads: frozenset[str]
) -> list[Candidate]:
    """Leave out a form that only the fallback typed (`entity.default-org`) and that nothing in the
    article shows to name someone (org_evidence.py): it is named once, never owns anything nor acts
    (`acts_or_owns`), and stands in no list beside a name typed by evidence ("the Stabroek block",
    "Knorr stock cubes", "a head office in Rotterdam", "Trade war"). A form that is part of a longer
    name of the article ("Looney" of "Bernard Looney") goes with that name's evidence. A name ending in
    an organization's noun ("Abu Dhabi Investment Firm"), opening with an organization's head and "of"
    ("Ministry of Trade and Industry", "Bank of Tallow") or holding an organization's noun before its
    "of" ("Kestrel Bank of Norway") is its own evidence, and so is a name in a list of investors."""
    weak: dict[tuple[str, ...], bool] = {}
    count: dict[tuple[str, ...], int] = {}
    for c in cands:
        weak[c.tokens] = weak.get(c.tokens, True) and c.rule in ("entity.default-org", GIVEN_NAME_ALONE)
        count[c.tokens] = count.get(c.tokens, 0) + 1
    for f in list(count):  # "the Marlin ... Marlins made in Spain": one name, written twice
        if len(f) == 1 and f[0].endswith("s") and (f[0][:-1],) in count:
            count[f] = count[(f[0][:-1],)] = count[f] + count[(f[0][:-1],)]
    # the runs of words inside longer forms ("Looney" of "Bernard Looney"): each name has a few words
    parts = {
        f[i:j] for f in weak if len(f) > 1 for i in range(len(f)) for j in range(i + 1, len(f) + (i > 0))
    }
    doubt = {
        f for f, w in weak.items() if w and count[f] < 2 and not _INITIALS.match(f[0]) and f not in parts
    }
    if not doubt:
        return cands
    ordered = sorted(cands, key=lambda c: c.start)
    shown = {
        c.tokens
        for c in ordered
        if c.tokens in doubt
        and (
            acts_or_owns(text, c.start, c.end, org_nouns)
            or (len(c.tokens) == 1 and of_a_place(text, c.start, _is_place))
            or (len(c.tokens) > 1 and c.tokens[-1].lower() in org_nouns)
            or (len(c.tokens) > 2 and c.tokens[1] == "of" and c.tokens[0] in org_heads)
            # "Commonwealth Bank of Australia": an organization's noun heads the name before its "of"
            or any(w.lower() in org_nouns and nxt == "of" for w, nxt in itertools.pairwise(c.tokens))
            # "other than Mira who found out": a given name alone that the text says is someone
            or (c.rule == GIVEN_NAME_ALONE and _WHO_NEXT.match(text, c.end, c.end + 8) is not None)
            # "existing investors such as A and B": one of a list of investors
            or _INVESTOR_LIST_BEFORE.search(text, max(0, c.start - 240), c.start) is not None
            # "controlled by Finland-based Kestrel": a place's "-based" before says what the name is (stop 55)
            or _BASED_BEFORE.search(text, max(0, c.start - 30), c.start) is not None
        )
    }
    named = {c.tokens for c in ordered if c.tokens not in doubt}
    # a list "A, B and C" with one name typed by evidence vouches for the others: each doubtful form is
    # named once, so a pass each way carries the evidence along the list (linear in the names)
    pairs = [(a, b) for a, b in itertools.pairwise(ordered) if listed_beside(text, a.end, b.start)]
    for x, y in [(b, a) for a, b in pairs] + [(a, b) for a, b in reversed(pairs)]:
        if x.tokens in doubt and (y.tokens in named or y.tokens in shown):
            shown.add(x.tokens)
    # "the Federal Reserve and the European Central Bank": two bodies coordinated with "the", the
    # neighbour an organization by its own evidence (a place beside, "in Guyana and the Bakken", or a
    # guess vouches for nothing)
    for a, b in itertools.pairwise(ordered):
        if coordinated_with_the(text, a.end, b.start):
            for x, y in ((a, b), (b, a)):
                if (
                    x.tokens in doubt
                    and (y.tokens in named or y.tokens in shown)
                    and y.type == EntityType.ORG
                ):
                    shown.add(x.tokens)
    return [c for c in cands if c.tokens not in doubt or c.tokens in shown]


def _is_place(name: str) -> bool:
    """Does the gazetteer know `name` as a place ("China", "Abu Dhabi")?"""
    got = tables().known.get(tuple(name.split()))
    return got is not None and got[1] == EntityType.PLACE


#: "C.R." before a surname: a person's initials, whatever typed them.
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")


def _without_plurals(cands: list[Candidate]) -> list[Candidate]:
    """ "Jeeps", "Teslas": a one-word form typed for want of evidence that is another form of the
    article with an "s" added counts the things that name makes, and names no one itself."""
    forms = {c.tokens for c in cands}
    return [
        c
        for c in cands
        if not (
            len(c.tokens) == 1
            and c.rule in _WEAK_RULES
            and len(c.tokens[0]) > 3
            and c.tokens[0].endswith("s")
            and (c.tokens[0][:-1],) in forms
        )
    ]


def _without_name_pairs(cands: list[Candidate], tab: Tables) -> list[Candidate]:
    """ "the Google-Kestrel deal": a hyphenated one-word form whose every part (three letters or more)
    is a name of the article on its own, or known to the gazetteer, is no name of its own; pass B
    finds each part in it (`_compound_parts`)."""
    forms = {c.tokens for c in cands}

    def pair(form: tuple[str, ...]) -> bool:
        parts = form[0].split("-") if len(form) == 1 else []
        return len(parts) >= 2 and all(
            len(p) >= 3 and ((p,) in forms or ((p,) in tab.known and _gaz_safe((p,)))) for p in parts
        )

    return [c for c in cands if not pair(c.tokens)]


#: Right after a name: a possessive, or a verb of saying or doing (an adverb may stand between).
_ACTS_AFTER = re.compile(
    r"(?:’s|'s)|\s+(?:[a-z]+ly\s+)?(?:said|says|denied|denies|announced|announces|confirmed|confirms|"
    r"declined|told|added|agreed|plans|planned|reported|reports|acquired|bought|buys|sold|sells|will|would|"
    r"has|had|is|was)\b"
)


#: After a name, the words that give its earlier name: "X (formerly Twitter)", "X, formerly known as
#: Twitter", "X, the former Twitter", "Harbour, previously called Dunmore", "X, then known as the Y
#: Group", "X — once called Y", "X, which changed its name from Y"; or its later one: "Twitter, now
#: called X". The other name must close the aside (_RENAME_END): "Y, the former Orbitex chief" is a
#: person and a company; "then" and "once" alone are no rename ("Orvell bought Tarrow, then Pellan").
_RENAMED = re.compile(
    r"\s*(?:[(,]|\s[—–])\s*(?:(?P<old>(?:formerly|previously)(?:\s+(?:known\s+as|called|named|renamed))?|"
    r"(?:once|then)\s+(?:known\s+as|called|named)|the\s+former|which\s+changed\s+its\s+(?:[a-z]+\s+)?name\s+from)|"
    r"(?P<new>now(?:\s+(?:known\s+as|called|named|renamed))?))\s+(?:the\s+)?",
    re.IGNORECASE,
)
_RENAME_END = re.compile(r"\s*(?:[),;.—–(]|$)")
#: Right before a name, the words that tell it is an earlier name of a company the clause does not
#: name: "the bank, formerly known as Y,", "the lender — then known as Y —", "the group formerly
#: called Y", "a stake in the former Y Group,", "changed its name from Y".
_FORMER_BEFORE = re.compile(
    r"(?:\b(?:formerly|previously|once|then)\s+(?:known\s+as|called|named)|\bformerly|\bthe\s+former|"
    r"\bchanged\s+(?:its|their)\s+(?:[a-z]+\s+)?name\s+from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What every match of `_FORMER_BEFORE` holds, in any case ("former" stands in "formerly"): a window with none
#: is not searched (`needle_within`; stop 54).
_FORMER_NEEDLES = ("former", "previously", "once", "then", "changed")
#: The words "known as" (or "called", "named") in the cue: an earlier name that need not close an aside
#: ("the bank formerly known as Y has not been"); "the former Y" must ("the former Y chief" is a post).
_KNOWN_AS = re.compile(r"(?:known\s+as|called|named|name\s+from)\s+(?:the\s+)?$", re.IGNORECASE)
#: Before a name, the words that make it the parent a company was spun off from: "a spinoff of the X",
#: "spun off from X", "a spin-off from X", "demerged from X".
_SPUN_OFF_BEFORE = re.compile(
    r"\b(?:spin-?off|spun\s+off|split\s+off|carved\s+out|demerged)\s+(?:of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "Formerly known as Y, X was ...": the earlier name opens the sentence and the current one follows.
_NOW_NAME_AFTER = re.compile(r"\s*,\s+(?:the\s+)?")


def _renames(
    text: str, cands: list[Candidate], sentences: Sequence[tuple[int, int]]
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(current name, earlier name) pairs the text states ("X (formerly Twitter)"): one entity, by the
    name the text gives it now. An earlier name whose clause names no company before it ("The lender,
    formerly known as Y, said") is an earlier name of the company the page named last before its
    sentence (`_earlier_names`)."""
    at = {c.start: c for c in cands}
    out = []
    for c in cands:
        m = _RENAMED.match(text, c.end, c.end + 60)
        other = at.get(m.end()) if m else None
        if m is None or other is None or other.tokens == c.tokens:
            continue
        if not (_KNOWN_AS.search(text, m.start(), m.end()) or _RENAME_END.match(text, other.end)):
            continue
        out.append((c.tokens, other.tokens) if m.group("old") else (other.tokens, c.tokens))
    out += _earlier_names(text, cands, sentences, {was for _now, was in out}, at)
    if not out:
        return out
    # "Kellanova, formerly known as the Kellogg Company ... a spinoff of the Kellogg Company": a page
    # that tells the company spun off from the earlier name keeps the two apart (a parent and its
    # spin-off are two bodies)
    earlier = {was for _now, was in out}
    parents = {
        c.tokens
        for c in cands
        if c.tokens in earlier and _SPUN_OFF_BEFORE.search(text, max(0, c.start - 40), c.start)
    }
    return [(now, was) for now, was in out if was not in parents]


def _type_earlier_names(
    cands: list[Candidate], renames: list[tuple[tuple[str, ...], tuple[str, ...]]]
) -> None:
    """An earlier name of a company is the company's name: a person's shape guessed it no one's
    ("formerly known as Delmont Mutual")."""
    orgs = {c.tokens for c in cands if c.type == EntityType.ORG}
    earlier = {was for now, was in renames if now in orgs}
    for c in cands:
        if c.tokens in earlier and c.type == EntityType.PERSON and c.rule in _WEAK_RULES:
            c.type = EntityType.ORG


def _earlier_names(
    text: str,
    cands: list[Candidate],
    sentences: Sequence[tuple[int, int]],
    told: set[tuple[str, ...]],
    at: dict[int, Candidate],
) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(current name, earlier name) for an earlier name told with no name before its cue: "Formerly
    known as Y, X said" (the name after it), "The lender, formerly known as Y, said" (the company named
    last in an earlier sentence). No pair when a company is named before the cue in its own sentence
    ("Orvell bought the bank formerly known as Y": which bank is not told) or none before it at all.
    `at`: the candidates by their start."""
    out = []
    starts = [s for s, _e in sentences]
    for c in cands:
        if c.tokens in told or c.type in (EntityType.PLACE, EntityType.PRODUCT):
            continue
        k = bisect_right(starts, c.start) - 1
        sent_start = sentences[k][0] if k >= 0 else 0
        lo = max(sent_start, c.start - 60)
        cue = (
            _FORMER_BEFORE.search(text, lo, c.start)
            if needle_within(text, _FORMER_NEEDLES, lo, c.start)
            else None
        )
        if cue is None or not (
            _KNOWN_AS.search(text, cue.start(), c.start) or _RENAME_END.match(text, c.end)
        ):
            continue
        if not text[sent_start : cue.start()].strip():  # the cue opens the sentence
            m = _NOW_NAME_AFTER.match(text, c.end)
            now = at.get(m.end()) if m else None
            if now is not None and now.tokens != c.tokens:
                out.append((now.tokens, c.tokens))
            continue
        if any(sent_start <= o.start and o.end <= cue.start() for o in cands if o.type in _SOMEONE):
            continue
        named = [
            o for o in cands if o.end <= sent_start and o.type == EntityType.ORG and o.tokens != c.tokens
        ]
        if named:
            out.append((max(named, key=lambda o: o.start).tokens, c.tokens))
    return out


def _outlet_credits(
    sentence_tokens: list[tuple[tuple[int, int], list[Token]]], tab: Tables, text: str
) -> frozenset[tuple[int, int]]:
    """Lines that are an outlet's name alone ("The Associated Press" under a headline, "From Wirewire:"),
    after the page's date stamp or not (" date 2023-09-12 From Wirewire:"), or the outlet with its
    writer's name or the page's date on the line ("A. Writer | Wirewire", "Wirewire Nov 29 | Updated on
    ..."): the page's credit for the story, not a name in it."""
    out = set()
    outlet_first, outlet_last = tab.outlet_first, tab.outlet_last
    for sent, toks in sentence_tokens:
        skip = stamp_length(text, sent[0], sent[1]) if toks and toks[0].text.lower() == "date" else 0
        if skip:
            toks = [t for t in toks if t.start >= sent[0] + skip]
        words = [t for t in toks if t.is_word]
        if 1 <= len(words) <= 6 and words[0].text in ("The", "From", "By"):
            words = words[1:]
        if not words or len(words) > 10 or any(not t.is_word and t.text not in ":.-–—|," for t in toks):
            continue
        # the outlet stands at the line's head or its end (alone, or with a writer or a date): a line
        # whose first word opens no outlet's name and whose last word ends none is no credit
        head, tail = words[0], words[-1]
        if not (
            head.bare in outlet_first
            or head.text in outlet_first
            or tail.bare in outlet_last
            or tail.text in outlet_last
        ):
            continue
        if (len(words) <= 5 and _known_type(tab, words) == EntityType.OUTLET) or _credit_line(words, tab):
            out.add(sent)
    return frozenset(out)


#: Words of a page's date on a credit line besides numbers and months: "Updated on November 29, 2021".
_STAMP_WORDS = frozenset({"updated", "published", "posted", "on", "at", "am", "pm"})


def _credit_line(words: list[Token], tab: Tables) -> bool:
    """An outlet's name at the head or the end of a short line whose other words are a writer's name
    (at most three capitalised words no one knows as another name) or the page's date."""
    for k in (1, 2, 3):
        if k >= len(words):
            break
        for outlet, rest in ((words[:k], words[k:]), (words[-k:], words[:-k])):
            if _known_type(tab, outlet) != EntityType.OUTLET:
                continue
            named = [
                t
                for t in rest
                if not (t.text.isdigit() or t.text in tab.generic or t.text.lower() in _STAMP_WORDS)
            ]
            if len(named) <= 3 and all(
                t.text[:1].isupper() and t.text[1:2].islower() and (t.bare,) not in tab.known for t in named
            ):
                return True
    return False


#: A word with letters and digits names a model or a product: "GPT-4", "H100", "Grok-1.5V".
_MODEL_NAME = re.compile(r"^(?=[\w.-]*[A-Za-z])(?=[\w.-]*\d)[\w.-]+$")
_DIGIT = re.compile(r"\d")
#: Verbs whose object is an organization, not a person: "ran Taco Bell", "left Harbour Group".
_ORG_VERBS = (
    "ran", "runs", "run", "running", "joined", "joins", "join", "joining", "left", "leaves", "leaving",
    "founded", "co-founded", "cofounded", "bought", "buys", "buy", "buying", "acquired", "acquires",
    "acquire", "acquiring", "sold", "sells", "invested in", "invests in", "backed", "backs", "sued", "sues",
    "merged with", "spun off", "turned around", "turning around", "turns around", "revived", "reviving",
    "led", "leads", "heads", "headed", "oversees", "oversaw", "overseeing",
    "sold to", "acquired by", "bought by", "taken over by",
)  # fmt: skip
_ORG_VERB_BEFORE = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(verb.split()) for verb in _ORG_VERBS) + r")\s+$",  # words: no escapes
    re.IGNORECASE,
)
#: The last word of each of _ORG_VERBS ("invested in": "in"): what the text before must end in (and
#: white space) for _ORG_VERB_BEFORE to match.
_ORG_VERB_LAST = tuple(sorted({verb.split()[-1] for verb in _ORG_VERBS}))
_VERB_BEFORE_TITLE = re.compile(r"\b(?:to|will|would|can|could|should|must)\s+$", re.IGNORECASE)
_PLACE_HEADS = frozenset(
    {
        "Theatre",
        "Theater",
        "Stadium",
        "Arena",
        "Street",
        "Avenue",
        "Road",
        "Square",
        "Hall",
        "Park",
        "Bridge",
        "Valley",
        "Airport",
        "Station",
        "Boulevard",
        "Lane",
        "Plaza",
        "Island",
        "Islands",
        "Bay",
        "Beach",
        "Mountain",
        "River",
        "Lake",
        "County",
        "Province",
        "Sea",
        "Ocean",
        "Gulf",
        "Strait",
        "Coast",
        "Peninsula",
        "Desert",
        "Mountains",
        "Canal",
        "Basin",
        "Region",
        "Delta",
        "Plateau",
    }
)
#: A list of investors up to a name in it: "existing investors, including A, the founders, B, and ",
#: "backers such as ", "its shareholders include A and " (items of up to five words, lower case allowed:
#: "the founders"; never "like": "investors like A and B" is what they favour). Read on a bounded window
#: before the name.
_INVESTOR_ITEM = r"(?:[\w&.’'-]+(?:\s[\w&.’'-]+){0,4})"
#: The list goes on after its first name: ", B and C", ", B, and C".
_LIST_GOES_ON = re.compile(r"\s*,\s+[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*)*\s*,?\s+(?:and|&|[A-Z])")
_INVESTOR_LIST_BEFORE = re.compile(
    r"\b(?i:investors|backers|shareholders|stockholders|lenders|financiers)\s*,?\s+"
    r"(?:including|such\s+as|include|includes|included|are)\s+"
    rf"(?:{_INVESTOR_ITEM}\s*,\s*){{0,8}}(?:{_INVESTOR_ITEM}\s*,?\s+(?:and|&)\s+)?"
    r"(?:[A-Z][\w&.-]*[’'](?:s\b)?\s+)?$"  # an owner's possessive before the name ("SoftBank’s")
)
#: Right before a name inside a page template's tag: "{{^", "{{/", "{{".
_TEMPLATE_TAG = re.compile(r".?\{\{[\^/#!>&]?\s?$")
#: A compass word before a known place names a part of it: "West Texas", "Northern California".
_COMPASS = frozenset(
    {
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Upper",
        "Lower",
    }
)
#: "in the ", "across the ", "throughout the " right before a name, no holding's noun before them ("a
#: stake in the", "shares in the", "invested in the").
_REGION_IN_BEFORE = re.compile(
    r"(?<!stake )(?<!stakes )(?<!shares )(?<!interest )(?<!invested )(?<!investment )(?<!investing )"
    r"\b(?:in|across|throughout)\s+the\s+$"
)
#: A lower-case land-form noun after a name: "the Permian basin", "the Gulf region" -- a place.
_PLACE_NOUNS = frozenset({"basin", "region", "delta", "plateau", "peninsula", "valley", "coast", "oilfield"})
_NOUN_BEFORE = re.compile(r"\b([A-Za-z][a-z-]*)(?:\s+|(?<=[a-z]))$")
#: The rule of a serial name ("<A> No. <n>") the page calls a body (stop 61).
SERIAL_BODY = "entity.serial-body"
#: Investing nouns that, before or after a serial name, make it a body, never a person (a serial name is no one's):
#: "activist investor Harbour No. 2", "the Harbour No. 2 hedge fund" (beside the gazetteer's `org_nouns`).
_SERIAL_INVESTOR_NOUNS = frozenset({"investor", "activist", "shareholder", "holder"})


def _serial_body(text: str, words: list[str], tab: Tables) -> bool:
    """Does the page call the serial name `words` ("Harbour No. 2") a body: an organisation's noun (the gazetteer's
    `org_nouns`, or an investing noun) right before one of its mentions ("hedge fund <A> No. 2"), right after it
    ("the <A> No. 2 hedge fund") or in an appositive after it ("<A> No. 2, the activist firm that ...")?"""
    name = " ".join(words)
    nouns = tab.org_nouns | _SERIAL_INVESTOR_NOUNS
    at = text.find(name)
    while at >= 0:
        head = _NOUN_BEFORE_APPOS.search(text, max(0, at - 30), at)
        after = _SERIAL_NOUN_AFTER.match(text, at + len(name))
        if (head is not None and head.group(1).lower() in nouns) or (
            after is not None and any(w in nouns for w in after.group(1).split())
        ):
            return True
        at = text.find(name, at + len(name))
    return False


#: After a serial name (text case): up to three lower-case words, after an appositive's article or not (" hedge fund
#: said", ", the activist firm", ", an activist investment firm"); one of them its noun.
_SERIAL_NOUN_AFTER = re.compile(r"(?:,\s+(?:a|an|the)\s+|\s+)((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")
#: ... or with the name in apposition after it: "the country's top AI firm, G42".
_NOUN_BEFORE_APPOS = re.compile(r"\b([A-Za-z][a-z-]*),?\s+$")
#: Nouns of a medicine right before its brand name ("cancer drug X", "prostate cancer med X"): a
#: product, never the company that makes it ("drugmaker X" is one word and an organization's noun).
_MEDICINE_BEFORE = frozenset(
    {"drug", "drugs", "med", "meds", "medicine", "medication", "therapy", "vaccine", "pill", "treatment"}
)
#: Nouns of a maker that also name a person's trade ("developer", "studio" as an artist's): a company
#: after one only when written in capitals.
_MAKER_NOUNS_TOO = frozenset({"developer", "studio"})
#: The nouns of a trade only a firm is called by (a closed class; "developer", "operator" and
#: "contractor" may be persons): "the miner X", "X, Europe's biggest brewer".
_FIRM_TRADES = frozenset(
    {
        "miner", "brewer", "distiller", "refiner", "airline", "carrier", "shipper", "telco", "bottler",
        "utility", "insurer", "reinsurer", "lender", "brokerage", "chipmaker", "automaker", "carmaker",
        "drugmaker", "retailer", "grocer", "conglomerate", "consultancy", "steelmaker", "miners",
        "importer", "exporter",  # "gas importer <Co>" (stop 58)
    }
)  # fmt: skip


#: Shops and works named like their owners ("a jeweller called Fowler Hart"): a trade's noun that may
#: also be a person's, read as a firm only after "called" and before no given name.
_SHOP_TRADES = frozenset(
    {"jeweller", "jeweler", "bakery", "brewery", "distillery", "dealership", "wholesaler"}
)


def _firm_called(noun: str, first_word: str, tab: Tables) -> bool:
    """ "a company called X", "a Leeds jeweller named X": a firm's noun names a firm; a trade that is
    also a person's ("a grocer called Sarah Lund") only when no given name opens the name."""
    if noun in tab.org_nouns and noun not in _PERSON_NOUNS_TOO:
        return True
    return (noun in _FIRM_TRADES or noun in _SHOP_TRADES) and first_word not in tab.first_names


#: In apposition after a name, a place's possessive and a firm's noun: "X, Europe's biggest
#: chipmaker", "X, Norway's second-largest lender".
_PLACE_BEST_AFTER = re.compile(
    r"\s*,\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*)?(?:’s|'s)\s+(?:[a-z-]+\s+){0,3}?(?P<noun>[a-z]+)\b(?=\s*[,.;)]|\s+(?:by|in|and|with|said|reported|has|is|was|will)\b)"
)
#: Organization nouns that also stand before a person's name ("his rival X"): no evidence either way.
_PERSON_NOUNS_TOO = frozenset({"rival", "rivals", "team"})
#: Nouns that head a description of a person ("X, a former Harbour executive and ...").
_PERSON_HEADS = frozenset(
    {
        "executive",
        "executives",
        "veteran",
        "official",
        "entrepreneur",
        "billionaire",
        "investor",
        "engineer",
        "lawyer",
        # who a quoted outsider is: "a fund manager at X", "an equity analyst at Y"
        "manager",
        "analyst",
        "economist",
        "strategist",
        "banker",
        "trader",
        "consultant",
        "adviser",
        "advisor",
        "professor",
        "researcher",
        "scientist",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "journalist",
        "reporter",
        # one of a firm's own people: "X, a Tallow insider currently leading its unit", "a Tallow employee"
        "insider",
        "employee",
        "staffer",
    }
)


#: Words that open a phrase inside an appositive after its head: "a blog about software", "a maker of
#: chips", "a rival that sells apps" (a product noun after them is not what the name is).
_APPOS_PHRASE_WORDS = frozenset(
    {
        "about",
        "of",
        "for",
        "from",
        "by",
        "with",
        "in",
        "on",
        "at",
        "to",
        "that",
        "which",
        "who",
        "whose",
        "like",
    }
)


#: Heads that persons and firms share: an investor, a backer or a holder may be either (the name's
#: own evidence, or a list's, types it).
_HOLDER_HEADS = frozenset({"investor", "investors", "backer", "backers", "shareholder", "shareholders"})


def _appositive_head(words: list[str], tab: Tables) -> str | None:
    """What an appositive's first head noun describes, "org", "person" or "product" ("the crane company
    started by an engineer": org; "a former Tallow executive and now CEO of its supplier", "a company
    veteran": person, the organization noun there only a modifier; "its voice assistant", "a rival
    product": product), or None."""
    phrase = False  # past a preposition or a relative: "a blog about software" is no software
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if w in _HOLDER_HEADS:
            # "X, the lead investor in the round", "X, its largest shareholder": a person or a firm
            return None
        if w in _PERSON_HEADS or w in tab.titles or (w.isupper() and w.lower() in tab.titles):
            return "person"
        phrase = phrase or w in _APPOS_PHRASE_WORDS
        if w in tab.product_nouns and not phrase:
            if nxt in tab.org_nouns:
                return "org"  # "the chip maker", "a cloud provider": the goods' noun qualifies a firm's (stop 49)
            # "its voice assistant": a product; "its assistant general counsel": a person's title
            return "person" if nxt in _PERSON_HEADS or nxt in tab.title_first else "product"
        if w in tab.org_nouns:
            if nxt in tab.product_nouns:
                return "product"  # "a rival product that ...": the organization's noun a modifier
            return "person" if nxt in _PERSON_HEADS or nxt in tab.titles else "org"
    return None


_INITIAL_WORD = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "A.", "H.P." (initials written together)
#: A surname with its prefix: "McCauley", "MacLeod", "O’Dwyer", "D’Angelo", or two joined by a hyphen,
#: "Marsh-Holt" (a capital inside a word otherwise makes a brand: "PayDesk").
_PREFIXED_SURNAME = re.compile(
    r"^(?:Mc|Mac|O[’']|D[’'])[A-Z][a-z]+$"
    r"|^[A-Z][a-z]+-(?!(?:Up|In|Out|On|Off|Over|Down|Back|By|To)$)[A-Z][a-z]+$"  # not "Catch-Up"
)
#: What an outlet publishes: "a Harbour Wire report", "an Ola Times investigation" (persons write
#: "a report by X", not "a X report").
#: The kinds of publication told right before or after an outlet's name: "French daily Le Soir", "the
#: weekly Kapital", "Il Corriere newspaper reported" (not "its newspaper business": a trade).
OUTLET_KIND = "entity.outlet-kind"
_OUTLET_KINDS = r"(?:newspaper|daily|weekly|tabloid|broadsheet|magazine)"
_OUTLET_KIND_BEFORE = re.compile(r"(?<![\w-])" + _OUTLET_KINDS + r"\s+$")
_OUTLET_KIND_AFTER = re.compile(
    r"[ \t]+" + _OUTLET_KINDS + r"\b(?![ \t]+(?:business|businesses|unit|group|division|empire|arm|"
    r"publisher|industry|chain|company|owner|stake|title|titles|brand|assets|operations|deal|sale)\b)"
)
#: The endings of adverbs that open a sentence before a comma ("Elsewhere,", "Likewise,", "Thereafter,",
#: "Afterwards,", "Nevertheless,"): closed shapes no company's or person's name takes there.
_OPENING_ADVERB_ENDINGS = ("where", "wise", "after", "wards", "theless")
#: A work named after "daily"/"weekly" as an adjective: "the weekly Harbour Catch-Up newsletter".
_KIND_OF_WORK_AFTER = re.compile(
    r"[ \t]+(?:newsletter|podcast|show|edition|briefing|column|supplement|programme|program|digest|"
    r"section|issue|series|list|update|meeting|call|report|email|bulletin)s?\b"
)
_WORK_NOUNS = frozenset(
    {"report", "reports", "article", "story", "investigation", "survey", "poll", "editorial"}
)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an)\s+$")
#: Goods sold under a brand, right after its name (one describing word allowed): "Purina dog food",
#: "Nespresso coffee capsules", "Haagen-Dazs ice cream" -- the brand of a product, no company.
_GOODS_AFTER = re.compile(rf"^\s+(?:{_DESCRIBING})?(?:{_GOODS})\b")
#: The same after a list of names, one or two describing words allowed: "A, B and C shampoos", "A and
#: B frozen waffles".
_GOODS_LIST_AFTER = re.compile(rf"^{_LIST_REST}\s+(?:{_DESCRIBING}){{0,2}}(?:{_GOODS})\b")
#: A list's rest and the lower-case noun that closes it: "(X) and Y platforms", "(X), Y and Z AI systems".
_PRODUCT_LIST_AFTER = re.compile(rf"^(?=\s*,?\s+(?:and|or|&)\s|\s*,){_LIST_REST}\s+(?:AI\s+)?([a-z]+)\b")
#: The lower-case noun after a name, past one describing word: "X initiative", "X smart speakers".
_NOUN_AFTER = re.compile(
    r"^\)?\s+(?:(?:smart|digital|voice|wireless|mobile|electric|flagship|popular)\s+)?([a-z][\w-]*)"
)
#: Endings of adjectives and participles, not of given names: "Seeking ...", "Scientific ...",
#: "Ethical ...", "Narrative ..." open a company's or an outlet's name, not a person's.
_NOT_GIVEN_ENDINGS = ("ing", "ical", "ific", "ive", "ous", "ible", "able")
#: A company's initials written as its name: "ASML", "BYD", "H3C".
_ACRONYM_WORD = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_CAP_NAME_NEXT = re.compile(r"\.?\s+[A-Z][a-z]")
_WHICH_AFTER = re.compile(r"^\s*,\s+which\s")
#: A lower-case "the" right before a name: persons take no article ("the Nasdaq Composite").
_THE_BEFORE = re.compile(r"\bthe\s+$")
#: A capitalised word (not "The", "A", "An") right before a name: the name may be cut short of it.
_CAPITAL_BEFORE = re.compile(r"(?<![\w’'.-])(?!(?:The|A|An)\b)(?-i:[A-Z])[\w&’'.-]{0,30}[ \t]{1,4}$")
_ANY_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A model number right before a capitalized word: "737 Max", "its A350 Ultra" (never a year, a
#: count with a comma, money or a percent).
_MODEL_NUMBER = re.compile(r"(?<![\w$£€.,])(?:[A-Z]{0,2}\d{3,4}|[A-Z]\d{2})\s$")
#: A name and a version number right before a word: "Kestrel 3.5 Sonnet", "Vela 2 Pro", "Nova 4o Mini".
_VERSION_BEFORE = re.compile(r"(?<![\w.])(?P<word>[A-Z][\w-]*)\s\d{1,2}(?:\.\d{1,2})?[a-z]?\s$")
#: Capitalized words that number something other than a product's version ("June 3", "Chapter 11").
_NOT_VERSIONED = frozenset(
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Chapter", "Section", "Article", "Phase", "Level", "Tier", "Round", "Stage", "Class",
        "Type", "Category", "Week", "Day", "Game", "Q", "H", "Page", "Part", "Item", "Rule", "Title",
        "Number", "No", "Top", "Group", "Gate", "Route", "Highway", "Channel", "Table", "Figure",
    }
)  # fmt: skip


def _version_before(text: str, start: int, sent_start: int) -> bool:
    """Does a name and a version number stand right before `start`? "Kestrel 3.5 Sonnet": the word is
    the model's tier, part of a product's name (not a month's day, a chapter or a round)."""
    m = _VERSION_BEFORE.search(text, max(sent_start, start - 30), start)
    return m is not None and m.group("word") not in _NOT_VERSIONED


#: "two new models of the X", "a version of its X": X is a product.
_PRODUCT_OF = re.compile(
    r"\b(?:models?|versions?|variants?|generations?|editions?|upgrades?)\s+of\s+(?:the|its|their)\s+$"
)
_OPEN_MARKS = frozenset("\"“‘'")
_CLOSE_MARKS = frozenset("\"”’'")


def _model_number_before(text: str, start: int, sent_start: int) -> bool:
    """Does a model number (not a year) stand right before `start`? "737 Max", "A320 Neo"."""
    m = _MODEL_NUMBER.search(text, max(sent_start, start - 8), start)
    if m is None:
        return False
    digits = "".join(c for c in m.group() if c.isdigit())
    return not (len(digits) == 4 and digits[:2] in ("19", "20"))


#: Words before a place: "headquartered in X", "moved its headquarters to X", "from Chicago to X".
#: "headquartered in", "run from", "managed out of" (where a business is run: a place), "moved its
#: headquarters to", "from <Place> to".
_PLACE_BEFORE = re.compile(
    r"\b(?:(?:[Hh]eadquartered|[Bb]ased|[Ll]ocated)\s+in|(?:run|managed|operated|directed)\s+(?:from|out\s+of)|(?:moved|moving|relocated|relocating|moves|relocates)\s+"
    r"(?:its|their|the)\s+(?:headquarters|base|offices|operations|head\s+office)\s+"
    r"(?:from\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+)?to|from\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+to|"
    r"(?:both|either|each|the\s+other|opposite)\s+sides?\s+of\s+the)\s+$"
)


#: A town's cue right before a name (stop 58): a site, people or jobs "in" it ("a plant in X", "workers in X",
#: "jobs in X", "its campus in X"), living or arriving "in" it ("arrived in X", "based here in X" is a seat's cue), or a
#: town "of" it ("the town of X", "the city of X"). Never "a stake in X", "invest in X", "shares in X": a company's.
_TOWN_BEFORE = re.compile(
    r"\b(?i:(?:plants?|factory|factories|mills?|sites?|campus|stores?|shops?|warehouses?|facility|facilities|"
    r"operations?|workers|residents|people|families|employees|engineers|experts|jobs|employers|workforce|"
    r"arrived|arrives|lives|lived|living|born|grew\s+up)\s+in|"
    r"(?:the\s+)?(?:town|city|village|county|borough|suburb)\s+of)\s+$"
)
#: A U.S. state's code right after a name and a comma, then a comma, a lower-case word or the sentence's end
#: ("Buffalo, NY, ", "Edgewater, N.J., and", "Rolling Meadows, Ill. in"; stop 58), never a capitalised word that goes
#: on ("Marvo, CA Technologies"): the code is read against the gazetteer's `us_state_codes`.
_STATE_CODE_AFTER = re.compile(r",\s(?P<code>[A-Z][A-Za-z.]{1,5})(?=[,;:)]|\.?\s+[a-z]|\.?\s*$|\.\s+[A-Z])")
#: A capitalised town and a comma right before a name ("Buffalo, " before "NY"; stop 58).
_TOWN_COMMA_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s$")


def _us_state_code(word: str, tab: Tables) -> bool:
    """Is `word` a U.S. state's postal code or wire abbreviation, with or without its last stop ("NY", "N.J.",
    "Ill")?"""
    return word in tab.us_state_codes or f"{word}." in tab.us_state_codes


#: A town told by its cue (`_TOWN_BEFORE`): a place, never a party nor a person (stop 58).
TOWN = "entity.town"


#: A town after a seat's verb and "in", then a comma: the name after it is the town's state or country
#: ("headquartered in Tulsa, Oklahoma, the bank ...", "based in Porto, Portugal.").
_SEAT_TOWN_BEFORE = re.compile(
    r"\b(?:[Hh]eadquartered|[Bb]ased|[Ll]ocated)\s+in\s+[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*)?,\s+$"
)
#: ... when the name ends there: a comma, a stop, a semicolon, a bracket, "and" or the line's end.
_REGION_END_AFTER = re.compile(r"\s*(?:[,.;)]|\n|$|\s+and\s)")


def _place_before(text: str, start: int, sent_start: int, tab: Tables, end: int = -1) -> bool:
    """Does a place cue stand right before `start`? ("based in X", "on both sides of the X": a sea or a
    border, never a party, "either side of the X"). A "from X to" counts when X is a known place; a
    town after a seat's cue and a comma ("headquartered in Tulsa, X,") makes X, ending at `end`, its
    region (a name that goes on into a clause, "Based in Oslo, Brava makes boats", is none)."""
    if end >= 0 and _SEAT_TOWN_BEFORE.search(text, max(sent_start, start - 70), start):
        return _REGION_END_AFTER.match(text, end) is not None
    m = _PLACE_BEFORE.search(text, max(sent_start, start - 70), start)
    if m is None:
        return False
    origin = m.group("place")
    return origin is None or tab.known.get(tuple(origin.split()), ("", None))[1] == EntityType.PLACE


#: A phrase in single marks inside a quotation, of three to ten words, every one capitalised but its
#: small joints ("as the 'Best Maker with Top-Class Mills,'"): a motto or a slogan.
_SINGLE_QUOTED_MOTTO = re.compile(
    r"(?<![\w])['‘](?P<words>[A-Z][\w-]*(?:\s(?:[A-Z][\w-]*|of|with|for|and|the|in|to|a|an|on)){2,9})[,.]?['’](?!\w)"
)


def _inside_quoted_motto(text: str, piece: list[Token]) -> bool:
    """Is the piece part of a longer title-case phrase in single marks (a motto, a slogan)?"""
    s, e = piece[0].start, piece[-1].bare_end
    lo = text.rfind("'", max(0, s - 80), s)
    lo = max(lo, text.rfind("‘", max(0, s - 80), s))
    if lo < 0:
        return False
    m = _SINGLE_QUOTED_MOTTO.match(text, lo)
    return m is not None and m.start("words") <= s and e <= m.end("words") and (s, e) != m.span("words")


def _quoted_whole(text: str, piece: list[Token]) -> bool:
    """Is the piece the whole of a quotation ("Black Widow" in quote marks, "The Lion King")?"""
    s, e = piece[0].start, piece[-1].bare_end
    before = text[max(0, s - 5) : s]
    if before.endswith("The "):  # "The Lion King": the title's own article is outside the piece
        before = before[:-4]
    # ("“Ivo Stark’s appointment ...”": a quotation opening with a possessive; its apostrophe closes nothing)
    return (
        bool(before)
        and before[-1] in _OPEN_MARKS
        and text[e : e + 1] in _CLOSE_MARKS
        and not piece[-1].possessive
    )


_CONTRACTION = re.compile(r"^[A-Z][a-z]*[’'](?:re|ve|m|ll|d|t)$")
#: Evidence on a name's first word alone that makes the whole name a company, however much the whole
#: looks like a person's: "Corwin shares fell", "Corwin, which has a market value of" (persons take
#: "who"; a person's given name has no shares) -- of "Corwin Ames", named in full elsewhere.
_SHORT_FORM_ORG = frozenset({"entity.listed", "entity.which-after", FIRM_MARKS})
#: Guesses: a name typed by its shape or by default weighs less than any evidence.
#: (the carrier's name, stop 63: a guess of the same weight as the name's shape, so a product told elsewhere on the page,
#: "the release of the Kestrel Air, a premium sedan", outweighs it)
_WEAK_RULES = frozenset({"entity.default-org", "entity.name-shape", AIRLINE_NAME})
#: The vote of a name written after a courtesy title ("Mr Solomon"): above the guesses and the strong rules of all its
#: bare mentions but a handful together, as the title leaves no doubt that a person is meant (stop 62).
_HONORIFIC_WEIGHT = 9
#: Right after a name, a verb of saying or of doing business (an adverb, or an appositive opened by a
#: determiner, may stand between): "X said", "X, the Welsh maker, agreed", "X quietly acquired".
_DOES_BUSINESS = re.compile(
    r"(?:,\s(?:the|a|an|its|their)\s[^,.;()]{1,60},)?\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|announced|announces|agreed|agrees|"
    r"acquired|acquires|bought|buys|hired|hires|employs|reported|reports|filed|files|confirmed|confirms|"
    r"declined|declines|signed|signs|plans|planned|invested|invests)\b"
)
#: The rules that type a name a brand by the text's words around it (_brand_cue, "X coffee capsules").
BRAND_RULES = frozenset(
    {"entity.brand-list", "entity.brand-maker", "entity.brand-goods", "entity.goods-after"}
)
#: Rules that type a name someone by a guess or by its place in the sentence only ("a deal for X",
#: "buy X", a given name's look): a brand the text names as one outweighs them.
GUESS_RULES = _WEAK_RULES | {"entity.after-of", "entity.object-of", "entity.first-name", GIVEN_NAME_ALONE}
_PERSON_EVIDENCE = frozenset(
    {
        "entity.title-before",
        "entity.appositive-title",
        "entity.first-name",
        "entity.byline",
        "entity.name-shape",
        "entity.nickname",
        "entity.person-post",
        "entity.succeeded",
        "entity.who-after",  # "Ivo Stark, who joined in 2019": a full name the text says is someone
        SHARED_SURNAME,
        PARTICLE_SURNAME,  # "Marta van Dijk ... said van Dijk": a surname's particle alone
    }
)
#: "Taken on by Intel", "Backed by ...": a sentence-initial word before "by" is a participle.
_PARTICIPLE_BY = re.compile(r"\s+(?:on\s+|up\s+|over\s+|in\s+)?by\b")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
#: "Remember the ...", "Hold onto your ...", "Will this ...": a sentence-initial word right before a
#: determiner or an object pronoun is a verb (an imperative, a question), not a name ("Musk hired").
_BEFORE_DETERMINER = re.compile(
    r"\s+(?:the|a|an|this|these|those|your|our|my|their|onto|upon|you|me|us|them)\b"
)


#: "Details of the deal ...", "Terms of a sale ...": a sentence-initial word before "of" and a
#: determiner is a common noun, not a name.
_OF_DETERMINER = re.compile(r"\s+of\s+(?:the|a|an|its|their|this|that|these|those)\b")


@functools.cache
def _phrases_of_words(not_names: frozenset[tuple[str, ...]]) -> re.Pattern[str]:
    """The not-names of several words with a lower-case word among them ("Code of Conduct")."""
    phrases = sorted(" ".join(n) for n in not_names if any(w[:1].islower() for w in n))
    if not phrases:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b")


@functools.cache
def _phrase_heads(not_names: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    """The first words of `_phrases_of_words`'s phrases: a text holding none of them holds no phrase."""
    return fewest_needles([" ".join(n).split()[0] for n in not_names if any(w[:1].islower() for w in n)])


_OF_AT_END = re.compile(r"\b(?:of|at|from|for)\s+(?:the\s+)?$")
#: "clearing the way for X", "paving the path for X" (stop 61): the "for" of a way opened names whoever goes through
#: it, a person as often as a firm, so it marks no organization (the name's own shape decides).
_WAY_FOR = re.compile(r"\b(?:way|path)\s+for\s+$", re.IGNORECASE)


def _before_group_head(text: str, end: int) -> bool:
    """ "Labour groups warned", "Industry analysts said": a capitalised word that only starts its
    sentence and stands before a group noun is a modifier of that noun, not a name."""
    m = _NEXT_WORD.match(text, end, end + 30)
    return m is not None and m.group(1) in GROUP_HEADS


_PARTICLES = frozenset({"up", "in", "out", "on", "off", "over", "down", "back", "by", "to"})
_WORD_ENDINGS = (
    "ing",
    "ed",
    "ly",
    "ness",
    "ment",
    "tion",
    "sion",
    "ers",
    "ies",
    "ists",
    "ous",
    "ive",
    "able",
    # their plurals: "Considerations on ...", "Skirmishes between ..." start a sentence, name no one
    "ings",
    "ments",
    "tions",
    "sions",
    "nesses",
    "ives",
    "shes",
    "ches",
)


#: What stands before a word that opens a sentence, a quotation or a line.
_OPENING = re.compile(r"(?:^|[.!?:]\s+|[“\"‘]\s*|\n\s*)$")


@functools.cache
def _deal_participles() -> frozenset[str]:
    """The deal verbs' participles of one word (events.yaml's verbs of the `active` kind: "buying", "acquiring"): a
    short one opening a sentence ("Buying Tallow does saddle ...") is no given name (stop 63, "deals2")."""
    keys = ("party_verbs", "party_buy_verbs", "party_take_private_verbs", "party_share_price_verbs")
    return frozenset(w for k in keys for w in words("events", k) if w.endswith("ing") and " " not in w)


def _without_opening_participle(
    c: Candidate, kept: list[Candidate], lower_words: set[str], text: str, tab: Tables
) -> Candidate:
    """ "“Leading Nestle for eight years ...”": a participle that opens a sentence or a quotation
    before a name the article names on its own is no part of that name (the article writes the word in
    lower case too, or it is a long -ing word and no given name)."""
    first = c.tokens[0]
    if (
        len(c.tokens) < 2
        or not first.endswith("ing")
        or first in tab.first_names
        or (first.lower() not in lower_words and len(first) < 7 and first.lower() not in _deal_participles())
        or not _OPENING.search(text, max(0, c.start - 3), c.start)
    ):
        return c
    rest = next((k for k in kept if k.tokens == c.tokens[1:] and k is not c), None)
    if rest is None:
        # "“Acquiring Tallow will help ...”" on a page that names "Tallow Works": the name after the
        # participle opens a longer name of the article, the company's short name
        size = len(c.tokens) - 1
        longer = next((k for k in kept if len(k.tokens) > size and k.tokens[:size] == c.tokens[1:]), None)
        if longer is None or longer.type not in (EntityType.ORG, EntityType.OUTLET):
            return c
        rest = Candidate(c.tokens[1:], c.start, c.end, longer.type, longer.rule)
    start = text.find(c.tokens[1], c.start + len(first))
    return Candidate(rest.tokens, start, c.end, rest.type, rest.rule)


#: After a name: the sentence goes on in lower case ("ASML has ...", "HP, the other spinout, ...").
_LOWER_GOES_ON = re.compile(r"(?:[’']s)?,?\s+[a-z]")


def _shouted_word(c: Candidate, text: str, lower_words: set[str]) -> bool:
    """ "A PROPOSED merger between ...", "SHARES in Orla fell": a page that prints a common word in
    capitals (its first words, a kicker), the sentence going on in lower case, names no one when the
    article also writes the word in lower case (stop 51). An acronym ("NASA said", "ASML has") is
    never written so."""
    word = c.tokens[0]
    return (
        len(c.tokens) == 1
        and len(word) >= 4
        and word.isalpha()
        and word.isupper()
        and word.lower() in lower_words
        and _LOWER_WORD_NEXT.match(text, c.end) is not None
    )


def _opening_acronym(c: Candidate, text: str, tab: Tables) -> bool:
    """ "ASML has emerged as ...", "HP, the other spinout, makes PCs": a company's initials that open
    their sentences, the sentence going on in lower case, are its name, even when the article never
    writes them elsewhere; a generic short form ("CEO", "EBITDA") or a shouted label ("UPDATE:") is
    not."""
    word = c.tokens[0]
    return (
        len(c.tokens) == 1
        and 2 <= len(word) <= 5
        and _ACRONYM_WORD.match(word) is not None
        and word not in tab.generic
        and word not in tab.function_words
        and _LOWER_GOES_ON.match(text, c.end, c.end + 8) is not None
    )


#: A word with a capital inside it after a lower-case letter, letters only: "MarketWire", "PDQNews".
_CAMEL_NAME = re.compile(r"[A-Z][A-Za-z]{0,30}[a-z][A-Z][A-Za-z]{0,30}|[A-Z]{2,6}[A-Z][a-z]{2,30}")
#: A brand's own spelling with a small first letter: "iRobot", "eToro", "xBeam" (one or two small
#: letters, then a capital): a name even as a page's first word, where nothing else confirms it.
_LOWER_CAMEL_NAME = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]{1,30}")


def _glued_furniture(word: str, tab: Tables) -> bool:
    """ "AdvertisementThat", "PhotoThe": a page's label or a function word glued to the next word at a
    capital inside the word, no name spelt so."""
    return any(
        word[i - 1].islower()
        and word[i].isupper()
        and (word[:i] in tab.generic or word[:i] in tab.function_words or word[i:] in tab.function_words)
        for i in range(1, len(word))
    )


def _kind_word_alone(tokens: tuple[str, ...], tab: Tables) -> bool:
    """Is a sentence-opening form one company's kind word alone, or its plural ("Funds will pay for ...",
    "Partners at rival firms said ...", "Holdings like these ...")? It is the common noun a sentence opens
    with, no mention of a longer name that ends in it ("Harbour Capital Partners", "Kestrel Growth Fund";
    stop 53)."""
    if len(tokens) != 1:
        return False
    word = tokens[0]
    return word in tab.org_suffixes or (word.endswith("s") and word[:-1] in tab.org_suffixes)


def _name_like(word: str, lower_words: set[str], tab: Tables) -> bool:
    """A sentence-initial word seen nowhere else that still looks like a name ("Zuckerberg hired",
    "iRobot announced")."""
    low = word.lower()
    parts = word.split("-")
    if (
        len(parts) == 2
        and all(len(p) >= 2 and p[0].isupper() and p[1:].islower() for p in parts)
        and parts[1].lower() not in _PARTICLES  # "Follow-Up", "Roll-Out": a noun, no name
    ):
        return low not in lower_words  # "Hewlett-Packard went ...": two capitalized halves, a name
    if (_CAMEL_NAME.fullmatch(word) or _LOWER_CAMEL_NAME.fullmatch(word)) and (
        word not in tab.generic and not _glued_furniture(word, tab)
    ):
        # "PDQNews confirmed", "MarketWire said": a capital inside a word no common word has (an outlet's
        # or a company's own spelling); the page's own outlet named in its body so
        return low not in lower_words
    return (
        len(word) >= 3
        and word[1:].islower()
        and low not in tab.common
        and word not in tab.function_words
        and low not in lower_words
        and low not in GROUP_HEADS
        and not low.endswith(_WORD_ENDINGS)
    )


#: The page's furniture words that may also be a surname after a given name ("Ian Read", "Mira Page"; stop 62); never a
#: month's or a weekday's name (said_when's words) nor a word of a post or of a page's sections, which the generic list
#: holds for other reasons.
_SURNAME_LIKE_GENERIC = re.compile(r"[A-Z][a-z]{2,}")
_NO_SURNAME = frozenset(
    [
        *WEEKDAYS.split("|"),
        *MONTHS.split("|"),
        "chief",
        "officer",
        "group",
        "leader",
        "editor",
        "series",
        "news",
    ]
)


def _closes_a_given_name(tab: Tables, run: list[Token], i: int, n: int, current: list[Token]) -> bool:
    """A furniture word ("Read", "Page", "Share") written as a surname right after one known given name, ending the
    run: "Tallow CEO Ian Read said", "Ian Read's plan" is the person's surname, never a stray word cut from "Ian"
    (stop 62, "sources62"); "Read more" alone, or after no given name, stays furniture."""
    tok = run[i]
    return (
        i + 1 == n
        and len(current) == 1
        and current[0].text in tab.first_names
        and _SURNAME_LIKE_GENERIC.fullmatch(tok.bare) is not None
        and tok.bare.lower() not in _NO_SURNAME
    )


def _opens_a_name(tab: Tables, run: list[Token], i: int, n: int, current: list[Token]) -> bool:
    """A generic word that opens a name when capitalized words that can continue a name follow it in the
    run, written as it is: a given name that is also a month's short form ("Jan Frederik Visser"; "Jan 5"
    and "Jan." do not) or a common word a company's name may open with, `name_openers` ("Credit Harlow",
    "Union Pellan"; "Credit: Ana Lund" has a colon, "Credit markets" no capital after it) (stop 48), or any common word
    written capitalised before the legal form that closes the run ("News Corp"; stop 60)."""
    tok = run[i]
    if (
        not current
        and not tok.possessive
        and tok.bare[:1].isupper()
        and not tok.bare.isupper()
        and i + 1 < n
        and _legal_suffixes(run, i + 1, n) == n - i - 1
    ):
        # "News Corp", "News Corporation said", "Group Inc.'s board": a common word of a company's name before the legal
        # form that closes the run is the company's name, never a stray word and a legal form (stop 60)
        return True
    return (
        not current
        and tok.text == tok.bare
        and (tok.bare in tab.first_names or tok.bare in tab.name_openers)
        and i + 1 < n
        and run[i + 1].is_cap
        and _continues_name(tab, run, i + 1, n)
    )


def _outlet_head_closes(tab: Tables, run: list[Token], i: int, n: int, current: list[Token]) -> bool:
    """A generic word that is an outlet's head ("News") right after a name's word, closing the run alone or before the
    legal form that closes it, is part of a broadcaster's or a publisher's name ("Fox News", "Harbor News reported",
    "Varn News Corporation"), never a stray word after a shorter name (stop 61); after a possessive, a title or a
    common word only ("Latest News") it stays generic."""
    if not current or current[-1].possessive or run[i].bare not in tab.outlet_heads:
        return False
    if not all(t.bare[:1].isupper() for t in current) or all(t.bare.lower() in tab.common for t in current):
        return False
    return i + 1 == n or _legal_suffixes(run, i + 1, n) == n - i - 1


#: The word of a group's parent company after its short name: "Harbour Group Corp", "Tallow Holdings Inc".
_PARENT_WORDS = frozenset({"Group", "Holdings", "Holding"})


def _group_legal_tail(run: list[Token], i: int, n: int) -> int:
    """How many tokens from run[i] are a parent's word and its legal form closing the run ("Group
    Corp", "Holdings Inc.", "Group Co. Ltd."), or 0: the legal form is needed ("Harbour Group" alone
    is left to the rules of known names)."""
    if i >= n or run[i].bare not in _PARENT_WORDS or run[i].possessive:
        return 0
    legal = _legal_suffixes(run, i + 1, n)
    if not legal or i + 1 + legal != n:
        return 0
    return 1 + legal


def _the_known_group(tab: Tables, run: list[Token], i: int, g: int) -> bool:
    """Is the run "The <known name> Group" (or Holdings) and nothing more, the known name the run's
    opening with its "The" ("The Economist" before "Group")?"""
    return (
        g >= 2
        and run[i].text == "The"
        and i + g + 1 == len(run)
        and run[-1].bare in _PARENT_WORDS
        and not any(t.possessive for t in run[i:-1])
    )


def _continues_name(tab: Tables, run: list[Token], i: int, n: int) -> bool:
    tok = run[i]
    return (
        tok.is_word
        and tok.bare not in tab.generic
        and tok.bare not in tab.function_words
        and not _NUMBER.match(tok.text)
        and not _title_match(tab, run, i, n)
        and not _gaz_match(tab, run, i, n)
    )


def _known_type(tab: Tables, toks: list[Token]) -> EntityType | None:
    got = tab.known.get(tuple(t.bare for t in toks)) or tab.known.get(tuple(t.text for t in toks))
    return got[1] if got else None


#: A footnote number glued to a word: "Reuters1", "Bloomberg12".
_FOOTNOTE_GLUED = re.compile(r"([A-Z][A-Za-z&.-]*[A-Za-z])(\d{1,2})")


#: Two capitalized words glued by a page that lost the space between them: "IntelPat", "ExecutiveOfficer".
_GLUED_PAIR = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]+)$")
#: What a sentence holds where one of its tokens may be a glued pair, or a name with a glued footnote
#: (`_FOOTNOTE_GLUED`), or an opening mark (`_OPEN_MARKS`): the cheap test before the token-by-token one.
#: Each of these probes opens with its rarer second character and asks for the first one behind it (a
#: look-behind), so that `re` skips ahead to a capital, a digit or a stop instead of trying every letter
#: (stop 53, second round: about 2x, 2x and 8x faster per sentence). Searched from one past a
#: sentence's start, a probe finds a pair inside the sentence exactly when `[a-z][A-Z]`, `[A-Za-z]\d`
#: or `[A-Za-z]\.[A-Z][a-z]` searched from its start does (the same answer, a match's span one later).
_LOWER_UPPER = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_LETTER_DIGIT = re.compile(r"\d(?<=[A-Za-z]\d)")
_OPEN_MARK = re.compile("[\"“‘']")
_SURNAME_NEXT = re.compile(r" [A-Z][a-z]+\b")


#: A word, its stop and the next sentence's first word glued on ("China.He", "U.S.Why").
_GLUED_SENTENCE = re.compile(r"^(.*[A-Za-z]\.?)\.([A-Z][a-z]+)((?:[’'][a-z]{1,2})?)$")
#: Opens with the stop, as `_LOWER_UPPER` with its capital: searched from one past a sentence's start.
_GLUED_STOP = re.compile(r"\.(?<=[A-Za-z]\.)[A-Z][a-z]")


def _without_glued_sentence(tok: Token, tab: Tables) -> list[Token]:
    """ "... of Harbour China.He began ...": the next sentence glued after the stop (a page scraped
    without its space) that opens with a function word is two words; the name ends at the stop."""
    g = _GLUED_SENTENCE.match(tok.text)
    if g is None or g.group(2) not in tab.function_words:
        return [tok]
    left = g.group(1)
    if re.search(r"(?:^|\.)[A-Z]$", left):
        left += "."  # "U.S.Why": the initials' last stop is the sentence's too
    right = g.group(2) + g.group(3)  # "He’s": the contraction stays with its word
    return [Token(tok.start, tok.start + len(left), left), Token(tok.end - len(right), tok.end, right)]


def _unglued(tok: Token, tab: Tables, text: str) -> list[Token]:
    """ "IntelPat Gelsinger", "Chief ExecutiveOfficer Ivo Stark": a known name or a title's word glued
    to a given name or to a title's word is two words (no space between them, so no name spans both).
    A brand's own camel case ("PayPal", "YouTube", "SoftBank") stays whole: its halves are neither."""
    m = _GLUED_PAIR.match(tok.text)
    if m is None:
        return [tok]
    left, right = m.group(1), m.group(2)
    known_right = right in tab.first_names or right.lower() in tab.title_first or right == "Officer"
    if not known_right and (left,) in tab.known and _SURNAME_NEXT.match(text, tok.end):
        known_right = True  # a company the gazetteer knows, glued to a name and its surname
    if not known_right:
        return [tok]
    known_left = (
        (left,) in tab.known
        or left.lower() in tab.title_first
        or left == "Executive"
        or re.search(r"\b" + left + r"\b", text) is not None  # the name written alone elsewhere
    )
    if not known_left:
        return [tok]
    cut = tok.start + len(left)
    return [Token(tok.start, cut, left), Token(cut, tok.end, right)]


#: Where a page that lost the spaces around a link glued a name to a lower-case word (the cheap test
#: on the sentence before the token-by-token one, `_unglued_link`): "rivalOrvex" (a word of two
#: letters or more, then a capital: "iPhone", "eBay" have one), "Orvexfor", "Orvex.with".
_LINK_SEAM = re.compile(
    r"[a-z]{2}[A-Z][a-z]|[A-Z][a-z]{3,40}(?:for|with|from)\b|[A-Za-z]\.(?:with|for|from)\b"
)
#: What every match of `_LINK_SEAM` holds beside a lower-case letter before a capital (`_LOWER_UPPER`):
#: "for", "with" or "from" glued after a lower-case letter or a stop, at a word's end. A sentence with
#: neither is not searched for a seam (stop 53); the pattern opens with its words' first letters, which
#: `re` skips ahead to, and asks what stands before each word after it.
_SEAM_WORD_GLUED = re.compile(r"(?:for(?<=[a-z.]for)|from(?<=[a-z.]from)|with(?<=[a-z.]with))\b")
#: A lower-case word glued before a name ("rivalOrvex", "theOrvex’s"); the name keeps its possessive.
_WORD_THEN_NAME = re.compile(r"([a-z]{2,30})([A-Z][a-z]{1,40}(?:[’'][sS])?)")
_POSSESSIVE_TAIL = re.compile(r"[’'][sS]$")
#: A name glued before a function word ("Orvexfor"), or before its stop and the word ("Orvex.with").
_NAME_THEN_WORD = re.compile(r"([A-Z][A-Za-z]{3,40})(\.?)(for|with|from)")


def _written_alone(word: str, text: str) -> bool:
    """Is `word` written in the text as a word of its own (no letter glued on either side)?"""
    return re.search(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])", text) is not None


def _unglued_link(tok: Token, text: str, tab: Tables) -> list[Token]:
    """ "its rivalOrvex", "Orvexfor a", "Orvex.with": a page that lost the spaces around a link glued a
    lower-case word to a name; the token is two words when the name is written alone elsewhere in the
    text, or when the glued word is a company's kind noun ("the chip makerOrvex Systems", "logistics
    groupTarvik": a kind noun never opens a brand's camel case; stop 53). A brand's own camel case
    ("iPhone", "eBay", "McDonald", "YouTube", "PayPal") stays whole: one letter before its capital, or a
    capital first; nor is a name that merely ends in "for" ("Semafor") cut, its stem being written nowhere
    alone."""
    m = _WORD_THEN_NAME.fullmatch(tok.text)
    if m is not None and (
        m.group(1) in tab.org_nouns or _written_alone(_POSSESSIVE_TAIL.sub("", m.group(2)), text)
    ):
        cut = tok.start + len(m.group(1))
        return [Token(tok.start, cut, m.group(1)), Token(cut, tok.end, m.group(2))]
    m = _NAME_THEN_WORD.fullmatch(tok.text)
    if m is not None and (m.group(2) or _written_alone(m.group(1), text)):
        cut = tok.start + len(m.group(1))
        return [Token(tok.start, cut, m.group(1)), Token(tok.end - len(m.group(3)), tok.end, m.group(3))]
    return [tok]


#: A prefix of time glued by its hyphen to a name: "then-Tallow Group", "the post-Ana Lund era", "ex-Kestrel".
_TIME_PREFIX = re.compile(r"(?<![\w-])(?:[Tt]hen|[Ee]x|[Pp]ost|[Pp]re|[Ff]ormer)-(?=[A-Z])")


def _without_time_prefix(tok: Token) -> Token:
    """The name of a token opened by a time's prefix ("post-Ana" -> "Ana"); any other token as it is."""
    m = _TIME_PREFIX.match(tok.text)
    if m is None:
        return tok
    return Token(tok.start + m.end(), tok.end, tok.text[m.end() :])


def _without_footnote(tok: Token, tab: Tables) -> Token:
    """ "Reuters1", "Bloomberg2": a footnote number glued to a known outlet or organization is no part
    of its name (a product's number stays: "Trainium2")."""
    m = _FOOTNOTE_GLUED.fullmatch(tok.text)
    if m is None:
        return tok
    known = tab.known.get((m.group(1),))
    if known is None or known[1] not in (EntityType.OUTLET, EntityType.ORG):
        return tok
    return Token(tok.start, tok.start + len(m.group(1)), m.group(1))


#: A line listing the article's sources opens so ("Sources:", "Source :").
_SOURCE_LIST_HEAD = re.compile(r"\s*[Ss]ources?\s*:\s")
_LEADING_NOTE = re.compile(r"(\d{1,2})([A-Z][A-Za-z][\w&’'.-]*)")


def _without_leading_note(tok: Token) -> Token:
    """ "1Forbes", "4New" in a sources line: the footnote number glued before a name is no part of it."""
    m = _LEADING_NOTE.fullmatch(tok.text)
    if m is None:
        return tok
    return Token(tok.start + len(m.group(1)), tok.end, m.group(2))


#: Public offices named after their portfolio: "Transport Secretary", "Trade Commissioner", "Shadow
#: Chancellor" (a company's chief is named after the company instead: "Larchwood Chairman").
_PORTFOLIO_OFFICES = frozenset({"minister", "secretary", "commissioner", "chancellor"})


def _portfolio(piece: list[Token], title: list[Token], tab: Tables) -> bool:
    """Is `piece`, right before the public office `title`, that office's portfolio: one or two words
    written as common words ("Energy", "Shadow Culture"), none an acronym, no name of two words
    closed by an organization's head ("Tessaly Bank Governor")? A name the gazetteer knows is never
    such a piece (it is found before this test)."""
    if title[-1].bare.lower() not in _PORTFOLIO_OFFICES or len(piece) > 2 or piece[-1].possessive:
        return False
    words = [t.bare for t in piece]
    if len(words) == 2 and words[-1] in tab.org_suffixes:
        return False
    return all(len(w) > 1 and w[0].isupper() and w[1:].isalpha() and w[1:].islower() for w in words)


#: Titles of the bench and of a royal house: a piece right before one may be the title's own qualifier
#: or its seat's place ("District Judge", "Crown Prince", "an Ohio Federal Judge"), never whose title it is.
_BENCH_AND_ROYAL_TITLES = frozenset({"judge", "justice", "magistrate", "prince", "princess"})
#: Words that qualify such a title: its court's level or the crown it is heir to.
_TITLE_QUALIFIERS = frozenset(
    {
        "Federal",
        "District",
        "Circuit",
        "State",
        "County",
        "Superior",
        "Supreme",
        "Appeals",
        "Bankruptcy",
        "Crown",
    }
)
_STATE_CODE = re.compile(r"^[A-Z]{2}$")


def _title_qualifier(piece: list[Token], title: list[Token], tab: Tables) -> bool:
    """Is `piece`, right before a judge's or a prince's title, only that title's qualifier and the
    place of its seat ("Crown" Prince, "Ohio District" Judge, "Tulsa, OK Federal" Judge): every word a
    qualifier, a two-letter state code or a place the gazetteer knows, one qualifier at least? A
    company's name before such a title keeps a word of its own ("Harbour Federal" keeps Harbour), and
    a qualifier before another title ("Federal CEO") is not looked at."""
    if title[0].bare.lower() not in _BENCH_AND_ROYAL_TITLES or piece[-1].possessive:
        return False
    words = [t.bare for t in piece]
    if not any(w in _TITLE_QUALIFIERS for w in words):
        return False
    return all(
        w in _TITLE_QUALIFIERS
        or _STATE_CODE.match(w)
        or tab.known.get((w,), ("", None))[1] == EntityType.PLACE
        for w in words
    )


#: Courtesy titles a body may be named after ("the Sir X Trust", "Dame X Foundation", "Dr X Hospital").
_HONORIFICS_OF_BODIES = frozenset(
    {
        "sir",
        "dame",
        "dr",
        "dr.",
        "doctor",
        "lord",
        "lady",
        "prince",
        "princess",
        "sheikh",
        "saint",
        "st",
        "st.",
    }
)
#: The head words of a body named after a person: an institution, never a person's name's last word.
_INSTITUTION_HEADS = frozenset(
    {
        "Trust",
        "Trusts",
        "Foundation",
        "Fund",
        "Hospital",
        "Hospitals",
        "College",
        "Institute",
        "School",
        "University",
        "Museum",
        "Academy",
        "Library",
        "Infirmary",
        "Clinic",
        "Hospice",
        "Charity",
        "Society",
        "Centre",
        "Center",
    }
)


def _without_cut_word(cands: list[Candidate], text: str) -> list[Candidate]:
    """An excerpt cut off inside a word ("... a trustee of the Sir Ola Ste", the article naming Ola
    Stenberg before): the name that ends the text, with no sentence end after it, whose last word is
    the start of a longer capitalized word the article writes elsewhere, is a piece of that word; one
    only guessed a name (by its place: "partner of the Vision") and written nowhere else may be the
    first words of a longer name, and is none."""
    end = len(text.rstrip())
    if not end or text[end - 1] in ".!?\"”’')":
        return cands
    last = [c for c in cands if c.end == end]
    if not last:
        return cands
    words = {w for c in cands if c.end != end for w in c.tokens}
    cut = {id(c) for c in last if any(w != c.tokens[-1] and w.startswith(c.tokens[-1]) for w in words)}
    # "... and managing partner of the Vision": a name that ends the cut-off text, only guessed a
    # name by its place and written nowhere else, may be the first words of a longer one
    elsewhere = {c.tokens for c in cands if c.end != end}
    cut |= {id(c) for c in last if c.rule in GUESS_RULES and c.tokens not in elsewhere}
    return [c for c in cands if id(c) not in cut]


def _institution_head(form: tuple[str, ...]) -> str | None:
    """The institution's head a one-word form is, singular ("Trusts" -> "Trust"), else None."""
    if len(form) != 1:
        return None
    word = form[0]
    if word in _INSTITUTION_HEADS:
        return word.removesuffix("s") if word.removesuffix("s") in _INSTITUTION_HEADS else word
    if word.endswith("s") and word[:-1] in _INSTITUTION_HEADS:
        return word[:-1]
    return None


def _names_a_body(run: list[Token]) -> bool:
    """Does the run open with a courtesy title and end with an institution's head ("Dr Ana Reyes
    Hospital")? Then the title is the body's first word, not a function word to drop."""
    return (
        len(run) >= 3
        and run[0].bare.lower() in _HONORIFICS_OF_BODIES
        and run[-1].bare in _INSTITUTION_HEADS
        and not any(t.possessive for t in run[:-1])
    )


#: A union of countries named as the land it covers: after a preposition of place, or before its lands.
_IN_PLACE_BEFORE = re.compile(
    r"\b(?:in|across|throughout|outside|within|inside|into)\s+(?:the\s+)?$", re.IGNORECASE
)
_LANDS_AFTER = re.compile(
    r"\s+(?:countries|country|states|member\s+states|nations|markets|citizens|nationals)\b"
)


#: A union of countries that acts: its verb after it ("the EU fined", "the European Union has said",
#: "the EU quickly cleared", "the EU endorsed the plan"), or it is the agent or the one addressed ("blocked by the EU", "Orvex asked
#: the EU"). A modifier ("EU regulators", "an EU order"), a possessive ("the EU's executive arm") or a
#: headline's word ("After EU Veto Threat") tells no act.
_BLOC_ACTS_AFTER = re.compile(
    r"(?:,?\s+[a-z]+ly,?)?\s+(?:said|says|has|have|had|is|was|will|would|could|can|may|might|must|should|"
    r"did|does|fined|fines|ruled|rules|approved|approves|cleared|clears|blocked|blocks|warned|warns|"
    r"signall?ed|signals|opened|opens|launched|launches|announced|announces|agreed|agrees|decided|decides|"
    r"found|finds|ordered|orders|demanded|demands|imposed|imposes|objected|objects|rejected|rejects|"
    r"accepted|accepts|wants|wanted|asked|asks|told|tells|threatened|threatens|proposed|proposes|adopted|"
    r"adopts|passed|sued|sues|investigated|investigates|plans|planned|voted|votes|argued|argues|"
    r"concluded|concludes|confirmed|confirms|declined|declines|welcomed|welcomes|"
    # any past verb with its object after it: "the European Union blessed a plan", "the EU backed the deal" (stop 55)
    r"[a-z]{3,}ed(?=\s+(?:a|an|the|its|their|this|that|these|those)\s))\b"
)
_BLOC_ADDRESSED_BEFORE = re.compile(
    r"\b(?:by|told|asked|urged|lobbied|notified|petitioned|sued|persuaded|convinced|(?:appealed|complained|"
    r"submitted|applied)\s+to)\s+(?:the\s+)?$"
)


def _union_as_place(text: str, start: int, end: int, sent_start: int) -> bool:
    """A union of countries is its territory, no party, unless the sentence tells it acting
    (`_BLOC_ACTS_AFTER`, `_BLOC_ADDRESSED_BEFORE`); after a preposition of place or before its lands
    ("elsewhere in the EU said", "EU member states") it is the territory whatever follows."""
    if _IN_PLACE_BEFORE.search(text, max(sent_start, start - 20), start) or _LANDS_AFTER.match(
        text, end, end + 30
    ):
        return True
    return not (
        _BLOC_ACTS_AFTER.match(text, end, end + 40)
        or _BLOC_ADDRESSED_BEFORE.search(text, max(sent_start, start - 30), start)
    )


def _honorific_institutions(pieces: list[tuple[str, list[Token]]]) -> list[tuple[str, list[Token]]]:
    """A courtesy title, then a name whose last word heads an institution ("Sir Ana Reyes Trust",
    "Dr Paul Obi Hospital"): one body's name, the title included; no person of the words between."""
    out: list[tuple[str, list[Token]]] = []
    k = 0
    while k < len(pieces):
        kind, toks = pieces[k]
        if (
            kind == "title"
            and k + 1 < len(pieces)
            and pieces[k + 1][0] == "name"
            and all(t.bare.lower() in _HONORIFICS_OF_BODIES for t in toks)
            and len(pieces[k + 1][1]) >= 2
            and pieces[k + 1][1][-1].bare in _INSTITUTION_HEADS
            and not any(t.possessive for t in pieces[k + 1][1][:-1])
        ):
            out.append(("institution", toks + pieces[k + 1][1]))
            k += 2
            continue
        out.append((kind, toks))
        k += 1
    return out


#: How `_split_run` cut a run: the type of a name opened by a capitalized "The", or (the tokens dropped
#: from its front, `initial` after the drop, whether "The" opened it, each piece's kind and its tokens'
#: range in the run after the drop), or None when a piece's tokens are not one range (never memoised).
_Split = EntityType | tuple[int, bool, bool, tuple[tuple[str, int, int], ...]]
#: A run's words, the spaces between them and whether it opens a sentence -> its split (`_pieces`).
_SplitMemo = dict[tuple[object, ...], _Split]
#: The tables -> the memo of the runs split with them (the tables are kept beside it: an id stays theirs).
_SPLITS: dict[int, tuple[Tables, _SplitMemo]] = {}
#: Runs kept per memo: bounded, so a corpus of endless distinct names cannot grow it without end.
_SPLITS_MAX = 20_000


def _split_memo(tab: Tables) -> _SplitMemo:
    got = _SPLITS.get(id(tab))
    if got is None or got[0] is not tab:
        got = _SPLITS[id(tab)] = (tab, {})
    return got[1]


def _pieces(
    run: list[Token],
    initial: bool,
    tail: str | None,
    text: str,
    tab: Tables,
    sent_start: int,
    splits: _SplitMemo | None = None,
) -> list[Candidate]:
    """Split one capitalized run into names and titles; type each name. The split reads nothing but
    the run's words and the spaces between them, so a run met again ("Ana Reyes said" in article
    after article) is split once (`splits`, `_split_memo`); each name is still typed where it stands."""
    n = len(run)
    if n == 1:
        key: tuple[object, ...] = (initial, run[0].text)
    elif n == 2:
        key = (initial, run[0].text, run[1].text, run[1].start - run[0].end)
    else:
        key = (initial, *[t.text for t in run], *[run[j].start - run[j - 1].end for j in range(1, n)])
    if splits is None:
        splits = _split_memo(tab)
    split = splits.get(key)
    if split is None:
        split = _split_run(run, initial, tab)
        if split is None:  # a piece of separate tokens: typed from its own tokens, not memoised
            return _pieces_unmemoised(run, initial, tail, text, tab, sent_start)
        if len(splits) < _SPLITS_MAX:
            splits[key] = split
    if isinstance(split, EntityType):
        return [_the_name(run, split, text, sent_start)]
    dropped, initial, article, cuts = split
    return _typed_pieces(
        run[dropped:] if dropped else run, cuts, initial, article, tail, text, tab, sent_start
    )


#: Right after a name: an outlet's verb of its own report ("The Heraldo reported", "The Kurier has reported").
_REPORTS_AFTER = re.compile(
    r"[ \t]{1,3}(?:(?:has|had|first|also|previously|earlier)[ \t]{1,3})?report(?:ed|s)\b"
)
THE_MASTHEAD = "entity.the-masthead"


def _the_name(run: list[Token], split: EntityType, text: str, sent_start: int) -> Candidate:
    """A name opened by "The" written capitalized inside a sentence (`_split_tokens`). One the lists do
    not know and whose words tell no company ("The Heraldo", "The Jornal", misspelt or never met) is an
    outlet where an outlet stands: cited ("according to The Jornal", "told The Heraldo") or reporting
    ("The Heraldo reported"); a masthead keeps its "The" in running text, a company's name seldom does
    (stop 59). Elsewhere it stays the company `_split_tokens` typed it."""
    start, end = run[0].start, run[-1].bare_end
    if split == EntityType.ORG and (
        _REPORTS_AFTER.match(text, end)
        or _TOLD_OUTLET_BEFORE.search(text, max(sent_start, start - 30), start)
    ):
        return Candidate(tuple([t.bare for t in run]), start, end, EntityType.OUTLET, THE_MASTHEAD)
    return Candidate(tuple([t.bare for t in run]), start, end, split, "entity.the-name")


def _pieces_unmemoised(
    run: list[Token], initial: bool, tail: str | None, text: str, tab: Tables, sent_start: int
) -> list[Candidate]:
    """`_pieces` for a run whose split keeps a piece of tokens that do not stand together: each piece
    becomes one range of its own tokens."""
    got = _split_tokens(run, initial, tab)
    if isinstance(got, EntityType):
        return [_the_name(run, got, text, sent_start)]
    _, initial, article, pieces = got
    flat: list[Token] = []
    cuts: list[tuple[str, int, int]] = []
    for kind, toks in pieces:
        cuts.append((kind, len(flat), len(flat) + len(toks)))
        flat.extend(toks)
    return _typed_pieces(flat, tuple(cuts), initial, article, tail, text, tab, sent_start)


_CLOSED: dict[int, frozenset[str]] = {}


def _closed(tab: Tables) -> frozenset[str]:
    """The phrases that name no one written closed up, lower-cased ("BigTech", "Bigpharma", "GenZ"):
    a compound of words is no name when its words are none."""
    closed = _CLOSED.get(id(tab))
    if closed is None:
        closed = _CLOSED[id(tab)] = frozenset("".join(p).lower() for p in tab.not_names if len(p) > 1)
    return closed


def _split_run(run: list[Token], initial: bool, tab: Tables) -> _Split | None:
    """`_split_tokens`'s pieces as ranges of the run after the tokens dropped from its front; None when
    a piece's tokens are not one range."""
    got = _split_tokens(run, initial, tab)
    if isinstance(got, EntityType):
        return got
    dropped, initial, article, pieces = got
    cuts = []
    at = dropped
    for kind, toks in pieces:
        while run[at] is not toks[0]:
            at += 1
        hi = at + len(toks)
        if hi > len(run) or run[hi - 1] is not toks[-1]:
            return None
        cuts.append((kind, at - dropped, hi - dropped))
        at = hi
    return (dropped, initial, article, tuple(cuts))


@functools.cache
def _said_first() -> frozenset[str]:
    """The reporting verbs in the past that open a sentence before their speaker ("Added", "Noted", "Explained"):
    the neutral and stance verbs of reporting_verbs.yaml that end in "-ed" (stop 56)."""
    return frozenset(
        v.lower()
        for group in ("neutral", "stance")
        for v in words("reporting_verbs", group)
        if v.lower().endswith("ed")
    )


#: An auxiliary opening a question before its subject pronoun ("Can I ...?", "Should We ...").
_QUESTION_AUX = frozenset(
    {
        "Can",
        "Could",
        "Would",
        "Should",
        "Shall",
        "Will",
        "Do",
        "Does",
        "Did",
        "Is",
        "Are",
        "Was",
        "Were",
        "Am",
    }
    | {"Have", "Has", "Had", "May", "Might", "Must"}
)
_SUBJECT_PRONOUNS = frozenset({"I", "We", "You", "They", "He", "She", "It"})


def _split_tokens(
    run: list[Token], initial: bool, tab: Tables
) -> EntityType | tuple[int, bool, bool, list[tuple[str, list[Token]]]]:
    """Cut one capitalized run into known names, titles, names and generic words: from the run's words
    and the spaces between them only, nothing around it (`_pieces` types what the cut found)."""
    # "The" written capitalized inside a sentence starts a name: "a filing reviewed by The Data Desk".
    if (
        not initial
        and len(run) >= 2
        and run[0].text == "The"
        and not _gaz_match(tab, run, 0, len(run))
        and not (len(run) >= 3 and run[1].bare in COUNTRY_CODES and _body_known(tab, run, 2))
    ):
        rest = run[1:]
        if all(
            t.bare not in tab.generic and not _title_match(tab, rest, i, len(rest))
            for i, t in enumerate(rest)
        ):
            return EntityType.OUTLET if rest[-1].bare in tab.outlet_heads else EntityType.ORG
    if tuple(t.bare for t in run) in tab.not_names or (len(run) == 1 and run[0].bare.lower() in _closed(tab)):
        return (0, initial, False, [])  # "Big Tech", "BigTech": an industry, no one's name
    whole = len(run)
    if initial and len(run) == 2 and run[0].text in _QUESTION_AUX and run[1].text in _SUBJECT_PRONOUNS:
        return (whole, initial, False, [])  # "Can I just ...?", "Will We ...": a question, no name
    # Leading function words ("The", "In") go, unless a known name starts with them.
    article = False  # the run opened with "The": the next word's capital belongs to a name
    while (
        run
        and run[0].text in tab.function_words
        and not _gaz_match(tab, run, 0, len(run))
        and not _names_a_body(run)
    ):
        article = article or (run[0].text == "The" and len(run) >= 3)
        run = run[1:]
        initial = False if not run else initial
    if not run:
        return (whole, initial, article, [])
    if (
        initial
        and len(run) >= 3
        and run[0].text.lower() in _said_first()
        and not _gaz_match(tab, run, 0, len(run))
    ):
        # "Added Ivo Stark, the board's chair: ...": a reporting verb opening the sentence before its speaker's name is
        # no part of the name (stop 56)
        run, initial = run[1:], False
    pieces: list[tuple[str, list[Token]]] = []  # ("known"|"title"|"name"|"generic", tokens)
    i = 0
    n = len(run)
    current: list[Token] = []

    def flush() -> None:
        nonlocal current
        while current and current[-1].text in _CONNECTORS:
            # "Ana Lund de Harbour TV" (a particle of a translation before a known name): no name's end
            current.pop()
        if current:
            pieces.append(("name", current))
            current = []

    while i < n:
        # "Audit Committee Chair Ruth Vale": a title right after the organ is the post's head word
        post = _title_match(tab, run, i, n) if current and 3 <= n - i <= 7 else 0
        if (
            current
            and 2 <= n - i - post <= 3
            and all(t.bare not in tab.generic and t.text not in tab.function_words for t in run[i + post :])
            and run[i + post].text not in _CONNECTORS  # "Special Committee of Tessel": its company, no holder
            and _company_organ([t.bare for t in current])
        ):
            # "Chairman of the Board of Directors Ola Brandt", "Head of the Audit Committee Lena Holt":
            # a company's organ closing a post is part of the title; the two or three words after it
            # are the holder's name (stop 46); so is a title word after the organ ("Board of Directors
            # Chair Ola Brandt", "Audit Committee Chairman Lena Holt": stop 50), never the name's
            organ = 3 if current[-2].bare.lower() == "of" else 2
            head, current = current[:-organ], current[-organ:]
            title = current + run[i : i + post]
            current = head
            flush()
            pieces.append(("title", title))
            pieces.append(("name", run[i + post :]))
            current = []
            break
        if (
            current
            and run[i].text == "of"
            and 1 <= n - i - 1 <= 4
            and not current[-1].possessive
            and _company_organ([t.bare for t in current])
        ):
            # "Special Committee of Tessel": the organ is no name, the company after "of" is (stop 54)
            pieces.append(("generic", current))
            current = []
            i += 1
            continue
        if "-" in run[i].bare and _compound_parts(run[i], {}, tab):
            flush()
            pieces.append(("generic", [run[i]]))  # "Microsoft-OpenAI": pass B finds both names
            i += 1
            continue
        g = _gaz_match(tab, run, i, n)
        legal = _legal_suffixes(run, i + g, n) if g and i + g < n and not run[i + g - 1].possessive else 0
        if (
            g
            and i + g + legal == n
            and len(current) == 1
            and not current[0].possessive
            and not (initial and current[0] is run[0] and not legal and not article)
            and _known_type(tab, run[i : i + g]) == EntityType.OUTLET
            and _person_word(current[0].bare, tab)
            and current[0].bare not in tab.first_names
            and current[0].bare not in tab.lone_words
        ):
            # "at Thomson Reuters": a word no title, given name nor common word before a known outlet
            # closing the run is the head of a longer company's name ("Separately Reuters reported"
            # opens a sentence, and "Mike Bloomberg" is a person); so is it before the outlet and a
            # legal form ("Hartley Bloomberg Inc’s unit"; the legal form dropped, as after a known name), and
            # after an opening "The" or with the legal form at a sentence's start (stop 59)
            current.extend(run[i : i + g])
            if legal:
                flush()  # the legal form no part of the name, as after a known name below
            i += g + legal
            continue
        if legal and _country_in_unit_name(tab, current, run[i : i + g]):
            # "Tallow Capital USA Inc", "Harbour Holdings Canada Ltd.": a country after a company's
            # words and before its legal form is part of the unit's name; only the legal form goes
            current.extend(run[i : i + g])
            i += g
            continue
        if legal:  # "Harbour Tools Inc.": the known name, its legal form no part of another name
            flush()
            pieces.append(("known", run[i : i + g]))
            i += g + legal
            continue
        if (
            g
            and current
            and (current[-1].text == "of" or not current[-1].possessive)
            and _known_type(tab, run[i : i + g]) == EntityType.PLACE
        ):
            # "University of Toronto", "Bank of America", "Scientific Atlanta": a place ends the name
            current.extend(run[i : i + g])
            i += g
            continue
        if g == 1 and len(run[i].bare) == 1 and i > 0 and not run[i - 1].possessive:
            # "Model X", "Generation X", "Series X": a one-letter known name after a capitalized word is
            # the tail of a longer name (a product, a cohort), never the brand on its own
            if current:
                current.append(run[i])
            i += 1
            continue
        tail = _group_legal_tail(run, i + g, n) if g and not current and not run[i + g - 1].possessive else 0
        if tail and _known_type(tab, run[i : i + g]) == EntityType.ORG:
            # "Harbour Group Corp", "Tallow Holdings Inc.": a known company's short name, the word of a
            # group's parent and a legal form are that parent's full legal name, kept whole (stop 52)
            current.extend(run[i : i + g + tail])
            i += g + tail
            continue
        if _the_known_group(tab, run, i, g):
            # "The Harbour Times Group": a known name opening with "The" and a group's word closing the
            # run is the publisher's group, a company of its own, never the paper's short name (stop 54)
            flush()
            current.extend(run[i:])
            i = n
            continue
        if g and i + g < n and not run[i + g - 1].possessive and _continues_name(tab, run, i + g, n):
            current.extend(run[i : i + g])  # "Llama Consortium": a longer name than the known "Llama"
            i += g
            continue
        if g:
            flush()
            if _country_body(tab, pieces, run, i, g):
                # "the US Justice Department": the country's short name is part of how the body is named
                pieces[-1] = ("country-body", [*pieces[-1][1], *run[i : i + g]])
            else:
                pieces.append(("known", run[i : i + g]))
            i += g
            continue
        t = _title_match(tab, run, i, n)
        if t:
            flush()
            pieces.append(("title", run[i : i + t]))
            i += t
            continue
        tok = run[i]
        if _CONTRACTION.match(tok.text) and not current:  # "We’re", "I’ve": no name
            pieces.append(("generic", [tok]))
            i += 1
            continue
        if (
            not current
            and i == n - 2
            and run[-1].bare in tab.outlet_heads
            and not tok.possessive
            and tok.text not in tab.function_words
            and (tok.bare in tab.generic or tok.bare.lower() in tab.common)
        ):
            # "HR Dive", "Retail Dive reported": a common word and an outlet's head closing the run
            # are a trade title's name, not a word and a lone head
            current.extend(run[i:])
            i = n
            continue
        if tok.bare in _BROADCAST_TAILS and i > 0 and not run[i - 1].possessive:
            # "Harbour TV", "Bloomberg TV": a broadcaster's word closes the name of a channel of its
            # own, not the parent outlet's name and a word (a company's "Tallow TV" keeps its word)
            if current:
                current.append(tok)
                flush()
                i += 1
                continue
            last = pieces[-1] if pieces else None
            if (
                last is not None
                and last[0] == "known"
                and last[1][-1] is run[i - 1]
                and _known_type(tab, last[1]) == EntityType.OUTLET
            ):
                pieces[-1] = ("name", [*last[1], tok])
                i += 1
                continue
        if (
            tok.bare in tab.generic
            and not (current and tok.bare in tab.org_suffixes)
            and not _opens_a_name(tab, run, i, n, current)
            and not _outlet_head_closes(tab, run, i, n, current)
            and not _closes_a_given_name(tab, run, i, n, current)
        ):
            flush()
            pieces.append(("generic", [tok]))
            i += 1
            continue
        if tok.text in tab.function_words and not current:
            pieces.append(("generic", [tok]))
            i += 1
            continue
        current.append(tok)
        if tok.possessive or _closes_name(run, i, n, len(current)):
            flush()
        i += 1
    flush()
    return (whole - n, initial, article, _honorific_institutions(pieces))


#: A country's short name written before its government's body: "the US Justice Department".
COUNTRY_CODES = frozenset({"US", "U.S.", "UK", "U.K."})
#: The heads of a government's bodies the gazetteer knows ("Justice Department", "Federal Trade Commission").
_BODY_WORDS = frozenset(
    {
        "Department",
        "Commission",
        "Agency",
        "Authority",
        "Ministry",
        "Office",
        "Bureau",
        "Administration",
        "Treasury",
    }
)


def _body_known(tab: Tables, run: list[Token], i: int) -> bool:
    """A government body the gazetteer knows opens at `i` and closes the run."""
    g = _gaz_match(tab, run, i, len(run))
    return bool(g) and i + g == len(run) and _is_body(tab, tuple(t.bare for t in run[i : i + g]))


def _is_body(tab: Tables, form: tuple[str, ...]) -> bool:
    entry = tab.known.get(form)
    return (
        entry is not None
        and entry[1] == EntityType.ORG
        and any(w in _BODY_WORDS for w in (*form, *entry[0].split()))
    )


def _country_in_unit_name(tab: Tables, current: list[Token], known: list[Token]) -> bool:
    """Is `known`, a name the gazetteer knows followed by a legal form, a place that closes the
    company's name being read ("Tallow Capital USA Inc": the unit of Tallow Capital in the United
    States)? Only after words of the name itself, never after a possessive ("Tallow's UK Ltd")."""
    return (
        bool(current)
        and not current[-1].possessive
        and current[-1].bare not in tab.function_words
        and _known_type(tab, known) == EntityType.PLACE
    )


def _country_body(
    tab: Tables, pieces: list[tuple[str, list[Token]]], run: list[Token], i: int, g: int
) -> bool:
    """The known piece at `i` is a government body right after a country's short name."""
    if (
        not pieces
        or pieces[-1][0] != "known"
        or len(pieces[-1][1]) != 1
        or pieces[-1][1][0] is not run[i - 1]
    ):
        return False
    return run[i - 1].bare in COUNTRY_CODES and _is_body(tab, tuple(t.bare for t in run[i : i + g]))


def known_entry(form: tuple[str, ...], tab: Tables) -> tuple[str, EntityType] | None:
    """What the gazetteer knows of a form: its own entry, or for a country's short name before a body
    it knows ("US Justice Department"), the body's."""
    entry = tab.known.get(form)
    if entry is None and len(form) >= 2 and form[0] in COUNTRY_CODES and _is_body(tab, form[1:]):
        return tab.known[form[1:]]
    return entry


#: A broadcaster's word closing a channel's name: "Harbour TV", "Ola Television", "Kestrel Radio".
_BROADCAST_TAILS = frozenset({"TV", "Television", "Radio"})
#: Nouns of a trade that open a sentence before a company's name ("Brokerage X said", "Insurer Y
#: posted"): a closed class of the organization nouns that never open a company's own name (not "bank",
#: "fund", "venture", "group": "Bank Holmvik", "Venture Global").
_TRADE_NOUNS = frozenset(
    {
        "brokerage", "lender", "insurer", "reinsurer", "chipmaker", "automaker", "carmaker", "drugmaker",
        "retailer", "publisher", "broadcaster", "manufacturer", "supplier", "contractor", "startup",
        "start-up", "conglomerate", "consultancy", "operator", "miner", "airline", "carrier", "developer",
        "utility", "shipper", "telco", "bottler", "brewer",
    }
)  # fmt: skip
#: A currency's sign, right after the letters of its code: "AU$", "HK$", "NZ$", "R$".
_MONEY_SIGNS = frozenset("$€£¥₹")
#: A participle glued after a name that makes it a backer or an owner: "a k9x-backed startup" (attribution reads it
#: too: "reported by <Owner>-owned <Outlet>", the outlet speaks; stop 60).
BACKER_TAILS = frozenset({"-backed", "-owned", "-funded", "-controlled"})
#: A group named by a brand it owns: "Gucci-owner Kering", "the Zara-parent Inditex".
_OWNER_TAILS = frozenset({"-owner", "-parent"})
OWNED_HOUSE = "entity.owned-house"


#: The words that open a clause: the relative pronouns ("Banker Who Moonlights", "Fund That Took On Steel Maker") and
#: the words that open a clause or tell a time ("Deal After Veto Threat", "Shares Slide Amid Probe"). Written
#: capitalised inside a run of capitals only by a title-case headline, never inside anyone's name ("Of", "And", "For"
#: may be). The one list of the headline's clause (stop 62: stop 61's relative pronouns and stop 49's clause words).
HEADLINE_CLAUSE = "entity.headline-clause"
_HEADLINE_CLAUSE_WORDS = frozenset(
    {"Who", "Whom", "Whose", "Which", "That"}
    | {"After", "Before", "Amid", "Despite", "While", "Since", "Until", "Against"}
    | {"Because", "Although", "As"}
)
#: Right before a name, the words that give it what a person told an outlet: "told X", "confirmed to X",
#: "said in an interview with X", "according to X".
_TOLD_OUTLET_BEFORE = re.compile(
    r"\b(?:told|(?:confirmed|said|spoke|speaking|talking|talked|wrote)\s+to|interview\s+with|according\s+to)\s+$"
)


def _shouted_outlet(text: str, start: int, names: tuple[str, ...], sent_start: int, tab: Tables) -> bool:
    """A run of two or three words in capitals right after a cue of telling an outlet ("told USA TODAY",
    "confirmed to HARBOUR DAILY") is that outlet, written as it writes itself; a shouted dateline, a
    place ("told NEW YORK"), or a company's own terms ("according to THE COMPANY") is none."""
    if len(names) > 3 or not _TOLD_OUTLET_BEFORE.search(text, max(sent_start, start - 30), start):
        return False
    titled = tuple(n.title() for n in names)
    if tab.known.get(titled, ("", None))[1] == EntityType.PLACE:
        return False
    return not all(w in tab.defined_terms or w in tab.function_words or w in _CONNECTORS for w in titled)


#: Seats of a government named by their building: a place where something happens "at" them.
_VENUE_SEATS = frozenset(
    {"White House", "Kremlin", "Pentagon", "Downing Street", "Élysée Palace", "Elysee Palace"}
)
_AT_VENUE = re.compile(r"(?:^|[^\w])(?P<word>[\w-]+)\s+at\s+(?:the\s+)?$")
#: Who works "at" a seat: its people, the body itself ("officials at the White House").
_SEAT_PEOPLE = frozenset(
    {"officials", "official", "aides", "aide", "staff", "staffers", "advisers", "adviser", "advisors"}
    | {"sources", "people", "lawyers", "economists", "officers", "insiders", "someone", "anyone", "everyone"}
)


def _described_org(text: str, end: int, tab: Tables) -> bool:
    """Does an appositive right after the name describe it as a company (", a joint venture of")?"""
    after = text[end : end + 80]
    if not _APPOS_ORG.match(after) or _APPOS_SAID.match(after):
        return False
    clause = re.split(r"[,—–]", after[2:], maxsplit=1)[0]
    return _appositive_head(_APPOS_HEAD_WORD.findall(clause), tab) == "org"


#: What a web page's widgets are called or show (a closed class): a loader, an icon, a button, a menu.
#: A name made only of interface words with one of these among them is widget text left on the page.
_WIDGET_WORDS = frozenset(
    {
        "Loading", "Icon", "Icons", "Tooltip", "Button", "Menu", "Toggle", "Spinner",
        "Thumbnail", "Placeholder", "Slideshow", "Fullscreen", "Dropdown", "Checkbox", "Navbar",
        "Sidebar", "Popup", "Modal", "Carousel", "Lightbox",
    }
)  # fmt: skip
#: Widget words that alone may be a firm's or a product's name ("Icon", "Menu"): widget text only
#: beside another interface word ("Info Icon", "Toggle Menu").
_WIDGET_NAMES_TOO = frozenset({"Icon", "Icons", "Menu", "Button", "Toggle", "Popup", "Modal", "Carousel"})
#: ... and the words a widget's label says beside them: "Close", "Share", "Expand", "Info".
_INTERFACE_WORDS = frozenset(
    {
        "Close", "Open", "Expand", "Collapse", "Share", "Print", "Play", "Pause", "Mute", "Unmute",
        "Next", "Previous", "Prev", "Info", "Help", "Gallery", "Image", "Video", "Audio", "Caption",
        "Show", "Hide", "More", "Less", "Click", "Tap", "Search", "Submit", "Cancel", "Dismiss",
        "Settings", "Up", "Down", "Left", "Right", "Arrow", "Email", "Copy", "Link", "Save",
        "Bookmark", "Comment", "Comments", "Like", "Reply", "Zoom", "In", "Out", "Back", "Home",
    }
)  # fmt: skip
#: A company's unit named by the company's name and a word (`_unit_told`).
UNIT_NAME = "entity.unit-name"
#: Told as a body right before the name: a post of it ("chief executive of", "the head of", "a role
#: at"), or a unit's noun calling it ("a team called", "its consumer division, ").
_UNIT_BEFORE = re.compile(
    r"\b(?:(?:executive|officer|chief|ceo|president|chair|chairman|chairwoman|head|boss|director|"
    r"leader|scientist|role|job|post)\s+(?:of|at)\s+(?:the\s+)?(?:newly\s+(?:formed|created)\s+|new\s+)?"
    r"|(?:unit|division|arm|group|organi[sz]ation|business|team|lab|subsidiary)\s*"
    r"(?:,?\s+(?:called|named|dubbed|known\s+as)\s+|,\s+))$",
    re.IGNORECASE,
)
#: ... or a unit's noun right after it ("the Google AI team", "the newly formed X organisation").
_UNIT_AFTER = re.compile(r"\s+(?:unit|division|arm|organi[sz]ation|team|lab|subsidiary)\b")
_OWNER_DET_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\s+$")


def _field_word(word: str, tab: Tables) -> bool:
    """A word that may close a unit's name after its parent's ("AI", "AGI", "XR"): a generic
    word of capitals, or an organization's suffix."""
    return word in tab.generic and (word.isupper() and 2 <= len(word) <= 4 or word in tab.org_suffixes)


def _unit_told(text: str, start: int, end: int, sent_start: int) -> bool:
    """Is the name at [start, end) told as a body: a post of it or a unit's noun before it, or a
    unit's noun after it?"""
    if _UNIT_BEFORE.search(text, max(sent_start, start - 60), start):
        return True
    # ("its DeepMind AI team": the team of a unit the owner already has, not a unit named so)
    return bool(_UNIT_AFTER.match(text, end, end + 20)) and not _OWNER_DET_BEFORE.search(
        text, max(sent_start, start - 8), start
    )


#: The heads of an honour's name: "the Tolland Award", "the Rhea Tolland Medal" (program heads).
_AWARD_HEADS = frozenset({"Award", "Awards", "Medal", "Prize", "Trophy"})
AWARD_GIVER = "entity.award-giver"


def _award_giver(toks: list[Token], names: tuple[str, ...], rule: str, tab: Tables) -> Candidate | None:
    """ "the Harbour Industry Association Rhea Tolland Award": an honour's name that opens with a body's
    name (up to its last org suffix, a name of two words or more before the honour's own words) names
    the body that gives it, an organization of the story; the honour stays a program."""
    if rule != "entity.program-head" or names[-1] not in _AWARD_HEADS:
        return None
    k = max((i for i, w in enumerate(names[:-2]) if w in tab.org_suffixes), default=0)
    if k == 0 or names[k + 1] in tab.org_suffixes or names[k + 1] in _CONNECTORS:
        return None
    return Candidate(names[: k + 1], toks[0].start, toks[k].end, EntityType.ORG, AWARD_GIVER)


def _typed_pieces(
    run: list[Token],
    pieces: tuple[tuple[str, int, int], ...],
    initial: bool,
    article: bool,
    tail: str | None,
    text: str,
    tab: Tables,
    sent_start: int,
) -> list[Candidate]:
    """The names among a run's pieces (`_split_run`: each a kind and its range of `run`), each typed
    from its words and the text around it."""
    out: list[Candidate] = []
    for k, (kind, lo, hi) in enumerate(pieces):
        if kind in ("title", "generic"):
            continue
        toks = run[lo:hi]
        if kind == "institution":
            names = tuple(t.bare for t in toks)
            out.append(
                Candidate(names, toks[0].start, toks[-1].bare_end, EntityType.ORG, "entity.honorific-body")
            )
            continue
        names = tuple(t.bare for t in toks)
        start, end = toks[0].start, toks[-1].bare_end
        first_piece = k == 0
        if kind == "country-body":
            body = known_entry(names, tab)
            if body is not None:
                out.append(Candidate(names, start, end, body[1], "entity.country-body"))
            continue
        if kind == "known":
            canonical, etype = (
                tab.known[tuple(names)]
                if tuple(names) in tab.known
                else tab.known[tuple(t.text for t in toks)]
            )
            if (
                etype == EntityType.ORG
                and canonical.endswith(" Union")
                and _union_as_place(text, start, end, sent_start)
            ):
                # "elsewhere in the European Union", "EU member states": the bloc's territory, no party
                out.append(Candidate(names, start, end, EntityType.PLACE, "entity.union-place"))
                continue
            if (
                etype == EntityType.ORG
                and canonical in _VENUE_SEATS
                and (at := _AT_VENUE.search(text, max(sent_start, start - 40), start)) is not None
                and at.group("word").lower() not in _SEAT_PEOPLE
            ):
                # "a project unveiled at the White House": the building where it happened, a place; the
                # body acts elsewhere ("the White House said"), and its people are "officials at" it
                out.append(Candidate(names, start, end, EntityType.PLACE, "entity.venue"))
                continue
            if etype == EntityType.PROGRAM and _described_org(text, end, tab):
                # "Stargate, a joint venture of ...": a name the lexicon knows as a programme that the
                # page describes as a company is the company (a venture named after its project)
                out.append(Candidate(names, start, end, EntityType.ORG, "entity.appositive"))
                continue
            nxt = pieces[k + 1] if k + 1 < len(pieces) else None
            if (
                etype == EntityType.ORG
                and nxt is not None
                and nxt[0] == "generic"
                and nxt[1] == hi
                and nxt[2] == hi + 1
                and not toks[-1].possessive
                and _field_word(run[hi].bare, tab)
                and _unit_told(text, start, run[hi].bare_end, sent_start)
            ):
                # "chief executive of Microsoft AI", "a team called Amazon AGI", "its new division,
                # Microsoft AI": a known company's name and a field's word told as a body is its unit
                named = (*names, run[hi].bare)
                out.append(Candidate(named, start, run[hi].bare_end, EntityType.ORG, UNIT_NAME))
                continue
            out.append(Candidate(names, start, end, etype, "entity.gazetteer"))
            continue
        # Drop a common word that starts a sentence: "Rivals", "Building".
        if (
            first_piece
            and initial
            and names[0].lower() in tab.common
            and not (article and len(toks) >= 2 and toks[-1].bare in tab.org_suffixes)
            and not (len(toks) == 2 and toks[-1].bare in tab.outlet_heads)  # "Retail Dive reported"
            # "News Corporation said": a common word before the legal forms that close the name is the company's
            # name at a sentence's start as inside one (`_opens_a_name`; stop 61)
            and not (len(toks) >= 2 and _without_legal_form(tuple(names)) == tuple(names[:1]))
            # "General Tessel Works said": a common word a company's name opens with, before a word that is no
            # common one, is the name's first word at a sentence's start as inside one (`_opens_a_name`; stop 62)
            and not (len(toks) >= 2 and names[0] in tab.name_openers and names[1].lower() not in tab.common)
        ):
            toks = toks[1:]
            if not toks:
                continue
            names = names[1:]
            start = toks[0].start
            initial = False
        trade_opener = False
        if first_piece and initial and len(toks) >= 2 and names[0].lower() in _TRADE_NOUNS:
            # "Lender Calvora said", "Chipmaker Tessant reported": the trade's noun opening the sentence
            # says what the name after it is
            toks, names, start = toks[1:], names[1:], toks[1].start
            initial, first_piece, trade_opener = False, False, True
        if len(toks) >= 3 and toks[0].text.isupper() and names[1] in tab.first_names:
            # "CHEO Ola Brandt announced": a capitalized word before a given name and a surname (a
            # mistyped title, a ticker) is no part of the person's name
            toks, names, start = toks[1:], names[1:], toks[1].start
            first_piece = False
        if (
            len(toks) >= 3
            and all(_person_word(w, tab) for w in names[-2:])
            and names[-1] not in tab.outlet_heads
            and names[-1] not in tab.org_suffixes
            and all(_title_field_word(w, tab) for w in names[:-2])
            and _POST_OF_NAME_BEFORE.search(text, max(sent_start, start - 40), start)
        ):
            # "head of New Businesses Ana Ruiz said", "vice president of Emerging Markets Ana Ruiz": after a post and
            # "of", the title's capitalised field (words of a job's fields or common words) runs into the holder's
            # given name and surname; the field is no part of the person's name (stop 63)
            toks, names, start = toks[-2:], names[-2:], toks[-2].start
            first_piece = False
        if (
            len(toks) == 3
            and names[0].lower() in tab.function_areas
            and names[0] not in tab.first_names
            and all(_person_word(w, tab) for w in names[1:])
            # "Analytics Nordic Magazine", "Finance Norway Group": a name closed by an outlet's or a
            # company's head keeps its first word
            and names[-1] not in tab.outlet_heads
            and names[-1] not in tab.org_suffixes
        ):
            # "Vice President of Investor Relations and Treasury Ana Ruiz": the last word of a
            # title's field before a given name and a surname is no part of the person's name
            toks, names, start = toks[1:], names[1:], toks[1].start
            first_piece = False
        if len(toks) >= 3 and names[0] in tab.demonyms and names[1] in _KIND_ACRONYMS:
            # "Swiss NGO Public Eye": a nationality and the kind of body describe the name after them
            toks, names, start = toks[2:], names[2:], toks[2].start
            first_piece = False
        if len(toks) >= 3 and names[0] in tab.demonyms and names[1] in tab.first_names:
            # "Briton Alan Jope", "American John Smith": a nationality before a person's full name
            toks, names, start = toks[1:], names[1:], toks[1].start
            first_piece = False
        if (
            len(toks) == 2
            and names[0] in _COMPASS
            and is_demonym(names[1], tab)
            and (m := _NOUN_AFTER_WORD.match(text, toks[-1].end))
            and m.group(1).capitalize() not in tab.function_words
        ):
            continue  # "its South African units", "the North American market": a nationality of two words
        if len(toks) == 2 and names[0] in tab.demonyms:
            # "Chinese AI models", "former French Finance Minister X": a nationality and a generic
            # word or a portfolio names no one; "the Dutch ASML": the nationality is no part of a name.
            if names[1] in tab.generic or (k + 1 < len(pieces) and pieces[k + 1][0] == "title"):
                continue
            if _ACRONYM_WORD.match(names[1]):
                toks, names, start = toks[1:], names[1:], toks[1].start
                first_piece = False  # a word stood before it: no sentence start to confirm
        if len(toks) == 1 and (len(names[0]) < 2 or names[0] in tab.lone_words or names[0] in tab.generic):
            continue
        if (
            len(toks) == 1
            and is_demonym(names[0], tab)
            and (m := _NOUN_AFTER_WORD.match(text, toks[0].end))
            and m.group(1).capitalize() not in tab.function_words
        ):
            continue  # a nationality before its noun ("the Argentinian peso") names no one
        if (
            len(toks) == 2
            and len(names[1]) == 1
            and (names[1],) in tab.known
            and names[0] not in tab.first_names
        ):
            # "Model X", "Generation X" (a one-letter brand's letter after a word): a product when the
            # word is a product's head, else a designation that names nobody
            if names[0] in tab.product_heads:
                out.append(Candidate(names, start, end, EntityType.PRODUCT, "entity.product-letter"))
                continue
            # "Global X analyst Ana Ruiz", "at Harbour Q, the fund manager": a firm's name when the text
            # around it says it is one (a title after it, a noun, a legal form); never by a guess
            before = k + 1 < len(pieces) and pieces[k + 1][0] == "title"
            etype, rule = _type_unknown(toks, text, tab, False, before, sent_start)
            if etype in (EntityType.ORG, EntityType.OUTLET) and rule not in GUESS_RULES:
                out.append(Candidate(names, start, end, etype, rule))
            continue
        if (
            all(n in _INTERFACE_WORDS or n in _WIDGET_WORDS for n in names)
            and any(n in _WIDGET_WORDS for n in names)
            and not (len(names) == 1 and names[0] in _WIDGET_NAMES_TOO)
        ):
            continue  # "Loading...", "Info Icon", "Close Button": a web page's widget text, no one
        if all(n in tab.defined_terms or n in _CONNECTORS for n in names):
            continue  # "the Company", "the Board of Directors": the company's own terms, no name
        if (
            len(names) >= 3
            and names[0] in tab.defined_terms
            and names[1] not in tab.defined_terms
            and text[max(0, start - 4) : start] == "the "
        ):
            # "to strengthen the Company Harlow Vantor Systems, Inc. announced": a filing's own term run into the
            # name that opens the next line of a hard-wrapped release is no part of the name (stop 62)
            toks, names, start = toks[1:], names[1:], toks[1].start
        if len(names) == 2 and names[0] == "May" and names[1].isdigit():
            continue  # "May 22", "May 2022": a date (the other months are generic words; May is a name too)
        if len(toks) >= 2 and all(t.text.isupper() for t in toks):
            if _shouted_outlet(text, start, names, sent_start, tab):
                # "confirmed to HARBOUR DAILY", "told USA TODAY": an outlet that writes its name in capitals
                out.append(Candidate(names, start, end, EntityType.OUTLET, "entity.outlet-shouted"))
            continue  # shouting ("SAN FRANCISCO, June 12 -"): found by pass B when the gazetteer knows it
        if len(toks) == 1 and len(names[0]) >= 4 and names[0].isupper():
            place = tab.known.get((names[0].title(),))
            if place is not None and place[1] == EntityType.PLACE:
                # "AMSTERDAM:" opening a dispatch: a known place shouted is that place, no organization
                out.append(Candidate(names, start, end, EntityType.PLACE, "entity.place-shouted"))
                continue
        after_title = k > 0 and pieces[k - 1][0] == "title"
        before_title = k + 1 < len(pieces) and pieces[k + 1][0] == "title" and not after_title
        if before_title and _portfolio(toks, run[pieces[k + 1][1] : pieces[k + 1][2]], tab):
            continue  # "Transport Secretary X", "Trade Commissioner Y": the office's portfolio, no one
        if before_title and _title_qualifier(toks, run[pieces[k + 1][1] : pieces[k + 1][2]], tab):
            continue  # "Crown Prince X", "Ohio District Judge Y": the title's qualifier and its seat, no one
        if after_title and len(names) == 1 and names[0] in tab.outlet_heads and k == len(pieces) - 1:
            # "told CFO Dive", "HR Dive reported": a trade title named after its readers' post
            title = run[pieces[k - 1][1] : pieces[k - 1][2]]
            named = tuple(t.bare for t in title) + names
            out.append(Candidate(named, title[0].start, end, EntityType.OUTLET, "entity.title-outlet"))
            continue
        if (
            after_title
            and len(names) == 1
            and (
                names[0] in tab.program_heads
                or names[0] in tab.outlet_heads
                or names[0] in tab.unit_heads
                or names[0] in tab.org_suffixes
            )
        ):
            continue  # "the CEO Summit", "told CFO Journal": a name's head after a title, no one's name
        if (
            len(toks) == 1
            and names[0].isupper()
            and len(names[0]) <= 3
            and text[end : end + 1] in _MONEY_SIGNS
        ):
            continue  # "AU$1.9bn", "HK$40m": the letters of a currency's code glued to its sign, no one
        if tail and k == len(pieces) - 1 and tail in PLACE_TAILS:
            etype, rule = EntityType.PLACE, "entity.place-based"
        elif tail in _OWNER_TAILS and k == len(pieces) - 1 and names[0] not in tab.first_names:
            # "Gucci-owner Kering", "Zara-owner Inditex": the brand a group owns is a house, a company
            # of its own ("Johnnie Walker-maker" keeps the maker's brand a product)
            etype, rule = EntityType.ORG, OWNED_HOUSE
        elif (
            tail == "-listed"
            and k == len(pieces) - 1
            and _venue_word(names, tab)
            and names[0] not in _WORD_PREFIXES
        ):
            # "Nasdaq-listed Orvell", "NYSE-listed": the exchange a company is listed on ("London-listed":
            # a known place; "Chinese-listed": a nationality)
            etype, rule = EntityType.ORG, EXCHANGE_RULE
        elif trade_opener and names[0] not in tab.first_names:
            etype, rule = EntityType.ORG, "entity.org-noun-before"
        elif tail in BACKER_TAILS and k == len(pieces) - 1 and any(c.isdigit() for c in names[-1]):
            # "a k9x-backed startup", "G42-owned": a name with a digit (a model's shape) that backs or
            # owns something is a company (a person's name holds no digit)
            etype, rule = EntityType.ORG, "entity.backer-tail"
        elif tail == LEGAL_TAIL and k == len(pieces) - 1:
            etype, rule = EntityType.ORG, "entity.org-suffix"
        elif before_title and k + 2 == len(pieces) and _appointed_to_title(toks, text, tab, sent_start):
            # "is naming Jurgis Valaitis CEO", "appointing X chief executive": the person a verb of appointing
            # gives the title (stop 47), never the company whose title it is
            etype, rule = EntityType.PERSON, "entity.appointed-to-title"
        else:
            etype, rule = _type_unknown(toks, text, tab, after_title, before_title, sent_start)
            cut = _name_before_clause(names, text, tab) if rule == HEADLINE_CLAUSE else 0
            if cut:
                # "Ivo Marrek Who Built Tallow Into A Giant Steps Down": the name before the clause is a name (stop 62)
                head = toks[:cut]
                h_type, h_rule = _type_unknown(head, text, tab, after_title, False, sent_start)
                out.append(Candidate(names[:cut], start, head[-1].bare_end, h_type, h_rule))
                toks, names, start = toks[cut:], names[cut:], toks[cut].start
        unconfirmed = (
            first_piece
            and initial
            and rule not in (EXCHANGE_RULE, OWNED_HOUSE, DESCRIBED_ACRONYM)
            and len(toks) == 1
            and not after_title
            and not before_title
            and not _POST_THEN_NAME.match(
                text, toks[-1].end, toks[-1].end + 80
            )  # "Brisket analyst Ola Brandt"
        )
        out.append(Candidate(names, start, end, etype, rule, initial=unconfirmed))
        giver = _award_giver(toks, names, rule, tab)
        if giver is not None:
            out.append(giver)
    return out


def _name_before_clause(names: tuple[str, ...], text: str, tab: Tables) -> int:
    """How many words open a title-case headline's clause run ("Ivo Marrek Who Built Tallow ...") as a name: two to
    four words before its first clause word (`_HEADLINE_CLAUSE_WORDS`), none a common, generic or function word nor a
    title's, the first a known given name or the words written again on the page; else 0 ("Top Banker Who ...",
    "Fund That Took On ...": a noun before the clause, no one's name)."""
    k = next((i for i, w in enumerate(names) if w in _HEADLINE_CLAUSE_WORDS), 0)
    if not 2 <= k <= 4:
        return 0
    head = names[:k]
    if any(
        w.lower() in tab.common
        or w in tab.generic
        or w in tab.function_words
        or w.lower() in tab.titles
        or not (w[:1].isupper() and w[1:].islower())
        for w in head
    ):
        return 0
    return k if head[0] in tab.first_names or text.count(" ".join(head)) >= 2 else 0


def _venue_word(names: tuple[str, ...], tab: Tables) -> bool:
    """Whether the name before "-listed" may be an exchange's: no place the gazetteer knows, no
    nationality."""
    known = tab.known.get(names)
    return (known is None or known[1] != EntityType.PLACE) and not is_demonym(names[0], tab)


def _without_legal_form(form: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a company's name before the legal forms that close it ("Tarvo Media Corp." -> "Tarvo Media")."""
    k = len(form)
    while k > 1 and form[k - 1].rstrip(".") in LEGAL_SUFFIXES:
        k -= 1
    return form[:k]


def _union_legal_forms(
    parent: dict[tuple[str, ...], tuple[str, ...]],
    vote: Callable[[tuple[str, ...]], EntityType | None],
    first: dict[tuple[str, ...], int],
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """A company written with one legal form and again with another or with none ("Tarvo Corporation", "Tarvo
    Corp", "Tarvo Corp.", "Varn News Corporation" and "Varn News Corp") is one company, named as the page first
    names it (stop 61); a person's or a place's form never joins, and a name that is all legal form ("Corp") none.
    The bare name joins only when it is no person's family name on the page: "Mark Brandt of Brandt Corp. ...
    Brandt said" leaves the bare "Brandt" to the person (its alias) and the company apart."""
    by_core: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    family_names: set[tuple[str, ...]] = set()
    for form in parent:
        core = _without_legal_form(form)
        if core != form and vote(form) in (EntityType.ORG, EntityType.OUTLET):
            by_core.setdefault(core, []).append(form)
        elif len(form) >= 2 and vote(form) == EntityType.PERSON:
            family_names.add(form[-1:])
    for core, named in by_core.items():
        if (
            core in parent
            and core not in family_names
            and vote(core) in (EntityType.ORG, EntityType.OUTLET, None)
        ):
            named = [*named, core]
        if len(named) < 2:
            continue
        named.sort(key=lambda f: first.get(f, 1 << 60))
        for form in named[1:]:
            union(form, named[0])


def _group(
    cands: list[Candidate],
    pairs: list[tuple[Candidate, Candidate]],
    tab: Tables,
    nicks: Sequence[tuple[tuple[str, ...], tuple[str, ...]]] = (),
    renames: Sequence[tuple[tuple[str, ...], tuple[str, ...]]] = (),
    business: Collection[tuple[str, ...]] = (),
    text: str = "",
) -> dict[tuple[str, ...], tuple[str, EntityType, str, bool]]:
    """Each surface form -> (canonical name, type, rule, known) after the in-article merges; a renamed
    entity ("X (formerly Twitter)", `renames`: (current, earlier)) is named by its current name;
    `business`: the forms that say or do business somewhere (a company's cue over a brand's)."""
    votes: dict[tuple[str, ...], dict[EntityType, int]] = {}
    rules: dict[tuple[str, ...], str] = {}
    strong = {
        "entity.title-before",
        "entity.appositive-title",
        "entity.gazetteer",
        "entity.country-body",  # "the US Justice Department": the gazetteer's body
        "entity.acronym",
        "entity.before-title",  # "former Taco Bell CEO": whose CEO, an organization
        "entity.nickname",
        "entity.model-number",  # "737 Max": the article's other "the Max" are the plane
        "entity.brand-list",  # "brands such as X": the text says what X is
        "entity.brand-maker",  # "the X maker"
        "entity.brand-goods",  # "X, Y and Z shampoos"
        "entity.product-of",
        "entity.outlet-work",  # "a Harbour Wire report": an outlet, however often its shape says person
        OUTLET_KIND,  # "French daily Le Soir", "Il Corriere newspaper": the kind told next to the name
        "entity.listed",  # a ticker, shares that move, a market value: a listed company
        MINE_SITE,  # "the X copper mine": a site however its name looks elsewhere ("partners in X")
        "entity.kin",  # "his daughters Ana and Lis": the text says they are persons
        SHARED_SURNAME,  # "Ana and Lis Stark": the text gives the first her surname
        DESCRIBED_BODY,  # "the Norwegian government": a state's body, however its words look
    }
    first: dict[tuple[str, ...], int] = {}  # where each form is first used in the body
    org_evidence: set[tuple[str, ...]] = set()  # forms some rule other than a guess typed an organization
    short_org: set[tuple[str, ...]] = set()  # forms a company's own mark typed (_SHORT_FORM_ORG)
    type_rules: dict[tuple[tuple[str, ...], EntityType], tuple[str, int]] = {}  # the strongest rule per type
    product_evidence: set[tuple[str, ...]] = set()  # forms typed a product by more than a digit in them
    brand_evidence: dict[tuple[str, ...], str] = {}  # forms the text calls a brand (BRAND_RULES)
    brand_votes: dict[tuple[str, ...], int] = {}
    firm_evidence: set[tuple[str, ...]] = set(business)  # typed someone by more than a guess or a position
    # the forms some rule other than a guess types a company ("Dell Inc.", "Dell stock fell")
    firm_told = {c.tokens for c in cands if c.type == EntityType.ORG and c.rule not in GUESS_RULES}
    for c in cands:
        if c.start < first.get(c.tokens, c.start + 1):
            first[c.tokens] = c.start
        if c.type is None:
            continue
        weight = 3 if c.rule in strong else (1 if c.rule in _WEAK_RULES else 2)
        if c.rule == "entity.who-after" and len(c.tokens) == 1:
            weight = 3  # "Donahoe, who joined the board": a lone surname the text says is someone
        elif (
            c.type == EntityType.PERSON
            and text
            and _honorific_before(text, c.start)
            and c.tokens not in firm_told
        ):
            # "Mr Solomon", "Ms. Quillon": a courtesy title says the name is a person's, however often the page
            # writes it bare where only a company's guesses type it ("Prior to Tallow, Solomon ..."; stop 62); not
            # where the page tells a company by the word ("Mr. Dell" beside "Dell Inc." and "Dell stock": the bare
            # word stays the company's, the titled mentions the person's, stop 55)
            weight = _HONORIFIC_WEIGHT
        votes.setdefault(c.tokens, {}).setdefault(c.type, 0)
        votes[c.tokens][c.type] += weight
        if c.type in (EntityType.ORG, EntityType.OUTLET) and c.rule not in _WEAK_RULES:
            org_evidence.add(c.tokens)
            if c.rule in _SHORT_FORM_ORG:
                short_org.add(c.tokens)
        if c.tokens not in rules or weight >= 3:
            rules[c.tokens] = c.rule
        if weight > type_rules.get((c.tokens, c.type), ("", 0))[1]:
            type_rules[(c.tokens, c.type)] = (c.rule, weight)
        if c.type == EntityType.PRODUCT and c.rule != "entity.model-name":
            product_evidence.add(c.tokens)
        if c.type == EntityType.PRODUCT and c.rule in BRAND_RULES:
            brand_evidence.setdefault(c.tokens, c.rule)
            brand_votes[c.tokens] = brand_votes.get(c.tokens, 0) + weight
        elif c.type in (EntityType.ORG, EntityType.OUTLET, EntityType.PERSON) and c.rule not in GUESS_RULES:
            firm_evidence.add(c.tokens)
    _firm_over_place_head(cands, votes)
    for long, short in pairs:
        votes.setdefault(long.tokens, {})
        votes.setdefault(short.tokens, {})
        rules.setdefault(long.tokens, "entity.acronym")
        rules.setdefault(short.tokens, "entity.acronym")

    def vote(form: tuple[str, ...]) -> EntityType | None:
        v = votes.get(form) or {}
        return max(v, key=lambda t: (v[t], t == EntityType.PERSON)) if v else None

    parent: dict[tuple[str, ...], tuple[str, ...]] = {f: f for f in votes}

    def root(f: tuple[str, ...]) -> tuple[str, ...]:
        while parent[f] != f:
            parent[f] = parent[parent[f]]
            f = parent[f]
        return f

    def union(short: tuple[str, ...], long: tuple[str, ...]) -> None:
        a, b = root(short), root(long)
        if a != b:
            parent[a] = b

    # Gazetteer forms of one canonical name.
    by_canonical: dict[str, tuple[str, ...]] = {}
    for form in list(parent):
        known_as = known_entry(form, tab)
        if known_as is not None:
            canonical = known_as[0]
            if canonical in by_canonical:
                union(form, by_canonical[canonical])
            else:
                by_canonical[canonical] = form
    for long, short in pairs:
        union(long.tokens, short.tokens) if short.tokens in tab.known else union(short.tokens, long.tokens)
    for full, nick in nicks:  # "Robert “Kelly” Ortberg": Kelly Ortberg is Robert Ortberg
        if full in parent and nick in parent:
            union(nick, full)
    for now, was in renames:
        if now in parent and was in parent:
            union(was, now)
    current = {now for now, _was in renames}
    _union_initials(parent, votes, org_evidence, tab, union)
    _union_tickers(parent, vote, cands, text, tab, union)
    for form in list(parent):
        # "Harbour.com" (or "Harbour.com Inc") in an article that also says "Harbour", "Quill.AI" in
        # one that also says "Quill": the company by its web name, its legal form after it
        legal = all(w.rstrip(".") in LEGAL_SUFFIXES for w in form[1:])
        base = web_base(form[0]) if legal else ""
        if base and (base,) in parent:
            union(form, (base,))
    _union_legal_forms(parent, vote, first, union)
    for form in list(parent):
        if (
            len(form) == 2
            and form[0] in _FORMAL_OPENERS
            and form[1:] in parent
            and vote(form[1:]) == EntityType.ORG
        ):
            # "Royal Tessel" on a page that names the company "Tessel": its formal name (stop 54)
            union(form, form[1:])
    _union_country_codes(parent, tab, union)
    _union_state_bodies([f for f in parent if rules.get(f) == DESCRIBED_BODY], union)
    forms = list(parent)
    by_surname: dict[str, list[tuple[str, ...]]] = {}
    by_prefix: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    by_head: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for f in forms:
        if len(f) > 1:
            by_head.setdefault(f[:1], []).append(f)
    for f in forms:
        # ("Corwin shares fell": "Corwin Ames" is a company, and "Ames" alone no surname of it)
        if len(f) > 1 and vote(f) == EntityType.PERSON and f[:1] not in short_org:
            by_surname.setdefault(f[-1], []).append(f)
        for cut in range(max(1, len(f) - 4), len(f)):
            if _company_words_only(f[cut:], tab):
                by_prefix.setdefault(f[:cut], []).append(f)
    _union_reordered_forms(forms, vote, union)
    _union_given_name_forms(by_surname, tab, union)
    _union_middle_names(forms, vote, union)
    _union_named_after(forms, vote, tab, union)
    by_first_name: dict[str, list[tuple[str, ...]]] = {}
    for f in forms:
        if len(f) > 1 and vote(f) == EntityType.PERSON:
            by_first_name.setdefault(f[0], []).append(f)
    particled = {c.tokens for c in cands if c.rule == PARTICLE_SURNAME}
    # a company's full name given its ticker in brackets ("Tallow Harbour Group (THG)")
    formal = {
        long.tokens for long, short in pairs if len(short.tokens) == 1 and _TICKER.match(short.tokens[0])
    }
    joined: set[tuple[str, ...]] = set()
    for form in forms:
        if 2 <= len(form) <= 3 and form[0].title() in _SURNAME_PARTICLES and form not in tab.known:
            # "Ana De Souza ... De Souza said": a surname that opens with a particle, written alone,
            # is the one person named in full who has it; "Marta van Dijk ... Van Dijk said": the
            # particle is the same word whatever its case at a sentence's start
            folded = (form[0].lower(), *form[1:])
            owners = [
                o
                for o in by_surname.get(form[-1], [])
                if len(o) > len(form) and (o[-len(form)].lower(), *o[len(o) - len(form) + 1 :]) == folded
            ]
            if owners and len({root(o) for o in owners}) == 1:
                union(form, owners[0])
                joined.add(form)
        elif len(form) == 1 and form in particled and form not in tab.known:
            # "investors said van Dijk had ...": the surname after its particle is the one person
            # named with that surname (in full, or with its particle at a sentence's start)
            # (or the one whose surname glues the particle on: "Daniel DeFreitas ... de Freitas")
            owners = [o for o in by_surname.get(form[0], []) if o[-2].title() in _SURNAME_PARTICLES] + [
                o
                for sur, named in by_surname.items()
                if sur.endswith(form[0]) and sur[: -len(form[0])] in _SURNAME_PARTICLES
                for o in named
            ]
            if owners and len({root(o) for o in owners}) == 1:
                union(form, owners[0])
                joined.add(form)
    for c in cands:
        # "Tallows ... values Tallow's shares": a name that ends in "s" with its apostrophe put
        # inside it is that company, not a "Tallow" of its own (when no person is named so)
        form = c.tokens
        whole = (form[0] + "s",) if len(form) == 1 else ()
        if (
            whole in parent
            and form in parent
            and text[c.end : c.end + 2] in ("'s", "’s")
            and form not in tab.known
            and vote(whole) in (EntityType.ORG, EntityType.OUTLET)
            and vote(form) in (EntityType.ORG, None)
            and not by_surname.get(form[0])
            and not by_first_name.get(form[0])
        ):
            union(form, whole)
            joined.add(form)
    for form in forms:
        if form in joined:
            continue
        if len(form) == 1 and form not in tab.known:
            # "Michael Dell ... the outstanding Dell stock": a bare name the text marks as a listed
            # company (its shares, its ticker) is the company the person's surname names, not him,
            # when the text says he is someone (a title, an appositive, "who"); a name with a person's
            # shape only ("Adding Kellanova" opening a sentence) is no person of it
            owners = by_surname.get(form[0], [])
            if form in short_org and any(rules.get(o) not in _WEAK_RULES for o in owners):
                owners = []
            if owners and _family_company_short_form(
                form, by_prefix, votes, cands, text, any(rules.get(o) not in _WEAK_RULES for o in owners)
            ):
                owners = []  # "buy rival Hess ... John Hess of Hess Corp.": the company, not its chief
                # "Mr. Brandt" typed the bare word a person: his mentions go to him (`_scan`), the word is the company's
                votes[form].pop(EntityType.PERSON, None)
            if owners and _named_as_family(form, cands, text):
                owners = []  # "the Tallini family ... founder Piero Tallini": the family, not the founder
            if owners and len({root(o) for o in owners}) == 1:  # one person ("Kelly" / "Robert" X)
                union(form, owners[0])
                continue
            # "Brian is the leader we need": a given name alone, of the one person who has it.
            # A given name the lexicon does not know counts only when nothing but a guess typed it
            # ("Elliott’s expertise" in a quote, of the one Elliott Hill; "grateful for Elliott’s
            # work": a word after "for" is only guessed a company) or the text says it is a person
            # ("Noor, who holds a British passport").
            firsts = by_first_name.get(form[0], [])
            if (
                form[0] not in tab.first_names
                and not rules.get(form, "").startswith("entity.default")
                and rules.get(form, "") not in GUESS_RULES
                and vote(form) != EntityType.PERSON
                and form not in short_org  # "Corwin shares fell": the listed Corwin Ames
            ):
                firsts = []
            if firsts and len({root(f) for f in firsts}) == 1 and not owners:
                union(form, firsts[0])
                continue
            # "Gilsinger said" in an article about Pat Gelsinger: a surname misspelt by one letter,
            # typed by nothing but a guess, is the one person named in full whose surname it nearly is
            near = (
                [o for sur, named in by_surname.items() if _one_letter_apart(form[0], sur) for o in named]
                if not owners
                and not firsts
                and rules.get(form) in _WEAK_RULES
                and form[0] not in tab.first_names
                else []
            )
            if near and len({root(o) for o in near}) == 1:
                union(form, near[0])
                continue
        longer = [f for f in by_prefix.get(form, []) if vote(f) not in (EntityType.PERSON, EntityType.PLACE)]
        # a subsidiary's legal name, the short name and a company's words closed by a legal form
        # ("Tallow Bank AB", "Tallow Holdings Inc."), is the company's alias even when the gazetteer
        # knows the short name alone (the lead's decision, stop 41); "Tallow AI" stays apart
        known_alone = (
            form in tab.known
            and all(tab.known.get(f, (None,))[0] != tab.known[form][0] for f in longer)
            and not (len(longer) == 1 and longer[0][-1].rstrip(".") in LEGAL_SUFFIXES)
        )
        if (
            len({root(f) for f in longer}) == 1
            and not known_alone
            and vote(form) not in (EntityType.PERSON, EntityType.PLACE)  # "United States Steel Corp."
            and not _unit_of(form, longer[0], first, tab)
        ):
            union(form, longer[0])
            continue
        shortened = _shortened_from(form, by_head, vote, rules, first, tab, formal)
        if shortened is not None:
            union(form, shortened)

    _union_closed_up(parent, vote, tab, union)
    _union_local_short_forms(forms, parent, vote, root, union, tab)
    # "the Journal" after "The Wall Street Journal": an outlet's head alone is that outlet, when the
    # article names only one outlet with that head.
    for form in forms:
        if len(form) == 1 and form[0] in tab.outlet_heads and form not in tab.known:
            outlets = {
                root(f)
                for f in forms
                if len(f) > 1
                and f[-1] == form[0]
                and (vote(f) == EntityType.OUTLET or tab.known.get(f, ("", None))[1] == EntityType.OUTLET)
            }
            if len(outlets) == 1:
                union(form, outlets.pop())
    # "the Treasury" after "HM Treasury" (or "the US Treasury"): the ministry's word alone is that
    # ministry when the article names one body that ends with it
    for form in forms:
        if form in _STATE_FUNCTIONS:
            named = {root(f) for f in forms if len(f) > 1 and f[-1] == form[0] and vote(f) == EntityType.ORG}
            if len(named) == 1:
                union(form, named.pop())
    # "the Trusts", "the Foundation" after "Harbour Trusts", "the Ana Reyes Foundation": an
    # institution's head alone is that body when the article names one body with that head; with no
    # such body, or several, it names no one (a common noun written capitalized: "Hospitals are ...").
    headless: set[tuple[str, ...]] = set()
    for form in forms:
        head = _institution_head(form)
        if head is None or form in tab.known:
            continue
        bodies = {
            root(f)
            for f in forms
            if len(f) > 1 and _institution_head(f[-1:]) == head and vote(f) == EntityType.ORG
        }
        if len(bodies) == 1:
            union(form, bodies.pop())
        else:
            headless.add(form)
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for form in forms:
        if form in headless and root(form) == form:
            continue
        groups.setdefault(root(form), []).append(form)
    # an acronym names its group ("FAIR"); a short name of words ("CPP Investments") gives way to the long
    acronyms = {short.tokens for _, short in pairs if len(short.tokens) == 1}
    # but a body's full name spelled out whole before its acronym ("Kestrel Bank Holdings (KBH)") names
    # it, the acronym its alias (stop 47): not a product's ("PaMDO": called by its acronym), not a name the text
    # may have cut short ("The Nordic Harbour Markets Authority (HMA)": a capitalised word before it), and
    # not one the gazetteer knows by its acronym ("AMD", above)
    spelled = {
        long.tokens
        for long, short in pairs
        if len(short.tokens) == 1 and not _CAPITAL_BEFORE.search(text, max(0, long.start - 40), long.start)
    }
    out: dict[tuple[str, ...], tuple[str, EntityType, str, bool]] = {}
    for members in groups.values():
        known = [
            e
            for e in (known_entry(m, tab) for m in sorted(members, key=lambda m: m not in current))
            if e is not None
        ]
        if [m for m in members if m in current and m not in tab.known]:
            known = []  # renamed: its current name, even when the gazetteer knows the earlier one
        if known:
            name, etype = known[0]
            rule = "entity.gazetteer"
            placed = {t for m in members for t in (votes.get(m) or {})}
            if etype == EntityType.ORG and placed == {EntityType.PLACE}:
                # a bloc named only as its lands; a seat named only as a venue ("at the White House")
                etype, rule = (
                    EntityType.PLACE,
                    "entity.venue" if name in _VENUE_SEATS else "entity.union-place",
                )
            elif etype == EntityType.PROGRAM and EntityType.ORG in placed:
                etype, rule = EntityType.ORG, "entity.appositive"  # a programme the page calls a company
        else:
            best = max(
                members,
                key=lambda m: (
                    m in current,
                    m in acronyms
                    and not any(f in spelled and vote(f) != EntityType.PRODUCT for f in members),
                    not m[0].endswith(".com"),  # "Harbour", not its web name "Harbour.com (Inc)"
                    bool(web_base(m[0])),  # but "Quill.AI", not "Quill": its name has the domain
                    len(m),
                    sum(votes.get(m, {}).values()),
                ),
            )
            name = _join(best)
            total: dict[EntityType, int] = {}
            for m in members:
                for t, v in (votes.get(m) or {}).items():
                    total[t] = total.get(t, 0) + v
            firm = any(m in firm_evidence for m in members)
            if firm and EntityType.PRODUCT in total:
                # "brands such as X ... X said": the company's own cue outweighs the brand's
                total[EntityType.PRODUCT] -= sum(brand_votes.get(m, 0) for m in members)
                if total[EntityType.PRODUCT] <= 0:
                    del total[EntityType.PRODUCT]
            # A full name typed an organization by evidence ("aerospace supplier Rockwell Collins",
            # "HPE" its initials) is no person by its shape; a bare surname's ("instead of Hill") is.
            # (a company's own marks count on its short form too: "Corwin shares fell", "Corwin, which")
            guessed_only = not any(m in org_evidence and (len(m) > 1 or m in short_org) for m in members)
            if (
                total.get(EntityType.PERSON)
                and any(
                    len(m) > 1
                    and rules.get(m) in _PERSON_EVIDENCE
                    and (rules.get(m) != "entity.name-shape" or guessed_only)
                    for m in members
                )
                or (
                    # a lone name ("Quent, who joined the board") the text never writes in full
                    all(len(m) == 1 for m in members)
                    and any(rules.get(m) == "entity.who-after" for m in members)
                )
            ):
                # "Elon Musk" once, then "Musk is seeking ..." at sentence starts (guessed organization):
                # a full name with a person's evidence outweighs guesses on the bare surname.
                total = {EntityType.PERSON: total[EntityType.PERSON]}
            if (
                EntityType.PERSON in total
                and len(total) > 1
                and all(type_rules.get((m, EntityType.PERSON), ("", 0))[1] <= 1 for m in members)
                and any(
                    type_rules[(m, t)][0] not in GUESS_RULES
                    for m in members
                    for t in (EntityType.ORG, EntityType.OUTLET)
                    if (m, t) in type_rules
                )
            ):
                # "firms such as Greenmoor, Halden Voss and ..." once, "Halden Voss declined to comment"
                # twice: a person's shape is a guess however often it is met; one mention the text
                # types a firm by evidence outweighs them all
                del total[EntityType.PERSON]
            shape_only = total.get(EntityType.PRODUCT) and not any(m in product_evidence for m in members)
            if shape_only and any(m in org_evidence for m in members):
                # "the holding company G42 ... G42 said": a digit in a name is only its shape; a noun
                # or a company's mark in the text outweighs it (a model's name has no such evidence)
                del total[EntityType.PRODUCT]
            etype = max(total, key=lambda t: (total[t], t == EntityType.PERSON)) if total else EntityType.ORG
            rule = rules.get(best, "entity.caps")
            if shape_only and etype != EntityType.PRODUCT and (best, etype) in type_rules:
                rule = type_rules[(best, etype)][0]
            typed = type_rules.get((best, etype))
            if typed is not None and typed[1] > 1 and rule in _WEAK_RULES:
                # "the Permian shale producer" (a guess) then "the Permian basin": the rule that typed it
                rule = typed[0]
            if etype == EntityType.PERSON and rule in _WEAK_RULES:
                # "Ana Lund was stewing ... And now Lund, who has a history of ...": the text says of
                # the surname alone that it is someone; that evidence is the person's, not a guess
                said = [type_rules[(m, etype)] for m in members if m != best and (m, etype) in type_rules]
                said = [r for r in said if r[1] >= 3 and r[0] not in _WEAK_RULES]
                if said:
                    rule = said[0][0]
            brand = [brand_evidence[m] for m in members if m in brand_evidence]
            if brand and firm and rule in GUESS_RULES and etype in (EntityType.ORG, EntityType.OUTLET):
                rule = "entity.does-business"  # named a brand, but it says or does business
            if brand and etype != EntityType.PRODUCT and not firm:
                # "brands such as X" once, "X sales rose" twice: what the text says X is outweighs
                # guesses by shape or place; only an organization's own cue (a legal form, an
                # organization's noun, a title, a ticker) makes a brand a company
                etype, rule = EntityType.PRODUCT, brand[0]
        for m in members:
            out[m] = (name, etype, rule, bool(known))
    # A person's surname alone finds the person ("Zuckerberg's" in a heading), when only one has it.
    surnames: dict[tuple[str, ...], list[tuple[str, EntityType, str, bool]]] = {}
    for form, entry in out.items():
        if entry[1] == EntityType.PERSON and len(form) > 1:
            surnames.setdefault(form[-1:], []).append(entry)
    for form, entries in surnames.items():
        if form not in out and form not in tab.known and len({e[0] for e in entries}) == 1:
            out[form] = (entries[0][0], entries[0][1], "entity.surname", entries[0][3])
    return out


#: The particles a surname of two or three words opens with ("De Souza", "Van der Berg", "Di Marco").
_SURNAME_PARTICLES = frozenset(
    {
        "De",
        "Da",
        "Di",
        "Do",
        "Dos",
        "Das",
        "Del",
        "Della",
        "Bin",
        "Du",
        "Van",
        "Von",
        "Le",
        "La",
        "Al",
        "El",
        "Ter",
        "Ten",
    }
)
#: The top-level domains a company's web name ends in ("Harbour.com", "Quill.AI", "Loom.io").
_WEB_TAILS = (".com", ".ai", ".io", ".co", ".net")


def web_base(word: str) -> str:
    """The name before a web name's domain ("Quill.AI" -> "Quill", "Harbour.com" -> "Harbour"); ""
    for any other word (and for a domain alone, ".com")."""
    low = word.lower()
    for tail in _WEB_TAILS:
        if low.endswith(tail) and len(word) > len(tail) + 1:
            return word[: -len(tail)]
    return ""


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words of six letters or more, the same first letter, one letter changed, added or dropped
    ("Gilsinger" / "Gelsinger", "Mollenkoph" / "Mollenkopf")."""
    if a == b or min(len(a), len(b)) < 6 or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _person_voted(votes: dict[EntityType, int]) -> bool:
    """Did a form's typing votes lean to a person at least as much as to an organization?"""
    return votes.get(EntityType.PERSON, 0) >= votes.get(EntityType.ORG, 0)


#: Legal forms written out in full, whose initial an acronym of the name may carry.
_SPELLED_LEGAL = frozenset({"Corporation", "Company", "Incorporated", "Limited"})


def _union_closed_up(
    parent: dict[tuple[str, ...], tuple[str, ...]],
    vote: Callable[[tuple[str, ...]], EntityType | None],
    tab: Tables,
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """ "Supervantor" beside "Super Vantor Computer": one word that spells the first two words or more of the one
    longer organisation's name of the page closed up (any case) is that name's short form, the company's own
    spelling of itself (stop 62). A person's form never joins, and neither does a name the gazetteer knows."""
    by_closed: dict[str, list[tuple[str, ...]]] = {}
    for form in parent:
        if len(form) < 2 or vote(form) not in (EntityType.ORG, None) or not form[0][:1].isupper():
            continue
        for k in range(2, len(form) + 1):
            by_closed.setdefault("".join(form[:k]).lower(), []).append(form)
    if not by_closed:
        return
    for form in list(parent):
        if (
            len(form) != 1
            or form in tab.known
            or vote(form) not in (EntityType.ORG, EntityType.PRODUCT, None)
        ):
            continue
        longs = by_closed.get(form[0].lower(), [])
        roots = set()
        for f in longs:  # "Super Vantor" and "Super Vantor Computer", one company already: one owner
            while parent[f] != f:
                f = parent[f]
            roots.add(f)
        if len(roots) == 1:
            union(form, longs[0])


def _union_initials(
    parent: dict[tuple[str, ...], tuple[str, ...]],
    votes: dict[tuple[str, ...], dict[EntityType, int]],
    org_evidence: set[tuple[str, ...]],
    tab: Tables,
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """ "HPE" in an article that names Hewlett Packard Enterprise: an acronym of three or more letters
    that spells the initials of the one longer name of the article (its legal form aside) is that
    name's short form, and an organization's (people are not called by their initials here). Stops
    between the letters are no letters ("F.T.C.", stop 52); two letters join a name of two words only
    where that name is a company's by more than its shape ("EA" beside "shares of Electronic Arts";
    never "AR" beside the person Ana Ruiz)."""
    by_initials: dict[str, list[tuple[str, ...]]] = {}
    for form in parent:
        words = [w for w in form if w not in _INITIAL_SKIP]
        if len(words) >= 3 and words[-1] in _SPELLED_LEGAL and all(w[:1].isupper() for w in words):
            # "NSC" for "Nippon Steel Corporation": the legal form spelled out may give its letter too
            by_initials.setdefault("".join(w[0] for w in words), []).append(form)
        while len(words) > 2 and words[-1].rstrip(".") in LEGAL_SUFFIXES:
            words.pop()
        if len(words) >= 3 and all(w[:1].isupper() for w in words):
            by_initials.setdefault("".join(w[0] for w in words), []).append(form)
            for k in (1, 2):
                if len(words) - k >= 3 and is_demonym(" ".join(words[:k]), tab):
                    # "PIF" beside "the Saudi Arabian Public Investment Fund": the nationality that
                    # describes the body is no part of its initials (stop 52)
                    by_initials.setdefault("".join(w[0] for w in words[k:]), []).append(form)
        elif len(words) == 2 == len(form) and all(w[:1].isupper() and w[1:].islower() for w in words):
            # "EA" beside "Electronic Arts": a company of two words, never a person's name (below)
            by_initials.setdefault("".join(w[0] for w in words), []).append(form)
        elif len(words) == 2 and "&" in form and all(w[:1].isupper() and w[1:].islower() for w in words):
            # "PD" beside "Pell & Dorn LLP", "EY" beside "Ernst & Young": two names joined by "&" are a firm's,
            # never a person's, and its two initials its short form (stop 62)
            by_initials.setdefault("".join(w[0] for w in words), []).append(form)
    for form in list(parent):
        if len(form) != 1 or form in tab.known or not form[0].isupper():
            continue
        letters = form[0].replace("&", "").replace(".", "")  # "F.T.C.": the initials written with stops
        if not (2 <= len(letters) <= 6 and letters.isalpha()) or len(form[0]) > 12:
            continue
        longs = [
            f
            for f in by_initials.get(letters, [])
            if len(letters) > 2 or "&" in f or (f in org_evidence and not _person_voted(votes.get(f, {})))
        ]
        if longs and len({tuple(_root(parent, f)) for f in longs}) == 1:
            union(form, longs[0])
            org_evidence.add(longs[0])
            org_votes = votes.setdefault(longs[0], {})
            org_votes[EntityType.ORG] = org_votes.get(EntityType.ORG, 0) + 2  # the initials' evidence


#: A company's own unit named right after "its" and the unit's noun: "its investment arm X", "its
#: venture capital firm, X", "its payments unit X" (a body of its own, convention q).
_OWN_UNIT_BEFORE = re.compile(
    r"\b(?:its|their)\s+(?:[a-z-]+\s+){0,3}(?:arm|unit|subsidiary|division|firm|fund|affiliate|business),?\s+$"
)
#: A ticker: three to five capital letters ("TLWX", "KVN"); two-letter codes are too often initials.
_TICKER_WORD = re.compile(r"^[A-Z]{3,5}$")
#: What stands between a company's name and its ticker right after it: "Tallow Corp.'s TLWX venture
#: arm", "Orvane, Inc. ORVN shares", "Tallow (TLWX)", "Tallow (NASDAQ: TLWX)".
_TICKER_GAP = re.compile(
    r"(?:[’']s)?(?:,?\s(?:Inc|Corp|Co|Ltd|Plc|PLC)\.?)?\s?(?:\(\s*(?:[A-Z][A-Za-z]{1,8}\s*:\s*)?)?"
)


def _spells_in_order(code: str, name: str) -> bool:
    """Are the letters of `code` those of `name` in their order, the first its first ("MSFT" in
    "Microsoft", "KVN" in "Kevanor")?"""
    low = name.lower()
    if not low or low[0] != code[0].lower():
        return False
    at = 1
    for ch in code[1:].lower():
        at = low.find(ch, at) + 1
        if at == 0:
            return False
    return True


def _union_tickers(
    parent: dict[tuple[str, ...], tuple[str, ...]],
    vote: Callable[[tuple[str, ...]], EntityType | None],
    cands: list[Candidate],
    text: str,
    tab: Tables,
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """ "Tallow (NASDAQ: TLWX) will buy ... TLWX said", "TLWX has agreed to buy": a listed company
    named by its ticker is that company, not another one. The ticker joins the company's name when
    it follows the name ("Tallow (TLWX)", "Tallow Corp.'s TLWX arm", "Orvane, Inc. ORVN shares") and
    opens with its letter, or when its letters spell, in their order, the name of the one company
    of the article that opens with its letter ("TLWX" of "Tallow Works"). The same form joins a
    union's or a body's short name ("UKW" of "United Kiln Workers")."""
    forms = [
        f
        for f in parent
        if len(f) == 1
        and _TICKER_WORD.match(f[0])
        and f not in tab.known
        and _root(parent, f) == f
        and vote(f) in (EntityType.ORG, EntityType.OUTLET, None)
    ]
    if not forms:
        return
    companies = [
        f
        for f in parent
        if vote(f) in (EntityType.ORG, EntityType.OUTLET)
        and not (len(f) == 1 and _TICKER_WORD.match(f[0]))
        and f[0][:1].isupper()
    ]
    ends: dict[int, tuple[str, ...]] = {}
    units: set[tuple[str, ...]] = set()  # "its investment arm X": a company's own unit, never its name
    for c in cands:
        if c.tokens in companies:
            ends[c.end] = c.tokens
            if _OWN_UNIT_BEFORE.search(text, max(0, c.start - 60), c.start):
                units.add(c.tokens)
    for form in forms:
        code = form[0]
        after = set()
        for m in re.finditer(rf"\b{code}\b", text):
            for end in range(max(0, m.start() - 24), m.start() + 1):
                owner = ends.get(end)
                if (
                    owner is not None
                    and code not in owner
                    and owner[0][0] == code[0]
                    and _TICKER_GAP.fullmatch(text, end, m.start())
                ):
                    after.add(_root(parent, owner))
        if len(after) == 1:
            union(form, after.pop())
            continue
        spelled = {_root(parent, f) for f in companies if spells_ticker(code, f) and f not in units}
        if len(spelled) == 1:
            union(form, spelled.pop())


def spells_ticker(code: str, name: Sequence[str]) -> bool:
    """THE test of a ticker written for a company's name (issue 11, stop 45: one owner for tickers;
    the deal parties ask it too): three to five capitals whose letters are the name's in their order,
    the first its first ("MSFT" for Microsoft, "TLWK" for Tallow Works), the name longer than the code
    and not holding it as a word ("CVS Caremark" is another body than "CVS"). `name` is the name's
    words ("Tallow Works" -> ("Tallow", "Works"))."""
    return (
        bool(_TICKER_WORD.match(code))
        and len("".join(name)) > len(code)
        and code not in name
        and _spells_in_order(code, "".join(w for w in name if w.isalpha() or "." in w))
    )


def ticker_owner(code: str, names: Iterable[str]) -> str | None:
    """The one name of `names` (written as the page writes them) that the ticker `code` spells
    (`spells_ticker`); None when none or several do."""
    owners = {n for n in names if spells_ticker(code, tuple(n.split()))}
    return owners.pop() if len(owners) == 1 else None


def _union_given_name_forms(
    by_surname: dict[str, list[tuple[str, ...]]],
    tab: Tables,
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """ "Dave Calhoun" and "David Calhoun" in one article: one person (a given name and its short form,
    lexicon `diminutives`, with the same surname and nothing else between)."""
    for forms in by_surname.values():
        seen: dict[tuple[str, ...], tuple[str, ...]] = {}
        for f in forms:
            key = (tab.given_name_of.get(f[0], f[0]), *f[1:])
            if key in seen:
                union(f, seen[key])
            else:
                seen[key] = f
        # "Nik Storvik" and "Nikolay Storvik": a given name cut short to its first letters (three or
        # more) is the longer one's, when the page gives the surname to no third given name
        two = [f for f in forms if len(f) == 2]
        if len({f[0] for f in two}) == 2:
            a, b = sorted({f[0] for f in two}, key=len)
            if len(a) >= 3 and b.startswith(a) and b[len(a) :].islower():
                short = next(f for f in two if f[0] == a)
                union(short, next(f for f in two if f[0] == b))


def _union_middle_names(
    forms: list[tuple[str, ...]],
    vote: Callable[[tuple[str, ...]], EntityType | None],
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """ "Ines Maria Moreau" and "Ines Moreau" in one article: one person, the middle name (or initial)
    written once and left out after, when the article gives that given name and surname one middle
    name only, in full or by its initial ("Ines Maria Moreau", "Ines M. Moreau": `one_middle`); two
    middle names are two people, "Ines Moreau" then left alone."""
    persons = {f for f in forms if vote(f) == EntityType.PERSON}
    middles: dict[tuple[str, str], list[tuple[str, ...]]] = {}
    for f in persons:
        if len(f) == 3 and f[1][:1].isupper():
            middles.setdefault((f[0], f[2]), []).append(f)
    for f in persons:
        full = sorted(middles.get((f[0], f[1]), [])) if len(f) == 2 else []
        if full and one_middle([m[1] for m in full]):
            for m in full:
                union(f, m)


def one_middle(words: list[str]) -> bool:
    """Are these one middle name, written in full or by its initial ("Naval", "N.", "N")? All open with
    the same capital, and at most one of them is longer than an initial. "Tove" and "Jo" are two names,
    "T." and "J." two initials."""
    if not words or len({w[:1] for w in words}) != 1:
        return False
    return len({w for w in words if len(w.rstrip(".")) > 1}) <= 1


#: Words ending a company's full name after the name it goes by: "The Walt Disney Company", "Harbour Co."
_FULL_NAME_TAILS = LEGAL_SUFFIXES | {"Company"}


def _union_named_after(
    forms: list[tuple[str, ...]],
    vote: Callable[[tuple[str, ...]], EntityType | None],
    tab: Tables,
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """ "Disney" in an article that names "The Walt Disney Company": a company named after a person
    goes by the surname; the one-word organization that is the last word of the one two-word core
    of a full company name (legal form or "Company" after it) is that company."""
    cores: dict[str, dict[tuple[str, ...], list[tuple[str, ...]]]] = {}
    for f in forms:
        core = list(f[1:] if f[0] == "The" else f)
        if len(core) < 3 or core[-1].rstrip(".") not in _FULL_NAME_TAILS:
            continue
        while core and core[-1].rstrip(".") in _FULL_NAME_TAILS:
            core.pop()
        if len(core) == 2:
            cores.setdefault(core[-1], {}).setdefault(tuple(core), []).append(f)
    for f in forms:
        if len(f) == 1 and f not in tab.known and vote(f) not in (EntityType.PERSON, EntityType.PLACE):
            named = cores.get(f[0], {})
            if len(named) == 1:  # one company goes by that word ("Walt Disney Co", "The Walt Disney Company")
                for long in next(iter(named.values())):
                    union(f, long)


#: A country's code and its full name, as they open a company's name ("U.S. Steel", "United States Steel").
_CODE_FULL_NAMES = {
    "U.S.": ("United", "States"),
    "US": ("United", "States"),
    "U.K.": ("United", "Kingdom"),
    "UK": ("United", "Kingdom"),
}


def _union_country_codes(
    parent: dict[tuple[str, ...], tuple[str, ...]],
    tab: Tables,
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """ "U.S. Steel" and "United States Steel (Corp.)": a name opened by a country's code and one
    opened by the country's full name, the rest alike (a legal form or company word may close the
    longer), are one organisation's."""
    for form in list(parent):
        full = _CODE_FULL_NAMES.get(form[0]) if len(form) >= 2 else None
        if full is None or form in tab.known:
            continue
        spelled = full + form[1:]
        for other in list(parent):
            if other[: len(spelled)] == spelled and all(
                w.rstrip(".") in LEGAL_SUFFIXES or w in tab.org_suffixes for w in other[len(spelled) :]
            ):
                union(form, other)


#: One state named by its code, its full name or its demonym: the key its bodies are known by.
_STATE_KEYS = {
    "U.K.": "UK",
    "United Kingdom": "UK",
    "British": "UK",
    "U.S.": "US",
    "United States": "US",
    "American": "US",
    "Emirati": "UAE",
}


def _union_state_bodies(
    bodies: list[tuple[str, ...]], union: Callable[[tuple[str, ...], tuple[str, ...]], None]
) -> None:
    """ "the UK government", "the British government" and "the UK Government": one state's body of one
    kind, however the page names the state (code, full name, demonym) or cases the kind."""
    first: dict[tuple[str, str], tuple[str, ...]] = {}
    for form in bodies:
        state = " ".join(form[:-1])
        key = (_STATE_KEYS.get(state, state), form[-1].lower())
        if key in first:
            union(form, first[key])
        else:
            first[key] = form


def _root(parent: dict[tuple[str, ...], tuple[str, ...]], f: tuple[str, ...]) -> tuple[str, ...]:
    while parent[f] != f:
        f = parent[f]
    return f


_INITIAL_SKIP = frozenset({"of", "and", "&", "the", "for", "de"})


def _nickname_mentions(
    article_id: str,
    text: str,
    nicknames: list[Nickname],
    groups: dict[tuple[str, ...], tuple[str, EntityType, str, bool]],
    locals_: dict[str, Local],
    silent: frozenset[tuple[int, int]],
) -> dict[str, set[str]]:
    """ "Robert “Kelly” Ortberg" is one mention of its person, not a "Kelly" and an "Ortberg".
    Returns the nickname names ("Kelly Ortberg") of each person, by entity id."""
    nick_aliases: dict[str, set[str]] = {}
    for nn in nicknames:
        if nn.full not in groups or any(s <= nn.start < e for s, e in silent):
            continue
        name, etype, rule, known = groups[nn.full]
        for other in locals_.values():
            other.mentions = [m for m in other.mentions if not (nn.start <= m.span.start < nn.end)]
        key = slug(name)
        loc = locals_.get(key) or locals_.setdefault(key, Local(name, etype, rule, known=known))
        loc.forms.add(nn.full)
        loc.mentions.append(
            Mention(Span(article_id, nn.start, nn.end), text[nn.start : nn.end], "entity.nickname")
        )
        nick_aliases.setdefault(key, set()).add(_join(nn.nick))
    return nick_aliases


def _shortened_from(
    form: tuple[str, ...],
    by_head: dict[tuple[str, ...], list[tuple[str, ...]]],
    vote: Callable[[tuple[str, ...]], EntityType | None],
    rules: dict[tuple[str, ...], str],
    first: dict[tuple[str, ...], int],
    tab: Tables,
    formal: Collection[tuple[str, ...]] = (),
) -> tuple[str, ...] | None:
    """ "Pellam Natural Resources ... Pellam said", "... Pellam Natural said": a company named in full,
    then by its first words. The longest organization name of the article that opens with the form and
    is written before it (or anywhere, when the text gives it with its ticker, `formal`: a summary line
    or a headline that shortens "Pellam Natural Resources (PNR)" before the body names it), when every
    longer name that opens so is a part of that one (a name the
    gazetteer knows on its own, a unit's name, and two longer names that part ways keep the form apart:
    "Reliance Industries ... Reliance Retail ... Reliance"). A form typed a person by its shape alone is
    no evidence against it ("the deal with Pellam Natural")."""
    if form in tab.known or form not in first or form[0] in tab.first_names:
        return None
    kind = vote(form)
    if kind not in (EntityType.ORG, None) and not (
        kind == EntityType.PERSON and rules.get(form) == "entity.name-shape"
    ):
        return None
    opening = [f for f in by_head.get(form[:1], []) if len(f) > len(form) and f[: len(form)] == form]
    if any(f[-1][:1].islower() for f in opening):
        return None  # "the Varga administration ... Varga said": a leader's body is not the leader
    if any(rules.get(f) == REGIONAL_ARM for f in opening):
        return None  # "Tamsin of Europe ... Tamsin said": a company's arm is not the company (stop 52)
    if not opening or any(vote(f) != EntityType.ORG or f in tab.known for f in opening):
        return None
    longest = max(opening, key=len)
    if any(longest[: len(f)] != f for f in opening) or (
        first.get(longest, first[form]) >= first[form] and longest not in formal
    ):
        return None
    return None if _unit_of(form, longest, first, tab) else longest


#: The generic nouns a bank's or a group's own name opens with in its own language ("Banco Lisaro",
#: "Banc Lisaro", "Caixa Norte", "Grupo Ferrenti"), by family: a name so opened and the name after
#: the noun are one body ("Banco De Lisaro ... Lisaro shares"). English "Bank" opens such names too
#: ("Bank Halvard"); "Bank of X" does not (its "of" is no particle: "Bank of Oslo" is not "Oslo").
_LOCAL_OPENERS: dict[str, str] = {
    **dict.fromkeys(("Banco", "Banca", "Banc", "Banque", "Bank", "Banka"), "bank"),
    **dict.fromkeys(("Caixa", "Caja", "Caisse", "Cassa"), "savings"),
    **dict.fromkeys(("Grupo", "Groupe", "Gruppo"), "group"),
    **dict.fromkeys(("Compagnie", "Compañía", "Companhia"), "company"),
}
#: The particles that may stand between the generic noun and the name ("Banco De Lisaro", "Caisse
#: des Dépôts", "Banca di Ferrenti"), in either case.
_LOCAL_PARTICLES = frozenset({"de", "del", "di", "do", "da", "des", "du", "della", "dos", "das", "d'", "d’"})


def _local_core(form: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name inside a name opened by a generic noun: "Banco De Lisaro" -> "Lisaro", "Grupo
    Ferrenti Norte" -> "Ferrenti Norte"; None for any other form ("Bank of Oslo", "Lisaro")."""
    if len(form) < 2 or form[0] not in _LOCAL_OPENERS:
        return None
    rest = form[2:] if len(form) >= 3 and form[1].lower() in _LOCAL_PARTICLES else form[1:]
    return rest if rest[0][:1].isupper() and rest[0].lower() not in _LOCAL_PARTICLES else None


def _family_company_short_form(
    form: tuple[str, ...],
    by_prefix: dict[tuple[str, ...], list[tuple[str, ...]]],
    votes: dict[tuple[str, ...], dict[EntityType, int]],
    cands: Sequence[Candidate],
    text: str,
    owner_told: bool = True,
) -> bool:
    """Is a bare surname the short form of a company named for a family, not the person who has it (stop 53)? Nothing
    typed the bare word a person but a courtesy title ("Mr. Brandt" is the person's, stop 55), it never speaks ("Hess
    said" stays open to the person), and it bears a company's own mark: "buy smaller rival Hess", "every Hess share",
    "toy maker Brandt" (a company's noun before it, stop 55), "Oslo-based Brandt" (a place's "-based", stop 55),
    "Brandt's fall in market share" (its trading figures, stop 55, only beside the company's name: stop 56). The
    page names the company by that word and a legal form or company words only ("John Hess of Hess Corp.", "Brandt
    Inc."), or, with no such name, the mark is told of the bare word where it is no possessive and its shares are a
    holding's and the person is told by more than the shape of his name ("Brandt will be taken private ... a
    block of Brandt shares", stop 55; "to buy Stark's stake" is a person's holding, "Brenn shares his view" a
    verb, `owner_told`)."""
    bare = [c for c in cands if c.tokens == form and not _honorific_before(text, c.start)]
    if {c.type for c in bare if c.type is not None} != {EntityType.ORG}:
        return False
    if any(_SPEAKS_AFTER.match(text, c.end, c.end + 16) for c in bare):
        return False
    named = any(votes.get(f, {}).get(EntityType.ORG) for f in by_prefix.get(form, []))
    if not named and not owner_told:
        return False  # "Adding Tallow could double ...": a person's shape only, no founder (the old merge reads it)
    # a company's own mark on the bare word: bought, a rival, its shares, its noun ("Brandt, 64, will retire" has none)
    return any(
        _BASED_BEFORE.search(text, max(0, c.start - 30), c.start) is not None  # "Oslo-based Brandt's plan"
        # "Brandt's fall in market share" only where the page names the company by the word: "Brandt's remit
        # includes sales" is a person's brief (stop 56)
        or (named and _TRADING_FIGURES_AFTER.match(text, c.end, c.end + 50) is not None)
        or (
            (named or text[c.end : c.end + 2] not in ("'s", "’s"))
            and (
                _BOUGHT_BEFORE.search(text, max(0, c.start - 60), c.start) is not None
                # (with no company's name, its shares after "of": "Brenn shares his view" is a verb)
                or (
                    _TRADED_AFTER.match(text, c.end, c.end + 20) is not None
                    and (named or _OF_HOLDING_BEFORE.search(text, max(0, c.start - 12), c.start) is not None)
                )
                or c.rule == "entity.org-noun-before"
            )
        )
        for c in bare
    )


#: A company's trading figures after its possessive, up to three words between (stop 55): "'s market share", "'s
#: decline in market share", "'s quarterly revenue" (a person's holding, "'s shares", "'s stake", is none).
_TRADING_FIGURES_AFTER = re.compile(
    r"(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,3}?(?:market\s+share|revenues?|sales|profits?|earnings|margins)\b"
)
#: A part of a holding right before a name: "20% of ", "a block of all " (its shares follow; stop 55).
_OF_HOLDING_BEFORE = re.compile(r"\bof\s+(?:(?:all|the)\s+)?$")
#: The rules that type a name with a place's head a firm by the words around it: "private equity firm Silver
#: Lake", "investors including ... Silver Lake", "Granite Lake, a buyout firm," (`_type_unknown`).
_FIRM_OVER_HEAD = frozenset({"entity.org-noun-before", "entity.investor-list", "entity.appositive"})


def _firm_over_place_head(
    cands: Sequence[Candidate], votes: dict[tuple[str, ...], dict[EntityType, int]]
) -> None:
    """A name with a place's head that the page once calls a firm ("private equity firm Silver Lake") is that firm
    wherever else it is written bare ("Silver Lake is looking forward"): its head alone made those a place (stop
    55). A name some other rule placed (the gazetteer, a preposition of place) keeps its votes."""
    firm = {c.tokens for c in cands if c.type == EntityType.ORG and c.rule in _FIRM_OVER_HEAD}
    for form in firm:
        placed = [c for c in cands if c.tokens == form and c.type == EntityType.PLACE]
        if placed and all(c.rule == "entity.place-head" for c in placed):
            votes.get(form, {}).pop(EntityType.PLACE, None)


def _honorific_before(text: str, start: int) -> bool:
    """Does a courtesy title stand right before text[start:] ("Mr. Brandt", "Ms Stark")? Such a surname is a
    person's, never the company named after the family (stop 55; the titles: gazetteer.honorific_before, stop 56)."""
    return honorific_before(text, start) is not None


_FAMILY_AFTER = re.compile(r"\s+famil(?:y|ies)\b")


def _named_as_family(form: tuple[str, ...], cands: Sequence[Candidate], text: str) -> bool:
    """Is a bare surname written only as a family's name ("the Tallini family owns ...") on a page that
    also names one person with it ("grandson of founder Piero Tallini")? The family is a body of its
    own (stop 54), never that person."""
    bare = [c for c in cands if c.tokens == form]
    return bool(bare) and all(_FAMILY_AFTER.match(text, c.end, c.end + 12) for c in bare)


#: Right before a bare name, a deal's verb or a rival's noun, up to three lower-case words between (stop 53): "will
#: buy smaller rival ", "agreed to acquire ", "to take over its old competitor ".
_BOUGHT_BEFORE = re.compile(
    r"\b(?:buy|buys|buying|bought|acquire|acquires|acquired|acquiring|purchase|purchases|purchased|purchasing|"
    r"(?:take|takes|took|taking)\s+over|merge\s+with|merged\s+with|rival|competitor)\s+(?:[a-z][\w-]*\s+){0,3}$"
)
#: Right after a bare name, its shares or holders (stop 53): " share", " shares", " stock", " shareholders".
_TRADED_AFTER = re.compile(r"\s+(?:shares?|stock|shareholders|stockholders)\b")


def _company_words_only(words: tuple[str, ...], tab: Tables) -> bool:
    """Are `words` company words and legal forms only ("Capital Corp."), a series' numeral allowed
    after the first ("Capital Corp IV", "Acquisition Corp. II": a listed shell's number, stop 53)?"""
    return all(
        w in tab.org_suffixes
        or w.rstrip(".") in LEGAL_SUFFIXES
        or (k > 0 and ROMAN_NUMERAL.fullmatch(w) is not None)
        for k, w in enumerate(words)
    )


def _union_reordered_forms(
    forms: Sequence[tuple[str, ...]],
    vote: Callable[[tuple[str, ...]], EntityType | None],
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
) -> None:
    """One company's name of three words or more written with its words in another order or its
    legal form with and without a stop ("Orla Capital Corp. III", "Orla Capital III Corp"): the same
    first word and the same words are one organisation (stop 53). A person's or a place's never."""
    by_words: dict[tuple[str, ...], tuple[str, ...]] = {}
    for f in forms:
        if len(f) < 3 or vote(f) in (EntityType.PERSON, EntityType.PLACE):
            continue
        key = (f[0], *sorted(w.rstrip(".") for w in f[1:]))
        if key in by_words:
            union(f, by_words[key])
        else:
            by_words[key] = f


def _union_local_short_forms(
    forms: Sequence[tuple[str, ...]],
    parent: dict[tuple[str, ...], tuple[str, ...]],
    vote: Callable[[tuple[str, ...]], EntityType | None],
    root: Callable[[tuple[str, ...]], tuple[str, ...]],
    union: Callable[[tuple[str, ...], tuple[str, ...]], None],
    tab: Tables,
) -> None:
    """A name opened by a generic noun and its short or local forms are one body (stop 51): "Banco De
    Lisaro", "Banco Lisaro" (the particle dropped), "Banc Lisaro" (a regional spelling of one noun)
    and "Lisaro" alone (its shares, its board). The bare name joins only when the article opens one
    family of such names with it ("Grupo Lisaro" and "Banco Lisaro" are a group and its bank: the
    bare name stays apart), when nothing made it a person or a place ("the city of Lisaro"), and when
    no other merge took it."""
    by_core: dict[tuple[str, ...], dict[str, list[tuple[str, ...]]]] = {}
    for form in forms:
        core = _local_core(form)
        if core is not None and vote(form) not in (EntityType.PERSON, EntityType.PLACE):
            by_core.setdefault(core, {}).setdefault(_LOCAL_OPENERS[form[0]], []).append(form)
    for core, families in by_core.items():
        for longs in families.values():
            for other in longs[1:]:
                union(other, longs[0])  # "Banco De Lisaro", "Banco Lisaro", "Banc Lisaro"
        if len(families) != 1 or core not in parent or core in tab.known or root(core) != core:
            continue
        if vote(core) in (EntityType.PERSON, EntityType.PLACE):
            continue
        longs = next(iter(families.values()))
        union(core, max(longs, key=len))


def _unit_of(
    short: tuple[str, ...], long: tuple[str, ...], first: dict[tuple[str, ...], int], tab: Tables
) -> bool:
    """ "Broadcom ... Broadcom Software Group": a longer name that adds a unit's head (Group, Division,
    Software...) to a name the text has already used on its own names a part of that organization, not
    the organization. A text that gives the long name first and then shortens it ("Harbour Group ...
    Harbour said") means one organization."""
    added = long[len(short) :]
    if not any(w in tab.unit_heads for w in added) or added[-1].rstrip(".") in LEGAL_SUFFIXES:
        return False  # (a legal name, "Harbour Bank AB", is the company's: the lead's decision, stop 41)
    return short in first and first[short] < first.get(long, first[short] + 1)


def _join(tokens: tuple[str, ...]) -> str:
    # (a work's subtitle: "Night Parade: Live", its colon a token of its own; a firm named after its partners,
    # "Keefe, Brennan & Woods", its commas tokens of their own, stop 61; a body named for its members,
    # "Employees' Pension Fund", its apostrophe a token of its own, stop 61)
    return (
        " ".join(tokens).replace(" : ", ": ").replace(" , ", ", ").replace(" ' ", "' ").replace(" ’ ", "’ ")
    )


def _scan(
    article_id: str,
    text: str,
    sentence_tokens: list[tuple[tuple[int, int], list[Token]]],
    groups: dict[tuple[str, ...], tuple[str, EntityType, str, bool]],
    tab: Tables,
    marks: dict[tuple[int, int], list[int]],
) -> dict[str, Local]:
    """Pass B: every mention of a known form, longest first, in every sentence and heading. A mention
    starts at a capitalized token or an ordinal ("21st Century Fox"): only the marked tokens
    (`tokenize_marked`) are looked at."""
    group_first: dict[str, list[tuple[str, ...]]] = {}
    for form in groups:
        group_first.setdefault(form[0], []).append(form)
    memo: dict[str, list[tuple[str, ...]]] = {}

    def forms_of(word: str) -> list[tuple[str, ...]]:
        """The article's forms, then the safe gazetteer ones, starting with `word`, longest first
        (built for the words met, not for the whole gazetteer on every article)."""
        got = memo.get(word)
        if got is None:
            known = tab.by_first.get(word, ())
            got = group_first.get(word, []) + [f for f in known if f not in groups and _gaz_safe(f)]
            got.sort(key=len, reverse=True)
            memo[word] = got
        return got

    # "Mr. Brandt" where the bare word is the company named after him: the one person of that surname (stop 55)
    persons_of: dict[str, set[str]] = {}
    person_form: dict[str, tuple[str, ...]] = {}
    for form, got in groups.items():
        if got[1] == EntityType.PERSON and len(form) > 1:
            persons_of.setdefault(form[-1], set()).add(got[0])
            person_form[form[-1]] = form
    locals_: dict[str, Local] = {}
    for sent, toks in sentence_tokens:
        i = 0
        n = len(toks)
        for at in marks[sent]:
            if at < i:  # inside the mention before
                continue
            i = at
            tok = toks[i]
            ordinal = not tok.is_cap and tok.text[:1].isdigit() and _ORDINAL.match(tok.text) is not None
            if not tok.is_cap and not ordinal:
                i += 1
                continue
            forms = forms_of(tok.text) or forms_of(tok.bare)
            if not forms and tok.text.isupper() and len(tok.text) >= 3:
                forms = forms_of(tok.text.title())  # a dateline: "SAN FRANCISCO, June 12 -"
            if not forms and "-" in tok.bare:
                # "the Microsoft-OpenAI deal": a compound of two known names is a mention of each
                for part_start, part in _compound_parts(tok, groups, tab):
                    _add_mention(
                        locals_, groups, tab, article_id, text, (part,), part_start, part_start + len(part)
                    )
                i += 1
                continue
            if not forms or not (tok.is_cap or ordinal):
                i += 1
                continue
            matched = None
            for form in forms:
                k = len(form)
                if i + k > n:
                    continue
                x = 0
                while x < k:  # every token matches the form (a loop: this is the hottest test here)
                    t = toks[i + x]
                    want = form[x]
                    if not (
                        t.text == want
                        or (x == k - 1 and t.bare == want)
                        or (t.text.isupper() and len(want) >= 3 and t.text.title() == want)
                    ):
                        break
                    if x != k - 1 and t.possessive and t.text != want:
                        break  # (a work's title holds a possessive: "Vera Holt’s Shadow Run")
                    x += 1
                if x == k:
                    matched = form
                    break
            if matched is None:
                i += 1
                continue
            k = len(matched)
            if i + k < n and not toks[i + k - 1].possessive:
                k += _legal_suffixes(toks, i + k, n)  # "Harbour Tools Inc.": one mention with its legal form
            # Not a prefix of a longer capitalized name we do not know ("Meta Ventures").
            if (
                i + k < n
                and toks[i + k].is_cap
                and toks[i + k].is_word
                and not toks[i + k - 1].possessive
                and not RIC.match(toks[i + k].text)
            ):
                gap_ok = toks[i + k].start - toks[i + k - 1].end == 1
                nxt = toks[i + k].bare
                if (
                    gap_ok
                    and nxt not in tab.generic
                    and nxt not in tab.function_words
                    and not _title_match(tab, toks, i + k, n)
                    and (toks[i + k].bare,) not in groups
                    and (toks[i + k].bare,) not in tab.known
                ):
                    i += k
                    continue
            if i + k < n and _outlet_list(toks, i + k, matched, groups, tab):
                i += k + 1  # "Fortune 500", "Forbes 400": the outlet's list, not the outlet
                continue
            if i + k < n and toks[i + k].text in _TOOL_USE and toks[i + k].start == toks[i + k - 1].end:
                i += k + 1  # "a Tallow-translated statement": the company's tool, not the company
                continue
            if text[toks[i].start - 1 : toks[i].start] == "(" and _TICKER_AFTER.match(
                text, toks[i + k - 1].end
            ):
                i += k  # "(NYSE: TRN)", "(NASDAQ:BRV)": the exchange of a company's ticker, part of the code
                continue
            if (
                k == 1
                and len(persons_of.get(matched[0], ())) == 1
                and groups.get(matched, ("", EntityType.PERSON))[1] != EntityType.PERSON
                and _honorific_before(text, toks[i].start)
            ):
                matched = person_form[matched[0]]  # "Mr. Brandt" beside the company "Brandt": the person
            _add_mention(
                locals_, groups, tab, article_id, text, matched, toks[i].start, toks[i + k - 1].bare_end
            )
            i += k
    return locals_


#: A ticker's code after an exchange's name in brackets: "(NYSE: TRN)", "(NASDAQ:BRV)" (the pair is the
#: company's code).
_TICKER_AFTER = re.compile(r":\s?[A-Z][A-Z.]{0,5}\)")
#: A participle glued to a company's name that makes the name its tool's: "a Tallow-translated
#: statement", "Kestrel-generated images" (an owner's or backer's "-owned", "-backed", "-led" names it).
_TOOL_USE = frozenset({"-translated", "-generated", "-transcribed"})


#: The size of a ranked list after its outlet's name: "Fortune 500", "Forbes 400", "Inc. 5000".
_LIST_SIZE = re.compile(r"^\d{2,4}$")


def _outlet_list(
    toks: list[Token],
    j: int,
    matched: tuple[str, ...],
    groups: dict[tuple[str, ...], tuple[str, EntityType, str, bool]],
    tab: Tables,
) -> bool:
    """Does a number right after the known outlet `matched` (ending before toks[j]) make it that
    outlet's ranked list ("the Fortune 500 companies", a menu's "Fortune 500")?"""
    got = groups.get(matched) or tab.known.get(matched)
    return (
        got is not None
        and got[1] == EntityType.OUTLET
        and _LIST_SIZE.match(toks[j].text) is not None
        and toks[j].start - toks[j - 1].end == 1
    )


def _add_mention(
    locals_: dict[str, Local],
    groups: dict[tuple[str, ...], tuple[str, EntityType, str, bool]],
    tab: Tables,
    article_id: str,
    text: str,
    matched: tuple[str, ...],
    start: int,
    end: int,
) -> None:
    if matched in groups:
        name, etype, rule, known = groups[matched]
    else:
        name, etype = tab.known[matched]
        rule, known = "entity.gazetteer", True
    span = Span(article_id, start, end)
    key = slug(name)
    loc = locals_.get(key)
    if loc is None:
        loc = locals_[key] = Local(name, etype, rule, known=known)
    elif loc.rule == "entity.surname" and rule != "entity.surname":
        loc.rule = rule
    loc.forms.add(matched)
    loc.mentions.append(Mention(span, text[start:end], rule if matched in groups else "entity.gazetteer"))


def _compound_parts(
    tok: Token, groups: dict[tuple[str, ...], tuple[str, EntityType, str, bool]], tab: Tables
) -> list[tuple[int, str]]:
    """The parts of a hyphenated compound that are all names known in one word ("Microsoft-OpenAI"),
    with their offsets; [] when any part is not one."""
    parts = tok.bare.split("-")
    if len(parts) < 2 or any(
        (p,) not in groups and ((p,) not in tab.known or not _gaz_safe((p,))) for p in parts
    ):
        return []
    out = []
    pos = tok.start
    for p in parts:
        out.append((pos, p))
        pos += len(p) + 1
    return out


def _gaz_safe(form: tuple[str, ...]) -> bool:
    """Gazetteer forms safe to find without other evidence (not a bare common word like "Insider")."""
    return not (len(form) == 1 and len(form[0]) <= 2)


_INTERIM_AFTER = re.compile(
    r"(?:\s*,)?\s+(?:on\s+an\s+interim\s+basis|in\s+an\s+interim\s+capacity|on\s+a\s+temporary\s+basis|"
    r"temporarily|for\s+the\s+time\s+being|until\s+a\s+(?:permanent\s+)?(?:successor|replacement))\b",
    re.IGNORECASE,
)
_ROLE_APPOSITIVE = re.compile(
    r"^,\s+(?P<pre>(?:the|a|an|its|previously|formerly|now|then)\s+)?(?P<org>(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*(?:’s|'s)\s+)?"
)


def _attach_roles(
    article_id: str,
    text: str,
    sentence_tokens: list[tuple[tuple[int, int], list[Token]]],
    locals_: dict[str, Local],
    tab: Tables,
) -> None:
    """Titles stated with a person: "Mercor CEO Brendan Foody", "X, previously Scale's chief strategy
    officer,", "has been named interim CEO", "sends ... Jason Droege, into the CEO role"."""
    persons: list[tuple[int, int, Local]] = []
    orgs: list[tuple[int, int, Local]] = []
    # The role cues ("named", "as", "into"...) run without re.IGNORECASE on the lower-cased text, with
    # the same offsets; where a letter stands that re.IGNORECASE folds to ASCII (İ ı ſ K), as before.
    low = foldless_lower(text)
    cues, cue_text = (_ROLE_CUE, text) if low is None else (_ROLE_CUE_LOW, low)
    for loc in locals_.values():
        for mention in loc.mentions:
            if loc.type == EntityType.PERSON:
                persons.append((mention.span.start, mention.span.end, loc))
            elif loc.type in (EntityType.ORG, EntityType.OUTLET):
                orgs.append((mention.span.start, mention.span.end, loc))
    persons.sort(key=lambda p: p[0])
    orgs.sort(key=lambda o: o[0])
    person_starts = [p[0] for p in persons]
    org_starts = [o[0] for o in orgs]
    seen: set[tuple[object, ...]] = set()
    last_words = _title_last_words(tab)

    def org_before(pos: int, lo: int) -> str | None:
        best = None
        for k in range(bisect_left(org_starts, max(lo, pos - 200)), bisect_left(org_starts, pos)):
            s, e, loc = orgs[k]
            if lo <= s and e <= pos:
                gap = text[e:pos]
                if re.fullmatch(r"(?:’s|'s)?\s*(?:\([^)]{0,60}\))?\s*", gap):
                    best = loc.name
        return best

    def add(
        loc: Local,
        mods: str,
        title: str,
        start: int,
        end: int,
        org: str | None,
        rule: str,
        former: bool = False,
    ) -> None:
        if is_honorific(title):
            return
        modifiers = [w.lower().rstrip("-") for w in re.split(r"[\s-]+", mods) if w]
        if former and "former" not in modifiers:
            modifiers.insert(0, "former")
        # "CEO on an interim basis", "will serve as acting chief executive": the phrase after the
        # title in its clause is a modifier too.
        phrase = _INTERIM_AFTER.match(text, end, min(len(text), end + 40))
        if phrase and "interim" not in modifiers:
            modifiers.append("interim")
        normalized = normalize_title(tab, title)
        key = (loc.name, normalized, tuple(modifiers), org)
        if (loc.name, start) in seen or key in seen:
            return
        seen.add((loc.name, start))
        seen.add(key)
        loc.roles.append(
            Role(text[start:end], normalized, tuple(modifiers), org, Span(article_id, start, end), rule)
        )

    for (s0, s1), _toks in sentence_tokens:
        in_sent = persons[bisect_left(person_starts, s0) : bisect_left(person_starts, s1)]
        for ps, pe, loc in in_sent:
            # Title right before the name: "Scale AI CEO Alexandr Wang", "group leader Joëlle Pineau".
            before = text[max(s0, ps - 60) : ps]
            m = None
            # Only a title that ends right before ",? " counts: unless the text there ends with a
            # title's last word, the scan for titles cannot find one.
            tail = before.rstrip()
            tail = tail[:-1] if tail.endswith(",") else tail
            if _may_end_in(before, tail, last_words):
                for m in tab.title_re.finditer(before):  # noqa: B007 - the last one is wanted
                    pass
            if m and re.fullmatch(r",?\s+", before[m.end() :]):
                start = max(s0, ps - 60) + m.start()
                org = org_before(start, s0)
                add(
                    loc,
                    m.group("mods"),
                    m.group("title"),
                    start,
                    start + m.end() - m.start(),
                    org,
                    "role.title-before",
                )
            # Appositive after the name: ", previously Scale's chief strategy officer,".
            after = text[pe : min(s1, pe + 90)]
            am = _ROLE_APPOSITIVE.match(after) if after.startswith(",") else None
            if am:
                tm = tab.title_re.match(after, am.end())
                if tm:
                    org_text = (am.group("org") or "").strip()
                    org = _org_name(org_text, locals_) if org_text else None
                    former = bool(am.group("pre") and _PREVIOUSLY.match(am.group("pre")))
                    add(
                        loc,
                        tm.group("mods"),
                        tm.group("title"),
                        pe + tm.start(),
                        pe + tm.end(),
                        org,
                        "role.appositive",
                        former,
                    )
        # "has been named interim CEO", "into the CEO role": the last person before the verb.
        if not in_sent:
            continue
        for cue in cues.finditer(cue_text, s0, s1):
            tm = tab.title_re.match(text, cue.end(), s1)
            if tm is None or (
                cue_text.startswith("will be", cue.start()) and _TITLE_AS_WORD.match(text, tm.end())
            ):
                continue  # "the plan will be CEO-led", "will be CEO's call": no post named
            subject = [p for p in in_sent if p[1] <= tm.start()]
            if not subject:
                continue
            ps, pe, loc = subject[-1]
            if _object_before_own_verb(text, ps, pe, cue.start()):
                # "A, who will give way to B as chairman but stay on as vice chairman": the second verb is A's.
                if len(subject) < 2:
                    continue
                ps, pe, loc = subject[-2]
            add(loc, tm.group("mods"), tm.group("title"), tm.start(), tm.end(), None, "role.named-as")


#: A name's last letter and the comma that sets a title off after it: "Mila Orsk, " before "CEO Vantor Group".
_NAME_COMMA_END = re.compile(r"[a-z],\s+$")


def _company_after_appositive_title(text: str, piece: list[Token], tab: Tables, sent_start: int) -> bool:
    """A name that ends in a company's word right after a title set off after another name: "Mila Orsk, CEO
    Vantor Group is stepping down", "X, chairman Harlow Steel, said": the title's company, no person."""
    if len(piece) < 2 or not (piece[-1].bare in tab.org_suffixes or piece[-1].bare in LEGAL_SUFFIXES):
        return False
    lo = max(sent_start, piece[0].start - 60)
    before = text[lo : piece[0].start]
    tm = None
    for tm in _title_before(tab).finditer(before):  # noqa: B007 - the last one is wanted
        pass
    return tm is not None and _NAME_COMMA_END.search(before, 0, tm.start()) is not None


#: A person named as the object of a preposition ("give way to B", "hand the seat to B").
_PREPOSITION_OBJECT = re.compile(r"\b(?:to|from|by|with|for|than)\s+$", re.IGNORECASE)
#: A verb coordinated after that object, before a role cue: "... but stay on as", ", and will remain with the
#: bank as", "and" right before the cue's own verb ("will hand over to B in May and become executive chair": stop 63)
#: (no capitalised word or article after "and": "and Ann Lee as" or "and the board as" is a list).
_OWN_VERB_AFTER = re.compile(
    r"[^.;]*?(?:\bbut\s+|\band\s+(?!(?:the|its|his|her|their|a|an)\b)(?=[a-z]|$))[^.;]*$"
)


def _object_before_own_verb(text: str, ps: int, pe: int, cue_start: int) -> bool:
    """The last person before a role cue is a preposition's object, and a verb joined by "but" or "and" stands
    between it and the cue: the title is the clause's subject's, not this person's."""
    if not _PREPOSITION_OBJECT.search(text, max(0, ps - 8), ps):
        return False
    return _OWN_VERB_AFTER.match(text, pe, cue_start) is not None


def _mark_prior_roles(locals_: dict[str, Local], sentences: list[tuple[int, int]]) -> None:
    """A title given before a transition in the same sentence is the former one: "sends Scale AI's
    Chief Strategy Officer, Jason Droege, into the CEO role" -> chief strategy officer (former)."""
    from dataclasses import replace

    for loc in locals_.values():
        named = [r for r in loc.roles if r.rule == "role.named-as"]
        if not named:
            continue
        out = []
        for role in loc.roles:
            later = [
                n
                for n in named
                if n is not role
                and n.span.start > role.span.start
                and any(s0 <= role.span.start and n.span.end <= s1 for s0, s1 in sentences)
            ]
            if later and role.rule != "role.named-as" and not role.modifiers:
                role = replace(role, modifiers=("former",), rule=role.rule + "+transition")
            out.append(role)
        loc.roles = out


def _org_name(text: str, locals_: dict[str, Local]) -> str:
    bare = re.sub(r"(?:’s|'s)$", "", text).strip()
    for loc in locals_.values():
        if any(" ".join(f) == bare for f in loc.forms):
            return loc.name
    return bare
