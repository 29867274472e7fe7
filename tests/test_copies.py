"""Copies shown as copies (issue 6): the pure helper, the explorer's marking, search counts, compare."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.content import Content

from tests.pilot import until_loaded
from tui.analysis.compare import compare
from tui.analysis.compare.names import outlet_names, with_names
from tui.analysis.copies import (
    articles_phrase,
    copy_count,
    copy_label,
    independent_articles,
    independent_count,
)
from tui.analysis.pipeline import analyse
from tui.analysis.search.items import items_from
from tui.app.app import ExplorerApp
from tui.app.explore_index import SourceRow
from tui.app.screens.explore import ExploreScreen
from tui.corpus.loader import load_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "meta-scale"
WINBUZZER = "000_7e0c72b512ef79a9.txt"
TECHREPUBLIC = "003_e8265f7e24b04829.txt"


def corpus_with_copy(root: Path, *, chain: bool = False) -> Path:
    """The two seed articles, plus a copy of Winbuzzer where "$14 billion" became "$15 billion"."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEEDS / WINBUZZER, root / WINBUZZER)
    shutil.copy(SEEDS / TECHREPUBLIC, root / TECHREPUBLIC)
    text = (SEEDS / WINBUZZER).read_text(encoding="utf-8")
    assert "$14 billion" in text
    (root / "copy.txt").write_text(text.replace("$14 billion", "$15 billion"), encoding="utf-8")
    extra = ""
    if chain:
        (root / "copy2.txt").write_text(text, encoding="utf-8")
        extra = "  copy2.txt:\n    id: echo\n    outlet: Echo Daily\n    copy_of: mirror\n"
    (root / "corpus.yaml").write_text(
        "name: Copies\narticles:\n"
        f"  {WINBUZZER}:\n    id: winbuzzer\n    outlet: Winbuzzer\n    headline_in_text: true\n"
        f"  {TECHREPUBLIC}:\n    id: techrepublic\n    outlet: TechRepublic\n"
        "  copy.txt:\n    id: mirror\n    outlet: Mirror News\n    copy_of: winbuzzer\n    headline_in_text: true\n"
        + extra,
        encoding="utf-8",
    )
    return root


# -- the pure helper --------------------------------------------------------------------------


def test_originals_follow_chains_and_count_a_story_once(tmp_path: Path) -> None:
    corpus = load_corpus(corpus_with_copy(tmp_path / "c", chain=True))
    originals = independent_articles(corpus)
    assert originals == {
        "winbuzzer": "winbuzzer",
        "techrepublic": "techrepublic",
        "mirror": "winbuzzer",
        "echo": "winbuzzer",  # a copy of a copy counts under the first article
    }
    assert copy_count(originals) == 2
    assert independent_count(["winbuzzer", "mirror", "echo"], originals) == 1
    assert independent_count(["winbuzzer", "techrepublic", "echo"], originals) == 2
    by_id = corpus.by_id()
    assert copy_label(by_id["echo"], originals, by_id) == "copy of Winbuzzer"
    assert copy_label(by_id["techrepublic"], originals, by_id) is None


def test_a_cycle_is_broken_not_followed_forever(tmp_path: Path) -> None:
    root = corpus_with_copy(tmp_path / "c")
    meta = (root / "corpus.yaml").read_text(encoding="utf-8")
    meta = meta.replace("id: winbuzzer\n", "id: winbuzzer\n    copy_of: mirror\n")
    (root / "corpus.yaml").write_text(meta, encoding="utf-8")
    originals = independent_articles(load_corpus(root))
    # winbuzzer -> mirror -> (winbuzzer: seen) stops at mirror; mirror -> winbuzzer stops there.
    assert originals["winbuzzer"] == "mirror" and originals["mirror"] == "winbuzzer"
    assert originals["techrepublic"] == "techrepublic"


def test_articles_phrase() -> None:
    assert articles_phrase(1, 1) == "1 article"
    assert articles_phrase(12, 12) == "12 articles"
    assert articles_phrase(12, 9) == "12 articles (9 independent)"


def test_seed_corpus_has_no_copies() -> None:
    corpus = load_corpus(SEEDS)
    assert copy_count(independent_articles(corpus)) == 0


# -- search details -----------------------------------------------------------------------------


def test_search_counts_an_original_and_its_copy_once(tmp_path: Path) -> None:
    corpus = load_corpus(corpus_with_copy(tmp_path / "c"))
    items = items_from(corpus, analyse(corpus))
    # An entity both Winbuzzer and its copy mention, but TechRepublic too: 3 articles, 2 stories.
    wang = next(i for i in items if i.kind == "entity" and i.title == "Alexandr Wang")
    assert "in 3 articles (2 independent)" in wang.detail
    mirror = next(i for i in items if i.kind == "article" and i.id == "mirror")
    assert mirror.detail.endswith("· copy of Winbuzzer")
    cited = [i for i in items if i.kind == "source" and i.article_ids == {"winbuzzer", "mirror"}]
    assert cited, "a source cited only by Winbuzzer is cited by its copy too"
    assert all("2 articles, 1 independent" in i.detail for i in cited)


# -- compare --------------------------------------------------------------------------------------


def test_compare_marks_the_copy_and_flags_the_changed_figure(tmp_path: Path) -> None:
    corpus = load_corpus(corpus_with_copy(tmp_path / "c"))
    result = compare(corpus, analyse(corpus), ["winbuzzer", "mirror"])
    copy = result.profiles["mirror"]
    assert copy.copy_of == "winbuzzer" and copy.copy_label == "copy of Winbuzzer"
    assert copy.name == "Mirror News (copy of Winbuzzer)"
    assert result.profiles["winbuzzer"].copy_of is None
    assert result.profiles["winbuzzer"].name == "Winbuzzer"
    amount = result.aspect("amount")
    assert amount.verdict == "differ"
    assert amount.cells["winbuzzer"].slot.value == 14e9
    assert amount.cells["mirror"].slot.value == 15e9
    assert any("copy of Winbuzzer" in with_names(n, outlet_names(result)) for n in result.notes)
    assert amount.cells["mirror"].mark == "differ"
    assert "the copy changed the figure" in amount.cells["mirror"].note


def test_a_small_change_in_a_copy_is_flagged_where_independent_articles_agree(tmp_path: Path) -> None:
    # $14B vs $14.1B would agree between two independent articles (within rounding); a copy that
    # changed one into the other changed the figure.
    root = corpus_with_copy(tmp_path / "c")
    text = (SEEDS / WINBUZZER).read_text(encoding="utf-8").replace("$14 billion", "$14.1 billion")
    (root / "copy.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(root)
    amount = compare(corpus, analyse(corpus), ["winbuzzer", "mirror"]).aspect("amount")
    assert amount.verdict == "differ" and amount.numeric == "contradiction"
    assert amount.cells["mirror"].slot.text == "$14.1 billion"
    # the original's cell shows the sentence the copy changed, so the two read side by side
    assert amount.cells["winbuzzer"].slot.text == "$14 billion"
    assert not amount.flags  # both sentences hedge alike: no hedge discrepancy
    # without the copy_of mark the same two texts agree
    meta = (root / "corpus.yaml").read_text(encoding="utf-8").replace("    copy_of: winbuzzer\n", "")
    (root / "corpus.yaml").write_text(meta, encoding="utf-8")
    plain = load_corpus(root)
    assert compare(plain, analyse(plain), ["winbuzzer", "mirror"]).aspect("amount").verdict == "agree"


def test_compare_report_names_the_copy(tmp_path: Path) -> None:
    from tui.analysis.compare.report import to_dict, to_markdown

    corpus = load_corpus(corpus_with_copy(tmp_path / "c"))
    result = compare(corpus, analyse(corpus), ["winbuzzer", "mirror"])
    assert to_dict(result, corpus)["profiles"]["mirror"]["copy_of"] == "winbuzzer"
    assert "Mirror News (copy of Winbuzzer)" in to_markdown(result, corpus)


# -- the explorer -------------------------------------------------------------------------------


async def _started(app: ExplorerApp, pilot) -> ExploreScreen:  # noqa: ANN001
    await until_loaded(app, pilot)
    assert isinstance(app.screen, ExploreScreen)
    return app.screen


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_explorer_marks_the_copy_and_counts_it_apart(tmp_path: Path, size: tuple[int, int]) -> None:
    app = ExplorerApp(corpus_path=corpus_with_copy(tmp_path / "c"))
    async with app.run_test(size=size) as pilot:
        screen = await _started(app, pilot)
        pane = screen.sources
        rows = {r.article.id: r for r in pane.items if isinstance(r, SourceRow) and r.is_article}
        head, mirror = pane.render_row(rows["mirror"], 200)
        assert head.plain.startswith("Mirror News · ")
        assert mirror.plain.startswith("  copy of Winbuzzer · Meta Invests $14B")
        # the mark is styled, not markup: a span covers exactly its words
        start = mirror.plain.index("copy of Winbuzzer")
        assert any(s.start <= start and s.end >= start + len("copy of Winbuzzer") for s in mirror.spans)
        for aid in ("winbuzzer", "techrepublic"):
            assert "copy of" not in "".join(line.plain for line in pane.render_row(rows[aid], 200))
        title = Content.from_markup(pane.border_title).plain
        subtitle = Content.from_markup(pane.border_subtitle).plain
        assert "(1 copy)" in title or "· 1 copy" in subtitle  # as much as the pane's width allows
        assert "copy" not in title or len(title) + 4 <= pane.size.width  # never cut short
        assert "3 articles (1 copies)" not in app.sub_title
        assert app.sub_title.startswith("3 articles (1 cop")
