"""One fact the extractor gives under two slots is one row of the comparison.

An appointment's start day was given as the event's `date` and its `effective`, the same value on the
same words, and compare showed two rows of it ("Date" and "Effective", every cell alike) and listed the
one omission twice (stop 34). Since stop 60 the start day is the `effective` slot alone (the `date` is
the day the news was told); the comparison still shows one row of it. Every text here is invented (own words)."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.compare.report import to_markdown
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus

TEXTS = {
    "a": (
        "Harbour Tools names new chief\n\n"
        "Harbour Tools named Ana Ortiz its chief executive on Monday, effective March 1, 2025, "
        "succeeding Tom Reyes, who is retiring.\n\n"
        "Ortiz has run the company's European business since 2019.\n"
    ),
    "b": (
        "Ortiz to lead Harbour Tools\n\n"
        "Harbour Tools said Ana Ortiz will take over as chief executive on March 1, 2025, "
        "replacing Tom Reyes, who is retiring.\n\n"
        "The company's shares rose 2% on the news.\n"
    ),
    "c": (
        "Harbour Tools picks Ortiz\n\n"
        "Harbour Tools has named Ana Ortiz chief executive, succeeding Tom Reyes, who is retiring.\n\n"
        "Ortiz joined the company in 2008 as an engineer.\n"
    ),
}


def _result(tmp_path: Path):  # noqa: ANN202
    for aid, text in TEXTS.items():
        (tmp_path / f"{aid}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n"
        + "".join(f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n" for aid in TEXTS),
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    analysis = analyse(corpus, use_cache=False)
    return corpus, analysis, compare(corpus, analysis, list(TEXTS))


def test_an_appointments_date_and_its_effective_day_are_one_row(tmp_path: Path) -> None:
    corpus, analysis, result = _result(tmp_path)
    # the day the change takes effect is the effective slot only: the event's date is the day the news was told
    # (stop 60), which these undated pages name by a weekday alone, so they give none
    facts = analysis.articles["a"].facts
    assert facts is not None and facts.get("effective") is not None and facts.get("date") is None
    rows = [asp.cls for asp in result.aspects]
    assert rows.count("effective") == 1
    assert "date" not in rows
    effective = next(asp for asp in result.aspects if asp.cls == "effective")
    assert sorted(effective.present_in) == ["a", "b"]
    omissions = to_markdown(result, corpus).split("### Omissions", 1)[1].split("\n## ", 1)[0]
    assert omissions.count("**Effective**") == 1 and "**Date**" not in omissions


def test_one_day_written_two_ways_is_the_same_value(tmp_path: Path) -> None:
    """ "March 1, 2025" and "Mar. 1, 2025" are one day in two house styles: the same value, as "$14B"
    and "$14 billion" are (reason written-form), no variation to list among the discrepancies."""
    TEXTS["b"] = TEXTS["b"].replace("on March 1, 2025", "on Mar. 1, 2025")
    try:
        corpus, _, result = _result(tmp_path)
    finally:
        TEXTS["b"] = TEXTS["b"].replace("on Mar. 1, 2025", "on March 1, 2025")
    effective = next(asp for asp in result.aspects if asp.cls == "effective")
    pair = next(p for p in effective.pairs if {p.a, p.b} == {"a", "b"})
    assert pair.verdict == "same" and pair.reason == "written-form"
    variations = to_markdown(result, corpus).split("## Discrepancies", 1)[1].split("\n## ", 1)[0]
    assert "Mar. 1, 2025" not in variations
