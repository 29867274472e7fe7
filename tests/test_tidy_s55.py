"""Stop 55, "tidy": the same output, each decision made once and each text read once.

Every text below is made up for this file (no coverage's names, figures or sentences); what each test expects was
worked out by hand, as the stop's other forms were.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests import test_links_forms2_s54 as links
from tests.factories import slot_value as value
from tests.test_entity_forms2_s53 import someone
from tests.test_parties_forms_s54 import deal_of
from tui.analysis.extract import (
    attribution,
    bid_stages,
    deal_status,
    effective_date,
    entities,
    fact_time,
    figure_roles,
    former_title,
    proposals,
    said_when,
    startup_history,
    succession,
)
from tui.analysis.extract.attribution import _QUOTATION_THEN, _quotation_then
from tui.analysis.extract.deal_clauses import family_name_at, holder_description
from tui.corpus import importer
from tui.corpus.importer import Fingerprints
from tui.corpus.shared_text import ReleaseMarks, carries_release, issued_release, release_marks

# --- 1. a page's press-release marks, read once per page ---------------------------------------------------------------
# The shape: whether a page carries a release (its closing sections, its quotation's lead-in) or is one as issued (a
# release service's dateline) is a fact of the page, read once, whatever the pairs it is judged in. Near miss: a
# reporter's page with none of the marks.


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        pytest.param(links.dairy_release(), ReleaseMarks(False, True), id="a quotation's lead-in"),
        pytest.param(links.LEASING_RELEASE, ReleaseMarks(False, True), id="an About heading"),
        pytest.param(
            "LISBON--(BUSINESS WIRE)--Tavora Rail today said it had ordered 12 trains.\n",
            ReleaseMarks(True, True),
            id="a release service's dateline",
        ),
        pytest.param(links.DAIRY_WIRE, ReleaseMarks(False, False), id="a wire's lead"),
        pytest.param(
            links.dairy_release(quote=links.DAIRY_REPORTER_QUOTE), ReleaseMarks(False, False), id="near miss"
        ),
    ],
)
def test_release_marks_read_once_agree_with_each_question(text: str, marks: ReleaseMarks) -> None:
    assert release_marks(text) == marks
    assert (issued_release(text), carries_release(text)) == (marks.issued, marks.carries)


def test_each_pages_release_marks_are_read_once_however_many_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    read: Counter[str] = Counter()

    def counted(text: str) -> ReleaseMarks:
        read[text] += 1
        return release_marks(text)

    monkeypatch.setattr(importer, "release_marks", counted)
    fp = Fingerprints()
    pages = [links.dairy_release(), links.LEASING_RELEASE, links.CHIPS_RELEASE]
    for number, page in enumerate(pages):
        fp.add(f"release-{number}", page, None)
    for wire in (links.DAIRY_WIRE, links.LEASING_WIRE, links.CHIPS_WIRE):
        found = fp.relations(wire)
        fp.add(f"wire-{len(fp.known)}", wire, None, body=found.body)
    assert read and max(read.values()) == 1


# --- 2. figure_roles: a purchase told by its worth, one reading; the family's names read once per page ---------------
# The shape: a money figure cued by "worth" or "valued" that sizes a stake bought, a purchase told in a relative clause or
# an apposition, or shares bought "worth" it, is the deal's money (`figure_roles._purchase_worth`), never a valuation of
# the company bought. Near miss: the deal valuing the company itself keeps the valuation.


def _of(body: str, number: float) -> list[tuple[str, str]]:
    """What the figure `number` of `body` is read as: (what it is the figure of, the rule), over every slot."""
    f = deal_of(body)
    return sorted({(c.of, c.fact.rule) for cs in f.candidates.values() for c in cs if c.fact.value == number})


@pytest.mark.parametrize(
    ("body", "number", "rule"),
    [
        (
            "Orsolo Group has bought a 14% stake in Pennick Tools, worth €260 million, from the founders of the "
            "toolmaker.",
            260e6,
            "role.stake-worth",
        ),
        (
            "Drayford agreed on Tuesday to acquire Miltern Foods. The acquisition, which is worth about $3.4 billion, "
            "is due to close in May.",
            3.4e9,
            "role.purchase-which-worth",
        ),
        (
            "Calvane Partners has picked up $450 million worth of Brisco Steel shares from two pension funds.",
            450e6,
            "role.worth-of-shares",
        ),
    ],
    ids=["a stake's worth", "a purchase's worth in a relative clause", "shares bought by their worth"],
)
def test_a_purchase_told_by_its_worth_is_the_deals_money(body: str, number: float, rule: str) -> None:
    assert ("deal", rule) in _of(body, number)
    assert all(of != "valuation" for of, _ in _of(body, number))


def test_near_miss_a_deal_that_values_the_company_keeps_the_valuation() -> None:
    body = "Halbrook will buy Temsa Pumps in a deal that values the pump maker at $900 million, the companies said."
    assert all(rule not in {"role.stake-worth", "role.purchase-which-worth"} for _, rule in _of(body, 900e6))
    assert any(of == "valuation" for of, _ in _of(body, 900e6))


#: A figure cued by "worth" or "valued" after a noun the tables size by it: (text, figure, what it is, rule).
_SIZED_BY_WORTH = [
    (
        "Orsolo Group signed a multi-year supply deal with Pennick worth $3 billion.",
        3e9,
        "contract",
        "contract-worth",
    ),
    (
        "Tavora agreed a cloud services deal worth about $900 million with Miro Systems.",
        900e6,
        "contract",
        "contract-worth",
    ),
    (
        "Halbrook will buy Temsa Pumps in a transaction valued at $1.2 billion.",
        1.2e9,
        "deal_sum",
        "sized-worth",
    ),
    ("Calvane said the funding package was worth $450 million in all.", 450e6, "deal_sum", "sized-worth"),
]


@pytest.mark.parametrize(("body", "number", "of", "rule"), _SIZED_BY_WORTH)
def test_a_contract_or_a_deal_noun_sized_by_its_worth_is_no_valuation(
    body: str, number: float, of: str, rule: str
) -> None:
    assert _of(body, number) == [(of, "role." + rule)]


def test_near_miss_a_company_valued_at_a_figure_keeps_a_valuation() -> None:
    assert [
        of for of, _ in _of("Halbrook will buy Temsa Pumps, a firm valued at $1.2 billion last year.", 1.2e9)
    ] == ["past_valuation"]


def test_the_names_told_as_a_familys_are_read_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: Counter[int] = Counter()

    def counted(low: str, end: int) -> bool:
        asked[end] += 1
        return family_name_at(low, end)

    monkeypatch.setattr(figure_roles, "family_name_at", counted)
    body = (
        "The Tessaro family has made a bold bet on Corvane, though holders of family holding company Pellworth may "
        "have wanted a buyback. Pellworth's purchase of a 9 per cent stake in Corvane, worth 700 million francs, came "
        "as a surprise. Rival Ostrava paid $40 million for 2% of Corvane last year, and Belmar holds 5%."
    )
    assert value(deal_of(body), "stake") == 9.0
    assert asked and max(asked.values()) == 1


# --- 3. a subject that only describes a holder: read once per sentence ---------------------------------------------
# The shape: "The largest holder of A and B has bought ...": the description is read once per sentence
# (`deal_clauses.holder_description`, the starts of the names inside it), then asked of each name. Near miss: a holder
# named after the comma, or a sentence that opens on its subject's own name, lies outside any description.


@pytest.mark.parametrize(
    ("sentence", "inside", "outside"),
    [
        (
            "the biggest owner of marrow foods and tidewell has sold its stake",
            ["marrow", "tidewell"],
            ["biggest"],
        ),
        ("a leading investor in quarry bank, olstead capital, has bought 4%", ["quarry"], ["olstead"]),
        ("the largest shareholders in veska are weighing an offer", ["veska"], ["largest"]),
        ("olstead capital, the largest shareholder in quarry bank, has bought 4%", [], ["olstead", "quarry"]),
    ],
    ids=[
        "two names described",
        "a holder in apposition",
        "plural holders",
        "near miss: the subject's own name",
    ],
)
def test_the_holders_description_is_read_once_per_sentence(
    sentence: str, inside: list[str], outside: list[str]
) -> None:
    low = "intro text. " + sentence
    described = holder_description(low, len("intro text. "))
    assert all(low.index(word) in described for word in inside)
    assert all(low.index(word) not in described for word in outside)


# --- 6. a quotation opening the sentence before "it said": read only when it closes there -----------------------------
# The shape: '“...,” it said': the quotation is read (`attribution._QUOTATION_THEN`) only when a closing mark stands
# right before the pronoun (`attribution._quotation_then` looks at both ends first). Near misses: a sentence that opens
# on a quotation closed earlier, and one that opens on no quotation, whatever marks stand before the pronoun.


@pytest.mark.parametrize(
    ("sentence", "then"),
    [
        ("“Harvest prices will ease by spring,” it said", True),
        ('"We expect the mill to reopen in June" , it added', True),
        ("“Orders doubled”\tit noted", True),
        ("“Orders doubled,” the mayor said, and demand is strong, it said", False),
        ("Demand is strong, “as ever,” it said", False),
        ("“Orders doubled,\n” it said", False),
    ],
    ids=[
        "curly marks and a comma",
        "straight marks",
        "a tab",
        "near miss: closed earlier",
        "near miss: no opening",
        "near miss: a line break",
    ],
)
def test_a_quotation_opening_the_sentence_is_read_only_when_it_closes_before_the_pronoun(
    sentence: str, then: bool
) -> None:
    text = "Intro. " + sentence + "."
    head, pos = len("Intro. "), text.rindex("it ")
    assert _quotation_then(text, head, pos) is then
    assert (_QUOTATION_THEN.fullmatch(text, head, pos) is not None) is then


# --- 7. a body's fields joined by "and": one test for both joins -----------------------------------------------------
# The shape: "<Head> of|for <Field> and <Field>" is one name, by "of" (`entities._office_of_pair`) or by "for" where
# the runs split at "for" (`entities._for_fields_pair`), both through `entities._fields_after_and`. Near misses: a
# company after "and" stays apart.


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Bureau of Mining and Energy opposed the plan by Orla Foods.", "Bureau of Mining and Energy"),
        (
            "She taught at the Lisbon Institute of Chemistry and Biology before joining Tembra Foods.",
            "Lisbon Institute of Chemistry and Biology",
        ),
        (
            "Analysts at the Association for Computing and Information Sciences doubted Orla Foods.",
            "Association for Computing and Information Sciences",
        ),
    ],
    ids=["an office of two fields", "a place's institute of two sciences", "an association for two fields"],
)
def test_a_bodys_two_fields_joined_by_and_are_one_name(sentence: str, name: str) -> None:
    assert name in someone("Farm news\n\n" + sentence)


@pytest.mark.parametrize(
    ("sentence", "apart"),
    [
        (
            "The Institute of Chemistry and Tembra Foods signed a supply deal.",
            {"Institute of Chemistry", "Tembra Foods"},
        ),
        ("A fellow at the Centre for Welding and Orla Foods spoke.", {"Welding", "Orla Foods"}),
    ],
)
def test_near_miss_a_company_after_and_stays_apart(sentence: str, apart: set[str]) -> None:
    assert apart <= someone("Farm news\n\n" + sentence)


# --- 5. a bid made higher: its words owned by proposals.py, read by the bid's stage and the money raised --------------
# The shape: "<B> raised / sweetened / lifted its <price> <kind> offer": the bid's words after the verb are one reading
# (`proposals.RAISED_BID`, proposals.py owning the bid words), which bid_stages._RAISED and
# startup_history._LEVEL_RAISED both read. Near miss: money raised from investors is no bid made higher.


@pytest.mark.parametrize(
    "low",
    [
        "tavora has sweetened its all-cash takeover offer for miro",
        "the bidder lifted its $41 tender offer on monday",
        "orsolo raised the improved bid again",
    ],
)
def test_a_bid_made_higher_is_one_reading_for_its_stage_and_for_money_raised(low: str) -> None:
    verb = re.search(r"\b(?:sweetened|lifted|raised)", low)
    assert verb is not None
    assert bid_stages._RAISED.search(low) is not None
    assert startup_history._LEVEL_RAISED.match(low, verb.end()) is not None
    assert re.compile(proposals.RAISED_BID).match(low, verb.end()) is not None


def test_near_miss_money_raised_from_investors_is_no_bid_made_higher() -> None:
    low = "orsolo raised $200 million from investors in its last round"
    assert bid_stages._RAISED.search(low) is None
    assert re.compile(proposals.RAISED_BID).match(low, low.index("raised") + 6) is None


# --- 4. one list of a round's nouns, one of the country codes ---------------------------------------------------------
# The shape: the nouns that name a funding round ("round", "raise", "financing", "fundraising", "fundraise",
# "investment") are one list (`rounds.ROUND_NOUN`), read by a backer's clause, a round named by its year and a round
# that values "the company"; the country codes a back-reference's place may be are entities.COUNTRY_CODES and the
# union's. Near misses: a word that only starts like a round's noun, a backer that led something else.


@pytest.mark.parametrize(
    ("pattern", "low"),
    [
        (attribution._BACKER_AFTER, " led the charge against the plan"),
        (figure_roles._ROUND_NOUN, "a roundabout way of saying the company"),
    ],
)
def test_near_miss_no_rounds_noun(pattern: re.Pattern[str], low: str) -> None:
    assert pattern.search(low) is None


def test_the_country_codes_of_a_back_reference_are_entities_and_the_unions() -> None:
    assert entities.COUNTRY_CODES | {"EU", "E.U."} == attribution._COUNTRY_CODES


# --- 4b. one list of a post's nouns -----------------------------------------------------------------------------------
# The shape: a post told by its noun ("role", "post", "position", "job") reads one list (`succession.POST_NOUN`, the
# lowest of the appointment modules) wherever the appointment rules meet it: a post left "as", a post taken "the role
# of", a post kept "his current job as". Near miss: a seat or a desk is no post's noun.


#: For each reader of one list, a text it must match: (the reader's pattern, the text).
_READERS = {
    "a backer's clause": (attribution._BACKER_AFTER, " also joined the $2 billion fundraise"),
    "a round named by its year": (
        fact_time._YEAR_ROUND_WHICH,
        "its 2029 series b financing, which valued it at ",
    ),
    "a round that values the company": (figure_roles._ROUND_NOUN, "the fund-raising valued the company at"),
    "a post left": (succession._LEFT_AS, "ines vaal left her post as the grower's finance chief"),
    "a post taken": (effective_date._TAKEN_POST, " the position of chief operating officer"),
    "a post kept": (former_title._CURRENT_ROLE, "he will keep his current job as head of the dairy arm"),
    "a recent day": (deal_status._RECENT, "the grower bought a 9% stake on thursday"),
    "a day a post starts": (effective_date._WEEKDAY_RE, "she takes over from wednesday"),
}


@pytest.mark.parametrize("reader", sorted(_READERS))
def test_the_words_of_one_list_are_read_by_each_of_its_readers(reader: str) -> None:
    pattern, low = _READERS[reader]
    assert pattern.search(low) is not None


def test_the_days_of_the_week_are_said_whens_in_its_order() -> None:
    assert tuple(said_when.WEEKDAYS.split("|")) == effective_date.WEEKDAY_NAMES
    assert effective_date.WEEKDAY_NAMES.index("wednesday") == 2
    assert (
        deal_status._RECENT.search("the grower bought a 9% stake on sundays") is None
    )  # near miss: no day's word


def test_near_miss_a_seat_is_no_posts_noun() -> None:
    assert former_title._CURRENT_ROLE.search("he will keep his current seat as head of the dairy arm") is None
    assert effective_date._TAKEN_POST.match(" the seat of chief operating officer") is None
