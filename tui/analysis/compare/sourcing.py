"""Each article's sourcing profile, from the sources the extractor attributed its sentences to
(statements.py: the claim's source, else a citation in the sentence, else the narrator)."""

from __future__ import annotations

from collections import Counter

from tui.analysis.compare.model import SourcingProfile, Statement


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
            names[(st.source.name, kind)] += 1  # type: ignore[union-attr]
        if st.hedged:
            result.hedged += 1
        for aspect_id in aspect_of.get(st.id, ()):
            bucket = result.per_aspect.setdefault(aspect_id, {})
            bucket[kind] = bucket.get(kind, 0) + 1
    result.sources = [(name, kind, n) for (name, kind), n in names.most_common()]
    return result
