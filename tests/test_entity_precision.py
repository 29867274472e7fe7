"""Entity typing and merging on unseen coverage (issue 11, stop 23): one general rule per class.

Every sentence here is invented; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import cpu_to_read_a_long_line
from tui.analysis.extract import analyse_article
from tui.analysis.model import Entity
from tui.corpus.model import Article, ArticleMeta


def art(text: str, aid: str = "a") -> Article:
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


def found(text: str) -> list[Entity]:
    return analyse_article(art(text)).entities


def types(text: str) -> dict[str, str]:
    return {e.name: str(e.type) for e in found(text)}


def entity(text: str, name: str) -> Entity:
    got = [e for e in found(text) if e.name == name]
    assert got, types(text)
    return got[0]


# --- companies typed as persons ------------------------------------------------------------------


def test_an_organization_noun_before_a_name_makes_it_an_organization() -> None:
    text = "Ola Brandt was once chief executive of avionics supplier Marwick Tallis. He left in 2019."
    assert types(text)["Marwick Tallis"] == "organization"


def test_initials_the_article_uses_are_the_long_name_and_an_organization() -> None:
    text = (
        "Harbour Pacific Endeavour will buy Tallow Networks. HPE said the price was fair. "
        "The deal doubles HPE’s network business, HPE chief executive Ivo Stark said."
    )
    got = types(text)
    assert got.get("Harbour Pacific Endeavour") == "organization", got
    assert "HPE" not in got, got  # one entity, the long name its canonical name
    ent = entity(text, "Harbour Pacific Endeavour")
    assert {"HPE", "Harbour Pacific Endeavour"} <= set(ent.aliases)


def test_initials_of_two_long_names_join_neither() -> None:
    text = "Harbour Pacific Endeavour and Hollow Point Estates met. HPE said nothing."
    ents = types(text)
    assert ents.get("Harbour Pacific Endeavour") is not None and ents.get("Hollow Point Estates") is not None
    assert "HPE" not in set(entity(text, "Harbour Pacific Endeavour").aliases)


def test_a_legal_form_elsewhere_outweighs_the_look_of_a_name() -> None:
    text = (
        "Marwick Tallis Co. agreed to buy the plant. Marwick Tallis will pay cash, and shares of "
        "Marwick Tallis rose."
    )
    assert types(text) == {"Marwick Tallis Co.": "organization"}


def test_a_person_named_only_by_shape_stays_a_person() -> None:
    # the bare surname after "instead of" is no evidence against the full name
    text = "Ivo Starkweather will lead the firm. Hill picked him instead of Starkweather's rival."
    assert types(text).get("Ivo Starkweather") == "person"


def test_which_after_a_name_is_no_person() -> None:
    text = "Its largest segment was Coastal Reach, which sells routers."
    assert types(text).get("Coastal Reach") != "person"


def test_a_name_after_the_is_no_person_by_its_shape() -> None:
    text = "Tallow shares fell while the Harbour Composite gained 4%."
    assert types(text).get("Harbour Composite") != "person"


def test_a_person_described_as_an_executive_is_no_organization() -> None:
    text = (
        "Others considered included Ivo Marsk, a former Tallow executive and now CEO of its biggest supplier."
    )
    assert types(text).get("Ivo Marsk") == "person"


def test_a_company_veteran_is_a_person() -> None:
    text = "Ana Vey will lead the firm. Vey, a company veteran of 30 years, starts in May."
    assert types(text).get("Ana Vey") == "person"


# --- cut names -----------------------------------------------------------------------------------


def test_the_opening_the_keeps_a_common_word_of_an_agency_name() -> None:
    text = "The Federal Maritime Administration has widened its checks of the yard."
    got = types(text)
    assert got.get("Federal Maritime Administration") == "organization", got
    assert "Maritime Administration" not in got


def test_a_known_place_at_the_end_of_a_name_stays_in_it() -> None:
    text = "Tallow bought Quantum Denver for $2 billion in 2005."
    got = types(text)
    assert "Quantum Denver" in got, got
    assert "Quantum" not in got


def test_an_airline_and_its_plane_number_are_apart() -> None:
    text = "A panel blew off a Tallow Airlines 321 Max jet in flight."
    got = types(text)
    assert got.get("Tallow Airlines") == "organization", got


# --- aliases: a nickname -------------------------------------------------------------------------


def test_a_quoted_nickname_gives_one_person_with_both_names() -> None:
    text = (
        "The board named Robertson “Kip” Hallberg, 61, chief executive. Hallberg starts in May. "
        "Kip Hallberg said he was ready. “Kip has the skills,” the chairman said."
    )
    persons = [e for e in found(text) if str(e.type) == "person"]
    assert len(persons) == 1, types(text)
    (p,) = persons
    assert p.name == "Robertson Hallberg"
    assert {"Robertson “Kip” Hallberg", "Kip Hallberg", "Hallberg", "Kip"} <= set(p.aliases)


def test_a_title_before_a_nickname_is_no_given_name() -> None:
    text = "Tallow named CEO Robertson “Kip” Hallberg. Hallberg starts in May."
    persons = {e.name for e in found(text) if str(e.type) == "person"}
    assert persons == {"Robertson Hallberg"}


# --- products, titles of works, places, honorifics ------------------------------------------------


def test_a_model_number_makes_the_next_word_a_product_across_the_article() -> None:
    text = (
        "Tallow Aero paused deliveries of its 515 Max jets. Two crashes of the Max led to a "
        "grounding. Regulators must approve two new models of the Max."
    )
    got = types(text)
    assert got.get("Max") == "product", got


def test_a_year_before_a_word_is_no_model_number() -> None:
    text = "Tallow Aero said in 2019 Ivo Marsk would retire."
    assert types(text).get("Ivo Marsk") == "person"


def test_a_name_in_quote_marks_alone_is_a_title_of_a_work() -> None:
    text = 'The studio had a spat with “Silver Harbour” star Ana Vey and a hit with "The Tide Queen" in 2019.'
    got = types(text)
    assert got.get("Silver Harbour") not in ("person", "organization"), got
    assert got.get("Tide Queen") not in ("person", "organization"), got
    assert got.get("Ana Vey") == "person", got


def test_a_town_before_a_state_abbreviation_is_a_place() -> None:
    text = "Tallow moved its base from Dunmore to Larchton, Va., in 2022."
    got = types(text)
    assert got.get("Larchton") == "place", got
    assert "Va" not in got


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("It had a spat with Wexford Gov. Ron Talley last spring.", "Ron Talley"),
        ("Investors included Harbour Capital and Prince Alwin Bin Tarek.", "Alwin Bin Tarek"),
    ],
)
def test_an_honorific_or_office_before_a_name_makes_a_person(sentence: str, person: str) -> None:
    assert types(sentence).get(person) == "person", types(sentence)


def test_a_lone_big_city_is_a_place() -> None:
    text = "Tallow moved its headquarters to Chicago in 2001."
    assert types(text).get("Chicago") == "place"


# --- page furniture --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Ola Brandt | Harbour Wire | Getty Images",
        "Get breaking news and top stories sent to you each morning.",
        "Get browser notifications for breaking news.",
        "Log in to your Harbour account for alerts.",
    ],
)
def test_more_furniture_lines(line: str) -> None:
    from tui.corpus.furniture import find_furniture

    text = f"Ports grow\n\nThe port of Tallow handled more ships.\n\n{line}\n\nIt will add two cranes.\n"
    got = [text[f.start : f.end] for f in find_furniture(text)]
    assert line in got, got


def test_a_wire_credit_inside_a_caption_line_names_no_one() -> None:
    caption = (
        "A Tallow 515 jet stands at the yard in Larchton, Wash., June 2, 2031. "
        "(Ola Brandt/The Harbour Times via Wirewire, Pool, File)"
    )
    text = f"Ports grow\n\n{caption} {caption}\n\nTallow Aero named Ivo Marsk chief executive.\n"
    got = types(text)
    assert not {"Ola Brandt", "Harbour Times", "The Harbour Times", "Wirewire", "Pool", "File"} & set(got), (
        got
    )
    assert got.get("Ivo Marsk") == "person"


def test_an_agency_credit_ending_a_caption_makes_the_line_a_caption() -> None:
    from tui.corpus.furniture import find_furniture

    line = "Tallow Aero chief Ivo Marsk speaks at a fair in Larchton, May 2, 2031. WIREWIRE/Ola Brandt"
    text = f"Ports grow\n\n{line}\n\nTallow Aero named Ivo Marsk chief executive.\n"
    assert [(text[f.start : f.end], f.kind) for f in find_furniture(text)] == [(line, "caption")]


def test_an_author_box_names_no_one() -> None:
    text = (
        "Ports grow\n\nTallow Aero named Ivo Marsk chief executive.\n\nOla Brandt\n\n"
        "Ola Brandt has spent 12 years covering the region's ports for KWXR and the Harbour Ledger.\n"
    )
    got = types(text)
    assert not {"Ola Brandt", "KWXR", "Harbour Ledger"} & set(got), got


def test_a_sentence_about_a_reporter_is_no_author_box() -> None:
    from tui.corpus.furniture import find_furniture

    text = "Ports grow\n\nOla Brandt is a harbour pilot who has worked at Tallow for years.\n"
    assert find_furniture(text) == []


# --- a company's own terms, short given names, a company named after a person ---------------------


def test_a_company_s_capitalized_terms_for_itself_are_no_names() -> None:
    text = (
        "Harbour Group said the Board of Directors picked Ana Vey. She will lead the Company, "
        "the Board said, and join the Executive Committee."
    )
    got = types(text)
    assert not {"Board", "Company", "Board of Directors", "Executive Committee"} & set(got), got
    assert got.get("Harbour Group") == "organization"


def test_a_company_s_code_of_conduct_is_no_name() -> None:
    # stop 28: "Code" of "Code of Conduct" became the story's organisation when the company was unnamed
    text = (
        "The review found no breach of the Code of Conduct, Harbour Group said. The Conduct rules apply "
        "to every manager, and the Code was last revised in 2029."
    )
    got = types(text)
    assert not {"Code", "Conduct", "Code of Conduct"} & set(got), got
    assert got.get("Harbour Group") == "organization"


def test_a_short_given_name_and_its_full_form_are_one_person() -> None:
    text = "Tallow named Ivo Marsk to replace Dave Quillan. David Quillan had led the firm since 2020."
    persons = sorted(e.name for e in found(text) if str(e.type) == "person")
    assert persons == ["Dave Quillan", "Ivo Marsk"] or persons == ["David Quillan", "Ivo Marsk"], persons


def test_two_given_names_that_are_not_one_name_stay_apart() -> None:
    text = "Tallow named Ivo Quillan chief executive. Ana Quillan, his sister, sits on the board."
    persons = {e.name for e in found(text) if str(e.type) == "person"}
    assert {"Ivo Quillan", "Ana Quillan"} <= persons


def test_a_company_named_after_a_person_goes_by_the_surname() -> None:
    text = (
        "The Orla Brennick Company named Ana Vey chief executive. Brennick shares rose 4%, and "
        "Brennick said the board agreed. The Orla Brennick Co. board met on Sunday."
    )
    orgs = [e for e in found(text) if str(e.type) == "organization"]
    assert len(orgs) == 1, types(text)
    assert "Brennick" in orgs[0].aliases


def test_a_title_before_a_name_in_a_list_is_no_appositive() -> None:
    text = "Backers included Harbour Research Company, Prince Alwin Bin Tarek and Tallow Holdings."
    got = types(text)
    assert got.get("Harbour Research Company") == "organization", got
    assert got.get("Alwin Bin Tarek") == "person", got


def test_a_middle_initial_stays_inside_the_name() -> None:
    text = "Tallow chief executive Ivo K. Marsk said the deal was fair. Marsk also met Ana J. Vey."
    persons = {e.name for e in found(text) if str(e.type) == "person"}
    assert persons == {"Ivo K. Marsk", "Ana J. Vey"}, types(text)


def test_a_single_letter_that_ends_a_sentence_is_no_initial() -> None:
    from tui.analysis.extract.tokens import tokenize

    assert [t.text for t in tokenize("They kept a Plan B. The firm agreed.")][4:7] == ["B", ".", "The"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallow moved several hundred jobs from Chicago to Marlow Heights in 2022.",
        "Tallow is headquartered in Marlow Heights, near the river.",
        "Tallow moved its headquarters to Marlow Heights last year.",
    ],
)
def test_a_place_cue_makes_a_place(sentence: str) -> None:
    assert types(sentence).get("Marlow Heights") == "place", types(sentence)


def test_a_move_between_companies_is_no_place() -> None:
    text = "Ivo Marsk moved from Harbour Group to Marlow Tallis in 2019."
    assert types(text).get("Marlow Tallis") != "place", types(text)


def test_an_ordinal_opens_a_name() -> None:
    text = "Tallow bought 22nd Harbour Pictures in 2019, and 22nd Harbour Pictures grew."
    got = types(text)
    assert "22nd Harbour Pictures" in got and "Harbour Pictures" not in got, got


@pytest.mark.parametrize(
    "unit", ["(Ola Brandt/Harbour Times via Wire, Pool", "A/", "Hock E. ", "from Chicago to "]
)
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(unit: str) -> None:
    assert cpu_to_read_a_long_line(unit, analysed=200_000) < 20, unit


# --- across articles: a name that is another article's alias --------------------------------------


def corpus_entities(*texts: str) -> list[Entity]:
    from tui.analysis.extract.merge import merge_results
    from tui.corpus.model import Corpus

    articles = [art(t, f"a{i}") for i, t in enumerate(texts)]
    return merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles]).entities


def test_a_nickname_name_in_another_article_joins_the_person() -> None:
    ents = corpus_entities(
        "The board named Robertson “Kip” Hallberg, 61, chief executive of Tallow Aero.",
        "Kip Hallberg will start at Tallow Aero in May, the company said.",
    )
    persons = [e for e in ents if str(e.type) == "person"]
    assert len(persons) == 1, [(e.name, str(e.type)) for e in ents]
    assert persons[0].article_ids == ["a0", "a1"]
    assert any(m.startswith("merge.alias") for m in persons[0].merged_by)


def test_initials_alone_in_another_article_join_the_long_name() -> None:
    ents = corpus_entities(
        "Harbour Pacific Endeavour will buy Tallow Networks. The price, HPE said, was fair.",
        "HPE will pay cash for Tallow Networks, HPE said on Monday.",
    )
    hpe = [e for e in ents if "HPE" in e.aliases]
    assert len(hpe) == 1 and hpe[0].article_ids == ["a0", "a1"], [(e.name, e.aliases) for e in ents]


def test_an_alias_two_entities_share_joins_neither() -> None:
    ents = corpus_entities(
        "The board named Robertson “Kip” Hallberg chief executive of Tallow Aero.",
        "Ana “Kip” Hallberg, his sister, chairs Harbour Group.",
        "Kip Hallberg will start in May.",
    )
    persons = sorted(e.name for e in ents if str(e.type) == "person")
    assert "Kip Hallberg" in persons, persons


# --- stop 24: tickers, demonyms, web names, sentence-initial verbs, lexicon booleans ---------------


def test_a_wire_instrument_code_is_no_part_of_a_name_nor_a_name() -> None:
    text = (
        "Harbour Tools Inc HBRT.N said on Tuesday it would buy Tallow Networks Inc TLW.N, a rival "
        "of Marwick Corp MWK.O. Tallow competes with Marwick Corp's MWK.O Chatter app."
    )
    got = types(text)
    assert got.get("Harbour Tools Inc") == "organization", got
    assert got.get("Tallow Networks Inc") == "organization", got
    assert not [n for n in got if ".N" in n or ".O" in n], got


def test_a_nationality_before_a_companys_initials_is_no_part_of_its_name() -> None:
    text = "Reports said the Dutch HBT is putting money into Tallow. HBT declined to comment."
    got = types(text)
    assert got.get("HBT") == "organization", got
    assert "Dutch HBT" not in got, got


def test_a_nationality_and_a_generic_word_or_a_portfolio_names_no_one() -> None:
    text = (
        "Harbour wants to rely less on Chinese AI models. It hired former French Finance Minister "
        "Ola Brandt as an adviser. It plays in the Gen AI space."
    )
    got = types(text)
    assert not {"Chinese AI", "French Finance", "Gen AI"} & set(got), got
    assert got.get("Ola Brandt") == "person", got


def test_a_nationality_stays_in_a_name_that_is_not_initials() -> None:
    text = "Tickets on American Airlines and British Airways rose, analysts at Harbour said."
    got = types(text)
    assert got.get("American Airlines") == "organization", got
    assert got.get("British Airways") == "organization", got


def test_a_companys_web_name_is_the_company() -> None:
    text = "Harbour.com is in talks to buy Tallow, people said. Harbour declined to comment."
    ent = entity(text, "Harbour")
    assert {"Harbour", "Harbour.com"} <= set(ent.aliases)
    assert "Harbour.com" not in types(text)


def test_a_verb_opening_a_sentence_before_a_determiner_is_no_name() -> None:
    text = (
        "Harbour paid a fortune for Tallow. Hold onto your hats. Remember the last deal. "
        "Will this one work? Often praised, Tallow grew. Along with Harbour, it won. Yes, it did."
    )
    got = types(text)
    assert not {"Hold", "Remember", "Will", "Often", "Along", "Yes"} & set(got), got
    assert {"Harbour", "Tallow"} <= set(got), got


def test_a_surname_opening_a_sentence_is_still_a_name() -> None:
    text = "Brandt hired a new team. Brandt said the plan would work."
    assert "Brandt" in types(text)


def test_a_currency_code_before_a_figure_is_no_name() -> None:
    text = "Tallow shares were trading at USD 119.59 before the news, and at Rs 950 in Mumbai."
    got = types(text)
    assert "USD" not in got and "Rs" not in got, got


def test_a_given_name_that_is_a_months_short_form_opens_a_name() -> None:
    text = '"It is a bold bet," said bank analyst Jan Frederik Visser. The shares fell on Jan. 5.'
    got = types(text)
    assert got.get("Jan Frederik Visser") == "person", got
    assert "Frederik Visser" not in got, got


def test_an_adjective_or_participle_opens_an_organizations_name_not_a_persons() -> None:
    text = (
        "A rating as provided by Seeking Omega was cited. Analysts at Ethical Shopper agreed. "
        "It bought set-top box manufacturer Scientific Dallas in 2006. Ola Brandt and Irving Stone met."
    )
    got = types(text)
    assert got.get("Seeking Omega") == "organization", got
    assert got.get("Ethical Shopper") == "organization", got
    assert got.get("Scientific Dallas") == "organization", got
    assert got.get("Irving Stone") == "person", got  # a given name ending in -ing: still a person


def test_no_lexicon_list_holds_a_yaml_boolean() -> None:
    """ "Yes", "No", "On", "true" unquoted in a YAML list are booleans, not the words."""
    from tui.analysis.extract.lexicon import LEXICON_DIR, lexicon

    for path in sorted(LEXICON_DIR.glob("*.yaml")):
        data = lexicon(path.stem)
        for key, value in data.items():
            items = value if isinstance(value, list) else []
            assert not [v for v in items if isinstance(v, bool)], (path.name, key)


def test_yes_no_and_on_are_function_words() -> None:
    from tui.analysis.extract.gazetteer import tables

    assert {"Yes", "No", "On"} <= tables().function_words


# --- stop 24, second round: units, product nouns, outlets by their work, link lists, merges -------


def test_two_capitalized_words_joined_by_and_before_a_unit_noun_are_one_unit() -> None:
    text = (
        "The cuts hit Harbour’s Devices and Services group hardest. "
        "Harbour also cut jobs in its Devices and Books businesses."
    )
    got = types(text)
    assert got.get("Devices and Services") == "organization", got
    assert got.get("Devices and Books") == "organization", got
    assert not {"Devices", "Services", "Books"} & set(got), got


def test_two_companies_joined_by_and_stay_two() -> None:
    text = "Harbour sold the Google and YouTube businesses of its fund. Tallow and Marwick units merged."
    got = types(text)
    assert {"Google", "YouTube", "Tallow", "Marwick"} <= set(got), got


def test_a_product_noun_after_a_describing_word_makes_a_product() -> None:
    text = "Harbour builds the Tallo smart speakers and launched its Chatter product last year."
    got = types(text)
    assert got.get("Tallo") == "product", got
    assert got.get("Chatter") == "product", got


def test_an_appositive_organization_noun_makes_an_organization() -> None:
    text = "Ethos Shopper, a consumer advocacy organization, gave Harbour its lowest rating."
    assert types(text).get("Ethos Shopper") == "organization"


def test_a_name_before_report_after_a_is_an_outlet_however_often_its_shape_says_person() -> None:
    text = (
        "Tallow rose after a Dow Marsh report said Harbour was in talks. Harbour said nothing, "
        "people told Dow Marsh. Dow Marsh reported it first."
    )
    assert types(text).get("Dow Marsh") == "outlet"


def test_a_person_who_writes_a_report_stays_a_person() -> None:
    text = "Ola Brandt wrote a report on Harbour. The report by Ivo Stark was longer."
    got = types(text)
    assert got.get("Ola Brandt") == "person" and got.get("Ivo Stark") == "person", got


def test_a_hyphenated_name_opening_a_sentence_is_kept() -> None:
    text = "Marwick-Stanton went deeper in networking when it bought Tallow in 2015. Follow-Up talks failed."
    got = types(text)
    assert "Marwick-Stanton" in got, got
    assert "Follow-Up" not in got, got


def test_a_list_of_linked_headlines_is_furniture_not_names() -> None:
    text = (
        "Harbour said on Tuesday it would buy Tallow.\n\n"
        "Ola Brandt Signals Five More Years as Marwick CEO Amid Succession Talk\n"
        "Quill Seeks Damages in Lawsuit Against Dunmore Over Alleged Gains\n"
        "Fenwick Reaches Tentative Deal With Workers After Supplier Purchase\n"
    )
    got = types(text)
    assert not {"Ola Brandt", "Marwick", "Quill", "Dunmore", "Fenwick"} & set(got), got
    assert {"Harbour", "Tallow"} <= set(got), got


def test_one_title_cased_line_or_two_are_not_a_link_list() -> None:
    from tui.corpus.furniture import find_furniture

    text = (
        "Harbour Buys Tallow In Record Deal For Networks\n\n"
        "Harbour said on Tuesday it would buy Tallow.\n\n"
        "What The Deal Means For Tallow Customers\n"
        "Why Harbour Paid So Much For Networks\n\n"
        "Analysts said the price was high.\n"
    )
    assert find_furniture(text) == []


def test_evidence_in_one_article_outweighs_shape_guesses_in_others() -> None:
    ents = corpus_entities(
        "Tallow rose after a Dow Marsh report said Harbour was in talks.",
        "Harbour said nothing, sources told Dow Marsh on Tuesday.",
        "Harbour held talks with Tallow, sources told Dow Marsh later.",
    )
    got = {e.name: str(e.type) for e in ents}
    assert got.get("Dow Marsh") == "outlet", got


def test_a_wire_photo_caption_ending_in_its_date_is_furniture() -> None:
    from tui.corpus.furniture import CAPTION, find_furniture

    cap = (
        "Ola Brandt/Wirewire Photos Harbour CEO Ivo Stark poses for photos outside the exchange "
        "before his company's listing, Thursday, June 20, 2019."
    )
    seen = "A ticker with the Tallow Inc. symbol is pictured on a screen over the trading room, June 20, 2019"
    story = "He stands to gain a lot, analysts said on June 20, 2019."
    text = f"{cap}\n\n{seen}\n\nHarbour will replace its CEO on August 8, 2024.\n\n{story}\n"
    got = [(f.kind, text[f.start : f.end]) for f in find_furniture(text)]
    assert got == [(CAPTION, cap), (CAPTION, seen)], got


def test_a_read_promo_line_and_a_shouted_colon_dateline_are_furniture() -> None:
    from tui.corpus.furniture import DATELINE, PROMO, find_furniture

    promo = "READ: Energy Department announces supercomputer, powered by Marwick"
    text = (
        "AMSTERDAM : Dutch chip equipment maker Harbour has invested in Tallow, the two companies "
        f"said on Tuesday.\n\nIt is a big deal.\n\n{promo}\n"
    )
    got = [(f.kind, text[f.start : f.end]) for f in find_furniture(text)]
    assert (DATELINE, "AMSTERDAM : ") in got and (PROMO, promo) in got, got


def test_time_zones_technology_terms_and_plural_boards_are_no_names() -> None:
    text = (
        "Shares changed hands at 41.20 near 2:10 p.m. ET on Tuesday. Harbour sells Wi-Fi and Bluetooth "
        "chips and LAN gear. The deal was approved by the Boards of Directors of Harbour and Tallow. "
        "The Co-CEOs spoke at the Dolby Theatre, and the Nasdaq Composite rose."
    )
    got = types(text)
    assert set(got) == {"Harbour", "Tallow", "Dolby Theatre", "Nasdaq Composite"}, got
    assert got["Dolby Theatre"] == "place" and got["Nasdaq Composite"] == "product", got


def test_an_outlets_name_alone_on_its_line_is_the_pages_credit() -> None:
    text = (
        "Harbour buying Tallow for $28 billion\n\nThe Associated Press\nSeptember 21, 2023 8:38 am\n"
        "Harbour is buying Tallow in a deal, the Associated Press reported."
    )
    ent = entity(text, "Associated Press")
    assert len(ent.mentions) == 1 and ent.mentions[0].span.start > text.index("8:38 am")


@pytest.mark.parametrize(
    "unit",
    [
        "Harbour Inc HB.N ",
        "its Devices and Services group ",
        "Dutch HBT ",
        "Ola Signals Five More Years As CEO\n",
        "poses for photos on June 20, 2019 ",
        "AMSTERDAM AMSTERDAM : ",
        "Harbour.com ",
    ],
)
def test_the_stop_24_patterns_are_linear_on_a_two_megabyte_line(unit: str) -> None:
    assert cpu_to_read_a_long_line(unit, analysed=200_000) < 20, unit


def test_a_shouted_word_before_a_given_name_and_surname_is_no_part_of_the_name() -> None:
    text = "Harbour cut jobs on Tuesday.\nCHEO Mira Brandt announced the cuts in a memo. Brandt said more would come."
    got = types(text)
    assert got.get("Mira Brandt") == "person", got
    assert "CHEO Mira Brandt" not in got, got
