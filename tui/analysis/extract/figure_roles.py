"""The role of each figure from the words around it (`_Tagged`, `_window`, `_tag`): this deal's amount,
a stake, a valuation, a past deal, another company's deal; a price paid for an object, a figure
joined to another, the subject of its sentence, and the holders of a figure.

Read for `facts.event_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from tui.analysis.extract.auction_sales import beat_verbs
from tui.analysis.extract.cash_raised import RECEIVING, cash_raised, pro_forma
from tui.analysis.extract.deal_clauses import (
    _CLOSED_RELATIVE,
    _RELATIVE_IN_COMMAS,
    _RELATIVE_IN_DASHES,
    anaphor_end,
    family_company_after,
    family_company_before,
    family_name_at,
    holder_description,
    holder_possessor,
)
from tui.analysis.extract.fact_layout import (
    _ORGS,
    _Doc,
    _Name,
    _names_in,
    _orgs_in,
    _party_like,
    _possessor,
    in_attribution,
    paragraph_of,
    state_party,
)
from tui.analysis.extract.fact_tables import _Role, _Tables
from tui.analysis.extract.fact_time import _compared_time, _past_year, change_start
from tui.analysis.extract.figures import ROUNDING_BEFORE
from tui.analysis.extract.gazetteer import STATE_BODY_NOUNS
from tui.analysis.extract.leads import led
from tui.analysis.extract.listing_mergers import listing_merger
from tui.analysis.extract.measures import DEBT_WHY_NOT, is_debt
from tui.analysis.extract.proposals import offer_figure
from tui.analysis.extract.raisings import increase_payer, joined_to_increase
from tui.analysis.extract.rounds import ROUND_NOUN
from tui.analysis.extract.sale_words import (
    ENDED_DEAL,
    HOLDING_NOUN,
    JOINT_VENTURE_NOUN,
    STAKE_NOUN,
    VENTURE_TOLD,
)
from tui.analysis.extract.stake_holders import (
    _HOLDING,
    common_holder,
    diluted,
    falling_holding,
    free_float,
    group_subject,
    joint_venture,
    kept_by_at,
    kept_share,
    peak_holding,
    rising_holding,
    stake_ceiling,
    tender_threshold,
)
from tui.analysis.extract.startup_history import founding_raise, raise_word
from tui.analysis.model import BARE_PRICE_MAX, EntityType, Figure, FigureKind

# --- figure roles ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tagged:
    fig: Figure
    role: str  # the figure_roles.yaml role, or a past/other role
    base: str  # the role before past/other adjustments
    why_not: str
    slot: str | None
    place: str
    rule: str
    conv_of: Figure | None = None  # for a conversion ("restated"): the figure it restates
    caption: bool = False  # told in a photo caption: stands for a fact only when the body states none
    hedge: str | None = None  # the hedge the figure's clause gives it, when its own words give none
    sentence: tuple[int, int] | None = None  # the figure's sentence (set by facts._tag_all)


_CLAUSE_STOP = re.compile(  # run on the lower-cased text; an em dash ends a clause with or without spaces
    r";|\s[–—]\s|—|\s-\s|\bwhile\b|\bwhereas\b|\bbut\b|\b(?:up|down) from\b|\bcompared (?:with|to)\b|\bversus\b"
)
#: What each branch of _CLAUSE_STOP cannot match without (a substring test of the window first).
_CLAUSE_STOP_NEEDS = (";", "–", "—", "-", "while", "whereas", "but", "from", "compared", "versus")


def _may_stop(low: str, lo: int, hi: int) -> bool:
    """Could _CLAUSE_STOP match inside low[lo:hi]? (A necessary condition only.)"""
    return any(map(low[lo:hi].__contains__, _CLAUSE_STOP_NEEDS))


def _window(
    doc: _Doc, fig: Figure, sent: tuple[int, int], tab: _Tables, money: list[Figure],
    conv: dict[int, Figure] | None = None,
) -> tuple[int, int]:  # fmt: skip
    """The figure's neighbourhood: within its sentence, `window` characters each side, not past a
    semicolon or dash, nor past another money figure -- except its own conversion into another
    currency ("a 6-billion-euro ($7 billion) pre-money valuation": the cue after the bracket is
    the euro figure's)."""
    s, e = fig.span.start, fig.span.end
    lo = max(sent[0], s - tab.window)
    hi = min(sent[1], e + tab.window)
    for m in _CLAUSE_STOP.finditer(doc.low, lo, s) if _may_stop(doc.low, lo, s) else ():
        lo = m.end()
    stop = _CLAUSE_STOP.search(doc.low, e, hi) if _may_stop(doc.low, e, hi) else None
    own = _own_conversion_aside(doc, fig, money, conv, stop, hi)
    if own is not None:
        # "the 3 trillion won – equal to $2.3 billion – takeover offer": the dashes hold the figure's own conversion,
        # the clause goes on after the closing dash (stop 60)
        stop = _CLAUSE_STOP.search(doc.low, own, hi) if _may_stop(doc.low, own, hi) else None
    if stop:
        hi = stop.start()
    for other in money:
        if other is fig or (conv is not None and conv.get(id(other)) is fig):
            continue
        if lo < other.span.end <= s:
            lo = other.span.end
        if e <= other.span.start < hi:
            hi = other.span.start
    return lo, hi


#: A dash closing an aside right after a conversion (lower case; stop 60): " – ", "—", " - ".
_ASIDE_CLOSE = re.compile(r"\s*[–—]\s*|\s+-\s+")


def _own_conversion_aside(
    doc: _Doc,
    fig: Figure,
    money: list[Figure],
    conv: dict[int, Figure] | None,
    stop: re.Match[str] | None,
    hi: int,
) -> int | None:
    """Where the clause goes on when the dash `stop` right after the figure opens an aside holding only the figure's
    own conversion, closed by another dash ("200 billion yen – equal to 1.5 billion dollars – purchase offer"): the
    end of the closing dash; None otherwise."""
    if stop is None or conv is None or doc.low[stop.start() : stop.end()].strip() not in ("–", "—", "-"):
        return None
    for other in money:
        if conv.get(id(other)) is fig and stop.end() <= other.span.start < hi:
            close = _ASIDE_CLOSE.match(doc.low, other.span.end)
            return close.end() if close is not None else None
    return None


#: "each" before a sum, as the partners' word (lower case; stop 60): "will each put in about ", "each of them will
#: invest ", "each contributing ". Not a unit's "each share", "each year".
_EACH_BEFORE = re.compile(
    r"\beach\s+(?!(?:share|year|month|quarter|week|day|unit|one)s?\b)(?:of\s+(?:the|them|these|those)\s+"
    r"(?:[\w’'-]+\s+)?)?(?:[\w’'-]+\s+){0,3}?$"
)
#: "each" or "apiece" right after a sum (stop 60): " each", " apiece".
_EACH_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:each|apiece)\b")
#: "<Giver>": a named giver of a sum, one to four capitalised words.
_GIVER_NAME = r"(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
#: Right after a sum, its one named giver: "from <A>", or after a participle (stop 61): "$2.3bn coming from <A>",
#: "$2.3bn provided by <A>", "contributed by".
_FROM_GIVER = re.compile(
    r"\s+(?:(?:(?:coming|to\s+come)\s+)?from|(?:provided|contributed|supplied|put\s+up)\s+by)\s+"
    + _GIVER_NAME
)
#: After a sum told as given by one named giver, the sentence naming another giver of the rest (stop 60): "$2.3
#: billion from Marlow and the rest from Tessen", "$2.3bn from Marlow, with the remainder coming from Tessen", "$2.3bn
#: from Marlow and $2.2bn from Tessen" (the money before the second "from" is the next figure's, read alike); "by" too
#: since stop 61 ("$2.3bn provided by Marlow and $1.1bn by Tessen").
_REST_FROM = re.compile(
    r"\b(?:the\s+(?:rest|remainder|balance)|[\d.,]+\s*(?:billion|million|bn|m)\b)[^.;]{0,30}?\b(?:from|by)\s+"
    r"(?:the\s+)?[A-Z]"
)
#: Before a sum given by one named giver: the sum before it in the same list ("$2.3bn from A and $2.2bn from B",
#: "$2.3bn provided by A and $2.2bn by B").
_GIVER_BEFORE = re.compile(r"\b(?:from|by)\s+" + _GIVER_NAME + r",?\s+(?:and|with)\s+$")
#: Two givers' sums told in one clause with the second verb left out (stop 61): after the first sum, "and <B>"
#: right before the second ("<A> will invest $2.3bn and <B> $1.1bn"); before the second, the first sum and "and <B>".
_GAPPED_AFTER = re.compile(
    r",?\s+and\s+" + _GIVER_NAME + r"\s+(?:(?:about|around|roughly|some|nearly)\s+)?[$€£¥]"
)
_GAPPED_BEFORE = re.compile(
    r"[\d.,]+\s*(?:billion|million|bn|m)\b,?\s+and\s+"
    + _GIVER_NAME
    + r"\s+(?i:(?:about|around|roughly|some|nearly)\s+)?$"
)


#: A partner told by the noun of its trade, standing for a partner named before (text case; stop 61, "jv2b"): "the
#: carmaker", "The miner", "the power producer" -- "the" and one to three lower-case words, the last one singular and
#: neither the venture itself nor a number or a plural of the partners ("the two", "the companies", "the venture").
_TRADE_GIVER = (
    r"(?<![\w’'-])[Tt]he\s+(?!(?:two|three|both|pair|partners?|venture|joint|new|jv)\b)(?:[a-z][\w-]*\s+){0,2}?"
    r"(?!(?:venture|jv|company|entity)\b)[a-z][\w-]*(?<![s\d])"
)
#: One named partner's verb of contributing right before its sum (text case; stop 61): "with <A> contributing ", "<A>
#: will put in ", "<A> is to put up about ", "<A> would chip in " -- one partner's part on a page that tells a venture
#: (`_VENTURE_TOLD`); "invest" is not here: "<A> will invest $N in <B>" is a deal of its own.
#: A partner may be told by the noun of its trade instead of its name (stop 61, "jv2b"; `_TRADE_GIVER`): "the carmaker
#: will put in ", "the power producer is to contribute ".
_GIVER_VERB_BEFORE = re.compile(
    r"(?:(?<![\w’'-])[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|" + _TRADE_GIVER + r")"
    r"\s+(?:(?:will|would|is|are|was|to|has|have|had|plans\s+to|"
    r"agreed\s+to|also|each)\s+){0,3}(?i:contribut(?:e|es|ed|ing)|put(?:s|ting)?\s+(?:in|up)|chip(?:s|ped|ping)?\s+in|"
    r"provid(?:e|es|ed|ing))"
    # "<A>'s contribution will be ", "<A>'s contribution of " (stop 61)
    r"|(?<![\w’'-])[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?\s+(?:(?:cash|own|initial)\s+)?contribution\s+"
    r"(?:(?:will|would)\s+be|is|was|of|totals|amounts\s+to)"
    r"\s+(?i:(?:about|around|roughly|some|nearly|almost|up\s+to)\s+)?$"
)
#: One named partner investing a sum into the venture itself (stop 61): before the sum "<A> will invest " (text case),
#: after it " in the venture", " into the joint venture", " in the new JV" (lower case) -- "<A> will invest $N in <B>"
#: stays a deal.
_INVEST_BEFORE = re.compile(
    r"(?<![\w’'-])[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+(?:(?:will|would|is|are|was|to|has|have|had|plans\s+to|"
    r"agreed\s+to|also)\s+){0,3}(?i:invest(?:s|ed|ing)?)\s+(?i:(?:about|around|roughly|some|nearly|up\s+to)\s+)?$"
)
_INTO_VENTURE_AFTER = re.compile(
    r"\s+(?:in|into)\s+(?:the|their|this)\s+(?:(?:new|planned|proposed)\s+)?(?:venture|"
    + JOINT_VENTURE_NOUN
    + r")(?![\w-])"
)
#: A venture the page tells (lower case; sale_words.VENTURE_TOLD, stop 61).
_VENTURE_TOLD = re.compile(VENTURE_TOLD)


def each_part(low: str, fig: Figure, sent: tuple[int, int]) -> tuple[int, int] | None:
    """Where the money figure is told as what each partner puts in, "each" or "apiece" included ("will each put in
    about $2bn", "$1.5 billion apiece"); None when it is not. Read by `_partner_part` and for a venture's sum
    (money_slots.venture_parts_sum; stop 60)."""
    s, e = fig.span.start, fig.span.end
    before = _EACH_BEFORE.search(low, max(sent[0], s - 50), s)
    if before is not None:
        return before.start(), e
    after = _EACH_AFTER.match(low, e)
    return (s, after.end()) if after is not None else None


def _partner_part(doc: _Doc, fig: Figure, sent: tuple[int, int]) -> bool:
    """Is the money figure one partner's part of a sum several put in together: "each" before it with its verb ("<A>
    and <B> will each put in about $2bn") or "each"/"apiece" after it, a sum told as given by one named giver
    beside the giver of the rest ("$2.3bn from <A> and the rest from <B>"), two givers' sums with the second verb left
    out ("<A> will invest $2.3bn and <B> $1.1bn", stop 61), a named giver's sum into a venture the sentence tells ("the
    joint venture will get $2.3bn from <A>"), one partner investing in the venture itself ("<A> will invest $2.3bn in
    the venture"), or, when the sentence's paragraph tells a venture (stop 62; the page before), a sum one named partner
    contributes ("with <A> contributing $2.3bn", stop 61)? Never the venture's or the deal's whole amount (stop 60)."""
    s, e = fig.span.start, fig.span.end
    if fig.value is None or fig.value < BARE_PRICE_MAX:
        return False  # "$35 each": a price of one thing
    if each_part(doc.low, fig, sent) is not None:
        return True
    giver = _FROM_GIVER.match(doc.text, e, sent[1])
    if giver is not None and _REST_FROM.search(doc.text, giver.end(), min(sent[1], giver.end() + 60)):
        return True
    if giver is not None and _GIVER_BEFORE.search(doc.text, max(sent[0], s - 60), s) is not None:
        return True
    if _GAPPED_AFTER.match(doc.text, e, sent[1]) or _GAPPED_BEFORE.search(doc.text, max(sent[0], s - 60), s):
        return True
    if giver is not None and _VENTURE_TOLD.search(doc.low, sent[0], sent[1]) is not None:
        return True  # "the joint venture will get $2.3bn from <A>": one named giver's sum into the venture (stop 61)
    # "with <A> contributing $2.3bn", "<A> will put in $900m" on a page that tells a venture: the named partner's part
    # (stop 61); the whole the partners put in together ("a combined $3.4bn") is told by no one partner
    if _INVEST_BEFORE.search(doc.text, max(sent[0], s - 80), s) and _INTO_VENTURE_AFTER.match(doc.low, e):
        return True  # "<A> will invest $2.3bn in the venture" (stop 61)
    # (stop 62) the venture told in the sentence's own paragraph: one named in a background line elsewhere on the page
    # ("In 2029 <B> had formed a joint venture with ...") makes no partner of the sum's giver
    return (
        _GIVER_VERB_BEFORE.search(doc.text, max(sent[0], s - 80), s) is not None
        and _VENTURE_TOLD.search(doc.low, *paragraph_of(doc.low, sent)) is not None
    )


#: A price per share restated for all the shares: "$31 a share, or ", "$31 per share in cash, or ".
_PER_SHARE_OR = re.compile(r"\b(?:per|a|each)\s+(?:common\s+)?share(?:\s+in\s+cash)?,?\s+or\s+$")
#: A price per share written with a slash right after the figure: "$95/share", "$95 / sh", "$95/shr".
#: A writedown's verb, then its object up to "by" right before the figure, in one clause (lower case; stop 45): "has
#: written down the value of its unit by ", "wrote down its stake in Y by about ".
_WRITEDOWN_BY = re.compile(
    r"\b(?:wr(?:ite|ites|ote|itten|iting)|mark(?:s|ed|ing)?)\s+down\s+[^.;:!?–—]{0,100}?\bby\s+"
    + ROUNDING_BEFORE
    + r"$"
)


#: A holder's shares or stake brought into a deal, then its worth, right before the money (lower case; stop 55): "rolling
#: over his 14% stake, worth about ", "will contribute shares worth ", "is rolling his holding, valued at ". The words
#: between hold no figure of money nor clause stop but the comma before the worth.
_ROLLED_OVER = re.compile(
    r"\b(?:roll(?:s|ed|ing)?(?:\s+over)?|contribut(?:e|es|ed|ing))\s+(?:(?:his|her|their|its|the|all|some|of)\s+)*"
    r"(?:[\w.%-]+\s+){0,4}?(?:shares|stake|holding|stock|equity)\b[^.;:!?$€£¥]{0,40}?"
    r"(?:worth|valued\s+at)\s+" + ROUNDING_BEFORE + r"$"
)


#: The bill of a rescue or a deal told as what it comes to, right before the money (lower case; stop 55): "the bill to
#: rescue the importer to ", "the bill for the bailout has risen to about ", "the bill comes to ", "a bill of ". The
#: words between "bill" and the figure hold no figure nor clause stop.
_BILL_IN_ALL = re.compile(
    r"\b(?:the|its|a|total|overall|final)\s+bill\s+(?:(?:for|of|to)\s+(?:[\w'’-]+\s+){1,6}?)?"
    r"(?:(?:has|had|will|would|could|now)\s+)?(?:(?:be|been)\s+)?"
    r"(?:rais\w*|ris\w*|rose|climb\w*|swell\w*|swollen|come|comes|came|stand|stands|stood|total\w*|reach\w*|"
    r"amount\w*|grow\w*|grew|put|puts|estimated|jump\w*)?\s*(?:to|at|of)\s+" + ROUNDING_BEFORE + r"$"
)

#: A rescue's money told as its whole, right before the money (lower case; stop 56): "a rescue package worth ", "a
#: bailout totalling about ", "the state aid, amounting to some ", "a support plan that totals ". The noun is a rescue's
#: (a package, a bailout, aid or support; never "a rescue deal", a purchase whose worth is its price); the verb tells a
#: whole ("totalling", "amounting to") or "worth" with "in all" after the money (`_IN_ALL_AFTER`).
_PACKAGE_WHOLE = re.compile(
    r"\b(?:(?:rescue|bailout|bail-out|aid|support|stabili[sz]ation|relief|state)\s+(?:package|plan|scheme|programme|"
    r"program|aid|support)|bailout|bail-out|lifeline)\s*,?\s+(?:(?:that|which)\s+(?:totals|totalled|totaled|"
    r"amounts\s+to|amounted\s+to|comes\s+to|came\s+to)|(?P<worth>worth)|totall?ing|amounting\s+to|coming\s+to)\s+"
    + ROUNDING_BEFORE
    + r"$"
)
#: After the money, the words that make "worth" a whole (lower case): " in all", " in total", " altogether", a bracketed
#: restatement between (" ($11.9 billion) in all").
_IN_ALL_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:in\s+all|in\s+total|altogether|overall)\b")


def _package_whole(doc: _Doc, fig: Figure, s0: int, tab: _Tables) -> bool:
    """Is the money figure the whole of a rescue told right before it ("a rescue package worth EUR 12 billion in all", "a
    bailout totalling $6.5 billion")? Never an earlier one the page's deal follows or replaces ("replaces a rescue
    package worth ..."; the lexicon's `past.before`, read right before the noun). The total, never a valuation nor a past
    deal for its "rescue" (stop 56)."""
    s, e = fig.span.start, fig.span.end
    m = _PACKAGE_WHOLE.search(doc.low, max(s0, s - 70), s)
    if m is None or (m.group("worth") and not _IN_ALL_AFTER.match(doc.low, e, min(len(doc.low), e + 60))):
        return False
    earlier = tab.past_before.search(doc.low, max(s0, m.start() - 40), m.start()) if tab.past_before else None
    return earlier is None or bool(doc.low[earlier.end() : m.start()].strip(" ,"))


#: A state's body named by its noun alone (lower case; gazetteer.yaml `state_body_nouns`): "state", "government",
#: "treasury" -- the whole word ("state-owned bank" is none).
_STATE_NOUN_AT = re.compile(r"(?:" + "|".join(map(re.escape, STATE_BODY_NOUNS)) + r")(?![\w-])")


def _increase_paid_by_taker(
    doc: _Doc, fig: Figure, sent: tuple[int, int], parties: dict[str, str], buyer: str | None
) -> int | None:
    """Where the capital increase told with the money figure starts, when the page names its payer
    (raisings.increase_payer) and that payer is no other party than the buyer: a name, or a place (a state), never the
    company itself nor its holders (stop 55); else None."""
    paid = increase_payer(doc.low, sent[0], fig.span.start, fig.span.end, sent[1])
    if paid is None:
        return None
    head, pos, before = paid
    named = [*doc.places, *_names_in(doc, max(sent[0], pos - 80), pos + 80)]
    if before:
        payer = next((n for n in named if n.end <= pos and not doc.low[n.end : pos].strip()), None)
    else:
        payer = next((n for n in named if n.start == pos), None)
    if payer is None and not before and _STATE_NOUN_AT.match(doc.low, pos) and state_party(doc, buyer):
        # "financed by the state", "paid for by the government", "funded by the treasury": a state's body in lower case
        # is the state that takes the company, as its capitalised form is (gazetteer.yaml `state_body_nouns`; stop 56)
        return head
    if payer is None:
        # a capitalised word nothing typed ("that <Land> will finance"): a name, never the company's own "it"
        return head if not before and doc.text[pos : pos + 1].isupper() else None
    return head if payer.entity_id not in parties or payer.entity_id == buyer else None


def price_beside_increase(tagged: list[_Tagged], tab: _Tables, low: str) -> list[_Tagged]:
    """The tagged figures with a price told before the capital increase its taker pays in the same sentence ("<X> will
    acquire 60% of Y for €300 million and proceed with a €5 billion capital increase") made a part of the deal (a
    tranche): the increase is the amount, as the tables read a state subscribing alone (stop 56).
    The price of a holding bought from another company ("<X> will acquire 56% of <Parent>'s capital for €N and proceed
    with ..."), read as another company's deal for its seller's name, is that part too when the two verbs share their
    subject (raisings.joined_to_increase): the same buyer in the same rescue."""
    paid = [t for t in tagged if t.place == "body" and t.rule == "role.increase-paid"]
    part = next((r for r in tab.roles if r.name == "tranche"), None)
    if not paid or part is None:
        return tagged
    out = []
    for t in tagged:
        inc = next((p for p in paid if t.sentence == p.sentence and t.fig.span.end <= p.fig.span.start), None)
        joined = (
            inc is not None
            and t.role == "other_deal"
            and t.base == "deal"
            and joined_to_increase(low, t.fig.span.end, inc.fig.span.start)
        )
        if (
            inc is not None
            and (t.role == "deal" or joined)
            and t.fig.kind == FigureKind.MONEY
            and t.place == "body"
        ):
            t = replace(t, role=part.name, base=part.name, why_not=part.why_not, slot=part.slot,
                        rule=t.rule + "+beside-increase")  # fmt: skip
        out.append(t)
    return out


def _writedown_by(doc: _Doc, s0: int, s: int) -> bool:
    """Is the figure at `s` the measure of a writedown told by its verb earlier in the clause ("wrote down ... by")?"""
    return (
        "by" in doc.low[max(s0, s - 24) : s]
        and _WRITEDOWN_BY.search(doc.low, max(s0, s - 140), s) is not None
    )


#: A word of worth right before a money figure (lower case; stop 47): "worth ", "an enterprise value of around ", "a
#: market value of about ", "valuation will be about ", "valued at nearly ".
_WORTH_BEFORE = re.compile(
    r"\b(?:worth|valued\s+at|valuation|value|capitali[sz]ation|cap)\s+(?:(?:of|at|will|would|be|is|was|about|around|"
    r"nearly|almost|roughly|some|approximately|over|more|than|close|to|just|under)\s+){0,4}$"
)
#: The company a merger makes (lower case; stop 47): "the combined company", "the merged group", "the enlarged
#: bank", "the new company", "creating a company", "forming a chip giant".
_COMBINED_HOLDER = re.compile(
    r"\b(?:(?:combined|merged|enlarged)\s+(?:[\w-]+\s+)?|the\s+(?:newly\s+)?(?:new|resulting)\s+|"
    r"(?:creat(?:e|es|ed|ing)|form(?:s|ed|ing)?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:company|group|entity|firm|business|giant|concern|corporation|bank|chipmaker|powerhouse)\b"
)


def _combined_worth(doc: _Doc, s0: int, s: int) -> bool:
    """Is the money figure at `s` the worth of the company a merger makes ("creating a company with an enterprise value
    of around $80 billion", "the combined company, worth nearly $15 billion", "the new company has a market value of
    $60bn")? Its holder is told before the word of worth, in the same sentence, with no other figure between. Never
    the deal's amount, nor the target's valuation (stop 47)."""
    worth = _WORTH_BEFORE.search(doc.low, max(s0, s - 60), s)
    if worth is None:
        return False
    lo = max(s0, worth.start() - 100)
    last = max((m.end() for m in _COMBINED_HOLDER.finditer(doc.low, lo, worth.start())), default=None)
    return last is not None and not any(c in doc.low[last : worth.start()] for c in ";$€£")


#: A sentence opened by the measure its figures are told in (lower case; stop 56): "By market value, ", "By market
#: capitalisation, though, ", "In terms of market value, ".
_MARKET_MEASURE_OPENING = re.compile(
    r"(?:by|in\s+terms\s+of|measured\s+by)\s+(?:stock\s+)?market\s+(?:value|valuation|capitali[sz]ation|cap|worth)"
    r"\s*,"
)
#: The rounding a worth may carry between its words and its money, closing the text before the money (lower case):
#: "about ", "close to ", or none. Read by `_PLAIN_WORTH_BEFORE` and `_NEW_MARKET_WORTH_BEFORE`.
_WORTH_ROUNDING_END = ROUNDING_BEFORE + r"$"
#: A plain word of worth right before a money figure (lower case; stop 51): "worth ", "worth about ", "valued at
#: roughly ", "with a value of ". Not a measure of one kind ("an enterprise value of", "a market value of").
_PLAIN_WORTH_BEFORE = re.compile(
    r"(?<!enterprise\s)(?<!market\s)\b(?:worth|valued\s+at|(?:a|an)\s+(?:combined\s+)?value\s+of)\s+"
    + _WORTH_ROUNDING_END
)
#: The market value of a company told as its own right before the figure (lower case; stop 56): "with a market
#: capitalisation of about ", "with a market value of ".
_NEW_MARKET_WORTH_BEFORE = re.compile(
    r"\bwith\s+a\s+(?:stock\s+)?market\s+(?:value|valuation|capitali[sz]ation|cap)\s+of\s+"
    + _WORTH_ROUNDING_END
)
#: The company a merger makes told as created (lower case; stop 56): "creating a ", "to form a ", "a new company".
_CREATED_HOLDER = re.compile(r"creat|form|the\s+(?:newly\s+)?new\b")
#: A merger told by its own words (lower case; stop 51): "merge", "merger", "combine", "combination", "tie-up",
#: "join forces", "merger of equals".
_MERGER_WORD = re.compile(
    r"\b(?:merg(?:e|es|ed|ing|er|ers)|combin(?:e|es|ed|ing|ation)|tie-up|tie\s+up|join(?:s|ed|ing)?\s+forces)\b"
)
#: A purchase told by its own words (lower case): "acquire", "acquisition", "buy", "bought", "purchase", "takeover".
_PURCHASE_WORD = re.compile(r"\b(?:acqui\w+|buy\w*|bought|purchas\w+|takeover|take\s+over|taking\s+over)\b")


def merger_named_by_worth(doc: _Doc, s0: int, s1: int, s: int) -> bool:
    """Is the combined company's worth at `s` (`_combined_worth`) the figure the page names its merger by: a plain
    word of worth ("to form a giant worth $50bn", "creating a group valued at about $70 billion"), the merger told by
    its own words before the company it makes, and no word of a purchase in the sentence [s0, s1)? A merger told so
    has no price of its own: the tables read that worth as its amount when the page gives no other (stop 51). Never
    an enterprise or market value, nor the group a purchase forms ("X will buy Y, creating a giant worth $80bn")."""
    worth = _PLAIN_WORTH_BEFORE.search(doc.low, max(s0, s - 40), s)
    created = False
    if worth is None:
        # "to create a new company, <NewCo>, with a market capitalisation of about $130 billion": the market value of
        # the company the merger creates, told as its own, names the merger too (stop 56); the two companies'
        # combined market value ("the combined market capitalisation of both exceeds $53 billion") stays apart
        worth = _NEW_MARKET_WORTH_BEFORE.search(doc.low, max(s0, s - 60), s)
        created = True
    if worth is None:
        return False
    holders = list(_COMBINED_HOLDER.finditer(doc.low, max(s0, worth.start() - 100), worth.start()))
    if created and not any(_CREATED_HOLDER.match(doc.low, m.start()) for m in holders):
        return False
    holder = max((m.start() for m in holders), default=None)
    return (
        holder is not None
        and _MERGER_WORD.search(doc.low, s0, holder) is not None
        and _PURCHASE_WORD.search(doc.low, s0, s1) is None
    )


#: The closing prices of shares told before their figures (lower case; stop 51): "closing prices of", "closing share
#: price of", "the close of", "closed at"; (stop 56) the shares or the stock as the subject of a verb of the close, up to
#: three words between and after it: "shares closed at", "the stock ended at", "whose shares closed on Friday at", "its
#: stock finished the day at", "shares settled at".
_CLOSING_PRICES = re.compile(
    r"\b(?:closing\s+(?:share\s+|stock\s+)?prices?|clos(?:ed|es|ing)\s+at|(?:share|stock)\s+prices?\s+at\s+the\s+close|"
    r"(?:shares|stock|share\s+price|stock\s+price)(?:\s+[\w’'-]+){0,3}?\s+(?:clos|end|finish|settl)(?:ed|es|e|s)"
    r"(?:\s+[\w’'-]+){0,3}?\s+at)\b"
)


def _closing_prices_before(doc: _Doc, s0: int, s: int) -> bool:
    """Do the words of a closing share price stand before the figure at `s` in its clause, from the sentence's start
    `s0` ("Based on the closing prices of €14.20 for X and €7.95 for Y": both figures), with no clause stop between?"""
    lo = max(s0, s - 120)
    last = max((m.end() for m in _CLOSING_PRICES.finditer(doc.low, lo, s)), default=None)
    return last is not None and _CLAUSE_STOP.search(doc.low, last, s) is None


def _estimated_worth(doc: _Doc, s0: int, s: int) -> bool:
    """Is the money figure at `s` an estimate of what something could be worth ("Analysts at Corvin estimate the unit
    could be worth $3 billion", "Barrow reckons the arm may be worth about €5bn")? A modal "be worth" right before the
    figure and a word of estimating (an analyst, estimate, reckon, believe, calculate) before it in the sentence. No
    deal's price nor the target's valuation, whatever cue is nearer (stop 48)."""
    worth = ESTIMATED_WORTH.search(doc.low, max(s0, s - 40), s)
    return worth is not None and _ESTIMATOR.search(doc.low, s0, worth.start()) is not None


#: A holder of money and its word of worth right before a money figure (lower case; stop 52): "fund, which is worth ",
#: "fund – said to be worth close to ", "investor, valued at about ", "pension plan, worth some ", a short form in
#: brackets after the noun allowed ("Investment Fund (EIF), which is worth "). Bounded: the words
#: between the holder and its worth are a closed set, no free run.
_WORTH_AFTER_HOLDER = (
    r"(?:\s+\([\w.&-]{1,12}\))?\s*(?:,|–|—|-)?\s*"
    r"(?:(?:which|that|who)\s+(?:is|was)\s+|is\s+|was\s+)?(?:(?:said|estimated|reported|thought|believed)\s+to\s+be\s+)?"
    r"(?:worth|valued\s+at)\s+" + ROUNDING_BEFORE + r"$"
)
_HOLDER_WORTH = re.compile(
    r"\b(?:fund|investor|endowment|pension\s+plan|asset\s+manager|wealth\s+manager)" + _WORTH_AFTER_HOLDER
)
#: The same words of worth right after a NAME, up to the figure (lower case; stop 52): "<Name>, which is worth ",
#: "<Name> (ABC) - said to be worth close to " (matched from the name's end).
_NAMED_WORTH = re.compile(_WORTH_AFTER_HOLDER)
#: A word in a name that makes it a fund's or an investor's (stop 52): "Halvorsen Capital", "Nordvik Investment
#: Fund", "Ashgrove Partners" -- words of a kind of firm, no list of names.
_FUND_NAME = re.compile(
    r"\b(?:fund|funds|capital|investments?|investors?|partners|ventures|endowment|pension|asset\s+management|"
    r"sovereign)\b",
    re.IGNORECASE,
)
#: A fund's or an investor's kind told right before a name (lower case): "the sovereign fund ", "state investor ",
#: "investment firm ".
_FUND_KIND_BEFORE = re.compile(
    r"\b(?:fund|investor|investment\s+(?:firm|company|group)|asset\s+manager|pension\s+plan)\s+(?:the\s+)?$"
)
#: ... or right after it, in an apposition: ", a state-owned fund", ", the Gulf investor".
_FUND_KIND_AFTER = re.compile(
    r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:fund|investor|asset\s+manager|pension\s+plan)\b"
)


def _holder_worth(doc: _Doc, s0: int, s: int) -> bool:
    """Is the money figure at `s` the worth of a fund or an investor told right before it ("the fund, which is worth
    $500 billion", "the Oslo investor - said to be worth close to €90bn")? The holder's own size, no deal's money."""
    return _HOLDER_WORTH.search(doc.low, max(s0, s - 80), s) is not None


#: How near a market value's own words stand to a named holder's worth for the figure to stay a market value ("<Name>,
#: worth about $X on the stock market", "<Name> is worth $X in market value"): the cue's distance in characters.
_MARKET_TOLD_REACH = 2


def _named_holder_worth(doc: _Doc, s0: int, s: int, parties: dict[str, str], buyer: str | None) -> bool:
    """Is the money figure at `s` the worth of a holder told by its NAME right before it ("Orsa Capital, which is
    worth $90 billion", "Nordvik (NIF) - said to be worth close to €400bn")? A holder is what the page tells: the
    deal's buyer, or a name of a fund's or an investor's kind (a word of the name, or the kind told next to one of its
    mentions: "the state fund Nordvik", "Nordvik, a Gulf investor,"). The target named with its worth is no holder: a
    valuation (stop 52)."""
    name = next(
        (
            n
            for n in reversed(_names_in(doc, max(s0, s - 80), s))
            if n.end <= s and _NAMED_WORTH.match(doc.low, n.end, s)
        ),
        None,
    )
    if name is None or name.type not in _ORGS:
        return False
    if name.entity_id == buyer:
        return True
    if name.entity_id in parties:
        return False  # the target, named with its worth
    return _fund_kind(doc, name)


def _fund_kind(doc: _Doc, name: _Name) -> bool:
    """Does the page tell the named organisation is a fund or an investor: by a word of its name, or a kind told right
    before or after one of its mentions?"""
    if _FUND_NAME.search(name.name):
        return True
    return any(
        _FUND_KIND_BEFORE.search(doc.low, max(0, n.start - 40), n.start)
        or _FUND_KIND_AFTER.match(doc.low, n.end, min(len(doc.low), n.end + 60))
        for n in doc.names
        if n.entity_id == name.entity_id
    )


#: An outlet's figure put on the purchase (lower case; stop 52). After the figure: " value for the purchase", " price
#: tag on the stake", " valuation for the deal". Before it: "put the purchase at ", "valued the stake at about ",
#: "pegged the acquisition at ", "estimated the deal at ".
_PURCHASE_NOUN = r"(?:purchase|acquisition|stake|holding|deal|transaction|investment|takeover|buyout)"
_VALUE_FOR_PURCHASE = re.compile(
    r"\s+(?:value|valuation|price|price\s+tag|cost)\s+(?:for|of|on)\s+(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2}?"
    + _PURCHASE_NOUN
    + r"\b"
)
_PUT_PURCHASE_AT = re.compile(
    r"\b(?:put|puts|putting|valued|values|valuing|pegged|pegs|pegging|estimated|estimates|estimating)\s+"
    r"(?:the|its|this|that)\s+(?:[\w-]+\s+){0,2}?"
    + _PURCHASE_NOUN
    + r"(?:'s|’s)?\s+(?:(?:price|cost|value|worth)\s+)?at\s+"
    + ROUNDING_BEFORE
    + r"$"
)


def _price_put_on_purchase(doc: _Doc, s0: int, s: int, e: int, s1: int) -> bool:
    """Is the money figure at [s, e) a figure put on what the purchase cost ("estimated a $3 billion value for the
    purchase", "the paper put the stake at about $3bn")? The deal's money, no valuation of a company."""
    return (
        _VALUE_FOR_PURCHASE.match(doc.low, e, s1) is not None
        or _PUT_PURCHASE_AT.search(doc.low, max(s0, s - 80), s) is not None
    )


#: A modal worth right before a money figure (lower case; stop 48): "could be worth ", "may well be worth about ",
#: "might be worth as much as ".
ESTIMATED_WORTH = re.compile(
    r"\b(?:could|may|might)\s+(?:well\s+|easily\s+)?be\s+worth\s+" + ROUNDING_BEFORE + r"$"
)
#: A word of estimating before it (lower case): "analysts said", "estimated", "reckons", "believes", "calculates".
_ESTIMATOR = re.compile(r"\b(?:analysts?|estimat\w*|reckon\w*|believ\w*|calculat\w*|think|thinks|thought)\b")

#: The sales a money figure counts, right after it (lower case; stop 48): "€60bn sales", "$1.1 billion in annual
#: revenue", "€7.9bn (£6.75bn) of turnover", "$400 million in group sales": revenue, never a deal's money or total.
SALES_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:in|of)\s+)?(?:(?:annual|yearly|group|global|overall|total|net|underlying)\s+)?"
    r"(?:sales|revenues?|turnover)\b"
)


#: A preposition right before a name (lower case; stop 50): the name is its object ("backed by X", "from X"), never the
#: subject that owns a figure or an offering.
PREPOSITION_BEFORE = re.compile(
    r"\b(?:by|from|of|with|to|than|unlike|like|including|for|at|over|into)\s+(?:the\s+)?$"
)
#: The role of a first plan's sum given up for a later one (figure_roles.yaml; stop 50).
_FIRST_PLAN = "first_plan"
#: The roles of money lost (figure_roles.yaml): what a clause's "worth of" things come to when they are lost.
_LOSS_ROLES = ("writedown", "loss")
#: After "worth": "of" and the things it measures ("worth of its bonds").
_WORTH_OF = re.compile(r"\s+of\b")
#: The part bought, then the verb "cost" and up to three words (its payer, a hedge), right before a money figure (lower
#: case; stop 54; the part by `sale_words.HOLDING_NOUN`): "the shares cost Holdfast ", "the stake cost the fund ", "the
#: shareholding cost it ".
_PART_COST = re.compile(r"\b" + HOLDING_NOUN + r"\s+costs?\s+(?:[\w.&'’-]+\s+){0,3}?$")
#: A stake noun right before a word of worth, with a form of "to be" or none (lower case; stop 54): "a stake worth",
#: "the holding is valued at", "the 12% stake was worth".
_STAKE_NOUN_WORTH = re.compile(
    r"(?<![\w-])(?:" + STAKE_NOUN + r"|equity\s+interest|exposure)\s+"
    r"(?:(?:is|was|are|were|being|has\s+been|had\s+been|will\s+be|would\s+be)\s+)?$"
)
#: A percent told as a part bought, then up to 80 characters with no figure nor clause end, then the comma right
#: before the word of worth (lower case; stop 54): "a 12 per cent stake in the lender Y, worth", "15% of Y, worth".
_PERCENT_THEN_WORTH = re.compile(r"\d(?:\s?%|\s+per\s?cent\b|\s+percent\b)[^,;:.!?$€£¥\d]{0,80},\s*$")


#: The nouns of a deal of buying (lower case): read before a figure's worth told in a relative clause
#: (`_PURCHASE_WHICH`) and after a deal's figure (`_DEAL_NOUN_AFTER`, `_POSSESSED_NOUN_AFTER`); one list since stop 63.
#: No investment nor round: their worth may be the company's value, a stake's a later worth.
_DEAL_NOUNS = r"deal|acquisition|merger|takeover|purchase|transaction|buyout"
#: A noun of buying with its own worth told after it in a relative clause or set off by a comma, ending right before the
#: word of worth (lower case; stop 54): "the acquisition, which is ", "the takeover, ", "a merger that would be ". A
#: noun of buying only (`_DEAL_NOUNS`).
_PURCHASE_WHICH = re.compile(
    r"(?<![\w-])(?:" + _DEAL_NOUNS + r")(?:\s*,\s*(?:which|that)\s+|"
    r"\s+(?:which|that)\s+|\s*,\s*)(?:(?:is|was|are|were|would\s+be|will\s+be|is\s+now)\s+)?$"
)
#: The word of worth that tells a size and nothing else (lower case): "worth", "valued at" (not "valued Y at", which
#: names what is valued).
_PLAIN_WORTH = re.compile(r"worth|valued\s+at")


def purchase_worth_told(low: str, lo: int, cue: tuple[int, int]) -> bool:
    """Is the word of worth at `cue` the size of the purchase its noun names in a relative clause or an apposition
    ("the acquisition, which is worth", "the takeover, valued at")? The deal's money, never a valuation of a company."""
    return (
        _PLAIN_WORTH.fullmatch(low, *cue) is not None
        and _PURCHASE_WHICH.search(low, max(lo, cue[0] - 40), cue[0]) is not None
    )


def stake_sized(low: str, lo: int, cue: int) -> bool:
    """Is the word of worth at `cue` the price of a stake: a stake noun right before it ("a stake worth"), or a percent
    in its clause set off by a comma before "worth" ("a 12% stake in Y, worth")? A company told between ("15% of Y, a lender
    worth") is not: the comma must stand right before the word of worth."""
    if _STAKE_NOUN_WORTH.search(low, lo, cue):
        return True
    # "15% of Y, valued at $N" may be Y's own value: after the comma only "worth" is the stake's price
    return low.startswith("worth", cue) and _PERCENT_THEN_WORTH.search(low, lo, cue) is not None


_SLASH_SHARE = re.compile(r"\s?/\s?(?:share|sh|shr)\b")
#: After "worth": "of Y shares", "of its common stock", "of newly issued stock" (up to four words).
_WORTH_OF_SHARES = re.compile(r"\s+of\s+(?:[\w.&'’-]+\s+){0,4}?(?:shares|stock|equity)\b")
#: A valuation's other moment in its clause (lower case; stop 42): before the event ("earlier this year", "at
#: the start of the year") or talked of for a later round ("had discussed a valuation of", "for its next round").
_VALUATION_EARLIER = re.compile(
    r"\b(?:earlier\s+(?:this|in\s+the)\s+year|at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year)\b"
)
#: "once" before a worth in its clause (lower case; stop 48): "once valued at", "was once worth", "who once saw it as a
#: “unicorn” valued at" -- a worth of an earlier moment. Not "once" as a conjunction of a time to come ("once the
#: round closes the company will be valued at": a word of the future between).
_VALUATION_ONCE = re.compile(
    r"\bonce\s+(?:(?!(?:will|would|could|should|may|might|is|are|closes|completes)\b)[\w“”\"'‘’-]+\s+){0,8}?"
    r"(?:valued|worth)\s+(?:at\s+)?" + ROUNDING_BEFORE + r"$"
)
_VALUATION_DISCUSSED = re.compile(
    r"\bdiscuss(?:ed|es|ing)\s+(?:a|an|the)\s+valuation\s+(?:of\s+)?(?:between\s+)?$"
)
_VALUATION_NEXT_ROUND = re.compile(
    r"\s*(?:[^.;,]{0,12}?)\bfor\s+(?:its|the|a|their)\s+(?:next|future|later|subsequent)\s+"
    r"(?:funding\s+|financing\s+|fundraising\s+)?round\b"
)


def _valuation_moment(doc: _Doc, fig: Figure, lo: int, hi: int) -> str | None:
    """Why a valuation is another moment's than the event's, or None: told before it in its clause
    ("valued at $4 billion earlier this year"; not a comparison's other term: "nearly double its worth
    earlier this year"), once its worth ("was once valued at", stop 48), or talked of for a later round ("had discussed a valuation of $9 billion",
    "a valuation of $9 billion for its next round")."""
    s, e = fig.span.start, fig.span.end
    for m in _VALUATION_EARLIER.finditer(doc.low, lo, hi):
        if not _compared_time(doc, e, m.start()):
            return "a past valuation"
    if _VALUATION_ONCE.search(doc.low, max(lo, s - 90), s):
        return "a past valuation"
    if _VALUATION_DISCUSSED.search(doc.low, max(lo, s - 40), s) or _VALUATION_NEXT_ROUND.match(
        doc.low, e, hi
    ):
        return "a valuation talked of for a later round"
    return None


#: A cue this close after a figure (characters: the space) is the noun the figure qualifies.
_NOUN_RIGHT_AFTER = 1
#: Right after money a company raised: "in funding", "in venture capital", "to date", "so far", "since its
#: founding" (lower case; stop 41).
_FUNDING_AFTER = re.compile(
    r"\s+(?:in\s+(?:total\s+)?(?:funding|venture\s+(?:capital|funding)|financing|capital)\b|to\s+date\b|"
    r"so\s+far\b|since\s+(?:its|it|the)\b)"
)
_TO_BEFORE = led(r"\bto\s+(?:(?:an?|the)\s+(?:[\w-]+\s+)?)?$")


def _below_pro_forma(doc: _Doc, fig: Figure, money: list[Figure], s0: int) -> bool:
    """Is the money figure `fig`, not itself told as pro-forma, smaller than another money figure of its sentence
    (`money`) in the same currency that is told as a pro-forma value (stop 53)?"""
    low, s, e = doc.low, fig.span.start, fig.span.end
    if fig.value is None or pro_forma(low, s, e, s0):
        return False
    return any(
        g is not fig
        and g.unit == fig.unit
        and g.value is not None
        and g.value > fig.value
        and pro_forma(low, g.span.start, g.span.end, s0)
        for g in money
    )


def _role(tab: _Tables, name: str) -> _Role | None:
    """The tables' role named `name`, or None when they have no such role."""
    return next((r for r in tab.roles if r.name == name), None)


#: A verb of paying or owing, its subject before it (lower case): "would owe", "will pay", "must hand".
_PAYS_BEFORE = re.compile(r"(?<![\w])(?:pay|pays|paying|owe|owes|owing|hand|hands|face|faces)(?![\w])")

#: A condition of the end still to come after the money (lower case): "if regulators block", "should it fail".
_CONDITION_AFTER = re.compile(r"(?<![\w])(?:if|should|unless|in the event)(?![\w])")

#: A payment's words of expenses (lower case): the other side's costs made good, never a fee of the buyer's.
_EXPENSES = re.compile(r"reimburs|expenses|costs")


def _buyer_owes_on_condition(doc: _Doc, sent: tuple[int, int], s: int, e: int, buyer: str | None) -> bool:
    """Is the money at [s, e) owed by the deal's buyer on a condition of the end still to come: the last company named
    before the sentence's verb of paying or owing before the money is the buyer, and "if", "should", "unless" or "in
    the event" follows the money in the sentence ("Carrow would owe Pinewood $300 million if regulators block the
    deal")? Never the other side's expenses made good ("to reimburse", "to cover its costs")."""
    if buyer is None or _EXPENSES.search(doc.low, sent[0], sent[1]):
        return False
    verbs = list(_PAYS_BEFORE.finditer(doc.low, sent[0], s))
    if not verbs or _CONDITION_AFTER.search(doc.low, e, sent[1]) is None:
        return False
    verb = verbs[-1]
    payer = [n for n in _names_in(doc, sent[0], verb.start()) if n.end <= verb.start() and n.type in _ORGS]
    return bool(payer) and not _possessor(doc, payer[-1]) and payer[-1].entity_id == buyer


#: What may lead a sentence's opening clause before its cue (lower case): "But after the deal collapsed, ...".
_OPENING_LINK = re.compile(r"(?:(?:but|and|so|now|then)\s*,?\s+)?")


def _end_told_first(doc: _Doc, tab: _Tables, s0: int, s: int) -> _Role | None:
    """The role whose `after` cue of the deal's end opens the sentence and closes its clause with a comma before the
    money at `s` ("Having terminated the merger, <A> will pay <B> $N", "If regulators block the deal, <A> owes <B>
    $N"): the roles that list such cues (the break-up fee's). The cue holds no comma, and no figure stands between."""
    start = _OPENING_LINK.match(doc.low, s0)
    at = start.end() if start is not None else s0
    for role in tab.roles:
        if role.after is None or not role.over:
            continue
        m = role.after.match(doc.low, at, s)
        if m is None or "," in m.group():
            continue
        comma = doc.low.find(",", m.end(), s)
        if comma != -1 and not any(ch.isdigit() or ch in "$€£" for ch in doc.low[m.end() : comma]):
            return role
    return None


def _forced_role(
    tab: _Tables, name: str, best: tuple[int, int, _Role] | None
) -> tuple[int, int, _Role] | None:
    """The role named `name` forced on a figure, whatever cue is nearer: at distance 0, with its order in the
    tables; `best` kept when the tables have no such role."""
    role = _role(tab, name)
    return best if role is None else (0, tab.roles.index(role), role)


def _worth_cue_before(doc: _Doc, cue: tuple[int, int], s: int) -> bool:
    """Does the cue `cue` stand before the figure at `s` and open on "worth" or "valued" ("a deal worth", "valued at")?"""
    return cue[1] <= s and doc.low[cue[0] : cue[1]].split()[:1] in (["worth"], ["valued"])


#: "valued" with an object before its "at" (lower case; stop 59): "the offer valued Y at", "valued the test maker at".
#: Not the participle of the noun's own size: "a transaction valued at", "was valued by analysts at", "valued in all at".
_VALUED_OBJECT = re.compile(r"valued\s+(?!(?:at|by|in|about|around|roughly|some|nearly|over|up)\b)")


def _object_valued(doc: _Doc, cue: tuple[int, int]) -> bool:
    """Is the valuing cue at `cue` "valued" with its object before "at" ("the offer valued Y at about £2 billion"):
    what the noun values its object at, the object's valuation, never the noun's own size (stop 59)?"""
    return _VALUED_OBJECT.match(doc.low, cue[0], cue[1]) is not None


def _noun_before(doc: _Doc, noun: re.Pattern[str] | None, lo: int, cue: tuple[int, int], reach: int) -> bool:
    """Does `noun` (a table's pattern, None when the tables have none) stand in the `reach` characters before the cue
    at `cue`, from the window's start `lo` on ("a cloud deal" before "worth")?"""
    return noun is not None and noun.search(doc.low, max(lo, cue[0] - reach), cue[0]) is not None


def _purchase_worth(
    doc: _Doc, fig: Figure, sent: tuple[int, int], lo: int, cue: tuple[int, int]
) -> str | None:
    """The rule that reads a figure cued as a valuation (its cue at `cue`, its window opening at `lo`) as the price of a
    purchase told by its worth, never what the company bought is worth; None when none does:
    - "a 12% stake in Y, worth $1.1bn", "the stake is valued at $900m": the price of the stake bought (stop 54);
    - "the acquisition, which is worth about $61 billion", "the takeover, valued at $4bn": the purchase's own worth told
      after its noun in a relative clause or an apposition (stop 54);
    - "buying $5 billion worth of Y shares": the size of a purchase of shares."""
    s, e = fig.span.start, fig.span.end
    money = fig.kind == FigureKind.MONEY
    if money and _worth_cue_before(doc, cue, s) and stake_sized(doc.low, max(sent[0], cue[0] - 120), cue[0]):
        return "role.stake-worth"
    if money and cue[1] <= s and purchase_worth_told(doc.low, lo, cue):
        return "role.purchase-which-worth"
    if cue[0] >= e and doc.low[cue[0] : cue[1]] == "worth" and _WORTH_OF_SHARES.match(doc.low, cue[1]):
        return "role.worth-of-shares"
    return None


def _tag(doc: _Doc, fig: Figure, sent: tuple[int, int], place: str, tab: _Tables, parties: dict[str, str],
         money: list[Figure], raising: bool = False, conv: dict[int, Figure] | None = None,
         sole: bool = False, buyer: str | None = None, contest: bool = False) -> _Tagged:  # fmt: skip
    s, e = fig.span.start, fig.span.end
    # "$24 billion (R442 billion)", "€1.3bn, or about $1.5bn": the figure restates the one before it
    # in another currency (extract/conversions.py).
    if conv is not None and id(fig) in conv:
        return _Tagged(
            fig, "restated", "restated", tab.restated_why, None, place, "role.restated", conv[id(fig)]
        )
    if fig.kind == FigureKind.MONEY and place == "body" and is_debt(doc.text, fig, sent):
        # "will pay a symbolic 1 euro and take on debts of about €1.2 billion", "assuming $300 million of its debt":
        # the debt the buyer takes on is its own figure (extract/measures.py keeps it), never the price, whatever deal
        # word ("pay", "take over") stands nearer (stop 58; docs/coverage-bench.md: the assumed debt is a distractor)
        return _Tagged(fig, "debt", "debt", DEBT_WHY_NOT, None, place, "role.debt")
    lo, hi = _window(doc, fig, sent, tab, money, conv)
    of_role = next(
        (
            r
            for r in tab.of_after_roles
            if r.of_after is not None and r.of_after.match(doc.low, e, min(len(doc.low), e + 80))
        ),
        None,
    )  # "a 75% share of its profits", "4% of Y's outstanding shares": the noun after "of" decides
    if of_role is not None and of_role.slot != "stake":
        return _Tagged(
            fig, of_role.name, of_role.name, of_role.why_not, of_role.slot, place, f"role.of({of_role.name})"
        )
    rising = (
        rising_holding(doc.low, sent[0], s, e, sent[1], fig.value) if fig.kind == FigureKind.PERCENT else None
    )
    if (
        fig.kind == FigureKind.PERCENT
        and place == "body"
        and (change_start(doc, s, e, sent[0]) or rising == "from")
        and _HOLDING.search(doc.low, sent[0], sent[1]) is not None
    ):
        # "raised its stake to 24%, up from 11%", "an increase in shareholding from the previous 24%":
        # the holding a change starts from, in a sentence naming a holding -- an earlier holding, never
        # the stake of the page's moment, whatever cue is nearer (a holding built in steps; stop 41)
        return _Tagged(fig, "past_stake", "stake", "an earlier holding, the change's starting point", None,
                       place, "role.stake-from")  # fmt: skip
    if fig.kind == FigureKind.PERCENT and place == "body" and peak_holding(doc.low, sent[0], s, sent[1]):
        # "with ownership peaking at above 80%": a holding at its highest, long before the page's sale (stop 49)
        return _Tagged(fig, "past_stake", "stake", "a holding at its peak", None, place, "role.stake-peak")
    best: tuple[int, int, _Role] | None = None
    best_cue = (0, 0)
    dist: dict[str, int] = {}  # per role, the nearest cue before the figure
    cued: set[str] = set()  # the roles with a cue that counts, on either side
    right_after: set[str] = set()  # the roles with a cue right after the figure ("$6bn in loan commitments")
    for m in tab.role_re.finditer(doc.low, lo, hi) if tab.role_re is not None else ():
        order, side = tab.role_groups[m.lastgroup or ""]
        role = tab.roles[order]
        if m.group() == "own" and _OWN_ADJECTIVE_BEFORE.search(doc.low, max(0, m.start() - 40), m.start()):
            continue  # "its own stock price": the adjective, not a holder who owns a stake
        if m.group() == "wealth" and _WEALTH_HOLDER_AFTER.match(doc.low, m.end()):
            continue  # "a sovereign wealth fund", "its wealth management arm": a holder's name, no fortune (stop 59)
        if m.group().endswith("first") and _FIRST_TIME.match(doc.low, m.end()):
            continue  # "the first time in 20 years, after a $2 billion sale": a time, not a first tranche (stop 49)
        if (fig.kind == FigureKind.PERCENT and (role.slot not in ("stake", None) or role.money_only)) or (
            fig.kind == FigureKind.MONEY and role.slot == "stake"
        ):
            continue
        if m.end() <= s and side != "after":
            # a cue before the figure is favoured, but not across a comma, semicolon, colon or dash: "for
            # each share they own, a 22% premium" (the noun right after the figure says what it is; stop 38)
            bonus = 0 if _CLAUSE_BREAK.search(doc.low, m.end(), s) else tab.before_bonus
            d = max(0, s - m.end() - bonus)
            dist[role.name] = min(d, dist.get(role.name, d))
        elif m.start() >= e and side != "before":
            d = m.start() - e
            # an `after` cue qualifies the figure it follows: it counts for `over`; so does "valuation" as
            # the noun right after the figure ("a $2.5 billion valuation"; stop 41), and a role's `near` cue
            # there where the role says so ("would pay a $3 billion breakup fee": the fee, not the deal's
            # "pay"; `noun_after`, stop 63)
            if side == "after" or (
                d <= _NOUN_RIGHT_AFTER and (doc.low.startswith("valuation", m.start()) or role.noun_after)
            ):
                dist[role.name] = min(d, dist.get(role.name, d))
            if d <= _NOUN_RIGHT_AFTER:
                right_after.add(role.name)
        else:
            continue
        cued.add(role.name)
        if best is None or (d, order) < (best[0], best[1]):
            best = (d, order, role)
            best_cue = (m.start(), m.end())
    ended = (
        _end_told_first(doc, tab, sent[0], s) if fig.kind == FigureKind.MONEY and place == "body" else None
    )
    if ended is not None:
        # "Having terminated the merger, <A> will pay <B> $N", "After the deal collapsed, <A> owes <B> a $N fee": the
        # end the fee role's `after` cues tell, told first in a clause opening the sentence, governs the main clause's
        # figure however far it stands (stop 63, "deals2"); it beats the roles its `over` names, as after the figure
        dist[ended.name] = 0
        cued.add(ended.name)
        if best is None:
            best = (0, tab.roles.index(ended), ended)
    if fig.kind == FigureKind.MONEY and "lending" in right_after:
        # "a binding proposal backed by $6 billion in loan commitments", "secured $4bn in loans from banks": the noun
        # right after the figure says it is money lent for the deal, never its price, whatever deal word ("backed",
        # "proposal") stands before it (stop 60)
        best = _forced_role(tab, "lending", best)
    if (
        fig.kind == FigureKind.MONEY
        and place == "body"
        # "<Bank> will provide $2bn in loans": money lent keeps its own role (stop 61)
        and (best is None or best[2].name != "lending")
        and _partner_part(doc, fig, sent)
    ):
        # "<A> and <B> will each put in about $2bn", "$2.3bn from <A> and the rest from <B>": one partner's part of
        # the money, never the whole's amount, whatever deal word ("put in", "invest") is nearer (stop 60)
        best = _forced_role(tab, "partner_part", best)
    if (
        fig.kind == FigureKind.MONEY
        and fig.value is not None
        and fig.value < BARE_PRICE_MAX
        and _PER_NAMED_SHARE.match(doc.text, e, min(len(doc.text), e + 90)) is not None
    ):
        # "$84 in cash per Tellurix share", "$41.50 per Tellurix Networks share": the price of one share, as "$84 per
        # share" is, whatever cue is nearer (stop 55)
        best = _forced_role(tab, "per_share", best)
    if best is None and fig.kind == FigureKind.MONEY and tab.spend_re is not None:
        # "drop a hefty 41 billion dollars on X": the money a deal verb spends is the price
        for m in tab.spend_re.finditer(doc.low, max(sent[0], s - 40), min(sent[1], e + 60)):
            if m.start() < s and e < m.end():
                best = _forced_role(tab, "deal", best)
                break
    if (
        best is None
        and fig.kind == FigureKind.MONEY
        and _PART_COST.search(doc.low, max(sent[0], s - 60), s)
        and _named_by_parties_or_tellers(doc, sent[0], s, parties)
    ):
        # "the shares cost the fund about $1bn", "the 12% stake cost Y some €800m": the price of the part bought told
        # by the verb "cost", whoever the page tells it through (stop 54); never when another company is named before
        # it and not as the teller ("<rival X> said its shares cost $N": X's own part, stop 54)
        best = _forced_role(tab, "deal", best)
    if fig.kind == FigureKind.MONEY and _SLASH_SHARE.match(doc.low, e):
        # "$95/share", "$95/sh": a price per share written with a slash (market and wire shorthand;
        # stop 44), never the deal's total, whatever cue is nearer
        best = _forced_role(tab, "per_share", best)
    elif fig.kind == FigureKind.MONEY and _PER_SHARE_OR.search(doc.low, max(lo, s - 40), s):
        # the price per share told again for all the shares ("$31 a share, or about $2.1 billion"): the
        # equity value, a valuation of the target; the amount when the article gives no other size of
        # the deal (_acquisition_price; stop 35)
        best = _forced_role(tab, "valuation", best)
    if (
        fig.kind == FigureKind.MONEY
        and fig.value is not None
        and fig.value < BARE_PRICE_MAX
        and _closing_prices_before(doc, sent[0], s)
    ):
        # "based on the closing prices of €14.20 for X and €7.95 for Y": each price of the list after the closing
        # prices' words is one share's, never the deal's money, whatever "for" stands nearer (stop 51); (stop 56) the
        # market's price, never the deal's price per share either ("shares closed at $38 a share"): the offer's stays
        best = _forced_role(tab, "closing_price", best)
    if fig.kind == FigureKind.MONEY and _combined_worth(doc, sent[0], s):
        # "creating a company with an enterprise value of around $80 billion": the merged company's worth, never the
        # deal's price nor the target's valuation, whatever cue is nearer (stop 47)
        # (stop 53) on a page telling a company going public by merging into a shell, the company the merger makes is
        # the one listed: its worth is the deal's valuation ("the merged group might be worth about $9 billion")
        best = _forced_role(tab, "valuation" if listing_merger(doc) else "combined_value", best)
    if fig.kind == FigureKind.MONEY and _MARKET_MEASURE_OPENING.match(doc.low, sent[0]):
        # "By market value, though, Y is larger, $62 billion versus $61 billion for X": a sentence opened by its measure
        # tells each side's market value, never the deal's money, whatever cue ("for X") is nearer (stop 56)
        best = _forced_role(tab, "market_cap", best)
    if (
        fig.kind == FigureKind.MONEY
        and not raising
        and not sole
        and (best is None or best[2].name != "per_share")
        and cash_raised(doc, s, e, sent[0])
    ):
        # "the deal will provide $4.4 billion in cash", "$2.1 billion from its trust", "$2.5 billion from a private
        # placement": the cash a listing merger raises, never its amount (stop 53)
        best = _forced_role(tab, "proceeds", best)
    if (
        fig.kind == FigureKind.MONEY
        # "the venture will receive $2.3bn from <A> and $1.1bn from <B>": a partner's part, no seller's (stop 61)
        and (best is None or best[2].name not in ("per_share", "proceeds", "partner_part"))
        and fig.value is not None
        and fig.value >= BARE_PRICE_MAX
        and _seller_receives(doc, sent[0], s, buyer)
    ):
        # "<Seller> will retain 45% and will receive approximately $17 billion": the seller's proceeds, never a measure
        # of the price, whatever cue is nearer; the amount only on a page that tells no other money of the deal
        # (money_slots._proceeds_alone; stop 59). A listing merger's cash handed to the company keeps its own role
        best = _forced_role(tab, "seller_proceeds", best)
    if (
        fig.kind == FigureKind.MONEY
        and best is not None
        and best[2].name == "valuation"
        and _below_pro_forma(doc, fig, money, sent[0])
    ):
        # "at a $6.2 billion equity value and a $9.8 billion pro-forma value": two values of one company in
        # one sentence, the larger told as after the deal -- the smaller one is its value before the new money (stop 53)
        best = _forced_role(tab, "pre_money", best)
    estimate = fig.kind == FigureKind.MONEY and _estimated_worth(doc, sent[0], s)
    if estimate or (fig.kind == FigureKind.MONEY and SALES_AFTER.match(doc.low, e)):
        # "analysts estimate the unit could be worth $3 billion", "Orla's €60bn sales": an estimate of worth and a
        # company's sales size it, no price is paid for them; never a deal's money, valuation or total (stop 48)
        best = _forced_role(tab, "estimate" if estimate else "revenue", best)
    if fig.kind == FigureKind.MONEY and (
        _holder_worth(doc, sent[0], s)
        or (
            dist.get("market_cap", _MARKET_TOLD_REACH + 1) > _MARKET_TOLD_REACH
            and _named_holder_worth(doc, sent[0], s, parties, buyer)
        )
    ):
        # "the fund, which is worth $500 billion", "a pension plan said to be worth close to £90bn": the holder's own
        # size, never the deal's money nor the target's valuation, whatever word of worth is nearer (stop 52); a buyer
        # named with its worth "on the stock market" or "in market value" keeps that market value's own role
        best = _forced_role(tab, "holder_size", best)
    elif fig.kind == FigureKind.MONEY and _price_put_on_purchase(doc, sent[0], s, e, sent[1]):
        # "estimated a $3 billion value for the purchase", "put the acquisition at about $3bn": an outlet's figure for
        # what the purchase cost is the deal's money, not a valuation of a company (stop 52)
        best = _forced_role(tab, "deal", best)
    if fig.kind == FigureKind.MONEY and _ROLLED_OVER.search(doc.low, max(sent[0], s - 120), s):
        # "the founder is rolling over his 14% stake, worth about $3.6 billion", "will contribute shares worth $1.2
        # billion": shares a holder brings into the buyout, never the price, whatever word of worth is nearer (stop 55)
        best = _forced_role(tab, "rollover", best)
    if fig.kind == FigureKind.MONEY and _BILL_IN_ALL.search(doc.low, max(sent[0], s - 90), s):
        # "raising the bill to rescue the importer to €29 billion", "the bill for the bailout has risen to $N": the
        # money a rescue or a takeover costs in all, the total, never a past deal for its "rescue" (stop 55)
        total = next((r for r in tab.roles if r.name == "total"), None)
        if total is not None:
            return _Tagged(fig, total.name, total.name, total.why_not, total.slot, place, "role.bill-in-all")
    if fig.kind == FigureKind.MONEY and _package_whole(doc, fig, sent[0], tab):
        # "a rescue package worth EUR 12 billion in all", "a bailout totalling $6.5 billion": the rescue's money in all,
        # the total as the tables call it, never a valuation for "worth" nor a past deal for its "rescue" (stop 56).
        # Only its own words date it: a past year told after it ("agreed in 2029") is an earlier rescue
        total = next((r for r in tab.roles if r.name == "total"), None)
        if total is not None and _past_year(doc, e, hi, s, e, tab) is None:
            return _Tagged(
                fig, total.name, total.name, total.why_not, total.slot, place, "role.package-whole"
            )
    increase = (
        _increase_paid_by_taker(doc, fig, sent, parties, buyer) if fig.kind == FigureKind.MONEY else None
    )
    if increase is not None:
        # "a capital increase of €8 billion that <state> will finance", "<X> will also carry out a capital increase of
        # €8bn": new capital the one who takes the company pays for alone is its money into the deal, the amount (the
        # tables' convention for a state subscribing alone), whatever cue is nearer (stop 55). Only its own words
        # date it: an earlier package named before it in the clause ("built on a rescue package of July and features a
        # capital increase of $N") is another sum
        if _past_year(doc, increase, hi, s, e, tab) is None:
            deal = next((r for r in tab.roles if r.name == "deal"), None)
            if deal is not None:
                return _Tagged(
                    fig, deal.name, deal.name, deal.why_not, deal.slot, place, "role.increase-paid"
                )
        best = _forced_role(tab, "deal", best)
    if fig.kind == FigureKind.MONEY and _writedown_by(doc, sent[0], s):
        # "has written down the value of its diamond unit by $1.6 billion": the measure of a writedown told with its
        # verb further back than the cues reach (stop 45), never a deal's money
        best = _forced_role(tab, "writedown", best)
    to_obj = _TO_BEFORE.search(doc.low, max(lo, s - 20), s) is not None
    if best is not None:
        # "total commitment to $8 billion": a role whose cue (before the figure) qualifies the nearer
        # one's noun wins; further when the figure is the object of "to" ("total investment ... to $4bn").
        # (only the roles whose `over` holds the nearer one's name can beat it, in the roles' order)
        for order, role in tab.beaten_by.get(best[2].name, ()):
            reach = max(tab.over_reach, role.to_reach if to_obj else 0)
            if dist.get(role.name, reach + 1) <= reach:
                best = (dist[role.name], order, role)
                break
    if of_role is None and (
        # "raised its stake in Y from 10% to 15%": the holding reached, the stake at the page's moment (the fitted
        # stake tables), though its cue stands before the change's first figure (stop 49)
        rising == "to"
        or fig.kind == FigureKind.PERCENT
        and (
            # "the shares represent just under 5% of", "the block sold accounts for 4.9% of": the part that changes
            # hands told as what the shares are of the company, the stake whatever cue is nearer (stop 49)
            _PART_TOLD.search(doc.low, max(lo, s - 80), s) is not None
            # "for about 4% of Y": a part of a party of the deal is a stake, with no other cue
            or (best is None and _of_party(doc, e, hi, parties))
        )
    ):
        of_role = next((r for r in tab.roles if r.slot == "stake"), None)
    if of_role is not None and of_role.slot == "stake" and fig.kind == FigureKind.MONEY:
        # "bought back £1.2 billion of shares", "sold $900 million of its stock": money told by the shares it buys is
        # what is paid for them, the deal's money, never a stake (a percent is; stop 49)
        # (read as the deal's cue below, so a past year or another company's deal still tells it apart)
        of_role = _role(tab, "deal")
    if of_role is not None and not (best is not None and best[2].name == _FIRST_PLAN):
        # a stake told as a part of the shares: the stake role, whatever cue is nearer (the first plan's "aimed to sell
        # $250 million of stock" stays the plan's: stop 50)
        best = (0, tab.roles.index(of_role), of_role)
    priced = (
        _price_of_object(doc, tab, fig, sent, parties)
        if best is None and fig.kind == FigureKind.MONEY
        else None
    )
    if priced is not None:
        # "in talks to buy <descriptor> Y at about $X": the price of the deal verb's object; "would value
        # the equity of Y, <relative clause>, at about $X": what the deal values its object at
        best = _forced_role(tab, priced, best)
    if best is None and fig.kind == FigureKind.MONEY and _MERGER_NOUN_AFTER.match(doc.low, e):
        # "in a $50-billion all-share merger", "a €9bn merger of equals", "the €7bn all-share proposal": the merger or
        # the proposal named by its figure is the deal's money (no cue of the deal's lexicon near it; stop 51); a past
        # time ("months after") or another company still tells it apart
        best = _forced_role(tab, "deal", best)
    if best is None and fig.kind == FigureKind.MONEY and offer_figure(doc, sent[0], sent[1], s):
        # "has dropped its £9 billion pursuit of Y", "rejected a $12 billion approach": the figure inside the words
        # of a proposal turned down or walked away from is the proposal's (stop 45)
        best = _forced_role(tab, "deal", best)
    if (
        best is not None
        and best[2].name == "breakup_fee"
        and _buyer_owes_on_condition(doc, sent, s, e, buyer)
    ):
        # "<Buyer> would owe <Target> $N if regulators block the deal", "<Buyer> will pay a $N breakup fee should the
        # purchase fail": the fee the buyer owes on a condition of the end still to come is the reverse fee, told
        # without its word (stop 63, "deals2"); the target's stays the break-up fee
        best = _forced_role(tab, "reverse_fee", best)
    if best is None:
        if fig.kind == FigureKind.PERCENT:
            return _Tagged(fig, "percent", "percent", "a percent of something else", None, place, "role.none")
        return _Tagged(fig, "money", "money", "not tied to the deal", None, place, "role.none")
    role = best[2]
    name, why, slot, rule = role.name, role.why_not, role.slot, f"role.cue({role.name})"
    if raising and role.raise_slot:
        slot = role.raise_slot
    if (
        not raising
        and name == "deal"
        and best_cue[1] <= s
        and raise_word(doc.low, *best_cue)
        and (founding_raise(doc.low, sent[0], best_cue[0]) or _FUNDING_AFTER.match(doc.low, e))
        # the raiser is a party or told by a pronoun: another company's raise is its own deal
        and all(_party_like(doc, n, parties) for n in _names_in(doc, sent[0], best_cue[0]) if n.type in _ORGS)
    ):
        # "X has raised over $150 million in funding", "founded X and raised $200 million": in a deal that
        # is no raise, the money the company raised before is its funding from all investors (stop 41)
        history = _role(tab, "funding_total")
        if history is not None:
            return _Tagged(
                fig, history.name, history.name, history.why_not, None, place, "role.history-raise"
            )
    worth_cue = name == "valuation" and _worth_cue_before(doc, best_cue, s)
    # "a cloud deal worth over $3 billion", "a multi-year deal with Y worth $3 billion": the size of a
    # commercial agreement (stop 42), neither a valuation nor this deal's money
    contract = (
        _role(tab, "contract")
        if worth_cue and _noun_before(doc, tab.contract_sized, lo, best_cue, 60)
        else None
    )
    if contract is not None:
        return _Tagged(
            fig, contract.name, contract.name, contract.why_not, None, place, "role.contract-worth"
        )
    # "funding deals worth $7 billion", "a transaction valued at $61 billion": the size of the deal noun,
    # not a valuation (the cue's first word: "valued ... at" is "valued")
    deal = next((r for r in tab.roles if r.slot == "amount"), None) if worth_cue else None
    if (
        deal is not None
        and _noun_before(doc, tab.sized, lo, best_cue, 25)
        and not _object_valued(doc, best_cue)
    ):
        name, why, slot, rule = deal.name, deal.why_not, deal.slot, "role.sized-worth"
    if (
        name == "forecast"
        # the deal noun set off by a comma before it too ("the buyout, expected to be worth"; stop 60b)
        and (
            _noun_before(doc, tab.sized, lo, best_cue, 25)
            or _PURCHASE_WHICH.search(doc.low, max(lo, best_cue[0] - 40), best_cue[0])
        )
        and (deal := _role(tab, "deal"))
    ):
        # "in a deal expected to be worth about $N", "the takeover is set to be worth some €N": the deal noun's own
        # size told as expected, the amount with its hedge, never a forecast of a market (stop 60)
        name, why, slot, rule = deal.name, deal.why_not, deal.slot, "role.sized-expected"
    # a stake, a purchase or shares told by their worth: the deal's money, no valuation of its target
    purchase = _purchase_worth(doc, fig, sent, lo, best_cue) if name == "valuation" else None
    if purchase == "role.stake-worth" and contest and (held := _role(tab, "holding_worth")) is not None:
        # "the fund has a stake worth $75 million" on a page of a board contest (`contest`: its sides from the
        # contest): the challenger's holding told as money, no price -- a contest buys nothing (proxy2)
        return _Tagged(fig, held.name, held.name, held.why_not, held.slot, place, "role.contest-holding")
    if purchase is not None and (deal := _role(tab, "deal")) is not None:
        name, why, slot, rule = deal.name, deal.why_not, deal.slot, purchase
    # "3 billion francs' worth of its bonds were written off", "wiped out $2bn worth of loans": things told by their
    # worth in money and lost, never a company's valuation (stop 48): the loss its clause names
    if name == "valuation" and best_cue[0] >= e and doc.low[best_cue[0] : best_cue[1]] == "worth":
        lost = next((r for r in tab.roles if r.name in _LOSS_ROLES and r.name in cued), None)
        if lost is not None and _WORTH_OF.match(doc.low, best_cue[1]):
            return _Tagged(fig, lost.name, lost.name, lost.why_not, lost.slot, place, "role.worth-of-lost")
    # "worth" next to a person is a fortune, next to an organisation a valuation.
    if name == "valuation" and "worth" in doc.low[lo:hi]:
        before = [n for n in _names_in(doc, sent[0], s)]
        if before and before[-1].type == EntityType.PERSON and "valu" not in doc.low[lo:hi]:
            net = _role(tab, "net_worth")
            name, why, slot, rule = (
                "net_worth",
                net.why_not if net else "a person's net worth",
                None,
                "role.worth-person",
            )
    if (
        name == "valuation"
        and fig.kind == FigureKind.MONEY
        and fig.value is not None
        and fig.value < BARE_PRICE_MAX
    ):
        # "closed at a value of $31.20": a figure of a few dollars is the price of one share, never what a company is
        # valued at (stop 46)
        share = _role(tab, "per_share")
        if share is not None:
            return _Tagged(
                fig, share.name, share.name, share.why_not, share.slot, place, "role.bare-per-share"
            )
    hedge = None
    if name == "market_cap" and fig.kind == FigureKind.MONEY and _ABOVE_MARKET_VALUE.search(doc.low, lo, s):
        # "would value Y at more than its $9 billion market value", "at over its market
        # capitalization of $9 billion": what the deal values Y at, the market value its floor
        val = _role(tab, "valuation")
        if val is not None:
            name, why, slot, rule, hedge = (
                val.name,
                val.why_not,
                val.slot,
                "role.above-market-value",
                "more_than",
            )
    base = name
    if name == "valuation" and place == "body" and _valued_by_other(doc, sent[0], s, parties):
        # "<Rival>'s offer ... valued it at £24.5 billion", "<Rival> had valued <T> at $N": the value another company's
        # offer puts on the target, never the deal's valuation (stop 59)
        return _Tagged(fig, tab.other_role.get(name, "other_valuation"), base, "a rival's valuation", None, place,
                       rule + "+rival")  # fmt: skip
    if (
        fig.kind == FigureKind.PERCENT
        and place == "body"
        and (slot == "stake" or name == "tranche" or kept_by_at(doc.low, e, sent[1]) is not None)
        and _kept_by_seller(doc, sent[0], s, e, sent[1], parties, buyer)
    ):
        # "Pell will retain a 45% holding", "Pell keeps the remaining 30 percent" ("the remaining" no tranche of a
        # percent), "the other 45% will be retained by Pell" (a bare percent told kept in the passive; stop 60): what the
        # seller keeps of what it sells a part of, never the part bought (stop 59)
        return _Tagged(fig, tab.other_role.get("stake", "other_stake"), "stake", "the seller's kept share", None,
                       place, rule + "+kept")  # fmt: skip
    if slot == "stake" and place == "body":
        if fig.kind == FigureKind.PERCENT and tender_threshold(doc.low, sent[0], s, e):
            # "needs holders to tender at least 90% of the stock", "a minimum acceptance of 66.7%": the
            # condition a tender offer must meet, never the stake bought (stop 60)
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a tender offer's threshold", None,
                           place, rule + "+threshold")  # fmt: skip
        if fig.kind == FigureKind.PERCENT and stake_ceiling(doc.low, sent[0], s):
            # "may increase its stake up to a maximum of 20%", "an option to go to 20%": a ceiling the holder may rise
            # to later, never the stake bought nor another holder's (stop 54)
            return _Tagged(fig, "stake_ceiling", base, "a ceiling the holder may rise to later", None, place,
                           rule + "+ceiling")  # fmt: skip
        # a stake is its holder's: a holder of another kind (a state, the founders, shareholders) or one the
        # deal dilutes never holds the deal's stake (extract/stake_holders.py)
        if diluted(doc.low, lo, s):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a stake diluted by the deal",
                           None, place, rule + "+diluted")  # fmt: skip
        if falling_holding(doc.low, sent[0], s, e, sent[1], fig.value):
            # "cutting its stake from 50.6% to 48.1%", "reduced its ownership to below 50%": a seller's holding
            # before or after its sale, never the part that changes hands (stop 49)
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a holding before or after it falls",
                           None, place, rule + "+falling")  # fmt: skip
        if _own_holding_of_other(doc, sent[0], s, buyer):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "another holder's own holding",
                           None, place, rule + "+own-holding")  # fmt: skip
        if common_holder(doc.low, lo, s, state_party(doc, buyer), doc.text):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "another holder's stake",
                           None, place, rule + "+holder")  # fmt: skip
        if joint_venture(doc.low, sent[0], s, e, sent[1]):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a joint venture's share",
                           None, place, rule + "+joint-venture")  # fmt: skip
        if free_float(doc.low, sent[0], s, e, sent[1]):
            # "Investors in the European Union hold about 11% of the company's free float": how the traded shares
            # are spread among a group of holders, never the part that changes hands (stop 49)
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a share of the free float",
                           None, place, rule + "+free-float")  # fmt: skip
        group = group_subject(doc.low, sent[0], s)
        if group is not None and not any(n.type in _ORGS for n in _names_in(doc, group, s)):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a group of people's holding",
                           None, place, rule + "+group")  # fmt: skip
    if slot == "stake" and place == "body" and _EARLIER_THIS.search(doc.low, sent[0], s):
        # "Earlier this month, X announced it had taken a 9% stake": a holding told at an earlier moment
        # of the page's own month or week -- a stake that may have grown since (stop 41). Stakes only:
        # a price so told is often the deal's own ("earlier this month agreed to invest $10 billion")
        return _Tagged(fig, tab.past_role.get(name, "past_stake"), base, "an earlier holding", None, place,
                       rule + "+earlier")  # fmt: skip
    if name in tab.past_role:
        # "lifts its total to the full $4 billion it first set out last year": what follows the object
        # of "to" tells the figure's story, the clause's time is before it.
        past_year = _past_year(doc, lo, s if to_obj else hi, s, e, tab, sent[0])
        if past_year is None and name == "valuation" and _AFTER_ROUND.match(doc.low, e):
            # "was valued at $9 billion following a $300 million round that Y led last year": the
            # valuation the round gave, at that round's time (stop 40)
            past_year = _past_year(doc, e, min(sent[1], e + 160), s, e, tab)
        if past_year is not None and name == "deal" and _own_history_price(doc, fig, sent, parties):
            past_year = (
                None  # "On May 4, 2029, X agreed to buy Y for $1.7 billion": the deal's own price at its date
            )
        if past_year == "" and name == "deal" and _ended_own_deal(doc, s, e, sent, parties):
            # "after X walked away from its $1.9 billion deal to buy Y": the end told in the past is this deal's, its
            # figure the deal's own, when no year dates it (stop 62, "ended2")
            past_year = None
        if past_year is not None:
            tail = f", {past_year}" if past_year else ""
            return _Tagged(
                fig, tab.past_role[name], base, tab.past_why.get(name, "a past deal{year}").format(year=tail),
                None, place, rule + "+past",
            )  # fmt: skip
        moment = _valuation_moment(doc, fig, lo, hi) if name == "valuation" else None
        if moment is not None:
            # "was valued at $4 billion earlier this year", "had discussed a valuation of $9 billion for its
            # next round": a valuation of another moment than the event's (stop 42); kept as a candidate, so
            # the comparison shows it as another moment's figure
            return _Tagged(fig, tab.past_role[name], base, moment, None, place, rule + "+moment")
        # (`sole`: a deal with one party by its nature, an IPO's issuer: another company's figure is as plain; stop 50)
        if (len(parties) >= 2 or (sole and parties)) and place == "body":
            near_orgs = _holders(doc, lo, s, e, hi, persons=slot == "stake", s0=sent[0]) or _sentence_subject(
                doc, sent, s, parties
            )
            if sole and len(parties) == 1:
                # an offering's one party: a name that is a preposition's object ("Y, backed by X, raised $N") owns
                # none of the figure (stop 50)
                near_orgs = [
                    n
                    for n in near_orgs
                    if not PREPOSITION_BEFORE.search(doc.low, max(0, n.start - 12), n.start)
                ]
            joined = None if near_orgs else _joined(doc, fig, money)
            if joined is not None:
                # "Y bought 2.1 per cent for $X", "Y paid $X for a 2.9 per cent stake": one purchase
                # told as a stake and its price; its holder stands before the first of the two
                jlo, jhi = _window(doc, joined, sent, tab, money, conv)
                near_orgs = _holders(doc, jlo, joined.span.start, joined.span.end, jhi, persons=True)
            possessed = _possessed_deal(doc, s, e, sent[1], parties) if name == "deal" else None
            if possessed is False:
                # "Y will report after the close of its $4.5 billion deal to sell its unit to <C>": a party's own deal
                # with a company that is no party, never this deal's amount (stop 62)
                return _Tagged(fig, tab.other_role.get(name, "other_deal"), base, "a party's deal with another company",
                               None, place, rule + "+possessed-other")  # fmt: skip
            if (
                near_orgs
                and not any(_party_like(doc, n, parties) for n in near_orgs)
                # "the <X> family bets on Y ... the family holding company Z's 9% stake": a family party's own
                # company holds its stake (stop 54)
                and not _family_vehicle(doc, near_orgs, parties)
                and not _the_deal(doc, s, e, hi, parties)
                # "rules from <Ministry> doomed their $160 billion merger agreement": the sides' own deal (stop 62)
                and not possessed
                and not (name == "valuation" and _round_values_company(doc.low, sent[0], s))
            ):
                return _Tagged(
                    fig, tab.other_role.get(name, "other_deal"), base,
                    tab.other_why.get(name, "another company's deal"), None, place, rule + "+other",
                )  # fmt: skip
    return _Tagged(fig, name, base, why, slot, place, rule, hedge=hedge)


#: Right before a figure: "the" and up to two words ("the proposed ", "the roughly "; lower case).
_THE_BEFORE = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,2}?$")
#: Right after a figure: its conversion in brackets, then up to two words (a pattern's piece, lower case): " ($12.9
#: billion) all-stock ", " all-share ".
_CONVERSION_WORDS_AFTER = r"(?:\s*\([^()]{1,40}\))?\s+(?:[a-z-]+\s+){0,2}?"
#: Right after a figure: its conversion in brackets, up to two words, then a deal noun (`_DEAL_NOUNS`, lower case),
#: also as the head of a hyphened compound ("the $3bn rescue-takeover of", "the $2bn all-share takeover"; stop 48).
_DEAL_NOUN_AFTER = re.compile(_CONVERSION_WORDS_AFTER + r"(?:[a-z]+-){0,2}(?:" + _DEAL_NOUNS + r")\b")
#: A possessive standing for the deal's sides right before its figure, up to two words between (lower case; stop 62):
#: "their ", "the pair's ", "the two companies' ", "its ", "their planned ". The plural ones name the pair itself.
_POSSESSIVE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?P<pair>their|the\s+(?:pair|duo|two)['’]s|the\s+(?:two\s+)?(?:companies|groups|firms)['’])|its)\s+"
    r"(?:[a-z-]+\s+){0,2}?$"
)
#: Right after a deal's figure: the deal's noun, a tie-up or a combination too (lower case; stop 62).
_POSSESSED_NOUN_AFTER = re.compile(
    _CONVERSION_WORDS_AFTER + r"(?:[a-z]+-){0,2}(?:" + _DEAL_NOUNS + r"|tie-up|combination)\b"
)
#: Right after the deal's noun, the word that opens its other side (lower case; stop 62): "takeover of ", "merger with
#: ", "deal to sell its unit to ", "deal to buy ".
_DEAL_OBJECT_AFTER = re.compile(
    r"(?:\s+agreement)?\s+(?:of|with|for|from|between|to\s+(?:buy|sell|acquire|purchase|merge|combine|take\s+over|"
    r"divest))\b"
)
#: Where the clause of a deal's other side ends (lower case; stop 62): a stop, a bracket, a dash, a relative or
#: subordinate word ("its takeover of Y, which <C> reviewed": <C> is no side).
_OBJECT_CLAUSE_END = re.compile(
    r"[,;:.()]|\s[-–—]\s|\b(?:which|that|who|after|before|when|while|because|until|amid|following|as|but)\b"
)


def _ended_own_deal(doc: _Doc, s: int, e: int, sent: tuple[int, int], parties: dict[str, str]) -> bool:
    """Is the figure at [s, e) inside the object of a verb that ends a deal (`sale_words.ENDED_DEAL`: "walked away
    from its $1.9 billion deal to buy <B>", "called off its $N takeover of <B>"), told with a possessive whose deal is
    the story's own (`_possessed_deal`; stop 62, "ended2")?"""
    ended = any(
        m.start() < s and e <= m.end() for m in ENDED_DEAL.finditer(doc.low, max(sent[0], s - 80), sent[1])
    )
    return ended and bool(_possessed_deal(doc, s, e, sent[1], parties))


def _possessed_deal(doc: _Doc, s: int, e: int, s1: int, parties: dict[str, str]) -> bool | None:
    """Is the deal figure told between a possessive and the deal's noun ("their $160 billion merger agreement", "the
    pair's $40 billion tie-up", "its $8 billion takeover of <B>") the story's own deal (True), whatever other company
    stands nearer before it, or a party's deal with a company that is no party ("its $4.5 billion deal to sell its unit
    to <C>": False)? None when it is not so told, or when "its" names no other side (the pronoun may stand for anyone
    named before). Its other side is the organisations named after "of", "with", "to sell" ... up to the clause's end:
    a party among them makes it the deal's own, none of them a party another deal (stop 62)."""
    own = _POSSESSIVE_BEFORE.search(doc.low, max(0, s - 40), s)
    noun = _POSSESSED_NOUN_AFTER.match(doc.low, e) if own is not None else None
    if own is None or noun is None:
        return None
    obj = _DEAL_OBJECT_AFTER.match(doc.low, noun.end(), s1)
    if obj is not None:
        hi = min(s1, obj.end() + 120)
        end = _OBJECT_CLAUSE_END.search(doc.low, obj.end(), hi)
        sides = _orgs_in(doc, obj.end(), end.start() if end is not None else hi)
        if sides:
            return any(_party_like(doc, n, parties) for n in sides)
    return True if own.group("pair") else None


#: Right after a money figure: its conversion in brackets, up to two words, then a merger's or a proposal's noun (lower
#: case; stop 51): " all-share merger", " ($12.9 billion) all-stock merger", " merger of equals", " proposed tie-up",
#: " combination", " all-share proposal", " takeover approach". Not what the merger brings ("merger synergies", "merger
#: costs", "merger savings").
_MERGER_NOUN_AFTER = re.compile(
    _CONVERSION_WORDS_AFTER + r"(?:merger|tie-up|combination|proposal|approach)\b"
    r"(?!\s+(?:synerg\w*|costs?|savings|fees?|charges?|benefits?)\b)"
)


def _the_deal(doc: _Doc, s: int, e: int, hi: int, parties: dict[str, str]) -> bool:
    """Is the figure the story's deal told by a definite noun ("halted the $9 billion deal", "voted to block the
    $9 billion deal that would see A taking over B"), with no other company named after it in its clause? The
    subject acts on the deal (a regulator, a court), it owns none of it (stop 44)."""
    if not _THE_BEFORE.search(doc.low, max(0, s - 30), s):
        return False
    noun = _DEAL_NOUN_AFTER.match(doc.low, e)
    if noun is None:
        return False
    # "block the $9 billion deal until a judge at the <Regulator> could review it": a clause of time or reason after the
    # noun names who acts on the deal, no owner of it (stop 52)
    stop = max(hi, noun.end())
    opener = _SUBORDINATE_AFTER.search(doc.low, noun.end(), stop)
    after = _orgs_in(doc, noun.end(), opener.start() if opener is not None else stop)
    return all(_party_like(doc, n, parties) for n in after)


#: A subordinate clause opening after a deal noun (lower case; stop 52): "until", "while", "pending", "because".
_SUBORDINATE_AFTER = re.compile(r"\b(?:until|till|while|pending|because|although|though|unless|whereas)\b")


#: Shares told by the part of the company they are, right before a percent (lower case; stop 49): "the shares
#: represent ", "the stake sold accounts for about ", "those shares accounting for ", "the block amounted to
#: roughly ", "the holding is equivalent to ". The subject is the shares that change hands, never a sales or market
#: noun ("Europe represents 30%": no share noun before the verb).
_PART_TOLD = re.compile(
    r"\b(?:shares|stake|holding|block|stock)\s+(?:(?:sold|bought|purchased|acquired|offered|being|in\s+question)\s+)?"
    r"(?:(?:will|would|together|collectively|now|then)\s+)?"
    r"(?:represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|amount(?:s|ed|ing)?\s+to|make\s+up|makes\s+up|"
    r"made\s+up|making\s+up|(?:is|are|was|were)\s+equivalent\s+to|equivalent\s+to|equal(?:s|led|ling)?(?:\s+to)?)\s+"
    + ROUNDING_BEFORE
    + r"$"
)
#: After a cue ending in "first": "time" makes it a moment, never a first part of the money (lower case).
_FIRST_TIME = re.compile(r"\s+time\b")
#: An earlier moment of the page's own month, week or year, before a figure in its sentence (lower case).
_EARLIER_THIS = re.compile(r"\bearlier\s+(?:this|in\s+the)\s+(?:month|week|year)\b")


#: A valuation whose holder is told by an anaphor, right before the figure (lower case; stop 48): "valued the company
#: at ", "values the startup at about ", "valuing it at ", "values the seven-year-old lender at " (stop 49: any noun
#: of up to three words after "the" but a deal's own: "values the deal at" is the deal's worth). The holder is the
#: article's company: the names before the verb (a round's leads, "the round, led by X and Y, valued the company at
#: $N") own no part of that valuation.
_VALUED_ANAPHOR = re.compile(
    r"\bvalu(?:ed|es|ing)\s+(?:it|the\s+(?:[a-z-]+\s+){0,2}"
    r"(?!(?:deal|deals|transaction|offer|bid|stake|round|investment|acquisition|merger|purchase|takeover|shares?)\b)"
    r"[a-z-]+)\s+at\s+" + ROUNDING_BEFORE + r"$"
)
#: A round's noun (lower case; rounds.ROUND_NOUN, and "fund-raising"): the subject of a valuation told by an anaphor.
_ROUND_NOUN = re.compile(r"\b(?:" + ROUND_NOUN + r"|fund-raising)\b")


def _round_values_company(low: str, s0: int, s: int) -> bool:
    """Is the valuation starting at `s` told by a round as the worth of "the company" ("The round, led by X and
    Y, valued the company at $N", "..., valuing it at $N"): an anaphor right before the figure and a round's noun
    before it in the sentence starting at `s0`? Then the names near the figure are the round's investors, not the
    valuation's holder."""
    m = _VALUED_ANAPHOR.search(low, max(s0, s - 60), s)
    return m is not None and _ROUND_NOUN.search(low, max(s0, m.start() - 300), m.start()) is not None


#: A valuation told as a round's outcome, right after the figure (lower case): " following a ", " after its ".
_AFTER_ROUND = re.compile(r"\s+(?:following|after)\s+(?:a|an|its|the|their)\s+")
#: A deal valuing its object above a market value, right before the figure: "value Y at more than the
#: ", "boost Y's value at over its market capitalization of " (lower case).
_ABOVE_MARKET_VALUE = re.compile(
    r"\bvalu(?:e|es|ed|ing)\s+(?:[\w.'’&-]+\s+){0,6}?at\s+(?:more\s+than|over|above|at\s+least|in\s+excess\s+of)\s+"
    r"(?:the|its|their)\s+(?:(?:[\w'’-]+\s+){0,2}?market\s+(?:cap\w*|value|valuation)\s+of\s+)?$"
)


#: Between a deal's object and its price: "Y at about $X", "Y Inc. for $X", and with a relative clause
#: closed between them: "Y, which makes the chips used in Z's phones, at about $X", "Y -- which is
#: behind A and B -- at $X".
_PRICE_AFTER_NAME = re.compile(rf"(?:{_RELATIVE_IN_COMMAS}|\s+{_RELATIVE_IN_DASHES})?[.,]?\s+(?:for|at)\s+$")
#: A verb of valuing: "would value the equity of Y at", "valuing Y at".
_VALUE_VERB = led(r"\bvalu(?:e|es|ed|ing)\b")


def _price_of_object(
    doc: _Doc, tab: _Tables, fig: Figure, sent: tuple[int, int], parties: dict[str, str]
) -> str | None:
    """The role of a money figure put on the object of a verb of its sentence: a party named right
    before "for" / "at" and the figure (a relative clause closed between them may stand), after a deal
    verb ("to buy <descriptor> Y at about $X": "deal") or a verb of valuing ("would value the equity of
    Y, which ..., at about $X": "valuation"); else None."""
    s = fig.span.start
    names = [n for n in _names_in(doc, max(sent[0], s - 240), s) if n.end <= s and n.type in _ORGS]
    if not names or not parties or tab.party is None:
        return None
    n = next((n for n in reversed(names) if _PRICE_AFTER_NAME.fullmatch(doc.low, n.end, s) is not None), None)
    if n is None or not _party_like(doc, n, parties):
        return None
    verb: tuple[int, str] | None = None
    for m in tab.party.finditer(doc.low, sent[0], n.start):
        verb = (m.end(), "deal")
    for m in _VALUE_VERB.finditer(doc.low, max(sent[0], n.start - 40), n.start):
        if verb is None or m.end() > verb[0]:
            verb = (m.end(), "valuation")
    if verb is None or _CLAUSE_STOP.search(doc.low, verb[0], n.start):
        return None
    return verb[1]


#: A verb of buying a whole company (lower case; stop 49): "agreed to buy", "would acquire", "bought", "purchased".
_WHOLE_PURCHASE = re.compile(
    r"\b(?:buy|buys|acquire|acquires|purchase|purchases|bought|acquired|purchased)\s+$"
)
#: Between the buyer and its verb (lower case): up to six words that open no clause ("X agreed to", "X had said it
#: would", "X first announced it would").
_BUYER_TO_VERB = re.compile(r"(?:\s+(?!(?:which|who|that|and|but|while|whereas)\b)[\w’'-]+){0,6}?\s+$")


def _own_history_price(doc: _Doc, fig: Figure, sent: tuple[int, int], parties: dict[str, str]) -> bool:
    """Is the money figure the page's own deal's price told at its earlier date: "<A> <verb of buying> <B> for $N", A and
    B two different parties of the page's deal, B right before "for" (stop 49)? A dated clause that names the same two
    parties buying the whole company tells the deal's own history, not another deal; another target, a unit of B
    ("B's robotics arm for $N") or a stake ("a 10% stake in B for $N") stay a past deal."""
    s = fig.span.start
    names = [n for n in _orgs_in(doc, sent[0], s) if n.end <= s]
    if len(names) < 2 or len(parties) < 2:
        return False
    target, buyer = names[-1], names[-2]
    if _PRICE_AFTER_NAME.fullmatch(doc.low, target.end, s) is None or _possessor(doc, target):
        return False
    verb = _WHOLE_PURCHASE.search(doc.low, buyer.end, target.start)
    if verb is None or not _BUYER_TO_VERB.fullmatch(doc.low, buyer.end, verb.start()):
        return False
    return (
        buyer.entity_id != target.entity_id
        and _party_like(doc, buyer, parties)
        and _party_like(doc, target, parties)
        and parties.get(buyer.entity_id) != parties.get(target.entity_id)
    )


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?$")


def _of_party(doc: _Doc, e: int, hi: int, parties: dict[str, str]) -> bool:
    """Is the figure ending at `e` followed by "of <a party>" ("4% of Y", "4% of the Y Corp"), or by "of" and a party
    told by its description, as a deal verb's object is ("about 18% of the Korean battery maker"; stop 55)? Never a
    part of what the company has ("of the battery maker's staff") nor of the company a merger makes ("of the combined
    company")."""
    if not parties:
        return False
    of = _OF_WORD.match(doc.low, e)
    described = anaphor_end(doc.low, of.end()) if of is not None else None
    if of is not None and described is not None:
        return _COMBINED_HOLDER.search(doc.low, of.end(), described) is None
    nxt = next((n for n in _names_in(doc, e, min(hi, e + 20)) if n.type in _ORGS), None)
    return (
        nxt is not None
        and _OF_NAME.fullmatch(doc.low, e, nxt.start) is not None
        and _party_like(doc, nxt, parties)
        and not _possessor(doc, nxt)  # "4% of Y's revenue" is a part of something Y owns
    )


#: After a money figure, its conversion in brackets (stop 58), up to three lower-case words ("in cash"), "per", a
#: company's name of up to four capitalised words and "share" (stop 55): "$84 in cash per Tellurix share", "$41.50 per
#: Tellurix Networks share", "£17.10 (€19.05) per Harlow share"; "a" or "each" only right after the figure or its
#: conversion ("812p a Harlow share"; stop 58).
_PER_NAMED_SHARE = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:(?:\s+[a-z]+){0,3}\s+per|\s+(?:a|each))\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
    r"\s+(?:share|stock)\b"
)
#: "of" right after a figure, before a description of a company (lower case; stop 55).
_OF_WORD = re.compile(r"\s+of(?=\s)")


#: Between a stake and its price, or a price and its stake: "2.1 per cent for", "$X for a", "a 2.9%
#: stake for" (lower case).
_JOINED_GAP = re.compile(r"\s+(?:stake\s+|interest\s+|holding\s+)?for\s+(?:an?\s+)?")


def _joined(doc: _Doc, fig: Figure, figures: list[Figure]) -> Figure | None:
    """The figure of the other kind right before `fig` that one purchase joins to it with "for" (a
    percent bought for this money, or the money paid for this percent), else None."""
    prev = None
    for f in figures:
        if f.span.start >= fig.span.start:
            break
        prev = f
    if (
        prev is None
        or prev.kind == fig.kind
        or {prev.kind, fig.kind} != {FigureKind.MONEY, FigureKind.PERCENT}
    ):
        return None
    if _JOINED_GAP.fullmatch(doc.low, prev.span.end, fig.span.start) is None:
        return None
    return prev


#: How near its sentence's start an organisation stands to be the sentence's subject ("Rival X last
#: week closed ...", "X, meanwhile, ...").
_SUBJECT_REACH = 25


def _sentence_subject(doc: _Doc, sent: tuple[int, int], s: int, parties: dict[str, str]) -> list[_Name]:
    """The organisation a sentence opens with, when no party is named before the figure: another
    company's round told in passing ("X last week closed a $4 billion round at a valuation of $60
    billion": both figures are X's, though the nearer words name no one)."""
    names = [n for n in _names_in(doc, sent[0], s) if n.end <= s]
    if not names or any(_party_like(doc, n, parties) for n in names):
        return []
    first = names[0]
    if first.type not in _ORGS or first.start - sent[0] > _SUBJECT_REACH or _possessor(doc, first):
        return []
    if _MAKER_OF_BEFORE.search(doc.low, max(sent[0], first.start - 40), first.start):
        return []  # "The creator of <Title> said ...": the maker's work opens the sentence, no subject (stop 39)
    if _teller(doc, first, s):
        return []  # "News agency <X> said the shares cost ...": the teller opens the sentence, no subject (stop 54)
    return [first]


_HOLDER_AFTER = re.compile(r"\s*(?:in|into|to|from|for|of|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _named_by_parties_or_tellers(doc: _Doc, lo: int, s: int, parties: dict[str, str]) -> bool:
    """Is every organisation named from `lo` to the figure at `s` a party of the deal or the figure's teller (as
    attribution reads it, `_teller`)? Then a part's price told there can be no other company's."""
    return all(_party_like(doc, n, parties) or _teller(doc, n, s) for n in _orgs_in(doc, lo, s) if n.end <= s)


def _holders(
    doc: _Doc, lo: int, s: int, e: int, hi: int, persons: bool = False, s0: int | None = None
) -> list[_Name]:
    """The organisations a figure belongs to: the nearest one before it in its clause (its subject
    side) and one right after a preposition ("$13 billion into OpenAI", "$2 billion from Google").
    With `persons`, a person before it counts too: "X, who owns 40% of the stock" is a person's
    holding, never the deal's stake (the parties are organisations)."""
    out = []
    kinds = (*_ORGS, EntityType.PERSON) if persons else _ORGS
    if persons:
        # "Z, which led Y's first rounds and held a 20% stake": a holding told in a relative clause is its
        # head's, whatever names the clause holds before it (stop 44)
        rel = _RELATIVE_HOLDS.search(doc.low, max(0, s - 220), s)
        if rel is not None:
            head = next((n for n in _names_in(doc, max(0, rel.start() - 80), rel.start())
                         if n.type in kinds and n.end == rel.start()), None)  # fmt: skip
            if head is not None:
                return [head]
    # a name inside a relative clause closed before the figure is no holder of it ("the equity of Y,
    # which makes the software used in Z's assistant, at about $X": Z only describes Y), nor one in a
    # participle set off by commas ("X, chaired by <person>, has bought a 5% stake": X stays the subject, stop 53)
    start = lo if s0 is None else s0
    # "The largest holder of A and B has bought a 15% stake": A and B only describe the holder (stop 54)
    described = range(0) if s0 is None else holder_description(doc.low, s0)
    closed = [
        (m.start(), m.end())
        for closer in (_CLOSED_RELATIVE, _CLOSED_BY_PHRASE)
        for m in closer.finditer(doc.low, max(start, s - 300), s)
    ]
    # "Z, a joint venture of A, B and C, plans to invest up to $X": the venture's own money; the parents named
    # in the apposition only describe it, the name it follows is the holder (stop 43)
    venture = _venture_apposition(doc, start, s)
    if venture is not None:
        closed.append((venture[0], venture[1]))
    before = [
        n for n in _names_in(doc, lo, s)
        if n.type in kinds and n.end <= s and not any(a < n.start < b for a, b in closed)
        # "The creator of <Title> said ...": the maker's work, not a holder (stop 39)
        and not _MAKER_OF_BEFORE.search(doc.low, max(0, n.start - 40), n.start)
        # "the <X> family holding company acquired a 9% stake": the family names the company's owner; the company, told
        # by a description, is the holder (a party or not: the sentence's subject decides; stop 54)
        and not family_company_after(doc.low, n.end)
        and n.start not in described
        # "<B>, <T>'s largest shareholder with a 39% stake": <T> only describes the holder <B> (stop 58)
        and not holder_possessor(doc.low, n.end)
        # "According to <agency>, the shares cost X $N": the teller of the figure, not a holder (stop 54)
        and not _teller(doc, n, s)
        # "after beating <rival> with a $N bid", "which outbid <rival> with its $N offer": the rival beaten is the
        # object, the bid is the winner's (stop 58)
        and not _bested_with(doc, n, s)
    ]  # fmt: skip
    if venture is not None and not before:
        head = next((n for n in _names_in(doc, max(0, venture[0] - 80), venture[0])
                     if n.type in _ORGS and not doc.low[n.end : venture[0]].strip()), None)  # fmt: skip
        if head is not None:
            before = [head]
    if persons:
        # "a fund named for a place, which owns another 10%": a place that holds is a holder
        before += [
            n for n in doc.places
            if lo <= n.start and n.end <= s and _HOLDS_AFTER.match(doc.low, n.end, s)
        ]  # fmt: skip
        before.sort(key=lambda n: n.start)
    if before:
        out.append(before[-1])
        if before[-1].type == EntityType.PERSON:
            return out  # a person's holding "of" a company: the company is what is held, not a holder
    if persons:
        return out  # "its 8% stake in Anthropic": the company after "in" is what is held, not a holder
    for n in _names_in(doc, e, hi):
        if n.type in _ORGS and n.start - e <= 30 and _HOLDER_AFTER.search(doc.text, e, n.start):
            out.append(n)
            break
    return out


#: A pronoun that may stand for the teller in what it tells (lower case): "<X> said it paid", "<X> said the shares cost
#: it", "<X> said that its stake cost": the teller tells its own act, so it stays the holder.
_SELF_TOLD = re.compile(r"\b(?:it|its|itself|they|their|them|we|our|us)\b")
#: What a teller tells opening on a verb with no subject of its own (lower case): "<X> announced signing a $N deal",
#: "<X> said that buying", "<X> confirmed taking": the teller's own act. Not a preposition in -ing ("said during a
#: call", "reported, citing bankers, that").
_OWN_ACT_TOLD = re.compile(
    r"\s*(?:,\s*)?(?:that\s+)?(?!(?:during|according|citing|following|regarding|concerning)\b)(?:[a-z]+ing|to)\b"
)


def _teller(doc: _Doc, n: _Name, s: int) -> bool:
    """Is the name told as the one who reports the figure at `s`, not as a party to it? attribution.py decides who
    tells the claim ("According to <X>, ...", "News agency <X> said ...", "..., <X> reported"): a name inside its
    claim's attribution phrase owns none of the figure, unless what it tells is its own act: the words it tells before
    the figure open on a verb with no subject ("<X> announced buying ...") or hold a pronoun that may stand for it
    ("<X> said the shares cost it ...")."""
    c = in_attribution(doc, n.start, n.end)
    if c is None or c.attribution is None:
        return False
    if c.attribution.end <= s and _OWN_ACT_TOLD.match(doc.low, c.attribution.end, s):
        return False
    told_from = c.attribution.end if c.attribution.end <= s else c.span.start
    return not _SELF_TOLD.search(doc.low, told_from, max(told_from, s))


#: A participle that names who leads, founded, owns or backs the name before it, closed by commas (lower case):
#: ", chaired by the kingdom's ruler,", ", led by its founder ana ruiz,", ", backed by two pension funds," (stop 53).
_CLOSED_BY_PHRASE = re.compile(
    r",\s+(?:chaired|led|headed|run|founded|co-founded|owned|controlled|backed|overseen|managed)\s+by\s[^,;()]{1,160},"
)
#: A relative clause that goes on to a holding verb right before a figure (lower case): ", which led the
#: first rounds and held a ", ", who owns ", ", which has kept its ".
_RELATIVE_HOLDS = re.compile(
    r",\s+(?:which|who)\s+(?:[^,;()]{0,160}?\s)??(?:held|holds|owned|owns|kept|keeps|retained|retains)\s+"
    r"(?:(?:a|an|its|their|his|her)\s+)?(?:roughly\s+|about\s+|around\s+|nearly\s+|some\s+)?$"
)
#: An apposition naming a joint body by its parents, opened by a comma (lower case): ", a joint venture by ",
#: ", the consortium of ", ", a partnership between " (stop 43).
_VENTURE_APPOSITION = re.compile(
    r",\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:joint[\s-]+venture|venture|consortium|partnership|"
    r"alliance|jv)\s+(?:(?:formed|owned|set\s+up|created|backed|founded)\s+by|by|of|between|among|from)\s"
)


def _venture_apposition(doc: _Doc, lo: int, s: int) -> tuple[int, int] | None:
    """The span of an apposition that describes a joint body by its parents before the figure at `s`, from
    its opening comma to the last comma before the figure ("Z, a joint venture of A, B and C, plans to
    invest up to $X"), or None. Only when the figure's clause closes it: a comma after the apposition's
    opening, and no other clause stop (semicolon, dash) between."""
    m = _VENTURE_APPOSITION.search(doc.low, max(lo, s - 300), s)
    if m is None:
        return None
    close = doc.low.rfind(",", m.end(), s)
    if close < 0 or _CLAUSE_STOP.search(doc.low, m.end(), s):
        return None
    return m.start(), close + 1


def _family_vehicle(doc: _Doc, names: list[_Name], parties: dict[str, str]) -> bool:
    """Is one of `names` a company the page tells as a family's ("family holding company Z", "the family's investment
    firm Z") on a page whose party is a family ("the <X> family")? The family's company holds the family's stake (stop
    54). The names told as a family's are read once per page (`_Doc.families`), not once per figure."""
    if doc.families is None:
        doc.families = frozenset(m.entity_id for m in doc.names if family_name_at(doc.low, m.end))
    if doc.families.isdisjoint(parties):
        return False
    ids = {n.entity_id for n in names}
    return any(family_company_before(doc.low, m.start) for m in doc.names if m.entity_id in ids)


#: Right before a stake: "its own", "their own" (lower case; stop 58).
_ITS_OWN_BEFORE = re.compile(r"\b(?:its|their)\s+own\s+$")


def _own_holding_of_other(doc: _Doc, s0: int, s: int, buyer: str | None) -> bool:
    """Is the stake at `s` a holding its holder already has, told as "its own 39% stake" ("<rival> said it is weighing
    its options for its own 39% shareholding")? A suitor that lost keeps its holding; the deal's stake is what the
    buyer buys. Kept as the deal's only when "its" may stand for the buyer: the buyer is the last company the sentence
    names before it, a person or a name that owns the next noun ("After <buyer>'s offer, ...") being no "it" (stop 58)."""
    if buyer is None or _ITS_OWN_BEFORE.search(doc.low, max(s0, s - 12), s) is None:
        return False
    named = [
        n
        for n in _names_in(doc, s0, s)
        if n.type != EntityType.PERSON and n.end <= s and not _possessor(doc, n)
    ]
    return not named or named[-1].entity_id != buyer


@functools.cache
def _bested_before() -> re.Pattern[str]:
    """Right before a name: a verb of besting a rival in a contest (`auction_sales.beat_verbs`, the one list:
    "beating", "outbid", "topped", "saw off"; up to two words between: "rival", "the bid of"; lower case; stop 58)."""
    return re.compile(r"\b(?:" + beat_verbs() + r")\s+(?:[a-z'’-]+\s+){0,2}$")


#: Right after the rival beaten, up to the figure: "with" and up to three words ("with a ", "with its sweetened "), a
#: bracketed aside before it allowed (lower case; stop 58).
_WITH_FIGURE_AFTER = re.compile(r"(?:\s*\([^()]{0,60}\))?,?\s+with\s+(?:[a-z'’-]+\s+){0,3}$")


def _bested_with(doc: _Doc, n: _Name, s: int) -> bool:
    """Is the name at `n` a rival beaten by the figure at `s`: the object of a verb of besting, the figure told after
    "with" ("after beating <rival> with a $12 billion-plus offer", "<buyer>, which outbid <rival> with a £4 billion
    proposal")? The bid is the one who beat it (the sentence's subject), never the rival's (stop 58)."""
    return (
        _bested_before().search(doc.low, max(0, n.start - 60), n.start) is not None
        and _WITH_FIGURE_AFTER.fullmatch(doc.low, n.end, s) is not None
    )


#: A company named by what it makes, right before the product's name: "the creator of", "the maker of the",
#: "publisher of", with up to two words of the name before it ("the creator of <A>'s <B>"; lower case).
_MAKER_OF_BEFORE = re.compile(
    r"\b(?:makers?|creators?|publishers?|developers?|producers?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
)
#: After a place that holds a stake: "Silver Lake, which owns another", "Qatar holds".
_HOLDS_AFTER = re.compile(
    r",?\s+(?:(?:which|who|that|also|now|still|already)\s+){0,2}(?:owns|holds|controls|has)\b"
)


#: How far before a verb of keeping, valuing or receiving its subject is looked for (characters; stop 59): a bounded
#: look-back, so that a long line's many figures stay linear.
_SUBJECT_LOOKBACK = 200
#: Right after "wealth" (lower case; stop 59): the noun of a holder or a business it names, " fund", " manager", "
#: management" -- "a sovereign wealth fund" is an investor, never a person's fortune.
_WEALTH_HOLDER_AFTER = re.compile(
    r"\s+(?:funds?|managers?|management|managing|advis[eo]rs?|arm|unit|division)\b"
)
#: A percent told as a stake in a company named right after it (lower case; stop 59): " stake in ", " holding in ", "
#: equity interest in ".
_STAKE_IN_AFTER = re.compile(
    r"\s+(?:(?:equity|economic|voting)\s+)?(?:stake|holding|interest|shareholding|ownership)\s+in\s+(?:the\s+)?"
)


def _kept_by_seller(
    doc: _Doc, s0: int, s: int, e: int, s1: int, parties: dict[str, str], buyer: str | None
) -> bool:
    """Is the percent at `s`..`e` (in the sentence `s0`..`s1`) a share its seller keeps (stake_holders.kept_share:
    "Pell will retain a 45% holding", "keeps the remaining 30 percent", "45% will be retained by Pell", stop 60)? Not
    when the one who keeps it is the buyer ("Harwick will keep 60% and sell the rest to partners": its stake), nor when
    it is a stake in another company named right after it ("Delmar will keep its 45% stake in Fenwick Labs": a holding of its own, told for itself; stop 59)."""
    if not kept_share(doc.low, s0, s, e, s1):
        return False
    by = kept_by_at(doc.low, e, s1)
    if by is not None:
        # "45% will be retained by <Seller>": the keeper is named after "by" (stop 60)
        keepers = [n for n in _names_in(doc, by, min(s1, by + 60)) if n.type in _ORGS][:1]
    else:
        keepers = [n for n in _names_in(doc, max(s0, s - _SUBJECT_LOOKBACK), s) if n.type in _ORGS]
    if buyer is not None and keepers and keepers[-1].entity_id == buyer:
        return False
    after = _STAKE_IN_AFTER.match(doc.low, e, min(s1, e + 40))
    if after is not None:
        named = [n for n in _names_in(doc, after.end(), min(s1, after.end() + 2)) if n.type in _ORGS]
        if named and not _party_like(doc, named[0], parties):
            return False
    return True


#: The verb of valuing before a valuation (lower case; stop 59): "valued", "values", "valuing", "value".
_VALUING_VERB = re.compile(r"\b(?:valued|values|valuing|value)\b")
#: Between a company and the verb of valuing: its offer, bid or proposal, then any words of one clause ("'s offer for
#: the 61% it does not own ", "'s rival bid "), or the company as the verb's own subject in a perfect tense ("had ",
#: "had earlier ", "has "; a bare "<X> values" may close a phrase, "a round led by X and Y values the firm") (lower
#: case; stop 59).
_OFFER_VALUED = re.compile(
    r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:offer|bid|proposal|approach)s?\b[^;:()]{0,100}?\s*"
    r"(?:(?:had|has|would\s+have)\s+)?"
    r"|\s+(?:had|has|have|would\s+have)\s+(?:(?:previously|earlier|originally|initially|already)\s+)?)$"
)


def _valued_by_other(doc: _Doc, s0: int, s: int, parties: dict[str, str]) -> bool:
    """Is the valuation at `s` (in the sentence from `s0`) the value another company than the deal's parties puts on
    the target: the subject of the verb of valuing is that company's offer ("<Rival>'s offer for the 61% ... valued it
    at"), or that company itself ("<Rival> had valued <T> at")? The loser of a contest, a rival bidder, keeps its own
    figure (stop 59); with fewer than two parties known, no one is told apart."""
    if len(parties) < 2:
        return False
    verbs = list(_VALUING_VERB.finditer(doc.low, max(s0, s - 80), s))
    if not verbs:
        return False
    verb = verbs[-1].start()
    # the nearest company told as the verb's subject or as the owner of its offer decides ("<Rival>'s offer for the
    # 61% of <T> it does not own valued it": <T> is no subject)
    for n in reversed(
        [n for n in _names_in(doc, max(s0, verb - _SUBJECT_LOOKBACK), verb) if n.type in _ORGS]
    ):
        if _OFFER_VALUED.fullmatch(doc.low, n.end, verb) is not None:
            return not _party_like(doc, n, parties)
    return False


#: A verb of receiving right before a money figure (cash_raised.RECEIVING, the one list), "a total of" or "proceeds of"
#: and the figure's rounding words (figures.ROUNDING_BEFORE, the one list) between (lower case; stop 59): "will receive
#: approximately ", "is to pocket about ", "stands to net ", "receives ". The subject is read apart.
_RECEIVES_BEFORE = re.compile(
    r"\b"
    + RECEIVING
    + r"\s+(?:(?:a\s+total\s+of|total|gross|net|(?:cash\s+)?proceeds\s+of)\s+)?"
    + ROUNDING_BEFORE
    + r"$"
)


def _seller_receives(doc: _Doc, s0: int, s: int, buyer: str | None) -> bool:
    """Is the money starting at `s` what a company other than the buyer receives ("Pell will keep 40% and will receive
    approximately $5 billion")? The subject is the last company named before the verb in the sentence (or a pronoun
    for one: "it will receive"); the buyer's own receipts, and a sum received by holders or people ("shareholders will
    receive $26.79 in cash"; a price per share is read before this), are not the seller's (stop 59)."""
    m = _RECEIVES_BEFORE.search(doc.low, max(s0, s - 60), s)
    if m is None:
        return False
    subject = [
        n
        for n in _names_in(doc, max(s0, m.start() - _SUBJECT_LOOKBACK), m.start())
        if n.type in _ORGS or n.type == EntityType.PERSON
    ]
    if subject:
        last = subject[-1]
        # "Pell's shareholders will receive $3 billion": the holders the company's name owns receive the price
        return last.type in _ORGS and not _possessor(doc, last) and (buyer is None or last.entity_id != buyer)
    return _IT_RECEIVES.search(doc.low, max(s0, m.start() - 12), m.start()) is not None


#: "it" right before the verb of receiving (lower case): "it will receive", "it is to pocket".
_IT_RECEIVES = re.compile(r"\bit\s+$")


#: A possessive right before "own" (lower case): "its own", "Corvane's own" -- the adjective.
_OWN_ADJECTIVE_BEFORE = re.compile(r"(?<![\w])(?:its|their|his|her|our|your|my|whose|\w+['’]s)\s+$")
#: Punctuation that closes a clause between a cue and its figure (stop 38).
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s|[–—]")
