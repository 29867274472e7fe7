"""Copies on the fitted bench's remaining misses (stop 51, "links": issue 12, every syndicated copy linked).

Each form is written first as a general shape, then tested with three invented pairs of pages in other words,
companies, people and figures than the coverage's, and near misses that must not be linked. No sentence comes from
an article. The expectations are written by hand.
"""

from __future__ import annotations

from dataclasses import replace

from tui.corpus.furniture import body_without_furniture
from tui.corpus.importer import Fingerprints
from tui.corpus.shared_text import Alignment, align, is_rewrite, sentences_of


def _relations(known: str, incoming: str) -> tuple[str | None, list[str]]:
    """(the original `incoming` is found a copy of, the originals it is same wire with)."""
    fp = Fingerprints()
    fp.add("first", known, None)
    found = fp.relations(incoming)
    return (found.original[0] if found.original else None), found.same_wire_as


def _alignment(a: str, b: str) -> Alignment:
    return align(sentences_of(body_without_furniture(a)), sentences_of(body_without_furniture(b)))


# --- form 1: a reworded copy whose sentences have their clauses turned around ------------------------------------------
# The shape: page B retells page A whole, sentence by sentence in A's order, but a paraphrasing tool (or a spinner)
# has turned each sentence around ("X said on Tuesday it raised $N, led by Y" / "On Tuesday, X announced that it had
# raised $N in a round Y led") and swapped some words for synonyms; B may carry a headline of its own. The in-order
# alignment scores sentences with a word-order-sensitive ratio, so most pairs fall under its bar: a sentence here
# and there aligns, coverage is low, and no copy rule held (on the fitted bench a robotics round's Reuters story
# retold this way was missed). Now the reworded rule's own measures are also read under a word-order-free score
# (token_sort_ratio): at least eight sentences from the lead, coverage 0.8 over three quarters of both texts, the
# mean under 90 (reworded, not word for word), three pairs of the writers' own words. Near misses: an independent
# report of the same event (same names, figures, facts, told in its own sentences and order) links nothing; an edit
# that adds sentences of its own inside the shared stretch is no copy by this rule (two edits each cut and add).

DRONE_A = """Farm drone maker Skylark Agritech said on Tuesday it raised $210 million in a funding round led by Harrow Capital, valuing the company at $1.4 billion.

The Des Moines-based firm also said it signed a supply deal with tractor maker Greenfield to fit its spraying drones to new machines.

Investor interest in farm automation has grown as labour shortages push growers to look for machines that can work through the night.

Other backers in the round include Prairie Ventures, the Ostrander family office, Calder Growth and Northway Partners.

Chief executive Mara Okonkwo said the money will be used to build a second factory, expand into Brazil and hire about 300 engineers.

The company will also move its flight data to a new cloud platform run by Greenfield, Okonkwo said.

Skylark's drones map each field, spot weeds from the air and spray only the plants that need it, cutting chemical use by about half, according to Okonkwo.

Harrow partner Leon Baptiste will join the board of the company, which was founded six years ago by two former crop scientists.

The firm sold about 4,000 drones last year and expects sales to double in the current year.

Skylark last raised money in 2022 at a valuation of $600 million.
"""

DRONE_B = """Harrow Capital Leads $210 Million Round in Farm Drone Maker Skylark

On Tuesday, Skylark Agritech, a maker of farm drones, announced that it had raised $210 million in a round of funding that Harrow Capital led, with the company valued at $1.4 billion.

Skylark, a firm based in Des Moines, also announced that a supply deal was signed with Greenfield, the tractor maker, to fit new machines with its spraying drones.

As shortages of labour push growers to look for machines that can work through the night, the interest of investors in farm automation has grown.

Prairie Ventures, Calder Growth, Northway Partners and the Ostrander family office are among the other backers that took part in the round.

According to chief executive Mara Okonkwo, the money will be used to hire about 300 engineers, expand into Brazil and build a second factory.

Okonkwo said the company will move its flight data to a new cloud platform that Greenfield runs as well.

According to Okonkwo, by spotting weeds from the air after mapping each field, the drones spray only the plants that need it, which cuts the use of chemicals by about half.

Leon Baptiste, a partner at Harrow, will join the board of the company that two former crop scientists founded six years ago.

About 4,000 drones were sold by the firm last year, and it expects its sales to double in the current year.

At a valuation of $600 million, Skylark last raised money in 2022.
"""

CFO_A = """Harbourline Bank said on Wednesday its finance chief Ingrid Solberg will retire in March after nine years in the post, and named treasurer Tomas Reyes as her successor.

Reyes, 47, will take over as chief financial officer on April 1, the lender said in a statement issued after markets closed.

Solberg will stay on as an adviser to chief executive Paul Adeyemi until the end of the year to help with the handover.

During her tenure the bank doubled its mortgage book and cut its cost base by a fifth, steering it through two rounds of rising interest rates.

Reyes joined Harbourline from a rival lender in 2015 and has run its treasury and investor relations teams since 2019.

The bank also said it would publish its annual results on February 20, when Solberg will present the figures for the last time.

Shares in Harbourline were little changed in late trading on the news of the planned succession.

Analysts at Mercer Row said the choice of an internal candidate signalled that the bank did not plan to change its strategy.
"""

CFO_B = """Harbourline Bank Finance Chief to Retire, Treasurer Reyes to Succeed Her

On Wednesday, Harbourline Bank announced that Ingrid Solberg, its chief of finance for nine years, will step down in March, with treasurer Tomas Reyes picked to replace her.

In a release the lender put out after the close of trading, it said Reyes, 47, will become finance chief on April 1.

To smooth the handover, Solberg will remain an adviser to chief executive Paul Adeyemi through the close of the year.

Guiding the lender through two cycles of climbing interest rates, Solberg doubled its home loan book and trimmed its cost base by a fifth during her time in the job.

Since 2019 Reyes has led the treasury and investor relations teams, having come to Harbourline in 2015 from a competing lender.

When Solberg presents the numbers for a final time on February 20, the bank will release its yearly results, it also said.

On word of the planned succession, Harbourline stock was barely changed in late dealings.

Picking an internal candidate showed that the bank had no plan to alter its strategy, analysts at Mercer Row said.
"""

PORT_A = """Container terminal operator Castellan Ports agreed on Friday to buy a 60 percent stake in Vela Harbour from state investor Montaro Holdings for 2.3 billion dollars.

The deal gives Castellan control of the deepest berths on the western coast and a rail link to three inland cities.

Montaro will keep the remaining 40 percent and two seats on the board of the harbour company.

Castellan plans to spend a further 500 million dollars over five years to double the terminal's capacity, chief executive Rui Tanaka said.

The purchase still needs approval from the national competition authority, which the companies expect by the middle of next year.

Vela Harbour handled about 3.1 million containers last year, up 12 percent from the year before.

Castellan has bought four terminals in the past three years as shipping lines seek partners that run ports on several continents.

Its shares closed 2 percent higher after the announcement.
"""

PORT_B = """On Friday, Castellan Ports, which runs container terminals, struck an agreement with state investor Montaro Holdings to acquire from it a 60 percent holding in Vela Harbour for 2.3 billion dollars.

Command of the western coast's deepest berths and a railway connection to three cities inland pass to Castellan under the agreement.

The other 40 percent and a pair of seats on the harbour company's board will be retained by Montaro.

To double the terminal's capacity, Castellan intends to invest an extra 500 million dollars across five years, chief executive Rui Tanaka said.

Clearance from the national competition regulator is still required for the acquisition, and the two firms anticipate it by the middle of next year.

Up 12 percent on the previous year, Vela Harbour moved roughly 3.1 million containers last year.

As shipping lines look for partners operating ports on several continents, Castellan has acquired four terminals in the last three years.

Following the announcement its stock finished 2 percent higher.
"""

DRONE_OWN = """Skylark Agritech, whose drones spray weeds instead of whole fields, is now worth $1.4 billion after a new $210 million round.

Harrow Capital put up the largest share of the money, and its partner Leon Baptiste takes a board seat.

Growers have been short of workers for years, and machines that can fly at night are one answer, said Mara Okonkwo, who runs the company.

She plans a factory in Iowa and a push into Brazil, and wants 300 more engineers on the payroll.

A tie-up with Greenfield will put the drones on new tractors, a move rivals are likely to copy.

Prairie Ventures, Calder Growth and Northway Partners joined the round, as did a family office.

The firm says it cuts chemical use by about half compared with spraying a field from a tractor.

It sold some 4,000 drones last year, according to people who have seen its accounts.

Two years ago investors valued it at $600 million.

Skylark faces rivals from China that sell cheaper machines to smaller farms.
"""


REORDERED = [(DRONE_A, DRONE_B), (CFO_A, CFO_B), (PORT_A, PORT_B)]


def test_reordered_copies_need_the_new_rule() -> None:
    for original, copy in REORDERED:
        al = _alignment(copy, original)
        assert al.reordered
        assert not is_rewrite(replace(al, reordered=False))  # the in-order ratio alone did not link them


def test_reordered_copies_are_linked_whichever_comes_first() -> None:
    for original, copy in REORDERED:
        assert _relations(original, copy) == ("first", [])
        assert _relations(copy, original) == ("first", [])


def test_an_independent_report_of_the_same_event_is_not_linked() -> None:
    for known in (DRONE_A, DRONE_B):
        assert _relations(known, DRONE_OWN) == (None, [])
        assert _relations(DRONE_OWN, known) == (None, [])
        assert not _alignment(DRONE_OWN, known).reordered


DRONE_EDIT_EXTRA = (
    "Farm robots have drawn record sums this year as food prices stay high across the Midwest.",
    "A rival maker of weeding robots closed a smaller round in the spring at a lower price.",
    "Some growers say the machines still struggle in heavy rain and on steep ground near rivers.",
)


def test_an_edit_with_sentences_of_its_own_inside_is_no_reordered_copy() -> None:
    paragraphs = DRONE_B.split("\n\n")
    edit = "\n\n".join(paragraphs[:5] + list(DRONE_EDIT_EXTRA) + paragraphs[5:])
    al = _alignment(edit, DRONE_A)
    assert not al.reordered
    assert _relations(DRONE_A, edit)[0] is None


def _names_swapped(text: str) -> str:
    for old, new in (
        ("Skylark Agritech", "Meridian Fieldworks"),
        ("Skylark", "Meridian"),
        ("Harrow Capital", "Quillon Partners"),
        ("Harrow", "Quillon"),
        ("Greenfield", "Ashcombe"),
        ("Mara Okonkwo", "Dev Raman"),
        ("Okonkwo", "Raman"),
        ("Leon Baptiste", "Ana Sousa"),
        ("$210 million", "$95 million"),
        ("$1.4 billion", "$800 million"),
        ("Des Moines", "Fresno"),
        ("Brazil", "Kenya"),
    ):
        text = text.replace(old, new)
    return text


def test_one_text_with_its_names_and_figures_swapped_turns_no_sentence_around() -> None:
    # pages built from one text's paragraphs in its order (a generator's recombination, a template): both
    # scores align them alike; whatever else links them, it is not this rule
    assert not _alignment(_names_swapped(DRONE_A), DRONE_A).reordered
