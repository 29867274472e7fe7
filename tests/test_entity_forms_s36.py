"""Entity forms on unseen text (issue 11, stop 36, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

import time

from tests.factories import cpu_to_read_a_long_line, named_someone
from tests.factories import entity_types as names
from tests.factories import plain_article as art
from tui.analysis.extract import analyse_article

# --- the words of a public office are no entity ------------------------------------------------
# The FORM: a public office written capitalized before its holder's name: a title of several words
# ("Prime Minister X"), a title alone ("Chancellor X"), or a portfolio before the office ("Transport
# Secretary X", "Trade Commissioner X"). The person is the name without the title; neither the
# office's words nor its portfolio name anyone.


def test_a_title_of_two_words_before_a_name_names_no_one_but_the_holder() -> None:
    text = (
        "Prime Minister Tomas Varga said the new battery plant in Gdansk was a vote of confidence. "
        "Attorney General Ruth Okafor opened an inquiry into the tender on Monday."
    )
    got = names(text)
    assert got.get("Tomas Varga") == "person", got
    assert got.get("Ruth Okafor") == "person", got
    assert not {"Prime", "Attorney", "Prime Minister", "Attorney General"} & named_someone(got), got


def test_an_office_alone_before_a_name_is_no_part_of_the_name() -> None:
    text = (
        "The brewer's expansion was welcomed by ministers. Chancellor Ines Moreau said the tax break "
        "would stay. Later, Ambassador Kofi Mensah met the brewer's board, and Commissioner Lars "
        "Eklund said the merger review would take six weeks."
    )
    got = names(text)
    assert got.get("Ines Moreau") == "person", got
    assert got.get("Marketlyst") != "product", got  # a blog about software is no software
    assert got.get("Kofi Mensah") == "person", got
    assert got.get("Lars Eklund") == "person", got
    assert not {"Chancellor Ines Moreau", "Ambassador Kofi Mensah", "Commissioner Lars Eklund"} & set(got), (
        got
    )


def test_a_portfolio_before_an_office_names_no_one() -> None:
    text = (
        "Energy Secretary Hal Brennan toured the wind farm on Friday. Trade Commissioner Piet Vos warned "
        "of tariffs, and Health Minister Dana Whitlock backed the clinic chain's plan. Shadow Culture "
        "Secretary Amira Said called the sale of the broadcaster a mistake."
    )
    got = names(text)
    assert got.get("Hal Brennan") == "person", got
    assert got.get("Piet Vos") == "person", got
    assert got.get("Dana Whitlock") == "person", got
    assert got.get("Amira Said") == "person", got
    portfolios = {"Energy", "Trade", "Health", "Shadow", "Culture", "Shadow Culture"}
    assert not portfolios & named_someone(got), got


def test_near_miss_a_company_before_a_title_stays_a_company() -> None:
    # must not change: a company's name before its chief's title is that company, and a government
    # body named as a body stays
    text = (
        "Larchwood Chairman Ola Brandt said the offer was fair. Quillon President Pia Roth agreed, and "
        "Tessaly Bank Governor Ivo Stark said rates would hold. The Ministry of Transport said it would "
        "review the bid."
    )
    got = names(text)
    assert got.get("Larchwood") == "organization", got
    assert got.get("Quillon") == "organization", got
    assert got.get("Tessaly Bank") == "organization", got
    assert got.get("Ministry of Transport") == "organization", got
    assert got.get("Ola Brandt") == "person", got
    assert got.get("Pia Roth") == "person", got
    assert got.get("Ivo Stark") == "person", got


# --- one brand-list rule: what a company makes or owns -----------------------------------------
# The FORM: a list of names opened by a maker's noun and "of" ("the inventor of A & B", "creator of
# A and B", "developer of A"), by a brand's noun ("whose brands are A and B") or by an owner's ("the
# owner of A and B"), or closed by a maker or an owner ("A and B owner X"). The entity finder
# recognizes it once (entities.listed_goods); a maker's list names brands, and the event facts never
# take an item of either list for a party of the deal.


def test_what_a_company_invented_or_developed_names_products() -> None:
    text = (
        "Corvane – the inventor of Bramblewick & Tidewell – has just bought its rival Dalvik for $4 billion, "
        "Corvane said. "
        "Halvard, the creator of Quaysider and Fenwickly, sells them in 40 countries. Trevena Group, "
        "developer of Saltmarsh Pro and Kettleby, said sales rose."
    )
    got = names(text)
    assert got.get("Corvane") == "organization", got
    assert got.get("Trevena Group") == "organization", got
    products = {"Bramblewick & Tidewell", "Bramblewick", "Tidewell", "Quaysider", "Fenwickly", "Kettleby"}
    assert not products & named_someone(got), got


def test_an_item_of_an_owners_list_is_no_party_of_the_deal() -> None:
    for text, buyer, target in (
        (
            "Halvard deal\n\nHalvard Group, the owner of Quayside Ltd. and Fenwick Inc., will buy Lomond "
            "Holdings for $900 million, the brewer said on Monday.\n",
            "Halvard Group",
            "Lomond Holdings",
        ),
        (
            "Ostry deal\n\nOstry Capital, whose businesses include Perrin Corp. and Vale Tools Inc., agreed to "
            "acquire Marden Robotics for $1.2 billion on Tuesday.\n",
            "Ostry Capital",
            "Marden Robotics",
        ),
        (
            "Kestrel deal\n\nKestrel has agreed to acquire Tallow Inc. and Orme Ltd. owner Brisk Group for "
            "$700 million, it said.\n",
            "Kestrel",
            "Brisk Group",
        ),
    ):
        facts = analyse_article(art(text)).analysis.facts
        assert facts is not None and facts.event == "deal", text
        got = {k: v.value for k, v in facts.slots.items()}
        assert got.get("buyer") == buyer, (text, got)
        assert got.get("target") == target, (text, got)


def test_near_miss_the_firm_named_after_its_one_brand_stays() -> None:
    # must not change: "the maker of A, Z" names Z, the maker, after its one brand; "a partner at X"
    # and "chief executive of Y" name companies
    text = (
        "The maker of Quillpad, Dravon Labs, said on Monday it would cut prices. Ines Moreau, a partner "
        "at Harrow Ventures, backed the plan, and the chief executive of Tessaly Bank agreed."
    )
    got = names(text)
    assert got.get("Dravon Labs") == "organization", got
    assert got.get("Harrow Ventures") == "organization", got
    assert got.get("Tessaly Bank") == "organization", got


def test_the_brand_list_rule_is_linear() -> None:
    # a 2 MB line of the rule's own characters: an owner's and a maker's openers, names, commas, "and"
    line = "the owner of " + "Abc Def, Ghi & Jkl, the inventor of Mno and Pqr maker " * 40_000
    start = time.process_time()
    analyse_article(art(line[:2_000_000]))
    assert time.process_time() - start < 60


# --- another story appended to the page: "related", "more news", "just in" ---------------------
# The FORM, by its shape only: (1) after the body, a second story: a headline line that the page
# writes twice with a caption or a date between, then that story's paragraphs; (2) a list of three or
# more headlines in sentence case, one a line, no stop at their ends, no blank line between. Neither
# names anyone in the page's story.


def test_a_second_story_appended_after_the_body_names_no_one() -> None:
    for page in (
        "Harbour Foods to cut 400 jobs at Leeds bakery\n\n"
        "Harbour Foods said on Tuesday it would cut 400 jobs at its Leeds bakery as demand for packaged "
        "bread falls, the company said in a statement.\n\n"
        "The cuts will take place over two years, and the bakers' union said it would fight them.\n\n"
        "Marlow Rail wins contract to run northern trains\n\n"
        "A Marlow Rail train waits at a platform in York, May 3, 2021. (Wire)\n"
        "Marlow Rail wins contract to run northern trains\n\n"
        "Marlow Rail has won a ten-year contract to run trains in the north, beating Caddow Transport, "
        "the ministry said on Monday.\n",
        "Harbour Foods trims its workforce\n\n"
        "Harbour Foods will shed 400 jobs over the next two years, chief executive Ola Brandt told staff "
        "in a memo seen by the paper on Tuesday.\n\n"
        "Brandt said the bakery trade was shrinking faster than the company had planned for this year.\n\n"
        "Quarry Bank lifts savings rates again\n"
        "Photo: Quarry Bank's head office in Bristol\n"
        "12 March 2024\n"
        "Quarry Bank lifts savings rates again\n\n"
        "Quarry Bank raised its savings rates for the third time this year, its treasurer Ines Moreau "
        "said, as Ferrin Building Society cut its own.\n",
    ):
        got = names(page)
        assert got.get("Harbour Foods") == "organization", got
        others = {"Marlow Rail", "Caddow Transport", "Quarry Bank", "Ferrin Building Society", "Ines Moreau"}
        assert not others & set(got), got


def test_a_list_of_headlines_in_sentence_case_names_no_one() -> None:
    page = (
        "JUST IN\n"
        "Copper prices slide as demand from builders cools\n"
        "Oracle raises its cloud forecast for a third time\n"
        "Uber drivers in Lisbon strike for a second day\n"
        "Goldman Sachs says the copper rally has further to run\n\n"
        "Tessaly Steel names a new chief executive\n\n"
        "Tessaly Steel said on Monday that Ivo Stark, its finance chief, would become chief executive in "
        "June, succeeding Mara Quist, who retires after nine years.\n"
    )
    got = names(page)
    assert got.get("Tessaly Steel") == "organization", got
    assert got.get("Ivo Stark") == "person", got
    # names the gazetteer knows are found in any line: in a list of other stories' headlines, none
    assert not {"Oracle", "Uber", "Goldman Sachs"} & set(got), got


def test_near_miss_the_pages_own_headline_twice_and_a_facts_box_stay() -> None:
    # must not change: the story's own headline written twice before its body, a box of facts as
    # "label: value" lines, and short lines in a list that repeats one of them
    page = (
        "Kestrel Group to buy Tallow Foods for $2 billion\n\n"
        "A Tallow Foods plant in Ohio, June 3, 2023. (Wire)\n"
        "Kestrel Group to buy Tallow Foods for $2 billion\n\n"
        "Kestrel Group agreed on Monday to buy Tallow Foods for $2 billion in cash, the two companies "
        "said in a joint statement.\n\n"
        "The deal in brief\n"
        "Buyer: Kestrel Group of Denver\n"
        "Target: Tallow Foods of Ohio\n"
        "Price: $2 billion in cash\n\n"
        "Tallow Foods shareholders will receive $40 a share, Kestrel said in its statement on Monday.\n"
    )
    got = names(page)
    assert got.get("Kestrel Group") == "organization", got
    assert got.get("Tallow Foods") == "organization", got
    facts = analyse_article(art(page)).analysis.facts
    assert facts is not None
    assert {k: v.value for k, v in facts.slots.items()}.get("target") == "Tallow Foods"


def test_the_appended_story_and_headline_list_shapes_are_linear() -> None:
    # 2 MB of the shapes' own lines: prose, a headline written twice, a list of distinct headlines
    prose = "Harbour Foods said on Tuesday it would cut jobs at its bakery as demand for bread falls.\n"
    for unit in (
        prose + "Copper prices slide as demand cools\nCopper prices slide as demand cools\n",
        "Copper prices slide as demand cools\nOracle raises its cloud forecast again\n",
        "Buyer: Kestrel Group of Denver\n",
    ):
        assert cpu_to_read_a_long_line(unit, 20_000) < 20


# --- products named as products in their sentence -------------------------------------------------
# The FORM: a product noun says what a name is: after it ("its Slate tablets", "the Pennyworth
# app"), as the head of its appositive ("Vela, its voice assistant, ...", "Tessa Meet, a rival
# product that ..."), or as the name's own last word after an owner ("its Lumo Browser").


def test_a_product_noun_in_the_sentence_makes_a_product() -> None:
    text = (
        "Harbour Systems said sales of its Slate tablets fell 8% in the quarter, and Slate remains its "
        "weakest line. Vela, its voice assistant, will speak Welsh next year, Harbour Systems said. "
        "Customers of Quillon Corp moved to Tessa Meet, a rival product that Kestrel Group launched in "
        "2019. Kestrel Group said its Lumo Browser is free, and Lumo Browser has 9 million users. "
        "Pennyworth, the bank's budgeting app, now has 2 million users, Caddow Bank said."
    )
    got = names(text)
    assert got.get("Harbour Systems") == "organization", got
    assert got.get("Kestrel Group") == "organization", got
    assert got.get("Caddow Bank") == "organization", got
    products = {"Slate", "Vela", "Tessa Meet", "Lumo Browser", "Lumo", "Pennyworth"}
    assert not products & named_someone(got), got


def test_near_miss_an_appositive_of_a_company_or_a_person_stays() -> None:
    # must not change: a company's appositive with an organization's noun, a person's with a title
    # that opens with a product's noun ("assistant general counsel")
    text = (
        "Dravon, its parent company, said on Monday that sales rose. Quillon, a rival that Kestrel Group "
        "bought in 2019, declined to comment. Ines Moreau, its assistant general counsel, signed the "
        "filing, and Dravon said the filing was complete. Pell said so in a note to Marketlyst, a blog "
        "about software, and Marketlyst said the filing was late."
    )
    got = names(text)
    assert got.get("Dravon") == "organization", got
    assert got.get("Quillon") == "organization", got
    assert got.get("Ines Moreau") == "person", got


# --- an opening phrase's name and the main clause's subject ------------------------------------
# The FORM: "Under its boss X, the company was ...", "Led by chairman X, the group has ...": the
# noun phrase after the comma is the subject of the sentence's verb, no appositive of X; X is
# described by the title before it.


def test_the_subject_after_an_opening_phrase_is_no_appositive() -> None:
    text = (
        "Under its boss Ola Brandt, the company was building a new plant in Wales, Harbour Steel said. "
        "Led by chairman Ivo Stark, the group has cut 900 jobs since March. Run by founder Pia Roth, "
        "the brewer will open two bars in Oslo this year."
    )
    got = names(text)
    assert got.get("Ola Brandt") == "person", got
    assert got.get("Ivo Stark") == "person", got
    assert got.get("Pia Roth") == "person", got


def test_near_miss_a_true_appositive_still_types_the_name() -> None:
    # must not change: "X, the rival of Y, said": an appositive, then the verb
    text = (
        "Tallowfone, the rival of Harbour Mobile, said on Tuesday that it would cut 2,000 jobs. Harbour "
        "Mobile said its own cuts were done."
    )
    got = names(text)
    assert got.get("Tallowfone") == "organization", got


# --- a union's or an association's name with "and" ---------------------------------------------
# The FORM: "<Members> and <Members> Union" (also Association, Federation, Guild): one body's name,
# not a word and a shorter name.


def test_a_union_named_with_and_is_one_body() -> None:
    text = (
        "The Communications and Workers Union said the cuts were expected. The Teachers and Lecturers "
        "Association called a strike, and the Farmers and Growers Federation backed it. The Actors and "
        "Writers Guild said talks would resume."
    )
    got = names(text)
    for body in (
        "Communications and Workers Union",
        "Teachers and Lecturers Association",
        "Farmers and Growers Federation",
        "Actors and Writers Guild",
    ):
        assert got.get(body) == "organization", got
    assert not {"Workers Union", "Lecturers Association", "Growers Federation", "Writers Guild"} & set(got)


def test_near_miss_two_companies_joined_by_and_stay_two() -> None:
    # must not change: a known company and a union, two names
    text = "Microsoft and Workers Union officials met on Monday, and Workers Union said talks went well."
    got = names(text)
    assert got.get("Microsoft") == "organization", got
