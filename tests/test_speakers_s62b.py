"""The right speaker, stop 62 second round ("speakers2"). Every text is invented (other names, trades, figures and
sentence orders than any page); each form is a general shape in three wordings and a near miss. Expectations written by
hand. The committee form extends the rule of tests/test_sources_s62.py (attribution._COMMITTEE_WORK_END and its
"according to" twin), never a second one.
"""

from __future__ import annotations

import pytest

from tests.factories import quote_speaker_names, sources_of

# --- 1. a board committee's finding quoted: the committee, never the company whose board it is ---------------------
# The FORM: 'The special committee found “no evidence of ...”', 'the committee, which found “...”', 'according to the
# committee's report, “...”': the committee (a group, named by its kind; "the committee" alone the one the page named
# before) is the source and the speaker. NEAR MISS: "according to <Co>'s report" is the company's report, and a
# "committee's report" with no committee named before on the page names no one (a committee of what?).


@pytest.mark.parametrize(
    ("text", "first", "committee"),
    [
        (
            "Harlow keeps its chief\n\nHarlow set up an audit committee in March to look at the claims. According to "
            "the committee's report, “no rule of the group was broken by its managers.”\n",
            "no rule of",
            "audit committee",
        ),
        (
            "Dunmore clears its founder\n\nDunmore's board named a special committee after the short seller's note. "
            "The founder broke “no law and no policy,” according to the special committee's final findings.\n",
            "no law and",
            "special committee",
        ),
        (
            "Pellwick ends its probe\n\nPellwick set up a special committee in May, and it met eleven times. Its "
            "chair sat on the committee, which found “a habit of silence in the sales arm.”\n",
            "a habit of",
            "special committee",
        ),
    ],
)
def test_a_committees_finding_is_the_committees(text: str, first: str, committee: str) -> None:
    assert quote_speaker_names(text)[first] == (committee,)
    assert (committee, "group") in sources_of(text)
    company = text.split()[0]
    assert (company, "organization") not in sources_of(text)


def test_near_miss_a_companys_report_and_a_committee_never_named_before() -> None:
    own = "Harlow keeps its chief\n\nAccording to Harlow's report, “no rule of the group was broken.”\n"
    assert quote_speaker_names(own)["no rule of"] != ("audit committee",)
    assert not any(kind == "group" for _, kind in sources_of(own))
    unnamed = (
        "Harlow keeps its chief\n\nAccording to the committee's report, “no rule of the group was broken.”\n"
    )
    assert quote_speaker_names(unnamed)["no rule of"] == ()


# --- 2. an auditor's letter quoted: the firm, never no one nor the company it audits --------------------------------
# The FORM: '<Firm> said it had “lost confidence in ...”', 'in its resignation letter, <Firm> wrote that “...”',
# '<Firm> cited “...”': the firm is the speaker and a source. NEAR MISS: "the auditors raised no objection" after a
# company's quotation leaves that quotation the company's.


@pytest.mark.parametrize(
    ("text", "first", "firm"),
    [
        (
            "Vantor loses its auditor\n\nVantor delayed its annual report again. Brill & Oakes said it had “lost "
            "confidence in what the managers told us.”\n",
            "lost confidence in",
            "Brill & Oakes",
        ),
        (
            "Cresset auditor quits\n\nCresset's auditor quit on Friday. In its resignation letter, Tamm & Rowe LLP "
            "wrote that “we can no longer rely on the word of the board.”\n",
            "we can no",
            "Tamm & Rowe LLP",
        ),
        (
            "Ostrava Foods auditor leaves\n\nOstrava Foods said on Monday that its auditor had gone. Vell & Nash "
            "cited “grave gaps in the controls over cash” when it resigned.\n",
            "grave gaps in",
            "Vell & Nash",
        ),
    ],
)
def test_an_auditors_letter_is_the_firms(text: str, first: str, firm: str) -> None:
    assert quote_speaker_names(text)[first] == (firm,)
    assert (firm, "organization") in sources_of(text)


def test_near_miss_the_auditors_raising_no_objection_leave_the_companys_line_its_own() -> None:
    text = (
        "Vantor files late\n\nVantor filed its report a week late. “Every figure in it is sound,” Vantor said. The "
        "auditors raised no objection.\n"
    )
    assert quote_speaker_names(text)["Every figure in"] == ("Vantor",)


# --- 3. an anaphor for a named party: the party of that kind, never the company named most ---------------------------
# The FORM: '<Co> put off the vote, a step the fund said was “...”', '“...,” the regulator said', '“...,” the union
# said': the party of that kind the page named ("the <Name> fund", "<Name> Capital", "<Name>, the power regulator,"),
# never the company the page names most; with none of that kind, no speaker rather than a wrong one.


@pytest.mark.parametrize(
    ("text", "first", "party"),
    [
        (
            "Fund fights Harlow\n\nThe Brisk Lane Holdings fund owns 4% of Harlow. Harlow moved its vote back a week, a step "
            "the fund said was “a way to stop owners from being heard.”\n",
            "a way to",
            "Brisk Lane Holdings",
        ),
        (
            "Dunmore vote\n\nDunmore delayed its vote. Dunmore said the delay was needed. Dunmore runs 90 depots. "
            "Quarry Capital holds 5% of Dunmore. The fund called the delay “a ploy to stall.”\n",
            "a ploy to",
            "Quarry Capital",
        ),
        (
            "Pellwick fined\n\nThe Grid Authority, the country's power regulator, fined Pellwick $4 million. "
            "Pellwick will appeal. Pellwick said its lines were safe. “Pellwick broke the rules for years,” the "
            "regulator said.\n",
            "Pellwick broke the",
            "Grid Authority",
        ),
    ],
)
def test_an_anaphor_is_the_party_of_its_kind(text: str, first: str, party: str) -> None:
    assert quote_speaker_names(text)[first] == (party,)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Harlow vote\n\nHarlow moved its vote back, a move the fund said was “plainly meant to buy time.” "
            "Harlow said it wanted more time.\n",
            "plainly meant to",
        ),
        (
            "Dunmore vote\n\nDunmore delayed its vote. Dunmore said the delay was needed. Dunmore runs 90 depots. "
            "The fund called the delay “a ploy to stall.”\n",
            "a ploy to",
        ),
    ],
)
def test_near_miss_a_fund_never_named_gives_no_speaker(text: str, first: str) -> None:
    assert quote_speaker_names(text)[first] == ()


# --- 4. groups as sources: each a group -------------------------------------------------------------------------------
# The FORM: "Market experts say", "Experts said", "shoppers said", "consumers say", "business leaders warned": a group
# source each, named by its noun. NEAR MISS: one shopper named is a person, no group.


@pytest.mark.parametrize(
    ("text", "first", "group"),
    [
        (
            "Harlow prices\n\nHarlow raised its prices for a third time. “I buy half what I did,” shoppers said "
            "outside a store in Derby.\n",
            "I buy half",
            "shoppers",
        ),
        (
            "Dunmore shares fall\n\nDunmore shares fell 9% on Monday. Market experts say “the slide has only "
            "begun.”\n",
            "the slide has",
            "market experts",
        ),
        (
            "Pellwick closes plants\n\nPellwick plans to shut 30 plants. Business leaders warned that “the valley "
            "will lose a generation of jobs.”\n",
            "the valley will",
            "business leaders",
        ),
    ],
)
def test_a_group_is_a_group_source(text: str, first: str, group: str) -> None:
    assert quote_speaker_names(text)[first] == (group,)
    assert (group, "group") in sources_of(text)


def test_consumers_say_is_a_group() -> None:
    text = "Harlow prices\n\nHarlow raised its prices. Consumers say they “buy less every single week.”\n"
    assert (("consumers", "group")) in sources_of(text)


def test_near_miss_one_shopper_named_is_a_person() -> None:
    text = (
        "Harlow prices\n\nHarlow raised its prices. “I buy half what I did,” said Nora Quist, a shopper in "
        "Derby.\n"
    )
    assert quote_speaker_names(text)["I buy half"] == ("Nora Quist",)
    assert not any(kind == "group" for _, kind in sources_of(text))


# --- 5. a company's line after its rival or regulator is named in the same sentence: the company --------------------
# The FORM: '“The commission has ignored how ...,” <A> said in a statement, responding to the <Regulator>'s suit',
# 'Responding to <B>'s suit, <A> said: “...”': the company that said it, never the rival or the regulator named
# beside it. NEAR MISS: the regulator's own words ('“...,” the commission said') stay the regulator's.


@pytest.mark.parametrize(
    ("text", "first", "company"),
    [
        (
            "Harlow sued\n\nThe Coastal Shipping Board sued Harlow on Monday. “The board never asked how our ships "
            "are loaded,” Harlow said in a statement, responding to the Coastal Shipping Board's suit.\n",
            "The board never",
            "Harlow",
        ),
        (
            "Dunmore sued\n\nQuarry Pumps sued Dunmore over a patent. Answering Quarry Pumps's complaint, Dunmore "
            "said in a filing: “Quarry Pumps copied our valves and now blames us.”\n",
            "Quarry Pumps copied",
            "Dunmore",
        ),
        (
            "Pellwick fined\n\nThe Grid Authority fined Pellwick $4 million. “The authority read the rules "
            "wrong,” Pellwick said on Friday, a day after the Grid Authority's ruling.\n",
            "The authority read",
            "Pellwick",
        ),
    ],
)
def test_a_companys_line_beside_its_rival_or_regulator_is_its_own(
    text: str, first: str, company: str
) -> None:
    assert quote_speaker_names(text)[first] == (company,)


def test_near_miss_the_regulators_own_words_stay_its() -> None:
    text = (
        "Harlow sued\n\nThe Coastal Shipping Board sued Harlow on Monday. “Harlow broke the loading rules,” the "
        "Coastal Shipping Board said, adding that Harlow had been warned.\n"
    )
    assert quote_speaker_names(text)["Harlow broke the"] == ("Coastal Shipping Board",)
