"""Stop 63 (speed63): what a page's readers ask of the same sentences again is read once per page and kept on the
page's layout (`_Doc`): the officer a company will replace (`predecessor.company_replaces`, asked by the predecessor,
the posts sought and the way of going), the candidacies a sentence tells (`appointment_sentences.candidacies`), the
takeover proposals it tells (`proposals.proposals`), whether a name stands as a company's (`deal_parties._named`) and
the page's most named company (`appointment_sentences._most_named_org`) and each title's new post and holder
(`new_post._title_holder`, read with the one leaving unknown, then known).

No behaviour changes: each kept answer is the one the reader gives when asked afresh, the same when asked twice, and
a page's answers are its own (two pages, each its own). The texts are invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.analysis.extract.appointment_sentences import (
    _candidacies,
    _count_named_orgs,
    _most_named_org,
    candidacies,
)
from tui.analysis.extract.deal_parties import _named, _names_a_company
from tui.analysis.extract.fact_layout import _Doc, _layout
from tui.analysis.extract.fact_tables import _tables
from tui.analysis.extract.new_post import _new_post_holder, _post_hits, _title_holder
from tui.analysis.extract.predecessor import _company_replaces, company_replaces
from tui.analysis.extract.proposals import _proposals, proposals
from tui.analysis.model import ArticleResult
from tui.corpus.model import Article, ArticleMeta

DAY = dt.date(2032, 5, 11)


def _result(body: str, headline: str, aid: str = "a") -> tuple[str, ArticleResult]:
    text = f"{headline}\n\n{body}\n"
    meta = ArticleMeta(headline_in_text=True, date=DAY)
    return text, analyse_article(Article(aid, Path(f"{aid}.txt"), text, meta))


def _doc(body: str, headline: str) -> _Doc:
    text, result = _result(body, headline)
    return _layout(text, result.analysis, result.entities, DAY)


def _sentence_with(doc: _Doc, words: str) -> tuple[int, int]:
    return next(s for s in doc.body if words in doc.text[s[0] : s[1]])


REPLACING = _doc(
    "Corvane Logistics will replace its finance chief, Idris Falk, after two years of losses, the company said on "
    "Monday. Corvane Logistics has hired a recruiter. Idris Falk joined Corvane Logistics in 2027.",
    "Corvane Logistics to replace its finance chief",
)
SEARCHING = _doc(
    "Mira Osei, seen as the likely successor to chief executive Tomas Wren, will take over as finance chief of "
    "Bellhaven Trust in June. Bellhaven Trust named Osei after a search of six months. Tarrow Bank had courted her.",
    "Bellhaven Trust names a finance chief",
)
REJECTING = _doc(
    "Pellworth Brands rejected a $4 billion takeover offer from Quillon Foods on Monday. Pellworth Brands said the "
    "offer undervalued it. Quillon Foods has not said whether it will raise the bid.",
    "Pellworth Brands rejects Quillon Foods offer",
)


def test_a_company_replacing_its_officer_is_read_once_per_sentence_and_the_same_twice() -> None:
    tab = _tables()
    s0, s1 = _sentence_with(REPLACING, "will replace")
    first = company_replaces(REPLACING, tab, s0, s1)
    assert first is not None and first[1].name == "Idris Falk"
    assert company_replaces(REPLACING, tab, s0, s1) is first  # kept, not read again
    fresh = _company_replaces(REPLACING, tab, s0, s1)
    assert fresh is not None and (fresh[0].span(), fresh[1]) == (first[0].span(), first[1])


def test_near_miss_a_page_with_no_replacement_keeps_its_own_answer() -> None:
    tab = _tables()
    s0, s1 = _sentence_with(REJECTING, "rejected")
    assert company_replaces(REJECTING, tab, s0, s1) is None
    assert company_replaces(REJECTING, tab, s0, s1) is None
    assert (s0, s1) in REJECTING.replaced and (s0, s1) not in SEARCHING.replaced


def test_candidacies_are_read_once_per_sentence_and_each_page_keeps_its_own() -> None:
    s0, s1 = _sentence_with(SEARCHING, "likely successor")
    first = candidacies(SEARCHING, s0, s1)
    assert len(first) == 1
    a, b = first[0]
    assert "likely successor" in SEARCHING.text[a:b] and "take over" not in SEARCHING.text[a:b]
    assert candidacies(SEARCHING, s0, s1) is first
    assert _candidacies(SEARCHING, s0, s1) == first
    r0, r1 = _sentence_with(REPLACING, "will replace")
    assert candidacies(REPLACING, r0, r1) == [] and candidacies(REPLACING, r0, r1) == []


def test_proposals_are_read_once_per_sentence_and_the_same_twice() -> None:
    s0, s1 = _sentence_with(REJECTING, "rejected")
    first = proposals(REJECTING, s0, s1)
    assert [(p.stage, p.target.name if p.target else None) for p in first] == [
        ("rejected", "Pellworth Brands")
    ]
    assert first[0].buyer is not None and first[0].buyer.name == "Quillon Foods"
    assert proposals(REJECTING, s0, s1) is first
    assert _proposals(REJECTING, s0, s1) == first
    r0, r1 = _sentence_with(REPLACING, "will replace")
    assert proposals(REPLACING, r0, r1) == []  # another page, no proposal: its own answer


def test_whether_a_name_is_a_company_s_is_read_once_per_name() -> None:
    for doc in (REPLACING, REJECTING):
        for n in doc.names:
            told = _named(doc, n)
            assert _named(doc, n) is told
            assert _names_a_company(doc, n) == told
            assert doc.named[(n.start, n.end)] == told
    orgs = [n for n in REJECTING.names if n.name == "Quillon Foods"]
    assert orgs and _named(REJECTING, orgs[0])


def test_the_most_named_company_is_the_page_s_own_and_the_same_twice() -> None:
    replacing, rejecting = _most_named_org(REPLACING), _most_named_org(REJECTING)
    assert replacing is not None and replacing.name == "Corvane Logistics"
    assert rejecting is not None and rejecting.name == "Pellworth Brands"
    assert _most_named_org(REPLACING) is replacing and _most_named_org(REJECTING) is rejecting
    assert _count_named_orgs(REPLACING) == replacing


def test_a_page_analysed_again_after_another_gives_the_same_facts() -> None:
    # the kept answers live on each page's own layout: nothing one page reads reaches the next one's facts
    body = (
        "Corvane Logistics will replace its finance chief, Idris Falk, after two years of losses, the company said "
        "on Monday."
    )
    other = "Pellworth Brands rejected a $4 billion takeover offer from Quillon Foods on Monday."
    first = _result(body, "Corvane Logistics to replace its finance chief")[1].analysis.facts
    _result(other, "Pellworth Brands rejects Quillon Foods offer", "b")
    again = _result(body, "Corvane Logistics to replace its finance chief")[1].analysis.facts
    assert first == again
    assert first is not None and first.slots["predecessor"].value == "Idris Falk"


APPOINTING = (
    "Harwick Foods named Lena Marsh its chief financial officer on Tuesday, replacing Otto Brenn, who retired in "
    "March. Lena Marsh ran finance at Dunmore Mills."
)


def test_a_title_s_new_post_and_holder_are_read_once_and_the_same_with_the_one_leaving_known() -> None:
    doc = _doc(APPOINTING, "Harwick Foods names a finance chief")
    fresh = _doc(APPOINTING, "Harwick Foods names a finance chief")
    spans = [_sentence_with(doc, "named Lena Marsh")]
    leaving = next(n for n in doc.names if n.name == "Otto Brenn")
    unknown = _post_hits(doc, spans, None)
    assert [(h[2].name, doc.text[h[1].start() : h[1].end()]) for h in unknown] == [
        ("Lena Marsh", "chief financial officer")
    ]
    assert doc.post_holders  # kept for the second reading
    known = _post_hits(doc, spans, leaving)
    assert [(h[2].name, h[3]) for h in known] == [
        (h[2].name, h[3]) for h in _post_hits(fresh, spans, leaving)
    ]
    assert [h[2].name for h in known] == ["Lena Marsh"]
    (s0, s1), m = spans[0], known[0][1]
    held = _title_holder(doc, _tables(), s0, s1, candidacies(doc, s0, s1), m)
    assert held is _title_holder(doc, _tables(), s0, s1, candidacies(doc, s0, s1), m)
    assert held == _new_post_holder(fresh, _tables(), s0, s1, [], m)


def test_near_miss_a_page_with_no_new_post_keeps_its_own_answer() -> None:
    s0, s1 = _sentence_with(REJECTING, "rejected")
    assert _post_hits(REJECTING, [(s0, s1)], None) == []
    assert all(key[:2] == (s0, s1) for key in REJECTING.post_holders)
