"""Sorting and quick filters in the explorer panes (issue 17): `s` cycles a pane's order, `f` its
quick filter; the pane's subtitle says which; the choice is remembered per corpus."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.pane_views import (
    PaneView,
    arrange_claims,
    arrange_entities,
    arrange_sources,
    views_from,
)
from tui.app.screens.explore import ExploreScreen


def article(name: str) -> SimpleNamespace:
    return SimpleNamespace(is_article=True, source=None, count=0, name=name)


def cited(name: str, kind: str, count: int) -> SimpleNamespace:
    return SimpleNamespace(is_article=False, source=SimpleNamespace(name=name, kind=kind), count=count)


def names(rows: list) -> list[str]:
    return [r.name if r.is_article else r.source.name for r in rows]


def test_sources_keep_each_article_above_its_own_sources() -> None:
    rows = [
        article("A"),
        cited("Zed Corp", "organization", 3),
        cited("one analyst", "unnamed", 2),
        cited("Ann Lee", "person", 1),
        article("B"),
        cited("people familiar", "unnamed", 1),
    ]
    assert names(arrange_sources(rows, PaneView("count"))) == names(rows)
    assert names(arrange_sources(rows, PaneView("name"))) == [
        "A", "Ann Lee", "one analyst", "Zed Corp", "B", "people familiar",
    ]  # fmt: skip
    assert names(arrange_sources(rows, PaneView("kind"))) == [
        "A", "Zed Corp", "Ann Lee", "one analyst", "B", "people familiar",
    ]  # fmt: skip
    assert names(arrange_sources(rows, PaneView("count", "unnamed"))) == [
        "A", "one analyst", "B", "people familiar",
    ]  # fmt: skip
    assert names(arrange_sources(rows, PaneView("count", "named"))) == ["A", "Zed Corp", "Ann Lee", "B"]


def test_entities_and_claims_sort_and_filter() -> None:
    meta = (SimpleNamespace(name="Meta", type="organization"), 9)
    ann = (SimpleNamespace(name="ann Lee", type="person"), 2)
    bo = (SimpleNamespace(name="Bo", type="person"), 5)
    rows = [meta, bo, ann]
    assert arrange_entities(rows, PaneView("name")) == [ann, bo, meta]
    assert arrange_entities(rows, PaneView("type")) == [meta, bo, ann]
    assert arrange_entities(rows, PaneView("count", "person")) == [bo, ann]

    plain = SimpleNamespace(figures=[], hedged=False, source_id="s1")
    figure = SimpleNamespace(figures=["$14B"], hedged=False, source_id=None)
    hedged = SimpleNamespace(figures=[], hedged=True, source_id=None)
    claims = [plain, figure, hedged]
    assert arrange_claims(claims, PaneView("article")) == claims
    assert arrange_claims(claims, PaneView("figures")) == [figure, plain, hedged]
    assert arrange_claims(claims, PaneView("hedged")) == [hedged, plain, figure]
    assert arrange_claims(claims, PaneView("article", "hedged")) == [hedged]
    assert arrange_claims(claims, PaneView("article", "narrator")) == [figure, hedged]


def test_a_damaged_saved_view_falls_back_to_the_default() -> None:
    views = views_from({"entities": {"sort": "name", "filter": "bogus"}, "claims": "x", "other": {}})
    assert views["entities"] == PaneView("name", "all")
    assert views["claims"] == PaneView("article", "all")
    assert views_from(None)["sources"] == PaneView("count", "all")


async def test_keys_sort_and_filter_the_focused_pane_and_the_choice_is_remembered(home: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen) and app.index is not None
        total = len(app.index.claims)
        hedged = sum(1 for c in app.index.claims if c.hedged)
        assert 0 < hedged < total
        await pilot.press("3", "f")  # hedged only
        await until_loaded(app, pilot)
        assert len(screen.claims.items) == hedged and all(c.hedged for c in screen.claims.items)
        assert str(screen.claims.border_subtitle).startswith("hedged only")
        assert f"Claims {hedged}/{total}" in str(screen.claims.border_title)

        await pilot.press("2", "s")  # entities by name
        await until_loaded(app, pilot)
        shown = [e.name.casefold() for e, _ in screen.entities.items]
        assert shown == sorted(shown) and str(screen.entities.border_subtitle) == "by name"

        await pilot.press("1", "f")  # unnamed sources only; the articles stay
        await until_loaded(app, pilot)
        rows = screen.sources.items
        assert sum(r.is_article for r in rows) == len(app.index.articles)
        assert {str(r.source.kind) for r in rows if not r.is_article} == {"unnamed"}
        assert str(screen.sources.border_subtitle) == f"{len(app.index.sources)} cited · unnamed only"

        await pilot.press("4", "s")  # the Reader has no order: it says where s works
        await until_loaded(app, pilot)

    settings = json.loads(next(home.rglob("settings.json")).read_text())
    (saved,) = settings["pane_views"].values()
    assert saved["claims"] == {"sort": "article", "filter": "hedged"}

    app = ExplorerApp()  # the same corpus opens with the same orders and filters
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        assert all(c.hedged for c in screen.claims.items)
        assert str(screen.entities.border_subtitle) == "by name"
        await pilot.press("3", "f", "f")  # unattributed only, then every claim again
        await until_loaded(app, pilot)
        assert len(screen.claims.items) == len(app.index.claims)
