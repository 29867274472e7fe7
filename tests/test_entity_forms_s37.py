"""Entity forms on unseen text (issue 11, stop 37, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

import time
from pathlib import Path

from tests.factories import entity_types as names
from tests.factories import named_someone
from tui.analysis.extract import analyse_article
from tui.corpus.loader import load_article

# --- a courtesy title inside a body's name -------------------------------------------------------
# The FORM: an honorific (Sir, Dame, Dr, Lady, Lord, Sheikh) opens a name whose last word heads an
# institution (Trust, Foundation, Fund, Hospital, College, Institute, School ...): the whole is one
# body, the title included, and no person is made of the words between.


def test_an_honorific_inside_a_bodys_name_makes_one_organization() -> None:
    text = (
        "Ms Okafor is a trustee of the Sir Hamish Grant Trust and of the Dame Ellen Pryce Foundation, "
        "which runs 40 schools in Leeds. The boy was treated at Dr Anil Mehra Hospital in Pune, and "
        "grants came from the Sheikh Omar Said Fund for two years."
    )
    got = names(text)
    for body in (
        "Sir Hamish Grant Trust",
        "Dame Ellen Pryce Foundation",
        "Dr Anil Mehra Hospital",
        "Sheikh Omar Said Fund",
    ):
        assert got.get(body) == "organization", (body, got)
    people = {"Hamish Grant", "Hamish Grant Trust", "Ellen Pryce", "Anil Mehra", "Anil Mehra Hospital"}
    assert not people & set(got), got


def test_an_honorific_body_at_a_sentence_start_and_after_the() -> None:
    text = (
        "Dr Ruth Obi College said fees would rise by 4%. A gift to the Sir Olu Bankole Memorial Trust "
        "paid for the new wing, and the Lady Maren Holt Institute will run it."
    )
    got = names(text)
    assert got.get("Dr Ruth Obi College") == "organization", got
    assert got.get("Sir Olu Bankole Memorial Trust") == "organization", got
    assert got.get("Lady Maren Holt Institute") == "organization", got
    assert not {"Ruth Obi", "Olu Bankole Memorial Trust", "Olu Bankole"} & set(got), got


def test_near_miss_a_titled_person_stays_a_person() -> None:
    # must not change: a knighted person, a doctor, and a person of a body named without a title
    text = (
        "Sir Hamish Grant, who founded the Grant Trust, said the gift was his last. Dr Anil Mehra said "
        "the boy was well, and Dr. Sara Lind of Westfield Hospital agreed."
    )
    got = names(text)
    assert got.get("Hamish Grant") == "person", got
    assert got.get("Anil Mehra") == "person", got
    assert got.get("Sara Lind") == "person", got
    assert got.get("Grant Trust") == "organization", got
    assert got.get("Westfield Hospital") == "organization", got


# --- a drop capital split from its word ----------------------------------------------------------
# The FORM: a page's first letter set apart (a drop capital) comes out of the copy alone on its line,
# the rest of the word after a blank line ("M", "", "arta Vos said ..."). It is joined to its word
# when the text is loaded, before any rule reads it; the text keeps its length.


def test_a_drop_capital_is_joined_to_its_word(tmp_path: Path) -> None:
    for page, person in (
        (" date 2031-03-02 M\n\narta Vos will succeed Per Lind as chair of Brava Foods.\n", "Marta Vos"),
        (
            "Brava names a chair\n\nK\n\nofi Mensah, 58, will lead the board of Quarry Bank from May.\n",
            "Kofi Mensah",
        ),
        ("S\n \n  ven Aalto said Tessaly Steel would close its mill in Oulu.\n", "Sven Aalto"),
    ):
        path = tmp_path / "a.txt"
        path.write_text(page, encoding="utf-8")
        article, _ = load_article(path)
        assert article is not None
        assert len(article.text) == len(page)  # offsets keep their meaning
        got = {e.name: str(e.type) for e in analyse_article(article).entities}
        assert got.get(person) == "person", (page, got)
        assert not {person.split()[0][1:], person[1:]} & set(got), got


def test_near_miss_a_letter_that_is_a_word_or_ends_a_line_of_words_stays() -> None:
    from tui.corpus.furniture import join_drop_capitals

    # must not change: "A" and "I" are words; a letter after other words ("Plan B") ends its line
    for text in (
        "A\n\nlot of the staff left.\n",
        "I\n\nnever said that.\n",
        "They chose Plan B\n\nand then the board met.\n",
        "Q\n\nA: the board met on Monday.\n",
    ):
        assert join_drop_capitals(text) == text


def test_the_drop_capital_pattern_is_linear() -> None:
    from tui.corpus.furniture import join_drop_capitals

    for unit in ("M\n", " date 2031-01-01 M\n\n", "M\n\n\n\n \n", "        "):
        line = unit * (2_000_000 // len(unit))
        start = time.process_time()
        join_drop_capitals(line + "arta")
        assert time.process_time() - start < 20, unit


# --- first names of relatives --------------------------------------------------------------------
# The FORM: a kinship noun (children, daughters, son, wife, brother ...) before a list of given names
# alone ("his three children - Lina, Oskar and Britt -", "two daughters, Elin and Saga") or before
# "of" and a name ("the son of Anders Holm"): the names are persons, typed so wherever they recur.


def test_given_names_after_a_kinship_noun_are_persons() -> None:
    text = (
        "Earlier this year, Ivo Stark's three children — Lina, Oskar and Britt — joined the board of "
        "Stark Holdings. Lina is head of sales at Brava Foods while Oskar works at Kestrel Bank."
    )
    got = names(text)
    for person in ("Lina", "Oskar", "Britt"):
        assert got.get(person) == "person", (person, got)
    assert got.get("Brava Foods") == "organization", got


def test_a_list_after_a_kinship_noun_and_a_comma_and_of_a_parent() -> None:
    got = names("Mara Quist, the mill's owner, also has two daughters, Elin and Saga.")
    assert got.get("Elin") == "person", got
    assert got.get("Saga") == "person", got
    got = names("Tomas Berg is the son of Anders Holm and the husband of the late Greta Lund.")
    assert got.get("Anders Holm") == "person", got
    assert got.get("Greta Lund") == "person", got


def test_near_miss_a_sister_company_and_a_parent_company_stay_companies() -> None:
    # must not change: "sister company X", "Google parent Alphabet", a son's firm named after him
    got = names(
        "Its sister company Brava Foods said sales rose, Google parent Alphabet agreed, and his son's "
        "firm, Kestrel Bank, was named in the suit."
    )
    assert got.get("Brava Foods") == "organization", got
    assert got.get("Alphabet") == "organization", got
    assert got.get("Kestrel Bank") == "organization", got


# --- one person with and without a middle name, and a given name alone ---------------------------
# The FORM: a person written once with a middle name ("Ines Maria Moreau"), then without it ("Ines
# Moreau"), then by the given name alone ("Ines"): one person, when the article gives that name one
# middle name only. A quotation that opens with the person's name in the possessive ("“Ines Moreau's
# plan ...”") is no work's title.


def test_a_middle_name_written_once_is_the_same_person() -> None:
    for text, full in (
        (
            "Ines Maria Moreau chairs the fund. Ines Moreau said it would grow. Ines said so.",
            "Ines Maria Moreau",
        ),
        (
            "Kwame Osei Mensah will succeed Kofi Boateng. Kwame Mensah, 61, joined in 1999, and Kwame "
            "told staff he would stay.",
            "Kwame Osei Mensah",
        ),
        (
            "The board elected Rafael Jose Ortiz. Rafael Ortiz thanked the trustees. Rafael, who "
            "holds a Spanish passport, starts on Monday.",
            "Rafael Jose Ortiz",
        ),
    ):
        got = names(text)
        persons = {n for n, t in got.items() if t == "person"}
        first = full.split()[0]
        assert full in persons or f"{first} {full.split()[-1]}" in persons, got
        assert len({n for n in persons if n.startswith(first)}) == 1, got


def test_near_miss_two_middle_names_are_two_people() -> None:
    # must not change: two middle names of one given name and surname are two people
    got = names("Ana Maria Reyes and Ana Lucia Reyes run the firm. Ana Reyes said it would grow.")
    assert got.get("Ana Maria Reyes") == "person", got
    assert got.get("Ana Lucia Reyes") == "person", got


def test_a_quotation_opening_with_a_possessive_name_is_no_title() -> None:
    for text in (
        'Ivo Stark was named chair. "Ivo Stark\'s appointment signifies continuity," says a lawyer. '
        "Ivo, who holds a Danish passport, said so.",
        "Lena Holt takes over in May. “Lena Holt’s record speaks for itself,” a trustee said.",
        "'Omar Farouk's plan is sound,' said an analyst of Omar Farouk, the new chief.",
    ):
        got = names(text)
        assert not any(t == "product" for t in got.values()), got
        assert len(named_someone(got)) == 1, got


def test_near_miss_a_quoted_title_stays_a_work() -> None:
    got = names('She starred in "Black Widow" and wrote "Harbour Lights" last year.')
    assert got.get("Black Widow") == "product", got
    assert got.get("Harbour Lights") == "product", got


# --- towns and counties named as a company's sites -----------------------------------------------
# The FORM: a town named as the place of a site or of the work done there: after "<site noun> in"
# ("its technical centre in X, Y", "300 jobs in X and Y", "its production in X") or between an
# owner's "its" and a site noun ("its X and Y factories", "its X logistics centre"). A place, not a
# company (a company's default type for an unknown name).


def test_towns_named_as_a_companys_sites_are_places() -> None:
    for text, places in (
        (
            "Brava employs 6,500 people, including at its design centre in Marlow, Kent, which develops "
            "its vans.",
            ("Marlow", "Kent"),
        ),
        ("Tessaly Steel said its Oulu and Raahe mills would not be affected.", ("Oulu", "Raahe")),
        (
            "Kestrel Foods will cut 300 jobs in Lodz and Gliwice by May, along with its Poznan "
            "distribution centre.",
            ("Lodz", "Gliwice", "Poznan"),
        ),
        ("Quarry Bank said its operations in Tarvin would move to its Hale office.", ("Tarvin", "Hale")),
    ):
        got = names(text)
        for place in places:
            assert got.get(place) == "place", (place, got)


def test_near_miss_what_is_owned_or_invested_in_stays_a_company() -> None:
    # must not change: a stake in, an investment in, jobs in a company's warehouses
    got = names(
        "Kestrel has a 20% stake in Tallow, invested in Quarry and Brava last year, and said jobs in "
        "Amazon warehouses grew."
    )
    for org in ("Kestrel", "Tallow", "Quarry", "Brava", "Amazon"):
        assert got.get(org) == "organization", (org, got)


def test_a_union_of_countries_named_as_its_lands_is_a_place() -> None:
    for text in (
        "Another 300 jobs go at sites elsewhere in the European Union, the brewer said.",
        "Sales across the EU fell 4% in the quarter, Brava said.",
        "The airline will add 40 routes to EU member states next year.",
    ):
        got = names(text)
        assert got.get("European Union") == "place", (text, got)


def test_near_miss_the_union_that_acts_stays_an_organization() -> None:
    got = names("The European Union fined the bank 40 million euros, and the EU said it would appeal.")
    assert got.get("European Union") == "organization", got


# --- a company's unit before a person's title in lower case --------------------------------------
# The FORM: "<Company> <Region> <title in lower case> <Person>" ("Brava Europe vice president Ola
# Brandt"): whose title, an organization; two capitalized words are no person by their shape.


def test_a_unit_before_a_lower_case_title_and_a_name_is_an_organization() -> None:
    for text, unit, person in (
        ("Brava Europe vice president Ola Brandt said the plant would close.", "Brava Europe", "Ola Brandt"),
        ("Tessaly Asia chief executive Mei Tan said orders rose.", "Tessaly Asia", "Mei Tan"),
        ("Quarry Nordic managing director Lars Eklund told staff on Monday.", "Quarry Nordic", "Lars Eklund"),
    ):
        got = names(text)
        assert got.get(unit) == "organization", (unit, got)
        assert got.get(person) == "person", (person, got)


def test_near_miss_one_word_before_a_lower_case_title_is_left_as_it_was() -> None:
    # must not change: a one-word label before a title ("City investor X") names no company
    got = names("The deal was called a mistake by veteran City investor Tom Vale on Monday.")
    assert got.get("Tom Vale") == "person", got
    assert "City" not in got, got


# --- page furniture: a reader appeal and another story's teaser ----------------------------------
# The FORM: (1) a donation or sign-up appeal run into the first or last line of a page ("Your support
# helps us ... Support Now ... Close Read more"): three appeal cues of two kinds, one of them the
# reader's support, no quotation; (2) another story's teaser closing the page: its last two lines
# open with the same four words, the last cut off. Names in either are no entities of the story.


def test_a_reader_appeal_before_or_after_the_story_names_no_one() -> None:
    story = (
        "Kestrel Foods will cut 300 jobs at its bakery in Lodz, chief executive Ola Brandt said on Monday.\n\n"
        "The cuts follow a fall in demand for packaged bread across the region, the company said.\n"
    )
    for page in (
        " date 2031-05-02 Your support keeps Harbour Weekly free Read more Support Now From rivers to "
        "rents, Harbour Weekly reports where Mara Quist and others will not. Your donation lets us keep "
        "reporters on the ground, with no paywalls. Close Read more\n\n" + story,
        story + "\nWe rely on readers like you. Your contribution helps Tessaly Post stay independent: "
        "donate today or become a member. Read more about Ivo Stark's fund.\n",
        "Support Now: your gift of any size keeps Brava Daily reporting. Donate to Brava Daily and "
        "read more.\n\n" + story,
    ):
        got = names(page)
        assert got.get("Kestrel Foods") == "organization", got
        assert got.get("Ola Brandt") == "person", got
        assert not {"Harbour Weekly", "Mara Quist", "Tessaly Post", "Ivo Stark", "Brava Daily"} & set(got), (
            got
        )


def test_near_miss_a_quoted_plea_for_donations_is_the_story() -> None:
    page = (
        "The Quarry Trust said gifts fell by a third this year.\n\n"
        "“Your support and your donations keep our shelters open, so please donate,” said Ana Ruiz, "
        "who runs the Quarry Trust.\n"
    )
    got = names(page)
    assert got.get("Ana Ruiz") == "person", got


def test_another_storys_teaser_closing_the_page_names_no_one() -> None:
    body = (
        "Kestrel Foods will cut 300 jobs at its bakery in Lodz, chief executive Ola Brandt said on Monday.\n"
        "The cuts follow a fall in demand for packaged bread across the region, the company said.\n"
    )
    for tail in (
        "Mara Quist has confirmed she will leave the national rowing squad after the spring regatta in "
        "Henley.She sa\nMara Quist has confirmed she will step down after the regatta. Quist said after the",
        "Tessaly Rail says its new trains will run from March on the coast line, the operator said.It a\n"
        "Tessaly Rail says its new trains will cut journey times on the coast line by up to",
        "Judge Omar Farouk ruled on Friday that the merger of two Harbour ports could go ahead.The\n"
        "Judge Omar Farouk ruled that the merger may proceed, saying the ports",
    ):
        got = names(body + tail + "\n")
        assert got.get("Kestrel Foods") == "organization", got
        assert not {"Mara Quist", "Quist", "Tessaly Rail", "Omar Farouk"} & set(got), got


def test_near_miss_paragraphs_alike_or_a_cut_excerpt_stay_the_story() -> None:
    # must not change: two closing paragraphs that open alike but end as sentences; an excerpt cut
    # off after a paragraph that opens otherwise
    body = (
        "Kestrel Foods will cut 300 jobs at its bakery in Lodz, chief executive Ola Brandt said on Monday.\n"
        "The cuts follow a fall in demand for packaged bread across the region, the company said.\n"
    )
    for tail in (
        "The company said it would also close a depot run by Tallow Logistics.\n"
        "The company said it would also sell its stake in Quarry Foods.\n",
        "Tallow Logistics, which runs the depot, said it was told on Friday.\n"
        "Union leaders said Quarry Foods would take on some of the staff from the depot when its lease "
        "runs out at the end of the",
    ):
        got = names(body + tail)
        assert got.get("Tallow Logistics") == "organization", got
        assert got.get("Quarry Foods") == "organization", got


def test_the_appeal_and_teaser_shapes_are_linear() -> None:
    from tests.factories import cpu_to_read_a_long_line

    for unit in ("Your support ", "Read more Support Now donate ", "Tessaly Rail says its new trains\n"):
        assert cpu_to_read_a_long_line(unit, 20_000) < 20


# --- the name a party is shown under ----------------------------------------------------------------
# The FORM: one party named in full with its legal form on one page ("Brava Motor Co.") and by its
# short name on every other: the corpus shows it under the name most pages introduce it by. Agreed
# with the speakers engineer (docs/coverage-bench.md, "Stop 37: entities").


def _corpus_entities(*texts: str) -> list:
    from tests.factories import plain_article as art
    from tui.analysis.extract.merge import merge_results
    from tui.corpus.model import Corpus

    articles = [art(t, f"a{i}") for i, t in enumerate(texts)]
    return merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles]).entities


def test_a_party_is_shown_under_the_name_most_pages_introduce_it_by() -> None:
    for texts, shown, hidden in (
        (
            (
                "Brava will cut 4,000 jobs in Europe, the carmaker said on Wednesday.",
                "Brava Motor Co. announced plans to cut 4,000 jobs. Brava said most would go in Spain.",
                "Brava plans to cut 4,000 jobs by 2027, Brava said.",
            ),
            "Brava",
            "Brava Motor Co.",
        ),
        (
            (
                "Ines Moreau was named chair of Quarry Bank on Friday.",
                "The trustees chose Ines Maria Moreau as chair. Ines Moreau thanked them.",
                "Ines Moreau, 61, takes over at Quarry Bank with immediate effect.",
            ),
            "Ines Moreau",
            "Ines Maria Moreau",
        ),
        (
            (
                "Tallow Holdings Ltd said it would buy Kestrel.",
                "Tallow will buy Kestrel for $2 billion, Tallow said.",
                "Tallow agreed to buy Kestrel on Monday.",
            ),
            "Tallow",
            "Tallow Holdings Ltd",
        ),
    ):
        got = {e.name: e for e in _corpus_entities(*texts)}
        assert shown in got, (shown, sorted(got))
        assert hidden not in got, (hidden, sorted(got))
        assert hidden in got[shown].aliases, got[shown].aliases


def test_near_miss_a_person_introduced_in_full_keeps_the_full_name() -> None:
    # must not change: a person named in full on every page and by surname after
    got = {
        e.name
        for e in _corpus_entities(
            "Ola Brandt will lead Quarry Bank. Brandt said he was honoured.",
            "Quarry Bank named Ola Brandt chief executive. Brandt starts in May.",
        )
    }
    assert "Ola Brandt" in got, got
    assert "Brandt" not in got, got


# --- an institution's head alone, a plural, an honour, a title ----------------------------------
# The FORM: a body's head word alone ("the Trusts", "the Foundation", "Hospitals are ..."), an honour
# ("Emeritus") or a title written capitalized after a body's head ("the Trust Chairperson"): the one
# body of that head the article names, else no one.


def test_an_institutions_head_alone_is_its_one_body_or_no_one() -> None:
    got = names(
        "Harbour Trusts owns 66% of Brava. Ivo Stark had no successor at the Trusts, and the deeds "
        "guide the choice of the Trust Chairperson."
    )
    assert got.get("Harbour Trusts") == "organization", got
    assert not {"Trusts", "Trust", "Trust Chairperson"} & set(got), got
    got = names("The Ana Reyes Foundation gave $2 million. The Foundation said it would give more.")
    assert got.get("Ana Reyes Foundation") == "organization", got
    assert "Foundation" not in got, got
    got = names('"Hospitals are where the money is," said Ana Ruiz, an analyst at Quarry Bank.')
    assert "Hospitals" not in got, got
    got = names("Ivo Stark, the Chairman Emeritus of Brava, said the Lumo Institute would close.")
    assert not {"Emeritus", "Chairman Emeritus"} & set(got), got
    assert got.get("Lumo Institute") == "organization", got


def test_near_miss_two_bodies_of_one_head_keep_their_names() -> None:
    got = names("The Lumo Foundation and the Sela Foundation gave money, the Foundation said.")
    assert got.get("Lumo Foundation") == "organization", got
    assert got.get("Sela Foundation") == "organization", got


# --- a family, a business group, initials written together -----------------------------------------
# The FORM: "the <Name> family" (a family that holds or sells a stake) and "the <Name> group" name a
# body, no person by the shape of two capitalized words; "H.P. Ranvik" (initials written together)
# is a person. (The tables disagree on families: volkswagen-ceo-2022 lists one as an organization,
# tata-trusts-chair-2024 lists none; a family is typed an organization, never a person.)


def test_a_family_is_no_person_and_a_group_is_an_organization() -> None:
    got = names(
        "The Quist family owns 18% of Brava, and the Holm Larsen family sold its stake. The Stark "
        "Ivarsen group holds the rest, and Ivo Quist said the family would stay."
    )
    assert got.get("Holm Larsen") == "organization", got
    assert got.get("Stark Ivarsen") == "organization", got
    assert got.get("Ivo Quist") == "person", got
    # the family is never a person; since stop 54 it stays a body of its own beside the member who has
    # its name (convention (d) of docs/coverage-bench.md: a family that holds a stake is an entity)
    assert got.get("Quist") in (None, "organization"), got


def test_initials_written_together_before_a_surname_make_a_person() -> None:
    got = names('"The plan is sound," says H.P. Ranvik, a lawyer, and A.B. Lund agreed with J.K.L. Moen.')
    assert got.get("H.P. Ranvik") == "person", got
    assert got.get("A.B. Lund") == "person", got


def test_near_miss_a_group_of_people_and_a_company_with_initials_stay() -> None:
    got = names(
        "A group of Harbour investors met U.S. Steel, and Ana Ruiz, who runs a family office, agreed."
    )
    assert got.get("Ana Ruiz") == "person", got
    assert got.get("U.S. Steel") == "organization", got


# --- a town before a "-based" tail, a word cut by the excerpt's end ------------------------------------


def test_a_town_before_a_state_based_tail_is_a_place() -> None:
    got = names("Oulu, Finland-based Kestrel Mining said on Monday it would buy Brava.")
    assert got.get("Oulu") == "place", got
    assert got.get("Kestrel Mining") == "organization", got


def test_a_name_cut_by_the_excerpts_end_names_no_one() -> None:
    for text in (
        "Ola Stenberg chairs Harbour Trust. Ivo Stark joined as a trustee of the Harbour Trust in 2019 "
        "and of the Sir Ola Ste",
        "Brava named Mara Quistgaard chair. Quistgaard said the bank would grow, and Mara Quist",
    ):
        got = names(text)
        assert not {"Ste", "Ola Ste", "Mara Quist", "Quist"} & set(got), got


def test_near_miss_a_whole_name_ending_the_excerpt_stays() -> None:
    got = names(
        "Ivo Stark joined the board of Harbour Bank on Monday. He also sits on the board of Kestrel Mining"
    )
    assert got.get("Kestrel Mining") == "organization", got


def test_the_new_name_patterns_are_linear() -> None:
    from tests.factories import cpu_to_read_a_long_line

    for unit in (
        "three children — Lina, Oskar and ",
        "son of the late Ola Brandt and ",
        "its Lodz and Gliwice factories ",
        "jobs in Lodz, Gliwice, ",
        "Brava Europe vice president Ola Brandt ",
        "elsewhere in the EU countries ",
        "the Quist family and the Holm group ",
        "Sir Ola Holm Trust ",
        "the Trusts ",
    ):
        assert cpu_to_read_a_long_line(unit, 20_000) < 20, unit


# --- an opening phrase is no appositive; a union of "<Cap> and <Cap> <members> <head>" -------------
# The FORM: (1) a sentence opening with a phrase that runs up to a name ("Led by its founder X, the
# bank ...", "With its new chief X in charge, ..."): the comma after the name ends the phrase, and
# "the bank" is the main clause's subject, no appositive typing X; (2) a union or guild named "<A> and
# <B> <members> <head>" ("Transport and General Workers Union") is one body.


def test_a_name_inside_an_opening_phrase_is_not_typed_by_the_main_clause() -> None:
    for text, person in (
        ("Led by its founder Ola Brandt, the bank expanded into Norway.", "Ola Brandt"),
        ("Under chief executive Mara Quist, the brewer grew sales by 9%.", "Mara Quist"),
        ("Backed by its chairman Kofi Mensah, the miner sold two pits.", "Kofi Mensah"),
    ):
        got = names(text)
        assert got.get(person) == "person", (text, got)


def test_a_union_of_two_fields_and_its_members_is_one_body() -> None:
    for text, body in (
        (
            "Members of the Transport and General Workers Union walked out.",
            "Transport and General Workers Union",
        ),
        ("The Steel and Metal Workers Guild backed the deal.", "Steel and Metal Workers Guild"),
        ("The Food and Drink Federation said prices would rise.", "Food and Drink Federation"),
    ):
        got = names(text)
        assert got.get(body) == "organization", (text, got)


def test_near_miss_a_true_appositive_and_two_companies_stay() -> None:
    # must not change: an appositive after a name in the main clause; two companies joined by "and"
    got = names("Kestrel hired Harbour Capital, the investment firm, to advise it.")
    assert got.get("Harbour Capital") == "organization", got
    got = names("Kestrel bought Brava and Quarry Capital Group in May.")
    assert got.get("Brava") == "organization", got
    assert got.get("Quarry Capital Group") == "organization", got


# --- a company named as the buyer of what is sold --------------------------------------------------
# The FORM: "sold to X", "acquired by X", "taken over by X": X is a company (two capitalized words are
# no person by their shape here); a title or a known given name before it still makes a person.


def test_the_buyer_of_what_is_sold_is_a_company() -> None:
    got = names(
        "She built the Lumo brand, later sold to Kestrel Unifoods, and the soap line was acquired by "
        "Harbour Brands Asia. Brava was taken over by Tessaly Norte in May."
    )
    for org in ("Kestrel Unifoods", "Harbour Brands Asia", "Tessaly Norte"):
        assert got.get(org) == "organization", (org, got)


def test_near_miss_a_person_who_buys_keeps_a_persons_cue() -> None:
    got = names("The bank was sold to Elon Musk, and the mill was sold to investor Ivo Stark in 2001.")
    assert got.get("Elon Musk") == "person", got
    assert got.get("Ivo Stark") == "person", got
