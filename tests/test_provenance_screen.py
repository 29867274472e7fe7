"""The Provenance screen (`p`): the facts where `p` was pressed, their summary, and the chain.

On tests/corpora/provenance (written for these tests: Daily Ledger's unnamed report of "about $2
billion", Morning Post citing the Ledger, Syndicator copying the Post, Acme's announcement on the wire)
and on the seed corpus (Compare's rows)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList, Static

from tests.pilot import open_compare, until_loaded
from tui.analysis.pipeline import analyse
from tui.analysis.timeline import (
    FactKey,
    FactProvenance,
    Node,
    Origin,
    article_fact_keys,
    aspect_fact_keys,
    provenance,
)
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen, ProfileScreen
from tui.app.screens.provenance import ProvenanceScreen, fact_row, tree_text, unnamed_only
from tui.corpus.loader import load_corpus

CORPUS = Path(__file__).parent / "corpora" / "provenance"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))


def _unnamed_fact() -> FactProvenance:
    report = Origin("unnamed", "ledger", "people familiar (unnamed, in Daily Ledger)")
    copy = Node(
        "Syndicator (copy)",
        [Node("Morning Post", [Node("according to Daily Ledger", [Node("Daily Ledger")])])],
    )
    copy.children[0].children[0].children[0].children.append(Node(report.label, origin=report))
    ledger = Node("Daily Ledger", [Node(report.label, origin=report)])
    return FactProvenance(
        FactKey("amount", "2e+09 USD"), "about $2B", ["ledger", "syndicated"], [report], [ledger, copy]
    )


def test_a_fact_on_unnamed_sources_only_is_flagged_in_its_row() -> None:
    fact = _unnamed_fact()
    assert unnamed_only(fact)
    wide = fact_row(fact, 120).plain
    assert wide.startswith("⚑ amount      about $2B")
    assert wide.endswith("stated by 2 articles, resting on 1 independent origin (1 unnamed)")
    narrow = fact_row(fact, 70).plain
    assert narrow.endswith("about $2B        2 articles, 1 origin (1 unnamed)")
    named = FactProvenance(fact.key, "about $2B", ["x"], [Origin("source", "s1", "Acme")], [Node("X")])
    assert not unnamed_only(named) and fact_row(named, 120).plain.startswith("  amount")


def test_the_tree_puts_the_article_p_was_pressed_on_first() -> None:
    names = {"ledger": "Daily Ledger", "syndicated": "Syndicator"}
    text = tree_text(_unnamed_fact(), names, "syndicated").plain.splitlines()
    assert text[:3] == [
        "amount = about $2B  (first stated by Daily Ledger)",
        "stated by 2 articles, resting on 1 independent origin (1 unnamed) — only unnamed sources behind it",
        "origins: people familiar (unnamed, in Daily Ledger)",
    ]
    assert text[4:9] == [
        "Syndicator (copy)",
        "└─ Morning Post",
        "   └─ according to Daily Ledger",
        "      └─ Daily Ledger",
        "         └─ people familiar (unnamed, in Daily Ledger)",
    ]
    assert text[10] == "Daily Ledger"


def test_the_facts_of_an_article_and_of_a_compare_row() -> None:
    from tui.analysis.compare import compare

    corpus = load_corpus(CORPUS)
    analysis = analyse(corpus, use_cache=False)
    keys = article_fact_keys(analysis, "wire")
    assert FactKey("amount", "2.1e+09 USD") in keys and FactKey("status", "agreed") in keys
    result = compare(corpus, analysis, [a.id for a in corpus.articles])
    rows = {a.id: a for a in result.aspects}
    amounts = aspect_fact_keys(analysis, rows["amount"])
    assert amounts == [FactKey("amount", "2e+09 USD"), FactKey("amount", "2.1e+09 USD")]
    assert all(k.slot == "buyer" for k in aspect_fact_keys(analysis, rows["buyer"]))
    text_rows = [a for a in result.aspects if a.cls in ("motive", "rivals", "clients")]
    assert all(aspect_fact_keys(analysis, a) == [] for a in text_rows)
    # every key the row gives is a fact the provenance knows
    known = {f.key for f in provenance(corpus, analysis)}
    assert set(amounts) <= known


def _lines(screen: ProvenanceScreen) -> list[str]:
    listing = screen.query_one(OptionList)
    return [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]


async def test_p_in_the_explorer_shows_the_facts_of_the_article_in_view() -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("1")  # the Sources pane: the first row is an article's
        article = app.corpus.article(app.screen.article_in_view())
        await pilot.press("p")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ProvenanceScreen)
        title = str(screen.query_one("#prov-title", Static).render())
        assert f"the facts {article.meta.outlet} states" in title
        assert [f.key for f in screen.shown] == article_fact_keys(app.analysis, article.id)
        assert screen.shown  # the article states facts
        await pilot.press("a")  # every fact of the corpus
        assert len(screen.shown) == len(screen.facts) > 0
        assert "every fact of the corpus" in str(screen.query_one("#prov-title", Static).render())
        await pilot.press("escape")
        assert not isinstance(app.screen, ProvenanceScreen)


async def test_p_on_compares_amount_row_traces_the_copy_to_the_unnamed_report() -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(120, 40)) as pilot:
        compare = await open_compare(app, pilot)
        table = compare.query_one(DataTable)
        column = compare.result.article_ids.index("syndicated") + 1
        table.move_cursor(row=[a.id for a in compare.rows].index("amount"), column=column)
        await pilot.press("p")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ProvenanceScreen)
        assert "the row “Amount paid or invested”" in str(screen.query_one("#prov-title", Static).render())
        about = next(f for f in screen.shown if f.key == FactKey("amount", "2e+09 USD"))
        assert unnamed_only(about)
        lines = _lines(screen)
        assert any(line.startswith("⚑ amount      about $2B") for line in lines)
        screen.query_one(OptionList).highlighted = screen.shown.index(about)
        await pilot.pause()
        tree = str(screen.query_one("#prov-tree-text", Static).render()).splitlines()
        # the column's article first: Syndicator copies Morning Post, which cites the Ledger's unnamed report
        assert tree[4] == "Syndicator (copy)"
        assert tree[5] == "└─ Morning Post"
        assert "Daily Ledger" in tree[6] and "unnamed, in Daily Ledger" in tree[-1]
        await pilot.press("escape")
        assert app.screen is compare
        await pilot.press("P")  # the profile moved to P: p is provenance everywhere
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ProfileScreen)


async def test_a_row_without_facts_says_so_and_a_shows_every_fact() -> None:
    app = ExplorerApp()  # the seed corpus: rows about the motive, rivals... hold no event fact
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        factless = [n for n, a in enumerate(compare.rows) if not aspect_fact_keys(app.analysis, a)]
        assert factless, "the corpus has a row about no event fact"
        compare.query_one(DataTable).move_cursor(row=factless[0], column=1)
        await pilot.press("p")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ProvenanceScreen) and screen.shown == []
        assert "No event fact on this row" in str(screen.query_one("#prov-tree-text", Static).render())
        await pilot.press("a")
        assert screen.shown and len(screen.shown) == len(screen.facts)
