"""Who is cited and who speaks, in forms the stop-49 unseen pair (an IPO priced above its range, a
court-run sale of a bankrupt company's assets) showed (stop 50, forms 15-18 of the keeper's list).
Every text here is invented; each form is written down as a general shape, with three wordings that
differ from the pages that showed it and from each other, and at least one near miss that must not be
read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, sources_of
from tests.factories import quote_speakers as speakers

_HEAD = "Tallow buys Brenvik's plants\n\nTallow agreed on Monday to buy the plants of Brenvik for $90 million.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


def _names(text: str) -> set[str]:
    return {name for name, _ in sources_of(text)}


# --- (15) a list of posts between a person's name and the verb -------------------------------------------
# The FORM: "<Name>, <post>, <post>, <post> and <post> of <Company> said": the posts, set off by commas
# and joined by "and", are all the person's; the person speaks and is cited, never the company that
# closes the list. Near misses: the posts before the name ("Co-founder and chief executive <Name> of
# <Co> said") keep the person; a company described by a relative clause that lists things ("<Co>,
# which makes A, B and C, said") is the company; a list of names before the verb is no post.


def test_four_posts_then_the_company_and_a_comma_before_said_is_the_person() -> None:
    text = _story(
        "Dana Ruiz, co-founder, board co-chair, president and chief technology officer of Orvex, said, "
        '"We know how to run large plants well."'
    )
    assert speakers(text) == [("We know how", "Dana Ruiz")]
    assert "Orvex" not in _names(text)


def test_three_posts_then_the_company_right_before_said_is_the_person() -> None:
    text = _story(
        "Priya Nand, founder, chairwoman and chief executive of Halden Labs said, "
        '"This is a good day for every one of our staff."'
    )
    assert speakers(text) == [("This is a", "Priya Nand")]
    assert ("Priya Nand", "person") in sources_of(text)


def test_posts_at_a_firm_before_told_is_the_analyst() -> None:
    text = _story(
        "Omar Haddad, managing partner, head of research and chief strategist at Kestrel Capital told "
        'clients that the price was "far too low for what Brenvik owns."'
    )
    assert speakers(text) == [("far too low", "Omar Haddad")]
    assert "Kestrel Capital" not in _names(text)


def test_near_miss_the_posts_before_the_name_keep_the_person() -> None:
    text = _story('Co-founder and chief executive Priya Nand of Halden Labs said, "This is a good day."')
    assert speakers(text) == [("This is a", "Priya Nand")]


def test_near_miss_a_company_described_by_a_list_of_things_speaks() -> None:
    text = _story('Halden Labs, which makes ovens, kettles and toasters, said, "This is a good day for us."')
    assert speakers(text) == [("This is a", "Halden Labs")]


def test_near_miss_a_clause_between_commas_is_no_list_of_posts() -> None:
    text = _story(
        "Lena Holt, Marrow Foods' founder, is expected to leave as its chief executive, the Courier reported."
    )
    assert "Lena Holt" not in _names(text)


def test_near_miss_a_list_of_names_is_no_post() -> None:
    text = _story("Priya Nand, Omar Haddad, and Halden Labs said the price was fair.")
    assert "Priya Nand" not in _names(text)


# --- (16) a paper's told stance; a plural group's told advice ----------------------------------------------
# The FORM: "<Newspaper> foresees / expects / foresaw <a view>": a paper's told stance cites the paper
# (as experts in the plural who forecast or expect are cited, the tables' convention a); "some public
# officials advised <someone> to / against / that ...": a group's told advice cites the group, named by
# its noun (officials with no body named are `officials`, convention z). Near misses: a stance verb with
# no source as its subject ("the market expects", "Tallow expects"); a firm's role in a deal ("lawyers
# advised Tallow on its bid") is no advice.


def test_a_paper_that_foresees_quoted_worries_is_cited() -> None:
    text = _story(
        'The Harbour Times foresees instant "pricing worries" given that Tallow would own both plants.'
    )
    assert ("Harbour Times", "outlet") in sources_of(text)


def test_a_paper_that_expects_a_clause_is_cited() -> None:
    text = _story("The Financial Times expects that the sale will close before the court's summer break.")
    assert ("Financial Times", "outlet") in sources_of(text)


def test_a_paper_that_foresaw_a_hard_road_is_cited() -> None:
    text = _story("The Wall Street Journal foresaw a hard road for the merged group in Europe.")
    assert "The Wall Street Journal" in _names(text)


def test_public_officials_who_advised_buyers_are_the_group_officials() -> None:
    text = _story("Some public officials advised shoppers to keep their receipts until the sale closes.")
    assert ("officials", "group") in sources_of(text)


def test_elected_officials_who_advise_against_are_the_group_officials() -> None:
    text = _story("Elected officials advised voters against selling their shares before the vote.")
    assert ("officials", "group") in sources_of(text)


def test_consumer_groups_that_advised_members_are_cited() -> None:
    text = _story("Several consumer groups advised members that they could ask for their data back.")
    assert ("consumer groups", "group") in sources_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The market expects the sale to close in May.",
        "The two groups expect to complete the deal in the first half of 2031.",
        "Tallow expects revenue to rise by 4% next year.",
        "Lawyers advised Tallow on its bid to buy the plants.",
        "Marlow Partners advised Brenvik on the sale.",
    ],
)
def test_near_miss_no_one_is_cited(sentence: str) -> None:
    assert sources_of(_story(sentence)) == set()


# --- (17) an outlet after "reports from" ---------------------------------------------------------------
# The FORM: "according to reports from <Outlet>", "citing (media) reports from <Outlet>": the reports'
# maker is cited; a name the gazetteer does not know as a company (a paper's romanised name) is an
# outlet. Near misses: reports with no maker named ("according to reports") cite no outlet; reports
# from a known company stay the company's; a company's filed reports from its auditors cite no one.


def test_reports_from_a_romanised_paper_cite_the_outlet() -> None:
    text = _story("On May 3, according to reports from Xin Jing Bao, Tallow raised its offer to $95 million.")
    assert ("Xin Jing Bao", "outlet") in sources_of(text)


def test_media_reports_from_a_paper_after_the_clause_cite_it() -> None:
    text = _story(
        "Tallow raised its offer to 40 million shares, according to media reports from Hua Sheng Ribao."
    )
    assert ("Hua Sheng Ribao", "outlet") in sources_of(text)


def test_citing_reports_from_two_papers_cites_both() -> None:
    text = _story("The shares jumped 9% on Tuesday, citing reports from Yomiuri Shimbun and Bloomberg.")
    assert {("Yomiuri Shimbun", "outlet"), ("Bloomberg", "outlet")} <= sources_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "According to reports, Tallow raised its offer.",
        "Tallow filed reports from its auditors with the regulator.",
    ],
)
def test_near_miss_reports_with_no_maker_cite_no_outlet(sentence: str) -> None:
    assert not {kind for _, kind in sources_of(_story(sentence))} & {"outlet"}


def test_near_miss_reports_from_a_known_company_are_the_companys() -> None:
    text = _story("According to reports from Goldman Sachs, the plants are worth more.")
    assert ("Goldman Sachs", "organization") in sources_of(text)


# --- (18) a bare participle after a partner's name ---------------------------------------------------------
# The FORM: "<a deal> with <Co> announced / revealed <when>", "<a deal> between <A> and <Co> announced
# <when>": a past participle with no maker named cites no one (the tables' convention e'), never the
# partner named before it. Near misses: the maker named after "by" ("a partnership announced by <Co> in
# 2018": a passive with its agent, cited as "announced by the companies" is in the tables); "together
# with" / "along with" add a subject that announces; a finite verb with a "that" clause.


def test_a_partnership_with_a_company_announced_in_a_year_cites_no_one() -> None:
    text = _story(
        "Brenvik grew fast, most notably through a partnership with Corlane Foods announced in 2018."
    )
    assert "Corlane Foods" not in _names(text)


def test_a_licensing_deal_with_a_firm_revealed_in_a_month_cites_no_one() -> None:
    text = _story("A licensing deal with Pellam Biotech revealed in March brought Brenvik $40 million.")
    assert "Pellam Biotech" not in _names(text)


def test_a_venture_between_two_firms_announced_back_then_cites_no_one() -> None:
    text = _story(
        "The joint venture between Orla and Sorrel Energy announced back in 2019 never built a plant."
    )
    assert "Sorrel Energy" not in _names(text)


def test_near_miss_a_partnership_announced_by_a_company_cites_it() -> None:
    text = _story("Brenvik grew through a partnership announced by Corlane Foods in 2018.")
    assert "Corlane Foods" in _names(text)


def test_near_miss_together_with_adds_a_subject_that_announces() -> None:
    text = _story("Orla, together with Brenvik, announced a joint venture on Monday.")
    assert "Orla" in _names(text)


def test_near_miss_a_finite_verb_with_a_that_clause_cites_its_subject() -> None:
    text = _story("Talks with Orla ended and Corlane Foods announced in May that it would sell the unit.")
    assert "Corlane Foods" in _names(text)


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_POST_ITEM", "board co-chair "),
        ("_ADVICE_AFTER", " customers all of "),
        ("_REPORTS_FROM", "several media reports "),
        ("_PARTNER_OBJECT_END", " with the Orla Brandt and "),
        ("_PARTICIPLE_TAIL", " in the deal that "),
    ],
)
def test_the_new_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", name), unit) < 20
