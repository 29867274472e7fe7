"""Deal stories told as a report of talks, as a price with its total, and as a joint statement
(issues 11 and 12, stop 23). Every text here is invented; each test names the form of text the rule
is for and fails without it."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def run(text: str, headline: bool = True):
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=headline)))


def slots(text: str, headline: bool = True) -> dict[str, object]:
    facts = run(text, headline).analysis.facts
    assert facts is not None
    return {k: v.value for k, v in facts.slots.items()} | {"event": facts.event}


def source_names(text: str) -> set[str]:
    return {s.name for s in run(text).sources}


def speakers(text: str) -> list[set[str]]:
    """Per speech quotation, the names of every source it is given to."""
    result = run(text)
    names = {s.id: s.name for s in result.sources}
    out = []
    for q in result.analysis.quotes:
        if q.kind != "speech":
            continue
        ids = set(q.source_ids) if getattr(q, "source_ids", ()) else ({q.source_id} if q.source_id else set())
        out.append({names.get(i, i) for i in ids})
    return out


# --- a report of talks ---------------------------------------------------------------------------------

TALKS = (
    "Ferrow Labs jumps on takeover report\n\n"
    "Shares of Ferrow Labs rose 18% on Tuesday after the Daily Ledger reported that Quarry Systems is in "
    "“advanced talks” to take over the firm for roughly $6 billion.\n\n"
    "A deal could come within days, the Ledger said, citing people familiar with the matter. Neither "
    "company answered calls.\n\n"
    "Quarry Systems has about $2 billion in cash. Ferrow Labs makes sensors for farm machines.\n"
)


def test_the_buyer_of_a_reported_deal_is_the_subject_of_the_reported_clause() -> None:
    # The shares' owner opens the sentence; the buyer is the one the report says is in talks.
    got = slots(TALKS)
    assert (got["buyer"], got["target"], got["amount"]) == ("Quarry Systems", "Ferrow Labs", 6e9)


def test_no_buyer_is_taken_from_before_a_reported_clause_that_names_its_own_subject() -> None:
    # The reported clause names a person as the one in talks: the company before "reported that" is
    # the target ("the company"), never the buyer.
    text = (
        "Ferrow Labs jumps on report\n\nShares of Ferrow Labs rose 18% on Tuesday after the Daily Ledger "
        "reported that investor Ivo Stark is in talks to buy the business for roughly $6 billion.\n\n"
        "Ferrow Labs makes sensors for farm machines.\n"
    )
    got = slots(text)
    assert got.get("buyer") != "Ferrow Labs"
    assert got["target"] == "Ferrow Labs"


def test_the_owner_of_shares_that_move_is_no_buyer() -> None:
    text = (
        "Ferrow Labs jumps\n\nShares of Ferrow Labs jumped 20% as a rival was said to be in talks to buy "
        "the company for about $6bn.\n\nFerrow Labs makes sensors for farm machines.\n"
    )
    got = slots(text)
    assert got.get("buyer") != "Ferrow Labs"
    assert got["target"] == "Ferrow Labs"


def test_the_company_after_the_deal_verb_is_the_other_organisation_of_the_sentence() -> None:
    text = (
        "Ferrow Labs jumps\n\nFerrow Labs rose 20% in late trade after the Daily Ledger said Quarry Systems "
        "was in talks to buy the firm for around $6bn.\n\nQuarry Systems sells farm machines.\n"
    )
    got = slots(text)
    assert (got["buyer"], got["target"]) == ("Quarry Systems", "Ferrow Labs")
    assert run(text).analysis.facts.slots["target"].rule == "party.verb-anaphor"


def test_quoted_talks_are_a_talks_status() -> None:
    assert slots(TALKS)["status"] == "talks"
    single = TALKS.replace("“advanced talks”", "'in advanced talks'").replace("is in 'in", "is 'in")
    assert slots(single)["status"] == "talks"


def test_talks_with_any_short_qualifier_are_talks() -> None:
    for words in ("late-stage talks", "exclusive talks", "preliminary discussions", "detailed negotiations"):
        text = TALKS.replace("“advanced talks”", words)
        assert slots(text)["status"] == "talks", words


def test_a_subject_reporting_its_own_deal_is_still_the_buyer() -> None:
    # "X said that it will acquire Y": no organisation in the reported clause, the reporter buys.
    got = slots(
        "Quarry to buy Ferrow\n\nQuarry Systems said on Monday that it will acquire Ferrow Labs for "
        "$6 billion in cash. The deal needs approval.\n"
    )
    assert (got["buyer"], got["target"], got["status"]) == ("Quarry Systems", "Ferrow Labs", "agreed")


def test_an_outlet_that_understands_something_is_its_source() -> None:
    text = (
        "Quarry eyes Ferrow\n\n"
        "The Daily Ledger understands that Quarry Systems is 'in advanced talks' to acquire Ferrow Labs for "
        "around $6 billion.\n\n"
        "Citing sources close to the matter, the British daily estimates that a deal could come this week.\n"
    )
    got = slots(text)
    assert (got["buyer"], got["target"], got["status"]) == ("Quarry Systems", "Ferrow Labs", "talks")
    assert "Daily Ledger" in " ".join(source_names(text))


def test_understands_without_a_clause_is_no_source() -> None:
    text = (
        "Quarry buys Ferrow\n\nQuarry Systems understands farm machines better than anyone. It agreed to "
        "buy Ferrow Labs for $6 billion on Monday.\n"
    )
    assert source_names(text) == set()
