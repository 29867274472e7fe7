"""A private company that goes public by merging with a listed shell (a SPAC, a "blank-check company"; stop 53).

Such a page tells the operating company as the actor ("X plans to go public via a merger with <Shell>", "X's deal
with <Shell>", "X has agreed to merge with <Shell>"), yet the shell is the listed company whose shares are issued to
the operating company's holders: the share issuer, the buyer, as `merger_order` reads any merger told by its share
issuer (the convention of anglo-teck-2025's and amd-xilinx-2020's tables). A shell is known by its name ("<Sponsor>
Acquisition Corp", "<Sponsor> Capital Corp IV", "<Sponsor> Holdings Corp. VI": a shell's kind word with a series
numeral, or "Acquisition Corp") or by the page's words next to its name ("the SPAC <Name>", "<Name>, a blank-check
company"; extract/listing_mergers.py, with the one predicate of a page whose lead deal is such a merger). Only on
such a page: "Y Capital Corp II agreed to buy X" keeps its reading, as does a shell that is already the buyer.

Read for `facts._deal`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re

from tui.analysis.extract.deal_parties import _other_party
from tui.analysis.extract.fact_layout import _ORGS, _Doc, _Name, _names_in, top_sentences
from tui.analysis.extract.listing_mergers import listed_shell, listing_merger

#: Right before the shell a merger or a deal is struck with (lower case): "a merger with ", "merge with the ", "its deal
#: with the spac ", "combination with blank-check company " (up to three words between "with" and the name).
_PARTNER_BEFORE = re.compile(
    r"\b(?:merg(?:e|es|er|ing)|deal|combination|tie-up|transaction)\s+with\s+(?:[\w-]+\s+){0,3}?$"
)
#: How far before a name the words that make it a merger's partner are looked for.
_PARTNER_REACH = 60


def _shell_partner(doc: _Doc) -> _Name | None:
    """The listed shell a top sentence names as a merger's or a deal's partner ("the deal with <Shell>", "a merger with
    <Shell>"), or None."""
    for s0, s1 in top_sentences(doc):
        for n in _names_in(doc, s0, s1):
            if (
                n.type in _ORGS
                and _PARTNER_BEFORE.search(doc.low, max(s0, n.start - _PARTNER_REACH), n.start) is not None
                and listed_shell(doc, n)
            ):
                return n
    return None


#: A company's own listing or merger told after its name (lower case): " plans to go public", " is going public", " will
#: merge with", " has agreed to merge with", " plans to list on", " to list its" (up to four words before the verb;
#: "list" only before "on" or "its").
_LISTS_ITSELF = re.compile(
    r"(?:\s+\([^()]{1,12}\))?,?\s+(?:[\w-]+\s+){0,4}?(?:go(?:es|ing)?\s+public|merg(?:e|es|ing)\s+with|list(?:s|ing)?\s+(?:on|its))\b"
)
#: How far after a name its listing verb may stand.
_LISTS_REACH = 60


def _listing_company(doc: _Doc, shell: _Name) -> _Name | None:
    """The company a top sentence tells going public or merging, as the subject of that verb ("X plans to go public
    via ...", "X has agreed to merge with ..."): no shell, not `shell`; else the company the page names most."""
    for s0, s1 in top_sentences(doc):
        for n in _names_in(doc, s0, s1):
            if (
                n.type in _ORGS
                and n.entity_id != shell.entity_id
                and _LISTS_ITSELF.match(doc.low, n.end, min(s1, n.end + _LISTS_REACH)) is not None
                and not listed_shell(doc, n)
            ):
                return n
    other = _other_party(doc, shell)
    return None if other is None or listed_shell(doc, other) else other


def shell_first(
    doc: _Doc, buyer: _Name | None, target: _Name | None, rule: str
) -> tuple[_Name | None, _Name | None, str]:
    """(buyer, target, rule) with a listed shell turned buyer on a page that tells a merger or a listing (stop 53):
    the shell named as the target swaps with the buyer; with no buyer named, the shell is the buyer and the company
    the page names most the target; with no party named, the shell a top sentence names as the merger's partner is
    the buyer. A shell already the buyer, or two shells, keep the reading; so does a symmetric pair that
    `deal_parties.merger_order` ordered (it puts the one listed shell first itself: one place orders such a pair)."""
    if not listing_merger(doc) or "+ordered" in rule or "+swapped" in rule:
        return buyer, target, rule
    if buyer is None and target is None:
        target = _shell_partner(doc)
        rule = "party.shell-partner" if target is not None else rule
    if target is None or not listed_shell(doc, target):
        return buyer, target, rule
    if buyer is None or rule.endswith("+most-named"):
        # no buyer named, or the shell only guessed as the most-named: the company the page tells listing itself
        other = _listing_company(doc, target)
        if other is None and buyer is not None:
            # a background party named by a verb is no side of the merger
            return target, None, rule + "+shell"
        if other is None:
            return buyer, target, rule
        return target, other, rule + "+shell"
    if buyer.entity_id == target.entity_id or listed_shell(doc, buyer):
        return buyer, target, rule
    return target, buyer, rule + "+shell"
