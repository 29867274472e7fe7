"""Two news pages that edit one press release's story are same wire, one of them carrying the release's marks (stop 55,
"links": shared_text.release_background, shared_text.release_story, importer.Fingerprints.relations).

Invented texts written for these tests (other companies, people, figures and sentence shapes than any coverage's, and
than stop 54's tests); the expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tui.corpus.importer import Fingerprints, Relations, copy_body
from tui.corpus.shared_text import carries_release, issued_release, release_story, sentences_of


def _relations(known: str, incoming: str) -> Relations:
    fp = Fingerprints()
    fp.add("first", known, None)
    return fp.relations(incoming)


def _is_same_wire(known: str, incoming: str) -> bool:
    found = _relations(known, incoming)
    return found.original is None and found.same_wire_as == ["first"]


def _unlinked(known: str, incoming: str) -> bool:
    found = _relations(known, incoming)
    return found.original is None and not found.same_wire_as


# --- the release's story lifted by two news pages ------------------------------------------------------------------
# The shape: a company's release announces its news (a deal agreed, an offer backed, a chief named). Two news pages each
# lift some of its story word for word -- its lead, the offer's terms, the conditions -- among sentences of their own
# (their own leads, the market's move, a union's or a fund manager's quotation), and one of them also carries what only a
# release writes (the quotation's lead-in "Commenting on <x>, <Name>, <Title of Co>, said:", an "About <Co>" block, an end
# mark "###"). They share two sentences kept apart, or one whole sentence: too little for the other rules, and the stop-54
# background rule unlinked them as a company's stock text. A shared sentence that is among the opening sentences of the
# page carrying the release (the release's lead), or that tells a figure that page's headline or lead tells (the news's
# price or value), is the release's story, not what it repeats from release to release: same wire.

# 1. A trade site's page opening on the release's lead (the release's quotation lead-in below), and a newspaper's report
#    under its own lead that lifts that sentence lower down and the closing conditions near word for word.
SNACKS_TRADE = """Pellam Foods agrees to buy Brightwater Snacks

Pellam Foods announced that it has agreed to acquire Brightwater Snacks, the maker of Crisp Harbour potato chips, in an all-cash deal worth about $3.1 billion including debt. The combined group would sell its snacks in more than 40 countries.

Trade buyers had waited for a bidder since the founding Marsh family put its holding up for sale last autumn. The chips sell best in pubs and at petrol stations across northern England and Scotland.

Commenting on the agreement, Maria Olsen, Chief Executive Officer of Pellam Foods, said: “Brightwater's brands fit our shelves perfectly. We will invest in its bakeries and keep its name.”

The deal should be completed during the first six months of next year, subject to approval by Brightwater shareholders and regulators.
"""

SNACKS_PAPER = """Crisp maker Brightwater jumps on takeover news

By Dana Whitfield, Consumer Editor

Shares in Brightwater Snacks rose 18% in early trading on Tuesday after the chipmaker accepted a bid from a much larger rival.

Pellam Foods announced that it has agreed to acquire Brightwater Snacks, the maker of Crisp Harbour potato chips, in an all-cash deal worth about $3.1 billion including debt.

Brightwater's own boss, Ian Doyle, is expected to stay on and run the chips business inside Pellam, two people close to the talks said. Some holders grumbled that the board had sold the brand too cheaply.

“We think a higher offer was there for the taking,” said one fund manager who owns the stock.

The deal should be completed during the first six months of next year, subject to approval from Brightwater's shareholders and regulators.
"""

# 2. A business site's page under its own lead, running the offer's terms and conditions and ending on the release's
#    "About" block, and a wire's report under another lead lifting the same two sentences: the terms tell the offer's
#    price, which the first page's lead tells too.
PORTS_SITE = """Tidewater bid values Corran Ports at 1.9 billion euros

Corran Ports' board is backing an offer of 14.20 euros a share from the infrastructure fund Tidewater Partners, the Irish harbour operator said late on Sunday.

Under the terms of the offer, Corran shareholders will receive 14.20 euros in cash for each share they hold, a premium of 27% to the closing price on Friday.

Tidewater, which invests for pension funds in Canada and the Netherlands, already owns container berths at Gdansk and Valencia. It has promised to keep Corran's head office in Drogheda.

The offer is conditional on acceptances from holders of at least 75% of the shares, and on clearance from the European Commission.

About Corran Ports
Corran Ports runs cargo and ferry terminals at four harbours on the east coast of Ireland and employs about 2,300 people.
"""

PORTS_WIRE = """Corran Ports shares soar on agreed Tidewater takeover

Shares in Corran Ports jumped more than a fifth on Monday after the ferry and cargo terminal owner agreed to a takeover by Tidewater Partners at 14.20 euros a share.

Under the terms of the offer, Corran shareholders will receive 14.20 euros in cash for each share they hold, a premium of 27% to the closing price on Friday.

Analysts at one Dublin broker said a rival bid looked unlikely given the size of the premium. Corran has struggled with thinner ferry traffic since a new road bridge opened further north.

“The price is fair for a business with this much debt,” said Aoife Brennan, who follows the stock at a Dublin broker.

The offer is conditional on acceptances from holders of at least 75% of the shares and on clearance by the European Commission.
"""

# 3. Two short pages, each with a quotation of its own, sharing one whole sentence: a rail newsletter's brief opening on
#    the release's lead and cut after the quotations at the release's end mark ("###"), and a broadcaster's web script
#    opening on the same sentence.
RAIL_BRIEF = """Orwell Rail names operations chief as next boss

Orwell Rail has named Dahlia Mercer, its chief operating officer since 2021, to succeed Tom Gale as chief executive when he retires at the end of February after nine years in the post.

“Dahlia has kept our trains running through the hardest winters we have known,” Gale said. “She is the right person to lead the company into its next franchise.”

“I am proud to be asked and I cannot wait to start,” Mercer said.

###
"""

RAIL_SCRIPT = """Rail operator picks insider as new chief

Orwell Rail has named Dahlia Mercer, its chief operating officer since 2021, to succeed Tom Gale as chief executive when he retires at the end of February after nine years in the post.

Unions said they hoped the new chief would settle a long quarrel over drivers' rosters before the summer timetable begins. “We want talks in her first week,” said Bev Aldous of the drivers' union.
"""

STORY_PAIRS = [(SNACKS_TRADE, SNACKS_PAPER), (PORTS_SITE, PORTS_WIRE), (RAIL_BRIEF, RAIL_SCRIPT)]
STORY_IDS = [
    "the release's lead in the opening",
    "the offer's terms telling the lead's price",
    "one whole lead sentence",
]


@pytest.mark.parametrize(("marked", "plain"), STORY_PAIRS, ids=STORY_IDS)
def test_two_news_pages_lifting_one_releases_story_are_same_wire(marked: str, plain: str) -> None:
    assert carries_release(marked) and not carries_release(plain)
    assert not issued_release(marked)
    assert _is_same_wire(marked, plain)
    assert _is_same_wire(plain, marked)  # whichever is imported first


@pytest.mark.parametrize(("marked", "plain"), STORY_PAIRS, ids=STORY_IDS)
def test_the_shared_sentence_is_the_releases_story(marked: str, plain: str) -> None:
    assert release_story(sentences_of(copy_body(marked)), sentences_of(copy_body(plain)))


# --- near misses: the release's background ---------------------------------------------------------------------------
# A release of other news (a deal completed) and a page carrying an earlier release (the deal agreed) share what the
# company repeats from release to release: its history, word for word, and the earlier deal's terms told as past. The
# earlier terms stand in the other page's lead, not in the release's opening, and the figures they tell are not the
# release's news: no link, whichever page carries the marks.

MINING_AGREED_WIRE = """Halvard Mining (HLV.L) said on Thursday it had agreed to buy copper producer Kessel Resources for 6.40 pounds a share in cash, valuing the company at about 2.2 billion pounds.

Kessel's board has recommended the offer, a 41% premium to its share price before the talks were made public.

Halvard was founded in 1962 as a coal mining business in south Wales and now runs copper and zinc mines in Chile, Zambia and Australia.

The deal is expected to complete by the end of the year.
"""

MINING_COMPLETED_RELEASE = """Halvard Mining completes acquisition of Kessel Resources

Halvard Mining today completed its takeover of Kessel Resources after the High Court sanctioned the scheme on Monday, and Kessel's shares will stop trading on Friday.

In June, Halvard agreed to buy copper producer Kessel Resources for 6.40 pounds a share in cash, valuing the company at about 2.2 billion pounds.

Kessel's three mines in Peru will now be run from Halvard's regional office in Lima. Halvard was founded in 1962 as a coal mining business in south Wales and now runs copper and zinc mines in Chile, Zambia and Australia.

Commenting on the completion, Rhian Pryce, Chief Executive of Halvard Mining, said: “Kessel gives us the copper the world will need. We welcome its people to Halvard.”
"""

# A page carrying the earlier release (its "About" block) and a wire's report of other news, sharing the company's
# history word for word and its best known beer closely, each told below the page's own lead.
BREWING_AGREED_PAGE = """Sorrel Brewing to take over Greyfield cider mills

Sorrel Brewing has agreed to buy the Greyfield cider mills in Herefordshire from their founding family for an undisclosed sum, the brewer said on Wednesday.

Greyfield presses apples from some 40 local orchards and sells its cider in 900 pubs across the west of England.

Sorrel, which started as a single brewhouse beside the river Usk in 1871, now brews ales and lagers at six sites and employs about 1,400 people across Wales and England. Its best known beer, Usk Gold, has been brewed to the same recipe since the year the first brewhouse opened.

About Sorrel Brewing
Sorrel Brewing is an independent family brewer based in Monmouth.
"""

BREWING_CLOSED_WIRE = """Sorrel Brewing (SRB.L) said on Tuesday it would shut its oldest brewhouse in Monmouth next spring and move the work to a new plant near Newport, putting 80 jobs at risk.

The brewer said demand for cask ale in its pubs had fallen by a third since 2019.

Sorrel, which started as a single brewhouse beside the river Usk in 1871, now brews its ales and lagers at six sites and employs about 1,400 people in Wales and England.

Union officials said they would seek talks over the job cuts. “This is a sad day for the town,” said Gwen Price of the brewery workers' branch.

The closure will not touch Usk Gold, its best known beer, which has been brewed to one recipe since the first brewhouse opened.
"""

# A later release as issued (a release service's dateline) whose lead tells its news in nearly the words of the earlier
# offer's lead -- the offer launched, after it was announced -- against a wire's copy of the earlier release: two
# releases of one company, no edit of one text.
TENDER_ANNOUNCED_WIRE = """Ostrava Glass announced that it plans to start a cash tender offer for every outstanding share of Bellwick Optics at 31.75 dollars apiece.

The Czech glassmaker gave no date for the launch.

Bellwick's board has not yet taken a view on the offer. Ostrava already holds about 18% of Bellwick's shares through a fund it advises.

Ostrava first approached Bellwick in January with an offer of 28 dollars a share, which Bellwick's directors turned down as too low.
"""

TENDER_LAUNCHED_RELEASE = """Ostrava Glass starts its tender offer for Bellwick Optics

PRAGUE--(BUSINESS WIRE)--Ostrava Glass announced today that it has started a cash tender offer for every outstanding share of Bellwick Optics at 31.75 dollars apiece.

The tender offer will expire at midnight New York time on the twentieth business day after today, unless extended. Holders may tender through their brokers.

Ostrava first approached Bellwick in January with an offer of 28 dollars a share, which Bellwick's directors turned down as too low.

Commenting on the launch, Petra Novak, Chief Executive of Ostrava Glass, said: “We are taking our offer straight to Bellwick's owners.”
"""

BACKGROUND_PAIRS = [
    (MINING_COMPLETED_RELEASE, MINING_AGREED_WIRE),
    (BREWING_AGREED_PAGE, BREWING_CLOSED_WIRE),
    (TENDER_LAUNCHED_RELEASE, TENDER_ANNOUNCED_WIRE),
]
BACKGROUND_IDS = [
    "a later release against a wire's copy of the earlier one",
    "a page carrying the earlier release against a report of later news",
    "a later release as issued, its lead close to the earlier offer's",
]


@pytest.mark.parametrize(("marked", "plain"), BACKGROUND_PAIRS, ids=BACKGROUND_IDS)
def test_near_miss_pages_sharing_only_the_releases_background_stay_unlinked(marked: str, plain: str) -> None:
    assert carries_release(marked) and not carries_release(plain)
    assert _unlinked(marked, plain)
    assert _unlinked(plain, marked)


@pytest.mark.parametrize(("marked", "plain"), BACKGROUND_PAIRS[:2], ids=BACKGROUND_IDS[:2])
def test_near_miss_the_shared_sentences_are_the_releases_background(marked: str, plain: str) -> None:
    assert not release_story(sentences_of(copy_body(marked)), sentences_of(copy_body(plain)))


def test_near_miss_a_release_as_issued_is_judged_by_the_other_rules_alone() -> None:
    # Its lead is one of its opening sentences and near word for word the earlier lead: it would read as the story, so
    # a release as issued keeps the background rule (two releases of one company, each telling its own news).
    assert issued_release(TENDER_LAUNCHED_RELEASE)
    launched, announced = (
        sentences_of(copy_body(TENDER_LAUNCHED_RELEASE)),
        sentences_of(copy_body(TENDER_ANNOUNCED_WIRE)),
    )
    assert release_story(launched, announced)
    assert _unlinked(TENDER_LAUNCHED_RELEASE, TENDER_ANNOUNCED_WIRE)


def test_near_miss_a_year_of_the_background_is_no_figure_of_the_news() -> None:
    # The completing release's lead names the year its buyer was founded, as the shared history does: a year is no
    # figure of the news, so the history stays background.
    dated = MINING_COMPLETED_RELEASE.replace("on Monday,", "on Monday, closing its largest deal since 1962,")
    assert not release_story(sentences_of(copy_body(dated)), sentences_of(copy_body(MINING_AGREED_WIRE)))
    assert _unlinked(dated, MINING_AGREED_WIRE)


# --- the opening -----------------------------------------------------------------------------------------------------


def test_the_opening_is_the_lead_paragraphs_first_sentences() -> None:
    page = sentences_of(
        "Lindqvist Paper to shut its oldest mill in Sundsvall\n"
        "Lindqvist Paper will close its Sundsvall mill in the spring. The work moves to a newer site in the north. "
        "About 300 people work at the mill today.\n"
        "Union leaders said they would ask for talks about the closure this week.\n"
    )
    assert page.texts[page.lead_at].startswith("lindqvist paper will close")
    assert page.lead_end - page.lead_at == 2  # at most two sentences of the lead paragraph
    one = sentences_of(
        "Lindqvist Paper will close its Sundsvall mill in the spring.\nThe work moves north next year.\n"
    )
    assert (one.lead_at, one.lead_end) == (0, 1)  # a lead of one sentence: the next paragraph is no opening
    titles_only = sentences_of("Lindqvist Paper to shut its oldest mill in Sundsvall\n")
    assert titles_only.lead_at == titles_only.lead_end  # no paragraph of the story's own: no opening
