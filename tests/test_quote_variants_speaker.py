"""Quote variants: one statement reworded across articles, linked by speaker + fuzzy wording (issue 12)."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.compare.variants import reworded
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
