"""Who is cited, in forms the stop-51 hold-out pair (a merger halted by courts on a regulator's request, a
sovereign fund's minority stake in a listed company) showed (stop 52, "sources": forms 10-14, 16 and 17 of the
keeper's list). Every text here is invented; each form is written down as a general shape, with three wordings
that differ from the pages that showed it and from each other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, quote_speakers, sources_of

_HEAD = "Court halts grocery deal\n\n"


def _names(body: str) -> set[str]:
    return {name for name, _ in sources_of(_HEAD + body)}


# --- (10) a judge's or a body's finding told with its content ----------------------------------------------
# The FORM: "<Judge> ruled that <finding>", "<Body> assessed that <finding>": the finding is the judge's (the
# body's) words told, as "wrote that" already was; the tables cite the judge where the ruling's content is told.
# Near miss: the act alone, with no content ("ruled on the motion", "ruled out a delay", "assessed a fine"), and
# a company's board that "ruled that" (a body's decision told as history, no court's finding).


def test_a_district_judge_ruled_that_the_merger_would_raise_prices() -> None:
    body = (
        "A federal court stopped the deal on Tuesday. U.S. District Judge Maria Calloway ruled that the "
        "tie-up of Orla Foods and Brandt Markets would raise prices for shoppers."
    )
    assert "Maria Calloway" in _names(body)


def test_a_state_judge_also_ruled_that_the_deal_broke_state_law() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. In a separate case, Superior Court Judge Tomas Reyes also "
        "ruled that the purchase broke the state's consumer laws."
    )
    assert "Tomas Reyes" in _names(body)


def test_an_intelligence_council_assessed_that_a_minister_approved_a_plan() -> None:
    body = (
        "The Harbour Fund bought 5% of Kestrel Games. Last spring the National Security Council assessed "
        "that the minister had signed off on the operation."
    )
    assert "National Security Council" in _names(body)


def test_near_miss_a_company_board_that_ruled_is_no_court() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. Months after its board ruled that the chief had misled it, "
        "Orla Foods named a new one."
    )
    assert "Orla Foods" not in _names(body)


def test_a_judge_writing_in_her_long_ruling_in_the_case_that() -> None:
    body = (
        "A federal court stopped the deal on Tuesday. U.S. District Judge Maria Calloway in Salem paused the "
        "merger, writing in her 80-page ruling in the regulator's suit that it would leave shoppers few choices."
    )
    assert "Maria Calloway" in _names(body)


def test_a_presiding_judge_writing_in_the_decision_that() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. Ana Lund, the presiding judge, backed the regulator, "
        "writing in the decision that the sale of stores would not restore competition."
    )
    assert "Ana Lund" in _names(body)


def test_a_judge_pointed_out_the_likelihood_that() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. Calloway pointed out the likelihood that the commission "
        "would prove its case at trial. Judge Maria Calloway heard the case in Salem."
    )
    assert "Maria Calloway" in _names(body)


def test_a_regulator_pointed_out_that() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. The Harbour Competition Authority pointed out that the two "
        "chains overlap in forty towns."
    )
    assert "Harbour Competition Authority" in _names(body)


def test_near_miss_writing_a_cheque_and_pointing_out_a_thing() -> None:
    body = "Orla Foods wants to buy Brandt Markets. Judge Maria Calloway pointed out the flaws in the plan."
    assert "Maria Calloway" not in _names(body)
    body = (
        "Orla Foods wants to buy Brandt Markets. Ivo Stark, writing in his spare time, built a grocery app that "
        "many shoppers use."
    )
    assert "Ivo Stark" not in _names(body)


def test_near_miss_a_ruling_told_without_its_content_cites_no_judge() -> None:
    body = "Orla Foods wants to buy Brandt Markets. Judge Maria Calloway ruled on the motion on Friday."
    assert "Maria Calloway" not in _names(body)
    body = "Orla Foods wants to buy Brandt Markets. Judge Maria Calloway ruled out a delay of the hearing."
    assert "Maria Calloway" not in _names(body)


def test_near_miss_a_body_that_assessed_a_fine_says_nothing() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. The Competition Board assessed a fine of $3 million on Orla."
    )
    assert "Competition Board" not in _names(body)


# --- (10b) a finding after "ruled" as a bare clause, and a title-led judge whose participle tells it --------
# The FORM: "<Judge> ruled <the merger> <violated|would|was> ..." (no "that": a short subject, then its finite
# verb), and "<Title> <Name> sided with X, writing in his ruling that ..." (a capitalised title before the
# person opening the sentence: the participle's subject). Near miss: "ruled" with an object and no clause ("the
# family ruled the trade for decades", "ruled the motion moot"), a participle that tells no words ("..., ending
# the case") and a person inside a time clause before the subject ("After <Name> quit, the board ... said").


def test_a_superior_court_judge_ruled_the_merger_violated() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. Later that day, Superior Court Judge Tomas Reyes ruled the "
        "merger violated the state's consumer laws."
    )
    assert "Tomas Reyes" in _names(body)


def test_a_judge_ruled_the_sale_would_not_help() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. Judge Maria Calloway ruled the sale of stores would not "
        "restore competition."
    )
    assert "Maria Calloway" in _names(body)


def test_a_state_judge_in_apposition_ruled_it_was_too_late() -> None:
    body = "Orla Foods wants to buy Brandt Markets. A state judge, Ana Lund, ruled it was too late to stop the vote."
    assert "Ana Lund" in _names(body)


def test_a_title_led_judge_writing_in_his_ruling_that() -> None:
    body = (
        "A federal court stopped the deal on Tuesday. Judge Tomas Reyes sided with the regulator, writing in his "
        "ruling that the combination would hurt competition."
    )
    assert "Tomas Reyes" in _names(body)


def test_a_title_led_senator_welcomed_and_said() -> None:
    body = "A federal court stopped the deal on Tuesday. Senator Ivo Stark welcomed the ruling and said shoppers had won."
    assert "Ivo Stark" in _names(body)


def test_near_miss_ruled_with_an_object_and_a_participle_with_no_words() -> None:
    body = "Orla Foods wants to buy Brandt Markets. The old family ruled the grocery trade for decades."
    assert _names(body) == set()
    body = "Orla Foods wants to buy Brandt Markets. Judge Maria Calloway ruled the motion moot on Friday."
    assert _names(body) == set()
    body = "A federal court stopped the deal on Tuesday. Judge Tomas Reyes sided with the regulator, ending the case."
    assert _names(body) == set()
    body = (
        "A federal court stopped the deal on Tuesday. After Ana Ruiz quit, the board met and said the plan would "
        "go ahead."
    )
    assert "Ana Ruiz" not in _names(body)


# --- (11a) a stance told in a relative clause on the parties' plural descriptor ----------------------------
# The FORM: "<...> the companies, which have argued that ..." (also "the two firms, who had argued", "the
# businesses, who contend"): the companies are the last two the page named together, and they speak. Near miss:
# a restrictive relative with no comma ("the firms which argued ... lost") is a part of them, and a page that
# names one company only has no pair.


def test_the_hurdles_facing_the_companies_which_have_argued() -> None:
    body = (
        "Orla Foods and Brandt Markets could still walk away from their merger. The state ruling, however, "
        "added to the obstacles facing the companies, which have argued that they must combine to compete."
    )
    assert {"Orla Foods", "Brandt Markets"} <= _names(body)


def test_a_blow_to_the_two_firms_who_had_argued() -> None:
    body = (
        "Tallis Bank and Vardo Savings Bank agreed to combine last year. The decision is a blow to the two "
        "firms, who had argued that a larger lender would serve savers better."
    )
    assert {"Tallis Bank", "Vardo Savings Bank"} <= _names(body)


def test_the_businesses_who_maintained_that_prices_would_fall() -> None:
    body = (
        "Kestrel Foods and Orla Brands planned to merge. A judge sided with the regulator against the "
        "businesses, who maintained that prices would fall after the deal."
    )
    assert {"Kestrel Foods", "Orla Brands"} <= _names(body)


def test_near_miss_one_company_named_gives_no_pair() -> None:
    body = "Orla Foods posted higher sales. The rules weigh on the companies, which have argued for less red tape."
    assert "Orla Foods" not in _names(body)


# --- (11b) a group's stance told in a "who" clause though a preposition governs it ------------------------
# The FORM: "<a victory to|a setback for> <plural group> who have argued that ...": the group speaks (convention
# ah), as it does opening its clause ("Federal officials who had argued ... won"). Near miss: a group's view
# verb in the relative ("investors who believed") stays no cue (convention a), and a group that is only an
# object says nothing ("a victory for regulators in the state").


def test_a_victory_handed_to_antitrust_regulators_who_have_argued() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. The ruling hands a victory to antitrust regulators who have "
        "argued that the deal would raise prices."
    )
    assert "antitrust regulators" in _names(body)


def test_a_setback_for_state_officials_who_had_contended() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. The ruling is a setback for state officials who had contended "
        "that the sale of stores would not be enough."
    )
    assert "state officials" in _names(body)


def test_support_from_consumer_groups_who_warned() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. The judge drew on evidence from consumer groups who warned "
        "that rural shoppers would lose their only store."
    )
    assert "consumer groups" in _names(body)


def test_near_miss_a_group_as_object_with_no_clause_says_nothing() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. The ruling is a victory for federal regulators in the state."
    )
    assert "federal regulators" not in _names(body)
    body = "Orla Foods wants to buy Brandt Markets. Shares were sold to investors who believed in the deal."
    assert "investors" not in _names(body)


# --- (12a) "According to <site>:" introducing a block quotation ------------------------------------------
# The FORM: "According to <Outlet>:" alone on its line (or before the quotation on the same line), then the
# quotation: the outlet is cited and the block is its own text, not the words of the last speaker cued before
# it; a site named by its domain ("<Name>.com") is an outlet though the page names it nowhere else. Near miss:
# a domain that is no source ("visit <name>.com to vote") and a quotation after a plain sentence keep no outlet.


def _speakers(body: str) -> list[tuple[str, str | None]]:
    return quote_speakers(_HEAD + body)


def test_according_to_a_paper_then_its_paragraph_in_marks() -> None:
    body = (
        "Opponents said the deal would raise prices for shoppers.\n\nAccording to the Riverton Herald:\n\n"
        '"Orla and Brandt agreed two years ago to combine in a deal worth $9 billion. The regulator later sued."'
        "\n\nThe judge will rule next month."
    )
    assert "Riverton Herald" in _names(body)
    assert _speakers(body) == [("Orla and Brandt", "Riverton Herald")]


def test_according_to_a_domain_then_its_paragraph() -> None:
    body = (
        "Critics said shoppers in small towns would pay more.\n\nAccording to Harbourwire.com:\n\n"
        "\u201cThe two chains have sold stores before to win approval, and the court found that plan too thin.\u201d"
    )
    assert "Harbourwire.com" in _names(body)
    assert _speakers(body) == [("The two chains", "Harbourwire.com")]


def test_according_to_a_news_site_on_the_same_line() -> None:
    body = (
        "Union leaders said jobs were at risk. According to Lakeside-News.org: \u201cThe merger would leave "
        "one grocer in forty towns across the state.\u201d"
    )
    assert "Lakeside-News.org" in _names(body)
    assert _speakers(body) == [("The merger would", "Lakeside-News.org")]


def test_near_miss_a_domain_to_visit_and_a_quotation_after_a_plain_line() -> None:
    body = "Readers can visit Harbourwire.com to vote on the merger. The poll closes Friday."
    assert _names(body) == set()
    body = (
        "Opponents said the deal would raise prices.\n\nThe Riverton Herald covered the hearing.\n\n"
        '"We will keep fighting this merger in every court," opponents said in a joint letter.'
    )
    assert ("We will keep", "Riverton Herald") not in _speakers(body)


# --- (12b) a named outlet joined by unnamed others before its verb -----------------------------------------
# The FORM: "<Outlet> and other publications reported" (also "and several other newspapers have reported",
# "and other news outlets said"): the named outlet is cited; the unnamed others cite no one (i4). Near miss: a
# body that is no outlet ("Orla and other companies reported higher sales") and unnamed publications alone.


def test_an_outlet_and_other_publications_reported() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. Brandt is suing Orla for breach of contract, the Riverton "
        "Herald and other publications reported."
    )
    assert _names(body) == {"Riverton Herald"}


def test_bloomberg_and_several_other_newspapers_have_reported() -> None:
    body = "Orla Foods wants to buy Brandt Markets. Bloomberg and several other newspapers have reported that the deal is off."
    assert _names(body) == {"Bloomberg"}


def test_a_ledger_and_other_news_outlets_said() -> None:
    body = "Orla Foods wants to buy Brandt Markets. The Harbour Ledger and other news outlets said on Monday that talks had failed."
    assert _names(body) == {"Harbour Ledger"}


def test_an_outlet_and_other_media_reported() -> None:
    # "media" ends in "a", not "s": the pattern's own alternative was never tried (a reviewer's find, stop 52)
    body = "Orla Foods wants to buy Brandt Markets. The Quay Herald and other media reported that talks had stalled."
    assert _names(body) == {"Quay Herald"}


def test_near_miss_a_company_and_other_companies_reported_results() -> None:
    assert (
        _names("Orla Foods wants to buy Brandt Markets. Orla and other companies reported higher sales.")
        == set()
    )
    assert (
        _names("Orla Foods wants to buy Brandt Markets. Several publications reported that it is off.")
        == set()
    )


# --- (13) a body's website and a document on file -----------------------------------------------------
# The FORM: "The <Body> website states ...", "According to its website, <Body>'s mission is ..." (the pronoun
# points ahead to the body opening the main clause), "according to an application filed with <ministry>" (a
# document, like a filing), "in a filing made with <body>, it has been confirmed that" (the document says it, in
# an impersonal passive), "Based on <Co>'s own listing of its holders" (the company's own record): the body
# speaks through its site and its records, as through its statement. Near miss: a website as an object
# ("shoppers visited the <Body> website"), an application as an act ("the fund filed an application"), a price
# ("based on <Co>'s share price") and "it was noted" in an unnamed report cite no one.


def test_the_fund_website_states() -> None:
    body = (
        "Lund Capital bought 5% of Kestrel Games. The Lund Capital website states that the firm was set up to "
        "back family-owned makers."
    )
    assert "Lund Capital" in _names(body)


def test_the_bank_web_site_says() -> None:
    body = (
        "Tallis Bank will buy Vardo Savings Bank. The Tallis Bank web site says it serves two million savers."
    )
    assert "Tallis Bank" in _names(body)


def test_according_to_its_website_the_body_named_after_the_comma() -> None:
    body = (
        "Lund Capital bought 5% of Kestrel Games. According to its website, Lund Capital's aim is \"to be the most "
        'patient owner in the market."'
    )
    assert _names(body) == {"Lund Capital"}


def test_according_to_their_website_the_group_after_the_comma() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. According to their website, Brandt Markets runs 300 stores in "
        "four states."
    )
    assert "Brandt Markets" in _names(body)


def test_according_to_an_application_filed_with_a_ministry() -> None:
    body = (
        "Lund Capital has bought a 6% stake in Kestrel Games, according to an application filed with the "
        "Finance Ministry of Norway."
    )
    assert ("an application", "document") in sources_of(_HEAD + body)


def test_in_a_filing_made_with_a_ministry_it_has_been_confirmed() -> None:
    body = (
        "Lund Capital bought a stake in Kestrel Games. In a filing made with the finance ministry, it has been "
        "confirmed that the firm bought 6% of the company."
    )
    assert ("a filing", "document") in sources_of(_HEAD + body)


def test_in_a_regulatory_filing_it_is_now_disclosed() -> None:
    body = (
        "Lund Capital bought a stake in Kestrel Games. And now, in a regulatory filing with the exchange, it's "
        "been disclosed that the firm holds 6%."
    )
    assert ("a filing", "document") in sources_of(_HEAD + body)


def test_in_its_prospectus_it_was_revealed() -> None:
    body = (
        "Tallis Bank plans to float next month. In its prospectus, it was revealed that the bank lost money in "
        "2030."
    )
    assert "Tallis Bank (prospectus)" in _names(body)


def test_based_on_a_companys_own_listing_of_holders() -> None:
    body = (
        "Lund Capital bought 5% of Kestrel Games. Based on Kestrel Games' own listing of its shareholders, the "
        "firm would be its second-largest holder."
    )
    assert "Kestrel Games" in _names(body)


def test_based_on_a_banks_register_and_latest_filings() -> None:
    body = "Lund Capital bought 5% of Kestrel Games. Based on Kestrel Games's register of holders, Lund is third."
    assert "Kestrel Games" in _names(body)
    body = (
        "Tallis Bank will buy Vardo Savings Bank. Based on Vardo Savings Bank's latest filings, the buyer takes on "
        "$3 billion in loans."
    )
    assert "Vardo Savings Bank" in _names(body)


def test_near_miss_based_on_a_price_and_an_unnamed_report() -> None:
    body = (
        "Tallis Bank will buy Vardo Savings Bank. Based on Vardo Savings Bank's share price, the offer is worth "
        "$2 billion."
    )
    assert _names(body) == set()
    body = "Tallis Bank will buy Vardo Savings Bank. In a report last year, it was noted that the bank had grown."
    assert _names(body) == set()


def test_near_miss_a_website_visited_and_an_application_filed() -> None:
    body = (
        "Lund Capital bought 5% of Kestrel Games. Shoppers visited the Lund Capital website to read about its "
        "holdings."
    )
    assert _names(body) == set()
    body = (
        "Lund Capital bought 5% of Kestrel Games. The firm filed an application with the ministry last week."
    )
    assert _names(body) == set()


# --- (14a) an outlet credited in the passive: "As noted by <Outlet>" ---------------------------------------
# The FORM: "As noted by <Outlet>, ..." cites the outlet, as "as reported by" does. Near miss: "noted" as an
# adjective ("the noted investor <Name> bought ...") cites no one.


def test_as_noted_by_an_outlet_opening_the_sentence() -> None:
    body = "The Harbour Fund bought 5% of Kestrel Games. As noted by the Harbour Times, the fund has made several such bets."
    assert "Harbour Times" in _names(body)


def test_as_noted_by_bloomberg_closing_the_sentence() -> None:
    body = "The Harbour Fund bought 5% of Kestrel Games. It is the fund's third gaming stake this year, as noted by Bloomberg."
    assert "Bloomberg" in _names(body)


def test_as_noted_by_a_paper_in_the_middle() -> None:
    body = (
        "The Harbour Fund bought 5% of Kestrel Games. The stake, as noted by the Riverton Herald, is worth "
        "about $900 million."
    )
    assert "Riverton Herald" in _names(body)


def test_near_miss_noted_as_an_adjective() -> None:
    body = "The Harbour Fund bought 5% of Kestrel Games. The noted investor Dana Ruiz bought a stake as well."
    assert _names(body) == set()


# --- (14c) a statement whose reporting verb sits inside the quotation marks -------------------------------
# The FORM: '<Body> “(adverb) <verb>(bracketed ending)” <object>': the verb itself is quoted, its subject speaks
# ('the government “completely reject[ed]” the findings'). Near miss: a verb inside a longer quotation is the
# speaker's words ('“We rejected the offer,” Ruiz said' cites Ruiz only), a quoted term is no verb, and a deal
# turned down in marks ('“rejected” a $2 billion offer') is an act, as without them.


def test_a_government_completely_rejected_in_marks() -> None:
    body = (
        "Lund Capital bought 5% of Kestrel Games. The Norwegian government \u201ccompletely reject[ed]\u201d the "
        "council's findings."
    )
    assert "Norwegian government" in _names(body)


def test_a_firm_strongly_denied_in_straight_marks() -> None:
    body = 'Lund Capital bought 5% of Kestrel Games. Lund Capital "strongly denied" the claims on Friday.'
    assert "Lund Capital" in _names(body)


def test_a_company_disputed_in_marks() -> None:
    body = "Lund Capital bought 5% of Kestrel Games. Kestrel Games \u201cdisputed\u201d the figures in the report."
    assert "Kestrel Games" in _names(body)


def test_near_miss_a_longer_quotation_a_term_and_a_deal_turned_down() -> None:
    body = "Lund Capital bought 5% of Kestrel Games. \u201cWe rejected the offer,\u201d Ana Ruiz said."
    assert _names(body) == {"Ana Ruiz"}
    body = (
        "Lund Capital bought 5% of Kestrel Games. Kestrel Games sells \u201climited edition\u201d consoles."
    )
    assert _names(body) == set()
    body = (
        "Lund Capital bought 5% of Kestrel Games. Kestrel Games \u201crejected\u201d a $2 billion offer from Lund "
        "Capital."
    )
    assert _names(body) == set()


# --- (16) a refusal to comment told through "said" ---------------------------------------------------------
# The FORM: "<speaker> said <they|it|the company> would not comment (on X)": a refusal is no statement, as
# "declined to comment" is none (the tables' rule). Near miss: a refusal followed by what was said after all
# ("would not comment further, adding that ...") and "would not <other verb>" still cite the speaker.


def test_a_spokesman_said_they_would_not_comment() -> None:
    body = (
        "The Harbour Fund bought 5% of Kestrel Games. A spokesman for Kestrel Games said they would not comment "
        "on the purchase, or on any other shareholder."
    )
    assert "Kestrel Games" not in _names(body)


def test_a_spokeswoman_said_the_company_could_not_comment() -> None:
    body = "Orla Foods wants to buy Brandt Markets. A spokeswoman for Brandt Markets said the company could not comment."
    assert "Brandt Markets" not in _names(body)


def test_a_bank_said_it_will_not_comment_on_market_rumours() -> None:
    body = "Tallis Bank is weighing a bid. Tallis Bank said that it won't comment on market rumours."
    assert "Tallis Bank" not in _names(body)


def test_near_miss_a_refusal_then_a_statement_and_a_plain_would_not() -> None:
    body = (
        "The Harbour Fund bought 5% of Kestrel Games. Kestrel Games said it would not comment further, adding "
        "that its profit rose."
    )
    assert "Kestrel Games" in _names(body)
    body = "The Harbour Fund bought 5% of Kestrel Games. Kestrel Games said it would not change its dividend."
    assert "Kestrel Games" in _names(body)


# --- (17) a figure experts in the plural expected, told as theirs ------------------------------------------
# The FORM: "below the estimates of analysts", "beat economists' forecasts", "the projections of experts": the
# group's view told (convention a), one group named by its noun. Near miss: a firm's analysts ("<Firm>
# analysts' forecasts" is the firm's, convention y) and estimates of a thing ("estimates of sales").


def test_income_below_the_estimates_of_analysts() -> None:
    body = "Kestrel Games posted its results. Its income was below the estimates of analysts for the year."
    assert "analysts" in _names(body)


def test_growth_beat_economists_forecasts() -> None:
    body = (
        "The central bank met on Monday. Growth in the quarter beat economists' forecasts by a wide margin."
    )
    assert "economists" in _names(body)


def test_the_projections_of_most_experts() -> None:
    body = (
        "Orla Foods wants to buy Brandt Markets. The savings fall short of the projections of most experts."
    )
    assert "experts" in _names(body)


def test_near_miss_a_firms_analysts_and_estimates_of_a_thing() -> None:
    body = (
        "Kestrel Games posted its results. Lund Capital rates the stock a buy, and Lund Capital analysts' "
        "forecasts were lower."
    )
    assert "analysts" not in _names(body)
    body = "Kestrel Games posted its results. Its profit missed estimates of sales for the year."
    assert _names(body) == set()


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_PLURAL_ANAPHOR", "the companies, which have argued the two firms, who "),
        ("_AND_OTHER_MEDIA_END", " and several other news publications and other "),
        ("_REFUSAL_SAID", " that they would not comment on the purchase, or it "),
        ("_WATCHERS_ESTIMATES", "the estimates of most analysts' consensus forecasts "),
        ("_DOMAIN_SITE_AT", "Harbourwire.com: Lakeside-News.org, "),
        ("_IN_DOC_IT_WAS", "In a filing made with the ministry, it has been confirmed that "),
        ("_BASED_ON", "Based on the based on "),
        ("_OWN_RECORD_AFTER", "'s own latest listing records "),
        ("_MARK_BEFORE_VERB", " \u201ccompletely "),
        ("_MARK_AFTER_VERB", "[ed]\u201d "),
        ("_RULED_CLAUSE", " the proposed merger of both violated "),
        ("_TITLE_WORDS_LEAD", "Chief Judge After Senior U.S. "),
        ("_NAMED_DOC_END", " website web site statement press release "),
        ("_ITS_SITE_COMMA", "its own website, their web site, "),
        ("_POINTED_OUT_THAT", " out the likelihood that out "),
        ("_WRITING_IN_DOC_THAT", " in her 80-page ruling in the case of the "),
    ],
)
def test_the_new_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", name), unit) < 20


def test_the_colon_before_a_block_quotation_is_linear() -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("quote_speakers", "_COLON_THEN_QUOTE"), ' :\n\n " : ') < 20
