"""A page without a headline whose first paragraph is a sentence ending inside a quotation
("... in response to “weaker orders and rising costs.”") has no title from its text: the full stop
before the closing mark ends a sentence as surely as one after it. Taken as the headline, the
story's lead stood apart from the body, and its facts (the jobs cut, the share of the workforce)
were missing from the article's event facts, so Compare showed a copy of a wire story as "not told"
where it tells the fact word for word, and listed an omission that was none (stop 34, a syndicated
copy on the real coverage). Every text here is invented (own words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.compare import compare
from tui.analysis.pipeline import analyse
from tui.corpus.furniture import headline_text, reads_as_headline
from tui.corpus.importer import ImportOptions, import_paths
from tui.corpus.loader import load_corpus

LEAD = (
    "Harbour Tools is cutting 400 jobs, about 6% of its workforce, in response to "
    "{o}weaker orders and rising costs.{c}"
)
REST = (
    "The company said in a filing on Tuesday that it had told staff of the cuts, some of which begin at once.\n\n"
    "It will also close two of its warehouses in Ohio, a spokesperson said.\n"
)


@pytest.mark.parametrize(("o", "c"), [("“", "”"), ('"', '"'), ("‘", "’")])
def test_a_sentence_ending_inside_a_quotation_is_no_headline(o: str, c: str) -> None:
    lead = LEAD.format(o=o, c=c)
    assert not reads_as_headline(lead)
    assert headline_text(lead + "\n\n" + REST) is None


def test_a_headline_that_ends_with_a_quotation_stays_a_headline() -> None:
    # no full stop inside the closing mark: a headline quoting a phrase
    assert reads_as_headline("Harbour Tools chief: job cuts are “hard choices”")
    assert reads_as_headline('Harbour Tools to cut 400 jobs amid "weaker orders"')


def test_the_lead_of_a_page_without_headline_gives_its_facts(tmp_path: Path) -> None:
    """Two pages of one wire story, one with its headline and one without (a copy that lost it): the
    jobs cut and the share of the workforce are facts of both, and no omission is listed."""
    src = tmp_path / "in"
    src.mkdir()
    lead = LEAD.format(o="“", c="”")
    (src / "a.txt").write_text("Harbour Tools cuts 400 jobs\n\n" + lead + "\n\n" + REST, encoding="utf-8")
    (src / "b.txt").write_text("\n\n" + lead + "\n\n" + REST, encoding="utf-8")
    for name, outlet in (("a.txt", "Harbour Wire"), ("b.txt", "Market Pages")):
        import_paths([src / name], tmp_path / "corpus", ImportOptions(outlet=outlet))
    corpus = load_corpus(tmp_path / "corpus")
    b = next(a for a in corpus.articles if a.meta.outlet == "Market Pages")
    assert b.meta.title is None
    analysis = analyse(corpus, use_cache=False)
    facts = analysis.articles[b.id].facts
    assert facts is not None
    assert facts.get("count") is not None and facts.get("count").value == 400  # type: ignore[union-attr]
    assert facts.get("share") is not None
    result = compare(corpus, analysis, [a.id for a in corpus.articles])
    share = next(asp for asp in result.aspects if asp.cls == "share")
    assert sorted(share.present_in) == sorted(a.id for a in corpus.articles)
