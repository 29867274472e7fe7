"""Appointment forms the fitted coverage still missed (stop 49, "appts"): a person leaving one company for another, a
page telling two companies' changes, "chairman of the board" beside a chief executive's title, and a past start day
that is no effective day.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of the dated tests are dated a Thursday.
THURSDAY = dt.date(2031, 11, 13)


def rule_of(f: EventFacts, slot: str) -> str | None:
    found = f.slots.get(slot)
    return None if found is None else found.rule


# --- the post someone holds, told with one describing word before the title ---------------------------------------------
# The shape: <Person>, the <nationality | veteran | longtime | long-serving | embattled> <TITLE> of <Old>, leaves (resigns,
# quits ...); <Person / he / she> will join <New> as its / the <kind>'s new <TITLE>. The described title is the post
# held at <Old> (the former title), so the one leaving <Old> is the appointee at <New>, never their own predecessor.
# Not any other word ("X, the popular chief executive of <Old>") nor a nationality of a company ("X, the Swiss group's
# CEO"): no title after one describing word.


@pytest.mark.parametrize(
    ("text", "person", "org", "former_title"),
    [
        (
            "Shares in Halden Bank slide as its chief heads for Velmor\n\nHalden Bank shares fell 4% on Monday, while "
            "Velmor gained, after Piet Aalders, the Dutch chief executive of Halden Bank, resigned from the post. "
            "According to people close to the talks, he will join Velmor as the chemicals group's new CEO.\n",
            "Piet Aalders",
            "Velmor",
            "ceo",
        ),
        (
            "Orbitex boss quits for Carrow Foods\n\nGrete Lund, the veteran chief operating officer of Orbitex, quit on Sunday after "
            "nine years, and Carrow Foods climbed 3%. She will join Carrow Foods as its next chief executive, two "
            "people said.\n",
            "Grete Lund",
            "Carrow Foods",
            "coo",
        ),
        (
            "Dalvik Motors loses its chief to Pellan\n\nDalvik Motors said on Friday that Jonas Berg, the Swedish CFO "
            "of Dalvik Motors, is leaving the carmaker, while Pellan rose. Berg will join Pellan as the retailer's "
            "chief executive in the autumn, reports said.\n",
            "Jonas Berg",
            "Pellan",
            "cfo",
        ),
    ],
)
def test_a_described_title_is_the_post_held_at_the_company_left(
    text: str, person: str, org: str, former_title: str
) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "organization") == org
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == former_title
    assert value(f, "predecessor") != person


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        ("Anna Ruiz, the popular chief executive of Velmor, spoke.", "popular", None),
        ("Tom Hale, the Swiss group's CEO, spoke.", "Swiss", None),
        ("Ruth Okafor, the Kenyan chief executive of Halden Bank, spoke.", "Kenyan", "chief executive"),
        ("Bram Olsen, the long-serving president of Dalvik, spoke.", "long-serving", "president"),
    ],
)
def test_near_miss_a_word_neither_a_nationality_nor_a_standing(
    text: str, word: str, title: str | None
) -> None:
    from tui.analysis.extract.fact_layout import _layout
    from tui.analysis.extract.post_org import described_title
    from tui.analysis.model import ArticleAnalysis

    doc = _layout(text, ArticleAnalysis("a"), [], None)
    found = described_title(doc, text.index(word), len(text))
    assert (found.group(0) if found is not None else None) == title


# --- the company's new post, for someone who holds another company's title -------------------------------------------
# The shape: ... <New> ... <Old> <TITLE> <Person> is poised to step in as / will become the company's (group's, firm's
# ...) next / new <TITLE>: "the company" is the one company the sentence names besides those whose titles label the
# person (<New>), not the company whose title they carry, however often the page names it. Not a sentence that names
# no other company ("<Old> CEO X will also take over as the company's chairman": <Old>), nor one naming two others.


@pytest.mark.parametrize(
    ("text", "person", "org", "former_title"),
    [
        (
            "Velmor shares jump on reports of a new chief\n\nShares of the chemicals group Velmor rose 8% on Tuesday "
            "after reports that Orbitex CEO Lena Marsh is poised to step in as the company's next chief executive. "
            "Orbitex said Marsh would leave in May. Orbitex shares fell. Orbitex has not named a successor.\n",
            "Lena Marsh",
            "Velmor",
            "ceo",
        ),
        (
            "Carrow Foods to hire Halden Bank finance chief\n\nCarrow Foods has agreed terms with Halden Bank CFO "
            "Ruth Okafor, who will become the group's new chief executive in the spring, a person familiar said. "
            "Halden Bank declined to comment. Halden Bank is looking for a new CFO.\n",
            "Ruth Okafor",
            "Carrow Foods",
            "cfo",
        ),
        (
            "Pellan poaches a Dalvik president\n\nInvestors cheered in Oslo as Pellan confirmed that Dalvik Motors "
            "president Jonas Berg will join as the firm's new CEO from March. Dalvik Motors named no replacement. "
            "Dalvik Motors shares were flat.\n",
            "Jonas Berg",
            "Pellan",
            "president",
        ),
    ],
)
def test_the_company_s_new_post_is_the_other_company_s(
    text: str, person: str, org: str, former_title: str
) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "organization") == org
    assert rule_of(f, "organization") == "appointment.org-described-post"
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == former_title


def test_near_miss_the_company_s_post_with_no_other_company_named() -> None:
    f = facts_of(
        "Orbitex shakes up its board\n\nOrbitex CEO Lena Marsh will take over as the company's chairman next "
        "year, Orbitex said on Tuesday.\n"
    )
    assert value(f, "organization") == "Orbitex"
    assert rule_of(f, "organization") != "appointment.org-described-post"


def test_near_miss_the_company_s_post_with_two_other_companies_named() -> None:
    f = facts_of(
        "Talks on a new chief\n\nShares of Velmor and Carrow Foods rose after reports that Orbitex CEO Lena Marsh "
        "is poised to step in as the company's next chief executive.\n"
    )
    assert rule_of(f, "organization") != "appointment.org-described-post"


# --- a move to another company's top job, told without a title -----------------------------------------------------
# The shape: <P> (, <title> of <Old>,) is stepping down / will leave / is quitting <Old> to take (over) the top job /
# the top post / the helm / the reins at <New>: <P> is the appointee, <New>'s chief executive, never the one who leaves
# it. Not a candidate's ("X is tipped to take the top job at <New>"), nor the cue with no company named after it.


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Hale quits Orbitex for Velmor\n\nTom Hale, the chief executive of Orbitex, is stepping down to take the "
            "top job at Velmor, Orbitex said on Monday. Orbitex named its finance chief as interim CEO. Orbitex "
            "shares fell.\n",
            "Tom Hale",
            "Velmor",
        ),
        (
            "Halden Bank loses its finance chief\n\nHalden Bank said Ruth Okafor, its finance chief, will leave in "
            "March to take over the helm at Carrow Foods. Halden Bank did not name a successor. Halden Bank shares "
            "dipped.\n",
            "Ruth Okafor",
            "Carrow Foods",
        ),
        (
            "Dalvik Motors president departs\n\nKai Moe is quitting Dalvik Motors after eight years to take the reins "
            "at Pellan, a person familiar said. Dalvik Motors declined to comment. Dalvik Motors will name a new "
            "president.\n",
            "Kai Moe",
            "Pellan",
        ),
    ],
)
def test_a_move_to_another_company_s_top_job(text: str, person: str, org: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert rule_of(f, "new_title") == "appointment.top-job"
    assert value(f, "organization") == org
    assert value(f, "predecessor") != person


@pytest.mark.parametrize(
    "text",
    [
        "Talk of a move\n\nKai Moe, the president of Dalvik Motors, is tipped to take the top job at Pellan, people "
        "familiar said. Dalvik Motors declined to comment.\n",
        "Dalvik Motors president departs\n\nKai Moe is quitting Dalvik Motors to take the helm at the group's "
        "rival, a person familiar said.\n",
    ],
)
def test_near_miss_a_candidate_or_no_company_after_the_cue(text: str) -> None:
    assert rule_of(facts_of(text), "new_title") != "appointment.top-job"


# --- the chair of "the board" on a two-tier board whose supervisory chair is someone else's ---------------------------
# The shape: <Old> will step down as / <New> will replace <Old> as chairman (chairwoman, chair) of the board, on a page
# that gives the supervisory board's chair to a third person ("supervisory board chairman Z", "Z, chair of the
# supervisory board", "the supervisory board's chairwoman, Z"): the chair that changes hands is the management board's,
# the chief executive's post. Not a page whose supervisory chair is the one leaving (that chair is the one left), nor
# one that names the supervisory board without its chair (the post stays open, tests/test_post_titles.py).


@pytest.mark.parametrize(
    "text",
    [
        "Halden Werke names Ilse Marrow\n\nDario Fenn is leaving his seat as chairman of the board of Halden Werke, and "
        "Ilse Marrow replaces him, the group said on Friday. Supervisory board chairman Karl Brandt praised Fenn's "
        "years at the top.\n",
        "Brenner AG names Ilse Marrow\n\nIlse Marrow will replace Dario Fenn as chairwoman of the board "
        "of Brenner AG in May, the firm said. Greta Voss, chair of the supervisory board, praised Fenn.\n",
        "Marrow to lead Koller Stahl AG\n\nKoller Stahl AG said Dario Fenn is stepping down as chair of the board, to "
        "be succeeded by Ilse Marrow. The supervisory board's chairman, Otto Lind, said the change was agreed.\n",
    ],
)
def test_a_two_tier_board_s_chair_beside_a_supervisory_chair_is_the_ceo_post(text: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "new_title") == "ceo"
    assert rule_of(f, "new_title") == "appointment.title-management-chair"


def test_near_miss_the_supervisory_chair_is_the_one_leaving() -> None:
    f = facts_of(
        "Halden Werke changes its board\n\nDario Fenn is leaving his seat as chair of the board, and Ilse Marrow "
        "replaces him, the group said. Fenn had been supervisory board chairman since 2019.\n"
    )
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "new_title") != "ceo"


# --- a bare head of the company, in the place of a chief executive who leaves -------------------------------------------
# The shape: <Old>, labelled chief executive now ("<Org> CEO <Old>", "<Old>, its CEO since <year>,"), leaves; <New> will
# take over as / becomes / is picked as (the / its / <Org>'s) (new) leader (head): the post is the chief executive's.
# Not the head of a unit or a function ("head of the retail arm", "leader for Asia"), nor a head in the place of someone
# who is no chief executive.


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Orbitex picks a finance chief to lead\n\nOrbitex said Tom Hale, its CEO since 2021, would step down. Lena "
            "Marsh, its finance chief, is to become leader in the spring, Orbitex said.\n",
            "Lena Marsh",
        ),
        (
            "Halden Bank changes course\n\nHalden Bank said Ruth Okafor will succeed CEO Piet Aalders, who is retiring, "
            "as the bank's head in March.\n",
            "Ruth Okafor",
        ),
        (
            "Velmor names Anna Ruiz\n\nVelmor chief executive Bram Olsen leaves at the end of the year, and Anna Ruiz "
            "was named as its new leader on Thursday.\n",
            "Anna Ruiz",
        ),
    ],
)
def test_a_bare_head_in_the_place_of_a_chief_executive_is_the_ceo_post(text: str, person: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert rule_of(f, "new_title") == "appointment.title-equated"


@pytest.mark.parametrize(
    "text",
    [
        "Halden Bank changes course\n\nHalden Bank CEO Piet Aalders is retiring, and Ruth Okafor will take over as "
        "head of the retail arm in March.\n",
        "A new face at Velmor\n\nVelmor's sales director Bram Olsen leaves at the end of the year; Anna Ruiz will "
        "take over as leader on Thursday.\n",
    ],
)
def test_near_miss_a_unit_s_head_or_no_chief_executive_leaving(text: str) -> None:
    assert value(facts_of(text), "new_title") != "ceo"


# --- "chairman of the board" joined to a chief executive's title ------------------------------------------------------
# The shape: chairman (chairwoman, chair) of the board (of directors) and CEO (chief executive) [of <Org>], as the post
# someone leaves, holds or is named to: one joined post whose highest part is the chief executive's. Before, "of the
# board" cut the join and the post read as a bare chair. Not a chair of the board with no second title joined ("named
# X chairwoman of the board, replacing Y, who remains chief executive"): a chair.


@pytest.mark.parametrize(
    "text",
    [
        "Orbitex picks Lena Marsh\n\nTom Hale, chairman of the board and CEO of Orbitex, will retire in May. Lena Marsh "
        "will succeed him, the company said.\n",
        "Velmor picks Anna Ruiz\n\nAnna Ruiz will succeed Bram Olsen, who is retiring as chair of the board and chief "
        "executive of Velmor after ten years.\n",
        "Halden Bank picks Ruth Okafor\n\nHalden Bank named Ruth Okafor chairwoman of its board of directors and "
        "chief executive, replacing Piet Aalders.\n",
    ],
)
def test_chairman_of_the_board_joined_to_a_ceo_title_is_the_ceo_post(text: str) -> None:
    assert value(facts_of(text), "new_title") == "ceo"


def test_near_miss_a_chair_of_the_board_alone_stays_a_chair() -> None:
    f = facts_of(
        "Velmor picks Anna Ruiz\n\nVelmor named Anna Ruiz chairwoman of the board, replacing Bram Olsen, who remains "
        "chief executive.\n"
    )
    assert value(f, "person") == "Anna Ruiz"
    assert value(f, "new_title") == "chair"


def test_a_former_post_joined_across_the_board_keeps_both_parts() -> None:
    f = facts_of(
        "Halden Werke names Ilse Marrow\n\nIlse Marrow, currently chairman of the board and CEO of Brenner AG, will "
        "become chief executive of Halden Werke in May, replacing Dario Fenn.\n"
    )
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == "chair and ceo"


# --- one page, two companies' changes: the company that names the new chief -------------------------------------------
# The shape: a page that tells one company's lesser change (a designer, a marketing head) and another's top one;
# "(Meanwhile / Separately,) <Org> named / picked / appointed <P> as <TITLE>": the post is the naming company's, not the
# one the page names most. Not a passive ("X and Y, head of the unit, have been named co-CEOs": no company names them),
# nor a company with a person between it and the verb ("Orbitex CEO Y named X ..."), which keep the old reading.


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "Two boardrooms, two new faces\n\nAt Orbitex, Tom Hale will become creative director of its fashion "
            "label. Orbitex shares rose. Meanwhile, Velmor named outsider Anna Ruiz as chief executive officer "
            "succeeding Bram Olsen, who leaves this summer.\n",
            "Anna Ruiz",
            "Velmor",
        ),
        (
            "New leaders\n\nCarrow Foods has named Jonas Berg its marketing director, Carrow Foods said. Pellan, "
            "for its part, picked Grete Lund as chief executive to succeed Ola Dahl.\n",
            "Grete Lund",
            "Pellan",
        ),
        (
            "A week of changes\n\nDalvik Motors moved Kai Moe to head of design, and Dalvik Motors shares were "
            "flat. Halden Bank on Monday appointed Ruth Okafor as chief executive, replacing Piet Aalders.\n",
            "Ruth Okafor",
            "Halden Bank",
        ),
    ],
)
def test_the_company_that_names_the_new_chief_owns_the_post(text: str, person: str, org: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert value(f, "organization") == org
    assert rule_of(f, "organization") == "appointment.org-naming-subject"


def test_near_miss_a_passive_naming_has_no_naming_company() -> None:
    f = facts_of(
        "Orbitex splits the top job\n\nIn his place, Lena Marsh, Orbitex's CFO, and Tom Hale, GM of the devices "
        "group, have been named interim co-CEOs.\n"
    )
    assert rule_of(f, "organization") != "appointment.org-naming-subject"


# --- the company's leader up to now, told in a relative clause ----------------------------------------------------------
# The shape: <P> is named / will join <Org> as chief executive; ... <Org>, which has (had) been led / run / headed
# (for <time> / since <year>) by (its <noun>) <X>: with no one else told as leaving, <X> is the one <P> replaces. Not a
# new post other than the chief executive's, another company's leader, nor the appointee themself.


@pytest.mark.parametrize(
    ("text", "predecessor"),
    [
        (
            "Velmor hires Orbitex's Lena Marsh\n\nOrbitex CEO Lena Marsh will join Velmor as its chief executive in May, "
            "Velmor said. The move marks a change for Velmor, which has been led since 2012 by Bram Olsen, who stays "
            "as chairman.\n",
            "Bram Olsen",
        ),
        (
            "Halden Bank names Ruth Okafor CEO\n\nHalden Bank named Ruth Okafor chief executive on Monday. It is a "
            "break for Halden Bank, which had been run for 15 years by its founder Piet Aalders.\n",
            "Piet Aalders",
        ),
        (
            "Pellan names Grete Lund chief executive\n\nPellan has named Grete Lund as its chief executive from May. "
            "Analysts welcomed the choice for Pellan, which has been headed by Ola Dahl since 2015.\n",
            "Ola Dahl",
        ),
    ],
)
def test_the_leader_up_to_now_is_the_one_replaced(text: str, predecessor: str) -> None:
    f = facts_of(text)
    assert value(f, "new_title") == "ceo"
    assert value(f, "predecessor") == predecessor
    assert rule_of(f, "predecessor") == "appointment.led-up-to-now"


@pytest.mark.parametrize(
    "text",
    [
        "Pellan names Grete Lund finance chief\n\nPellan has named Grete Lund as its finance chief from May. Analysts "
        "welcomed the choice for Pellan, which has been headed by Ola Dahl since 2015.\n",
        "Pellan names Grete Lund chief executive\n\nPellan has named Grete Lund as its chief executive from May. She "
        "came from Carrow Foods, which has been led by Ola Dahl since 2015.\n",
        "Pellan names Grete Lund chief executive\n\nPellan has named Grete Lund as its chief executive from May. Lund "
        "knows Pellan, which has been run by Grete Lund on an interim basis since March.\n",
    ],
)
def test_near_miss_another_post_another_company_or_the_appointee(text: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert rule_of(f, "predecessor") != "appointment.led-up-to-now"


# --- a day in a relative clause told in the past is someone's own earlier moment --------------------------------------
# The shape: ... <Name>, who took over / joined / started / became / was appointed ... on <day>: the day that clause
# tells is the named person's own past start (the one replaced, most often), never the day the new appointment takes
# effect. Not a day told ahead in such a clause ("X, who will take over as chief executive on Dec. 1"), nor a day after
# the clause has closed.


@pytest.mark.parametrize(
    "text",
    [
        "Velmor names Anna Ruiz chief executive\n\nVelmor named Anna Ruiz chief executive, succeeding Bram Olsen, who "
        "took over as CEO on Jan. 5, 2031.\n",
        "Dalvik names Jonas Berg CEO\n\nDalvik Motors said Jonas Berg will take the helm. Berg replaces Kai Moe, who "
        "started in the role on Sept. 2.\n",
        "Halden Bank picks Ruth Okafor\n\nRuth Okafor will replace Piet Aalders, who was appointed interim chief "
        "executive on June 1, Halden Bank said.\n",
    ],
)
def test_a_past_start_in_a_relative_clause_is_no_effective_day(text: str) -> None:
    f = facts_of(text, True, THURSDAY)
    assert value(f, "predecessor") is not None
    assert value(f, "effective") is None


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        (
            "Dalvik names Jonas Berg CEO\n\nJonas Berg, who will take over as chief executive on Dec. 1, replaces "
            "Kai Moe.\n",
            "2031-12-01",
        ),
        (
            "Dalvik names Jonas Berg CEO\n\nJonas Berg replaces Kai Moe, who took over in 2024, and will take over "
            "as chief executive on Dec. 1.\n",
            "2031-12-01",
        ),
    ],
)
def test_near_miss_a_day_told_ahead_or_after_the_clause(text: str, effective: str) -> None:
    assert value(facts_of(text, True, THURSDAY), "effective") == effective


# --- every new pattern stays linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("post_org", "_DESCRIBER", "Italian veteran long-serving a-b-c "),
        ("predecessor", "_LED_UP_TO_NOW", ", which has been led for two decades by its founder "),
        ("new_post", "_TOP_JOB_AT", "to take over the top job at to assume the helm of the reins "),
        ("post_org", "_PASSIVE_BEFORE", "been is quickly was are named "),
        ("titles", "_OF_THE_BOARD", " of the board of its board of directors of the boards "),
        ("effective_date", "_PAST_RELATIVE", "had been quickly took joined was run "),
        ("post_title", "_HEAD_OF", " of at for in of "),
        ("post_title", "_SUPERVISORY_CHAIR", "supervisory board's chairman chair of the supervisory board "),
        ("post_org", "_DESCRIBED_BEFORE", "the company's the group’s new next the firm-x's "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
