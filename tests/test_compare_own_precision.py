"""Headline vs body inside one article, and sourcing flags that compare like with like."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.compare.names import with_ids
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus


def _corpus(tmp_path: Path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n" + "".join(f"  {n}:\n    headline_in_text: true\n" for n in texts),
        encoding="utf-8",
    )
    return load_corpus(tmp_path)


def test_a_rounder_headline_is_the_articles_own_precision(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {
            "a": "Acme pays $15B for Widgetco\n\nAcme agreed to pay $14.7 billion for Widgetco on Monday.\n",
            "b": "Acme buys Widgetco\n\nAcme agreed to pay $14.7 billion for the maker of widgets.\n",
        },
    )
    amount = compare(corpus, analyse(corpus), ["a", "b"]).aspect("amount")
    a = amount.cells["a"]
    assert a.slot is not None and a.slot.text == "$14.7 billion"  # the body states the fact
    assert a.own.startswith("headline $15B, body $14.7 billion: precision inside the article")
    assert {p.verdict for p in amount.pairs} == {"same"}  # never a contradiction with b
    assert amount.verdict == "agree" and amount.cells["b"].own == ""


def test_a_headline_alone_still_states_the_fact(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {
            "a": "Acme pays $16 billion for Widgetco\n\nThe deal closed on Monday after a long review.\n",
            "b": "Acme buys Widgetco\n\nAcme agreed to pay $14.7 billion for the maker of widgets.\n",
        },
    )
    amount = compare(corpus, analyse(corpus), ["a", "b"]).aspect("amount")
    assert amount.cells["a"].slot.text == "$16 billion"
    # (stop 60) the headline alone against another page's body figure is shown apart, never a contradiction: b has no
    # headline figure of the amount to set it against (tests/test_compare_s60.py)
    assert (amount.pairs[0].verdict, amount.pairs[0].reason) == ("differ", "headline-alone")


def test_sourcing_flag_compares_the_sentences_shown(tmp_path: Path) -> None:
    corpus = _corpus(
        tmp_path,
        {
            "a": "Acme and Widgetco\n\nAcme will invest $2 billion in Widgetco, the company said in a statement.\n",
            "b": "Acme and Widgetco\n\nAcme will invest $2 billion in Widgetco, people familiar with the matter said.\n",
            "c": "Acme and Widgetco\n\nAcme will invest $2 billion in Widgetco this year.\n",
        },
    )
    amount = compare(corpus, analyse(corpus), ["a", "b", "c"]).aspect("amount")
    kinds = {aid: c.main.source.kind for aid, c in amount.cells.items()}
    assert kinds == {"a": "organization", "b": "unnamed", "c": "narrator"}
    assert [with_ids(f) for f in amount.flags] == ["a rests on a company statement, b on unnamed sources"]
