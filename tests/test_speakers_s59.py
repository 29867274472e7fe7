"""Who said it, fifth round (stop 59, "speakers59"). Every text here is invented (other names, trades, figures and
sentence orders than the pages that showed the forms); each form is written as a general shape in three wordings and
a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import source_result, sources_of

_CHAIR = (
    "Orbitex names a new chair\n\nOrbitex named Dana Whitfield its chair on Monday, ending a long search.\n\n"
)


def _speakers(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Per speech quotation: its first three words and the names of all who speak it (none: unattributed)."""
    result = source_result(text)
    names = {s.id: s.name for s in result.sources}
    return [
        (
            " ".join(q.text.split()[:3]),
            tuple(names[i] for i in (q.source_ids or ((q.source_id,) if q.source_id else ())) if i in names),
        )
        for q in result.analysis.quotes
        if q.kind == "speech"
    ]


# --- 1. an outlet's name no list knows, "The <Name>" cited or reporting: an outlet, never the speaker --------------------
# The FORM: a name opened by "The" written capitalized inside a sentence, unknown (misspelt: "The Jornal"; or never met),
# cited where an outlet is ("according to The <Name>", "told The <Name>") or reporting ("The <Name> reported"), is an
# outlet; beside a speaker's reporting clause it only relays the words, so the quotation that opens the next sentence
# with no cue of its own goes on in the speaker's voice, never the outlet's. NEAR MISS: a person's name in the same
# slot ("according to Ivo Stark") is that person, no outlet.


@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        (
            "“We will keep building,” Whitfield wrote in a note to staff, The Heraldo reported. “Nothing changes for "
            "our clients.”",
            "The Heraldo",
        ),
        (
            "“Our plants are busy,” she said, according to The Tribuen. “We are hiring again in the north.",
            "The Tribuen",
        ),
        (
            "In a note to staff on Tuesday Whitfield wrote: “I asked for two years and they gave me five,” The Morgen "
            "Pozt has reported. “The plan stays as it is.”",
            "The Morgen Pozt",
        ),
    ],
)
def test_an_unknown_masthead_is_an_outlet_never_the_speaker(paragraph: str, outlet: str) -> None:
    text = _CHAIR + paragraph + "\n"
    assert (outlet, "outlet") in sources_of(text)
    got = _speakers(text)
    assert got and all(who == ("Dana Whitfield",) for _, who in got[:2])


def test_near_miss_a_person_in_the_outlet_slot_is_that_person() -> None:
    text = _CHAIR + "“Our plants are busy,” she said, according to Ivo Stark, a board member.\n"
    got = sources_of(text)
    assert ("Ivo Stark", "person") in got
    assert not any(kind == "outlet" for _, kind in got)


# --- 2. a memo quoted over several paragraphs, its writer named before it: every paragraph the writer's -----------------
# The FORM: "In a memo to staff, <Name> wrote:" (or "the <age>-year-old said:" with the one person the page has named,
# whose age it never told otherwise), then paragraphs of quotation, the earlier ones left open (newspaper style), the
# last one closed; a later "The memo added: “...”" is the same writer's. NEAR MISS: a later paragraph that opens a
# new attribution ('“...,” said board member <Name>.') is that person's, and a page naming two people gives the age
# to no one.

_MEMO_BODY = (
    "“I have spent twenty years on these plants, and that will not change.\n\n"
    "“But the board asked for a new start, and I said yes to it.\n\n"
    "“We will keep every site open through the winter.”\n\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "In a memo to staff, Whitfield wrote: ",
        "Whitfield, 61, told employees in a memo on Thursday: ",
        "In a memo she sent to employees, the 61-year-old said: ",
    ],
)
def test_a_memo_over_paragraphs_is_its_writers(lead: str) -> None:
    text = (
        "Orbitex names a new chair\n\nDana Whitfield will chair Orbitex from June, the company said.\n\n"
        + lead
        + _MEMO_BODY
        + "Whitfield has run the northern plants since 2019.\n\n"
        + "The memo added: “Our clients come first, and our people come with them.”\n"
    )
    got = _speakers(text)
    assert [who for _, who in got] == [("Dana Whitfield",)] * 4


def test_near_miss_a_later_paragraph_with_its_own_cue() -> None:
    text = (
        _CHAIR
        + "In a memo to staff, Whitfield wrote: “I have spent twenty years on these plants.\n\n"
        + "“We agreed on every point of the plan,” said board member Ivo Stark.\n"
    )
    assert [who for _, who in _speakers(text)] == [("Dana Whitfield",), ("Ivo Stark",)]


def test_near_miss_an_age_with_two_people_named_is_no_ones() -> None:
    text = (
        "Orbitex names a new chair\n\nDana Whitfield will succeed Ivo Stark as chair of Orbitex in June.\n\n"
        "In a memo to employees, the 61-year-old said: “We will keep every site open through the winter.”\n"
    )
    assert [who for _, who in _speakers(text)] == [()]


# --- 3. unnamed sources familiar with bare talks; a statement's maker named in the sentence -----------------------------
# The FORM: "<n> sources/people familiar with negotiations (talks, discussions) said": unnamed sources, with the bare
# plural as with "the negotiations". A day's statement with no maker written ("according to a statement Tuesday"): the
# one company the sentence names before it speaks (its voice, no document); "a statement late Monday from the
# <Town>, <Land>-based <Co>" is <Co>'s voice. NEAR MISS: a sentence that names two companies or more before "according
# to a statement Tuesday" tells no maker: the document, no company.

_BUY = "Orbitex buys Brenvik unit\n\nOrbitex agreed on Monday to buy the freight arm of Brenvik for $4 billion.\n\n"


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        (
            "The Orbitex board approved the deal late on Tuesday, two sources familiar with negotiations said.",
            "two sources familiar with negotiations",
        ),
        (
            "Three people familiar with talks said the price could still rise before the weekend.",
            "three people familiar with talks",
        ),
        (
            "The freight arm will keep its name, according to people familiar with discussions between the two.",
            "people familiar with discussions",
        ),
    ],
)
def test_sources_familiar_with_bare_talks_are_unnamed(paragraph: str, source: str) -> None:
    assert (source, "unnamed") in sources_of(_BUY + paragraph + "\n")


@pytest.mark.parametrize(
    ("paragraph", "source"),
    [
        ("Orbitex will keep all 900 drivers, according to a statement Tuesday.", "Orbitex"),
        (
            "The talks cover a possible sale of the freight arm, according to a statement early on Friday from the "
            "Oslo, Norway-based Brenvik.",
            "Brenvik",
        ),
        (
            "According to a statement on Friday, Brenvik will hand over the depots in two stages next year.",
            "Brenvik",
        ),
    ],
)
def test_a_statement_of_a_day_is_its_named_makers_voice(paragraph: str, source: str) -> None:
    got = sources_of(_BUY + paragraph + "\n")
    assert (source, "organization") in got
    assert not any(kind == "document" for _, kind in got)


def test_near_miss_a_statement_beside_several_companies_is_a_document() -> None:
    text = (
        _BUY
        + "Harbour Pension Fund and Tallow Capital will invest beside Orbitex to buy 55 percent of the arm, "
        "according to a statement Tuesday.\n"
    )
    got = sources_of(text)
    assert ("a statement", "document") in got
    assert not any(name in ("Orbitex", "Harbour Pension Fund", "Tallow Capital") for name, _ in got)


# --- 5. a view told in the passive, its holder after "by", then the quoted words: the holder's -------------------------
# The FORM: "<Y> was regarded by <X> as “...”", "<Y> is described by <X> as “...”": the words are <X>'s (as "is viewed
# by analysts as" cites the analysts). NEAR MISS: a deal verb in the passive ("was bought by <Co> as “...”") cites no
# one: the words stay no one's.


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "Ruiz, who already runs the trucks, was regarded by Whitfield as “the one person who knows every depot.”",
            "Dana Whitfield",
        ),
        (
            "The new chair is described by board member Ivo Stark as “patient, stubborn and very hard to fool.”",
            "Ivo Stark",
        ),
        (
            "For years Whitfield was regarded by analysts at Harbour Bank as “the quiet architect of the turnaround.”",
            "analysts",
        ),
    ],
)
def test_a_passive_view_with_its_holder_is_the_holders_words(paragraph: str, speaker: str) -> None:
    text = _CHAIR + "Ana Ruiz will take over as chief executive.\n\n" + paragraph + "\n"
    got = _speakers(text)
    assert len(got) == 1 and got[0][1] and got[0][1][0].startswith(speaker)


def test_near_miss_a_deal_verb_in_the_passive_cites_no_one() -> None:
    text = (
        _CHAIR + "The depot was bought by Orbitex in 2019 as “a bridge into the northern freight market.”\n"
    )
    assert _speakers(text) == [("a bridge into", ())]


def test_near_miss_a_company_in_an_aside_is_no_makers_voice() -> None:
    text = (
        _BUY
        + "Orbitex said the depots would stay open. Ana Ruiz, who has run Tallow since 2018, will lead the arm after "
        "the sale, according to a Tuesday announcement.\n"
    )
    got = sources_of(text)
    assert ("Tallow", "organization") not in got
    assert ("Orbitex", "organization") in got


# --- 2b. "the <age>-year-old co-founder said" on a page that titled no one so and named one person: that person ---------
# The FORM: a definite co-founder with an age, subject of a reporting verb, where the page gave no one that post nor
# any age and has named one person so far: the words are that person's (stop 52 gave them to no one). NEAR MISS: a
# second person named before (no guess), or an age told with the one person named ("Stark, 58,") that is another.


@pytest.mark.parametrize(
    "sentence",
    [
        "In a statement, the 47-year-old co-founder said his exit would let Orbitex grow “without another fight.”",
        "The 47-year-old co-founder said in a note that he would stay “a loyal shareholder, and nothing more.”",
        "“I leave with no regrets at all,” the 47-year-old co-founder told staff in an e-mail.",
    ],
)
def test_an_aged_cofounder_is_the_one_person_named(sentence: str) -> None:
    text = (
        "Orbitex founder quits\n\nIvo Stark has quit as chief executive of Orbitex after a board revolt.\n\n"
    )
    assert [who for _, who in _speakers(text + sentence + "\n")] == [("Ivo Stark",)]


@pytest.mark.parametrize(
    "lead",
    [
        "Ivo Stark has quit as chief executive of Orbitex, and Ana Ruiz will run it for now.",
        "Ivo Stark, 58, has quit as chief executive of Orbitex after a board revolt.",
    ],
)
def test_near_miss_an_aged_cofounder_with_two_named_or_another_age(lead: str) -> None:
    text = (
        "Orbitex founder quits\n\n"
        + lead
        + "\n\nIn a statement, the 47-year-old co-founder said he would stay "
        "“a loyal shareholder, and nothing more.”\n"
    )
    assert [who for _, who in _speakers(text)] == [()]


# --- 6. a company's words after a short lead-in set off by a dash ------------------------------------------------------
# The FORM: "But that's not all – <Co> is also building a depot that will handle “...”": a lead-in of a few words (the
# first capitalised, the rest in lower case) and a dash before the company that opens the clause leave the quotation
# told of that company (its stated words), as with no lead-in. NEAR MISS: a person's name before the dash ("Dana
# Whitfield – the new chair – said ...") is no lead-in: the person's cue decides.


@pytest.mark.parametrize(
    "sentence",
    [
        "But that’s not all – Orbitex is also building a depot that will handle “ten thousand parcels an hour.”",
        "Better still — Orbitex plans to hire “hundreds of new drivers before the spring.”",
        "On top of that – Orbitex wants to “double the northern fleet within three years.”",
    ],
)
def test_a_company_after_a_dashed_lead_in_frames_its_words(sentence: str) -> None:
    text = (
        "Orbitex raises $2 billion\n\nOrbitex raised $2 billion from investors on Monday.\n\n"
        + sentence
        + "\n"
    )
    assert [who for _, who in _speakers(text)] == [("Orbitex",)]


def test_near_miss_a_person_before_the_dash() -> None:
    text = (
        _CHAIR + "Dana Whitfield – the new chair – said the depot would be “the biggest one in the north.”\n"
    )
    assert [who for _, who in _speakers(text)] == [("Dana Whitfield",)]
