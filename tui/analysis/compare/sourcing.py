"""Who each statement rests on, and each article's sourcing profile.

The extractor's attribution (Claim.source_id -> Source.kind) is used where it exists. For a sentence
it left unattributed, `attribute` applies the cue lists of language.yaml (rule "compare.cue.<kind>"):
unnamed people, organizations' statements, documents, outlets by name, named people with a
reporting verb. Anything else is the narrator.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from tui.analysis.compare.data import cue_pattern, load
from tui.analysis.compare.model import SourceRef, SourcingProfile, Statement

_NAME = r"[A-Z][\w’'.-]+(?:\s+(?:of\s+|&\s+)?[A-Z][\w’'.-]+){0,3}"


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data = load("language").get("attribution") or {}
    outlets = sorted((str(o) for o in data.get("outlets") or []), key=len, reverse=True)
    return {
        "unnamed": cue_pattern(data.get("unnamed"), "language.yaml: attribution.unnamed"),
        "organization": cue_pattern(data.get("organization"), "language.yaml: attribution.organization"),
        "document": cue_pattern(data.get("document"), "language.yaml: attribution.document"),
        "outlet_verbs": cue_pattern(data.get("outlet_verbs"), "language.yaml: attribution.outlet_verbs"),
        "outlets": re.compile("|".join(r"\b" + re.escape(o) + r"(?![\w])" for o in outlets))
        if outlets
        else None,
        "person": re.compile(
            r"\b((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][a-z][\w’'-]*\s+[A-Z][a-z][\w’'-]+)\s+(?:"
            + "|".join(re.escape(v) for v in data.get("person_verbs") or ["said"])
            + r")\b"
        ),
    }


def attribute(text: str) -> SourceRef:
    """The source of a sentence from its own words (fallback for sentences without a claim source)."""
    cues = _cues()
    m = cues["unnamed"].search(text) if cues["unnamed"] else None
    if m:
        return SourceRef(m.group(), "unnamed", "compare.cue.unnamed")
    verbs = cues["outlet_verbs"]
    outlets = cues["outlets"]
    if outlets is not None:
        o = outlets.search(text)
        if o and verbs is not None and verbs.search(text):
            return SourceRef(o.group(), "outlet", "compare.cue.outlet")
    m = cues["organization"].search(text) if cues["organization"] else None
    if m:
        owner = re.search(rf"({_NAME})’s\s+(?:official\s+)?" + re.escape(m.group()), text)
        by = re.search(r"confirmed by\s+(" + _NAME + ")", text)
        name = owner.group(1) if owner else by.group(1) if by else "a company"
        return SourceRef(f"{name} ({m.group().lower()})", "organization", "compare.cue.organization")
    m = cues["document"].search(text) if cues["document"] else None
    if m:
        return SourceRef(m.group(), "document", "compare.cue.document")
    m = cues["person"].search(text)
    if m:
        return SourceRef(m.group(1), "person", "compare.cue.person")
    return SourceRef("narrator", "narrator", "compare.narrator")


def profile(statements: list[Statement], aspect_of: dict[str, list[str]]) -> SourcingProfile:
    """Counts per source kind, per source and per aspect; hedged statements.

    `aspect_of` maps a statement id to the aspect ids it serves.
    """
    result = SourcingProfile()
    names: Counter[tuple[str, str]] = Counter()
    for st in statements:
        if st.place == "heading":
            continue
        kind = st.source.kind if st.source else "narrator"
        result.statements += 1
        result.kinds[kind] = result.kinds.get(kind, 0) + 1
        if kind != "narrator":
            result.attributed += 1
            names[(st.source.name if st.source else "", kind)] += 1
        if st.hedged:
            result.hedged += 1
        for aspect_id in aspect_of.get(st.id, ()):
            bucket = result.per_aspect.setdefault(aspect_id, {})
            bucket[kind] = bucket.get(kind, 0) + 1
    result.sources = [(name, kind, n) for (name, kind), n in names.most_common()]
    return result
