"""Entity forms on unseen text (issue 11, stop 35, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, names and figures than any story of the bench); the
expectations are written by hand.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.factories import entity_types as names
from tests.factories import named_someone
from tests.factories import plain_article as art
from tui.analysis.extract import analyse_article

# --- brands and products: the text's own cues say a name is a brand, not a company ---------------
# The FORM: a name in a list opened by a brand or goods noun ("brands such as", "labels like",
# "whose brands include", "snacks, including", "makers of"), or a list closed by a maker noun
# ("A and B maker X") or by goods ("A, B and C shampoos"). Only an organization's cue (a legal form,
# an organization's noun, a ticker, the gazetteer) makes such a name a company.


def test_a_list_after_a_brand_noun_names_products() -> None:
    text = (
        "Orvane, the parent company of household brands such as Glimmer, Tessa and Brightway, said on "
        "Monday it would buy Calloway Foods for $4.2 billion. Glimmer sales rose 4% last year."
    )
    got = names(text)
    assert got.get("Orvane") == "organization", got
    assert got.get("Calloway Foods") == "organization", got
    assert not {"Glimmer", "Tessa", "Brightway"} & named_someone(got), got


def test_labels_and_whose_brands_include_name_products() -> None:
    text = (
        "Quarrin Drinks owns labels like Fizzbolt and Crestwater, and Quarrin said sales rose. Crestwater "
        "is sold in 90 countries. The toymaker Halden, whose brands include Snapjack, Miro Blocks and "
        "Tumbleweed, agreed to sell itself to Kestrel Partners. Snapjack led its sales. Its other "
        "brands include Corbel bath salts, Quill Noodle and Brightpot."
    )
    got = names(text)
    assert got.get("Kestrel Partners") == "organization", got
    brands = {"Fizzbolt", "Crestwater", "Snapjack", "Miro Blocks", "Tumbleweed", "Quill Noodle", "Brightpot"}
    assert not brands & named_someone(got), got


def test_makers_of_and_a_list_of_brands_after_a_comma() -> None:
    text = (
        "Dunmore Group, makers of Velvetine, Corbel and Zest, agreed to a deal with Harrow Capital on "
        "Tuesday. The group sells 40 beauty brands, including Quillo, Harrowgate and Pim, in Asia. "
        "Velvetine grew fastest."
    )
    got = names(text)
    assert got.get("Dunmore Group") == "organization", got
    assert got.get("Harrow Capital") == "organization", got
    assert not {"Velvetine", "Corbel", "Zest", "Quillo", "Harrowgate", "Pim"} & named_someone(got), got


def test_a_brand_spelled_as_a_possessive_with_its_goods_in_a_brand_list() -> None:
    # "brands such as A’s ice cream, B soap": the possessive is the brand's spelling, not an owner
    text = (
        "Harlow Group, which owns household brands such as Ben & Pia’s ice cream, Velt soap and Marlo "
        "cleaning products, said on Friday it would sell its tea arm. The maker of Velt soap and Ben & "
        "Pia’s ice cream expects lower sales."
    )
    got = names(text)
    assert got.get("Harlow Group") == "organization", got
    assert not {"Ben & Pia", "Velt", "Marlo"} & named_someone(got), got


def test_a_list_closed_by_a_maker_noun_names_products() -> None:
    text = (
        "Velvetine and Corbel maker Dunmore agreed on Tuesday to buy Pellwood. Analysts said the Quillo "
        "maker paid a full price. Fizzbolt-maker Pellwood rose 3%. Quillo has 12 stores."
    )
    got = names(text)
    assert got.get("Dunmore") == "organization", got
    assert got.get("Pellwood") == "organization", got
    assert not {"Velvetine", "Corbel", "Quillo", "Fizzbolt"} & named_someone(got), got


def test_a_list_closed_by_goods_names_products() -> None:
    text = (
        "Stores will stock Orvane's Glimmer, Tessa and Brightway shampoos next year, Orvane said. Tarrow "
        "potato crisps and Lumo frozen waffles sold out in May. Tarrow is sold in 30 countries. Lumo is "
        "made in Ohio."
    )
    got = names(text)
    assert got.get("Orvane") == "organization", got
    assert not {"Glimmer", "Tessa", "Brightway", "Tarrow", "Lumo"} & named_someone(got), got


def test_a_list_of_companies_after_a_comma_names_companies() -> None:
    # "companies, including A, B and C": the organizations' noun opens the list across its comma
    text = (
        "The deal comes as growth at packaged food companies, including Dunmore, Pellwood and Tarrow, "
        "slows. Lenders, such as Caddow Trust and Ferrin, held back."
    )
    got = names(text)
    assert got.get("Dunmore") == "organization", got
    assert got.get("Pellwood") == "organization", got
    assert got.get("Tarrow") == "organization", got
    assert got.get("Caddow Trust") == "organization", got


def test_near_misses_companies_and_persons_in_lists_stay() -> None:
    # must not change: investors may be persons, a chipmaker list names companies, a legal form and
    # a chief's title keep their types, a company that makes goods is no brand
    text = (
        "Investors including Mara Quellen sold shares. Chipmakers such as Vantor Semiconductor and "
        "Eldane fell. Brightway Inc. said it had not been approached. The Brightway chief, Ivo Stark, "
        "declined to comment. Quarrow makes chips, and Quarrow said sales rose."
    )
    got = names(text)
    assert got.get("Quarrow") == "organization", got
    assert got.get("Mara Quellen") == "person", got
    assert got.get("Vantor Semiconductor") == "organization", got
    assert got.get("Eldane") == "organization", got
    assert got.get("Brightway Inc.", got.get("Brightway")) == "organization", got
    assert got.get("Ivo Stark") == "person", got


def test_a_brand_with_an_organizations_cue_stays_a_company() -> None:
    # the company behind the brand named as one: its legal form, or a verb of saying or of doing
    # business, outweighs the brand list
    text = (
        "Orvane sells brands such as Glimmer, Tessa and Corbel. Glimmer Ltd. said on Monday it would open "
        "a plant in Leeds; Glimmer Ltd. employs 300 people. Corbel, the youngest of them, quietly "
        "acquired a rival in May. Corbel says it will list its shares."
    )
    got = names(text)
    assert got.get("Glimmer Ltd.", got.get("Glimmer")) == "organization", got
    assert got.get("Corbel") == "organization", got
    assert "Tessa" not in named_someone(got), got


def corpus_types(*texts: str) -> dict[str, str]:
    from tui.analysis.extract.merge import merge_results
    from tui.corpus.model import Corpus

    articles = [art(t, f"a{i}") for i, t in enumerate(texts)]
    merged = merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles])
    return {e.name: str(e.type) for e in merged.entities}


def test_across_articles_a_companys_cue_outweighs_brand_lists_and_a_brand_outweighs_a_place() -> None:
    got = corpus_types(
        "Orvane sells brands such as Glimmer and Tessa. Glimmer sales rose. Glimmer did well.",
        "Halden owns labels like Glimmer and Corbel. Glimmer is sold in Spain.",
        "The merger of Halden and Glimmer S.A. closed in 2019, Halden said.",
        "Analysts said a deal for Corbel was near. Corbel is Halden's newest label, and labels like "
        "Corbel and Zest sell well.",
    )
    assert got.get("Glimmer S.A.", got.get("Glimmer")) == "organization", got
    assert "Glimmer" not in got or got["Glimmer"] == "organization", got
    assert got.get("Corbel") not in ("organization", "person"), got


def test_the_brand_list_patterns_are_linear() -> None:
    # a 2 MB line of the patterns' own characters: brand nouns, capitalized names, commas and "and"
    line = "brands such as " + "Abc de fg, Def soap and Ghi’s tea, " * 60_000 + "Ghi maker Jkl."
    start = time.process_time()
    analyse_article(art(line[:2_000_000]))
    assert time.process_time() - start < 60


# --- outlets: a trade title's family word, and an outlet's name as the page's furniture ----------
# The FORM: a trade publication named "<Topic> Dive" or "<Topic> Brew", also after a title word
# ("told CFO Dive"); the page's own title line closed by the outlet's name after a dash or a bar; a
# copyright line "(c) <Outlet>".


def test_trade_titles_are_outlets_not_persons() -> None:
    text = (
        "A spokesperson told HR Dive by email that the cuts were final. Retail Dive reported the closures "
        "first, and Pharma Brew previously reported that Tallow would cut its budget. Ivo Stark told CFO "
        "Quellen the same."
    )
    got = names(text)
    assert got.get("HR Dive") == "outlet", got
    assert got.get("Retail Dive") == "outlet", got
    assert got.get("Pharma Brew") == "outlet", got
    assert got.get("Quellen") == "person", got  # near miss: a title before a surname
    assert "Dive" not in got, got


def test_the_pages_title_line_and_copyright_name_no_outlet_of_the_story() -> None:
    # the outlet is known (the gazetteer), so a heading's words alone would find it
    for title, credit, outlet in (
        ("Tallow cuts 40 stores as sales slow – latest updates – The Guardian", "(c) Guardian", "Guardian"),
        ("Dunmore agrees to buy Pellwood for $2 billion | CNBC", "(C) 2024 CNBC", "CNBC"),
        ("Orvane names a new chief - Financial Times", "(c) Financial Times", "Financial Times"),
    ):
        text = (
            f"{title}\n\nThe company said on Monday that it would go ahead. Sales fell 4% last year.\n\n"
            f"{title}\n\nIts rivals did not comment.\n\n{credit}\n"
        )
        got = names(text)
        assert not [n for n in got if outlet in n], (title, got)


def test_an_outlet_named_in_the_story_stays() -> None:
    # near miss: the outlet reported something in a sentence of the story
    text = (
        "Tallow cuts 40 stores – and more may go\n\nTallow will close 40 stores, the Harbour Gazette "
        "reported on Monday. Tallow did not comment."
    )
    got = names(text)
    assert got.get("Harbour Gazette") == "outlet", got


def test_the_title_line_patterns_are_linear() -> None:
    # 2 MB of short title lines closed by an outlet's name, and of copyright lines: each pattern reads
    # one line of bounded length
    text = "Abc de fgh ij – The Klm Nop\n(c) 2024 Qrs Tuv\n" * 45_000
    start = time.process_time()
    analyse_article(art(text[:2_000_000]))
    assert time.process_time() - start < 60
