"""A merger's clues are read once per body (stop 53; deal_parties.merger_clues).

`merger_order` tells which of two merging companies buys the other from what the page tells elsewhere
(the share issuer, the holders' larger part, the name kept, the one told as bought, the bigger one).
It is asked for every sentence that names a merger between two companies, and it read the whole body
again each time: on a long page naming such a merger sentence after sentence, the work grew with the
square of the page. The clues are now read the first time they are asked for and kept on the page's
layout; what they decide is unchanged.

Invented companies and sentences; hand-written expectations.
"""

from __future__ import annotations

import pytest

import tui.analysis.extract.deal_parties as deal_parties
from tests.test_parties_forms_s51 import deal_of, parties
from tui.analysis.extract.fact_layout import _Doc, _Name


def _counted(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], list[int]]:
    """Count the calls of merger_order and the reads of the body's share issuers."""
    orders: list[int] = []
    reads: list[int] = []
    order, issuers = deal_parties.merger_order, deal_parties.share_issuers

    def counted_order(doc: _Doc, a: _Name, b: _Name) -> tuple[_Name, _Name] | None:
        orders.append(1)
        return order(doc, a, b)

    def counted_issuers(doc: _Doc) -> frozenset[str]:
        reads.append(1)
        return issuers(doc)

    monkeypatch.setattr(deal_parties, "merger_order", counted_order)
    monkeypatch.setattr(deal_parties, "share_issuers", counted_issuers)
    return orders, reads


MANY_MERGER_SENTENCES = [
    # the same pair, a clue-less sentence after sentence, the issuer told last
    (
        " ".join(
            f"Analysts said a proposed merger between Halvorn Freight and Mistral Logistics came up again at "
            f"meeting number {k}."
            for k in range(1, 7)
        )
        + " Mistral Logistics will issue 0.9 new shares for each Halvorn Freight share.",
        ("Mistral Logistics", "Halvorn Freight"),
    ),
    # the pair told in other words each time, the holders' larger part told last
    (
        "A planned combination between Corliss Bank and Tenby Savings was discussed on Monday. "
        "The pending tie-up between Corliss Bank and Tenby Savings drew questions on Tuesday. "
        "The proposed merger between Corliss Bank and Tenby Savings was raised by unions on Wednesday. "
        "Tenby Savings shareholders will own about 58% of the combined bank.",
        ("Tenby Savings", "Corliss Bank"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), MANY_MERGER_SENTENCES)
def test_merger_clues_are_read_once_per_body(
    monkeypatch: pytest.MonkeyPatch, body: str, expected: tuple[str, str]
) -> None:
    orders, reads = _counted(monkeypatch)
    f = deal_of(body)
    assert parties(f) == expected
    assert len(orders) >= 2  # asked more than once on the page ...
    assert len(reads) == 1  # ... its body read once


def test_near_miss_a_page_naming_no_merger_reads_no_clue(monkeypatch: pytest.MonkeyPatch) -> None:
    orders, reads = _counted(monkeypatch)
    f = deal_of(
        "Halvorn Freight Inc. has agreed to acquire Mistral Logistics Corp. for $2.4 billion in cash."
    )
    assert parties(f) == ("Halvorn Freight Inc.", "Mistral Logistics Corp.")
    assert (orders, reads) == ([], [])
