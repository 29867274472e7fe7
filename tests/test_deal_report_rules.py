"""Deal stories told as a report of talks, as a price with its total, and as a joint statement
(issues 11 and 12, stop 23). Every text here is invented; each test names the form of text the rule
is for and fails without it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

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


@pytest.mark.parametrize(
    "text",
    [
        # The reported clause names a person as the one in talks: the company before "reported that"
        # is the target ("the company"), never the buyer.
        "Ferrow Labs jumps on report\n\nShares of Ferrow Labs rose 18% on Tuesday after the Daily Ledger "
        "reported that investor Ivo Stark is in talks to buy the business for roughly $6 billion.\n\n"
        "Ferrow Labs makes sensors for farm machines.\n",
        # The owner of shares that move is no buyer.
        "Ferrow Labs jumps\n\nShares of Ferrow Labs jumped 20% as a rival was said to be in talks to buy "
        "the company for about $6bn.\n\nFerrow Labs makes sensors for farm machines.\n",
    ],
    ids=["reported-clause-names-its-subject", "owner-of-moving-shares"],
)
def test_the_company_whose_shares_or_report_open_the_story_is_the_target_not_the_buyer(text: str) -> None:
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


# --- the same price as a total; a background clause ----------------------------------------------------


def test_a_total_cost_that_restates_the_per_share_price_is_the_amount() -> None:
    text = (
        "Quarry to buy Ferrow\n\nQuarry Systems has agreed to buy Ferrow Labs. It will pay $52 per share, "
        "which works out to a total cost of about $6 billion for the buyer.\n"
    )
    got = slots(text)
    assert got["amount"] == 6e9
    assert "total" not in got


def test_a_total_price_of_is_the_amount() -> None:
    text = (
        "Quarry to buy Ferrow\n\nQuarry Systems will acquire Ferrow Labs for a total price of $6.2 billion, "
        "the two companies said.\n"
    )
    assert slots(text)["amount"] == 6.2e9


def test_a_running_total_of_investment_stays_the_total() -> None:
    text = (
        "Orbitex adds to Kestrel bet\n\nOrbitex Corp will invest a further $2 billion in Kestrel Labs, "
        "bringing its total investment in the startup to $6 billion.\n"
    )
    got = slots(text)
    assert (got["amount"], got["total"]) == (2e9, 6e9)


def test_a_buyer_that_has_acquired_many_companies_is_background_not_the_status() -> None:
    text = (
        "Quarry eyes Ferrow\n\nSince its founding, Quarry Systems has acquired many rivals in other "
        "markets. Now it has struck a deal to take over sensor maker Ferrow Labs for $6 billion.\n"
    )
    assert slots(text)["status"] == "agreed"
    for quantifier in ("several", "dozens of", "a string of"):
        text2 = text.replace("many", quantifier)
        assert slots(text2)["status"] == "agreed", quantifier


def test_a_buyer_that_has_acquired_the_target_closed_the_deal() -> None:
    text = (
        "Quarry completes Ferrow purchase\n\nQuarry Systems has acquired Ferrow Labs for $6 billion, "
        "the company said on Friday.\n"
    )
    assert slots(text)["status"] == "closed"


# --- joint statements ----------------------------------------------------------------------------------

JOINT = (
    "Quarry to buy Ferrow\n\n"
    "Quarry Systems will buy Ferrow Labs for $6 billion in cash, Quarry Systems and Ferrow Labs said on "
    "Tuesday.\n\n"
    "“Farm machines are getting smarter every season, and growers want one partner for all of it,” the "
    "two companies noted in their joint statement.\n\n"
    "Ferrow Labs chief Ada Brook will run the combined sensor unit, according to the statement.\n"
)


def test_a_quotation_the_two_companies_wrote_is_given_to_both() -> None:
    assert speakers(JOINT) == [{"Quarry Systems", "Ferrow Labs"}]
    quote = next(q for q in run(JOINT).analysis.quotes if q.kind == "speech")
    assert quote.speaker == "Quarry Systems and Ferrow Labs"


def test_the_companies_said_in_a_release_credits_both() -> None:
    text = JOINT.replace("two companies noted in their joint statement", "companies said in a release")
    assert speakers(text) == [{"Quarry Systems", "Ferrow Labs"}]


def test_according_to_the_statement_is_its_makers_voice_not_a_document() -> None:
    names = source_names(JOINT)
    assert {"Quarry Systems", "Ferrow Labs"} <= names
    assert not any(n.startswith("a ") for n in names), names


def test_according_to_the_statement_after_one_company_is_that_company() -> None:
    text = (
        "Quarry to buy Ferrow\n\nQuarry Systems will buy Ferrow Labs for $6 billion, the company said in a "
        "statement on Tuesday.\n\nFerrow Labs chief Ada Brook will run the combined sensor unit, "
        "according to the statement.\n"
    )
    result = run(text)
    names = {s.id: s.name for s in result.sources}
    last = [c for c in result.analysis.claims if "Ada Brook" in c.text][0]
    assert names[last.source_id] == "Quarry Systems"


def test_the_statement_nobody_made_before_is_the_company_the_head_names_first() -> None:
    # stop 54 (the tables' reading): a definite "the statement" no one was told to make is the statement of
    # the company the page's head names first; an indefinite "a statement" stays a document
    text = (
        "Quarry to buy Ferrow\n\nQuarry Systems will buy Ferrow Labs for $6 billion. Ferrow Labs chief Ada "
        "Brook will run the combined sensor unit, according to the statement.\n"
    )
    names = source_names(text)
    assert "Quarry Systems" in names and "a statement" not in names
    assert "a statement" in source_names(
        text.replace("according to the statement", "according to a statement")
    )


def test_one_company_speaking_keeps_one_speaker() -> None:
    text = (
        "Quarry to buy Ferrow\n\nQuarry Systems will buy Ferrow Labs for $6 billion.\n\n"
        "“Growers want one partner for all of it,” Quarry Systems said in a statement.\n"
    )
    result = run(text)
    quote = next(q for q in result.analysis.quotes if q.kind == "speech")
    assert quote.speaker == "Quarry Systems" and quote.source_ids == ()


def test_according_to_the_release_after_an_announcement_is_the_announcer() -> None:
    text = (
        "Orbitex backs Kestrel\n\nOrbitex Corp announced on Monday that it will invest $2 billion in Kestrel "
        "Labs.\n\nAccording to the release, the money will pay for new robot arm plants.\n"
    )
    assert source_names(text) == {"Orbitex Corp"}


def test_a_quotation_of_two_companies_keeps_both_after_the_corpus_merge() -> None:
    from tui.analysis.extract import analyse_corpus
    from tui.corpus.model import Corpus

    arts = [Article("a1", Path("a1.txt"), JOINT, ArticleMeta(headline_in_text=True))]
    analysis = analyse_corpus(Corpus("c", Path("."), arts))
    names = {s.id: s.name for s in analysis.sources}
    quote = next(q for q in analysis.articles["a1"].quotes if q.kind == "speech")
    assert {names[i] for i in quote.source_ids} == {"Quarry Systems", "Ferrow Labs"}
    assert quote.source_id == quote.source_ids[0]


# --- bad input ----------------------------------------------------------------------------------------


def test_the_new_patterns_are_linear_on_a_two_megabyte_line() -> None:
    from tui.analysis.extract import attribution, deal_clauses, fact_tables

    status = fact_tables._tables().strong_status_re
    assert status is not None
    cases = [
        (status, "in “ ‘ "),
        (status, "in talk talk talk "),
        (status, "is in 'advanced "),
        (deal_clauses._OPENER, "that that "),
        (deal_clauses._STOCK_BEFORE, "shares of "),
        (attribution._PLURAL_ANAPHOR, "the two companies "),
    ]
    for pattern, unit in cases:
        line = unit * (2_000_000 // len(unit))
        start = time.process_time()
        list(pattern.finditer(line))
        assert time.process_time() - start < 20, unit


def test_the_clause_helpers_stay_in_their_window_on_a_two_megabyte_line() -> None:
    from tui.analysis.extract import deal_clauses

    for unit in ("shares ", "the company ", "many many ", "reported that "):
        line = unit * (2_000_000 // len(unit))
        start = time.process_time()
        for pos in range(0, len(line), len(line) // 200):
            deal_clauses.clause_start(line, 0, pos)
            deal_clauses.stock_owner(line, pos, pos + 1)
            deal_clauses.anaphor_after(line, pos)
            deal_clauses.generic_object(line, pos)
        assert time.process_time() - start < 20, unit


def test_no_party_is_taken_from_a_later_reported_clause() -> None:
    # "buying" of the market sits in the main clause; the organisation after "reported that" is the
    # subject of another clause, never the object of that verb.
    text = (
        "Ferrow Labs jumps\n\nFerrow Labs shares soared 20% in heavy buying and selling on Monday after the "
        "Daily Ledger reported that Quarry Systems is in early talks over the sensor maker.\n\n"
        "Ferrow Labs makes sensors for farm machines, and Quarry Systems sells them.\n"
    )
    got = slots(text)
    assert got.get("target") != "Quarry Systems"
    assert got.get("buyer") != "Ferrow Labs"


def test_an_object_after_its_verb_in_the_same_clause_is_still_the_target() -> None:
    got = slots(
        "Quarry to buy Ferrow\n\nQuarry Systems agreed to buy Ferrow Labs for $6 billion, the company said "
        "on Monday.\n"
    )
    assert (got["buyer"], got["target"]) == ("Quarry Systems", "Ferrow Labs")
