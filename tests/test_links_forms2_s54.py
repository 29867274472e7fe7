"""Pages that run a company's press release (stop 54, "links": form 13 of the stop's keeper's list;
shared_text.runs_one_release, shared_text.release_background, importer.Fingerprints.relations).

Invented texts written for these tests (other companies, people, figures and sentence shapes than any
coverage's); the expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tui.corpus.importer import Fingerprints, Relations
from tui.corpus.shared_text import (
    _RELEASE_ISSUED,
    _RELEASE_MARK,
    carries_release,
    issued_release,
    without_release_closing,
)


def _relations(known: str, incoming: str) -> Relations:
    fp = Fingerprints()
    fp.add("first", known, None)
    return fp.relations(incoming)


def _is_copy(known: str, incoming: str) -> bool:
    found = _relations(known, incoming)
    return found.original is not None and found.original[0] == "first"


def _is_same_wire(known: str, incoming: str) -> bool:
    found = _relations(known, incoming)
    return found.original is None and found.same_wire_as == ["first"]


def _unlinked(known: str, incoming: str) -> bool:
    found = _relations(known, incoming)
    return found.original is None and not found.same_wire_as


# --- 13a. two outlets running one press release ------------------------------------------------------------------------
# The shape: one page carries a company's press release (a trade site running it whole, marked as a release by what only a
# release writes: its quotation's lead-in "Commenting on <x>, <Name>, <Title of Co>, said:", an "About <Co>" heading over
# the paragraph opening on the company's name, a forward-looking-statements heading, a media contacts line, "###"); the
# other is a news wire's copy of the same release, under the wire's own lead ("<Co> (<TICKER>) said on <day> it will ..."
# where the release says "<Co> announced that it will ..."), then the release's paragraphs word for word. The two share
# enough to be a copy by the word or sentence rules, yet neither republishes the other: both took the release, so they
# are two edits of one source text, same wire. Near misses: a page that is the release as issued (a release service's
# dateline, "--(BUSINESS WIRE)--") is the original the wire copies (a copy, docs/copies.md); a page republished whole under
# the release page's own lead is a copy; the same pair where no release mark stands (a reporter's "Commenting on the deal,
# <Co> boss <Name> said:", the title before the name) is a copy as before.

DAIRY_LEAD = (
    "Corvo Group announced that it plans to launch a cash offer for all the Halden Dairy shares it does not already "
    "own at 41 crowns per share."
)
DAIRY_WIRE_LEAD = (
    "Nordic food group Corvo (CRVO.OL) said on Friday it will launch a cash offer for all the Halden Dairy shares it "
    "does not already own at 41 crowns each."
)
DAIRY_BODY = """Corvo, which holds 62.4% of Halden Dairy, expects to open the offer within about three weeks.

The offer follows a proposal Corvo made on March 3 to buy the remaining shares at 44 crowns each through an agreed merger. Halden's board then set up a committee of independent directors to weigh that proposal, and the committee turned it down on April 9. With no agreement reached since then, Corvo has decided to take its offer straight to Halden's other shareholders.
"""
DAIRY_QUOTE = (
    "Commenting on the offer, Ana Ruiz, Chief Executive of Corvo Group, said: “We believe the two companies are "
    "stronger together. Halden's owners should now be free to decide for themselves.”"
)
DAIRY_REPORTER_QUOTE = (
    "Commenting on the offer, Corvo boss Ana Ruiz said: “We believe the two companies are stronger together. "
    "Halden's owners should now be free to decide for themselves.”"
)
DAIRY_TAIL = (
    "Halden would keep its brand and its head office in Tromsø after the combination, and its dairies would go on "
    "supplying the chilled foods arm of the group."
)


def dairy_release(quote: str = DAIRY_QUOTE, lead: str = DAIRY_LEAD) -> str:
    return f"Corvo to offer 41 crowns a share for the rest of Halden Dairy\n\n{lead} {DAIRY_BODY}\n{quote}\n\n{DAIRY_TAIL}\n"


DAIRY_WIRE = f"{DAIRY_WIRE_LEAD} {DAIRY_BODY}"

LEASING_RELEASE = """Skyvane Leasing to buy 30 freighters from Aster Cargo

Skyvane Leasing announced that it has agreed to buy a fleet of 30 converted freighter jets from Aster Cargo for 1.2 billion dollars in a sale and leaseback deal. Aster Cargo will keep flying the aircraft under twelve-year leases from Skyvane.

The jets, all built between 2009 and 2014, were converted from passenger use at Aster's own hangars in Leipzig and Hong Kong over the last four years. Aster said it would use the money to pay down debt that falls due next spring and to order six new freighters from Boeing.

The deal is expected to close in the third quarter, subject to the usual approvals.

About Skyvane
Skyvane Leasing owns and manages more than 400 aircraft leased to 90 airlines in 45 countries from its offices in Dublin, Singapore and Miami.
"""

LEASING_WIRE = """Aircraft lessor Skyvane (SKV.I) said on Tuesday it has agreed to buy a fleet of 30 converted freighter jets from Aster Cargo for 1.2 billion dollars in a sale and leaseback deal. Aster Cargo will keep flying the aircraft under twelve-year leases from Skyvane.

The jets, all built between 2009 and 2014, were converted from passenger use at Aster's own hangars in Leipzig and Hong Kong over the last four years. Aster said it would use the money to pay down debt that falls due next spring and to order six new freighters from Boeing.
"""

CHIPS_RELEASE = """Veltra Semiconductor names Joanna Brandt chief financial officer

Veltra Semiconductor today announced the appointment of Joanna Brandt as chief financial officer with effect from 1 October, succeeding Marcus Feld, who retires after eleven years in the role. Brandt joins from the carmaker Ostwind, where she ran the treasury and investor relations teams.

Brandt will be based at the company's headquarters in Dresden and report to chief executive Oskar Lindahl. Feld will remain with Veltra as an adviser until the end of the year to ensure an orderly handover of his duties.

Forward-looking statements
This release contains statements about future events that are subject to risks and uncertainties.

Media contact: press office, Veltra Semiconductor
"""

CHIPS_WIRE = """German chipmaker Veltra (VLT.DE) said on Monday it had appointed Joanna Brandt as its finance chief with effect from 1 October, succeeding Marcus Feld, who retires after eleven years in the role. Brandt joins from the carmaker Ostwind, where she ran the treasury and investor relations teams.

Brandt will be based at the company's headquarters in Dresden and report to chief executive Oskar Lindahl. Feld will remain with Veltra as an adviser until the end of the year to ensure an orderly handover of his duties.
"""


@pytest.mark.parametrize(
    ("release", "wire"),
    [(dairy_release(), DAIRY_WIRE), (LEASING_RELEASE, LEASING_WIRE), (CHIPS_RELEASE, CHIPS_WIRE)],
    ids=["a release's quotation lead-in", "an About heading", "forward-looking statements and a contact"],
)
def test_a_wires_copy_of_a_release_and_a_page_running_it_are_same_wire(release: str, wire: str) -> None:
    assert carries_release(release) and not carries_release(wire)
    assert _is_same_wire(release, wire)
    assert _is_same_wire(wire, release)  # whichever is imported first


def test_near_miss_without_a_release_mark_the_wires_copy_stays_a_copy() -> None:
    reporter = dairy_release(quote=DAIRY_REPORTER_QUOTE)  # the title before the name: a reporter's words
    assert not carries_release(reporter)
    assert _is_copy(reporter, DAIRY_WIRE)
    assert _is_copy(DAIRY_WIRE, reporter)


def test_near_miss_a_copy_of_the_release_as_issued_stays_a_copy() -> None:
    issued = dairy_release(lead=f"OSLO, Norway--(BUSINESS WIRE)--{DAIRY_LEAD}")
    assert issued_release(issued)
    assert _is_copy(issued, DAIRY_WIRE)


def test_near_miss_a_release_page_republished_under_its_own_lead_stays_a_copy() -> None:
    # another site's copy of the trade site's page: the release's own lead kept, its last paragraph cut
    republished = f"{DAIRY_LEAD} {DAIRY_BODY}\n{DAIRY_QUOTE}\n"
    assert _is_copy(dairy_release(), republished)


# --- 13b. another release of the same company, sharing its background ---------------------------------------------
# The shape: a company's release of later news (the offer launched, the deal closed, a second appointment) repeats its
# background from an earlier release -- the earlier proposal, the company's history -- one sentence word for word and one
# closely reworded, with sentences of its own between them; the other page carries the earlier release (whole, or a
# wire's copy of it). The two share only those two kept sentences (the kept-apart rule, no other same-wire rule) and one
# of them is a release by its marks: a company's stock text, not two edits of one source text. No link. Near miss: the
# same two pages with no release mark are two edits of one story keeping its sentences apart (stop 49): same wire.

DAIRY_LAUNCH = """Halden Dairy holders can now tender to Corvo

Minority holders of Halden Dairy may tender their stock from today, Corvo Group said, as the window for its bid opened; it closes at midnight on June 30 unless extended.

The offer follows a proposal Corvo made on March 3 to buy the remaining shares at 44 crowns each through an agreed merger. Halden's independent directors said no to that plan in the spring. With no agreement reached, Corvo is now taking its offer straight to Halden's other shareholders.

{quote}

The offer is conditional on Corvo holding at least 90% of Halden's shares once it closes, and on the approval of the Norwegian competition authority.
"""
LAUNCH_QUOTE = (
    "Commenting on the launch, Lars Moe, Chairman of the Board of Corvo Group, said: “Our plans for Halden have not "
    "changed. Its people, its brand and its farms are what make it worth having.”"
)
LAUNCH_REPORTER_QUOTE = (
    "Commenting on the launch, Corvo chairman Lars Moe said: “Our plans for Halden have not changed. Its people, its "
    "brand and its farms are what make it worth having.”"
)

LEASING_CLOSED = """Skyvane Leasing completes freighter purchase from Aster Cargo

The last approval for the freighter deal came through on Friday, Skyvane Leasing said, and the full price has now been paid to the cargo airline.

Each plane now sits on the lessor's register. The jets, all built between 2009 and 2014, were converted from passenger use at Aster's own hangars in Leipzig and Hong Kong over the last four years. Skyvane said it expects the deal to add to its earnings from the first full year. Aster has said the cash goes toward debts due next spring and toward new freighters from Boeing.

About Skyvane
Skyvane Leasing owns and manages more than 430 aircraft leased to 92 airlines in 46 countries from its offices in Dublin, Singapore and Miami.
"""

CHIPS_SECOND = """Veltra Semiconductor names new head of its power chips unit

A new chief for the power chips arm starts on 1 November: Henrik Solberg, Veltra Semiconductor said today, filling a seat empty since spring.

Solberg will be based at the company's headquarters in Dresden and report to chief executive Oskar Lindahl. He spent nine years at a Swiss maker of electric motors, most recently as its head of research. Feld will stay with Veltra as an adviser until the end of the year to ensure a smooth handover to the new finance chief.

Forward-looking statements
This release contains statements about future events that are subject to risks and uncertainties.

Media contact: press office, Veltra Semiconductor
"""


def _without_marks(text: str) -> str:
    """`text` with no release mark: its quotation told by a reporter, its headings and contact lines dropped."""
    text = text.replace(DAIRY_QUOTE, DAIRY_REPORTER_QUOTE).replace(LAUNCH_QUOTE, LAUNCH_REPORTER_QUOTE)
    kept = [
        line
        for line in text.split("\n")
        if not line.startswith(("About ", "Forward-looking", "This release", "Media contact"))
        and not line.startswith("Skyvane Leasing owns")
    ]
    return "\n".join(kept)


BACKGROUND_PAIRS = [
    (dairy_release(), DAIRY_LAUNCH.format(quote=LAUNCH_QUOTE)),
    (DAIRY_WIRE, DAIRY_LAUNCH.format(quote=LAUNCH_QUOTE)),
    (LEASING_RELEASE, LEASING_CLOSED),
    (CHIPS_RELEASE, CHIPS_SECOND),
]
BACKGROUND_IDS = ["two releases", "a wire's copy and a later release", "an About paragraph", "a contact line"]


@pytest.mark.parametrize(("earlier", "later"), BACKGROUND_PAIRS, ids=BACKGROUND_IDS)
def test_another_release_sharing_only_the_companys_background_is_not_linked(earlier: str, later: str) -> None:
    assert _unlinked(earlier, later)
    assert _unlinked(later, earlier)


@pytest.mark.parametrize(("earlier", "later"), BACKGROUND_PAIRS[1:], ids=BACKGROUND_IDS[1:])
def test_near_miss_the_same_pages_with_no_release_mark_are_same_wire(earlier: str, later: str) -> None:
    plain_earlier, plain_later = _without_marks(earlier), _without_marks(later)
    assert not carries_release(plain_earlier) and not carries_release(plain_later)
    assert _is_same_wire(plain_earlier, plain_later)


# --- the marks -----------------------------------------------------------------------------------------------------


def test_release_marks_and_near_misses() -> None:
    assert carries_release("Commenting on the results, Li Wen, Chair of Tamsin Foods, said: “We grew.”")
    assert carries_release("About Orrin Bank\nOrrin Bank is a lender to farms in three states.")
    assert carries_release("Some text.\n###\n")
    assert carries_release("Investor Relations: ir@example.org")
    assert not carries_release("Commenting on the deal, Orrin boss Li Wen said: “We grew, and fast.”")
    assert not carries_release("About Us\nContact the newsroom.")  # a site's menu: no paragraph on the name
    assert not carries_release("About 1,900 people work at the site, the company said.")
    assert issued_release("DUBLIN--(BUSINESS WIRE)--Skyvane Leasing today said ...")
    assert issued_release("TORONTO, May 2, 2031 /PRNewswire/ - Orrin Bank said ...")
    assert not issued_release("The deal was reported by a business wire service on Monday.")


def test_a_releases_closing_sections_are_cut_before_the_text_is_measured() -> None:
    assert without_release_closing(LEASING_RELEASE).rstrip().endswith("subject to the usual approvals.")
    assert "Forward-looking" not in without_release_closing(CHIPS_RELEASE)
    assert "Media contact" not in without_release_closing(CHIPS_RELEASE)
    # near misses: a report with no closing section, a sentence opening on "About" inside the story
    plain = "About 1,900 people work at the Brno site.\nAbout them, the union said nothing.\n"
    assert without_release_closing(plain) == plain
    assert without_release_closing(DAIRY_WIRE) == DAIRY_WIRE


def test_the_release_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(_RELEASE_MARK, "Commenting on the offer, Ana Ruiz, Chief ") < 20
    assert cpu_to_scan_a_long_line(_RELEASE_MARK, "About Corvo Group ") < 20
    assert cpu_to_scan_a_long_line(_RELEASE_ISSUED, "(BUSINESS WIRE /PRNewswire- ") < 20
