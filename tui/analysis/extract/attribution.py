"""Cited sources: who an article leans on, and how (PARC: source + cue + content; METHODS.md §2).

Patterns, per sentence, each a rule name the UI shows:
- `according-to`: "According to The New York Times and Scale AI's official announcement, P"
- `reported-by`: "As reported by Futurism, P"; "confirmed by Scale AI in an official announcement"
- `source-verb`: "Mercor CEO Brendan Foody reported ...", "one analyst called ...", "P, The New York
  Times reports." (a source right before a reporting verb, adverbs and auxiliaries allowed between)
- `verb-source`: "..., said Jane Doe" after a quotation
- `participle`: "..., arguing in a recent op-ed that P": the sentence's subject, or the source of the
  cue before it in the same sentence ("one tech critic calling it ... and alleging ...")
- `document`: "an analysis by ARK Invest" (kind document)
A source is a named entity (outlet, organization, person), an unnamed person ("one former Scale
employee", "a federal judge", "its head of global energy", "people familiar with the matter"),
or an anaphor resolved to the nearest fitting entity ("The CEO" -> the last person titled CEO,
"the company" -> the last organization).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, replace

from tui.analysis.extract.entities import (
    BACKER_TAILS,
    COUNTRY_CODES,
    DATA_NOUNS,
    DATA_SHOWED,
    SAID_PRONOUN_AFTER,
    SETTLEMENT_OF_BEFORE,
    hyphen_nationality,
    is_country,
    is_demonym,
    same_land,
    slug,
)
from tui.analysis.extract.entities import GROUP_HEADS as _GROUP_HEADS
from tui.analysis.extract.gazetteer import (
    HONORIFIC_AT,
    HONORIFIC_END,
    HONORIFICS,
    honorific_before,
    name_tokens,
    tables,
)
from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import mapping, words
from tui.analysis.extract.merge import legal_core
from tui.analysis.extract.rounds import ROUND_NOUN
from tui.analysis.extract.said_when import ON_DAY as _ON_DAY
from tui.analysis.extract.said_when import WEEKDAYS as _WEEKDAYS
from tui.analysis.extract.said_when import WHEN as _WHEN
from tui.analysis.extract.sale_words import MADE_NOUN, MADE_WORD, unit_named_at
from tui.analysis.extract.tokens import fewest_needles, foldless_lower, lower_words, runs_of
from tui.analysis.model import POST_HOLDER_PREFIX, Citation, EntityType, Role, Source, SourceKind
from tui.corpus.model import Span

_ADVERB_WORDS = (
    "also|just|now|again|today|yesterday|later|recently|previously|earlier|first|separately|publicly|"
    "officially|formally|finally|quietly|concurrently|simultaneously|jointly|likewise|similarly|additionally|"
    "reportedly|has|have|had|been|was|were|is|are|will|would|then|further|initially|originally|privately|"
    "subsequently|thereafter|already|itself|"
    # the manner of a denial or a claim: "flatly denied", "The firm “categorically” denied"
    "categorically|flatly|strongly|vehemently|firmly|emphatically|repeatedly|explicitly"
)
#: A wire's instrument code after a company's name: "Tallow Group Inc TLW.N said", "HRB.O", "7203.T".
_RIC = r"(?-i:[A-Z0-9]{1,6}\.[A-Z]{1,2})"
#: A wire's list of a company's codes on several exchanges: "(TLW.L, TLW_UN.TO, TLW)".
_TICKERS = r"\s*\((?-i:[A-Z0-9._]{1,10}(?:,\s*[A-Z0-9._]{1,10})+)\)"
_WHEN_END = re.compile(r"\s" + _WHEN + r"$")
#: A manner adverb in -ly ("proudly", "grudgingly"); not a noun or a name so ending ("an ally said").
_LY_ADVERB = (
    r"(?!(?:family|ally|assembly|supply|rally|monopoly|anomaly|reply|bully|belly|jelly|holly|lily|fly|"
    r"july|italy|emily|kelly|molly|sally|polly|billy|wily|oily|ugly|early|daily|weekly|monthly|yearly|"
    r"quarterly|elderly|friendly|lonely|lovely|costly|deadly|likely|unlikely|only)\b)[a-z]{2,}ly\b"
)
#: A company's ticker in brackets, its exchange before it, one or more listings: "(KBH)", "(Nasdaq: BRVK)",
#: "(BRVG.DE)", "(BRV1V)", "(NYSE: BVS; TSX: BVT)": page furniture, never a source (stop 47).
_TICKER_CODE = r"(?:(?-i:[A-Z][A-Za-z]{1,7}):[ \t]{0,2})?(?-i:[A-Z][A-Z0-9._]{0,9})"
_TICKER_BRACKETS = r"\s*\(" + _TICKER_CODE + r"(?:[ \t]{0,2}[;,][ \t]{0,2}" + _TICKER_CODE + r"){0,3}\)"
_ADVERBS = (
    r"(?:"
    + _TICKER_BRACKETS
    + "|"
    + _TICKERS
    + r"|\s+"
    + _RIC
    + r"|\s+"
    + _ON_DAY
    + r"|\s+"
    + _WHEN
    + r"|\s+(?:"
    + _ADVERB_WORDS
    # any manner adverb in -ly ("Tallow proudly announced", stop 45), never a noun so ending
    + r"|"
    + _LY_ADVERB
    + r"|“(?:"
    + _ADVERB_WORDS
    + r")”|\"(?:"
    + _ADVERB_WORDS
    + r")\"))*"
)
_MOD = r"(?!(?:one|a|an|the|two|three|and|or|of|to|in|for|with|from|by|at|on|that|who|said|says|cited|cites|citing|quoted|quoting|its|their|his|her|our|as|because|while|when|if|since|but|so|after|before|until|till|once|though|although|unless|than|amid|despite|whereas|what|which|whom|whose)\b)[\w’'-]+"
#: A noun that, after "the" (and up to three modifiers), stands for an organization named before:
#: "the company", "the artificial intelligence startup", "the ChatGPT maker", "the online retailer".
_ORG_ANAPHORS = (
    r"company|firm|startup|start-up|group|lab|maker|retailer|giant|developer|owner|chipmaker|carmaker|"
    r"automaker|bank|insurer|conglomerate|platform|operator|provider|manufacturer|business|outfit|"
    r"corporation|unicorn|e-tailer|supplier|publisher|broadcaster|network|airline|lender|fund|chain|"
    # the nouns of a trade (stop 39): "the miner said", "the carrier said", "the drugmaker said"
    r"miner|carrier|drugmaker|brewer|refiner|shipper|grocer|brokerage|"
    # a house of a trade (stop 48): "the fashion house said", "the auction house"
    r"house|"
    # an activist investor (stop 63): "a step the activist said was ..."
    r"activist"
)
#: The nouns of a trade above: one takes up only a body the page called so or whose name tells the
#: trade (`_called`), never a guess among the others (a misattribution is worse than none).
_TRADE_NOUNS = frozenset(
    # "fund" (stop 62): "<Co> put off the vote, a step the fund said was ...": the fund the page named, never the
    # company it names most
    # "activist" (stop 63): only a body the page called an activist ("Activist investor <F>", "activist fund <F>")
    {
        "miner",
        "carrier",
        "drugmaker",
        "brewer",
        "refiner",
        "shipper",
        "grocer",
        "brokerage",
        "house",
        "fund",
        "activist",
    }
)
#: A word of an organization's own name that tells its trade, and the trade nouns it answers to
#: ("Kestrel Mining" is "the miner", "Gannet Air" "the carrier"): a closed class of trade words.
_NAME_TRADES: dict[str, tuple[str, ...]] = {
    "mining": ("miner",),
    "mines": ("miner",),
    "minerals": ("miner",),
    "air": ("carrier", "airline"),
    "airlines": ("carrier", "airline"),
    "airways": ("carrier", "airline"),
    "aviation": ("carrier", "airline"),
    "pharma": ("drugmaker",),
    "pharmaceutical": ("drugmaker",),
    "pharmaceuticals": ("drugmaker",),
    "therapeutics": ("drugmaker",),
    "brewing": ("brewer",),
    "brewery": ("brewer",),
    "breweries": ("brewer",),
    "bank": ("bank", "lender"),
    "bancorp": ("bank", "lender"),
    "motors": ("carmaker", "automaker", "manufacturer"),
    "insurance": ("insurer",),
    "assurance": ("insurer",),
    "telecom": ("operator", "network", "carrier"),
    "shipping": ("shipper", "carrier", "operator"),
    "ferries": ("carrier", "operator"),
    "refining": ("refiner",),
    "stores": ("retailer", "chain"),
    "retail": ("retailer",),
    # an investor's name (stop 62): "Pike Capital", "Orla Partners", "Elm Management", "the Public Investment Fund"
    # are "the fund"
    "fund": ("fund",),
    "funds": ("fund",),
    "capital": ("fund",),
    "partners": ("fund",),
    "management": ("fund",),
    "equity": ("fund",),
    "investments": ("fund",),
}
#: A preposition right before a noun phrase: the phrase is its object, never a verb's subject (stop 63).
_PREPOSITION_END = re.compile(
    r"(?<![\w’'-])(?:under|in|with|by|per|of|to|for|from|on|after|before|between|into)\s+$", re.IGNORECASE
)
#: The words that tell a rewritten document before its noun: "the amended agreement", "the revised filing" cite the
#: text as "the agreement" does (stop 63). Not "definitive": "Under the definitive agreement announced Oct. 23" is
#: the deal's terms, and its participle no cue.
_VERSION_WORDS = r"revised|amended|updated|restated"
#: "Today's blog post", "Monday's statement": a day's document is the company's own.
_WHEN_POSSESSIVE = (
    r"(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"(?:this|last)\s+(?:week|month|year))(?:’s|'s)"
)
_ORG_MOD = r"(?!(?:one|a|an|the|and|or|of|to|in|for|with|that|who|said|says|its|their|his|her)\b)[\w’'$.-]+"
_QUANTIFIERS = r"some|many|several|most|other|few|a\s+few|numerous|multiple|two|three|four|five|various|both"
#: A group's count, left out of its name as a quantifier is ("seven economists", "most of the 20
#: analysts", "nine in ten traders", "dozens of investors": stop 45).
_GROUP_COUNT = (
    r"(?:(?:most|some|many|all|half|few|none|several|a\s+majority|the\s+majority|two[\s-]thirds|three[\s-]quarters)"
    r"\s+of\s+(?:the\s+)?)?"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|\d+)\s+(?:in|out\s+of)\s+(?:three|four|five|ten|\d+)|"
    + _QUANTIFIERS
    + r"|\d[\d,]*|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"dozens\s+of|hundreds\s+of|scores\s+of|a\s+dozen)"
)
#: A word that grades a group's members and tells no kind of them ("top", "leading", "veteran"): a group
#: so introduced is named by its noun alone ("according to top regional steel analysts": analysts).
_GROUP_RANK = frozenset(
    [
        "top",
        "leading",
        "senior",
        "veteran",
        "seasoned",
        "prominent",
        "respected",
        "well-known",
        "noted",
        "influential",
        "independent",
    ]
)
#: Words that tell officials hold an office and name no body ("public officials", "elected officials").
_NO_BODY_OFFICES = frozenset({"public", "elected"})
#: A group modifier: a word, never a figure glued to its unit ("the £15billion analysts said": the
#: figure is the clause's object, stop 45).
_GROUP_MOD = r"(?![\d$£€¥])" + _MOD
#: What follows a group's noun before its verb and tells who asked it or what it follows ("economists
#: surveyed by the Ledger said", "analysts who cover Tallow said"): the group is the subject.
_GROUP_TAIL_END = re.compile(
    r"\s+(?:(?:who|that)\s+(?:\w+ly\s+)?)?(?:(?:polled|surveyed|questioned|canvassed|interviewed|asked)"
    r"(?:\s+[\w.]+){0,2}?\s+by|cover(?:s|ing)?|follow(?:s|ing)?|track(?:s|ing)?|watch(?:es|ing)?)\s+"
    r"(?:the\s+)?[^\s,;:.!?“”\"]+(?:\s+[^\s,;:.!?“”\"]+){0,4}\s*$",
    re.IGNORECASE,
)
#: The places a group is named by, between its noun and its verb (`_GROUP_PLACE_END`).
_GROUP_PLACES = (
    "plant|plants|factory|factories|site|sites|office|offices|headquarters|mill|mine|warehouse|"
    "store|stores|shop|port|facility|campus|depot|yard|shipyard|branch|lab|laboratory|hospital|"
    "school|refinery|smelter|terminal|airport|station|complex|centre|center|town|village|border|base|farm"
)
#: Where a group is, between its noun and its verb ("Workers at the plant say", "Analysts at the Lyon
#: office said", "Residents near the site say"): the group speaks, never the place (stop 47).
_GROUP_PLACE_END = re.compile(
    r"\s+(?:at|near|in|outside|around|from)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w’'-]+\s+){0,3}?(?:"
    + _GROUP_PLACES
    + r")\s*$",
    re.IGNORECASE,
)
_GROUP_PLACE_NEEDS = fewest_needles(tuple(_GROUP_PLACES.split("|")))
#: "Staff" or "personnel" opening its clause before a place (`_GROUP_PLACE_END`): a group of its own.
_STAFF_AT_PLACE = re.compile(r"(?<![\w’'-])(?P<np>(?-i:[Ss])taff|(?-i:[Pp])ersonnel)$")
_GROUP_TAIL_NEEDS = (
    "poll",
    "survey",
    "question",
    "canvass",
    "interview",
    "asked",
    "cover",
    "follow",
    "track",
    "watch",
)
#: Two modifiers of one group joined ("legal and banking experts", "Tax and trade lawyers"): the first
#: is no group noun of its own ("investors and analysts" are two groups), the second is in lower case.
_GROUP_JOINED = (
    r"(?:(?!(?:" + "|".join(_GROUP_HEADS) + r")\b)(?-i:[A-Za-z][a-z-]+)\s+(?:and|or)\s+(?=(?-i:[a-z])))?"
)
#: A holder of a company, described and not named, right before the company's name ("the largest
#: shareholder of", "one of the biggest investors in", "a major creditor of").
_HOLDER_OF_END = re.compile(
    r"(?<![\w’'])(?P<np>(?:(?:one|some|several|two|three|many|most)\s+of\s+)?(?:the|a|an|another)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:shareholders?|stockholders?|investors?|holders?|backers?|creditors?|lenders?|"
    r"bondholders?|customers?|clients?|suppliers?)\s+(?:of|in)\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
#: A word in lower case right before a verb: a company's name when it opens the sentence ("bp said").
_LOWER_NAME_END = re.compile(r"(?<![\w’'.-])(?P<name>(?-i:[a-z][a-z0-9&-]{1,15}))\s*$")
#: The end of a sentence before a word: a stop (and a closing quotation mark) after a word that is no
#: abbreviation ("Monday. kelto said"; not "Inc. kelto").
_SENTENCE_STOP_END = re.compile(
    r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bvs)"
    r"(?<![\s.][A-Za-z])[.!?:][”\"’']?\s+$"
)


def _sentence_starts_at(text: str, i: int) -> bool:
    """Does a sentence really start at text[i]: the text's start, a blank line before it, or an end stop
    before it? A bare line break after a word with no stop is a hard-wrapped line going on (stop 46:
    "... Le Figaro\nnewspaper first reported"), never a sentence start."""
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0:
        return True
    if text[j - 1] == "\n":
        k = j - 1
        while k > 0 and text[k - 1] in " \t\r":
            k -= 1
        if k == 0 or text[k - 1] == "\n":
            return True  # a blank line (a paragraph) or the text's start before the line
    return _SENTENCE_STOP_END.search(text, max(0, i - 12), i) is not None


@functools.cache
def _lower_stops() -> frozenset[str]:
    """The words that open a sentence in lower case and are no company's name: function and common
    words, group nouns, the heads of unnamed sources, the reporting verbs themselves."""
    out = {w.lower() for w in words("stopwords", "function_words")}
    out |= {w.lower() for w in words("stopwords", "common")}
    out |= {w.lower() for w in words("stopwords", "defined_terms")}
    out |= {w.lower() for w in _GROUP_HEADS}
    out |= {w.lower() for w in words("reporting_verbs", "unnamed_heads")}
    out |= set(_COMPANY_VOICE) | _ORG_ANAPHOR_SET
    out |= {"he", "she", "it", "they", "we", "i", "you", "police", "staff", "management", "sources", "source"}
    return frozenset(out)


#: An organization's aside that names its chief: "Tallow, run by chief executive", "(headed by".
_ORG_ASIDE_BEFORE = re.compile(
    r"[,(]\s*(?:(?:which|that)\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:run|led|headed|chaired|founded|"
    r"co-founded|owned|managed|controlled|helmed|steered)\s+(?:(?:since|from|for)\s+[\w-]+(?:\s+years)?\s+)?"
    r"by\s+(?:[\w’'.-]+\s+){0,4}$",
    re.IGNORECASE,
)
_ASIDE_CLOSES = re.compile(r"[^,;()\n.!?“”\"]{0,30}[,)]")
#: After "welcomed": a person or people greeted into a body or a place ("welcomed Ana Ruiz to its
#: board", "welcomes three engineers into the team", "welcomed back its founder ... to Oslo", "aboard").
_WELCOMED_ABOARD = re.compile(
    r"\s+(?:back\s+)?(?:[^.;:!?“”\"\n]{1,120}?\s+)?(?:aboard\b|on\s+board\b|(?:back\s+)?(?:to|into)\s+"
    r"(?:the\s+|its\s+|our\s+|their\s+|his\s+|her\s+)?(?:(?-i:[A-Z])|(?:team|company|firm|board|family|fold|group|"
    r"business|bank|lab|ranks|role|post)\b))",
    re.IGNORECASE,
)
#: A post's signature line: "— Ana Ruiz (@anaruiz) March 19, 2031" (the excerpt may cut the handle).
_POST_SIGNATURE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?:[—–]|-{1,2})[ \t]*(?P<name>[^\n(@]{3,60}?)[ \t]*\(@[\w.]{0,30}"
)
_HOLDER_NOUN = re.compile(
    r"\b(?:shareholders?|stockholders?|investors?|holders?|backers?|creditors?|bondholders?)\b", re.I
)
#: After a body's name: its stake in a company ("(KPF), which owns about 6% of", ", which has a 7 per
#: cent stake in the").
_STAKE_IN_AFTER = re.compile(
    r"(?:\s*\([^()]{1,12}\))?,\s+(?:which|who)\s+(?:owns|holds|controls|has|had|owned|held)\s+(?:[^.;:!?“”\"]|(?<=\d)\.(?=\d)){0,70}?"
    r"\b(?:of|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_PLACE_POSSESSIVE = re.compile(r"(?:’s|'s)\s+(?:the\s+)?")
_JOINED_WORD = re.compile(r"^(?:\S+\s+){0,3}?\S+\s+(?:and|or)\s+")
_JOINED_LEAD = re.compile(
    r"(?:[,;:(“\"‘]|\b(?:to|by|of|from|with|among|for|and|but|that|as|while|when)|\b(?i:"
    + _QUANTIFIERS
    + r"))\s*$",
    re.IGNORECASE,
)
#: The market watchers whose firm a name before them tells ("Harbour Bank analysts").
_WATCHER_HEADS = frozenset({"analysts", "economists", "strategists"})
#: Heads that speak for an organization named with them: "an Amazon spokesperson", "Meta executives".
_COMPANY_VOICE = frozenset(
    {
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "spokespersons",
        "representative",
        "representatives",
        "executives",
        "management",
        "officials",
        "press office",
        "leadership",
        # "the company's board announced", "Tallow's board said", "the board said in a statement"
        "board",
        "board of directors",
        # "Tallow legal counsel said", "Tallow's lawyers argued": who speaks for the company in court
        "counsel",
        "lawyers",
        "attorneys",
    }
)
#: A report cue no outlet claims ("reportedly" alone): kept while the sentences are read, so that a
#: report named later can take it (`_reports_ahead`), then dropped: it cites no one.
_UNNAMED_REPORTS = "unnamed-reports"
_UNNAMED_DET = r"(?:one|a|an|two|three|four|several|some|many|other|another|its|their|his|her|the|multiple|numerous|[A-Z][\w&.-]*(?:’s|'s))"


def _company_core(name: str) -> tuple[str, ...]:
    """A company's name compared whole: its words folded, a possessive and the legal forms at its end left out
    ("Harbour Bank plc's" -> ("harbour", "bank"))."""
    words = name.replace("’", "'").removesuffix("'s").removesuffix("'").split()
    return tuple(w.casefold() for w in legal_core(tuple(words)))


@dataclass(slots=True)
class EntitySpan:
    start: int
    end: int
    entity_id: str
    name: str
    type: EntityType
    roles: tuple[Role, ...] = ()
    #: Typed a person by the shape of the name alone ("entity.name-shape": "Rights Issue" in a list of
    #: figures): no evidence that it is a person, so it never stands for "he" or "she".
    guess: bool = False


@dataclass(slots=True)
class Found:
    """One citation before the source objects are built."""

    key: str  # source id
    name: str
    kind: SourceKind
    entity_id: str | None
    phrase: tuple[int, int]
    verb: str
    rule: str
    content: tuple[int, int] | None = None
    speaker_text: str = ""  # the source as written, for quotes


@functools.cache
def _statement_verbs() -> frozenset[str]:
    """A statement's verbs in the present ("confirms", "announces", "notes"): the lexicon's neutral and
    stance-bearing reporting verbs ending in s."""
    return frozenset(
        v for group in ("neutral", "stance") for v in words("reporting_verbs", group) if v.endswith("s")
    )


#: A finding told with its content: a group's words only ("the special committee found that ..."; stop 62).
_FINDING = frozenset(("found", "finds"))


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    verbs = set()
    # (not "group_only": "see", "forecast" alone make no sentence one with a cue, `has_cue`)
    for group in ("neutral", "stance", "denial", "quote_only", "clause_only", "quote_in_sentence"):
        verbs.update(words("reporting_verbs", group))
    finite = sorted((v for v in verbs if not v.endswith("ing")), key=len, reverse=True)
    participles = sorted((v for v in verbs if v.endswith("ing")), key=len, reverse=True)
    heads = sorted(words("reporting_verbs", "unnamed_heads"), key=len, reverse=True)
    anonymous = sorted(words("reporting_verbs", "anonymous"), key=len, reverse=True)
    documents = sorted(mapping("reporting_verbs", "documents"), key=len, reverse=True)
    intro = sorted(mapping("reporting_verbs", "introducers"), key=len, reverse=True)
    data_nouns = sorted(words("reporting_verbs", "data_nouns"), key=len, reverse=True)

    def alt(items: list[str]) -> str:
        return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in items)

    patterns = {
        "verb": re.compile(r"\b(?P<verb>" + alt(finite + participles) + r")\b", re.IGNORECASE),
        "participle": re.compile(r"(?:,|\band)\s+(?P<verb>" + alt(participles) + r")\b", re.IGNORECASE),
        "unnamed": re.compile(
            r"(?<![\w’'])(?P<np>" + _UNNAMED_DET + r"\s+(?:" + _MOD + r"\s+){0,3}?(?:" + alt(heads) + r")"
            r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?)$",
            re.IGNORECASE,
        ),
        "unnamed_at": re.compile(
            r"(?P<np>" + _UNNAMED_DET + r"\s+(?:" + _MOD + r"\s+){0,3}?(?:" + alt(heads) + r"))\b",
            re.IGNORECASE,
        ),
        "anonymous": re.compile(
            r"\b(?P<np>"
            + alt(anonymous)
            + r"|(?:(?:one|a|an|two|three|four|several|some|other|multiple)\s+)?"
            r"(?:people|persons?|individuals?|sources?|officials?|insiders?|executives?|investors?|bankers?|"
            r"employees?|advisers?|advisors?)\s+(?:familiar\s+with|acquainted\s+with|aware\s+of|close\s+to|privy\s+to|"
            r"briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|involved\s+(?:in|with|within)|knowledgeable\s+about)\s+"
            # (a bare plural of talks, stop 59: "two sources familiar with negotiations said")
            r"(?:(?:negotiations|talks|discussions|deliberations)\b|"
            r"(?:the|its|their|his|her|[A-Z][\w&.-]*(?:’s|'s))\s+(?:[\w-]+\s+)?(?:matter|deal|talks|negotiations|"
            r"plans?|situation|company|discussions|transaction|agreement|investment|decision|round|process|"
            r"sale|offering|fundraising|financing|bid|merger|acquisition|search|terms|plan|process|"
            r"changes?|move|moves|thinking|succession|appointment|proposal|offer|board|review|probe|"
            r"investigation|arrangement|strategy|"
            # any matter a role is told towards, not only a deal's words (stop 57): "sources familiar with the
            # case", "people close to the negotiation", "a person involved in the project"
            r"case|cases|project|projects|negotiation|efforts?|lawsuit|litigation|issue|operation|"
            r"proceedings|program|programme|contract|dispute|conversations?|relationship|partnership))"
            # "sources speaking to Reuters", "two people who spoke to the Journal": unnamed, whoever they told
            r"|(?:(?:one|a|an|two|three|four|several|some|other|multiple)\s+)?"
            r"(?:people|persons?|sources?|officials?|insiders?|executives?)\s+(?:speaking|talking|"
            r"who\s+(?:spoke|talked|have\s+spoken))\s+(?:to|with)\s+(?:the\s+)?(?-i:[A-Z])[\w&’'-]{0,40}"
            r"(?:\s+(?-i:[A-Z])[\w&’'-]{0,40}){0,2}"
            # "people familiar told Bloomberg", "people in the know", "a person who asked not to be named"
            r"|(?:(?:one|a|an|two|three|four|several|some|other|multiple)\s+)?"
            r"(?:people|persons?|individuals?|sources?|officials?|insiders?|executives?|bankers?)\s+"
            r"(?:familiar(?!\s+with\b)|in\s+the\s+know|who\s+(?:asked|requested|declined|wished|"
            r"(?:did|do|does)\s+not\s+want|(?:didn|don|doesn)[’']t\s+want)\s+(?:not\s+)?(?:to\s+)?be\s+"
            r"(?:identified|named))"
            # "Multiple outlets reported", "according to multiple US media outlets": outlets not named
            r"|(?:multiple|several|various|numerous|other|some|many)\s+(?:[\w.-]+\s+)?(?:(?:media|news)\s+)?outlets)",
            re.IGNORECASE,
        ),
        "intro": re.compile(r"\b(?P<intro>" + alt(intro) + r")\s+", re.IGNORECASE),
        # the same on the lower-cased text (Attributor.low_text), without re.IGNORECASE: faster
        "intro_low": re.compile(r"\b(?P<intro>" + alt([i.lower() for i in intro]) + r")\s+"),
        "document": re.compile(
            r"(?:(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<doc>"
            + alt(documents)
            + r")|(?P<data>"
            + alt(data_nouns)
            + r"))\s+"
            # "a statement Friday from X", "a memo on Monday by X": the day it was given, then its maker
            # ("a statement late on Monday from X": the part of the day before "on" too, stop 59)
            r"(?:(?:late\s+|early\s+)?(?:on\s+)?(?:late\s+|early\s+)?"
            r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?"
            r"(?:(?:compiled|gathered|published|released)\s+|"
            # "a memo sent to employees by", "an email sent on Tuesday by": whom or when it was sent
            # "a letter penned by", "a blog post authored by": its author (stop 45)
            r"(?:sent|written|addressed|circulated|distributed|issued|authored|co-authored|penned|drafted|signed|"
            r"posted)\s+(?:(?:to|on)\s+(?:[\w’'-]+\s+){1,3}?)?)?"
            r"(?:by|from)\s+",
            re.IGNORECASE,
        ),
        "doc_np": re.compile(
            # "a Tuesday announcement", "Monday's release": a day's document, the company's own
            r"(?:(?P<det>an?|the)\s+(?P<day>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)?|"
            r"(?P<when>" + _WHEN_POSSESSIVE + r")\s+)"
            # "an Oct. 18 SEC filing": the day it was made and the regulator's initials before the noun
            r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s+)?"
            r"(?:(?P<acr>(?-i:[A-Z]{2,6}))\s+)?"
            # "the amended agreement", "the revised filing": a version of the text, still a document (stop 63)
            r"(?:(?:new|recent|latest|regulatory|securities|court|internal|confidential|"
            r"official|annual|public|joint|"
            + _VERSION_WORDS
            + r")\s+){0,2}(?P<doc>"
            + alt(documents)
            + r")\b"
            # "a statement Tuesday", "a release on Monday": the day after the noun tells it as well
            r"(?P<day_after>\s+(?:on\s+)?(?:late\s+|early\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            r"sunday)\b)?(?!\s+(?:by|from|of)\b)",
            re.IGNORECASE,
        ),
        "doc_before": re.compile(
            r"(?<![\w’'])(?P<det>the|its|their|this|that|an?|" + _WHEN_POSSESSIVE + r")\s+"
            r"(?:(?:new|recent|latest|regulatory|securities|court|internal|confidential|official|annual|public|"
            r"research|unconfirmed|unverified|separate|leaked|draft|brief|short|joint|earlier|later|"
            + _VERSION_WORDS
            + r")"
            # "An earlier, but still unverified, report says": one aside between commas
            r"(?:,\s+(?:[a-z]+\s+){0,3}[a-z]+,)?\s+){0,2}(?P<doc>" + alt(documents) + r")$",
            re.IGNORECASE,
        ),
        "own_doc": re.compile(
            # "according to a company statement": the word "company" as the document's modifier is the company
            # the page tells of, as "its statement" is (not "a company's", another's; not "... from X", X's)
            r"(?:its|their|the\s+company(?:’s|'s)|an?\s+company)\s+(?:(?:latest|recent|own|annual|quarterly|"
            r"official|earnings|regulatory|securities|public|new)\s+){0,3}(?P<doc>" + alt(documents) + r")\b"
            r"(?!\s+(?:by|from|of)\b)",
            re.IGNORECASE,
        ),
        # "Tallow's statement said", "Stark's memo reads": the owner's document, right before the verb
        "possessive_doc_end": re.compile(
            r"(?:’s|'s)\s+(?:(?:official|own|latest|recent|formal|joint|public|written|brief|short|annual|quarterly)\s+){0,2}"
            r"(?P<doc>" + alt(documents) + r")"
            # "Ruiz's email to staff read": the ones it was written to
            r"(?:\s+to\s+(?:(?:its|his|her|their|all)\s+)?(?:staff|employees|workers|investors|shareholders|"
            r"colleagues|customers|members|partners))?\s*$",
            re.IGNORECASE,
        ),
        "possessive_doc": re.compile(
            # a year and a period of a yearly document: "Tallow's 2024 annual report" (stop 46)
            r"(?:’s|'s)\s+(?:(?:official|own|latest|recent|formal|joint|public|annual|quarterly|yearly|fiscal|"
            r"half-year|(?:19|20)\d{2}(?:[/-]\d{2,4})?)\s+)*"
            # "Quill's LinkedIn profile": the platform the page is on
            r"(?:(?-i:LinkedIn|Facebook|Instagram|YouTube|TikTok|Twitter|X)\s+)?(?P<doc>"
            + alt(documents)
            + r")\b",
            re.IGNORECASE,
        ),
        # "Intel confirmed the purchase in a regulatory filing": the sentence's maker issued the document,
        # whatever stands between the verb and it (up to four words before the document's noun)
        "in_own_doc": re.compile(
            r"\bin\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,4}?(?P<doc>" + alt(documents) + r")\b",
            re.IGNORECASE,
        ),
        # "In a letter to the employees A and B wrote": a document and its readers open the sentence with
        # no comma before the writers (readers in lower case only, so no name is taken for them: stop 61)
        "doc_to_lead": re.compile(
            r"^in\s+(?:an?|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:" + alt(documents) + r")\s+to\s+"
            r"(?:the\s+|its\s+|their\s+|all\s+)?(?-i:[a-z][\w’'-]*\s+){0,3}$",
            re.IGNORECASE,
        ),
        "in_doc": re.compile(
            r"\s+in\s+(?:an?|the|its|their)\s+(?:(?:official|own|latest|recent|formal|joint|public|separate)\s+)*(?P<doc>"
            + alt(documents)
            + r")\b",
            re.IGNORECASE,
        ),
        "anaphor": re.compile(
            # "the Redmond, Washington, company": a place of two names between commas is a modifier too;
            # so is a term in quotation marks ('the “buy now, pay later” company': stop 43)
            r"\b(?P<np>the\s+(?:(?:"
            + _ORG_MOD
            + r"|[“\"][^“”\"\n]{1,40}[”\"]),?\s+){0,3}?(?:"
            + _ORG_ANAPHORS
            + r")"
            r"|the\s+(?:CEO|chief\s+executive|founder|executive)|he|she|it)$",
            re.IGNORECASE,
        ),
        "anaphor_at": re.compile(
            r"(?P<np>the\s+(?:" + _ORG_MOD + r"\s+){0,3}?(?:" + _ORG_ANAPHORS + r"))\b",
            re.IGNORECASE,
        ),
        "group": re.compile(
            r"(?<![\w’'])(?P<np>(?:(?:"
            + _GROUP_COUNT
            + r")\s+)?"
            + _GROUP_JOINED
            + r"(?:"
            + _GROUP_MOD
            + r"\s+){0,4}?(?:"
            + alt(list(_GROUP_HEADS))
            + r"))$",
            re.IGNORECASE,
        ),
        "group_of": re.compile(
            r"(?P<np>(?:(?:"
            + _QUANTIFIERS
            + r")\s+)?(?:"
            + _MOD
            + r"\s+){0,2}?(?:"
            + alt(list(_GROUP_HEADS))
            + r")"
            r"\s+(?:in|at|of|from)\s+"
            r"(?:the\s+)?(?-i:[A-Z])[\w&’'-]{0,40}(?:\s+(?:of\s+|for\s+)?(?-i:[A-Z])[\w&’'-]{0,40}){0,5})",
            re.IGNORECASE,
        ),
        "group_at": re.compile(
            r"(?P<np>(?:(?:"
            + _GROUP_COUNT
            + r")\s+)?"
            + _GROUP_JOINED
            + r"(?:"
            + _GROUP_MOD
            + r"\s+){0,4}?(?:"
            + alt(list(_GROUP_HEADS))
            + r"))"
            r"(?![\w’'-])",
            re.IGNORECASE,
        ),
        "passive": re.compile(
            # "it is being reported", "It's reported" (and the clause after it without "that": "It's
            # being reported Stark stepped down")
            r"\b(?:reportedly|it(?:\s+(?:is|was|has\s+been|had\s+been)|[’']s)\s+(?:being\s+)?"
            r"(?:reported|said|rumou?red|understood)(?=\s+that\b|\s*[.,;:!?]|\s*$|\s+(?-i:[A-Z]))|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:reported|said|rumou?red)"
            r"(?=\s+to\s+(?:be|have)\b))",
            re.IGNORECASE,
        ),
    }
    # the patterns searched over whole sentences, led by their first characters (extract/leads.py:
    # the same matches, most positions skipped with one test)
    for name in ("intro_low", "in_own_doc", "passive", "anonymous", "verb"):
        patterns[name] = led(patterns[name])
    return patterns


_WORD = re.compile(r"[A-Za-z]+")
#: "as per Tallow's last close": a measure taken against the body's price (stop 43), not its word.
_PER_PRICE = re.compile(
    r"(?:’s|'s)\s+(?:(?:last|previous|latest|final|closing|current|\w+day(?:’s|'s))\s+){0,2}"
    r"(?:close|closing|share\s+price|stock\s+price|price|market\s+value)\b",
    re.IGNORECASE,
)
_PER_UNIT = re.compile(r"\s+(?!(?:and|or|on|in|at|to|as|which|who|that|the)\b)[a-z]")
#: A preposition right before a noun phrase makes it an object, never the subject of the verb after it
#: ("sent to prospective investors indicated"); not "with": "with one critic calling it ..." has a subject.
_OBJECT_BEFORE = led(r"\b(?:to|from|for|by|at|about|against|between)\s+$", re.IGNORECASE)
#: Where a clause starts: after a comma, a colon, a dash or a conjunction ("..., but a report claims").
_CLAUSE_START = led(
    r"(?:[,;:(—–]|\b(?:and|but|while|as|when|though|although|because|since|yet))\s*$", re.IGNORECASE
)
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which)\s+(?:[a-z]+ly\s+|also\s+|then\s+)?$", re.IGNORECASE)
_BARE_SOURCES = led(r"(?<![\w’'])(?P<np>sources|insiders)$", re.IGNORECASE)
#: Where a clause opens: after a comma, a colon, a sentence's end or a line break.
_CLAUSE_OPEN = r"(?:(?<=[,;:]\s)|(?<=[.!?”\"]\s)|(?<=\n))"
#: "..., reports said", "Media reports say": reports with no outlet named, opening their clause (not
#: "earnings reports showed", whose reports are a company's results).
_BARE_REPORTS = led(_CLAUSE_OPEN + r"(?P<np>(?:(?:media|news|press)\s+)?reports)$", re.IGNORECASE)
#: Reports no outlet is named for, bare or with a quantifier or as the media's: "reports", "multiple
#: reports", "several news reports", "media reports".
_SOME_REPORTS = (
    r"(?P<np>(?:(?:multiple|several|numerous|various|some|many|conflicting|unconfirmed)\s+)?"
    r"(?:(?:media|news|press)\s+)?reports)"
)
#: "according to multiple reports, ...", "according to media reports that ...": the reports end
#: their phrase (not "reports from Bloomberg", whose outlet is named).
_REPORTS_AT = re.compile(
    _SOME_REPORTS + r"(?=\s*(?:[,;.)]|$)|\s+(?:that|say|said|suggest|suggested|indicate|indicated)\b)",
    re.IGNORECASE,
)
#: "reports from Xin Jing Bao", "several media reports by the Courier": reports with their maker named.
_REPORTS_FROM = re.compile(_SOME_REPORTS + r"\s+(?:from|by)\s+", re.IGNORECASE)
#: "there were multiple reports that ...", "there have been media reports of ...".
_THERE_WERE_REPORTS = re.compile(
    r"\bthere\s+(?:were|are|have\s+been|had\s+been)\s+" + _SOME_REPORTS + r"\s+(?:that|of)\b",
    re.IGNORECASE,
)
#: "Media reports circulated that ...", "Reports surfaced last week that ...": reports with no outlet
#: named that spread, opening their clause (one unnamed source; the verb says nothing on its own).
_REPORTS_SPREAD = led(
    _CLAUSE_OPEN + r"(?P<np>(?:(?:media|news|press)\s+)?reports)\s+(?:\w+ly\s+)?"
    r"(?P<verb>circulated|surfaced|emerged|swirled)\b",
    re.IGNORECASE,
)
#: A label naming whose words follow, opening its sentence: 'More, from HeartWire: “...”', 'Via the
#: Ledger: "..."', 'Per its filing: "..."' (a newsletter's form): the one named speaks the quotation.
_FROM_LABEL = re.compile(r"\s*(?:(?:more|also|and)\s*,?\s+)?(?:from|via|per)\s+", re.IGNORECASE)
_LABEL_QUOTE = re.compile(r"\s*:\s*[“\"‘«]")
#: "media reports", "news reports": the noun, never an organization "Media" that reports.
_REPORTS_NOUN = re.compile(r"(?:" + _CLAUSE_OPEN + r"|^)(?:media|news|press)\s+$", re.IGNORECASE)
_BARE_SOURCES_AT = led(
    r"(?P<np>(?:(?:unnamed|anonymous|unidentified)\s+)?(?:sources|insiders))\b(?![’'-])", re.IGNORECASE
)
#: A sentence's opening clause of concession or reason and its subject's article (stop 62): "While ", "Although the ",
#: "Even though ", "Because ": the organization right after it is the subject an "it" after the clause's comma takes up.
_SUBORDINATE_OPENING = re.compile(
    r"\s*(?:while|although|though|even\s+though|whereas|because|since)\s+(?:the\s+)?", re.IGNORECASE
)
#: The comma that closes the opening clause right before "it" (", it argues").
_COMMA_BEFORE_IT = re.compile(r",\s*$")
_LEAD_PHRASE = re.compile(
    # a list's bullet ("  • It said ...": stop 43), then a wire's dateline: "HANGZHOU, China (Reuters) -"
    r"(?:[ \t]*[•▪‣◦·](?=[ \t]))?(?:\s*(?-i:[A-Z][A-Z.' -]{1,30})(?:,\s+[^()\n,]{1,30})?\s*\((?-i:[A-Z])[\w .-]{1,25}\)\s*[-–—]+)?"
    r"\s*(?:(?:however|meanwhile|still|instead|separately|additionally|moreover|furthermore|also|now|"
    r"indeed|nonetheless|nevertheless|similarly|likewise|notably|ultimately|overall|besides|thus|"
    r"therefore|yet|so|but|and|then|later|earlier|previously|recently|currently|today|yesterday|tonight),?\s+)?"
    # "Earlier this week, ", "Last month, " (stop 51); a season or a part of the day: "This summer, " (stop 58)
    r"(?:(?:earlier|later|last|this)\s+(?:this\s+|that\s+|last\s+)?(?:week|month|year|morning|quarter|"
    r"summer|winter|spring|autumn|fall|weekend|afternoon|evening),\s+)?"
    # a time's or a concession's clause (stop 61): "When the Ledger ran its story, ", "While the fund owns little, "
    r"(?:(?:in|on|at|during|after|before|with|for|when|once|while|although|though)\s+[^,.;:“\"]{1,40},\s+)?",
    re.IGNORECASE,
)
#: (an age may stand before the post: "the 61-year-old co-founder" is the one co-founder told; stop 52)
_DEFINITE_TITLE = re.compile(
    r"the\s+(?P<age>\d{1,3}-year-old\s+)?(?:executive|ceo|chief\s+executive|founder|co-?founder)",
    re.IGNORECASE,
)
#: A definite co-founder ("the co-founder", "the 61-year-old cofounder"): the one the page titled so, or no one.
_THE_COFOUNDER = re.compile(r"the\s+(?:\d{1,3}-year-old\s+)?co-?founder", re.IGNORECASE)
_INDEFINITE_TITLE = re.compile(
    r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?:executive|ceo|founder|co-?founder)\b", re.IGNORECASE
)
_SOURCE_LIST = re.compile(r"\s*sources?\s*:\s*", re.IGNORECASE)
#: One item of a source list: a footnote number or mark, then a capitalized name of up to five words.
_LIST_ITEM = re.compile(
    r"(?:\[?\d{1,2}\]?|[*†‡])?\s*(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w&'’.-]*){0,4}?)"
    r"\.?\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|$)"
)


def _honorific_sex(text: str, start: int) -> str:
    """ "m" or "f" when an honorific that tells a sex stands right before text[start:] ("Mr. Vey", "Ms. Stark"); else
    "" (none, or "Dr. Vey": the titles and their sexes are lexicon gazetteer `honorifics`, stop 56)."""
    h = honorific_before(text, start)
    return "" if h is None else HONORIFICS[h]


def _said_pronoun_sex(text: str, end: int) -> str:
    """ "m" or "f" where the name ending at `end` reports of itself with a pronoun ("Vey said he",
    `entities.SAID_PRONOUN_AFTER`), else ""."""
    said = SAID_PRONOUN_AFTER.match(text, end, end + 40)
    return "" if said is None else "m" if said.group(1) == "he" else "f"


#: A person named as a companion of the speaker, in an adjunct of the attribution: "he said, seated
#: beside <Title> <Name>", "flanked by", "standing next to", "alongside", "joined by" (at most six words of
#: the companion's title or company between; one clause).
_COMPANION_BEFORE = re.compile(
    r"(?<![\w-])(?:beside|next\s+to|alongside|flanked\s+by|joined\s+by|accompanied\s+by|together\s+with)\s+"
    r"(?:[\w.&’'()-]+\s+){0,6}$"
)
#: A quotation that opens its sentence before the pronoun: "“We will grow,” he wrote".
_FEW_WORDS = re.compile(r"(?:[\w-]+\s+){1,4}")
_QUOTE_BEFORE = re.compile(r"\s*[“\"«][^“”\"«»]*[”\"»],?\s*")
#: "informed" cues a source when a clause follows the one informed: "X informed the Ledger that ...",
#: "Tallow formally informed staff that ..." (the object's words: at most four).
_INFORMED_THAT = re.compile(r"\s+(?P<obj>(?:[\w&’'.-]+\s+){1,4}?)that\b")
#: "informed" closing its sentence after what was told (stop 51): "..., the bank has informed the Securities
#: Commission (SC).", "..., Tallow informed the stock exchange on Monday."
_INFORMED_CLOSING = re.compile(
    r"\s+(?P<obj>(?!by\b)(?:[\w&’'.-]+\s+){0,5}?[\w&’'-]+)(?:\s+\([A-Z]{2,8}\))?"
    r"(?:\s+(?:on|late|early|this|last)\s+[A-Za-z]+)?\s*[.!]?\s*$"
)
#: A market's or a state's body informed: "the stock exchange", "the market regulator", "the watchdog".
_INFORMED_BODY = re.compile(
    r"\b(?:regulators?|watchdogs?|supervisors?|exchange|commission|authority|authorities|markets?|ministry)\s*$",
    re.IGNORECASE,
)
#: A passive form of "be" right before a participle: "was ", "has been ", "were ".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
#: The audience of an announcement: "staff", "its employees", "all shareholders".
_AUDIENCE = r"(?:its\s+|their\s+|all\s+)?(?:staff|employees|workers|investors|shareholders|customers|members)"
_INFORMED_AUDIENCE = re.compile(_AUDIENCE + r"\s+$", re.IGNORECASE)
#: After a verb of assuring or promising: its audience, then what is assured ("assured investors of
#: deep cuts", "promised staff that ..."): words told to them (stop 55); never "promised a review".
_ASSURED_AUDIENCE = re.compile(r"\s+" + _AUDIENCE + r"\s+(?:that|of)\s", re.IGNORECASE)
_ASSURING = frozenset({"assured", "assures", "reassured", "reassures", "promised", "promises"})
#: Before an outlet someone told or spoke to: "told the news channel ", "told ", "speaking to the ",
#: "in an interview with ", "in a " (then the outlet's name and "interview", `_OUTLET_SUFFIX`), "to the
#: channel " after a verb of saying (stop 61).
_TOLD_OUTLET_GATE = ("told", "tells", "telling", "speaking to", "spoke to", "interview", "to the ")
_TOLD_OUTLET = re.compile(
    r"\b(?:(?:told|tells|telling|informed|(?:speaking|spoke|talking|talked)\s+to|(?:in\s+)?an?\s+interview\s+with"
    # "declared X ... to the channel Alpen Info": "to" counts only with the outlet's class noun after it
    r"|to(?=\s+the\s+(?-i:(?:[a-z]+\s+)?(?:news\s+channel|channel|newspaper|broadcaster|magazine|news\s+agency)\s)))\s+"
    r"(?:the\s+)?(?P<before>(?-i:(?:[a-z]+\s+)?(?:news\s+channel|channel|newspaper|paper|broadcaster|magazine|daily|"
    r"news\s+agency|agency|website|outlet|publication|network))\s+)?"
    r"|(?P<in_a>\bin\s+an?\s+))(?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: A US broadcaster's call letters as the one told at the end of the clause ("Kish told KGW.", "told
#: WXYZ-TV on Monday"): an outlet whatever type the name was given (stop 43).
_CALL_LETTERS = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
#: What ends an interview's "told X" (not "told KPMG that ...": a body told of something).
_TOLD_ENDS = re.compile(r"\s*(?:[.,;!?”\"]|$|\s(?:on|in|at|last|this|earlier|during)\b)")
#: After an outlet's name: its broadcast suffix ("TV", "Television", "Radio"), its class noun
#: ("newspaper", "daily"), or "interview" ("in a Kesta TV interview").
_OUTLET_SUFFIX = re.compile(
    r"(?:\s+(?P<suffix>TV|Television|Radio))?(?:\s+(?P<noun>newspaper|daily|paper|broadcaster|magazine|"
    r"news\s+channel|channel|network))?(?:\s+(?P<interview>interview))?"
)
#: A sentence a "he" or "she" opens that ends in a colon right before a quotation: "He sees no hurry:
#: “...”" (the colon the sentence's first, no other quotation before it).
_PRONOUN_COLON = re.compile(
    r"\s*(?:(?:Meanwhile|However|But|And|Still|Now|Yet),?\s+)?(?P<np>He|She)\s+[^.!?:;“”\"«»\n]{1,120}?:\s*[“\"‘«]"
)
#: A person told by what the text said of them, before the verb: "the 54-year-old", "the Tallow boss",
#: "the Harbour chief executive" (a company's name of at most three words before the post), or a
#: description of the post ("the Nordic shipping boss", "the veteran banking chief": a trade or a
#: nationality and at most two words in lower case before it, never "former" or "outgoing").
_PERSON_TOLD_END = re.compile(
    r"(?<![\w’'])[Tt]he\s+(?:(?P<age>\d{1,3})-year-old|(?P<org>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,2})\s+"
    r"(?P<post>boss|chief\s+executive|chief|CEO|chairman|chairwoman|chair|founder|co-founder)"
    r"|(?P<desc>(?:[A-Z][a-z’'-]+\s+)?(?:(?!former\b|ex-|outgoing\b|previous\b|late\b|then\b|new\b|incoming\b|"
    r"interim\b|acting\b)[a-z][a-z-]+\s+){0,2})(?P<dpost>boss|chief\s+executive|chief|CEO|chairman|chairwoman))\s*$"
)
#: A company's one top post told by its owner, its holder unnamed (stop 57): "Brenvik's chief executive", "the
#: truck maker's CEO" (a trade of one to three words before the possessive, never a bare "the company's"),
#: and "The CEO of another software firm, Tallow Systems Inc (TLW.N)," (the company in an appositive, its
#: ticker aside). The holder is one person: named if the page names them, else by the company and the post.
_OWNED_POSTS = r"(?:CEO|chief\s+executive(?:\s+officer)?|chairman|chairwoman|chairperson|CFO|chief\s+financial\s+officer)"
_OWNED_POST_END = re.compile(
    r"(?<![\w’'])(?:(?P<trade>[Tt]he\s+(?:[\w-]+\s+){1,2}[a-z][\w-]*)|(?P<org>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}))"
    r"[’']s\s+(?P<post>" + _OWNED_POSTS + r")\s*$"
)
_POST_OF_APPOSITIVE_END = re.compile(
    r"(?<![\w’'])[Tt]he\s+(?P<post>" + _OWNED_POSTS + r")\s+of\s+(?:[^,.;:“”\"]{1,80},\s+)?"
    r"(?P<org>[A-Z][^,.;:“”\"()]{0,60}?)(?:" + _TICKER_BRACKETS + r")?\s*,\s*$"
)
#: "The <post> of " and up to three words in lower case before the company's name ("rival trailer maker ").
_POST_OF_HEAD = r"[Tt]he\s+(?P<post>" + _OWNED_POSTS + r")\s+of\s+(?:[a-z][\w-]*\s+){0,3}"
#: The same post with its company right before the verb, no comma (stop 58): "The CEO of Brenvik told the
#: Ledger", "the chief executive of rival trailer maker Brenvik said". The words are the post's holder's, never
#: the company's: `_owned_post` names the holder.
_POST_OF_END = re.compile(r"(?<![\w’'])" + _POST_OF_HEAD + r"(?P<org>[A-Z][^,.;:“”\"()]{0,60}?)\s*$")
#: The same phrase read forward, after a verb that comes first ('“...,” said the chief executive of Brenvik'): up to
#: where the company's name starts (`_source_at`).
_POST_OF_AT = re.compile(_POST_OF_HEAD + r"(?=[A-Z])")
#: A person's age told with the name: "Ruiz, 54," / "54-year-old Ruiz".
_AGE_AFTER = re.compile(r",\s+(\d{1,3})\b(?!\s*(?:%|percent|per\s+cent|million|billion|years))")
_AGE_BEFORE = re.compile(r"\b(\d{1,3})-year-old\s+(?:[\w.-]+\s+){0,3}$")
#: "the Ledger quoted Stark as saying": the one quoted, between "quoted" and "as", a firm of several words and
#: a title before the name too ("quoted Bank of North Harlow analyst Ivo Stark as saying", stop 57).
#: (never "X was quoted by the Ledger as saying": the Ledger only quoted X, `_QUOTED_AS_END`)
_QUOTED_WHO_AS = re.compile(r"\bquoted\s+(?!by\s)(?P<who>(?:[^\s,.;:]+\s+){1,9}?)as\s+$", re.IGNORECASE)
#: How far before "saying" the "quoted" of `_QUOTED_WHO_AS` may stand.
_QUOTED_WHO_REACH = 120
#: The company voice cited just before, taken up: "the spokeswoman", "the company's spokesman".
_THE_SPOKESPERSON = re.compile(
    r"the\s+(?:(?:company|firm|group)(?:’s|'s)\s+)?spokes(?:person|woman|man)", re.IGNORECASE
)
_TITLE_ANAPHOR_AT = re.compile(r"the\s+(?:CEO|chief\s+executive|founder|executive)\b", re.IGNORECASE)
#: "the", or an honorific with or without its stop (British house style: "said Dr Ivo Stark")
_LEAD_WORD = led(r"(?:the|(?:dr|mr|mrs|ms|prof)\.?)\s", re.IGNORECASE)
_INTRO_GATE = ("according", " by ", "citing", "per ", "referring")
_ANONYMOUS_GATE = (
    "familiar",
    "aware of",
    "acquainted",
    "close to",
    "privy",
    "briefed",
    "knowledge",
    "involved",
    "knowledgeable",
    "speaking to",
    "talking to",
    "spoke to",
    "spoke with",
    "talked to",
    "spoken to",
    "in the know",
    "identified",
    "named",
)


#: The patterns of `Attributor.sentence` and `_content`, compiled once (not looked up per call).
_AND_NEXT = re.compile(r"\s+and\s+")
#: A quotation's closing mark (a comma perhaps, white space) ending the text before a verb: '“...,” said'.
_AFTER_QUOTE_END = re.compile(r"[”\"’'»],?\s*$")
_AFTER_COMMA_END = re.compile(r",\s+$")
#: Before a verb that opens its sentence: nothing, or a quotation closed just before in the same line.
_OPENS_SENTENCE = re.compile(r"\s*(?:[“\"][^“”\"]{1,600}[”\"]\s*)?")
#: After the source of a verb that opens the sentence: a comma or colon and the quotation.
_QUOTE_AFTER_SOURCE = re.compile(r"\s*[,:]\s*[“\"‘«]")
#: A be-form right before a participle: a passive, no statement ("has been accused of"); one or two
#: adverbs may stand between ("was also listed among", "is further described as"; stop 47).
_PASSIVE_END = led(
    r"\b(?:be|been|being|is|are|was|were|so)\s+"
    r"(?:(?:\w+ly|also|further|then|again|still|once|never|not|already|first|later|even)\s+){0,2}$",
    re.IGNORECASE,
)
_RAISING = re.compile(r"\s+to\s+(?:be|have)\b")
_COMMA_FIRST = re.compile(r"^\s*,")
_STOP_ONLY = re.compile(r"^\s*[.!?]?\s*$")
_COMMA_ONLY = re.compile(r"^\s*,?\s*$")


@functools.cache
def _gates() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Substrings without which a sentence cannot hold an introducer / an anonymous source; the
    lexicon's own phrases are included, so that a phrase a user adds is never gated out."""
    intros = tuple(" ".join(k.lower().split()) for k in mapping("reporting_verbs", "introducers"))
    anonymous = tuple(" ".join(k.lower().split()) for k in words("reporting_verbs", "anonymous"))
    return fewest_needles(_INTRO_GATE + intros), fewest_needles(_ANONYMOUS_GATE + anonymous)


#: Verbs that come before their subject after a comma: "..., said the company", "..., reported Reuters".
_INVERTING = frozenset(
    {
        "said",
        "says",
        "added",
        "adds",
        "reported",
        "reports",
        "wrote",
        "writes",
        "noted",
        "notes",
        "explained",
        "stated",
        "argued",
        "argues",
        "warned",
        "warns",
        "confirmed",
        "announced",
        "insisted",
        "acknowledged",
        # "..., underlines a note, ...": a document's point, its verb first (stop 54)
        "underlines",
        "underlined",
        "stresses",
        "stressed",
    }
)
#: What may follow the source of an inverted verb: the sentence's end, a comma, or "on Friday", "in a ...".
#: A relative clause that closes an inverted attribution after an unnamed source: "..., said three
#: people who have taken part in such talks." (`_who_tail`)
_WHO_TAIL = re.compile(r"\s+(?:who|that)\s+")
_WHO_TAIL_MAX = 160


def _who_tail(text: str, pos: int, end: int) -> bool:
    """Does a relative clause run from pos to the sentence's end (`_WHO_TAIL`, at most 160 characters,
    no comma, colon, quotation mark or stop inside it)?"""
    m = _WHO_TAIL.match(text, pos, end)
    if m is None:
        return False
    rest = text[m.end() : end].rstrip()
    rest = rest[:-1] if rest.endswith((".", "!", "?")) else rest
    return 0 < len(rest) <= _WHO_TAIL_MAX and not any(c in rest for c in ',;:.!?“”"\n')


_VERB_FIRST_END = re.compile(
    # "..., said the Harbour Workers Fund (HWF), which": the body's initials after its name (stop 45)
    r"(?:\s*\((?-i:[A-Z][A-Za-z&.]{1,9})\))?"
    r"\s*(?:[.,;:!?)\]]|$|\s*(?:on|in|at|last|this|late|early|earlier|citing|according|when|after|before)\b)"
)
#: A verb whose object is a deal is an act, not a statement: "rejected a $23 billion offer",
#: "dismissed the takeover approach", "disputed the bid" (but "rejected the report", "denied the claims").
_DEAL_OBJECT = re.compile(
    r"\s+(?:(?:an?|the|its|their|his|her|this|that|[A-Z][\w&.-]{0,40}(?:’s|'s))\s+)?(?:(?!(?:that|which|who|claims?|reports?|allegations?|accusations?|suggestions?|"
    r"rumou?rs?|speculation|criticism|idea|notion|view)\b)[\w$.,’'-]{1,30}\s+){0,4}?"
    r"(?:offers?|bids?|proposals?|approach(?:es)?|takeover|buyout|acquisition|merger|deal|overtures?|"
    r"terms|price|valuation)\b(?!\s+(?:reports?|claims?|rumou?rs?|speculation)\b)",
    re.IGNORECASE,
)
#: A company the text names as someone's rival: "competitors such as X", "rivals like X", "rival X",
#: "X, a rival of ...": never "the company" of the article while another is named.
_RIVAL_BEFORE = re.compile(
    r"\b(?:(?:competitors?|rivals?|challengers?|peers?)\s+(?:such\s+as|like|including)|rivals?|"
    r"competitors?)\s+$",
    re.IGNORECASE,
)
_RIVAL_AFTER = re.compile(
    r",\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:rival|competitor)s?\b", re.IGNORECASE
)
#: A firm the text names as another's auditor or adviser (stop 62): "its auditor, Pell & Dorn,", "auditor Pell & Dorn",
#: "the accounting firm X", "X, the company's auditor,": a firm that serves the page's company, never "the company"
#: while another is named (as a rival is not).
_SERVICE_FIRM = r"(?:auditors?|accountants?|(?:accounting|audit|law|legal)\s+firm|legal\s+advis[eo]rs?)"
_SERVICE_BEFORE = re.compile(r"\b" + _SERVICE_FIRM + r",?\s+$", re.IGNORECASE)
_SERVICE_AFTER = re.compile(
    r",\s+(?:its|their|the\s+company(?:’s|'s)|(?-i:[A-Z])[\w&.-]*(?:’s|'s))\s+(?:[\w-]+\s+)?"
    + _SERVICE_FIRM
    + r"\b",
    re.IGNORECASE,
)
#: An organization's or person's own words: "The company’s mission is to “…”", "its motto was “…”".
_OWN_WORDS_GATE = ("mission", "motto", "slogan", "tagline", "mantra", "goal", "stated aim", "pledge")
_OWN_WORDS = led(
    r"(?:(?:’s|'s)|(?P<its>\b(?:its|their|his|her)))\s+(?:(?:stated|declared|official|own|founding|"
    r"long-standing|longstanding|avowed)\s+)?(?P<what>mission|motto|slogan|tagline|mantra|goal|aim|pledge)"
    r"\s+(?:is|was|has\s+been|remains)\s+(?:to\s+|that\s+)?(?=[“\"‘])"
    # "Quarry has a stated mission of “...”": the one who has it, right before "has"
    r"|\s+(?:has|have|had)\s+(?:a|an|the)\s+(?:(?:stated|declared|official|founding|avowed)\s+)"
    r"(?P<what2>mission|motto|slogan|tagline|mantra|goal|aim|pledge)\s+(?:of\s+|to\s+|:\s*)?(?=[“\"‘])"
    # "The startup proudly declares its mission to “...”", "X set out its goal as “...”" (stop 46)
    r"|\s+(?:[a-z]+ly\s+)?(?:declares|declared|states|stated|describes|described|defines|defined|"
    r"sets\s+out|set\s+out|announces|announced|proclaims|proclaimed)\s+(?P<its3>its|their|his|her)\s+"
    r"(?:(?:stated|official|own|founding)\s+)?(?P<what3>mission|motto|slogan|tagline|mantra|goal|aim|pledge)"
    r"\s+(?:as\s+|to\s+|of\s+|is\s+(?:to\s+)?|:\s*)?(?=[“\"‘])",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_DESCRIBED_BEFORE = led(r"\b(?P<noun>" + _ORG_ANAPHORS + r")\s+$", re.IGNORECASE)
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w$.’'-]+\s+){0,4}?(?P<noun>" + _ORG_ANAPHORS + r")\b", re.IGNORECASE
)
#: An activist investor's kind right before its name (stop 63): "Activist investor ", "the activist hedge fund ".
_ACTIVIST_BEFORE = re.compile(
    r"\b[Aa]ctivist\s+(?:(?:investor|shareholder|firm|(?:hedge\s+)?fund|group)\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+)?$"
)
#: A name followed by its kind of investor (stop 62): "the Pike Capital fund", "the Orla hedge fund".
_FUND_AFTER = re.compile(r"\s+(?:(?:hedge|activist|pension|investment|index|sovereign|wealth)\s+){0,2}fund\b")
_PLURAL_ANAPHOR = re.compile(
    # a stance told in a relative clause set off by a comma (stop 52): "a setback for the companies,
    # which had contended that ..." (never a restrictive "the firms which argued ...", a part of them)
    r"\b(?:(?:the\s+(?:two\s+)?|both\s+)(?:companies|firms|businesses)|(?P<two>the\s+two))"
    r"(?P<rel>,\s+(?:which|who))?\s+(?:(?:also|jointly|have|had)\s+)?"
    r"(?P<verb>said|say|says|announced|confirmed|added|stated|wrote|write|writes|noted|explained|told|"
    r"argued|argue|argues|contended|maintained|insisted"
    # the plural present of a cue after its clause (srcs2, stop 53): "..., the companies confirm", "the two
    # firms note in a release that"; only before its clause's end, "that" or "in" ("the companies add 500
    # jobs", "the two state governments" are no cue)
    r"|(?:confirm|note|state|explain|announce|insist|maintain|contend|add)(?=\s*[.,;:]|\s+(?:that|in)\b))\b"
    # "according to the companies", "announced by the companies" (stop 44), "according to a (joint)
    # statement from the two companies"
    r"|\b(?P<by>according\s+to|(?:announced|confirmed|disclosed)\s+by)\s+(?:(?:a|the|their)\s+(?:joint\s+)?(?:statement|press\s+release|release|"
    r"announcement)\s+(?:from|by)\s+)?(?:the\s+(?:two\s+)?|both\s+)(?:companies|firms)\b",
    re.IGNORECASE,
)
#: A source's verb that says it made a statement ("said (statement)", "wrote (joint statement)", "announced"),
#: and the documents that are such a statement: "according to the statement" after it is the maker's voice.
#: The rules of a citation several sources make as one (one Found each, one phrase): "the two companies
#: said" (`anaphor-plural`), "according to a joint statement" (`joint`: the statement's parties),
#: "A and B said" (`pair-subject`). A quotation cued by one of them is theirs together.
JOINT_RULES = frozenset({"anaphor-plural", "joint", "pair-subject"})
#: A statement's maker found through the document's noun ("the statement", "the release", "its
#: statement"): its words read as a document's do ("..., the joint statement reads": the makers').
_DOCUMENT_VOICE_RULES = frozenset(
    {
        "statement-back",
        "document-back",
        "statement-org",
        "document-org",
        "release-owner",
        "own-statement",
        "statement-lead",
        "document-joint",
    }
)
#: A preposition (and "the") right before a name: the name is an object, not the actor ("shares of Y", "a stake
#: in the Y"; `Attributor._lead_org`; `_OBJECT_BEFORE` is a cue's object).
_NAME_AS_OBJECT = re.compile(
    r"\b(?:of|in|for|with|from|to|by|on|at|into|about|against|over)\s+(?:the\s+)?$", re.I
)
_JOINED_GAP = re.compile(r"\b(?:and|or|with)\b|&")
#: A verb of acting on a person opening the gap between a body and a person: "<Co> fired CEO <Person>, saying ...",
#: "<Co> ousted its chief <Person>": the person is the verb's object, no post of the body's speaking (stop 63). A verb
#: with nothing after it ("<Co> named <Person> its chief") keeps the old reading the pronouns after it rely on.
_ACT_ON_PERSON_GAP = re.compile(
    r"\s+(?:fired|ousted|sacked|dismissed|removed|replaced|hired|named|appointed|promoted|demoted|suspended|tapped|"
    r"poached|elevated|picked|chose)\s+[\w-]",
    re.IGNORECASE,
)
_JOINT_DOC = re.compile(r"\bjoint\b", re.IGNORECASE)
#: What may stand before the first of two names that speak together ("A and B said"): the sentence's
#: start, a comma ("On Monday, A and B said"), a closing quotation mark ('“...,” A and B said'), "that"
#: or "but", a release wire's credit that opens the page ("(Harbour Newswire) --", "(MENAFN- X)"); not
#: "of", "with", "bought" ...
_PAIR_LEAD = re.compile(
    r"(?:^|[,;:”\"’']|\)\s*[-–—]{0,2}|\b(?:that|but|while)\b)\s*[“\"‘'”’]?$", re.IGNORECASE
)
#: A document and its author's preposition right before the author: "the report by ", "a statement from ".
_DOC_BY_END = re.compile(
    r"(?<![\w’'])(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<doc>statement|press\s+release|release|"
    r"announcement|report|filing|note|memo|letter|blog\s+post)\s+(?:by|from)\s+$",
    re.IGNORECASE,
)
_PLURAL_GATE = ("compan", "firms", "businesses", "the two")
_STATEMENT_VERB = re.compile(r"\((?:statement|press release|release|announcement)\)$|^announce[sd]?\b")
_STATEMENT_DOC = re.compile(r"statement|press release|release|announcement")
#: A document and the outlet it went to: "memo obtained by ", "email that was leaked to ", "letter,
#: which was seen by " (the outlet follows).
_LEAKED_TO = re.compile(
    r"\b(?:memo|e-?mail|letter|note|message|documents?|filing|report|recording|transcript|presentation)s?"
    # whom it was written to may stand between: "an email to staff that was leaked to "
    r"(?:\s+(?:sent\s+)?to\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+)?"
    # and who wrote it (stop 36): "a letter from founder X that was leaked to ", "a memo sent to staff
    # by chief executive X and leaked to "
    r"(?:\s+(?:from|by)\s+(?:[\w’'.-]+\s+){0,3}[\w’'.-]+)?"
    r",?\s+(?:(?:that|which|and)\s+)?(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+)?(?:first\s+)?"
    r"(?P<verb>obtained|seen|reviewed|viewed|leaked)\s+(?:by|to)\s+",
    re.IGNORECASE,
)
#: A document sent, then whom to, right before a participle of saying: "sent an email to staff ",
#: "circulated a memo to all engineers ", "issued a letter " (its sender speaks).
_SENT_DOC_END = re.compile(
    r"\b(?:sent|wrote|issued|circulated|posted|emailed)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:memo|e-?mail|letter|note|message)\s+(?:to\s+(?:[\w’'-]+\s+){1,3}?)?"
    r"(?:(?:on|last|this|late|early)\s+[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A capitalised name of one to four words that ends its clause: "Finwire.", "the Daily Ledger,".
_LEAK_NAME = re.compile(
    r"(?:the\s+)?(?P<name>(?-i:[A-Z][\w&.-]*)(?:\s+(?-i:[A-Z][\w&.-]*)){0,3})(?=\s*(?:[,.;:)]|$))"
)
#: A description set off by dashes right before a verb, opening with a determiner: "—a maker of ovens—",
#: " - the paper's owner - " (em or en dash, or a hyphen with spaces).
_DASH_ASIDE_END = re.compile(
    r"(?:\s*[—–]|\s+-)\s*(?:an?|the)\s[^—–\n]{1,120}?(?:[—–]\s*|\s-\s+)$", re.IGNORECASE
)
#: Documents a company sends its staff or its public: with no author told, "the memo" is the company's.
_COMPANY_DOCS = frozenset({"memo", "email", "e-mail", "letter"})
#: A paper's name in quotation marks after "the" (one to four capitalised words), then a newspaper's
#: verb, the kind of paper perhaps between, or the end of the phrase: 'the “Tagesblatt” reported', "The
#: 'Morgenpost' cited", 'the “Tagesblatt” newspaper wrote', 'according to the “Tagesblatt”,' (stop 47;
#: `Attributor._quoted_outlets`).
_QUOTED_PAPER = re.compile(
    r"(?<![\w’'])[Tt]he[ \t]+[“\"‘'](?P<name>(?-i:[A-Z])[\w.&-]{1,30}(?:[ \t](?-i:[A-Z])[\w.&-]{1,30}){0,3})"
    r"[”\"’'](?:(?:\s+(?:newspaper|daily|weekly|paper))?\s+(?:(?:has|had|also)\s+)?"
    r"(?P<verb>reported|reports|wrote|writes|cited|cites|quoted|quotes|"
    r"learned|revealed)\b|(?P<close>\s*[,.;]|\s+(?:newspaper|daily|weekly|paper)\b))"
)
#: An introducer right before such a name: "according to ", "reported by ", "told ".
_QUOTED_PAPER_LED = re.compile(r"\b(?:according\s+to|reported\s+by|told|interview\s+with)\s+$", re.IGNORECASE)
#: A verb that cites a document right before it: "cited an e-mail from", "quotes a letter by" (stop 47).
_CITED_DOC_VERB = re.compile(r"\b(?:cited|cites|quoted|quotes)\s+", re.IGNORECASE)
#: A statement that left something out: "did not specify where", "didn't say whether" (the speaker
#: spoke; a refusal, "declined to comment", is no such cue).
_LEFT_OUT = re.compile(
    r"\b(?:did\s+not|didn[’']t)\s+(?P<verb>say|specify|disclose|reveal|detail|explain|elaborate\s+on)"
    r"\s+(?:where|when|how|whether|if|which|what|who|why)\b",
    re.IGNORECASE,
)
#: What only a body issues, about itself: with no maker told, the body the page is about.
_ISSUED_DOCS = frozenset({"release", "press release", "announcement"})
#: The document a cue names its words were given in: "wrote (email)" from "wrote in an email".
_VERB_IN_DOC = re.compile(r"\(([a-z -]+)\)$")
#: A writing a person or a body sends, by its noun (stop 63): "a letter from X said", "X sent a memo to staff".
_WRITING = r"(?P<doc>memo|letter|e-?mail|note|message)s?"
#: A writing's noun phrase opened by an article or a demonstrative: "an all-staff letter", "the memo" (stop 63).
_WRITING_NP = r"\b(?:an?|the|this|that)\s+(?:[\w-]+\s+){0,2}?" + _WRITING
#: Right before its writer: "An all-staff letter from ", "a memo sent to employees by " (stop 63).
_WRITING_FROM_END = re.compile(
    _WRITING_NP + r"\s+"
    r"(?:(?:sent|written|addressed|circulated|penned|posted)\s+(?:[\w’'-]+\s+){0,3}?)?(?:from|by)\s+$",
    re.IGNORECASE,
)
#: After its writer's name: " sent a memo to staff", " has penned a letter" (stop 63).
_WRITING_SENT_AFTER = re.compile(
    r"(?:,[^,;:“”\"\n]{1,80},)?\s+(?:(?:has|had|also)\s+)?(?:sent|wrote|penned|circulated|posted|emailed|issued)\s+"
    r"(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?" + _WRITING + r"\b"
)
#: A writing with its writer and its readers before the verb (stop 63, "speakers2"): "A memo from <Co> boss <Person>
#: to employees said", "An email from <Person>, the chief executive, to staff read": the writer speaks.
_WRITING_FROM_TO = re.compile(
    _WRITING_NP + r"\s+"
    r"(?:(?:sent|written|addressed|circulated)\s+)?from\s+(?P<who>(?-i:[A-Z])[^;:“”\"\n]{2,90}?)\s+to\s+"
    r"(?:[\w’'-]+,?\s+){1,6}?(?P<verb>said|says|read|reads|stated|states|added|noted|explained|warned)\b",
    re.IGNORECASE,
)
#: "they said" with no noun (stop 63, "speakers2"): after two people named together who open their sentence, the two.
_THEY_SAID = re.compile(
    r"\b(?-i:[Tt])hey\s+(?:(?:also|jointly|have|had|then|later)\s+)?"
    r"(?P<verb>said|say|wrote|write|added|told|stated|noted|explained|argued|warned)\b",
    re.IGNORECASE,
)
#: The words that may open a sentence before its subject: "On Monday, ", "In a letter, ", "Last week ".
_SUBJECT_LEAD = re.compile(r"(?:(?:[\w’'-]+\s+){1,5}?[\w’'-]+,\s+)?")
_FINANCIAL = re.compile(
    r"\s+(?:(?:a|an|its|their|record|higher|lower|strong|weak|quarterly|annual|first-quarter|second-quarter|"
    r"third-quarter|fourth-quarter|net|total|operating|adjusted|"
    # a sum before the result: "reported a $900-million quarterly loss", "a $2 billion profit"
    r"(?:US)?[$€£][\d.,]+(?:[\s-](?:billion|million|bn|mn|m))?)\s+)*"
    # describing words before the result: "reported disastrous vehicle deliveries"
    r"(?:(?!that\b|the\b|on\b|in\b)[a-z-]+\s+){0,2}?(?:revenue|revenues|sales|earnings|"
    r"profits?|loss(?:es)?|income|results|growth|margins?|turnover|ebitda|deliveries|shipments|bookings)\b"
    # a count as of a date: "the 90,000 staff the company reported as of June 30"
    r"|\s+as\s+of\b",
    re.IGNORECASE,
)
#: An act done to a company or person, right before its name: "the acquisition of X adds", "the
#: departure of X leaves": the sentence's subject is the act, never X.
_ACT_OF = led(
    r"\b(?:acquisitions?|purchases?|takeovers?|buyouts?|sale|merger|addition|integration|departure|exit|"
    r"appointment|ouster|hiring|acquiring|buying|spin-?off|listing)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "add" with a thing as its object is no reporting verb: "the deal adds a major oil field", "assets
#: add another position", "will add the Stabroek block", "losses have added up to"; nor after a
#: modal or "to" ("will add", "would add to pressure") unless a clause or quotation follows.
_ADD_OBJECT = re.compile(
    r"\s+(?:(?:a|an|another|more|new|extra|up|to|some|several)\b|[\d$€£])", re.IGNORECASE
)
_ADD_MODAL = re.compile(r"\b(?:will|would|could|can|may|might|to)\s+$", re.IGNORECASE)
_ADD_CLAUSE = re.compile(r"\s*(?:that\b|[:,]?\s*[“\"‘])")
#: A post held at an organization, right before its name: "Fund manager at Tallow shareholder ", "an
#: analyst at ", "one economist with " (a spokesperson speaks for the company: not here).
_AFFILIATED = re.compile(
    r"(?<![\w’'-])(?P<post>(?:(?P<det>an?|one|another)\s+)?(?:(?:senior|chief|lead|former|top|equity|"
    r"investment|market)\s+)?(?:analyst|(?:fund|portfolio|investment|money|asset)\s+manager|economist|"
    r"strategist|banker|trader|professor|researcher|lawyer|employee|engineer|staffer))\s+(?P<prep>at|with|from)\s+"
    r"(?:the\s+)?(?:[\w&’'.-]+\s+){0,3}?$",
    re.IGNORECASE,
)
#: What a name is, said before it: "the data provider Quarry", "news agency Kesta", "the research firm X".
_OUTLET_NOUNS = frozenset(
    {"agency", "newspaper", "daily", "weekly", "tabloid", "broadsheet", "magazine", "broadcaster", "outlet"}
    | {"publication", "website"}
)
#: What a name is, told before it: "the data provider ", "news agency ", "the Dutch newspaper ", "French
#: daily " (a nationality may be capitalized; stop 46).
_DESCRIBED_NAME = re.compile(
    r"(?:the\s+)?(?:[a-z][\w-]*\s+|(?-i:[A-Z][a-z]+(?:an|ish|ese|ch|i)\s+)){0,2}(?P<noun>provider|firm|"
    r"consultancy|agency|tracker|newspaper|daily|weekly|tabloid|broadsheet|magazine|broadcaster|outlet|"
    r"publication|website)\s+(?=[A-Z])"
)
#: An outlet's head after its name, before the verb: "the state-run Kesta news agency reported".
_OUTLET_HEAD_END = re.compile(
    # "the Ledger Markets blog had reported" (stop 57): a publisher's blog is an outlet too
    r"\s+(?:news\s+agency|news\s+service|wire\s+service|newspaper|daily|broadcaster|blog)$"
)
_SPEAKING_TYPES = (EntityType.ORG, EntityType.OUTLET)
#: A sentence whose subject is a statement, up to its verb: "A statement from X, the chair, thanked".
_STATEMENT_SUBJECT = re.compile(
    r"\s*(?:In\s+)?(?:a|an|the|its|their)\s+(?:joint\s+|brief\s+|short\s+)?(?:statement|press\s+release|"
    r"letter|memo)\s+(?:from|by|issued\s+by)\s+[^.;:!?“”\"]{1,120}$",
    re.IGNORECASE,
)
#: An unnamed source counted as one: a bare verb after it ("an investor call") is a noun, not its verb.
_ONE_OF = re.compile(r"(?:a|an|another)\s", re.IGNORECASE)
_WHICH_END = re.compile(
    r",\s+(?:which|who)\s+(?:\w+ly\s+|also\s+|later\s+|has\s+|had\s+)?"
    # "..., which only weeks ago announced", "..., who last week said", "..., which on Monday said"
    r"(?:(?:(?:barely|just|only|about|some)\s+)?(?:a|an|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|"
    r"months?|years?)\s+ago\s+|(?:last|this|earlier\s+this)\s+(?:week|month|year)\s+|on\s+(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\s+)?$",
    re.IGNORECASE,
)
#: A sentence that opens with its subject and a relative clause set off by commas, right before the verb
#: ("The company, which makes A, B and C, among other things, believes"; the clause may hold commas).
_SUBJECT_RELATIVE = re.compile(
    r"\s*(?P<np>[^,;:“”\"\n]{1,60}?)\s*,\s+(?:which|who)\s[^;:“”\"\n]{1,200},\s*(?:\w+ly\s+)?"
    # "The authorities, which hold 12%, last week said": when, between the clause and the verb; "X, who
    # plans to retire, had called ...": an auxiliary
    r"(?:(?:last|this|earlier\s+this|on)\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\s+)?(?:(?:had|has|have)\s+(?:\w+ly\s+)?)?",
    re.IGNORECASE,
)
#: A quotation that opens its sentence, with its closing mark and comma: '“We grew,” '.
_QUOTE_OPENS_SENTENCE = re.compile(r"\s*[“\"][^“”\"\n]{1,2000}[,.!?]?[”\"],?\s+")
#: "cites anonymous sources who say ...": the sources before a restrictive "who" are the subject
_PERSON_OF_GAP = re.compile(r",?\s+(?:of|at|from)\s+(?:the\s+)?")
_SUED_BEFORE = re.compile(
    r"\b(?:sued|sues|suing|(?:filed|files|filing|brought|brings)\s+(?:a\s+|an?\s+\w+\s+)?(?:law)?suit)\b[^.;:“”\"]*$",
    re.IGNORECASE,
)
_THE_BEFORE = re.compile(r"(?<![\w’'])the\s+$", re.IGNORECASE)
#: A company told by what it makes: "the company behind the popular ChatGPT", "the startup that built
#: Claude". The product named there is the company's work, never the speaker.
_MAKER_OF = led(
    r"\b(?P<np>the\s+(?:" + _ORG_MOD + r"\s+){0,3}?(?:" + _ORG_ANAPHORS + r"))\s+(?:behind|"
    r"(?:that|which|who)\s+(?:makes|made|built|builds|created|creates|developed|develops|runs|owns|launched))"
    r"\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+$",
    re.IGNORECASE,
)
#: A company told by what it owns or makes, before its verb or after it: "the maker of Skylark said", "said
#: the owner of the Harbour Pay app", "The proprietor of Alder and Finch gin said". The names
#: after "of" are its goods or units, never the speaker (`_owner_of`).
_OWNER_NOUNS = (
    r"maker|makers|owner|owners|proprietor|parent|parent\s+company|operator|developer|publisher|creator|"
    r"producer|manufacturer|distributor|distiller|brewer|seller|company\s+behind|firm\s+behind"
)
_OWNER_OF_END = re.compile(
    r"(?<![\w’'])(?P<np>the\s+(?:[\w’'-]+\s+){0,2}?(?:" + _OWNER_NOUNS + r"))\s+of\s+"
    r"(?P<what>[^.;:!?“”\"\n]{1,90}?)\s*$",
    re.IGNORECASE,
)
_OWNER_OF_AT = re.compile(
    r"(?P<np>the\s+(?:[\w’'-]+\s+){0,2}?(?:" + _OWNER_NOUNS + r"))\s+of\s+(?P<what>(?:the\s+|its\s+)?"
    r"(?:[\w’'&.-]+\s+){0,5}?[\w’'&.-]+?)(?=[,.;:!?]|\s+(?:said|says|added|adds|told|tells|wrote|writes|"
    r"stated|noted|explained|commented|announced|confirmed)\b|\s*$)",
    re.IGNORECASE,
)
#: Right before a backer of a round or a deal: "led by ", "supported by ", "existing investors ", "apart from
#: " (a list of backers goes on after one: "A and B", "A (B)", `_backer`).
_BACKER_BEFORE = re.compile(
    r"(?:\b(?:led|backed|supported|joined|funded|financed|underwritten)\s+by|\binvestors?|\bbackers?|"
    r"\bapart\s+from|\balong\s+with|\balongside|\bas\s+well\s+as|\bparticipation\s+(?:from|of)|"
    r"\b(?:included|including|includes|include))\s+(?:(?:the|new|existing|other|previous|earlier)\s+){0,2}"
    r"(?:(?:investors?|backers?)\s+)?(?:(?:such\s+as|like|including)\s+)?(?:[A-Z][\w’'.-]*(?:’s|'s)\s+)?$"
)
#: Right after a backer that is its sentence's subject: "X led the round", "X also joined the financing".
_BACKER_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|also|will)\s+){0,2}(?:led|co-led|backed|joined|funded|financed|participated\s+in)\s+"
    r"(?:the|this|its|their)\s+(?:[\w$.-]+\s+){0,3}?" + ROUND_NOUN + r"\b",
    re.IGNORECASE,
)
_BACKER_CHAIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\(\s*|\)\s*,?\s*(?:and\s+)?)$")
#: Between a company and what it makes, owns or runs: "Tallow, which makes ", "Tallow, the owner of ", "Tallow's ".
_OWNS_BETWEEN = re.compile(
    r"(?:(?<=s)[’']\s+(?:[\w-]+\s+){0,2}?|[’']s\s+(?:[\w-]+\s+){0,2}?|,?\s+(?:which|that|who)\s+(?:also\s+)?(?:makes|made|owns|owned|produces|"
    r"produced|runs|operates|publishes|developed|develops|created|creates|built|builds|brews|distils|distills|sells|"
    r"launched)\s+(?:the\s+|its\s+)?(?:[^.;:!?“”\"\n]{0,60}?(?:,|\s+and)\s+)?|,\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:" + _OWNER_NOUNS + r")\s+of\s+(?:the\s+)?(?:[^.;:!?“”\"\n]{0,60}?(?:,|\s+and)\s+)?)$",
    re.IGNORECASE,
)
#: A board before the company it runs, opening a sentence: "The board of drone maker Tallow",
#: "The board of directors of Tallow".
_BOARD_OF = re.compile(
    r"(?:the\s+)?board(?:\s+of\s+directors)?\s+(?:of|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?", re.IGNORECASE
)
#: Between a product and the company named as its maker: "ChatGPT-maker Tallow", "Skylark maker Tallow".
_MAKER_GAP = re.compile(r"(?:-|\s+)(?:maker|developer|creator|owner|parent)\s+", re.IGNORECASE)
#: An organization named as an example of others: "businesses, including Huawei", "rivals such as Tallow".
_EXAMPLE_BEFORE = re.compile(r"\b(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?$", re.IGNORECASE)
#: A name further on in a list of examples or of what a company makes: "brands such as Fjord soap and
#: Brisk cleaning sprays", "which makes Fjord soap, Brisk sprays and Kelp-a-Soup".
_EXAMPLE_LIST = re.compile(
    r"\b(?:including|such\s+as|among\s+them|notably|(?:which|that|who)\s+(?:makes|made|produces|owns|sells))"
    r"\s+(?:(?!(?:which|who|said|says)\b)[^.;:!?“”\"()\n]){0,100}$",
    re.IGNORECASE,
)
#: Where words were given, between the subject and its verb: " in a post on X", ", in a memo to staff,",
#: " on LinkedIn", " in a post on X, which Stark shared," (its own relative clause included).
_WHERE_SAID_END = re.compile(
    r"(?:,?\s+in\s+(?:a|an|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:post|posts|tweet|message|thread|memo|letter|"
    r"note|email|e-mail|video|blog\s+post)(?:\s+(?:on|to)\s+(?:the\s+)?[\w&’'.-]+(?:\s+[\w&’'.-]+){0,2}?)?"
    r"|\s+on\s+(?:X|Twitter|LinkedIn|Threads|Facebook|Instagram|Bluesky|Weibo|WeChat|YouTube|TikTok)"
    # "Vey, speaking at a conference in Oslo, said", "Stark, speaking to reporters on Monday, said"
    r"|,\s+(?:speaking|talking|writing)\s+(?:at|to|on|in|during|with|after|before)\s+[^,;:“”\"]{1,80}"
    # "Stark, with a career of over 30 years, has announced": a description of the subject set off
    r"|,\s+with\s+(?:a|an|his|her|its|their|more\s+than|over|nearly|almost|some)\s+[^,;:“”\"]{1,80},)"
    r"(?:,\s+(?:which|that)\s+[^,;:“”\"]{1,80})?,?\s*$"
)
#: What each branch of _WHERE_SAID_END (case-sensitive) cannot match without: the noun of a post or
#: memo, the platform's name, or "speaking"/"talking"/"writing" (a substring test before the search).
_WHERE_SAID_NEEDS = (
    "post", "tweet", "message", "thread", "memo", "letter", "note", "email", "e-mail", "video",
    "X", "Twitter", "LinkedIn", "Threads", "Facebook", "Instagram", "Bluesky", "Weibo", "WeChat", "YouTube",
    "TikTok", "speaking", "talking", "writing", ", with ",
)  # fmt: skip
#: An aside about the one before it: ", who ... ," or " - who ... -" (a person told of there is not
#: the sentence's subject).
_WHO_ASIDE = re.compile(
    r"(?<=\w)(?:,\s+who\s+[^,;:“”\"]{1,150}?,|\s+[-–—]\s+who\s+[^;:“”\"–—-]{1,150}?\s[-–—])"
)
#: A relative clause between the subject and its verb, set off by commas or by dashes: "Sundar Pichai,
#: who ..., said", "The CEO - who replaced the founder - explained".
_RELATIVE_APPOSITIVE = re.compile(
    r"(?<=\w)(?:,\s+who\s+[^,;:“”\"]{1,150}?,|\s+[-–—]\s+who\s+[^;:“”\"–—]{1,150}?\s[-–—])\s*$"
)
#: An anonymous source that names no side: people or sources familiar with, close to, briefed on or with
#: knowledge of "the matter", "the deal", "the talks" (not "people close to Tallow", "one investor in the round").
_PLAIN_ANONYMOUS = led(
    r"(?:(?:one|a|an|two|three|four|five|several|some|other|multiple)\s+)?(?:people|persons?|individuals?|sources?)"
    r"\s+(?:familiar(?:\s+with)?|aware\s+of|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|"
    r"knowledgeable\s+about|in\s+the\s+know)(?:\s+the\s+(?:matter|deal|talks|negotiations|discussions|"
    r"transaction|situation|plans?|process))?",
    re.IGNORECASE,
)
#: A definite unnamed source that takes up the anonymous one cited before: "the people", "the same source";
#: a counted one after "the" ("the three sources said").
#: A verb (or "its", a preposition) before an organization in its sentence: the organization is no
#: subject ("Its founders will join Y", "... along with its team, will join Y").
_OBJECT_LEAD = re.compile(
    r"\b(?:will|would|has|have|had|is|are|was|were|join|joins|joined|joining|to|with|from|by|for|of|"
    r"at|in|on|its|their)\b"
)
#: A body's people told by the body's noun: "the start-up's executives", "the company’s engineers".
_OWNER_ANAPHOR_GROUP = re.compile(
    r"[Tt]he\s+(?:company|firm|startup|start-up|group|bank|lender|carmaker|automaker|chipmaker|retailer|"
    r"insurer|airline|lab)(?:’s|'s)\s+[a-z]+"
)
#: After "wrote": a check or a cheque written to someone ("wrote Tallow a check for $2.7 billion").
_WROTE_CHECK = re.compile(
    r"\s+(?:[\w.&’'-]+\s+){0,3}?(?:a|an|the)\s+(?:[\w$.,-]+\s+){0,2}?(?:check|cheque)s?\b", re.IGNORECASE
)
#: Before "referring to" as a translated wire's "citing": a comma or a verb of reporting ("Report
#: informs referring to the Ledger", "..., referring to the Ledger").
_REFERRING_LEAD = re.compile(r"(?:,|\b(?:informs|informed|reports|reported|says|said|writes|wrote))\s+$")
#: What a thing is called, right after it: " as a “partnership”" ("referring to the deal as ...").
_NAMED_AS = re.compile(r"[ \t]+as\b")
#: A joint statement a sentence tells of: "in a joint statement", "in their joint release".
_IN_JOINT_DOC = re.compile(
    r"\bin\s+(?P<np>(?:a|an|their|its)\s+joint\s+(?P<doc>statement|press\s+release|release|announcement))\b",
    re.IGNORECASE,
)
#: A sentence that tells of a company by its noun: "The company set aside ...", "the firm's plan".
_COMPANY_WORDS = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:company|firm)\b")
#: An outlet's scoop, after its name: "was first to report", "was the first to break", "was among the
#: first to report", "was one of the first outlets to report".
_FIRST_TO_REPORT = re.compile(
    r"\s+(?:was|were|had\s+been)\s+(?:among\s+the\s+|one\s+of\s+the\s+|the\s+)?first"
    r"(?:\s+(?:outlets?|publications?|media|news\s+outlets?))?\s+to\s+(?:report|break)\b",
    re.IGNORECASE,
)
#: A statement's maker as the agent of a passive: "The announcement has been made by a spokesperson for
#: Tallow", "a statement was made by its chairman" (the noun of what was said, then "made by").
_MADE_BY = re.compile(
    r"\b(?:announcement|statement|confirmation|disclosure|comments?|remarks?)\b[^.;:!?“”\"\n]{0,80}?\s"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?made\s+by\s+",
    re.IGNORECASE,
)
#: Outlets as the agents of a passive report, with a time or an adverb between the verb and "by" ("has
#: been confirmed within hours by Bloomberg") or a list after the media ("confirmed by other
#: media, such as A, B or C": each of them). Group `list`: the outlets follow as a list.
_MEDIA_BY = re.compile(
    r"\b(?:reported|confirmed|covered|echoed|corroborated)\s+"
    r"(?P<gap>(?:over|in|during|within|since|on|at|for)\s+[^,.;:!?“”\"\n]{1,30}?\s+|(?:\w+ly|also|later|too)\s+|"
    r"(?:earlier|later)\s+(?:this|last|that|in\s+the)\s+(?:week|month|year|day)\s+|"
    # "reported earlier Monday by the Ledger", "confirmed late on Sunday by" (stop 53)
    r"(?:earlier|later|early|late)\s+(?:on\s+)?(?:" + _WEEKDAYS + r"|today|yesterday|tonight)\s+)?"
    r"by\s+(?P<list>(?:(?:several|other|many|various|multiple|some|numerous)\s+)?(?:(?:news|media)\s+)?"
    r"(?:media|outlets|publications|newspapers|news\s+organi[sz]ations)\s*,?\s+(?:such\s+as|including|like)\s+)?",
    re.IGNORECASE,
)
#: A named teller of a point set off by "as": "as the Ledger points out, ...", "as Ruiz pointed out"
#: (stop 53); the phrase between "as" and the verb must be a source by itself ("as the market points out"
#: is none).
_AS_POINTS_OUT = re.compile(
    r"\bas\s+(?P<who>(?:[\w’'&.-]+\s+){0,5}?)(?:has\s+|had\s+)?(?:points|point|pointed)\s+out\b",
    re.IGNORECASE,
)
#: A group's stance told at the opening of its sentence: "Investors are excited about ...", "Many analysts
#: were sceptical" (stop 53; a closed class of stance words, never "investors are expected to").
_GROUP_STANCE = re.compile(
    r"\s*(?P<np>(?:[\w’'-]+\s+){0,3}?[A-Za-z]+)\s+(?:are|were|seem|seemed|appear|appeared|remain|remained)\s+"
    r"(?:(?:very|deeply|highly|largely|broadly|still|also|now|increasingly|less|more|clearly)\s+)?"
    r"(?:excited|enthusiastic|optimistic|upbeat|bullish|bearish|pessimistic|sceptical|skeptical|doubtful|"
    r"wary|cautious|worried|nervous|concerned|unconvinced|unimpressed|divided|confident)\b",
    re.IGNORECASE,
)
#: What a sentence must hold for `DATA_SHOWED` to be tried there (lower case).
_DATA_GATE = tuple(f"{noun} " for noun in DATA_NOUNS)
_STANCE_GATE = (" are ", " were ", " seem", " appear", " remain")
#: An outlet that relayed a document or words, set off as an aside: "In a filing this week, quoted by
#: Reuters, Tallow detailed ..." (the outlet is cited, `relayed-by`; never the speaker).
_QUOTED_BY_ASIDE = re.compile(r",\s+(?P<w>(?:as\s+)?(?:quoted|cited|seen)\s+by\s+)")
#: "X shared its plans to invest ...", "shared their intention to": a plan made public is X's statement
#: (elsewhere "shared" cues only a quotation: "X shared: “...”").
_SHARED_PLANS = re.compile(r"\s+(?:its|their|his|her)\s+(?:plans?|intentions?)\s+(?:to|for)\b")
#: Documents lodged with a body, in the plural and with no owner named: "filings with the Securities and
#: Exchange Commission", "regulatory filings to the exchange".
_FILINGS_WITH = re.compile(
    r"(?:(?:regulatory|securities|public|court)\s+)?(?P<doc>filings)\s+(?:with|to)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: Reports or outlets as an unnamed source, none of them named: "reports", "multiple reports", "media
#: reports", "several US media outlets", "multiple outlets" (`Attributor._no_outlet_named`).
_UNNAMED_OUTLETS = re.compile(
    r"(?:(?:multiple|several|numerous|various|some|many|conflicting|unconfirmed|other|recent)\s+)?"
    r"(?:(?-i:[A-Z])[\w.-]*\s+)?(?:(?:media|news|press)\s+)?(?:reports|outlets)",
    re.IGNORECASE,
)
_ACCORDING_TO_A_REPORT = re.compile(
    r"according\s+to\s+an?\s+(?:(?:new|recent|media|news|press)\s+)?report", re.IGNORECASE
)
#: A conjunction that opens a clause of time or reason, right before a pronoun: "a month after she".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|since|until|once|because|while)\s+$", re.IGNORECASE)
#: "as", "and", "but" or a comma right before a clause's subject (with `_SUBORDINATE_BEFORE`, what opens a clause).
_COORDINATE_BEFORE = re.compile(r"(?:\b(?:as|and|but)|[,;])\s+$", re.IGNORECASE)
#: "what it called", "what it described as" (stop 58): the "it" right after "what".
_WHAT_BEFORE_IT = re.compile(r"\bwhat\s+$", re.IGNORECASE)
#: A preposition right before a name (its object), "the" allowed between: "applied to the ", "a stake in ".
#: Not "by": the agent of a passive is its subject ("was bought by Tallow").
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:to|from|for|at|about|against|between|into)\s+(?:the\s+)?$", re.IGNORECASE
)
#: The word right before a trade noun: "equipment " in "video surveillance equipment maker".
_WORD_BEFORE = re.compile(r"\b([\w-]+)\s+$")
#: A post two people share, in the plural, right before them: "Quarry Research analysts ", "co-founders ".
_PLURAL_POST_END = re.compile(
    r"(?:[A-Z][\w&’'.-]*\s+){0,3}(?:analysts|executives|co-founders|founders|economists|strategists|"
    r"researchers|co-chief\s+executives|co-CEOs)\s+$"
)
#: Between two outlets of a list: ", ", ", and ", " or ".
_LIST_NEXT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")
#: An outlet's class noun after its name in a list: "the Kesta agency", "the Ledger network".
_OUTLET_NOUN_AFTER = re.compile(
    r"\s+(?:news\s+)?(?:agency|network|channel|newspaper|daily|paper|broadcaster|magazine|website|outlet)\b"
)
#: Unnamed sources right before "tell me", "told us": "Sources also tell me", "people close to it told us".
_SOURCES_TELL = re.compile(
    r"\b(?:sources|insiders|people)\s+(?:[a-z]+ly\s+|also\s+|have\s+)?$", re.IGNORECASE
)
#: A document's subject set off from its verb by a stray comma: "A statement from Tallow, noted".
_STRAY_COMMA_SUBJECT = re.compile(
    r"\s*(?P<np>(?:an?|the|its|their)\s+(?:joint\s+|brief\s+|short\s+)?(?:statement|press\s+release|release|"
    r"letter|memo|announcement)\s+(?:from|by|issued\s+by)\s+[^,.;:!?“”\"\n]{1,80}),\s+",
    re.IGNORECASE,
)
#: A definite back-reference to an unnamed source: "the person", "the German source", "the officials".
_DEFINITE_BACK = re.compile(
    r"[Tt]he\s+(?P<mods>(?:[\w-]+\s+){0,2}?)(?P<head>source|person|official|insider|sources|people|officials|"
    r"insiders)"
)
#: Unnamed sources with no determiner ("Sources said"), and one of them later ("according to one source").
_BARE_PLURAL = re.compile(
    r"(?:(?:unnamed|anonymous|unidentified)\s+)?(?:sources|insiders|people|officials)", re.IGNORECASE
)
#: A body's kind written before its name, opening a sentence: "The defense startup ", "Chip company ".
_KIND_BEFORE_NAME = re.compile(
    # "The defense startup Tallow", "Korean chip maker Tallow", "South Korean chip maker Tallow" (stop 55)
    r"(?:The\s+|(?:[A-Z][a-z-]+\s+){1,2})?(?:(?!(?:in|of|at|for|with|from|by|to|and|or|on|the)\s)[a-z][\w-]*\s+){0,3}?(?:"
    + _ORG_ANAPHORS
    + r")\s+"
)
#: The words of a comparison before a group: "weaker than ", "more than most ".
_THAN_BEFORE = re.compile(r"^(?:[\w’'-]+\s+){0,4}?than\s+(?=\S)", re.IGNORECASE)
#: A body's kind between its country and its name: "US parcel delivery giant UPS" (after "US").
_KIND_AFTER_PLACE = re.compile(
    r"[ \t]+(?:(?!(?:in|of|at|for|with|from|by|to|and|or|on|the)\s)[a-z][\w-]*[ \t]+){0,3}?(?:"
    + _ORG_ANAPHORS
    + r")[ \t]+"
)
#: Bodies in the plural that announced something, then the list of them: "companies that have announced
#: layoffs this year, including " (each body listed after it is cited).
_ANNOUNCED_INCLUDING = re.compile(
    r"\b(?:companies|firms|businesses|employers|retailers|banks|lenders|groups|rivals|carmakers|automakers)\s+"
    r"(?:that|which)\s+(?:have\s+|had\s+|also\s+|recently\s+|already\s+){0,2}announced\s+"
    r"[^.;:!?“”\"\n,]{1,80},?\s+(?:including|such\s+as|like|among\s+them)\s+"
)
#: Unnamed sources told in short, with no description: "sources", "insiders", "people" (not officials).
_SOURCES_IN_SHORT = re.compile(
    r"(?:(?:unnamed|anonymous|unidentified)\s+)?(?:sources|insiders|people)", re.IGNORECASE
)
_ONE_BACK = re.compile(
    r"one\s+(?:of\s+(?:the|them|these|those)\s+)?(?:source|sources|person|people|insider|insiders|official|officials)",
    re.IGNORECASE,
)
#: An unnamed source introduced: "a German government source", "one official", "two people".
_INTRODUCED = re.compile(r"(?P<det>an?|one|two|three|four|five|several|some)\s", re.IGNORECASE)
_TAKEN_UP = re.compile(
    r"(?:the|these|those)\s+(?:same\s+)?(?:people|persons?|sources?|insiders?)", re.IGNORECASE
)
_COUNTED_BACK = led(r"(?:two|three|four|five|six|both)\s+(?:people|persons|sources|insiders)", re.IGNORECASE)
_WHO_END = re.compile(r"(?<=\w)\s+who\s+(?:\w+ly\s+|also\s+|have\s+|had\s+)?$")
#: "Stark was quoted as saying": the subject before it said the words (a wire's form).
_QUOTED_AS_END = re.compile(
    r"(?<=[\w,])\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+|later\s+)?quoted\s+"
    r"(?:[\w’'.-]+\s+){0,6}?as\s+$",
    re.IGNORECASE,
)
#: "was quoted by the Ledger as " right before "saying": the outlet that quoted the subject (`rest`).
_QUOTED_BY_AS = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:also\s+|later\s+)?quoted\s+by\s+(?:the\s+)?(?P<rest>(?:[\w’'.&-]+\s+){1,5}?)"
    r"as\s+$",
    re.IGNORECASE,
)
_ADVERBS_END = re.compile(_ADVERBS + r"\s*$")
_LY_WORD = re.compile(_LY_ADVERB)
_BE_FORM = re.compile(r"\b(?:is|are|was|were|been|being|be)\b", re.IGNORECASE)
_ADVERB_SET = frozenset(_ADVERB_WORDS.split("|"))
_WEEKDAY_SET = frozenset(_WEEKDAYS.split("|"))
_RIC_WORD = re.compile(_RIC)

# --- cheap tests before an end-anchored search ---------------------------------------------------------
# A pattern anchored at the end of a window ("...\s+$", "...(?:heads)$") is tried at every position of
# the window; most windows cannot match, because the word they end with is not one the pattern ends
# with. These tests are necessary conditions only: when one passes, the pattern itself decides.


def _endings(alternatives: Iterable[str]) -> tuple[tuple[str, ...], int]:
    """The last words of a pattern's alternatives (lower case) and the longest one's length."""
    last = tuple(sorted({a.lower().split()[-1] for a in alternatives if a.strip()}))
    return last, max(map(len, last), default=0)


def _may_end_with(text: str, lo: int, end: int, endings: tuple[tuple[str, ...], int], space: bool) -> bool:
    """Could a case-insensitive pattern whose match ends with one of `endings` (followed by white space
    to the window's end when `space`, else right at `end`, or before a final newline) match in
    text[lo:end]?"""
    j = end
    if space:
        while j > lo and text[j - 1].isspace():
            j -= 1
        if j == end:
            return False
    elif text[end - 1 : end] == "\n":
        return True
    words_, longest = endings
    tail = text[max(lo, j - longest) : j]
    if "\u0130" in tail or "\u0131" in tail or "\u017f" in tail or "\u212a" in tail:
        return True
    return tail.lower().endswith(words_)


def _window_has(text: str, lo: int, end: int, needed: tuple[str, ...], low_text: str | None = None) -> bool:
    """Could a case-insensitive pattern that needs one of the lower-case words `needed` match inside
    text[lo:end]? (A fold letter in the window: the pattern runs.) `low_text`, the lower-cased text
    of a text without fold letters (Attributor.low_text), saves lowering the window when every
    needle is ASCII (a slice of it holds the same ASCII words as the window lowered)."""
    if low_text is not None and _all_ascii(needed):
        return any(map(low_text[lo:end].__contains__, needed))
    window = text[lo:end]
    if "\u0130" in window or "\u0131" in window or "\u017f" in window or "\u212a" in window:
        return True
    return any(map(window.lower().__contains__, needed))


@functools.cache
def _all_ascii(needles: tuple[str, ...]) -> bool:
    return all(n.isascii() for n in needles)


@functools.cache
def _anonymous_needs() -> tuple[str, ...]:
    """A word every anonymous-source phrase holds: a lexicon phrase's last word, or one of the words
    the "people familiar with ..." and "sources speaking to ..." forms of the pattern require."""
    fixed = ("familiar", "aware", "acquainted", "close", "privy", "briefed", "knowledge", "involved", "knowledgeable",
             "speaking", "talking", "spoke", "talked", "spoken", "know", "identified", "named",
             "outlets")  # fmt: skip
    lexicon = {p.lower().split()[-1] for p in words("reporting_verbs", "anonymous") if p.strip()}
    return fewest_needles(sorted(set(fixed) | lexicon))  # "know" stands in for "knowledge" too


@functools.cache
def _unnamed_needs() -> tuple[str, ...]:
    """A word every unnamed source holds: the last word of one of its heads ("employee", "analyst")."""
    return fewest_needles(
        sorted({h.lower().split()[-1] for h in words("reporting_verbs", "unnamed_heads") if h.strip()})
    )


@functools.cache
def _document_endings() -> tuple[tuple[str, ...], int]:
    """The last words of the documents (the lexicon's), which "doc_before" ends with."""
    return _endings(mapping("reporting_verbs", "documents"))


_ORG_ANAPHOR_ENDINGS = _endings(_ORG_ANAPHORS.split("|"))
_ORG_ANAPHOR_SET = frozenset(_ORG_ANAPHORS.split("|"))
#: A brief's starred line ("* COPPER OUTPUT SEEN 8% LOWER"), and what may stand between the body's name
#: and the colon closing the line before the first ("Kestrel Mining Ltd:", "Tallow Financial Corp:").
_STAR_LINE = re.compile(r"[*•][ \t]")
_BRIEF_NAME_TAIL = re.compile(r"(?:,?[ \t]+[A-Z][\w.&-]*){0,3}[ \t]*")
_GROUP_ENDINGS = _endings(_GROUP_HEADS)
#: The descriptor of a company's auditor or law firm ("its auditor, <Firm>"): a tag no noun of the text can be, so
#: that "the rival" or "the firm" is never resolved to it by that tag; like a rival, it is never "the company".
_SERVICE_TAG = "(the company's service)"
#: The descriptors of a company named near "the company" that is not it: a rival, an auditor or a law firm.
_NOT_THE_COMPANY = frozenset({"rival", _SERVICE_TAG})
_RIVAL_ENDINGS = _endings(["as", "like", "including", "rival", "rivals", "competitor", "competitors"])
#: An aside between commas that is a prepositional phrase, not a name: ", in a memo to staff Wednesday,".
_PP_ASIDE = re.compile(r",\s+(?:in|on|at|during|after|before|through|via|with|from|by|over)\s", re.IGNORECASE)
_APPOSITIVE_END = re.compile(r",\s[^,]{1,80},\s*$")
#: A subject's description set off by commas, opened by "a" or "an", up to 220 characters:
#: "Tallow, a two-year-old robot maker that has no product yet but wants ..., announced".
_LONG_APPOSITIVE_END = re.compile(r"(?<=\w),\s+(?:a|an)\s[^,;:“”\"()]{1,220},\s*$")


#: A verb of deciding and "to" right before a verb: "decided to reject", "voted to approve", "opted to
#: accept": the verb after it is an act the body took, never its saying (stop 52).
_DECISION_TO_BEFORE = re.compile(
    r"\b(?:decide[sd]?|deciding|voted|votes?|voting|chose|choose|chooses|opted|opts?|resolved|resolves?)\s+to\s+$",
    re.IGNORECASE,
)


_APPOSITIVE_GAP = re.compile(r"\.?\s*,\s*")
_SENTENCE_END_IN = re.compile(r"(?<=[a-z]{2}[.!?])\s|\n[ \t]*\n")
_CAPITAL_WORD = re.compile(r"(?-i:[A-Z])[\w.]*")
#: "the South Korean company", "the U.S. chipmaker": a place adjective right before the noun of a
#: back-reference (stop 53)
_PLACE_BEFORE_NOUN = re.compile(r"(?P<place>(?-i:[A-Z])[\w.]*)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*$")
#: A country's code told as a back-reference's place ("the U.S. chipmaker"): entities.COUNTRY_CODES and the union's.
_COUNTRY_CODES = COUNTRY_CODES | {"EU", "E.U."}


def _place_word(np: str) -> str:
    """The demonym or country code of a back-reference ("Korean" in "the South Korean company", "U.S."
    in "the U.S. chip maker"), else ""."""
    m = _PLACE_BEFORE_NOUN.search(np)
    if m is None:
        return ""
    place = m.group("place")
    return place if place in tables().demonyms or place in _COUNTRY_CODES else ""


def _same_place(word: str, place: str) -> bool:
    """Is the capitalised word the place a demonym tells ("Korea", "Korea’s", "Korean" for "Korean";
    "U.S." for "U.S.")? A country's code is told only by itself; a demonym by `entities.same_land`."""
    if place in _COUNTRY_CODES:
        return word == place
    return same_land(word.rstrip("."), place)


def org_opening(
    text: str, mentions: list[EntitySpan], starts: list[int], lo: int, hi: int
) -> EntitySpan | None:
    """The organization the sentence text[lo:hi] opens with (its subject), else None: the one owner of whom a
    sentence's "It" (attribution's "It said", quote_speakers' "It’s buying “...”") and a company anaphor opening the
    next sentence stand for. A lead phrase may stand before it ("However, ", "In a statement, ", a dateline); a
    product's maker ("ChatGPT-maker Tallow"), a board's company ("The board of drone maker Tallow") and a name after
    its kind ("The defense startup Tallow") are that organization. `mentions` sorted by start, `starts` their
    starts."""
    if lo >= hi:
        return None
    k = bisect_left(starts, lo)
    if k < len(mentions) and mentions[k].start < hi:
        ms = mentions[k]
        at = ms.start
        if (
            ms.type == EntityType.PRODUCT
            and k + 1 < len(mentions)
            and _MAKER_GAP.fullmatch(text, ms.end, mentions[k + 1].start)
        ):
            ms = mentions[k + 1]  # "ChatGPT-maker Tallow", "the Skylark maker Tallow": Tallow
        lead = _LEAD_PHRASE.match(text, lo, at)
        if lead is not None and lead.end() < at:
            # "The board of drone maker Tallow says ...": the board speaks for Tallow
            lead = _BOARD_OF.fullmatch(text, lead.end(), at) or lead
        if ms.type == EntityType.ORG and lead is not None and lead.end() == at:
            # "Tallow's Independent Committee said ...": the committee opens the sentence, not Tallow (stop 56)
            return None if _OWNER_OF_COMMITTEE.match(text, ms.end) else ms
        if (
            ms.type == EntityType.ORG
            and lead is not None
            and _KIND_BEFORE_NAME.fullmatch(text, lead.end(), at)
        ):
            return ms  # "The defense startup Tallow raised ... It said": the name after its kind (stop 43)
    return None


def has_cue(text: str, start: int, end: int) -> bool:
    """Is there a reporting verb in text[start:end] ("the co-CEOs said"), resolved to a source or not?
    Not one a verb of deciding governs ("decided to reject the offer": an act)."""
    verb = _patterns()["verb"]
    pos = start
    while (m := verb.search(text, pos, end)) is not None:
        if not _DECISION_TO_BEFORE.search(text, max(start, m.start() - 24), m.start()):
            return True
        pos = m.end()
    return False


class _Hit:
    """A reporting verb found in a sentence (the shape of a regex match the patterns use)."""

    __slots__ = ("_end", "_start", "verb")

    def __init__(self, start: int, end: int, verb: str) -> None:
        self._start, self._end, self.verb = start, end, verb

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


@functools.cache
def _clause_only_verbs() -> frozenset[str]:
    """Verbs that cue a source only before a "that" clause or a quotation ("maintained that ...")."""
    return frozenset(v.lower() for v in words("reporting_verbs", "clause_only"))


@functools.cache
def _quote_only_verbs() -> frozenset[str]:
    """Verbs that cue a source only when a quotation follows them ("Stark continued, “…”")."""
    return frozenset(v.lower() for v in words("reporting_verbs", "quote_only"))


@functools.cache
def _group_only_verbs() -> frozenset[str]:
    return frozenset(v.lower() for v in words("reporting_verbs", "group_only"))


@functools.cache
def _quote_later_verbs() -> frozenset[str]:
    """Verbs that cue a source only when a quotation opens later in the sentence ("thanked")."""
    return frozenset(v.lower() for v in words("reporting_verbs", "quote_in_sentence"))


#: A quotation later in the sentence, of three words or more (not a scare-quoted term: "hailed the
#: “cloud computing” concept" quotes no one).
_QUOTE_LATER = re.compile(r"[^.!?“\"«]{0,160}[“\"«](?:[^”\"»\s]+\s+){2,}[^”\"»\s]")
#: Praise given in quoted words after "as" ('heralded the sale as an “important landmark”', 'hailed
#: it as “a new start”'): a stance told, even in a short quotation (a decimal point ends no sentence). The lookahead
#: (an opening mark within 400 characters, read possessively) only restates what the rest asks -- the "as" within 160
#: characters, its mark right after it (but for hundreds of spaces after "as") -- and fails at once where no mark is
#: near, so a scan of a long text with no quotation costs a step a character, not 160 (test_speaker_forms_s49.py).
_HAILED_AS_QUOTED = re.compile(
    r"(?=[^“\"«]{0,400}+[“\"«])(?:[^.!?“\"«\n]|\.(?=\d)){0,160}?\bas\s+(?:an?\s+|the\s+)?[“\"«]\w"
)
#: "expect(s)" in the present: a paper's or market watchers' view ("the Ledger expects", "analysts
#: expect"), never a body's plan ("the two groups expect to complete the deal").
_EXPECTING = frozenset({"expect", "expects"})


def _watchers(name: str) -> bool:
    """Is a group named for market watchers ("analysts", "Wall Street economists")?"""
    return name.split()[-1].lower() in _WATCHER_HEADS


#: Advice told with what is advised ("advised customers to delete their data", "advised against
#: selling", "advised that buyers wait"): up to three words of the one advised, no preposition among
#: them ("advised Tallow on its bid to buy" is a deal role, no advice).
_ADVISING = frozenset({"advise", "advises", "advised"})
_ADVICE_AFTER = re.compile(
    r"\s+(?:(?!(?:on|in|for|about|over|with|during|by|at|of)\b)[\w’'-]+\s+){0,3}?"
    r"(?:to\s+(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]|against\b|that\b)",
    re.IGNORECASE,
)
#: A group's cheer (stop 63): a reaction told only with what it met, "cheered the news", "applauded the move" (never
#: "Investors have cheered." alone, nor "cheered at the opening").
_CHEERING = frozenset({"cheered", "cheer", "cheers", "applauded"})
_CHEERED_OBJECT = re.compile(
    r"\s+(?:the|a|an|its|his|her|their|this|that|these|those)\s+[a-z]", re.IGNORECASE
)
#: "weighed in" ("X has weighed in on the deal"): the phrasal verb of giving a view.
_WEIGHS_IN = re.compile(r"\s+in\b")
#: A view told in the viewer's own words right after the verb: 'he sees “some bumps on the road”' (a
#: quotation of three words or more), so a `group_only` verb of one person cues it.
_VIEW_QUOTED = re.compile(r"\s*[,:]?\s*[“\"«](?:[^”\"»\s]+\s+){2,}[^”\"»\s]")
_TELLS_YOU = re.compile(r"\s+(?:you|us|me)\b(?!\s*[,:]?\s*[“\"])", re.IGNORECASE)
#: After an unowned document, where it was sent (stop 51): " sent to the market regulator", " filed with the
#: exchange", " submitted to the Securities Commission" (a market's body by its noun; never a person: "a letter sent
#: to Kalanick" is no notice of the subject's).
_SENT_TO_BODY = re.compile(
    r"\s+(?:sent|filed|submitted|issued|made|delivered)\s+(?:to|with)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:regulators?|watchdog|supervisor|exchange|commission|authority)\b",
    re.IGNORECASE,
)
#: The kinds of a company's notice to a market: a statement, a filing, a release, a notice, an announcement.
_NOTICE_DOC = re.compile(r"\b(?:statement|filing|release|notice|announcement)\b", re.IGNORECASE)
#: A government named by its place after "of", right before the verb: "the government of Oslo ", "the government
#: of Nova Scotia " (stop 51).
_GOVERNMENT_OF_END = re.compile(
    r"(?<![\w’'])(?P<np>the\s+government\s+of\s+(?P<place>(?-i:[A-Z])[\w.’'-]{1,30}(?:\s+(?-i:[A-Z])[\w.’'-]{1,30})?))"
    r"\s*(?:(?:has|have|had|was|is)\s+)?$",
    re.IGNORECASE,
)
#: Between a name and its board, to the end of the voice's phrase: "('s) board", "'s board of directors" (stop 51).
_BOARD_AFTER_NAME = re.compile(r"(?:['’]s)?\s+board(?:\s+of\s+directors)?\s*$", re.IGNORECASE)
#: After "responded", the stance it tells (stop 51): " negatively to", " coolly to", " very angrily to".
_STANCE_RESPONSE = re.compile(
    r"\s+(?:(?:very|quickly|swiftly|publicly|firmly)\s+)?(?:negatively|positively|coolly|angrily|favou?rably|"
    r"critically|warmly|sharply|furiously|with\s+(?:concern|alarm|dismay|opposition|hostility))\b",
    re.IGNORECASE,
)
#: A negation right before a told opposition: "no ", "little ", "without any ", "no formal " (stop 51).
_NONE_BEFORE = re.compile(r"\b(?:no|little|without|any|lack\s+of)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
#: The passives of a figure's maker: "estimated by", "calculated by", "forecast by".
_ESTIMATE_INTROS = frozenset({"estimated by", "calculated by", "forecast by"})
#: A comparison right before such a passive: "higher than ", "as large as ", "than first " (stop 51).
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|as)\s+(?:(?:originally|initially|previously|first|earlier)\s+)?$", re.I
)
#: A word that "saying" may follow with no comma and still tell the clause's subject's words (stop 51): a noun
#: or a word in lower case that is no text of its own ("a statement saying", "a sign saying" tell the text's
#: words), no form of "be" and no preposition.
_BARE_SAYING_AFTER = re.compile(
    r"(?<![\w’'-])(?!(?:statement|report|release|note|letter|memo|post|message|e-?mail|filing|headline|sign|"
    r"banner|document|tweet|video|article|story|notice|text|reports|notes|letters|messages|posts|signs|was|is|were|"
    r"are|be|been|by|without|of|for|from|about|after|before|in|on|at|with|while|when|not|just|simply|as)\s)"
    r"(?-i:[a-z])[\w’'-]*\s+$",
    re.IGNORECASE,
)
#: What stands before a participle cue: ", stating", "and adding", ", explicitly stating".
_PARTICIPLE_LEAD = re.compile(r"(?:,|\band)\s+(?:[a-z]+ly\s+)?$")
_THAT_CLAUSE = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?that\b", re.IGNORECASE)
_QUOTE_OPEN = re.compile(r"\s*[,:]?\s*[“\"‘«]")
#: "expressed in a statement, “...”": the document the words were given in, then the quotation.
_IN_DOC_QUOTE = re.compile(
    r"\s+in\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|release|memo|letter|post|note|email|e-mail|interview)\s*[,:]?\s*[“\"‘]",
    re.IGNORECASE,
)
#: The verb ends its sentence and the next one, in the same paragraph, is a quotation: "Rita Moss
#: agreed. “...”".
#: A document and its issuer: "statement issued by ", "release from " (the issuer follows). Read in a
#: sentence's opening phrase ("In a statement issued by Tallow, it said") and after a passive ("is said
#: to have been agreed, in a release issued by Tallow": _in_document_by).
_ISSUED_BY = re.compile(
    r"\b(?:statement|release|announcement|filing)\s+(?:(?:issued|released|published|sent)\s+)?(?:by|from)\s+",
    re.IGNORECASE,
)
#: What stands before the document's noun when the words are given in it: "in a ", "in its official ".
_IN_DOCUMENT = re.compile(r"\bin\s+(?:an?|the|its)\s+(?:(?:official|joint|formal|press)\s+)?$", re.IGNORECASE)
#: A document a named organization issued, in an opening phrase: "In Tallow’s online post about the deal,".
_POSSESSIVE_DOC = re.compile(
    r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|announcement|filing|post|blog\s+post|letter|memo)\b",
    re.IGNORECASE,
)
#: A statement told as the one the page has named already: "said in the statement".
_IN_THE_STATEMENT = re.compile(
    r"\bin\s+the\s+(?:[\w-]+\s+)?(?:statement|press\s+release|release)\b", re.IGNORECASE
)
#: A company voice before the company it speaks for: "a spokeswoman for Tallow said".
_VOICE_FOR = re.compile(
    r"\b(?:spokes(?:person|man|woman)|representative)\s+(?:for|at|of)\s+(?:the\s+)?$", re.IGNORECASE
)
#: The fields of a state's office or body, in lower case before its noun (stop 55): "the economy minister", "the
#: finance ministry", "the German energy minister".
_STATE_FIELDS = (
    r"economy|economic|economics|finance|financial|foreign|defen[cs]e|interior|home|health|energy|transport|"
    r"trade|industry|justice|labou?r|employment|environment|climate|agriculture|education|culture|digital|"
    r"commerce|treasury|infrastructure"
)
_STATE_FIELD = re.compile(_STATE_FIELDS, re.IGNORECASE)
#: A land's possessive told by a common noun before its body: "the country's ministry", "the nation's ministry".
_LAND_OWNER = re.compile(r"(?:country|nation)(?:’s|'s)", re.IGNORECASE)
#: A public body a text takes up by the noun its name ends in ("the union said", "according to the
#: ministry", "the Scottish government said"): up to two capitalised words between "the" and the noun.
_BODY_NOUNS = (
    "government|union|ministry|department|regulator|commission|council|authority|agency|watchdog|"
    "treasury|cabinet|parliament|tribunal|committee"
)
#: The words that make a board's committee one that speaks on a bid (stop 54): "the special committee"; the audit
#: committee that finds or warns (stop 62).
_COMMITTEE_MODS = r"special|independent|audit"
#: A board's committee named by its kind, which a later "the committee" takes up.
_COMMITTEE_NAME = re.compile(r"(?:the\s+)?(?:" + _COMMITTEE_MODS + r")\s+committee", re.IGNORECASE)
_COMMITTEE_TOLD = re.compile(r"\b(" + _COMMITTEE_MODS + r")\s+committee\b", re.IGNORECASE)
#: A board's committee told before its verb with its company (stop 56): "Tallow's Independent Committee", "a
#: special committee of Tallow's board", "the independent committee of the Tallow Mining board, led by X,": the
#: committee speaks, never its company, its board, nor the person who leads it.
_CAP_WORD = r"(?-i:[A-Z])[\w.&-]*"
#: The company owning a committee, by its name's possessive: "Tallow's", "Tallow Mining's", "Orvane Holdings'". One
#: piece for the committee's four patterns (stop 63; each spelled it before).
_COMMITTEE_OWNER = _CAP_WORD + r"(?:\s+" + _CAP_WORD + r"){0,3}(?:’s|'s|(?<=s)’|(?<=s)')"
#: The board a committee is of, after "of" and its determiner: "Tallow Mining board", "board of directors".
_COMMITTEE_BOARD = r"(?:" + _CAP_WORD + r"\s+){0,3}board(?:\s+of\s+directors)?"
_COMMITTEE_END = re.compile(
    r"(?<![\w’'])(?P<np>(?:the|a|an|" + _COMMITTEE_OWNER + r")\s+"
    r"(?P<mods>(?:(?:" + _COMMITTEE_MODS + r")\s+){1,2})(?:board\s+)?committee"
    r"(?:\s+of\s+(?:the\s+|its\s+|" + _COMMITTEE_OWNER + r"\s+)?" + _COMMITTEE_BOARD + r")?)"
    r"(?:,\s+(?:led|chaired|headed)\s+by\s+[^,;.]{1,60},)?\s*$",
    re.IGNORECASE,
)
#: A board committee's work told as what speaks (stop 62): "the results of the special committee's investigation show
#: that", "<Co>'s audit committee's review found", "A review by an independent board committee, helped by <law firm>, found
#: “...”": the committee is the source, as if it spoke itself; a review by anyone else is no committee's.
_COMMITTEE_WORK = r"(?:investigation|review|probe|inquiry|report)"
#: The words that may stand before that work (one list for the three places, stop 63): "preliminary review".
_COMMITTEE_WORK_MODS = r"(?:preliminary|final|internal|independent)"
_COMMITTEE_WORK_END = re.compile(
    r"(?<![\w’'])(?P<np>(?:(?:the\s+)?(?:results|findings|conclusions)\s+of\s+)?"
    r"(?:(?:the|a|an|its|" + _COMMITTEE_OWNER + r")\s+)?"
    r"(?P<mods>(?:(?:" + _COMMITTEE_MODS + r")\s+){0,2})(?:board\s+)?committee(?:’s|'s)\s+"
    r"(?:" + _COMMITTEE_WORK_MODS + r"\s+)?" + _COMMITTEE_WORK + r"(?:\s+findings)?"
    r"|(?:the|a|an|its)\s+(?:" + _COMMITTEE_WORK_MODS + r"\s+)?" + _COMMITTEE_WORK + r"\s+by\s+"
    r"(?:the|a|an|its)\s+(?P<mods2>(?:(?:" + _COMMITTEE_MODS + r")\s+){1,2})(?:board\s+)?committee"
    r"(?:\s+of\s+(?:the\s+|its\s+)?" + _COMMITTEE_BOARD + r")?"
    r"(?:,\s+[^,;.“”\"]{1,120},)?)\s*$",
    re.IGNORECASE,
)
#: The same work after "according to" (stop 62): "according to the committee's report, “...”", "according to the
#: special committee's findings": the committee speaks ("the committee" alone the one the page named before).
_COMMITTEE_WORK_AT = re.compile(
    r"(?P<np>(?:the|its|" + _COMMITTEE_OWNER + r")\s+"
    r"(?P<mods>(?:(?:" + _COMMITTEE_MODS + r")\s+){0,2})(?:board\s+)?committee(?:’s|'s)\s+"
    r"(?:" + _COMMITTEE_WORK_MODS + r"\s+)?(?:" + _COMMITTEE_WORK + r"(?:\s+findings)?|findings|"
    r"conclusions))\b",
    re.IGNORECASE,
)
#: A sentence opening with the parent a company will sit in: "As part of Tallow, ", "Within Orla, ", "Under Brindle, ".
_PARENT_OPENING = re.compile(r"\s*(?:as\s+(?:a\s+)?part\s+of|within|under|inside)\s+", re.IGNORECASE)
#: A company's possessive before its board's committee at a sentence's head ("Tallow's Independent Committee said"):
#: the committee is the subject, never its company (stop 56, "speakers56").
_OWNER_OF_COMMITTEE = re.compile(
    r"(?:’s|'s|(?<=s)’|(?<=s)')\s+(?:(?:" + _COMMITTEE_MODS + r")\s+){1,2}committee\b", re.I
)
#: The modifiers of a labour body named by its noun alone: "the local works council", "the plant's union".
_LABOUR_MODS = r"local|national|regional|central|general|main|company(?:’s|'s)|plant(?:’s|'s)|works|trade|staff|employees(?:’|')?"
_BODY_NP = (
    r"the\s+(?P<mods>(?:(?:(?-i:[A-Z])[\w.’'-]{0,30}|(?:"
    + _LABOUR_MODS
    + r"|"
    + _COMMITTEE_MODS
    + r"|"
    + _STATE_FIELDS
    + r"|(?:country|nation)(?:’s|'s)"
    + r"))\s+){0,2})(?P<noun>"
    + _BODY_NOUNS
    + r")"
)
#: A body told by whom it stands for, before the verb: "the union representing steelworkers said" (stop 43).
_BODY_FOR = r"(?:\s+(?:representing|(?:that|which)\s+represents)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?"
_BODY_END = re.compile(r"(?<![\w’'])(?P<np>" + _BODY_NP + _BODY_FOR + r")\s*$", re.IGNORECASE)
#: A state's bodies told together, before the verb: "the authorities", "the German authorities".
_AUTHORITIES_END = re.compile(r"(?<![\w’'])(?P<np>[Tt]he\s+(?:(?-i:[A-Z])[\w.-]*\s+)?authorities)\s*$")
#: The bodies of a state that speak for it: "the agency", "the ministry" (`Attributor._body`).
_STATE_NOUNS = frozenset({"agency", "ministry", "department", "treasury", "regulator", "authority"})
#: A state's body told by whose it is, before the verb: "the German government's finance agency",
#: "Germany's finance agency", "the government's debt office" (at most two describing words).
_STATE_BODY_END = re.compile(
    r"(?<![\w’'])(?P<np>(?:the\s+)?(?P<owner>(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:government)|(?-i:[A-Z])[\w.-]+)"
    r"(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>agency|ministry|department|treasury|regulator|authority|"
    r"office|watchdog))\s*$"
)
#: Two ministries in one phrase before the verb (stop 56): "Germany's finance and economy ministries", "the
#: finance and economy ministries", "the German finance and foreign ministries": two state bodies, each a source
#: named by its field as a ministry named by one is (`Attributor._two_ministries`).
_TWO_MINISTRIES_END = re.compile(
    r"(?<![\w’'])(?P<np>(?:the\s+)?(?:(?P<owner>(?-i:[A-Z])[\w.-]+(?:’s|'s))\s+|(?P<mod>(?-i:[A-Z])[a-z]+)\s+)?"
    r"(?P<f1>" + _STATE_FIELDS + r")\s+and\s+(?:the\s+)?(?P<f2>" + _STATE_FIELDS + r")\s+ministries)\s*$",
    re.IGNORECASE,
)
#: A regulator's name by its head or its trade: "Competition and Markets Authority", "Federal Trade
#: Commission", "Financial Conduct Authority", "Bundeskartellamt" is none (`Attributor._body`).
_REGULATOR_NAME = re.compile(
    r"\b(?:Authority|Commission|Regulator|Regulatory|Competition|Antitrust|Watchdog|Ombudsman)\b"
)
_REGULATOR_SPELLED = re.compile(_REGULATOR_NAME.pattern + r"\s*\($")
#: A site of profiles named as where a fact was read: "LinkedIn", "his LinkedIn", "Wikipedia" (after
#: "according to"); its page is a document ("Tallow's LinkedIn profile" stays the owner's document).
_PROFILE_SITE_AT = re.compile(
    r"(?:(?:his|her|their)\s+)?(?P<site>LinkedIn|Wikipedia)"
    r"(?:\s+(?:profile|page|bio|entry))?(?![\w’'-])"
)
#: "made it clear", "made it very clear": a stance told, its holder the subject (a hit of its own).
_MADE_CLEAR = re.compile(
    r"\bmade(?=\s+it\s+(?:very\s+|abundantly\s+|quite\s+|perfectly\s+)?clear\b)", re.IGNORECASE
)
#: A stance told with "critical of" after a form of "be": "have been critical of", "is sharply critical
#: of" (the match is the form of "be"; the holder stands before it).
_CRITICAL_OF = re.compile(
    r"\b(?:been|is|are|was|were|remains?|remained)(?=\s+(?:(?:very|highly|sharply|deeply|openly|also|"
    r"increasingly|publicly)\s+){0,2}critical\s+of\b)",
    re.IGNORECASE,
)
#: A misgiving made known (stop 62): "its auditor flagged concerns to the audit committee", "the regulator raised
#: serious concerns about the price": a stance told, its holder the subject (never "concerns rose", "raised $5 million").
_CONCERNS_RAISED = re.compile(
    r"\b(?:raised|flagged|voiced|communicated|expressed)(?=\s+(?:(?:serious|significant|substantial|grave|its|their|"
    r"several|some|new)\s+){0,2}concerns?\b)",
    re.IGNORECASE,
)
#: A preposition before a name in its clause ("the hiring of A and B, ..., has raised concerns"): the name is an
#: object, never the subject of the stance told after it (stop 62).
_OBJECT_OF_BEFORE = re.compile(r"\b(?:of|by|for|with|about|over)\s", re.I)
_CLAUSE_OPENER = re.compile(r"[;—–]|\b(?:after|when|because|while|since|but)\b", re.I)


def _clause_opening(text: str, s0: int, pos: int) -> int:
    """Where the clause holding pos opens: after the last dash, semicolon or subordinating word before it ("..., which
    began months ago — after EY raised concerns"), else at the sentence's start s0."""
    last = s0
    for m in _CLAUSE_OPENER.finditer(text, s0, pos):
        last = m.end()
    return last


_SAYING = frozenset({"said", "says", "say", "told", "tells"})
#: What is said is only a refusal to comment: "said they would not comment on the purchase", "said the
#: company could not comment" (the tables' rule for "declined to comment"); a refusal followed by what
#: was said after all ("would not comment further, adding that ...") keeps that other cue.
_REFUSAL_SAID = re.compile(
    r"(?:\s+(?:[\w’'-]+\s+){0,2}?that)?\s+(?:it|they|he|she|we|the\s+(?:company|firm|group|fund|bank))\s+"
    r"(?:(?:would|could|will|can)\s*(?:not|n[’']t)|cannot|won[’']t)\s+"
    r"(?:publicly\s+)?comment\b(?:\s+(?:on|about)\s+[^,;:.!?“”\"]{1,120}?)?(?:\s*(?:[.;!?]|,\s+or\b)|\s*$)",
    re.IGNORECASE,
)
#: "pointed out (the likelihood) that": what is pointed out told as a clause, never "pointed out the flaws".
_POINTED_OUT_THAT = re.compile(
    r"\s+out\s+(?:(?:the|a)\s+(?:likelihood|possibility|probability|risk|fact|chance|danger)\s+)?that\b",
    re.IGNORECASE,
)
#: "pointed out Tallow's “strong record”": what is pointed out given in quoted words, after at most three
#: words of its own (its owner, an article), never "pointed out the flaws" with no quotation (stop 54).
_POINTED_OUT_QUOTED = re.compile(r"\s+out\s+(?:[\w’'&.-]+\s+){0,3}?[“\"«]\w")
#: "writing in her ruling (in the case) that": a writing's content, its document named between.
_WRITING_IN_DOC_THAT = re.compile(
    r"\s+in\s+(?:her|his|its|their|the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:ruling|decision|opinion|order|judgment|"
    r"judgement|filing|letter|memo|post|note|report)\b(?:\s+[\w’'-]+){0,8}?\s+that\b",
    re.IGNORECASE,
)
#: A site named by its domain after "according to", then a colon or a comma: "According to Harbourwire.com:".
_DOMAIN_SITE_AT = re.compile(
    r"(?P<site>(?-i:[A-Z])[\w-]{1,40}\.(?:com|org|net|news|co\.uk|com\.au|ca))(?=[ \t]*[:,])", re.IGNORECASE
)
#: "In a filing (made with X), it has been confirmed that": a document's content told in an impersonal passive.
_IN_DOC_IT_WAS = re.compile(
    r"\b(?-i:[Ii])n\s+(?P<det>an?|the|its|their)\s+(?:(?:new|recent|latest|regulatory|securities|official)\s+)?"
    r"(?P<doc>filing|report|prospectus)\b[^,.;:!?“”\"]{0,90},\s+it(?:[’']s|\s+has|\s+had|\s+was|\s+is)\s+"
    r"(?:been\s+|now\s+|also\s+){0,2}(?P<verb>confirmed|disclosed|revealed|stated|shown|reported)\s+that\b",
    re.IGNORECASE,
)
#: "based on" before a body's own record (`_OWN_RECORD_AFTER`): "Based on Kestrel's own listing of holders".
_BASED_ON = re.compile(r"\b(?-i:[Bb])ased\s+on\s+(?:the\s+)?")
_OWN_RECORD_AFTER = re.compile(
    r"(?:[’']s|[’'])\s+(?:own\s+)?(?:latest\s+|official\s+)?(?:listing|list|register|records|filings?|disclosures?|data|"
    r"figures)\b",
    re.IGNORECASE,
)
#: A reporting verb in marks of its own: the opening mark (an adverb between at most) and the closing one
#: (a bracketed ending before it at most): 'the government “completely reject[ed]” the claims'.
_MARK_BEFORE_VERB = re.compile(r"(?<=\s)[“\"](?:[A-Za-z]+ly\s+)?$")
_MARK_AFTER_VERB = re.compile(r"(?:\[[a-z]{1,3}\])?[”\"]")
#: A finding after "ruled" with no "that": a short subject, then its finite verb ("ruled the merger violated
#: state law", "ruled the sale would harm shoppers"); never "ruled the market for a decade".
_RULED_CLAUSE = re.compile(
    r"\s+(?:the|this|that|its|their|his|her|it|they|both)\b(?:\s+[\w’'-]+){0,4}?\s+(?:would|could|will|was|were|is|"
    r"are|must|violated|violates|broke|breaks|breached|breaches|harmed|harms|did|does|had|has|lacked|failed)\b",
    re.IGNORECASE,
)
#: One to three capitalised title words before a person's name opening a sentence: "Judge ", "Chief Justice ", a
#: country's initials among them ("U.S. District Judge ").
_TITLE_WORDS_LEAD = re.compile(
    r"(?:(?!(?:After|Before|When|While|Since|Until|Once|Because|If|As|With|Without|For|From|In|On|At|By|Under|"
    r"Over|Yesterday|Today|Tonight|Last|This|That|Earlier|Later|Then|But|And|Or|So|The|A|An|Unlike|Like|Despite|"
    r"Although|Though|Meanwhile|Also|Even|Only|Both|Neither|Nor|Unless|Whether|Where|Why|How|What|Who)[ \t])"
    r"(?:(?-i:[A-Z])[a-z]{1,15}|(?-i:[A-Z]\.){2,3})[ \t]+){1,3}"
)
#: A body that rules as a court does: "ruled that" cites a judge (a person) or one of these.
_COURT_NAME = re.compile(r"\b(?:court|tribunal|judge|justices?|bench)\b", re.IGNORECASE)
#: A document named by its maker's name before it, ending the subject: "The Harbour Fund website states".
_NAMED_DOC_END = re.compile(
    r"[ \t]+(?P<doc>website|web[ \t]+site|statement|press[ \t]+release|announcement|blog[ \t]+post)$",
    re.IGNORECASE,
)
#: "its website, " after "according to": the site's owner is named after the comma (`_site_owner_ahead`).
_ITS_SITE_COMMA = re.compile(
    r"(?:its|their)[ \t]+(?:own[ \t]+|official[ \t]+)?(?:website|web[ \t]+site),[ \t]+"
)
#: A figure expected by experts in the plural, told as theirs: "the estimates of analysts", "analysts'
#: forecasts" (never the singular attributive "analyst expectations", nor one firm's analysts).
_WATCHERS_ESTIMATES = re.compile(
    r"\b(?:the\s+)?(?:estimates|forecasts|projections)\s+of\s+(?:(?:most|many|some)\s+)?"
    r"(?P<np>analysts|economists|experts)\b"
    r"|(?<![\w’'-])(?P<np2>analysts|economists|experts)(?:’|')\s+(?:(?:average|consensus)\s+)?"
    r"(?:estimates|forecasts|projections)\b",
    re.IGNORECASE,
)
#: A figure measured against a watcher's estimate in the singular attributive: "profit beat analyst
#: estimates", "sales were above economist forecasts". The words before "estimates" are no unnamed
#: source ("its quarterly profit beat analyst"): a verb of comparison or a copula stands among them and a
#: bare singular watcher noun right before the plural data noun (`_compared_to_estimates`).
_COMPARED_WORD = re.compile(
    r"\b(?:beat|beats|missed|misses|topped|tops|exceeded|exceeds|surpassed|surpasses|outpaced|outpaces|"
    r"trailed|trails|lagged|lags|matched|matches|met|meets|was|were|is|are|came|comes|above|below|ahead|short)\s",
    re.IGNORECASE,
)
_WATCHER_BEFORE_DATA = re.compile(
    r"\b(?:analyst|economist|expert|market|consensus|street)\s+$", re.IGNORECASE
)
_DATA_PLURAL_AT = re.compile(r"\s*(?:estimates|forecasts|projections|expectations)\b", re.IGNORECASE)


def _compared_to_estimates(text: str, np_start: int, np_end: int) -> bool:
    """Do the words text[np_start:np_end], before a verb of saying, end in a figure compared to the
    watchers' estimates ("its profit beat analyst" + "estimates")? Then they name no unnamed source."""
    words = text[np_start:np_end] + " "
    return (
        _COMPARED_WORD.search(words) is not None
        and _WATCHER_BEFORE_DATA.search(words) is not None
        and _DATA_PLURAL_AT.match(text, np_end) is not None
    )


#: Unnamed outlets joined after a named one before its verb: "<Outlet> and other publications reported".
_AND_OTHER_MEDIA_END = re.compile(
    r"\s+and\s+(?:(?:several|many|various|a\s+few)\s+)?(?:other|several|many|various)\s+(?:(?:news|media)\s+)?"
    r"(?:publications|outlets|newspapers|papers|media|organi[sz]ations)$",
    re.IGNORECASE,
)
#: A name's other form in brackets right before the verb: "HMG (Harlow Mining Group) said" (stop 48).
_ALIAS_BRACKET_END = re.compile(r"\((?-i:[A-Z])[^()\n]{0,80}\)$")
#: "did not rule out", "would not rule out", "declined to rule out": a negated stance told, its holder
#: the subject (a hit of its own, the whole phrase; "rule" alone, a noun or "ruled that", is no cue; stop 48).
_NEGATED_RULE_OUT = re.compile(
    r"\b(?:(?:did|does|do|would|will|could|can)(?:\s+not|n[’']t)|cannot|won[’']t|"
    r"(?:declined|refused|declines|refuses|declining|refusing)\s+to)\s+rule\s+out\b",
    re.IGNORECASE,
)
#: The ones addressed, then the quotation: 'he promised shareholders “tough cutbacks”', 'assured staff: “...”'.
_AUDIENCE_QUOTE = re.compile(
    r"\s+(?:(?:the|its|his|her|their)\s+)?(?:investors|analysts|staff|employees|shareholders|customers|"
    r"workers|reporters|colleagues|lawmakers|regulators|fans|viewers|listeners)\s*[,:]?\s*[“\"‘«]"
)
#: Stance verbs that cue after "and" only before a "that" clause: "it wants seats and argues that" (stop 63).
_AND_STANCE = frozenset(
    {"argues", "argued", "contends", "contended", "maintains", "maintained", "insists", "insisted"}
)
_THAT_AFTER = re.compile(r"\s+that\b")
#: "It" opening the sentence, or the main clause after a subordinate one and its comma ("While Orla holds 1% of
#: Tallow, it ..."), with no other comma after it (stop 63).
_IT_OPENS = re.compile(
    r"\s*(?:(?:While|Although|Though|Even\s+though|Because|Since|As|After|Despite)\b[^,;:“”\"\n]{3,200},\s+)?"
    r"(?P<it>(?-i:[Ii])t)\b[^,;:“”\"\n]*$"
)
#: "and" right before a finite verb, its subject the sentence's ("was contacted and said").
_AND_BEFORE_VERB = re.compile(r"(?<![,;])\s+and\s+(?:(?:also|later|then)\s+)?$")
#: A closing cue that is an outlet's report's (stop 51): ", the Ledger report added.", ", a Courier article said."
#: -- the report relays the stance, and its holder is cited with it.
_REPORT_CLOSING = re.compile(
    r",\s+(?:[\w’'.&-]+\s+){0,5}?(?:report|article|story|newspaper|paper)\s+(?:said|says|added|adds|noted|wrote|writes)"
    r"\s*[.!]?[”\"’']?\s*$",
    re.IGNORECASE,
)
#: A reporting clause that closes its sentence after a comma: ", Harbour analyst Ivo Stark said."
_CLOSING_CUE = re.compile(
    r",\s+(?:[\w’'.&-]+\s+){1,6}(?:said|says|added|adds|told|wrote|writes|noted|argued)\s*[.!]?[”\"’']?\s*$"
)
#: A feeling or a stance expressed, so "expressed" tells what was said ("expressed gratitude for the
#: chance", "expressed his confidence in Ruiz", "expressed the board's support"): the tables count it.
_FEELING_EXPRESSED = re.compile(
    r"\s+(?:(?:his|her|its|their|our|the\s+board(?:’s|'s)|(?-i:[A-Z])[\w.-]*(?:’s|'s))\s+)?(?:(?:full|deep|strong|"
    r"great|sincere|cautious|continued)\s+)?(?:gratitude|thanks|confidence|pride|love|support|optimism|"
    r"concerns?|disappointment|enthusiasm|excitement|regret|hope|admiration|satisfaction|doubts?|"
    r"skepticism|scepticism|frustration|appreciation|sadness)\b",
    re.IGNORECASE,
)
#: A company's counsel before the verb, with no article: "Tallow legal counsel", "Harbour Bank counsel".
_COUNSEL_END = re.compile(
    r"(?P<np>(?-i:[A-Z])[\w&.-]*(?:\s+(?-i:[A-Z])[\w&.-]*){0,3}\s+(?:legal\s+)?counsel)$"
)
_BEING_END = re.compile(r"\s(?:being|is|are|was|were)\s+$")
_THE_REGULATOR = re.compile(r"the\s+(?:regulator|watchdog)", re.IGNORECASE)
#: A body's noun written right after its name: "the Ironworkers union", "the Tallow works council".
_NOUN_AFTER_NAME = re.compile(r"[ \t]{1,4}(?:union|council|commission|agency|authority)\b", re.IGNORECASE)
_BODY_AT = re.compile(r"(?P<np>" + _BODY_NP + r")(?![\w’'-])", re.IGNORECASE)
#: An official told by the post alone ("the Energy Secretary said", "the minister said", "a spokesperson
#: for the Prime Minister"): closed class, the posts of public office; the post's last word is its head.
_OFFICIAL_POSTS = (
    "secretary|minister|chancellor|president|governor|mayor|senator|premier|commissioner|ambassador|"
    "attorney\\s+general"
)
_OFFICIAL_NP = (
    r"the\s+(?:(?-i:[A-Z])[\w.’'-]{0,30}\s+){0,2}?(?P<field>(?-i:"
    + _STATE_FIELDS
    + r")\s+)?(?P<post>"
    + _OFFICIAL_POSTS
    + r")(?:[’']s\s+(?P<voice>spokes(?:person|man|woman)|office|representative))?"
)
#: After an office named right after its verb, the clause ends: a stop, a comma, a day, "in a statement"
#: ('said the economy minister.', 'said the minister on Monday'; never "said the minister of a rival").
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?”\"]|$|\s(?:on|in|at|during|after|before|when|while|to)\b)")
#: The posts only a state gives, cited as written where the page names no holder (stop 55).
_STATE_ONLY_POSTS = frozenset({"minister", "chancellor", "premier"})
_OFFICIAL_END = re.compile(r"(?<![\w’'])(?P<np>" + _OFFICIAL_NP + r")\s*$", re.IGNORECASE)
_OFFICIAL_AT = re.compile(r"(?P<np>" + _OFFICIAL_NP + r")(?![\w’'-])", re.IGNORECASE)
#: A company's voice told with the anaphor after it, the whole phrase an unnamed source's words: "a
#: spokesman of the bank" (`Attributor._unnamed`; stop 48).
_VOICE_OF_THE = re.compile(
    r"(?P<voice>spokes(?:person|man|woman)|representative)\s+(?:for|of)\s+(?P<the>the\s)", re.IGNORECASE
)
#: "a spokesperson for the union", "a spokeswoman for Tallow": whom the voice speaks for follows it.
_VOICE_OF = re.compile(r"\s+(?:for|of|at)\s+")
_VOICE_HEADS = ("spokesperson", "spokesman", "spokeswoman", "representative")
#: A quotation closes, then the subject of the verb: '“...,” the statement read.', '"...," Stark agreed.'
_QUOTE_THEN_SUBJECT = re.compile(r"[”\"’'»],?\s+[^.!?“”\"«»\n]{1,110}?\s$")
#: What may follow a quotation's verb after its subject up to the sentence's end: nothing, a particle
#: ('Stark pointed out.', 'summed up'), the ones addressed ('Stark assured investors.'), where or when
#: the words were given ('“...,” Ruiz posted on LinkedIn.', "shared in a post": at most five words), or
#: after a comma where they are told ('“...,” he thought, according to a talk he once gave.': stop 43).
_VERB_TAIL_END = re.compile(
    r"(?:\s+(?:out|up))?(?:\s+(?:investors|analysts|staff|employees|reporters|shareholders|customers|"
    r"colleagues|workers))?(?:\s+(?:on|in|via)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)?"
    r"(?:,\s+(?:according\s+to|in|at|during)\s+[^.!?“”\"«»\n,;:]{1,120})?\s*(?:[.!]\s*)?$",
    re.IGNORECASE,
)
_AND_BETWEEN = re.compile(r"(?:’s|'s)?\s+and\s+(?:its\s+|their\s+)?")
#: Two people speaking as one: "the co-CEOs said", "the pair wrote", "both founders added".
_PLURAL_PERSONS = led(
    r"\b(?:the\s+(?:two\s+)?|both\s+)(?:co-(?:CEOs|chief\s+executives|founders|chairs|presidents)|pair|duo|"
    r"two\s+(?:executives|men|women|founders)|(?<=both\s)(?:executives|men|women|founders|chiefs|bosses|"
    r"leaders|CEOs|chief\s+executives))\s+(?:(?:also|jointly|have|had)\s+)?"
    r"(?P<verb>said|say|says|wrote|write|writes|added|noted|told|stated|explained)\b",
    re.IGNORECASE,
)
_PLURAL_PERSONS_GATE = ("co-", "pair", "duo", "two ", "both ")
#: People of one post in the plural named in an aside before the verb: "Its founders, A and B, wrote in a letter",
#: "the company's co-chief executives, A and B, said" (stop 63): the named people speak, never the unnamed post.
_PLURAL_POST_NAMED = re.compile(
    r"\b(?:co-?founders|founders|co-CEOs|co-chief\s+executives|co-chairs|co-heads|executives|chiefs|bosses|leaders|"
    r"owners)"
    r",\s+(?P<names>(?-i:[A-Z])[^,;:“”\"\n]{2,80}?),\s+(?:(?:also|jointly|have|had|then|later)\s+)?"
    r"(?P<verb>said|say|says|wrote|write|writes|added|noted|told|stated|explained|announced)\b",
    re.IGNORECASE,
)
_PLURAL_POST_NAMED_GATE = ("founders", "co-", "executives", "chiefs", "bosses", "leaders", "owners")
_PERSONS_JOINED = re.compile(r"\s+(?:and|&)\s+")
#: Two bodies joined as one subject, the first with its stock ticker after it: "A Inc. (NYSE: AAA) and
#: B Corp.", "A (AAA.O) and B" (the second's ticker stands before the verb, where _ADVERBS reads it).
_PAIR_JOINED = re.compile(
    r"(?:\s*\((?:[A-Z]{2,8}:\s*)?[A-Z0-9][A-Z0-9._]{0,9}\))?,?\s+(?:and|&)\s+(?:(?-i:the)\s+)?"
)
#: Right before the name of the company a merger makes (stop 51): "to form (the) ", "to become ", "will be
#: called ", "to be named ", "what would be known as ", "the newly combined company, ", "the merged entity, ".
_FORMED_BEFORE = re.compile(
    r"(?:\bto\s+(?:form|become)|\b(?:be|been|being)\s+(?:called|named|renamed|known\s+as)|\b"
    + MADE_WORD
    + r"\s+"
    + MADE_NOUN
    + r"\s*,)\s*,?\s*(?:(?-i:the)\s+)?$",
    re.IGNORECASE,
)
_FORMED_GATE = (
    "to form",
    "to become",
    "called",
    "named",
    "known as",
    "combined",
    "merged",
    "enlarged",
    "new ",
)
#: A company told as the one a deal will make under a name the page already uses ("the new Quarry", "the combined
#: Mast", "the newly merged Kestrel"): it does not exist yet, so it is never "the company" that speaks (stop 56).
_UNBORN_BEFORE = re.compile(r"\b(?:the|a)\s+(?:newly\s+)?" + MADE_WORD + r"\s+$", re.IGNORECASE)
#: Between a place and the name it describes: "Norway's ", "Canada’s " (stop 51).
_POSSESSIVE_GAP = re.compile(r"['’]s\s+")
#: A company's home told before its name: "Oslo-based ", "the Toronto, Canada-based ", "London-headquartered ",
#: "Norway's " (stops 51, 59): a town, perhaps its land, then "-based" or a possessive. One pattern for both readers:
#: the lead of a pair's first name (`_home_ending`: "Oslo-based A and B said") and the maker after "a statement from".
_HOME = re.compile(
    r"(?<![\w’'-])(?:[Tt]he\s+)?[A-Z][\w.]*(?:(?:,\s+[A-Z][\w.]*)?[-–](?:based|headquartered)|['’]s)\s+"
)


def _home_ending(lead: str) -> re.Match[str] | None:
    """The home (`_HOME`) that ends `lead`, if one does ("... Oslo-based ")."""
    ending = [m for m in _HOME.finditer(lead) if m.end() == len(lead)]
    return ending[-1] if ending else None


#: What may stand before a company that opens its sentence: blanks and "The" (stop 59).
_THE_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")
#: Between a name and its ticker in brackets: " (", " (NYSE: " (stop 51).
_TICKER_OPEN = re.compile(r"\s*\((?:[A-Z]{2,8}:\s*)?")
#: "the " before a name that opens a pair's subject: "the Ledger and the Gazette reported" (stop 46).
_THE_LEAD = re.compile(r"(?<![\w’'])(?-i:[Tt]he)\s+$")
#: The commas of a list of bodies before its "and": "A, B and C", "A (NYSE: AAA), B and C".
#: Before a list's last body: "and", and a description of it in lower case ("and the software company C").
_LIST_LAST = re.compile(r",?\s+(?:and|&)\s+(?:the\s+(?:[a-z][\w-]*\s+){1,3})?")
_LIST_JOINED = re.compile(r"(?:\s*\((?:[A-Z]{2,8}:\s*)?[A-Z0-9][A-Z0-9._]{0,9}\))?\s*,\s+")
#: A quotation right after the verb's sentence: "Stark agreed. “...”", or after a colon, also in the next
#: paragraph ("Ruiz shared:" and the post quoted below it).
_QUOTE_NEXT = re.compile(r"[.!][ \t]+[“\"‘«]|:\s+[“\"‘«]")
_THAT_QUOTE = re.compile(r"[^.!?“\"«]{0,100}?\bthat\b[^.!?“\"«]{0,100}[“\"«]")


def _quote_closes_before(text: str, s0: int, at: int) -> bool:
    """Does a quotation close right before the verb at `at` (its closing mark within the four characters
    before it, in the sentence from s0): '“...,” said', '“...” adds'?"""
    return _AFTER_QUOTE_END.search(text, max(s0, at - 4), at) is not None


def _next_to_quotation(text: str, s0: int, s1: int, start: int, end: int) -> bool:
    """Does a quotation stand next to the verb text[start:end] in the sentence text[s0:s1]: opened right
    after it (`_opens_quote`) or closed right before it? A `quote_only` or `clause_only` verb cues there."""
    return _opens_quote(text, end, s1) or _quote_closes_before(text, s0, start)


def _aside_before_quotation(text: str, s0: int, s1: int, start: int, end: int) -> bool:
    """Is the verb text[start:end] a reporting clause set off by commas ("The plan, the statement
    continues, would let Tallow “...”") with a quotation later in its sentence? A `quote_only` verb
    cues there: the quotation is the words it reports."""
    return bool(
        _ASIDE_CUE_BEFORE.search(text, max(s0, start - 41), start)
        and (after := _ASIDE_CUE_AFTER.match(text, end, s1)) is not None
        and _QUOTE_LATER.match(text, after.end(), s1)
    )


def _opens_quote(text: str, pos: int, end: int) -> bool:
    """Does a quotation open right after pos (", “…"), or after a "that" clause head in the same
    sentence ("teased on his site that there would be “more”")?"""
    return bool(
        _QUOTE_OPEN.match(text, pos, end)
        or _THAT_QUOTE.match(text, pos, end)
        or _IN_DOC_QUOTE.match(text, pos, end)
    )


@functools.cache
def _verb_sets() -> tuple[frozenset[str], frozenset[str]]:
    verbs: set[str] = set()
    for group in (
        "neutral",
        "stance",
        "denial",
        "quote_only",
        "clause_only",
        "quote_in_sentence",
        "group_only",
    ):
        for v in words("reporting_verbs", group):
            verbs.add(v.lower())
    return frozenset(verbs), frozenset(v for v in verbs if v.endswith("ing"))


def _doc_kinds() -> dict[str, str]:
    return {k.lower(): str(v) for k, v in mapping("reporting_verbs", "documents").items()}


def _nationality(name: str) -> bool:
    """Is the name a nationality, of one or two words or a hyphenated pair ("Saudi Arabian", "Anglo-Dutch"; stop 57)?"""
    tab = tables()
    return is_demonym(name, tab) or hyphen_nationality(name, tab)


#: "In its 2015 annual report, the town of ": a place's own document opening the sentence, before the place
#: named by its kind (`SETTLEMENT_OF_BEFORE`); the document's noun one the lexicon calls a document.
_PLACE_DOC_BEFORE = re.compile(
    r"\bIn\s+its\s+(?P<doc>(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+))\s*,\s+the\s+[a-z]+\s+of\s+$", re.IGNORECASE
)


@functools.cache
def _place_doc_nouns() -> frozenset[str]:
    """The last words of the lexicon's documents that are no body's own voice ("report", "survey")."""
    return frozenset(k.split()[-1] for k, v in _doc_kinds().items() if v == "document")


_KIND_OF_TYPE = {
    EntityType.OUTLET: SourceKind.OUTLET,
    EntityType.ORG: SourceKind.ORGANIZATION,
    EntityType.PERSON: SourceKind.PERSON,
    EntityType.PROGRAM: SourceKind.ORGANIZATION,
    EntityType.PRODUCT: SourceKind.ORGANIZATION,
    EntityType.PLACE: SourceKind.ORGANIZATION,
    EntityType.OTHER: SourceKind.ORGANIZATION,
}


#: A company's legal form after a comma, right before the verb: "Nike, Inc. said".
_LEGAL_END = re.compile(r",\s(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|Limited)\.?\s*$")
#: A public office written as a title before its holder (stop 52): "according to Judge Ada Moss", "said Senator Ivo
#: Stark", "added Governor Lena Vey" (the person speaks, as after a company's post).
_PUBLIC_OFFICE = (
    r"[Jj]udge|[Jj]ustice|[Ss]enator|Sen\.|[Gg]overnor|Gov\.|[Mm]ayor|[Mm]inister|[Ss]ecretary|[Cc]ommissioner|"
    r"[Cc]hancellor|[Aa]mbassador|[Pp]rosecutor|"
)
#: A bare title before a person's name (its words, then one space): "CEO ", "chief executive officer ".
_TITLE_BEFORE_NAME = re.compile(
    r"(?:(?:[Cc]o-)?(?:"
    + _PUBLIC_OFFICE
    + r"CEO|CFO|COO|CTO|[Cc]hief(?:\s+[A-Za-z]+){1,2}|[Pp]resident|[Cc]hair(?:man|woman)?|"
    r"[Ee]xecutive\s+[Cc]hair(?:man|woman)?|[Ff]ounder|[Cc]o-founder|[Dd]irector|[Aa]nalyst|[Ss]pokes(?:man|woman|person))"
    r"(?:\s+and\s+(?:CEO|[Cc]hief(?:\s+[A-Za-z]+){1,2}))?)\s"
)


#: A dateline opening a sentence, its dash glued to either word or spaced: "OSLO -", "MILAN- ", "NEW YORK,
#: June 16 (Wire) - " (stop 46).
_DATELINE_LEAD = re.compile(
    r"(?-i:[A-Z][A-Z.'-]*[A-Z](?:\s+[A-Z][A-Z.'-]*[A-Z]){0,2})(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\([^()\n]{1,30}\))?\s*[-–—]+\s*"
)
#: Verbs a rewrite puts for "said" that also cue with a clause opened by a pronoun and no "that" ("X
#: mentioned Thursday it had agreed") or at the end of the sentence ("..., the company mentioned."; stop 46).
_SAID_SWAPS = frozenset({"mentioned", "mentions", "proclaimed", "proclaims"})
#: A content clause without "that": a day perhaps, then a pronoun and a verb ("Thursday it had agreed",
#: "he would stay"; not "it in passing").
_PRONOUN_CLAUSE = re.compile(
    r"\s+(?:(?:on\s+)?(?-i:[A-Z][a-z]+day)\s+|(?:yesterday|today|earlier|later)\s+)?"
    r"(?:it|he|she|they|we)\s+(?:would|will|had|has|have|is|was|were|are|might|may|could|can|should|must|"
    r"(?-i:[a-z]+ed|[a-z]+s))\b",
    re.IGNORECASE,
)
#: A short aside set off by commas between a verb and its "that" clause: "proclaimed, on air, that".
_ASIDE_THAT = re.compile(r",\s+[^,;.!?“”\"]{1,30},\s+that\b")
#: Where a group sits, told between it and its verb: " in Norway", " in the European Union" (capitalised
#: words only: "analysts in the room" is no place).
_IN_PLACE_END = re.compile(r"\s+in\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.’'-]*\s+){0,3}(?-i:[A-Z])[\w.’'-]*\s*$")
#: Verbs of praise whose object is told "as" something in the speaker's words (`_HAILED_AS_QUOTED`).
_HAILING = frozenset({"hailed", "hails", "heralded", "heralds"})
#: "admitted to <doing>", "admitted to a charge / wrongdoing": a plea told, an act (never "admitted that
#: ...", "admitted to reporters that ...": words given).
_ADMITS_TO_CHARGE = re.compile(
    r"\s+to\s+(?:[a-z]+ing\b(?!\s+(?:reporters|investors|analysts|staff)\b)|(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:charges?|offen[cs]es?|counts?|crimes?|breach(?:es)?|violations?)\b|wrongdoing\b)",
    re.IGNORECASE,
)
#: "called off" a deal, "called it quits": an act, not a call (no words given).
_CALLED_OFF = re.compile(r"\s+(?:off\b|it\s+quits\b)", re.IGNORECASE)
#: What a past announcement told in a time clause announced: the plan or the deal itself, or another act of
#: the company's, no clause ("its plans for the purchase", "the deal", "its intention to buy"; stop 54: "a
#: recall", "the plant closure", "a price rise", up to two words before the act's noun).
_ANNOUNCED_PLAN = re.compile(
    r"\s+(?:its|the|a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:plans?|intention|deal|purchase|acquisition|bid|offer|"
    r"merger|takeover|recall|closure|cuts|layoffs|rise|sale)\b",
    re.IGNORECASE,
)
#: A time clause opened before its subject: "after Tallow first ", "since Orvex ", "when Brenvik had " (the
#: subject's name in capitalised words, or since stop 54 a pronoun or "the <noun>": "since it ", "after the
#: company "; then at most two adverbs or auxiliaries).
_TIME_CLAUSE_SUBJECT = re.compile(
    r"\b(?:after|since|before|when)\s+(?:(?:it|they|he|she|the\s+(?-i:[a-z])[\w-]*)\s+|(?:(?-i:[A-Z])[\w.&’'-]*\s+){1,4})"
    r"(?:(?:first|originally|initially|had|has)\s+){0,2}$",
    re.IGNORECASE,
)
#: "said by" right after a quotation's closing mark: a garbled "said" whose speaker follows "by".
_SAID_BY = re.compile(r"\s+by\s+(?=[A-Z])")
#: A reporting clause set off by commas inside the sentence it reports ("The plan, the statement
#: continues, would let Tallow “...”"): a comma and its subject before the verb, a comma right after.
_ASIDE_CUE_BEFORE = re.compile(r",\s+[^,;:.!?“”\"«»]{1,40}$")
_ASIDE_CUE_AFTER = re.compile(r"\s*,\s")
#: A reporting verb (and "that") right before a clause's subject: "She said directors believed".
_SAID_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|tells\s+\w+|added|adds|noted|notes)\s+(?:that\s+)?$")
#: "without" (or "not") right before "citing": "said, without citing sources," cites no one (stop 46).
_WITHOUT_BEFORE = re.compile(r"\b(?:without|not)\s+$", re.IGNORECASE)
#: "adding to" a sum or a count (increasing it), no words added: ", adding to a salary of", ", adding to
#: the 500 jobs" (not "adding to reporters that").
_ADDING_TO = re.compile(r"\s+to\s+(?!(?:reporters|analysts|journalists|investors|staff|them|us|me)\b)")
#: A post of a body written as a title right before its holder, no article, no comma: "Chairman of the
#: Board of Directors ", "Head of the Audit Committee ", "Vice Chair of the Supervisory Board " (stop 46).
_POST_CHAIN_THEN_NAME = re.compile(
    r"(?:(?:vice|deputy|executive|senior|non-executive)[\s-])?(?:chair(?:man|woman|person)?|president|head|"
    r"member|secretary|director|chief\s+[a-z]+(?:\s+officer)?)\s+of\s+the\s+(?:[a-z][\w&-]*\s+){1,3}?"
    r"(?:of\s+(?:the\s+)?(?:[a-z][\w&-]*\s+){1,2}?)?",
    re.IGNORECASE,
)
#: A post before its holder, set off by a comma: "the Chairman of the Supervisory Board, ", "its chief
#: financial officer, ", "Tallow's head of research, ".
_TITLE_THEN_NAME = re.compile(
    # (no article before a capitalised post: "..., said Founder of Tallow, Ivo Stark")
    r"(?:(?:the|its|their|[A-Z][\w&.-]*(?:’s|'s))\s+(?:[\w’'&.-]+\s+){0,2}?|(?=[A-Z]))(?i:chair(?:man|woman|person)?|"
    r"chief(?:\s+[a-z]+){1,2}|ceo|cfo|coo|president|head|director|founder|co-founder|"
    r"spokes(?:man|woman|person))\b[^,;:“”\"\n]{0,60}?,\s+"
)
#: A quotation that opens its sentence and closes right before the reporting clause: '“...,” '.
_QUOTATION_THEN = re.compile(r"[“\"][^“”\"\n]{1,2000}[”\"][ \t]{0,3},?[ \t]{0,3}")
#: How far before the reporting clause a quotation's closing mark stands at the most (`_QUOTATION_THEN`'s tail).
_QUOTATION_TAIL = 8
#: A pronoun's own reporting clause set off by commas before a participle: ", it said, adding".
_PRONOUN_SAID_ASIDE = re.compile(
    r",[ \t]{1,3}(?:it|he|she|they)[ \t]{1,3}(?:said|says|added|adds|stated|noted),", re.IGNORECASE
)
#: A person's object pronoun after "according to", the phrase closed right after it: "According to him,
#: ..." (never "according to her estimates": her document).
_OBJECT_PRONOUN_AT = re.compile(r"(him|her)(?=[ \t]{0,2}[,:;.“\"])", re.IGNORECASE)
#: A quotation that opens right after a name, with no comma between: ' Lena Vey “We will' (stop 54).
_QUOTE_OPENS_NEXT = re.compile(r"[ \t]{0,2}[“\"]")
_TITLE_GAP = re.compile(_TITLE_BEFORE_NAME.pattern + r"(?:[A-Za-z-]+\s){0,2}")
#: Before a person, a firm's name no pass took for one (capitalized words, if any) then a post in lower
#: case: "Quarry X analyst ", "Tallow Partners managing director ", "senior analyst "
#: (`Attributor._entity_at`).
_FIRM_THEN_POST = re.compile(r"(?P<firm>(?:[A-Z][\w&.’'-]*\s+){0,3}?)(?P<post>(?:[a-z][\w-]*\s+){1,3})")
#: A long post in lower case, up to thirteen words ("executive vice president and head of devices"; stop 63): one
#: piece for `_FIRM_THEN_LONG_POST` and `_LONG_POST_COMMA`.
_LONG_POST = r"(?:[a-z][a-z-]*\s+){1,12}?[a-z][a-z-]*"
#: The same with a long post in lower case and a comma before the holder (stop 63; `_LONG_POST_COMMA`'s shape).
_FIRM_THEN_LONG_POST = re.compile(r"(?P<firm>(?:[A-Z][\w&.’'-]*\s+){1,3}?)(?P<post>" + _LONG_POST + r"),\s+")
#: Capitalized words that open a clause or tell a time, never a firm's name before a post.
_NOT_FIRM_WORDS = frozenset(_WEEKDAYS.split("|")) | frozenset(
    ("the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "then", "former", "ex")
    + ("and", "but", "on", "in", "at", "by", "for", "from", "of", "to", "with")
    + ("january", "february", "march", "april", "may", "june", "july", "august", "september")
    + ("october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep")
    + ("sept", "oct", "nov", "dec")
)
#: Two posts one person holds, joined by "and" ("Chairman and CEO", "president and chief executive
#: officer"): one title, not two people (the "and" of "Ivo Stark and Lena Vey" is).
_POST = (
    r"(?:(?:co-)?(?:ceo|cfo|coo|cto|founder)|chair(?:man|woman|person)?|executive\s+chair(?:man|woman)?|"
    r"(?:vice\s+)?president|managing\s+director|chief(?:\s+[a-z]+){1,2})"
)
#: A person's former post at an organization told in an appositive right after the person's name:
#: ", former CEO of aerospace supplier X", ", who was ex-chairman of X". The organization only says where
#: the person worked: never "the company" of a reporting clause (a current post may be the story's
#: company: "X, the CEO of Tallow, was fired ..., the company said").
_POST_OF_BEFORE = re.compile(
    r",\s+(?:who\s+(?:was|had\s+been)\s+)?(?:(?:the|its|a)\s+)?(?:former|ex-|then-|one-time|previously)\s*"
    + _POST
    + r"(?:\s+(?:and|&)\s+"
    + _POST
    + r")?(?:\s+officer)?\s+(?:of|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: What may follow a reporting clause that closes its sentence: a day or a place, the stop.
_CLAUSE_CLOSES = re.compile(r"[^.!?“”\"\n]{0,40}[.!?][”\"’']?\s*$")
#: A market watcher's title after the firm that employs them: "Tallow Bank analyst", "its senior economist".
_ANALYST_AFTER = re.compile(
    r"\s+(?:(?:senior|equity|chief|lead|research|credit|industry)\s+)?(?:analyst|economist|strategist)\b",
    re.IGNORECASE,
)
_POST_PAIR = re.compile(r"\b" + _POST + r"\s+(?:and|&)\s+" + _POST + r"\b", re.IGNORECASE)


#: A post set off by a comma after a person's name, up to the verb: ", chair, Hollin Farms Trust, said",
#: ", managing director of Harbour Board Services commented", ", the union's regional organiser said".
#: Its first word opens no clause of its own ("who", "and", a preposition: "Ruiz, in a memo, said").
_APPOSITIVE_POST = re.compile(
    r",\s+(?!(?:who|which|whose|and|or|but|as|after|before|when|while|where|in|on|at|to|for|with|from|by|"
    r"said|says|told|added)\b)",
    re.IGNORECASE,
)
#: One post of a list of them: up to six words, none a verb's or a clause's ("co-founder", "board
#: co-chair", "president and chief scientific officer", "head of research").
_NOT_A_POST_WORD = (
    r"(?!(?:is|are|was|were|be|been|to|will|would|has|have|had|as|who|which|that|its|his|her|their)\b)"
)
_POST_ITEM = re.compile(
    r"\s*" + _NOT_A_POST_WORD + r"[\w’'&-]+(?:\s+" + _NOT_A_POST_WORD + r"[\w’'&-]+){0,5}\s*",
    re.IGNORECASE,
)
#: How a post ends before the body it is held at: ", " or " of the " (", chair, Tallow", "chair of Tallow").
_POST_TAIL = re.compile(r"(?:,\s*|\s+(?:of|at|for|from|with|in)\s+(?:the\s+)?)$", re.IGNORECASE)
#: The heads of posts the gazetteer's titles leave out, closed class: "regional organiser", "union officer".
_POST_HEAD = re.compile(
    r"\b(?:officer|official|organi[sz]er|manager|representative|adviser|advisor|steward|convenor|trustee|"
    r"strategist|economist|consultant|lecturer|trader|"
    r"spokes(?:man|woman|person))\b",
    re.IGNORECASE,
)


def _in_brackets(text: str, lo: int, at: int) -> bool:
    """Is text[at] inside round brackets opened after lo ("... (Palantir is the eye, ...")?"""
    return text.count("(", lo, at) > text.count(")", lo, at)


def _text_the(text: str, at: int) -> bool:
    """Does "the " (or "The ") stand at text[at]?"""
    return text[at : at + 4] in ("the ", "The ")


#: A company's post set off by a comma before its holder: "’s chief executive, ", "'s finance chief, "
#: (the holder closes the aside with a comma or ends the clause; stop 47).
_POSSESSIVE_POST_COMMA = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+")
#: A company's long post in lower case, no possessive, then a comma before its holder: " executive vice president and
#: head of consumer devices and field sales, " (stop 63; `Attributor._post_aside_holder`).
_LONG_POST_COMMA = re.compile(r"\s+" + _LONG_POST + r",\s+")


def _one_writing(noun: str) -> str:
    """The lexicon's noun of a writing as written ("e-mail", "letters" -> "letter")."""
    noun = noun.lower()
    return noun[:-1] if noun.endswith("s") else noun


def _title_gap(gap: str, least: int) -> bool:
    """Is the gap between an organization and a person a title ("’s chief executive", " Chairman and
    CEO "): a possessive, then `least` to three words, two posts joined by "and" counting as one word;
    no "and" between anything else ("Tallow and Lena Vey": two names)."""
    gap = HONORIFIC_END.sub(" ", gap)  # "president and CEO Dr. ": the honorific is the name's
    gap = _POST_PAIR.sub("post", gap)
    if _ACT_ON_PERSON_GAP.match(gap):
        return False  # "Tallow fired CEO Ivo Stark": a verb's object, no title (stop 63)
    return re.fullmatch(
        r"(?:’s|'s)?\s+(?:[\w-]+\s+){" + str(least) + ",3}", gap
    ) is not None and not _JOINED_GAP.search(gap)


#: A statement a body made public, after the body's name: "has put out an official statement", "issued
#: a formal statement", "released a press release" (closed class: the verbs of making a text public);
#: or its news told without a document (stop 47): "issued news of the deal", "put out word that",
#: "shared the news about" (not "issued new shares", "issued bonds": no news is made public).
_PUT_OUT_DOC = re.compile(
    r"(?<![\w’'])(?:(?:has|have|had)\s+)?(?:issued|released|put\s+out|published|sent\s+out|circulated|shared)\s+"
    r"(?:(?:an?|its|their)\s+(?:(?:official|formal|brief|short|written|press)\s+){0,2}"
    r"(?P<doc>statement|press\s+release|release|announcement)\b"
    r"|(?:the\s+)?(?P<news>news|word)\s+(?:of|that|about)\b)",
    re.IGNORECASE,
)


#: A statement named at the end of a sentence that leads into a quotation with a colon, whoever else
#: the sentence names: "The Ledger published the company's statement in full:", "It ran Tallow's release:",
#: "Below is a statement from the company:" (its owner speaks in the quotation below, `_statement_lead`).
_STATEMENT_LEAD = re.compile(
    r"(?:(?P<own>[’']s|(?<=s)[’'])|(?<![\w’'])(?P<det>an?|the)(?=\s))\s+(?:(?:official|full|formal|joint|written|press|"
    r"short|brief)\s+){0,2}(?P<doc>statement|press\s+release|release|announcement)(?P<from>\s+(?:from|by)\s+)?"
    r"(?(from)[^:.;“”\"\n]{1,60}?)(?:\s+in\s+full)?\s*:\s*$",
    re.IGNORECASE,
)
#: A company's management as the subject, right before the verb: "Management", "The management", "Senior
#: management" (whose: the company the text is about; "Tallow management" is the unnamed-source rule's).
_MANAGEMENT_END = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=[“\"]))(?P<np>(?:(?:the|The)\s+)?(?:(?:[Ss]enior|[Tt]op)\s+)?[Mm]anagement)$"
)


#: "as insiders would put it", "as one banker put it", "as the company puts it" (never "put it back"):
#: who gave the words the page uses; "put it" closes its clause.
_AS_PUT_IT = re.compile(
    r"\bas\s+(?P<np>[^,;:.!?“”\"\n]{1,60}?)\s+(?P<verb>(?:(?:would|might|will|once)\s+)?puts?\s+it)"
    r"(?=\s*(?:[,.;:!?)”\"’—–]|$))",
    re.IGNORECASE,
)
#: The stop of a sentence, then a quotation opening the next one in the same paragraph: ". “".
_STOP_THEN_QUOTE = re.compile(r"[.!][ \t]+[“\"‘]")
_OBJECT_STOPS = frozenset('.!?;:“”"\n')


def _thanks_then_quote(text: str, pos: int, end: int) -> int | None:
    """Where the object of thanks or praise ends (" the trustees" in "X thanked the trustees. “...")
    when the sentence closes within 100 characters and a quotation opens the next one in the same
    paragraph; else None."""
    for i in range(pos, min(end, pos + 101)):
        if text[i] in _OBJECT_STOPS:
            return i if _STOP_THEN_QUOTE.match(text, i, min(len(text), i + 8)) else None
    return None


def _is_post(words_: str) -> bool:
    """Are the words a post alone, one to three words (two posts joined by "and" counting as one), ending in a
    space ("lead director ", "Chairman and Chief Executive Officer ")? Stop 61."""
    return words_.endswith(" ") and _title_gap(" " + words_, 1) and _has_post(words_)


#: The last words of a lead-in, up to six, as candidates for a post right before a name.
_LAST_WORDS = re.compile(r"(?:[A-Za-z][\w-]*\s+){1,6}$")


def _without_post_end(lead: str) -> str:
    """The lead-in before a person's name without the person's post at its end ('“...,” chief executive '
    -> '“...,” '), the longest post that leaves a lead-in a pair may follow (`_PAIR_LEAD`); else the
    lead-in as it is."""
    m = _LAST_WORDS.search(lead)
    if m is None:
        return lead
    starts = [m.start()] + [m.start() + w.end() for w in re.finditer(r"\S+\s+", lead[m.start() :])][:-1]
    for at in starts:
        if _is_post(lead[at:]) and _PAIR_LEAD.search(lead[:at].strip()):
            return lead[:at]
    return lead


def _has_post(words_: str) -> bool:
    """Do the words hold a post: a title the gazetteer knows ("CEO", "vice president") or the head of
    one it leaves out ("regional organiser", "brand manager")?"""
    return tables().title_re.search(words_) is not None or _POST_HEAD.search(words_) is not None


#: A company's statement quoted by its first words (stop 57): the issuer names itself as the subject of a
#: statement's verb in the present ("“Tallow confirms that it has made ...”", "“Tallow today announces ...”"),
#: or after a clause that names the other side ("“While Brenvik has declined to engage, Tallow remains ...”").
_ISSUER_VERB_AFTER = re.compile(r"[ \t]+(?:(?:today|hereby|also)[ \t]+)?(?P<verb>[a-z]+s)\b")
_ISSUER_AFTER_CLAUSE = re.compile(r"(?:While|Whilst|Although|Though)[ \t]+[^,“”\"\n]{3,160},[ \t]+")
_ISSUER_CLAUSE_VERB = re.compile(r"[ \t]+(?:[a-z]+)\b")


def _quotation_then(text: str, head: int, pos: int) -> bool:
    """Is text[head:pos] a quotation and the comma or spaces after it (`_QUOTATION_THEN`)? Its two ends are looked at
    first, an opening mark at `head` and a closing mark right before `pos`, so the pattern reads the words between only
    for a quotation that closes there: never up to 2,000 characters of a sentence that merely opens on one."""
    closing = text[max(head, pos - _QUOTATION_TAIL) : pos].rstrip(" \t,")[-1:]
    return (
        text[head] in '“"'
        and closing in ("”", '"')
        and _QUOTATION_THEN.fullmatch(text, head, pos) is not None
    )


class Attributor:
    def __init__(
        self,
        article_id: str,
        text: str,
        mentions: list[EntitySpan],
        quoted: list[tuple[int, int]] | None = None,
        sealed: list[tuple[int, int]] | None = None,
    ) -> None:
        self.article_id = article_id
        self.text = text
        self.mentions = sorted(mentions, key=lambda m: m.start)
        #: The quotations' spans (sorted): a name inside one is a speaker's word, never the antecedent
        #: of the reporting clause's "he" or "she" ("“... a strong Balance Sheet,” he said").
        self.quoted = sorted(quoted or ())
        self.quoted_starts = [q[0] for q in self.quoted]
        #: The quotations closed by their own mark (not run on past a paragraph, not cut off but for
        #: one that opens its paragraph, stop 44): a
        #: reporting clause inside one is in the speaker's words ("“The board believes ...,” Stark
        #: said"), never the article citing a source.
        self.sealed = sorted(sealed or ())
        self.sealed_starts = [q[0] for q in self.sealed]
        #: The organizations "the companies" was last taken for ("the companies said"): the same
        #: parties for a later "the companies" when the names between leave no clear pair.
        self.last_parties: list[EntitySpan] = []
        #: The last company voice cited ("a spokeswoman for Tallow said"): a "she said" right after it
        #: is that voice, not a person named before it.
        self.last_voice: Found | None = None
        #: Where a pronoun could name more than one person and so was left without one ("She said"
        #: after a sentence naming two): a quotation it cues has no sure speaker, and says so.
        self.ambiguous: list[int] = []
        #: The sex a pronoun told of a person it named ("Ruiz ... she said": f), for the pronouns after
        #: it: a "he" later is not Ruiz.
        self.pronoun_sex: dict[str, str] = {}
        #: The entities cited so far: a person who has spoken is a person, whatever typed the name.
        self.cited: set[str] = set()
        self.last_person: str | None = None  # the entity of the last person cited
        #: where the last person's citation ends (the end of its phrase): "..., analyst Ivo Stark said."
        self.last_person_end = -1
        self.starts = [m.start for m in self.mentions]
        self.by_end: dict[int, EntitySpan] = {}
        for ms in self.mentions:
            self.by_end[ms.end] = ms
        self.p = _patterns()
        #: The text in lower case, for patterns whose matches are read case-blind; None where a letter
        #: stands that re.IGNORECASE folds to ASCII (İ ı ſ K): lower() would not say what they match.
        self.low_text = foldless_lower(text)
        self.last_anonymous: Found | None = None
        #: where the sentence being read starts (`sentence`)
        self.sentence_start = 0
        #: the last unnamed source the page introduced ("a German government source said"): "the
        #: German source", "the person" later take it up (`_unnamed_again`)
        self.last_unnamed: Found | None = None
        self.documents: dict[str, Found] = {}
        # the writers of a document told as several people's together ("In a memo, A and B said"), by the
        # key of the first of them, the one `documents` holds for it (stop 61)
        self.joint_writers: dict[str, list[Found]] = {}
        self.window_start = 0
        self.earlier_start = 0
        #: where the sentence before this one ends: a name between it and this sentence stands in a
        #: heading ("Dividend tax"), never what "the company" of this sentence takes up
        self.gap_start = 0
        self.sentence_start = 0
        #: the body whose brief the starred lines read so far are ("Kestrel Mining Ltd:" then "* ..."),
        #: and where the last of them ends
        self.brief: EntitySpan | None = None
        self.brief_end = 0
        #: where the body's first sentence starts (a headline before it is not the body)
        self.body_start = 0
        self.last_outlet_report: Found | None = None
        self.last_report: Found | None = None  # the last source that reported: whose "the report" is
        self.last_statement: list[Found] = []
        #: who made the last statement of several makers: "the joint statement" later is theirs, even
        #: when one of them spoke alone in between ("A also said ... the joint statement reads")
        self.last_joint: list[Found] = []
        self.last_note: Found | None = None  # who wrote the last note told ("wrote in a note")
        #: the organization the text cited last (a sentence before): whose "a statement said" it is
        self.last_org: Found | None = None
        #: organizations the page cites only for reporting about another body ("Brenvik named X, the Ledger
        #: reported"): an outlet by its act, never "the company" that speaks after it (stop 57)
        self.reporters: set[str] = set()
        #: a state's bodies the page described, by their noun ("agency": the German government's
        #: finance agency), as (source key, name); and the last state body or government cited
        self.state_bodies: dict[str, tuple[str, str]] = {}
        #: the workers' bodies the page named with a capitalised word ("the European works council"), as
        #: (source key, name), by their noun with its labour word and by the noun alone: whom a later "the
        #: works council" takes up (stop 47)
        self.labour_bodies: dict[str, tuple[str, str]] = {}
        self.last_state: tuple[str, str] | None = None
        #: a land's voice by the land, named as the page first wrote it ("Norway", or its capital "Oslo"): a
        #: country and its capital speaking on one page are one source (`_state_voice`, stop 55)
        self.state_names: dict[str, str] = {}
        #: the last state's body or office cited by its noun alone, no entity ("the energy ministry said"): whom
        #: an "it said" in the next sentence takes up (`_body_spoke_last`, stop 55)
        self.last_body: Found | None = None
        self.descriptors = self._describe()
        self._near_cache: dict[int, list[str]] = {}  # the capitalised words near a mention (`_words_near`)
        self.text_end = len(text.rstrip())  # where the text's last word ends
        self.listed = self._listed()
        self.formed = self._formed_companies()
        self.units = self._units()

    def _outlets_told(self, s0: int, s1: int) -> list[Found]:
        """The outlets a sentence that cites someone says they told or spoke to: "he told the news
        channel Kesta TV", "told the Ledger newspaper", "speaking to the Ledger", "in an interview with
        the Ledger", "in a Kesta TV interview" (the tables' convention c: the outlet is a cited source,
        `told-outlet`, never a speaker). An outlet's broadcast suffix ("TV", "Radio") is part of its
        name as the source; the page's own outlet is left out later (`own_outlet`)."""
        text = self.text
        out: list[Found] = []
        for m in _TOLD_OUTLET.finditer(text, s0, s1):
            at = m.end()
            k = bisect_left(self.starts, at)
            if (k >= len(self.mentions) or self.mentions[k].start != at) and text[
                max(0, at - 4) : at
            ] == "The ":
                # "told The New York Times": the outlet's name holds its capital "The"
                k = bisect_left(self.starts, at - 4)
                at -= 4
            if k >= len(self.mentions) or self.mentions[k].start != at:
                continue
            ent = self.mentions[k]
            if ent.type not in _SPEAKING_TYPES and not (m.group("before") and ent.type == EntityType.PERSON):
                # "told Ivo Stark that ...": a person told; not after an outlet's class noun ("to the
                # channel Alpen Info": the name a list does not know is still the channel's)
                continue
            after = _OUTLET_SUFFIX.match(text, ent.end, s1)
            if (
                ent.type != EntityType.OUTLET
                and not m.group("before")
                and not (after and after.group("noun"))
                and not (_CALL_LETTERS.fullmatch(ent.name) and _TOLD_ENDS.match(text, ent.end, s1))
            ):
                continue  # "told Tallow that ...": a company told, no outlet
            if m.group("in_a") and not (after and after.group("interview")):
                continue  # "in a Kesta deal": no interview
            name = ent.name
            if after and after.group("suffix"):
                name = f"{ent.name} {after.group('suffix')}"
            end = after.end() if after else ent.end
            f = Found(
                "outlet-" + slug(name) if name != ent.name else ent.entity_id,
                name,
                SourceKind.OUTLET,
                None if name != ent.name else ent.entity_id,  # "Kesta TV": a source of its own name
                (m.start(), end),
                "told",
                "told-outlet",
                speaker_text=text[ent.start : end].strip(),
            )
            out.append(f)
        return out

    def _quoted_outlets(self, s0: int, s1: int) -> list[Found]:
        """ "the “Tagesblatt” reported", "The 'Morgenpost' cited an e-mail", "according to the
        “Tagesblatt”,": a paper's name in quotation marks after "the" (the German article style) is an
        outlet when a newspaper's verb follows it or an introducer leads to it (stop 47)."""
        text = self.text
        out: list[Found] = []
        for m in _QUOTED_PAPER.finditer(text, s0, s1):
            led = _QUOTED_PAPER_LED.search(text, max(s0, m.start() - 24), m.start()) is not None
            if not (m.group("verb") or (led and m.group("close"))):
                continue
            name = " ".join(m.group("name").split())
            k = bisect_left(self.starts, m.start("name"))
            ms = self.mentions[k] if k < len(self.mentions) else None
            eid = ms.entity_id if ms is not None and ms.start == m.start("name") and ms.name == name else None
            out.append(
                Found(
                    eid or "outlet-" + slug(name),
                    name,
                    SourceKind.OUTLET,
                    eid,
                    (m.start(), m.end("name") + 1),
                    (m.group("verb") or "according to").lower(),
                    "quoted-outlet",
                    speaker_text=name,
                )
            )
        return out

    def _cited_documents(self, s0: int, s1: int) -> list[Found]:
        """ "X cited an e-mail from the central works council", "quoted a letter from the staff union":
        the writer of the document cited speaks, as after "according to" (stop 47); the one who cites it
        is found on its own (an outlet's report)."""
        if "cite" not in self.text[s0:s1].lower() and "quote" not in self.text[s0:s1].lower():
            return []
        out: list[Found] = []
        for m in _CITED_DOC_VERB.finditer(self.text, s0, s1):
            d = self.p["document"].match(self.text, m.end(), s1)
            if d is None or not d.group("doc"):
                continue
            got = self._source_at(m.end(), s1)
            if got is None:
                continue
            f, _ = got
            verb = m.group(0).strip().lower()
            f.verb = f.verb or verb
            f.rule = f.rule or "cited-document"
            e = m.start()
            while e > s0 and self.text[e - 1].isspace():
                e -= 1
            by = self._entity_ending(e, s0)
            if by is not None and by.type == EntityType.OUTLET:
                # "The Harbour Wire cited an internal memo from ...": the outlet reports it
                out.append(self._named(by, SourceKind.OUTLET, (by.start, m.end()), verb, "cited-document"))
            out.append(f)
        return out

    def _informs_named(self, pos: int, end: int) -> bool:
        """After "informed": a "that" clause, or the sentence's end ("informed the stock exchange on
        Monday."), and the one informed a named outlet, organization or person ("informed the Ledger
        that"), the audience of an announcement ("informed staff that") or a market's or a state's body
        ("informed the regulator."); never the informer's own company or board ("informed the company
        that": the company's account of an act), never a passive ("X was informed that ...")."""
        if _PASSIVE_BEFORE.search(self.text, max(0, pos - 20), pos - len("informed")):
            return False  # "X was informed that ...": told by someone else
        m = _INFORMED_THAT.match(self.text, pos, end) or _INFORMED_CLOSING.match(self.text, pos, end)
        if m is None:
            return False
        if _INFORMED_AUDIENCE.fullmatch(m.group("obj")) or _INFORMED_BODY.search(m.group("obj")):
            return True
        at = m.start("obj")
        if self.text.startswith(("the ", "The "), at):
            at += 4  # "informed the Harbour Securities Commission that" (stop 51)
        ent = self._entity_at(at)
        return ent is not None and ent.end <= m.end("obj")

    # --- sources at a place -------------------------------------------------------------------
    def _same_name_in_brackets(self, b0: int, b1: int) -> bool:
        """Does the bracket text[b0:b1] hold only another form of the name right before it ("HMG (Harlow
        Mining Group)", "Harlow Mining Group (HMG)"): one mention of the same entity, filling it?"""
        gap = self.text[max(0, b0 - 4) : b0]
        named = self.by_end.get(b0 - (len(gap) - len(gap.rstrip())))
        inner = self.text[b0 + 1 : b1 - 1]
        at = b0 + 1 + len(inner) - len(inner.lstrip())
        i = bisect_left(self.starts, at)
        return (
            named is not None
            and i < len(self.mentions)
            and self.mentions[i].start == at
            and self.mentions[i].end == b0 + 1 + len(inner.rstrip())
            and self.mentions[i].entity_id == named.entity_id
        )

    def _entity_at(self, pos: int) -> EntitySpan | None:
        text = self.text
        m = _LEAD_WORD.match(text, pos, pos + 8)  # "the", or an honorific: "said Dr. Ivo Stark"
        alt = m.end() if m else pos
        i = bisect_left(self.starts, pos)
        while i < len(self.mentions) and self.mentions[i].start <= alt:
            ms = self.mentions[i]
            if ms.start in (pos, alt):
                # a run of mentions: "Mercor CEO Brendan Foody" -> the person
                return self._extend_to_person(ms)
            i += 1
        # A title with no organization before the person: "said CEO Andy Vale", "from chief
        # executive Ivo Stark".
        t = _TITLE_BEFORE_NAME.match(text, alt, alt + 60)
        if t:
            # the first person named after the title's first word, with only title words between
            i = bisect_left(self.starts, t.start() + 1)
            if i < len(self.mentions):
                ms = self.mentions[i]
                if ms.type == EntityType.PERSON and _TITLE_GAP.fullmatch(text, t.start(), ms.start):
                    return ms
        # A firm no pass named, then the post and its holder: "said Quarry X analyst Ivo Stark" (the
        # same as "said Ivo Stark, an analyst at Quarry X": the person, whatever the firm's name is)
        i = bisect_left(self.starts, alt + 2)
        if i < len(self.mentions) and self.mentions[i].type == EntityType.PERSON:
            ms = self.mentions[i]
            fp = _FIRM_THEN_POST.fullmatch(text, alt, ms.start) if ms.start - alt <= 60 else None
            if (
                fp is not None
                and _has_post(fp.group("post"))
                and not (set(fp.group("firm").lower().split()[:1]) & _NOT_FIRM_WORDS)
            ):
                return ms
        # The same with a long post set off by a comma before its holder: "said Quarry senior vice president and
        # general manager of devices, Ivo Stark, on Monday" (stop 63)
        k = bisect_left(self.starts, alt + 2)
        while k < len(self.mentions) and self.mentions[k].start <= alt + 160:
            ms = self.mentions[k]
            if ms.type == EntityType.PERSON:
                fl = _FIRM_THEN_LONG_POST.fullmatch(text, alt, ms.start)
                if (
                    fl is not None
                    and _has_post(fl.group("post"))
                    and not (set(fl.group("firm").lower().split()[:1]) & _NOT_FIRM_WORDS)
                    and _VERB_FIRST_END.match(text, ms.end, ms.end + 40)
                ):
                    return ms
                break
            k += 1
        return None

    def _titled_person_at(self, pos: int, end: int, quote_next: bool = False) -> tuple[Found, int] | None:
        """A post named first, then its holder after a comma: "..., said the Chairman of the Supervisory
        Board, Lena Vey." is Lena Vey (the sentence ends, or a date or place follows, after the name;
        `quote_next`: or his quotation opens right after it, "according to the chairman, Lena Vey “...")."""
        t = _TITLE_THEN_NAME.match(self.text, pos, min(end, pos + 140))
        if t is None:
            return None if quote_next else self._post_chain_person_at(pos, end)
        i = bisect_left(self.starts, t.end())
        if i == len(self.mentions) or self.mentions[i].start != t.end():
            return None
        ms = self.mentions[i]
        if ms.type != EntityType.PERSON or not (
            _VERB_FIRST_END.match(self.text, ms.end, end)
            or (quote_next and _QUOTE_OPENS_NEXT.match(self.text, ms.end, end))
        ):
            return None
        return self._named(ms, SourceKind.PERSON, (pos, ms.end), "", "title-then-name"), ms.end

    def _pronoun_person_at(self, pos: int, end: int) -> tuple[Found, int] | None:
        """ "According to him, “...”", "according to her, the plan": the person the pronoun takes up as
        "he" or "she" would (`_resolve`, the house rule for pronouns), else None (stop 54)."""
        m = _OBJECT_PRONOUN_AT.match(self.text, pos, end)
        if m is None:
            return None
        ms = self._resolve("he" if m.group(1).lower() == "him" else "she", pos)
        if ms is None or ms.type != EntityType.PERSON:
            return None
        return self._named(ms, SourceKind.PERSON, (pos, m.end()), "", "anaphor"), m.end()

    def _post_chain_person_at(self, pos: int, end: int) -> tuple[Found, int] | None:
        """ "..., said Chairman of the Board of Directors Lena Vey.", "added Head of the Audit Committee
        Ivo Stark on Tuesday": a post of a body written as a title, no article and no comma, then its
        holder: the person speaks, never the body inside the post (stop 46). Else None."""
        if pos >= end or not self.text[pos].isalpha():
            return None
        for i in range(bisect_left(self.starts, pos), bisect_left(self.starts, min(end, pos + 100))):
            ms = self.mentions[i]
            if ms.type != EntityType.PERSON:
                continue
            if not _POST_CHAIN_THEN_NAME.fullmatch(self.text, pos, ms.start):
                return None
            if not _VERB_FIRST_END.match(self.text, ms.end, end):
                return None
            return self._named(ms, SourceKind.PERSON, (pos, ms.end), "", "title-then-name"), ms.end
        return None

    def _extend_to_person(self, ms: EntitySpan) -> EntitySpan:
        if ms.type == EntityType.PERSON:
            # "Stark highlighted Vey's work": a person is the source already; but a name followed by a
            # title and a person's name ("Kestrel Air founder Priya Natarajan") is that person's
            # organization, whatever type it was given: the person is the one titled
            k = bisect_left(self.starts, ms.end + 1)
            other = self.mentions[k] if k < len(self.mentions) else None
            if (
                other is not None
                and other.type == EntityType.PERSON
                and self.text[ms.end : ms.end + 1] == " "
                and (
                    _TITLE_BEFORE_NAME.fullmatch(self.text, ms.end + 1, other.start)
                    # a unit's name taken for a person's: "Tallow Europe vice president Kenji Mori"
                    or (
                        other.start - ms.end <= 40
                        and _title_gap(self.text[ms.end : other.start], 1)
                        and _has_post(self.text[ms.end : other.start])
                    )
                )
            ):
                return other
            return ms
        for k in range(bisect_left(self.starts, ms.end + 1), bisect_left(self.starts, ms.end + 121)):
            other = self.mentions[k]
            if other.type == EntityType.PERSON and (
                (other.start <= ms.end + 40 and _title_gap(self.text[ms.end : other.start], 0))
                or self._post_aside_holder(ms, other)
            ):
                return other
        return ms

    def _post_aside_holder(self, org: EntitySpan, person: EntitySpan) -> bool:
        """ "Tallow's chief executive, Lena Holt, said" / "said Tallow's finance chief, Ivo Stark, in a
        statement": the company's post set off by a comma, its holder closing the aside with a comma or
        ending the clause, is the person (stop 47); a list ("Tallow's chief, Brenvik, Lena Holt") is not."""
        return (
            (
                _POSSESSIVE_POST_COMMA.fullmatch(self.text, org.end, person.start) is not None
                # "said Tallow executive vice president and head of devices, Lena Holt": the post run
                # in after the company's name, no possessive, however long (stop 63)
                or _LONG_POST_COMMA.fullmatch(self.text, org.end, person.start) is not None
            )
            and _has_post(self.text[org.end : person.start])
            and _VERB_FIRST_END.match(self.text, person.end, person.end + 80) is not None
        )

    def _type_of(self, entity_id: str) -> EntityType | None:
        return next((ms.type for ms in self.mentions if ms.entity_id == entity_id), None)

    def _entity_ending(self, pos: int, lo: int) -> EntitySpan | None:
        ms = self.by_end.get(pos)
        return ms if ms is not None and ms.start >= lo else None

    def _verb_first_pair(self, f: Found, stop: int, end: int) -> tuple[Found, int] | None:
        """The second of two speakers named after a verb that follows a quotation ('“...,” said Ana
        Lund and Ivo Stark in a statement'): a named source of the first one's kind right after "and",
        the reporting clause going on to its end or its setting (`_VERB_FIRST_END`); else None."""
        if f.entity_id is None or f.kind not in (SourceKind.PERSON, SourceKind.ORGANIZATION):
            return None
        rest = _AND_NEXT.match(self.text, stop, end)
        got = self._source_at(rest.end(), end) if rest else None
        if got is None:
            return None
        f2, stop2 = got
        if f2.entity_id is None or f2.kind != f.kind or f2.key == f.key:
            return None
        return (f2, stop2) if _VERB_FIRST_END.match(self.text, stop2, end) else None

    def _source_at(self, pos: int, end: int) -> tuple[Found, int] | None:
        """A source phrase starting at pos: "The New York Times", "an analysis by ARK Invest"."""
        text = self.text
        window = text[pos:end]
        cw = _COMMITTEE_WORK_AT.match(text, pos, end) if "ommittee" in window[:80] else None
        if (
            cw is not None
            and (body := self._committee(cw.group("mods").split(), cw, (pos, cw.end()))) is not None
        ):
            return body, cw.end()  # "according to the committee's report": the committee (stop 62)
        m = self.p["anonymous"].match(window)
        if m:
            np = m.group("np")
            return self._unnamed(np, pos, pos + m.end()), pos + m.end()
        o = _OFFICIAL_AT.match(text, pos, end) if window[:4].lower() == "the " else None
        if o is not None and _CLAUSE_END_AFTER.match(text, o.end(), end):
            # '"...," said the Energy Secretary': the one person the page gave the post, else the office as
            # written when only a state gives it (stop 55)
            person = self._official(o, pos)
            if person is not None:
                return self._named(person, SourceKind.PERSON, (pos, o.end()), "", "official"), o.end()
            office = self._office_voice(o, (pos, o.end()))
            if office is not None:
                return office, o.end()
        po = _POST_OF_AT.match(text, pos, end) if window[:4].lower() == "the " else None
        owner = self._entity_at(po.end()) if po is not None else None
        if po is not None and owner is not None and owner.type == EntityType.ORG and owner.start == po.end():
            # '“...,” said the chief executive of Brenvik': the post's holder, never the company (stop 58)
            held = self._owned_post(pos, owner.end, owner.end)
            if held is not None:
                return held[0], owner.end
        r = _REPORTS_FROM.match(text, pos, end)
        ent = self._entity_at(r.end()) if r is not None else None
        if ent is not None and ent.type in _SPEAKING_TYPES:
            # "according to reports from Xin Jing Bao", "citing media reports from the Courier": the body
            # whose reports they are speaks; a name the gazetteer does not know as a company is the outlet
            # (a paper's romanised name is no firm's)
            if ent.type == EntityType.ORG and _gazetteer_type(ent.name) != EntityType.ORG:
                ent = replace(ent, type=EntityType.OUTLET)
            return self._named(ent, _KIND_OF_TYPE[ent.type], (pos, ent.end), "", "reports-from"), ent.end
        r = _REPORTS_AT.match(text, pos, end)
        if r:  # "according to multiple reports": reports of no outlet named, one unnamed source
            return self._unnamed(r.group("np"), pos, r.end("np")), r.end("np")
        m = self.p["document"].match(window)
        if m:
            # "a statement from the Toronto, Canada-based Tallow": the maker after its home (stop 59)
            home = _HOME.match(text, pos + m.end(), end)
            if (
                home is not None
                and not home.group().rstrip().endswith(("based", "headquartered"))
                and not self._home_before_at(home)
            ):
                home = (
                    None  # "a statement from Tallow's board": the company's own words, no home before a name
                )
            ent = self._entity_at(home.end() if home is not None else pos + m.end())
            if ent and ent.type == EntityType.ORG and m.group("doc") and _outlet_led(ent.name):
                # "a report from Bloomberg Law": a desk of a known outlet (its name first) reports as one
                ent = replace(ent, type=EntityType.OUTLET)
            if ent and ent.type in (EntityType.OUTLET, EntityType.PERSON):
                # "a report from Semafor": an outlet's report is the outlet speaking; "a memo from
                # CEO Ivo Stark": a person's memo is the person speaking, and "the memo" later too
                named = self._named(ent, _KIND_OF_TYPE[ent.type], (pos, ent.end), "", "")
                if m.group("doc"):
                    self._tell_author(m.group("doc"), named)
                return named, ent.end
            if ent is None:
                # "a statement from the oil giant": the company the anaphor names (never a guess)
                ana = self.p["anaphor_at"].match(text, pos + m.end(), end)
                owner = self._resolve(ana.group("np"), pos + m.end()) if ana is not None else None
                if ana is not None and owner is not None and m.group("doc"):
                    owner = self._issuer(m.group("doc"), ana.group("np"), owner)
                if ana is not None and owner is not None and owner.type == EntityType.ORG:
                    ent = replace(owner, start=ana.start(), end=ana.end())
                b = _BODY_AT.match(text, pos + m.end(), end) if ent is None and m.group("doc") else None
                if b is not None and (body := self._body(b, (pos, b.end()))) is not None:
                    # "an e-mail from the central works council", "a letter from the staff union": the
                    # body that wrote it speaks, as "according to the works council" does (stop 47)
                    return body, b.end()
            if ent:
                doc = (m.group("doc") or m.group("data")).lower()
                if m.group("doc") and _doc_kinds().get(" ".join(doc.split())) == "organization":
                    # "according to a release by Tallow", "a statement from the carmaker": what a body
                    # issues about itself is its own voice (the tables' convention), not a document
                    found = self._named(
                        ent, _KIND_OF_TYPE[ent.type], (pos, ent.end), "according to", "issuer"
                    )
                else:
                    found = Found(
                        f"{ent.entity_id}-{slug(doc)}",
                        f"{ent.name} ({doc})",
                        SourceKind.DOCUMENT,
                        ent.entity_id,
                        (pos, ent.end),
                        "according to",
                        "document",
                        speaker_text=text[pos : ent.end],
                    )
                # "a statement from Tallow ... the statement said": Tallow's statement again
                self.documents.setdefault(" ".join(doc.split()), found)
                return found, ent.end
        m = self.p["own_doc"].match(window)
        if m:
            owner = self._resolve("the company", pos)
            doc = " ".join(m.group("doc").lower().split())
            if owner is not None and _doc_kinds().get(doc) == "organization" and owner.type == EntityType.ORG:
                # "according to its statement", "the company's official announcement": the company's
                # own voice (as "a Tuesday announcement" is), not a document
                return self._named(
                    owner, _KIND_OF_TYPE[owner.type], (pos, pos + m.end()), "", "own-statement"
                ), (pos + m.end())
            if owner is not None:
                key, name, eid = f"{owner.entity_id}-{slug(doc)}", f"{owner.name} ({doc})", owner.entity_id
            else:
                key, name, eid = f"document-{slug(doc)}", f"a {doc}", None
            found = Found(
                key,
                name,
                SourceKind.DOCUMENT,
                eid,
                (pos, pos + m.end()),
                "",
                "document",
                speaker_text=m.group(),
            )
            return found, pos + m.end()
        m = _FILINGS_WITH.match(window)
        if m:  # "according to filings with the Markets Board": documents, no owner
            return self._document("filing", pos, pos + m.end("doc"), "a"), pos + m.end("doc")
        m = self.p["doc_np"].match(window)
        if (
            m
            and m.group("acr")
            and (acr := self._entity_at(pos + m.start("acr"))) is not None
            and acr.type == EntityType.OUTLET
        ):
            m = None  # "the WSJ report": the outlet's report, the outlet (below)
        if m:
            det = (
                "day"
                if m.group("day")
                or m.group("when")
                or (
                    # (not "a joint release on Tuesday": its parties', `_joint`)
                    m.group("day_after")
                    and (m.group("det") or "").lower() in ("a", "an")
                    and "joint" not in m.group().lower()
                )
                else m.group("det")
            )
            return self._document(m.group("doc"), pos, pos + m.end(), det), pos + m.end()
        ent = self._entity_at(pos)
        if ent is not None and ent.type == EntityType.OTHER and _nationality(ent.name):
            return None  # "opposition from the Anglo-Dutch target": a nationality describes someone, names no one (stop 57)
        if ent is not None and ent.type == EntityType.PLACE:
            place_of = _PLACE_POSSESSIVE.match(text, ent.end, end)
            placed = self._entity_at(place_of.end()) if place_of is not None else None
            if (
                place_of is not None
                and placed is not None
                and placed.type in _SPEAKING_TYPES
                and placed.start == place_of.end()
            ):
                # "..., said Norway's Kestrel Pension Fund": the place tells whose body it is, the body
                # speaks (stop 45)
                ent = placed
            elif (state := self._state_voice(ent, pos, ent.end, after_verb=True)) is not None:
                return state, ent.end  # "..., recalls Oslo": the state speaks (stop 55)
        if ent is not None and text.startswith(tuple(BACKER_TAILS), ent.end):
            # "First reported by <Owner>-owned <Paper>", "according to <Fund>-backed <Outlet>": the owner only describes
            # the one named after it, who speaks (stop 60); no one when nothing named follows
            tail = next(t for t in BACKER_TAILS if text.startswith(t, ent.end))
            described = self._entity_at(ent.end + len(tail) + 1)
            if described is None or described.type not in _SPEAKING_TYPES:
                return None
            ent = described
        if ent:
            stop = ent.end
            kind = _KIND_OF_TYPE[ent.type]
            verb = ""
            d = self.p["possessive_doc"].match(text, ent.end, min(end, ent.end + 60))
            if d:
                doc = d.group("doc").lower()
                stop = d.end()
                verb = doc
                if _doc_kinds().get(doc) == "document" and ent.type != EntityType.OUTLET:
                    kind = SourceKind.DOCUMENT
            found = self._named(ent, kind, (pos, stop), verb, "")
            if kind == SourceKind.DOCUMENT and ent.type == EntityType.ORG:
                # "according to Tallow's LinkedIn profile": the company's document, a source of its own
                # (never merged into the company's own voice cited elsewhere on the page)
                found = replace(found, key=f"{ent.entity_id}-{slug(verb)}", name=f"{ent.name} ({verb})")
            if d and ent.type == EntityType.PERSON:
                self._tell_author(d.group("doc"), found)  # "Stark's memo ... the memo said": Stark's
            return found, stop
        m = _DESCRIBED_NAME.match(text, pos, end)
        ent = self._entity_at(m.end()) if m is not None else None
        if m is not None and ent is not None and ent.start == m.end() and ent.type in _SPEAKING_TYPES:
            # "estimated by the data provider Quarry", "reported by news agency Kesta": the name after
            # what it is
            kind = SourceKind.OUTLET if m.group("noun").lower() in _OUTLET_NOUNS else _KIND_OF_TYPE[ent.type]
            return self._named(ent, kind, (pos, ent.end), "", ""), ent.end
        m = self.p["unnamed_at"].match(window)
        if m:
            of = self._voice_of(m.group("np"), pos, pos + m.end(), end)
            if of is not None:  # '“...,” said a spokesperson for the union': the union
                return of, of.phrase[1]
            return self._unnamed(m.group("np"), pos, pos + m.end()), pos + m.end()
        m = self.p["group_of"].match(window)
        if m:
            # "according to officials in the Fisheries Ministry": a group with its affiliation
            np = " ".join(m.group("np").split())
            label = np[0].lower() + np[1:] if np.split()[0][1:].islower() else np
            found = Found(
                "group-" + slug(label),
                label,
                SourceKind.GROUP,
                None,
                (pos, pos + m.end()),
                "",
                "group",
                speaker_text=np,
            )
            return found, pos + m.end()
        m = _BARE_SOURCES_AT.match(window)
        if m:
            # "citing sources", "according to unnamed sources, ...", "interpreted by insiders": unnamed,
            # without a determiner (insiders are one unnamed source, never a group: the tables' (f))
            return self._unnamed(m.group("np"), pos, pos + m.end()), pos + m.end()
        m = self.p["group_at"].match(window)
        if m:  # "according to analysts, ...": a bare group (not "the analysts", "Meta's employees")
            g = self._group(m.group("np"), pos, pos + m.end())
            if g is not None:
                return g, pos + m.end()
        b = _BODY_AT.match(text, pos, end)
        if b is not None and (body := self._body(b, (pos, b.end()))) is not None:
            return body, b.end()  # "according to the government", "according to the ministry"
        owned = self._owner_phrase(_OWNER_OF_AT.match(text, pos, end) if "of" in window else None)
        if owned is not None:
            # '“...,” said the owner of the Harbour Pay app': the company behind it, never the app
            om, owner = owned
            if owner is None:
                return None
            return self._named(
                owner, SourceKind.ORGANIZATION, (pos, om.end()), "", "owner-of", om.group("np")
            ), om.end()
        m = self.p["anaphor_at"].match(window)
        if m and (voice := self._voice_for(m.group("np"), pos)) is not None:
            return self._spoken_by(voice, (pos, pos + m.end()), m.group("np")), pos + m.end()
        if m:
            ent = self._resolve(m.group("np"), pos)
            if ent:
                return self._named(
                    ent, _KIND_OF_TYPE[ent.type], (pos, pos + m.end()), "", "anaphor"
                ), pos + m.end()
        return None

    def _source_before(
        self, pos: int, lo: int, aside: bool = True, relative: bool = False
    ) -> tuple[Found, int] | None:
        """A source phrase ending at pos (adverbs/auxiliaries skipped): "Scale later", "one analyst".
        `relative`: the phrase is the head of a "who" clause whose verb cues, so a group there speaks
        though a preposition governs it ("a setback for state officials who had contended that")."""
        text = self.text
        win = max(lo, pos - 120)
        before = text[win:pos]
        stripped = before.rstrip()
        last = stripped.rsplit(None, 1)[-1] if stripped else ""
        if (
            (last[1:-1] if last[:1] + last[-1:] in ("“”", '""') else last) in _ADVERB_SET
            or _LY_WORD.fullmatch(last) is not None
            or stripped.endswith(")")
            or _RIC_WORD.fullmatch(last)
            or (last.lower() in _WEEKDAY_SET and re.search(r"\bon\s+\S+$", stripped))
            or _WHEN_END.search(stripped)
        ):
            m = _ADVERBS_END.search(before)
            end = win + (m.start() if m else len(before))
        else:  # no adverb and no "(AP)" ends the window: only its trailing white space matches
            end = win + len(stripped)
        alias = (
            _ALIAS_BRACKET_END.search(text, max(lo, end - 90), end) if text[end - 1 : end] == ")" else None
        )
        others = (
            _AND_OTHER_MEDIA_END.search(text, max(lo, end - 60), end)
            if text[end - 1 : end] in ("s", "a")
            else None
        )
        if others is not None:
            # "The Ledger and other publications reported": the one outlet named speaks; the unnamed
            # others cite no one (stop 52); a body that is no outlet before them is no such report
            got = self._source_before(others.start(), lo, aside)
            return got if got is not None and got[0].kind == SourceKind.OUTLET else None
        if alias is not None and self._same_name_in_brackets(alias.start(), alias.end()):
            # "HMG (Harlow Mining Group) said", "KPW (Kestrel Power Works) later denied": the name and its
            # other form in brackets, one source
            return self._source_before(alias.start(), lo, aside)
        w0 = max(lo, end - 160)
        pp = (
            _WHERE_SAID_END.search(text, w0, end)
            if aside and any(map(text[w0:end].__contains__, _WHERE_SAID_NEEDS))
            else None
        )
        if pp is not None and pp.start() > lo:
            # "Ruiz in a post on X wrote", "Stark, in a memo to staff, said": where the words were given
            # (the platform, the staff told) is no speaker; the subject stands before it
            end = pp.start()
        go = (
            _GOVERNMENT_OF_END.search(text, max(lo, end - 70), end)
            if "overnment of" in text[lo:end]
            else None
        )
        if go is not None:
            # "the government of Oslo has responded": that government, named as written without "the" (stop 51)
            self.last_state = self._state_key(f"government of {go.group('place')}")
            return self._spoken_body(
                self.last_state, SourceKind.ORGANIZATION, go, (go.start("np"), pos)
            ), go.start("np")
        tm = (
            _TWO_MINISTRIES_END.search(text, max(lo, end - 90), end)
            if "inistries" in text[max(lo, end - 90) : end]
            else None
        )
        if tm is not None:
            return self._two_ministries(tm, (tm.start("np"), pos))[0], tm.start("np")
        cm = (
            _COMMITTEE_END.search(text, max(lo, end - 160), end)
            if "ommittee" in text[max(lo, end - 160) : end]
            else None
        )
        if cm is not None and (body := self._committee(cm.group("mods").split(), cm, (cm.start("np"), pos))):
            return body, cm.start(
                "np"
            )  # "a special committee of Tallow's board said": the committee (stop 56)
        wm = (
            _COMMITTEE_WORK_END.search(text, max(lo, end - 240), end)
            if "ommittee" in text[max(lo, end - 240) : end]
            else None
        )
        if wm is not None and (
            body := self._committee(
                (wm.group("mods") or wm.group("mods2") or "").split(), wm, (wm.start("np"), pos)
            )
        ):
            return body, wm.start(
                "np"
            )  # "a review by a special board committee found": the committee (stop 62)
        m = (
            self.p["anonymous"].search(text, max(lo, end - 60), end)
            if _window_has(text, max(lo, end - 60), end, _anonymous_needs(), self.low_text)
            else None
        )
        if m and m.end() == end:  # before a name: "sources speaking to Reuters said" are the sources
            the = _THE_BEFORE.search(text, max(lo, m.start() - 4), m.start())
            if the and self.last_anonymous is not None:
                # "The people familiar with the deal noted": the definite takes up the people cited before
                prior = self.last_anonymous
                return Found(
                    prior.key, prior.name, prior.kind, None, (the.start(), pos), "", "unnamed-back",
                    speaker_text=text[the.start() : m.end()],
                ), the.start()  # fmt: skip
            return self._unnamed(m.group("np"), m.start(), pos), m.start()
        pd = self.p["possessive_doc_end"].search(text, max(lo, end - 60), end)
        holder = self._entity_ending(pd.start(), lo) if pd is not None else None
        if pd is not None and holder is None:
            # "The company’s statement read:", "the carmaker's release said": the body the back-reference
            # takes up speaks through its document (a study or a filing stays a document of it)
            ana = self.p["anaphor"].search(text, max(lo, pd.start() - 60), pd.start())
            owner = self._resolve(ana.group("np"), ana.start("np")) if ana is not None else None
            if ana is not None and owner is not None and owner.type in _SPEAKING_TYPES:
                held = " ".join(pd.group("doc").lower().split())
                if _doc_kinds().get(held) == "organization":
                    start = ana.start("np")
                    return self._named(
                        owner, _KIND_OF_TYPE[owner.type], (start, pos), held, "anaphor", ana.group("np")
                    ), start
        if pd is not None and holder is not None and holder.type in (EntityType.PERSON, *_SPEAKING_TYPES):
            # "Tallow's statement said", "Stark's memo read": the holder speaks through it (a company's
            # report or filing stays "Tallow (report)", as after "according to")
            held = " ".join(pd.group("doc").lower().split())
            kind = _KIND_OF_TYPE[holder.type]
            if _doc_kinds().get(held) == "document" and holder.type != EntityType.OUTLET:
                kind = SourceKind.DOCUMENT
            return self._named(holder, kind, (holder.start, pos), held, ""), holder.start
        tail = (
            _GROUP_TAIL_END.search(text, max(lo, end - 90), end)
            if _window_has(text, max(lo, end - 90), end, _GROUP_TAIL_NEEDS, self.low_text)
            else None
        ) or (
            _GROUP_PLACE_END.search(text, max(lo, end - 60), end)
            if _window_has(text, max(lo, end - 60), end, _GROUP_PLACE_NEEDS, self.low_text)
            else None
        )
        g = (
            self.p["group"].search(text, max(lo, tail.start() - 60), tail.start())
            if tail is not None and tail.start() > lo
            else None
        )
        if g is not None and not _OBJECT_BEFORE.search(text, max(lo, g.start("np") - 12), g.start("np")):
            # "Seven economists surveyed by the Ledger said", "analysts covering Tallow said": the group
            # speaks; the pollster only asked, and the company they follow is what they speak of (stop 45);
            # "Workers at the plant say": the group speaks, never the place it is at (stop 47)
            found = self._unnamed(g.group("np"), g.start("np"), pos)
            if found.kind == SourceKind.GROUP:
                return found, g.start("np")
        st_end = (
            tail.start() if tail is not None and tail.re is _GROUP_PLACE_END and tail.start() > lo else end
        )
        near_st = text[max(lo, st_end - 12) : st_end]
        st = (
            _STAFF_AT_PLACE.search(text, max(lo, st_end - 12), st_end)
            if "taff" in near_st or "ersonnel" in near_st
            else None
        )
        # "Tallow staff at the plant said": the company's name before its staff, opening the clause
        owner = (
            self.by_end.get(st.start("np") - 1)
            if st is not None and text[st.start("np") - 1 : st.start("np")] == " "
            else None
        )
        opens = (
            owner.start if owner is not None and owner.type == EntityType.ORG else st.start("np") if st else 0
        )
        if st is not None and (
            not text[lo:opens].strip(' \t\n“”"‘’,')
            or _AFTER_QUOTE_END.search(text, max(lo, opens - 4), opens)
        ):
            # "Staff at the Hamburg office said", "Staff said", "Tallow staff at the plant said": a
            # company's staff opening their clause are a group ("staff" elsewhere is too often an
            # object: "the union representing steel staff said")
            label = text[opens : st.end("np")]
            label = label[0].lower() + label[1:] if opens == st.start("np") else label
            return Found(
                "group-" + slug(label), label, SourceKind.GROUP, None, (opens, pos), "", "group",
                speaker_text=text[opens : st.end("np")],
            ), opens  # fmt: skip
        owned = self._owner_phrase(
            _OWNER_OF_END.search(text, max(lo, end - 140), end) if "of" in before else None
        )
        if owned is not None:
            # "the maker of Skylark said", "The proprietor of A and B said": the company behind them
            om, owner = owned
            if owner is None:
                return None  # no company can be told: no source, never the product named
            start = om.start("np")
            return self._named(
                owner, SourceKind.ORGANIZATION, (start, pos), "", "owner-of", om.group("np")
            ), start
        ent = self._entity_ending(end, lo)
        if ent is not None and _COMMITTEE_NAME.fullmatch(ent.name):
            ent = None  # "The Special Committee determined": a board's unnamed committee (`_committee`)
        if ent is None:
            legal = _LEGAL_END.search(text, max(lo, end - 12), end)
            if legal:  # "Nike, Inc. said": the name before its legal form
                ent = self._entity_ending(legal.start(), lo)
        outlet_head = None
        if ent is None:
            outlet_head = _OUTLET_HEAD_END.search(text, max(lo, end - 30), end)
            if outlet_head is not None:  # "the state-run Kesta news agency reported": Kesta
                ent = self._entity_ending(outlet_head.start(), lo)
                if ent is not None and ent.type not in _SPEAKING_TYPES:
                    ent = None
                if ent is not None:
                    return self._named(ent, SourceKind.OUTLET, (ent.start, pos), "", ""), ent.start
        if ent is None or ent.type in (
            EntityType.ORG,
            EntityType.OUTLET,
            EntityType.PERSON,
            EntityType.PLACE,
        ):
            # "X, chair, Y Trust, said", "X, managing director of Y commented", "X, head of Y in Wales
            # said": the person, not the body or the place the post is held at
            person = self._appositive_person(lo, end, ent)
            if person is not None:
                ent = person
        if (
            ent is not None
            and ent.type != EntityType.PERSON
            and SETTLEMENT_OF_BEFORE.search(text, max(lo, ent.start - 16), ent.start)
        ):
            # "In its 2015 annual report, the town of Marlow listed ...": a place told by its kind is never a
            # body that speaks, whatever the name's type (a place typed so may still be its state's voice,
            # below); its document, when the sentence opens on it, is the source (stop 57)
            opening = _PLACE_DOC_BEFORE.search(text, max(lo, ent.start - 120), ent.start)
            if opening is not None and opening.group("noun").lower() in _place_doc_nouns():
                name = " ".join(opening.group("doc").split())
                return Found(
                    "document-" + slug(name),
                    name,
                    SourceKind.DOCUMENT,
                    None,
                    (opening.start("doc"), pos),
                    "",
                    "place-document",
                    speaker_text=name,
                ), opening.start("doc")
            if ent.type != EntityType.PLACE:
                ent = None  # a name typed a body by default: the place says nothing, as a place typed so
        if ent is not None and ent.type == EntityType.PLACE:
            state = self._state_voice(ent, lo, pos)
            if state is not None:
                return state, ent.start  # "Norway confirmed", "Oslo has said": the state speaks (stop 55)
            ent = None  # "the company based in Salem, Oregon, announced": a place says nothing
        if ent is not None and _ACT_OF.search(text, max(lo, ent.start - 40), ent.start):
            return None  # "the acquisition of Hess adds ...": the subject is the act, not the company
        held_by = (
            _HOLDER_OF_END.search(text, max(lo, ent.start - 80), ent.start)
            if ent is not None and ent.type in _SPEAKING_TYPES and ent.end == end
            else None
        )
        if held_by is not None and ent is not None:
            # "one of the biggest investors in Tallow told", "a major creditor of Orla argued": a holder
            # the page does not name speaks, never the company held (stop 45)
            h_at = held_by.start("np")
            return self._unnamed(text[h_at : ent.end], h_at, pos), h_at
        maker = (
            _MAKER_OF.search(text, max(lo, end - 120), end)
            if ent is None or ent.type == EntityType.PRODUCT
            else None
        )
        if (
            maker is not None
        ):  # "the company behind the popular ChatGPT announced": the company, not its product
            owner = self._resolve(maker.group("np"), maker.start("np"))
            if owner is None or owner.type != EntityType.ORG:
                return None
            start = maker.start("np")
            return self._named(owner, _KIND_OF_TYPE[owner.type], (start, pos), "", "anaphor"), start
        if (
            ent is not None
            and ent.type == EntityType.ORG
            and ent.end == end
            and " of " in text[max(lo, ent.start - 60) : ent.start]
            and (post_holder := self._owned_post(lo, end, pos)) is not None
        ):
            # "The CEO of Brenvik told the Ledger": the post's holder, not Brenvik (stop 58)
            return post_holder
        if ent is not None and ent.type in (EntityType.ORG, EntityType.OUTLET):
            aff = self._affiliated(ent, lo)
            if aff is not None:
                return aff, aff.phrase[0]
            person = self._person_of(ent, lo)
            if person is not None:  # "analyst Rita Moss of Wedbush Securities called it": Moss
                ent = person
        if ent:
            doc = self._document_of(ent, pos, lo)
            if doc is not None:
                return doc, doc.phrase[0]
            start = ent.start
            # Take in a title and affiliation before a person: "Mercor CEO Brendan Foody".
            for k in range(
                bisect_left(self.starts, max(lo, ent.start - 120)), bisect_left(self.starts, ent.start)
            ):
                other = self.mentions[k]
                # "Ivo Stark and Lena Vey": two people, no title ("Chairman and CEO" is one)
                if (
                    other.end <= ent.start
                    and ent.start - other.end <= 40
                    and other.start >= lo
                    and ent.type == EntityType.PERSON
                    and _title_gap(text[other.end : ent.start], 1)
                    # a post in the words between ("Mercor CEO"), not a clause ("The Post reported that")
                    and _has_post(text[other.end : ent.start])
                ):
                    start = other.start
            return self._named(ent, _KIND_OF_TYPE[ent.type], (start, pos), "", ""), start
        cg = (
            _COUNSEL_END.search(text, max(lo, end - 60), end)
            if "ounsel" in text[max(lo, end - 8) : end]
            else None
        )
        if cg is not None and (voice := self._company_voice(cg.group("np"), cg.start("np"), pos)) is not None:
            return voice, cg.start("np")  # "Tallow legal counsel said": the company's voice in court
        mg = _MANAGEMENT_END.search(text, max(lo, end - 30), end) if end - lo >= 10 else None
        if mg is not None and (voice := self._company_voice(mg.group("np"), mg.start("np"), pos)) is not None:
            return voice, mg.start("np")  # "Management complained that ...": the company's voice
        near = text[max(lo, end - 40) : end]
        if ("’s" in near or "'s" in near or " of " in text[max(lo, end - 240) : end]) and (
            post_holder := self._owned_post(lo, end, pos)
        ) is not None:
            return post_holder  # "Brenvik's chief executive said": the one holder of the post (stop 57)
        told = _PERSON_TOLD_END.search(text, max(lo, end - 60), end)
        if told is not None:
            # '“...,” the 54-year-old said', '“...,” the Tallow boss said': the one the text told so
            person = self._person_told(told, told.start())
            if person is not None:
                return self._named(
                    person, SourceKind.PERSON, (told.start(), pos), "", "anaphor"
                ), told.start()
        o = _OFFICIAL_END.search(text, max(lo, end - 90), end)
        if o is not None and (
            not _OBJECT_BEFORE.search(text, max(lo, o.start("np") - 12), o.start("np"))
            # "a spokesperson for the Prime Minister said": the voice of the official
            or _VOICE_FOR.search(text, max(lo, o.start("np") - 40), o.start("np"))
        ):
            # "the Energy Secretary said", "the Prime Minister's spokesperson said": the one person the
            # text gave that post, else no one (never the post's words)
            person = self._official(o, o.start("np"))
            if person is not None:
                return self._named(person, SourceKind.PERSON, (o.start("np"), pos), "", "official"), o.start(
                    "np"
                )
            office = self._office_voice(o, (o.start("np"), pos))
            if office is not None:
                return office, o.start("np")  # "the Norwegian energy minister said": the office (stop 55)
        m = (
            self.p["unnamed"].search(text, max(lo, end - 70), end)
            if _window_has(text, max(lo, end - 70), end, _unnamed_needs(), self.low_text)
            else None
        )
        if (
            m
            and not _OBJECT_BEFORE.search(text, max(lo, m.start("np") - 12), m.start("np"))
            and not _compared_to_estimates(text, m.start("np"), m.end("np"))
        ):
            if (voice := self._voice_for(m.group("np"), m.start("np"))) is not None:
                # "A Tallow spokeswoman confirmed the cuts. “...,” the spokeswoman said": Tallow's voice
                return self._spoken_by(voice, (m.start("np"), pos), m.group("np")), m.start("np")
            if _THE_REGULATOR.fullmatch(m.group("np")) and (
                body := self._named_regulator(m.start("np"), (m.start("np"), pos))
            ):
                return body, m.start("np")  # "The regulator said" after the page named it
            named = self._definite_title(m.group("np"), m.start("np"))
            if named is not None:  # 'said CEO Gary Steele. "...," the executive added': Steele
                return self._named(
                    named, _KIND_OF_TYPE[named.type], (m.start("np"), pos), "", "anaphor"
                ), m.start("np")
            if _THE_COFOUNDER.fullmatch(" ".join(m.group("np").split())):
                # "the (40-year-old) co-founder said" where the page titles no one or two so: whose words
                # they are is not told; no source rather than an unnamed "the co-founder" (stop 52), unless
                # the page has named one person only and told no age (stop 59)
                only = self.one_person_named(m.start("np"))
                if only is None:
                    return None
                return self._named(only, SourceKind.PERSON, (m.start("np"), pos), "", "anaphor"), m.start(
                    "np"
                )
            return self._unnamed(m.group("np"), m.start("np"), pos), m.start("np")
        m = _BARE_SOURCES.search(text, max(lo, end - 12), end) or _BARE_REPORTS.search(
            text, max(lo, end - 20), end
        )
        if m:  # "Sources say", "insiders revealed", "..., reports said": unnamed, without a determiner
            return self._unnamed(m.group("np"), m.start("np"), pos), m.start("np")

        def group_ending(stop: int) -> re.Match[str] | None:
            """The group's words (`group`) that end at `stop`."""
            w = max(lo, stop - 60)
            return (
                self.p["group"].search(text, w, stop)
                if _may_end_with(text, w, stop, _GROUP_ENDINGS, space=False)
                else None
            )

        m = group_ending(end)
        if m is None and (tail := _IN_PLACE_END.search(text, max(lo, end - 60), end)) is not None:
            # "Regulators in Norway expressed concern", "Analysts in the City said": the group, where
            # it sits told after it
            m = group_ending(tail.start())
        if m and (relative or not _OBJECT_BEFORE.search(text, max(lo, m.start("np") - 12), m.start("np"))):
            # (not "term sheets sent to prospective investors indicated": an object, not the subject)
            return self._unnamed(m.group("np"), m.start("np"), pos), m.start("np")
        m = (
            self.p["doc_before"].search(text, max(lo, end - 60), end)
            if _may_end_with(text, max(lo, end - 60), end, _document_endings(), space=False)
            else None
        )
        ad = _NAMED_DOC_END.search(text, max(lo, end - 24), end) if m is None else None
        doc_maker = self.by_end.get(ad.start()) if ad is not None else None
        if (
            ad is not None
            and doc_maker is not None
            and doc_maker.type in (EntityType.PERSON, EntityType.PROGRAM, *_SPEAKING_TYPES)
        ):
            # "The Harbour Fund website states", "the Orla statement said": the name before the document
            # is its maker, who speaks through it, as "Orla's statement said" does (stop 52)
            held = " ".join(ad.group("doc").lower().split())
            the = _THE_BEFORE.search(text, max(lo, doc_maker.start - 4), doc_maker.start)
            start = the.start() if the is not None else doc_maker.start
            return self._named(
                doc_maker, _KIND_OF_TYPE[doc_maker.type], (start, pos), held, "", text[start : doc_maker.end]
            ), start
        if (
            m
            and m.group("det").lower() in ("a", "an")
            and m.start() > lo
            and not _CLAUSE_START.search(text, max(lo, m.start() - 12), m.start())
        ):
            m = None  # "In a statement, Yeary ...", "he signed a letter calling": an object, not the subject
        if m and _PREPOSITION_END.search(text, max(lo, m.start() - 12), m.start()):
            # "Under the amended agreement announced on Monday, ...": a preposition's object, its participle no cue
            # (stop 63)
            m = None
        if m:
            return self._document(m.group("doc"), m.start(), pos, m.group("det")), m.start()
        au = (
            _AUTHORITIES_END.search(text, max(lo, end - 40), end)
            if "uthorities" in text[max(lo, end - 40) : end]
            else None
        )
        if au is not None:
            # "the authorities said": the government the page names in this sentence or the one before
            # ("..., the German government, which ... The authorities said"), else the state body it
            # cited last, else an official body the page does not name
            return self._authorities(au.group("np"), (au.start("np"), pos)), au.start("np")
        g = (
            _STATE_BODY_END.search(text, max(lo, end - 90), end)
            if "s " in text[max(lo, end - 90) : end]
            else None
        )
        if g is not None and (body := self._state_body(g, (g.start("np"), pos))) is not None:
            return body, g.start("np")  # "the German government's finance agency announced"
        b = _BODY_END.search(text, max(lo, end - 70), end)
        if b is not None and (body := self._body(b, (b.start("np"), pos))) is not None:
            return body, b.start("np")  # "the union said", "the Scottish government said"
        m = self.p["anaphor"].search(text, max(lo, end - 45), end)
        if m and (voice := self._voice_for(m.group("np"), m.start("np"))) is not None:
            return self._spoken_by(voice, (m.start("np"), pos), m.group("np")), m.start("np")
        vf = _VOICE_FOR.search(text, max(lo, m.start("np") - 30), m.start("np")) if m else None
        if (
            m
            and vf is not None
            and (for_it := self._voice_of_anaphor(vf.group().split()[0], vf.start(), m.start("np"), end))
        ):
            # "Tallow is closing two plants, a spokeswoman for the firm said": the sentence's company
            return for_it, vf.start()
        if m:
            ent = self._lead_issuer(m.group("np"), m.start("np")) or self._resolve(
                m.group("np"), m.start("np")
            )
            place = _place_word(m.group("np"))
            if place and ent is not None and ent.type == EntityType.ORG:
                ent = self._placed_org(place, ent, m.start("np"))  # "the South Korean company said"
            if ent:
                return self._named(
                    ent, _KIND_OF_TYPE[ent.type], (m.start("np"), pos), "", "anaphor"
                ), m.start("np")
            body = self._body_spoke_last(m.start("np")) if m.group("np").lower() == "it" else None
            if body is not None:
                # '..., the energy ministry said. The plan “...,” it said': the state's body cited in the
                # sentence before, no company named since (stop 55)
                return replace(
                    body,
                    phrase=(m.start("np"), pos),
                    verb="",
                    rule="anaphor",
                    content=None,
                    speaker_text="it",
                ), m.start("np")
        return self._lower_case_name(lo, end, pos)

    def _body_spoke_last(self, pos: int) -> Found | None:
        """The state's body or office named by its noun (no entity: "the energy ministry", "the minister"), or a
        board's committee ("Tallow's Independent Committee", stop 56), that the sentence before cited, when no organisation was cited after it and none is named in this sentence before
        `pos` outside quotations: whom an "it said" takes up (stop 55). None otherwise."""
        body = self.last_body
        if body is None or not self.window_start <= body.phrase[0] < self.sentence_start:
            return None
        if self.last_org is not None and self.last_org.phrase[0] > body.phrase[0]:
            return None
        for k in range(bisect_left(self.starts, self.sentence_start), bisect_left(self.starts, pos)):
            if self.mentions[k].type == EntityType.ORG and not self._in_quote(self.mentions[k].start):
                return None
        return body

    def _lower_case_name(self, lo: int, end: int, pos: int) -> tuple[Found, int] | None:
        """ "bp said: ...", "“...,” kelto said": a company that writes its name in lower case, the subject
        of the verb, opening its sentence (no English sentence opens in lower case) or right after a
        quotation; never a common word, a pronoun or a group's noun so written (stop 45). Else None."""
        text = self.text
        m = _LOWER_NAME_END.search(text, max(lo, end - 20), end)
        if m is None or m.start("name") < lo:
            return None
        head = text[lo : m.start("name")]
        if _QUOTE_BEFORE.fullmatch(head) and head.strip():
            pass  # "“...,” kelto said"
        elif not _sentence_starts_at(text, m.start("name")):
            # (not "And patterns tell a story": a word after another opens nothing; not a hard-wrapped
            # line's first word: "... the Paris\ntabloid reported" goes on the sentence before)
            return None
        name = m.group("name")
        if name in _lower_stops() or name.rstrip("s") in _lower_stops():
            return None
        found = Found(
            "org-" + slug(name),
            name,
            SourceKind.ORGANIZATION,
            None,
            (m.start("name"), pos),
            "",
            "lower-case-name",
            speaker_text=name,
        )
        return found, m.start("name")

    def _in_org_aside(self, ms: EntitySpan) -> bool:
        """Is person mention ms named only in an aside of an organization set off by commas or brackets
        ("Tallow, run by chief executive X since 2019, owns", "Tallow, which is led by X,", "Tallow
        (headed by X)")?"""
        before = _ORG_ASIDE_BEFORE.search(self.text, max(0, ms.start - 90), ms.start)
        return before is not None and _ASIDE_CLOSES.match(self.text, ms.end, ms.end + 40) is not None

    def _titles_person(self, k: int) -> bool:
        """Is mention k an organization that only gives the next person's post ("Porsche brand manager
        Ivo Stark", "Tallow Chairman and CEO Lena Vey")?"""
        if k + 1 >= len(self.mentions):
            return False
        ms, nxt = self.mentions[k], self.mentions[k + 1]
        return (
            nxt.type == EntityType.PERSON
            and nxt.start - ms.end <= 40
            and _title_gap(self.text[ms.end : nxt.start], 1)
        )

    def _appositive_person(self, lo: int, stop: int, body: EntitySpan | None) -> EntitySpan | None:
        """The person whose post, set off after the name, ends the subject of a verb: "Maria Lund,
        chair, Hollin Farms Trust, said", "Tom Reade, regional organiser of the Paper Workers Union
        commented", "Priya Nair, the bank's retail director said". The person speaks, never the body
        the post is held at. `body`: the name ending right before the verb (it must follow the post),
        else None and the post itself ends at `stop`."""
        at = body.start if body is not None else stop
        # the nearest person before, over the names the post may hold ("managing director of Ford of")
        k = bisect_left(self.starts, at) - 1
        while k >= 0 and self.mentions[k].type != EntityType.PERSON and at - self.mentions[k].start <= 100:
            k -= 1
        if k < 0:
            return None
        p = self.mentions[k]
        if p.type != EntityType.PERSON or p.start < lo or p.end >= at or at - p.end > 100:
            return None
        gap = self.text[p.end : at]
        m = _APPOSITIVE_POST.match(gap)
        if m is None:
            return None
        post = gap[m.end() :]
        if body is not None:
            tail = _POST_TAIL.search(post)
            if tail is None:
                return None
            post = post[: tail.start()]
        else:
            post = post.rstrip().removesuffix(",")
        if not post.strip() or any(c in post for c in ';:“”"\n.!?'):
            return None
        if "," not in post:
            return p if _has_post(post) else None
        # "X, co-founder, board co-chair, president and chief scientist of Y said": a list of posts,
        # each a short one with no verb ("X, Y's co-founder, is expected to step down as its chief
        # executive, CNBC reported" is a clause, and a list of names or of things is no post)
        parts = post.split(",")
        return p if all(_POST_ITEM.fullmatch(part) and _has_post(part) for part in parts) else None

    def _post_of_person(self, ms: EntitySpan) -> bool:
        """Is organization mention ms the place of a post a person just named held ("X, former CEO of
        aerospace supplier Tallow,"), or the firm of a market watcher ("Tallow Bank analyst X")?"""
        if _ANALYST_AFTER.match(self.text, ms.end, ms.end + 40):
            return True  # "Tallow Bank analyst Omar Haddad": the analyst's firm, never the story's company
        lo = max(0, ms.start - 90)
        if "," not in self.text[lo : ms.start]:
            return False
        m = _POST_OF_BEFORE.search(self.text, lo, ms.start)
        if m is None:
            return False
        person = self.by_end.get(m.start())
        return person is not None and person.type == EntityType.PERSON

    def _affiliated(self, org: EntitySpan, lo: int) -> Found | None:
        """An unnamed person known by a post at the organization ("Fund manager at Tallow shareholder
        Nordvik Capital had called", "an analyst at Brindle Bank said"): that person, an unnamed
        source, never the organization; not the appositive of a named person ("Rita Moss, an analyst
        at Brindle Bank, said": the rules for her find her)."""
        text = self.text
        m = _AFFILIATED.search(text, max(lo, org.start - 90), org.start)
        if m is None:
            return None
        before = text[max(lo, m.start() - 3) : m.start()]
        if "," in before and self._entity_ending(m.start() - len(before) + before.index(","), lo) is not None:
            return None  # "Rita Moss, an analyst at ...": the named person's appositive
        post = " ".join(m.group("post").split())
        det = m.group("det")
        post = post[0].lower() + post[1:]
        post = post if det else ("an " if post[:1] in "aeiou" else "a ") + post
        label = f"{post} {m.group('prep').lower()} {org.name}"
        return Found(
            "unnamed-" + slug(label),
            label,
            SourceKind.UNNAMED,
            None,
            (m.start(), org.end),
            "",
            "unnamed-affiliated",
            speaker_text=" ".join(text[m.start() : org.end].split()),
        )

    def _person_of(self, org: EntitySpan, lo: int) -> EntitySpan | None:
        """The person a name of an organization qualifies: "<Person> of|at|from <Org>" (never in
        the possessive, "<Person>'s company"), else None."""
        i = bisect_left(self.starts, org.start)
        if i == 0:
            return None
        prev = self.mentions[i - 1]
        if prev.type != EntityType.PERSON or prev.start < lo or prev.end > org.start:
            return None
        if not _PERSON_OF_GAP.fullmatch(self.text, prev.end, org.start):
            return None
        return prev

    def _resolve(self, np: str, pos: int) -> EntitySpan | None:
        """The entity a noun phrase or pronoun takes up at pos, if one can be told (else None). A "he"
        or "she" that names a person tells that person's sex for the pronouns after it."""
        ms = self._resolve_np(np, pos)
        place = _place_word(np)
        if place and ms is not None and ms.type == EntityType.ORG:
            ms = self._placed_org(place, ms, pos)
        sex = {"he": "m", "she": "f"}.get(np.lower())
        if sex and ms is not None and ms.type == EntityType.PERSON:
            self.pronoun_sex.setdefault(ms.entity_id, sex)
        return ms

    def _placed_org(self, place: str, ms: EntitySpan, pos: int) -> EntitySpan | None:
        """ "the South Korean company said" where the rules took up `ms`: the one organization named before
        pos that the page ties to that place ("South Korea's Kestrel", "Korean chipmaker Kestrel"); `ms`
        when it is that one or none is tied; None when another is tied and `ms` is not (no guess)."""
        tied: dict[str, EntitySpan] = {}
        for k in range(bisect_left(self.starts, pos) - 1, -1, -1):
            other = self.mentions[k]
            if (
                other.type == EntityType.ORG
                and other.end <= pos
                # "Kestrel Steel, the Japanese company announced": the back-reference itself is no tie
                and not _APPOSITIVE_GAP.fullmatch(self.text, other.end, pos)
                and self._tied_to(other, place)
            ):
                tied.setdefault(other.entity_id, other)
        if ms.entity_id in tied:
            return ms
        if not tied:
            # "the Danish carmaker" where the page ties the one taken up to another place: no guess
            return None if self._placed_elsewhere(ms, place) else ms
        return next(iter(tied.values())) if len(tied) == 1 else None

    def _placed_elsewhere(self, ms: EntitySpan, place: str) -> bool:
        """Does the page tie any mention of the organization to a place other than `place`?"""
        others = (tables().demonyms | _COUNTRY_CODES) - {place}
        for other in self.mentions:
            if other.entity_id != ms.entity_id:
                continue
            words_ = self._words_near(other)
            if any(_same_place(word, demonym) for word in words_ for demonym in others):
                return True
        return False

    def _tied_to(self, ms: EntitySpan, place: str) -> bool:
        """Does the text right before the mention (its sentence, at most 40 characters) or its
        appositive after it name the place a demonym tells ("Korea" or "Korean" for "Korean")?"""
        return any(_same_place(word, place) for word in self._words_near(ms))

    def _words_near(self, ms: EntitySpan) -> list[str]:
        """The capitalised words of a mention's own sentence in the 40 characters before it, and of its
        appositive after it ("South Korea’s Kestrel", "Kestrel, a Korean chipmaker,")."""
        got = self._near_cache.get(ms.start)
        if got is not None:
            return got
        text = self.text
        lo = max(0, ms.start - 40)
        for stop in _SENTENCE_END_IN.finditer(text, lo, ms.start):
            lo = stop.end()  # not the sentence before ("... in Korea. Kestrel said"); "U.S." is no end
        after = _DESCRIBED_AFTER.match(text, ms.end, min(len(text), ms.end + 80))
        near = text[lo : ms.start] + (" " + after.group(0) if after else "")
        got = self._near_cache[ms.start] = _CAPITAL_WORD.findall(near)
        return got

    def _resolve_np(self, np: str, pos: int) -> EntitySpan | None:
        low = " ".join(np.lower().split())
        words_ = low.split()
        want_person = low in ("he", "she") or words_[-1] in (
            "ceo",
            "executive",
            "founder",
            "co-founder",
            "cofounder",
        )
        title = " ".join(words_[1:]) if len(words_) > 1 else ""
        if (low == "it" or (words_[0] == "the" and words_[-1] in _ORG_ANAPHOR_SET)) and (
            issuer := self._issuer_quoted(pos)
        ) is not None:
            return issuer
        if low == "it":
            return self._subject_org(pos)
        if (
            not want_person
            and words_[0] == "the"
            and words_[-1] in _ORG_ANAPHOR_SET
            and not self._body_names_before(pos)
        ):
            # "The coffee chain announced that ...", a headline naming two bodies then "The company
            # announced": the page speaks of its party before the body names it
            return self._page_party(words_[-1])
        if not want_person and words_[-1] == "house":
            # "the fashion house said": only the body the page called a "fashion house" (never another
            # house, never the White House; stop 48)
            called = self._called("house", pos, words_[-2]) if len(words_) >= 3 else None
            trades = self.descriptors.get(called.entity_id, set()) if called is not None else set()
            return called if f"{words_[-2]} house" in trades else None
        if not want_person and words_[-1] in _TRADE_NOUNS:
            # "the carrier said" where no body was called a carrier: no one, not the body named last
            return self._called(words_[-1], pos)
        sex = {"he": "m", "she": "f"}.get(low)
        asides = (
            [(a.start(), a.end()) for a in _WHO_ASIDE.finditer(self.text, self.sentence_start, pos)]
            if sex and "who" in self.text[self.sentence_start : pos]
            else []
        )
        if sex and _SUBORDINATE_BEFORE.search(self.text, max(self.sentence_start, pos - 10), pos):
            # "Vey is replacing Ruiz a month after she announced her exit": a pronoun that opens a clause of
            # time or reason after a main clause naming two persons it may take up: no guess
            agreeing = {
                ms.entity_id
                for ms in self.mentions[
                    bisect_left(self.starts, self.sentence_start) : bisect_left(self.starts, pos)
                ]
                if ms.type == EntityType.PERSON
                and ms.end <= pos
                and self._agrees(ms, sex)
                and not self._in_quote(ms.start)
                and not any(a0 <= ms.start < a1 for a0, a1 in asides)
            }
            if len(agreeing) > 1:
                self.ambiguous.append(pos)
                return None
        if sex:
            # "Though Stark did not name Vey, he wrote ...": the pronoun takes up the sentence's
            # subject, the first person named in it, not the nearest name (often an object). A person
            # the text tells is of the other sex ("Mr. Vey" for "she") is never the pronoun's.
            for k in range(bisect_left(self.starts, self.sentence_start), bisect_left(self.starts, pos)):
                ms = self.mentions[k]
                if (
                    ms.type == EntityType.PERSON
                    and ms.end <= pos
                    and self._agrees(ms, sex)
                    and not self._in_quote(ms.start)
                    # "The CEO - who took over from the founder X - said he ...": a person told of in an aside
                    # about the subject is not the subject
                    and not any(a0 <= ms.start < a1 for a0, a1 in asides)
                ):
                    return ms
            told, subject = self._previous_subject(pos, sex)
            if told:
                return subject  # the sentence before names the pronoun's person, or none agrees: no guess
        slip: EntitySpan | None = None  # the nearest person only an earlier pronoun told of the other sex
        for k in range(bisect_left(self.starts, pos) - 1, max(-1, bisect_left(self.starts, pos) - 300), -1):
            ms = self.mentions[k]
            if ms.end > pos:
                continue
            if sex and ms.type == EntityType.PERSON and self._in_quote(ms.start):
                continue  # "“... our Balance Sheet,” he said": a name the speaker says is not the speaker
            if (
                sex
                and ms.type != EntityType.PERSON
                and self._honorific_sexes.get(ms.entity_id) == sex
                and not self._in_quote(ms.start)
            ):
                # "Tallow fired Mr. Brakstad ... named Lena Varga ... “...,” he said" with "Brakstad" typed a
                # company: a name the page gives the pronoun's honorific is the pronoun's likeliest
                # person; no speaker rather than a person named before it (stop 52)
                return None
            if sex and ms.type == EntityType.PERSON and any(a0 <= ms.start < a1 for a0, a1 in asides):
                continue  # "The CEO - who took over from the founder X - said he": X is told of, not the subject
            if (
                sex
                and ms.type == EntityType.PERSON
                and ms.end <= self.sentence_start
                and self._in_org_aside(ms)
            ):
                # "Tallow, run by chief executive X since 2019, owns ... She added:": a chief named in
                # passing, in an aside of a company, is no one the pronoun takes up (stop 45)
                continue
            if (
                sex
                and ms.type == EntityType.PERSON
                and _COMPANION_BEFORE.search(self.text, max(0, ms.start - 70), ms.start)
            ):
                continue  # "..., he said, seated beside <Title> <Name>": a companion, never the pronoun's person
            if sex and ms.type == EntityType.PERSON and self._guessed(ms):
                # The nearest "person" is only a capitalized pair ("a $1 billion Rights Issue"): no
                # evidence that it is anyone. The pronoun is the person who spoke last, when one agrees;
                # else no speaker rather than the pair.
                return self._last_speaker(pos, sex)
            if (
                sex
                and slip is None
                and ms.type == EntityType.PERSON
                and not self._agrees(ms, sex)
                and not self._sexes.get(ms.entity_id)
            ):
                slip = ms
            if (
                want_person
                and ms.type == EntityType.PERSON
                and (title in ("", "executive") or any(r.normalized == _norm_title(title) for r in ms.roles))
                and (sex is None or self._agrees(ms, sex))
            ):
                if (
                    title not in ("", "executive")
                    and ms.start < self.window_start
                    and self._holders(title, pos) > 1
                ):
                    return None  # "the CEO" of two CEOs, neither in the sentence before: no guess
                if sex and self._other_person_before(ms, sex):
                    # "Tallow named Ana Ruiz, replacing Ivo Stark. She said: ...": the nearest name is not
                    # the subject and the sentence names another the pronoun may take up: no guess
                    self.ambiguous.append(pos)
                    return None
                return ms
            if (
                not want_person
                and ms.type == EntityType.ORG
                and not self._in_heading(ms)
                and ms.entity_id
                not in self.units  # a unit is no company that speaks: its parent is (stop 60)
                and not self._in_quote(ms.start)  # a name the speaker says is not the speaker
            ):
                if self._example(ms):
                    # "..., including Brindle. The firm denied": not the example, the one the article
                    # names most (as for a list of investors)
                    return self._salient_org(words_[-1], pos) or self._most_named_org(
                        pos, skip={ms.entity_id}
                    )
                # "the EV maker": the word before the noun tells its trade apart from another maker's
                # (not a generic noun: "the retail pharmacy company" may be any company the page names)
                mod = (
                    words_[-2]
                    if len(words_) >= 3
                    and words_[-2].isalnum()
                    and words_[-1] not in ("company", "firm", "group", "business", "corporation")
                    else ""
                )
                return (
                    self._salient_org(words_[-1], pos, mod)
                    or self._org_spoke_last(pos)
                    or self._described_org(words_[-1], ms, pos)
                )
        if sex and slip is not None and slip.entity_id == self.last_person:
            # "Ana Ruiz said ... she added ... he told the Ledger": no person the pronoun agrees with, and
            # the one who spoke last was told of the other sex only by a pronoun (no honorific): the
            # page's pronouns disagree with each other, and the speaker goes on speaking. From here on
            # no pronoun tells that person's sex.
            self.pronoun_sex[slip.entity_id] = ""
            return slip
        return None

    def _other_trade(self, eid: str, noun: str, mod: str) -> bool:
        """Did the page call the organization a `noun` of another kind than `mod` ("equipment maker")
        and never a "<mod> <noun>"?"""
        told = self.descriptors.get(eid, set())
        kinds = {d for d in told if d.endswith(" " + noun)}
        return bool(kinds) and f"{mod} {noun}" not in kinds

    def _described_org(self, noun: str, nearest: EntitySpan, pos: int) -> EntitySpan | None:
        """ "The FTSE 100 retailer had said" with no organization named in this sentence or the one
        before: the one the text has called a retailer ("Tallow, the Norwegian retailer"; the last one
        so called), else the one the article names most so far (never an example or a thing a company
        makes: "brands such as ... Brisk cleaning sprays"), else the nearest."""
        if noun not in ("company", "firm", "group", "business", "corporation"):
            for k in range(bisect_left(self.starts, pos) - 1, -1, -1):
                ms = self.mentions[k]
                if (
                    ms.type == EntityType.ORG
                    and noun in self.descriptors.get(ms.entity_id, ())
                    and not self._post_of_person(ms)
                ):
                    return ms
        if self._post_of_person(nearest):
            # the nearest only says where someone works: the company named most else, or no one
            return self._most_named_org(pos, skip={nearest.entity_id})
        skip = {nearest.entity_id} if self._example(nearest) else set()
        return self._most_named_org(pos, skip=skip) or nearest

    def _called(self, noun: str, pos: int, mod: str = "") -> EntitySpan | None:
        """The last organization before pos that the page has called `noun` ("Tallow, the miner") or
        whose name tells that trade ("Kestrel Mining"), outside quotations; None when there is none."""
        for k in range(bisect_left(self.starts, pos) - 1, -1, -1):
            ms = self.mentions[k]
            if (
                ms.type == EntityType.ORG
                and noun in self.descriptors.get(ms.entity_id, ())
                and not self._in_quote(ms.start)
                and not self._post_of_person(ms)
                and not (mod and self._other_trade(ms.entity_id, noun, mod))
            ):
                return ms
        return None

    def _page_party(self, noun: str) -> EntitySpan | None:
        """The organization a page is about, for a back-reference ("the company", "the coffee chain")
        that opens its body before any body is named there: of the organizations the whole page names
        outside quotations (never as an example), one it calls `noun` if any, the one it names most
        (ties: the first named); its first mention. None when the page names none twice (a body named
        once, further on, is told of in passing: "a fund manager at Tallow said")."""
        counts: dict[str, int] = {}
        first: dict[str, EntitySpan] = {}
        for ms in self.mentions:
            if (
                ms.type == EntityType.ORG
                and not self._in_quote(ms.start)
                and not self._example(ms)
                and ms.entity_id not in self.units  # a unit is no body the page is about (stop 60)
            ):
                counts[ms.entity_id] = counts.get(ms.entity_id, 0) + 1
                first.setdefault(ms.entity_id, ms)
        if not counts:
            return None
        called = [eid for eid in counts if noun in self.descriptors.get(eid, ()) and counts[eid] > 1]
        # a trade's noun ("the fund", "the grocer") takes up only a body called so, never the one named most (stop 62)
        pool = called or ([] if noun in _TRADE_NOUNS else [eid for eid in counts if counts[eid] > 1])
        return first[max(pool, key=lambda eid: (counts[eid], -first[eid].start))] if pool else None

    def _body_names_before(self, pos: int) -> bool:
        """Does the body (from its first sentence on) name an organization before pos, outside
        quotations?"""
        for k in range(bisect_left(self.starts, self.body_start), bisect_left(self.starts, pos)):
            ms = self.mentions[k]
            if ms.type == EntityType.ORG and ms.end <= pos and not self._in_quote(ms.start):
                return True
        return False

    def _issuer(self, doc: str, np: str, owner: EntitySpan) -> EntitySpan:
        """ "Tallow has announced ... With Quarry paying $X, the unit will “...”, according to a
        release from the company": a body issues a release, a statement or an announcement about
        itself, so "the company" whose document it is, is the organization the page cited last as
        speaking (Tallow), not one it names more that has not spoken (Quarry); `owner` otherwise."""
        last = self.last_org
        if (
            _doc_kinds().get(" ".join(doc.lower().split())) != "organization"
            or np.lower().split()[-1] not in ("company", "firm", "group", "business", "corporation")
            or last is None
            or last.entity_id is None
            or last.entity_id == owner.entity_id
            or owner.entity_id in self.cited
            or self._type_of(last.entity_id) != EntityType.ORG
        ):
            return owner
        for k in range(bisect_left(self.starts, self.sentence_start) - 1, -1, -1):
            if self.mentions[k].entity_id == last.entity_id:
                return self.mentions[k]
        return owner

    def _brief_line(self, s0: int, s1: int) -> Found | None:
        """ "(Wire) - Kestrel Mining Ltd:" then lines opening "* ": a wire's brief of a body's release,
        each starred line the body's (the name before the colon; a legal form or up to three capitalized
        words may follow it). A starred line under a heading that names no organization: None."""
        text = self.text
        at = s0 + len(text[s0:s1]) - len(text[s0:s1].lstrip())
        if not _STAR_LINE.match(text, at, s1):
            self.brief = None
            return None
        if self.brief is None or not _only_starred(text, self.brief_end, at):
            # (a starred line read as a heading stands between two read here: still the same brief)
            self.brief = self._brief_head(at)
        self.brief_end = s1
        ent = self.brief
        if ent is None:
            return None
        return self._named(
            ent, _KIND_OF_TYPE[ent.type], (at, at + 1), "brief", "brief", speaker_text=ent.name
        )

    def _brief_head(self, at: int) -> EntitySpan | None:
        """The organization whose name closes, with a colon, the last line before `at` that is neither
        blank nor starred (within 2,000 characters and 60 lines); None when that line is another."""
        text = self.text
        lo = max(0, at - 2000)
        end = at
        for _ in range(60):
            nl = text.rfind("\n", lo, end)
            if nl < 0:
                return None
            start = max(lo, text.rfind("\n", lo, nl) + 1)
            line = text[start:nl].strip()
            if not line or _STAR_LINE.match(line):
                end = start
                continue
            if not line.endswith(":"):
                return None
            c = text.rindex(":", start, nl)
            first = bisect_left(self.starts, max(0, c - 120))
            for k in range(bisect_left(self.starts, c) - 1, first - 1, -1):
                ms = self.mentions[k]
                if ms.type == EntityType.ORG and ms.end <= c and _BRIEF_NAME_TAIL.fullmatch(text, ms.end, c):
                    return ms
            # a line of page furniture (a dateline, a wire's credit) holds no mention: the name as the
            # starred lines write it, read on that line
            k0 = bisect_left(self.starts, c)
            for ms in self.mentions[k0 : k0 + 40]:
                if ms.type != EntityType.ORG:
                    continue
                i = text.rfind(text[ms.start : ms.end], max(start, c - 120), c)
                if i >= 0 and _BRIEF_NAME_TAIL.fullmatch(text, i + ms.end - ms.start, c):
                    return ms
            return None
        return None

    def _in_heading(self, ms: EntitySpan) -> bool:
        """Does the mention stand between the sentence before and this one (a heading, a caption)?"""
        return self.gap_start <= ms.start < self.sentence_start

    def _example_at(self, pos: int) -> bool:
        """Is the name that starts at pos an example of others (`_example`)?"""
        k = bisect_left(self.starts, pos)
        return k < len(self.mentions) and self.mentions[k].start == pos and self._example(self.mentions[k])

    def _example(self, ms: EntitySpan) -> bool:
        """Is the mention an example of others ("businesses, including Huawei")?"""
        return (
            _EXAMPLE_BEFORE.search(self.text, max(0, ms.start - 24), ms.start) is not None
            or _EXAMPLE_LIST.search(self.text, max(0, ms.start - 140), ms.start) is not None
        )

    def _holders(self, title: str, pos: int) -> int:
        """How many people the text titles `title` before pos ("the CEO": one, or a CEO of each party)."""
        want = _norm_title(title)
        return len(
            {
                ms.entity_id
                for ms in self.mentions[: bisect_left(self.starts, pos)]
                if ms.type == EntityType.PERSON and any(r.normalized == want for r in ms.roles)
            }
        )

    def _guessed(self, ms: EntitySpan) -> bool:
        """A "person" only by the shape of its name, with no role and never cited as a source so far."""
        return ms.guess and ms.entity_id not in self.cited

    def _last_speaker(self, pos: int, sex: str) -> EntitySpan | None:
        """The last person cited as a source before pos (their last mention), if the pronoun agrees."""
        if self.last_person is None:
            return None
        for k in range(bisect_left(self.starts, pos) - 1, max(-1, bisect_left(self.starts, pos) - 300), -1):
            ms = self.mentions[k]
            if ms.entity_id == self.last_person and ms.end <= pos:
                return ms if self._agrees(ms, sex) else None
        return None

    def _other_person_before(self, ms: EntitySpan, sex: str) -> bool:
        """Does the sentence before this one, where person mention ms stands, name another person (outside
        quotations, not told of the other sex) before ms?"""
        lo = self.window_start
        if not lo <= ms.start < self.sentence_start:
            return False
        for k in range(bisect_left(self.starts, lo), bisect_left(self.starts, ms.start)):
            other = self.mentions[k]
            if (
                other.type == EntityType.PERSON
                and other.entity_id != ms.entity_id
                and not self._in_quote(other.start)
                and self._agrees(other, sex)
                # (not the organization of a name run typed as a person: "Kestrel Air founder Priya X")
                and self._extend_to_person(other) is other
            ):
                return True
        return False

    def _in_sealed(self, pos: int) -> bool:
        """Is the text at pos inside a quotation closed by its own mark?"""
        i = bisect_right(self.sealed_starts, pos) - 1
        return i >= 0 and pos < self.sealed[i][1]

    def _issuer_quoted(self, pos: int) -> EntitySpan | None:
        """'“Tallow confirms that it has made a proposal ...,” the company said': the organization a
        quotation opening this sentence names as the subject of a statement's verb in the present, or as the
        subject after a clause that names another ("“While Brenvik has declined, Tallow remains ...”"), is
        whom "it" or "the company" of its reporting clause takes up: the company's own statement quoted by
        its first words (stop 57). None when the quotation opens otherwise."""
        text = self.text
        lead = _LEAD_PHRASE.match(text, self.sentence_start, pos)
        head = lead.end() if lead else self.sentence_start
        if head >= pos or not _quotation_then(text, head, pos):
            return None
        at = head + 1
        clause = _ISSUER_AFTER_CLAUSE.match(text, at, pos)
        if clause is not None:
            at = clause.end()
        k = bisect_left(self.starts, at)
        # a name the cue's "it" or "the company" takes up is the company's, even one the name's shape typed a
        # person ("Kraft Heinz" read as a given name and a surname)
        if (
            k >= len(self.mentions)
            or self.mentions[k].start != at
            or self.mentions[k].type == EntityType.PLACE
        ):
            return None
        ms = self.mentions[k]
        if clause is None:
            verb = _ISSUER_VERB_AFTER.match(text, ms.end, pos)
            if verb is None or verb.group("verb") not in _statement_verbs():
                return None
            return ms
        other = [
            m.entity_id for m in self.mentions[bisect_left(self.starts, head) : k] if m.type == EntityType.ORG
        ]
        if not other or ms.entity_id in other or _ISSUER_CLAUSE_VERB.match(text, ms.end, pos) is None:
            return None
        return ms

    def _reports_on_another(self, f: Found, s0: int) -> bool:
        """ "Brenvik named Ana Ruiz its chief, the Ledger reported": an organization cited with "reported"
        after what it reports, which names another organization outside quotations: it reports on that
        body as an outlet does (never a company's report of its own results or plans)."""
        if f.kind != SourceKind.ORGANIZATION or not f.entity_id or f.verb not in ("reported", "reports"):
            return False
        lo = bisect_left(self.starts, s0)
        hi = bisect_left(self.starts, f.phrase[0])
        return any(
            ms.type == EntityType.ORG and ms.entity_id != f.entity_id and not self._in_quote(ms.start)
            for ms in self.mentions[lo:hi]
        )

    def _in_quote(self, pos: int) -> bool:
        """Is the text at pos inside a quotation's marks?"""
        i = bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def _voice_for(self, np: str, pos: int) -> Found | None:
        """ "A spokeswoman for Tallow said ... “...,” she added": a "he" or "she" in this sentence or the
        next after a company voice is cited, with no person named between (outside quotations), is
        that voice: the company speaking, not a person named before it. Else None."""
        voice = self.last_voice
        if (
            voice is None
            or (np.lower() not in ("he", "she") and not _THE_SPOKESPERSON.fullmatch(np))
            or voice.phrase[0] < self.window_start
        ):
            return None
        for k in range(bisect_left(self.starts, voice.phrase[1]), bisect_left(self.starts, pos)):
            ms = self.mentions[k]
            if ms.type == EntityType.PERSON and not self._in_quote(ms.start):
                return None
        return voice

    def _definite_title(self, np: str, pos: int) -> EntitySpan | None:
        """ "the executive", "the CEO" right after a sentence that names a person with a title: that
        person, when the sentence before names no unnamed one ("a senior executive"); "the CEO"
        further on: the one person the article titles CEO before it (none or two: None)."""
        told = _DEFINITE_TITLE.fullmatch(" ".join(np.split()))
        if told is None:
            return None
        if told.group("age") is not None:
            np = " ".join(np.replace(told.group("age").strip(), " ").split())  # the post, its age aside
        prev = self.window_start
        if _INDEFINITE_TITLE.search(self.text, prev, pos):
            return None
        ms = self._resolve(np, pos)
        if ms is None or not ms.roles:
            return None
        title = " ".join(np.lower().split()[1:])
        if ms.start < prev and (title == "executive" or self._holders(title, pos) != 1):
            return None  # further back only the one holder of the title the article names
        return ms

    def _owned_post(self, lo: int, end: int, pos: int) -> tuple[Found, int] | None:
        """ "Brenvik's chief executive said", "the truck maker's CEO had said", "The CEO of another firm, Tallow
        Systems Inc (TLW.N), told": the one holder of a company's top post. The person the page titles so at that
        company before pos (or, for a trade, at the company the trade takes up); else one person named by the
        company's name and the post ("Tallow Systems CEO"), or by the words as written when no company is named
        ("the truck maker's CEO"). None when the words are no such post (stop 57)."""
        text = self.text
        m = (
            _OWNED_POST_END.search(text, max(lo, end - 90), end)
            or _POST_OF_APPOSITIVE_END.search(text, max(lo, end - 240), end)
            or _POST_OF_END.search(text, max(lo, end - 120), end)
        )
        if m is None:
            return None
        post = " ".join(m.group("post").split())
        owner: EntitySpan | None = None
        if m.group("org") is not None:
            org_end = m.start("org") + len(m.group("org").rstrip())
            owner = self._entity_ending(org_end, m.start("org"))
            if owner is None or owner.type != EntityType.ORG:
                return None
        else:
            owner = self._resolve(" ".join(m.group("trade").split()), m.start())  # the company it takes up
            if owner is not None and owner.type != EntityType.ORG:
                owner = None
        start = m.start()
        want = _norm_title(post).lower()
        if owner is not None:
            for k in range(bisect_left(self.starts, start) - 1, -1, -1):
                ms = self.mentions[k]
                if (
                    ms.type == EntityType.PERSON
                    and not self._in_quote(ms.start)
                    and any(
                        _norm_title(r.normalized).lower() == want
                        and r.organization is not None
                        and self._is_company(r.organization, owner)
                        for r in ms.roles
                    )
                ):
                    return self._named(ms, SourceKind.PERSON, (start, pos), "", "owned-post"), start
        if m.group("org") is not None and owner is not None:
            # the company as the page writes it there, its legal form aside ("Tallow Systems Inc" -> "Tallow Systems")
            written = tuple(text[owner.start : owner.end].split())
            name = f"{' '.join(legal_core(written))} {post}"
        else:
            name = " ".join(text[start : m.end("post")].split())
            name = name[0].lower() + name[1:]
        return Found(
            POST_HOLDER_PREFIX + slug(name),
            name,
            SourceKind.PERSON,
            None,
            (start, pos),
            "",
            "owned-post",
            speaker_text=name,
        ), start

    def _is_company(self, organization: str, owner: EntitySpan) -> bool:
        """Whether a role's company as written ("Harbour Bank" of "Harbour Bank chief executive Ana Ruiz") is
        `owner`: its whole name, legal forms aside (`legal_core`), is the owner's name or the words of a mention
        of the owner on the page (one entity). Two companies whose names open on one word are two ("Harbour
        Bank" / "Harbour Trust"): the first word alone gave the one's chief the other's words (after review,
        stop 57)."""
        core = _company_core(organization)
        if core == _company_core(owner.name):
            return True
        return any(
            ms.entity_id == owner.entity_id and _company_core(self.text[ms.start : ms.end]) == core
            for ms in self.mentions
        )

    def _person_told(self, m: re.Match[str], pos: int) -> EntitySpan | None:
        """ "the 54-year-old": the one person whose age the text gave as 54 before pos; "the Tallow boss",
        "the Tallow chief executive": the one person the text titled chief executive (chair, founder)
        of Tallow before pos. None when no one or more than one fits (no guess); an age no one was told
        with is the one person named so far (`one_person_named`)."""
        fits: dict[str, EntitySpan] = {}
        org = m.group("org")
        want = ""
        if org is not None:
            post = " ".join(m.group("post").lower().split())
            want = "ceo" if post in ("boss", "chief") else _norm_title(post).lower()
        elif m.group("dpost") is not None:
            # "the Nordic shipping boss": the one person the text titled so before pos, whatever company
            post = " ".join(m.group("dpost").lower().split())
            want = "ceo" if post in ("boss", "chief") else _norm_title(post).lower()
        for ms in self.mentions[: bisect_left(self.starts, pos)]:
            if ms.type != EntityType.PERSON or ms.end > pos or self._in_quote(ms.start):
                continue
            if m.group("age") is not None:
                if m.group("age") in self._ages_told(ms):
                    fits[ms.entity_id] = ms
            elif org is None:
                if any(_norm_title(r.normalized).lower() == want for r in ms.roles):
                    fits[ms.entity_id] = ms
            elif any(
                _norm_title(r.normalized).lower() == want
                and r.organization is not None
                and r.organization.lower().startswith(org.lower())
                for r in ms.roles
            ):
                fits[ms.entity_id] = ms
        if not fits and m.group("age") is not None:
            return self.one_person_named(pos)
        if len(fits) != 1:
            return None
        eid = next(iter(fits))
        return next(
            ms for ms in reversed(self.mentions[: bisect_left(self.starts, pos)]) if ms.entity_id == eid
        )

    def _ages_told(self, ms: EntitySpan) -> set[str]:
        """The age told with a person's mention: "Ruiz, 54," / "54-year-old Ruiz"."""
        after = _AGE_AFTER.match(self.text, ms.end, ms.end + 8)
        before = _AGE_BEFORE.search(self.text, max(0, ms.start - 40), ms.start)
        return {g.group(1) for g in (after, before) if g is not None}

    def one_person_named(self, pos: int) -> EntitySpan | None:
        """ "the 61-year-old said", "the 40-year-old co-founder said" where the page told no one that age nor
        that post: the one person the page has named before pos (its last mention), none of whose mentions
        gave an age (stop 59); two people named, or one with an age told, give no one."""
        named: dict[str, EntitySpan] = {}
        for ms in self.mentions[: bisect_left(self.starts, pos)]:
            if ms.type != EntityType.PERSON or ms.end > pos or self._in_quote(ms.start):
                continue
            if self._ages_told(ms):
                return None
            named[ms.entity_id] = ms
        return next(iter(named.values())) if len(named) == 1 else None

    def _agrees(self, ms: EntitySpan, sex: str) -> bool:
        """Does nothing the text tells of this person contradict the pronoun's sex? Told by an
        honorific before any of the person's mentions ("Mr. Vey", "Ms. Stark"); untold agrees."""
        told = self._sexes.get(ms.entity_id, "") or self.pronoun_sex.get(ms.entity_id, "")
        return told in ("", sex)

    @functools.cached_property
    def _sexes(self) -> dict[str, str]:
        """Per person, "m" or "f" where an honorific before a mention tells it ("" when both are told)."""
        out: dict[str, str] = {}
        for ms in self.mentions:
            if ms.type != EntityType.PERSON:
                continue
            sex = _honorific_sex(self.text, ms.start)
            if not sex:
                continue
            out[ms.entity_id] = sex if out.get(ms.entity_id, sex) == sex else ""
        return out

    @functools.cached_property
    def _honorific_sexes(self) -> dict[str, str]:
        """Per entity not typed a person, "m" or "f" where the page tells it ("" when both are told): an
        honorific before a mention ("Mr. Vey", even with a line break after "Mr.") or a one-word name that reports of
        itself with a pronoun ("Vey said he ..."; never a name the gazetteer knows): a name typed a
        company may still be a person's."""
        out: dict[str, str] = {}
        for ms in self.mentions:
            if ms.type == EntityType.PERSON:
                continue
            sex = _honorific_sex(self.text, ms.start)
            if not sex:
                # the anchored match first, the gazetteer (which tokenizes the name) only for a name that
                # reports of itself with a pronoun; the gazetteer asked by the name's tokens
                # (`_gazetteer_type`), as everywhere else: a name of one word may be several tokens
                if " " in ms.name:
                    continue
                sex = _said_pronoun_sex(self.text, ms.end)
                if not sex or _gazetteer_type(ms.name) is not None or self._in_quote(ms.start):
                    continue
            out[ms.entity_id] = sex if out.get(ms.entity_id, sex) == sex else ""
        return out

    def _previous_subject(self, pos: int, sex: str) -> tuple[bool, EntitySpan | None]:
        """A pronoun that opens its sentence ("He said: ...") takes up the subject of the sentence
        before when that is a person: the person it opens with, or the one its title anaphor names
        ("The CEO - who replaced X - explained ..."), never a person named later in it. (True, the
        person) -- or (True, None) when that subject does not agree or is not known: no guess;
        (False, None) when the sentence before opens with no person."""
        s0, prev = self.sentence_start, self.window_start
        lead = _LEAD_PHRASE.match(self.text, s0, pos)
        opens = (lead.end() if lead else s0) == pos or _QUOTE_BEFORE.fullmatch(self.text, s0, pos) is not None
        if prev >= s0 or not opens:
            return False, None
        closing = self._closing_speaker(prev, s0)
        if closing is not None:
            # "Stark will stay, analyst Lena Vey said. “...,” she said": the one whose reporting clause
            # closes the sentence before goes on speaking, not the subject of what she reported
            return True, closing if self._agrees(closing, sex) else None
        lead = _LEAD_PHRASE.match(self.text, prev, s0)
        head = lead.end() if lead else prev
        k = bisect_left(self.starts, head)
        if (
            k < len(self.mentions)
            and self.mentions[k].start > head
            and (
                self._titled_at(self.mentions[k], head)
                # "Mr. Stark, who began his career there, ...": the honorific before the name (stop 43)
                or (h := HONORIFIC_AT.match(self.text, head)) is not None
                and h.end() == self.mentions[k].start
            )
        ):
            head = self.mentions[k].start  # "Tech analyst Ivo Stark of Harbour called it ...": he is Stark
        if k < len(self.mentions) and self.mentions[k].start == head:
            ms = self._extend_to_person(self.mentions[k])
            if ms.type != EntityType.PERSON:
                return False, None
            return True, ms if self._agrees(ms, sex) else None
        m = _TITLE_ANAPHOR_AT.match(self.text, head, s0)
        if m:
            named = self._resolve(m.group(0), head)
            return True, named if named is not None and self._agrees(named, sex) else None
        return False, None

    def _closing_speaker(self, prev: int, s0: int) -> EntitySpan | None:
        """The person cited by a reporting clause that closes the sentence text[prev:s0] ("..., Bernstein
        analyst Ivo Stark said."), their mention there; else None."""
        end = self.last_person_end
        if not prev < end <= s0 or not _CLAUSE_CLOSES.match(self.text, end, s0):
            return None
        for k in range(bisect_left(self.starts, end) - 1, bisect_left(self.starts, prev) - 1, -1):
            ms = self.mentions[k]
            if ms.entity_id == self.last_person:
                return ms
        return None

    def _titled_at(self, ms: EntitySpan, head: int) -> bool:
        """Does the person's title fill the few words from `head` to the mention ("Tech analyst Ivo
        Stark" at the head of a sentence)?"""
        if ms.type != EntityType.PERSON or ms.start - head > 60:
            return False
        return _FEW_WORDS.fullmatch(self.text, head, ms.start) is not None and any(
            head <= r.span.start
            and r.span.end <= ms.start
            and not self.text[r.span.end : ms.start].strip(" ,")
            for r in ms.roles
        )

    def _subject_org(self, pos: int) -> EntitySpan | None:
        """ "It said": the organization that is this sentence's subject ("Tallow will buy Harbour, it
        said"; "The chip company will pay ..., it said in a statement" -> whom "the chip company" names);
        for an "it" that starts its sentence, the organization the sentence before starts with ("Wiz,
        founded in 2020, grew fast. It says ..."). None otherwise: never a guess."""
        text = self.text
        s0 = self.sentence_start
        if _WHAT_BEFORE_IT.search(text, max(s0, pos - 8), pos) and (org := self._clause_subject(s0, pos)):
            # "... as Tallow grew tired of what it described as ...": that clause's subject (stop 58)
            return org
        if (sub := self._subordinate_subject(s0, pos)) is not None:
            return sub  # "While Orla owns less than 1% of Tallow, it argues that ...": the clause's subject (stop 62)
        lead = _LEAD_PHRASE.match(text, s0, pos)
        head = lead.end() if lead else s0
        if head < pos and _quotation_then(text, head, pos):
            # '“Tallow expects to close soon,” it said': the quotation opens the sentence, so "it" is
            # read as an "it" that opens one (below), never a name inside the quoted words (stop 54)
            head = pos
        if head < pos:
            k = bisect_left(self.starts, head)
            if k < len(self.mentions) and self.mentions[k].start == head:
                ms = self.mentions[k]
                if ms.type == EntityType.ORG and ms.end <= pos:
                    return ms
                if (
                    ms.type == EntityType.PLACE
                    and k + 1 < len(self.mentions)
                    and self.mentions[k + 1].type == EntityType.ORG
                    and self.mentions[k + 1].end <= pos
                    and _KIND_AFTER_PLACE.fullmatch(text, ms.end, self.mentions[k + 1].start)
                ):
                    # "US parcel delivery giant UPS plans to cut jobs, it said": the body after its
                    # country and kind opens the sentence (stop 43)
                    return self.mentions[k + 1]
                if ms.type != EntityType.PERSON or ms.end > pos:
                    return None
                # "X disclosed ... during the review, it added": a person opens the sentence, so "it"
                # is the organization the sentence before starts with (as for an "it" opening one)
                return self._previous_subject_org(s0)
            m = self.p["anaphor_at"].match(text, head, pos)
            if m:
                return self._resolve(m.group("np"), head)
            if any(
                ms.type == EntityType.ORG and not self._in_quote(ms.start)
                for ms in self.mentions[bisect_left(self.starts, head) : bisect_left(self.starts, pos)]
            ):
                return None  # "Sales at Tallow rose, it said": a body named in the clause, no guess
            # "Precise terms will be set with the directors, it said": a clause whose subject is no body
            # goes on in the voice of the organization the sentence before cited (stop 55)
            return self._cited_after_its_words(s0) or self._previous_cited_subject(s0)
        issuer = (
            self._issuer_in_lead(s0, head)
            or self._cited_after_its_words(s0)
            or self._previous_subject_org(s0)
            or self._previous_cited_subject(s0)
        )
        return issuer if issuer is not None else self._cited_before_last(s0)

    def _subordinate_subject(self, s0: int, pos: int) -> EntitySpan | None:
        """ "While Orla Partners owns less than 1% of Tallow, it argues that ...", "Although the Orla fund is small, it
        said": an "it" right after the comma that closes a sentence's opening clause of concession or reason is the
        organization that clause opens with (its subject); None when the clause opens with anything else (stop 62)."""
        text = self.text
        sub = _SUBORDINATE_OPENING.match(text, s0, pos)
        if sub is None or not _COMMA_BEFORE_IT.search(text, sub.end(), pos):
            return None
        k = bisect_left(self.starts, sub.end())
        if k >= len(self.mentions):
            return None
        ms = self.mentions[k]
        if ms.start != sub.end() or ms.type != EntityType.ORG or ms.end >= pos:
            return None
        return ms

    def _clause_subject(self, s0: int, pos: int) -> EntitySpan | None:
        """For "what it called" at pos: the organization that opens the clause "what" stands in, the last name
        before it outside quotations when that name is an organization right after a clause's opening word ("as",
        "after", "when", ", and"): "the deal stalled as Tallow lost patience with what it called ...". None when
        the last name is anything else (a person, a possessive, another body's object): no guess (stop 58)."""
        k = bisect_left(self.starts, pos) - 1
        while k >= 0 and self.mentions[k].start >= s0 and self._in_quote(self.mentions[k].start):
            k -= 1
        if k < 0 or self.mentions[k].start < s0:
            return None
        ms = self.mentions[k]
        if ms.type != EntityType.ORG or self.text[ms.end : ms.end + 1] in ("’", "'"):
            return None
        at = max(s0, ms.start - 12)
        if not (
            _SUBORDINATE_BEFORE.search(self.text, at, ms.start)
            or _COORDINATE_BEFORE.search(self.text, at, ms.start)
        ):
            return None
        return ms

    def _cited_after_its_words(self, s0: int) -> EntitySpan | None:
        """ "<words>, said Tallow, which owns 7% of Harbour. “...,” it said" (or "<words>, Tallow said."):
        the sentence before cites an organization after the words it stands for, so its own opening
        ("Harbour's offer should ...") is part of those words, never the speaker; an "it" opening this
        sentence is the organization cited there (stop 55). None otherwise."""
        last = self.last_org
        lo = self.window_start
        if last is None or last.entity_id is None or not lo < last.phrase[0] < s0:
            return None
        p0, p1 = last.phrase
        if not self.text[lo:p0].rstrip().endswith(","):
            return None
        for k in range(bisect_left(self.starts, p1) - 1, -1, -1):  # its name in the cue, else its latest
            if self.mentions[k].entity_id == last.entity_id and not self._in_quote(self.mentions[k].start):
                return self.mentions[k]
        return None

    def _previous_cited_subject(self, s0: int) -> EntitySpan | None:
        """ "The company said the closures ... . It said ...": the sentence before opens with a
        description of an organization ("The company", "The car maker") that the text cited there, so
        an "it" opening this sentence is that organization (its latest mention). None otherwise."""
        last = self.last_org
        lo = self.window_start
        if last is None or last.entity_id is None or not lo <= last.phrase[0] < s0:
            return None
        if self.text[lo : last.phrase[0]].strip():
            return None  # something else opens the sentence before ("Liam Hart said ...", a phrase)
        for k in range(bisect_left(self.starts, s0) - 1, -1, -1):
            if self.mentions[k].entity_id == last.entity_id:
                return self.mentions[k]
        return None

    def _org_spoke_last(self, pos: int) -> EntitySpan | None:
        """'“...,” Tallow said in a release. “...” The bank stressed that ...': a body's noun opening a
        sentence after sentences that name no organization outside quotations (their words go on) is
        the organization cited last, in the sentence before or the one before that, when no person was
        cited after it (stop 43). None otherwise."""
        last = self.last_org
        if (
            last is None
            or last.entity_id is None
            or not self.earlier_start <= last.phrase[0] < self.sentence_start
            or (self.last_person is not None and self.last_person_end > last.phrase[0])
            or self.text[self.sentence_start : pos].strip()
        ):
            return None
        for k in range(bisect_left(self.starts, pos) - 1, bisect_left(self.starts, last.phrase[0]) - 1, -1):
            ms = self.mentions[k]
            if ms.type == EntityType.ORG and not self._in_quote(ms.start) and ms.entity_id != last.entity_id:
                return None  # another body named since: no guess
            if ms.entity_id == last.entity_id and not self._in_quote(ms.start):
                return ms
        if last.rule in _DOCUMENT_VOICE_RULES:
            # "..., the statement said. The company did not say when": cited through its statement's noun, the
            # body is not named in the cue; its latest mention before the cue stands for it (stop 54)
            for k in range(bisect_left(self.starts, last.phrase[0]) - 1, -1, -1):
                ms = self.mentions[k]
                if ms.entity_id == last.entity_id and not self._in_quote(ms.start):
                    return ms
        return None

    def _cited_before_last(self, s0: int) -> EntitySpan | None:
        """ "“...,” Tallow said in a release. The venture will ship next year. It described ...": an
        "it" opening a sentence after one that names no organization is the organization cited as a
        source in the sentence before that one. None otherwise."""
        last = self.last_org
        lo = self.window_start
        if last is None or last.entity_id is None or not self.earlier_start <= last.phrase[0] < lo:
            return None
        named = any(
            self.mentions[k].type == EntityType.ORG
            for k in range(bisect_left(self.starts, lo), bisect_left(self.starts, s0))
        )
        if named:
            return None
        k = bisect_left(self.starts, last.phrase[0])
        while k < len(self.mentions) and self.mentions[k].start < lo:
            if self.mentions[k].entity_id == last.entity_id:
                return self.mentions[k]
            k += 1
        return None

    def _lead_issuer(self, np: str, pos: int) -> EntitySpan | None:
        """ "In Tallow’s post about the deal, the company said": a company anaphor right after the
        sentence's opening phrase is the organization that issued the document the phrase names."""
        if np.lower().split()[0] != "the":
            return None
        s0 = self.sentence_start
        lead = _LEAD_PHRASE.match(self.text, s0, pos)
        if lead is None or lead.end() != pos or pos == s0:
            return None
        return self._issuer_in_lead(s0, pos)

    def _issuer_in_lead(self, s0: int, head: int) -> EntitySpan | None:
        """ "In a statement from the carmaker, it said": the organization that issued the document
        an opening phrase names, named or as a company anaphor ("by Orbitex", "from the carmaker")."""
        by = _ISSUED_BY.search(self.text, s0, head)
        if by is None:
            # "In Tallow’s online post about the deal, the company said": the post's owner
            own = _POSSESSIVE_DOC.search(self.text, s0, head)
            owner = self._entity_ending(own.start(), s0) if own else None
            return owner if owner is not None and owner.type == EntityType.ORG else None
        k = bisect_left(self.starts, by.end())
        if k < len(self.mentions) and self.mentions[k].start == by.end():
            ms = self.mentions[k]
            return ms if ms.type == EntityType.ORG else None
        m = self.p["anaphor_at"].match(self.text, by.end(), head)
        return self._resolve(m.group("np"), by.end()) if m else None

    def _statement_lead(self, s0: int, end: int) -> Found | None:
        """The owner of the statement a sentence ending in a colon at `end` names last ("The Ledger published
        the company's statement in full:", "a statement from Tallow:"): the words below are the owner's,
        not those of the outlet that ran them. None when no owner can be told."""
        m = _STATEMENT_LEAD.search(self.text, max(s0, end - 140), end)
        if m is None:
            return None
        doc = " ".join(m.group("doc").lower().split())
        if m.group("own"):
            owner = self._entity_ending(m.start(), s0)
            start = owner.start if owner is not None else m.start()
            if owner is None:
                ana = self.p["anaphor"].search(self.text, max(s0, m.start() - 60), m.start())
                owner = self._resolve(ana.group("np"), ana.start("np")) if ana is not None else None
                start = ana.start("np") if ana is not None else start
            if owner is None or owner.type not in _SPEAKING_TYPES:
                return None
            return self._named(
                owner, _KIND_OF_TYPE[owner.type], (start, m.end("doc")), f"said ({doc})", "statement-lead",
                self.text[start : m.start()],
            )  # fmt: skip
        if not m.group("from"):
            return None
        got = self._source_at(m.start(), end)
        if got is None or got[0].kind not in (SourceKind.ORGANIZATION, SourceKind.PERSON):
            return None
        f = got[0]
        f.verb, f.rule = f"said ({doc})", "statement-lead"
        return f

    def _owner_phrase(self, om: re.Match[str] | None) -> tuple[re.Match[str], EntitySpan | None] | None:
        """The company an owner's phrase ("the maker of X") stands for, with the phrase; None when `om`
        is None or its last name is a person set after the goods ("the owner of the club, Ivo Stark,":
        the person speaks, other rules tell)."""
        if om is None:
            return None
        lo, hi = om.start("what"), om.end("what")
        k = bisect_left(self.starts, hi) - 1
        if (
            k >= 0
            and self.mentions[k].start >= lo
            and self.mentions[k].type == EntityType.PERSON
            and self.text[lo : self.mentions[k].start].rstrip().endswith(",")
        ):
            return None
        return om, self._owner_of(lo, hi, om.start(), om.group("np").split()[-1].lower())

    def _owner_of(self, lo: int, hi: int, pos: int, noun: str) -> EntitySpan | None:
        """ "the maker of Skylark", "the owner of the Harbour Pay app": text[lo:hi] is what the company
        makes or owns. The organization the page ties to one of the names there: "Skylark maker Tallow",
        "Tallow, which makes Skylark", "Tallow's Skylark", "Tallow, the owner of Skylark", or the one name
        that opens with the same word ("Harbour Bank" for "Harbour Pay"); else the organization the
        page called by the phrase's `noun` ("drinks maker Tallow"). Never a name inside text[lo:hi] (a
        product, a brand, a unit), never a guess by place: None when no company can be told."""
        text = self.text
        things = [
            ms
            for ms in self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]
            if ms.end <= hi
        ]
        own = {ms.entity_id for ms in things}
        for t in (ms for ms in self.mentions if ms.entity_id in own and not self._in_quote(ms.start)):
            # every mention of the goods on the page, and the company named right beside one
            k = bisect_left(self.starts, t.end)
            after = self.mentions[k] if k < len(self.mentions) else None
            if (
                after is not None
                and after.type == EntityType.ORG
                and after.entity_id not in own
                and _MAKER_GAP.fullmatch(text, t.end, after.start)
            ):
                return after  # "Skylark maker Tallow", "Skylark-maker Tallow"
            for j in range(bisect_left(self.starts, t.start - 140), bisect_left(self.starts, t.start)):
                ms = self.mentions[j]
                if (
                    ms.type == EntityType.ORG
                    and ms.entity_id not in own
                    and ms.end <= t.start
                    and _OWNS_BETWEEN.fullmatch(text, ms.end, t.start)
                ):
                    return ms  # "Tallow, which makes Skylark", "Tallow's Skylark", "Tallow, the owner of Skylark"
        for t in things:
            heads = t.name.split()
            if len(heads) >= 2 and len(heads[0]) >= 3:
                shared = {
                    ms.entity_id: ms
                    for ms in self.mentions
                    if ms.type == EntityType.ORG
                    and ms.entity_id not in own
                    and ms.name.split()[0] == heads[0]
                    and ms.start < pos
                }
                if len(shared) == 1:
                    return next(iter(shared.values()))  # "Harbour Bank" makes "Harbour Pay"
        # the company the page called by the phrase's noun ("drinks maker Tallow ... the maker of A and B")
        if noun in _ORG_ANAPHOR_SET and noun not in ("company", "firm", "group", "business"):
            called = self._called(noun, pos)
            if called is not None and called.entity_id not in own:
                return called
        return None

    def _previous_subject_org(self, s0: int) -> EntitySpan | None:
        """The organization the sentence before this one (starting at s0) opens with, else None."""
        return org_opening(self.text, self.mentions, self.starts, self.window_start, s0)

    def _salient_org(self, noun: str, pos: int, mod: str = "") -> EntitySpan | None:
        """ "the startup" among the organizations of this sentence and the one before: the one the
        text has called a startup ("AI startup Anthropic", "Wiz, a cloud security firm"), else the
        one named most often so far; a tie goes to the sentence's subject for "the company", else to
        the nearest. None when none is named there."""
        lo = self.window_start
        hi = bisect_left(self.starts, pos)
        near: dict[str, EntitySpan] = {}
        for k in range(bisect_left(self.starts, lo), hi):
            ms = self.mentions[k]
            if (
                ms.end <= pos
                and ms.type == EntityType.ORG
                and not self._in_heading(ms)
                and not self._in_quote(ms.start)  # '“Margins will improve,” the company said'
                and not self._post_of_person(ms)  # "X, former CEO of Tallow, will ..., the company said"
                and ms.entity_id
                not in self.units  # "the company said" after "<P>'s <X> business": P (stop 60)
            ):
                near[ms.entity_id] = ms  # the last mention of each
        if not near:
            return None
        # "links to Chinese businesses, including Huawei. The firm denied ...": an example named in
        # passing is not "the firm" (then the one the article names most is, _resolve)
        near = {eid: ms for eid, ms in near.items() if not self._example(ms)}
        if not near:
            return None
        unborn = {
            eid
            for eid, ms in near.items()
            if ms.start >= self.sentence_start
            and _UNBORN_BEFORE.search(self.text, max(self.sentence_start, ms.start - 30), ms.start)
        }
        if unborn:
            # "As part of Tallow, the new Quarry will, the company says, ...": the company a deal will make is
            # not yet one that speaks; the parent the sentence opens with is, else another named near (stop 56)
            first = bisect_left(self.starts, self.sentence_start)
            opener = self.mentions[first] if first < hi else None
            if (
                opener is not None
                and opener.type == EntityType.ORG
                and opener.entity_id not in unborn
                and _PARENT_OPENING.fullmatch(self.text, self.sentence_start, opener.start)
            ):
                return opener
            if len(unborn) < len(near):
                near = {eid: ms for eid, ms in near.items() if eid not in unborn}
        if mod:
            # "the EV maker" is never the one the page called a "video surveillance equipment maker"
            other = {eid for eid in near if self._other_trade(eid, noun, mod)}
            if other and len(other) < len(near):
                near = {eid: ms for eid, ms in near.items() if eid not in other}
        listed = {eid for eid, ms in near.items() if ms.start in self.listed}
        here = {eid for eid, ms in near.items() if ms.start >= self.sentence_start}
        if not here and all(self._backer(bisect_left(self.starts, ms.start)) for ms in near.values()):
            # "The round was supported by A (B) apart from C, and also included existing investors D and
            # E. In May, the company announced ...": the backers of a round are not "the company"; the
            # one the article names most is (as for a list of investors)
            main = self._most_named_org(pos, skip=set(near))
            if main is not None:
                return main
        if here and here <= listed:
            # "Investors included A, B and C, according to the company": a list names a set of
            # companies, none of which is "the company"; the one the article names most is.
            main = self._most_named_org(pos, skip=listed)
            if main is not None:
                return main
        rivals = {eid for eid in near if self.descriptors.get(eid, set()) & _NOT_THE_COMPANY}
        if rivals:
            # "bets on competitors such as OpenAI. The company noted ...": a company named as someone's
            # rival is not the one the article is about; another named near it, else the most named.
            rest = {eid: ms for eid, ms in near.items() if eid not in rivals}
            if not rest:
                main = self._most_named_org(pos, skip=rivals)
                if main is not None:
                    return main
            else:
                near = rest
        objects = {
            eid
            for eid in near
            if all(
                _PREPOSITION_BEFORE.search(self.text, max(0, ms.start - 16), ms.start)
                for ms in self.mentions[bisect_left(self.starts, lo) : hi]
                if ms.entity_id == eid
            )
        }
        if objects and len(objects) < len(near):
            # "Tallow has applied to the Central Bank to buy 9.9% of Brindle. The bank stressed ...": a body
            # named only as the object of a preposition (the one applied to) is not the one that goes on
            near = {eid: ms for eid, ms in near.items() if eid not in objects}
        counts: dict[str, int] = {}
        for k in range(max(0, hi - 400), hi):
            eid = self.mentions[k].entity_id
            if eid in near:
                counts[eid] = counts.get(eid, 0) + 1
        described = noun not in ("company", "firm", "group", "business", "corporation")
        spoke = self._spoke_before(pos)
        if not described and spoke is not None:
            # "X announced the news on Friday. Its founders will join Y's unit, the company said": the
            # company that spoke in the sentence before goes on speaking when no organization is this
            # sentence's subject (Y only an object of it)
            return spoke
        # The sentence's first organization is its subject: "X will buy Y, the company said" -> X; not
        # one that only titles a person further on ("Stark will be replaced by Porsche brand manager Vey";
        # "Tallow CEO Ivo Stark will step down" opening the sentence is the subject's company)
        first = bisect_left(self.starts, self.sentence_start)
        subject = next(
            (
                self.mentions[k].entity_id
                for k in range(first, hi)
                if self.mentions[k].type == EntityType.ORG and (k == first or not self._titles_person(k))
            ),
            None,
        ) or next(  # none in this sentence: the first organization of the sentence before
            (
                self.mentions[k].entity_id
                for k in range(bisect_left(self.starts, lo), first)
                if self.mentions[k].type == EntityType.ORG
                and not self._titles_person(k)
                # "... (A is an eye, B a sword). The startup declares": a name in brackets is no subject
                and not _in_brackets(self.text, lo, self.mentions[k].start)
            ),
            None,
        )

        # "Tallow will buy Quarry, the drugmaking giant said": a noun the text has called none of
        # them tells no one apart; the sentence's subject, not the one named most, is the speaker.
        untold = described and not any(noun in self.descriptors.get(eid, ()) for eid in near)
        if untold and (called := self._called(noun, pos, mod)) is not None:
            # "Kestrel Mining cut its forecast. Orla Metals, its buyer, said ... “...,” the miner said":
            # the body the page has called so (or whose name tells the trade) before, not the last named
            return called

        def score(eid: str) -> tuple[bool, bool, int, bool, int]:
            return (
                described and noun in self.descriptors.get(eid, ()),
                untold and eid == subject,
                counts.get(eid, 0),
                not described and eid == subject,
                near[eid].start,
            )

        return near[max(near, key=score)]

    def _spoke_before(self, pos: int) -> EntitySpan | None:
        """The organization the sentence before cited as speaking (`last_org`), its last mention before
        pos, when this sentence (up to pos) names no organization before its first verb-like word, that
        is, none is its subject; else None."""
        last = self.last_org
        if (
            last is None
            or last.entity_id is None
            or not self.window_start <= last.phrase[0] < self.sentence_start
        ):
            return None
        if self._type_of(last.entity_id) != EntityType.ORG:
            return None
        k0 = bisect_left(self.starts, self.sentence_start)
        hi = bisect_left(self.starts, pos)
        for k in range(k0, hi):
            ms = self.mentions[k]
            if ms.type != EntityType.ORG or self._in_quote(ms.start):
                continue
            if not _OBJECT_LEAD.search(self.text, self.sentence_start, ms.start):
                return None  # an organization before any verb: this sentence's subject speaks
        for k in range(hi - 1, -1, -1):
            if self.mentions[k].entity_id == last.entity_id:
                return self.mentions[k]
        return None

    def _backer(self, k: int) -> bool:
        """Is the mention at index k named as a backer of a round or a deal ("led by X", "existing
        investors X", "apart from X", "X led the round"), or joined to one named so just before it ("A
        and B", "A (B)")?"""
        for _ in range(8):
            ms = self.mentions[k]
            lo = max(self.window_start, ms.start - 60)
            if _BACKER_BEFORE.search(self.text, lo, ms.start) or _BACKER_AFTER.match(
                self.text, ms.end, ms.end + 80
            ):
                return True
            if k == 0 or not _BACKER_CHAIN.fullmatch(self.text, self.mentions[k - 1].end, ms.start):
                return False
            k -= 1
        return False

    def _describe(self) -> dict[str, set[str]]:
        """What the text calls each organization: "AI startup Anthropic" -> startup, "Wiz, a cloud
        security firm," -> firm (one bounded look before and after each mention)."""
        out: dict[str, set[str]] = {}
        text = self.text
        for ms in self.mentions:
            if ms.type != EntityType.ORG:
                continue
            for word in _WORD.findall(text, ms.start, ms.end):
                if word.lower() in _NAME_TRADES:  # "Kestrel Mining": the name tells the trade ("the miner")
                    out.setdefault(ms.entity_id, set()).update(_NAME_TRADES[word.lower()])
            lo = max(0, ms.start - 40)
            m = (
                _DESCRIBED_BEFORE.search(text, lo, ms.start)
                if _may_end_with(text, lo, ms.start, _ORG_ANAPHOR_ENDINGS, space=True)
                else None
            )
            if m:
                out.setdefault(ms.entity_id, set()).add(m.group("noun").lower())
                # "video surveillance equipment maker Dahua": the trade with the word before its noun
                # ("equipment maker"), so that "the EV maker" is not taken for it
                prev = _WORD_BEFORE.search(text, lo, m.start("noun"))
                if prev is not None:
                    out[ms.entity_id].add(f"{prev.group(1).lower()} {m.group('noun').lower()}")
            if _FUND_AFTER.match(text, ms.end, min(len(text), ms.end + 30)):
                out.setdefault(ms.entity_id, set()).add("fund")  # "the Pike Capital fund" (stop 62)
            if "ctivist" in text[lo : ms.start] and _ACTIVIST_BEFORE.search(text, lo, ms.start):
                # "Activist investor Pike Capital", "activist hedge fund Orla": "the activist" later (stop 63)
                out.setdefault(ms.entity_id, set()).add("activist")
            m = _DESCRIBED_AFTER.match(text, ms.end, min(len(text), ms.end + 80))
            if m:
                out.setdefault(ms.entity_id, set()).add(m.group("noun").lower())
                prev = _WORD_BEFORE.search(text, m.start(), m.start("noun"))
                if prev is not None:
                    out[ms.entity_id].add(f"{prev.group(1).lower()} {m.group('noun').lower()}")
            if (
                _may_end_with(text, lo, ms.start, _RIVAL_ENDINGS, space=True)
                and _RIVAL_BEFORE.search(text, lo, ms.start)
            ) or _RIVAL_AFTER.match(text, ms.end, min(len(text), ms.end + 60)):
                out.setdefault(ms.entity_id, set()).add("rival")
            if _SERVICE_BEFORE.search(text, max(0, ms.start - 40), ms.start) or _SERVICE_AFTER.match(
                text, ms.end, min(len(text), ms.end + 60)
            ):
                out.setdefault(ms.entity_id, set()).add(
                    _SERVICE_TAG
                )  # an auditor, a law firm: the company's, not it
        return out

    def _listed(self) -> set[int]:
        """Where the mentions stand that are one of a list of three or more organizations ("A, B and
        C"): a list names a set of companies, none of which is "the company"."""
        out: set[int] = set()
        run: list[EntitySpan] = []
        for ms in self.mentions:
            if ms.type != EntityType.ORG:
                continue
            if run and _LIST_GAP.fullmatch(self.text, run[-1].end, ms.start):
                run.append(ms)
                continue
            if len(run) >= 3:
                out.update(m.start for m in run)
            run = [ms]
        if len(run) >= 3:
            out.update(m.start for m in run)
        return out

    def _sole_story_org(self, pos: int) -> EntitySpan | None:
        """The organization the sentence names before pos, quotations included, when it names one and no
        other, and the page has named it most so far; else None (never a guess between two)."""
        named = {
            ms.entity_id: ms
            for ms in self.mentions[
                bisect_left(self.starts, self.sentence_start) : bisect_left(self.starts, pos)
            ]
            if ms.end <= pos and ms.type in (EntityType.ORG, EntityType.PERSON)
        }
        if len(named) != 1:
            return None
        (only,) = named.values()
        most = self._most_named_org(pos)
        return (
            only
            if only.type == EntityType.ORG and most is not None and most.entity_id == only.entity_id
            else None
        )

    def _most_named_org(self, pos: int, skip: frozenset[str] | set[str] = frozenset()) -> EntitySpan | None:
        """The organization named most often before pos (a tie: the one named first), `skip` left out."""
        counts: dict[str, int] = {}
        last: dict[str, EntitySpan] = {}
        for k in range(bisect_left(self.starts, pos)):
            ms = self.mentions[k]
            if (
                ms.end <= pos
                and ms.type == EntityType.ORG
                and ms.entity_id not in skip
                and ms.entity_id not in self.units  # a unit is no company that speaks (stop 60)
            ):
                counts[ms.entity_id] = counts.get(ms.entity_id, 0) + 1
                last[ms.entity_id] = ms
        return last[max(counts, key=counts.__getitem__)] if counts else None

    def _pair_in_sentence(self, s0: int, pos: int) -> list[EntitySpan]:
        """ "A and B will build a phone together, the two companies said": the two organizations the
        sentence names before the anaphor (outside quotations), when it names exactly two and joins
        them with "and"; else [] ("A will use B's cloud, the companies said" leaves the pair to the
        story's parties)."""
        pair = self._orgs_in_sentence(s0, pos)
        return pair if pair and _AND_BETWEEN.fullmatch(self.text, pair[0].end, pair[1].start) else []

    def _verb_in_marks(self, m: _Hit, s0: int, s1: int) -> Found | None:
        """'The government “completely rejected” the claims': the reporting verb itself quoted (an adverb
        before it at most, a bracketed ending after it), its subject before the opening mark speaks (stop 52);
        None for a verb inside a longer quotation ('“We rejected it,” she said')."""
        if m.verb in _group_only_verbs() or m.verb in _clause_only_verbs() or m.verb in _quote_later_verbs():
            return None
        om = _MARK_BEFORE_VERB.search(self.text, max(s0, m.start() - 30), m.start())
        cm = _MARK_AFTER_VERB.match(self.text, m.end(), s1)
        if om is None or cm is None:
            return None
        if m.verb.startswith(("reject", "dismiss", "disput")) and _DEAL_OBJECT.match(self.text, cm.end(), s1):
            return None  # 'Tallow “rejected” a $2 billion offer': a deal turned down, no statement
        got = self._source_before(om.start(), s0)
        if got is None:
            return None
        f, start = got
        f.phrase, f.verb, f.rule = (start, cm.end()), m.verb, f.rule or "verb-in-marks"
        return f

    def _site_owner_ahead(self, at: int, s1: int) -> Found | None:
        """ "According to its website, the Harbour Fund's mission is ...": the pronoun points ahead, to the
        body that opens the main clause after the comma, whose site it is (stop 52); None when no body
        opens it ("According to its website, shares rose": the pronoun's own owner stays the reading)."""
        sm = _ITS_SITE_COMMA.match(self.text, at, s1)
        owner = self._entity_at(sm.end()) if sm is not None else None
        if sm is None or owner is None or owner.type not in (EntityType.PROGRAM, *_SPEAKING_TYPES):
            return None
        return self._named(
            owner,
            _KIND_OF_TYPE[owner.type],
            (at, sm.end()),
            "according to (website)",
            "site-owner-ahead",
            self.text[owner.start : owner.end],
        )

    def _last_joined_pair(self, pos: int) -> list[EntitySpan]:
        """The last two organizations named together before pos ("A and B could still walk away"), within
        the last 40 mentions; [] when none are."""
        hi = bisect_left(self.starts, pos)
        for k in range(hi - 1, max(0, hi - 40), -1):
            a, b = self.mentions[k - 1], self.mentions[k]
            if (
                b.end <= pos
                and a.type == b.type == EntityType.ORG
                and a.entity_id != b.entity_id
                and _AND_BETWEEN.fullmatch(self.text, a.end, b.start)
            ):
                return [a, b]
        return []

    def _list_in_sentence(self, s0: int, pos: int) -> list[EntitySpan]:
        """ "X, a venture of A, B and the software company C, will ..., the companies have said": the
        organizations of a list of three or more the sentence names before the anaphor (outside
        quotations), each after a comma, the last after "and" (a description of it may come between:
        "and the software company C"), when the sentence names no other organization after the list's
        first; else [] (stop 43)."""
        orgs = [
            ms
            for ms in self.mentions[bisect_left(self.starts, s0) : bisect_left(self.starts, pos)]
            if ms.type == EntityType.ORG and ms.end <= pos and not self._in_quote(ms.start)
        ]
        for i in range(len(orgs) - 2):
            items = orgs[i:]
            if len({ms.entity_id for ms in items}) != len(items):
                continue
            if all(
                _LIST_JOINED.fullmatch(self.text, a.end, b.start)
                for a, b in zip(items[:-2], items[1:-1], strict=True)
            ) and (_LIST_LAST.fullmatch(self.text, items[-2].end, items[-1].start)):
                return items
        return []

    def _person_pair(self, pos: int) -> list[EntitySpan]:
        """The last two people named together ("A and B as interim co-CEOs", "A & B") outside
        quotations within 2,000 characters before pos; [] when none."""
        lo = bisect_left(self.starts, max(0, pos - 2000))
        for k in range(bisect_left(self.starts, pos) - 1, lo, -1):
            b, a = self.mentions[k], self.mentions[k - 1]
            if b.end <= pos and self._joined(a, b, EntityType.PERSON) and not self._in_quote(a.start):
                return [a, b]
        return []

    def _persons_joined_in(self, lo: int, hi: int) -> list[EntitySpan]:
        """The two people text[lo:hi] names and nothing else, joined by "and" ("Ana Lund and Ivo Stark"); else []."""
        k = bisect_left(self.starts, lo)
        if k + 1 >= len(self.mentions):
            return []
        a, b = self.mentions[k], self.mentions[k + 1]
        return [a, b] if a.start == lo and b.end == hi and self._joined(a, b, EntityType.PERSON) else []

    def _joined(self, a: EntitySpan, b: EntitySpan, kind: EntityType) -> bool:
        """Are a and b two entities of `kind` joined by "and" or "&" and nothing else ("Ana Lund and Ivo Stark")? One
        test for `_person_pair`, `_persons_joined_in` and `_owner_pair`."""
        return (
            a.type == b.type == kind
            and a.entity_id != b.entity_id
            and _PERSONS_JOINED.fullmatch(self.text, a.end, b.start) is not None
        )

    def _two_persons(self, pos: int) -> list[EntitySpan]:
        """The two people this sentence and the one before name outside quotations before pos, when
        they name exactly two (by their first mentions there, in order); else []. Persons typed by the
        shape of the name alone count: a third name, even a guess, makes the pair unsure."""
        seen: dict[str, EntitySpan] = {}
        for k in range(bisect_left(self.starts, self.window_start), bisect_left(self.starts, pos)):
            ms = self.mentions[k]
            if ms.type == EntityType.PERSON and ms.end <= pos and not self._in_quote(ms.start):
                seen.setdefault(ms.entity_id, ms)
        if len(seen) != 2 or any(ms.guess for ms in seen.values()):
            return []
        return sorted(seen.values(), key=lambda ms: ms.start)

    def _formed_companies(self) -> frozenset[str]:
        """The names the page introduces as the company a merger makes: their first mention in full follows
        "to form", "to become", "will be called", "known as" or "the combined company," ("... to form Tallow
        Brenvik", "the merged entity, Tallow Brenvik,"). Such a name is no party of "the companies" (stop 51); a
        party whose name the new company keeps ("A and B merge; the combined company will be called A") was
        named before and stays one."""
        if not any(map((self.low_text or self.text.lower()).__contains__, _FORMED_GATE)):
            return frozenset()
        seen: set[str] = set()
        formed: set[str] = set()
        for ms in self.mentions:
            # the name in full (a short form may be linked to it by mistake), whatever its type: a new name is
            # often typed a person by its shape
            if ms.type == EntityType.PLACE or ms.entity_id in seen or self.text[ms.start : ms.end] != ms.name:
                continue
            seen.add(ms.entity_id)
            if _FORMED_BEFORE.search(self.text, max(0, ms.start - 60), ms.start):
                formed.add(ms.entity_id)
        return frozenset(formed)

    def _units(self) -> frozenset[str]:
        """The organizations the page names only as a company's unit, each mention before a unit's noun ("the Cards and
        Mobility business of Orvane", "a newly hived off C&M business", "Orvane's C&M unit"): a unit is no company
        that speaks, so "the company said" and "the companies said" take up its parent and the other party, never the
        unit (stop 60). A name the page also writes alone ("C&M said") speaks for itself."""
        named: dict[str, bool] = {}
        for ms in self.mentions:
            if ms.type == EntityType.ORG:
                unit = unit_named_at(self.text, ms.start, ms.end)
                named[ms.entity_id] = named.get(ms.entity_id, True) and unit
        return frozenset(eid for eid, unit in named.items() if unit)

    def _party_of_short_form(self, ent: EntitySpan) -> EntitySpan:
        """A short form the page links to the company a merger makes that is the first word of exactly one
        party's name ("Tallow said" where Tallow Foods and Brenvik merge to form Tallow Brenvik) is that party: the
        company to be formed has not spoken yet (stop 51). Else `ent`."""
        written = self.text[ent.start : ent.end]
        if written == ent.name or " " in written or not ent.name.startswith(written + " "):
            return ent
        parties = {
            ms.entity_id: ms
            for ms in self.mentions
            if ms.type == EntityType.ORG
            and ms.entity_id not in self.formed
            and ms.name.startswith(written + " ")
        }
        if len(parties) != 1:
            return ent
        party = next(iter(parties.values()))
        return EntitySpan(ent.start, ent.end, party.entity_id, party.name, party.type)

    def _salient_orgs(self, pos: int, n: int) -> list[EntitySpan]:
        """The n organizations named most often before pos (the parties of the story: "the
        companies said" after "Amazon will invest in Anthropic"), among the last 300 mentions; never the
        company the merger makes ("to form Tallow Brenvik")."""
        counts: dict[str, int] = {}
        last: dict[str, EntitySpan] = {}
        first: dict[str, int] = {}
        hi = bisect_left(self.starts, pos)
        for k in range(max(0, hi - 300), hi):
            ms = self.mentions[k]
            if (
                ms.end <= pos
                and ms.type == EntityType.ORG
                and ms.entity_id not in self.formed
                and ms.entity_id not in self.units
            ):
                counts[ms.entity_id] = counts.get(ms.entity_id, 0) + 1
                last[ms.entity_id] = ms
                first.setdefault(ms.entity_id, k)
        best = sorted(counts, key=lambda e: (-counts[e], first[e]))[:n]
        if len(best) < n or (
            len(counts) > n
            and counts[best[-1]] == counts[sorted(counts, key=lambda e: (-counts[e], first[e]))[n]] == 1
        ):
            return []  # no clear parties: unresolved rather than a guess
        return [last[e] for e in sorted(best, key=lambda e: first[e])]

    def _lead_org(self) -> EntitySpan | None:
        """The organization the page's head (its text up to the end of the body's second sentence, or its first
        when the body holds one ". " only, or the whole page when none: a headline and the lead, or the lead
        alone) names first as an actor, outside quotations and not after a
        preposition ("X offered $4 billion for the rest of Y": X, never Y); None when it names none."""
        lead_end = len(self.text)
        at = self.body_start
        for _ in range(2):
            stop = self.text.find(". ", at)
            if stop < 0:
                break
            lead_end = at = stop + 2
        for k in range(bisect_left(self.starts, lead_end)):
            ms = self.mentions[k]
            if (
                ms.type == EntityType.ORG
                and not self._in_quote(ms.start)
                and not _NAME_AS_OBJECT.search(self.text, max(0, ms.start - 20), ms.start)
            ):
                return ms
        return None

    def _day_document_owner(self, start: int) -> EntitySpan | None:
        """The maker of a day's document with no owner written ("a statement Tuesday"): the one company
        the sentence names before it, when the sentence opens with it ("Tallow will close two plants,
        according to a statement Tuesday"); no one when the sentence names two or more (none of them told
        as the maker); else the company the article names most (a company named in an aside, "X, who has
        led Tallow since 2018, ...", is no maker)."""
        lo = self.sentence_start if self.sentence_start <= start else start
        named = [
            ms
            for ms in self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, start)]
            if ms.type == EntityType.ORG and not self._in_quote(ms.start)
        ]
        if len({ms.entity_id for ms in named}) >= 2:
            return None
        if named and _THE_OPENING.fullmatch(self.text, lo, named[0].start):
            return named[0]
        return self._most_named_org(len(self.text))

    def _document(self, doc: str, start: int, end: int, det: str) -> Found:
        """A document without a named author: "a filing", later "The filing"; "their note" -> its owner."""
        doc = " ".join(doc.lower().split())
        det = det.lower()
        text = self.text[start:end]
        joint = _JOINT_DOC.search(text) is not None  # "the joint statement": several makers'
        if det in ("its", "their", "day") or det.endswith(("’s", "'s")):
            # "a Tuesday announcement", "Monday's release": no owner written, the company the story is
            # about (the one the article names most), not the nearest name; where the sentence names
            # other companies than that one and not it alone ("A and B will invest beside C, according to
            # a statement Tuesday"), no maker is told: the document (stop 59)
            owner = self._day_document_owner(start) if det == "day" else self._resolve("the company", start)
            if owner is not None and _doc_kinds().get(doc) == "organization":
                # "its statement", "Today's blog post": the company's own voice, the company itself
                return self._named(owner, _KIND_OF_TYPE[owner.type], (start, end), "", "own-statement")
            if owner is not None:
                key, name = f"{owner.entity_id}-{slug(doc)}", f"{owner.name} ({doc})"
                return Found(
                    key,
                    name,
                    SourceKind.DOCUMENT,
                    owner.entity_id,
                    (start, end),
                    "",
                    "document",
                    speaker_text=text,
                )
        prior = self.documents.get(doc)
        if prior is None and doc == "report" and det in ("the", "this", "that"):
            prior = self.last_report  # "Semafor reported ... the report said": Semafor's report
        if prior is None and doc == "note" and det in ("the", "this", "that"):
            # "X said in a statement ... – the note explains –": a note is the last one told ("Moss
            # wrote in a note"), else the statement told last, in the other word
            prior = self.last_note or (self.last_statement[0] if self.last_statement else None)
        if (
            prior is None
            and doc == "document"
            and det in ("the", "this", "that")
            and self.last_statement
            and self.last_statement[0].phrase[0] >= self.window_start
        ):
            # "In a statement, Tallow announced “...”. “...,” the document added": the statement told in the
            # sentence before; told further back, or none told, "the document" is a document of its own
            # ("... according to the document", the deal's text; stop 55)
            prior = self.last_statement[0]
        if (
            prior is None
            and det in ("the", "this", "that")
            and _STATEMENT_DOC.fullmatch(doc)
            and self.last_joint
            and joint
        ):
            # "the joint statement reads" after "A and B said in a joint statement" and "A also said":
            # the joint statement's makers, not the one who spoke alone last
            prior, back = self.last_joint[0], "statement-back"
        elif (
            prior is None
            and det in ("the", "this", "that")
            and _STATEMENT_DOC.fullmatch(doc)
            and self.last_statement
            # "chair X said in a statement ... according to the release": a release is a body's, never
            # the person quoted in it (the body is found below)
            and not (
                doc in _ISSUED_DOCS
                and self.last_statement[0].kind == SourceKind.PERSON
                and not self.last_statement[0].verb.startswith("issued")  # "X put out a release"
            )
        ):
            # "X said in a statement ... according to the statement": X's own statement, not a document
            # (several makers, "A and B said in a joint statement": all of them, see _joint)
            prior = self.last_statement[0]
            back = "statement-back" if len(self.last_statement) > 1 else "document-back"
        else:
            back = "document-back"
        if prior is not None and back != "statement-back" and joint:
            # "A had signalled it would block the deal ... “...,” the joint statement reads": a joint
            # statement is several makers' (`_joint` finds them), never one cited alone before it
            prior = None
        elif prior is None and _STATEMENT_DOC.fullmatch(doc) and self.last_org is not None and not joint:
            # "The carmaker said on Friday ... a statement said": a statement is a company's voice,
            # the one the text has been citing (the tables' convention: its maker, never a document)
            prior, det, back = self.last_org, "the", "statement-org"
        if (
            (prior is None or prior.entity_id is None)
            and det in ("the", "this", "that")
            and doc in _COMPANY_DOCS
            and self.last_org is not None
        ):
            # "Harbor Mills said on Monday ... “...,” the memo said": a memo, an email or a letter no
            # author was told for is the company's the text has been citing, never a document speaking
            prior, back = self.last_org, "document-org"
        if prior is None and doc == "statement" and det in ("the", "this", "that") and not joint:
            # "the statement said" with no statement told before it and no body cited yet: the definite
            # article takes up the statement of the company the page's head names first (the tables'
            # reading, stop 54); "a statement said" names no one and stays a document, and so does "the
            # statement" on a page whose head names no organization
            owner = self._lead_org()
            if owner is not None:
                got = self._named(
                    owner, _KIND_OF_TYPE[owner.type], (start, end), "", "statement-lead", speaker_text=text
                )
                self.documents[doc] = got  # "the statement said" later takes up the same maker
                return got
        if (
            prior is None
            and doc in _ISSUED_DOCS
            and det in ("a", "an", "the", "this", "that")
            and not joint  # "a joint release": its parties' (_joint)
        ):
            # "According to the press release", "..., according to the announcement": a release is a
            # body's word about itself; with no maker told and no body cited before, it is the body the
            # page is about (the one it names most), never a document speaking
            owner = self._most_named_org(len(self.text))
            if owner is not None:
                return self._named(
                    owner, _KIND_OF_TYPE[owner.type], (start, end), "", "release-owner", speaker_text=text
                )
        if prior is not None and det in ("the", "this", "that"):
            if back == "document-back" and prior.key in self.joint_writers:
                back = "document-joint"  # "In a memo, A and B said ... the memo read": both (stop 61)
            return Found(
                prior.key,
                prior.name,
                prior.kind,
                prior.entity_id,
                (start, end),
                "",
                back,
                speaker_text=text,
            )
        f = Found(
            f"document-{slug(doc)}",
            f"{'an' if doc[:1] in 'aeiou' else 'a'} {doc}",
            SourceKind.DOCUMENT,
            None,
            (start, end),
            "",
            "document",
            speaker_text=text,
        )
        self.documents[doc] = f
        return f

    def _outlet_by_head(self, name: str, pos: int) -> EntitySpan | None:
        """ "Times" after "The New York Times": the one outlet the page named before pos whose name ends
        with that one word; None for a longer name, or none or several such outlets."""
        if " " in name.strip():
            return None
        fits = {
            ms.entity_id: ms
            for ms in self.mentions[: bisect_left(self.starts, pos)]
            if ms.type == EntityType.OUTLET and ms.name.split()[-1] == name and ms.name != name
        }
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _leaked_to(self, m: re.Match[str], end: int) -> Found | None:
        """ "in a memo obtained by the Ledger", "an email that was leaked to Finwire", "a letter, which
        was seen by the Herald": the outlet that had the document is a source (of the leak; the words
        stay the author's). An outlet by name, or an organization a document was obtained by or
        leaked to; not people ("seen by staff"), not an organization that only reviewed or saw it (an
        auditor), not one whose part follows ("leaked to Tallow's board")."""
        ent = self._entity_at(m.end())
        verb = m.group("verb").lower()
        if ent is None and verb in ("obtained", "leaked"):
            # a name no rule found, ending its clause ("leaked to Finwire."): whoever a document was
            # leaked to or obtained by is the outlet that had it
            named = _LEAK_NAME.match(self.text, m.end(), end)
            if named is not None and not self._in_quote(named.start("name")):
                name = named.group("name").rstrip(".")  # the sentence's stop is no part of it
                outlet = self._outlet_by_head(name, m.end())
                if outlet is not None:
                    # "obtained by the Times" after "The New York Times": that outlet, not a "Times" of its own
                    return self._named(
                        outlet,
                        SourceKind.OUTLET,
                        (m.start("verb"), named.start("name") + len(name)),
                        verb,
                        "leaked-to",
                    )
                return Found(
                    slug(name),
                    name,
                    SourceKind.OUTLET,
                    None,
                    (m.start("verb"), named.start("name") + len(name)),
                    verb,
                    "leaked-to",
                    speaker_text=name,
                )
        if ent is None or ent.start >= end or self._in_quote(ent.start):
            return None
        if ent.type != EntityType.OUTLET and not (
            ent.type == EntityType.ORG and verb in ("obtained", "leaked")
        ):
            return None
        if self.text.startswith(("’s", "'s"), ent.end):
            return None
        return self._named(ent, SourceKind.OUTLET, (m.start("verb"), ent.end), verb, "leaked-to")

    def _tell_author(self, doc: str, f: Found) -> None:
        """The text told who wrote a document ("a memo sent to staff by Stark", "Stark's email", "Stark
        wrote in an email"): "the memo" later is that author's, unless another author was told first
        (a document of nobody's told before gives way)."""
        doc = " ".join(doc.lower().split())
        known = self.documents.get(doc)
        if known is None or known.entity_id is None:
            self.documents[doc] = f

    def _own_documents(self, found: list[Found], text: str, s0: int, s1: int) -> None:
        """ "Intel confirmed the purchase in a regulatory filing ... The filing shows": a document told
        as the one maker's of the sentence (a company or a person, with no document of its own) is
        that maker's, so "the filing" later cites the maker, not a document of nobody's. Two makers
        in the sentence: no owner is guessed."""
        for f in found:
            told = _VERB_IN_DOC.search(f.verb) if f.entity_id and f.kind == SourceKind.PERSON else None
            if told and _doc_kinds().get(told.group(1)) == "document":
                self._tell_author(told.group(1), f)  # "Stark wrote in an email ... the email said"
            w = (
                _WRITING_FROM_END.search(text, max(s0, f.phrase[0] - 80), f.phrase[0])
                if f.entity_id and f.kind == SourceKind.PERSON
                else None
            )
            if w is not None:
                # "An all-staff letter from chief executive Stark said ... “...,” the letter said": the writer's
                # letter, so its words later are the writer's, not a document of nobody's (stop 63)
                self._tell_author(_one_writing(w.group("doc")), f)
        if "sent" in text[s0:s1] or "wrote" in text[s0:s1] or "penned" in text[s0:s1]:
            for k in range(bisect_left(self.starts, s0), bisect_left(self.starts, s1)):
                ms = self.mentions[k]
                sm = _WRITING_SENT_AFTER.match(text, ms.end, s1) if ms.type == EntityType.PERSON else None
                if sm is not None and not self._in_quote(ms.start):
                    # "Stark sent a memo to staff on Monday. “...,” the memo read": the memo is Stark's (stop 63)
                    self._tell_author(
                        _one_writing(sm.group("doc")),
                        self._named(ms, SourceKind.PERSON, (ms.start, sm.end()), "wrote", "writer"),
                    )
        makers = [
            f for f in found
            if f.entity_id and f.kind in (SourceKind.ORGANIZATION, SourceKind.PERSON) and "(" not in f.verb
        ]  # fmt: skip
        pair = [f for f in makers if f.rule == "pair-subject" and f.phrase == makers[0].phrase]
        if not makers or (len({f.entity_id for f in makers}) != 1 and len(pair) != len(makers)):
            # two makers, not one subject that writes together ("A and B wrote"): no owner is guessed
            return
        f = makers[0]
        d = self.p["in_own_doc"].search(text, f.phrase[0], s1)
        if d is None:
            # "In a memo sent to staff last month, Stark wrote that ...": the document opens the
            # sentence, its one maker the subject after it (a statement stays the company's a person
            # is quoted in: "In a statement, Stark said")
            lead = text[s0 : f.phrase[0]]
            d = self.p["in_own_doc"].match(text, s0 + len(lead) - len(lead.lstrip()), f.phrase[0])
            if d is not None and _doc_kinds().get(" ".join(d.group("doc").lower().split())) != "document":
                return
        if d is None:
            return
        doc = " ".join(d.group("doc").lower().split())
        self.documents[doc] = Found(f.key, f.name, f.kind, f.entity_id, (d.start(), d.end()), f.verb, f.rule)
        if len(pair) > 1:
            # "In a memo to staff, A and B said ...": "the memo" later is theirs together (stop 61)
            self.joint_writers[f.key] = pair
        else:
            self.joint_writers.pop(f.key, None)

    def _source_list(self, s0: int, s1: int) -> list[Found]:
        """A line listing the article's sources, each maybe led by its footnote number ("Sources:
        1Wire One, 2Daily Ledger and 3Reuters."): each name is a source, an outlet unless the
        gazetteer knows it as another kind. Lower-case items ("company filings") are no names."""
        m = _SOURCE_LIST.match(self.text, s0, s1)
        if m is None:
            return []
        known = tables().known
        out = []
        for item in _LIST_ITEM.finditer(self.text, m.end(), s1):
            a, b = item.span("name")
            name = item.group("name").rstrip(".")  # "... and 4New York Times."
            b = a + len(name)
            canonical, etype = known.get(name_tokens(name), (name, EntityType.OUTLET))
            k = bisect_left(self.starts, a)
            ms = self.mentions[k] if k < len(self.mentions) and self.mentions[k].start == a else None
            if ms is not None:
                out.append(
                    self._named(ms, _KIND_OF_TYPE.get(ms.type, SourceKind.OUTLET), (a, b), "", "source-list")
                )
                continue
            kind = (
                SourceKind.OUTLET
                if etype == EntityType.OUTLET
                else _KIND_OF_TYPE.get(etype, SourceKind.OUTLET)
            )
            out.append(
                Found(
                    slug(canonical), canonical, kind, None, (a, b), "", "source-list", speaker_text=canonical
                )
            )
        return out

    def _named_regulator(self, before: int, phrase: tuple[int, int]) -> Found | None:
        """ "The regulator said" after "the Competition and Markets Authority (CMA) blocked ...": the
        regulator the page named last before `before`, by its name's head or trade (`_REGULATOR_NAME`);
        None when the page named none (then "the regulator" stays an unnamed source, never a guess)."""
        hi = bisect_left(self.starts, before)
        for k in range(hi - 1, max(-1, hi - 300), -1):
            ms = self.mentions[k]
            if ms.type != EntityType.ORG or self._in_quote(ms.start):
                continue
            if not (
                _REGULATOR_NAME.search(ms.name)
                # "the Competition and Markets Authority (CMA)": the short name in brackets after its long one
                or _REGULATOR_SPELLED.search(self.text, max(0, ms.start - 80), ms.start)
            ):
                continue
            body = self._named(ms, SourceKind.ORGANIZATION, phrase, "", "body")
            body.speaker_text = ms.name
            return body
        return None

    def _labour_body(self, named: tuple[str, str], m: re.Match[str], phrase: tuple[int, int]) -> Found:
        """A workers' body (`named`: its key and label) as the group that speaks in `m`'s words."""
        return self._spoken_body(named, SourceKind.GROUP, m, phrase)

    def _spoken_body(
        self, named: tuple[str, str], kind: SourceKind, m: re.Match[str], phrase: tuple[int, int]
    ) -> Found:
        """A body (`named`: its key and label) of `kind` that speaks in `m`'s words, as they are written."""
        key, label = named
        return Found(key, label, kind, None, phrase, "", "body", speaker_text=" ".join(m.group("np").split()))

    def _body(self, m: re.Match[str], phrase: tuple[int, int]) -> Found | None:
        """ "the union", "the ministry", "the Scottish government" (a `_BODY_NP` match): the body named
        before whose name holds that noun (and the capitalised words written with it), the nearest
        ("the union" after "the Rail Staff Union"); else, for a government, the government itself as
        written ("the government", "Scottish government"); else None (never the nearest company)."""
        noun = m.group("noun").lower()
        words_ = m.group("mods").split()
        mods = [w for w in words_ if w[:1].isupper()]  # the capitalised words named with the noun
        fields = [
            w.lower()
            for w in words_
            if not w[:1].isupper()
            and _STATE_FIELD.fullmatch(w)
            and (noun in ("ministry", "department") or w.lower() not in ("trade", "labour", "labor"))
        ]  # ("the trade union": a labour body's word, below)
        owned = [w for w in words_ if _LAND_OWNER.fullmatch(w)]
        if fields or owned:
            if noun not in ("ministry", "department") or len(mods) + len(fields) + len(owned) != len(words_):
                return None  # "the health council", "the country's union": no state's ministry told
            if (
                not fields
                and not mods
                and (told := self.state_bodies.get(noun) or self.last_state) is not None
            ):
                return self._spoken_body(told, SourceKind.ORGANIZATION, m, phrase)  # "the country's ministry"
            # "the economy ministry said", "the German finance ministry", "the country's ministry" (no state cited
            # before): the ministry as written, its owner's word left out, an official source (stop 55)
            ministry = self._state_key(" ".join([*mods, *fields, noun]))
            return self._spoken_body(ministry, SourceKind.ORGANIZATION, m, phrase)
        if noun == "committee":
            # "the Special Committee": a board's unnamed committee, even where the page capitalises it
            return self._committee(words_, m, phrase)
        hi = bisect_left(self.starts, m.start())
        for k in range(hi - 1, max(-1, hi - 300), -1):
            ms = self.mentions[k]
            if ms.type not in (EntityType.ORG, EntityType.OTHER) or self._in_quote(ms.start):
                continue
            held = [w.lower() for w in ms.name.split()]
            if (
                _NOUN_AFTER_NAME.match(self.text, ms.end)
                and self.text[ms.end :].split(None, 1)[0].lower() == noun
            ):
                held.append(noun)  # "the United Ironworkers union": the page calls the body so
            if noun in held and all(w.lower() in held for w in mods):
                body = self._named(ms, SourceKind.ORGANIZATION, phrase, "", "body")
                body.speaker_text = ms.name  # the body's name, not the words "the union"
                return body
        if noun in ("regulator", "watchdog") and not words_:
            named = self._named_regulator(m.start(), phrase)
            if named is not None:
                return named
        labour = [w.lower() for w in words_ if w.lower() in ("works", "trade", "staff")]
        if mods and labour and all(w in mods or w.lower() in labour for w in words_):
            # "the European works council", "the Tallow staff union": a workers' body the page names by a
            # capitalised word and its labour word, no entity of that name: the body as written, a group;
            # a later "the works council" is the same body (stop 47)
            label = " ".join([*words_, noun])
            body_named = ("group-" + slug(label), label)
            self.labour_bodies[" ".join([*labour, noun])] = self.labour_bodies[noun] = body_named
            return self._labour_body(body_named, m, phrase)
        if not mods and (noun == "union" or (noun == "council" and labour)):
            # "according to the local works council", "the union said" where the page names no union: the
            # workers' body as written, a group (as the tables count a named union); "the council" alone
            # (a city's, a board's) stays no one
            label = " ".join([*labour, noun])
            return self._labour_body(
                self.labour_bodies.get(label) or ("group-" + slug(label), label), m, phrase
            )
        if noun != "government" and not words_ and noun in _STATE_NOUNS:
            # "the agency said": the state body the page described before ("the German government's
            # finance agency announced"), else the government the page cited last (its agency, its
            # ministry speak for it); no one when the page cited none
            told = self.state_bodies.get(noun) or self.last_state
            if told is None:
                return None
            return self._spoken_body(told, SourceKind.ORGANIZATION, m, phrase)
        if noun == "commission" and not words_:
            # "The commission had already warned that ..." where the page names no commission: the body
            # as written, an official one (as "the government" is), never the company named last
            return self._spoken_body(self._state_key("the commission"), SourceKind.ORGANIZATION, m, phrase)
        if noun != "government" or len(mods) != len(words_):
            return None
        label = " ".join([*mods, noun]) if mods else "the government"
        self.last_state = self._state_key(label)
        return self._spoken_body(self.last_state, SourceKind.ORGANIZATION, m, phrase)

    def _committee(self, words_: list[str], m: re.Match[str], phrase: tuple[int, int]) -> Found | None:
        """ "the special committee announced", "The Independent Committee determined that": a board's
        unnamed committee, one group named by its kind ("special committee"), the tables' convention (e);
        "the committee" alone is the one the page named so before, else no one (a committee of what?)."""
        kinds = [w.lower() for w in words_]
        if kinds and all(re.fullmatch(_COMMITTEE_MODS, w) for w in kinds):
            # its kind is the word next to "committee": "an independent special committee" is the special committee,
            # "independent" only describes it (stop 62)
            label = kinds[-1] + " committee"
        elif not kinds and (told := _COMMITTEE_TOLD.search(self.text, 0, m.start())) is not None:
            label = told.group(1).lower() + " committee"
        else:
            return None
        body = self._spoken_body(("group-" + slug(label), label), SourceKind.GROUP, m, phrase)
        # the quotation's speaker names the committee's company where its words tie it ("<Co>'s special committee", "a
        # special committee of <Co>'s board": "<Co> special committee"), else the committee alone (stop 62)
        lo, hi = m.start("np"), m.end("np")
        owner = next(
            (
                ms
                for ms in self.mentions[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]
                if ms.type == EntityType.ORG and ms.end <= hi
            ),
            None,
        )
        body.speaker_text = f"{owner.name} {label}" if owner is not None else label
        return body

    def _state_voice(self, ent: EntitySpan, lo: int, pos: int, after_verb: bool = False) -> Found | None:
        """ "Norway confirmed on Monday", "Oslo has said", "..., recalls Oslo": a country, or a capital standing for
        its state (lexicon gazetteer `place`, `state: yes`, read as `Tables.state_of`), as the one who speaks: its state, an official source
        (stop 55).
        Before the verb the name opens its clause (nothing before it in the sentence but an opening phrase closed by
        a comma, never a place's: "based in Oslo, Norway, announced" is no state speaking). The state is the page's
        government of that land when it names one ("the Norwegian government said ... Norway announced": one
        source), else the land's own voice, named as the page writes it (the country and its capital one source)."""
        tab = tables()
        land = ent.name if is_country(ent.name, tab) else tab.state_of.get(ent.name)
        if land is None:
            return None
        lead = self.text[lo : ent.start].rstrip() if not after_verb else ""
        if lead.strip(' \t\n“”"‘’') and (
            not lead.endswith(",") or self._entity_ending(len(lead[:-1].rstrip()) + lo, lo) is not None
        ):
            return None
        for m in self.mentions:
            if (
                m.type == EntityType.ORG
                and m.name.endswith(" government")
                and any(same_land(land, d) for d in m.name.split()[:-1])
            ):
                return self._named(m, SourceKind.ORGANIZATION, (ent.start, pos), "", "state-voice", ent.name)
        name = self.state_names.setdefault(land, ent.name)
        return Found(
            "official-" + slug(name), name, SourceKind.ORGANIZATION, None, (ent.start, pos), "", "state-voice",
            speaker_text=ent.name,
        )  # fmt: skip

    def _office_voice(self, o: re.Match[str], phrase: tuple[int, int]) -> Found | None:
        """ "the Norwegian energy minister said", "said the minister": a state's office whose holder the page never
        names (an `_OFFICIAL_NP` match `_official` found no one for): the office as written without "the", an
        official source (stop 55). Only an office a state alone gives ("minister", "chancellor") or one told with
        its field in lower case or its land ("the finance secretary", "the Norwegian secretary"); "the president
        said", "The Energy Secretary said" with no holder stay no one (stop 36: a company has a president, and a
        post's title is no one), and a spokesperson of the office is left to the voices."""
        if o.group("voice"):
            return None
        tab = tables()
        words_ = o.group("np").split()[1:]
        landed = any(w in tab.demonyms or is_country(w, tab) for w in words_[:-1])
        if not (o.group("field") or landed or o.group("post").lower() in _STATE_ONLY_POSTS):
            return None
        label = " ".join(words_)
        return Found(
            "official-" + slug(label), label, SourceKind.ORGANIZATION, None, phrase, "", "office",
            speaker_text=" ".join(o.group("np").split()),
        )  # fmt: skip

    def _two_ministries(self, m: re.Match[str], phrase: tuple[int, int]) -> tuple[Found, Found]:
        """ "Germany's finance and economy ministries said" (a `_TWO_MINISTRIES_END` match): two state bodies, each
        named by its field as "the economy ministry said" names one, with the owner the page writes before them
        ("Germany's finance ministry", "German economy ministry"); an official source each (stop 56)."""
        owner = m.group("owner") or m.group("mod") or ""
        bodies = []
        for field_ in (m.group("f1"), m.group("f2")):
            key, name = self._state_key(" ".join([*owner.split(), field_.lower(), "ministry"]))
            bodies.append(
                Found(
                    key,
                    name,
                    SourceKind.ORGANIZATION,
                    None,
                    phrase,
                    "",
                    "two-ministries",
                    speaker_text=" ".join(m.group("np").split()),
                )  # fmt: skip
            )
        self.last_state = (bodies[-1].key, bodies[-1].name)
        return bodies[0], bodies[1]

    def _state_key(self, label: str) -> tuple[str, str]:
        """The source key and name of a government the page names: its entity when the page has one
        of that name ("the German government", an entity since stop 42), else an official body."""
        folded = label.lower()
        for m in self.mentions:
            if m.name.lower() == folded and m.type == EntityType.ORG:
                return (m.entity_id, m.name)
        return ("official-" + slug(label), label)

    def _authorities(self, np: str, phrase: tuple[int, int]) -> Found:
        """ "the authorities" (`_AUTHORITIES_END`): see `_source_before`."""
        named = None
        for b in _BODY_AT.finditer(self.text, self.window_start, phrase[0]):
            words_ = b.group("mods").split()
            if b.group("noun").lower() == "government" and all(w[:1].isupper() for w in words_):
                named = " ".join([*words_, "government"]) if words_ else "the government"
        told = self._state_key(named) if named is not None else self.last_state
        if told is None:
            return self._unnamed(np, *phrase)
        return Found(
            told[0], told[1], SourceKind.ORGANIZATION, None, phrase, "", "authorities", speaker_text=np
        )

    def _state_body(self, m: re.Match[str], phrase: tuple[int, int]) -> Found | None:
        """ "the German government's finance agency", "Germany's finance agency" (a `_STATE_BODY_END`
        match): a body of a state, which speaks for it. Held by a government: that government ("German
        government"), as "the German government said" names it; held by a country the page names as a
        place: the body as written ("Germany's finance agency"). A body of the same noun described
        before is that one (a page names its agency twice); a company's office ("Tallow's finance
        office") is none of these: None."""
        owner = m.group("owner")
        noun = m.group("noun").lower()
        if owner.lower().endswith("government"):
            mods = [w for w in owner.split()[:-1] if w[:1].isupper()]
            if len(mods) != len(owner.split()) - 1:
                return None
            label = " ".join([*mods, "government"])
        else:
            k = bisect_left(self.starts, m.start("owner"))
            if (
                k >= len(self.mentions)
                or self.mentions[k].start != m.start("owner")
                or self.mentions[k].type != EntityType.PLACE
            ):
                return None
            label = " ".join(m.group("np").split())
            label = label[4:] if label.lower().startswith("the ") else label
        key, name = self.state_bodies.get(noun) or self._state_key(label)
        self.state_bodies.setdefault(noun, (key, name))
        self.last_state = (key, name)
        return Found(
            key,
            name,
            SourceKind.ORGANIZATION,
            None,
            phrase,
            "",
            "state-body",
            speaker_text=" ".join(m.group("np").split()),
        )

    def _official(self, m: re.Match[str], pos: int) -> EntitySpan | None:
        """The one person named before pos whom the text gave the post of `m` (an `_OFFICIAL_NP`
        match: "the Energy Secretary" -> a person titled secretary), its nearest mention; None when
        no one or more than one holds it (no guess)."""
        head = m.group("post").lower().split()[-1]
        holders: dict[str, EntitySpan] = {}
        for ms in self.mentions[: bisect_left(self.starts, pos)]:
            if ms.type == EntityType.PERSON and any(
                (r.normalized or r.title).lower().split()[-1:] == [head] for r in ms.roles
            ):
                holders[ms.entity_id] = ms
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _voice_of(self, np: str, start: int, pos: int, end: int) -> Found | None:
        """ "a spokesperson for the union", "a spokeswoman for Tallow" (np the voice, pos where it
        ends): the body or organization it speaks for, its phrase the whole; else None."""
        if not np.lower().endswith(_VOICE_HEADS):
            return None
        of = _VOICE_OF.match(self.text, pos, end)
        if of is None:
            return None
        ent = self._entity_at(of.end())
        if ent is not None and ent.type in _SPEAKING_TYPES:
            return self._named(ent, _KIND_OF_TYPE[ent.type], (start, ent.end), "", "spokesperson")
        if ent is None and (owned := self._voice_of_anaphor(np, start, of.end(), end)) is not None:
            return owned
        o = _OFFICIAL_AT.match(self.text, of.end(), end)
        person = self._official(o, o.start()) if o is not None else None
        if o is not None and person is not None:  # "a spokesperson for the Prime Minister": that person
            return self._named(person, SourceKind.PERSON, (start, o.end()), "", "official")
        b = _BODY_AT.match(self.text, of.end(), end)
        if b is None:
            return None
        voice = self._body(b, (start, b.end()))
        if voice is not None:
            voice.rule = "spokesperson"  # the body's voice: a "she added" after it is the body again
        return voice

    def _voice_of_body(self, end: int) -> bool:
        """Does a body's noun follow the voice that ends at `end` ("a spokesperson for the regulator",
        "a spokesman of the union")? Then it speaks for that body, whether the page names it or not."""
        of = _VOICE_OF.match(self.text, end)
        return of is not None and _BODY_AT.match(self.text, of.end()) is not None

    def _voice_of_anaphor(self, np: str, start: int, pos: int, end: int) -> Found | None:
        """ "a spokesperson for the company", "a spokeswoman for the bank" (pos where the noun phrase
        after "for" starts): the company the anaphor takes up speaks (its voice, as "a company
        spokesperson"); None when the anaphor names no company ("for the regulator" is no anaphor)."""
        an = self.p["anaphor_at"].match(self.text, pos, end)
        if an is None:
            return None
        named = [
            ms
            for ms in self.mentions[
                bisect_left(self.starts, self.sentence_start) : bisect_left(self.starts, start)
            ]
            if not self._in_quote(ms.start)
        ]
        orgs = {ms.entity_id: ms for ms in named if ms.type == EntityType.ORG}
        # the one company its sentence names ("Tallow is cutting jobs, according to a spokesperson for
        # the company"); a sentence naming none but someone else ("the Ledger reported that <Name> ...")
        # leaves it to no guess; one naming no one, the company the anaphor takes up on the page
        owner = (
            next(iter(orgs.values()))
            if len(orgs) == 1
            else self._resolve(an.group("np"), pos)
            if not named
            else None
        )
        if owner is None or owner.type != EntityType.ORG:
            return None
        head = np.lower().split()[-1]
        return self._named(
            owner,
            SourceKind.ORGANIZATION,
            (start, an.end()),
            "",
            "spokesperson",
            speaker_text=f"{owner.name} {head}",
        )

    def _named(
        self,
        ent: EntitySpan,
        kind: SourceKind,
        phrase: tuple[int, int],
        verb: str,
        rule: str,
        speaker_text: str | None = None,
    ) -> Found:
        """`ent` as the source of `phrase`; the speaker's words are the phrase up to the name, or
        `speaker_text` for a name that stands elsewhere (a release's owner, a spokesperson's body)."""
        if ent.entity_id in self.formed and (party := self._party_of_short_form(ent)) is not ent:
            ent, kind = party, _KIND_OF_TYPE[party.type]
        if ent.name.endswith(" government"):
            # "the German government said" (an entity of its own, stop 42): its agency, its
            # ministry speak for it after this ("the agency said")
            self.last_state = (ent.entity_id, ent.name)
        return Found(
            ent.entity_id,
            ent.name,
            kind,
            ent.entity_id,
            phrase,
            verb,
            rule,
            speaker_text=self.text[phrase[0] : ent.end] if speaker_text is None else speaker_text,
        )

    def _unnamed(self, np: str, start: int, end: int) -> Found:
        name = " ".join(np.split())
        back = _TAKEN_UP.fullmatch(name) or (
            _COUNTED_BACK.fullmatch(name) and _THE_BEFORE.search(self.text, max(0, start - 4), start)
        )
        if back and self.last_anonymous is not None:
            # "the people said", "the three sources said", "according to the same source": the
            # anonymous source named before ("people familiar with the deal").
            prior = self.last_anonymous
            return Found(
                prior.key, prior.name, prior.kind, None, (start, end), "", "unnamed-back", speaker_text=name
            )
        again = self._unnamed_again(name)
        if again is not None:
            # "a German government source said ... The German source said ... the person said": the one
            # unnamed source the page introduced, taken up again, not a new one
            return Found(
                again.key, again.name, again.kind, None, (start, end), "", "unnamed-back", speaker_text=name
            )
        if self.p["anonymous"].fullmatch(name):
            told = self.last_anonymous
            if (
                told is not None
                and _PLAIN_ANONYMOUS.fullmatch(name)
                and _PLAIN_ANONYMOUS.fullmatch(told.speaker_text)
            ):
                # "people familiar with the matter said ... sources familiar with the matter told X": one
                # anonymous source of the story, told twice (a named side, "people close to Tallow", stays apart)
                return Found(
                    told.key,
                    told.name,
                    told.kind,
                    None,
                    (start, end),
                    "",
                    "unnamed-again",
                    speaker_text=name,
                )
            bare = self.last_unnamed
            if (
                told is None
                and bare is not None
                and _BARE_PLURAL.fullmatch(bare.speaker_text)
                and _PLAIN_ANONYMOUS.fullmatch(name)
            ):
                # "..., sources say" (a headline's, a summary's), then "people familiar with the matter
                # told X": the same unnamed source, told in short first, one source
                f = Found(
                    bare.key, bare.name, bare.kind, None, (start, end), "", "unnamed-again", speaker_text=name
                )
                self.last_anonymous = f
                return f
            label = name[0].lower() + name[1:]
            f = Found(
                "unnamed-" + slug(label),
                label,
                SourceKind.UNNAMED,
                None,
                (start, end),
                "",
                "anonymous",
                speaker_text=name,
            )
            self.last_anonymous = f
            return f
        voice = self._company_voice(name, start, end)
        if voice is not None:
            return voice
        of = _VOICE_OF_THE.search(self.text, start, end)
        owned = self._voice_of_anaphor(of.group("voice"), start, of.start("the"), end) if of else None
        if owned is not None:
            return owned  # "a spokesman of the bank told staff": the sentence's company speaks
        # "Insiders believe", "sources say": an unnamed source, never a group that speaks as one
        group = None if _BARE_SOURCES_AT.fullmatch(name) else self._group(name, start, end)
        if group is not None:
            return group
        told = self.last_anonymous
        if (
            told is not None
            and _SOURCES_IN_SHORT.fullmatch(name)
            and _PLAIN_ANONYMOUS.fullmatch(told.speaker_text)
        ):
            # "citing people familiar with the matter" and later "..., sources have said": the story's one
            # unnamed source told again in short (the inverse of "sources say" first; stop 43)
            return Found(
                told.key, told.name, told.kind, None, (start, end), "", "unnamed-again", speaker_text=name
            )
        m = re.match(r"(its|their)\s+", name, re.IGNORECASE)
        owner = None
        if m:
            for k in range(
                bisect_left(self.starts, start) - 1, max(-1, bisect_left(self.starts, start) - 300), -1
            ):
                ms = self.mentions[k]
                if ms.end <= start and ms.type in (EntityType.ORG, EntityType.OUTLET):
                    owner = ms
                    break
            if owner:
                name = f"{owner.name}’s {name[m.end() :]}"
        label = (
            name[0].lower() + name[1:]
            # (an owner's name put for "its" keeps its capital, one word or several: "Tarn Holdings’s founders";
            # stop 61)
            if name[:1].isupper() and not name.split()[0].endswith(("’s", "'s")) and owner is None
            else name
        )
        kind = SourceKind.UNNAMED
        f = Found(
            "unnamed-" + slug(label),
            label,
            kind,
            None,
            (start, end),
            "",
            "unnamed",
            speaker_text=" ".join(np.split()),
        )
        if _INTRODUCED.match(name) or _BARE_PLURAL.fullmatch(name):
            self.last_unnamed = f
        return f

    def _unnamed_again(self, name: str) -> Found | None:
        """The unnamed source a definite back-reference takes up ("the German source", "the person",
        "the official" after "a German government source said"; "the sources" after "two sources"): the
        last one the page introduced ("a", "an", "one", a count), one person or several as the words
        are, whose name holds every describing word of the back-reference; else None."""
        prior = self.last_unnamed
        if prior is None:
            return None
        bare = _BARE_PLURAL.fullmatch(prior.speaker_text) is not None
        head = _INTRODUCED.match(prior.speaker_text)
        prior_plural = bare or (head is not None and head.group("det").lower() not in ("a", "an", "one"))
        if _ONE_BACK.fullmatch(name):
            # "Sources said ... according to one source": one of them, the same unnamed source
            return prior if prior_plural else None
        m = _DEFINITE_BACK.fullmatch(name)
        if m is None or (head is None and not bare):
            return None
        plural = m.group("head").lower() in ("sources", "people", "officials", "insiders")
        if plural and not prior_plural:
            return None  # "a source said ... the sources said": more than the one introduced
        # ("sources told X ... the person said": one of them, the same unnamed source; stop 43)
        held = {w.lower() for w in prior.speaker_text.split()}
        mods = m.group("mods").split()
        return prior if all(w.lower() in held for w in mods) else None

    def _company_voice(self, name: str, start: int, end: int) -> Found | None:
        """A spokesperson or the management speaks for the company: "an Amazon spokesperson",
        "Meta executives", "a company spokeswoman", "its representatives" -> the company itself."""
        low = name.lower()
        head = next((h for h in _COMPANY_VOICE if low.endswith(h)), None)
        if head is None:
            return None
        owner: EntitySpan | None = None
        i = bisect_left(self.starts, start)
        board_owner: EntitySpan | None = None
        while i < len(self.mentions) and self.mentions[i].start < end:
            ms = self.mentions[i]
            if ms.end <= end and ms.type in (EntityType.ORG, EntityType.OUTLET, EntityType.PROGRAM):
                owner = ms
            elif ms.end <= end and ms.type == EntityType.PERSON and head.startswith("board"):
                board_owner = ms  # "the Brenvik board": a body's board, whatever the name's type (stop 51)
            i += 1
        words_ = low.split()
        kind: SourceKind | None = None
        if (
            owner is None
            and board_owner is not None
            and _BOARD_AFTER_NAME.match(self.text, board_owner.end, end)
        ):
            owner, kind = board_owner, SourceKind.ORGANIZATION
        if owner is None and self._voice_of_body(end):
            # "a spokesperson for the regulator" (none named): a body's voice, never the company's
            return None
        if owner is None and words_[0] in ("a", "an") and words_[1:2] in (["company"], ["firm"]):
            # "a company spokesperson": the company the article is about, the one named most so far
            owner = self._most_named_org(start)
        if (
            owner is None
            and (
                any(
                    w in ("company", "company’s", "company's", "its", "their", "firm", "firm’s", "firm's")
                    for w in words_
                )
                or (head.startswith("board") and words_[0] == "the")
                # "Management complained that ...", "The management said": the company's own management
                or (head == "management" and words_[-2:-1] in ([], ["the"], ["senior"], ["top"]))
            )
        ):
            owner = self._resolve("the company", start)
        if (
            owner is None
            and len(words_) == 2
            and words_[0] in ("a", "an")
            and words_[1] in ("spokesperson", "spokeswoman", "spokesman")
            and _COMPANY_WORDS.search(self.text, self.sentence_start, start)
        ):
            # "The company set aside its rule ..., a spokeswoman said": the voice of the company its
            # sentence tells of
            owner = self._resolve("the company", start)
        if (
            owner is None
            and len(words_) == 2
            and words_[0] in ("a", "an")
            and words_[1] in ("spokesperson", "spokeswoman", "spokesman")
        ):
            # '“Tallow is working on ...,” a spokeswoman said': the one organization the sentence names
            # before the voice (its words included), when it is the story's most named one
            owner = self._sole_story_org(start)
        if owner is None:
            return None
        # the quote's speaker: "Amazon spokesperson" (the name as written here when the page's name is
        # one shouted in a wire's opening words: "GOOGLE has hired ..., a Google spokesperson said")
        written = self.text[owner.start : owner.end]
        shown = written if owner.name.isupper() and written.lower() == owner.name.lower() else owner.name
        return self._named(
            owner,
            kind or _KIND_OF_TYPE[owner.type],
            (start, end),
            "",
            "spokesperson",
            speaker_text=f"{shown} {head}",
        )

    @staticmethod
    def _spoken_by(voice: Found, phrase: tuple[int, int], written: str) -> Found:
        """The company voice again, cited by a pronoun at `phrase` ("she added")."""
        return Found(
            voice.key,
            voice.name,
            voice.kind,
            voice.entity_id,
            phrase,
            "",
            voice.rule,
            speaker_text=voice.speaker_text or written,
        )

    def _firm_of_watchers(self, name: str, start: int, end: int) -> Found | None:
        """ "Harbour Bank analysts said", "according to Kestrel Securities economists": the firm whose
        market watchers speak is cited (the tables' convention (y), as for "analysts at <Firm>"), when
        its name, an organization, stands right before the noun. Else None."""
        words_ = name.split()
        if len(words_) < 2 or not _watchers(name):
            return None
        head_at = self.text.rfind(words_[-1], start, end)
        if head_at < 0:
            return None
        k = bisect_left(self.starts, start)
        while k < len(self.mentions) and self.mentions[k].start < head_at:
            ms = self.mentions[k]
            if (
                ms.type in _SPEAKING_TYPES
                and ms.end <= head_at
                and not self.text[ms.end : head_at].strip()
                and not self._in_quote(ms.start)
            ):
                return self._named(ms, _KIND_OF_TYPE[ms.type], (start, end), "", "firm-analysts")
            k += 1
        return None

    def _group(self, name: str, start: int, end: int) -> Found | None:
        """A group speaking as one: "analysts", "some competitors", "labour groups" (kind group).
        A single person ("one analyst") or a group owned by a name ("Meta’s employees") is not one."""
        words_ = name.split()
        if words_[-1].lower() not in _GROUP_HEADS:
            return None
        # "weaker than analysts had forecast": the group is the one after the comparison (stop 43)
        name = _THAN_BEFORE.sub("", name)
        joined = _JOINED_WORD.search(name)
        if (
            joined is not None
            and start > self.sentence_start
            and not _JOINED_LEAD.search(self.text, max(self.sentence_start, start - 24), start)
            and self.text[self.sentence_start : start].strip(' “"‘')
        ):
            # "shares fell and bond traders said": a clause's verb before "and" is no modifier of the group;
            # two joined modifiers open the subject or follow a quantifier or a preposition (stop 45)
            start += joined.end()
            name = name[joined.end() :]
        m = re.match(r"(?:" + _GROUP_COUNT + r")\s+", name, re.IGNORECASE)
        rest = name[m.end() :] if m else name
        firm = self._firm_of_watchers(rest, start, end)
        if firm is not None:
            return firm
        first = rest.split()[0]
        if _OWNER_ANAPHOR_GROUP.fullmatch(rest):
            # "The start-up's executives told staff", "the company's engineers said": the body's people
            # in the plural, told by its noun and not its name: a group, named as written
            label = rest[0].lower() + rest[1:]
            return Found(
                "group-" + slug(label),
                label,
                SourceKind.GROUP,
                None,
                (start, end),
                "",
                "group",
                speaker_text=name,
            )
        if re.match(r"(?:the|a|an|its|their|his|her|one|another)$", first, re.IGNORECASE) or first.endswith(
            ("’s", "'s")
        ):
            return None
        # "Wall Street analysts" keeps its capital; "Labour groups" at a sentence's start does not.
        words_rest = rest.split()
        if (
            len([w for w in words_rest if w not in ("and", "or")]) > 3
            or any(w.lower() in _GROUP_RANK for w in words_rest[:-1])
            or (
                len(words_rest) == 2
                and words_rest[0].lower() in _NO_BODY_OFFICES
                and words_rest[1].lower() == "officials"
            )
        ):
            # "according to top regional steel analysts", "several veteran Nordic chemicals analysts": a
            # description of the members, no kind of group; the group is named by its noun (stop 45); so
            # are "some public officials" (officials with no body named are the group `officials`, the
            # tables' convention z), while "Swiss officials", "ministry officials" keep their words
            rest = words_rest[-1]
            words_rest = [rest]
        named = len(words_rest) > 2 and words_rest[1][:1].isupper()
        label = rest if not rest[:1].isupper() or named else rest[0].lower() + rest[1:]
        return Found(
            "group-" + slug(label),
            label,
            SourceKind.GROUP,
            None,
            (start, end),
            "",
            "group",
            speaker_text=name,
        )

    # --- patterns -----------------------------------------------------------------------------
    def sentence(self, s0: int, s1: int) -> list[Found]:
        text = self.text
        self.sentence_start = s0
        found: list[Found] = []
        taken: list[tuple[int, int]] = []

        def add(f: Found) -> None:
            if any(f.phrase[0] < e and s < f.phrase[1] for s, e in taken):
                return
            taken.append(f.phrase)
            found.append(f)
            if f.entity_id:
                self.cited.add(f.entity_id)
                if f.kind == SourceKind.PERSON:
                    self.last_person, self.last_person_end = f.entity_id, f.phrase[1]
            if f.rule == "spokesperson" or (
                f.kind == SourceKind.ORGANIZATION
                and _VOICE_FOR.search(text, max(s0, f.phrase[0] - 40), f.phrase[0])
            ):
                self.last_voice = f

        raw = text[s0:s1]
        low = raw.lower()  # for cheap gates, and for offsets only where lower() keeps them (below)
        brief = self._brief_line(s0, s1)
        if brief is not None:
            add(brief)
        if low.lstrip().startswith("source"):
            listed = self._source_list(s0, s1)
            if listed:
                return listed
        label = _FROM_LABEL.match(text, s0, s1) if ":" in raw else None
        got = self._source_at(label.end(), s1) if label else None
        if label and got and _LABEL_QUOTE.match(text, got[1], s1):
            f, stop = got
            f.phrase, f.verb, f.rule = (s0 + len(raw) - len(raw.lstrip()), stop), "from", "label"
            add(f)
        intro_words, anonymous_words = _gates()
        intro_gate = any(map(low.__contains__, intro_words))
        intro_re, intro_in = (
            (self.p["intro"], text) if self.low_text is None else (self.p["intro_low"], self.low_text)
        )
        for im in intro_re.finditer(intro_in, s0, s1) if intro_gate else ():
            intro = " ".join(im.group("intro").lower().split())
            if intro == "citing" and _WITHOUT_BEFORE.search(text, max(s0, im.start() - 12), im.start()):
                continue  # "said, without citing sources, that": the outlet names none, no one is cited
            verb = mapping("reporting_verbs", "introducers").get(intro, intro)
            ahead = (
                self._site_owner_ahead(im.end(), s1)
                if intro == "according to" and text.startswith(("its", "their"), im.end())
                else None
            )
            if ahead is not None:
                add(ahead)
                continue
            pm = _PROFILE_SITE_AT.match(text, im.end(), s1) if intro == "according to" else None
            got = None
            if pm is None:
                if intro == "according to":
                    # "According to the chairman of Tallow, Ivo Stark “...”": a post, then its holder, then
                    # his words (the comma after the name may be missing; stop 54)
                    got = self._titled_person_at(im.end(), s1, quote_next=True)
                if got is None:
                    got = self._source_at(im.end(), s1)
                if got is None and intro == "according to":
                    got = self._pronoun_person_at(im.end(), s1)
            if pm is not None:
                # "According to LinkedIn, he led ...", "according to his LinkedIn": a profile page on a
                # site, a document (the tables' kind), never the site's company speaking
                name = pm.group("site")
                add(
                    Found(
                        "document-" + slug(name),
                        name,
                        SourceKind.DOCUMENT,
                        None,
                        (im.start(), pm.end()),
                        "according to",
                        "profile-site",
                        speaker_text=text[im.end() : pm.end()],
                    )
                )
                continue
            dm = _DOMAIN_SITE_AT.match(text, im.end(), s1) if not got and intro == "according to" else None
            if dm is not None:
                # "According to Harbourwire.com: ...": a news site named by its domain, no entity of the
                # page, is an outlet all the same (stop 52)
                name = dm.group("site")
                add(
                    Found(
                        "outlet-" + slug(name),
                        name,
                        SourceKind.OUTLET,
                        None,
                        (im.start(), dm.end("site")),
                        "according to",
                        "domain-site",
                        speaker_text=name,
                    )
                )
                continue
            if not got:
                continue
            f, stop = got
            if intro == "per" and (_PER_UNIT.match(text, stop, s1) or _PER_PRICE.match(text, stop, s1)):
                continue  # "$138 per VMware share", "as per Tallow's last close": a rate or a price, no source
            if intro == "opposition from" and _NONE_BEFORE.search(text, max(s0, im.start() - 24), im.start()):
                continue  # "the bid met no opposition from the government": no stance told (stop 51)
            if intro in _ESTIMATE_INTROS and _COMPARED_BEFORE.search(
                text, max(s0, im.start() - 24), im.start()
            ):
                continue  # "higher than estimated by Tallow": a figure set against Tallow's, no words of its (stop 51)
            if intro == "referring to" and not _REFERRING_LEAD.search(
                text, max(s0, im.start() - 16), im.start()
            ):
                continue  # "they were referring to X as a tool": a verb, not a wire's "citing"
            if intro == "referring to" and _NAMED_AS.match(text, stop, s1):
                continue  # "..., referring to the agreement as a “partnership”": a naming, no citation (stop 54)
            if (
                f.kind == SourceKind.DOCUMENT
                and f.entity_id is None
                and _NOTICE_DOC.search(text, im.end(), stop)
                and _SENT_TO_BODY.match(text, stop, s1)
                and (sender := self._subject_org(im.start())) is not None
            ):
                # "T has rejected the offer, according to a statement sent to the market regulator": the
                # unowned notice is the sentence's subject's, as "T has informed the regulator" is (stop 51)
                f = self._named(sender, SourceKind.ORGANIZATION, (im.start(), stop), "", "notice-sender")
            f.phrase = (im.start(), stop)
            f.verb = f.verb if f.verb and intro == "according to" else verb
            f.rule = f.rule or ("according-to" if intro == "according to" else "reported-by")
            d = self.p["in_doc"].match(text, stop, min(s1, stop + 60))
            if d:
                f.phrase = (im.start(), d.end())
                f.verb = f"{verb} ({d.group('doc').lower()})"
            # "According to X and Y, ...", "announced by X and Y": both
            rest = _AND_NEXT.match(text[f.phrase[1] : f.phrase[1] + 6])
            got2 = self._source_at(f.phrase[1] + rest.end(), s1) if rest else None
            if got2 is not None and rest is not None:
                f2, stop2 = got2
                f2.verb = f2.verb or f.verb
                f2.rule = f2.rule or f.rule
                f2.phrase = (f.phrase[1] + rest.end(), stop2)
                if f.entity_id and f2.entity_id and f.kind == f2.kind and f.key != f2.key:
                    # two named parties of one kind speak as one: a quotation they cue is theirs together
                    f.phrase = f2.phrase = (f.phrase[0], stop2)
                    f.rule = f2.rule = "pair-subject"
                    add(f)
                    if found and found[-1] is f:
                        found.append(f2)
                    continue
                add(f)
                add(f2)
                continue
            add(f)
        if "cite" in low or "quote" in low or any(mark in raw for mark in "“\"‘'"):
            for f in self._quoted_outlets(s0, s1) + self._cited_documents(s0, s1):
                add(f)
        verb_set, participle_set = _verb_sets()
        if "\u0130" in raw or "\u212a" in raw:  # the two letters whose lower case is ASCII
            hits = [
                _Hit(w.start(), w.end(), w.group().lower())
                for w in _WORD.finditer(text, s0, s1)
                if w.group().lower() in verb_set
            ]
        else:  # same offsets: without those two letters, lower() keeps the length and the ASCII words
            hits = [
                _Hit(s0 + i, s0 + j, v) for i, j, v in runs_of(low, verb_set.intersection(lower_words(low)))
            ]
        verbs = len(hits)
        if "clear" in low and (
            (closing := _CLOSING_CUE.search(text, max(s0, s1 - 90), s1)) is None
            or _REPORT_CLOSING.match(text, closing.start(), s1)
        ):
            # "X has made it clear (that) ...": a stance told, its holder the subject; not a reporting
            # verb of the lexicon ("made" alone is no cue anywhere), only with "it clear" after it
            # (not inside what another source's closing clause reports: "X had made it clear ..., analyst
            # Y said" is Y's account; an outlet's report that closes it relays the stance: ", the Ledger
            # report added")
            hits.extend(_Hit(c.start(), c.start() + 4, "made") for c in _MADE_CLEAR.finditer(text, s0, s1))
        if "critical of" in low:
            # "Analysts have been critical of the plan", "the union is sharply critical of": a stance
            # told, its holder the subject (not "critical to", a thing that matters)
            hits.extend(_Hit(c.start(), c.end(), "critical") for c in _CRITICAL_OF.finditer(text, s0, s1))
        if "concern" in low:
            hits.extend(_Hit(c.start(), c.end(), "concerns") for c in _CONCERNS_RAISED.finditer(text, s0, s1))
        if "rule" in low:
            hits.extend(_Hit(r.start(), r.end(), "rule") for r in _NEGATED_RULE_OUT.finditer(text, s0, s1))
        if len(hits) > verbs:
            hits.sort(key=lambda h: h.start())  # the stance hits in text order among the verbs
        quote_only = _quote_only_verbs()
        clause_only = _clause_only_verbs()
        # _WHO_END and _RELATIVE_APPOSITIVE need "who", _WHICH_END and _SUBJECT_RELATIVE "which" or
        # "who" (all case-sensitive) before the verb: one test per sentence instead of a search per verb
        who_in = "who" in raw
        relative = who_in or "which" in raw
        quote_later = _quote_later_verbs()
        group_only = _group_only_verbs()
        for m in hits:
            verb = m.verb
            if self._in_sealed(m.start()):
                marked = self._verb_in_marks(m, s0, s1) if verb not in quote_only else None
                if marked is not None:
                    add(marked)
                continue  # '“The board believes ...,” Stark said': the speaker's words, no cue of the page
            thanks_then_quote = (
                _thanks_then_quote(text, m.end(), min(len(text), s1 + 4)) if verb in quote_later else None
            )
            if verb in _SAYING and _REFUSAL_SAID.match(text, m.end(), s1):
                continue  # "a spokesman said they would not comment": a refusal, no statement (stop 52)
            if verb in _ADVISING and not _ADVICE_AFTER.match(text, m.end(), s1):
                continue  # "lawyers advised Tallow on the sale": a role in a deal, no advice told
            if verb in _CHEERING and not _CHEERED_OBJECT.match(text, m.end(), s1):
                continue  # "Investors have cheered.": no reaction to anything told (stop 63)
            if verb in ("weighed", "weighs") and not _WEIGHS_IN.match(text, m.end(), s1):
                continue  # "costs weighed on the shares": a weight, no view given
            if (
                verb in quote_later
                and not _QUOTE_LATER.match(text, m.end(), s1)
                and not (verb in _HAILING and _HAILED_AS_QUOTED.match(text, m.end(), s1))
                and not _STATEMENT_SUBJECT.match(text, s0, m.start())
                and thanks_then_quote is None
            ):
                continue  # "X thanked the fans": no quotation, no cue (but "A statement from X thanked")
            if (
                verb in quote_only
                and not (verb == "shared" and _SHARED_PLANS.match(text, m.end(), s1))
                # "the government has responded negatively to the bid": a stance told (stop 51)
                and not (verb == "responded" and _STANCE_RESPONSE.match(text, m.end(), s1))
                and not _next_to_quotation(text, s0, s1, m.start(), m.end())
                and not _AUDIENCE_QUOTE.match(text, m.end(), s1)
                and not (verb in _ASSURING and _ASSURED_AUDIENCE.match(text, m.end(), s1))
                and not (m.end() + 3 >= s1 and _QUOTE_NEXT.match(text, m.end()))
                and not _aside_before_quotation(text, s0, s1, m.start(), m.end())
                # "Judge Ruiz pointed out the likelihood that ...": a finding told with its content (stop 52)
                and not (verb == "pointed" and _POINTED_OUT_THAT.match(text, m.end(), s1))
                and not (verb == "pointed" and _POINTED_OUT_QUOTED.match(text, m.end(), s1))
                and not (
                    _VERB_TAIL_END.match(text, m.end(), s1)
                    and _QUOTE_THEN_SUBJECT.search(text, max(s0, m.start() - 130), m.start())
                )
            ):
                continue  # "Harbour Group continued to grow": no cue next to no quotation
            # "X has informed the Harbour Commission that", "..., X informed the regulator." (stop 51): once
            # per verb, for both tests below
            informs = verb in ("informed", "informs") and self._informs_named(m.end(), s1)
            if (
                verb in clause_only
                and not (verb in ("expressed", "expresses") and _FEELING_EXPRESSED.match(text, m.end(), s1))
                and not _THAT_CLAUSE.match(text, m.end(), s1)
                and not _next_to_quotation(text, s0, s1, m.start(), m.end())
                and not (
                    verb in _SAID_SWAPS
                    and (
                        _PRONOUN_CLAUSE.match(text, m.end(), s1)
                        or (
                            _CLAUSE_CLOSES.match(text, m.end(), s1 + 2)
                            and (
                                ", " in text[max(s0, m.start() - 40) : m.start()]
                                or _QUOTE_THEN_SUBJECT.search(text, max(s0, m.start() - 130), m.start())
                            )
                        )
                    )
                )
                and not _ASIDE_THAT.match(text, m.end(), s1)
                and not informs
                # "..., writing in her 70-page ruling in the case that ...": the ruling's content (stop 52)
                and not (verb == "writing" and _WRITING_IN_DOC_THAT.match(text, m.end(), s1))
                # "Judge X ruled the merger violated state law": the finding as a bare clause (stop 52)
                and not (verb in ("ruled", "rules") and _RULED_CLAUSE.match(text, m.end(), s1))
            ):
                continue  # "Harbour Group will maintain its stake": no clause, no cue
            if verb in ("write", "writes", "wrote") and _WROTE_CHECK.match(text, m.end(), s1):
                continue  # "Google wrote Tallow a check for $2.7 billion": money paid, no words
            if verb in ("informed", "informs") and not informs:
                continue  # "X informed the company that ...": an act the company's account tells, no cue
            if (
                verb in ("tell", "tells", "told", "telling")
                and _TELLS_YOU.match(text, m.end(), s1)
                and not _SOURCES_TELL.search(text, max(s0, m.start() - 24), m.start())
            ):
                # "splitting the job tells you the board wants cash": shows, no source (but a columnist's
                # "Sources also tell me that ..." cites them)
                continue
            if self.text_end - m.end() <= 2 and _RELATIVE_BEFORE.search(
                text, max(s0, m.start() - 24), m.start()
            ):
                # "... alongside OpenAI, who writes" and the excerpt stops: what it writes is lost. A named
                # speaker's cue with a colon the excerpt cuts before its quotation ("Ruiz said:" and the
                # text stops) still tells that the speaker spoke: cited (stop 53, the tables' reading)
                continue
            if m.start() > s0 and text[m.start() - 1] == "-":
                continue
            prev = text[max(s0, m.start() - 4) : m.start()]
            after_quote = _quote_closes_before(text, s0, m.start())
            # Verb first: "..., said the company", "..., reported Reuters" (never "told": its object
            # is the one told).
            after_comma = _AFTER_COMMA_END.search(prev) and verb in _INVERTING
            if (
                not after_quote
                and not after_comma
                and verb in _INVERTING
                and text[m.start()].isupper()
                and _OPENS_SENTENCE.fullmatch(text, s0, m.start())
            ):
                # "Added Tallow CEO Ivo Stark, “...”", "Said Stark: “...”": the verb opens the sentence, its
                # source and then the quotation follow (stop 43)
                got = self._source_at(m.end() + 1, s1)
                if got and _QUOTE_AFTER_SOURCE.match(text, got[1], s1):
                    f, stop = got
                    f.phrase = (m.start(), stop)
                    f.verb, f.rule = verb.lower(), f.rule or "verb-first"
                    add(f)
                    continue
            if after_quote or after_comma:
                at = m.end() + 1
                if after_quote and (by := _SAID_BY.match(text, m.end(), s1)) is not None:
                    at = (
                        by.end()
                    )  # '“...,” said by Founder of Tallow, Ivo Stark': a garbled "said", its speaker
                got = self._source_at(at, s1) or self._titled_person_at(at, s1)
                if (
                    got
                    and after_comma
                    and not after_quote
                    and not _VERB_FIRST_END.match(text, got[1], s1)
                    and not (got[0].kind == SourceKind.UNNAMED and _who_tail(text, got[1], s1))
                ):
                    got = None
                if got:
                    f, stop = got
                    f.phrase = (m.start(), stop)
                    f.verb, f.rule = verb, f.rule or "verb-source"
                    joint = self._verb_first_pair(f, stop, s1) if after_quote else None
                    if joint is not None:
                        # '“...,” said Ana Lund and Ivo Stark in a statement': both speak as one
                        f2, stop2 = joint
                        f.phrase = f2.phrase = (m.start(), stop2)
                        f2.verb = verb
                        f.rule = f2.rule = "pair-subject"
                        add(f)
                        if found and found[-1] is f:
                            found.append(f2)
                        continue
                    add(f)
                    continue
            if (
                not verb.endswith("ing")
                and verb
                != "concerned"  # "being concerned that ... “...”": a stance, its holder before "being"
                and _PASSIVE_END.search(text[max(s0, m.start() - 30) : m.start()])
            ):
                continue  # passive: "has been accused of" (not the progressive "Bloomberg is reporting")
            if (
                verb in ("add", "adds", "added", "adding")
                and not _QUOTE_LATER.match(text, m.end(), s1)
                and (
                    _ADD_OBJECT.match(text, m.end(), s1)
                    or (
                        _ADD_MODAL.search(text, max(s0, m.start() - 8), m.start())
                        and not _ADD_CLAUSE.match(text, m.end(), s1)
                    )
                )
            ):
                continue  # "the deal adds a major oil field": a thing added, no statement
            if verb in ("report", "reported", "reports", "reporting") and _FINANCIAL.match(text, m.end(), s1):
                continue  # "AWS reported revenue of $27.5 billion": a result, not a source
            if verb == "reports" and _REPORTS_NOUN.search(text, max(s0, m.start() - 8), m.start()):
                continue  # "Media reports circulated": the noun (_REPORTS_SPREAD), not "Media" reporting
            if verb.lower().startswith(("reject", "dismiss", "disput")) and _DEAL_OBJECT.match(
                text, m.end(), s1
            ):
                continue  # "Wiz rejected a $23 billion offer": a deal turned down, not a statement
            if verb.startswith("admit") and _ADMITS_TO_CHARGE.match(text, m.end(), s1):
                continue  # "the lender admitted to allowing ...": a plea to a charge, an act, no statement
            if verb == "called" and _CALLED_OFF.match(text, m.end(), s1):
                continue  # "Orvex called off its purchase of Delmont": a deal ended, an act, no statement
            if (
                verb.startswith("announc")
                and _ANNOUNCED_PLAN.match(text, m.end(), s1)
                and _TIME_CLAUSE_SUBJECT.search(text, max(s0, m.start() - 80), m.start())
            ):
                # "months after Tallow first announced its plans for the purchase": the deal's history told
                # in a time clause, an act of the past, not what the page cites the company for
                continue
            if verb.lower().startswith("welcom") and _WELCOMED_ABOARD.match(text, m.end(), s1):
                continue  # "Tallow welcomed Ana Ruiz to its board": a hire greeted, no statement (stop 45)
            if relative and _WHICH_END.search(text, max(s0, m.start() - 60), m.start()):
                # "... sued the company, which called his claims ‘frivolous’": the noun before "which".
                w = _WHICH_END.search(text, max(s0, m.start() - 60), m.start())
                got = self._source_before(w.start(), s0) if w else None
                if got and got[0].entity_id and self._type_of(got[0].entity_id) == EntityType.PRODUCT:
                    got = None  # "the chatbot Grok-2, which added vision": a product adds features, says nothing
                if got:
                    f, start = got
                    f.phrase, f.verb = (start, m.end()), verb
                    f.rule = f.rule or "relative"
                    add(f)
                continue
            if verb not in ("claim", "claims", "claimed") and _RAISING.match(text[m.end() : m.end() + 10]):
                continue  # raising: "reported to be", "said to have" (but "Tallow claims to be" is Tallow's claim)
            rel = _SUBJECT_RELATIVE.fullmatch(text, s0, m.start()) if relative else None
            if rel is None and relative and (after := _QUOTE_OPENS_SENTENCE.match(text, s0, m.start())):
                # '“...,” Ruiz’s email, which the Ledger has seen, reads': the same subject
                # and relative clause after a quotation that opens the sentence
                rel = _SUBJECT_RELATIVE.fullmatch(text, after.end(), m.start())
            if rel is not None:
                # "The company, which makes A, B and C, among other things, believes": the subject
                # before the relative clause speaks, never a name inside it
                got = self._source_before(rel.end("np"), s0)
                if got is not None:
                    f, start = got
                    f.phrase, f.verb = (start, m.end()), verb
                    f.rule = "anaphor" if f.rule == "anaphor" else (f.rule or "source-verb")
                    add(f)
                    continue
            quoted_who = (
                _QUOTED_WHO_AS.search(text, max(s0, m.start() - _QUOTED_WHO_REACH), m.start())
                if "quoted" in low
                else None
            )
            if quoted_who is not None:
                # "the Ledger quoted Stark as saying": Stark, not the paper that quoted him
                got = self._source_before(quoted_who.end("who"), quoted_who.start("who"))
                if got is not None:
                    f, start = got
                    f.phrase, f.verb = (start, m.end()), verb
                    f.rule = f.rule or "source-verb"
                    add(f)
                    outlet = self.by_end.get(s0 + len(text[s0 : quoted_who.start()].rstrip()))
                    if outlet is not None and outlet.type == EntityType.OUTLET:
                        # "the Ledger quoted X as saying": the page uses the outlet's reporting, a source of
                        # its own as in the passive "quoted by" (never the speaker; stop 57)
                        found.append(
                            self._named(
                                outlet, SourceKind.OUTLET, (outlet.start, outlet.end), "quoted", "relayed-by"
                            )
                        )
                        self.cited.add(outlet.entity_id)
                    continue
            who = (_WHO_END.search(text, max(s0, m.start() - 24), m.start()) if who_in else None) or (
                _QUOTED_AS_END.search(text, max(s0, m.start() - 60), m.start()) if "quoted" in low else None
            )
            # (not before a participle: "X announced the cuts ..., in a memo to staff, saying" is X's)
            at = m.start()
            if verb == "concerned" and (being := _BEING_END.search(text, max(s0, at - 12), at)) is not None:
                at = being.start()  # "the regulator being concerned that": its holder before "being"
            got = self._source_before(
                who.start() if who else at, s0, aside=not verb.endswith("ing"), relative=who is not None
            )
            if (
                not got
                and verb.endswith("ing")
                and (sent := _SENT_DOC_END.search(text, max(s0, m.start() - 90), m.start()))
            ):
                # "X sent an email to staff explaining “...”": the one who sent the document, not a
                # source of the sentence the sending is reported in ("Y alleges that X sent ...")
                got = self._source_before(sent.start(), s0)
                named = self.by_end.get(s0 + len(text[s0 : sent.start()].rstrip()))
                if got is not None and named is not None and named.entity_id == got[0].entity_id:
                    got = (got[0], max(got[1], named.start))  # its phrase from the sender's name on
            if not got:
                rel = (
                    _RELATIVE_APPOSITIVE.search(text, max(s0, m.start() - 170), m.start()) if who_in else None
                )
                if (
                    rel
                ):  # "Sundar Pichai, who was born in ... and is now chief of Alphabet Inc., said": Pichai
                    got = self._source_before(rel.start(), s0)
            if not got and "," in text[max(s0, m.start() - 4) : m.start()]:
                # "A statement from Tallow, noted that ...": a stray comma between a document's subject
                # and its verb
                sc = _STRAY_COMMA_SUBJECT.fullmatch(text, s0, m.start())
                got = self._source_before(sc.end("np"), s0) if sc is not None else None
            if not got and any(d in text[max(s0, m.start() - 4) : m.start()] for d in "—–-"):
                # "Harlow Group—a maker of ovens based in Leeds—said", "the Post - a daily paper -
                # reported": a description set off by dashes stands between the subject and its verb
                dash = _DASH_ASIDE_END.search(text, max(s0, m.start() - 160), m.start())
                if dash is not None:
                    got = self._source_before(dash.start(), s0)
            if not got:
                w0 = max(s0, m.start() - 100)
                vend = m.start()
                aux = _ADVERBS_END.search(text, w0, vend) if "," in text[w0:vend] else None
                if (
                    aux is not None
                    and aux.start() < vend
                    and text[w0 : aux.start()].rstrip().endswith(",")
                    and _BE_FORM.search(aux.group()) is None
                ):
                    # "X, Name of Firm, had argued": the auxiliary before the verb (stop 45); never a
                    # passive ("..., are now expected to"), whose subject is no speaker
                    vend = aux.start()
                appos = _APPOSITIVE_END.search(text[w0:vend])
                if appos and verb.endswith("ing") and _PP_ASIDE.match(text, w0 + appos.start()):
                    appos = None  # "X announced the cuts ..., in a memo to staff, saying": what X did, not an appositive
                if appos and verb.endswith("ing") and _PRONOUN_SAID_ASIDE.match(text, w0 + appos.start()):
                    # "Terms will be set with the directors, it said, adding that": the pronoun's clause,
                    # whose speaker the "it said" finds (or none), never the noun before it (stop 54)
                    continue
                if appos and verb.endswith("ing"):
                    lead = _LEAD_PHRASE.match(text, s0, m.start())
                    comma = w0 + appos.start()
                    if lead is not None and comma < lead.end() and not text[comma : lead.end()].strip(", "):
                        # "In the statement, Ruiz praised Stark, saying": the comma closes the sentence's
                        # opening phrase, so what follows is its main clause, not an appositive: its
                        # subject speaks (never the document the sentence opens with)
                        appos = None
                        subject = self._subject(s0, m.start())
                        got = (subject, subject.phrase[0]) if subject is not None else None
                if appos:
                    # "Its parent company, Alphabet Inc., announced": the name between the commas
                    inner = text[w0 + appos.start() : vend].rstrip().rstrip(",").rstrip()
                    named = self._entity_ending(w0 + appos.start() + len(inner), w0 + appos.start())
                    person_of = (
                        self._person_of(named, w0 + appos.start())
                        if named is not None and named.type in _SPEAKING_TYPES
                        else None
                    )
                    if person_of is not None and re.fullmatch(
                        r",\s+", text[w0 + appos.start() : person_of.start]
                    ):
                        # "a backer of the company, Ola Brandt of Kestrel Ventures, said": the role phrase
                        # before the commas introduces the person between them, who speaks; never the
                        # firm that closes the name nor a body the role phrase names (stop 45)
                        got = (
                            self._named(person_of, SourceKind.PERSON, (person_of.start, m.start()), "", ""),
                            person_of.start,
                        )
                    elif named is not None and named.type == EntityType.PLACE:
                        got = None  # "based in Salem, Oregon, announced": the place is no speaker
                    elif named is not None and re.fullmatch(
                        r",\s+(?:the\s+)?", text[w0 + appos.start() : named.start]
                    ):
                        # "Maria Lund, chair, Hollin Farms Trust, said": the body the post is held at
                        # closes the appositive; the person whose post it is speaks
                        named = self._appositive_person(s0, named.start, named) or named
                        got = (
                            self._named(named, _KIND_OF_TYPE[named.type], (named.start, m.start()), "", ""),
                            named.start,
                        )
                    else:
                        got = self._source_before(w0 + appos.start(), s0)
                        if got is not None and self._example_at(got[1]):
                            # "Tallow, the owner of brands including A, B, and C, announced": the last
                            # serial comma closes a list of examples, not an appositive; its subject speaks
                            subject = self._subject(s0, m.start())
                            got = (subject, subject.phrase[0]) if subject is not None else None
            if not got and "," in text[max(s0, m.start() - 4) : m.start()]:
                # "Tallow, a two-year-old robot maker that has no product yet but wants ..., announced": a
                # long description of the sentence's subject, set off by commas (stop 43)
                la = _LONG_APPOSITIVE_END.search(text, max(s0, m.start() - 240), m.start())
                if la is not None:
                    got = self._source_before(la.start(), s0)
                    lead = _LEAD_PHRASE.match(text, s0, m.start())
                    if got is not None and text[lead.end() if lead else s0 : got[1]].strip():
                        got = None  # the name does not open the sentence: an object's description
            if (
                not got
                and (
                    verb in ("said", "says", "told", "tells")
                    or (verb in _AND_STANCE and _THAT_AFTER.match(text, m.end(), s1) is not None)
                )
                and _AND_BEFORE_VERB.search(text, max(s0, m.start() - 6), m.start())
            ):
                # "A spokesperson for Tallow was reached by phone and said ...": the second verb of
                # the sentence's subject, when no source stands right before it (stop 44); "While the
                # Orla fund owns 1% of Tallow, it wants seats and argues that ...": the "it" of
                # the main clause, as for "it argues" right after the clause (stop 63)
                subject = self._subject(s0, m.start()) or self._it_subject(s0, m.start())
                got = (subject, subject.phrase[0]) if subject is not None else None
            if not got or (
                verb in ("read", "reads")
                and got[0].kind != SourceKind.DOCUMENT
                and got[0].verb not in _doc_kinds()
                and got[0].rule not in _DOCUMENT_VOICE_RULES
            ):
                # only a document reads: '“...,” the statement read', "Stark's statement read:" (not
                # "Harbour read")
                continue
            f, start = got
            if verb == "concerns" and _OBJECT_OF_BEFORE.search(text, _clause_opening(text, s0, start), start):
                continue  # "the hiring of A and B has raised concerns": the thing that raised them, no one's stance
            if verb in _FINDING and f.kind != SourceKind.GROUP:
                continue  # "Tallow found that sales fell": only a body's finding (a board's committee) is its words
            if verb in ("ruled", "rules") and f.kind != SourceKind.PERSON and not _COURT_NAME.search(f.name):
                continue  # "after its board ruled that he was not candid": a body's decision told, no court's finding
            if verb in ("report", "reported") and text[start : m.start()].strip().lower() in ("their", "its"):
                continue
            if verb.endswith("ed") and _object_participle(text, start, m.start(), m.end(), s0, s1):
                continue  # "a partnership with Corlane announced in 2018": a bare participle, no one speaks
            if (
                verb in group_only
                and (
                    (
                        f.kind not in (SourceKind.GROUP, SourceKind.OUTLET)
                        and not _VIEW_QUOTED.match(text, m.end(), s1)
                    )
                    or who is not None
                    or _ADD_MODAL.search(text, max(s0, m.start() - 8), m.start())
                    # "The two groups expect to complete the deal": what the parties plan, no view; only
                    # a paper or market watchers expect as a source ("analysts expect")
                    or (verb in _EXPECTING and f.kind == SourceKind.GROUP and not _watchers(f.name))
                    # "She said directors believed ...": a view told inside another's words is hers (stop 46)
                    or (
                        text[start : m.start()].strip().lower() == f.speaker_text.lower()
                        and _SAID_BEFORE.search(text, max(s0, start - 24), start) is not None
                    )
                )
            ):
                # "Tallow forecast revenue of $4bn": only experts in the plural forecast as a source, and
                # not in a relative clause the page tells of them ("questioned by investors who believed"),
                # nor in what is to come to them ("Existing investors will see their shares bought")
                continue
            if f.kind == SourceKind.UNNAMED and verb + "s" in verb_set and _ONE_OF.match(text, start):
                continue  # "comments made on an investor call": a noun after one person, not a verb
            f.phrase = (start, m.end())
            if thanks_then_quote is not None and not _QUOTE_LATER.match(text, m.end(), s1):
                # "X thanked the trustees. “...”": the thanks, its object included, lead into the
                # quotation that opens the next sentence of the paragraph
                f.phrase = (start, thanks_then_quote)
            f.verb = verb
            f.rule = "anaphor" if f.rule == "anaphor" else ("source-verb" if not f.rule else f.rule)
            d = self.p["in_doc"].match(text, m.end(), min(s1, m.end() + 60))
            if d:
                f.phrase = (start, d.end())
                f.verb = f"{verb} ({d.group('doc').lower()})"
            if f.rule == "two-ministries" and (tm := _TWO_MINISTRIES_END.search(text, start, m.start())):
                # "the finance and economy ministries said": both speak, as one (stop 56)
                second = self._two_ministries(tm, f.phrase)[1]
                second.verb = f.verb
                f.rule = second.rule = "pair-subject"
                add(f)
                if found and found[-1] is f:
                    found.append(second)
                continue
            firsts = self._pair_before(f, start, s0)
            if firsts:
                # "Tallow and Brindle said in a joint statement", "A, B and C announced": all speak, as one
                f.phrase, f.rule = (firsts[0].start, f.phrase[1]), "pair-subject"
                add(f)
                if found and found[-1] is f:
                    # the first named first, as the page reads: a claim shows its first source
                    for first in firsts:
                        found.insert(
                            len(found) - 1,
                            self._named(first, _KIND_OF_TYPE[first.type], f.phrase, f.verb, "pair-subject"),
                        )
                continue
            add(f)
            by = (
                _QUOTED_BY_AS.search(text, max(s0, m.start() - 80), m.start())
                if "quoted by" in low and verb.endswith("ing")
                else None
            )
            if by is not None and found and found[-1] is f:
                # "X was quoted by the Ledger as saying": X speaks; the outlet that quoted X is a source
                # of the page too, never the speaker (quote_speakers leaves "relayed-by" out)
                k = bisect_left(self.starts, by.start("rest"))
                ent = self.mentions[k] if k < len(self.mentions) else None
                if ent is not None and ent.end <= by.end("rest") and ent.type in _SPEAKING_TYPES:
                    found.append(
                        self._named(
                            ent, _KIND_OF_TYPE[ent.type], (ent.start, ent.end), "quoted", "relayed-by"
                        )
                    )
                    self.cited.add(ent.entity_id)
        if "reports " in low:
            for rm in _REPORTS_SPREAD.finditer(text, s0, s1):
                f = self._unnamed(rm.group("np"), rm.start("np"), rm.end())
                f.phrase, f.verb, f.rule = (
                    (rm.start("np"), rm.end()),
                    rm.group("verb").lower(),
                    "reports-spread",
                )
                add(f)
        if "based on" in low:
            for bm in _BASED_ON.finditer(text, s0, s1):
                ent = self._entity_at(bm.end())
                rec = _OWN_RECORD_AFTER.match(text, ent.end, s1) if ent is not None else None
                if ent is not None and rec is not None and ent.type in _SPEAKING_TYPES:
                    # "Based on Kestrel's own listing of its shareholders, ...": the body's own record
                    # speaks for it, as its statement does (stop 52); never "based on Kestrel's price"
                    add(
                        self._named(
                            ent, _KIND_OF_TYPE[ent.type], (bm.start(), rec.end()), "based on", "own-record"
                        )
                    )
        if " it" in low and ("filing" in low or "report" in low or "prospectus" in low):
            for dm in _IN_DOC_IT_WAS.finditer(text, s0, s1):
                # "In a filing made with the ministry, it has been confirmed that ...": the document says
                # it, in an impersonal passive whose agent is the document named before (stop 52)
                f = self._document(dm.group("doc"), dm.start("det"), dm.end("doc"), dm.group("det"))
                f.phrase, f.verb, f.rule = (
                    (dm.start(), dm.end()),
                    dm.group("verb").lower(),
                    f.rule or "in-doc-passive",
                )
                add(f)
        if "analysts" in low or "economists" in low or "experts" in low:
            for em in _WATCHERS_ESTIMATES.finditer(text, s0, s1):
                # "below the estimates of analysts", "beat analysts' forecasts": the figure the group
                # expected is its view told (convention a, stop 52); "analyst expectations" is no such
                g = "np" if em.group("np") else "np2"
                firm = (
                    self.by_end.get(em.start(g) - 1) if text[em.start(g) - 1 : em.start(g)] == " " else None
                )
                if firm is not None and firm.type in _SPEAKING_TYPES:
                    continue  # "Orla analysts' estimates": the firm's (convention y), not a group
                f = self._unnamed(em.group(g).lower(), em.start(g), em.end(g))
                if f.kind == SourceKind.GROUP:
                    f.phrase, f.verb, f.rule = (em.start(), em.end()), "estimated", "watchers-estimates"
                    add(f)
        for m in hits:
            if m.verb not in participle_set:
                continue
            lead = _PARTICIPLE_LEAD.search(text, max(s0, m.start() - 24), m.start())
            bare = (
                lead is None
                and m.verb.lower() == "saying"
                and _BARE_SAYING_AFTER.search(text, max(s0, m.start() - 30), m.start()) is not None
            )
            if not lead and not bare:
                continue
            if _SUED_BEFORE.search(text, max(s0, m.start() - 160), lead.start() if lead else m.start()):
                continue  # "X sued Y, alleging that ...": the suit's claim, told as what X did, cites no one
            if m.verb.lower() == "adding" and _ADDING_TO.match(text, m.end(), s1):
                continue  # "X will pay a bonus, adding to a salary of ...": a sum grows, no one speaks (stop 46)
            if m.verb.lower() in quote_only and not _next_to_quotation(text, s0, s1, m.start(), m.end()):
                continue  # "X dropped the plan, blaming the weather": a cause named, no words of X's
            if (
                m.verb.lower() in clause_only
                and not _THAT_CLAUSE.match(text, m.end(), s1)
                and not _WRITING_IN_DOC_THAT.match(text, m.end(), s1)
                and not _next_to_quotation(text, s0, s1, m.start(), m.end())
            ):
                continue  # "Stark, writing in his spare time, built an app": no words told (stop 52)
            verb = m.verb
            vstart = m.start()
            if any(s <= vstart < e for s, e in taken):
                continue
            # "T's board rejected the approach saying ...": no comma, the clause's subject says it (stop 51)
            got = (
                self._source_before(vstart, max(s0, vstart - 60))
                if lead and "," not in lead.group()
                else None
            )
            base = None
            earlier = [f for f in found if f.phrase[1] <= vstart]
            if earlier:
                base = earlier[-1]
            elif got is None:
                subj = self._subject(s0, vstart)
                if subj:
                    base = subj
            if base is None or (earlier and base is earlier[-1] and base.phrase[0] >= s0):
                continue
            f = Found(
                base.key,
                base.name,
                base.kind,
                base.entity_id,
                (vstart, m.end()),
                verb,
                "participle",
                speaker_text=base.speaker_text,
            )
            d = self.p["in_doc"].match(text, m.end(), min(s1, m.end() + 60))
            if d:
                f.phrase = (vstart, d.end())
                f.verb = f"{verb} ({d.group('doc').lower()})"
            add(f)
        anonymous_gate = any(map(low.__contains__, anonymous_words))
        for am in self.p["anonymous"].finditer(text, s0, s1) if anonymous_gate else ():
            # "... which people briefed on the talks put at $14.8 billion": the phrase is the cue.
            if not any(s <= am.start() < e for s, e in taken):
                f = self._unnamed(am.group("np"), am.start(), am.end())
                f.verb, f.rule = "(anonymous)", "anonymous-mention"
                add(f)
        for pm in _PLURAL_ANAPHOR.finditer(text, s0, s1) if any(map(low.__contains__, _PLURAL_GATE)) else ():
            # "the companies said", "both firms announced": the last two organizations named before;
            # a bare "the two said" only the two the sentence names, and no person among them.
            if pm.group("two"):
                pair = [] if self._person_in(s0, pm.start()) else self._orgs_in_sentence(s0, pm.start())
                if not pair and not self._person_in(self.window_start, pm.start()):
                    # "A and B agreed the merger. “...,” the two said": the two bodies the sentence
                    # before names, when this one names no body and neither names a person
                    pair = self._orgs_in_sentence(self.window_start, pm.start())
                if not pair:
                    # "A, chief of X, and B, who runs Y, agreed ... “...,” the two said": the two people
                    # the sentence (or the one before) names, when it names two and no more
                    pair = self._two_persons(pm.start())
            else:
                pair = (
                    self._list_in_sentence(s0, pm.start())
                    or self._pair_in_sentence(s0, pm.start())
                    # "a setback for the companies, which had contended": the companies a relative
                    # clause tells of are the last two the page named together (stop 52)
                    or (self._last_joined_pair(pm.start()) if pm.group("rel") else [])
                    or self._salient_orgs(pm.start(), 2)
                    # "The companies announced ... The companies say that ...": the parties the page took
                    # "the companies" for before, when the names since leave no clear pair (stop 44)
                    or self.last_parties
                )
                if len(pair) >= 2:
                    self.last_parties = pair
            if len(pair) >= 2 and not any(s <= pm.start() < e for s, e in taken):
                verb = " ".join((pm.group("verb") or pm.group("by")).lower().split())
                end = pm.end()
                d = self.p["in_doc"].match(text, end, min(s1, end + 60)) if pm.group("verb") else None
                if d:  # "the two firms noted in their joint release": the pair's statement
                    verb, end = f"{verb} ({d.group('doc').lower()})", d.end()
                taken.append((pm.start(), end))
                for ent in pair:
                    found.append(
                        self._named(ent, _KIND_OF_TYPE[ent.type], (pm.start(), end), verb, "anaphor-plural")
                    )
        for pm in (
            _PLURAL_PERSONS.finditer(text, s0, s1) if any(map(low.__contains__, _PLURAL_PERSONS_GATE)) else ()
        ):
            # "the co-CEOs said", "the pair wrote": the two people the text last named together, else
            # the two the sentence or the one before names ("A, chief of X, and B, the head of Y, ...")
            pair = self._person_pair(pm.start()) or self._two_persons(pm.start())
            if pair and any(
                f.kind == SourceKind.GROUP and f.phrase[0] <= pm.start() < f.phrase[1] for f in found
            ):
                # "both executives said" after two named executives: the two, not a group "executives"
                found = [
                    f
                    for f in found
                    if not (f.kind == SourceKind.GROUP and f.phrase[0] <= pm.start() < f.phrase[1])
                ]
                taken = [(s, e) for s, e in taken if not s <= pm.start() < e]
            if pair and not any(s <= pm.start() < e for s, e in taken):
                verb = pm.group("verb").lower()
                taken.append((pm.start(), pm.end()))
                for ent in pair:
                    found.append(
                        self._named(ent, SourceKind.PERSON, (pm.start(), pm.end()), verb, "anaphor-plural")
                    )
        for pm in (
            _PLURAL_POST_NAMED.finditer(text, s0, s1)
            if any(map(low.__contains__, _PLURAL_POST_NAMED_GATE))
            else ()
        ):
            # "Its founders, A and B, wrote in a letter: “...”": the two named in the aside speak, both (stop 63)
            writers = self._persons_joined_in(pm.start("names"), pm.end("names"))
            if not writers:
                continue
            # (the post read before as unnamed people, a group or the company's voice: "Tasker's executives said")
            found = [f for f in found if not f.phrase[0] <= pm.start() < f.phrase[1]]
            taken = [(s, e) for s, e in taken if not s <= pm.start() < e]
            taken.append((pm.start(), pm.end()))
            for ent in writers:
                found.append(
                    self._named(
                        ent,
                        SourceKind.PERSON,
                        (pm.start(), pm.end()),
                        pm.group("verb").lower(),
                        "pair-subject",
                    )
                )
        for wm in _WRITING_FROM_TO.finditer(text, s0, s1) if " from " in low else ():
            # "A memo from Orvane boss Stark to employees said ...": the writer speaks, not the memo nor the
            # readers (stop 63)
            k0, k1 = bisect_left(self.starts, wm.start("who")), bisect_left(self.starts, wm.end("who"))
            writers = [
                ms
                for ms in self.mentions[k0:k1]
                if ms.type == EntityType.PERSON and ms.end <= wm.end("who") and not self._in_quote(ms.start)
            ]
            if len({ms.entity_id for ms in writers}) != 1 or any(s <= wm.start() < e for s, e in taken):
                continue
            found = [f for f in found if not wm.start() <= f.phrase[0] < wm.end()]
            taken.append((wm.start(), wm.end()))
            f = self._named(
                writers[0], SourceKind.PERSON, (wm.start(), wm.end()), wm.group("verb").lower(), "writer"
            )
            found.append(f)
            self._tell_author(_one_writing(wm.group("doc")), f)
        for tm in _THEY_SAID.finditer(text, s0, s1) if "hey " in low else ():
            # "A and B founded Orvane in 2015. “...,” they wrote": the two people named together who open their
            # sentence, this one or the one before, speak together (stop 63); a pair named as an object is not
            # taken ("Orvane hired A and B")
            pair = self._person_pair(tm.start())
            if len(pair) != 2 or pair[0].start < self.window_start or self._in_quote(tm.start()):
                continue
            open_at = s0 if pair[0].start >= s0 else self.window_start
            opening = text[open_at : pair[0].start]
            between = self.mentions[
                bisect_left(self.starts, pair[1].end) : bisect_left(self.starts, tm.start())
            ]
            if (
                not _SUBJECT_LEAD.fullmatch(opening.lstrip())
                or any(
                    open_at <= ms.start < pair[0].start
                    for ms in self.mentions[: bisect_left(self.starts, pair[0].start)][-3:]
                )
                or any(
                    ms.type == EntityType.PERSON and ms.entity_id not in {p.entity_id for p in pair}
                    for ms in between
                )
                or any(s <= tm.start() < e for s, e in taken)
            ):
                continue
            end = tm.end()
            verb = tm.group("verb").lower()
            d = self.p["in_doc"].match(text, end, min(s1, end + 60))
            if d:  # "they said in a joint statement": the pair's statement
                verb, end = f"{verb} ({d.group('doc').lower()})", d.end()
            found = [f for f in found if not tm.start() <= f.phrase[0] < end]
            taken.append((tm.start(), end))
            for ent in pair:
                found.append(self._named(ent, SourceKind.PERSON, (tm.start(), end), verb, "anaphor-plural"))
        for om in _OWN_WORDS.finditer(text, s0, s1) if any(map(low.__contains__, _OWN_WORDS_GATE)) else ():
            # "The company’s mission is to “...”": the owner's own words, quoted
            if any(s <= om.start() < e for s, e in taken):
                continue
            owner = self._entity_ending(om.start(), s0)
            start = owner.start if owner else om.start()
            if owner is None:
                a = self.p["anaphor"].search(text, max(s0, om.start() - 40), om.start())
                owner = self._resolve(a.group("np"), a.start("np")) if a else None
                start = a.start("np") if a else start
            its = (om.group("its") or om.group("its3") or "").lower()
            if owner is None and its:
                owner = self._resolve("the company" if its in ("its", "their") else "he", om.start())
            if owner is not None:
                end = om.start() + len(om.group().rstrip())
                what = (om.group("what") or om.group("what2") or om.group("what3")).lower()
                add(self._named(owner, _KIND_OF_TYPE[owner.type], (start, end), what, "own-words"))
        if "report" in low or " said" in low or "rumo" in low or "understood" in low:
            for qm in self.p["passive"].finditer(text, s0, s1):
                # "reportedly", "it was reported that", "is said to be": an unnamed source, one per
                # article; "it was reported" or "reportedly" after an outlet's report is that report.
                cue = " ".join(qm.group().lower().split())
                prior = self.last_outlet_report if _a_report(cue) else None
                by = _in_document_by(text, qm.end(), s1)
                got = self._source_at(by.end(), s1) if by else None
                if got is not None and got[0].entity_id:
                    # "is said to have been agreed, in a release issued by Tallow": Tallow
                    f = got[0]
                    f.phrase, f.verb, f.rule = (qm.start(), got[1]), cue, "passive-by"
                    add(f)
                    continue
                if prior is not None:
                    f = Found(
                        prior.key,
                        prior.name,
                        prior.kind,
                        prior.entity_id,
                        (qm.start(), qm.end()),
                        cue,
                        "passive-back",
                        speaker_text=qm.group(),
                    )
                else:
                    f = Found(
                        _UNNAMED_REPORTS,
                        "unnamed reports",
                        SourceKind.UNNAMED,
                        None,
                        (qm.start(), qm.end()),
                        cue,
                        "passive",
                        speaker_text=qm.group(),
                    )
                add(f)
        if "there " in low and "reports" in low:
            for tm in _THERE_WERE_REPORTS.finditer(text, s0, s1):
                f = self._unnamed(tm.group("np"), tm.start("np"), tm.end("np"))
                f.phrase, f.verb, f.rule = (tm.start(), tm.end()), "reported", "reports-there"
                add(f)
        if "obtained" in low or "leaked" in low or " by " in low:
            for lm in _LEAKED_TO.finditer(text, s0, s1):
                leak = self._leaked_to(lm, s1)
                if leak is not None and not any(
                    f.key == leak.key and f.phrase[0] < leak.phrase[1] and leak.phrase[0] < f.phrase[1]
                    for f in found
                ):
                    # inside the phrase of the one who speaks ("Ruiz's email, which was obtained by
                    # the Post, reads") as well: a source of its own, never the speaker (see
                    # quote_speakers.quotes_with_speakers)
                    found.append(leak)
                    if leak.entity_id:
                        self.cited.add(leak.entity_id)
        if "put it" in low or "puts it" in low:
            for pm in _AS_PUT_IT.finditer(text, s0, s1):
                # "..., as insiders would put it", "as chief executive X put it", "as the company puts
                # it": the one named is the source of the words the page gives in their terms
                if any(s <= pm.start("np") < e for s, e in taken):
                    continue
                got = self._source_before(pm.start("verb"), pm.start("np"))
                if got is None:
                    continue
                f, start = got
                f.phrase, f.verb, f.rule = (start, pm.end("verb")), "put it", "as-put-it"
                add(f)
        if "statement" in low or "release" in low or "announcement" in low or "news" in low or "word" in low:
            for dm in _PUT_OUT_DOC.finditer(text, s0, s1):
                # "Hollin Farms Trust has put out a statement naming ...", "The Harbour Board released a
                # statement": the body that made the statement speaks through it, so "the statement
                # said" later is the body's voice (the tables' convention), not a document of nobody's
                if any(s <= dm.start() < e for s, e in taken):
                    continue
                got = self._source_before(dm.start(), s0)
                if got is None or got[0].kind not in (SourceKind.ORGANIZATION, SourceKind.PERSON):
                    continue
                f, start = got
                doc = " ".join((dm.group("doc") or dm.group("news")).lower().split())
                f.phrase, f.verb, f.rule = (start, dm.end()), f"issued ({doc})", "issued-statement"
                add(f)
        if raw.rstrip().endswith(":") and ("statement" in low or "release" in low or "announcement" in low):
            stmt_lead = self._statement_lead(s0, s0 + len(raw.rstrip()))
            if stmt_lead is not None and not any(
                s <= stmt_lead.phrase[0] < e or stmt_lead.phrase[0] <= s < stmt_lead.phrase[1]
                for s, e in taken
            ):
                add(stmt_lead)
        if "did" in low:
            for lm in _LEFT_OUT.finditer(text, s0, s1):
                # "Ms X did not specify which plants close", "X did not say whether ...": X spoke and
                # left that out, so X is a source of the page (the tables' convention); a refusal to
                # speak ("declined to comment", "did not respond") cites no one
                if any(s <= lm.start() < e for s, e in taken) or self._in_quote(lm.start()):
                    continue
                got = self._source_before(lm.start(), s0)
                if got is None or got[0].kind not in (SourceKind.ORGANIZATION, SourceKind.PERSON):
                    continue
                f, start = got
                verb = " ".join(lm.group("verb").lower().split())
                f.phrase, f.verb, f.rule = (start, lm.end("verb")), f"did not {verb}", "left-out"
                add(f)
        for mm in _MADE_BY.finditer(text, s0, s1) if " made by " in low else ():
            # "The announcement has been made by a spokesperson for Tallow": its maker is cited
            if any(a <= mm.end() - 3 < b for a, b in taken):
                continue
            got = self._source_at(mm.end(), s1)
            if got is not None:
                f, stop = got
                f.phrase, f.verb, f.rule = (mm.start(), stop), "made (statement)", "made-by"
                add(f)
        for bm in _MEDIA_BY.finditer(text, s0, s1) if " by " in low else ():
            # "reported ... and confirmed in recent hours by other media, such as A, the B agency or the
            # C network": every outlet of the list is cited; a single agent after a time only when an
            # outlet ("confirmed later by Bloomberg"; the verbs right before "by" are `introducers`)
            pos = bm.end()
            in_list = bm.group("list") is not None
            if not in_list and bm.group("gap") is None:
                continue  # "confirmed by Bloomberg": the introducer's own
            while pos < s1:
                got = self._source_at(pos, s1)
                if got is None or got[0].kind not in (SourceKind.OUTLET, SourceKind.ORGANIZATION):
                    break
                f, stop = got
                if not in_list and f.kind != SourceKind.OUTLET:
                    break
                if any(a <= f.phrase[0] < b for a, b in taken):
                    break
                noun = _OUTLET_NOUN_AFTER.match(text, stop, s1)
                stop = noun.end() if noun else stop
                f.phrase, f.verb, f.rule = (pos if in_list else bm.start(), stop), "reported", "media-by"
                add(f)
                nxt = _LIST_NEXT.match(text, stop, s1) if in_list else None
                if nxt is None:
                    break
                pos = nxt.end()
        for qm in _QUOTED_BY_ASIDE.finditer(text, s0, s1) if " by " in low else ():
            got = self._source_at(qm.end(), s1)
            if got is None or got[0].kind != SourceKind.OUTLET or not text.startswith(",", got[1]):
                continue
            f, stop = got
            if not any(a <= f.phrase[0] < b for a, b in taken):
                f.phrase, f.verb, f.rule = (qm.start("w"), stop), "quoted", "relayed-by"
                add(f)
        for fm in _FIRST_TO_REPORT.finditer(text, s0, s1) if "first " in low else ():
            # "The Ledger was first to report the talks": the outlet's report is cited
            if any(a <= fm.start() < b for a, b in taken):
                continue
            got = self._source_before(fm.start(), s0)
            if got is None or got[0].kind not in (SourceKind.OUTLET, SourceKind.ORGANIZATION):
                continue
            f, start = got
            f.phrase, f.verb, f.rule = (start, fm.end()), "reported", "first-to-report"
            add(f)
        for dm in DATA_SHOWED.finditer(text, s0, s1) if any(map(low.__contains__, _DATA_GATE)) else ():
            # "Kestrel Research data showed Orla held 12%": the body whose figures they are is cited
            if any(a <= dm.start() < b for a, b in taken):
                continue
            got = self._source_before(dm.start(), s0, aside=False)
            if got is None or got[0].kind not in (SourceKind.OUTLET, SourceKind.ORGANIZATION):
                continue
            f, start = got
            if f.phrase[1] != dm.start() or self._in_quote(start):
                continue  # "sales data showed", "Orla's data showed" read no farther back
            f.phrase, f.verb, f.rule = (start, dm.end()), "showed (data)", "data-showed"
            add(f)
        for am in _AS_POINTS_OUT.finditer(text, s0, s1) if " out" in low else ():
            # "as the Ledger points out, ...": the teller is cited when the words between are a source
            who_end = am.start("who") + len(am.group("who").rstrip())
            if any(a <= am.start("who") < b for a, b in taken) or who_end <= am.start("who"):
                continue
            got = self._source_at(am.start("who"), who_end)
            if got is None or got[1] != who_end or got[0].kind == SourceKind.UNNAMED:
                continue
            f, _stop = got
            f.phrase, f.verb, f.rule = (am.start(), am.end()), "pointed out", "as-points-out"
            add(f)
        gs = _GROUP_STANCE.match(text, s0, s1) if any(map(low.__contains__, _STANCE_GATE)) else None
        if gs is not None and not self._in_quote(gs.start("np")):
            # "Investors are excited about Orla's prospects": a group's stance told is the group's view
            told = self._group(gs.group("np"), gs.start("np"), gs.end("np"))
            if told is not None:
                told.phrase, told.verb, told.rule = (gs.start("np"), gs.end()), "stance", "group-stance"
                add(told)
        for jm in _IN_JOINT_DOC.finditer(text, s0, s1) if "joint" in low and not found else ():
            # "the two put the deal's value at $19.7 billion in a joint statement": whatever the verb, a
            # joint statement the sentence tells of is its parties' words (`_joint` names them)
            if not any(a <= jm.start("np") < b for a, b in taken):
                add(self._document(jm.group("doc"), jm.start("np"), jm.end(), "a"))
        cp = _PRONOUN_COLON.match(text, s0, s1) if ":" in raw else None
        if cp is not None and not any(f.phrase[0] < cp.end() for f in found):
            # "He sees no hurry: “...”", "She was blunt: “...”": a sentence a pronoun opens, whatever its
            # verb, that ends in a colon right before a quotation gives the quotation to that person
            # (as a named person's colon does, quote_speakers "colon-subject")
            ent = self._resolve(cp.group("np"), cp.start("np"))
            if ent is not None and ent.type == EntityType.PERSON:
                add(
                    self._named(
                        ent, SourceKind.PERSON, (cp.start("np"), cp.end("np")), "(colon)", "colon-pronoun"
                    )
                )
        # (a named teller, person or company, or an unnamed one: "sources who spoke to CNBC", "people
        # familiar told the Courier" cite the outlet too, the tables' convention (i) 3 and (n); the page's
        # own outlet and the wire it runs are left out later, `_own_outlet`)
        unnamed = [f.phrase for f in found if f.kind == SourceKind.UNNAMED]
        # (a post's unnamed holder too: "The CEO of Brenvik told Reuters", stop 58)
        if any(map(low.__contains__, _TOLD_OUTLET_GATE)) and (
            unnamed or any(f.entity_id or f.rule == "owned-post" for f in found)
        ):
            for f in self._outlets_told(s0, s1):
                if not any(g.key == f.key for g in found):
                    found.append(f)
                    if f.entity_id:
                        self.cited.add(f.entity_id)
        inc = _ANNOUNCED_INCLUDING.search(text, s0, s1) if "announced" in low else None
        if inc is not None:
            # "UPS joined several companies that have announced layoffs, including A, B and C": each
            # body of the list made that announcement (the tables' convention (e'), stop 43)
            k = bisect_left(self.starts, inc.end())
            members: list[EntitySpan] = []
            while k < len(self.mentions) and self.mentions[k].start < s1:
                mem = self.mentions[k]
                gap = text[members[-1].end : mem.start] if members else text[inc.end() : mem.start]
                gap = gap[2:] if gap.startswith(("’s", "'s")) else gap  # "Macy’s, Amazon"
                if mem.type != EntityType.ORG or (
                    members and not (_LIST_JOINED.fullmatch(gap) or _PAIR_JOINED.fullmatch(gap))
                ):
                    break
                if not members and gap.strip():
                    break
                members.append(mem)
                k += 1
            if len(members) >= 2:
                for mem in members:
                    if not any(g.entity_id == mem.entity_id for g in found):
                        add(
                            self._named(
                                mem,
                                SourceKind.ORGANIZATION,
                                (mem.start, mem.end),
                                "announced",
                                "announced-including",
                            )
                        )
        found = self._joint(found, s0)
        self._own_documents(found, text, s0, s1)
        # "Stark told CNBC", "in an interview with the Ledger": Stark is the source (the speaker); the outlet
        # told is a source too, unless it is the page's own (`_outlets_told`; the tables' convention c)
        for f in found:
            if _outlet_report(f):
                self.last_outlet_report = f
            if _outlet_report(f) or (
                f.kind == SourceKind.ORGANIZATION and f.entity_id and f.verb in ("reported", "reports")
            ):
                # "Kesta Law reported on Thursday ... the report said": the body that reported (a news
                # service the page names as a company too) is whose report "the report" is
                self.last_report = f
        for f in found:
            if self._reports_on_another(f, s0):
                self.reporters.add(str(f.entity_id))
        orgs = [
            f
            for f in found
            if f.kind == SourceKind.ORGANIZATION and f.entity_id not in (None, *self.reporters)
        ]
        if orgs:
            self.last_org = max(orgs, key=lambda f: f.phrase[0])
        bodies = [
            f
            for f in found
            if f.entity_id is None
            # a state's body, or a board's committee ("Tallow's Independent Committee said", stop 56)
            and (
                f.key.startswith("official-")
                or (f.key.startswith("group-") and f.name.endswith(" committee"))
            )
        ]
        if bodies:
            self.last_body = max(bodies, key=lambda f: f.phrase[0])
        makers = [
            f
            for f in found
            if f.kind != SourceKind.DOCUMENT
            and (
                _STATEMENT_VERB.search(f.verb)
                # "..., the joint statement reads": its makers again ("the statement continues" later)
                or (f.rule == "joint" and _STATEMENT_DOC.search(text, f.phrase[0], f.phrase[1]) is not None)
            )
            # "Schneider said in the statement": a person quoted in the statement the page cited
            # already (the company's), which stays its maker's
            and not (
                f.kind == SourceKind.PERSON
                and self.last_statement
                and _IN_THE_STATEMENT.search(text, f.phrase[0], f.phrase[1])
            )
        ]
        if makers:  # who made the last statement: "the statement" later in the text is theirs
            self.last_statement = makers
            if len({f.key for f in makers}) > 1:
                self.last_joint = makers
        for f in found:
            if f.verb.endswith("(note)"):
                self.last_note = f
        found.sort(key=lambda f: f.phrase[0])
        for i, f in enumerate(found):
            f.content = self._content(f, found, i, s0, s1)
        return found

    def _pair_before(self, f: Found, start: int, s0: int) -> list[EntitySpan]:
        """The names of one kind before f's joined to it by "and" that are the subject of a cue
        together ("Tallow and Brindle said", "On Monday, Ivo Stark and Lena Vey wrote"), or a list
        ending in "and" ("Tallow, Brindle and Quill announced", "A, B, and C said": stop 43), first
        named first, when they open their clause; [] otherwise ("Tallow bought Harbour and Brindle
        said": Brindle alone)."""
        if f.entity_id is None or f.kind not in (
            SourceKind.ORGANIZATION,
            SourceKind.PERSON,
            SourceKind.OUTLET,
        ):
            return []
        i = bisect_left(self.starts, start)
        if i < len(self.mentions) and self.mentions[i].start != start and _text_the(self.text, start):
            i = bisect_left(self.starts, start + 4)  # "the Kestrel Gazette": the name after "the"
            start += 4
        if i == 0 or i >= len(self.mentions) or self.mentions[i].start != start:
            return []
        second = self.mentions[i]
        if i > 1 and self._home_before(i):
            i -= 1  # "A and Norway's B said": the place's possessive describes B (stop 51)
        firsts: list[EntitySpan] = []
        joint = _PAIR_JOINED
        while i > 0:
            k = i - 1
            if k > 0 and self._own_ticker(k):
                k -= 1  # "A (AAA) and B said" where the ticker is a form of A's name: A itself
            nxt, prev = self.mentions[i] if not firsts else firsts[0], self.mentions[k]
            if (
                prev.type != second.type
                or prev.entity_id in {second.entity_id, *(e.entity_id for e in firsts)}
                or prev.start < s0
                or self._in_quote(prev.start)
                or not (
                    joint.fullmatch(self.text, prev.end, nxt.start)
                    or (second.type == EntityType.PERSON and self._titled_join(joint, prev.end, nxt.start))
                )
            ):
                break
            firsts.insert(0, prev)
            joint = _LIST_JOINED  # before the "and": the list's commas ("A, B and C")
            i = k
        if not firsts:
            return []
        lead = self.text[s0 : firsts[0].start]
        the = _THE_LEAD.search(lead)
        lead = lead[: the.start()] if the is not None else lead
        home = _home_ending(lead)
        lead = lead[: home.start()] if home is not None else lead  # "Oslo-based A and B said" (stop 51)
        if second.type == EntityType.PERSON:
            # "Quarry Research analysts Ivo Stark and Lena Vey suggest": their shared post before the pair
            lead = _PLURAL_POST_END.sub("", lead)
            if not _PAIR_LEAD.search(lead.strip()):
                # "chief executive Ivo Stark and lead director Lena Vey wrote": the first one's own post
                # before the pair (stop 61)
                lead = _without_post_end(lead)
        return firsts if _PAIR_LEAD.search(lead.strip()) or self.p["doc_to_lead"].match(lead.lstrip()) else []

    def _titled_join(self, joint: re.Pattern[str], lo: int, hi: int) -> bool:
        """Between two people who speak together, the join and the second one's own post: " and lead
        director ", ", and Chairman and CEO " (stop 61)."""
        m = joint.match(self.text, lo, hi)
        return m is not None and _is_post(self.text[m.end() : hi])

    def _home_before_at(self, home: re.Match[str]) -> bool:
        """Is a possessive home (`_HOME`: "Norway's ") a place's, with a name right after it ("Norway's B")?"""
        i = bisect_left(self.starts, home.end())
        return 0 < i < len(self.mentions) and self.mentions[i].start == home.end() and self._home_before(i)

    def _home_before(self, i: int) -> bool:
        """Is the mention before mention i a place's possessive right before it ("Norway's B")?"""
        place = self.mentions[i - 1]
        return (
            place.type == EntityType.PLACE
            and _POSSESSIVE_GAP.fullmatch(self.text, place.end, self.mentions[i].start) is not None
        )

    def _own_ticker(self, k: int) -> bool:
        """Is mention k a ticker in brackets right after a mention of the same entity ("Tallow Foods (TALLOW)",
        once the page's bare "Tallow" made the ticker one of the name's forms)?"""
        ms, before = self.mentions[k], self.mentions[k - 1]
        return (
            ms.entity_id == before.entity_id
            and _TICKER_OPEN.fullmatch(self.text, before.end, ms.start) is not None
            and self.text.startswith(")", ms.end)
        )

    def _joint(self, found: list[Found], s0: int) -> list[Found]:
        """A statement several parties made is theirs, each one, never "a statement": "according to a
        joint statement" names the sentence's two organizations (exactly two, outside quotations) or
        else the story's two parties; "the statement said" after "A and B said in a joint statement"
        is A and B. Without two clear parties the document stays as it is (no guess)."""
        out: list[Found] = []
        for f in found:
            parties: list[tuple[str, str, SourceKind, str | None]] = []
            if f.rule == "document-joint":
                # "the memo read" after "In a memo to staff, A and B said": its writers together (stop 61)
                parties = [(m.key, m.name, m.kind, m.entity_id) for m in self.joint_writers[f.key]]
            elif f.rule == "statement-back":
                makers = (
                    self.last_joint
                    if self.last_joint and _JOINT_DOC.search(self.text, f.phrase[0], f.phrase[1])
                    else self.last_statement
                )
                parties = [(m.key, m.name, m.kind, m.entity_id) for m in makers]
            elif f.kind == SourceKind.DOCUMENT and f.entity_id and (pair := self._owner_pair(f)):
                # "the report by Slack and Tallow read", "a statement from A and B": both its owners
                parties = [(e.entity_id, e.name, _KIND_OF_TYPE[e.type], e.entity_id) for e in pair]
            elif (
                f.kind == SourceKind.DOCUMENT
                and f.entity_id is None
                and _JOINT_DOC.search(self.text, f.phrase[0], f.phrase[1])
                and not any(g.rule in JOINT_RULES and g.phrase == f.phrase for g in found)
            ):
                pair = self._orgs_in_sentence(s0, f.phrase[0]) or self._salient_orgs(f.phrase[0], 2)
                parties = [(e.entity_id, e.name, _KIND_OF_TYPE[e.type], e.entity_id) for e in pair]
            if len(parties) < 2:
                out.append(f)
                continue
            doc = _STATEMENT_DOC.search(f.name) if f.kind == SourceKind.DOCUMENT else None
            verb = f.verb or "said"
            if doc and "(" not in verb:
                verb = f"{verb} ({doc.group()})"  # the parties' statement: "the statement" later is theirs
            for noun, known in list(self.documents.items()):
                if known.key == f.key:
                    del self.documents[noun]  # not "a statement" of nobody's any more
            for key, name, kind, eid in parties:
                out.append(Found(key, name, kind, eid, f.phrase, verb, "joint", f.content, f.speaker_text))
                if eid:
                    self.cited.add(eid)
        return out

    def _person_in(self, s0: int, pos: int) -> bool:
        """Does the text name a person between s0 and pos?"""
        return any(
            self.mentions[k].type == EntityType.PERSON
            for k in range(bisect_left(self.starts, s0), bisect_left(self.starts, pos))
        )

    def _document_of(self, ent: EntitySpan, pos: int, lo: int) -> Found | None:
        """ "the report by A and B read", "a statement from A and B said": the document of its owners
        (both, by `_joint`), not the last name alone; one owner only before "read" (only a document
        reads: "the filing by Tallow reads"). Else None."""
        i = bisect_left(self.starts, ent.start)
        first = ent
        if i > 0 and ent.type == EntityType.ORG:
            prev = self.mentions[i - 1]
            if prev.type == EntityType.ORG and _PERSONS_JOINED.fullmatch(self.text, prev.end, ent.start):
                first = prev
        if first is ent and not self.text.startswith(("read", "Read"), pos):
            return None
        m = _DOC_BY_END.search(self.text, max(lo, first.start - 60), first.start)
        if m is None or first.type not in (EntityType.ORG, EntityType.OUTLET):
            return None
        doc = " ".join(m.group("doc").lower().split())
        return Found(
            f"{first.entity_id}-{slug(doc)}",
            f"{first.name} ({doc})",
            SourceKind.DOCUMENT,
            first.entity_id,
            (m.start(), pos),
            "",
            "document",
            speaker_text=self.text[m.start() : ent.end],
        )

    def _owner_pair(self, f: Found) -> list[EntitySpan]:
        """A document's owner and a second organization joined to it by "and" inside the citation's
        phrase ("a statement from A and B said"), else []."""
        lo, hi = bisect_left(self.starts, f.phrase[0]), bisect_left(self.starts, f.phrase[1])
        for k in range(lo, min(hi, len(self.mentions) - 1)):
            a, b = self.mentions[k], self.mentions[k + 1]
            if a.entity_id == f.entity_id and b.end <= f.phrase[1] and self._joined(a, b, EntityType.ORG):
                return [a, b]
        return []

    def _orgs_in_sentence(self, s0: int, pos: int) -> list[EntitySpan]:
        """The two organizations the sentence names before pos outside quotations, when it names
        exactly two; else []."""
        seen: dict[str, EntitySpan] = {}
        for k in range(bisect_left(self.starts, s0), bisect_left(self.starts, pos)):
            ms = self.mentions[k]
            if ms.type == EntityType.ORG and ms.end <= pos and not self._in_quote(ms.start):
                seen.setdefault(ms.entity_id, ms)
        return sorted(seen.values(), key=lambda m: m.start) if len(seen) == 2 else []

    def _it_subject(self, s0: int, limit: int) -> Found | None:
        """ "While Orla holds 1% of Tallow, it wants seats and argues that": the "it" opening the
        sentence or its main clause after one comma, as "it argues" right there would read it (stop 63)."""
        im = _IT_OPENS.match(self.text, s0, limit)
        if im is None:
            return None
        ent = self._resolve("it", im.start("it"))
        if ent is None:
            return None
        return self._named(ent, _KIND_OF_TYPE[ent.type], (im.start("it"), im.end("it")), "", "anaphor")

    def _subject(self, s0: int, limit: int) -> Found | None:
        """The sentence's subject: a named source or an anaphor at its start."""
        text = self.text
        lead = _LEAD_PHRASE.match(text, s0, limit)  # "In a statement, Stark ...": the subject after it
        pos = lead.end() if lead else s0
        dl = _DATELINE_LEAD.match(text, pos, limit)
        if dl is not None:
            pos = dl.end()  # "OSLO -Tallow will ...": the place the story was filed from is no subject
        got = self._source_at(pos, limit)
        if got:
            return got[0]
        k = bisect_left(self.starts, pos)
        ms = self.mentions[k] if k < len(self.mentions) else None
        if (
            ms is not None
            and ms.type == EntityType.PERSON
            and ms.end <= limit
            and _TITLE_WORDS_LEAD.fullmatch(text, pos, ms.start)
        ):
            # "Judge Ana Lund sided with the regulator, writing that ...": a capitalised title before the
            # person who opens the sentence (stop 52)
            return self._named(ms, SourceKind.PERSON, (pos, ms.end), "", "title-led-subject")
        m = re.match(
            r"(?:the\s+(?:company|firm|startup|CEO|chief\s+executive|founder)|he|she)\b",
            text[pos:limit],
            re.IGNORECASE,
        )
        if m:
            ent = self._resolve(m.group(), pos)
            if ent:
                return self._named(ent, _KIND_OF_TYPE[ent.type], (pos, pos + m.end()), "", "anaphor")
        return None

    def _content(self, f: Found, found: list[Found], i: int, s0: int, s1: int) -> tuple[int, int] | None:
        text = self.text
        start, end = f.phrase
        lo = found[i - 1].phrase[1] if i > 0 else s0
        hi = found[i + 1].phrase[0] if i + 1 < len(found) else s1
        after = text[end:hi]
        if _COMMA_FIRST.match(after) and start <= s0 + 3:  # "According to X, P"
            c0 = end + after.index(",") + 1
            return _trim(text, c0, hi)
        if _STOP_ONLY.match(after) or _COMMA_ONLY.match(text[end:s1]):  # "P, X reports."
            return _trim(text, lo, start)
        return _trim(text, end, hi)

    def find(self, sentences: list[tuple[int, int]]) -> list[Found]:
        out = []
        prev = prev_end = 0
        self.body_start = sentences[0][0] if sentences else 0
        for s0, s1 in sentences:
            self.earlier_start = self.window_start  # the sentence before the one before
            self.window_start = prev  # "the company" looks back to the sentence before this one
            self.sentence_start = s0
            # a heading between the two sentences is no antecedent (the headline before the first is)
            self.gap_start = prev_end or s0
            out.append(self.sentence(s0, s1))
            prev, prev_end = s0, s1
        # "reportedly", "it was reported", "is said to" that no outlet's report claims (in the sentence,
        # before it or opening the next) name no one: no source (the tables' convention b since stop 36)
        # Reports or outlets none of which is named ("According to reports", "multiple outlets reported",
        # "Media reports circulated", "reports said", "according to a report") cite no one either (the
        # tables' convention (i) 4 since stop 42); read as sources until here, as antecedents
        flat = [
            f
            for found in _reports_ahead(out, [s0 for s0, _ in sentences], self.text)
            for f in found
            if not (f.rule == "passive" and f.key == _UNNAMED_REPORTS) and not self._no_outlet_named(f)
        ]
        self._holders_named(flat)
        return flat + self._post_signatures()

    def _holders_named(self, found: list[Found]) -> None:
        """ "Brenvik's second-largest investor said ... said Norway's Kestrel Pension Corporation, which
        owns about 6% of Brenvik": a holder the page first describes is the body it then names with its
        stake in the same company (within the next few sentences); the described holder is cited under
        that body's name (stop 45). Changes `found` in place."""
        for i, f in enumerate(found):
            if (
                f.kind != SourceKind.UNNAMED
                or f.entity_id
                or not _HOLDER_NOUN.search(f.speaker_text or f.name)
            ):
                continue
            k0, k1 = bisect_left(self.starts, f.phrase[0]), bisect_left(self.starts, f.phrase[1])
            held = next((ms for ms in self.mentions[k0:k1] if ms.type == EntityType.ORG), None)
            if held is None:
                continue
            for g in found[i + 1 :]:
                if g.phrase[0] - f.phrase[1] > 700:
                    break
                if g.entity_id is None or g.entity_id == held.entity_id or g.kind == SourceKind.UNNAMED:
                    continue
                named = [
                    ms
                    for ms in self.mentions[
                        bisect_left(self.starts, f.phrase[1]) : bisect_left(self.starts, g.phrase[1] + 200)
                    ]
                    if ms.entity_id == g.entity_id
                ]
                if any(self._holds_stake_in(ms, held.entity_id) for ms in named):
                    f.key, f.name, f.kind, f.entity_id = g.key, g.name, g.kind, g.entity_id
                    break

    def _holds_stake_in(self, ms: EntitySpan, held: str) -> bool:
        """Does "<ms>, which owns|holds ... of|in <held>" follow mention ms?"""
        m = _STAKE_IN_AFTER.match(self.text, ms.end, ms.end + 160)
        if m is None:
            return False
        k = bisect_left(self.starts, m.end())
        return (
            k < len(self.mentions)
            and self.mentions[k].start == m.end()
            and self.mentions[k].entity_id == held
        )

    def _post_signatures(self) -> list[Found]:
        """ "... our engineers will follow. — Ana Ruiz (@anaruiz) March 19, 2031": a social post printed
        in the page, signed on its own line with its author's handle (a short line, read as a heading,
        so no sentence holds it); its author is cited (stop 45)."""
        if "(@" not in self.text:
            return []
        out = []
        for sig in _POST_SIGNATURE.finditer(self.text, self.body_start):
            ms = self._entity_at(sig.start("name"))
            if ms is None:
                # a signature line read as page furniture holds no mention: the person the page names so
                name = " ".join(sig.group("name").split())
                ms = next(
                    (m for m in self.mentions if m.type == EntityType.PERSON and m.name == name),
                    None,
                )
                ms = replace(ms, start=sig.start("name"), end=sig.end("name")) if ms is not None else None
            if ms is not None and ms.type == EntityType.PERSON and ms.end <= sig.end("name"):
                out.append(
                    self._named(
                        ms, SourceKind.PERSON, (sig.start("name"), sig.end()), "posted", "post-signature"
                    )
                )
        return out

    def _no_outlet_named(self, f: Found) -> bool:
        """Is `f` reports or outlets with none of them named: an unnamed source told only as "reports"
        or "outlets" ("multiple reports", "media reports", "several US media outlets"), or a report no
        one is told for right after "according to" ("according to a report")?"""
        if f.entity_id is not None:
            return False
        if f.kind == SourceKind.UNNAMED:
            return _UNNAMED_OUTLETS.fullmatch(" ".join((f.speaker_text or f.name).split())) is not None
        return (
            f.kind == SourceKind.DOCUMENT
            and f.key == "document-report"
            and _ACCORDING_TO_A_REPORT.fullmatch(self.text, f.phrase[0], f.phrase[1]) is not None
        )


#: A name that is the object of a preposition a deal's partner follows ("a partnership with X",
#: "a tie-up between A and X"), never "together with" / "along with", which add a subject.
_PARTNER_OBJECT_END = re.compile(
    r"(?<!together\s)(?<!along\s)\b(?:with|between)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w&’'.-]*(?:\s+(?-i:[A-Z])[\w&’'.-]*){0,3}\s+(?:and|&)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
#: What follows a bare participle: its time ("in 2018", "last year", "on Monday") or the clause's end,
#: never an object or a "that" clause of a finite verb.
_PARTICIPLE_TAIL = re.compile(
    r"\s*(?:[,.;)]|$|(?:in|on|last|earlier|this|back|during|at|late|early)\b(?![^.;]{0,60}\bthat\b))",
    re.IGNORECASE,
)


def _object_participle(text: str, start: int, v0: int, v1: int, s0: int, s1: int) -> bool:
    """Is the verb at v0..v1 a bare past participle after a name that is a preposition's object ("a
    partnership with Corlane announced in 2018", "the tie-up between Orla and Brandt unveiled last
    year")? A participle with no one named as its maker cites no one (the tables' convention e')."""
    if "," in text[start:v0]:
        return False
    if _PARTNER_OBJECT_END.search(text, max(s0, start - 80), start) is None:
        return False
    return _PARTICIPLE_TAIL.match(text, v1, s1) is not None


def _gazetteer_type(name: str) -> EntityType | None:
    """The type the gazetteer knows a name as ("Goldman Sachs": an organization, "Reuters": an outlet),
    None for a name it does not know."""
    hit = tables().known.get(name_tokens(name))
    return hit[1] if hit is not None else None


def _outlet_led(name: str) -> bool:
    """Does a name of several words open with an outlet the gazetteer knows ("Bloomberg Law", "Reuters
    Breakingviews")?"""
    words_ = name.split()
    return len(words_) >= 2 and _gazetteer_type(words_[0]) == EntityType.OUTLET


def _only_starred(text: str, start: int, end: int) -> bool:
    """Are the lines from start to end all blank or starred ("* ...")?"""
    return all(not line.strip() or _STAR_LINE.match(line.lstrip()) for line in text[start:end].split("\n"))


def _in_document_by(text: str, pos: int, end: int) -> re.Match[str] | None:
    """ "..., in a release issued by " within 80 characters of pos in the same clause: the match of the
    issuer's lead-in (the issuer starts at its end), else None."""
    by = _ISSUED_BY.search(text, pos, min(end, pos + 120))
    if by is None or any(c in ".;:!?" for c in text[pos : by.start()]):
        return None
    lead = _IN_DOCUMENT.search(text, max(pos, by.start() - 40), by.start())
    if lead is None or lead.start() - pos > 80:
        return None
    return by


def _a_report(cue: str) -> bool:
    """A passive cue that tells of a report ("reportedly", "it was reported", "X is said to"), not
    of what is understood or rumoured ("it is understood", "it has been said")."""
    return "report" in cue or not cue.startswith(("it ", "has ", "have "))


def _outlet_report(f: Found) -> bool:
    return f.kind == SourceKind.OUTLET and ("report" in f.verb or f.verb in ("according to", "per"))


#: What may stand before an outlet's report that opens a sentence: "According to a Ledger report",
#: "Per the report by the Ledger", "As first reported by the Ledger".
_OPENS_WITH_REPORT = re.compile(
    r"\s*(?:(?:according\s+to|per|as\s+(?:first\s+)?reported\s+by)\s+)?(?:(?:an?|the)\s+)?"
    r"(?:(?:new|recent|latest|earlier)\s+)?(?:report\s+(?:by|from|in)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _reports_ahead(by_sentence: list[list[Found]], starts: list[int], text: str) -> list[list[Found]]:
    """ "Tallow is reportedly in talks ... According to a Ledger report, ...": a "reportedly" is the
    outlet's report the same sentence names after it, or the one the next sentence opens with (after
    one, the sentence rule already says so). A report named later in the next sentence may be about
    another of its facts ("..., per Reuters"): the "reportedly" stays an unnamed source."""
    for n, found in enumerate(by_sentence):
        following = []
        if n + 1 < len(by_sentence):
            s0 = starts[n + 1]
            following = [g for g in by_sentence[n + 1] if _OPENS_WITH_REPORT.fullmatch(text, s0, g.phrase[0])]
        for i, f in enumerate(found):
            passive = f.rule == "passive" and _a_report(f.verb)
            # "..., the report said. <Outlet> first reported the news": the report the text names next
            the_report = f.key == "document-report" and text.startswith(("the ", "The "), f.phrase[0])
            if not (passive or the_report):
                continue
            outlet = next((g for g in found[i + 1 :] + following if _outlet_report(g)), None)
            if outlet is not None:
                found[i] = Found(
                    outlet.key,
                    outlet.name,
                    outlet.kind,
                    outlet.entity_id,
                    f.phrase,
                    f.verb,
                    "passive-ahead" if passive else "document-ahead",
                    f.content,
                    f.speaker_text,
                )
    return by_sentence


def _norm_title(title: str) -> str:
    return tables().titles.get(title, title)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in " ,;:—–-\n\t":
        start += 1
    while end > start and text[end - 1] in " ,;:—–-\n\t":
        end -= 1
    if end - start < 3:
        return None
    return start, end


def build_sources(article_id: str, found: list[Found]) -> list[Source]:
    sources: dict[str, Source] = {}
    for f in found:
        src = sources.get(f.key)
        if src is None:
            src = sources[f.key] = Source(f.key, f.name, f.kind, f.entity_id)
        content = Span(article_id, *f.content) if f.content else None
        src.citations.append(
            Citation(
                src.id,
                article_id,
                Span(article_id, *f.phrase),
                f.verb or "cites",
                content,
                "attribution." + f.rule,
            )
        )
    return list(sources.values())
