"""One newsroom's two stories of one event at two moments are not same wire (issue 12, stop 59;
shared_text.another_moment, docs/copies.md).

Form 1: a newsroom tells the talks, then the deal announced (a bid, then the bid raised; a cut
planned, then the cut confirmed), and the later story carries the earlier one's background
paragraphs word for word (the earlier rounds, who backed whom, the founders). Each lead tells its
own news with figures of its own: the later lead's sum or price appears nowhere in the earlier page
(or the earlier one's nowhere in the later). The background shared word for word met the same-wire
rules (four sentences near-verbatim, in order), yet neither page is an edit of the other's text.

Near misses: two edits of one wire story whose leads are worded apart but tell one news (the
lead's figure in both) stay same wire; a later story whose lead keeps the earlier lead's sentence
closely reworded stays same wire; two independent reports of one event sharing its figures and a
quotation but no wire text stay unlinked.

Invented texts written for these tests; expectations written by hand.
"""

from __future__ import annotations

import pytest

from tui.corpus.importer import Fingerprints
from tui.corpus.shared_text import (
    _relayed,
    align,
    another_moment,
    cites_a_statement,
    is_rewrite,
    is_same_wire,
    rewrites_of_one_wire,
    sentences_of,
)

EARLY_1 = """Pellworth, the Dublin-based payroll software group, is in advanced talks with a clutch of American growth investors about a fundraising that could value it at more than $9bn.

Investors including Harbin Peak Partners have been invited to submit offers in recent weeks for a stake worth between $400m and $600m, according to two people close to the process.

A deal, if agreed, would make the company one of the most valuable software businesses ever built in Ireland.

Harbin Peak, which has backed several European accounting start-ups over the past decade, held talks with Pellworth two years ago but walked away without making an offer.

Pellworth's rise has been rapid even by the standards of the sector, given that its board had told staff to expect a valuation of around $3bn as recently as last autumn.

Last year it raised money from the pension fund Oakhollow Capital at a valuation of $2.2bn, a price that now looks cheap to many of its early backers.

The company was founded in a spare bedroom in Galway by two former bank clerks who wanted to make paying seasonal workers less painful.

The new talks would mean the group is worth four times what it was a year ago, even though its losses widened.
"""

LATER_1 = """On Monday a funding round led by Harbin Peak Partners and Tessaly Ventures will make Pellworth, which is based in Dublin, Ireland's most valuable private technology company, at $11.5bn.

The payroll software group will say that it has raised $750m from the two firms, among the busiest backers of fast-growing software businesses.

Pellworth declined to comment on Sunday evening.

Harbin Peak, which has backed several European accounting start-ups over the past decade, held talks with Pellworth two years ago but walked away without making an offer.

Pellworth's rise has been rapid even by the standards of the sector, given that its board had told staff to expect a valuation of around $3bn as recently as last autumn.

Last year it raised money from the pension fund Oakhollow Capital at a valuation of $2.2bn, a price that now looks cheap to many of its early backers.

The company was founded in a spare bedroom in Galway by two former bank clerks who wanted to make paying seasonal workers less painful.

The money will pay for offices in Toronto and Sydney and for about 300 engineers to be hired over the next two years.
"""

EARLY_2 = """Brannock Foods has made an unsolicited approach for the snack maker Kestrel & Lowe at 410 pence a share, which the smaller company rejected on Thursday as far too low.

Kestrel & Lowe said its board had unanimously turned the proposal down and urged its shareholders to take no action.

Brannock has until the end of next month to make a firm offer or walk away under the takeover rules.

Kestrel & Lowe was founded in a Yorkshire farmhouse kitchen in 1962 and still makes most of its crisps at a single plant outside Harrogate.

The family of its founder, Edith Kestrel, owns a little under a fifth of the shares and has not said how it views the approach.

Profits at the company have been squeezed over the past two years by the rising cost of potatoes, sunflower oil and the energy needed to fry them.

Brannock, which makes biscuits and breakfast cereals, has spent much of the last decade buying smaller brands across northern Europe.

Shares in Kestrel & Lowe jumped by a third in early trading.
"""

LATER_2 = """A sweetened offer of 465p a share for Kestrel & Lowe has been tabled by its suitor Brannock Foods, valuing the maker of crisps and oat bars at about £2.1bn.

The improved proposal follows an approach that the board dismissed last week, and Kestrel & Lowe said on Tuesday that it was considering it.

Advisers to both sides have been meeting in London since the weekend.

Kestrel & Lowe was founded in a Yorkshire farmhouse kitchen in 1962 and still makes most of its crisps at a single plant outside Harrogate.

The family of its founder, Edith Kestrel, owns a little under a fifth of the shares and has not said how it views the approach.

Profits at the company have been squeezed over the past two years by the rising cost of potatoes, sunflower oil and the energy needed to fry them.

Brannock, which makes biscuits and breakfast cereals, has spent much of the last decade buying smaller brands across northern Europe.

Analysts said a price near 500p might be needed to win over the founding family.
"""

EARLY_3 = """Vostrel Telecom is preparing to cut about 1,200 jobs across its call centres as the carrier tries to save money after two years of falling sales, people briefed on the plans said.

The plan is expected to be put to unions within weeks and could still change, one of the people said.

A spokeswoman for the company declined to comment on what she called speculation.

Vostrel was formed in the late nineties from the merger of two regional phone networks and now serves around nine million customers across the Baltic states.

Its chief executive, Marten Oja, has promised investors to move most customer service online and to close several of the group's older offices.

The carrier has struggled to hold on to customers since a low-cost rival backed by a Nordic pension fund entered the market three years ago.

Shares in the group have lost more than a third of their value since the start of last year.
"""

LATER_3 = """Unions at Vostrel Telecom were told on Wednesday that 1,850 posts will go by next spring, deeper cuts than staff had been braced for.

The carrier said the reductions, mostly in customer service and back-office roles, would save it roughly €90m a year.

Union leaders called the plan a betrayal and said they would ballot members on strikes.

"We have to become a leaner business to compete," chief executive Marten Oja said in a letter to staff.

Vostrel was formed in the late nineties from the merger of two regional phone networks and now serves around nine million customers across the Baltic states.

Its chief executive, Marten Oja, has promised investors to move most customer service online and to close several of the group's older offices.

The carrier has struggled to hold on to customers since a low-cost rival backed by a Nordic pension fund entered the market three years ago.

Shares in the group have lost more than a third of their value since the start of last year.
"""

# Near miss 1: a second edit of the later story's wire, its lead worded apart but telling the same news ($11.5bn).
EDIT_OF_LATER_1 = """Harbin Peak Partners and Tessaly Ventures are leading a $750m investment in Pellworth that values the Irish payroll software maker at $11.5bn, the company will announce on Monday.

The deal makes Pellworth the most valuable privately held technology group ever to come out of Ireland.

Harbin Peak, which has backed several European accounting start-ups over the past decade, held talks with Pellworth two years ago but walked away without making an offer.

Pellworth's rise has been rapid even by the standards of the sector, given that its board had told staff to expect a valuation of around $3bn as recently as last autumn.

Last year it raised money from the pension fund Oakhollow Capital at a valuation of $2.2bn, a price that now looks cheap to many of its early backers.

The company was founded in a spare bedroom in Galway by two former bank clerks who wanted to make paying seasonal workers less painful.

Its chief executive has said the company has no plans to list its shares before 2027.
"""

# Near miss 2: the raised bid told by another desk keeping the earlier lead's sentence, closely reworded.
KEPT_LEAD_2 = """Brannock Foods made an unsolicited approach for the snack maker Kestrel & Lowe at 410 pence a share, which the smaller company rejected as too low, and has now come back with 465p.

The improved proposal values the maker of crisps and oat bars at about £2.1bn.

Kestrel & Lowe was founded in a Yorkshire farmhouse kitchen in 1962 and still makes most of its crisps at a single plant outside Harrogate.

The family of its founder, Edith Kestrel, owns a little under a fifth of the shares and has not said how it views the approach.

Profits at the company have been squeezed over the past two years by the rising cost of potatoes, sunflower oil and the energy needed to fry them.

Brannock, which makes biscuits and breakfast cereals, has spent much of the last decade buying smaller brands across northern Europe.
"""

# Near miss 3: an independent report of the layoff, sharing its figures and a quotation, not its text.
INDEPENDENT_3 = """Baltic carrier Vostrel Telecom will shed 1,850 jobs by next spring, it told employee representatives on Wednesday, in a bid to save some €90m annually.

Most of the roles to go are in customer care and administration, according to a company statement.

"We have to become a leaner business to compete," chief executive Marten Oja said.

The operator, created by merging two regional networks, has been losing subscribers to a cheaper newcomer funded by a Nordic pension investor.

Labour representatives condemned the decision and said industrial action was possible.

The stock has fallen by over 35 percent since January of last year.
"""

MOMENTS = [(EARLY_1, LATER_1), (EARLY_2, LATER_2), (EARLY_3, LATER_3)]


def _links(known: str, incoming: str) -> tuple[bool, list[str]]:
    """(linked as a copy, same-wire originals) of `incoming` imported after `known`."""
    fp = Fingerprints()
    fp.add("known", known, None)
    found = fp.relations(incoming)
    return found.original is not None, found.same_wire_as


@pytest.mark.parametrize(("early", "later"), MOMENTS, ids=["round", "bid", "cut"])
def test_a_later_story_carrying_the_earlier_ones_background_is_not_same_wire(early: str, later: str) -> None:
    a, b = sentences_of(early), sentences_of(later)
    # the background kept word for word met the same-wire rules ...
    assert is_same_wire(align(a, b)) and is_same_wire(align(b, a))
    # ... but each lead tells its own news: the later page's figures are nowhere in the earlier one
    assert another_moment(a, b) and another_moment(b, a)
    assert _links(early, later) == (False, [])
    assert _links(later, early) == (False, [])


def test_near_miss_two_edits_telling_one_news_in_leads_worded_apart_stay_same_wire() -> None:
    a, b = sentences_of(LATER_1), sentences_of(EDIT_OF_LATER_1)
    assert not another_moment(a, b)  # both leads tell $11.5bn
    assert _links(LATER_1, EDIT_OF_LATER_1) == (False, ["known"])
    assert _links(EDIT_OF_LATER_1, LATER_1) == (False, ["known"])


def test_near_miss_a_lead_kept_closely_reworded_stays_same_wire() -> None:
    a, b = sentences_of(EARLY_2), sentences_of(KEPT_LEAD_2)
    assert not another_moment(a, b)  # the earlier lead's sentence stands in the later lead
    assert _links(EARLY_2, KEPT_LEAD_2) == (False, ["known"])


def test_near_miss_an_independent_report_sharing_figures_and_a_quotation_is_not_linked() -> None:
    assert _links(LATER_3, INDEPENDENT_3) == (False, [])
    assert _links(INDEPENDENT_3, LATER_3) == (False, [])


# Form 2 (`shared_text._relayed`): a page that carries a company's statement bare (the release, or a newswire's copy
# of it under a lead of its own) and a news page that tells the news in its own words and gives a sentence of the
# statement to the company at its end ("<words>, <Co> said in a statement"). The two-sentences-kept-apart rule read
# that sentence as a wire's prose kept word for word: it is the speaker's words reported, as a quotation is.

STATEMENT_1 = """Corvane Systems names Lida Persson interim chief executive

(Marketline) - Corvane Systems announced Tuesday that chief executive Tomas Brekke will step down at the end of the month after eleven years in the role and will also leave the board.

The board has appointed Lida Persson, currently chief operating officer, as interim chief executive while it conducts a search for a permanent successor.

Hedda Lunde, the lead independent director of Corvane, will become non-executive chair of the board for the period of the transition.

Persson joined Corvane in 2015 from a logistics software group and has run its European operations since 2019.

The company reaffirmed the revenue outlook it gave for the full year in its third-quarter report last month.
"""

RELAYED_1 = """Corvane boss quits as growth stalls

Corvane Systems said its long-serving chief executive Tomas Brekke is leaving, with operations head Lida Persson stepping in on an interim basis.

Brekke, who has led the software maker for more than a decade, will give up his seat on the board too.

Hedda Lunde, the lead independent director of Corvane, will become non-executive chair of the board for the period of the transition, Corvane said in a statement.

The departure comes after a difficult year in which the shares have fallen by almost half as customers delayed orders.

Persson, who came to Corvane in 2015 from a logistics software group, has run its European business since 2019.

Analysts at one broker said the abrupt timing suggested the board had lost patience with the strategy.
"""

STATEMENT_2 = """Ostmark Rail to acquire Fennick Freight

(Dealwire) - Ostmark Rail said on Monday it had agreed to acquire the freight operator Fennick Freight from its private equity owners for an undisclosed sum.

The purchase adds eighty locomotives and four inland container terminals to the group's network across central Europe.

The purchase should be completed during the first six months of next year, subject to the approval of the competition authorities in Germany and Austria.

Fennick will keep its brand and its headquarters in Linz and will be run as a separate division of the group.

Ostmark was advised on the deal by a boutique bank in Vienna and by the law firm Harrow Quist.
"""

RELAYED_2 = """Ostmark Rail buys freight rival Fennick

The Vienna-based rail group Ostmark is buying Fennick Freight, its smaller rival in container haulage, from the buyout firm that has owned it since 2016.

Neither side would say how much Ostmark is paying, though people in the industry put the value at several hundred million euros.

The purchase should be completed during the first six months of next year, subject to the approval of the competition authorities in Germany and Austria, the company said in a statement.

Freight volumes on the region's railways have recovered strongly since the pandemic, drawing in new investors.

Fennick will keep its brand and its offices in Linz and will be run as a separate unit of the group.

Unions at Fennick said they had not been consulted about the sale.
"""

STATEMENT_3 = """Harlow Mills to close two plants

(Factwire) - Harlow Mills said on Thursday it would close its paper plants in Dunmore and Kilbride by the end of the year, affecting about 640 workers.

The company said falling demand for newsprint and the high cost of energy had made the two sites unprofitable for several years.

Workers affected by the closures will be offered redeployment at the group's remaining sites in the north of England or voluntary redundancy terms.

Production from the two plants will move to a modernised mill near Carlisle that the group expanded in 2021.

The closures will cost the company about £35m in one-off charges spread over this year and next.
"""

RELAYED_3 = """Paper maker to shut two mills with 640 jobs at risk

Harlow Mills is shutting two of its paper plants, a blow to towns where the mills have been the largest employer for generations.

Around 640 people work at the sites in Dunmore and Kilbride, which the company says have lost money for several years as newsprint demand falls.

Workers affected by the closures will be offered redeployment at the group's remaining sites in the north of England or voluntary redundancy terms, Harlow said in a statement.

Local councillors said they had been given no warning and called for talks with the company.

Output from the two plants is to be shifted to the modernised mill near Carlisle, which was expanded in 2021.

The union representing most of the staff said it would fight the decision.
"""

# Near miss: a second edit of the same newswire copy keeping the long sentence bare (no statement's tail): same wire.
EDIT_2 = RELAYED_2.replace(", the company said in a statement.", ".")

RELAYINGS = [(STATEMENT_1, RELAYED_1), (STATEMENT_2, RELAYED_2), (STATEMENT_3, RELAYED_3)]


@pytest.mark.parametrize(("statement", "relayed"), RELAYINGS, ids=["chief", "purchase", "closures"])
def test_a_statement_sentence_given_to_the_company_is_no_wire_prose(statement: str, relayed: str) -> None:
    a, b = sentences_of(relayed), sentences_of(statement)
    held = [(s, o) for s in a.texts for o in b.texts if _relayed(s, o)]
    assert len(held) == 1  # the one long sentence kept word for word, the statement's tail added
    assert not align(a, b).kept_apart and not is_same_wire(align(a, b))
    assert _links(statement, relayed) == (False, [])
    assert _links(relayed, statement) == (False, [])


def test_near_miss_the_sentence_kept_bare_stays_same_wire() -> None:
    a, b = sentences_of(EDIT_2), sentences_of(STATEMENT_2)
    assert align(a, b).kept_apart
    assert _links(STATEMENT_2, EDIT_2) == (False, ["known"])


def test_near_miss_the_attribution_in_both_pages_stays_same_wire() -> None:
    kept = STATEMENT_2.replace(
        "Germany and Austria.", "Germany and Austria, the company said in a statement."
    )
    a, b = sentences_of(RELAYED_2), sentences_of(kept)
    assert align(a, b).kept_apart
    assert _links(kept, RELAYED_2) == (False, ["known"])


def test_what_a_statement_tail_is() -> None:
    bare = "the purchase should be completed during the first six months of next year pending approval by regulators"
    assert _relayed(bare + " the company said in a statement", bare)
    assert _relayed(bare + " ostmark said on monday", bare)
    assert not _relayed(bare, bare + " the company said in a statement")  # the bare one is no relayed one
    assert not _relayed(bare + " and the group will keep its brand", bare)  # a clause of the writer's own


# Form 3 (`importer.Fingerprints._reports_on_release`, `shared_text.cites_a_statement`): the release as issued (a
# release service's dateline), a newswire's copy of it, and a news page that tells the news in its own words, keeps a
# sentence or two of the release and cites the company's statement ("..., <Name> said in a statement"). The page reports
# on the release: against the release or the copy that republishes it, no second edit of one text (the release's
# marks alone kept it from the release, not from its copy).

TAILS = [
    ", Corvane said in a statement.",
    ", the company said in a statement.",
    ", Harlow said in a statement.",
]
CITED_QUOTES = [
    "“Tomas leaves a company far stronger than the one he took over,” Lunde said in a statement.",
    "“Fennick gives us the terminals we were missing,” Ostmark's chief executive said in a statement.",
    "In a statement, the company's chairman said: “These decisions are never taken lightly.”",
]


def _issued(statement: str) -> str:
    head, rest = statement.split("\n\n(", 1)
    return head + "\n\nVIENNA--(BUSINESS WIRE)--" + rest.split(") - ", 1)[1]


def _report(relayed: str, tail: str, quote: str) -> str:
    return relayed.replace(tail, ".") + "\n" + quote + "\n"


REPORTS = [
    (_issued(statement), statement, _report(relayed, tail, quote))
    for (statement, relayed), tail, quote in zip(RELAYINGS, TAILS, CITED_QUOTES, strict=True)
]


def _after_release_and_copy(release: str, copy: str, incoming: str) -> tuple[bool, list[str]]:
    """(linked as a copy, same-wire originals) of `incoming` imported after the release and its copy."""
    fp = Fingerprints()
    fp.add("release", release, None)
    found = fp.relations(copy)
    assert found.original is not None and found.original[0] == "release"  # the newswire's copy
    fp.add("copy", copy, None, "release")
    found = fp.relations(incoming)
    return found.original is not None, found.same_wire_as


@pytest.mark.parametrize(("release", "copy", "report"), REPORTS, ids=["chief", "purchase", "closures"])
def test_a_report_citing_the_statement_is_no_edit_of_the_release(
    release: str, copy: str, report: str
) -> None:
    assert cites_a_statement(report) and not cites_a_statement(copy)
    assert align(
        sentences_of(report), sentences_of(copy)
    ).kept_apart  # a release's sentence kept word for word
    assert _after_release_and_copy(release, copy, report) == (False, [])


@pytest.mark.parametrize(("release", "copy", "report"), REPORTS, ids=["chief", "purchase", "closures"])
def test_near_miss_the_report_citing_no_statement_stays_same_wire(
    release: str, copy: str, report: str
) -> None:
    uncited = report.rsplit("\n", 2)[0] + "\n"  # the statement's quotation left out
    assert not cites_a_statement(uncited)
    assert _after_release_and_copy(release, copy, uncited) == (False, ["release"])


def test_near_miss_a_report_citing_the_statement_against_another_news_page_stays_same_wire() -> None:
    _, copy, report = REPORTS[1]
    fp = Fingerprints()
    fp.add("news", copy, None)  # the same text as a news page of its own, no release behind it in the corpus
    assert fp.relations(report).same_wire_as == ["news"]


# Form 4 (`shared_text.rewrites_of_one_wire`): two pages each run one agency's story under the agency's own credit
# (a dateline, a credit line), each reworded sentence by sentence (two machine rewrites of one wire story). The
# reworded rewrite rule read one as the other's copy; neither republishes the other: same wire.

WIRE_A = """Marlow Bank to cut 2,300 jobs as it closes branches

LONDON (Reuters) - Marlow Bank will cut about 2,300 jobs over the next two years as it shuts a third of its branches and moves more customers to its mobile app, the lender said on Wednesday.

The bank said most of the roles would go from its retail network, where visits have fallen by half since 2019, and from back-office teams in Leeds and Cardiff.

Chief executive Nadia Orme said the bank would offer voluntary redundancy first and would try to move staff into its growing digital and fraud units.

The cuts are part of a plan to save 400 million pounds a year by 2027, which the bank first set out to investors in February.

Unions said the scale of the cuts was a betrayal of loyal staff and that they would press the bank to keep more branches open in small towns.

Shares in Marlow rose 2 percent in early trading in London, valuing the lender at about 9 billion pounds.
"""

WIRE_B = """Marlow Bank to axe 2,300 jobs and close branches

LONDON (Reuters) - Marlow Bank will slash around 2,300 positions over the coming two years as it closes a third of its branches and shifts more clients to its mobile app, the lender announced on Wednesday.

The bank said most of the posts would disappear from its retail network, where visits have dropped by half since 2019, and from back-office staff in Leeds and Cardiff.

Chief executive Nadia Orme said the bank would offer voluntary redundancy first and would seek to move workers into its expanding digital and fraud units.

The reductions are part of a scheme to save 400 million pounds annually by 2027, which the bank first laid out to investors in February.

Unions said the size of the cuts was a betrayal of loyal employees and that they would push the bank to keep more branches open in small towns.

Shares in Marlow climbed 2 percent in early trade in London, valuing the lender at roughly 9 billion pounds.
"""

WIRE_C = """Tessaly Ventures raises $1.2 billion for its fourth fund

By Reuters

Tessaly Ventures has raised 1.2 billion dollars for its fourth fund, the largest in its history, as investors keep backing firms that write early cheques to software start-ups, the firm said on Tuesday.

The fund drew money from university endowments, family offices and two sovereign wealth funds, founding partner Ilse Varga said in an interview.

Tessaly will invest most of the new fund in companies building tools for accountants, lawyers and other office workers, and will write first cheques of up to 15 million dollars.

The firm's earlier funds backed more than 90 companies, eleven of which have since been bought by larger rivals or listed their shares.

Venture fundraising has slowed across the industry since 2022, with many smaller firms struggling to raise follow-on funds at all.
"""

WIRE_D = """Tessaly Ventures pulls in $1.2 billion for fourth fund

By Reuters

Tessaly Ventures has gathered 1.2 billion dollars for its fourth fund, the biggest in its history, as investors continue backing firms that write early cheques to software start-ups, the firm announced on Tuesday.

Money for the fund came from university endowments, family offices and a pair of sovereign wealth funds, founding partner Ilse Varga said in an interview.

Tessaly plans to put the bulk of the new fund into firms making tools for accountants, lawyers and other office staff, with first cheques of up to 15 million dollars.

The firm's previous funds backed over 90 businesses, eleven of which were later acquired by bigger rivals or went public.

Venture fundraising has cooled across the sector since 2022, and many smaller firms have struggled to raise any follow-on funds.
"""

WIRE_E = """Quarry owner Brandvik names new chief

STOCKHOLM (AP) — Brandvik, the Nordic quarry and cement group, said on Monday that its finance chief Ebba Lind will take over as chief executive in April, succeeding Per Holm, who is retiring after nine years.

Lind joined Brandvik in 2016 from a Danish shipping group and has led its finance department since 2020, overseeing the sale of its Polish cement plants last year.

Holm will stay on as an adviser to the board until the end of the year to help with the handover, the company said.

The board said it had considered outside candidates but chose Lind because of her knowledge of the group's markets and its debt.

Brandvik shares were little changed in Stockholm after the announcement, which came alongside quarterly results that beat forecasts.
"""

WIRE_F = """Quarry group Brandvik picks new chief executive

STOCKHOLM (AP) — Brandvik, the Nordic quarry and cement company, announced on Monday that its finance director Ebba Lind will take over as chief executive in April, replacing Per Holm, who is retiring after nine years.

Lind came to Brandvik from a Danish shipping firm in 2016 and has run its finance team since 2020, steering the sale of its Polish cement plants last year.

Holm will remain an adviser to the board until year-end to help with the transition, the company said.

The board said it had weighed external candidates but picked Lind for her grasp of the group's markets and its borrowing.

Brandvik's stock was barely changed in Stockholm after the news, which came with quarterly results that topped forecasts.
"""

REWRITES = [(WIRE_A, WIRE_B), (WIRE_C, WIRE_D), (WIRE_E, WIRE_F)]


def _copy_or_wire(known: str, incoming: str) -> tuple[str | None, list[str]]:
    fp = Fingerprints()
    fp.add("known", known, None)
    found = fp.relations(incoming)
    return (found.original[0] if found.original else None), found.same_wire_as


def _uncredited(text: str) -> str:
    return (
        text.replace("LONDON (Reuters) - ", "").replace("By Reuters\n\n", "").replace("STOCKHOLM (AP) — ", "")
    )


@pytest.mark.parametrize(("first", "second"), REWRITES, ids=["cuts", "fund", "chief"])
def test_two_rewrites_of_one_credited_wire_are_same_wire(first: str, second: str) -> None:
    al = align(sentences_of(second), sentences_of(first))
    assert is_rewrite(al) and al.mean_ratio < 90  # reworded sentence by sentence: the rewrite rule holds
    assert rewrites_of_one_wire(al, second, first)
    assert _copy_or_wire(first, second) == (None, ["known"])
    assert _copy_or_wire(second, first) == (None, ["known"])


@pytest.mark.parametrize(("first", "second"), REWRITES, ids=["cuts", "fund", "chief"])
def test_near_miss_a_reworded_page_whose_original_alone_has_the_credit_stays_a_copy(
    first: str, second: str
) -> None:
    assert _copy_or_wire(first, _uncredited(second)) == ("known", [])


@pytest.mark.parametrize("wire", [WIRE_A, WIRE_C, WIRE_E], ids=["cuts", "fund", "chief"])
def test_near_miss_the_wire_run_word_for_word_under_its_credit_stays_a_copy(wire: str) -> None:
    run = wire.replace("\n\n", "\n\nAdvertisement\n\n", 1) + "\nRead more: our markets page\n"
    assert _copy_or_wire(wire, run) == ("known", [])
