"""A denied bid's stage, and a board committee told as a group (stop 55, "compare55").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import SourceKind
from tui.corpus.model import Article, ArticleMeta


def analysed(body: str, headline: str = "Deal news"):  # type: ignore[no-untyped-def]
    text = f"{headline}\n\n{body}\n"
    return analyse_article(
        Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    )


def stage(body: str) -> str | None:
    facts = analysed(body).analysis.facts
    status = facts.slots.get("status") if facts is not None else None
    return None if status is None else str(status.value)


# --- 4. a bid said never to have been made ------------------------------------------------------------------------
# The shape: a party says no bid exists ("no offer has been made", "no bid had been made", "<B> has made no offer")
# or denies making one ("<B> denied it had made an offer", "denies making any offer"): the deal's stage is `denied`,
# never the default's agreed or announced deal. Near miss: "no rival offer" / "no higher bid" beside an agreement is
# another bidder's or a better price: the agreement stands.


@pytest.mark.parametrize(
    "body",
    [
        "Dunmore Labs shares jumped on reports of a takeover bid from Halvern Group. Halvern said no offer has been "
        "made.",
        "Halvern Group said on Monday that no bid had been made for Dunmore Labs, after a newspaper reported a $4 "
        "billion approach.",
        "Tolland Systems stock rose 9% after reports that Marrick Industries would bid for it. Marrick has made no "
        "offer for Tolland, a spokeswoman said.",
    ],
)
def test_no_offer_made_is_a_denied_bid(body: str) -> None:
    assert stage(body) == "denied"


@pytest.mark.parametrize(
    "body",
    [
        "Castlebay Foods denied on Friday that it had made an offer for Orrin Dairy.",
        "Marrick Industries denied it had submitted a bid for Tolland Systems, saying a report of a $900 million offer "
        "was wrong.",
        "In a statement on Tuesday, Halvern Group denies making any offer for Dunmore Labs.",
    ],
)
def test_an_offer_denied_by_its_bidder_is_a_denied_bid(body: str) -> None:
    assert stage(body) == "denied"


def test_near_miss_no_rival_offer_beside_an_agreement_stays_agreed() -> None:
    assert stage(
        "No rival offer has been made since Halvern Group agreed to buy Dunmore Labs for $4 billion."
    ) == ("agreed")


# --- 5. a board's committee named by its kind is a group, not an organisation --------------------------------------
# The shape: "The Special Committee determined ...", "the Independent Committee said ...": a board's unnamed committee
# that speaks on a bid, written with capitals, is the group "special committee" (the tables' convention (e)), though
# the entities type the capitalised words as a name ("other"): attribution's committee rule (`_source_before` sets
# such an entity aside) decides it. Near miss: a committee with a name of its own ("the Nobel Committee") is an
# organisation.


def sources(body: str) -> list[tuple[str, SourceKind]]:
    return [(s.name, s.kind) for s in analysed(body).sources]


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "The Special Committee determined that the offer from Halvern Group is inadequate, Dunmore Labs said.",
            "special committee",
        ),
        (
            "Shares of Orrin Dairy rose after the Independent Committee said it would review the proposal from "
            "Castlebay Foods.",
            "independent committee",
        ),
        (
            "The offer from Marrick Industries undervalues Tolland Systems, the Special Committee said in a letter to "
            "holders.",
            "special committee",
        ),
    ],
)
def test_a_board_committee_named_by_its_kind_is_a_group(body: str, label: str) -> None:
    found = sources(body)
    assert (label, SourceKind.GROUP) in found
    assert all(kind != SourceKind.ORGANIZATION for name, kind in found if "ommittee" in name)


def test_near_miss_a_committee_with_a_name_is_an_organisation() -> None:
    assert ("Nobel Committee", SourceKind.ORGANIZATION) in sources(
        "The Nobel Committee said it would announce the prize on Monday."
    )
