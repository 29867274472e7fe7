"""Entity forms on unseen text (issue 11, stop 47, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read
so.
"""

from __future__ import annotations

from tests.factories import entity_types as names
from tests.factories import someone_among

ORG = "organization"
PERSON = "person"
SOMEONE = (ORG, PERSON, "outlet")


# --- a term spelt out in lower case before its acronym ----------------------------------------------
# The FORM: "<lower-case words> (<ACRONYM>)", the acronym's letters (a plural's "s" aside) the initials
# of the lower-case words right before it, hyphened parts each giving one ("system-on-chip (SoC)"): the
# acronym abbreviates a common term, no organization, here and wherever the page writes it again.


def test_a_plural_term_spelt_before_its_acronym_is_no_org() -> None:
    got = names(
        "Harlen makes vector signal processors (VSPs) for radio masts. Demand for VSPs rose 9% last "
        "year, Harlen said."
    )
    assert got.get("Harlen") == ORG, got
    assert not someone_among(got, "VSPs", "VSP"), got


def test_a_hyphened_term_spelt_before_its_acronym_is_no_org() -> None:
    got = names(
        "The drone maker Quillon designs a package-on-board (PoB) for its craft, and the PoB will ship "
        "in May, Quillon said."
    )
    assert got.get("Quillon") == ORG, got
    assert not someone_among(got, "PoB"), got


def test_a_term_before_a_noun_spelt_before_its_acronym_is_no_org() -> None:
    got = names(
        "Banks run its warehouse order tracking (WOT) software, and WOT sales at Dorrance rose 4% in the "
        "quarter."
    )
    assert got.get("Dorrance") == ORG, got
    assert not someone_among(got, "WOT"), got


def test_a_term_spelt_in_brackets_after_its_acronym_is_no_org() -> None:
    got = names("Harlen sells VSPs (vector signal processors) to banks. Harlen said VSP sales rose.")
    assert got.get("Harlen") == ORG, got
    assert not someone_among(got, "VSPs", "VSP"), got


def test_a_product_spelt_in_capitals_in_brackets_is_a_product() -> None:
    # the same form with a product's name: its long form's head is a product's noun
    got = names("Harlen, which sells its DCP (Data Capture Platform) to banks, said sales rose 9%.")
    assert got.get("DCP") not in SOMEONE and got.get("Data Capture Platform") not in SOMEONE, got
    got = names("Orvell said its Quill Design Engine (QDE) would ship in May.")
    assert got.get("QDE") not in SOMEONE and got.get("Quill Design Engine") not in SOMEONE, got


def test_near_miss_a_firm_whose_name_ends_in_a_companys_word_stays_the_firm() -> None:
    got = names("Shares of Harbour Lane Platforms (HLP) rose 4%. HLP said the offer was fair.")
    assert ORG in (got.get("Harbour Lane Platforms"), got.get("HLP")), got


def test_near_miss_a_firms_capitalised_name_before_its_acronym_stays_the_firm() -> None:
    got = names("Shares of Harrow Lane Instruments (HLI) rose 4%. HLI said the offer was fair.")
    assert ORG in (got.get("Harrow Lane Instruments"), got.get("HLI")), got
    got = names("Investors in Tamsin Bay Holdings (TBH) backed the bid on Monday.")
    assert ORG in (got.get("Tamsin Bay Holdings"), got.get("TBH")), got


def test_near_miss_lower_case_words_that_do_not_spell_the_acronym() -> None:
    got = names("The regulator fined the big lender (NKB) for late reports, and NKB said it would appeal.")
    assert got.get("NKB") == ORG, got


# --- two surnames joined by "&" ----------------------------------------------------------------------
# The FORM: "<Surname> & <Surname>" (a trading venue, a law firm, a bank) is one organization: two
# persons are written with "and" and their given names, never as one name with "&".


def test_a_trading_venue_of_two_surnames_is_an_org() -> None:
    got = names("Shares in Tallow fell 2% on Brandt & Kessel before the market opened.")
    assert got.get("Brandt & Kessel") == ORG, got


def test_two_advisers_of_two_surnames_each_are_orgs() -> None:
    got = names("Morrow & Pike advised the buyer, and Hale & Dunmore advised the seller.")
    assert got.get("Morrow & Pike") == ORG, got
    assert got.get("Hale & Dunmore") == ORG, got


def test_a_firm_of_two_surnames_named_after_of() -> None:
    got = names("The deal was arranged by bankers of Vell & Orrin, people familiar with it said.")
    assert got.get("Vell & Orrin") == ORG, got


def test_near_miss_two_persons_joined_by_and_stay_persons() -> None:
    got = names("Chief executive Marta Brandt and finance chief Ivo Kessel will leave the firm in June.")
    assert got.get("Marta Brandt") == PERSON and got.get("Ivo Kessel") == PERSON, got


# --- an award named for a person ---------------------------------------------------------------------
# The FORM: "the <Name> Award / Medal / Prize / Trophy": an honour named for someone is the honour's
# name (a title of a thing), never that person, nor an organization.


def test_an_award_named_for_a_surname_is_no_person() -> None:
    got = names("Ruiz won the 2019 Tolland Award for chip design.")
    assert someone_among(got, "Tolland Award", "Tolland") == [], got


def test_a_medal_named_for_a_full_name_is_no_one() -> None:
    got = names("Dana Ruiz is a past winner of the Rhea Tolland Medal, the society's top honour.")
    assert got.get("Dana Ruiz") == PERSON, got
    assert someone_among(got, "Rhea Tolland Medal", "Rhea Tolland") == [], got


def test_a_prize_named_for_a_surname_is_no_one() -> None:
    got = names("The Kellerman Prize went to Dana Ruiz, who leads the lab.")
    assert someone_among(got, "Kellerman Prize", "Kellerman") == [], got


# The same form's giver: "the <Body> <Name> Award", the body's name ending in a company's or a body's
# word (Association, Society, Foundation), names the body that gives the honour, an organization.


def test_an_award_opening_with_an_associations_name_names_the_association() -> None:
    got = names("Dana Ruiz won the Harbour Industry Association Rhea N. Tolland Award in 2020.")
    assert got.get("Harbour Industry Association") == ORG, got
    assert someone_among(got, "Rhea N. Tolland", "Rhea N. Tolland Award") == [], got


def test_a_medal_opening_with_a_societys_name_names_the_society() -> None:
    got = names("Ruiz won the Quill Society Tolland Medal in 2019, the firm said.")
    assert got.get("Quill Society") == ORG, got


def test_a_prize_opening_with_a_foundations_name_names_the_foundation() -> None:
    got = names("The Brenmoor Foundation Ilse Varga Prize went to Dana Ruiz, who leads the lab.")
    assert got.get("Brenmoor Foundation") == ORG, got
    assert got.get("Ilse Varga") != PERSON, got


def test_near_miss_an_award_with_no_body_before_its_name_names_no_body() -> None:
    got = names("Dana Ruiz won the Rhea Tolland Award in 2020.")
    assert not [n for n, t in got.items() if t == ORG and "Tolland" in n], got


def test_near_miss_the_namesake_named_alone_is_a_person() -> None:
    got = names("Chief executive Rhea Tolland said the firm would fund a new prize for young engineers.")
    assert got.get("Rhea Tolland") == PERSON, got


# --- a stock exchange --------------------------------------------------------------------------------
# The FORM: the venue a company's shares trade on ("listed on the X", "trading on X", "fell 2% on X",
# "<X>-listed <Company>") is an organization, the exchange; a stock index ("the X Composite", "the X
# 500") is no company.


def test_an_exchange_after_a_trading_word_is_an_org() -> None:
    got = names("Orvell is listed on the Quaymark. Its shares have fallen 30% this year.")
    assert got.get("Quaymark") == ORG, got


def test_an_exchange_after_a_move_in_shares_is_an_org() -> None:
    got = names("Shares of Tallow traded 2% lower on Brenzet before the open.")
    assert got.get("Brenzet") == ORG, got


def test_an_exchange_named_before_listed_is_an_org() -> None:
    got = names("Quaymark-listed Orvell rose 3% after it agreed to buy a chip designer.")
    assert got.get("Quaymark") == ORG, got
    assert got.get("Orvell") == ORG, got


def test_an_exchange_after_a_venue_noun_or_before_a_ticker() -> None:
    got = names("Tallow shares gained 4 per cent on trading platform Brenzet by 0700 GMT, and Orvell fell.")
    assert got.get("Brenzet") == ORG, got
    got = names("Currently trading on the Quaymark under the ticker ORV, the company plans a deal.")
    assert got.get("Quaymark") == ORG, got
    got = names("Orvell fell 3% on Friday on Brenzet, after Tallow cut its forecast.")
    assert got.get("Brenzet") == ORG, got


def test_near_miss_a_place_before_listed_stays_a_place() -> None:
    got = names("London-listed Orvell rose 3% after it agreed to buy a chip designer.")
    assert got.get("London") != ORG, got


def test_near_miss_a_street_after_a_move_in_shares_stays_a_place() -> None:
    got = names("Orvell shares slipped 1.4 per cent on Wall Street, while Tallow was flat.")
    assert got.get("Wall Street") != ORG, got


def test_near_miss_an_index_is_no_company() -> None:
    got = names("The Brenzet Composite rose 1% as Orvell agreed to buy Tallow.")
    assert got.get("Brenzet Composite") not in SOMEONE, got


def test_near_miss_an_exchange_or_an_index_is_no_party_of_the_deal() -> None:
    from tests.factories import deal_facts

    for text in (
        "Orvell to buy Tallow\n\nQuaymark-listed Orvell agreed to buy Tallow for $2 billion on Monday. "
        "Tallow shares jumped 20% on Brenzet.",
        "Orvell to buy Tallow for $2 billion\n\nOrvell agreed to buy Tallow for $2 billion, it said. Shares "
        "of Tallow, which trade on the Quaymark, rose 20%, while the Quaymark Composite rose 1%.",
    ):
        slots = deal_facts(text).slots
        assert slots["buyer"].value == "Orvell" and slots["target"].value == "Tallow", text


def test_the_venue_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import (
        _VENUE_END_AFTER,
        _VENUE_LISTED_BEFORE,
        _VENUE_MOVE_BEFORE,
        _VENUE_NOUN_BEFORE,
    )

    for pattern, unit in (
        (_VENUE_LISTED_BEFORE, "listed on the "),
        (_VENUE_LISTED_BEFORE, "traded on "),
        (_VENUE_MOVE_BEFORE, "2% on the "),
        (_VENUE_MOVE_BEFORE, "per cent on "),
        (_VENUE_MOVE_BEFORE, "2% on Friday on "),
        (_VENUE_NOUN_BEFORE, "on the trading platform "),
        (_VENUE_NOUN_BEFORE, "on stock exchange "),
        (_VENUE_END_AFTER, " before "),
        (_VENUE_END_AFTER, " , "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a given name, a lower-case particle and a surname -----------------------------------------------
# The FORM: "<Given> <particle> [<particle>] <Surname>" ("de", "van der", "von der"), told once and
# without a title, is a person (the particle's name-shape), never an organization; a firm's own foreign
# noun before the particle ("Banque de", "Cirque du") keeps the firm.


def test_a_given_name_and_a_particle_surname_opening_a_sentence() -> None:
    got = names("Paolo de Bruna will leave the carmaker in July, the company said.")
    assert got.get("Paolo de Bruna") == PERSON, got


def test_a_given_name_and_two_particles_with_no_title() -> None:
    got = names("The fund said Ilse van der Koog would chair it from July.")
    assert got.get("Ilse van der Koog") == PERSON, got


def test_a_given_name_and_von_der_opening_a_sentence() -> None:
    got = names("Greta von der Hallen met the bankers in Brussels on Tuesday.")
    assert got.get("Greta von der Hallen") == PERSON, got


def test_near_miss_a_firms_own_particle_keeps_the_firm() -> None:
    got = names("Banque de Vessin will cut 300 jobs, the lender said on Monday.")
    assert got.get("Banque de Vessin") != PERSON, got
    got = names("Cirque du Morlaix said it would sell its tent business.")
    assert got.get("Cirque du Morlaix") != PERSON, got
    got = names("Champagne de Vessac said its sales rose 4% last year.")
    assert got.get("Champagne de Vessac") != PERSON, got


# --- "<Brand>-owner <Group>" -------------------------------------------------------------------------
# The FORM: "<Brand>-owner <Group>" names two companies: the group, and the brand (a house it owns),
# also opening a sentence; a trade noun opening a sentence before "group"/"house" ("Drinks group X")
# is the group's kind, no name.


def test_a_brand_owner_opening_a_sentence_names_both() -> None:
    got = names("Velluto-owner Marrance said sales fell 12% in the quarter.")
    assert got.get("Marrance") == ORG and got.get("Velluto") == ORG, got


def test_a_brand_owner_after_shares_of() -> None:
    got = names("Shares of Quellar-owner Dastrine rose 2% on Monday.")
    assert got.get("Dastrine") == ORG and got.get("Quellar") == ORG, got


def test_a_brand_owner_inside_a_sentence() -> None:
    got = names("Analysts said Ottavi-owner Brenmoor would cut 400 jobs.")
    assert got.get("Brenmoor") == ORG and got.get("Ottavi") == ORG, got


def test_a_trade_noun_opening_a_sentence_before_group_is_no_name() -> None:
    got = names("Drinks group Calloway said sales fell.")
    assert got.get("Calloway") == ORG and got.get("Drinks") not in SOMEONE, got
    got = names("Spirits group Harcastle will cut 200 jobs.")
    assert got.get("Harcastle") == ORG and got.get("Spirits") not in SOMEONE, got


def test_the_group_name_pattern_is_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _CAP_WORD_NEXT

    for unit in (" A", "group Aa "):
        assert cpu_to_scan_a_long_line(_CAP_WORD_NEXT, unit) < 20, unit


def test_near_miss_a_brand_maker_stays_a_product() -> None:
    got = names("Velluto Rosso-maker Marrance said sales fell.")
    assert got.get("Marrance") == ORG, got
    assert got.get("Velluto Rosso") != PERSON, got


# --- a caption's credit ------------------------------------------------------------------------------
# The FORM: "Photo: <Name>" / "Credit: <Name>" / "Image: <Name>" (a credit, alone on its line or
# closing a caption sentence) is furniture: the photographer is no entity of the story.


def test_a_photo_credit_after_a_caption_sentence_names_no_one() -> None:
    got = names("Orvell will buy Brill. Photo: Jens Halder. The deal closes in June.")
    assert "Jens Halder" not in got, got


def test_a_credit_line_with_an_agency_names_no_one() -> None:
    got = names(
        "The bank's tower in Lisbon.\n\nCredit: Marta Quell / Harbour Photos\n\nTallow will cut 900 jobs."
    )
    assert "Marta Quell" not in got, got


def test_an_image_credit_after_a_caption_names_no_one() -> None:
    got = names("Tallow's chief at a fair. Image: Ivo Brandt/Agency\n\nTallow will cut 900 jobs, it said.")
    assert "Ivo Brandt" not in got, got


def test_near_miss_a_named_photographer_in_a_sentence_stays_a_person() -> None:
    got = names("The photographer, Jens Halder, said the firm had asked him to leave the site.")
    assert got.get("Jens Halder") == PERSON, got


def test_the_bare_label_credit_is_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.corpus.furniture import _INLINE_BARE_LABEL_CREDIT

    for unit in (". Photo: Aa Bb ", ". Credit: Aa B. Cc. ", "Aa Aa Aa ", ". photo credits : Aa Aa"):
        assert cpu_to_scan_a_long_line(_INLINE_BARE_LABEL_CREDIT, unit) < 20, unit


# --- a company's own unit is never the name its short name spells -----------------------------------
# The FORM: a company written by a short capital name ("BRD said ...") and a unit the page gives it
# with "its <unit noun>" ("its investment arm Bardolph Ventures", "its venture capital firm X", "its
# payments unit X"): the unit is a body of its own, never the long name the short one spells, however
# its letters fit (convention q: a parent and its unit speak separately).


def _aliases(text: str) -> dict[str, set[str]]:
    from tests.factories import plain_article
    from tui.analysis.extract import analyse_article

    return {e.name: set(e.aliases) for e in analyse_article(plain_article(text)).entities}


def test_an_investment_arm_is_not_the_name_its_parents_short_name_spells() -> None:
    got = _aliases(
        "BRD will cut 900 jobs, it said on Monday. BRD has pledged to back startups through its "
        "investment arm Bardolph Ventures, people said."
    )
    assert "BRD" in got and "Bardolph Ventures" in got, got


def test_a_venture_firm_is_not_the_name_its_parents_short_name_spells() -> None:
    got = _aliases(
        "TRV said sales rose 4% in the quarter. TRV invests in chip startups via its venture capital "
        "firm, Trevanne Capital."
    )
    assert "TRV" in got and "Trevanne Capital" in got, got


def test_a_payments_unit_is_not_the_name_its_parents_short_name_spells() -> None:
    got = _aliases("ORX will sell its payments unit Orlix Pay Group, ORX said in a filing on Friday.")
    assert "ORX" in got and "Orlix Pay Group" in got, got


def test_near_miss_a_short_name_spelling_the_one_company_still_joins_it() -> None:
    got = _aliases(
        "TLWK has agreed to buy the pump maker, people said. Tallow Works declined to comment. "
        "Analysts said TLWK paid too much."
    )
    assert "TLWK" in got.get("Tallow Works", set()) and "TLWK" not in got, got


def test_the_own_unit_pattern_is_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _OWN_UNIT_BEFORE

    for unit in ("its aa bb arm ", "its aa aa aa aa ", "their unit ", "its firm, "):
        assert cpu_to_scan_a_long_line(_OWN_UNIT_BEFORE, unit) < 20, unit


# --- a ranking's title -------------------------------------------------------------------------------
# The FORM: "<Outlet>'s Most <Adjective> <Noun>" ("Most Powerful Women", "Most Admired Leaders"), a
# ranking's title: the capitalised words after "Most" are the list's name, never a person's.


def test_a_rankings_title_after_an_outlets_name_is_no_person() -> None:
    got = names("She was also listed in Harbour Weekly's Most Powerful Women in Business in 2020.")
    assert got.get("Powerful Women") != PERSON, got


def test_a_rankings_title_with_list_after_it_is_no_person() -> None:
    got = names("Dana Ruiz was named to the Quill Times' Most Admired Leaders list this year.")
    assert got.get("Dana Ruiz") == PERSON and got.get("Admired Leaders") != PERSON, got


def test_a_rankings_title_opening_a_clause_is_no_person() -> None:
    got = names("Tallow ranked first among Most Trusted Brands, a survey by Harbour Weekly found.")
    assert got.get("Trusted Brands") != PERSON, got


def test_near_miss_a_person_after_a_lower_case_most_stays_a_person() -> None:
    got = names("The award went to the most senior engineer, Dana Ruiz, who joined Orvell in 2009.")
    assert got.get("Dana Ruiz") == PERSON, got
