"""`b` in the explorer adds the selection to the basket; it survives a restart; `B` lists it."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import Input

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.app.screens.prompt import TextPrompt
from tui.userdata.basket import basket_path


async def _started(app: ExplorerApp, pilot) -> ExploreScreen:  # noqa: ANN001
    await until_loaded(app, pilot)
    assert isinstance(app.screen, ExploreScreen)
    return app.screen


async def test_b_adds_the_selected_claim_and_the_basket_survives_a_restart() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _started(app, pilot)
        await pilot.press("3")
        claim = screen.claims.current
        article = app.corpus.article(claim.span.article_id)
        words = article.slice(claim.span).strip()
        await pilot.press("b", "b")  # the second time: already in the basket, not added twice
        await pilot.pause()
        assert any("Already in the basket" in str(n.message) for n in app._notifications)
    items = json.loads(basket_path().read_text(encoding="utf-8"))["items"]
    assert len(items) == 1
    [item] = items
    assert item["words"] == words and item["kind"] == "claim" and item["item_id"] == claim.id
    assert article.text[item["start"] : item["end"]] == words
    assert item["author"] == article.meta.author and item["outlet"] == article.meta.outlet

    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await _started(app, pilot)
        await pilot.press("B")
        await pilot.pause()
        basket_screen = app.screen
        assert type(basket_screen).__name__ == "BasketScreen"
        assert [i.words for i in basket_screen.basket.items] == [words]
        await pilot.press("enter")  # back to the explorer, the quote shown in its article
        await pilot.pause()
        assert isinstance(app.screen, ExploreScreen)
        assert app.screen.reader.selection is not None
        assert app.screen.reader.selection.span == basket_screen.basket.items[0].span


async def test_b_with_nothing_selected_says_so() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await _started(app, pilot)
        await pilot.press("1", "b")
        await pilot.pause()
        assert not basket_path().exists()
        assert any("Nothing to add to the basket here" in str(n.message) for n in app._notifications)


async def test_an_old_basket_item_gets_its_speaker_from_the_analysis() -> None:
    """A basket saved before speakers were recorded: the quote of Wang is filled in as his."""
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        quote = next(q for q in app.analysis.quotes if q.text == "patriotic duty")
        old = {
            "schema": "meta-scale-tui/basket/1",
            "items": [
                {
                    "words": "patriotic duty",
                    "article_id": "winbuzzer",
                    "start": quote.span.start,
                    "end": quote.span.end,
                    "outlet": "Winbuzzer",
                    "author": "Markus Kasanmascheff",
                    "date": "2025-06-13",
                    "kind": "quote",
                },
                {"words": "gone", "article_id": "no-such-article", "start": 0, "end": 4, "kind": "quote"},
            ],
        }
        basket_path().parent.mkdir(parents=True, exist_ok=True)
        basket_path().write_text(json.dumps(old), encoding="utf-8")
        await pilot.press("B")
        await pilot.pause()
        await pilot.press("c")
        assert app.clipboard.startswith("“patriotic duty,” Alexandr Wang wrote in an op-ed, quoted by Markus")
        await pilot.press("j", "c")
        assert app.clipboard.endswith("(whose words these are was not recorded: check the article)")
        rows = str(app.screen.query_one("#basket-list").get_option_at_index(1).prompt)
        assert "speaker unknown (not recorded)" in rows
    stored = json.loads(basket_path().read_text(encoding="utf-8"))["items"]
    assert stored[0]["voice"]["speaker"] == "Alexandr Wang" and stored[1].get("voice") is None


async def test_e_exports_the_basket_where_the_user_says_and_names_what_failed(tmp_path: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _started(app, pilot)
        await pilot.press("3")
        claim = screen.claims.current
        words = app.corpus.article(claim.span.article_id).slice(claim.span).strip()
        await pilot.press("b", "B")
        await until_loaded(app, pilot)

        async def export(target: Path) -> str:
            await pilot.press("e")
            await until_loaded(app, pilot)
            assert isinstance(app.screen, TextPrompt)
            app.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await until_loaded(app, pilot)
            if isinstance(app.screen, TextPrompt):  # the prompt stays: its error says why
                error = str(app.screen.query_one("#prompt-error").render())
                await pilot.press("escape")
                await until_loaded(app, pilot)
                return error
            return [str(n.message) for n in app._notifications][-1]

        target = tmp_path / "mine.md"
        said = await export(target)
        assert said == f"Exported 1 quote(s) as markdown to {target.resolve()}"
        assert words in target.read_text(encoding="utf-8")
        said = await export(target)  # exists: a second Enter is needed, nothing replaced yet
        assert said == f"{target} exists. Press Enter again to replace it, or change the name."
        blocker = tmp_path / "a-file"
        blocker.write_text("x", encoding="utf-8")
        said = await export(blocker / "inside.md")  # a path under a file cannot be written
        assert said.startswith(f"Could not write {blocker / 'inside.md'}: ")
        assert type(app.screen).__name__ == "BasketScreen"
