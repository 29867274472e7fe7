"""Quote variants (stop 57, issue 12): one statement across pages, and only one.

Each form is written first as a general shape, then tested with three invented wordings (other speakers, companies,
figures and sentence order than the coverage's) and a near miss. No sentence comes from an article. The expectations
are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tests.test_quote_variant_forms_s50 import linked, variants_of
from tui.analysis.compare.variants import _fold, restated

# --- form 1: two statements of one speaker sharing a stock phrase ---------------------------------------------------
# The shape: page A quotes a fragment of a company's statement ("undisclosed payments to outside consultants"). Page B
# quotes that statement whole in one quote ("about undisclosed payments to outside consultants made by ...") and, in
# another quote, a second statement of the same company that shares its stock phrase ("a few past payments to
# consultants"). The speaker-fuzzy measure (one speaker, wording alike) linked A's fragment to B's second statement
# too, and the variant joined the two statements. A page that carries a quote whole (word for word or cut, not
# reworded) in one of its quotes carries another statement in a second quote only alike in wording: that pair is not
# linked on wording alone. The link to the quote that carries it stays.

STOCK_PHRASES = [
    (
        'Harlow Foods said the board had looked into "undisclosed payments to outside consultants" by its chief '
        "executive.",
        'Harlow said the board had reviewed claims "about undisclosed payments to outside consultants made by the chief '
        'executive over two years," a review that ended last month. He had made "a few past payments to consultants," '
        "the company said.",
        "undisclosed payments",
        "about undisclosed payments",
        "a few past payments",
    ),
    (
        'Vessen Rail said an inquiry had looked into "the handling of contracts with regional suppliers," the company '
        "said.",
        'Vessen Rail said the inquiry had covered "the handling of contracts with regional suppliers in two provinces '
        'over several years," the company said. It had found "a number of contracts with suppliers," Vessen Rail said.',
        "the handling of contracts",
        "the handling of contracts",
        "a number of contracts",
    ),
    (
        'Orbel Bank said the review examined "the approval of loans to close relatives of senior managers," Orbel said.',
        'Orbel Bank said the review examined "the approval of loans to close relatives of senior managers at three '
        'branches since 2021," it said. The review had found "several old loans to relatives of managers," Orbel Bank '
        "said.",
        "the approval of loans",
        "the approval of loans",
        "several old loans",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_whole", "start_other"), STOCK_PHRASES)
def test_a_statement_carried_whole_on_a_page_is_not_also_its_other_alike_quote(
    tmp_path: Path, a: str, b: str, start_a: str, start_whole: str, start_other: str
) -> None:
    variants = variants_of(tmp_path, a, b)
    assert linked(variants, start_a, start_whole)
    assert not linked(variants, start_a, start_other)


def test_near_miss_a_rewording_stays_linked_when_its_page_has_it_nowhere_else(tmp_path: Path) -> None:
    a = '"We thanked the crew for their long hours," said Ruth Ambler, chief executive of Tessio.'
    b = (
        '"We praised the crew for their long shifts," Ruth Ambler, the chief executive, said. "Our new depot opens '
        'in May," Ambler added.'
    )
    c = '"We thanked the crew for their long hours this winter," said Ruth Ambler, who runs Tessio.'
    variants = compare_texts(tmp_path, {"a": a, "b": b, "c": c}).variants
    assert linked(variants, "We thanked the crew", "We praised the crew")
    assert not linked(variants, "We thanked the crew", "Our new depot")


# --- form 2: one figure written "%" on one page and "percent" or "per cent" on another ------------------------------
# The shape: page A quotes a statement with "more than 12%"; page B quotes the part of it that holds the figure,
# written in its house style ("more than 12 percent", "9.5 per cent"). Folded, "12%" lost its sign ("12") while
# "12 percent" kept its word, so the part was no longer carried word for word. The sign and "per cent" now fold to
# "percent". Near miss: two statements of one speaker that share only "8 percent" stay apart.

PERCENTS = [
    (
        '"We have looked hard at every team and will reduce our staff by more than 12% across all regions," said '
        "Mara Quist, chief executive of Doltra.",
        'Doltra will cut "more than 12 percent" of its staff, its chief executive Mara Quist said.',
        "We have looked hard",
        "more than 12 percent",
    ),
    (
        'Fenwick Mills will shut two plants and cut "about 9.5 per cent of the workforce," the company said on '
        "Monday.",
        '"After a long review we decided to close two plants, which will cut about 9.5% of the workforce by June," '
        "Fenwick Mills said.",
        "about 9.5 per cent",
        "After a long review",
    ),
    (
        '"Prices in our stores will fall by 4 % on average from Monday," said Tobin Ashe, who runs Kellow Markets.',
        'Tobin Ashe said prices "will fall by 4 percent on average," at Kellow Markets.',
        "Prices in our stores",
        "will fall by 4 percent",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), PERCENTS)
def test_a_percent_sign_and_the_word_percent_are_one_statement(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    assert linked(variants_of(tmp_path, a, b), start_a, start_b)


def test_near_miss_two_statements_sharing_a_percent_stay_apart(tmp_path: Path) -> None:
    a = '"Our revenue grew 8% last year in every market," said Mara Quist, chief executive of Doltra.'
    b = '"We expect the cost of freight to rise 8 percent," said Mara Quist, chief executive of Doltra.'
    assert not linked(variants_of(tmp_path, a, b), "Our revenue grew", "We expect the cost")


def test_the_fold_reads_a_percent_sign_as_the_word() -> None:
    assert _fold("more than 12%") == _fold("more than 12 percent") == _fold("more than 12 per cent")
    assert _fold("a 4 % rise") == "a 4 percent rise"
    assert _fold("a percentage of sales") == "a percentage of sales"


# --- form 3: one person's statement, translated or retold, under their name in another order -------------------------
# The shape: a speaker whose name pages write in two orders ("Park Ji Hoon" / "Ji-Hoon Park"), or with a given name
# left out, is quoted in two renderings of one statement (a translation, a retelling). Each page's form of the name
# became a source of its own, so the speaker keys differed and the wording was never weighed. Two named speakers are
# one when every word of the shorter name (two at least) is a word of the other. Near miss: a name that shares the
# given names and not the family name is another person.

NAME_ORDERS = [
    (
        '"We are very happy that our two teams, long leaders in battery chemistry, can now build the future as one '
        'company," said Park Ji Hoon, chief executive of Sorin Cells.',
        '"I am glad to see our two teams, which have led battery chemistry for years, build the future together as one '
        'company," said Ji-Hoon Park, chief executive of Sorin Cells.',
        "We are very happy",
        "I am glad to see",
    ),
    (
        '"Our new line will carry twice as many riders between the two cities each morning," said Sato Kenji, '
        "president of Hokuen Rail.",
        '"The new line lets us move double the riders between both cities every morning," said Kenji Sato, president '
        "of Hokuen Rail.",
        "Our new line",
        "The new line lets us",
    ),
    (
        '"With this plant we will double our output of clean steel and hire two hundred people in the valley," said '
        "Wang Li Na, head of Hexin Steel.",
        '"The plant lets us double our clean steel output and hire two hundred people from the valley," said Li-Na '
        "Wang, head of Hexin Steel.",
        "With this plant",
        "The plant lets us",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), NAME_ORDERS)
def test_one_statement_under_a_name_in_another_order_is_one_variant(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    assert linked(variants_of(tmp_path, a, b), start_a, start_b)


def test_near_miss_the_same_given_names_and_another_family_name_are_two_people(tmp_path: Path) -> None:
    a = NAME_ORDERS[2][0]
    b = NAME_ORDERS[2][1].replace("Li-Na Wang", "Li-Na Zhou")
    assert not linked(variants_of(tmp_path, a, b), "With this plant", "The plant lets us")


# Near miss (after review): a company and its chief whom the page never names. "Kestrel Freight's CEO said" is a
# person, the source "post-kestrel-freight-ceo" named "Kestrel Freight CEO", whose words hold every word of the
# company's name; the company's own statement and the chief's are two speakers, and two statements alike in wording
# stay two. The name-order match reads two persons' names only, neither a post holder.
COMPANY_AND_ITS_CHIEF = [
    (
        '"We expect freight volumes to recover in the second half of the year," Kestrel Freight said in a statement on '
        "Tuesday.",
        "Kestrel Freight's CEO said on a call with analysts: \"We expect freight rates to stay weak for the rest of the "
        'year."',
        "We expect freight volumes",
        "We expect freight rates",
    ),
    (
        '"Our drivers will get a pay rise of four percent from next month," Marlow Logistics said.',
        '"Our drivers will not get a pay rise this year, and bonuses will be cut," Marlow Logistics\'s CEO said.',
        "Our drivers will get",
        "Our drivers will not",
    ),
    (
        '"The new sorting hub will double the number of parcels we can handle each day," Ostrava Parcel said on '
        "Monday.",
        "Ostrava Parcel's CEO told shareholders: \"The new sorting hub will cost twice the sum we planned each "
        'year."',
        "The new sorting hub will double",
        "The new sorting hub will cost",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), COMPANY_AND_ITS_CHIEF)
def test_near_miss_a_company_and_its_unnamed_chief_are_two_speakers(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    variants = compare_texts(tmp_path, {"a": a, "b": b}).variants
    assert not linked(variants, start_a, start_b)
    # what makes it a near miss: the company's name is a part of the name the chief's quote is given
    quotes = analyse(load_corpus(tmp_path), use_cache=False).quotes
    (company,) = [q for q in quotes if q.text.startswith(start_a)]
    (chief,) = [q for q in quotes if q.text.startswith(start_b)]
    assert chief.source_id is not None and chief.source_id.startswith("post-")
    assert chief.speaker == f"{company.speaker} CEO"


# --- form 4: two statements of one speaker that name the same brands, places or people ------------------------------
# The shape: a company's statement lists its brands ("built around Starfall Legends, Iron Harbor and Quiet Moon"); a
# second statement of the company names the same ones in another order ("a lasting licence to ... Iron Harbor, Quiet
# Moon and Starfall Legends"). Their shared content words are the names, enough for the restatement measure. The
# words of names (written capitalised wherever the two quotes write them) now count for no restated words: three
# shared words at least must be common words. Near miss: one statement retold in another order around the same names
# and the same common words stays linked.

SHARED_NAMES = [
    (
        'Mirelle Games said the new studio would be "built around Starfall Legends, Iron Harbor and Quiet Moon," the '
        "company said.",
        'Mirelle Games will grant "a lasting licence to the rights it owns in Iron Harbor, Quiet Moon and Starfall '
        'Legends in exchange for a fee," the company said.',
        "built around",
        "a lasting licence",
    ),
    (
        'Bravik Foods said the unit "holds the Sunny Vale, Crisp Acre and Marlow Farm labels," the company said.',
        'Bravik Foods said buyers would "pay cash for Crisp Acre, Marlow Farm and Sunny Vale, with their plants and '
        'staff," the company said.',
        "holds the Sunny Vale",
        "pay cash for",
    ),
    (
        'Tollen Air said the routes "link Oslo, Bergen and Tromso with Kiruna," Tollen Air said.',
        'Tollen Air said it would "sell the slots for Kiruna, Tromso, Bergen and Oslo to a rival by June," Tollen Air '
        "said.",
        "link Oslo",
        "sell the slots",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), SHARED_NAMES)
def test_two_statements_naming_the_same_brands_are_two_variants(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    assert not linked(variants_of(tmp_path, a, b), start_a, start_b)


def test_near_miss_one_statement_retold_around_the_same_names_stays_linked(tmp_path: Path) -> None:
    a = (
        'Mirelle Games said the studio would "keep building Starfall Legends and Iron Harbor with bigger teams and '
        'more money," the company said.'
    )
    b = (
        'Mirelle Games said it would "keep building Iron Harbor and Starfall Legends with more money and bigger teams '
        'from next year," the company said.'
    )
    assert linked(variants_of(tmp_path, a, b), "keep building Starfall", "keep building Iron")


def test_restated_counts_no_word_of_a_name_the_extractor_found() -> None:
    names = {"oslo", "bergen", "tromso", "kiruna"}
    assert (
        restated("link Oslo, Bergen and Tromso with Kiruna", "sell Kiruna, Tromso, Bergen and Oslo", names)
        == 0.0
    )
