"""A machine translation out and back of a copy is still linked as a copy (issue 12, stop 43;
shared_text.sentences_of, align, docs/copies.md).

Two forms kept such a pair apart:
1. Initials with full stops inside a name ("U.S. Steel", "U.S. President") ended a sentence: a page
   writing "U.S. Steel" had every sentence naming the company cut in two, and its translation, which
   writes "US Steel", aligned with neither half. After initials, a capitalized word that opens no
   sentence ("Steel", "Treasury") continues it; "the U.S. The company" still ends one.
2. Title lines above the story -- the headline printed again, a video's title, whole lines with no
   closing stop -- counted as the lead's sentences, so a chain starting at the story's first sentence
   did not start "from the lead". The first such line is the page's headline, one of the lead's
   sentences as before; the lead is counted after the others.

Invented texts written for these tests.
"""

from __future__ import annotations

from tui.corpus.shared_text import align, is_rewrite, sentences_of


def test_initials_inside_a_name_end_no_sentence() -> None:
    s = sentences_of("Harrow Mills agreed to buy U.S. Forge for $40 a share in cash on Monday, people said.")
    assert len(s.texts) == 1
    s = sentences_of("The mill is the largest in the U.S. The company said its output will rise next year.")
    assert len(s.texts) == 2


def test_title_lines_above_the_story_are_counted_apart() -> None:
    body = (
        "Harrow Mills to close purchase of Delmar Forge at $40 a share, people say\n"
        "Harrow Mills to close purchase of Delmar Forge at a share, people say\n"
        "Watch: an analyst on the Harrow deal and what it means for steel towns\n"
        "Harrow Mills is expected to close its purchase of Delmar Forge this week, people said.\n"
    )
    s = sentences_of(body)
    assert s.titles == 2  # the headline, then two more title lines
    assert (
        sentences_of("A headline with no stop at all\nThe story begins here and runs on for a while.").titles
        == 0
    )


STORY = [
    "Harrow Mills is expected to close its purchase of Delmar Forge for $40 a share this week, people familiar with the matter told the Ledger.",
    "The governor cleared the bid on Friday and called the deal a partnership for the state.",
    "Harrow will invest $2 billion in the mills over the next three years, the governor said.",
    "Delmar's head office will remain in Granton, the governor added.",
    "Delmar shares rose more than 2% on Tuesday in early trading.",
    "The $40 bid is the offer Harrow first made for the company before the deal was halted in March.",
    "A workers' union had opposed the bid to buy the company since it was announced.",
]
#: The story translated into another language and back: every sentence reworded a little.
BACK_TRANSLATED = [
    "Harrow Mills is expected to close its purchase of Delmar Forge for $40 per share this week, said people familiar with the case to the Ledger.",
    "The governor erased the bid on Friday and called the agreement a partnership for the state.",
    "Harrow will invest $2 billion in the mills in the next three years, said the governor.",
    "The head office of Delmar will remain in Granton, added the governor.",
    "Delmar shares increased by more than 2% on Tuesday in the first trading.",
    "The $40 offer is the offer that Harrow first made for the company before the agreement was halted in March.",
    "A union of workers had opposed the offer to buy the company since it was announced.",
]
TITLES = (
    "Harrow set to wrap up Delmar deal, sources say\n"
    "Harrow set to wrap up Delmar deal, sources say\n"
    "Watch: what the sale means for the region's towns\n"
)


def test_a_back_translation_of_a_page_under_title_lines_is_a_copy() -> None:
    page = sentences_of(TITLES + "\n".join(STORY))
    translated = sentences_of("\n".join(BACK_TRANSLATED))
    al = align(translated, page)
    assert al.lead and is_rewrite(al)


def test_the_same_lines_ending_as_sentences_are_the_story_s_own() -> None:
    """Three sentences of a page's own before the shared story (they end with a stop): the chain
    does not start from that page's lead, and no rewrite is found."""
    own = (
        "Harrow Mills has run mills in four states since the war and employs some 9,000 people.\n"
        "Its chief executive has long said the group wants a larger share of the market for rail.\n"
        "Analysts at two banks said the deal would make it the third largest steelmaker.\n"
    )
    page = sentences_of(own + "\n".join(STORY))
    translated = sentences_of("\n".join(BACK_TRANSLATED))
    al = align(translated, page)
    assert not al.lead and not is_rewrite(al)
