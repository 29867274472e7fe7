"""Quote variants on the fitted bench's remaining misses (stop 50, "copies": forms 21 and 22).

Each form is written first as a general shape, then tested with three invented pairs of articles in other words,
speakers, companies and figures than the coverage's, and at least one near miss that must not be linked. No sentence
comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts, cpu_to_scan_a_long_line
from tui.analysis.compare.model import QuoteVariant
from tui.analysis.compare.variants import _QUOTE_SENTENCE_END, carries_words, clause_dropped


def variants_of(tmp_path: Path, a: str, b: str) -> list[QuoteVariant]:
    return compare_texts(tmp_path, {"a": a, "b": b}).variants


def linked(variants: list[QuoteVariant], start_a: str, start_b: str) -> bool:
    """Whether one variant carries a's quote opening with `start_a` and b's opening with `start_b`."""
    return any(
        any(c.article_id == "a" and c.text.startswith(start_a) for c in v.carriers)
        and any(c.article_id == "b" and c.text.startswith(start_b) for c in v.carriers)
        for v in variants
    )


# --- form 21: a short quote that ends on the same noun phrase as another statement --------------------------------
# The shape: article A quotes a speaker's sentence ending on a noun phrase ("... and in the smarter energy grid being
# built now"); article B quotes a company's slogan of four or five words ending on the same phrase ("a new
# smarter energy grid"). The characters of the short quote align with a stretch of the long one (partial ratio 85 and more),
# so the two were linked as one statement cut at another point. A short quote (under ten words) found inside another
# is a part of it only when the other carries every one of its content words (stemmed, or spelled another way): the
# slogan's own word ("new", "one", "truly") is in no part of the sentence. A quote cut from another's end or
# middle, word for word or with a spelling edit, stays linked.

SLOGAN_PAIRS = [
    (
        '"Our customers want power they can count on, and they want a part in the smarter energy grid being '
        'built today," said Ona Brisk, chief executive of Veltra Power.',
        'Veltra Power describes its mission as building "a new smarter energy grid." The utility serves two '
        "million homes.",
        "Our customers want",
        "a new smarter energy grid",
    ),
    (
        '"We bet early on chips for phones and we are betting again on the open robotics platform of the '
        'coming decade," said Tomas Reyl, who founded Quarrin Labs.',
        'Quarrin Labs bills itself as the maker of "the one open robotics platform." It was founded in 2019.',
        "We bet early",
        "the one open robotics platform",
    ),
    (
        "Farid Olun, the bank's chairman, said: \"This merger gives our members a stronger voice in the "
        'fair digital payments network that everyone now relies on."',
        'Lenmark Credit calls its service "a truly fair digital payments network." Its members number 40,000.',
        "This merger gives",
        "a truly fair digital payments network",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), SLOGAN_PAIRS)
def test_a_slogan_ending_on_a_sentences_phrase_is_another_statement(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    assert not linked(variants_of(tmp_path, a, b), start_a, start_b)


def test_near_miss_a_quote_cut_from_a_longer_ones_end_is_still_its_part(tmp_path: Path) -> None:
    a = (
        '"We are proud of the crew and we will keep building the safest cargo drones in the world," said '
        "Ines Marlo, chief executive of Skyhold."
    )
    b = 'Skyhold promised to keep "building the safest cargo drones in the world," its chief executive said.'
    assert linked(variants_of(tmp_path, a, b), "We are proud", "building the safest")


def test_carries_words_takes_a_spelling_edit_and_a_stem_but_no_other_word() -> None:
    longer = "we will honour every order placed by our customers in the coming months"
    assert carries_words(longer, "honor every order placed")  # a spelling edit
    assert carries_words(longer, "every order placing")  # one word's ending
    assert not carries_words(longer, "every new order placed")


# --- form 22: a quotation that drops a clause of the fuller one ---------------------------------------------------
# The shape: a release quotes a speaker's sentence "<A>, <clause B>." and another sentence "<C>."; page X quotes "<A>,
# <B>." (and "<C>." apart), page Y quotes "<A>. <C>." in one quotation, the clause dropped. Neither quotation holds the
# other, and the whole-quote measures weigh Y's second sentence against X's clause, so the two were no variant. Now
# two quotes are one statement when the first sentence of one, six words or more, opens the other word for word, in
# order, in one or two stretches (a clause cut at its end or from its middle), whoever the extractor names as their
# speakers (a quote contained whole in another is one statement by any speakers already). Near misses: two
# quotations of two speakers sharing a long proper name only; a quote that is a short fragment (under four words) of
# another; two statements opening on one stock phrase of four or five words.

CLAUSE_PAIRS = [
    (  # the clause cut at the sentence's end, the quotation running on with the next sentence
        '"We know regional road freight very well, having run depots in nine countries for three decades and moved '
        'goods for thousands of small shops across the north," said Petra Lindqvist, chief executive of Norhaul.',
        "Norhaul's chief executive Petra Lindqvist said: \"We know regional road freight very well. We plan to keep "
        "every depot open, every driver on the payroll and every customer contract in force for at least two years "
        'after the purchase closes."',
        "We know regional road freight very well, having",
        "We know regional road freight very well. We plan",
    ),
    (  # the clause cut from the sentence's middle
        '"The clinic network we are buying, which opened its first site in 1998 in a former post office and now runs '
        'forty sites staffed by local nurses, will double our reach in rural counties," said Arjun Mehta of Calvane '
        "Health.",
        'Arjun Mehta said: "The clinic network we are buying will double our reach in rural counties. Patients will '
        "see no change to their doctors, their appointments or the fees they pay this year or next, and every nurse "
        'keeps a job."',
        "The clinic network we are buying, which",
        "The clinic network we are buying will",
    ),
    (  # the shorter version first, a second sentence of the same quotation after it
        'Lucia Ferro, who leads Tessano Foods, said: "Our pasta lines have grown for six straight years. We intend '
        "to invest in both plants, to add a third shift at each and to hire two hundred workers from the towns "
        'around them by the spring."',
        '"Our pasta lines have grown for six straight years, helped by exports to Asia and a new factory near Parma '
        'that runs day and night with robots bought from a German supplier," Lucia Ferro said.',
        "Our pasta lines have grown for six straight years. We",
        "Our pasta lines have grown for six straight years, helped",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), CLAUSE_PAIRS)
def test_a_quotation_without_a_clause_of_the_fuller_one_is_its_variant(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    assert linked(variants_of(tmp_path, a, b), start_a, start_b)


def test_near_miss_two_speakers_sharing_a_long_proper_name_only(tmp_path: Path) -> None:
    a = (
        '"The Northern Rivers Regional Water Authority failed the towns it serves this winter," said Kai Brandt, '
        "a council member."
    )
    b = (
        '"We at the Northern Rivers Regional Water Authority have fixed every main that burst," said Mira Solt, '
        "its director."
    )
    assert variants_of(tmp_path, a, b) == []


def test_near_miss_a_fragment_of_three_words_is_no_variant(tmp_path: Path) -> None:
    a = (
        '"We will hire nine hundred engineers across three states before the end of next year," said Dana Oyelaran '
        "of Brightcore."
    )
    b = 'Dana Oyelaran spoke of "nine hundred engineers" when she met the governor on Friday.'
    assert variants_of(tmp_path, a, b) == []


def test_near_miss_two_statements_opening_on_a_stock_phrase() -> None:
    assert not clause_dropped(
        "We are very pleased with the result. Sales rose in every region we serve.",
        "We are very pleased to welcome the new board and its chair to the company.",
    )
    assert not clause_dropped("Thank you all for coming.", "Thank you all for coming tonight, friends.")


def test_the_quote_sentence_end_is_linear() -> None:
    assert cpu_to_scan_a_long_line(_QUOTE_SENTENCE_END, 'grid." ') < 20
    assert cpu_to_scan_a_long_line(_QUOTE_SENTENCE_END, "word. ?! ") < 20
