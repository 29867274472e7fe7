"""A company whose name holds a digit (stop 30, issue 11, "facts").

"K7", "Q9 Labs", "4Paradigm": a digit in a name is only its shape, which the rules read as a model or
a product ("GPT-4", "H100"). The text's own marks say when it is a company: an organisation's noun
before it ("the holding company K7", "the region's top AI firm, K7,"), a title after it ("K7 CEO
Ana Ruiz"). Across articles the company read in one outweighs the shape read in the others; a photo
caption that ends with the company's handle and the platform it posted on ("K7/X") is furniture.
Every sentence is written for this file; the expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import deal_facts
from tests.factories import slot_value as value
from tests.test_entity_precision import corpus_entities, found, types
from tui.corpus.furniture import CAPTION, find_furniture


@pytest.mark.parametrize(
    "text",
    [
        "Orbitex and the technology holding company K7 announced the deal on Tuesday. K7 said it was pleased.",
        "Orbitex will invest $2 billion in the region's top AI firm, K7, its board said. K7 declined to comment.",
        "The cloud group K7 has signed with Orbitex. K7 runs data centres in three countries.",
        "Orbitex chief Lee Varga met K7 CEO Ana Ruiz in May. K7 will use Orbitex servers.",
    ],
)
def test_a_digit_name_with_a_companys_marks_is_an_organization(text: str) -> None:
    got = types(text)
    assert got.get("K7") == "organization", got


@pytest.mark.parametrize(
    "text",
    [
        "OpenAI released GPT-4 in March. GPT-4 passed the bar exam, the company said.",
        "Nvidia sold more H100 chips than planned. The H100 is in short supply.",
    ],
)
def test_a_models_name_stays_a_product(text: str) -> None:
    got = types(text)
    name = "GPT-4" if "GPT-4" in text else "H100"
    assert got.get(name) == "product", got


@pytest.mark.parametrize(
    "lead",
    [
        "Orbitex will invest $2 billion in the region's top AI firm, K7, bolstering its push abroad.",
        "Orbitex is investing $2 billion in the technology holding company K7, the two said on Monday.",
    ],
)
def test_the_company_named_after_its_descriptor_is_the_target(lead: str) -> None:
    facts = deal_facts("Orbitex backs Gulf tech group\n\n" + lead + " K7 said it would hire 500 people.")
    assert value(facts, "buyer") == "Orbitex"
    assert value(facts, "target") == "K7"


def test_one_articles_company_outweighs_the_others_shape() -> None:
    ents = corpus_entities(
        "Orbitex and the holding company K7 signed a deal on Tuesday.",
        "K7 said on Tuesday that it would move its servers. K7 runs data centres.",
        "K7 will use Orbitex software. K7 plans to grow.",
    )
    got = {e.name: str(e.type) for e in ents}
    assert got.get("K7") == "organization", got


def test_a_caption_ending_with_a_handle_and_its_platform_is_furniture() -> None:
    line = "Orbitex president Lee Varga and K7 CEO Ana Ruiz sign the deal in the presence of the K7 chairman K7/X"
    text = (
        f"Orbitex backs K7\n\n{line}\n\nOrbitex will invest $2 billion in K7, the companies said on Monday.\n"
    )
    kinds = [f.kind for f in find_furniture(text) if text[f.start : f.end].strip() == line]
    assert kinds == [CAPTION], find_furniture(text)
    assert "X" not in {e.name for e in found(text)}


def test_a_slash_inside_a_sentence_is_no_credit() -> None:
    text = "Orbitex backs K7\n\nOrbitex will invest $2 billion in K7, the companies said on Monday.\n"
    assert [f for f in find_furniture(text) if f.kind == CAPTION] == []
