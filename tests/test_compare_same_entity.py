"""Two names the extractor reads as one entity are one party (issue 12, stop 44; verdicts.fact_verdict,
Slot.entity).

The form: a market page names the buyer by its ticker ("Orchard (NASDAQ: OGMZ) announced today it
will acquire ...", the buyer's cell "OGMZ"), the others by its name. The extractor reads the ticker as
the company (one entity); the row read "not judged: different values", a disagreement to a reader's
eye. Now: a variation, "one party, named two ways". Two names of two entities stay not judged.

Invented names; hand-written expectations.
"""

from __future__ import annotations

from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

SPAN = Span("a", 0, 1)


def _party(text: str, entity: str | None) -> Slot:
    return Slot("fact", text, SPAN, normalized=text, entity=entity)


def test_a_company_and_its_ticker_read_as_one_entity_are_one_party() -> None:
    v = verdicts.fact_verdict(_party("Orchard Games", "orchard-games"), _party("OGMZ", "orchard-games"))
    assert v.kind == verdicts.VARIATION and v.reason == "same-entity"
    assert "one party, named two ways" in v.why


def test_two_entities_or_no_entity_stay_not_judged() -> None:
    assert verdicts.fact_verdict(_party("Orchard Games", "orchard-games"), _party("OGMZ", "ogmz")).kind == (
        verdicts.INCOMPARABLE
    )
    assert (
        verdicts.fact_verdict(_party("Orchard Games", None), _party("OGMZ", None)).kind
        == verdicts.INCOMPARABLE
    )
