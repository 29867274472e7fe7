"""The right sources and speakers (stop 62, "sources62"). Every text here is invented (other names, trades, figures
and sentence orders than the pages that showed the forms); each form is written as a general shape in three wordings
and a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import entity_types, quote_speaker_names, sources_of

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
