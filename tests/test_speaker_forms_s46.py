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
    text = _story(
        "Tallow has held talks with Brenvik since May, the Oslo\n   broadsheet wrote, citing two people."
    )
    assert "broadsheet" not in _names(text)


def test_near_miss_a_lower_case_name_after_an_end_stop_on_a_wrapped_page_still_speaks() -> None:
    text = _story("The board of Brenvik met late\non Monday.\nkelto said the review had ended in May.")
    assert ("kelto", "organization") in sources_of(text)


# --- a title chain between an inverted verb and the name -------------------------------------------------------
# The FORM: "“...,” said <title> of the <body> [of <body>] <Name>" (a post of a board or a committee,
# capitalized, with no article, right before the name): the person speaks; the body named inside the
# title is part of the post, never a company nor one name with the person.


def test_a_chair_of_the_board_of_directors_speaks_after_a_quotation() -> None:
    text = _story("“Brenvik found its footing again,” said Chairman of the Board of Directors Ola Brandt.")
    assert speakers(text) == [("Brenvik found its", "Ola Brandt")]


def test_a_head_of_a_committee_speaks_with_a_tense_of_the_past() -> None:
    text = _story(
        "“The offer was studied line by line,” added Head of the Audit Committee Lena Holt on Tuesday."
    )
    assert speakers(text) == [("The offer was", "Lena Holt")]


def test_a_vice_chair_of_the_supervisory_board_speaks_in_the_present() -> None:
    text = _story("“We back the sale,” says Vice Chair of the Supervisory Board Ivo Stark, who voted for it.")
    assert speakers(text) == [("We back the", "Ivo Stark")]


def test_near_miss_a_board_as_the_subject_still_speaks_as_a_body() -> None:
    # the same words as a subject with no name after them: the company's board, no person
    text = _story("“We back the sale,” said the board of directors of Brenvik.")
    assert speakers(text) != [("We back the", "Ola Brandt")]
    assert all(name != "Board of Directors" for name, _ in sources_of(text))


# --- a name with a bare post and no comma before the verb ------------------------------------------------------
# The FORM: "“...,” <Name>, <post> at|of|with <Firm> <verb>" (the post without an article, no comma
# closing the aside before the verb): the named person speaks, never an unnamed "<post> at <Firm>" nor
# the company quoted before.


def test_a_name_then_a_bare_post_at_a_firm_speaks() -> None:
    text = _story(
        "Tallow said the deal made sense.\n\n"
        "“The price looks full,” Ola Brandt, strategist at Orla Capital said on Monday."
    )
    assert speakers(text) == [("The price looks", "Ola Brandt")]


def test_a_name_then_a_bare_post_of_a_firm_speaks_with_words_in_between() -> None:
    text = _story(
        "Brenvik declined to give a figure.\n\n"
        "“They paid for growth that is not there yet,” Lena Holt, portfolio manager with Fjord "
        "Partners told reporters."
    )
    assert speakers(text) == [("They paid for", "Lena Holt")]


def test_a_name_then_a_bare_post_speaks_a_quotation_in_two_parts() -> None:
    text = _story(
        "Tallow said the deal made sense.\n\n"
        "“It is a bold bet,” Ivo Stark, credit analyst at Kestrel Bank wrote, “but a fair one.”"
    )
    assert [who for _, who in speakers(text)] == ["Ivo Stark", "Ivo Stark"]


def test_near_miss_a_post_at_a_firm_with_no_name_stays_unnamed() -> None:
    # an article before the post and no name: an unnamed analyst, never the firm nor a person
    text = _story(
        "Tallow said the deal made sense.\n\n“The price looks full,” an analyst at Orla Capital said."
    )
    assert speakers(text) == [("The price looks", "an analyst at Orla Capital")]


# --- a named outlet set off by a descriptor --------------------------------------------------------------------
# The FORM: an outlet's name with a descriptor of its kind before or after it, as the subject of a
# reporting verb or the agent of "reported by": "<Outlet> newspaper (first) reported", "reported by
# <nationality> daily <Outlet>", "reported by the <adjective> newspaper <Outlet>"; and two outlets
# joined by "and" before one verb ("<A> and <B> reported"): each is cited.


def test_an_outlet_with_its_kind_after_the_name_reports() -> None:
    text = _story("Tallow will keep Brenvik's brand, Il Corriere Lombardo daily had reported earlier.")
    assert ("Il Corriere Lombardo", "outlet") in sources_of(text)


def test_an_outlet_after_a_nationality_and_its_kind_is_the_agent_of_reported_by() -> None:
    text = _story("The sale was first revealed by Norwegian weekly Kapital Ukeblad on Friday.")
    assert ("Kapital Ukeblad", "outlet") in sources_of(text)


def test_an_outlet_after_an_article_an_adjective_and_its_kind_is_the_agent_of_reported_by() -> None:
    text = _story(
        "Talks between the two were reported earlier this month by the Dutch newspaper Het Dagblad."
    )
    assert ("Het Dagblad", "outlet") in sources_of(text)


def test_two_outlets_joined_by_and_before_one_verb_are_both_cited() -> None:
    text = _story(
        "Tallow had offered $3 billion in 2019, the Harbour Ledger and the Kestrel Gazette said at the time."
    )
    names = _names(text)
    assert {"Harbour Ledger", "Kestrel Gazette"} <= names, names


def test_near_miss_a_company_named_with_a_newspaper_noun_in_a_deal_is_no_outlet() -> None:
    # the same nouns in another role: a newspaper bought, not one reporting
    text = _story("Tallow also owns the Swiss newspaper Der Bote, which it bought in 2019, the company said.")
    assert ("Der Bote", "outlet") not in sources_of(text)


def test_near_miss_a_weekly_work_named_after_the_adjective_is_no_outlet() -> None:
    # "weekly" as an adjective of a newsletter: the name is the newsletter's, no outlet reporting
    from tests.factories import source_result

    text = _story("Sign up for the weekly Harbour Roundup newsletter to follow the sale.")
    assert all(e.type.value != "outlet" for e in source_result(text).entities)
