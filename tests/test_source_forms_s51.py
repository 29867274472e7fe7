"""Who is cited, in forms the stop-50 hold-out pair (a merger of equals told as an all-share swap, a hostile bid
rejected by the target's board) showed (stop 51, "speakers": forms 11-15 of the keeper's list). Every text here is
invented; each form is written down as a general shape, with three wordings that differ from the pages that showed
it and from each other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, source_result, sources_of

_HEAD = "Two groups to combine\n\n"


def _names(body: str) -> set[str]:
    return {name for name, _ in sources_of(_HEAD + body)}


def _cited_by(body: str, opening: str) -> list[str]:
    """The names of the sources the claim that opens with `opening` hangs on, first named first."""
    result = source_result(_HEAD + body)
    names = {s.id: s.name for s in result.sources}
    for claim in result.analysis.claims:
        if claim.text.startswith(opening):
            ids = claim.source_ids or ([claim.source_id] if claim.source_id else [])
            return [names[i] for i in ids if i in names]
    raise AssertionError(f"no claim opens with {opening!r}")


# --- (11a) two parties that announce together, one of them with its ticker in brackets --------------------------
# The FORM: "<A> (<TICKER>) and <B> (<TICKER>) announce/said ...": both parties speak, as one subject. Before: once
# the page wrote A's short name alone later on, A's ticker became one of A's forms, a mention of its own between A
# and "and", and the pair broke: only B was cited. Near miss: a pair that is no subject ("Shares of A (AAA) and B
# rose after C said") cites C alone.


def test_two_parties_with_their_tickers_announce_an_agreement() -> None:
    body = (
        "Brenvik Resources (BRENVIK) and Halden American (HLDNY) announce they have reached an agreement to "
        "combine. Brenvik holders will own 40% of the group."
    )
    assert _cited_by(body, "Brenvik Resources (BRENVIK)") == ["Brenvik Resources", "Halden American"]


def test_two_food_makers_with_tickers_said_they_would_merge() -> None:
    body = "Kestrel Foods (KESTREL) and Orla Brands (ORB) said on Monday that they would merge. Kestrel will lead it."
    assert _names(body) == {"Kestrel Foods", "Orla Brands"}


def test_two_banks_with_exchange_and_ticker_told_the_market() -> None:
    body = (
        "Tallis Bank (OSE: TALLIS) and Vardo Sparebank (OSE: VARDO) confirmed on Friday that they had agreed "
        "terms. Tallis will issue new shares and Vardo will be delisted."
    )
    assert _names(body) == {"Tallis Bank", "Vardo Sparebank"}


def test_near_miss_two_tickers_in_no_subject_cite_the_one_who_spoke() -> None:
    body = (
        "Shares of Kestrel Foods (KESTREL) and Orla Brands rose after Lund Capital said it would bid. Kestrel "
        "declined to comment."
    )
    assert "Lund Capital" in _names(body)
    assert "Orla Brands" not in _names(body)


# --- (11b) two parties that announce together, one described by its home ---------------------------------------
# The FORM: "<Place>-based <A> and <Place>'s <B> announced/said ...": the home told before either name ("Oslo-based",
# "London-headquartered", "Norway's") describes it and keeps the pair one subject. Before: the place's possessive
# stood between "and" and B, and a home before A made the pair seem not to open its clause: only B was cited. Near
# miss: a described name that is the object of another verb ("A bought Norway's B and C said") is no subject.


def test_a_home_before_each_party_of_a_joint_announcement() -> None:
    body = "London-based Halden Mining Corp. and Canada's Brenvik Metals Ltd. last week announced a planned merger."
    assert _names(body) == {"Halden Mining Corp.", "Brenvik Metals Ltd."}


def test_a_country_possessive_before_the_second_party() -> None:
    body = "Halden Mining Corp. and Norway's Brenvik Metals Ltd. said on Monday they would merge."
    assert _names(body) == {"Halden Mining Corp.", "Brenvik Metals Ltd."}


def test_a_headquartered_home_before_the_first_party() -> None:
    body = (
        "Oslo-headquartered Tallow Shipping ASA and Vardo Lines AS told investors on Monday they would merge."
    )
    assert _names(body) == {"Tallow Shipping ASA", "Vardo Lines AS"}


def test_near_miss_a_described_object_is_no_subject() -> None:
    body = "Halden Mining Corp. bought Norway's Brenvik Metals Ltd. and Lund Capital said it would sell."
    assert _names(body) == {"Lund Capital"}


# --- (11c) "the companies said" never takes the company the merger makes ------------------------------------------
# The FORM: "<A> and <B> ... to form / to become / will be called / the merged entity, <New> ... The companies said":
# the companies are A and B, never New, though the page names New most. A short form that is the first word of one
# party's name and that the page links to New ("Tallow said" after "Tallow Foods ... to form Tallow Brenvik") is that
# party. Near misses: a party whose name the new company keeps ("will be known as A", A named before) stays one of
# the companies; New named in full ("Tallow Brenvik said") is New.


def test_the_companies_after_to_form_a_new_group() -> None:
    body = (
        "Halden Mining Corp. agreed to merge with Brenvik Metals Ltd. to form Halden Brenvik Group. Halden Brenvik "
        "Group will be based in Oslo. Halden Brenvik Group will hold nine mines. The companies said the vote would "
        "be in May."
    )
    assert _cited_by(body, "The companies said") == ["Halden Mining Corp.", "Brenvik Metals Ltd."]


def test_the_companies_after_the_new_group_will_be_called() -> None:
    body = (
        "Halden Mining Corp. agreed a tie-up with Brenvik Metals Ltd. The new group will be called Halden Brenvik "
        "Group. Halden Brenvik Group will be based in Oslo and Halden Brenvik Group will hold nine mines. The "
        "companies said the vote would be in May."
    )
    assert _cited_by(body, "The companies said") == ["Halden Mining Corp.", "Brenvik Metals Ltd."]


def test_a_short_form_linked_to_the_merged_entity_is_the_party() -> None:
    body = (
        "Kestrel Bank and Lund Bank SA agreed a tie-up; the merged entity, Kestrel Lund, will be based in Oslo. "
        "Kestrel Lund will have 900 branches. Kestrel expects savings of $1 billion, Kestrel said on Monday."
    )
    assert _cited_by(body, "Kestrel expects") == ["Kestrel Bank"]


def test_a_short_form_after_to_become_is_the_party() -> None:
    body = (
        "Orvex Mining plc signed a deal to merge with Halden Metals Corp. to become Orvex Halden. Halden holders "
        "will own 38% of Orvex Halden. Orvex said the deal would close next year."
    )
    assert _cited_by(body, "Orvex said") == ["Orvex Mining"]


def test_near_miss_the_new_company_keeps_a_partys_name() -> None:
    body = (
        "Orla Foods Inc. and Tallow Brands Inc. agreed to merge. Orla Foods Inc. holders will own 60% of the group, "
        "which will be known as Orla Foods Inc. The companies said the deal would close in May."
    )
    assert _cited_by(body, "The companies said") == ["Orla Foods Inc.", "Tallow Brands Inc."]


def test_near_miss_the_new_company_named_in_full_speaks_for_itself() -> None:
    body = (
        "Tallow Foods Inc. agreed to merge with Brenvik Brands Ltd. to form Tallow Brenvik. Brenvik holders will "
        "own 40% of Tallow Brenvik. The merger will save $80 million a year, Tallow Brenvik said."
    )
    assert _cited_by(body, "The merger will save") == ["Tallow Brenvik"]


# --- (11d) a reporting clause's last word wrapped onto a line of its own ------------------------------------------
# The FORM: "..., the companies" / "said." -- a page (not hard-wrapped as a whole) breaks one sentence so that its
# last word or two and the stop stand alone on the next line. The break is that sentence's (`join_wrapped_tails`,
# same length), so the reporting clause cites its source. Before: "said." was a paragraph of its own and the
# companies were cited by no one. Near misses: a line after a sentence that closed ("... in Oslo." / "said.") and a
# line after a heading in title case stay apart, and a page's other lines are unchanged.


def test_the_companies_then_said_on_the_next_line() -> None:
    body = (
        "Orla Foods Inc. agreed to buy Tallow Brands Inc. for $2 billion. Orla will be based in Oslo, the companies\n"
        "said.\nShares of Orla rose 3%."
    )
    assert _names(body) == {"Orla Foods Inc.", "Tallow Brands Inc."}


def test_a_company_then_added_on_the_next_line() -> None:
    body = (
        "Kestrel Bank SA agreed to buy Vardo Sparebank for $900 million. The branches will stay open, Kestrel Bank "
        "SA\nadded.\nVardo shares rose."
    )
    assert "Kestrel Bank SA" in _names(body)


def test_a_chief_then_told_reporters_on_the_next_line() -> None:
    body = (
        "Halden Mining Corp. will close two pits. The pits had run at a loss for years, chief executive Ana "
        "Lund\ntold reporters.\nThe shares fell."
    )
    assert "Ana Lund" in _names(body)


def test_near_miss_a_closed_line_and_a_title_line_keep_their_breaks() -> None:
    from tui.corpus.text import join_wrapped_tails

    closed = "The plant will stay in Oslo.\nsaid.\n"
    assert join_wrapped_tails(closed) == closed
    titled = "Harbour Shipping Expands Fleet\nagain.\n"
    assert join_wrapped_tails(titled) == titled
    assert join_wrapped_tails("one line, no break") == "one line, no break"


# --- (12) a person's stance reached through an outlet's report ------------------------------------------------------
# The FORM: "<Person> made it (very | abundantly) clear that ..., the <Outlet> report added / said" (also "a <Outlet>
# story noted", "the <Outlet> article added"): the report relays the stance, so the person is cited with the report.
# Before: any closing reporting clause made the stance that clause's source's account alone, so the person was
# lost. Near miss: a closing clause of a person ("..., analyst Ivo Stark said") keeps the account that person's only.

_DEAL = "Halden Mining agreed on Monday to buy Brenvik Metals. "


def test_a_stance_made_clear_then_the_outlets_report_added() -> None:
    body = _DEAL + (
        "In his talks with Halden Mining, Ola Lund made it clear that the head office had to stay in Oslo, the "
        "Nordic Ledger report added."
    )
    assert _names(body) == {"Ola Lund", "Nordic Ledger"}


def test_a_stance_made_very_clear_then_the_outlets_report_said() -> None:
    body = _DEAL + (
        "Premier Ana Varga had made it very clear that jobs must stay in the north, the Harbour Times report said."
    )
    assert _names(body) == {"Ana Varga", "Harbour Times"}


def test_a_stance_made_abundantly_clear_then_an_article_added() -> None:
    body = _DEAL + (
        "During the talks, Mayor Ivo Brandt made it abundantly clear that the port had to stay public, the Kestrel "
        "Post article added."
    )
    assert "Ivo Brandt" in _names(body)


def test_near_miss_a_persons_closing_clause_keeps_the_account_theirs() -> None:
    body = _DEAL + "Ola Lund had made it clear that the plant would stay open, analyst Ivo Stark said."
    assert _names(body) == {"Ivo Stark"}


# --- (13a) a company that has informed a regulator or the market ---------------------------------------------------
# The FORM: "<X> has informed <the named body | the regulator, the stock exchange, the watchdog> that ..." and, closing
# a sentence after what was told, "..., <X | the bank> (has) informed <such a body> (<ACRONYM>) (on <day>).": X is
# cited. Before: "informed" cued only a "that" clause whose object was a name without "the", so a market notice told
# by the company cited no one. Near misses: "X was informed that" (told by someone else), "X informed the company
# that" (the company's account of an act) and "X informed its staff of the plan" (no words told) cite no one.

_BID = "Halden Bank SA made an offer for Brenvik Bank SA last week. "


def test_the_bank_has_informed_the_named_commission_closing_the_sentence() -> None:
    body = _BID + (
        "Brenvik Bank SA has rejected the offer, considering that it will be worth more alone, the bank has "
        "informed the Securities Market Commission (SMC)."
    )
    assert _cited_by(body, "Brenvik Bank SA has rejected") == ["Brenvik Bank SA"]


def test_a_bank_has_informed_the_named_commission_that() -> None:
    body = (
        _BID
        + "Brenvik Bank SA has informed the Securities Market Commission that its board rejected the offer."
    )
    assert _cited_by(body, "Brenvik Bank SA has informed") == ["Brenvik Bank SA"]


def test_a_bank_informed_the_stock_exchange_on_a_day() -> None:
    body = _BID + "Its board turned the offer down, Brenvik Bank SA informed the stock exchange on Monday."
    assert _cited_by(body, "Its board turned") == ["Brenvik Bank SA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brenvik Bank SA was informed that the offer would come.",
        "Its board turned the offer down, Brenvik Bank SA was informed by the stock exchange.",
        "Brenvik Bank SA informed the company that it would not sell.",
        "Brenvik Bank SA informed its staff of the plan.",
    ],
)
def test_near_miss_informed_in_the_passive_or_of_an_act_cites_no_one(sentence: str) -> None:
    assert "Brenvik Bank SA" not in _names(_BID + sentence)


# --- (13d) an unowned notice sent to a regulator is the sentence's subject's -----------------------------------------
# The FORM: "<T> has rejected ..., according to a statement sent to / a filing made with / submitted to <the market
# body>": the notice the page does not give an owner is the one its sentence's subject sent, as "<T> has informed
# the regulator" is T's, so T is cited, not "a statement". Near misses: an unowned statement sent nowhere ("according
# to a statement.") and a sentence whose subject is no company ("Shares fell 3%, according to ...") stay the
# document.


def test_a_statement_sent_to_the_regulator_is_the_subjects() -> None:
    body = _BID + (
        "Brenvik Bank SA has rejected the offer on price, according to a statement sent to the stock market regulator."
    )
    assert _cited_by(body, "Brenvik Bank SA has rejected") == ["Brenvik Bank SA"]


def test_a_filing_made_with_the_exchange_is_the_subjects() -> None:
    body = _BID + "Brenvik Bank SA will not sell, according to a filing made with the Oslo Stock Exchange."
    assert _cited_by(body, "Brenvik Bank SA will not sell") == ["Brenvik Bank SA"]


def test_a_filing_submitted_to_the_commission_is_the_subjects() -> None:
    body = _BID + (
        "Tallow Foods Inc. will cut 900 jobs, according to a filing submitted to the Securities Commission."
    )
    assert _cited_by(body, "Tallow Foods Inc. will cut") == ["Tallow Foods Inc."]


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        ("Brenvik Bank SA has rejected the offer on price, according to a statement.", "Brenvik Bank SA has"),
        ("Shares fell 3%, according to a statement sent to the stock market regulator.", "Shares fell"),
    ],
)
def test_near_miss_a_statement_sent_nowhere_or_with_no_company_subject(sentence: str, opening: str) -> None:
    assert _cited_by(_BID + sentence, opening) == ["a statement"]


def test_near_miss_a_letter_sent_to_a_person_is_no_notice_of_the_subjects() -> None:
    body = (
        _BID
        + "Brenvik Bank SA forced its chief out, according to a letter sent to Ana Lund and seen by the Ledger."
    )
    assert _cited_by(body, "Brenvik Bank SA forced") != ["Brenvik Bank SA"]


# --- (13b) a board's rejection "saying" with no comma, after a time phrase -------------------------------------------
# The FORM: "(<Earlier this week | Last month>,) <T>'s board rejected <B>'s approach saying <what>": the participle
# with no comma before it tells the clause's subject's words, so T is cited; a lead of time ("Earlier this week,")
# does not hide the subject. Before: only ", saying" after a comma cued, and only a one-word lead ("Earlier,") was
# stepped over. Near misses: a text's "saying" ("in a letter saying", "a report saying") tells the text's words and
# cites no one here; nor does "quoted X as saying" (the one quoted speaks).


def test_a_boards_rejection_saying_with_no_comma_after_a_time_lead() -> None:
    body = _BID + (
        "Earlier this week, Brenvik Bank SA's board rejected Halden Bank SA's approach saying the proposal "
        "undervalued its prospects."
    )
    assert _cited_by(body, "Earlier this week") == ["Brenvik Bank SA"]


def test_a_boards_rejection_saying_with_no_comma() -> None:
    body = (
        _BID + "Brenvik Bank SA's board rejected the approach saying the proposal undervalued its prospects."
    )
    assert _cited_by(body, "Brenvik Bank SA's board") == ["Brenvik Bank SA"]


def test_a_boards_rejection_saying_after_last_month() -> None:
    body = (
        _BID + "Last month, Brenvik Bank SA's board turned the offer down, saying it undervalued the lender."
    )
    assert _cited_by(body, "Last month") == ["Brenvik Bank SA"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Brenvik Bank SA's shares rose after a report saying the offer would rise.",
        "Brenvik Bank SA's board rejected the approach in a letter saying the offer was too low.",
        "Brenvik Bank SA's directors are weighing the offer, the Nordic Ledger quoted one of them as saying.",
    ],
)
def test_near_miss_a_texts_saying_cites_no_one(sentence: str) -> None:
    assert "Brenvik Bank SA" not in _names(_BID + sentence)


# --- (13c) a board named by its company's name, whatever type the name was given ----------------------------------
# The FORM: "(In a statement,) the <Name> board (of directors) said ..." / "<Name>'s board said ...": the board
# speaks for the body whose name it carries, cited as an organization, even where the page's name was typed a person
# by its shape. Before: only an organization's name owned a board, so a person-typed name left "the board" to the
# company resolution, which took the other party (the bidder) -- a misattribution. Near miss: a person who sits on a
# board ("board member Ana Varga said") stays the person.

_RIVAL = "Tallow Foods wants to buy a rival. Tallow Foods said the price was fair. "


def test_the_named_board_said_in_a_statement() -> None:
    body = _RIVAL + (
        "Talks with Orla Brandt are slow. In a statement, the Orla Brandt board said that it had full confidence "
        "in its plan."
    )
    assert _cited_by(body, "In a statement") == ["Orla Brandt"]
    assert ("Orla Brandt", "organization") in sources_of(_HEAD + body)


def test_the_named_board_said_on_a_day() -> None:
    body = (
        _RIVAL + "Ana Varga turned it down. The Ana Varga board said on Tuesday that the offer was too low."
    )
    assert _cited_by(body, "The Ana Varga board") == ["Ana Varga"]


def test_the_named_board_of_directors_said() -> None:
    body = _RIVAL + (
        "Talks with Lisa Moreau stalled. The Lisa Moreau board of directors said the offer undervalued the group."
    )
    assert "Tallow Foods" not in _cited_by(body, "The Lisa Moreau board")


def test_near_miss_a_board_member_is_the_person() -> None:
    body = _RIVAL + "Board member Ana Varga said on Tuesday that the offer was too low."
    assert ("Ana Varga", "person") in sources_of(_HEAD + body)


# --- (14) a government's or a body's told stance ----------------------------------------------------------------------
# The FORM: "<Body> has responded negatively / coolly / with alarm to <the bid>" and "<the move> triggered / drew /
# met with opposition from <Body>": a told stance is a statement (the tables' convention since stop 45 for a told
# reaction), so the body is cited; an unnamed "the government" is cited as written. Before: "responded" cued only
# next to a quotation, and "opposition from" cued nothing. Near misses: "responded to the offer with a counterbid"
# (an act, no stance word) and "met no opposition from" (no stance told) cite no one.

_TOLD_BID = "Halden Bank bid for Brenvik Bank on Monday. "


def test_a_move_triggered_opposition_from_the_government() -> None:
    body = _TOLD_BID + "The unexpected offer triggered swift opposition from the government."
    assert _names(body) == {"the government"}


def test_a_bid_met_with_opposition_from_a_named_union() -> None:
    body = _TOLD_BID + "The bid met with strong opposition from the Kestrel Workers Union."
    assert _names(body) == {"Kestrel Workers Union"}


def test_a_government_has_responded_negatively_to_the_bid() -> None:
    body = _TOLD_BID + "The Norwegian government has responded negatively to the bid."
    assert _names(body) == {"Norwegian government"}


def test_a_target_responded_coolly_to_the_offer() -> None:
    body = _TOLD_BID + "Brenvik Bank responded coolly to the offer on Tuesday."
    assert _names(body) == {"Brenvik Bank"}


# The FORM, its subject (stop 51): "the government of <Place> has responded / said": that government, cited as
# "government of <Place>" (the table's name, written without "the"), not the place alone nor no one. Near miss: a
# government of a place that does not speak ("a loan from the government of Oslo") is cited by no one.


def test_the_government_of_a_city_has_responded_negatively() -> None:
    body = _TOLD_BID + "The government of Oslo has responded negatively to the bid."
    assert _names(body) == {"government of Oslo"}


def test_the_government_of_a_province_said() -> None:
    body = _TOLD_BID + "The government of Nova Scotia said it opposed the bid."
    assert _names(body) == {"government of Nova Scotia"}


def test_the_government_of_a_capital_after_another_clause() -> None:
    body = _TOLD_BID + (
        "Brenvik Bank's chair attacked the bid, and the government of Lisbon has responded coolly to the offer."
    )
    assert "government of Lisbon" in _names(body)
    assert "Lisbon" not in _names(body)


def test_near_miss_a_government_of_a_place_that_does_not_speak() -> None:
    assert _names(_TOLD_BID + "The bid was backed by a loan from the government of Oslo.") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The bid met no opposition from the government.",
        "Brenvik Bank responded to the offer with a counterbid.",
        "The plan went ahead without any opposition from the government.",
    ],
)
def test_near_miss_no_stance_told_cites_no_one(sentence: str) -> None:
    assert _names(_TOLD_BID + sentence) == set()


# --- (15) a figure set against a bidder's estimate is no statement of the bidder's -----------------------------------
# The FORM: "<figure> (higher | smaller | twice as much) than / as (first) estimated | forecast | calculated by <B>":
# the page (or the speaker it quotes) compares a figure with B's; B says nothing here and is not cited. Before:
# "estimated by B" cited B wherever it stood. Near misses: B's own estimate told in the passive ("Savings are
# estimated by B at 900 million") and B's "estimated that" stay B's statements.


def test_higher_than_estimated_by_the_bidder_inside_another_speakers_account() -> None:
    body = _BID + (
        "The board of Brenvik Bank SA rejected the bid as the cost was likely to be higher than estimated by "
        "Halden Bank SA, its chief Ana Lund said on Monday."
    )
    assert _names(body) == {"Ana Lund"}


def test_smaller_than_forecast_by_the_bidder() -> None:
    assert "Halden Bank SA" not in _names(
        _BID + "The savings would be smaller than forecast by Halden Bank SA."
    )


def test_twice_as_much_as_first_calculated_by_the_bidder() -> None:
    body = _BID + "The charge came in at twice as much as first calculated by Halden Bank SA."
    assert "Halden Bank SA" not in _names(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Savings are estimated by Halden Bank SA at 900 million euros.",
        "Halden Bank SA estimated that savings would reach 900 million euros.",
    ],
)
def test_near_miss_the_bidders_own_estimate_is_cited(sentence: str) -> None:
    assert "Halden Bank SA" in _names(_BID + sentence)


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_TICKER_OPEN", " ((NYSE: "),
        ("_POSSESSIVE_GAP", "'s 's "),
        ("_HOME", "the Oslo-based Norway’s Toronto, Canada-headquartered "),
        ("_FORMED_BEFORE", " to form the merged entity, be called "),
        ("_INFORMED_CLOSING", " the Securities Market Commission (SMC) on Monday. "),
        ("_INFORMED_BODY", "the stock market regulator "),
        ("_PASSIVE_BEFORE", " was been is "),
        ("_BARE_SAYING_AFTER", "board rejected approach "),
        ("_COMPARED_BEFORE", " than first as "),
        ("_LEAD_PHRASE", "Earlier this week, Last month, "),
        ("_REPORT_CLOSING", ", the Ledger report added article said "),
        ("_STANCE_RESPONSE", " very negatively with alarm "),
        ("_NONE_BEFORE", " no little without any "),
        ("_BOARD_AFTER_NAME", "'s board of directors board "),
        ("_GOVERNMENT_OF_END", "the government of Oslo has the government of "),
        ("_SENT_TO_BODY", " sent to the filed with the market "),
        ("_NOTICE_DOC", "statement filing notice "),
    ],
)
def test_the_new_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", name), unit) < 20
