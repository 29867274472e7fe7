"""Entity forms on unseen text (issue 11, stop 43, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

from tests.factories import entity_types as names
from tests.factories import plain_article
from tui.analysis.extract import analyse_article
from tui.analysis.extract.sentences import segment
from tui.corpus.furniture import DATELINE, PROMO, find_furniture


def _aliases(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in analyse_article(plain_article(text)).entities}


# --- a list of rivals after their plural noun --------------------------------------------------------------
# The FORM: "outbidding rivals A, B and C", "its competitors A and B": every name of the list is a
# company, with no "such as" between (a person in it keeps a given name's evidence).


def test_rivals_listed_after_their_plural_noun_are_companies() -> None:
    got = names(
        "Tallow won the auction on Friday, outbidding rivals Kestrel-Vane, OrbiMax and Pellor for the mill."
    )
    for name in ("Kestrel-Vane", "OrbiMax", "Pellor"):
        assert got.get(name) == "organization", (name, got)
    got = names("Its competitors Brenvik and Salto Quarry cut prices in May.")
    assert got.get("Brenvik") == "organization" and got.get("Salto Quarry") == "organization", got


# --- a programme the page calls a company -----------------------------------------------------------------
# The FORM: a name the lexicon knows as a programme, described by an appositive as a company ("X, a
# joint venture of A and B, plans ..."): the venture, an organisation.


def test_a_known_programme_described_as_a_joint_venture_is_a_company() -> None:
    got = names("Stargate, a joint venture of Tallow and Kestrel, plans to build six plants in Norway.")
    assert got.get("Stargate") == "organization", got
    got = names("Tallow said it would spend $2 billion on Stargate over four years.")
    assert got.get("Stargate") == "program", got


# --- a company's investment fund --------------------------------------------------------------------------
# The FORM: "the Tallow Vision Fund 2", "Orla Startup Fund", "Kestrel Growth Fund": a fund named by an
# investor's trade word or a known company is an investor, its number part of its name; a "Climate
# Fund" stays a programme.


def test_a_company_fund_is_an_investor_with_its_number() -> None:
    got = names("Pellor put $40 million into Salto through the Pellor Vision Fund 2 in March.")
    assert got.get("Pellor Vision Fund 2") == "organization", got
    got = names("Backers of the round include the Orla Startup Fund and the OpenAI Startup Fund.")
    assert (
        got.get("Orla Startup Fund") == "organization" and got.get("OpenAI Startup Fund") == "organization"
    ), got
    got = names("Pellor also gave $2 million to the Brenvik Climate Fund last year.")
    assert got.get("Brenvik Climate Fund") == "program", got


# --- a state's administration named by its leader ----------------------------------------------------------
# The FORM: "President Ola Varga’s administration", "the administration of then President Ola Varga":
# the Varga administration, an organisation; the leader named in full stays a person.


def test_an_administration_named_by_its_leader() -> None:
    got = names("The pact was signed with President Ola Varga’s administration in June, Tallow said.")
    assert got.get("Varga administration") == "organization" and got.get("Ola Varga") == "person", got
    got = names("In 2021 the administration of then President Ivo Maddox blocked the sale of Tallow.")
    assert got.get("Maddox administration") == "organization" and got.get("Ivo Maddox") == "person", got
    # a company's "administration" of something names no state's body
    got = names("Tallow handles the administration of payroll for Brenvik.")
    assert not any(n.endswith("administration") for n in got), got


# --- pacts, parties and unions ------------------------------------------------------------------------------
# The FORMS: "the Coastal Fishing Agreement" (a pact: a document, no company); "the Nordic Farmers
# Party" (a party); "the United Dockworkers" (a union named by its members' trade) -- none a person.


def test_a_pact_is_no_company_and_a_party_and_a_union_are_no_persons() -> None:
    got = names("Tallow signed the Coastal Fishing Agreement, which limits its catch, in May.")
    assert got.get("Coastal Fishing Agreement") == "program", got
    got = names("Leaders of the Nordic Farmers Party criticised the sale of Tallow on Monday.")
    assert got.get("Nordic Farmers Party") == "organization", got
    got = names("The United Dockworkers opposed the sale. Its head said the union would strike.")
    assert got.get("United Dockworkers") == "organization", got


# --- a translation's particle before an outlet -------------------------------------------------------------
# The FORM: "said Ana Lund de Harbour TV" (a machine translation keeps the foreign "de"): the person
# is Ana Lund, the particle no part of the name.


def test_a_particle_before_an_outlet_is_no_part_of_the_name() -> None:
    got = names("The deal is expected to close on Friday, said Ana Lund de CNBC.")
    assert got.get("Ana Lund") == "person" and "Ana Lund de" not in got, got


# --- products listed before their noun -----------------------------------------------------------------------
# The FORM: "Tallow’s latest Vela Nova and Orla Prime architectures": every name of a list that a
# product's noun closes is a product, not a person by its shape.


def test_names_listed_before_a_product_noun_are_products() -> None:
    got = names("Kestrel will run on Tallow’s newest Grace Lund and Vera Moss platforms from next year.")
    assert got.get("Grace Lund") == "product" and got.get("Vera Moss") == "product", got


# --- a question's auxiliary and its pronoun ----------------------------------------------------------------
# The FORM: a quotation opening "Can I ...?", "Should We ...": no name.


def test_a_question_opening_a_quotation_is_no_name() -> None:
    got = names("“Can I really sell it now?” Ivo Maddox asked the Tallow board in May.")
    assert "Can I" not in got and got.get("Ivo Maddox") == "person", got


# --- a page's last line cut off inside a clause ------------------------------------------------------------
# The FORM: an excerpt that stops mid-sentence ("Last week, the group named new heads of its units,
# with its CEO Ana Lund moving"): a sentence, whose names are found, not a heading.


def test_a_cut_last_line_of_many_lower_case_words_is_a_sentence() -> None:
    text = (
        "Tallow names new unit heads\n\nTallow said on Monday it would reorganise.\n\n"
        "Last week, the group named new heads of two of its units, with CEO Ana Lund moving"
    )
    seg = segment(text)
    assert not any(text[s:e].startswith("Last week") for s, e in seg.headings)
    assert names(text).get("Ana Lund") == "person"
    # a short last line without a stop is still a heading
    assert is_heading("Tallow names new unit heads\n\nTallow said it would reorganise.\n\nMore from Tallow")


def is_heading(text: str) -> bool:
    seg = segment(text)
    return any(text[s:e] == "More from Tallow" for s, e in seg.headings)


# --- furniture: a dateline in title case, a promo's button ---------------------------------------------------
# The FORMS: "Oslo, Dec. 4 (Harbour Wire)--Tallow said ..." (a place in title case, its date and its
# wire); "Get the day's top stories with the Harbour Daily newsletter. SIGN UP SIGN UP" (a button's
# shouted label closing a promo line).


def test_a_title_case_dateline_and_a_promo_button() -> None:
    text = "Oslo, Dec. 4 (Harbour Wire)--Tallow said Monday that it will buy Brenvik for $2 billion."
    got = find_furniture(text)
    assert (
        got and got[0].kind == DATELINE and text[got[0].start : got[0].end] == "Oslo, Dec. 4 (Harbour Wire)--"
    )
    assert "Harbour Wire" not in names(text)
    line = "Get the top local stories every morning with Harbour Daily's Morning newsletter. SIGN UP SIGN UP"
    got = find_furniture(
        "Tallow said Monday that it will buy Brenvik.\n\n" + line + "\n\nMore text follows here."
    )
    assert any(f.kind == PROMO for f in got), got
    # a story's line that tells of a sign-up is no promo
    text = "More than 2,000 users rushed to sign up for Tallow's service on Monday."
    assert not any(f.kind == PROMO for f in find_furniture(text))


# --- a business named by a given name's possessive ----------------------------------------------------------
# The FORM: "Tom's Depot", "Max’s Kitchen": a given name no person of the page has, in the possessive
# before a capitalised word, is one company (and no person "Ivo"); a person named in full keeps it.


def test_a_business_named_by_a_given_names_possessive() -> None:
    got = names("Lund ran Tom's Depot and later Tallow. He joined Tom's Depot in 1994 as a clerk.")
    assert got.get("Tom's Depot") == "organization" and "Tom" not in got, got
    got = names("Tom Lund said on Monday that Tom's Depot stake would be sold.")
    assert "Tom's Depot" not in got and got.get("Tom Lund") == "person", got


# --- the next sentence glued after a stop -------------------------------------------------------------------
# The FORM: "... head of sales for Tallow China.He later ran ..." (a page scraped without its space):
# the name ends at the stop.


def test_a_sentence_glued_after_a_name_is_no_part_of_it() -> None:
    got = names("She was head of sales for Tallow China.He later ran Tallow U.S.Why it matters: scale.")
    assert "Tallow China" in got and "Tallow U.S." in got, got
    assert not any("China.He" in n or "U.S.Why" in n for n in got), got


# --- a seat of government as a venue -----------------------------------------------------------------------
# The FORM: "a plan unveiled at the White House": the building, a place; "the White House said" and
# "officials at the White House" are the body.


def test_a_seat_of_government_as_a_venue_is_a_place() -> None:
    assert (
        names("The $9 billion plan was unveiled at the White House on Monday.").get("White House") == "place"
    )
    got = names("The White House said on Monday that it backed the Tallow plan.")
    assert got.get("White House") == "organization", got
    got = names("Officials at the White House met Tallow on Monday.")
    assert got.get("White House") == "organization", got


# --- an idea's abbreviation spelled out --------------------------------------------------------------------
# The FORM: "Artificial General Intelligence (AGI)": an abbreviation the lexicon lists as a common
# idea's is no company, spelled out or not.


def test_an_ideas_abbreviation_spelled_out_is_no_company() -> None:
    got = names("Tallow says it aims to reach Artificial General Intelligence (AGI) by 2030.")
    assert got.get("AGI") not in ("organization", "person"), got


# --- a company's name opened by its country ----------------------------------------------------------------
# The FORMS: "United Kingdom Cables Ltd." and "U.K. Cables": one company (a country's code and its full
# name, the rest alike); "NCC" for "Nordvik Cable Corporation" (the spelled-out legal form's letter).


def test_a_country_code_and_its_full_name_open_one_company() -> None:
    text = "Tallow will buy United Kingdom Cables Ltd. for $2 billion. U.K. Cables said the price was fair."
    got = _aliases(text)
    owner = [n for n, a in got.items() if "U.K. Cables" in a]
    assert owner and "United Kingdom Cables Ltd." in got[owner[0]], got
    assert names(text).get(owner[0]) == "organization"
    assert "United Kingdom" not in got or "U.K. Cables" not in got["United Kingdom"], got


def test_an_acronym_with_the_spelled_legal_forms_letter() -> None:
    text = "Nordvik Cable Corporation will buy Tallow. “NCC has a record of running plants well,” it said."
    got = _aliases(text)
    assert any({"NCC", "Nordvik Cable Corporation"} <= a for a in got.values()), got


# --- a motto in single marks -----------------------------------------------------------------------------------
# The FORM: "... to become the 'Best Maker with Top-Class Mills,'" (a capitalised motto inside a
# quotation): no company.


def test_a_capitalised_motto_in_single_marks_is_no_company() -> None:
    got = names(
        "“We will work together as the 'Best Cablemaker with World-Class Mills,'” said Ana Lund of Tallow."
    )
    assert got.get("World-Class Mills") not in ("organization", "person"), got
    assert got.get("Ana Lund") == "person", got


# --- a thing named after a person of the page -----------------------------------------------------------------
# The FORM: "Tom Lund (through Lund Expeditions)": a two-word name typed a person by its shape alone,
# its first word the surname of a person the page names in full, is named after him: a company.


def test_a_name_after_a_persons_surname_is_no_second_person() -> None:
    got = names("Backers include Tom Lund (through Lund Expeditions) and Tallow Capital.")
    assert got.get("Lund Expeditions") == "organization" and got.get("Tom Lund") == "person", got


# --- a story's "with input from" line -----------------------------------------------------------------------
# The FORM: "With input from Harbour Wire, Ola Radio, Tallow.": the outlets the story drew on, a credit
# line; no entity comes from it.


def test_a_with_input_from_line_is_a_credit() -> None:
    text = "With input from Harbour Wire, Ola Radio, Kestrel News.\n\nTallow said on Monday it would buy Brenvik."
    assert any(f.kind == "credit" for f in find_furniture(text))
    got = names(text)
    assert "Kestrel News" not in got and "Ola Radio" not in got, got


# --- a round raised, a list of tycoons ------------------------------------------------------------------------
# The FORMS: "Norway's Vela Lund raised $500 million" (a funding round right after a person-shaped
# name: a company's); "business titans Ivo Stark and KT Brandt" (a plural noun only people are
# called by, before a list: persons, also a name of initials).


def test_a_name_that_raised_a_round_is_a_company() -> None:
    got = names("Norway's Vela Lund raised $500 million in November, Tallow said.")
    assert got.get("Vela Lund") == "organization", got
    got = names("Vela Lund said on Monday that Tallow would grow.")
    assert got.get("Vela Lund") == "person", got


def test_names_after_a_plural_noun_of_people_are_persons() -> None:
    got = names("Tallow was founded in 1890 by business titans Ivo Stark and KT Brandt.")
    assert got.get("KT Brandt") == "person" and got.get("Ivo Stark") == "person", got


# --- a sentence broken by a quote box ---------------------------------------------------------------------------
# The FORM: a page prints a company's ticker and its move on their own lines inside a sentence
# ("In May, Tallow Mills" / "TLW" / "-0.4%" / "bid $3 a share for Brenvik."): the line before is the
# sentence's (no heading), the name a listed company; an index boxed so ("the Harbour Composite
# Index", "the FTSE 100") is no company.


def test_a_name_before_a_quote_box_is_a_listed_company() -> None:
    text = (
        "Brenvik agrees to a sale\n\nBrenvik said on Monday it would sell itself.\n"
        "It has been a busy year for the trade. In May, Tallow Mills\nTLW\n-0.4%\n"
        "bid $3 a share for Brenvik, and the Harbour Composite Index\nHCI\n+0.2%\nrose.\n"
    )
    got = names(text)
    assert got.get("Tallow Mills") == "organization", got
    assert got.get("Harbour Composite Index") not in ("organization", "person"), got


# --- unions, things named by "called", events, a pair's administration ---------------------------------------
# The FORMS: "the Dockers union" (a name before "union"); "the International Brotherhood of Dockers"
# (a body's head before "of"); "a platform, dubbed Forge" (a thing's noun and the verb that names
# it: a product); "World War II" (an event, no company); "the Varga-Lund administration" (a state's
# administration named by a pair of leaders).


def test_unions_products_called_so_events_and_a_pairs_administration() -> None:
    got = names("Tallow signed a contract with the Dockers union in July, Ana Stark said.")
    assert got.get("Dockers") == "organization", got
    got = names("Its staff, the International Brotherhood of Dockers, threatened to strike on Monday.")
    assert got.get("International Brotherhood of Dockers") == "organization", got
    got = names(
        "Tallow built a platform, dubbed Forge, to speed up output. It also sells a tool called Vela Lens."
    )
    assert got.get("Forge") == "product" and got.get("Vela Lens") == "product", got
    got = names("At the end of World War II, the Tallow plant in Oslo closed.")
    assert got.get("World War II") not in ("organization", "person"), got
    got = names("Tallow grew fast during the Varga-Lund administration, Ana Stark said.")
    assert got.get("Varga-Lund administration") == "organization", got
