"""Quote variants: one statement reworded across articles, linked by speaker + fuzzy wording (issue 12)."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.compare.variants import reworded, shared_run
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus

A = (
    "Acme wins the award\n\nAcme won the national design award on Monday, the company said in a statement.\n\n"
    "\"We praised the team's hard work,\" said Jane Roe, Acme's chief executive.\n\n"
    '"We will open a second factory in Ohio next spring," Roe said.\n'
)
B = (
    "Award for Acme\n\nThe national design award went to Acme this week, according to the company.\n\n"
    '"We commended the team\'s hard efforts," Jane Roe, the chief executive, told reporters.\n\n'
    '"Prices will not rise before the summer," Roe added.\n'
)


def _result(tmp_path: Path, a: str, b: str):  # noqa: ANN202
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n  a.txt:\n    id: a\n    headline_in_text: true\n"
        "  b.txt:\n    id: b\n    headline_in_text: true\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    return compare(corpus, analyse(corpus), ["a", "b"])


def test_one_speakers_reworded_statement_is_a_variant_with_its_word_changes(tmp_path: Path) -> None:
    result = _result(tmp_path, A, B)
    assert len(result.variants) == 1  # her other two quotes are different statements
    variant = result.variants[0]
    assert variant.rule == "quote.speaker-fuzzy"
    assert [c.article_id for c in variant.carriers] == ["a", "b"]
    changes = [op for ch in variant.changes for op in ch if op[0] != "equal"]
    assert changes == [("replace", "praised", "commended"), ("replace", "work", "efforts")]


def test_the_same_words_from_another_speaker_are_no_variant(tmp_path: Path) -> None:
    other = B.replace("Jane Roe, the chief executive,", "John Poe, a rival's founder,").replace(
        "Roe added", "Poe added"
    )
    assert _result(tmp_path, A, other).variants == []


def test_reworded_needs_a_shared_content_word() -> None:
    assert reworded("We praised the team's hard work", "We commended the team's hard efforts") >= 60
    assert reworded("We will open a second factory", "Prices will not rise before the summer") == 0.0


def test_a_quote_that_runs_on_into_its_attribution_is_the_same_statement(tmp_path: Path) -> None:
    """A page lost the closing mark, so one article's quote (a part of the other's longer one) runs
    on into "said ..., the chair, who ...": neither contains the other, but the words they share
    word for word make them one statement."""
    a = (
        "Board thanks the founder\n\nThe board of Acme thanked its founder on Monday.\n\n"
        '"On behalf of the board I want to thank Jane for thirty years of service to this company and '
        "its people. As a leader, Jane built the company from a garage into a national brand while never "
        'losing sight of the customers who trusted it," said Max Doe, the chair.\n'
    )
    b = (
        "Acme founder steps down\n\nAcme's founder stepped down after thirty years.\n\n"
        '"As a leader, Jane built the company from a garage into a national brand while never losing '
        "sight of the customers who trusted it, said Max Doe, the board's chair, who will lead the "
        "search for a successor during the months ahead and report to shareholders in the spring.\n"
    )
    result = _result(tmp_path, a, b)
    assert len(result.variants) == 1
    variant = result.variants[0]
    assert [c.article_id for c in variant.carriers] == ["a", "b"]
    assert variant.rule == "quote.shared-run"


def test_shared_run_counts_words_in_a_row() -> None:
    assert shared_run("we will open a plant in ohio next year", "they said we will open a plant in ohio") == 7
    assert shared_run("prices will rise", "prices did not rise") == 1
