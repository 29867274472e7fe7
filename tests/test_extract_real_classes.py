"""Classes of errors the real-coverage bench showed (issue 11), one general rule each.

Every sentence here is invented; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.gazetteer import tables
from tui.corpus.furniture import find_furniture
from tui.corpus.model import Article, ArticleMeta


def art(text: str, aid: str = "a") -> Article:
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


def entities(text: str) -> dict[str, str]:
    return {e.name: str(e.type) for e in analyse_article(art(text)).entities}


# --- furniture -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Wirewire Photo/Ola Brandt, File", "caption"),
        ("(Ola Brandt / Harbour Pictures)", "caption"),
        ("Copyright © 2031 by Harbour Wire. All Rights Reserved.", "promo"),
        ("© 2031 Harbour Wire", "promo"),
        ("You May Also Like", "promo"),
        ("Our editor Ivo Stark picks the best port stories in this weekly newsletter.", "promo"),
        ("Unlock the Harbour Digest for free", "promo"),
        ("Deal Brief:", "label"),
        ("Article by Ola Brandt.", "byline"),
        ("By Wirewire", "byline"),
    ],
)
def test_more_furniture_lines(line: str, kind: str) -> None:
    text = f"Ports grow\n\n{line}\n\nThe port of Tallow handled more ships this year.\n"
    (f,) = find_furniture(text)
    assert (text[f.start : f.end], f.kind) == (line, kind)


@pytest.mark.parametrize(
    "line",
    [
        "The harbour board said so in a newsletter.",
        "Analysts: the port is too small.",
        "Bylaws changed in May.",
        "By then the cranes had arrived.",
    ],
)
def test_prose_is_not_taken_for_furniture(line: str) -> None:
    text = f"Ports grow\n\n{line}\n"
    assert find_furniture(text) == []


def test_a_caption_keeps_its_names_but_not_its_credit() -> None:
    text = (
        "Ports grow\n\n"
        "Ivo Stark, head of Harbour Group, speaks in Tallow on May 2. (Wirewire Photo/Ola Brandt, File)\n\n"
        "Harbour Group will buy two cranes.\n"
    )
    names = entities(text)
    assert "Ola Brandt" not in names
    assert names["Harbour Group"] == "organization"


def test_a_byline_naming_only_an_outlet_gives_no_entity() -> None:
    text = "Ports grow\n\nBy Financial Times\n\nHarbour Group will buy two cranes, Ivo Stark said.\n"
    assert "Financial Times" not in entities(text)


# --- gazetteer -----------------------------------------------------------------------------------


def test_no_gazetteer_form_is_a_bare_company_suffix() -> None:
    tab = tables()
    bare = [
        form
        for form in tab.known
        if all(w.rstrip(".") in {"Inc", "Corp", "Ltd", "Co", "LLC", ","} or w == "." for w in form)
    ]
    assert bare == []


def test_a_company_suffix_is_never_another_company() -> None:
    names = entities(
        "Ports grow\n\nHarbour Tools Inc. will buy two cranes from Tallow Cranes Inc., it said.\n"
    )
    assert "Meta" not in names


def test_a_known_name_with_its_legal_form_is_the_known_entity() -> None:
    result = analyse_article(
        art(
            "Intel Corporation said it will buy Harbour Tools Inc. for cash. Intel Corp. confirmed the price."
        )
    )
    by_name = {e.name: e for e in result.entities}
    assert set(by_name["Intel"].aliases) == {"Intel Corporation", "Intel Corp."}
    assert "Intel Corporation" not in by_name
    assert str(by_name["Harbour Tools Inc."].type) == "organization"


def test_a_ticker_after_the_legal_form_belongs_to_the_company() -> None:
    result = analyse_article(
        art("Ports grow\n\nAmazon.com Inc. AMZN has announced a new crane depot in Tallow.\n")
    )
    assert {e.name for e in result.entities} >= {"Amazon"}
    assert "AMZN" not in {e.name for e in result.entities}
    assert {s.name for s in result.sources} == {"Amazon"}
