"""Who said it, stop 61 second round ("speakers2"). Every text is invented (other names, trades, figures and sentence
orders than any page); each form is a general shape in three wordings and a near miss. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import quote_speaker_names, source_result, sources_of

# --- 1. a colon cue naming two writers, then a paragraph with no cue: both lines the writers' -------------------------
# The FORM: 'In a letter to <readers>, <A> and <B> wrote: "..."' and a next quoted paragraph with no cue of its own:
# both quotations are the two writers' (the first named leads). NEAR MISS: a single writer before the colon: that
# writer alone for both lines.


@pytest.mark.parametrize(
    ("text", "lines", "pair"),
    [
        (
            "Orbitex founder leaves\n\nIn a letter to the employees Dana Whitfield and Ivo Stark wrote: “Our friend "
            "built this firm from one room in a garage.”\n\n“We will miss him.”\n",
            ("Our friend built", "We will miss"),
            ("Dana Whitfield", "Ivo Stark"),
        ),
        (
            "Kellbrook changes hands\n\nOn Thursday, in a note to its customers, Mira Olsen and Pavel Roux wrote: "
            "“Nothing you buy from us will cost more this year.”\n\n“Thank you for staying with us.”\n",
            ("Nothing you buy", "Thank you for"),
            ("Mira Olsen", "Pavel Roux"),
        ),
        (
            "Tarn's chair retires\n\nAda Moss and Lena Vey said in a message to staff: “Tarn would not exist "
            "without the forty years he gave it.”\n\n“His door was always open to anyone at the depots.”\n",
            ("Tarn would not", "His door was"),
            ("Ada Moss", "Lena Vey"),
        ),
    ],
)
def test_a_colon_cue_of_two_writers_holds_the_next_line(
    text: str, lines: tuple[str, str], pair: tuple[str, str]
) -> None:
    speakers = quote_speaker_names(text)
    assert speakers[lines[0]] == pair
    assert speakers[lines[1]] == pair


def test_a_colon_cue_of_one_writer_holds_the_next_line_alone() -> None:
    text = (
        "Orbitex founder leaves\n\nIn a letter to the employees Dana Whitfield wrote: “Our friend built this firm "
        "from one room in a garage.”\n\n“We will miss him.”\n"
    )
    speakers = quote_speaker_names(text)
    assert speakers["Our friend built"] == ("Dana Whitfield",)
    assert speakers["We will miss"] == ("Dana Whitfield",)


# --- 2. a memo cut off at the page's end: the first line the writers', the cut line no wrong speaker -------------------
# The FORM: the colon cue of two writers, a first quoted paragraph, then a second one whose quotation never closes
# (the page ends inside it): the first line is the writers'; the cut line is the writers' or no one's, never one of
# them alone nor the company. NEAR MISS: a cut line after a company's told statement is not given to a person.


@pytest.mark.parametrize(
    ("text", "first", "cut", "pair"),
    [
        (
            "Orbitex founder leaves\n\nIn a letter to the employees Dana Whitfield and Ivo Stark wrote: “Our friend "
            "built this firm from one room in a garage.”\n\n“He asked us to keep the lights on and the",
            "Our friend built",
            "He asked us",
            ("Dana Whitfield", "Ivo Stark"),
        ),
        (
            "Kellbrook changes hands\n\nIn a memo on Friday, Mira Olsen and Pavel Roux wrote: “The sale closes "
            "in June and every contract stays as it is.”\n\n“We know some of you will have questions about",
            "The sale closes",
            "We know some",
            ("Mira Olsen", "Pavel Roux"),
        ),
        (
            "Tarn's chair retires\n\nFounder Ada Moss and chair Lena Vey told staff in an email: “Four depots will "
            "open next spring.”\n\n“Each of them needs sixty drivers, and",
            "Four depots will",
            "Each of them",
            ("Ada Moss", "Lena Vey"),
        ),
    ],
)
def test_a_memo_cut_off_keeps_its_writers(text: str, first: str, cut: str, pair: tuple[str, str]) -> None:
    speakers = quote_speaker_names(text)
    assert speakers[first] == pair
    assert speakers.get(cut, ()) in (pair, ())


def test_a_cut_line_after_a_company_statement_is_no_person_s() -> None:
    text = (
        "Orbitex sells a plant\n\nOrbitex said on Monday it would sell its Lyon plant to Tarn Holdings.\n\n“The "
        "plant has been a good home for"
    )
    assert quote_speaker_names(text).get("The plant has", ()) in (("Orbitex",), ())


# --- 3. the person told an outlet: the person speaks AND the outlet is a source -------------------------------------
# The FORM: '“...,” <Co> chief executive <Name> told <Two-Word Outlet> on Monday', '<Name>, speaking to <Outlet> on
# Monday, said ...', 'declared <Name> ... to the channel <Outlet>': the quotation is the person's, and the outlet a
# source of kind outlet even when no name list knows it (two capitalised words after the cue). NEAR MISS: "told
# <Two Words>" where the words are the person's company known as one ("told Harbour Labs"): no outlet.


@pytest.mark.parametrize(
    ("text", "first", "person", "outlet"),
    [
        (
            "Orbitex buys a rival\n\nOrbitex agreed to buy Kellbrook for $2.1 billion. “This gives us the whole "
            "northern market,” Orbitex chief executive Dana Whitfield told Meridian Wire on Monday.\n",
            "This gives us",
            "Dana Whitfield",
            "Meridian Wire",
        ),
        (
            "Tarn sells depots\n\nTarn Holdings will sell nine depots. Founder Ada Moss, speaking to Coastline "
            "Daily on Monday, said: “We kept the best ones for ourselves.”\n",
            "We kept the",
            "Ada Moss",
            "Coastline Daily",
        ),
        (
            "Brindle's bid\n\nBrindle Capital bid 40 euros a share for Tallow. “We will not raise the offer again,” "
            "declared Lena Vey, the fund's founder, to the channel Alpen Info.\n",
            "We will not",
            "Lena Vey",
            "Alpen Info",
        ),
    ],
)
def test_a_person_told_an_unknown_outlet(text: str, first: str, person: str, outlet: str) -> None:
    assert quote_speaker_names(text)[first] == (person,)
    assert (outlet, "outlet") in sources_of(text)


def test_told_a_company_is_no_outlet() -> None:
    text = (
        "Orbitex buys a rival\n\nOrbitex agreed to buy Kellbrook. “The price was right,” Orbitex chief Dana "
        "Whitfield told Kellbrook Holdings on Monday.\n"
    )
    assert ("Kellbrook Holdings", "outlet") not in sources_of(text)


# --- 4. a holder's long name with a possessive inside: one source -----------------------------------------------------
# The FORM: "The <Place> County Employees' Pension Fund said", "the <Place> Teachers' Retirement System, which ...,
# said", "<Place> Firefighters' Relief Fund wrote": the whole name is one source, never the part after the
# apostrophe. NEAR MISS: a plural possessive before a common noun ("The employees' union said") is no long name.


@pytest.mark.parametrize(
    ("text", "first", "holder"),
    [
        (
            "Tallow's vote\n\nHolders of Tallow vote on the merger in May. The Marlow County Employees' Pension "
            "Fund said on Tuesday: “We will vote against the deal.”\n",
            "We will vote",
            "Marlow County Employees' Pension Fund",
        ),
        (
            "Brindle's offer\n\nBrindle Capital raised its offer. The Oakridge Teachers' Retirement System, which owns "
            "4% of the shares, said the new price “still undervalues the company.”\n",
            "still undervalues the",
            "Oakridge Teachers' Retirement System",
        ),
        (
            "Orbitex holders\n\nA third holder spoke up. “The board has lost our trust,” Dunmore Firefighters' Relief "
            "Fund wrote in a letter.\n",
            "The board has",
            "Dunmore Firefighters' Relief Fund",
        ),
    ],
)
def test_a_holder_s_long_name_is_one_source(text: str, first: str, holder: str) -> None:
    assert quote_speaker_names(text)[first] == (holder,)
    names = {name for name, _ in sources_of(text)}
    assert holder in names
    assert not any(
        name.endswith(("Pension Fund", "Retirement System", "Relief Fund")) and name != holder
        for name in names
    )


def test_a_company_s_possessive_before_its_fund_stays_apart() -> None:
    text = (
        "Brindle's offer\n\nBrindle Capital raised its offer. Brindle Capital's Pension Fund said it would sell "
        "its shares.\n"
    )
    names = {name for name, _ in sources_of(text)} | {e.name for e in source_result(text).entities}
    assert not any("Capital's Pension" in name for name in names)
