"""Two edits of one uncredited story keeping two of its sentences apart (stop 49, "frames": the
same-wire links; shared_text.align's `Alignment.kept_apart`, is_same_wire).

The general form: two pages, neither crediting an agency, each an edit of one source story: each
tells most of it in its own words, cuts and adds, but both keep two of the source's sentences of
prose (outside quotation marks), one of them word for word and long (fifteen words or more), the
other closely (a word or two changed), in the same order, with sentences of a page's own between
them. Such a pair aligned too few sentences, from too far from the lead, and shared too few runs of
eight words for any same-wire rule (the retold rule asks three runs), so the two edits counted as
two origins. Two writers working apart do not write a long sentence of prose alike, and a second
kept sentence elsewhere in both tells the same source rather than a stock phrase.
Near misses: two pages of different outlets sharing only a quotation (the speaker's words, which
any report may carry) link nothing, however long it is; two rewrites of one press release each in
their own words, ending on the company's "About" paragraph word for word, link nothing (a block
pasted whole keeps its sentences side by side in both pages, with nothing of a page's own between);
one short sentence word for word is a stock phrase, no link.

Invented texts written for these tests; the expectations are written by hand.
"""

from __future__ import annotations

from dataclasses import replace

from tui.corpus.importer import Fingerprints, copy_body
from tui.corpus.shared_text import align, is_same_wire, sentences_of


def _wire_of(known: str, incoming: str) -> list[str]:
    fp = Fingerprints()
    fp.add("first", known, None)
    found = fp.relations(incoming)
    assert found.original is None
    return found.same_wire_as


def _kept_apart_alone(x: str, y: str) -> bool:
    """The pair is same wire, and only through the two kept sentences (no other rule links it)."""
    al = align(sentences_of(copy_body(x)), sentences_of(copy_body(y)))
    return al.kept_apart and is_same_wire(al) and not is_same_wire(replace(al, kept_apart=False))


# 1. a terminal sale: the long sentence of background kept word for word in the middle of both, the
#    regulator's step kept closely (a phrase or two changed) near the end
PORT_A = """Harbour operator Castellan Ports has agreed to sell its container terminal in Valdora to the shipping line Meridia for about 640 million euros.

The sale ends a two-year search for a buyer that began after the terminal lost its largest customer to a rival port in the north.

Castellan bought the terminal from the city of Valdora in 2011 and spent heavily on new cranes that were meant to double its capacity by the end of the decade.

Analysts in Milan said the price looked low against the sums paid for similar terminals in Spain last year.

"We are handing the terminal to an owner that can fill it," chief executive Ilaria Conti said.

The deal still needs the approval of the Italian competition authority, which is expected to rule before the summer.

Castellan shares rose 3% in morning trading on the news.
"""

PORT_B = """Meridia will take over the Valdora container terminal from Castellan Ports in a deal worth some 640 million euros, the two firms said on Thursday.

The shipping line already calls at the port twice a week and plans to move more of its Mediterranean traffic there.

Castellan bought the terminal from the city of Valdora in 2011 and spent heavily on new cranes that were meant to double its capacity by the end of the decade.

Dock workers' unions want guarantees on jobs and will meet the new owner next week.

"This gives us a home base in the western Mediterranean," operations head Bruno Serra said.

The deal still needs the nod of Italy's competition authority, which should rule before the summer.

Meridia did not say how it would pay for the purchase.
"""

# 2. a recall: the close sentence first, the long one word for word later, each page's own lead
RECALL_A = """Drugmaker Lindqvist Pharma is recalling two batches of its children's cough syrup in six countries after tests found traces of a cleaning agent.

The company said no child had been reported ill so far and that the batches were sold mainly in pharmacies.

Parents were told to return the bottles to the shop where they bought them for a full refund.

Lindqvist has had three recalls in two years, more than any other maker of medicines in the region.

Inspectors from the national medicines agency visited the plant in Uppsala last month and asked for changes to the way its mixing tanks are rinsed between runs.

Its chief executive is due to meet the agency next week.
"""

RECALL_B = """Two batches of a children's cough syrup made by Lindqvist Pharma are being pulled from shelves in Sweden, Norway, Denmark, Finland, Estonia and Latvia.

Tests by a lab in Oslo found a cleaning agent in samples bought at random, the drugmaker said in a notice on its website.

Lindqvist has had three recalls in two years, the most of any drugmaker in the region.

A consumer group said the firm should publish the test results in full.

Inspectors from the national medicines agency visited the plant in Uppsala last month and asked for changes to the way its mixing tanks are rinsed between runs.

Shares in the company fell 4% in Stockholm.
"""

# 3. a plant closure: the long sentence opens one page's second paragraph and sits late in the other
PLANT_A = """The carmaker Ostrava Motors will close its engine plant in Brno by the end of next year, putting about 1,900 jobs at risk.

The company said demand for petrol engines had fallen faster than it had planned for and that its electric models are built abroad.

The plant opened in 1998 and at its peak built more than half a million engines a year for three of the group's brands.

Regional officials asked the company to look for a buyer before it shuts the site.

Workers will be offered places at the group's battery plant near Ostrava, though it lies more than 150 kilometres away.
"""

PLANT_B = """Ostrava Motors is shutting its Brno engine works, the latest European car plant to close as sales of combustion models shrink.

About 1,900 people work at the site, which the carmaker said would close by the end of next year.

The union called the decision a betrayal and said it would ask the government to step in.

The plant opened in 1998 and at its peak built over half a million engines a year for three of the group's brands.

A spokesman declined to say what the closure would cost the company.

Workers will be offered jobs at the group's battery plant near Ostrava, which is over 150 kilometres away.
"""


def test_two_edits_of_a_terminal_sale_keeping_two_sentences_apart_are_same_wire() -> None:
    assert _kept_apart_alone(PORT_A, PORT_B)
    assert _wire_of(PORT_A, PORT_B) == ["first"]
    assert _wire_of(PORT_B, PORT_A) == ["first"]


def test_two_edits_of_a_recall_keeping_two_sentences_apart_are_same_wire() -> None:
    assert _kept_apart_alone(RECALL_A, RECALL_B)
    assert _wire_of(RECALL_A, RECALL_B) == ["first"]
    assert _wire_of(RECALL_B, RECALL_A) == ["first"]


def test_two_edits_of_a_plant_closure_keeping_two_sentences_apart_are_same_wire() -> None:
    assert _kept_apart_alone(PLANT_A, PLANT_B)
    assert _wire_of(PLANT_A, PLANT_B) == ["first"]
    assert _wire_of(PLANT_B, PLANT_A) == ["first"]


# near miss: two outlets each tell the terminal sale in their own words and carry one long quotation
# of the chief executive word for word (and a close sentence of fact): the quotation is her words
QUOTE_A = """Harbour operator Castellan Ports has agreed to sell its container terminal in Valdora to the shipping line Meridia for about 640 million euros.

The sale ends a two-year search for a buyer that began after the terminal lost its largest customer to a rival port in the north.

"We bought this terminal to serve the whole western Mediterranean and we are proud of what our people built there over a decade," chief executive Ilaria Conti said.

The deal still needs the approval of the Italian competition authority, which is expected to rule before the summer.
"""

QUOTE_B = """Meridia will take over the Valdora container terminal from Castellan Ports in a deal worth some 640 million euros, the two firms said on Thursday.

"We bought this terminal to serve the whole western Mediterranean and we are proud of what our people built there over a decade," Castellan's chief executive Ilaria Conti told reporters.

Dock workers' unions want guarantees on jobs and will meet the new owner next week.

The deal still needs the nod of Italy's competition authority, which should rule before the summer.
"""

# near miss: two rewrites of one release on a software launch, each in its own words, both ending
# on the company's "About" paragraph word for word
ABOUT = """About Teravolt

Teravolt is a maker of control software for wind and solar farms, with offices in Hamburg, Madrid and Austin and more than 900 staff. Its systems run more than 40 gigawatts of generating capacity for utilities in 30 countries around the world.
"""

RELEASE_A = (
    """Teravolt has launched a forecasting tool that tells wind farm operators a day ahead how much power their turbines will make.

The tool draws on weather models and on the readings of each turbine, and the company says it cuts forecasting errors by a third.

Two utilities in Spain have tested it since the spring, it said.

"""
    + ABOUT
)

RELEASE_B = (
    """Wind farm operators can now buy a day-ahead output forecast from Teravolt, the Hamburg software firm said on Tuesday.

Its new product combines turbine data with weather forecasts and, according to the firm, makes forecasts a third more accurate.

It will cost operators a yearly fee per turbine that the company did not disclose.

"""
    + ABOUT
)

# near miss: one short sentence word for word (under fifteen words) and a close one elsewhere
SHORT_A = """Harbour operator Castellan Ports has agreed to sell its container terminal in Valdora to the shipping line Meridia for about 640 million euros.

Castellan shares rose 3% in morning trading on the news.

Analysts in Milan said the price looked low against the sums paid for similar terminals in Spain last year.

The deal still needs the approval of the Italian competition authority, which is expected to rule before the summer.
"""

SHORT_B = """Meridia will take over the Valdora container terminal from Castellan Ports in a deal worth some 640 million euros, the two firms said on Thursday.

Castellan shares rose 3% in morning trading on the news.

Dock workers' unions want guarantees on jobs and will meet the new owner next week.

The deal still needs the nod of Italy's competition authority, which should rule before the summer.
"""


def test_near_miss_two_pages_sharing_only_a_quotation_are_not_linked() -> None:
    assert not align(sentences_of(copy_body(QUOTE_A)), sentences_of(copy_body(QUOTE_B))).kept_apart
    assert _wire_of(QUOTE_A, QUOTE_B) == []
    assert _wire_of(QUOTE_B, QUOTE_A) == []


def test_near_miss_two_release_rewrites_sharing_the_about_paragraph_are_not_linked() -> None:
    assert not align(sentences_of(copy_body(RELEASE_A)), sentences_of(copy_body(RELEASE_B))).kept_apart
    assert _wire_of(RELEASE_A, RELEASE_B) == []
    assert _wire_of(RELEASE_B, RELEASE_A) == []


def test_near_miss_one_short_sentence_word_for_word_is_no_link() -> None:
    assert not align(sentences_of(copy_body(SHORT_A)), sentences_of(copy_body(SHORT_B))).kept_apart
    assert _wire_of(SHORT_A, SHORT_B) == []
