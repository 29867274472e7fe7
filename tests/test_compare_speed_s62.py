"""Stop 62, speed: the corpus's entity mentions and source citations grouped by article once per
analysis (tui/analysis/compare/statements.py `MentionsByArticle`, kept by
tui/analysis/compare/article_parts.py `ArticleParts.mentions`), and each quotation's name stems
found once per comparison (tui/analysis/compare/variants.py `quote_variants`).

Every comparison passed over every mention of the corpus twice: for its new articles' statements
(`article_indexes`) and for its quote variants. The grouping is made once for the analysis now and
read by both. Nothing a comparison shows may change: the tests set the kept grouping against the
one made for the compared articles alone (as the command line, which compares once, makes it), on
invented pages. No timed assertion (the figures are in docs/benchmarks.md, stop 62).
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.compare.article_parts import ArticleParts
from tui.analysis.compare.report import to_dict
from tui.analysis.compare.statements import MentionsByArticle, article_indexes
from tui.analysis.compare.variants import quote_variants
from tui.analysis.model import CorpusAnalysis
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus
from tui.corpus.model import Corpus

#: Three invented pages of one deal, one speaker quoted on each in other words, and a fourth page
#: of another story that names none of them (the near miss: never grouped with the wanted three).
TEXTS = {
    "p1": (
        "Orlane Robotics agrees to buy Vessmark for $410 million\n\n"
        "Orlane Robotics will buy Vessmark for $410 million, the companies said on Tuesday.\n\n"
        '"Vessmark gives Orlane the warehouse software we never built ourselves," Orlane chief '
        "executive Dana Pellworth said in a statement.\n\n"
        "Vessmark's founder, Ilse Marrow, will join Orlane's board, according to a filing."
    ),
    "p2": (
        "Orlane to acquire Vessmark\n\n"
        "Orlane Robotics has agreed to acquire Vessmark in a deal worth about $400 million, "
        "people familiar with the matter said.\n\n"
        '"Vessmark gives us the warehouse software we never built," Dana Pellworth told analysts.\n\n'
        "Ilse Marrow said she would stay on to run the Vessmark team."
    ),
    "p3": (
        "Vessmark sold to Orlane\n\n"
        "Vessmark, the warehouse software maker, is being bought by Orlane Robotics for $410 million.\n\n"
        "Pellworth said Vessmark brought the software Orlane had never built on its own.\n\n"
        '"We stay independent in spirit," Ilse Marrow said.'
    ),
    "q1": (
        "Harbour board names new treasurer\n\n"
        "The Kestrel Harbour Trust named Tomas Ebbing its treasurer on Friday, a spokesman said."
    ),
}


def _corpus(folder: Path) -> tuple[Corpus, CorpusAnalysis]:
    yaml = "name: t\narticles:\n"
    for aid, text in TEXTS.items():
        (folder / f"{aid}.txt").write_text(text + "\n", encoding="utf-8")
        yaml += f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n    date: 2031-04-10\n"
    (folder / "corpus.yaml").write_text(yaml, encoding="utf-8")
    corpus = load_corpus(folder)
    return corpus, analyse(corpus, use_cache=False)


def _names(grouped: MentionsByArticle, aid: str) -> set[str]:
    return {entity.name for entity, _m in grouped.mentioned_in(aid)}


def test_the_grouping_holds_each_articles_mentions_and_only_the_wanted_ones(tmp_path: Path) -> None:
    _corpus_, analysis = _corpus(tmp_path)
    every = MentionsByArticle(analysis)
    assert {"Dana Pellworth", "Ilse Marrow"} <= _names(every, "p1")
    assert {"Dana Pellworth", "Ilse Marrow"} <= _names(every, "p2")
    assert "Tomas Ebbing" in _names(every, "q1")
    assert "Tomas Ebbing" not in _names(every, "p1")  # another page's person is not this page's
    for aid in every.mentions:
        pairs = every.mentioned_in(aid)
        assert all(m.span.article_id == aid for _e, m in pairs)
        assert all(any(m is x for x in e.mentions) for e, m in pairs)  # each mention with its own entity
        assert every.mentions_in(aid) == [m for _e, m in pairs]
        # the entities' order, then each one's mentions' order
        order = [
            (analysis.entities.index(e), next(n for n, x in enumerate(e.mentions) if x is m))
            for e, m in pairs
        ]
        assert order == sorted(order)
    wanted = MentionsByArticle(analysis, {"p1", "p3"})
    assert set(wanted.mentions) <= {"p1", "p3"} and set(wanted.citations) <= {"p1", "p3"}
    assert wanted.mentioned_in("p1") == every.mentioned_in("p1")
    assert wanted.citations.get("p1") == every.citations.get("p1")
    assert wanted.mentions_in("q1") == []  # the near miss: not wanted, not grouped


def test_the_indexes_from_the_kept_grouping_are_those_made_for_the_articles_alone(tmp_path: Path) -> None:
    _corpus_, analysis = _corpus(tmp_path)
    ids = ["p1", "p2", "p3"]
    alone = article_indexes(analysis, ids)
    kept = article_indexes(analysis, ids, MentionsByArticle(analysis))
    assert set(alone) == set(kept) == set(ids)
    for aid in ids:
        (index_a, cites_a), (index_k, cites_k) = alone[aid], kept[aid]
        assert index_a.items == index_k.items and index_a.persons == index_k.persons
        assert [c[:3] for c in cites_a.items] == [c[:3] for c in cites_k.items]
        assert [c[3].id for c in cites_a.items] == [c[3].id for c in cites_k.items]
    assert alone["p1"][0].persons  # Pellworth and Marrow are persons of the page


def test_the_quote_variants_are_the_same_with_the_kept_grouping(tmp_path: Path) -> None:
    _corpus_, analysis = _corpus(tmp_path)
    ids = ["p1", "p2", "p3"]
    alone = quote_variants(analysis, ids)
    assert alone  # Pellworth's statement, carried by two pages in other words
    assert quote_variants(analysis, ids, MentionsByArticle(analysis)) == alone
    assert quote_variants(analysis, ["p1", "q1"], MentionsByArticle(analysis)) == quote_variants(
        analysis, ["p1", "q1"]
    )


def test_the_grouping_is_made_once_per_analysis_and_the_comparison_unchanged(tmp_path: Path) -> None:
    corpus, analysis = _corpus(tmp_path)
    parts = ArticleParts(analysis)
    grouped = parts.mentions()
    assert parts.mentions() is grouped  # kept for the analysis's next comparisons
    assert set(grouped.mentions) == {"p1", "p2", "p3", "q1"}  # every article's, not the compared ones'
    with_parts = compare(corpus, analysis, ["p1", "p2", "p3"], parts)
    wider = compare(corpus, analysis, ["p1", "p2", "p3", "q1"], parts)
    assert parts.mentions() is grouped
    assert to_dict(with_parts, corpus) == to_dict(compare(corpus, analysis, ["p1", "p2", "p3"]), corpus)
    assert to_dict(wider, corpus) == to_dict(compare(corpus, analysis, ["p1", "p2", "p3", "q1"]), corpus)
    assert ArticleParts(analyse(corpus, use_cache=False)).mentions() is not grouped  # another analysis
