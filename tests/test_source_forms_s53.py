"""Who is cited when no "said X" names the source, in forms the stop-52 hold-out pair (a division sold to a
rival with no name of its own, a listed shell merging with a private company) showed (stop 53, "sources": form 9
of the keeper's list). Every text here is invented; each form is written down as a general shape, with three
wordings that differ from the pages that showed it and from each other, and at least one near miss that must not
be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, sources_of

_HEAD = "Grocer sells its snacks arm\n\n"


def _cited(body: str) -> set[tuple[str, str]]:
    return sources_of(_HEAD + body)


def _names(body: str) -> set[str]:
    return {name for name, _ in _cited(body)}


# --- (a) a report named by a passive participle with a time between it and "by" ------------------------------
# The FORM: "<report> reported earlier <weekday> by <Outlet>", "confirmed late on <weekday> by <Outlet>": the
# outlet whose report it was is cited, as "reported on Monday by <Outlet>" already was. Near miss: the agent is a
# company reporting its own results ("the loss reported earlier Monday by Orla Foods"): no outlet, no source.


def test_a_plan_reported_earlier_monday_by_a_paper() -> None:
    body = (
        "Under the plan reported earlier Monday by the Harbour Ledger, Orla Foods would take over most of "
        "the snacks arm of Brandt Markets."
    )
    assert ("Harbour Ledger", "outlet") in _cited(body)


def test_a_sale_confirmed_late_on_sunday_by_a_wire() -> None:
    body = (
        "Brandt Markets will part with its frozen foods division. The sale, confirmed late on Sunday by the "
        "Courier Wire, values the division at $3 billion."
    )
    assert ("Courier Wire", "outlet") in _cited(body)


def test_talks_reported_early_today_by_a_broadcaster() -> None:
    body = (
        "Kestrel Motors may sell its battery plant, in talks reported early today by the Gannet Times, "
        "to a rival from Texas."
    )
    assert ("Gannet Times", "outlet") in _cited(body)


def test_near_miss_a_loss_reported_earlier_monday_by_the_company_itself() -> None:
    body = (
        "Orla Foods will buy the unit. The loss reported earlier Monday by Orla Foods was its third in a row, "
        "and its shares fell."
    )
    assert "Orla Foods" not in _names(body)


# --- (b) "as <teller> points out" --------------------------------------------------------------------------
# The FORM: an aside "as <Outlet|Person> points out, <point>" (also "pointed out", "has pointed out"): the teller is
# cited. Near miss: the words between "as" and the verb are no source ("as the market points out", "as the figures
# point out"): no one.


def test_as_a_paper_points_out_the_brand_is_made_elsewhere() -> None:
    body = (
        "Orla Foods keeps its chilled brand. However, as the Harbour Ledger points out, that brand is made "
        "under licence by Kestrel Dairies."
    )
    assert ("Harbour Ledger", "outlet") in _cited(body)


def test_as_a_named_person_pointed_out_the_plant_is_old() -> None:
    body = "Brandt Markets sold its Lyon plant. As Dana Ruiz pointed out, the plant had not been updated since 1998."
    assert ("Dana Ruiz", "person") in _cited(body)


def test_as_a_site_has_pointed_out_the_unit_lost_money() -> None:
    body = (
        "The carve-out closes in May, and as the Gannet Times has pointed out, the unit lost money for three "
        "straight years."
    )
    assert ("Gannet Times", "outlet") in _cited(body)


def test_near_miss_as_the_market_points_out_is_no_source() -> None:
    body = "Orla Foods buys the arm. But as the market points out, prices for snacks are falling."
    assert _cited(body) == set()


# --- (c) "<Firm> data showed" -----------------------------------------------------------------------------
# The FORM: a named body's figures told as what they show ("<Firm> data showed", "<Firm> figures suggest",
# "<Firm> statistics indicated"): the firm is cited. Near miss: figures of no one named ("Sales data showed", "data
# showed" alone) cite no one.


def test_a_research_firm_data_showed_a_share() -> None:
    body = (
        "Orla Foods will buy the snacks arm. Kestrel Research data showed Orla held 12 per cent of the market "
        "in the second quarter."
    )
    assert ("Kestrel Research", "organization") in _cited(body)


def test_a_consultancy_figures_suggest_a_rank() -> None:
    body = (
        "The deal lifts Brandt Markets to second place. Gannet Analytics figures suggest the combined group "
        "would trail only one rival."
    )
    assert "Gannet Analytics" in _names(body)


def test_an_institute_statistics_indicated_a_fall() -> None:
    body = (
        "Kestrel Motors is leaving the battery trade. Harbour Institute statistics indicated prices fell by "
        "a third last year."
    )
    assert "Harbour Institute" in _names(body)


def test_near_miss_data_of_no_one_named_cites_no_one() -> None:
    body = "Orla Foods will buy the arm. Sales data showed demand for snacks fell in May. Data showed little else."
    assert _cited(body) == set()


# --- (d) a group's stance told ----------------------------------------------------------------------------
# The FORM: a sentence that opens with a group in the plural and tells its stance with a closed class of stance
# words ("Investors are excited about ...", "Analysts were sceptical of ...", "Many economists remain wary"): one
# source of kind group, named by its noun (the tables' conventions a and m). Near miss: a group's state that is
# no stance ("Investors are expected to vote", "Investors were paid"), and a group owned by a name.


def test_investors_are_excited_about_the_prospects() -> None:
    body = "Orla Foods will list its shares in May. Investors are excited about the carmaker's new model."
    assert ("investors", "group") in _cited(body)


def test_analysts_were_sceptical_of_the_price() -> None:
    body = (
        "Brandt Markets sold the arm for $2 billion. Analysts were sceptical of the price, citing weak sales."
    )
    assert ("analysts", "group") in _cited(body)


def test_many_economists_remain_deeply_wary() -> None:
    body = (
        "Kestrel Motors plans a merger with a listed shell. Many economists remain deeply wary of such deals."
    )
    assert ("economists", "group") in _cited(body)


def test_near_miss_investors_are_expected_to_vote_is_no_stance() -> None:
    body = "Orla Foods will merge with a listed shell. Investors are expected to vote in June. Investors were paid."
    assert _cited(body) == set()


def test_near_miss_a_companys_own_investors_are_no_group() -> None:
    body = "Orla Foods will merge with a listed shell. Orla's investors are excited about the listing."
    assert ("investors", "group") not in _cited(body)


# --- (e) "<place> <noun> said in a statement" -----------------------------------------------------------------
# The FORM: a back-reference with a place adjective ("the South Korean company said", "the Japanese carmaker
# said", "the U.S. grocer said") takes up the one organization the page ties to that place ("Japan's Tamura",
# "U.S. grocer Brandt"), not the one named nearest. Near miss: no organization the page ties to that place, and
# the nearest tied to another place: no one (no guess).


def test_the_japanese_carmaker_is_the_buyer_tied_to_japan() -> None:
    body = (
        "Kestrel Motors will sell its battery unit to Japan's Tamura Corp. for $2 billion. Tamura Corp. will "
        "take over most of Kestrel Motors' plants in Texas, the Japanese carmaker said on Friday."
    )
    names = _names(body)
    assert "Tamura Corp." in names
    assert "Kestrel Motors" not in names


def test_the_south_korean_company_said_in_a_statement() -> None:
    body = (
        "Gannet Technologies Inc. agreed to sell its storage arm to South Korea's Hanul Semiconductor. Under the deal, Hanul Semiconductor "
        "buys most of Gannet Technologies' storage business, including a plant in Oregon, the South Korean company "
        "said in a statement."
    )
    names = _names(body)
    assert "Hanul Semiconductor" in names
    assert "Gannet Technologies Inc." not in names and "Gannet Technologies" not in names


def test_the_us_grocer_said_after_a_long_sentence() -> None:
    body = (
        "Orla Foods of Denmark will buy the snacks arm of U.S. grocer Brandt Markets. Orla Foods takes three "
        "plants, two brands and a warehouse near Lyon, the U.S. grocer said."
    )
    names = _names(body)
    assert "Brandt Markets" in names
    assert "Orla Foods" not in names


def test_near_miss_a_place_no_party_is_tied_to_gives_no_source() -> None:
    body = (
        "German carmaker Kestrel Motors will sell its battery unit to Japan's Tamura Corp. for $2 billion. Tamura "
        "Corp. will take over most of Kestrel Motors' plants in Texas, the Danish carmaker said on Friday."
    )
    assert _cited(body) == set()


def test_near_miss_the_back_reference_right_after_a_name_is_no_tie_of_that_name() -> None:
    # the place noun that follows the seller's name with a comma is the buyer's back-reference, not the
    # seller's appositive: it ties no one to the place
    body = (
        "Tamura Steel Corp. has completed its purchase of Kestrel Steel Corp., the Japanese company announced "
        "Wednesday. Tamura Steel paid $14 billion."
    )
    names = _names(body)
    assert "Kestrel Steel Corp." not in names


# --- (f) a cue with a colon that the excerpt cuts before its quotation ----------------------------------------
# The FORM: "<Speaker> said:" (or "wrote:", "added:") as the excerpt's last words: the speaker spoke, and the tables
# cite the speaker. Near miss: a relative cue the excerpt cuts (", who writes" and the text stops) names no one.


def test_a_chief_said_colon_and_the_excerpt_stops() -> None:
    body = "Orla Foods will buy the snacks arm.\n\nIn a statement on the deal, Orla chief executive Dana Ruiz said:"
    assert ("Dana Ruiz", "person") in _cited(body)


def test_a_founder_wrote_colon_and_the_excerpt_stops() -> None:
    body = "Kestrel Motors will go public through a listed shell. On his blog its founder Ivo Stark wrote:"
    assert ("Ivo Stark", "person") in _cited(body)


def test_a_chair_added_colon_at_the_excerpts_end() -> None:
    body = "Brandt Markets sold the arm for $2 billion.\n\nChair Lena Varga of Brandt Markets added:"
    assert ("Lena Varga", "person") in _cited(body)


def test_near_miss_a_relative_cue_the_excerpt_cuts_names_no_one() -> None:
    body = "Orla Foods sells snacks in ten countries alongside Kestrel Dairies, who writes"
    assert "Kestrel Dairies" not in _names(body)


# --- (g) told without "said X", already read: guarded here ----------------------------------------------------
# The FORMS: a company's "announced <day> that it will buy" (convention e'), "according to the statement from the
# <place> <noun>", and "The company said that ..." opening the sentence after a long one. Near miss: a participle
# with no one named ("the deal announced Monday") cites no one.


def test_a_company_announced_tuesday_that_it_will_buy() -> None:
    body = "Danish grocer Orla Foods announced Tuesday that it will buy the snacks arm of Brandt Markets for $2 billion."
    assert "Orla Foods" in _names(body)


def test_according_to_the_statement_from_the_danish_chipmaker() -> None:
    body = (
        "Orla Electronics will buy the memory arm of Brandt Devices. The deal covers three plants and a design team by "
        "2027, according to the statement from the Danish chipmaker, making it the region's largest."
    )
    assert "Orla Electronics" in _names(body)


def test_the_company_said_that_it_expects_after_a_long_sentence() -> None:
    body = (
        "Hanul Semiconductor will take the storage arm of Gannet Technologies, with its plants, its patents, its staff of 4,000 "
        "and its order book, in two steps over five years. The company said that it expects to rank second."
    )
    assert "Hanul Semiconductor" in _names(body)


def test_near_miss_a_deal_announced_monday_cites_no_one() -> None:
    body = "Orla Foods will buy the arm. The deal announced Monday is the largest of the year."
    assert _cited(body) == set()


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_MEDIA_BY", " reported earlier on Monday by reported late today by "),
        ("_AS_POINTS_OUT", "as the Ledger as Ruiz has pointed as out "),
        ("_GROUP_STANCE", " Many analysts are very were sceptical "),
        ("_PLACE_BEFORE_NOUN", "the South Korean U.S. chip company "),
        ("_SENTENCE_END_IN", "ab. U.S. \n \n"),
        ("_CAPITAL_WORD", "Korea's U.S. Japan "),
        ("_APPOSITIVE_GAP", ". , , "),
    ],
)
def test_the_new_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("attribution", name), unit) < 20
