"""The words of a sale that every deal reader shares (stop 54, "tidy").

deal_parties (the deal verbs' own pair), share_sales (a holder's sale of shares) and unit_sales (a unit sold with no
name of its own) each read a sale from their own side; the words they read it by are defined here once, so that the
readers never drift apart: a company's unit and a line of business, a holding of shares and its holder, and the words
right before a buyer named after "to". Pure patterns over lower-case text; every one is linear.
"""

from __future__ import annotations

import re

__all__ = [
    "BUSINESS_NOUN",
    "CONSORTIUM_NOUN",
    "ENDED_DEAL",
    "HOLDER_NOUN",
    "HOLDING_NOUN",
    "JOINT_VENTURE_NOUN",
    "MADE_NOUN",
    "MADE_WORD",
    "STAKE_NOUN",
    "TO_BUYER_BEFORE",
    "UNIT_NOUN",
    "UNIT_NOUN_NEXT",
    "VENTURE_TOLD",
    "parent_of_named_unit",
    "unit_named_at",
]

#: A joint venture's noun ("joint venture", "JV", "joint company", "50-50 venture"; lower case). Read for a venture two
#: partners form (symmetric_mergers.joint_venture, stop 60), a venture's split (stake_holders), a partner's part
#: (figure_roles) and a venture's partners (entities); here since stop 61, one definition for the four.
JOINT_VENTURE_NOUN = (
    r"(?:joint[\s-]+venture|joint\s+company|jv|(?:\d+\s*[-/:]\s*\d+|new|export|sales)\s+venture)s?"
)
#: A venture a page tells (lower case; stop 61): its noun ("joint venture", "JV", "a new venture"), or a venture formed
#: ("will form a venture", "set up a battery venture"). Read for a partner's part (figure_roles) and for a venture two
#: partners form (symmetric_mergers.joint_venture; since stop 61, "jv2b").
VENTURE_TOLD = (
    r"(?<![\w-])"
    + JOINT_VENTURE_NOUN
    + r"(?![\w-])|\b(?:form|forms|forming|formed|create[sd]?|creating|set(?:s|ting)?"
    r"\s+up)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,2}?ventures?\b"
)
#: The word that tells the company a merger makes (lower case): "the combined company", "the merged group", "the enlarged
#: bank", "the new firm". Read for the name it is given (attribution._FORMED_BEFORE, symmetric_mergers), the name it keeps
#: and its holders' part (deal_parties) and its shares given in exchange (facts); one list since stop 63, where each
#: reader had its own copy.
MADE_WORD = r"(?:combined|merged|enlarged|new)"
#: The noun that company goes by after `MADE_WORD` (lower case): "company", "group", "entity", "bank", "concern".
MADE_NOUN = r"(?:company|group|firm|entity|business|bank|concern)"
#: A company's unit (lower case): "unit", "arm", "division", "subsidiary", "venture", "affiliate", "offshoot".
UNIT_NOUN = r"(?:unit|arm|subsidiary|division|venture|affiliate|offshoot)"
#: A line of business sold as a unit (lower case): "business", "businesses", "operation", "operations" (a deal's
#: object only when sold: "its cloud business" alone is no company's unit named apart).
BUSINESS_NOUN = r"(?:business(?:es)?|operations?)"
#: A unit's noun right after a name or its initials in brackets (the text's own case; stop 59, shared since stop 60):
#: "Cards and Mobility business", "(C&M) division", "the F&R unit" -- the name is a company's unit, told apart from its
#: parent by the entities (a unit's spellings) and by the citations (a unit is never "the company" that speaks).
UNIT_NOUN_NEXT = re.compile(r"(?:\s*\([^()\s]{1,12}\))?\)?\s+(?:" + UNIT_NOUN + "|" + BUSINESS_NOUN + r")\b")
#: A name written right after a unit's noun: "Orvane unit Kestrel Pay", "its parent's division Velda" (stop 61).
_NAME_AFTER_UNIT_NOUN = re.compile(r"[ \t]+(?:[A-Z]|\d+[A-Za-z])")


#: A company's name and a unit's noun right before a name: "Orvane unit |Kestrel Pay", "Tolland division |Quarrow".
_PARENT_AND_UNIT_NOUN_BEFORE = re.compile(
    r"(?<![\w&.’'-])[A-Z][\w&.’'-]*[ \t]+(?:" + UNIT_NOUN + "|" + BUSINESS_NOUN + r")[ \t]+$"
)


def unit_named_at(text: str, start: int, end: int) -> bool:
    """Does the name at [start, end) name a company's unit, by a unit's noun right after it ("the Cards and Mobility
    business", "(C&M) division", "the F&R unit") or by its parent's name and a unit's noun right before it ("Orvane
    unit Kestrel Pay", "Tolland division Quarrow Systems")? A name before a unit's noun that is followed by a name of
    its own is that unit's parent, never a unit (stop 61). The one test of a unit by its noun, for the entities (a
    unit's spellings) and the citations (a unit never speaks as "the company")."""
    m = UNIT_NOUN_NEXT.match(text, end)
    if m is not None:
        return not parent_of_named_unit(text, m.end())
    return _PARENT_AND_UNIT_NOUN_BEFORE.search(text, max(0, start - 60), start) is not None


def parent_of_named_unit(text: str, noun_end: int) -> bool:
    """Is a unit's noun ending at `noun_end`, written right after a company's name, followed by the unit's own name
    ("Orvane division Brisk Labs", "Kestrel unit Tessin Pumps")? Then the name before the noun is the parent's, never a
    unit (stop 61): the one reading of it for `unit_named_at` and for the entities' unit named by a capitalised word
    ("the Upstream business division")."""
    return _NAME_AFTER_UNIT_NOUN.match(text, noun_end) is not None


#: A consortium's noun (lower case): "consortium", "group", "club", "syndicate" -- read by deal_parties.py for a
#: consortium's lead and members (stop 59) and by auction_sales.py for the lead of a group whose bid is accepted (stop
#: 60).
CONSORTIUM_NOUN = r"(?:consortium|group|club|syndicate)"
#: A part of a company held, by its own noun (lower case): "stake", "stakes", "holding", "holdings", "shareholding",
#: "shareholdings" (stake_holders reads a holding's change by it, figure_roles a stake's worth).
STAKE_NOUN = r"(?:stakes?|shareholdings?|holdings?)"
#: A holding of shares (lower case): a stake noun (`STAKE_NOUN`), "shares", "stock".
HOLDING_NOUN = r"(?:shares|" + STAKE_NOUN + r"|stock)"
#: A holder told by what it holds (lower case; stop 54): "shareholder", "stockholders", "holder", "owners", "investor",
#: "backers" -- "the largest shareholder in" a subject that only describes the holder (deal_clauses) or an apposition
#: that names it (fact_layout).
HOLDER_NOUN = r"(?:(?:share|stock)?holders?|owners?|investors?|backers?)"
#: Right before a buyer's name, to the end of the text searched (lower case): " to ", " over to ", " back to ", " to
#: the ", " to south korea's ", " to chipmaker " (up to four words of descriptor, none a verb of purpose: "to fund
#: its bid for X", "to focus on X" name no buyer).
TO_BUYER_BEFORE = re.compile(
    r"\b(?:over\s+|back\s+)?to\s+"
    r"(?!(?:fund|finance|focus|pay|raise|help|cut|reduce|invest|buy|make|meet|become|be|free|concentrate)\b)"
    r"(?:[\w.'’-]+\s+){0,4}?$"
)

#: The rule of a sale told by its verb ("<Parent> agreed to sell <Co> to <Buyer>"; stop 57): deal_parties names the
#: company sold and the one after "to", and deal_status reads the verb's subject as the seller, a side of the deal.
SOLD_TO_RULE = "party.sold-to"


#: A deal ended, its object the deal (lower case; stop 62): "have agreed to terminate their merger", "decided to call
#: off the $9 billion deal", "after scrapping a record $N deal", "terminated their merger agreement", "walked away from
#: their tie-up", "walked away from its $N deal to buy <B>" (stop 62, "ended2": also read by
#: figure_roles._tag, so the deal's own figure inside an end told in the past stays its amount). Up to five words
#: between the determiner and the deal's noun. Alike to events.yaml `status_end_objects` with `status_deal_words`
#: (status_scope.ends_no_deal) but not the same: this is one pattern over the end and its object, read for where the
#: ended deal and its figure stand; the lexicon's are status cues whose object is checked afterwards against a wider
#: list of deal words (stake, round, offer, "the two companies"). Stop 63 kept both.
ENDED_DEAL = re.compile(
    r"\b(?:(?:agreed|agree|agrees|decided|decide|decides|opted|chose)\s+to\s+(?:mutually\s+)?)?"
    r"(?:terminat(?:e|es|ed|ing)|end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|call(?:s|ed|ing)?\s+off|"
    r"abandon(?:s|ed|ing)?|walk(?:s|ed|ing)?\s+away\s+from)\s+(?:their|its|a|an|the)\s+(?:[\w$€£.,'’-]+\s+){0,5}?"
    r"(?:merger|deal|combination|tie-up|takeover|acquisition|transaction)\b"
)
