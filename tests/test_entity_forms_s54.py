"""Entity forms on unseen text (stop 54, "entities"): one general rule per class of wording.

Forms found on coverage of a family holding company's minority stake in a listed company and of a
majority holder's tender offer for its subsidiary's listed minority. Every sentence here is invented
(other trades, names, places and figures than any story of the bench); the expectations are written
by hand, each form in three wordings and a near miss.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of
from tests.factories import entity_types as names
from tests.factories import slot_value as value
from tui.analysis.extract import entities
from tui.corpus import furniture
from tui.corpus.furniture import find_furniture

ORG = "organization"
PERSON = "person"
SOMEONE = (ORG, PERSON, "outlet")
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory(
    "Units, clubs and committees: the day's deals", "Representatives declined to comment."
)


def someone(text: str) -> set[str]:
    """The names the article types a person, an organization or an outlet."""
    return {n for n, t in names(text).items() if t in SOMEONE}


# --- 10. a unit's name keeps its country word -----------------------------------------------------
# The FORM: "<Company words> <Country> <legal form>" ("Tallow Capital USA Inc", "Harbour Holdings
# Canada Ltd."): the country closes the unit's name; only the legal form is no part of it. NEAR MISS:
# a country after a possessive ("Halvard's Canada Inc. unit") stays a place, and so does a country
# that opens the run ("In Canada Ltd. firms ...").


def test_a_country_before_a_legal_form_stays_in_the_unit_name() -> None:
    got = someone(
        "Banking\n\nHalvard said its unit Halvard Holdings USA Inc completed the purchase of Tessel."
    )
    assert "Halvard Holdings USA Inc" in got and "Halvard Holdings" not in got, got


def test_a_country_code_before_a_legal_form_with_a_stop() -> None:
    got = someone(
        "Funds\n\nThe fund is run by Ostrava Capital UK Ltd. and its managers, Ostrava said on Monday."
    )
    assert "Ostrava Capital UK Ltd." in got and "Ostrava Capital" not in got, got


def test_a_country_spelled_out_before_two_legal_forms() -> None:
    got = someone("Cars\n\nTessel sold its plant to Brisa Motors Japan Co. Ltd. on Monday, Tessel said.")
    assert "Brisa Motors Japan Co. Ltd." in got, got


def test_near_miss_a_country_after_a_possessive_stays_a_place() -> None:
    got = names("Banking\n\nThe buyer is Halvard's Canada Inc. unit, which paid for Tessel on Monday.")
    assert got.get("Canada") == "place" and "Halvard" in got, got


def test_a_unit_with_its_country_is_the_buyer() -> None:
    body = (
        "Halvard announced that its wholly-owned subsidiary, Halvard Holdings USA Inc, completed its tender"
        " offer for all publicly held shares of Tessel Labs."
    )
    f = facts_of(story(body), date=THURSDAY)
    assert str(value(f, "buyer")).startswith("Halvard Holdings USA"), value(f, "buyer")


# --- 6. a release's dateline glued to the first word -----------------------------------------------
# The FORM: "<Town>, <ST>-<Company> ..." opening a paragraph (a release's dateline with a US state's
# postal code, its dash glued to the story's first word): the town and code are furniture, the company
# keeps its own name. NEAR MISSES: a code of no state ("Later, US-China talks"), a "-based" compound.


def test_a_state_dateline_glued_to_the_company_is_cut_off() -> None:
    got = someone(
        "Pharma\n\nBoston, MA-Orvane has formed a committee of its board to weigh the offer from Halvard."
    )
    assert "Orvane" in got and "MA-Orvane" not in got, got


def test_a_two_word_town_and_state_glued_to_a_two_word_company() -> None:
    got = someone("Labs\n\nSan Diego, CA-Tessel Labs said on Monday it would cut 200 jobs at two sites.")
    assert "Tessel Labs" in got and not any(n.startswith("CA-") for n in got), got


def test_a_texas_dateline_glued_to_the_buyer() -> None:
    got = someone("Cars\n\nAustin, TX-Brisa Motors agreed on Monday to buy Orvane for $40 million.")
    assert {"Brisa Motors", "Orvane"} <= got, got


def test_near_miss_a_pair_of_countries_is_no_dateline() -> None:
    text = "Trade\n\nLater, US-China talks resumed in Geneva, Orvane said."
    assert not any(f.kind == furniture.DATELINE for f in find_furniture(text)), find_furniture(text)


# --- 11. a degree after a person's name ------------------------------------------------------------
# The FORM: "<Given> <Surname>, MD" (DDS, MBA, CPA, ...) closing a list item or a sentence: a degree,
# no organisation. NEAR MISS: the same letters as a name in their own right ("MD Harbour said").


def test_a_degree_closing_a_list_is_no_body() -> None:
    got = someone("Board\n\nThe members are Ana Ruiz, PhD; and Carl Weiss, MD. They will meet on Friday.")
    assert "MD" not in got and {"Ana Ruiz", "Carl Weiss"} <= got, got


def test_a_dentist_degree_before_a_comma() -> None:
    got = someone(
        "Clinics\n\nThe clinic chain was founded by Mira Holt, DDS, who sold it to Orvane last year."
    )
    assert "DDS" not in got and "Mira Holt" in got, got


def test_an_accountant_degree_with_an_initial() -> None:
    got = someone("Audit\n\nThe audit was signed by Piet K. Vlaming, CPA; Orvane did not comment.")
    assert "CPA" not in got, got


def test_near_miss_capitals_that_open_a_sentence_stay_a_name() -> None:
    got = someone("Media\n\nMDX Harbour said on Monday it would buy Orvane. MDX Harbour is based in Oslo.")
    assert "MDX Harbour" in got, got


# --- 11. a board's committee, with or without its company, is an unnamed body -----------------------
# The FORM: "the Special Committee", "a Special Committee of its Board", "the Special Committee of
# <Co>'s Board": an organ named by its task, no entity (convention (e)); its company stays named.
# NEAR MISS: a committee with a name of its own ("the Tessel Prize Committee") is left to other rules.


def test_a_special_committee_is_no_entity() -> None:
    got = someone(
        "Offer\n\nOrvane said the Special Committee, after a review, found the offer from Halvard too low."
    )
    assert not any("Committee" in n for n in got) and {"Orvane", "Halvard"} <= got, got


def test_a_special_committee_of_a_company_is_no_entity() -> None:
    got = someone(
        "Offer\n\nThe price is too low, said Dr. Carl Weiss, chairman of the Special Committee of Tessel's"
        " Board of Directors. Tessel will not sell."
    )
    assert not any("Committee" in n for n in got) and "Tessel" in got and "of Tessel" not in got, got


def test_an_independent_committee_of_a_named_company() -> None:
    got = someone("Offer\n\nThe Independent Committee of Brisa Motors rejected the bid, Brisa Motors said.")
    assert not any("Committee" in n for n in got) and "Brisa Motors" in got, got


def test_a_company_named_only_after_its_committee_is_still_named() -> None:
    got = someone("Offer\n\nThe Special Committee of Halvard Labs rejected the bid on Monday.")
    assert "Halvard Labs" in got and not any("Committee" in n for n in got), got


# --- 11. a common noun capitalised as a defined term ------------------------------------------------
# The FORM: "the <Plan|Offer|Company|Board...>" where a filing capitalises a common noun it defines:
# no one's name. NEAR MISS: a name of two words ("the Marshall Plan") and a known name keep their type.


def test_a_capitalised_plan_is_no_body() -> None:
    got = someone("Offer\n\nWe believe the Plan's forecasts hold, Tessel said on Monday.")
    assert "Plan" not in got and "Tessel" in got, got


def test_a_capitalised_offer_opening_a_sentence() -> None:
    got = someone("Offer\n\nHalvard made its bid on Monday. The Offer expires in May, Halvard said.")
    assert "Offer" not in got, got


def test_a_capitalised_company_in_a_filing() -> None:
    got = someone("Filing\n\nOrvane holds 55% of Tessel. Under the deal the Company will be delisted.")
    assert "Company" not in got and {"Orvane", "Tessel"} <= got, got


def test_near_miss_a_plan_with_its_own_name_is_not_dropped() -> None:
    got = names("Aid\n\nThe Danube Plan will fund 40 bridges, the Orvane Foundation said.")
    assert "Danube Plan" in got, got


# --- 11. a town that work moves from, and a town after a site noun -----------------------------------
# The FORM: "<moved|transferred|relocated> ... from <X> to <Co>'s site / to <known place>", and
# "<departments|laboratories> in <X>": X is a town, no organisation. NEAR MISS: a move between two
# companies ("moved its account from Tarnby to Orvane") keeps both as companies.


def test_a_town_work_is_transferred_from_to_a_site() -> None:
    got = names("Pharma\n\nSales will be transferred from Tarnby to Orvane's site in Boston next year.")
    assert got.get("Tarnby") == "place", got


def test_a_town_relocated_from_to_a_known_place() -> None:
    got = names("Pharma\n\nHalvard relocated its lab from Velmar to Boston in March.")
    assert got.get("Velmar") == "place", got


def test_a_town_after_research_departments() -> None:
    got = names("Pharma\n\nThe cuts hit the research departments in Kessling and Varde, Orvane said.")
    assert got.get("Kessling") == "place", got


def test_near_miss_a_move_between_two_companies() -> None:
    got = someone("Banks\n\nHalvard moved its account from Tarnby to Orvane last year, Tarnby said.")
    assert "Tarnby" in got, got


def test_new_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(entities._DEGREE_AFTER_NAME, "Ana Ruiz, MD Ana B. Ruiz, ") < 20
    assert cpu_to_scan_a_long_line(entities._THE_JUST_BEFORE, "the The  ") < 20
    assert cpu_to_scan_a_long_line(entities._MOVE_FROM_BEFORE, "moved its lab transferred from ") < 20
    assert cpu_to_scan_a_long_line(entities._TO_SITE_AFTER, " to the its Orvane's new ") < 20
    assert cpu_to_scan_a_long_line(furniture._DATELINE, "Boston, MA-San Diego, CA-") < 20
    assert cpu_to_scan_a_long_line(entities._CLUB_NOUN_BEFORE, "football club soccer team hockey side ") < 20
    assert cpu_to_scan_a_long_line(entities._FAMILY_AFTER, " family families ") < 20


# --- 11. a club named after its sport's noun --------------------------------------------------------
# The FORM: "<sport> club|team|side <Name>" ("football club X", "the Italian soccer club X"): X is an
# organisation, even named once at a sentence's end. NEAR MISS: a club noun with no sport before it
# ("the club Ravenna" could be anything) is left to the other rules.


def test_a_football_club_at_a_sentence_end() -> None:
    got = names("Sport\n\nThe fund's holdings also include football club Ravenna.")
    assert got.get("Ravenna") == ORG, got


def test_a_soccer_club_after_a_nationality() -> None:
    got = names("Sport\n\nThe family also owns the Portuguese soccer club Maravil.")
    assert got.get("Maravil") == ORG, got


def test_a_hockey_team_as_an_object() -> None:
    got = names("Sport\n\nOrvane bought the ice hockey team Kestrels last spring, Orvane said.")
    assert got.get("Kestrels") == ORG, got


def test_near_miss_a_football_club_with_its_own_name_stays_whole() -> None:
    got = someone("Sport\n\nKorvel owns Tallow Football Club and a stake in Brisa Motors.")
    assert "Tallow Football Club" in got, got


# --- 11. a publisher's group named with the paper's name --------------------------------------------
# The FORM: "The <known paper> Group" (or Holdings): the publisher's group is a company of its own,
# never cut to the paper's short name the gazetteer knows. NEAR MISS: the paper alone stays the paper.


def test_a_known_paper_and_group_is_the_group() -> None:
    got = someone("Media\n\nKorvel owns Brisa Motors, Tessel Labs and The Guardian Group among others.")
    assert "The Guardian Group" in got and "The Guardian" not in got, got


def test_a_known_paper_and_group_as_a_subject() -> None:
    got = someone("Media\n\nOn Monday The Atlantic Group agreed to sell its events arm to Orvane.")
    assert "The Atlantic Group" in got and "The Atlantic" not in got, got


def test_a_known_paper_and_holdings_after_a_noun() -> None:
    got = someone("Media\n\nKorvel has stakes in publishers such as The Register Holdings and Brisa Press.")
    assert "The Register Holdings" in got, got


def test_near_miss_the_paper_alone_stays_the_paper() -> None:
    got = someone("Media\n\nThe deal was first reported by The Guardian on Monday, Korvel said.")
    assert "The Guardian" in got and "The Guardian Group" not in got, got


# --- 11. a founder in a kinship clause, and a family named for him -----------------------------------
# The FORM: "<kin> of <Co> <title> <Given Surname>" ("grandson of Brisa founder Piero Tallini"): the
# kin is the person after the title; the name before the title is his company. A surname written
# only as "the <Surname> family" on the page is the family, not that person. NEAR MISSES: "son of
# Piero Tallini" keeps the person; a surname that also speaks alone joins the person.


def test_a_company_before_a_founder_in_a_kinship_clause() -> None:
    got = names("Media\n\nKorvel is run by Ana Ruiz, the granddaughter of Brisa founder Piero Tallini.")
    assert got.get("Brisa") == ORG and got.get("Piero Tallini") == PERSON, got


def test_a_company_before_a_chief_in_a_kinship_clause() -> None:
    got = names("Media\n\nKorvel is led by Ana Ruiz, daughter of Tessel chief executive Carl Weiss.")
    assert got.get("Tessel") == ORG and got.get("Carl Weiss") == PERSON, got


def test_a_family_stays_apart_from_its_founder() -> None:
    got = names(
        "Media\n\nThe Tallini family owns 40% of Korvel. Korvel is run by the grandson of Brisa founder"
        " Piero Tallini."
    )
    assert got.get("Piero Tallini") == PERSON and "Tallini" in got and got.get("Brisa") == ORG, got


def test_near_miss_a_son_of_a_named_person() -> None:
    got = names("Media\n\nKorvel is run by Ana Ruiz, the son of Piero Tallini. Korvel owns a stake.")
    assert got.get("Piero Tallini") == PERSON, got


def test_near_miss_a_surname_that_speaks_joins_the_person() -> None:
    got = names(
        "Media\n\nPiero Tallini founded Brisa in 1950. Tallini said the Tallini family would keep it."
    )
    assert got.get("Piero Tallini") == PERSON and "Tallini" not in got, got


# --- 6. site furniture: a mailing's name, a wire's popular list, a word's prefix --------------------
# The FORM: a sign-up line's mailing named before its noun ("We'll send you a <Name> email", "our
# <Name> newsletter") is no outlet nor body; a wire's list heading on a copy ("Most Read from <Wire>")
# is furniture; a capitalised prefix glued to a lower-case word ("Non-listed", "Anti-trust") is no
# name. NEAR MISSES: an outlet named before "reported"; "most read" inside a sentence of the story;
# a company glued to "-listed" as its exchange ("Nasdaq-listed").


def test_a_mailing_named_before_email_is_no_body() -> None:
    text = (
        "Funds\n\nWe’ll send you a Harbour Morning Brief email with the latest Orvane Capital news.\n"
        "Orvane Capital bought 12% of Tessel on Monday."
    )
    got = someone(text)
    assert "Harbour Morning Brief" not in got and "Orvane Capital" in got, got


def test_a_mailing_named_before_newsletter_is_no_body() -> None:
    got = someone("Funds\n\nSign in to get our Tessel Weekly Digest newsletter. Orvane bought 12% of Tessel.")
    assert "Tessel Weekly Digest" not in got, got


def test_a_mailing_named_before_e_mail_is_no_body() -> None:
    got = someone("Funds\n\nOrvane bought 12% of Tessel, as the Brisa Markets Daily e-mail told readers.")
    assert "Brisa Markets Daily" not in got and "Orvane" in got, got


def test_near_miss_an_outlet_that_reports_stays() -> None:
    got = someone("Funds\n\nThe Harbour Morning Post reported that Orvane bought 12% of Tessel.")
    assert "Harbour Morning Post" in got, got


def test_a_wire_popular_list_heading_is_furniture() -> None:
    text = "Funds\n\nOrvane bought 12% of Tessel on Monday.\n\nMost Read from Harbour Wire\n\nTessel rose 4%."
    kinds = {text[f.start : f.end]: f.kind for f in find_furniture(text)}
    assert kinds.get("Most Read from Harbour Wire") == furniture.PROMO, kinds


def test_a_most_popular_on_line_is_furniture() -> None:
    text = "Funds\n\nOrvane bought 12% of Tessel.\n\nMost Popular on Brisa News\n\nTessel rose 4% on Monday."
    assert "Brisa News" not in someone(text)


def test_near_miss_most_read_inside_a_sentence_is_text() -> None:
    text = "Funds\n\nThe report was the most read from Orvane's site last year, Tessel said on Monday."
    assert not any(f.kind == furniture.PROMO for f in find_furniture(text))


def test_a_capitalised_prefix_is_no_name() -> None:
    got = someone("Funds\n\nNon-listed holdings might be worth $2bn, Orvane said.")
    assert "Non" not in got and "Orvane" in got, got


def test_an_anti_prefix_is_no_name() -> None:
    got = someone("Law\n\nAnti-trust rules bar the deal, Tessel said on Monday.")
    assert "Anti" not in got, got


def test_a_post_prefix_is_no_name() -> None:
    got = someone("Law\n\nPost-merger, Tessel will cut 300 jobs, Tessel said.")
    assert "Post" not in got, got


def test_near_miss_an_exchange_before_listed_stays() -> None:
    got = someone("Funds\n\nNasdaq-listed Orvane said it would buy Tessel.")
    assert "Nasdaq" in got, got


# --- 11. a formal name folded into the name the page goes by ----------------------------------------
# The FORM: "Royal <Co>" (or "Koninklijke <Co>") on a page that also calls the company "<Co>": one
# company. NEAR MISS: "Royal <Place>" beside the place is left alone ("Royal Caribbean" and the sea).


def test_royal_and_the_short_name_are_one_company() -> None:
    got = someone("Tech\n\nKorvel bought 10% of Royal Brisa. Brisa shares rose 4% on Monday, Brisa said.")
    assert not ({"Royal Brisa", "Brisa"} <= got), got


def test_royal_in_a_title_of_and_the_short_name() -> None:
    got = someone(
        "Tech\n\nAccording to the CEO of Royal Tessel, Ana Ruiz, the deal is fair. Tessel shares rose."
    )
    assert not ({"Royal Tessel", "Tessel"} <= got), got


def test_koninklijke_and_the_short_name_are_one_company() -> None:
    got = someone("Tech\n\nKoninklijke Brisa said on Monday it sold a unit. Brisa will keep its plant.")
    assert not ({"Koninklijke Brisa", "Brisa"} <= got), got


def test_near_miss_royal_before_a_place_is_not_folded() -> None:
    got = names("Travel\n\nRoyal Caribbean said on Monday its ships will sail the Caribbean in May.")
    assert "Royal Caribbean" in got, got


def test_prefix_and_promo_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(entities._HYPHEN_LOWER_AFTER, "Non-listed -a ") < 20
    assert cpu_to_scan_a_long_line(furniture._PROMO, "most read from most popular on ") < 20
    assert cpu_to_scan_a_long_line(entities._EMAIL_AFTER, " email e-mail newsletters ") < 20
    assert cpu_to_scan_a_long_line(entities._ARTICLE_JUST_BEFORE, "a an the our your its ") < 20


def test_near_miss_an_outlet_short_name_after_the_is_no_defined_term() -> None:
    from tests.factories import analyse_article, plain_article

    text = (
        "Media\n\nThe Harbour Times said on Monday that Orvane's chief was forced out, according to a letter"
        " sent to him and obtained by the Times."
    )
    got = analyse_article(plain_article(text))
    assert any(str(s.kind) == "document" for s in got.sources), got.sources
