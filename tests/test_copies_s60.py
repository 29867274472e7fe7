"""Stop 60 copies (docs/copies.md): two desks' edits of one text are same wire however alike their words, and two
reports of one statement sharing its quotations in order are no spun copy. Invented texts written for these tests."""

from __future__ import annotations

import pytest

from tests.test_copies_s59 import WIRE_A, WIRE_B, WIRE_C, WIRE_D, WIRE_E, WIRE_F
from tests.test_spun_forms_s52 import SPUN_ORIGINALS, _spin
from tui.corpus.importer import COPY_THRESHOLD, Fingerprints, _body, _similarity
from tui.corpus.shared_text import (
    _changed_both_ways,
    _spun_retelling,
    align,
    another_moment,
    edited_apart,
    is_rewrite,
    rewrites_of_one_wire,
    sentences_of,
)


def _relations(known: str, incoming: str) -> tuple[str | None, list[str]]:
    """(the original `incoming` is linked to as a copy, its same-wire originals), `known` imported first."""
    fp = Fingerprints()
    fp.add("known", known, None)
    found = fp.relations(incoming)
    return (found.original[0] if found.original else None), found.same_wire_as


def _score(x: str, y: str) -> float:
    bx, by = _body(x), _body(y)
    return _similarity(bx.words, by.words, bx.grams.every, by.grams.every)


# Form 1 (`shared_text.edited_apart`): two desks each edit one agency story, changing words of their own in three of
# its sentences or more; their words stay alike enough to pass for a syndicated copy.
# 1. A takeover; the second desk swaps verbs and nouns, adds a brand and a word the first one dropped.
DEAL_DESK_A = """Harwell to buy snack maker Pellory in $21 billion deal

Family-owned confectioner Harwell, whose brands include Tandem bars and Fizzlers, said on Monday it would buy crisp maker Pellory in a deal worth nearly $21 billion, the largest in the snack industry this year.

Harwell will pay $64.20 per share in cash for Pellory, a premium of about 28% to Pellory's close on March 3, before reports first said the two were in talks.

Shares of Pellory rose about 9% to $61.75 in trading before the opening bell in New York.

The deal comes as sales at big packaged food makers slow, with shoppers opting cheaper store brands over well known labels.

It would bring under one roof the Tandem and Quasar chocolate bars and Pellory's range of crisps, crackers and breakfast biscuits.

Lawyers said the takeover was unlikely to face serious antitrust hurdles because the two companies sell very different products.

Pellory will join Harwell's snacks unit, led by its president Dana Okafor and based in Denver, once the deal closes in the first half of next year.

Pellory, which was spun off from a cereal group two years ago, sells its crisps in more than 80 countries.
"""

DEAL_DESK_B = """Harwell to acquire Pellory in mega $21B snack deal

Family-owned confectioner Harwell, whose brands include Tandem bars, Fizzlers and Quasar, said on Monday it would acquire crisp maker Pellory in a deal worth nearly $21 billion, the largest buyout in the snack industry this year.

Harwell will pay $64.20 per share in cash for Pellory, a premium of about 28% to its closing price on March 3, before reports first said the two were in talks.

Shares of Pellory rose about 9% to $61.75 in trading before the opening bell in New York.

The deal comes as sales at big packaged food makers slow, with shoppers opting for cheaper store brands over well known labels.

It would bring under one roof the Tandem and Quasar chocolate bars and Pellory's range of crisps, crackers and breakfast biscuits.

Lawyers said the takeover was unlikely to face serious antitrust hurdles because the two companies sell very different products.

Pellory will join Harwell's snacks unit, led by its president Dana Okafor and based in Denver, once the deal closes in the first half of next year.

Pellory, which was spun off from a cereal group two years ago, sells its crisps in more than 80 countries.
"""

# 2. A chief executive leaving; the facts in another order, one desk adding a date, a title and a statement's voice.
CHIEF_DESK_A = """Orsolan's chief executive Maren Tvedt is leaving the Norwegian shipping group after nine years at its head and will be replaced by its Asia boss Idris Kamau.

Tvedt has decided to step down as chief executive and as a member of the board, the company said in a statement on Tuesday.

"Running Orsolan for nine years has been an honour and a privilege," Tvedt said in the statement.

Kamau, who joined Orsolan in Singapore in 1994, ran the group's tanker business during the freight slump of 2016.

He then led the company's Asian region before taking charge of its new container division last year.

Orsolan cut its profit forecast for the year last month as freight rates fell from the highs of the pandemic.

The group and its rivals had earned record profits over three years as shipping costs soared and ports jammed.

Orsolan has also faced criticism in recent years from environmental groups over the emissions of its older ships.

The company has said that it will replace a third of its fleet with cleaner vessels by the end of the decade.
"""

CHIEF_DESK_B = """Orsolan's chief executive Maren Tvedt is leaving the Norwegian shipping group after nine years at its head and will be replaced by its Asia boss Idris Kamau, the company said on Tuesday, May 6.

Ms. Tvedt has decided to step down as chief executive and as a member of the board, the company said in a statement.

"Running Orsolan for nine years has been an honor and a privilege," Ms. Tvedt said.

Kamau, who joined Orsolan in Singapore in 1994, ran the group's tanker business during the freight slump of 2016.

He then led the company's Asian region before taking charge of its new container division last year.

Orsolan cut its profit forecast for the year last month as freight rates fell from the highs of the pandemic.

The group and its rivals had earned record profits over three years as shipping costs soared and ports jammed.

Orsolan has also faced criticism recently from environmental groups over the emissions of its older ships.

The company has argued that it will replace a third of its fleet with cleaner vessels by the end of the decade.
"""

# 3. Job cuts; one desk changes a figure's wording, the unions' verb and a clause of the plant's history.
CUTS_DESK_A = """Carmaker Veltro said on Thursday it would cut 3,400 jobs at its German plants by 2027 as demand for its electric models stalls.

Most of the cuts will fall at its factory in Halden, where about 9,000 people build the Aris and Brio cars.

The company will offer early retirement and voluntary redundancy packages before turning to forced layoffs.

Veltro's sales in Europe fell by 14% in the first nine months of the year as cheaper rivals won market share.

The IG Metall union said it would fight the plan and called for a meeting with the management next week.

The Halden plant, which opened in 1962, was the company's first factory outside its home region.

Veltro's shares rose 3.1% in Frankfurt after the announcement, their biggest gain in two months.

The carmaker said the cuts would save about 1.2 billion euros a year once they are complete.
"""

CUTS_DESK_B = """Carmaker Veltro said on Thursday it would eliminate 3,400 jobs at its German plants by 2027 as demand for its electric models stalls.

Most of the cuts will fall at its factory in Halden, where about 9,000 people build the Aris and Brio cars.

The company will offer early retirement and voluntary redundancy packages before turning to forced layoffs.

Veltro's sales in Europe fell by 14% in the first nine months of the year as cheaper rivals won market share.

The IG Metall union vowed to fight the plan and called for a meeting with the management next week.

The Halden plant, which began production in 1962, was the company's first factory outside its home region.

Veltro's shares rose 3.1% in Frankfurt after the announcement, their biggest gain in two months.

The carmaker said the cuts would save about 1.2 billion euros a year once they are complete.
"""

DESKS = [(DEAL_DESK_A, DEAL_DESK_B), (CHIEF_DESK_A, CHIEF_DESK_B), (CUTS_DESK_A, CUTS_DESK_B)]


def _syndicated(text: str, edits: list[tuple[str, str]]) -> str:
    """A republisher's copy of `text`: a tag dropped, a word or two changed."""
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    return text


# Near misses: a republisher's copy of one desk's page, changing words in two sentences only (a verb, a word).
SYNDICATED = [
    (
        DEAL_DESK_A,
        [("would buy crisp maker", "would purchase crisp maker"), ("Lawyers said", "Lawyers have said")],
    ),
    (
        CHIEF_DESK_A,
        [("after nine years at its head", "after nine years at the helm"), ("cut its", "lowered its")],
    ),
    (CUTS_DESK_A, [("would cut 3,400", "will cut 3,400"), ("biggest gain", "largest gain")]),
]


@pytest.mark.parametrize(("first", "second"), DESKS, ids=["deal", "chief", "cuts"])
def test_two_desks_edits_of_one_text_are_same_wire(first: str, second: str) -> None:
    assert _score(second, first) >= COPY_THRESHOLD  # alike enough in words to pass for a syndicated copy
    assert edited_apart(sentences_of(second), sentences_of(first))
    assert _relations(first, second) == (None, ["known"])
    assert _relations(second, first) == (None, ["known"])


@pytest.mark.parametrize(("text", "edits"), SYNDICATED, ids=["deal", "chief", "cuts"])
def test_near_miss_a_copy_changing_two_sentences_stays_a_copy(
    text: str, edits: list[tuple[str, str]]
) -> None:
    copy = _syndicated(text, edits)
    assert not edited_apart(sentences_of(copy), sentences_of(text))
    assert _relations(text, copy) == ("known", [])


def test_what_a_change_both_ways_is() -> None:
    assert _changed_both_ways("it would buy the firm", "it would acquire the firm")  # another word
    assert _changed_both_ways("rose and milky way fell", "rose and fell sharply")  # each adds its own
    assert not _changed_both_ways("an honour for me", "an honor for me")  # a spelling
    assert not _changed_both_ways("up 7 percent on monday", "up 7 per cent on monday")  # a house style
    assert not _changed_both_ways("sells cereal outside north america", "sells cer")  # cut off at the end
    assert not _changed_both_ways(
        "the deal closes next year", "the deal closes early next year"
    )  # one way only


# Form 2 (`shared_text._spun_retelling`): two reports of one chairman's statement, each with a lead and sentences of
# its own, sharing his quotations and one sentence word for word in order. Stretched over the quotations, the spun
# chain paired each page's own sentence with the one before the other page's copy of it (a tie the earliest chain
# wins), so three of the writers' pairs looked swapped and the report was linked as a synonym spinner's copy.
STAKE_A = """Fenwick to take 9.4% stake in Corvale for 41 billion rupees

KOLKATA, March 3: Fenwick will take a 9.4 per cent stake in Corvale Digital for 41 billion rupees, chairman Rohan Mehra told shareholders on Friday.

"We are proud to welcome Fenwick as a long-term partner in Corvale Digital," Mehra said.

"Under the agreement Fenwick will put 41 billion rupees into Corvale for a 9.4 per cent stake and help us build cloud services for small firms," he said.

This takes the money the group has raised from investors in four months to over 900 billion rupees, he said.

This includes money from seven global funds and a rights issue that closed in January, he said.

"That is more than our net debt of 610 billion rupees at the end of the last financial year," he said.

"Corvale is now free of net debt, a year before the target I set," Mehra said.

"Our balance sheet will carry the growth of our telecom, retail and energy arms," he said.

"We have also closed the fuel venture with Dorrance," he said.
"""

STAKE_B = """Fenwick, the US software maker, is buying into the digital arm of the Corvale group, its chairman Rohan Mehra announced at the annual meeting.

"We are proud to welcome Fenwick as a long-term partner in Corvale Digital," Mehra said.

"Under the agreement Fenwick will put 41 billion rupees into Corvale for a 9.4 per cent stake and help us build cloud services for small firms," he said.

It is the eleventh investment in Corvale Digital since February, when a Gulf fund bought 6 per cent for 30 billion rupees.

With the latest deal the group has now raised cash from global funds and a rights issue worth over 900 billion rupees.

This includes money from seven global funds and a rights issue that closed in January, he said.

"That is more than our net debt of 610 billion rupees at the end of the last financial year," he said.

"Corvale is now free of net debt, a year before the target I set," Mehra said.

"Our balance sheet will carry the growth of our telecom, retail and energy arms," he said.

"We have also closed the fuel venture with Dorrance," he said.

Fenwick joins a long list of firms that have put money into the group's digital arm this year.
"""

_OTHER_NAMES = [
    ("Fenwick", "Larkspur"),
    ("Corvale", "Minetta"),
    ("Rohan Mehra", "Anil Desai"),
    ("9.4", "6.2"),
    ("41 billion", "27 billion"),
    ("900 billion", "740 billion"),
    ("610 billion", "455 billion"),
    ("KOLKATA, March 3", "CHENNAI, June 9"),
    ("Dorrance", "Velmont"),
    ("seven global funds", "five global funds"),
    ("eleventh", "ninth"),
    ("software maker", "chip designer"),
    ("Gulf fund", "Dutch pension fund"),
]
_OTHER_ARMS = [
    ("Fenwick", "Oxbridge Cloud"),
    ("Corvale", "Tarsis"),
    ("Rohan Mehra", "Priya Nair"),
    ("9.4", "12.5"),
    ("41 billion", "58 billion"),
    ("900 billion", "1,100 billion"),
    ("610 billion", "870 billion"),
    ("KOLKATA, March 3", "PUNE, Oct 21"),
    ("Dorrance", "Halvard"),
    ("telecom, retail and energy", "media, retail and chemicals"),
    ("fuel venture", "chemicals venture"),
]


def _renamed(text: str, names: list[tuple[str, str]]) -> str:
    for old, new in names:
        text = text.replace(old, new)
    return text


STATEMENTS = [
    (STAKE_A, STAKE_B),
    (_renamed(STAKE_A, _OTHER_NAMES), _renamed(STAKE_B, _OTHER_NAMES)),
    (_renamed(STAKE_A, _OTHER_ARMS), _renamed(STAKE_B, _OTHER_ARMS)),
]


@pytest.mark.parametrize(("first", "second"), STATEMENTS, ids=["stake", "names", "arms"])
def test_two_reports_sharing_a_statements_quotations_are_no_spun_copy(first: str, second: str) -> None:
    a, b = sentences_of(first), sentences_of(second)
    assert not _spun_retelling(a, b) and not _spun_retelling(b, a)
    assert not is_rewrite(align(a, b)) and not is_rewrite(align(b, a))
    assert _relations(first, second)[0] is None
    assert _relations(second, first)[0] is None


@pytest.mark.parametrize("name", sorted(SPUN_ORIGINALS))
def test_near_miss_a_spinners_copy_keeps_every_sentence_in_its_place_and_stays_spun(name: str) -> None:
    original = SPUN_ORIGINALS[name]
    assert _spun_retelling(sentences_of(_spin(original)), sentences_of(original))


# Form 3 (`importer.Fingerprints.relations`): two reworded pages under one agency's credit that are one newsroom's
# stories of two moments (`another_moment`: each lead tells a figure of its own news the other never tells) are no
# two rewrites of one wire: the check the same-wire path makes holds on this path too (review of stop 59).
def _later(text: str, swaps: list[tuple[str, str]]) -> str:
    for old, new in swaps:
        assert old in text
        text = text.replace(old, new)
    return text


CUTS_LATER = _later(
    WIRE_B,
    [
        ("Marlow Bank to axe 2,300 jobs and close branches", "Marlow Bank deepens cuts to 3,100 jobs"),
        (
            "Marlow Bank will slash around 2,300 positions over the coming two years as it closes a third of its "
            "branches and shifts more clients to its mobile app, the lender announced on Wednesday.",
            "Marlow Bank raised the number of jobs it plans to shed to 3,100 on Thursday, as it shuts a third of its "
            "branches and shifts more clients to its mobile app.",
        ),
    ],
)
FUND_LATER = _later(
    WIRE_D,
    [
        (
            "Tessaly Ventures pulls in $1.2 billion for fourth fund",
            "Tessaly Ventures closes fourth fund above target",
        ),
        (
            "Tessaly Ventures has gathered 1.2 billion dollars for its fourth fund, the biggest in its history, as "
            "investors continue backing firms that write early cheques to software start-ups, the firm announced on "
            "Tuesday.",
            "Tessaly Ventures has closed its fourth fund at 1.5 billion dollars, after investors who back firms "
            "writing early cheques to software start-ups asked for more room, the firm announced on Friday.",
        ),
    ],
)
CHIEF_EARLY = _later(
    WIRE_E,
    [
        (
            "succeeding Per Holm, who is retiring after nine years.",
            "succeeding Per Holm, who is retiring after nine years, on a salary of 11 million crowns.",
        )
    ],
)
CHIEF_LATER = _later(
    WIRE_F,
    [
        ("Quarry group Brandvik picks new chief executive", "Brandvik's new chief to get 16 million crowns"),
        (
            "Brandvik, the Nordic quarry and cement company, announced on Monday that its finance director Ebba Lind "
            "will take over as chief executive in April, replacing Per Holm, who is retiring after nine years.",
            "Brandvik, the Nordic quarry and cement company, will pay its next chief executive Ebba Lind 16 million "
            "crowns a year when she takes over in April from Per Holm, shareholders were told on Thursday.",
        ),
    ],
)
MOMENTS = [(WIRE_A, CUTS_LATER), (WIRE_C, FUND_LATER), (CHIEF_EARLY, CHIEF_LATER)]


@pytest.mark.parametrize(("early", "later"), MOMENTS, ids=["cuts", "fund", "chief"])
def test_two_credited_rewrites_of_two_moments_are_not_linked(early: str, later: str) -> None:
    a, b = sentences_of(early), sentences_of(later)
    al = align(b, a)
    assert is_rewrite(al) and rewrites_of_one_wire(al, later, early)  # what made them same wire
    assert another_moment(b, a)
    assert _relations(early, later) == (None, [])
    assert _relations(later, early) == (None, [])


def test_near_miss_two_credited_rewrites_of_one_moment_stay_same_wire() -> None:
    assert _relations(WIRE_A, WIRE_B) == (None, ["known"])
    assert _relations(WIRE_C, WIRE_D) == (None, ["known"])
    assert _relations(WIRE_E, WIRE_F) == (None, ["known"])
