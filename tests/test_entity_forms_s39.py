"""Entity forms on unseen text (issue 11, stop 39, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

import time

from tests.factories import entity_types as names
from tests.factories import named_someone

# --- titles of works ---------------------------------------------------------------------------------
# The FORM: the titles of games, films, books or albums written like names ("Harbor Watch", "Ada
# Quill's Last Voyage") beside a closed-class noun of works: a list closed by it after a determiner
# ("the A, B and C films"), a list opened by it ("series such as A, B and C", "albums, including A"), an
# appositive it heads ("its latest novel, A,"), or the title whole in quotation marks with a possessive
# or a subtitle inside. A title is typed a product; a person's name inside a possessive title is no
# person, and a title the page names again without the cue is the same title.


def test_titles_beside_a_noun_of_works_name_no_one() -> None:
    for text, titles, someone in (
        (
            "Northlight Pictures will fold the Harbor Watch, Crimson Reach and Ada Quill's Last Voyage "
            "films into a new studio unit, in which Calder Media takes a 30% stake for $410 million.",
            ("Harbor Watch", "Crimson Reach", "Ada Quill's Last Voyage"),
            "Calder Media",
        ),
        (
            "Quillon Press will sell a minority stake in its children's imprint, which publishes "
            "best-selling series such as Mara Quinn's Winter Court, Glass Harbor and The Ember Road, "
            "to the investment firm Tessaly Partners.",
            ("Mara Quinn's Winter Court", "Glass Harbor", "The Ember Road"),
            "Tessaly Partners",
        ),
        (
            "Record label Brightwater agreed to move its catalogue of albums, including Silver Rivers, "
            "June Kestrel's Night Parade and Lantern Bay, into a joint venture with Okoro Holdings.",
            ("Silver Rivers", "June Kestrel's Night Parade", "Lantern Bay"),
            "Okoro Holdings",
        ),
        (
            "The broadcaster Valmora TV said its newest drama, Otto Brenner's Cold Coast, drew 4 "
            "million viewers in its first week.",
            ("Otto Brenner's Cold Coast",),
            "Valmora TV",  # the channel's whole name (stop 41: a broadcaster's word closes it)
        ),
    ):
        got = names(text)
        for title in titles:
            assert got.get(title) == "product", (title, got)
        for part in (
            "Ada Quill",
            "Mara Quinn",
            "June Kestrel",
            "Otto Brenner",
            "Winter Court",
            "Crimson Reach",
        ):
            assert part not in named_someone(got), (part, got)
        assert someone in named_someone(got), (someone, got)


def test_a_title_is_a_title_wherever_the_page_writes_it_again() -> None:
    text = (
        "Pellucid Studios builds the Ironveil and Storm Lancer games. The maker of Storm Lancer said "
        "sales rose 12%. Ironveil sold 3 million copies last year."
    )
    got = names(text)
    assert got.get("Storm Lancer") == "product", got
    assert got.get("Ironveil") == "product", got
    assert not {"Storm Lancer", "Ironveil"} & named_someone(got), got


def test_a_quoted_title_with_a_possessive_or_a_subtitle_is_no_one() -> None:
    for text, title, parts in (
        (
            'The studio released "Vera Holt\'s Shadow Run," its biggest game, last week.',
            "Vera Holt's Shadow Run",
            ("Vera Holt",),
        ),
        (
            "Tickets for “Night Parade: Live at the Marsh” sold out in an hour.",
            "Night Parade: Live at the Marsh",
            ("Night Parade", "Marsh"),
        ),
        ("Its sequel, “Kestrel’s Dawn”, opens in May.", "Kestrel’s Dawn", ("Kestrel",)),
    ):
        got = names(text)
        assert got.get(title) == "product", (title, got)
        for part in parts:
            assert part not in named_someone(got), (part, got)


def test_a_name_in_a_list_with_a_title_is_a_title() -> None:
    # only one item is cued ("its latest game, A"); the list elsewhere holds it with two others
    text = (
        "Mirelle Games owns well-known properties, including Glass Tide, Cold Ember and Orrin Vale's "
        "Last Light. Its latest game, Glass Tide, sold poorly."
    )
    got = names(text)
    for title in ("Glass Tide", "Cold Ember", "Orrin Vale's Last Light"):
        assert got.get(title) == "product", (title, got)
    assert "Orrin Vale" not in named_someone(got), got


def test_the_series_an_installment_is_named_after_is_a_title() -> None:
    # the FORM: only an installment is cued ("its latest game, A B", "the film A: B"); the page writes
    # its series A alone, in a list with other titles and no noun of works
    for text, titles in (
        (
            "Mirelle Games owns Storm Lancer, Glass Tide and Ember Road. Its latest game, Storm Lancer "
            "Legends, sold 2 million copies.",
            ("Storm Lancer", "Glass Tide", "Ember Road"),
        ),
        (
            "Okoro Holdings bought the rights to Night Parade and Silver Rivers. The film, Night Parade: "
            "Live at the Marsh, opens in May.",
            ("Night Parade", "Silver Rivers"),
        ),
        (
            "Investors like Red Harbor, Cold Coast and Blue Lantern. Its new drama, Red Harbor 2, drew 4 "
            "million viewers.",
            ("Red Harbor", "Cold Coast", "Blue Lantern"),
        ),
    ):
        got = names(text)
        for title in titles:
            assert got.get(title) == "product", (title, got)


def test_near_miss_a_company_named_after_its_product_that_acts_stays_a_company() -> None:
    # the FORM's near miss: the title's name also says and does business on the page
    got = names(
        "Pyxis Interactive builds the Pyxis and Orbital Drift franchises. Pyxis said on Tuesday it would "
        "hire 300 developers."
    )
    assert got.get("Orbital Drift") == "product", got
    assert "Pyxis Interactive" in named_someone(got), got
    # and the owner before a possessive and a lower-case noun stays a person
    got = names("Director Ivo Stark's films, including Cold Harbor and Blue Lantern, were shot in Oslo.")
    assert got.get("Ivo Stark") == "person", got
    assert got.get("Cold Harbor") == "product", got


def test_near_miss_a_noun_of_works_that_describes_a_maker_makes_no_title() -> None:
    # "the Danish video game maker X": the noun of works describes the maker; the demonym is no title
    got = names("The Danish video game maker Sorrel said it would buy Tallis Interactive.")
    assert "Danish" not in got or got["Danish"] != "product", got
    assert "Sorrel" in named_someone(got), got


# --- a list of places --------------------------------------------------------------------------------
# The FORM: towns a company works in, written as a list after "in" beside a known place ("in Lyon,
# Grenoble, Annecy and Madrid") or after a plural noun of places ("the Brazilian cities of Campinas,
# Sorocaba and Jundiai"): every item is a place (the towns were typed organizations by default).


def test_every_item_of_a_list_of_places_is_a_place() -> None:
    for text, places in (
        ("The unit employs 900 people in Lyon, Grenoble, Annecy and Madrid.", ("Lyon", "Grenoble", "Annecy")),
        (
            "Staff work in the Brazilian cities of Campinas, Sorocaba and Jundiai, the insurer said.",
            ("Campinas", "Sorocaba", "Jundiai"),
        ),
        ("The fleet is serviced in Bergen, Stavanger and Oslo, and in Tromsdal.", ("Bergen", "Stavanger")),
        ("Its studios are located in Montréal, Kelowna, Halifax and Toronto.", ("Kelowna", "Halifax")),
    ):
        got = names(text)
        for place in places:
            assert got.get(place) == "place", (place, got)
            assert place not in named_someone(got), (place, got)


def test_near_miss_a_list_after_in_with_no_known_place_keeps_its_companies() -> None:
    got = names("Orvane and Tellus invested in Brava and Kestrel last year, filings show.")
    assert {"Brava", "Kestrel"} <= named_someone(got), got
    # nor a company that opens the next clause after a list's "and"
    got = names("The brewer bought two estates in Chile, and Vintra said it would pay for them in cash.")
    assert "Vintra" in named_someone(got), got


# --- short words glued to money, code names, a company's national arm, a trade's noun ------------------
# The FORMS: the letters of a currency's code glued to its sign ("AU$1.2bn", "HK$40m") name no
# organization; "Project X" / "Operation X" is a programme's code name; a name and a country ("Tallow
# Canada") is a company's arm, no person; a trade's noun opening a sentence ("Lender X said") says what
# the name after it is; a name after a closing straight quotation mark and its comma is a speaker, not
# a sentence's first word.


def test_a_currency_code_glued_to_its_sign_names_no_one() -> None:
    for text, code in (
        ("The miner raised AU$1.36bn in a placement and AU$500m from small holders.", "AU"),
        ("The carrier paid HK$40m for the slots, and HK$12m more for the lounges.", "HK"),
        ("Fees rose to NZ$450m from NZ$390m, the regulator said.", "NZ"),
    ):
        got = names(text)
        assert code not in named_someone(got), (code, got)
    # near miss: letters that name a company, a space before its money, stay a company
    got = names("KLX paid $40m for the slots. KLX said the price was fair.")
    assert "KLX" in named_someone(got), got


def test_a_code_name_opened_by_project_or_operation_is_a_programme() -> None:
    for text, name in (
        ("Engineers were getting ready for Project Kestrel when the cuts came.", "Project Kestrel"),
        ("The airline paused Project Bright Harbour, its long-haul plan.", "Project Bright Harbour"),
        ("Funding for Operation Tidewater ran out in March.", "Operation Tidewater"),
    ):
        got = names(text)
        assert got.get(name) == "program", (name, got)
    # near miss: a body whose name opens with the word keeps its own head
    got = names("The Project Management Institute said membership grew.")
    assert got.get("Project Management Institute") == "organization", got


def test_a_name_and_a_country_is_a_companys_arm() -> None:
    for text, name in (
        ("Tallow Canada said it would cut 400 jobs.", "Tallow Canada"),
        ("Brava Japan fell into administration in May.", "Brava Japan"),
        ("Shares of Kelvane Australia rose 4% on the news.", "Kelvane Australia"),
    ):
        got = names(text)
        assert got.get(name) == "organization", (name, got)
    # near miss: a person whose surname is a town, and one whose given name the lexicon knows
    assert names("Ivo Houston said the plan was sound.").get("Ivo Houston") == "person"
    assert names("Mark Canada said the plan was sound.").get("Mark Canada") == "person"


def test_a_trades_noun_opening_a_sentence_says_what_the_name_is() -> None:
    for text, name in (
        ("Lender Calvora said on Monday it would close 40 branches.", "Calvora"),
        ("Chipmaker Tessant reported a 9% rise in sales.", "Tessant"),
        ("Insurer Holmvik Mutual posted a loss for the year.", "Holmvik Mutual"),
    ):
        got = names(text)
        assert got.get(name) == "organization", (name, got)
    # near miss: a title opening the sentence still makes a person
    assert names("Analyst Ana Ruiz said the shares looked cheap.").get("Ana Ruiz") == "person"


def test_a_name_after_a_closing_straight_quotation_mark_is_no_first_word() -> None:
    for text, name in (
        ('"The shares look cheap," Kolbek analysts said in a note.', "Kolbek"),
        ('"A fair price, at last," Varnholt strategists wrote on Friday.', "Varnholt"),
        ('"We see upside," Morrow economists told clients.', "Morrow"),
    ):
        got = names(text)
        assert name in named_someone(got), (name, got)
    # near miss: an opening quotation mark still opens a sentence ("Industry analysts ..." is no name)
    got = names('She wrote: "Industry analysts expect a cut."')
    assert "Industry" not in named_someone(got), got


# --- a double-barrelled surname ---------------------------------------------------------------------
# The FORM: a person's full name whose surname is two joined by a hyphen, written once after a verb of
# saying or before an appositive ("said Ivo Marsh-Holt, research director at ..."): typed a person by
# its shape like any two-word name (it was an organization by default, then dropped as unsupported).


def test_a_double_barrelled_surname_keeps_a_persons_shape() -> None:
    for text, person in (
        ("The plan is sound, said Ivo Marsh-Holt, research director at Kelvane Analysis.", "Ivo Marsh-Holt"),
        ("Margins will recover, according to Tomas Weir-Lund, a fund manager in Oslo.", "Tomas Weir-Lund"),
        ("“We expect a cut,” wrote Odile Brun-Castel, an economist at Sarrat Bank.", "Odile Brun-Castel"),
    ):
        got = names(text)
        assert got.get(person) == "person", (person, got)
    # near miss: a hyphenated company's name alone stays a company
    got = names("Varrow-Klein said on Monday it would buy Tessant. Varrow-Klein shares rose 3%.")
    assert got.get("Varrow-Klein") == "organization", got
    # nor is a newsletter's name with a verb and its particle a person
    got = names("Sign up for the weekly Harbor Catch-Up newsletter here.")
    assert "Harbor Catch-Up" not in named_someone(got), got


# --- a term of two capitalized common nouns ----------------------------------------------------------
# The FORM: a company's term written with capitals ("Balance Sheet", "Rights Issue", "Loyalty Scheme",
# "Shipping Bill") has a person's two-word shape. What says it is a thing: a sum or a count with its unit
# right before it ("the $2bn Rights Offer"), or an indefinite article with a describing word before it
# and "that" with a verb after it ("a very solid Capital Buffer that can"), or a closed-class
# head of legislation after it ("Bill", "Directive", like "Act").


def test_a_term_measured_by_a_figure_or_described_as_a_thing_is_no_person() -> None:
    for text, term in (
        ("Our lender keeps a very solid Capital Buffer that can absorb losses.", "Capital Buffer"),
        ("The bank built a popular Loyalty Scheme that rewards savers.", "Loyalty Scheme"),
        ("The insurer has a new Claims Portal that handles most requests.", "Claims Portal"),
        ("Holders took up the Rs 4,210 crore Rights Offer in a week.", "Rights Offer"),
        ("It raised cash through the AU$1.9bn Share Placement in May.", "Share Placement"),
        ("Funds came from a 300 million euro Green Bond.", "Green Bond"),
        (
            "Passage of the government’s Autonomous Shipping Bill is expected in the spring.",
            "Autonomous Shipping Bill",
        ),
        ("The Coastal Data Directive takes effect in 2032.", "Coastal Data Directive"),
    ):
        got = names(text)
        assert term not in named_someone(got), (term, got)
    # near misses: a person described with an article, who acts or is told something, stays a person
    assert names("As a visibly angry Ivo Stark left the room, the board voted.").get("Ivo Stark") == "person"
    assert names("She told a young Tomas Weir that his plan was sound.").get("Tomas Weir") == "person"


# --- a company named after its founder's full name, across pages --------------------------------------
# The FORM: a company named by a person's full name ("Mary Vell"), typed a person by its given name on one
# page ("worked at Mary Vell and Orvane") and an organization by its noun on another ("the cosmetics
# company Mary Vell"). Across the corpus the organization's cue outweighs the given name's look.


def _merged_types(*texts: str) -> dict[str, str]:
    from pathlib import Path

    from tests.factories import plain_article as art
    from tui.analysis.extract import analyse_article
    from tui.analysis.extract.merge import merge_results
    from tui.corpus.model import Corpus

    articles = [art(t, f"a{i}") for i, t in enumerate(texts)]
    merged = merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles])
    return {e.name: str(e.type) for e in merged.entities}


def test_a_company_named_after_a_full_name_is_a_company_across_pages() -> None:
    for texts, name in (
        (
            (
                "She also worked in sales at Mary Vell and Orvane before joining.",
                "Before that she ran marketing at the cosmetics company Mary Vell.",
            ),
            "Mary Vell",
        ),
        (
            (
                "He spent ten years at Peter Strand and Kelvane Foods.",
                "He was finance chief of the furniture retailer Peter Strand until 2029.",
            ),
            "Peter Strand",
        ),
        (
            (
                "Her career began at Anna Brisk, then Tellus.",
                "Anna Brisk, the shoe maker, hired her in 2011.",
                "The shoemaker Anna Brisk said it would open 20 stores.",
            ),
            "Anna Brisk",
        ),
    ):
        got = _merged_types(*texts)
        assert got.get(name) == "organization", (name, got)
    # near miss: a person typed by the given name and by a place in a sentence ("the team of X") stays one
    got = _merged_types(
        "Peter Strand said the plan was sound.", "The bid drew praise from the team of Peter Strand."
    )
    assert got.get("Peter Strand") == "person", got


# --- linearity -----------------------------------------------------------------------------------------


def test_the_new_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract.entities import (
        _FIGURE_BEFORE,
        _PLACE_LIST_AFTER,
        _PLACE_LIST_BEFORE,
        _THAT_CLAUSE_AFTER,
        _THING_ARTICLE_BEFORE,
    )
    from tui.analysis.extract.work_titles import (
        _APPOSITIVE,
        _CLOSED,
        _LIST_AFTER,
        _LIST_BEFORE,
        _OPENED,
        _QUOTED,
        _WORK_NOUN,
    )

    for pattern, unit in (
        (_CLOSED, "the Aa Bb, "),
        (_CLOSED, "its Aa’s Bb and "),
        (_OPENED, "games such as Aa, "),
        (_APPOSITIVE, "game, Aa Bb, "),
        (_QUOTED, "“Aa’s Bb "),
        (_QUOTED, "“Aa: of the "),
        (_LIST_BEFORE, "Aa Bb, "),
        (_LIST_AFTER, ", Aa Bb"),
        (_WORK_NOUN, "games "),
        (_PLACE_LIST_BEFORE, "cities of Aa, "),
        (_PLACE_LIST_BEFORE, "in Aa Bb, "),
        (_PLACE_LIST_AFTER, ", Aa Bb"),
        (_FIGURE_BEFORE, "$1,1 "),
        (_FIGURE_BEFORE, "Rs 1,1 crore "),
        (_THING_ARTICLE_BEFORE, "an aa "),
        (_THAT_CLAUSE_AFTER, " that is"),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


def test_the_title_pass_is_linear_on_a_long_line() -> None:
    from tui.analysis.extract.work_titles import work_title_spans

    for unit in ("the Aa, Bb and Cc games. ", "franchises such as Aa’s Bb, ", "its game, Aa, “Aa’s Bb” "):
        line = unit * (400_000 // len(unit))
        start = time.process_time()
        work_title_spans(line, lambda _t: False)
        assert time.process_time() - start < 20, unit
