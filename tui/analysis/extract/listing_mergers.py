"""Does the page's lead deal take a private company public by merging it into a listed shell? (stop 53, "spac").

One predicate, read by every rule that sets such a merger apart: the figures (extract/cash_raised.py: the cash it
raises is no price; money_slots, figure_roles: the company it makes is worth the deal's valuation), the parties
(extract/shell_mergers.py: the shell is the buyer) and the stage (extract/status_scope.py: a listing planned
through a merger is the merger agreed). The lead deal is read where the parties are (the lead, the headline, the
first body sentences: `fact_layout.top_sentences`), never the whole page: "X, which listed via a SPAC in 2021,
agreed to buy Y" tells a takeover, and the SPAC is X's past.

A top sentence tells such a merger by the page's word for the shell or the deal ("SPAC", "blank-check company",
"special purpose acquisition company", "reverse merger", "de-SPAC"), by a listing told as made through a merger
("will go public through its combination with Y", "the merger will take X public"), or by a shell's own name
beside a merger's word ("merges with <Sponsor> Acquisition Corp", "<Sponsor> Capital Corp IV"). A shell's word in a
relative clause told in the past ("which went public via a SPAC", "that listed through a blank-check company") is
that company's history, not the lead deal.

Pure functions; every pattern is linear.
"""

from __future__ import annotations

import re

from tui.analysis.extract.fact_layout import _ORGS, _Doc, _Name, _names_in, top_sentences

#: The page's word for a shell or a shell merger (lower case): "spac", "spacs", "de-spac", "reverse merger",
#: "blank-check company", "blank check firm", "special purpose acquisition company", "special-purpose acquisition
#: corporation".
SHELL_WORD = (
    r"(?:spacs?|de-?spac|reverse\s+merger|blank[- ]check(?:\s+(?:company|firm|vehicle|corp(?:oration)?))?"
    r"|special[- ]purpose\s+acquisition(?:\s+(?:company|corp(?:oration)?|vehicle))?)"
)
_SHELL_WORD_RE = re.compile(r"\b" + SHELL_WORD + r"\b")
#: A shell's own name (lower case): "... acquisition corp", "... acquisition corp. ii", "... capital corp iv",
#: "... capital iv", "... holdings corp. vi", "... capital iv corp" -- a shell's kind word, then a series numeral
#: (roman or digits) with or without a corporate word; or "acquisition" before a corporate word.
SHELL_NAME = re.compile(
    r"(?:\bacquisition\s+(?:corp(?:oration)?|co|company|inc|ltd|limited)\b"
    r"|\b(?:capital|holdings|acquisition|opportunities)\s+(?:(?:corp(?:oration)?|co|inc)\.?\s+)?"
    r"(?:[ivx]{1,5}|\d{1,2})(?:\s+(?:corp(?:oration)?|co|inc)\.?)?$)"
)
#: A listing told as made through a merger (lower case; it starts at the listing's verb): "go public via a merger
#: with", "go public through a reverse merger", "list its shares by merging with", "go public through its
#: combination with". Bounded: at most 120 characters between the listing and its means (a figure's decimal point
#: allowed, no sentence's end).
LISTING_BY_MERGER = (
    r"(?:go(?:es|ing)?\s+public|list(?:s|ing)?(?:\s+(?:its|their)\s+shares)?)\b(?:[^.;:]|\.\d){0,120}?"
    r"\b(?:via|through|by)\s+(?:(?:a|an|the|its|their)\s+)?"
    r"(?:(?:reverse|proposed|planned|spac|blank-check)\s+)?(?:merg(?:er|ing)|combin(?:ation|ing))\b"
)
_LISTING_BY_MERGER_RE = re.compile(r"\b" + LISTING_BY_MERGER)
#: A merger told as taking a company public (lower case): "the merger will take x public", "the combination is
#: expected to take the carmaker public" (up to four words of the company).
_TAKES_PUBLIC = re.compile(
    r"\b(?:merger|combination|deal|transaction)\s+(?:will|would|is\s+expected\s+to|is\s+set\s+to)\s+"
    r"take\s+(?:[\w.&'’-]+\s+){1,4}?public\b"
)
#: A merger's word in a sentence naming a shell (lower case): "merge", "merger", "combination", "go public", "deal
#: with", "list".
_MERGER_WORD = re.compile(
    r"\b(?:merg(?:e|es|ed|er|ing)|combin(?:e|es|ed|ation|ing)|go(?:es|ing)?\s+public|deal\s+with|list(?:s|ing)?\s+on)\b"
)
#: Right before a shell's word, a relative clause told in the past (lower case): "which listed via a ", "that went
#: public through a merger with a ", "who had merged with a " -- the company's history, not the lead deal (at most 80
#: characters of the clause, no comma).
_PAST_CLAUSE_BEFORE = re.compile(
    r"\b(?:which|that|who)\s+(?:had\s+|has\s+)?(?:went|listed|merged|became|was|were|floated|debuted|completed)\b"
    r"[^,;()]{0,80}$"
)
#: How far before a shell's word its past clause is looked for (characters).
_PAST_REACH = 110


def _shell_word_of_lead(low: str, s0: int, s1: int) -> bool:
    """Does [s0, s1) hold the page's word for a shell that is no company's past ("which listed via a SPAC")?"""
    for m in _SHELL_WORD_RE.finditer(low, s0, s1):
        if _PAST_CLAUSE_BEFORE.search(low, max(s0, m.start() - _PAST_REACH), m.start()) is None:
            return True
    return False


def _shell_named_in_merger(doc: _Doc, s0: int, s1: int) -> bool:
    """Does [s0, s1) name a shell by its own name ("<Sponsor> Acquisition Corp", "<Sponsor> Capital Corp IV") beside a
    merger's word?"""
    if _MERGER_WORD.search(doc.low, s0, s1) is None:
        return False
    return any(
        n.type in _ORGS
        and (
            SHELL_NAME.search(n.name.lower()) is not None
            or SHELL_NAME.search(doc.low, n.start, n.end) is not None
        )
        for n in _names_in(doc, s0, s1)
    )


def listing_merger(doc: _Doc) -> bool:
    """Does the page's lead deal (its top sentences) take a company public by merging it into a listed shell: the
    shell's word, a listing told through a merger, or a shell's name beside a merger's word? Read once per page and
    kept on `doc` (several steps of the deal's reading ask)."""
    if doc.listing_merger is None:
        doc.listing_merger = _reads_listing_merger(doc)
    return doc.listing_merger


def _reads_listing_merger(doc: _Doc) -> bool:
    low = doc.low
    for s0, s1 in top_sentences(doc):
        if (
            _shell_word_of_lead(low, s0, s1)
            or _LISTING_BY_MERGER_RE.search(low, s0, s1) is not None
            or _TAKES_PUBLIC.search(low, s0, s1) is not None
            or _shell_named_in_merger(doc, s0, s1)
        ):
            return True
    return False


#: Right before a shell's name (lower case): "the spac ", "blank-check company ", "a special purpose acquisition
#: company, ".
_SHELL_WORD_BEFORE = re.compile(r"\b" + SHELL_WORD + r",?[ ]{1,3}$")
#: Right after a shell's name (lower case): ", a blank-check company", " (a spac)", ", the new york-listed special
#: purpose acquisition company" (up to four words between the article and the shell's word).
_SHELL_WORD_AFTER = re.compile(r"\s*[,(]\s*(?:an?|the)\s+(?:[\w.'’-]+\s+){0,4}?" + SHELL_WORD + r"\b")
#: How far before a name the page's word for a shell is looked for.
_BEFORE_REACH = 40
#: How far after a name its appositive is looked for.
_AFTER_REACH = 90


def listed_shell(doc: _Doc, n: _Name) -> bool:
    """Is the organisation `n` a listed shell, by its name ("<Sponsor> Acquisition Corp", "<Sponsor> Capital Corp
    IV") or by the page's word for it beside any of its mentions ("the SPAC <Name>", "<Name>, a blank-check
    company")?"""
    if SHELL_NAME.search(n.name.lower()) is not None:
        return True
    for m in doc.names:
        if m.entity_id != n.entity_id:
            continue
        if SHELL_NAME.search(doc.low, m.start, m.end) is not None:
            return True  # a mention's own words ("Capital Corp IV" of an entity filed under its ticker)
        if _SHELL_WORD_BEFORE.search(doc.low, max(0, m.start - _BEFORE_REACH), m.start) is not None:
            return True
        if _SHELL_WORD_AFTER.match(doc.low, m.end, m.end + _AFTER_REACH) is not None:
            return True
    return False
