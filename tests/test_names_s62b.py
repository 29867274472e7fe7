"""Company names typed as people, a chief named apart, a day told by its ordinal (stop 62, second round, "names2").

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
days and sentence shapes than any coverage's) and a near miss that must not be read that way. No sentence comes from
an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of, headed_entity, headed_result
from tests.factories import slot_value as value
from tui.analysis.model import EntityType

ORG = EntityType.ORG
PERSON = EntityType.PERSON


#: The headline every page of this file opens with.
HEADLINE = "Business news"


# --- 1. "<Surname> <Trade>": a company, and its first word alone the same company ----------------------------------
# The shape: a name of two words whose second is a trade's or a business's noun (gazetteer `org_suffixes`: "Mills",
# "Grocers", "Bakeries", "Motors", "Foods", "Therapeutics", ...) names an organization even when its first word is a family
# name, and its first word told alone after it ("Bellwood said") is the same organization. NEAR MISS: a family name
# that also closes companies' names (`surname_heads`: "Mills") names a person where the page tells one by it (a title
# in apposition, "she" or "he" after it); a head that is no family name ("Bakeries") never yields, even after a known
# given name.


@pytest.mark.parametrize(
    ("body", "name", "short"),
    [
        (
            "Bellwood Mills agreed to buy a rival flour maker for $310 million, it said on Tuesday. Bellwood said the "
            "purchase would add four plants in the north.",
            "Bellwood Mills",
            "Bellwood",
        ),
        (
            "A planned tie-up between two cloth makers collapsed after Fenwick Textiles walked away. Fenwick blamed "
            "the cost of cotton.",
            "Fenwick Textiles",
            "Fenwick",
        ),
        (
            "Shares of Corrigan Grocers jumped 12% in early trade. The chain's board said Corrigan would open 30 "
            "stores next year.",
            "Corrigan Grocers",
            "Corrigan",
        ),
    ],
)
def test_a_surname_and_a_trade_is_a_company_and_its_first_word_too(body: str, name: str, short: str) -> None:
    got = headed_entity(body, name, HEADLINE)
    assert got.type == ORG
    assert short in got.aliases
    assert not any(e.type == PERSON for e in headed_result(body, HEADLINE).entities)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Grace Mills, the chief executive of Ostrow Foods, said the quarter beat her plan.", "Grace Mills"),
        (
            "Ostrow Foods said on Monday that Nora Mills would run its bakery arm. Nora Mills said she expected the "
            "arm to grow.",
            "Nora Mills",
        ),
        (
            "Ostrow Foods named a new finance chief. Ada Mills will start in May. She joined the grocer in 2019.",
            "Ada Mills",
        ),
    ],
)
def test_near_miss_a_person_the_page_tells_by_a_surname_head(body: str, name: str) -> None:
    assert headed_entity(body, name, HEADLINE).type == PERSON


def test_near_miss_a_head_that_is_no_surname_never_yields() -> None:
    # a known given name before a head that is no family name: still the company (only `surname_heads` yield)
    body = "James Bakeries said on Monday it would shut two ovens. James Bakeries will keep its plant in the west."
    assert headed_entity(body, "James Bakeries", HEADLINE).type == ORG


# --- 2. a company parting ways with its chief, the chief named apart ------------------------------------------------
# The shape: "<Co> is parting ways with its (longtime) <title>", the title alone, and the holder named elsewhere on the
# page by the same post ("X, chief financial officer since 2019, ...", "finance chief X had ..."): X is the one
# leaving, forced out by the company's act, the company the organization, no appointee. NEAR MISS: the company parts
# with another post (an auditor) or the person named carries another title: no one leaving is read.

_PARTED = [
    (
        "Harlow Bank to part with finance chief\n\nHarlow Bank is parting ways with its longtime finance chief, the "
        "lender said on Tuesday. Olav Berg, chief financial officer since 2019, will stay until a successor is "
        "found.\n",
        "Olav Berg",
        "Harlow Bank",
    ),
    (
        "Vessel Mining and its finance chief to part\n\nAfter a review of its accounts, Vessel Mining is parting ways "
        "with its long-serving chief financial officer, it said on Thursday. The miner named no successor.\n\nGreta "
        "Nyholm, the chief financial officer since 2016, will leave in June.\n",
        "Greta Nyholm",
        "Vessel Mining",
    ),
    (
        "Dunmore Freight parts with finance chief\n\nDunmore Freight has parted ways with its longtime finance chief, "
        "the haulier said, without naming a successor. Finance chief Tomas Ekdahl had held the job for nine years.\n",
        "Tomas Ekdahl",
        "Dunmore Freight",
    ),
]


@pytest.mark.parametrize(("text", "leaving", "org"), _PARTED)
def test_a_company_parting_with_its_chief_named_apart(text: str, leaving: str, org: str) -> None:
    f = facts_of(text)
    assert f is not None and f.event == "appointment"
    assert value(f, "predecessor") == leaving
    assert value(f, "departure") == "forced_out"
    assert value(f, "organization") == org
    assert value(f, "person") is None


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Bank changes auditor\n\nHarlow Bank is parting ways with its longtime auditor, the lender said on "
        "Tuesday. Olav Berg, chief financial officer since 2019, said the change was routine.\n",
        "Harlow Bank to part with finance chief\n\nHarlow Bank is parting ways with its longtime finance chief, the "
        "lender said on Tuesday. Olav Berg, the chief executive, said a search would begin.\n",
    ],
)
def test_near_miss_no_holder_of_the_post_parted_with(text: str) -> None:
    f = facts_of(text)
    assert f is None or value(f, "predecessor") is None


# --- 3. a day told by its ordinal alone --------------------------------------------------------------------------
# The shape: "on the 9th", "on 9th" (a translated page) where a month and day would stand ("will take over as CFO on
# the 21st", "effective on the 28th"), on a page dated that month: that day of the page's month. NEAR MISS: an
# ordinal that ranks a noun ("on the 3rd floor"), a page with no date, a day on the wrong side of the page's date for
# the sentence's tense: no day.

PAGE_DAY = dt.date(2032, 3, 12)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Harlow Bank names finance chief\n\nHarlow Bank named Petra Lindqvist chief financial officer on the 4th, "
            "the lender said.\n",
            "2032-03-04",
        ),
        (
            "Harlow Bank names finance chief\n\nPetra Lindqvist will take over as chief financial officer of Harlow "
            "Bank on 21st, replacing Olav Berg.\n",
            "2032-03-21",
        ),
        (
            "Harlow Bank names finance chief\n\nOlav Berg will retire as chief financial officer of Harlow Bank "
            "effective on the 28th, and Petra Lindqvist will succeed him.\n",
            "2032-03-28",
        ),
    ],
)
def test_a_day_told_by_its_ordinal_is_that_day_of_the_pages_month(text: str, day: str) -> None:
    f = facts_of(text, date=PAGE_DAY)
    assert f is not None and f.event == "appointment"
    assert value(f, "effective") == day


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Harlow Bank names finance chief\n\nHarlow Bank named Petra Lindqvist chief financial officer. She will "
            "start on the 3rd floor of its tower.\n",
            PAGE_DAY,
        ),
        (
            "Harlow Bank names finance chief\n\nPetra Lindqvist will take over as chief financial officer of Harlow "
            "Bank on 21st, replacing Olav Berg.\n",
            None,
        ),
        (
            "Harlow Bank names finance chief\n\nPetra Lindqvist will take over as chief financial officer of Harlow "
            "Bank on the 2nd, replacing Olav Berg.\n",
            PAGE_DAY,
        ),
    ],
)
def test_near_miss_no_day_from_a_rank_an_undated_page_or_a_day_gone_by(
    text: str, date: dt.date | None
) -> None:
    f = facts_of(text, date=date)
    assert f is not None
    assert value(f, "effective") is None
