"""Entity forms on unseen text (issue 11, stop 40, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import entity_types as names
from tests.factories import plain_article

# --- a company named by its founder's surname ---------------------------------------------------------
# The FORM: a company that bears its founder's surname ("Harald Brenn" and "Brenn"), the bare name told
# as the listed company by its shares or stock after a determiner ("the outstanding Brenn stock", "his
# Brenn shares"). The bare name is the company, the full name the person: two entities, on the page
# and across pages. Near misses: "Brenn shares his view" (a verb) and a bare surname with no company's
# mark stay the person.


def _merged(*texts: str) -> list[tuple[str, str, list[str]]]:
    from tui.analysis.extract import analyse_article
    from tui.analysis.extract.merge import merge_results
    from tui.corpus.model import Corpus

    articles = [plain_article(t, f"a{i}") for i, t in enumerate(texts)]
    merged = merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles])
    return [(e.name, str(e.type), e.article_ids) for e in merged.entities]


def test_a_bare_surname_told_as_a_listed_company_is_the_company() -> None:
    for text, person, company in (
        (
            "Harald Brenn, who owns more than 40 percent of the outstanding Brenn stock, backed the sale. "
            "Brenn bought the Quaystone chip unit in 2019.",
            "Harald Brenn",
            "Brenn",
        ),
        (
            "Ines Varga, the founder, sold half of her Varga shares last year, before Varga agreed to merge "
            "with Tollund.",
            "Ines Varga",
            "Varga",
        ),
        (
            "The deal needs the votes of Oskar Lindqvist, who holds 38% of all Lindqvist stock. "
            "Lindqvist makes pumps for ships.",
            "Oskar Lindqvist",
            "Lindqvist",
        ),
    ):
        got = names(text)
        assert got.get(person) == "person", (person, got)
        assert got.get(company) == "organization", (company, got)
    # near misses: "shares" as a verb, and a bare surname with no company's mark, stay the person
    for text in (
        "Harald Brenn said the plan was sound. Brenn shares his view with the board.",
        "Harald Brenn said the plan was sound. Brenn owns 40% of the company.",
    ):
        got = names(text)
        assert got.get("Harald Brenn") == "person" and "Brenn" not in got, got


def test_the_company_stays_apart_from_its_founder_across_pages() -> None:
    got = _merged(
        "Tallow's bid trails only Brenn's $12 billion purchase of Quaystone in 2019.",
        "Harald Brenn, who owns 40% of the outstanding Brenn stock, backed the sale.",
    )
    by_name = {name: (etype, arts) for name, etype, arts in got}
    assert by_name["Brenn"] == ("organization", ["a0", "a1"]), got
    assert by_name["Harald Brenn"] == ("person", ["a1"]), got
    # near miss: a bare surname no page tells as a company joins its one person across pages
    got = _merged("Brenn said the plan was sound.", "Harald Brenn, the founder, backed the sale.")
    assert [(n, t) for n, t, _ in got if "Brenn" in n] == [("Harald Brenn", "person")], got


# --- a list of investors -------------------------------------------------------------------------------
# The FORM: the investors, backers or shareholders of a company listed after "including", "such as",
# "include" ("existing investors, including A, the founders, B and Silver Lake"). A name with a place's
# head ("Lake", "Valley", "Bay") or a programme's ("Fund") in such a list is a firm: a place or a
# programme invests in nothing. Near misses: the same names outside a list of investors stay places.


def test_a_name_with_a_places_or_a_programmes_head_in_a_list_of_investors_is_a_firm() -> None:
    for text, firms in (
        (
            "The money came from existing investors, including Brightwater Capital, the founders, "
            "Kestrel, Silver Lake and Tollund Bank of Norway.",
            ("Silver Lake", "Kestrel", "Tollund Bank of Norway"),
        ),
        (
            "Existing Orvane backers including Brightwater Capital and Cedar Valley are said to be "
            "planning to join the round.",
            ("Cedar Valley",),
        ),
        (
            "Its other shareholders include Quaystone’s Growth Fund and Harbor Bay.",
            ("Growth Fund", "Harbor Bay"),
        ),
        (
            "Lenders such as Northgate Bank and Pine Ridge Bay said they would roll over the loans.",
            ("Pine Ridge Bay",),
        ),
    ):
        got = names(text)
        for firm in firms:
            assert got.get(firm) == "organization", (firm, got)
    # near misses: a place's head outside a list of investors, or after a list that has ended
    got = names("The board met at Silver Lake before the tour of Cedar Valley.")
    assert got.get("Silver Lake") == "place" and got.get("Cedar Valley") == "place", got
    got = names("Investors, including pension funds, met at Silver Lake.")
    assert got.get("Silver Lake") == "place", got


# --- a short name in brackets --------------------------------------------------------------------------
# The FORM: an organization's long name with the short name the text goes on to use in brackets after
# it, the short name's capitals the initials of the long name's first words and its other words the
# long name's later words ("Ontario Teachers Pension Board (OTP Board)"). One organization, named by
# its long name. Near misses: a bracketed name that spells nothing of the name before it is another one.


def test_a_short_name_in_brackets_is_the_long_names() -> None:
    for text, long, short in (
        (
            "New investors include the Alberta Fisheries Pension Investment Board (AFP Investments), "
            "which put in $90 million. AFP Investments said it was pleased.",
            "Alberta Fisheries Pension Investment Board",
            "AFP Investments",
        ),
        (
            "The Nordic Rail Workers Savings Bank (NRW Savings) will take a 5% stake. NRW Savings runs "
            "$40 billion.",
            "Nordic Rail Workers Savings Bank",
            "NRW Savings",
        ),
        (
            "Tallow sold the unit to Westmark Harbour Holdings Group (WH Holdings) for $300 million.",
            "Westmark Harbour Holdings Group",
            "WH Holdings",
        ),
    ):
        got = names(text)
        assert got.get(long) == "organization", (long, got)
        assert short not in got, (short, got)
    # near miss: a bracketed name whose words are not the long name's is kept as its own name
    got = names("Westmark Harbour Holdings (WH Capital) bought the unit from WH Capital.")
    assert got.get("WH Capital") == "organization", got


def test_the_new_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _INVESTOR_LIST_BEFORE
    from tui.analysis.extract.listed import _NOUN_DETERMINER_BEFORE

    for pattern, unit in (
        (_INVESTOR_LIST_BEFORE, "investors including Aa, "),
        (_INVESTOR_LIST_BEFORE, "aa bb cc dd ee, "),
        (_INVESTOR_LIST_BEFORE, "Aa’s "),
        (_NOUN_DETERMINER_BEFORE, "the "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 2.0, (pattern.pattern, unit)
