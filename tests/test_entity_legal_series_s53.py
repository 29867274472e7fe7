"""A shell's legal form written before or after its series numeral is one company (issue 12, stop 53).

On a fitted SPAC merger the Buyer row of Compare read "not judged: “<Name> Capital Corp. IV” vs “<Name>
Capital IV Corp”: different values" while every page named the same shell: one house writes the legal
form before the series numeral, another after it. The cross-article merge drops a legal form right
before a trailing series numeral as it drops one at the end, so the names join; another numeral is
another shell, never joined as a spelling alike ("Corp. IV" / "Corp. VI", ratio 96, were one). Names
invented.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import plain_article as art
from tui.analysis.extract import analyse_article
from tui.analysis.extract.merge import legal_core, merge_results
from tui.analysis.model import Entity
from tui.corpus.model import Corpus


def corpus_entities(*texts: str) -> list[Entity]:
    articles = [art(t, f"a{i}") for i, t in enumerate(texts)]
    return merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles]).entities


def test_a_legal_form_before_a_series_numeral_leaves_the_core() -> None:
    assert legal_core(("Halden", "Capital", "Corp.", "IV")) == ("Halden", "Capital", "IV")
    assert legal_core(("Halden", "Capital", "IV", "Corp")) == ("Halden", "Capital", "IV")
    assert legal_core(("Brisk", "Acquisition", "Inc.", "3")) == ("Brisk", "Acquisition", "3")
    # near misses: a numeral with no legal form before it, and a short name, keep their words
    assert legal_core(("Halden", "Capital", "IV")) == ("Halden", "Capital", "IV")
    assert legal_core(("Halden", "Corp", "IV")) == ("Halden", "Corp", "IV")


def test_the_two_orders_are_one_shell_across_articles_and_another_numeral_is_another() -> None:
    ents = corpus_entities(
        "Orvane Motors agreed to merge with Halden Capital Corp. IV, the blank-check company said.",
        "Shares of Halden Capital IV Corp rose after the merger with Orvane Motors was announced.",
        "Shares of Halden Capital Corp. VI fell after Brisk Foods agreed to merge with Halden Capital Corp. VI.",
    )
    haldens = sorted(e.name for e in ents if e.name.startswith("Halden"))
    assert len(haldens) == 2, haldens
    assert any(n.endswith("VI") for n in haldens), haldens  # spelled alike, yet another shell
