"""Who speaks and who is cited, in forms the stop-53 hold-out pair (a holding company's minority stake with a
board seat, a majority holder's tender for its listed subsidiary's minority, told in stages) showed (stop 54,
"sources": forms 7, 8 and 9 of the keeper's list). Every text here is invented; each form is written down as a
general shape, with three wordings that differ from the pages that showed it and from each other, and at least
one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, entity_types, extract_pattern, quote_speakers, sources_of

_HEAD = "Grocer takes a stake in a dairy maker\n\n"


def _cited(body: str) -> set[tuple[str, str]]:
    return sources_of(_HEAD + body)


def _names(body: str) -> set[str]:
    return {name for name, _ in _cited(body)}


def _kinds(body: str) -> set[str]:
    return {kind for _, kind in _cited(body)}


def _speakers(body: str) -> dict[str, str | None]:
    return dict(quote_speakers(_HEAD + body))


# --- (a) "According to the <post> of <Co>, <Name> “...", the closing mark lost before the next cue -------------
# The FORM: "according to" a post, then its holder after a comma, then his quotation, with or without a comma
# after the name; where the page lost the quotation's closing mark and the next sentence opens with another
# speaker's cue that leads into a quotation of his own ('... B. <Name>, <post>, added that “C”'), the first
# quotation ends with its sentence. Near misses: the name is the subject of the page's own clause ("According to
# the chairman of X, Ruiz has no plans"): no one is cited by the post; a quotation that holds another speaker's
# words and closes after them is one quotation.


def test_according_to_the_chairman_then_his_name_then_his_quotation() -> None:
    body = (
        "Orla Foods bought 12% of Kestrel Dairies. According to the chairman of Kestrel Dairies, Dana Ruiz "
        "“the money shows faith in our plan and in the people who make our cheese.”"
    )
    assert _speakers(body) == {"the money shows": "Dana Ruiz"}


def test_according_to_the_head_a_quotation_whose_closing_mark_was_lost() -> None:
    body = (
        "Orla Foods bought 12% of Kestrel Dairies. According to the head of Orla Foods, Mark Olsen “the "
        "stake is a long bet on a brand we have admired for years. Dana Ruiz, chief of Kestrel, said that "
        "“we welcome a patient owner”."
    )
    got = _speakers(body)
    assert got["the stake is"] == "Mark Olsen"
    assert got["we welcome a"] == "Dana Ruiz"


def test_according_to_the_founder_the_last_quotation_cut_off() -> None:
    body = (
        "Brandt Capital took 8% of Harbour Mills. According to the founder of Harbour Mills, Ivo Stark, "
        "“this partner knows farming and it knows patience. Lena Vey, a partner at Brandt, commented "
        "that “the mills are a rare asset”. “Our first talks – she added – were open and"
    )
    got = _speakers(body)
    assert got["this partner knows"] == "Ivo Stark"
    assert got["the mills are"] == "Lena Vey"
    assert got["Our first talks"] == "Lena Vey"


def test_near_miss_the_name_is_the_subject_of_the_pages_own_clause() -> None:
    body = "Orla Foods bought 12% of Kestrel Dairies. According to the chairman of Kestrel, Dana Ruiz has no plans."
    assert "Dana Ruiz" not in _names(body)


def test_near_miss_a_quotation_that_holds_another_and_closes_after_it_stays_one() -> None:
    body = (
        "Orla Foods bought 12% of Kestrel Dairies. Mark Olsen said: “I met the board. Dana Ruiz said that "
        "“the door is open” and we went in.”"
    )
    assert _speakers(body) == {"I met the": "Mark Olsen"}


# --- (b) "<Name> pointed out <Co>'s “...”", then "According to him, “...”" ------------------------------------
# The FORM: "pointed out" with its object given in quoted words (at most three words of its own before the mark)
# cites its subject; "according to him/her," is the person the pronoun takes up as "he"/"she" would. Near misses:
# "pointed out the flaws" with no quotation; "according to him" where the page names no person before.


def test_a_chairman_pointed_out_the_buyers_quoted_record() -> None:
    body = (
        "Orla Foods bought 12% of Kestrel Dairies. Dana Ruiz, chairman of Kestrel, pointed out Orla’s "
        "“long record of patient investing.”"
    )
    assert _speakers(body) == {"long record of": "Dana Ruiz"}


def test_according_to_him_after_a_named_chairman() -> None:
    body = (
        "Orla Foods bought 12% of Kestrel Dairies. Mark Olsen, who chairs Kestrel, welcomed the buyer. "
        "According to him, “this stake shows real faith in our plan.”"
    )
    assert _speakers(body) == {"this stake shows": "Mark Olsen"}


def test_pointed_out_a_quotation_then_according_to_her() -> None:
    body = (
        "Brandt Capital took 8% of Harbour Mills. Lena Vey, the mills’ chief, pointed out the buyer’s "
        "“deep roots in farming.” According to her, “the money lets us build two new mills.”"
    )
    assert _speakers(body) == {"deep roots in": "Lena Vey", "the money lets": "Lena Vey"}


def test_near_miss_pointed_out_the_flaws_with_no_quotation() -> None:
    body = "Orla Foods bought 12% of Kestrel Dairies. Dana Ruiz pointed out the flaws in the plan."
    assert "Dana Ruiz" not in _names(body)


def test_near_miss_according_to_him_with_no_person_named() -> None:
    body = "Orla Foods bought 12% of Kestrel Dairies. According to him, the stake shows faith in the plan."
    assert not _cited(body)


# --- (c) a title glued to its company by a hyphen: "<Co>-CEO <Name> says" -----------------------------------
# The FORM: "<Co>-CEO", "<Co>-CFO" ... before a name is the company and its officer, written apart: the person
# speaks and is a person entity; no organization "<Co>-CEO <Name>". Near miss: "co-CEO", "Ex-CEO" are titles of
# their own and stay whole (the person speaks, no organization "Ex").


def test_a_ceo_glued_to_the_company_says() -> None:
    body = "Orla bought 5% of Kestrel. “The stake is a vote of confidence in our plan”, Kestrel-CEO Dana Ruiz says."
    assert _speakers(body) == {"The stake is": "Dana Ruiz"}
    assert ("Dana Ruiz", "person") in _cited(body)


def test_a_cfo_glued_to_the_company_said_the_price_was_fair() -> None:
    body = "Orla bought 5% of Kestrel. Kestrel-CFO Lena Vey said the price was fair."
    assert ("Lena Vey", "person") in _cited(body)
    assert entity_types(_HEAD + body).get("Lena Vey") == "person"


def test_a_coo_glued_to_the_company_told_staff() -> None:
    body = (
        "Brandt Capital took 8% of Harbour Mills. The talks began in May, Harbour-COO Ivo Stark told staff."
    )
    got = _cited(body)
    assert ("Ivo Stark", "person") in got
    assert not any("-COO" in name for name, _ in got)


def test_near_miss_an_ex_ceo_and_a_co_ceo_stay_titles() -> None:
    body = "Orla bought 5% of Kestrel. Ex-CEO Dana Ruiz said the price was fair, and co-CEO Ivo Stark agreed."
    types = entity_types(_HEAD + body)
    assert types.get("Dana Ruiz") == "person"
    assert "Ex" not in types


# --- (d) '“...,” it said' where the quotation opens its sentence ------------------------------------------------
# The FORM: "it" after a quotation that opens its sentence is read as an "it" that opens one (the house rule,
# `_subject_org`): the organization the sentence before opens with, or the one cited there; never a name inside
# the quoted words. Near miss: the sentence before opens with a document of no maker, and no organization was
# cited: no speaker is guessed.


def test_it_said_after_the_company_said() -> None:
    body = (
        "Orla Foods offered $2 billion for Kestrel Dairies. Orla Foods said the deal would cut costs. "
        '"Kestrel will keep its name," it said.'
    )
    assert _speakers(body) == {"Kestrel will keep": "Orla Foods"}


def test_it_added_after_the_bidder_opened_the_sentence_before() -> None:
    body = (
        "Brandt Capital raised its offer for Harbour Mills to $40 a share on Monday. “We see no reason "
        "to pay more,” it added."
    )
    assert _speakers(body) == {"We see no": "Brandt Capital"}


def test_it_said_in_a_statement_after_the_company_cut_its_outlook() -> None:
    body = (
        "Kestrel Foods Inc. cut its profit outlook on Monday. “Grain prices hurt us in the spring,” it "
        "said in a statement."
    )
    assert _speakers(body) == {"Grain prices hurt": "Kestrel Foods Inc."}


def test_near_miss_it_said_after_an_unowned_statement() -> None:
    body = (
        "Orla Foods offered $2 billion for Kestrel Dairies. The statement said the deal would close in May. "
        '"Kestrel shares have lagged," it said.'
    )
    assert _speakers(body)["Kestrel shares have"] != "Kestrel Dairies"


# --- (e) a contract cited as a document -----------------------------------------------------------------------
# The FORM: "according to the agreement", "the agreement states", "the merger agreement provides", "the contract
# says": the agreement is a document cited (kind document), as a note or a filing is. Near miss: "under the
# agreement", "signed the agreement": an act, no citation; "referring to the agreement as a ..." names it.


def test_according_to_the_agreement() -> None:
    assert "document" in _kinds("Orla Foods may raise its stake to 20%, according to the agreement.")


def test_the_merger_agreement_states() -> None:
    assert "document" in _kinds("The merger agreement states that Kestrel holders must approve the deal.")


def test_the_contract_says() -> None:
    assert "document" in _kinds(
        "Brandt may sell its shares in 2030. The contract says it must first ask Orla."
    )


def test_near_miss_under_the_agreement() -> None:
    assert not _cited("Under the agreement, Orla Foods will supply the milk for ten years.")


def test_near_miss_referring_to_the_agreement_as_a_name() -> None:
    body = "Orla Foods dropped its bid for Kestrel on Friday, referring to the agreement as a “bad fit”."
    assert "document" not in _kinds(body)


# --- (f) a document's point with its verb first, or "as specified by" --------------------------------------------
# The FORM: "<point>, underlines a note, <rest>", "<point>, stresses the filing," (the verb before its document,
# as "said a note" already was) and "As specified by a company note, ..." cite the document. Near miss: a thing
# that underlines another ("The sale underlines the shift"): no one.


def test_the_talks_underlines_a_note_began_last_year() -> None:
    assert "document" in _kinds("The talks, underlines a note, began last year after a call from Orla.")


def test_growth_stresses_the_filing_has_slowed() -> None:
    assert "document" in _kinds("Kestrel listed in 2019. Its growth, stresses the filing, has slowed.")


def test_as_specified_by_a_company_note() -> None:
    assert "document" in _kinds("As specified by a company note, Orla Foods may raise its stake over time.")


def test_near_miss_a_sale_underlines_a_shift() -> None:
    assert not _cited("The sale underlines the shift in the market toward health foods.")


# --- (g) a board's unnamed committee as a group source ------------------------------------------------------------
# The FORM: "the special committee announced its rejection", "The Special Committee determined that ...", "the
# independent committee recommends that ...": one source of kind group named by its kind ("special committee"),
# capitalised or not (convention (e): no entity); a later "the committee" takes it up. Near misses: "the
# committee said" where the page named no such committee (a committee of what?): no one; "a determined buyer",
# "a recommended offer": no cue.


def test_the_special_committee_announced_its_rejection() -> None:
    body = "Orla offered $5 a share for Kestrel. In May the special committee announced its rejection of the offer."
    assert ("special committee", "group") in _cited(body)


def test_the_capitalised_special_committee_determined_that() -> None:
    body = "Orla offered $5 a share for Kestrel. The Special Committee determined that the offer was too low."
    assert ("special committee", "group") in _cited(body)


def test_the_independent_committee_recommends_then_the_committee_said() -> None:
    body = (
        "Brandt made a tender for Harbour. The independent committee recommends that holders keep their "
        "shares. The committee said it would meet again."
    )
    assert _cited(body) == {("independent committee", "group")}


def test_near_miss_a_committee_of_no_kind_and_a_determined_buyer() -> None:
    body = "Orla is a determined buyer with a recommended offer. The committee said it would meet."
    assert not _cited(body)


# --- (h) "<maker> outlined that ..." ----------------------------------------------------------------------------
# The FORM: "outlined that" (a statement's content before a "that" clause) cites its subject, as "detailed that"
# does. Near miss: "outlined its plan" with no content told: no one.


def test_a_statement_issued_by_the_bidder_outlined_that() -> None:
    body = "Kestrel formed a panel. A statement issued by Orla Foods outlined that the brand would be kept."
    assert ("Orla Foods", "organization") in _cited(body)


def test_a_person_outlined_that() -> None:
    body = "Kestrel Dairies formed a panel. Dana Ruiz outlined that the brand would be kept."
    assert ("Dana Ruiz", "person") in _cited(body)


def test_a_company_outlines_that() -> None:
    body = "Kestrel Dairies formed a panel. Brandt Capital outlines that its offer is final."
    assert ("Brandt Capital", "organization") in _cited(body)


def test_near_miss_outlined_its_plan() -> None:
    assert not _cited("Kestrel Dairies formed a panel. Orla Foods outlined its plan for the brand.")


# --- (i) "<noun>, it said, adding that ...": the pronoun's clause is no appositive ---------------------------------
# The FORM: a participle of saying after a pronoun's own reporting clause set off by commas (", it said, adding
# that") is that pronoun's: its speaker is whom "it said" names, or no one, never the noun the clause ends with
# (the page's directors, analysts, unions, regulators told as an object). Near miss: the sentence's subject is
# the company, so "it said, adding" is the company's.


def test_directors_before_it_said_adding_are_no_source() -> None:
    body = (
        "Orla Foods made an offer. The statement said Orla wants a merger. The terms will be fixed with "
        "Orla's independent directors, it said, adding that it now expects a vote."
    )
    assert "group" not in _kinds(body)


def test_analysts_before_it_said_adding_are_no_source() -> None:
    body = (
        "Orla Foods made an offer. The statement said Orla wants a merger. The price will be set in talks "
        "with the analysts, it said, adding that it expects a vote."
    )
    assert not {"the analysts", "analysts"} & _names(body)


def test_regulators_before_they_said_adding_are_no_source() -> None:
    assert not _cited("The plan was shown to the regulators, they said, adding that a vote is near.")


def test_near_miss_the_company_opens_the_sentence_and_said_adding() -> None:
    body = "Orla Foods will buy Kestrel Dairies for $2 billion, it said, adding that it expects a vote."
    assert _cited(body) == {("Orla Foods", "organization")}


# --- (j) "since <it|the company> announced <an act>": a past announcement in a time clause ------------------------
# The FORM: the stop-49 rule (a deal or a plan announced in a time clause, "since Orvex announced the deal", is
# history: no one cited, the tables' convention e') also holds where the clause's subject is a pronoun or "the
# <noun>" ("since it announced", "after the company announced") and where the act announced is another of the
# company's ("a recall", "the plant closure", "a price rise"). Near misses: the maker's own "said" around it still
# cites the maker; "announced that ..." in a time clause tells its content and still cites.


def test_shares_down_since_it_announced_a_recall() -> None:
    body = "Kestrel Foods Inc. shares are down 40% since it announced a recall of its yoghurt in May 2021."
    assert not _cited(body)


def test_prices_cut_since_it_announced_a_closure() -> None:
    assert not _cited(
        "Harbour Mills Ltd. has cut prices twice since it announced the plant closure last year."
    )


def test_sales_slipped_since_the_company_announced_a_price_rise() -> None:
    body = "Kestrel Foods Inc. makes cheese. Its sales have slipped since the company announced a price rise in 2022."
    assert not _cited(body)


def test_near_miss_the_makers_own_words_around_it_and_an_announced_clause() -> None:
    assert ("Orla Foods", "organization") in _cited(
        "Orla Foods said that since it announced the deal, orders rose."
    )
    assert "Orvex" in _names("After Orvex announced that it would sell the unit, its shares rose.")


# --- the new patterns are linear ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("attribution", "_COMMITTEE_NAME", "the special independent committee "),
        ("attribution", "_COMMITTEE_TOLD", "special independent committee "),
        ("attribution", "_BODY_END", "the Special independent works committee union "),
        ("attribution", "_POINTED_OUT_QUOTED", " out Orla’s the a “"),
        ("attribution", "_OBJECT_PRONOUN_AT", "him her , “"),
        ("attribution", "_QUOTATION_THEN", "“ a b ” , “"),
        ("attribution", "_QUOTE_OPENS_NEXT", " \t “ "),
        ("attribution", "_NAMED_AS", " \t as "),
        ("attribution", "_PRONOUN_SAID_ASIDE", ", it said, , he \t added,"),
        ("attribution", "_TIME_CLAUSE_SUBJECT", "since it Since Orla Foods Ltd the firm first had "),
        ("attribution", "_ANNOUNCED_PLAN", " the plant price a recall its "),
        ("quotes", "_SENTENCE_BREAK", "ab. We . Cd ! "),
        ("quotes", "_NEXT_CUE", "said according to adds "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
