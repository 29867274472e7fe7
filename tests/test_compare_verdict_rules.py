"""The verdict rules of a comparison row, on small hand-made cells (issue 12).

- a leadership row's cells show one title each, and its verdicts are on exactly those titles;
- one person holding two posts in one article is no contradiction ("CEO" of a unit and "interim
  co-CEO" of the company);
- each kind of title two articles give a person has its own row (chairman, chief executive);
- a row that is no event fact (a past deal, a theme) never holds a contradiction: "differ";
- a figure a copy changed is shown only in the row of the fact it is (a changed total is no amount).
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import verdicts
from tui.analysis.compare.aspects import Membership, _finish, _split_titles
from tui.analysis.compare.model import Aspect, Comparison, Slot, Statement
from tui.corpus.model import Span


def _st(article: str, index: int, text: str) -> Statement:
    return Statement(
        id=f"{article}:s{index}",
        article_id=article,
        index=index,
        span=Span(article, index * 100, index * 100 + len(text)),
        text=text,
        paragraph=index,
        place="body",
    )


def _title(article: str, text: str, normalized: str, *modifiers: str, org: str | None = None) -> Slot:
    return Slot(
        "role", text, Span(article, 0, len(text)), normalized=normalized, modifiers=modifiers, unit=org
    )


def _money(article: str, text: str, value: float, start: int = 0) -> Slot:
    return Slot(
        "money",
        text,
        Span(article, start, start + len(text)),
        value=value,
        unit="USD",
        precision=value * 0.01,
    )


def _lead(article: str, index: int, *titles: Slot) -> Membership:
    return Membership(
        "leadership", "roe", _st(article, index, "Jane Roe sentence."), list(titles), len(titles)
    )


def _row(members: dict[str, list[Membership]], checkable: bool = True, **kw: object) -> Aspect:
    aspect = Aspect(id="leadership:roe", label="Leadership: Jane Roe", cls="leadership", key="roe")
    _finish(aspect, members, list(members), checkable=checkable, **kw)  # type: ignore[arg-type]
    return aspect


def test_the_verdict_is_on_the_titles_the_cells_show() -> None:
    # a: "interim co-CEO" once, then "CEO" of a unit; b: "interim co-CEO"; c: "CEO"
    a = [
        _lead("a", 1, _title("a", "interim co-CEO", "ceo", "co", "interim")),
        _lead("a", 2, _title("a", "CEO", "ceo")),
    ]
    b = [_lead("b", 1, _title("b", "interim co-chief executive", "ceo", "co", "interim"))]
    c = [_lead("c", 1, _title("c", "CEO", "ceo"))]
    aspect = _row({"a": a, "b": b, "c": c})
    shown = {aid: cell.slot.text for aid, cell in aspect.cells.items() if cell.slot}
    # the meaning most articles give the title is the one a cell that holds both shows
    assert shown == {"a": "interim co-CEO", "b": "interim co-chief executive", "c": "CEO"}
    for pair in aspect.pairs:
        # every verdict's detail names exactly the two titles its cells show
        assert f"“{shown[pair.a]}”" in pair.detail and f"“{shown[pair.b]}”" in pair.detail, pair
    by_pair = {(p.a, p.b): p for p in aspect.pairs}
    assert by_pair[("a", "b")].verdict == verdicts.VARIATION
    assert by_pair[("b", "c")].verdict == verdicts.CONTRADICTION
    # a also calls her plain "CEO": two posts of one person, not a contradiction with c
    assert by_pair[("a", "c")].verdict == verdicts.VARIATION
    assert by_pair[("a", "c")].reason == "other-post"
    assert aspect.cells["c"].mark == "differ" and "“CEO”" in aspect.cells["c"].note


def test_a_title_only_a_headline_gives_counts_among_the_posts() -> None:
    a = [_lead("a", 1, _title("a", "CEO", "ceo"))]
    b = [_lead("b", 1, _title("b", "interim co-CEO", "ceo", "co", "interim"))]
    posts = {"a": [_title("a", "interim Co-CEOs", "ceo", "co", "interim")], "b": []}
    aspect = _row({"a": a, "b": b}, posts=posts)
    assert [p.verdict for p in aspect.pairs] == [verdicts.VARIATION]
    assert aspect.verdict == "agree"


def test_two_articles_that_differ_in_meaning_contradict() -> None:
    aspect = _row(
        {
            "a": [_lead("a", 1, _title("a", "permanent CEO", "ceo", "permanent"))],
            "b": [_lead("b", 1, _title("b", "interim CEO", "ceo", "interim"))],
        }
    )
    assert [p.verdict for p in aspect.pairs] == [verdicts.CONTRADICTION]
    assert aspect.verdict == "differ"


def test_a_title_that_does_not_say_it_is_for_good_is_less_precise_than_interim() -> None:
    aspect = _row(
        {
            "a": [_lead("a", 1, _title("a", "CEO", "ceo"))],
            "b": [_lead("b", 1, _title("b", "interim CEO", "ceo", "interim"))],
        }
    )
    assert [(p.verdict, p.reason) for p in aspect.pairs] == [(verdicts.PRECISION, "permanence-unstated")]
    assert {c.mark for c in aspect.cells.values()} == {"agree"}


def test_each_kind_of_title_two_articles_give_has_its_own_row() -> None:
    members = {
        "a": [
            _lead("a", 1, _title("a", "CEO", "ceo"), _title("a", "permanent chairman", "chair", "permanent"))
        ],
        "b": [_lead("b", 1, _title("b", "CEO", "ceo"), _title("b", "interim chairman", "chair", "interim"))],
        "c": [_lead("c", 1, _title("c", "chief executive", "ceo"), _title("c", "founder", "founder"))],
    }
    parts = dict(_split_titles(members))
    assert set(parts) == {None, "chair"}  # ceo (three articles) is the main row; founder stays in it
    assert {s.normalized for ms in parts[None].values() for m in ms for s in m.slots} == {"ceo", "founder"}
    chair = _row(parts["chair"])
    assert [(p.a, p.b, p.verdict) for p in chair.pairs] == [("a", "b", verdicts.CONTRADICTION)]
    ceo = _row(parts[None])
    assert {c.slot.normalized for c in ceo.cells.values() if c.slot} == {"ceo"}
    assert all(p.verdict != verdicts.CONTRADICTION for p in ceo.pairs)


def test_a_former_title_does_not_lead_the_row() -> None:
    members = {
        "a": [
            _lead("a", 1, _title("a", "Chief Strategy Officer", "cso", "former"), _title("a", "CEO", "ceo"))
        ],
        "b": [
            _lead(
                "b",
                1,
                _title("b", "chief strategy officer", "cso", "former"),
                _title("b", "interim CEO", "ceo", "interim"),
            )
        ],
    }
    assert _split_titles(members)[0][1]["a"][0].slots[0].normalized == "ceo"


def _fig(article: str, index: int, cls: str, slot: Slot, fact: bool = False) -> Membership:
    return Membership(cls, None, _st(article, index, f"It paid {slot.text}."), [slot], 1, fact=fact)


def test_a_row_that_is_no_event_fact_never_contradicts() -> None:
    aspect = Aspect(id="past_deals", label="Past deals", cls="past_deals")
    members = {
        "a": [_fig("a", 1, "past_deals", _money("a", "$12.5 billion", 12.5e9))],
        "b": [_fig("b", 1, "past_deals", _money("b", "$33 billion", 33e9))],
    }
    _finish(aspect, members, ["a", "b"], copy_of={"b": "a"}, checkable=False)
    assert [p.verdict for p in aspect.pairs] == [verdicts.DIFFER]
    assert "$12.5 billion vs $33 billion" in aspect.pairs[0].detail
    assert aspect.verdict == "theme"
    assert {c.mark for c in aspect.cells.values()} == {"both"}
    assert "different figures" in aspect.cells["a"].note


def _compare_files(folder: Path, texts: dict[str, str], meta: dict[str, str]) -> Comparison:
    """Write `texts` (file id -> text) with their corpus.yaml lines (file id -> extra yaml lines, each
    ending in a newline) into `folder`, load it, analyse it without the cache, compare every article."""
    from tui.analysis.compare import compare
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    entries = ""
    for aid, text in texts.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
        entries += f"  {aid}.txt:\n    id: {aid}\n{meta.get(aid, '')}"
    (folder / "corpus.yaml").write_text(f"name: t\narticles:\n{entries}", encoding="utf-8")
    corpus = load_corpus(folder)
    return compare(corpus, analyse(corpus, use_cache=False), list(texts))


def test_an_event_fact_row_still_contradicts() -> None:
    aspect = Aspect(id="amount", label="Amount", cls="amount")
    members = {
        "a": [_fig("a", 1, "amount", _money("a", "$14.3 billion", 14.3e9), fact=True)],
        "b": [_fig("b", 1, "amount", _money("b", "$14.8 billion", 14.8e9), fact=True)],
    }
    _finish(aspect, members, ["a", "b"], checkable=True)
    assert [p.verdict for p in aspect.pairs] == [verdicts.CONTRADICTION]
    assert aspect.verdict == "differ"


def test_a_copys_changed_total_is_shown_as_the_total_not_as_the_amount(tmp_path) -> None:  # noqa: ANN001
    body = (
        "Amazon invests more in Anthropic\n\nAmazon said on Friday it will invest an additional $4 billion"
        " in the artificial intelligence startup Anthropic, which brings its total investment in the"
        " company to {total}. The company will remain a minority investor, it said.\n"
    )
    texts = {"orig": body.format(total="$8 billion"), "copy": body.format(total="$6.75 billion")}
    headline = "    headline_in_text: true\n"
    result = _compare_files(tmp_path, texts, {"orig": headline, "copy": "    copy_of: orig\n" + headline})
    amount, total = result.aspect("amount"), result.aspect("total")
    assert {c.slot.text for c in amount.cells.values()} == {"$4 billion"}
    assert amount.verdict == "agree"
    assert total.verdict == "differ"
    assert "the copy changed the figure" in total.pairs[0].detail


def test_two_appointments_told_otherwise_contradict_whatever_else_an_article_names() -> None:
    # both cells are the appointment's new title (the event facts); b also calls her "CEO" elsewhere
    # (say, of her former company): the appointment itself is told two ways
    a = [
        Membership(
            "leadership",
            "roe",
            _st("a", 1, "Roe named."),
            [_title("a", "permanent chief executive", "ceo", "permanent")],
            1,
            True,
        )
    ]
    b = [
        Membership(
            "leadership",
            "roe",
            _st("b", 1, "Roe named."),
            [_title("b", "interim chief executive", "ceo", "interim")],
            1,
            True,
        ),
        _lead("b", 2, _title("b", "CEO", "ceo")),
    ]
    aspect = _row({"a": a, "b": b})
    assert [p.verdict for p in aspect.pairs] == [verdicts.CONTRADICTION]
    assert aspect.cells["b"].slot.text == "interim chief executive"


def test_an_original_keeps_other_figures_only_where_its_copy_changed_one(tmp_path) -> None:  # noqa: ANN001
    # The copy changes the price. In the price row the original keeps every figure (to show the edit);
    # in the valuation row the extractor's facts decide for the original as for any article: its
    # "valued at $9 billion ... in 2027" is a past valuation, no valuation of this deal, so it is no
    # cell there and no contradiction with the third article's valuation.
    body = (
        "Halvorsen to buy Corvane\n\nHalvorsen Systems agreed on Monday to buy the software maker Corvane"
        " for {price} in cash, the companies said. Corvane was valued at $9 billion in a funding round in"
        " 2027.\n"
    )
    texts = {
        "orig": body.format(price="$21 billion"),
        "copy": body.format(price="$23 billion"),
        "other": "Halvorsen lands Corvane\n\nHalvorsen Systems said on Monday it will buy Corvane for"
        " $21 billion, valuing the software maker at $21 billion.\n",
    }
    meta = "    headline_in_text: true\n    date: 2031-04-10\n"
    result = _compare_files(
        tmp_path, texts, {"orig": meta, "copy": "    copy_of: orig\n" + meta, "other": meta}
    )
    amount = result.aspect("amount")
    assert any(p.reason == "copy-changed" for p in amount.pairs)
    valuation = result.aspect("valuation")
    assert valuation is not None
    assert not valuation.cells["orig"].present
    assert all(p.verdict != verdicts.CONTRADICTION for p in valuation.pairs)
