"""`c` on the Timeline copies the fact under the cursor as a cited quote, through the app's one copy
action (tui/app/copying.py): the words that hold the fact, whose words they are, and the citation.
`b` collects the same passage. Invented texts (tests/corpora/provenance and one written here)."""

from __future__ import annotations

from pathlib import Path

from tests.pilot import until_loaded
from tui.analysis.voice import holder_of
from tui.app.app import ExplorerApp
from tui.app.screens.timeline import TimelineList, TimelineScreen
from tui.storage.locations import quotes_file

CORPUS = Path(__file__).parent / "corpora" / "provenance"


async def _open(app: ExplorerApp, pilot) -> TimelineScreen:  # noqa: ANN001
    await until_loaded(app, pilot)
    await pilot.press("T")
    await until_loaded(app, pilot)
    assert isinstance(app.screen, TimelineScreen)
    return app.screen


async def test_c_copies_the_sentence_of_the_fact_in_the_articles_voice(home: Path) -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("G", "l", "l", "l")  # Tech Wire's amount
        assert screen.query_one(TimelineList).current_mark().shown == "$2.1B"
        await pilot.press("c")
        await until_loaded(app, pilot)
        assert app.screen is screen  # copying does not leave the timeline
        assert app.clipboard == (
            "“Acme has agreed to buy the robotics maker Widgets for $2.1 billion, the company said on "
            "Wednesday.” — Tech Wire, 5 March 2025 (the article attributes this to Acme)"
        )
        saved = quotes_file().read_text(encoding="utf-8")
        assert "Tech Wire" in saved and "for $2.1 billion, the company said" in saved


async def test_c_on_an_unnamed_report_says_whom_the_article_attributes_it_to(home: Path) -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open(app, pilot)
        await pilot.press("l", "l", "l", "c")  # Daily Ledger's amount
        await until_loaded(app, pilot)
        assert app.clipboard.startswith(
            "“Acme is in talks to buy the robotics maker Widgets for about $2 billion"
        )
        assert app.clipboard.endswith(
            "— Daily Ledger, 1 March 2025 (the article attributes this to people familiar with the matter)"
        )


def _quoted_corpus(root: Path) -> Path:
    root.mkdir()
    (root / "q.txt").write_text(
        "Gizmo deal agreed\n\n"
        '"We have agreed to pay $3 billion for Gizmo, and we think it is worth every cent," said Jane Roe, '
        "Acme's chief executive.\n\nGizmo makes drones for farms.\n",
        encoding="utf-8",
    )
    (root / "corpus.yaml").write_text(
        "articles:\n  q.txt:\n    outlet: Farm Daily\n    author: Sam Pen\n    date: 2025-04-02\n"
        "    headline_in_text: true\n",
        encoding="utf-8",
    )
    return root


async def test_c_on_a_fact_inside_a_quotation_credits_its_speaker(home: Path, tmp_path: Path) -> None:
    app = ExplorerApp(corpus_path=_quoted_corpus(tmp_path / "farm"))
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        rows = screen.query_one(TimelineList)
        while rows.current_mark().slot != "amount":
            await pilot.press("l")
        await pilot.press("c")
        await until_loaded(app, pilot)
        assert app.clipboard == (
            "“We have agreed to pay $3 billion for Gizmo, and we think it is worth every cent,” Jane Roe said, "
            "quoted by Sam Pen in Farm Daily, 2 April 2025"
        )
        assert "Farm Daily · Jane Roe" in quotes_file().read_text(encoding="utf-8")  # the entry's heading


async def test_b_collects_the_fact_not_the_explorers_selection(home: Path) -> None:
    app = ExplorerApp(corpus_path=CORPUS)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("G", "l", "l", "l", "b")
        await until_loaded(app, pilot)
        items = app.basket.items
        assert len(items) == 1 and items[0].article_id == "wire" and items[0].kind == "claim"
        assert items[0].words.startswith("Acme has agreed to buy the robotics maker Widgets for $2.1 billion")


def test_the_words_that_hold_a_fact_outside_any_claim_are_its_sentence() -> None:
    from tui.analysis.model import CorpusAnalysis
    from tui.corpus.model import Span

    held = holder_of(CorpusAnalysis(), Span("nowhere", 3, 9))  # nothing known of the article
    assert (held.kind, held.item_id, held.span) == ("span", None, Span("nowhere", 3, 9))
