"""Whose stake a percent is (issue 11, stop 26): a stake is tied to its holder.

A page about one investor's stake often tells other holders' stakes beside it: "the government, which
holds about 10%", "the federal government bought a 12% stake in Y", "existing shareholders will own 60%",
"Z's stake will fall to 5%". Such a figure is never the deal's stake. Two pure helpers over the
article's lower-cased text, read by figure_roles.py for a percent that a stake cue claims:

- `common_holder`: the figure's holder is a common noun that names another kind of holder (a state,
  the founders, shareholders; figure_roles.yaml `stake_holders.nouns`), as the subject of a holding verb
  right before the figure or as the possessor of the stake;
- `diluted`: the figure is what a stake falls to (or from) with the deal: a holder diluted by it, never
  the investor's new stake, whoever that holder is.

- `group_subject`: the figure is held ("held a total of", "together own") by a group of people that
  opens its sentence ("The four people who signed the pledge ... held about 31%", "The three co-founders,
  who ..., together held 28%"): the subject stands further back than `common_holder` reads;
- `joint_venture`: the figure is a joint venture's split ("a joint venture, 51% owned by A and 49% by
  B", "a joint venture in which A will hold 51%", "A will own 60% of the joint venture"): a share of
  another company the parties set up, never the investor's stake in the target, whoever holds it.
- `stake_ceiling`: the figure is a ceiling the holder may rise to later ("may increase its stake up to a maximum of
  20%", "an option to go to 20%", "could lift it to as much as 20%"): not the stake bought (stop 54).
- `free_float`: the figure is a part of the company's free float a group holds ("Investors in the European
  Union hold about 11% of the company's free float"): how the traded shares are spread, never the stake
  that changes hands (stop 49).
- `kept_share`: the figure is what its holder keeps ("<Seller> will retain a 45% holding", "keeps the remaining
  30 percent", or in the passive, "45% will be retained by <Seller>": `kept_by_at`, stop 60): the seller's part left
  after the sale, never the part bought (stop 59; figure_roles.py checks
  that the keeper is not the buyer and that the share is not a stake in another named company).
- `tender_threshold`: the figure is a tender offer's acceptance threshold ("holders must tender at least two-thirds",
  "a minimum acceptance of 66.7%"): the condition the bid must meet, never the stake bought (stop 60).

Company anaphors ("the company", "the chipmaker") are not other holders: they may stand for the
investor, and the rule abstains from guessing. Every pattern is anchored at the figure and reads a
bounded window before it, so the scan stays linear.
"""

from __future__ import annotations

import functools
import re

from tui.analysis.extract.figures import ROUNDING_BEFORE
from tui.analysis.extract.gazetteer import STATE_BODY_NOUNS
from tui.analysis.extract.lexicon import cue_alternation, lexicon
from tui.analysis.extract.sale_words import JOINT_VENTURE_NOUN, STAKE_NOUN

__all__ = [
    "common_holder",
    "diluted",
    "falling_holding",
    "group_subject",
    "peak_holding",
    "rising_holding",
    "stake_ceiling",
    "joint_venture",
    "free_float",
    "kept_by_at",
    "kept_share",
    "tender_threshold",
]

#: How far before the figure the holder and its verb are looked for (characters).
_REACH = 90


def _spec() -> dict[str, list[str]]:
    spec = lexicon("figure_roles").get("stake_holders") or {}
    if not isinstance(spec, dict):
        return {}
    return {str(k): [str(v) for v in (vals or [])] for k, vals in spec.items() if isinstance(vals, list)}


@functools.cache
def _holder_re() -> re.Pattern[str] | None:
    spec = _spec()
    # the verbs of holding and of keeping (one list each in the lexicon; a keeping verb is a holding verb too)
    nouns = cue_alternation(spec.get("nouns", []))
    verbs = cue_alternation(spec.get("verbs", []) + spec.get("keeping", []))
    if not nouns or not verbs:
        return None
    # the figure's own article and hedge words stand between the verb and the figure ("took a 10%",
    # "holds about 10%" -- the hedge is inside the figure's text); "a stake of" before it too
    det = (
        r"(?:(?:a|an|the|its|their|another|further|additional|combined|stake\s+of|of|some|just|only|shade|little|"
        r"slightly|over|under|more|less|than)\s+){0,4}"
    )
    adverbs = (
        r"(?:(?:already|now|still|currently|also|then|previously|together|collectively|jointly|will|would|"
    )
    # "who are estimated to own", "thought to hold" (stop 60): a holder's present part told as reckoned
    adverbs += (
        r"has|have|had|could|may|might|is|are|was|were|set\s+to|going\s+to|to|expected\s+to|estimated\s+to|"
        r"believed\s+to|thought\s+to|said\s+to|understood\s+to|reported\s+to)\s+){0,3}"
    )
    # the holder, then an optional relative ("the government, which holds"), then the verb
    subject = r"(?<![\w-])(?:" + nouns + r")(?:\s*,\s*(?:which|who|that)|\s+(?:which|who|that))?\s+"
    # holders named by a plural noun that may name a buyer too, told as holding a part together (stop 61): "funds that
    # together hold about a quarter", "three hedge funds, which collectively own 18%" -- never "funds will own 60%"
    together = cue_alternation(spec.get("together_nouns", []))
    if together:
        subject += (
            r"|(?<![\w-])(?:" + together + r")(?:\s*,\s*(?:which|who|that)|\s+(?:which|who|that))?\s+"
            r"(?:now\s+|currently\s+)?(?:together|collectively|jointly|between\s+them)\s+"
        )
        subject = r"(?:" + subject + r")"
    possessive = (
        r"(?<![\w-])(?:" + nouns + r")['’]s?\s+(?:[\w-]+\s+){0,2}?(?:stake|holding|share)\s+(?:of\s+)?"
    )
    # the holders' part of the group the deal makes (stop 46): "<holders>' ownership of the combined group to",
    # "<holders>' holding in the enlarged group would rise to", "<holders>' share of the new group will be"
    possessive += (
        r"|(?<![\w-])(?:"
        + nouns
        + r")['’]s?\s+(?:[\w-]+\s+){0,2}?(?:stake|holding|share|ownership|interest)\s+"
        r"(?:of|in)\s+(?:[\w-]+\s+){1,4}?(?:(?:would|will|could|should|is|was|to)\s+(?:[\w-]+\s+){0,2}?)?"
        r"(?:to|at|be|reach)\s+"
    )
    return re.compile(
        r"(?:"
        + subject
        + adverbs
        + r"(?:"
        + verbs
        + r")\s+"
        + det
        + r"|"
        + possessive
        + r"|"
        + r"(?<![\w-])(?:"
        + nouns
        + r")['’]s?\s+)$"
    )


@functools.cache
def _diluted_re() -> re.Pattern[str] | None:
    body = cue_alternation(_spec().get("diluted", []))
    return re.compile(r"(?<![\w-])(?:" + body + r")\s+$") if body else None


#: A holder noun that names a state (lower case; stop 55): "government", "state", "the treasury" (gazetteer
#: `state_body_nouns`, the list fact_layout reads too).
_STATE_NOUN = re.compile(r"(?:the\s+)?(?:" + "|".join(map(re.escape, STATE_BODY_NOUNS)) + r")s?\b")


#: Right before a holder's noun written with a capital (text case): another capitalised word, so the noun is the last
#: word of a name ("Brisa Ridge Management, which holds 2%", "Orchard Family Trust owns 5%"; stop 61).
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w&’'-]*[ \t]+$")


def common_holder(low: str, lo: int, start: int, state_buys: bool = False, text: str | None = None) -> bool:
    """Does a common-noun holder other than a company hold the percent starting at `start` ("the
    government, which holds about 10%", "the founders' 20% stake")? `lo` bounds the look-back (the
    figure's clause); `low` is the article's lower-cased text. When the deal's buyer is a state
    (`state_buys`: "Germany has nationalised Y ... the state will now own 98.5%"), the state's holding is the
    deal's stake, no other holder's (stop 55). Given the `text` itself, a noun written capitalised after another
    capitalised word is the last word of a name ("<Fund> Management, which has a 2% stake"), no common noun (stop 61)."""
    pattern = _holder_re()
    if pattern is None:
        return False
    found = next(
        (
            m
            for m in pattern.finditer(low, max(lo, start - _REACH), start)
            if not (
                text is not None
                and text[m.start()].isupper()
                and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            )
        ),
        None,
    )
    if found is None:
        return False
    return not (state_buys and _STATE_NOUN.match(low, found.start()))


def diluted(low: str, lo: int, start: int) -> bool:
    """Is the percent starting at `start` what a stake falls to with the deal ("Y's stake will fall to
    5%", "be diluted to about 3%")?"""
    pattern = _diluted_re()
    if pattern is None:
        return False
    return pattern.search(low, max(lo, start - 40), start) is not None


#: The figure after the joint venture's noun in one clause, told as its split: "a joint venture, 51% owned
#: by", "a joint venture in which A will hold", "a joint venture (owned) 51% by A", "the JV, with A
#: holding". At most 80 characters of one clause (no sentence stop, no semicolon) between, and no word of
#: a deal in the target between ("apart from the joint venture, A will take a 20% stake in B").
_JV_BEFORE = re.compile(r"(?<![\w-])" + JOINT_VENTURE_NOUN + r"(?![\w-])([^.;:!?\n]{0,80})$")
_NOT_JV = re.compile(
    r"\b(?:stake|invest\w*|buy\w*|bought|acquir\w*|purchas\w*|tak\w+|took|separately|also|besides|apart)\b"
)
#: The figure followed by the joint venture it is a part of: "60% of the new joint venture", "a 51%
#: stake in the JV", "51 percent of the planned venture", "60% of the venture" (the bare noun right after "the", never
#: "the venture capital firm"; stop 60).
_JV_AFTER = re.compile(
    r"\s*(?:(?:stake|interest|holding|share|control)\s+)?(?:of|in)\s+(?:the|a|an|its|their|this|that)\s+"
    r"(?:(?:[\w-]+\s+){0,2}?" + JOINT_VENTURE_NOUN + r"|(?<=the\s)venture(?!\s+capital))(?![\w-])"
)


def joint_venture(low: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Is the percent at `start`..`end` a share of a joint venture, not of the deal's target: the
    venture's noun right before it in its clause ("a joint venture in which A will hold 51%"), or the
    venture as what it is a part of ("60% of the joint venture")? `lo`/`hi` bound the sentence."""
    m = _JV_BEFORE.search(low, max(lo, start - 120), start)
    if m is not None and _NOT_JV.search(m.group(1)) is None:
        return True
    return _JV_AFTER.match(low, end, min(hi, end + 60)) is not None


#: People named by a common noun as a sentence's subject (a group is never one investor): "The four
#: people who ...", "Its three co-founders, who ...", "Two executives ...".
_GROUP = (
    r"(?:people|persons|individuals|founders|co-?founders|executives|insiders|shareholders|stockholders|"
    r"heirs|siblings|brothers|sisters)"
)
_GROUP_SUBJECT = re.compile(
    r"\s*(?:(?:the|its|their|these|those|all|both)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"several|\d+)\s+)?(?:[\w-]+\s+)?" + _GROUP + r"(?![\w-])"
)
#: The holding right before the figure: "held a total of about", "together own", "collectively control".
_GROUP_HOLDS = re.compile(
    r"(?<![\w-])(?:(?:together|collectively|jointly|combined|then|still|now|already|also)\s+)?"
    r"(?:hold|holds|held|own|owns|owned|control|controls|controlled|have|had)\s+"
    r"(?:(?:a|an|the|total|combined|of|some|just|only|in\s+total)\s+){0,4}$"
)


def group_subject(low: str, lo: int, start: int) -> int | None:
    """The end of a group of people opening the sentence at `lo` when it holds the percent starting at
    `start` ("The four people who signed the pledge ... held a total of about 31%"), else None. The
    caller checks that no company is named between (which would be the verb's subject instead)."""
    if start - lo > 240 or _GROUP_HOLDS.search(low, max(lo, start - 60), start) is None:
        return None
    m = _GROUP_SUBJECT.match(low, lo, start)
    return m.end() if m is not None else None


#: A holding named (lower case): a falling change told near it is of that holding.
_HOLDING = re.compile(r"\b(?:" + STAKE_NOUN + r"|ownership)\b")
#: A verb that makes a holding smaller (lower case; stop 49): "cut", "cutting", "reduced", "lowers", "trimmed",
#: "pared", "shrinks", "brought ... down", "sells down". Its object's figures after "from" / "to" are the seller's
#: holding before or after its sale.
_FALL_VERB = re.compile(
    r"\b(?:cut|cuts|cutting|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|trim(?:s|med|ming)?|par(?:e|es|ed|ing)|"
    r"shr(?:ink|inks|ank|unk|inking)|halv(?:e|es|ed|ing)|down)\b"
)
#: The words between the verb and the figure: at most ten of one clause, the last of them "from", "to" or "below" /
#: "under" (or none when the figure's own text opens with its threshold: "reducing its ownership below 50%").
_FALL_GAP = re.compile(r"(?:\s+[\w'’.%-]+){0,10}?\s+(?:(?:from|to|below|under)\s+)?$")
#: A figure's own threshold word (its span holds it: "below 50%", "less than half", "under 50 per cent").
_THRESHOLD = re.compile(r"(?:below|under|less\s+than|fewer\s+than|just\s+under|just\s+below)\b")
#: The figure the figure at hand changes from or to, with the change's other end (lower case): "from 50.6% to",
#: "to 48.1% from", after it ("to 48.1%", "from 50.6%"); a falling direction after it ("- down from 50.6%").
_NUMBER = r"(\d+(?:\.\d+)?)\s*(?:%|per\s*cent\b|percent\b)"
_OTHER_END_AFTER = re.compile(r"\s+(to|from)\s+(?:[a-z]+\s+){0,2}?" + _NUMBER)
_OTHER_END_BEFORE = re.compile(r"\b(from|to)\s+" + _NUMBER + r"\s+(?:[a-z]+\s+){0,2}?(?:to|from)\s+$")
_DOWN_FROM_AFTER = re.compile(r"\s*[-–—,(]?\s*down\s+from\b")


def _change_end(low: str, lo: int, start: int, end: int, hi: int) -> tuple[str, float] | None:
    """Which end of a change "from A% to B%" (or "to B% from A%") the percent at `start`..`end` is, "from" or "to",
    with the other end's value; None when it is told as no such end."""
    after = _OTHER_END_AFTER.match(low, end, hi)
    if after is not None:
        return ("from" if after.group(1) == "to" else "to"), float(after.group(2))
    before = _OTHER_END_BEFORE.search(low, max(lo, start - 60), start)
    if before is not None:
        return ("to" if before.group(1) == "from" else "from"), float(before.group(2))
    return None


def _falls_by_number(low: str, lo: int, start: int, end: int, hi: int, value: float) -> bool:
    """Is the percent at `start`..`end` one end of a change that falls ("from 50.6% to 48.1%", "to 48.1% from
    50.6%", "48.1%, down from 50.6%")?"""
    if _DOWN_FROM_AFTER.match(low, end, hi) is not None:
        return True
    found = _change_end(low, lo, start, end, hi)
    if found is None:
        return False
    side, other = found
    return other < value if side == "from" else other > value


def rising_holding(low: str, lo: int, start: int, end: int, hi: int, value: float | None) -> str | None:
    """Which end of a holding that grows the percent at `start`..`end` is, in a sentence naming a holding (stop 49):
    "from" for the holding it grows from ("raised its stake from 10% to 15%": 10, an earlier holding), "to" for the
    holding it reaches (15, the stake at the page's moment, as the fitted stake tables read it); None otherwise.
    `lo`/`hi` bound the sentence."""
    if value is None or _HOLDING.search(low, lo, hi) is None:
        return None
    found = _change_end(low, lo, start, end, hi)
    if found is None:
        return None
    side, other = found
    return side if (other > value if side == "from" else other < value) else None


def falling_holding(low: str, lo: int, start: int, end: int, hi: int, value: float | None) -> bool:
    """Is the percent at `start`..`end` a holding before or after it falls, in a clause naming a holding (stop 49):
    the object of a verb that makes it smaller ("cutting its stake from 50.6% to 48.1%", "has reduced its ownership
    to below 50%", "the stake has been cut to below half"), or one end of a change that falls ("taking its stake from
    50.6% to 48.06%", "now at 48.1%, down from 50.6%")? A seller's holding before or after its sale is not the
    stake that changes hands (the part sold, "4.91% of its share capital", is). A holding that grows ("raised its
    stake from 10% to 15%") and the part a verb cuts by ("cut its stake by 3%") are not read. `lo`/`hi` bound the
    figure's sentence; `value` is the figure's."""
    if _HOLDING.search(low, lo, hi) is None:
        return False
    if value is not None and _falls_by_number(low, lo, start, end, hi, value):
        return True
    window = max(lo, start - 120)
    verbs = list(_FALL_VERB.finditer(low, window, start))
    if not verbs:
        return False
    verb = verbs[-1]
    gap = _FALL_GAP.match(low, verb.end(), start)
    if gap is None:
        return False
    closing = low[verb.end() : start].split()[-1:]
    if closing not in (["from"], ["to"], ["below"], ["under"]) and _THRESHOLD.match(low, start) is None:
        return False
    # the holding is the verb's object (in the gap) or its subject ("X's stake ... has been cut to")
    return (
        _HOLDING.search(low, verb.end(), start) is not None
        or _HOLDING.search(low, window, verb.start()) is not None
    )


#: A holding's highest point right before a percent (lower case; stop 49): "peaking at ", "peaked at about ", "at its
#: height reached ", "a peak of ", "its highest was ", "a high of ". A holding then, never the part that changes hands.
_PEAK_BEFORE = re.compile(
    r"\b(?:peak(?:ed|ing|s)?|height|highest|high(?=\s+of))\s+(?:(?:at|of|reached|reaching|was|hit|stood\s+at)\s+){0,2}$"
)


def peak_holding(low: str, lo: int, start: int, hi: int) -> bool:
    """Is the percent starting at `start` a holding at its peak ("ownership peaking at above 80%", "the stake, which
    at its height reached 84%"), in a sentence naming a holding (`lo`/`hi` bound it)?"""
    return (
        _HOLDING.search(low, lo, hi) is not None
        and _PEAK_BEFORE.search(low, max(lo, start - 40), start) is not None
    )


#: A holding verb right before a percent (lower case; stop 49), a few hedge or article words between: "hold
#: about", "own roughly", "together account for some", "make up". At most 40 characters back.
_FLOAT_HOLDS = re.compile(
    r"\b(?:hold|holds|held|holding|own|owns|owned|owning|control|controls|controlled|account(?:s|ed|ing)?\s+for|"
    r"make\s+up|makes\s+up|made\s+up|making\s+up|represent|represents|represented)\s+(?:[a-z-]+\s+){0,3}$"
)
#: The percent followed by the company's free float (lower case; stop 49): "of the company's free float", "of
#: the float", "of Vastra's free-float shares", "of its freely traded shares".
_OF_FLOAT = re.compile(
    r"\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w.&-]+\s+){0,2}?(?:[\w.&-]+['’]s?\s+)?"
    r"(?:(?:free[\s-]*)?float(?![\w-])|free[\s-]+floating\s+shares|freely[\s-]+traded\s+shares)"
)

#: The free float's share told in the passive after it: "... of the float is held by", "are owned by".
_HELD_BY = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:now\s+|currently\s+|still\s+)?(?:held|owned|controlled)\s+by\b"
)


def free_float(low: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Is the percent at `start`..`end` a share of the company's free float that a group holds ("Investors in
    the European Union hold about 11% of the company's free float", "US funds own roughly 8% of the float")?
    Such a share is how the traded shares are spread, never the stake that changes hands ("bought 11% of the
    company's shares" stays a stake). `lo`..`hi` bound the figure's sentence."""
    m = _OF_FLOAT.match(low, end, min(hi, end + 60))
    if m is None:
        return False
    return (
        _FLOAT_HOLDS.search(low, max(lo, start - 40), start) is not None
        or _HELD_BY.match(low, m.end(), min(hi, m.end() + 40)) is not None
    )


#: A ceiling the holder may rise to later, right before a percent (lower case; stop 54): a word of possibility ("may",
#: "could", "can", "an option", "the right", "options", "rights", "the opportunity for X", "allows it", a comma
#: after it or after a word: "has the right, at its discretion, to lift"; never options bought, "bought options to
#: lift its stake to 31%", a holding told through derivatives: `_RIGHTS_BOUGHT`), at most eight words, a verb of
#: rising in its base or -ing form (never a past rise: "raised its stake to 9%" is the stake), at most seven words (its
#: holding, "in the group", "up"), then "to", "as much as" or "a maximum (limit) of" right before the figure: "may
#: increase its stake up to a maximum of ", "an option to go to ", "could lift it to as much as ".
_CEILING_BEFORE = re.compile(
    r"\b(?P<cue>may|might|can|could|options?|rights?|opportunity|possibility|ability|allows?|allowing|permits?|"
    r"entitles?|enables?),?\s+(?:[\w'’–-]+,?\s+){0,8}?"
    r"(?:increas(?:e|ing)|rais(?:e|ing)|lift(?:ing)?|boost(?:ing)?|tak(?:e|ing)|go|going|bring(?:ing)?|"
    r"build(?:ing)?|expand(?:ing)?)\s+(?:[\w'’-]+\s+){0,7}?"
    r"(?:to|as\s+much\s+as|as\s+high\s+as|(?:a|the)\s+maximum(?:\s+limit)?\s+of|at\s+most|a\s+cap\s+of)\s+$"
)
#: How far before the figure the ceiling's words are looked for (characters).
_CEILING_REACH = 160


#: A verb of buying (and "more") right before "options" or "rights" (lower case; stop 54): options bought are a
#: holding told through derivatives, never a ceiling ("bought more options to lift its potential stake to 31%").
_RIGHTS_BOUGHT = re.compile(
    r"\b(?:bought|buys?|buying|acquired|acquires?|purchased?|added|adds)\s+(?:more\s+)?$"
)


def stake_ceiling(low: str, lo: int, start: int) -> bool:
    """Is the percent starting at `start` a ceiling its holder may rise to later ("the agreement provides that it may
    increase its stake up to a maximum of 20%", "an option to go to 20%"), in a sentence that starts at `lo`? The
    stake bought is told beside it; the ceiling is never that stake, nor another holder's (stop 54)."""
    m = _CEILING_BEFORE.search(low, max(lo, start - _CEILING_REACH), start)
    if m is None:
        return False
    # "options to lift its holding to 25%", "rights to take it to 20%" (plural) are a ceiling too; "bought more options
    # to lift its potential stake to 31%" is options bought, a holding
    plural = m.group("cue") in ("options", "rights")
    return not (plural and _RIGHTS_BOUGHT.search(low, max(lo, m.start() - 30), m.start()))


#: The words between a verb of keeping and the percent it keeps (lower case; stop 59): its article or "remaining", then
#: the figure's rounding words (figures.ROUNDING_BEFORE, the one list): "will retain a ", "keeps the remaining ", "would
#: keep about ".
_KEPT_GAP = (
    r"\s+(?:(?:a|an|the|its|their|remaining|rest\s+of\s+the|other|of|minority)\s+){0,3}"
    + ROUNDING_BEFORE
    + r"$"
)


#: A tender offer's acceptance threshold right before a percent (lower case; stop 60): "to tender at least ",
#: "holders tendering more than ", "a minimum acceptance of ", "an acceptance threshold of ", "a minimum acceptance level
#: of " (the figure's own hedge, "at least", may stand before it or inside its text).
_THRESHOLD_BEFORE = re.compile(
    r"(?:\btender(?:s|ed|ing)?\s+(?:(?:their|of\s+the|of\s+its)\s+)?|\bacceptance\s+(?:threshold|level|condition|"
    r"rate)\s+(?:of\s+)?|\bminimum\s+(?:acceptance\s+|tender\s+)?(?:threshold\s+|level\s+|condition\s+)?of\s+|"
    r"\bminimum\s+acceptance\s+(?:of\s+)?|"
    # what the bid must still win, told as a need (stop 60b): "needs to secure at least ", "must win acceptances from
    # at least ", "is required to obtain " -- a past "secured 60%" is a holding, never a need
    r"\b(?:needs?|needed|must|(?:is|are|was|were)\s+required)\s+(?:to\s+)?(?:secure|win|obtain|gain|garner|get|"
    r"reach|attract)\s+(?:(?:the\s+)?(?:support|backing|acceptances?|approval)\s+(?:of|from)\s+)?|"
    r"\bacceptances?\s+(?:from|of|for)\s+|"
    # the holders the bid needs, told by their part (stop 61): "needs holders of at least ", "requires the support of
    # shareholders owning ", "conditional on holders of " -- never "holders of 18% oppose it" with no need before
    r"\b(?:needs?|needed|requires?|required|conditional\s+on|subject\s+to)\s+(?:the\s+)?(?:(?:support|backing|"
    r"approval|acceptance)\s+(?:of|from)\s+)?(?:share|stock)?holders\s+(?:of|owning|holding|with)\s+)"
    r"(?:(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than|more\s+than|over)\s+)?$"
)
#: The threshold's noun right after the percent (lower case; stop 60b): "a two-thirds threshold", "a 90% minimum
#: acceptance condition", "the 50% acceptance level".
_THRESHOLD_AFTER = re.compile(
    r"\s+(?:minimum\s+)?(?:acceptance\s+)?(?:threshold|hurdle|minimum|acceptance\s+(?:level|condition))\b"
)
#: A word of a tender offer or its acceptance in the clause before a bare "minimum of" (lower case; stop 60).
_TENDER_WORD = re.compile(r"\b(?:tender\w*|acceptances?|offer)\b")


def tender_threshold(low: str, lo: int, start: int, end: int | None = None) -> bool:
    """Is the percent starting at `start` a tender offer's acceptance threshold ("requires holders to tender at least
    two-thirds of the shares", "a minimum acceptance of 66.7%", "a minimum of 90% tendered"), in a clause starting at or
    after `lo`, or (its `end` given) a percent its threshold's noun follows ("a two-thirds threshold"; stop 60b)? Such a
    share is the condition the bid must meet, never the stake bought (stop 60)."""
    if end is not None and _THRESHOLD_AFTER.match(low, end):
        return True
    m = _THRESHOLD_BEFORE.search(low, max(lo, start - 60), start)
    if m is None:
        return False
    if m.group().startswith("minimum") and "acceptance" not in m.group() and "tender" not in m.group():
        return _TENDER_WORD.search(low, max(lo, m.start() - 100), m.start()) is not None
    return True


@functools.cache
def _kept_re() -> re.Pattern[str] | None:
    body = cue_alternation(_spec().get("keeping", []))
    return re.compile(r"(?<![\w-])(?:" + body + r")" + _KEPT_GAP) if body else None


@functools.cache
def _kept_by_re() -> re.Pattern[str] | None:
    """The same verbs of keeping in the passive right after the percent, up to the keeper's "by" (lower case; stop
    60): " will be retained by ", " of the unit is to be kept by ", " stake in the unit will be kept by ", " to be held on
    to by " -- one list of verbs, its participles ("retained", "kept", "held on to") the ones a passive reads."""
    body = cue_alternation(_spec().get("keeping", []))
    if not body:
        return None
    return re.compile(
        r"(?:\s+" + STAKE_NOUN + r")?(?:\s+(?:of|in)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?,?\s+"
        r"(?:(?:will|would|shall|is|are|was|were)\s+"
        r"(?:to\s+)?|to\s+)?be\s+(?:" + body + r")\s+by\s+"
    )


def kept_by_at(low: str, end: int, hi: int) -> int | None:
    """Where the keeper's name starts when the percent ending at `end` is told kept in the passive ("45% will be
    retained by <Seller>", "the remaining 40 percent will be kept by its parent"), None when it is not (stop 60)."""
    pattern = _kept_by_re()
    m = pattern.match(low, end, hi) if pattern is not None else None
    return m.end() if m is not None else None


def kept_share(low: str, lo: int, start: int, end: int | None = None, hi: int | None = None) -> bool:
    """Is the percent starting at `start` the object of a verb of keeping (`stake_holders.keeping`: "Pell will retain a
    45% holding", "Pell keeps the remaining 30 percent"), in a clause starting at or after `lo`, or (its `end` and the
    clause's `hi` given) told kept in the passive ("45% will be retained by Pell"; stop 60)? Who keeps it is the
    caller's to check: a seller's kept share is never the stake bought (stop 59)."""
    pattern = _kept_re()
    if pattern is not None and pattern.search(low, max(lo, start - 60), start) is not None:
        return True
    return end is not None and hi is not None and kept_by_at(low, end, hi) is not None
