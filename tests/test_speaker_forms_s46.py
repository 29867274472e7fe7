"""Who said it and who is cited, in forms the stop-45 unseen pair (a private-equity take-private, a
carmaker's chief hired to run a luxury group) showed (issue 11, stop 46). Every text here is invented;
each form is written down as a general shape, with three wordings that differ from the page that showed
it and from each other, and one near miss that must not be read so.
"""

from __future__ import annotations

from tests.factories import quote_speakers as speakers
from tests.factories import sources_of

_HEAD = "Tallow buys Brenvik\n\nTallow agreed to buy Brenvik for $2 billion on Monday.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


def _names(text: str) -> set[str]:
    return {name for name, _ in sources_of(text)}


# --- a wrapped line's first word is no sentence start ----------------------------------------------------------
# The FORM: a page hard-wrapped by bare newlines, "... <words with no end stop>\n<word in lower case>
# <reporting verb>": the lower-case word goes on the sentence before (a common noun of it), so it is no
# company that writes its name in lower case; only a real sentence start (the text's start, a blank line,
# or an end stop before it) lets such a word name a company.


def test_a_wrapped_noun_before_a_reporting_verb_is_no_company() -> None:
    text = _story("Brenvik will lose its chief to Tallow, the Lyon business\ntabloid reported on Tuesday.")
    assert "tabloid" not in _names(text)


def test_a_wrapped_noun_after_a_quotation_is_no_company() -> None:
    text = _story("“We will not sell the plant,” a person close to the founding\nsyndicate had said.")
    assert "syndicate" not in _names(text)
    assert speakers(text) != [("We will not", "syndicate")]


def test_a_wrapped_noun_on_an_indented_line_is_no_company() -> None:
    text = _story("Tallow has held talks with Brenvik since May, the Oslo\n   broadsheet wrote, citing two people.")
    assert "broadsheet" not in _names(text)


def test_near_miss_a_lower_case_name_after_an_end_stop_on_a_wrapped_page_still_speaks() -> None:
    text = _story("The board of Brenvik met late\non Monday.\nkelto said the review had ended in May.")
    assert ("kelto", "organization") in sources_of(text)
