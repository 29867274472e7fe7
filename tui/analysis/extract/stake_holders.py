"""Whose stake a percent is (issue 11, stop 26): a stake is tied to its holder.

A page about one investor's stake often tells other holders' stakes beside it: "the government, which
holds about 10%", "the federal government bought a 12% stake in Y", "existing shareholders will own 60%",
"Z's stake will fall to 5%". Such a figure is never the deal's stake. Two pure helpers over the
article's lower-cased text, read by facts.py for a percent that a stake cue claims:

- `common_holder`: the figure's holder is a common noun that names another kind of holder (a state,
  the founders, shareholders; figure_roles.yaml `stake_holders.nouns`), as the subject of a holding verb
  right before the figure or as the possessor of the stake;
- `diluted`: the figure is what a stake falls to (or from) with the deal: a holder diluted by it, never
  the investor's new stake, whoever that holder is.

Company anaphors ("the company", "the chipmaker") are not other holders: they may stand for the
investor, and the rule abstains from guessing. Every pattern is anchored at the figure and reads a
bounded window before it, so the scan stays linear.
"""

from __future__ import annotations

import functools
import re

from tui.analysis.extract.lexicon import lexicon

__all__ = ["common_holder", "diluted"]

#: How far before the figure the holder and its verb are looked for (characters).
_REACH = 90


def _alts(cues: list[str]) -> str:
    out = []
    for cue in cues:
        cue = cue.strip().lower()
        if not cue:
            continue
        body = r"\s+".join(
            re.escape(w.rstrip("*")) + (r"[\w-]*" if w.endswith("*") else "") for w in cue.split()
        )
        out.append(body)
    return "|".join(sorted(out, key=len, reverse=True))


def _spec() -> dict[str, list[str]]:
    spec = lexicon("figure_roles").get("stake_holders") or {}
    if not isinstance(spec, dict):
        return {}
    return {str(k): [str(v) for v in (vals or [])] for k, vals in spec.items() if isinstance(vals, list)}


@functools.cache
def _holder_re() -> re.Pattern[str] | None:
    spec = _spec()
    nouns, verbs = _alts(spec.get("nouns", [])), _alts(spec.get("verbs", []))
    if not nouns or not verbs:
        return None
    # the figure's own article and hedge words stand between the verb and the figure ("took a 10%",
    # "holds about 10%" -- the hedge is inside the figure's text); "a stake of" before it too
    det = r"(?:(?:a|an|the|its|their|another|further|additional|stake\s+of|of|some|just|only)\s+){0,3}"
    adverbs = (
        r"(?:(?:already|now|still|currently|also|then|previously|together|collectively|jointly|will|would|"
    )
    adverbs += r"has|have|had|could|may|might|is|are|was|were|set\s+to|going\s+to|to|expected\s+to)\s+){0,3}"
    # the holder, then an optional relative ("the government, which holds"), then the verb
    subject = r"(?<![\w-])(?:" + nouns + r")(?:\s*,\s*(?:which|who|that)|\s+(?:which|who|that))?\s+"
    possessive = (
        r"(?<![\w-])(?:" + nouns + r")['’]s?\s+(?:[\w-]+\s+){0,2}?(?:stake|holding|share)\s+(?:of\s+)?"
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
    body = _alts(_spec().get("diluted", []))
    return re.compile(r"(?<![\w-])(?:" + body + r")\s+$") if body else None


def common_holder(low: str, lo: int, start: int) -> bool:
    """Does a common-noun holder other than a company hold the percent starting at `start` ("the
    government, which holds about 10%", "the founders' 20% stake")? `lo` bounds the look-back (the
    figure's clause); `low` is the article's lower-cased text."""
    pattern = _holder_re()
    if pattern is None:
        return False
    return pattern.search(low, max(lo, start - _REACH), start) is not None


def diluted(low: str, lo: int, start: int) -> bool:
    """Is the percent starting at `start` what a stake falls to with the deal ("Y's stake will fall to
    5%", "be diluted to about 3%")?"""
    pattern = _diluted_re()
    if pattern is None:
        return False
    return pattern.search(low, max(lo, start - 40), start) is not None
