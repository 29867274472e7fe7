"""A unit of a company's own separated from it, told as news (stop 48): "Orla will spin off its snacks unit",
"Brandt is to de-merge its chemicals division", "Tavi plans to spin out its cloud business as a standalone listed
company", "Kell will separate its lighting arm", "hiving off its freight operations".

Such a page tells a deal with no buyer and no price (the tables' convention since unilever-icecream-2024): the
unit is the target, as the page names it ("ice cream" of "its ice cream unit"; a capitalised name the page gives
it), the buyer and the money stay empty. Before, no deal cue matched these verbs, and the page's other news (the
job cuts of the same plan) took its event.

The verb must tell the separation as to come, under way or just done (spin off, spins off, spinning off, de-merge,
spin out, separate, hive off, carve out; "has spun off", "has separated", "completed the spin-off of"), with the
unit as its object ("its <words> unit / business / division / arm / brands / operations / segment / subsidiary");
"separate" needs the possessive ("separate teams" is an adjective). A simple past ("spun off in 2019") tells
history, a noun ("a spin-off of the old lab") an origin, a relative clause (", which plans to spin off its unit,")
the subject's background: none is read.
Every pattern is bounded, so the scan stays linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Separation", "separations_in", "SEPARATION"]

#: The unit's head noun, which closes the object (lower case).
_UNIT_HEAD = r"(?:business(?:es)?|units?|divisions?|arms?|brands|operations|segments?|subsidiar(?:y|ies)|departments?)\b"
#: Up to six words of the unit's name between the possessive and the head (no clause's end among them).
_UNIT_WORDS = r"(?P<words>(?:[^\s,;:]+\s+){0,6}?)"
#: A separation told as to come or under way, with its object (lower case): the verb, an optional "all of", the
#: possessive (needed after "separate"), the unit's words and its head.
#: The verbs of splitting a unit off (lower case): spin off / out, de-merge, hive off, as to come or just done.
_SPLIT_VERB = (
    r"(?:spin|spins|spinning|(?:has|have)\s+spun)\s+(?:off|out)|de-?merg(?:e|es|ing)|(?:has|have)\s+de-?merged|"
    r"hiv(?:e|es|ing)\s+off"
)
#: "separate", which needs the possessive after it when its object is a unit ("separate teams" is an adjective).
_SEPARATE_VERB = r"separat(?:e|es|ing)|(?:has|have)\s+separated"
SEPARATION = re.compile(
    r"\b(?:(?:"
    + _SPLIT_VERB
    + r"|carv(?:e|es|ing)\s+out)\s+(?:(?:all|most|part)\s+of\s+)?(?:(?:its|their|the)\s+)?"
    r"|(?:" + _SEPARATE_VERB + r")\s+(?:(?:all|most|part)\s+of\s+)?(?:its|their)\s+"
    r"|complet(?:e|es|ed|ing)\s+(?:the|its|their)\s+(?:spin-?off|spin-?out|de-?merger|separation)\s+of\s+"
    r"(?:(?:all|most|part)\s+of\s+)?(?:its|their)\s+)"
    r"(?!of\b)" + _UNIT_WORDS + r"(?P<head>" + _UNIT_HEAD + r")"
)
#: A separation of a unit told by its own name, then what it becomes (the verb on the lower-cased text, the name's
#: capitals on the text): "will spin off Veralto as a standalone company", "plans to de-merge Corvel Labs into a
#: separately listed business", "has spun off Nexa as an independent, publicly traded company".
_NAMED_VERB = re.compile(r"\b(?:" + _SPLIT_VERB + "|" + _SEPARATE_VERB + r")\s+(?=[A-Z])")
#: The unit's own name: up to four capitalised words (on the text).
_NAME_RUN = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")
#: What the named unit becomes, right after its name (lower case): " as a standalone company", ", into an independent,
#: publicly traded business".
_BECOMES = re.compile(
    r",?\s+(?:as|into)\s+(?:a|an)\s+(?:(?:new|separate|standalone|stand-alone|independent|separately\s+listed|"
    r"publicly\s+(?:listed|traded)|listed|public)[,\s]+){1,3}(?:company|business|entity|firm|group|concern)\b"
)
#: A separation told as done, at the verb's start (lower case).
_DONE = re.compile(r"(?:has|have)\s|complet")
#: A relative clause opened before the verb, not closed before it (lower case): ", which plans to ", ", who ".
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|that)\b[^,;:()]{0,80}$")
#: A word of the unit's name that is no part of it: a figure, a bracket, a currency (kept out of the name).
_NOT_NAME_WORD = re.compile(r"[\d()€£$¥]")
#: Generic words before a unit's name (lower case): "its global ice cream business", "its entire chip unit".
_GENERIC_BEFORE = frozenset(
    {"global", "worldwide", "international", "entire", "whole", "core", "remaining", "newly", "created", "new",
     "fast-growing", "struggling", "profitable", "lucrative", "popular", "iconic", "famous", "big", "large",
     "small", "separate", "own"}
)  # fmt: skip


@dataclass(frozen=True)
class Separation:
    """One separation told in a sentence: where its verb starts and its object ends, the unit's name as the
    page writes it (the head noun and generic words left out), where that name stands, and whether the verb tells
    it done."""

    start: int
    end: int
    unit: str
    unit_start: int
    unit_end: int
    done: bool = False  # told as done: "has spun off", "has separated", "completed the spin-off of"


def separations_in(text: str, low: str, s0: int, s1: int) -> list[Separation]:
    """The separations told between s0 and s1 of the text (`low` its lower-cased copy, same offsets), each
    with a unit's name; a unit told by its head alone ("spin off its business") names none and is left out."""
    out = []
    for m in SEPARATION.finditer(low, s0, s1):
        if _RELATIVE_OPEN.search(low, max(s0, m.start() - 100), m.start()):
            continue  # "Orla, which plans to spin off its snacks unit, will cut 800 jobs": the subject's background
        a = m.start("words")
        words: list[tuple[int, int]] = []
        for w in re.finditer(r"\S+", text[a : m.end("words")]):
            if _NOT_NAME_WORD.search(w.group()):
                words = []  # a figure or a bracket ends what came before: the name comes after it
                continue
            if not words and w.group().lower() in _GENERIC_BEFORE:
                continue
            words.append((a + w.start(), a + w.end()))
        if not words:
            continue
        u0, u1 = words[0][0], words[-1][1]
        done = _DONE.match(low, m.start()) is not None
        out.append(Separation(m.start(), m.end(), text[u0:u1], u0, u1, done))
    for m in _NAMED_VERB.finditer(text, s0, s1) if _BECOMES.search(low, s0, s1) else ():
        if _RELATIVE_OPEN.search(low, max(s0, m.start() - 100), m.start()):
            continue
        name = _NAME_RUN.match(text, m.end(), s1)
        if name is None or not _BECOMES.match(low, name.end(), s1):
            continue  # "will spin off Nexa": no word of what it becomes, not read
        done = _DONE.match(low, m.start()) is not None
        out.append(Separation(m.start(), name.end(), name.group(), name.start(), name.end(), done))
    out.sort(key=lambda sep: sep.start)
    return out
