"""Two versions of one agency story, each under the agency's own credit (issue 12, stop 44;
shared_text.agency_run, is_wire_version, importer._wire_versions, docs/copies.md).

An agency files a first take, then a later version: the later one keeps the first take's lead (a word
or two changed) and a sentence or two of it, then cuts the rest for what came later (a successor
named, a rival's bid recalled). Two sites print one version each, under the agency's credit line
("Source Credit : Newswire", a closing "- NEWSWIRE"), one of them with indentation-only lines between
its paragraphs. The shared stretch is under half of either page, so the retold rule (half the shorter
text) did not link them; under one agency's own credit on both pages, the lead and runs of its wording
shared, they are that agency's story twice: same wire. A citation ("sources told Newswire") is no
credit, a credit on one page only links nothing, and neither do two credits without the runs.

Invented texts written for these tests; "Newswire" stands for a news agency the rule knows (Reuters).
"""

from __future__ import annotations

from tui.corpus.importer import Fingerprints
from tui.corpus.shared_text import agency_run, align, is_same_wire, is_wire_version, sentences_of

#: Paragraphs printed with indentation-only lines between them (a page's whitespace kept as scraped).
INDENT = " " * 28
FIRST_TAKE = "\n".join(
    [
        "Source Credit : Reuters",
        INDENT,
        INDENT
        + "Harbor Foods has hired the founders and a small team of engineers from the recipe app maker Kettle, a Harbor spokesperson said on Thursday, weeks after a larger grocer walked away from buying the startup.",
        INDENT,
        INDENT
        + "Kettle chief executive Ana Ruiz, co-founder Ben Osei and select members of the app's research and design team will join Harbor's online division, the spokesperson said.",
        INDENT,
        INDENT
        + "The former Kettle team will work on meal planning tools at Harbor's online division, mainly on its subscription boxes.",
        INDENT,
        INDENT
        + "Northfield Markets was in talks to buy Kettle earlier this year, people familiar with the matter told Reuters in March.",
        INDENT,
        INDENT + "Northfield could not immediately be reached for comment on the collapsed talks.",
        INDENT,
        INDENT
        + '"We are glad to welcome the Kettle team to Harbor to build what home cooks want next," the Harbor spokesperson said.',
        INDENT,
        INDENT
        + "Harbor will pay to use some of Kettle's software under a licence that is not exclusive, a person familiar with the matter said.",
        INDENT,
        INDENT + "Harbor will not take a stake in Kettle, the person added on Thursday evening.",
        INDENT,
        INDENT
        + "The hiring echoes a deal last autumn in which a drinks maker took on the staff of a cocktail app.",
        INDENT,
        INDENT
        + "Large food retailers have taken to such hires as a way to gain skills without buying whole companies.",
        INDENT,
    ]
)

LATER_VERSION = """ date 2031-03-08 HARBOR Foods has hired Kettle CEO Ana Ruiz, co-founder Ben Osei and select members of the app's research and design team to join its online division, a Harbor spokesperson said on Thursday, in a push to catch up in meal subscriptions.

Ruiz and the Kettle team will work on meal planning tools at Harbor's online division, mainly on its subscription boxes.

“We are glad to welcome the Kettle team to Harbor to build what home cooks want next,” a Harbor spokesperson told Reuters.

Grocers large and small are racing to sign up cooks for weekly boxes as food prices keep climbing this year.

Most of Kettle's roughly 90 staff will stay with the startup, which named its finance head Lee Park interim chief.

Board member Ivy Chan, a former retail banker, will become the startup's president, effective at once.

Kettle said it would keep selling its app to restaurants and schools under its own name.

The move ends Northfield's plan to buy Kettle, which had been valued at about $300 million in talks.- REUTERS
"""


def _alignment(a: str, b: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from tui.corpus.importer import copy_body
    from tui.corpus.shared_text import shared_runs

    sa, sb = sentences_of(copy_body(a)), sentences_of(copy_body(b))
    al = align(sa, sb)
    return replace(al, shared_runs=al.shared_runs or shared_runs(sa, sb))


def _wire(known: str, incoming: str) -> list[str]:
    fp = Fingerprints()
    fp.add("first", known, None)
    return fp.relations(incoming).same_wire_as


def test_the_agency_a_page_runs_by_its_own_credit() -> None:
    assert agency_run(FIRST_TAKE) == "reuters"  # a credit line, indented lines after it
    assert agency_run(LATER_VERSION) == "reuters"  # a closing credit run into the last sentence
    assert agency_run("LONDON (AP) — Harbor Foods said on Thursday it would hire a team.") == "ap"
    assert agency_run("By Associated Press\n\nHarbor Foods said on Thursday it would hire a team.") == "ap"
    # a citation of the agency is no credit of the page
    assert agency_run("Harbor was in talks, people familiar with the matter told Reuters.") is None
    assert agency_run("Harbor Foods hired a team, Reuters reported on Thursday.") is None


def test_two_versions_under_one_agency_credit_are_same_wire() -> None:
    al = _alignment(FIRST_TAKE, LATER_VERSION)
    assert not is_same_wire(al)  # the shared stretch is under half of either page
    assert al.short_span < 0.5
    assert is_wire_version(al)
    assert _wire(FIRST_TAKE, LATER_VERSION) == ["first"]
    assert _wire(LATER_VERSION, FIRST_TAKE) == ["first"]


def test_one_page_without_the_agency_credit_links_nothing() -> None:
    uncredited = LATER_VERSION.replace("- REUTERS", "")
    assert _wire(FIRST_TAKE, uncredited) == []
    other_agency = LATER_VERSION.replace("- REUTERS", "- AFP")
    assert _wire(FIRST_TAKE, other_agency) == []


def test_two_credits_without_the_wire_wording_link_nothing() -> None:
    # the same facts, each page in its own words: no run of the wire's wording is shared
    own_words = """Harbor Foods is bringing Kettle's two founders and some of its engineers on board, the grocer confirmed on Thursday.

Ana Ruiz, who runs Kettle, and Ben Osei, who started it with her, move to Harbor along with part of their design staff.

Their new job is building planning features for the boxes Harbor ships to subscribers every week.

Cooks are signing up for such boxes in growing numbers as the cost of eating out keeps rising.

Kettle keeps most of its staff and goes on selling its app to restaurants under its own brand.

Northfield, which had held talks over a purchase, is now out of the picture.- REUTERS
"""
    assert _wire(FIRST_TAKE, own_words) == []
