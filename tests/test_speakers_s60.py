"""Who said it, sixth round (stop 60, "speakers60"). Every text here is invented (other names, trades, figures and
sentence orders than the pages that showed the forms); each form is written as a general shape in three wordings and
a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import quote_speakers, source_result
from tui.analysis.extract.attribution import _HOME, _home_ending
from tui.corpus.shared_text import _relayed, cites_a_statement

# --- 1. a quotation whose cue the excerpt's end cuts off: no speaker, never the one before -----------------------------
# The FORM: a quotation closes, a comma, then a few words and the page stops with no sentence's end ('...,” the board's
# chair, Lena' and nothing after): its own cue was lost with the cut, so whose words they are is not told. The speaker
# of the quotation before is no guess to carry over. NEAR MISS: the same words with the cue written out to its end
# ('..., Orbitex chair Lena Vey said.') name the speaker, and a quotation closing the page with no words after it
# carries on its paragraph as before.

_CHIEF = (
    "Orbitex names a new chief\n\n"
    "Orbitex named Dana Whitfield chief executive on Monday. “We are ready for the next decade,” outgoing chief "
    "Ivo Stark said in a statement.\n\n"
)
_MILLS = (
    "Kellbrook sells its paper mills\n\n"
    "Kellbrook agreed to sell its three paper mills to Tarn Holdings for 410 million euros. “It is the right "
    "price for a business we have outgrown,” finance chief Mira Olsen told analysts on a call.\n\n"
)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            _CHIEF
            + "“She knows every one of our plants and has run the largest of them for years,” the board's "
            "chair, Lena",
            "She knows every",
        ),
        (
            _MILLS
            + "The buyer will keep all 900 jobs. “We see a long future for these sites,” Tarn Holdings "
            "chief Pavel Ro",
            "We see a",
        ),
        (
            _CHIEF
            + "Whitfield, 54, joined the group as a trainee in 1994.\n\n“Dana Whitfield joined Orbitex in "
            "Lyon. Since then she has led plants on three continents,” said the c",
            "Dana Whitfield joined",
        ),
    ],
)
def test_a_cue_cut_off_by_the_excerpt_gives_no_speaker(text: str, first: str) -> None:
    speakers = dict(quote_speakers(text))
    assert speakers[first] is None
    assert len(speakers) == 2 and None not in (
        speakers["We are ready"] if "Orbitex" in text else speakers["It is the"],
    )


@pytest.mark.parametrize(
    ("text", "first", "speaker"),
    [
        # the cue written out to its verb, the page's last period lost: the speaker is named
        (
            _CHIEF + "“She knows every one of our plants and has run the largest of them for years,” Orbitex "
            "chair Lena Vey said",
            "She knows every",
            "Lena Vey",
        ),
        # the quotation ends its sentence inside the marks; the page is cut in the next sentence, not in its cue
        (
            _MILLS
            + "Kellbrook keeps its tissue arm, which it calls “the heart of the group.” Apart from the",
            "the heart of",
            "Kellbrook",
        ),
        # the quotation ends the page, nothing after its mark: the paragraph's speaker goes on, as before
        (
            _MILLS + "“We will use the money to pay down debt and to build the new pulp line.”",
            "We will use",
            "Mira Olsen",
        ),
    ],
)
def test_near_miss_a_cue_written_out_or_none_at_all(text: str, first: str, speaker: str) -> None:
    assert dict(quote_speakers(text))[first] == speaker


# --- 2. one list for a statement's attribution words (corpus/shared_text.py) ----------------------------------------
# The review finding: `_RELAYED_TAIL` (a sentence's normalized tail gives it to a statement) and `_STATEMENT_CITED`
# (a page's raw text cites a statement) wrote the same verbs and nouns twice, each list missing some of the other's.
# One list now: both readers know "confirmed" and "added", "filing" and "announcement". NEAR MISS: a verb of no
# statement ("argued in a filing") and a statement no one is said to have given it in ("the statement was short").

_BARE = "the merger will close in the third quarter once regulators in both countries approve it"


@pytest.mark.parametrize(
    "sentence",
    [
        _BARE + " tallow confirmed in a statement",
        _BARE + " the two companies added in its filing",
        _BARE + " the buyer said on friday in a brief announcement",
    ],
)
def test_a_statement_tail_is_read_with_the_shared_words(sentence: str) -> None:
    assert _relayed(sentence, _BARE)


@pytest.mark.parametrize(
    "text",
    [
        "Tallow confirmed in a statement that the sale is off.",
        "Quarry added in its filing that it will keep the plant.",
        "In its announcement, Brenvik said the talks had ended.",
    ],
)
def test_a_cited_statement_is_read_with_the_shared_words(text: str) -> None:
    assert cites_a_statement(text)


def test_near_miss_no_statement_cited() -> None:
    assert not _relayed(_BARE + " the regulator argued in a filing", _BARE)
    assert not cites_a_statement(
        "The statement was short, and Tallow argued in a filing that the sale is off."
    )


# --- 3. one pattern for a company's home before its name (extract/attribution.py) -------------------------------------
# The review finding: `_HOME_LEAD` (a pair's lead: "Oslo-based A and B said") and `_HOME_BEFORE_NAME` (the maker after
# "a statement from": "the Toronto, Canada-based Tallow") both wrote a town and "-based". One pattern, `_HOME`, now
# reads both: a town, perhaps its land, then "-based"/"-headquartered" or a possessive. NEAR MISS: a company's own
# possessive after "a statement from" ("a statement from Tallow's board") is no home: the company speaks.


@pytest.mark.parametrize(
    ("lead", "home"),
    [
        ("Shares rose after Oslo-based ", "Oslo-based "),
        ("On Monday the Toronto, Canada-based ", "the Toronto, Canada-based "),
        ("Late on Friday, Norway’s ", "Norway’s "),
    ],
)
def test_one_home_pattern_ends_a_lead(lead: str, home: str) -> None:
    found = _home_ending(lead)
    assert found is not None and found.group() == home


def test_near_miss_a_home_not_at_the_lead_end() -> None:
    assert _home_ending("Oslo-based Tallow and ") is None
    assert _HOME.match("oslo-based ") is None  # a town is written with a capital


_BID = (
    "Halvard bids for Quarry\n\nHalvard Mills offered on Monday to buy Quarry Metals for 2.1 billion francs, and "
    "Brenvik Foods said it may bid too.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The offer values each share at 48 francs, according to a statement from the Geneva-based Halvard Mills.",
            "Halvard Mills",
        ),
        (
            "Its board will meet within a week, according to a statement late on Tuesday from the Perth, "
            "Australia-headquartered Quarry Metals.",
            "Quarry Metals",
        ),
        (
            "No offer has been made yet, according to a statement from Lyon-based Brenvik Foods.",
            "Brenvik Foods",
        ),
    ],
)
def test_a_statement_from_a_company_after_its_home(sentence: str, source: str) -> None:
    assert source in {s.name for s in source_result(_BID + sentence + "\n").sources}


def test_near_miss_a_statement_from_the_company_itself() -> None:
    # the company's own possessive is no home: its board's statement is the company's voice, never a name after it
    text = (
        _BID
        + "The offer values each share at 48 francs, according to a statement from Halvard Mills's board.\n"
    )
    names = {s.name for s in source_result(text).sources}
    assert "Halvard Mills" in names and "board" not in {n.lower() for n in names}
