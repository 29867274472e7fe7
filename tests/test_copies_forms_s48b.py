"""A copy whose page runs a time stamp without its day into the lead (stop 48, "copies": the copy and
same-wire links; importer.copy_body, furniture.stamp_length).

The general form: a page's time stamp written at the head of its first line, run into the lead's
first words, with the month but not the day ("date 2031-05 Halvard Mining said ...", "Published:
2030-11 The board of ...", "Updated 2029-02 Three of the ..."). The importer took such a stamp off
only when it held a day, so a month-only stamp stayed in the lead it compares: the lead of a copy no
longer read word for word as the original's, and a brief made of another page's first paragraphs
(every sentence word for word, the lead among them) was no copy. The stamp is the page's date, not
its text (furniture.stamp_length, which the Compare cell already uses): the copy body drops it
whether or not it holds the day.
Near misses: a brief of the same news in its own words, under a month-only stamp, links nothing; a
year and month inside a sentence ("set a target date 2031-05 for ...") is text and stays.

Invented texts written for these tests; the expectations are written by hand.
"""

from __future__ import annotations

from tui.corpus.importer import Fingerprints, copy_body


def _copy_of(known: str, incoming: str) -> str | None:
    fp = Fingerprints()
    fp.add("first", known, None)
    found = fp.relations(incoming)
    return found.original[0] if found.original else None


# 1. a brief of an appointment story's first three paragraphs, under "date <year>-<month>"
STORY_1 = """Halvard Mining named its finance chief Selma Koivisto as chief executive on Tuesday, ending a four-month search after the abrupt exit of Tor Engel in the spring.

Koivisto, 51, joined the copper miner from a Finnish paper group six years ago and has run its finances through two years of falling metal prices.

She takes over on June 1 and will keep her seat on the board, the company said in a statement released before markets opened in Helsinki.

Engel left in April after a dispute with the board over the cost of the new smelter in northern Sweden, which is running two years late.

Halvard shares rose 2% in early trading after the news.

The company said it would name a new finance chief within three months and that deputy finance chief Pekka Laine would fill the post until then.
"""

BRIEF_1 = """date 2031-05 Halvard Mining named its finance chief Selma Koivisto as chief executive on Tuesday, ending a four-month search after the abrupt exit of Tor Engel in the spring.

Koivisto, 51, joined the copper miner from a Finnish paper group six years ago and has run its finances through two years of falling metal prices.

She takes over on June 1 and will keep her seat on the board, the company said in a statement released before markets opened in Helsinki.
"""

# 2. a brief of a funding story under "Published: <year>-<month>"
STORY_2 = """The battery startup Voltera has raised $310 million in a round led by the sovereign fund of Norway, valuing the company at about $2.4 billion before the new money.

The five-year-old company makes sodium cells for grid storage at a plant outside Lyon and plans to open a second line in Spain next year.

Existing backers including Kestrel Ventures and the carmaker Aurelis also put money into the round, chief executive Amina Durand said in an interview.

Durand said the money would pay for the Spanish line and for hiring about 400 engineers over the next two years.

Voltera lost about $60 million last year on sales of $45 million, according to figures it filed in France.
"""

BRIEF_2 = """Published: 2030-11 The battery startup Voltera has raised $310 million in a round led by the sovereign fund of Norway, valuing the company at about $2.4 billion before the new money.

The five-year-old company makes sodium cells for grid storage at a plant outside Lyon and plans to open a second line in Spain next year.

Existing backers including Kestrel Ventures and the carmaker Aurelis also put money into the round, chief executive Amina Durand said in an interview.
"""

# 3. a brief of a layoff story under "Updated <year>-<month>" (no colon), a shorter lead
STORY_3 = """Three of the largest banks in Portugal will cut a combined 2,100 branch jobs by the end of next year as customers move to their phones.

Banco Atlantico, the biggest of the three, will close 80 of its branches and cut 900 jobs, it said in a filing on Monday.

Its rivals Caixa Norte and Banco Sul said they would cut 700 and 500 jobs, mostly through early retirement.

The unions said they would meet the banks next week and did not rule out a strike in the spring.

The cuts follow a round of about 1,500 job losses at the three lenders two years ago.
"""

BRIEF_3 = """Updated 2029-02 Three of the largest banks in Portugal will cut a combined 2,100 branch jobs by the end of next year as customers move to their phones.

Banco Atlantico, the biggest of the three, will close 80 of its branches and cut 900 jobs, it said in a filing on Monday.

Its rivals Caixa Norte and Banco Sul said they would cut 700 and 500 jobs, mostly through early retirement.
"""

# near miss: a brief of the news of form 1 in its own words, under a month-only stamp
OWN_BRIEF_1 = """date 2031-05 Copper producer Halvard Mining has picked Selma Koivisto, its chief financial officer, to lead the company from June.

The appointment closes a search that began when her predecessor quit in April over spending on a delayed Swedish smelter.

Koivisto has been at the group for six years and previously worked in the Finnish paper industry, a spokesman said.
"""


def test_a_brief_under_a_date_stamp_without_its_day_is_the_storys_copy() -> None:
    assert _copy_of(STORY_1, BRIEF_1) == "first"
    assert _copy_of(BRIEF_1, STORY_1) == "first"


def test_a_brief_under_a_published_stamp_without_its_day_is_the_storys_copy() -> None:
    assert _copy_of(STORY_2, BRIEF_2) == "first"
    assert _copy_of(BRIEF_2, STORY_2) == "first"


def test_a_brief_under_an_updated_stamp_without_its_day_is_the_storys_copy() -> None:
    assert _copy_of(STORY_3, BRIEF_3) == "first"
    assert _copy_of(BRIEF_3, STORY_3) == "first"


def test_the_month_only_stamp_leaves_the_copy_body() -> None:
    assert copy_body(BRIEF_1).startswith("Halvard Mining named its finance chief")
    assert copy_body(BRIEF_2).startswith("The battery startup Voltera")
    assert copy_body(BRIEF_3).startswith("Three of the largest banks")


def test_near_miss_a_brief_in_its_own_words_under_the_stamp_is_no_copy() -> None:
    fp = Fingerprints()
    fp.add("first", STORY_1, None)
    found = fp.relations(OWN_BRIEF_1)
    assert found.original is None
    assert found.same_wire_as == []


def test_near_miss_a_year_and_month_inside_a_sentence_stay() -> None:
    text = (
        "The regulator set a target date 2031-05 for the first shipments from the new smelter, which "
        "is running two years late."
    )
    assert "target date 2031-05 for" in copy_body(text)
