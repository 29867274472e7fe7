"""Jargon in plain words (issue 17): `?` explains every word a newcomer meets on the screen, and
a `w` window explains the words it uses (a hedged claim's window says what hedged means)."""

from __future__ import annotations

from rich.table import Table
from textual.widgets import Static

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.glossary import GLOSSARY, frame_codes
from tui.app.refs import ItemRef
from tui.app.screens.explore import ExploreScreen

#: The words the issue names (and that the screens show): written by hand, so a dropped entry fails.
NEWCOMER_WORDS = (
    "claim",
    "source",
    "narrator",
    "source kinds",
    "hedged",
    "entity",
    "copy of",
    "verdicts",
    "frame",
    "salience",
    "loaded n/1k",
    "tone",
)


def test_the_glossary_has_every_newcomer_word_in_one_plain_sentence_or_two() -> None:
    for word in NEWCOMER_WORDS:
        assert word in GLOSSARY, word
    for term, text in GLOSSARY.items():
        assert 20 <= len(text) <= 360, term
        assert "_" not in text, term  # no rule names or slot ids in the plain words


def test_frame_codes_come_from_the_codebook() -> None:
    codes = dict(frame_codes())
    assert {"C1", "H1", "E1", "M1", "R1"} <= set(codes)
    assert codes["C1"].startswith("Conflict: Does the story")


async def test_help_explains_the_words_and_the_frame_codes() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("question_mark")
        await until_loaded(app, pilot)
        group = app.screen.query_one("#help-body", Static).content
        tables = [r for r in group.renderables if isinstance(r, Table)]  # type: ignore[union-attr]
        rows = {
            a.plain: b.plain
            for table in tables
            for a, b in zip(table.columns[0]._cells, table.columns[1]._cells, strict=True)
        }
        for word in NEWCOMER_WORDS:
            assert rows.get(word) == GLOSSARY[word], word
        for code, question in frame_codes():
            assert rows.get(code) == question, code


def why_body(app: ExplorerApp) -> str:
    from tui.app.widgets.why import WhyScreen

    assert isinstance(app.screen, WhyScreen)
    return " ".join(app.screen.body.plain.split())


def plain(text: str) -> str:
    return " ".join(text.split())


async def test_why_on_a_claim_explains_hedged_narrator_and_source_as_they_apply() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen) and app.index is not None
        claims = app.index.claims
        hedged = next(c for c in claims if c.hedged and c.source_id is None)
        attributed = next(c for c in claims if not c.hedged and c.source_id is not None)
        assert screen.show_ref(ItemRef("claim", hedged.id))
        await pilot.press("3", "w")
        await until_loaded(app, pilot)
        body = why_body(app)
        assert "In plain words" in body
        assert f"hedged: {plain(GLOSSARY['hedged'])}" in body
        assert f"narrator: {plain(GLOSSARY['narrator'])}" in body
        await pilot.press("escape")
        assert screen.show_ref(ItemRef("claim", attributed.id))
        await pilot.press("3", "w")
        await until_loaded(app, pilot)
        body = why_body(app)
        assert f"source: {plain(GLOSSARY['source'])}" in body
        assert "hedged:" not in body and "narrator:" not in body


async def test_why_on_a_source_explains_the_source_kinds() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("1", "j", "j", "w")  # a source cited in the first article
        await until_loaded(app, pilot)
        body = why_body(app)
        assert f"source kinds: {plain(GLOSSARY['source kinds'])}" in body
