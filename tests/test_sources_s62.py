"""The right sources and speakers (stop 62, "sources62"). Every text here is invented (other names, trades, figures
and sentence orders than the pages that showed the forms); each form is written as a general shape in three wordings
and a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import entity_types, quote_speaker_names, source_result, sources_of

# --- 3. "Speaking today, <CEO> said": the person speaks, even when the surname is a page's furniture word ----------
# The FORM: "<Co> CEO <Given> <Surname> ... Speaking today, <Surname> said: “...”", "Speaking on a call with analysts,
# <Surname> said ...": the person is the speaker and a source, never the two companies of the deal nor no one. A surname
# that is also a word of page furniture ("Read", "Page", "Share") after a known given name is the person's, so the
# later bare surname is that person too. NEAR MISS: the furniture word with no given name before it ("Read more: ...")
# names no one, and the companies that spoke together before keep only their own quotation.

_DEAL_ENDED = (
    "{co} and {other} end their merger\n\n{co} and {other} called off their merger on Monday, the companies said. "
    "“We regret the outcome,” the companies said in a joint statement.\n\n"
)


@pytest.mark.parametrize(
    ("text", "first", "person"),
    [
        (
            _DEAL_ENDED.format(co="Tallow", other="Brisa")
            + "Tallow CEO Ian Read called the rule change unfair.\n\nSpeaking today, Read said: “Tallow came to "
            "this deal strong and leaves it strong.\n\n“We keep every means to grow on our own.”\n",
            "Tallow came to",
            "Ian Read",
        ),
        (
            _DEAL_ENDED.format(co="Kellbrook", other="Orla")
            + "Orla is led by Mira Page, its chief executive since 2029.\n\nSpeaking on a call with analysts, Page "
            "said that “the board will look at buybacks before any new deal.”\n",
            "the board will",
            "Mira Page",
        ),
        (
            _DEAL_ENDED.format(co="Mast", other="Pellan")
            + "“Nobody lost money on these talks,” Mast chief executive Nick Share said. Speaking at a conference "
            "in Lyon on Tuesday, Share added: “Our plants stay open.”\n",
            "Our plants stay",
            "Nick Share",
        ),
    ],
)
def test_speaking_today_the_chief_is_the_speaker(text: str, first: str, person: str) -> None:
    got = quote_speaker_names(text)
    assert got[first] == (person,)
    assert got["We regret the"][0] in text.split(" and ")[0]  # the companies keep their own words
    assert (person, "person") in sources_of(text)


def test_near_miss_a_furniture_word_with_no_given_name_names_no_one() -> None:
    text = (
        "Tallow ends its merger\n\nTallow called off its merger with Brisa, the company said.\n\nRead more: Tallow "
        "weighs its next move\n\nSpeaking today, the companies said: “We part as friends.”\n"
    )
    got = entity_types(text)
    assert "Read" not in got
    assert not any(name.endswith(" Read") for name in got)


# --- 1. a board's committee that found something: the committee, a group -----------------------------------------
# The FORM: "A review by an independent board committee, helped by <law firm>, found “...”", "The results of <Co>'s special
# committee's investigation show that ...", "The audit committee of <Co>'s board found “...”", "an independent
# special committee ... determined": the committee is a source of kind group named by its kind (the word next to
# "committee": "independent" only describes it), and the quotation is its. NEAR MISS: a review by a firm that is no
# committee found nothing said by a committee, and "<Co> found a buyer" cites no one.


@pytest.mark.parametrize(
    ("text", "committee", "first"),
    [
        (
            "Orbitex clears its managers\n\nOrbitex said on Monday its sales chief would leave. A review by a special "
            "board committee, helped by lawyers from Quill & Marsh LLP, found “no sign of fraud by the managers or "
            "the board.”\n",
            "special committee",
            "no sign of",
        ),
        (
            "Kellbrook keeps its accounts\n\nKellbrook will not restate its results. The audit committee of "
            "Kellbrook's board found “no reason to restate the accounts of the last three years.”\n",
            "audit committee",
            "no reason to",
        ),
        (
            "Mast's chief leaves\n\nMast will replace its finance chief by June. The results of Mast's independent "
            "special committee's investigation show that the sales chief acted alone and hid “a dozen side "
            "letters from the auditors.”\n",
            "special committee",
            None,
        ),
    ],
)
def test_a_committee_that_found_is_a_group_source(text: str, committee: str, first: str | None) -> None:
    assert (committee, "group") in sources_of(text)
    assert not any(kind == "group" and name != committee for name, kind in sources_of(text))
    if first is not None:
        assert quote_speaker_names(text)[first] == (committee,)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Orbitex clears its managers\n\nA review by a special committee of Orbitex's board found “no sign of "
            "fraud by the managers.”\n",
            "Orbitex special committee",
        ),
        (
            "Kellbrook keeps its accounts\n\nKellbrook's audit committee found “no reason to restate the "
            "accounts.”\n",
            "Kellbrook audit committee",
        ),
        (
            "Mast keeps its books\n\nMast will not restate. The audit committee found “no reason to restate the "
            "accounts.”\n",
            "audit committee",
        ),
    ],
)
def test_the_quotations_speaker_names_the_committees_company_where_the_page_ties_it(
    text: str, speaker: str
) -> None:
    (quote,) = source_result(text).analysis.quotes
    assert quote.speaker == speaker


def test_an_independent_special_committee_is_the_special_committee() -> None:
    text = (
        "Tallow weighs a bid\n\nPike Partners offered $3 billion for Tallow. After a month of talks, the independent "
        "Special Committee determined that the offer was too low.\n"
    )
    assert ("special committee", "group") in sources_of(text)
    assert ("independent special committee", "group") not in sources_of(text)


def test_near_miss_a_review_by_a_firm_and_a_company_that_found_a_buyer() -> None:
    text = (
        "Tallow sells its mills\n\nTallow found a buyer for its mills in May. A review by Quill & Marsh found “no "
        "sign of fraud by the managers or the board.”\n"
    )
    assert not any(kind == "group" for _, kind in sources_of(text))
    assert ("Tallow", "organization") not in sources_of(text)


# --- 2. an auditor that resigned or warned: a company source, its short form an alias ---------------------------
# The FORM: "Its auditor, <A> & <B> LLP, quit ... <AB> had flagged concerns to the board", "<A> & <B>, the group's
# auditor, raised serious concerns about ...", "Its auditor, <A> & <B>, warned that ... The company said ...": the firm
# is a source (an organization) named by its full name, its initials ("AB") one name of it; "the company" after it is
# the company the firm audits, never the auditor. NEAR MISS: "raised $5 million", "concerns rose" cite no one.


@pytest.mark.parametrize(
    ("text", "firm", "company"),
    [
        (
            "Orbitex loses its auditor\n\nOrbitex missed the deadline for its annual report. Its auditor, Harrow & "
            "Vance LLP, quit in May. HV had flagged concerns to the board in March. HV said it stood by its work.\n",
            "Harrow & Vance LLP",
            None,
        ),
        (
            "Kellbrook delays its results\n\nKellbrook delayed its results for a second time. Pell & Dorn, the "
            "group's auditor, raised serious concerns about how it booked sales in the north.\n",
            "Pell & Dorn",
            None,
        ),
        (
            "Mast Foods auditor warns\n\nMast Foods has a new problem. Its auditor, Quill & Brand, warned that the "
            "group may not survive the year. The company said it would fight the claim in court.\n",
            "Quill & Brand",
            "Mast Foods",
        ),
    ],
)
def test_an_auditor_that_warned_is_a_company_source(text: str, firm: str, company: str | None) -> None:
    got = sources_of(text)
    assert (firm, "organization") in got
    assert not any(
        name != firm and name.startswith(firm.split()[0]) for name, _ in got
    )  # one source, not "HV"
    if company is not None:
        assert (company, "organization") in got


def test_near_miss_money_raised_and_concerns_that_rose_cite_no_one() -> None:
    text = (
        "Mast Foods grows\n\nMast Foods raised $5 million in May. Concerns rose about its ledger, and the "
        "auditors raised no objection.\n"
    )
    assert sources_of(text) == set()


def test_near_miss_the_hiring_of_two_people_raised_concerns_is_no_stance_of_theirs() -> None:
    text = (
        "Orbitex hires a team\n\nOrbitex's hiring of Brisa's founders, Ada Moss and Ivo Stark, along with most of "
        "the startup's staff, has raised concerns among competition lawyers.\n"
    )
    assert not any(kind == "person" for _, kind in sources_of(text))


# --- 4. "While <Org> ..., it argues that": the clause's subject speaks ---------------------------------------------
# The FORM: "While <Fund> owns less than one percent of <Co>'s stock, it argues that the group “...”", "Although
# <Co> lost two plants, it said on Monday that “...”", "Because the <Co> group ..., it told ...": an "it" right after
# the comma closing a sentence's opening clause of concession or reason is the organization that clause opens with.
# NEAR MISS: the clause opens with another word ("Although its rival <Co> ...") or a person: no speaker is guessed.


@pytest.mark.parametrize(
    ("text", "first", "org"),
    [
        (
            "Orla wants seats\n\nWhile Orla Partners owns far less than one percent of Tallow's stock, it argues that "
            "the group “has no plan to grow in a greener world.”\n",
            "has no plan",
            "Orla Partners",
        ),
        (
            "Kellbrook holds on\n\nAlthough Kellbrook lost two plants in the floods, it said on Monday that “every "
            "order will ship on time.”\n",
            "every order will",
            "Kellbrook",
        ),
        (
            "Mast keeps its depots\n\nBecause the Mast Group needs the depots for its winter trade, it told the city "
            "council: “We will not sell a single site this year.”\n",
            "We will not",
            "Mast Group",
        ),
    ],
)
def test_it_after_an_opening_clause_is_that_clauses_subject(text: str, first: str, org: str) -> None:
    assert quote_speaker_names(text)[first] == (org,)


def test_near_miss_an_opening_clause_led_by_another_word_gives_no_guess() -> None:
    text = (
        "Kellbrook holds on\n\nAlthough its rival Kellbrook lost two plants in the floods, it said on Monday that "
        "“every order will ship on time.”\n"
    )
    assert quote_speaker_names(text)["every order will"] == ()
