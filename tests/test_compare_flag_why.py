"""Every contradiction Compare flags shows why: the two articles, what each says (its value in its
sentence) and the reason -- on the screen's row and cell lines, and in the `compare` reports
(issue 12). And a figure the extractor made an event fact (the deal's price) is no figure of a
theme row: "will acquire ... for $14 billion" cued "Past deals compared" too, where the price and
a talks-stage figure were listed as a precision difference between two past deals. Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.compare.model import Aspect, PairVerdict
from tui.analysis.compare.names import with_ids
from tui.analysis.compare.report import discrepancies, to_html, to_markdown
from tui.analysis.pipeline import analyse

AGREED = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor Foods will acquire Lumen Dairy for $14 billion, the two companies said on Tuesday.\n\n"
    "It is the largest purchase Harbor has made since it bought Crestline Bakeries for $2 billion in "
    "2019.\n"
)
TALKS = (
    "Harbor Foods nears Lumen Dairy deal\n\n"
    "Harbor Foods is in advanced talks to acquire Lumen Dairy for around $13 billion, people familiar "
    "with the matter said on Sunday.\n\n"
    "Bankers for both sides hope to sign papers within days, the people said.\n"
)
TALKS_AGAIN = TALKS.replace("on Sunday", "late on Sunday").replace("within days", "this week")
#: The same deal agreed at another price, as another outlet tells it: one stage, two prices.
OTHER = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor Foods agreed to acquire Lumen Dairy for $13 billion, people familiar with the matter "
    "said on Tuesday.\n\n"
    "Bankers for both sides signed the papers overnight, the people said.\n"
)
OTHER_AGAIN = OTHER.replace("on Tuesday", "late on Tuesday").replace("overnight", "this week")


def _compared(tmp_path: Path, texts: dict[str, str]):  # noqa: ANN202
    corpus = _corpus(tmp_path, texts)
    return corpus, compare(corpus, analyse(corpus), list(texts))


def test_the_deals_price_is_no_past_deal(tmp_path: Path) -> None:
    _, result = _compared(tmp_path, {"agreed": AGREED, "talks": TALKS})
    amount = result.aspect("amount")
    assert {(p.verdict, p.reason) for p in amount.pairs} == {("stage change", "stage")}
    for aspect in result.aspects:
        if aspect.cls == "amount":
            continue
        for cell in aspect.cells.values():
            if cell.slot is not None:
                assert cell.slot.text not in ("$14 billion", "around $13 billion"), aspect.label
    listed = [d for kind in discrepancies(result).values() for d in kind]
    # the price and the status, each moved with the deal's stage; no past deal, no theme
    status = result.aspect("status")
    assert [d.aspect for d in listed if d.kind != "omission" and d.kind != "sourcing"] == [
        amount.label,
        status.label,
    ]


def test_a_contradiction_in_the_reports_shows_both_sentences_and_the_reason(tmp_path: Path) -> None:
    corpus, result = _compared(tmp_path, {"agreed": AGREED, "other": OTHER})
    (found,) = discrepancies(result)["contradiction"]
    assert found.between == ("agreed", "other")
    assert [(aid, value) for aid, value, _ in found.spans] == [
        ("agreed", "$14 billion"),
        ("other", "$13 billion"),
    ]
    assert "different values" in found.detail
    md = to_markdown(result, corpus)
    section = md[md.index("### Contradictions") : md.index("## Frames")]
    assert "different values" in section
    assert "**$14 billion** in “Harbor Foods will acquire Lumen Dairy for $14 billion" in section
    assert "**$13 billion** in “Harbor Foods agreed to acquire" in section
    html = to_html(result, corpus)
    assert "for <mark>$14 billion</mark>, the two companies said" in html
    assert "for <mark>$13 billion</mark>, people familiar" in html


def test_a_stage_change_is_listed_apart_from_the_contradictions(tmp_path: Path) -> None:
    """A price reported in talks and the price agreed: listed as a stage change in the reports, with
    the two stages, never under Contradictions."""
    corpus, result = _compared(tmp_path, {"agreed": AGREED, "talks": TALKS})
    found = discrepancies(result)
    assert "contradiction" not in found
    change = next(d for d in found["stage change"] if d.aspect == result.aspect("amount").label)
    assert change.between == ("agreed", "talks") and "talks → agreed" in change.detail
    # the status row too: talks, then agreed
    assert any("talks → agreed" in d.detail for d in found["stage change"] if d is not change)
    md = to_markdown(result, corpus)
    assert "### Stage changes" in md and "### Contradictions" not in md


def test_the_rows_line_names_the_two_articles(tmp_path: Path) -> None:
    _, result = _compared(tmp_path, {"agreed": AGREED, "other": OTHER})
    summary = result.aspect("amount").summary
    assert summary.startswith("contradiction: $14 billion vs $13 billion: ")
    assert "(7.1% apart) (agreed vs other)" in with_ids(summary)
    (tmp_path / "stage").mkdir()
    _, result = _compared(tmp_path / "stage", {"agreed": AGREED, "talks": TALKS})
    summary = result.aspect("amount").summary
    assert summary.startswith("stage change: $14 billion vs around $13 billion: talks → agreed")
    assert "not two articles disagreeing (agreed vs talks)" in with_ids(summary)


def test_a_cell_names_what_it_contradicts_once_per_reason(tmp_path: Path) -> None:
    """Two reports with one figure: the cell of the other price says the reason once, naming both."""
    _, result = _compared(tmp_path, {"agreed": AGREED, "other": OTHER, "again": OTHER_AGAIN})
    cells = result.aspect("amount").cells
    assert cells["agreed"].mark == "differ"
    note = cells["agreed"].note
    assert with_ids(note).startswith("vs other, again: $14 billion vs $13 billion: ")
    assert note.count("different values") == 1
    assert with_ids(cells["other"].note).startswith("vs agreed: ")


def test_the_summary_keeps_its_label_first() -> None:
    aspect = Aspect(
        "amount",
        "Amount",
        "amount",
        pairs=[PairVerdict("x", "y", "precision", "$14B vs $14.3B: $14B is $14.3B rounded")],
        verdict="agree",
    )
    assert with_ids(aspect.summary) == "precision: $14B vs $14.3B: $14B is $14.3B rounded (x vs y)"
