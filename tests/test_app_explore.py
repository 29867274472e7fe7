"""The explorer through Textual's pilot: panes, narrowing, focus, Enter, copy, help, hostile text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pilot import until, until_loaded
from tui.analysis.citation import format_quote, format_reference
from tui.app.app import ExplorerApp
from tui.app.commands import COMMANDS
from tui.app.explore_index import SourceRow
from tui.app.refs import ItemRef
from tui.app.screens.explore import ExploreScreen

SIZES = [(120, 40), (80, 24)]


def explore(app: ExplorerApp) -> ExploreScreen:
    screen = app.screen
    assert isinstance(screen, ExploreScreen)
    return screen


async def shown(app: ExplorerApp, pilot, ref: ItemRef) -> bool:  # noqa: ANN001
    found = app.show_item(ref)
    await pilot.pause()
    return found


def row_text(pane, item) -> str:  # noqa: ANN001
    return "\n".join(line.plain for line in pane.render_row(item, 200))


@pytest.mark.parametrize("size", SIZES)
async def test_panes_show_the_whole_seed_corpus(size: tuple[int, int]) -> None:
    app = ExplorerApp()
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        corpus, analysis = app.corpus, app.analysis
        assert len(corpus.articles) == 2
        rows = screen.sources.items
        articles = [r for r in rows if r.is_article]
        assert [r.article.id for r in articles] == [a.id for a in corpus.articles]
        cited = sum(1 for s in analysis.sources for a in corpus.articles if s.count_in(a.id))
        assert len(rows) == len(articles) + cited
        for row in rows:
            if not row.is_article:
                assert row.count == row.source.count_in(row.article.id) > 0
        assert len(screen.entities.items) == len(analysis.entities)
        assert len(screen.claims.items) == len(analysis.claims) > 0
        assert len(screen.claims.quotes) == len(analysis.quotes) > 0
        # The header names the corpus, its folder (issue 17: which corpus am I in?) and its counts.
        assert app.title == f"{corpus.name} [seed corpus]"
        for count, word in (
            (2, "articles"),
            (len(analysis.sources), "sources"),
            (len(analysis.entities), "entities"),
            (len(analysis.claims), "claims"),
            (len(analysis.quotes), "quotes"),
        ):
            assert f"{count} {word}" in app.sub_title
        # Concrete seed facts: outlet, author or "unknown", date, title.
        winbuzzer = row_text(screen.sources, articles[0])
        assert "Winbuzzer" in winbuzzer and "Markus Kasanmascheff" in winbuzzer and "2025-06-13" in winbuzzer
        assert "Meta Invests $14B in Scale AI" in winbuzzer
        techrepublic = row_text(screen.sources, articles[1])
        assert "TechRepublic · unknown · 2025-06-13" in techrepublic
        names = [e.name for e, _ in screen.entities.items]
        assert "Scale AI" in names and "Jason Droege" in names
        assert names.count("Scale AI") == 1 and "Scale" not in names  # aliases merged
        cited_by_techrepublic = {
            r.source.name for r in rows if not r.is_article and r.article.id == "techrepublic"
        }
        assert {"The New York Times", "Forbes"} <= cited_by_techrepublic
        # The Reader opened on the first article.
        assert screen.reader.article is corpus.articles[0]


async def test_choosing_a_source_then_an_entity_narrows_and_escape_widens() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        index = app.index
        row_at = screen.sources.index_of(lambda r: not r.is_article and r.article.id == "techrepublic")
        assert row_at is not None
        row: SourceRow = screen.sources.items[row_at]
        screen.sources.focus()
        screen.sources.move_to(row_at)
        await pilot.press("enter")
        await pilot.pause()
        expected = index.view(screen.steps)
        assert [s.kind for s in screen.steps] == ["source"]
        assert row.source.name in str(screen.query_one("#filter-bar").render())
        claims = screen.claims.claims
        assert list(claims) == expected.claims
        assert 0 < len(claims) < len(app.analysis.claims)
        for claim in claims:  # every claim left leans on that source in that article
            assert claim.article_id == "techrepublic"
            assert claim.source_id == row.source.id or any(
                claim.span.overlaps(s) for s in index.source_spans(row.source.id, "techrepublic")
            )
        assert len(screen.entities.items) < len(app.analysis.entities)
        assert app.focused is screen.entities  # Enter drills in: on to the entities

        # Now narrow to an entity of the whole corpus: only claims that mention it.
        await pilot.press("escape")
        await pilot.pause()
        assert screen.steps == []
        assert len(screen.claims.claims) == len(app.analysis.claims)
        at = screen.entities.index_of(lambda en: en[0].name == "Scale AI")
        screen.entities.focus()
        screen.entities.move_to(at)
        await pilot.press("enter")
        await pilot.pause()
        entity_id = screen.entities.items[at][0].id
        assert [s.kind for s in screen.steps] == ["entity"]
        narrowed = screen.claims.claims
        assert 0 < len(narrowed) < len(app.analysis.claims)
        mentions = app.analysis.entity(entity_id).mentions
        for claim in narrowed:
            assert any(claim.span.contains(m.span) or claim.span.overlaps(m.span) for m in mentions)
        assert app.focused is screen.claims
        await pilot.press("escape")
        await pilot.pause()
        assert screen.steps == [] and len(screen.claims.claims) == len(app.analysis.claims)


async def test_article_filter_then_entity_stacks_and_widens_one_step_at_a_time() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        await pilot.press("1", "enter")  # the first article
        await pilot.pause()
        assert [s.kind for s in screen.steps] == ["article"]
        assert all(c.article_id == "winbuzzer" for c in screen.claims.claims)
        assert all(n > 0 for _, n in screen.entities.items)
        await pilot.press("enter")  # the entity under the cursor
        await pilot.pause()
        assert [s.kind for s in screen.steps] == ["article", "entity"]
        await pilot.press("escape")
        await pilot.pause()
        assert [s.kind for s in screen.steps] == ["article"]
        await pilot.press("escape")
        await pilot.pause()
        assert screen.steps == []


@pytest.mark.parametrize("size", SIZES)
async def test_tab_and_number_keys_move_between_panes(size: tuple[int, int]) -> None:
    app = ExplorerApp()
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        order = [screen.sources, screen.entities, screen.claims, screen.reader]
        assert app.focused is order[0]
        for expected in order[1:] + order[:1]:
            await pilot.press("tab")
            assert app.focused is expected
        await pilot.press("shift+tab")
        assert app.focused is order[3]
        for n, pane in enumerate(order, start=1):
            await pilot.press(str(n))
            assert app.focused is pane


async def test_arrows_and_jk_move_and_the_reader_follows() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        await pilot.press("3")
        assert screen.claims.cursor == 0
        await pilot.press("j", "j", "down")
        assert screen.claims.cursor == 3
        await pilot.press("k")
        assert screen.claims.cursor == 2
        claim = screen.claims.current
        assert app.selection.kind == "claim" and app.selection.id == claim.id
        assert screen.reader.selection.span == claim.span
        assert screen.reader.article.id == claim.article_id
        await pilot.press("G")
        assert screen.claims.cursor == len(screen.claims.items) - 1
        await pilot.press("g")
        assert screen.claims.cursor == 0


async def test_enter_in_each_pane() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        await pilot.press("1", "enter")
        assert screen.steps[-1].kind == "article" and app.focused is screen.entities
        await pilot.press("2", "enter")
        assert screen.steps[-1].kind == "entity" and app.focused is screen.claims
        await pilot.press("escape", "escape", "3", "enter")
        assert app.focused is screen.reader
        assert screen.reader.selection.kind == "claim"
        await pilot.press("enter")  # the Reader's Enter goes back to the list it came from
        assert app.focused is screen.claims
        await pilot.press("4")
        assert app.focused is screen.reader


async def test_copy_a_claim_a_quote_and_a_mention_with_their_citation(home: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        winbuzzer = app.corpus.article("winbuzzer")
        # A claim: its exact sentence, then the citation.
        await pilot.press("3")
        claim = screen.claims.current
        await pilot.press("c")
        words = winbuzzer.text[claim.span.start : claim.span.end].strip()
        assert app.clipboard == format_quote(words, winbuzzer.meta)
        assert "Markus Kasanmascheff, Winbuzzer, 13 June 2025, https://winbuzzer.com/" in app.clipboard
        assert words in app.clipboard
        # A quote: toggle to quotes with t.
        await pilot.press("t")
        assert screen.claims.mode == "quotes"
        quote = screen.claims.current
        await pilot.press("c")
        article = app.corpus.article(quote.span.article_id)
        # The first quote is a scare quote (a term in quotation marks): not offered as a
        # quotation; `c` copies the sentence that holds it, in the article's own voice.
        assert quote.kind == "scare"
        sentence = app.index.sentence_of(quote.span)
        assert app.clipboard == format_quote(article.slice(sentence).strip(), article.meta)
        # A mention: the sentence that names the entity.
        await pilot.press("2")
        entity, _ = screen.entities.current
        await pilot.press("c")
        mention = app.index.mentions_of(entity.id)[0]
        article = app.corpus.article(mention.span.article_id)
        sentence = app.index.sentence_of(mention.span)
        assert app.clipboard == format_quote(article.slice(sentence).strip(), article.meta)
        assert mention.text in app.clipboard
        # Everything copied also went to the quote file.
        quotes = (home / "data" / "quotes.md").read_text(encoding="utf-8")
        assert words in quotes


async def test_copy_on_an_article_row_copies_the_articles_reference() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("1", "c")
        meta = app.corpus.article("winbuzzer").meta
        assert app.clipboard == format_reference(meta, "plain")
        assert app.clipboard.startswith("Markus Kasanmascheff, Winbuzzer, 13 June 2025, https://")


async def test_n_steps_through_the_mentions_of_an_entity() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        await pilot.press("2")
        entity, count = screen.entities.current
        mentions = app.index.mentions_of(entity.id)
        assert len(mentions) == count > 1
        assert screen.reader.selection.span == mentions[0].span
        await pilot.press("n")
        assert screen.reader.selection.span == mentions[1].span
        await pilot.press("N", "N")
        assert screen.reader.selection.span == mentions[-1].span


async def test_why_shows_the_rule_and_the_evidence() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        await pilot.press("3")
        claim = screen.claims.current
        await pilot.press("w")
        await pilot.pause()
        from tui.app.widgets.why import WhyScreen

        assert isinstance(app.screen, WhyScreen)
        body = app.screen.body.plain
        assert claim.rule in body
        assert " ".join(claim.text.split())[:40] in " ".join(body.split())
        await pilot.press("escape")
        assert app.screen is screen


async def test_help_lists_every_command_and_closes() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        from tui.app.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        from rich.table import Table
        from textual.widgets import Static

        from tui.app.screens.help import key_display

        group = app.screen.query_one("#help-body", Static).content
        tables = [r for r in group.renderables if isinstance(r, Table)]  # type: ignore[union-attr]
        keys = [t.plain for table in tables for t in table.columns[0]._cells]
        helps = [t.plain for table in tables for t in table.columns[1]._cells]
        for command in COMMANDS:
            assert command.help in helps, command.id
            assert keys[helps.index(command.help)] == key_display(app, command.key)
        await pilot.press("escape")
        assert isinstance(app.screen, ExploreScreen)


async def test_command_palette_offers_the_actions_with_their_keys() -> None:
    from tui.app.palette import runnable, title_of

    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        offered = {c.id: title_of(c, screen) for c, _ in runnable(screen)}
        for command in COMMANDS:
            if command.palette and command.scope in ("global", "explore") and command.id != "palette":
                assert command.id in offered
        assert offered["copy"].endswith("(c)")
        assert "toggle-quotes" in offered and "narrow-entity" in offered
        # Run one from the palette: toggle the claims pane to quotes.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"switch the pane between")
        await until_loaded(app, pilot)
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert screen.claims.mode == "quotes"


async def test_show_item_selects_each_kind_and_clears_hiding_filters() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        analysis = app.analysis
        # Hide everything of winbuzzer, then ask for a winbuzzer claim.
        await pilot.press("1", "j", "j", "j")  # on to techrepublic's article row
        await pilot.pause()
        at = screen.sources.index_of(lambda r: r.is_article and r.article.id == "techrepublic")
        screen.sources.move_to(at)
        await pilot.press("enter")
        claim = next(c for c in analysis.claims if c.article_id == "winbuzzer")
        assert await shown(app, pilot, ItemRef("claim", claim.id))
        assert screen.steps == [] and screen.claims.current is claim and app.focused is screen.claims
        assert screen.reader.selection.span == claim.span
        quote = analysis.quotes[-1]
        assert await shown(app, pilot, ItemRef("quote", quote.id))
        assert screen.claims.mode == "quotes" and screen.claims.current is quote
        entity = next(e for e in analysis.entities if e.name == "Scale AI")
        mention = entity.mentions[-1]
        assert await shown(app, pilot, ItemRef("entity", entity.id, mention.span))
        assert screen.entities.current[0] is entity and screen.reader.selection.span == mention.span
        source = analysis.sources[0]
        assert await shown(app, pilot, ItemRef("source", source.id))
        assert screen.sources.current.source is source
        assert await shown(app, pilot, ItemRef("article", "techrepublic"))
        assert (
            screen.sources.current.article.id == "techrepublic" and screen.reader.article.id == "techrepublic"
        )
        span = claim.span
        assert await shown(app, pilot, ItemRef("span", "winbuzzer", span))
        assert screen.reader.selection.span == span and app.focused is screen.reader
        assert not await shown(app, pilot, ItemRef("claim", "no-such-claim"))


async def test_resize_down_to_40x12_does_not_crash() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        for size in ((80, 24), (40, 12), (20, 6), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("tab", "j", "enter", "escape", "z", "z")
            await pilot.pause()
        assert isinstance(app.screen, ExploreScreen) and screen.is_attached


async def test_zoom_enlarges_the_focused_pane() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        await pilot.press("4", "z")
        assert screen.maximized is screen.reader
        await pilot.press("z")
        assert screen.maximized is None


async def test_mouse_click_selects_a_row_and_double_click_chooses_it() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        await pilot.click("#entities", offset=(3, 3))  # border, then rows 0, 1, 2
        await pilot.pause()
        assert app.focused is screen.entities and screen.entities.cursor == 2
        await pilot.click("#entities", offset=(3, 3), times=2)
        await pilot.pause()
        assert [s.kind for s in screen.steps] == ["entity"]
        assert screen.steps[0].id == screen.entities.items[2][0].id


async def test_no_color_still_marks_the_highlight(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        assert app.no_color
        await pilot.press("3")
        style = screen.reader.get_component_rich_style("reader--highlight")
        assert style.bold and style.underline  # visible without colour
        cursor = screen.claims.get_component_rich_style("vlist--cursor")
        assert cursor.bold


async def test_a_theme_change_recolours_the_rows() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        screen = explore(app)
        before = screen.claims.get_component_rich_style("vlist--cursor")
        strip = screen.claims.render_line(0)
        app.theme = "textual-light"
        await until(pilot, lambda: screen.claims.render_line(0) != strip)
        after = screen.claims.get_component_rich_style("vlist--cursor")
        assert before != after
        assert screen.claims.render_line(0) != strip
