"""Entities on the forms of an appointment at a food group (stop 29, issue 11): a company's zone or
region is no one's name, a brand named with the goods it sells is a product, a participle opening a
quotation is no part of the company's name after it, and a nationality with the kind of body before a
name describes it. Invented sentences and names, hand-written expectations (no sentence here comes
from a real article)."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.analysis.model import Entity, EntityType
from tui.corpus.model import Article, ArticleMeta


def entities(body: str) -> dict[str, Entity]:
    text = f"Tallow Group names a new chief\n\n{body}\n"
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    return {e.name: e for e in result.entities}


def named(body: str) -> set[str]:
    """Persons and organizations (what the coverage tables count)."""
    kinds = (EntityType.PERSON, EntityType.ORG, EntityType.OUTLET)
    return {n for n, e in entities(body).items() if e.type in kinds}


def test_a_zone_after_a_title_is_no_person():
    body = (
        "Lena Ruiz, EVP and CEO Zone Pacific of Tallow Group, speaks at a fair in Lima. "
        "Tallow Group said Ruiz would take over on Sept. 1."
    )
    assert "Zone Pacific" not in named(body)
    assert {"Lena Ruiz", "Tallow Group"} <= named(body)


def test_a_region_before_its_noun_is_no_company():
    body = "Tallow Group said Lena Ruiz, who was named CEO of the Pacific Rim region in 2021, takes over."
    assert "Pacific Rim" not in named(body)
    body = "Ruiz led the South American zone for Tallow Group before she was picked."
    assert "South American" not in named(body)


def test_brands_named_with_their_goods_are_products():
    body = (
        "Tallow Group, whose brands range from Velora coffee capsules to Pawly dog food and Glacio ice "
        "cream, cut its forecast."
    )
    found = entities(body)
    for brand in ("Velora", "Pawly", "Glacio"):
        assert brand not in found or found[brand].type == EntityType.PRODUCT
    assert "Tallow Group" in named(body)


def test_a_participle_opening_a_quotation_is_no_part_of_the_name():
    body = (
        "“Leading Tallow for eight years has been the honour of my life,” said Ivo Stark. "
        "Tallow said Stark would leave."
    )
    assert not any(n.startswith("Leading") for n in named(body))
    assert "Tallow" in named(body)


def test_a_name_that_opens_with_an_ing_word_and_is_named_nowhere_shorter_stays_whole():
    # no shorter name of the article to keep: the run is left as it was
    body = "Tallow Group said on Monday that Sterling Harbour Bank had hired Ivo Stark."
    assert "Sterling Harbour Bank" in named(body)


def test_a_nationality_and_the_kind_of_body_describe_the_name():
    body = "The Swiss NGO Clear Water accused Tallow Group of selling sweeter baby food abroad."
    assert "Clear Water" in named(body)
    assert not any("NGO" in n for n in named(body))


def test_a_titles_short_form_names_no_one():
    body = "Tallow Group named Lena Ruiz, its Chief Technology Officer (CTO), as its next chief executive."
    assert "CTO" not in named(body)
    assert {"Lena Ruiz", "Tallow Group"} <= named(body)


def test_a_business_division_named_by_a_capitalized_word_is_no_company():
    body = "Lena Ruiz was finance chief of the Downstream business division before Tallow Group promoted her."
    assert "Downstream" not in named(body)


def test_an_event_named_after_a_name_is_no_company():
    body = (
        "Tallow Group's last chief left after the Marrow Point oil spill in 2011, "
        "and his successor after the Fuelgate scandal."
    )
    assert "Marrow Point" not in named(body)
    assert "Fuelgate" not in named(body)
