"""Narrated acts: a person's disclosure told as what they did, not as what they said.

A verb that can tell an act ("disclosed", "revealed", "admitted", "accepted"; lexicon
`reporting_verbs.narrating`) cites its subject only when it reports words. Two forms tell an act:

- its object is a noun phrase, quoted or not ("X disclosed a small number of ...", "X revealed a
  “...”", "X accepted his failure to ..."): the page tells what X made known, in its own account or a
  statement's, and X is no source of it;
- another source's reporting clause frames it ("the company says X acknowledged he ...", "the
  company says, X revealed ..."): the words are that source's account of X's act.

A clause after the verb ("X admitted that he ...", "X acknowledged “...”" opening a sentence of his
own) keeps X as the source. Only persons are read so: "the Journal revealed the figure" is still the
outlet's report, and "Orbitex disclosed a charge" the company's statement.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from tui.analysis.extract.attribution import Found
from tui.analysis.extract.lexicon import words
from tui.analysis.model import SourceKind

__all__ = ["narrated_acts", "narrating_verb"]


@functools.cache
def _narrating() -> frozenset[str]:
    return frozenset(v.lower() for v in words("reporting_verbs", "narrating"))


def narrating_verb(f: Found) -> bool:
    """Is the cue's verb one that can tell an act ("disclosed", "revealed", "admitted")?"""
    return bool(f.verb) and f.verb.split()[0].lower() in _narrating()


#: A noun phrase right after the verb, a quotation mark allowed before or inside it: "a small number",
#: "“a small number", "a “small number", "his failure", "details of".
_NOUN_OBJECT = re.compile(
    r"\s*[“\"‘']?\s*(?:a|an|the|his|her|their|its|some|several|no|details|information|one|two|three|"
    r"four|five|\d+)\b"
    r"(?!\s+(?:was|were|had|has|is|would|will|could)\b)",
    re.IGNORECASE,
)
#: Between a framing reporting clause and the narrated one: "the company says X ...", "..., X".
_FRAME_GAP = re.compile(r"\s*,?\s*(?:that\s+)?")


def narrated_acts(text: str, found: Sequence[Found]) -> frozenset[tuple[tuple[int, int], str]]:
    """The citations that tell a person's act, not their words (module doc), each as (phrase, key)."""
    out = set()
    for f in found:
        if f.kind != SourceKind.PERSON or f.rule != "source-verb" or not narrating_verb(f):
            continue
        if _NOUN_OBJECT.match(text, f.phrase[1]):
            out.add((f.phrase, f.key))
            continue
        framed = any(
            g is not f
            and g.key != f.key
            and not narrating_verb(g)
            and g.phrase[1] <= f.phrase[0]
            and _FRAME_GAP.fullmatch(text, g.phrase[1], f.phrase[0])
            for g in found
        )
        if framed:
            out.add((f.phrase, f.key))
    return frozenset(out)
