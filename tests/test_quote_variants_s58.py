"""Quote variants (stop 58, issue 12): who spoke is read from the extractor, never from capital letters.

The speaker match reads the extractor's output: the quote's merged source (sources follow their entities across
articles, a surname-only mention joined to the full name), the source's kind, and the speaker entity's aliases and
type. Each form is tested with three invented wordings (other speakers, companies and sentence order) and near misses.
No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_quote_variant_forms_s50 import linked, variants_of
from tui.analysis.compare.variants import name_stems, one_person
from tui.analysis.model import Mention, Quote
from tui.corpus.model import Span

# --- form 1: one speaker named in another form on each page ---------------------------------------------------------
# The shape: page A names the speaker in full ("Dana Whitfield, chief executive of ..."); page B names her by an
# honorific and her surname ("Ms Whitfield"), or by her surname and post ("Whitfield, the chief executive"). The
# extractor merges the forms into one person, one source; one statement reworded on the two pages is one variant.

ONE_SPEAKER = [
    (
        '"We will keep every one of our stores open through the winter months," said Dana Whitfield, chief executive '
        "of Corvel Retail.",
        "Corvel Retail's chief executive, Dana Whitfield, spoke to staff on Monday. \"Every one of our shops stays "
        'open through the cold months," Ms Whitfield said.',
        "We will keep every one",
        "Every one of our shops",
    ),
    (
        '"Our pilots have earned a fair rise after two hard years of flying," said Owen Brackley, who chairs Tarn '
        "Airways.",
        '"Our crews earned a fair pay rise after two long years in the air," Brackley, the chairman, said on a call '
        "with reporters.",
        "Our pilots have earned",
        "Our crews earned",
    ),
    (
        "Halvard Mining's finance chief, Ines Correia, said the mine would reopen. \"The Ridge pit will be back in "
        'work by the end of the spring," Ms Correia said.',
        '"We will have the Ridge pit back at work before spring ends," said Ines Correia, the finance chief of '
        "Halvard Mining.",
        "The Ridge pit will be",
        "We will have the Ridge",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_a", "start_b"), ONE_SPEAKER)
def test_one_speaker_named_in_another_form_is_one_variant(
    tmp_path: Path, a: str, b: str, start_a: str, start_b: str
) -> None:
    assert linked(variants_of(tmp_path, a, b), start_a, start_b)


def test_near_miss_two_people_sharing_a_surname_are_two_speakers(tmp_path: Path) -> None:
    a = ONE_SPEAKER[0][0]
    b = (
        'Tom Whitfield, a union organiser at Corvel Retail, spoke to staff on Monday. "Every one of our shops stays '
        'open through the cold months," Tom Whitfield said.'
    )
    assert not linked(variants_of(tmp_path, a, b), "We will keep every one", "Every one of our shops")


def test_near_miss_a_company_and_its_own_unnamed_chief_are_two_speakers(tmp_path: Path) -> None:
    a = '"Our pilots have earned a fair rise after two hard years of flying," Tarn Airways said in a statement.'
    b = (
        "Tarn Airways's CEO said on a call with analysts: \"Our crews earned a fair pay rise after two long years in "
        'the air."'
    )
    assert not linked(variants_of(tmp_path, a, b), "Our pilots have earned", "Our crews earned")


def test_near_miss_two_spokespeople_of_two_companies_are_two_speakers(tmp_path: Path) -> None:
    a = (
        '"We will have the Ridge pit back at work before spring ends," a spokesperson for Halvard Mining said on '
        "Tuesday."
    )
    b = (
        '"The Ridge pit will be back in work by the end of the spring," a spokesperson for Ostmark Metals said on '
        "Tuesday."
    )
    assert not linked(variants_of(tmp_path, a, b), "We will have the Ridge", "The Ridge pit will be")


# --- the name-order reading, as the reader calls it ----------------------------------------------------------------
# Two person entities the extractor kept apart are one when a full name of one (two words at least, from the entity's
# aliases) holds every word of a full name of the other: a name written in another order or with a given name left
# out. A surname alone names no one in particular; a company and its unnamed chief have no full names.


def test_one_person_asks_every_word_of_a_full_name() -> None:
    assert one_person([frozenset({"park", "ji", "hoon"})], [frozenset({"ji", "hoon", "park"})])
    assert one_person([frozenset({"wang", "li", "na"})], [frozenset({"li", "na"})])
    assert not one_person([frozenset({"li", "na", "wang"})], [frozenset({"li", "na", "zhou"})])
    assert not one_person([frozenset({"dana", "whitfield"})], [frozenset({"tom", "whitfield"})])
    assert not one_person([], [frozenset({"ji", "hoon", "park"})])  # no full name: no person named


def test_name_stems_are_the_words_of_the_mentions_inside_the_quote() -> None:
    quote = Quote("a:q0", Span("a", 10, 60), "Prices fall in Oslo and Bergen from Monday", "Ines Correia")
    mentions = [
        Mention(Span("a", 25, 29), "Oslo"),  # inside the quote
        Mention(Span("a", 34, 40), "Bergen"),
        Mention(Span("a", 70, 80), "Halvard Mining"),  # after it: not a word of the quote's names
        Mention(Span("b", 25, 29), "Tromso"),  # another article
    ]
    assert name_stems(quote, mentions) == {"oslo", "bergen"}


# --- form 2: a page that tells a phrase of a company apart from its chief's whole sentence ---------------------------
# The shape: page A quotes a chief executive's sentence that ends on a phrase ("... to create the region's largest
# grocery chain"). Page B quotes the same sentence whole under the chief and, in another quote, the phrase alone given
# to the company ("the company says the deal creates the region's 'largest grocery chain'"): the company's own words
# from its release, another statement. The phrase lies inside A's sentence, so the part measure linked it to A's. A
# page that carries a quote whole under one speaker and a phrase alike to it under another tells the two apart: the
# phrase is not linked to the other page's sentence. The two pages' sentences stay linked.

PHRASE_APART = [
    (
        "\"Bringing Pellan and Rusk together gives shoppers more choice and lower prices and creates the region's "
        'largest independent grocery chain," said Maeve Tolland, chief executive of Pellan.',
        'Pellan says the deal will create the "largest independent grocery chain" in the north. "Bringing Pellan and '
        "Rusk together gives shoppers more choice and lower prices and creates the region's largest independent "
        'grocery chain," said Maeve Tolland, chief executive of Pellan.',
        "Bringing Pellan and Rusk",
        "largest independent grocery chain",
    ),
    (
        'Tarek Osei, who runs Vantor Cloud, said: "With Nimbra on board we can offer every customer faster storage '
        'and become a global leader in secure cloud storage."',
        'Vantor Cloud said the purchase makes it "a global leader in secure cloud storage" today. Tarek Osei, who runs '
        'Vantor Cloud, said: "With Nimbra on board we can offer every customer faster storage and become a global '
        'leader in secure cloud storage."',
        "With Nimbra on board",
        "a global leader in secure",
    ),
    (
        '"The merger joins two proud yards and builds the strongest shipbuilder on the east coast for decades to come," '
        "Hanne Rask, the chair of Solvik Yards, said.",
        'Solvik Yards calls the combined group "the strongest shipbuilder on the east coast" in its filing. "The '
        'merger joins two proud yards and builds the strongest shipbuilder on the east coast for decades to come," '
        "Hanne Rask, the chair of Solvik Yards, said.",
        "The merger joins two",
        "the strongest shipbuilder on",
    ),
]


@pytest.mark.parametrize(("a", "b", "start_sentence", "start_phrase"), PHRASE_APART)
def test_a_phrase_a_page_gives_to_another_speaker_is_not_the_chiefs_sentence(
    tmp_path: Path, a: str, b: str, start_sentence: str, start_phrase: str
) -> None:
    variants = variants_of(tmp_path, a, b)
    assert linked(variants, start_sentence, start_sentence)
    assert not linked(variants, start_sentence, start_phrase)


def test_near_miss_a_phrase_the_page_gives_to_the_same_chief_stays_linked(tmp_path: Path) -> None:
    a, b, start_sentence, start_phrase = PHRASE_APART[0]
    b = b.replace("Pellan says the deal", "Maeve Tolland says the deal")
    variants = variants_of(tmp_path, a, b)
    assert linked(variants, start_sentence, start_sentence)
    assert linked(variants, start_sentence, start_phrase)
