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


def _org_entities(text: str) -> set[str]:
    from tests.factories import source_result

    return {e.name for e in source_result(text).entities if e.type.value in ("organization", "person")}


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


# --- what cites no one ----------------------------------------------------------------------------------------
# The FORMS: words a reporting sentence holds that name no source: an outlet "said, without citing
# sources," (the negation: no unnamed source); an adverb that opens its sentence before a comma
# ("Elsewhere,", "Likewise,", "Thereafter,") is no company, so "the firm said" after it never goes to it;
# a dateline glued to the first word ("OSLO -Tallow will ...") is no subject; "adding to" a sum or a
# count is no speech; "according to <Co>'s 2024 annual report" cites the report, a document, not the
# company speaking; the page's own outlet named without the kind of publication closing its name
# ("Car Weekly reported last month" on Car Weekly Magazine's page) is the page's own reporting.


def test_an_outlet_that_cites_no_sources_cites_no_unnamed_source() -> None:
    text = _story("The Harbour Ledger said on Friday, without citing sources, that Tallow would bid again.")
    cited = sources_of(text)
    assert ("Harbour Ledger", "outlet") in cited, cited
    assert not any(kind == "unnamed" for _, kind in cited), cited


def test_near_miss_an_outlet_that_cites_sources_cites_them() -> None:
    text = _story("The Harbour Ledger said, citing sources close to the board, that Tallow would bid again.")
    assert any(kind == "unnamed" for _, kind in sources_of(text))


def test_an_opening_adverb_is_no_company_the_firm_goes_back_to() -> None:
    text = _story(
        "Elsewhere, Brenvik has also put out its figures for the half.",
        "The firm said sales were hurt by ‘weak demand in June’.",
    )
    assert "Elsewhere" not in _org_entities(text)
    assert speakers(text) in ([("weak demand in", "Brenvik")], [])


def test_other_opening_adverbs_are_no_names() -> None:
    for adverb in ("Likewise", "Thereafter", "Afterwards", "Nevertheless"):
        text = _story(f"{adverb}, Brenvik cut its forecast.", "The firm said ‘demand is soft’.")
        assert adverb not in _org_entities(text), adverb


def test_a_glued_dateline_is_no_subject() -> None:
    text = "Tallow sets pay\n\nOSLO -Brenvik will propose a bonus for its new chief, saying the sum matched rivals.\n"
    cited = sources_of(text)
    assert "OSLO" not in {name for name, _ in cited}, cited
    assert ("Brenvik", "organization") in cited, cited


def test_adding_to_a_sum_is_no_speech() -> None:
    text = _story(
        "Brenvik will pay its new chief a $2 million bonus, adding to a yearly salary of $5 million."
    )
    assert "Brenvik" not in _names(text)


def test_near_miss_adding_that_is_speech() -> None:
    text = _story("Brenvik confirmed the bonus on Monday, adding that the board had approved it.")
    assert ("Brenvik", "organization") in sources_of(text)


def test_a_yearly_report_of_a_company_is_a_document() -> None:
    for words in ("2024 annual report", "latest quarterly report", "annual report for 2023"):
        text = _story(f"Ola Brandt earned $4 million last year, according to Brenvik's {words}.")
        cited = sources_of(text)
        assert ("Brenvik", "organization") not in cited, (words, cited)
        assert any(kind == "document" for _, kind in cited), (words, cited)


def test_the_pages_own_outlet_named_without_its_kind_is_no_source() -> None:
    from pathlib import Path

    from tui.analysis.extract import analyse_article
    from tui.corpus.model import Article, ArticleMeta

    text = _story("Fleet Buyer reported last month that Ola Brandt would leave Brenvik for Tallow.")
    meta = ArticleMeta(headline_in_text=True, outlet="Fleet Buyer Magazine")
    result = analyse_article(Article("a", Path("a.txt"), text, meta))
    assert all(s.name != "Fleet Buyer" for s in result.sources), [s.name for s in result.sources]
    other = ArticleMeta(headline_in_text=True, outlet="Harbour Ledger")
    result = analyse_article(Article("a", Path("a.txt"), text, other))
    assert any(s.name == "Fleet Buyer" for s in result.sources), [s.name for s in result.sources]


# --- a rewrite's swap for "said" ------------------------------------------------------------------------------
# The FORM: "<X> mentioned|proclaimed" where a rewrite put it for "said": before a "that" clause (an
# aside between allowed: "proclaimed, on air, that"), before a clause opened by a pronoun with no "that"
# ("mentioned Thursday it had agreed"), at the end of the sentence after a comma or a quotation ("...,
# the company mentioned."): X is cited. "mentioned <a thing>" is no cue.


def test_mentioned_before_a_pronoun_clause_cites_the_subject() -> None:
    text = _story("Brenvik mentioned on Friday it would close two plants.")
    assert ("Brenvik", "organization") in sources_of(text)


def test_mentioned_at_the_end_after_a_quotation_gives_the_quotation() -> None:
    text = _story("“Every store stays open,” Brenvik mentioned on Friday.")
    assert speakers(text) == [("Every store stays", "Brenvik")]


def test_proclaimed_with_an_aside_before_that_cites_the_person() -> None:
    text = _story("The television host Ola Brandt proclaimed, on air, that the sale was off.")
    assert ("Ola Brandt", "person") in sources_of(text)


def test_near_miss_mentioned_with_a_thing_as_its_object_is_no_cue() -> None:
    text = _story("Ola Brandt mentioned the plant in passing during a visit.")
    assert "Ola Brandt" not in _names(text)


# --- a company's people named by a plain plural noun ------------------------------------------------------------
# The FORM: "<plural noun of a company's people> say|said (that) ..." ("bosses say", "directors said
# that", "managers say"): the group speaks, named by its noun; "the board of directors said" stays the
# board's (the company's), no group.


def test_bosses_say_is_a_group() -> None:
    text = _story("Ola Brandt joined in 2001, and bosses say she has a ‘rare grasp of the plants’.")
    assert speakers(text) == [("rare grasp of", "bosses")]


def test_directors_said_that_is_a_group() -> None:
    text = _story("Directors said that the search for a new chief was ‘nearly done’.")
    assert ("directors", "group") in sources_of(text)


def test_managers_say_is_a_group() -> None:
    text = _story("Senior managers had said the cuts came too late.")
    assert any(kind == "group" for _, kind in sources_of(text))


def test_near_miss_the_board_of_directors_is_no_group() -> None:
    text = _story("The board of directors of Brenvik said the offer was fair.")
    assert ("directors", "group") not in sources_of(text)


def test_near_miss_a_group_view_inside_anothers_words_is_hers() -> None:
    text = _story(
        "Ola Brandt chairs Brenvik. She said directors believed Ivo Stark was “the right choice for a hard time”."
    )
    assert speakers(text) == [("the right choice", "Ola Brandt")]


# --- a stated mission, told with a verb of declaring ------------------------------------------------------------
# The FORM: "<X> [adverb] declares|states|describes|sets out its|their|her mission|goal|motto (as|to|of)
# “...”": the words are X's own, X (a back-reference resolved as any other) speaks them. A body named
# only inside brackets in the sentence before is no subject "the startup" takes up.

_ORLA = "Orla Robotics raised $1 billion on Monday.\n\nOrla Robotics builds farm drones in Ohio.\n\n"


def test_the_startup_declares_its_mission_in_quotation_marks() -> None:
    text = (
        "Orla raises $1 billion\n\n"
        + _ORLA
        + "The startup boldly declares its mission to “put a robot in every barn”.\n"
    )
    assert speakers(text) == [("put a robot", "Orla Robotics")]


def test_a_company_sets_out_its_goal_as_a_quotation() -> None:
    text = (
        "Orla raises $1 billion\n\n" + _ORLA + "Orla Robotics set out its goal as “a quieter farm by 2030”.\n"
    )
    assert speakers(text) == [("a quieter farm", "Orla Robotics")]


def test_a_founder_describes_her_mission_in_her_words() -> None:
    text = (
        "Orla raises $1 billion\n\n" + _ORLA + "Ola Brandt founded the company in 2019. "
        "She describes her mission as “making farm work safe”.\n"
    )
    assert speakers(text) == [("making farm work", "Ola Brandt")]


def test_a_name_in_brackets_before_is_no_subject_the_startup_takes_up() -> None:
    text = (
        "Orla raises $1 billion\n\n"
        + _ORLA
        + "Both names come from old myths (Kestrel is a bird, Orla a queen).\n\n"
        "The startup declares its mission to “put a robot in every barn”.\n"
    )
    assert speakers(text) == [("put a robot", "Orla Robotics")]


def test_near_miss_a_rival_mocking_the_mission_gives_it_to_no_one_else() -> None:
    text = (
        "Orla raises $1 billion\n\n" + _ORLA + "A rival mocked its mission to “put a robot in every barn”.\n"
    )
    assert speakers(text) in ([("put a robot", None)], [("put a robot", "Orla Robotics")])
