"""Cash a listing merger raises, told beside the deal (stop 53, "figures").

A private company that goes public by merging into a listed shell (a blank-check company, a SPAC) is told with the
cash the deal brings it: the shell's trust, a private placement beside the deal (a PIPE), the gross proceeds, "a $N
cash boost", "the deal will provide $N in cash". That money is raised, not paid for anyone: it is never the deal's
amount, and two pages giving two of those sums (the trust and the whole) tell no contradiction. Only on a page that
tells such a merger: in a takeover or a carve-out, the cash a seller gets is the seller's proceeds, told apart from the
price by figure_roles._seller_receives with this module's verbs of receiving (`RECEIVING`; stop 59), and an offering's
proceeds are its size.
"""

from __future__ import annotations

import re

from tui.analysis.extract.fact_layout import _Doc
from tui.analysis.extract.listing_mergers import listing_merger

#: Right after a money figure, the cash it is (lower case): " in cash", " of cash", " in gross proceeds", " from a
#: private share placement", " from its trust", " of new funding", " cash boost", " capital injection", " raised" (the
#: shell's own listing, a market's money: raised too). At most
#: three small words between the preposition and the noun (a closed set: no free run).
CASH_AFTER = re.compile(
    r"\s+(?:(?:in|of|from)\s+(?:(?:a|an|the|its|their|new|fresh|gross|net|additional|private|share|equity)\s+){0,3}"
    r"(?:cash|proceeds|funding|trust|placements?|pipe)\b|(?:cash|capital)\s+(?:boost|injection|infusion|windfall)\b|"
    r"raised\b|"
    # what the company gets and the plans it pays for (stop 54): " it will receive", " the company is set to get", " to
    # fund its plans", " to finance a second plant"
    r"(?:it|they|the\s+(?:company|firm|startup|group))\s+(?:will|would|is\s+set\s+to|expects\s+to|stands\s+to|is\s+to)\s+"
    r"(?:receive|get|pocket)\b|to\s+(?:fund|finance|bankroll|pay\s+for)\b)"
)
#: A verb of receiving money (lower case; the one list, stop 59): "will get", "is set to receive", "stands to net",
#: "receives", "pocketed". Read here for the cash a listing merger hands the company, and by figure_roles for what a
#: seller receives.
RECEIVING = (
    r"(?:(?:will|would|to|set\s+to|is\s+to|are\s+to|stands\s+to)\s+(?:get|receive|pocket|net|collect)|"
    r"(?:gets|receives|received|pockets|pocketed|nets|netted|collects|collected))"
)
#: Right before a money figure, the deal supplying it or its source (lower case): "will provide ", "give it as much
#: as ", "generate about ", "raised ", "brings in ", "gross proceeds of ", "a private placement of ", "a cash infusion of ".
CASH_BEFORE = re.compile(
    r"\b(?:provid(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|(?:give|gives|giving|gave)\s+(?:it|them|the\s+company|"
    r"the\s+startup)|(?:bring|brings|bringing|brought)\s+in|(?:gross\s+|net\s+)?proceeds\s+of|"
    r"(?:private\s+)?placement\s+of|pipe\s+of|cash\s+(?:boost|injection|infusion)\s+of|"
    # the deal handing the company money, or the company getting it (stop 54): "hands the company ", "will hand
    # Vantor ", "deliver ", "will get ", "is set to receive " -- never a seller's holders ("hand its owners ")
    r"(?:hand|hands|handed|handing|deliver|delivers|delivered|delivering)(?:\s+(?!(?:share)?holders\b|owners\b|"
    r"investors\b|sellers\b)[\w.&'’-]+){0,3}?|" + RECEIVING + r")\s+"
    r"(?:(?:about|around|roughly|some|nearly|approximately|up\s+to|as\s+much\s+as|more\s+than|over|an?)\s+)?$"
)
#: How far before a figure its supplying words are looked for (characters).
_BEFORE_REACH = 60


#: A value told as after the deal, right after a money figure (lower case): " pro-forma equity value", " pro forma".
_PRO_FORMA_AFTER = re.compile(r"\s+pro[- ]forma\b")
#: ... or right before it: "a pro-forma equity value of ", "pro forma valuation of about ".
_PRO_FORMA_BEFORE = re.compile(
    r"\bpro[- ]forma\s+(?:(?:equity|enterprise|market)\s+)?(?:value|valuation)\s+(?:of\s+)?"
    r"(?:(?:about|around|roughly|some|nearly|approximately|over|more\s+than)\s+)?$"
)


def pro_forma(low: str, s: int, e: int, s0: int) -> bool:
    """Is the money figure [s, e) told as a pro-forma value ("$24 billion pro-forma equity value", "a pro forma
    valuation of $9 billion")? `s0` is its sentence's start."""
    return (
        _PRO_FORMA_AFTER.match(low, e) is not None
        or _PRO_FORMA_BEFORE.search(low, max(s0, s - 50), s) is not None
    )


def cash_raised(doc: _Doc, s: int, e: int, s0: int) -> bool:
    """Is the money figure [s, e) of the page the cash a listing merger raises: told as cash right after it ("$2
    billion in cash", "$2.5 billion from a private placement") or supplied by the deal before it ("will provide $4.4
    billion", "proceeds of $900 million"), on a page whose lead deal takes a company public by merging it into a shell
    (extract/listing_mergers.py)? `s0` is its sentence's start."""
    low = doc.low
    told = (
        CASH_AFTER.match(low, e) is not None
        or CASH_BEFORE.search(low, max(s0, s - _BEFORE_REACH), s) is not None
    )
    return told and listing_merger(doc)
