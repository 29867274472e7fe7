"""Who said it and who is cited, in forms the stop-47 unseen pair (a spin-off by demerger, a bank rescue
brokered by a state) showed (issue 11, stop 48). Every text here is invented; each form is written down
as a general shape, with three wordings that differ from the pages that showed it and from each other,
and at least one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, source_result, sources_of
from tests.factories import quote_speakers as speakers

_HEAD = "Tallow buys Brenvik\n\nTallow agreed to buy Brenvik for $2 billion on Monday.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


def _names(text: str) -> set[str]:
    return {name for name, _ in sources_of(text)}


# --- a label line before the quotation's paragraph ------------------------------------------------------------
# The FORM: a line standing alone that names one person with their title and ends in a colon ("<Title>
# <Name>:", "<Name>, <title>:"), then the quotation as a paragraph of its own: the person's words. A
# section label, a time stamp or a caption's label names no one: no speaker.


def test_a_title_and_name_label_line_gives_the_quotation_to_the_person() -> None:
    text = _story(
        "Tallow chief executive Ivo Stark:",
        "“We have built a plan that keeps every branch open and looks after our customers.”",
    )
    assert speakers(text) == [("We have built", "Ivo Stark")]
    assert ("Ivo Stark", "person") in sources_of(text)


def test_a_name_then_title_label_line_gives_the_quotation_to_the_person() -> None:
    text = _story(
        "Brenvik sold its plant in March.",
        "Lena Holt, finance chief at Brenvik:",
        "“Nobody here expected the buyer to pay so much for a plant this old.”",
    )
    assert speakers(text) == [("Nobody here expected", "Lena Holt")]


def test_a_capitalised_title_of_a_bank_label_line_gives_the_quotation_to_the_person() -> None:
    text = _story(
        "Kestrel Bank Chair Ola Brandt:",
        "“The rescue was the only way to keep savers' money safe this weekend.”",
        "Shares in Brenvik fell 4% on Tuesday.",
    )
    assert speakers(text) == [("The rescue was", "Ola Brandt")]


@pytest.mark.parametrize("label", ["Key points:", "Updated:", "Photo:"])
def test_near_miss_a_label_that_names_no_one_gives_no_speaker(label: str) -> None:
    text = _story(label, "“We have built a plan that keeps every branch open and looks after our customers.”")
    assert speakers(text) == [("We have built", None)]


def test_near_miss_a_label_line_naming_two_people_gives_no_speaker() -> None:
    text = _story(
        "Ivo Stark and Lena Holt:",
        "“We have built a plan that keeps every branch open and looks after our customers.”",
    )
    assert speakers(text) == [("We have built", None)]


# --- a quotation after the person's indirect statement, in the same paragraph ----------------------------------
# The FORM: "<Name>, <title> at <Firm>, said the move could ... “...”": a quotation with no cue of its own
# that opens the next sentence of the same paragraph goes on with the person whose reported words end
# the sentence before (the sentence-level form of carrying a speaker over to the next paragraph). A
# different person or an outlet named in between, or an outlet's cue last, gives no speaker.


def test_a_quotation_after_a_persons_reported_view_in_its_paragraph_is_theirs() -> None:
    text = _story(
        "Ola Brandt, head of credit at Harbour Partners, which holds Brenvik bonds, said the deal could hurt "
        "trust in the bank. “This is about how you treat the people who lent you money in good faith.”"
    )
    assert speakers(text) == [("This is about", "Ola Brandt")]


def test_a_quotation_after_an_analysts_argument_in_its_paragraph_is_hers() -> None:
    text = _story(
        "Lena Holt, an analyst at Kestrel Research, argued that the price was far too low. “Nobody who has "
        "read the accounts would sell at this level.” Brenvik did not reply."
    )
    assert speakers(text) == [("Nobody who has", "Lena Holt")]


def test_a_quotation_after_a_former_chairmans_told_view_is_his() -> None:
    text = _story(
        "Tallow will shut the old smelter.",
        "Former Brenvik chairman Ivo Stark told reporters on Friday the smelter would close within a year. "
        "“I have watched this happen at three plants, and it always ends the same way.”",
    )
    assert speakers(text) == [("I have watched", "Ivo Stark")]


def test_near_miss_a_different_person_named_between_gives_no_speaker() -> None:
    text = _story(
        "Ola Brandt, head of credit at Harbour Partners, said the deal could hurt trust in the bank. Lena Holt "
        "runs the fund's bond desk. “This is about how you treat the people who lent you money in good faith.”"
    )
    assert ("This is about", "Ola Brandt") not in speakers(text)


def test_near_miss_an_outlet_cited_last_gives_no_speaker() -> None:
    text = _story(
        "Ola Brandt, head of credit at Harbour Partners, said the deal could hurt trust in the bank, the "
        "Harbour Ledger reported. “This is about how you treat the people who lent you money in good faith.”"
    )
    assert ("This is about", "Ola Brandt") not in speakers(text)


def test_near_miss_an_outlet_named_between_gives_no_speaker() -> None:
    text = _story(
        "Ola Brandt, head of credit at Harbour Partners, said the deal could hurt trust in the bank. The "
        "Harbour Ledger has run the story all week. “This is about how you treat the people who lent you "
        "money in good faith.”"
    )
    assert ("This is about", "Ola Brandt") not in speakers(text)


def test_near_miss_a_company_statement_before_gives_no_person() -> None:
    text = _story(
        "Brenvik said the deal would close in May. “This is about how you treat the people who lent you "
        "money in good faith.”"
    )
    assert speakers(text) == [("This is about", None)]


# --- a told criticism cites its critics ---------------------------------------------------------------------
# The FORM: "<party> has come under fire from <group> and <group>", "drew criticism from <group>", "was
# criticised by <group>": the critics are cited (as groups), each one of a pair apart. "Came under fire"
# with no one after "from", and a fire that broke out, cite no one.


def test_under_fire_from_two_groups_cites_each() -> None:
    text = _story(
        "The Harbour government came under fire from bondholders and foreign regulators for the rescue."
    )
    assert {("bondholders", "group"), ("foreign regulators", "group")} <= sources_of(text)


def test_drew_criticism_from_a_group_cites_it() -> None:
    text = _story("The plan drew sharp criticism from unions, who want the plant kept open.")
    assert ("unions", "group") in sources_of(text)


def test_criticised_by_a_group_cites_it() -> None:
    text = _story("Tallow was criticised by investors over the price it agreed to pay.")
    assert ("investors", "group") in sources_of(text)
    assert "Tallow" not in _names(text)


def test_has_come_under_fire_from_analysts_and_lawmakers_cites_both() -> None:
    text = _story(
        "Brenvik has come under fire from analysts and local lawmakers for the way it sold the mine."
    )
    assert {("analysts", "group"), ("local lawmakers", "group")} <= sources_of(text)


def test_near_miss_under_fire_with_no_critics_cites_no_one() -> None:
    text = _story("The Harbour government came under fire last week over the rescue.")
    assert sources_of(text) == set()


def test_near_miss_a_fire_that_broke_out_cites_no_one() -> None:
    text = _story("A fire broke out from the kitchen of the plant on Sunday.")
    assert sources_of(text) == set()


# --- a negated stance cites its holder ------------------------------------------------------------------------
# The FORM: "<person> did not rule out ...", "declined to rule out", "would not rule out": the person's
# stance, told; the person is cited. "Analysts do not rule out" cites the analysts as a group; "the
# rule" (a noun) cites no one.


def test_did_not_rule_out_after_a_relative_clause_cites_the_person() -> None:
    text = _story(
        "However, Ivo Stark, who became Tallow's chief executive in May, did not rule out more cuts."
    )
    assert ("Ivo Stark", "person") in sources_of(text)


def test_declined_to_rule_out_cites_the_titled_person() -> None:
    text = _story("Brenvik finance chief Lena Holt declined to rule out a sale of the cement unit.")
    assert ("Lena Holt", "person") in sources_of(text)


def test_would_not_rule_out_cites_the_person() -> None:
    text = _story("Ola Brandt, the bank's chair, wouldn't rule out a second bid on Tuesday.")
    assert ("Ola Brandt", "person") in sources_of(text)


def test_analysts_do_not_rule_out_cites_the_group() -> None:
    text = _story("Analysts do not rule out a higher offer from Tallow.")
    assert ("analysts", "group") in sources_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rule bars any sale of the plant before May.",
        "Under the new rule, Tallow must keep the plant open.",
        "Tallow ruled the market for a decade.",
    ],
)
def test_near_miss_the_noun_rule_cites_no_one(sentence: str) -> None:
    assert sources_of(_story(sentence)) == set()


# --- a spokesperson for the company named on the page --------------------------------------------------------
# The FORM: "according to a spokesperson for the company", "a spokeswoman for the firm said": the
# company its sentence names speaks (its voice, as "a company spokesperson"), not an unnamed person. A
# spokesperson for a body that is no company ("for the regulator") is no company's voice.


def test_according_to_a_spokesperson_for_the_company_is_the_company() -> None:
    text = _story(
        "Kestrel Bank is cutting nine jobs at its head office, according to a spokesperson for the company."
    )
    got = sources_of(text)
    assert ("Kestrel Bank", "organization") in got
    assert not any(kind == "unnamed" for _, kind in got)


def test_confirmed_by_a_spokeswoman_for_the_firm_is_the_firm() -> None:
    text = _story(
        "Orvane Foods will shut two bakeries by June, as confirmed by a spokeswoman for the firm on Tuesday."
    )
    assert ("Orvane Foods", "organization") in sources_of(text)


def test_a_spokesman_for_the_miner_quoted_is_the_miner() -> None:
    text = _story(
        "“We will sell the copper unit only at the right price,” Brenvik Mining said, according to a "
        "spokesman for the miner."
    )
    assert ("Brenvik Mining", "organization") in sources_of(text)
    assert speakers(text) == [("We will sell", "Brenvik Mining")]


def test_a_spokeswoman_for_the_firm_said_is_the_sentences_company_not_the_storys() -> None:
    text = _story("Orvane Foods is closing two bakeries, a spokeswoman for the firm said on Tuesday.")
    assert ("Orvane Foods", "organization") in sources_of(text)
    assert "Brenvik" not in _names(text)


def test_the_voice_before_the_anaphor_is_shown_as_the_companys_spokeswoman() -> None:
    text = _story(
        "Orvane Foods is closing two bakeries. “We had no choice,” a spokeswoman for the company said."
    )
    quotes = source_result(text).analysis.quotes
    assert [q.speaker for q in quotes] == ["Orvane Foods spokeswoman"]


def test_a_spokesman_of_the_bank_told_staff_is_the_bank() -> None:
    text = _story("Kestrel Bank will cut 40 jobs in Leeds, a spokesman of the bank told staff on Monday.")
    got = sources_of(text)
    assert ("Kestrel Bank", "organization") in got
    assert not any(kind == "unnamed" for _, kind in got)


def test_near_miss_a_spokesman_for_the_regulator_said_is_no_company() -> None:
    text = _story("Brenvik was fined in March, a spokesman for the regulator said.")
    assert "Brenvik" not in _names(text)


def test_near_miss_a_spokesperson_for_the_regulator_is_no_company() -> None:
    text = _story("Brenvik's fine was set in March, according to a spokesperson for the regulator.")
    assert "Brenvik" not in _names(text)
    assert "Tallow" not in _names(text)


def test_near_miss_a_sentence_naming_someone_else_but_no_company_gives_no_guess() -> None:
    text = _story(
        "The Harbour Ledger said that Ivo Stark was leaving, according to a spokesperson for the company."
    )
    assert "Tallow" not in _names(text)
    assert "Brenvik" not in _names(text)


# --- a company's staff speaking as a group ----------------------------------------------------------------------
# The FORM: "Staff said", "<Co> staff at the plant said", '“...,” staff said': a company's staff opening
# their clause, with or without their place, are a group. Staff who are the object of a clause ("the union
# representing steel staff said") or named after a comma inside it are not the speaker.


def test_bare_staff_opening_the_sentence_is_a_group() -> None:
    text = _story("Staff said the canteen would close in June.")
    assert ("staff", "group") in sources_of(text)


def test_a_companys_staff_at_its_plant_are_a_group() -> None:
    text = _story("Brenvik staff at the plant said they had not been told of the sale.")
    assert ("Brenvik staff", "group") in sources_of(text)
    assert "Brenvik" not in _names(text)


def test_staff_after_a_quotation_are_a_group() -> None:
    text = _story("“Nobody told us anything about the sale,” staff said on Tuesday.")
    assert speakers(text) == [("Nobody told us", "staff")]


def test_near_miss_staff_as_the_object_of_a_union_is_the_union() -> None:
    text = _story("The Harbour Steel Union, which represents Brenvik staff, said it would fight the sale.")
    assert not any(kind == "group" and "staff" in name for name, kind in sources_of(text))


def test_near_miss_staff_inside_a_clause_after_a_comma_are_not_cited() -> None:
    text = _story("The plant will close in June, Brenvik told its staff in a memo.")
    assert not any("staff" in name for name in _names(text))


# --- a name and its other form in brackets before the verb -------------------------------------------------------
# The FORM: "<ACRONYM> (<Full Name>) said", "<Full Name> (<ACRONYM>) confirmed": one organization and one
# source, the verb's subject. A bracket naming another body ("Tallow (Brenvik's owner)") is no alias.


def test_an_acronym_then_its_full_name_in_brackets_said_is_one_source() -> None:
    text = _story("HMG (Harlow Mining Group) said it would appeal the ruling.")
    assert ("Harlow Mining Group", "organization") in sources_of(text)
    assert len(sources_of(text)) == 1


def test_a_full_name_then_its_acronym_in_brackets_confirmed_is_one_source() -> None:
    text = _story("Orvik Cables (OC) confirmed the sale on Friday.")
    assert sources_of(text) == {("Orvik Cables", "organization")}


def test_an_acronym_then_its_full_name_with_an_adverb_is_one_source() -> None:
    text = _story("KPW (Kestrel Power Works) later denied the report.")
    assert sources_of(text) == {("Kestrel Power Works", "organization")}


def test_near_miss_a_bracket_naming_another_company_is_no_alias() -> None:
    text = _story("Tallow (Brenvik) said it would appeal the ruling.")
    assert "Brenvik" not in _names(text)


# --- a house of a trade standing for the company the page called so --------------------------------------------
# The FORM: "the fashion house said", "the auction house said": the company the page has called a "<trade>
# house" speaks. A house of another trade, "the house" alone and the White House are never that company.


def test_the_fashion_house_is_the_label_the_page_called_so() -> None:
    text = (
        "Varenne buys Lumio\n\nVarenne agreed to buy the Italian fashion house Lumio for $2 billion on "
        "Monday.\n\nThe fashion house said sales rose 4% in the quarter.\n"
    )
    assert ("Lumio", "organization") in sources_of(text)
    assert "Varenne" not in _names(text)


def test_the_auction_house_after_an_appositive_is_that_company() -> None:
    text = (
        "Brenvik sells its art unit\n\nKestrel Auctions Ltd, the London auction house, has agreed to buy a "
        "rival's paintings for $20 million.\n\nThe auction house said the sale would close in May.\n"
    )
    assert ("Kestrel Auctions Ltd", "organization") in sources_of(text)


def test_the_publishing_house_with_a_quotation_is_that_company() -> None:
    text = (
        "Tallow buys a publisher\n\nTallow has bought the publishing house Orvik Press Ltd for $90 "
        "million.\n\n“We will keep every imprint,” the publishing house said.\n"
    )
    assert speakers(text) == [("We will keep", "Orvik Press Ltd")]


def test_near_miss_a_house_of_another_trade_is_no_one() -> None:
    text = (
        "Varenne buys Lumio\n\nVarenne agreed to buy the Italian fashion house Lumio for $2 billion on "
        "Monday.\n\nThe auction house said the price was fair.\n"
    )
    assert sources_of(text) == set()


def test_near_miss_the_white_house_stays_itself() -> None:
    text = (
        "Varenne buys Lumio\n\nVarenne agreed to buy the Italian fashion house Lumio for $2 billion on "
        "Monday.\n\nThe White House said it would not review the sale.\n"
    )
    assert "Lumio" not in _names(text)


# --- the new patterns scan a long line in linear time ---------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("attribution", "_NEGATED_RULE_OUT", "did not declined to rule "),
        ("attribution", "_ALIAS_BRACKET_END", "(Harlow (Mining) "),
        ("attribution", "_VOICE_OF_THE", "spokesman of for spokeswoman "),
        ("quote_speakers", "_LABEL_LEAD", "Tallow chief "),
        ("quote_speakers", "_LABEL_TAIL", ", chief of Brenvik "),
        ("quote_speakers", "_SENTENCE_GAP", " “ "),
    ],
)
def test_the_new_patterns_scan_a_long_line_in_linear_time(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
