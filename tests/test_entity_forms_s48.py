"""Entity forms on unseen text (stop 48, "entities"): one general rule per class of wording.

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


# --- a company's name that opens with a common noun ------------------------------------------------
# The FORM: "<Common noun or adjective> <Name>" written as one run of capitals ("Credit Harlow",
# "Union Pellan", "Standard Tamsin"): the common word (`name_openers`) is the name's first word, so the
# company is named whole, never by its second word alone, and the pair is no person's name.


def test_a_credit_name_after_a_purchase_verb_is_one_org() -> None:
    got = names("Orvell agreed to buy Credit Montclair for $2 billion on Sunday, the lender said.")
    assert got.get("Credit Montclair") == ORG, got
    assert not someone_among(got, "Montclair"), got


def test_a_union_name_after_rival_is_one_org_not_a_person() -> None:
    got = names("Harwell will absorb its smaller rival Union Pellan, the two banks said on Monday.")
    assert got.get("Union Pellan") == ORG, got
    assert not someone_among(got, "Pellan"), got


def test_a_standard_name_opening_a_sentence_is_one_org() -> None:
    got = names("Standard Tamsin shares fell 12% after Orvell agreed to buy the insurer for $900 million.")
    assert got.get("Standard Tamsin") == ORG, got
    assert not someone_among(got, "Tamsin"), got


def test_near_miss_the_common_word_before_lower_case_is_no_name() -> None:
    got = names("Credit markets were calm on Monday. Credit ratings of Orvell held at A, Orvell said.")
    assert got.get("Orvell") == ORG, got
    assert not someone_among(got, "Credit"), got


def test_near_miss_a_title_opening_with_general_keeps_the_person() -> None:
    got = names(
        "Orvell said its General Counsel Mira Tann would leave in June. General counsel Ivo Brandt stays."
    )
    assert got.get("Mira Tann") == PERSON, got
    assert got.get("Ivo Brandt") == PERSON, got
    assert not someone_among(got, "General Counsel Mira Tann", "General"), got


def test_near_miss_a_photo_credit_label_names_no_company() -> None:
    got = names("Orvell opened a plant in Delmont. Credit: Ana Lund. The plant employs 400 people.")
    assert not someone_among(got, "Credit Ana Lund", "Credit"), got


# --- words glued where a page lost the spaces around a link -----------------------------------------
# The FORM: a lower-case word of two letters or more glued before a name ("rivalDelmont"), a name glued
# before "for", "with", "from" ("Delmontfor"), or before its stop and the word ("Delmont.with"): two
# words when the name is written alone elsewhere in the page, so no glued string becomes an entity or a
# party of the deal. A brand's own camel case ("iPhone", "eBay", "McDonald", "YouTube", "PayPal") and a
# name that ends in "for" ("Semafor") stay whole.


def _target(text: str) -> object:
    from tests.factories import deal_facts

    got = deal_facts(text).get("target")
    return got and got.value


def test_a_word_glued_before_the_targets_name() -> None:
    text = (
        "Harwell seals rescue\nHarwell agreed to buy its smaller rivalDelmont Bank for $2 billion on Sunday. "
        "Delmont Bank shares fell 30% on Monday."
    )
    got = names(text)
    assert got.get("Delmont Bank") == ORG, got
    assert not someone_among(got, "Bank", "rivalDelmont Bank"), got
    assert _target(text) == "Delmont Bank"


def test_a_function_word_glued_after_the_targets_name() -> None:
    text = (
        "Harwell to buy Orvex\nHarwell agreed to pay $2 billion for Orvexfor a deal the state brokered. "
        "Orvex shares fell 20%."
    )
    got = names(text)
    assert got.get("Orvex") == ORG, got
    assert not someone_among(got, "Orvexfor"), got
    assert _target(text) == "Orvex"


def test_a_stop_and_a_function_word_glued_after_a_name() -> None:
    text = (
        "Larcombe to buy Pettifer\nLarcombe agreed to buy Pettifer.with the help of the central bank it "
        "paid $700 million. Pettifer shares slid."
    )
    got = names(text)
    assert got.get("Pettifer") == ORG, got
    assert not someone_among(got, "Pettifer.with", "Pettifer.with the"), got
    assert _target(text) == "Pettifer"


def test_near_miss_a_brands_own_camel_case_stays_whole() -> None:
    got = names(
        "Harwell sold more iPhones cases on eBay, and McDonald and YouTube bought ads while PayPal and "
        "MacDonald waited. Semafor reported it. PayPal declined to comment."
    )
    for name in ("McDonald", "YouTube", "PayPal", "MacDonald"):
        assert got.get(name) == ORG, got
    assert got.get("Semafor") == "outlet", got
    assert not someone_among(got, "Pal", "Tube", "Donald", "Sema"), got


def test_near_miss_a_glued_word_whose_name_is_written_nowhere_alone_stays() -> None:
    # no evidence that "Quintessa" is a name of its own: the token is left as the page wrote it
    got = names("The fund sold its stake in boutiqueQuintessa last year, Harwell said.")
    assert not someone_among(got, "Quintessa"), got


def test_the_link_seam_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _LINK_SEAM, _NAME_THEN_WORD, _WORD_THEN_NAME

    for pattern, unit in (
        (_LINK_SEAM, "rivalOrvex "),
        (_LINK_SEAM, "Orvexfor "),
        (_LINK_SEAM, "Orvex.with "),
        (_LINK_SEAM, "aaaa"),
        (_WORD_THEN_NAME, "rivalOrvex’s "),
        (_WORD_THEN_NAME, "aaaaA"),
        (_NAME_THEN_WORD, "Orvex.for "),
        (_NAME_THEN_WORD, "Aaaaa"),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a firm or a brand named for two people ---------------------------------------------------------
# The FORM: "<Name> & <Name>’s", given names or not, is a firm's or a brand's name (two persons are
# written with "and"): an organization where nothing makes it a brand, never a person.


def test_a_shop_named_for_two_given_names_is_an_org() -> None:
    got = names("Sales at Tom & Lisa’s rose 9% last year, Dalmore said.")
    assert got.get("Tom & Lisa") == ORG, got


def test_a_maker_named_for_two_given_names_speaks_as_an_org() -> None:
    got = names("Dalmore said Anna & Paul’s would be sold. Anna & Paul’s said it welcomed the plan.")
    assert got.get("Anna & Paul") == ORG, got


def test_a_spokesperson_for_a_firm_named_for_two_people() -> None:
    got = names("A spokesperson for Mike & Sarah’s said the bakery would stay open after the sale.")
    assert got.get("Mike & Sarah") == ORG, got


def test_near_miss_two_persons_joined_by_and_stay_persons() -> None:
    got = names("Tom and Lisa Brandt sold their shares in Dalmore last year.")
    assert got.get("Tom Brandt") == PERSON and got.get("Lisa Brandt") == PERSON, got


# --- brands in a list ---------------------------------------------------------------------------------
# The FORM: names in a list of what a company sells, opened by its brands' noun ("brands include",
# "brands - including", "brands which include", "its brand A and B") or closed by it ("the A, B, C and D
# brands", three names or more), a possessive spelling and a brand named for two people among them:
# brands, no organization of the story. The owner before "’s brand" stays the company.


def test_a_list_closed_by_brands_names_brands() -> None:
    got = names(
        "Dalmore plans to sell its snacks arm, which makes the Crinkle, Toffin, Pat & Sue’s and Brolly brands."
    )
    assert got.get("Dalmore") == ORG, got
    assert not someone_among(got, "Crinkle", "Toffin", "Pat & Sue", "Brolly"), got


def test_near_miss_a_groups_companies_closed_by_brands_stay_companies() -> None:
    got = names(
        "Ivo Stark joined Harwell in 1994 and has held posts at the Orvex, Quillon, Delmont and Harwell brands, it said."
    )
    assert got.get("Orvex") == ORG and got.get("Quillon") == ORG, got


def test_a_list_after_brands_include_with_a_possessive_item() -> None:
    got = names("Dalmore’s household brands include Sheen, Florra, Hadley’s, Nimbo and Puxley.")
    assert got.get("Dalmore") == ORG, got
    assert not someone_among(got, "Sheen", "Florra", "Hadley", "Nimbo", "Puxley"), got


def test_a_list_after_a_dash_or_which_include() -> None:
    got = names("Dalmore’s drinks brands - including Fizzle, Pat & Sue’s, and Brolly - sold well in 2023.")
    assert not someone_among(got, "Fizzle", "Pat & Sue", "Brolly"), got
    got = names(
        "Dalmore makes five of the top drinks brands which include Fizzle, Brolly and Tom & Lisa’s, it said."
    )
    assert not someone_among(got, "Fizzle", "Brolly", "Tom & Lisa"), got


def test_an_owners_brand_named_after_its_possessive() -> None:
    got = names(
        "The unit owns three of the top brands, including Dalmore’s brand Fizzle and Rue Dambre, Orvex said."
    )
    assert not someone_among(got, "Fizzle", "Rue Dambre"), got


def test_near_miss_owners_before_brands_stay_companies() -> None:
    got = names("Orvex said Dalmore brands sold well, and that the Dalmore and Quillon brands were strong.")
    assert got.get("Dalmore") == ORG and got.get("Quillon") == ORG, got
    got = names("Dalmore, whose rivals include Orvex and Quillon, said sales rose.")
    assert got.get("Orvex") == ORG and got.get("Quillon") == ORG, got


def test_the_brand_list_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import (
        _BRAND_NEXT,
        _BRANDS_CLOSE_AFTER,
        _BRANDS_OPENED_BEFORE,
        _COMMA_LIST_BEFORE,
        _GOODS_LIST_BEFORE,
        _STOP_NEXT,
    )

    for pattern, unit in (
        (_COMMA_LIST_BEFORE, "Ab & Cd’s, "),
        (_COMMA_LIST_BEFORE, "Ab & Cd’s & "),
        (_COMMA_LIST_BEFORE, "Ab Cd, Ef and "),
        (_BRANDS_OPENED_BEFORE, "includes the Ab & Cd’s, "),
        (_BRANDS_OPENED_BEFORE, "sells the Ab, Cd and "),
        (_BRANDS_CLOSE_AFTER, ", Ab & Cd’s and Ef"),
        (_BRANDS_CLOSE_AFTER, " & Ab’s"),
        (_GOODS_LIST_BEFORE, "brands which include Ab & Cd’s, "),
        (_GOODS_LIST_BEFORE, "’s brand Ab & Cd’s & "),
        (_BRAND_NEXT, "’s brand "),
        (_STOP_NEXT, "’s, "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a state's body named by a demonym and its kind ---------------------------------------------------
# The FORM (convention (j) of the bench's tables): "<Demonym> authorities" with or without "the", and
# "the <Demonym> central bank", name a body: an organization named as written without "the". Kinds in
# the plural of people ("Swiss regulators", "Dutch officials") and a kind after a word no nationality
# ("Tax authorities") name no body.


def test_demonym_authorities_without_the_is_a_body() -> None:
    got = names("The merger of Harwell and Orvex was engineered by Swiss authorities over a weekend.")
    assert got.get("Swiss authorities") == ORG, got


def test_demonym_authorities_pushing_and_a_central_bank() -> None:
    got = names(
        "Harwell agreed to buy Orvex after Dutch authorities pushed for a deal, and the Dutch central bank lent it cash."
    )
    assert got.get("Dutch authorities") == ORG, got
    assert got.get("Dutch central bank") == ORG, got


def test_demonym_authorities_opening_a_sentence_and_after_the() -> None:
    got = names(
        "Harwell said the Irish authorities backed it. German authorities approved the deal on Friday."
    )
    assert got.get("Irish authorities") == ORG and got.get("German authorities") == ORG, got


def test_near_miss_kinds_of_people_and_no_demonym_name_no_body() -> None:
    got = names("Harwell said Swiss regulators and Dutch officials met. Tax authorities asked questions.")
    assert not someone_among(got, "Swiss regulators", "Dutch officials", "Tax authorities", "Tax"), got


def test_the_bare_authorities_pattern_is_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _BARE_AUTHORITIES, _DESCRIBED_BODY

    for pattern, unit in (
        (_BARE_AUTHORITIES, "Swiss authorities "),
        (_BARE_AUTHORITIES, "Aa-Bb "),
        (_DESCRIBED_BODY, "the Swiss central bank "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a body named once in a coordination with "the" ---------------------------------------------------
# The FORM: "the <Name> and the <Name>" (or "or the"): two names a list's separator and "the" apart;
# a name told once and typed by nothing else stands beside the one typed by evidence, as in "A and B".
# A name that a noun separates from the next ("the Stabroek block and the X") stays a doubtful guess.


def test_a_reserve_coordinated_with_a_central_bank_is_kept() -> None:
    got = names("Harwell urged the Federal Reserve and the European Central Bank on Monday to act.")
    assert got.get("Federal Reserve") == ORG, got


def test_an_invented_reserve_coordinated_with_or_the() -> None:
    got = names("Harwell asked the Tessaly Reserve or the Bank of Lund for loans on Monday.")
    assert got.get("Tessaly Reserve") == ORG, got


def test_an_invented_board_coordinated_with_a_known_body() -> None:
    got = names("Deals like this need the Orsk Mint and the Federal Trade Commission to agree.")
    assert got.get("Orsk Mint") == ORG, got


def test_near_miss_a_place_before_a_noun_and_the_stays_out() -> None:
    got = names("Harwell cut costs in the Stabroek block and the Tessaly Bank branch.")
    assert not someone_among(got, "Stabroek"), got


# --- a name ending in s before a bare possessive mark -------------------------------------------------
# The FORM: "<Name ending in s>’ <word>" ("KLM Atlas’ rating", "HVB Paribas’ at 70 cents"): the bare
# mark is the name's possessive, evidence that it names someone as "’s" is. A name closed by a single
# quotation mark ("the ‘Tamsin Fells’ campaign") owns nothing.


def test_a_bare_possessive_before_an_elliptical_object() -> None:
    got = names("Bonds of Harwell traded at 80 cents and HVB Paribas’ at 70 cents on Monday.")
    assert got.get("HVB Paribas") == ORG, got


def test_a_bare_possessive_before_a_board() -> None:
    got = names("Harwell said the DKT Fells’ board met on Monday.")
    assert got.get("DKT Fells") == ORG, got


def test_a_straight_bare_possessive_before_a_rating() -> None:
    got = names("Analysts cut KLM Atlas' rating on Friday, Harwell said.")
    assert got.get("KLM Atlas") == ORG, got


def test_near_miss_a_name_closed_by_a_single_quotation_mark() -> None:
    got = names("Harwell ran the ‘Tamsin Fells’ campaign in May.")
    assert not someone_among(got, "Tamsin Fells"), got


# --- a place named like a company, or told where a business is run ----------------------------------
# The FORM: (1) "in / across / throughout the <Compass> <company's word>" ("in the West Bank"): a
# region, a place; a holding's noun before "in the" ("a stake in the West Bank") or any other cue keeps
# the company. (2) "run / managed / operated / directed from (out of) <Name>": where a business is run,
# a place; "bought the unit from X", "spun off from X" keep the company.


def test_a_compass_region_after_in_the_is_a_place() -> None:
    got = names("Harwell stopped selling its soap in the West Bank in 2021, Orvex said.")
    assert got.get("West Bank") == "place", got


def test_a_compass_region_after_across_the_is_a_place() -> None:
    got = names("Protests spread across the East Bank, Harwell said.")
    assert got.get("East Bank") == "place", got


def test_a_compass_region_after_throughout_the_is_a_place() -> None:
    got = names("Harwell said it had shops throughout the North Bank until May.")
    assert got.get("North Bank") == "place", got


def test_near_miss_a_bank_with_a_holding_or_a_deal_stays_a_company() -> None:
    assert names("Harwell bought a stake in the West Bank last year.").get("West Bank") == ORG
    assert names("Harwell merged with the West Bank on Friday.").get("West Bank") == ORG
    assert names("Harwell agreed to buy North Bank for $2 billion.").get("North Bank") == ORG


def test_a_town_a_business_is_run_from_is_a_place() -> None:
    got = names("The snacks unit, currently run from Lisbourne, would be listed, Harwell said.")
    assert got.get("Lisbourne") == "place", got


def test_a_town_a_fund_is_managed_out_of_is_a_place() -> None:
    got = names("Harwell said the fund is managed out of Zellport by a small team.")
    assert got.get("Zellport") == "place", got


def test_a_town_an_arm_is_operated_from_is_a_place() -> None:
    got = names("Its trading arm is operated from Dunmere, Harwell said in May.")
    assert got.get("Dunmere") == "place", got


def test_near_miss_a_seller_after_from_stays_a_company() -> None:
    got = names("Harwell bought the unit from Orvex. It was spun off from Quellon in 2019.")
    assert got.get("Orvex") == ORG and got.get("Quellon") == ORG, got


def test_the_place_cue_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _PLACE_BEFORE, _REGION_IN_BEFORE

    for pattern, unit in (
        (_REGION_IN_BEFORE, "stake in the "),
        (_REGION_IN_BEFORE, "across the "),
        (_PLACE_BEFORE, "run from "),
        (_PLACE_BEFORE, "managed out of "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a company's unit named by two common words -------------------------------------------------------
# The FORM: a capitalised unit's name of two common words ("Personal Care", "Pet Food", "Home Care")
# in a list closed by "businesses" (as by "units", "divisions") or before "unit": an organization, the
# company's unit, never a person by its two capitals; "Home" opens such a name (`name_openers`) as
# "Credit" does, never before a lower-case word ("Home prices") nor as a title's word ("Home Secretary").


def test_units_of_two_common_words_closed_by_businesses_are_no_persons() -> None:
    got = names(
        "After the split, Harwell will keep its Skin & Glow, Personal Care, Pet Food, and Nutrition businesses."
    )
    assert got.get("Personal Care") == ORG and got.get("Pet Food") == ORG, got


def test_a_home_unit_before_unit_is_named_whole() -> None:
    got = names("Harwell said its Home Care unit grew 4% in the quarter.")
    assert got.get("Home Care") == ORG, got
    assert not someone_among(got, "Care"), got


def test_two_units_of_common_words_before_businesses() -> None:
    got = names(
        "Orvex runs its Fresh Linen, Home Comfort and Dental Care businesses from Lyon, Harwell said."
    )
    assert got.get("Home Comfort") == ORG, got
    assert got.get("Fresh Linen") != PERSON and got.get("Dental Care") != PERSON, got


def test_near_miss_persons_before_businesses_and_home_as_a_common_word() -> None:
    got = names("Harwell said Ivo Stark and Mira Tann - heads of its businesses - would stay.")
    assert got.get("Ivo Stark") == PERSON and got.get("Mira Tann") == PERSON, got
    got = names("Home prices rose, Harwell said. Home Secretary Ana Lund said so.")
    assert got.get("Ana Lund") == PERSON, got
    assert not someone_among(got, "Home", "Home Secretary", "Home Secretary Ana Lund"), got


def test_the_unit_list_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _UNIT_LIST_CLOSES, _UNIT_PLURAL_NEXT

    for pattern, unit in (
        (_UNIT_LIST_CLOSES, ", Ab Cd"),
        (_UNIT_LIST_CLOSES, " & Ab & Cd’s"),
        (_UNIT_LIST_CLOSES, " and Ab businesses "),
        (_UNIT_PLURAL_NEXT, " businesses"),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


def test_near_miss_a_place_or_an_appositive_vouches_for_no_guess() -> None:
    got = names("Harwell gains the Marrow gas field in Norway and the Tolsen shale acreage from the deal.")
    assert not someone_among(got, "Tolsen", "Marrow"), got
    got = names(
        "He will join Harwell, the Anglo-Dutch retailer, after the appointment of Ivo Stark, the Amercan investor."
    )
    assert not someone_among(got, "Anglo-Dutch", "Amercan"), got


# --- a name spelt with a capital inside it, opening a sentence ----------------------------------------
# The FORM: a word with a capital inside it after a lower-case letter ("MarketWire", "PDQNews"), told
# only at a sentence's start ("<Outlet> confirmed last week that ..."): no common word is spelt so, so it
# is a name (the page's own outlet named in its body, a company), as a name seen nowhere in lower case
# is. Plain capitalised words opening a sentence keep the old test ("Thousands of jobs went").


def test_an_outlet_spelt_in_camel_case_opening_a_sentence() -> None:
    got = names(
        "Harwell plans to cut jobs. PDQNews confirmed last week that Harwell was cutting seven posts."
    )
    assert got.get("PDQNews") == ORG, got


def test_a_wire_spelt_in_camel_case_opening_a_sentence() -> None:
    got = names("Harwell plans to cut jobs. MarketWire confirmed on Monday that Harwell would cut 40 posts.")
    assert got.get("MarketWire") == ORG, got


def test_a_paper_spelt_in_camel_case_opening_a_sentence() -> None:
    got = names("Harwell cut jobs. TallyHerald reported the cuts first.")
    assert got.get("TallyHerald") in SOMEONE, got


def test_near_miss_a_plain_word_opening_a_sentence_stays_no_name() -> None:
    got = names("Thousands of jobs went at Harwell, Harwell said. Thousands more may go.")
    assert not someone_among(got, "Thousands"), got


def test_the_camel_name_pattern_is_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _CAMEL_NAME

    for unit in ("MarketWire ", "PDQNews", "aA"):
        assert cpu_to_scan_a_long_line(_CAMEL_NAME, unit) < 20, unit


def test_near_miss_a_label_glued_to_the_next_sentences_word_is_no_name() -> None:
    got = names(
        "Harwell cut jobs. AdvertisementThat plan was the third this year, Harwell said. PhotoThe plant closed."
    )
    assert not someone_among(got, "AdvertisementThat", "PhotoThe"), got


# --- a plural business noun or an adjective opening a sentence ----------------------------------------
# The FORM: "Cutbacks will ...", "Volumes at ...", "Frantic talks ...": a capitalised plural noun of
# business news or an adjective of haste opening a sentence (the lexicon's common words) names no one,
# though the page never writes it in lower case; a company's name of the same shape that the lexicon
# does not hold ("Dalvens will cut") keeps the old reading.


def test_a_plural_noun_before_will_opening_a_sentence_is_no_org() -> None:
    got = names("Cutbacks will hit Harwell’s plants in Spain, Harwell said.")
    assert not someone_among(got, "Cutbacks"), got


def test_a_plural_noun_before_at_the_opening_a_sentence_is_no_org() -> None:
    got = names("Volumes at the unit fell 4% last year, Harwell said.")
    assert not someone_among(got, "Volumes"), got


def test_an_adjective_opening_a_sentence_is_no_org() -> None:
    got = names("Frantic talks went on all weekend before Harwell agreed to buy Orvex.")
    assert not someone_among(got, "Frantic"), got
    got = names("Redundancies will follow at Harwell, the firm said.")
    assert not someone_among(got, "Redundancies"), got


def test_near_miss_a_company_of_the_same_shape_stays_a_company() -> None:
    got = names("Dalvens will cut 300 jobs, Harwell said. Dalvens employs 9,000 people.")
    assert got.get("Dalvens") == ORG, got
