"""Entities on forms of unseen coverage (stop 25, issue 11): a company is named by the name the text
gives it (no gazetteer renaming of an old name to a new one, a parent never standing for its app), a
rename the text states makes one entity, a one-letter brand is no part of "Model X", a web name with
its legal form is the company, a model's tier after a version number is a product. Invented sentences
and names, hand-written expectations (no sentence here comes from a real article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tui.analysis.extract import analyse_article
from tui.analysis.model import Entity, EntityType
from tui.corpus.model import Article, ArticleMeta


def entities(body: str) -> dict[str, Entity]:
    text = f"Orbitex news of the day\n\n{body}\n"
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    return {e.name: e for e in result.entities}


def organizations(body: str) -> set[str]:
    return {n for n, e in entities(body).items() if e.type in (EntityType.ORG, EntityType.OUTLET)}


@pytest.mark.parametrize(
    "body",
    [
        "Twitter said on Monday that its chief executive would step down.",
        "Twitter Inc said on Monday that its chief executive would step down.",
        "Shares of Twitter rose 4% after the report.",
    ],
)
def test_a_company_keeps_the_name_the_text_gives_it(body: str):
    """The gazetteer knows the platform's later name; a text written before it must not be credited
    to a name the company did not have."""
    orgs = organizations(body)
    assert "Twitter" in orgs
    assert "X" not in orgs


def test_a_parent_and_its_app_are_two_entities():
    orgs = organizations("ByteDance, the owner of TikTok, said on Monday it would appeal.")
    assert {"ByteDance", "TikTok"} <= orgs


@pytest.mark.parametrize(
    ("body", "now", "was"),
    [
        ("Orbitex owns a rocket maker and X (formerly Twitter), the filing said.", "X", "Twitter"),
        ("Kestrel, formerly known as Dunmore Labs, said it would appeal.", "Kestrel", "Dunmore Labs"),
        ("Twitter, now called X, said it would appeal.", "X", "Twitter"),
        ("Vanta Mobile (previously Harrow Telecom) said it would appeal.", "Vanta Mobile", "Harrow Telecom"),
        ("Its chatbot can read posts on X, the former Twitter, as they are written.", "X", "Twitter"),
    ],
)
def test_a_rename_the_text_states_is_one_entity_named_now(body: str, now: str, was: str):
    found = entities(body)
    assert now in found and was not in found
    assert was in found[now].aliases


@pytest.mark.parametrize(
    "body",
    [
        "Demand for the Model X fell, the carmaker said.",
        "The survey covered Generation X and younger buyers.",
        "Series X consoles sold out in a day.",
    ],
)
def test_a_one_letter_brand_after_a_word_is_no_entity_of_its_own(body: str):
    assert "X" not in entities(body)


def test_a_former_employer_in_an_aside_is_no_rename():
    found = entities("Teo Vantel, the former Orbitex chief, said he would appeal.")
    assert "Orbitex" in found and "Teo Vantel" in found


def test_the_one_letter_brand_alone_is_still_found():
    assert "X" in organizations("Orbitex posted the news on X on Monday.")


@pytest.mark.parametrize(
    "body",
    [
        "Kestrel.com Inc agreed to buy Dunmore Labs. Kestrel said the deal would close next year.",
        "Kestrel said the deal would close. Kestrel.com Inc. shares fell 2%.",
    ],
)
def test_a_web_name_with_its_legal_form_is_the_company(body: str):
    orgs = organizations(body)
    assert "Kestrel" in orgs
    assert not any(".com" in o for o in orgs)


@pytest.mark.parametrize(
    ("body", "tiers"),
    [
        ("Kestrel debuted its latest model, Vela 3.5 Sonnet, faster than its predecessor, Vela 3 Opus.",
         {"Sonnet", "Opus"}),
        ("Dunmore Labs released Nova 2 Pro and Nova 2 Ultra on Monday.", {"Pro", "Ultra"}),
    ],
)  # fmt: skip
def test_a_models_tier_after_a_version_number_is_no_organization(body: str, tiers: set[str]):
    assert not tiers & organizations(body)


@pytest.mark.parametrize(
    "body",
    [
        "On June 3 Kestrel said it would buy Dunmore Labs.",
        "Orbitex said on March 4 Kestrel would lead the round.",
    ],
)
def test_a_day_of_a_month_is_no_version(body: str):
    assert "Kestrel" in organizations(body)


@pytest.mark.parametrize(
    ("name", "unit"),
    [("_RENAMED", " (formerly known as "), ("_VERSION_BEFORE", "Vela 3.5 ")],
)
def test_the_new_patterns_are_linear(name: str, unit: str):
    from tui.analysis.extract import entities as mod

    assert cpu_to_scan_a_long_line(getattr(mod, name), unit) < 20  # a quadratic scan of 2 MB would take hours


# --- one-word places ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("She spoke at a think tank in Brussels, Belgium, on Monday.", "Belgium"),
        ("Orbitex opened offices in Nairobi and in Ghana last year.", "Ghana"),
        ("Kestrel sells most of its drones in Vietnam, the filing said.", "Vietnam"),
        ("Washington DC [US], June 3 (Wire): Orbitex said its chief would go.", "Washington"),
    ],
)
def test_a_one_word_country_or_a_capital_is_a_place(body: str, place: str):
    found = entities(body)
    assert place in found and found[place].type == EntityType.PLACE


@pytest.mark.parametrize("opening", ["AMSTERDAM : ", "BERLIN: ", "NAIROBI - "])
def test_a_known_place_shouted_at_a_dispatchs_start_is_that_place(opening: str):
    found = entities(f"{opening}Dutch chip maker Kestrel has invested in Dunmore Labs, it said on Monday.")
    place = opening.split()[0].rstrip(":").title()  # the known place, its shouted form an alias
    assert place in found and found[place].type == EntityType.PLACE
    assert not {n for n, e in found.items() if e.type == EntityType.ORG} - {"Kestrel", "Dunmore Labs"}


def test_a_country_that_is_also_a_given_name_is_left_to_the_text():
    found = entities("Chad Brisk, the chief executive, said on Monday he would stay.")
    assert found["Chad Brisk"].type == EntityType.PERSON


# --- footnote numbers glued to names --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("The talks were first reported by Reuters1 and Bloomberg2 on Monday.", {"Reuters", "Bloomberg"}),
        ("Orbitex confirmed the talks, CNBC3 said.", {"CNBC"}),
    ],
)
def test_a_footnote_number_glued_to_an_outlet_is_no_part_of_its_name(body: str, names: set[str]):
    found = entities(body)
    assert names <= set(found)
    assert not any(n[-1].isdigit() for n in found)


def test_a_products_own_number_stays():
    found = entities("Kestrel unveiled its Trainium2 chips on Monday.")
    assert "Trainium2" in found and found["Trainium2"].type == EntityType.PRODUCT
