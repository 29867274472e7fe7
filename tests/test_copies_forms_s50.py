"""Copies and same wire on the fitted bench's remaining misses (stop 50, "copies": form 20).

Each form is written first as a general shape, then tested with three invented pairs of pages in other words,
companies, people and figures than the coverage's, and at least one near miss that must not be linked. No sentence
comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.aspects import _finish
from tui.analysis.compare.model import Aspect, Slot
from tui.corpus.importer import Fingerprints
from tui.corpus.model import Span
from tui.corpus.shared_text import _BULLET


def _relations(known: str, incoming: str) -> tuple[str | None, list[str]]:
    """(the original `incoming` is found a copy of, the originals it is same wire with)."""
    fp = Fingerprints()
    fp.add("first", known, None)
    found = fp.relations(incoming)
    return (found.original[0] if found.original else None), found.same_wire_as


# --- form 20a: a copy with a summary box of bullets set above it ------------------------------------------------------
# The shape: page B republishes page A (word for word, or spun: a word swapped here and there for a synonym) and
# stops before A's last paragraphs, but sets above it a box of three or four bullet points ("In brief", "Key points")
# that restate the story in other words. Before: the box's points were counted as the story's first sentences, so
# the shared text started past the lead and no copy rule (each asks the chain to start within the lead) held; the
# word similarity is under the syndication bar (the spun words, the box, the cut). Now lines opening on a bullet at
# the body's top (five at most) are counted as title lines above the lead, as a headline printed again is. Near
# misses: two independent reports of one event, one with a summary box, sharing names, figures and a quoted
# statement, stay unlinked; a box above a story that shares only quotations with another links nothing.

FERRY_A = """Baltic ferry operator Nordsund Lines has agreed to buy its smaller rival Skerry Crossings for 410 million euros in cash, the companies said on Monday.

The purchase gives Nordsund eleven more vessels and the busy night route between Tallinn and Stockholm.

Nordsund will pay 14 euros for each Skerry share, a premium of about a third on the price before talks leaked last month.

Skerry's founding family, which holds just under half of the shares, has promised to back the offer.

The deal needs the blessing of competition regulators in Sweden and Estonia, and the firms expect it to close in the autumn.

"Together we can run a greener fleet and keep fares stable for families," Nordsund chief executive Kaisa Lepp said.

Skerry has struggled since fuel costs rose sharply two winters ago and cut three of its routes last year.

Analysts at Kalder Bank said the price looked fair given the state of Skerry's older ships.

Nordsund shares rose 4 percent in Stockholm after the news.

The combined company will carry about nine million passengers a year.
"""

FERRY_B = """In brief
- Nordsund is paying cash for a rival that has had a hard few years.
- The founding family of the target backs the offer.
- Regulators in two countries must still approve.

Baltic ferry operator Nordsund Lines has agreed to purchase its smaller competitor Skerry Crossings for 410 million euros in cash, the companies said on Monday.

The acquisition gives Nordsund eleven more vessels and the busy night route between Tallinn and Stockholm.

Nordsund will pay 14 euros for every Skerry share, a premium of roughly a third on the price before talks leaked last month.

Skerry's founding family, which holds just under half of the shares, has pledged to back the offer.

The deal needs the blessing of competition watchdogs in Sweden and Estonia, and the firms expect it to close in the autumn.

"Together we can run a greener fleet and keep fares stable for families," Nordsund chief executive Kaisa Lepp said.

Skerry has struggled since fuel costs rose steeply two winters ago and cut three of its routes last year.
"""

MINE_A = """Shares of copper miner Arroyo Verde jumped after the company said it had found a large new deposit near its flagship pit in northern Chile.

The find could add some 1.2 million tonnes of copper to the company's reserves, enough to extend the life of the mine by about eight years.

Arroyo Verde said drilling over the past eighteen months had confirmed the size of the ore body at depths of up to 600 metres.

The company plans to spend 300 million dollars on a new processing line to handle the extra ore from 2029.

"This is the most important discovery in our history," chief executive Tomas Iriarte said on a call with investors.

Copper prices have risen by a fifth this year as demand from power grids and electric cars grows.

The company's shares closed 17 percent higher in Toronto, their biggest one-day gain since listing.

Arroyo Verde will publish a full resource estimate in the first quarter of next year.

Local community groups have asked for talks about water use at the site.
"""

MINE_B = """Key points
* The new deposit could extend the pit's life by about eight years.
* A processing line is planned from 2029.
* The stock had its best day since listing.

Shares of copper miner Arroyo Verde soared after the company said it had discovered a large new deposit near its flagship pit in northern Chile.

The find could add some 1.2 million tonnes of copper to the company's reserves, enough to lengthen the life of the mine by about eight years.

Arroyo Verde said drilling over the past eighteen months had confirmed the size of the ore body at depths of up to 600 metres.

The firm plans to spend 300 million dollars on a new processing line to handle the extra ore from 2029.

"This is the most important discovery in our history," chief executive Tomas Iriarte said on a call with investors.

Copper prices have climbed by a fifth this year as demand from power grids and electric cars grows.

The company's shares closed 17 percent higher in Toronto, their largest one-day gain since listing.
"""

BAKERY_A = """Family-owned bakery chain Hollin & Daughters is to be sold to the private equity firm Greystair Partners in a deal valuing it at 95 million pounds.

The chain runs 140 shops across the north of England and employs about 2,300 people.

Greystair said it would keep the Hollin name and open another forty shops over the next five years.

The Hollin family, which founded the business in 1952, will keep a stake of about 10 percent.

"We wanted an owner who will let the shops stay local," chair Margaret Hollin said in a statement.

The bakery's sales rose 8 percent last year to 180 million pounds, though rising flour and energy costs squeezed its profit.

The sale is expected to be completed within six weeks.

Greystair has bought three food businesses since the start of last year.

Unions said they would seek assurances on jobs and pay.
"""

BAKERY_B = """At a glance
- Buyer: Greystair Partners, a private equity firm.
- Price: a deal valuing the chain at 95 million pounds.
- Jobs: about 2,300 people work for the chain.

Family-owned bakery chain Hollin & Daughters is to be sold to the private equity group Greystair Partners in a deal valuing it at 95 million pounds.

The chain operates 140 shops across the north of England and employs about 2,300 people.

Greystair said it would retain the Hollin name and open another forty shops over the next five years.

The Hollin family, which founded the business in 1952, will keep a stake of about 10 percent.

"We wanted an owner who will let the shops stay local," chair Margaret Hollin said in a statement.

The bakery's sales grew 8 percent last year to 180 million pounds, though rising flour and energy costs squeezed its profit.
"""


def test_a_spun_ferry_story_under_a_summary_box_is_a_copy() -> None:
    assert _relations(FERRY_A, FERRY_B)[0] == "first"


def test_a_spun_mining_story_under_key_points_is_a_copy() -> None:
    assert _relations(MINE_A, MINE_B)[0] == "first"


def test_a_bakery_sale_under_an_at_a_glance_box_is_a_copy() -> None:
    assert _relations(BAKERY_A, BAKERY_B)[0] == "first"


FERRY_OTHER = """In brief
- A ferry takeover in the Baltic, paid in cash.
- The target's founders back it.
- Two regulators must approve.

Skerry Crossings, the troubled Estonian ferry line, is to be taken over by Nordsund Lines after months of talks.

Nordsund is offering 14 euros a share, valuing Skerry at 410 million euros, and the family that founded the smaller line has said it will accept.

"Together we can run a greener fleet and keep fares stable for families," Nordsund chief executive Kaisa Lepp said.

Passenger groups in Tallinn worry that the night route between Tallinn and Stockholm could see fewer sailings once the two lines merge.

Regulators in Sweden and Estonia will look at the deal, which the firms hope to finish in the autumn.

Skerry's older ships need costly repairs, according to a port official who asked not to be named.
"""


def test_near_miss_an_independent_report_under_a_summary_box_is_not_linked() -> None:
    assert _relations(FERRY_A, FERRY_OTHER) == (None, [])


def test_near_miss_a_box_above_a_story_sharing_only_quotations_is_not_linked() -> None:
    quotes_a = (
        'Ines Varga, who runs the Arden Lab, said: "We have tested the new battery for two full years in cold weather '
        'and in heat." She added: "It keeps nine tenths of its charge after three thousand cycles in our tests." '
        '"We expect the first cars to carry it in the spring of 2031," she said.\n\n'
        "The lab is funded by three carmakers and a university in Graz, and it plans to double its staff by the end of "
        "next year.\n\nRival labs in Asia are working on similar designs using cheaper metals."
    )
    quotes_b = (
        "Key points\n- A lab says its battery lasts.\n- Cars could carry it in 2031.\n- Carmakers fund the work.\n\n"
        "A battery built in Austria could reach showrooms sooner than expected, its makers claim.\n\n"
        '"We have tested the new battery for two full years in cold weather and in heat," Varga told a conference in '
        'Vienna. "It keeps nine tenths of its charge after three thousand cycles in our tests."\n\n'
        '"We expect the first cars to carry it in the spring of 2031," she said.\n\n'
        "Investors have put money into a dozen battery start-ups in the region this year."
    )
    assert _relations(quotes_a, quotes_b) == (None, [])


def test_the_bullet_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(_BULLET, " - ") < 20
    assert cpu_to_scan_a_long_line(_BULLET, "\t•\t* ") < 20


# --- form 20b: an uncredited rewrite carrying another page's paragraphs, one of them with a scare quote ---------------
# The shape: page B, under a lead and background of its own, carries groups of page A's paragraphs word for word or
# nearly: one sentence holding a scare quote of two or three words in double marks (the buyer takes "substantially
# all" of the assets, the plan is "on hold"), then, after paragraphs of B's own, two more of A's sentences side by
# side. Before: a sentence holding any quotation mark was counted as the speaker's words, not the writer's, so of the
# writer's own sentences only the two side by side were shared (a block pasted whole, the "About" paragraph's shape:
# no link). Now a sentence whose every quotation is under four words (a scare quote, as one in single marks already
# was) is the writer's own, and the sentences kept apart make the pair same wire. Near misses: the same pages where
# the sentence holds a speaker's quotation of four words or more stay unlinked (the speaker's words, which any report
# may carry); two independent reports sharing names, figures and a quoted statement stay unlinked.


def _rewrite(lead: str, own: str, kept: str, tail: str) -> str:
    """A page: its lead, two paragraphs of its own, the kept sentence, its other paragraphs, the kept tail."""
    paragraphs = own.split("\n\n")
    before, after = "\n\n".join(paragraphs[:2]), "".join(f"{p}\n\n" for p in paragraphs[2:])
    return f"{lead}\n\n{before}\n\n{kept}\n\n{after}{tail}\n"


CLINIC_KEPT = (
    'Under the plan, Carrow Health will pay 88 million dollars for "substantially all" of the clinic group\'s assets, '
    "including its imaging centres and patient records."
)
CLINIC_TAIL = (
    "A monitor named by the bankruptcy judge will study how the sale could affect patients whose scans are kept in "
    "the group's archive.\n\nThe monitor's findings are due by the end of March, and the judge will hold a hearing "
    "in April."
)
CLINIC_A = _rewrite(
    "Carrow Health has won the auction for the bankrupt clinic group Westmere Care, beating two private equity bidders "
    "with an offer that must still be approved by a federal judge.",
    "Westmere filed for bankruptcy in the autumn after years of losses at its rural sites.\n\nIts founder had tried "
    "and failed to find a buyer for the whole business last year.",
    CLINIC_KEPT,
    CLINIC_TAIL,
)
CLINIC_B = _rewrite(
    "In a surprise twist, a regional hospital operator has come out on top in the race for a failed chain of clinics.",
    "The chain, set up in 1994 by two radiologists, once ran ninety sites across four states.\n\nDebts from a costly "
    "expansion pushed it into court protection, and its lenders pressed for a quick sale.\n\nSeveral staff left in "
    "the months before the sale.",
    CLINIC_KEPT,
    CLINIC_TAIL,
)

STADIUM_KEPT = (
    'The city says the new stadium is "on hold" until the club shows it can pay its share of the 600 million dollar '
    "cost without public loans."
)
STADIUM_TAIL = (
    "An independent auditor hired by the council will check the club's accounts and report on whether its revenue "
    "forecasts can be trusted.\n\nThe auditor's report is due in June, and councillors will vote on the project "
    "in July."
)
STADIUM_A = _rewrite(
    "Plans for a riverside football stadium in Dunmore have stalled after the council refused to guarantee the "
    "club's borrowing.",
    "The club has played in a rented ground for eleven years.\n\nFans have campaigned for a new home since the club "
    "won promotion two seasons ago.",
    STADIUM_KEPT,
    STADIUM_TAIL,
)
STADIUM_B = _rewrite(
    "Dunmore Rovers' dream of a new home by the river is on ice for now, leaving supporters angry.",
    "The project was first shown to fans at a packed meeting two years ago.\n\nIts designers had promised seats for "
    "thirty thousand and a roof that would cover every stand.\n\nRival clubs in the region built new grounds with "
    "private money alone.",
    STADIUM_KEPT,
    STADIUM_TAIL,
)

ORCHARD_KEPT = (
    'The buyer will take over "most of" the cooperative\'s orchards and its two packing sheds, but not the cider '
    "brand, which will be wound down."
)
ORCHARD_TAIL = (
    "A mediator chosen by the growers' union will look at how the sale could affect the pickers who work the orchards "
    "each autumn.\n\nThe mediator will report by the first week of May, and members will vote on the sale in June."
)
ORCHARD_A = _rewrite(
    "The fruit company Pellham Farms has agreed to buy the struggling Lower Vale apple cooperative for 31 million "
    "dollars, ending a year of uncertainty for its growers.",
    "The cooperative was hit by two late frosts in a row.\n\nIts board had warned in January that it could not "
    "pay its bank.",
    ORCHARD_KEPT,
    ORCHARD_TAIL,
)
ORCHARD_B = _rewrite(
    "Growers in Lower Vale have a new owner for their orchards after a long search.",
    "The cooperative was founded after the war by twelve families.\n\nIt sold its apples to supermarkets across the "
    "country for decades.\n\nCheaper imports and poor harvests eroded its margins.",
    ORCHARD_KEPT,
    ORCHARD_TAIL,
)


def test_a_rewrite_carrying_a_clinic_sales_paragraphs_is_same_wire() -> None:
    assert _relations(CLINIC_A, CLINIC_B) == (None, ["first"])


def test_a_rewrite_carrying_a_stadium_storys_paragraphs_is_same_wire() -> None:
    assert _relations(STADIUM_A, STADIUM_B) == (None, ["first"])


def test_a_rewrite_carrying_an_orchard_sales_paragraphs_is_same_wire() -> None:
    assert _relations(ORCHARD_A, ORCHARD_B) == (None, ["first"])


def test_near_miss_the_kept_sentence_holding_a_speakers_quotation_links_nothing() -> None:
    quoted = (
        'Under the plan, Carrow Health will pay 88 million dollars and "take care of every patient we inherit", its '
        "chief said, including the imaging centres and patient records."
    )
    a = CLINIC_A.replace(CLINIC_KEPT, quoted)
    b = CLINIC_B.replace(CLINIC_KEPT, quoted)
    assert _relations(a, b) == (None, [])


def test_near_miss_two_independent_reports_of_one_sale_are_not_linked() -> None:
    other = (
        "A federal judge will decide in April whether Carrow Health can buy Westmere Care, the clinic group that sought "
        'court protection last autumn.\n\nCarrow bid 88 million dollars for "substantially all" of the assets, more '
        "than two rival offers from buyout firms.\n\nPatients' groups want to know what happens to the scans stored "
        'by the clinics.\n\n"We will treat every record with care," a Carrow spokesperson said.\n\nThe hearing will '
        "follow a report from a court-appointed monitor."
    )
    assert _relations(CLINIC_A, other) == (None, [])


# --- form 20c: a copy now linked whose row holds a share's price where the original gives a total ----------------------
# The shape: a copy (linked as such, e.g. under its summary box) whose valuation row shows a price per share (a bare
# small sum: "its stock value peaked at $58", read as the company's value) where the original shows the company's
# total ("a $14 billion valuation"). Between independent pages such a pair is "differ", not judged (a share's price and
# a total are two measures: compare/told.py's per-share cell), but a copy whose figure differs from its original's was
# flagged as the copy's change, a contradiction. Now the per-share reading holds for a copy too. Near miss: a copy
# that turns one total into another still shows the change.


def _money(article: str, text: str, value: float, precision: float) -> Slot:
    return Slot("money", text, Span(article, 0, len(text)), value=value, unit="USD", precision=precision)


def _valuation_row(
    original: Slot, copy: Slot, figures: dict[str, list[told.Told]] | None = None
) -> list[tuple[str, str]]:
    from tests.test_compare_verdict_rules import _fig

    aspect = Aspect(id="valuation", label="Valuation", cls="valuation")
    members = {
        "a": [_fig("a", 1, "valuation", original, fact=True)],
        "b": [_fig("b", 1, "valuation", copy, fact=True)],
    }
    figures = figures if figures is not None else {"a": [], "b": []}
    _finish(aspect, members, ["a", "b"], copy_of={"b": "a"}, checkable=True, figures=figures)
    return [(p.verdict, p.reason) for p in aspect.pairs]


def test_a_copys_share_price_against_the_originals_total_is_no_changed_figure() -> None:
    for original, copy in (
        (_money("a", "$14 billion", 14e9, 0.5e9), _money("b", "$58", 58.0, 0.5)),
        (_money("a", "$2.3 billion", 2.3e9, 0.05e9), _money("b", "$31.50", 31.5, 0.005)),
        (_money("a", "$640 million", 640e6, 5e6), _money("b", "$12", 12.0, 0.5)),
    ):
        assert _valuation_row(original, copy) == [(verdicts.DIFFER, told.PER_SHARE_CELL)]


def test_a_copys_figure_that_the_original_states_as_another_fact_is_no_changed_figure() -> None:
    # the original gives the company's valuation and, elsewhere, its share's peak price; the copy's row holds
    # that price (its summary box's words read as the value): the original states both, as two facts
    for total, price, copied in (
        (
            _money("a", "$19 billion", 19e9, 0.5e9),
            _money("a", "$123.51", 123.51, 0.005),
            _money("b", "$123", 123.0, 0.5),
        ),
        (
            _money("a", "$7.2 billion", 7.2e9, 0.05e9),
            _money("a", "$88.40", 88.4, 0.005),
            _money("b", "$88", 88.0, 0.5),
        ),
        (
            _money("a", "$950 million", 950e6, 5e6),
            _money("a", "$41.75", 41.75, 0.005),
            _money("b", "$42", 42.0, 0.5),
        ),
    ):
        figures = {
            "a": [
                told.Told("a", "valuation", None, total, chosen=True),
                told.Told("a", "total", None, price, chosen=True),
            ],
            "b": [],
        }
        assert _valuation_row(total, copied, figures) == [(verdicts.DIFFER, told.OTHER_FACT)]


def test_near_miss_a_copy_turning_one_total_into_another_is_still_its_change() -> None:
    changed = _valuation_row(_money("a", "$14 billion", 14e9, 0.5e9), _money("b", "$16 billion", 16e9, 0.5e9))
    assert changed == [(verdicts.CONTRADICTION, "copy-changed")]
