"""Names kept whole and typed right (stop 62, "entities62").

Every text here is invented (other names, figures and sentence orders than any coverage's); each form is written as a
general shape, in three wordings and a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import (
    appointment_facts,
    headed_entity,
    headed_result,
    headed_types,
    slot_value,
    sources_of,
)
from tui.analysis.model import EntityType

ORG = EntityType.ORG
PERSON = EntityType.PERSON
OUTLET = EntityType.OUTLET
PROGRAM = EntityType.PROGRAM


# --- 1. a company's name that opens with a common adjective or prefix, kept whole ----------------------------------
# The FORM: a company's name of several words whose first word is a common word a name may open with ("Super",
# "Advanced", "General", "United", "Micro": gazetteer `name_openers`) is the one name, never its first word alone nor
# its words without it, and no person's for its shape: at a sentence's start, written with its later words in lower
# case (a translated page: "Super micro computer rose"), and beside a closed-up short form of itself ("Supervantor")
# or its ticker. NEAR MISS: a title that opens with such a word ("General counsel ...") names no one, and a one-word
# name that is no closed-up spelling of the longer name stays apart.


def test_opener_name_at_a_sentence_start_keeps_its_first_word() -> None:
    got = headed_types(
        "General Tessel Works said on Monday that its finance chief had quit after six months."
    )
    assert got.get("General Tessel Works") == ORG
    assert "Tessel Works" not in got


def test_opener_name_is_no_person_for_its_shape() -> None:
    body = (
        "Super Vantor Computer will replace its finance chief, the server maker said. Super Vantor named no "
        "successor and said the search would take months."
    )
    got = headed_entity(body, "Super Vantor Computer")
    assert got.type == ORG
    assert "Super Vantor" in got.aliases
    assert ("Super Vantor Computer", "organization") in sources_of(f"Deal news\n\n{body}\n")


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Super vantor computer rose 9% before the open on Tuesday. A review found no fraud, and Super vantor "
            "computer said it would look for a new finance chief.",
            "Super vantor computer",
        ),
        (
            "Shares of Advanced quell devices fell 4% in Oslo. The chip designer said Advanced quell devices would "
            "name a new auditor by June.",
            "Advanced quell devices",
        ),
        (
            "Investors in United harlow rentals cheered the news. United harlow rentals's board met on Friday, "
            "a filing showed.",
            "United harlow rentals",
        ),
    ],
)
def test_opener_name_with_its_later_words_in_lower_case(body: str, name: str) -> None:
    got = headed_types(body)
    assert got.get(name) == ORG
    opener = name.split()[0]
    assert opener not in got  # never the common word alone


@pytest.mark.parametrize(
    ("body", "short"),
    [
        (
            "Super Vantor Computer, known to its clients as Supervantor, said its finance chief will leave. "
            "Supervantor shares rose 9%.",
            "Supervantor",
        ),
        (
            "Advanced Quell Devices (AdvancedQuell) named a new finance chief on Monday. AdvancedQuell said the "
            "search took four months.",
            "AdvancedQuell",
        ),
        (
            "Micro Harlen Systems (Nasdaq: MHSX) said its auditor had resigned. MHSX shares fell 12% on the news.",
            "MHSX",
        ),
    ],
)
def test_short_form_tied_to_the_opener_name_is_its_alias(body: str, short: str) -> None:
    got = [e for e in headed_result(body).entities if short in e.aliases]
    assert len(got) == 1 and got[0].name != short and got[0].type == ORG


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The board adopted new rules to strengthen the Company Super Vantor Computer, Inc. (Nasdaq: SVCX) "
            "today announced that its review was complete.",
            "Super Vantor Computer",
        ),
        (
            "Directors approved a plan that protects the Company Harlow Quell Systems, Inc. said on Monday, adding "
            "that no fraud was found.",
            "Harlow Quell Systems",
        ),
        (
            "A new finance chief will join the Board General Tessel Works Corp. named on Friday, the filing shows.",
            "General Tessel Works Corp.",
        ),
    ],
)
def test_filing_term_run_into_the_name_is_no_part_of_it(body: str, name: str) -> None:
    # a hard-wrapped release runs its own term ("the Company") into the name that opens its next line
    got = headed_types(body)
    assert got.get(name) == ORG
    assert not [n for n in got if n.startswith(("Company ", "Board "))]


def test_filing_term_alone_names_no_one() -> None:
    # near miss: "the Company" alone is the filing's own term
    got = headed_types(
        "The Company said the review found no fraud, and the Board agreed with the Company on Monday."
    )
    assert not [n for n, t in got.items() if t in (PERSON, ORG, OUTLET)]


def test_title_opening_with_such_a_word_names_no_one() -> None:
    # near miss: a title written capitalised at two sentences' starts, and lower-cased elsewhere, is no name
    got = headed_types(
        "General counsel Ana Lund will leave in May. General counsel Ivo Berg joins from Orvex Corp in June, "
        "and the general counsel reports to the board."
    )
    assert got.get("Ana Lund") == PERSON and got.get("Ivo Berg") == PERSON
    assert not [n for n in got if n.startswith("General")]


def test_opener_name_before_its_verb_takes_no_verb() -> None:
    # near miss: "United said" at each mention is the short name and the sentence's verb, never a longer name
    got = headed_types(
        "United said on Monday it would cut flights. Analysts said United said too little. Pilots at United said "
        "they would strike."
    )
    assert got.get("United") == ORG
    assert not [n for n in got if n.startswith("United ")]


def test_one_word_name_that_is_no_closed_up_spelling_stays_apart() -> None:
    # near miss: "Vantorix" is not "Super" + "Vantor" written together
    got = headed_result(
        "Super Vantor Computer said Vantorix would buy its storage unit. Vantorix shares rose 3%."
    )
    names = {e.name: e for e in got.entities}
    assert "Vantorix" in names and "Vantorix" not in names["Super Vantor Computer"].aliases


# --- 2. a courtesy title makes a person -----------------------------------------------------------------------------
# The FORM: a bare surname written once after a courtesy title ("Mr Solomon", "Ms. Quillon", "Dr Varga") is a
# person's, however often the page writes it bare where only a company's guesses type it ("Prior to Tallow,
# Solomon ...", "Analysts at Orvex praised Varga"); joined to the full name where the page writes one. NEAR MISS: a
# company's bare name in a sentence whose speaker has a courtesy title stays the company.


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Ms Quillon will lead the lender on her own from May. Before Brisa Bank, Quillon ran trading at Orvex for "
            "ten years. Quillon and Dunmore were long seen as rivals. Investors have backed Quillon since 2019.",
            "Quillon",
        ),
        (
            "The fund has backed Dr. Varga for years. Analysts at Orvex praised Varga. Money from Varga flowed into "
            "Kessel Labs. Under Varga, Kessel Labs grew fast.",
            "Varga",
        ),
        (
            "Shareholders of Orvex voted for Okafor on Tuesday. The vote for Okafor was close. Support from Okafor "
            "helped the plan, and Mrs Okafor said she was pleased.",
            "Okafor",
        ),
    ],
)
def test_courtesy_title_makes_the_bare_name_a_person(body: str, name: str) -> None:
    assert headed_types(body).get(name) == PERSON


def test_courtesy_title_joins_the_full_name() -> None:
    got = headed_entity(
        "Tallow Group named a new chief on Monday. Mr Harwick takes over in June. Prior to Tallow Group, Harwick "
        "spent six years at Brisa Bank. Ivo Harwick, 52, was its finance chief until 2030.",
        "Ivo Harwick",
    )
    assert got.type == PERSON and "Harwick" in got.aliases


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Harvel Bank names sole president\n\nHarvel Bank said on Monday that Mr Quillon will run the bank alone "
            "as president from May. Before Harvel Bank, Quillon worked at Orvex for ten years.\n",
            "president",
        ),
        (
            "Brisa Group picks new chief\n\nBrisa Group named Dr Varga its chief executive on Tuesday. Analysts at "
            "Orvex praised Varga. Under Varga, Kessel Labs grew fast.\n",
            "ceo",
        ),
        (
            "Kessel Labs promotes finance chief\n\nKessel Labs said on Wednesday that Ms Brandvik will become its "
            "chief financial officer in July. Analysts at Orvex praised Brandvik.\n",
            "cfo",
        ),
    ],
)
def test_courtesy_title_is_no_former_post(text: str, title: str) -> None:
    # the person the courtesy title types is the appointee; the courtesy title itself is never a post held
    facts = appointment_facts(text)
    assert slot_value(facts, "new_title") == title
    assert slot_value(facts, "former_title") is None


def test_company_beside_a_titled_speaker_stays_a_company() -> None:
    # near miss: the courtesy title is the speaker's, not the company's
    got = headed_types(
        "Harwick agreed to buy Orvex for $2 billion, Mr. Lund said on Monday. Harwick shares rose 4%."
    )
    assert got.get("Harwick") == ORG and got.get("Lund") == PERSON


# --- 3. a headline's name before its clause; a site's section; a pension fund ---------------------------------------
# The FORMS: (a) a title-case headline run into the page, "<Name> Who Built <Co> ...", keeps the name before the
# clause's word as a name (the clause names no one); (b) a site's section, a common word and an outlet's head ("Latest
# News"), is no outlet; (c) a fund of members' savings for old age ("<X> Pension Fund", "<X> Retirement Fund",
# "<X>' Pension Plan") is an organisation, never a programme. NEAR MISSES: a noun before the clause ("Top Banker Who
# ..."), a named outlet with its head ("Harbour News"), a programme's fund ("Climate Fund") keep their readings.


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Ivo Marrek Who Built Tallow Into A Giant Steps Down. Ivo Marrek, who built Tallow Group over three "
            "decades, will retire, the company said.",
            "Ivo Marrek",
        ),
        (
            "Tallow Group said on Friday that Lena Osk Whose Fund Beat The Market Joins Board. Lena Osk will join "
            "the board in May.",
            "Lena Osk",
        ),
        (
            "Oren Valdt Who Ran Dunharrow Steel Takes Over At Brisa. Brisa Holdings named Oren Valdt its chief "
            "executive on Tuesday.",
            "Oren Valdt",
        ),
    ],
)
def test_name_before_a_headline_clause_is_kept(body: str, person: str) -> None:
    res = headed_result(body)
    got = {e.name: e for e in res.entities}
    assert got[person].type == PERSON
    assert len(got[person].mentions) == 2  # the headline's mention too
    named = {e.name for e in res.entities if e.type in (PERSON, ORG, OUTLET)}
    assert not [n for n in named if {"Who", "Whose"} & set(n.split())]


def test_noun_before_a_headline_clause_names_no_one() -> None:
    # near miss: "Top Banker" is no name
    got = headed_types(
        "Top Banker Who Built Tallow Into A Giant Steps Down. Tallow Group said its chief will retire."
    )
    assert not [n for n, t in got.items() if t in (PERSON, ORG, OUTLET) and "Banker" in n]


@pytest.mark.parametrize(
    "body",
    [
        "Tallow Group said on Monday that its chief executive will retire, according to Latest News.",
        "Orvex Corp will cut 300 jobs, Latest Report said, citing the company's own notice.",
        "The Tallow Group bid was first reported in Breaking Journal, and Tallow Group confirmed it on Friday.",
    ],
)
def test_site_section_is_no_outlet(body: str) -> None:
    got = headed_types(body)
    assert not [n for n, t in got.items() if t == OUTLET]


def test_named_outlet_with_its_head_stays_an_outlet() -> None:
    # near miss: a name, not a common word, before the head
    assert headed_types("Tallow Group will cut jobs, Harbour News reported.").get("Harbour News") == OUTLET


@pytest.mark.parametrize(
    ("body", "fund"),
    [
        (
            "The Harlow County Pension Fund owns 2% of Tallow Group and voted against the plan.",
            "Harlow County Pension Fund",
        ),
        (
            "Shares were bought by the Ostvik Municipal Retirement Fund, which said it backs the board.",
            "Ostvik Municipal Retirement Fund",
        ),
        (
            "Norland Teachers' Pension Plan bought 4% of Tallow Group, the pension fund said on Monday.",
            "Norland Teachers' Pension Plan",
        ),
    ],
)
def test_pension_fund_is_an_organisation(body: str, fund: str) -> None:
    assert headed_types(body).get(fund) == ORG


def test_programme_fund_stays_a_programme() -> None:
    # near miss: a fund that pays for projects is a programme
    got = headed_types("The Tallow Climate Fund will pay for ten projects, Tallow Group said.")
    assert got.get("Tallow Climate Fund") == PROGRAM


# --- 4. one list of a headline clause's words -----------------------------------------------------------------------
# The FORM: the relative pronouns and the words that open a clause or tell a time are one list; a run of capitals
# holding any of them after its first word is a title-case headline's clause wherever it stands, not only before a
# title. NEAR MISS: such a word opening the run ("After Harlow Group bought ...") is the sentence's, the name after it
# kept.


@pytest.mark.parametrize(
    "body",
    [
        "Shares Slide Amid Probe Into Orvex Accounts. Orvex Corp said on Monday it would cooperate.",
        "Tallow Steps Up Hiring After Record Quarter For Brisa Unit. Tallow Group said it would add 200 jobs.",
        "Founder Quits Board Despite Investor Pleas At Dunmore. Dunmore Holdings said the founder left on Friday.",
    ],
)
def test_clause_word_run_names_no_one(body: str) -> None:
    got = headed_types(body)
    named = [n for n, t in got.items() if t in (PERSON, ORG, OUTLET)]
    assert not [n for n in named if {"Amid", "After", "Despite"} & set(n.split())]


def test_clause_word_opening_the_run_keeps_the_name() -> None:
    assert headed_types("After Harlow Group bought the unit, Orvex Corp cut jobs.").get("Harlow Group") == ORG
