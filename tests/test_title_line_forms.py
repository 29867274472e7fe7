"""Title lines and page furniture in the forms copied pages carry: a list bullet before the headline, a
page button's word run into the byline or the dateline ("QuoteBy ...", "QuoteOSLO (Wire) -"). Every text
is invented (own words)."""

from __future__ import annotations

import time
from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.corpus.furniture import BYLINE, DATELINE, byline_author, find_furniture, headline_text
from tui.corpus.model import Article, ArticleMeta

BODY = (
    "Harrowgate Foods said on Tuesday it had named Lena Ostrova chief executive, replacing Piet "
    "Marlowe, who will retire.\n\nOstrova ran the group's bakery arm for a decade.\n"
)


def test_a_bullet_before_the_headline_is_not_part_of_the_title():
    text = "Business\n\n    • Harrowgate Foods names Lena Ostrova as its chief\n\n" + BODY
    assert headline_text(text) == "Harrowgate Foods names Lena Ostrova as its chief"
    text = "▪ Harrowgate Foods names Lena Ostrova as its chief\n\n" + BODY
    assert headline_text(text) == "Harrowgate Foods names Lena Ostrova as its chief"


def test_a_byline_with_a_button_word_run_into_it_is_a_byline_not_the_title():
    text = "QuoteBy  DANA PRICE and LEO MARR\n\nHarrowgate Foods names Lena Ostrova as its chief\n\n" + BODY
    assert byline_author(text) == "DANA PRICE and LEO MARR"
    assert headline_text(text) == "Harrowgate Foods names Lena Ostrova as its chief"
    kinds = {f.kind for f in find_furniture(text) if f.start == 0}
    assert kinds == {BYLINE}


def test_a_dateline_with_a_button_word_run_into_it_is_furniture_not_an_organization():
    text = (
        "Harrowgate Foods names Lena Ostrova as its chief\n\n"
        "QuoteOSLO (Wirewire) — Harrowgate Foods said on Tuesday it had named Lena Ostrova chief executive.\n\n"
        "Ostrova ran the group's bakery arm for a decade.\n"
    )
    start = text.index("QuoteOSLO")
    assert any(f.kind == DATELINE and f.start == start for f in find_furniture(text))
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True))
    names = {e.name for e in analyse_article(article).entities}
    assert not any("Quote" in n or "OSLO" in n for n in names)


def test_a_short_capital_prefix_is_not_taken_for_a_button_word():
    # "Mac" is three letters: a name's own prefix, never a glued page word
    text = "MacDONALD HOLT (Wirewire) — Harrowgate Foods said on Tuesday it had named a new chief.\n"
    datelines = [f for f in find_furniture(text) if f.kind == DATELINE]
    assert not datelines or text[datelines[0].start :].startswith("MacDONALD")


def test_the_glued_patterns_are_linear_on_a_two_megabyte_line():
    start = time.process_time()
    for unit in ("QuoteBy ", "Quote", "QuoteSAN ", "• "):
        line = unit * (2_000_000 // len(unit))
        find_furniture(line[:200_000])
        headline_text(line)
    assert time.process_time() - start < 20


def test_a_page_with_no_headline_keeps_its_dateline_paragraph_as_prose():
    # byline and time stamp first, then the story's first paragraph opening with a dateline: there is no
    # headline, and that paragraph is read as the lead (not a heading that gives no facts)
    text = (
        "By Dana Price and Leo Marr\nUpdated 4:10 PM, April 10, 2031\n\n"
        "OSLO (Wirewire) — Harrowgate Foods said on Thursday that former chief executive Piet Marlowe would "
        "return to head the company, effective immediately.\n\n"
        "The company said Lena Ostrova, who succeeded Marlowe in 2027, had stepped down.\n"
    )
    assert headline_text(text) is None
    import datetime as dt

    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.slots["person"].value == "Piet Marlowe"
    assert facts.slots["predecessor"].value == "Lena Ostrova"
