"""A page that retells a wire's story in its own words and cites the wire is no edit of it (issue 12,
stop 58, the lead's decision; shared_text.credited_pair, docs/copies.md).

The form: a wire story, and a page that retells it in its own words, in about its order, citing the
wire ("Reuters reported", "according to the Associated Press", "Bloomberg News reported, citing ..."):
the two share the figures, the names, one short quotation and a stock phrase or two of the wire's
wording (two runs of eight words). Stop 42 linked such a pair as same wire, the citation standing in
for the third run of the retold rule (`is_credited_retelling`): citing a wire is not carrying its
text, so only a credit line or dateline ("By Reuters", "(AP)") gives a pair a wire origin now, and
only when the other page runs one too or cites no agency (`credited_pair`).

Near miss: a real second edit of the wire (under its credit line, or with none), keeping the wire's
sentences among its own: same wire, as before.

Form 2 (`cites_the_wire_of`): a page under an agency's own credit (a credit line, a dateline, an
agency writer's byline: "By <Name>, Associated Press", "AP Business Writer"), and a page that lifts
two or three of its sentences word for word among its own and cites that agency as the reporter of
what it tells ("..., the Associated Press reported", "according to Reuters", "AFP reported"): a
rewrite citing the wire, not another edit of it (the coverage tables' reading), so no same-wire link
between the two. Near misses: the same page with the citation left out (another edit: same wire);
an edit citing another agency, or the same agency for an earlier scoop ("first reported",
"reported in January": same wire); an independent report of the event
sharing its figures, names and a quotation (no link).

Invented texts written for these tests; expectations written by hand.
"""

from __future__ import annotations

import pytest

from tui.corpus.importer import Fingerprints
from tui.corpus.shared_text import (
    align,
    cites_agency,
    cites_the_wire_of,
    credited_pair,
    is_credited_retelling,
    is_same_wire,
    sentences_of,
)

WIRE_1 = """Halvard Energy to buy Corrin Wind for $3.4 billion

OSLO, March 4 (Reuters) - Halvard Energy has agreed to buy offshore wind developer Corrin Wind for $3.4 billion in cash, the Norwegian utility said on Tuesday, its largest purchase since it was spun off from the state oil group.

The deal gives Halvard control of four wind farms off the coast of Scotland and a pipeline of projects that could power two million homes by the end of the decade.

Halvard will pay 41 crowns a share, a premium of 28 percent to Corrin's closing price on Monday, and fund the purchase with cash and new debt.

"This is a natural next step for us," chief executive Sigrid Aune told reporters on a call, adding that the company would keep Corrin's staff in Aberdeen.

Corrin's board has backed the offer and its two largest shareholders, which hold a combined 35 percent, have agreed to sell their stakes.

The deal is expected to close in the third quarter, subject to approval by competition authorities in Britain and the European Union.

Shares in Halvard fell 3.1 percent in Oslo trading, while Corrin's stock jumped 26 percent.
"""

RETOLD_1 = """Halvard Energy snaps up Corrin Wind

Norwegian utility Halvard Energy is paying $3.4 billion in cash for Corrin Wind, Reuters reported on Tuesday, in what would be its largest purchase since it was spun off from the state oil group.

With the acquisition, Halvard takes over four Scottish offshore wind farms as well as a pipeline of projects that could power two million homes within a few years.

The offer values each Corrin share at 41 crowns, 28 percent above where the stock closed on Monday, and Halvard plans to pay with cash and new debt.

Chief executive Sigrid Aune called the acquisition "a natural next step for us" and said the Aberdeen workforce would stay.

Competition regulators in Britain and the European Union still need to approve the transaction, which is due to be completed in the third quarter.

Investors were less enthusiastic about the buyer than the target: Halvard lost 3.1 percent and Corrin rose 26 percent.
"""

EDIT_1 = """Halvard buys Corrin Wind in $3.4 billion deal

By Reuters

Halvard Energy has agreed to buy offshore wind developer Corrin Wind for $3.4 billion in cash, the Norwegian utility said on Tuesday, its largest purchase since it was spun off from the state oil group.

The deal gives Halvard control of four wind farms off the coast of Scotland and a pipeline of projects that could power two million homes by the end of the decade.

Halvard will pay 41 crowns a share, a premium of 28 percent to Corrin's closing price on Monday, and fund the purchase with cash and new debt.

Offshore wind developers have come under pressure from higher interest rates, which have pushed up the cost of building new farms.

The deal is expected to close in the third quarter, subject to approval by competition authorities in Britain and the European Union.
"""

WIRE_2 = """Tessaly Foods chief Marcus Brand to retire after eight years

CHICAGO (AP) — Tessaly Foods said Wednesday that chief executive Marcus Brand will retire at the end of June after eight years in the job, and that the packaged food maker has picked its head of North American sales, Lena Ortiz, to succeed him.

Brand, 63, steered the company through a long slump in cereal sales and sold off its frozen pizza business in 2021 for $1.2 billion.

Ortiz, who joined Tessaly in 2009 from a beverage company, will become the first woman to run the 110-year-old firm.

"Lena knows this business better than anyone," Brand said in a statement, adding that he would stay on as an adviser until the end of the year.

Tessaly also reported quarterly sales of $2.8 billion, slightly below what analysts had expected, and kept its profit forecast for the year.

The company's shares were little changed in morning trading in New York.
"""

RETOLD_2 = """Tessaly Foods has named Lena Ortiz, its head of North American sales, to replace chief executive Marcus Brand, who retires at the end of June after eight years, according to the Associated Press.

Brand, who is 63, steered the company through a long slump in cereal sales and the 2021 sale of its frozen pizza unit for $1.2 billion.

Ortiz came to Tessaly from a drinks maker in 2009 and will be the first woman to lead the 110-year-old business.

In his statement, Brand said Ortiz "knows this business better than anyone" and that he would remain as an adviser until December.

Quarterly sales came in at $2.8 billion, a little short of forecasts, while the profit outlook for the year was unchanged.
"""

EDIT_2 = """Tessaly Foods names Lena Ortiz as next CEO

Tessaly Foods said Wednesday that chief executive Marcus Brand will retire at the end of June after eight years in the job, and that the packaged food maker has picked its head of North American sales, Lena Ortiz, to succeed him.

Brand, 63, steered the company through a long slump in cereal sales and sold off its frozen pizza business in 2021 for $1.2 billion.

Analysts said the choice of an insider signalled that the board was happy with the current strategy.

Ortiz, who joined Tessaly in 2009 from a beverage company, will become the first woman to run the 110-year-old firm.

Tessaly also reported quarterly sales of $2.8 billion, slightly below what analysts had expected, and kept its profit forecast for the year.
"""

WIRE_3 = """Quillon raises $650 million at $9 billion valuation

Quillon, a startup that makes software for hospital billing, has raised $650 million in a funding round that values it at $9 billion, according to two people briefed on the matter.

The round was led by the venture firm Sable Ridge, with existing investors Northgate Capital and Perrin Partners also taking part, the people said, who would only speak unnamed as the talks are private.

The valuation is more than double the $4 billion at which Quillon raised money in early 2023.

Quillon's software reads insurance claims and flags errors before they are sent, which it says cuts the time hospitals wait to be paid.

"We want to be in every hospital in the country," co-founder Priya Menon said in an interview last month.

A representative for Quillon declined to comment, and Sable Ridge did not answer a message seeking comment.

The company, based in Austin, Texas, has about 900 employees and says it works with more than 1,400 hospitals.
"""

RETOLD_3 = """Quillon, a startup that makes software for hospital billing, has closed a $650 million round valuing it at $9 billion, Bloomberg News reported, citing people familiar with the matter.

The round was led by the venture firm Sable Ridge, and earlier backers Northgate Capital and Perrin Partners joined it.

That is more than twice the $4 billion valuation Quillon got when it last raised funds in early 2023.

Its software checks insurance claims for mistakes before they go out, so that hospitals get paid sooner.

Co-founder Priya Menon has said the goal is to be "in every hospital in the country".

Based in Austin, Texas, Quillon employs about 900 people and counts over 1,400 hospitals as customers.
"""

EDIT_3 = """Quillon, a startup that makes software for hospital billing, has raised $650 million in a funding round that values it at $9 billion, according to two people briefed on the matter.

The round was led by the venture firm Sable Ridge, with existing investors Northgate Capital and Perrin Partners also taking part, the people said.

Billing software has drawn heavy interest from investors as hospitals look for ways to cut costs.

The valuation is more than double the $4 billion at which Quillon raised money in early 2023.

A representative for Quillon declined to comment, and Sable Ridge did not answer a message seeking comment.
"""


def _links(known: str, incoming: str) -> tuple[bool, list[str]]:
    """(linked as a copy, same-wire originals) of `incoming` imported after `known`."""
    fp = Fingerprints()
    fp.add("wire", known, None)
    found = fp.relations(incoming)
    return found.original is not None, found.same_wire_as


RETELLINGS = [(WIRE_1, RETOLD_1), (WIRE_2, RETOLD_2), (WIRE_3, RETOLD_3)]
EDITS = [(WIRE_1, EDIT_1), (WIRE_2, EDIT_2), (WIRE_3, EDIT_3)]


@pytest.mark.parametrize(("wire", "retold"), RETELLINGS, ids=["purchase", "chief", "round"])
def test_a_page_retelling_a_wire_in_its_own_words_and_citing_it_is_not_linked(wire: str, retold: str) -> None:
    assert cites_agency(retold)  # it names the wire as the reporter of what it tells
    al = align(sentences_of(retold), sentences_of(wire))
    # what stop 42's rule read as an edit: retold from the lead, two runs of the wire's wording
    assert al.lead and al.aligned >= 3 and al.shared_runs == 2 and al.verbatim == 0
    assert not is_same_wire(al) and is_credited_retelling(al)
    # ... with the citation as the credit: citing a wire is not carrying its text
    assert not credited_pair(retold, wire) and not credited_pair(wire, retold)
    assert _links(wire, retold) == (False, [])
    assert _links(retold, wire) == (False, [])


@pytest.mark.parametrize(("wire", "edit"), EDITS, ids=["purchase", "chief", "round"])
def test_near_miss_a_second_edit_keeping_the_wire_sentences_stays_same_wire(wire: str, edit: str) -> None:
    al = align(sentences_of(edit), sentences_of(wire))
    assert al.verbatim >= 3 and is_same_wire(al)
    assert _links(wire, edit) == (False, ["wire"])
    assert _links(edit, wire) == (False, ["wire"])


def test_what_gives_two_pages_a_wire_origin_by_their_credits() -> None:
    byline = "By Reuters\n\nKestrel agreed to buy Orla for $2 billion on Monday."
    dateline = "LONDON (Reuters) - Kestrel agreed to buy Orla for $2 billion on Monday."
    other_wire = "LONDON (AP) - Kestrel agreed to buy Orla for $2 billion on Monday."
    plain = "Kestrel agreed to buy Orla for $2 billion on Monday, the company said."
    cited = "Kestrel agreed to buy Orla for $2 billion, Reuters reported on Monday."
    according = "Kestrel will buy Orla for $2 billion, according to the Associated Press."
    # a page running the agency's story under its credit, with a page running one too or citing none
    assert credited_pair(byline, dateline) and credited_pair(byline, plain) and credited_pair(plain, dateline)
    # a page citing the wire as its reporter retells it: no wire origin shared by credit
    assert not credited_pair(byline, cited) and not credited_pair(according, dateline)
    # no credit line on either page: nothing
    assert not credited_pair(plain, cited) and not credited_pair(cited, according)
    assert not credited_pair(plain, plain)
    # near miss: two pages under two agencies' credits are two wires' stories, never one wire's edits
    assert not credited_pair(byline, other_wire) and not credited_pair(other_wire, dateline)


# Form 2: a page lifting a credited wire's sentences and citing the wire as its reporter.

CREDITED_1 = """Brightwell Rail names new chief executive

By TOMAS REYES, Associated Press

Brightwell Rail said Thursday that its finance chief, Odile Marsh, will take over as chief executive in May, replacing Neil Carver, who is leaving after a decade marked by a costly strike and two fare freezes.

Carver, 59, told the board last autumn that he wanted to step down once a new rail contract was signed, the company said.

Marsh joined the operator in 2016 from a logistics group and has led its cost cuts since 2021.

The company's shares rose 2 percent in early trading in London.
"""

LIFTING_1 = """Brightwell Rail picks finance chief for top job

Posted

Brightwell Rail said Thursday that its finance chief, Odile Marsh, will take over as chief executive in May, replacing Neil Carver, who is leaving after a decade marked by a costly strike and two fare freezes.

Carver, 59, told the board last autumn that he wanted to step down once a new rail contract was signed, the company said.

Commuters on the western lines have complained for years about crowded trains and late services.

Marsh joined the operator in 2016 from a logistics group and has led its cost cuts since 2021, the Associated Press reported.

The union representing drivers said it hoped to meet the new chief before she starts.
"""

CREDITED_2 = """LISBON (Reuters) - Portuguese lender Banco Alcova agreed on Monday to buy the local arm of Dutch insurer Veldhuis for 640 million euros, expanding into life insurance as profits from lending slow.

The deal, to be paid in cash, should be completed before the year is out once regulators in Lisbon and Brussels sign off.

Alcova said it would keep the Veldhuis brand for at least three years and had no plans to cut jobs at the insurer's offices in Porto.

Shares in Alcova were down 1.4 percent by midday.
"""

LIFTING_2 = """Banco Alcova is buying the Portuguese business of Dutch insurer Veldhuis for 640 million euros, according to Reuters.

The deal, to be paid in cash, should be completed before the year is out once regulators in Lisbon and Brussels sign off.

For Alcova, the purchase is a bet that selling insurance through its branches can make up for thinner margins on loans.

Alcova said it would keep the Veldhuis brand for at least three years and had no plans to cut jobs at the insurer's offices in Porto.

Veldhuis has been selling units outside the Netherlands since a new chief executive took over last year.
"""

CREDITED_3 = """By AFP

Sundar Mining will close its copper smelter in Ravensby by March, putting 420 jobs at risk, after years of losses blamed on high power prices, the company said on Tuesday.

The smelter, opened in 1974, is the last of its kind in the region and processes ore shipped from the company's mines in the north.

Sundar said it would offer staff jobs at its other sites and had asked the regional government for help retraining workers.

The closure follows a warning in October that the plant would not survive without cheaper electricity.
"""

LIFTING_3 = """Sundar Mining plans to shut its loss-making copper smelter in Ravensby by March, with 420 jobs at risk, AFP reported on Tuesday.

The smelter, opened in 1974, is the last of its kind in the region and processes ore shipped from the company's mines in the north.

Local officials said the town would lose its largest employer and called for an urgent meeting with the company.

Sundar said it would offer staff jobs at its other sites and had asked the regional government for help retraining workers.

The closure follows a warning in October that the plant would not survive without cheaper electricity.
"""

# Near miss: the same edits, the citation left out (another edit of the wire: same wire).
KEPT_1 = LIFTING_1.replace(", the Associated Press reported.", ".")
KEPT_2 = LIFTING_2.replace(", according to Reuters.", ", the bank said on Monday.")
KEPT_3 = LIFTING_3.replace(", AFP reported on Tuesday.", ", the company said on Tuesday.")

# Near miss: an edit of the wire that cites another agency for an earlier scoop stays same wire.
SCOOP_1 = KEPT_1.replace(
    "The union representing drivers",
    "Bloomberg News reported in January that the board had begun looking for a successor.\n\nThe union representing drivers",
)

# Near miss: an independent story of the event, sharing its figures, names and a quotation, no wire text.
OWN_REPORT_2 = """Alcova moves into insurance with Veldhuis deal

Banco Alcova will pay 640 million euros for Veldhuis's Portuguese insurance business, the lender announced on Monday.

"Insurance is where our customers want us to be," Alcova chief executive Rui Damas told analysts on a call.

Regulators in Lisbon and Brussels must approve the purchase, which Alcova hopes to complete before January.

Staff at the insurer's Porto offices will keep their jobs and the brand will stay for three years, the bank said.
"""


# Near miss: an edit citing the same agency for its earlier scoop (a wire's story refers so to its own
# report, and its edits carry the sentence) stays same wire.
SCOOP_2 = KEPT_1.replace(
    "The union representing drivers",
    "The Associated Press first reported in January that Carver planned to leave.\n\nThe union representing drivers",
)

LIFTINGS = [(CREDITED_1, LIFTING_1), (CREDITED_2, LIFTING_2), (CREDITED_3, LIFTING_3)]
KEPT = [
    (CREDITED_1, KEPT_1),
    (CREDITED_2, KEPT_2),
    (CREDITED_3, KEPT_3),
    (CREDITED_1, SCOOP_1),
    (CREDITED_1, SCOOP_2),
]


@pytest.mark.parametrize(("wire", "lifting"), LIFTINGS, ids=["byline", "dateline", "credit-line"])
def test_a_page_lifting_a_credited_wire_and_citing_it_is_not_same_wire(wire: str, lifting: str) -> None:
    al = align(sentences_of(lifting), sentences_of(wire))
    assert al.verbatim >= 2 and is_same_wire(al)  # the measures alone would link it
    assert cites_the_wire_of(lifting, wire) and not cites_the_wire_of(wire, lifting)
    assert _links(wire, lifting) == (False, [])
    assert _links(lifting, wire) == (False, [])


@pytest.mark.parametrize(
    ("wire", "kept"), KEPT, ids=["byline", "dateline", "credit-line", "other-agency", "own-scoop"]
)
def test_near_miss_an_edit_without_the_citation_stays_same_wire(wire: str, kept: str) -> None:
    assert not cites_the_wire_of(kept, wire)
    assert _links(wire, kept) == (False, ["wire"])
    assert _links(kept, wire) == (False, ["wire"])


def test_near_miss_an_independent_report_sharing_figures_and_a_quotation_is_not_linked() -> None:
    assert _links(CREDITED_2, OWN_REPORT_2) == (False, [])
    assert _links(OWN_REPORT_2, CREDITED_2) == (False, [])


def test_an_agency_writer_byline_is_the_agency_credit() -> None:
    # a writer's name over "AP Business Writer", or "By <Name>, Associated Press": the page runs AP's story
    ap_page = "By ODILE MARSH\n\nAP Business Writer\n\n" + CREDITED_1.split("\n\n", 2)[2]
    assert cites_the_wire_of(LIFTING_1, ap_page) and cites_the_wire_of(LIFTING_1, CREDITED_1)
    # a page that only mentions a writer of the agency, or names it in a sentence, runs nothing
    assert not cites_the_wire_of(LIFTING_1, "The Associated Press writer who broke the story left.\n")
