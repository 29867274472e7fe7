"""A company's statement and the outlets around it (statements57). Every text here is invented; each form
is written down as a general shape, with three wordings that differ from the pages that showed it and from
each other, and a near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import quote_speakers as speakers
from tests.factories import sources_of

_HEAD = "Tallow bids for Brenvik\n\nTallow offered on Monday to buy Brenvik for $90 million.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


# --- (1) a company's statement quoted by its first words ------------------------------------------------------
# The FORM: '“<Co> confirms that it has made a proposal ...,” the company said' (or "it said"): the quotation
# names its issuer as the subject of a statement's verb in the present, or after a clause that names the other
# side ('“While <Other> has declined to engage, <Co> remains ...”'). The issuer speaks, never the company the
# page named last nor the rival the quotation names. Near miss: a quotation that names a company in any other
# way ("“Tallow has made a bid that ...”") leaves the cue to the rules before.


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Brenvik turned the approach down, saying it undervalued the group.",
                "“Tallow confirms that it has made an approach to Brenvik about a merger of the two grocers,” it "
                "said in a statement. “While Brenvik has declined the approach, we hope to agree terms soon.”",
            ),
            [("Tallow confirms that", "Tallow"), ("While Brenvik has", "Tallow")],
        ),
        (
            (
                "Brenvik said the price was far too low for its holders.",
                "“Tallow announces that it has offered to combine with Brenvik in an all-share merger,” the "
                "company said on Tuesday.",
            ),
            [("Tallow announces that", "Tallow")],
        ),
        (
            (
                "Brenvik rejected the offer on Monday, its second refusal this year.",
                "“While Brenvik has chosen not to engage with us, Tallow remains committed to a deal on fair "
                "terms for both sets of holders,” the group said.",
            ),
            [("While Brenvik has", "Tallow")],
        ),
    ],
)
def test_a_statement_quoted_by_its_first_words_is_its_issuers(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    text = _story(*paragraphs)
    assert speakers(text) == expected
    assert ("Tallow", "organization") in sources_of(text)


def test_a_quotation_naming_a_company_otherwise_keeps_the_cue_before() -> None:
    text = _story(
        "Brenvik rejected the offer on Monday.",
        "“Tallow has made a bid that undervalues our business and its prospects,” the company said.",
    )
    assert speakers(text) == [("Tallow has made", "Brenvik")]


# --- (2) an outlet the company or a person spoke to -----------------------------------------------------------
# The FORM: "<Co> told <Outlet>", "a spokeswoman told <Outlet>", "<Person> said in an interview with
# <Outlet>": the company or the person speaks; the outlet is cited (the page uses its interview, the tables'
# convention c) and never the speaker. An outlet told of only by its report on another body ("<Co> named X
# its chief, <Outlet> reported") is never "the company" that speaks after it, whatever type its name was
# given. Near misses: "told investors" names no outlet; "<Outlet> reported, citing sources" stays cited.


@pytest.mark.parametrize(
    ("paragraphs", "start", "speaker", "outlet"),
    [
        (
            ("“We think our price is fair and full,” a Tallow spokeswoman told CNBC on Tuesday.",),
            "We think our",
            "Tallow",
            "CNBC",
        ),
        (
            (
                "“Our offer will not move again this year,” Ana Ruiz, Tallow's chief executive, said in an "
                "interview with Bloomberg.",
            ),
            "Our offer will",
            "Ana Ruiz",
            "Bloomberg",
        ),
        (
            (
                "Tallow's chief Ana Ruiz was in Oslo on Friday.",
                "“There is no second bid coming from us,” Tallow told the Financial Times.",
            ),
            "There is no",
            "Tallow",
            "Financial Times",
        ),
    ],
)
def test_an_outlet_spoken_to_is_cited_and_never_the_speaker(
    paragraphs: tuple[str, ...], start: str, speaker: str, outlet: str
) -> None:
    text = _story(*paragraphs)
    assert speakers(text) == [(start, speaker)]
    assert (outlet, "outlet") in sources_of(text)


@pytest.mark.parametrize(
    ("reported", "statement", "start"),
    [
        (
            "Brenvik named Ana Ruiz its chief executive on Sunday, the Daily Courier reported.",
            "“Ana takes the helm at a time of steady growth for all of us,” the company said in a statement.",
            "Ana takes the",
        ),
        (
            "Brenvik's board voted to replace its chief, the Harbour Ledger reported on Monday.",
            "“The board has every confidence in the new team,” the company said.",
            "The board has",
        ),
        (
            "Brenvik will close two plants next year, Kesta Wire reported.",
            "“These are hard choices made for the long term,” it said in a statement to staff.",
            "These are hard",
        ),
    ],
)
def test_an_outlet_reporting_on_another_body_is_never_the_company_that_speaks(
    reported: str, statement: str, start: str
) -> None:
    assert speakers(_story(reported, statement)) == [(start, "Brenvik")]


def test_told_investors_names_no_outlet_and_an_outlet_citing_sources_stays_cited() -> None:
    text = _story(
        "“We will not go higher than this,” Tallow told investors on a call.",
        "Brenvik is weighing other offers, Bloomberg reported, citing people familiar with the matter.",
    )
    assert speakers(text) == [("We will not", "Tallow")]
    assert {kind for _, kind in sources_of(text)} == {"organization", "outlet", "unnamed"}
    assert ("Bloomberg", "outlet") in sources_of(text)


# --- (3) a wire named only in a credit ------------------------------------------------------------------------
# The FORM: the wire appears only in a dateline "(Reuters) -", a closing "(Reporting by ...; Editing by ...)",
# a photo credit "Photo: Reuters" or a closing "-- AP": the page runs that wire, the narrator (the tables'
# convention l and ab), so the wire is no cited source and never a speaker. Near miss: the same wire named in
# the body's own words ("Reuters reported on Sunday") is cited.

_CREDITED = (
    "OSLO, June 3 (Reuters) - Tallow named Ana Ruiz chief executive on Monday, the company said.\n\n"
    "“Ana brings deep experience to the role,” the company said.\n\n(Reporting by Ivo Stark; Editing by Lena Varga)",
    "Tallow named Ana Ruiz chief executive on Monday, the company said.\n\nAna Ruiz at a dinner in Oslo in "
    "2020. Photo: Reuters\n\n“Ana brings deep experience to the role,” the company said.",
    "Tallow named Ana Ruiz chief executive on Monday, the company said.\n\n“Ana brings deep experience to the "
    "role,” the company said.\n\n-- AP",
)


@pytest.mark.parametrize("body", _CREDITED)
def test_a_wire_named_only_in_a_credit_is_the_narrator(body: str) -> None:
    text = "Tallow names new chief\n\n" + body + "\n"
    assert speakers(text) == [("Ana brings deep", "Tallow")]
    assert sources_of(text) == {("Tallow", "organization")}


def test_a_wire_the_body_cites_by_its_report_stays_a_source() -> None:
    text = "Tallow names new chief\n\nTallow will name Ana Ruiz its chief, Reuters reported on Sunday.\n"
    assert ("Reuters", "outlet") in sources_of(text)


# --- (4) a quotation with a bracketed insertion ---------------------------------------------------------------
# The FORM: '“(The rebuff of the bid) makes ...,” said <Analyst> at <Firm>', '“[The company] is ...”': the
# editor's words in brackets open the quotation, and the analyst cued after it keeps it, also when a wire
# quoted the analyst ("<Outlet> quoted <Firm of several words> analyst <Name> as saying": the analyst speaks,
# the wire is cited). Near miss: "<Name> was quoted by <Outlet>" keeps the same two readings.


@pytest.mark.parametrize(
    ("sentence", "start", "outlet"),
    [
        (
            "“(The rejection of Tallow) makes a higher bid likely before the summer ends,” said Omar Reyes, "
            "an analyst at Pellworth Securities.",
            "(The rejection of",
            None,
        ),
        (
            "“[Brenvik] is too cheap for its holders to turn down a better price,” Omar Reyes, an analyst at "
            "Harlow Bank, told Reuters.",
            "[Brenvik] is too",
            "Reuters",
        ),
        (
            '"(The rebuff) makes us wonder if the board might resist any further approach," Reuters quoted '
            "Bank of North Harlow analyst Omar Reyes as saying.",
            "(The rebuff) makes",
            "Reuters",
        ),
    ],
)
def test_a_bracketed_insertion_keeps_the_analyst_speaker(
    sentence: str, start: str, outlet: str | None
) -> None:
    text = _story("Shares in Brenvik rose on Monday.", sentence)
    assert speakers(text) == [(start, "Omar Reyes")]
    cited = sources_of(text)
    assert ("Omar Reyes", "person") in cited
    assert (outlet is None) == all(kind != "outlet" for _, kind in cited)


def test_quoted_by_an_outlet_keeps_the_analyst_and_the_outlet() -> None:
    text = _story(
        "“(The bid) looks low next to recent deals,” Omar Reyes was quoted by Reuters as saying.",
    )
    assert speakers(text) == [("(The bid) looks", "Omar Reyes")]
    assert {("Omar Reyes", "person"), ("Reuters", "outlet")} <= sources_of(text)


# --- (5) a place's document -----------------------------------------------------------------------------------
# The FORM: "In its 2022 annual report, the town of <Place> listed ...", "the city's budget", "the county's
# survey": the place is never an organization that speaks; a document the sentence opens on is the source
# (the tables' kind document). Near miss: a company's own annual report is the company's document.


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Brenvik came to Marlow in 1990.",
                "In its 2022 annual report, the town of Marlow listed Brenvik as its largest employer, with 900 staff.",
            ),
            {("2022 annual report", "document")},
        ),
        (
            (
                "Brenvik has run a plant in Esker since 2004.",
                "In its latest survey, the county of Esker listed Brenvik among the five largest local employers.",
            ),
            {("latest survey", "document")},
        ),
        (
            (
                "Brenvik has a lab in Tarn.",
                "Brenvik pays a fifth of all local taxes, according to the city's budget.",
            ),
            set(),
        ),
    ],
)
def test_a_places_document_is_never_an_organization(
    paragraphs: tuple[str, ...], expected: set[tuple[str, str]]
) -> None:
    text = _story(*paragraphs)
    assert sources_of(text) == expected


def test_a_companys_own_annual_report_stays_its_document() -> None:
    text = _story("According to its 2022 annual report, Brenvik had 900 staff in Marlow.")
    assert all(kind != "organization" or name == "Brenvik" for name, kind in sources_of(text))


# --- an outlet that reports stays cited -------------------------------------------------------------------
# The near miss of forms 2 and 3 written out: "<Outlet> on Sunday reported that ..." cites the outlet wherever
# the line stands, also when the page's first 600 characters end right after the outlet's name (a cut line
# is no label naming the page's own outlet); "the <Name> blog had reported" cites the blog as an outlet.


def _cut_after(outlet: str, rest: str) -> str:
    """A page whose first 600 characters end right after `outlet` opening a line (trailing blanks pad it)."""
    head = "Tallow bids for Brenvik\n\nTallow confirmed on Friday that it had made an approach for Brenvik."
    filler = " Brenvik rejected it the same day and said it saw no basis for talks."
    while len(head) + len(filler) + len(outlet) + 1 < 600:
        head += filler
    head += " " * (600 - len(head) - len(outlet) - 1) + "\n"
    return head + outlet + rest


@pytest.mark.parametrize(
    ("outlet", "rest"),
    [
        (
            "The Financial Times",
            " on Sunday reported that the minister had asked officials to study the merger.\n",
        ),
        ("Bloomberg", " reported on Monday that Brenvik's board would meet again next week.\n"),
        ("Reuters", " later reported, citing two people close to the talks, that Tallow may return.\n"),
    ],
)
def test_an_outlet_opening_a_line_cut_by_the_pages_head_is_still_cited(outlet: str, rest: str) -> None:
    text = _cut_after(outlet, rest)
    assert text[:600].endswith(outlet)
    name = outlet.removeprefix("The ")
    assert (name, "outlet") in sources_of(text)


@pytest.mark.parametrize(
    ("sentence", "blog"),
    [
        (
            "Tallow confirmed its approach after the Harbour Ledger Markets blog had reported it.",
            "Harbour Ledger Markets",
        ),
        ("The Kesta Wire Deals blog reported the approach first, on Friday morning.", "Kesta Wire Deals"),
        ("Brenvik's shares rose after the Oslo Post Money blog reported on the bid.", "Oslo Post Money"),
    ],
)
def test_a_publishers_blog_that_reports_is_an_outlet(sentence: str, blog: str) -> None:
    assert (blog, "outlet") in sources_of(_story(sentence))


def test_a_companys_blog_post_stays_the_companys_voice() -> None:
    text = _story("Tallow said in a blog post that it would keep its offer open until May.")
    assert sources_of(text) == {("Tallow", "organization")}
