"""Evidence that a capitalized name nothing else typed names someone (issue 11, stop 31).

A name no rule typed (no gazetteer entry, suffix, title, organization's noun, appositive ...) used to
be an organization by default (`entity.default-org`). On real pages most such names named no one: a
place ("the Stabroek block", "a head office in Rotterdam"), a brand with its goods ("Knorr stock
cubes"), a headline's or a promo's words ("Trade war", "Please check"), a column's label. A company
the text names shows itself: it owns something ("Harbour's board", "Harbour' shares"), it acts
("Harbour said", "Harbour quietly agreed", "Harbour will"), it has people, shares or deals ("Harbour
shareholders", "a Harbour analyst", "the Harbour purchase"), it is the agent or partner of a deal
("acquired by Harbour", "a pact with Harbour", "according to Harbour"), it stands in a list beside
a company, or the article names it again. Each test reads a few characters around one mention, so
the scan stays linear in the text. A name of several words whose last one is an organization's noun
("Abu Dhabi Investment Firm") names one too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tui.analysis.extract.said_when import ON_DAY, WHEN

#: An adverb that may stand between a name and its verb of acting ("also", "now", "quickly").
_ADVERB_SLOT = r"(?:(?:[a-z]+ly|also|not|then|now|too)\s+)?"
#: The verbs of saying, doing or owning that tell a name acts (an alternation, lower case).
_ACTING_VERBS = (
    r"said|says|say|told|tells|stated|states|noted|notes|wrote|writes|added|adds|announced|announces|"
    r"confirmed|confirms|denied|denies|declined|declines|reported|reports|disclosed|discloses|"
    r"agreed|agrees|plans|planned|intends|intended|expects|expected|hopes|wants|wanted|aims|aimed|"
    r"seeks|sought|will|would|could|can|may|might|must|should|shall|has|had|have|is|was|are|were|"
    r"did|does|didn[’']t|doesn[’']t|won[’']t|isn[’']t|wasn[’']t|hasn[’']t|"
    r"acquired|acquires|bought|buys|sold|sells|owns|owned|holds|held|made|makes|paid|pays|"
    r"invested|invests|raised|raises|led|leads|backed|backs|launched|launches|signed|signs|struck|"
    r"completed|completes|closed|closes|offered|offers|provides|provided|operates|operated|employs|"
    r"rose|fell|jumped|gained|dropped|slid|surged|climbed|posted|filed|hired|opened|entered|became|"
    r"becomes|joined|partnered|competes|competed|runs|ran|produces|produced|develops|developed|built|"
    r"builds|advised|advises|valued|values|released|releases|approved|approves|rejected|rejects|"
    r"suspended|cited|cites|needs|needed|named|names|appointed|appoints|tapped|picked|chose|"
    r"recorded|generated|earned|lost|spent|received|won|faces|faced|went|goes|split|splits|cut|cuts|"
    r"began|begins|started|starts|took|takes|got|gets|spun|merged|moved|moves|tried|tries|continued|"
    r"continues|remained|remains|turned|turns|helped|helps|used|uses|created|creates|kept|keeps|saw|"
    r"sees|gave|gives|came|comes|called|calls|described|describes|showed|shows|left|leaves|reached|"
    r"reaches|delivered|delivers|highlighted|highlights|unveiled|unveils|introduced|introduces"
)
_ACTING_VERB = re.compile(r"(?:" + _ACTING_VERBS + r")\Z")


def is_acting_verb(word: str) -> bool:
    """Is the lower-case word one of the verbs of saying, doing or owning that tell a name acts ("said", "will")?
    (`mixed_case.opener_names`: "United said" is a name and its verb, never a name of two words; stop 62.)"""
    return _ACTING_VERB.match(word) is not None


#: Right after the name: a possessive ("Harbour’s", "Hess' Bakken"), or a verb of saying, doing or
#: owning (an adverb, "also" or "not" may stand between, and when it was done: "Harbour on Friday
#: said", "Harbour last week agreed"; a bracket of codes and an appositive before it: "Harbour
#: (HBR.L), the Welsh miner, said").
_ACTS_AFTER = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:’s|'s|’(?=\s)|'(?=\s)|(?:,\s[^,.;()]{1,60},)?,?\s+"
    r"(?:(?:" + ON_DAY + "|" + WHEN + r")\s+)?" + _ADVERB_SLOT + r"(?:" + _ACTING_VERBS + r"))\b"
)
#: Right after the name, a relative clause that may hold a list, closed by a comma, then a verb of acting
#: ("Orla, whose brands include A, B and C, is buying", "Orla, which runs mills in A, B and C, said"): the
#: name acts. The clause is read up to 160 characters, never across a sentence's end or a bracket.
_RELATIVE_THEN_ACTS = re.compile(
    r",\s+(?:whose|which|who)\s[^.;()\n]{1,160},\s+" + _ADVERB_SLOT + r"(?:" + _ACTING_VERBS + r")\b"
)
#: Right after the name, a noun that only an organization has: "Harbour shareholders", "a Harbour
#: analyst", "the Harbour board", "the Harbour purchase" (never "the Stabroek block", "Trade war").
_OWNED_AFTER = re.compile(
    r"\s+(?:shares|share|stockholders|shareholders|investors|analyst|analysts|economists|strategists|executive|"
    r"executives|board|chairman|chairwoman|chair|ceo|CEO|CFO|COO|CTO|chief|president|founder|"
    r"co-founder|cofounder|spokesperson|spokesman|spokeswoman|representatives|employees|staff|"
    r"workers|alum|alumni|boss|lifer|veteran|deal|purchase|acquisition|takeover|bid|merger|unit|"
    r"subsidiary|division|divisions|units|business|businesses|headquarters|management|insiders|group|"
    r"entity|maker|makers|owner|parent|"
    r"post|posts|statement|filing|memo|blog|website|release)\b"
)
#: Right before the name: the agent or partner of a deal or a statement ("acquired by Harbour", "a
#: venture with Harbour", "according to (the) Harbour", "between Harbour and"), or what a deal buys, also
#: with a few words between ("is buying work-chatting service Harbour", a company present somewhere
#: "through Harbour" (its unit, its bank), "agreed to take over Harbour",
#: "its acquisitions of Harbour"), or what a company owns ("Dunmore owns Harbour"), or money spent on
#: it ("will invest $2 billion in Harbour", "to drop 3
#: billion dollars on little Harbour").
_AGENT_BEFORE = re.compile(
    r"\b(?:(?:by|with|[Aa]ccording\s+to(?:\s+the)?|between|per|via|through|told|NGO|NPO)\s+|"
    r"(?:buy|buys|buying|bought|acquire|acquires|acquired|acquiring|(?:take|takes|took|taking)\s+over|"
    r"owns|own|owned|owning|"
    r"invest(?:s|ed|ing)?\s+(?:\S+\s+){0,4}?in|merge\s+with|merged\s+with|"
    r"purchased|purchasing|absorb|absorbed|absorbing|lead|leading|join|joining|run|running)"
    r"\s+(?:[a-z][\w-]*\s+){0,3}|"
    r"(?:dollars|euros|pounds|billion|million|bn|mn|[\d%])\s+(?:on|for|in|into)\s+(?:[a-z][\w-]*\s+){0,2}|"
    r"(?:stake|merger|purchase|acquisition|acquisitions|absorption|takeover|bid|offer)"
    r"(?:\s+(?:in|of|for|with)\s+(?:the\s+)?|(?:\s+so\s+far)?,\s+))$"
)
#: Right after the name, a company's part told with one or two words of what it does: "Kelvrin health
#: services segment", "Kelvrin cloud unit", "Kelvrin consumer division" (lower case; never "the Stabroek
#: oil block").
_UNIT_AFTER = re.compile(r"\s+(?:[a-z][a-z-]+\s+){1,2}(?:segment|unit|division|arm|subsidiary|business)\b")
#: Right after the name, a wire's instrument code: "Harbour Corp HBR.N", "Dunmore DUN.O" (a listed
#: company).
_CODE_AFTER = re.compile(r"\s+[A-Z0-9]{1,6}(?:_[A-Za-z]{1,2})?\.[A-Z]{1,2}\b")
#: Right before the name, an organization's noun and a comma or "named" ("its biggest supplier,
#: Harbour", "a separately listed company named Harbour"); the lexicon says which nouns.
_NOUN_BEFORE = re.compile(r"\b([a-z][a-z-]*)(?:,|\s+named|\s+called)\s+$")
#: Between two names of a list: "Harbour, Dunmore and", "Harbour and Dunmore", "Harbour Inc, Dunmore"
#: (a legal form after the first name).
_LIST_GAP = re.compile(
    r"^(?:\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|plc|AG|SA|NV)\.?)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$"
)
#: "the Federal Reserve and the European Central Bank": a coordination of two bodies, "the" after the
#: joint (never after a bare comma: "Orla, the Anglo-Dutch group" is an appositive).
_THE_GAP = re.compile(r"^\s*,?\s+(?:and|or)\s+the\s+$")


#: A lower-case word that may name or describe a firm's trade or part ("asset", "manager", "copper"):
#: never a determiner, a preposition, a conjunction or a verb a person's name takes ("Ivo Stark runs
#: the unit", "an officer at Tallow while Stark ...").
_NOUN_WORD = (
    r"(?!(?:the|a|an|its|his|her|their|this|that|these|those|our|my|your|of|to|in|at|on|for|and|or|"
    r"but|while|when|where|as|because|after|before|since|until|than|who|whom|which|so|then|also|"
    r"with|by|from|is|was|are|were|be|been|has|had|have|will|would|can|could|said|says|told|runs|ran|"
    r"took|takes|left|joined|leads|led|sold|bought|heads|headed|built|started|founded|lifted|"
    r"return|returns)\b)[a-z][a-z-]+\s+"
)
#: Someone's post AT a firm told with a noun of its trade between ("a strategist at asset manager N",
#: "economists at investment bank N", "a partner at law firm N"): no one works at a person. The last
#: word before the name is a lower-case noun; a demonym or another capitalised word may open
#: them ("at the Dutch lender N").
#: Or a firm's part "of" it, or a stake held in it.
_POST_AT_BEFORE = re.compile(
    r"\b(?:analysts?|economists?|strategists?|partners?|bankers?|traders?|managers?|directors?|"
    r"executives?|head|chief|officers?|researchers?|lawyers?|employees?|workers?|staff|engineers?|"
    r"consultants?|advisers?|advisors?|spokesperson|spokesman|spokeswoman|scientists?|specialists?)"
    r"\s+at\s+(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s+)?(?:" + _NOUN_WORD + r"){1,2}$"
    # a firm's part "of" it: "two units of N", "a subsidiary of N", "the retail arm of N"
    r"|\b(?:units?|subsidiar(?:y|ies)|divisions?|affiliates?|arms?)\s+of\s+(?:the\s+)?$"
    # what is held "in" it: "a 9% stake in N", "its holding in N" (no one holds a stake in a person)
    r"|\b(?:stakes?|holdings?|shareholdings?)\s+in\s+(?:the\s+)?$"
)
#: Right after the name, what only a firm has or is:
#: - a part of it named by what it does ("its N copper unit", "the N cloud business") or alone ("N
#:   unit", "N division");
#: - owned or controlled by someone, or a part of someone, in apposition ("N, owned by Z since",
#:   "N, a unit of Z", "N, the majority-owned subsidiary of Z");
#: - a firm's officer, board, holders or parts in its possessive ("N's chief executive", "N's board",
#:   "N's shareholders", "N's two units", "N's second-biggest shareholder"); "its" after "and" ("N and
#:   its chief executive");
#: - its people or its legal form in lower case right after the name ("N shareholders", "N plc").
_FIRM_PART_AFTER = re.compile(
    rf"\s+(?:{_NOUN_WORD}){{0,2}}(?:segment|unit|division|subsidiary)\b"
    rf"|\s+(?:{_NOUN_WORD}){{1,2}}(?:arm|business)\b"
    r"|\s*,\s+(?:(?:which\s+is|now|itself|long|since\s+\d{4})\s+)?"
    r"(?:(?:wholly|majority|partly|jointly|fully|privately|state)[\s-]+)?(?:owned|controlled)\s+by\b"
    r"|\s*,\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,3}(?:unit|subsidiary|division|arm|affiliate)\s+of\b"
    r"|(?:’s|'s)\s+(?:(?:new|former|interim|outgoing|incoming|acting|own)\s+)?(?:chief\s+executive|"
    r"chief\s+financial\s+officer|CEO|CFO|chairman|chairwoman|board|shareholders|stockholders|"
    r"subsidiary|subsidiaries|headquarters|(?:(?:[A-Z][\w-]*|[a-z-]+est|two|three|four|five|several|other|main|major|top|listed)\s+){0,2}"
    r"(?:units?|divisions?|investors?|shareholders?))\b"
    r"|\s+and\s+its\s+(?:chief|CEO|CFO|board|chairman|chairwoman|shareholders|units?|subsidiaries|parent)\b"
    # "N, whose chief executive left": an officer or the shares of a firm in a relative clause
    r"|\s*,\s+whose\s+(?:(?:new|former|interim|outgoing|incoming|acting|own|top|main|largest|biggest)\s+)?"
    r"(?:chief\s+executive|CEO|CFO|chairman|chairwoman|board|"
    r"shareholders|shares|stock|units?|subsidiar(?:y|ies)|divisions?)\b"
    # the firm's people or its legal form in lower case right after the name: "N shareholders", "N
    # bosses", "N plc" (never "N co-founded")
    r"|\s+(?:shareholders|stockholders|bosses|executives|employees|workforce)\b"
    r"|\s+(?:plc|ltd|inc|llc|gmbh)\b(?![-’'])"
)


def firm_marks(text: str, start: int, end: int, sent_start: int) -> bool:
    """Does the name at [start, end) bear a mark that only a firm bears, never a person: a post at it
    told with its trade ("a strategist at asset manager N"), a part of it after it ("N copper unit"),
    owned by or a unit of someone ("N, owned by Z"), its officer, board or holders ("N's chief
    executive")? Read on a few characters around the one mention, within its sentence."""
    return bool(
        _POST_AT_BEFORE.search(text, max(sent_start, start - 90), start)
        or _FIRM_PART_AFTER.match(text, end, end + 80)
    )


#: Right after a name, a company's act of a deal (stop 58): a bid with its money or its target ("N bid $30 billion
#: for", "N bids for", "N made a $12 billion offer for"). A stake taken ("N bought a 9% stake in") and a statement ("N
#: said in a statement") were read here too and withdrawn at the merge: a person with a given name the gazetteer
#: lacks does both (tests/test_entity_forms_s42.py, s45), so they tell nothing about the name's kind.
_COMPANY_ACTS_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+|then\s+|last\s+\w+\s+|on\s+\w+\s+){0,2}(?:"
    r"(?:bid|bids|offered|offers)\s+(?:about\s+|nearly\s+|roughly\s+|more\s+than\s+)?(?:US|A|C|HK)?[$€£¥]\s?\d"
    r"|(?:bid|bids|bidding)\s+for\b"
    r"|(?:made|makes|launched|launches|tabled)\s+an?\s+(?:[\w$€£.,%-]+\s+){0,4}?(?:bid|offer|takeover\s+approach)\s+for\b)"
)
#: Right before a name, the noun of a bid it made or of a company's trade of holding: "a bid by N", "an offer from
#: rival N", "a bid by major shareholder N" (stop 58).
_BID_BY_BEFORE = re.compile(
    r"\b(?:bid|bids|offer|offers|approach|proposal)\s+(?:by|from)\s+"
    r"(?:(?:its\s+|major\s+|largest\s+|biggest\s+|top\s+|rival\s+){0,2}(?:shareholder|holder|investor|rival|suitor)\s+)?$"
)
#: Right before a name, a verb of buying or selling it ("agreed to buy N", "will sell N to"; stop 58): no one buys or
#: sells a person.
_TRADED_BEFORE = re.compile(
    r"\b(?:buy|buys|buying|bought|acquire|acquires|acquired|acquiring|sell|sells|selling|sold)\s+$"
)
#: A full name in the possessive right before a name, nothing between ("Ivo Stark's Dunmore Keane", stop 58): what a
#: person owns with no noun of kin between is a firm; the given name (group 1) tells the owner is a person.
_PERSONS_OWN_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+[A-Z][a-z]+(?:’s|'s)\s+$")
#: A pronoun of a person in the rest of a name's sentence ("N said he would", "N and his family"): a person told.
_PERSON_PRONOUN_AFTER = re.compile(r"[^.!?\n]{0,160}?\b(?:he|she|his|her|him|hers)\b")


def company_words(text: str, start: int, end: int, sent_start: int, given_names: frozenset[str]) -> bool:
    """Does the name at [start, end) get a company's words for a deal (stop 58): it bids (`_COMPANY_ACTS_AFTER`), a bid is "by" it (`_BID_BY_BEFORE`), it is bought or sold
    (`_TRADED_BEFORE`), or a person owns it by name ("Ivo Stark's N")? Never when a pronoun of a person follows in
    its sentence ("N said in a statement that he ..."). Read on the one mention, within its sentence."""
    if _PERSON_PRONOUN_AFTER.match(text, end) is not None:
        return False
    lo = max(sent_start, start - 60)
    owner = _PERSONS_OWN_BEFORE.search(text, lo, start)
    return bool(
        _COMPANY_ACTS_AFTER.match(text, end, end + 120)
        or _BID_BY_BEFORE.search(text, lo, start)
        or _TRADED_BEFORE.search(text, lo, start)
        or (owner is not None and owner.group(1) in given_names)
    )


def acts_or_owns(text: str, start: int, end: int, org_nouns: frozenset[str]) -> bool:
    """Does the name at [start, end) own something, act, or have an organization's people, shares or
    deals, or stand as a deal's agent or partner, or a source ("per Harbour", "told Harbour"), or
    follow an organization's noun ("its supplier, Harbour")?"""
    noun = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    return bool(
        (noun is not None and noun.group(1) in org_nouns)
        or _CODE_AFTER.match(text, end, end + 16)
        or _ACTS_AFTER.match(text, end, end + 60)
        or _RELATIVE_THEN_ACTS.match(text, end, end + 240)
        or _OWNED_AFTER.match(text, end, end + 30)
        or _bare_possessive(text, start, end)
        or _UNIT_AFTER.match(text, end, end + 40)
        or _AGENT_BEFORE.search(text, max(0, start - 60), start)
    )


#: A bare possessive mark after a name ending in s, then a space: "Orvell Paribas’ board", "Atlas' at 70".
_BARE_POSSESSIVE = re.compile(r"[’'](?=\s)")


def _bare_possessive(text: str, start: int, end: int) -> bool:
    """Does the name at [start, end), ending in s, own something with a bare possessive mark ("Dunmore
    Atlas’ rating", "Tamsin Fells’ at 70 cents")? A name inside single quotation marks ("the ‘Tamsin
    Fells’ campaign") is closed by its mark, no possessive."""
    return (
        text[end - 1 : end] == "s"
        and _BARE_POSSESSIVE.match(text, end) is not None
        and text[max(0, start - 1) : start] not in ("‘", "'")
    )


def of_a_place(text: str, start: int, is_place: Callable[[str], bool]) -> bool:
    """Is the one-word name at `start` told as a place's company: a country's or a city's possessive
    before it, at most two lower-case words between ("China’s DeepSeek", "Abu Dhabi's MGX", "China's
    cost-effective DeepSeek")? A person is named with two words ("Britain's Ivo Stark"): only a
    one-word name is read so."""
    m = _PLACE_OWNS.search(text, max(0, start - 60), start)
    return m is not None and is_place(m.group(1))


#: A capitalised possessor and up to two lower-case words right before a name: "Abu Dhabi’s ".
_PLACE_OWNS = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:’s|'s)\s+(?:[a-z][\w-]*\s+){0,2}$")


def listed_beside(text: str, a_end: int, b_start: int) -> bool:
    """Are two names at most a list's separator apart ("A, B", "A and B", "A, and B")?"""
    return 0 < b_start - a_end <= 14 and bool(_LIST_GAP.match(text[a_end:b_start]))


def coordinated_with_the(text: str, a_end: int, b_start: int) -> bool:
    """Are two names joined by "and the" / "or the" ("the Federal Reserve and the European Central Bank")?"""
    return 0 < b_start - a_end <= 14 and bool(_THE_GAP.match(text[a_end:b_start]))
