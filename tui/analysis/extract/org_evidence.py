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

#: Right after the name: a possessive ("Harbour’s", "Hess' Bakken"), or a verb of saying, doing or
#: owning (an adverb, "also" or "not" may stand between, and when it was done: "Harbour on Friday
#: said", "Harbour last week agreed"; a bracket of codes and an appositive before it: "Harbour
#: (HBR.L), the Welsh miner, said").
_ACTS_AFTER = re.compile(
    r"(?:\s*\([^()]{0,40}\))?(?:’s|'s|’(?=\s)|'(?=\s)|(?:,\s[^,.;()]{1,60},)?,?\s+"
    r"(?:(?:" + ON_DAY + "|" + WHEN + r")\s+)?(?:(?:[a-z]+ly|also|not|then|now|too)\s+)?(?:"
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
    r"reaches|delivered|delivers|highlighted|highlights|unveiled|unveils|introduced|introduces))\b"
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
    r"\b(?:(?:by|with|according\s+to(?:\s+the)?|between|per|via|through|told|NGO|NPO)\s+|"
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


def acts_or_owns(text: str, start: int, end: int, org_nouns: frozenset[str]) -> bool:
    """Does the name at [start, end) own something, act, or have an organization's people, shares or
    deals, or stand as a deal's agent or partner, or a source ("per Harbour", "told Harbour"), or
    follow an organization's noun ("its supplier, Harbour")?"""
    noun = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    return bool(
        (noun is not None and noun.group(1) in org_nouns)
        or _CODE_AFTER.match(text, end, end + 16)
        or _ACTS_AFTER.match(text, end, end + 60)
        or _OWNED_AFTER.match(text, end, end + 30)
        or _UNIT_AFTER.match(text, end, end + 40)
        or _AGENT_BEFORE.search(text, max(0, start - 60), start)
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
