"""Entity forms on unseen text (stop 49, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read
so.
"""

from __future__ import annotations

from tests.factories import analyse_article, cpu_to_scan_a_long_line, plain_article, someone_among
from tests.factories import entity_types as names

ORG = "organization"
PERSON = "person"
OUTLET = "outlet"


def _aliases(text: str) -> dict[str, set[str]]:
    """Each entity of one plain article, by name: the forms the page names it by."""
    return {e.name: set(e.aliases) for e in analyse_article(plain_article(text)).entities}


# --- a company's earlier name ------------------------------------------------------------------------
# The FORM: a company told by its earlier name ("X, then known as Y", "X, which changed its name from
# Y", "Formerly known as Y, X ...", "the lender, formerly known as Y," with X named in an earlier
# sentence) is one company named X with Y among its aliases, never a second company (nor a person, when
# Y has a person's shape). Where the clause names another company before the cue ("Orvell bought the
# bank formerly known as Y") the page does not say whose earlier name Y is, and where the page tells the
# company spun off from Y ("a spinoff of the Y Company") the two are a parent and its spin-off: nothing
# is folded.


def test_then_known_as_after_the_name_folds_the_earlier_name() -> None:
    got = _aliases(
        "Harwell, then known as the Pellan Savings Group, was rescued by the state in 2009. "
        "Harwell said on Monday it would buy back shares."
    )
    assert "Pellan Savings Group" in got.get("Harwell", set()), got
    assert "Pellan Savings Group" not in got, got


def test_an_earlier_name_opening_the_sentence_is_the_next_names() -> None:
    got = _aliases("Formerly known as Tarrow Bank, Corvane Group was bailed out in 2011. Corvane Group grew.")
    assert "Tarrow Bank" in got.get("Corvane Group", set()), got
    assert "Tarrow Bank" not in got, got


def test_a_described_company_formerly_known_as_is_the_company_named_before() -> None:
    text = (
        "Brindle Insurance said profits doubled in 2030. The insurer, formerly known as Osgood Mutual, "
        "was founded in 1902."
    )
    got = _aliases(text)
    assert "Osgood Mutual" in got.get("Brindle Insurance", set()), got
    assert not someone_among(names(text), "Osgood Mutual"), names(text)


def test_changed_its_name_from_folds_the_earlier_name() -> None:
    got = _aliases(
        "Lumen Rail, which changed its corporate name from Stroud Carriage in 2019, said fares rose."
    )
    assert "Stroud Carriage" in got.get("Lumen Rail", set()), got


def test_near_miss_another_company_before_the_cue_folds_nothing() -> None:
    got = _aliases(
        "Orvell said profits rose. Orvell bought the bank formerly known as Kessing Bank for $2 billion."
    )
    assert "Kessing Bank" not in got.get("Orvell", set()), got


def test_near_miss_then_alone_is_no_earlier_name() -> None:
    got = _aliases("Orvell bought Tarrow Bank, then Pellan Bank, in 2029. Orvell said both grew.")
    assert {"Tarrow Bank", "Pellan Bank", "Orvell"} <= set(got), got


def test_near_miss_the_former_before_a_post_is_a_company_and_a_person() -> None:
    got = names("Orvell hired Ana Lund, the former Kessing chief, in May. Kessing said it wished her well.")
    assert got.get("Ana Lund") == PERSON, got
    assert got.get("Kessing") == ORG, got


def test_near_miss_a_spin_off_of_the_earlier_name_keeps_two_companies() -> None:
    # a page that also tells the company spun off from the earlier name keeps the parent apart
    got = _aliases(
        "Orvex agreed to buy Dunmore Foods, formerly known as the Pellan Company, for $3 billion. Dunmore "
        "Foods, a spinoff of the Pellan Company, makes crackers. The Pellan Company said it would split."
    )
    assert "Pellan Company" not in got.get("Dunmore Foods", set()), got
    assert "Pellan Company" in got, got


def test_the_spin_off_pattern_is_linear() -> None:
    from tui.analysis.extract.entities import _SPUN_OFF_BEFORE

    assert cpu_to_scan_a_long_line(_SPUN_OFF_BEFORE, "a spinoff of the ") < 20


def test_the_rename_patterns_are_linear() -> None:
    from tui.analysis.extract.entities import _FORMER_BEFORE, _KNOWN_AS, _NOW_NAME_AFTER, _RENAMED

    for pattern, unit in (
        (_RENAMED, ", formerly known as the "),
        (_RENAMED, ", which changed its corporate name from "),
        (_RENAMED, " — then called "),
        (_FORMER_BEFORE, "formerly known as the "),
        (_FORMER_BEFORE, "changed its name from "),
        (_KNOWN_AS, "known as the "),
        (_NOW_NAME_AFTER, " , the "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a state's treasury and government named the British way ---------------------------------------
# The FORM: "the Treasury" written alone with its article is the state's finance ministry, an org
# (one with "HM Treasury" or "the US Treasury" when the page names that one body); "the UK Government",
# "the French Government" with a capital G is the state's body as "the UK government" is, and one body
# with "the British government" on the same page. Near misses: a company's treasury function ("head of
# Treasury", "the Treasury team"), a longer name the capital opens ("the US Government Accountability
# Office") and a bare "the Government" (an unnamed body, convention e).


def test_the_treasury_alone_after_by_and_as_subject_is_the_ministry() -> None:
    got = names(
        "Pellan Bank was rescued by the Treasury in 2009. Since 2016, the Treasury has been selling "
        "its shares, Pellan Bank said."
    )
    assert got.get("Treasury") == ORG, got


def test_the_treasury_is_one_with_hm_treasury() -> None:
    got = _aliases(
        "Corvane Group bought back shares from HM Treasury. The Treasury approved the sale on Monday."
    )
    assert {"HM Treasury", "Treasury"} <= got.get("HM Treasury", set()), got
    assert "Treasury" not in got, got


def test_a_ministers_post_to_the_treasury_names_the_ministry() -> None:
    got = names("The minister to the Treasury, Ivo Brandt, said the sale of Tarrow Bank shares was fair.")
    assert got.get("Treasury") == ORG, got
    assert got.get("Ivo Brandt") == PERSON, got


def test_near_miss_a_companys_treasury_function_is_no_ministry() -> None:
    got = names(
        "Orvell named Ana Lund head of Treasury on Monday. Orvell said the Treasury team would grow, "
        "and its Treasury and Finance staff would move."
    )
    assert not someone_among(got, "Treasury", "Treasury and Finance"), got


def test_the_uk_government_with_a_capital_is_the_states_body() -> None:
    got = names("Shares in Tarrow Bank rose after the UK Government sold 3% of the lender on Friday.")
    assert got.get("UK Government") == ORG, got


def test_the_french_government_with_a_capital_holding_a_stake() -> None:
    got = names("The stake held by the French Government fell to 12%, Orvex said on Tuesday.")
    assert got.get("French Government") == ORG, got


def test_the_british_and_the_uk_government_are_one_body() -> None:
    got = _aliases(
        "The British government has cut its stake in Tarrow Bank. Tarrow Bank bought the UK government's "
        "shares for 140p each, and the UK Government said it would sell more."
    )
    bodies = [name for name, forms in got.items() if "British government" in forms]
    assert len(bodies) == 1, got
    assert {"UK government", "UK Government"} <= got[bodies[0]], got


def test_near_miss_a_longer_name_opened_by_government_is_not_cut() -> None:
    got = names("The US Government Accountability Office said Orvex had overcharged the army.")
    assert not someone_among(got, "US Government"), got


def test_near_miss_the_government_alone_is_no_entity() -> None:
    got = names("The Government has said it will sell more shares in Tarrow Bank, Tarrow Bank said.")
    assert not someone_among(got, "Government"), got


def test_the_government_and_treasury_patterns_are_linear() -> None:
    from tui.analysis.extract.entities import _DESCRIBED_BODY, _FUNCTION_UNIT_AFTER, _THE_BEFORE_NAME

    for pattern, unit in (
        (_DESCRIBED_BODY, "the UK Government "),
        (_DESCRIBED_BODY, "the French Government Accountability "),
        (_THE_BEFORE_NAME, "the "),
        (_FUNCTION_UNIT_AFTER, " and team "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a union of countries as a place or a modifier ----------------------------------------------------
# The FORM: a union of countries ("the European Union", "the EU") is an entity only where the page tells
# it acting: its verb after it ("the EU fined", "the European Union has said"), the agent of a passive
# ("blocked by the EU") or the one addressed ("asked the EU"). As a modifier ("European Union
# regulators", "an EU order"), a possessive ("the EU's executive arm") or a place ("regulators in the
# EU") it is the bloc's territory, no party; one acting mention makes every mention the body.


def test_a_union_before_a_plural_kind_of_people_is_no_party() -> None:
    got = names("Orvex dropped its bid for Kessing after clashing with European Union regulators in May.")
    assert not someone_among(got, "European Union"), got


def test_a_unions_possessive_is_no_party() -> None:
    got = names("The Commission, the EU’s executive arm, opened a review of Orvex, Orvex said on Friday.")
    assert not someone_among(got, "European Union", "EU"), got


def test_a_union_as_a_modifier_of_a_thing_is_no_party() -> None:
    got = names("Orvex challenged an EU order to open its app store, Orvex said in a filing.")
    assert not someone_among(got, "European Union", "EU"), got


def test_a_union_that_acts_anywhere_is_the_body() -> None:
    got = names("EU regulators met Orvex in May. The purchase was later blocked by the European Union.")
    assert got.get("European Union") == ORG, got


def test_near_miss_a_union_with_its_verb_is_the_body() -> None:
    got = names("The European Union has fined Orvex twice, and the EU quickly cleared Kessing's bid.")
    assert got.get("European Union") == ORG, got


def test_the_union_patterns_are_linear() -> None:
    from tui.analysis.extract.entities import _BLOC_ACTS_AFTER, _BLOC_ADDRESSED_BEFORE

    for pattern, unit in (
        (_BLOC_ACTS_AFTER, ", quickly, said "),
        (_BLOC_ACTS_AFTER, " aaaa"),
        (_BLOC_ADDRESSED_BEFORE, "appealed to the "),
        (_BLOC_ADDRESSED_BEFORE, "by the "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- page furniture read as names ---------------------------------------------------------------------
# The FORM: names in a page's furniture are no names of the story: a byline run into the first line,
# its name and the page's date in brackets ("By Ola Brandt (May 4, 2031, 10:20 AM BST) -- ..."); a wire's
# photo credit in brackets inside a paragraph ("(Wire Photo/Ola Brandt)": neither the photographer nor
# the wire); a feed reader's line naming the feed ("from Harbour Wire - All Posts"). And "the Atlantic"
# (or "the Channel") after "both sides of", "either side of" is a sea, a place, no party. Near misses:
# a person after a small "by" inside a sentence ("was bought by Ivo Brandt's fund"), an outlet's report
# told in a sentence, and the outlet "The Atlantic" reporting.


def test_a_byline_with_a_bracketed_date_run_into_the_story_names_no_one() -> None:
    got = names(
        "By Marit Solberg (May 4, 2031, 10:20 AM BST) -- Tarrow Bank said on Monday that it sold 3% "
        "of its shares. Tarrow Bank shares rose."
    )
    assert not someone_among(got, "Marit Solberg"), got
    assert got.get("Tarrow Bank") == ORG, got


def test_a_wire_photo_credit_inside_a_paragraph_names_no_one() -> None:
    got = names(
        "The state's holding fell to 41%. (Wire Photo/Jonas Petterl) Corvane Group said the sale "
        "raised £2bn. Corvane Group shares rose."
    )
    assert not someone_among(got, "Jonas Petterl"), got
    assert got.get("Corvane Group") == ORG, got


def test_a_feed_readers_line_names_no_outlet() -> None:
    got = names(
        "Orvex ends its bid for Kessing\n\nby\nLina Moor\nfrom Harbour Wire - All Posts on (#7Q1)\n"
        "Orvex said on Monday it had ended its bid for Kessing. Kessing shares fell."
    )
    assert not someone_among(got, "Harbour Wire"), got


def test_both_sides_of_the_atlantic_is_a_sea() -> None:
    got = names("The deal faced scrutiny on both sides of the Atlantic, and Orvex said it would wait.")
    assert not someone_among(got, "Atlantic"), got


def test_either_side_of_the_channel_is_a_sea() -> None:
    got = names("Orvex has 40 stores on either side of the Channel, Orvex said on Friday.")
    assert not someone_among(got, "Channel"), got


def test_near_miss_a_person_after_a_small_by_is_kept() -> None:
    got = names("The stake was bought by Sarah Lund's fund in May, and Sarah Lund said she was pleased.")
    assert got.get("Sarah Lund") == PERSON, got
    got = names("By Sarah Lund's count (May 4, 2031), Orvex lost 40 jobs, and Sarah Lund said so.")
    assert got.get("Sarah Lund") == PERSON, got


def test_near_miss_the_atlantic_reporting_is_the_outlet() -> None:
    got = names("Orvex shares rose. The Atlantic reported that Orvex would cut 300 jobs.")
    assert someone_among(got, "The Atlantic"), got


def test_the_furniture_patterns_are_linear() -> None:
    from tui.analysis.extract.entities import _PLACE_BEFORE
    from tui.corpus.furniture import _FEED_LINE, _INLINE_BYLINE, _INLINE_CAPTION

    for pattern, unit in (
        (_INLINE_CAPTION, "(Wire Photo/Ola "),
        (_INLINE_BYLINE, "By Ola Brandt (May 4, 2031, "),
        (_FEED_LINE, "from Harbour Wire - All Posts "),
        (_PLACE_BEFORE, "on both sides of the "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a firm named like a person -----------------------------------------------------------------------
# The FORM: a firm's noun or a shop's trade, then "called" or "named", then a name of a person's shape
# ("a Leeds jeweller called Fowler Hart", "a small firm named Castle Brandon", "a Bristol wholesaler called
# Pryce Madden") is a firm, an org. Near misses: a trade that is also a person's before a given name ("a
# grocer called Sarah Lund" stays a person) and a person named like a firm ("Mr Ford said").


def test_a_jeweller_called_a_surname_pair_is_a_firm() -> None:
    got = names("The bank let a client, a Leeds jeweller called Fowler Hart, move £20m over two years.")
    assert got.get("Fowler Hart") == ORG, got


def test_a_firm_named_a_surname_pair_is_a_firm() -> None:
    got = names("Orvex bought a small firm named Castle Brandon in 2021, Orvex said.")
    assert got.get("Castle Brandon") == ORG, got


def test_a_wholesaler_called_a_surname_pair_is_a_firm() -> None:
    got = names("Regulators fined a Bristol wholesaler called Pryce Madden last year, Orvex said.")
    assert got.get("Pryce Madden") == ORG, got


def test_near_miss_a_grocer_called_a_given_name_is_a_person() -> None:
    got = names("The bank let a client, a grocer called Sarah Lund, move £20m in 2029.")
    assert got.get("Sarah Lund") == PERSON, got


def test_near_miss_a_person_named_like_a_firm_stays_a_person() -> None:
    got = names("Mr Ford said Orvex had erred. Ford added that the bank would pay.")
    assert got.get("Ford") == PERSON, got


# --- a brand with a small first letter opening the page ----------------------------------------------
# The FORM: a name written with one or two small letters before a capital ("qBeam", "eVantis",
# "xLoom"), a brand's own spelling, is a name even as the page's first word where nothing else on the page
# confirms it. Near miss: a product the lexicon knows so ("iPhone") keeps its type.


def test_a_small_first_letter_brand_opening_the_page_is_an_org() -> None:
    got = names("qBeam announced today that its sale to Orvex was canceled. The company will cut 300 jobs.")
    assert got.get("qBeam") == ORG, got


def test_a_two_letter_small_opening_brand_is_an_org() -> None:
    got = names("eVantis said on Monday it would close two plants. The firm employs 900 people.")
    assert got.get("eVantis") == ORG, got


def test_a_small_first_letter_brand_opening_a_later_sentence_is_an_org() -> None:
    got = names("The deal is off. xLoom told staff on Friday that 120 roles would go.")
    assert got.get("xLoom") == ORG, got


def test_near_miss_a_known_product_keeps_its_type() -> None:
    got = names("iPhone sales fell 4% in the quarter, Orvex said.")
    assert not someone_among(got, "iPhone"), got


def test_the_small_first_letter_pattern_is_linear() -> None:
    from tui.analysis.extract.entities import _LOWER_CAMEL_NAME

    assert cpu_to_scan_a_long_line(_LOWER_CAMEL_NAME, "qBeam ") < 20
    assert cpu_to_scan_a_long_line(_LOWER_CAMEL_NAME, "aaaB") < 20


# --- a title-case label read as a person ---------------------------------------------------------------
# The FORM: a title-case label or slogan whose words are joined by a small word written capitalised
# ("Works With Nestor", "Ships With Loam", "Ready For Orla") is no person's name, whatever its shape.
# Near miss: a person whose surname opens with a particle ("Sarah De Souza") stays a person.


def test_a_label_joined_by_with_is_no_person() -> None:
    got = names("Orvex sells speakers under labels such as “Works With Nestor.” Orvex said so.")
    assert not someone_among(got, "Works With Nestor", "Works With"), got


def test_a_label_joined_by_with_unquoted_is_no_person() -> None:
    got = names("Each box carries a Ships With Loam badge, Kessing said on Monday.")
    assert not someone_among(got, "Ships With Loam", "Ships With"), got


def test_a_label_joined_by_for_is_no_person() -> None:
    got = names("Orvex printed a Ready For Orla sticker on its boxes, Orvex said.")
    assert not someone_among(got, "Ready For Orla", "Ready For"), got


def test_near_miss_a_particle_surname_stays_a_person() -> None:
    got = names("Ana Lund and Ivo Brandt said Orvex would grow. Sarah De Souza agreed.")
    assert got.get("Sarah De Souza") == PERSON, got
    assert got.get("Ivo Brandt") == PERSON, got


# --- an outlet that writes its name in capitals ---------------------------------------------------------
# The FORM: two or three words in capitals right after a cue of telling an outlet ("confirmed to HARBOUR
# DAILY", "told NORTH STAR NEWS", "said in an interview with KESTREL TODAY") are that outlet, named as it
# writes itself. Near misses: a shouted dateline ("SAN FRANCISCO, June 12 -"), a place in capitals after
# "told" and a company's own terms in capitals ("according to THE COMPANY").


def test_confirmed_to_an_outlet_in_capitals() -> None:
    got = names("Orvex will cut 300 jobs, a spokesperson confirmed to HARBOUR DAILY on Monday.")
    assert got.get("HARBOUR DAILY") == OUTLET, got


def test_told_an_outlet_in_capitals() -> None:
    got = names("Orvex will cut 300 jobs, its chief told NORTH STAR NEWS on Monday.")
    assert got.get("NORTH STAR NEWS") == OUTLET, got


def test_an_interview_with_an_outlet_in_capitals() -> None:
    got = names("Orvex will not sell, its founder said in an interview with KESTREL TODAY this week.")
    assert got.get("KESTREL TODAY") == OUTLET, got


def test_near_miss_shouted_places_and_terms_are_no_outlet() -> None:
    got = names(
        "SAN FRANCISCO, June 12 - Orvex will cut 300 jobs, according to THE COMPANY, and its chief told "
        "NEW YORK staff so."
    )
    assert not someone_among(got, "THE COMPANY", "NEW YORK", "SAN FRANCISCO", "San Francisco"), got


def test_the_told_outlet_pattern_is_linear() -> None:
    from tui.analysis.extract.entities import _TOLD_OUTLET_BEFORE

    assert cpu_to_scan_a_long_line(_TOLD_OUTLET_BEFORE, "confirmed to ") < 20
    assert cpu_to_scan_a_long_line(_TOLD_OUTLET_BEFORE, "told ") < 20


# --- a title-case headline run taken as a company --------------------------------------------------------
# The FORM: a title-case headline run into the next line ends before a title ("... Deal After Veto Threat
# Kessing CEO steps down"): the run of capitals before the title holds a clause's word written capitalised
# ("After", "Amid", "Despite", "While", "As"), which no company's name holds, so it is no company. Near
# miss: a real company in title case inside a headline ("Bank Of Tarrow CEO Ana Lund Quits": "Of" may sit
# inside a name) stays the company.


def test_a_headline_run_with_after_before_a_title_is_no_company() -> None:
    got = names(
        "Orvex Drops $2 Billion Kessing Deal After Veto Threat Kessing CEO steps down and company cuts jobs\n"
        "Orvex said on Monday it had dropped its bid for Kessing. Kessing shares fell."
    )
    assert not [n for n in someone_among(got, *got) if "After" in n], got
    assert got.get("Kessing") == ORG, got


def test_a_headline_run_with_after_and_a_ruling_before_a_title_is_no_company() -> None:
    got = names(
        "Tarrow Ends $3 Billion Pellan Deal After Court Ruling Pellan CEO steps down and company cuts jobs\n"
        "Tarrow said on Monday it had ended its bid for Pellan. Pellan shares fell."
    )
    assert not [n for n in someone_among(got, *got) if "After" in n], got
    assert got.get("Pellan") == ORG, got


def test_a_headline_run_with_amid_before_a_title_is_no_company() -> None:
    got = names(
        "Loam Quits $900 Million Brisk Bid Amid Price Probe Brisk CEO steps down and staff are told\n"
        "Loam said on Friday it had halted its bid for Brisk. Brisk shares fell."
    )
    assert not [n for n in someone_among(got, *got) if "Amid" in n], got
    assert got.get("Brisk") == ORG, got


def test_near_miss_a_company_in_a_title_case_headline_stays() -> None:
    got = names(
        "Bank Of Tarrow CEO Ana Lund Quits\nBank of Tarrow said on Monday its chief Ana Lund would leave."
    )
    assert got.get("Bank of Tarrow") == ORG, got
    assert got.get("Ana Lund") == PERSON, got
