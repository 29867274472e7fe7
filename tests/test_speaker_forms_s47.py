"""Who said it and who is cited, in forms the stop-46 unseen pair (a software maker's layoffs told by
papers and a works council, a chipmaker's all-stock purchase) showed (issue 11, stop 47). Every text
here is invented; each form is written down as a general shape, with three wordings that differ from the
pages that showed it and from each other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

import re

import pytest

from tests.factories import cpu_to_scan_a_long_line, entity_types, extract_pattern, sources_of
from tests.factories import quote_speakers as speakers

_HEAD = "Tallow buys Brenvik\n\nTallow agreed to buy Brenvik for $2 billion on Monday.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


def _names(text: str) -> set[str]:
    return {name for name, _ in sources_of(text)}


# --- a company's post before its holder: a pair of posts and an honorific, or the post set off by commas ------
# The FORM: "“...,” said <Co> <post> and <post> <Honorific> <Name>" and "“...,” said <Co>'s <post>, <Name>,
# <setting>": the person named after the title speaks, never the company whose post it is.


def test_a_post_pair_and_a_doctor_before_the_name_is_the_person() -> None:
    text = _story("“We are ready for the next step,” said Brenvik president and CEO Dr. Ola Brandt.")
    assert speakers(text) == [("We are ready", "Ola Brandt")]


def test_a_chair_and_chief_executive_and_a_professor_before_the_name_is_the_person() -> None:
    text = _story(
        "“The plant stays open,” said Tallow chairman and chief executive Prof. Lena Holt on Monday."
    )
    assert speakers(text) == [("The plant stays", "Lena Holt")]


def test_a_bank_president_and_ceo_with_an_honorific_is_the_person() -> None:
    text = _story(
        "Tallow said the deal would close in May. “This is a fair price,” said Kestrel Bank president and "
        "CEO Dr. Ivo Stark."
    )
    assert speakers(text) == [("This is a", "Ivo Stark")]


def test_a_possessive_post_set_off_by_commas_is_the_person_in_a_separate_statement() -> None:
    text = _story(
        "“We will keep every plant,” said Tallow's chief executive, Lena Holt, in a separate statement."
    )
    assert speakers(text) == [("We will keep", "Lena Holt")]


def test_a_possessive_chairman_set_off_by_commas_is_the_person_on_a_day() -> None:
    text = _story("“The board backs the offer,” said Brenvik’s chairman, Ivo Stark, on Tuesday.")
    assert speakers(text) == [("The board backs", "Ivo Stark")]


def test_near_miss_a_post_with_no_name_after_it_stays_the_company() -> None:
    text = _story("“We are ready,” said Brenvik president and CEO in a statement.")
    assert speakers(text) == [("We are ready", "Brenvik")]


def test_near_miss_a_possessive_that_is_no_post_gives_no_person() -> None:
    text = _story("“We are ready,” said Brenvik's biggest plant, Ola Works, on Monday.")
    assert speakers(text) != [("We are ready", "Ola Works")]


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("gazetteer", "HONORIFIC_END", "said Brenvik president and CEO Dr. "),
        ("attribution", "_POSSESSIVE_POST_COMMA", "Tallow's chief executive, "),
    ],
)
def test_the_post_patterns_scan_a_long_line_in_linear_time(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


# --- a cue after a clause: the speaker follows the quotation with material between -----------------------------
# The FORM: '“...,” <Name>, <post> at <Co>, said on a call with analysts' and '“...”, the company's <post>
# <Name> told <Outlet> in an interview on <day>': the named person speaks; the outlet told is the
# interviewer, never the speaker; the company of the post is not the speaker.


def test_a_name_and_a_post_pair_at_a_company_said_on_a_call() -> None:
    text = _story(
        "Tallow said it would keep its plants.",
        "“Margins will recover next year,” Ola Brandt, president and CEO at Brenvik, said on a call with analysts.",
    )
    assert speakers(text) == [("Margins will recover", "Ola Brandt")]


def test_the_companys_finance_chief_told_an_outlet_in_an_interview() -> None:
    text = _story(
        "Brenvik expects sales to fall.",
        "“We will not cut the dividend”, the company's finance chief Lena Holt told Reuters in an interview on Tuesday.",
    )
    assert speakers(text) == [("We will not", "Lena Holt")]
    assert ("Reuters", "outlet") in sources_of(text)


def test_the_companys_officer_set_off_by_commas_told_an_outlet() -> None:
    text = _story(
        "Brenvik expects sales to fall. “We will not sell the plant,” the company’s chief financial officer, "
        "Lena Holt, told the Harbour Wire in an interview on Tuesday."
    )
    assert speakers(text) == [("We will not", "Lena Holt")]


def test_near_miss_a_person_named_in_a_later_clause_is_not_the_speaker() -> None:
    text = _story(
        "“Margins will recover next year,” Brenvik said after Ola Brandt, finance chief at Tallow, spoke on a "
        "call with analysts."
    )
    assert speakers(text) == [("Margins will recover", "Brenvik")]


# --- an uncued quotation after an outlet's report ------------------------------------------------------------
# The FORM: a paragraph that is all quotation, with no cue of its own, after paragraphs that cite an
# outlet ("<Outlet> reported", "according to <Outlet>", "first reported by <Outlet>"): no speaker. An
# outlet speaks only when a cue says so; a quotation the outlet relayed ('“...,” X said, <Outlet>
# reported') goes on with X; a quotation of the outlet's own goes on with it.


def test_an_uncued_quotation_after_an_outlets_report_has_no_speaker() -> None:
    text = _story(
        "The Oslo Ledger reported the talks on Friday.",
        "Tallow will keep the Brenvik name.",
        "“Nothing changes for customers.”",
    )
    assert speakers(text) == [("Nothing changes for", None)]


def test_an_uncued_quotation_after_according_to_an_outlet_has_no_speaker() -> None:
    text = _story(
        "According to the Fjord Herald, Tallow will pay in cash.",
        "“This was never about the price, it was about the brand.”",
    )
    assert speakers(text) == [("This was never", None)]


def test_an_uncued_quotation_after_a_passive_report_has_no_speaker() -> None:
    text = _story(
        "The deal was first reported by the Nordic Times on Sunday.",
        "Brenvik shares rose 9% on Monday.",
        "“A good day for the owners of the company.”",
    )
    assert speakers(text) == [("A good day", None)]


def test_near_miss_a_relayed_speaker_goes_on_in_the_next_paragraph() -> None:
    text = _story(
        "“Prices will rise,” Ola Brandt said, the Harbour Wire reported.", "“We have no choice at all.”"
    )
    assert speakers(text) == [("Prices will rise", "Ola Brandt"), ("We have no", "Ola Brandt")]


def test_near_miss_a_person_quoted_before_goes_on() -> None:
    text = _story("“Prices will rise,” said Ola Brandt, the chief of Tallow.", "“We have no choice.”")
    assert speakers(text) == [("Prices will rise", "Ola Brandt"), ("We have no", "Ola Brandt")]


def test_near_miss_an_outlets_own_quoted_words_go_on() -> None:
    text = _story(
        "The Harbour Wire wrote: “Tallow has paid too much.”", "“The owners of Brenvik won the day.”"
    )
    assert speakers(text) == [("Tallow has paid", "Harbour Wire"), ("The owners of", "Harbour Wire")]


# --- a paper named in quotation marks, and a document's writer --------------------------------------------------
# The FORM: 'the “<Paper>” reported|cited|wrote' and 'according to the “<Paper>”,' (a paper's name in
# quotation marks after "the", the German article style): an outlet. "cited|quoted an e-mail|a letter|a
# memo from <body>", "according to an e-mail from <body>": the body that wrote it is a source.


def test_a_paper_in_quotation_marks_cited_an_e_mail_from_a_works_council() -> None:
    text = _story(
        "According to a newspaper report, Tallow will cut 500 jobs. The 'Morgenpost' cited an e-mail from "
        "the central works council."
    )
    assert {("Morgenpost", "outlet"), ("works council", "group")} <= sources_of(text)


def test_a_paper_in_curly_marks_reported() -> None:
    text = _story("The “Tagesblatt” reported on Monday that Tallow will shut two plants.")
    assert ("Tagesblatt", "outlet") in sources_of(text)


def test_a_paper_in_straight_single_marks_wrote() -> None:
    text = _story("The 'Abendpost' wrote on Friday that Tallow would shut two plants.")
    assert ("Abendpost", "outlet") in sources_of(text)


def test_a_paper_in_quotation_marks_with_its_kind_wrote() -> None:
    text = _story("The “Morgenblad” newspaper wrote on Sunday that Brenvik would sell its plant.")
    assert ("Morgenblad", "outlet") in sources_of(text)


def test_according_to_a_paper_in_quotation_marks() -> None:
    text = _story("According to the “Tagesblatt”, Tallow will shut two plants.")
    assert ("Tagesblatt", "outlet") in sources_of(text)


def test_according_to_an_e_mail_from_a_works_council() -> None:
    text = _story("Tallow will cut 500 jobs, according to an e-mail from the central works council.")
    assert ("works council", "group") in sources_of(text)


def test_an_outlet_cited_an_internal_memo_from_a_union() -> None:
    text = _story("The Harbour Wire cited an internal memo from the staff union.")
    assert {("Harbour Wire", "outlet"), ("staff union", "group")} <= sources_of(text)


def test_near_miss_a_programme_in_quotation_marks_is_no_outlet() -> None:
    text = _story("The “Fit for Future” programme will cut 500 jobs, Tallow said.")
    assert _names(text) == {"Tallow"}


def test_near_miss_an_e_mail_from_a_council_with_no_labour_word_cites_no_one() -> None:
    text = _story("Tallow will close the site, according to an e-mail from the council.")
    assert sources_of(text) == set()


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_QUOTED_PAPER", "the “Tagesblatt” the 'Morgenpost' reported, "),
        ("_QUOTED_PAPER_LED", "according to reported by told "),
        ("_CITED_DOC_VERB", "cited quotes an e-mail "),
    ],
)
def test_the_paper_and_document_patterns_scan_a_long_line_in_linear_time(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", name), unit) < 20


# --- a ticker in brackets is furniture ---------------------------------------------------------------------------
# The FORM: "<Co> (<EXCHANGE>: <TICKER>) said", "<Co> AG (<TICKER>.<X>) said", "<Co> (<A>: <T>; <B>: <U>)
# said": the company speaks; the ticker and its exchange, in any case, are no source and hide no subject.


def test_a_ticker_with_an_exchange_in_mixed_case_leaves_the_company_speaking() -> None:
    text = _story("Brenvik Systems (Nasdaq: BRVK) said it would sell.")
    assert _names(text) == {"Brenvik Systems"}


def test_a_long_wire_code_after_a_legal_form_leaves_the_company_speaking() -> None:
    text = _story("Brenvik Systems AG (BRVG.DE) said on Tuesday it would cut 500 jobs.")
    assert _names(text) == {"Brenvik Systems AG"}


def test_two_listings_in_brackets_leave_the_company_speaking() -> None:
    text = _story("Brenvik Systems (NYSE: BVS; TSX: BVT) said it would sell.")
    assert _names(text) == {"Brenvik Systems"}


def test_a_ticker_with_a_digit_leaves_the_company_speaking() -> None:
    text = _story("Kestrel Oyj (KES1V) said it would back the offer.")
    assert _names(text) == {"Kestrel Oyj"}


def test_near_miss_a_ticker_of_a_company_that_does_not_speak_gives_it_no_voice() -> None:
    text = _story("Shares of Brenvik Systems (BRVK) fell 4% after Tallow (TLW) said it would sell its stake.")
    assert _names(text) == {"Tallow"}


@pytest.mark.parametrize("unit", ["(NYSE: BVS; TSX: BVT) ", "(Nasdaq: BRVK)", " (BRVG.DE, BRV1V) said"])
def test_the_ticker_brackets_scan_a_long_line_in_linear_time(unit: str) -> None:
    from tui.analysis.extract import attribution

    assert cpu_to_scan_a_long_line(re.compile(attribution._ADVERBS + r"\s*$"), unit) < 20


# --- a verbless "in a statement" before a quotation ----------------------------------------------------------
# The FORM: "<Name>['s] in a statement: “...”", "<Name>, <post>, in a statement on <day>: “...”", "In a
# statement, <title> <Name>: “...”": the person introduced speaks, though no verb says so.


def test_a_name_in_a_statement_with_a_colon_speaks() -> None:
    text = _story(
        "Tallow said the deal would close in May.",
        "Lena Holt in a statement: “This is a good day for Tallow.”",
    )
    assert speakers(text) == [("This is a", "Lena Holt")]


def test_a_name_with_a_glued_s_in_a_statement_speaks() -> None:
    text = _story("Tallow chief Ola Brandt’s in a statement: “We are proud of what the team has built.”")
    assert speakers(text) == [("We are proud", "Ola Brandt")]


def test_in_a_statement_then_a_titled_name_and_a_colon_speaks() -> None:
    text = _story("In a statement, Brenvik chief Ola Brandt: “We are proud of what the team has built.”")
    assert speakers(text) == [("We are proud", "Ola Brandt")]


def test_near_miss_a_person_thanked_in_a_statement_is_not_the_speaker() -> None:
    text = _story("In a statement, Tallow thanked Ola Brandt: “We are proud of the team.”")
    assert speakers(text) == [("We are proud", "Tallow")]


def test_the_subject_gap_scans_a_long_line_in_linear_time() -> None:
    unit = " in a brief statement on Monday, "
    assert cpu_to_scan_a_long_line(extract_pattern("quote_speakers", "_SUBJECT_GAP"), unit) < 20


# --- a passive with an adverb between the be-form and the participle --------------------------------------------
# The FORM: "<X> was|is|has been also|further|then|... <reporting verb as a participle> as|among|in ...":
# a passive, no statement of X's, as it is with no adverb between ("was listed among"); X is no source.


def test_a_person_also_listed_among_a_ranking_is_no_source() -> None:
    text = _story("Ola Brandt runs Tallow. She was also listed among the most powerful women in business.")
    assert "Ola Brandt" not in _names(text)


def test_a_firm_also_confirmed_as_a_bidder_is_no_source() -> None:
    text = _story("Kestrel Partners was also confirmed as a bidder on Friday.")
    assert "Kestrel Partners" not in _names(text)


def test_a_person_further_described_in_a_filing_is_no_source() -> None:
    text = _story("Lena Holt is further described in the filing as a director of Brenvik.")
    assert "Lena Holt" not in _names(text)


def test_near_miss_an_adverb_before_an_active_verb_still_cites() -> None:
    text = _story("Kestrel Partners also confirmed it would bid on Friday.")
    assert ("Kestrel Partners", "organization") in sources_of(text)


def test_near_miss_a_passive_in_a_relative_clause_leaves_the_main_verb_citing() -> None:
    text = _story("Kestrel Partners, which was also listed as a bidder, confirmed it would bid on Friday.")
    assert ("Kestrel Partners", "organization") in sources_of(text)


def test_the_passive_pattern_scans_a_long_line_in_linear_time() -> None:
    unit = "was also further listedly "
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", "_PASSIVE_END"), unit) < 20


# --- a workers' body named with a capitalised word --------------------------------------------------------------
# The FORM: "the <Capitalised word> works council|staff union|trade union" (a region, a demonym, a company's
# name before the labour word) that names no entity: the body as written is a source of kind group, and a
# later "the works council" / "the union" is the same body, one source.


def test_a_european_works_council_is_a_group_the_works_council_takes_up() -> None:
    text = _story(
        "The Morgenpost cited an e-mail from the European works council. The works council criticised the plan."
    )
    assert sources_of(text) >= {("European works council", "group")}
    assert ("works council", "group") not in sources_of(text)


def test_according_to_a_nordic_works_council() -> None:
    text = _story(
        "Tallow will cut 500 jobs, according to the Nordic works council.",
        "The works council said talks would go on.",
    )
    assert _names(text) == {"Nordic works council"}


def test_a_companys_staff_union_then_the_union() -> None:
    text = _story("The Brenvik staff union said it would strike.", "The union said talks would go on.")
    assert sources_of(text) == {("Brenvik staff union", "group")}


def test_near_miss_a_union_of_states_stays_the_organization() -> None:
    text = _story("The European Union said it would review the deal.")
    assert sources_of(text) == {("European Union", "organization")}


def test_near_miss_a_city_council_is_no_workers_body() -> None:
    text = _story("The Oslo city council said it would review the plan.")
    assert sources_of(text) == set()


# --- a group named with its place, then a present- or past-tense cue ---------------------------------------------
# The FORM: "<group noun> at|near|in|outside <the|a|<Co>'s> <up to three words> <place noun> say|said ...": the
# group speaks (a source of kind group, named by its noun), never a person and never the place; "staff" and
# "personnel" are such a group only when they open the clause before the place. A passive ("were told") is no
# statement by the group.


def test_workers_at_a_named_companys_plant_say() -> None:
    text = _story("Engineers at Brenvik's Ohio plant say the line will stop in June.")
    assert sources_of(text) == {("engineers", "group")}


def test_analysts_at_an_office_named_by_its_city_said() -> None:
    text = _story("Analysts at the Lyon office said they heard of the sale from the radio.")
    assert sources_of(text) == {("analysts", "group")}


def test_residents_outside_a_depot_say_and_a_quotation_is_theirs() -> None:
    text = _story("“The lorries never stop,” residents outside the depot say.")
    assert sources_of(text) == {("residents", "group")}
    assert speakers(text) == [("The lorries never", "residents")]


def test_staff_at_an_office_named_by_its_city_said() -> None:
    text = _story("Staff at the Lyon office said they heard of the sale from the radio.")
    assert sources_of(text) == {("staff", "group")}


def test_a_quotation_then_personnel_at_a_depot_say() -> None:
    text = _story("“Nobody asked us,” personnel at the Brenvik depot say.")
    assert speakers(text) == [("Nobody asked us", "personnel")]


def test_near_miss_staff_of_a_union_before_a_place_are_no_group() -> None:
    text = _story("The union representing steel staff at the plant said it would strike.")
    assert ("staff", "group") not in sources_of(text)


def test_near_miss_staff_at_a_plant_who_were_told_are_no_source() -> None:
    text = _story("Staff at the plant were told on Friday that the line would stop.")
    assert sources_of(text) == set()


def test_employees_at_a_warehouse_said() -> None:
    text = _story("Employees at a Tallow warehouse said they were not warned.")
    assert sources_of(text) == {("employees", "group")}


def test_near_miss_workers_at_a_plant_who_were_told_are_no_source() -> None:
    text = _story("Workers at the Brenvik mill were told the cuts would come in May.")
    assert sources_of(text) == set()


def test_near_miss_workers_at_a_plant_as_the_object_leave_the_company_speaking() -> None:
    text = _story("Tallow told workers at the plant that the line would stop.")
    assert sources_of(text) == {("Tallow", "organization")}


def test_the_group_place_pattern_scans_a_long_line_in_linear_time() -> None:
    unit = " workers at the Ohio plant near its site "
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", "_GROUP_PLACE_END"), unit) < 20


def test_the_staff_pattern_scans_a_long_line_in_linear_time() -> None:
    unit = "staff Staff personnel "
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", "_STAFF_AT_PLACE"), unit) < 20


# --- a company's news made public without "said" ------------------------------------------------------------------
# The FORM: "<Co> issued|released|put out|shared (the) news|word of|about|that ...", "<Co> announced in a release
# that ...", "In a filing, <Co> disclosed|said ...": the company is the source. Not when what is issued is no news
# ("issued new shares", "issued bonds"), and not a company whose shares move on the news.


def test_a_company_issued_news_of_the_deal_on_a_day() -> None:
    text = _story("Brenvik issued news of the merger on Tuesday evening.")
    assert ("Brenvik", "organization") in sources_of(text)


def test_a_bank_put_out_word_that_it_would_sell() -> None:
    text = _story("Kestrel Bank put out word that it would sell its Brenvik stake.")
    assert ("Kestrel Bank", "organization") in sources_of(text)


def test_a_company_shared_the_news_about_the_sale() -> None:
    text = _story("Late on Friday, Harlow Mining shared the news about the sale of its copper unit.")
    assert ("Harlow Mining", "organization") in sources_of(text)


def test_a_company_announced_in_a_release_that() -> None:
    text = _story("Brenvik announced in a release that it would keep its three plants.")
    assert ("Brenvik", "organization") in sources_of(text)


def test_in_a_filing_a_company_disclosed() -> None:
    text = _story("In a filing, Kestrel Bank disclosed that it paid $40 million for the shares.")
    assert ("Kestrel Bank", "organization") in sources_of(text)


def test_near_miss_a_company_issued_new_shares_is_no_source() -> None:
    text = _story("Brenvik issued new shares and bonds to pay for the plant.")
    assert "Brenvik" not in _names(text)


def test_near_miss_shares_that_moved_on_the_news_are_no_source() -> None:
    text = _story("Harlow Mining shares rose 4% on news of the sale.")
    assert "Harlow Mining" not in _names(text)


def test_the_issued_news_pattern_scans_a_long_line_in_linear_time() -> None:
    unit = "Brenvik has issued its official news of word that "
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", "_PUT_OUT_DOC"), unit) < 20


# --- an acronym in brackets after a company's full name -----------------------------------------------------------
# The FORM: "<Full Name> (<ACRONYM>) said ...", the acronym perhaps used alone later: the source (and the
# entity) is named by the full name, the acronym is its alias; the name is chosen in the entity step
# (entities._group), which named such a group by its acronym. Not so for a body the gazetteer knows by its
# acronym ("Advanced Micro Devices (AMD)": AMD, as the tables name it), for a product (called by its acronym:
# tests/test_entity_forms_s41.py) or for a name after a capitalised word, which the text may have cut short
# (tests/test_speaker_forms_s44.py).


def test_a_bank_holding_with_its_acronym_in_brackets_is_cited_by_its_full_name() -> None:
    text = _story("Kestrel Bank Holdings (KBH) said it would sell its stake.")
    assert sources_of(text) == {("Kestrel Bank Holdings", "organization")}


def test_a_fund_named_by_its_acronym_later_is_one_source_with_its_full_name() -> None:
    text = _story("The Nordic Pension Fund (NPF) owns 4% of Brenvik. NPF said it would vote for the deal.")
    assert sources_of(text) == {("Nordic Pension Fund", "organization")}
    assert entity_types(text).get("Nordic Pension Fund") is not None


def test_a_quotation_after_said_and_a_group_with_its_acronym_is_the_full_name() -> None:
    text = _story(
        "“We will vote against the offer,” said Harlow Mining Group (HMG), which owns 9% of Brenvik."
    )
    assert speakers(text) == [("We will vote", "Harlow Mining Group")]


def test_near_miss_a_company_the_gazetteer_knows_by_its_acronym_keeps_it() -> None:
    text = _story("Advanced Micro Devices (AMD) said it would not bid.")
    assert sources_of(text) == {("AMD", "organization")}


def test_near_miss_a_product_spelled_out_keeps_its_acronym() -> None:
    text = _story("Brenvik said its chip tool RAPT (Rapid Assembly Planning Tool) would ship in May.")
    assert entity_types(text).get("RAPT") == "product"


def test_the_capital_before_pattern_scans_a_long_line_in_linear_time() -> None:
    unit = "Nordic Harbour The A "
    assert cpu_to_scan_a_long_line(extract_pattern("entities", "_CAPITAL_BEFORE"), unit) < 20


# --- a quotation only in the headline, with the headline's own cue -----------------------------------------------
# The FORM: a headline '“...,” says <Co> chief|boss', '“...,” says <Co> <post> <Name>', '“...”, <Name> says' or
# '<Name>: “...”' whose words the body does not repeat: the speaker is the person (else the one company) the
# headline's cue names, never the speaker of the body's first paragraph. A headline quotation with no cue of
# its own stays no one's; a cue that names someone else beside the company ("says a rival of <Co>") or goes on
# into another clause gives no speaker.

_BODY = (
    "\n\nOla Brandt, the chief executive of Tallow, told investors on Monday that the offer stood. "
    "Lena Holt, Brenvik's chair, has led the company since 2019.\n"
)


def test_a_headline_quotation_said_by_a_companys_chief_is_the_companys() -> None:
    text = "“We will not sell,” says Brenvik chief" + _BODY
    assert speakers(text) == [("We will not", "Brenvik")]


def test_a_headline_quotation_said_by_a_named_chair_is_hers() -> None:
    text = "“The offer is far too low,” says Brenvik chair Lena Holt" + _BODY
    assert speakers(text) == [("The offer is", "Lena Holt")]


def test_a_headline_opening_with_a_name_and_a_colon_is_hers() -> None:
    text = "Lena Holt: “We are not for sale”" + _BODY
    assert speakers(text) == [("We are not", "Lena Holt")]


def test_a_headline_quotation_with_the_name_and_says_after_it() -> None:
    text = "“Brenvik stays independent”, Lena Holt says" + _BODY
    assert speakers(text) == [("Brenvik stays independent", "Lena Holt")]


def test_near_miss_a_headline_quotation_with_no_cue_is_no_ones() -> None:
    text = "“We are not for sale”" + _BODY
    assert speakers(text) == [("We are not", None)]


def test_near_miss_a_rival_of_the_company_in_the_headline_cue_gives_no_speaker() -> None:
    text = "“We will not sell,” says a rival of Brenvik" + _BODY
    assert speakers(text) == [("We will not", None)]


def test_near_miss_a_headline_cue_that_goes_on_into_a_clause_gives_no_speaker() -> None:
    text = "“We will not sell,” says Brenvik chief as Tallow bids again" + _BODY
    assert speakers(text) == [("We will not", None)]


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_HEADLINE_CUE_AFTER", ",” says warns "),
        ("_HEADLINE_SAYS_END", " says said "),
        ("_HEADLINE_COLON_END", " : “ "),
        ("_HEADLINE_POST", " chief executive "),
    ],
)
def test_the_headline_cue_patterns_scan_a_long_line_in_linear_time(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("quote_speakers", name), unit) < 20
