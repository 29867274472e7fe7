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


def _merged_rules(*texts: str) -> dict[str, tuple[str, str]]:
    from tui.analysis.extract import analyse_article
    from tui.analysis.extract.merge import merge_results
    from tui.corpus.model import Corpus

    articles = [plain_article(t, f"a{i}") for i, t in enumerate(texts)]
    merged = merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles])
    return {e.name: (str(e.type), e.rule) for e in merged.entities}


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
    # the "why?" window gives the rule that typed it a company where a page had evidence, not the guess
    # of the first page
    got_rules = _merged_rules(
        "Tallow's bid trails only Brenn's $12 billion purchase of Quaystone in 2019.",
        "Harald Brenn, who owns 40% of the outstanding Brenn stock, backed the sale.",
    )
    assert got_rules["Brenn"] == ("organization", "entity.listed"), got_rules
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
    # a name written once in such a list, with no other evidence, is kept (a firm, or a person by shape)
    for text, kept in (
        ("Existing investors include Brightwater and Quaylon, the startup said.", {"Brightwater", "Quaylon"}),
        (
            "The money came from existing investors such as Kestrel and the Tollund Bank of Norway.",
            {"Kestrel", "Tollund Bank of Norway"},
        ),
    ):
        got = names(text)
        assert kept <= {n for n, t in got.items() if t == "organization"}, got
    assert names("Its investors include Ivo Stark and Lena Vey.").get("Lena Vey") == "person"
    # a bank "of" a place, written once, is its own evidence
    assert (
        names("The loan came with the Tollund Bank of Norway.").get("Tollund Bank of Norway")
        == "organization"
    )
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


# --- a person's posts, a company's units ---------------------------------------------------------------
# The FORMS: a person's posts held "in" companies ("his roles in Kestrel Steel and Quaylon": companies,
# not the sites "400 roles in Dunmore" names); a company's units or subsidiaries in a list opened by
# their plural noun ("other units like X", "its subsidiaries, including X") or closed by it ("X as well
# as other units", "X and other lenders"): organizations, also when two words give a person's shape.


def test_a_persons_posts_are_held_at_companies_not_sites() -> None:
    for text, firms in (
        ("Beyond his roles in Kestrel Steel and Quaylon, Ivo Stark chairs Orvane.", ("Quaylon",)),
        ("Beyond her current positions in Quaylon, Lena Vey chairs Orvane.", ("Quaylon",)),
        ("Aside from his posts in Brightwater and Dunmore, Tomas Weir sits on two boards.", ("Dunmore",)),
    ):
        got = names(text)
        for firm in firms:
            assert got.get(firm) == "organization", (firm, got)
    # near miss: jobs cut in towns stay places
    got = names("Tallow will cut 400 roles in Dunmore and Quaylon, the company said.")
    assert got.get("Dunmore") == "place" and got.get("Quaylon") == "place", got


def test_a_companys_units_in_a_list_are_organizations() -> None:
    for text, firms in (
        (
            "The segment includes Kestrel Scripts as well as other units like MDCare.",
            ("Kestrel Scripts", "MDCare"),
        ),
        ("Its subsidiaries, including Quaylon and Brightwater Holdings, posted losses.", ("Quaylon",)),
        ("Quaylon Motors and other carmakers asked the government for help.", ("Quaylon Motors",)),
        ("Orvane, among other lenders, cut its rates on Monday.", ("Orvane",)),
    ):
        got = names(text)
        for firm in firms:
            assert got.get(firm) == "organization", (firm, got)
    # near miss: persons "and other" people stay persons
    got = names("Ivo Stark and other bankers met Lena Vey and other executives.")
    assert got.get("Ivo Stark") == "person" and got.get("Lena Vey") == "person", got


# --- a footnoted list of sources ---------------------------------------------------------------------
# The FORM: a line closing the article that lists its sources, each name led by its footnote number
# glued to it ("Sources: 1Harbour Ledger, 2CNBC and 3Reuters."): each is an outlet named in the article.
# Near miss: a digit glued to a name elsewhere ("3Kestrel sold ...") is left as written.


def test_a_footnoted_sources_line_names_each_outlet() -> None:
    text = (
        "Tallow buys Quaystone\n\nTallow said on Monday it would buy Quaystone for $2 billion.\n\n"
        "Sources: 1Harbour Ledger, 2CNBC, 3Reuters and 4New York Times.\n"
    )
    got = names(text)
    for outlet in ("Harbour Ledger", "CNBC", "Reuters"):
        assert got.get(outlet) == "outlet", (outlet, got)
    assert any("New York Times" in n for n in got), got
    assert not any(n.startswith(("York", "1", "2", "3", "4")) for n in got), got
    got = names("Tallow said 3Kestrel Labs would open a plant.")
    assert "Kestrel Labs" not in got, got


# --- a given name alone --------------------------------------------------------------------------------
# The FORM: the people of a narrative called by their given names ("Sam had a message from Ilya", "other
# than Mira who found out"): a given name the lexicon knows, written alone, is a person, not an
# organization by the word before it. Written once with nothing to show it names someone ("–Paul)"
# signing an editor's note) it is a guess left out. Near miss: "the Bill" is no one.


def test_a_given_name_alone_is_a_person() -> None:
    got = names("Late on Friday, Sam had a message from Ilya asking to meet. Ilya told Sam the plan.")
    assert got.get("Ilya") == "person" and got.get("Sam") == "person", got
    got = names("Everyone was told on Friday, other than Mira who found out the night before.")
    assert got.get("Mira") == "person", got
    got = names(
        "Tallow cut 300 jobs in its laptop unit.\n\n(UPDATE: The unit makes headsets, not laptops. –Paul)"
    )
    assert "Paul" not in got, got
    got = names("The Bill was passed by the House on Monday. Tallow said the Bill would hurt it.")
    assert got.get("Bill") != "person", got


# --- a field of the technology, a describing word, a company's unit -------------------------------------
# The FORMS: an adjective before "AI" names a field, not a company ("Embodied AI", "Agentic AI"; a
# name before it is a company: "Quaylon AI"); a describing word opening a sentence before a title
# ("Longtime executive X", "Veteran banker X") is no employer's name; a company's unit, arm or division
# named after its noun ("its self-driving unit X", "its investment arm X") is an organization.


def test_an_adjective_before_ai_names_a_field() -> None:
    got = names(
        "Tallow is a pioneer in so-called Embodied AI for driving. Rivals bet on Agentic AI and "
        "Conversational AI, while Quaylon AI raised $40 million."
    )
    for field in ("Embodied AI", "Agentic AI", "Conversational AI"):
        assert got.get(field) not in ("organization", "person", "outlet"), (field, got)
    assert got.get("Quaylon AI") == "organization", got


def test_a_describing_word_before_a_title_is_no_employer() -> None:
    for text, word in (
        ("Longtime executive Lena Vey, 60, took over on Thursday, Tallow said.", "Longtime"),
        ("Veteran banker Ivo Stark will chair the board, Quaylon said.", "Veteran"),
        ("Outgoing chief executive Mara Quist will stay until May, Orvane said.", "Outgoing"),
    ):
        got = names(text)
        assert word not in got, (word, got)


def test_a_companys_unit_arm_or_division_is_an_organization() -> None:
    for text, firm in (
        ("Lena Vey ran Tallow’s self-driving unit Quaycare until 2029.", "Quaycare"),
        ("Its investment arm Brightwater grew fast.", "Brightwater"),
        ("The payments division Quaypay lost money.", "Quaypay"),
    ):
        assert names(text).get(firm) == "organization", (firm, names(text))


def test_the_new_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import _INVESTOR_LIST_BEFORE, _ORG_LIST_AFTER, _PERSONS_POSTS
    from tui.analysis.extract.listed import _NOUN_DETERMINER_BEFORE

    for pattern, unit in (
        (_INVESTOR_LIST_BEFORE, "investors including Aa, "),
        (_INVESTOR_LIST_BEFORE, "aa bb cc dd ee, "),
        (_INVESTOR_LIST_BEFORE, "Aa’s "),
        (_NOUN_DETERMINER_BEFORE, "the "),
        (_ORG_LIST_AFTER, " and other aa "),
        (_PERSONS_POSTS, "his aa roles in "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- a generation of buyers ----------------------------------------------------------------------------
# The FORM: a generation named as a group of buyers or workers ("Gen Z", "Generation Alpha", "Baby
# Boomers"): a common noun written capitalized, no one's name (not a person by its two-word shape).


def test_a_generation_names_no_one() -> None:
    for text, term in (
        ("Tallow said its crisps outsell rivals among Gen Z and millennial buyers.", "Gen Z"),
        ("Gen X shoppers still favour the Orvane brand, Ivo Stark said.", "Gen X"),
        ("The app is aimed at Generation Alpha, the company said in a statement.", "Generation Alpha"),
        ("Baby Boomers hold most of the fund's deposits, said Lena Vey.", "Baby Boomers"),
    ):
        got = names(text)
        assert term not in got, (term, got)
    # near miss: a person whose given name opens like a generation's word stays a person
    assert names("Genna Zorin, the chief executive, said sales rose.").get("Genna Zorin") == "person"


# --- an embedded social post ---------------------------------------------------------------------------
# The FORM: a social post a page embeds, closed by its signature: "... — Name (@handle) Month D, YYYY"
# on the line of the post's words or alone on its line. The post is what the page shows, not the story's
# words: its poster and the names in it are furniture, no entity of the story.


def test_an_embedded_social_post_is_furniture() -> None:
    from tui.corpus.furniture import CAPTION, find_furniture

    for line, absent in (
        (
            "Big day for design: Brightwater is bought by Norvane — Ivo Stark (@ivostark_design) March 3, 2031",
            ("Ivo Stark", "Brightwater", "Norvane"),
        ),
        ("— Lena Vey (@lenavey) Sept. 9, 2030", ("Lena Vey",)),
        (
            "Tallow and Quaystone, who saw that coming? pic.example/x1 – Mara Quist (@mq) May 1, 2029",
            ("Mara Quist",),
        ),
    ):
        text = f"Tallow buys Quaystone\n\nTallow said on Monday it would buy Quaystone for $2 billion.\n\n{line}\n"
        got = names(text)
        for name in absent:
            assert name not in got, (name, got)
        assert got.get("Tallow") == "organization", got
        start = text.index(line)
        assert any(
            f.kind == CAPTION and f.start <= start and f.end >= start + len(line)
            for f in find_furniture(text)
        )
    # near miss: a handle quoted in the story's own sentence is no post's signature
    got = names("Ivo Stark (@ivostark) said on Monday that Tallow would buy Quaystone.")
    assert got.get("Ivo Stark") == "person", got


def test_the_post_signature_is_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.corpus.furniture import _EMBEDDED_POST

    for unit in ("— Aa (@a) ", "— Aa Bb Cc ", "(@aa) May 1, "):
        assert cpu_to_scan_a_long_line(_EMBEDDED_POST, unit) < 20, unit
