"""Who said it, second round (stop 56, "speakers56"). Every text here is invented (other names, trades, figures and
sentence orders than the pages that showed the forms); each form is written as a general shape in three wordings and
a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import quote_speakers, sources_of

# --- 1. "the company" is never the company a deal is yet to make ---------------------------------------------------
# The FORM: "As part of <Parent>, the new <Co> will, the company says, “...”": "the new <Co>" (combined, merged,
# enlarged) does not exist yet, so it is not the company that speaks; the parent the sentence opens with ("As part
# of", "Within", "Under") is, else the company named near it. NEAR MISS: with no "new", the sentence's subject is an existing company and speaks.


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tallow to buy Quarry for $4 billion\n\nTallow agreed to buy Quarry for $4 billion in cash. When the "
            "deal closes, Tallow Cloud Group will take the Quarry name. As part of Tallow, the new Quarry will, the "
            "company says, “give buyers more choice in storage.”\n",
            "Tallow",
        ),
        (
            "Ardent Mining buys Kestrel\n\nArdent Mining is buying Kestrel for $900 million. Kestrel runs four "
            "copper mines in Chile. Within Ardent, the new Kestrel would, the company said, “run the mines as one "
            "business.”\n",
            "Ardent Mining",
        ),
        (
            "Brindle and Mast combine\n\nBrindle will acquire Mast in a $2 billion deal, and Mast shareholders get "
            "cash. Once the deal closes, the enlarged Mast will, the company said on Monday, “keep every plant "
            "open.”\n",
            "Brindle",
        ),
    ],
)
def test_the_company_is_never_the_one_a_deal_will_make(text: str, speaker: str) -> None:
    assert [s for _, s in quote_speakers(text)] == [speaker]


def test_near_miss_an_existing_company_as_subject_speaks() -> None:
    text = (
        "Tallow to buy Quarry\n\nTallow agreed to buy Quarry for $4 billion in cash. Quarry will keep its name. As "
        "part of Tallow, Quarry will, the company says, “give buyers more choice in storage.”\n"
    )
    assert [s for _, s in quote_speakers(text)] == ["Quarry"]


# --- 2. "it said" after a board's committee spoke is the committee -------------------------------------------------
# The FORM: "<Co>'s Independent Committee said ..." (or "The special committee of <Co>'s board said ...", "<Co>'s
# independent committee said ...") then "“...,” it said/added": the "it" is the committee the sentence before made
# speaker, never the company whose committee it is. NEAR MISS: the company itself spoke; "it" is the company.


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        (
            "Tallow Holdings rebuffs bid\n\nTallow Holdings's Independent Committee said it had rejected the offer "
            "from Quarry. “The price undervalues the group,” it said.\n",
            "independent committee",
        ),
        (
            "Mast sale talks\n\nThe special committee of Mast's board said it would review the bid by Orla. “We "
            "will weigh every option,” it said in a statement.\n",
            "special committee",
        ),
        (
            "Kestrel sale\n\nKestrel's independent committee said on Friday it backs the deal with Brindle. “The "
            "terms are fair to holders,” it added.\n",
            "independent committee",
        ),
    ],
)
def test_it_said_after_a_committee_is_the_committee(text: str, committee: str) -> None:
    assert [s for _, s in quote_speakers(text)] == [committee]
    assert all(kind == "group" for name, kind in sources_of(text) if name == committee)


def test_near_miss_it_said_after_the_company_is_the_company() -> None:
    text = (
        "Kestrel sale\n\nKestrel said on Friday it backs the deal with Brindle. “The terms are fair to holders,” "
        "it added.\n"
    )
    assert [s for _, s in quote_speakers(text)] == ["Kestrel"]


# --- 3. a pull quote set as a paragraph takes the speaker who says the same words later ----------------------------
# The FORM: a paragraph that is only a quotation (with or without a full stop), whose words a named speaker says
# again later in the body: its speaker is that one, never the company cited before it. NEAR MISSES: a later
# quotation with other words, or one that holds the heading's few words inside a longer sentence, gives nothing
# (the subheading stays no one's).


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tallow picks a chief\n\nTallow named Ana Ruiz as chief executive on Monday, the company said.\n\n“We "
            "will build the next great storage company.”\n\nRuiz, 48, joins from Quarry. “We will build the next "
            "great storage company,” Ruiz said in a memo to staff.\n",
            "Ana Ruiz",
        ),
        (
            "Mast gets a new boss\n\nMast said on Tuesday that Ivo Stark will lead it from May.\n\n“Our plants "
            "will stay open and every worker keeps a job.”\n\nStark, who ran Brindle for a decade, wrote in a "
            "letter: “Our plants will stay open and every worker keeps a job.”\n",
            "Ivo Stark",
        ),
        (
            "New chair at Kestrel\n\nThe board of Kestrel confirmed Lena Dorn as its chair, the company said.\n\n"
            "“Growth first, then dividends.”\n\nDorn starts in June. “Growth first, then dividends,” said Dorn.\n",
            "Lena Dorn",
        ),
    ],
)
def test_a_pull_quote_paragraph_takes_the_later_speaker_of_its_words(text: str, speaker: str) -> None:
    got = quote_speakers(text)
    assert got[0][1] == speaker
    assert got[-1][1] == speaker


def test_near_miss_a_subheading_with_other_words_is_no_ones() -> None:
    text = (
        "Tallow picks a chief\n\nTallow named Ana Ruiz as chief executive on Monday, the company said.\n\n“A long "
        "road back to growth for the group”\n\nRuiz, 48, joins from Quarry. “The road back to growth will be "
        "long,” Ruiz said.\n"
    )
    assert quote_speakers(text) == [("A long road", None), ("The road back", "Ana Ruiz")]


def test_near_miss_a_heading_of_a_few_words_out_of_a_longer_quotation_is_no_ones() -> None:
    text = (
        "Quarry sells its stake\n\nQuarry will sell its 40% holding in Brindle to the state, the ministry said.\n\n"
        "“A fair price for all”\n\nThe sale “gives us a fair price for all our holders and lets us pay down debt "
        "this year,” Quarry said in a statement.\n"
    )
    got = quote_speakers(text)
    assert got[0] == ("A fair price", None)
    assert got[-1] == ("gives us a", "Quarry")
